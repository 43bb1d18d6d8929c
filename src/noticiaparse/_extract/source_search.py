"""Where a cue can stand: the cheap searches the source readers run before any pattern.

A reader's cue pattern runs only where one of its words stands: :func:`cue_matches`
finds the openings of the cue's first words by string search in the lower-cased text
(:func:`lowered`, computed once a parse), the words grouped by their shared first
letters (:func:`shortest`), and matches the pattern there alone. :func:`word_before`
finds a word ahead of an offset; :func:`anywhere` admits every offset.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence

import regex

from noticiaparse._extract.source_documents import conformity_offsets, cue_reach
from noticiaparse._text.case import lower_text
from noticiaparse._text.gates import matches_at, word_starts

__all__ = [
    "QUE_AFTER",
    "QUE_SOON",
    "STEM",
    "anywhere",
    "cue_matches",
    "lowered",
    "shortest",
    "word_before",
]


def anywhere(_at: int) -> bool:
    """Every start found is tried (:func:`matches_at`'s filter, none here)."""
    return True


def word_before(low: str, at: int, word: str) -> int:
    """Where ``word`` starts when it stands right before the spaces or tabs before ``at``.

    -1 when no space or tab stands right before ``at`` or ``word`` does not end there
    ("se  desprende": "se" before the spaces before "desprende").

    Examples:
        >>> word_before("como se  desprende", 9, "se")
        5
        >>> word_before("como sedesprende", 7, "se")
        -1
    """
    k = at
    while k > 0 and low[k - 1] in " \t":
        k -= 1
    return k - len(word) if k < at and low.endswith(word, 0, k) else -1


def _shared_letters(one: str, other: str) -> int:
    """How many first letters ``one`` and ``other`` share."""
    for k, (a, b) in enumerate(zip(one, other, strict=False)):
        if a != b:
            return k
    return min(len(one), len(other))


#: Words sharing at least this many first letters are searched for by them together.
STEM = 5


@functools.cache
def shortest(words: tuple[str, ...]) -> tuple[str, ...]:
    """What the page is searched for to find every one of ``words``: fewer searches.

    The words no other of them opens ("informe" finds "informes" too), and for words
    sharing five first letters or more, those letters ("estableció", "establecieron":
    "estableci"). Each word starts where one of these does; the callers match their
    pattern at each start, and a start no word follows ("establecimiento") matches none.

    Examples:
        >>> shortest(("estableció", "establecieron", "informe", "informes", "carta"))
        ('carta', 'estableci', 'informe')
    """
    stems: list[str] = []
    for word in sorted(set(words)):  # a run of words sharing letters, in order
        shared = _shared_letters(stems[-1], word) if stems else 0
        if shared >= STEM:
            stems[-1] = word[:shared]
        else:
            stems.append(word)
    return tuple(w for w in stems if not any(o != w and w.startswith(o) for o in stems))


def lowered(text: str, low: str | None = None) -> str | None:
    """``text`` lower-cased, for :func:`cue_matches`; None when its lower case is longer.

    Computed once a parse and shared by every cue kind. A letter such as "İ" lower-cases
    to two characters, and the offsets of the lower case would no longer be the text's.

    Examples:
        >>> lowered("Según El País"), lowered("İzmir")
        ('según el país', None)

    ``low`` is ``lower_text(text)`` when the caller has computed it already.
    """
    if low is None:
        low = lower_text(text)  # a block at a time: a whole text's lower() peaks at 12x it
    return low if len(low) == len(text) else None


def cue_matches(
    text: str,
    low: str | None,
    pattern: regex.Pattern[str],
    firsts: Sequence[str],
    *,
    conformity: bool = False,
) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(text)``, tried only where one of its first words ``firsts`` is.

    The first words are looked up in ``low``, the lower-cased text (:func:`lowered`;
    as fast as a string is searched: one compiled alternation of them scans several
    times slower), and the pattern matched there: the same matches, in order, without
    the pattern's scan of every position, each given the text up to where a cue can
    reach (:func:`cue_reach`: the pattern reads letters and the spaces between words).
    A text with no lower case of its length (``low`` None) is scanned as it is.
    ``conformity``: the cues of conformity's first words too, searched once a page
    (:func:`conformity_offsets`: other readers start there).
    """
    if low is None:
        yield from pattern.finditer(text)
        return
    starts = word_starts(low, shortest(tuple(firsts)))
    if conformity:
        for offsets in conformity_offsets(low).values():
            starts.update(offsets)
    yield from matches_at(pattern, text, starts, anywhere, cue_reach)


QUE_AFTER = regex.compile(r" que\b")


#: "que" within a few words after a verb: "constató ayer que".
QUE_SOON = regex.compile(r"(?:\s+[\p{L}\p{N},]+){0,3}?\s+que\b")
