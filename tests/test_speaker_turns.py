"""A speaker's turn across paragraphs: carried while no one else is brought in (docs/quotes.md).

A quotation paragraph with no speaker of its own continues the turn of the last
speaker when nothing but their words or narration about things stands between; a
paragraph of the writer's whose sentence opens on another person, by name or by role,
hands the next quotation to that person. Every text here is written for these tests.
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_quotes

#: (id, text, the speaker of each quotation in order)
TURNS: list[tuple[str, str, list[str | None]]] = [
    (
        "a-turn-after-a-colon-chile",
        (
            "La ministra de Salud, Carla Ríos, habló con la prensa y dijo:\n\n"
            "«Vamos a abrir cuatro hospitales este año».\n\n«El presupuesto ya está aprobado»."
        ),
        ["Carla Ríos", "Carla Ríos"],
    ),
    (
        "narration-about-things-keeps-the-turn-peru",
        (
            "«No habrá despidos», aseguró el gerente de la empresa, Luis Mora.\n\n"
            "La planta emplea a 400 personas y exporta a cinco países.\n\n"
            "«Vamos a seguir invirtiendo en la región»."
        ),
        ["Luis Mora", "Luis Mora"],
    ),
    (
        "a-person-named-as-an-object-keeps-the-turn-argentina",
        (
            "«Vamos a ganar», dijo el técnico Raúl Soto.\n\n"
            "El equipo enfrentará el domingo a Boca, dirigido por Martín Paz.\n\n"
            "«Estamos preparados para jugar de visitante»."
        ),
        ["Raúl Soto", "Raúl Soto"],
    ),
    (
        "the-same-person-again-keeps-the-turn-mexico",
        (
            "«No habrá despidos», aseguró el gerente, Luis Mora.\n\n"
            "El gerente recorrió la planta con los inversionistas.\n\n"
            "«Vamos a seguir invirtiendo»."
        ),
        ["Luis Mora", "Luis Mora"],
    ),
    (
        "a-role-with-a-bracket-and-its-name-takes-the-turn-uruguay",
        (
            "«No habrá despidos», aseguró el gerente de la empresa, Luis Mora.\n\n"
            "La delegada del sindicato de la Planta Norte de la Empresa Nacional del Cobre "
            "(Enacob), Ana Gil, encabezó la protesta.\n\n«Nos mintieron durante meses»."
        ),
        ["Luis Mora", "Ana Gil"],
    ),
    (
        "an-unnamed-role-takes-the-turn-spain",
        (
            "«No habrá despidos», aseguró el gerente de la empresa, Luis Mora.\n\n"
            "La delegada del sindicato encabezó la protesta frente al portón.\n\n"
            "«Nos mintieron durante meses»."
        ),
        ["Luis Mora", "La delegada del sindicato"],
    ),
    (
        "a-pair-is-no-one-to-carry-colombia",
        (
            "«No habrá despidos», aseguró Luis Mora.\n\n"
            "Ana Gil y Pedro Sosa encabezaron la protesta.\n\n"
            "«Vamos a seguir invirtiendo»."
        ),
        ["Luis Mora", "Luis Mora"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), [t[1:] for t in TURNS], ids=[t[0] for t in TURNS])
def test_turn(text: str, speakers: list[str | None]) -> None:
    found = parse_quotes(text)
    assert [q.speaker.text if q.speaker is not None else None for q in found] == speakers


#: (id, text, the speaker of its one quotation after the first paragraph's)
NEAR: list[tuple[str, str, str]] = [
    (
        "subject-after-a-time-adjunct-and-an-aside-chile",
        (
            "«No vamos a ceder», sostuvo en la tarde de este martes, tras reunirse con sus bases, "
            "la dirigente gremial María Soto."
        ),
        "María Soto",
    ),
    (
        "a-role-and-a-name-after-and-are-an-object-argentina",
        (
            "El presidente del club, Rodrigo Vera, habló tras la derrota ante Colo-Colo y el "
            "técnico Pablo Soto. «Tenemos que mejorar mucho»."
        ),
        "Rodrigo Vera",
    ),
    (
        "a-later-clause-on-a-role-takes-the-turn-spain",
        (
            "Marco Lagos quiso responder, pero la diputada siguió con su intervención. «No hemos "
            "terminado»."
        ),
        "la diputada",
    ),
]

#: A first paragraph with a speaker the rules could carry.
FIRST = "«Esto se resolverá pronto», dijo el ministro Tuvaku Mbeki.\n\n"


@pytest.mark.parametrize(("text", "speaker"), [n[1:] for n in NEAR], ids=[n[0] for n in NEAR])
def test_near(text: str, speaker: str) -> None:
    found = [q for q in parse_quotes(FIRST + text) if q.start >= len(FIRST)]
    assert [q.speaker.text if q.speaker is not None else None for q in found] == [speaker]
