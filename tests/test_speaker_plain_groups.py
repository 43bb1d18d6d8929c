"""A plural verb's subject: the people a plural article and noun open the sentence on.

Sentences written for these tests, in several countries' styles: the rule of
``docs/quotes.md`` (Speakers). No lexicon lists every trade or party; a plural
reporting verb after "Los/Las" and a plural noun in small letters has them as subject,
never the singular speaker carried from before.
"""

from __future__ import annotations

import pytest

from _speakers import speakers

CASES: list[tuple[str, str, list[str | None]]] = [
    (
        "truckers-chile",
        "El ministro Juan Soto habló. Los camioneros argumentan que el plan es «malo».",
        ["Los camioneros"],
    ),
    (
        "party-members-with-a-complement-spain",
        (
            "Según la portavoz Ana Gil, el plan es «malo». Los socialistas de la Mesa "
            "sostienen que los plazos son «irrenunciables»."
        ),
        ["Ana Gil", "Los socialistas de la Mesa"],
    ),
    (
        "partners-of-a-cooperative-uruguay",
        (
            "El intendente Mario Bergara visitó el local. Las socias de la cooperativa "
            "denuncian que la obra está «abandonada»."
        ),
        ["Las socias de la cooperativa"],
    ),
    (
        "where-from-with-no-article-spain",
        (
            "El alcalde Jorge Sharp habló del tema. Desde comunicación del sindicato "
            "explican que «el acuerdo sigue abierto»."
        ),
        ["comunicación del sindicato"],
    ),
    (
        "where-from-a-press-office-mexico",
        (
            "La senadora Lilly Téllez dio su versión. Desde prensa de la bancada aseguran que "
            "«nadie fue consultado»."
        ),
        ["prensa de la bancada"],
    ),
    # "Desde" and a time: no body, the speaker carries
    (
        "since-then-is-no-body-argentina",
        "El diputado José Luis Espert habló del tema. Desde entonces, dicen que «todo cambió».",
        ["José Luis Espert"],
    ),
    # adjectives and an "en" complement after the noun; the sentence before when the
    # quotation's own sentence opens on its verb or on the quotation
    (
        "exiles-with-adjective-and-place-spain",
        (
            "Los exiliados venezolanos en Madrid celebraron la caída de Nicolás Maduro. "
            "«¡Venezuela libre!», gritaban frente a la embajada."
        ),
        ["Los exiliados venezolanos en Madrid"],
    ),
    (
        "students-opening-the-sentence-before-mexico",
        (
            "Los estudiantes normalistas de Ayotzinapa marcharon hasta la casa del "
            "gobernador Salomón Jara. Explicaron que su reclamo «no es contra nadie»."
        ),
        ["Los estudiantes normalistas de Ayotzinapa"],
    ),
    (
        "retirees-before-a-chant-argentina",
        (
            "Los jubilados autoconvocados en Plaza de Mayo rechazaron el veto de Javier "
            "Milei. Gritaban «¡Ni un paso atrás!» frente al Congreso."
        ),
        ["Los jubilados autoconvocados"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_plain_groups(text: str, expected: list[str | None]) -> None:
    assert expected == speakers(text)
