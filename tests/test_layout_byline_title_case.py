"""A headline set in Title Case names nobody, even when "Por" opens one of its lines.

Some themes capitalise every word of their headlines ("Detienen A Cuatro Personas Por
Robo En Despacho"), prepositions included, and a narrow column breaks them over lines, so
that a line may open with "Por". A person's name never holds a capitalised preposition
after its first word (lexicon ``byline_guards.tsv``, ``heading_word``): such a run of
words is a heading, never a byline (docs/layout.md, bylines).
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_layout
from noticiaparse._layout.byline import read_byline


@pytest.mark.parametrize(
    "line",
    [
        "Por Robo En Despacho Jurídico",
        "Por Lluvias Sobre La Costa",
        "Por Apoyo Para Familias Afectadas",
        "Por Falta De Agua Entre Vecinos",
    ],
)
def test_a_title_case_heading_line_is_no_byline(line: str) -> None:
    assert read_byline(line) is None


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Por María José de la Fuente", ("María José de la Fuente",)),
        ("Por Óscar De La Hoya", ("Óscar De La Hoya",)),
        ("Por Ana Soto y Luis Gil", ("Ana Soto", "Luis Gil")),
    ],
)
def test_names_with_particles_stay_names(line: str, authors: tuple[str, ...]) -> None:
    byline = read_byline(line)
    assert byline is not None
    assert byline.authors == authors


def test_a_sidebar_of_title_case_headlines_gives_no_author() -> None:
    page = (
        "Pachuca Abre Un Nuevo Centro De Salud En La Zona Norte\n\n"
        "Por Erika Mendoza\n\n15 de octubre de 2025\n\n"
        "El gobierno municipal inauguró este miércoles un centro de salud que atenderá a "
        "unas doce mil personas de las colonias del norte de la ciudad.\n\n"
        "La obra costó cuarenta millones de pesos y contará con consultorios, farmacia y "
        "un laboratorio de análisis clínicos abierto los fines de semana.\n\n"
        "POLICIACA\n\n"
        "Detienen A Cuatro Personas\nPor Robo En Despacho\nJurídico En El Centro\n"
    )
    layout = parse_layout(page)
    assert layout.authors == ("Erika Mendoza",)
