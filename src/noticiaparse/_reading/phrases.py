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
import regex

from noticiaparse._model import SourceKind
from noticiaparse._reading.tokens import (
    LETTERS,
    LOW,
    MAX_PHRASE_TOKENS,
    Token,
    TokenIndex,
    words_in,
)
from noticiaparse._reading.vocabulary import (
    anaphora_by_first,
    cues_by_first_word,
    endings_of,
    org_cues,
    org_nouns,
    org_plurals,
    outlet_first_words,
    outlet_table,
    reporting_forms,
    reporting_participle,
    reporting_verb,
    word_set,
    words_of,
)
from noticiaparse._text.lexicons import rows
from noticiaparse._text.span import Span

__all__ = [
    "ANONYMOUS",
    "DOCUMENT",
    "LATTER",
    "MEDIA",
    "MEDIA_REF",
    "ORGANIZATION",
    "PERSON",
    "Phrase",
    "acronym_after",
    "classify_name",
    "first_names",
    "holder_role",
    "is_stop",
    "match_words",
    "media_type",
    "name_run",
    "outlet_prefix",
    "phrase_after",
    "phrase_at",
    "phrase_before",
    "phrase_ending",
    "subject_position",
    "verb_like",
]


#: Kinds of phrase: the source kinds, plus :data:`MEDIA_REF` ("el diario"), resolved later.
PERSON = SourceKind.PERSON
ORGANIZATION = SourceKind.ORGANIZATION
MEDIA = SourceKind.MEDIA
DOCUMENT = SourceKind.DOCUMENT
ANONYMOUS = SourceKind.ANONYMOUS
MEDIA_REF = "media-ref"
#: "este último": the entity named last before it, resolved by the cast.
LATTER = "latter"

#: The most tokens a capitalised name runs over ("Organización para la Cooperación y el
#: Desarrollo Económicos").
_MAX_NAME_TOKENS = 10
#: The most lower-case particles that link two parts of a name ("de la").
_MAX_LINKING_PARTICLES = 2
#: A lower-case word this short or shorter is not taken as an adjective of a role.
_MAX_SHORT_WORD = 2
#: A plural role word is longer than this ("jefes", not "los").
_MIN_PLURAL_ROLE = 4
#: A parenthesis closing this near its opening is an aside ("(PS)") before the verb.
_MAX_ASIDE = 60


def is_stop(token: Token) -> bool:
    return token.low in word_set("stopwords.txt")


def _is_name_word(token: Token) -> bool:
    return (
        token.capital
        and token.low not in _never_in_names()
        and not token.low.endswith(endings_of("gerund"))
    )


@functools.cache
def _never_in_names() -> frozenset[str]:
    """Stop words and reporting verb forms (``reporting_verb``): no name's word is one."""
    verbs = {form for form in reporting_forms() if reporting_verb(form)}
    return word_set("stopwords.txt") | verbs


def verb_like(token: Token) -> bool:
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
    name: Span | None = None
    head: str | None = None
    plural: bool = False
    #: For a share of a group ("el 71% de los consultados"), the span of the group.
    group: Span | None = None


def holder_role(tokens: Sequence[Token], k: int) -> str:
    """The role word at token ``k``, with the modifier that names another holder after it.

    "el presidente electo" is not the sitting president: its role is "presidente electo"
    (``role_holders.txt``); "el presidente de la Cámara" keeps "presidente".
    """
    low = tokens[k].low
    if k + 1 < len(tokens) and tokens[k + 1].low in word_set("role_holders.txt"):
        return f"{low} {tokens[k + 1].low}"
    return low


def match_words(tokens: Sequence[Token], i: int, words: tuple[str, ...]) -> bool:
    end = i + len(words)
    return end <= len(tokens) and tuple(map(LOW, tokens[i:end])) == words


def _gap_ok(text: str, a: Token, b: Token) -> bool:
    """Only spaces between two consecutive tokens (no comma, no line break)."""
    return text[a.end : b.start].strip(" ") == ""


def name_run(text: str, tokens: Sequence[Token], i: int) -> int:
    """End index (exclusive) of the capitalised name starting at token ``i``, or ``i``."""
    j = i
    end = i
    n = len(tokens)
    particles = _linkers(tokens, i)
    while j < n and j - i < _MAX_NAME_TOKENS:
        tok = tokens[j]
        name_word = _is_name_word(tok)
        if j == i:
            if name_word or (tok.capital and tok.low in words_of("definite")):
                j += 1
                end = j
                continue
            break
        if tok.low in _arabic():
            particles = particles | {"al"}  # "Hamad bin Isa al Khalifa"
        if tok.text.isdigit() and _gap_ok(text, tokens[j - 1], tok) and _outlet_start(tokens, i, j):
            j += 1  # a number inside an outlet's name: "Canal 13", "Página 12"
            end = j
            continue
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
        k = _linked(tokens, j, particles)
        if k < n and _is_name_word(tokens[k]) and _gap_ok(text, tokens[k - 1], tokens[k]):
            j = k
            continue
        break
    if end > i and tokens[i].low in words_of("definite") and end == i + 1:
        return i
    return end


def _outlet_start(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Whether tokens ``i`` to ``j`` (inclusive) open the name of a known outlet."""
    if tokens[i].low not in outlet_first_words():
        return False
    return " ".join(t.text for t in tokens[i : j + 1]).lower() in _outlet_prefixes()


@functools.cache
def _outlet_prefixes() -> frozenset[str]:
    """Every run of first words of an outlet's name ("canal", "canal 13", "canal 13 de")."""
    out: set[str] = set()
    for name in outlet_table():
        words = name.split(" ")
        out.update(" ".join(words[:k]) for k in range(1, len(words) + 1))
    return frozenset(out)


def _linked(tokens: Sequence[Token], j: int, particles: frozenset[str]) -> int:
    """Where the particles linking two parts of a name from token ``j`` end (``j``: none).

    "y" and an article link no person's name: "Human Rights Watch y la Oficina…" are
    two (inside an organisation's name they do link).
    """
    k = j
    n = len(tokens)
    while (
        k < n
        and tokens[k].low in particles
        and not tokens[k].capital
        and k - j < _MAX_LINKING_PARTICLES
    ):
        k += 1
    if k - j > 1 and tokens[j].low in words_of("coordinator"):
        # "…Cooperación y el Desarrollo…" links inside an organisation's name only
        return k if particles is _organisation_linkers() else j
    return k


def _linkers(tokens: Sequence[Token], i: int) -> frozenset[str]:
    """The lower-case words that can link the parts of a name opening at token ``i``.

    The particles ("de", "von", "bin"), and in an organisation's name the words that
    link only there ("Organización para la Cooperación y el Desarrollo").
    """
    cues = org_cues()[0]
    if tokens[i].text in cues or (
        i + 1 < len(tokens) and tokens[i].low in words_of("definite") and tokens[i + 1].text in cues
    ):
        return _organisation_linkers()
    return words_of("particle")


@functools.cache
def _organisation_linkers() -> frozenset[str]:
    """The particles and the words that link parts of an organisation's name only."""
    return words_of("particle") | words_of("org_link")


@functools.cache
def _arabic() -> frozenset[str]:
    return words_of("arabic")


#: A site named by its address, one word with a web domain ("emol.com", "infobae.com.ar").
_WEB_NAME = regex.compile(r"[\p{L}\p{N}\-]{3,40}(?:\.[a-z]{2,4}){1,2}")


def classify_name(words: Sequence[str]) -> str:
    key = " ".join(words).lower()
    if key in outlet_table() or _WEB_NAME.fullmatch(key):
        return MEDIA  # an outlet of the table, or a site by its address ("Emol.com")
    lead = words[1] if len(words) > 1 and words[0].lower() in words_of("definite") else words[0]
    if len(words) > 1 and lead.lower() in word_set("media_heads.txt"):
        return MEDIA  # "El Diario Austral", "Radio Universidad de Chile"
    if words[0] in first_names() and words[0] not in org_cues()[0]:
        return PERSON  # "Carlos Mesa", "Ana Banco": a given name opens a person's name
    cue_words, cue_names = org_cues()
    # every cue name has a space: one contained in the key (or equal to it) marks it,
    # so a key of one word (most of them) holds none
    if not cue_words.isdisjoint(words) or (" " in key and any(name in key for name in cue_names)):
        return ORGANIZATION
    first = words[0]
    if first.lower() in words_of("definite") and len(words) > 1:
        first = words[1]
    if first in first_names():
        return PERSON
    if "de" in words or "del" in words:
        return ORGANIZATION  # "Estado de Chile", "Plaza de Armas": not a person's name
    if first == words[-1] and len(first) > 1 and first.isupper():
        return ORGANIZATION  # an acronym: "INDH", "la PDI"
    return PERSON


@functools.cache
def first_names() -> dict[str, str]:
    """Given name -> ``"f"`` or ``"m"``."""
    return {row[0]: (row[1] if len(row) > 1 else "") for row in rows("first_names.txt")}


def outlet_prefix(tokens: Sequence[Token], i: int, j: int) -> int:
    """Longest ``k`` in ``(i, j]`` such that tokens ``i..k`` name an outlet, else ``i``."""
    if i >= j or tokens[i].text.lower() not in outlet_first_words():
        return i
    outlets = outlet_table()
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
            if verb_like(nxt) or (is_stop(nxt) and not nxt.capital):
                break
            if nxt.capital:
                end = name_run(text, tokens, k)
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
            end = name_run(text, tokens, j + 2)
            if end > j + 2:
                j = end
                continue
        if tok.low == "y" and j + 1 < n and tokens[j + 1].low in word_set("role_words.txt"):
            j += 2
            continue
        if (
            not tok.capital
            and adjectives <= 1
            and not is_stop(tok)
            and not verb_like(tok)
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
        end = name_run(text, tokens, j + 1)
        return end if end > j + 1 else j
    return j


def phrase_at(text: str, tokens: Sequence[Token], i: int) -> tuple[Phrase, int] | None:
    """Read a noun phrase starting at token ``i``; return it and the index after it.

    In order: an anonymous opener ("fuentes de…"), a media anaphora ("el diario"),
    then the word after an optional determiner: a capitalised one opens a name (or a
    capitalised document, plural or role), a bare lower-case one a group ("varios",
    "analistas"), and one after a determiner a document, an organisation or a role.
    """
    if i >= len(tokens):
        return None
    found = _anonymous_at(text, tokens, i)
    if found is None:
        found = _media_ref_at(text, tokens, i)
    if found is not None:
        return found
    n = len(tokens)
    start_tok = tokens[i]
    det = start_tok.low in words_of("determiner") and not (
        start_tok.capital and i + 1 < n and tokens[i + 1].capital
    )
    k = i + 1 if det else i
    if k >= n or (det and not _gap_ok(text, tokens[i], tokens[k])):
        return None
    if det and _modifies(text, tokens, k):
        k += 1  # "la última encuesta", "el propio presidente": the head decides
    limit = min(n, i + MAX_PHRASE_TOKENS)
    share = _share_at(text, tokens, i, k)
    if share is not None:
        return share
    if tokens[k].capital and tokens[k].low not in word_set("group_words.txt"):
        return _capitalised_at(text, tokens, i, k, limit, determined=det)
    if not det:
        return _bare_at(text, tokens, k, limit)
    return _determined_at(text, tokens, i, k, limit)


def _name_after(text: str, tokens: Sequence[Token], j: int) -> int:
    """Past the name right after a document's noun ("la encuesta Cadem"), else ``j``."""
    if j < len(tokens) and tokens[j].capital and _gap_ok(text, tokens[j - 1], tokens[j]):
        return max(j, name_run(text, tokens, j))
    return j


#: The shortest acronym: two capitals ("BID" is three, "FMI" too; "UE" two).
_MIN_ACRONYM = 2


def acronym_after(text: str, tokens: Sequence[Token], run: int) -> str | None:
    """The acronym given in brackets right after a name: "… Desarrollo Económicos (OCDE)"."""
    if run >= len(tokens) or run == 0:
        return None
    tok = tokens[run]
    if text[tokens[run - 1].end : tok.start].strip() != "(" or text[tok.end : tok.end + 1] != ")":
        return None
    return tok.text if len(tok.text) >= _MIN_ACRONYM and tok.text.isupper() else None


def _modifies(text: str, tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` is an adjective before the head right after it ("última")."""
    return (
        tokens[k].low in words_of("head_modifier")
        and not tokens[k].capital
        and k + 1 < len(tokens)
        and not tokens[k + 1].capital
        and not verb_like(tokens[k + 1])
        and _gap_ok(text, tokens[k], tokens[k + 1])
    )


def _share_at(text: str, tokens: Sequence[Token], i: int, k: int) -> tuple[Phrase, int] | None:
    """A share of a group ("el 71% de los consultados", "un 40 por ciento de los vecinos").

    A percentage of people or organisations speaks for the group it is a share of:
    the whole phrase, from its determiner, with the group's kind and span (the cast
    resolves it to the group, so every share of "los encuestados" is one source).
    """
    n = len(tokens)
    if not tokens[k].text.replace(",", "").replace(".", "").isdigit():
        return None
    j = k + 1
    if j < n and tokens[j].text.isdigit() and text[tokens[k].end : tokens[j].start] == ",":
        j += 1  # a decimal comma: "55,4%"
    if j + 2 < n and tokens[j].low == "por" and tokens[j + 1].low == "ciento":
        j += 2
        if not _gap_ok(text, tokens[j - 1], tokens[j]):
            return None
    elif j + 1 >= n or text[tokens[j - 1].end : tokens[j].start].strip() != "%":
        return None
    if tokens[j].low not in words_of("of"):
        return None
    inner = phrase_at(text, tokens, j + 1)
    if inner is None or inner[0].kind not in (PERSON, ORGANIZATION) or not inner[0].plural:
        return None
    phrase = inner[0]
    return Phrase(
        tokens[i].start,
        phrase.end,
        phrase.kind,
        head=phrase.head,
        plural=True,
        group=Span(phrase.start, phrase.end),
    ), inner[1]


def _anonymous_at(text: str, tokens: Sequence[Token], i: int) -> tuple[Phrase, int] | None:
    """An anonymous opener ("fuentes de", "un testigo que"): it runs to the clause's end."""
    limit = min(len(tokens), i + MAX_PHRASE_TOKENS)
    start_tok = tokens[i]
    for words in cues_by_first_word("anonymous_cues.txt").get(start_tok.low, ()):
        if match_words(tokens, i, words):
            j = i + len(words)
            while j < limit and _gap_ok(text, tokens[j - 1], tokens[j]):
                if reporting_verb(tokens[j].text) and tokens[j - 1].low not in words_of("relative"):
                    break
                if _to_a_medium(text, tokens, j):
                    break  # "fuentes oficiales a este diario": whom they spoke to
                j += 1
            return Phrase(start_tok.start, tokens[j - 1].end, ANONYMOUS), j
    return None


def _to_a_medium(text: str, tokens: Sequence[Token], j: int) -> bool:
    """Whether token ``j`` is "a" before the medium the words were given to ("a este diario")."""
    if tokens[j].low not in words_of("to") or j + 1 >= len(tokens):
        return False
    nxt = tokens[j + 1]
    if nxt.low in words_of("demonstrative") or nxt.low in word_set("media_heads.txt"):
        return True  # "a este medio", "al diario El País"
    found = _media_ref_at(text, tokens, j + 1) if nxt.low in anaphora_by_first() else None
    if found is None and nxt.capital:
        found = _name_at(text, tokens, j + 1, j + 1)
    return found is not None and found[0].kind in (MEDIA, MEDIA_REF)


def _media_ref_at(text: str, tokens: Sequence[Token], i: int) -> tuple[Phrase, int] | None:
    """A media anaphora ("el diario", "la agencia"), or the outlet it names right after."""
    n = len(tokens)
    start_tok = tokens[i]
    for words in anaphora_by_first().get(start_tok.low, ()):
        if match_words(tokens, i, words):
            j = i + len(words)
            if tokens[j - 1].capital and outlet_prefix(tokens, j, min(n, j + _OUTLET_WORDS)) <= j:
                return None  # "la Agencia Andaluza de la Energía": the noun opens a name
            k = _described(text, tokens, j)
            if k < n and tokens[k].capital and _gap_ok(text, tokens[k - 1], tokens[k]):
                outlet = outlet_prefix(tokens, k, min(n, k + _OUTLET_WORDS))
                if outlet <= k:
                    # "la revista The Hollywood Reporter", "la señal deportiva Sky Sports":
                    # a name right after the medium's noun (and its description) is an outlet's
                    outlet = min(name_run(text, tokens, k), k + _OUTLET_WORDS)
                if outlet > k:
                    span = Span(tokens[k].start, tokens[outlet - 1].end)
                    return Phrase(start_tok.start, tokens[outlet - 1].end, MEDIA, name=span), outlet
            return Phrase(start_tok.start, tokens[j - 1].end, MEDIA_REF, head=words[-1]), j
    return None


#: The most lower-case words that describe an outlet before its name ("la cadena
#: pública británica BBC").
_MAX_DESCRIPTION = 2


def _described(text: str, tokens: Sequence[Token], j: int) -> int:
    """Where an outlet's name starts after the words that describe it, at ``j``.

    "la señal deportiva Sky Sports", "el periódico británico The Guardian": up to
    two lower-case adjectives (no verb, no function word) between the noun and the name.
    """
    k = j
    while (
        k < len(tokens)
        and k - j < _MAX_DESCRIPTION
        and not tokens[k].capital
        and tokens[k].low.isalpha()
        and tokens[k].low not in _stopwords()
        and not verb_like(tokens[k])
        and _gap_ok(text, tokens[k - 1], tokens[k])
    ):
        k += 1
    return k if k < len(tokens) and tokens[k].capital else j


@functools.cache
def _stopwords() -> frozenset[str]:
    return word_set("stopwords.txt") | frozenset(row[0] for row in rows("function_words.tsv"))


#: The most words an outlet's name has after a media anaphora ("el diario El País").
_OUTLET_WORDS = 6


def _capitalised_at(  # noqa: PLR0913
    text: str, tokens: Sequence[Token], i: int, k: int, limit: int, *, determined: bool
) -> tuple[Phrase, int] | None:
    """A phrase whose head (token ``k``) is capitalised: a document, a plural, a name."""
    tok = tokens[k]
    low = tok.low
    if not determined:
        if low in word_set("document_cues.txt"):
            end = _complements(text, tokens, k + 1, limit)
            resume = _addressee(text, tokens, end)
            return Phrase(tokens[i].start, tokens[end - 1].end, DOCUMENT, head=low), resume
        # a capitalised plural opening a sentence: "Analistas no descartan…"
        if low in org_plurals() and low.endswith("s"):
            end = _complements(text, tokens, k + 1, limit)
            return Phrase(tok.start, tokens[end - 1].end, ORGANIZATION, head=low, plural=True), end
        if _plural_role(low) and tok.text not in org_cues()[0]:
            end = _complements(text, tokens, k + 1, limit)
            return Phrase(tok.start, tokens[end - 1].end, PERSON, head=low, plural=True), end
    return _name_at(text, tokens, i, k)


def _plural_role(low: str) -> bool:
    """A plural role word ("analistas", "vecinos"), long enough not to be a determiner."""
    return low in word_set("role_words.txt") and low.endswith("s") and len(low) > _MIN_PLURAL_ROLE


def _name_at(text: str, tokens: Sequence[Token], i: int, k: int) -> tuple[Phrase, int] | None:
    """A capitalised name, outlets first (their article is part of the name)."""
    first = i if tokens[i].capital else k
    run = name_run(text, tokens, first)
    if run <= first:
        return None
    outlet = outlet_prefix(tokens, first, run)
    if outlet > first:
        run = outlet
    name_words = [t.text for t in tokens[first:run]]
    role_words = word_set("role_words.txt")
    # "Presidente Gabriel Boric", "La Gobernadora Provincial": a capitalised role
    lead = 1 if len(name_words) > 1 and name_words[0].lower() in words_of("definite") else 0
    if len(name_words) > lead + 1 and name_words[lead].lower() in role_words:
        rest = name_words[lead + 1 :]
        if classify_name(rest) == PERSON:
            name = Span(tokens[first + lead + 1].start, tokens[run - 1].end)
            head = name_words[lead].lower()
            return Phrase(tokens[i].start, tokens[run - 1].end, PERSON, name=name, head=head), run
    if (
        len(name_words) == 1
        and name_words[0].lower() in role_words
        and name_words[0] not in org_cues()[0]
    ):
        head = name_words[0].lower()
        return Phrase(tokens[i].start, tokens[run - 1].end, PERSON, head=head), run
    kind = classify_name(name_words)
    if kind == PERSON and name_words[0] not in first_names() and acronym_after(text, tokens, run):
        kind = ORGANIZATION  # "Human Rights Watch (HRW)": an acronym is an institution's
    name_start = first
    if name_words[0].lower() in words_of("definite") and kind == PERSON:
        name_start = first + 1
    name = Span(tokens[name_start].start, tokens[run - 1].end)
    return Phrase(tokens[i].start, tokens[run - 1].end, kind, name=name), run


def _bare_at(text: str, tokens: Sequence[Token], k: int, limit: int) -> tuple[Phrase, int] | None:
    """A lower-case head with no determiner: a quantifier or a plural role."""
    n = len(tokens)
    tok = tokens[k]
    low = tok.low
    # a quantifier: "varios", "varios de los partidos", "algunos dirigentes"
    if low in word_set("group_words.txt"):
        j = k + 1
        if j + 1 < n and tokens[j].low in words_of("of") and _gap_ok(text, tok, tokens[j]):
            inner = phrase_at(text, tokens, j + 1)
            if inner is not None and inner[0].kind in (PERSON, ORGANIZATION):
                return Phrase(
                    tok.start, inner[0].end, inner[0].kind, head=inner[0].head, plural=True
                ), inner[1]
        if j < n and tokens[j].low in word_set("role_words.txt"):
            end = _complements(text, tokens, j + 1, limit)
            return Phrase(
                tok.start, tokens[end - 1].end, PERSON, head=tokens[j].low, plural=True
            ), end
        if j < n and tokens[j].low in org_plurals():
            end = _complements(text, tokens, j + 1, limit)
            return Phrase(
                tok.start, tokens[end - 1].end, ORGANIZATION, head=tokens[j].low, plural=True
            ), end
        return Phrase(tok.start, tok.end, PERSON, head=low, plural=True), j
    if _plural_role(low):
        end = _complements(text, tokens, k + 1, limit)
        return Phrase(tok.start, tokens[end - 1].end, PERSON, head=low, plural=True), end
    return None


def _determined_at(
    text: str, tokens: Sequence[Token], i: int, k: int, limit: int
) -> tuple[Phrase, int] | None:
    """A lower-case head after a determiner: a document, an organisation, a role."""
    start_tok = tokens[i]
    low = tokens[k].low
    # a document: "el informe", "un estudio de la Universidad de Chile", "la encuesta CEP"
    if low in word_set("document_cues.txt"):
        end = _complements(text, tokens, _name_after(text, tokens, k + 1), limit)
        resume = _addressee(text, tokens, end)
        return Phrase(start_tok.start, tokens[end - 1].end, DOCUMENT, head=low), resume
    if low in word_set("org_bodies.txt"):
        return _body_of(text, tokens, i, k)
    if low in words_of("latter") and start_tok.low in words_of("demonstrative"):
        # "este último", "esta última": the entity named last before it
        return Phrase(start_tok.start, tokens[k].end, LATTER, head=low), k + 1
    found = _organisation_at(text, tokens, i, k, limit)
    if found is not None:
        return found
    if low not in word_set("role_words.txt"):
        return _described_person(text, tokens, i, k)
    # a role: "el ministro del Interior", "el periodista Jorge Lillo"
    end = _complements(text, tokens, k + 1, limit)
    name, end = _role_name(text, tokens, end)
    plural = low.endswith("s") and start_tok.low in words_of("plural_determiner")
    if name is None and start_tok.low in words_of("indefinite") and not plural:
        # "un testigo", "un vecino del sector": someone the text does not name
        return Phrase(start_tok.start, tokens[end - 1].end, ANONYMOUS, head=low), end
    head = holder_role(tokens, k)
    return Phrase(
        start_tok.start, tokens[end - 1].end, PERSON, name=name, head=head, plural=plural
    ), end


def _organisation_at(
    text: str, tokens: Sequence[Token], i: int, k: int, limit: int
) -> tuple[Phrase, int] | None:
    """An organisation or the media by a common noun after a determiner at ``i``."""
    start = tokens[i].start
    low = tokens[k].low
    if low in org_nouns() and not low.endswith("s"):
        # "la minera Andes Cobre" names it; "la compañía" stands for the last one named
        end = k + 1
        if end < len(tokens) and tokens[end].capital and _gap_ok(text, tokens[k], tokens[end]):
            run = name_run(text, tokens, end)
            if run > end:
                named = Span(tokens[end].start, tokens[run - 1].end)
                return Phrase(start, named.end, ORGANIZATION, name=named, head=low), run
        end = _complements(text, tokens, k + 1, limit)
        return Phrase(start, tokens[end - 1].end, ORGANIZATION, head=low), end
    if low in org_plurals():
        end = _complements(text, tokens, k + 1, limit)
        return Phrase(start, tokens[end - 1].end, ORGANIZATION, head=low, plural=True), end
    if low in word_set("media_plurals.txt") and tokens[i].low in words_of("plural_determiner"):
        # "los medios italianos", "las cadenas locales": the media as a group
        end = _complements(text, tokens, k + 1, limit)
        return Phrase(start, tokens[end - 1].end, MEDIA, head=low, plural=True), end
    return None


def _body_of(text: str, tokens: Sequence[Token], i: int, k: int) -> tuple[Phrase, int] | None:
    """The body that speaks for an organisation: "la dirección de la aerolínea".

    The organisation named after "de" is the source, as a share speaks for its group.
    """
    j = k + 1
    if j + 1 >= len(tokens) or tokens[j].low not in words_of("of"):
        return None
    inner = phrase_at(text, tokens, j + 1)
    if inner is None or inner[0].kind not in (ORGANIZATION, MEDIA):
        return None
    org = inner[0]
    group = Span(org.start, org.end)
    whole = Phrase(tokens[i].start, org.end, org.kind, org.name, org.head, org.plural, group)
    return whole, inner[1]


def _described_person(
    text: str, tokens: Sequence[Token], i: int, k: int
) -> tuple[Phrase, int] | None:
    """A determiner, a noun of no lexicon and a person's name: "el guionista Pablo Ruiz".

    No list holds every trade ("la tenista", "el cantautor", "la youtuber"): a noun
    right before a name that opens on a given name describes that person.
    """
    j = k + 1
    if j >= len(tokens) or not tokens[j].capital or tokens[j].text not in first_names():
        return None
    if tokens[k].capital or not tokens[k].low.isalpha() or verb_like(tokens[k]):
        return None
    if not _gap_ok(text, tokens[k], tokens[j]) or is_stop(tokens[k]):
        return None
    run = name_run(text, tokens, j)
    if run <= j + 1 or classify_name([t.text for t in tokens[j:run]]) != PERSON:
        return None
    name = Span(tokens[j].start, tokens[run - 1].end)
    return Phrase(tokens[i].start, name.end, PERSON, name=name, head=tokens[k].low), run


def _role_name(text: str, tokens: Sequence[Token], end: int) -> tuple[Span | None, int]:
    """The person's name after a role and its complements, and where the phrase ends.

    Right after it ("el periodista Jorge Lillo") or after a comma ("el ministro de
    Salud, Tomás Riquelme"); a run with "y" there is the portfolio going on ("ministro
    de Economía, Fomento y Turismo, …") unless it opens on a given name.
    """
    n = len(tokens)
    if end < n and tokens[end].capital and _gap_ok(text, tokens[end - 1], tokens[end]):
        run = name_run(text, tokens, end)
        if run > end and classify_name([t.text for t in tokens[end:run]]) == PERSON:
            return Span(tokens[end].start, tokens[run - 1].end), run
        return None, end
    if not (
        end + 1 < n
        and text[tokens[end - 1].end : tokens[end].start].strip() == ","
        and tokens[end].capital
    ):
        return None, end
    run = name_run(text, tokens, end)
    after = text[tokens[run - 1].end : tokens[run - 1].end + 2].strip()[:1] if run > end else ""
    candidate = [t.text for t in tokens[end:run]]
    if (
        run > end + 1
        and classify_name(candidate) == PERSON
        and after in (",", ".", "")
        and ("y" not in candidate or candidate[0] in first_names())
    ):
        return Span(tokens[end].start, tokens[run - 1].end), run
    return None, end


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
    found = phrase_at(text, tokens, 0)
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
            and not _portfolio_at(text, tokens, bisect_left([t.start for t in tokens], best.start))
        ):
            return best  # "el ministro, Rodrigo Fuentes, reconoció"
        for k in range(end_tok - 1, max(0, end_tok - 14), -1):
            if _portfolio_at(text, tokens, k):
                continue  # "seremi de Economía, Fomento y Turismo,": one complement
            if text[tokens[k - 1].end : tokens[k].start].strip() == "," if k > 0 else False:
                aside = " ".join(t.low for t in tokens[k:end_tok])
                if aside in words_of("incise") or tokens[k].low in words_of("preposition"):
                    # "La CGT, en tanto, anunció", "Este último, en su informe, indicó":
                    # the subject is before the aside
                    found = _best_ending(text, tokens, k)
                    if found is not None and subject_position(text, found, floor):
                        return found
                    break
                role = _appositive(tokens, k, end_tok)
                if role or _verbless_aside(tokens, k, end_tok):
                    found = _best_ending(text, tokens, k)
                    if (
                        found is not None
                        and subject_position(text, found, floor)
                        and (role or (found.kind == PERSON and found.name is not None))
                    ):
                        return found
                break
        return None
    if tail.strip():
        return None
    found = _best_ending(text, tokens, end_tok)
    if found is not None and not subject_position(text, found, floor):
        return None
    return found


def phrase_ending(
    text: str, pos: int, floor: int, index: TokenIndex | None = None
) -> Phrase | None:
    """The longest noun phrase that ends right at ``pos``, whatever its role in the clause.

    Examples:
        >>> text = "citó a su representante Mike Pingel, quien"
        >>> p = phrase_ending(text, text.index(","), 0)
        >>> text[p.start:p.end]
        'su representante Mike Pingel'
    """
    tokens = words_in(text, max(floor, pos - 200), pos, index)
    return _best_ending(text, tokens, len(tokens)) if tokens else None


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

    "Natalia Carter, profesional encargada del área de turismo, explicó": what stands
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
        w for w in word_set("role_words.txt") if w.endswith("s") and len(w) > _MIN_PLURAL_ROLE
    }
    return (
        frozenset(cues_by_first_word("anonymous_cues.txt"))
        | frozenset(anaphora_by_first())
        | words_of("determiner")
        | word_set("group_words.txt")
        | plural_roles
    )


def _best_ending(text: str, tokens: Sequence[Token], end_tok: int) -> Phrase | None:
    """The longest phrase that ends exactly at token ``end_tok`` (exclusive)."""
    best = None
    openers = _lower_openers()
    for i in range(max(0, end_tok - MAX_PHRASE_TOKENS), end_tok):
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
        found = phrase_at(text, tokens, i)
        if found is not None and found[1] == end_tok:
            best = found[0]
            break
    return best


def subject_position(text: str, phrase: Phrase, sentence: int) -> bool:
    """A subject is not the object of a preposition, nor a relative "quien" mid-sentence."""
    before = text[max(sentence, phrase.start - 40) : phrase.start]
    words = LETTERS.findall(before)
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
    hit = outlet_table().get(name.lower())
    return None if hit is None else hit[1]
