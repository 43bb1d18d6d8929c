"""Checked call arguments shared by every public parser: country hint, reference date."""

from __future__ import annotations

import datetime as dt
import functools

from noticiaparse._errors import InvalidDateError, UnknownCountryError
from noticiaparse._text.lexicons import lines

__all__ = ["check_country", "check_reference_date", "check_text", "read_date"]


def check_text(text: object) -> str:
    """``text`` itself, or ``TypeError`` when it is not a ``str``."""
    if not isinstance(text, str):
        msg = f"text must be str, not {type(text).__name__}"
        raise TypeError(msg)
    return text


_ISO_DAY = len("YYYY-MM-DD")


@functools.cache
def _country_codes() -> frozenset[str]:
    return frozenset(lines("countries.txt"))


def check_country(country: object) -> str | None:
    """The upper-cased ISO 3166-1 alpha-2 code, or ``None``.

    Case and surrounding white space do not matter: ``"cl"`` and ``" CL "`` are ``"CL"``.

    Raises:
        TypeError: if ``country`` is neither ``None`` nor a ``str``.
        UnknownCountryError: if it is not an assigned alpha-2 code.
    """
    if country is None:
        return None
    if not isinstance(country, str):
        msg = f"country must be str or None, not {type(country).__name__}"
        raise TypeError(msg)
    code = country.strip().upper()
    if code not in _country_codes():
        raise UnknownCountryError(country)
    return code


def check_reference_date(reference_date: object) -> dt.date | None:
    """The date (a ``datetime`` is cut to its date), or ``None``.

    Raises:
        TypeError: if it is neither ``None`` nor a ``datetime.date``.
    """
    if reference_date is None:
        return None
    if isinstance(reference_date, dt.datetime):
        return reference_date.date()
    if isinstance(reference_date, dt.date):
        return reference_date
    msg = f"reference_date must be datetime.date or None, not {type(reference_date).__name__}"
    raise TypeError(msg)


def read_date(value: object) -> dt.date | None:
    """A reference date as a record or the command line gives it, or ``None``.

    Accepts a ``datetime.date`` (a ``datetime`` is cut to its date), ``None``, or a
    string: ``YYYY-MM-DD``, or an ISO timestamp that starts with one
    (``2015-11-20T17:27:00``, ``2015-11-20 17:27``), cut to its date.

    Raises:
        InvalidDateError: (a ``ValueError``) for a string that is not such a date.
        TypeError: for anything else.

    Examples:
        >>> read_date("2015-11-20T17:27:00-03:00")
        datetime.date(2015, 11, 20)
    """
    if value is None or isinstance(value, dt.date):
        return check_reference_date(value)
    if not isinstance(value, str):
        msg = f"reference_date must be a YYYY-MM-DD string or a date, not {type(value).__name__}"
        raise TypeError(msg)
    text = value.strip()
    day, rest = text[:_ISO_DAY], text[_ISO_DAY:]
    if len(day) != _ISO_DAY or not day[:4].isdigit() or day[4] != "-" or day[7] != "-":
        raise InvalidDateError(value)
    if rest and (rest[0] not in "T " or not rest[1:3].isdigit()):
        raise InvalidDateError(value)
    try:
        return dt.date.fromisoformat(day)
    except ValueError:
        raise InvalidDateError(value) from None
