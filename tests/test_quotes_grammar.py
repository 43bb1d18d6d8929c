"""Who said it, by Spanish grammar: the reporting verb's number, roles and groups.

Every sentence here is written for these tests, in several countries' styles; the
rules are those of docs/quotes.md ("Speakers") and docs/sources.md.
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_quotes, parse_sources


def speakers(text: str) -> list[str | None]:
    return [None if q.speaker is None else q.speaker.text for q in parse_quotes(text)]


def sources(text: str) -> list[tuple[str, str]]:
    return [(s.name, s.kind.value) for s in parse_sources(text)]


SPEAKERS: list[tuple[str, str, list[str | None]]] = [
    # a plural reporting verb with no subject of its own is said by no one person: its
    # dropped subject is the group or institution credited last
    (
        "plural-verb-after-segun-a-group-spain",
        (
            "El tribunal revisó el caso durante meses. Según los magistrados, el "
            "exconsejero Luis Mora era el jefe. «Era él quien mandaba», subrayan."
        ),
        ["los magistrados"],
    ),
    (
        "plural-verb-after-a-group-that-reports-chile",
        (
            "El alcalde Jorge Vidal visitó la villa. Los vecinos de Maipú denunciaron que "
            "el agua llega turbia. «No nos escuchan», reclaman."
        ),
        ["Los vecinos de Maipú"],
    ),
    (
        "plural-perfect-after-a-group-mexico",
        (
            "Los especialistas consultados advirtieron que la sequía sigue. La titular "
            "de Conagua, Rosa Díaz, no respondió. «El acuífero está al límite», han "
            "insistido."
        ),
        ["Los especialistas consultados"],
    ),
    (
        "singular-verb-keeps-the-person-argentina",
        (
            "Los gremios advirtieron que harán paro. El ministro Carlos Vera recibió a "
            "los dirigentes. «No hay más fondos», dijo."
        ),
        ["Carlos Vera"],
    ),
    (
        "plural-impersonal-with-no-group-carries-colombia",
        (
            "La senadora Paula Ríos llegó temprano al Congreso. «Votaremos en contra», "
            "aseguraron más tarde."
        ),
        ["Paula Ríos"],
    ),
    # a document that reports is the speaker of what it says (and a source of kind document)
    (
        "document-after-the-verb-chile",
        "«La tasa de desempleo subirá al 9%», advierte el informe anual del Banco Central.",
        ["el informe anual del Banco Central"],
    ),
    (
        "a-mail-after-the-verb-panama",
        "«No se autoriza su ingreso al país», indicaba el correo que la aerolínea le envió.",
        ["el correo"],
    ),
    (
        "a-ruling-after-the-verb-spain",
        "«Los hechos no constituyen delito», concluyó la sentencia de la Audiencia.",
        ["la sentencia de la Audiencia"],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [s[1:] for s in SPEAKERS], ids=[s[0] for s in SPEAKERS]
)
def test_speaker(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


SOURCES: list[tuple[str, str, list[tuple[str, str]]]] = [
    # the plural of a role heads a group of people
    (
        "plural-of-a-role-magistrates",
        "Según los magistrados, la prueba no alcanza.",
        [("los magistrados", "person")],
    ),
    (
        "plural-of-a-role-prosecutors",
        "Las fiscales del caso señalaron que pedirán prisión preventiva.",
        [("Las fiscales del caso", "person")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [s[1:] for s in SOURCES], ids=[s[0] for s in SOURCES]
)
def test_sources(text: str, expected: list[tuple[str, str]]) -> None:
    assert sources(text) == expected
