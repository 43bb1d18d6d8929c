"""Money as news from many countries writes it: every currency, local signs, composed prices.

Sentences written for these tests, each with the country hint its press would carry.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from noticiaparse import parse_money

Row = tuple[str, str, "str | None"]


def found(text: str, country: str | None) -> list[Row]:
    return [(m.raw, str(m.amount), m.currency) for m in parse_money(text, country=country)]


FORMS: list[tuple[str, str, str | None, list[Row]]] = [
    # historical and foreign currencies, as words
    (
        "pesetas-marcos",
        "En 1998 el billete costaba 500 pesetas, unos 6 marcos alemanes.",
        "ES",
        [("500 pesetas", "500", "ESP"), ("6 marcos alemanes", "6", "DEM")],
    ),
    (
        "francos",
        "Pagó 20 francos suizos, 100 francos franceses y 50 francos belgas.",
        None,
        [
            ("20 francos suizos", "20", "CHF"),
            ("100 francos franceses", "100", "FRF"),
            ("50 francos belgas", "50", "BEF"),
        ],
    ),
    ("francos-by-country", "El café vale 4 francos.", "FR", [("4 francos", "4", "FRF")]),
    (
        "florines-liras-escudos",
        "Cambió 300 florines, 10.000 liras y 2.000 escudos en Lisboa.",
        "ES",
        [
            ("300 florines", "300", "NLG"),
            ("10.000 liras", "10000", "ITL"),
            ("2.000 escudos", "2000", "PTE"),
        ],
    ),
    (
        "libras-peniques",
        "El pasaje vale 12 libras y 40 peniques.",
        "GB",
        [("12 libras y 40 peniques", "12.40", "GBP")],
    ),
    ("libras-weight", "Incautaron 200 libras de cocaína en Colón.", "PA", []),
    (
        "asian",
        "La firma ganó 300 millones de yenes y 12 millones de yuanes.",
        None,
        [
            ("300 millones de yenes", "300000000", "JPY"),
            ("12 millones de yuanes", "12000000", "CNY"),
        ],
    ),
    (
        "renminbi-rublos-rupias",
        "Invirtió 5 mil renminbi, 800 rublos y 90 rupias.",
        None,
        [
            ("5 mil renminbi", "5000", "CNY"),
            ("800 rublos", "800", "RUB"),
            ("90 rupias", "90", "INR"),
        ],
    ),
    (
        "dolares-del-commonwealth",
        "Recaudó 3 millones de dólares canadienses y 2 millones de dólares australianos.",
        None,
        [
            ("3 millones de dólares canadienses", "3000000", "CAD"),
            ("2 millones de dólares australianos", "2000000", "AUD"),
        ],
    ),
    # each country's own sign, read with its hint
    (
        "quetzal-sign",
        "El Congreso aprobó Q179 millones para escuelas.",
        "GT",
        [("Q179 millones", "179000000", "GTQ")],
    ),
    ("quetzal-elsewhere", "El Congreso aprobó Q179 millones para escuelas.", "MX", []),
    ("quarter", "Las ventas del Q1 2021 subieron.", "GT", []),
    (
        "guarani-g",
        "La deuda asciende a G. 160.083.711 según la Contraloría.",
        "PY",
        [("G. 160.083.711", "160083711", "PYG")],
    ),
    ("guarani-sign", "El kilo de carne cuesta ₲ 35.000.", "PY", [("₲ 35.000", "35000", "PYG")]),
    (
        "lempira",
        "El bono es de L 5,000 y el salario de 9,000 lempiras.",
        "HN",
        [("L 5,000", "5000", "HNL"), ("9,000 lempiras", "9000", "HNL")],
    ),
    ("balboa", "La multa es de B/. 250.", "PA", [("B/. 250", "250", "PAB")]),
    ("boliviano", "El pasaje sube a Bs. 3,50.", "BO", [("Bs. 3,50", "3.50", "BOB")]),
    ("bolivar", "El pasaje sube a Bs. 3,50.", "VE", [("Bs. 3,50", "3.50", "VES")]),
    ("dominicano", "El galón cuesta RD$ 290.", "DO", [("RD$ 290", "290", "DOP")]),
    ("colon", "La tarifa es de ₡ 4.500.", "CR", [("₡ 4.500", "4500", "CRC")]),
    ("uruguayo", "La entrada vale $U 600.", "UY", [("$U 600", "600", "UYU")]),
    ("real", "O ingresso custa R$ 80 en Río.", "BR", [("R$ 80", "80", "BRL")]),
    ("sol", "El menú cuesta S/ 15 en Lima.", "PE", [("S/ 15", "15", "PEN")]),
    ("cordoba-c", "El pasaje vale C$ 12.", "NI", [("C$ 12", "12", "NIO")]),
    ("canadian-c", "El pasaje vale C$ 12.", "CA", [("C$ 12", "12", "CAD")]),
    ("aussie", "La cerveza vale A$ 9 en Sídney.", None, [("A$ 9", "9", "AUD")]),
    ("code-dollar", "El boleto cuesta mxn$ 15 en el metro.", None, [("mxn$ 15", "15", "MXN")]),
    # composed amounts
    (
        "con-cents",
        "El kilo sube a 15 dólares con 50.",
        None,
        [("15 dólares con 50", "15.50", "USD")],
    ),
    (
        "words-and-centimos",
        "El café cuesta trece euros y cuarenta y cinco céntimos.",
        "ES",
        [("trece euros y cuarenta y cinco céntimos", "13.45", "EUR")],
    ),
    (
        "code-cents",
        "El litro vale 15 USD 50 en la frontera.",
        None,
        [("15 USD 50", "15.50", "USD")],
    ),
    (
        "code-scale",
        "La deuda llega a 75 USD millones.",
        None,
        [("75 USD millones", "75000000", "USD")],
    ),
    ("con-people", "Llegó con 15 dólares con 20 amigos.", None, [("15 dólares", "15", "USD")]),
    # price formats scrapers keep
    ("split-comma", "Oferta: 1.837, 32 € con envío.", "ES", [("1.837, 32 €", "1837.32", "EUR")]),
    ("apostrophe", "Precio: €1'049,95 en la tienda.", "ES", [("€1'049,95", "1049.95", "EUR")]),
    ("leading-point", "La unidad: .75 €", "ES", [(".75 €", "0.75", "EUR")]),
    ("split-point", "Precio final: $119. 95", "US", [("$119. 95", "119.95", "USD")]),
    ("split-point-sentence", "Pagó US$ 5. 20 personas lo vieron.", "CL", [("US$ 5", "5", "USD")]),
    (
        "range-de-a",
        "Las entradas van de 26 a 50 € por persona.",
        "ES",
        [("26", "26", "EUR"), ("50 €", "50", "EUR")],
    ),
    # a bare "un" after a list's comma is an article, not the list's next amount
    (
        "comma-un-percent-us",
        "El alquiler promedio subió a $1,740, un 3.1 % por encima del año pasado.",
        "US",
        [("$1,740", "1740", "USD")],
    ),
    (
        "comma-un-percent-ar",
        "El boleto pasará a $ 1.250, un 40 % por encima de la tarifa actual.",
        "AR",
        [("$ 1.250", "1250", "ARS")],
    ),
    (
        "comma-un-million-still",
        "Recibió $5 millones y un millón más después.",
        "CL",
        [("$5 millones", "5000000", "CLP"), ("un millón", "1000000", "CLP")],
    ),
    # cents alone are the hundredth of the country's own currency
    (
        "cents-spain",
        "El gasóleo subió 2,75 céntimos por litro.",
        "ES",
        [("2,75 céntimos", "0.0275", "EUR")],
    ),
    ("cents-peru", "El pasaje escolar bajó 50 céntimos.", "PE", [("50 céntimos", "0.5", "PEN")]),
    (
        "cents-mexico",
        "La tortilla subió 80 centavos por kilo.",
        "MX",
        [("80 centavos", "0.8", "MXN")],
    ),
    ("cents-no-hint", "La tarifa subió 80 centavos.", None, [("80 centavos", "0.8", None)]),
    (
        "cents-named-currency-wins",
        "El euro cerró a 1,08 dólares, 3 centavos de dólar más.",
        "ES",
        [("1,08 dólares", "1.08", "USD"), ("3 centavos de dólar", "0.03", "USD")],
    ),
]


@pytest.mark.parametrize(
    ("text", "country", "expected"), [c[1:] for c in FORMS], ids=[c[0] for c in FORMS]
)
def test_forms(text: str, country: str | None, expected: list[Row]) -> None:
    got = found(text, country)
    assert [(r, str(float(a)), c) for r, a, c in got] == [
        (r, str(float(a)), c) for r, a, c in expected
    ]


@given(
    st.integers(min_value=1, max_value=1500),  # a bare 1800 to 2199 reads as a year
    st.integers(min_value=1, max_value=1500),
    st.sampled_from(
        [
            ("de {a} a {b} €", "ES", "EUR"),
            ("entre {a} y {b} dólares", None, "USD"),
            ("de US$ {a} a US$ {b}", "CL", "USD"),
            ("entre {a} y {b} quetzales", "GT", "GTQ"),
        ]
    ),
)
def test_a_range_gives_both_ends(low: int, high: int, form: tuple[str, str | None, str]) -> None:
    template, country, currency = form
    text = "Las entradas costarán " + template.format(a=low, b=high) + " por persona."
    found = [(m.amount, m.currency) for m in parse_money(text, country=country)]
    assert found == [(Decimal(low), currency), (Decimal(high), currency)]


@given(st.integers(min_value=1, max_value=99_999), st.integers(min_value=10, max_value=99))
def test_split_cents_at_the_end_of_a_line(units: int, cents: int) -> None:
    text = f"Precio final: ${units}. {cents}\nEnvío gratis."
    found = [(m.amount, m.currency) for m in parse_money(text, country="US")]
    assert found == [(Decimal(units) + Decimal(cents) / 100, "USD")]
