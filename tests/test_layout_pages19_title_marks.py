"""The title again over the text, with an exclamation's or a question's marks (pages19).

Written for these tests in several countries' styles. A page may set its title again
as the body's first line with marks the title line drops or adds ("¡Motagua jugará la
final!" under "Motagua jugará la final"): a copy, not the first paragraph.
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_layout

TEXT = (
    "TEGUCIGALPA. El equipo azul selló hoy su pase a la final del torneo al vencer por"
    " tres goles a uno a su rival de la costa norte en el estadio nacional.\n"
    "Ambos equipos fueron los más regulares durante el campeonato y llegan a la final"
    " con la mejor defensa y el mejor ataque de la temporada.\n"
)


@pytest.mark.parametrize(
    ("title", "copy"),
    [
        (
            "Motagua jugará la gran final ante Olimpia",
            "¡Motagua jugará la gran final ante Olimpia!",
        ),
        ("¿Habrá clásico en la final del torneo?", "Habrá clásico en la final del torneo"),
        ("Los azules jugarán la gran final", "¡Los azules jugarán la gran final!"),
    ],
)
def test_the_title_s_copy_with_other_marks_is_no_paragraph(title: str, copy: str) -> None:
    body = [p.text for p in parse_layout(f"{title}\n{copy}\n{TEXT}").body]
    assert copy not in body
    assert body[0].startswith("TEGUCIGALPA.")


def test_an_exclamation_that_is_no_copy_stays() -> None:
    line = "¡Qué partido jugaron los azules en la capital!"
    layout = parse_layout(f"Motagua jugará la gran final\n{line}\n{TEXT}")
    kept = [p.text for p in layout.body] + ([layout.deck.text] if layout.deck else [])
    assert line in kept
