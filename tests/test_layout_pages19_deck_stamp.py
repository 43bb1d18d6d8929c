"""A clock time glued before the deck is the page's stamp (pages19).

Written for these tests in several countries' styles. A live page or an updated story
sets its time before the summary on the same line ("16:45 Se realizarán …"): the deck is
the summary alone. A deck that tells a time says it in words ("A las 16:45 …").
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_layout

TITLE = "Congreso internacional de salud se transmitirá desde Puerto Montt"
DECK = "Las charlas serán gratuitas y en línea, del 3 al 5 de septiembre."
TEXT = (
    "La actividad reunirá a especialistas de siete países, que abordarán desde la"
    " prevención de lesiones hasta el entrenamiento de adultos mayores.\n\n"
    "Las inscripciones ya están abiertas en el sitio de la universidad organizadora,"
    " que espera más de dos mil asistentes conectados.\n"
)


@pytest.mark.parametrize("stamp", ["16:45", "9.30", "21:05"])
def test_a_time_glued_before_the_deck_is_left_out(stamp: str) -> None:
    page = f"{TITLE}\n\n{stamp} {DECK}\n\nFoto: Cedida\n\n{TEXT}"
    deck = parse_layout(page).deck
    assert deck is not None
    assert deck.text == DECK
    assert page[deck.start : deck.end] == DECK


@pytest.mark.parametrize(
    "deck",
    [
        "A las 16:45 comenzará la primera charla, dictada por especialistas chilenos.",
        "A las 9.30 abrirá la sesión inaugural, con la presencia de la rectora.",
    ],
)
def test_a_deck_that_tells_a_time_keeps_it(deck: str) -> None:
    page = f"{TITLE}\n\n{deck}\n\nFoto: Cedida\n\n{TEXT}"
    found = parse_layout(page).deck
    assert found is not None
    assert found.text == deck
