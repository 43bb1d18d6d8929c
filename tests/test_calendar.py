"""The Spanish calendar vocabulary and its date arithmetic."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from noticiaparse._text.calendar import (
    date_markers,
    deictic_days,
    full_month_names,
    month_abbreviations,
    month_number,
    months,
    nearest_day,
    nearest_month,
    read_date_string,
    shift_weekday,
    valid_date,
    weekday_number,
    weekdays,
)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("enero", 1),
        ("Septiembre", 9),
        ("setiembre", 9),
        ("SEPT.", 9),
        ("dic", 12),
        (" mayo ", 5),
        ("martes", None),
        ("", None),
    ],
    ids=["enero", "capital", "setiembre", "upper-abbr", "abbr", "padded", "weekday", "empty"],
)
def test_month_number(word: str, expected: int | None) -> None:
    assert expected == month_number(word)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("lunes", 1),
        ("Miércoles", 3),
        ("miercoles", 3),
        ("SÁBADO", 6),
        ("domingo", 7),
        ("mayo", None),
    ],
    ids=["lunes", "accent", "no-accent", "upper", "domingo", "month"],
)
def test_weekday_number(word: str, expected: int | None) -> None:
    assert expected == weekday_number(word)


def test_every_month_has_a_full_name() -> None:
    assert set(range(1, 13)) == {months()[name] for name in full_month_names()}


def test_abbreviations_are_prefixes_of_full_names() -> None:
    full = full_month_names()
    for abbr in month_abbreviations():
        assert any(name.startswith(abbr) and months()[name] == months()[abbr] for name in full)


def test_every_weekday_is_named() -> None:
    assert set(range(1, 8)) == set(weekdays().values())


def test_deictic_days_and_markers() -> None:
    assert (0, -1, 1, 2) == tuple(
        deictic_days()[w] for w in ("hoy", "ayer", "mañana", "pasado mañana")
    )
    assert ("past", "next", "year-1") == tuple(
        date_markers()[w] for w in ("pasado", "próximo", "del año pasado")
    )


def test_read_date_string() -> None:
    expected = dt.datetime(2021, 3, 16, 17, 27)
    assert expected == read_date_string("Martes 16 de marzo de 2021 | 17:27")


def test_read_date_string_invents_nothing() -> None:
    assert read_date_string("16 de marzo") is None


def test_valid_date() -> None:
    assert (dt.date(2024, 2, 29), None, None) == (
        valid_date(2024, 2, 29),
        valid_date(2023, 2, 29),
        valid_date(2023, 13, 1),
    )


FRIDAY = dt.date(2020, 12, 18)


@pytest.mark.parametrize(
    ("weekday", "direction", "expected"),
    [
        (5, -1, dt.date(2020, 12, 11)),
        (5, 1, dt.date(2020, 12, 25)),
        (5, 0, FRIDAY),
        (1, 0, dt.date(2020, 12, 21)),
        (4, 0, dt.date(2020, 12, 17)),
        (2, -1, dt.date(2020, 12, 15)),
    ],
    ids=["same-before", "same-after", "same-nearest", "monday-ahead", "thursday-back", "tuesday"],
)
def test_shift_weekday(weekday: int, direction: int, expected: dt.date) -> None:
    assert expected == shift_weekday(FRIDAY, weekday, direction)


def test_nearest_day_directions() -> None:
    ref = dt.date(2015, 11, 20)
    assert [dt.date(2015, 11, 20), dt.date(2015, 11, 20), dt.date(2016, 1, 5)] == [
        nearest_day(11, 20, ref, -1),
        nearest_day(11, 20, ref, 1),
        nearest_day(1, 5, ref),
    ]


def test_nearest_day_leap_day() -> None:
    assert dt.date(2024, 2, 29) == nearest_day(2, 29, dt.date(2023, 6, 1))


def test_nearest_day_with_weekday() -> None:
    # 19 October fell on a Saturday in 2019 and 2024
    assert dt.date(2019, 10, 19) == nearest_day(10, 19, dt.date(2020, 3, 1), 0, weekday=6)


@given(st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)), st.integers(1, 7))
def test_shift_weekday_lands_on_the_weekday(base: dt.date, weekday: int) -> None:
    for direction in (-1, 0, 1):
        shifted = shift_weekday(base, weekday, direction)
        assert shifted is not None
        assert weekday == shifted.isoweekday()
        assert abs((shifted - base).days) <= 7


@given(st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)), st.integers(1, 12))
def test_nearest_month_respects_direction(base: dt.date, month: int) -> None:
    here = base.year * 12 + base.month
    before = nearest_month(month, base, -1)
    after = nearest_month(month, base, 1)
    assert before is not None
    assert after is not None
    assert month == before[1] == after[1]
    assert 1 <= here - (before[0] * 12 + before[1]) <= 12
    assert 1 <= (after[0] * 12 + after[1]) - here <= 12


def test_read_date_string_with_a_relative_base() -> None:
    base = dt.datetime(2021, 3, 20, 8, 0)
    assert dt.datetime(2021, 3, 16, 10, 30) == read_date_string("16 de marzo de 2021, 10:30", base)


@pytest.mark.parametrize("error", [ValueError, OverflowError, TypeError])
def test_read_date_string_gives_none_when_dateparser_fails(
    monkeypatch: pytest.MonkeyPatch, error: type[Exception]
) -> None:
    import dateparser  # noqa: PLC0415

    def failing(*_: object, **__: object) -> None:
        raise error("year 99999 is out of range")

    monkeypatch.setattr(dateparser, "parse", failing)
    assert read_date_string("16 de marzo de 99999") is None


@pytest.mark.parametrize(
    ("month", "expected"),
    [(2, (2015, 2)), (8, (2015, 8)), (9, (2014, 9)), (1, (2015, 1)), (12, (2014, 12))],
    ids=["same-month", "six-ahead", "seven-ahead-is-five-back", "one-back", "two-back"],
)
def test_nearest_month_either_side_takes_the_closer(month: int, expected: tuple[int, int]) -> None:
    assert expected == nearest_month(month, dt.date(2015, 2, 10), 0)


@given(st.dates(), st.integers(1, 7), st.sampled_from([-1, 0, 1]))
def test_shift_weekday_stays_in_the_calendar(base: dt.date, weekday: int, direction: int) -> None:
    shifted = shift_weekday(base, weekday, direction)
    assert shifted is None or weekday == shifted.isoweekday()


@given(st.dates(), st.integers(1, 12), st.sampled_from([-1, 0, 1]))
def test_nearest_month_stays_in_the_calendar(base: dt.date, month: int, direction: int) -> None:
    found = nearest_month(month, base, direction)
    assert found is None or (dt.MINYEAR <= found[0] <= dt.MAXYEAR and found[1] == month)
