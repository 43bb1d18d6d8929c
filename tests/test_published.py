"""Publication lines: the date (and time) a page states it was published.

Every line here is written for these tests, in the styles of several countries' pages.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from noticiaparse._layout.published import (
    read_date_line,
    read_stamp,
    read_wire_date,
    signed_after,
    under_cue,
)

D, T = dt.date, dt.datetime

LINES = [
    # two-line and one-line shapes of several countries
    ("Miércoles, 4 de Mayo de 2022 - 10:31", T(2022, 5, 4, 10, 31)),
    ("Jueves 9 de junio de 2022 | 21:05 hs", T(2022, 6, 9, 21, 5)),
    ("09/06/2022 21:05 hs.", T(2022, 6, 9, 21, 5)),
    ("9 de junio de 2022 - 9.05 h.", T(2022, 6, 9, 9, 5)),
    ("9 de junio de 2022, 4:10 p. m.", T(2022, 6, 9, 16, 10)),
    ("9 de junio de 2022, 12:30 a. m.", T(2022, 6, 9, 0, 30)),
    ("2022-06-09T08:15:00-05:00", T(2022, 6, 9, 8, 15)),
    ("Publicado el 09.06.2022", D(2022, 6, 9)),
    # English month names on Spanish-language pages in the US
    ("Jun 09, 2022 | 7:40 PM", T(2022, 6, 9, 19, 40)),
    ("Thursday, June 9, 2022", D(2022, 6, 9)),
    ("Sep 3, 2021", D(2021, 9, 3)),
    ("June 9, 2022 at 4:15 pm EDT", T(2022, 6, 9, 16, 15)),
    ("Posted on June 9, 2022", D(2022, 6, 9)),
    ("12/25/2021 4:15 PM", T(2021, 12, 25, 16, 15)),  # a first number over 12 is a day
    ("05/04/2022", D(2022, 4, 5)),  # else the Spanish order: day first
    ("2022-05-04T10:31:00Z", T(2022, 5, 4, 10, 31)),
    # a place before the date
    ("Asunción, 9 de junio de 2022", D(2022, 6, 9)),
    ("BOGOTÁ | 09/06/2022 - 08:00", T(2022, 6, 9, 8, 0)),
    ("Caracas - 9 jun 2022 - 11:20", T(2022, 6, 9, 11, 20)),
    # the page's link around the date, an update glued after it
    (
        "Quito - [9 jun 2022 - 06:40](https://diario.example/archivo/2022-06-09/)",
        T(2022, 6, 9, 6, 40),
    ),
    ("9 jun 2022 - 06:40Actualizado: 9 jun 2022 - 12:00", T(2022, 6, 9, 6, 40)),
    # a desk or agency signing before the date
    ("EFE | 09/06/2022", D(2022, 6, 9)),
    # a reading time beside the date
    ("9 de junio de 2022 • 3 min de lectura", D(2022, 6, 9)),
    ("09/06/2022 | Lectura: 4 min", D(2022, 6, 9)),
    # the desk or agency that signs after the date
    ("09/06/2022 - 18:44 - Agencia AFP", T(2022, 6, 9, 18, 44)),
    ("9 de junio de 2022 | EFE", D(2022, 6, 9)),
    ("9 de junio de 2022 | Política", None),  # a section, not a desk
    # a key and an ISO date, whatever follows (a store's or an extractor's field)
    (" date 2022-06-09 Economía y Finanzas", D(2022, 6, 9)),
    ("Fecha: 2022-06-09", D(2022, 6, 9)),
    ("Código 2022-06-09 del expediente", None),
    # a header row set in columns: a section label and the date, apart by spaces
    ("|      Nacionales            jueves, 9 de junio de 2022        |  |", D(2022, 6, 9)),
    ("Diario del Sur      09/06/2022", D(2022, 6, 9)),
    ("Inicio     Política     Deportes", None),
    ("Deportes     Fútbol     Tenis     Golf     09/06/2022", None),  # a menu's row
    ("09/06/2022     10/06/2022", None),  # two dates: no one date line
    ("Tabla 3      09/06/2022", None),  # a label with a number: no header's
    # outside the calendar: never a date, never an exception
    ("31/02/2022", None),
    ("00/00/0000", None),
    ("45 de junio de 2022", None),
    ("Martes 30 de febrero de 2021 | 25:61", None),
    # not publication lines
    ("Ricardo Paz | 09/06/2022", None),
    ("Deportes | 09/06/2022", None),
    ("El 9 de junio de 2022 se firmó el acuerdo.", None),
]


@pytest.mark.parametrize(("line", "expected"), LINES, ids=[x[0][:45] for x in LINES])
def test_read_date_line(line: str, expected: dt.date | None) -> None:
    found = read_date_line(line)
    assert expected == (None if found is None else found.value)


def test_a_desk_before_the_date_is_its_credit() -> None:
    found = read_date_line("Agencia AFP 09/06/2022 - 10:00")
    assert ("AFP", T(2022, 6, 9, 10, 0)) == (None if found is None else (found.credit, found.value))


STAMPS = [
    ("Hace 3 horas", D(2022, 6, 9), D(2022, 6, 9)),
    ("hace 40 minutos", D(2022, 6, 9), D(2022, 6, 9)),
    ("Hace una hora", D(2022, 6, 9), D(2022, 6, 9)),
    ("Hace 2 días", D(2022, 6, 9), D(2022, 6, 7)),
    ("Publicado hace 30 horas", D(2022, 6, 9), D(2022, 6, 8)),
    ("Hace 1 semana", D(2022, 6, 9), D(2022, 6, 2)),
    ("hace 3 horas", T(2022, 6, 9, 1, 0), T(2022, 6, 8, 22, 0)),
    ("2 hours ago", T(2022, 6, 9, 12, 0), T(2022, 6, 9, 10, 0)),
    ("hace 999999 semanas", D(2022, 6, 9), None),
    ("Hace 3 horas", None, None),
    ("Hace unos días", D(2022, 6, 9), None),
    ("Hace 3 años", D(2022, 6, 9), None),
    # the day named from the reading day, with its time
    ("Hoy 10:31", D(2022, 6, 9), T(2022, 6, 9, 10, 31)),
    ("Ayer, 18:20 hs", D(2022, 6, 9), T(2022, 6, 8, 18, 20)),
    ("Publicado hoy a las 9.15 h.", T(2022, 6, 9, 23, 0), T(2022, 6, 9, 9, 15)),
    ("Today at 4:15 pm", D(2022, 6, 9), T(2022, 6, 9, 16, 15)),
    ("Hoy", D(2022, 6, 9), None),  # a section's label
    ("Hoy en Lima", D(2022, 6, 9), None),
    ("Ayer 18:20 en el estadio", D(2022, 6, 9), None),
    ("Hoy 10:31", None, None),
    # a day counted back past the calendar's first day reads as nothing, without an error
    ("Anteayer 10:31", D(1, 1, 1), None),
    ("Ayer 18:20", D(1, 1, 2), T(1, 1, 1, 18, 20)),
]


@pytest.mark.parametrize(
    ("line", "reference", "expected"), STAMPS, ids=[f"{s[0]}-{s[1]}" for s in STAMPS]
)
def test_read_stamp(line: str, reference: dt.date | None, expected: dt.date | None) -> None:
    found = read_stamp(line, reference)
    assert expected == (None if found is None else found.value)


def test_a_stamp_keeps_its_cue() -> None:
    found = read_stamp("Actualizado hace 5 horas", D(2022, 6, 9))
    assert (True, False) == (None if found is None else (found.updated, found.published))


@pytest.mark.parametrize(
    ("cue", "updated", "published"),
    [("Actualizado", True, False), ("Publicado:", False, True), ("Deportes", False, False)],
    ids=["update-cue", "publication-cue", "no-cue"],
)
def test_a_lone_cue_over_the_date(cue: str, updated: bool, published: bool) -> None:  # noqa: FBT001
    found = under_cue(cue, read_date_line("lunes 14/03/2022"))
    assert (updated, published) == (None if found is None else (found.updated, found.published))


@given(st.integers(0, 99), st.integers(0, 99), st.integers(0, 9999), st.integers(0, 99))
def test_any_numeric_date_reads_without_error(day: int, month: int, year: int, hour: int) -> None:
    for line in (
        f"{day}/{month}/{year} {hour}:00",
        f"{year}-{month}-{day}",
        f"{day}.{month}.{year}",
    ):
        found = read_date_line(line)
        assert found is None or found.value is not None


@given(st.text(max_size=60), st.dates())
def test_stamps_never_raise(text: str, reference: dt.date) -> None:
    found = read_stamp("hace " + text, reference)
    assert found is None or isinstance(found.value, dt.date)


@given(
    st.dates() | st.sampled_from([dt.date.min, dt.date.max]),
    st.integers(0, 40),
    st.sampled_from(["", " mar", " dic.", " Feb"]),
)
def test_wire_dates_never_raise(reference: dt.date, day: int, month: str) -> None:
    found = read_wire_date(f"LIMA, {day}{month} (EFE).- El texto.", reference)
    assert found is None or found[1] <= reference


def test_a_party_in_brackets_is_no_wire_dateline() -> None:
    assert read_wire_date("Lima, 3 mar (PPK) - El partido votó.", D(2022, 3, 5)) is None


@given(st.text(max_size=30), st.dates())
def test_wire_datelines_of_any_text_never_raise(month: str, reference: dt.date) -> None:
    found = read_wire_date(f"LIMA, 3 {month} (EFE).- El texto.", reference)
    assert found is None or found[1] <= reference


SIGNED = [
    ("Publicado el 4 de mayo de 2022 por Gabriela Núñez", "por Gabriela Núñez"),
    ("Publicado el 4 de mayo de 2022 por Gabriela Núñez en Regionales", "por Gabriela Núñez"),
    ("04/05/2022 10:31 Por: Redacción Central", "Por: Redacción Central"),
    ("04/05/2022 10:31 Actualizado 05/05/2022", None),  # an update, no byline
    ("Por Gabriela Núñez", None),  # no date before it
    ("4 de mayo por la tarde, en la plaza", None),  # no date line before "por"
    ("x" * 200, None),
]


@pytest.mark.parametrize(("line", "expected"), SIGNED, ids=[x[0][:45] for x in SIGNED])
def test_signed_after(line: str, expected: str | None) -> None:
    span = signed_after(line)
    assert expected == (None if span is None else line[span.start : span.end])
