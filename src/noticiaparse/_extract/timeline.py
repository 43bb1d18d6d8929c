"""Resolving date mentions: the tense of their verbs, the story's timeline, the day they mean.

:mod:`noticiaparse._extract.dates` finds the mentions (:class:`FoundDate`); :func:`resolve_all`
then reads them in order against the reference date, keeping the story's timeline
(the last day and month it spoke of, the days it named with their year, the date its
headline gives it) so that "ese lunes", "el día 25" or a yearless "18 de octubre" point
where the story does. :func:`verb_tense` reads the verb nearest a mention from word endings
and a few irregular forms (``lexicons/date_tense.tsv``).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence
from typing import NamedTuple

import attrs
import regex

from noticiaparse._text.calendar import (
    add_days,
    add_months,
    nearest_day,
    nearest_month,
    shift_weekday,
    valid_date,
)
from noticiaparse._text.lazy import lazy_regex
from noticiaparse._text.lexicons import rows
from noticiaparse._text.record import record_repr
from noticiaparse._text.sentences import sentence_end, sentence_start
from noticiaparse._text.span import Span

__all__ = [
    "FUTURE",
    "NONE",
    "PAST",
    "FoundDate",
    "headline_end",
    "resolve_all",
    "sentence_tense",
    "verb_tense",
    "word_tense",
]

#: A direction in time: before the reference, none said, after it.
PAST, NONE, FUTURE = -1, 0, 1

#: How far (characters) either side of a mention its verb is looked for.
_TENSE_REACH = 120
#: How many words either side of a mention are read for its verb.
_TENSE_WORDS = 6
#: A shorter word is not read for its tense by its ending alone.
_MIN_SUFFIXED = 5

#: How far (characters) either side of a mention its sentence is read for a verb.
_SENTENCE_REACH = 240

_WORD = regex.compile(r"\p{L}+")


_for_before = lazy_regex(r"(?r)\bpara\s+(?:(?:el|este|esta)\s+)?$", regex.IGNORECASE)


_CLAUSE_END = re.compile(r"[.;!?\n«»“”\"]")
_CLAUSE_END_BACK = regex.compile(r"(?r)[.;!?\n«»“”\"]")


#: A verb after a comma, then its subject: the attribution, not the event's verb.
_attribution = lazy_regex(r"\p{Ll}+\s+(?:\p{Lu}|(?:el|la|los|las)\s)")


@functools.cache
def _tense_lexicon() -> tuple[dict[str, int], tuple[tuple[str, int], ...], frozenset[str]]:
    """Whole words -> tense, suffixes -> tense (longest first), periphrasis leads."""
    words: dict[str, int] = {}
    suffixes: list[tuple[str, int]] = []
    leads: set[str] = set()
    for form, kind, tense in rows("date_tense.tsv"):
        value = PAST if tense == "past" else FUTURE
        if kind == "word":
            words[form] = value
        elif kind == "suffix":
            suffixes.append((form, value))
        else:
            leads.add(form)
    suffixes.sort(key=lambda item: -len(item[0]))
    return words, tuple(suffixes), frozenset(leads)


class FoundDate(NamedTuple):
    """One mention as found, before it is resolved (offsets into ``Spine.text``)."""

    start: int
    end: int
    region: int
    kind: str  # "full", "month", "weekday", "deictic", "day", "relmonth"
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    offset: int = 0  # deictic days (relmonth: months) from the reference
    year_shift: int | None = None  # "de este año" 0, "del año pasado" -1
    role: str | None = None  # "past", "next", "this", "that", "after", "before"
    in_parens: bool = False
    quoted: bool = False  # inside quotation marks: someone's speech has its own "now"
    implied_year: int | None = None  # from a range's other end or the sentence's year


def word_tense(token: str, following: str | None) -> int:
    """``PAST`` or ``FUTURE`` when ``token`` is a verb form that says so, else ``NONE``.

    Examples:
        >>> word_tense("anunció", None), word_tense("votará", None), word_tense("van", "a")
        (-1, 1, 1)
        >>> word_tense("vota", None)
        0
    """
    words, suffixes, leads = _tense_lexicon()
    word = token.lower()
    tense = words.get(word, NONE)
    if tense != NONE:
        return tense
    if word in leads:
        return FUTURE if following == "a" else NONE
    if len(word) >= _MIN_SUFFIXED and word.endswith(_suffix_tuple()):
        return next(value for suffix, value in suffixes if word.endswith(suffix))
    return NONE


@functools.cache
def _suffix_tuple() -> tuple[str, ...]:
    return tuple(suffix for suffix, _ in _tense_lexicon()[1])


def verb_tense(text: str, start: int, end: int, lo: int) -> int:
    """The tense of the verb nearest ``text[start:end]`` in its clause: past, future or none.

    Only verbs within a few words count; capitalised words (names) are skipped, and so
    is a postposed attribution (", informó el ministerio").

    Examples:
        >>> text = "En enero llovió; la feria volverá en enero, informó el municipio."
        >>> verb_tense(text, 3, 8, 0), verb_tense(text, 37, 42, 0)
        (-1, 1)
    """
    left = max(lo, start - _TENSE_REACH)
    right = min(len(text), end + _TENSE_REACH)
    stop_left = _CLAUSE_END_BACK.search(text, left, start)
    if stop_left is not None:
        left = stop_left.end()
    stop_right = _CLAUSE_END.search(text, end, right)
    if stop_right is not None:
        right = stop_right.start()
    before = _WORD.findall(text, left, start)[-_TENSE_WORDS:]
    after = _after_words(text, end, right)
    for distance in range(max(len(before), len(after))):
        if distance < len(before):  # nearest first, either side
            index = len(before) - 1 - distance
            token = before[index]
            if index == 0 or not token[0].isupper():  # a capital inside: a name
                tense = word_tense(token, before[index + 1] if distance else None)
                if tense != NONE:
                    return tense
        if distance < len(after) and not after[distance][0].isupper():
            following = after[distance + 1] if distance + 1 < len(after) else None
            tense = word_tense(after[distance], following)
            if tense != NONE:
                return tense
    return NONE


def sentence_tense(text: str, start: int, end: int) -> int:
    """The tense of the verb nearest ``text[start:end]`` anywhere in its sentence.

    The fallback when no verb stands next to a mention: "la marcha del jueves, convocada
    por los gremios, recorrerá el centro" looks ahead.

    Examples:
        >>> text = "La marcha del jueves, convocada por los gremios, recorrerá el centro."
        >>> sentence_tense(text, 14, 20)
        1
    """
    left = sentence_start(text, start, 0, reach=_SENTENCE_REACH)
    right = sentence_end(text, end, len(text), reach=_SENTENCE_REACH)
    before = _WORD.findall(text, left, start)
    after = _WORD.findall(text, end, right)
    for distance in range(max(len(before), len(after))):
        for token, following in (
            (before[-1 - distance], None) if distance < len(before) else (None, None),
            (
                after[distance] if distance < len(after) else None,
                after[distance + 1] if distance + 1 < len(after) else None,
            ),
        ):
            if token is None or token[0].isupper():
                continue
            tense = word_tense(token, following)
            if tense != NONE:
                return tense
    return NONE


def _after_words(text: str, end: int, right: int) -> list[str]:
    """The words after a mention, up to a postposed attribution (", informó el ministerio")."""
    words: list[str] = []
    last = end
    for match in _WORD.finditer(text, end, right):
        if len(words) > _TENSE_WORDS:
            break
        if "," in text[last : match.start()] and _attribution().match(text, match.start()):
            break
        words.append(match.group())
        last = match.end()
    return words


@attrs.define(repr=False)
class _Timeline:
    """What the story has said so far: the last day and month it spoke of."""

    __repr__ = record_repr

    last_day: dt.date | None = None
    last_day_region: int = -10
    last_day_from_ref: bool = True  # "ayer", "este lunes": the story is at the publication
    last_month: tuple[int, int] | None = None
    last_month_region: int = -10
    days: list[dt.date] = attrs.field(factory=list)
    named: dict[tuple[int, int], int] = attrs.field(factory=dict)


def headline_end(text: str, regions: Sequence[Span]) -> int:
    """Where the headline ends: the first region's end, or the first line's in one region."""
    if not regions:
        return 0
    lo, hi = regions[0]
    if len(regions) > 1:
        return hi
    newline = text.find("\n", lo, hi)
    return newline if newline >= 0 else lo  # a single line has no headline of its own


def _focus(found: Sequence[FoundDate], head_end: int) -> dt.date | None:
    """The date a headline gives its story ("la crisis de octubre de 2019"), if any."""
    for item in found:
        if item.end > head_end:
            return None
        if item.year is not None and item.month is not None:
            return valid_date(item.year, item.month, item.day or 1)
    return None


def resolve_all(
    text: str, found: Sequence[FoundDate], ref: dt.date | None, head_end: int
) -> list[str | None]:
    """The ``resolved`` value of each mention, read in order against ``ref``.

    Args:
        text: the normalised text the mentions point into.
        found: the mentions, in reading order.
        ref: the reference (publication) date, or ``None``.
        head_end: where the headline ends in ``text`` (see :func:`headline_end`).

    Returns:
        ``YYYY-MM-DD``, ``YYYY-MM`` or ``None`` for each mention.
    """
    focus = _focus(found, head_end)
    timeline = _Timeline()
    for item in found:  # "el 18 de octubre" after "18 de octubre de 2019" is that day
        if item.year is not None and item.month is not None and item.day is not None:
            timeline.named.setdefault((item.month, item.day), item.year)
    values: list[dt.date | tuple[int, int] | None] = []
    for i, item in enumerate(found):
        value = _resolve(text, item, ref, focus, timeline)
        if (
            i > 0
            and item.in_parens
            and isinstance(value, dt.date)
            and found[i - 1].kind in ("weekday", "deictic")
            and text[found[i - 1].end : item.start].strip() == "("
        ):  # a date in apposition fixes the one before it: "anoche (anteanoche)"
            values[-1] = value
            timeline.last_day = value
        values.append(value)
        if isinstance(value, dt.date):
            if not item.in_parens and not (item.quoted and item.kind == "deictic"):
                timeline.last_day, timeline.last_day_region = value, item.region
                timeline.last_day_from_ref = item.kind == "deictic" or item.role in (
                    "this",
                    "past",
                    "next",
                )
                timeline.days.append(value)
            timeline.last_month = (value.year, value.month)
            timeline.last_month_region = item.region
        elif isinstance(value, tuple) and not item.in_parens:
            timeline.last_month, timeline.last_month_region = value, item.region
    return [_iso(value) for value in values]


def _iso(value: dt.date | tuple[int, int] | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    return f"{value[0]:04d}-{value[1]:02d}"


def _direction(role: str | None) -> int | None:
    if role == "past":
        return PAST
    if role == "next":
        return FUTURE
    return None


def _resolve(
    text: str,
    item: FoundDate,
    ref: dt.date | None,
    focus: dt.date | None,
    timeline: _Timeline,
) -> dt.date | tuple[int, int] | None:
    if item.kind == "deictic":
        return None if ref is None else add_days(ref, item.offset)
    if item.kind == "relmonth":  # "el mes pasado", "hace dos meses": a month
        return None if ref is None else add_months(ref.year, ref.month, item.offset)
    if item.kind == "weekday":
        return _resolve_weekday(text, item, ref, focus, timeline)
    if item.kind == "day":
        return _resolve_bare_day(text, item, ref, timeline)
    return _resolve_calendar(text, item, ref, focus, timeline)


def _resolve_calendar(
    text: str,
    item: FoundDate,
    ref: dt.date | None,
    focus: dt.date | None,
    timeline: _Timeline,
) -> dt.date | tuple[int, int] | None:
    """A date that names its month: the year it states, implies, or the story gives it."""
    year = item.year
    if year is None and item.year_shift is not None and ref is not None:
        year = ref.year + item.year_shift
    if year is None:
        year = item.implied_year
    if year is None and item.role == "thatyear" and timeline.last_month is not None:
        year = timeline.last_month[0]  # "el 9 de diciembre de ese año"
    month = item.month
    if month is None:  # pragma: no cover - calendar dates always name their month
        return None
    if year is not None:
        if item.day is None:
            return (year, month)
        return valid_date(year, month, item.day)
    if item.day is not None and item.role not in ("past", "next"):
        named = timeline.named.get((month, item.day))
        if named is not None:
            return valid_date(named, month, item.day)
    if ref is None and focus is None:
        return None
    return _resolve_yearless(text, item, month, ref, focus)


def _resolve_yearless(
    text: str, item: FoundDate, month: int, ref: dt.date | None, focus: dt.date | None
) -> dt.date | tuple[int, int] | None:
    """A day-month or month without its year: the year the words and the story imply."""
    direction = _direction(item.role)
    base = ref
    if direction is None:
        tense = verb_tense(text, item.start, item.end, 0)
        if item.role == "since" and tense == NONE:
            tense = PAST  # "desde el 18 de octubre": already past
        if focus is not None and item.quoted:
            base, direction = focus, tense  # a speaker in a dated story speaks from its time
        elif focus is not None and (tense != FUTURE or ref is None):
            base, direction = focus, NONE
        else:
            direction = tense
    if base is None:
        return None
    marked = item.role in ("past", "next")
    if item.day is None:  # "octubre pasado" is a month before this one, "en octubre se vio" not
        return nearest_month(month, base, direction, inclusive=not marked)
    if item.role == "next":  # "el próximo 5 de diciembre": after the publication date
        after = add_days(base, 1)
        if after is None:
            return None
        base = after
    return nearest_day(month, item.day, base, direction, item.weekday)


def _resolve_weekday(
    text: str,
    item: FoundDate,
    ref: dt.date | None,
    focus: dt.date | None,
    timeline: _Timeline,
) -> dt.date | None:
    weekday = item.weekday
    if weekday is None:  # pragma: no cover - weekday mentions always carry their weekday
        return None
    # the story's last day holds for the next paragraph, or all along in a dated story
    near = item.region - timeline.last_day_region <= 1 or focus is not None
    story = timeline.last_day if near else None
    if item.day is not None:  # "el lunes 21": the 21st that is a Monday, near the story
        base = story or ref or focus
        return None if base is None else _weekday_day(base, weekday, item.day)
    role = item.role
    if role in ("that", "after", "before"):
        return _weekday_from_story(weekday, role, ref, story, timeline)
    if role is not None and role.startswith("week"):  # "el domingo de la próxima semana"
        if ref is None:
            return None
        monday = add_days(ref, 1 - ref.isoweekday() + 7 * int(role[4:]))
        return None if monday is None else add_days(monday, weekday - 1)
    if ref is None and role in ("past", "next", "this"):
        return None  # told from the publication date, which is unknown
    if ref is None:
        return None if story is None else shift_weekday(story, weekday, 0)
    # a bare "el martes" follows the story only in a story its headline dates
    dated_story = focus is not None and not timeline.last_day_from_ref
    narrative = story if dated_story else None
    return _weekday_from_reference(text, item, weekday, ref, narrative)


def _weekday_from_story(
    weekday: int, role: str, ref: dt.date | None, story: dt.date | None, timeline: _Timeline
) -> dt.date | None:
    """A weekday told from the story: "ese lunes", "el lunes siguiente"."""
    if role == "that":  # the Monday the story already named
        for day in reversed(timeline.days[-6:]):
            if day.isoweekday() == weekday:
                return day
        return None if story is None else shift_weekday(story, weekday, 0)
    base = story or ref
    if base is None:
        return None
    if role == "after" and base.isoweekday() == weekday and story is not None:
        return base  # "la noche anterior … el lunes siguiente": the Monday the story is at
    return shift_weekday(base, weekday, 1 if role == "after" else -1)


def _weekday_from_reference(
    text: str, item: FoundDate, weekday: int, ref: dt.date, story: dt.date | None
) -> dt.date | None:
    """A weekday told from the publication date ("el próximo lunes", "este miércoles").

    ``story`` is the day a dated story is at; a bare "el martes" in it is the
    nearest Tuesday to that day, unless its verb looks to the future.
    """
    role = item.role
    if role in ("past", "next"):
        return shift_weekday(ref, weekday, PAST if role == "past" else FUTURE)
    if role == "this":
        if ref.isoweekday() == weekday:
            return ref
        tense = verb_tense(text, item.start, item.end, 0)
        return shift_weekday(ref, weekday, tense)
    tense = verb_tense(text, item.start, item.end, 0)
    if tense == NONE and item.role == "since":  # "desde el domingo": already past
        tense = PAST
    if tense == NONE:
        tense = sentence_tense(text, item.start, item.end)
    if tense == NONE and _for_before().search(text, max(0, item.start - 12), item.start):
        tense = FUTURE  # "la sesión es para el jueves": a day set ahead
    if story is not None and story != ref and tense != FUTURE:
        return shift_weekday(story, weekday, 0)  # "El miércoles" after "El martes 22"
    if ref.isoweekday() == weekday and story is None:
        return ref  # "el martes" in a story published on a Tuesday: that day
    return shift_weekday(ref, weekday, FUTURE if tense == FUTURE else PAST)


def _weekday_day(base: dt.date, weekday: int, day: int) -> dt.date | None:
    """The ``day`` of a month nearest ``base`` that falls on ``weekday`` (within a year)."""
    best: dt.date | None = None
    for step in range(-12, 13):
        index = base.year * 12 + base.month - 1 + step
        candidate = valid_date(index // 12, index % 12 + 1, day)
        if candidate is None or candidate.isoweekday() != weekday:
            continue
        if best is None or abs((candidate - base).days) < abs((best - base).days):
            best = candidate
    return best


def _day_from_reference(day: int, ref: dt.date, direction: int) -> dt.date | None:
    """The ``day`` of a month nearest ``ref``: on or before it, or after it."""
    for step in range(13):
        index = ref.year * 12 + ref.month - 1 + (step if direction > 0 else -step)
        candidate = valid_date(index // 12, index % 12 + 1, day)
        if candidate is None:
            continue
        if (direction > 0 and candidate > ref) or (direction < 0 and candidate <= ref):
            return candidate
    return None  # pragma: no cover - a day of 1 to 31 is in one of any 13 months


def _resolve_bare_day(
    text: str, item: FoundDate, ref: dt.date | None, timeline: _Timeline
) -> dt.date | None:
    """A bare day ("el día 25", "El 20 de ese mes"): a day of the month the story is in."""
    day = item.day
    if day is None:  # pragma: no cover - bare days always carry their day
        return None
    if item.role == "relmonth":  # "el día 3 del mes pasado"
        shifted = None if ref is None else add_months(ref.year, ref.month, item.offset)
        return None if shifted is None else valid_date(*shifted, day)
    if ref is not None and item.role in ("past", "next"):  # "el próximo día 15"
        return _day_from_reference(day, ref, PAST if item.role == "past" else FUTURE)
    if timeline.last_month is not None and item.region - timeline.last_month_region <= 1:
        year, month = timeline.last_month
        return valid_date(year, month, day)
    if ref is None:
        return None
    tense = verb_tense(text, item.start, item.end, 0)
    candidates = []
    for step in (-1, 0, 1):
        index = ref.year * 12 + ref.month - 1 + step
        candidate = valid_date(index // 12, index % 12 + 1, day)
        if candidate is None:
            continue
        if (tense == PAST and candidate > ref) or (tense == FUTURE and candidate < ref):
            continue
        candidates.append(candidate)
    if not candidates:
        return None
    return min(candidates, key=lambda c: abs((c - ref).days))
