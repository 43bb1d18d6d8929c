"""The fold memo: a remembered fold is the computed one, and the memo stays bounded."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from noticiaparse._text import fold as fold_module
from noticiaparse._text.fold import fold


@given(st.text(alphabet="aÁñÑ ü\u0301\t\u00a0İß.-", max_size=40))
def test_a_remembered_fold_is_the_computed_one(text: str) -> None:
    computed = fold_module._fold(text)  # noqa: SLF001 - the fold without the memo
    assert fold(text) == computed
    assert fold(text) == computed  # the second time from the memo


def test_the_memo_keeps_short_texts_only_and_stays_bounded(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    memo: dict[str, str] = {}
    monkeypatch.setattr(fold_module, "_memo", memo)
    monkeypatch.setattr(fold_module, "_MEMO_SIZE", 3)
    long = "Él " * fold_module._MEMO_CHARS  # noqa: SLF001
    assert fold(long) == fold_module._fold(long)  # noqa: SLF001
    assert long not in memo
    for word in ("Uno", "Dos", "Tres", "Cuatro"):
        assert fold(word) == word.lower()
        assert len(memo) <= 3
    assert memo == {"Cuatro": "cuatro"}  # emptied when full, then filled again
