"""Tokens: the words of the text, and the index of an article's words.

One bounded regular expression cuts the text into words (:func:`tokenize`); an
article's regions are read once into a :class:`TokenIndex`, and any window inside
one is a slice of it (:func:`words_in`, :func:`region_tokens`).
"""

from __future__ import annotations

import operator
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import NamedTuple

import attrs
import regex

__all__ = [
    "CAPITAL",
    "LETTERS",
    "LOW",
    "MAX_PHRASE_TOKENS",
    "Token",
    "TokenIndex",
    "index_tokens",
    "region_tokens",
    "tokenize",
    "words_in",
]


_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.\-+/&]{0,60}")
#: ``_WORD`` as a separator: ``split`` gives gap, word, gap, word… gap.
_WORD_SPLIT = regex.compile("(" + _WORD.pattern + ")")
#: The length of a word the limit of ``_WORD`` has not cut.
_MAX_WORD = 60
MAX_PHRASE_TOKENS = 14


class Token(NamedTuple):
    """One word of the text, with its normalised offsets (a tuple: millions are made)."""

    start: int
    end: int
    text: str
    #: The word lower-cased, without a trailing full stop.
    low: str
    #: Whether the word starts with a capital letter.
    capital: bool


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """The words of ``text[start:end]``.

    Examples:
        >>> [t.text for t in tokenize("Dijo el ministro, ayer.", 0, 23)]
        ['Dijo', 'el', 'ministro', 'ayer']
    """
    return _scan(text, start, end)[0]


def words_in(text: str, start: int, end: int, index: TokenIndex | None = None) -> list[Token]:
    """The words of ``text[start:end]`` (a new list), sliced from ``index`` when it can be.

    Examples:
        >>> text = "Dijo el ministro, ayer."
        >>> [t.text for t in words_in(text, 5, 16, index_tokens(text, [(0, len(text))]))]
        ['el', 'ministro']
    """
    if index is not None and index.text is text:
        return index.window(start, end)
    return tokenize(text, start, end)


def _scan(
    text: str, start: int, end: int, seen: dict[str, str] | None = None
) -> tuple[list[Token], list[int]]:
    """The words of ``text[start:end]`` and where each word's match ends.

    A match can run past its word (the final full stop of "ayer."): a window that
    cuts no match reads the same words as the whole text does.

    This is the hottest loop of quotes and sources. The text is split on its words
    in one call (words and the gaps between them alternate, so offsets are running
    sums, with no match objects to build), locals are bound once and tokens are
    built with ``tuple.__new__`` (a named tuple's own constructor costs a call).

    A page repeats its words, and an article's index holds a token per word: each
    distinct string (a word, its lower-case form) is kept once, through ``seen``
    (shared by the scans of one index), so the index costs memory in proportion to
    the words, not to their letters.
    """
    out: list[Token] = []
    reach: list[int] = []
    append = out.append
    append_reach = reach.append
    abbreviation = _ABBREVIATION.search
    new = tuple.__new__
    once = ({} if seen is None else seen).setdefault
    start, end, _ = slice(start, end).indices(len(text))
    parts = _WORD_SPLIT.split(text[start:end])
    at = start + len(parts[0])
    pairs = iter(parts)
    next(pairs)
    for word, gap in zip(pairs, pairs, strict=True):
        stop = at + len(word)
        if word[-1] in ".-":
            kept = word.rstrip("-")
            # a final full stop belongs to the word only in abbreviations ("S.A.", "P.H.")
            if kept.endswith(".") and abbreviation(kept) is None:
                kept = kept.rstrip(".")
            low = kept.rstrip(".").lower()
            kept, low = once(kept, kept), once(low, low)
            append(new(Token, (at, at + len(kept), kept, low, kept[:1].isupper())))
        else:
            low = word.lower()
            append(new(Token, (at, stop, once(word, word), once(low, low), word[0].isupper())))
        append_reach(stop)
        at = stop + len(gap)
    return out, reach


_ABBREVIATION = regex.compile(r"\.\w+\.$|^\w\.$")
LETTERS = regex.compile(r"[\p{L}]+")
LOW = operator.attrgetter("low")
CAPITAL = operator.attrgetter("capital")
_START = operator.attrgetter("start")


def region_tokens(
    text: str, regions: Sequence[tuple[int, int]], index: TokenIndex | None = None
) -> list[list[Token]]:
    """The tokens of each region, read once and shared by the readers of one article."""
    if index is not None and index.text is text:
        return [index.window(lo, hi) for lo, hi in regions]
    return [tokenize(text, lo, hi) for lo, hi in regions]


@attrs.frozen
class TokenIndex:
    """The words of an article's regions, read once: any window inside one is a slice.

    A window whose edge cuts a word (or that leaves the regions) is read afresh, so
    :meth:`window` always returns what :func:`tokenize` would.
    """

    text: str = attrs.field(repr=False)
    regions: tuple[tuple[int, int], ...]
    tokens: list[Token] = attrs.field(repr=False)
    starts: list[int] = attrs.field(repr=False)
    reach: list[int] = attrs.field(repr=False)
    spans: tuple[tuple[int, int], ...] = attrs.field(repr=False)
    span_starts: list[int] = attrs.field(repr=False)

    def window(self, lo: int, hi: int) -> list[Token]:
        """The words of ``text[lo:hi]``, as :func:`tokenize` reads them (a new list).

        Examples:
            >>> text = "Dijo el ministro, ayer."
            >>> index = index_tokens(text, [(0, len(text))])
            >>> [t.text for t in index.window(5, 16)], [t.text for t in index.window(6, 10)]
            (['el', 'ministro'], ['l', 'mi'])
        """
        k = bisect_right(self.span_starts, lo) - 1
        if k < 0 or hi > self.spans[k][1] or lo > hi:
            return tokenize(self.text, lo, hi)
        starts = self.starts
        reach = self.reach
        i = bisect_left(starts, lo)
        j = bisect_left(starts, hi, i)
        head: list[Token] = []
        if i > 0 and reach[i - 1] > lo:
            # ``lo`` cuts a word: read its rest alone, unless that rest could run on
            # further than the whole word did (a word at the length limit) or past ``hi``
            if reach[i - 1] > hi or reach[i - 1] - starts[i - 1] > _MAX_WORD:
                return tokenize(self.text, lo, hi)
            head = tokenize(self.text, lo, reach[i - 1])
        if j > i and reach[j - 1] > hi:
            # ``hi`` cuts the last word: read its first part alone
            return head + self.tokens[i : j - 1] + tokenize(self.text, starts[j - 1], hi)
        return head + self.tokens[i:j] if head else self.tokens[i:j]


def index_tokens(text: str, regions: Sequence[tuple[int, int]]) -> TokenIndex:
    """Read the words of ``regions`` once, for :meth:`TokenIndex.window` to slice."""
    spans: list[tuple[int, int]] = []
    for region in sorted(r for r in regions if r[0] < r[1]):
        if spans and region[0] < spans[-1][1]:
            continue  # an overlapping region: its windows are read afresh
        spans.append(region)  # the caller's pair itself: a page of short lines has many
    tokens: list[Token] = []
    reach: list[int] = []
    seen: dict[str, str] = {}
    k = 0
    while k < len(spans):
        lo, hi = spans[k]
        # spans apart by white space alone are read in one scan (a page of short lines
        # has a span a line): no word runs across white space, so the words are the same
        while k + 1 < len(spans) and text[hi : spans[k + 1][0]].isspace():
            k += 1
            hi = spans[k][1]
        words, ends = _scan(text, lo, hi, seen)
        tokens.extend(words)
        reach.extend(ends)
        k += 1
    return TokenIndex(
        text,
        tuple(regions),
        tokens,
        list(map(_START, tokens)),
        reach,
        tuple(spans),
        [lo for lo, _ in spans],
    )
