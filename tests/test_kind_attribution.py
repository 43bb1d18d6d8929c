"""A short fragment a reporting verb credits is its subject's partial; a label stays a term.

Sentences written for these tests, in several countries' styles. The rule of
``docs/quotes.md`` (Kinds, the attribution's second look): a word or two in small
letters that the kind rules leave a term is partial, its speaker the subject, when the
writer's words since the quotation before hold a reporting verb in a finite past, a
gerund or a perfect (not "según X") whose subject, a person or a group, stands before
it in the sentence; never after a preposition, an article or not (a noun's
complement), after "el llamado", nor after a present ("denuncian la «funa»").
"""

from __future__ import annotations

import pytest

from _speakers import kinds_and_speakers as read

#: The object of the reporting verb, past the adjuncts between (the second look).
CREDITED: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "adjuncts-set-off-by-commas-chile",
        (
            "El senador Rodrigo Paz criticó este martes, durante la sesión de la comisión, "
            "la «improvisación» del Ejecutivo."
        ),
        [("partial", "Rodrigo Paz")],
    ),
    (
        "a-long-adjunct-peru",
        "El entrenador Ricardo Gareca lamentó en rueda de prensa la «falta de gol» de su equipo.",
        [("partial", "Ricardo Gareca")],
    ),
    (
        "a-perfect-spain",
        (
            "La consejera de Sanidad ha criticado esta mañana, ante los medios, el "
            "«abandono» de la atención primaria."
        ),
        [("partial", "La consejera de Sanidad")],
    ),
    (
        "before-local-deputies-mexico",
        (
            "El gobernador Samuel García cuestionó ayer ante los diputados locales el "
            "«doble discurso» de la oposición."
        ),
        [("partial", "Samuel García")],
    ),
    (
        "a-radio-interview-argentina",
        (
            "El ministro de Economía destacó ayer, en una entrevista radial, la "
            "«fortaleza» de las reservas."
        ),
        [("partial", "El ministro de Economía")],
    ),
    (
        "a-weekly-press-conference-caribe",
        (
            "El presidente Luis Abinader reconoció este lunes, durante su rueda de prensa "
            "semanal, el «error» de su gobierno."
        ),
        [("partial", "Luis Abinader")],
    ),
    (
        "before-a-commission-colombia",
        (
            "La senadora Ximena Rincón denunció el lunes ante la comisión investigadora el "
            "«desorden» en las cuentas."
        ),
        [("partial", "Ximena Rincón")],
    ),
    # what the kind rules read already: a qualifying verb, a crediting phrase
    (
        "a-qualifying-verb",
        "El ministro calificó de «irresponsable» la propuesta de la oposición.",
        [("partial", "El ministro")],
    ),
    (
        "a-crediting-phrase",
        "Según la fiscal, el acusado actuó con «total frialdad» durante el asalto.",
        [("partial", "la fiscal")],
    ),
]


#: Labels, nicknames, coined words and names: the writer's, whoever speaks in the sentence.
TERMS: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "slang-after-segun-mexico",
        "Según vecinos de la colonia, el «huachicoleo» de agua creció durante la sequía.",
        [("term", None)],
    ),
    (
        "slang-after-de-acuerdo-con-argentina",
        "De acuerdo con los comerciantes del barrio, los «trapitos» volvieron a las calles.",
        [("term", None)],
    ),
    (
        "a-present-names-a-coined-thing",
        "Los estudiantes denuncian las «funas» en los pasillos de la facultad.",
        [("term", None)],
    ),
    (
        "a-measure-in-a-nouns-complement-colombia",
        "El alcalde anunció este lunes el fin del «pico y placa» en el centro de Bogotá.",
        [("term", None)],
    ),
    (
        "a-preposition-and-an-article-before-it",
        ("El director técnico reconoció tras el partido el mal estado de la «cancha sintética»."),
        [("term", None)],
    ),
    (
        "the-so-called-law",
        "La ministra detalló en la conferencia el alcance de la llamada «ley corta» de isapres.",
        [("term", None)],
    ),
    (
        "a-foreign-word-after-del",
        "La investigadora explicó ante la comisión el fenómeno del «ghosting» entre los jóvenes.",
        [("term", None)],
    ),
    (
        "a-nickname",
        "El fiscal señaló en la audiencia que el acusado, alias «el Flaco», huyó del país.",
        [("term", None)],
    ),
    (
        "a-new-clause-with-its-own-subject",
        "La gobernadora pidió «calma», mientras los «barras bravas» cortaban la ruta.",
        [("partial", "La gobernadora"), ("term", None)],
    ),
    (
        "a-document-credits-no-speaker",
        "Según el informe, el «fracking» contamina las napas subterráneas de la región.",
        [("term", None)],
    ),
    (
        "a-programme-in-title-case",
        "El ministro presentó ayer en Lima el programa «Hambre Cero» para las zonas rurales.",
        [("title", None)],
    ),
    (
        "scare-quotes-before-a-closing-incise",
        "Los «okupas» dejaron el edificio el martes, informó la policía.",
        [("term", None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in CREDITED], ids=[c[0] for c in CREDITED]
)
def test_credited_fragment(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert expected == read(text)


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in TERMS], ids=[c[0] for c in TERMS])
def test_term_stays(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert expected == read(text)


MISSES: list[tuple[str, str, list[tuple[str, str | None]], str]] = [
    (
        "a-verb-of-stance-the-lexicon-lacks",
        (
            "La alcaldesa Claudia López rechazó este domingo en sus redes sociales el "
            "«vandalismo» en TransMilenio."
        ),
        [("partial", "Claudia López")],
        "a verb no reporting lexicon lists (rechazar) gives no attribution to read",
    ),
    (
        "a-coined-word-in-a-nouns-complement",
        "El gerente explicó el uso de «bots» en la campaña digital del partido.",
        [("term", None)],
        "a foreign word after a preposition, in the object of a reporting verb, reads as partial",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(m[1], m[2], marks=pytest.mark.xfail(strict=True, reason=m[3])) for m in MISSES],
    ids=[m[0] for m in MISSES],
)
def test_known_misses(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert expected == read(text)
