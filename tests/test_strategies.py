"""The public strategies keep their promises, and the parsers find what they generate."""

from __future__ import annotations

import datetime as dt
import unicodedata
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import noticiaparse
from noticiaparse import Article, Quote, Segment
from noticiaparse._text.spine import build_spine
from noticiaparse.strategies import (
    GeneratedArticle,
    GeneratedDate,
    GeneratedQuote,
    NoisyText,
    RenderedAmount,
    articles,
    boilerplate_lines,
    date_mentions,
    money_amounts,
    quotes,
    scraped_noise,
)

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\u200e\u00ad\ufeff"))


def _norm(text: str) -> str:
    """Accent- and case-insensitive, invisibles out, white space collapsed, no outer marks.

    As the scorer compares texts: a quotation's final stop or its marks do not count.
    """
    text = unicodedata.normalize("NFKD", text.translate(_INVISIBLE))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.split()).strip("«»“”„‟\"'‘’‹› .,;:").casefold()


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _spans(article: Article) -> list[tuple[str, int, int, str]]:
    """Every element of ``article`` as ``(field, start, end, what it reports)``."""
    out: list[tuple[str, int, int, str]] = []
    for name in ("headline", "deck"):
        segment = getattr(article, name)
        if segment is not None:
            out.append((name, segment.start, segment.end, segment.text))
    out.extend(("body", p.start, p.end, p.text) for p in article.body)
    out.extend(("boilerplate", b.start, b.end, b.text) for b in article.boilerplate)
    out.extend(("quote", q.start, q.end, q.text) for q in article.quotes)
    out.extend(
        ("speaker", q.speaker.start, q.speaker.end, q.speaker.text)
        for q in article.quotes
        if q.speaker is not None
    )
    out.extend(("mention", m.start, m.end, m.text) for s in article.sources for m in s.mentions)
    out.extend(("money", m.start, m.end, m.raw) for m in article.money)
    out.extend(("date", d.start, d.end, d.raw) for d in article.dates)
    if article.published is not None:
        p = article.published
        out.append(("published", p.start, p.end, p.raw))
    return out


# ---------------------------------------------------------------- the generator's promises


@given(articles(noise=True))
def test_every_expected_element_points_at_its_text(page: GeneratedArticle) -> None:
    for field, start, end, what in _spans(page.expected):
        source = page.text[start:end]
        if field in ("money", "date", "published"):
            assert what == source, field
        elif field == "speaker":  # the most complete name, where the text names the person
            assert _norm(source) in _norm(what)
        else:
            assert _norm(what) == _norm(source), field


@given(articles(noise=True))
def test_expected_article_round_trips_through_json(page: GeneratedArticle) -> None:
    assert page.expected == Article.from_dict(page.expected.to_dict())


@given(articles(), st.data())
def test_noise_normalises_back_to_the_clean_page(
    page: GeneratedArticle, data: st.DataObject
) -> None:
    noisy = data.draw(scraped_noise(page.text))
    assert build_spine(page.text).text == build_spine(noisy.text).text


@given(st.text(alphabet="ab é\n", max_size=30).flatmap(scraped_noise))
def test_noise_spans_agree_with_the_text_spine(noisy: NoisyText) -> None:
    spine = build_spine(noisy.text)
    assert noisy.clean == spine.text
    for start in range(len(noisy.clean)):
        for end in range(start + 1, len(noisy.clean) + 1):
            assert noisy.span(start, end) == spine.span(start, end)


@given(boilerplate_lines())
def test_boilerplate_lines_are_single_filled_lines(line: str) -> None:
    assert "\n" not in line
    assert "{" not in line
    assert line == line.strip()


def test_strategies_module_is_not_imported_by_the_library() -> None:
    import subprocess  # noqa: PLC0415
    import sys  # noqa: PLC0415

    code = "import sys, noticiaparse; noticiaparse.parse('x'); print('hypothesis' in sys.modules)"
    out = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert "False" == out.stdout.strip()


# ---------------------------------------------------------------- the parts, field by field


@given(quotes())
def test_generated_quote_is_found_with_kind_and_speaker(sample: GeneratedQuote) -> None:
    found = noticiaparse.parse_quotes(sample.text)
    _assert_quotes((sample.quote,), found)


@given(money_amounts())
def test_generated_amount_is_found_exactly(sample: RenderedAmount) -> None:
    found = noticiaparse.parse_money(sample.text, country=sample.country)
    assert [(0, len(sample.text), sample.amount, sample.currency)] == [
        (m.start, m.end, m.amount, m.currency) for m in found
    ]


@given(date_mentions())
def test_generated_date_is_found_and_resolved(sample: GeneratedDate) -> None:
    found = noticiaparse.parse_dates(sample.text, reference_date=sample.reference_date)
    _assert_dates((sample.date,), found)


# ---------------------------------------------------------------- whole pages


def _parse(page: GeneratedArticle) -> Article:
    return noticiaparse.parse(page.text, reference_date=page.reference_date, country=page.country)


@given(articles(noise=True))
def test_layout_of_generated_page(page: GeneratedArticle) -> None:
    parsed = noticiaparse.parse_layout(page.text)
    expected = page.expected
    assert expected.headline == parsed.headline
    assert expected.deck == parsed.deck
    assert expected.body == parsed.body
    assert expected.authors == parsed.authors
    published = None if expected.published is None else expected.published.value
    assert published == (None if parsed.published is None else parsed.published.value)


@given(articles(noise=True))
def test_quotes_of_generated_page(page: GeneratedArticle) -> None:
    _assert_quotes(page.expected.quotes, _parse(page).quotes)


@given(articles(noise=True))
def test_money_of_generated_page(page: GeneratedArticle) -> None:
    assert [(m.start, m.end, m.amount, m.currency) for m in page.expected.money] == [
        (m.start, m.end, m.amount, m.currency) for m in _parse(page).money
    ]


@given(articles(noise=True))
def test_dates_of_generated_page(page: GeneratedArticle) -> None:
    _assert_dates(page.expected.dates, _parse(page).dates)


@given(articles(noise=True))
def test_sources_of_generated_page(page: GeneratedArticle) -> None:
    parsed = [(_norm(s.name), s) for s in _parse(page).sources]
    for source in page.expected.sources:
        name = _norm(source.name)
        matches = [s for n, s in parsed if n == name or f" {name} " in f" {n} "]
        assert matches, f"{source.name!r} not among {[n for n, _ in parsed]}"
        assert source.kind == matches[0].kind
        found = [(m.start, m.end) for s in matches for m in s.mentions]
        for mention in source.mentions:
            assert any(_overlaps((mention.start, mention.end), f) for f in found), mention


def _assert_quotes(expected: tuple[Quote, ...], found: tuple[Quote, ...]) -> None:
    assert [_norm(q.text) for q in expected] == [_norm(q.text) for q in found]
    for want, got in zip(expected, found, strict=True):
        assert _overlaps((want.start, want.end), (got.start, got.end))
        assert want.kind == got.kind, want.text
        assert (want.speaker is None) == (got.speaker is None), want.text
        if want.speaker is not None and got.speaker is not None:
            a, b = _norm(want.speaker.text), _norm(got.speaker.text)
            assert a in b or b in a, (want.speaker.text, got.speaker.text)


def _assert_dates(
    expected: tuple[noticiaparse.DateMention, ...], found: tuple[noticiaparse.DateMention, ...]
) -> None:
    assert [(d.year, d.month, d.day, d.resolved) for d in expected] == [
        (d.year, d.month, d.day, d.resolved) for d in found
    ]
    for want, got in zip(expected, found, strict=True):
        assert _overlaps((want.start, want.end), (got.start, got.end)), (want.raw, got.raw)


# ---------------------------------------------------------------- fixed small examples


def test_fixed_page_shapes_are_readable() -> None:
    page = GeneratedArticle(
        text="Sube el precio del pan en Santiago\n\nEl plan costará $5,8 millones.",
        expected=Article(
            headline=Segment("Sube el precio del pan en Santiago", 0, 34),
            body=(Segment("El plan costará $5,8 millones.", 36, 66),),
            money=(
                noticiaparse.Money(
                    raw="$5,8 millones",
                    start=52,
                    end=65,
                    amount=Decimal(5800000),
                    currency="CLP",
                    symbol="$",
                ),
            ),
        ),
        reference_date=dt.date(2020, 1, 1),
        country="CL",
        shape="blank-lines",
    )
    money = page.expected.money[0]
    assert money.raw == page.text[money.start : money.end]
    # the parser reads the hand-built page as its truth says
    parsed = _parse(page)
    assert page.expected.headline == parsed.headline
    assert page.expected.body == parsed.body
    assert page.expected.money == parsed.money


@pytest.mark.parametrize(
    ("clean", "edits", "noisy", "span"),
    [
        ("a b", [(1, "space", "\u00a0")], "a\u00a0b", (2, 3)),
        ("ab\ncd", [(2, "crlf", "\r\n"), (1, "invisible", "\u200b")], "a\u200bb\r\ncd", (6, 7)),
        ("xó", [(1, "nfd", "o\u0301"), (0, "bom", "\ufeff")], "\ufeffxo\u0301", (2, 4)),
    ],
    ids=["nbsp", "crlf-and-zero-width", "nfd-and-bom"],
)
def test_noisy_text_maps_the_last_clean_character(
    clean: str, edits: list[tuple[int, str, str]], noisy: str, span: tuple[int, int]
) -> None:
    built = NoisyText.build(clean, edits)
    assert noisy == built.text
    assert span == built.span(len(clean) - 1, len(clean))
