"""A page's lines and what the layout has decided about them.

Shared by the readers of the page's top (:mod:`noticiaparse._layout.top`) and of the
rest of the page (:mod:`noticiaparse._layout.page`): the line, its role, and the few
shape tests both read lines with.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence

import attrs
import regex

from noticiaparse._layout.byline import Byline
from noticiaparse._layout.published import DateLine
from noticiaparse._text.fold import fold
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
#: A line of links or images alone (markdown), perhaps a list item: "* [España](…)".
LINKS = regex.compile(rf"(?:[*+•-]\s{{1,3}}|\d{{1,2}}\.\s{{1,3}})?(?:{MD_LINK}\s{{0,3}})+")
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


@attrs.define(weakref_slot=False)  # (no weak reference to a line: a slot less for each)
class Line:
    start: int
    end: int
    gap: int  # blank lines before this one
    text: str
    kind: str = ""  # "" for text; else the furniture kind
    byline: Byline | None = None
    date: DateLine | None = None
    date_span: Span | None = None
    role: Role = Role.NONE
    # what ``words`` and ``folded`` found for a long line's text, kept while the text is
    # the same object (the layout's passes ask again and again; an edit sets a new text)
    _memo: _Memo | None = attrs.field(default=None, init=False, repr=False, eq=False)

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)

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
            return fold(text)
        memo = self._remembered(text)
        if memo.folded is None:
            memo.folded = fold(text)
        return memo.folded

    def _remembered(self, text: str) -> _Memo:
        memo = self._memo
        if memo is None or memo.text is not text:
            memo = self._memo = _Memo(text)
        return memo


@attrs.define
class _Memo:
    """What was read off one text of a line: its word count and its fold."""

    text: str
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
