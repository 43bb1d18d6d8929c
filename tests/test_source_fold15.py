"""One source per entity, round 15: more short names folded into the fuller one.

Each case is a rule of the "One source per entity" section of ``docs/sources.md``, in
sentences written here, in several countries' styles.
"""

from __future__ import annotations

import pytest

from _credit import Mentioned, mentioned

CASES: list[tuple[str, str, Mentioned]] = [
    # an acronym of the openings of the name's words, a letter or a syllable each
    (
        "openings-acronym-chile",
        (
            "El Fondo Nacional de Salud anunció cambios en los copagos. Desde Fonasa "
            "explicaron que las rebajas comenzarán en junio."
        ),
        [
            (
                "Fondo Nacional de Salud",
                "organization",
                ["El Fondo Nacional de Salud", "Fonasa"],
            )
        ],
    ),
    (
        "openings-acronym-read-as-a-person-chile",
        (
            "La Corporación Nacional Forestal informó que el fuego está contenido. Según "
            "Conaf, ardieron unas 300 hectáreas de matorral."
        ),
        [
            (
                "Corporación Nacional Forestal",
                "organization",
                ["La Corporación Nacional Forestal", "Conaf"],
            )
        ],
    ),
    (
        "openings-acronym-peru",
        (
            "El Servicio Nacional de Sanidad Agraria confirmó el brote en Ica. Según Senasa, "
            "los predios afectados quedaron aislados."
        ),
        [
            (
                "Servicio Nacional de Sanidad Agraria",
                "organization",
                ["El Servicio Nacional de Sanidad Agraria", "Senasa"],
            )
        ],
    ),
    (
        "openings-acronym-with-article-argentina",
        (
            "La Administración Nacional de la Seguridad Social anunció un bono para "
            "jubilados. Desde la Anses explicaron que se cobrará en marzo."
        ),
        [
            (
                "Administración Nacional de la Seguridad Social",
                "organization",
                ["La Administración Nacional de la Seguridad Social", "la Anses"],
            )
        ],
    ),
    (
        "openings-acronym-before-its-name-spain",
        (
            "Según Renfe, los trenes de cercanías saldrán con retraso. La Red Nacional de "
            "Ferrocarriles Españoles informó que la avería ya está localizada."
        ),
        [
            (
                "Red Nacional de Ferrocarriles Españoles",
                "organization",
                ["Renfe", "Red Nacional de Ferrocarriles Españoles"],
            )
        ],
    ),
    (
        "openings-acronym-name-only-written-chile",
        (
            "La Corporación Nacional Forestal mantiene doscientos brigadistas en la zona. "
            "Según Conaf, el incendio consumió 40 hectáreas."
        ),
        [("Corporación Nacional Forestal", "organization", ["Conaf"])],
    ),
    # a surname of four letters is no acronym, whatever it spells
    (
        "short-surname-is-no-acronym-colombia",
        (
            "La Sociedad de Servicios Agrícolas pidió ayuda al Gobierno. Según Sosa, la "
            "sequía ya es la peor en veinte años."
        ),
        [
            (
                "Sociedad de Servicios Agrícolas",
                "organization",
                ["La Sociedad de Servicios Agrícolas"],
            ),
            ("Sosa", "person", ["Sosa"]),
        ],
    ),
    # a word whose letters are not the openings of the words, in order, is no acronym
    (
        "surname-spelling-no-openings-mexico",
        (
            "La Cámara de Comercio de Monterrey advirtió una caída de las ventas. Según "
            "Camacho, el consumo no repunta desde enero."
        ),
        [
            (
                "Cámara de Comercio de Monterrey",
                "organization",
                ["La Cámara de Comercio de Monterrey"],
            ),
            ("Camacho", "person", ["Camacho"]),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_fold(text: str, expected: Mentioned) -> None:
    assert expected == mentioned(text)


NAMED_LAST: list[tuple[str, str, Mentioned]] = [
    # a surname alone that two people the article names (not credited) bear: the one
    # named last before it
    (
        "surname-of-two-named-last-chile",
        (
            "El 20 de marzo se reunió con Jorge Correa Sutil. En abril se impuso Juan Sutil, "
            "un empresario agrícola. Sutil dijo que el gremio apoyará el acuerdo."
        ),
        [("Juan Sutil", "person", ["Sutil"])],
    ),
    (
        "surname-of-two-named-last-argentina",
        (
            "La reunión juntó a Alberto Fernández con su equipo. Más tarde llegó Aníbal "
            "Fernández, ministro de Seguridad. «No hay tregua», afirmó Fernández a la salida."
        ),
        [("Aníbal Fernández", "person", ["Fernández"])],
    ),
    # before both names, it could be either
    (
        "surname-of-two-before-both-mexico",
        (
            "Según Rodríguez, la planta cerrará. La empresa de Pedro Rodríguez compró la de "
            "Luis Rodríguez el año pasado."
        ),
        [("Rodríguez", "person", ["Rodríguez"])],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in NAMED_LAST], ids=[c[0] for c in NAMED_LAST]
)
def test_named_last(text: str, expected: Mentioned) -> None:
    assert expected == mentioned(text)


GLUED_STOP: list[tuple[str, str, Mentioned]] = [
    # a scraped page loses the space after a stop: the next sentence is no part of a name
    (
        "sentence-glued-to-a-surname-spain",
        (
            "La portavoz vecinal, Marta Campo, habló con la prensa. «No hay control», agrega "
            "Campo.Ocurre lo mismo con el ruido de las atracciones."
        ),
        [("Marta Campo", "person", ["Campo.Ocurre"])],
    ),
    # initials and acronyms keep their stops
    (
        "initials-keep-their-stops-mexico",
        "Según J.R. Martínez, el plan de movilidad fracasó por falta de fondos.",
        [("J.R. Martínez", "person", ["J.R. Martínez"])],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in GLUED_STOP], ids=[c[0] for c in GLUED_STOP]
)
def test_glued_stop(text: str, expected: Mentioned) -> None:
    assert expected == mentioned(text)
