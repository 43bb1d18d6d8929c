"""Sequel cues: the words after a quotation's closing mark, and its own sentence.

"«…», dijo", "«…» que le atribuyen", "«…», así lo calificó", "«…» y «…»", "«…», «…»",
"«…» fue la respuesta": the rules of ``docs/quotes.md`` (Kinds) that read what follows
a quotation, the incise set around it, and whether it stands as a sentence of its own.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import regex

from noticiaparse._extract.quote_titles import work_verbs
from noticiaparse._extract.quote_words import (
    ALNUM_RUN,
    POSITION_WORDS,
    SENTENCE_STOPS,
    VERB_AFTER_REACH,
    finite,
    kind_words,
    title_case,
)
from noticiaparse._reading import RawQuote, endings_of, reporting_verb, word_set, words_of
from noticiaparse._reading.vocabulary import closed_set
from noticiaparse._text.lexicons import lines
from noticiaparse._text.marks import has_mark
from noticiaparse._text.sentences import sentence_start as sentence_start_of

__all__ = [
    "WORK_TITLE_WORDS",
    "_VERB_RIGHT_AFTER",
    "after_preposition_glued",
    "chain_end",
    "clause_like",
    "clitic_verb_right_after",
    "incise_before",
    "inverted_verb",
    "joined",
    "main_incise",
    "named_after_colon",
    "next_sentence",
    "own_sentence",
    "qualified_after",
    "said_after",
    "same_turn",
    "saying_named_after",
    "subject_after",
    "subject_before_incise",
    "text_goes_on",
    "verb_clitics",
    "verb_follows",
    "worded_after",
]


#: A reporting verb right after a closing mark, with no comma or after a dash ("«…»
#: dijo", "«…» -dijo"): the quotation is that verb's, a sentence.
_VERB_RIGHT_AFTER = regex.compile(r"[ \t]{0,2}[-–—]?[ \t]{0,2}(\p{Ll}{3,20})\b")


@functools.cache
def clitic_verb_right_after() -> regex.Pattern[str]:
    """:data:`_VERB_RIGHT_AFTER` with a clitic before the verb ("«…» se defendió X").

    A pronominal reporting verb ("se defendió", "se quejó", "le respondió") is as much
    the quotation's as a bare one; a clitic that is an article too ("la", "los") is
    left out, it opens a noun as often.
    """
    clitics = sorted(words_of("clitic") - words_of("determiner"), key=len, reverse=True)
    return regex.compile(
        r"[ \t]{0,2}[-–—]?[ \t]{0,2}(?:(?:" + "|".join(clitics) + r")[ \t]{1,2})?(\p{Ll}{3,20})\b"
    )


def own_sentence(text: str, raw: RawQuote, words: Sequence[str]) -> bool:
    """Whether a capitalised quotation of a clause's length stands as a sentence of its own.

    "«Es una vergüenza», afirmó. «Nadie nos avisó de nada».": opening its sentence and
    closing it, with a finite verb, the quoted words are the speaker's, direct; a work's
    title opening a sentence goes on with the writer's verb ("«La casa de papel»
    tendrá…"), and a phrase with no verb stays what it is ("«Al servicio del club»").
    """
    if len(words) < POSITION_WORDS or title_case(words):
        return False
    rest = text[raw.close_at + 1 : raw.close_at + 4].lstrip(" ")
    if rest[:1] not in {"", "\n", ".", "!", "?"} and not _joined_ahead(text, raw.close_at):
        return False
    # "«Nadie nos escucha».", "«No alcanza»." closed by a full stop: a word after "no" or
    # a clitic is a verb, whatever its tense
    return any(map(finite, words)) or (rest[:1] in SENTENCE_STOPS and _verb_led(words))


def _joined_ahead(text: str, close_at: int) -> bool:
    """Whether a coordinator and another quotation follow a closing mark ("» y «").

    "«Vamos a reconstruir el puente» y «no vamos a descansar».": the sentence goes on
    with the speaker's words only.
    """
    match = _JOINED_AHEAD.match(text, close_at + 1)
    return match is not None and match.group(1) in kind_words("joiner")


#: A coordinator and an opening mark right after a closing one.
_JOINED_AHEAD = regex.compile(r"[ \t]{1,2}(\p{Ll}{1,2})[ \t]{1,2}[«“\"]")


def _verb_led(words: Sequence[str]) -> bool:
    """Whether a word of ``words`` follows "no" or a clitic: a verb ("nos escucha")."""
    leads = _clause_leads()
    return any(w.lower().strip("¿¡(") in leads for w in words[:-1])


@functools.cache
def _clause_leads() -> frozenset[str]:
    """The words only a verb follows: "no" and the clitics (``closed_sets.tsv``)."""
    return closed_set("clause_only") | closed_set("verb_clitic")


#: The most words of a work's title told by its capital after a preposition or article.
WORK_TITLE_WORDS = 8


def incise_before(text: str, pos: int, floor: int) -> bool:
    """Whether the comma-delimited stretch before ``pos`` is an attribution incise.

    "El plan, dijo la ministra, «es el mejor…»", "Como dijo Ana Rojas, «aquí…»": the
    verb's complement is the quotation, which goes on the writer's sentence. A verb
    whose "que" clause came already ("recalcó que hubo detenidos, «…»") is no incise.
    """
    end = text.rfind(",", floor, pos)
    start = max(text.rfind(",", floor, end) + 1, sentence_start_of(text, end, floor, reach=end))
    words = [w.lower() for w in ALNUM_RUN.findall(text, start, end)]
    return any(reporting_verb(word) and "que" not in words[k + 1 :] for k, word in enumerate(words))


def main_incise(text: str, pos: int, floor: int) -> bool:
    """An incise before ``pos`` that is no frame of the writer's ("Como dijo Ana Rojas, «…»")."""
    if not incise_before(text, pos, floor):
        return False
    lo = sentence_start_of(text, pos, floor)
    first = ALNUM_RUN.search(text, lo, pos)
    return first is None or first.group().lower() not in words_of("frame_opener")


def verb_follows(text: str, pos: int) -> bool:
    """Whether a plural finite verb follows the comma at ``pos``, clitics aside.

    The quotation is then someone's sentence, attributed by position ("«Nuestros
    problemas son otros», se desmarcan en el Palacio").
    """
    if text[pos : pos + 2].strip()[:1] != ",":
        return False
    for match in ALNUM_RUN.finditer(text, pos, pos + VERB_AFTER_REACH):
        word = match.group()
        if word.lower() in words_of("clitic") and word.islower():
            continue
        return word.islower() and word.endswith(endings_of("plural_finite"))
    return False


def inverted_verb(text: str, pos: int) -> bool:
    """Whether a finite verb and its subject after it follow the comma at ``pos``.

    Spanish sets the subject after the verb that gives a quotation, whatever that verb
    ("«Lo vamos a lograr», se ilusiona la alcaldesa", "«Son ellos los que mienten»,
    contraatacó el vocero", "«…», se sinceró."): the quotation is that subject's
    sentence. The verb is told by a clitic before it or by the ending of a finite past
    or imperfect (``verb_like`` in ``lexicons/verb_endings.tsv``); its subject (a
    determiner, a capitalised name) or the end of the sentence follows it.
    """
    if text[pos : pos + 2].strip()[:1] != ",":
        return False
    clitic = False
    for match in ALNUM_RUN.finditer(text, pos, pos + VERB_AFTER_REACH):
        word = match.group()
        if word in closed_set("verb_clitic"):
            clitic = True
            continue
        if not word.islower() or not (
            clitic or word.endswith(endings_of("verb_like") + endings_of("plural_finite"))
        ):
            return False
        rest = text[match.end() : match.end() + 2].lstrip(" ")
        if rest[:1] in {"", ".", ",", "\n"}:
            return True
        following = ALNUM_RUN.match(text, match.end() + 1)
        return following is not None and (
            following.group()[:1].isupper() or following.group() in words_of("determiner")
        )
    return False


#: How many words after the copula the noun for what was said may stand ("fue la única
#: respuesta").
_SAYING_NOUN_WORDS = 3


def clause_like(words: Sequence[str]) -> bool:
    """Whether quoted words hold a verb: a finite form, or a word after a clitic ("Nos duele")."""
    return any(map(finite, words)) or (
        len(words) > 1 and words[0].lower().strip("¿¡") in closed_set("verb_clitic")
    )


#: A comma and another quotation after a closing mark: a list of quotations.
_NEXT_IN_LIST = regex.compile(r"[ \t]{0,2}+,[ \t]{0,2}+[«“\"][^«»“”\"\n]{1,200}+[»”\"]")
#: The most quotations of a list read ahead.
_LIST_REACH = 8


def chain_end(text: str, close_at: int) -> int:
    """The closing mark of the last quotation in a list after the one closing at ``close_at``.

    "«Tenemos miedo», «Nos duele», «Queremos ayuda», eran las frases…": each one of
    the list shares what follows the last.
    """
    last = close_at
    for _ in range(_LIST_REACH):
        found = _NEXT_IN_LIST.match(text, last + 1)
        if found is None:
            break
        last = found.end() - 1
    return last


def saying_named_after(text: str, close_at: int) -> bool:
    """Whether a copula and a noun for what was said follow the quotation, a comma or not.

    "«Estamos trabajando», es la respuesta que se repite", "«No hay plata» fue la
    respuesta del ministro" (``lexicons/speech_nouns.txt``): the writer names the
    quotation as someone's words.
    """
    first = ALNUM_RUN.search(text, close_at + 1, close_at + VERB_AFTER_REACH)
    if first is None or text[close_at + 1 : first.start()].strip(" ,»”\"’'"):
        return False  # "«…». Es la respuesta…": another sentence
    found = [
        w.lower() for w in ALNUM_RUN.findall(text, close_at + 1, close_at + VERB_AFTER_REACH + 20)
    ][: _SAYING_NOUN_WORDS + 1]
    return (
        bool(found)
        and found[0] in words_of("copula")
        and any(w in word_set("speech_nouns.txt") for w in found[1:])
    )


def after_preposition_glued(prev_words: Sequence[str], before: str) -> bool:
    """Whether the quotation is the object of a preposition or an article right before it.

    "En conversación con «Mañanas Informativas», el alcalde…", "Durante el «Cordobazo»,
    miles…": a name, no sentence.
    """
    return (
        bool(prev_words)
        and before[-1:].isalnum()
        and (prev_words[-1] in words_of("preposition") or prev_words[-1] in words_of("article"))
    )


def subject_before_incise(text: str, pos: int, floor: int) -> bool:
    """Whether the writer's sentence opens on a subject before the incise ending at ``pos``.

    In "Los tratamientos, opina, «deben estar…»" the quotation completes the writer's
    subject, and in "la cumbre, la cual, explicó, «requiere…»" the relative's clause;
    "«…», continuó, «el precio…»" and "Además, agregó, «el precio…»" go on with the
    speaker's words.
    """
    end = text.rfind(",", floor, pos)
    start = text.rfind(",", floor, end) if end > floor else -1
    if start <= floor:
        return False
    last = ALNUM_RUN.findall(text, max(floor, start - _RELATIVE_REACH), start)[-1:]
    if last and last[0].lower() in words_of("incise_relative"):
        return True  # "la cumbre, la cual, explicó, «requiere…»": the relative's verb
    lo = sentence_start_of(text, start, floor)
    first = ALNUM_RUN.search(text, lo, start)
    return first is not None and first.group().lower() in words_of("determiner")


#: How far back (characters) the word before the incise is read.
_RELATIVE_REACH = 20


#: "«…», así calificó…", "«…», así lo llamó…": a quotation a qualifying verb takes back.
_SO_QUALIFIED = regex.compile(
    r"[ \t]{0,2}(?:,[ \t]{1,2}así|\.[ \t]{1,2}Así)[ \t]{1,2}(?:l[oa]s?[ \t]{1,2})?(\p{Ll}{3,20})\b"
)


def qualified_after(text: str, pos: int) -> bool:
    """Whether "así" and a qualifying or naming verb follow a quotation and its comma.

    "«Un paso histórico», así calificó el senador la reforma", "«Una farsa», así lo
    llamó la diputada", "«Una farsa». Así la calificó…" (a full stop between): the verb
    takes the quotation back as its object, the subject's word for the thing, partial.
    """
    match = _SO_QUALIFIED.match(text, pos)
    if match is None:
        return False
    verb = match.group(1)
    return verb in word_set("naming_verbs.txt") or any(
        verb.startswith(stem) and verb[len(stem) :] in endings_of("qualifying_ending")
        for stem in lines("qualifying_verbs.txt")
    )


def worded_after(text: str, pos: int) -> bool:
    """Whether "que" and a verb whose object is someone's wording follow a quotation.

    "los «métodos mafiosos» que atribuye a sus rivales", "el «abandono» que denunció
    la alcaldesa", "la «farsa» que le atribuyen" (``wording_verbs.txt``, the naming
    verbs of ``naming_verbs.txt``): the relative takes the quoted words back as that
    verb's object, the subject's words. A verb of anything else ("el «estallido» que
    vivió el país") leaves the writer's term.
    """
    if text[pos : pos + 5].lstrip(" ")[:3] != "que":  # the gate: most have no "que" next
        return False
    match = _QUE_VERB_AFTER.match(text, pos)
    if match is None:
        return False
    verb = match.group(1)
    if verb in words_of("clitic") and match.group(2) is not None:
        verb = match.group(2)  # "que le atribuyen"
    return verb in word_set("wording_verbs.txt") or verb in word_set("naming_verbs.txt")


#: "«…» que atribuye", "«…» que le atribuyen": "que", a clitic perhaps, and a verb.
_QUE_VERB_AFTER = regex.compile(
    r"[ \t]{1,2}que[ \t]{1,2}(\p{Ll}{2,20})\b(?:[ \t]{1,2}(\p{Ll}{3,20})\b)?"
)


def subject_after(text: str, pos: int) -> bool:
    """Whether a subject opens right after the comma at ``pos``: a determiner or a capital.

    "En plena «crisis», el ministro viajó…": the quotation stands in the writer's
    adjunct before the sentence's subject, no verb's complement.
    """
    found = ALNUM_RUN.search(text, pos, pos + VERB_AFTER_REACH)
    if found is None or text[pos : found.start()].strip(" »”\"’'") != ",":
        return False
    word = found.group()
    return word[:1].isupper() or word in words_of("determiner")


def said_after(text: str, pos: int) -> bool:
    """Whether a reporting verb follows a quotation's closing mark and its comma or dash.

    "«Carlos Vive», gritaban sus seguidores": the words are what was said, whatever
    their shape.
    """
    verb = _VERB_RIGHT_AFTER.match(text, pos + (text[pos : pos + 1] == ","))
    return verb is not None and reporting_verb(verb.group(1), after_quote=True)


#: What may stand right after a closing mark when the writer's sentence goes on
#: with the quotation inside it: a word in small letters or a number.
_GOES_ON = regex.compile(r"[»”\"’']?[ \t]{1,2}([\p{Ll}\d][\p{L}\d]*)")


@functools.cache
def verb_clitics() -> frozenset[str]:
    """The clitics that stand only by a verb, no article among them ("se", "le", "nos")."""
    return words_of("clitic") - words_of("determiner") - words_of("neuter")


def named_after_colon(
    text: str, raw: RawQuote, prev_words: Sequence[str], words: Sequence[str]
) -> bool:
    """Whether a capitalised quotation after a colon reads as a name, no utterance.

    Two to eight words with no finite verb and no sentence's end, after a lead-in whose
    last word is no verb of saying ("La conferencia matutina: «La hora del pueblo»
    conducida por…"; "dijo: «Muy bien» y se fue" is what was said), and the writer's
    words after it no coordinator ("fue breve: «Nunca más» y se levantó").
    """
    nxt = _GOES_ON.match(text, raw.close_at + 1)
    return (
        nxt is not None
        and nxt.group(1) not in words_of("coordinator")
        and nxt.group(1) not in words_of("conjunction")
        and 1 < len(words) <= WORK_TITLE_WORDS
        and words[-1][-1:] not in ".!?…"
        and not any(map(finite, words))
        # "«Nadie se queda sin casa»": a clitic before its verb makes a clause
        and not any(w.lower() in verb_clitics() for w in words)
        and bool(prev_words)
        and not reporting_verb(prev_words[-1], after_quote=True)
        and prev_words[-1] not in work_verbs()
    )


def text_goes_on(text: str, raw: RawQuote) -> bool:
    """Whether the writer's words go on right after a quotation, no punctuation between.

    "Según la ministra, «Hay recursos para las obras» en la región", "el Gobierno,
    dijo, «No retrocederá» ante la presión": the quotation sits inside the writer's
    sentence, a fragment of it. A reporting verb after it ("«…» dijo X") gives it as a
    sentence of its own.
    """
    match = _GOES_ON.match(text, raw.close_at + 1)
    if match is None:
        return False
    word = match.group(1)
    return word not in kind_words("trailing_credit") and not reporting_verb(word, after_quote=True)


#: The most characters between a direct quotation and the next one that goes on with it
#: ("«…», dijo el ministro de Hacienda, «…»").
_TURN_GAP = 100
#: What ends the speaker's turn between two quotations.
_TURN_STOPS = regex.compile(r"[;:\n«»“”\"]")


def same_turn(text: str, after: int, pos: int) -> bool:
    """Whether a quotation at ``pos`` goes on the direct one closed at ``after``.

    Only an incise or the end of one sentence stands between them, in one paragraph:
    "«No vamos a ceder», dijo, «ni un milímetro».", "«…», dijo. «Esto recién empieza»."
    """
    if pos - after > _TURN_GAP:
        return False
    return _TURN_STOPS.search(text, after + 1, pos) is None and text.count(".", after + 1, pos) <= 1


def joined(text: str, after: int, pos: int) -> bool:
    """Whether only a coordinator stands between a closing mark at ``after`` and ``pos``.

    "«insuficiente» y «tardía»", "«injusta» e «inmoral»", "ni «ética» ni «legal»" (the
    ``joiner`` of ``kind_words.tsv``).
    """
    if after < 0 or pos - after > _JOINED_GAP:
        return False
    between = text[after + 1 : pos].strip(" ,")
    if between in kind_words("joiner"):
        return True
    # "habló de «traición» y de «mentiras»": the preposition before the first one again
    joiner, _, lead = between.partition(" ")
    if joiner not in kind_words("joiner") or lead not in words_of("preposition"):
        return False
    opened = text.rfind(f" {lead} ", max(0, after - _JOINED_LEAD_REACH), after)
    mark = opened + len(lead) + 2
    return opened >= 0 and has_mark(text, mark, mark + 1)


#: The most characters between two joined fragments: a coordinator and a preposition.
_JOINED_GAP = len(" y contra «") + 2
#: How far before the first fragment's closing mark its preposition is looked for.
_JOINED_LEAD_REACH = 60


def next_sentence(text: str, after: int, pos: int) -> bool:
    """Whether ``pos`` stands in the sentence right after the one closing at ``after``.

    The same paragraph, one full stop between, no other quotation: "«…», dijo la
    directora. La situación es «insostenible».".
    """
    if pos - after > _NEXT_SENTENCE_REACH:
        return False
    between = text[after + 1 : pos]
    return "\n" not in between and between.count(". ") == 1 and not has_mark(text, after + 1, pos)


#: How far the quotation of the sentence after a direct one may stand from it.
_NEXT_SENTENCE_REACH = 200
