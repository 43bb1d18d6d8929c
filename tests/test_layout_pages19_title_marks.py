"""The title again over the text, with an exclamation's or a question's marks (pages19).

Written for these tests in several countries' styles. A page may set its title again
as the body's first line with marks the title line drops or adds ("¡Los Leones jugarán
la final!" under "Los Leones jugarán la final"): a copy, not the first paragraph.
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_layout

TEXT = (
    "TEGUCIGALPA. El conjunto azul se metió este domingo en la definición del campeonato"
    " tras golear por tres a uno a su rival de la costa norte en el estadio nacional.\n"
    "Los dos clubes dominaron la tabla de principio a fin y llegan al partido decisivo"
    " con la valla menos batida y la delantera más goleadora del año.\n"
)


@pytest.mark.parametrize(
    ("title", "copy"),
    [
        (
            "Los Leones jugarán la gran final ante Atlético Sur",
            "¡Los Leones jugarán la gran final ante Atlético Sur!",
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
    line = "¡Qué noche vivieron los hinchas en la capital!"
    layout = parse_layout(f"Los Leones jugarán la gran final\n{line}\n{TEXT}")
    kept = [p.text for p in layout.body] + ([layout.deck.text] if layout.deck else [])
    assert line in kept
