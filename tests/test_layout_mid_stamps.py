"""A time of day alone between the paragraphs is a stamp: a live page's, an update's.

Every page here is written for these tests, in the styles of several countries' outlets
(the clock with its unit or its half of the day, the day's word before it, a place after
a bar). The counter-examples keep a live page's entry that opens with its time and goes
on with its text, and a chronology's date over its paragraph.
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_layout

TOP = (
    "Regiones\n\n"
    "Temporal deja sin luz a miles de hogares en la costa\n\n"
    "Las cuadrillas trabajan desde la madrugada para reponer el servicio.\n\n"
    "Por Felipe Araya\n\n"
    "3 de julio de 2024"
)
FIRST = (
    "Más de cuarenta mil clientes seguían sin suministro eléctrico al mediodía, según el"
    " último reporte de la compañía distribuidora."
)
SECOND = (
    "Las comunas más afectadas son las del litoral, donde el viento derribó postes y"
    " árboles sobre el tendido durante la noche."
)
LAST = "La empresa estimó que el servicio quedará repuesto por completo el viernes."

STAMPS = [
    ("ES", "10.45 horas"),
    ("MX", "12:45 p.m."),
    ("CL", "21:30 hrs."),
    ("AR", "Hoy, 10:45"),
    ("PE", "Ayer 22:10"),
    ("CO", "15:20 | Barranquilla"),
    ("US", "9:05 a.m."),
]


@pytest.mark.parametrize("gap", ["\n", "\n\n"], ids=["line-break", "blank-line"])
@pytest.mark.parametrize("stamp", [s[1] for s in STAMPS], ids=[s[0] for s in STAMPS])
def test_a_time_alone_between_paragraphs_is_furniture(stamp: str, gap: str) -> None:
    page = f"{TOP}\n\n{FIRST}\n\n{SECOND}\n\n{stamp}{gap}{LAST}\n"
    layout = parse_layout(page)
    assert [FIRST, SECOND, LAST] == [" ".join(p.text.split()) for p in layout.body]


@pytest.mark.parametrize(
    "line",
    [
        # a live page's entry: its time, then its text
        "10:45 - Las cuadrillas llegaron a la zona costera",
        # a chronology's date over its paragraph
        "3 de julio",
    ],
    ids=["live-entry", "chronology-date"],
)
def test_a_line_with_text_beside_its_time_stays(line: str) -> None:
    page = f"{TOP}\n\n{FIRST}\n\n{SECOND}\n\n{line}\n\n{LAST}\n"
    assert line in [p.text for p in parse_layout(page).body]
