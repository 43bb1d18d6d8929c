"""Date forms Spanish news writes beyond "11 de mayo": words, figures, relative counts, weeks.

Sentences written for these tests, in the styles of several countries' press. The
reference date is Wednesday 17 June 2020 unless a case says otherwise.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from noticiaparse import parse_dates
from noticiaparse._gen.dates import FORMS as GENERATED_FORMS
from noticiaparse._gen.dates import date_mentions

REF = dt.date(2020, 6, 17)  # a Wednesday
Row = tuple[str, "int | None", "int | None", "int | None", "str | None"]


def found(text: str, ref: dt.date | None = REF) -> list[Row]:
    return [(d.raw, d.year, d.month, d.day, d.resolved) for d in parse_dates(text, ref)]


FORMS: list[tuple[str, str, list[Row]]] = [
    # the day as a word or an ordinal
    (
        "day-word",
        "La boda fue el veintiuno de mayo en Oaxaca.",
        [("veintiuno de mayo", None, 5, 21, "2020-05-21")],
    ),
    (
        "day-word-31",
        "El plazo venció el treinta y uno de marzo.",
        [("treinta y uno de marzo", None, 3, 31, "2020-03-31")],
    ),
    (
        "day-word-accentless",
        "Se firmó el veintidos de febrero de 2019.",
        [("veintidos de febrero de 2019", 2019, 2, 22, "2019-02-22")],
    ),
    (
        "ordinal-dot",
        "La ley regirá desde el 1.º de julio.",
        [("1.º de julio", None, 7, 1, "2020-07-01")],
    ),
    (
        "ordinal-ro",
        "Las inscripciones abrirán el 1ro de octubre.",
        [("1ro de octubre", None, 10, 1, "2020-10-01")],
    ),
    (
        "primero",
        "El bono se pagó el primero de enero.",
        [("primero de enero", None, 1, 1, "2020-01-01")],
    ),
    (
        "primer-dia",
        "Se aplicará el 1er día de agosto.",
        [("1er día de agosto", None, 8, 1, "2020-08-01")],
    ),
    # figures
    (
        "day-month-slash",
        "La audiencia quedó fijada para el 22/04.",
        [("22/04", None, 4, 22, "2020-04-22")],
    ),
    (
        "day-month-list",
        "Habrá turnos el 20/11, 22/11 o 25/11 en la sede.",
        [
            ("20/11", None, 11, 20, "2020-11-20"),
            ("22/11", None, 11, 22, "2020-11-22"),
            ("25/11", None, 11, 25, "2020-11-25"),
        ],
    ),
    (
        "day-del-month",
        "El pago se hizo el 17 del 11, según la boleta.",
        [("17 del 11", None, 11, 17, "2019-11-17")],
    ),
    ("two-digit-year", "Nació el 3/4/98 en Rosario.", [("3/4/98", 1998, 4, 3, "1998-04-03")]),
    (
        "de-apostrophe-year",
        "Nació en mayo de '98 en Mendoza.",
        [("mayo de '98", 1998, 5, None, "1998-05")],
    ),
    ("de-short-year", "Nació el 5 de mayo de 98.", [("5 de mayo de 98", 1998, 5, 5, "1998-05-05")]),
    (
        "del-short-year",
        "En octubre del 19 hubo protestas.",
        [("octubre del 19", 2019, 10, None, "2019-10")],
    ),
    ("dashed-abbr", "Murió el 31-dic-1994 en Lima.", [("31-dic-1994", 1994, 12, 31, "1994-12-31")]),
    (
        "slashed-abbr",
        "El contrato se firmó el 23/sep/2020.",
        [("23/sep/2020", 2020, 9, 23, "2020-09-23")],
    ),
    (
        "abbr-year",
        "La cifra de dic. 2018 fue la más alta.",
        [("dic. 2018", 2018, 12, None, "2018-12")],
    ),
    (
        "upper-abbr-year",
        "ABR 2017: el mes en que cayó la bolsa.",
        [("ABR 2017", 2017, 4, None, "2017-04")],
    ),
    (
        "comma-year",
        "El decreto es del 12 de enero, 2016 y sigue vigente.",
        [("12 de enero, 2016", 2016, 1, 12, "2016-01-12")],
    ),
    # relative counts from the publication date
    (
        "hace-semanas",
        "Lo detuvieron hace dos semanas en Cali.",
        [("hace dos semanas", None, None, None, "2020-06-03")],
    ),
    (
        "hace-dias",
        "El sismo ocurrió hace 3 días.",
        [("hace 3 días", None, None, None, "2020-06-14")],
    ),
    (
        "hace-una-semana",
        "Hace una semana renunció el ministro.",
        [("Hace una semana", None, None, None, "2020-06-10")],
    ),
    ("hace-mes", "Hace un mes cerró la planta.", [("Hace un mes", None, None, None, "2020-05")]),
    (
        "hace-meses",
        "La obra se paralizó hace dos meses.",
        [("hace dos meses", None, None, None, "2020-04")],
    ),
    (
        "dentro-de",
        "El aeropuerto abrirá dentro de 10 días.",
        [("dentro de 10 días", None, None, None, "2020-06-27")],
    ),
    (
        "pasado-manana",
        "El fallo se conocerá pasado mañana.",
        [("pasado mañana", None, None, None, "2020-06-19")],
    ),
    (
        "mes-pasado",
        "Las ventas cayeron el mes pasado.",
        [("el mes pasado", None, None, None, "2020-05")],
    ),
    (
        "proximo-mes",
        "La tarifa subirá el próximo mes.",
        [("el próximo mes", None, None, None, "2020-07")],
    ),
    (
        "mes-que-viene",
        "Se votará el mes que viene.",
        [("el mes que viene", None, None, None, "2020-07")],
    ),
    (
        "fines-de-este-mes",
        "La obra terminará a fines de este mes.",
        [("fines de este mes", None, None, None, "2020-06")],
    ),
    (
        "day-of-last-month",
        "El pago se hizo el día 3 del mes pasado.",
        [("el día 3 del mes pasado", None, None, 3, "2020-05-03")],
    ),
    (
        "mid-next-month",
        "Llegará a mediados del próximo mes.",
        [("mediados del próximo mes", None, None, None, "2020-07")],
    ),
    (
        "weekday-comma-date",
        "Fue el lunes, 5 de enero de 2020.",
        [("lunes, 5 de enero de 2020", 2020, 1, 5, "2020-01-05")],
    ),
    (
        "proximo-mes-de-mayo",
        "Votarán el próximo mes de julio.",
        [("julio", None, 7, None, "2020-07")],
    ),
    # weeks and weekdays
    (
        "domingo-proxima-semana",
        "La elección será el domingo de la próxima semana.",
        [("el domingo de la próxima semana", None, None, None, "2020-06-28")],
    ),
    (
        "lunes-semana-pasada",
        "El lunes de la semana pasada hubo un apagón.",
        [("El lunes de la semana pasada", None, None, None, "2020-06-08")],
    ),
    (
        "que-viene-o-anterior",
        "La reunión será el lunes que viene o fue el lunes anterior.",
        [
            ("el lunes que viene", None, None, None, "2020-06-22"),
            ("el lunes anterior", None, None, None, "2020-06-15"),
        ],
    ),
    (
        "same-weekday",
        "El miércoles el Congreso aprobó la ley.",
        [("El miércoles", None, None, None, "2020-06-17")],
    ),
    (
        "para-el",
        "La sesión es para el viernes.",
        [("el viernes", None, None, None, "2020-06-19")],
    ),
    (
        "future-sentence",
        "La marcha del jueves, convocada por los gremios, recorrerá la Alameda.",
        [("del jueves", None, None, None, "2020-06-18")],
    ),
    (
        "bare-weekday",
        "Viernes, a las 10, se reunirá la comisión.",
        [("Viernes", None, None, None, "2020-06-19")],
    ),
    (
        "accentless",
        "El proximo miercoles votan la reforma.",
        [("El proximo miercoles", None, None, None, "2020-06-24")],
    ),
    (
        "since-weekday",
        "Desde el domingo la ciudad vive otro ritmo.",
        [("el domingo", None, None, None, "2020-06-14")],
    ),
]

NOT_DATES: list[tuple[str, str]] = [
    ("hace-anos", "Hace dos años que no llueve en el valle."),
    ("semana-pasada", "La semana pasada llovió y el año pasado también."),
    ("vague-count", "Hace unos días y hace algunas semanas hubo protestas."),
    ("fraction", "Ganó con 3/4 de los votos."),
    ("habitual-range", "La feria abre de lunes a viernes."),
    ("durante", "Durante dos semanas hubo cortes."),
    ("count-dash", "Perdieron 17 del 11 partidos que jugaron."),
    ("city", "Viajó a Santo Domingo y a Domingo Arenas."),
    ("slug", "Ver https://diario.cl/la-revista-domingo/nota y #Domingo."),
    ("first-friday", "Fue el primer viernes del año y el único viernes sin lluvia."),
    ("es-viernes", "Hoy es viernes y la plaza se llena."),
    ("programme", "Lo dijo en el programa CNN Primera Mañana y en Diario Hoy."),
    ("no-such-day", "El plazo vence el 31/02 según el aviso."),
    ("fraction-after-a-verb", "Compró 3/4 partes del terreno."),
    ("bare-abbr", "Se bañaron en el mar y en la playa."),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in FORMS], ids=[c[0] for c in FORMS])
def test_forms(text: str, expected: list[Row]) -> None:
    assert expected == found(text)


@pytest.mark.parametrize("text", [c[1] for c in NOT_DATES], ids=[c[0] for c in NOT_DATES])
def test_not_dates(text: str) -> None:
    assert found(text) == []


def test_tuesday_story_on_a_tuesday() -> None:
    tuesday = dt.date(2021, 3, 16)
    assert found("El martes la Cámara votó el proyecto.", tuesday)[0][4] == "2021-03-16"


def test_relative_without_reference() -> None:
    assert found("Hace tres días y el mes pasado.", None) == [
        ("Hace tres días", None, None, None, None),
        ("el mes pasado", None, None, None, None),
    ]


def test_capital_manana_after_que_is_a_day() -> None:
    assert found("El ministro Pérez dijo que Mañana se sabrá.")[0][4] == "2020-06-18"


def test_weeks_and_relative_days_need_a_reference() -> None:
    assert found("Será el domingo de la próxima semana; el día 3 del mes pasado.", None) == [
        ("el domingo de la próxima semana", None, None, None, None),
        ("el día 3 del mes pasado", None, None, 3, None),
    ]


@pytest.mark.parametrize("form", GENERATED_FORMS)
@settings(max_examples=15, deadline=None)
@given(data=st.data())
def test_each_generated_form_round_trips(form: str, data: st.DataObject) -> None:
    case = data.draw(date_mentions(forms=[form]))
    assert [case.date] == list(parse_dates(case.text, case.reference_date))
