"""Sources: who the article credits, as entities with their mentions.

A source is credited by an attribution phrase (``según X``, ``de acuerdo con X``,
``citado por X``…), by a reporting verb (``X dijo``, ``señaló X``, ``X informó``),
or by being the speaker of a direct or partial quotation. Mentions are grouped
into entities through :mod:`noticiaparse._reading`: a surname joins the full name,
a role joins the person it was linked to, "el diario" joins the last newspaper
named. Each entity is reported once, under its most complete name.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

import regex

from noticiaparse._model import Mention, QuoteKind, Source, SourceKind
from noticiaparse._reading import (
    MEDIA_REF,
    Cast,
    Credit,
    Phrase,
    Reading,
    Turn,
    role_keys,
    word_set,
    words_of,
)
from noticiaparse._text.fold import fold
from noticiaparse._text.lexicons import lines
from noticiaparse._text.span import Span
from noticiaparse._text.spine import Spine

__all__ = ["find_sources"]

_SPOKEN = (QuoteKind.DIRECT, QuoteKind.PARTIAL)
#: The site's own name, as a page shows it, is at most this long.
_MAX_SITE_NAME = 40
#: "el informe": a document named by its article and noun alone is the one just named.
_ARTICLE_AND_NOUN = 2
#: The kinds a source can have, as their values (an entity of another kind is a person).
_SOURCE_KINDS = frozenset(kind.value for kind in SourceKind)


def find_sources(
    spine: Spine, reading: Reading, said: Sequence[Credit] = (), signed: str | None = None
) -> tuple[Source, ...]:
    """Every source the article ``reading`` credits; ``said`` what the quotes reader read.

    ``signed`` is the desk or agency that signs the page (``Layout.credit``): the
    outlet that wrote the article is no source of itself.

    A quotation's speaker is a source when a cue of its own names it (a speaker
    carried from the context is credited where it was named).

    Examples:
        >>> from noticiaparse._reading import read_article
        >>> from noticiaparse._text.spine import build_spine
        >>> text = "Según La Tercera, el plan fracasó. Así lo informó el diario."
        >>> spine = build_spine(text)
        >>> reading = read_article(spine.text, [(0, len(text))])
        >>> [(s.name, s.kind.value, [m.text for m in s.mentions])
        ...  for s in find_sources(spine, reading)]
        [('La Tercera', 'media', ['La Tercera', 'el diario'])]
    """
    ledger = _Ledger(spine, reading.cast)
    for attribution in reading.attributions.found:
        if attribution.phrase is not None:
            ledger.add(attribution.phrase, attribution.cue.lower())
    for credit in said:
        if credit.speaker is None or credit.kind not in _SPOKEN:
            continue
        if credit.cue is not None or credit.quotation.turn is Turn.ANSWER:
            # a speaker named by a cue of its own, or the interviewee who answers
            ledger.add(credit.speaker, credit.cue, start=credit.quotation.start)
    home = _site_names(spine.text, reading.regions) | _credit_names(signed)
    return tuple(
        e.source()
        for e in sorted(ledger.entities.values(), key=lambda e: e.first)
        if not (e.kind == "media" and _at_home(e.name.lower(), home))
    )


def _at_home(name: str, home: frozenset[str]) -> bool:
    """Whether the outlet ``name`` is the publisher: one of its names or their first words."""
    return name in home or any(site.startswith(name + " ") for site in home)


#: How many capitals, spaces and stops may come before a dateline's bracket.
_DATELINE_LEAD = 40
#: A dateline credit opening a paragraph: "(EFE) —", "SANTIAGO (AFP).-", "(CNN Radio) –":
#: the outlet that wrote the article, in brackets before a dash.
_DATELINE = regex.compile(
    rf"[\p{{Lu}} ,.]{{0,{_DATELINE_LEAD}}}"
    r"\(([\p{L}\p{N} .&]{2,40})\)\s{0,3}(?:[.,]\s{0,2})?[-–—]"
)


def _site_names(text: str, regions: Sequence[Span]) -> frozenset[str]:
    """Names the page gives itself outside the article ("Título | La Cuarta").

    The outlet that published the article is not a source of itself.
    """
    names = set()
    cursor = 0
    for lo, hi in [*regions, Span(len(text), len(text))]:
        gap = text[cursor:lo]  # no mark in it (most gaps: a line break), no line to split
        if " | " in gap or " - " in gap or " — " in gap:
            for line in gap.split("\n"):
                for mark in (" | ", " - ", " — "):
                    if mark in line:
                        names.add(line.rsplit(mark, 1)[1].strip().lower())
        if lo < hi and cursor == 0:
            # the headline region can carry the site name too
            line = text[lo:hi]
            for mark in (" | ", " — "):
                if mark in line:
                    names.add(line.rsplit(mark, 1)[1].strip().lower())
        # the dateline's bracket comes within its first _DATELINE_LEAD characters
        bracket = lo < hi and text.find("(", lo, min(hi, lo + _DATELINE_LEAD + 1)) >= 0
        credit = _DATELINE.match(text, lo, hi) if bracket else None
        if credit is not None:
            names.add(" ".join(credit.group(1).split()).lower())
        cursor = max(cursor, hi)
    return frozenset(name for name in names if 0 < len(name) <= _MAX_SITE_NAME)


#: Where a credit line names several signers: "EFE / AFP", "Redacción | Télam".
_CREDIT_SPLIT = re.compile(r"\s*(?:[/|,;]|\s[-–—]\s|\sy\s)\s*")


@functools.cache
def _desk_words() -> frozenset[str]:
    return frozenset(fold(entry) for entry in lines("desks.txt"))


def _credit_names(signed: str | None) -> frozenset[str]:
    """The outlets a page's credit names, the desk's words left out.

    "Redacción Clarín" is Clarín's desk; "EFE / AFP" names two agencies.
    """
    if not signed:
        return frozenset()
    names = set()
    for part in _CREDIT_SPLIT.split(" ".join(signed.split())):
        words = part.split()
        cut = max(
            (k for k in range(1, len(words)) if fold(" ".join(words[:k])) in _desk_words()),
            default=0,
        )
        name = " ".join(words[cut:]).lower()
        if name:
            names.add(name)
    return frozenset(name for name in names if len(name) <= _MAX_SITE_NAME)


def _same_author(name: str, earlier: str) -> bool:
    """Whether a definite document's name shares its author with the one named before.

    "El reporte de Norte Seguros" after "un informe elaborado por Norte Corredores de
    Seguros": a capitalised word of its complement stands in the earlier name.
    """
    capitals = [word for word in name.split()[1:] if word[:1].isupper()]
    earlier_words = set(earlier.lower().split())
    return bool(capitals) and capitals[0].lower() in earlier_words


def _starts_with(words: list[str], lead: list[str], *, equal: bool = False) -> bool:
    return (len(lead) < len(words) or (equal and len(lead) == len(words))) and words[
        : len(lead)
    ] == lead


def _offices(words: list[str]) -> list[str]:
    """The words with each role or group noun as its office ("encuestados" = "consultados")."""
    return [role_keys(word)[0] for word in words]


class _Entity:
    """A source being built: its key, best name, kind and mentions."""

    def __init__(self, key: str, name: str, kind: str) -> None:
        self.key = key
        self.name = name
        self.kind = kind
        self.mentions: list[Mention] = []
        self.first = 1 << 62

    def source(self) -> Source:
        return Source(name=self.name, kind=SourceKind(self.kind), mentions=tuple(self.mentions))


class _Ledger:
    """The entities found so far in one article, and the document last named."""

    def __init__(self, spine: Spine, cast: Cast) -> None:
        self.spine = spine
        self.cast = cast
        self.entities: dict[str, _Entity] = {}
        self.last_document: str | None = None
        # the stretches credited so far, each as one int (start and end together): a
        # page of quotations credits one every few words
        self.seen: set[int] = set()
        self.width = len(spine.text) + 1
        # one copy of each mention's text, however often a page names the same source
        self.texts: dict[str, str] = {}

    def _group_named(self, key: str, kind: str) -> str:
        """The group named before of which ``key`` is the short form, else ``key``.

        "los medios" after "los medios italianos", "los vecinos" after "los vecinos de
        Aysén": a group named again with fewer words is the same group.
        """
        words = _offices(key.split())
        for other, entity in self.entities.items():
            if entity.kind == kind and _starts_with(_offices(other.split()), words, equal=True):
                return other
        return key

    def add(self, phrase: Phrase, cue: str | None, start: int | None = None) -> None:
        """Credit ``phrase``: join its entity (or open one) and record the mention.

        A phrase already credited (a verb's subject that is also a speaker) is not
        recorded twice; ``start`` is where the entity is first credited, when not at
        the phrase (a speaker at the quotation it spoke).
        """
        stretch = phrase.start * self.width + phrase.end
        if stretch in self.seen:
            return
        self.seen.add(stretch)
        spine = self.spine
        entity = self.cast.resolve(phrase)
        if phrase.kind == MEDIA_REF and entity.start == phrase.start:
            return  # "la revista" with no outlet named before it names no one
        name = " ".join(spine.text[entity.start : entity.end].split())
        if len(name) <= 1:
            return
        kind = entity.kind if entity.kind in _SOURCE_KINDS else "person"
        key = entity.key
        if kind == "document":
            words = name.lower().split()
            if (
                self.last_document
                and words[0] in words_of("definite")
                and (len(words) == _ARTICLE_AND_NOUN or _same_author(name, self.last_document))
            ):
                # "el informe", "el reporte de GPS" after "un informe elaborado por GPS…"
                key = self.last_document
            else:
                self.last_document = key
        if phrase.plural and phrase.name is None and key not in self.entities:
            key = self._group_named(key, kind)
        if kind == "anonymous" and key in word_set("anonymous_anaphora.txt"):
            # "la fuente", "dicha fuente": the anonymous source named last before it
            key = next(
                (k for k, e in reversed(self.entities.items()) if e.kind == "anonymous"), key
            )
        current = self.entities.get(key)
        if current is None:
            current = _Entity(key, name, kind)
            self.entities[key] = current
        elif len(name) > len(current.name) and kind == current.kind:
            current.name = name
        start, end = spine.trim(phrase.start, phrase.end)
        o_start, o_end = spine.span(start, end)
        shown = spine.display(start, end)
        current.mentions.append(
            Mention(text=self.texts.setdefault(shown, shown), start=o_start, end=o_end, cue=cue)
        )
        current.first = min(current.first, phrase.start if start is None else start)
