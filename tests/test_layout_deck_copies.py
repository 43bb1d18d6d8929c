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
    "Desde la madrugada, la policía cerró con vallas las calles que rodean la sede de la"
    " Asamblea, donde hoy asumen los nuevos diputados."
)
_LEAD = (
    "La Policía Nacional reforzó este lunes la seguridad en los alrededores de la Asamblea"
    " con motivo de la instalación del nuevo periodo legislativo."
)


@pytest.mark.parametrize("gap", ["\n\n", "\n"], ids=["pa-spaced", "pa-flat"])
def test_a_closed_deck_set_again_after_the_lead_is_the_texts(gap: str) -> None:
    """A deck closed by its stop, set word for word after the text's lead: the text's."""
    page = gap.join(
        ["Máxima seguridad en los alrededores de la Asamblea", _CLOSED_DECK, "Redacción"]
        + [_LEAD, _CLOSED_DECK, _P2]
    )
    article = noticiaparse.parse(page + "\n")
    assert article.deck is not None
    assert article.deck.text == _CLOSED_DECK
    assert [p.text for p in article.body] == [_LEAD, _CLOSED_DECK, _P2]


def test_a_closed_deck_set_again_over_the_lead_is_a_copy() -> None:
    """The same sentence right over the text's lead is the summary box's copy."""
    page = (
        f"Máxima seguridad en los alrededores de la Asamblea\n\n{_CLOSED_DECK}\n\nRedacción\n\n"
        f"{_CLOSED_DECK}\n\n{_LEAD}\n\n{_P2}\n"
    )
    article = noticiaparse.parse(page)
    assert [p.text for p in article.body] == [_LEAD, _P2]
