"""Carries: the speaker a quotation takes from its context when none stands by it.

``docs/quotes.md`` (Speakers away from the quotation): the person introduced in the
sentence before, the topic of the paragraphs so far, the speaker of the quotation
before while no other has turned up, the holder of the view the sentence gives, an
interview's interviewee, and the fuller form of a bare role.
"""

from __future__ import annotations

import functools
import operator
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

import regex

from noticiaparse._extract.quote_after import speech_noun_owner
from noticiaparse._extract.quote_before import BEFORE_REACH
from noticiaparse._extract.quote_openings import (
    BLANK_REACH,
    PARAGRAPH_BREAK,
    opening_subject,
    opening_with_verb,
    sentence_before,
)
from noticiaparse._extract.quote_said import SPEAKER_KINDS, QuotedSpans, Said
from noticiaparse._extract.quote_words import ALNUM_RUN, NOUN_AND_DE, any_between
from noticiaparse._model import QuoteKind
from noticiaparse._reading import (
    ANONYMOUS,
    ORGANIZATION,
    PERSON,
    Attribution,
    Cast,
    Phrase,
    RawQuote,
    TokenIndex,
    endings_of,
    phrase_after,
    reporting_lemmas,
    reporting_verb,
    role_words,
    trailing_cues,
    word_set,
    words_of,
)
from noticiaparse._reading.interviews import interviewee
from noticiaparse._reading.subjects import main_subject
from noticiaparse._reading.vocabulary import closed_set
from noticiaparse._text.lexicons import rows
from noticiaparse._text.marks import has_mark
from noticiaparse._text.sentences import REACH, sentence_end
from noticiaparse._text.sentences import sentence_start as sentence_start_of
from noticiaparse._text.span import Span

__all__ = [
    "SPOKEN",
    "carried_past",
    "carry",
    "continuing",
    "crediting_cues",
    "declined",
    "epithet_person",
    "first_voice",
    "fuller_role",
    "interview_subject",
    "introduced_between",
    "introduced_subject",
    "introduced_unnamed",
    "named_in_sentence",
    "not_named_inside",
    "opinion_anchors",
    "speech_owner_before",
    "spoke_since",
    "subject_in_sentence",
    "topic_since",
    "topic_subject",
    "verb_subjects",
]


def fuller_role(text: str, phrase: Phrase | None, roles: dict[str, Phrase]) -> Phrase | None:
    """A bare role's speaker at the fuller form a speaker of that role was given before.

    "«…», afirmó el dirigente sindical. El gerente X no respondió. «…», insistió el
    dirigente.": news shortens the role of the one it quotes again; the bare role is
    that speaker, never another person named since. ``roles`` keeps, by role, the last
    speaker given with more than the role (a name or a complement), and is updated.
    """
    if phrase is None or phrase.head is None or phrase.plural:
        return phrase
    head = phrase.head
    words = ALNUM_RUN.findall(text, phrase.start, phrase.end)
    bare = phrase.name is None and len(words) <= _BARE_ROLE_WORDS and words[-1:] == [head]
    if bare:
        return roles.get(head, phrase)
    roles[head] = phrase
    return phrase


#: A determiner and the role: "el dirigente", "la vocera".
_BARE_ROLE_WORDS = 2


#: What ends the sentence before one that opens on "Para" and a space.
_STOPS = frozenset('.!?»”"')


def opinion_anchors(
    text: str, quoted: QuotedSpans, index: TokenIndex | None = None
) -> list[tuple[int, Phrase]]:
    """The holders of the views the writer's sentences give, where each sentence opens.

    "Para Tuvaku Mbeki, la medida llega tarde.¶«Debieron hacerlo hace años», sostuvo.":
    a sentence that opens on "Para" and a person or an institution named and set off by
    a comma gives that holder's view, as "según" does; the holder carries to the next
    quotation with no subject of its own. Not inside a quotation; not a role alone
    ("Para el sacerdote, …": the one the text goes on about already carries).
    """
    out = []
    at = text.find("Para ")
    while at >= 0:
        end = at + len("Para ")
        opens = at == 0 or text[at - 1] == "\n" or text[max(0, at - 2) : at - 1] in _STOPS
        if not opens or quoted.holds(at):
            at = text.find("Para ", end)
            continue
        at = text.find("Para ", end)
        phrase = phrase_after(text, end, min(len(text), end + BEFORE_REACH), index)
        if (
            phrase is not None
            and phrase.kind in SPEAKER_KINDS
            and phrase.name is not None
            and text[phrase.end : phrase.end + 1] == ","
        ):
            out.append((end - 1, phrase))
    return out


def _someone_or_group(phrase: Phrase) -> bool:
    """Whether ``phrase`` is a person by name or role, someone unnamed, or a group of people."""
    return phrase.kind in (PERSON, ANONYMOUS) and (
        phrase.head is not None or phrase.name is not None or phrase.plural
    )


#: How many of the writer's sentences back the person a text is about is looked for.
_TOPIC_SENTENCES = 8


def topic_subject(
    text: str, pos: int, quoted: QuotedSpans, kind: QuoteKind = QuoteKind.DIRECT
) -> Phrase | None:
    """The last person or group a sentence of the writer's opened on, as its subject.

    "El director del hospital regional recorrió las salas el lunes.¶La visita se
    extendió por tres horas.¶«Tenemos todo bajo control».": with no one named and no
    speaker before, a quotation standing alone is the words of whom the text is about,
    a role or a group as much as a name (an institution already carries:
    :func:`_topic_organisation`); within a few sentences and :data:`_TOPIC_REACH`. A
    fragment (``kind`` partial) is the words of its own sentence's subject only.
    """
    if kind is not QuoteKind.DIRECT:
        return None
    lo = max(0, pos - _TOPIC_REACH)
    at = sentence_start_of(text, pos, 0)
    for _ in range(_TOPIC_SENTENCES):
        back = at
        while back > lo and text[back - 1].isspace():
            back -= 1
        if back <= lo:
            return None
        s_lo = sentence_start_of(text, back - 1, lo)
        head = s_lo + len(text[s_lo:back]) - len(text[s_lo:back].lstrip())
        if not quoted.holds(head) and not has_mark(text, head, head + 1):
            found = main_subject(text, min(back, head + _HEAD_REACH), head)
            if found is not None and _someone_or_group(found[0]):
                return found[0]
        at = s_lo
    return None


def introduced_between(
    text: str, named: Sequence[tuple[int, int]], named_at: Sequence[int], lo: int, hi: int
) -> Phrase | None:
    """A person the writer introduces between two answers: the next answers are theirs.

    A vox pop or a round of interviews sets each person's name at the head of a
    paragraph of the writer's ("Jorge Salas, 31 años, estudiante.", "Ana Paz es
    comerciante.") before the questions put to them; the last one so introduced since
    the previous answer answers. A name inside a paragraph is a mention, not an
    introduction.
    """
    k = bisect_left(named_at, hi) - 1
    while k >= 0 and named_at[k] >= lo:
        at, size = named[k]
        line_start = text.rfind("\n", 0, at) + 1
        if lo <= line_start and not text[line_start:at].strip() and " " in text[at : at + size]:
            return Phrase(at, at + size, PERSON, name=Span(at, at + size))
        k -= 1
    return None


def named_in_sentence(
    text: str, named: Sequence[tuple[int, int]], named_at: Sequence[int], pos: int
) -> Phrase | None:
    """The person named last before ``pos`` in its sentence, not after a preposition."""
    k = bisect_left(named_at, pos) - 1
    if k < 0 or named_at[k] < pos - REACH:
        return None
    s_lo = sentence_start_of(text, pos, 0)
    # the last one not after a preposition: "el titular de Hacienda, Jaime Soto, se sumó
    # a los dichos de la presidenta, Ana Paz, señalando que «…»" gives Jaime Soto
    while k >= 0 and named_at[k] >= max(s_lo, pos - REACH):
        at, size = named[k]
        if (
            not _after_preposition(text, at, s_lo)
            and not _object_relative(text, at + size, pos)
            and not _after_copula(text, at, s_lo)
        ):
            return Phrase(at, at + size, PERSON, name=Span(at, at + size))
        k -= 1
    return None


def _after_copula(text: str, at: int, floor: int) -> bool:
    """Whether the name at ``at`` is a copula's predicate ("La figura de la noche fue X").

    The subject of a copular sentence is what it describes, the name after "es", "fue",
    "era" the person it is about, not one who speaks; determiners and role words
    between are stepped over ("fue el delantero X").
    """
    roles = role_words()
    for word in reversed(ALNUM_RUN.findall(text, max(floor, at - 40), at)):
        low = word.lower()
        if low in words_of("copula"):
            return True
        if low not in roles and low not in words_of("determiner"):
            return False
    return False


def _object_relative(text: str, end: int, pos: int) -> bool:
    """Whether the quotation at ``pos`` stands in a relative clause whose object is the name.

    "Arturo Vidal, a quien el entrenador llamó «el mejor del mundo», no jugó": a
    relative for one person after a preposition (``object_relatives.txt``: "a quien",
    "al que", "de quien"; not "en las que", whose antecedent is no name) makes the name
    before it the clause's object or complement, never the subject whose words the
    clause quotes; a comma closing the clause before the quotation ("X, a quien
    consultamos, dijo que «…»") leaves the name the main clause's subject.
    """
    if not text.startswith(", ", end) or "," in text[end + 2 : pos]:
        return False
    words = [word.lower() for word in ALNUM_RUN.findall(text, end, min(pos, end + 20))[:3]]
    relatives = word_set("object_relatives.txt")
    return " ".join(words[:2]) in relatives or " ".join(words) in relatives


def verb_subjects(
    attributions: Sequence[Attribution],
) -> tuple[list[tuple[int, Phrase]], list[int]]:
    """Every verb's subject before it that may speak, by the verb's place, and the places."""
    subjects = sorted(
        (
            (a.cue_start, a.phrase)
            for a in attributions
            if a.phrase is not None
            and a.phrase.kind in SPEAKER_KINDS
            and a.phrase.end <= a.cue_start
        ),
        key=operator.itemgetter(0),
    )
    return subjects, [at for at, _ in subjects]


def subject_in_sentence(
    text: str, subjects: Sequence[tuple[int, Phrase]], subject_at: Sequence[int], pos: int
) -> Phrase | None:
    """The subject of the last verb before ``pos`` in its sentence, whatever the verb.

    "Tras conocer el fallo, los abogados de la familia calificaron la sentencia de
    «histórica»": the clause that holds a quotation is its subject's words.
    """
    k = bisect_left(subject_at, pos) - 1
    if k < 0 or subject_at[k] < pos - REACH:
        return None
    s_lo = sentence_start_of(text, pos, 0)
    if subject_at[k] < s_lo or subjects[k][1].start < s_lo:
        return None
    return subjects[k][1]


@functools.cache
def crediting_cues() -> frozenset[str]:
    """The attribution phrases that credit their complement with words ("según")."""
    return frozenset(cue for _, cue in trailing_cues())


@functools.cache
def _role_lead() -> regex.Pattern[str]:
    """What may stand before the name that opens a sentence as its subject.

    An opening adjunct set off by a comma, no clause ("Más tarde, ", "Consultada por
    este medio, "; not "Señaló el diario que en 2019, "), then a role and its
    complement ("La gobernadora de Salta, Inés Quiroga, fue…": a determiner, then
    words, then a comma; or a determiner and a noun or two right before the name, "El
    abogado Carlos Paz llegó"; a possessive as well, "Su colega Ana Gil lo contradijo").
    """
    return regex.compile(
        r"(?:(?![^,]{0,50}\bque\b)[^,.;:«»“”\"\n]{1,50},\s{1,3})?"
        r"(?:(?:El|La|Los|Las|Su|Sus|el|la|los|las|su|sus)\s"
        r"(?:[^,.;:«»“”\"]{1,60},\s{1,3}|(?:\p{Ll}+\s){1,2}))?"
    )


def continuing(said: Said | None) -> bool:
    """Whether the quotation's cue goes on with the speaker already speaking ("agregó")."""
    hit = reporting_lemmas().get(said.cue.lower()) if said is not None and said.cue else None
    return hit is not None and hit[0] in word_set("continuing_verbs.txt")


def introduced_subject(
    text: str, named: Sequence[tuple[int, int]], named_at: Sequence[int], pos: int
) -> Phrase | None:
    """The person the previous sentence opens on, as its subject.

    "La gobernadora de Salta, Inés Quiroga, fue la primera en llegar. «Vinimos a
    escuchar a los vecinos», indicó.": a sentence that brings a person in as its
    subject gives them the quotation that follows with a verb of no subject, or none;
    the last sentence of the paragraph before too, when the quotation opens its own
    ("Más tarde, la ministra Carla Ruiz recorrió el hospital.¶«…»").
    """
    s_lo = sentence_start_of(text, pos, 0)
    back = s_lo  # the previous sentence's end, maybe a paragraph's
    while back > 0 and text[back - 1].isspace() and s_lo - back <= BLANK_REACH:
        back -= 1
    breaks = text.count("\n", back, s_lo)
    if back == 0 or breaks > PARAGRAPH_BREAK or text[back - 1].isspace():
        return None
    p_lo = sentence_start_of(text, back - 1, 0)
    if "\n" in text[p_lo:back]:
        return None
    p_lo += len(text[p_lo:back]) - len(text[p_lo:back].lstrip())
    people = named[bisect_left(named_at, p_lo) : bisect_left(named_at, s_lo)]
    for k, (at, size) in enumerate(people):
        lead = text[p_lo:at]
        if lead and (_role_lead().fullmatch(lead) is None or _after_preposition(text, at, p_lo)):
            continue  # "Sobre el ministro del Interior, X, …": a topic, not the subject
        if breaks and any(text[a : a + n] != text[at : at + size] for a, n in people[k + 1 :]):
            return None  # across paragraphs, only a sentence about that one person
        turn = _turn_of_subject().search(text, at + size, back)
        if (
            turn is not None
            and turn.group(2) in role_words()
            # "…ante Colo-Colo y el técnico Pablo Soto": a name after the role, an object
            and not text[turn.end() : turn.end() + 1].isupper()
        ):
            # "Amaro quiso hablar, pero la diputada siguió. «…»": the later subject
            return Phrase(turn.start(1), turn.end(1), PERSON, head=turn.group(2))
        return Phrase(at, at + size, PERSON, name=Span(at, at + size))
    return _closing_subject(text, people, p_lo, back)


def _closing_subject(
    text: str, people: Sequence[tuple[int, int]], lo: int, end: int
) -> Phrase | None:
    """The one person a sentence names, closing it as the subject after its verb.

    Spanish brings the next speaker in at the end of the sentence before their words,
    the subject after the verb: "Más optimista se mostró la economista Ana Ruiz.",
    "Lo mismo piensa el alcalde Jorge Soto.", "Distinta es la visión de la jueza Marta
    Gil." (the owner of a view after "de", ``speech_nouns.txt``; a passive's agent:
    "El fallo fue celebrado por la fiscal Ana Ruiz."), an apposition after
    the name perhaps. Not the object of a preposition ("Luego habló con la ministra
    Ana Paz."), nor a relative clause's ("…la institución que dirige Ana Paz."), and
    not when the sentence names anyone else.
    """
    if not people or any(
        text[a : a + n] != text[people[0][0] : people[0][0] + people[0][1]] for a, n in people
    ):
        return None
    at, size = people[-1]
    if text[lo : lo + 1] in _DIALOGUE_DASHES:
        return None  # a line of dash dialogue: its turns carry its speakers
    # the writer's words after any quotation of the sentence
    own = max(lo, *(text.rfind(mark, lo, at) + 1 for mark in _CLOSING_MARKS))
    if not words_of("relative").isdisjoint(w.lower() for w in ALNUM_RUN.findall(text, own, at)):
        return None  # "…la institución que comanda Mario Rozas.": a relative's subject
    rest = text[at + size : end].rstrip(" .")
    if rest and not (
        rest[0] == "," and len(rest) <= _CLOSING_APPOSITION and "que" not in ALNUM_RUN.findall(rest)
    ):
        return None
    if _after_preposition(text, at, lo):
        words = ALNUM_RUN.findall(text, max(lo, at - 60), at)
        lead = [
            w.lower()
            for w in words
            if w.lower() not in words_of("determiner") and w.lower() not in role_words()
        ]
        if len(lead) < NOUN_AND_DE or not (
            (lead[-1] in words_of("of") and lead[-2] in word_set("speech_nouns.txt"))
            # "El fallo fue celebrado por la fiscal X.": a passive's agent acts; not a
            # participle's alone ("Boca, dirigido por X")
            or (
                len(lead) > NOUN_AND_DE
                and lead[-1] == "por"
                and lead[-2].endswith(endings_of("any_participle"))
                and (
                    lead[-3] in words_of("copula")
                    or lead[-3].endswith(endings_of("any_participle"))  # "ha sido"
                )
            )
        ):
            return None
    return Phrase(at, at + size, PERSON, name=Span(at, at + size))


#: The dashes that open a line of dialogue ("—No es así —dijo…").
_DIALOGUE_DASHES = frozenset("—―–-")
#: The closing marks after which a sentence's own words go on.
_CLOSING_MARKS = ("»", "”", '"')
#: How long an apposition may run after the name that closes a sentence (", académica
#: de la Universidad de Chile.").
_CLOSING_APPOSITION = 80


#: A capitalised word, as a name's words are matched inside a quotation.
_NAME_WORD = regex.compile(r"\p{Lu}[\p{L}'-]{2,}")


def not_named_inside(
    text: str,
    cast: Cast,
    raw: RawQuote,
    phrase: Phrase | None,
    index: TokenIndex | None = None,
) -> Phrase | None:
    """The carried speaker ``phrase``, unless the quotation names that very person.

    "Los gremios lo ven distinto. «Soto no escuchó a nadie».": a name inside the
    quotation is the person it is about, not its speaker, when a group the sentence
    before opens on is there to say it (a person may name themself: "«Ortuño seguirá
    haciendo de Ortuño»", and the speaker carries then).
    """
    if phrase is None or phrase.kind != PERSON or phrase.plural:
        return phrase
    entity = cast.resolve(phrase)
    if entity.kind != PERSON:
        return phrase
    # the person's name words, as written in the quotation (a lone surname opening
    # it is no cast mention: the cast reads it as the sentence's capital)
    names = set(_NAME_WORD.findall(text, entity.start, entity.end))
    if not names or names.isdisjoint(_NAME_WORD.findall(text, raw.start, raw.end)):
        return phrase
    other = opening_subject(text, raw.open_at, index)
    if other is not None and other.kind in SPEAKER_KINDS and other.plural and other.name is None:
        return other
    return phrase


def speech_owner_before(text: str, pos: int, index: TokenIndex | None = None) -> Phrase | None:
    """The owner of the words the previous sentence opens on, as its subject.

    "Las declaraciones del mandatario complican al Gobierno. Ayer, por ejemplo, dijo
    que el país estaba «en guerra».": a noun of what was said (``speech_nouns.txt``)
    and its owner after "de" open the sentence (an adjunct and its comma may stand
    first); the verb with no subject after it goes on with that owner.
    """
    before = sentence_before(text, pos, index)
    if before is None:
        return None
    back, _, tokens = before
    k = 0
    if tokens and tokens[0].low in words_of("preposition"):
        # "En el marco de la crisis, las intervenciones del mandatario…"
        comma = text.find(",", tokens[0].start, back)
        k = bisect_right([t.start for t in tokens], comma) if comma >= 0 else len(tokens)
    owner = speech_noun_owner(text, tokens, k, back, None)
    if owner is None or owner.phrase is None or owner.phrase.kind not in SPEAKER_KINDS:
        return None
    return owner.phrase


def introduced_unnamed(  # noqa: PLR0913 - the carry state the caller has
    text: str,
    pos: int,
    said: Said | None,
    index: TokenIndex | None = None,
    *,
    carried: bool = True,
    named_at: Sequence[int] = (),
) -> Phrase | None:
    """The role or group the previous sentence of the paragraph has as its subject.

    "La vocera de los vecinos celebró la noticia, aunque con cautela. «Hay que ver si
    cumplen», advirtió.": a new subject between two quotations ends the speaker
    carried, a role or a group as much as a name (:func:`introduced_subject` reads the
    names). For a quotation that opens its sentence, the sentence before in its
    paragraph or the last of the paragraph before ("Los gremios rechazaron el
    anuncio.¶«…»."), agreeing in number with the quotation's verb when it shows one
    ("Los vecinos esperan. «…», dijo." is one of them, unnamed). ``carried``: a speaker
    credited before the quotation carries to it; with none, a subject whose phrase names
    a person as its complement (a person's name at one of ``named_at`` after its "de")
    is taken across the break whatever its number ("La madre de la joven Ana Paz habló
    con la prensa.¶«Mi hija merecía vivir»": the mother, not the daughter named in her
    phrase, whom nothing else makes a speaker).
    """
    s_lo = sentence_start_of(text, pos, 0)
    if text[s_lo:pos].strip():
        return None  # the quotation's own sentence may name its subject
    before = sentence_before(text, pos, index)
    if before is None:
        return None
    back, floor, words = before
    head = main_subject(text, back, floor, index, words=words)
    found = head[0] if head is not None else opening_with_verb(text, pos, index)
    if found is None or found.name is not None:
        return None
    if not (_someone_or_group(found) or (found.kind == ORGANIZATION and found.plural)):
        return None
    opener = text[found.start : found.end].split(maxsplit=1)[0].lower()
    if (
        "\n" in text[back:pos]
        and not (found.plural or opener in words_of("indefinite"))
        and (carried or not _names_complement(text, found, named_at))
    ):
        # across paragraphs only someone new or a group: "El presidente resumió así:¶«…»"
        # is the one the text is about, whom the speaker carried already names
        return None
    if said is not None and said.plural is not None and said.plural != found.plural:
        return None
    return found


def _names_complement(text: str, found: Phrase, named_at: Sequence[int]) -> bool:
    """Whether a person's name stands in ``found`` or right after it, after its "de".

    "La familia de Juan Pérez", "La hermana del futbolista Arturo Vidal": the phrase is
    about the person named, the one who speaks is its head.
    """
    k = bisect_left(named_at, found.start + 1)
    if k >= len(named_at) or named_at[k] > found.end + 1:
        return False
    words = ALNUM_RUN.findall(text, found.start, named_at[k])
    return any(word.lower() in closed_set("complement_link") for word in words[1:])


#: How far back a sentence's subject is looked for as the topic a quotation continues.
_TOPIC_SUBJECT_REACH = 600


def topic_since(
    text: str, named: Sequence[tuple[int, int]], named_at: Sequence[int], since: int, pos: int
) -> Phrase | None:
    """The person the last sentence opening on a person since ``since`` is about.

    "La ministra Ana Paz visitó el hospital.¶Recorrió las salas.¶«Faltan médicos».":
    the speaker carries only while no other subject intervenes, and a sentence that
    opens on a person (any verb) makes that person the one the text goes on about.
    """
    lo = max(since + 1, pos - _TOPIC_SUBJECT_REACH)
    k = bisect_left(named_at, pos) - 1
    while k >= 0 and named_at[k] >= lo:
        at, size = named[k]
        s_lo = sentence_start_of(text, at, 0)
        lead = text[s_lo:at].lstrip()
        if not lead or (
            _role_lead().fullmatch(lead) is not None and not _after_preposition(text, at, s_lo)
        ):
            s_hi = sentence_end(text, at, pos)
            later = named[k + 1 : bisect_left(named_at, s_hi)]
            if any(text[a : a + n] != text[at : at + size] for a, n in later):
                return None  # "X seguirá internada, así lo dijo su hija, Y": not about X alone
            return Phrase(at, at + size, PERSON, name=Span(at, at + size))
        k -= 1
    return None


def carried_past(  # noqa: PLR0913, PLR0917
    text: str,
    cast: Cast,
    quoted: QuotedSpans,
    phrase: Phrase | None,
    since: int,
    pos: int,
    index: TokenIndex | None = None,
) -> Phrase | None:
    """The carried speaker ``phrase``, unless the paragraphs since it turned to another.

    A quotation paragraph continues a speaker's turn when it follows their quotation
    with no one else brought in ("X dijo:¶«…»¶«…»"). A paragraph of the writer's between
    them whose sentence opens on another person, by name or role, any verb, makes that
    one the speaker: "«…», aseguró el gerente.¶La delegada del sindicato, Ana Gil,
    encabezó la protesta.¶«Nos mintieron»" gives Ana Gil (a pair, "Ana Gil y Pedro
    Sosa", or a group is no one person to carry).
    """
    # the paragraphs within reach, the latest first: the last one to open on someone
    # decides (a turn that far back is the text's topic, not a turn)
    since = max(since, pos - _TURN_REACH) if since >= 0 else since
    first = text.find("\n", since, pos) if since >= 0 and phrase is not None else -1
    if first < 0 or phrase is None:
        return phrase  # the same paragraph, or no speaker before
    end = text.rfind("\n", first, pos)
    read = 0
    while end > first and read < _TURN_PARAGRAPHS:
        start = text.rfind("\n", first, end)
        line = text[start + 1 : end].strip()
        # a paragraph of the writer's closes a sentence; a heading or a teaser's line,
        # read over, does not count
        if line[-1:] in _STOPS and not quoted.holds(text.find(line[0], start + 1, end)):
            read += 1
            other = _opening_other(text, start + 1, end, index)
            if other is not None:
                same = cast.resolve(other).key == cast.resolve(phrase).key
                return phrase if same else other
        end = start
    return phrase


def _someone(text: str, phrase: Phrase) -> bool:
    """Whether ``phrase`` is one person by name or role ("Ana Paz", "la fiscal"), no pair."""
    return (
        phrase.kind == PERSON
        and not phrase.plural
        and (phrase.name is not None or phrase.head is not None)
        and not _PAIR.search(text, phrase.start, phrase.end)
    )


#: Two names joined: "Piñera y Maduro" is no one person.
_PAIR = regex.compile(r"\p{Lu}\p{Ll}+ (?:y|e) \p{Lu}")


#: How far back the paragraphs between a turn and a quotation are read, and how many
#: of the writer's paragraphs at most.
_TURN_REACH = 1500
_TURN_PARAGRAPHS = 3
#: How far into a sentence its subject and verb are looked for.
_HEAD_REACH = 200


#: A bracket right after a role's complement ("(APSE)"), before its apposed name.
_BRACKET_AFTER = regex.compile(r"\s{0,2}\([^()\n]{1,40}\)")


def _apposed_name(
    text: str, role: Phrase, verb: int, index: TokenIndex | None = None
) -> Phrase | None:
    """The name set after a role between commas, a bracket between ("…(Fedeco), Ana Gil,").

    "La vocera de la Federación de Comerciantes (Fedeco), Ana Gil, salió al paso": the
    person is the name, not the office written in full.
    """
    if role.name is not None:
        return None
    at = role.end
    bracket = _BRACKET_AFTER.match(text, at, verb)
    at = bracket.end() if bracket is not None else at
    if text[at : at + 1] != ",":
        return None
    name = phrase_after(text, at + 1, verb, index)
    if name is None or name.kind != PERSON or name.name is None:
        return None
    return name if text[name.end : name.end + 1] == "," else None


def _opening_other(text: str, lo: int, hi: int, index: TokenIndex | None = None) -> Phrase | None:
    """The last person a sentence of the writer's paragraph ``[lo, hi)`` opens on.

    Its opening phrase, after an adjunct set off by a comma, is one person followed by
    its verb (:func:`main_subject`).
    """
    out = None
    at = lo
    while at < hi:
        end = sentence_end(text, at, hi)
        if end <= at:
            break
        # the subject and its verb stand near the sentence's head: read that much only
        found = main_subject(text, min(end, at + _HEAD_REACH), at, index)
        if found is not None and _someone(text, found[0]):
            out = _apposed_name(text, found[0], found[1], index) or found[0]
        at = end + 1
    return out


@functools.cache
def _turn_of_subject() -> regex.Pattern[str]:
    """A clause of its own after a conjunction, opening on a definite role.

    ", pero la diputada continuó", " y el ministro agregó".
    """
    return regex.compile(r"(?:,\s|\s)(?:pero|y|mientras|aunque) ((?:el|la) (\p{Ll}{3,30})) ")


def first_voice(
    text: str,
    cast: Cast,
    anchors: Sequence[tuple[int, Phrase]],
    carried: Phrase | None,
    found: Phrase | None,
) -> Phrase | None:
    """``found`` for a quotation with no verb of its own, unless it is the text's patient.

    A person the writer brings in as the subject of a passive ("El director, X, fue
    destituido") or of a declined statement ("X no respondió a las consultas", "no quiso
    referirse") is whom the text is about: a quotation standing with no verb after it
    goes on with the ``carried`` speaker ("«…», dijo la ministra.¶El director, X, fue
    destituido.¶«…»": the minister), unless that person speaks somewhere in the article
    (the subject of a reporting verb or cue, the speaker of a quotation, among
    ``anchors``). A subject that acts ("X encabezó la protesta") takes the turn as before,
    and so does one the news asked ("X fue consultado por este medio",
    ``consulted_participles.txt``).
    """
    if carried is None or found is None or found is carried or not _patient(text, found):
        return found
    key = cast.resolve(found).key
    if any(cast.resolve(phrase).key == key for _, phrase in anchors):
        return found
    return carried


@functools.cache
def _patient_lead() -> regex.Pattern[str]:
    """A passive, a verb of undergoing or a declined statement right after a subject.

    The phrases of ``patient_leads.tsv``; an aside between commas may stand between
    ("X, de 54 años, fue detenido").
    """
    found = rows("patient_leads.tsv")
    passive = "|".join(sorted((p for k, p in found if k == "passive"), key=len, reverse=True))
    declining = "|".join(p for k, p in found if k == "declining")
    undergoing = "|".join(p for k, p in found if k == "undergoing")
    return regex.compile(
        r"\s{0,2},?\s{0,2}(?:[^,.;:«»\n]{1,60},\s{1,2})?"
        rf"(?:(?:{passive}) (?:\p{{Ll}}+ )?(?P<part>\p{{Ll}}{{2,20}}(?:ad|id)[oa]s?)\b"
        rf"|(?:{undergoing})\b"
        rf"|no (?:(?:se|lo|la|le|les|los|las) )?(?:(?:{declining})\b|(?P<verb>\p{{Ll}}{{3,20}})))"
    )


@functools.cache
def _patient_before() -> regex.Pattern[str]:
    """A passive right before its subject, the subject set after the verb.

    "Ayer fue detenido el exalcalde X": a role of a few words may stand between, a
    comma before an apposed name too ("fue destituido el director del hospital, X").
    """
    passive = "|".join(
        sorted((p for k, p in rows("patient_leads.tsv") if k == "passive"), key=len, reverse=True)
    )
    return regex.compile(
        rf"\b(?:{passive}) (?:\p{{Ll}}+ )?(?P<part>\p{{Ll}}{{2,20}}(?:ad|id)[oa]s?)"
        r"(?: \p{Ll}{1,20}){0,4},? $",
        regex.IGNORECASE,
    )


#: How far before a subject the passive it closes is looked for.
_PASSIVE_BEFORE_REACH = 80


#: "no" and a clitic or none right before a verb: "no respondió", "no lo confirmó".
_NEGATED_VERB = regex.compile(r"(?:^|\s)no (?:(?:se|lo|la|le|les|los|las) )?$", regex.IGNORECASE)


def declined(text: str, attribution: Attribution) -> bool:
    """Whether a reporting verb is negated: its subject said nothing ("no respondió").

    "El gerente no respondió a las consultas": he is no speaker to carry; a negation
    that states (``affirming_negations.txt``, "no descartó que…") still speaks.
    """
    start = attribution.cue_start
    if _NEGATED_VERB.search(text, max(0, start - 12), start) is None:
        return False
    entry = reporting_lemmas().get(attribution.cue.lower())
    return entry is None or entry[0] not in word_set("affirming_negations.txt")


def _patient(text: str, found: Phrase) -> bool:
    """Whether ``found`` opens a passive or a declined statement (:func:`first_voice`)."""
    lo = max(0, found.start - _PASSIVE_BEFORE_REACH)
    match = _patient_before().search(text, lo, found.start)
    if match is None and text.startswith((" ", ","), found.end):
        match = _patient_lead().match(text, found.end, min(len(text), found.end + _HEAD_REACH))
    if match is None:
        return False
    verb = match.group("verb") if "verb" in match.re.groupindex else None
    # "X fue consultado por este medio": the one asked answers
    part = match.group("part")
    if part is not None and part.lower() in word_set("consulted_participles.txt"):
        return False
    return verb is None or reporting_verb(verb)


def spoke_since(anchor_at: Sequence[int], spoken: int, pos: int) -> bool:
    """Whether no reporting verb's subject stands between ``spoken`` and ``pos``.

    The speaker of a quotation carries to the next while no other subject intervenes;
    one found in its sentence with no verb of its own is not among the anchors.
    """
    return not any_between(anchor_at, spoken, pos)


SPOKEN = (QuoteKind.DIRECT, QuoteKind.PARTIAL)


def interview_subject(text: str, cast: Cast, found: Sequence[RawQuote]) -> Phrase | None:
    """The person or role an interview is with (:func:`interviewee`)."""
    return interviewee(text, cast, found)


def _after_preposition(text: str, at: int, floor: int) -> bool:
    """Whether the name at ``at`` is the object of a preposition ("por la ministra X").

    Determiners, role words and titles between the preposition and the name are
    stepped over.
    """
    lo = max(floor, at - 60)
    apposed = text[lo:at].rstrip().endswith(",")  # "a la secretaria de Justicia, Ana Paz"
    words = ALNUM_RUN.findall(text, lo, at)
    roles = role_words()
    joined = False  # a coordinator crossed: the role before it governs both
    for word in reversed(words):
        low = word.lower()
        if low in roles or low.removeprefix("ex") in roles:
            apposed = False  # the role reached: what stands before it decides
            continue
        if apposed:
            continue  # the role's complement ("de Justicia", "regional"), read back to it
        if low in words_of("preposition") or low == "según":
            return True
        if low in closed_set("possessive") and not joined:
            continue  # "su esposa, Ana Paz": the possessive is the role's determiner
        if low in words_of("coordinator") and not joined:
            # "la detención del exministro y su esposa, Ana Paz": a role joined to one
            # a preposition governs is its object too
            joined = True
            continue
        if joined and word[:1].isupper():
            continue  # "la captura de Pedro Gil y su esposa, Ana Paz": a name joined
        if low not in words_of("determiner"):
            return False
    return False


def epithet_person(
    said: Said | None,
    phrase: Phrase | None,
    anchors: Sequence[tuple[int, Phrase]],
    at: Sequence[int],
    pos: int,
) -> Phrase | None:
    """The carried ``phrase``, a person when the verb's subject is an epithet for one.

    "«…», agregó el político.": the last person before ``pos`` who spoke or was
    credited, never a body credited in between; with no person before, an epithet
    for an ordinary person is the speaker as written ("«…», cuenta la mujer").
    """
    if said is None or not said.epithet or (phrase is not None and phrase.kind is PERSON):
        return phrase
    if phrase is None:
        return said.written
    for k in range(bisect_right(at, pos) - 1, -1, -1):
        found = anchors[k][1]
        if found.kind is PERSON and not found.plural:
            return found
    return said.written or phrase


def carry(
    anchors: Sequence[tuple[int, Phrase]],
    at: Sequence[int],
    pos: int,
    cast: Cast,
    quoted: QuotedSpans,
) -> Phrase | None:
    """The last speaker before ``pos``; else the person the text is about; else the next speaker.

    With no speaker before it and no person, the organisation the text is about
    speaks: the last one that opens a sentence as its subject ("El Tribunal dio a conocer su
    fallo. … También señaló que…": Spanish drops the subject that carries).
    """
    k = bisect_right(at, pos) - 1
    if k >= 0:
        return anchors[k][1]
    # "X habló sobre la situación de Y.¶«…», dijo.": a person named after a preposition
    # (or as the object "a Y") is who the sentence is about, never its subject; the
    # carry takes a person named as a subject first, the object only with no other
    text = cast.text

    def governed(start: int) -> bool:
        return quoted.holds(start) or _after_preposition(
            text, start, sentence_start_of(text, start, 0)
        )

    person = cast.last_person(pos, skip=governed) or cast.last_person(pos, skip=quoted.holds)
    if person is not None:
        start, end = cast.people[person]
        return Phrase(start, end, PERSON, name=Span(start, end))
    if anchors:
        return anchors[0][1]
    return _topic_organisation(cast, pos, quoted)


#: How far back the organisation a dropped subject stands for is looked for.
_TOPIC_REACH = 1500


def _topic_organisation(cast: Cast, pos: int, quoted: QuotedSpans) -> Phrase | None:
    """The last organisation before ``pos`` that opens its sentence (its subject)."""
    for at, _, (start, end) in reversed(cast.orgs):
        if at >= pos or quoted.holds(at):
            continue
        if at < pos - _TOPIC_REACH:
            break
        lead = ALNUM_RUN.findall(cast.text, sentence_start_of(cast.text, at, 0), at)
        if all(word.lower() in words_of("determiner") for word in lead):
            # the sentence opens on it: "El Tribunal…", "La Corte Suprema…"
            return Phrase(start, end, ORGANIZATION, name=Span(start, end))
    return None
