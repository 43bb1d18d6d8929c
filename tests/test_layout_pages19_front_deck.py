"""The page's own deck under a metadata block, worded more fully than its description (pages19).

Written for these tests in several countries' styles. An extractor's metadata block
gives the page's description; the text under it may open with the deck the page sets,
the description's words and more, without a stop. That line is the deck; a first
paragraph closed like a sentence is the text's, and the description stays the deck.
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_layout

BLOCK = (
    "---\n"
    "title: Supervisa el ministro los puentes aéreos de ayuda - Diario Ejemplo\n"
    "author: Ana Gómez\n"
    "description: El ministro y la gobernadora visitan el centro desde el que parten"
    " los víveres para los afectados\n"
    'date: "2025-10-15"\n'
    "---\n"
)
TEXT = (
    "Antes, ambos sobrevolaron la zona afectada y vieron de cerca los daños que dejaron"
    " el huracán y las lluvias de la última semana.\n"
    "Luego recorrieron las instalaciones del aeropuerto, donde se reúnen los víveres que"
    " se envían en helicóptero a las comunidades aisladas de la sierra.\n"
)
FULLER = (
    "El ministro del Interior y la gobernadora visitan el centro de acopio del aeropuerto"
    " desde el que parten los víveres para los afectados por la tormenta"
)


def test_the_deck_worded_more_fully_under_the_block_is_the_deck() -> None:
    layout = parse_layout(BLOCK + FULLER + "\n" + TEXT)
    assert layout.deck is not None
    assert layout.deck.text == FULLER
    assert all(p.text != FULLER for p in layout.body)


@pytest.mark.parametrize(
    "lead",
    [
        FULLER + ".",  # closed like a sentence: the text's first paragraph
        "Vecinos de la sierra reciben despensas y agua potable desde este martes",
    ],
)
def test_a_lead_or_another_line_leaves_the_description_the_deck(lead: str) -> None:
    layout = parse_layout(BLOCK + lead + "\n" + TEXT)
    assert layout.deck is not None
    assert layout.deck.text.startswith("El ministro y la gobernadora visitan el centro desde")
