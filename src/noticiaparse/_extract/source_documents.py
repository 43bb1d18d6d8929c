"""Documents credited where the other readers do not reach them.

- **A document, its participle and its complement, then the verb**: "El estudio
  publicado en The Lancet indica que…", "El oficio enviado por la fiscalía advierte
  que…", "La carta enviada al presidente advierte que…": the participle's complement
  says where the document appeared, who made it or whom it went to, and belongs to its
  name; the reporting verb right after it credits the document. The complement ends
  before that verb (:func:`complement_end`). A participle of authorship and its "por"
  (``authorship_participles.txt``: "Un estudio realizado por la Universidad advierte…")
  name the maker, who is credited instead, as the documents' reader does.
- **On record**: "según consta en el expediente", "como consta en el acta", "…, consta
  en el documento": what is on record in a document is credited to the document.
- **The document the words were given in**: a reporting verb, its subject after it or
  none, then "en" and a definite article before a document, in the same clause ("…,
  subraya la compañía en el comunicado", "precisó la Fiscalía en la resolución",
  "señalan los autores en el estudio"): the text cites the document itself, a source
  beside whoever speaks. An indefinite one ("en un comunicado") or one with a possessive
  ("en su informe") is only the channel the words went through.
- **Figures with no one named**: after a cue of conformity ("según", "de acuerdo
  con", "de acuerdo a", "conforme a") a plural noun of figures with no article and an
  adjective of its number ("según datos oficiales", "de acuerdo con cifras
  preliminares", "según estimaciones privadas") is a document, as written: news takes
  the figures from it ("según las cifras oficiales" is read so already).

Words inside a quotation are the speaker's and credit no one.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import attrs
import regex

from noticiaparse._reading import (
    DOCUMENT,
    ORGANIZATION,
    PERSON,
    Phrase,
    Reading,
    Token,
    endings_of,
    phrase_at,
    phrase_before,
    reporting_verb,
    verb_like,
    words_in,
    words_of,
)
from noticiaparse._reading.subjects import subject_position
from noticiaparse._reading.tokens import first_low
from noticiaparse._reading.vocabulary import closed_set, outlet_table, time_adjuncts, word_set
from noticiaparse._text.fold import fold
from noticiaparse._text.lexicons import lines
from noticiaparse._text.sentences import sentence_start

__all__ = ["complement_end", "cue_reach", "document_credits"]

#: How far back from a verb its sentence's start is looked for.
_SENTENCE_REACH = 200
#: The most words a document, its participle and the complement may run before the verb.
_SUBJECT_WORDS = 12
#: What ends a clause between the document and its verb.
#: A dash sets an aside apart ("La sentencia -notificada ayer- condena…").
_CLAUSE_MARKS = frozenset(',;:«»“”"()-–—')
#: How far after "consta en" the document is read.
_DOCUMENT_REACH = 120
#: A word.
_WORD = regex.compile(r"\p{L}+")


@functools.cache
def _authorship() -> frozenset[str]:
    """The participles that name a document's maker (``authorship_participles.txt``)."""
    return frozenset(lines("authorship_participles.txt"))


@functools.cache
def _figure_documents() -> tuple[str, ...]:
    """The plural nouns of figures (``figure_documents.txt``), longest first."""
    return tuple(sorted(lines("figure_documents.txt"), key=len, reverse=True))


def _conformity_cues() -> str:
    """The cues of conformity as one alternation, longest first.

    ``closed_sets.tsv`` (``conformity_cue``): "según", "de acuerdo con", "conforme a"…,
    their words apart by blanks or tabs.
    """
    cues = sorted(closed_set("conformity_cue"), key=lambda cue: (-len(cue), cue))
    return "|".join(r"[ \t]+".join(map(regex.escape, cue.split())) for cue in cues)


@functools.cache
def _conformity_cue() -> regex.Pattern[str]:
    nouns = "|".join(regex.escape(n) for n in _figure_documents())
    return regex.compile(
        rf"(?:{_conformity_cues()})[ \t]+"
        rf"((?:{nouns})[ \t]+\p{{Ll}}{{3,24}}s)(?=[ \t]*[,.;:\n]|$)",
        regex.IGNORECASE,
    )


@functools.cache
def _bare_document_cue() -> regex.Pattern[str]:
    """A cue of conformity, then a document with no article, up to the comma that ends it."""
    nouns = "|".join(regex.escape(n) for n in sorted(lines("bare_documents.txt")))
    return regex.compile(
        rf"(?:{_conformity_cues()})[ \t]+"
        rf"((?:{nouns})(?:[ \t]+\p{{L}}{{1,24}}){{1,6}})(?=[ \t]*[,.;:\n]|$)",
        regex.IGNORECASE,
    )


def complement_end(text: str, start: int, end: int) -> int:
    """Where a participle's complement ``text[start:end]`` ends: before a reporting verb.

    A verb of ruling ends it too ("el decreto enviado al Congreso dispone que…").

    "la carta enviada al presidente advierte que…": the complement "al presidente"
    ends before "advierte", the verb of which the document is the subject.

    Examples:
        >>> text = "La carta enviada al presidente advierte que todo falló."
        >>> text[:complement_end(text, 16, 39)]
        'La carta enviada al presidente'
        >>> text = "La carta enviada al presidente de la Cámara."
        >>> text[:complement_end(text, 16, 43)]
        'La carta enviada al presidente de la Cámara'
    """
    for word in _WORD.finditer(text, start, end):
        if word.start() > start + 1 and (
            reporting_verb(word.group()) or word.group().lower() in _ruling_verbs()
        ):
            return len(text[start : word.start()].rstrip()) + start
    return end


@functools.cache
def _ruling_verbs() -> frozenset[str]:
    return frozenset(lines("ruling_verbs.txt"))


@functools.cache
def _ruling_lasts() -> frozenset[str]:
    """The last two letters of each verb of ruling and of an adverb in "-mente"."""
    return frozenset(word[-2:] for word in (*_ruling_verbs(), _MANNER))


def document_credits(text: str, low: str | None, reading: Reading) -> list[tuple[Phrase, str]]:
    """The documents of this module's two shapes, each with the cue that credits it.

    ``low`` is ``text`` lower-cased at the same offsets (``None`` when it cannot be).

    Examples:
        >>> from noticiaparse._reading import read_article
        >>> text = "El estudio publicado en Nature indica que el hielo se derrite."
        >>> reading = read_article(text, [(0, len(text))])
        >>> [(text[p.start : p.end], p.kind.value, cue)
        ...  for p, cue in document_credits(text, text.lower(), reading)]
        [('El estudio publicado en Nature', 'document', 'indica')]
    """
    out = _participled(text, low, reading) + _cited_within(text, reading)
    if low is not None:
        out.extend(_bare_figures(text, low, reading) + _recorded(text, low, reading))
        out.extend(_records_and_titles(text, low))
        out.extend(_findings(text, low, reading))
    return [(p, cue) for p, cue in out if not reading.cast.in_quotation(p.start)]


@functools.cache
def _finding_verbs() -> frozenset[str]:
    """The verbs of a document's findings (``document_findings.txt``)."""
    return frozenset(lines("document_findings.txt"))


#: A finding verb is searched for by a space and its first letters.
_FINDING_STEM = 4


@functools.cache
def _finding_stems() -> tuple[str, ...]:
    """A space and the first letters of each finding verb: searched for before any reading."""
    return tuple(sorted({f" {verb[:_FINDING_STEM]}" for verb in _finding_verbs()}))


@functools.cache
def _informing() -> frozenset[str]:
    """The nouns of documents that inform (``informing_documents.txt``)."""
    return frozenset(lines("informing_documents.txt"))


def _findings(text: str, low: str, reading: Reading) -> list[tuple[Phrase, str]]:
    """A document that informs as the subject of a verb of its findings, with an object.

    "La encuesta ubica al candidato en primer lugar", "El balance arroja doce muertos":
    the document informs, whatever follows the verb (``document_findings.txt``). Only a
    document that informs (``informing_documents.txt``) or one named by its title ("La
    Encuesta Nacional de Empleo sitúa…"), read as the verb's subject
    (:func:`phrase_before`, in a subject's place); "se" before the verb names no one, and
    a capitalised noun alone is a headline's ("Informe cifra en…").
    """
    out: list[tuple[Phrase, str]] = []
    verbs = _finding_verbs()
    for stem in _finding_stems():
        at = low.find(stem)
        while at >= 0:
            start, at = at + 1, low.find(stem, at + 1)
            word = _WORD.match(low, start)
            if word is None or word.group() not in verbs or low[start - 3 : start] == "se ":
                continue
            lo = sentence_start(text, start, 0, reach=_SENTENCE_REACH)
            phrase = phrase_before(text, start, lo, reading.index)
            if (
                phrase is not None
                and phrase.kind == DOCUMENT
                and (phrase.head is None or phrase.head in _informing())
                and " " in text[phrase.start : phrase.end].strip()
                and subject_position(text, phrase, lo)
                and not reading.cast.in_quotation(start)
            ):
                out.append((phrase, word.group()))
    return out


#: How far after a reporting verb the document the words were given in is read.
_WITHIN_REACH = 80


@functools.cache
def _definite_openings() -> tuple[str, ...]:
    """A definite article and its space (``function_words.tsv``): where a document opens."""
    return tuple(sorted(word + " " for word in words_of("definite")))


#: "se" right before a verb: an impersonal statement.
@functools.cache
def _se_before() -> regex.Pattern[str]:
    return regex.compile(r"(?<!\p{L})[sS]e[ \t]+$")


#: A document's article and noun: what a name trimmed of a trailing preposition keeps.
_ARTICLE_AND_NOUN = 2


#: What ends the verb's clause before the document ("que" opens what was said).
@functools.cache
def _within_stop() -> regex.Pattern[str]:
    return regex.compile(r"[,;:.«»“”\"()\n]|[ \t]que[ \t]")


def _cited_within(text: str, reading: Reading) -> list[tuple[Phrase, str]]:
    """A document cited with a definite article after "en", in a reporting verb's clause.

    "«…», recalca la gerencia de la naviera en el comunicado": the document itself is
    cited, a source; "en un comunicado", "en su informe" are the channel alone. "en"
    follows the verb, its subject set after it, or a time ("precisó ayer en el fallo");
    after an object it is the object's ("reportó un alza en las cifras"). An impersonal
    verb ("se anunció en los resultados") names no one who gave the words.
    """
    out = []
    for attribution in reading.attributions.found:
        end = attribution.cue_end
        phrase = attribution.phrase
        if phrase is not None and end <= phrase.start < end + _WITHIN_REACH:
            end = phrase.end  # "recalca la compañía en el comunicado": past the subject
        at = text.find(" en ", end, end + _WITHIN_REACH)
        if (
            at < 0
            or not text.startswith(_definite_openings(), at + len(" en "))
            or attribution.quoted
            or _within_stop().search(text, end, at + 1) is not None
            or not reporting_verb(attribution.cue)
            or _se_before().search(text, max(0, attribution.cue_start - 4), attribution.cue_start)
        ):
            continue
        gap = words_in(text, end, at, reading.index)
        if gap and _time_at(gap, 0) != len(gap):
            continue  # "reportó un alza en las cifras": the object's complement
        opens = at + len(" en ")
        tokens = words_in(text, opens, min(len(text), opens + _DOCUMENT_REACH), reading.index)
        found = phrase_at(text, tokens, 0) if tokens else None
        if found is None or found[0].kind != DOCUMENT:
            continue
        named = [tok for tok in tokens[: found[1]] if tok.start < found[0].end]
        while len(named) > _ARTICLE_AND_NOUN and (
            named[-1].low in words_of("preposition") or named[-1].low in words_of("determiner")
        ):
            named.pop()  # "el comunicado en el que…": the relative's preposition is no name's
        out.append((attrs.evolve(found[0], end=named[-1].end), "en"))
    return out


def _participled(text: str, low: str | None, reading: Reading) -> list[tuple[Phrase, str]]:
    """A document, its participle and complement before its verb ("El estudio publicado…")."""
    out = []
    for attribution in reading.attributions.unclaimed():
        found = _participled_at(text, attribution.cue_start, reading)
        if found is not None:
            out.append((found, attribution.cue))
    return (
        out + _participled_rulings(text, low, reading) + _rulings_before_colon(text, low, reading)
    )


def _participled_rulings(text: str, low: str | None, reading: Reading) -> list[tuple[Phrase, str]]:
    """A document, its participle and complement before a verb of ruling and "que".

    "La resolución publicada en el Diario Oficial establece que…": the verb of ruling
    (``ruling_verbs.txt``) is no reporting verb of the attributions, and its subject as
    read would be the complement's last name; the document states the content. A "que"
    with no such verb right before it in ``low`` (the text lower-cased at its offsets)
    is passed over before the word is read.
    """
    out: list[tuple[Phrase, str]] = []
    rulings = _ruling_verbs()
    endings = (*sorted(rulings), _MANNER)
    lasts = _ruling_lasts()
    at = text.find(" que")
    while at >= 0:
        if (
            low is not None
            and (low[at - 2 : at] not in lasts or not low.endswith(endings, 0, at))
            and text[at - 1] not in " \t"
        ):
            at = text.find(" que", at + 1)
            continue  # a cheap test first: no verb of ruling (or adverb) right before "que"
        word = _WORD_BEFORE.search(text, max(0, at - _RULING_REACH), at + 1)
        at = text.find(" que", at + 1)
        adverb = word is not None and word.group(1).lower().endswith(_MANNER)
        if adverb and word is not None:
            # "La Constitución establece claramente que…": the adverb stands between
            word = _WORD_BEFORE.search(text, max(0, word.start() - _RULING_REACH), word.start())
        if word is None or word.group(1).lower() not in rulings:
            continue
        if reading.cast.in_quotation(word.start()):
            continue
        found = _participled_at(text, word.start(), reading)
        if found is None and adverb:
            found = _ruling_subject(text, word.start(), reading)
        if found is not None:
            out.append((found, word.group(1).lower()))
    return out


def _rulings_before_colon(text: str, low: str | None, reading: Reading) -> list[tuple[Phrase, str]]:
    """A document or a body before a verb of ruling, a colon and a quotation.

    "El decreto establece: «Se prohíbe la venta de alcohol»", "La Constitución
    estipula: «…»": the colon and the quotation stand where "que" and its clause stand
    (:func:`_ruling_subject`). Only the quotations are looked at: a colon right before
    one, and a verb of ruling right before it in ``low``.
    """
    out: list[tuple[Phrase, str]] = []
    if low is None:
        return out
    endings = tuple(sorted(_ruling_verbs()))
    for quotation in reading.quotations:
        before = text[max(0, quotation.open_at - _COLON_GAP) : quotation.open_at].rstrip(" \t")
        if not before.endswith(":"):
            continue  # a cheap test first: no colon right before the quotation
        colon = text.rfind(":", 0, quotation.open_at)
        if not low.endswith(endings, 0, colon):
            continue  # no verb of ruling right before the colon
        word = _LAST_WORD.search(text, max(0, colon - _RULING_REACH), colon)
        if word is None or word.group(1).lower() not in _ruling_verbs():
            continue
        if reading.cast.in_quotation(word.start()):
            continue
        found = _ruling_subject(text, word.start(), reading)
        if found is not None:
            out.append((found, word.group(1).lower()))
    return out


#: The word that ends right before a position (a verb before its colon).
_LAST_WORD = regex.compile(r"(?<!\p{L})(\p{L}+)$")
#: How many characters after a colon its quotation's opening mark may stand.
_COLON_GAP = 4


def _ruling_subject(text: str, verb: int, reading: Reading) -> Phrase | None:
    """A document or a body right before a verb of ruling, else ``None``.

    "La Constitución establece claramente que…", "El tribunal dispuso finalmente
    que…": as "establece que" credits its subject (the rulings' reader), with an
    adverb of manner between. A capitalised norm or document read as a name ("La
    Constitución") is a document.
    """
    lo = sentence_start(text, verb, 0, reach=_SENTENCE_REACH)
    phrase = phrase_before(text, verb, lo, reading.index)
    if phrase is None:
        return None
    if phrase.kind in {DOCUMENT, ORGANIZATION}:
        return phrase
    words = text[phrase.start : phrase.end].lower().split()
    if phrase.kind == PERSON and words and words[0] in words_of("determiner"):
        head = words[1] if len(words) > 1 else ""
        if head in _document_nouns() or fold(head) in _norms():
            return attrs.evolve(phrase, kind=DOCUMENT, name=None, head=head)
    return None


#: The word right before a position, and its spaces: the verb before "que".
_WORD_BEFORE = regex.compile(r"(?<!\p{L})(\p{L}+)[ \t]+$")
#: How far back before "que" a verb of ruling is read (the longest is 16 letters).
_RULING_REACH = 24


def _participled_at(text: str, verb: int, reading: Reading) -> Phrase | None:
    """The document whose participle and complement stand right before ``verb``, else ``None``.

    A quantifier or a bare plural opening the sentence before a document's noun is
    read by :func:`_quantified_at` instead.
    """
    participles = endings_of("any_participle")
    lo = sentence_start(text, verb, 0, reach=_SENTENCE_REACH)
    first = first_low(text, lo, verb)
    if first not in words_of("determiner"):
        # a cheap test first: no determiner, quantifier or document's noun opens the sentence
        if first in _quantifiers() or first in _document_nouns():
            return _quantified_at(text, lo, verb, reading)
        return None
    tokens = words_in(text, lo, verb, reading.index)
    if not tokens or len(tokens) > _SUBJECT_WORDS or tokens[0].low not in words_of("determiner"):
        return None
    found = phrase_at(text, tokens, 0)
    if found is None or found[0].kind != DOCUMENT:
        return None
    k = next((i for i, tok in enumerate(tokens) if tok.start >= found[0].end), len(tokens))
    while k > 0 and tokens[k - 1].low.endswith(participles):
        k -= 1  # "El estudio publicado": the reader may have taken the participle in
    lead = k + 1 + _time_at(tokens, k + 1)  # "entregado ayer al Congreso"
    if not (
        k < len(tokens)
        and tokens[k].low.endswith(participles)
        and (
            (lead + 1 < len(tokens) and tokens[lead].low in closed_set("complement_lead"))
            or (  # "La encuesta publicada (ayer) indica…"; "realizado en mayo" is read whole
                lead == len(tokens)
                and (lead == k + 1 or tokens[k + 1].low not in closed_set("complement_lead"))
            )
        )
    ):
        return None
    if lead == len(tokens):
        # a participle and a time alone say when, not which: "La encuesta Cadem
        # publicada este domingo reveló…" credits "La encuesta Cadem"
        return _before_participle(found[0], tokens, k)
    if lead < len(tokens) and tokens[lead].low == "por" and tokens[k].low in _authorship():
        return None  # "Un estudio realizado por la Universidad advierte": its maker speaks
    between = text[tokens[k].start : verb]
    if any(mark in between for mark in _CLOSING_OR_CLAUSE) or any(
        tok.low == "que" or verb_like(tok) for tok in tokens[k + 1 :]
    ):
        return None
    return Phrase(found[0].start, tokens[-1].end, DOCUMENT, head=found[0].head)


_CLOSING_OR_CLAUSE = _CLAUSE_MARKS | {"\n", "."}


@functools.cache
def _quantifiers() -> frozenset[str]:
    """The quantifiers that open a group (``group_words.txt``: "varios", "algunos")."""
    return word_set("group_words.txt")


@functools.cache
def _document_nouns() -> frozenset[str]:
    """The heads of a document's noun phrase (``document_cues.txt``), one word each."""
    return frozenset(word for word in lines("document_cues.txt") if " " not in word)


#: An adverb of manner between a subject and its verb ("establece claramente que").
_MANNER = "mente"
#: A quantifier and the article after it ("Todos los estudios"): the most words before the noun.
_QUANTIFIER_AND_ARTICLE = 2


def _quantified_at(text: str, lo: int, verb: int, reading: Reading) -> Phrase | None:
    """A document opening its sentence with a quantifier or as a bare plural, before ``verb``.

    "Varios estudios muestran que…", "Algunos informes de la Contraloría advierten
    que…", "Diversas encuestas publicadas este año sugieren que…", "Publicaciones
    virales en redes sociales afirman que…": a quantifier (``group_words.txt``), its
    article if one follows ("Todos los estudios"), or nothing but the capital of the
    sentence's first word, then a document's noun (``document_cues.txt``; plural when
    bare), then what describes it, up to the verb: the document informs. No verb of its
    own, no relative and no mark that ends a clause stand between ("Varios estudios,
    según el ministro, …", "Algunos informes que el fiscal leyó…" are read otherwise).
    """
    tokens = words_in(text, lo, verb, reading.index)
    while tokens and (
        tokens[-1].low in words_of("auxiliary")
        or tokens[-1].low in words_of("adverb")
        or tokens[-1].low.endswith(_MANNER)
    ):
        tokens.pop()  # "Algunos estudios han determinado", "… también advierten"
    if not tokens or tokens[-1].low in words_of("clitic"):
        return None  # "Varios estudios se han publicado": "se" before the verb, no subject
    if len(tokens) > _SUBJECT_WORDS or text[lo : tokens[0].start].strip():
        return None
    i = _quantified_head(tokens)
    between = text[tokens[0].start : verb]
    if (
        i is None
        or any(mark in between for mark in _CLOSING_OR_CLAUSE)
        or any(_clause_word(tok) or verb_like(tok) for tok in tokens[i + 1 :])
    ):
        return None
    phrase = Phrase(tokens[0].start, tokens[-1].end, DOCUMENT, head=tokens[i].low, plural=True)
    participles = endings_of("any_participle")
    for k in range(i + 1, len(tokens)):
        if tokens[k].low.endswith(participles):
            if k + 1 + _time_at(tokens, k + 1) == len(tokens):
                return _before_participle(phrase, tokens, k)
            break
    return phrase


def _quantified_head(tokens: Sequence[Token]) -> int | None:
    """Where the document's noun stands after a quantifier or as a bare plural, else ``None``."""
    i = 0
    if tokens[0].low in _quantifiers():
        i = 1
        if len(tokens) > _QUANTIFIER_AND_ARTICLE and tokens[1].low in words_of("plural_determiner"):
            i = _QUANTIFIER_AND_ARTICLE
    elif not (tokens[0].capital and tokens[0].low.endswith("s")):
        return None  # a bare noun is a plural opening the sentence: "Encuestas recientes…"
    return i if i < len(tokens) and tokens[i].low in _document_nouns() else None


def _clause_word(token: Token) -> bool:
    """Whether ``token`` is a relative, which opens a clause of its own ("que", "quienes")."""
    return token.low in words_of("relative") or token.low in words_of("incise_relative")


def _before_participle(phrase: Phrase, tokens: Sequence[Token], k: int) -> Phrase:
    """``phrase`` up to the word before the participle at ``tokens[k]``."""
    return attrs.evolve(phrase, end=min(phrase.end, tokens[k - 1].end))


def _time_at(tokens: Sequence[Token], i: int) -> int:
    """How many words a time adjunct at ``i`` runs ("ayer", "este lunes"), else 0."""
    for phrase in time_adjuncts():
        if tuple(tok.low for tok in tokens[i : i + len(phrase)]) == phrase:
            return len(phrase)
    return 0


#: How far a cue pattern may read: words of at most 30 letters and the spaces or tabs
#: between them, twelve words at most; a mark, a digit or a line's end stops it.
_CUE_REACH = regex.compile(r"(?:\p{L}{0,30}[ \t]++){0,12}+\p{L}{0,31}+")


def cue_reach(text: str, at: int) -> int:
    """Where a cue pattern matched at ``at`` stops reading: the ``endpos`` to match it with.

    A cue pattern (a few words of at most 30 letters each, the spaces or tabs between
    them, and one mark or letter looked at after) matched within ``text[at:end]`` is the
    same match as within the whole text, and costs only that stretch: the regex library
    looks a pattern's literal words ("de") up to the end of the text it is given before
    matching, a whole text per cue where none follows ("En un comunicado, " repeated).
    The words and spaces are read up to twelve words, and two characters more: the mark
    that stops them and one after, as far as a lookahead or a ``$`` ever looks.

    Examples:
        >>> text = "según el informe anual, dijo"
        >>> text[:cue_reach(text, 0)]
        'según el informe anual, '
    """
    reach = _CUE_REACH.match(text, at)
    return min(len(text), reach.end() + 2) if reach is not None else len(text)


@functools.cache
def _bare_nouns() -> frozenset[str]:
    return frozenset(lines("bare_documents.txt"))


#: How many words a cue of conformity has, by its first word ("de acuerdo con": 3).
_CUE_WORDS = {"según": 1, "de": 3, "conforme": 2}


def _bare_noun_after(low: str, at: int, reach: int) -> bool:
    """Whether a document's noun with no article follows the cue at ``at``: a cheap test."""
    words = low[at:reach].split(maxsplit=4)
    k = _CUE_WORDS.get(words[0], 0) if words else 0
    return 0 < k < len(words) and words[k] in _bare_nouns()


#: The page last read (the very object) and its cues of conformity's first words' offsets:
#: one slot, replaced whole, so a reader sees a page and its own offsets only.
_CONFORMITY_SEEN: list[tuple[str | None, dict[str, tuple[int, ...]]]] = [(None, {})]


def conformity_offsets(low: str) -> dict[str, tuple[int, ...]]:
    """Each first word of a cue of conformity and its offsets in ``low``, in order.

    "según", "de acuerdo", "conforme" (``closed_sets.tsv``): the bare figures' reader,
    the fused roles' and "de acuerdo al"'s start there, and the page is searched for
    them once, not once for each reader.

    Examples:
        >>> conformity_offsets("según Ana y, de acuerdo con Luis, según")["según"]
        (0, 34)
    """
    page, seen = _CONFORMITY_SEEN[0]
    if page is not low:
        seen = {}
        for first in closed_set("conformity_first"):
            found = []
            at = low.find(first)
            while at >= 0:
                found.append(at)
                at = low.find(first, at + 1)
            seen[first] = tuple(found)
        _CONFORMITY_SEEN[0] = (low, seen)
    return seen


def _gated(text: str, low: str) -> tuple[list[regex.Match[str]], list[tuple[int, str]]]:
    """The cues of conformity's matches, tried only where one of their first words is.

    Plural figures ("según datos oficiales") first, else a document with no article
    ("según informe de la Contraloría"); and, apart, where "lo", a participle and "en"
    follow a cue, the offset of the words after "en" ("según lo expuesto en el informe").
    """
    figures, documents = _conformity_cue(), _bare_document_cue()
    found = []
    within: list[tuple[int, str]] = []
    offsets = conformity_offsets(low)
    for first in sorted(offsets):
        for at in offsets[first]:
            if at == 0 or not text[at - 1].isalnum():
                reach = cue_reach(text, at)
                match = figures.match(text, at, reach)
                if match is None and _bare_noun_after(low, at, reach):
                    match = documents.match(text, at, reach)
                if match is not None:
                    found.append(match)
                else:
                    within += _said_in_at(low, at, reach)
    return sorted(found, key=lambda m: m.start()), sorted(within)


#: "lo", a participle, "en": "según lo expuesto en", after the cue's own words.
_SAID_IN = regex.compile(r"lo[ \t]+(\p{Ll}+(?:ado|ido|to|cho))[ \t]+en[ \t]+(?=\p{L})")


def _said_in_at(low: str, at: int, reach: int) -> list[tuple[int, str]]:
    """Where the document after "lo", a participle and "en" opens, after the cue at ``at``.

    With the cue as written, lower-cased ("de acuerdo con lo expuesto en").
    """
    words = low[at:reach].split(maxsplit=4)
    k = _CUE_WORDS.get(words[0], 0) if words else 0
    if not 0 < k < len(words) or words[k] != "lo":
        return []  # a cheap test first: no "lo" right after the cue
    lo_at = low.find("lo", at + len(" ".join(words[:k])))
    match = _SAID_IN.match(low, lo_at) if lo_at >= 0 else None
    if match is None:
        return []
    return [(match.end(), " ".join(low[at : match.end()].split()))]


def _said_in(
    text: str, starts: Sequence[tuple[int, str]], reading: Reading
) -> list[tuple[Phrase, str]]:
    """The documents of "según lo expuesto en el informe", "de acuerdo con lo detallado en…".

    After a cue of conformity, "lo", a participle and "en" say the words stand in what
    follows: a document there is credited, as "según el informe" credits it.
    """
    out = []
    for at, cue in starts:
        tokens = words_in(text, at, min(len(text), at + _DOCUMENT_REACH), reading.index)
        found = phrase_at(text, tokens, 0) if tokens else None
        if found is None or found[0].kind != DOCUMENT or found[0].start != at:
            continue
        noun = next((tok.low for tok in tokens if tok.low not in words_of("determiner")), "")
        if fold(noun) not in _norms():
            out.append((found[0], cue))  # "según lo establecido en la ley": a norm, no one
    return out


@functools.cache
def _norms() -> frozenset[str]:
    """The nouns of legal norms (``norm_documents.txt``), folded: they inform no one."""
    return frozenset(fold(word) for word in lines("norm_documents.txt"))


def _recorded(text: str, low: str, reading: Reading) -> list[tuple[Phrase, str]]:
    """A document where something is on record: "según consta en el expediente"."""
    out = []
    at = low.find("const")
    while at >= 0:
        match = _ON_RECORD.match(text, at) if at == 0 or not text[at - 1].isalnum() else None
        if match is not None:
            tokens = words_in(
                text, match.end(), min(len(text), match.end() + _DOCUMENT_REACH), reading.index
            )
            found = phrase_at(text, tokens, 0) if tokens else None
            if found is not None and found[0].kind == DOCUMENT:
                out.append((found[0], " ".join(match.group().lower().split())))
        at = low.find("const", at + 1)
    return out


#: "consta en", "constaba en", "según consta en": where a document holds a fact on record.
_ON_RECORD = regex.compile(r"const(?:a|an|aba|aban|ó)[ \t]+en[ \t]+(?=\p{L})", regex.IGNORECASE)


def _bare_figures(text: str, low: str, reading: Reading) -> list[tuple[Phrase, str]]:
    """Figures with no article and an adjective after a cue ("según datos oficiales").

    Documents with no article after one too, and those "según lo expuesto en" names.
    """
    matches, within = _gated(text, low)
    out = _said_in(text, within, reading)
    for match in matches:
        start, end = match.span(1)
        words = text[start:end].split()
        noun, adjective = words[0].lower(), words[-1].lower()
        if adjective in words_of("determiner") or adjective in words_of("no_one"):
            continue
        second = words[1].lower() if len(words) > 1 else ""
        if second in words_of("determiner") or (noun == "parte" and second in {"de", "del"}):
            continue  # "según informe la Fiscalía": a verb; "según parte de la prensa": a share
        if any(verb_like(Token(0, 0, w, w.lower(), w[:1].isupper())) for w in words[1:]):
            continue  # a verb of its own: no document's complement
        cue = " ".join(text[match.start() : start].split()).lower()
        plural = noun.endswith("s")
        out.append((Phrase(start, end, DOCUMENT, head=noun, plural=plural), cue))
    return out


@functools.cache
def _record_nouns() -> tuple[str, ...]:
    """The nouns of records, registers and sites (``record_nouns.txt``), longest first."""
    return tuple(sorted(lines("record_nouns.txt"), key=len, reverse=True))


@functools.cache
def _record_firsts() -> frozenset[str]:
    """The first word of each noun of a record: the cheap test before the pattern."""
    return frozenset(noun.split()[0] for noun in _record_nouns())


_CONFORMITY = r"(?:según|de[ \t]+acuerdo[ \t]+(?:con|a)|conforme[ \t]+a)[ \t]+"
#: The words that end a record's description before its comma: "y", "e", "que", "hasta".
_DESCRIPTION_STOPS = r"(?:y|e|que|hasta)\b"
#: An acronym in brackets after a record's description ("(Sivigila)").
_BRACKETED = r"[ \t]+\(\p{Lu}[\p{L}\d]{1,11}\)"


@functools.cache
def _record_cue() -> regex.Pattern[str]:
    """A cue of conformity, a definite or possessive determiner, a record and its description.

    The description is words, and an acronym in brackets, up to a mark or a word that
    ends it ("y hasta el pasado lunes").
    """
    nouns = "|".join(r"[ \t]+".join(map(regex.escape, n.split())) for n in _record_nouns())
    return regex.compile(
        rf"(?i:{_CONFORMITY})"
        rf"((?i:el|la|los|las|su|sus)[ \t]+(?i:{nouns})"
        rf"(?:[ \t]+(?!{_DESCRIPTION_STOPS})\p{{L}}{{1,24}}|{_BRACKETED}){{0,12}}+)"
        rf"(?=[ \t]*[,.;:\n]|[ \t]+{_DESCRIPTION_STOPS}|$)"
    )


@functools.cache
def _title_cue() -> regex.Pattern[str]:
    """A cue of conformity, an article or none, and a title in quotation marks."""
    return regex.compile(
        rf"(?i:{_CONFORMITY})(?:(?i:el|la|los|las)[ \t]+)?[«“\"]"
        r"(\p{Lu}[^«»“”\"\n]{3,120})[»”\"]"
    )


#: The fewest words a title in quotation marks has ("el «Chapo»" is a nickname).
_TITLE_WORDS = 2


def _records_and_titles(text: str, low: str) -> list[tuple[Phrase, str]]:
    """A record or a titled document after a cue of conformity, as written.

    "según su escritura pública", "de acuerdo con el sistema de vigilancia del
    Ministerio", "según la página web de la empresa" (``record_nouns.txt``): a record
    named by its common noun, with a definite article or a possessive, and what
    describes it up to the comma, is a document; a noun of one word with nothing
    after it ("según el sistema") names none in particular. "Conforme a la «Guía de
    Buenas Prácticas Hospitalarias»", "según el «Anuario de Estadísticas»": a title in
    quotation marks, of two words or more, names the document itself. An outlet's
    name in quotation marks is no document's title.
    """
    out: list[tuple[Phrase, str]] = []
    offsets = conformity_offsets(low)
    records, firsts = _record_cue(), _record_firsts()
    for first in sorted(offsets):
        for at in offsets[first]:
            if at and text[at - 1].isalnum():
                continue
            words = low[at : at + _RECORD_PEEK].split(maxsplit=5)
            k = _CUE_WORDS.get(words[0], 0) if words else 0
            if not 0 < k < len(words) - 1:
                continue
            if words[k + 1] in firsts or words[k] in firsts:
                match = records.match(text, at, min(len(text), at + _RECORD_REACH))
                if match is not None and len(match.group(1).split()) > _TITLE_WORDS:
                    # "según el sistema" alone names no record in particular
                    start, end = match.span(1)
                    head = words[k + 1]
                    cue = " ".join(text[at:start].split()).lower()
                    out.append((Phrase(start, end, DOCUMENT, head=head), cue))
            elif words[k][:1] in _OPENING_MARKS or words[k + 1][:1] in _OPENING_MARKS:
                out.extend(_titled(text, at))
    return out


#: What a quotation mark opening a title may be.
_OPENING_MARKS = frozenset('«“"')
#: How many characters after a cue its first words are read, and a record's whole reach.
_RECORD_PEEK = 48
_RECORD_REACH = 220


def _titled(text: str, at: int) -> list[tuple[Phrase, str]]:
    """The document a title in quotation marks names after the cue at ``at``, if any."""
    match = _title_cue().match(text, at, min(len(text), at + _RECORD_REACH))
    if match is None:
        return []
    start, end = match.span(1)
    title = text[start:end].strip()
    if len(title.split()) < _TITLE_WORDS or title.lower() in outlet_table():
        return []
    cue = " ".join(text[at : match.start(1)].rstrip('«“" \t').split()).lower()
    cue = " ".join(word for word in cue.split() if word not in words_of("definite"))
    # the marks included: the title's words stand inside a quotation, its marks do not
    return [(Phrase(start - 1, end + 1, DOCUMENT, head=None), cue)]
