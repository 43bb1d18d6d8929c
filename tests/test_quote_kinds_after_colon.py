"""A clause after a colon is what a speaker says, whatever noun ends the lead-in.

Sentences written for these tests, in several countries' styles: the rule of
``docs/quotes.md`` (Kinds). A noun of place right before the marks names the place
("la colonia «Lomas Verdes»"); with a colon between, or a sentence in the marks, it is
no name.
"""

from __future__ import annotations

import pytest

from _speakers import kinds

CASES: list[tuple[str, str, list[str]]] = [
    (
        "a-neighbourhood-before-the-colon-spain",
        (
            "La asociación pide silencio por las noches en el barrio: «Pedimos "
            "una fiesta más tranquila, con conciertos de día»."
        ),
        ["direct"],
    ),
    (
        "a-town-before-the-colon-mexico",
        (
            "El alcalde recorrió las calles de la colonia: «Vamos a reparar cada casa antes de "
            "las lluvias»."
        ),
        ["direct"],
    ),
    (
        "a-village-before-the-colon-peru",
        "Los comuneros bloquearon el acceso al pueblo: «No nos vamos a mover de aquí».",
        ["direct"],
    ),
    # a place's name right after its noun stays a name
    (
        "a-named-neighbourhood-chile",
        "Los vecinos de la villa «Los Aromos» denunciaron cortes de luz.",
        ["term"],
    ),
    (
        "a-named-colonia-mexico",
        "La fuga de agua afectó a la colonia «Lomas Verdes» durante la noche.",
        ["term"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_after_colon(text: str, expected: list[str]) -> None:
    assert expected == kinds(text)
