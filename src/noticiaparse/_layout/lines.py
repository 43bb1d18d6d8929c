"""A page's lines and what the layout has decided about them.

Shared by the readers of the page's top (:mod:`noticiaparse._layout.top`) and of the
rest of the page (:mod:`noticiaparse._layout.page`): the line, its role, and the few
shape tests both read lines with.
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Sequence

import attrs
import regex

from noticiaparse._layout.byline import Byline
from noticiaparse._layout.published import DateLine
from noticiaparse._text.fold import fold
from noticiaparse._text.record import record_repr
from noticiaparse._text.span import Span

__all__ = [
    "CLOSERS",
    "DIALOGUE",
    "HEADER",
    "LINKS",
    "MAX_CAPTION",
    "MAX_HEADLINE",
    "MAX_LABEL",
    "MD_LINK",
    "STOPS",
    "TAG_SEPARATOR",
    "TOP",
    "Line",
    "Role",
    "closed",
    "is_text",
    "key",
    "next_text",
    "sentence_line",
]

DIALOGUE = ("-", "—", "–", "¿", "‒", "―")
CLOSERS = "\"»”’')"
STOPS = (".", "!", "?", "…", ":", ";", ",")
MD_LINK = r"!?\[[^\]\n]{0,300}\]\([^)\n]{0,1000}\)"
#: A line of links or images alone (markdown), perhaps a list item: "* [España](…)"; a
#: share bar's icons with their counts too: "[](whatsapp://send?…) 0 [](mailto:…) 12".
LINKS = regex.compile(
    rf"(?:[*+•-]\s{{1,3}}|\d{{1,2}}\.\s{{1,3}})?(?:{MD_LINK}\s{{0,3}}(?:\d{{1,6}}\s{{0,3}})?)+"
)
#: What a renderer sets between the links of a tag list (no Spanish punctuation: a space
#: before a comma), "Vialidad , Cultura , Festival del Mar 2024".
TAG_SEPARATOR = " , "
#: Header furniture: what a page puts between its deck and its body.
HEADER = frozenset({"byline", "bare", "date", "share", "media", "crumb"})
#: How many lines from the top the headline is looked for in.
TOP = 40
MAX_HEADLINE = 300
MAX_LABEL = 40
MAX_CAPTION = 200
#: Running text: a sentence of this many words, or a line of this many.
_SENTENCE_WORDS = 6
_LONG_LINE_WORDS = 25
#: The fewest characters _SENTENCE_WORDS words take (one apart from the next).
_SENTENCE_CHARS = 2 * _SENTENCE_WORDS - 1
#: A line's words and fold are kept for texts longer than this (short ones cost little).
_SHORT = 40
#: A short line's fold, remembered for the last lines asked (the layout's passes ask for
#: the same few lines' keys again and again: a title's, the lines above it, every line's
#: for a count). Bounded, and kept apart from the line records: a page of short lines
#: keeps no fold per line (issue 18).
_short_fold = functools.lru_cache(maxsize=2048)(fold)


class Role(enum.Enum):
    """What a line of the page is, once the page's structure has been read."""

    NONE = "none"  # not decided yet
    HEADLINE = "headline"
    DECK = "deck"
    BODY = "body"
    FURNITURE = "furniture"  # boilerplate
    COPY = "copy"  # a copy of the headline (the title tag over the h1): boilerplate
    #: a related article's headline set into the text under its label ("NOTICIA
    #: RELACIONADA"): kept in the body where the page sets it, never read by an extractor
    TEASER = "teaser"


@attrs.define(weakref_slot=False, init=False, repr=False, eq=False)
class Line:
    """A line of the page: its offsets, the blank lines before it, its text, what it is.

    ``byline``, ``date`` and ``date_span`` (what a byline or date line says) and what was
    read off a long text (its word count, its fold) are kept apart, in one record made
    for the few lines that have any (:class:`_More`): a page of short lines has a line
    record for every line, three slots fewer each (read and set as before). The end is
    kept as the line's length (a small number Python shares, where an offset is an
    object of its own): ``start`` and ``end`` read and set as before, and setting the
    start leaves the end where it was.
    """

    _start: int
    _size: int  # end - start
    gap: int  # blank lines before this one
    text: str
    kind: str  # "" for text; else the furniture kind
    role: Role
    _more: _More | None

    def __init__(  # noqa: PLR0913
        self,
        start: int,
        end: int,
        gap: int,
        text: str,
        *,
        kind: str = "",
        byline: Byline | None = None,
        date: DateLine | None = None,
        date_span: Span | None = None,
        role: Role = Role.NONE,
    ) -> None:
        self._start, self._size, self.gap, self.text, self.kind, self.role = (
            start,
            end - start,
            gap,
            text,
            kind,
            role,
        )
        self._more = None
        if byline is not None or date is not None or date_span is not None:
            self._more = _More(byline, date, date_span)

    def _fields(self) -> tuple[object, ...]:
        return (
            self.start,
            self.end,
            self.gap,
            self.text,
            self.kind,
            self.byline,
            self.date,
            self.date_span,
            self.role,
        )

    def __repr__(self) -> str:
        names = ("start", "end", "gap", "text", "kind", "byline", "date", "date_span", "role")
        shown = ", ".join(f"{n}={v!r}" for n, v in zip(names, self._fields(), strict=True))
        return f"Line({shown})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, Line)  # noqa: S101 - (for the type checker)
        return self._fields() == other._fields()

    __hash__ = None  # type: ignore[assignment]  # (mutable: as attrs made it)

    def _more_of(self) -> _More:
        more = self._more
        if more is None:
            more = self._more = _More()
        return more

    @property
    def body(self) -> bool:
        """Whether the line is in the body (``role`` is :attr:`Role.BODY`)."""
        return self.role is Role.BODY

    @property
    def start(self) -> int:
        return self._start

    @start.setter
    def start(self, value: int) -> None:
        self._size += self._start - value  # the end stays where it was
        self._start = value

    @property
    def end(self) -> int:
        return self._start + self._size

    @end.setter
    def end(self, value: int) -> None:
        self._size = value - self._start

    @property
    def byline(self) -> Byline | None:
        more = self._more
        return None if more is None else more.byline

    @byline.setter
    def byline(self, value: Byline | None) -> None:
        if value is not None or self._more is not None:
            self._more_of().byline = value

    @property
    def date(self) -> DateLine | None:
        more = self._more
        return None if more is None else more.date

    @date.setter
    def date(self, value: DateLine | None) -> None:
        if value is not None or self._more is not None:
            self._more_of().date = value

    @property
    def date_span(self) -> Span | None:
        more = self._more
        return None if more is None else more.date_span

    @date_span.setter
    def date_span(self, value: Span | None) -> None:
        if value is not None or self._more is not None:
            self._more_of().date_span = value

    @property
    def span(self) -> Span:
        return Span(self._start, self._start + self._size)

    @property
    def words(self) -> int:
        text = self.text
        if len(text) <= _SHORT:
            return len(text.split())
        memo = self._remembered(text)
        if memo.words < 0:
            memo.words = len(text.split())
        return memo.words

    @property
    def folded(self) -> str:
        """``fold(text)``."""
        text = self.text
        if len(text) <= _SHORT:
            return _short_fold(text)
        memo = self._remembered(text)
        if memo.folded is None:
            memo.folded = fold(text)
        return memo.folded

    def _remembered(self, text: str) -> _More:
        """The record of what was read off ``text``, afresh when the text is new.

        Kept while the text is the same object (the layout's passes ask again and
        again; an edit sets a new text).
        """
        more = self._more_of()
        if more.text is not text:
            more.text, more.words, more.folded = text, -1, None
        return more


@attrs.define(repr=False, weakref_slot=False)
class _More:
    """What few lines have: a byline's or a date line's reading, and a long text's memo."""

    __repr__ = record_repr

    byline: Byline | None = None
    date: DateLine | None = None
    date_span: Span | None = None
    #: the text ``words`` and ``folded`` were read off
    text: str | None = None
    words: int = -1
    folded: str | None = None


def key(line: Line) -> str:
    return line.folded if len(line.text) <= 2 * MAX_HEADLINE else ""


def is_text(line: Line) -> bool:
    return line.kind == "" and line.role is Role.NONE


def next_text(lines: Sequence[Line], i: int) -> int | None:
    for j in range(i + 1, len(lines)):
        if is_text(lines[j]):
            return j
    return None


def closed(text: str) -> bool:
    """Closed like a sentence, perhaps inside its quotation marks or brackets."""
    return text.rstrip(CLOSERS).endswith(STOPS)


def sentence_line(line: Line) -> bool:
    """A line of running text: a sentence of some length, or a long line."""
    if line.kind != "" or len(line.text) < _SENTENCE_CHARS:
        return False  # (too short for a sentence's words: a page of short lines asks often)
    words = line.words
    return words >= _LONG_LINE_WORDS or (words >= _SENTENCE_WORDS and closed(line.text))
