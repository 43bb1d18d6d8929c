"""Sources: who the article credits, as entities with their mentions.

A source is credited by an attribution phrase (``según X``, ``de acuerdo con X``,
``citado por X``…), by a reporting verb (``X dijo``, ``señaló X``, ``X informó``),
or by being the speaker of a direct or partial quotation. Mentions are grouped
into entities through :mod:`noticiaparse._reading`: a surname joins the full name,
a role joins the person it was linked to, "el diario" joins the last newspaper
named. Each entity is reported once, under its most complete name.
"""

from __future__ import annotations

import functools
from bisect import bisect_left
from collections.abc import Sequence

import regex

from noticiaparse._extract.source_acts import (
    agents_past_adverbials,
    object_act,
    passive_or_reflexive,
)
from noticiaparse._extract.source_channels import framed_statements, infinitive_frames, records
from noticiaparse._extract.source_cues import (
    document_makers,
    fused_al,
    fused_roles,
    given_named,
    issuers,
)
from noticiaparse._extract.source_documents import (
    document_credits,
)
from noticiaparse._extract.source_filters import (
    act_sense,
    not_yet_said,
    object_apposition,
    quote_only_participles,
    topic,
)
from noticiaparse._extract.source_fold import fold_sources, fullest_institutions, renamable
from noticiaparse._extract.source_joins import (
    definites_folded,
    document_topics,
    documents_folded,
    firm_by_noun,
    heads_folded,
)
from noticiaparse._extract.source_ledger import Entity, Ledger
from noticiaparse._extract.source_names import (
    coordinated,
    lower_words,
    no_source,
    saint_named,
)
from noticiaparse._extract.source_outlets import outlet_credits
from noticiaparse._extract.source_pairs import (
    named_norm,
    norm_followed,
    pair_after,
    pair_subject,
)
from noticiaparse._extract.source_postverbal import (
    from_before,
    from_institution,
    fronted_object,
    postverbal,
)
from noticiaparse._extract.source_rulings import document_after, rulings
from noticiaparse._extract.source_search import (
    STEM,
)
from noticiaparse._extract.source_search import lowered as _lowered
from noticiaparse._extract.source_sites import at_home, credit_names, site_names
from noticiaparse._extract.source_statements import (
    anonymity_asked,
    asks_anonymity,
    cleft_speakers,
    comma_subjects,
    group_views,
    impersonal_from,
    impersonal_in_documents,
    que_statements,
    speech_owners,
)
from noticiaparse._extract.source_subjects import (
    apposed_name,
    dropped_subject,
    past_adverbial,
    pronoun_subject,
    qualified_institution,
    subject_before_asides,
)
from noticiaparse._extract.source_variants import (
    acronym_variants,
    apposed_descriptions,
    fullest_names,
    name_variants,
    outlet_variants,
    particle_names,
    qualified_variants,
)
from noticiaparse._extract.source_words import (
    LAST_WORD,
    LEAD_WORD,
    opener_words,
)
from noticiaparse._model import QuoteKind, Source
from noticiaparse._reading import (
    MEDIA,
    MEDIA_REF,
    ORGANIZATION,
    PERSON,
    Attribution,
    Cast,
    Credit,
    Phrase,
    RawQuote,
    Reading,
    Turn,
    phrase_at,
    phrase_before,
    reporting_verb,
    words_in,
    words_of,
)
from noticiaparse._reading.vocabulary import closed_set
from noticiaparse._text.lexicons import lines
from noticiaparse._text.sentences import sentence_start
from noticiaparse._text.span import Span
from noticiaparse._text.spine import Spine

__all__ = ["find_sources"]

_SPOKEN = (QuoteKind.DIRECT, QuoteKind.PARTIAL)


def find_sources(
    spine: Spine,
    reading: Reading,
    said: Sequence[Credit] = (),
    signed: str | None = None,
    lowered: str | None = None,
) -> tuple[Source, ...]:
    """Every source the article ``reading`` credits; ``said`` what the quotes reader read.

    ``signed`` is the desk or agency that signs the page (``Layout.credit``): the
    outlet that wrote the article is no source of itself. ``lowered`` is
    ``lower_text(spine.text)`` when the caller has it (the dates reader reads it too:
    a parse lower-cases its text once), computed here when not.

    A direct or partial quotation's speaker is a source, named by a cue of its own or
    given by the context (credited where it was named), unless a colon joins a role or
    a pair to it, or it stands inside another quotation.

    Examples:
        >>> from noticiaparse._reading import read_article
        >>> from noticiaparse._text.spine import build_spine
        >>> text = "Según La Tercera, el plan fracasó. Así lo informó el diario."
        >>> spine = build_spine(text)
        >>> reading = read_article(spine.text, [(0, len(text))])
        >>> [(s.name, s.kind.value, [m.text for m in s.mentions])
        ...  for s in find_sources(spine, reading)]
        [('La Tercera', 'media', ['La Tercera', 'el diario'])]
    """
    ledger = Ledger(spine, reading.cast)
    low = _lowered(spine.text, lowered)
    epithets = _epithets(spine.text, reading, said)
    for phrase, cue in _attributed(spine.text, reading):
        ledger.add(phrase, cue, named=epithets.get(phrase))
    for phrase in _opinion_leads(spine.text, reading):
        ledger.add(phrase, "para")
    for phrase, cue in (
        rulings(spine.text, reading)
        + records(spine.text, low, reading)
        + framed_statements(spine.text, low, reading)
    ):
        ledger.add(phrase, cue)
    for phrase, cue in document_makers(spine.text, low, reading, ledger.spans):
        ledger.add(phrase, cue)
    fused = fused_roles(spine.text, low, reading, ledger.spans)
    fused += speech_owners(spine.text, low, reading, ledger.spans)  # "las declaraciones de X"
    for phrase, cue in fused + fused_al(spine.text, low, reading, ledger.spans):
        ledger.add(phrase, cue)
    stated = issuers(spine.text, low, reading) + _que_credits(spine.text, reading)
    stated += outlet_credits(spine.text, low, reading) + document_credits(spine.text, low, reading)
    for phrase, cue in stated:
        ledger.add(phrase, cue)
    inside = _Quoted(reading.quotations)
    outlets = _outlet_ends(reading)
    for credit in said:
        if (
            credit.speaker is None
            or credit.kind not in _SPOKEN
            or credit.quotation.turn is Turn.QUESTION
            or topic(spine.text, credit.speaker)
            or credit.quotation.open_at < credit.speaker.start < credit.quotation.close_at
            or inside.apart(credit.speaker.start, credit.quotation.open_at)
            or _context_institution(spine.text, credit)
            or _outlet_tail(spine.text, credit.speaker, outlets)
            or _addressed(spine.text, credit.speaker)
        ):
            # "SEMANA: ¿…?": the interviewer asks, and is credited with nothing; a name
            # inside a quotation is whom the words speak of, never who speaks them (but
            # one quoting another inside it: «…cuando Daniel dice: 'Hagamos esto'»); the
            # context gives a quotation to a person, never to an institution ("La
            # Municipalidad inauguró el centro. «Es un día histórico»"); the last word of
            # an outlet's name is none of its ("dijo a Univision Noticias la vecina"), nor
            # whom the words went to ("replicó a la diputada Ana Paz que…")
            continue
        if (
            credit.cue is not None
            or credit.quotation.turn is Turn.ANSWER
            or _colon_named(spine.text, credit.speaker, credit.quotation)
            or not _colon_joined(spine.text, credit.speaker, credit.quotation)
        ):
            # a speaker named by a cue of its own, the interviewee who answers, the name
            # a colon joins to the quotation, or one the context gives ("El ministro
            # visitó la planta. «…»."): whoever speaks a quotation is a source
            speaker = _antecedent(spine.text, credit.speaker, reading)
            ledger.add(speaker, credit.cue, start=credit.quotation.start, spoken=True)
    # the page's own names, read only when an outlet is credited (few pages)
    home = functools.cache(lambda: site_names(spine.text, reading.regions) | credit_names(signed))
    found = tuple(
        e.source()
        for e in sorted(
            apposed_descriptions(
                spine.original,
                acronym_variants(
                    qualified_variants(
                        outlet_variants(
                            name_variants(
                                particle_names(
                                    fullest_names(ledger.entities.values(), reading.cast),
                                    reading.cast,
                                )
                            )
                        )
                    ),
                    ledger.acronyms(),
                ),
            ),
            key=lambda e: e.first,
        )
        if not (e.kind == "media" and at_home(e.name.lower(), home()) and not _informed_by(e))
    )
    # one source per entity (source_fold.py), under its fullest name; a place or a common
    # word names no one
    found = _fullest_institutions(found, spine.text, reading.cast)
    found = documents_folded(heads_folded(firm_by_noun(found), spine.original))
    found = document_topics(definites_folded(found), spine.original)
    found = tuple(named for s in found if (named := saint_named(s)) is not None)  # "San Ramón"
    written = functools.cache(lambda: lower_words(spine.original))
    return tuple(s for s in fold_sources(found) if not no_source(s, spine.original, written))


#: What may stand between a quotation's closing mark and the verb after it: «…», dijo.
_CLOSE_TO_VERB = regex.compile(r"[\s,.;:!?\u2014\u2013-]*")


def _epithets(text: str, reading: Reading, said: Sequence[Credit]) -> dict[Phrase, Phrase]:
    """The descriptions after a quotation's verb that rename the speaker named before.

    News avoids repeating a speaker's name from one quotation to the next: «…», dijo Ana
    Soto. «…», añadió la atleta tapatía. «…», agregó la campeona: the definite
    description after the verb ("la atleta tapatía", "el tenista de Cádiz", "el
    defensor del Pueblo") is the subject of the verb that governs the quotation, and
    where the quotes reader gave that quotation to a person it named before (its
    :class:`Credit` holds that person, not the description), the description is one
    more mention of that person, never a source of its own. Each such phrase maps to
    the speaker's phrase; a description the quotes reader kept as the speaker ("«…»,
    dijo un vecino") is not here.
    """
    if not said:
        return {}
    cast = reading.cast
    by_close: dict[int, Credit] = {}
    for credit in said:
        if credit.cue is not None and credit.speaker is not None and credit.kind in _SPOKEN:
            by_close[credit.quotation.close_at] = credit
    if not by_close:
        return {}
    closes = sorted(by_close)
    people = {name.lower() for name in cast.people}
    out: dict[Phrase, Phrase] = {}
    for attribution in reading.attributions.found:
        phrase = attribution.phrase
        if (
            phrase is None
            or phrase.kind != PERSON
            or phrase.name is not None
            or phrase.head is None
            or phrase.plural
            or phrase.group is not None
            or phrase.start < attribution.cue_end
            or text[phrase.start : phrase.end].split(maxsplit=1)[0].lower()
            not in words_of("definite")
        ):
            continue
        i = bisect_left(closes, attribution.cue_start) - 1
        if i < 0:
            continue
        credit = by_close[closes[i]]
        speaker = credit.speaker
        if (
            speaker is None
            or speaker == phrase
            or speaker.start > phrase.start
            or credit.cue is None
            or credit.cue.lower() != attribution.cue.lower()
            or _CLOSE_TO_VERB.fullmatch(text, closes[i] + 1, attribution.cue_start) is None
        ):
            continue
        if cast.resolve(speaker, heard=True).key in people:
            out[phrase] = speaker  # the person named before, never a description again
    return out


#: A participle's agent: "por" and at most a time between ("criticada ayer por").
_AGENT_REACH = 24


def _person_agent(text: str, attribution: Attribution, phrase: Phrase) -> bool:
    """Whether ``phrase``, one person, is the agent of a participle of making a document.

    One person: by a role or a given name ("el Indec" is an institution's name).
    "la carta firmada por la alcaldesa", "la foto publicada por el diputado", "el
    texto redactado por el abogado" (``authorship_participles.txt``): the person made
    or signed the thing, and the article credits them with no information there (a
    verb, a cue or a quotation credits them where it does). An institution or an
    outlet that made a document ("el informe elaborado por la Cepal") is its maker,
    a source; a person after a participle of saying ("el apoyo manifestado por la
    expresidenta", "fue criticada por la ministra") is credited with what they said.
    """
    if attribution.cue.lower() not in _authorship_participles():
        return False  # (a set lookup first: most cues are no participle of making)
    if phrase.kind != PERSON or phrase.plural or phrase.start < attribution.cue_end:
        return False  # "publicada por algunos medios": a quantifier, read on (``_determined``)
    if phrase.head is None and not given_named(text, phrase):
        return False  # "publicados por el Indec": a name no given name opens, an institution's
    between = text[attribution.cue_end : phrase.start].lower().split()
    return "por" in between[-2:] and phrase.start - attribution.cue_end <= _AGENT_REACH


@functools.cache
def _authorship_participles() -> frozenset[str]:
    """The participles of a document's making (``authorship_participles.txt``)."""
    return frozenset(lines("authorship_participles.txt"))


def _outlet_ends(reading: Reading) -> frozenset[int]:
    """Where the outlets the article names end ("dijo a Univision", "contó a CNN")."""
    given = frozenset(
        a.phrase.end
        for a in reading.attributions.found
        if a.phrase is not None and a.phrase.kind == MEDIA and a.phrase.start > a.cue_end
    )
    return given | {span[1] for _, _, _, span in reading.cast.outlets}


def _outlet_tail(text: str, speaker: Phrase, outlets: frozenset[int]) -> bool:
    """Whether a speaker's name is the rest of an outlet's name the words went to.

    "«…», dijo a Telemundo Noticias la psicóloga Ana Paz": the outlet runs on past
    the word the phrase reader knew ("Univision"), and "Noticias" is its name's last
    word, never a person; the verb's subject follows it.
    """
    if speaker.kind != PERSON or " " in text[speaker.start : speaker.end]:
        return False  # "dijo a CNN Ana Paz": a person's full name after the outlet's
    return any(end < speaker.start and not text[end : speaker.start].strip(" ") for end in outlets)


#: The words right before a name, read back to whether "a" governs it.
_WORDS_BEFORE = regex.compile(r"(?:(?<![\p{L}])\p{L}+[ \t]+){1,4}\Z")


def _addressed(text: str, speaker: Phrase) -> bool:
    """Whether a speaker's name is whom a reporting verb's words went to: its "a" object.

    "…, replicando a la senadora Inés Lagos, que le iba a contestar «…»",
    "respondió a Ana Paz: «…»": a name after a reporting verb and "a" (or "a"/"al" and
    one singular role in apposition to it: "a la diputada", "al ministro") is the one
    spoken to, never who speaks. A noun before "a" is no verb ("Entrevista a Boris
    Soto": the interviewee answers), and "a los periodistas Ana Paz" sets a plural
    before the subject, no role of hers.

    Examples:
        >>> from noticiaparse._text.span import Span
        >>> text = "Luego, replicando a la diputada Ana Paz, que le iba a contestar «sí»."
        >>> _addressed(text, Phrase(32, 39, PERSON, name=Span(32, 39)))
        True
        >>> text = "Entrevista a Ana Paz, escritora: «Escribo de noche»."
        >>> _addressed(text, Phrase(13, 20, PERSON, name=Span(13, 20)))
        False
    """
    if speaker.kind != PERSON or speaker.name is None or speaker.name[0] != speaker.start:
        return False
    match = _WORDS_BEFORE.search(text, max(0, speaker.start - LAST_WORD * 3), speaker.start)
    if match is None:
        return False
    written = match.group().split()
    # the last four words before the name, the first ones empty where the text has fewer
    verb, lead, article, last = ([""] * 4 + [word.lower() for word in written])[-4:]
    if last in {"a", "al"}:
        verb = article  # "respondió a Ana Paz"
    elif not written[-1].islower() or last.endswith("s"):
        return False  # "a los periodistas Ana Paz": a plural, no role of the name
    elif article == "al":
        verb = lead  # "replicó al ministro Luis Soto"
    elif not (lead == "a" and article in {"el", "la"}):
        return False  # "replicando a la diputada Ana Paz" has the verb four words back
    return bool(verb) and reporting_verb(verb, after_quote=True)


def _context_institution(text: str, credit: Credit) -> bool:
    """Whether an institution's name is a quotation's speaker only by the context.

    A quotation no cue credits ("La Municipalidad de Temuco inauguró el centro. «Es un
    día histórico»") is given by the context to whoever was named; a person speaks
    so, an institution does not: its words come with a cue ("señaló la
    Municipalidad", "en un comunicado", "La Municipalidad: «…»"), and a quotation
    after it and no cue is a spokesperson's or a document's, never the name's.
    """
    speaker = credit.speaker
    return (
        speaker is not None
        and credit.cue is None
        and speaker.kind == ORGANIZATION
        and speaker.name is not None
        and credit.quotation.turn is not Turn.ANSWER
        and not _colon_named(text, speaker, credit.quotation)
    )


def _fullest_institutions(found: tuple[Source, ...], text: str, cast: Cast) -> tuple[Source, ...]:
    """:func:`fullest_institutions`, the article's names gathered only when one may be renamed."""
    if not renamable(found):
        return found
    return fullest_institutions(found, _institution_names(text, cast))


def _institution_names(text: str, cast: Cast) -> list[str]:
    """The institutions' names the article writes, of two words or more.

    The cast's organisations, and the expansions of their acronyms; a capitalised word
    right before a name, no article or function word, is its head the cast read apart
    ("Policía" before "Nacional del Perú": a police officer's noun too); a capitalised
    name after the first "de" of one is a name too ("Informe de Human Rights Watch").
    """
    names = list(cast.aliases.values())
    openers = opener_words()
    for _, name, span in cast.orgs:
        if coordinated(name):
            continue  # "la Cepal y la OIT": two institutions, neither the fuller name
        before = text[max(0, span[0] - STEM * 4) : span[0]].split()[-1:]
        head = before[0] if before else ""
        full = f"{head} {name}" if head.istitle() and head.lower() not in openers else name
        if full[:1].isupper() and len(full.split()) > 1 and not coordinated(full):
            names.append(full)
            # the maker a document's name holds: "Informe de Human Rights Watch"
            _, of, maker = full.partition(" de ")
            if of and maker[:1].isupper() and len(maker.split()) > 1:
                names.append(maker)
    return names


def _attributed(text: str, reading: Reading) -> list[tuple[Phrase, str]]:
    """The phrases the attribution cues and reporting verbs credit, with their cues."""
    out: list[tuple[Phrase, str]] = []
    for attribution in reading.attributions.found:
        phrase = attribution.phrase
        if (
            (phrase is not None and topic(text, phrase))
            or not_yet_said(text, attribution)
            or act_sense(text, attribution)
            or attribution.cue.lower() in quote_only_participles()
            or object_act(text, attribution)
            or passive_or_reflexive(text, attribution)
            or _impersonal(text, attribution)
        ):
            continue  # "Sobre el ministro X, se mostró contraria": what it is about
        if attribution.cue.lower() in _channel_cues():
            continue  # "En entrevista con CNN, el ministro afirmó": CNN asked
        if phrase is not None and (
            norm_followed(text, attribution.cue, phrase) or _person_agent(text, attribution, phrase)
        ):
            # "Según la ley, …": what the norm requires, no one informs; "la carta firmada
            # por la alcaldesa": who made it, credited with no statement
            continue
        if phrase is not None and attribution.cue.lower() in closed_set("conformity_cue"):
            phrase = named_norm(text, phrase) or phrase  # "según la Constitución"
        if phrase is not None and (
            asks_anonymity(text, phrase.end)
            or (phrase.kind == MEDIA and _own_style(text, attribution, phrase))
        ):
            # "Un vocero que pidió reserva dijo": the whole phrase, by its verb; "dijo a
            # EL TIEMPO": the paper that writes, in its own style
            continue
        if phrase is not None and phrase.name == (phrase.start, phrase.end):
            phrase = fronted_object(text, attribution, phrase, reading) or phrase
        phrase = phrase or _unread_subject(text, attribution, reading)
        if phrase is not None and object_apposition(text, phrase, attribution.cue_start):
            continue  # "El atentado contra el jefe de la policía, Omar Ruiz, evidenció…"
        # "La CUT y la ANEF anunciaron": each subject a plural verb joins by "y"
        out.extend(
            (first, attribution.cue.lower())
            for first in pair_subject(text, attribution, phrase, reading)
        )
        if phrase is not None:
            out.append((_antecedent(text, phrase, reading), attribution.cue.lower()))
            out.extend(
                (second, attribution.cue.lower())
                for second in pair_after(text, attribution, phrase, reading)
            )
    return _without_relatives(text, out) + infinitive_frames(text, reading)


def _unread_subject(text: str, attribution: Attribution, reading: Reading) -> Phrase | None:
    """The subject of a verb the reading gave none: after it, dropped, past an aside."""
    return (
        postverbal(text, attribution, reading.index)
        or from_before(text, attribution, reading)
        or dropped_subject(text, attribution, reading)
        or pronoun_subject(text, attribution, reading)
        or past_adverbial(text, attribution, reading)
        or qualified_institution(text, attribution, reading)
        or apposed_name(text, attribution, reading)
        or document_after(text, attribution.cue_start, attribution.cue_end, reading)
        or subject_before_asides(text, attribution, reading)
    )


#: How far before a reporting verb its "se" is read.
_SE_REACH = 4
#: "que" right after a verb.
_QUE_NEXT = regex.compile(r"[ \t]+que\b")
#: "se", a word of its own, right before a verb.
_SE_BEFORE = regex.compile(r"(?<!\p{L})[sS]e[ \t]\Z")


def _impersonal(text: str, attribution: Attribution) -> bool:
    """Whether a reporting verb is impersonal: "se" before it, "que" right after it.

    "En la cita, a la que asistió la ministra Ana Paz, se informó que habrá patrullajes":
    no one is said to have informed; the name before the comma is no subject. A
    pronominal reporting verb takes a preposition, not "que" ("se refirió a", "se quejó
    de que").

    Examples:
        >>> text = "En la cita, con Ana Paz, se informó que sí."
        >>> _impersonal(text, Attribution("informó", 28, 35, None))
        True
        >>> text = "Ana Paz se refirió a la cita."
        >>> _impersonal(text, Attribution("refirió", 11, 18, None))
        False
    """
    before = text[max(0, attribution.cue_start - _SE_REACH) : attribution.cue_start]
    return (
        _SE_BEFORE.search(before) is not None
        and _QUE_NEXT.match(text, attribution.cue_end) is not None
    )


def _own_style(text: str, attribution: Attribution, phrase: Phrase) -> bool:
    """Whether the outlet a verb's words went to is named in capitals, words and all.

    "El alcalde dijo a EL TIEMPO que…", "explicó a EL NUEVO DÍA": some papers write
    their own name so in their copy, and the outlet that writes is no source of itself
    (as in "una entrevista concedida a EL PAÍS"); an acronym ("dijo a CNN") is one word.
    """
    named = text[phrase.name[0] : phrase.name[1]] if phrase.name else ""
    if " " not in named or not named.isupper() or phrase.start < attribution.cue_end:
        return False
    return text[attribution.cue_end : phrase.start].split()[-1:] in (["a"], ["al"])


def _without_relatives(text: str, credited: list[tuple[Phrase, str]]) -> list[tuple[Phrase, str]]:
    """The credits, less a relative clause's where its whole phrase is credited too.

    "Un funcionario que pidió no ser identificado dijo…": the relative's verb credits
    its antecedent ("Un funcionario que"), and the main verb the whole phrase, the one
    person; the whole phrase stands.
    """
    starts: dict[int, int] = {}
    for phrase, _ in credited:
        starts[phrase.start] = max(starts.get(phrase.start, 0), phrase.end)
    return [
        (phrase, cue)
        for phrase, cue in credited
        if not (
            starts[phrase.start] > phrase.end
            and text[phrase.start : phrase.end].rsplit(None, 1)[-1].lower() in words_of("relative")
        )
    ]


class _Quoted:
    """Where the quotations of an article open and close, to ask what lies inside one."""

    def __init__(self, quotations: Sequence[RawQuote]) -> None:
        spans = sorted((q.open_at, q.close_at) for q in quotations)
        self.opens = [a for a, _ in spans]
        self.closes = [b for _, b in spans]

    def apart(self, at: int, quoted: int) -> bool:
        """Whether ``at`` lies inside a quotation that does not hold ``quoted`` too.

        The quotation asked about is the last one opened before ``at``.
        """
        i = bisect_left(self.opens, at) - 1
        return i >= 0 and at < self.closes[i] and not self.opens[i] <= quoted < self.closes[i]


def _colon_named(text: str, speaker: Phrase, quotation: RawQuote) -> bool:
    """Whether a colon alone joins the speaker's name to the quotation.

    Headlines and captions name the speaker so, with no verb: "Ana Rojas: «…»",
    "«…»: Ana Rojas". The speaker is a source as one a verb names is, when one person is
    named: a role alone there ("Alcalde de Osorno: «…»") stands for a person the body
    names, and a pair ("«…»: Ana Rojas y Luis Soto discutieron") is two the body names.
    """
    if speaker.kind != PERSON or speaker.name is None or " y " in text[speaker.start : speaker.end]:
        return False  # "Alcalde de Osorno: «…»": the body names the person the role is
    return _colon_joined(text, speaker, quotation)


def _colon_joined(text: str, speaker: Phrase, quotation: RawQuote) -> bool:
    """Whether a colon alone stands between the speaker's phrase and the quotation."""
    if speaker.end <= quotation.open_at:
        between = text[speaker.end : quotation.open_at]
    else:
        between = text[quotation.close_at + 1 : speaker.start]
    return between.strip() == ":"


#: "Para el economista X, …" opening a sentence: whose view the sentence gives.
_OPINION_LEAD = regex.compile(
    r"(?:^|(?<=[.!?\n]) {0,3}|(?<=[.!?][»”\"] {1,3}))Para ", regex.MULTILINE
)


def _opinion_leads(text: str, reading: Reading) -> list[Phrase]:
    """Who a sentence opening on "Para X," gives the view of.

    News states an opinion as the frame of its sentence: "Para el economista Juan
    Pérez, la inflación seguirá alta", "Para la Cámara de Comercio, la medida es un
    error" credit X as "a juicio de X" does. Only one person (named or by role), an
    organisation or an outlet, closed by a comma: "Para los jubilados, habrá un bono"
    names for whom, and "Para 2025, …", "Para Navidad, …" when (``named_times.txt``).
    """
    out = []
    for match in _OPINION_LEAD.finditer(text):
        if reading.cast.in_quotation(match.start()):
            continue
        tokens = words_in(text, match.end(), min(len(text), match.end() + 200), reading.index)
        found = phrase_at(text, tokens, 0) if tokens else None
        if found is None or text[found[0].end : found[0].end + 1] != ",":
            continue
        phrase = found[0]
        if phrase.name is not None and _named_time(text[phrase.name[0] : phrase.name[1]]):
            continue  # "Para Navidad, …": when, not whose view
        person = phrase.kind == PERSON and not phrase.plural
        if (person and (phrase.name is not None or phrase.head is not None)) or phrase.kind in {
            ORGANIZATION,
            MEDIA,
        }:
            out.append(phrase)
    return out


def _named_time(name: str) -> bool:
    """Whether ``name`` is a feast, a season or an event (``named_times.txt``)."""
    return " ".join(name.split()) in _named_times()


@functools.cache
def _named_times() -> frozenset[str]:
    return frozenset(lines("named_times.txt"))


@functools.cache
def _channel_cues() -> frozenset[str]:
    """The cues after which the one named is the words' channel (``channel_cues.txt``).

    "En entrevista con CNN, el ministro afirmó…", "dijo en diálogo con Radio Mitre": the
    outlet or journalist named is the interview's occasion; "En declaraciones a Radio
    Caracol, el gobernador aseguró…": the outlet the statements were given to. Either is
    credited with nothing; the verb's subject speaks.
    """
    return frozenset(lines("channel_cues.txt"))


def _que_credits(text: str, reading: Reading) -> list[tuple[Phrase, str]]:
    """The subjects of the locutions and verbs before "que" (``source_statements``)."""
    out = []
    for phrase, cue in que_statements(text, reading):
        said_from = _said_from(text, phrase)
        if said_from is not None:
            out.append((_antecedent(text, said_from, reading), cue))
    out += [
        (phrase, cue)
        for phrase, cue in comma_subjects(text, reading)  # "Ana Soto, aseguró que…"
        if not object_apposition(text, phrase, _past_comma(text, phrase.end))
    ]
    out += impersonal_from(text, reading)  # "se informó desde la Fiscalía"
    out += agents_past_adverbials(text, reading)  # "criticada duramente por X"
    out += cleft_speakers(text, reading)  # "Fue el ministro quien dijo…"
    out += group_views(text, reading)  # "Para los expertos, …"
    return out + anonymity_asked(text, reading) + impersonal_in_documents(text, reading)


#: A comma and the spaces around it.
_COMMA_GAP = regex.compile(r"[ \t]*,?[ \t]*")


def _past_comma(text: str, at: int) -> int:
    """Where the word after ``at`` starts, past a comma and spaces ("Ana Soto, aseguró")."""
    gap = _COMMA_GAP.match(text, at)
    return at if gap is None else gap.end()


def _said_from(text: str, phrase: Phrase) -> Phrase | None:
    """A subject as credited: after "desde", the institution the words come from.

    "Desde Farmacias del Sur cuentan que…": the institution; "Desde Pedro Soto
    explicaron que…" names none. Any other subject is itself.
    """
    before = LEAD_WORD.findall(text[max(0, phrase.start - LAST_WORD) : phrase.start])[-2:]
    if not any(w.lower() in words_of("source_from") for w in before):
        return phrase
    return from_institution(text, phrase)


def _antecedent(text: str, phrase: Phrase, reading: Reading) -> Phrase:
    """The antecedent of a relative clause read as a phrase, else the phrase.

    "Uno de los pescadores, quien dijo ser de Chiloé, …, señalando que…": a "quien" after a
    comma opens a relative on the phrase before it, which is who speaks; opening its
    clause ("Quienes estuvieron presentes aseguraron…") it is an anonymous source.
    """
    if text[phrase.start : phrase.start + 6].rstrip("s ") != "quien":
        return phrase
    comma = text[max(0, phrase.start - 3) : phrase.start].rstrip()
    if not comma.endswith(","):
        return phrase
    at = text.rfind(",", 0, phrase.start)
    found = phrase_before(text, at, sentence_start(text, at, 0), reading.index)
    if found is None:
        found = _known_name_before(text, at, reading.cast)
    return found if found is not None and found.kind != MEDIA_REF else phrase


#: A capitalised word closing the text before a comma: "respondió a Prieto, quien…".
_NAME_BEFORE = regex.compile(r"(?<![\p{L}])\p{Lu}[\p{L}'\u2019-]+[ \t]*\Z")


def _known_name_before(text: str, at: int, cast: Cast) -> Phrase | None:
    """The person the article names whose surname stands right before ``at``, a comma.

    "Así respondió la ministra a Prieto, quien en una entrevista ha calificado…": the
    relative's antecedent is a preposition's object, which no subject reader reads, but
    a surname of someone the article named in full ("Tomás Prieto Ossa") is that
    person; a capitalised word no one is named by is none.
    """
    match = _NAME_BEFORE.search(text, max(0, at - LAST_WORD), at)
    if match is None:
        return None
    word = match.group().rstrip()
    if word not in cast.people and cast.full_name(word) == word:
        return None
    end = match.start() + len(word)
    return Phrase(match.start(), end, PERSON, name=Span(match.start(), end))


#: The cue of a credit line ("Con información de AFP": ``source_outlets.outlet_credits``).
_INFORMED_CUE = "con información de"


def _informed_by(entity: Entity) -> bool:
    """Whether a credit line names the outlet ``entity`` as one whose information was used.

    "Con información de AFP" closing a page: the outlet that published it wrote it with
    the agency's information, and the agency is a source though the page's credit names
    it (the credit line is read as the page's credit too).
    """
    return any(mention.cue == _INFORMED_CUE for mention in entity.mentions)
