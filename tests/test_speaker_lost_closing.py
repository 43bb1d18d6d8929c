"""A quotation whose closing mark the scrape lost before the writer's reporting incise.

Sentences written for these tests, in several countries' styles: the rule of
``docs/quotes.md`` (Long quotations). A quotation left open to its paragraph's end
stops before the first reporting incise in it (", dijo la vecina", "?, le preguntó el
chofer"), and the incise names its speaker.
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_quotes


def quoted(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.text if q.speaker else None) for q in parse_quotes(text)]


CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "question-and-clitic-colombia",
        (
            "La gobernadora Ana Ríos habló temprano.\n\n"
            "“¿Y ahora qué hacemos?, le preguntó el camionero Jorge Pardo a su compañero "
            "mientras la lluvia caía sobre la vía."
        ),
        [("¿Y ahora qué hacemos?", "Jorge Pardo")],
    ),
    (
        "guillemets-chile",
        (
            "La ministra Carla Ríos llegó al mediodía.\n\n"
            "«No vamos a cerrar la planta, aseguró el gerente Luis Mora ante los "
            "trabajadores reunidos en el patio."
        ),
        [("No vamos a cerrar la planta", "Luis Mora")],
    ),
    (
        "curly-quotes-mexico",
        (
            "El alcalde Jorge Paz recorrió la colonia.\n\n"
            "“Nunca habíamos visto algo así, dijo la vecina Rosa Gil, de 70 años."
        ),
        [("Nunca habíamos visto algo así", "Rosa Gil")],
    ),
    (
        "straight-quotes-name-spain",
        (
            "El concejal Iñaki Soto visitó el barrio.\n\n"
            '"Esto es un desastre, comentó Marta Gil. Nadie vino a ayudarnos.'
        ),
        [("Esto es un desastre", "Marta Gil")],
    ),
    # an impersonal "se" and its verb with no subject: the quotation goes on
    (
        "impersonal-clause-argentina",
        (
            "El locutor Mario Vidal recordó sus años en la radio y dijo que "
            "“se hablaba mucho, se comentaba mucho el estilo de los conductores."
        ),
        [("se hablaba mucho, se comentaba mucho el estilo de los conductores.", "Mario Vidal")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_lost_closing_before_incise(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert expected == quoted(text)
