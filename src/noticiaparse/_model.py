"""The public, typed result of a parse: frozen attrs classes and their JSON form.

Every element carries ``start``/``end``: character offsets into the caller's exact
input string, so that ``text[start:end]`` is the source of what the element reports.
``to_dict``/``from_dict`` convert to and from the JSON form (``docs/json.md``).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

import attrs

from noticiaparse._schema import check_json

__all__ = [
    "SCHEMA",
    "Article",
    "DateMention",
    "Layout",
    "Mention",
    "Money",
    "Publication",
    "Quote",
    "QuoteKind",
    "Segment",
    "Source",
    "SourceKind",
    "trusted_segment",
]

#: The value of the ``schema`` key of the JSON form.
SCHEMA = "noticiaparse/1"


class QuoteKind(str, enum.Enum):
    """What a quotation is: someone's words, a fragment of them, a term, or a title."""

    DIRECT = "direct"
    PARTIAL = "partial"
    TERM = "term"
    TITLE = "title"

    def __str__(self) -> str:
        return self.value


class SourceKind(str, enum.Enum):
    """What kind of entity a source is."""

    PERSON = "person"
    ORGANIZATION = "organization"
    MEDIA = "media"
    DOCUMENT = "document"
    ANONYMOUS = "anonymous"

    def __str__(self) -> str:
        return self.value


def _check_span(instance: Any, attribute: Any, value: int) -> None:
    if value < 0:
        msg = f"{type(instance).__name__}.{attribute.name} must be >= 0, got {value}"
        raise ValueError(msg)


def _span_order(instance: Any) -> None:
    if instance.end < instance.start:
        msg = f"{type(instance).__name__}: end {instance.end} < start {instance.start}"
        raise ValueError(msg)


def _segments(items: Iterable[Segment]) -> tuple[Segment, ...]:
    return tuple(items)


def _strings(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(items)


def _quotes(items: Iterable[Quote]) -> tuple[Quote, ...]:
    return tuple(items)


def _sources(items: Iterable[Source]) -> tuple[Source, ...]:
    return tuple(items)


def _moneys(items: Iterable[Money]) -> tuple[Money, ...]:
    return tuple(items)


def _dates(items: Iterable[DateMention]) -> tuple[DateMention, ...]:
    return tuple(items)


def _mentions(items: Iterable[Mention]) -> tuple[Mention, ...]:
    return tuple(items)


@attrs.frozen
class Segment:
    """A piece of the page: headline, deck, body paragraph, boilerplate line, speaker.

    ``text`` is whitespace-normalised; ``start``/``end`` point into the input.
    """

    text: str
    start: int = attrs.field(validator=_check_span)
    end: int = attrs.field(validator=_check_span)

    def __attrs_post_init__(self) -> None:
        _span_order(self)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: ``{"text", "start", "end"}``."""
        return {"text": self.text, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Segment:
        """Build from the JSON form."""
        check_json(d, "segment")
        return cls(text=d["text"], start=d["start"], end=d["end"])


def trusted_segment(text: str, start: int, end: int) -> Segment:
    """A :class:`Segment` built without its checks, for offsets its maker guarantees.

    For the library's own construction path only (the spine makes a segment for every
    line of a page, and its offsets are in the text by construction, ``0 <= start <=
    end``): the same value the public constructor gives, which still checks every
    segment anyone else builds. It sets the fields as the ``attrs`` initialiser does.

    Examples:
        >>> trusted_segment("Dijo", 0, 4) == Segment("Dijo", 0, 4)
        True
    """
    segment = _new(Segment)
    _set_text(segment, text)
    _set_start(segment, start)
    _set_end(segment, end)
    return segment


# Setting a field of a frozen slotted class goes through its slot's descriptor, which
# ``object.__setattr__`` looks up by name first: taken once here, a third of the cost.
_new = object.__new__
_set_text = Segment.__dict__["text"].__set__
_set_start = Segment.__dict__["start"].__set__
_set_end = Segment.__dict__["end"].__set__


@attrs.frozen
class Publication:
    """The page's own publication line, and the date (and time, when given) it states."""

    raw: str = attrs.field(repr=False)
    start: int = attrs.field(validator=_check_span)
    end: int = attrs.field(validator=_check_span)
    value: dt.date | dt.datetime | None

    def __attrs_post_init__(self) -> None:
        _span_order(self)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: ``{"raw", "start", "end", "value"}`` with an ISO value."""
        return {
            "raw": self.raw,
            "start": self.start,
            "end": self.end,
            "value": None if self.value is None else self.value.isoformat(),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Publication:
        """Build from the JSON form (a value with ``T`` is a date-time)."""
        check_json(d, "publication")
        raw_value = d.get("value")
        value: dt.date | dt.datetime | None
        if raw_value is None:
            value = None
        elif "T" in raw_value:
            value = dt.datetime.fromisoformat(raw_value)
        else:
            value = dt.date.fromisoformat(raw_value)
        return cls(raw=d["raw"], start=d["start"], end=d["end"], value=value)


@attrs.frozen
class Quote:
    """A quotation: its content without the marks, its kind, and who said it."""

    text: str
    start: int = attrs.field(validator=_check_span)
    end: int = attrs.field(validator=_check_span)
    kind: QuoteKind = attrs.field(converter=QuoteKind)
    speaker: Segment | None = None
    cue: str | None = None

    def __attrs_post_init__(self) -> None:
        _span_order(self)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form."""
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "kind": self.kind.value,
            "speaker": None if self.speaker is None else self.speaker.to_dict(),
            "cue": self.cue,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Quote:
        """Build from the JSON form."""
        check_json(d, "quote")
        speaker = d.get("speaker")
        return cls(
            text=d["text"],
            start=d["start"],
            end=d["end"],
            kind=QuoteKind(d["kind"]),
            speaker=None if speaker is None else Segment.from_dict(speaker),
            cue=d.get("cue"),
        )


@attrs.frozen
class Mention:
    """One place where the text names a source, with the cue that credits it."""

    text: str
    start: int = attrs.field(validator=_check_span)
    end: int = attrs.field(validator=_check_span)
    cue: str | None = None

    def __attrs_post_init__(self) -> None:
        _span_order(self)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form."""
        return {"text": self.text, "start": self.start, "end": self.end, "cue": self.cue}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Mention:
        """Build from the JSON form."""
        check_json(d, "mention")
        return cls(text=d["text"], start=d["start"], end=d["end"], cue=d.get("cue"))


@attrs.frozen
class Source:
    """An entity the article credits: its most complete name, kind and every mention."""

    name: str
    kind: SourceKind = attrs.field(converter=SourceKind)
    mentions: tuple[Mention, ...] = attrs.field(converter=_mentions, default=())

    def to_dict(self) -> dict[str, Any]:
        """The JSON form."""
        return {
            "name": self.name,
            "kind": self.kind.value,
            "mentions": [m.to_dict() for m in self.mentions],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Source:
        """Build from the JSON form."""
        check_json(d, "source")
        return cls(
            name=d["name"],
            kind=SourceKind(d["kind"]),
            mentions=tuple(Mention.from_dict(m) for m in d.get("mentions", ())),
        )


@attrs.frozen
class Money:
    """A monetary amount: exact ``Decimal`` in units of ``currency`` (ISO 4217)."""

    raw: str = attrs.field(repr=False)
    start: int = attrs.field(validator=_check_span)
    end: int = attrs.field(validator=_check_span)
    amount: Decimal
    currency: str | None = None
    symbol: str | None = None

    def __attrs_post_init__(self) -> None:
        _span_order(self)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form; ``amount`` is a decimal string, never a float."""
        return {
            "raw": self.raw,
            "start": self.start,
            "end": self.end,
            "amount": _decimal_str(self.amount),
            "currency": self.currency,
            "symbol": self.symbol,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Money:
        """Build from the JSON form."""
        check_json(d, "money")
        return cls(
            raw=d["raw"],
            start=d["start"],
            end=d["end"],
            amount=Decimal(str(d["amount"])),
            currency=d.get("currency"),
            symbol=d.get("symbol"),
        )


def _decimal_str(value: Decimal) -> str:
    """Plain positional notation: ``Decimal("5.8E+6")`` -> ``"5800000"``."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"


@attrs.frozen
class DateMention:
    """A mention of a calendar day or month.

    ``year``/``month``/``day`` are only what the text states; ``resolved`` is
    ``YYYY-MM-DD`` or ``YYYY-MM`` given the reference date, or ``None``.
    """

    raw: str = attrs.field(repr=False)
    start: int = attrs.field(validator=_check_span)
    end: int = attrs.field(validator=_check_span)
    year: int | None = None
    month: int | None = None
    day: int | None = None
    resolved: str | None = None

    def __attrs_post_init__(self) -> None:
        _span_order(self)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form."""
        return {
            "raw": self.raw,
            "start": self.start,
            "end": self.end,
            "year": self.year,
            "month": self.month,
            "day": self.day,
            "resolved": self.resolved,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> DateMention:
        """Build from the JSON form."""
        check_json(d, "date")
        return cls(
            raw=d["raw"],
            start=d["start"],
            end=d["end"],
            year=d.get("year"),
            month=d.get("month"),
            day=d.get("day"),
            resolved=d.get("resolved"),
        )


@attrs.frozen
class Layout:
    """The page's parts: what :func:`noticiaparse.parse_layout` returns.

    ``kicker`` is the label the page sets right over the headline (the antetítulo or
    volanta: "Crisis en Oriente Medio"), ``None`` when there is none; its line is
    boilerplate too.
    """

    headline: Segment | None = None
    kicker: Segment | None = None
    deck: Segment | None = None
    body: tuple[Segment, ...] = attrs.field(converter=_segments, default=())
    boilerplate: tuple[Segment, ...] = attrs.field(converter=_segments, default=())
    authors: tuple[str, ...] = attrs.field(converter=_strings, default=())
    published: Publication | None = None
    #: the agency or desk that signs the page ("EFE", "Redacción Deportes"), or None
    credit: str | None = None


def _opt(d: dict[str, Any] | None) -> Segment | None:
    return None if d is None else Segment.from_dict(d)


@attrs.frozen
class Article:
    """Everything :func:`noticiaparse.parse` finds in one scraped page.

    ``repairs`` lists the kinds of scraping damage the text spine undid
    (``"mojibake"``, ``"entity"``, ``"markup"``, ``"shortcode"``), empty for clean text.
    ``kicker`` is the label over the headline (see :class:`Layout`).
    """

    headline: Segment | None = None
    kicker: Segment | None = None
    deck: Segment | None = None
    body: tuple[Segment, ...] = attrs.field(converter=_segments, default=())
    boilerplate: tuple[Segment, ...] = attrs.field(converter=_segments, default=())
    authors: tuple[str, ...] = attrs.field(converter=_strings, default=())
    published: Publication | None = None
    quotes: tuple[Quote, ...] = attrs.field(converter=_quotes, default=())
    sources: tuple[Source, ...] = attrs.field(converter=_sources, default=())
    money: tuple[Money, ...] = attrs.field(converter=_moneys, default=())
    dates: tuple[DateMention, ...] = attrs.field(converter=_dates, default=())
    repairs: tuple[str, ...] = attrs.field(converter=_strings, default=())
    #: the agency or desk that signs the page ("EFE", "Redacción Deportes"), or None
    credit: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form (``docs/json.md``; ``"schema": "noticiaparse/1"``).

        Examples:
            >>> Article().to_dict()["schema"]
            'noticiaparse/1'
        """
        return {
            "schema": SCHEMA,
            "headline": None if self.headline is None else self.headline.to_dict(),
            "kicker": None if self.kicker is None else self.kicker.to_dict(),
            "deck": None if self.deck is None else self.deck.to_dict(),
            "body": [p.to_dict() for p in self.body],
            "boilerplate": [b.to_dict() for b in self.boilerplate],
            "authors": list(self.authors),
            "published": None if self.published is None else self.published.to_dict(),
            "credit": self.credit,
            "quotes": [q.to_dict() for q in self.quotes],
            "sources": [s.to_dict() for s in self.sources],
            "money": [m.to_dict() for m in self.money],
            "dates": [d.to_dict() for d in self.dates],
            "repairs": list(self.repairs),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Article:
        """Build from the JSON form; ``Article.from_dict(a.to_dict()) == a``.

        Raises:
            InvalidArticleError: (a ``ValueError``) if ``d`` is not the JSON form, naming
                the first field that is wrong (``"quotes[0].start: missing"``), also for
                a ``"schema"`` other than ``"noticiaparse/1"``.

        Examples:
            >>> Article.from_dict({"schema": "noticiaparse/1"})
            Traceback (most recent call last):
            ...
            noticiaparse._errors.InvalidArticleError: invalid article JSON at headline: missing
        """
        check_json(d)
        published = d.get("published")
        return cls(
            headline=_opt(d.get("headline")),
            kicker=_opt(d.get("kicker")),
            deck=_opt(d.get("deck")),
            body=tuple(Segment.from_dict(p) for p in d.get("body", ())),
            boilerplate=tuple(Segment.from_dict(b) for b in d.get("boilerplate", ())),
            authors=tuple(d.get("authors", ())),
            published=None if published is None else Publication.from_dict(published),
            quotes=tuple(Quote.from_dict(q) for q in d.get("quotes", ())),
            sources=tuple(Source.from_dict(s) for s in d.get("sources", ())),
            money=tuple(Money.from_dict(m) for m in d.get("money", ())),
            dates=tuple(DateMention.from_dict(x) for x in d.get("dates", ())),
            repairs=tuple(d.get("repairs", ())),
            credit=d.get("credit"),
        )
