"""What the speaker readers hand on: a speaker and its cue, and the quoted spans."""

from __future__ import annotations

import operator
from array import array
from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate

import attrs

from noticiaparse._reading import ANONYMOUS, ORGANIZATION, PERSON, Phrase
from noticiaparse._text.record import record_repr

__all__ = ["SPEAKER_KINDS", "QuotedSpans", "Said"]


@attrs.frozen(repr=False)
class Said:
    __repr__ = record_repr
    phrase: Phrase | None
    cue: str | None
    explicit: bool
    #: The reporting verb's number ("dijo": singular; "señalan", "han dicho": plural),
    #: ``None`` when no finite form shows it.
    plural: bool | None = None
    #: A definite noun no lexicon lists stands after the verb ("«…», agregó el
    #: político."): an epithet for a person the context gives, never an institution.
    epithet: bool = False
    #: The epithet as written when its noun describes an ordinary person ("«…», cuenta
    #: la mujer."; ``people_nouns.txt``): the speaker when the context gives no person.
    written: Phrase | None = None
    #: The reporting verb is the writer's incise inside another clause ("La empresa, ha
    #: insistido, ha perdido toda «…»"): its subject is dropped, and no subject of the
    #: sentence is its speaker.
    incise: bool = False


#: The kinds of a reporting verb's subject that a later quotation can carry: who
#: speaks (an outlet after "según" or "dijo a" is cited, not speaking).
SPEAKER_KINDS = (PERSON, ORGANIZATION, ANONYMOUS)


@attrs.frozen(repr=False)
class QuotedSpans:
    """The quotations' spans (marks included), sorted, to ask whether a position is quoted."""

    __repr__ = record_repr

    #: Where each quotation opens, in order, and the furthest any of them up to it closes
    #: (columns of machine integers: a page of quoted words has many).
    starts: Sequence[int]
    reach: Sequence[int]

    @classmethod
    def of(cls, opens: Sequence[int], closes: Sequence[int]) -> QuotedSpans:
        """The spans that open at ``opens`` and close at ``closes`` (no span objects kept)."""
        if any(map(operator.gt, opens, opens[1:])):  # out of order: sorted by opening
            ordered = sorted(zip(opens, closes, strict=True))
            opens, closes = [s for s, _ in ordered], [e for _, e in ordered]
        return cls(array("q", opens), array("q", accumulate(closes, max)))

    def holds(self, pos: int) -> bool:
        """Whether ``pos`` lies inside a quotation."""
        k = bisect_right(self.starts, pos) - 1
        return k >= 0 and pos < self.reach[k]
