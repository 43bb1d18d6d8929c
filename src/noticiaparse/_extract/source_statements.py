"""Statements reported before "que" by verbs the attributions reader leaves alone.

Two shapes of reported speech credit the subject before the verb though no reporting
verb of the shared lexicon stands there alone:

- a verbal locution: "El intendente hizo saber que…", "La diputada dejó en claro
  que…", "El fiscal dio cuenta de que…", "La ministra hizo hincapié en que…"
  (``lexicons/reporting_locutions.txt``, after a form of "hacer", "dejar", "poner",
  "dar": ``lexicons/reporting_locution_verbs.txt``);
- a verb that reports words only in some of its uses ("defendió", "rechazó",
  "celebró", "mantuvo", "confió": read as a speaker's verb after a quotation, and as an
  act elsewhere, "defendió su gestión"), right before "que" or "en que", "de que",
  whose clause is then what was said: "El presidente ha defendido que la ley es
  constitucional", "La ministra rechazó que haya recortes", "ha confiado en que…".

The subject stands before the verb, as :func:`noticiaparse._reading.phrase_before`
reads it; words inside a quotation are the speaker's and credit no one.
"""

from __future__ import annotations

import functools
import itertools
import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence

import attrs
import regex

from noticiaparse._reading import (
    ANONYMOUS,
    DOCUMENT,
    MEDIA,
    ORGANIZATION,
    PERSON,
    Phrase,
    Reading,
    Token,
    endings_of,
    first_names,
    phrase_at,
    phrase_before,
    reporting_verb,
    role_words,
    verb_like,
    word_set,
    words_in,
    words_of,
)
from noticiaparse._reading.names import name_run
from noticiaparse._reading.subjects import subject_position
from noticiaparse._reading.vocabulary import reporting_lemmas
from noticiaparse._text.gates import matches_at
from noticiaparse._text.lexicons import lines, rows, word_classes
from noticiaparse._text.sentences import sentence_start
from noticiaparse._text.span import Span

__all__ = [
    "anonymity_asked",
    "appeal_statements",
    "asks_anonymity",
    "cleft_speakers",
    "comma_subjects",
    "counted_groups",
    "group_views",
    "impersonal_from",
    "impersonal_in_documents",
    "placed_subjects",
    "que_statements",
    "speech_owners",
]

#: "que" as a word: after a space or a tab (looked at in Python), a clause of what was said
#: may open there. A literal first scans several times faster than a lookbehind first.
_QUE = re.compile(r"que\b")
#: How far back before "que" the verb and its locution are read.
_VERB_REACH = 48
#: A word.
_WORD = re.compile(r"[^\W\d_]+")


@functools.cache
def _statement_words(kind: str) -> frozenset[str]:
    """The words of one class of ``statement_words.tsv`` (link, reflexive, modal…)."""
    return word_classes("statement_words.tsv")[kind]


@functools.cache
def _locutions() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(line.split()) for line in lines("reporting_locutions.txt"))


@functools.cache
def _locution_verbs() -> frozenset[str]:
    return frozenset(lines("reporting_locution_verbs.txt"))


@functools.cache
def _longest_locution() -> int:
    return max(len(words) for words in _locutions())


@functools.cache
def _ambiguous_forms() -> frozenset[str]:
    """The forms of the verbs that report words only after a quotation, participles too.

    "defendió", "rechazaron" (``reporting_verbs.tsv``, marked ``after-quote``), and the
    participle of each of their lemmas for the perfect tenses ("ha defendido").
    """
    forms = {form for form, (_, after) in reporting_lemmas().items() if after}
    lemmas = {lemma for _, (lemma, after) in reporting_lemmas().items() if after}
    for lemma in lemmas:
        if lemma.endswith(("ar", "er", "ir")):
            forms.add(lemma[:-2] + ("ado" if lemma.endswith("ar") else "ido"))
    return frozenset(forms)


def _reflexive(low: list[str], at: int) -> bool:
    """Whether "se" stands before the verb at ``at``, an auxiliary between."""
    k = at - 1
    if k >= 0 and low[k] in words_of("auxiliary"):
        k -= 1
    return k >= 0 and low[k] in _statement_words("reflexive")


#: A verb and its link before "que" ("insistir en que"): two words.
_VERB_AND_LINK = 2
#: The endings of a finite past before a periphrasis's preposition ("dudó", "volvieron").
_FINITE = ("ó", "aron", "ieron")


@functools.cache
def _infinitives() -> frozenset[str]:
    """The infinitives of the reporting verbs (``reporting_verbs.tsv``)."""
    return frozenset(lemma for lemma, _ in reporting_lemmas().values())


#: How far back before "que" its last two words are read.
_LAST_REACH = 40


@functools.cache
def _last_words() -> frozenset[str]:
    """The words that may stand last before "que" (or before its "en", "de")."""
    ends = {word for words in _locutions() for word in words} | set(_ambiguous_forms())
    ends |= set(_infinitives()) | _stances() | _findings()
    return frozenset(ends | {w.capitalize() for w in ends})


@functools.cache
def _findings() -> frozenset[str]:
    """The verbs of finding that state a finding before "que" (``finding_verbs.txt``)."""
    return frozenset(lines("finding_verbs.txt"))


@functools.cache
def _stances() -> frozenset[str]:
    """The adjectives by which the writer says how someone spoke ("tajante", "enfática")."""
    return word_set("stance_adjectives.txt")


def _stance_copula(words: list[re.Match[str]], low: list[str], at: int) -> tuple[int, str] | None:
    """The copula before the stance adjective at ``at``, and the words from it to the end.

    "La jueza fue enfática en señalar que…", "El alcalde fue muy claro en que…", "se
    mostró categórico en afirmar que…": a copula, at most one adverb of degree and an
    adjective of how someone spoke, then "en" and what was said, state the subject's
    words. Where the clause's verb starts is returned ("se", "ha" before the copula
    included), else ``None``.
    """
    k = at - 1
    if k >= 0 and low[k] in _statement_words("degree"):
        k -= 1
    if k < 0 or low[at] not in _stances() or low[k] not in _statement_words("copula"):
        return None
    cue = " ".join(low[k:])
    while k > 0 and (low[k - 1] in words_of("auxiliary") or low[k - 1] == "se"):
        k -= 1
    return words[k].start(), cue


def _verb_at(words: list[re.Match[str]]) -> tuple[int, str] | None:
    """Where the verb stands among the ``words`` right before "que", and its cue."""
    low = [w.group().lower() for w in words]
    for size in range(min(_longest_locution(), len(low) - 1), 0, -1):
        if tuple(low[-size:]) in _locutions() and low[-size - 1] in _locution_verbs():
            at = len(low) - size - 1
            if _reflexive(low, at):
                return None  # "se dio cuenta de que": realised; "se hizo saber": no one
            return words[at].start(), " ".join(low[at:])
    last = len(low) - 1 if low and low[-1] not in _statement_words("link") else len(low) - 2
    if last >= 0 and low[last] in _ambiguous_forms():
        return words[last].start(), low[last]
    if last == len(low) - 1 and low[last] in _findings():
        # "el estudio encontró que…"; "se encontró que…" names no one
        return None if _reflexive(low, last) else (words[last].start(), low[last])
    if last >= 1 and low[-1] == "en" and low[last] in _stances():
        return _stance_copula(words, low, last)  # "fue enfático en que…"
    if last >= 1 and low[last] in _infinitives():
        return _periphrasis(words, low, last)
    return None


def _verb_subject(text: str, verb: int, lo: int, reading: Reading) -> Phrase | None:
    """The subject written before the verb at ``verb``, in a subject's place, naming someone.

    A person's phrase with neither a name nor a head noun ("quien", "él") names no one.
    """
    subject = phrase_before(text, verb, lo, reading.index)
    if (
        subject is None
        or not subject_position(text, subject, lo)
        or (subject.kind == PERSON and subject.name is None and subject.head is None)
    ):
        return None
    return subject


def _periphrasis(words: list[re.Match[str]], low: list[str], last: int) -> tuple[int, str] | None:
    """The finite verb of a periphrasis whose infinitive of reporting stands at ``last``.

    "no dudó en afirmar que", "volvió a insistir en que", "se encargó de aclarar que":
    a finite past right before "a", "en", "de"; "quiso aclarar que": a modal of will.
    """
    cue = f"{low[last - 1]} {low[last]}"
    if low[last - 1] in _statement_words("modal"):
        return words[last - 1].start(), cue
    if low[last - 1] == "en" and last >= _VERB_AND_LINK and low[last - 2] in _stances():
        return _stance_copula(words, low, last - 2)  # "fue enfática en señalar que…"
    if (
        low[last - 1] in _statement_words("periphrasis_link")
        and last >= _VERB_AND_LINK
        and low[last - 2].endswith(_FINITE)
    ):
        return words[last - 2].start(), cue
    return None


def que_statements(text: str, reading: Reading) -> list[tuple[Phrase, str]]:
    """The subjects the locutions and the verbs before "que" credit, with their cues.

    Examples:
        >>> from noticiaparse._reading import read_article
        >>> text = "El intendente Jorge Macri hizo saber que no subirán las tasas."
        >>> reading = read_article(text, [(0, len(text))])
        >>> [(text[p.start:p.end], cue) for p, cue in que_statements(text, reading)]
        [('El intendente Jorge Macri', 'hizo saber')]
    """
    out = []
    lasts = _last_words()
    links = _statement_words("link")
    for match in _QUE.finditer(text):
        at = match.start()
        if at == 0 or text[at - 1] not in " \t":
            continue  # no space or tab right before "que"
        before = text[max(0, at - _LAST_REACH) : at].rsplit(None, 2)[-2:]
        if not before or (before[-1] not in lasts and before[-1].lower() not in lasts):
            continue  # the word before "que" ends no locution and is no such verb
        if before[-1].lower() in links and (
            len(before) < _VERB_AND_LINK or before[0].lower() not in lasts
        ):
            continue  # "de que", "en que" after a word that ends no locution
        words = list(_WORD.finditer(text, max(0, at - _VERB_REACH), at))
        found = _verb_at(words) if words else None
        if found is None or reading.cast.in_quotation(at):
            continue
        lo = sentence_start(text, at, 0, reach=_VERB_REACH * 4)
        verb, cue = found
        if verb < lo:
            continue
        subject = _verb_subject(text, verb, lo, reading)
        if subject is None:
            continue
        out.append((subject, cue))
    return (
        out
        + appeal_statements(text, reading)
        + placed_subjects(text, reading)
        + counted_groups(text, reading)
    )


@functools.cache
def _appeal_words(kind: str) -> frozenset[str]:
    """The phrases of one class of ``appeal_locutions.tsv`` (verb, locution, call…)."""
    return word_classes("appeal_locutions.tsv").get(kind, frozenset())


def _longest_first(words: frozenset[str]) -> list[str]:
    """``words`` longest first, then in alphabetical order: one pattern text in any process.

    A set's order changes with the string hash's seed; the pattern's text must not, for
    ``_precompiled.bin`` keys each pattern by its text.
    """
    return sorted(words, key=lambda word: (-len(word), word))


@functools.cache
def _appeal_gates() -> tuple[str, ...]:
    """The words an appeal's locution or call holds, for a string search: its gate.

    A locution's noun stands before its closing preposition ("un nuevo llamado a":
    "llamado"); a call is a form of "llamar". A word another of them opens is left out
    ("llama" finds "llamado" too). Read from ``appeal_locutions.tsv``, so a locution
    added there is found.

    Examples:
        >>> _appeal_gates()
        ('acento', 'hincapié', 'llama', 'llamó', 'énfasis')
    """
    words = {phrase.split()[-2] for phrase in _appeal_words("locution")}
    words |= _appeal_words("call")
    return tuple(sorted(w for w in words if not any(o != w and w.startswith(o) for o in words)))


@functools.cache
def _appeal_pattern() -> regex.Pattern[str]:
    """A locution of appeal or emphasis after its verb, or a form of "llamar" and "a".

    One alternation of literal words, each group closed by a space: linear on any text.
    Lower case: a verb capitalised opens its sentence, with no subject before it.
    """
    verbs = "|".join(map(re.escape, _longest_first(_appeal_words("verb"))))
    locutions = "|".join(
        "[ \\t]+".join(map(re.escape, phrase.split()))
        for phrase in _longest_first(_appeal_words("locution"))
    )
    calls = "|".join(map(re.escape, _longest_first(_appeal_words("call"))))
    return regex.compile(
        rf"(?:(?P<verb>{verbs})[ \t]+(?P<locution>{locutions})"
        rf"|(?P<call>{calls})[ \t]+(?P<to>al?))(?=[ \t])"
    )


#: How far before a locution's noun its verb is read ("hizo un nuevo llamado"), in
#: characters, and in words.
_LOCUTION_BACK = 40
_LOCUTION_WORDS = 3


def _appeal_starts(text: str, regions: Sequence[tuple[int, int]]) -> set[int]:
    """Where a locution's or a call's verb may start, in the article's ``regions``.

    Each locution holds a noun, and each call is a form of "llamar": those words are
    found by string search (in C), and the verb may stand at their word's start or at
    the few words before it. A scan at every character, or a search for every verb
    form, is several times dearer.
    """
    starts: set[int] = set()
    if not regions:
        return starts
    begin, end = regions[0][0], regions[-1][1]  # the article's stretch, in one search
    firsts = [region[0] for region in regions]
    for gate in _appeal_gates():
        at = text.find(gate, begin, end)
        while at >= 0:
            k = bisect_right(firsts, at) - 1
            if at < regions[k][1]:  # a paragraph's, not the furniture between them
                lo = max(regions[k][0], at - _LOCUTION_BACK)
                words = [w.start() for w in _WORD.finditer(text, lo, at + 1)]
                starts.update(words[-_LOCUTION_WORDS - 1 :])
            at = text.find(gate, at + len(gate), end)
    return starts


#: How far after an appeal's "a" its complement is read, in characters.
_CALL_REACH = 80
#: How many words after a call's "a" its appeal's own "a" and infinitive may stand.
_CALL_WORDS = 6
#: The shortest infinitive read after "a" ("votar").
_SHORTEST_INFINITIVE = 5


def _infinitive(word: str) -> bool:
    return (
        len(word) >= _SHORTEST_INFINITIVE
        and word.islower()
        and word.endswith(endings_of("infinitive") + endings_of("reflexive_infinitive"))
        and word not in _appeal_words("not_infinitive")
    )


def _appealed(text: str, end: int, *, call: bool) -> bool:
    """Whether the words after an appeal's "a" (at ``end``) ask for something, not an act.

    A locution's complement is an appeal unless it is an act ("un llamado a licitación",
    "a elecciones"); a call's is one when an infinitive follows at once ("llamó a
    votar", "a no salir"), a noun of appeal after its article ("llamó a la calma",
    "al diálogo"), or whom, then "a" and an infinitive ("llamó a los vecinos a
    denunciar"): "llamó a su madre" is a call on the phone, "llamó a declarar" a summons.
    """
    ahead = text[end : end + _CALL_REACH]
    words = [w.lower() for w in _WORD.findall(ahead.split(".", maxsplit=1)[0])]
    if not words or any(w in _appeal_words("act") for w in words[:2]):
        return False
    if not call:
        return True
    first = words[1] if words[0] == "no" and len(words) > 1 else words[0]
    if _infinitive(first) or first in _appeal_words("appeal"):
        return True  # "llamó a votar", "llamó al diálogo"
    if len(words) > 1 and words[0] in words_of("article") and words[1] in _appeal_words("appeal"):
        return True  # "llamó a la calma"
    clause = [w.lower() for w in _WORD.findall(ahead.split(",", maxsplit=1)[0])]
    tail = [w for w in clause[1 : _CALL_WORDS + 1] if w != "no"]  # "a los hinchas a no viajar"
    return any(
        w == "a" and _infinitive(after) and after not in _appeal_words("act")
        for w, after in itertools.pairwise(tail)
    )


def appeal_statements(text: str, reading: Reading) -> list[tuple[Phrase, str]]:
    """The subjects of the locutions of appeal and emphasis, which need no "que".

    "La ministra hizo hincapié en la prevención", "Los gremios hicieron un llamado al
    Senado", "El rector puso el acento en la calidad", "El papa llamó a la paz"
    (``appeal_locutions.tsv``): what follows is what the subject urged or stressed, and
    the subject before the verb, as :func:`noticiaparse._reading.phrase_before` reads
    it, is a source. A call for tenders or elections, a summons to testify, a call on
    the phone are acts.

    Examples:
        >>> from noticiaparse._reading import read_article
        >>> text = "El alcalde Jorge Sharp hizo un llamado a la calma."
        >>> reading = read_article(text, [(0, len(text))])
        >>> [(text[p.start:p.end], cue) for p, cue in appeal_statements(text, reading)]
        [('El alcalde Jorge Sharp', 'hizo un llamado a')]
    """
    starts = _appeal_starts(text, reading.regions)
    if not starts:
        return []
    out = []
    keep = lambda at: at == 0 or not text[at - 1].isalnum()  # noqa: E731 - a word's start
    for match in matches_at(_appeal_pattern(), text, starts, keep):
        call = match.group("call") is not None
        if not _appealed(text, match.end(), call=call) or reading.cast.in_quotation(match.start()):
            continue
        verb = match.start()
        before = text[max(0, verb - _LAST_REACH) : verb].split()
        if before and before[-1].lower() in words_of("auxiliary"):
            verb = text.rindex(before[-1], 0, verb)  # "ha hecho un llamado", "ha llamado a"
        elif call and match.group("call").lower() == "llamado":
            continue  # "un llamado a": the noun, with no verb of its own
        lo = sentence_start(text, verb, 0, reach=_VERB_REACH * 4)
        subject = _verb_subject(text, verb, lo, reading)
        if subject is None:
            continue
        out.append((subject, " ".join(match.group().lower().split())))
    return out


#: A relative clause by which a source asks not to be named: "que pidió reserva (de su
#: nombre)", "que pidió el anonimato", "que pidió no ser identificado", "que habló bajo
#: condición de anonimato", "que prefirió omitir su nombre".
#: The verbs of such a clause, right after its "que".
_ASKING = (
    r"(?:pidió|pidieron|pide|piden|solicitó|solicitaron|prefirió|"
    r"prefirieron|habló|hablaron|accedió[ \t]+a[ \t]+hablar|aceptó[ \t]+hablar)"
)
_ANONYMITY = re.compile(
    r",?[ \t]+que[ \t]+" + _ASKING + r"[ \t]+"
    r"(?:con[ \t]+(?:este|esta|el|la)[ \t]+[^\W\d_]+[ \t]+)?"
    r"(?:(?:bajo|en)[ \t]+(?:la[ \t]+)?condición[ \t]+de[ \t]+|el[ \t]+|"
    r"mantener[ \t]+(?:el[ \t]+|la[ \t]+)?)?"
    r"(?:reserva|anonimato|no[ \t]+ser[ \t]+[^\W\d_]+|omitir[ \t]+su[ \t]+nombre|"
    r"no[ \t]+(?:revelar|dar|dar[ \t]+a[ \t]+conocer)[ \t]+su[ \t]+(?:nombre|identidad))"
    r"(?:[ \t]+(?:de|sobre)[ \t]+su[ \t]+(?:nombre|identidad))?"
    r"(?:[ \t]+(?:por|para)[ \t]+(?:no[ \t]+)?[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,3}?)?,?"
    r"(?=[ \t]+([^\W\d_]+))"
)
#: A "que" that such a verb follows, where every match of :data:`_ANONYMITY` has its "que"
#: (a literal first: the engine finds it as fast as a string search).
_ASKING_QUE = re.compile(r"que(?=[ \t]+" + _ASKING + ")")
#: Words of which every request for anonymity holds one.
_ANONYMITY_HINTS = ("reserva", "anonimato", "no ser ", "su nombre", "su identidad")
#: How far before a "que" its antecedent is read.
_ANTECEDENT_REACH = 120


def anonymity_asked(text: str, reading: Reading) -> list[tuple[Phrase, str]]:
    """A source that asked not to be named, as one anonymous phrase, with the main verb.

    "Un vocero que pidió reserva de su nombre dijo que…", "Un diplomático que pidió no
    ser citado aseguró…": the antecedent and its relative clause are one anonymous
    source, credited by the reporting verb right after the clause; a clause set apart
    by commas ("Una fuente del ministerio, que pidió no ser nombrada, aseguró…") leaves
    the antecedent as the source's name.

    Examples:
        >>> from noticiaparse._reading import read_article
        >>> text = "Un vocero que pidió reserva dijo que el acuerdo sigue."
        >>> reading = read_article(text, [(0, len(text))])
        >>> [(text[p.start:p.end], cue) for p, cue in anonymity_asked(text, reading)]
        [('Un vocero que pidió reserva', 'dijo')]
    """
    out: list[tuple[Phrase, str]] = []
    if not any(hint in text for hint in _ANONYMITY_HINTS):
        return out
    for match in _anonymity_matches(text):
        verb = match.group(1)
        if not reporting_verb(verb) or reading.cast.in_quotation(match.start()):
            continue
        lo = sentence_start(text, match.start(), 0, reach=_ANTECEDENT_REACH)
        antecedent = phrase_before(text, match.start(), lo, reading.index) or _indefinite(
            text, lo, match.start()
        )
        if antecedent is None or antecedent.name is not None:
            continue  # a named person asked for nothing of the kind
        end = match.end() - (1 if text[match.end() - 1] == "," else 0)
        if text[match.start()] == ",":
            end = antecedent.end  # "Una fuente, que pidió no ser nombrada,": set apart
        out.append((Phrase(antecedent.start, end, ANONYMOUS), verb.lower()))
    return out


def _anonymity_matches(text: str) -> Iterator[re.Match[str]]:
    """``_ANONYMITY.finditer(text)``, matched only before a "que" with spaces before it.

    Every match opens on the spaces or tabs before its "que" (or a comma right before
    them), and the spaces match alike from any of them: the pattern is matched at the
    first (past the end of the match before, as ``finditer`` does), found from the
    "que" by string search, not by the pattern's scan of every position. Only a "que"
    one of the clause's verbs follows (:data:`_ASKING_QUE`) is read: at any other the
    pattern fails.

    Examples:
        >>> text = "Un vocero, que pidió reserva, dijo. Ana que pidió anonimato dijo."
        >>> [m.group() for m in _anonymity_matches(text)]
        [', que pidió reserva,', ' que pidió anonimato']
    """
    end = 0
    for que in _ASKING_QUE.finditer(text):
        at = que.start()
        lo = at
        while lo > end and text[lo - 1] in " \t":
            lo -= 1
        if lo == at:
            continue  # no space or tab before "que" (past the match before)
        if lo > end and text[lo - 1] == ",":
            lo -= 1
        match = _ANONYMITY.match(text, lo)
        if match is not None:
            end = match.end()
            yield match


def asks_anonymity(text: str, end: int) -> bool:
    """Whether a relative clause asking not to be named follows at ``end``.

    Examples:
        >>> asks_anonymity("Un vocero que pidió reserva dijo", 9)
        True
        >>> asks_anonymity("Un vocero que pidió una reunión dijo", 9)
        False
    """
    return _ANONYMITY.match(text, end) is not None


#: The most words of an indefinite description before its relative ("un alto directivo").
_INDEFINITE_WORDS = 8


def _indefinite(text: str, lo: int, at: int) -> Phrase | None:
    """An indefinite description opening its clause right before ``at``: "Un directivo".

    Examples:
        >>> text = "Ayer, un directivo de la firma que"
        >>> found = _indefinite(text, 0, 30)
        >>> text[found.start : found.end], found.kind.value
        ('un directivo de la firma', 'anonymous')
    """
    start = max(lo, text.rfind(",", lo, at) + 1)
    words = list(_WORD.finditer(text, start, at))
    if (
        not words
        or len(words) > _INDEFINITE_WORDS
        or words[0].group().lower() not in words_of("indefinite")
        or any(w.group()[:1].isupper() for w in words[1:])
    ):
        return None
    return Phrase(words[0].start(), words[-1].end(), ANONYMOUS)


#: "En el comunicado se señala que…": a document opening the sentence after "En", then
#: an impersonal reporting verb with "se" and its "que".
_IN_DOCUMENT = re.compile(
    r"[ \t]*(?:En|en)[ \t]+((?:el|la|los|las|un|una|su|sus|dicho|dicha)[ \t]+"
    r"([^\W\d_]+)[^,.;:\n«»“”\"]{0,80}?),?[ \t]+$"
)
#: "se señala que", "se advierte:": an impersonal verb and what it states.
_SE_VERB = re.compile(r"se[ \t]+([^\W\d_]+)[ \t]+(?:que\b|:)")
#: How far before "se" the sentence's opening "En" and its document are read.
_IN_DOCUMENT_REACH = 120


def impersonal_in_documents(text: str, reading: Reading) -> list[tuple[Phrase, str]]:
    """The document in which an impersonal reporting verb with "se" states a content.

    "En el comunicado se señala que…", "En el informe se advierte que…", "En la
    resolución se indica:": the words are the document's, and no one else is named.

    Examples:
        >>> from noticiaparse._reading import read_article
        >>> text = "Hubo cambios. En el comunicado se señala que la planta cierra."
        >>> reading = read_article(text, [(0, len(text))])
        >>> [(text[p.start:p.end], cue) for p, cue in impersonal_in_documents(text, reading)]
        [('el comunicado', 'se señala')]
    """
    out = []
    for said in _SE_VERB.finditer(text):
        if not reporting_verb(said.group(1)) or said.start() == 0 or text[said.start() - 1] != " ":
            continue
        lo = max(0, said.start() - _IN_DOCUMENT_REACH)
        stop = max(text.rfind(".", lo, said.start()), text.rfind("\n", lo, said.start()))
        match = _IN_DOCUMENT.match(text, stop + 1 if stop >= 0 else lo, said.start())
        if (
            match is None
            or match.group(2).lower() not in word_set("document_cues.txt")
            or reading.cast.in_quotation(match.start(1))
        ):
            continue
        verb = said.group(1)
        out.append((Phrase(match.start(1), match.end(1), DOCUMENT), f"se {verb.lower()}"))
    return out


#: How far after "de" the owner's phrase is read.
_OWNER_REACH = 120
#: The kinds of phrase that may have said something.
_OWNER_KINDS = frozenset({PERSON, ORGANIZATION, MEDIA, ANONYMOUS})


@functools.cache
def _speech_nouns() -> frozenset[str]:
    return word_set("statement_nouns.txt")


@functools.cache
def _speech_searches() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """What the page is searched for, and the nouns and their space each search finds.

    A noun in both numbers is searched for once, by its singular ("denuncia" finds
    "denuncia " and "denuncias "); any other, with its space; what follows the noun
    ("de", a participle and "por") is read where one is found.

    Examples:
        >>> ("denuncia", ("denuncia ", "denuncias ")) in _speech_searches()
        True
    """
    groups: dict[str, list[str]] = {}
    for noun in sorted(_speech_nouns()):
        groups.setdefault(noun.removesuffix("s"), []).append(f"{noun} ")
    return tuple(
        (key if len(needles) > 1 else needles[0], tuple(needles)) for key, needles in groups.items()
    )


#: Nouns of saying sharing their last letters and their space, this many characters
#: ("aciones "), are searched for by them together.
_TAIL = 8


@functools.cache
def _speech_plan() -> tuple[tuple[str, tuple[tuple[str, int], ...]], ...]:
    """Each search of the page, with the needles it finds and how far before it each opens.

    The searches of :func:`_speech_searches`, but a noun searched for alone that shares its
    last :data:`_TAIL` characters with another ("declaraciones ", "revelaciones ")
    is searched for by them, once for all of them: each needle opens that many characters
    before the shared letters, and is looked for there.

    Examples:
        >>> plan = dict(_speech_plan())
        >>> plan["aciones "][:2], plan["denuncia"]
        ((('acusaciones ', 4), ('afirmaciones ', 5)), (('denuncia ', 0), ('denuncias ', 0)))
    """
    plan: list[tuple[str, tuple[tuple[str, int], ...]]] = []
    tails: dict[str, list[str]] = {}
    for search, needles in _speech_searches():
        if len(needles) == 1 and len(search) >= _TAIL:
            tails.setdefault(search[-_TAIL:], []).append(search)
        else:
            plan.append((search, tuple((needle, 0) for needle in needles)))
    for tail, words in tails.items():
        if len(words) > 1:
            plan.append((tail, tuple((word, len(word) - _TAIL) for word in words)))
        else:
            plan.append((words[0], ((words[0], 0),)))
    return tuple(plan)


def _speech_starts(low: str) -> set[int]:
    """Every offset of ``low`` where a noun of saying and " de", or a participle, stand."""
    starts = set()
    for search, needles in _speech_plan():
        at = low.find(search)
        while at >= 0:
            for needle, back in needles:
                opens = at - back
                if at >= back and low.startswith(needle, opens):
                    after = opens + len(needle)  # past the noun and its space
                    if low.startswith(_OWNER_LEADS, after) or _MADE_BY.match(low, after):
                        starts.add(opens)
            at = low.find(search, at + 1)
    return starts


def _verb_after(text: str, end: int) -> bool:
    """Whether a reporting verb is the next word after ``end``."""
    word = _WORD.search(text, end, min(len(text), end + _VERB_REACH))
    return (
        word is not None and not text[end : word.start()].strip() and reporting_verb(word.group())
    )


#: What follows a noun of saying before its owner: "de", "del" (the pattern tells them).
_OWNER_LEADS = "de"
#: A participle and "por" after a noun of saying: "las denuncias presentadas por".
_MADE_BY = re.compile(r"[^\W\d_]+(?:ad[oa]s?|id[oa]s?|ech[oa]s?|ich[oa]s?)[ \t]+por[ \t]")


@functools.cache
def _speech_owner() -> re.Pattern[str]:
    """A noun of saying and the "de", "del" of its owner: "las declaraciones del ministro"."""
    # (in one order whatever the hash seed: the pattern is then one precompiled entry)
    nouns = "|".join(sorted(sorted(_speech_nouns()), key=len, reverse=True))
    made = r"[^\W\d_]+(?:ad[oa]s?|id[oa]s?|ech[oa]s?|ich[oa]s?)[ \t]+por"
    return re.compile(rf"(?<![^\W\d_])({nouns})[ \t]+(del?|{made})[ \t]+(?=[^\W\d_])")


def speech_owners(
    text: str, low: str | None, reading: Reading, credited: Sequence[Span] = ()
) -> list[tuple[Phrase, str]]:
    """Who said what a noun of saying names, after its "de": "las declaraciones del ministro".

    A noun for what someone said (``lexicons/statement_nouns.txt``) credits its owner
    after "de" or "del": "según recientes declaraciones de Tom Soto", "Las críticas de la
    oposición", "la denuncia de los vecinos", "las palabras del canciller Raúl Medina"
    (after "del" a role has no article of its own, and must have its holder's name
    after it: "del embajador" alone is no name to give). The owner must be someone: a
    person named or by role, a group, an organisation, an outlet or an anonymous
    source; "la denuncia de robo", "las palabras de aliento" name no one. A line with
    no closing stop or with a link is another article's title ("La dura confesión de
    X [VIDEO]"), whom that article is about. An owner
    inside a phrase already credited (``credited``: "sostiene el pronunciamiento de la
    Defensoría", a document) is part of its name, and words inside a quotation are the
    speaker's.

    Examples:
        >>> from noticiaparse._reading import read_article
        >>> text = "Las declaraciones de la ministra Ana Vera causaron polémica."
        >>> reading = read_article(text, [(0, len(text))])
        >>> [(text[p.start:p.end], cue) for p, cue in speech_owners(text, text.lower(), reading)]
        [('la ministra Ana Vera', 'declaraciones de')]
    """
    if low is None:
        return []
    starts = _speech_starts(low)
    out = []
    pattern = _speech_owner()
    for start in sorted(starts):
        match = pattern.match(text, start)
        if match is None:
            continue  # "Declaraciones de" in capitals, "condenas del": no noun of saying
        noun = match.group(1)
        if reading.cast.in_quotation(match.start()) or _title_line(text, match.start()):
            continue
        at = match.end()
        if any(lo <= at < hi for lo, hi in credited):
            continue
        tokens = words_in(text, at, min(len(text), at + _OWNER_REACH), reading.index)
        if not tokens or tokens[0].start != at:
            continue
        owner = _owner(text, tokens, fused=match.group(2) == "del")
        if owner is not None and " " in match.group(2) and _verb_after(text, owner.end):
            continue  # "La denuncia presentada por los vecinos sostiene…": a document speaks
        if owner is not None:
            out.append((owner, f"{noun} {' '.join(match.group(2).split())}"))
    return out


#: The marks a line of prose ends on; a title's line ends on none of them.
_PROSE_END = (".", "!", "?", "…", ":", "»", "”", '"', ")")


def _title_line(text: str, at: int) -> bool:
    """Whether the line holding ``at`` is a title, not prose: no closing stop, or a link.

    "La dura confesión de Daniella Ríos [VIDEO]", "[Las críticas de X](/noticias/…)":
    another article's headline, left in the body, names whom that article is about.
    """
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start : end if end >= 0 else len(text)].rstrip()
    return "](" in line or not line.endswith(_PROSE_END)


def _owner(text: str, tokens: Sequence[Token], *, fused: bool) -> Phrase | None:
    """The phrase at ``tokens[0]`` when it names someone who may have spoken."""
    found = phrase_at(text, tokens, 0)
    if found is None and fused and tokens[0].low in role_words():
        # "del ministro Juan Soto": the role with the name right after it
        named = phrase_at(text, tokens, 1) if len(tokens) > 1 and tokens[1].capital else None
        if named is not None and named[0].kind == PERSON and named[0].name is not None:
            name, head = named[0].name, tokens[0].low
            return Phrase(tokens[0].start, named[0].end, PERSON, name=name, head=head)
        return None
    if found is None or found[0].kind not in _OWNER_KINDS:
        return None
    phrase = found[0]
    if phrase.kind == PERSON and phrase.name is None and phrase.head is None:
        return None
    return phrase


#: A comma, then a reporting verb and its "que": "Ana Soto, aseguró que…".
_COMMA_VERB = re.compile(r",[ \t]+([^\W\d_]+)[ \t]+que\b")
#: How far back before the comma the sentence's start is read.
_COMMA_SUBJECT_REACH = 160
#: The most words a name set before its comma may have.
_COMMA_NAME_WORDS = 5


def comma_subjects(text: str, reading: Reading) -> list[tuple[Phrase, str]]:
    """A name set apart from its reporting verb by a comma: "Ana Soto, aseguró que…".

    Some papers set a comma between the subject and its verb, most often after a bare
    name or a role and a name ("Hernán Ibarra, destaca que…", "Por otra parte, el
    secretaria Inés Lara, aseguró que…"): a name opening its sentence, or its
    clause after an opening adverbial (a preposition, an adverb, a connective:
    ``lexicons/dropped_subject_leads.txt``), then a comma and a finite reporting verb
    before "que", is that verb's subject. The name must be a person's or an
    organisation's, of two words or more or after a role; a one-word name may be a
    place ("Chile, señaló que…"), and a phrase with a verb of its own is no subject.

    Examples:
        >>> from noticiaparse._reading import read_article
        >>> text = "Hubo dudas. Hernán Ibarra Soto, destaca que la cifra sube."
        >>> reading = read_article(text, [(0, len(text))])
        >>> [(text[p.start:p.end], cue) for p, cue in comma_subjects(text, reading)]
        [('Hernán Ibarra Soto', 'destaca')]
    """
    out = []
    for match in _COMMA_VERB.finditer(text):
        verb = match.group(1)
        low = verb.lower()
        if (
            not reporting_verb(low)
            or low.endswith(("ando", "iendo", "ar", "er", "ir"))
            or reading.cast.in_quotation(match.start())
        ):
            continue
        comma = match.start()
        lo = sentence_start(text, comma, 0, reach=_COMMA_SUBJECT_REACH)
        seg = text.rfind(",", lo, comma) + 1 or lo
        if seg > lo and (
            text.rfind(",", lo, seg - 1) >= 0 or not _opening_adverbial(text, lo, seg - 1)
        ):
            continue  # after a role and its comma ("La ministra, Ana Soto,"): read already
        tokens = words_in(text, seg, comma, reading.index)
        if not tokens or len(tokens) > _COMMA_NAME_WORDS or not tokens[0].capital:
            continue
        found = phrase_at(text, tokens, 0)
        if found is None or found[1] != len(tokens):
            continue  # the phrase does not fill the clause: a verb or more after it
        phrase = found[0]
        if phrase.kind in {ORGANIZATION, PERSON} and _full_name(text, phrase):
            out.append((phrase, low))
    return out


#: The most words a group, its place's noun and the place's name may run before the verb.
_PLACED_WORDS = 10
#: How far before the verb a place's noun is looked for, in characters.
_PLACED_REACH = 100


@functools.cache
def _places() -> frozenset[str]:
    """The nouns of places (``place_nouns.txt``)."""
    return word_set("place_nouns.txt")


def placed_subjects(text: str, reading: Reading) -> list[tuple[Phrase, str]]:
    """A group or a person of a place named after the place's noun, then the verb.

    "Los vecinos del barrio San Miguel denunciaron que…", "Un vecino de la colonia Las
    Flores contó…": the phrase's "de" complement ends on a place's noun
    (``place_nouns.txt``), and the place's name after it runs up to the reporting verb;
    the phrase and the name are the verb's subject, which the plain reading leaves
    unread (it ends at the noun). The phrase opens its sentence.

    Examples:
        >>> from noticiaparse._reading import read_article
        >>> text = "Los vecinos del barrio San Miguel denunciaron que no hay agua."
        >>> reading = read_article(text, [(0, len(text))])
        >>> [(text[p.start:p.end], cue) for p, cue in placed_subjects(text, reading)]
        [('Los vecinos del barrio San Miguel', 'denunciaron')]
    """
    out = []
    for attribution in reading.attributions.unclaimed():
        verb = attribution.cue_start
        space = text.rfind(" ", max(0, verb - _PLACED_REACH), verb - 1)
        if not text[space + 1 : verb][:1].isupper():
            continue  # a cheap test first: no name right before the verb
        if _places().isdisjoint(text[max(0, verb - _PLACED_REACH) : verb].lower().split()):
            continue  # nor a place's noun before it
        lo = sentence_start(text, verb, 0, reach=_VERB_REACH * 4)
        tokens = words_in(text, lo, verb, reading.index)
        if not tokens or len(tokens) > _PLACED_WORDS or tokens[0].low not in words_of("determiner"):
            continue
        found = phrase_at(text, tokens, 0)
        if found is None or found[0].kind not in {PERSON, ANONYMOUS} or found[1] >= len(tokens):
            continue
        phrase, end = found
        if tokens[end - 1].low not in _places():
            continue
        if name_run(text, tokens, end) != len(tokens) or not tokens[end].capital:
            continue  # the place's name must run up to the verb
        out.append((attrs.evolve(phrase, end=tokens[-1].end), attribution.cue))
    return out


@functools.cache
def _count_leads() -> tuple[tuple[str, ...], ...]:
    """The words that open a count of people (``count_leads.txt``), longest first."""
    leads = (tuple(line.split()) for line in lines("count_leads.txt"))
    return tuple(sorted(leads, key=len, reverse=True))


#: The most words a counted group and its complement may run before the verb.
_COUNTED_WORDS = 12


def counted_groups(text: str, reading: Reading) -> list[tuple[Phrase, str]]:
    """A counted group of people opening its sentence, then its verb.

    "Cerca de 30 concejales denunciaron que…", "Más de 200 médicos de la red pública
    advirtieron que…", "Al menos quince exfuncionarios declararon que…": a lead of
    a count (``count_leads.txt``) or none, a number in figures or in words (not "un",
    "una"), a plural noun of people (``role_words.txt``) and what describes it up to
    the reporting verb are its subject, which the plain reading leaves unread (a count
    after "de" reads as a preposition's object). No verb of its own, no relative and
    no mark that ends a clause stand between.

    Examples:
        >>> from noticiaparse._reading import read_article
        >>> text = "Cerca de 30 concejales denunciaron que hubo sobrecostos."
        >>> reading = read_article(text, [(0, len(text))])
        >>> [(text[p.start:p.end], cue) for p, cue in counted_groups(text, reading)]
        [('Cerca de 30 concejales', 'denunciaron')]
    """
    out = []
    numbers = _count_words()
    for attribution in reading.attributions.unclaimed():
        verb = attribution.cue_start
        # a cheap test first: a figure or a number word near where the sentence seems to
        # open (after a full stop or a line's end), before its start is read
        window = max(0, verb - _COUNT_REACH)
        opening = max(text.rfind(". ", window, verb) + 2, text.rfind("\n", window, verb) + 1)
        opening = max(opening, window)
        head = text[opening : min(verb, opening + _COUNT_PEEK)]
        if _DIGIT.search(head) is None and numbers.isdisjoint(head.lower().split()):
            continue
        lo = sentence_start(text, verb, 0, reach=_VERB_REACH * 4)
        found = _counted_at(text, lo, verb, reading)
        if found is not None:
            out.append((found, attribution.cue))
    return out


#: How far before a verb a counted group may open (its twelve words).
_COUNT_REACH = 120
#: How many characters after a sentence's opening its count's number may stand.
_COUNT_PEEK = 28


@functools.cache
def _count_words() -> frozenset[str]:
    """The number words a count of people may have (``numbers.tsv``), "un", "una" left out."""
    return frozenset(row[0] for row in rows("numbers.tsv") if row[1] != "1")


#: A figure.
_DIGIT = re.compile(r"\d")


def _counted_at(text: str, lo: int, verb: int, reading: Reading) -> Phrase | None:
    """The counted group opening the sentence at ``lo`` and running up to ``verb``."""
    tokens = words_in(text, lo, verb, reading.index)
    while tokens and (
        tokens[-1].low in words_of("auxiliary") or tokens[-1].low in words_of("clitic")
    ):
        tokens.pop()  # "Cerca de 30 vecinos se han quejado", "… también denunciaron"
    if not tokens or len(tokens) > _COUNTED_WORDS or text[lo : tokens[0].start].strip():
        return None
    i = next(
        (len(lead) for lead in _count_leads() if tuple(t.low for t in tokens[: len(lead)]) == lead),
        0,
    )
    if i + 1 >= len(tokens):
        return None
    number, noun = tokens[i].low, tokens[i + 1].low
    if not (number[:1].isdigit() or number in _count_words()):
        return None
    if noun not in role_words() or not noun.endswith("s"):
        return None
    between = text[tokens[0].start : verb]
    if any(mark in between for mark in _COUNT_STOPS) or any(
        verb_like(tok) or tok.low in words_of("relative") for tok in tokens[i + 2 :]
    ):
        return None
    return Phrase(tokens[0].start, tokens[-1].end, PERSON, head=noun, plural=True)


#: What ends a clause between a counted group and its verb.
_COUNT_STOPS = frozenset(',;:«»“”"()')


def _opening_adverbial(text: str, lo: int, end: int) -> bool:
    """Whether ``text[lo:end]`` is an adverbial that opens the sentence: "Por otra parte"."""
    words = _WORD.findall(text, lo, end)
    if not words:
        return False
    first = words[0].lower()
    return (
        first in words_of("preposition")
        or first in words_of("adverb")
        or first in word_set("dropped_subject_leads.txt")
        or (len(words) == 1 and first.endswith("mente"))
    )


def _full_name(text: str, phrase: Phrase) -> bool:
    """Whether a phrase names someone in full: a name of two words or more, or a role's.

    A one-word name alone may be a place ("Chile, señaló que…" names no one).
    """
    if phrase.name is None:
        return False
    name = text[phrase.name[0] : phrase.name[1]]
    return (" " in name or phrase.head is not None) and name.lower() not in _countries()


@functools.cache
def _countries() -> frozenset[str]:
    return frozenset(name.lower() for name in lines("country_names.txt"))


#: An impersonal reporting verb right before "desde": "se informó desde la Fiscalía".
_SE_FROM = re.compile(r"(?<![^\W\d_])[Ss]e[ \t]+([^\W\d_]+)[ \t]+$")
#: How far back before "desde" its "se" and verb are read.
_SE_FROM_BACK = 32


def impersonal_from(text: str, reading: Reading) -> list[tuple[Phrase, str]]:
    """The institution an impersonal reporting verb says the words came from.

    "Se informó desde la Fiscalía que…", "…, se indicó desde la Alcaldía", "Según se
    informó desde el Ministerio de Salud, …": "se" names no one, and "desde" the body
    the words come from, as "informaron desde" does. A name no given name opens is an
    institution's there; a person ("desde Pedro Soto") or a place that is no body
    credits no one.

    Examples:
        >>> from noticiaparse._reading import read_article
        >>> text = "Se informó desde la Fiscalía Regional que hubo dos detenidos."
        >>> reading = read_article(text, [(0, len(text))])
        >>> [(text[p.start:p.end], cue) for p, cue in impersonal_from(text, reading)]
        [('la Fiscalía Regional', 'se informó desde')]
    """
    out: list[tuple[Phrase, str]] = []
    for found_at in _from_words(text):
        match = _SE_FROM.search(text, max(0, found_at - _SE_FROM_BACK), found_at)
        if match is None:
            out += _from_then_se(text, found_at, reading)
            continue
        verb = match.group(1).lower()
        if not reporting_verb(verb) or reading.cast.in_quotation(match.start()):
            continue
        start = found_at + len("desde ")
        phrase = _body_at(text, start, reading)
        if phrase is not None:
            out.append((phrase, f"se {verb} desde"))
    return out


def _from_words(text: str) -> list[int]:
    """Where "desde " or "Desde " stands in ``text``, in order (one search for both)."""
    found = []
    at = text.find("esde ", 1)
    while at >= 0:
        if text[at - 1] in "dD":
            found.append(at - 1)
        at = text.find("esde ", at + 1)
    return found


#: "se", an auxiliary of a perfect, and the verb after the institution "desde" names:
#: "Desde la Fiscalía se informó", "Desde Pemex, se ha señalado".
_SE_AFTER = re.compile(r",?[ \t]+se[ \t]+([^\W\d_]+)(?:[ \t]+([^\W\d_]+))?")


def _from_then_se(text: str, found_at: int, reading: Reading) -> list[tuple[Phrase, str]]:
    """The institution after "desde" that an impersonal reporting verb after it credits.

    "Desde la Alcaldía se informó que…", "Desde Pemex, se ha señalado que…": "se" names
    no one, and the words come from the institution "desde" names before it, as in
    "se informó desde la Alcaldía".
    """
    start = found_at + len("desde ")
    se_at = text.find(" se ", start, start + _OWNER_REACH + _SE_FROM_BACK)
    if se_at < 0:
        return []  # a cheap test first: no "se" soon after
    phrase = _body_at(text, start, reading)
    if phrase is None:
        return []
    match = _SE_AFTER.match(text, phrase.end)
    if match is None or reading.cast.in_quotation(found_at):
        return []
    verb = match.group(1).lower()
    if verb in words_of("auxiliary") and match.group(2) is not None:
        verb = match.group(2).lower()  # "se ha señalado"
    if not reporting_verb(verb):
        return []
    return [(phrase, f"desde se {verb}")]


def _body_at(text: str, at: int, reading: Reading) -> Phrase | None:
    """The institution named at ``at`` after "desde", else ``None``."""
    tokens = words_in(text, at, min(len(text), at + _OWNER_REACH), reading.index)
    found = phrase_at(text, tokens, 0) if tokens and tokens[0].start == at else None
    if found is None:
        return None
    phrase = found[0]
    name = text[phrase.name[0] : phrase.name[1]] if phrase.name is not None else ""
    if name.lower() in _countries():
        return None  # "desde Chile": a place, no body
    if phrase.kind == PERSON and name and phrase.head is None:
        if name.split()[0] in first_names():
            return None  # "desde Pedro Soto": a person, no body
        phrase = Phrase(phrase.start, phrase.end, ORGANIZATION, name=phrase.name)
    return phrase if phrase.kind in {ORGANIZATION, MEDIA} else None


#: A cleft sentence's copula opening its sentence: "Fue el ministro quien anunció…".
_CLEFT = re.compile(r"(?:Fue|Fueron|Es|Son|Era|Eran)[ \t]+(?=[^\W\d_])")
#: The copulas a cleft sentence opens on, by what the text is searched for to find them
#: (one search for "Fue " and "Fueron ").
_CLEFT_COPULAS = (
    ("Fue", ("Fue ", "Fueron ")),
    ("Era", ("Era ", "Eran ")),
    ("Es ", ("Es ",)),
    ("Son ", ("Son ",)),
)
#: The relative after the focus of a cleft, then its verb: "quien anunció", "los que dijeron".
_CLEFT_RELATIVE = re.compile(
    r",?[ \t]*(?:quien|quienes|(?:el|la|los|las)[ \t]+que)[ \t]+(?:se[ \t]+)?([^\W\d_]+)"
)
#: A relative pronoun a cleft's focus may be followed by, as a cheap test.
_CLEFT_RELATIVE_SOON = re.compile(r"\b(?:quienes|quien|que)\b")
#: How far after the copula the focus and its relative are read.
_CLEFT_REACH = 160
#: The most words an apposition between the focus and its relative may have.
_CLEFT_APPOSITION = 10


def cleft_speakers(text: str, reading: Reading) -> list[tuple[Phrase, str]]:
    """The focus of a cleft sentence whose relative reports: "Fue el ministro quien dijo…".

    Spanish puts the one who spoke in focus between a copula opening the sentence and a
    relative: "Fue la ministra Ana Soto quien anunció que…", "Fueron los vecinos quienes
    denunciaron…", "Fue Juan Pérez, director del hospital, quien confirmó…" (an
    apposition set between commas is stepped over). The relative's verb must report;
    "Fue el ministro quien firmó el decreto" credits no one.

    Examples:
        >>> from noticiaparse._reading import read_article
        >>> text = "Hubo dudas. Fue la ministra Ana Soto quien anunció que no habrá recortes."
        >>> reading = read_article(text, [(0, len(text))])
        >>> [(text[p.start:p.end], cue) for p, cue in cleft_speakers(text, reading)]
        [('la ministra Ana Soto', 'anunció')]
    """
    out: list[tuple[Phrase, str]] = []
    if "quien" not in text and " que " not in text:
        return out
    for match in _cleft_copulas(text):
        if reading.cast.in_quotation(match.start()):
            continue
        at = match.end()
        if not _CLEFT_RELATIVE_SOON.search(text, at, min(len(text), at + _CLEFT_REACH)):
            continue  # no relative near: no cleft
        tokens = words_in(text, at, min(len(text), at + _CLEFT_REACH), reading.index)
        found = phrase_at(text, tokens, 0) if tokens and tokens[0].start == at else None
        if found is None:
            continue
        phrase, after = found
        name = text[phrase.name[0] : phrase.name[1]] if phrase.name is not None else ""
        if (
            (phrase.kind == PERSON and not name and phrase.head is None)
            or name.lower() in _countries()
            or (" " not in text[phrase.start : phrase.end].strip() and text[phrase.start].islower())
        ):
            continue  # "Son muchos los que dicen…": how many, no one in focus
        end = phrase.end
        if text.startswith(",", end) and after < len(tokens):
            close = text.find(",", end + 1, end + _CLEFT_REACH)
            inside = text[end + 1 : close] if close > 0 else ""
            if not inside or len(inside.split()) > _CLEFT_APPOSITION or "." in inside:
                continue
            end = close
        relative = _CLEFT_RELATIVE.match(text, end)
        if relative is None or not reporting_verb(relative.group(1)):
            continue
        out.append((phrase, relative.group(1).lower()))
    return out


#: "Para" opening a sentence, then a plural group and its comma: "Para los expertos, …".
_GROUP_VIEW = re.compile(
    r"Para[ \t]+((?:(?:los|las|algunos|algunas|muchos|muchas|varios|varias)"
    r"[ \t]+)?([^\W\d_]+)[^,.;:\n«»“”\"]{0,80}?),"
)
#: The most words the group's phrase may have.
_GROUP_VIEW_WORDS = 8


def group_views(text: str, reading: Reading) -> list[tuple[Phrase, str]]:
    """A plural group of judges whose view "Para …," opening a sentence gives.

    "Para los expertos, la medida es insuficiente", "Para los economistas consultados,
    la inflación seguirá alta", "Para analistas del sector, …": a plural of people who
    judge (``lexicons/statement_opiners.txt``) in the frame is whose view the sentence
    gives, as "a juicio de los expertos" is. A plural of those a measure is for ("Para
    los jubilados, habrá un bono") names for whom, and a phrase with a verb of its own
    is no group.

    Examples:
        >>> from noticiaparse._reading import read_article
        >>> text = "Hubo dudas. Para los economistas consultados, la inflación seguirá alta."
        >>> reading = read_article(text, [(0, len(text))])
        >>> [(text[p.start:p.end], cue) for p, cue in group_views(text, reading)]
        [('los economistas consultados', 'para')]
    """
    out: list[tuple[Phrase, str]] = []
    if "Para " not in text:
        return out
    opiners = word_set("statement_opiners.txt")
    for match in _group_frames(text):
        if match.group(2).lower() not in opiners or reading.cast.in_quotation(match.start()):
            continue
        before = text[max(0, match.start() - 3) : match.start()].rstrip(" \t")
        if before and before[-1] not in ".!?…\n":
            continue  # "Para" inside a sentence: a purpose, not a frame
        start, end = match.span(1)
        words = words_in(text, start, end, reading.index)
        if len(words) > _GROUP_VIEW_WORDS or any(
            verb_like(tok) and not tok.low.endswith(endings_of("any_participle"))
            for tok in words[1:]
        ):
            continue
        head = match.group(2).lower()
        out.append((Phrase(start, end, PERSON, head=head, plural=True), "para"))
    return out


def _cleft_copulas(text: str) -> list[re.Match[str]]:
    """The copulas of ``_CLEFT_COPULAS`` that open a sentence, in text order."""
    found = []
    for word, copulas in _CLEFT_COPULAS:
        at = text.find(word)
        while at >= 0:
            before = text[max(0, at - 3) : at].rstrip(" \t")
            if text.startswith(copulas, at) and (not before or before[-1] in ".!?…\n"):
                match = _CLEFT.match(text, at)
                if match is not None:
                    found.append(match)
            at = text.find(word, at + 1)
    return sorted(found, key=lambda m: m.start())


def _group_frames(text: str) -> list[re.Match[str]]:
    """The matches of ``_GROUP_VIEW`` at each "Para " of the text."""
    found = []
    at = text.find("Para ")
    while at >= 0:
        match = _GROUP_VIEW.match(text, at)
        if match is not None:
            found.append(match)
        at = text.find("Para ", at + 1)
    return found
