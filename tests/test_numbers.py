from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from noticiaparse._gen.money import spell_number
from noticiaparse._text.numbers import decimal_mark, read_digits, scan_quantity, words_to_number

DIGITS = [
    ("5.800.000", ",", Decimal(5800000)),
    ("5,8", ",", Decimal("5.8")),
    ("727,06", ",", Decimal("727.06")),
    ("3.6", ",", Decimal("3.6")),
    ("1.500", ",", Decimal(1500)),
    ("1,500", ",", Decimal(1500)),
    ("1,500", ".", Decimal(1500)),
    ("4.500", ".", Decimal("4.5")),
    ("1.234,56", ",", Decimal("1234.56")),
    ("1,200.50", ",", Decimal("1200.50")),
    ("1,234,567.5", ".", Decimal("1234567.5")),
    ("0,500", ",", Decimal("0.5")),
    ("2500", ",", Decimal(2500)),
    ("1 500 000", ",", Decimal(1500000)),
    ("12345,5", ",", Decimal("12345.5")),
]


@pytest.mark.parametrize(("digits", "mark", "expected"), DIGITS, ids=[d[0] for d in DIGITS])
def test_read_digits(digits: str, mark: str, expected: Decimal) -> None:
    assert expected == read_digits(digits, mark)


NOT_NUMBERS = ["10.11.2023", "1.2,3.4", "12.34.567", "1,23,456", ""]


@pytest.mark.parametrize("digits", NOT_NUMBERS, ids=NOT_NUMBERS)
def test_read_digits_rejects_other_shapes(digits: str) -> None:
    assert read_digits(digits) is None


WORDS = [
    ("cinco millones", Decimal(5_000_000)),
    ("veinte mil", Decimal(20_000)),
    ("dos mil quinientos millones", Decimal(2_500_000_000)),
    ("un millón y medio", Decimal(1_500_000)),
    ("medio millón", Decimal(500_000)),
    ("mil millones", Decimal(10**9)),
    ("un billón", Decimal(10**12)),
    ("tres billones", Decimal(3 * 10**12)),
    ("ciento treinta y cinco", Decimal(135)),
    ("veintiún mil", Decimal(21_000)),
    ("cuatrocientas mil", Decimal(400_000)),
    ("dos y medio millones", Decimal(2_500_000)),
    ("5,8 millones", Decimal(5_800_000)),
    ("2 mil 700 millones", Decimal(2_700_000_000)),
    ("1,5 mil millones", Decimal(1_500_000_000)),
    ("3 millones 200 mil", Decimal(3_200_000)),
    ("un millón doscientos mil", Decimal(1_200_000)),
    ("MILLÓN", None),
    ("millones", None),
    ("doce apóstoles", None),
    ("4 MM", Decimal(4_000_000)),
    ("12 mill.", Decimal(12_000_000)),
    ("Cien Mil", Decimal(100_000)),
    ("un millon", Decimal(1_000_000)),
]


@pytest.mark.parametrize(("phrase", "expected"), WORDS, ids=[w[0] for w in WORDS])
def test_words_to_number(phrase: str, expected: Decimal | None) -> None:
    assert expected == words_to_number(phrase)


def test_scan_quantity_offsets_and_parts() -> None:
    text = "Se pagaron 13 mil pesos ayer."
    quantity = scan_quantity(text, 10)
    assert quantity is not None
    assert (11, 17) == (quantity.start, quantity.end)
    assert (Decimal(13), Decimal(1000)) == (quantity.head, quantity.scale)


def test_scan_quantity_stops_at_a_second_number() -> None:
    quantity = scan_quantity("3 5 millones", 0)
    assert quantity is not None
    assert Decimal(3) == quantity.value


def test_scan_quantity_marks_years() -> None:
    quantity = scan_quantity("en 2019 hubo", 2)
    assert quantity is not None
    assert quantity.year_like


def test_number_glued_to_letters_is_not_a_quantity() -> None:
    assert scan_quantity("G20", 1) is None


def test_decimal_marks() -> None:
    assert (".", ",", ",", ",") == (
        decimal_mark("MX"),
        decimal_mark("CL"),
        decimal_mark("ES"),
        decimal_mark(None),
    )


@given(st.integers(min_value=0, max_value=999_999))
def test_spelled_numbers_read_back(number: int) -> None:
    assert Decimal(number) == words_to_number(spell_number(number, short=False))


@given(st.integers(min_value=1, max_value=999), st.sampled_from(["millones", "mil millones"]))
def test_spelled_scaled_numbers_read_back(number: int, scale: str) -> None:
    factor = 10**6 if scale == "millones" else 10**9
    assert Decimal(number * factor) == words_to_number(f"{spell_number(number)} {scale}")


@given(st.text(alphabet="0123456789., ymilonesdcuat", max_size=60))
def test_any_digit_text_reads_without_error(text: str) -> None:
    scan_quantity(text, 0)
    read_digits(text.replace(" ", "").strip(".,"))


@pytest.mark.parametrize(
    "hostile",
    ["9" * 100_000, "1." * 50_000, "mil " * 25_000, "1 000 " * 20_000],
    ids=["digits", "dotted", "mil", "spaced"],
)
def test_hostile_input_is_read(hostile: str) -> None:
    # how the time grows with the input is measured by bench/scaling.py, not here
    scan_quantity(hostile, 0)


#: Phrases that are not one well-formed quantity, and where reading stops in them.
ILL_FORMED = [
    ("veinte cinco", Decimal(20), "unit-after-tens-without-y"),
    ("treinta doce", Decimal(30), "teen-after-tens"),
    ("mil quinientos doscientos", Decimal(1500), "hundreds-after-hundreds"),
    ("doscientos cien", Decimal(200), "cien-after-hundreds"),
    ("tres mil mil", Decimal(3000), "mil-twice"),
    ("cinco y dos", Decimal(5), "y-before-a-non-unit"),
    ("tres y", Decimal(3), "y-at-the-end"),
    ("3 millones 500", Decimal(3_000_000), "digits-after-a-scale-without-a-scale"),
    ("cinco millones cuatro", Decimal(5_000_000), "unit-after-a-scale-without-a-scale"),
    ("3 millones de", Decimal(3_000_000), "scale-then-de"),
    ("dos medio millón", Decimal(2), "medio-after-a-number"),
    ("tres millones millones", Decimal(3_000_000), "scale-twice"),
    ("un millón y medio millones", Decimal(1_500_000), "scale-after-y-medio"),
    ("tres millones y medio mil", Decimal(3_500_000), "mil-after-y-medio"),
    ("2 mil 1.500", Decimal(2000), "thousands-after-mil"),
    ("mil 2,5", Decimal(1000), "fraction-after-mil"),
]


@pytest.mark.parametrize(
    ("phrase", "read"), [c[:2] for c in ILL_FORMED], ids=[c[2] for c in ILL_FORMED]
)
def test_ill_formed_phrases_are_not_one_number(phrase: str, read: Decimal) -> None:
    assert words_to_number(phrase) is None
    quantity = scan_quantity(phrase, 0)
    assert quantity is not None
    assert read == quantity.value


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [("medio", None), ("medio kilo", None), ("medio mil", Decimal(500)), ("la media", None)],
    ids=["medio-alone", "medio-before-a-noun", "medio-mil", "not-a-number"],
)
def test_medio_opens_a_quantity_only_before_a_scale(phrase: str, expected: Decimal | None) -> None:
    assert expected == words_to_number(phrase)


def test_the_longest_long_scale_quantity_reads_whole() -> None:
    group = "novecientos noventa y nueve mil novecientos noventa y nueve"
    phrase = (
        f"{group} trillones novecientos mil novecientos billones"
        " novecientos mil novecientos millones novecientos mil"
    )
    expected = 999_999 * 10**18 + 900_900 * 10**12 + 900_900 * 10**6 + 900_000
    assert Decimal(expected) == words_to_number(phrase)


@pytest.mark.xfail(strict=True, reason="'y medio' after 'mil millones' halves a million")
def test_y_medio_after_mil_millones() -> None:
    assert Decimal(2_500_000_000) == words_to_number("dos mil millones y medio")


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("tres mil y medio", Decimal(3500)),
        ("cuatro mil y medio", Decimal(4500)),
        ("dos y medio", Decimal("2.5")),
        ("un millón y medio", Decimal(1_500_000)),
    ],
    ids=["mil-y-medio", "cuatro-mil-y-medio", "units-y-medio", "millon-y-medio"],
)
def test_y_medio_halves_the_last_unit(phrase: str, expected: Decimal) -> None:
    assert expected == words_to_number(phrase)


@pytest.mark.xfail(
    strict=True, reason="a number read for the scale after it stays when that scale is refused"
)
def test_a_refused_scale_leaves_its_number_out() -> None:
    quantity = scan_quantity("dos millones tres millones", 0)
    assert quantity is not None
    assert (Decimal(2_000_000), 12) == (quantity.value, quantity.end)
