"""Patterns compiled at their first use, not at import.

A parse that never needs a pattern (an embedded post's signature, an HTML reader's
tag) never pays for compiling it; one that does compiles it once. The house form of a
module-level pattern most first parses can do without::

    _SIGNATURE = lazy_regex(r"…")   # then _SIGNATURE().search(text)
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

import regex

__all__ = ["lazy_re", "lazy_regex"]


def lazy_regex(pattern: str, flags: int = 0) -> Callable[[], regex.Pattern[str]]:
    """``pattern`` for the ``regex`` engine, compiled at the first call and kept.

    Examples:
        >>> word = lazy_regex(r"[a-zñ]+")
        >>> word().findall("año 2020") == ["año"], word() is word()
        (True, True)
    """

    @functools.cache
    def compiled() -> regex.Pattern[str]:
        return regex.compile(pattern, flags)

    return compiled


def lazy_re(pattern: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """``pattern`` for the standard ``re`` engine, compiled at the first call and kept.

    Examples:
        >>> digits = lazy_re(r"[0-9]+")
        >>> digits().findall("3 de mayo de 2020"), digits() is digits()
        (['3', '2020'], True)
    """

    @functools.cache
    def compiled() -> re.Pattern[str]:
        return re.compile(pattern, flags)

    return compiled
