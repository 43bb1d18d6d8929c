# ruff: noqa: SLF001 - the shapes' guards themselves are under test
"""A date shape is tried (and compiled) only where the text can start it.

At a letter a shape needs one of its own first words there, whole ("martes" is a
weekday, not the first word of a day-first date or of a month); at a number the
day-first shape needs what can follow a day before its month, and after a weekday
its day; a relative date's lead its count. Both are guards: a
shape they turn away could not have matched there, which the agreement test checks
against trying every shape at every position.
"""

from __future__ import annotations

from typing import Any

import pytest
import regex

import noticiaparse
from noticiaparse._extract import dates

_SENTENCES = [
    "El martes 3 de mayo, el ministro habló; el miércoles 4, no.",
    "Hace tres días llegaron 15 personas y 20 familias desde el sur.",
    "A mediados de marzo de 2021 y a finales del mes pasado, todo cambió.",
    "Los días 3, 4 y 5 de junio; el 1º de julio; el 1ro de agosto y el 1er día de sept.",
    "Entre el 12 y el 14 de dic. de 2019 hubo 10 años de espera y 3 millones de votos.",
    "Ayer, hoy y pasado mañana; anteanoche y antes de ayer; el próximo mes y este mes.",
    "Publicado el 07/08/2022 a las 10.30, con 25 comentarios y 4 de 10 votos.",
    "Hubo 1.500 heridos, 2.3 millones de pesos, el 20, el 21 y el 3.4.21; y el 2021-03-04.",
    "Dentro de dos semanas, el domingo próximo, se sabrá; el 20 de ese mes, el 21.",
    "El veintiuno de abril y el treinta y uno de octubre; primer día de enero.",
    "En la madrugada del 15, la jornada del 16 de este mes, y en la tarde del 17.",
    "Fue el 5 mayo 2020, el 6-7 de mayo y el 8 al 10 de noviembre de 2021.",
    "Marzo 11, 2023; setiembre 2 y el sábado; 1.500 personas, 2023 votos, 45%.",
]


def _unguarded(low: str, start: int, end: int) -> Any:
    """Every shape whose first character fits, as before the word, day and date guards."""
    char = low[start]
    at_number = char in dates._DIGITS
    for index, (initials, pattern) in enumerate(dates._shapes()):
        if char in initials:
            guard = dates._guard(index, at_number=True) if at_number else None
            if guard is not None and pattern[4] in "gk" and guard.match(low, start, end) is None:
                continue
            match = dates._shape(index).match(low, start, end)
            if match is not None:
                return match
    return None


def _key(match: Any) -> Any:
    return None if match is None else (match.span(), match.groupdict())


@pytest.mark.parametrize("sentence", _SENTENCES, ids=[s[:24] for s in _SENTENCES])
def test_the_guards_turn_away_only_shapes_that_could_not_match(sentence: str) -> None:
    low = sentence.lower()
    for start in range(len(low)):
        assert _key(dates._match_at(low, start, len(low))) == _key(
            _unguarded(low, start, len(low))
        ), low[start:]


def test_every_first_word_is_whole_letters() -> None:
    # the guard reads the letters at a position as one word: each shape's first words
    # must be letters only, and every phrase a first word opens goes on after a space
    assert all(word.isalpha() for words in dates._shape_words() for word in words)


@pytest.mark.parametrize(
    ("text", "tried"),
    [
        ("El martes llegó la delegación.", "e"),
        ("El martes 3 de mayo llegó.", "b"),
        ("El martes, día 3 de mayo.", "b"),
        ("Hace tres días que no llueve.", "r"),
        ("A mediados de mayo se sabrá.", "d"),
        ("Mañana se vota.", "fg"),
        ("Este año y este mes.", "r"),
        ("Hace falta más; este año, no.", ""),
        ("Hace ya dos semanas.", "r"),
        ("Llegó en mayo de 2020 y volvió en junio.", "d"),
        ("Fue mayo 11, 2023.", "c"),
        ("Llegaron 15 personas y 3 millones de votos.", ""),
        ("Hubo 1.500 heridos y 20 muertos; 2.3 millones.", ""),
        ("El 3 de mayo y el 4.", "bh"),
    ],
    ids=[
        "weekday",
        "weekday-day",
        "weekday-dia",
        "relative",
        "part-of-month",
        "deictic",
        "este",
        "hace-falta",
        "hace-ya",
        "month-alone",
        "month-first",
        "counts",
        "thousands-and-lists",
        "day-first",
    ],
)
def test_a_shape_is_tried_only_where_its_first_word_or_day_stands(
    monkeypatch: pytest.MonkeyPatch, text: str, tried: str
) -> None:
    shapes = dates._shapes()
    names: set[str] = set()
    original = dates._shape

    def shape(index: int) -> regex.Pattern[str]:
        names.add(shapes[index][1][4])
        return original(index)

    monkeypatch.setattr(dates, "_shape", shape)
    noticiaparse.parse_dates(text)
    assert tried == "".join(sorted(names))
