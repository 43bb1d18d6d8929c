"""The text basics written once: fold, Span, the sentence splitter, the mark pairer."""

from __future__ import annotations

import unicodedata

import attrs
import pytest
import regex

from noticiaparse._layout.boilerplate import furniture_kind
from noticiaparse._text.fold import fold
from noticiaparse._text.marks import Family, family_of, is_mark, pair_marks, quoted_spans
from noticiaparse._text.numbers import number_words
from noticiaparse._text.record import record_repr
from noticiaparse._text.sentences import (
    breaks_between,
    is_break,
    sentence_bounds,
    sentence_end,
    sentence_start,
)
from noticiaparse._text.span import Span
from noticiaparse._text.spine import collapse


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  Lee TAMBIÉN:  el  caso ", "lee tambien: el caso"),  # a layout line
        ("MILLÓN", "millon"),  # a number word
        ("Dólares", "dolares"),
        ("pingüino", "pinguino"),
        ("Año", "ano"),
        ("lee\u00a0también", "lee tambien"),  # a no-break space is white space
        ("1.ª\tvuelta", "1.a vuelta"),
        ("", ""),
    ],
    ids=["line", "upper-accent", "capital", "dieresis", "enye", "nbsp", "ordinal-tab", "empty"],
)
def test_fold(text: str, expected: str) -> None:
    assert expected == fold(text)


@pytest.mark.parametrize(
    "text",
    [
        "Çà et là, São Paulo: Ñuñoa, Güemes, «Bogotá» — 2.º piso",
        "Kraków, Dvořák, Łódź, ﬁn, Å, İstanbul, x\u0301\u0323y, e\u0300\u0301",
        "ÁÉÍÓÚ áéíóú ÄËÏÖÜ äëïöü Ññ",
        "a\u0308\u0301 ¿qué? ¡sí! “así” ½ ²",
    ],
    ids=["latin", "other-marks", "spanish-only", "stacked-and-signs"],
)
def test_fold_takes_off_every_non_spacing_mark(text: str) -> None:
    # the Spanish marks are replaced first, the rest by the pattern: one result
    expected = " ".join(
        regex.sub(r"\p{Mn}+", "", unicodedata.normalize("NFKD", text.casefold())).split()
    )
    assert expected == fold(text)


@pytest.mark.parametrize(
    "space",
    [" ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u2009", "\u202f", "\u3000", "\u2028", "\x1c"],
    ids=[
        "one",
        "two",
        "tab",
        "newline",
        "crlf",
        "nbsp",
        "thin",
        "narrow-nbsp",
        "ideographic",
        "line-separator",
        "file-separator",
    ],
)
def test_fold_and_collapse_take_every_white_space_as_split_does(space: str) -> None:
    # a text is returned as folded only when it is printable, with no space doubled or at
    # an end: every other white space is a separator or a control character
    for text in (f"Ana{space}Soto", f"{space}Ana Soto", f"Ana Soto{space}", f"a{space}{space}b"):
        assert fold(text) == " ".join(text.casefold().split())
    assert fold("¨") == ""  # (a spacing diaeresis decomposes to a space and its mark)
    for text in (f"Ana{space}Soto", f"{space}Ana", f"Soto{space}", f"a{space}{space}b", "Ana"):
        assert collapse(text) == " ".join(text.split())


def test_fold_serves_the_number_words_and_the_layout_lines() -> None:
    # the two former call sites: number words looked up folded, furniture lines matched folded
    assert number_words()[fold("MILLONES")] == number_words()["millones"]
    assert furniture_kind("LEE TAMBIÉN:") == furniture_kind("lee tambien:") is not None


def test_span() -> None:
    span = Span(3, 8)
    assert (3, 8) == span
    assert 5 == span.size
    assert 0 == Span(8, 3).size
    assert "ministr" not in span.of("El ministro")
    assert "minis" == span.of("El ministro")
    assert span.covers(3)
    assert not span.covers(8)
    assert span.holds(Span(3, 8))
    assert not span.holds(Span(2, 8))


@pytest.mark.parametrize(
    ("text", "breaks"),
    [
        ("Llegó. Se fue.", [5, 13]),
        ("¿Vino? ¡No!", [5, 10]),
        ("Costó 1.500 pesos y a las 10.30 se fue", []),
        ("Primera línea\nSegunda", [13]),
        ("S.A., dijo", []),
    ],
    ids=["stops", "question-exclamation", "points-in-numbers", "line-break", "abbreviation-comma"],
)
def test_breaks(text: str, breaks: list[int]) -> None:
    assert breaks == [i for i in range(len(text)) if is_break(text, i)]


def test_sentence_start_and_end() -> None:
    text = "Llegó tarde. El ministro dijo que sí. Luego se fue."
    pos = text.index("dijo")
    assert " El ministro dijo que sí" == sentence_bounds(text, pos, 0, len(text)).of(text)
    assert 0 == sentence_start(text, 5, 0)
    assert len(text) - 1 == sentence_end(text, text.index("Luego"), len(text))
    # the reach and the floor and ceiling limit the search
    assert pos - 3 == sentence_start(text, pos, 0, reach=3)
    assert pos + 3 == sentence_end(text, pos, len(text), reach=3)
    assert 20 == sentence_start(text, pos, 20)
    assert pos + 2 == sentence_end(text, pos, pos + 2)


def test_a_position_on_the_space_after_a_stop_is_still_in_that_sentence() -> None:
    text = "—dijo el ministro—. Vamos a revisar."
    space = text.index(" Vamos")
    assert 0 == sentence_start(text, space, 0)
    assert space == sentence_start(text, space + 1, 0)
    assert 4 == sentence_start("uno\ndos", 6, 0)
    assert 4 == sentence_start("uno\ndos", 4, 0)  # a line break needs no space after it


def test_breaks_between() -> None:
    assert not breaks_between("el 22 y el 23", 0, 13)
    assert breaks_between("el 22. El 23", 0, 12)
    assert not breaks_between("el 22, a las 10.30, y el 23", 0, 27)


def test_mark_families() -> None:
    assert Family.GUILLEMET is family_of("«") is family_of("»")
    assert Family.DOUBLE is family_of("„")
    assert family_of("a") is None
    assert is_mark("‹")
    assert not is_mark("-")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dijo «no» y «sí».", ["no", "sí"]),
        ("El «Plan “Aurora”» sigue.", ["Plan “Aurora”"]),
        ("La calle O'Higgins y el 'Chino' Ríos.", ["Chino"]),
        ('Mide 5\'10" y dijo "hola".', ["hola"]),
        ("„Hola“, dijo.", ["Hola"]),
        ("Sin cerrar «esto", []),
    ],
    ids=["two", "nested", "apostrophe", "prime", "low-double", "unclosed"],
)
def test_quoted_spans(text: str, expected: list[str]) -> None:
    assert expected == [span.of(text) for span in quoted_spans(text, 0, len(text))]


def test_pair_marks_carries_an_open_mark_into_the_next_paragraph() -> None:
    first = "«Empieza aquí"
    _, left, _ = pair_marks(first, 0, len(first))
    assert [(Family.GUILLEMET, 0, 1)] == left
    second = "y termina acá»."
    pairs, left, _ = pair_marks(second, 0, len(second), left)
    assert [] == left
    assert [(0, 1, 13, 13, 0)] == pairs


def _pair_classes() -> tuple[type, type]:
    def shout(value: object) -> str:
        return str(value).upper()

    @attrs.frozen
    class Record:
        name: str
        size: int = 0
        hidden: str = attrs.field(default="", repr=False)
        loud: str = attrs.field(default="x", repr=shout)
        items: tuple[object, ...] = ()

    @attrs.frozen(repr=False)
    class Shared:
        __repr__ = record_repr

        name: str
        size: int = 0
        hidden: str = attrs.field(default="", repr=False)
        loud: str = attrs.field(default="x", repr=shout)
        items: tuple[object, ...] = ()

    return Record, Shared


@pytest.mark.parametrize(
    "args",
    [("a",), ("b", 3, "secret", "quiet", (1, "dos")), ("'quoted'\n", -1, "", "", ())],
    ids=["defaults", "every-field", "escapes"],
)
def test_the_shared_record_repr_shows_what_attrs_repr_shows(args: tuple[object, ...]) -> None:
    record, shared = _pair_classes()
    assert repr(record(*args)).replace("Record", "Shared") == repr(shared(*args))
