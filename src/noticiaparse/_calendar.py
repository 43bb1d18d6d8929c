"""The Spanish calendar vocabulary shared by the publication line and the date mentions.

Month and weekday names live in ``lexicons/months.tsv`` and ``lexicons/weekdays.tsv``.
:func:`read_date_string` reads one already-found date string with dateparser, which is
imported lazily here and nowhere else, always with ``languages=["es"]`` and explicit
settings.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping
from typing import Any

from noticiaparse._lexicons import rows

__all__ = ["month_number", "months", "read_date_string", "weekday_number", "weekdays"]


@functools.cache
def months() -> Mapping[str, int]:
    """Lower-case month names and abbreviations -> month number."""
    return {name: int(number) for name, number in rows("months.tsv")}


@functools.cache
def weekdays() -> Mapping[str, int]:
    """Lower-case weekday names (with and without accents) -> ISO weekday (Monday = 1)."""
    return {name: int(number) for name, number in rows("weekdays.tsv")}


def month_number(word: str) -> int | None:
    """The month a Spanish month word names, or ``None``.

    Examples:
        >>> month_number("Septiembre"), month_number("dic."), month_number("martes")
        (9, 12, None)
    """
    return months().get(word.strip().rstrip(".").lower())


def weekday_number(word: str) -> int | None:
    """The ISO weekday a Spanish weekday word names, or ``None``.

    Examples:
        >>> weekday_number("Miércoles")
        3
    """
    return weekdays().get(word.strip().lower())


_SETTINGS: Mapping[str, Any] = {
    "DATE_ORDER": "DMY",
    "PREFER_DAY_OF_MONTH": "first",
    "RETURN_AS_TIMEZONE_AWARE": False,
    "STRICT_PARSING": False,
    "REQUIRE_PARTS": ["day", "month", "year"],
}


def read_date_string(text: str, relative_base: dt.datetime | None = None) -> dt.datetime | None:
    """Read one date (and time) string that is already known to be one, or ``None``.

    dateparser is imported here, on first use, with ``languages=["es"]``; a string
    missing its day, month or year gives ``None`` (nothing is invented).
    """
    import dateparser  # noqa: PLC0415 - heavy: imported only when a date string needs it

    settings: dict[str, Any] = dict(_SETTINGS)
    if relative_base is not None:
        settings["RELATIVE_BASE"] = relative_base
    try:
        return dateparser.parse(text, languages=["es"], settings=settings)
    except (ValueError, OverflowError, TypeError):
        return None
