"""A whole text lower-cased, a block at a time.

``str.lower`` builds its result in a scratch buffer of three four-byte characters for
every character of the text (a letter may lower-case to three), about twelve times the
size of a Spanish page's text for the moment it runs: on a long page, the largest thing
a parse holds. Lower-cased a block at a time, the scratch is a block's.
"""

from __future__ import annotations

__all__ = ["lower_text"]

#: How many characters (about) each block holds.
BLOCK = 1 << 15


def lower_text(text: str, block: int = BLOCK) -> str:
    """``text.lower()``, the same string, built a block at a time.

    A block ends just after a space: the one letter whose lower case depends on the
    letters around it, a capital sigma (final "ς" or "σ"), looks past nothing but
    case-ignorable characters, and a space is none, so no block boundary changes it.
    A text with no space where a block would end is lower-cased whole from there.

    Examples:
        >>> lower_text("Dijo EL Ministro: ΟΔΥΣΣΕΥΣ ΚΑΙ ΣΟΦΙΑ", block=4)
        'dijo el ministro: οδυσσευς και σοφια'
        >>> lower_text("ΣΑΣ ΣΑΣ", block=3) == "ΣΑΣ ΣΑΣ".lower()
        True
    """
    if len(text) <= block:
        return text.lower()
    pieces: list[str] = []
    start = 0
    while start < len(text):
        cut = text.find(" ", start + block)
        end = len(text) if cut < 0 else cut + 1
        pieces.append(text[start:end].lower())
        start = end
    return "".join(pieces)
