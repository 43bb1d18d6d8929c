"""The library's errors: one base class, each concrete error also its built-in kind."""

from __future__ import annotations

__all__ = ["NoticiaParseError", "UnknownCountryError"]


class NoticiaParseError(Exception):
    """Base class of every error noticiaparse raises on purpose."""


class UnknownCountryError(NoticiaParseError, ValueError):
    """A country hint that is not an ISO 3166-1 alpha-2 code.

    Examples:
        >>> str(UnknownCountryError("XX"))
        "unknown country code 'XX' (expected ISO 3166-1 alpha-2, such as 'CL')"
    """

    def __init__(self, code: str) -> None:
        self.code = code
        super().__init__(
            f"unknown country code {code!r} (expected ISO 3166-1 alpha-2, such as 'CL')"
        )
