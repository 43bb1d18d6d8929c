"""The one folded form that words and lines are compared and looked up by.

Folding casefolds, takes the accents off (compatibility decomposition, then every
non-spacing mark dropped: ``ñ`` becomes ``n``, ``ª`` becomes ``a``) and collapses white
space. Lexicons are folded the same way when they are read, so "MILLÓN", "millón" and
"millon" are one word, and "Lee  TAMBIÉN" one line.
"""

from __future__ import annotations

import unicodedata

import regex

__all__ = ["fold"]

_MARKS = regex.compile(r"\p{Mn}+")
#: The marks Spanish letters decompose to (acute, tilde, diaeresis): non-spacing marks
#: all three, taken off with ``str.replace``; only what else is left needs :data:`_MARKS`.
_SPANISH_MARKS = ("\u0301", "\u0303", "\u0308")
#: Folds of texts up to this long are remembered (words and lines, folded again and
#: again by the readers of one page), at most :data:`_MEMO_SIZE` of them: the memo is
#: emptied when full, so it stays bounded whatever the input.
_MEMO_CHARS = 300
_MEMO_SIZE = 8192
_memo: dict[str, str] = {}


def fold(text: str) -> str:
    """Case-folded, accent-free, whitespace-collapsed ``text``.

    Examples:
        >>> fold("  Lee TAMBIÉN:  el  caso ")
        'lee tambien: el caso'
        >>> fold("MILLÓN"), fold("Dólares"), fold("pingüino")
        ('millon', 'dolares', 'pinguino')
    """
    folded = _memo.get(text)
    if folded is not None:
        return folded
    folded = _fold(text)
    if len(text) <= _MEMO_CHARS:
        if len(_memo) >= _MEMO_SIZE:
            _memo.clear()
        _memo[text] = folded
    return folded


def _fold(text: str) -> str:
    """:func:`fold`, computed."""
    folded = text.casefold()
    if not folded.isascii():
        folded = unicodedata.normalize("NFKD", folded)
        for mark in _SPANISH_MARKS:
            folded = folded.replace(mark, "")
        if not folded.isascii():  # (an ASCII text has no mark left)
            folded = _MARKS.sub("", folded)
    # a printable text has no white space but the space (every other is a separator or
    # a control character): it is collapsed already unless a space is doubled or at an end
    if not folded.isprintable() or "  " in folded or folded[:1] == " " or folded[-1:] == " ":
        return " ".join(folded.split())
    return folded
