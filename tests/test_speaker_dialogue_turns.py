"""A chronicle's dash dialogue: a line with no incise is the turn of the speaker before the last.

Sentences written for these tests, in several countries' styles: the rule of
``docs/quotes.md`` (Speakers). Spanish sets each turn in a paragraph of its own opened
by a dash; when the two turns right before a line were two different people's, the
line with no incise goes back to the first of them.
"""

from __future__ import annotations

import pytest

from _speakers import speakers

CASES: list[tuple[str, str, list[str | None]]] = [
    (
        "two-neighbours-chile",
        (
            "Ana Ruiz y Pedro Gómez esperan en la fila del consultorio desde la madrugada.\n\n"
            "—¿Cuánto falta? —preguntó Ana.\n\n"
            "—Dos horas, como mínimo —respondió Pedro.\n\n"
            "—No puede ser.\n\n"
            "—Así es siempre acá."
        ),
        ["Ana Ruiz", "Pedro Gómez", "Ana Ruiz", "Pedro Gómez"],
    ),
    (
        "en-dashes-argentina",
        (
            "En la parada del colectivo, Lucía Benítez discute con el chofer Raúl Ferreyra.\n\n"
            "– ¿Por qué no para en esta esquina? – le reclamó Lucía.\n\n"
            "– Porque cambiaron el recorrido – contestó Raúl.\n\n"
            "– Nadie nos avisó de nada.\n\n"
            "– Salió en la página de la empresa."
        ),
        ["Lucía Benítez", "Raúl Ferreyra", "Lucía Benítez", "Raúl Ferreyra"],
    ),
    (
        "an-incise-names-the-turn-mexico",
        (
            "La comerciante Carmen Vázquez atiende su puesto junto a su vecino Ernesto Lira.\n\n"
            "—¿Ya llegó la mercancía? —preguntó Carmen.\n\n"
            "—Todavía no —dijo Ernesto.\n\n"
            "—Entonces cerramos temprano —insistió Carmen.\n\n"
            "—Como usted diga."
        ),
        ["Carmen Vázquez", "Ernesto Lira", "Carmen Vázquez", "Ernesto Lira"],
    ),
    # one speaker's lines do not alternate: the speaker carries
    (
        "one-speaker-spain",
        (
            "El pescador Andrés Lago repasa la temporada en el puerto.\n\n"
            "—Este año ha sido el peor que recuerdo —cuenta Andrés.\n\n"
            "—Y no hay ayudas a la vista."
        ),
        ["Andrés Lago", "Andrés Lago"],
    ),
    # a paragraph of the writer's between the turns ends the run
    (
        "writer-between-peru",
        (
            "La vendedora Rosa Quispe y el cliente Mario Salas negocian el precio.\n\n"
            "—¿Cuánto cuesta? —preguntó Mario.\n\n"
            "—Veinte soles —respondió Rosa.\n\n"
            "Mario Salas sacó la billetera y contó las monedas con calma.\n\n"
            "—Le doy quince."
        ),
        ["Mario Salas", "Rosa Quispe", "Mario Salas"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_dialogue_turns(text: str, expected: list[str | None]) -> None:
    assert expected == speakers(text)


XFAIL: list[tuple[str, str, list[str | None]]] = [
    # the addressee of the first turn ("a su compañero") is not read as the next speaker
    (
        "addressee-answers-colombia",
        (
            "Jorge Pardo y Felipe Rincón viajaban en el camión hacia Tunja.\n\n"
            "—¿Y ahora qué hacemos? —le preguntó Jorge a Felipe.\n\n"
            "—Esperar a que abran la vía."
        ),
        ["Jorge Pardo", "Felipe Rincón"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in XFAIL], ids=[c[0] for c in XFAIL])
@pytest.mark.xfail(strict=True, reason="the first turn's addressee is not read as the next speaker")
def test_dialogue_turn_misses(text: str, expected: list[str | None]) -> None:
    assert expected == speakers(text)
