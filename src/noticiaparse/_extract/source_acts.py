"""Reporting verbs used as acts: a direct object and no statement after them.

Many verbs that report words ("ratificó", "exigió", "rechazó", "defendió") also name an
act done to a thing: "El Congreso ratificó la reforma", "Los vecinos exigieron
soluciones", "El presidente defendió su gestión". With no "que" clause, no colon and no
quotation after it, such a verb credits its subject with no statement: being named as
the one who acts is not being cited. The verbs of saying and informing ("dijo",
"anunció", "detalló") are not among them (``lexicons/object_acts.txt``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

import regex

from noticiaparse._reading import (
    DOCUMENT,
    PERSON,
    Attribution,
    Phrase,
    Reading,
    phrase_at,
    word_set,
    words_in,
    words_of,
)
from noticiaparse._reading.phrases import MEDIA_REF
from noticiaparse._reading.vocabulary import endings_of, reporting_lemmas, reporting_participle
from noticiaparse._text.lexicons import lines, rows

__all__ = ["agents_past_adverbials", "object_act", "passive_or_reflexive"]

#: What tells a statement after the verb, within a few words: "que", a colon, a quotation.
_STATEMENT_SOON = regex.compile(r"(?:,?[ \t]+[\p{L}\p{N}]+){0,5}?(?:,?[ \t]+que\b|[ \t]*[:«“\"])")
#: "lo" (what was said) or "le", "les" (whom it was said to) right before the verb, an
#: auxiliary between: "El ministro lo ratificó", "le ha garantizado la ayuda".
_SAID_TO = regex.compile(r"\b(?:lo|le|les)[ \t]+(?:(?:ha|han|había|habían)[ \t]+)?$", regex.I)
_SAID_TO_REACH = 16
#: What stands right before a verb whose subject follows it: a comma, a quotation, a dash.
_VERB_FIRST = ',»”"—–'


@functools.cache
def _object_acts() -> frozenset[str]:
    return frozenset(lines("object_acts.txt"))


def object_act(text: str, attribution: Attribution) -> bool:
    """Whether a reporting verb names an act on an object, and no statement.

    The verb's lemma is one of ``object_acts.txt``, its subject stands before it (or is
    dropped), no "lo" (the words) nor "le", "les" (whom they were said to) stands before
    it, and no "que", colon or quotation follows it within a few words.

    Examples:
        >>> from noticiaparse._reading import Attribution
        >>> text = "El Congreso ratificó la reforma."
        >>> object_act(text, Attribution("ratificó", 12, 20, None))
        True
        >>> text = "El Congreso ratificó ayer que la reforma sigue."
        >>> object_act(text, Attribution("ratificó", 12, 20, None))
        False
    """
    entry = reporting_lemmas().get(attribution.cue.lower())
    if (
        entry is not None
        and entry[0] in _sentencing_verbs()
        and _sentenced(text, attribution.cue_end)
    ):
        return True  # "La jueza condenó a Juan Ruiz a diez años de cárcel": a sentence
    if entry is None or entry[0] not in _object_acts():
        return False
    phrase = attribution.phrase
    if phrase is not None and phrase.end > attribution.cue_start:
        return False  # "…, exigió el alcalde": the subject after the verb reports the words
    before = text[max(0, attribution.cue_start - 4) : attribution.cue_start].rstrip(" \t")
    if phrase is None and before and before[-1] in _VERB_FIRST:
        return False
    if _SAID_TO.search(text, max(0, attribution.cue_start - _SAID_TO_REACH), attribution.cue_start):
        return False  # "El ministro lo ratificó", "le ha garantizado la ayuda": words said
    return _STATEMENT_SOON.match(text, attribution.cue_end) is None


#: "a" (or "al") and whom, up to six words, then "a" and the penalty's first word.
_PENALTY = regex.compile(r"[ \t]+al?[ \t]+(?:[\p{L}\p{N}.'-]+[ \t]+){1,6}?a[ \t]+([\p{L}\p{N}]+)")


@functools.cache
def _sentencing_verbs() -> frozenset[str]:
    """The verbs whose object, "a" and a penalty make a sentence (``sentencing_verbs.txt``)."""
    return frozenset(lines("sentencing_verbs.txt"))


@functools.cache
def _penalty_words() -> frozenset[str]:
    return frozenset(lines("penalty_words.txt")) | frozenset(row[0] for row in rows("numbers.tsv"))


def _sentenced(text: str, after: int) -> bool:
    """Whether a penalty follows a verb of sentencing and its object ("a Juan Ruiz a diez años").

    "condenó a Juan Ruiz a diez años de presidio", "condenó al exalcalde a prisión
    perpetua": a court's sentence, an act; "condenó a los responsables del ataque"
    (condemned them) has no penalty after it and stays a statement.

    Examples:
        >>> _sentenced("condenó a Juan Ruiz a diez años.", 7)
        True
        >>> _sentenced("condenó a los autores del ataque.", 7)
        False
    """
    found = _PENALTY.match(text, after)
    if found is None:
        return False
    word = found.group(1).lower()
    return word[:1].isdigit() or word in _penalty_words()


#: How far back (characters) the words before a verb are read.
_BEFORE_REACH = 32
#: "por" right after a participle: its agent follows.
_AGENT = regex.compile(r"[ \t]+(?:[\p{L}]+[ \t]+){0,3}?por[ \t]")


@functools.cache
def _haber_forms() -> frozenset[str]:
    return frozenset(lines("haber_forms.txt"))


@functools.cache
def _reflexive_acts() -> frozenset[str]:
    return frozenset(lines("reflexive_acts.txt"))


def passive_or_reflexive(text: str, attribution: Attribution) -> bool:
    """Whether a reporting verb is a passive participle or a reflexive act: no statement.

    - A participle with no form of "haber" before it is passive or adjectival: the
      phrase before it is who was acted on ("Puig, …, acusado de prevaricación"), and
      only an agent after "por" is who acted ("la medida anunciada por el Gobierno").
    - The agent of a participle of an act on an object (``object_acts.txt``: "el tratado
      fue ratificado ayer por la Asamblea") acted, and said nothing.
    - A verb of ``reflexive_acts.txt`` after "se" names an act: "La oposición se negó a
      reconocer los resultados", "El equipo se destacó en la liga".

    Examples:
        >>> from noticiaparse._reading import Phrase, PERSON
        >>> text = "Luis Mora, acusado de fraude, declarará mañana."
        >>> passive_or_reflexive(text, Attribution("acusado", 11, 18, Phrase(0, 9, PERSON)))
        True
        >>> text = "Luis Mora ha acusado al ministro de mentir."
        >>> passive_or_reflexive(text, Attribution("acusado", 13, 20, Phrase(0, 9, PERSON)))
        False
    """
    cue = attribution.cue.lower()
    entry = reporting_lemmas().get(cue)
    lemma = entry[0] if entry is not None else ""
    participle = cue.endswith(endings_of("any_participle"))
    if not participle and lemma not in _reflexive_acts():
        return False
    words = text[max(0, attribution.cue_start - _BEFORE_REACH) : attribution.cue_start]
    tail = words.lower().split()[-2:] if words[-1:].isspace() else []
    last = tail[-1] if tail else ""
    first = tail[0] if len(tail) > 1 else ""
    if lemma in _reflexive_acts() and (last == "se" or (last in _haber_forms() and first == "se")):
        return True  # "se negó a", "se ha negado a": refused
    if not participle or last in _haber_forms():
        return False
    phrase = attribution.phrase
    if phrase is None or phrase.end <= attribution.cue_start:
        return True  # "Puig, …, acusado de…": who was accused
    agent = _AGENT.match(text, attribution.cue_end) is not None
    return agent and lemma in _object_acts()


#: A participle, then an adverb (of manner in "-mente", of time, "primero":
#: ``statement_adverbs.txt``) or whom it was said to ("a este medio", "a la prensa
#: local"), right before "por": "criticada duramente por…". Read back from each " por "
#: over a short window.
_AGENT_PAST = regex.compile(
    r"(?<!\p{L})(\p{Ll}+(?:ad|id)[oa]s?)[ \t]+(?:(\p{Ll}{2,})|al?[ \t]+\p{Ll}+"
    r"(?:[ \t]+\p{Ll}+){0,2}?)[ \t]+por[ \t]+$"
)
#: How far back before "por" the participle and the words between are read.
_AGENT_BACK = 48
#: What every match of :data:`_AGENT_PAST` holds, in the standard engine: a participle's
#: ending, one to four words, then "por" closing the window. Tried first on each window:
#: most "por" have no participle before them, and ``_AGENT_PAST`` tries every position.
_AGENT_SHAPE = re.compile(r"[ai]d[oa]s?[ \t]+[^ \t]+(?:[ \t]+[^ \t]+){0,3}[ \t]+por[ \t]+$")
#: The shortest adverb in "-mente" ("sólo" is none).
_MIN_MENTE = 7


def _manner_or_time(word: str) -> bool:
    """Whether ``word`` is an adverb that may stand before an agent's "por"."""
    return (
        (len(word) >= _MIN_MENTE and word.endswith("mente"))
        or word in words_of("adverb")
        or word in word_set("statement_adverbs.txt")
    )


#: How far after "por" the agent is read.
_AGENT_REACH = 120


def agents_past_adverbials(text: str, reading: Reading) -> list[tuple[Phrase, str]]:
    """The agent of a reporting participle set after a manner adverb or whom it was told.

    "La misión, criticada duramente por el Partido Verde, …", "La información fue
    confirmada a este medio por la ministra Ana Soto": the agent after "por" said it, as
    right after the participle ("anunciada por el presidente"), the words between
    stepped over; so does the agent of "dado a conocer" ("La cifra fue dada a conocer
    por el ministerio"). A participle of an act on an object (``object_acts.txt``: "ratificado
    finalmente por la Asamblea") names who acted, not who said.

    Examples:
        >>> from noticiaparse._reading import read_article
        >>> text = "La misión, criticada duramente por el Partido Verde, terminó."
        >>> reading = read_article(text, [(0, len(text))])
        >>> [(text[p.start:p.end], cue) for p, cue in agents_past_adverbials(text, reading)]
        [('el Partido Verde', 'criticada')]
    """
    out: list[tuple[Phrase, str]] = []
    if " por " not in text:
        return out
    for match in _agents_before_por(text):
        cue, adverb = match.group(1), match.group(2)
        if adverb is not None and not _manner_or_time(adverb):
            continue  # "publicada hoy por", "criticada duramente por": an adverb only
        entry = reporting_lemmas().get(cue)
        between = " ".join(text[match.end(1) : match.end()].split()[:-1])
        if between == "a conocer" and cue[:3] == "dad":
            cue = f"{cue} a conocer"  # "dada a conocer por la ministra": made known
        elif (
            not reporting_participle(cue)
            or (entry is not None and entry[0] in _object_acts())
            or reading.cast.in_quotation(match.start())
        ):
            continue
        at = match.end()
        if reading.cast.in_quotation(at):
            continue
        tokens = words_in(text, at, min(len(text), at + _AGENT_REACH), reading.index)
        found = phrase_at(text, tokens, 0) if tokens and tokens[0].start == at else None
        if found is None:
            continue
        phrase = found[0]
        if phrase.kind in {DOCUMENT, MEDIA_REF} or (
            phrase.kind == PERSON and phrase.name is None and phrase.head is None
        ):
            continue
        out.append((phrase, cue))
    return out


def _agents_before_por(text: str) -> Iterator[regex.Match[str]]:
    """The matches of ``_AGENT_PAST`` that end on one of the text's " por "."""
    at = text.find(" por ")
    while at >= 0:
        end = at + len(" por ")
        while end < len(text) and text[end] in " \t":
            end += 1
        lo = max(0, at - _AGENT_BACK)
        if end < len(text) and text[end].isalpha() and _AGENT_SHAPE.search(text, lo, end):
            match = _AGENT_PAST.search(text, lo, end)
            if match is not None:
                yield match
        at = text.find(" por ", at + 1)
