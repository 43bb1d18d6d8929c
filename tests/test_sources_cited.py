"""Who is cited and who only acts: sentences written here, in several countries' styles.

Each group is one rule of ``docs/sources.md``: a reporting verb used as an act on an
object credits no one, an institution qualified by a lower-case adjective of its
country, level or field is the subject of the verb after it and one source with its bare
name.
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_sources

Credited = list[tuple[str, str]]


def credited(text: str) -> Credited:
    return [(s.name, s.kind.value) for s in parse_sources(text)]


CASES: list[tuple[str, str, Credited]] = [
    # a reporting verb with a direct object and no statement is an act
    (
        "ratified-a-reform-nicaragua",
        "El Parlamento ratificó ayer una polémica reforma a la Constitución.",
        [],
    ),
    (
        "ratified-that-is-a-statement-spain",
        "El Gobierno ratificó ayer que la reforma seguirá adelante.",
        [("Gobierno", "organization")],
    ),
    (
        "defined-a-term-mexico",
        "La Real Academia define la palabra como un préstamo del inglés.",
        [],
    ),
    (
        "guaranteed-supply-chile",
        "La empresa Aguas del Valle garantizó el suministro durante el verano.",
        [],
    ),
    (
        "guaranteed-that-argentina",
        "La empresa Aguas del Valle garantizó a los vecinos que el suministro seguirá.",
        [("Aguas del Valle", "organization")],
    ),
    (
        "celebrated-a-goal-uruguay",
        "El delantero Martín Suárez celebró el gol con la hinchada.",
        [],
    ),
    (
        "proposed-a-bill-peru",
        "La congresista Rosa Quispe propuso un proyecto de ley sobre el agua.",
        [],
    ),
    (
        "proposed-with-a-colon-colombia",
        "La congresista Rosa Quispe propuso: crear un fondo para el agua.",
        [("Rosa Quispe", "person")],
    ),
    (
        "act-verb-after-a-comma-its-subject-after-it-venezuela",
        "La planta seguirá cerrada hasta marzo, ratificó el gerente Pedro Lagos.",
        [("Pedro Lagos", "person")],
    ),
    (
        "the-pronoun-stands-for-the-words-dominican-republic",
        "Así lo ratificó el ministro de Educación, Ángel Hernández.",
        [("Ángel Hernández", "person")],
    ),
    (
        "a-saying-verb-with-an-object-still-informs-bolivia",
        "El ministro Marcelo Montenegro anunció un aumento del salario mínimo.",
        [("Marcelo Montenegro", "person")],
    ),
    # an institution qualified by a lower-case adjective is the verb's subject
    (
        "national-government-argentina",
        "El Gobierno nacional anunció este martes que el bono se pagará en marzo.",
        [("Gobierno nacional", "organization")],
    ),
    (
        "peruvian-foreign-ministry-peru",
        "La Cancillería peruana informó que el embajador regresará a Lima.",
        [("Cancillería peruana", "organization")],
    ),
    (
        "dominican-prosecution-dominican-republic",
        "El Ministerio Público dominicano precisó que el imputado quedó detenido.",
        [("Ministerio Público dominicano", "organization")],
    ),
    (
        "salvadoran-government-el-salvador",
        "Por su parte, el Gobierno salvadoreño aseguró que no hubo detenciones.",
        [("Gobierno salvadoreño", "organization")],
    ),
    (
        "state-police-mexico",
        "La Policía estatal ha informado que hay dos detenidos.",
        [("Policía estatal", "organization")],
    ),
    (
        "a-verb-between-is-no-adjective-chile",
        "La Policía detuvo a dos personas en Temuco.",
        [],
    ),
    # the bare name after the qualified one, or before it, is the same institution
    (
        "bare-name-after-the-qualified-one-colombia",
        (
            "El Gobierno nacional anunció que el subsidio subirá. Luego el Gobierno informó "
            "que se pagará en marzo."
        ),
        [("Gobierno nacional", "organization")],
    ),
    (
        "bare-name-before-the-qualified-one-spain",
        (
            "La Policía precisó que uno de los detenidos es menor. La Policía local informó "
            "después que hay tres heridos."
        ),
        [("Policía local", "organization")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_cited(text: str, expected: Credited) -> None:
    assert expected == credited(text)
