"""The calendar's edges: a date that would fall outside years 1 to 9999 resolves to None.

Any ``str`` must parse; a publication date at the calendar's last day with "mañana" in
the body, or a reference date at its first with "ayer", must not raise.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from noticiaparse import parse, parse_dates

_BODY = (
    "El alcalde dijo que mañana habrá lluvia. Ayer llovió y anteayer también; el lunes "
    "votó y el martes próximo votará. Pasado mañana se verá; hace tres días cerró y "
    "dentro de diez días abre. El mes pasado subió; el próximo mes bajará. En marzo "
    "votó, el 5 de marzo cerró, el día 30 abrió, el lunes 3 firmó. Hace dos meses fue."
)


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        ("Título de la nota\n\n9999-12-31\n\nEl alcalde dijo que mañana habrá lluvia.", None),
        ("Título de la nota\n\n31/12/9999\n\nEl alcalde dijo que mañana habrá lluvia.", None),
        ("Título de la nota\n\n31.12.9999\n\nEl alcalde dijo que mañana habrá lluvia.", None),
        ("Título\n\nPublicado el 31 de diciembre de 9999\n\nMañana llueve; el martes no.", None),
        ("Título\n\n0001-01-01\n\nAyer llovió. El lunes llovió.", None),
        ("Título\n\n01/01/0001\n\nAyer llovió. El lunes llovió.", None),
        ("Título\n\nEl alcalde dijo que mañana habrá lluvia.", dt.date.max),
        ("Título\n\nAyer llovió y el lunes también.", dt.date.min),
        (f"Título\n\n{_BODY}", dt.date.max),
        (f"Título\n\n{_BODY}", dt.date.min),
    ],
    ids=[
        "iso-max", "slash-max", "dots-max", "words-max", "iso-min", "slash-min",
        "ref-max", "ref-min", "every-form-max", "every-form-min",
    ],
)  # fmt: skip
def test_calendar_edges_parse(text: str, reference: dt.date | None) -> None:
    article = parse(text, reference_date=reference)
    for mention in article.dates:
        if mention.resolved is not None:
            assert 1 <= int(mention.resolved[:4]) <= 9999


def test_tomorrow_after_the_last_day_is_none() -> None:
    dates = parse_dates("Mañana habrá lluvia.", dt.date.max)
    assert [(d.raw, d.resolved) for d in dates] == [("Mañana", None)]


def test_yesterday_before_the_first_day_is_none() -> None:
    dates = parse_dates("Ayer llovió.", dt.date.min)
    assert [(d.raw, d.resolved) for d in dates] == [("Ayer", None)]


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=dt.date.min, max_value=dt.date.max))
def test_any_reference_date_resolves_inside_the_calendar(reference: dt.date) -> None:
    for mention in parse_dates(_BODY, reference):
        if mention.resolved is not None:
            assert dt.MINYEAR <= int(mention.resolved[:4]) <= dt.MAXYEAR


@settings(max_examples=40, deadline=None)
@given(
    st.dates(min_value=dt.date.min, max_value=dt.date(2, 12, 31))
    | st.dates(min_value=dt.date(9998, 1, 1), max_value=dt.date.max),
    st.sampled_from(["{iso}", "{d:02d}/{m:02d}/{y:04d}", "{d:02d}.{m:02d}.{y:04d}"]),
)
def test_page_date_lines_at_the_edges(reference: dt.date, form: str) -> None:
    line = form.format(
        iso=reference.isoformat(), d=reference.day, m=reference.month, y=reference.year
    )
    article = parse(f"Título de la nota\n\n{line}\n\n{_BODY}")
    for mention in article.dates:
        if mention.resolved is not None:
            assert dt.MINYEAR <= int(mention.resolved[:4]) <= dt.MAXYEAR
