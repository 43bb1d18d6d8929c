"""Titles in forms the page's other lines seldom take.

A title that opens with a count needs no capital letter ("5 claves para entender …"),
though a line with no capital is otherwise a tag. Every page here is written for these
tests, in several countries' styles.
"""

from __future__ import annotations

import pytest

import noticiaparse

_DECK = "La ley entrará en vigor en enero y afectará a cerca de dos millones de trabajadores"
_P1 = (
    "El Congreso aprobó este jueves la reforma del sistema de pensiones, que eleva la "
    "cotización de los empleadores y crea un fondo solidario para los jubilados."
)
_P2 = "La oposición anunció que recurrirá al Tribunal Constitucional."


@pytest.mark.parametrize(
    "title",
    [
        "5 claves para entender la reforma de pensiones aprobada",
        "10 cosas que debes saber sobre la nueva ley de pensiones",
        "3 dudas que deja la reforma previsional para los jubilados",
    ],
    ids=["cl-claves", "mx-cosas", "ar-dudas"],
)
@pytest.mark.parametrize("header", [True, False], ids=["decked", "bare"])
def test_a_counted_title_without_capitals(title: str, *, header: bool) -> None:
    top = f"Economía\n\n{title}\n\n{_DECK}\n\nPor Marta Quiroga\n\n" if header else f"{title}\n\n"
    article = noticiaparse.parse(f"{top}{_P1}\n\n{_P2}\n")
    assert article.headline is not None
    assert article.headline.text == title
    assert article.body[0].text == _P1


def test_a_tag_row_without_capitals_is_still_no_title() -> None:
    title = "El Congreso aprueba la reforma de pensiones"
    page = f"reforma previsional\n\n{title}\n\n{_P1}\n\n{_P2}\n"
    article = noticiaparse.parse(page)
    assert article.headline is not None
    assert article.headline.text == title
