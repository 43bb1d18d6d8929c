"""A reporting verb's subject set after it, or named by "desde" before it.

- after the verb and an adverbial: "…, aseguró este martes el ministro", "…, informó en
  un comunicado la Fiscalía" (:func:`postverbal`);
- after the verb when the one word before it is its fronted object: "Cautela pidió el
  Banco Central" (:func:`fronted_object`);
- the institution "desde" names before a verb with no subject: "…, un gesto que desde el
  Gobierno lamentan" (:func:`from_before`).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from noticiaparse._extract.source_cues import given_named
from noticiaparse._extract.source_sites import media_nouns
from noticiaparse._extract.source_subjects import clause_ends
from noticiaparse._extract.source_words import (
    ADVERBIAL_REACH,
    ADVERBIAL_WORDS,
    ARTICLE_AND_NOUN,
    NEXT_WORD,
    VERB_FIRST,
    adverbial_leads,
    adverbial_openers,
    countries,
)
from noticiaparse._reading import (
    ANONYMOUS,
    DOCUMENT,
    MEDIA,
    MEDIA_REF,
    ORGANIZATION,
    PERSON,
    Attribution,
    Phrase,
    Reading,
    Token,
    TokenIndex,
    first_names,
    phrase_at,
    reporting_participle,
    reporting_verb,
    verb_like,
    word_set,
    words_in,
    words_of,
)
from noticiaparse._reading.vocabulary import org_nouns
from noticiaparse._text.fold import fold
from noticiaparse._text.sentences import sentence_start

__all__ = ["from_before", "from_institution", "fronted_object", "postverbal"]


#: A determiner and its noun after a verb are read within this many characters.
_FRONTED_REACH = 60


#: Enough characters after a verb for its space and an article ("los").
_ARTICLE_AHEAD = 5


def fronted_object(
    text: str, attribution: Attribution, phrase: Phrase, reading: Reading
) -> Phrase | None:
    """The subject after the verb when the one word before it is its object, else ``None``.

    "Cautela pidió el Banco Central", "Preocupación expresaron los apoderados": news
    fronts the object, and the subject follows the verb. A human or institutional
    object takes "a" ("Pérez criticó al Banco Central"): a determiner and a noun of a
    person, a group or an institution right after the verb, no "a" before them, are
    its subject. The word before, alone, capitalised because it opens the sentence, is
    no given name and no name the article gives anyone.
    """
    after = text[attribution.cue_end : attribution.cue_end + _ARTICLE_AHEAD].split()
    if not after or after[0] not in words_of("definite"):
        return None  # a cheap test first: an article right after the verb
    written = text[phrase.start : phrase.end]
    if " " in written or written in first_names() or written in reading.cast.people:
        return None
    if (
        reading.cast.full_name(written) != written
        or text[phrase.end : attribution.cue_start].strip()
    ):
        return None
    if phrase.start != sentence_start(text, phrase.start, 0):
        return None
    tokens = words_in(
        text, attribution.cue_end, attribution.cue_end + _FRONTED_REACH, reading.index
    )
    if (
        len(tokens) < ARTICLE_AND_NOUN
        or text[attribution.cue_end : tokens[0].start].strip()
        or tokens[0].low not in words_of("definite")
        or not (tokens[1].capital or tokens[1].low in _subject_nouns())
    ):
        return None
    return _subject_at(text, tokens, 0, comma=False)


@functools.cache
def _subject_nouns() -> frozenset[str]:
    """Nouns of people, roles and institutions: a subject's, never an object's without "a"."""
    return word_set("role_words.txt") | word_set("people_nouns.txt") | org_nouns()


def postverbal(text: str, attribution: Attribution, index: TokenIndex) -> Phrase | None:
    """The subject after a reporting verb and an adverbial, when the verb has none before.

    News sets the subject after the verb, and often a time, a manner or whom the words
    went to between them: "…, aseguró este martes el ministro", "…, informó en un
    comunicado la Fiscalía", "…, declaró a la prensa la alcaldesa", "Así lo dijo a este
    medio el director". Only a verb after a comma, a quotation, a dash or "lo" has its
    subject after it. The object of a preposition is stepped over whole (never the
    subject); the first phrase after the adverbial that names someone is the subject.
    Another clause ("que", a relative, a verb, a phrase after a comma with a verb after
    it) ends the search.
    """
    place = _verb_place(text, attribution)
    if place is None:
        return None
    tokens = words_in(text, attribution.cue_end, attribution.cue_start + ADVERBIAL_REACH, index)
    if not tokens or text[attribution.cue_end : tokens[0].start].strip():
        return None
    if tokens[0].low in words_of("source_from") and len(tokens) > 1:
        # "…, informaron desde la Municipalidad": the institution the words come from
        found = phrase_at(text, tokens, 1)
        return None if found is None else from_institution(text, found[0])
    if place == "start" or (place == "after" and tokens[0].low not in adverbial_openers()):
        return None
    j, end = 0, min(len(tokens), ADVERBIAL_WORDS + 1)
    while j < end:
        tok = tokens[j]
        gap = text[attribution.cue_end : tok.start]
        if clause_ends(gap, tok) or _outlet_itself(tokens, j):
            return None  # "Como adelantó este diario, …": the outlet that writes
        if tok.low in adverbial_leads():
            # "a la prensa", "en un comunicado", "al exministro": whom or where, never
            # who; "este martes": when
            if j + 1 < len(tokens) and tokens[j + 1].low == "que":
                return None  # "insistió en que…": the verb's complement
            j = _past_oblique(text, tokens, j)
        elif tok.low in words_of("determiner") or tok.capital or _bare_group(text, tokens, j):
            return _subject_at(text, tokens, j, comma="," in gap)
        else:
            j += 1
    return None


def _past_oblique(text: str, tokens: Sequence[Token], j: int) -> int:
    """Past the phrase the preposition at ``j`` governs ("a la prensa", "a los vecinos y…")."""
    found = phrase_at(text, tokens, j + 1) if j + 1 < len(tokens) else None
    if found is not None:
        plural = found[0].plural
        j = found[1]
    else:
        # "a los nicaragüenses y…": an article and its noun, no name read
        plural = j + 1 < len(tokens) and tokens[j + 1].low in words_of("plural_determiner")
        j += 3 if plural else 2
    j = _addressee_rest(tokens, _name_rest(text, tokens, j))
    return _agreeing_rest(tokens, j) if plural else j


def _name_rest(text: str, tokens: Sequence[Token], j: int) -> int:
    """Past the rest of a name the phrase before ``j`` read part of, when "que" follows it.

    "sostuvo en diálogo con CBS News que…": "News" is the outlet's, and the verb's
    complement follows; "dijo a la AFP Rosa Ibáñez, una…" opens the subject after it.
    """
    k = j
    while (
        0 < k < len(tokens)
        and tokens[k].capital
        and tokens[k - 1].capital
        and not text[tokens[k - 1].end : tokens[k].start].strip()
    ):
        k += 1
    if not j < k < len(tokens):
        return j
    if tokens[k].low == "que":
        return k
    # "dijo a Telemundo Noticias la cantante Ana Paz": the outlet's name runs whole up to
    # the subject's article, no comma between ("a la AFP Rosa Ibáñez, una…" is not so)
    spaced = not text[tokens[k - 1].end : tokens[k].start].strip()
    return k if spaced and tokens[k].low in words_of("determiner") else j


def _agreeing_rest(tokens: Sequence[Token], j: int) -> int:
    """Past the plural words that qualify a plural phrase the words went to.

    "dijo a los vecinos presentes que…", "explicó a los periodistas reunidos el
    alcalde": the adjective (one word) agrees with whom the words went to, and is no
    subject of its own; an article, a determiner or a capital opens the subject.
    """
    agrees = (
        j < len(tokens)
        and not tokens[j].capital
        and tokens[j].low.endswith("s")
        and tokens[j].low not in words_of("determiner")
        and tokens[j].low not in adverbial_leads()
    )
    return j + 1 if agrees else j  # one adjective: "…presentes vecinos del sector" is a subject


def _addressee_rest(tokens: Sequence[Token], j: int) -> int:
    """Past the words "y" joins to the phrase the words went to, up to an article or a name.

    "dijo a los vecinos y comerciantes presentes que…": whom the words went to runs on
    past "y", and its adjectives with it; a subject after it opens on an article, a
    determiner or a capital ("declaró a la prensa y a la radio el alcalde").
    """
    if j >= len(tokens) or tokens[j].low not in words_of("coordinator"):
        return j
    k = j + 1
    while k < len(tokens) and not (
        tokens[k].capital
        or tokens[k].low in words_of("determiner")
        or tokens[k].low in adverbial_leads()
        or tokens[k].low == "que"
    ):
        k += 1
    return k


def _bare_group(text: str, tokens: Sequence[Token], j: int) -> bool:
    """Whether a subject with no determiner opens at ``j``: the anonymous, or a group.

    Spanish drops the article before a plural subject set after its verb: "…, confirmaron
    a EFE fuentes del Ministerio", "…, dijeron a este diario vecinos del sector".
    """
    found = phrase_at(text, tokens, j)
    if found is None:
        return False
    phrase = found[0]
    return phrase.kind == ANONYMOUS or (
        phrase.kind == PERSON and phrase.plural and phrase.head is not None and phrase.name is None
    )


def _outlet_itself(tokens: Sequence[Token], j: int) -> bool:
    """Whether a medium's noun with no outlet named ("este diario", "este medio") opens at ``j``.

    A verb's subject so ("Tal como adelantó este diario, …") is the outlet that writes
    the article, which is no source of itself; it is no time to step over either.
    """
    return (
        tokens[j].low in words_of("demonstrative")
        and j + 1 < len(tokens)
        and tokens[j + 1].low in media_nouns()
    )


def _verb_place(text: str, attribution: Attribution) -> str | None:
    """Where a reporting verb outside any quotation stands, when its subject may follow it.

    "after" a comma, a quotation, a dash or "lo" (the subject follows past an
    adverbial: "…, dijo ayer el ministro"), "framed" after "como", "conforme" (the
    subject follows at once: "Como señaló la ministra, …"), "start" opening a sentence
    (only "desde" leads to its subject: "Informaron desde la Alcaldía que…"), else ``None``.
    """
    reporting = reporting_verb(attribution.cue)
    if attribution.quoted or not (reporting or reporting_participle(attribution.cue)):
        return None
    before = text[max(0, attribution.cue_start - 40) : attribution.cue_start].rstrip(" \t")
    last = before.rsplit(None, 1)[-1].lower() if before.strip() else ""
    if last in words_of("auxiliary"):
        # "…, ha asegurado este lunes el ministro", "Como ha informado la Fiscalía, …":
        # the perfect's auxiliary stands where the simple verb would
        before = before[: len(before) - len(last)].rstrip(" \t")
        last = before.rsplit(None, 1)[-1].lower() if before.strip() else ""
    elif not reporting:
        return None
    if (last in words_of("frame_opener") and last not in words_of("echo")) or last in word_set(
        "frame_leads.txt"
    ):
        return "framed"  # "Como señaló la ministra", "Según dijo a la prensa el ministro"
    following = NEXT_WORD.match(text, attribution.cue_end)
    lead = following.group(1).lower() if following is not None else ""
    if lead not in adverbial_openers() and lead not in words_of("source_from"):
        return None  # no adverbial, no "desde": the plain reading found no subject
    if (before and before[-1] in VERB_FIRST) or last == "lo":
        return "after"
    return "start" if not before or before[-1] in ".!?\n" else None


def _subject_at(text: str, tokens: Sequence[Token], j: int, *, comma: bool) -> Phrase | None:
    """The phrase at token ``j`` as a postverbal subject, when it names someone."""
    found = phrase_at(text, tokens, j)
    if found is None or found[0].kind in {DOCUMENT, MEDIA_REF}:
        return None
    phrase, after = found
    if comma and after < len(tokens) and verb_like(tokens[after]):
        return None  # "…, indican en el fallo, el exalcalde compró…"
    credible = phrase.kind != PERSON or phrase.name is not None or phrase.head is not None
    return phrase if credible else None


def from_before(text: str, attribution: Attribution, reading: Reading) -> Phrase | None:
    """The institution "desde" names right before a reporting verb that has no subject.

    "…, un gesto que desde el Gobierno lamentan", "lo que desde la Cancillería consideran
    grave": the words come from the institution after "desde", wherever the clause
    stands.
    """
    verb = attribution.cue_start
    window = text[max(0, verb - ADVERBIAL_REACH) : verb]
    plural = attribution.cue.lower().endswith("n")
    if attribution.quoted or ("desde" not in window.lower() and not (plural and "En " in window)):
        return None
    if not reporting_verb(attribution.cue):
        return None
    lo = sentence_start(text, verb, 0, reach=ADVERBIAL_REACH)
    opening = lo
    lo = max(lo, text.rfind(",", lo, verb) + 1)
    tokens = words_in(text, lo, verb, reading.index)
    for k in range(len(tokens) - 2, max(-1, len(tokens) - ADVERBIAL_WORDS), -1):
        # "En la Casa Rosada explicaron que…": opening its sentence, "en" and a plural
        # verb name the institution as "desde" does
        inside = tokens[k].low == "en" and k == 0 and lo == opening and plural
        if tokens[k].low in words_of("source_from") or inside:
            found = phrase_at(text, tokens, k + 1)
            # the institution, and at most one word describing it, right before the verb
            if found is None or found[1] < len(tokens) - 1:
                return None
            extra = tokens[found[1]].low if found[1] < len(tokens) else ""
            if extra in words_of("coordinator") or extra in words_of("relative"):
                return None  # "desde el Ministerio y lamentan": another clause
            if inside and fold(text[found[0].start : found[0].end]) in countries():
                return None  # "En Venezuela aseguran que…": people there, no institution
            return from_institution(text, found[0])
    return None


def from_institution(text: str, phrase: Phrase) -> Phrase | None:
    """The institution "desde" names: an organisation, an outlet, or a name read as a person's.

    "Desde Aguas Claras explicaron que…": the words come from a place or a body, never
    from one person, so a capitalised name no given name opens is an organisation's.
    """
    if phrase.kind in {ORGANIZATION, MEDIA}:
        return phrase
    if phrase.kind != PERSON or phrase.name is None or phrase.head is not None:
        return None
    if given_named(text, phrase):
        return None  # "Desde Pedro Soto explicaron": no institution
    return Phrase(phrase.start, phrase.end, ORGANIZATION, name=phrase.name)
