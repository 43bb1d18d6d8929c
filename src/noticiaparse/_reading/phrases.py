"""Phrases: reading noun phrases forward and backward, and classifying them.

Forward (``señaló el ministro del Interior, Rodrigo Fuentes``) and backward
(``Paula Herrera, analista de Bolsa Andina, sostuvo``), each phrase classified as
person, organisation, media, document or anonymous, scanning at most a few dozen
tokens from the given point.
"""

from __future__ import annotations

import functools
from bisect import bisect_left
from collections.abc import Mapping, Sequence

import attrs

from noticiaparse._model import SourceKind
from noticiaparse._reading.names import (
    acronym_after,
    classify_name,
    first_names,
    gap_ok,
    name_run,
    outlet_prefix,
)
from noticiaparse._reading.tokens import (
    LOW,
    MAX_PHRASE_TOKENS,
    Token,
    TokenIndex,
    words_in,
)
from noticiaparse._reading.vocabulary import (
    anaphora_by_first,
    closed_set,
    cues_by_first_word,
    endings_of,
    media_anaphora,
    org_cues,
    org_nouns,
    org_plurals,
    reporting_participle,
    reporting_verb,
    word_set,
    words_of,
)
from noticiaparse._text.fold import fold
from noticiaparse._text.lexicons import lines, rows
from noticiaparse._text.record import record_repr
from noticiaparse._text.span import Span

__all__ = [
    "ANONYMOUS",
    "DOCUMENT",
    "LATTER",
    "MEDIA",
    "MEDIA_REF",
    "MIN_PLURAL_ROLE",
    "ORGANIZATION",
    "PERSON",
    "Phrase",
    "holder_role",
    "is_stop",
    "match_words",
    "opening_verb",
    "pair_ordinals",
    "phrase_after",
    "phrase_at",
    "plural_verb",
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

#: A lower-case word this short or shorter is not taken as an adjective of a role.
_MAX_SHORT_WORD = 2
#: A plural role word is longer than this ("jefes", not "los").
MIN_PLURAL_ROLE = 4


def is_stop(token: Token) -> bool:
    return token.low in word_set("stopwords.txt")


def verb_like(token: Token) -> bool:
    low = token.low
    return (
        reporting_verb(low)
        or low in words_of("auxiliary")
        or low.endswith(endings_of("verb_like"))
        or low in words_of("copula")
    )


def plural_verb(tokens: Sequence[Token], k: int) -> bool | None:
    """Whether the reporting verb at token ``k`` is plural, by its finite form.

    The third person plural of every tense ends in -n ("señalan", "dijeron",
    "decían", "han dicho"), the singular never does ("señala", "dijo", "ha dicho"); a
    participle takes the number of its auxiliary. ``None`` when no finite form stands.
    """
    word = tokens[k].low
    if k > 0 and tokens[k - 1].low in words_of("auxiliary"):
        word = tokens[k - 1].low  # "han señalado": the auxiliary is the finite form
    elif not reporting_verb(word):
        return None
    if word.endswith((*endings_of("gerund"), *endings_of("infinitive"))):
        return None
    return word.endswith("n")


@attrs.frozen(repr=False)
class Phrase:
    """A noun phrase that names (or points at) an entity, in normalised offsets.

    ``kind`` is a source kind or :data:`MEDIA_REF` for "el diario",
    "la empresa"; ``name`` is the span of the proper name inside, if any; ``head``
    the role or head word, lower-cased ("ministro", "informe").
    """

    __repr__ = record_repr

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


def _field_end(tokens: Sequence[Token], j: int, n: int) -> int:
    """Past the field an expert's noun takes after "en" at ``j`` ("experto en salud"), else ``j``.

    The field belongs to the phrase, as a "de" complement does (``field_heads.txt``).
    """
    if (
        tokens[j].low == "en"
        and j + 1 < n
        and tokens[j - 1].low in word_set("field_heads.txt")
        and not tokens[j + 1].capital
        and not is_stop(tokens[j + 1])
        and not verb_like(tokens[j + 1])
    ):
        return j + 2
    return j


def _complements(text: str, tokens: Sequence[Token], j: int, limit: int) -> int:  # noqa: C901
    """Skip "de/del/de la + noun or name" complements and adjectives after a head word."""
    n = min(len(tokens), limit)
    adjectives = 0
    while j < n:
        tok = tokens[j]
        if not gap_ok(text, tokens[j - 1], tok):
            break
        # "los consultados a nivel nacional", "un experto en seguridad", "el senador por
        # Valparaíso"
        seat = _constituency_end(text, tokens, j, n)
        scope = max(
            _scope_end(tokens, j, n), _field_end(tokens, j, n), seat, _charge_end(tokens, j, n)
        )
        if scope > j:
            j = scope
            continue
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
            j = _named_after(text, tokens, k + 1, n)
            continue
        agent = _agent_end(text, tokens, j, n)
        if agent > j:
            j = agent  # "un informe elaborado por Consultora Datos del Sur"
            continue
        joined = _joined_end(text, tokens, j, n, trait=adjectives > 0)
        if joined > j:
            j = joined
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


def _agent_end(text: str, tokens: Sequence[Token], j: int, n: int) -> int:
    """Past a participle at ``j`` and its agent after "por", else ``j``.

    "un informe elaborado por Consultora Datos del Sur": a singular participle, "por"
    and a name; "vecinos entrevistados por este diario", "los expertos consultados por
    este medio": a participle of asking (``consulted_participles.txt``), any gender and
    number, and a demonstrative and its noun (the outlet that asked, no source itself).
    """
    if j + 2 >= n or tokens[j + 1].low != "por":
        return j
    agent = tokens[j + 2]
    if agent.capital and tokens[j].low.endswith(endings_of("participle")):
        end = name_run(text, tokens, j + 2)
        return end if end > j + 2 else j
    if (
        agent.low in words_of("demonstrative")
        and j + 3 < n
        and not tokens[j + 3].capital
        and tokens[j].low in word_set("consulted_participles.txt")
    ):
        return j + 4
    return j


def _joined_end(text: str, tokens: Sequence[Token], j: int, n: int, *, trait: bool) -> int:
    """Past "y" and what it joins to the phrase at ``j``, else ``j``.

    A second role ("el senador y exgobernador"), a modifier of time perhaps before it
    ("el exgobernador y actual senador"); after an adjective, a second trait of one
    group ("asociaciones vecinales y de comerciantes").
    """
    if tokens[j].low != "y" or j + 1 >= n:
        return j
    if trait and tokens[j + 1].low in words_of("of"):
        return j + 1
    second = j + 2 if _modifies(text, tokens, j + 1) else j + 1
    if second < n and tokens[second].low in word_set("role_words.txt"):
        return second + 1
    return j


def _constituency_end(text: str, tokens: Sequence[Token], j: int, n: int) -> int:
    """Past the constituency an elected office takes after "por" at ``j``, else ``j``.

    "el senador por Valparaíso", "la diputada por el PP", "el concejal por la Ciudad
    de Buenos Aires" (``constituency_roles.txt``): a capitalised name, an article
    perhaps before it, belongs to the role's phrase. One name only: a person's name
    right after it stays the holder's ("el senador por Salta Juan Paz").
    """
    if tokens[j].low != "por" or j + 1 >= n or tokens[j - 1].low not in _constituency_roles():
        return j
    k = j + 1
    if tokens[k].low in words_of("definite") and k + 1 < n:
        k += 1
    if not tokens[k].capital or tokens[k].text in first_names():
        return j
    end = name_run(text, tokens, k)
    # the run stops before a given name that opens the holder's name
    for m in range(k + 1, end):
        if tokens[m].text in first_names():
            return m
    return end if end > k else j


@functools.cache
def _constituency_roles() -> frozenset[str]:
    return word_set("constituency_roles.txt")


@functools.cache
def _naming_nouns() -> frozenset[str]:
    """The nouns a name follows as its kind: a medium's ("diario") or a firm's ("consultora")."""
    return org_nouns() | frozenset(words[-1] for words in media_anaphora())


def _named_after(text: str, tokens: Sequence[Token], j: int, n: int) -> int:
    """Past the name a noun of its kind at ``j - 1`` opens, else ``j``.

    "una nota del diario La Prensa", "un análisis de la consultora Deloitte": the name
    after a medium's or a firm's noun is the complement's.
    """
    if (
        j < n
        and tokens[j].capital
        and tokens[j - 1].low in _naming_nouns()
        and gap_ok(text, tokens[j - 1], tokens[j])
    ):
        return max(j, name_run(text, tokens, j))
    return j


def _scope_end(tokens: Sequence[Token], j: int, n: int) -> int:
    """Past a scope after a noun ("a nivel nacional", ``scope_leads.txt``), else ``j``."""
    for words in cues_by_first_word("scope_leads.txt").get(tokens[j].low, ()):
        k = j + len(words)
        if k < n and match_words(tokens, j, words) and tokens[k].low.isalpha():
            return k + 1 if not tokens[k].capital and not is_stop(tokens[k]) else j
    return j


def _charge_end(tokens: Sequence[Token], j: int, n: int) -> int:
    """Past what a role is in charge of ("el fiscal a cargo", ``charge_leads.txt``), else ``j``."""
    for words in cues_by_first_word("charge_leads.txt").get(tokens[j].low, ()):
        k = j + len(words)
        if k <= n and match_words(tokens, j, words):
            return k
    return j


def _addressee(text: str, tokens: Sequence[Token], j: int) -> int:
    """A document's addressee ("informe de la PUC al Senado") belongs to its phrase."""
    n = len(tokens)
    if (
        j + 1 < n
        and tokens[j].low == "al"
        and tokens[j + 1].capital
        and gap_ok(text, tokens[j - 1], tokens[j])
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
    found = (
        _anonymous_at(text, tokens, i)
        or _media_ref_at(text, tokens, i)
        or _pronoun_subject(tokens, i)
    )
    if found is None and tokens[i].low in words_of("one"):
        found = _member_at(text, tokens, i)
    if found is not None:
        return found
    n = len(tokens)
    start_tok = tokens[i]
    det = start_tok.low in words_of("determiner") and not (
        start_tok.capital and i + 1 < n and tokens[i + 1].capital
    )
    k = i + 1 if det else i
    if k >= n or (det and not gap_ok(text, tokens[i], tokens[k])):
        return None
    if det and _modifies(text, tokens, k):
        k += 1  # "la última encuesta", "el propio presidente": the head decides
    limit = min(n, i + MAX_PHRASE_TOKENS)
    titled = _honorific_at(text, tokens, i, k)
    if titled is not None:
        return titled
    share = _share_at(text, tokens, i, k)
    if share is not None:
        return share
    if tokens[k].capital and tokens[k].low not in word_set("group_words.txt"):
        return _capitalised_at(text, tokens, i, k, limit, determined=det)
    if not det:
        return _bare_at(text, tokens, k, limit)
    return _determined_at(text, tokens, i, k, limit)


def _pronoun_subject(tokens: Sequence[Token], i: int) -> tuple[Phrase, int] | None:
    """A demonstrative opening its sentence as the subject of the reporting verb after it.

    "Este respondió: «…»": the pronoun stands for the one named last, as "este último"
    does (the phrase may end where the verb was cut off).
    """
    tok = tokens[i]
    k = i + 1
    head = tok.low
    if tok.low in words_of("definite") and k < len(tokens) and tokens[k].low in pair_ordinals():
        # "el primero sostuvo…, mientras que el segundo respondió": one of the pair
        head = tokens[k].low
        k += 1
    elif not tok.capital or tok.low not in words_of("demonstrative"):
        return None
    if k < len(tokens) and not reporting_verb(tokens[k].text):
        return None
    return Phrase(tok.start, tokens[k - 1].end, LATTER, head=head), k


@functools.cache
def pair_ordinals() -> frozenset[str]:
    """The ordinals that point at one of the last two people named (``pair_ordinals.tsv``)."""
    return frozenset(row[0] for row in rows("pair_ordinals.tsv"))


def _honorific_at(text: str, tokens: Sequence[Token], i: int, k: int) -> tuple[Phrase, int] | None:
    """A person named after an honorific at token ``k`` ("doña Rosa Choque", "el Dr. Pedro Vera").

    A surname alone follows an abbreviated title written with its full stop ("agregó el
    Dr. Pérez", "según la Lic. Ruiz"); after a title in full it needs a first name.

    The honorific (``honorifics.txt``; an abbreviation with or without its full stop)
    belongs to the phrase, not to the name.
    """
    j = k + 1
    if j >= len(tokens) or tokens[k].low not in word_set("honorifics.txt"):
        return None
    gap = text[tokens[k].end : tokens[j].start].strip()
    if gap not in ("", ".") or not tokens[j].capital:
        return None
    run = name_run(text, tokens, j)
    if run <= j or (
        tokens[j].text not in first_names()
        and run == j + 1
        and (gap != "." or tokens[j].low in word_set("role_words.txt"))
    ):
        # "Don Quijote" alone could be anything; a surname alone needs a first name, or an
        # abbreviated title with its full stop before it ("el Dr. Pérez", "la Lic. Ruiz")
        return None
    name = Span(tokens[j].start, _name_end(text, tokens[run - 1].end))
    return Phrase(tokens[i].start, name.end, PERSON, name=name), run


def _member_at(text: str, tokens: Sequence[Token], i: int) -> tuple[Phrase, int] | None:
    """One of a group: "uno de los rescatistas, Tomás Ibarra", "una de las víctimas".

    One person, named by the name set after it when there is one; after a pronoun
    for the group ("una de ellas, Rosa Paz") only then (else the group speaks through
    them, which the quotes' reader resolves).
    """
    if i + 2 >= len(tokens) or tokens[i + 1].low not in words_of("of"):
        return None
    if tokens[i + 2].low in closed_set("group_pronoun"):
        named, end = _role_name(text, tokens, i + 3) if i + 3 < len(tokens) else (None, i)
        if named is None:
            return None
        return Phrase(tokens[i].start, named.end, PERSON, name=named), end
    inner = phrase_at(text, tokens, i + 2)
    if inner is None or inner[0].kind != PERSON or not inner[0].plural:
        return None
    name, end = _role_name(text, tokens, inner[1])
    phrase = Phrase(tokens[i].start, tokens[end - 1].end, PERSON, name=name, head=inner[0].head)
    return phrase, end


#: The most words a document's title in quotation marks runs over.
_TITLE_WORDS = 12
_OPENING_MARKS = "«“\"‘'"
_CLOSING_MARKS = "»”\"’'"


def _title_after(text: str, tokens: Sequence[Token], j: int) -> tuple[int, int] | None:
    """The end (past the closing mark) and next token of a quoted title at token ``j``.

    "el reporte «Panorama Minero 2030» elaborado por…": a capitalised title in
    quotation marks right after a document's noun.
    """
    if j >= len(tokens) or not tokens[j].capital:
        return None
    gap = text[tokens[j - 1].end : tokens[j].start].strip()
    if len(gap) != 1 or gap not in _OPENING_MARKS:
        return None
    for k in range(j, min(len(tokens), j + _TITLE_WORDS)):
        close = text[tokens[k].end : tokens[k].end + 1]
        if close and close in _CLOSING_MARKS:
            return tokens[k].end + 1, k + 1
    return None


def _name_after(text: str, tokens: Sequence[Token], j: int) -> int:
    """Past the name right after a document's noun ("la encuesta Cadem"), else ``j``.

    A number there is the document's own when law and administration name it so
    (``numbered_documents.txt``: "el decreto 45", "el artículo 14", "la resolución
    1.250"), and so is the part it numbers next ("el artículo 27 fracción I", "el
    artículo 5 inciso 2").
    """
    if j < len(tokens) and tokens[j].capital and gap_ok(text, tokens[j - 1], tokens[j]):
        return max(j, name_run(text, tokens, j))
    numbered = word_set("numbered_documents.txt")
    while (
        j < len(tokens)
        and tokens[j - 1].low in numbered
        and (_numbered(tokens[j].text) or _roman(tokens[j].text))
        and gap_ok(text, tokens[j - 1], tokens[j])
    ):
        j += 1
        if not (j + 1 < len(tokens) and tokens[j].low in numbered):
            break
        j += 1  # "fracción", "inciso": a part of the article, numbered in turn
    return j


#: The most digits a document's number has ("la ley 20.000": five).
_NUMBER_DIGITS = 5


#: The letters of a Roman numeral, by which Mexican law numbers an article's parts.
_ROMAN = frozenset("IVXLC")


def _roman(word: str) -> bool:
    """Whether ``word`` is a Roman numeral ("I", "IV", "XII")."""
    return bool(word) and set(word) <= _ROMAN


def _numbered(word: str) -> bool:
    """Whether ``word`` is a document's number: digits, with a law's thousands' stops."""
    digits = word.replace(".", "")
    return digits.isdigit() and len(digits) <= _NUMBER_DIGITS and word[:1] != "."


def _modifies(text: str, tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` is an adjective before the head right after it ("última").

    A word of ``head_modifier`` ("la última encuesta", "el propio presidente"), or any
    plain lower-case word before a role word and the name it introduces: Spanish sets
    an evaluative adjective before the role it praises or blames ("el veterano
    senador Luis Gil", "el polémico diputado Raúl Paz"). Without the name the word may
    be a noun the role word qualifies ("su nombre científico").
    """
    if k + 1 >= len(tokens):
        return False
    word, head = tokens[k], tokens[k + 1]
    # the set lookups first: most words are neither
    listed = word.low in words_of("head_modifier")
    if not listed and head.low not in word_set("role_words.txt"):
        return False
    if word.capital or head.capital or verb_like(head) or not gap_ok(text, word, head):
        return False
    return listed or (
        k + 2 < len(tokens)
        and tokens[k + 2].capital
        and gap_ok(text, head, tokens[k + 2])
        and word.low.isalpha()
        and len(word.low) > _MAX_SHORT_WORD
        and not is_stop(word)
        and not verb_like(word)
        and word.low not in word_set("role_words.txt")
    )


def _share_at(text: str, tokens: Sequence[Token], i: int, k: int) -> tuple[Phrase, int] | None:
    """A share of a group ("el 71% de los consultados", "un 40 por ciento de los vecinos").

    A percentage of people or organisations speaks for the group it is a share of:
    the whole phrase, from its determiner, with the group's kind and span (the cast
    resolves it to the group, so every share of "los encuestados" is one source).
    """
    n = len(tokens)
    share = _share_noun_end(tokens, i, k)
    if share is not None:
        return _group_share(text, tokens, i, share)
    if not tokens[k].text.replace(",", "").replace(".", "").isdigit():
        return None
    j = k + 1
    if j < n and tokens[j].text.isdigit() and text[tokens[k].end : tokens[j].start] == ",":
        j += 1  # a decimal comma: "55,4%"
    if j + 2 < n and tokens[j].low == "por" and tokens[j + 1].low == "ciento":
        j += 2
        if not gap_ok(text, tokens[j - 1], tokens[j]):
            return None
    elif j + 1 >= n or text[tokens[j - 1].end : tokens[j].start].strip() != "%":
        return None
    return _group_share(text, tokens, i, j)


def _many(tokens: Sequence[Token], inner: tuple[Phrase, int]) -> bool:
    """Whether a singular phrase after a share's "de" is a body of people after all.

    A crowd's noun ("la mayoría de la gente", ``people_collectives.txt``) or two names
    joined by "y" ("la mayoría de PSOE y Sumar", "de Morena y el PT").
    """
    phrase, end = inner
    if phrase.head is not None and phrase.head in word_set("people_collectives.txt"):
        return True
    first = bisect_left([tok.start for tok in tokens], phrase.start)
    if any(tok.low in words_of("coordinator") for tok in tokens[first:end]):
        return True  # "PSOE y Sumar" read as one pair of names
    # "Morena y el PT": a second body named after the first
    k = end + 1
    if k < len(tokens) and tokens[k].low in words_of("determiner"):
        k += 1
    return (
        end < len(tokens)
        and tokens[end].low in words_of("coordinator")
        and k < len(tokens)
        and tokens[k].capital
    )


def _share_noun_end(tokens: Sequence[Token], i: int, k: int) -> int | None:
    """Where "de" stands after a noun of a share opening at ``k`` ("la mayoría de").

    ``share_nouns.txt``: "la mayoría", "la mitad", "buena parte" (the quantifier read
    as a modifier or as the phrase's first word), after a determiner or none.
    """
    n = len(tokens)
    firsts = _share_firsts()
    for start in (i, k):
        if tokens[start].low not in firsts:
            continue
        for words in _share_nouns():
            end = start + len(words)
            if end < n and all(tokens[start + m].low == w for m, w in enumerate(words)):
                return end
    return None


@functools.cache
def _share_firsts() -> frozenset[str]:
    """The first words of the nouns of a share: the only ones worth a closer look."""
    return frozenset(words[0] for words in _share_nouns())


@functools.cache
def _share_nouns() -> tuple[tuple[str, ...], ...]:
    """The nouns of a share (``share_nouns.txt``), as word tuples."""
    return tuple(tuple(entry.lower().split()) for entry in lines("share_nouns.txt"))


def _group_share(text: str, tokens: Sequence[Token], i: int, j: int) -> tuple[Phrase, int] | None:
    """The share from token ``i`` whose "de" stands at ``j``, when a group follows it."""
    if j >= len(tokens) or tokens[j].low not in words_of("of"):
        return None
    inner = phrase_at(text, tokens, j + 1)
    if inner is None or inner[0].kind not in (PERSON, ORGANIZATION):
        return None
    if not inner[0].plural and not _many(tokens, inner):
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
    start_tok = tokens[i]
    seconds = _anonymous_by_two().get(start_tok.low)
    if seconds is None:
        return None
    limit = min(len(tokens), i + MAX_PHRASE_TOKENS)
    for words in seconds.get(tokens[i + 1].low if i + 1 < len(tokens) else "", seconds[""]):
        if match_words(tokens, i, words):
            j = i + len(words)
            while j < limit and gap_ok(text, tokens[j - 1], tokens[j]):
                if reporting_verb(tokens[j].text) and tokens[j - 1].low not in words_of("relative"):
                    break
                if _to_a_medium(text, tokens, j):
                    break  # "fuentes oficiales a este diario": whom they spoke to
                j += 1
            return Phrase(start_tok.start, tokens[j - 1].end, ANONYMOUS), j
    return None


def _by_second(
    table: Mapping[str, tuple[tuple[str, ...], ...]],
) -> dict[str, dict[str, tuple[tuple[str, ...], ...]]]:
    """The phrases of ``table`` (by first word) by their second word too, in order.

    Under a second word, the phrases of that second word and those of one word, in the
    order ``table`` gives them; under ``""``, those of one word: what can match where
    the next word is that one, or where no word follows. Only those are compared (a
    first word such as "el" opens a dozen media phrases, and stands everywhere).
    """
    out: dict[str, dict[str, tuple[tuple[str, ...], ...]]] = {}
    for first, entries in table.items():
        seconds = {words[1] for words in entries if len(words) > 1}
        out[first] = {
            "": tuple(words for words in entries if len(words) == 1),
            **{
                second: tuple(w for w in entries if len(w) == 1 or w[1] == second)
                for second in seconds
            },
        }
    return out


@functools.cache
def _anaphora_by_two() -> dict[str, dict[str, tuple[tuple[str, ...], ...]]]:
    """:func:`anaphora_by_first`, each first word's phrases by their second word."""
    return _by_second(anaphora_by_first())


@functools.cache
def _anonymous_by_two() -> dict[str, dict[str, tuple[tuple[str, ...], ...]]]:
    """The anonymous openers (``anonymous_cues.txt``) by their first and second words."""
    return _by_second(cues_by_first_word("anonymous_cues.txt"))


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
    seconds = _anaphora_by_two().get(start_tok.low)
    if seconds is None:
        return None
    for words in seconds.get(tokens[i + 1].low if i + 1 < n else "", seconds[""]):
        if match_words(tokens, i, words):
            j = i + len(words)
            if tokens[j - 1].capital and outlet_prefix(tokens, j, min(n, j + _OUTLET_WORDS)) <= j:
                return None  # "la Agencia Andaluza de la Energía": the noun opens a name
            k = _described(text, tokens, j)
            if k < n and tokens[k].capital and gap_ok(text, tokens[k - 1], tokens[k]):
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
    two lower-case adjectives (no verb, no function word) between the noun and the name;
    so may "de" and the medium's field ("la agencia de noticias Xinhua", "la cadena de
    televisión CNN": ``medium_fields.txt``).
    """
    k = j
    if k + 1 < len(tokens) and tokens[k].low == "de" and tokens[k + 1].low in _medium_fields():
        j = k = k + 2
    while (
        k < len(tokens)
        and k - j < _MAX_DESCRIPTION
        and not tokens[k].capital
        and tokens[k].low.isalpha()
        and tokens[k].low not in _stopwords()
        and not verb_like(tokens[k])
        and gap_ok(text, tokens[k - 1], tokens[k])
    ):
        k += 1
    return k if k < len(tokens) and tokens[k].capital else j


@functools.cache
def _document_titles() -> frozenset[str]:
    return word_set("document_titles.txt")


@functools.cache
def _medium_fields() -> frozenset[str]:
    return word_set("medium_fields.txt")


@functools.cache
def _qualified_heads() -> frozenset[str]:
    """The nouns that name a document only with their adjective ("parte")."""
    return frozenset(pair.split(" ")[0] for pair in word_set("qualified_documents.txt"))


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
        group = _collective_at(text, tokens, k, k, limit) or _media_group_at(
            text, tokens, k, limit
        )  # "Decenas de vecinos", "Medios locales"
        if group is not None:
            return group
        # a capitalised plural opening a sentence: "Analistas no descartan…"
        if low in org_plurals() and low.endswith("s"):
            end = _complements(text, tokens, k + 1, limit)
            return Phrase(tok.start, tokens[end - 1].end, ORGANIZATION, head=low, plural=True), end
        named = k + 1 < len(tokens) and tokens[k + 1].capital and gap_ok(text, tok, tokens[k + 1])
        if _plural_role(low) and tok.text not in org_cues()[0] and not named:
            # not "Reyes Maroto": a capitalised word right after makes it a name
            end = _complements(text, tokens, k + 1, limit)
            return Phrase(tok.start, tokens[end - 1].end, PERSON, head=low, plural=True), end
    return _name_at(text, tokens, i, k)


@functools.cache
def _folded_function_words() -> frozenset[str]:
    return frozenset(fold(word) for word in _stopwords())


def _common_word(word: str) -> bool:
    """Whether a capitalised word alone is a common word, not a name.

    A function word written without its accent ("Segun", "Tambien": scrapes lose
    them) or a plural verb form ("Suspendieron", "Decían") opens sentences, never names.
    """
    low = word.lower()
    return fold(low) in _folded_function_words() or low.endswith(endings_of("not_a_name"))


#: What may stand between a sentence's end and its first word: spaces, an opening mark.
_SENTENCE_GAP = " \t\u00a0«“\"'‘(¿¡—–-"


def opening_verb(text: str, token: Token) -> bool:
    """Whether a capitalised word alone is a verb in the preterite opening a sentence.

    Spanish drops a subject the sentence before gave, so news opens sentences on the
    verb: "Respaldó la candidatura…", "Insistió en que…". A word that ends in a written
    "-ó" (the preterite's third person singular) and opens a sentence is that verb; the
    same word inside a sentence, where a verb is never capitalised, is a name ("Joan Miró",
    "la obra de Miró"). A given name is always a name.
    """
    low = token.low
    if not low.endswith(endings_of("opening_preterite")) or token.text in first_names():
        return False
    at = token.start
    while at > 0 and text[at - 1] in _SENTENCE_GAP:
        at -= 1
    return at == 0 or text[at - 1] in ".!?…:\n\r"


def _plural_role(low: str) -> bool:
    """A plural role word ("analistas", "vecinos"), long enough not to be a determiner."""
    return low in word_set("role_words.txt") and low.endswith("s") and len(low) > MIN_PLURAL_ROLE


def _name_kind(
    text: str, tokens: Sequence[Token], words: Sequence[str], run: int, *, lead: int
) -> str:
    """The kind of the capitalised name ``words`` ending at ``run``, past its article."""
    kind = classify_name(words)
    if kind != MEDIA and words[lead].lower() in _document_titles():
        return DOCUMENT  # "la Encuesta Nacional de Empleo", "el Censo 2017": a title
    if kind == PERSON and words[0] not in first_names() and acronym_after(text, tokens, run):
        return ORGANIZATION  # "Human Rights Watch (HRW)": an acronym is an institution's
    return kind


def _article_outlet(tokens: Sequence[Token], first: int, run: int) -> bool:
    """Whether ``tokens[first:run]`` is an article and the name of a known outlet."""
    return (
        run - first > 1
        and tokens[first].low in words_of("definite")
        and outlet_prefix(tokens, first + 1, run) == run
    )


def _name_at(text: str, tokens: Sequence[Token], i: int, k: int) -> tuple[Phrase, int] | None:
    """A capitalised name, outlets first (their article is part of the name)."""
    first = i if tokens[i].capital else k
    run = name_run(text, tokens, first)
    if run <= first:
        return None
    outlet = outlet_prefix(tokens, first, run)
    if outlet > first:
        run = outlet
    elif _article_outlet(tokens, first, run):
        # "La BBC informó": the sentence's article, capitalised, before a known outlet
        span = Span(tokens[first + 1].start, tokens[run - 1].end)
        return Phrase(tokens[i].start, tokens[run - 1].end, MEDIA, name=span), run
    name_words = [t.text for t in tokens[first:run]]
    role_words = word_set("role_words.txt")
    # "Presidente Gabriel Boric", "La Gobernadora Provincial": a capitalised role
    lead = 1 if len(name_words) > 1 and name_words[0].lower() in words_of("definite") else 0
    if (
        len(name_words) > lead + 1
        and name_words[lead].lower() in role_words
        and name_words[lead] not in org_cues()[0]  # "Policía Nacional": an institution
        # "Reyes Maroto": a plural role before one word titles no one person
        and not (len(name_words) == lead + 2 and _plural_role(name_words[lead].lower()))
    ):
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
    if (
        len(name_words) > lead + 2
        and name_words[lead].lower() in role_words
        and name_words[lead] not in org_cues()[0]
        and name_words[lead + 1].lower() in words_of("of")
        and not _plural_role(name_words[lead].lower())
    ):
        # "la Ministra de Salud", "el Jefe de Gobierno": an office written in capitals,
        # as some papers do, is its holder, as "la ministra de Salud" is
        head = name_words[lead].lower()
        return Phrase(tokens[i].start, tokens[run - 1].end, PERSON, head=head), run
    if len(name_words) == 1 and (_common_word(name_words[0]) or opening_verb(text, tokens[first])):
        return None  # "Segun dijo", "Suspendieron el acto": a word set in capitals, no name
    kind = _name_kind(text, tokens, name_words, run, lead=lead)
    name_start = first
    if name_words[0].lower() in words_of("definite") and kind == PERSON:
        name_start = first + 1
    end = _name_end(text, tokens[run - 1].end)
    name = Span(tokens[name_start].start, end)
    return Phrase(tokens[i].start, end, kind, name=name), run


def _bare_at(text: str, tokens: Sequence[Token], k: int, limit: int) -> tuple[Phrase, int] | None:
    """A lower-case head with no determiner: a quantifier or a plural role."""
    n = len(tokens)
    tok = tokens[k]
    low = tok.low
    # a quantifier: "varios", "varios de los partidos", "algunos dirigentes"
    if low in word_set("group_words.txt"):
        j = k + 1
        if j + 1 < n and tokens[j].low in words_of("of") and gap_ok(text, tok, tokens[j]):
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
    if low.endswith("s"):
        return _collective_at(text, tokens, k, k, limit) or _media_group_at(
            text, tokens, k, limit
        )  # "decenas de vecinos", "medios locales"
    return None


def _crowd_at(
    text: str, tokens: Sequence[Token], i: int, k: int, limit: int
) -> tuple[Phrase, int] | None:
    """A crowd named by a singular noun after its article ("la gente", "el público").

    "la gente grita: «…»", "la multitud coreaba": a group of people that speaks as one
    (``people_collectives.txt``); not a share's complement ("el 58% de la gente opina"
    is a statistic).
    """
    low = tokens[k].low
    if (
        low not in word_set("people_collectives.txt")
        or tokens[i].low not in words_of("definite")
        or (i > 0 and tokens[i - 1].low in words_of("of"))
    ):
        return None
    end = _complements(text, tokens, k + 1, limit)  # "la hinchada de Rosario Central"
    return Phrase(tokens[i].start, tokens[end - 1].end, PERSON, head=low, plural=True), end


def _determined_at(
    text: str, tokens: Sequence[Token], i: int, k: int, limit: int
) -> tuple[Phrase, int] | None:
    """A lower-case head after a determiner: a document, an organisation, a role."""
    start_tok = tokens[i]
    low = tokens[k].low
    # a document: "el informe", "un estudio de la Universidad de Chile", "la encuesta CEP",
    # "el parte policial" (a noun that is one only with its adjective)
    if low in word_set("document_cues.txt") or (
        low in _qualified_heads()
        and k + 1 < len(tokens)
        and f"{low} {tokens[k + 1].low}" in word_set("qualified_documents.txt")
    ):
        titled = _title_after(text, tokens, k + 1)
        if titled is not None:
            # "el reporte «Panorama Minero 2030»": the title is the document's name
            close, after = titled
            return Phrase(start_tok.start, close, DOCUMENT, head=low), _addressee(
                text, tokens, after
            )
        end = _complements(text, tokens, _name_after(text, tokens, k + 1), limit)
        resume = _addressee(text, tokens, end)
        return Phrase(start_tok.start, tokens[end - 1].end, DOCUMENT, head=low), resume
    if low in word_set("org_bodies.txt"):
        return _body_of(text, tokens, i, k)
    if low in words_of("latter") and start_tok.low in words_of("demonstrative"):
        # "este último", "esta última": the entity named last before it
        return Phrase(start_tok.start, tokens[k].end, LATTER, head=low), k + 1
    found = (
        _collective_at(text, tokens, i, k, limit)
        or _organisation_at(text, tokens, i, k, limit)
        or _crowd_at(text, tokens, i, k, limit)
    )
    if found is not None:
        return found
    if low not in word_set("role_words.txt"):
        described = _described_person(text, tokens, i, k)
        if described is None and _demonym_alone(tokens, i, k):
            # "el chileno anotó": the person the story is about
            return Phrase(start_tok.start, tokens[k].end, PERSON, head=low), k + 1
        return described
    # a role: "el ministro del Interior", "el periodista Jorge Lillo"
    end = _complements(text, tokens, k + 1, limit)
    plural = low.endswith("s") and start_tok.low in words_of("plural_determiner")
    name = None
    glued = end < len(tokens) and gap_ok(text, tokens[end - 1], tokens[end])
    complement = any(t.low in words_of("of") for t in tokens[k + 1 : end])
    if not plural and not (glued and complement and not tokens[end - 1].capital):
        # "el periodista Jorge Lillo", "el ministro de Salud Tomás Paz", "el presidente
        # del concejo municipal, Jaime Torres", "el dirigente campesino Evo Quispe"; not
        # "los compañeros de Ana", nor "el hermano de la joven Ana Paz" (the name is
        # the complement's noun's)
        name, end = _role_name(text, tokens, end)
    if (
        name is None
        and start_tok.low in words_of("indefinite")
        and not plural
        and low not in word_set("press_roles.txt")  # "preguntó un periodista": a person
        and low not in word_set("trade_roles.txt")  # "comentó una arqueóloga": the same
    ):
        # "un testigo", "un vecino del sector": someone the text does not name
        return Phrase(start_tok.start, tokens[end - 1].end, ANONYMOUS, head=low), end
    head = holder_role(tokens, k)
    return Phrase(
        start_tok.start, tokens[end - 1].end, PERSON, name=name, head=head, plural=plural
    ), end


def _collective_at(
    text: str, tokens: Sequence[Token], i: int, k: int, limit: int
) -> tuple[Phrase, int] | None:
    """A collective noun and the people it gathers ("un grupo de madres").

    "una delegación de 12 diputados", "un centenar de vecinos", "decenas de
    vecinos" (``collective_nouns.txt``): the complement is "de", a number maybe, and a
    lower-case plural noun, a group of people whatever the noun.
    """
    j = k + 1
    n = len(tokens)
    if tokens[k].low not in word_set("collective_nouns.txt"):
        return None
    if j >= n or tokens[j].low not in words_of("of"):
        return None
    j += 1
    if j < n and tokens[j].text.isdigit():
        j += 1
    if j >= n or tokens[j].capital or not tokens[j].low.endswith("s") or is_stop(tokens[j]):
        return None
    end = _complements(text, tokens, j + 1, limit)
    return Phrase(
        tokens[i].start, tokens[end - 1].end, PERSON, head=tokens[j].low, plural=True
    ), end


def _media_group_at(
    text: str, tokens: Sequence[Token], k: int, limit: int
) -> tuple[Phrase, int] | None:
    """The media as a group with no determiner, by an adjective or "de comunicación".

    "Medios locales reportaron", "según reportes de medios argentinos": "medios" alone
    could be means, so a lower-case word must qualify it.
    """
    if tokens[k].low not in word_set("media_plurals.txt") or k + 1 >= len(tokens):
        return None
    nxt = tokens[k + 1]
    qualified = not nxt.capital and not is_stop(nxt) and gap_ok(text, tokens[k], nxt)
    if not (qualified or match_words(tokens, k + 1, ("de", "comunicación"))):
        return None
    end = max(_complements(text, tokens, k + 1, limit), k + 2)
    return Phrase(tokens[k].start, tokens[end - 1].end, MEDIA, head=tokens[k].low, plural=True), end


def _organisation_at(
    text: str, tokens: Sequence[Token], i: int, k: int, limit: int
) -> tuple[Phrase, int] | None:
    """An organisation or the media by a common noun after a determiner at ``i``."""
    start = tokens[i].start
    low = tokens[k].low
    if low in org_nouns() and not low.endswith("s"):
        # "la minera Andes Cobre" names it; "la compañía" stands for the last one named
        end = k + 1
        if end < len(tokens) and tokens[end].capital and gap_ok(text, tokens[k], tokens[end]):
            run = name_run(text, tokens, end)
            if run > end:
                named = Span(tokens[end].start, tokens[run - 1].end)
                return Phrase(start, named.end, ORGANIZATION, name=named, head=low), run
        end = _complements(text, tokens, k + 1, limit)
        return Phrase(start, tokens[end - 1].end, ORGANIZATION, head=low), end
    institutions = word_set("institution_nouns.txt")
    if tokens[i].low in words_of("singular_definite") and (
        low in institutions or f"{tokens[i].low} {low}" in institutions  # "la policía"
    ):
        # "el ejército explicó", "el gobierno de Chile": an institution as written
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


def _demonym_alone(tokens: Sequence[Token], i: int, k: int) -> bool:
    """A lower-case demonym right after "el"/"la", no name after it ("el chileno").

    After an indefinite too ("una hondureña", "otro venezolano"): someone new, whom
    the cast never links to a person named before.
    """
    return (
        tokens[k].low in word_set("demonyms.txt")
        and not tokens[k].capital
        and (
            tokens[i].low in words_of("singular_definite")
            or (tokens[i].low in words_of("indefinite") and not tokens[k].low.endswith("s"))
        )
        and (k + 1 >= len(tokens) or not tokens[k + 1].capital)
    )


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
    if not gap_ok(text, tokens[k], tokens[j]) or is_stop(tokens[k]):
        return None
    run = name_run(text, tokens, j)
    if run <= j + 1 or classify_name([t.text for t in tokens[j:run]]) != PERSON:
        return None
    name = Span(tokens[j].start, tokens[run - 1].end)
    return Phrase(tokens[i].start, name.end, PERSON, name=name, head=tokens[k].low), run


def _apposed_holder(
    text: str, tokens: Sequence[Token], i: int, k: int, limit: int
) -> tuple[Phrase, int] | None:
    """The holder a holder's noun and its complement name after a comma, as one phrase.

    "el titular de Hacienda, Mario Paz", "la responsable del área, Ana Gil", "el
    mandamás del club, Luis Soto" (``holder_nouns.txt``): the name set in apposition
    after a comma, opening on a given name (or an honorific) and ending the phrase, is
    the holder. Only those nouns: after a verb of judgement any other noun is its
    object ("«…», recordó el legado del exalcalde, Mario Paz" names the one recalled).
    """
    if tokens[i].low not in words_of("singular_definite") or k + 2 >= len(tokens):
        return None
    if tokens[k + 1].low not in words_of("of") or tokens[k].low not in word_set("holder_nouns.txt"):
        return None
    end = _complements(text, tokens, k + 1, limit)
    if end >= len(tokens) or (
        tokens[end].text not in first_names() and tokens[end].low not in word_set("honorifics.txt")
    ):
        return None
    name, resume = _role_name(text, tokens, end)
    if name is None or resume == end:
        return None
    return Phrase(tokens[i].start, name.end, PERSON, name=name, head=tokens[k].low), resume


def _name_end(text: str, end: int) -> int:
    """A name's end with a dash glued to its last word left out ("«…» -dijo Ana Paz-")."""
    while end > 1 and text[end - 1] in "-–" and text[end - 2].isalpha():
        end -= 1
    return end


def _role_name(text: str, tokens: Sequence[Token], end: int) -> tuple[Span | None, int]:
    """The person's name after a role and its complements, and where the phrase ends.

    Right after it ("el periodista Jorge Lillo") or after a comma ("el ministro de
    Salud, Tomás Riquelme"); a run with "y" there is the portfolio going on ("ministro
    de Economía, Fomento y Turismo, …") unless it opens on a given name.
    """
    n = len(tokens)
    if end < n and tokens[end].capital and gap_ok(text, tokens[end - 1], tokens[end]):
        run = name_run(text, tokens, end)
        if run > end and classify_name([t.text for t in tokens[end:run]]) == PERSON:
            return Span(tokens[end].start, _name_end(text, tokens[run - 1].end)), run
        return None, end
    if (
        end + 2 < n
        and text[tokens[end - 1].end : tokens[end].start].strip() == ","
        and tokens[end].low in words_of("singular_definite")
        and not tokens[end].capital
        and tokens[end + 1].low in word_set("role_words.txt")
        and tokens[end + 2].capital
    ):
        # "el portavoz de la Policía, el comisario Raúl Soto": a rank, then the name
        ranked, resume = _role_name(text, tokens, end + 2)
        if ranked is not None:
            return ranked, resume
    if not (
        end + 1 < n
        and text[tokens[end - 1].end : tokens[end].start].strip() == ","
        and tokens[end].capital
    ):
        return None, end
    if tokens[end].low in word_set("honorifics.txt"):
        # "el presidente del Colegio Médico, Dr. Luis Gil": the title is no part of the name
        titled = _honorific_at(text, tokens, end, end)
        if titled is None or titled[0].name is None:
            return None, end
        return titled[0].name, titled[1]
    run = name_run(text, tokens, end)
    after = text[tokens[run - 1].end : tokens[run - 1].end + 2].strip()[:1] if run > end else ""
    candidate = [t.text for t in tokens[end:run]]
    if (
        run > end + 1
        and classify_name(candidate) == PERSON
        and after in (",", ".", "")
        and ("y" not in candidate or candidate[0] in first_names())
    ):
        return Span(tokens[end].start, _name_end(text, tokens[run - 1].end)), run
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
    if found is None and len(tokens) > 1 and tokens[0].low in words_of("singular_definite"):
        # after a verb or a cue, not where an adjunct may open the sentence ("En la
        # reunión del consejo, Mario Paz dijo…")
        found = _apposed_holder(text, tokens, 0, 1, min(len(tokens), MAX_PHRASE_TOKENS))
    return None if found is None else found[0]
