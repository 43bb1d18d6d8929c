"""The text's own list of labelled items stays in the body (issue 15).

Written for these tests in several countries' styles. An article may list who holds
which post, or what each option offers, as items of a label, a colon and what it names
("- Hacienda: Marta Ibáñez, economista."), closed like sentences, right under a
paragraph that introduces them with a full stop ("… el nuevo gabinete quedó así."). A menu's
entries, a related list's headlines and a contact box ("• Email: …", "• Teléfono: …")
close none with a stop: they stay the page's.
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_layout

HEAD = (
    "El gobernador presenta a su nuevo gabinete tras la crisis de marzo\n\n"
    "Por Redacción Política\n\n"
    "2 de abril de 2025\n\n"
)
LEAD = (
    "Tras la renuncia de cuatro secretarios, el gobernador tomó juramento este martes a"
    " sus reemplazos y el nuevo gabinete quedó así."
)
AFTER = (
    "Los nuevos secretarios deberán presentar su plan de trabajo ante el congreso local"
    " antes de que termine el mes, según el decreto publicado ayer."
)

LISTS = {
    "mx-cabinet": (
        "- Hacienda: Marta Ibáñez Prado, economista de la universidad estatal.",
        "- Salud: Tomás Rivas, médico del hospital regional.",
        "- Educación: Lorena Acuña, exdirectora de escuela.",
        "- Obras: Ignacio Peralta, ingeniero civil",
    ),
    "co-options": (
        "* Plan básico: incluye diez gigas y llamadas ilimitadas.",
        "* Plan medio: suma veinte gigas y roaming en la región.",
        "* Plan total: agrega datos sin límite y televisión en línea.",
    ),
    "es-numbered": (
        "1. Vivienda: Isabel Rodríguez, que repite en el cargo.",
        "2. Sanidad: Mónica García, portavoz de Más Madrid.",
        "3. Cultura: Ernest Urtasun, de Sumar.",
    ),
}


@pytest.mark.parametrize("items", LISTS.values(), ids=LISTS.keys())
def test_the_texts_labelled_list_stays(items: tuple[str, ...]) -> None:
    page = HEAD + LEAD + "\n" + "\n".join(items) + "\n" + AFTER + "\n"
    assert [p.text for p in parse_layout(page).body] == [LEAD, *items, AFTER]


FURNITURE = {
    "contact-box": (
        "• Email: redaccion@diario.example",
        "• Teléfono: 48 759 850",
        "• Fax: 48 759 851",
    ),
    "related-headlines": (
        "- Fotos del día: los festejos del carnaval en la costa",
        "- En vivo: la sesión del Congreso minuto a minuto",
        "- Opinión: el Congreso que viene",
    ),
}


@pytest.mark.parametrize("items", FURNITURE.values(), ids=FURNITURE.keys())
def test_a_box_of_labelled_links_is_the_pages(items: tuple[str, ...]) -> None:
    page = HEAD + LEAD + "\n" + "\n".join(items) + "\n" + AFTER + "\n"
    assert [p.text for p in parse_layout(page).body] == [LEAD, AFTER]
