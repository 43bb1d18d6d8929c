"""Tokens: the words of the text, and the index of an article's words.

One bounded regular expression cuts the text into words (:func:`tokenize`); an
article's regions are read once into a :class:`TokenIndex`, and any window inside
one is a slice of it (:func:`words_in`, :func:`region_tokens`).

The index is the largest thing a parse holds, so it keeps its words as columns
(offsets in machine-integer arrays, each distinct string once): about 50 bytes a word
where a token object with its two offsets costs 150. An article of ordinary length
(up to :data:`TOKEN_OBJECTS` words) also keeps each word as a token, built once, and a
window is a slice of them; past that, the tokens of a window are built from the
columns when asked for, in C (``map`` and ``zip``), and dropped with the window.
"""

from __future__ import annotations

import functools
import operator
import re
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from itertools import accumulate, islice, repeat
from typing import NamedTuple, overload

import attrs
import regex

from noticiaparse._text.lazy import lazy_regex
from noticiaparse._text.lexicons import rows
from noticiaparse._text.record import record_repr
from noticiaparse._text.span import Span, Spans, pairs

__all__ = [
    "CAPITAL",
    "LETTERS",
    "LOW",
    "MAX_PHRASE_TOKENS",
    "SCAN_BLOCK",
    "TOKEN_OBJECTS",
    "RegionWords",
    "Token",
    "TokenIndex",
    "first_low",
    "index_tokens",
    "region_tokens",
    "tokenize",
    "words_in",
]


#: A word: a letter or digit, then letters, digits and the joiners of compounds and
#: abbreviations; a hyphen joins only when no second hyphen follows it ("Gómez--dijo" is
#: the typewriter's dash after a name, not a compound).
_WORD = r"[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}'’.+/&]|-(?!-)){0,60}"
#: ``_WORD`` as a separator: ``split`` gives gap, word, gap, word… gap.
_WORD_SPLIT = regex.compile("(" + _WORD + ")")
#: ``_WORD_SPLIT`` for a text with no hyphen after another ("--" nowhere, most texts):
#: there a hyphen is never followed by one, so it joins the word's class, and the word is
#: one run of one class, which the engine scans about twice as fast (the same splits).
_RUN_SPLIT = regex.compile(r"([\p{L}\p{N}][\p{L}\p{M}\p{N}'’.+/&\-]{0,60})")
#: The blocks of code points whose letters, marks and digits :func:`_listed_split` lists:
#: Latin with its diacritics, the punctuation, signs, arrows and shapes, the emoji.
_LISTED = ((0x0000, 0x036F), (0x1E00, 0x1EFF), (0x2000, 0x2BFF), (0x1F000, 0x1FAFF))
#: The length of a word the limit of ``_WORD`` has not cut.
_MAX_WORD = 60


@functools.cache
def _listed_split() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``_RUN_SPLIT`` for the standard engine, for a text of the :data:`_LISTED` blocks alone.

    The letters, marks and digits of those blocks are listed as ``regex`` reads them
    (from its own Unicode data), so on such a text the two split alike; the standard
    engine runs a class of listed code points about twice as fast. Also a pattern that
    finds a character outside the blocks (then ``_RUN_SPLIT`` splits the text).
    """
    blocks = ["".join(map(chr, range(lo, hi + 1))) for lo, hi in _LISTED]
    opening = _run_class(r"[\p{L}\p{N}]+", blocks)
    inside = _run_class(r"[\p{L}\p{M}\p{N}]+", blocks)
    split = re.compile(f"([{opening}][{inside}'’.+/&\\-]{{0,60}})")
    listed = "".join(f"\\U{lo:08x}-\\U{hi:08x}" for lo, hi in _LISTED)
    return split, re.compile(f"[^{listed}]")


def _run_class(runs: str, blocks: Sequence[str]) -> str:
    """A character class's body listing what ``runs`` finds in ``blocks``, as ranges.

    Each block is consecutive code points, so a run the pattern finds in one is a range
    of them (a single point alone): the class lists the runs in order, never one
    character at a time.
    """
    body: list[str] = []
    for block in blocks:
        for run in regex.finditer(runs, block):
            lo, hi = ord(run.group()[0]), ord(run.group()[-1])
            body.append(f"\\U{lo:08x}" if lo == hi else f"\\U{lo:08x}-\\U{hi:08x}")
    return "".join(body)


def _split_words(block: str) -> list[str]:
    """``_WORD_SPLIT.split(block)``: gap, word, gap, word… gap (see ``_RUN_SPLIT``)."""
    if "--" in block:
        return _WORD_SPLIT.split(block)
    split, unlisted = _listed_split()
    return (_RUN_SPLIT if not _latin1(block) and unlisted.search(block) else split).split(block)


def _latin1(block: str) -> bool:
    """Whether every character of ``block`` is Latin-1, so inside the first listed block.

    Exact and cheap: a string of Latin-1 characters alone is kept one byte a character,
    and encoding it copies those bytes (where the search for a character outside the
    listed blocks tries a class at every character); a wider string fails at its first
    wider character, and the search then decides.
    """
    try:
        block.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True


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
    out: list[Token] = []
    for block in _scan(text, start, end):
        out.extend(_as_tokens(block))
    return out


def first_low(text: str, start: int, end: int) -> str | None:
    """The lower-case form of the first word of ``text[start:end]`` (``None``: no word).

    What ``tokenize(text, start, end)[0].low`` is, without reading the other words: a
    reader that wants a window's words only when the first is of some kind asks this
    first.

    Examples:
        >>> first_low("«El informe. Dijo", 0, 17), first_low("S.A. dijo", 0, 9)
        ('el', 's.a')
        >>> first_low("— ¡", 0, 3) is None
        True
    """
    start, end, _ = slice(start, end).indices(len(text))
    if start >= end:
        return None
    block = text[start : _block_end(text, start, end)]
    word = (_WORD_SPLIT if "--" in block else _RUN_SPLIT).search(block)
    if word is None:
        # no word in the first block (a block ends only past SCAN_BLOCK characters)
        tokens = tokenize(text, start, end)
        return tokens[0].low if tokens else None
    found = word.group()
    if found[-1] in _TRIMMED_ENDS:
        return _trim(found).rstrip(".").lower()
    return found.lower()


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


#: Up to how many characters of regions an index keeps each word as a token object, so
#: that a window is a list slice: news articles run to a few tens of thousands; past
#: this (unless a paragraph is longer than :data:`SCAN_BLOCK`), the words are kept in
#: columns alone and memory stays in proportion to the words at about 50 bytes each.
TOKEN_OBJECTS = 150_000
#: How many characters are split at once (a block ends where no word can go on).
SCAN_BLOCK = 1 << 16
#: A character no word holds: white space, most punctuation, signs ("$1$1…" has no space).
_BREAK = lazy_regex(r"[^\p{L}\p{M}\p{N}'’.\-+/&]")  # only past SCAN_BLOCK
_ABBREVIATION = regex.compile(r"\.\w+\.$|^\w\.$")
#: A site's address before a full stop ("informó Infobae.com."): the stop is the sentence's.
_WEB_ADDRESS = lazy_regex(r"\p{L}{3}(?:\.[a-z]{2,4}){1,2}\.$")
_new = tuple.__new__


class _Block(NamedTuple):
    """The words of one block as columns: offsets, texts, lower-case forms, capitals.

    ``reach`` is where each word's match ends (past a final full stop the word leaves
    out), ``ends`` where the word itself ends.
    """

    starts: list[int]
    ends: list[int]
    texts: list[str]
    lows: list[str]
    capitals: list[bool]
    reach: list[int]


#: The last characters that make a word's end need a second look.
_TRIMMED_ENDS = frozenset(".-'’")
#: :data:`_TRIMMED_ENDS` in a fixed order (each is looked for in turn).
_TRIMMED_MARKS = (".", "-", "'", "’")
_FIRST = operator.itemgetter(0)


@functools.cache
def _digit_outlets() -> regex.Pattern[str] | None:
    """The names of known outlets that open on a number, as written ("24 Horas").

    A name of several words only (``outlets.tsv``): "2001" alone is a year. The number
    that opens one is read as a name's capital, so the name is read whole.
    """
    names = sorted(
        (row[0] for row in rows("outlets.tsv") if row[0][:1].isdigit() and " " in row[0]),
        key=len,
        reverse=True,
    )
    if not names:
        return None
    alternation = "|".join(regex.escape(name).replace(r"\ ", r"[ \t]{1,3}") for name in names)
    return regex.compile(r"(?<![\w%])(?:" + alternation + r")(?!\w)")


@functools.cache
def _digit_outlet_words() -> tuple[str, ...]:
    """The words after the number of the names of :func:`_digit_outlets` ("Horas")."""
    return tuple(
        sorted(
            {
                row[0].split(" ")[1]
                for row in rows("outlets.tsv")
                if row[0][:1].isdigit() and " " in row[0]
            }
        )
    )


def _digit_capitals(block: str, base: int, starts: list[int], capitals: list[bool]) -> None:
    """Mark the number opening a known outlet's name in ``block`` as a capital."""
    pattern = _digit_outlets()
    if pattern is None:
        return
    for hit in pattern.finditer(block):
        k = bisect_left(starts, base + hit.start())
        if k < len(starts) and starts[k] == base + hit.start():
            capitals[k] = True


def _scan(text: str, start: int, end: int, seen: dict[str, str] | None = None) -> Iterator[_Block]:
    """The words of ``text[start:end]`` as columns, and where each word's match ends.

    A match can run past its word (the final full stop of "ayer."): a window that
    cuts no match reads the same words as the whole text does. The text is read in
    blocks cut at a character no word holds (no word runs across it, so the words are
    the same, and what a block builds on the way stays small).

    This is the hottest loop of the reading, so no Python code runs per word: each
    block is split on its words in one call (words and the gaps between them
    alternate, so offsets are running sums of their lengths), and every column is
    built by ``map`` in C. Only the few words that end in a full stop, a hyphen or
    an apostrophe are looked at one by one (:func:`_trim`).

    A page repeats its words, and an article's index holds every word: each distinct
    string (a word, its lower-case form) is kept once, through ``seen`` (shared by the
    scans of one index), so the index costs memory in proportion to the words, not to
    their letters.
    """
    once = None if seen is None else seen.setdefault
    start, end, _ = slice(start, end).indices(len(text))
    while start < end:
        stop = _block_end(text, start, end)
        block = text[start:stop]
        parts = _split_words(block)
        # parts: gap, word, gap, word, … gap; offs[k] is where parts[k] starts
        offs = list(accumulate(map(len, parts), initial=start))
        words = parts[1::2]
        starts = offs[1:-1:2]
        reach = offs[2:-1:2]
        ends = reach
        lows = list(map(str.lower, words))
        trimmed = _trimmed_words(block, start, reach)
        if trimmed:
            ends = reach.copy()
            for k in trimmed:
                kept = _trim(words[k])
                words[k] = kept
                lows[k] = kept.rstrip(".").lower()
                ends[k] = starts[k] + len(kept)
        capitals = list(map(str.isupper, map(_FIRST, words)))
        if once is not None:
            words, lows = list(map(once, words, words)), list(map(once, lows, lows))
        if any(map(block.__contains__, _digit_outlet_words())):  # "Horas": a fast find
            _digit_capitals(block, start, starts, capitals)
        yield _Block(starts, ends, words, lows, capitals, reach)
        start = stop


def _trimmed_words(block: str, base: int, reach: list[int]) -> list[int]:
    """The indices of the words of ``block`` whose match ends in one of :data:`_TRIMMED_ENDS`.

    ``reach`` is where each word's match ends (``base`` is where ``block`` starts). The
    few such characters of a block (a sentence's full stop, a hyphen, an apostrophe:
    about one in twenty words) are found by ``str.find``, which runs in C without a
    step a character, and each is looked up among the ends of the matches: exact, as a
    word's match ends right after its last character, and a character ends at most one
    match (a word's last character taken one word at a time cost a call a word).
    """
    found: list[int] = []
    n = len(reach)
    for mark in _TRIMMED_MARKS:
        at = block.find(mark)
        while at >= 0:
            end = base + at + 1
            k = bisect_left(reach, end)
            if k < n and reach[k] == end:
                found.append(k)
            at = block.find(mark, at + 1)
    found.sort()  # in word order, as the words are read
    return found


def _trim(word: str) -> str:
    """A word as kept, what its match took after it left out.

    A final full stop belongs to the word only in abbreviations ("S.A."), not after a
    site's address ("informó Infobae.com."); an apostrophe at a word's end is a
    closing quotation mark ("de Ana Rojas’"), never part of a name.
    """
    kept = word.rstrip("-'’")
    if kept.endswith(".") and (
        # no full stop before the last and no single letter: no abbreviation (read first,
        # without the pattern: most are a sentence's last word, "dijo.")
        (len(kept) != 2 and kept.find(".", 0, -1) < 0)  # noqa: PLR2004 - "S."
        or _ABBREVIATION.search(kept) is None
        or _WEB_ADDRESS().search(kept) is not None
    ):
        kept = kept.rstrip(".")
    return kept.rstrip("'’")


def _as_tokens(block: _Block) -> list[Token]:
    """The words of a block as tokens, built in C."""
    return list(
        map(
            _new,
            repeat(Token),
            zip(block.starts, block.ends, block.texts, block.lows, block.capitals, strict=True),
        )
    )


def _block_end(text: str, start: int, end: int) -> int:
    """Where a block of words from ``start`` may end: where no word goes on, or ``end``."""
    if end - start <= SCAN_BLOCK:
        return end
    cut = _BREAK().search(text, start + SCAN_BLOCK, end)
    return end if cut is None else cut.start()


@attrs.frozen(repr=False)
class _Columns:
    """Words as columns: where each starts and ends, its text, lower-case form, capital.

    Offsets are machine integers (``array``), strings are shared: about 50 bytes a word.
    """

    __repr__ = record_repr

    starts: array[int] = attrs.field(factory=lambda: array("q"))
    ends: array[int] = attrs.field(factory=lambda: array("q"))
    texts: list[str] = attrs.field(factory=list)
    lows: list[str] = attrs.field(factory=list)
    capitals: list[bool] = attrs.field(factory=list)

    def add(self, block: _Block) -> None:
        """Add the words of ``block`` at the end."""
        self.starts.extend(block.starts)
        self.ends.extend(block.ends)
        self.texts.extend(block.texts)
        self.lows.extend(block.lows)
        self.capitals.extend(block.capitals)

    def tokens(self, i: int, j: int) -> list[Token]:
        """The words ``i`` to ``j`` as tokens, built here in C (nothing keeps them)."""
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


LETTERS = regex.compile(r"[\p{L}]+")
#: A token's ``low`` and ``capital`` fields, read by their place in the tuple: the readers
#: map them over every word of a region (the cast, the attributions), and a tuple's item
#: is read in C at a fraction of what a named field's descriptor costs (the same values).
LOW = operator.itemgetter(Token._fields.index("low"))
CAPITAL = operator.itemgetter(Token._fields.index("capital"))


def region_tokens(
    text: str, regions: Sequence[Span], index: TokenIndex | None = None
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

    def __init__(self, index: TokenIndex, regions: Sequence[Span]) -> None:
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
            # a list: regions kept as columns (:class:`Spans`) make a span when read
            batch = list(regions[first : first + _REGION_BATCH])
            built = index.slices(batch)
            if built is None:
                yield from (index.window(lo, hi) for lo, hi in batch)
            else:
                yield from built


@attrs.frozen(repr=False, eq=False)
class TokenIndex:
    """The words of an article's regions, read once: any window inside one is a slice.

    Two indexes are equal when they are one object (and hash so): a reader that
    memoises what it reads of one window keys it by the index it sliced it from.

    A window whose edge cuts a word (or that leaves the regions) is read afresh, so
    :meth:`window` always returns what :func:`tokenize` would. ``spans`` are the
    stretches read in one scan: the regions, those apart by white space alone joined.
    The words are kept as ``tokens`` (an ordinary article) or as ``columns`` (past
    :data:`TOKEN_OBJECTS` characters); ``starts`` and ``reach`` (where each word's
    match ends) serve both.
    """

    __repr__ = record_repr

    text: str = attrs.field(repr=False)
    regions: Sequence[Span]
    starts: Sequence[int] = attrs.field(repr=False)
    reach: Sequence[int] = attrs.field(repr=False)
    tokens: list[Token] | None = attrs.field(repr=False)
    columns: _Columns | None = attrs.field(repr=False)
    spans: tuple[Span, ...] = attrs.field(repr=False)
    span_starts: list[int] = attrs.field(repr=False)

    def words(self, i: int, j: int) -> list[Token]:
        """The index's words ``i`` to ``j`` (a new list)."""
        if self.tokens is not None:
            return self.tokens[i:j]
        assert self.columns is not None  # noqa: S101 - one or the other is kept
        return self.columns.tokens(i, j)

    def _word_ends_as_read(self, k: int, hi: int) -> bool:
        """Whether word ``k`` read up to ``hi`` alone (a cut match) is the word itself.

        So it is when ``hi`` cuts only what the word left out (the full stop of
        "ayer."), unless the word keeps a final "." or "-" (then its part is read again).
        """
        if self.tokens is not None:
            _, end, word, _, _ = self.tokens[k]
        else:
            assert self.columns is not None  # noqa: S101 - one or the other is kept
            end, word = self.columns.ends[k], self.columns.texts[k]
        return hi == end and word[-1] not in ".-"

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
            head = _last_part(self.text, lo, reach[i - 1])
        if j > i and reach[j - 1] > hi and not self._word_ends_as_read(j - 1, hi):
            # ``hi`` cuts the last word: read its first part alone
            return head + self.words(i, j - 1) + _first_part(self.text, starts[j - 1], hi)
        return head + self.words(i, j) if head else self.words(i, j)

    def slices(self, regions: Sequence[Span]) -> Iterator[list[Token]] | None:
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

    def _sliced(self, regions: Sequence[Span], lo: int, hi: int) -> Iterator[list[Token]]:
        starts, reach = self.starts, self.reach
        first = bisect_left(starts, lo)
        stop = bisect_left(starts, hi, first)
        tokens = self.words(first, stop)
        i = first
        for start, end in regions:
            i = bisect_left(starts, start, i, stop)
            j = bisect_left(starts, end, i, stop)
            if (i > 0 and reach[i - 1] > start) or (
                j > i and reach[j - 1] > end and not self._word_ends_as_read(j - 1, end)
            ):
                yield self.window(start, end)  # an edge cuts a word
            else:
                yield tokens[i - first : j - first]


def _first_part(text: str, start: int, hi: int) -> list[Token]:
    """The first part of the word at ``start`` that ``hi`` cuts, as :func:`tokenize` reads it.

    A word's match goes on from its first letter or digit through characters a word
    holds (a hyphen never before another), so its first part is one whole match too:
    the token is built here, not read again (a reader's window of a few hundred
    characters cuts a word after each quotation of a page of them). A part that ends in
    what a word's end may leave out (a full stop, a hyphen, an apostrophe) is read afresh.

    Examples:
        >>> [t.text for t in _first_part("Juan Pérez.", 5, 8)]
        ['Pér']
    """
    word = text[start:hi]
    if word[-1] in _TRIMMED_ENDS:
        return tokenize(text, start, hi)
    return [Token(start, hi, word, word.lower(), word[0].isupper())]


#: A word's first character.
_WORD_START = regex.compile(r"[\p{L}\p{N}]")


def _last_part(text: str, lo: int, reach: int) -> list[Token]:
    """The rest from ``lo`` of a word whose match ends at ``reach``, as :func:`tokenize` reads it.

    Every character of a word's match after its first goes on a word, and a hyphen in it
    is never followed by another: from the first letter or digit of the rest, the rest
    is one whole match (marks and joiners before it open none). The token is built here,
    trimmed as :func:`_scan` trims (a reader's window of a few hundred characters back
    from each verb cuts a word: "dijo que " repeated cuts one a verb).

    Examples:
        >>> [t.text for t in _last_part("Gómez-Pérez.", 5, 12)]
        ['Pérez']
        >>> _last_part("S.A.", 3, 4)
        []
    """
    first = _WORD_START.search(text, lo, reach)
    if first is None:
        return []
    start = first.start()
    word = text[start:reach]
    if word[-1] in _TRIMMED_ENDS:
        kept = _trim(word)
        return [Token(start, start + len(kept), kept, kept.rstrip(".").lower(), kept[0].isupper())]
    return [Token(start, reach, word, word.lower(), word[0].isupper())]


#: How many regions :class:`RegionWords` builds the tokens of at once.
_REGION_BATCH = 64


def index_tokens(text: str, regions: Sequence[Span]) -> TokenIndex:
    """Read the words of ``regions`` once, for :meth:`TokenIndex.window` to slice."""
    spans: list[Span] = []
    # regions in text order (a layout's, a reading's paragraphs; no two with one start)
    # are read as they come: a sorted copy of a page of short lines would make a span
    # object for every line
    ordered = all(map(operator.lt, _starts_of(regions), islice(_starts_of(regions), 1, None)))
    for lo, hi in pairs(regions) if ordered else sorted(regions):
        if lo >= hi:
            continue
        if spans and lo < spans[-1][1]:
            continue  # an overlapping region: its windows are read afresh
        if spans and text[spans[-1][1] : lo].isspace():
            # apart by white space alone: read in one scan (a page of short lines has a
            # region a line), as no word runs across white space the words are the same
            spans[-1] = Span(spans[-1].start, hi)
        else:
            spans.append(Span(lo, hi))
    seen: dict[str, str] = {}
    span_starts = [lo for lo, _ in spans]
    longest = max((hi - lo for lo, hi in pairs(regions)), default=0)
    if sum(hi - lo for lo, hi in spans) <= TOKEN_OBJECTS or longest > SCAN_BLOCK:
        # an ordinary article; or a paragraph so long that its readers, who take a
        # paragraph's tokens as one list, hold its words as tokens anyway
        tokens: list[Token] = []
        starts: list[int] = []
        reach: list[int] = []
        # the words of an article of ordinary length are not kept once each: their memory
        # is bounded by the length, and looking each up costs more than it saves
        once = seen if longest > SCAN_BLOCK else None
        for lo, hi in spans:
            for block in _scan(text, lo, hi, once):
                tokens.extend(_as_tokens(block))
                starts.extend(block.starts)
                reach.extend(block.reach)
        return TokenIndex(
            text, _kept(regions), starts, reach, tokens, None, tuple(spans), span_starts
        )
    columns = _Columns()
    far = array("q")
    for lo, hi in spans:
        for block in _scan(text, lo, hi, seen):
            columns.add(block)
            far.extend(block.reach)
    return TokenIndex(
        text, _kept(regions), columns.starts, far, None, columns, tuple(spans), span_starts
    )


def _starts_of(regions: Sequence[Span]) -> Iterator[int]:
    """The start of each region, in order."""
    if isinstance(regions, Spans):
        return iter(regions.starts)
    return map(operator.itemgetter(0), regions)


def _kept(regions: Sequence[Span]) -> Sequence[Span]:
    """``regions`` as an index keeps them: columns as they are, anything else a tuple."""
    return regions if isinstance(regions, Spans) else tuple(regions)
