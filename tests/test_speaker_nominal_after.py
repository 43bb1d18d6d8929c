"""A quotation taken back after its comma by a cleft or a noun for what was said.

Sentences written for these tests, in several countries' styles: the rule of
``docs/quotes.md`` (Speakers). "«…», fue lo primero que dijo X" names the subject of
the verb after "lo … que"; "«…», era la frase que repetía X" the subject of the
relative clause after the noun (``lexicons/speech_nouns.txt``), its verb first.
"""

from __future__ import annotations

import pytest

from _speakers import speakers

#: Each case opens on another person's quotation: the one after it must not carry.
CASES: list[tuple[str, str, list[str | None]]] = [
    (
        "lo-primero-que-dijo-chile",
        (
            "«Hay que esperar», dijo la ministra Carla Ríos.\n\n«Esto es una catástrofe», "
            "fue lo primero que dijo el alcalde Luis Parra al llegar a la costa."
        ),
        ["Carla Ríos", "Luis Parra"],
    ),
    (
        "lo-unico-que-declaro-mexico",
        (
            "«No hay detenidos», informó la fiscal Diana Salgado.\n\n«Exigimos justicia», "
            "fue lo único que declaró el padre de la víctima, Arturo Nava."
        ),
        ["Diana Salgado", "Arturo Nava"],
    ),
    (
        "la-frase-que-repetia-argentina",
        (
            "«Vamos a pelear el descenso», dijo el técnico Omar Funes.\n\n«Nadie se rinde "
            "acá», era la frase que repetía el capitán Darío Benedetto en el vestuario."
        ),
        ["Omar Funes", "Darío Benedetto"],
    ),
    (
        "la-advertencia-que-le-hizo-spain",
        (
            "«El plazo se cumple mañana», recordó el consejero Pablo Arrieta.\n\n«No "
            "habrá prórroga», fue la advertencia que le hizo la jueza Elena Sanz al abogado."
        ),
        ["Pablo Arrieta", "Elena Sanz"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_nominal_after(text: str, expected: list[str | None]) -> None:
    assert expected == speakers(text)


XFAIL: list[tuple[str, str, list[str | None]]] = [
    # a noun for what was said joined to its relative by a preposition
    (
        "a-la-que-llego-colombia",
        (
            "«Hay que esperar», dijo la ministra Carla Ríos.\n\n«Esto no da más», fue la "
            "conclusión a la que llegó el alcalde Luis Parra."
        ),
        ["Carla Ríos", "Luis Parra"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in XFAIL], ids=[c[0] for c in XFAIL])
@pytest.mark.xfail(strict=True, reason="a preposition before the relative of a noun for the words")
def test_nominal_after_misses(text: str, expected: list[str | None]) -> None:
    assert expected == speakers(text)
