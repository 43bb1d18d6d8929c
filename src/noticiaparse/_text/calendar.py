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

from noticiaparse._text.lexicons import rows

__all__ = [
    "add_days",
    "add_months",
    "date_markers",
    "deictic_days",
    "full_month_names",
    "month_abbreviations",
    "month_number",
    "months",
    "nearest_day",
    "nearest_month",
    "read_date_string",
    "shift_weekday",
    "valid_date",
    "weekday_number",
    "weekdays",
]


#: The nearest weekday lies at most this many days ahead; further on, it is behind.
_HALF_WEEK = 3
#: The nearest month lies at most this many months ahead; further on, it is behind.
_HALF_YEAR = 6


@functools.cache
def months() -> Mapping[str, int]:
    """Lower-case month names and abbreviations -> month number."""
    return {name: int(number) for name, number in rows("months.tsv")}


@functools.cache
def weekdays() -> Mapping[str, int]:
    """Lower-case weekday names (with and without accents) -> ISO weekday (Monday = 1)."""
    return {name: int(number) for name, number in rows("weekdays.tsv")}


@functools.cache
def full_month_names() -> tuple[str, ...]:
    """The month words that are whole names ("mayo", "setiembre"), not abbreviations.

    Examples:
        >>> "septiembre" in full_month_names(), "sept" in full_month_names()
        (True, False)
    """
    names = months()
    return tuple(name for name in names if not _is_abbreviation(name, names))


@functools.cache
def month_abbreviations() -> tuple[str, ...]:
    """The month words that abbreviate a longer one ("sept", "mar", "dic").

    Examples:
        >>> "mar" in month_abbreviations(), "marzo" in month_abbreviations()
        (True, False)
    """
    names = months()
    return tuple(name for name in names if _is_abbreviation(name, names))


def _is_abbreviation(name: str, names: Mapping[str, int]) -> bool:
    """A name is an abbreviation when a longer name of the same month starts with it."""
    return any(
        other != name and other.startswith(name) and number == names[name]
        for other, number in names.items()
    )


@functools.cache
def deictic_days() -> Mapping[str, int]:
    """Deictic day words ("hoy", "ayer", "pasado mañana") -> days from the reference.

    Examples:
        >>> deictic_days()["anteayer"]
        -2
    """
    return {phrase: int(offset) for phrase, offset in rows("date_deictics.tsv")}


@functools.cache
def date_markers() -> Mapping[str, str]:
    """Words around a date -> their role ("pasado" -> "past", "del año pasado" -> "year-1").

    Examples:
        >>> date_markers()["próximo"], date_markers()["de este año"]
        ('next', 'year+0')
    """
    return {row[0]: row[1] for row in rows("date_markers.tsv")}


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


def valid_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or ``None`` when it does not exist (31 de febrero) or is out of range.

    Examples:
        >>> valid_date(2024, 2, 29), valid_date(2023, 2, 29)
        (datetime.date(2024, 2, 29), None)
    """
    try:
        return dt.date(year, month, day)
    except (ValueError, OverflowError):
        return None


def add_days(base: dt.date, days: int) -> dt.date | None:
    """``base`` moved by ``days``, or ``None`` when that falls outside the calendar.

    Examples:
        >>> add_days(dt.date(2020, 2, 28), 2), add_days(dt.date.max, 1)
        (datetime.date(2020, 3, 1), None)
    """
    try:
        return base + dt.timedelta(days=days)
    except OverflowError:
        return None


def add_months(year: int, month: int, months: int) -> tuple[int, int] | None:
    """``(year, month)`` moved by ``months``, or ``None`` outside years 1 to 9999.

    Examples:
        >>> add_months(2015, 11, -2), add_months(2015, 11, 3), add_months(9999, 12, 1)
        ((2015, 9), (2016, 2), None)
    """
    index = year * 12 + month - 1 + months
    out = index // 12, index % 12 + 1
    return out if dt.MINYEAR <= out[0] <= dt.MAXYEAR else None


def shift_weekday(base: dt.date, weekday: int, direction: int) -> dt.date | None:
    """The day with ISO ``weekday`` nearest ``base`` in ``direction``.

    ``direction`` is ``-1`` (strictly before ``base``), ``1`` (strictly after), or
    ``0`` (the nearest one, ``base`` itself when it falls on that weekday). ``None``
    when that day falls outside the calendar.

    Examples:
        >>> friday = dt.date(2020, 12, 18)
        >>> shift_weekday(friday, 2, -1), shift_weekday(friday, 2, 1), shift_weekday(friday, 7, 0)
        (datetime.date(2020, 12, 15), datetime.date(2020, 12, 22), datetime.date(2020, 12, 20))
        >>> shift_weekday(dt.date.min, 1, -1) is None
        True
    """
    ahead = (weekday - base.isoweekday()) % 7
    if direction < 0:
        return add_days(base, -((7 - ahead) or 7))
    if direction > 0:
        return add_days(base, ahead or 7)
    if ahead <= _HALF_WEEK:
        return add_days(base, ahead)
    return add_days(base, -(7 - ahead))


def nearest_day(
    month: int, day: int, base: dt.date, direction: int = 0, weekday: int | None = None
) -> dt.date | None:
    """The ``day`` of ``month``, in the year that puts it nearest ``base`` in ``direction``.

    ``direction`` is ``-1`` (on or before ``base``), ``1`` (on or after) or ``0``
    (either side). With ``weekday``, only years in which the day falls on that ISO
    weekday count (up to a dozen years away). ``None`` when no year fits.

    Examples:
        >>> ref = dt.date(2015, 11, 20)
        >>> nearest_day(5, 11, ref, -1), nearest_day(5, 11, ref, 1), nearest_day(12, 1, ref)
        (datetime.date(2015, 5, 11), datetime.date(2016, 5, 11), datetime.date(2015, 12, 1))
        >>> nearest_day(10, 19, dt.date(2020, 1, 1), 0, weekday=6)
        datetime.date(2019, 10, 19)
    """
    span = 12 if weekday is not None else 1
    best: dt.date | None = None
    for year in range(base.year - span, base.year + span + 1):
        candidate = valid_date(year, month, day)
        if candidate is None or (weekday is not None and candidate.isoweekday() != weekday):
            continue
        if (direction < 0 and candidate > base) or (direction > 0 and candidate < base):
            continue
        if best is None or abs((candidate - base).days) < abs((best - base).days):
            best = candidate
    return best


def nearest_month(
    month: int, base: dt.date, direction: int = 0, *, inclusive: bool = False
) -> tuple[int, int] | None:
    """``(year, month)`` of the ``month`` nearest ``base``'s month in ``direction``.

    ``direction`` is ``-1`` (before ``base``'s month), ``1`` (after) or ``0`` (either
    side, ``base``'s own month included); ``inclusive`` lets ``base``'s own month
    count for ``-1`` and ``1`` too. ``None`` when it falls outside the calendar.

    Examples:
        >>> ref = dt.date(2015, 11, 20)
        >>> nearest_month(10, ref, -1), nearest_month(11, ref, 1), nearest_month(3, ref)
        ((2015, 10), (2016, 11), (2016, 3))
        >>> nearest_month(11, ref, -1, inclusive=True)
        (2015, 11)
    """
    ahead = (month - base.month) % 12
    if inclusive and ahead == 0:
        return base.year, base.month
    if direction < 0:
        step = -((12 - ahead) or 12)
    elif direction > 0:
        step = ahead or 12
    elif ahead <= _HALF_YEAR:
        step = ahead
    else:
        step = -(12 - ahead)
    return add_months(base.year, base.month, step)
