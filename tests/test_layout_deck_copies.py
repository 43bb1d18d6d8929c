"""The deck shown again over the text is a copy, not the article's first paragraph.

A page's summary box repeats the deck under the byline, sometimes with a full stop the
deck has not, or cut short by an ellipsis. Further down the text, a sentence that says
the deck again is the article's own. Every page here is written for these tests, in
several countries' styles.
"""

from __future__ import annotations

import pytest

import noticiaparse

_TITLE = "Cooperativas de Cochabamba suspenden el transporte interprovincial por tres días"
_DECK = "Los choferes exigen la reparación de la carretera al oriente y rebajas en el diésel"
_P1 = (
    "Las cooperativas de transporte interprovincial de Cochabamba anunciaron este martes "
    "la suspensión de sus salidas durante tres días, desde el jueves, en protesta por el "
    "estado de la carretera."
)
_P2 = "La gobernación convocó a los dirigentes a una reunión para el miércoles."


@pytest.mark.parametrize(
    "copy",
    [f"{_DECK}.", f"{_DECK[:52]}...", f"{_DECK[:52]}…"],
    ids=["bo-full-stop", "bo-cut-dots", "bo-cut-ellipsis"],
)
def test_the_deck_again_over_the_text_is_a_copy(copy: str) -> None:
    page = (
        f"{_TITLE}\n\n{_DECK}\n\nPor Wilma Quispe\n\n12 de agosto de 2025\n\n{copy}\n\n"
        f"{_P1}\n\n{_P2}\n"
    )
    article = noticiaparse.parse(page)
    assert article.deck is not None
    assert article.deck.text == _DECK
    assert [p.text for p in article.body] == [_P1, _P2]


def test_the_deck_said_again_inside_the_text_stays() -> None:
    page = (
        f"{_TITLE}\n\n{_DECK}\n\nPor Wilma Quispe\n\n12 de agosto de 2025\n\n"
        f"{_P1}\n\n{_DECK}.\n\n{_P2}\n"
    )
    article = noticiaparse.parse(page)
    assert [p.text for p in article.body] == [_P1, f"{_DECK}.", _P2]


_CLOSED_DECK = (
    "Cientos de agentes custodian desde anoche el edificio del Congreso, cercado con rejas"
    " antes de que juren los nuevos legisladores."
)
_LEAD = (
    "El Ministerio de Gobierno desplegó este lunes un operativo especial en torno al"
    " Parlamento por la jura de los legisladores electos en mayo."
)
_TITLE_PA = "Operativo especial en torno al Parlamento por la jura de legisladores"


@pytest.mark.parametrize("gap", ["\n\n", "\n"], ids=["pa-spaced", "pa-flat"])
def test_a_closed_deck_set_again_after_the_lead_is_the_texts(gap: str) -> None:
    """A deck closed by its stop, set word for word after the text's lead: the text's."""
    page = gap.join([_TITLE_PA, _CLOSED_DECK, "Redacción", _LEAD, _CLOSED_DECK, _P2])
    article = noticiaparse.parse(page + "\n")
    assert article.deck is not None
    assert article.deck.text == _CLOSED_DECK
    assert [p.text for p in article.body] == [_LEAD, _CLOSED_DECK, _P2]


def test_a_closed_deck_set_again_over_the_lead_is_a_copy() -> None:
    """The same sentence right over the text's lead is the summary box's copy."""
    page = f"{_TITLE_PA}\n\n{_CLOSED_DECK}\n\nRedacción\n\n{_CLOSED_DECK}\n\n{_LEAD}\n\n{_P2}\n"
    article = noticiaparse.parse(page)
    assert [p.text for p in article.body] == [_LEAD, _P2]
