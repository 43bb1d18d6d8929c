"""What the quote tests read and compare.

``kinds``, ``speakers`` and ``kinds_and_speakers``: what ``parse_quotes`` gives for each
quotation of a sentence, for the golden tests of kinds and speakers. The speaker
matrices (``test_checklist_speakers``, ``test_discourse_speakers``): a cell is a passage
and what each of its quotations expects; a speaker is compared as the scorer compares it.
"""

from __future__ import annotations

import functools
import unicodedata
from typing import NamedTuple

from noticiaparse import parse, parse_quotes

__all__ = [
    "Cell",
    "kind_ok",
    "kinds",
    "kinds_and_speakers",
    "norm",
    "run",
    "same_speaker",
    "speaker_ok",
    "speakers",
]


def kinds(text: str) -> list[str]:
    """The kind of each quotation of ``text``, in order."""
    return [q.kind.value for q in parse_quotes(text)]


def speakers(text: str) -> list[str | None]:
    """The speaker's words of each quotation of ``text`` (``None``: nobody), in order."""
    return [q.speaker.text if q.speaker is not None else None for q in parse_quotes(text)]


def kinds_and_speakers(text: str) -> list[tuple[str, str | None]]:
    """The kind and the speaker's words of each quotation of ``text``, in order."""
    return [
        (q.kind.value, q.speaker.text if q.speaker is not None else None)
        for q in parse_quotes(text)
    ]


class Cell(NamedTuple):
    """One passage of a matrix and what each of its quotations expects."""

    row: str
    key: str
    text: str
    speakers: tuple[str | None, ...]
    kinds: tuple[str | None, ...]
    whole: bool = False  # parse the page (headline, deck, body) rather than parse_quotes


def norm(text: str | None) -> str:
    """The scorer's comparison form: no accents, case-folded, spaces collapsed."""
    if text is None:
        return ""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.split()).strip("«»“”\"'‘’ .,;:").casefold()


def same_speaker(expected: str | None, found: str | None) -> bool:
    """The scorer's rule: either name holds the other; ``None`` only matches ``None``."""
    if expected is None or found is None:
        return expected is found
    a, b = norm(expected), norm(found)
    return len(b) >= 3 and (a in b or b in a)


@functools.cache
def run(cell: Cell) -> tuple[list[str | None], list[str]]:
    """The parser's speakers and kinds for one cell."""
    quotes = parse(cell.text).quotes if cell.whole else parse_quotes(cell.text)
    return (
        [None if q.speaker is None else q.speaker.text for q in quotes],
        [q.kind.value for q in quotes],
    )


def speaker_ok(cell: Cell) -> bool:
    """Whether every quotation of the cell has its expected speaker."""
    found, _ = run(cell)
    return len(found) == len(cell.speakers) and all(
        same_speaker(e, f) for e, f in zip(cell.speakers, found, strict=False)
    )


def kind_ok(cell: Cell) -> bool:
    """Whether every quotation of the cell has its expected kind (``None``: any)."""
    _, kinds = run(cell)
    return len(kinds) == len(cell.kinds) and all(
        e is None or e == k for e, k in zip(cell.kinds, kinds, strict=False)
    )
