"""Tokens: the words of the text, and the index of an article's words.

One bounded regular expression cuts the text into words (:func:`tokenize`); an
article's regions are read once into a :class:`TokenIndex`, and any window inside
one is a slice of it (:func:`words_in`, :func:`region_tokens`).
"""

from __future__ import annotations

import operator
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from itertools import accumulate, compress, count, repeat
from typing import NamedTuple

import attrs
import regex

__all__ = [
    "CAPITAL",
    "LETTERS",
    "LOW",
    "MAX_PHRASE_TOKENS",
    "SCAN_BLOCK",
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

    This is the hottest loop of the reading: every word of an article passes here.
    The text is read in blocks cut at white space (no word runs across it, so the
    words are the same, and what a block builds on the way stays small); each block
    is split on its words in one call (words and the gaps between them alternate, so
    offsets are running sums), and the tokens are built by C-level ``map`` and ``zip``
    over the columns, with no Python call per word. Only a word that ends in a full
    stop or a hyphen is looked at alone (:func:`_trimmed`).

    A page repeats its words, and an article's index holds a token per word: each
    distinct string (a word, its lower-case form) is kept once, through ``seen``
    (shared by the scans of one index), so the index costs memory in proportion to
    the words, not to their letters.
    """
    out: list[Token] = []
    reach: list[int] = []
    once = ({} if seen is None else seen).setdefault
    start, end, _ = slice(start, end).indices(len(text))
    while start < end:
        stop = _block_end(text, start, end)
        parts = _WORD_SPLIT.split(text[start:stop])
        words = parts[1::2]
        if words:
            offsets = list(accumulate(map(len, parts), initial=start))
            ends = offsets[2::2]  # where each word's match ends
            texts = list(map(once, words, words))
            lows = list(map(str.lower, words))
            block = list(
                map(
                    tuple.__new__,
                    repeat(Token),
                    zip(
                        offsets[1:-1:2],
                        ends,
                        texts,
                        map(once, lows, lows),
                        map(str.isupper, map(_FIRST, words)),
                        strict=True,
                    ),
                )
            )
            for k in compress(count(), map(_CUT_END, words)):
                block[k] = _trimmed(block[k], once)
            out.extend(block)
            reach.extend(ends)
        start = stop
    return out, reach


#: How many characters :func:`_scan` splits at once (a block ends at white space).
SCAN_BLOCK = 1 << 16
_FIRST = operator.itemgetter(0)
#: Whether a word ends in what :func:`_trimmed` may cut: a full stop or a hyphen.
_CUT_END = operator.methodcaller("endswith", (".", "-", "'", "’"))


def _block_end(text: str, start: int, end: int) -> int:
    """Where a block of words that starts at ``start`` may end: at white space, or ``end``."""
    if end - start <= SCAN_BLOCK:
        return end
    cut = _SPACE.search(text, start + SCAN_BLOCK, end)
    return end if cut is None else cut.start()


_SPACE = regex.compile(r"\s")


def _trimmed(token: Token, once: Callable[[str, str], str]) -> Token:
    """``token`` whose word ends in ".", "-" or an apostrophe, without what is not the word's.

    Trailing hyphens and apostrophes go; a final full stop belongs to the word only in
    abbreviations ("S.A.", "P.H."). The offsets of the match stay where they were.
    """
    at, _, word, _, capital = token
    kept = word.rstrip("-'’")
    if kept.endswith(".") and (
        _ABBREVIATION.search(kept) is None or _WEB_ADDRESS.search(kept) is not None
    ):
        kept = kept.rstrip(".")
    # an apostrophe at a word's end is a closing quotation mark ("de Ana Rojas’"),
    # never part of a name
    kept = kept.rstrip("'’")
    low = kept.rstrip(".").lower()
    return tuple.__new__(Token, (at, at + len(kept), once(kept, kept), once(low, low), capital))


_ABBREVIATION = regex.compile(r"\.\w+\.$|^\w\.$")
#: A site's address before a full stop ("informó Infobae.com."): the stop is the sentence's.
_WEB_ADDRESS = regex.compile(r"\p{L}{3}(?:\.[a-z]{2,4}){1,2}\.$")
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
            last = self.tokens[j - 1]
            if hi != last.end or last.text[-1] in ".-":
                # ``hi`` cuts the last word: read its first part alone
                return head + self.tokens[i : j - 1] + tokenize(self.text, starts[j - 1], hi)
            # ``hi`` cuts only what the word left out (the full stop of "ayer."): the
            # part read alone would be the word itself
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
