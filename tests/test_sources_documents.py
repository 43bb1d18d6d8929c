"""Documents as sources: a document and its participle before the verb, bare figures.

Each case is one rule of ``docs/sources.md`` ("Documents the other readers miss"), in
sentences written here, in several wordings and countries' styles.
"""

from __future__ import annotations

import pytest

from _credit import Credited, credited

CASES: list[tuple[str, str, Credited]] = [
    # a document, its participle and the complement, then the verb it is subject of
    (
        "study-published-in-a-journal-spain",
        "El estudio publicado en The Lancet indica que la vacuna reduce las muertes.",
        [("El estudio publicado en The Lancet", "document")],
    ),
    (
        "official-letter-sent-by-a-prosecutor-peru",
        "El oficio enviado por la fiscalía advierte que faltan antecedentes en la carpeta.",
        [("El oficio enviado por la fiscalía", "document")],
    ),
    (
        "letter-sent-to-the-president-argentina",
        "La carta enviada al presidente advierte que la situación de los hospitales es grave.",
        [("La carta enviada al presidente", "document")],
    ),
    (
        "report-handed-to-congress-colombia",
        "El informe entregado ayer al Congreso señala que faltan recursos para la salud.",
        [("El informe entregado ayer al Congreso", "document")],
    ),
    (
        "complaint-filed-by-residents-mexico",
        ("La denuncia presentada por los vecinos sostiene que la fábrica vierte residuos al río."),
        [("La denuncia presentada por los vecinos", "document")],
    ),
    # an aside between commas was read so already
    (
        "study-with-its-participle-between-commas-chile",
        (
            "El estudio, elaborado por la Universidad de Chile, revela que la obesidad infantil "
            "creció."
        ),
        [("El estudio", "document"), ("Universidad de Chile", "organization")],
    ),
    # a document's maker named after its kind's noun belongs to the document's name
    (
        "analysis-by-a-consultancy-spain",
        "Un análisis de la consultora Deloitte estima que el PIB caerá un punto.",
        [("Un análisis de la consultora Deloitte", "document")],
    ),
    # what is on record in a document
    (
        "on-record-in-a-file-peru",
        "Según consta en el expediente, el acusado tenía dos condenas previas.",
        [("el expediente", "document")],
    ),
    (
        "on-record-after-the-fact-chile",
        "El concejal votó en contra, como consta en el acta de la sesión.",
        [("el acta de la sesión", "document")],
    ),
    # a capitalised name opening on a survey's, a census's or a report's noun: a title
    (
        "a-survey-by-its-title-chile",
        "De acuerdo con la Encuesta Nacional de Empleo, el desempleo llegó al 8%.",
        [("la Encuesta Nacional de Empleo", "document")],
    ),
    (
        "a-report-by-its-title-mexico",
        ("El Informe Trimestral del Banco de México prevé que la economía crecerá un 2%."),
        [("El Informe Trimestral del Banco de México", "document")],
    ),
    (
        "a-census-by-its-title-argentina",
        "Según el Censo 2022, la provincia tiene 1,7 millones de habitantes.",
        [("el Censo", "document")],
    ),
    # figures with no article and an adjective after a cue of conformity
    (
        "official-figures-bare-mexico",
        "Según datos oficiales, el desempleo subió al 4% en marzo.",
        [("datos oficiales", "document")],
    ),
    (
        "official-statistics-bare-colombia",
        "De acuerdo con estadísticas oficiales, la pobreza bajó dos puntos.",
        [("estadísticas oficiales", "document")],
    ),
    (
        "preliminary-figures-bare-uruguay",
        "Conforme a cifras preliminares, la cosecha de soja cayó un 30%.",
        [("cifras preliminares", "document")],
    ),
    (
        "figures-with-their-maker-credit-the-maker-argentina",
        "Según datos del Indec, la inflación fue del 3% en abril.",
        [("Indec", "organization")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_documents(text: str, expected: Credited) -> None:
    assert credited(text) == expected


XFAIL: list[tuple[str, str, Credited]] = [
    # a firm named "Estudio" is no document ("estudio" is no title noun), but reads as a
    # person: "Jurídico" marks no institution
    (
        "a-law-firm-is-no-study-uruguay",
        "El Estudio Jurídico Ferrer informó que apelará el fallo.",
        [("Estudio Jurídico Ferrer", "organization")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in XFAIL], ids=[c[0] for c in XFAIL])
@pytest.mark.xfail(strict=True)
def test_documents_known_misses(text: str, expected: Credited) -> None:
    assert credited(text) == expected
