"""The page's own names: the outlet that publishes the article is no source of itself.

A page names its site outside the article ("Título | La Cuarta"), in its copyright lines
("© 2023 Diario Andino. Todos los derechos reservados."), in a dateline credit opening a
paragraph ("SANTIAGO (AFP).-") and in the credit that signs it (``Layout.credit``:
"Redacción Clarín", "EFE / AFP"). :func:`site_names` and :func:`credit_names` read them,
lower-cased; :func:`at_home` tells whether an outlet credited in the article is one of
them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from itertools import chain

import regex

from noticiaparse._reading import word_set
from noticiaparse._reading.vocabulary import closed_set, media_anaphora
from noticiaparse._text.fold import fold
from noticiaparse._text.lexicons import lines
from noticiaparse._text.span import Span, pairs

__all__ = ["at_home", "credit_names", "media_nouns", "site_names"]


#: The site's own name, as a page shows it, is at most this long.
_MAX_SITE_NAME = 40


@functools.cache
def media_nouns() -> frozenset[str]:
    """The nouns of a medium that refer back to an outlet ("diario", "medio", "radio")."""
    return frozenset(words[-1] for words in media_anaphora())


def at_home(name: str, home: frozenset[str]) -> bool:
    """Whether the outlet ``name`` is the publisher: one of its names or their first words."""
    return name in home or any(site.startswith(name + " ") for site in home)


#: How many capitals, spaces and stops may come before a dateline's bracket.
_DATELINE_LEAD = 40


#: A dateline credit opening a paragraph: "(EFE) —", "SANTIAGO (AFP).-", "(CNN Radio) –":
#: the outlet that wrote the article, in brackets before a dash.
_DATELINE = regex.compile(
    rf"[\p{{Lu}} ,.]{{0,{_DATELINE_LEAD}}}"
    r"\(([\p{L}\p{N} .&]{2,40})\)\s{0,3}(?:[.,]\s{0,2})?[-–—]"
)


def site_names(text: str, regions: Sequence[Span]) -> frozenset[str]:
    """Names the page gives itself outside the article ("Título | La Cuarta").

    The outlet that published the article is not a source of itself.
    """
    names = set()
    cursor = 0
    # the regions read as pairs: a page of short lines keeps them as columns, and a list
    # of them would make a span object for every line
    for lo, hi in chain(pairs(regions), [(len(text), len(text))]):
        gap = text[cursor:lo]  # no mark in it (most gaps: a line break), no line to split
        names.update(_gap_names(gap))
        if lo < hi and cursor == 0:
            # the headline region can carry the site name too
            line = text[lo:hi]
            for mark in (" | ", " — "):
                if mark in line:
                    names.add(line.rsplit(mark, 1)[1].strip().lower())
        # the dateline's bracket comes within its first _DATELINE_LEAD characters
        bracket = lo < hi and text.find("(", lo, min(hi, lo + _DATELINE_LEAD + 1)) >= 0
        credit = _DATELINE.match(text, lo, hi) if bracket else None
        if credit is not None:
            names.add(" ".join(credit.group(1).split()).lower())
        cursor = max(cursor, hi)
    return frozenset(name for name in names if 0 < len(name) <= _MAX_SITE_NAME)


#: What ends the holder's name in a copyright line: "Todos los derechos…", a company's form.
_HOLDER_END = regex.compile(
    r"[ \t]+(?:todos|all|derechos|es[ \t]+una|s\.?a\.?|s\.?l\.?|ediciones|publicaciones|"
    r"\d{4})\b.*$|[ \t]+[-–].*$",
    regex.IGNORECASE,
)


def _gap_names(gap: str) -> set[str]:
    """The names a stretch of page furniture gives the site: "Título | La Cuarta", "© …"."""
    names = set()
    for mark in (" | ", " - ", " — "):
        # each line holding the mark, found from the mark (a gap of furniture runs to
        # many lines, few of them marked)
        at = gap.find(mark)
        while at >= 0:
            end = gap.find("\n", at)
            end = len(gap) if end < 0 else end
            line = gap[gap.rfind("\n", 0, at) + 1 : end]
            names.add(line.rsplit(mark, 1)[1].strip().lower())
            at = gap.find(mark, end)
    if "©" in gap or "opyright" in gap:
        names.update(_copyright_names(gap))
    return names


def _copyright_names(gap: str) -> set[str]:
    """The holders the copyright lines of the page furniture name, lower-cased.

    "© 2023 Diario Andino. Todos los derechos reservados.", "Copyright © La Voz
    Ediciones, SLU", "Todos los derechos reservados © 2024 Infobae": the publisher, whose
    outlet is no source of itself; with a medium's noun opening it ("Diario Andino"),
    the name without it too ("Andino"). A line with no year, "Copyright" or rights
    reserved ("© AFP" under a photo) credits a picture, not the page.
    """
    names = set()
    for line in _marked_lines(gap):
        low = line.lower()
        if not ("©" in low or "copyright" in low) or not (
            "copyright" in low or "derechos" in low or "reserved" in low or _YEAR.search(low)
        ):
            continue
        name = _holder(line)
        if not name:
            continue
        names.add(name.lower())
        first, _, rest = name.lower().partition(" ")
        if rest and first in media_nouns() | word_set("media_heads.txt"):
            names.add(rest)
    return names


def _marked_lines(gap: str) -> Iterator[str]:
    r"""The lines of ``gap`` holding "©" or "copyright" in any case, in order.

    Found from the marks (a stretch of page furniture runs to many lines, few of them a
    copyright's); a gap whose lower case is longer is split into all its lines.

    Examples:
        >>> list(_marked_lines("Inicio\n© 2024 Diario Andino\nMenú\nCOPYRIGHT LA VOZ ©"))
        ['© 2024 Diario Andino', 'COPYRIGHT LA VOZ ©']
    """
    low = gap.lower()
    if len(low) != len(gap):
        yield from gap.split("\n")
        return
    end = -1
    for at in sorted(chain(_found(low, "©"), _found(low, "copyright"))):
        if at <= end:
            continue  # a second mark of the line
        end = gap.find("\n", at)
        end = len(gap) if end < 0 else end
        yield gap[gap.rfind("\n", 0, at) + 1 : end]


def _found(text: str, word: str) -> Iterator[int]:
    """Every offset of ``word`` in ``text``."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


#: How far after its mark a copyright line's holder is read.
_HOLDER_REACH = 120


def _holder(line: str) -> str:
    """The holder a copyright line names after its mark, years and "Copyright"."""
    at = line.rfind("©")
    if at < 0:
        at = line.lower().rfind("copyright")
    words = line[at : at + _HOLDER_REACH].replace("©", " © ").split()
    k = 0
    while k < len(words) and (
        words[k].lower() in closed_set("copyright_mark") or _YEARS.fullmatch(words[k])
    ):
        k += 1
    rest = " ".join(words[k:])
    cut = _NAME_STOP.search(rest)
    name = rest[: cut.start()] if cut is not None else rest
    return _HOLDER_END.sub("", name).strip(" -–")


#: A year or a span of years in a copyright line ("2020", "1998-2018").
_YEARS = regex.compile(r"\d{4}(?:[-–]\d{4})?")


#: Where the holder's name ends: a stop not inside a domain, a comma, a bar.
_NAME_STOP = regex.compile(r"\.(?!\w)|[,|]")


#: A year, in a copyright line.
_YEAR = regex.compile(r"\b(?:19|20)\d{2}\b")


#: Where a credit line names several signers: "EFE / AFP", "Redacción | Télam".
_CREDIT_SPLIT = re.compile(r"\s*(?:[/|,;]|\s[-–—]\s|\sy\s)\s*")


@functools.cache
def _desk_words() -> frozenset[str]:
    return frozenset(fold(entry) for entry in lines("desks.txt"))


def credit_names(signed: str | None) -> frozenset[str]:
    """The outlets a page's credit names, the desk's words left out.

    "Redacción Clarín" is Clarín's desk; "EFE / AFP" names two agencies.
    """
    if not signed:
        return frozenset()
    names = set()
    for part in _CREDIT_SPLIT.split(" ".join(signed.split())):
        words = part.split()
        cut = max(
            (k for k in range(1, len(words)) if fold(" ".join(words[:k])) in _desk_words()),
            default=0,
        )
        name = " ".join(words[cut:]).lower()
        if name:
            names.add(name)
    return frozenset(name for name in names if len(name) <= _MAX_SITE_NAME)
