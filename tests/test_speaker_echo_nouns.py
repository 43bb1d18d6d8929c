"""A sentence after a quotation that names it with a noun for what was said, and its owner.

Sentences written for these tests, in several countries' styles: the rule of
``docs/quotes.md`` (Speakers): "«…». Tal fue la reflexión del concejal X", "Esa fue la
respuesta de X" (``noun`` in ``lexicons/echo_leads.tsv``, ``lexicons/speech_nouns.txt``)
give the quotation to the owner after "de".
"""

from __future__ import annotations

import pytest

from _speakers import speakers

CASES: list[tuple[str, str, list[str | None]]] = [
    (
        "tal-fue-la-reflexion-chile",
        (
            "«La ciudad no puede esperar más». Tal fue la reflexión del concejal Martín "
            "Leiva tras la votación."
        ),
        ["Martín Leiva"],
    ),
    (
        "esa-fue-la-respuesta-mexico",
        (
            "El alcalde Pedro Soto pidió más fondos para el municipio.\n\n«No hay dinero "
            "para todos». Esa fue la respuesta de la secretaria Ana Vidal a los ediles."
        ),
        ["Ana Vidal"],
    ),
    (
        "fueron-las-palabras-argentina",
        (
            "«Vamos a volver a la A». Fueron las palabras del técnico Ramón Cabrera al "
            "dejar el estadio."
        ),
        ["Ramón Cabrera"],
    ),
    (
        "este-fue-el-mensaje-spain",
        (
            "La oposición criticó el plan durante toda la mañana. «Nadie se quedará atrás». "
            "Este fue el mensaje de la consejera Lucía Barrios en el pleno."
        ),
        ["Lucía Barrios"],
    ),
    (
        "esas-fueron-las-declaraciones-colombia",
        (
            "«El paro no se levanta hasta que haya acuerdo». Esas fueron las declaraciones "
            "del líder camionero Hernán Ospina en Tunja."
        ),
        ["Hernán Ospina"],
    ),
    # a noun that names no words leaves the quotation to the rules before
    (
        "no-speech-noun-peru",
        (
            "El entrenador Julián Rojas celebró con el plantel. «Vamos por el título». Fue el "
            "cierre de una noche larga para el club de la ciudad de Arequipa."
        ),
        ["Julián Rojas"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_echo_nouns(text: str, expected: list[str | None]) -> None:
    assert expected == speakers(text)
