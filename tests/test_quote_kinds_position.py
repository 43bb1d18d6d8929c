"""Quote kinds the position of the quotation decides: golden cases written for these tests.

Each group is one rule of ``docs/quotes.md`` (Kinds), in several wordings and several
countries' styles.
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_quotes


def kinds(text: str) -> list[str]:
    return [q.kind.value for q in parse_quotes(text)]


CASES: list[tuple[str, str, list[str]]] = [
    # a clause, then its comma and a verb with the subject after it: Spanish inverts the
    # subject of the verb that gives a quotation, whatever that verb
    (
        "inverted-reflexive-verb-argentina",
        "«Lo vamos a lograr este año», se ilusiona la intendenta de Rosario.",
        ["direct"],
    ),
    (
        "inverted-past-verb-mexico",
        "«Son ellos los que mienten», contraatacó el vocero de la bancada.",
        ["direct"],
    ),
    (
        "inverted-reflexive-past-chile",
        "«Vamos por más», se entusiasmó la alcaldesa tras el conteo.",
        ["direct"],
    ),
    (
        "inverted-verb-then-a-name-colombia",
        "«Nos quitaron el agua y la tierra», se quejó Rosa Cárdenas, líder comunal.",
        ["direct"],
    ),
    (
        "inverted-verb-ends-the-sentence-peru",
        "La dirigenta no ocultó su molestia. «Estamos cansados de esperar», se desahogó.",
        ["direct"],
    ),
    # a copula and a noun for what was said after the comma name the quotation as words
    (
        "copula-and-answer-chile",
        "«Estamos trabajando en eso», es la respuesta que se repite en la municipalidad.",
        ["direct"],
    ),
    (
        "copula-and-message-spain",
        "«No vamos a ceder», fue el mensaje del sindicato a la patronal.",
        ["direct"],
    ),
    (
        "copula-adjective-and-answer-caribbean",
        "«Todo está bajo control», fue la única respuesta del vocero policial.",
        ["direct"],
    ),
    (
        "copula-and-phrase-us-spanish",
        "«Hay mucho por hacer», es la frase que más se escucha en la comunidad latina.",
        ["direct"],
    ),
    # neither: a name after a verb is no inversion, and a phrase with no verb of its
    # own is no sentence
    (
        "a-title-and-a-participle-stays-a-title",
        "La obra «Cien Años de Lluvia», publicada en 1990, vuelve a las librerías.",
        ["title"],
    ),
    (
        "a-coined-term-then-the-writers-clause",
        "La «ley corta», aprobada ayer, entra en vigor el lunes.",
        ["term"],
    ),
    # the speaker goes on: after a direct quotation, past its incise or its full stop
    (
        "a-short-lower-case-rest-after-the-incise-spain",
        "«No vamos a ceder», dijo la consejera, «ni un milímetro».",
        ["direct", "direct"],
    ),
    (
        "a-rest-after-a-long-incise-argentina",
        "«No vamos a aflojar», avisó el secretario general del gremio, «ni hoy ni mañana».",
        ["direct", "direct"],
    ),
    (
        "a-sentence-of-its-own-after-the-full-stop-chile",
        "«Esto no se negocia», sentenció el rector. «Esto recién empieza».",
        ["direct", "direct"],
    ),
    (
        "a-verbless-sentence-after-the-full-stop-mexico",
        "«Nos dejaron solos», reclamó la madre. «Muy difícil todo».",
        ["direct", "direct"],
    ),
    (
        "the-writers-sentence-after-the-full-stop-keeps-its-term",
        "«No vamos a ceder», dijo el dirigente. El «estallido» sigue latente.",
        ["direct", "term"],
    ),
    (
        "a-new-paragraph-is-no-going-on",
        "«No vamos a ceder», dijo el dirigente.\n\nLa «mesa chica» se reunió ayer.",
        ["direct", "term"],
    ),
    # the object of a preposition right before it is a name, no sentence
    (
        "a-programme-after-con-then-the-subject",
        "En conversación con «Mañanas Informativas», el alcalde habló de la sequía.",
        ["title"],
    ),
    (
        "a-name-after-en-then-the-subject",
        "En «Radio Pampa», la ministra anunció el nuevo plan.",
        ["title"],
    ),
    (
        "one-capitalised-word-after-a-preposition-then-the-subject",
        "Consultado por «Cooperativa», el exministro respondió a las críticas.",
        ["term"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_kind(text: str, expected: list[str]) -> None:
    assert expected == kinds(text)
