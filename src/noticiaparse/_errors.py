"""The library's errors: one base class, each concrete error also its built-in kind."""

from __future__ import annotations

__all__ = [
    "InvalidArticleError",
    "InvalidDateError",
    "NoticiaParseError",
    "UnguardedWorkersError",
    "UnknownCountryError",
]


class NoticiaParseError(Exception):
    """Base class of every error noticiaparse raises on purpose."""


class UnknownCountryError(NoticiaParseError, ValueError):
    """A country hint that is not an ISO 3166-1 alpha-2 code.

    Codes are read without regard to case or surrounding white space (``" cl"`` is
    ``"CL"``).

    Examples:
        >>> str(UnknownCountryError("XX"))
        "unknown country code 'XX' (expected ISO 3166-1 alpha-2, such as 'CL')"
    """

    def __init__(self, code: str) -> None:
        self.code = code
        super().__init__(
            f"unknown country code {code!r} (expected ISO 3166-1 alpha-2, such as 'CL')"
        )


class InvalidDateError(NoticiaParseError, ValueError):
    """A reference date given as text that is not an ISO date.

    Examples:
        >>> str(InvalidDateError("99999-01-01"))
        "not a date: '99999-01-01' (expected YYYY-MM-DD, such as '2015-11-20', or an ISO timestamp such as '2015-11-20T17:27:00', which is cut to its date)"
    """  # noqa: E501 - a doctest shows the whole message

    def __init__(self, value: str) -> None:
        self.value = value
        super().__init__(
            f"not a date: {value!r} (expected YYYY-MM-DD, such as '2015-11-20', or an ISO "
            "timestamp such as '2015-11-20T17:27:00', which is cut to its date)"
        )


class InvalidArticleError(NoticiaParseError, ValueError):
    """A dict that is not the JSON form of an article (``Article.from_dict``).

    ``field`` is the path of the offending field, such as ``"quotes[0].start"``.

    Examples:
        >>> str(InvalidArticleError("body[0].start", "missing"))
        'invalid article JSON at body[0].start: missing'
    """

    def __init__(self, field: str, reason: str) -> None:
        self.field = field
        self.reason = reason
        super().__init__(f"invalid article JSON at {field}: {reason}")


class UnguardedWorkersError(NoticiaParseError, RuntimeError):
    """Worker processes asked for from a script's top level, outside its main guard.

    Workers are started with ``spawn``, which runs the script again in each of them;
    without ``if __name__ == "__main__":`` each would start workers of its own.
    """
