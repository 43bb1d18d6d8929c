"""Sources: who the article credits, as entities with their mentions.

A source is credited by an attribution phrase (``según X``, ``de acuerdo con X``,
``citado por X``…), by a reporting verb (``X dijo``, ``señaló X``, ``X informó``),
or by being the speaker of a direct or partial quotation. Mentions are grouped
into entities through :mod:`noticiaparse._reading`: a surname joins the full name,
a role joins the person it was linked to, "el diario" joins the last newspaper
named. Each entity is reported once, under its most complete name.
"""

from __future__ import annotations

from collections.abc import Sequence

from noticiaparse._model import Mention, Quote, QuoteKind, Source, SourceKind
from noticiaparse._reading import (
    Attributions,
    Cast,
    Phrase,
    Reading,
    read_attributions,
    regions_read,
    words_of,
)
from noticiaparse._text.spine import Spine

__all__ = ["find_sources"]

#: The site's own name, as a page shows it, is at most this long.
_MAX_SITE_NAME = 40
#: "el informe": a document named by its article and noun alone is the one just named.
_ARTICLE_AND_NOUN = 2


def find_sources(
    spine: Spine,
    regions: Sequence[tuple[int, int]],
    quotes: Sequence[Quote],
    reading: Reading | None = None,
    attributions: Attributions | None = None,
) -> tuple[Source, ...]:
    """Every source credited inside ``regions``; ``quotes`` are the speakers already found.

    ``reading`` is the article's words and cast already read over ``regions``
    (:func:`noticiaparse._reading.read_article`), when the caller shares them with
    :func:`noticiaparse._extract.quotes.find_quotes`; ``attributions`` those read by
    :func:`noticiaparse._extract.quotes.read_quotes`, reused region by region where they hold.

    Examples:
        >>> from noticiaparse._text.spine import build_spine
        >>> text = "Según La Tercera, el plan fracasó. Así lo informó el diario."
        >>> spine = build_spine(text)
        >>> [(s.name, s.kind.value, [m.text for m in s.mentions])
        ...  for s in find_sources(spine, [(0, len(text))], ())]
        [('La Tercera', 'media', ['La Tercera', 'el diario'])]
    """
    text = spine.text
    regions = [r for r in regions if r[0] < r[1]]
    index, words, cast = regions_read(text, regions, reading)
    quoted = _quoted_spans(spine, quotes)
    ledger = _Ledger(spine, cast)
    # the regions quotes already read, where the quoted spans give the same answers
    read = read_attributions(text, regions, quoted, words, index, known=attributions)
    for attribution in read.found:
        if attribution.phrase is not None:
            ledger.add(attribution.phrase, attribution.cue.lower())
    entities = ledger.entities
    names = {e.name.lower() for e in entities.values()}
    for quote in quotes:
        if quote.speaker is None or quote.kind not in (QuoteKind.DIRECT, QuoteKind.PARTIAL):
            continue
        if quote.cue is None:
            continue  # a speaker carried from the context, with no cue of its own
        key = " ".join(quote.speaker.text.lower().split())
        if key not in entities and key not in names:
            names.add(key)
            entity = _Entity(
                key=key, name=quote.speaker.text, kind=_speaker_kind(quote.speaker.text)
            )
            speaker = quote.speaker
            entity.mentions.append(
                Mention(text=speaker.text, start=speaker.start, end=speaker.end, cue=quote.cue)
            )
            entity.first = quote.start
            entities[key] = entity
    home = _site_names(text, regions)
    return tuple(
        e.source()
        for e in sorted(entities.values(), key=lambda e: e.first)
        if not (e.kind == "media" and e.name.lower() in home)
    )


def _site_names(text: str, regions: Sequence[tuple[int, int]]) -> frozenset[str]:
    """Names the page gives itself outside the article ("Título | La Cuarta").

    The outlet that published the article is not a source of itself.
    """
    names = set()
    cursor = 0
    for lo, hi in [*regions, (len(text), len(text))]:
        for line in text[cursor:lo].split("\n"):
            for mark in (" | ", " - ", " — "):
                if mark in line:
                    names.add(line.rsplit(mark, 1)[1].strip().lower())
        if lo < hi and cursor == 0:
            # the headline region can carry the site name too
            line = text[lo:hi]
            for mark in (" | ", " — "):
                if mark in line:
                    names.add(line.rsplit(mark, 1)[1].strip().lower())
        cursor = max(cursor, hi)
    return frozenset(name for name in names if 0 < len(name) <= _MAX_SITE_NAME)


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


def _speaker_kind(name: str) -> str:
    del name
    return "person"


def _quoted_spans(spine: Spine, quotes: Sequence[Quote]) -> list[tuple[int, int]]:
    """Normalised spans of the quotations (their words are not the writer's)."""
    text = spine.text
    out = []
    cursor = 0
    for quote in sorted(quotes, key=lambda q: q.start):
        needle = quote.text[:20]
        if not needle:
            continue
        # normalising only shortens the text, so the quote is no later than its original offset
        at = text.find(needle, cursor, max(cursor, quote.end) + 64)
        if at < 0:
            continue
        out.append((at, at + max(len(quote.text), 1)))
        cursor = at
    return out


class _Ledger:
    """The entities found so far in one article, and the document last named."""

    def __init__(self, spine: Spine, cast: Cast) -> None:
        self.spine = spine
        self.cast = cast
        self.entities: dict[str, _Entity] = {}
        self.last_document: str | None = None

    def add(self, phrase: Phrase, cue: str) -> None:
        """Credit ``phrase``: join its entity (or open one) and record the mention."""
        spine = self.spine
        entity = self.cast.resolve(phrase)
        name = " ".join(spine.text[entity.start : entity.end].split())
        if len(name) <= 1:
            return
        kind = entity.kind if entity.kind in {k.value for k in SourceKind} else "person"
        key = entity.key
        if kind == "document":
            words = name.lower().split()
            if (
                self.last_document
                and len(words) == _ARTICLE_AND_NOUN
                and words[0] in words_of("definite")
            ):
                key = self.last_document  # "el documento", "el informe": the one just named
            else:
                self.last_document = key
        current = self.entities.get(key)
        if current is None:
            current = _Entity(key, name, kind)
            self.entities[key] = current
        elif len(name) > len(current.name) and kind == current.kind:
            current.name = name
        start, end = spine.trim(phrase.start, phrase.end)
        o_start, o_end = spine.span(start, end)
        current.mentions.append(
            Mention(text=spine.display(start, end), start=o_start, end=o_end, cue=cue)
        )
        current.first = min(current.first, phrase.start)
