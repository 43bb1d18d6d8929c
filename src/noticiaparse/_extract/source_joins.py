"""Folds that join the mentions of one entity the ledger left apart.

:func:`sources.find_sources` builds one entity per name the cast keys; these folds run
over its finished list and join a mention of an entity to the one it names again: a
definite description alone ("la mujer", "el diputado") to the one person it fits, a
document named by its noun alone ("el informe") to the document last named of its family
(``document_families.tsv``), an organisation's head noun ("la empresa") to the one firm
named, a person's head to the one full name, a document's topic to it. :func:`_join_into`
moves one entry's mentions into another's.
"""

from __future__ import annotations

import functools

import attrs

from noticiaparse._extract.source_words import ARTICLE_AND_NOUN, adverbial_leads
from noticiaparse._model import Source, SourceKind
from noticiaparse._reading import first_names, role_keys, words_of
from noticiaparse._reading.vocabulary import org_nouns
from noticiaparse._text.lexicons import lines, rows

__all__ = [
    "ANY_DOCUMENT",
    "bare_document",
    "definites_folded",
    "document_family",
    "document_topics",
    "documents_folded",
    "firm_by_noun",
    "heads_folded",
]


#: The longest topic read after a document's noun, in characters.
_DOCUMENT_TOPIC_REACH = 80


@functools.cache
def _topic_links() -> tuple[str, ...]:
    return tuple(f" {link} " for link in lines("topic_links.txt"))


def document_topics(found: tuple[Source, ...], text: str) -> tuple[Source, ...]:
    """A document's name with the topic its noun brings in after it ("sobre …").

    "Un informe sobre la pobreza infantil advirtió…", "Según un estudio sobre el empleo
    juvenil, …": the phrase reader ends the name at the preposition; the topic is part of
    the document's most complete name (``topic_links.txt``), up to the verb that credits
    it, or the comma that closes the phrase after "según", in the same sentence.
    """
    out = list(found)
    for k, source in enumerate(out):
        if source.kind is not SourceKind.DOCUMENT or not source.mentions:
            continue
        first = source.mentions[0]
        if " ".join(first.text.split()) != source.name:
            continue
        after = text[first.end : first.end + _DOCUMENT_TOPIC_REACH]
        link = next((x for x in _topic_links() if after.startswith(x)), None)
        if link is None:
            continue
        cue = first.cue or ""
        # the verb that credits it after the topic, else (after "según") the comma
        stop = after.find(f" {cue}", len(link)) if cue else -1
        if stop < 0:
            stop = after.find(",", len(link))
        if stop <= len(link) or any(c in after[:stop] for c in '.;:\n«»"“”'):
            continue
        name = " ".join(f"{first.text}{after[:stop]}".split())
        out[k] = attrs.evolve(source, name=name)
    return tuple(out)


def _join_into(out: list[Source], into: int, k: int, kind: SourceKind | None = None) -> None:
    """Fold ``out[k]``'s mentions into ``out[into]``, in text order.

    ``kind``, if given, is the kept source's new kind; ``out[k]`` is left with no
    mention (the folds below drop such sources at their end).
    """
    kept, joined = out[into], out[k]
    mentions = tuple(sorted((*kept.mentions, *joined.mentions), key=lambda m: m.start))
    out[into] = attrs.evolve(kept, mentions=mentions, kind=kept.kind if kind is None else kind)
    out[k] = attrs.evolve(joined, mentions=())


def _earlier(out: list[Source], k: int, kinds: frozenset[SourceKind]) -> list[int]:
    """The sources of ``kinds`` whose first mention comes before ``out[k]``'s first one."""
    at = out[k].mentions[0].start
    return [
        j
        for j, other in enumerate(out)
        if j != k and other.mentions and other.mentions[0].start < at and other.kind in kinds
    ]


def _latest(out: list[Source], candidates: list[int]) -> int:
    """The one of ``candidates`` first mentioned last: the nearest one a mention points back to."""
    return max(candidates, key=lambda j: out[j].mentions[0].start)


_PEOPLE = frozenset({SourceKind.PERSON, SourceKind.ANONYMOUS})
_BODIES = frozenset({SourceKind.PERSON, SourceKind.ORGANIZATION})
_DOCUMENTS = frozenset({SourceKind.DOCUMENT})


def definites_folded(found: tuple[Source, ...]) -> tuple[Source, ...]:
    """A definite role or noun alone, joined to the unnamed one it names again.

    "Un portavoz de la empresa dijo… ¶ El vocero agregó…", "Un testigo que pidió reserva
    relató… ¶ El testigo agregó…", "Fuentes del ministerio confirmaron… ¶ Las fuentes
    agregaron…": an indefinite (or an anonymous source) brings someone in, and the
    definite article and the same noun (or one of its office, ``role_synonyms.tsv``)
    name that one again. A person's or an anonymous source named by its article and
    noun alone (an adjective after it at most) whose first mention follows such a
    source is that source, the latest one before it; the fuller name stays.
    """
    shorts = [k for k, s in enumerate(found) if _definite_alone(s)]
    if not shorts:
        return found
    out = list(found)
    for k in shorts:
        short = out[k]
        if not short.mentions:
            continue
        keys = set(role_keys(short.name.split()[-1 if " " not in short.name else 1].lower()))
        earlier = [
            j
            for j in _earlier(out, k, _PEOPLE)
            if _introduced_by(out[j], keys) and _same_gender(out[j].name, short.name)
        ]
        if earlier:
            _join_into(out, _latest(out, earlier), k)
    return tuple(s for s in out if s.mentions)


#: The most words of a definite role alone: article, noun, one adjective.
_DEFINITE_WORDS = 3


def _definite_alone(source: Source) -> bool:
    """Whether ``source`` is a person or an anonymous source named by article and noun alone."""
    words = source.name.split()
    if len(words) == 1:  # "Las fuentes agregaron…", read as "fuentes"
        return source.kind is SourceKind.ANONYMOUS and words[0].islower()
    return (
        source.kind in (SourceKind.PERSON, SourceKind.ANONYMOUS)
        and len(words) <= _DEFINITE_WORDS
        and words[0].lower() in words_of("definite")
        and all(w.islower() and w.isalpha() for w in words[1:])
    )


def _same_gender(one: str, other: str) -> bool:
    """Whether two names' articles agree in gender ("un portavoz" is no "la portavoz")."""
    genders = []
    for name in (one, other):
        first = name.split(maxsplit=1)[0].lower()
        genders.append(
            "f" if first in words_of("feminine") else "m" if first in words_of("masculine") else ""
        )
    return "" in genders or genders[0] == genders[1]


def _introduced_by(source: Source, keys: set[str]) -> bool:
    """Whether ``source`` came in unnamed (indefinite or anonymous) by a noun of ``keys``."""
    words = source.name.split()
    first = words[0].lower()
    indefinite = first in words_of("indefinite")
    if not (indefinite or source.kind is SourceKind.ANONYMOUS) or len(words) < ARTICLE_AND_NOUN:
        return False
    head = words[1] if indefinite or first in words_of("definite") else words[0]
    return not keys.isdisjoint(role_keys(head.lower()))


def documents_folded(found: tuple[Source, ...]) -> tuple[Source, ...]:
    """A document named again by its article and noun, joined to the one named before it.

    "El fallo de la Corte Suprema establece… ¶ La sentencia agrega…": the ledger joins
    "la sentencia" to a document of its family credited before it, but the readers run
    one after another, and a later reader may credit the first one named. On the
    finished list, a definite document named by its noun and adjectives alone
    (:func:`bare_document`) whose first mention follows another document's is that
    document, the latest of its family before it (``document_families.tsv``; "el
    documento", "el texto" of any). An adjective before the noun ("el último catastro",
    "el nuevo informe") brings in another document.
    """
    docs = [s for s in found if s.kind is SourceKind.DOCUMENT and s.mentions]
    if len(docs) < 2:  # noqa: PLR2004  (two documents at least to join)
        return found
    out = list(found)
    for k, source in enumerate(out):
        words = source.name.lower().split()
        if (
            source.kind is not SourceKind.DOCUMENT
            or not source.mentions
            or words[0] not in words_of("definite")
            or words[1] not in _document_families()  # "el último catastro": a new edition
            or not bare_document(source.name)
        ):
            continue
        family = document_family(source.name)
        earlier = [
            j
            for j in _earlier(out, k, _DOCUMENTS)
            if ANY_DOCUMENT in {family, document_family(out[j].name)}
            or family == document_family(out[j].name)
        ]
        if earlier:
            _join_into(out, _latest(out, earlier), k)
    return tuple(s for s in out if s.mentions)


def _head_of(name: str) -> tuple[str, int]:
    """The first word of ``name`` past its article, lower case, and how many words follow."""
    words = name.split()
    if len(words) > 1 and words[0].lower() in words_of("definite") | words_of("indefinite"):
        words = words[1:]
    return (words[0].lower() if words else ""), len(words) - 1


def _in_title(text: str, source: Source) -> bool:
    """Whether every mention of ``source`` stands in a line that ends on no full stop.

    A headline, a title or a deck is written without its stop and without articles
    ("Fiscalía pide prisión para exalcalde"); a sentence of the body ends on one.
    """
    for mention in source.mentions:
        end = text.find("\n", mention.start)
        line = text[mention.start : end if end >= 0 else len(text)].rstrip()
        if line.endswith("."):
            return False
    return True


def heads_folded(found: tuple[Source, ...], text: str) -> tuple[Source, ...]:
    """A source named by its head word alone, joined to the one fuller name it opens.

    Headlines drop the article and the complement ("Fiscalía pide prisión…", "Gobierno
    descarta alza…", "Estudio revela…", "Expertos advierten…") and the first paragraph
    gives the whole name ("La Fiscalía Regional de Valparaíso pidió…", "Un estudio de la
    Universidad Católica reveló…"); a body may do the same in either order ("Los
    expertos" after "Expertos de la Universidad de Chile"). A source whose name is one
    word past its article (no given name) is the source of the same kind whose name
    opens on that word, when exactly one does: one entity, under the fuller name. With
    no article, the word must stand in a title (a line with no full stop: the body
    writes "la Comisión", and "Comisión precisó…" is another name). A person's is a
    group's only ("expertos", a plural), never a surname or a given name.
    """
    heads: dict[tuple[str, SourceKind], list[int]] = {}
    shorts: list[int] = []
    for k, source in enumerate(found):
        head, rest = _head_of(source.name)
        if not head:
            continue
        if rest:
            heads.setdefault((head, source.kind), []).append(k)
        else:
            shorts.append(k)
    if not shorts or not heads:
        return found
    out = list(found)
    given = first_names()
    for k in shorts:
        short = out[k]
        head, _ = _head_of(short.name)
        if short.kind is SourceKind.ANONYMOUS or short.name.split()[0].lower() in words_of(
            "indefinite"
        ):
            continue  # "Un vecino… Un vecino del sector…": someone new each time
        if short.name.split()[0].lower() == head and not _in_title(text, short):
            continue  # "Comisión Europea anunció… Comisión precisó…": the body keeps articles
        if short.kind is SourceKind.PERSON and (
            not head.endswith("s") or head.capitalize() in given
        ):
            continue  # "Pérez", "Juan": a person's name, folded by the cast
        longer = heads.get((head, short.kind), [])
        if len(longer) != 1 or not out[longer[0]].mentions:
            continue
        _join_into(out, longer[0], k)
    return tuple(s for s in out if s.mentions)


def _org_noun_alone(source: Source) -> bool:
    """Whether ``source`` is an organisation's noun as written, no name in it ("la petrolera")."""
    words = source.name.split()
    return (
        source.kind is SourceKind.ORGANIZATION
        and 1 < len(words) <= _NOUN_WORDS
        and words[0].lower() in words_of("definite")
        and words[1].lower() in org_nouns()
        and all(w.islower() for w in words[1:])
    )


def _noun_joined(source: Source, given: dict[str, str]) -> bool:
    """Whether a bare name read as a person's was named again by an organisation's noun.

    "Ecopetrol informó… La petrolera agregó…" joined the noun to the name before it
    (the subject of the sentence before): the name is an organisation's.
    """
    name = source.name
    if source.kind is not SourceKind.PERSON or " " in name or name in given:
        return False
    return any(
        len(words := m.text.split()) > 1
        and words[0].lower() in words_of("definite")
        and words[1] in org_nouns()
        for m in source.mentions
    )


#: The most words of an organisation's noun as written: article, noun, two adjectives.
_NOUN_WORDS = 4


def firm_by_noun(found: tuple[Source, ...]) -> tuple[Source, ...]:
    """An organisation's noun as written, joined to the one bare name credited before it.

    "Ecopetrol informó… ¶ La petrolera agregó…", "Carabineros informó… ¶ La institución
    precisó…": a firm or body named by one capitalised word and no article is read as
    a name of nobody's kind; when the one such name credited before it is the only name
    the noun can point back to (no institution named, so the cast resolved nothing), the
    noun names it again, across paragraphs too, and it is an organisation. A given name
    is a person's ("Pedro informó… La empresa…" stays as written).
    """
    given = first_names()
    found = tuple(
        attrs.evolve(s, kind=SourceKind.ORGANIZATION) if _noun_joined(s, given) else s
        for s in found
    )
    nouns = [k for k, s in enumerate(found) if _org_noun_alone(s)]
    if not nouns:
        return found
    out = list(found)
    for k in nouns:
        noun = out[k]
        if not noun.mentions:
            continue
        before = _earlier(out, k, _BODIES)
        bare = [
            j
            for j in before
            if " " not in out[j].name
            and out[j].name[:1].isupper()
            and out[j].name not in given
            and out[j].name.lower() not in org_nouns()
        ]
        named_orgs = [j for j in before if out[j].kind is SourceKind.ORGANIZATION]
        if len(bare) != 1 or any(j not in bare for j in named_orgs):
            continue
        _join_into(out, bare[0], k, kind=SourceKind.ORGANIZATION)
    return tuple(s for s in out if s.mentions)


#: The family of the document nouns that name any document again ("el documento").
ANY_DOCUMENT = "any"


@functools.cache
def _document_families() -> dict[str, str]:
    return {row[0]: row[1] for row in rows("document_families.tsv")}


def document_family(name: str) -> str | None:
    """The family of a document's first noun (``document_families.tsv``), or the noun.

    A noun of no family is a family of its own: "el escrito" names again a filing.

    Examples:
        >>> document_family("El informe diario"), document_family("un balance del INE")
        ('report', 'report')
        >>> document_family("el escrito"), document_family("El documento")
        ('escrito', 'any')
    """
    families = _document_families()
    words = name.lower().split()
    for word in words:
        if word in families:
            return families[word]
    return words[1] if len(words) > 1 else None


def bare_document(name: str) -> bool:
    """Whether a document is named by its article, its noun and adjectives alone.

    "el informe", "el informe diario", "el reporte semanal" name no maker, title or date
    of their own: the document just named, under another noun maybe ("El balance diario
    … El informe diario").
    """
    words = name.split()
    if len(words) == ARTICLE_AND_NOUN:
        return True
    return len(words) <= ARTICLE_AND_NOUN + 1 and all(
        w.islower() and w.isalpha() and w not in adverbial_leads() for w in words[1:]
    )
