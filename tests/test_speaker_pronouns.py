"""A subject pronoun before or after the reporting verb: "Él contestó: «…»".

Sentences written for these tests, in several countries' styles: the rule of
``docs/quotes.md`` (Speakers). "Él" and "ella" agree in gender with the person they
stand for: when the speaker the context gives is of the other gender, the pronoun is
the person of its gender the text is about.
"""

from __future__ import annotations

import pytest

from _speakers import speakers

CASES: list[tuple[str, str, list[str | None]]] = [
    (
        "he-after-her-chile",
        (
            "La ministra Carolina Vidal llegó a la comuna junto al alcalde Pedro Soto. Él "
            "contestó: «No tenemos recursos para eso»."
        ),
        ["Pedro Soto"],
    ),
    (
        "she-after-him-mexico",
        (
            "El gobernador Andrés Pino recorrió la colonia con la secretaria Lucía Méndez. "
            "Ella respondió que «los apoyos llegarán esta misma semana»."
        ),
        ["Lucía Méndez"],
    ),
    (
        "she-clitic-between-argentina",
        (
            "El intendente Jorge Ibáñez escuchó los reclamos de la vecina Marta Quiroga. "
            "Ella le dijo: «Hace tres meses que esperamos una respuesta»."
        ),
        ["Marta Quiroga"],
    ),
    (
        "he-adverb-between-spain",
        (
            "La consejera Elena Sanz compareció con el director general Tomás Arrieta. Él "
            "también aseguró que «las obras acabarán en primavera»."
        ),
        ["Tomás Arrieta"],
    ),
    (
        "she-after-the-verb-colombia",
        (
            "El concejal Mauricio Rendón pidió la palabra durante el debate con la "
            "personera Diana Arango. «No vamos a permitir más atropellos», respondió ella."
        ),
        ["Diana Arango"],
    ),
    (
        "he-after-a-quote-of-hers-peru",
        (
            "«El hospital está colapsado», denunció la enfermera Rosa Huamán ante el "
            "director Julián Paredes. Él replicó: «Estamos contratando personal nuevo»."
        ),
        ["Rosa Huamán", "Julián Paredes"],
    ),
    # the sentence before the quotation opens on the pronoun, no reporting verb
    (
        "she-opens-the-sentence-before-uruguay",
        (
            "«Vamos a revisar los contratos», dijo la intendenta Laura Pintos.\n\n«Eso es "
            "tarde», le reprochó el edil Gonzalo Rey. Ella prefirió no polemizar. «Ya dije "
            "lo que tenía que decir»."
        ),
        ["Laura Pintos", "Gonzalo Rey", "Laura Pintos"],
    ),
    (
        "he-opens-the-quotation-s-sentence-venezuela",
        (
            "La diputada Yelitza Ramos acusó al ministro Rafael Briceño de ocultar datos. "
            "Él, visiblemente molesto, aseguró que «los datos son públicos»."
        ),
        ["Rafael Briceño"],
    ),
    # the speaker the context gives agrees with the pronoun: it stays
    (
        "same-gender-kept-caribbean",
        (
            "El alcalde Ramón Peña habló con los pescadores. «Vamos a reparar el muelle», "
            "dijo el alcalde. Él añadió: «El dinero ya está aprobado»."
        ),
        ["Ramón Peña", "Ramón Peña"],
    ),
    # a pronoun inside the speaker's words is no subject of the verb after them
    (
        "pronoun-quoted-us-spanish",
        (
            "La activista Carmen Ortiz habló con el senador Luis Ramos. «Confío en él», "
            "dice la activista."
        ),
        ["Carmen Ortiz"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_pronoun_subject_speaker(text: str, expected: list[str | None]) -> None:
    assert expected == speakers(text)


XFAIL: list[tuple[str, str, list[str | None]]] = [
    # two people of one gender: the pronoun's contrast with the other is not read
    (
        "same-gender-contrast-chile",
        (
            "«Sigue siendo lento», le reprochó el ingeniero Marcos Lobo al piloto Iván "
            "Vera. Le preguntaron si hablaría con su ingeniero y él contestó: «No por ahora»."
        ),
        ["Marcos Lobo", "Iván Vera"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in XFAIL], ids=[c[0] for c in XFAIL])
@pytest.mark.xfail(strict=True, reason="the pronoun's contrast between two of one gender")
def test_pronoun_subject_speaker_misses(text: str, expected: list[str | None]) -> None:
    assert expected == speakers(text)
