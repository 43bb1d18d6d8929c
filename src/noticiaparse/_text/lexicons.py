"""Read the data files in ``noticiaparse/lexicons/`` once, lazily.

Lexicons are plain UTF-8 text: one entry a line, ``#`` starts a comment, fields of
a line separated by a tab (:func:`rows`) . They are read the first time a parser
needs them and kept, immutable, for the life of the process.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from pathlib import Path

__all__ = ["LEXICONS", "by_first", "folded_lines", "lines", "row_groups", "rows", "word_classes"]  # noqa: F822 - see __getattr__

# The lexicons ship as plain files beside this module (the wheel is always unpacked);
# reading them directly spares `import noticiaparse` the cost of importlib.resources,
# and reading them with `open` the cost of pathlib (with urllib and ipaddress).
_PACKAGE = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))  # noqa: PTH120
_DIRECTORY = os.path.join(_PACKAGE, "lexicons")  # noqa: PTH118


def __getattr__(name: str) -> Path:
    """``LEXICONS``, the folder of the lexicon files, as a ``Path`` (for the generators)."""
    if name == "LEXICONS":
        from pathlib import Path  # noqa: PLC0415 - only the generators list the folder

        return Path(_DIRECTORY)
    msg = f"module {__name__!r} has no attribute {name!r}"
    raise AttributeError(msg)


_T = TypeVar("_T")


def by_first(pairs: Iterable[tuple[str, _T]]) -> dict[str, tuple[_T, ...]]:
    """Each entry under its key (a multi-word entry's first word), in the order given.

    How the readers of multi-word lexicons gate them: a token is tried only against the
    entries that open on its word (``by_first((words[0], words) for words in entries)``).

    Examples:
        >>> by_first([("a", ("a", "b")), ("c", ("c",)), ("a", ("a",))])
        {'a': (('a', 'b'), ('a',)), 'c': (('c',),)}
    """
    out: dict[str, list[_T]] = {}
    for key, entry in pairs:
        out.setdefault(key, []).append(entry)
    return {key: tuple(entries) for key, entries in out.items()}


@functools.cache
def _read(name: str) -> str:
    # (bytes, decoded: no text layer a file; its newline translation is left to
    # ``str.splitlines``, which breaks a line at "\r\n", "\r" and "\n" alike)
    with open(os.path.join(_DIRECTORY, name), "rb") as fh:  # noqa: PTH118
        return fh.read().decode("utf-8")


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
def folded_lines(name: str) -> frozenset[str]:
    """The entries of lexicon ``name``, folded (lower case, no accents), as a set."""
    from noticiaparse._text.fold import fold  # noqa: PLC0415 - (regex) not at import time

    return frozenset(map(fold, lines(name)))


@functools.cache
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The lines of lexicon ``name`` split on tabs, each field stripped."""
    strip = str.strip
    return tuple(tuple(map(strip, line.split("\t"))) for line in lines(name))


@functools.cache
def row_groups(name: str) -> Mapping[str, tuple[str, ...]]:
    """Lexicon ``name`` of ``key<TAB>value`` rows as each key's values, in their order.

    A key may stand on several rows, one value each.

    Examples:
        >>> row_groups("role_synonyms.tsv")["edil"]
        ('mayor-m', 'mayor-f')
    """
    grouped: dict[str, list[str]] = {}
    for key, value in rows(name):
        grouped.setdefault(key, []).append(value)
    return {key: tuple(values) for key, values in grouped.items()}


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
