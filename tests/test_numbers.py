from __future__ import annotations

import time
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from noticiaparse._gen_money import spell_number
from noticiaparse._numbers import decimal_mark, read_digits, scan_quantity, words_to_number

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
def test_hostile_input_is_fast(hostile: str) -> None:
    started = time.perf_counter()
    scan_quantity(hostile, 0)
    assert time.perf_counter() - started < 1.0
