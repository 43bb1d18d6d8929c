"""A whole text lower-cased a block at a time is the text lower-cased at once."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from noticiaparse._text.case import lower_text

#: Letters whose lower case depends on their neighbours or changes the length (a capital
#: sigma, a dotted capital I), case-ignorable marks, spaces and line breaks.
_ALPHABET = "aÁñΣΑσςİ \n.\u0345\u00ad\u2019Z-"


@given(st.text(alphabet=_ALPHABET, max_size=80), st.integers(min_value=1, max_value=9))
def test_block_by_block_is_the_same_string(text: str, block: int) -> None:
    assert lower_text(text, block) == text.lower()


@pytest.mark.parametrize(
    "text",
    ["El Ministro DIJO que no " * 50, "ΟΔΥΣΣΕΥΣ ΚΑΙ ΣΟΦΙΑ " * 40, "SIN-ESPACIOS" * 100],
    ids=["spanish", "greek-sigma", "no-space"],
)
def test_long_texts(text: str) -> None:
    assert lower_text(text, 16) == text.lower()
