"""Pronouns: "Él contestó: «…»", "«…», dijo ella": the person a subject pronoun stands for."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from noticiaparse._extract.quote_after import adverbs_auxiliaries
from noticiaparse._extract.quote_before import BEFORE_REACH
from noticiaparse._extract.quote_carries import continuing
from noticiaparse._extract.quote_openings import BLANK_REACH, PARAGRAPH_BREAK
from noticiaparse._extract.quote_said import QuotedSpans, Said
from noticiaparse._extract.quote_words import ALNUM_RUN, pronoun_of
from noticiaparse._reading import (
    PERSON,
    Cast,
    Phrase,
    RawQuote,
    first_names,
    word_set,
    words_of,
)
from noticiaparse._reading.phrases import LATTER, pair_ordinals
from noticiaparse._text.lexicons import word_classes
from noticiaparse._text.sentences import sentence_start as sentence_start_of
from noticiaparse._text.span import Span

__all__ = ["continuing_role", "epithet_gender", "pair_referent", "pronoun_referent"]


#: How many clitics and adverbs may stand between a subject pronoun and its verb
#: ("Ella también le respondió").
_PRONOUN_GAP = 3
#: How far before a subject pronoun the person it stands for is looked for.
_PRONOUN_REACH = 1500
#: How far before its verb a subject pronoun is looked for.
_PRONOUN_BEFORE = 60
#: How far after a closing mark the verb a pronoun follows is looked for ("«…», respondió ella").
_PRONOUN_AFTER = 40


def _pronoun_gender(text: str, raw: RawQuote, cue: str) -> tuple[int, str] | None:
    """Where the subject pronoun of a quotation's verb ``cue`` stands, and its gender.

    "Él contestó: «…»", "Ella también le respondió que «…»", "«…», respondió ella"
    (``he_pronoun``, ``she_pronoun`` in ``closed_sets.tsv``); ``None`` when the verb's
    subject is no such pronoun. Only words stand between them: "«…por él», dice" is
    the speaker's word.
    """
    lo = max(0, raw.open_at - BEFORE_REACH)
    at = text.rfind(cue, lo, raw.open_at)
    if at >= 0:
        window = text[max(lo, at - _PRONOUN_BEFORE) : at]
        if "l " not in window and "lla " not in window:
            return None  # no "él" or "ella" before the verb (most quotations)
        stepped = adverbs_auxiliaries()
        words = list(ALNUM_RUN.finditer(text, max(lo, at - _PRONOUN_BEFORE), at))
        for word in reversed(words[-_PRONOUN_GAP - 1 :]):
            gender = pronoun_of(word.group())
            if gender is not None:
                between = text[word.end() : at].replace(" ", "")
                return (word.start(), gender) if not between or between.isalpha() else None
            if word.group().lower() not in stepped:
                return None
        return None
    at = text.find(cue, raw.close_at, raw.close_at + _PRONOUN_AFTER)
    if at < 0:
        return None
    after = ALNUM_RUN.match(text, at + len(cue) + 1)
    if after is None or text[at + len(cue)] != " ":
        return None
    gender = pronoun_of(after.group())
    return None if gender is None else (after.start(), gender)


def pronoun_referent(  # noqa: PLR0913, PLR0917
    text: str,
    cast: Cast,
    quoted: QuotedSpans,
    raw: RawQuote,
    said: Said | None,
    phrase: Phrase | None,
    last_spoken: tuple[int, Phrase] | None,
    anchors: Sequence[tuple[int, Phrase]] = (),
) -> tuple[Phrase | None, tuple[int, Phrase] | None]:
    """The speaker ``phrase``, or the person a subject pronoun of the verb stands for.

    With the last speaker, ``last_spoken``, that person then is.

    "Él" and "ella" agree with their person in gender: when the speaker the context
    gives is of the other gender, or no person, the pronoun stands for the last person
    of its gender who spoke or was credited before it (``anchors``), within reach; else
    the person of its gender the text is about there, named outside quotations
    (:meth:`Cast.last_person`: the most named within reach, then the latest): "La
    ministra Ana Vidal llegó con el alcalde Pedro Soto. Él contestó: «…»" gives Pedro
    Soto, not the ministra the sentence before opened on. So does a pronoun that opens
    the quotation's sentence, or the sentence before one that opens on the quotation
    (:func:`_opening_pronoun`).
    """
    if raw.depth or (said is not None and said.phrase is not None):
        return phrase, last_spoken
    found = None if said is None or said.cue is None else _pronoun_gender(text, raw, said.cue)
    found = found or _opening_pronoun(text, raw.open_at)
    if found is None or quoted.holds(found[0]):
        return phrase, last_spoken
    pos, gender = found
    if phrase is not None and _gender_of(text, cast, phrase) == gender:
        return phrase, last_spoken
    agreeing = next(
        (
            found
            for at, found in reversed(anchors)
            if pos - _PRONOUN_REACH <= at < pos and _gender_of(text, cast, found) == gender
        ),
        None,
    )
    if agreeing is None:
        person = cast.last_person(pos, reach=_PRONOUN_REACH, gender=gender, skip=quoted.holds)
        if person is None:
            return phrase, last_spoken
        start, end = cast.people[person]
        agreeing = Phrase(start, end, PERSON, name=Span(start, end))
    return agreeing, (raw.start, agreeing)


def _opening_pronoun(text: str, pos: int) -> tuple[int, str] | None:
    """Where "Él" or "Ella" opens the subject of the quotation at ``pos``, and its gender.

    The quotation's own sentence opens on it ("Ella, visiblemente molesta, dijo que
    «…»"), or the quotation opens its sentence and the sentence right before, in the
    same paragraph or the one before, opens on it ("Ella prefirió no responder. «Ya dije
    lo que tenía que decir»."). A lower-case word or a comma follows the pronoun.
    """
    start = sentence_start_of(text, pos, 0)
    if not text[start:pos].strip():
        back = start
        while back > 0 and text[back - 1].isspace() and start - back <= BLANK_REACH:
            back -= 1
        if back == 0 or text.count("\n", back, start) > PARAGRAPH_BREAK:
            return None
        start = sentence_start_of(text, back - 1, 0)
    while start < pos and text[start].isspace():
        start += 1
    word = ALNUM_RUN.match(text, start, min(pos, start + 8))
    if word is None or not word.group()[:1].isupper() or word.end() + 2 > pos:
        return None
    if word.group().lower() in words_of("opinion_lead") and text[word.end()] == " ":
        # "Para ella, se trata de una «…»": the view is the pronoun's person's
        word = ALNUM_RUN.match(text, word.end() + 1, min(pos, word.end() + 7))
        if word is None or word.end() + 2 > pos:
            return None
    gender = pronoun_of(word.group())
    after = text[word.end() : word.end() + 2]
    if gender is None or not (after[:1] == "," or (after[:1] == " " and after[1:].islower())):
        return None
    return word.start(), gender


def _gender_of(text: str, cast: Cast, phrase: Phrase) -> str | None:
    """A person's gender as their given name or their role's article tells it, else ``None``.

    ``None`` for a group, an organisation or a plural role: no pronoun "él" or "ella"
    agrees with them.
    """
    if phrase.kind is not PERSON or phrase.plural:
        return None
    entity = cast.resolve(phrase)
    words = text[entity.start : entity.end].split()
    if not words:
        return None
    gender = first_names().get(words[0])
    if gender is not None:
        return gender
    first = words[0].lower()
    if first in words_of("feminine"):
        return "f"
    return "m" if first in words_of("masculine") else None


@functools.cache
def _former_words() -> frozenset[str]:
    return word_classes("pair_ordinals.tsv").get("former", frozenset())


def pair_referent(cast: Cast, phrase: Phrase | None) -> Phrase | None:
    """The first of the last two people named, for "el primero" / "la primera".

    "Ana Paz y Luis Gil debatieron. La primera sostuvo que «…», mientras que el segundo
    respondió: «…»": "el segundo" is the one named last (as "este último"); "el
    primero" the one named before them.
    """
    if phrase is None or phrase.kind != LATTER or phrase.head not in pair_ordinals():
        return phrase
    if phrase.head not in _former_words():
        return phrase
    people: list[str] = []
    for at, name in reversed(cast.named):
        if at >= phrase.start:
            continue
        full = cast.full_name(name)
        if full in cast.people and full not in people:
            people.append(full)
            if len(people) == 2:  # noqa: PLR2004 (a pair)
                start, end = cast.people[full]
                return Phrase(start, end, PERSON, name=Span(start, end))
    return phrase


def epithet_gender(  # noqa: PLR0913, PLR0917 - the loop's state, as its siblings
    text: str,
    cast: Cast,
    quoted: QuotedSpans,
    said: Said | None,
    phrase: Phrase | None,
    anchors: Sequence[tuple[int, Phrase]],
    pos: int,
) -> Phrase | None:
    """The speaker an epithet stands for, in the gender its article gives.

    "Entre los afectados está la familia de Rosa Pinto.¶«…», contó la mujer": the
    carried speaker (a man who spoke before) does not agree with "la mujer"; the last
    person of her gender who spoke, else the one the text is about there, does; with
    none, the epithet as written ("la mujer").
    """
    if said is None or not said.epithet or said.written is None:
        return phrase
    article = text[said.written.start : said.written.end].split(maxsplit=1)[0].lower()
    gender = "f" if article in words_of("feminine") else None
    gender = gender or ("m" if article in words_of("masculine") else None)
    if gender is None or phrase is None or _gender_of(text, cast, phrase) in (gender, None):
        return phrase
    for at, found in reversed(anchors):
        if pos - _PRONOUN_REACH <= at < pos and _gender_of(text, cast, found) == gender:
            return found
    person = cast.last_person(pos, reach=_PRONOUN_REACH, gender=gender, skip=quoted.holds)
    if person is None:
        return said.written
    start, end = cast.people[person]
    return Phrase(start, end, PERSON, name=Span(start, end))


def continuing_role(  # noqa: PLR0913, PLR0917 - the loop's state, as its siblings
    text: str,
    cast: Cast,
    raw: RawQuote,
    said: Said | None,
    phrase: Phrase | None,
    previous: Phrase | None,
) -> Phrase | None:
    """The previous quotation's speaker, for a bare role that goes on speaking ("añadió").

    "Por su parte, el presidente del gremio, Carlos Salazar, advirtió que «…».¶El líder
    empresarial añadió: «…»": a verb that continues a turn (``continuing_verbs.txt``)
    with a role the cast links to no one as its subject is the one who spoke last, news
    naming them anew; so is a generic office written for any after the quotation ("«…»,
    remarcó el funcionario", ``role_periphrases.txt``), whatever its verb; when their
    gender agrees with the role's article.
    """
    if (
        phrase is None
        or previous is None
        or phrase.kind != PERSON
        or phrase.name is not None
        or phrase.head is None
        or phrase.plural
        or previous.kind != PERSON
        or previous.plural
    ):
        return phrase
    # after the quotation only: "A su turno, el funcionario recordó que «…»" is another
    generic = phrase.start >= raw.end and _generic_role(text, phrase)
    if not generic and not continuing(said):
        return phrase
    if previous.name is None:
        known = cast.resolve(previous)
        if (known.start, known.end) == (previous.start, previous.end):
            return phrase  # the one before is a bare role too
    entity = cast.resolve(phrase)
    if not generic and (entity.start, entity.end) != (phrase.start, phrase.end):
        return phrase  # the role is someone's already
    article = text[phrase.start : phrase.end].split(maxsplit=1)[0].lower()
    gender = "f" if article in words_of("feminine") else None
    gender = gender or ("m" if article in words_of("masculine") else None)
    if gender is None or _gender_of(text, cast, previous) not in (gender, None):
        return phrase
    return previous


def _generic_role(text: str, phrase: Phrase) -> bool:
    """Whether ``phrase`` is a bare generic office ("el funcionario", "la autoridad")."""
    words = text[phrase.start : phrase.end].lower().split(maxsplit=1)
    return len(words) == 2 and words[1] in word_set("role_periphrases.txt")  # noqa: PLR2004
