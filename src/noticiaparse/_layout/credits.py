"""Who signs the page: its authors (people) and its credit (an agency or a desk).

The lines of the page have been read on their own (:mod:`noticiaparse._layout.byline`)
and placed by the page layout; this module picks, by where they stand, the byline
that names the article's authors and the agency or desk the page credits:

- under the headline, before the body (the header): a byline with names ("Por Ana
  Díaz"), else a lone lead over the names on the next line ("Por" then "* Ana Díaz"),
  else names alone that the layout placed as the byline's; a desk there ("Redacción")
  signs a page with no authors;
- else above the headline (some pages set the byline over the title), then a byline
  with names among the body's first paragraphs or right under its last one (a byline
  further down signs a related article);
- the credit: a desk or an agency in the header's bylines ("Por Ana Díaz | EFE",
  "Redacción Deportes", "Con información de AFP"), else the dateline of the first
  paragraph ("LIMA, 3 mar (EFE).-"), else the closing of the last one ("(Con
  información de AFP)") or a credit line right under it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from noticiaparse._layout.byline import (
    Byline,
    credit_line,
    dateline_credit,
    leads,
    names_after_lead,
)
from noticiaparse._layout.published import opening
from noticiaparse._text.fold import fold

__all__ = ["Signed", "pick_authors", "pick_credit"]

#: A credit line this far under the body's last paragraph still closes the article.
_CLOSING_REACH = 2


class Signed(Protocol):
    """A line of the page as the pickers read it."""

    @property
    def text(self) -> str:
        """The line's text."""

    @property
    def kind(self) -> str:
        """Its furniture kind ("byline", "bare" for names alone, "" for text…)."""

    @property
    def byline(self) -> Byline | None:
        """The line read as a byline, or ``None``."""

    @property
    def furniture(self) -> bool:
        """Whether the layout placed it among the page's furniture."""

    @property
    def in_body(self) -> bool:
        """Whether the layout placed it in the article's body."""


def _named(line: Signed) -> tuple[str, ...]:
    return line.byline.authors if line.kind == "byline" and line.byline is not None else ()


def _lone_lead(line: Signed) -> bool:
    return line.kind == "byline" and fold(line.text).strip(" .:") in leads()


def _authors_in(lines: Sequence[Signed], zone: range) -> tuple[str, ...] | None:
    """The authors one part of the page names, ``()`` for a desk alone, ``None`` for none."""
    for i in zone:
        if _named(lines[i]):
            return _named(lines[i])
    for i in zone:
        if _lone_lead(lines[i]) and i + 1 < len(lines):
            after = names_after_lead(lines[i + 1].text)
            if after is not None:
                return after.authors
    for i in zone:
        line = lines[i]
        if line.kind == "bare" and line.furniture and line.byline is not None:
            return line.byline.authors
    return () if any(lines[i].kind == "byline" for i in zone) else None


def pick_authors(lines: Sequence[Signed], headline: int, body_start: int) -> tuple[str, ...]:
    """The people the page's byline names (see the module's docstring)."""
    top = max(headline, -1)
    for zone in (range(top + 1, body_start), range(max(top, 0))):
        found = _authors_in(lines, zone)
        if found is not None:
            return found
    body = [i for i, line in enumerate(lines) if line.in_body]
    closing = range(body[-1] + 1, body[-1] + 1 + _CLOSING_REACH) if body else range(0)
    for i in [*range(body_start, opening(lines, body_start)), *closing]:
        if i < len(lines) and _named(lines[i]):
            return _named(lines[i])
    return ()


def _credit_of(line: Signed) -> str | None:
    if line.kind in ("byline", "bare") and line.byline is not None and line.byline.credit:
        return line.byline.credit
    return credit_line(line.text) if line.kind in ("", "line", "byline") else None


def pick_credit(lines: Sequence[Signed], headline: int, body_start: int) -> str | None:
    """The agency or desk that signs the page, or ``None`` (see the module's docstring)."""
    top = max(headline, -1)
    for line in lines[top + 1 : body_start]:
        credit = _credit_of(line)
        if credit is not None:
            return credit
    body = [i for i, line in enumerate(lines) if line.in_body]
    if not body:
        return None
    credit = dateline_credit(lines[body[0]].text) or dateline_credit(lines[body[-1]].text)
    if credit is not None:
        return credit
    for line in lines[body[-1] + 1 : body[-1] + 1 + _CLOSING_REACH]:
        credit = _credit_of(line)
        if credit is not None:
            return credit
    return None
