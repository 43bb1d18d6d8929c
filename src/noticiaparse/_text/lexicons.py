"""Read the data files in ``noticiaparse/lexicons/`` once, lazily.

Lexicons are plain UTF-8 text: one entry a line, ``#`` starts a comment, fields of
a line separated by a tab (:func:`rows`) . They are read the first time a parser
needs them and kept, immutable, for the life of the process.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from pathlib import Path

__all__ = ["LEXICONS", "lines", "rows", "word_classes"]

# The lexicons ship as plain files beside this module (the wheel is always unpacked);
# reading them directly spares `import noticiaparse` the cost of importlib.resources.
LEXICONS = Path(__file__).resolve().parent.parent / "lexicons"
_DIRECTORY = LEXICONS


@functools.cache
def _read(name: str) -> str:
    return (_DIRECTORY / name).read_text(encoding="utf-8")


@functools.cache
def lines(name: str) -> tuple[str, ...]:
    """The non-empty, non-comment lines of lexicon ``name``, stripped.

    Examples:
        >>> "CL" in lines("countries.txt")
        True
    """
    stripped = map(str.strip, _read(name).splitlines())
    return tuple(entry for entry in stripped if entry and entry[0] != "#")


@functools.cache
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The lines of lexicon ``name`` split on tabs, each field stripped."""
    strip = str.strip
    return tuple(tuple(map(strip, line.split("\t"))) for line in lines(name))


@functools.cache
def word_classes(name: str) -> Mapping[str, frozenset[str]]:
    """Lexicon ``name`` of ``word<TAB>class`` rows as each class's words.

    A word may stand in several classes, one row each.

    Examples:
        >>> sorted(word_classes("function_words.tsv")["coordinator"])
        ['e', 'y']
    """
    grouped: dict[str, set[str]] = {}
    for row in rows(name):
        if row[1:]:
            grouped.setdefault(row[1], set()).add(row[0])
    return {kind: frozenset(words) for kind, words in grouped.items()}
