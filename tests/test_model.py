"""The typed model: JSON round trip, pickling, validation, the shipped schema."""

from __future__ import annotations

import datetime as dt
import json
import pickle
from decimal import Decimal
from typing import Any

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

import noticiaparse
from noticiaparse import (
    Article,
    DateMention,
    Mention,
    Money,
    Publication,
    Quote,
    QuoteKind,
    Segment,
    Source,
    SourceKind,
)

offsets = st.tuples(st.integers(0, 10_000), st.integers(0, 500)).map(lambda t: (t[0], t[0] + t[1]))
words = st.text(st.characters(codec="utf-8"), max_size=30)


@st.composite
def segments(draw: st.DrawFn) -> Segment:
    start, end = draw(offsets)
    return Segment(text=draw(words), start=start, end=end)


@st.composite
def publications(draw: st.DrawFn) -> Publication:
    start, end = draw(offsets)
    value = draw(
        st.one_of(
            st.none(),
            st.dates(),
            st.datetimes(min_value=dt.datetime(1900, 1, 1)).map(lambda d: d.replace(microsecond=0)),
        )
    )
    return Publication(raw=draw(words), start=start, end=end, value=value)


@st.composite
def quotes(draw: st.DrawFn) -> Quote:
    start, end = draw(offsets)
    return Quote(
        text=draw(words),
        start=start,
        end=end,
        kind=draw(st.sampled_from(QuoteKind)),
        speaker=draw(st.one_of(st.none(), segments())),
        cue=draw(st.one_of(st.none(), words)),
    )


@st.composite
def mentions(draw: st.DrawFn) -> Mention:
    start, end = draw(offsets)
    return Mention(text=draw(words), start=start, end=end, cue=draw(st.one_of(st.none(), words)))


sources = st.builds(
    Source,
    name=words,
    kind=st.sampled_from(SourceKind),
    mentions=st.lists(mentions(), max_size=3).map(tuple),
)


@st.composite
def moneys(draw: st.DrawFn) -> Money:
    start, end = draw(offsets)
    amount = draw(st.decimals(min_value=0, max_value=10**15, places=2, allow_nan=False))
    return Money(
        raw=draw(words),
        start=start,
        end=end,
        amount=amount,
        currency=draw(st.one_of(st.none(), st.sampled_from(["CLP", "USD", "EUR", "CLF"]))),
        symbol=draw(st.one_of(st.none(), st.sampled_from(["$", "US$", "€"]))),
    )


@st.composite
def date_mentions(draw: st.DrawFn) -> DateMention:
    start, end = draw(offsets)
    return DateMention(
        raw=draw(words),
        start=start,
        end=end,
        year=draw(st.one_of(st.none(), st.integers(1900, 2100))),
        month=draw(st.one_of(st.none(), st.integers(1, 12))),
        day=draw(st.one_of(st.none(), st.integers(1, 31))),
        resolved=draw(st.one_of(st.none(), st.dates().map(dt.date.isoformat))),
    )


articles = st.builds(
    Article,
    headline=st.one_of(st.none(), segments()),
    kicker=st.one_of(st.none(), segments()),
    deck=st.one_of(st.none(), segments()),
    body=st.lists(segments(), max_size=3).map(tuple),
    boilerplate=st.lists(segments(), max_size=3).map(tuple),
    authors=st.lists(words, max_size=2).map(tuple),
    published=st.one_of(st.none(), publications()),
    quotes=st.lists(quotes(), max_size=3).map(tuple),
    sources=st.lists(sources, max_size=2).map(tuple),
    money=st.lists(moneys(), max_size=3).map(tuple),
    dates=st.lists(date_mentions(), max_size=3).map(tuple),
    repairs=st.lists(st.sampled_from(["mojibake", "entity", "markup"]), max_size=2).map(tuple),
)


@given(articles)
def test_json_round_trip(article: Article) -> None:
    assert article == Article.from_dict(json.loads(json.dumps(article.to_dict())))


@given(articles)
def test_pickle_round_trip(article: Article) -> None:
    assert article == pickle.loads(pickle.dumps(article))  # noqa: S301 - our own data


VALIDATOR = jsonschema.Draft202012Validator(noticiaparse.json_schema())


def test_the_shipped_schema_is_a_valid_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(noticiaparse.json_schema())


@given(articles)
def test_every_article_validates_against_the_shipped_schema(article: Article) -> None:
    VALIDATOR.validate(article.to_dict())


def test_articles_are_hashable_and_equal_by_content() -> None:
    a = Article(body=(Segment("Hola", 0, 4),))
    b = Article(body=[Segment("Hola", 0, 4)])
    assert a == b
    assert hash(a) == hash(b)


def test_amount_is_a_plain_decimal_string() -> None:
    money = Money(raw="$5,8 millones", start=0, end=13, amount=Decimal("5.8E+6"), currency="CLP")
    assert "5800000" == money.to_dict()["amount"]


def test_fractional_amount_keeps_its_decimals() -> None:
    money = Money(raw="US$ 1,25", start=0, end=8, amount=Decimal("1.250"), currency="USD")
    assert "1.25" == money.to_dict()["amount"]


def test_publication_value_keeps_date_or_datetime() -> None:
    day = Publication(raw="16/03/2021", start=0, end=10, value=dt.date(2021, 3, 16))
    moment = Publication(raw="x", start=0, end=1, value=dt.datetime(2021, 3, 16, 17, 27))
    assert "2021-03-16" == day.to_dict()["value"]
    assert "2021-03-16T17:27:00" == moment.to_dict()["value"]
    assert day == Publication.from_dict(day.to_dict())
    assert moment == Publication.from_dict(moment.to_dict())


def test_kinds_are_string_enums() -> None:
    assert "direct" == QuoteKind.DIRECT.value
    assert QuoteKind("direct") is QuoteKind.DIRECT
    assert "media" == str(SourceKind.MEDIA)


@pytest.mark.parametrize(
    ("start", "end"),
    [(-1, 3), (5, 2)],
    ids=["negative-start", "end-before-start"],
)
def test_bad_spans_are_rejected(start: int, end: int) -> None:
    with pytest.raises(ValueError, match="Segment"):
        Segment("x", start, end)


def test_unknown_schema_is_rejected() -> None:
    with pytest.raises(ValueError, match="noticiaparse/2"):
        Article.from_dict({"schema": "noticiaparse/2"})


@pytest.mark.parametrize("kind", list(noticiaparse.QuoteKind), ids=str)
def test_quote_kind_prints_as_its_value(kind: noticiaparse.QuoteKind) -> None:
    assert kind.value == str(kind)


# --- from_dict on dicts that are not the JSON form ---------------------------------

_GOOD = noticiaparse.parse(
    "Sube el pasaje\n\nEl boleto costará $830 desde el 1 de marzo, según La Tercera."
    " «Es necesario», dijo Gloria Hutt.",
    country="CL",
).to_dict()


_DROP = object()


def _broken(path: tuple[str | int, ...], value: object) -> dict[str, object]:
    broken: dict[str, Any] = json.loads(json.dumps(_GOOD))
    target: Any = broken
    for key in path[:-1]:
        target = target[key]
    if value is _DROP:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return broken


@pytest.mark.parametrize(
    ("path", "value", "field", "reason"),
    [
        (("headline",), _DROP, "headline", "missing"),
        (("schema",), "noticiaparse/2", "schema", "expected 'noticiaparse/1'"),
        (("body",), "texto", "body", "expected array, got string"),
        (("body", 0, "start"), _DROP, "body[0].start", "missing"),
        (("body", 0, "start"), -1, "body[0].start", "must be at least 0"),
        (("body", 0, "end"), 0, "body[0].end", "end 0 is before start"),
        (("body", 0, "text"), 7, "body[0].text", "expected string, got int"),
        (("money", 0, "amount"), "5,8", "money[0].amount", "is not of the form"),
        (("money", 0, "start"), True, "money[0].start", "expected integer, got boolean"),
        (("quotes", 0, "kind"), "quote", "quotes[0].kind", "expected one of"),
        (("quotes", 0, "speaker", "start"), "9", "quotes[0].speaker.start", "expected integer"),
        (("dates", 0, "month"), 13, "dates[0].month", "must be at most 12"),
        (("sources", 0, "mentions"), None, "sources[0].mentions", "expected array, got null"),
        (("published",), {"raw": "hoy"}, "published.start", "missing"),
    ],
    ids=[
        *("no-headline", "other-schema", "body-not-list", "no-start", "negative-start"),
        *("end-before-start", "text-not-str", "amount-not-decimal", "bool-offset"),
        *("unknown-kind", "speaker-offset-str", "month-13", "mentions-null", "publication"),
    ],
)
def test_from_dict_names_the_field_that_is_wrong(
    path: tuple[str | int, ...], value: object, field: str, reason: str
) -> None:
    with pytest.raises(noticiaparse.InvalidArticleError) as info:
        Article.from_dict(_broken(path, value))
    assert field == info.value.field
    assert reason in info.value.reason
    assert isinstance(info.value, noticiaparse.NoticiaParseError)
    assert isinstance(info.value, ValueError)


def test_from_dict_of_nothing_says_what_is_missing() -> None:
    with pytest.raises(noticiaparse.InvalidArticleError, match="at schema: missing"):
        Article.from_dict({})
    with pytest.raises(noticiaparse.InvalidArticleError, match="expected object, got array"):
        Article.from_dict([])  # type: ignore[arg-type]


def test_from_dict_lets_fields_it_does_not_know_through() -> None:
    grown = {**_GOOD, "kicker": None}
    assert Article.from_dict(_GOOD) == Article.from_dict(grown)


def test_each_element_checks_its_own_form() -> None:
    with pytest.raises(noticiaparse.InvalidArticleError, match="at end: missing"):
        Segment.from_dict({"text": "a", "start": 0})
    with pytest.raises(noticiaparse.InvalidArticleError, match="at amount"):
        Money.from_dict({"raw": "$1", "start": 0, "end": 2, "amount": "uno"})
