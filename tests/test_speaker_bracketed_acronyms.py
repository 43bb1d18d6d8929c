"""An office whose complement carries an acronym in brackets links the name after it.

Sentences written for these tests, in several countries' styles: the rule of
``docs/quotes.md`` (Speakers, Names). "el presidente del Movimiento Cívico (MC), Julián
Ferraro" links Ferraro to the office, and "el presidente del MC" later is him, not the
other president the sentence names.
"""

from __future__ import annotations

import pytest

from _speakers import speakers

CASES: list[tuple[str, str, list[str | None]]] = [
    (
        "two-presidents-uruguay",
        (
            "El presidente de la República, Tomás Ibarra, y el presidente del Movimiento "
            "Cívico (MC), Rodrigo Vidal, hablaron por teléfono.\n\n«Fue una buena "
            "conversación», indicó el presidente del MC."
        ),
        ["Rodrigo Vidal"],
    ),
    (
        "director-of-an-institute-chile",
        (
            "La ministra Ana Gil y el director del Instituto Nacional de Estadísticas (INE), "
            "Pablo Rojas, presentaron la encuesta.\n\n«Las cifras son preliminares», "
            "advirtió el director del INE."
        ),
        ["Pablo Rojas"],
    ),
    (
        "spokesperson-of-a-party-spain",
        (
            "La portavoz del Partido Popular (PP), Carmen Ruiz, y el presidente del "
            "Gobierno se reunieron ayer.\n\n«No hubo acuerdo», lamentó la portavoz del PP."
        ),
        ["Carmen Ruiz"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_an_acronym_in_brackets_keeps_the_office(text: str, expected: list[str | None]) -> None:
    assert expected == speakers(text)
