"""A sentence that opens on "En su opinión," gives the carried speaker's view.

Sentences written for these tests, in several countries' styles: the rule of
``docs/quotes.md`` (Speakers). The possessive points back at the one the text goes on
about; the subject of the clause after it is what the view is about.
"""

from __future__ import annotations

import pytest

from _speakers import speakers

CASES: list[tuple[str, str, list[str | None]]] = [
    (
        "en-su-opinion-chile",
        (
            "El senador Raúl Díaz habló con la prensa. En su opinión, el Gobierno ha "
            "«fracasado» con la reforma."
        ),
        ["Raúl Díaz"],
    ),
    (
        "a-su-juicio-spain",
        (
            "La portavoz Aitana Mas compareció el lunes. A su juicio, el Consell actuó "
            "«tarde y mal» ante la riada."
        ),
        ["Aitana Mas"],
    ),
    (
        "a-su-entender-argentina",
        (
            "«No hay plata para todo», dijo el economista Carlos Melconian. A su entender, "
            "la Casa Rosada tomó un «atajo peligroso» con el dólar."
        ),
        ["Carlos Melconian", "Carlos Melconian"],
    ),
    (
        "a-su-criterio-mexico",
        (
            "La ministra Norma Piña dio una entrevista. A su criterio, el Senado aprobó la "
            "reforma «al vapor»."
        ),
        ["Norma Piña"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_own_view_carries(text: str, expected: list[str | None]) -> None:
    assert expected == speakers(text)
