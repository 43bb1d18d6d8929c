"""The speaker after a quotation: "«…», dijo X", "«…», según X", "«…», agregó el político".

Read from the closing mark on (``docs/quotes.md``, Speakers): the incise's cue (a
reporting verb, "según", a periphrasis, "fue lo que dijo", a noun of saying) with the
adverbs and auxiliaries stepped over, and the subject after it, inverted after the
verb, past an adverbial, an aside or a date.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence

import attrs

from noticiaparse._extract.quote_openings import introduced_group
from noticiaparse._extract.quote_said import Said
from noticiaparse._extract.quote_words import INCISE_OPENERS, finite, incises, stop_words
from noticiaparse._reading import (
    DOCUMENT,
    MEDIA,
    ORGANIZATION,
    PERSON,
    Phrase,
    RawQuote,
    Token,
    TokenIndex,
    endings_of,
    first_names,
    match_words,
    phrase_after,
    phrase_at,
    plural_verb,
    reporting_infinitives,
    reporting_participle,
    reporting_verb,
    role_words,
    trailing_cues,
    verb_like,
    word_set,
    words_in,
    words_of,
)
from noticiaparse._reading.attributions import fused_role
from noticiaparse._reading.vocabulary import closed_set
from noticiaparse._text.calendar import full_month_names, weekdays
from noticiaparse._text.lazy import lazy_regex
from noticiaparse._text.lexicons import by_first, lines, word_classes
from noticiaparse._text.span import Span

__all__ = [
    "MAX_STEPPED",
    "adverbs_auxiliaries",
    "after_close",
    "postverbal_subject",
    "qualified_by",
    "speech_noun_owner",
]


#: The most adverbs and auxiliaries stepped over between a closing mark and its cue.
MAX_STEPPED = 3


#: The dash that opens a dialogue line's incise: any dash, or the typewriter's "--".
_dash_after = lazy_regex(r" (?:--|[—―–−-])")
_SPACES = re.compile(" *")


@functools.cache
def adverbs_auxiliaries() -> frozenset[str]:
    """The adverbs, auxiliaries and clitics :func:`after_close` steps over before a cue."""
    return words_of("adverb") | words_of("auxiliary") | words_of("clitic")


def after_close(  # noqa: C901
    text: str, raw: RawQuote, hi: int, index: TokenIndex | None = None
) -> Said | None:
    """``«…», dijo X`` / ``«…», según X`` / headline ``«…»: X``."""
    pos = raw.close_at + (0 if raw.recovered or raw.dash else 1)
    if raw.dash:
        match = _dash_after().match(text, raw.end, hi)
        if match is None:
            return None
        pos = match.end()
    # the first character after the spaces that follow (read in place: no copy of the
    # stretch after each quotation)
    limit = min(hi, pos + 200)
    spaces = _SPACES.match(text, pos, max(pos, limit))
    offset = pos if spaces is None else spaces.end()
    first = text[offset : min(limit, offset + 1)]
    if first == ":":
        phrase = phrase_after(text, offset + 1, hi, index)
        tokens = words_in(text, offset + 1, min(hi, offset + 200), index)
        if (
            phrase is None
            and len(tokens) > 1
            and tokens[0].low in role_words()
            and tokens[1].capital
        ):
            # "«…»: rectora Ana Paz": a headline's bare role before the name
            phrase = phrase_after(text, tokens[1].start, hi, index)
        if phrase is not None and phrase.name is not None:
            return Said(phrase, None, explicit=True)
        return speech_noun_owner(text, tokens, 0, hi, index)  # "«…»: la advertencia de X"
    if first in INCISE_OPENERS or (first.isalpha() and first.islower()):
        offset += 1 if first in INCISE_OPENERS else 0  # "«…» -dijo X-"
        tokens = words_in(text, offset, min(hi, offset + 200), index)
        named = _agent_after(text, raw, tokens, hi, index) or (
            speech_noun_owner(text, tokens, 0, hi, index)
            # "calificó como «mentira» los dichos de X": with no comma or copula between,
            # the noun goes on with the writer's sentence, an object, not a credit
            if first in INCISE_OPENERS or (tokens and tokens[0].low in words_of("copula"))
            else None
        )
        if named is not None:
            return named
        k = 0
        stepped = adverbs_auxiliaries()
        # "«…», se lee en el comunicado": a cue that opens on a clitic is read whole
        while (
            k < len(tokens)
            and k < MAX_STEPPED
            and tokens[k].low in stepped
            and _trailing_cue(tokens, k) is None
        ):
            k += 1
        k = _periphrasis(tokens, k)  # "«…», se limitó a decir el técnico"
        k = _what_said(tokens, k)  # "«…», fue lo que dijo el senador"
        trailing = _trailing_cue(tokens, k)
        if trailing is not None:
            skip, cue = trailing
            # "«…», según ha indicado la Guardia Civil": the verb after the cue stepped over
            skip = _verb_after_cue(tokens, k + skip) - k
            phrase = _credited_after(text, tokens, k + skip, hi, index)
            if phrase is None and k + skip < len(tokens):
                # "«…», ha dejado claro este lunes la ministra": an adverbial first
                phrase = postverbal_subject(text, tokens, k + skip - 1, hi, index)
            return Said(phrase, tokens[k].text if skip == 1 else cue, phrase is not None)
        if k < len(tokens) and (
            reporting_verb(tokens[k].text, after_quote=True)
            or tokens[k].low in reporting_infinitives()
            # "«…», ha dicho este martes la ministra": the participle after its auxiliary
            or (
                k > 0
                and tokens[k - 1].low in words_of("auxiliary")
                and reporting_participle(tokens[k].text)
            )
        ):
            verb = tokens[k]
            if text[offset : verb.start].count(",") > 1 or "." in text[offset : verb.start]:
                return None
            phrase = (
                phrase_after(text, verb.end, hi, index)
                or postverbal_subject(text, tokens, k, hi, index)
                or _inverted_subject(text, tokens, k)
                or _particle_surname(text, tokens, k, hi, index)
            )
            epithet = phrase is None and _person_epithet(text, tokens, k)
            written = _written_epithet(tokens, k) if epithet else None
            return Said(
                phrase, verb.text, phrase is not None, plural_verb(tokens, k), epithet, written
            )
    return None


#: Who may be the agent of a qualifying participle and so the quotation's speaker.
_AGENT_KINDS = frozenset({PERSON, ORGANIZATION, MEDIA})
#: The participle and its "de" or "como" right before an opening mark.
_QUALIFIED_BEFORE = lazy_regex(r"(\p{Ll}{4,30}) (?:de|como) [«“\"‘]?\Z")


def _agent_after(
    text: str, raw: RawQuote, tokens: Sequence[Token], hi: int, index: TokenIndex | None
) -> Said | None:
    """The agent of a qualifying participle: "Y fue calificado de «…» por X" gives X."""
    if not tokens or tokens[0].low != "por" or not qualified_by(text, raw.open_at):
        return None
    agent = phrase_after(text, tokens[0].end, hi, index)
    if agent is None or agent.kind not in _AGENT_KINDS:
        return None
    return Said(agent, tokens[0].text, explicit=True)


def qualified_by(text: str, open_at: int) -> bool:
    """Whether a qualifying participle and its "de" or "como" stand right before ``open_at``.

    "fue calificado de «…»", "la medida, tildada como «…»": the qualifying verbs of
    ``qualifying_verbs.txt`` in a participle of any gender and number.
    """
    found = _QUALIFIED_BEFORE().search(text, max(0, open_at - 40), open_at + 1)
    if found is None:
        return False
    verb = found.group(1).lower()
    return verb.endswith(endings_of("any_participle")) and any(
        verb.startswith(stem) for stem in lines("qualifying_verbs.txt")
    )


@functools.cache
def _not_epithets() -> frozenset[str]:
    """The nouns of bodies, outlets, groups and documents: no epithet for a person."""
    names = (
        "org_nouns.txt",
        "institution_nouns.txt",
        "document_cues.txt",
        "media_heads.txt",
        "collective_nouns.txt",
    )
    return frozenset().union(*map(word_set, names))


def _person_epithet(text: str, tokens: Sequence[Token], k: int) -> bool:
    """Whether a definite singular noun alone follows the verb at token ``k`` and ends its clause.

    "«…», agregó el político.", "«…», remató la exjueza,": news varies the words for the
    person it quotes; the noun names someone, no body, outlet, group or document.
    """
    if k + 2 >= len(tokens):
        return False
    det, noun = tokens[k + 1], tokens[k + 2]
    if (
        det.low not in words_of("singular_definite")
        or not _plain_noun_after(text, tokens, k)
        or noun.low in _not_epithets()
    ):
        return False
    if text[noun.end : noun.end + 1] in {"", ".", ",", ";", "\n"}:
        return True
    # "«…», contó la mujer entre lágrimas", "dijo el hombre visiblemente afectado": a
    # manner adverbial closes the clause (no "de": "el político de Renovación" is more)
    after = tokens[k + 3] if k + 3 < len(tokens) else None
    return (
        after is not None
        and text[noun.end : after.start] == " "
        and (
            (after.low in words_of("preposition") and after.low not in words_of("of"))
            or after.low.endswith("mente")
        )
    )


def _written_epithet(tokens: Sequence[Token], k: int) -> Phrase | None:
    """The epithet after the verb at ``k`` as written, when its noun is an ordinary person's.

    "«…», cuenta la mujer", "relató el hombre" (``people_nouns.txt``): the speaker
    when the context names nobody before (:func:`epithet_person`).
    """
    head = tokens[k + 2]
    if head.low not in word_set("people_nouns.txt"):
        return None
    return Phrase(tokens[k + 1].start, head.end, PERSON, head=head.low)


def _plain_noun_after(text: str, tokens: Sequence[Token], k: int) -> bool:
    """Whether tokens ``k + 1`` and ``k + 2`` are a determiner and a plain common noun.

    One space before each, the noun in lower-case letters, long enough for a noun, no
    noun of time, no stop word and nothing shaped like a verb: the subject's noun
    after a reporting verb, whichever its determiner (the callers test that).
    """
    det, noun = tokens[k + 1], tokens[k + 2]
    return not (
        text[tokens[k].end : det.start] != " "
        or text[det.end : noun.start] != " "
        or noun.capital
        or not noun.low.isalpha()
        or len(noun.low) < _MIN_NOUN
        or noun.low in _time_nouns()
        or noun.low in stop_words()
        or verb_like(noun)
    )


@functools.cache
def _time_nouns() -> frozenset[str]:
    """The nouns of time a verb takes as an adjunct after it (``time_nouns.txt``)."""
    return word_set("time_nouns.txt") | frozenset(weekdays()) | frozenset(full_month_names())


def _particle_surname(
    text: str, tokens: Sequence[Token], k: int, hi: int, index: TokenIndex | None
) -> Phrase | None:
    """A surname with its particle right after the reporting verb at token ``k``.

    "«…», dijo De Vido", "chicaneó De Mendiguren", "afirmó Del Caño", "señaló De la
    Sota": without the given name the particle opens the surname with a capital
    (RAE, Ortografía 4.2.4.1.1.b), and the name after it is the speaker's. Only a
    person's name read from the word after the particle (and its article) is taken.
    """
    j = k + 1
    if j + 1 >= len(tokens) or not tokens[j].capital or tokens[j].low not in _SURNAME_PARTICLES:
        return None
    if (
        tokens[j].low == "de"
        and tokens[j + 1].low in words_of("particle")
        and not tokens[j + 1].capital
    ):
        j += 1  # "De la Sota", "De los Santos"
    j += 1
    if (
        j >= len(tokens)
        or not tokens[j].capital
        or text[tokens[j - 1].end : tokens[j].start] != " "
    ):
        return None
    found = phrase_after(text, tokens[j].start, hi, index)
    if (
        found is None
        or found.kind != PERSON
        or found.name is None
        or found.start != tokens[j].start
    ):
        return None
    start = tokens[k + 1].start
    return attrs.evolve(found, start=start, name=Span(start, found.name.end))


#: The particles that open a surname written without its given name ("De Vido").
_SURNAME_PARTICLES = frozenset({"de", "del"})


def _inverted_subject(text: str, tokens: Sequence[Token], k: int) -> Phrase | None:
    """Someone unnamed right after the reporting verb at token ``k``, whatever the noun.

    "«…», contó una mujer", "relató un personero de la época", "dijo un vecino que
    pidió reserva": after a quotation and its verb Spanish puts the subject, and an
    indefinite article brings in someone new, never a person named before, listed as a
    role or not. The noun must end the phrase (a stop, a comma, "de", "que" after it):
    "un alto funcionario" is an adjective first. A definite noun the lexicons do not
    list is left to the context: news varies the words for the person it quotes ("dijo
    el comediante"). Not a noun of time ("dijo una vez", ``time_nouns.txt``).
    """
    if k + 2 >= len(tokens):
        return None
    det, noun = tokens[k + 1], tokens[k + 2]
    if det.low in closed_set("one_of") and noun.low in words_of("of") and k + 3 < len(tokens):
        return _one_of(text, tokens, k + 1)
    if (
        det.low not in words_of("indefinite")
        or det.low in words_of("plural_determiner")
        or not _plain_noun_after(text, tokens, k)
    ):
        return None
    after = text[noun.end : noun.end + 1]
    nxt = tokens[k + 3] if k + 3 < len(tokens) else None
    if after.isalnum() or (
        after == " "
        and nxt is not None
        and nxt.low not in words_of("of")
        and nxt.low not in words_of("relative")
    ):
        return None
    end = noun.end
    # its complement, a noun in small letters: "un personero de la época"
    j = k + 3
    if j + 1 < len(tokens) and tokens[j].low in words_of("of"):
        m = j + 2 if tokens[j + 1].low in words_of("definite") else j + 1
        if (
            m < len(tokens)
            and not tokens[m].capital
            and tokens[m].low.isalpha()
            and text[noun.end : tokens[m].start].replace(" ", "").isalpha()
        ):
            end = tokens[m].end
    return Phrase(det.start, end, PERSON)


def _one_of(text: str, tokens: Sequence[Token], j: int) -> Phrase | None:
    """One of a group after the verb, at token ``j``: the group speaks through them.

    "«…», gritó otro de los manifestantes" (the member as written, as "una de las
    víctimas"); "Los feriantes están molestos. «…», dijo uno de ellos": the pronoun's
    group is the one the sentence before opens on.
    """
    group = tokens[j + 2]
    if group.low in closed_set("group_pronoun"):
        return introduced_group(text, tokens[j].start)
    inner = phrase_at(text, tokens, j + 2)
    if inner is None or inner[0].kind != PERSON or not inner[0].plural:
        return None
    return Phrase(tokens[j].start, inner[0].end, PERSON, head=inner[0].head)


#: The shortest noun read as a subject after its verb ("el DT" is a role of its own).
_MIN_NOUN = 3


def _credited_after(
    text: str, tokens: Sequence[Token], j: int, hi: int, index: TokenIndex | None
) -> Phrase | None:
    """The phrase a crediting cue ending before token ``j`` names ("según la ministra").

    "«…», en opinión del portavoz de la oposición": a "del" holds the role's article.
    """
    phrase = phrase_after(text, tokens[j - 1].end, hi, index)
    if phrase is None and j < len(tokens) and tokens[j - 1].low in word_set("fused_articles.txt"):
        fused = fused_role(text, tokens, j)
        phrase = fused[0] if fused is not None else None
    return phrase


def speech_noun_owner(
    text: str, tokens: Sequence[Token], k: int, hi: int, index: TokenIndex | None
) -> Said | None:
    """``«…», fue la respuesta del ministro`` / ``«…», fue la evaluación que X hizo``.

    A copula (a headline drops it: "«…»: la advertencia de X", "«…», la frase de X"),
    a determiner and a noun for what was said (``speech_nouns.txt``): the speaker is
    named after "de" or is the subject of the relative clause after it.
    """
    if k < len(tokens) and tokens[k].low in words_of("copula"):
        k += 1
    j = k + 1
    if (
        j + 1 >= len(tokens)
        or tokens[k].low not in words_of("determiner")
        or tokens[j].low not in word_set("speech_nouns.txt")
    ):
        return None
    lead = tokens[j + 1].low
    if lead not in words_of("of") and lead not in words_of("relative"):
        return None
    phrase = phrase_after(text, tokens[j + 1].end, hi, index)
    if phrase is None and lead in words_of("relative"):
        # "era la frase que repetía el alcalde X": the verb first, its subject after it
        phrase = _relative_subject(text, tokens, j + 2, hi, index)
    if phrase is None and j + 2 < len(tokens) and tokens[j + 2].low in role_words():
        # "la respuesta del ministro": the article is in the contraction; a holder
        # named after the role goes with it ("del líder camionero Hernán Ospina")
        fused = fused_role(text, tokens, j + 2)
        head = tokens[j + 2]
        phrase = (
            fused[0]
            if fused is not None and fused[0].name is not None
            else Phrase(head.start, head.end, PERSON, head=head.low)
        )
    if phrase is None or phrase.kind == DOCUMENT:
        return None
    return Said(phrase, tokens[j].text, explicit=True)


def _relative_subject(
    text: str, tokens: Sequence[Token], k: int, hi: int, index: TokenIndex | None
) -> Phrase | None:
    """The subject after the verb that opens a relative clause at token ``k``, else ``None``.

    "…la frase que repetía el alcalde X", "…la advertencia que le hizo la fiscal X":
    clitics before the verb, the subject right after it.
    """
    while k < len(tokens) and tokens[k].low in words_of("clitic"):
        k += 1
    if k >= len(tokens) or tokens[k].capital:
        return None
    verb = tokens[k]
    if not (
        verb_like(verb)
        or finite(verb.low)
        or verb.low in word_set("irregular_finite.txt")
        or reporting_verb(verb.text, after_quote=True)
    ):
        return None
    return phrase_after(text, verb.end, hi, index)


def _periphrasis(tokens: Sequence[Token], k: int) -> int:
    """The reporting infinitive a verb at ``k`` leads to with "a", else ``k``.

    "se limitó a decir", "atinó a responder", "volvió a insistir", "coincidieron en
    señalar", a head of tense or aspect with its link ("va a decir", "acaba de
    decir": ``periphrasis_heads.tsv``), and a modal verb
    right before the infinitive, "quiso aclarar", "prefirió responder": the infinitive
    reports, its subject follows it. A verb of phase before the gerund of a reporting
    verb ("empezó diciendo", "terminó señalando", "siguió explicando":
    ``phase_verbs.txt``) is one too: the gerund reports.
    """
    if (
        k + 2 < len(tokens)
        and tokens[k + 2].low in reporting_infinitives()
        and (
            (tokens[k + 1].low in words_of("periphrasis_link") and verb_like(tokens[k]))
            # "va a decir", "acaba de decir": a head of tense or aspect and its link
            or tokens[k].low in word_classes("periphrasis_heads.tsv").get(tokens[k + 1].low, ())
        )
    ):
        return k + 2
    if (
        k + 1 < len(tokens)
        and tokens[k].low in words_of("modal")
        and tokens[k + 1].low in reporting_infinitives()
    ):
        return k + 1  # "«…», quiso aclarar el ministro", "pudo decir"
    if (
        k + 1 < len(tokens)
        and tokens[k].low in word_set("phase_verbs.txt")
        and tokens[k + 1].low.endswith(endings_of("gerund"))
        and reporting_verb(tokens[k + 1].text)
    ):
        return k + 1  # "«…», empezó diciendo el presidente": a phase verb's gerund reports
    return k


def periphrasis_head(tokens: Sequence[Token], k: int) -> int:
    """The verb that heads a periphrasis whose reporting infinitive stands at ``k``, else ``k``.

    Read backwards, :func:`_periphrasis`: "X va a decir que «…»", "X acaba de
    reconocer que «…»", "X quiso aclarar que «…»": the subject stands before the head.
    """
    if k < 1 or tokens[k].low not in reporting_infinitives():
        return k
    if k > 1 and _periphrasis(tokens, k - 2) == k:
        return k - 2
    return k - 1 if _periphrasis(tokens, k - 1) == k else k


def _what_said(tokens: Sequence[Token], k: int) -> int:
    """The reporting verb after "fue lo que" at ``k`` ("«…», fue lo que dijo X"), else ``k``.

    One word may stand between "lo" and "que": "fue lo primero que dijo X".

    A copula and "lo que" before the verb point back at the quotation as what was
    said; the verb's subject follows it as in any incise ("fueron las palabras que"
    is a noun's: :func:`speech_noun_owner`).
    """
    if k + 3 >= len(tokens) or tokens[k].low not in words_of("copula") or tokens[k + 1].low != "lo":
        return k
    # "fue lo primero que dijo", "fue lo único que alcanzó a decir": one word between
    at = k + 3 if tokens[k + 2].low in words_of("relative") else k + 4
    if (
        at < len(tokens)
        and tokens[at - 1].low in words_of("relative")
        and not tokens[k + 2].capital
        and reporting_verb(tokens[at].text, after_quote=True)
    ):
        return at
    return k


def _trailing_cue(tokens: Sequence[Token], k: int) -> tuple[int, str] | None:
    """The cue at token ``k`` that names the speaker after a quotation, as (words, cue).

    "«…», según el ministro", "«…», de acuerdo con la fiscal" (``trailing_cues``).
    """
    if k >= len(tokens):
        return None
    for words, cue in _trailing_by_first().get(tokens[k].low, ()):
        if match_words(tokens, k, words):
            return len(words), cue
    return None


@functools.cache
def _trailing_by_first() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """The ``trailing_cues`` by their first word, longest first as there.

    Only the cues whose first word stands at a token are tried there (a quotation's
    incise is read a token at a time, and each token tried every cue).
    """
    # (a cue has a word)
    return by_first((words[0], (words, cue)) for words, cue in trailing_cues())


def _verb_after_cue(tokens: Sequence[Token], j: int) -> int:
    """Token ``j``, or the token after a reporting verb that stands there (its auxiliary too).

    "según señaló", "según ha indicado", "según han informado".
    """
    k = j
    if k < len(tokens) and tokens[k].low in words_of("auxiliary"):
        k += 1
        if k < len(tokens) and reporting_participle(tokens[k].text):
            return k + 1
        return j
    if k < len(tokens) and reporting_verb(tokens[k].text):
        return k + 1
    return j


def postverbal_subject(  # noqa: C901, PLR0912 - the asides after the verb, in order
    text: str, tokens: Sequence[Token], k: int, hi: int, index: TokenIndex | None
) -> Phrase | None:
    """The subject after a reporting verb and an adverbial or an aside.

    ``«…», dijo ayer el ministro``, ``dijo a la prensa la alcaldesa``, ``lamenta, por
    su parte, Iris Vega``: the subject is the first phrase that is not the object of
    a preposition ("a CNN" is whom it was said to, never who said it); past that object,
    a plural verb's subject may open on a bare plural noun ("explicaron a este
    periódico fuentes del Ministerio").
    """
    verb = tokens[k]
    if k + 1 >= len(tokens):
        return None
    led = _led_subject(text, tokens, k, hi, index)
    if led is not None:
        return led
    gap = text[verb.end : tokens[k + 1].start]
    aside = gap.strip() == ","
    if not aside and (gap.strip() or tokens[k + 1].low not in _adverbials()):
        return None
    openers = words_of("determiner")
    j, end = k + 2, min(len(tokens), k + _ADVERBIAL_WORDS + 2)
    past = -1  # where the last object stepped over ended: a name may open right there
    while j < end:
        tok = tokens[j]
        between = text[verb.end : tok.start]
        if "." in between or ";" in between or between.count(",") > _ASIDE_COMMAS:
            return None
        if tok.low in words_of("relative") or (verb_like(tok) and not tok.capital):
            return None  # another clause: "con CNN Mañana que conduce X"
        # past whom it was said to, a plural verb's subject may open on a bare noun
        opens = (
            tok.low in openers or tok.capital or (j == past and _bare_plural_subject(tokens, k, j))
        )
        # past a comma the verb's own words did not open, a phrase opens only right after
        # it: "afirmó desde su cuenta de X, antes Twitter" renames the account, no subject
        inside = aside or "," in between
        if between.rstrip()[-1:] == "(":
            # "sostuvo en una entrevista radial (Radio Sur 101.5 FM)": a bracket names where or
            # to whom it was said, never who said it; a subject may follow it
            close = text.find(")", tok.start, hi)
            if close < 0:
                return None
            while j < end and tokens[j].start < close:
                j += 1
            continue
        if (inside and between.rstrip()[-1:] != ",") or not opens:
            j += 1  # still inside the aside, or no phrase opens here
        elif tokens[j - 1].low in _object_openers():
            j = past = _past_object(text, tokens, j)
        elif j != past and _inside_name(tokens, j) and between.rstrip()[-1:] != ",":
            # inside a name that opened before ("con CNN Primera Mañana"); not right
            # after an outlet stepped over whole ("dijo a Telemundo Skylar Mendes")
            j += 1
        else:
            return phrase_after(text, tok.start, hi, index)
    return None


def _bare_plural_subject(tokens: Sequence[Token], k: int, j: int) -> bool:
    """Whether the bare noun at token ``j`` opens the plural verb at ``k``'s subject.

    "«…», explicaron a este periódico fuentes del Ministerio": after the verb, and
    after whom it was said to, a plural subject may open with no determiner.
    """
    tok = tokens[j]
    return (
        tok.low.endswith("s")
        and tokens[k].low[-1:] in "no"  # "dijeron", "han dicho": the cheap gate first
        and tok.low.isalpha()
        and tok.low not in stop_words()
        and plural_verb(tokens, k) is True
        and not verb_like(tok)
    )


def _past_object(text: str, tokens: Sequence[Token], j: int) -> int:
    """Past the object of a preposition that opens at token ``j``.

    It is stepped over whole ("a la agencia AFP"): whom it was said to, never who said
    it; "a este medio", a demonstrative and its noun, is the publisher, and the subject
    may follow it right away.
    """
    if tokens[j].low in words_of("demonstrative") and j + 1 < len(tokens):
        return j + 2 if not tokens[j + 1].capital else j + 1
    found = phrase_at(text, tokens, j)
    return found[1] if found is not None and found[1] > j else j + 1


def _stepped_modifier(text: str, tokens: Sequence[Token], j: int) -> int:
    """Past an incise with no commas or a predicative adjective at token ``j``, else ``j``.

    "«…», agregó por su parte Iris Vega" (``incise`` of ``function_words.tsv``); "«…»,
    dijo indignada Rosa Díaz", "respondió molesto el ministro", "sentenció tajante
    Luis Vera": a lower-case word that agrees in gender (-o, -a, -os, -as), or an
    adjective of one form or an adverb (-nte, -mente: ``manner`` of
    ``verb_endings.tsv``), and is no function word or verb, right before a name or a
    determiner.
    """
    end = j
    for words in incises():
        if match_words(tokens, j, words):
            end = j + len(words)
            break
    else:
        tok = tokens[j]
        if (
            not tok.capital
            and tok.low.endswith(_manner_endings())
            and tok.low.isalpha()
            and tok.low not in stop_words()
            and not verb_like(tok)
            and not reporting_participle(tok.low)
        ):
            end = j + 1
    if end == j or end >= len(tokens) or not _bare_gap(text, tokens[j - 1], tokens[j]):
        return j
    nxt = tokens[end]
    if not _bare_gap(text, tokens[end - 1], nxt):
        return j
    return end if nxt.capital or nxt.low in words_of("determiner") else j


@functools.cache
def _manner_endings() -> tuple[str, ...]:
    """The endings of a word that says how someone spoke (agreeing, one-form, adverb)."""
    return (*endings_of("agreement"), *endings_of("manner"))


def _inside_name(tokens: Sequence[Token], j: int) -> bool:
    """Whether token ``j`` goes on a capitalised name before it (no given name opens anew)."""
    return tokens[j].capital and tokens[j - 1].capital and tokens[j].text not in first_names()


def _led_subject(
    text: str, tokens: Sequence[Token], k: int, hi: int, index: TokenIndex | None
) -> Phrase | None:
    """The subject a word right after the verb at token ``k`` leads to.

    "«…», indicaron desde la Municipalidad" and, after an impersonal plural, "«…»,
    comentan en la Casa Rosada": the institution the words come from; "dijo en diálogo
    con Radio Mitre el economista X": the subject after the channel; "agregó por su
    parte X", "dijo indignada X": the subject after an incise or an adjective of manner.
    """
    j = k + 1
    lead = tokens[j].low
    impersonal = tokens[k].low.endswith("n") and lead in words_of("source_in")
    if (lead in words_of("source_from") or impersonal) and j + 1 < len(tokens):
        phrase = phrase_after(text, tokens[j].end, hi, index)
        if phrase is not None and phrase.kind in (ORGANIZATION, MEDIA):
            return phrase
    stepped = _stepped_modifier(text, tokens, j)
    stepped = stepped if stepped > j else _dated_end(text, tokens, j)
    if stepped > j:
        # "lamenta por su parte Iris Vega", "dijo indignada la vecina": an incise with
        # no commas, or an adjective that says how the speaker spoke, then the subject
        return phrase_after(text, tokens[stepped].start, hi, index)
    channel = _channel_end(text, tokens, j)
    if (
        channel is not None
        and channel < len(tokens)
        and _bare_gap(text, tokens[channel - 1], tokens[channel])
    ):
        return phrase_after(text, tokens[channel].start, hi, index)
    return None


def _dated_end(text: str, tokens: Sequence[Token], j: int) -> int:
    """Past a date written with "el" at token ``j`` and before a subject, else ``j``.

    "«…», dijo el pasado lunes X", "dijo el martes la ministra", "afirmó el 12 de marzo
    el fiscal": a weekday (after "pasado", "último", "próximo" too), or a day and its
    month; the subject, a name or a determiner, must follow.
    """
    n = len(tokens)
    if j + 1 >= n or tokens[j].low not in words_of("singular_definite"):
        return j
    k = j + 1
    if tokens[k].low in words_of("head_modifier") or tokens[k].low in word_set(
        "date_qualifiers.txt"
    ):
        k += 1  # "el pasado lunes", "el último viernes"
    if k < n and tokens[k].low in weekdays():
        end = k + 1
    elif (
        k + 2 < n
        and tokens[k].text.isdigit()
        and tokens[k + 1].low == "de"
        and tokens[k + 2].low in full_month_names()
    ):
        end = k + 3  # "el 12 de marzo"
    else:
        return j
    end = _day_part_end(tokens, end)  # "el viernes por la noche", "el lunes en la tarde"
    if end >= n or not all(
        _bare_gap(text, a, b) for a, b in itertools.pairwise(tokens[j : end + 1])
    ):
        return j
    nxt = tokens[end]
    return end if nxt.capital or nxt.low in words_of("determiner") else j


def _day_part_end(tokens: Sequence[Token], end: int) -> int:
    """Past a part of the day at token ``end`` after a weekday or a date, else ``end``.

    "el viernes por la noche", "el lunes en la tarde", "el sábado a la mañana", "el
    martes de madrugada": a lead of ``day_part_leads.txt`` and a part of
    ``date_day_parts.txt``.
    """
    if end >= len(tokens) or tokens[end].low not in _day_part_firsts():
        return end
    parts = word_set("date_day_parts.txt")
    for lead in _day_part_leads():
        after = end + len(lead)
        if after < len(tokens) and match_words(tokens, end, lead) and tokens[after].low in parts:
            return after + 1
    return end


@functools.cache
def _day_part_leads() -> tuple[tuple[str, ...], ...]:
    """The leads of a part of the day, as word tuples (``day_part_leads.txt``)."""
    return tuple(tuple(line.split()) for line in lines("day_part_leads.txt"))


@functools.cache
def _day_part_firsts() -> frozenset[str]:
    """The first word of every lead of a part of the day: the cheap gate."""
    return frozenset(lead[0] for lead in _day_part_leads())


def _channel_end(text: str, tokens: Sequence[Token], j: int) -> int | None:
    """Where a channel cue at token ``j`` and the outlet or person it names end, if one stands.

    "en diálogo con Radio Mitre", "en entrevista con Canal 13 Noticias": the name runs
    on over capitalised words and numbers.
    """
    for words, _ in trailing_cues("channel"):
        if match_words(tokens, j, words):
            end = j + len(words)
            found = phrase_at(text, tokens, end) if end < len(tokens) else None
            if found is None:
                return None
            end = found[1]
            while (
                end < len(tokens)
                and (tokens[end].capital or tokens[end].text.isdigit())
                and _bare_gap(text, tokens[end - 1], tokens[end])
            ):
                end += 1
            return end
    return None


def _bare_gap(text: str, a: Token, b: Token) -> bool:
    """Only spaces between two tokens."""
    return not text[a.end : b.start].strip(" ")


#: How many commas may stand between a verb and its subject after it: an aside's two
#: ("dijo, por su parte, X"; "reconoció a este diario, visiblemente molesto, el director").
_ASIDE_COMMAS = 2
#: How many words an adverbial between a verb and its subject may have.
_ADVERBIAL_WORDS = 14


@functools.cache
def _adverbials() -> frozenset[str]:
    """Words that open an adverbial between a reporting verb and its subject.

    "desde" too, when no institution follows it ("replicó desde Valparaíso el senador").
    """
    return (
        words_of("preposition")
        | words_of("adverb")
        | words_of("adverbial_opener")
        | words_of("source_from")
    )


@functools.cache
def _object_openers() -> frozenset[str]:
    """Words after which a phrase is an object, not a subject ("a CNN", "en la radio").

    The adverbial openers too, but the demonstratives: "durante la marcha".
    """
    return (
        words_of("preposition")
        | words_of("article")
        | words_of("determiner")
        | words_of("to")
        | words_of("source_from")
        | (words_of("adverbial_opener") - words_of("demonstrative"))
    )
