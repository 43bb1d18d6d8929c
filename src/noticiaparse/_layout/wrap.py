"""Paragraphs a renderer hard-wrapped at a fixed width, found from the page's line lengths.

Some renderers (``html2text`` with its default width, a terminal's copy) break every
paragraph into lines of at most *W* characters. Such a page shows it: many lines of
prose end just short of *W* and the next line's first word would not have fitted
(``len(line) + 1 + len(next word) > W``), while almost no line of prose is longer than
*W*. On such a page a line broken so continues the line above; on any other page the
test never runs. Reading the width costs one pass over the lines.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["wrap_width", "wrapped"]

#: The widths a wrapping renderer uses.
_NARROWEST = 40
_WIDEST = 120
#: A wrapped line ends at most this many characters short of the width.
_SLACK = 25
#: A line of prose has at least this many spaces and is not a link.
_PROSE_SPACES = 5
#: Lines broken at the width needed to call a page wrapped, and how many times more of
#: them than lines of prose longer than the width.
_MIN_BREAKS = 8
_BREAKS_PER_LONG_LINE = 3


def _prose(text: str) -> bool:
    return text.count(" ") >= _PROSE_SPACES and "](" not in text and "://" not in text


def wrap_width(texts: Sequence[str], gaps: Sequence[int]) -> int | None:
    """The width the page's paragraphs are hard-wrapped at, or ``None``.

    ``texts`` are the page's non-blank lines and ``gaps`` the blank lines before each.

    Examples:
        >>> words = ("la ciudad amplía el horario de sus bibliotecas " * 30).split()
        >>> lines, line = [], ""
        >>> for word in words:
        ...     if line and len(line) + 1 + len(word) > 60:
        ...         lines.append(line)
        ...         line = word
        ...     else:
        ...         line = f"{line} {word}".strip()
        >>> 55 <= wrap_width(lines, [0] * len(lines)) <= 60  # the longest line, at least
        True
        >>> wrap_width(["Una línea corta."] * 20, [1] * 20) is None
        True
    """
    if gaps[1:].count(0) < _MIN_BREAKS:
        return None  # each break needs a line right under it: too few to call any width
    size = _WIDEST - _NARROWEST + 1
    breaks = [0] * (size + 1)  # a difference array over the widths
    longer = [0] * (size + 1)  # prose lines longer than a width, by their length
    for i, text in enumerate(texts):
        if not _prose(text):
            continue
        length = len(text)
        if length > _NARROWEST:
            longer[min(length - 1, _WIDEST) - _NARROWEST] += 1
        if i + 1 < len(texts) and gaps[i + 1] == 0 and texts[i + 1]:
            word = len(texts[i + 1].split(None, 1)[0])
            low = max(length, _NARROWEST)
            high = min(length + word + 1, length + _SLACK + 1, _WIDEST + 1)  # (exclusive)
            if low < high:
                breaks[low - _NARROWEST] += 1
                breaks[high - _NARROWEST] -= 1
    best: tuple[int, int] | None = None
    running = 0
    over = sum(longer)
    for offset in range(size):
        running += breaks[offset]
        over -= longer[offset - 1] if offset else 0
        fits = running
        if (
            fits >= _MIN_BREAKS
            and fits >= _BREAKS_PER_LONG_LINE * over
            and (best is None or fits - 2 * over > best[0])
        ):
            best = (fits - 2 * over, _NARROWEST + offset)
    return None if best is None else best[1]


def wrapped(above: str, below: str, width: int) -> bool:
    """Whether ``below`` continues ``above`` on a page wrapped at ``width``.

    Examples:
        >>> wrapped("El concejo aprobó ayer el presupuesto de las obras del", "barrio norte.", 60)
        True
        >>> wrapped("Fin.", "Otra línea", 60)
        False
    """
    first = below.split(None, 1)[0] if below.strip() else ""
    return (
        bool(first)
        and width - _SLACK <= len(above) <= width < len(above) + 1 + len(first)
        and _prose(above)
    )
