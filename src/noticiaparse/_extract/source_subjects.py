"""A reporting verb's subject where the reading gave it none, before the verb.

- dropped: a verb opening its sentence speaks for the subject of the sentence before
  ("La ministra visitó la zona. Aseguró que…": :func:`dropped_subject`), and "él" or
  "ella" for the person last named of its gender (:func:`pronoun_subject`);
- past an adverbial or an aside: "El gobernador durante la mañana informó…", "El
  ministro, entrevistado por una radio, aseguró…" (:func:`past_adverbial`,
  :func:`subject_before_asides`);
- a name apposed to a title before the verb (:func:`apposed_name`), an institution
  qualified by an adjective of its field or nation (:func:`qualified_institution`).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import attrs

from noticiaparse._extract.source_cues import given_named
from noticiaparse._extract.source_filters import topic
from noticiaparse._extract.source_names import apposed_titles
from noticiaparse._extract.source_naming import after_opening
from noticiaparse._extract.source_words import (
    ADVERBIAL_REACH,
    ADVERBIAL_WORDS,
    ARTICLE_AND_NOUN,
    CLOSING,
    LAST_WORD,
    LEAD_WORD,
    OPENING_WORDS,
    PREVIOUS_REACH,
    QUE_AND_SPACE,
    SUBJECT_AND_ADVERBIAL,
    adverbial_leads,
    participles,
)
from noticiaparse._reading import (
    DOCUMENT,
    MEDIA_REF,
    ORGANIZATION,
    PERSON,
    Attribution,
    Phrase,
    Reading,
    Token,
    phrase_at,
    plural_verb,
    reporting_verb,
    verb_like,
    word_set,
    words_in,
    words_of,
)
from noticiaparse._reading.vocabulary import endings_of
from noticiaparse._text.lexicons import lines
from noticiaparse._text.sentences import sentence_start
from noticiaparse._text.span import Span

__all__ = [
    "apposed_name",
    "clause_ends",
    "dropped_subject",
    "past_adverbial",
    "pronoun_subject",
    "qualified_institution",
    "subject_before_asides",
]


def clause_ends(gap: str, tok: Token) -> bool:
    """Whether another sentence or clause opens at ``tok``: "que", a relative, a verb."""
    return (
        any(mark in gap for mark in '.;:«“"(')
        or tok.low == "que"
        or tok.low in words_of("relative")
        or (verb_like(tok) and not tok.capital)
    )


#: The most words a subject before an adverbial takes ("El vocero de la Dirección de
#: Obras Públicas de la provincia, Raúl Mena").
_SUBJECT_WORDS = 14


#: An adverb in "-mente" is at least this long ("Posteriormente", not "Mente").
_MIN_MENTE = 7


#: The most words before a verb whose subject was dropped: "Más tarde, según explicó".
_LEAD_WORDS = 3


@functools.cache
def _dropped_subject_leads() -> frozenset[str]:
    """The words a sentence may open on before a verb whose subject it carries."""
    return words_of("adverb") | word_set("dropped_subject_leads.txt")


def _sentence_lead(text: str, verb: int) -> int | None:
    """Where the sentence of a verb with no subject of its own opens, else ``None``.

    The verb opens it ("Aseguró que…"), or an adverb, a frame or a subject pronoun
    does ("Luego explicó que…", "Además, aseguró…", "Según dijo, …", "Ella explicó
    que…": ``dropped_subject_leads.txt``), and nothing else stands before it.
    """
    leads = _dropped_subject_leads()
    last = text[max(0, verb - LAST_WORD) : verb].split()[-1:]
    if last and last[0][-1] not in ".?!," and last[0].rstrip(",").lower() not in leads:
        return None  # "el alcalde dijo": a word of the sentence before the verb
    window = text[max(0, verb - ADVERBIAL_REACH) : verb]
    start = max(window.rfind(". "), window.rfind("\n"), window.rfind("? "), window.rfind("! "))
    lead = window[start + 1 :] if start >= 0 else window
    if start < 0 and verb > len(window):
        return None  # a sentence longer than the reach
    words = LEAD_WORD.findall(lead)
    if not words:
        return verb if text[verb : verb + 1].isupper() else None
    if not lead.lstrip()[:1].isupper():
        return None
    if (
        len(words) > _LEAD_WORDS
        or any(w.lower() not in leads for w in words)
        or lead.strip(" ,\t").count(",") > 1
    ) and not _adverbial_lead(lead):
        return None
    return verb - len(lead) + (len(lead) - len(lead.lstrip()))


#: The most words of the adverbials opening a sentence before a verb with no subject.
_ADVERBIAL_LEAD_WORDS = 10


def _adverbial_lead(lead: str) -> bool:
    """Whether ``lead`` is one or two adverbials, each closed by a comma, and nothing else.

    "Más tarde, en conferencia de prensa, aseguró…", "Tras el encuentro, señaló…",
    "Posteriormente, indicó…", "En su intervención, negó…": each opens on a preposition
    or is an adverb in "-mente", and holds no finite verb.
    """
    parts = [p.strip() for p in lead.strip().split(",")]
    if parts[-1] or not 1 < len(parts) <= OPENING_WORDS - 1:
        return False  # the verb right after the last comma
    tokens = LEAD_WORD.findall(lead)
    if len(tokens) > _ADVERBIAL_LEAD_WORDS:
        return False
    for part in parts[:-1]:
        words = LEAD_WORD.findall(part)
        if not words:
            return False
        first = words[0].lower()
        adverb = len(words) == 1 and len(first) >= _MIN_MENTE and first.endswith("mente")
        if not (adverb or first in words_of("preposition") or first in _dropped_subject_leads()):
            return False
        if any(w.lower().endswith(endings_of("verb_like")) for w in words[1:]):
            return False
    return True


def dropped_subject(text: str, attribution: Attribution, reading: Reading) -> Phrase | None:
    """The subject a reporting verb opening its sentence carries from the sentence before.

    Spanish drops a subject the reader knows: "Los vecinos de Aysén marcharon ayer.
    Denunciaron que…", "La ministra visitó la zona. Aseguró que…": a verb that opens
    its sentence, with no subject after it, speaks for the subject of the sentence
    before (the phrase opening it, past an adverbial and its comma), when that is in
    the verb's number and nothing but white space and the stop stands between. A
    sentence that opens inside a quotation gives none: its words are the speaker's.
    """
    if attribution.quoted or not reporting_verb(attribution.cue):
        return None
    verb = _sentence_lead(text, attribution.cue_start)
    if verb is None:
        return None
    before = text[max(0, verb - PREVIOUS_REACH) : verb]
    stop = before.rstrip()
    if not stop.endswith(".") or "\n\n" in before[len(stop) :]:
        return None
    lo = max(0, verb - PREVIOUS_REACH)
    end = lo + len(stop) - 1
    start = max(text.rfind(mark, lo, end) for mark in (". ", "\n", "? ", "! "))
    if start < 0 < lo:
        return None  # a sentence longer than the reach
    tokens = words_in(text, max(start + 1, lo), end, reading.index)
    first = after_opening(text, tokens)
    found = phrase_at(text, tokens, first) if first < len(tokens) else None
    k = found[1] if found is not None else len(tokens)
    while k < len(tokens) - 1 and tokens[k].low in words_of("clitic"):
        k += 1  # "Los trabajadores se reunieron", "La ministra no asistió"
    if found is None or k >= len(tokens) or not verb_like(tokens[k]):
        return None  # the phrase must be that sentence's subject, its verb right after it
    phrase = found[0]
    if tokens[k].low in words_of("copula") and phrase.name is None:
        # "El entonces jefe de la zona era el general Enrique Soto. Hoy explica…": the
        # person the predicate names
        named = phrase_at(text, tokens, k + 1) if k + 1 < len(tokens) else None
        if named is None or not given_named(text, named[0]):
            return None
        phrase = named[0]
    plural = attribution.cue.lower().endswith("n")
    # an institution speaks through its people: "La empresa repuso el servicio.
    # Explicaron que…"
    agrees = phrase.plural == plural or (plural and phrase.kind == ORGANIZATION)
    if (
        not agrees
        or phrase.kind in {DOCUMENT, MEDIA_REF}
        # "«Primero dice que…», reclamó. Aseguró…": the quotation's words, not a subject
        or reading.cast.in_quotation(phrase.start)
    ):
        return None
    credible = phrase.kind != PERSON or phrase.name is not None or phrase.head is not None
    return phrase if credible else None


#: The subject pronouns of one person, by gender.
_PRONOUNS = {"él": "m", "ella": "f"}


#: Enough characters before a verb for its pronoun and a space ("ella ").
_PRONOUN_REACH = 6


def pronoun_subject(text: str, attribution: Attribution, reading: Reading) -> Phrase | None:
    """The person a subject pronoun right before a reporting verb stands for.

    "El exministro Joaquín Méndez visitó la zona. ¶ Él aseguró que…": "él", "ella"
    name the person of that gender the text is about at that point (the one named most,
    then the latest, within reach, outside quotations), the name of whom is the verb's
    subject; a singular verb only ("ellos" is left to the groups' readers).
    """
    verb = attribution.cue_start
    if attribution.quoted or attribution.cue.lower().endswith("n"):
        return None
    before = text[max(0, verb - _PRONOUN_REACH) : verb].split()
    if not before or before[-1].lower() not in _PRONOUNS:
        return None
    pronoun_at = text.rfind(before[-1], 0, verb)
    if reading.cast.in_quotation(pronoun_at):
        return None  # «…él dijo…»: the quotation's words
    full = reading.cast.last_person(
        pronoun_at, gender=_PRONOUNS[before[-1].lower()], skip=reading.cast.in_quotation
    )
    if full is None or full not in reading.cast.people:
        return None
    span = reading.cast.people[full]
    return Phrase(span[0], span[1], PERSON, name=Span(span[0], span[1]))


def past_adverbial(text: str, attribution: Attribution, reading: Reading) -> Phrase | None:
    """The subject that opens the clause of a reporting verb, an adverbial between them.

    News sets a time, a place, a means or an aside between a subject and its verb: "El
    Colegio Médico durante el último mes ha contabilizado…", "La Defensoría en su último reporte
    advirtió…", "El gobernador durante la mañana informó…", "El ministro, entrevistado
    por una radio, aseguró…". The phrase that opens the sentence (past an opening
    adverbial and its comma) is the verb's subject when all between it and the verb is
    such an adverbial (a preposition's phrase, a time, an aside between commas opened by
    a participle) with no other verb, "que" or relative, and it agrees with the verb in
    number.
    """
    verb = attribution.cue_start
    if not _may_follow_adverbial(text, attribution):
        return None
    lo = sentence_start(text, verb, 0, reach=ADVERBIAL_REACH)
    tokens = words_in(text, lo, attribution.cue_end, reading.index)
    if len(tokens) < SUBJECT_AND_ADVERBIAL or tokens[-1].start != verb:
        return None
    last = len(tokens) - 1
    plural = plural_verb(tokens, last)
    while last > 0 and tokens[last - 1].low in words_of("auxiliary"):
        last -= 1  # "ha contabilizado": the auxiliary opens the verb
    first = after_opening(text, tokens) if plural is not None else last
    if not _adverbial_lead_in(text, tokens, Span(first, last)):
        return None  # no preposition, time or aside between: nothing to step over
    found = phrase_at(text, tokens, first)
    if found is None or found[0].plural != plural:
        return None
    phrase, after = found
    if after < last and text[tokens[after].end : tokens[after].end + 1] == ")":
        after += 1  # "El Colegio de Profesores (CP) en…": its acronym
    if (
        phrase.kind == MEDIA_REF
        or not 0 < last - after <= ADVERBIAL_WORDS
        or reading.cast.in_quotation(phrase.start)  # the quotation's words: the speaker's
    ):
        return None
    consulted = _consulted_by(text, tokens, phrase, Span(after, last))
    if consulted is not None:
        return consulted
    if not _one_adverbial(
        text, tokens, phrase.end, Span(after, last), document=phrase.kind == DOCUMENT
    ):
        return None
    credible = phrase.kind != PERSON or phrase.name is not None or phrase.head is not None
    return _with_description(text, tokens, phrase, Span(after, last)) if credible else None


#: How far before its verb a name in apposition is read.
_APPOSED_REACH = 60


#: The most words of a title or rank before a name in apposition ("teniente coronel").
_TITLE_WORDS = 2


#: The most words of the asides between a subject opening its sentence and its verb.
_ASIDE_WORDS = 30


#: The commas of a subject's asides: one after the subject, one before the verb.
_ASIDE_COMMAS = 2


def subject_before_asides(text: str, attribution: Attribution, reading: Reading) -> Phrase | None:
    """The subject opening the sentence, past the asides set between it and its verb.

    "Ana Gómez, actriz y dirigente de la fundación, que la preside desde 2014,
    explicó…", "La ministra, visiblemente emocionada y rodeada de los familiares,
    aseguró…": the sentence opens on a noun phrase and its comma (past an opening
    adverbial), the verb follows a comma, and no other reporting verb stands between.
    """
    verb = attribution.cue_start
    if attribution.quoted or text[max(0, verb - 2) : verb] != ", ":
        return None
    lo = sentence_start(text, verb, 0, reach=ADVERBIAL_REACH * 2)
    if text.count(",", lo, verb) < _ASIDE_COMMAS or any(
        reporting_verb(w.lower()) for w in LEAD_WORD.findall(text, lo, verb)
    ):
        return None  # the subject's comma and the verb's; another reporting verb between
    tokens = words_in(text, lo, verb, reading.index)
    first = after_opening(text, tokens)
    found = phrase_at(text, tokens, first) if first < len(tokens) else None
    if found is None or found[1] >= len(tokens) or len(tokens) - found[1] > _ASIDE_WORDS:
        return None
    phrase, after = found
    if (
        text[phrase.end : tokens[after].start].strip() != ","
        or reading.cast.in_quotation(phrase.start)
        or any(mark in text[phrase.end : verb] for mark in CLOSING)
        or any(verb_like(t) for t in tokens[first:after])
        or (phrase.kind == PERSON and phrase.name is None and phrase.head is None)
        or phrase.kind in {DOCUMENT, MEDIA_REF}
        or topic(text, phrase)
        or any(reporting_verb(t.low) for t in tokens[after:])
    ):
        return None
    return phrase


def _title(token: Token) -> bool:
    """Whether ``token`` is a title or rank written in lower case ("general", "doctora")."""
    return not token.capital and token.low in apposed_titles()


def apposed_name(text: str, attribution: Attribution, reading: Reading) -> Phrase | None:
    """The person named in apposition right before a reporting verb: ", Ana Soto, dijo".

    "La secretaria general del sindicato (Sitrap), Ana Soto, dijo…", "El presidente de
    la Cámara de Comercio (CNC), Pedro Lagos, advirtió…": a role, its complement (an
    acronym in brackets too) and the holder's name between commas; the name, a given
    name opening it, is the verb's subject when nothing else was read as one. The role
    opens its clause: after a preposition or a relative ("tras reunirse con el alcalde,
    Ana Soto, dijo"; "que condenó al exalcalde, Pedro Lagos,") it is whom, not who.
    """
    verb = attribution.cue_start
    last = text[max(0, verb - LAST_WORD) : max(0, verb - 2)].split()[-1:]
    if attribution.quoted or text[max(0, verb - 2) : verb] != ", " or not last:
        return None
    if not last[0][:1].isupper():
        return None  # no capitalised word and comma right before the verb
    tokens = words_in(text, max(0, verb - _APPOSED_REACH), verb, reading.index)
    k = len(tokens) - 1
    particles = words_of("particle")
    while (
        k > 0
        and (tokens[k].capital or tokens[k].low in particles)
        and "," not in text[tokens[k - 1].end : tokens[k].start]
    ):
        k -= 1  # back over the name's words ("Richard von Appen"), to the opening comma
    # "El comandante de la zona, general Víctor Zárate, afirmó": a rank before the name,
    # two words at most ("teniente coronel")
    name_at = k
    if 0 < k < len(tokens) - 1 and _title(tokens[k]):
        name_at = k + 1
        while k > 1 and name_at - k < _TITLE_WORDS and _title(tokens[k - 1]):
            k -= 1
    if not 0 < k < len(tokens) or text[tokens[k - 1].end : tokens[k].start].strip(" )") != ",":
        return None  # the name must stand alone between two commas
    found = phrase_at(text, tokens, name_at)
    if found is None or found[1] != len(tokens) or not given_named(text, found[0]):
        return None
    comma = text.rfind(",", 0, tokens[k].start)
    lo = sentence_start(text, comma, 0, reach=ADVERBIAL_REACH)
    head = text[max(lo, text.rfind(",", lo, comma) + 1) : comma].split()[:1]
    if not head or head[0].lower() in adverbial_leads() or head[0].lower() in words_of("relative"):
        return None  # "tras reunirse con el alcalde, Ana Soto, dijo": whom, not who
    return found[0]


@functools.cache
def _institution_adjectives() -> tuple[str, ...]:
    return tuple(lines("institution_adjectives.txt"))


@functools.cache
def _nation_adjectives() -> frozenset[str]:
    return word_set("demonyms.txt") | word_set("nation_adjectives.txt")


def _qualifier(word: str) -> bool:
    """Whether ``word`` is an adjective of country, level or field after an institution.

    An ending of ``institution_adjectives.txt`` ("nacional", "peruana") or a word of
    ``demonyms.txt`` and ``nation_adjectives.txt`` ("español", "israelí", "ruso").
    """
    return word.endswith(_institution_adjectives()) or word.lower() in _nation_adjectives()


#: How many lower-case adjectives may stand between an institution's name and its verb.
_QUALIFIERS = 2


def qualified_institution(text: str, attribution: Attribution, reading: Reading) -> Phrase | None:
    """An institution qualified by a lower-case adjective, the subject of the verb after it.

    "El Gobierno nacional anunció que…", "La Cancillería peruana informó…", "El
    Ministerio Público dominicano precisó…": news sets the country, the level or the
    field of an institution after its name (``institution_adjectives.txt``: "-al",
    "-ano", "-ense", "-eño", "-ino", "-és"…). The institution's name opens the sentence
    (past an opening adverbial and its comma), one or two such adjectives follow it,
    and the verb follows them; the adjectives join the name.
    """
    verb = attribution.cue_start
    just_before = text[max(0, verb - QUE_AND_SPACE) : verb]
    if (
        attribution.quoted
        or any(mark in just_before for mark in CLOSING)
        or just_before.lower() == " que "
    ):
        return None  # "«…», dijo", "que dijo": no subject before the verb
    words = text[max(0, verb - LAST_WORD) : verb].split()
    while words and words[-1].lower() in words_of("auxiliary"):
        words.pop()
    if not words or not _qualifier(words[-1]):
        return None  # no adjective right before the verb: nothing more to read
    lo = sentence_start(text, verb, 0, reach=ADVERBIAL_REACH)
    tokens = words_in(text, lo, attribution.cue_end, reading.index)
    if len(tokens) < ARTICLE_AND_NOUN or tokens[-1].start != verb:
        return None
    last = len(tokens) - 1
    while last > 0 and tokens[last - 1].low in words_of("auxiliary"):
        last -= 1  # "ha informado": the auxiliary opens the verb
    found = phrase_at(text, tokens, after_opening(text, tokens))
    if found is None or found[0].kind != ORGANIZATION:
        return None
    phrase, after = found
    if phrase.name is None:
        return None
    qualifiers = tokens[after:last]
    if not 0 < len(qualifiers) <= _QUALIFIERS or text[phrase.end : tokens[last].start].strip(
        " \t"
    ) != " ".join(t.text for t in qualifiers):
        return None  # only words, and only the adjectives, between the name and its verb
    if any(t.capital or not _qualifier(t.low) or verb_like(t) for t in qualifiers):
        return None
    end = qualifiers[-1].end
    return Phrase(phrase.start, end, ORGANIZATION, name=Span(phrase.name[0], end), head=phrase.head)


def _consulted_by(
    text: str, tokens: Sequence[Token], phrase: Phrase, between: Span
) -> Phrase | None:
    """People described by a participle and its agent, the whole phrase the verb's subject.

    "Analistas consultados por Reuters estiman…", "Expertos citados por la agencia
    advierten…": the agent after "por" belongs to the participle that describes the
    people, and the subject runs to the verb. Only people: a document's maker speaks for
    it ("Un estudio realizado por la Universidad advierte…" credits the university).
    """
    after, last = between
    agents = word_set("agent_prepositions.txt")
    if tokens[after].low.endswith(participles()) and after + 1 < last:
        after += 1  # "Expertos citados por…": the participle the phrase was read without
    if (
        phrase.kind != PERSON
        or tokens[after].low not in agents
        or not tokens[after - 1].low.endswith(participles())
        or text[phrase.end : tokens[after].start].count(",")
    ):
        return None
    if after + 1 >= last or any(
        clause_ends(text[tokens[k - 1].end : tokens[k].start], tokens[k])
        for k in range(after + 1, last)
    ):
        return None
    end = tokens[last - 1].end
    return Phrase(
        phrase.start, end, PERSON, name=phrase.name, head=phrase.head, plural=phrase.plural
    )


def _adverbial_lead_in(text: str, tokens: Sequence[Token], stretch: Span) -> bool:
    """Whether an adverbial may open inside ``stretch``: a preposition, a time, a comma.

    "de" and "del" after a common noun join a complement to it ("El ministro de
    Hacienda dijo"), and open no adverbial; after a name they may ("El diario Los Andes de
    Mendoza informó").
    """
    first, last = stretch
    if not SUBJECT_AND_ADVERBIAL - 1 <= last - first <= _SUBJECT_WORDS + ADVERBIAL_WORDS:
        return False
    leads, of = adverbial_leads(), words_of("of")
    return (
        any(
            tokens[k].low in leads and (tokens[k].low not in of or tokens[k - 1].capital)
            for k in range(first + 1, last)
        )
        or "," in text[tokens[first].end : tokens[last].start]
    )


def _may_follow_adverbial(text: str, attribution: Attribution) -> bool:
    """Whether a reporting verb outside quotations may follow a subject and an adverbial.

    Not a verb right after a quotation ("«…», dijo") nor after "que" ("que dijo": a
    relative's or a complement's verb).
    """
    if attribution.quoted or not reporting_verb(attribution.cue):
        return False
    just_before = text[max(0, attribution.cue_start - QUE_AND_SPACE) : attribution.cue_start]
    return not any(mark in just_before for mark in CLOSING) and just_before.lower() != " que "


def _with_description(text: str, tokens: Sequence[Token], phrase: Phrase, between: Span) -> Phrase:
    """A document with the participle and preposition's phrase after it, no comma between.

    "Un estudio publicado en la revista Nature señala": the participle's phrase
    describes the document, and belongs to its name; not "El informe, publicado este
    martes" (an aside) nor "la encuesta publicada este domingo" (a time).
    """
    after, last = between
    if (
        phrase.kind == DOCUMENT
        and last - after > 1
        and tokens[after].low.endswith(participles())
        and text[phrase.end : tokens[after].start].strip() == ""
        and tokens[after + 1].low in words_of("preposition")
    ):
        return attrs.evolve(phrase, end=tokens[last - 1].end)
    return phrase


def _one_adverbial(
    text: str, tokens: Sequence[Token], subject_end: int, between: Span, *, document: bool = False
) -> bool:
    """Whether the tokens ``between`` a subject and its verb (the last) are one adverbial.

    A preposition's phrase or a time ("en estas semanas", "este martes") with no comma,
    or an aside between commas opened by one or by a participle ("consultado por la
    prensa"); no other verb, "que" or relative, no stop or quotation mark, and no
    capitalised determiner (a new sentence) in it. After a ``document`` a participle
    opens one with no comma too ("Un estudio publicado en la revista Nature señala…",
    "La encuesta publicada este domingo reveló…"), but not with its agent ("publicado
    por la ONU": the maker speaks).
    """
    after, last = between
    lead = tokens[after]
    opened = text[subject_end : lead.start].strip() == ","
    closed = text[tokens[last - 1].end : tokens[last].start].strip() == ","
    if opened != closed:
        return False  # "Además de eso, precisó": an opening adverbial, not a subject's aside
    bare = document and not text[subject_end : lead.start].strip()
    described = (opened or bare) and lead.low.endswith(participles())
    if not (lead.low in adverbial_leads() or described):
        return False
    if lead.low in word_set("agent_prepositions.txt") and not opened:
        return False  # "Un estudio realizado por la Universidad advierte": the maker speaks
    if (
        described
        and not opened
        and any(tok.low in word_set("agent_prepositions.txt") for tok in tokens[after + 1 : last])
    ):
        return False  # "Un informe publicado por la ONU advierte": the maker speaks
    if any(mark in text[tokens[last - 1].end : tokens[last].start] for mark in '.;:«»“”"('):
        return False  # "«Uníos a nosotros», ha añadido": a quotation ends before the verb
    return not any(
        clause_ends(text[tokens[k - 1].end : tokens[k].start].replace(",", ""), tokens[k])
        or (tokens[k].capital and tokens[k].low in words_of("determiner"))
        for k in range(after + 1, last)
    )
