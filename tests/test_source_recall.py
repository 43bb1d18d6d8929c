"""Sources the recall round of session 17 adds (``docs/sources.md``, "What it finds").

Each group names the rule it tests, in sentences written here in several countries'
styles, with sentences of the same shape that credit no one (or no more).
"""

from __future__ import annotations

import pytest

from _credit import Credited, credited
from noticiaparse import parse

# A wire agency the words were given to is an outlet like any other: a source, unless
# the page names it as its own author.
AGENCY_TOLD: list[tuple[str, str, Credited]] = [
    (
        "told-an-agency-venezuela",
        "El diputado Ramón Lira declaró a EFE que la sesión fue suspendida sin aviso.",
        [("Ramón Lira", "person"), ("EFE", "media")],
    ),
    (
        "told-the-agency-by-its-noun-argentina",
        "Un vocero de la gobernación dijo a la agencia Télam que los micros vuelven el lunes.",
        [("Un vocero de la gobernación", "anonymous"), ("Télam", "media")],
    ),
    (
        "after-a-quotation-and-its-subject-mexico",
        "«No hay fecha para abrir la caseta», explicó el delegado Iván Soria a la AFP.",
        [("Iván Soria", "person"), ("AFP", "media")],
    ),
    (
        "told-in-english-us-spanish",
        "La portavoz Kelly Ruiz dijo a The Associated Press que la planta cerrará en mayo.",
        [("Kelly Ruiz", "person"), ("The Associated Press", "media")],
    ),
    (
        "anonymous-told-reuters-spain",
        "Dos fuentes del sector confirmaron a Reuters que la fusión se firmará en junio.",
        [("Dos fuentes del sector", "anonymous"), ("Reuters", "media")],
    ),
    # whom a demand is made of is the story's subject, an agency too
    (
        "a-demand-made-of-an-agency-colombia",
        "Los familiares exigieron a la agencia EFE que rectifique la cifra de heridos.",
        [("Los familiares", "person")],
    ),
    # the statements' occasion stays no source ("en declaraciones a")
    (
        "statements-given-to-an-agency-chile",
        "En declaraciones a Europa Press, el rector Mauro Vial pidió calma a los alumnos.",
        [("Mauro Vial", "person")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in AGENCY_TOLD], ids=[c[0] for c in AGENCY_TOLD]
)
def test_an_agency_told_is_a_source(text: str, expected: Credited) -> None:
    assert sorted(expected) == sorted(credited(text))


#: The agency's own copy names it as its author: it is no source of itself.
OWN_COPY: list[tuple[str, str]] = [
    (
        "dateline-peru",
        (
            "Suben los pasajes\n\nLIMA, 4 dic (EFE).- El ministro Raúl Vega dijo a EFE que "
            "los pasajes subirán en enero.\n\nLa medida rige desde el lunes.\n"
        ),
    ),
    (
        "byline-spain",
        (
            "Suben los pasajes\n\nPor Lucía Ortega | EFE\n\nEl ministro Raúl Vega dijo a "
            "EFE que los pasajes subirán en enero.\n\nLa medida rige desde el lunes.\n"
        ),
    ),
]


@pytest.mark.parametrize("page", [c[1] for c in OWN_COPY], ids=[c[0] for c in OWN_COPY])
def test_the_agency_of_its_own_copy_is_no_source(page: str) -> None:
    assert [s.name for s in parse(page).sources] == ["Raúl Vega"]


# A norm named by its proper name after a cue of conformity is the document cited; the
# norm by its common noun says what it requires, and credits no one.
NAMED_NORMS: list[tuple[str, str, Credited]] = [
    (
        "the-constitution-by-name-ecuador",
        "Según la Constitución, los alcaldes no pueden ser reelegidos más de una vez.",
        [("la Constitución", "document")],
    ),
    (
        "a-named-law-mexico",
        "De acuerdo con la Ley General de Salud, la vacuna debe aplicarse gratis.",
        [("la Ley General de Salud", "document")],
    ),
    (
        "a-code-after-al-spain",
        "Conforme al Código Civil, la herencia se reparte en tres tercios.",
        [("Código Civil", "document")],
    ),
    (
        "a-regulation-by-name-colombia",
        "De acuerdo al Reglamento del Congreso, la votación debe ser nominal.",
        [("Reglamento del Congreso", "document")],
    ),
    # the common noun: what the norm requires
    (
        "the-law-by-its-noun-argentina",
        "Según la ley, las jubilaciones se ajustan cada tres meses.",
        [],
    ),
    (
        "a-protocol-by-its-noun-peru",
        "De acuerdo con el protocolo, los heridos fueron trasladados al hospital.",
        [],
    ),
    # a given name shaped like a norm's noun is a person's
    (
        "a-given-name-chile",
        "Según Norma Castro, la feria se hará en marzo.",
        [("Norma Castro", "person")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in NAMED_NORMS], ids=[c[0] for c in NAMED_NORMS]
)
def test_a_norm_by_its_name_is_a_document(text: str, expected: Credited) -> None:
    assert expected == credited(text)


# A credit line names the outlets whose information the page used: each is a source,
# though the layout reads the same line as the page's credit; the desk or agency that
# signs the page by its byline is no source of itself.
CREDIT_LINES: list[tuple[str, str, list[str]]] = [
    (
        "one-agency-closing-the-page-mexico",
        (
            "Suben las tortillas\n\nEl gobernador Iván Soria dijo que habrá subsidio.\n\n"
            "El precio sube desde el lunes.\n\nCon información de AFP\n"
        ),
        ["Iván Soria", "AFP"],
    ),
    (
        "two-agencies-in-brackets-argentina",
        (
            "Paro de colectivos\n\nEl gremio UTA anunció que el paro sigue.\n\n"
            "Los micros no salen.\n\n(Con información de Télam y Reuters)\n"
        ),
        ["UTA", "Télam", "Reuters"],
    ),
    (
        "a-byline-agency-stays-out-spain",
        (
            "Suben los pasajes\n\nPor Lucía Ortega | EFE\n\nEl ministro Raúl Vega dijo "
            "a la agencia EFE que los pasajes subirán en enero.\n"
        ),
        ["Raúl Vega"],
    ),
]


@pytest.mark.parametrize(
    ("page", "expected"), [c[1:] for c in CREDIT_LINES], ids=[c[0] for c in CREDIT_LINES]
)
def test_a_credit_line_names_sources(page: str, expected: list[str]) -> None:
    assert sorted(expected) == sorted(s.name for s in parse(page).sources)
