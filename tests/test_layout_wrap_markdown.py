"""A markdown renderer's wrap inside a link's text or a bold run cuts no paragraph (issue 15).

Written for these tests in several countries' styles. html2text wraps its lines at a
fixed width and may break one inside a link's text (`[#Festival` over `DelMar](…)`)
or a bold run (`**Ana` over `Quiroga** abrió …`), even on a short line when the next
word (a long address) would not fit: a link opened on a line and closed on the next, or
a bold run the paragraph left open that the next line closes, is one paragraph. A
paragraph whose bold run a renderer never closed stays apart from the furniture under it.
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_layout

HEAD = (
    "El festival de música de la bahía abre su temporada de verano\n\n"
    "Por Redacción Espectáculos\n\n"
    "13 de febrero de 2024\n\n"
)
LATER = (
    "La conversación duró más de dos horas y repasó las coberturas deportivas de los\n"
    "años ochenta, con anécdotas de viajes y transmisiones desde los estadios.\n\n"
)

CUT_PARAGRAPHS = (
    # España: a hashtag's link cut inside its text, then a bold name over two lines
    (
        (
            "Lo anunció con el [#Festival\n"
            "DelMar](https://redes.example/hashtag/FestivalDelMar2024) **Ana\n"
            "Quiroga** abrió el martes la temporada de conciertos frente a la bahía."
        ),
        (
            "Lo anunció con el [#Festival DelMar](https://redes.example/hashtag/"
            "FestivalDelMar2024) **Ana Quiroga** abrió el martes la temporada de"
            " conciertos frente a la bahía."
        ),
    ),
    # México: a linked institution cut inside its name
    (
        (
            "El anuncio se hizo en la sede de la [Cámara\n"
            "Nacional de la Industria de Radio y Televisión](https://camara.example/comunicados/2024/02/13)\n"
            "y contó con la presencia de directivos de las principales emisoras del país."
        ),
        (
            "El anuncio se hizo en la sede de la [Cámara Nacional de la Industria de Radio y"
            " Televisión](https://camara.example/comunicados/2024/02/13) y contó con la presencia"
            " de directivos de las principales emisoras del país."
        ),
    ),
    # Argentina: a bold lead-in cut by the wrap
    (
        (
            "Durante la transmisión, **el conductor recordó sus primeros años en la radio\n"
            "de Rosario** y agradeció a los oyentes que lo acompañan desde hace cuatro décadas."
        ),
        (
            "Durante la transmisión, **el conductor recordó sus primeros años en la radio de"
            " Rosario** y agradeció a los oyentes que lo acompañan desde hace cuatro décadas."
        ),
    ),
)


@pytest.mark.parametrize(("cut", "whole"), CUT_PARAGRAPHS, ids=["es-hashtag", "mx-link", "ar-bold"])
def test_markup_cut_by_the_wrap_is_one_paragraph(cut: str, whole: str) -> None:
    body = [" ".join(p.text.split()) for p in parse_layout(f"{HEAD}{cut}\n\n{LATER}").body]
    assert body == [whole, " ".join(LATER.split())]


def test_an_unclosed_bold_run_takes_no_furniture_under_it() -> None:
    last = "El programa se repetirá el sábado por la tarde. **Imperdible."
    page = f"{HEAD}{LATER}{last}\nComentarios (12)\n"
    body = [" ".join(p.text.split()) for p in parse_layout(page).body]
    assert body == [" ".join(LATER.split()), last]


def test_a_paragraph_with_a_hashtag_link_over_a_post_is_no_cards_title() -> None:
    page = (
        f"{HEAD}"
        "Los oyentes celebraron el encuentro con la etiqueta [#Los3deLaRadio]"
        "(https://redes.example/hashtag/Los3deLaRadio) durante toda la mañana.\n\n"
        "La expectación era máxima, según dijo el conductor antes de empezar el programa"
        " en el estudio principal de la emisora.\n\n"
        "> Máxima expectación ante la reunión de los [#Los3deLaRadio]"
        "(https://redes.example/hashtag/Los3deLaRadio)\n"
        "> -- Radio Ejemplo (@radioejemplo) [13 de febrero de 2024]"
        "(https://redes.example/radioejemplo/status/1)\n\n"
        f"{LATER}"
    )
    body = [" ".join(p.text.split()) for p in parse_layout(page).body]
    assert "La expectación era máxima" in body[1]
