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


def fold(text: str) -> str:
    """Case-folded, accent-free, whitespace-collapsed ``text``.

    Examples:
        >>> fold("  Lee TAMBIÉN:  el  caso ")
        'lee tambien: el caso'
        >>> fold("MILLÓN"), fold("Dólares"), fold("pingüino")
        ('millon', 'dolares', 'pinguino')
    """
    folded = text.casefold()
    if not folded.isascii():
        folded = _MARKS.sub("", unicodedata.normalize("NFKD", folded))
    if " " in folded or not folded.isprintable():
        return " ".join(folded.split())
    return folded
