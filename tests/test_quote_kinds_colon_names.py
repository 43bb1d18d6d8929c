"""A capitalised name after a colon that the writer's words go on after: a title.

Sentences written for these tests, in several countries' styles: the rule of
``docs/quotes.md`` (Kinds). A verbless name of two words or more after a colon, with
no verb of saying before the colon, the writer's sentence going on after it with no
coordinator, names a programme, a slogan or an event.
"""

from __future__ import annotations

import pytest

from _speakers import kinds

CASES: list[tuple[str, str, list[str]]] = [
    (
        "a-morning-show-mexico",
        (
            "Durante la conferencia matutina: «La hora del pueblo» encabezada por la "
            "presidenta, el secretario presentó las cifras."
        ),
        ["title"],
    ),
    (
        "a-campaign-slogan-chile",
        "El lema de la campaña: «Primero la gente» apareció en todos los carteles.",
        ["title"],
    ),
    # a verb of saying before the colon: what was said
    (
        "said-after-a-colon-argentina",
        "El técnico dijo: «Muy bien» y se fue del estadio.",
        ["direct"],
    ),
    (
        "a-clause-after-a-colon-spain",
        "La alcaldesa fue clara: «Nadie se queda sin casa» en esta ciudad.",
        ["direct"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_names_after_a_colon(text: str, expected: list[str]) -> None:
    assert expected == kinds(text)
