"""A column's name before its byline: "Con otra mirada, por Ana Soto".

Opinion pages head a column with its name, then the author's byline after a comma or a
bar. The line is the byline (furniture, its names the authors), never the body's first
paragraph. An outlet after the names is the byline's credit, and a name the byline
block shows twice is one author. Every page here is written for these tests, in several
countries' styles.
"""

from __future__ import annotations

import pytest

import noticiaparse
from noticiaparse._layout.byline import read_byline

_TITLE = "La ciudad que olvidó a sus ciclistas"
_P1 = (
    "Hace diez años el municipio prometió doscientos kilómetros de ciclovías. Hoy hay "
    "apenas cuarenta, y la mitad termina en un muro, un poste o una parada de autobús."
)
_P2 = (
    "Nadie discute que pedalear es más barato y más sano; lo que falta es la voluntad de "
    "quitarle un carril a los coches, algo que ningún alcalde se ha atrevido a hacer."
)
_BODY = f"{_P1}\n{_P2}\n"


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Con otra mirada, por Ana María Soto //", ("Ana María Soto",)),
        ("Bitácora | Por Luis Gil", ("Luis Gil",)),
        ("Desde la orilla - por Marta Quiroga", ("Marta Quiroga",)),
        (
            "Crónicas del barrio, por Tomás Ferreyra y Julia Benítez",
            ("Tomás Ferreyra", "Julia Benítez"),
        ),
        ("Punto de vista, escrito por Rosa Elena Díaz", ("Rosa Elena Díaz",)),
    ],
    ids=["mx-slashes", "es-bar", "pe-dash", "ar-two-authors", "co-escrito"],
)
def test_a_column_name_before_its_byline(line: str, authors: tuple[str, ...]) -> None:
    byline = read_byline(line)
    assert byline is not None
    assert byline.authors == authors
    article = noticiaparse.parse(f"OPINIÓN\n{_TITLE}\n\n{line}\n{_BODY}")
    assert article.headline is not None
    assert (article.headline.text, article.authors) == (_TITLE, authors)
    assert [p.text for p in article.body] == [_P1, _P2]


@pytest.mark.parametrize(
    "line",
    [
        "Llegó tarde, por el tráfico de la avenida",
        "Fue multado, por no respetar la ciclovía",
        "El 12 de mayo, por Ana Soto",  # (a date before it: the date line's reader's)
        "Esta es una frase larga de más de seis palabras, por Ana Soto",
    ],
    ids=["cause", "reason", "dated", "long-head"],
)
def test_a_sentence_with_por_is_no_column_byline(line: str) -> None:
    assert read_byline(line) is None


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Rocío Huamán / Diario del Valle", "Diario del Valle"),
        ("Rocío Huamán/Quadratín Oaxaca", "Quadratín Oaxaca"),
        ("Rocío Huamán y Radio Andina", "Radio Andina"),
    ],
    ids=["masthead-word", "outlet-edition", "radio"],
)
def test_an_outlet_after_the_names_is_the_credit(line: str, credit: str) -> None:
    byline = read_byline(line)
    assert byline is not None
    assert (byline.authors, byline.credit) == (("Rocío Huamán",), credit)


def test_a_byline_shown_twice_names_one_author() -> None:
    page = f"OPINIÓN\n{_TITLE}\n\nRocío Huamán\nRocío Huamán\nLima\n\n{_P1}\n\n{_P2}\n"
    article = noticiaparse.parse(page)
    assert article.authors == ("Rocío Huamán",)
