"""The public parsers: :func:`parse` for a whole page, one function per field.

Data flows one way: the text spine normalises the input once; the layout finds the
page's parts; the extractors read the headline, deck and body through the spine and
report offsets into the caller's original string.
"""

from __future__ import annotations

import datetime as dt

from noticiaparse._context import check_country, check_reference_date, check_text
from noticiaparse._dates import find_dates
from noticiaparse._layout import find_layout
from noticiaparse._model import Article, DateMention, Layout, Money, Quote, Source
from noticiaparse._money import find_money
from noticiaparse._names import read_article
from noticiaparse._quotes import find_quotes, read_quotes
from noticiaparse._repair import REPAIR_STAGES
from noticiaparse._sources import find_sources
from noticiaparse._spine import Spine, build_spine

__all__ = [
    "parse",
    "parse_dates",
    "parse_layout",
    "parse_money",
    "parse_quotes",
    "parse_sources",
]


def _spine(text: object) -> Spine:
    return build_spine(check_text(text), REPAIR_STAGES)


def _whole(spine: Spine) -> tuple[tuple[int, int], ...]:
    return ((0, len(spine.text)),)


def parse(
    text: str,
    reference_date: dt.date | None = None,
    country: str | None = None,
) -> Article:
    r"""Parse one scraped Spanish news page into an :class:`Article`.

    Args:
        text: the raw scraped text, untouched.
        reference_date: the publication date, for resolving "ayer" or "el pasado
            11 de mayo"; when ``None``, the page's own publication line is used if
            it has one.
        country: ISO 3166-1 alpha-2 hint ("CL", "MX"…) for the local meaning of "$".

    Returns:
        The article; every element's ``start``/``end`` point into ``text``.

    Raises:
        TypeError: if ``text`` is not a ``str`` (or an argument has the wrong type).
        UnknownCountryError: (a ``ValueError``) if ``country`` is not a known code.

    Examples:
        >>> article = parse("Título\n\nEl costo sería de $5,8 millones.", country="CL")
        >>> article.to_dict()["schema"]
        'noticiaparse/1'
    """
    spine = _spine(text)
    ref = check_reference_date(reference_date)
    code = check_country(country)
    page = find_layout(spine)
    layout = page.layout
    if ref is None and layout.published is not None and layout.published.value is not None:
        value = layout.published.value
        ref = value.date() if isinstance(value, dt.datetime) else value
    # the article's words and cast, read once for both quotes and sources
    reading = read_article(spine.text, page.regions)
    quotes, attributions = read_quotes(spine, page.regions, reading)
    return Article(
        headline=layout.headline,
        deck=layout.deck,
        body=layout.body,
        boilerplate=layout.boilerplate,
        authors=layout.authors,
        published=layout.published,
        quotes=quotes,
        sources=find_sources(spine, page.regions, quotes, reading, attributions),
        money=find_money(spine, page.regions, code),
        dates=find_dates(spine, page.regions, ref),
        repairs=spine.repairs,
    )


def parse_layout(text: str) -> Layout:
    """The page's parts alone: headline, deck, body, boilerplate, authors, published.

    Raises:
        TypeError: if ``text`` is not a ``str``.
    """
    return find_layout(_spine(text)).layout


def parse_quotes(text: str) -> tuple[Quote, ...]:
    """Every quotation in ``text``, read as article text (no layout is applied).

    Raises:
        TypeError: if ``text`` is not a ``str``.
    """
    spine = _spine(text)
    return find_quotes(spine, _whole(spine))


def parse_sources(text: str) -> tuple[Source, ...]:
    """Every source ``text`` credits, read as article text (no layout is applied).

    Raises:
        TypeError: if ``text`` is not a ``str``.
    """
    spine = _spine(text)
    regions = _whole(spine)
    return find_sources(spine, regions, find_quotes(spine, regions))


def parse_money(text: str, country: str | None = None) -> tuple[Money, ...]:
    """Every monetary amount in ``text``.

    Raises:
        TypeError: if ``text`` is not a ``str``.
        UnknownCountryError: (a ``ValueError``) if ``country`` is not a known code.
    """
    spine = _spine(text)
    return find_money(spine, _whole(spine), check_country(country))


def parse_dates(text: str, reference_date: dt.date | None = None) -> tuple[DateMention, ...]:
    """Every date mention in ``text``, resolved against ``reference_date`` when given.

    Raises:
        TypeError: if ``text`` or ``reference_date`` has the wrong type.
    """
    spine = _spine(text)
    return find_dates(spine, _whole(spine), check_reference_date(reference_date))
