"""A bajada set as points opened by a dash glued to their first word.

Mexican and Central American dailies set the deck's points under the title as
"-Aprueban …", "-Habrá …", the byline or the date under them: the first point is the
deck as the page writes it, the others furniture. Every page here is written for these
tests, in several countries' styles.
"""

from __future__ import annotations

import pytest

import noticiaparse

_TITLE = "Lluvias dejan sin luz a tres municipios del norte del estado"
_P1 = (
    "Las lluvias de las últimas 48 horas derribaron postes y transformadores en Tula, "
    "Tepeji y Atitalaquia, donde unas 12 mil viviendas siguen sin energía eléctrica."
)
_P2 = "La compañía eléctrica estimó que el servicio volverá por completo el domingo."


@pytest.mark.parametrize(
    ("points", "header"),
    [
        (
            ["-Habilitan albergues en tres colonias", "-Reparten despensas a los afectados"],
            "Staff Crónica del Norte",
        ),
        (
            [
                "–Cuadrillas trabajan desde la madrugada",
                "–Suspenden clases en 40 escuelas",
                "–Piden no acercarse a cables caídos",
            ],
            "Por Karla Hernández",
        ),
        (
            ["-Protección Civil mantiene la alerta amarilla", "-Habrá revisión de puentes"],
            "15 de septiembre de 2025",
        ),
    ],
    ids=["mx-desk", "gt-three-points-en-dash", "hn-date"],
)
def test_the_first_dashed_point_is_the_deck(points: list[str], header: str) -> None:
    top = "\n".join(points)
    page = f"{_TITLE}\n{top}\n{header}\n{_P1}\n{_P2}\n"
    article = noticiaparse.parse(page)
    assert article.headline is not None
    assert article.deck is not None
    assert (article.headline.text, article.deck.text) == (_TITLE, points[0])
    assert [p.text for p in article.body] == [_P1, _P2]


def test_one_dashed_line_is_no_run_of_points() -> None:
    page = f"{_TITLE}\n-Habilitan albergues en tres colonias\nPor Karla Hernández\n{_P1}\n{_P2}\n"
    article = noticiaparse.parse(page)
    assert article.deck is None or article.deck.text != "-Habilitan albergues en tres colonias"


def test_dashed_points_over_the_text_are_no_deck() -> None:
    points = "-Habilitan albergues en tres colonias\n-Reparten despensas a los afectados"
    page = f"{_TITLE}\n{points}\n{_P1}\n{_P2}\n"
    article = noticiaparse.parse(page)
    assert article.deck is None or not article.deck.text.startswith("-")
