"""A definite noun after the verb that no lexicon lists: an epithet, or a name's descriptor.

Sentences written for these tests, in several countries' styles: the rule of
``docs/quotes.md`` (Speakers). "«…», agregó el político." names the last person who
spoke or was credited, never a body credited in between.
"""

from __future__ import annotations

import pytest

from _speakers import speakers

CASES: list[tuple[str, str, list[str | None]]] = [
    (
        "a-body-between-costa-rica",
        (
            "«Es mi lucha desde hace años», dijo el exdiputado Óscar Ruiz. En tanto, la "
            "Fiscalía sostuvo que el proceso fue legal. «Jugaron con mi dignidad», agregó el "
            "político."
        ),
        ["Óscar Ruiz", "Óscar Ruiz"],
    ),
    (
        "a-federation-between-uruguay",
        (
            "«Vamos a ganar», dijo el técnico Diego Forlán. La Asociación Uruguaya de Fútbol "
            "informó que no hubo sanciones. «Fue una noche hermosa», remató el veterano."
        ),
        ["Diego Forlán", "Diego Forlán"],
    ),
    (
        "a-company-between-mexico",
        (
            "«Nos dejaron sin agua», denunció la vecina Rosa Elena Díaz. La empresa Aguas "
            "del Norte aseguró que repara la red. «Nadie nos avisó», insistió la mujer."
        ),
        ["Rosa Elena Díaz", "Rosa Elena Díaz"],
    ),
    # a name after the noun: the name is the subject, whatever the noun
    (
        "a-rating-agency-mexico",
        (
            "La caída del crudo pone en riesgo los fondos de los estados, advirtió la "
            "calificadora Fitch Ratings. «El golpe será mayor en el sur», señaló."
        ),
        ["Fitch Ratings"],
    ),
    (
        "a-consulting-firm-spain",
        "El ajuste será duro, explicó la consultora Deloitte. «No hay margen», agregó.",
        ["Deloitte"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_an_epithet_is_a_person(text: str, expected: list[str | None]) -> None:
    assert expected == speakers(text)


def test_a_body_s_noun_stays_the_body() -> None:
    text = (
        "«Vamos a recurrir», dijo el abogado Luis Vera. La Contraloría revisó el caso. "
        "«No hay irregularidades», concluyó el organismo."
    )
    assert speakers(text)[-1] != "Luis Vera"
