r"""A pattern tried only where its first words stand, instead of at every position.

A case-blind scan tries its pattern at every character of the text; a reader whose
cues open on a few known words finds those words first by string search (fast, in C)
and tries the pattern only there, with the same matches in the same order as
``finditer`` gives. :func:`has_digit` answers ``regex``'s ``\d`` search the same way,
without a scan on most lines.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, Protocol, TypeVar

import regex

__all__ = [
    "NON_WORD",
    "alternation",
    "found",
    "has_digit",
    "matches_at",
    "word_starts",
    "word_trie",
]

#: ``\W`` of the standard engine as a class that lists the ASCII characters no word
#: holds first: the same characters (the listed ones are ``\W`` too), but a scan for it
#: tests a space or a stop against the class's table before it asks the Unicode data
#: (four lookups for a character no word holds, one for a letter). A pattern opening
#: on it is scanned about a tenth faster on Spanish text.
NON_WORD = r"[\x00-\x2f\x3a-\x40\x5b-\x5e\x60\x7b-\x7f\W]"


def word_trie(forms: Mapping[str, str]) -> str:
    r"""One alternation of ``forms`` (each form -> the pattern that must follow it), as a trie.

    Forms that share a prefix share its branch, so every branch the engine tries opens
    on one character, which it checks without entering the branch (this keeps an
    anchor search fast on long texts); a form that ends where longer ones go on is
    tried after them. A run of branches whose forms share one tail carries it once,
    after them: ``(?:a|b)T`` tries ``aT`` then ``bT``, as ``aT|bT`` does, in a shorter
    pattern. The money and date readers build their word alternations with it.

    Examples:
        >>> word_trie({"mes": "", "mesa": "", "mar": "(?=o)"})
        'm(?:ar(?=o)|es(?:a|))'
        >>> word_trie({"sol": r"\b", "soles": r"\b"})
        'sol(?:es|)\\b'
    """
    root: dict[str, Any] = {}
    for form, tail in forms.items():
        node = root
        for char in form:
            node = node.setdefault(char, {})
        node[""] = tail
    shared, pattern = _emit(root, {})
    return pattern + (shared or "")


def _emit(node: dict[str, Any], escaped: dict[str, str]) -> tuple[str | None, str]:
    """The tail all forms under ``node`` share, and the alternation of those forms.

    The alternation leaves out a shared tail; when the tails differ (``None``), each
    form carries its own.

    Branches in a row whose forms share one tail carry it once, after them:
    ``(?:a|b)T`` tries ``aT`` then ``bT``, as ``aT|bT`` does, in a much shorter pattern.
    """
    built = []
    for first, branch in sorted(node.items()):
        if first:
            head = escaped.get(first) or escaped.setdefault(first, re.escape(first))
            # a node with one child and no form ending there emits its character before
            # its child's alternation, with the child's tail: a run of them is read here
            # in one loop (most of a trie of words), not one call a character
            child = branch
            while len(child) == 1 and "" not in child:
                ((char, child),) = child.items()
                head += escaped.get(char) or escaped.setdefault(char, re.escape(char))
            if len(child) == 1:  # a form ends here, none goes on: its tail, an empty body
                built.append((child[""], head))
                continue
            tail, body = _emit(child, escaped)
            built.append((tail, head + body))
    if "" in node:
        built.append((node[""], ""))
    tails = {tail for tail, _ in built}
    if len(tails) == 1 and None not in tails:
        return built[0][0], alternation([body for _, body in built])
    groups: list[tuple[str | None, list[str]]] = []
    for tail, body in built:
        _add_branch(groups, tail, body)
    return None, alternation([alternation(bodies) + (tail or "") for tail, bodies in groups])


def _add_branch(groups: list[tuple[str | None, list[str]]], tail: str | None, body: str) -> None:
    """Append ``body`` to the last group when it has the same (known) tail, else open one."""
    if tail and groups and groups[-1][0] == tail:
        groups[-1][1].append(body)
    else:
        groups.append((tail, [body]))


def alternation(branches: Sequence[str]) -> str:
    """``branches`` as one alternation, grouped unless there is just one."""
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


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


def found(pattern: regex.Pattern[str], ascii_twin: re.Pattern[str], text: str) -> bool:
    r"""Whether ``pattern`` finds a match in ``text``, by ``ascii_twin`` in an ASCII text.

    ``ascii_twin`` is a standard-engine pattern with the same matches as ``pattern`` on
    any ASCII text (``[0-9]`` for ``\d``): its search costs about half of ``regex``'s.

    Examples:
        >>> import re, regex
        >>> found(regex.compile(r"\d{4}"), re.compile(r"[0-9]{4}"), "mayo de 2021")
        True
        >>> found(regex.compile(r"\d{4}"), re.compile(r"[0-9]{4}"), "٢٠٢١ y 12")
        True
    """
    return (ascii_twin.search(text) if text.isascii() else pattern.search(text)) is not None


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
