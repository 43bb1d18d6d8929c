"""Date mentions: golden sentences (written for these tests), false positives, properties."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import noticiaparse
from noticiaparse import parse_dates
from noticiaparse._gen.dates import GeneratedDate, date_mentions

#: A Wednesday.
REF = dt.date(2023, 11, 15)

Row = tuple[str, int | None, int | None, int | None, str | None]


def found(text: str, ref: dt.date | None = REF) -> list[Row]:
    return [(d.raw, d.year, d.month, d.day, d.resolved) for d in parse_dates(text, ref)]


GOLDEN: list[tuple[str, str, list[Row]]] = [
    (
        "full",
        "La ley fue promulgada el 10 de noviembre de 2023 en el Diario Oficial.",
        [("10 de noviembre de 2023", 2023, 11, 10, "2023-11-10")],
    ),
    (
        "full-del",
        "Un 27 de diciembre del 2019 murió el joven en la plaza.",
        [("27 de diciembre del 2019", 2019, 12, 27, "2019-12-27")],
    ),
    (
        "full-without-de",
        "Las protestas del 18 octubre de 2019 cambiaron la agenda.",
        [("18 octubre de 2019", 2019, 10, 18, "2019-10-18")],
    ),
    ("slashes", "El plazo vence el 10/11/2023.", [("10/11/2023", 2023, 11, 10, "2023-11-10")]),
    (
        "dashes-two-digit-year",
        "La audiencia quedó fijada para el 05-12-23 en Temuco.",
        [("05-12-23", 2023, 12, 5, "2023-12-05")],
    ),
    (
        "month-year",
        "Los datos corresponden a noviembre de 2019, según el INE.",
        [("noviembre de 2019", 2019, 11, None, "2019-11")],
    ),
    (
        "month-first",
        "El convenio se firmó en mayo 11, según el acta.",
        [("mayo 11", None, 5, 11, "2023-05-11")],
    ),
    (
        "month-first-year",
        "La obra se inauguró el martes, mayo 9, 2023.",
        [("el martes", None, None, None, "2023-11-14"), ("mayo 9, 2023", 2023, 5, 9, "2023-05-09")],
    ),
    (
        "abbreviation",
        "La muestra abre el 3 de ene. de 2024 en el centro cultural.",
        [("3 de ene. de 2024", 2024, 1, 3, "2024-01-03")],
    ),
    (
        "primero",
        "El 1° de mayo marcharon miles de trabajadores.",
        [("1° de mayo", None, 5, 1, "2023-05-01")],
    ),
    (
        "pasado-before",
        "El ministro asumió el pasado 11 de mayo.",
        [("11 de mayo", None, 5, 11, "2023-05-11")],
    ),
    (
        "proximo-after",
        "La consulta será el próximo 5 de diciembre.",
        [("5 de diciembre", None, 12, 5, "2023-12-05")],
    ),
    (
        "month-pasado",
        "En octubre pasado, la empresa cerró dos locales.",
        [("octubre pasado", None, 10, None, "2023-10")],
    ),
    (
        "month-this-year",
        "Las obras comenzaron en febrero de este año.",
        [("febrero de este año", None, 2, None, "2023-02")],
    ),
    (
        "month-last-year",
        "La tienda cerró en agosto del año pasado.",
        [("agosto del año pasado", None, 8, None, "2022-08")],
    ),
    (
        "month-next-year",
        "El tren llegará en marzo del próximo año.",
        [("marzo del próximo año", None, 3, None, "2024-03")],
    ),
    (
        "month-part",
        "El informe estará listo a mediados de diciembre.",
        [("mediados de diciembre", None, 12, None, "2023-12")],
    ),
    (
        "bare-month-past-tense",
        "En enero llovió más que nunca.",
        [("enero", None, 1, None, "2023-01")],
    ),
    (
        "bare-month-future-tense",
        "La feria volverá en enero.",
        [("enero", None, 1, None, "2024-01")],
    ),
    (
        "next-weekday",
        "La comisión sesionará el próximo lunes.",
        [("el próximo lunes", None, None, None, "2023-11-20")],
    ),
    (
        "weekday-pasado",
        "El alcalde renunció el lunes pasado.",
        [("el lunes pasado", None, None, None, "2023-11-13")],
    ),
    (
        "este-same-day",
        "Este miércoles, el Senado aprobó el proyecto.",
        [("Este miércoles", None, None, None, "2023-11-15")],
    ),
    (
        "este-past",
        "El gobierno anunció este lunes un nuevo plan de vivienda.",
        [("este lunes", None, None, None, "2023-11-13")],
    ),
    (
        "este-future",
        "La votación se realizará este viernes en la sala.",
        [("este viernes", None, None, None, "2023-11-17")],
    ),
    (
        "bare-weekday-past",
        "El martes, la comisión rechazó la idea de legislar.",
        [("El martes", None, None, None, "2023-11-14")],
    ),
    (
        "bare-weekday-future",
        "El jueves se votará la acusación constitucional.",
        [("El jueves", None, None, None, "2023-11-16")],
    ),
    (
        "weekday-part-of-day",
        "Desde la tarde del lunes no hay agua en la comuna.",
        [("del lunes", None, None, None, "2023-11-13")],
    ),
    (
        "weekday-and-date",
        "El juicio comenzó el lunes 6 de noviembre.",
        [("lunes 6 de noviembre", None, 11, 6, "2023-11-06")],
    ),
    (
        "weekday-with-day",
        "La jueza dictó sentencia el jueves 9, tras dos semanas.",
        [("el jueves 9", None, None, 9, "2023-11-09")],
    ),
    (
        "weekday-dia-day",
        "La vista será el próximo jueves día 16 en el tribunal.",
        [("el próximo jueves día 16", None, None, 16, "2023-11-16")],
    ),
    (
        "deictics",
        "Ayer el fiscal formalizó a tres personas; anteayer las había detenido.",
        [
            ("Ayer", None, None, None, "2023-11-14"),
            ("anteayer", None, None, None, "2023-11-13"),
        ],
    ),
    (
        "tomorrow",
        "Mañana se conocerá el veredicto, y pasado mañana la pena.",
        [
            ("Mañana", None, None, None, "2023-11-16"),
            ("pasado mañana", None, None, None, "2023-11-17"),
        ],
    ),
    (
        "hoy-with-verb",
        "El Presidente anunció hoy un nuevo gabinete.",
        [("hoy", None, None, None, "2023-11-15")],
    ),
    (
        "el-dia-de-hoy",
        "En el día de hoy se conoció el fallo.",
        [("hoy", None, None, None, "2023-11-15")],
    ),
    (
        "hoy-with-time",
        "Hasta las 11:30 de hoy se habían inscrito 300 personas.",
        [("hoy", None, None, None, "2023-11-15")],
    ),
    (
        "range-entre",
        "El festival será entre el 3 y el 5 de mayo.",
        [("el 3", None, 5, 3, "2024-05-03"), ("5 de mayo", None, 5, 5, "2024-05-05")],
    ),
    (
        "range-del-al",
        "La feria del libro estuvo abierta del 14 de abril al 2 de mayo.",
        [("14 de abril", None, 4, 14, "2023-04-14"), ("2 de mayo", None, 5, 2, "2023-05-02")],
    ),
    (
        "list-of-days",
        "Se reunieron el 2, el 9 y el 16 de octubre.",
        [
            ("el 2", None, 10, 2, "2023-10-02"),
            ("el 9", None, 10, 9, "2023-10-09"),
            ("16 de octubre", None, 10, 16, "2023-10-16"),
        ],
    ),
    (
        "month-range",
        "Entre marzo y junio se perdieron 40 mil empleos.",
        [("marzo", None, 3, None, "2023-03"), ("junio", None, 6, None, "2023-06")],
    ),
    (
        "bare-day-same-month",
        "El 12 de octubre llegó la primera carga y el día 20 la segunda.",
        [
            ("12 de octubre", None, 10, 12, "2023-10-12"),
            ("el día 20", None, None, 20, "2023-10-20"),
        ],
    ),
    (
        "de-ese-mes",
        "La crisis estalló el 3 de marzo de 2020. El 15 de ese mes cerraron las escuelas.",
        [
            ("3 de marzo de 2020", 2020, 3, 3, "2020-03-03"),
            ("El 15 de ese mes", None, None, 15, "2020-03-15"),
        ],
    ),
    (
        "named-again",
        "Todo comenzó el 18 de octubre de 2019. Desde el 18 de octubre nada fue igual.",
        [
            ("18 de octubre de 2019", 2019, 10, 18, "2019-10-18"),
            ("18 de octubre", None, 10, 18, "2019-10-18"),
        ],
    ),
    (
        "ese-weekday",
        "El incendio fue el viernes 3 de noviembre. Ese viernes murieron dos brigadistas.",
        [
            ("viernes 3 de noviembre", None, 11, 3, "2023-11-03"),
            ("Ese viernes", None, None, None, "2023-11-03"),
        ],
    ),
    (
        "parenthesised-year",
        "Las marchas comenzaron el pasado 18 de octubre (2019) en Santiago.",
        [("18 de octubre (2019)", 2019, 10, 18, "2019-10-18")],
    ),
    (
        "apposition",
        "El anuncio se hizo el martes (14 de noviembre) en La Moneda.",
        [
            ("el martes", None, None, None, "2023-11-14"),
            ("14 de noviembre", None, 11, 14, "2023-11-14"),
        ],
    ),
    (
        "range-lends-year",
        "La veda rige entre el 4 de octubre y el 30 de noviembre de 2019.",
        [
            ("4 de octubre", None, 10, 4, "2019-10-04"),
            ("30 de noviembre de 2019", 2019, 11, 30, "2019-11-30"),
        ],
    ),
    (
        "month-range-lends-year",
        "Las dosis llegarán entre marzo y mayo de 2024.",
        [("marzo", None, 3, None, "2024-03"), ("mayo de 2024", 2024, 5, None, "2024-05")],
    ),
    (
        "sentence-year",
        "El 2019 se cerró el año escolar en octubre, recordó la directora.",
        [("octubre", None, 10, None, "2019-10")],
    ),
    (
        "that-year",
        "La obra empezó en marzo de 2018 y el 9 de diciembre de ese año se inauguró.",
        [
            ("marzo de 2018", 2018, 3, None, "2018-03"),
            ("9 de diciembre de ese año", None, 12, 9, "2018-12-09"),
        ],
    ),
    (
        "desde-looks-back",
        "Los vecinos esperan una respuesta desde el 2 de diciembre.",
        [("2 de diciembre", None, 12, 2, "2022-12-02")],
    ),
    (
        "two-digit-year",
        "Todo cambió con el estallido de octubre del 19.",
        [("octubre del 19", 2019, 10, None, "2019-10")],
    ),
    (
        "hoy-verb-later",
        "Hoy la Contraloría informó el resultado del sumario.",
        [("Hoy", None, None, None, "2023-11-15")],
    ),
    (
        "next-bare-day",
        "La norma entrará en vigor el próximo día 20.",
        [("el próximo día 20", None, None, 20, "2023-11-20")],
    ),
    (
        "joined-weekdays",
        "El paro será el lunes y martes en todo el país.",
        [
            ("el lunes", None, None, None, "2023-11-20"),
            ("martes", None, None, None, "2023-11-21"),
        ],
    ),
    (
        "mes-pasado",
        "El mes pasado se vendieron 2.000 autos.",
        [("El mes pasado", None, None, None, "2023-10")],
    ),
    (
        "capital-month-after-preposition",
        "Las clases terminan en Diciembre, informó el ministerio.",
        [("Diciembre", None, 12, None, "2023-12")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [(t, e) for _, t, e in GOLDEN], ids=[i for i, _, _ in GOLDEN]
)
def test_golden(text: str, expected: list[Row]) -> None:
    assert expected == found(text)


NOT_DATES = [
    ("money", "El costo sería de $5,8 millones, dijo el ministro."),
    ("percent", "Un 55,8% de los encuestados aprueba la medida."),
    ("mar-del-plata", "La delegación viajó a Mar del Plata para el torneo."),
    ("un-dia", "Durante un día entero esperaron el bus."),
    ("time-of-day", "El sismo ocurrió a las 10:30 de la mañana."),
    ("morning", "La mañana fue fría y el futuro, el mañana, es incierto."),
    ("duration", "Tres días después, y dos meses más tarde, volvió a la casa."),
    ("bare-year", "En 2019 la cifra subió 12%, y en 2020 bajó."),
    ("plaza-de-mayo", "Miles de personas llegaron a la Plaza de Mayo."),
    ("street", "Vive en la Avenida 11 de Septiembre, en Providencia."),
    ("streets-plural-ar", "El local queda en la intersección de las calles 25 de Mayo y Lavalle."),
    ("avenues-plural-uy", "Cortaron las avenidas 18 de Julio y Rivera por obras."),
    ("corner-ar", "El choque fue en la esquina de 9 de Julio y Corrientes."),
    ("first-name", "Julio Pérez y Abril Soto presentaron la querella."),
    ("habitual-weekday", "Los lunes y martes abre la feria libre del barrio."),
    ("nowadays", "Hoy en día nadie usa fax; hoy la tienda está cerrada."),
    ("role-now", "Lo dijo Carla Ríos, hoy subsecretaria de Salud."),
    ("nouns", "Entre el ayer y el hoy hay un abismo, escribió."),
    ("so-far", "Al día de hoy, la obra sigue detenida; hoy los tiempos han cambiado."),
    ("title-quote", "Presentó el documental «18 de octubre» en la Cineteca."),
    ("title-cue", 'Publicó el libro "Memorias de un 11 de septiembre" en Santiago.'),
    ("score", "Colo-Colo ganó 3-1 y luego empató 2-2 con la U."),
    ("fraction", "El 3/4 de los votos y 1/2 de la sala."),
    ("count-after-month", "En mayo 30 personas resultaron heridas."),
]


@pytest.mark.parametrize("text", [t for _, t in NOT_DATES], ids=[i for i, _ in NOT_DATES])
def test_not_dates(text: str) -> None:
    expected: list[Row] = []
    if "mayo 30" in text:
        expected = [("mayo", None, 5, None, "2023-05")]
    assert expected == found(text)


KNOWN_MISSES = [
    (
        "hoy-present-tense",
        "La Cámara vota hoy el proyecto de pensiones.",
        [("hoy", None, None, None, "2023-11-15")],
        "'hoy' with a present-tense verb is read as 'nowadays'",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(t, e, marks=pytest.mark.xfail(strict=True, reason=r))
        for _, t, e, r in KNOWN_MISSES
    ],
    ids=[i for i, _, _, _ in KNOWN_MISSES],
)
def test_known_misses(text: str, expected: list[Row]) -> None:
    assert expected == found(text)


def test_without_reference_only_stated_years_resolve() -> None:
    expected = [
        ("11 de mayo", None, 5, 11, None),
        ("ayer", None, None, None, None),
        ("marzo de 2020", 2020, 3, None, "2020-03"),
    ]
    assert expected == found("El 11 de mayo y ayer, como en marzo de 2020.", None)


def test_seed_dates(seed_record: dict[str, Any]) -> None:
    ref = dt.date.fromisoformat(seed_record["reference_date"])
    article = noticiaparse.parse(seed_record["text"], reference_date=ref, country="CL")
    expected = seed_record["gold"]["dates"]
    actual = [
        {k: v for k, v in d.to_dict().items() if k not in ("start", "end")} for d in article.dates
    ]
    assert expected == actual


def test_offsets_point_into_the_original() -> None:
    text = "El\u00a0pasado\r\n11 de\u00a0mayo asumió; ayer\u200b renunció."
    dates = parse_dates(text, REF)
    assert ["11 de\u00a0mayo", "ayer"] == [text[d.start : d.end] for d in dates]
    assert [d.raw for d in dates] == [text[d.start : d.end] for d in dates]


def test_headline_dates_the_story() -> None:
    text = (
        "Así fue el gran apagón de octubre de 2019\n\n"
        "El 18 de octubre nadie lo esperaba. El lunes 21 abrieron los bancos."
    )
    article = noticiaparse.parse(text, reference_date=dt.date(2022, 10, 15))
    expected = ["2019-10", "2019-10-18", "2019-10-21"]
    assert expected == [d.resolved for d in article.dates]


def test_import_does_not_load_dateparser() -> None:
    import subprocess  # noqa: PLC0415
    import sys  # noqa: PLC0415

    code = (
        "import sys, datetime, noticiaparse; "
        "noticiaparse.parse_dates('el 11 de mayo', datetime.date(2020, 1, 1)); "
        "print('dateparser' in sys.modules)"
    )
    out = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert "False" == out.stdout.strip()


@pytest.mark.parametrize(
    "hostile",
    [
        "1" * 100_000,
        "1/" * 50_000,
        "1-1-" * 50_000,
        "1 y " * 20_000 + "de mayo",
        "1 de " * 20_000,
        "el 1, " * 20_000 + "de mayo",
        '"' * 100_000,
        "«" * 50_000 + "»" * 50_000,
        "mayo " * 5_000,
        "de mayo de " * 5_000,
        ("hoy " + " " * 1000) * 200,
        "a" * 1_000_000,
    ],
    ids=[
        *("digits", "slashes", "dashes", "y-list", "day-de", "list", "quotes", "guillemets"),
        *("months", "de-mayo-de", "spaces", "long-line"),
    ],
)
def test_hostile_input_parses(hostile: str) -> None:
    # how the time grows with the input is measured by bench/scaling.py, not here
    for date in parse_dates(hostile, REF):
        assert date.raw == hostile[date.start : date.end]


@given(date_mentions())
def test_generated_mentions_are_found(case: GeneratedDate) -> None:
    dates = parse_dates(case.text, case.reference_date)
    assert [case.date] == list(dates)


@given(date_mentions(), st.sampled_from(["  ", "\u00a0", " \n", "\t"]))
def test_whitespace_noise_changes_nothing(case: GeneratedDate, space: str) -> None:
    noisy = case.text.replace(" ", space)
    ref = case.reference_date
    clean = [(d.year, d.month, d.day, d.resolved) for d in parse_dates(case.text, ref)]
    assert clean == [(d.year, d.month, d.day, d.resolved) for d in parse_dates(noisy, ref)]


#: Sentences for the rarer turns of the reader and the timeline (written for these tests).
MORE: list[tuple[str, str, dt.date | None, list[Row]]] = [
    (
        "ese-lunes-and-lunes-siguiente",
        "La reunión fue el lunes 13. Ese lunes llovió y el martes siguiente también.",
        REF,
        [
            ("el lunes 13", None, None, 13, "2023-11-13"),
            ("Ese lunes", None, None, None, "2023-11-13"),
            ("el martes siguiente", None, None, None, "2023-11-14"),
        ],
    ),
    (
        "bare-day-past",
        "El congreso se reunió el día 25 para votar.",
        REF,
        [("el día 25", None, None, 25, "2023-10-25")],
    ),
    (
        "bare-day-future-skips-a-short-month",
        "La audiencia será el día 31 en la mañana.",
        REF,
        [("el día 31", None, None, 31, "2023-12-31")],
    ),
    (
        "bare-day-without-reference",
        "El acto fue el día 20.",
        None,
        [("el día 20", None, None, 20, None)],
    ),
    (
        "proximo-dia-skips-a-short-month",
        "Vuelve el próximo día 31 a Santiago.",
        dt.date(2023, 2, 10),
        [("el próximo día 31", None, None, 31, "2023-03-31")],
    ),
    (
        "del-dia-al-dia",
        "La feria irá del día 20 al día 25.",
        REF,
        [("del día 20", None, None, 20, "2023-11-20"), ("día 25", None, None, 25, "2023-11-25")],
    ),
    (
        "iso-date",
        "El plazo vence el 2023-05-12 según el decreto.",
        REF,
        [("2023-05-12", 2023, 5, 12, "2023-05-12")],
    ),
    (
        "lower-casing-changes-length",
        "En İzmir, el 3 de mayo de 2020 hubo un sismo.",
        REF,
        [("3 de mayo de 2020", 2020, 5, 3, "2020-05-03")],
    ),
    ("dotted-two-digit-year-is-a-number", "El índice subió 1.12.23 puntos.", REF, []),
    ("impossible-day", "El documento está fechado el 31/02/2023.", REF, []),
    ("year-out-of-range", "El documento está fechado el 10/11/1200.", REF, []),
    (
        "hoy-before-weekday",
        "Hoy lunes comienza la vacunación.",
        REF,
        [("Hoy", None, None, None, "2023-11-15")],
    ),
    (
        "la-jornada-de-hoy",
        "La jornada de hoy fue tranquila.",
        REF,
        [("hoy", None, None, None, "2023-11-15")],
    ),
    ("la-noticia-de-hoy", "La noticia de hoy es otra.", REF, []),
    (
        "hoy-after-participle",
        "Firmado hoy el acuerdo, por ejemplo.",
        REF,
        [("hoy", None, None, None, "2023-11-15")],
    ),
    ("hoy-then-a-pause", "Y hoy, por ejemplo, nadie vino.", REF, []),
    (
        "month-range-into-next-year",
        "Los partidos de diciembre y enero de 2024 se jugarán en Lima.",
        REF,
        [("diciembre", None, 12, None, "2023-12"), ("enero de 2024", 2024, 1, None, "2024-01")],
    ),
    (
        "day-range-into-next-year",
        "Entre el 20 de diciembre y el 5 de enero de 2024 cierra el museo.",
        REF,
        [
            ("20 de diciembre", None, 12, 20, "2023-12-20"),
            ("5 de enero de 2024", 2024, 1, 5, "2024-01-05"),
        ],
    ),
    (
        "day-range-from-a-stated-year",
        "Entre el 20 de diciembre de 2023 y el 5 de enero cierra el museo.",
        REF,
        [
            ("20 de diciembre de 2023", 2023, 12, 20, "2023-12-20"),
            ("5 de enero", None, 1, 5, "2024-01-05"),
        ],
    ),
    (
        "range-ends-too-far-apart",
        "Entre el 20 de diciembre, en Lima y Cusco, y el 5 de enero de 2024 cierra el museo.",
        REF,
        [
            ("20 de diciembre", None, 12, 20, "2023-12-20"),
            ("5 de enero de 2024", 2024, 1, 5, "2024-01-05"),
        ],
    ),
    (
        "year-earlier-in-the-sentence",
        "Durante el año 2019 y en octubre hubo protestas.",
        REF,
        [("octubre", None, 10, None, "2019-10")],
    ),
    ("estadio-name", "El Estadio 12 de Octubre quedó lleno.", REF, []),
    ("club-name", "Ganó el club Deportivo 12 de Octubre.", REF, []),
    (
        "plaza-de-mayo-is-a-place",
        "Marcharon por la plaza de Mayo el 12 de Octubre.",
        REF,
        [("12 de Octubre", None, 10, 12, "2023-10-12")],
    ),
    (
        "weekday-and-weekday",
        "El lunes 6 y martes 7 hubo paro.",
        REF,
        [("El lunes 6", None, None, 6, "2023-11-06"), ("martes 7", None, None, 7, "2023-11-07")],
    ),
    (
        "bare-day-after-a-sentence-break",
        "El 6 de noviembre hubo paro. El 7 volvieron.",
        REF,
        [("6 de noviembre", None, 11, 6, "2023-11-06")],
    ),
    (
        "date-in-a-long-quotation",
        "«Nos vemos el 18 de octubre en la plaza para marchar todos juntos por la dignidad», dijo.",
        REF,
        [("18 de octubre", None, 10, 18, "2023-10-18")],
    ),
    ("day-month-without-reference", "El 5 de mayo llegó.", None, [("5 de mayo", None, 5, 5, None)]),
    (
        "lunes-siguiente-without-reference",
        "El lunes siguiente llegó.",
        None,
        [("El lunes siguiente", None, None, None, None)],
    ),
    (
        "ese-lunes-without-reference",
        "Ese lunes llegó.",
        None,
        [("Ese lunes", None, None, None, None)],
    ),
    (
        "weekday-joined-only-right-after-another",
        "El lunes hubo paro y martes tranquilo.",
        REF,
        [("El lunes", None, None, None, "2023-11-13")],
    ),
    (
        "a-count-is-not-the-sentence-year",
        "Se contaron 2019 casos y en octubre bajaron.",
        REF,
        [("octubre", None, 10, None, "2023-10")],
    ),
    (
        "listed-days-share-the-month",
        "Los días 6, 7 y 8 de noviembre hubo paro.",
        REF,
        [
            ("6", None, 11, 6, "2023-11-06"),
            ("7", None, 11, 7, "2023-11-07"),
            ("8 de noviembre", None, 11, 8, "2023-11-08"),
        ],
    ),
    (
        "bare-day-right-after-a-day",
        "Las clases serán el día 20 y el 22.",
        REF,
        [("el día 20", None, None, 20, "2023-11-20"), ("el 22", None, None, 22, "2023-11-22")],
    ),
    (
        "pasado-dia-in-the-month-before",
        "Renunció el pasado día 20.",
        REF,
        [("el pasado día 20", None, None, 20, "2023-10-20")],
    ),
]


@pytest.mark.parametrize(
    ("text", "ref", "expected"), [c[1:] for c in MORE], ids=[c[0] for c in MORE]
)
def test_more_golden(text: str, ref: dt.date | None, expected: list[Row]) -> None:
    assert expected == found(text, ref)


MORE_MISSES: list[tuple[str, str, dt.date | None, list[Row], str]] = [
    (
        "listed-days-after-a-weekday",
        "El lunes 6, el 7 y el 8 de noviembre hubo paro.",
        REF,
        [
            ("El lunes 6", None, None, 6, "2023-11-06"),
            ("el 7", None, None, 7, "2023-11-07"),
            ("el 8 de noviembre", None, 11, 8, "2023-11-08"),
        ],
        "a weekday before a list of days is read as a date in 2021 spanning the list",
    ),
    (
        "day-missing-from-the-neighbouring-months",
        "El congreso se reunió el día 31.",
        dt.date(2023, 3, 15),
        [("el día 31", None, None, 31, "2023-01-31")],
        "a bare day is looked for only in the months next to the reference",
    ),
]


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        pytest.param(*c[1:4], marks=pytest.mark.xfail(strict=True, reason=c[4]), id=c[0])
        for c in MORE_MISSES
    ],
)
def test_more_known_misses(text: str, ref: dt.date | None, expected: list[Row]) -> None:
    assert expected == found(text, ref)


STORIES = [
    (
        "weekday-after-a-dated-day",
        (
            "Lo que pasó el martes 22 de noviembre de 2022\n\n"
            "El martes 22 de noviembre hubo paro. El miércoles volvieron las clases."
        ),
        ["2022-11-22", "2022-11-22", "2022-11-23"],
    ),
    (
        "ese-martes-and-lunes-siguiente",
        (
            "Lo que pasó el martes 22 de noviembre de 2022\n\n"
            "Ese martes hubo paro. El lunes siguiente volvieron las clases. Ese lunes llovió."
        ),
        ["2022-11-22", "2022-11-22", "2022-11-28", "2022-11-28"],
    ),
    (
        "quoted-speaker-speaks-from-the-story",
        "Crónica de octubre de 2019\n\n«El 25 de octubre marcharemos», dijo la dirigenta.",
        ["2019-10", "2019-10-25"],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [s[1:] for s in STORIES], ids=[s[0] for s in STORIES]
)
def test_story_dates(text: str, expected: list[str]) -> None:
    article = noticiaparse.parse(text, reference_date=REF)
    assert expected == [d.resolved for d in article.dates]


STORIES_MORE: list[tuple[str, str, dt.date | None, list[str | None]]] = [
    (
        "ese-viernes-after-a-dated-tuesday",
        (
            "Lo que pasó el martes 22 de noviembre de 2022\n\n"
            "El martes 22 hubo paro. Ese viernes volvieron las clases."
        ),
        REF,
        ["2022-11-22", "2022-11-22", "2022-11-25"],
    ),
    (
        "martes-anterior-after-a-tuesday",
        (
            "Lo que pasó el martes 22 de noviembre de 2022\n\n"
            "El martes 22 hubo paro. El martes anterior hubo otro."
        ),
        REF,
        ["2022-11-22", "2022-11-22", "2022-11-15"],
    ),
    (
        "dated-story-without-reference",
        "Crónica de octubre de 2019\n\nEl 5 de mayo hubo marcha.",
        None,
        ["2019-10", "2019-05-05"],
    ),
]


@pytest.mark.parametrize(
    ("text", "ref", "expected"), [s[1:] for s in STORIES_MORE], ids=[s[0] for s in STORIES_MORE]
)
def test_more_story_dates(text: str, ref: dt.date | None, expected: list[str | None]) -> None:
    article = noticiaparse.parse(text, reference_date=ref)
    assert expected == [d.resolved for d in article.dates]


STORY_MISSES: list[tuple[str, str, dt.date | None, list[str | None], str]] = [
    (
        "martes-siguiente-after-a-tuesday",
        (
            "Lo que pasó el martes 22 de noviembre de 2022\n\n"
            "El martes 22 hubo paro. El martes siguiente volvieron las clases."
        ),
        REF,
        ["2022-11-22", "2022-11-22", "2022-11-29"],
        "'el martes siguiente' after a dated Tuesday is read as that same Tuesday",
    ),
    (
        "pasado-in-a-dated-story-without-reference",
        "Crónica de octubre de 2019\n\nEl pasado 5 de mayo hubo marcha.",
        None,
        ["2019-10", "2019-05-05"],
        "'el pasado 5 de mayo' is not dated from the story when there is no reference date",
    ),
]


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        pytest.param(*s[1:4], marks=pytest.mark.xfail(strict=True, reason=s[4]), id=s[0])
        for s in STORY_MISSES
    ],
)
def test_story_known_misses(text: str, ref: dt.date | None, expected: list[str | None]) -> None:
    article = noticiaparse.parse(text, reference_date=ref)
    assert expected == [d.resolved for d in article.dates]


@pytest.mark.parametrize(
    ("date_line", "published"),
    [
        ("Publicado el 16 de marzo de 2021", dt.date(2021, 3, 16)),
        ("16 de marzo de 2021 | 10:30", dt.datetime(2021, 3, 16, 10, 30)),
    ],
    ids=["date", "date-and-time"],
)
def test_publication_date_is_the_reference_when_none_is_given(
    date_line: str, published: dt.date | dt.datetime
) -> None:
    text = (
        f"Sube el precio del pan\n\n{date_line}\n\n"
        "Ayer el kilo de pan subió a $1.500, informó la asociación de panaderos."
    )
    article = noticiaparse.parse(text)
    assert article.published is not None
    assert published == article.published.value
    assert [("Ayer", "2021-03-15")] == [(d.raw, d.resolved) for d in article.dates]
