"""Sources, session 19: a speaker renamed by an epithet or by a role written in full.

Each case is a rule of ``docs/sources.md`` ("One source per entity": a speaker's
epithet, a role given bare, then in full, a group named in inclusive Spanish), in
sentences written here, in several countries' styles; known misses are strict xfails.
"""

from __future__ import annotations

import pytest

from _credit import Mentioned, mentioned

CASES: list[tuple[str, str, Mentioned]] = [
    # the epithet after a quotation's verb, where the quotes reader gives it the speaker
    (
        "epithet-after-the-verb-mexico",
        (
            'La mexicana Alejandra Valencia se colgó el oro. "Trabajé cuatro años para '
            'esto", declaró. "Se lo dedico a mi país", agregó la arquera de Hermosillo.'
        ),
        [
            (
                "Alejandra Valencia",
                "person",
                ["la arquera de Hermosillo", "Alejandra Valencia"],
            )
        ],
    ),
    (
        "epithet-after-the-verb-spain",
        (
            "El español Pablo Ruiz se impuso en la final de Umag. «Fue muy duro», comentó "
            "tras el partido. «Ahora descansaré unos días», añadió el tenista de Elche."
        ),
        [("Pablo Ruiz", "person", ["el tenista de Elche", "Pablo Ruiz"])],
    ),
    (
        "indefinite-after-the-verb-is-someone-new-chile",
        (
            "El chileno Diego Soto ganó la etapa. «Fue muy duro», comentó tras la meta. "
            "«Ahora descansaré», explicó un periodista del diario local."
        ),
        [
            ("Diego Soto", "person", ["Diego Soto"]),
            ("un periodista del diario local", "person", ["un periodista del diario local"]),
        ],
    ),
    # a role given bare, then with its complement
    (
        "role-bare-then-the-office-name-ecuador",
        (
            "El defensor Tomás Lira visitó la cárcel de Quito. Más tarde, el defensor del "
            "Pueblo explicó que pedirá cambios."
        ),
        [("Tomás Lira", "person", ["el defensor del Pueblo"])],
    ),
    (
        "role-bare-then-the-party-peru",
        (
            "La congresista Ana Gil presentó el proyecto. El congresista Luis Mena lo "
            "apoyó. Luego, la congresista de Acción Nueva negó que haya presiones."
        ),
        [("Ana Gil", "person", ["la congresista de Acción Nueva"])],
    ),
    (
        "role-bare-then-the-party-chile",
        (
            "El candidato Rodrigo Alarcón visitó la feria. Ante los vecinos, el candidato "
            "del Partido Verde aseguró que bajará las tarifas."
        ),
        [("Rodrigo Alarcón", "person", ["el candidato del Partido Verde"])],
    ),
    (
        "exclusive-office-with-its-complement-is-another",
        (
            "El ministro Pedro Gil inauguró la obra. El ministro de Salud, en cambio, "
            "advirtió que faltan médicos."
        ),
        [("El ministro de Salud", "person", ["El ministro de Salud"])],
    ),
    (
        "role-given-to-two-in-one-gender-is-no-one",
        (
            "El congresista Ramón Díaz y el congresista Luis Mora votaron. El congresista "
            "de Unidad Popular afirmó que recurrirá."
        ),
        [
            (
                "El congresista de Unidad Popular",
                "person",
                ["El congresista de Unidad Popular"],
            )
        ],
    ),
    (
        "indefinite-role-is-someone-new-argentina",
        (
            "La diputada Rosa Vial presentó el proyecto. Una diputada de la oposición "
            "advirtió que no lo votará."
        ),
        [("Una diputada de la oposición", "anonymous", ["Una diputada de la oposición"])],
    ),
    # a group named in inclusive Spanish keeps both articles
    (
        "inclusive-doubled-articles-mexico",
        "En Monterrey, las y los expertos advirtieron que la sequía seguirá hasta mayo.",
        [("las y los expertos", "person", ["las y los expertos"])],
    ),
    (
        "inclusive-doubled-articles-masculine-first-argentina",
        "Los y las docentes aseguraron que la reforma no llegó a las aulas.",
        [("Los y las docentes", "person", ["Los y las docentes"])],
    ),
    (
        "inclusive-doubled-articles-with-a-complement-chile",
        "Las y los vecinos de Ñuñoa aseguraron que el agua no llegó.",
        [("Las y los vecinos de Ñuñoa", "person", ["Las y los vecinos de Ñuñoa"])],
    ),
    (
        "two-groups-each-with-its-noun-spain",
        "Las madres y los padres denunciaron el cierre del colegio.",
        [
            ("Las madres", "person", ["Las madres"]),
            ("los padres", "person", ["los padres"]),
        ],
    ),
]

MISSES: list[tuple[str, str, Mentioned, str]] = [
    (
        "segun-before-doubled-articles-peru",
        "Según las y los docentes, la reforma no llegó a las aulas.",
        [("las y los docentes", "person", ["las y los docentes"])],
        "the reader of 'según' stops at the first article and the 'y' after it",
    ),
    (
        "epithet-kept-as-the-speaker-uruguay",
        (
            "El uruguayo Martín Cáceres volvió a entrenar con el plantel. «Me siento bien», "
            "dijo con una sonrisa. «Quiero jugar el domingo», sostuvo el zaguero de "
            "Montevideo."
        ),
        [("Martín Cáceres", "person", ["Martín Cáceres", "el zaguero de Montevideo"])],
        "the quotes reader keeps the epithet as the speaker; the source follows it",
    ),
    (
        "epithet-kept-as-the-speaker-colombia",
        (
            "La colombiana Paula Rojas presentó su primera novela en Bogotá. «Escribí este "
            "libro en un año», contó ante el público. «Es una historia de mi abuela», "
            "explicó la autora de Medellín."
        ),
        [("Paula Rojas", "person", ["Paula Rojas", "la autora de Medellín"])],
        "the quotes reader keeps the epithet as the speaker; the source follows it",
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_renamed(text: str, expected: Mentioned) -> None:
    assert expected == mentioned(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(text, expected, marks=pytest.mark.xfail(strict=True, reason=reason))
        for _, text, expected, reason in MISSES
    ],
    ids=[m[0] for m in MISSES],
)
def test_renamed_misses(text: str, expected: Mentioned) -> None:
    assert expected == mentioned(text)
