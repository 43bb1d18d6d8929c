"""Phrases: reading noun phrases forward and backward, and classifying them.

Forward (``señaló el ministro del Interior, Rodrigo Fuentes``) and backward
(``Paula Herrera, analista de Bolsa Andina, sostuvo``), each phrase classified as
person, organisation, media, document or anonymous, scanning at most a few dozen
tokens from the given point.
"""

from __future__ import annotations

import functools
from bisect import bisect_left
from collections.abc import Sequence

import attrs

from noticiaparse._model import SourceKind
from noticiaparse._reading.tokens import (
    _LETTERS,
    _LOW,
    _MAX_PHRASE_TOKENS,
    Token,
    TokenIndex,
    words_in,
)
from noticiaparse._reading.vocabulary import (
    _anaphora_by_first,
    _by_first,
    _org_cues,
    _org_plurals,
    _outlet_first_words,
    _outlets,
    _set,
    endings_of,
    reporting_participle,
    reporting_verb,
    words_of,
)
from noticiaparse._text.lexicons import rows

__all__ = [
    "ANONYMOUS",
    "DOCUMENT",
    "MEDIA",
    "ORGANIZATION",
    "PERSON",
    "Phrase",
    "media_type",
    "phrase_after",
    "phrase_before",
]


#: Kinds of phrase: the source kinds, plus :data:`MEDIA_REF` ("el diario"), resolved later.
PERSON = SourceKind.PERSON
ORGANIZATION = SourceKind.ORGANIZATION
MEDIA = SourceKind.MEDIA
DOCUMENT = SourceKind.DOCUMENT
ANONYMOUS = SourceKind.ANONYMOUS
MEDIA_REF = "media-ref"

#: The most tokens a capitalised name runs over.
_MAX_NAME_TOKENS = 8
#: The most lower-case particles that link two parts of a name ("de la").
_MAX_LINKING_PARTICLES = 2
#: A lower-case word this short or shorter is not taken as an adjective of a role.
_MAX_SHORT_WORD = 2
#: A plural role word is longer than this ("jefes", not "los").
_MIN_PLURAL_ROLE = 4
#: A parenthesis closing this near its opening is an aside ("(PS)") before the verb.
_MAX_ASIDE = 60


def _stop(token: Token) -> bool:
    return token.low in _set("stopwords.txt")


def _is_name_word(token: Token) -> bool:
    return (
        token.capital
        and token.low not in _set("stopwords.txt")
        and not reporting_verb(token.text)
        and not token.low.endswith(endings_of("gerund"))
    )


def _verb_like(token: Token) -> bool:
    low = token.low
    return (
        reporting_verb(low)
        or low in words_of("auxiliary")
        or low.endswith(endings_of("verb_like"))
        or low in words_of("copula")
    )


@attrs.frozen
class Phrase:
    """A noun phrase that names (or points at) an entity, in normalised offsets.

    ``kind`` is a source kind or :data:`MEDIA_REF` for "el diario",
    "la empresa"; ``name`` is the span of the proper name inside, if any; ``head``
    the role or head word, lower-cased ("ministro", "informe").
    """

    start: int
    end: int
    kind: str
    name: tuple[int, int] | None = None
    head: str | None = None
    plural: bool = False


def _match_words(tokens: Sequence[Token], i: int, words: tuple[str, ...]) -> bool:
    end = i + len(words)
    return end <= len(tokens) and tuple(map(_LOW, tokens[i:end])) == words


def _gap_ok(text: str, a: Token, b: Token) -> bool:
    """Only spaces between two consecutive tokens (no comma, no line break)."""
    return text[a.end : b.start].strip(" ") == ""


def _name_run(text: str, tokens: Sequence[Token], i: int) -> int:
    """End index (exclusive) of the capitalised name starting at token ``i``, or ``i``."""
    j = i
    end = i
    n = len(tokens)
    particles = words_of("particle")
    while j < n and j - i < _MAX_NAME_TOKENS:
        tok = tokens[j]
        name_word = _is_name_word(tok)
        if j == i:
            if name_word or (tok.capital and tok.low in words_of("definite")):
                j += 1
                end = j
                continue
            break
        # a word that can neither go on the name nor link it ends it, whatever the gap
        if (not name_word and (tok.capital or tok.low not in particles)) or not _gap_ok(
            text, tokens[j - 1], tok
        ):
            break
        if name_word:
            j += 1
            end = j
            continue
        # "Secretaría de Salud", "Facultad de Derecho de la Pontificia…"
        k = j
        while (
            k < n
            and tokens[k].low in particles
            and not tokens[k].capital
            and k - j < _MAX_LINKING_PARTICLES
        ):
            k += 1
        if k < n and _is_name_word(tokens[k]) and _gap_ok(text, tokens[k - 1], tokens[k]):
            j = k
            continue
        break
    if end > i and tokens[i].low in words_of("definite") and end == i + 1:
        return i
    return end


def _classify_name(words: Sequence[str]) -> str:
    key = " ".join(words).lower()
    if key in _outlets():
        return MEDIA
    cue_words, cue_names = _org_cues()
    # every cue name has a space: one contained in the key (or equal to it) marks it,
    # so a key of one word (most of them) holds none
    if not cue_words.isdisjoint(words) or (" " in key and any(name in key for name in cue_names)):
        return ORGANIZATION
    first = words[0]
    if first.lower() in words_of("definite") and len(words) > 1:
        first = words[1]
    if first in _first_names():
        return PERSON
    if "de" in words or "del" in words:
        return ORGANIZATION  # "Estado de Chile", "Plaza de Armas": not a person's name
    if first == words[-1] and len(first) > 1 and first.isupper():
        return ORGANIZATION  # an acronym: "INDH", "la PDI"
    return PERSON


@functools.cache
def _first_names() -> dict[str, str]:
    """Given name -> ``"f"`` or ``"m"``."""
    return {row[0]: (row[1] if len(row) > 1 else "") for row in rows("first_names.txt")}


def _outlet_prefix(tokens: Sequence[Token], i: int, j: int) -> int:
    """Longest ``k`` in ``(i, j]`` such that tokens ``i..k`` name an outlet, else ``i``."""
    if i >= j or tokens[i].text.lower() not in _outlet_first_words():
        return i
    outlets = _outlets()
    for k in range(j, i, -1):
        if " ".join(t.text for t in tokens[i:k]).lower() in outlets:
            return k
    return i


def _complements(text: str, tokens: Sequence[Token], j: int, limit: int) -> int:  # noqa: C901
    """Skip "de/del/de la + noun or name" complements and adjectives after a head word."""
    n = min(len(tokens), limit)
    adjectives = 0
    while j < n:
        tok = tokens[j]
        if not _gap_ok(text, tokens[j - 1], tok):
            break
        if tok.low in words_of("of") and j + 1 < n:
            k = j + 1
            if tokens[k].low in words_of("definite") and k + 1 < n:
                k += 1
            nxt = tokens[k]
            if _verb_like(nxt) or (_stop(nxt) and not nxt.capital):
                break
            if nxt.capital:
                end = _name_run(text, tokens, k)
                if end > k:
                    j = end
                    continue
                break
            j = k + 1
            continue
        if (
            tok.low.endswith(endings_of("participle"))
            and j + 2 < n
            and tokens[j + 1].low == "por"
            and tokens[j + 2].capital
        ):
            # "un informe elaborado por Consultora Datos del Sur"
            end = _name_run(text, tokens, j + 2)
            if end > j + 2:
                j = end
                continue
        if tok.low == "y" and j + 1 < n and tokens[j + 1].low in _set("role_words.txt"):
            j += 2
            continue
        if (
            not tok.capital
            and adjectives <= 1
            and not _stop(tok)
            and not _verb_like(tok)
            and not reporting_participle(tok.low)
            and len(tok.low) > _MAX_SHORT_WORD
        ):
            adjectives += 1
            j += 1
            continue
        break
    return j


def _addressee(text: str, tokens: Sequence[Token], j: int) -> int:
    """A document's addressee ("informe de la PUC al Senado") belongs to its phrase."""
    n = len(tokens)
    if (
        j + 1 < n
        and tokens[j].low == "al"
        and tokens[j + 1].capital
        and _gap_ok(text, tokens[j - 1], tokens[j])
    ):
        end = _name_run(text, tokens, j + 1)
        return end if end > j + 1 else j
    return j


def _phrase_at(text: str, tokens: Sequence[Token], i: int) -> tuple[Phrase, int] | None:  # noqa: C901, PLR0912, PLR0915
    """Read a noun phrase starting at token ``i``; return it and the index after it."""
    n = len(tokens)
    if i >= n:
        return None
    limit = min(n, i + _MAX_PHRASE_TOKENS)
    start_tok = tokens[i]
    # anonymous openers run to the end of the clause
    for words in _by_first("anonymous_cues.txt").get(start_tok.low, ()):
        if _match_words(tokens, i, words):
            j = i + len(words)
            while j < limit and _gap_ok(text, tokens[j - 1], tokens[j]):
                if reporting_verb(tokens[j].text) and tokens[j - 1].low not in words_of("relative"):
                    break
                j += 1
            return Phrase(start_tok.start, tokens[j - 1].end, ANONYMOUS), j
    # media anaphora: "el diario", "la agencia"
    for words in _anaphora_by_first().get(start_tok.low, ()):
        if _match_words(tokens, i, words):
            j = i + len(words)
            if j < n and tokens[j].capital and _gap_ok(text, tokens[j - 1], tokens[j]):
                outlet = _outlet_prefix(tokens, j, min(n, j + 6))
                if outlet > j:
                    span = (tokens[j].start, tokens[outlet - 1].end)
                    return Phrase(start_tok.start, tokens[outlet - 1].end, MEDIA, name=span), outlet
            return Phrase(start_tok.start, tokens[j - 1].end, MEDIA_REF, head=words[-1]), j
    det = 0
    if start_tok.low in words_of("determiner") and not (
        start_tok.capital and i + 1 < n and tokens[i + 1].capital
    ):
        det = 1
    k = i + det
    if k >= n or (det and not _gap_ok(text, tokens[i], tokens[k])):
        return None
    tok = tokens[k]
    low = tok.low
    if tok.capital and not det and low in _set("document_cues.txt"):
        end = _complements(text, tokens, k + 1, limit)
        resume = _addressee(text, tokens, end)
        return Phrase(start_tok.start, tokens[end - 1].end, DOCUMENT, head=low), resume
    # a capitalised plural role opening a sentence: "Analistas no descartan…"
    if tok.capital and not det and low in _org_plurals() and low.endswith("s"):
        end = _complements(text, tokens, k + 1, limit)
        return Phrase(tok.start, tokens[end - 1].end, ORGANIZATION, head=low, plural=True), end
    if (
        tok.capital
        and not det
        and low in _set("role_words.txt")
        and low.endswith("s")
        and len(low) > _MIN_PLURAL_ROLE
        and tok.text not in _org_cues()[0]
    ):
        end = _complements(text, tokens, k + 1, limit)
        return Phrase(tok.start, tokens[end - 1].end, PERSON, head=low, plural=True), end
    # a capitalised name, outlets first (their article is part of the name)
    if tok.capital:
        run = _name_run(text, tokens, i if start_tok.capital else k)
        first = i if start_tok.capital else k
        if run > first:
            outlet = _outlet_prefix(tokens, first, run)
            if outlet > first:
                run = outlet
            name_words = [t.text for t in tokens[first:run]]
            role_words = _set("role_words.txt")
            if len(name_words) > 1 and name_words[0].lower() in role_words:
                # "Presidente Gabriel Boric": a capitalised role before the name
                rest = name_words[1:]
                if _classify_name(rest) == PERSON:
                    return (
                        Phrase(
                            tokens[i].start,
                            tokens[run - 1].end,
                            PERSON,
                            name=(tokens[first + 1].start, tokens[run - 1].end),
                            head=name_words[0].lower(),
                        ),
                        run,
                    )
            if (
                len(name_words) == 1
                and name_words[0].lower() in role_words
                and name_words[0] not in _org_cues()[0]
            ):
                return (
                    Phrase(
                        tokens[i].start, tokens[run - 1].end, PERSON, head=name_words[0].lower()
                    ),
                    run,
                )
            kind = _classify_name(name_words)
            name_start = first
            if name_words[0].lower() in words_of("definite") and kind == PERSON:
                name_start = first + 1
            return (
                Phrase(
                    tokens[i].start,
                    tokens[run - 1].end,
                    kind,
                    name=(tokens[name_start].start, tokens[run - 1].end),
                ),
                run,
            )
        return None
    # a quantifier: "varios", "varios de los partidos", "algunos dirigentes"
    if low in _set("group_words.txt") and not det:
        j = k + 1
        if j + 1 < n and tokens[j].low in words_of("of") and _gap_ok(text, tok, tokens[j]):
            inner = _phrase_at(text, tokens, j + 1)
            if inner is not None and inner[0].kind in (PERSON, ORGANIZATION):
                return Phrase(
                    tok.start, inner[0].end, inner[0].kind, head=inner[0].head, plural=True
                ), inner[1]
        if j < n and tokens[j].low in _set("role_words.txt"):
            end = _complements(text, tokens, j + 1, limit)
            return Phrase(
                tok.start, tokens[end - 1].end, PERSON, head=tokens[j].low, plural=True
            ), end
        if j < n and tokens[j].low in _org_plurals():
            end = _complements(text, tokens, j + 1, limit)
            return Phrase(
                tok.start, tokens[end - 1].end, ORGANIZATION, head=tokens[j].low, plural=True
            ), end
        return Phrase(tok.start, tok.end, PERSON, head=low, plural=True), j
    if not det:
        if low in _set("role_words.txt") and low.endswith("s") and len(low) > _MIN_PLURAL_ROLE:
            end = _complements(text, tokens, k + 1, limit)
            return Phrase(tok.start, tokens[end - 1].end, PERSON, head=low, plural=True), end
        return None
    # a document: "el informe", "un estudio de la Universidad de Chile"
    if low in _set("document_cues.txt"):
        end = _complements(text, tokens, k + 1, limit)
        resume = _addressee(text, tokens, end)
        return Phrase(start_tok.start, tokens[end - 1].end, DOCUMENT, head=low), resume
    if low in _org_plurals():
        end = _complements(text, tokens, k + 1, limit)
        return Phrase(
            start_tok.start, tokens[end - 1].end, ORGANIZATION, head=low, plural=True
        ), end
    # a role: "el ministro del Interior", "el periodista Jorge Lillo"
    if low in _set("role_words.txt"):
        end = _complements(text, tokens, k + 1, limit)
        name = None
        if end < n and tokens[end].capital and _gap_ok(text, tokens[end - 1], tokens[end]):
            run = _name_run(text, tokens, end)
            if run > end and _classify_name([t.text for t in tokens[end:run]]) == PERSON:
                name = (tokens[end].start, tokens[run - 1].end)
                end = run
        elif (
            end + 1 < n
            and text[tokens[end - 1].end : tokens[end].start].strip() == ","
            and tokens[end].capital
        ):
            # "el ministro de Salud, Tomás Riquelme"
            run = _name_run(text, tokens, end)
            after = (
                text[tokens[run - 1].end : tokens[run - 1].end + 2].strip()[:1] if run > end else ""
            )
            if (
                run > end
                and run - end > 1
                and _classify_name([t.text for t in tokens[end:run]]) == PERSON
                and after in (",", ".", "")
            ):
                name = (tokens[end].start, tokens[run - 1].end)
                end = run
        plural = low.endswith("s") and start_tok.low in words_of("plural_determiner")
        if name is None and start_tok.low in words_of("indefinite") and not plural:
            # "un testigo", "un vecino del sector": someone the text does not name
            return Phrase(start_tok.start, tokens[end - 1].end, ANONYMOUS, head=low), end
        return Phrase(
            start_tok.start, tokens[end - 1].end, PERSON, name=name, head=low, plural=plural
        ), end
    return None


def phrase_after(text: str, pos: int, limit: int, index: TokenIndex | None = None) -> Phrase | None:
    """The noun phrase that starts at ``pos`` (after spaces), read no further than ``limit``.

    Examples:
        >>> text = "señaló el ministro de Salud, Tomás Riquelme."
        >>> p = phrase_after(text, 7, len(text))
        >>> text[p.start:p.end], str(p.kind)
        ('el ministro de Salud, Tomás Riquelme', 'person')
    """
    tokens = words_in(text, pos, min(limit, pos + 400), index)
    if not tokens or text[pos : tokens[0].start].strip():
        return None
    found = _phrase_at(text, tokens, 0)
    return None if found is None else found[0]


def phrase_before(  # noqa: C901, PLR0912
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
        ):
            return best  # "el ministro, Rodrigo Fuentes, reconoció"
        for k in range(end_tok - 1, max(0, end_tok - 14), -1):
            if text[tokens[k - 1].end : tokens[k].start].strip() == "," if k > 0 else False:
                aside = " ".join(t.low for t in tokens[k:end_tok])
                if aside in words_of("incise"):
                    # "La CGT, en tanto, anunció": the subject is before the aside
                    found = _best_ending(text, tokens, k)
                    if found is not None and _subject_position(text, found, floor):
                        return found
                    break
                if _appositive(tokens, k, end_tok):
                    found = _best_ending(text, tokens, k)
                    if found is not None and _subject_position(text, found, floor):
                        return found
                break
        return None
    if tail.strip():
        return None
    found = _best_ending(text, tokens, end_tok)
    if found is not None and not _subject_position(text, found, floor):
        return None
    return found


def _appositive(tokens: Sequence[Token], k: int, end: int) -> bool:
    """Whether ``tokens[k:end]`` reads as a role between commas ("presidente de GPS")."""
    openers = _appositive_openers()
    while k < end - 1 and tokens[k].low in openers:
        k += 1
    return tokens[k].low in _set("role_words.txt") or tokens[k].low in words_of("relative")


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
    """The lower-case words :func:`_phrase_at` can open a phrase on.

    Anonymous and media cues, determiners, quantifiers and plural roles; any other
    word opens one only when capitalised.
    """
    plural_roles = {
        w for w in _set("role_words.txt") if w.endswith("s") and len(w) > _MIN_PLURAL_ROLE
    }
    return (
        frozenset(_by_first("anonymous_cues.txt"))
        | frozenset(_anaphora_by_first())
        | words_of("determiner")
        | _set("group_words.txt")
        | plural_roles
    )


def _best_ending(text: str, tokens: Sequence[Token], end_tok: int) -> Phrase | None:
    """The longest phrase that ends exactly at token ``end_tok`` (exclusive)."""
    best = None
    openers = _lower_openers()
    for i in range(max(0, end_tok - _MAX_PHRASE_TOKENS), end_tok):
        tok = tokens[i]
        if not tok.capital:
            if tok.low not in openers:
                continue  # no phrase opens on this word
        elif i > 0 and text[tokens[i - 1].end : tok.start].strip() == "":
            prev = tokens[i - 1]
            if _is_name_word(prev) or (
                prev.low in words_of("particle") and not prev.capital and i > 1
            ):
                continue  # not the start of the name
        found = _phrase_at(text, tokens, i)
        if found is not None and found[1] == end_tok:
            best = found[0]
            break
    return best


def _subject_position(text: str, phrase: Phrase, sentence: int) -> bool:
    """A subject is not the object of a preposition, nor a relative "quien" mid-sentence."""
    before = text[max(sentence, phrase.start - 40) : phrase.start]
    words = _LETTERS.findall(before)
    if words and words[-1].lower() in words_of("preposition"):
        return False
    head = text[phrase.start : phrase.start + 6].lower()
    return not (phrase.kind == ANONYMOUS and head.startswith("quien") and before.strip())


def media_type(name: str) -> str | None:
    """The type of a known outlet ("newspaper", "radio", "tv", "agency"…), else ``None``.

    Examples:
        >>> media_type("La Tercera"), media_type("EFE"), media_type("Ministerio")
        ('newspaper', 'agency', None)
    """
    hit = _outlets().get(name.lower())
    return None if hit is None else hit[1]
