"""Subjects: the noun phrase that ends right before a verb, read backward.

``Paula Herrera, analista de Bolsa Andina, sostuvo``: clitics, adverbs and an
appositive between commas are stepped over; the longest phrase that ends where the
reading stops is the verb's subject, unless it is the object of a preposition.
"""

from __future__ import annotations

import functools
from bisect import bisect_left
from collections.abc import Sequence

import attrs
import regex

from noticiaparse._reading.names import first_names, name_word_at
from noticiaparse._reading.phrases import (
    ANONYMOUS,
    DOCUMENT,
    MIN_PLURAL_ROLE,
    ORGANIZATION,
    PERSON,
    Phrase,
    phrase_at,
    verb_like,
)
from noticiaparse._reading.tokens import (
    LETTERS,
    MAX_PHRASE_TOKENS,
    Token,
    TokenIndex,
    words_in,
)
from noticiaparse._reading.vocabulary import (
    anaphora_by_first,
    cues_by_first_word,
    endings_of,
    reporting_participle,
    reporting_verb,
    word_set,
    words_of,
)
from noticiaparse._text.lexicons import lines, rows
from noticiaparse._text.sentences import sentence_start

__all__ = ["main_subject", "phrase_before", "phrase_ending", "spoken_object", "subject_position"]

#: A parenthesis closing this near its opening is an aside ("(PS)") before the verb.
_MAX_ASIDE = 60
#: How many words back the comma that opens an appositive may stand ("Uno de los
#: comerciantes, quien contó haber llegado de Bolivia hace más de treinta años, lamentó").
_ASIDE_TOKENS = 24


def phrase_before(
    text: str, pos: int, floor: int, index: TokenIndex | None = None
) -> Phrase | None:
    """The noun phrase that ends right before ``pos`` (the subject of a verb there).

    Clitics and adverbs ("le", "no", "también") and an appositive between commas
    ("Luis Alcalde, presidente de GPS, manifestó") are stepped over.

    Examples:
        >>> text = "Paula Herrera, analista de Bolsa Andina, sostuvo que"
        >>> p = phrase_before(text, text.index("sostuvo"), 0)
        >>> text[p.start:p.end]
        'Paula Herrera'
    """
    lo = max(floor, pos - 200)
    tokens = words_in(text, lo, pos, index)
    cut = pos
    # a parenthetical right before the verb: "El diputado Germán Soto (PS) dijo"
    stripped = text[lo:pos].rstrip()
    if stripped.endswith(")"):
        opening = text.rfind("(", lo, lo + len(stripped))
        if opening >= 0 and lo + len(stripped) - opening < _MAX_ASIDE:
            cut = opening
            tokens = [t for t in tokens if t.end <= opening]
    # drop clitics, auxiliaries and adverbs right before the verb
    skip = _before_verb_words()
    while tokens and tokens[-1].low in skip and not tokens[-1].capital:
        cut = tokens.pop().start
    if not tokens:
        return None
    end_tok = len(tokens)
    tail = text[tokens[-1].end : cut]
    if "," in tail:
        # an appositive: "X, cargo de Y, sostuvo" or "el ministro, Rodrigo Fuentes, reconoció"
        best = _best_ending(text, tokens, end_tok)
        if (
            best is not None
            and best.name is not None
            and (best.head is not None or _comma_before(text, tokens, best))
            and not _portfolio_at(text, tokens, bisect_left([t.start for t in tokens], best.start))
        ):
            # "el ministro, Rodrigo Fuentes, reconoció"; not "Sobre el ministro, Rodrigo
            # Fuentes, se ha mostrado…": a topic after a preposition is no subject
            return best if subject_position(text, best, floor) else None
        return _before_asides(text, tokens, end_tok, floor)
    if tail.strip():
        return None
    found = _best_ending(text, tokens, end_tok)
    if found is not None and not subject_position(text, found, floor):
        return None
    return found


def _before_asides(text: str, tokens: Sequence[Token], end_tok: int, floor: int) -> Phrase | None:
    """The subject before the asides between commas that end at ``tokens[end_tok]``.

    "La CGT, en tanto, anunció", "Luis Alcalde, presidente de GPS, manifestó"; two
    descriptions in a row too: "Rosa Gil, otra de las vecinas, afectada por el
    incendio, considera" (each a role or verbless, the name before the first).
    """
    end = end_tok
    for _ in range(_ASIDES):
        k = _aside_start(text, tokens, end)
        if k <= 0:
            return None
        aside = " ".join(t.low for t in tokens[k:end])
        if (
            aside in words_of("incise")
            or tokens[k].low in words_of("preposition")
            or tokens[k].low in words_of("incise_relative")
        ):
            # "La CGT, en tanto, anunció", "Este último, en su informe, indicó",
            # "Uno de los feriantes, que vende fruta hace años, lamentó": the
            # subject is before the aside
            found = _best_ending(text, tokens, k)
            if found is None or not subject_position(text, found, floor):
                return None
            return _in_charge(text, tokens, k, end, found) or found
        role = _appositive(tokens, k, end)
        if not (role or _verbless_aside(tokens, k, end)):
            return None
        found = _best_ending(text, tokens, k)
        if (
            found is not None
            and subject_position(text, found, floor)
            and (role or (found.kind == PERSON and found.name is not None))
        ):
            return found
        end = k  # "X, otra de las vecinas, afectada por…,": the description before it
    return None


def _in_charge(
    text: str, tokens: Sequence[Token], k: int, end: int, subject: Phrase
) -> Phrase | None:
    """The person an aside names in charge of an unnamed ``subject`` (``in_charge_asides.txt``).

    "La defensa, a cargo de Ana Paz, respondió": the person in charge speaks for the
    body; a named subject keeps its name ("Luis Gil, a cargo de la obra, dijo").
    """
    if subject.name is not None or tokens[k].low not in _in_charge_firsts():
        return None
    for lead in _in_charge_leads():
        n = len(lead)
        if k + n < end and tuple(t.low for t in tokens[k : k + n]) == lead:
            found = phrase_at(text, tokens, k + n)
            if found is not None and found[1] == end and found[0].kind == PERSON:
                return found[0] if found[0].name is not None else None
    return None


@functools.cache
def _in_charge_leads() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(line.split()) for line in lines("in_charge_asides.txt"))


@functools.cache
def _in_charge_firsts() -> frozenset[str]:
    return frozenset(lead[0] for lead in _in_charge_leads())


#: How many asides between commas may stand between a subject and its verb.
_ASIDES = 2


def _aside_start(text: str, tokens: Sequence[Token], end: int) -> int:
    """The token after the comma that opens the aside ending at ``tokens[end]``; -1 if none near."""
    for k in range(end - 1, max(0, end - _ASIDE_TOKENS), -1):
        if _portfolio_at(text, tokens, k):
            continue  # "seremi de Economía, Fomento y Turismo,": one complement
        if text[tokens[k - 1].end : tokens[k].start].strip() == ",":
            return k
    return -1


def phrase_ending(
    text: str,
    pos: int,
    floor: int,
    index: TokenIndex | None = None,
    *,
    person_after_noun: bool = False,
) -> Phrase | None:
    """The longest noun phrase that ends right at ``pos``, whatever its role in the clause.

    With ``person_after_noun`` (a relative "quien" asks for a person), a person's name
    set after a common noun's "de" is taken when no other phrase ends there ("recibió
    críticas de Ana Paz, quien").

    Examples:
        >>> text = "citó a su agente Tomás Ferrer, quien"
        >>> p = phrase_ending(text, text.index(","), 0)
        >>> text[p.start:p.end]
        'su agente Tomás Ferrer'
    """
    tokens = words_in(text, max(floor, pos - 200), pos, index)
    if not tokens:
        return None
    return _best_ending(text, tokens, len(tokens), person_after_noun=person_after_noun)


def _portfolio_at(text: str, tokens: Sequence[Token], k: int) -> bool:
    """Whether ``tokens[k]`` goes on a portfolio after a comma ("de Economía, Fomento").

    A ministry's or a role's complement lists its areas with commas: "Ministerio de
    Economía, Fomento y Turismo", "seremi de Obras Públicas, Transportes y
    Telecomunicaciones". A capitalised word after a comma, when the word before the
    comma is a capitalised complement of "de", is not a new name (unless it is a
    given name).
    """
    if k < 2 or k >= len(tokens) or not tokens[k].capital:  # noqa: PLR2004
        return False
    if tokens[k].text in first_names():
        return False  # "el alcalde de Santiago, Felipe Alessandri": a name
    if text[tokens[k - 1].end : tokens[k].start].strip() != ",":
        return False
    for j in range(k - 1, max(0, k - 4), -1):
        if not tokens[j].capital:
            return False
        if tokens[j - 1].low in words_of("of") and not tokens[j - 1].capital:
            return True
        if text[tokens[j - 1].end : tokens[j].start].strip():
            return False
    return False


def _appositive(tokens: Sequence[Token], k: int, end: int) -> bool:
    """Whether ``tokens[k:end]`` reads as a role between commas ("presidente de GPS")."""
    openers = _appositive_openers()
    while k < end - 1 and tokens[k].low in openers:
        k += 1
    return tokens[k].low in word_set("role_words.txt") or tokens[k].low in words_of("relative")


def _verbless_aside(tokens: Sequence[Token], k: int, end: int) -> bool:
    """Whether ``tokens[k:end]`` is a description between commas with no verb of its own.

    "Natalia Fuenzalida, profesional encargada del área de turismo, explicó": what stands
    between a person's name and the verb, set off by commas, describes the person
    when it opens in lower case and holds no verb, relative or conjunction.
    """
    if tokens[k].capital:
        return False
    stops = _aside_stops()
    return not any(verb_like(tok) or tok.low in stops for tok in tokens[k:end])


@functools.cache
def _aside_stops() -> frozenset[str]:
    """Words that make an aside a clause of its own, not a description."""
    return words_of("relative") | words_of("coordinator") | words_of("conjunction")


def _comma_before(text: str, tokens: Sequence[Token], phrase: Phrase) -> bool:
    idx = bisect_left([t.start for t in tokens], phrase.start)
    return idx > 0 and text[tokens[idx - 1].end : phrase.start].strip() == ","


@functools.cache
def _before_verb_words() -> frozenset[str]:
    """Clitics, auxiliaries and adverbs: what :func:`phrase_before` steps over."""
    return words_of("clitic") | words_of("auxiliary") | words_of("adverb")


@functools.cache
def _appositive_openers() -> frozenset[str]:
    """Determiners and the words before a role between commas ("el actual ministro")."""
    return words_of("determiner") | words_of("role_modifier")


@functools.cache
def _lower_openers() -> frozenset[str]:
    """The lower-case words :func:`phrase_at` can open a phrase on.

    Anonymous and media cues, determiners, quantifiers and plural roles; any other
    word opens one only when capitalised.
    """
    plural_roles = {
        w for w in word_set("role_words.txt") if w.endswith("s") and len(w) > MIN_PLURAL_ROLE
    }
    return (
        frozenset(cues_by_first_word("anonymous_cues.txt"))
        | frozenset(anaphora_by_first())
        | words_of("determiner")
        | word_set("group_words.txt")
        | plural_roles
    )


def _name_before(text: str, tokens: Sequence[Token], k: int) -> bool:
    """Whether the particles ending at token ``k`` follow a name's capitalised word.

    "Juan de la Fuente": "de la" goes on a name; "las críticas de Ana Paz": "de" follows
    a common noun, so a name may open after it.
    """
    while k > 0 and tokens[k].low in words_of("particle") and not tokens[k].capital:
        if text[tokens[k - 1].end : tokens[k].start].strip():
            return False
        k -= 1
    return tokens[k].capital and tokens[k].low not in words_of("particle")


def _best_ending(
    text: str, tokens: Sequence[Token], end_tok: int, *, person_after_noun: bool = False
) -> Phrase | None:
    """The longest phrase that ends exactly at token ``end_tok`` (exclusive)."""
    openers = _lower_openers()
    after_noun: list[int] = []
    for i in range(max(0, end_tok - MAX_PHRASE_TOKENS), end_tok):
        tok = tokens[i]
        if not tok.capital:
            if tok.low not in openers:
                continue  # no phrase opens on this word
        elif i > 0 and text[tokens[i - 1].end : tok.start].strip() == "":
            prev = tokens[i - 1]
            if name_word_at(text, tokens, i - 1):
                continue  # not the start of the name
            if prev.low in words_of("particle") and not prev.capital and i > 1:
                if person_after_noun and not _name_before(text, tokens, i - 1):
                    after_noun.append(i)
                continue  # "Juan de la Fuente": not the start of the name
        found = phrase_at(text, tokens, i)
        if found is not None and found[1] == end_tok:
            return found[0]
    return _person_after_noun(text, tokens, end_tok, after_noun)


def _person_after_noun(
    text: str, tokens: Sequence[Token], end_tok: int, starts: Sequence[int]
) -> Phrase | None:
    """A person's name after a common noun's "de", when no other phrase ends there.

    "las críticas de Ana Paz, quien": the name opens after "de"; an institution there
    ("director del Hospital Central, quien") is the noun's complement, not the phrase.
    """
    for i in starts:
        found = phrase_at(text, tokens, i)
        if found is not None and found[1] == end_tok:
            return found[0] if found[0].kind == PERSON and found[0].name is not None else None
    return None


#: An article written with a capital as the first word of a name ("El Quisco", "La Paz").
_CAPITAL_ARTICLES = frozenset(["El", "La", "Los", "Las"])
#: A preposition and one lower-case word right before a name, spaces only between.
_DESCRIBED = regex.compile(r"(?:^|[^\p{L}])(\p{L}+) (\p{Ll}+) $")


@functools.cache
def _function_words() -> frozenset[str]:
    return word_set("stopwords.txt") | frozenset(row[0] for row in rows("function_words.tsv"))


def subject_position(text: str, phrase: Phrase, sentence: int) -> bool:
    """A subject is not the object of a preposition, nor a relative "quien" mid-sentence."""
    before = text[max(sentence, phrase.start - 40) : phrase.start]
    words = LETTERS.findall(before)
    if words and words[-1].lower() in words_of("preposition"):
        return False
    if len(words) > 1 and words[-1] in _CAPITAL_ARTICLES and words[-2] in words_of("preposition"):
        return False  # "Alcalde de El Quisco critica": the article opens a place's name
    described = (
        _DESCRIBED.search(before)
        if len(words) > 1 and words[-1].islower() and words[-2].lower() in words_of("preposition")
        else None
    )
    if (
        described is not None
        and described.group(1).lower() in words_of("preposition")
        and described.group(2) not in _function_words()
        and f"{described.group(1)} {described.group(2)}".lower() not in words_of("incise")
    ):
        return False  # "tras el arresto del joven Pedro Vidal": a describing noun between
    head = text[phrase.start : phrase.start + 6].lower()
    return not (phrase.kind == ANONYMOUS and head.startswith("quien") and before.strip())


#: Fewer characters than this before a position hold no subject and verb ("Ana dijo").
_SHORTEST_CLAUSE = 12
#: The kinds of a main clause's subject whose clause gives someone's words.
_CLAUSE_KINDS = (PERSON, ORGANIZATION, ANONYMOUS, DOCUMENT)
#: How many words an aside between commas may have ("La gobernadora, quien encabezó el
#: acto junto a otros funcionarios, definió"), and how many an opening adjunct.
_MAIN_ASIDE_TOKENS = 30
_OPENING_ADJUNCT_TOKENS = 30
#: What no aside or adjunct runs over: a quotation, a colon, a semicolon.
_ASIDE_STOPS = frozenset('«»“”":;')


def main_subject(
    text: str,
    pos: int,
    floor: int,
    index: TokenIndex | None = None,
    *,
    words: Sequence[Token] | None = None,
) -> tuple[Phrase, int] | None:
    """The subject of the main clause of the sentence that holds ``pos``, and where its verb is.

    Spanish news puts who speaks first: "El director del hospital, tras recorrer las
    salas, describió la situación como «crítica»", "Una vecina del barrio habló de
    «abandono»", "En diálogo con una radio, la ministra de Salud se refirió a…". The
    sentence opens on its subject (after an opening adjunct set off by a comma, "Tras
    la reunión, ", or a dateline), asides between commas or brackets may follow it, then
    its finite verb (after clitics and adverbs, "se refirió", "la definió", "no
    descartó"); what the verb's clause holds before ``pos`` is that subject's. ``None``
    when the sentence opens otherwise, or its verb stands at or after ``pos``.
    ``words``, when given, are the words of ``text[floor:pos]`` a caller split already
    (read when the sentence starts at ``floor``, else ``index`` is).

    Examples:
        >>> text = "La jueza de turno, tras oír a las partes, habló de «abuso»."
        >>> p, verb = main_subject(text, text.index("«"), 0)
        >>> text[p.start:p.end], text[verb:verb + 5]
        ('La jueza de turno', 'habló')
    """
    lo = sentence_start(text, pos, floor)
    if pos - lo < _SHORTEST_CLAUSE and len(text[lo:pos].strip()) < _SHORTEST_CLAUSE // 2:
        return None  # no room for a subject and a verb ("«…»" opens most sentences)
    # ``words``: those of ``text[floor:pos]`` when the caller has them split already
    tokens = words if words is not None and lo == floor else words_in(text, lo, pos, index)
    first = 0
    while first < len(tokens) and tokens[first].text.isupper() and len(tokens[first].text) > 1:
        first += 1  # a dateline: "SANTIAGO (EFE) — El ministro…"
    if first < len(tokens) - 1 and tokens[first].low in words_of("adverb"):
        first += 1  # "Ayer el alcalde habló", "También la ministra pidió"
    found = _subject_and_verb(text, tokens, first)
    if found is not None:
        return found
    # an opening adjunct set off by a comma: "Tras la reunión, la ministra…"; one with
    # an aside of its own, "Tras la reunión, que duró cuatro horas, el dirigente…",
    # "Ayer, en la sede del partido, la senadora…": the subject after a later comma
    for k in range(first, min(len(tokens) - 1, first + _OPENING_ADJUNCT_TOKENS)):
        gap = text[tokens[k].end : tokens[k + 1].start]
        if gap != " " and any(c in _ASIDE_STOPS for c in gap):  # most gaps: one space
            return None
        if "," in gap:
            found = _subject_and_verb(text, tokens, k + 1)
            if found is not None or not _adjunct_goes_on(tokens, k + 1):
                return found
    return None


def _adjunct_goes_on(tokens: Sequence[Token], k: int) -> bool:
    """Whether the words after an opening adjunct's comma at token ``k`` still belong to it.

    A relative ("que se extendió…", "donde…") or a preposition ("en la sede del
    partido") opens an aside or a second adjunct, not the subject.
    """
    low = tokens[k].low
    return not tokens[k].capital and (low in words_of("relative") or low in words_of("preposition"))


def _subject_and_verb(  # noqa: C901, PLR0912 - one walk: asides, clitics, a complement, the verb
    text: str, tokens: Sequence[Token], i: int
) -> tuple[Phrase, int] | None:
    """A phrase of a speaker's kind at token ``i`` and the finite verb after it (asides stepped)."""
    found = phrase_at(text, tokens, i)
    if found is None or found[0].kind not in _CLAUSE_KINDS:
        return None
    phrase, j = found
    if phrase.kind == PERSON and phrase.name is None and phrase.head is None:
        return None  # no one in particular
    j = _verb_held(phrase, tokens, i, j)
    if j < found[1]:
        # "Los pacientes tienen otra opinión": the phrase read the verb as its adjective
        phrase = attrs.evolve(phrase, end=tokens[j - 1].end)
    n = len(tokens)
    skip = _before_verb_words()
    # "El vocero, Manuel Adorni, respondió": the phrase holds its apposition, whose
    # closing comma is the one before the verb
    stepped = "," in text[phrase.start : phrase.end]  # the gap before ``j`` closed an aside
    while j < n:
        gap = text[tokens[j - 1].end : tokens[j].start]
        if gap != " " and any(c in _ASIDE_STOPS for c in gap):  # most gaps: one space
            return None
        if not stepped and ("," in gap or "(" in gap):
            j = _aside_end(text, tokens, j, ")" if "(" in gap else ",")
            if j < 0:
                return None
            # "El intendente (PS), en diálogo con…,": a bracket, then an aside
            closing = text[tokens[j - 1].end : tokens[j].start]
            stepped = not ("(" in gap and "," in closing.partition(")")[2])
            continue
        stepped = False
        tok = tokens[j]
        if tok.low in words_of("auxiliary") and not tok.capital:
            # "ha tachado de", "había calificado como"; not "ha sido acusado de", a passive
            passive = j + 1 < n and tokens[j + 1].low == "sido"
            return None if passive else (phrase, tok.start)
        if tok.low in skip and not tok.capital and j + 1 < n:
            j += 1  # "se refirió", "no descartó", "también pidió"
            continue
        named = _apposed_name_end(text, tokens, i, j)
        if named > j:
            j = named  # "Los vecinos del barrio San Miguel exigieron": the place's name
            continue
        after = _modifier_end(text, tokens, i, j)
        if after is not None:
            if after < 0:
                return None
            j = after
            continue
        if tok.capital or not (
            verb_like(tok)
            or tok.low in word_set("irregular_finite.txt")
            or (phrase.plural and _plural_present(tok))
        ):
            return None
        if _passive(tokens, j):
            return None  # "El ministro fue acusado de «traición»": the words are another's
        return phrase, tok.start
    return None


def _verb_held(phrase: Phrase, tokens: Sequence[Token], i: int, j: int) -> int:
    """Where the finite verb a role's phrase ``[i, j)`` swallowed as its adjective stands.

    "Los pacientes tienen", "La policía busca": a lower-case word after the head that
    is a common irregular verb, or a plural present after a plural head, ends the
    phrase; ``j`` when there is none.
    """
    if phrase.name is not None or phrase.head is None:
        return j
    for m in range(i + 2, j):
        tok = tokens[m]
        if tok.capital:
            return j
        if tok.low in word_set("irregular_finite.txt") or (phrase.plural and _plural_present(tok)):
            return m
    return j


def _plural_present(tok: Token) -> bool:
    """Whether ``tok`` reads as a plural finite verb after a plural subject ("exigen").

    "Los vecinos del barrio exigen", "Los médicos llevan": right after a plural
    subject, a lower-case word in -an or -en that is no function word is its verb.
    """
    return tok.low.endswith(endings_of("plural_finite")) and tok.low not in _function_words()


def _determined(tokens: Sequence[Token], i: int) -> bool:
    """Whether the phrase at token ``i`` opens on a determiner ("La vocera", "La Secretaría")."""
    return tokens[i].low in words_of("determiner") and i + 1 < len(tokens)


#: How many words a complement after the subject's phrase may have; and how many a
#: chain of prepositional phrases, with at most two lower-case words after each link.
_COMPLEMENT_TOKENS = 8
_CHAIN_TOKENS = 24
_CHAIN_LOWER = 2


def _complement_end(text: str, tokens: Sequence[Token], j: int) -> int:
    """The token after a prepositional complement opening at ``j``: a verb, or an aside's comma.

    -1 when no verb or comma comes within reach, or a mark stands in the way. Past
    the first few words, only a chain of prepositional phrases goes on ("La vocera
    del Ministerio de Salud de Colombia en la rueda de prensa de este martes en la
    capital llamó…"): a preposition, a determiner, a name or a number, or at most
    two lower-case words after one of them (a noun and its adjective); anything else
    may be a verb of another tense, and the reading stops.
    """
    lower = 0  # lower-case content words in a row, past the first few words
    for k in range(j + 1, min(len(tokens), j + 1 + _CHAIN_TOKENS)):
        tok = tokens[k]
        gap = text[tokens[k - 1].end : tok.start]
        if gap != " " and any(c in _ASIDE_STOPS for c in gap):  # most gaps: one space
            return -1
        if "," in gap or (verb_like(tok) and not tok.capital):
            return k
        if k - j < _COMPLEMENT_TOKENS:
            continue
        if tok.capital or tok.text[:1].isdigit() or _chain_word(tok.low):
            lower = 0
            continue
        lower += 1
        if lower > _CHAIN_LOWER or tok.low in _clause_openers():
            return -1
    return -1


def _chain_word(low: str) -> bool:
    """Whether ``low`` links a chain of prepositional phrases (a preposition, a determiner, "y")."""
    return (
        low in words_of("preposition")
        or low in words_of("determiner")
        or low in words_of("coordinator")
    )


def _modifier_end(text: str, tokens: Sequence[Token], i: int, j: int) -> int | None:
    """Past a modifier with no commas of the phrase at token ``i``, opening at token ``j``.

    A noun's complement ("La vocera de la familia en el sector de Las Torres, quien…")
    or a restrictive relative ("La vecina que llamó a la policía calificó…"), after a
    determiner and its noun only (a bare name takes none: "Otras de las
    declaraciones…"). ``None`` when none opens there, -1 when it never ends.
    """
    tok = tokens[j]
    if tok.capital or not _determined(tokens, i):
        return None
    if tok.low in words_of("relative"):
        return _relative_end(text, tokens, j)
    if tok.low in words_of("preposition"):
        return _complement_end(text, tokens, j)
    return None


#: The most words of a proper name set right after a complement's noun.
_APPOSED_NAME_TOKENS = 4


def _apposed_name_end(text: str, tokens: Sequence[Token], i: int, j: int) -> int:
    """Past a proper name set right after the lower-case noun that ends the phrase at ``i``.

    "Los vecinos del barrio San Miguel", "La directora del hospital Regional": the
    name belongs to the complement's noun (no comma between), and the subject's verb
    comes after it. ``j`` when no such name opens at token ``j``.
    """
    prev = tokens[j - 1]
    if (
        not tokens[j].capital
        or not _determined(tokens, i)
        or j - i < 2  # noqa: PLR2004 - a determiner and its noun at least
        or prev.capital
        or prev.low in words_of("determiner")
        or text[prev.end : tokens[j].start].strip()
    ):
        return j
    k = j
    while k < len(tokens) and k - j < _APPOSED_NAME_TOKENS and tokens[k].capital:
        if k > j and text[tokens[k - 1].end : tokens[k].start].strip():
            return j
        k += 1
    return k if k < len(tokens) and not tokens[k].capital else j


def _relative_end(text: str, tokens: Sequence[Token], j: int) -> int:
    """The token after a relative clause with no commas opening at ``j`` ("que denunció el abuso").

    Its own verb comes first; the next verb, or an aside's comma, ends it. -1 when
    neither comes within reach, or a mark stands in the way. A subject relative sets
    its verb right after the pronoun, clitics and adverbs between, in any tense ("La
    fiscal que investiga la muerte de Juan Pérez calificó…": "investiga", and the
    name in its object is no subject).
    """
    own = _relative_verb(text, tokens, j)
    if own == j:
        own = _complement_end(text, tokens, j)
        if own < 0 or not verb_like(tokens[own]):
            return -1
    return _complement_end(text, tokens, own)


def _relative_verb(text: str, tokens: Sequence[Token], j: int) -> int:
    """The token of a subject relative's verb right after the pronoun at ``j``, else ``j``.

    Clitics, "no" and adverbs are stepped over ("que no quiso", "quien ya dirigía"); a
    lower-case word that is no determiner or other function word is the
    verb ("que investiga", "quien encabeza"); a function word (an article: "que la
    policía detuvo", ``stopwords.txt``) leaves the verb to be found by its form.
    """
    skip = _before_verb_words()
    k = j + 1
    while k < len(tokens) and tokens[k].low in skip and not tokens[k].capital:
        k += 1
    if k >= len(tokens) or tokens[k].capital or text[tokens[k - 1].end : tokens[k].start].strip():
        return j
    low = tokens[k].low
    if low in word_set("stopwords.txt") or low in words_of("determiner"):
        return j
    return k


def _passive(tokens: Sequence[Token], j: int) -> bool:
    """Whether the verb at token ``j`` is "ser" and a participle: the subject undergoes it."""
    return (
        tokens[j].low in words_of("copula")
        and j + 1 < len(tokens)
        and tokens[j + 1].low.endswith(endings_of("any_participle"))
    )


def _aside_end(text: str, tokens: Sequence[Token], j: int, closer: str) -> int:
    """The token after the aside that opens before token ``j``, or -1 with none closed."""
    for k in range(j, min(len(tokens) - 1, j + _MAIN_ASIDE_TOKENS)):
        gap = text[tokens[k].end : tokens[k + 1].start]
        if gap != " " and any(c in _ASIDE_STOPS for c in gap):  # most gaps: one space
            return -1
        if closer in gap:
            return k + 1
    return -1


#: The kinds of a main clause's subject whose reporting verb says the words of its object.
_SPEAKING_KINDS = (PERSON, ORGANIZATION, ANONYMOUS)
#: How many words may stand between that verb and the fragment it says.
_OBJECT_TOKENS = 14


def spoken_object(text: str, pos: int, floor: int, index: TokenIndex | None = None) -> bool:
    """Whether ``pos`` stands in what the main clause's subject says with a reporting verb.

    Spanish news quotes the speaker's own word inside the object of the verb that
    reports it, however far the subject stands: "La fiscal del caso pidió para los
    imputados una condena «ejemplar»", "Los vecinos, cansados de los cortes,
    exigieron una «solución definitiva»", "La presidenta del gremio denunció un
    «fraude»". The main clause opens on a person, a group or an institution
    (:func:`main_subject`); its verb, or one coordinated with it ("recorrió la zona y
    denunció un «abandono»", an aside after the "y": "y, en entrevista con este
    diario, planteó la necesidad de un «gran acuerdo»"), is a reporting verb in a
    finite past or a perfect (a present such as "denuncia" is a noun as often) that
    stands within fourteen words of ``pos``, and no other clause opens between the
    main verb and ``pos`` (a relative or a conjunction: "…, quien aseguró haber sido
    convocada por «…»", "…, y Arizona no reveló…").

    Examples:
        >>> text = "El vocero del sindicato denunció ante la prensa un «fraude»."
        >>> spoken_object(text, text.index("«"), 0)
        True
        >>> text = "El vocero del sindicato viajó ayer a un «foro»."
        >>> spoken_object(text, text.index("«"), 0)
        False
    """
    found = main_subject(text, pos, floor, index)
    if found is None or found[0].kind not in _SPEAKING_KINDS:
        return False
    tokens = words_in(text, found[1], pos, index)
    if any(c in _ASIDE_STOPS for c in text[found[1] : pos]):
        return False
    stops = _clause_openers()
    said = -1  # the token of the last reporting verb of the main clause's chain
    k = 0
    while k < len(tokens):
        tok = tokens[k]
        if tok.capital:
            k += 1
            continue
        if tok.low in words_of("coordinator"):
            nxt = _coordinated_aside_end(text, tokens, k + 1)
            if not _coordinated_verb(tokens, nxt):
                return False
            k = nxt  # "recorrió la zona y denunció…", "y, en entrevista con…, planteó"
            continue
        if tok.low in stops and not _oblique_relative(tokens, k):
            return False
        perfect = (
            k > 0 and tokens[k - 1].low in words_of("auxiliary") and reporting_participle(tok.low)
        )
        if perfect or _finite_report(tok):
            said = k
        k += 1
    # the object stands within a few words of its verb, however long the chain before
    return said >= 0 and len(tokens) - said <= _OBJECT_TOKENS


def _oblique_relative(tokens: Sequence[Token], k: int) -> bool:
    """Whether the relative at token ``k`` follows a preposition: its subject is dropped.

    "arremetió contra el Gobierno, al que acusó de…", "a quienes calificó como…", "por
    lo que considera una «…»": the antecedent is the verb's object, and its subject is
    the main clause's, who goes on speaking; "el fallo que liberó…" has its own.
    """
    if tokens[k].low not in words_of("relative"):
        return False
    j = k - 1
    if j >= 1 and tokens[j].low in words_of("oblique_lead"):
        j -= 1  # "al que", "a la que", "por lo que"
    return j >= 0 and tokens[j].low in words_of("preposition") and not tokens[j].capital


def _coordinated_aside_end(text: str, tokens: Sequence[Token], k: int) -> int:
    """Past an aside between commas right after a coordinator ("y, en entrevista con…,").

    ``k`` when no comma opens one there, or it does not close within reach.
    """
    if k >= len(tokens) or "," not in text[tokens[k - 1].end : tokens[k].start]:
        return k
    end = _aside_end(text, tokens, k, ",")
    return end if end > 0 else k


def _finite_report(tok: Token) -> bool:
    """Whether ``tok`` is a reporting verb in a finite past (or a gerund): "denunció"."""
    return reporting_verb(tok.low) and tok.low.endswith(endings_of("verb_like"))


def _coordinated_verb(tokens: Sequence[Token], k: int) -> bool:
    """Whether a finite verb follows at token ``k``, clitics and adverbs stepped over."""
    skip = _before_verb_words()
    while k < len(tokens) and tokens[k].low in skip and not tokens[k].capital:
        k += 1
    return k < len(tokens) and not tokens[k].capital and verb_like(tokens[k])


@functools.cache
def _clause_openers() -> frozenset[str]:
    """Words that open another clause between a verb and its object."""
    return words_of("relative") | words_of("conjunction") - {"como", "o", "u"}
