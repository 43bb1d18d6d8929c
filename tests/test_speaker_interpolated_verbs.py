"""A reporting verb set off by commas inside another clause is the writer's incise.

Sentences written for these tests, in several countries' styles: the rule of
``docs/quotes.md`` (Speakers). "La empresa, ha insistido, ha perdido toda «…»": the phrase
before the incise is what the speaker speaks of; the speaker quoted before goes on.
"""

from __future__ import annotations

import pytest

from _speakers import speakers

CASES: list[tuple[str, str, list[str | None]]] = [
    (
        "party-before-a-perfect-incise-spain",
        (
            "«La reforma llega tarde», dijo el portavoz socialista Andrés Molina. El "
            "Ejecutivo, ha insistido, ha perdido toda «credibilidad ante los votantes»."
        ),
        ["Andrés Molina", "Andrés Molina"],
    ),
    (
        "minister-before-a-preterite-incise-chile",
        (
            "«No hay acuerdo posible», dijo la senadora Rosa Vidal. El ministro, recordó, "
            "es «el responsable de la crisis»."
        ),
        ["Rosa Vidal", "Rosa Vidal"],
    ),
    (
        "company-before-an-incise-mexico",
        (
            "«Nos dejaron sin agua», denunció la vecina Lucía Torres. La empresa, insistió, "
            "ha sido «incapaz de dar una respuesta»."
        ),
        ["Lucía Torres", "Lucía Torres"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_an_incise_keeps_the_speaker(text: str, expected: list[str | None]) -> None:
    assert expected == speakers(text)
