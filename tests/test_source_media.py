"""News outlets as sources (media27): an outlet's name by its shape, a bracketed credit.

The counts over the readable gold (docs/sources.md, "Outlets as sources"): the outlet a
reporting verb's words went to ("dijo a X", "confirmaron a X") and the outlet a text was
read in or taken from are credited; the outlet that publishes the article is not.
Sentences written for these tests, in several countries' styles.
"""

from __future__ import annotations

import pytest

from _credit import Credited, credited

# a capitalised name closed on its medium's word ("Televisión", "Radio", "Noticias")
CLOSED_ON_MEDIUM: list[tuple[str, Credited]] = [
    (
        "Así lo reportó Latina Televisión, que llegó primero a la zona del derrumbe.",
        [("Latina Televisión", "media")],
    ),
    (
        "Según informó Digital FM, el puente quedará cerrado hasta el lunes.",
        [("Digital FM", "media")],
    ),
    (
        "De acuerdo con Sky News, la primera ministra convocará a elecciones.",
        [("Sky News", "media")],
    ),
    (
        "Según Caracol Radio, el alcalde de Cali firmó el decreto anoche.",
        [("Caracol Radio", "media")],
    ),
    (
        "Conforme a lo que publicó Amazonía Noticias, la marcha llegó a Quito.",
        [("Amazonía Noticias", "media")],
    ),
]

# not an outlet: a person whose given name opens the name, an institution's "de"
NOT_OUTLETS: list[tuple[str, Credited]] = [
    (
        "El concejal Luis Radio dijo que la calle será repavimentada.",
        [("Luis Radio", "person")],
    ),
    (
        "El Consejo Nacional de Televisión dijo que abrirá un sumario al canal.",
        [("Consejo Nacional de Televisión", "organization")],
    ),
]

# a bracketed outlet between sentences or after the last credits it
BRACKETED: list[tuple[str, Credited]] = [
    (
        "El Gobierno anunció un subsidio al gas licuado. (Emol) La medida regirá desde julio.",
        [("Gobierno", "organization"), ("Emol", "media")],
    ),
    (
        "«Vamos a pelear el ascenso», dijo el técnico del club. (EFE)",
        [("el técnico del club", "person"), ("EFE", "media")],
    ),
    (
        "Las lluvias cortaron la ruta a la costa. (Latina Televisión) Los vecinos esperan ayuda.",
        [("Latina Televisión", "media")],
    ),
    (
        "Las lluvias siguen en el sur. (Diario Austral de Osorno) Hay cortes de luz.",
        [("Diario Austral de Osorno", "media")],
    ),
    # a photographer, a label or a verb in the bracket credit no one
    (
        "El delantero cayó en el área chica. (Edu Lorca) El árbitro siguió el juego.",
        [],
    ),
    (
        "El alcalde inauguró la nueva plaza del barrio. (Foto: AFP) Hubo música en vivo.",
        [],
    ),
    (
        "Volvió a atender el almacén de la esquina. (Reabrió) Y también la farmacia.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLOSED_ON_MEDIUM + NOT_OUTLETS + BRACKETED)
def test_outlets(text: str, expected: Credited) -> None:
    assert credited(text) == expected


# the outlet the words went to, named after a verb's "a" (unchanged: the counts agree)
RECEIVING: list[tuple[str, Credited]] = [
    (
        "La jueza confirmó a Página Siete que el expediente está completo.",
        [("La jueza", "person"), ("Página Siete", "media")],
    ),
    (
        "«No me voy a bajar», dijo la senadora Ana Soto a Interferencia.",
        [("Ana Soto", "person"), ("Interferencia", "media")],
    ),
    (
        "Desde la alcaldía confirmaron a Telemundo la suspensión de las clases.",
        [("la alcaldía", "organization"), ("Telemundo", "media")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RECEIVING)
def test_receiving_outlet(text: str, expected: Credited) -> None:
    assert credited(text) == expected


# known misses
@pytest.mark.xfail(strict=True, reason="a lower-case web address is not read as a name")
def test_lower_case_address() -> None:
    assert credited("Según biobiochile.cl, el incendio dejó tres muertos.") == [
        ("biobiochile.cl", "media")
    ]


@pytest.mark.xfail(
    strict=True, reason="an edition's outlet is not read (its leads cost 0.25% of a parse)"
)
def test_edition() -> None:
    assert credited("Lea más sobre la subasta en la edición impresa de El Comercio.") == [
        ("El Comercio", "media")
    ]
