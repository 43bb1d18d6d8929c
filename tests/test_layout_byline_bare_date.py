"""A byline of names alone and the date on one line: "Ana Soto 3 de julio de 2024".

Many themes print the author's name and the date side by side in one meta row, with no
lead ("Por") and no mark between; a renderer may also join the date's line to a name
element that ended with a space ("Ana Soto \\n3 de julio …"). The names are read as a
person's when they open with a given name (lexicon ``first_names.txt``); a place before a
date ("Buenos Aires 3 de julio de 2024") opens with none and names nobody.
"""

from __future__ import annotations

import datetime as dt

import pytest

from noticiaparse import parse_layout

_TITLE = "La Feria del Libro cierra con récord de visitantes y de ventas"
_DECK = "Los organizadores contaron más de un millón de asistentes en tres semanas."
_P1 = (
    "La Feria Internacional del Libro cerró este domingo su edición número cuarenta con "
    "un récord de visitantes, según informaron los organizadores en una conferencia."
)
_P2 = (
    "Las editoriales independientes destacaron el aumento de las ventas de narrativa "
    "latinoamericana y pidieron más espacio para los sellos pequeños el próximo año."
)


@pytest.mark.parametrize(
    ("meta", "authors", "day"),
    [
        ("Lucía Fernández 3 de julio de 2024", ("Lucía Fernández",), dt.date(2024, 7, 3)),
        ("Tomás Aguirre 03/07/2024 18:40", ("Tomás Aguirre",), dt.date(2024, 7, 3)),
        (
            "Carmen Rosa Villalobos y Jorge Peña Miércoles 3 de julio de 2024",
            ("Carmen Rosa Villalobos", "Jorge Peña"),
            dt.date(2024, 7, 3),
        ),
        ("Lucía Fernández \n3 de julio de 2024 · 18:40", ("Lucía Fernández",), dt.date(2024, 7, 3)),
    ],
    ids=["ar-long-date", "mx-figures-time", "pe-two-names-weekday", "soup-space-joined"],
)
def test_names_and_date_on_one_line(meta: str, authors: tuple[str, ...], day: dt.date) -> None:
    page = f"{_TITLE}\n{_DECK}\n{meta}\n{_P1}\n{_P2}\n"
    layout = parse_layout(page)
    assert layout.authors == authors
    assert layout.published is not None
    value = layout.published.value
    assert (value.date() if isinstance(value, dt.datetime) else value) == day
    assert [p.text for p in layout.body] == [_P1, _P2]


@pytest.mark.parametrize(
    "meta", ["Buenos Aires 3 de julio de 2024", "Nueva York 3 de julio de 2024"]
)
def test_a_place_before_the_date_names_nobody(meta: str) -> None:
    page = f"{_TITLE}\n{_DECK}\n{meta}\n{_P1}\n{_P2}\n"
    layout = parse_layout(page)
    assert layout.authors == ()
