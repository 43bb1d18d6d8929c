# ruff: noqa: SLF001 - the readers' early exits themselves are under test
"""The cheap early exits of the byline and publication-line readers change no reading.

Each exit is a necessary condition of the reader it guards: what it rejects the reader
would have rejected after its patterns and lexicon walks. The lexicons the byline exit
relies on hold none of its characters; the guarded and unguarded readings agree on lines
written for it, with non-ASCII digits and marks among them.
"""

from __future__ import annotations

import pytest
import regex

from noticiaparse._layout import byline, published
from noticiaparse._layout.boilerplate import layout_words
from noticiaparse._text.fold import fold
from noticiaparse._text.lexicons import rows

_BYLINE_LINES = [
    "Ana Díaz 2021",
    "¿Quién es Ana Díaz?",
    "«Ana Díaz»",
    "Zona de Lectores:",
    ": Ana Díaz",
    "Ana Díaz: Madrid",
    "Luis Mora #1",
    "EFE 24",
    "Redacción 3",
    "Ana Díaz y Luis Mora 2",
    "Camila Rojas | Periodista 1",
    "Por Ana Soto (EFE) 3",
]

_DATE_LINES = [
    "Martes 16 de marzo de 2021",
    "Publicado: 16 Mar 21",
    "16/03/21 17:27",
    "Actualizado hace 3 horas",
    "Sábado 3 de mayo",
    "Publicado el １６/０３/２０２１",
    "Publicado: 16 mar ٢٠٢١",
    "Publicado: 16 de marzo de 20\u030121",
    "Publicado el 16 de marzo de ²⁰²¹",
    "Publicado: 16\u0301/03",
    "**Publicado: 16/03/20**21",
    "12 comentarios",
]


def test_byline_lexicons_hold_no_character_of_the_exit() -> None:
    spellings = [fold(row[0]) for row in rows("credits.tsv") if row[1:]]
    particles = list(layout_words("name_particle"))
    assert not any(byline._NO_NAME & set(s) for s in spellings + particles)
    assert not byline._NO_NAME & byline._NAME_MARKS


@pytest.mark.parametrize("text", _BYLINE_LINES, ids=range(len(_BYLINE_LINES)))
def test_the_byline_exit_changes_no_reading(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    guarded = byline.read_byline(text)
    monkeypatch.setattr(byline, "_NO_NAME", frozenset())
    assert byline.read_byline(text) == guarded


@pytest.mark.parametrize("text", _DATE_LINES, ids=range(len(_DATE_LINES)))
def test_the_date_line_exit_changes_no_reading(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    guarded = published.read_date_line(text)
    # without the exit: every line shows a year (its patterns still need their own)
    monkeypatch.setattr(published, "_YEAR", regex.compile(""))
    assert published.read_date_line(text) == guarded


_DATELESS_LINES = [
    "Ana Soto, 12 comentarios",
    "Por Ana Soto | hace 3 horas",
    "Sábado 3 de mayo, Lima",
    "Luis Mora – 16 mar · 5 min",
    "Ana Díaz (EFE), 2 fotos",
]


@pytest.mark.parametrize(
    "text", _DATE_LINES + _DATELESS_LINES, ids=range(len(_DATE_LINES + _DATELESS_LINES))
)
def test_no_date_within_reads_no_stretch_as_a_date_line(text: str) -> None:
    if not published.no_date_within(text):
        return
    cuts = [0, *(m.end() for m in regex.finditer(r"\s+|[,|·–]", text)), len(text)]
    for i, start in enumerate(cuts):
        for end in cuts[i + 1 :]:
            assert published.read_date_line(text[start:end]) is None, text[start:end]


def test_no_date_within_sees_the_digits_of_a_date() -> None:
    assert all(map(published.no_date_within, _DATELESS_LINES))
    assert not published.no_date_within("Ana Soto, 16/03/2021")
    assert not published.no_date_within("Publicado el ١٦/٠٣/٢٠٢١, Lima")
