"""Other stories' cards after the text, past a line of the page's (pages19).

Written for these tests in several countries' styles. Under the article, pages show a
box of other stories: a label or a link, then one card or more, each a headline over a
summary that retells it (the same news in other words) or an excerpt cut short by an
ellipsis. An intertitle over the article's last section goes on with the story, and a
page sets ad slots, photos and share bars inside its text: those close nothing.
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_layout

HEAD = (
    "Productores de cacao reciben apoyo para renovar sus plantaciones\n\n"
    "Por Julián Restrepo\n\n8 de agosto de 2024\n\n"
)
TEXT = (
    "El ministerio de Agricultura entregó plantones y asistencia técnica a trescientas"
    " familias productoras de cacao de la región, que perdieron parte de sus cultivos por"
    " las lluvias del invierno pasado.\n\n"
    "Según la gobernación, el programa incluye créditos blandos y la visita de agrónomos"
    " durante los próximos dos años, para asegurar que las nuevas plantas crezcan sanas y"
    " den fruto antes de la próxima cosecha.\n\n"
    "Los productores pidieron además que se mejoren los caminos veredales, porque en"
    " temporada de lluvias el cacao se pierde antes de llegar a los centros de acopio.\n\n"
)
CARDS = {
    # Colombia: a related label, one card whose summary retells its headline
    "retold": (
        "Noticias relacionadas\n\n"
        "Gobernación entrega maquinaria a cinco municipios del norte\n"
        "La Gobernación entregó maquinaria amarilla a cinco municipios del norte para"
        " reparar las vías terciarias dañadas por el invierno.\n\n"
    ),
    # Honduras: a list's label, cards cut short by an ellipsis
    "excerpt": (
        "Te puede interesar\n\n"
        "¿Quién pagará la reparación del puente colgante de la aldea?\n"
        "Tras dos meses sin paso, los vecinos de la aldea exigen respuestas de la alcaldía, …\n\n"
        "El precio del café sube por tercera semana consecutiva en la bolsa\n"
        "Los exportadores celebran el alza, aunque advierten que los costos de transporte …\n\n"
    ),
    # Bolivia: a link to another article, then its card
    "linked": (
        "Alcaldía inaugura un mercado en la zona sur Leer más »\n\n"
        "Concejo aprueba el presupuesto de salud para el próximo año\n"
        "El Concejo Municipal aprobó el presupuesto de salud para el próximo año con"
        " ocho votos a favor y dos en contra.\n\n"
    ),
}


def _body(page: str) -> list[str]:
    return [p.text for p in parse_layout(page).body]


@pytest.mark.parametrize("name", sorted(CARDS))
def test_cards_after_a_line_of_the_page_are_the_page_s(name: str) -> None:
    body = _body(HEAD + TEXT + CARDS[name])
    assert body[-1].startswith("Los productores pidieron"), body


LAST = (
    "La respuesta del gremio cacaotero\n"
    "El gremio cacaotero respondió que el apoyo llega tarde, pero que lo recibirá con"
    " gusto si se cumplen los plazos prometidos.\n"
)


@pytest.mark.parametrize("between", ["", "Publicidad\n\n", "Foto: Archivo\n\n", "Compartir\n\n"])
def test_an_intertitle_over_the_last_section_stays(between: str) -> None:
    body = _body(HEAD + TEXT + between + LAST)
    assert body[-1].startswith("El gremio cacaotero respondió")
    assert "La respuesta del gremio cacaotero" in body


def test_a_paragraph_that_does_not_retell_the_line_over_it_stays() -> None:
    page = (
        HEAD
        + TEXT
        + (
            "Check Also\n\n"
            "Las nuevas variedades resisten mejor a las plagas\n"
            "Los técnicos recomiendan podar en marzo y abonar dos veces al año para que la"
            " planta alcance su mejor rendimiento.\n"
        )
    )
    assert _body(page)[-1].startswith("Los técnicos recomiendan podar")


def test_the_text_s_last_paragraph_under_a_related_headline_stays() -> None:
    # the related box sits inside the text; the paragraph under its headline shares two
    # of its six content words ("nuevo", "acuerdo"): the article's own, not a card's
    page = (
        "Gobierno presenta plan para reducir las listas de espera\n\n"
        "El Ministerio de Salud anunció un programa de cirugías los fines de semana. La "
        "medida fue recibida con cautela por los gremios del sector.\n\n"
        "Los directores de hospitales pidieron más personal antes de empezar. Las "
        "autoridades prometieron una respuesta en marzo.\n\n"
        "Te puede interesar\n\n"
        "Universidades estatales acuerdan un nuevo sistema de admisión\n\n"
        "Según el ministerio, el nuevo plan incluye cuarenta hospitales. La reunión con los "
        "gremios se extendió por horas y terminó sin acuerdo."
    )
    body = [p.text for p in parse_layout(page).body]
    assert body[-1].startswith("Según el ministerio, el nuevo plan")
