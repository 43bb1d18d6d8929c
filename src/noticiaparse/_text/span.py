"""One type for a stretch of text: ``Span(start, end)``, offsets into one string.

A span is a named pair, so it unpacks (``lo, hi = span``), sorts and compares like the
plain ``(start, end)`` tuple it replaces; it adds what a reader of offsets needs often:
its size, its slice, whether it covers a position or holds another span. (``len()`` of
a span is 2, as of any pair: its size is :attr:`Span.size`.)
"""

from __future__ import annotations

import operator
from array import array
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice, repeat
from typing import NamedTuple, overload

__all__ = ["Span", "Spans", "pairs", "trim"]


class Span(NamedTuple):
    """The characters ``start`` (inclusive) to ``end`` (exclusive) of one text.

    Examples:
        >>> span = Span(5, 10)
        >>> span.size, span.of("Dijo ahora que no"), span.covers(6), span.holds(Span(6, 10))
        (5, 'ahora', True, True)
        >>> lo, hi = span
        >>> (lo, hi) == span
        True
    """

    start: int
    end: int

    @property
    def size(self) -> int:
        """How many characters the span covers (never negative)."""
        return max(0, self.end - self.start)

    def of(self, text: str) -> str:
        """The span's characters in ``text``."""
        return text[self.start : self.end]

    def holds(self, other: Span) -> bool:
        """Whether ``other`` lies wholly inside this span."""
        return self.start <= other.start and other.end <= self.end

    def covers(self, pos: int) -> bool:
        """Whether the position ``pos`` is one of the span's characters."""
        return self.start <= pos < self.end


class Spans(Sequence[Span]):
    """Many spans kept as two columns of offsets (machine integers), read as spans.

    What a tuple of spans gives (``len``, indexing, slices, iteration in order,
    equality with any sequence of pairs), for a sixth of the memory: a page of short
    lines has a span for every line, and a span object with its two offsets costs
    about 120 bytes where two array items cost 16. A span is made when one is read.

    Examples:
        >>> spans = Spans.of([(0, 4), Span(6, 10)])
        >>> len(spans), spans[1], spans[-1].end, list(spans[:1])
        (2, Span(start=6, end=10), 10, [Span(start=0, end=4)])
        >>> spans == ((0, 4), (6, 10)), [lo for lo, _ in spans]
        (True, [0, 6])
    """

    __slots__ = ("ends", "starts")

    def __init__(self, starts: array[int], ends: array[int]) -> None:
        if len(starts) != len(ends):
            msg = "as many starts as ends"
            raise ValueError(msg)
        self.starts = starts
        self.ends = ends

    @classmethod
    def of(cls, spans: Iterable[tuple[int, int]]) -> Spans:
        """The spans of ``spans`` (any pairs of offsets), as columns."""
        if isinstance(spans, Spans):
            return spans
        starts, ends = array("q"), array("q")
        for start, end in spans:
            starts.append(start)
            ends.append(end)
        return cls(starts, ends)

    @classmethod
    def in_order(cls, spans: Iterable[tuple[int, int]]) -> Spans:
        """``spans`` sorted (by start, then end), as columns: themselves when they are.

        Examples:
            >>> Spans.in_order([(6, 10), (0, 4)]).starts.tolist()
            [0, 6]
        """
        if isinstance(spans, Spans):
            if not any(map(operator.gt, spans, islice(spans, 1, None))):
                return spans
        else:
            spans = list(spans)
        return cls.of(sorted(spans))

    def __len__(self) -> int:
        return len(self.starts)

    @overload
    def __getitem__(self, k: int) -> Span: ...

    @overload
    def __getitem__(self, k: slice) -> Spans: ...

    def __getitem__(self, k: int | slice) -> Span | Spans:
        if isinstance(k, slice):
            return Spans(self.starts[k], self.ends[k])
        return tuple.__new__(Span, (self.starts[k], self.ends[k]))

    def __iter__(self) -> Iterator[Span]:
        # a span made for each pair in C, none kept: a page's every line is read so
        return map(tuple.__new__, repeat(Span), zip(self.starts, self.ends, strict=True))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Spans):
            return self.starts == other.starts and self.ends == other.ends
        if isinstance(other, Sequence) and not isinstance(other, str):
            return len(other) == len(self) and all(map(operator.eq, self, other))
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"Spans({list(self)!r})"


def pairs(spans: Iterable[tuple[int, int]]) -> Iterable[tuple[int, int]]:
    """``spans`` read as pairs of offsets: columns (:class:`Spans`) without a span each.

    For a reader that only unpacks each span (``for lo, hi in pairs(regions)``).

    Examples:
        >>> list(pairs(Spans.of([(0, 4)]))), list(pairs([Span(1, 2)]))
        ([(0, 4)], [Span(start=1, end=2)])
    """
    if isinstance(spans, Spans):
        return zip(spans.starts, spans.ends, strict=True)
    return spans


def trim(text: str, start: int, end: int) -> Span:
    r"""``text[start:end]`` without the white space at either end (empty where it is all space).

    Examples:
        >>> trim("  el plan \n", 0, 11)
        Span(start=2, end=9)
        >>> trim("   ", 0, 3).size
        0
    """
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return tuple.__new__(Span, (start, end))  # not Span(): this runs for every segment
