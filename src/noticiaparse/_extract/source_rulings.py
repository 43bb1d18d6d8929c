"""Rulings: the verbs by which documents, courts and bodies state a content.

"El decreto establece que…", "El informe concluye que…", "El tribunal resolvió que…":
before "que" such a verb reports what its subject states, and the subject is credited
(:func:`rulings`); set after its verb, after a comma or a closing mark ("…, advierte un
informe de la Contraloría"), the document there is (:func:`document_after`), found from
the verbs' stems after the marks (``_rulings_after_mark``).
"""

from __future__ import annotations

import functools
import re

from noticiaparse._extract.source_search import QUE_AFTER, shortest
from noticiaparse._extract.source_words import (
    ADVERBIAL_REACH,
    CLOSING,
    NEXT_WORD,
    PREVIOUS_REACH,
    VERB_FIRST,
)
from noticiaparse._reading import (
    DOCUMENT,
    ORGANIZATION,
    Phrase,
    Reading,
    phrase_at,
    phrase_before,
    verb_like,
    words_in,
    words_of,
)
from noticiaparse._text.lexicons import lines
from noticiaparse._text.sentences import sentence_start

__all__ = ["document_after", "rulings"]


@functools.cache
def _ruling_verbs() -> frozenset[str]:
    return frozenset(lines("ruling_verbs.txt"))


@functools.cache
def _ruling_endings() -> tuple[str, ...]:
    """The verbs of ruling, as ``str.endswith`` takes them."""
    return tuple(sorted(_ruling_verbs()))


@functools.cache
def _ruling_lasts() -> frozenset[str]:
    """The last two letters of each verb of ruling: a word ending otherwise is none."""
    return frozenset(verb[-2:] for verb in _ruling_verbs())


#: The longest verb of ruling, in characters, and what follows it.
_RULING_WORD = 16


def rulings(text: str, reading: Reading) -> list[tuple[Phrase, str]]:
    """The subjects of the verbs by which documents, courts and bodies state a content.

    "El decreto establece que…", "El informe concluye que…", "El tribunal resolvió
    que…": before "que" such a verb reports what its subject, a document or a body,
    states; the same verb with an object is an act ("estableció un toque de queda"),
    a person's finding is no statement ("los investigadores determinaron que…"), and
    "se determinó que…" names no one. Words inside a quotation are the speaker's.
    """
    out = []
    verbs = _ruling_verbs()
    endings = _ruling_endings()
    lasts = _ruling_lasts()
    que = text.find(" que")  # as QUE_AFTER.finditer(text), by string search
    while que >= 0:
        start, que = que, text.find(" que", que + 1)
        if (
            text[start - 2 : start] not in lasts or not text.endswith(endings, 0, start)
        ) and not text[start - 1].isspace():
            # a cheap test first, its last two letters before all its endings (four
            # words in five before " que" end as no verb of ruling does: "de", "lo", "es")
            continue  # no verb of ruling right before "que"
        if QUE_AFTER.match(text, start) is None:
            continue  # "queja": no "que"
        head = text[max(0, start - _RULING_WORD) : start]
        verb = head.rsplit(None, 1)[-1] if head.strip() else ""
        if verb not in verbs or reading.cast.in_quotation(start):
            continue
        at = start - len(verb)
        if text[max(0, at - 3) : at].lower() == "se ":
            continue  # "se determinó que…": nobody states it
        lo = sentence_start(text, at, 0, reach=ADVERBIAL_REACH)
        phrase = phrase_before(text, at, lo, reading.index)
        if phrase is not None and phrase.kind in {DOCUMENT, ORGANIZATION}:
            out.append((phrase, verb))
    return out + _inverted_rulings(text, reading)


#: What may follow a subject set after its verb at the end of its clause.
_CLAUSE_CLOSE = frozenset(".;,\n")


def document_after(text: str, start: int, end: int, reading: Reading) -> Phrase | None:
    """A document set after its verb, the verb after a comma or a quotation.

    "La pobreza creció, advierte un informe de la Contraloría", "«El despido fue
    injusto», establece el fallo de la Corte Suprema": a verb after a comma or a
    closing mark has its subject after it, and a document there, closing its clause,
    is what states the content (not so "…, el ministro reveló el informe", whose
    subject stands before the verb). Words inside a quotation are the speaker's.
    """
    before = text[max(0, start - 4) : start].rstrip(" \t")
    following = NEXT_WORD.match(text, end)
    if (
        not before
        or before[-1] not in VERB_FIRST
        or following is None
        or following.group(1).lower() not in words_of("determiner")  # "un informe"
        or reading.cast.in_quotation(start)
    ):
        return None
    tokens = words_in(text, end, end + ADVERBIAL_REACH, reading.index)
    found = phrase_at(text, tokens, 0) if tokens else None
    if found is None or found[0].kind != DOCUMENT:
        return None
    phrase = found[0]
    rest = text[phrase.end : phrase.end + 3].lstrip(" \t")
    if rest and rest[0] not in _CLAUSE_CLOSE:
        return None
    if before[-1] not in CLOSING:
        # "La pobreza creció, advierte…": the content before the comma holds a verb;
        # "El ministro, además, reveló el informe" has its subject there instead
        lo = sentence_start(text, start, 0, reach=PREVIOUS_REACH)
        content = words_in(text, lo, start, reading.index)
        if not any(verb_like(tok) and not tok.capital for tok in content):
            return None
    return phrase


def _inverted_rulings(text: str, reading: Reading) -> list[tuple[Phrase, str]]:
    """Documents credited by a ruling verb set before them, after a quotation or a comma.

    "«…», establece el fallo", "…, concluye el estudio de la universidad": the verb
    states the words before it, and the document after it states them.
    """
    out = []
    for start, verb in _rulings_after_mark(text):
        phrase = document_after(text, start, start + len(verb), reading)
        if phrase is not None:
            out.append((phrase, verb))
    return out


def _rulings_after_mark(text: str) -> list[tuple[int, str]]:
    """Each ruling verb right after a comma, a closing quotation mark or a dash, in order.

    The verbs are found by string search (few pages hold one), and only there is the
    mark before them read: one to three spaces or tabs, then the mark.

    Examples:
        >>> _rulings_after_mark("«No hay delito», resolvió el juez; luego, ordena. —  dispone")
        [(17, 'resolvió')]
    """
    verb_at = _ruling_verb_at().match
    starts: set[int] = set()
    for stem in shortest(tuple(sorted(_ruling_verbs()))):
        at = text.find(stem, 1)
        while at >= 0:
            before = text[max(0, at - _MARK_GAP - 1) : at]
            gap = len(before) - len(before.rstrip(" \t"))
            if 1 <= gap <= _MARK_GAP and at > gap and text[at - gap - 1] in _RULING_MARKS:
                starts.add(at)
            at = text.find(stem, at + 1)
    out = []
    for start in sorted(starts):
        match = verb_at(text, start)
        if match is not None:
            out.append((start, match.group(1)))
    return out


#: The marks a ruling verb set after its content follows, and the most spaces between.
_RULING_MARKS = ',»”"—–'


_MARK_GAP = 3


@functools.cache
def _ruling_verb_at() -> re.Pattern[str]:
    """A ruling verb, the longest first, and the space or tab after it."""
    verbs = "|".join(sorted(sorted(_ruling_verbs()), key=len, reverse=True))
    return re.compile(rf"({verbs})(?=[ \t])")
