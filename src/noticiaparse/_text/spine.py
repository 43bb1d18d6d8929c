"""The text spine: normalise scraped text once, and keep the way back to the original.

Scraped text arrives with CRLF or lone CR, NBSP and the other Unicode spaces,
zero-width characters, soft hyphens, bidi marks and decomposed accents. Every parser
works on :attr:`Spine.text`, the normalised text, and reports offsets into the
caller's original string through :meth:`Spine.span`.

A normalisation is a chain of *stages*. Each stage rewrites some substrings of its
input and records an :class:`OffsetMap` of the rewrites that change length; a
one-for-one character replacement needs no record at all. Mapping a span back walks
the chain in reverse. Everything here is linear in the input.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from array import array
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Protocol, TypeVar

import attrs
import regex

from noticiaparse._model import Segment, trusted_segment
from noticiaparse._text.record import record_repr
from noticiaparse._text.span import Span, trim

__all__ = [
    "OffsetMap",
    "Rewriter",
    "Spine",
    "Stage",
    "build_spine",
    "collapse",
    "normalise_stage",
    "rewrite",
    "splice",
    "windows_1252",
    "windows_1252_controls",
]


@attrs.frozen(repr=False)
class OffsetMap:
    """The length-changing rewrites of one stage, in output order.

    Rewrite ``i`` replaced ``input[in_starts[i]:in_ends[i]]`` by
    ``output[out_starts[i]:out_ends[i]]``; outside rewrites the two texts advance
    together.
    """

    __repr__ = record_repr

    out_starts: Sequence[int]
    out_ends: Sequence[int]
    in_starts: Sequence[int]
    in_ends: Sequence[int]

    def start(self, pos: int) -> int:
        """Input offset of the character at output offset ``pos`` (a span start)."""
        i = bisect_right(self.out_starts, pos) - 1
        if i < 0:
            return pos
        if pos < self.out_ends[i]:
            return self.in_starts[i]
        return self.in_ends[i] + (pos - self.out_ends[i])

    def end(self, pos: int) -> int:
        """Input offset just after output character ``pos - 1`` (a span end, ``pos > 0``)."""
        last = pos - 1
        i = bisect_right(self.out_starts, last) - 1
        if i < 0:
            return pos
        if last < self.out_ends[i]:
            return self.in_ends[i]
        return self.in_ends[i] + (last - self.out_ends[i]) + 1


#: A rewriter returns the replacement for a match, or ``None`` to keep it as it is.
Rewriter = Callable[["regex.Match[str]"], "str | None"]

_M = TypeVar("_M", "regex.Match[str]", "re.Match[str]")
_M_co = TypeVar("_M_co", "regex.Match[str]", "re.Match[str]", covariant=True)


class _Finder(Protocol[_M_co]):
    """A compiled pattern of either engine (``regex`` or the standard library's ``re``)."""

    def finditer(self, string: str) -> Iterator[_M_co]: ...  # pragma: no cover


def rewrite(
    text: str, pattern: _Finder[_M], replace: Callable[[_M], str | None]
) -> tuple[str, OffsetMap | None]:
    """Apply ``replace`` to every match of ``pattern``; return the text and its map.

    The map is ``None`` when no rewrite changed a length (the offsets are unchanged).
    """
    edits: list[tuple[int, int, str]] = []
    for match in pattern.finditer(text):
        new = replace(match)
        if new is None:
            continue
        start, end = match.span()
        if new != text[start:end]:
            edits.append((start, end, new))
    if not edits:
        return text, None
    return splice(text, edits)


def splice(text: str, edits: Iterable[tuple[int, int, str]]) -> tuple[str, OffsetMap | None]:
    r"""Apply ``edits`` — ordered, disjoint ``(start, end, replacement)`` — with their map.

    The map records only the edits that change a length; it is ``None`` when none does.

    Examples:
        >>> new, offset_map = splice("a\r\nb&amp;c", [(1, 3, "\n"), (4, 9, "&")])
        >>> new, offset_map.start(new.index("c"))
        ('a\nb&c', 9)
    """
    pieces: list[str] = []
    out_starts: array[int] = array("q")
    out_ends: array[int] = array("q")
    in_starts: array[int] = array("q")
    in_ends: array[int] = array("q")
    copied = 0  # input offset up to which text is already in pieces
    out_len = 0
    for start, end, new in edits:
        pieces.append(text[copied:start])
        out_len += start - copied
        pieces.append(new)
        if len(new) != end - start:
            out_starts.append(out_len)
            out_ends.append(out_len + len(new))
            in_starts.append(start)
            in_ends.append(end)
        out_len += len(new)
        copied = end
    pieces.append(text[copied:])
    offset_map = OffsetMap(out_starts, out_ends, in_starts, in_ends) if out_starts else None
    return "".join(pieces), offset_map


#: A stage takes a text and returns the rewritten text, its map and the repair kinds it made.
Stage = Callable[[str], "tuple[str, OffsetMap | None, tuple[str, ...]]"]

_LINE_BREAKS = "\u2028\u2029\x0b\x0c\x85\x1c\x1d\x1e"
_SPACES = "\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
_INVISIBLE = (
    "\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
)
_CONTROLS = "\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f"

_SIMPLE = (
    rf"(?P<crlf>\r\n?)"
    rf"|(?P<brk>[{_LINE_BREAKS}])"
    rf"|(?P<space>[{_SPACES}])"
    rf"|(?P<gone>[{_INVISIBLE}]+)"
    rf"|(?P<ctrl>[{_CONTROLS}])"
    rf"|(?P<surr>[\ud800-\udfff])"
)


@functools.cache
def _normalise() -> regex.Pattern[str]:
    """``_SIMPLE`` and a combining mark's cluster: for text not in NFC (rare)."""
    return regex.compile(_SIMPLE + r"|(?P<comb>\P{M}\p{M}+)")


# The first characters of every ``_SIMPLE`` alternative, as one class: a class scans far
# faster than an alternation of groups, and clean text has none of them.
_NORMALISE_FIRST = re.compile(rf"[\r{_LINE_BREAKS}{_SPACES}{_INVISIBLE}{_CONTROLS}\ud800-\udfff]")


def _normalise_one(match: regex.Match[str] | re.Match[str]) -> str | None:
    group = match.lastgroup
    if group in ("crlf", "brk"):
        return "\n"
    if group in ("space", "ctrl"):
        return " "
    if group == "gone":
        return ""
    if group == "surr":
        return "\ufffd"
    return unicodedata.normalize("NFC", match.group())


def normalise_stage(text: str) -> tuple[str, OffsetMap | None, tuple[str, ...]]:
    r"""Line breaks to ``\n``, Unicode spaces to `` ``, invisibles out, accents composed.

    C1 controls become their Windows-1252 characters when the text shows it was
    Windows-1252 read as Latin-1 (see :func:`windows_1252_controls`).
    """
    if unicodedata.is_normalized("NFC", text):
        if _NORMALISE_FIRST.search(text) is None:
            return text, None, ()  # nothing to rewrite (what rewrite would find)
        new, offset_map = _normalise_in_nfc(windows_1252_controls(text))
    else:
        new, offset_map = rewrite(windows_1252_controls(text), _normalise(), _normalise_one)
    return new, offset_map, ()


#: The C1 controls (U+0080-U+009F); NEL (U+0085) is also a line break.
_C1 = re.compile("[\x80-\x9f]")
_NEL = "\x85"


@functools.cache
def windows_1252() -> dict[int, str]:
    """A ``str.translate`` table: each C1 control to the Windows-1252 character it stands for.

    81, 8D, 8F, 90 and 9D have none in Windows-1252 and stay controls.
    """
    table: dict[int, str] = {}
    for byte in range(0x80, 0xA0):
        char = bytes([byte]).decode("cp1252", errors="ignore")
        if char:
            table[byte] = char
    return table


def windows_1252_controls(text: str) -> str:
    r"""``text`` with its C1 controls read as Windows-1252, where the text shows that encoding.

    A page stored in Windows-1252 and decoded as Latin-1 keeps its letters (the two
    share them) but its curly quotes, dashes, ellipsis and euro sign become C1
    controls, which are never text: ```` and ```` for “ and ”, ```` for –.
    The parsers read them as those characters, so that such a page's quotations are
    found; the text an element reports stays the caller's (the control as given).
    NEL (````), Unicode's line break, is read as "…" only when another C1 control
    shows the encoding. The result has the same length as ``text``.

    Examples:
        >>> windows_1252_controls("Dijo: No hay plata y se fue")
        'Dijo: “No hay plata” –y se fue…'
        >>> windows_1252_controls("Primera líneaSegunda") == "Primera líneaSegunda"
        True
    """
    table = windows_1252()
    found = set(_C1.findall(text))
    found.discard(_NEL)
    if not any(ord(char) in table for char in found):
        return text
    return text.translate(table)


def _normalise_in_nfc(text: str) -> tuple[str, OffsetMap | None]:
    r"""``rewrite(text, _simple(), _normalise_one)``, for text in NFC, a character at a time.

    The classes of ``_SIMPLE`` share no character, and all but two replace a character
    by one (a line break, a space, a control, a lone surrogate): each such character
    the text holds is replaced throughout by one ``str.replace`` (a page set with
    non-breaking spaces has thousands, one at a time they were most of the spine's
    work), which moves no offset. Only "\r" ("\r\n" or alone) and runs of invisible
    characters are found one by one, in the original text, and spliced into the
    result at the same offsets.

    Examples:
        >>> new, offset_map = _normalise_in_nfc("a\u00a0b\r\n\u200bc\u2028")
        >>> new, offset_map.start(new.index("c"))
        ('a b\nc\n', 6)
    """
    new = text
    length_changing = False
    for char in sorted(set(_NORMALISE_FIRST.findall(text))):
        one = _one_for_one(char)
        if one is None:
            length_changing = True  # "\r", an invisible character
        else:
            new = new.replace(char, one)
    if not length_changing:
        return new, None
    edits = [
        (m.start(), m.end(), "" if m.group()[0] != "\r" else "\n")
        for m in _length_changing().finditer(text)
    ]
    return splice(new, edits)


@functools.cache
def _one_for_one(char: str) -> str | None:
    """What ``_SIMPLE`` makes of ``char`` when that is one character, else ``None``."""
    match = _simple().match(char)
    if match is None or match.lastgroup in ("crlf", "gone"):
        return None
    return _normalise_one(match)


@functools.cache
def _simple() -> re.Pattern[str]:
    """``_SIMPLE`` in the standard engine (for text in NFC: no cluster to compose)."""
    return re.compile(_SIMPLE)


@functools.cache
def _length_changing() -> re.Pattern[str]:
    r"""The two alternatives of ``_SIMPLE`` that change a length: "\r\n?" and invisibles."""
    return re.compile(rf"\r\n?|[{_INVISIBLE}]+")


@attrs.frozen(repr=False)
class Spine:
    """Normalised text with the way back to the caller's original string.

    Three texts ride along: ``original``, the caller's string; ``repaired``, the
    original with scraping damage undone (the same object when there was none);
    and ``text``, the repaired text normalised for the parsers (one kind of line
    break, one kind of space, no invisibles, composed accents). Offsets into
    ``text`` map back to both others.
    """

    __repr__ = record_repr

    original: str = attrs.field(repr=False)
    text: str = attrs.field(repr=False)
    repaired: str = attrs.field(repr=False)
    repair_maps: tuple[OffsetMap, ...] = attrs.field(repr=False, default=())
    normalise_maps: tuple[OffsetMap, ...] = attrs.field(repr=False, default=())
    repairs: tuple[str, ...] = ()

    def _check(self, start: int, end: int) -> None:
        if not 0 <= start <= end <= len(self.text):
            msg = f"span {start}..{end} outside 0..{len(self.text)}"
            raise IndexError(msg)

    def span(self, start: int, end: int) -> Span:
        """Original offsets of the normalised span ``text[start:end]``."""
        self._check(start, end)
        return _back(self.repair_maps, *_back(self.normalise_maps, start, end))

    def raw(self, start: int, end: int) -> str:
        """The exact original text behind the normalised span."""
        o_start, o_end = self.span(start, end)
        return self.original[o_start:o_end]

    def display(self, start: int, end: int) -> str:
        """The repaired source of the normalised span, accents composed, spaces collapsed.

        This is the contract's ``text`` form: it keeps what the page had between
        the words (a zero-width space, a soft hyphen) and only collapses white space.
        """
        self._check(start, end)
        if self.normalise_maps:
            start, end = _back(self.normalise_maps, start, end)
        return collapse(unicodedata.normalize("NFC", self.repaired[start:end]))

    def shown(self, start: int, end: int) -> tuple[str, int, int]:
        """:meth:`display` and :meth:`span` of the normalised span, in one walk back.

        Examples:
            >>> spine = build_spine("Dijo\u00a0«No\u200b  vamos»")
            >>> spine.shown(6, 15), spine.display(6, 15), spine.span(6, 15)
            (('No\u200b vamos', 6, 16), 'No\u200b vamos', Span(start=6, end=16))
        """
        self._check(start, end)
        if self.normalise_maps:
            start, end = _back(self.normalise_maps, start, end)
        shown = collapse(unicodedata.normalize("NFC", self.repaired[start:end]))
        if self.repair_maps:
            start, end = _back(self.repair_maps, start, end)
        return shown, start, end

    def trim(self, start: int, end: int) -> Span:
        """The span without white space at either end."""
        return trim(self.text, start, end)

    def segment(self, start: int, end: int) -> Segment:
        """A :class:`Segment` for the normalised span, trimmed, with original offsets.

        This is :meth:`trim`, then :meth:`span` and :meth:`display` of the trimmed span,
        with the walk back through the normalisation done once for both (a segment is
        made for every paragraph, speaker and line of furniture).
        """
        return self.segments(((start, end),))[0]

    def segments(self, spans: Iterable[tuple[int, int]]) -> list[Segment]:
        r"""The :meth:`segment` of each span, in one loop (a page's every line).

        Examples:
            >>> spine = build_spine("Dijo\r\n  el\u00a0ministro ")
            >>> [(s.text, s.start, s.end) for s in spine.segments([(0, 4), (5, 19)])]
            [('Dijo', 0, 4), ('el ministro', 8, 19)]
        """
        text, repaired = self.text, self.repaired
        size = len(text)
        normalise_maps, repair_maps = self.normalise_maps, self.repair_maps
        normalize = unicodedata.normalize
        out: list[Segment] = []
        append = out.append
        for lo, hi in spans:
            if not 0 <= lo <= hi <= size:
                self._check(lo, hi)  # raises
            start, end = lo, hi
            # trimmed as span.trim does, inline (a call a line cost 1% on real pages):
            # this runs for every line of the page
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if normalise_maps:
                start, end = _back(normalise_maps, start, end)
            shown = collapse(normalize("NFC", repaired[start:end]))
            if repair_maps:
                start, end = _back(repair_maps, start, end)
            # the offsets are the spine's own, 0 <= start <= end: not checked again
            append(trusted_segment(shown, start, end))
        return out


def _back(maps: tuple[OffsetMap, ...], start: int, end: int) -> Span:
    """Walk a span back through ``maps`` (applied in order), last map first.

    ``tuple.__new__``, not ``Span()``: this runs for every element of every article.
    """
    if not maps:
        return tuple.__new__(Span, (start, end))
    if start == end:
        for offset_map in reversed(maps):
            start = offset_map.start(start)
        return tuple.__new__(Span, (start, start))
    for offset_map in reversed(maps):
        start, end = offset_map.start(start), offset_map.end(end)
    return tuple.__new__(Span, (start, end))


def collapse(text: str) -> str:
    """Runs of white space to one space, ends trimmed (the contract's ``text`` form).

    A printable text has no white space but the space (every other kind is a separator
    or a control character): with no space doubled or at an end it is collapsed already.
    """
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())


def build_spine(text: str, repair_stages: Iterable[Stage] = ()) -> Spine:
    r"""Run ``text`` through ``repair_stages``, then :func:`normalise_stage`; keep every map.

    Examples:
        >>> spine = build_spine("Dijo\r\nel\u00a0ministro\u200b.")
        >>> spine.text
        'Dijo\nel ministro.'
        >>> start = spine.text.index("ministro")
        >>> spine.span(start, start + len("ministro."))
        Span(start=9, end=19)
    """
    repair_maps: list[OffsetMap] = []
    repairs: list[str] = []
    repaired = text
    for stage in repair_stages:
        repaired, offset_map, kinds = stage(repaired)
        if offset_map is not None:
            repair_maps.append(offset_map)
        repairs.extend(k for k in kinds if k not in repairs)
    normalised, normalise_map, _ = normalise_stage(repaired)
    return Spine(
        original=text,
        text=normalised,
        repaired=repaired,
        repair_maps=tuple(repair_maps),
        normalise_maps=() if normalise_map is None else (normalise_map,),
        repairs=tuple(repairs),
    )
