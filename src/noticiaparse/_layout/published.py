"""The page's publication line: recognise it, read the date (and time) it states, pick it.

A publication line is a short line made of a date, perhaps a weekday and a time, and
little else: cue words ("Publicado el", "Actualizado:"), separators, "hrs.", a time
zone (``lexicons/publication_cues.tsv``), a place before it ("Santiago, …", "MADRID |
…"). The common Spanish shapes are read here with the month lexicon (and English month
names, ``lexicons/publication_words.tsv``, as Spanish-language pages in the US write
them); anything else that looks like a date line is handed to dateparser through
:func:`noticiaparse._text.calendar.read_date_string`, and only then. A relative stamp
("Hace 3 horas") is a publication line only against a reference date
(:func:`read_stamp`). ``_layout.signature`` picks the page's own line among them.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Mapping, Sequence

import attrs
import regex

from noticiaparse._layout.boilerplate import furniture_kind
from noticiaparse._layout.byline import credit_of, is_desk, leads, opening_byline, unmark
from noticiaparse._text.calendar import (
    add_days,
    months,
    nearest_day,
    read_date_string,
    valid_date,
    weekdays,
)
from noticiaparse._text.fold import fold
from noticiaparse._text.gates import found, has_digit
from noticiaparse._text.lazy import lazy_regex
from noticiaparse._text.lexicons import rows
from noticiaparse._text.record import record_repr
from noticiaparse._text.span import Span

__all__ = [
    "STAMP_PARTS",
    "DateLine",
    "date_after_label",
    "date_before_label",
    "date_head",
    "date_in_byline",
    "glued_stamp_at",
    "is_bare_day",
    "is_date_cue",
    "is_keyed",
    "is_masthead_day",
    "is_stamp",
    "no_date_within",
    "read_date_line",
    "read_stamp",
    "read_wire_date",
    "signed_after",
    "stamp_after",
    "under_cue",
]

#: Longer lines are never publication lines.
MAX_DATE_LINE = 120
#: A two-digit year is this century's.
_TWO_DIGITS = 100
_CENTURY = 2000


@attrs.frozen(repr=False)
class DateLine:
    """A line read as a publication line: its value and whether it is an update."""

    __repr__ = record_repr

    value: dt.date | dt.datetime | None
    updated: bool
    published: bool
    #: the desk or agency signing before the date ("EFE | 16/03/2021"), else None
    credit: str | None = None


@functools.cache
def _cues() -> Mapping[str, str]:
    return {fold(row[1]): row[0] for row in rows("publication_cues.tsv") if row[1:]}


@functools.cache
def _words_of(kind: str) -> Mapping[str, int]:
    """One class of ``lexicons/publication_words.tsv``: word -> its number."""
    return {fold(row[1]): int(row[2]) for row in rows("publication_words.tsv") if row[0] == kind}


@functools.cache
def _months() -> Mapping[str, int]:
    """Spanish month names, and the English ones of US pages ("Aug 02, 2019")."""
    return {**_words_of("month"), **months()}


@functools.cache
def _weekdays() -> frozenset[str]:
    return frozenset(weekdays()) | frozenset(_words_of("weekday"))


def _alternation(words: object) -> str:
    names = sorted(sorted({fold(str(w)) for w in words}), key=len, reverse=True)  # type: ignore[attr-defined]
    return "|".join(regex.escape(n) for n in names)


@functools.cache
def _month_names() -> tuple[str, ...]:
    """The month names the word shapes of :func:`_date_sources` read, folded as they are."""
    return tuple(sorted({fold(str(w)) for w in _months()}))


@functools.cache
def _date_sources() -> tuple[str, ...]:
    """The date shapes of a publication line, as patterns; see :func:`_date_pattern`."""
    month = _alternation(_months())
    weekday = _alternation(_weekdays())
    wd = rf"(?:(?P<wd>{weekday})\.?,?\s{{0,3}})?"
    return (
        # martes 16 de marzo de 2021 / 16 mar. 2021 / 16-mar-2021
        (
            rf"\b{wd}(?P<d>\d{{1,2}})(?:º|°)?\s{{0,3}}(?:de\s|[-/.]|\s)?\s{{0,3}}"
            rf"(?P<m>{month})\b\.?\s{{0,3}}(?:del?\s|[-/.,]|\s)?\s{{0,3}}(?P<y>\d{{4}})\b"
        ),
        # marzo 16, 2021 / martes, marzo 16 de 2021
        (
            rf"\b{wd}(?P<m>{month})\b\.?\s{{0,3}}(?P<d>\d{{1,2}})\s{{0,3}}(?:,|de|del)?\s{{0,3}}"
            rf"(?P<y>\d{{4}})\b"
        ),
        # 2021-03-16
        r"\b(?P<y>\d{4})[-/.](?P<mm>\d{1,2})[-/.](?P<d>\d{1,2})\b",
        # 16/03/2021 / 16.03.21 / 16-03-2021
        rf"\b{wd}(?P<d>\d{{1,2}})[-/.](?P<mm>\d{{1,2}})[-/.](?P<y>\d{{4}}|\d{{2}})\b",
    )


@functools.cache
def _date_pattern(index: int) -> regex.Pattern[str]:
    """Date shape ``index``, compiled when a line first has what it needs.

    A year for the first two, digits set apart by ``/ . -`` for the numeric ones: a page
    without numeric dates never builds those.
    """
    return regex.compile(_date_sources()[index])


@functools.cache
def _date_patterns() -> tuple[regex.Pattern[str], ...]:
    """Every date shape, compiled (for the pattern checks; the reader compiles each as needed)."""
    return tuple(map(_date_pattern, range(len(_date_sources()))))


_TIME = regex.compile(
    r"\b(?P<H>[01]?\d|2[0-3])\s{0,2}(?:(?::|\.|h)\s{0,2}(?P<M>[0-5]\d)(?::[0-5]\d)?(?:\b|(?=h))"
    r"|(?=\s{0,2}(?:hrs?|horas)\b))\s{0,3}(?P<ampm>[ap]\.?\s?m\b\.?)?",
    regex.IGNORECASE,
)
#: Minutes in an hour: the unit of an hour's mark after a time ("h", "hs", "hrs").
_HOUR = 60
_ZONE = regex.compile(r"[+-]\d{1,2}(?::?\d{2})?\b")
_DIGIT = regex.compile(r"\d")
_YEAR = regex.compile(r"\d{4}")  # (all date shapes but "16/03/21" have one)
_NUMERIC = regex.compile(r"\d[-/.]\d")  # (in "2021-03-16" and "16/03/2021")
#: Either of the two above: found by one scan where both are asked for at once.
_YEAR_OR_NUMERIC = regex.compile(r"\d{4}|\d[-/.]\d")
#: The three above for an ASCII text, whose only decimal digits are 0-9: the standard
#: engine's calls cost half of ``regex``'s (``tests/test_hostile_costs.py`` checks each
#: pair on every ASCII character).
_ASCII_YEAR = re.compile(r"[0-9]{4}")
_ASCII_NUMERIC = re.compile(r"[0-9][-/.][0-9]")
_ASCII_YEAR_OR_NUMERIC = re.compile(r"[0-9](?:[0-9]{3}|[-/.][0-9])")  # (one digit first)
#: A year's four digits with the next date glued to them, no space between: a day's
#: digits and their separator ("20256 de octubre", "202412/03") or a month's letter
#: ("2025octubre 7"). The cut stands right after the year.
#: The dates a glued pair holds (each year opening with its century, "19" or "20").
_GLUED_DATES = 2
_GLUED_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?=\d{1,2}[ ,/.-]|\p{L})")


# what an unusual date still shows: a month word, or day/month digits; never "hace …"
_date_shape = lazy_regex(r"^(?!.*\bhace\b).*(?:\d{1,4}[/.-]\d{1,2}|\b[a-z]{3,10}\b.*\d{4})")


_NOON = 12
_DAY = 24 * 60  # minutes
_PLACE_WORDS = 4
_MAX_CUED = 80
_MAX_CUE_LINE = 40
_ISO_T = regex.compile(r"(?<=\d)t(?=\d)")
_ISO_Z = regex.compile(r"(?<=\d)z\b")  # "…T10:31:00Z": UTC
_MONTHS = 12


_cue_words = lazy_regex(
    r"\b(?:publicad[oa]|actualizad[oa]|fecha|ultima actualizacion|el|a las|hrs?)\b\.?\s?:?"
)


_WORD = regex.compile(r"[^\W\d_]+(?:\.[^\W\d_]+)*\.?")


@functools.cache
def _lead_words() -> frozenset[str]:
    """The first words of the byline leads: a line opening with one is a byline."""
    return frozenset(lead.split()[0] for lead in leads())


def is_date_cue(text: str, folded: str | None = None) -> bool:
    """Whether a line is a publication cue alone, the date on the next line ("Publicado:").

    ``folded`` is ``fold(text)`` when the caller has it already.

    Examples:
        >>> is_date_cue("Publicado:"), is_date_cue("Actualizado el"), is_date_cue("Fecha")
        (True, True, True)
        >>> is_date_cue("Publicado en la revista")
        False
    """
    if len(text) > _MAX_CUE_LINE:
        return False
    folded = fold(text) if folded is None else folded
    return _cues().get(folded.strip(" :.-|")) in ("published", "updated")


def is_keyed(text: str) -> bool:
    """Whether a line names what its date is before a colon: "date: …", "Fecha: …".

    A metadata block's field or a labelled line states the publication as such, wherever
    it stands on the page.

    Examples:
        >>> is_keyed('date: "2024-11-03"'), is_keyed("Actualizado: 16/03/2021")
        (True, True)
        >>> is_keyed("Lunes 14.03.2022 | 18:30"), is_keyed("Hora: 18:30")
        (False, False)
    """
    key, colon, _rest = text[:_MAX_CUE_LINE].partition(":")
    return bool(colon) and _cues().get(fold(key).strip(" *-_")) in ("published", "updated")


def date_in_byline(text: str) -> tuple[Span, dt.date] | None:
    """The date inside a byline line, among the counters a theme sets beside it, or ``None``.

    "Por Ana Díaz - 22 Septiembre, 2020 0 30": many sites print the byline, the date and
    the counts of comments and views on one line; the line opens with a byline's lead
    ("Por", "Escrito por"), and its first whole date (a day, a month and a year) is the
    article's. The span is the date's in ``text``.

    Examples:
        >>> text = "Por Ana Díaz  -  22 Septiembre, 2020  0  30"
        >>> span, day = date_in_byline(text)
        >>> text[span.start : span.end], day
        ('22 Septiembre, 2020', datetime.date(2020, 9, 22))
        >>> date_in_byline("Ana Díaz - 22 Septiembre, 2020 0 30") is None
        True
    """
    if _DIGIT.search(text) is None:
        return None
    plain = unmark(text) if "](" in text or "*" in text or "_" in text else text
    if len(plain) > MAX_DATE_LINE or opening_byline(plain) is None:
        return None  # (no lead, or words after it that are no names: a sentence)
    # folded letter by letter, so that the date's span is the same in the line
    same = "".join(_fold_letter(c) for c in plain)
    day, span, _rest = _read(same)
    if day is None or span is None:
        return None
    if plain is text:
        return span, day
    at = text.find(plain[span.start : span.end])  # the date's own words, marks aside
    return None if at < 0 else (Span(at, at + span.end - span.start), day)


#: A section's label after a date has at most this many words ("15/10/2025 Estatal").
_MAX_LABEL_WORDS = 3
#: A lower-case word this short may join a label's words ("y", "de", "del").
_MAX_JOINING = 3


def date_before_label(text: str) -> tuple[Span, dt.date | dt.datetime] | None:
    """A date line closed by a section's label: "15/10/2025 Estatal", "2 de mayo de 2023 Política".

    Under the title, a page may set its date and its section on one line: the date
    opens the line, and a few capitalised words with no digit close it. The span is
    the date's.

    Examples:
        >>> date_before_label("15/10/2025 Estatal")
        (Span(start=0, end=10), datetime.date(2025, 10, 15))
        >>> date_before_label("15/10/2025 murieron tres personas") is None
        True
    """
    end = date_head(text)
    if end is None:
        return None
    if not _section_label(text[end:].strip(" |·-–—")):
        return None
    dated = _read_line(text[:end])
    if dated is None or dated.value is None:
        return None
    return Span(0, end), dated.value


def _section_label(label: str) -> bool:
    """Whether ``label`` is a section's name: one to a few capitalised words, no digit.

    "Sociedad", "Sociedad y Cultura" ("y" or "de" between capitalised words); not a
    sentence ("murieron tres personas") nor a figure.
    """
    words = label.split()
    if not words or len(words) > _MAX_LABEL_WORDS or _DIGIT.search(label) is not None:
        return False
    return (
        words[0][:1].isupper()
        and words[-1][:1].isupper()
        and not any(not w[:1].isupper() and len(w) > _MAX_JOINING for w in words)
    )


#: What sets a section's label apart from the date after it: "Sociedad | 3 de julio …".
_LABEL_BAR = regex.compile(r"\s{0,3}[|·•/]\s{0,3}")


def date_after_label(text: str) -> tuple[Span, dt.date | dt.datetime] | None:
    """A date line opened by a section's label and a bar: "Sociedad | 3 de julio de 2024".

    The mirror of :func:`date_before_label`: a page may set its section and its date on
    one line over or under the title, the label first (one to three capitalised words,
    "y" or "de" between them, no digit), then a bar, a dot or a slash, then a date line.
    The span is the date's. (Read only beside the title: in a box of related stories
    the same shape is a card's section and date.)

    Examples:
        >>> date_after_label("Sociedad | Miércoles 3 de julio de 2024 | 09:15")
        (Span(start=11, end=47), datetime.datetime(2024, 7, 3, 9, 15))
        >>> date_after_label("Sociedad y Cultura · 18/10/2022 11:40")[1]
        datetime.datetime(2022, 10, 18, 11, 40)
        >>> date_after_label("Murieron tres | 18/10/2022") is None
        True
    """
    bar = _LABEL_BAR.search(text)
    if bar is None or bar.start() == 0 or len(text) > MAX_DATE_LINE:
        return None
    if not _section_label(text[: bar.start()].strip()):
        return None
    dated = read_date_line(text[bar.end() :])
    if dated is None or dated.value is None:
        return None
    return Span(bar.end(), len(text.rstrip())), dated.value


def _fold_letter(char: str) -> str:
    folded = " " if char.isspace() else fold(char)
    return folded if len(folded) == 1 else char


def _year(text: str) -> int:
    year = int(text)
    return year + _CENTURY if year < _TWO_DIGITS else year  # "12/03/21" is 2021


def _read(folded: str) -> tuple[dt.date | None, Span | None, str]:
    """The date, the span of the date match, and the text left over."""
    # what each shape needs, tested cheaply first: a year's four digits, digits apart
    year = found(_YEAR, _ASCII_YEAR, folded)
    numeric = found(_NUMERIC, _ASCII_NUMERIC, folded)
    # the word shapes need a month's name in the line besides the year: looked for by
    # string search before their scans (a line of the text names no month mostly)
    named = year and any(name in folded for name in _month_names())
    shapes = (named, named, year and numeric, numeric)
    for index, possible in enumerate(shapes):
        match = _date_pattern(index).search(folded) if possible else None
        if match is None:
            continue
        day = _day_of(match.groupdict())
        if day is None:
            continue  # outside the calendar: 31/02/2021, 00/13/0000
        return day, Span(*match.span()), folded[match.end() :]
    return None, None, folded


def _day_of(groups: Mapping[str, str | None]) -> dt.date | None:
    """The day a date match names; numbers in US order when only that order fits.

    "12/25/2021" (a Spanish-language US page) is the 25th of December: a first number
    over 12 is never a month, a second one over 12 never a day. "05/04/2022" is read
    day first, the Spanish order.
    """
    year = _year(groups["y"] or "0")
    day = int(groups["d"] or 0)
    if groups.get("m"):
        return valid_date(year, _months().get(groups["m"] or "", 0), day)
    month = int(groups["mm"] or 0)
    return valid_date(year, month, day) or (
        valid_date(year, day, month) if month > _MONTHS and day <= _MONTHS else None
    )


def _words(rest: str, *, first: bool = False) -> tuple[bool, bool, list[str]]:
    """Cue flags (published, updated) and the words that are neither cue nor weekday.

    With ``first``, the reading stops at the first such word (a caller that only asks
    whether there is one: the flags are then the words' before it).
    """
    cues = _cues()
    published = updated = False
    leftover = []
    words: Iterable[str] = (
        (m.group() for m in _WORD.finditer(rest)) if first else _WORD.findall(rest)
    )
    for word in words:
        bare = word.rstrip(".")
        kind = cues.get(word) or cues.get(bare)
        if kind == "published":
            published = True
        elif kind == "updated":
            updated = True
        elif kind is None and bare not in _weekdays():
            leftover.append(bare)
            if first:
                break
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


_parts = lazy_regex(r"\s{1,3}[|·•]\s{1,3}")


#: The site header's day: "Jueves, 02 de octubre del 2025", "Lima, martes 4/6/2024".
_DAY_TOKEN = regex.compile(r"[a-z]+|\d+|[^a-z\d\s]")
#: A time of day beside the date: "10:31", "9.15 h", "18h".
_TIME_OF_DAY = regex.compile(r"\d{1,2}\s?[:.h]\s?\d{2}|\d{1,2}\s?(?:hrs?|h)\b|\b[ap]\.?\s?m\b")
#: The marks a header's day may have between its words.
_DAY_MARKS = frozenset(",./-")
#: A header's day: this many characters at most, the place before it this many words.
_MAX_MASTHEAD_DAY = 60
_MAX_PLACE_WORDS = 3
#: What closes the place before a header's day: "Caracas, …" (a bar or a dash may close
#: a section's name: "Deportes | martes …" dates the article).
_PLACE_MARKS = frozenset({","})
#: How a header may name its day: "Hoy es martes …", "Hoy, martes …", "Hoy: martes …".
_TODAY_LEADS = (["hoy"], ["hoy", "es"], ["hoy", ","], ["hoy", ":"])


#: The section a blog engine names after the byline: " en Nacionales", " in Deportes".
_section_after = lazy_regex(r"\s(?:en|in)\s(?=\p{Lu})")


#: A key word and an ISO date opening a line: " date 2024-11-03 …", "Fecha: 2024-11-03 …".
_KEYED_ISO = regex.compile(
    r"\s{0,3}(?P<key>\p{L}{3,12}):?\s{1,3}(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?=\s|$)"
)
#: ``_KEYED_ISO``'s first hyphen stands before this offset: three spaces, a key of twelve
#: letters, a colon, three spaces and a year's four digits at most come first.
_KEYED_ISO_REACH = 24
#: What sets a signing desk apart after the date: " - AFP", " | Agencia EFE".
_DESK_AFTER = regex.compile(r"\s{1,3}[|–—-]\s{1,3}")


#: A table row's cells: apart by three spaces or more.
_cells = lazy_regex(r"\s{3,}")


_MAX_CELLS = 4
#: A row of cells is at most this long, its padding included.
_MAX_ROW = 400
#: A label beside the date in its row has at most this many words.
_MAX_CELL_WORDS = 4
#: What may close a place before the date: "Santiago, …", "MADRID | …", "Bruselas - …".
_PLACE_END = (",", "|", "-", "–", "—")


def is_masthead_day(text: str) -> bool:
    """Whether a date line is the day a site's header shows: the weekday and the date alone.

    A masthead shows the day the page is read ("Jueves, 02 de octubre del 2025",
    "Caracas, martes 4 de junio de 2024", "Hoy es martes 4 de junio de 2024"): a weekday,
    then the date, perhaps a place and a comma or "Hoy" before them, and
    nothing else; no time of day (a publication stamp gives one), no
    cue or label, no section's bar or slash opening it ("/ martes 17 de marzo de 2020"
    follows the section's name: the article's own date).

    Examples:
        >>> is_masthead_day("Jueves, 02 de Octubre del 2025")
        True
        >>> is_masthead_day("martes 17 de marzo de 2020 | 10:31")
        False
        >>> is_masthead_day("/ martes 17 de marzo de 2020")
        False
    """
    if len(text) > _MAX_MASTHEAD_DAY or _TIME_OF_DAY.search(text) is not None:
        return False
    folded = fold(text.strip())
    if not folded[:1].isalpha():
        return False
    tokens = _DAY_TOKEN.findall(folded)
    weekday = next((k for k, token in enumerate(tokens) if token in _weekdays()), None)
    if weekday is None:
        return False
    place = tokens[:weekday]
    if (
        place
        and place not in _TODAY_LEADS
        and (place[-1] not in _PLACE_MARKS or len(place) - 1 > _MAX_PLACE_WORDS)
    ):
        return False
    months, linkers = _months(), _words_of("linker")
    return any(token.isdigit() for token in tokens) and all(
        token.isdigit() or token in months or token in linkers or token in _DAY_MARKS
        for token in tokens[weekday + 1 :]
    )


def is_bare_day(text: str) -> bool:
    """Whether a date line is a day alone: the date's words and figures and nothing else.

    "10 feb. 2026", "19 de Noviembre del 2024", "sábado, marzo 14, 2026": a day, a
    month's name, a year, perhaps a weekday and the marks and linkers between them; no
    time of day, no cue, label, place or byline beside it. A site's header prints the
    day the page is read so (:func:`is_masthead_day` reads the weekday's form of it).

    Examples:
        >>> is_bare_day("10 feb. 2026"), is_bare_day("19 de Noviembre del 2024")
        (True, True)
        >>> is_bare_day("10 feb. 2026 10:32"), is_bare_day("Deportes | 10 feb. 2026")
        (False, False)
        >>> is_bare_day("Panamá, 13 de marzo del 2026")
        False
    """
    if len(text) > _MAX_MASTHEAD_DAY or _TIME_OF_DAY.search(text) is not None:
        return False
    tokens = _DAY_TOKEN.findall(fold(text.strip()))
    months, linkers, weekdays = _months(), _words_of("linker"), _weekdays()
    return (
        any(token.isdigit() for token in tokens)
        and any(token in months for token in tokens)
        and all(
            token.isdigit()
            or token in months
            or token in linkers
            or token in weekdays
            or token in _DAY_MARKS
            for token in tokens
        )
    )


#: A stamp glued after a paragraph's last stop: a short tail with no stop of its own.
_glued_stamp = lazy_regex(r"(?<=[.!?»”\"])\s{1,3}(?=\S)[^.!?]{5,60}\.?\Z")
_stamp_marks = lazy_regex(r"\||\d:\d\d")
#: Where a stamp glued after the text is looked for: the line's last characters.
_STAMP_REACH = 64


def glued_stamp_at(text: str) -> int | None:
    """Where the page's publication stamp glued after a paragraph's last stop starts.

    "… según el municipio. marzo 3, 2024 | 18:40": a date line with its time or a bar
    after the stop, no sentence of the text (a sentence never opens in lower case or on
    a figure). ``None`` when the line ends on no such stamp.
    """
    size = len(text)
    if not has_digit(text[-_STAMP_REACH:]):
        return None
    stamp = _glued_stamp().search(text, max(0, size - _STAMP_REACH))
    if (
        stamp is not None
        and _stamp_marks().search(stamp.group()) is not None
        and read_date_line(stamp.group().strip()) is not None
    ):
        return stamp.start()
    return None


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
    if not has_digit(text):
        return None  # every shape read here has a digit (unmarking never adds one)
    if "](" in text or "*" in text or "_" in text:
        text = unmark(text)  # "[15 oct 2024](…)", "**Publicado: 16/03/2021**"
    if not _date_digits(text):
        return None
    whole = _read_line(text)
    if whole is None and len(text) <= MAX_DATE_LINE:
        whole = _read_before_tail(text)
    if whole is None:
        whole = _keyed_iso(text)
    if whole is None and len(text) <= MAX_DATE_LINE:
        whole = _signed_by_desk(text)
    if whole is None and len(text) <= _MAX_ROW and "   " in text.strip():
        whole = _read_cells(text)
    if whole is None and len(text) <= MAX_DATE_LINE:
        whole = _read_glued_pair(text)
    if whole is not None or len(text) > MAX_DATE_LINE or not any(m in text for m in "|·•"):
        return whole  # (without a bar or a dot there are no parts)
    return _read_parts(text)


def _read_glued_pair(text: str) -> DateLine | None:
    """Two date lines a renderer glued with no space, the publication first.

    A blog engine sets the publication's and the last update's date side by side (two
    time elements, one of them hidden by the style sheet); a renderer that drops tags
    glues them: "6 de octubre, 20256 de octubre, 2025", "octubre 6, 2025octubre 7, 2025",
    "12/03/202412/03/2024". Cut right after the first year, each half is a date line of
    its own: the first is the publication.

    Examples:
        >>> _read_glued_pair("6 de octubre, 20257 de octubre, 2025").value
        datetime.date(2025, 10, 6)
        >>> _read_glued_pair("Pago de 20256 pesos") is None
        True
    """
    if text.count("20") + text.count("19") < _GLUED_DATES:
        return None  # (two years, each opening with its century: a cheap count first)
    cut = _GLUED_YEAR.search(text)
    if cut is None:
        return None
    first, second = _read_line(text[: cut.end()]), _read_line(text[cut.end() :])
    if first is None or second is None or first.value is None or second.value is None:
        return None
    return first


def _date_digits(text: str) -> bool:
    """Whether ``text`` (unmarked) shows the digits every date line read here needs.

    Every reading of :func:`read_date_line` is _read_line's of the line or of a part of
    it (or _keyed_iso's, whose ISO date has a year), and _read_line reads a date only
    where its folded text has a year's four digits or digits set apart by "/ . -" (each
    date shape, and the unusual shapes behind a cue, _date_shape, need one): a line with
    neither is none. An ASCII line folds to its lower case (no digit made or joined);
    another is folded.
    """
    shown = text if text.isascii() else fold(text)
    return found(_YEAR_OR_NUMERIC, _ASCII_YEAR_OR_NUMERIC, shown)  # (one scan, not two)


def no_date_within(text: str) -> bool:
    """Whether no stretch of ``text`` can be read as a date line (:func:`read_date_line`).

    A cheap test before reading many parts of one line. Folding maps each character on
    its own (a case, a decomposition, marks dropped) and collapses white space, and the
    digits a date needs (:func:`_date_digits`) hold no space: a stretch of ``text`` shows
    them only where ``text`` does. A line with no markdown mark has no stretch to unmark.

    Examples:
        >>> no_date_within("Ana Soto, Lima"), no_date_within("Ana Soto, 16/03/2021")
        (True, False)
    """
    if not has_digit(text):
        return True
    return not ("](" in text or "*" in text or "_" in text or _date_digits(text))


def _read_parts(text: str) -> DateLine | None:
    """A line of parts apart by bars or dots, each a date line (the publication preferred).

    A reading time or a photo credit beside the date is left out ("… • 3 min de lectura").
    """
    parts = [p for p in _parts().split(text) if p.strip() and furniture_kind(p.strip()) != "media"]
    if not parts:
        return None
    read = [_read_line(p) for p in parts]
    dated = [d for d in read if d is not None and d.value is not None]
    if len(dated) != len(parts):
        return None
    return next((d for d in dated if d.published), None) or next(
        (d for d in dated if not d.updated), dated[0]
    )


def _signed_by_desk(text: str) -> DateLine | None:
    """A date line closed by the desk or agency that signs it: "07/06/2016 - 09:12 - AFP".

    Examples:
        >>> _signed_by_desk("7 de junio de 2016 - 09:12 - Agencia AFP").credit
        'AFP'
    """
    cuts = list(_DESK_AFTER.finditer(text))
    if not cuts:
        return None
    head, tail = text[: cuts[-1].start()], text[cuts[-1].end() :].strip()
    if not tail or _DIGIT.search(tail) is not None or not is_desk(tail):
        return None
    dated = _read_line(head)
    if dated is None or dated.value is None:
        return None
    return DateLine(dated.value, dated.updated, dated.published, credit_of(tail))


def _keyed_iso(text: str) -> DateLine | None:
    """A key and an ISO date opening the line, whatever follows ("date 2024-11-03 Sociedad").

    A web store or an extractor writes the page's date so, as a field: an ISO date is
    never a sentence's, so the rest of the line (a section, the title) does not matter.

    Examples:
        >>> _keyed_iso(" date 2024-11-03 Sociedad").value
        datetime.date(2024, 11, 3)
    """
    # (the year's hyphen stands within _KEYED_ISO_REACH characters: most lines show none)
    match = _KEYED_ISO.match(text) if "-" in text[:_KEYED_ISO_REACH] else None
    if match is None or _cues().get(fold(match["key"])) != "published":
        return None
    day = valid_date(int(match["y"]), int(match["m"]), int(match["d"]))
    return None if day is None else DateLine(day, updated=False, published=True)


def _read_cells(text: str) -> DateLine | None:
    """A header set in columns: one cell the date, the others labels.

    "|   Deportes        jueves, 9 de marzo de 2023   |  |": a renderer keeps a
    table row's cells apart by runs of spaces; the date is the one cell that reads as
    one, beside short labels with no digit (a section, the site's name). (Cells kept apart
    by a bar alone are read as parts of one line: "Deportes | 09/06/2022" is a related
    item's section and date.)
    """
    cells = [c.strip(" |") for c in _cells().split(text.strip())]
    cells = [c for c in cells if c]
    if not 1 < len(cells) <= _MAX_CELLS:
        return None
    read = [_read_line(c) for c in cells]
    dated = [d for d in read if d is not None and d.value is not None]
    labels = [c for c, d in zip(cells, read, strict=True) if d is None]
    if len(dated) != 1 or any(
        "|" in c or _DIGIT.search(c) is not None or len(c.split()) > _MAX_CELL_WORDS for c in labels
    ):
        return None
    return dated[0]


@functools.cache
def _tail() -> regex.Pattern[str]:
    """A word that ends the date's part of a line: an update cue, or a byline lead."""
    words = {fold(w) for w in leads() if " " not in w}
    words |= {cue for cue, kind in _cues().items() if kind == "updated" and " " not in cue}
    alternation = "|".join(sorted(sorted(regex.escape(w) for w in words), key=len, reverse=True))
    return regex.compile(rf"(?:\s|(?<=\d))(?:{alternation})\b", regex.IGNORECASE)


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


def signed_after(text: str) -> Span | None:
    """Where a byline follows the date on its line: "Publicado el 4 de mayo de 2022 por X".

    The span runs from the byline's lead to the line's end, or to the section a blog
    engine names after it ("… por Ana Soto en Nacionales"); ``None`` when no byline
    lead follows a date.

    Examples:
        >>> text = "Publicado el 27 de marzo de 2020 por Ana Soto en Nacionales"
        >>> span = signed_after(text)
        >>> text[span.start : span.end]
        'por Ana Soto'
    """
    if len(text) > MAX_DATE_LINE or not has_digit(text):
        return None
    cut = _tail().search(text)
    if cut is None or cut.start() == 0 or fold(cut.group().strip()) not in leads():
        return None
    head = _read_line(text[: cut.start()])
    if head is None or head.value is None:
        return None
    start = cut.start() + len(cut.group()) - len(cut.group().lstrip())
    section = _section_after().search(text, start)
    return Span(start, section.start() if section is not None else len(text))


def _place(before: str, words: Sequence[str], *, upper: bool) -> bool:
    """Whether the words before a date are the place it was written in.

    "Santiago, 16 de marzo …" (a comma closes a place of a few words); "MADRID | 13/02/2017"
    (a bar after an upper-case place) and "Bruselas - 15 oct 2024" (a dash after one
    word). Two capitalised words there are a byline's name ("Ana Díaz | 16/03/2021"),
    and a word before a bar a section label ("Política | 16/03/2021").
    """
    closer = before.rstrip()[-1:]
    if len(words) > _PLACE_WORDS or closer not in _PLACE_END or words[0] in _lead_words():
        return False
    return closer == "," or upper or (closer != "|" and len(words) == 1)


def _iso_spaced(folded: str) -> str:
    """``folded`` with an ISO stamp's "t" made a space and its "z" read as " utc".

    Each substitution runs only where its letter stands in the line (most lines hold
    no "z"): the same text as both run always.

    Examples:
        >>> _iso_spaced("2021-03-16t10:31:00z"), _iso_spaced("el martes 16")
        ('2021-03-16 10:31:00 utc', 'el martes 16')
    """
    if "t" in folded:
        folded = _ISO_T.sub(" ", folded)
    return _ISO_Z.sub(" utc", folded) if "z" in folded else folded


def _read_line(text: str) -> DateLine | None:
    """One publication line with a single date, or ``None``."""
    if len(text) > MAX_DATE_LINE or not has_digit(text):
        return None
    folded = _iso_spaced(fold(text))
    day, span, rest = _read(folded)
    if day is None and len(text) > _MAX_CUED:
        return None  # (the cued reading below takes short lines only)
    credit = None
    if span is not None:
        place_ok, credit = _before_date(text, folded[: span[0]])
        if not place_ok:
            return None  # words before the date that are no cue, place or desk
        before = folded[: span[0]]
        rest = " ".join(w for w in _WORD.findall(before) if _cues().get(w.rstrip("."))) + rest
    time_match = _TIME.search(rest)
    if time_match is not None:
        rest = rest[: time_match.start()] + " " + rest[time_match.end() :]
    # (a date read with words left over is none: the first one is enough to tell)
    published, updated, leftover = _words(rest, first=day is not None)
    if day is None:
        # an unusual shape behind a cue ("Publicado: 16 Mar 2021"): let dateparser try
        if not (published or updated) or not _date_shape().search(folded):
            return None
        value = read_date_string(_cue_words().sub(" ", folded))
        if value is None:
            return None
        return DateLine(value if time_match is not None else value.date(), updated, published)
    if leftover or any(c.isdigit() for c in _ZONE.sub("", rest)):
        return None  # words or numbers we could not place: not a clean date line
    return DateLine(_with_time(day, time_match), updated, published, credit)


def _before_date(text: str, before: str) -> tuple[bool, str | None]:
    """Whether what stands before the date is cue words, a place or a desk; the desk's credit.

    ``before`` is the folded text before the date; a desk or an agency signing there
    ("EFE | 16/03/2021", "La Gaceta 16.08.2020 - 21:03h") is read from ``text``'s own
    letters up to its first digit.
    """
    _pub, _upd, words = _words(before)
    if not words:
        return True, None
    digit = _DIGIT.search(text)
    head = text[: digit.start()] if digit is not None else text
    if is_desk(head.strip(" |-–—·:")):
        return True, credit_of(head.strip(" |-–—·:"))
    return _place(before, words, upper=head.isupper()), None


@functools.cache
def _stamp() -> regex.Pattern[str]:
    """A relative stamp, folded: "[publicado] hace 3 horas", "2 hours ago"."""
    cues = _alternation(cue for cue, kind in _cues().items() if kind in ("published", "updated"))
    units = _alternation(_words_of("unit"))
    counts = _alternation(_words_of("count"))
    leads = _alternation(_words_of("lead"))
    tails = _alternation(_words_of("tail"))
    count = rf"(?P<n>\d{{1,6}}|{counts})\s{{1,3}}(?P<unit>{units})\.?"
    return regex.compile(
        rf"(?:(?P<cue>{cues})\s{{0,3}}:?\s{{0,3}})?"
        rf"(?:(?:{leads})\s{{1,3}}{count}|{count}\s{{1,3}}(?:{tails}))"
    )


def is_stamp(text: str) -> bool:
    """Whether ``text`` is a relative stamp, whatever the reference date.

    Examples:
        >>> is_stamp("Hace 3 horas"), is_stamp("Actualizado hace 2 días"), is_stamp("Hace calor")
        (True, True, False)
    """
    return len(text) <= _MAX_CUE_LINE and _stamp().fullmatch(fold(text).strip(" .|·")) is not None


def read_stamp(text: str, reference: dt.date | None, folded: str | None = None) -> DateLine | None:
    """A relative stamp ("Hace 3 horas", "Publicado hace 2 días") against ``reference``.

    ``reference`` is the date (or date-time) the page was read on, which the stamp
    counts back from; without it the stamp gives nothing (``None``). Counted against a
    date, hours and minutes fall on that date and whole days move it; against a
    date-time, the count is taken off exactly. A count that leaves the calendar gives
    ``None``. ``folded`` is ``fold(text)`` when the caller has it already.

    Examples:
        >>> read_stamp("Hace 3 horas", dt.date(2024, 5, 4)).value
        datetime.date(2024, 5, 4)
        >>> read_stamp("Actualizado hace 2 días", dt.date(2024, 5, 4))
        DateLine(value=datetime.date(2024, 5, 2), updated=True, published=False, credit=None)
        >>> read_stamp("hace 90 minutos", dt.datetime(2024, 5, 4, 10, 0)).value
        datetime.datetime(2024, 5, 4, 8, 30)
        >>> read_stamp("Hace 3 horas", None) is None
        True
    """
    if reference is None or len(text) > _MAX_CUE_LINE:
        return None
    folded = (fold(text) if folded is None else folded).strip(" .|·")
    if _stamp_word().search(folded) is None:
        return None  # (each stamp holds a lead, a tail or a day's word: most lines none)
    match = _stamp().fullmatch(folded)
    if match is None:
        return _day_stamp(folded, reference)
    number = _words_of("count").get(match["n"]) or int(match["n"])
    minutes = number * _words_of("unit")[match["unit"]]
    kind = _cues().get(match["cue"] or "")
    try:
        if isinstance(reference, dt.datetime):
            value: dt.date = reference - dt.timedelta(minutes=minutes)
        else:
            value = reference - dt.timedelta(days=minutes // _DAY)
    except (OverflowError, ValueError):
        return None  # counted out of the calendar
    return DateLine(value, updated=kind == "updated", published=kind == "published")


#: What may part a byline from the relative stamp after it: " | ", " · ", " - ", a space.
STAMP_PARTS = " |·-–—,"
#: What may close a stamp after its last word: a stop, or a bar left at the line's end.
_STAMP_END_MARKS = STAMP_PARTS + "."


def stamp_after(text: str, folded: str | None = None) -> int | None:
    """Where the relative stamp that closes a line starts, after other words, or ``None``.

    "Por Ana Soto | Hace 2 horas", "POR AGENCIA NACIONAL Hace 2 horas": a byline and
    the stamp the page counts from the day it is read, on one line; the stamp is the
    longest tail of the line read whole by :func:`is_stamp` ("Actualizado hace 2 días"
    rather than "hace 2 días"), past a bar, a dot or a dash or not. ``folded`` is
    ``fold(text)`` when the caller has it already.

    Examples:
        >>> text = "Por Ana Soto | Hace 2 horas"
        >>> text[stamp_after(text) :]
        'Hace 2 horas'
        >>> stamp_after("Hace 2 horas") is None, stamp_after("Por Ana Soto") is None
        (True, True)
    """
    size = len(text)
    if size > MAX_DATE_LINE:
        return None  # (a byline and its stamp are a short line: a paragraph is none)
    folded = fold(text) if folded is None else folded
    if folded[-_MAX_CUE_LINE:].rsplit(" ", 1)[-1].strip(_STAMP_END_MARKS) not in _stamp_ends():
        return None  # (a counted stamp ends with its unit or its tail: most lines do not)
    for start in range(max(1, size - _MAX_CUE_LINE), size):
        if text[start - 1] == " " and text[start] not in STAMP_PARTS and is_stamp(text[start:]):
            return start if text[:start].strip(STAMP_PARTS) else None
    return None


@functools.cache
def _stamp_ends() -> frozenset[str]:
    """The words a counted stamp ends with: its unit ("horas"), or its tail ("ago")."""
    return frozenset({*_words_of("unit"), *_words_of("tail")})


@functools.cache
def _stamp_word() -> re.Pattern[str]:
    """A word that every relative stamp holds, found anywhere in a folded line.

    :func:`_stamp` needs its lead or its tail ("hace", "ago") and :func:`_day_words` its
    day ("hoy", "ayer"): a line holding none of them is read by neither, and one search
    of the standard engine for these few words rules it out before the two matches.
    """
    words = {*_words_of("lead"), *_words_of("tail"), *_words_of("day")}
    return re.compile("|".join(re.escape(word) for word in sorted(words)))


@functools.cache
def _day_words() -> regex.Pattern[str]:
    """A day named from the reading day, then its time: "hoy 10:31", "ayer, a las 18:20"."""
    cues = _alternation(cue for cue, kind in _cues().items() if kind in ("published", "updated"))
    days = _alternation(_words_of("day"))
    return regex.compile(
        rf"(?:(?P<cue>{cues})\s{{0,3}}:?\s{{0,3}})?(?P<day>{days})\s{{0,3}}[,|-]?\s{{0,3}}"
        rf"(?:a\s{{1,3}}las\s{{1,3}}|at\s{{1,3}})?(?P<rest>.{{1,30}})"
    )


def _day_stamp(folded: str, reference: dt.date) -> DateLine | None:
    """A day named from the reading day, with its time: "Hoy 10:31", "Ayer, 18:20 hs".

    The time must follow the day word (a "Hoy" alone is a section's label), perhaps
    with an hour's mark after it.

    Examples:
        >>> _day_stamp("ayer, 18:20 hs", dt.date(2024, 5, 4)).value
        datetime.datetime(2024, 5, 3, 18, 20)
    """
    match = _day_words().fullmatch(folded)
    if match is None:
        return None
    clock = _TIME.match(match["rest"])
    if clock is None or clock["M"] is None:
        return None
    mark = match["rest"][clock.end() :].strip(" .")
    if mark and _words_of("unit").get(mark) != _HOUR:
        return None  # words after the time: a sentence, not a stamp
    try:
        day = reference - dt.timedelta(days=_words_of("day")[match["day"]])
    except OverflowError:
        return None  # "ayer" read on the calendar's first day
    kind = _cues().get(match["cue"] or "")
    value = _with_time(dt.date(day.year, day.month, day.day), clock)
    return DateLine(value, updated=kind == "updated", published=kind == "published")


def under_cue(cue_line: str, reading: DateLine | None) -> DateLine | None:
    """A date line under a lone cue ("Actualizado" over "domingo 28/10/2012") takes its kind.

    Examples:
        >>> under_cue("Actualizado", read_date_line("domingo 28/10/2012")).updated
        True
    """
    if reading is None or reading.published or reading.updated:
        return reading
    cue = _cues().get(fold(cue_line).strip(" :.-|"))
    if cue == "updated":
        return attrs.evolve(reading, updated=True)
    return attrs.evolve(reading, published=True) if cue == "published" else reading


#: What every wire dateline holds: the comma after the place, and the day's digits.
_wire_day = lazy_regex(r",\s{1,3}\d")


@functools.cache
def _wire_dateline() -> regex.Pattern[str]:
    """An agency's dateline: "MADRID, 13 Feb. (EUROPA PRESS)", "Lima, 3 mar (EFE)"."""
    month = "|".join(regex.escape(m) for m in sorted(_months(), key=len, reverse=True))
    return regex.compile(
        r"\p{Lu}[\p{L}.'’]{0,30}(?:\s{1,2}[\p{L}.'’]{1,30}){0,3},\s{1,3}"
        rf"(?P<when>(?P<d>\d{{1,2}})(?:\s{{1,3}}(?P<m>(?i:{month}))\b\.?)?)"
        r"\s{0,3}\((?P<who>[^()\n]{2,40})\)"
    )


def read_wire_date(text: str, reference: dt.date | None) -> tuple[Span, dt.date] | None:
    """The date of an agency's dateline in ``text``, given the reference date, or ``None``.

    Wire copy dates itself in its dateline with a day and perhaps a month, never a
    year: "LIMA, 3 mar (EFE)", "MADRID, 13 (EUROPA PRESS)". The day is the one on or
    before ``reference`` (the page's reference date) nearest it; without a reference,
    or without an agency or desk in the brackets, nothing. The span is the day's (and
    month's) text.

    Examples:
        >>> read_wire_date("Tegucigalpa, 14 mar (Prensa Latina) La ministra…",
        ...                dt.date(2025, 3, 14))
        (Span(start=13, end=19), datetime.date(2025, 3, 14))
        >>> read_wire_date("MADRID, 13 (EUROPA PRESS) - El Gobierno…", dt.date(2017, 3, 2))
        (Span(start=8, end=10), datetime.date(2017, 2, 13))
        >>> read_wire_date("LIMA, 3 mar (EFE).-", None) is None
        True
    """
    if reference is None or "(" not in text or _wire_day().search(text) is None:
        return None  # (the day after the place's comma: the cheap test first)
    for match in _wire_dateline().finditer(text):
        if not is_desk(match["who"]):
            continue
        day = int(match["d"])
        if match["m"] is not None:
            month = _months().get(fold(match["m"]))  # (case folding may differ: "ſep")
            value = None if month is None else nearest_day(month, day, reference, -1)
        else:
            value = valid_date(reference.year, reference.month, day)
            if value is None or value > reference:  # the day in the month before
                before = add_days(reference.replace(day=1), -1)
                value = None if before is None else valid_date(before.year, before.month, day)
        if value is not None:
            return Span(*match.span("when")), value
    return None


_SPACE = regex.compile(r"\s+")
#: A line this long is never a date followed by a byline; a date and time are shorter
#: than ``_MAX_HEAD`` ("Miércoles, 4 de Mayo de 2022 - 10:31 hrs." has 41 characters).
_MAX_DATE_HEAD = 160
_MAX_HEAD = 60


def date_head(text: str) -> int | None:
    """Where a date (and time) that opens a line ends, when more text follows it.

    "09 de febrero de 2017. 17:18h Ana Díaz, Lima" holds a publication line and then a
    byline: the cut is the longest head that reads as a date line. ``None`` when the
    line does not open with a date.

    Examples:
        >>> text = "09/02/2017 17:18h Ana Díaz, Lima"
        >>> text[: date_head(text)]
        '09/02/2017 17:18h'
        >>> date_head("Ana Díaz 09/02/2017") is None
        True
    """
    if len(text) > _MAX_DATE_HEAD or not text[:1].isalnum():
        return None
    first = fold(text.split(None, 1)[0]).strip(".,")
    if not (first[:1].isdigit() or first in _weekdays() or first in _months()):
        return None
    found = None
    for space in _SPACE.finditer(text, 0, _MAX_HEAD):
        head = text[: space.start()]
        if not _DIGIT.search(head):
            continue
        if _read_line(head) is not None:
            found = space.start()
        elif found is not None:
            break  # past the date: the rest is text
    return found
