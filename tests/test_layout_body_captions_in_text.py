"""A photo's caption between the text's paragraphs, told by the credit under it.

Written for these tests in several countries' styles. A renderer sets a figure's
caption and its credit on lines of their own between the article's paragraphs: the
credit alone ("Foto: …") or the photographer's name and outlet right under the caption.
The counter-examples keep a short paragraph when no credit follows it or when a blank
line stands between (a chart's credit), and the article's last paragraph over the
author's signature.
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_layout

HEAD = (
    "Municipio anuncia plan de reparación de veredas en los cerros\n\n"
    "Por Camila Ortega\n\n"
    "12 de marzo de 2024\n\n"
)
P = (
    (
        "El alcalde presentó este lunes un plan para reparar las veredas de los cerros más"
        " afectados por las lluvias del invierno pasado, con obras desde abril."
    ),
    (
        "Según el municipio, las obras se concentrarán en tres sectores donde los vecinos"
        " han denunciado caídas y accidentes durante los últimos meses."
    ),
    (
        "Los dirigentes vecinales valoraron el anuncio, aunque pidieron que las obras no"
        " interrumpan el tránsito de los buses durante la mañana."
    ),
)


def _body(figure: str) -> list[str]:
    page = HEAD + f"{P[0]}\n\n{figure}\n\n{P[1]}\n\n{P[2]}\n"
    return [p.text for p in parse_layout(page).body]


FIGURES = [
    pytest.param(
        "Vecinos caminan por una vereda dañada del cerro Alegre.\nFoto: Agencia Uno",
        id="chile-credit-right-under",
    ),
    pytest.param(
        "La avenida principal del barrio, anegada tras la tormenta\nFotografía: Juan Paz",
        id="argentina-credit-right-under",
    ),
    pytest.param(
        "El gobernador durante la presentación del plan en el palacio de gobierno.\n"
        "Pedro Soto / El Diario del Norte",
        id="mexico-photographer-and-outlet",
    ),
    pytest.param(
        "Operarios retiran escombros en la calle Mayor, este martes.\nImagen: Ayuntamiento",
        id="spain-image-credit",
    ),
]


@pytest.mark.parametrize("figure", FIGURES)
def test_a_caption_over_its_credit_inside_the_text_is_furniture(figure: str) -> None:
    assert _body(figure) == list(P)


def test_a_short_paragraph_with_no_credit_under_it_stays() -> None:
    short = "La obra costará 2.000 millones de pesos."
    assert _body(short) == [P[0], short, P[1], P[2]]


def test_the_last_paragraph_over_the_authors_signature_stays() -> None:
    last = "Las obras comenzarán en abril."
    page = HEAD + f"{P[0]}\n\n{P[1]}\n\n{P[2]}\n\n{last}\nCamila Ortega / El Puerto\n"
    assert [p.text for p in parse_layout(page).body] == [*P, last]


def test_a_paragraph_a_blank_line_over_a_credit_stays() -> None:
    short = "La obra costará 2.000 millones de pesos, según el municipio."
    assert _body(f"{short}\n\nFoto: Agencia Uno") == [P[0], short, P[1], P[2]]
