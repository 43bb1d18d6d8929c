"""Checked call arguments shared by every public parser: country hint, reference date."""

from __future__ import annotations

import datetime as dt
import functools

from noticiaparse._errors import UnknownCountryError
from noticiaparse._text.lexicons import lines

__all__ = ["check_country", "check_reference_date", "check_text"]


def check_text(text: object) -> str:
    """``text`` itself, or ``TypeError`` when it is not a ``str``."""
    if not isinstance(text, str):
        msg = f"text must be str, not {type(text).__name__}"
        raise TypeError(msg)
    return text


@functools.cache
def _country_codes() -> frozenset[str]:
    return frozenset(lines("countries.txt"))


def check_country(country: object) -> str | None:
    """The upper-cased ISO 3166-1 alpha-2 code, or ``None``.

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
