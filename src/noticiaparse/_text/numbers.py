"""Spanish numbers as news pages write them: digits, separators, words and scales.

Two readers, both exact (:class:`~decimal.Decimal`, never a float):

- :func:`read_digits` reads one run of digits and separators. A number with both a
  dot and a comma, or with one separator repeated, decides its own convention
  (``1.234,5``; ``1,200.50``; ``5.800.000``). One separator followed by other than
  three digits is a decimal mark (``5,8``; ``3.6``; ``727,06``). One separator
  followed by exactly three digits (``1.500``, ``1,500``) is the only ambiguous
  shape: a comma there groups thousands, and so does a dot unless the country writes
  a decimal point (``lexicons/decimal_marks.tsv``: Mexico's ``4.500`` is 4,5).
- :func:`scan_quantity` reads a whole quantity starting at a position: digits and
  Spanish number words (``lexicons/numbers.tsv``) combined with the scale words of the
  long scale (mil = 10^3, millón = 10^6, mil millones = 10^9, billón = 10^12) and
  scale abbreviations (``lexicons/scales.tsv``), as in "5,8 millones", "2 mil 700
  millones", "dos mil quinientos millones", "un millón y medio", "medio millón".

Everything here is linear in its input: token patterns have no nested unbounded
repetition, and a quantity reads at most :data:`MAX_TOKENS` tokens.
"""

from __future__ import annotations

import decimal
import functools
import re
from collections.abc import Mapping
from decimal import Decimal
from typing import NamedTuple

import attrs

from noticiaparse._text.fold import fold
from noticiaparse._text.lexicons import rows
from noticiaparse._text.record import record_repr

__all__ = [
    "MAX_DIGITS",
    "MAX_TOKENS",
    "NumberWord",
    "Quantity",
    "decimal_mark",
    "is_year_like",
    "number_words",
    "read_digits",
    "scan_quantity",
    "tidy",
    "words_to_number",
]

#: The most tokens one quantity may span ("dos mil quinientos treinta y cinco millones").
MAX_TOKENS = 24
#: The longest digit run (with separators) read as a number; longer runs are not amounts.
MAX_DIGITS = 24
#: Exact arithmetic room for the largest quantity (24 digits times a trillón, and more).
_EXACT = decimal.Context(prec=120)
#: Digits in a group of thousands ("1.500.000"), and at most in the first group.
_GROUP = 3
_THOUSAND = 1000
#: A four-digit number in these years reads as a year, not a quantity ("en 2019").
_YEAR_DIGITS = 4
_YEARS = range(1800, 2200)


#: One token of a quantity, after optional spaces: a digit run with separators, or a word.
TOKEN = re.compile(
    r" {0,8}(?:(?P<num>\d{1,3}(?: \d{3}(?!\d)){1,8}(?:,\d{1,2}(?!\d))?"
    r"|\d{1,3}(?:['’]\d{3}(?!\d)){1,8}(?:[.,]\d{1,2}(?!\d))?|\d+(?:[.,]\d+)*)"
    r"|(?P<word>[^\W\d_]+))"
)


#: What :func:`read_digits` accepts: the ``num`` alternative of :data:`TOKEN`.
_SHAPE = re.compile(
    r"\d{1,3}(?: \d{3}){1,8}(?:,\d{1,2})?|\d{1,3}(?:['’]\d{3}){1,8}(?:[.,]\d{1,2})?"
    r"|\d+(?:[.,]\d+)*"
)


def is_year_like(digits: str) -> bool:
    """Whether a digit run reads as a year of news (1800 to 2199).

    Examples:
        >>> is_year_like("2019"), is_year_like("1500"), is_year_like("20190")
        (True, False, False)
    """
    return len(digits) == _YEAR_DIGITS and digits.isdigit() and int(digits) in _YEARS


class NumberWord(NamedTuple):
    """A Spanish number word: its value and its kind (see ``lexicons/numbers.tsv``)."""

    value: Decimal
    kind: str


@functools.cache
def number_words() -> Mapping[str, NumberWord]:
    """Folded number words -> value and kind.

    Examples:
        >>> number_words()["millon"]
        NumberWord(value=Decimal('1000000'), kind='big')
    """
    return {
        fold(word): NumberWord(Decimal(value), kind) for word, value, kind in rows("numbers.tsv")
    }


@functools.cache
def _scale_abbreviations() -> tuple[Mapping[str, Decimal], Mapping[str, Decimal]]:
    exact: dict[str, Decimal] = {}
    folded: dict[str, Decimal] = {}
    for form, value, case in rows("scales.tsv"):
        (exact if case == "exact" else folded)[form if case == "exact" else fold(form)] = Decimal(
            value
        )
    return exact, folded


@functools.cache
def _decimal_marks() -> Mapping[str, str]:
    return {row[0]: row[1] for row in rows("decimal_marks.tsv")}


def decimal_mark(country: str | None) -> str:
    """The decimal mark the press of ``country`` writes: ``"."`` or ``","`` (the default).

    Examples:
        >>> decimal_mark("MX"), decimal_mark("CL"), decimal_mark(None)
        ('.', ',', ',')
    """
    if country is None:
        return ","
    return _decimal_marks().get(country, ",")


def _thousands(parts: list[str]) -> bool:
    return 1 <= len(parts[0]) <= _GROUP and all(len(p) == _GROUP for p in parts[1:])


def read_digits(digits: str, mark: str = ",") -> Decimal | None:
    """The value of a run of digits with dot and comma separators, or ``None``.

    Args:
        digits: digits and separators only, starting and ending with a digit.
        mark: the decimal mark to assume when the shape leaves it open
            (:func:`decimal_mark`).

    Returns:
        The exact value, or ``None`` for shapes that are not a number (``10.11.2023``).

    Examples:
        >>> read_digits("5.800.000"), read_digits("5,8"), read_digits("1,200.50")
        (Decimal('5800000'), Decimal('5.8'), Decimal('1200.50'))
        >>> read_digits("4.500"), read_digits("4.500", mark=".")
        (Decimal('4500'), Decimal('4.500'))
        >>> read_digits("10.11.2023") is None
        True
    """
    if len(digits) > MAX_DIGITS or _SHAPE.fullmatch(digits) is None:
        return None
    if "'" in digits or "’" in digits:  # "1'049,95", "1’500.50": apostrophes group thousands
        grouped = digits.replace("’", "'")
        cut = max(grouped.rfind("."), grouped.rfind(","))
        integer, fraction = (grouped[:cut], grouped[cut + 1 :]) if cut >= 0 else (grouped, "")
        return Decimal(integer.replace("'", "") + ("." + fraction if fraction else ""))
    if " " in digits:  # "1 500 000", "2 500,50": spaces group thousands
        integer, _, fraction = digits.partition(",")
        return Decimal(integer.replace(" ", "") + ("." + fraction if fraction else ""))
    has_dot = "." in digits
    has_comma = "," in digits
    if not has_dot and not has_comma:
        return Decimal(digits) if digits.isdigit() else None
    if has_dot and has_comma:
        decimal_sep = "." if digits.rfind(".") > digits.rfind(",") else ","
        group_sep = "," if decimal_sep == "." else "."
        integer, _, fraction = digits.rpartition(decimal_sep)
        if decimal_sep in integer or not _thousands(integer.split(group_sep)):
            return None
        return Decimal(integer.replace(group_sep, "") + "." + fraction)
    sep = "." if has_dot else ","
    parts = digits.split(sep)
    if digits.count(sep) > 1:  # the separator repeats: it groups thousands
        return Decimal("".join(parts)) if _thousands(parts) else None
    integer, fraction = parts
    grouping = len(fraction) == _GROUP and _thousands(parts) and integer != "0"
    if grouping and (sep == "," or mark == ","):
        return Decimal(integer + fraction)
    return Decimal(integer + "." + fraction)


class Quantity(NamedTuple):
    """A quantity read from text: its value and what a range may share from it.

    Attributes:
        value: the full value ("5,8 millones" -> 5800000).
        start: offset of its first character.
        end: offset just after its last character (the last scale word).
        head: the number right before its trailing scale words ("13" in "13 mil").
        scale: the product of its trailing scale words (1000 in "13 mil"; 1 if none).
        year_like: a bare four-digit integer between 1800 and 2199 ("2019").
    """

    value: Decimal
    start: int
    end: int
    head: Decimal
    scale: Decimal = Decimal(1)
    year_like: bool = False


_NUMBERS = frozenset({"num", "unit", "teen", "tens", "hundreds"})


@attrs.define(repr=False)
class _State:
    """The running sums of a quantity being read (long scale)."""

    __repr__ = record_repr

    high: Decimal = Decimal(0)  # the parts already multiplied by millón or more
    group: Decimal = Decimal(0)  # thousands below the current millón
    small: Decimal = Decimal(0)  # below a thousand
    last: str | None = None
    last_big: Decimal | None = None
    head: Decimal = Decimal(0)
    scale: Decimal = Decimal(1)
    year_like: bool = False

    def total(self) -> Decimal:
        return self.high + self.group + self.small


def _word_at(text: str, pos: int, end: int) -> tuple[str, int] | None:
    match = TOKEN.match(text, pos, end)
    if match is None or match.group("word") is None:
        return None
    return match.group("word"), match.end()


def _big_scale(word: str) -> Decimal | None:
    exact, folded = _scale_abbreviations()
    if word in exact:
        return exact[word]
    value = number_words().get(fold(word))
    if value is not None and value.kind == "big":
        return value.value
    return folded.get(fold(word))


def _add_number(state: _State, value: Decimal, kind: str, text: str) -> bool:
    """Add a number atom if it may follow ``state.last``; ``False`` ends the quantity."""
    last = state.last
    if kind == "num":
        if last in _NUMBERS or last in ("half", "half_small"):
            return False
        if last == "thousand" and (value >= _THOUSAND or value != value.to_integral_value()):
            return False
        state.year_like = last is None and is_year_like(text)
    elif kind == "unit":
        if last not in (None, "tens_y", "hundreds", "thousand", "big"):
            return False
    elif kind in ("teen", "tens"):
        if last not in (None, "hundreds", "thousand", "big"):
            return False
    elif kind == "hundreds" and last not in (None, "thousand", "big"):
        return False
    state.small += value
    state.head = state.small
    state.scale = Decimal(1)
    state.last = kind
    return True


def _add_thousand(state: _State) -> bool:
    if state.last == "thousand":
        return False
    if state.last in _NUMBERS or state.last in ("half_start", "half_small"):
        state.group += state.small * 1000
    elif state.last in (None, "big"):
        state.group += 1000
        state.head = Decimal(1)
        state.scale = Decimal(1)
    else:
        return False
    state.small = Decimal(0)
    state.scale *= 1000
    state.last = "thousand"
    return True


def _add_big(state: _State, scale: Decimal) -> bool:
    if state.last not in _NUMBERS and state.last not in ("thousand", "half_start", "half_small"):
        return False
    if state.last_big is not None and scale >= state.last_big:
        return False
    state.high += (state.group + state.small) * scale
    state.group = state.small = Decimal(0)
    state.scale *= scale
    state.last = "big"
    state.last_big = scale
    return True


def _add_and(state: _State, text: str, pos: int, end: int) -> int | None:
    """After "y": the end of "y medio" or of the unit of "treinta y cinco", else ``None``."""
    following = _word_at(text, pos, end)
    if following is None:
        return None
    word = number_words().get(fold(following[0]))
    if word is None:
        return None
    if word.kind == "unit" and state.last == "tens" and word.value > 0:
        state.last = "tens_y"
        _add_number(state, word.value, "unit", following[0])
        return following[1]
    if word.kind == "half" and state.last in ("big", "thousand", *_NUMBERS):
        if state.last == "big" and state.last_big is not None:
            state.high += state.last_big / 2
        elif state.last == "thousand":
            state.group += 500
        else:
            state.small += Decimal("0.5")
            state.head = state.small
            state.last = "half_small"
            return following[1]
        state.last = "half"
        return following[1]
    return None


def scan_quantity(
    text: str, pos: int, end: int | None = None, mark: str = ",", *, glued: bool = False
) -> Quantity | None:
    """Read the quantity that starts at ``pos`` (after optional spaces), or ``None``.

    Args:
        text: the text to read.
        pos: where the quantity may start.
        end: where reading must stop (default: the end of ``text``).
        mark: the decimal mark for ambiguous digit runs (:func:`decimal_mark`).
        glued: whether digits at ``pos`` may follow a letter (a code before them:
            "USD500"); otherwise "G20" is not a quantity.

    Returns:
        The longest well-formed quantity at ``pos``; ``None`` when there is none
        (a scale word alone, "millones", is not a quantity).

    Examples:
        >>> scan_quantity("US$ 3.000 millones", 3).value
        Decimal('3000000000')
        >>> q = scan_quantity("unos 2 mil 700 millones de dólares", 5)
        >>> q.value, q.head, q.scale, q.end
        (Decimal('2700000000'), Decimal('700'), Decimal('1000000'), 23)
    """
    stop = len(text) if end is None else end
    state = _State()
    start: int | None = None
    done: tuple[Decimal, int, Decimal, Decimal] | None = None  # value, end, head, scale
    cursor = pos
    for _ in range(MAX_TOKENS):  # pragma: no branch - well-formed quantities end sooner
        match = TOKEN.match(text, cursor, stop)
        if match is None:
            break
        if match.group("num") is not None:
            at = match.start("num")
            if at > 0 and text[at - 1].isalpha() and not (glued and at == pos):
                break  # "G20", "COVID19"
            after = _step_number(state, text, match, stop, mark)
        else:
            after = _step_word(state, text, match, stop)
        if after is None:
            break
        if start is None:
            start = match.end() - len(match.group().lstrip(" "))
        cursor = after
        if state.last != "half_start":
            done = (state.total(), after, state.head, state.scale)
    if done is None or start is None:
        return None
    value, stop_at, head, scale = done
    return Quantity(
        value=tidy(value),
        start=start,
        end=stop_at,
        head=tidy(head),
        scale=scale,
        year_like=state.year_like and scale == 1,
    )


def _step_number(
    state: _State, text: str, match: re.Match[str], stop: int, mark: str
) -> int | None:
    """Take a digit run; its end, or ``None`` when the quantity ends before it."""
    number = match.group("num")
    value = read_digits(number, mark)
    if value is None or not _add_number(state, value, "num", number):
        return None
    if state.last_big is not None and not _scale_follows(text, match.end(), stop):
        return None
    return match.end()


def _start_half(state: _State, value: Decimal, text: str, after: int, stop: int) -> int | None:
    """Take "medio"/"media" opening a quantity: only before a scale ("medio millón")."""
    if state.last is not None:
        return None
    following = _word_at(text, after, stop)
    if following is None:
        return None
    if fold(following[0]) != "mil" and _big_scale(following[0]) is None:
        return None
    state.small = state.head = value
    state.last = "half_start"
    return after


def _step_word(state: _State, text: str, match: re.Match[str], stop: int) -> int | None:
    """Take a number, scale or joining word; its end, or ``None`` to end the quantity."""
    word = match.group("word")
    after = match.end()
    folded = fold(word)
    entry = number_words().get(folded)
    kind = entry.kind if entry is not None else None
    if entry is not None and kind in _NUMBERS:
        if state.last_big is not None and not _scale_follows(text, after, stop):
            return None
        return after if _add_number(state, entry.value, entry.kind, word) else None
    if kind == "thousand":
        return after if _add_thousand(state) else None
    if entry is not None and kind == "half":
        return _start_half(state, entry.value, text, after, stop)
    if folded == "y":
        return _add_and(state, text, after, stop) if state.last is not None else None
    scale = _big_scale(word) if state.last is not None else None
    if scale is None or not _add_big(state, scale):
        return None
    if entry is None and word not in _scale_abbreviations()[0] and text.startswith(".", after):
        after += 1  # "mill."
    return after


def _scale_follows(text: str, pos: int, end: int) -> bool:
    """Whether a number word or scale word comes next (for "3 millones 500 mil")."""
    word = _word_at(text, pos, end)
    if word is None:
        return False
    entry = number_words().get(fold(word[0]))
    return entry is not None and entry.kind in ("thousand", "big")


def tidy(value: Decimal) -> Decimal:
    """An integral value without a fractional part ("5800000.0" -> "5800000")."""
    exponent = value.as_tuple().exponent
    if exponent == 0:
        return value  # already an integer written without a fraction: "1500"
    if value == value.to_integral_value():
        return value.quantize(Decimal(1), context=_EXACT)
    return value.normalize(context=_EXACT)


def words_to_number(phrase: str, mark: str = ",") -> Decimal | None:
    """The value of ``phrase`` when the whole of it is one quantity, else ``None``.

    Examples:
        >>> words_to_number("dos mil quinientos millones")
        Decimal('2500000000')
        >>> words_to_number("un millón y medio"), words_to_number("medio millón")
        (Decimal('1500000'), Decimal('500000'))
        >>> words_to_number("mil millones"), words_to_number("un billón")
        (Decimal('1000000000'), Decimal('1000000000000'))
        >>> words_to_number("cinco personas") is None
        True
    """
    text = phrase.strip()
    quantity = scan_quantity(text, 0, len(text), mark)
    if quantity is None or quantity.end != len(text):
        return None
    return quantity.value
