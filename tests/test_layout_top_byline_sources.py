"""A byline that closes with its sources ("Por Ana Ruiz, con información de EFE") is a byline.

Latin American dailies sign a piece written from wire copy with the reporter's name and
the agencies after a comma, a bar or a slash. The names are the authors, the agency
the credit; the line is never the deck. Every page here is written for these tests.
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
    ("byline", "authors", "credit"),
    [
        ("Por Ana Ruiz, con información de EFE", ("Ana Ruiz",), "EFE"),
        (
            "Por Ana Ruiz y Pedro Soto, con información de Reuters y AP",
            ("Ana Ruiz", "Pedro Soto"),
            "Reuters",
        ),
        ("Por Ana Ruiz | Con información de AFP", ("Ana Ruiz",), "AFP"),
        ("Por: Luis Gil / Con información de EFE", ("Luis Gil",), "EFE"),
    ],
    ids=["mx-comma", "mx-two-names", "co-bar", "pe-slash"],
)
@pytest.mark.parametrize("sep", ["\n\n", "\n"], ids=["spaced", "single"])
def test_a_byline_closed_by_its_sources(
    byline: str, authors: tuple[str, ...], credit: str, sep: str
) -> None:
    page = sep.join([_TITLE, byline, _P1, _P2]) + "\n"
    article = noticiaparse.parse(page)
    assert article.deck is None
    assert (article.authors, article.credit) == (authors, credit)
    assert [p.text for p in article.body] == [_P1, _P2]


def test_a_sentence_with_a_credit_phrase_is_no_byline() -> None:
    deck = "Por el temporal, con información de la Fiscalía, se abrió una investigación penal."
    page = f"{_TITLE}\n\n{deck}\n\nPor Ana Ruiz\n\n{_P1}\n\n{_P2}\n"
    article = noticiaparse.parse(page)
    assert article.deck is not None
    assert (article.deck.text, article.authors) == (deck, ("Ana Ruiz",))
