"""Names and newcomers as news writes them: a surname of a gerund's shape, a capital
particle inside a name, a police rank before a name, and an indefinite demonym that
brings in someone new.

Sentences written for these tests, in several countries' styles: the rules of
``docs/quotes.md`` (Speakers). "Karen Obando" is one name (a verb is never capitalised
mid-name); "la subcomisionada" is a rank (``role_words.txt``), not a name's word; "Otra
hondureña compartió…" brings in a new speaker, never the one quoted before.
"""

from __future__ import annotations

import pytest

from _speakers import speakers

CASES: list[tuple[str, str, list[str | None]]] = [
    (
        "gerund-shaped-surname-nicaragua",
        "«No hubo heridos en el operativo», detalló la comisionada Marta Obando.",
        ["Marta Obando"],
    ),
    (
        "gerund-shaped-surname-venezuela",
        "«Los precios subieron otra vez», dijo el economista Luis Ocando a la prensa.",
        ["Luis Ocando"],
    ),
    (
        "capitalised-rank-before-the-name-nicaragua",
        (
            "«Fueron detenidos 56 sujetos», detalló la Subcomisionada Karen Obando. «Vamos "
            "a seguir trabajando», concluyó."
        ),
        ["Karen Obando", "Karen Obando"],
    ),
    (
        "another-demonym-honduras",
        (
            "«Me recetaron seis medicamentos y solo hay aspirina», contó Reina Flores. Otra "
            "hondureña, vecina de la colonia Kennedy, compartió su experiencia. «Esperé "
            "cinco horas para nada», afirmó."
        ),
        ["Reina Flores", "Otra hondureña"],
    ),
    (
        "a-demonym-with-a-relative-peru",
        (
            "El alcalde Jorge Muñoz inauguró la feria. Un venezolano que vende arepas en "
            "el mercado contó que «todo es más caro»."
        ),
        ["Un venezolano"],
    ),
    # a particle with a capital inside a person's name links it
    (
        "capital-particles-after-an-office-ecuador",
        (
            "En una entrevista radial, el ministro del Interior, Pablo De La Torre, dijo "
            "que la Alcaldía «recién se está enterando» del problema."
        ),
        ["Pablo De La Torre"],
    ),
    (
        "capital-particle-del-mexico",
        "«No hay fondos para el hospital», denunció la diputada Ana Del Valle Ruiz.",
        ["Ana Del Valle Ruiz"],
    ),
    # a gerund opening a sentence stays a verb
    (
        "sentence-opening-gerund-spain",
        "Considerando la crisis, la ministra Ana Gil dijo que no hay «salida fácil».",
        ["Ana Gil"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_names_and_newcomers(text: str, expected: list[str | None]) -> None:
    assert expected == speakers(text)


MISSES: list[tuple[str, str, list[str | None], str]] = [
    (
        "a-month-as-given-name-before-a-capital-particle-ecuador",
        (
            "En una entrevista radial, el ministro del Interior, Julio De La Torre, dijo "
            "que la Alcaldía «recién se está enterando» del problema."
        ),
        ["Julio De La Torre"],
        (
            "a month that is also a given name ('Julio') opens a name only before a name's"
            " word, and a capital particle is none"
        ),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(*c[1:3], marks=pytest.mark.xfail(reason=c[3], strict=True)) for c in MISSES],
    ids=[c[0] for c in MISSES],
)
def test_known_misses(text: str, expected: list[str | None]) -> None:
    assert expected == speakers(text)
