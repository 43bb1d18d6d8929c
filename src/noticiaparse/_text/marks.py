"""Quotation marks paired: the one pairer every reader uses.

Marks are paired by one left-to-right scan with a small stack (linear in the text,
whatever the marks): « » and ‹ › by their shape; “ ” „ " and ‘ ’ ' by which side
touches a word (an opening mark has a word after it and space before it). An
apostrophe between letters (O'Higgins) or a prime after a digit (5'10") is no mark.
A closing mark pairs with the nearest open mark of its family among the last
:data:`SEARCH_DEPTH` still open; at most :data:`MAX_DEPTH` stay open at once.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from typing import NamedTuple

import regex

from noticiaparse._text.lazy import lazy_re
from noticiaparse._text.span import Span

__all__ = [
    "MAX_DEPTH",
    "SEARCH_DEPTH",
    "Family",
    "MarkPair",
    "OpenMark",
    "Pairing",
    "family_of",
    "has_mark",
    "is_mark",
    "pair_marks",
    "quoted_spans",
]


class Family(str, enum.Enum):
    """The families of quotation marks: a mark closes only one of its own family."""

    GUILLEMET = "G"  # « »
    SINGLE_GUILLEMET = "g"  # ‹ ›
    DOUBLE = "D"  # “ ” „ ‟ "
    SINGLE = "S"  # ‘ ’ '


# Which way a mark faces where it stands (plain strings: the scan compares them often).
_OPEN = "open"
_CLOSE = "close"
_EITHER = "either"
_DIGIT = "digit"  # a straight mark after a digit: a prime, unless it closes a quote


#: The families whose marks face by what they touch, not by their own shape.
_BY_FLANK = (Family.DOUBLE, Family.SINGLE)

_MARKS: dict[str, tuple[Family, str]] = {
    "«": (Family.GUILLEMET, _OPEN),
    "»": (Family.GUILLEMET, _CLOSE),
    "‹": (Family.SINGLE_GUILLEMET, _OPEN),
    "›": (Family.SINGLE_GUILLEMET, _CLOSE),
    "“": (Family.DOUBLE, _OPEN),
    "„": (Family.DOUBLE, _OPEN),
    "‟": (Family.DOUBLE, _OPEN),
    "”": (Family.DOUBLE, _CLOSE),
    '"': (Family.DOUBLE, _EITHER),
    "‘": (Family.SINGLE, _OPEN),
    "’": (Family.SINGLE, _CLOSE),
    "'": (Family.SINGLE, _EITHER),
}
_OPENERS_BEFORE = "([{¿¡—–-/«“„‘‹\"'"
_CLOSERS_AFTER = ".,;:!?)]}…—–-»”’›\"'"
#: How many marks stay open at once; an older one is dropped.
MAX_DEPTH = 12
#: How far down the stack of open marks a closing mark looks for its family.
SEARCH_DEPTH = 4


class OpenMark(NamedTuple):
    """A mark still open: its family, its offset and where its content starts."""

    family: Family
    open_at: int
    start: int


class MarkPair(NamedTuple):
    """Two paired marks: ``text[start:end]`` is the quotation, ``depth`` how many enclose it."""

    open_at: int
    start: int
    end: int
    close_at: int
    depth: int


#: Builds the named pairs without their Python-level ``__new__`` (the scan makes many).
_new = tuple.__new__


def is_mark(char: str) -> bool:
    """Whether ``char`` is a quotation mark this pairer knows."""
    return char in _MARKS


def has_mark(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` holds a quotation mark (one scan in C; nothing to pair if not).

    Examples:
        >>> has_mark("el «plan»", 0, 9), has_mark("el «plan»", 0, 3)
        (True, False)
    """
    return _mark_pattern().search(text, lo, hi) is not None


def family_of(char: str) -> Family | None:
    """The family of the quotation mark ``char``, or ``None`` for any other character."""
    entry = _MARKS.get(char)
    return entry[0] if entry is not None else None


class Pairing(NamedTuple):
    """What :func:`pair_marks` found: the pairs, the marks left open, the first opening.

    ``first_open`` is where the earliest pair opens, kept or not (``hi`` when none was
    made): a reader asking whether any quotation opens before a position needs no
    more than that.
    """

    pairs: list[MarkPair]
    left: list[OpenMark]
    first_open: int


def pair_marks(  # noqa: C901, PLR0912, PLR0913
    text: str,
    lo: int,
    hi: int,
    carry: Sequence[OpenMark] = (),
    *,
    worded: bool = False,
    outermost: bool = False,
) -> Pairing:
    """Pair the quote marks of ``text[lo:hi]`` with a stack.

    Returns the pairs, the marks still open at ``hi`` and where the first pair opens.
    ``carry`` is the stack left open by the previous paragraph. With ``worded``, only
    the pairs whose content holds a letter or a digit are kept: the others quote
    nothing, and a run of bare marks would otherwise make a pair every two characters.
    With ``outermost``, only the pairs no other pair encloses (``depth`` 0) are kept.

    How a mark faces where it stands: an apostrophe between letters is no mark; a
    straight mark after a digit is a prime unless it closes an open quote; else a
    mark faces by what it touches (a word after it and space before it opens), and
    a guillemet keeps its own shape when the sides disagree with it, but for an
    opening one glued to a word's end while one is open: it closes ("«Sí«, dijo"). The scan runs
    once per mark, so it is written out in one loop.

    Examples:
        >>> pairs, left, _ = pair_marks('Dijo: "no a la "funa" ahora".', 0, 29)
        >>> [('Dijo: "no a la "funa" ahora".'[s:e], d) for _, s, e, _, d in pairs]
        [('funa', 1), ('no a la "funa" ahora', 0)]
        >>> found = pair_marks('Un "" y un "sí".', 0, 16, worded=True)
        >>> [tuple(pair) for pair in found.pairs], found.first_open
        ([(11, 12, 14, 14, 0)], 3)
    """
    stack: list[OpenMark] = list(carry)
    pairs: list[MarkPair] = []
    first_open = hi
    marks = _MARKS
    single, by_flank = Family.SINGLE, _BY_FLANK
    openers_before, closers_after = _OPENERS_BEFORE, _CLOSERS_AFTER
    has_word = _WORD_CHAR.search
    for match in _mark_pattern().finditer(text, lo, hi):
        i = match.start()
        ch = text[i]
        family, shape = marks[ch]
        prev = text[i - 1] if i > lo else " "
        nxt = text[i + 1] if i + 1 < hi else " "
        if family is single and ch in "'’" and prev.isalpha() and nxt.isalpha():
            continue  # an apostrophe: O'Higgins, rock’n’roll
        # the nearest open mark of this family among the last SEARCH_DEPTH
        k = len(stack) - 1
        floor = max(-1, k - SEARCH_DEPTH)
        while k > floor and stack[k][0] is not family:
            k -= 1
        is_open = k > floor
        if ch in "'\"" and prev.isdigit():
            # inches, minutes (5'10", 90') unless it closes an open quote
            if not is_open:
                continue
            shape = _CLOSE
        else:
            left = not nxt.isspace() and (prev.isspace() or prev in openers_before)
            right = not prev.isspace() and (nxt.isspace() or nxt in closers_after)
            if left and not right:
                if shape != _CLOSE or family in by_flank:
                    shape = _OPEN
            elif right and not left and (shape != _OPEN or family in by_flank or is_open):
                shape = _CLOSE  # also «…problemas«, dijo: an opening shape typed to close
            if shape == _CLOSE and not is_open and family in by_flank and not right:
                shape = _OPEN  # a closing-shaped mark with space after it opens: ” Ya…”
        if shape == _EITHER:
            shape = _CLOSE if is_open else _OPEN
        if shape == _CLOSE:
            if is_open:
                _, open_at, start = stack[k]
                del stack[k:]
                first_open = min(first_open, open_at)
                if (not outermost or k == 0) and (not worded or has_word(text, start, i)):
                    pairs.append(_new(MarkPair, (open_at, start, i, i, k)))
            continue
        if len(stack) >= MAX_DEPTH:
            del stack[0]
        stack.append(_new(OpenMark, (family, i, i + 1)))
    return _new(Pairing, (pairs, stack, first_open))


def quoted_spans(text: str, lo: int, hi: int) -> list[Span]:
    """The outermost quotations of ``text[lo:hi]`` (inside the marks), in text order.

    Only quotations with a letter or a digit inside are given (:func:`pair_marks`
    ``worded``): the others hold no word to be quoted.

    Examples:
        >>> text = 'El «Plan "18 de octubre"» y la ley «Aula Segura».'
        >>> [span.of(text) for span in quoted_spans(text, 0, len(text))]
        ['Plan "18 de octubre"', 'Aula Segura']
    """
    if not has_mark(text, lo, hi):
        return []  # most paragraphs quote nobody: no pairing call for them
    pairs = pair_marks(text, lo, hi, worded=True, outermost=True).pairs
    return sorted(Span(pair.start, pair.end) for pair in pairs if pair.depth == 0)


_WORD_CHAR = regex.compile(r"[\p{L}\p{N}]")


_mark_pattern = lazy_re("[" + re.escape("".join(_MARKS)) + "]")
