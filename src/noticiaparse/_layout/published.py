"""The page's publication line: recognise it, and read the date (and time) it states.

A publication line is a short line made of a date, perhaps a weekday and a time, and
little else: cue words ("Publicado el", "Actualizado:"), separators, "hrs.", a time
zone (``lexicons/publication_cues.tsv``). The common Spanish shapes are read here with
the month lexicon; anything else that looks like a date line is handed to dateparser
through :func:`noticiaparse._text.calendar.read_date_string`, and only then.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping

import attrs
import regex

from noticiaparse._layout.byline import leads
from noticiaparse._text.calendar import months, read_date_string, weekdays
from noticiaparse._text.fold import fold
from noticiaparse._text.lexicons import rows

__all__ = ["DateLine", "is_date_cue", "read_date_line"]

#: Longer lines are never publication lines.
MAX_DATE_LINE = 120
#: A two-digit year is this century's.
_TWO_DIGITS = 100
_CENTURY = 2000


@attrs.frozen
class DateLine:
    """A line read as a publication line: its value and whether it is an update."""

    value: dt.date | dt.datetime | None
    updated: bool
    published: bool


@functools.cache
def _cues() -> Mapping[str, str]:
    return {fold(row[1]): row[0] for row in rows("publication_cues.tsv") if row[1:]}


def _alternation(words: object) -> str:
    names = sorted({fold(str(w)) for w in words}, key=len, reverse=True)  # type: ignore[attr-defined]
    return "|".join(regex.escape(n) for n in names)


@functools.cache
def _date_patterns() -> tuple[regex.Pattern[str], ...]:
    month = _alternation(months())
    weekday = _alternation(weekdays())
    wd = rf"(?:(?P<wd>{weekday})\.?,?\s{{0,3}})?"
    return (
        # martes 16 de marzo de 2021 / 16 mar. 2021 / 16-mar-2021
        regex.compile(
            rf"\b{wd}(?P<d>\d{{1,2}})(?:º|°)?\s{{0,3}}(?:de\s|[-/.]|\s)?\s{{0,3}}"
            rf"(?P<m>{month})\b\.?\s{{0,3}}(?:del?\s|[-/.,]|\s)?\s{{0,3}}(?P<y>\d{{4}})\b"
        ),
        # marzo 16, 2021 / martes, marzo 16 de 2021
        regex.compile(
            rf"\b{wd}(?P<m>{month})\b\.?\s{{0,3}}(?P<d>\d{{1,2}})\s{{0,3}}(?:,|de|del)?\s{{0,3}}"
            rf"(?P<y>\d{{4}})\b"
        ),
        # 2021-03-16
        regex.compile(r"\b(?P<y>\d{4})[-/.](?P<mm>\d{1,2})[-/.](?P<d>\d{1,2})\b"),
        # 16/03/2021 / 16.03.21 / 16-03-2021
        regex.compile(
            rf"\b{wd}(?P<d>\d{{1,2}})[-/.](?P<mm>\d{{1,2}})[-/.](?P<y>\d{{4}}|\d{{2}})\b"
        ),
    )


_TIME = regex.compile(
    r"\b(?P<H>[01]?\d|2[0-3])\s{0,2}(?:(?::|\.|h)\s{0,2}(?P<M>[0-5]\d)(?::[0-5]\d)?(?:\b|(?=h))"
    r"|(?=\s{0,2}(?:hrs?|horas)\b))\s{0,3}(?P<ampm>[ap]\.?\s?m\b\.?)?",
    regex.IGNORECASE,
)
_ZONE = regex.compile(r"[+-]\d{1,2}(?::?\d{2})?\b")
_DIGIT = regex.compile(r"\d")
# what an unusual date still shows: a month word, or day/month digits; never "hace …"
_DATE_SHAPE = regex.compile(r"^(?!.*\bhace\b).*(?:\d{1,4}[/.-]\d{1,2}|\b[a-z]{3,10}\b.*\d{4})")
_NOON = 12
_PLACE_WORDS = 4
_MAX_CUED = 80
_MAX_CUE_LINE = 40
_ISO_T = regex.compile(r"(?<=\d)t(?=\d)")
_CUE_WORDS = regex.compile(
    r"\b(?:publicad[oa]|actualizad[oa]|fecha|ultima actualizacion|el|a las|hrs?)\b\.?\s?:?"
)
_WORD = regex.compile(r"[^\W\d_]+(?:\.[^\W\d_]+)*\.?")


@functools.cache
def _lead_words() -> frozenset[str]:
    """The first words of the byline leads: a line opening with one is a byline."""
    return frozenset(lead.split()[0] for lead in leads())


def is_date_cue(text: str) -> bool:
    """Whether a line is a publication cue alone, the date on the next line ("Publicado:").

    Examples:
        >>> is_date_cue("Publicado:"), is_date_cue("Actualizado el"), is_date_cue("Fecha")
        (True, True, True)
        >>> is_date_cue("Publicado en la revista")
        False
    """
    if len(text) > _MAX_CUE_LINE:
        return False
    return _cues().get(fold(text).strip(" :.-|")) in ("published", "updated")


def _year(text: str) -> int:
    year = int(text)
    return year + _CENTURY if year < _TWO_DIGITS else year  # "12/03/21" is 2021


def _read(folded: str) -> tuple[dt.date | None, tuple[int, int] | None, str]:
    """The date, the span of the date match, and the text left over."""
    for pattern in _date_patterns():
        match = pattern.search(folded)
        if match is None:
            continue
        groups = match.groupdict()
        month = months().get(groups["m"]) if groups.get("m") else int(groups["mm"])
        try:
            day = dt.date(_year(groups["y"]), month or 0, int(groups["d"]))
        except ValueError:
            continue
        return day, match.span(), folded[match.end() :]
    return None, None, folded


def _words(rest: str) -> tuple[bool, bool, list[str]]:
    """Cue flags (published, updated) and the words that are neither cue nor weekday."""
    cues = _cues()
    published = updated = False
    leftover = []
    for word in _WORD.findall(rest):
        bare = word.rstrip(".")
        kind = cues.get(word) or cues.get(bare)
        if kind == "published":
            published = True
        elif kind == "updated":
            updated = True
        elif kind is None and bare not in weekdays():
            leftover.append(bare)
    return published, updated, leftover


def _with_time(day: dt.date, time_match: regex.Match[str] | None) -> dt.date | dt.datetime:
    if time_match is None:
        return day
    hour, minute = int(time_match["H"]), int(time_match["M"] or 0)
    ampm = (time_match["ampm"] or "").lower()
    if ampm.startswith("p") and hour < _NOON:
        hour += _NOON
    elif ampm.startswith("a") and hour == _NOON:
        hour = 0
    return dt.datetime(day.year, day.month, day.day, hour, minute)


_PARTS = regex.compile(r"\s{1,3}[|·•]\s{1,3}")


def read_date_line(text: str) -> DateLine | None:
    """Read ``text`` as a publication line, or ``None`` when it is not one.

    A line that gives two dates apart ("Publicado: 16/03/2021 | Actualizado:
    17/03/2021") is read part by part, the publication preferred.

    Examples:
        >>> read_date_line("Martes 16 de marzo de 2021 | 17:27").value
        datetime.datetime(2021, 3, 16, 17, 27)
        >>> read_date_line("Publicado el 5 de enero de 2020").value
        datetime.date(2020, 1, 5)
        >>> read_date_line("Publicado: 16/03/2021 | Actualizado: 17/03/2021").value
        datetime.date(2021, 3, 16)
        >>> read_date_line("El 5 de enero de 2020 llegó a Santiago.") is None
        True
    """
    whole = _read_line(text)
    if whole is None and len(text) <= MAX_DATE_LINE:
        whole = _read_before_tail(text)
    if whole is not None or len(text) > MAX_DATE_LINE or not any(m in text for m in "|·•"):
        return whole  # (without a bar or a dot there are no parts)
    parts = [p for p in _PARTS.split(text) if p.strip()]
    if len(parts) <= 1:
        return None
    read = [_read_line(p) for p in parts]
    dated = [d for d in read if d is not None and d.value is not None]
    if len(dated) != len(parts):
        return None
    return next((d for d in dated if d.published), None) or next(
        (d for d in dated if not d.updated), dated[0]
    )


@functools.cache
def _tail() -> regex.Pattern[str]:
    """A word that ends the date's part of a line: an update cue, or a byline lead."""
    words = {fold(w) for w in leads() if " " not in w}
    words |= {cue for cue, kind in _cues().items() if kind == "updated" and " " not in cue}
    alternation = "|".join(sorted((regex.escape(w) for w in words), key=len, reverse=True))
    return regex.compile(rf"\s(?:{alternation})\b", regex.IGNORECASE)


def _read_before_tail(text: str) -> DateLine | None:
    """The date before an update or a byline on the same line.

    "15/10/2024 14:04 Actualizado a 15/10/2024 20:22" is published on the 15th at
    14:04; "Publicado el 27 de marzo de 2020 por Ana Díaz en Nacionales" on the 27th.
    """
    cut = _tail().search(text)
    if cut is None or cut.start() == 0:
        return None
    head = _read_line(text[: cut.start()])
    if head is None or head.value is None:
        return None
    return DateLine(head.value, updated=False, published=True)


def _read_line(text: str) -> DateLine | None:
    """One publication line with a single date, or ``None``."""
    if len(text) > MAX_DATE_LINE or _DIGIT.search(text) is None:
        return None
    folded = _ISO_T.sub(" ", fold(text))
    day, span, rest = _read(folded)
    place_ok = True
    if span is not None:
        # before the date: cue words, or a place closed by a comma ("Santiago, 16 de…")
        before = folded[: span[0]]
        _pub, _upd, before_words = _words(before)
        place_ok = not before_words or (
            len(before_words) <= _PLACE_WORDS
            and before.rstrip().endswith(",")
            and before_words[0] not in _lead_words()
        )
        rest = " ".join(w for w in _WORD.findall(before) if _cues().get(w.rstrip("."))) + rest
    time_match = _TIME.search(rest)
    if time_match is not None:
        rest = rest[: time_match.start()] + " " + rest[time_match.end() :]
    published, updated, leftover = _words(rest)
    if day is None:
        # an unusual shape behind a cue ("Publicado: 16 Mar 2021"): let dateparser try
        if not (published or updated) or len(text) > _MAX_CUED or not _DATE_SHAPE.search(folded):
            return None
        value = read_date_string(_CUE_WORDS.sub(" ", folded))
        if value is None:
            return None
        return DateLine(value if time_match is not None else value.date(), updated, published)
    if not place_ok or any(c.isdigit() for c in _ZONE.sub("", rest)):
        return None  # numbers we could not place: not a clean date line
    if leftover:
        return None
    return DateLine(_with_time(day, time_match), updated, published)
