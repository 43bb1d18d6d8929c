"""Tokens: the words of the text, and the index of an article's words.

One bounded regular expression cuts the text into words (:func:`tokenize`); an
article's regions are read once into a :class:`TokenIndex`, and any window inside
one is a slice of it (:func:`words_in`, :func:`region_tokens`).

The index is the largest thing a parse holds, so it keeps its words as columns
(offsets in machine-integer arrays, each distinct string once): about 50 bytes a word
where a token object with its two offsets costs 150. The tokens of a window are built
from the columns when asked for, in C (``map`` and ``zip``), and are dropped with the
window.
"""

from __future__ import annotations

import operator
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, MutableSequence, Sequence
from itertools import accumulate, compress, count, repeat
from typing import NamedTuple, overload

import attrs
import regex

from noticiaparse._text.span import Span

__all__ = [
    "CAPITAL",
    "LETTERS",
    "LOW",
    "MAX_PHRASE_TOKENS",
    "SCAN_BLOCK",
    "RegionWords",
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
    columns = _Columns()
    columns.read(text, start, end, None)
    return columns.tokens(0, len(columns.texts))


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


#: How many characters are split at once (a block ends at white space).
SCAN_BLOCK = 1 << 16
_FIRST = operator.itemgetter(0)
#: Whether a word ends in what :func:`_trimmed` may cut: a full stop or a hyphen.
_CUT_END = operator.methodcaller("endswith", (".", "-"))
_SPACE = regex.compile(r"\s")
_ABBREVIATION = regex.compile(r"\.\w+\.$|^\w\.$")
_new = tuple.__new__


@attrs.define
class _Columns:
    """Words as columns: where each starts and ends, its text, lower-case form, capital.

    ``reach`` is where each word's match ends: it can run past the word (the final
    full stop of "ayer."), and a window that cuts no match reads the same words as
    the whole text does.
    """

    starts: MutableSequence[int] = attrs.field(factory=list)
    ends: MutableSequence[int] = attrs.field(factory=list)
    reach: MutableSequence[int] = attrs.field(factory=list)
    texts: list[str] = attrs.field(factory=list)
    lows: list[str] = attrs.field(factory=list)
    capitals: list[bool] = attrs.field(factory=list)

    def read(self, text: str, start: int, end: int, seen: dict[str, str] | None) -> None:
        """Add the words of ``text[start:end]``.

        This is the hottest loop of the reading: every word of an article passes
        here. The text is read in blocks cut at white space (no word runs across it,
        so the words are the same, and what a block builds on the way stays small);
        each block is split on its words in one call (words and the gaps between them
        alternate, so offsets are running sums) and the columns are filled by C-level
        ``map``, with no Python call per word. Only a word that ends in a full stop or
        a hyphen is looked at alone (:func:`_trimmed`).

        A page repeats its words: with ``seen`` (shared by the reads of one index),
        each distinct string (a word, its lower-case form) is kept once, so the index
        costs memory in proportion to the words, not to their letters.
        """
        starts, ends, reach = self.starts, self.ends, self.reach
        start, end, _ = slice(start, end).indices(len(text))
        while start < end:
            stop = _block_end(text, start, end)
            parts = _WORD_SPLIT.split(text[start:stop])
            words = parts[1::2]
            if words:
                offsets = list(accumulate(map(len, parts), initial=start))
                first = len(self.texts)
                stops = offsets[2::2]
                starts.extend(offsets[1:-1:2])
                ends.extend(stops)
                reach.extend(stops)
                lows = list(map(str.lower, words))
                if seen is not None:
                    once = seen.setdefault
                    self.texts.extend(map(once, words, words))
                    self.lows.extend(map(once, lows, lows))
                else:
                    self.texts.extend(words)
                    self.lows.extend(lows)
                self.capitals.extend(map(str.isupper, map(_FIRST, words)))
                for k in compress(count(first), map(_CUT_END, words)):
                    self._trim(k, seen)
            start = stop

    def _trim(self, k: int, seen: dict[str, str] | None) -> None:
        """Word ``k`` ends in "." or "-": keep only what is the word's.

        Trailing hyphens go; a final full stop belongs to the word only in
        abbreviations ("S.A.", "P.H."). Where its match ends stays as it was.
        """
        kept = self.texts[k].rstrip("-")
        if kept.endswith(".") and _ABBREVIATION.search(kept) is None:
            kept = kept.rstrip(".")
        low = kept.rstrip(".").lower()
        if seen is not None:
            kept, low = seen.setdefault(kept, kept), seen.setdefault(low, low)
        ends = self.ends
        ends[k] = self.starts[k] + len(kept)
        self.texts[k] = kept
        self.lows[k] = low

    def tokens(self, i: int, j: int) -> list[Token]:
        """The words ``i`` to ``j`` as tokens (built here, in C: nothing keeps them)."""
        return list(
            map(
                _new,
                repeat(Token),
                zip(
                    self.starts[i:j],
                    self.ends[i:j],
                    self.texts[i:j],
                    self.lows[i:j],
                    self.capitals[i:j],
                    strict=True,
                ),
            )
        )


def _block_end(text: str, start: int, end: int) -> int:
    """Where a block of words that starts at ``start`` may end: at white space, or ``end``."""
    if end - start <= SCAN_BLOCK:
        return end
    cut = _SPACE.search(text, start + SCAN_BLOCK, end)
    return end if cut is None else cut.start()


LETTERS = regex.compile(r"[\p{L}]+")
LOW = operator.attrgetter("low")
CAPITAL = operator.attrgetter("capital")


def region_tokens(
    text: str, regions: Sequence[tuple[int, int]], index: TokenIndex | None = None
) -> list[list[Token]]:
    """The tokens of each region (every list built at once: see :class:`RegionWords`)."""
    if index is not None and index.text is text:
        return [index.window(lo, hi) for lo, hi in regions]
    return [tokenize(text, lo, hi) for lo, hi in regions]


class RegionWords(Sequence[list[Token]]):
    """The tokens of each region, built from ``index`` when a reader comes to it.

    What :func:`region_tokens` gives, without holding every region's tokens at once:
    a reader that goes through the regions one by one drops each list as it goes.
    """

    def __init__(self, index: TokenIndex, regions: Sequence[tuple[int, int]]) -> None:
        self.source = index
        self.regions = regions

    def __len__(self) -> int:
        return len(self.regions)

    @overload
    def __getitem__(self, k: int) -> list[Token]: ...

    @overload
    def __getitem__(self, k: slice) -> list[list[Token]]: ...

    def __getitem__(self, k: int | slice) -> list[Token] | list[list[Token]]:
        if isinstance(k, slice):
            return [self.source.window(lo, hi) for lo, hi in self.regions[k]]
        lo, hi = self.regions[k]
        return self.source.window(lo, hi)

    def __iter__(self) -> Iterator[list[Token]]:
        """Each region's tokens in turn, built a batch of regions at a time.

        A batch of regions in text order, inside one span of the index, has its tokens
        built in one call; each region is then a slice of them (a page of short lines
        has a region a line, and building a list for each costs more than its word).
        A region whose edge cuts a word is read as :meth:`TokenIndex.window` reads it.
        """
        index = self.source
        regions = self.regions
        for first in range(0, len(regions), _REGION_BATCH):
            batch = regions[first : first + _REGION_BATCH]
            built = index.slices(batch)
            if built is None:
                yield from (index.window(lo, hi) for lo, hi in batch)
            else:
                yield from built


@attrs.frozen
class TokenIndex:
    """The words of an article's regions, read once: any window inside one is a slice.

    A window whose edge cuts a word (or that leaves the regions) is read afresh, so
    :meth:`window` always returns what :func:`tokenize` would. ``spans`` are the
    stretches read in one scan: the regions, those apart by white space alone joined.
    """

    text: str = attrs.field(repr=False)
    regions: tuple[tuple[int, int], ...]
    words: _Columns = attrs.field(repr=False)
    spans: tuple[Span, ...] = attrs.field(repr=False)
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
        words = self.words
        starts = words.starts
        reach = words.reach
        i = bisect_left(starts, lo)
        j = bisect_left(starts, hi, i)
        head: list[Token] = []
        if i > 0 and reach[i - 1] > lo:
            # ``lo`` cuts a word: read its rest alone, unless that rest could run on
            # further than the whole word did (a word at the length limit) or past ``hi``
            if reach[i - 1] > hi or reach[i - 1] - starts[i - 1] > _MAX_WORD:
                return tokenize(self.text, lo, hi)
            head = tokenize(self.text, lo, reach[i - 1])
        if (
            j > i
            and reach[j - 1] > hi
            and (hi != words.ends[j - 1] or words.texts[j - 1][-1] in ".-")
        ):
            # ``hi`` cuts the last word: read its first part alone (unless it cuts only
            # what the word left out, the full stop of "ayer.": that part is the word)
            return head + words.tokens(i, j - 1) + tokenize(self.text, starts[j - 1], hi)
        return head + words.tokens(i, j) if head else words.tokens(i, j)

    def slices(self, regions: Sequence[tuple[int, int]]) -> Iterator[list[Token]] | None:
        """The tokens of ``regions`` (in text order, apart, inside one span), or ``None``.

        The batch's tokens are built at once and each region is a slice of them; a
        region that cuts a word is read by :meth:`window`.
        """
        lo, hi = regions[0][0], regions[-1][1]
        k = bisect_right(self.span_starts, lo) - 1
        if k < 0 or hi > self.spans[k][1] or lo > hi:
            return None
        last = lo
        for start, end in regions:
            if start < last or end < start:
                return None  # out of order or overlapping: each is read alone
            last = end
        return self._sliced(regions, lo, hi)

    def _sliced(
        self, regions: Sequence[tuple[int, int]], lo: int, hi: int
    ) -> Iterator[list[Token]]:
        words = self.words
        starts, reach, ends, texts = words.starts, words.reach, words.ends, words.texts
        first = bisect_left(starts, lo)
        stop = bisect_left(starts, hi, first)
        tokens = words.tokens(first, stop)
        i = first
        for start, end in regions:
            i = bisect_left(starts, start, i, stop)
            j = bisect_left(starts, end, i, stop)
            if (i > 0 and reach[i - 1] > start) or (
                j > i and reach[j - 1] > end and (end != ends[j - 1] or texts[j - 1][-1] in ".-")
            ):
                yield self.window(start, end)  # an edge cuts a word
            else:
                yield tokens[i - first : j - first]


#: How many regions :class:`RegionWords` builds the tokens of at once.
_REGION_BATCH = 64


def index_tokens(text: str, regions: Sequence[tuple[int, int]]) -> TokenIndex:
    """Read the words of ``regions`` once, for :meth:`TokenIndex.window` to slice."""
    spans: list[Span] = []
    for lo, hi in sorted(r for r in regions if r[0] < r[1]):
        if spans and lo < spans[-1][1]:
            continue  # an overlapping region: its windows are read afresh
        if spans and text[spans[-1][1] : lo].isspace():
            # apart by white space alone: read in one scan (a page of short lines has a
            # region a line), as no word runs across white space the words are the same
            spans[-1] = Span(spans[-1].start, hi)
        else:
            spans.append(Span(lo, hi))
    words = _Columns(array("q"), array("q"), array("q"))
    seen: dict[str, str] = {}
    for lo, hi in spans:
        words.read(text, lo, hi, seen)
    return TokenIndex(text, tuple(regions), words, tuple(spans), [lo for lo, _ in spans])
