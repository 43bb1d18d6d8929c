from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from noticiaparse import parse, parse_money
from noticiaparse._extract.money import resolve_currency
from noticiaparse._gen.money import RenderedAmount, money_amounts

Found = list[tuple[str, str, "str | None"]]


def found(text: str, country: str | None = None) -> Found:
    return [(m.raw, str(m.amount), m.currency) for m in parse_money(text, country=country)]


GOLDEN: list[tuple[str, str, str | None, Found]] = [
    (
        "sign-scale",
        "La remodelación de la plaza costará $4,2 millones, informó el municipio.",
        "CL",
        [("$4,2 millones", "4200000", "CLP")],
    ),
    (
        "sign-scale-no-country",
        "La remodelación de la plaza costará $4,2 millones.",
        None,
        [("$4,2 millones", "4200000", None)],
    ),
    (
        "usd-thousands-dot",
        "La minera invertirá US$ 2.350 millones en la ampliación.",
        "CL",
        [("US$ 2.350 millones", "2350000000", "USD")],
    ),
    (
        "word-after-de",
        "El fondo entregará 8 millones de pesos a cada cooperativa.",
        "CL",
        [("8 millones de pesos", "8000000", "CLP")],
    ),
    (
        "euros",
        "La multa asciende a 6.000 euros por cada infracción.",
        "ES",
        [("6.000 euros", "6000", "EUR")],
    ),
    (
        "mil-millones-words",
        "El plan requiere mil millones de dólares en cinco años.",
        "MX",
        [("mil millones de dólares", "1000000000", "USD")],
    ),
    (
        "uf-before-and-after",
        "El departamento se vendió en UF 3.200 y el estacionamiento en 450 UF.",
        "CL",
        [("UF 3.200", "3200", "CLF"), ("450 UF", "450", "CLF")],
    ),
    (
        "utm",
        "Arriesga una multa de hasta 10 UTM.",
        "CL",
        [("10 UTM", "10", "UTM")],
    ),
    (
        "number-words",
        "Según el gremio, las pérdidas suman dos mil quinientos millones de pesos.",
        "CL",
        [("dos mil quinientos millones de pesos", "2500000000", "CLP")],
    ),
    (
        "y-medio-and-medio",
        "Pidió un millón y medio de pesos y le ofrecieron medio millón de pesos.",
        "AR",
        [
            ("un millón y medio de pesos", "1500000", "ARS"),
            ("medio millón de pesos", "500000", "ARS"),
        ],
    ),
    (
        "mexican-decimal-point",
        "La gasolina llegó a 24.35 pesos por litro y el bono a 1,250 pesos.",
        "MX",
        [("24.35 pesos", "24.35", "MXN"), ("1,250 pesos", "1250", "MXN")],
    ),
    (
        "mexican-thousands-comma-with-decimals",
        "El ahorro promedio es de $12,450.80 al año.",
        "MX",
        [("$12,450.80", "12450.8", "MXN")],
    ),
    (
        "mexican-mil-and-millones",
        "La compañía reportó ventas por 3 mil 250 millones de pesos.",
        "MX",
        [("3 mil 250 millones de pesos", "3250000000", "MXN")],
    ),
    (
        "mdd-and-mdp",
        "El estado pidió 450 mdd y recibió 7 mil mdp.",
        "MX",
        [("450 mdd", "450000000", "USD"), ("7 mil mdp", "7000000000", "MXN")],
    ),
    (
        "range-sign-each",
        "Los subsidios irán entre $1 y $3 millones por familia.",
        "CL",
        [("$1", "1000000", "CLP"), ("$3 millones", "3000000", "CLP")],
    ),
    (
        "list-shared-sign-and-scale",
        "Se ofrecieron créditos de US$ 2, 5 y 8 millones.",
        "CL",
        [("US$ 2", "2000000", "USD"), ("5", "5000000", "USD"), ("8 millones", "8000000", "USD")],
    ),
    (
        "range-shared-word",
        "Una consulta médica cuesta entre 25 y 40 mil pesos.",
        "CL",
        [("25", "25000", "CLP"), ("40 mil pesos", "40000", "CLP")],
    ),
    (
        "falling-range",
        "El pasaje bajó de 950 a 900 pesos.",
        "CL",
        [("950", "950", "CLP"), ("900 pesos", "900", "CLP")],
    ),
    (
        "lucas",
        "La entrada sale 15 lucas y el estacionamiento una luca.",
        "CL",
        [("15 lucas", "15000", "CLP"), ("una luca", "1000", "CLP")],
    ),
    (
        "bare-dollar-us",
        "El boleto de metro en Nueva York sube a $2.90.",
        "US",
        [("$2.90", "2.9", "USD")],
    ),
    (
        "billon-long-scale",
        "La deuda pública superó el 1,3 billones de pesos.",
        "CO",
        [("1,3 billones de pesos", "1300000000000", "COP")],
    ),
    (
        "chilean-prefix-scales",
        "La utilidad fue de MM$ 820 y la filial ganó MMUS$ 14,5.",
        "CL",
        [("MM$ 820", "820000000", "CLP"), ("MMUS$ 14,5", "14500000", "USD")],
    ),
    (
        "currency-word-qualified",
        "Exportó 300 millones de dólares estadounidenses y 20.000 pesos chilenos.",
        None,
        [
            ("300 millones de dólares estadounidenses", "300000000", "USD"),
            ("20.000 pesos chilenos", "20000", "CLP"),
        ],
    ),
    (
        "soles",
        "El sueldo mínimo sube a S/ 1.130, unos 300 soles más que en 2018.",
        "PE",
        [("S/ 1.130", "1130", "PEN"), ("300 soles", "300", "PEN")],
    ),
    (
        "cents-of-named-currency",
        "La acción cerró con un alza de 35 centavos de dólar.",
        "CL",
        [("35 centavos de dólar", "0.35", "USD")],
    ),
    (
        "cents-from-context",
        "La empresa ganó 120 mdd, es decir, 45 centavos por acción.",
        "MX",
        [("120 mdd", "120000000", "USD"), ("45 centavos", "0.45", "USD")],
    ),
    (
        "separate-amounts-with-comma",
        "El peso perdió $ 12, a $ 815, en la jornada.",
        "CL",
        [("$ 12", "12", "CLP"), ("$ 815", "815", "CLP")],
    ),
    (
        "glued-word-after-number",
        "El billete verde cerró en $805,40vendedor.",
        "CL",
        [("$805,40", "805.4", "CLP")],
    ),
    (
        "digits-millions-de",
        "Se pagaron 2.000.000 de pesos de indemnización.",
        "CL",
        [("2.000.000 de pesos", "2000000", "CLP")],
    ),
    (
        "space-grouped",
        "El premio es de 1 200 000 pesos.",
        "CL",
        [("1 200 000 pesos", "1200000", "CLP")],
    ),
    (
        "sign-after-number",
        "Las entradas cuestan 45 € y el abono 120 EUR.",
        "ES",
        [("45 €", "45", "EUR"), ("120 EUR", "120", "EUR")],
    ),
    (
        "list-of-bare-numbers",
        "Las cuotas serán de $ 450, 520 y 610 en cada pago.",
        "AR",
        [("$ 450", "450", "ARS"), ("520", "520", "ARS"), ("610", "610", "ARS")],
    ),
    (
        "argentine-dollar-sign",
        "El departamento se vende en u$s 95.000 al contado.",
        "AR",
        [("u$s 95.000", "95000", "USD")],
    ),
    (
        "bolivian-dollar-sign",
        "La obra costará $us 12,5 millones y el tramo norte $US 800.000, más Bs 3 millones.",
        "BO",
        [
            ("$us 12,5 millones", "12500000", "USD"),
            ("$US 800.000", "800000", "USD"),
            ("Bs 3 millones", "3000000", "BOB"),
        ],
    ),
    (
        "mil-then-digits",
        "El presupuesto fue de mil 500 millones de pesos.",
        "MX",
        [("mil 500 millones de pesos", "1500000000", "MXN")],
    ),
    (
        "code-glued-to-number",
        "La entrada VIP cuesta USD120 y la general EUR45.",
        "ES",
        [("USD120", "120", "USD"), ("EUR45", "45", "EUR")],
    ),
    (
        "millions-of-euros-sign",
        "El fichaje costó 120 M€ y el estadio 45 millones de euros.",
        "ES",
        [("120 M€", "120000000", "EUR"), ("45 millones de euros", "45000000", "EUR")],
    ),
    (
        "dollar-word-after-sign",
        "Costará $3 millones de dólares, según el ministro.",
        "CL",
        [("$3 millones de dólares", "3000000", "USD")],
    ),
]


@pytest.mark.parametrize(
    ("text", "country", "expected"), [g[1:] for g in GOLDEN], ids=[g[0] for g in GOLDEN]
)
def test_golden(text: str, country: str | None, expected: Found) -> None:
    assert expected == found(text, country)


LOOK_ALIKES = [
    ("percent", "La aprobación cayó a 38,5% y luego al 40 por ciento."),
    ("people", "Unas 1,2 millones de personas marcharon por la Alameda."),
    ("year", "En 2019 la economía creció 1,1 puntos."),
    ("phone", "Llame al 600 360 7777 o al +56 2 2345 6789."),
    ("score", "Colo-Colo ganó 3 a 1 y suma 45 puntos."),
    (
        "dollar-as-subject",
        "El dólar subió con fuerza y un dólar más caro golpea a los importadores.",
    ),
    ("millions-no-number", "Harán falta miles de millones de dólares para el puerto."),
    ("date", "El 10.11.2023 se publicó el decreto 1.234."),
    ("list-of-people", "Pagó $500 y 3 personas lo acompañaron."),
    ("list-then-count", "Ganaba $500, 2 hijos dependían de ella."),
    ("year-in-range", "Entre 2019 y 2020 la inflación fue baja."),
    ("quarter", "Las ventas del Q1 crecieron y el G20 lo celebró."),
]


@pytest.mark.parametrize("text", [t for _, t in LOOK_ALIKES], ids=[i for i, _ in LOOK_ALIKES])
def test_look_alikes_are_not_money(text: str) -> None:
    amounts = [raw for raw, _, _ in found(text, "CL")]
    assert [] == [a for a in amounts if a != "$500"]


KNOWN_MISSES = [
    pytest.param(
        "El pasaje cuesta un dólar.",
        [("un dólar", "1", "USD")],
        marks=pytest.mark.xfail(
            strict=True, reason="'un' before a bare currency word is read as an article"
        ),
        id="un-dolar-as-price",
    ),
    pytest.param(
        "Los bonos de US$ 3,4 y 5 millones.",
        [("US$ 3", "3000000", "USD"), ("4", "4000000", "USD"), ("5 millones", "5000000", "USD")],
        marks=pytest.mark.xfail(
            strict=True, reason="a list comma without a space reads as a decimal comma (3,4)"
        ),
        id="list-comma-without-space",
    ),
    pytest.param(
        "Le pagaron dos palos por el auto.",
        [("dos palos", "2000000", "CLP")],
        marks=pytest.mark.xfail(strict=True, reason="'palo' (a million pesos) is not read"),
        id="palos",
    ),
    pytest.param(
        "Cuesta US$      500 el kilo.",
        [("US$      500", "500", "USD")],
        marks=pytest.mark.xfail(
            strict=True, reason="a sign more than three spaces before its number is dropped"
        ),
        id="sign-spaced-like-a-column",
    ),
    pytest.param(
        "Pagó 5 millones de centavos.",
        [("5 millones de centavos", "50000", "CLP")],
        marks=pytest.mark.xfail(strict=True, reason="'de centavos' after a scale is not read"),
        id="millones-de-centavos",
    ),
]


@pytest.mark.parametrize(("text", "expected"), KNOWN_MISSES)
def test_known_misses(text: str, expected: Found) -> None:
    assert expected == found(text, "CL")


def test_seed_article(seed_record: dict[str, Any]) -> None:
    text = seed_record["text"]
    with_country = [(m.raw, m.amount, m.currency) for m in parse_money(text, country="CL")]
    without = [(m.raw, m.amount, m.currency) for m in parse_money(text)]
    assert [("$5,8 millones", Decimal(5_800_000), "CLP")] == with_country
    assert [("$5,8 millones", Decimal(5_800_000), None)] == without


def test_parse_reads_money_from_the_article() -> None:
    article = parse("Título\n\nEl proyecto costará $5,8 millones.", country="CL")
    assert [(Decimal(5_800_000), "CLP", "$")] == [
        (m.amount, m.currency, m.symbol) for m in article.money
    ]


def test_local_currency() -> None:
    assert ("CLP", "MXN", "USD", None) == (
        resolve_currency("@dollar", "CL"),
        resolve_currency("@dollar", "MX"),
        resolve_currency("@dollar", "US"),
        resolve_currency("@dollar", None),
    )


def test_offsets_point_into_the_original_text() -> None:
    text = "Costó\r\nUS$\u00a01.200\u00a0millones y 3.000\u200b euros."
    amounts = parse_money(text, country="CL")
    assert ["US$\u00a01.200\u00a0millones", "3.000\u200b euros"] == [m.raw for m in amounts]
    assert [m.raw for m in amounts] == [text[m.start : m.end] for m in amounts]


@given(money_amounts())
def test_round_trip(rendered: RenderedAmount) -> None:
    amounts = parse_money(rendered.text, country=rendered.country)
    expected = [(rendered.text, rendered.amount, rendered.currency)]
    assert expected == [(m.raw, m.amount, m.currency) for m in amounts]


@given(
    st.sampled_from([None, "CL", "MX", "AR", "CO", "US", "ES", "PE"]).flatmap(
        lambda country: money_amounts(country=country)
    )
)
def test_round_trip_for_one_country(rendered: RenderedAmount) -> None:
    amounts = parse_money(rendered.text, country=rendered.country)
    assert [(rendered.amount, rendered.currency)] == [(m.amount, m.currency) for m in amounts]


@given(
    money_amounts(),
    st.sampled_from(["El costo fue de {}.", "Según el informe, {} se perdieron.", "({})"]),
)
def test_round_trip_in_a_sentence(rendered: RenderedAmount, frame: str) -> None:
    text = frame.format(rendered.text)
    amounts = parse_money(text, country=rendered.country)
    assert [(rendered.amount, rendered.currency)] == [(m.amount, m.currency) for m in amounts]


@given(money_amounts(), st.sampled_from(["\u00a0", "  ", "\t"]))
def test_whitespace_noise_does_not_change_the_amount(rendered: RenderedAmount, space: str) -> None:
    text = rendered.text.replace(" ", space)
    amounts = parse_money(text, country=rendered.country)
    assert [(rendered.amount, rendered.currency)] == [(m.amount, m.currency) for m in amounts]
    assert [text] == [text[m.start : m.end] for m in amounts]


@given(st.text(alphabet=st.sampled_from(list("0123456789.,$ USDmilonesyuf€pdé%")), max_size=80))
def test_money_character_soup_parses_and_spans_hold(text: str) -> None:
    for money in parse_money(text, country="CL"):
        assert money.raw == text[money.start : money.end]


@pytest.mark.parametrize(
    "hostile",
    ["$" * 100_000, "9" * 100_000, "$1 y " * 20_000, "mil " * 25_000, "un " * 30_000],
    ids=["signs", "digits", "list", "mil", "articles"],
)
def test_hostile_input_parses(hostile: str) -> None:
    # how the time grows with the input is measured by bench/scaling.py, not here
    for money in parse_money(hostile, country="CL"):
        assert money.raw == hostile[money.start : money.end]


#: The rarer turns of the reader: currencies after "de", shared scales, other units.
MORE: list[tuple[str, str, str | None, Found]] = [
    (
        "truncated-country-word",
        "El pasaje costará 800 pesos chi.",
        "CL",
        [("800 pesos", "800", "CLP")],
    ),
    (
        "code-after-de",
        "La deuda es de 300 millones de US$ según el informe.",
        "CL",
        [("300 millones de US$", "300000000", "USD")],
    ),
    (
        "scaled-abbreviation-then-currency",
        "Las pérdidas suman 571 mdd de dólares.",
        "MX",
        [("571 mdd de dólares", "571000000", "USD")],
    ),
    (
        "mil-mdp-de-pesos",
        "Las pérdidas suman 20 mil mdp de pesos.",
        "MX",
        [("20 mil mdp de pesos", "20000000000", "MXN")],
    ),
    ("millions-of-people", "La deuda es de 300 millones de personas.", "CL", []),
    ("libras-of-sugar", "El paquete pesa 5 libras de azúcar.", "CL", []),
    (
        "unidades-de-fomento",
        "El arriendo sube a 12 unidades de fomento al mes.",
        "CL",
        [("12 unidades de fomento", "12", "CLF")],
    ),
    ("unidades-of-housing", "Se entregaron 20 unidades de vivienda.", "CL", []),
    ("percent-sign-then-pesos", "La inflación fue de 5 % en pesos.", "CL", []),
    (
        "por-ciento-then-money",
        "Hay 5 por ciento y 3 millones de pesos.",
        "CL",
        [("3 millones de pesos", "3000000", "CLP")],
    ),
    ("por-ciento-alone", "El alza fue de 5 por ciento en pesos.", "CL", []),
    (
        "count-de-los-money",
        "Son 5 de los 10 millones de pesos.",
        "CL",
        [("10 millones de pesos", "10000000", "CLP")],
    ),
    (
        "range-shares-scale-and-currency",
        "El presupuesto creció de 900 a 1.200 millones de pesos.",
        "CL",
        [("900", "900000000", "CLP"), ("1.200 millones de pesos", "1200000000", "CLP")],
    ),
    (
        "range-shares-mil",
        "Las entradas cuestan entre 20 y 30 mil pesos.",
        "CL",
        [("20", "20000", "CLP"), ("30 mil pesos", "30000", "CLP")],
    ),
    (
        "larger-bare-head-before-a-scale-is-dropped",
        "Costará entre 800 y 1,5 millones de pesos.",
        "CL",
        [("1,5 millones de pesos", "1500000", "CLP")],
    ),
]


@pytest.mark.parametrize(
    ("text", "country", "expected"), [g[1:] for g in MORE], ids=[g[0] for g in MORE]
)
def test_more_golden(text: str, country: str | None, expected: Found) -> None:
    assert expected == found(text, country)
