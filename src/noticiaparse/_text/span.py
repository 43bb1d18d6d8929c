"""One type for a stretch of text: ``Span(start, end)``, offsets into one string.

A span is a named pair, so it unpacks (``lo, hi = span``), sorts and compares like the
plain ``(start, end)`` tuple it replaces; it adds what a reader of offsets needs often:
its size, its slice, whether it covers a position or holds another span. (``len()`` of
a span is 2, as of any pair: its size is :attr:`Span.size`.)
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["Span", "trim"]


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
