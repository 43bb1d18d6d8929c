"""The document the words were given in, cited with a definite article after the verb.

"…, subraya la compañía en el comunicado", "precisó la jueza en la resolución"
(``docs/sources.md``, "The document the words were given in"): sentences written here,
in several countries' styles. "en un comunicado", "en su informe" are the channel alone,
and "en" after the verb's object is the object's.
"""

from __future__ import annotations

import pytest

from _credit import Credited, credited

CASES: list[tuple[str, str, Credited]] = [
    (
        "inverted-subject-then-statement-chile",
        "«Seguiremos operando», recalca la gerencia de la minera en el comunicado a sus socios.",
        [("la minera", "organization"), ("el comunicado", "document")],
    ),
    (
        "ruling-before-que-spain",
        "La magistrada razona en el auto que no existe riesgo de fuga del empresario.",
        [("La magistrada", "person"), ("el auto", "document")],
    ),
    (
        "letter-with-surname-mexico",
        "«No habrá recortes», asegura Ortega en la carta dirigida a los diputados locales.",
        [("Ortega", "person"), ("la carta dirigida a los diputados locales", "document")],
    ),
    (
        "filing-defence-argentina",
        "La defensa del exfuncionario sostuvo en el escrito que las pruebas son nulas.",
        [("La defensa del exfuncionario", "person"), ("el escrito", "document")],
    ),
    (
        "time-between-verb-and-en-peru",
        "La Contraloría advirtió ayer en el informe que la obra tiene sobrecostos.",
        [("Contraloría", "organization"), ("el informe", "document")],
    ),
    (
        "the-statement-with-a-relative-colombia",
        "«Fue un año difícil», reconoce la naviera en el comunicado en el que da cuentas.",
        [("la naviera", "organization"), ("el comunicado", "document")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_document_given_in_is_a_source(text: str, expected: Credited) -> None:
    assert expected == credited(text)


CHANNELS: list[tuple[str, str, Credited]] = [
    (
        "indefinite-statement-uruguay",
        "La intendencia informó en un comunicado que el tránsito se cortará.",
        [("La intendencia", "organization")],
    ),
    (
        "possessive-report-venezuela",
        "El gremio advirtió en su informe anual que la producción cayó.",
        [("El gremio", "organization")],
    ),
    (
        "object-complement-chile",
        "La Subsecretaría del Interior informó un alza en las cifras de hurtos.",
        [("Subsecretaría del Interior", "organization")],
    ),
    (
        "impersonal-spain",
        "El reparto se anunció en los resultados del congreso del partido.",
        [],
    ),
    (
        "an-occasion-is-no-document-mexico",
        "El alcalde dijo en la sesión de cabildo que no habrá aumento del predial.",
        [("El alcalde", "person")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in CHANNELS], ids=[c[0] for c in CHANNELS]
)
def test_a_channel_or_an_objects_complement_is_no_document(text: str, expected: Credited) -> None:
    assert expected == credited(text)
