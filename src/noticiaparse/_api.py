"""The public parsers: :func:`parse` for a whole page, one function per field.

These functions check their arguments and hand them to :mod:`noticiaparse._pipeline`,
which is imported on the first call: ``import noticiaparse`` stays cheap, and the
extractors and their lexicons load when a text is first parsed, their patterns
already compiled (:mod:`noticiaparse._precompiled`).
"""

from __future__ import annotations

import datetime as dt
import functools
import gc
import importlib

from noticiaparse._checks import check_country, check_reference_date, check_text
from noticiaparse._model import Article, DateMention, Layout, Money, Quote, Source

__all__ = [
    "parse",
    "parse_dates",
    "parse_layout",
    "parse_money",
    "parse_quotes",
    "parse_sources",
]


@functools.cache
def _prepare() -> None:
    """The pipeline imported, once, its patterns already compiled and in place before it.

    Python's cycle collector is paused meanwhile (and left alone when the caller had
    paused it): the compiled patterns and the modules' classes and functions are kept
    for the life of the process, and the collections their allocation would trigger
    (some 24 M instructions of a cold process) would walk them and free nothing.
    """
    from noticiaparse import _precompiled  # noqa: PLC0415 - the extractors load on first use

    collecting = gc.isenabled()
    gc.disable()
    try:
        _precompiled.preload()
        importlib.import_module("noticiaparse._pipeline")
    finally:
        if collecting:
            gc.enable()


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
    _prepare()
    from noticiaparse import _pipeline  # noqa: PLC0415

    return _pipeline.article_of(
        check_text(text), check_reference_date(reference_date), check_country(country)
    )


def parse_layout(text: str) -> Layout:
    """The page's parts alone: headline, deck, body, boilerplate, authors, published.

    Raises:
        TypeError: if ``text`` is not a ``str``.
    """
    _prepare()
    from noticiaparse import _pipeline  # noqa: PLC0415

    return _pipeline.layout_of(check_text(text))


def parse_quotes(text: str) -> tuple[Quote, ...]:
    """Every quotation in ``text``, read as article text (no layout is applied).

    Raises:
        TypeError: if ``text`` is not a ``str``.
    """
    _prepare()
    from noticiaparse import _pipeline  # noqa: PLC0415

    return _pipeline.quotes_of(check_text(text))


def parse_sources(text: str) -> tuple[Source, ...]:
    """Every source ``text`` credits, read as article text (no layout is applied).

    Raises:
        TypeError: if ``text`` is not a ``str``.
    """
    _prepare()
    from noticiaparse import _pipeline  # noqa: PLC0415

    return _pipeline.sources_of(check_text(text))


def parse_money(text: str, country: str | None = None) -> tuple[Money, ...]:
    """Every monetary amount in ``text``.

    Raises:
        TypeError: if ``text`` is not a ``str``.
        UnknownCountryError: (a ``ValueError``) if ``country`` is not a known code.
    """
    _prepare()
    from noticiaparse import _pipeline  # noqa: PLC0415

    return _pipeline.money_of(check_text(text), check_country(country))


def parse_dates(text: str, reference_date: dt.date | None = None) -> tuple[DateMention, ...]:
    """Every date mention in ``text``, resolved against ``reference_date`` when given.

    Raises:
        TypeError: if ``text`` or ``reference_date`` has the wrong type.
    """
    _prepare()
    from noticiaparse import _pipeline  # noqa: PLC0415

    return _pipeline.dates_of(check_text(text), check_reference_date(reference_date))
