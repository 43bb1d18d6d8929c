"""Sources and speakers, round 16: small, general conventions.

Each case is a rule of ``docs/sources.md`` (reporting verbs of encouragement and
applause, outlets whose names open on a number, the press at large, an adverb between
a subject and its verb, documents of the police, the courts and drafts), in sentences
written here, in several countries' styles.
"""

from __future__ import annotations

import pytest

from _credit import Credited, credited
from noticiaparse import parse


def speakers(text: str) -> list[str | None]:
    return [None if q.speaker is None else q.speaker.text for q in parse(text).quotes]


SPEAKERS: list[tuple[str, str, list[str | None]]] = [
    # verbs of encouraging and applauding report words after a quotation
    (
        "alentar-argentina",
        "«Hay que bancar al equipo», alentó la hinchada de Rosario Central.",
        ["la hinchada de Rosario Central"],
    ),
    (
        "alentar-chile",
        "«No se rindan, vamos a salir adelante», alentó la ministra Ana Soto.",
        ["Ana Soto"],
    ),
    (
        "alentar-imperfect-mexico",
        "«Sigan así», alentaba el entrenador Diego Ruiz a sus pupilos.",
        ["Diego Ruiz"],
    ),
    (
        "animar-espana",
        "«Vamos, que se puede», animó la capitana Lucía Gil desde la banda.",
        ["Lucía Gil"],
    ),
    (
        "aplaudir-colombia",
        "«Es un gran paso para la región», aplaudió el senador José Mena.",
        ["José Mena"],
    ),
    (
        "ironizar-peru",
        "«Qué sorpresa tan grande», ironizó el congresista Raúl Vega.",
        ["Raúl Vega"],
    ),
    ("zanjar-caribe", "«El tema está cerrado», zanjó el presidente Luis Abreu.", ["Luis Abreu"]),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in SPEAKERS], ids=[c[0] for c in SPEAKERS]
)
def test_speakers(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


CASES: list[tuple[str, str, Credited]] = [
    # an act of encouraging or applauding with an object credits no one
    ("alentar-object", "El técnico Diego Ruiz alentó a sus jugadores a seguir adelante.", []),
    ("aplaudir-object", "El público aplaudió la obra durante diez minutos.", []),
    # an outlet whose name opens on a number
    (
        "digit-outlet-chile",
        "Según 24 Horas, el incendio consumió cuatro viviendas.",
        [("24 Horas", "media")],
    ),
    (
        "digit-outlet-nicaragua",
        "El vicepresidente aseguró a 100% Noticias que no habrá diálogo.",
        [("El vicepresidente", "person"), ("100% Noticias", "media")],
    ),
    (
        "digit-outlet-espana",
        "De acuerdo con 20 Minutos, el alquiler subió un 9% en Madrid.",
        [("20 Minutos", "media")],
    ),
    (
        "digit-outlet-mexico",
        "El alcalde aseguró en 24 Horas México que no renunciará.",
        [("El alcalde", "person"), ("24 Horas México", "media")],
    ),
    (
        "digit-not-outlet",
        "El apagón duró 24 horas, dijo la vecina Rosa Paz.",
        [("Rosa Paz", "person")],
    ),
    # the press at large is no source
    ("press-local", "El avión aterrizó de emergencia, informó la prensa local.", []),
    ("press-argentina", "La prensa argentina destacó que el acuerdo llegó tarde.", []),
    ("press-peru", "De acuerdo con la prensa peruana, el ministro renunció ayer.", []),
    ("press-bare", "Según la prensa, el ministro renunció en la madrugada.", []),
    # an adverb between the subject and its verb is no part of the name
    (
        "aun-chile",
        "La oposición aún sostiene que el plan fracasó.",
        [("La oposición", "organization")],
    ),
    (
        "todavia-espana",
        "La patronal todavía sostiene que la subida es excesiva.",
        [("La patronal", "organization")],
    ),
    (
        "tampoco-mexico",
        "El Gobierno tampoco descartó que el plan se amplíe.",
        [("Gobierno", "organization")],
    ),
    (
        "ya-colombia",
        "El Gobierno ya anunció que habrá nuevos subsidios.",
        [("Gobierno", "organization")],
    ),
    # documents: the police report, the lawsuit, a draft that provides
    (
        "parte-policial-chile",
        "El parte policial señala que la camioneta circulaba a exceso de velocidad.",
        [("El parte policial", "document")],
    ),
    (
        "parte-policial-segun",
        "Según el parte policial, el conductor huyó del lugar.",
        [("el parte policial", "document")],
    ),
    (
        "parte-medico-argentina",
        "Según el parte médico, el delantero sufrió un desgarro.",
        [("el parte médico", "document")],
    ),
    (
        "demanda-mexico",
        "La demanda sostiene que el contrato es nulo desde su firma.",
        [("La demanda", "document")],
    ),
    (
        "demanda-segun",
        "Según la demanda, la empresa incumplió el contrato de obra.",
        [("la demanda", "document")],
    ),
    (
        "borrador-contempla-espana",
        "El borrador contempla que las pensiones suban con el IPC.",
        [("El borrador", "document")],
    ),
    (
        "borrador-preve-peru",
        "El borrador de la reforma prevé que el aporte sea voluntario.",
        [("El borrador de la reforma", "document")],
    ),
    ("contempla-object", "El proyecto contempla un aumento de impuestos.", []),
    # "parte" is no document; a share of the neighbours speaks for them (share_nouns.txt)
    (
        "parte-not-document",
        "Gran parte de los vecinos denunció que no hay agua.",
        [("los vecinos", "person")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_sources(text: str, expected: Credited) -> None:
    assert credited(text) == expected


@pytest.mark.xfail(
    strict=True, reason="economic 'demanda' before a reporting verb reads as the lawsuit"
)
def test_economic_demand_is_no_document() -> None:
    assert credited("La demanda interna indica que el consumo se recuperó.") == []
