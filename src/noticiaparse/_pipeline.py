"""The parsing pipeline behind the public functions of :mod:`noticiaparse._api`.

Data flows one way: the text spine normalises the input once (repairing scraped
damage first); the layout finds the page's parts; the article text is read once
(words, quotations, cast, attributions) and handed to quotes and then sources; the
extractors report offsets into the caller's original string, and public objects are
built last, never read back by another stage.
Arguments arrive here already checked. This module (and with it every extractor and
its lexicons) is imported on the first parse, not by ``import noticiaparse``.
"""

from __future__ import annotations

import datetime as dt
import functools
import gc
from collections.abc import Callable
from typing import ParamSpec, TypeVar

import attrs

from noticiaparse._extract.dates import find_dates, trigger_scan
from noticiaparse._extract.money import cue_branches, find_money
from noticiaparse._extract.quotes import (
    attribute_quotes,
    classify_quotes,
    credit_quotes,
    public_quotes,
)
from noticiaparse._extract.sources import find_sources
from noticiaparse._layout.page import find_layout
from noticiaparse._model import Article, DateMention, Layout, Money, Quote, Source
from noticiaparse._reading import read_article
from noticiaparse._text.case import lower_text
from noticiaparse._text.repair import REPAIR_STAGES
from noticiaparse._text.span import Span
from noticiaparse._text.spine import Spine, build_spine

__all__ = [
    "article_of",
    "dates_of",
    "layout_of",
    "money_of",
    "quotes_of",
    "sources_of",
    "spine_of",
]


_P = ParamSpec("_P")
_R = TypeVar("_R")


def _collector_paused(parser: Callable[_P, _R]) -> Callable[_P, _R]:
    """``parser`` run with Python's cycle collector paused, and resumed after.

    A parse builds many small objects (a word, a quotation, an amount) that form no
    reference cycles and are freed by their reference counts; the cycle collector,
    triggered by the count of objects allocated, would walk them again and again as
    they pile up (10 to 25% of a long page's time, more on a page of quotations). It
    is resumed when the parse ends, and left alone when the caller had paused it.
    """

    @functools.wraps(parser)
    def paused(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        if not gc.isenabled():
            return parser(*args, **kwargs)
        gc.disable()
        try:
            return parser(*args, **kwargs)
        finally:
            gc.enable()

    return paused


def spine_of(text: str) -> Spine:
    """The spine of ``text``: repair stages, then normalisation."""
    return build_spine(text, REPAIR_STAGES)


def _whole(spine: Spine) -> tuple[Span, ...]:
    return (Span(0, len(spine.text)),)


@_collector_paused
def article_of(text: str, reference_date: dt.date | None, country: str | None) -> Article:
    """The whole :class:`Article` of one page (see :func:`noticiaparse.parse`)."""
    spine = spine_of(text)
    page = find_layout(spine, reference_date)
    front = page.front  # the layout but for the body's and boilerplate's segments
    ref = reference_date
    if ref is None and front.published is not None and front.published.value is not None:
        value = front.published.value
        ref = value.date() if isinstance(value, dt.datetime) else value
    # the article read once: words, quotations, cast and attributions
    reading = read_article(spine.text, page.regions)
    # what each quotation is, and the words around it that may credit it
    found = classify_quotes(reading)
    # the words are read: who said each quotation and the public quotes ask for none,
    # the sources slice their windows from the index; a long page lets it go (a
    # paragraph of quoted words would hold its word index beside a credit for every
    # quotation)
    reading = reading.for_credits()
    said = attribute_quotes(reading, found)
    del found
    quotes = public_quotes(spine, reading, said)
    # the text lower-cased once, for the sources and the dates readers both
    lowered = lower_text(spine.text)
    sources = find_sources(spine, reading, said, signed=front.credit, lowered=lowered)
    # the word index is the largest thing a parse holds: money and dates run without it
    del reading, said
    # one scan of the lower-cased regions serves both: where the dates' trigger words
    # start, and whether a currency word stands in each region (money's gate)
    scan = trigger_scan(spine.text, lowered, page.regions, cue_branches())
    cued = None if scan is None else scan.cued
    money = find_money(spine, page.regions, country, cued)
    dates = find_dates(spine, page.regions, ref, lowered, None if scan is None else scan.words)
    del scan
    del lowered
    # the body's and boilerplate's public segments are built last, the reading let go,
    # and the regions too: a page of short lines has one a line, and a public segment
    # for every line is the largest thing its parse makes
    page = attrs.evolve(page, regions=())
    layout = page.layout
    del page
    return Article(
        headline=layout.headline,
        kicker=layout.kicker,
        deck=layout.deck,
        body=layout.body,
        boilerplate=layout.boilerplate,
        authors=layout.authors,
        published=layout.published,
        credit=layout.credit,
        quotes=quotes,
        sources=sources,
        money=money,
        dates=dates,
        repairs=spine.repairs,
    )


@_collector_paused
def layout_of(text: str) -> Layout:
    """The page's parts alone."""
    return find_layout(spine_of(text)).layout


@_collector_paused
def quotes_of(text: str) -> tuple[Quote, ...]:
    """Every quotation, the whole text read as article text."""
    spine = spine_of(text)
    reading = read_article(spine.text, _whole(spine))
    return public_quotes(spine, reading, credit_quotes(reading))


@_collector_paused
def sources_of(text: str) -> tuple[Source, ...]:
    """Every source, the whole text read as article text."""
    spine = spine_of(text)
    reading = read_article(spine.text, _whole(spine))
    return find_sources(spine, reading, credit_quotes(reading))


@_collector_paused
def money_of(text: str, country: str | None) -> tuple[Money, ...]:
    """Every monetary amount, the whole text read as article text."""
    spine = spine_of(text)
    return find_money(spine, _whole(spine), country)


@_collector_paused
def dates_of(text: str, reference_date: dt.date | None) -> tuple[DateMention, ...]:
    """Every date mention, the whole text read as article text."""
    spine = spine_of(text)
    return find_dates(spine, _whole(spine), reference_date)
