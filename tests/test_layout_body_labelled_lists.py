"""The text's own list of labelled items stays in the body (issue 15).

Written for these tests in several countries' styles. An article may list who holds
which post, or what each option offers, as items of a label, a colon and what it names
("- Presidente: Luis Contreras, bancada Creo."), closed like sentences, right under a
paragraph that introduces them with a full stop ("… queda integrada así."). A menu's
entries, a related list's headlines and a contact box ("• Email: …", "• Teléfono: …")
close none with a stop: they stay the page's.
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_layout

HEAD = (
    "Congreso elige a su nueva junta directiva para el periodo 2026\n\n"
    "Por Redacción Política\n\n"
    "14 de enero de 2026\n\n"
)
LEAD = (
    "La planilla oficialista logró el respaldo de la mayoría de los diputados y la junta"
    " directiva quedó integrada de la siguiente manera."
)
AFTER = (
    "La nueva directiva deberá convocar en mayo a la comisión que elegirá al próximo"
    " fiscal general, según establece la ley orgánica del Ministerio Público."
)

LISTS = {
    "gt-posts": (
        "- Presidente: Luis Contreras Colindres, de la bancada Creo.",
        "- 1er vicepresidente: Nery Ramos, bloque Azul.",
        "- 2do vicepresidente: Elmer Palencia, bancada Valor.",
        "- Secretario: Juan Carlos Rivera, bancada Victoria",
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
