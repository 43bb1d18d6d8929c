"""The kind of a quotation: direct, partial, term or title.

:func:`classify` runs the rules of ``docs/quotes.md`` (Kinds) in order, from the
quotation's shape and the cues read around it: the writer's clause it stands in
(:mod:`noticiaparse._extract.quote_clauses`), the words that name or title it
(:mod:`noticiaparse._extract.quote_titles`) and the words after it
(:mod:`noticiaparse._extract.quote_sequels`).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import regex

from noticiaparse._extract.quote_clauses import (
    COLON_REACH,
    QUE_CUT_REACH,
    colon_claim,
    credited,
    cue_object,
    fragment_ahead,
    in_que_clause,
    infinitive_near,
    infinitive_que,
    line_goes_on,
    opening_verb_object,
    que_open,
    reported_before,
    said_clause,
    said_object,
    verb_que_at,
)
from noticiaparse._extract.quote_sequels import (
    WORK_TITLE_WORDS,
    after_preposition_glued,
    chain_end,
    clause_like,
    clitic_verb_right_after,
    incise_before,
    inverted_verb,
    joined,
    main_incise,
    named_after_colon,
    next_sentence,
    own_sentence,
    qualified_after,
    said_after,
    same_turn,
    saying_named_after,
    subject_after,
    subject_before_incise,
    text_goes_on,
    verb_follows,
    worded_after,
)
from noticiaparse._extract.quote_titles import (
    article_name,
    clause_stop,
    evaluated,
    governed,
    named_by_participle,
    named_no_work,
    named_thing,
    nickname_in_name,
    person_named,
    predicate_given,
    title_cued,
    titled_event,
    work_named,
    work_nouns,
    work_verbs,
)
from noticiaparse._extract.quote_words import (
    ALNUM_RUN,
    INCISE_OPENERS,
    POSITION_WORDS,
    SENTENCE_STOPS,
    SHORT_WORDS,
    before_words,
    finite,
    foreign_shape,
    title_case,
)
from noticiaparse._model import QuoteKind
from noticiaparse._reading import (
    RawQuote,
    TokenIndex,
    endings_of,
    reporting_infinitives,
    reporting_verb,
    word_set,
    words_of,
)
from noticiaparse._text.lexicons import lines
from noticiaparse._text.sentences import sentence_start as sentence_start_of

__all__ = ["classify"]


def classify(  # noqa: C901, PLR0912, PLR0913, PLR0915
    text: str,
    raw: RawQuote,
    floor: int,
    *,
    verb_near: bool,
    verb_que: bool,
    attributed: bool,
    after_partial: int = -1,
    after_direct: int = -1,
    sentence_partial: int = -1,
    index: TokenIndex | None = None,
) -> QuoteKind:
    """The kind of a quotation, by the rules of ``docs/quotes.md`` (Kinds), in order.

    ``after_partial`` is where the closing mark of the quotation before stands when that
    one is partial, -1 otherwise; ``after_direct`` the same when that one is direct;
    ``sentence_partial`` where the last partial quotation of the sentence closes, -1
    when none stands before this one in its sentence; ``index`` the reading's words.
    """
    content = text[raw.start : raw.end].strip()
    if raw.dash:
        return QuoteKind.DIRECT
    # no word between the floor and the opening mark (a paragraph's first quotation, one
    # right after another: "«…» «…»"): the rules that read the writer's words before it,
    # never before the floor, find none and are not run (see BEFORE_RULES)
    bare = ALNUM_RUN.search(text, floor, raw.open_at) is None
    verb_que = verb_que or (not bare and infinitive_que(text, raw.open_at, floor))
    words = content.split()
    first = content.lstrip("¿¡([…]). ")[:1]  # "«(…) Estamos…»": an elision opens it
    capital = first.isupper() or first.isdigit()
    before = text[max(floor, raw.open_at - 3) : raw.open_at].rstrip(" ")
    prev_words = [] if bare else before_words(text, raw.open_at, floor)
    after = text[raw.close_at + 1 : raw.close_at + 3].lstrip(" ")
    sentence_like = content[-1:] in ".!?…" or len(words) >= _CLAUSE_WORDS
    if (
        (capital or article_name(words))
        # right after its cue, no colon between, and no sentence: "del barrio: «Nos
        # interesa…»" is what the speaker says, no place's name
        and before[-1:].isalnum()
        and not sentence_like
        and named_thing(prev_words, words)
    ):
        return QuoteKind.TERM  # "conocido como 'Pochito'", "alias «el Gordo»"
    if capital and len(words) <= SHORT_WORDS and nickname_in_name(text, raw, prev_words):
        return QuoteKind.TERM  # "Joaquín «El Chapo» Guzmán": a nickname inside the name
    if not capital and named_by_participle(prev_words, words):
        return QuoteKind.TERM  # "el llamado «estallido social»", whoever speaks after it
    if capital and titled_event(prev_words, content):
        return QuoteKind.TITLE  # "se enmarca en la «Semana de acción: …»"
    if (
        capital
        and len(words) <= SHORT_WORDS
        and (len(words) == 1 or title_case(words))
        and words[0].lower() not in work_nouns()
        and named_no_work(prev_words)
    ):
        return QuoteKind.TERM  # "el denominado «Tren de Aragua»": a name, no work's title
    if capital and (
        # "aseguró que el proyecto «No se retira. Se vota en marzo»": two sentences
        # are someone's words, whatever noun stands before them
        (title_cued(prev_words) and not clause_stop(before) and not _SENTENCES.search(content))
        or _NAMED_AFTER.match(text, raw.close_at + 1) is not None
        or _by_author(text, raw, content, prev_words)
        or work_named(text, raw, prev_words, before, words)
    ):
        return QuoteKind.TITLE
    if qualified_after(text, raw.close_at + 1):
        return QuoteKind.PARTIAL  # "«Un paso histórico», así calificó el senador la reforma"
    if not capital and worded_after(text, raw.close_at + 1):
        return QuoteKind.PARTIAL  # "los «métodos mafiosos» que atribuye a sus rivales"
    if capital and person_named(words) and not said_after(text, raw.close_at + 1):
        return QuoteKind.TERM  # "frentes como 'Jaime Martín'": an alias, nobody's words
    if len(words) > 1 and content[:1] in "¿¡" and content[-1:] in "?!":
        return (
            QuoteKind.DIRECT
        )  # "atinó a preguntar «¿me van a dejar terminar?»": a whole utterance
    if (
        capital
        and before.endswith(":")
        and not title_case(words)
        and (sentence_like or (len(words) > 1 and clause_like(words)))
    ):
        # "sostuvo que: «La empresa cumplió…»", "En sus palabras: «Esto es un robo»": a
        # clause opened by a capital after a colon is a sentence, whatever cue before it
        return QuoteKind.DIRECT
    if (
        prev_words
        and prev_words[-1] == "que"
        # "lo que «cuenta» como educación": a short word in a free relative is no clause
        # a verb introduces; the rules after this one read it
        and not (
            len(words) <= SHORT_WORDS
            and len(prev_words) > 1
            and (prev_words[-2] in words_of("definite") or prev_words[-2] in words_of("neuter"))
        )
    ):
        return QuoteKind.PARTIAL
    if (
        after_partial >= 0
        and (not capital or len(words) <= SHORT_WORDS)
        and joined(text, after_partial, raw.open_at)
    ):
        return QuoteKind.PARTIAL  # "la tildó de «insuficiente» y «tardía»": one speaker's
    if raw.depth == 0 and governed(prev_words, before, words, sentence_like=sentence_like):
        return QuoteKind.PARTIAL  # "porque «Nadie nos avisó…»": the writer's clause goes on
    if verb_que and in_que_clause(text, raw.open_at, floor) and not title_case(words):
        return QuoteKind.PARTIAL  # "señaló que si «Usted agarra…»": inside the "que" clause
    if prev_words and evaluated(prev_words, capital=capital, nested=raw.depth > 0):
        return QuoteKind.PARTIAL
    if (
        capital
        and raw.depth == 0
        and 1 < len(words) <= WORK_TITLE_WORDS
        and not sentence_like
        and after_preposition_glued(prev_words, before)
        and not any(map(finite, words))
    ):
        # "actuó en «El secreto de sus ojos»": a noun's slot holds a name capitalised on
        # its first word only, as Spanish writes a work's title, with no verb of its own
        return QuoteKind.TITLE
    if _said_right_after(prev_words, before, words):
        return QuoteKind.DIRECT  # "los vecinos gritaban «queremos justicia»"
    if (
        (capital or len(words) > 1)
        and prev_words
        and before[-1:].isalnum()
        and prev_words[-1].startswith(_chant_stems())
        and prev_words[-1] not in work_verbs()
    ):
        return QuoteKind.DIRECT  # "la multitud gritó «Basta ya»": what the voice raised said
    if (
        not capital
        and not prev_words
        and raw.depth == 0
        and len(words) >= POSITION_WORDS
        and any(map(finite, words))
        and said_after(text, raw.close_at + 1)
    ):
        # "«(…) y nadie nos ayudó», lamentó la vecina": a clause opening its sentence,
        # cut or in small letters, given by the verb after it
        return QuoteKind.DIRECT
    if (
        len(words) > SHORT_WORDS
        and not before.endswith(":")
        and not title_case(words)
        and (
            (
                prev_words
                # "piden «Que el municipio…»": the request's clause, after a verb of
                # asking as after any word; after a verb of shouting it is a chant
                and words[0].lower() == "que"
                and before[-1:].isalnum()
                and not prev_words[-1].startswith(_chant_stems())
            )
            or (
                prev_words
                and not reporting_verb(prev_words[-1], after_quote=True)
                and (
                    que_open(text, raw.open_at, floor)
                    or (capital and verb_near and text_goes_on(text, raw))
                )
            )
            or (not prev_words and line_goes_on(text, floor, raw.open_at))
        )
    ):
        return QuoteKind.PARTIAL  # "dijo que la reforma «Es lo mejor…»": the clause goes on
    if before.endswith(":"):
        if (
            capital
            and text_goes_on(text, raw)
            and (title_case(words) or named_after_colon(text, raw, prev_words, words))
        ):
            # "…: 'Hablemos de Migración' en YouTube", "el programa: «La hora del pueblo»
            # conducido por…": a name the writer's words go on after
            return QuoteKind.TITLE
        if capital or said_clause(prev_words, words) or _first_person_clause(words):
            return QuoteKind.DIRECT  # "habló con la prensa: «vamos a sacar…»": theirs
        return QuoteKind.PARTIAL
    short = len(words) <= SHORT_WORDS
    if raw.depth > 0 and short:
        # inside a speaker's words, a name in Title Case is a work's title ("'Cobra Kai'")
        return QuoteKind.TITLE if capital and title_case(words) else QuoteKind.TERM
    # "…", continuó, "el precio…": words given right after a reporting incise
    incise = (
        before.endswith(",")
        and bool(prev_words)
        and (
            reporting_verb(prev_words[-1], after_quote=True)
            or main_incise(text, raw.open_at, floor)  # "Además, agregó la ministra, «…»"
        )
    )
    goes_on = after_direct >= 0 and same_turn(text, after_direct, raw.open_at)
    if capital:
        if sentence_like and not title_case(words):
            return QuoteKind.DIRECT
        if (
            not title_case(words) or len(words) >= _CLAUSE_WORDS or _long_words(words) < _TITLE_LONG
        ) and _whole_line(text, raw):
            return QuoteKind.DIRECT  # "¶«Nunca más»¶": a line of its own is someone's utterance
        if goes_on and not prev_words and len(words) > 1 and not title_case(words):
            rest = text[raw.close_at + 1 : raw.close_at + 4].lstrip(" ")
            if rest[:1] in {"", "\n", ".", "!", "?"}:
                return QuoteKind.DIRECT  # "«…», dijo. «Esto recién empieza».": the speaker goes on
        if short and after_preposition_glued(prev_words, before) and not any(map(finite, words)):
            # "En conversación con «Mañanas Informativas», el alcalde…": the preposition's
            # object is a name, no sentence whatever follows it
            return QuoteKind.TITLE if title_case(words) else QuoteKind.TERM
        if (not prev_words or (before.endswith(",") and not verb_que)) and own_sentence(
            text, raw, words
        ):
            return QuoteKind.DIRECT  # "«…», afirmó. «Nadie nos avisó»."
        if (after[:1] == "," and verb_near) or incise or (after[:1] in ",:" and attributed):
            return QuoteKind.DIRECT  # "«…», dijo", "«…»: la advertencia de X"
        if (
            before.endswith(",")
            and len(words) >= POSITION_WORDS
            and not title_case(words)
            and incise_before(text, raw.open_at, floor)
        ):
            return QuoteKind.DIRECT  # "Como dijo el papa, «Nadie se salva solo»": a sentence
        verb = clitic_verb_right_after().match(text, raw.close_at + 1)
        if (
            verb is not None
            and reporting_verb(verb.group(1), after_quote=True)
            # "La revista «Semana» publicó…": a verbless name in the subject, no sentence
            and not (
                short
                and before[-1:].isalnum()
                and prev_words[-1] not in words_of("conjunction")
                and not any(map(finite, words))
            )
        ):
            return QuoteKind.DIRECT  # "«No es así» -dijo el ministro-", "«…» dijo"
        if (
            after[:1] == ","
            and len(words) >= POSITION_WORDS
            and verb_follows(text, raw.close_at + 1)
        ):
            return QuoteKind.DIRECT  # "«Nuestros problemas son otros», se desmarcan en…"
        last = chain_end(text, raw.close_at) if after[:1] == "," else raw.close_at
        if (
            len(words) > 1
            and not after_preposition_glued(prev_words, before)
            and clause_like(words)
            and (
                saying_named_after(text, last)
                or (
                    text[last + 1 : last + 3].lstrip(" ")[:1] == ","
                    and (
                        inverted_verb(text, last + 1)
                        or (last != raw.close_at and said_after(text, last + 1))
                    )
                )
            )
        ):
            # "«Lo vamos a lograr», se ilusiona la alcaldesa"; "«Tenemos miedo», «Nos
            # duele», eran las frases…": a list of them shares the attribution at its end
            return QuoteKind.DIRECT
        if (
            after[:1] == ":"
            and len(words) > 1
            and not title_case(words)
            and any(map(finite, words))
        ):
            return QuoteKind.DIRECT  # "«Estamos en guerra»: el duro mensaje del presidente"
        if title_case(words):
            if (
                not bare
                and not prev_words
                and not any(map(finite, words))
                and _LINE_TAIL.match(text, raw.close_at + 1) is not None
                # "La obra se estrena el viernes. «La Casa Del Lago».": a work named before
                and not any(
                    w.lower() in work_nouns() for w in ALNUM_RUN.findall(text, floor, raw.open_at)
                )
            ):
                # "…cerró su discurso. «Un Chile Para Todos»¶": a sentence of its own that
                # ends the paragraph, no work named before it, gives no noun's slot to a
                # title; the phrase is someone's words
                return QuoteKind.PARTIAL
            return QuoteKind.TITLE
        if not prev_words and not verb_que and len(words) > SHORT_WORDS and any(map(finite, words)):
            # "Siguieron en la planta. «Nadie nos va a mover» es lo que más se oyó": a
            # capitalised clause with its own verb opening the writer's sentence is the
            # speaker's sentence, whatever the writer's words after it
            return QuoteKind.DIRECT
        # inside what a verb introduces with "que": "afirmó que, luego, «Joaquín no llamó»"
        return QuoteKind.PARTIAL if verb_que and len(words) >= POSITION_WORDS else QuoteKind.TERM
    if (
        incise
        and not short
        and not subject_before_incise(text, raw.open_at, floor)
        and not (_raw_lower(text, raw) and _adjunct_before_incise(text, raw.open_at, floor))
        # "Según explicó X, «no hay margen…»": a crediting frame, not an incise
        and not credited(text, raw.open_at, floor)
    ):
        return QuoteKind.DIRECT  # "«…», continuó, «el precio…»": the speaker goes on
    if (
        goes_on
        and before[-1:] in INCISE_OPENERS
        and text[after_direct + 1 : after_direct + 3].lstrip(" ")[:1] in INCISE_OPENERS
        and "." not in text[after_direct + 1 : raw.open_at]
    ):
        return QuoteKind.DIRECT  # "«No vamos a ceder», dijo, «ni un milímetro».": an incise
    # a clause set off by a comma in an attributed sentence: "recalcó que…, «estamos…»"
    if (
        before.endswith(",")
        and verb_near
        and len(words) >= _CLAUSE_WORDS
        and words[0].lower() not in words_of("conjunction")
        # "…con los vecinos, «a pesar de las tensiones…»": an adjunct, no sentence
        and words[0].lower() not in words_of("preposition")
        and not incise_before(text, raw.open_at, floor)
        and not text_goes_on(text, raw)  # "…, «el país se quedará sin fondos» hasta marzo"
        and not credited(text, raw.open_at, floor)  # "Según X, «hay…»": the writer's clause
        and _QUE_CUT.search(text, max(floor, raw.open_at - QUE_CUT_REACH), raw.open_at) is None
    ):
        return QuoteKind.DIRECT
    if short:
        if verb_que or ("que" in prev_words and verb_que_at(text, raw.open_at, floor) >= 0):
            return QuoteKind.PARTIAL  # inside what a reporting verb introduces
        if predicate_given(prev_words, manner=verb_near and not capital):
            return QuoteKind.PARTIAL  # "por considerarlo «improcedente»", "de manera «…»"
        if (verb_near or infinitive_near(prev_words)) and cue_object(text, raw.open_at, floor):
            return QuoteKind.PARTIAL  # "ha lamentado el «grave error»": the verb's object
        if verb_near and not capital and said_object(text, raw.open_at, floor, prev_words, index):
            return QuoteKind.PARTIAL  # "La fiscal pidió para ellos una condena «ejemplar»"
        if verb_near and not capital and opening_verb_object(text, raw.open_at, floor, prev_words):
            return QuoteKind.PARTIAL  # "«…», dijo X. Luego criticó su postura «irresponsable»"
        if (
            sentence_partial >= 0
            and not capital
            and raw.depth == 0
            and not (prev_words and prev_words[-1] in words_of("determiner"))
        ):
            # "dijo que los recursos llegan «tarde» y se quedan «a medio camino»": the
            # sentence that gives a speaker's words goes on giving them
            return QuoteKind.PARTIAL
        if (
            after_direct >= 0
            and not capital
            and raw.depth == 0
            and _predicate(prev_words, words)
            and next_sentence(text, after_direct, raw.open_at)
        ):
            # "«…», dijo la directora. La situación es «insostenible».": the speaker goes on
            return QuoteKind.PARTIAL
        if (
            prev_words
            and prev_words[-1] in words_of("article")
            # "Según la fiscal, fue un «ataque planificado»": the credited one's word
            and not (
                prev_words[-1] in words_of("indefinite")
                and (
                    # "El fallo es una «vergüenza», según el ministro": credited after it
                    (attributed and not capital)
                    or credited(text, raw.open_at, floor)
                    or colon_claim(text, raw.open_at, floor)  # "Milei: es un «robo»"
                )
            )
        ):
            return QuoteKind.TERM
        # the gate: most quotations have no colon before them in their sentence
        if text.rfind(":", max(floor, raw.open_at - COLON_REACH), raw.open_at) >= 0 and (
            colon_claim(text, raw.open_at, floor)
        ):
            return QuoteKind.PARTIAL  # "fue categórico: el acuerdo es «inaceptable»"
        if (
            attributed
            # "«grave», dijo": the verb after the comma; "En plena «crisis», el ministro…"
            # sets the writer's adjunct before the subject
            or (
                after[:1] == ","
                and verb_near
                and (not prev_words or not subject_after(text, raw.close_at + 1))
            )
            or (not bare and credited(text, raw.open_at, floor))
        ):
            return QuoteKind.PARTIAL  # "según X, «evitable»", "«grave», dijo"
        if verb_near and _predicate(prev_words, words):
            # "según X, la gestión ha sido «muy desacertada»": a judgement in a sentence
            # that credits someone is their words, not a coined term
            return QuoteKind.PARTIAL
        if (
            not capital
            and raw.depth == 0
            and not foreign_shape(words)  # "sufrían «bullying»": a foreign word stays a term
            and (
                (not bare and reported_before(text, raw.open_at, floor))
                or fragment_ahead(text, raw.close_at)
                or (verb_near and _closes_sentence(text, raw, prev_words))
            )
        ):
            # "La fiscal explicó que… . Los hechos son «gravísimos»": the speaker goes on;
            # "La helada «arruinó» la cosecha y forzó a pedir «un crédito…»": theirs too
            return QuoteKind.PARTIAL
        return QuoteKind.TERM
    if raw.depth == 0 and len(words) >= _CLAUSE_WORDS and _lower_sentence(text, raw, floor, words):
        return QuoteKind.DIRECT  # "¶«la reforma es necesaria y la vamos a sacar…».": a sentence
    if (
        after_direct >= 0
        and joined(text, after_direct, raw.open_at)
        and _first_person_clause(words)
    ):
        return QuoteKind.DIRECT  # "«Vamos a ganar» y «no vamos a retroceder…»": like with like
    return QuoteKind.PARTIAL


def _raw_lower(text: str, raw: RawQuote) -> bool:
    """Whether the quoted words open on a letter in small case."""
    return text[raw.start : raw.start + 1].islower()


def _adjunct_before_incise(text: str, pos: int, floor: int) -> bool:
    """Whether the writer's sentence opens on an adjunct of the quoted clause before the incise.

    "En los colegios de la comuna, agregó, «las clases siguen con normalidad…»": a
    preposition and a definite article open the writer's sentence, and the quoted words
    in small letters finish it, a fragment set in the writer's sentence. A connective
    ("Por otra parte, agregó, «…»", "Sin embargo, dijo, «…»", "Por el contrario, dijo,
    «…»": three words at most, no definite article in most) leaves the speaker going on.
    """
    end = text.rfind(",", floor, pos)
    start = text.rfind(",", floor, end) if end > floor else -1
    if start <= floor:
        return False
    lo = sentence_start_of(text, start, floor)
    opener = [w.lower() for w in ALNUM_RUN.findall(text, lo, start)]
    return (
        len(opener) > _CONNECTIVE_WORDS
        and "," not in text[lo:start]
        and opener[0] in words_of("preposition")
        and not words_of("definite").isdisjoint(opener[1:])
    )


#: The most words a connective that opens a sentence has ("por el contrario").
_CONNECTIVE_WORDS = 3


def _closes_sentence(text: str, raw: RawQuote, prev_words: Sequence[str]) -> bool:
    """Whether a fragment closes its sentence, no determiner or preposition before it.

    "La ministra recorrió la zona y habló con los vecinos del barrio, que viven una
    situación «muy difícil».": in a sentence a cue governs, the words quoted at its
    end are the punch line the writer gives in the speaker's words.
    """
    if (
        not prev_words
        or prev_words[-1] in words_of("determiner")
        or prev_words[-1] in words_of("preposition")
    ):
        return False
    return text[raw.close_at + 1 : raw.close_at + 2] in {"", ".", "\n"}


def _long_words(words: Sequence[str]) -> int:
    """How many of ``words`` are longer than three letters ("Nunca más": one)."""
    return sum(len(w.strip(_WORD_EDGES)) > _SMALL_LETTERS for w in words)


#: A word of this many letters or fewer is a small one ("más", "de", "sí").
_SMALL_LETTERS = 3
#: The fewest long words that make Title Case a name's ("Nunca más" has one).
_TITLE_LONG = 2


def _whole_line(text: str, raw: RawQuote) -> bool:
    """Whether a quotation is a line of its own, a stop at most after it.

    Nothing but a dash or white space before it on its line: "…dijo la
    dirigente.¶«Nunca más»¶": the writer sets a speaker's utterance apart as a
    paragraph; a name or a term always stands in the writer's sentence. Not on the
    text's first line, a kicker's or a headline's place.
    """
    start = text.rfind("\n", 0, raw.open_at) + 1
    if (
        start == 0  # the text's first line: a kicker or a headline, "«Al servicio del club»"
        or text[start : raw.open_at].strip(" \t—–-•")
        or raw.open_at - start > _LINE_LEAD
    ):
        return False
    return _LINE_TAIL.match(text, raw.close_at + 1) is not None


#: The most characters of a dash or white space before a quotation that opens its line.
_LINE_LEAD = 4
#: A line's end after a quotation: a stop perhaps, white space, the line's break or the end.
_LINE_TAIL = regex.compile(r"[.!?…]?+[ \t]{0,4}+(?:\n|$)")


def _first_person_clause(words: Sequence[str]) -> bool:
    """Whether quoted words are a clause in the first person ("vamos a sacar la reforma").

    A finite verb among three words or more, and a word of the first person
    (``first_person.txt``: "yo", "nuestro", "tengo", "vamos") or a first person plural
    ending: the speaker's own sentence, never the writer's.
    """
    if len(words) < POSITION_WORDS or not any(map(finite, words)):
        return False
    first = word_set("first_person.txt")
    plural = endings_of("first_plural")
    return any(
        (low := w.lower().strip(_WORD_EDGES)) in first or low.endswith(plural) for w in words
    )


#: What a quoted word may carry at its edges.
_WORD_EDGES = "¿¡()….,;:!?'\"’‘«»“”"


def _lower_sentence(text: str, raw: RawQuote, floor: int, words: Sequence[str]) -> bool:
    """Whether a quotation in small letters stands as a sentence of its own.

    "El ministro habló con la prensa.¶«la reforma es necesaria y la vamos a sacar
    adelante».": opening its sentence, closed by a full stop, a clause (a finite
    verb): a speaker's sentence whose capital the scrape or the writer lost.
    """
    if text[raw.close_at + 1 : raw.close_at + 2] not in SENTENCE_STOPS:
        return False
    lo = sentence_start_of(text, raw.open_at, floor)
    return ALNUM_RUN.search(text, lo, raw.open_at) is None and any(map(finite, words))


#: The rules :func:`classify` runs only when a word stands between the floor and the
#: opening mark: each reads the writer's words before the quotation, never before the
#: floor, and holds for none without a word there (``tests/test_classify_gates.py``).
BEFORE_RULES = ("before_words", "credited", "evaluated", "infinitive_que")


#: "advirtió que, de no haber acuerdo, «…»": a "que" clause an adverbial cuts before
#: the quotation, which goes on the clause.
_QUE_CUT = regex.compile(r"\bque[ \t]*+,[^,.;:«»“”\"\n]{1,140}+,[ \t]*+$")


@functools.cache
def _chant_stems() -> tuple[str, ...]:
    return tuple(lines("chant_verbs.txt"))


@functools.cache
def _utterance_stems() -> tuple[str, ...]:
    return tuple(lines("utterance_verbs.txt"))


def _said_right_after(prev_words: Sequence[str], before: str, words: Sequence[str]) -> bool:
    """Whether a quotation is a clause given right after its reporting verb.

    A verb of saying followed by the words themselves, with no "que" or colon between,
    gives them in direct speech; after a verb whose object is the utterance itself
    (``utterance_verbs.txt``: "Gil dijo «No sé»", "respondió «Jamás»") a capitalised
    quotation of any length is that utterance: "gritaban «queremos justicia»", "corearon «el pueblo
    unido jamás será vencido»", "diciendo ‘vamos a cazarlos’". An object phrase or an
    infinitive is a fragment ("pidió «mayor compromiso»", "prometió «trabajar por
    todos»"): it holds no finite verb before a relative, or opens on the infinitive.
    """
    if not prev_words or not before[-1:].isalnum():
        return False
    if (
        words[0][:1].isupper()
        and (len(words) == 1 or not title_case(words))
        and prev_words[-1].startswith(_utterance_stems())
        and (
            reporting_verb(prev_words[-1])
            # "se limitó a decir «Veremos»": the infinitive of a periphrasis
            or (
                len(prev_words) > 1
                and prev_words[-1] in reporting_infinitives()
                and prev_words[-2] in words_of("periphrasis_link")
            )
        )
        and not (len(prev_words) > 1 and prev_words[-2] in words_of("determiner"))
    ):
        return True  # "Gil dijo «No sé» y se fue", "le dijeron «Ayúdenos»": the utterance
    if len(words) < POSITION_WORDS:
        return False
    if words[0].lower() == "que" and prev_words[-1].startswith(_chant_stems()):
        return True  # "gritaban «que se vayan todos»": an exclamation, "¡Que se vayan!"
    if not reporting_verb(prev_words[-1]) or words[0].lower().endswith(endings_of("infinitive")):
        return False
    if len(prev_words) > 1 and prev_words[-2] in words_of("determiner"):
        return False  # "que el acusado «actuó…»": after a determiner the word is a noun
    for word in words:
        if word.lower() in words_of("relative"):
            return False  # "destacó «la importancia que nuestros locales tienen»": a noun's clause
        if not word[:1].isupper() and finite(word):
            return True
    return False


def _predicate(prev_words: Sequence[str], words: Sequence[str]) -> bool:
    """Whether a short fragment is a predicate: after a copula, or opening on "muy", "no".

    "ha sido «muy desacertada»", "es «simplemente por racismo»", "las órdenes «no son
    recomendaciones»": what is said of something, not a name for it.
    """
    if prev_words and prev_words[-1] in (words_of("copula") | words_of("predicate_lead")):
        return True
    return bool(words) and words[0].lower() in words_of("predicate_opener")


#: A sentence's end inside a quotation and the capital of the next one.
_SENTENCES = regex.compile(r"[.!?…][ \t]++[¿¡]?+\p{Lu}")
#: A quotation of this many words or more is a clause, not a fragment.
_CLAUSE_WORDS = 6
#: "«Metástasis», de Ana Ruiz": a work and, after a comma, its author's full name (two
#: capitalised words); a speaker's words are credited by a verb, never by "de" alone.
_BY_AUTHOR = regex.compile(
    r"[»”\"’']?[ \t]{0,3},[ \t]{1,3}de[ \t]+\p{Lu}\p{Ll}+[ \t]+"
    r"(?:(?:de|del|la|los)[ \t]+)?\p{Lu}\p{Ll}"
)


def _by_author(text: str, raw: RawQuote, content: str, prev_words: Sequence[str]) -> bool:
    """Whether a quotation is a work's title given with its author ("«Metástasis», de Ana Ruiz").

    Not a sentence ("«…no saben.», de …"), nor words a speech noun announces ("la frase
    «…», de Borges": someone's words, with their author).
    """
    return (
        content[-1:] not in ".!?"
        and not (prev_words and prev_words[-1] in word_set("speech_nouns.txt"))
        and _BY_AUTHOR.match(text, raw.close_at + 1) is not None
    )


#: "«La ciudad que soñamos» se llamó el foro": a name given after it.
_NAMED_AFTER = regex.compile(
    r"[»”\"’']?\s{0,3}(?:\(\d{4}|,?\s{0,3}(?:se|como\s+se)\s+(?:denomin|llam|titul|bautiz))",
    regex.IGNORECASE,
)
