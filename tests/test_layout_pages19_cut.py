"""A page cut off right after an intertitle keeps it (pages19).

Written for these tests in several countries' styles. A scrape that stops inside the
article (a paywall, a truncated copy) may end on the intertitle of a section whose
paragraphs are missing: a short line of two or three words in sentence case (a
function word in lower case after the first), right under a paragraph closed like a sentence, with
nothing of the page after it. A desk's or a place's name capitalises each word, a menu's
label has no function word, a call to the reader speaks to them, a related headline says
who did what in more words: the page's.
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_layout

HEADS = (
    # Chile
    (
        "Municipio de Valparaíso posterga el cobro de derechos de aseo\n\n"
        "Por Camila Henríquez\n\n4 de marzo de 2024\n\n"
        "El concejo municipal aprobó por unanimidad aplazar el cobro de los derechos de aseo"
        " hasta el segundo semestre, tras las quejas de los vecinos de los cerros.\n\n"
        "La alcaldesa explicó que la medida busca aliviar a las familias afectadas por los"
        " incendios del verano y que el costo será asumido con fondos propios.\n\n"
    ),
    # Argentina
    (
        "El Gobierno porteño licita la renovación de tres líneas de subte\n\n"
        "Buenos Aires, 12 de junio de 2023\n\n"
        "La licitación incluye el cambio de vías y señales en las líneas A, C y E, con un"
        " plazo de obra estimado en cuatro años, según informó la empresa estatal.\n\n"
        "Los gremios ferroviarios reclamaron participar de la mesa técnica y advirtieron"
        " que no aceptarán cierres prolongados de estaciones sin aviso previo.\n\n"
    ),
    # México
    (
        "Congreso de Jalisco discute la reforma al transporte público\n\n"
        "Redacción | Guadalajara\n\n"
        "Las comisiones legislativas iniciaron el análisis de la iniciativa que obligaría a"
        " las rutas concesionadas a instalar cámaras y botones de pánico en sus unidades.\n\n"
        "Los transportistas pidieron un subsidio para cubrir el costo de los equipos y"
        " amagaron con suspender el servicio si no se atiende su petición.\n\n"
    ),
)
TITLES = ("Evitar la catástrofe", "Reacciones del sector", "Respuesta del alcalde")


@pytest.mark.parametrize("head", HEADS)
@pytest.mark.parametrize("title", TITLES)
def test_a_page_cut_after_an_intertitle_keeps_it(head: str, title: str) -> None:
    body = [p.text for p in parse_layout(head + title + "\n").body]
    assert body[-1] == title
    assert len(body) == 3


@pytest.mark.parametrize("head", HEADS)
@pytest.mark.parametrize(
    "last",
    [
        "Diario El Sureño",  # the outlet's name, each word capitalised
        "Agencia Andina",
        "Deja tu comentario",  # a call to the reader
        "Síguenos en redes",
        "Valparaíso",  # a tag, one word
        "Suplementos digitales",  # a menu's label: no function word
        # a related headline: who did what, in more words
        "Detienen a dos hombres por el robo de cables en la costanera",
    ],
)
def test_the_page_s_last_lines_stay_out(head: str, last: str) -> None:
    body = [p.text for p in parse_layout(head + last + "\n").body]
    assert last not in body
    assert len(body) == 2


def test_an_intertitle_under_an_open_line_is_a_list_s() -> None:
    page = HEADS[0] + "Más leídas de la semana\n\nEl puerto retoma sus faenas\n"
    body = [p.text for p in parse_layout(page).body]
    assert "El puerto retoma sus faenas" not in body
