"""A Hypothesis strategy for money as Spanish news writes it.

:func:`money_amounts` renders a random exact amount in one of the forms the money
parser reads, and says what the parser must find in it: the amount, the currency and
the country hint the text needs ("$" is a peso only where the country says so). It
is an oracle written apart from the parser: its own number speller, its own small
table of currency forms.

This module imports ``hypothesis``; nothing in the parsing core imports it.
"""

from __future__ import annotations

import functools
from decimal import Decimal

import attrs
from hypothesis import strategies as st

from noticiaparse._text.lexicons import rows

__all__ = ["ANY_COUNTRY", "RenderedAmount", "money_amounts", "spell_number"]

#: The default of :func:`money_amounts`: each example draws its own country hint.
ANY_COUNTRY = "*"


@attrs.frozen
class RenderedAmount:
    """An amount rendered as text, and what parsing that text must give.

    Attributes:
        text: the amount as written ("US$ 1.200 millones", "veinte mil pesos").
        amount: the exact value it states, in units of ``currency``.
        currency: the ISO 4217 code (``None`` for a bare "$" with no country).
        country: the country hint to parse ``text`` with (or ``None``).
    """

    text: str
    amount: Decimal
    currency: str | None
    country: str | None


#: Below thirty a number is one word ("veintitrés"); from thirty on, "treinta y uno".
_ONE_WORD = 30
_TEN = 10
_HUNDRED = 100


@functools.cache
def _spelled() -> dict[int, str]:
    """The words ``lexicons/gen/spelled_numbers.tsv`` spells numbers with, by value."""
    return {int(value): word for value, word in rows("gen/spelled_numbers.tsv")}


def _below_hundred(number: int, *, short: bool) -> str:
    words = _spelled()
    if number < _ONE_WORD:
        word = words[number]
    else:
        tens, unit = divmod(number, _TEN)
        word = words[tens * _TEN] + (f" y {words[unit]}" if unit else "")
    if short and word.endswith("veintiuno"):
        return word[:-3] + "ún"
    if short and word.endswith("uno"):
        return word[:-1]
    return word


def _below_thousand(number: int, *, short: bool) -> str:
    if number == _HUNDRED:
        return "cien"
    hundreds, rest = divmod(number, 100)
    parts = [_spelled()[hundreds * _HUNDRED]] if hundreds else []
    if rest:
        parts.append(_below_hundred(rest, short=short))
    return " ".join(parts)


def spell_number(number: int, *, short: bool = True) -> str:
    """``number`` (0 to 999 999) in Spanish words.

    Args:
        number: the integer to spell.
        short: "un"/"veintiún" before a noun ("veintiún mil pesos"), not "uno".

    Examples:
        >>> spell_number(2500), spell_number(21_000), spell_number(135)
        ('dos mil quinientos', 'veintiún mil', 'ciento treinta y cinco')
    """
    if number == 0:
        return _spelled()[0]
    thousands, rest = divmod(number, 1000)
    parts = []
    if thousands:
        parts.append("mil" if thousands == 1 else _below_thousand(thousands, short=True) + " mil")
    if rest:
        parts.append(_below_thousand(rest, short=short))
    return " ".join(parts)


@functools.cache
def _currency_forms(place: str) -> tuple[tuple[str, str], ...]:
    """The oracle's own currency table (``lexicons/gen/currencies.tsv``): form, currency."""
    return tuple((form, key) for where, form, key in rows("gen/currencies.tsv") if where == place)


_LOCAL = {
    "$": {
        "CL": "CLP",
        "MX": "MXN",
        "AR": "ARS",
        "CO": "COP",
        "US": "USD",
        "ES": "USD",
        "PE": "USD",
    },
    "pesos": {"CL": "CLP", "MX": "MXN", "AR": "ARS", "CO": "COP"},
}


#: A one-letter sign ("Q") is drawn before amounts from this up: "Q1" is a quarter.
_LETTER_SIGN_FROM = 10


@functools.cache
def _local_signs() -> dict[str, tuple[str, str]]:
    """Each country's own sign (``lexicons/gen/local_signs.tsv``): country -> (sign, code)."""
    return {country: (sign, code) for country, sign, code in rows("gen/local_signs.tsv")}


_COMMA_COUNTRIES = (None, "CL", "AR", "CO", "ES")
_ALL_COUNTRIES = (None, "CL", "MX", "AR", "CO", "US", "ES")


@functools.cache
def _scales() -> tuple[tuple[str, str, int, bool], ...]:
    """Scale words after digits (``lexicons/gen/scales.tsv``): one, many, value, takes "de"."""
    return tuple(
        (one, many, int(value), de == "yes") for one, many, value, de in rows("gen/scales.tsv")
    )


def _currency(key: str, country: str | None) -> str | None:
    return _LOCAL[key].get(country or "") if key in _LOCAL else key


def _group(integer: str, separator: str) -> str:
    head = len(integer) % 3 or 3
    groups = [integer[:head]] + [integer[i : i + 3] for i in range(head, len(integer), 3)]
    return separator.join(groups)


def _digits(value: Decimal, *, comma_decimal: bool, grouped: bool) -> str:
    """``value`` (at most two decimals) in digits, in one separator convention."""
    integer, _, fraction = format(value, "f").partition(".")
    thousands, decimal_mark = (".", ",") if comma_decimal else (",", ".")
    if grouped:
        integer = _group(integer, thousands)
    fraction = fraction.rstrip("0")
    return integer + (decimal_mark + fraction if fraction else "")


@st.composite
def _number_part(draw: st.DrawFn, country: str | None) -> tuple[str, Decimal, bool, str | None]:
    """Text, value, whether "de" links a currency word, and the country it fits."""
    form = draw(st.sampled_from(("digits", "scaled", "words", "words scaled", "half")))
    if country == ANY_COUNTRY:
        comma = draw(st.booleans())
        country = draw(st.sampled_from(_COMMA_COUNTRIES if comma else _ALL_COUNTRIES))
    else:
        # "1.500" is 1,5 where the press writes a decimal point: write those countries'
        # numbers in their own convention.
        comma = country in _COMMA_COUNTRIES and draw(st.booleans())
    if form == "digits":
        integer = draw(st.integers(min_value=2, max_value=10**11))
        cents = draw(st.sampled_from((0, 5, 50, 99, 8, 25)))
        value = Decimal(integer) + Decimal(cents) / 100
        grouped = bool(draw(st.booleans()))
        takes_de = value >= 10**6 and value % 10**6 == 0
        return (
            _digits(value.normalize(), comma_decimal=comma, grouped=grouped),
            value,
            takes_de,
            country,
        )
    if form == "half":
        millions = draw(st.integers(min_value=0, max_value=999))
        if millions == 0:
            return "medio millón", Decimal(500_000), True, country
        words = "un millón" if millions == 1 else spell_number(millions) + " millones"
        return words + " y medio", Decimal(millions * 10**6 + 500_000), True, country
    scale = draw(st.sampled_from(_scales()))
    one, many, multiplier, takes_de = scale
    if form == "words":
        number = draw(st.integers(min_value=2, max_value=999_999))
        return spell_number(number), Decimal(number), False, country
    if form == "words scaled":
        number = draw(st.integers(min_value=1, max_value=999))
        if number == 1:
            word = "mil" if many == "mil" else f"un {one}"
            return word, Decimal(multiplier), takes_de, country
        value = Decimal(number * multiplier)
        return f"{spell_number(number)} {many}", value, takes_de, country
    head_int = draw(st.integers(min_value=1, max_value=999))
    tenths = draw(st.sampled_from((0, 5, 8, 25)))
    head = Decimal(head_int) + Decimal(tenths) / 100
    word = one if head == 1 else many
    text = _digits(head.normalize(), comma_decimal=comma, grouped=False)
    return f"{text} {word}", head * multiplier, takes_de, country


@st.composite
def money_amounts(draw: st.DrawFn, country: str | None = "*") -> RenderedAmount:
    """Random exact amounts written the ways Spanish news writes money.

    Digits in either separator convention ("1.200,50", "1,200.50"), with scale words
    ("5,8 millones", "3 mil millones"), in words ("dos mil quinientos", "un millón y
    medio"), with a currency sign or code before or after ("US$", "€", "UF") or a
    currency word after ("pesos", "de dólares"), foreign and historical currency words
    ("pesetas", "quetzales", "dólares canadienses"), each country's own sign with its
    hint ("Q179 millones" in Guatemala, "G. 160.083.711" in Paraguay), composed amounts
    ("15 dólares con 50", "trece euros y cuarenta y cinco céntimos", "15 USD 50") and
    prices as scrapers keep them ("1.837, 32 €", "€1'049,95", ".75 €").
    Shrinks toward small amounts in short renderings ("dos pesos", "$2").

    Args:
        draw: supplied by Hypothesis.
        country: the country hint every example is written for (``None``: no hint);
            by default, :data:`ANY_COUNTRY`, each example draws its own.

    Examples:
        >>> from hypothesis import given
        >>> from noticiaparse import parse_money
        >>> @given(money_amounts())
        ... def test_round_trip(rendered):
        ...     (money,) = parse_money(rendered.text, country=rendered.country)
        ...     assert (money.amount, money.currency) == (rendered.amount, rendered.currency)
        >>> test_round_trip()
        >>> from hypothesis import find
        >>> sample = find(money_amounts(country="CL"), lambda r: r.currency == "CLF")
        >>> sample.country, sample.amount < 10
        ('CL', True)
    """
    placement = draw(
        st.sampled_from(("prefix", "word", "suffix", "foreign", "local", "composed", "price"))
    )
    if placement in ("local", "composed", "price"):
        special = draw(_special(placement, country))
        if special is not None:
            return special
        placement = "word"
    text, value, takes_de, country = draw(_number_part(country))
    words_only = not any(c.isdigit() for c in text)
    if placement == "prefix" and not words_only:
        form, key = draw(st.sampled_from(_currency_forms("prefix")))
        space = " " if draw(st.booleans()) or form[-1].isalpha() else ""
        rendered = f"{form}{space}{text}"
    elif placement == "suffix" and not words_only:
        form, key = draw(st.sampled_from(_currency_forms("suffix")))
        rendered = f"{text} {form}"
    else:
        place = "foreign" if placement == "foreign" else "word"
        form, key = draw(st.sampled_from(_currency_forms(place)))
        rendered = f"{text} {'de ' if takes_de else ''}{form}"
    return RenderedAmount(
        text=rendered, amount=value, currency=_currency(key, country), country=country
    )


@st.composite
def _special(draw: st.DrawFn, placement: str, country: str | None) -> RenderedAmount | None:
    """A country's own sign, a composed amount or a scraped price (``None``: not for this hint)."""
    if placement == "local":
        if country == ANY_COUNTRY:
            country = draw(st.sampled_from(sorted(_local_signs())))
        if country not in _local_signs():
            return None
        sign, code = _local_signs()[country]
        text, value, _, _ = draw(_number_part(country))
        if not any(c.isdigit() for c in text) or (
            len(sign) == 1 and sign.isalpha() and value < _LETTER_SIGN_FROM
        ):
            return None  # words take no sign; "Q1" is a quarter
        space = " " if draw(st.booleans()) or sign[-1].isalpha() else ""
        return RenderedAmount(f"{sign}{space}{text}", value, code, country)
    units = draw(st.integers(min_value=2, max_value=999))
    cents = draw(st.integers(min_value=10, max_value=99))
    value = Decimal(units) + Decimal(cents) / 100
    if placement == "composed":
        text = draw(
            st.sampled_from(
                (
                    f"{units} dólares con {cents}",
                    f"{units} USD {cents}",
                    f"{spell_number(units)} euros y {spell_number(cents)} céntimos",
                )
            )
        )
        currency = "EUR" if "euros" in text else "USD"
        return RenderedAmount(text, value, currency, None if country == ANY_COUNTRY else country)
    if country not in (ANY_COUNTRY, "ES"):
        return None
    big = draw(st.integers(min_value=1000, max_value=999_999))
    thousands, rest = divmod(big, 1000)
    forms = {
        "ES": (
            (f"{thousands}.{rest:03d}, {cents} €", Decimal(big) + Decimal(cents) / 100, "EUR"),
            (f"€{thousands}'{rest:03d},{cents}", Decimal(big) + Decimal(cents) / 100, "EUR"),
            (f".{cents} €", Decimal(cents) / 100, "EUR"),
        ),
    }
    text, amount, currency = draw(st.sampled_from(forms["ES"]))
    return RenderedAmount(text, amount, currency, "ES")
