"""The speaker before a quotation: "X dijo: «…»", "Según X, «…»", "Para X, el plan es «…»".

Read back from the opening mark, within its sentence (``docs/quotes.md``, Speakers and
The main clause's subject): the subject of the reporting verb, the holder of a view,
the owner of the words a colon introduces, a relative's antecedent, the main clause's
subject when no verb of saying stands there.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence

import regex

from noticiaparse._extract.quote_after import adverbs_auxiliaries, periphrasis_head
from noticiaparse._extract.quote_clauses import CONNECTOR_REACH, opinion_lead_at
from noticiaparse._extract.quote_said import SPEAKER_KINDS, Said
from noticiaparse._extract.quote_words import ALNUM_RUN
from noticiaparse._reading import (
    PERSON,
    Phrase,
    RawQuote,
    Token,
    TokenIndex,
    VerbKey,
    endings_of,
    phrase_after,
    phrase_at,
    phrase_before,
    plural_verb,
    reporting_forms,
    reporting_infinitives,
    reporting_participle,
    reporting_verb,
    role_words,
    verb_like,
    word_set,
    words_in,
    words_of,
)
from noticiaparse._reading.attributions import fused_role, relative_past_adverbial
from noticiaparse._reading.subjects import main_subject, phrase_ending
from noticiaparse._reading.vocabulary import closed_set
from noticiaparse._text.lazy import lazy_regex
from noticiaparse._text.marks import has_mark, pair_marks
from noticiaparse._text.sentences import sentence_end
from noticiaparse._text.sentences import sentence_start as sentence_start_of
from noticiaparse._text.span import Span

__all__ = [
    "BEFORE_REACH",
    "agreeing_main_speaker",
    "interpolated_cue",
    "read_before",
    "sentence_holder",
]


def _before_open(  # noqa: C901, PLR0912
    text: str,
    raw: RawQuote,
    lo: int,
    index: TokenIndex | None = None,
    subjects: Mapping[VerbKey, Phrase | None] | None = None,
) -> Said | None:
    """``X dijo: «…»``, ``X afirmó que «…»``, ``según X, «…»``, headline ``X: «…»``.

    ``subjects`` are the verbs' subjects the attributions already read, by
    ``(position, floor)`` (:meth:`noticiaparse._reading.Attributions.subjects`).
    """
    subjects = subjects or {}
    sentence_start = sentence_start_of(text, raw.open_at, lo)
    sentence_start = max(sentence_start, raw.open_at - BEFORE_REACH)  # it sits close by
    pre = text[sentence_start : raw.open_at]
    stripped = pre.rstrip()
    if stripped.endswith(":") and sentence_start == lo:
        # the headline convention "Boric: «…»"
        phrase = phrase_before(text, sentence_start + len(stripped) - 1, sentence_start, index)
        if phrase is not None and phrase.start == sentence_start + len(pre) - len(pre.lstrip()):
            return Said(phrase, None, explicit=True)
        owner = _headline_owner(text, words_in(text, sentence_start, raw.open_at, index))
        if owner is not None:
            return Said(owner, None, explicit=True)
    tokens = words_in(text, sentence_start, raw.open_at, index)
    balance = _mark_balance(text, sentence_start, raw.open_at)
    forms = _cue_forms()
    infinitives = reporting_infinitives()
    for k in range(len(tokens) - 1, -1, -1):
        tok = tokens[k]
        low = tok.low
        # only "según" and reporting verb forms are cues: no other word is tested (a
        # word that keeps its final full stop, "S.A.", is: its ``low`` is not its text's)
        if low not in forms and low != "según" and tok.text[-1] != ".":
            continue
        if balance(tok.start):
            continue
        if low == "según" and k + 1 < len(tokens):
            phrase = phrase_after(text, tok.end, raw.open_at, index)
            if phrase is not None:
                return Said(phrase, tok.text, explicit=True)
        if (
            reporting_verb(tok.text)
            or (
                k > 0
                and tokens[k - 1].low in words_of("auxiliary")
                and reporting_participle(tok.text)
            )
            # "X va a decir que «…»": the infinitive of a periphrasis that governs the
            # quotation, right before it or its "que" ("quiere cerrar el acuerdo y «…»" no)
            or (
                low in infinitives
                and (k == len(tokens) - 1 or (k == len(tokens) - 2 and tokens[-1].low == "que"))
                and periphrasis_head(tokens, k) < k
            )
        ):
            phrase = _relative_antecedent(text, tokens, k, sentence_start)
            phrase = phrase or _subject(
                text, _aux_start(tokens, k), sentence_start, index, subjects
            )
            if phrase is not None and balance(phrase.start):
                phrase = None  # a name inside an earlier quotation is never its speaker
            if _interpolated(text, tokens, k):
                # "La empresa, ha insistido, ha perdido toda «…»": the writer's incise, its
                # subject dropped; the phrase before it is the clause's, not the speaker
                return Said(
                    None, tok.text, explicit=False, plural=plural_verb(tokens, k), incise=True
                )
            if phrase is None:
                after = phrase_after(text, tok.end, raw.open_at, index)
                if after is not None and after.name is not None:
                    phrase = after
            return Said(phrase, tok.text, phrase is not None, plural_verb(tokens, k))
    return _clause_speaker(text, tokens, Span(sentence_start, raw.open_at), index)


@functools.cache
def _cue_forms() -> frozenset[str]:
    """The words a cue before a quotation can be: reporting forms, and infinitives.

    An infinitive is a cue only at the head of a periphrasis ("X va a decir que «…»").
    """
    return reporting_forms() | reporting_infinitives()


def _antecedent_phrase(text: str, end: int, floor: int) -> Phrase | None:
    """The phrase ending at ``end``: a speaker's, else the person named last inside it.

    "la acusación de Pedro Soto, quien": "quien" stands for a person, the one named
    inside the thing's phrase.
    """
    phrase = phrase_ending(text, end, floor, person_after_noun=True)
    if phrase is None or phrase.kind in SPEAKER_KINDS:
        return phrase
    inner = phrase_ending(text, end, phrase.start + 1, person_after_noun=True)
    return inner if inner is not None and inner.kind == PERSON else phrase


def _relative_antecedent(text: str, tokens: Sequence[Token], k: int, floor: int) -> Phrase | None:
    """The person a "quien" right before the verb at token ``k`` stands for, else ``None``.

    "…habló con la conductora Ana Ríos, quien sostuvo que la reforma «…»": the verb of
    a relative clause has the relative's antecedent for subject, the phrase that ends at
    the comma before "quien", not the main clause's subject. Clitics, "no" and adverbs
    in "-mente" may stand between ("quien le aseguró", "quien además dijo").
    """
    j = k - 1
    while j >= 0 and (
        tokens[j].low in words_of("clitic")
        or tokens[j].low in adverbs_auxiliaries()
        or tokens[j].low.endswith("mente")
    ):
        j -= 1
    j = relative_past_adverbial(text, tokens, j + 1) - 1  # "quien alguna vez dijo"
    if j < 1 or tokens[j].low not in words_of("relative_person"):
        return None
    if "," in text[tokens[j].end : tokens[k].start]:
        return None  # "los presos, quienes, dijo, «…»": the verb is an incise of another
    if text[tokens[j - 1].end : tokens[j].start].strip() != ",":
        return None
    phrase = _antecedent_phrase(text, tokens[j - 1].end, floor)
    if phrase is not None and phrase.kind in SPEAKER_KINDS:
        return phrase
    # "quien" stands for a person: "la sorpresa del conductor, quien…" is the conductor's
    for m in range(j - 2, max(0, j - _OWNER_REACH) - 1, -1):
        if tokens[m].low in words_of("of"):
            # "de la periodista", or the article fused in "del": "del conductor"
            found = phrase_at(text, tokens, m + 1) or fused_role(text, tokens, m + 1)
            if (
                found is not None
                and found[1] == j
                and found[0].kind == PERSON
                and found[0].head is not None  # a role, not a place's name ("de Pachuca")
            ):
                return found[0]
            break
    return None


#: How many words back from "quien" the person a noun's "de" names may open.
_OWNER_REACH = 6


def _headline_owner(text: str, tokens: Sequence[Token]) -> Phrase | None:
    """``La revancha de Max Soto frente a Ruiz: «…»``: the headline's noun and its owner.

    A headline that drops its verb opens on a noun and "de" its owner before the
    colon: the owner is who speaks ("El mensaje de la ONU: «…»").
    """
    k = 1 if tokens and tokens[0].low in words_of("determiner") else 0
    if k + 2 >= len(tokens) or tokens[k + 1].low not in words_of("of"):
        return None
    if any(
        (verb_like(tok) and not tok.capital)
        or tok.low in closed_set("clause_only")
        or tok.low in word_set("irregular_finite.txt")
        for tok in tokens[k + 2 :]
    ):
        # "La ministra de Salud … se mostró optimista: «…»", "Los vecinos de X no lo
        # pueden creer: «…»": a clause (a negation, a clitic no article can be, a
        # common irregular verb), its subject's
        return None

    if k == 1 and tokens[k].capital:
        return None  # "El País de…": a name, not a noun
    found = phrase_at(text, tokens, k + 2)
    if found is None or found[0].kind not in SPEAKER_KINDS or found[0].name is None:
        return None
    return found[0]


def _clause_speaker(
    text: str, tokens: Sequence[Token], clause: Span, index: TokenIndex | None
) -> Said | None:
    """Who the writer's clause before a quotation gives it to, with no reporting verb.

    "Para X, «…»" (the holder of the view), "X fue tajante: «…»" (the subject).
    """
    holder = _opinion_holder(text, tokens, clause.start, clause.end, index)
    if holder is not None:
        return Said(holder, tokens[0].text, explicit=True)
    if text[clause.start : clause.end].rstrip().endswith(":"):
        # the main clause's subject first ("La ministra, consultada por la prensa, se
        # mostró optimista: «…»"), else the subject read back from the first verb
        phrase = _main_clause_speaker(text, clause.end, index)
        phrase = phrase or _colon_subject(text, tokens, clause.start, index)
        phrase = phrase or _speech_owner_in(text, tokens, clause.end, index)
        if phrase is not None:
            return Said(phrase, None, explicit=True)
    return None


def _possessed_words(text: str, phrase: Phrase) -> bool:
    """Whether ``phrase`` is someone's words by a possessive ("Su mensaje fue claro: «…»").

    The words' owner speaks, the one the text goes on about: the speaker carries, as
    with a verb that has no subject of its own.
    """
    words = text[phrase.start : phrase.end].lower().split()
    return (
        phrase.name is None
        and len(words) == 2  # noqa: PLR2004 - a possessive and its noun
        and words[0] in closed_set("possessive")
        and words[1] in word_set("speech_nouns.txt")
    )


def _speech_owner_in(
    text: str, tokens: Sequence[Token], hi: int, index: TokenIndex | None
) -> Phrase | None:
    """The owner of the words a clause closed by a colon names ("las declaraciones del X").

    "Buena parte de los dichos de la senadora giró en torno a las pensiones: «…»",
    "La respuesta de la alcaldesa no se hizo esperar: «…»": a noun for what was said
    (``speech_nouns.txt``) and its owner after "de" introduce that owner's words.
    """
    for k in range(len(tokens) - 1):
        if tokens[k].low not in word_set("speech_nouns.txt") or tokens[k + 1].low not in words_of(
            "of"
        ):
            continue
        phrase = phrase_after(text, tokens[k + 1].end, hi, index)
        if phrase is None and k + 2 < len(tokens) and tokens[k + 2].low in role_words():
            head = tokens[k + 2]  # "las declaraciones del mandatario": the article fused
            phrase = Phrase(head.start, head.end, PERSON, head=head.low)
        if phrase is not None and phrase.kind in SPEAKER_KINDS:
            return phrase
    return None


def _opinion_holder(
    text: str, tokens: Sequence[Token], sentence: int, pos: int, index: TokenIndex | None
) -> Phrase | None:
    """``Para la directora del FMI, Kristalina Georgieva, «…»``: whose view the sentence gives.

    A sentence that opens on "para" (``opinion_lead``) and a person or an institution
    set off by a comma right before the quotation, or before a clause that a colon
    closes before it, gives that holder's words.
    """
    if not tokens or tokens[0].low not in words_of("opinion_lead"):
        return None
    if text[sentence : tokens[0].start].strip():
        return None  # not the sentence's opening word
    phrase = phrase_after(text, tokens[0].end, pos, index)
    if phrase is None or phrase.kind not in SPEAKER_KINDS:
        return None
    if phrase.name is None and phrase.head is None:
        return None
    rest = text[phrase.end : pos].strip()
    # "Para la vecina X, en cambio, el problema es otro: «…»": the view the colon opens
    return phrase if rest == "," or (rest[:1] == "," and rest[-1:] == ":") else None


def sentence_holder(text: str, pos: int, index: TokenIndex | None = None) -> Phrase | None:
    """Whose view the sentence holding ``pos`` gives, when it opens on "Para X,".

    "Para la rectora, los paros responden a una «campaña orquestada»", "En tanto, para
    el vocero, …": the holder of the view speaks the fragment, a role as much as a name.
    """
    lo = sentence_start_of(text, pos, 0)
    if "ara " not in text[lo : min(pos, lo + CONNECTOR_REACH + 6)]:
        return None  # no "Para"/"para" where a lead can stand: most sentences
    tokens = words_in(text, lo, pos, index)
    lead = opinion_lead_at(text, lo, pos)
    if len(tokens) < lead + 2 or text[lo : tokens[0].start].strip():
        return None
    if tokens[lead].low not in words_of("opinion_lead"):
        return None
    phrase = phrase_after(text, tokens[lead].end, pos, index)
    if phrase is None or phrase.kind not in SPEAKER_KINDS:
        return None
    if (phrase.name is None and phrase.head is None) or text[phrase.end : phrase.end + 1] != ",":
        return None
    return phrase


def _colon_subject(
    text: str, tokens: Sequence[Token], sentence: int, index: TokenIndex | None
) -> Phrase | None:
    """The subject of the clause a colon closes before a quotation, when it has no cue.

    News convention introduces words with a clause about their speaker and a colon:
    "Más tarde la ministra fue tajante: «…»", "el técnico perdió la paciencia y le
    envió un mensaje: «…»". The subject is read back from the clause's first verb.
    """
    for k, tok in enumerate(tokens):
        if verb_like(tok) and not tok.capital:
            phrase = phrase_before(text, _aux_start(tokens, k), sentence, index)
            if phrase is not None and phrase.kind in SPEAKER_KINDS:
                return phrase
            return None
    return None


def _subject(
    text: str,
    pos: int,
    floor: int,
    index: TokenIndex | None,
    subjects: Mapping[VerbKey, Phrase | None],
) -> Phrase | None:
    """:func:`phrase_before`, unless the attributions read it already."""
    key = (pos, floor)
    return subjects[key] if key in subjects else phrase_before(text, pos, floor, index)


def _interpolated(text: str, tokens: Sequence[Token], k: int) -> bool:
    """Whether the reporting verb at token ``k`` is an incise between its clause's words."""
    start = _aux_start(tokens, k)
    j = next((m for m in range(k, -1, -1) if tokens[m].start == start), 0)
    return j > 0 and interpolated_cue(text, tokens[j - 1].end, start, tokens[k].end)


def interpolated_cue(text: str, phrase_end: int, cue_start: int, cue_end: int) -> bool:
    """Whether a reporting verb (from ``cue_start``, its auxiliary included) is an incise.

    "La empresa, ha insistido, ha perdido toda «…»": set off by commas right after the phrase
    that ends at ``phrase_end`` and before a verb of the clause that goes on (an
    auxiliary, a form of "ser" or "estar"), the verb's subject is dropped: the phrase
    before is what the speaker speaks of, not who speaks.
    """
    gap = text[phrase_end:cue_start].split()
    if not gap or gap[0] != "," or any(w not in words_of("auxiliary") for w in gap[1:]):
        return False  # only a comma, and the verb's auxiliary ("La empresa, ha insistido")
    found = _AFTER_INCISE().match(text, cue_end)
    if found is None:
        return False
    nxt = found.group(1).lower()
    return nxt in words_of("auxiliary") or nxt in words_of("copula")


#: A comma and the word after an incise's verb ("…, ha insistido, ha perdido").
_AFTER_INCISE = lazy_regex(r"[ \t]*,[ \t]*(\w+)")


def _aux_start(tokens: Sequence[Token], k: int) -> int:
    k = periphrasis_head(tokens, k)  # "X va a decir que «…»": the subject before "va"
    while k > 0 and tokens[k - 1].low in words_of("perfect_auxiliary"):
        k -= 1
    return tokens[k].start


def _mark_balance(text: str, lo: int, hi: int) -> Callable[[int], bool]:
    """A test of whether a position in ``text[lo:hi]`` sits inside a quotation opened there.

    The marks are paired by :func:`noticiaparse._text.marks.pair_marks`: inside a pair,
    or after a mark still open at ``hi``. They are paired on the first question, and
    only when the window has a mark at all: most words before a quotation are never
    asked about, and most windows hold no mark.
    """
    if not has_mark(text, lo, hi):
        return _outside
    return _MarkBalance(text, lo, hi).inside


def _outside(pos: int) -> bool:  # noqa: ARG001 - the test of a window without marks
    return False


class _MarkBalance:
    """The marks of one window, paired when first asked about (see :func:`_mark_balance`)."""

    def __init__(self, text: str, lo: int, hi: int) -> None:
        self.window = (text, lo, hi)
        self.spans: list[Span] | None = None
        self.opened = hi

    def inside(self, pos: int) -> bool:
        if self.spans is None:
            pairs, left, _ = pair_marks(*self.window, worded=True)
            self.spans = [Span(pair.start, pair.end) for pair in pairs]
            self.opened = min((mark.start for mark in left), default=self.opened)
        return pos >= self.opened or any(start <= pos < end for start, end in self.spans)


def agreeing_main_speaker(
    text: str, raw: RawQuote, index: TokenIndex | None = None
) -> Phrase | None:
    """The main clause's subject (:func:`_main_clause_speaker`), unless it cannot speak.

    "Los vecinos viven un «abandono» total, dijo.": a plural subject is not the one a
    singular verb closing the sentence drops; "Los choferes están «agotados».": the
    subject of a copula before the quotation is what the words judge.
    """
    phrase = _main_clause_speaker(text, raw.open_at, index)
    if phrase is not None and phrase.plural and _closed_by_singular(text, raw.close_at):
        return None
    if (
        phrase is not None
        and _after_copula(text, raw.open_at)
        # "informó que la situación está «…»": the copula of a clause of its own
        and "que" not in ALNUM_RUN.findall(text, phrase.end, raw.open_at)
    ):
        return None  # "Los choferes están «agotados».": what the words judge, not who spoke
    return phrase


def _after_copula(text: str, pos: int) -> bool:
    """Whether a copula stands right before the quotation at ``pos`` ("están «…»")."""
    word = _LAST_WORD.search(text, max(0, pos - _COPULA_REACH), pos)
    return word is not None and word.group(1).lower() in words_of("copula")


#: The word right before a quotation's opening mark.
_LAST_WORD = regex.compile(r"(\p{L}+)[ \t]*+$")
#: How far before a quotation the copula right before it is read.
_COPULA_REACH = 12


def _closed_by_singular(text: str, close_at: int) -> bool:
    """Whether a singular reporting verb with no subject closes the quotation's sentence.

    "Los vecinos viven un «abandono» total, dijo.": the verb's dropped subject speaks,
    and no plural subject of the sentence can be it.
    """
    end = sentence_end(text, close_at, len(text))
    match = _LAST_VERB.search(text, close_at + 1, end + 1)
    return (
        match is not None
        and reporting_verb(match.group(1), after_quote=True)
        and not match.group(1).endswith(endings_of("plural_finite"))
    )


#: The verb alone after the sentence's last comma: "…, dijo."
_LAST_VERB = regex.compile(r",[ \t]{1,2}(\p{Ll}{3,20})[ \t]*+[.!?]?$")


def read_before(  # noqa: PLR0913, PLR0917
    text: str,
    raw: RawQuote,
    floor: int,
    outer: RawQuote | None,
    index: TokenIndex,
    subjects: Mapping[VerbKey, Phrase | None],
) -> Said | None:
    """The attribution before a quotation's opening mark, when words stand there to read.

    A quotation inside another (``outer``) is attributed by the speaker's own words
    before it, in the outer quotation ("…cuando la madre le dice: 'No vuelvas'").
    """
    if raw.depth == 0:
        if _LETTER.search(text, max(floor, raw.open_at - BEFORE_REACH), raw.open_at):
            return _before_open(text, raw, floor, index, subjects)
        return None
    if outer is None or outer.start > raw.open_at:
        return None
    before = _before_open(text, raw, outer.start, index)
    return before if before is not None and before.explicit else None


def _main_clause_speaker(text: str, pos: int, index: TokenIndex | None = None) -> Phrase | None:
    """The subject of the main clause that holds the quotation at ``pos`` (:func:`main_subject`).

    With no reporting verb to read, the clause a quotation stands in is its subject's
    words, whatever the verb ("calificó de", "habló de", "se refirió a", "pidió",
    "aseguró sentirse"), however far the subject stands, role or name.
    """
    found = main_subject(text, pos, 0, index)
    if found is None or _possessed_words(text, found[0]):
        return None  # "Su mensaje fue claro: «…»": the owner, who carries
    phrase, verb = found
    # "Los médicos aseguraron que…, como Ana Paz, quien señaló que «…»": a reporting
    # verb with a subject of its own, after the main one, has the quotation ("al tiempo
    # que gritaban «…»" has none: the main clause's subject shouts)
    later = words_in(text, verb, pos, index)
    for k in range(1, len(later)):
        # "quien había prometido": a perfect's subject stands before its auxiliary
        perfect = later[k - 1].low in words_of("auxiliary") and reporting_participle(later[k].low)
        if not (perfect or reporting_verb(later[k].text)):
            continue
        at = k - 1 if perfect else k
        if at >= 1 and (
            later[at - 1].low in words_of("relative_person")
            or later[at - 1].low in word_set("subject_pronouns.txt")
            or phrase_before(text, later[at].start, later[0].end, index) is not None
        ):
            return None
    return phrase


#: A letter: with none before a quotation there is no attribution to read there.
_LETTER = regex.compile(r"\p{L}")
#: How far before its quotation an attribution is read.
BEFORE_REACH = 250
