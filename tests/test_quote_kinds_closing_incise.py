"""A sentence closed by a reporting incise is its subject's words, apposition and all.

Sentences written for these tests, in several countries' styles: the rule of
``docs/quotes.md`` (Kinds, Speakers). A short fragment in a sentence a reporting
incise closes is partial, and the incise's subject, with a name apposed to a role,
speaks it.
"""

from __future__ import annotations

import pytest

from _speakers import kinds_and_speakers as read

CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "a-role-and-its-name-nicaragua",
        (
            "La ley fue aprobada «en lo general» con 60 votos a favor, anunció el presidente "
            "del Senado, el diputado Raúl Benavides."
        ),
        [("partial", "Raúl Benavides")],
    ),
    (
        "a-mayor-and-his-name-chile",
        (
            "La obra quedó «a medio camino» por las lluvias de julio, dijo el alcalde de "
            "Valparaíso, Tomás Leiva."
        ),
        [("partial", "Tomás Leiva")],
    ),
    (
        "a-spokeswoman-and-her-name-spain",
        (
            "El plan sigue «en estudio» y llegará al Consejo en otoño, explicó la portavoz "
            "del Gobierno, Pilar Alegría."
        ),
        [("partial", "Pilar Alegría")],
    ),
    (
        "the-incise-speaks-over-the-sentence-subject-colombia",
        (
            "Bogotá quiere cerrar el acuerdo y «acelerar» las obras del metro, dice la "
            "alcaldesa Claudia López."
        ),
        [("partial", "Claudia López")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_closing_incise(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert expected == read(text)
