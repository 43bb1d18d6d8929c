"""A Hypothesis strategy for date mentions as Spanish news writes them.

:func:`date_mentions` draws a publication date and one date mention rendered in one of
the forms the date parser reads ("el pasado 11 de mayo", "en octubre pasado", "el
próximo lunes", "ayer", "10/11/2023"…), set in a short sentence whose verb agrees
with it, and says what the parser must find: the words that state the date, the
year/month/day they state and the day or month they point to. The resolution is
computed here with plain date arithmetic, apart from the parser's own rules.

This module imports ``hypothesis``; nothing in the parsing core imports it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

import attrs
from hypothesis import strategies as st

from noticiaparse._model import DateMention
from noticiaparse._text.lexicons import rows

__all__ = ["FORMS", "GeneratedDate", "date_mentions"]


@attrs.frozen
class GeneratedDate:
    """One sentence holding one date mention, and the expected mention.

    Attributes:
        text: the sentence ("La comisión sesionó el pasado 11 de mayo en la sede.").
        date: the expected :class:`~noticiaparse.DateMention`: ``raw`` is the words that
            state the date ("11 de mayo": a preposed "el pasado" is not part of it),
            ``start``/``end`` its offsets in ``text``.
        reference_date: the publication date the mention is resolved against.
    """

    text: str
    date: DateMention
    reference_date: dt.date


_REFERENCES = st.dates(dt.date(2005, 1, 1), dt.date(2030, 12, 31))

#: (subject, past verb, future verb): the sentence frames a mention is set in.
_FRAMES = (
    ("La comisión", "sesionó", "sesionará"),
    ("El tribunal", "falló", "fallará"),
    ("La directiva", "se reunió", "se reunirá"),
)
_PLACES = ("en la sede regional", "en Valparaíso", "tras el receso")


def _month_names() -> dict[int, tuple[str, ...]]:
    names: dict[int, list[str]] = {}
    for name, number in rows("gen/months.tsv"):
        names.setdefault(int(number), []).append(name)
    return {number: tuple(words) for number, words in sorted(names.items())}


def _weekday_names() -> dict[int, tuple[str, ...]]:
    names: dict[int, list[str]] = {}
    for name, number in rows("gen/weekdays.tsv"):
        names.setdefault(int(number), []).append(name)
    return {number: tuple(words) for number, words in sorted(names.items())}


def _table(name: str) -> dict[int, tuple[str, ...]]:
    names: dict[int, list[str]] = {}
    for word, number in rows(name):
        names.setdefault(int(number), []).append(word)
    return {number: tuple(words) for number, words in sorted(names.items())}


def _month_index(year: int, month: int) -> int:
    return year * 12 + month - 1


def _iso_month(index: int) -> str:
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


@attrs.frozen
class _Form:
    """How a mention reads: the phrase, the span of its raw words, what it states."""

    phrase: str
    raw_start: int
    raw_end: int
    tense: str  # "past" or "future": the verb the sentence needs
    year: int | None
    month: int | None
    day: int | None
    resolved: str | None


def _deictic(ref: dt.date, word: str, shift: int) -> _Form:
    tense = "future" if shift > 0 else "past"
    resolved = (ref + dt.timedelta(days=shift)).isoformat()
    return _Form(word, 0, len(word), tense, None, None, None, resolved)


#: Every form :func:`date_mentions` can draw, by name.
FORMS = (
    *("ayer", "full", "pasado", "proximo", "month_pasado", "numeric"),
    *("weekday", "month_year", "this_year", "mañana", "hoy", "anteayer"),
    *("day_word", "ordinal", "day_month", "dashed", "abbr_year", "comma_year"),
    *("hace", "dentro", "relative_month", "week_weekday"),
)


@st.composite
def _forms(draw: st.DrawFn, ref: dt.date, kinds: tuple[str, ...]) -> _Form:
    kind = draw(st.sampled_from(kinds))
    if kind in _NEW_FORMS:
        return draw(_new_forms(ref, kind))
    return draw(_classic_forms(ref, kind))


@st.composite
def _classic_forms(draw: st.DrawFn, ref: dt.date, kind: str) -> _Form:
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, 28))
    name = draw(st.sampled_from(_month_names()[month]))
    deictics: dict[str, Callable[[], _Form]] = {
        "ayer": lambda: _deictic(ref, "ayer", -1),
        "anteayer": lambda: _deictic(ref, "anteayer", -2),
        "mañana": lambda: _deictic(ref, "mañana", 1),
        "hoy": lambda: _deictic(ref, "hoy", 0),
    }
    if kind in deictics:
        return deictics[kind]()
    if kind in ("full", "numeric", "month_year"):
        year = draw(st.integers(1990, 2030))
        if kind == "full":
            raw = f"{day} de {name} de {year}"
            return _Form(f"el {raw}", 3, 3 + len(raw), "past", year, month, day, None)
        if kind == "numeric":
            raw = f"{day:02d}/{month:02d}/{year}"
            return _Form(f"el {raw}", 3, 3 + len(raw), "past", year, month, day, None)
        raw = f"{name} de {year}"
        return _Form(f"en {raw}", 3, 3 + len(raw), "past", year, month, None, None)
    if kind in ("pasado", "proximo"):
        this_year = dt.date(ref.year, month, day)
        raw = f"{day} de {name}"
        if kind == "pasado":
            target = this_year if this_year <= ref else dt.date(ref.year - 1, month, day)
            phrase, tense = f"el pasado {raw}", "past"
        else:
            target = this_year if this_year > ref else dt.date(ref.year + 1, month, day)
            phrase, tense = f"el próximo {raw}", "future"
        at = len(phrase) - len(raw)
        return _Form(phrase, at, len(phrase), tense, None, month, day, target.isoformat())
    if kind == "month_pasado":
        here = _month_index(ref.year, ref.month)
        index = here - ((ref.month - month) % 12 or 12)
        raw = f"{name} pasado"
        return _Form(f"en {raw}", 3, 3 + len(raw), "past", None, month, None, _iso_month(index))
    if kind == "this_year":
        raw = f"{name} de este año"
        resolved = _iso_month(_month_index(ref.year, month))
        return _Form(f"en {raw}", 3, 3 + len(raw), "past", None, month, None, resolved)
    weekday = draw(st.integers(1, 7))
    word = draw(st.sampled_from(_weekday_names()[weekday]))
    if draw(st.booleans()):
        ahead = (weekday - ref.isoweekday()) % 7 or 7
        phrase = f"el próximo {word}"
        return _Form(phrase, 0, len(phrase), "future", None, None, None, _shift(ref, ahead))
    back = (ref.isoweekday() - weekday) % 7 or 7
    phrase = f"el {word} pasado"
    return _Form(phrase, 0, len(phrase), "past", None, None, None, _shift(ref, -back))


def _shift(ref: dt.date, days: int) -> str:
    return (ref + dt.timedelta(days=days)).isoformat()


#: The forms of :func:`_new_forms`: days as words and ordinals, figures without a year,
#: abbreviated months, a year after a comma, relative counts, relative months and weeks.
_NEW_FORMS = FORMS[12:]


def _stated_form(phrase: str, raw: str, year: int | None, month: int, day: int | None) -> _Form:
    """A mention that states its year (or month and day), at the end of ``phrase``."""
    at = len(phrase) - len(raw)
    return _Form(phrase, at, len(phrase), "past", year, month, day, None)


def _last_on_or_before(ref: dt.date, month: int, day: int) -> str:
    this_year = dt.date(ref.year, month, day)
    return (this_year if this_year <= ref else dt.date(ref.year - 1, month, day)).isoformat()


@st.composite
def _new_forms(draw: st.DrawFn, ref: dt.date, kind: str) -> _Form:
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, 28))
    name = draw(st.sampled_from(_month_names()[month]))
    year = draw(st.integers(1990, 2030))
    abbr = draw(st.sampled_from(_table("gen/month_abbreviations.tsv")[month]))
    abbr = draw(st.sampled_from((abbr, abbr.upper(), abbr.capitalize())))
    if kind == "day_word":
        raw = f"{draw(st.sampled_from(_table('gen/day_words.tsv')[day]))} de {name} de {year}"
        return _stated_form(f"el {raw}", raw, year, month, day)
    if kind == "ordinal":
        suffixes = ("º", ".º", "°", "ro", "er") if day == 1 else ("º", ".º", "°")
        raw = f"{day}{draw(st.sampled_from(suffixes))} de {name} de {year}"
        return _stated_form(f"el {raw}", raw, year, month, day)
    if kind == "day_month":  # no year: "el pasado 22/04", the last such day
        raw = draw(st.sampled_from((f"{day}/{month}", f"{day:02d}/{month:02d}")))
        resolved = _last_on_or_before(ref, month, day)
        form = _stated_form(f"el pasado {raw}", raw, None, month, day)
        return attrs.evolve(form, resolved=resolved)
    if kind == "dashed":
        sep = draw(st.sampled_from("-/"))
        raw = f"{day}{sep}{abbr}{sep}{year}"
        return _stated_form(f"el {raw}", raw, year, month, day)
    if kind == "abbr_year":
        raw = f"{abbr}{draw(st.sampled_from(('', '.')))} {year}"
        return _stated_form(f"en {raw}", raw, year, month, None)
    if kind == "comma_year":
        raw = f"{day} de {name}, {year}"
        return _stated_form(f"el {raw}", raw, year, month, day)
    return draw(_relative_forms(ref, kind))


@st.composite
def _relative_forms(draw: st.DrawFn, ref: dt.date, kind: str) -> _Form:
    """Counts and weeks from the publication date: "hace dos semanas", "el mes pasado"."""
    counts = _table("gen/counts.tsv")
    if kind in ("hace", "dentro"):
        unit, days = draw(st.sampled_from((("día", 1), ("semana", 7), ("mes", 0))))
        count = draw(st.sampled_from([n for n in counts if n > 1 or kind == "hace"]))
        word = ("una" if unit == "semana" else "un") if count == 1 else counts[count][0]
        plural = unit if count == 1 else ("meses" if unit == "mes" else unit + "s")
        lead, sign, tense = ("hace", -1, "past") if kind == "hace" else ("dentro de", 1, "future")
        phrase = f"{lead} {word} {plural}"
        if days:
            resolved = _shift(ref, sign * count * days)
        else:
            resolved = _iso_month(_month_index(ref.year, ref.month) + sign * count)
        return _Form(phrase, 0, len(phrase), tense, None, None, None, resolved)
    if kind == "relative_month":
        phrase, shift, tense = draw(
            st.sampled_from(
                (
                    ("el mes pasado", -1, "past"),
                    ("el próximo mes", 1, "future"),
                    ("el mes que viene", 1, "future"),
                )
            )
        )
        resolved = _iso_month(_month_index(ref.year, ref.month) + shift)
        return _Form(phrase, 0, len(phrase), tense, None, None, None, resolved)
    weekday = draw(st.integers(1, 7))
    word = draw(st.sampled_from(_weekday_names()[weekday]))
    phrase = f"el {word} de la próxima semana"
    monday = ref - dt.timedelta(days=ref.isoweekday() - 1)
    target = monday + dt.timedelta(days=7 + weekday - 1)
    return _Form(phrase, 0, len(phrase), "future", None, None, None, target.isoformat())


def date_mentions(
    reference_dates: st.SearchStrategy[dt.date] = _REFERENCES,
    forms: Sequence[str] = FORMS,
) -> st.SearchStrategy[GeneratedDate]:
    """One sentence with one date mention, the values it states and the day it means.

    Forms: deictic days ("ayer", "anteayer", "hoy", "mañana"), "el 3 de marzo de
    2021", "el 03/03/2021", "en noviembre de 2019", "el pasado 11 de mayo", "el
    próximo 5 de diciembre", "en octubre pasado", "en febrero de este año", "el
    próximo lunes", "el martes pasado"; days as words and ordinals ("el veintiuno de
    mayo de 2019", "el 1.º de julio de 2020"), figures without a year ("el pasado 22/04"),
    abbreviated months ("el 31-dic-1994", "en ABR 2017"), "el 12 de enero, 2016",
    relative counts ("hace dos semanas", "dentro de diez días", "hace un mes"),
    relative months ("el mes pasado") and weeks ("el domingo de la próxima semana");
    month and weekday names in every spelling the generator lexicons know. The
    sentence's verb agrees with the mention's direction.
    Examples shrink towards "ayer" in the first frame and the earliest reference date.

    Args:
        reference_dates: where the publication dates are drawn from.
        forms: the forms to draw from (names in :data:`FORMS`), all of them by default.

    Returns:
        A strategy of :class:`GeneratedDate`.

    Examples:
        In a test::

            from hypothesis import given
            import noticiaparse
            from noticiaparse.strategies import date_mentions

            @given(date_mentions())
            def test_date_is_resolved(case):
                found = noticiaparse.parse_dates(case.text, case.reference_date)
                assert case.date.resolved in [d.resolved for d in found]

        The smallest example:

        >>> from hypothesis import find
        >>> case = find(date_mentions(), lambda case: True)
        >>> case.text, case.date.raw, case.date.resolved
        ('La comisión sesionó ayer en la sede regional.', 'ayer', '2004-12-31')
    """

    @st.composite
    def build(draw: st.DrawFn) -> GeneratedDate:
        reference = draw(reference_dates)
        form = draw(_forms(reference, tuple(forms)))
        subject, past, future = draw(st.sampled_from(_FRAMES))
        place = draw(st.sampled_from(_PLACES))
        verb = past if form.tense == "past" else future
        head = f"{subject} {verb} "
        text = f"{head}{form.phrase} {place}."
        start = len(head) + form.raw_start
        end = len(head) + form.raw_end
        mention = DateMention(
            raw=text[start:end],
            start=start,
            end=end,
            year=form.year,
            month=form.month,
            day=form.day,
            resolved=form.resolved if form.year is None else _stated(form),
        )
        return GeneratedDate(text, mention, reference)

    return build()


def _stated(form: _Form) -> str | None:
    """The resolution of a date that states its year: itself."""
    if form.year is None or form.month is None:
        return None
    if form.day is None:
        return f"{form.year:04d}-{form.month:02d}"
    return dt.date(form.year, form.month, form.day).isoformat()
