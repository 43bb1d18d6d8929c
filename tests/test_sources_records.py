"""Records and statement frames: where the information stands, who made a statement.

Sentences written here, one group per rule of ``docs/sources.md``, in several wordings
and countries' styles: a document after "consta en", "se lee en", "se desprende de",
"figura en", led by "según", "como", "así" or followed by "que", is a source; a thing
a record holds is none; the subject of a sentence framed by a statement's channel ("En
un comunicado, …", "…, a través de sus redes sociales, …") is a source whatever its verb.
"""

from __future__ import annotations

import pytest

from _credit import Credited, credited

CASES: list[tuple[str, str, Credited]] = [
    (
        "according-to-the-file-chile",
        "Según consta en el expediente, el acusado tenía antecedentes.",
        [("el expediente", "document")],
    ),
    (
        "as-the-minutes-record-argentina",
        "Tal como consta en el acta de la sesión, el concejo aprobó el presupuesto.",
        [("el acta de la sesión", "document")],
    ),
    (
        "as-follows-from-the-report-spain",
        "Según se desprende del informe de la Intervención General, hubo fallas.",
        [("informe de la Intervención General", "document")],
    ),
    (
        "as-one-reads-in-the-ruling-mexico",
        "Como se lee en la sentencia del tribunal, la empresa deberá pagar.",
        [("la sentencia del tribunal", "document")],
    ),
    (
        "so-it-stands-in-the-resolution-colombia",
        "La licitación fue anulada. Así figura en la resolución del juzgado.",
        [("la resolución del juzgado", "document")],
    ),
    (
        "the-record-then-que-peru",
        "Consta en el acta que el alcalde votó en contra.",
        [("el acta", "document")],
    ),
    (
        "a-thing-a-record-holds-credits-no-one-uruguay",
        "El equipo consta de doce jugadores. La casa figura en el catastro municipal.",
        [],
    ),
    (
        "a-record-inside-a-quotation-is-the-speakers-chile",
        "«Como consta en el informe, no hubo fallas», dijo el ministro Pedro Soto.",
        [("Pedro Soto", "person")],
    ),
    # a statement's channel framing the sentence: its subject is a source, whatever
    # the verb
    (
        "statement-frame-opening-the-sentence-chile",
        "En un comunicado, la Cancillería rechazó las declaraciones del embajador.",
        [("Cancillería", "organization")],
    ),
    (
        "statement-frame-as-an-aside-argentina",
        "La Cancillería, en un comunicado, rechazó las declaraciones del embajador.",
        [("Cancillería", "organization")],
    ),
    (
        "statement-frame-after-an-opening-adverbial-peru",
        "Este lunes, en un comunicado, la empresa minera rechazó las acusaciones.",
        [("la empresa minera", "organization")],
    ),
    (
        "statement-frame-a-social-account-colombia",
        "En su cuenta de X, el presidente Gustavo Petro celebró el acuerdo.",
        [("Gustavo Petro", "person")],
    ),
    (
        "statement-frame-a-letter-and-its-complement-spain",
        (
            "El ministro de Sanidad, Pedro Soto, en una carta enviada al Congreso, "
            "defendió la reforma."
        ),
        [("Pedro Soto", "person")],
    ),
    (
        "statement-frame-a-negated-verb-states-nothing-mexico",
        "En un comunicado, la Secretaría de Marina no respondió a las preguntas.",
        [],
    ),
    (
        # the defence team is a group of people (role_words.txt)
        "a-defence-team-as-a-subject-spain",
        "La defensa del imputado sostuvo que el fallo será apelado.",
        [("La defensa del imputado", "person")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_records(text: str, expected: Credited) -> None:
    assert credited(text) == expected


MISSES: list[tuple[str, str, Credited, str]] = [
    (
        "a-speaker-before-a-colon-past-an-aside-spain",
        (
            "La portavoz del Ejecutivo, Marta Gil, en la rueda de prensa posterior al "
            "Consejo de Ministros: «El Gobierno no cambiará su hoja de ruta»."
        ),
        [("Marta Gil", "person")],
        "the quotes reader gives the quotation to the role's complement, not its holder",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(m[1], m[2], marks=pytest.mark.xfail(strict=True, reason=m[3])) for m in MISSES],
    ids=[m[0] for m in MISSES],
)
def test_records_known_misses(text: str, expected: Credited) -> None:
    assert credited(text) == expected
