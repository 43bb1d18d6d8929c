"""A short line holding a date in figures under the title is the page's stamp, never a deck.

"Ciudad de México / 12.03.2024 10:31", "Redacción Regiones / 12.03.2024 / Lima": a
place or a desk with the date written in figures, under ten words. A deck says
something and writes its dates in words; the stamp is header furniture. Every page here
is written for these tests, in several countries' styles.
"""

from __future__ import annotations

import pytest

import noticiaparse

_TITLE = "Lluvias dejan tres muertos en el norte del país"
_P1 = (
    "Tres personas murieron por las fuertes lluvias que azotan desde el martes el norte del "
    "país, informó este jueves el Centro de Operaciones de Emergencia."
)
_P2 = "Según el organismo, los ríos se desbordaron y afectaron a más de 3.000 viviendas."


@pytest.mark.parametrize(
    "stamp",
    [
        "Ciudad de México / 12.03.2024 10:31:00",
        "Redacción Regiones / 12.03.2024 / Lima",
        "Buenos Aires / 12-03-24",
        "Lima 2024-03-12 / Andina",
    ],
    ids=["mx-place", "pe-desk-place", "ar-short-year", "pe-iso"],
)
@pytest.mark.parametrize("sep", ["\n\n", "\n"], ids=["spaced", "single"])
def test_a_stamp_under_the_title_is_furniture(stamp: str, sep: str) -> None:
    page = sep.join([_TITLE, stamp, _P1, _P2]) + "\n"
    article = noticiaparse.parse(page)
    assert article.deck is None
    assert [p.text for p in article.body] == [_P1, _P2]
    assert stamp in [b.text for b in article.boilerplate]


def test_a_deck_that_gives_a_date_in_figures_stays_the_deck() -> None:
    deck = (
        "El decreto publicado el 12/03/2024 en el diario oficial ordena la evacuación de "
        "las familias que viven junto al río."
    )
    page = f"{_TITLE}\n\n{deck}\n\nPor Ana Ruiz\n\n{_P1}\n\n{_P2}\n"
    article = noticiaparse.parse(page)
    assert article.deck is not None
    assert article.deck.text == deck
