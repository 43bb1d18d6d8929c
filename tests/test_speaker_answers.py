"""A verb of answering with no subject, right after a question: never the asker's words.

Sentences written for these tests, in several countries' styles: the rule of
``docs/quotes.md`` (Speakers). "«¿…?», le preguntó una vecina. «…», respondió."
gives the answer to the speaker before the asker, else to the person the text is about
(``lexicons/answering_verbs.txt``).
"""

from __future__ import annotations

import pytest

from _speakers import speakers

CASES: list[tuple[str, str, list[str | None]]] = [
    (
        "a-neighbour-asks-chile",
        (
            "La ministra Carla Ríos recorrió la feria de Temuco.\n\n«¿Cuándo baja el precio "
            "del pan?», le preguntó una vendedora. «Estamos trabajando en eso», respondió."
        ),
        ["una vendedora", "Carla Ríos"],
    ),
    (
        "after-an-earlier-speaker-mexico",
        (
            "«Vamos a reabrir el mercado», dijo el alcalde Jorge Paz.\n\n«¿Y los "
            "locatarios?», lo cuestionó una comerciante. «Tendrán su lugar», contestó."
        ),
        ["Jorge Paz", "una comerciante", "Jorge Paz"],
    ),
    (
        "a-named-asker-spain",
        (
            "«La ley se aprobará en junio», aseguró la consejera Elena Sanz.\n\n«¿Con qué "
            "votos?», le preguntó el diputado Óscar Puente. «Con los de siempre», replicó."
        ),
        ["Elena Sanz", "Óscar Puente", "Elena Sanz"],
    ),
    # an answer with a subject of its own keeps it
    (
        "answer-with-subject-argentina",
        (
            "«¿Quién paga la obra?», preguntó el concejal Diego Rey. «La provincia», "
            "respondió el intendente Martín Lagos."
        ),
        ["Diego Rey", "Martín Lagos"],
    ),
    # no question before: the verb carries as before
    (
        "no-question-peru",
        (
            "«El puente estará listo en marzo», dijo el gobernador Julián Paredes.\n\n"
            "«No habrá más retrasos», respondió luego a la prensa."
        ),
        ["Julián Paredes", "Julián Paredes"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_answer_is_not_the_askers(text: str, expected: list[str | None]) -> None:
    assert expected == speakers(text)
