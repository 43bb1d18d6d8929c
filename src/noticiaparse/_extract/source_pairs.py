"""Pairs and lists of subjects, and the norms a cue of conformity leads to.

- a plural reporting verb's subjects joined by "y" that its reading left out: "La CUT y
  la ANEF anunciaron…" (:func:`pair_subject`);
- the other sources a cue or a plural verb credits after it, a pair or a list set apart
  by commas: "Según la ministra Ana Díaz y el senador Luis Mena, …" (:func:`pair_after`);
- a cue of conformity before a legal norm credits no one ("según la ley"), but a norm
  named by its proper name is the document cited (:func:`norm_followed`,
  :func:`named_norm`).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import attrs

from noticiaparse._extract.source_filters import topic
from noticiaparse._extract.source_naming import after_opening
from noticiaparse._extract.source_words import ADVERBIAL_REACH, FUSED_REACH
from noticiaparse._extract.source_words import fused as _fused
from noticiaparse._reading import (
    DOCUMENT,
    MEDIA,
    ORGANIZATION,
    PERSON,
    Attribution,
    Phrase,
    Reading,
    Token,
    phrase_at,
    plural_verb,
    reporting_verb,
    words_in,
    words_of,
)
from noticiaparse._reading.vocabulary import closed_set
from noticiaparse._text.lexicons import lines
from noticiaparse._text.sentences import sentence_start

__all__ = ["named_norm", "norm_followed", "pair_after", "pair_subject"]


#: Enough characters before a participle for its auxiliary ("han ").
_AUXILIARY = 6


#: The fewest words of two subjects joined by "y" and their verb ("CUT y ANEF dijeron").
_PAIR_WORDS = 3


def pair_subject(
    text: str, attribution: Attribution, phrase: Phrase | None, reading: Reading
) -> list[Phrase]:
    """The subjects a plural reporting verb has that its reading left out, joined by "y".

    "La CUT y la ANEF anunciaron…": the verb's subject is read as its last phrase, and
    the first is a subject too; "El presidente Gabriel Boric y la ministra Carolina
    Tohá anunciaron…": two people by role and name, neither read. The sentence (past
    an opening adverbial) opens on one phrase, "y", and another that ends right before
    the verb; each is a source.
    """
    if attribution.quoted or not reporting_verb(attribution.cue.split()[0]):
        return []
    verb = attribution.cue_start
    if not (
        attribution.cue.endswith("n")
        or text[max(0, verb - _AUXILIARY) : verb].rstrip().endswith("n")
    ):
        return []  # a plural verb ends in -n, or its auxiliary does ("han dicho")
    lo = sentence_start(text, verb, 0, reach=ADVERBIAL_REACH)
    before = text[lo:verb]
    both = " como " in before and "anto " in before  # "Tanto el Gobierno como la oposición"
    if " y " not in before and " e " not in before and not both:
        return []
    tokens = words_in(text, lo, attribution.cue_end, reading.index)
    last = len(tokens) - 1
    if last < _PAIR_WORDS or tokens[last].start != verb or not plural_verb(tokens, last):
        return []
    while last > 0 and tokens[last - 1].low in words_of("auxiliary"):
        last -= 1
    opening = after_opening(text, tokens)
    if both and tokens[opening].low == "tanto":
        return _both_subjects(text, tokens, opening + 1, last, phrase)
    return _joined_subjects(text, tokens, opening, last, phrase)


def _joined_subjects(
    text: str, tokens: Sequence[Token], opening: int, last: int, phrase: Phrase | None
) -> list[Phrase]:
    """The subjects joined by "y" (a list's by commas too) from ``opening`` to ``last``."""
    first = phrase_at(text, tokens, opening)
    if first is None or first[1] >= last:
        return []
    # "El senador Luis Díaz, la diputada Ana Soto y el alcalde Pedro Ruiz dijeron…": a
    # list, its members set apart by commas before the last "y"
    listed, rel = _listed_members(text, tokens[first[1] : last], tokens[first[1] - 1].end)
    at = first[1] + (rel if rel is not None else last)
    if at >= last or tokens[at].low not in words_of("coordinator"):
        return []
    members = [first[0], *listed]
    second = phrase_at(text, tokens, at + 1)
    if second is None or second[1] != last:
        return []
    if phrase is None:
        return [*members, second[0]]
    return members if phrase.start == second[0].start else []


def _both_subjects(
    text: str, tokens: Sequence[Token], at: int, last: int, phrase: Phrase | None
) -> list[Phrase]:
    """The two subjects of "tanto X como Y" before a plural verb (``last``), else none.

    "Tanto el Gobierno como la oposición aseguraron…": each is the verb's subject, as
    two joined by "y" are; ``phrase`` is the one the verb's reading found already.
    """
    first = phrase_at(text, tokens, at)
    if first is None or first[1] >= last or tokens[first[1]].low != "como":
        return []
    second = phrase_at(text, tokens, first[1] + 1)
    if second is None or second[1] != last:
        return []
    if phrase is None:
        return [first[0], second[0]]
    return [first[0]] if phrase.start == second[0].start else []


#: The kinds of phrase a list of subjects or of credited sources is made of.
_LISTED_KINDS = frozenset({PERSON, ORGANIZATION, MEDIA})


#: How far after the first of a pair its "y" and the second are read.
_PAIR_REACH = 160


def pair_after(
    text: str, attribution: Attribution, phrase: Phrase, reading: Reading
) -> list[Phrase]:
    """The other sources a cue credits after it, joined by "y" to the first.

    "Según la ministra Ana Díaz y el senador Luis Mena, …", "…, según la agencia EFE y
    el diario El Tiempo.", "«…», aseguraron el alcalde Luis Soto y la jueza Ana Paz.":
    an attribution phrase, or a plural reporting verb, credits each member of the pair
    it is followed by; the second ends its clause (a comma, a stop or a colon right
    after it), so "según el alcalde y el plan avanzó" joins no second source. A list
    ("Según el senador Luis Díaz, la diputada Ana Soto y el alcalde Pedro Ruiz, …") sets
    its members apart by commas before the last "y": each is a source.
    """
    end = phrase.end
    if not (text.startswith(" y ", end) or text.startswith(" e ", end)) and not (
        text.startswith(", ", end) and " y " in text[end : end + _PAIR_REACH]
    ):
        return []  # a cheap test first: "y" right after it, or a list's comma and its "y"
    if (
        phrase.start < attribution.cue_end
        or attribution.quoted
        or "," in text[attribution.cue_end : phrase.start]
    ):
        return []  # the first stands right after its cue (not in a list set apart)
    verb = attribution.cue.split()[0].lower()
    if reporting_verb(verb) and not attribution.cue.endswith("n"):
        return []  # one verb, one subject: "dijo el alcalde y …" goes on
    tokens = words_in(text, end, min(len(text), end + _PAIR_REACH), reading.index)
    members, at = _listed_members(text, tokens, end)
    if at is None or at + 1 >= len(tokens) or tokens[at].low not in words_of("coordinator"):
        return []
    found = phrase_at(text, tokens, at + 1)
    if found is None:
        return []
    second = found[0]
    if text[second.end : second.end + 2].lstrip()[:1] not in _CLAUSE_CLOSERS:
        return []
    if topic(text, second) or norm_followed(text, attribution.cue, second):
        return []
    return [*members, second]


def _listed_members(
    text: str, tokens: Sequence[Token], start: int
) -> tuple[list[Phrase], int | None]:
    """The members of a list set apart by commas that opens ``tokens``, and where its "y" is.

    ``tokens`` start right after the list's first member, which ends at ``start``; each
    member after a comma is a
    phrase of a person, an institution or an outlet, and the list goes on to the token
    that is no member's (``None`` when one is no such phrase).
    """
    members: list[Phrase] = []
    at = 0
    while at < len(tokens) and text[tokens[at - 1].end if at else start : tokens[at].start].strip(
        " "
    ).endswith(","):
        member = phrase_at(text, tokens, at)
        if member is None or member[0].kind not in _LISTED_KINDS:
            return [], None
        members.append(member[0])
        at = member[1]
    return members, at


#: What may close the clause right after the second of a pair.
_CLAUSE_CLOSERS = frozenset({",", ".", ";", ":", ""})


@functools.cache
def _norm_documents() -> frozenset[str]:
    return frozenset(lines("norm_documents.txt"))


def norm_followed(text: str, cue: str, phrase: Phrase) -> bool:
    """Whether a cue of conformity leads to a legal norm (``norm_documents.txt``).

    "Según la ley", "conforme al reglamento": what the norm requires. A norm named by its
    proper name ("según la Constitución", "de acuerdo con la Ley de Tránsito") is the
    document the text cites, as a decree is.
    """
    if cue.lower() not in closed_set("conformity_cue") or named_norm(text, phrase) is not None:
        return False
    words = text[phrase.start : phrase.end].lower().split()
    fused = text[max(0, phrase.start - FUSED_REACH) : phrase.start].lower().split()[-1:]
    led = bool(fused) and fused[0] in _fused()  # "de acuerdo al protocolo"
    while words and (words[0] in words_of("determiner") or words[0] in words_of("definite")):
        words, led = words[1:], True
    # a determiner or "al" before it: "Según Norma Pérez" is a person
    return (
        led
        and bool(words)
        and (words[0] in _norm_documents() or " ".join(words[:2]) in _norm_documents())
    )


def named_norm(text: str, phrase: Phrase) -> Phrase | None:
    """``phrase`` as a document when it names a legal norm by its proper name, else ``None``.

    "la Constitución", "la Ley de Tránsito", "al Código Penal": a capitalised norm's noun
    (``norm_documents.txt``) opens the name after its article ("Según Norma Pérez" is a
    person).
    """
    written = text[phrase.start : phrase.end].split()
    fused = text[max(0, phrase.start - FUSED_REACH) : phrase.start].lower().split()[-1:]
    if written and written[0].lower() in words_of("definite"):
        written = written[1:]
    elif not (fused and fused[0] in _fused()):
        return None
    if not written or not written[0][:1].isupper() or written[0].lower() not in _norm_documents():
        return None
    return attrs.evolve(phrase, kind=DOCUMENT)
