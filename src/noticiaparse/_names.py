"""Names: people, organisations, outlets, documents and groups, and who is who.

The one module for names, shared by quotes and sources. It reads noun phrases
forward (``señaló el ministro del Interior, Rodrigo Fuentes``) and backward
(``Paula Herrera, analista de Bolsa Andina, sostuvo``), classifies them (person,
organisation, media, document, anonymous), finds the reporting verbs of the text
with their subjects, and resolves later short forms to the most complete mention
(``Micco`` -> ``Sergio Micco``, ``el vocero`` -> ``Marcelo Díaz``, ``el diario``
-> the last newspaper named).

Everything works on :attr:`Spine.text` offsets and is linear in the text: tokens
come from one bounded regular expression, phrases are read by scanning at most a
few dozen tokens from a given point.
"""

from __future__ import annotations

import functools
import operator
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import compress, count
from typing import NamedTuple

import attrs
import regex

from noticiaparse._lexicons import lines, rows

__all__ = [
    "Attribution",
    "Attributions",
    "Cast",
    "Phrase",
    "Reading",
    "RegionAttributions",
    "Token",
    "TokenIndex",
    "attribution_cues",
    "build_cast",
    "find_attributions",
    "index_tokens",
    "phrase_after",
    "phrase_before",
    "read_article",
    "read_attributions",
    "region_tokens",
    "regions_read",
    "reporting_forms",
    "reporting_verb",
    "tokenize",
    "words_in",
    "words_of",
]

#: Kinds of phrase; the source kinds plus ``media-ref`` ("el diario"), resolved later.
PERSON = "person"
ORGANIZATION = "organization"
MEDIA = "media"
DOCUMENT = "document"
ANONYMOUS = "anonymous"

_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.\-+/&]{0,60}")
#: ``_WORD`` as a separator: ``split`` gives gap, word, gap, word… gap.
_WORD_SPLIT = regex.compile("(" + _WORD.pattern + ")")
#: The length of a word the limit of ``_WORD`` has not cut.
_MAX_WORD = 60
_MAX_PHRASE_TOKENS = 14


class Token(NamedTuple):
    """One word of the text, with its normalised offsets (a tuple: millions are made)."""

    start: int
    end: int
    text: str
    #: The word lower-cased, without a trailing full stop.
    low: str
    #: Whether the word starts with a capital letter.
    capital: bool


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """The words of ``text[start:end]``.

    Examples:
        >>> [t.text for t in tokenize("Dijo el ministro, ayer.", 0, 23)]
        ['Dijo', 'el', 'ministro', 'ayer']
    """
    return _scan(text, start, end)[0]


def words_in(text: str, start: int, end: int, index: TokenIndex | None = None) -> list[Token]:
    """The words of ``text[start:end]`` (a new list), sliced from ``index`` when it can be.

    Examples:
        >>> text = "Dijo el ministro, ayer."
        >>> [t.text for t in words_in(text, 5, 16, index_tokens(text, [(0, len(text))]))]
        ['el', 'ministro']
    """
    if index is not None and index.text is text:
        return index.window(start, end)
    return tokenize(text, start, end)


def _scan(text: str, start: int, end: int) -> tuple[list[Token], list[int]]:
    """The words of ``text[start:end]`` and where each word's match ends.

    A match can run past its word (the final full stop of "ayer."): a window that
    cuts no match reads the same words as the whole text does.

    This is the hottest loop of quotes and sources. The text is split on its words
    in one call (words and the gaps between them alternate, so offsets are running
    sums, with no match objects to build), locals are bound once and tokens are
    built with ``tuple.__new__`` (a named tuple's own constructor costs a call).
    """
    out: list[Token] = []
    reach: list[int] = []
    append = out.append
    append_reach = reach.append
    abbreviation = _ABBREVIATION.search
    new = tuple.__new__
    start, end, _ = slice(start, end).indices(len(text))
    parts = _WORD_SPLIT.split(text[start:end])
    at = start + len(parts[0])
    pairs = iter(parts)
    next(pairs)
    for word, gap in zip(pairs, pairs, strict=True):
        stop = at + len(word)
        if word[-1] in ".-":
            kept = word.rstrip("-")
            # a final full stop belongs to the word only in abbreviations ("S.A.", "P.H.")
            if kept.endswith(".") and abbreviation(kept) is None:
                kept = kept.rstrip(".")
            low = kept.rstrip(".").lower()
            append(new(Token, (at, at + len(kept), kept, low, kept[:1].isupper())))
        else:
            append(new(Token, (at, stop, word, word.lower(), word[0].isupper())))
        append_reach(stop)
        at = stop + len(gap)
    return out, reach


_ABBREVIATION = regex.compile(r"\.\w+\.$|^\w\.$")
_LETTERS = regex.compile(r"[\p{L}]+")
_LOW = operator.attrgetter("low")
_CAPITAL = operator.attrgetter("capital")
_START = operator.attrgetter("start")


@functools.cache
def words_of(kind: str) -> frozenset[str]:
    """The closed-class words of one class in ``function_words.tsv``.

    Examples:
        >>> "ha" in words_of("auxiliary")
        True
    """
    return frozenset(
        row[0] for row in rows("function_words.tsv") if len(row) > 1 and row[1] == kind
    )


@functools.cache
def _set(name: str) -> frozenset[str]:
    return frozenset(entry.lower() for entry in lines(name))


@functools.cache
def _verbs() -> dict[str, tuple[str, bool]]:
    """Reporting verb form -> (lemma, only right after a closing quote mark)."""
    out: dict[str, tuple[str, bool]] = {}
    for row in rows("reporting_verbs.tsv"):
        out[row[0].lower()] = (row[1] if len(row) > 1 else row[0], len(row) > 2)
    return out


_IRREGULAR_PARTICIPLES = {
    "dicho": "decir",
    "escrito": "escribir",
    "expuesto": "exponer",
    "descrito": "describir",
    "propuesto": "proponer",
    "previsto": "prever",
}


@functools.cache
def _participles() -> frozenset[str]:
    stems = {p[:-1] for p in _IRREGULAR_PARTICIPLES}
    for lemma, _ in _verbs().values():
        if lemma.endswith("ar"):
            stems.add(lemma[:-2] + "ad")
        elif lemma.endswith(("er", "ir")):
            stems.add(lemma[:-2] + "id")
    return frozenset(stem + ending for stem in stems for ending in ("o", "a", "os", "as"))


@functools.cache
def reporting_forms() -> frozenset[str]:
    """Every lower-cased word :func:`reporting_verb` or :func:`reporting_participle` accepts.

    Examples:
        >>> "dijo" in reporting_forms(), "anunciado" in reporting_forms()
        (True, True)
    """
    return frozenset(_verbs()) | _participles()


def reporting_participle(word: str) -> bool:
    """Whether ``word`` is a participle of a reporting verb, any gender and number.

    Examples:
        >>> reporting_participle("anunciado"), reporting_participle("expuestos")
        (True, True)
    """
    return word.lower() in _participles()


def reporting_verb(word: str, after_quote: bool = False) -> bool:
    """Whether ``word`` is a reporting verb form (``dijo``, ``sostiene``, ``señalando``).

    Examples:
        >>> reporting_verb("sostuvo"), reporting_verb("cuenta"), reporting_verb("cuenta", True)
        (True, False, True)
    """
    hit = _verbs().get(word.lower())
    return hit is not None and (after_quote or not hit[1])


@functools.cache
def attribution_cues() -> tuple[tuple[tuple[str, ...], str], ...]:
    """Attribution phrases as word tuples with their cue, longest first."""
    cues = [
        (tuple(row[0].lower().split()), row[1] if len(row) > 1 else row[0])
        for row in rows("attribution_cues.tsv")
    ]
    return tuple(sorted(cues, key=lambda cue: -len(cue[0])))


@functools.cache
def _outlets() -> dict[str, tuple[str, str]]:
    return {row[0].lower(): (row[1], row[2]) for row in rows("outlets.tsv") if len(row) >= 3}


@functools.cache
def _outlet_first_words() -> frozenset[str]:
    """The first word of every outlet name (lower-cased): no other word can open one."""
    return frozenset(name.split(" ")[0] for name in _outlets())


@functools.cache
def _media_anaphora() -> dict[tuple[str, ...], tuple[str, ...]]:
    return {
        tuple(row[0].lower().split()): tuple(row[1].split(","))
        for row in rows("media_anaphora.tsv")
        if len(row) >= 2
    }


@functools.cache
def _org_cues() -> tuple[frozenset[str], frozenset[str]]:
    """Organisation cue words (case-sensitive) and multi-word organisation names (lower)."""
    words, names = set(), set()
    for entry in lines("org_cues.txt"):
        if " " in entry:
            names.add(entry.lower())
        else:
            words.add(entry)
    return frozenset(words), frozenset(names)


@functools.cache
def _org_plurals() -> frozenset[str]:
    return _set("org_plurals.txt")


@functools.cache
def _by_first(name: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The multi-word entries of lexicon ``name`` by their first word, longest first."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for words in _multiword(name):
        out.setdefault(words[0], []).append(words)
    return {first: tuple(entries) for first, entries in out.items()}


@functools.cache
def _cues_by_first() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for words, cue in attribution_cues():
        out.setdefault(words[0], []).append((words, cue))
    return {first: tuple(entries) for first, entries in out.items()}


@functools.cache
def _anaphora_by_first() -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for words in sorted(_media_anaphora(), key=lambda w: -len(w)):
        out.setdefault(words[0], []).append(words)
    return {first: tuple(entries) for first, entries in out.items()}


@functools.cache
def _multiword(name: str) -> tuple[tuple[str, ...], ...]:
    return tuple(sorted((tuple(e.lower().split()) for e in lines(name)), key=lambda w: -len(w)))


def _stop(token: Token) -> bool:
    return token.low in _set("stopwords.txt")


def _is_name_word(token: Token) -> bool:
    return (
        token.capital
        and token.low not in _set("stopwords.txt")
        and not reporting_verb(token.text)
        and not token.low.endswith(("ando", "iendo"))
    )


def _verb_like(token: Token) -> bool:
    low = token.low
    return (
        reporting_verb(low)
        or low in words_of("auxiliary")
        or low.endswith(("ó", "aron", "ieron", "aba", "aban", "ían", "ando", "iendo"))
        or low in ("es", "son", "fue", "fueron", "era", "eran", "está", "están", "será")
    )


@attrs.frozen
class Phrase:
    """A noun phrase that names (or points at) an entity, in normalised offsets.

    ``kind`` is a source kind or ``"media-ref"``/``"org-ref"`` for "el diario",
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
    while j < n and j - i < 8:
        tok = tokens[j]
        name_word = _is_name_word(tok)
        if j == i:
            if name_word or (tok.capital and tok.low in ("la", "el", "los", "las")):
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
        while k < n and tokens[k].low in particles and not tokens[k].capital and k - j < 2:
            k += 1
        if k < n and _is_name_word(tokens[k]) and _gap_ok(text, tokens[k - 1], tokens[k]):
            j = k
            continue
        break
    if end > i and tokens[i].low in ("la", "el", "los", "las") and end == i + 1:
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
    if first.lower() in ("la", "el", "los", "las") and len(words) > 1:
        first = words[1]
    if first in _first_names():
        return PERSON
    if "de" in words or "del" in words:
        return ORGANIZATION  # "Estado de Chile", "Plaza de Armas": not a person's name
    if first == words[-1] and len(first) >= 2 and first.isupper():
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
        if tok.low in ("de", "del") and j + 1 < n:
            k = j + 1
            if tokens[k].low in ("la", "las", "los") and k + 1 < n:
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
            tok.low.endswith(("ado", "ada", "ido", "ida"))
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
            and adjectives < 2
            and not _stop(tok)
            and not _verb_like(tok)
            and not reporting_participle(tok.low)
            and len(tok.low) > 2
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
                if reporting_verb(tokens[j].text) and tokens[j - 1].low not in ("que", "quienes"):
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
            return Phrase(start_tok.start, tokens[j - 1].end, "media-ref", head=words[-1]), j
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
        and len(low) > 4
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
            if len(name_words) >= 2 and name_words[0].lower() in role_words:
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
            if name_words[0].lower() in ("la", "el", "los", "las") and kind == PERSON:
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
        if j + 1 < n and tokens[j].low in ("de", "del") and _gap_ok(text, tok, tokens[j]):
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
        if low in _set("role_words.txt") and low.endswith("s") and len(low) > 4:
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
                and run - end >= 2
                and _classify_name([t.text for t in tokens[end:run]]) == PERSON
                and after in (",", ".", "")
            ):
                name = (tokens[end].start, tokens[run - 1].end)
                end = run
        plural = low.endswith("s") and start_tok.low in ("los", "las", "unos", "unas", "sus")
        if name is None and start_tok.low in ("un", "una") and not plural:
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
        >>> text[p.start:p.end], p.kind
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
        if opening >= 0 and lo + len(stripped) - opening < 60:
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
    return tokens[k].low in _set("role_words.txt") or tokens[k].low in ("quien", "quienes", "que")


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
    return words_of("determiner") | {"ex", "actual", "nuevo", "nueva"}


@functools.cache
def _lower_openers() -> frozenset[str]:
    """The lower-case words :func:`_phrase_at` can open a phrase on.

    Anonymous and media cues, determiners, quantifiers and plural roles; any other
    word opens one only when capitalised.
    """
    plural_roles = {w for w in _set("role_words.txt") if w.endswith("s") and len(w) > 4}
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
                prev.low in words_of("particle") and not prev.capital and i >= 2
            ):
                continue  # not the start of the name
        found = _phrase_at(text, tokens, i)
        if found is not None and found[1] == end_tok:
            best = found[0]
            break
    return best


@attrs.frozen
class Attribution:
    """A reporting verb or attribution phrase and the phrase it credits."""

    cue: str
    cue_start: int
    cue_end: int
    phrase: Phrase | None


def _sentence_start(text: str, pos: int, floor: int) -> int:
    lo = max(floor, pos - 400)
    for i in range(pos - 1, lo - 1, -1):
        ch = text[i]
        if ch == "\n" or (ch in ".!?" and i + 1 < len(text) and text[i + 1] == " "):
            return i + 1
    return lo


def _inside(spans: Sequence[tuple[int, int]], starts: Sequence[int], pos: int) -> bool:
    i = bisect_right(starts, pos) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def find_attributions(
    text: str,
    regions: Sequence[tuple[int, int]],
    quoted: Sequence[tuple[int, int]] = (),
    tokens_by_region: Sequence[Sequence[Token]] | None = None,
    index: TokenIndex | None = None,
) -> tuple[Attribution, ...]:
    """Every reporting verb and attribution phrase in ``regions`` with what it credits.

    ``quoted`` are the spans of quotation contents: words there are the speaker's,
    not the writer's, and are skipped. The regions' tokens can be given when the
    caller already has them (:func:`region_tokens`), as ``tokens_by_region``; ``index``
    (:func:`index_tokens`) serves the windows read around each verb.

    Examples:
        >>> text = "Según La Tercera, el vocero Marcelo Díaz dijo que no."
        >>> [(a.cue, text[a.phrase.start:a.phrase.end]) for a in find_attributions(text, [(0, 52)])]
        [('según', 'La Tercera'), ('dijo', 'el vocero Marcelo Díaz')]
    """
    return read_attributions(text, regions, quoted, tokens_by_region, index).found


@attrs.frozen
class RegionAttributions:
    """What :func:`read_attributions` found in one region, and what it asked of the quotes.

    The quoted spans matter only through two questions: whether a cue word sits inside
    a quotation (``inside``: position, answer) and where the quotation before a verb
    ends (``floors``: verb position, floor). Other spans that give the same answers
    give the same attributions (:meth:`holds_for`).
    """

    region: tuple[int, int]
    found: tuple[Attribution, ...]
    inside: tuple[tuple[int, bool], ...] = attrs.field(repr=False)
    floors: tuple[tuple[int, int], ...] = attrs.field(repr=False)
    #: :func:`phrase_before` as read for each verb: ((position, floor), phrase).
    subjects: tuple[tuple[tuple[int, int], Phrase | None], ...] = attrs.field(
        default=(), repr=False
    )

    def holds_for(self, spans: Sequence[tuple[int, int]], starts: Sequence[int]) -> bool:
        """Whether the sorted quoted ``spans`` (``starts`` their starts) give the same answers."""
        lo = self.region[0]
        return all(_inside(spans, starts, at) == hit for at, hit in self.inside) and all(
            _floor(spans, starts, at, lo) == floor for at, floor in self.floors
        )


@attrs.frozen
class Attributions:
    """What :func:`read_attributions` found in each region of an article.

    Another reader of the same text can reuse a region's findings when its quoted
    spans give the same answers there (``known`` in :func:`read_attributions`).
    """

    text: str = attrs.field(repr=False)
    regions: tuple[RegionAttributions, ...]

    @property
    def found(self) -> tuple[Attribution, ...]:
        """Every attribution, region by region."""
        return tuple(a for region in self.regions for a in region.found)

    def subjects(self) -> dict[tuple[int, int], Phrase | None]:
        """What :func:`phrase_before` gave for ``(position, floor)`` as the verbs were read."""
        return {key: phrase for region in self.regions for key, phrase in region.subjects}

    def holds_for(
        self, regions: Sequence[tuple[int, int]], quoted: Sequence[tuple[int, int]]
    ) -> bool:
        """Whether :func:`read_attributions` over ``regions`` and ``quoted`` finds ``found``.

        Examples:
            >>> text = "Dijo «no». Según La Tercera, ganó."
            >>> read = read_attributions(text, [(0, 34)], [(6, 8)])
            >>> read.holds_for([(0, 34)], [(6, 9)]), read.holds_for([(0, 34)], [(11, 16)])
            (True, False)
        """
        if tuple(regions) != tuple(r.region for r in self.regions):
            return False
        spans = sorted(quoted)
        starts = [s for s, _ in spans]
        return all(r.holds_for(spans, starts) for r in self.regions)


def _floor(spans: Sequence[tuple[int, int]], starts: Sequence[int], at: int, lo: int) -> int:
    """Where a verb's subject may start: after the quotation that ends before ``at``."""
    k = bisect_right(starts, at) - 1
    if k >= 0 and spans[k][1] <= at:
        return max(lo, spans[k][1] + 1)
    return lo


def read_attributions(  # noqa: PLR0913
    text: str,
    regions: Sequence[tuple[int, int]],
    quoted: Sequence[tuple[int, int]] = (),
    tokens_by_region: Sequence[Sequence[Token]] | None = None,
    index: TokenIndex | None = None,
    *,
    known: Attributions | None = None,
) -> Attributions:
    """:func:`find_attributions`, kept region by region with what it asked of ``quoted``.

    A region ``known`` already read (by another reader of the same text) is reused when
    ``quoted`` gives the same answers there.

    Examples:
        >>> text = "Dijo «no». Según La Tercera, ganó."
        >>> first = read_attributions(text, [(0, 9), (11, 34)], [(6, 8)])
        >>> again = read_attributions(text, [(11, 34)], [], known=first)
        >>> again.regions[0] is first.regions[1]
        True
    """
    spans = sorted(quoted)
    starts = [s for s, _ in spans]
    reusable: dict[tuple[int, int], RegionAttributions] = {}
    if known is not None and known.text is text:
        reusable = {r.region: r for r in known.regions}
    if tokens_by_region is None:
        tokens_by_region = region_tokens(text, regions, index)
    out = []
    for (lo, hi), tokens in zip(regions, tokens_by_region, strict=True):
        done = reusable.get((lo, hi))
        if done is None or not done.holds_for(spans, starts):
            done = _region_attributions(text, lo, hi, tokens, spans, starts, index)
        out.append(done)
    return Attributions(text, tuple(out))


def _region_attributions(  # noqa: C901, PLR0912, PLR0913, PLR0917
    text: str,
    lo: int,
    hi: int,
    tokens: Sequence[Token],
    spans: Sequence[tuple[int, int]],
    starts: Sequence[int],
    index: TokenIndex | None,
) -> RegionAttributions:
    cues = _cues_by_first()
    candidates = _candidate_words()
    out: list[Attribution] = []
    inside: list[tuple[int, bool]] = []
    floors: list[tuple[int, int]] = []
    subjects: dict[tuple[int, int], Phrase | None] = {}
    resume = lo
    openers = _opening_words()
    multi_cue = _multi_cue().match
    # only the words that can open a cue are looked at (one set lookup a word)
    for i in list(compress(count(), map(openers.__contains__, map(_LOW, tokens)))):
        tok = tokens[i]
        at = tok.start
        if at < resume:
            continue
        if tok.low not in candidates and multi_cue(text, at, hi) is None:
            continue
        hit = _inside(spans, starts, at)
        inside.append((at, hit))
        if hit:
            continue
        matched = False
        for words, cue in cues.get(tok.low, ()):
            if _match_words(tokens, i, words):
                j = i + len(words)
                # "según señala La Tercera": skip a reporting verb after the cue
                if j < len(tokens) and reporting_verb(tokens[j].text) and len(words) == 1:
                    j += 1
                # "de acuerdo a datos de la Secretaría", "según lo informado por X"
                j = _skip_vague(tokens, j)
                found = _phrase_at(text, tokens, j) if j < len(tokens) else None
                if found is not None and _credible(found[0]):
                    out.append(
                        Attribution(cue, tok.start, tokens[i + len(words) - 1].end, found[0])
                    )
                    resume = tokens[found[1] - 1].end
                    matched = True
                break
        if matched:
            continue
        if reporting_participle(tok.text) and i + 1 < len(tokens) and tokens[i + 1].low == "por":
            out.extend(
                Attribution(tok.text, tok.start, tok.end, phrase)
                for phrase in _split_pair(text, _phrase_at(text, tokens, i + 2))
            )
            continue
        if reporting_verb(tok.text) or (
            i > 0 and tokens[i - 1].low in words_of("auxiliary") and reporting_participle(tok.text)
        ):
            if _participle_alone(tokens, i):
                # "lo informado por las autoridades", "anunciado por el Gobierno"
                if i + 1 < len(tokens) and tokens[i + 1].low == "por":
                    found = _phrase_at(text, tokens, i + 2)
                    if found is not None and _credible(found[0]):
                        out.append(Attribution(tok.text, tok.start, tok.end, found[0]))
            else:
                floor = _floor(spans, starts, tok.start, lo)
                floors.append((tok.start, floor))
                out.append(_verb_attribution(text, tokens, i, floor, index, subjects))
                media = _media_object(text, tokens, i)
                if media is not None:
                    out.append(Attribution(tok.text, tok.start, tok.end, media))
    return RegionAttributions(
        (lo, hi), tuple(out), tuple(inside), tuple(floors), tuple(subjects.items())
    )


@functools.cache
def _opening_words() -> frozenset[str]:
    """Words that can open an attribution: candidates and first words of multi-word cues."""
    return _candidate_words() | _multi_words()


@functools.cache
def _multi_words() -> frozenset[str]:
    """First words of multi-word cues that are not candidates on their own."""
    return frozenset(_cues_by_first()) - _candidate_words()


@functools.cache
def _candidate_words() -> frozenset[str]:
    """Single words that can start an attribution: one-word cues, verbs, participles."""
    single = {words[0] for words, _ in attribution_cues() if len(words) == 1}
    return frozenset(single) | frozenset(_verbs()) | _participles()


@functools.cache
def _multi_cue() -> regex.Pattern[str]:
    """The multi-word attribution cues ("de acuerdo con", "en palabras de"), any case."""
    phrases = sorted(
        (" ".join(w) for w, _ in attribution_cues() if len(w) > 1), key=len, reverse=True
    )
    body = "|".join(regex.escape(p).replace("\\ ", " ").replace(" ", " {1,3}") for p in phrases)
    return regex.compile(rf"(?:{body})(?![\p{{L}}\p{{N}}])", regex.IGNORECASE)


_VAGUE = frozenset(["datos", "cifras", "información", "antecedentes", "lo"])


def _skip_vague(tokens: Sequence[Token], j: int) -> int:
    n = len(tokens)
    if j < n and tokens[j].low in _VAGUE:
        k = j + 1
        if k < n and tokens[j].low == "lo" and reporting_participle(tokens[k].text):
            k += 1
        if k < n and tokens[k].low in ("de", "del", "por"):
            return k + 1 if tokens[k].low != "del" else k
    return j


def _split_pair(text: str, found: tuple[Phrase, int] | None) -> list[Phrase]:
    """``Sharp y Jadue``: two people named together are two sources."""
    if found is None or not _credible(found[0]):
        return []
    phrase = found[0]
    if phrase.kind != PERSON or phrase.name is None or phrase.head is not None:
        return [phrase]
    inner = text[phrase.name[0] : phrase.name[1]]
    at = inner.find(" y ")
    if at < 0:
        return [phrase]
    a0, a1 = phrase.name[0], phrase.name[0] + at
    b0, b1 = a1 + 3, phrase.name[1]
    return [Phrase(a0, a1, PERSON, name=(a0, a1)), Phrase(b0, b1, PERSON, name=(b0, b1))]


def _media_object(text: str, tokens: Sequence[Token], i: int) -> Phrase | None:
    """``confirmaron a Emol``, ``dijo a La Tercera``: the outlet the words were given to."""
    j = i + 1
    if j < len(tokens) and tokens[j].low in ("le", "les"):
        j += 1
    if j + 1 < len(tokens) and tokens[j].low in ("a", "al"):
        k = j + 1
        if tokens[k].low in ("la", "el") and not tokens[k].capital and k + 1 < len(tokens):
            k += 1  # "dijo a la Cadena SER"
        if tokens[k].capital:
            found = _phrase_at(text, tokens, k)
            if found is not None and found[0].kind == MEDIA:
                return found[0]
    return None


def _participle_alone(tokens: Sequence[Token], i: int) -> bool:
    low = tokens[i].low
    if not low.endswith(("ado", "ido", "cho", "to")):
        return False
    return i == 0 or tokens[i - 1].low not in words_of("auxiliary")


def _credible(phrase: Phrase) -> bool:
    return phrase.kind != PERSON or phrase.name is not None or phrase.head is not None


def _verb_attribution(  # noqa: PLR0913, PLR0917
    text: str,
    tokens: Sequence[Token],
    i: int,
    floor: int,
    index: TokenIndex | None,
    subjects: dict[tuple[int, int], Phrase | None],
) -> Attribution:
    tok = tokens[i]
    j = i
    while j > 0 and tokens[j - 1].low in words_of("auxiliary"):
        j -= 1
    verb_start = tokens[j].start
    sentence = _sentence_start(text, verb_start, floor)
    subject = phrase_before(text, verb_start, sentence, index)
    subjects[verb_start, sentence] = subject
    if subject is not None and (
        not _credible(subject) or not _subject_position(text, subject, sentence)
    ):
        subject = None
    if subject is None and i + 1 < len(tokens):
        # "…, señaló el ministro" / "informó la Fiscalía": a subject after the verb
        before = text[sentence:verb_start].rstrip()
        echo = before.lower().endswith(" lo") or before.lower() == "lo" or before.endswith("Así lo")
        if not before or echo or before.endswith((",", "»", "”", '"', "—", ":")):
            found = _phrase_at(text, tokens, i + 1)
            if (
                found is not None
                and _credible(found[0])
                and (found[0].kind != DOCUMENT or echo)
                and not text[found[0].start : found[0].start + 5].lower().startswith("quien")
                and text[found[0].end : found[0].end + 2].strip()[:1] not in _OPEN_MARKS
            ):
                subject = found[0]
    coordinated = j > 0 and tokens[j - 1].low in ("y", "e") and tokens[j - 1].start >= sentence
    if subject is None and (tok.low.endswith(("ando", "iendo", "yendo")) or coordinated):
        # "X defendió el plan y aseguró que…": the clause's subject
        # "varios partidos desestimaron el impacto, indicando que…": the clause's subject
        subject = _sentence_subject(text, sentence, verb_start, index)
    return Attribution(tok.text, tok.start, tok.end, subject)


_OPEN_MARKS = "«“\"'‘„"


def _subject_position(text: str, phrase: Phrase, sentence: int) -> bool:
    """A subject is not the object of a preposition, nor a relative "quien" mid-sentence."""
    before = text[max(sentence, phrase.start - 40) : phrase.start]
    words = _LETTERS.findall(before)
    if words and words[-1].lower() in words_of("preposition"):
        return False
    head = text[phrase.start : phrase.start + 6].lower()
    return not (phrase.kind == ANONYMOUS and head.startswith("quien") and before.strip())


def _sentence_subject(
    text: str, sentence: int, stop: int, index: TokenIndex | None
) -> Phrase | None:
    """The phrase that opens the sentence, after an opening adverbial ("Además, …")."""
    tokens = words_in(text, sentence, min(len(text), stop + 200), index)
    idx = 0
    first = idx
    for k in range(idx, min(len(tokens), idx + 5)):
        if tokens[k].start >= stop:
            break
        if text[tokens[k].end : tokens[k].end + 1] == ",":
            if all(
                _stop(t) or not t.capital or t.low in ("embargo", "parte")
                for t in tokens[idx : k + 1]
            ):
                first = k + 1
            break
    # a dateline opens the sentence: "BUENOS AIRES (AFP) — El presidente…"
    while first < len(tokens) and tokens[first].start < stop and tokens[first].text.isupper():
        first += 1
    if first >= len(tokens) or tokens[first].start >= stop:
        return None
    found = _phrase_at(text, tokens, first)
    if found is None or not _credible(found[0]) or found[0].end > stop:
        return None
    return found[0]


@attrs.frozen
class Entity:
    """One entity of the article: its kind, canonical span and key."""

    key: str
    kind: str
    start: int
    end: int


@attrs.frozen
class Cast:
    """Everyone the article names, for resolving short forms to full names.

    ``people`` maps a full person name to its first span; ``surnames`` a surname,
    given name or last-two-words form to the full name it belongs to (only when
    unambiguous); ``roles`` lists ``(position, role word, full name)`` links seen
    as "el vocero Marcelo Díaz" or "Rodrigo Fuentes, ministro del Interior";
    ``outlets`` lists ``(position, type, outlet name, span)``.
    """

    text: str = attrs.field(repr=False)
    people: dict[str, tuple[int, int]]
    surnames: dict[str, str]
    roles: tuple[tuple[int, str, str], ...]
    outlets: tuple[tuple[int, str, str, tuple[int, int]], ...]
    orgs: tuple[tuple[int, str, tuple[int, int]], ...]
    named: tuple[tuple[int, str], ...] = ()
    counts: dict[str, int] = attrs.field(factory=dict)
    role_index: dict[str, tuple[tuple[int, str], ...]] = attrs.field(factory=dict)
    named_at: tuple[int, ...] = ()

    def resolve(self, phrase: Phrase) -> Entity:  # noqa: C901, PLR0912
        """The entity a phrase refers to, with the span of its most complete mention."""
        text = self.text
        whole = text[phrase.start : phrase.end]
        if phrase.kind == "media-ref":
            types = _media_anaphora().get(tuple(whole.lower().split()), ("any",))
            for typ in types:
                for pos, kind, name, span in reversed(self.outlets):
                    if pos < phrase.start and typ in ("any", kind):
                        return Entity(name.lower(), MEDIA, *span)
            return Entity(whole.lower(), MEDIA, phrase.start, phrase.end)
        if phrase.name is not None:
            name = " ".join(text[phrase.name[0] : phrase.name[1]].split())
            if phrase.kind == MEDIA:
                return Entity(name.lower(), MEDIA, *phrase.name)
            if phrase.kind == PERSON:
                full = self.full_name(name)
                span = self.people.get(full, phrase.name)
                return Entity(full.lower(), PERSON, *span)
            return Entity(name.lower(), phrase.kind, phrase.start, phrase.end)
        if whole[:1].isupper() and " " not in whole and self.full_name(whole) in self.people:
            full = self.full_name(whole)
            return Entity(full.lower(), PERSON, *self.people[full])
        if phrase.kind == PERSON and phrase.head is not None and not phrase.plural:
            linked = self.role_link(phrase.head, phrase.start)
            if linked is not None:
                linked = self.full_name(linked)
                if linked not in self.people:
                    linked = None
            if linked is None:
                first = whole.split()[0].lower() if whole.split() else ""
                gender = (
                    "f"
                    if first in ("la", "una", "esta")
                    else "m"
                    if first in ("el", "un", "este")
                    else None
                )
                linked = self.last_person(phrase.start, gender=gender)
            if linked is not None:
                return Entity(linked.lower(), PERSON, *self.people[linked])
        key = " ".join(whole.lower().split())
        return Entity(key, phrase.kind, phrase.start, phrase.end)

    def last_person(self, pos: int, reach: int = 1500, gender: str | None = None) -> str | None:
        """The person the text is about at ``pos``.

        Of the people named within ``reach`` characters before it, the one the
        article names most often, then the latest.
        """
        starts = self.named_at
        best: tuple[int, int, str] | None = None
        for at, name in self.named[bisect_left(starts, pos - reach) : bisect_right(starts, pos)]:
            full = self.full_name(name)
            if full not in self.people:
                continue
            if gender is not None and _first_names().get(full.split()[0], gender) != gender:
                continue
            candidate = (self.counts.get(full, 0), at, full)
            if best is None or candidate[:2] > best[:2]:
                best = candidate
        return None if best is None else best[2]

    def full_name(self, name: str) -> str:
        """The most complete person name for ``name`` ("Micco" -> "Sergio Micco")."""
        return self.surnames.get(name, name)

    def role_link(self, head: str, pos: int) -> str | None:
        """The person last linked to role ``head`` before ``pos`` (else first after)."""
        links = self.role_index.get(head, ())
        if not links:
            return None
        k = bisect_right([p for p, _ in links], pos) - 1
        return links[k][1] if k >= 0 else links[0][1]


def region_tokens(
    text: str, regions: Sequence[tuple[int, int]], index: TokenIndex | None = None
) -> list[list[Token]]:
    """The tokens of each region, read once and shared by the readers of one article."""
    if index is not None and index.text is text:
        return [index.window(lo, hi) for lo, hi in regions]
    return [tokenize(text, lo, hi) for lo, hi in regions]


@attrs.frozen
class TokenIndex:
    """The words of an article's regions, read once: any window inside one is a slice.

    A window whose edge cuts a word (or that leaves the regions) is read afresh, so
    :meth:`window` always returns what :func:`tokenize` would.
    """

    text: str = attrs.field(repr=False)
    regions: tuple[tuple[int, int], ...]
    tokens: list[Token] = attrs.field(repr=False)
    starts: list[int] = attrs.field(repr=False)
    reach: list[int] = attrs.field(repr=False)
    spans: tuple[tuple[int, int], ...] = attrs.field(repr=False)
    span_starts: list[int] = attrs.field(repr=False)

    def window(self, lo: int, hi: int) -> list[Token]:
        """The words of ``text[lo:hi]``, as :func:`tokenize` reads them (a new list).

        Examples:
            >>> text = "Dijo el ministro, ayer."
            >>> index = index_tokens(text, [(0, len(text))])
            >>> [t.text for t in index.window(5, 16)], [t.text for t in index.window(6, 10)]
            (['el', 'ministro'], ['l', 'mi'])
        """
        k = bisect_right(self.span_starts, lo) - 1
        if k < 0 or hi > self.spans[k][1] or lo > hi:
            return tokenize(self.text, lo, hi)
        starts = self.starts
        reach = self.reach
        i = bisect_left(starts, lo)
        j = bisect_left(starts, hi, i)
        head: list[Token] = []
        if i > 0 and reach[i - 1] > lo:
            # ``lo`` cuts a word: read its rest alone, unless that rest could run on
            # further than the whole word did (a word at the length limit) or past ``hi``
            if reach[i - 1] > hi or reach[i - 1] - starts[i - 1] > _MAX_WORD:
                return tokenize(self.text, lo, hi)
            head = tokenize(self.text, lo, reach[i - 1])
        if j > i and reach[j - 1] > hi:
            # ``hi`` cuts the last word: read its first part alone
            return head + self.tokens[i : j - 1] + tokenize(self.text, starts[j - 1], hi)
        return head + self.tokens[i:j] if head else self.tokens[i:j]


def index_tokens(text: str, regions: Sequence[tuple[int, int]]) -> TokenIndex:
    """Read the words of ``regions`` once, for :meth:`TokenIndex.window` to slice."""
    spans: list[tuple[int, int]] = []
    for lo, hi in sorted(r for r in regions if r[0] < r[1]):
        if spans and lo < spans[-1][1]:
            continue  # an overlapping region: its windows are read afresh
        spans.append((lo, hi))
    tokens: list[Token] = []
    reach: list[int] = []
    for lo, hi in spans:
        words, ends = _scan(text, lo, hi)
        tokens.extend(words)
        reach.extend(ends)
    return TokenIndex(
        text,
        tuple(regions),
        tokens,
        list(map(_START, tokens)),
        reach,
        tuple(spans),
        [lo for lo, _ in spans],
    )


@attrs.frozen
class Reading:
    """One article as this module reads it, built once and shared by quotes and sources.

    ``index`` holds the words of ``regions``; ``names`` what each region names; ``cast``
    is :func:`build_cast` over them all.
    """

    index: TokenIndex
    regions: tuple[tuple[int, int], ...]
    names: tuple[_RegionNames, ...] = attrs.field(repr=False)
    cast: Cast

    def tokens(self, text: str, regions: Sequence[tuple[int, int]]) -> list[list[Token]]:
        """The words of each of ``regions`` (see :func:`region_tokens`)."""
        return region_tokens(text, regions, self.index)

    def cast_of(
        self,
        text: str,
        regions: Sequence[tuple[int, int]],
        tokens_by_region: Sequence[Sequence[Token]],
    ) -> Cast:
        """The cast of ``regions``, from what the regions already read name."""
        if text is not self.index.text:
            return build_cast(text, regions, tokens_by_region)
        if tuple(regions) == self.regions:
            return self.cast
        known = dict(zip(self.regions, self.names, strict=True))
        parts = []
        for region, tokens in zip(regions, tokens_by_region, strict=True):
            part = known.get(region)
            parts.append(_region_names(text, tokens) if part is None else part)
        return _cast_of(text, parts)


def read_article(text: str, regions: Sequence[tuple[int, int]]) -> Reading:
    """Read the words and the cast of an article's non-empty ``regions`` once.

    Examples:
        >>> text = "El vocero Marcelo Díaz habló. Luego Díaz insistió."
        >>> reading = read_article(text, [(0, len(text))])
        >>> reading.cast.full_name("Díaz")
        'Marcelo Díaz'
    """
    kept = tuple(r for r in regions if r[0] < r[1])
    index = index_tokens(text, kept)
    names = tuple(_region_names(text, tokens) for tokens in region_tokens(text, kept, index))
    return Reading(index, kept, names, _cast_of(text, names))


def build_cast(
    text: str,
    regions: Sequence[tuple[int, int]],
    tokens_by_region: Sequence[Sequence[Token]] | None = None,
) -> Cast:
    """Collect the people, role links and outlets named in ``regions``.

    Examples:
        >>> text = "El vocero Marcelo Díaz habló. Luego Díaz insistió."
        >>> cast = build_cast(text, [(0, len(text))])
        >>> cast.full_name("Díaz"), cast.role_link("vocero", 40)
        ('Marcelo Díaz', 'Marcelo Díaz')
    """
    if tokens_by_region is None:
        tokens_by_region = region_tokens(text, regions)
    return _cast_of(text, [_region_names(text, tokens) for tokens in tokens_by_region])


@attrs.frozen
class _RegionNames:
    """What one region names, in text order: the parts :func:`build_cast` gathers."""

    people: tuple[tuple[str, tuple[int, int]], ...]
    roles: tuple[tuple[int, str, str], ...]
    outlets: tuple[tuple[int, str, str, tuple[int, int]], ...]
    orgs: tuple[tuple[int, str, tuple[int, int]], ...]
    named: tuple[tuple[int, str], ...]


def _region_names(text: str, tokens: Sequence[Token]) -> _RegionNames:  # noqa: C901, PLR0912, PLR0915
    people: list[tuple[str, tuple[int, int]]] = []
    roles: list[tuple[int, str, str]] = []
    outlets: list[tuple[int, str, str, tuple[int, int]]] = []
    orgs: list[tuple[int, str, tuple[int, int]]] = []
    named: list[tuple[int, str]] = []
    outlet_table = _outlets()
    role_words = _set("role_words.txt")
    stops = _set("stopwords.txt")
    # a name opens only on a capitalised word that is no stop word (an article may open it)
    openings = [
        k
        for k in compress(count(), map(_CAPITAL, tokens))
        if tokens[k].low not in stops or tokens[k].low in ("la", "el", "los", "las")
    ]
    i = 0
    at = 0
    while True:
        at = bisect_left(openings, i, at)
        if at == len(openings):
            break
        i = openings[at]
        tok = tokens[i]
        run = _name_run(text, tokens, i)
        if run <= i:
            i += 1
            continue
        for k in range(i + 1, run):
            # "Carla Soto y Pedro Mena": two people, not one name
            if tokens[k].low in ("y", "e") and not tokens[k].capital:
                if _classify_name([t.text for t in tokens[i:k]]) == PERSON:
                    run = k
                break
        outlet = _outlet_prefix(tokens, i, run)
        if outlet > i:
            name = " ".join(t.text for t in tokens[i:outlet])
            typ = outlet_table[name.lower()][1]
            outlets.append((tok.start, typ, name, (tok.start, tokens[outlet - 1].end)))
            i = outlet
            continue
        words = [t.text for t in tokens[i:run]]
        if words[0].lower() in ("la", "el", "los", "las"):
            words = words[1:]
            i += 1
        if words and words[0].lower() in role_words:
            if len(words) >= 2 and _classify_name(words[1:]) == PERSON:
                roles.append((tokens[i + 1].start, words[0].lower(), " ".join(words[1:])))
            words = words[1:]
            i += 1
        if not words:
            i = run
            continue
        kind = _classify_name(words)
        span = (tokens[i].start, tokens[run - 1].end)
        name = " ".join(words)
        if kind == PERSON and words[0] in _first_names():
            named.append((span[0], name))
        elif kind == PERSON and len(words) == 1:
            named.append((span[0], name))  # a surname, resolved below when it can be
        if kind == PERSON and len(words) >= 2 and not {"y", "e"} & set(words):
            people.append((name, span))
            # a role right before: "el vocero Marcelo Díaz", "ministro de Salud, Tomás Riquelme"
            role = _role_before(text, tokens, i, role_words)
            if role is not None:
                roles.append((span[0], role, name))
            role = _role_after(text, tokens, run, role_words)
            if role is not None:
                roles.append((span[0], role, name))
        elif kind == ORGANIZATION:
            orgs.append((span[0], name, span))
        i = run
    return _RegionNames(tuple(people), tuple(roles), tuple(outlets), tuple(orgs), tuple(named))


def _cast_of(text: str, parts: Sequence[_RegionNames]) -> Cast:  # noqa: C901, PLR0912
    """The cast of regions whose names are ``parts``: who is who, across the article."""
    people: dict[str, tuple[int, int]] = {}
    roles: list[tuple[int, str, str]] = []
    outlets: list[tuple[int, str, str, tuple[int, int]]] = []
    orgs: list[tuple[int, str, tuple[int, int]]] = []
    named: list[tuple[int, str]] = []
    for part in parts:
        for name, span in part.people:
            people.setdefault(name, span)
        roles.extend(part.roles)
        outlets.extend(part.outlets)
        orgs.extend(part.orgs)
        named.extend(part.named)
    surnames: dict[str, str] = {}
    clashes: set[str] = set()
    for full in sorted(people, key=len, reverse=True):
        words = full.split()
        forms = {words[-1], words[0]}
        if len(words) >= 3:
            forms.add(" ".join(words[-2:]))
            forms.add(" ".join(words[1:]))
            # the paternal surname after the given names: "Ana María Lagos Rivas" -> "Lagos"
            k = 0
            while k < len(words) - 1 and words[k] in _first_names():
                k += 1
            if 0 < k < len(words) - 1:
                forms.add(words[k])
                forms.add(" ".join(words[k:]))
        for form in forms:
            if form in people or form == full:
                continue
            if form in surnames and surnames[form] != full and not surnames[form].endswith(full):
                if full not in surnames[form]:
                    clashes.add(form)
                continue
            surnames[form] = full
    for form in clashes:
        surnames.pop(form, None)
    # a shorter full name contained in a longer one ("Juan Carlos Rivas" / "Carlos Rivas")
    for other in people:
        words = other.split()
        for k in range(1, len(words)):
            suffix = " ".join(words[k:])
            if suffix in people:
                surnames[suffix] = other
    counts: dict[str, int] = {}
    for _, name in named:
        full = surnames.get(name, name)
        counts[full] = counts.get(full, 0) + 1
    role_index: dict[str, list[tuple[int, str]]] = {}
    for pos, role, name in roles:
        role_index.setdefault(role, []).append((pos, name))
    return Cast(
        text,
        people,
        surnames,
        tuple(roles),
        tuple(outlets),
        tuple(orgs),
        tuple(named),
        counts,
        {role: tuple(sorted(links)) for role, links in role_index.items()},
        tuple(at for at, _ in named),
    )


def _role_before(
    text: str, tokens: Sequence[Token], i: int, role_words: frozenset[str]
) -> str | None:
    # "el vocero Marcelo Díaz", "el ministro de Salud, Tomás Riquelme"
    for k in range(i - 1, max(-1, i - 8), -1):
        tok = tokens[k]
        if tok.low in role_words and not tok.capital:
            return tok.low
        between = text[tok.end : tokens[k + 1].start].strip()
        if between not in ("", ","):
            return None
        if tok.capital and tok.low not in words_of("particle") and k < i - 1 and between != ",":
            continue
        if _verb_like(tok) or tok.low in ("que", "y", "por", "con", "a", "en"):
            return None
    return None


def _role_after(
    text: str, tokens: Sequence[Token], run: int, role_words: frozenset[str]
) -> str | None:
    # "Rodrigo Fuentes, ministro del Interior," / "Paula Herrera, analista de …"
    if run >= len(tokens) or text[tokens[run - 1].end : tokens[run].start].strip() != ",":
        return None
    k = run
    if tokens[k].low in ("el", "la", "actual", "nuevo", "nueva") and k + 1 < len(tokens):
        k += 1
    return tokens[k].low if tokens[k].low in role_words else None


def media_type(name: str) -> str | None:
    """The type of a known outlet ("newspaper", "radio", "tv", "agency"…), else ``None``.

    Examples:
        >>> media_type("La Tercera"), media_type("EFE"), media_type("Ministerio")
        ('newspaper', 'agency', None)
    """
    hit = _outlets().get(name.lower())
    return None if hit is None else hit[1]


def regions_read(
    text: str, regions: Sequence[tuple[int, int]], reading: Reading | None
) -> tuple[TokenIndex, list[list[Token]], Cast]:
    """The word index, the words of each region and the cast of ``regions``.

    From ``reading`` when the article was read once for quotes and sources both
    (:func:`read_article`); read now when it was not.
    """
    if reading is None:
        index = index_tokens(text, regions)
        words = region_tokens(text, regions, index)
        return index, words, build_cast(text, regions, words)
    words = reading.tokens(text, regions)
    return reading.index, words, reading.cast_of(text, regions, words)
