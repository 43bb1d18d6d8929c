r"""A pattern tried only where its first words stand, instead of at every position.

A case-blind scan tries its pattern at every character of the text; a reader whose
cues open on a few known words finds those words first by string search (fast, in C)
and tries the pattern only there, with the same matches in the same order as
``finditer`` gives. :func:`has_digit` answers ``regex``'s ``\d`` search the same way,
without a scan on most lines.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, Protocol, TypeVar

import regex

__all__ = ["NON_WORD", "has_digit", "matches_at", "word_starts", "word_trie"]

#: ``\W`` of the standard engine as a class that lists the ASCII characters no word
#: holds first: the same characters (the listed ones are ``\W`` too), but a scan for it
#: tests a space or a stop against the class's table before it asks the Unicode data
#: (four lookups for a character no word holds, one for a letter). A pattern opening
#: on it is scanned about a tenth faster on Spanish text.
NON_WORD = r"[\x00-\x2f\x3a-\x40\x5b-\x5e\x60\x7b-\x7f\W]"


def word_trie(forms: Mapping[str, str]) -> str:
    r"""One alternation of ``forms`` (each form -> the pattern that must follow it), as a trie.

    Forms that share a prefix share its branch, so every branch the engine tries opens
    on one character, which it checks without entering the branch; a form that ends
    where longer ones go on is tried after them.

    Examples:
        >>> word_trie({"mes": "", "mesa": "", "mar": "(?=o)"})
        'm(?:ar(?=o)|es(?:a|))'
    """
    root: dict[str, Any] = {}
    for form, tail in forms.items():
        node = root
        for char in form:
            node = node.setdefault(char, {})
        node[""] = tail
    return _branches(root)


def _branches(node: dict[str, Any]) -> str:
    """The alternation of a trie node's forms (its tail last, where a form ends here)."""
    built = [re.escape(char) + _branches(child) for char, child in sorted(node.items()) if char]
    if "" in node:
        built.append(node[""])
    return built[0] if len(built) == 1 else "(?:" + "|".join(built) + ")"


_DIGIT = regex.compile(r"\d")
_ASCII_DIGIT = re.compile(r"[0-9]")


class _Ending(Protocol):
    """A match of either engine: where it ends."""

    def end(self) -> int: ...


_Match_co = TypeVar("_Match_co", bound=_Ending, covariant=True)


class _Anchored(Protocol[_Match_co]):
    """A compiled pattern of either engine: its ``match`` at a position."""

    def match(self, string: str, pos: int = ..., endpos: int = ...) -> _Match_co | None: ...


def has_digit(text: str) -> bool:
    r"""Whether ``regex``'s ``\d`` finds a digit in ``text``: ``_DIGIT.search(text)``, cheaper.

    Scanning a line for ``\d`` with ``regex`` reads every character's Unicode
    properties. In an ASCII line the only decimal digits are 0-9, which the standard
    engine finds with a plain set of characters (``tests/test_hostile_costs.py`` checks
    every ASCII character); any other line is scanned with ``regex``.

    Examples:
        >>> has_digit("3 de mayo"), has_digit("Mayo"), has_digit("٣ تعليقات")
        (True, False, True)
        >>> has_digit("Publicación del «día» — sin fecha"), has_digit("")
        (False, False)
    """
    return (_ASCII_DIGIT.search(text) if text.isascii() else _DIGIT.search(text)) is not None


def word_starts(low: str, words: Iterable[str]) -> set[int]:
    """Every offset of ``low`` where one of ``words`` starts.

    Examples:
        >>> sorted(word_starts("según el diario, según la radio", ["según", "la"]))
        [0, 17, 23]
    """
    starts: set[int] = set()
    for word in words:
        at = low.find(word)
        while at >= 0:
            starts.add(at)
            at = low.find(word, at + 1)
    return starts


def matches_at(
    pattern: _Anchored[_Match_co],
    text: str,
    starts: Iterable[int],
    keep: Callable[[int], bool],
    reach: Callable[[str, int], int] | None = None,
) -> Iterator[_Match_co]:
    r"""``pattern`` (``re`` or ``regex``) matched at each of ``starts`` that ``keep`` accepts.

    A start inside the match before is stepped over, as ``finditer`` steps over it.
    ``reach``, when given, says where a match from a start may end at the most
    (``reach(text, start)``, the pattern's ``endpos``).

    Examples:
        >>> pattern = regex.compile(r"según \w+")
        >>> text = "Ayer, según Ana y según Luis."
        >>> [m.group() for m in matches_at(pattern, text, {6, 18, 12}, lambda at: True)]
        ['según Ana', 'según Luis']
    """
    end = -1
    for at in sorted(starts):
        if at < end or not keep(at):
            continue
        match = (
            pattern.match(text, at) if reach is None else pattern.match(text, at, reach(text, at))
        )
        if match is not None:
            end = match.end()
            yield match
