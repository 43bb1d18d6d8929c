"""Where a sentence begins and ends: the one splitter every reader uses.

A sentence ends at a line break, or at a full stop, question mark or exclamation
mark followed by white space (or by the end of the text). A point between digits
(``10.30``, ``1.500``) or inside a word (``S.A.`` before a comma) ends nothing.
Readers look at most :data:`REACH` characters either side of a position: an
attribution, a year or a speaker is looked for close by, never paragraphs away.

Abbreviations are not told apart ("el Sr. Díaz" is two sentences here): the readers
only use sentences to keep a cue from reaching past its own statement, and a cut too
many is the safe error for that. One is: the stop of a middle initial between a given
name and a capitalised surname ("Ana C. Romero", "John F. Kennedy") ends nothing, as
news writes a name's initial with its stop in every country.
"""

from __future__ import annotations

import functools
import re

import regex

from noticiaparse._text.lexicons import rows
from noticiaparse._text.span import Span

__all__ = [
    "REACH",
    "breaks_between",
    "is_break",
    "sentence_bounds",
    "sentence_end",
    "sentence_start",
]

#: How far (characters) a sentence is followed either side of a position.
REACH = 400
#: A break: a line break, or a stop followed by white space or the end of the text.
_BREAK = re.compile(r"\n|[.!?](?=\s|\Z)")
#: The same, read right to left; a stop counts only with its white space inside the window.
_BREAK_BACK = regex.compile(r"(?r)\n|[.!?](?=\s)")


#: The longest given name looked back over before an initial ("Maximiliano").
_GIVEN_REACH = 20


def _initial_stop(text: str, i: int) -> bool:
    """Whether the stop at ``text[i]`` is a middle initial's: "Ana C. Romero".

    A capital letter alone after a given name and a space, its stop, a space and a
    capitalised word. Cheap tests on the characters first; the given name last.
    """
    if (
        i < 3  # noqa: PLR2004  (a letter, a space and one letter of a name at least)
        or text[i] != "."
        or not text[i - 1].isupper()
        or text[i - 2] != " "
        or not text[i - 3].isalpha()
        or text[i + 1 : i + 2] != " "
        or not text[i + 2 : i + 3].isupper()
        or not text[i + 3 : i + 4].islower()
    ):
        return False
    k = i - 3
    floor = max(0, i - 3 - _GIVEN_REACH)
    while k > floor and text[k - 1].isalpha():
        k -= 1
    return text[k : i - 2] in _given_names()


@functools.cache
def _given_names() -> frozenset[str]:
    return frozenset(row[0] for row in rows("first_names.txt") if row)


def _next_break(text: str, start: int, end: int) -> re.Match[str] | None:
    """The first break in ``text[start:end]`` that is no initial's stop."""
    found = _BREAK.search(text, start, end)
    while found is not None and _initial_stop(text, found.start()):
        found = _BREAK.search(text, found.end(), end)
    return found


def is_break(text: str, i: int) -> bool:
    r"""Whether ``text[i]`` ends a sentence.

    Examples:
        >>> [i for i in range(19) if is_break("Dijo 10.30. Y no!\nSí", i)]
        [10, 16, 17]
        >>> is_break("Ana C. Romero", 5), is_break("el grupo C. Luego", 10)
        (False, True)
    """
    return _BREAK.match(text, i) is not None and not _initial_stop(text, i)


def sentence_start(text: str, pos: int, floor: int, *, reach: int = REACH) -> int:
    """Where the sentence holding ``pos`` begins: just after the last break before it.

    The white space after the break is the sentence's: callers strip it as they need.
    It is never before ``floor`` nor more than ``reach`` characters before ``pos``. A
    break counts when it stands wholly before ``pos``, the white space after its stop
    included: a position on that white space (where dash dialogue resumes after
    ``—dijo X—.``) still belongs to the sentence the stop ends.

    Examples:
        >>> text = "Llegó tarde. El ministro dijo que sí."
        >>> text[sentence_start(text, 30, 0):30]
        ' El ministro dijo '
    """
    lo = max(floor, pos - reach)
    found = _BREAK_BACK.search(text, lo, max(lo, pos))
    while found is not None and _initial_stop(text, found.start()):
        found = _BREAK_BACK.search(text, lo, found.start())
    return lo if found is None else found.start() + 1


def sentence_end(text: str, pos: int, ceiling: int, *, reach: int = REACH) -> int:
    """Where the sentence holding ``pos`` ends: at its break (the stop itself), or the limit.

    The limit is ``ceiling`` or ``reach`` characters after ``pos``, whichever is nearer.
    """
    hi = min(ceiling, pos + reach)
    found = _next_break(text, pos, hi + 1)  # one more: the white space after a last stop
    return hi if found is None or found.start() >= hi else found.start()


def sentence_bounds(text: str, pos: int, lo: int, hi: int) -> Span:
    """The sentence around ``pos`` inside ``text[lo:hi]``: its start and its break.

    Examples:
        >>> text = "Llegó tarde. El ministro dijo que sí. Luego se fue."
        >>> sentence_bounds(text, 20, 0, len(text)).of(text)
        ' El ministro dijo que sí'
    """
    return Span(sentence_start(text, pos, lo), sentence_end(text, pos, hi))


def breaks_between(text: str, start: int, end: int) -> bool:
    """Whether a sentence ends anywhere in ``text[start:end]``.

    Examples:
        >>> breaks_between("el 22 y el 23", 0, 13), breaks_between("el 22. El 23", 0, 12)
        (False, True)
    """
    found = _next_break(text, start, end + 1)
    return found is not None and found.start() < end
