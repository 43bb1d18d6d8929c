"""Verbs opening a sentence are no speakers; a name after an outlet is the subject.

Sentences written for these tests, in several countries' styles: the rule of
``docs/quotes.md`` (Speakers: a verb opening a sentence). Spanish drops the subject
the sentence before gave ("El gobernador llegó. Recorrió las obras y aseguró…"): the
capitalised "-ó" form at the sentence's head is that verb, and the speaker of the
reporting verb after it is still the person named before. Inside a sentence, where no
verb is capitalised, the same ending closes a name ("Joan Miró").
"""

from __future__ import annotations

import pytest

from _speakers import speakers
from noticiaparse import parse
from noticiaparse._reading.reading import read_article
from noticiaparse._text.span import Span

CASES: list[tuple[str, str, list[str | None]]] = [
    (
        "governor-mexico",
        (
            "El gobernador Samuel Ortiz llegó temprano al municipio. Recorrió las obras del "
            'hospital y aseguró que estarán listas en marzo. "Vamos a cumplir con la gente", '
            "insistió."
        ),
        ["Samuel Ortiz"],
    ),
    (
        "minister-spain",
        (
            "La ministra Carmen Lozano viajó a Valencia el lunes. Firmó un convenio con los "
            "agricultores y dijo que habrá más ayudas. «Nadie quedará atrás», declaró ante los "
            "periodistas."
        ),
        ["Carmen Lozano"],
    ),
    (
        "mayor-peru",
        (
            "El alcalde Héctor Ramírez Soto asumió en junio. Visitó ayer el barrio afectado por "
            "la lluvia y reconoció que hubo demoras. “Nadie nos avisó a tiempo”, lamentó."
        ),
        ["Héctor Ramírez Soto"],
    ),
    (
        "senator-chile-reporting-verb-first",
        (
            "La senadora Ana Pérez habló en la radio. Criticó el presupuesto y sostuvo que "
            'faltan recursos. "Así no se puede gobernar", afirmó.'
        ),
        ["Ana Pérez"],
    ),
    (
        "adverb-opening-argentina",
        (
            "El intendente Luis Bravo habló con la prensa. Acá faltan médicos, dijo, y pidió "
            '"más recursos" para el hospital.'
        ),
        ["Luis Bravo"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_speaker_past_an_opening_verb(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(("text", "_"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_an_opening_verb_is_no_source(text: str, _: list[str | None]) -> None:
    names = [s.name for s in parse("Título\n\n" + text).sources]
    assert not any(name.endswith(("ó", "Acá")) for name in names)


def test_the_ending_inside_a_sentence_closes_a_name() -> None:
    text = "La muestra reúne obras de Joan Miró. La obra de Miró atrajo a miles de visitantes."
    reading = read_article(text, [Span(0, len(text))])
    assert reading.cast.full_name("Miró") == "Joan Miró"
    assert "Miró" in {name for _, name in reading.cast.named}


def test_an_opening_verb_is_not_named() -> None:
    text = "La senadora Ana Pérez visitó la zona. Respaldó la candidatura de su colega."
    reading = read_article(text, [Span(0, len(text))])
    assert "Respaldó" not in {name for _, name in reading.cast.named}


# A name right after the outlet a verb's words went to is the subject, even when its
# given name is not in the lexicon (docs/quotes.md: the subject after a reporting verb).
AFTER_OUTLET: list[tuple[str, str, str]] = [
    (
        "us-spanish-tv",
        (
            '"Los alquileres no paran de subir en la ciudad", dijo a Telemundo Skylar Mendes, '
            "economista de una firma inmobiliaria."
        ),
        "Skylar Mendes",
    ),
    (
        "agency-with-its-noun",
        (
            "«La cosecha se perdió casi entera», dijo a la agencia EFE Wendell Oakes, productor "
            "de la zona."
        ),
        "Wendell Oakes",
    ),
    (
        "british-broadcaster",
        (
            "“Las mascarillas no bajan el oxígeno en sangre”, explicó a la BBC Keith Norris, "
            "profesor emérito de epidemiología."
        ),
        "Keith Norris",
    ),
    (
        "known-given-name-still",
        '"No hubo aviso previo", contó a Reuters Laura Mendes, vecina del barrio.',
        "Laura Mendes",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in AFTER_OUTLET], ids=[c[0] for c in AFTER_OUTLET]
)
def test_a_name_after_the_outlet_is_the_subject(text: str, expected: str) -> None:
    assert speakers(text) == [expected]


# Past a comma the verb's own words did not open, a phrase opens only right after a
# comma: a renaming inside the adjunct ("X, antes Twitter") is no subject.
AFTER_COMMA: list[tuple[str, str, str]] = [
    (
        "renamed-network-colombia",
        (
            "El senador Mario Quintero le respondió al exalcalde: “El Congreso nunca se cierra. "
            "Eso sería un golpe”, afirmó desde su perfil oficial de X, antes Twitter."
        ),
        "Mario Quintero",
    ),
    (
        "aside-then-subject-spain",
        "«No hay dinero para nadie», dijo a la prensa, tras la reunión, el ministro Raúl Vega.",
        "Raúl Vega",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in AFTER_COMMA], ids=[c[0] for c in AFTER_COMMA]
)
def test_a_phrase_past_a_comma_opens_after_it(text: str, expected: str) -> None:
    assert speakers(text) == [expected]


# The verb of a relative clause has the relative's antecedent for subject: "X, quien
# sostuvo que «…»" is X's, not the main clause's subject's (docs/quotes.md).
RELATIVE: list[tuple[str, str, str]] = [
    (
        "interviewer-chile",
        (
            "El ministro Raúl Vega habló con la conductora Ana Ríos, quien sostuvo que la "
            "reforma «no tiene apoyo en el Congreso». Vega respondió que sí."
        ),
        "Ana Ríos",
    ),
    (
        "object-with-clitic-mexico",
        (
            "El fiscal visitó al empresario Tomás Ferrer, quien le aseguró que todo era "
            '"un malentendido".'
        ),
        "Tomás Ferrer",
    ),
    (
        "group-with-adverb-colombia",
        (
            "Los vecinos hablaron con los dirigentes, quienes además denunciaron un "
            "“abandono total” del barrio."
        ),
        "los dirigentes",
    ),
    (
        "owner-of-a-noun-argentina",
        (
            "Ante la sorpresa de la conductora, quien sostuvo que antes «eso no pasará "
            "jamás», el presidente Raúl Vega afirmó que no."
        ),
        "la conductora",
    ),
    (
        "subject-relative-spain",
        (
            "La exministra Clara Ortiz, quien ha dicho que la ley es «un retroceso», "
            "encabezó la marcha."
        ),
        "Clara Ortiz",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in RELATIVE], ids=[c[0] for c in RELATIVE]
)
def test_a_relative_clause_speaks_for_its_antecedent(text: str, expected: str) -> None:
    assert speakers(text) == [expected]


# A connective that hands the word on ("por su parte", "a su turno") makes the role
# after it another party than the one quoted last (docs/quotes.md: speaker changes).
TURNS: list[tuple[str, str, list[str | None]]] = [
    (
        "por-su-parte-chile",
        (
            "El alcalde Juan Pérez habló con el vecino Diego Ruiz. «La obra está lista», dijo "
            "Pérez. Por su parte, el dirigente sostuvo que «nadie nos consultó»."
        ),
        ["Juan Pérez", "Diego Ruiz"],
    ),
    (
        "a-su-turno-argentina",
        (
            "El secretario de Comercio de Brasil, Pedro Mendes, se reunió hoy con el presidente "
            'Luis Arce. "Es un día histórico", dijo Arce. A su turno, el funcionario recordó '
            'que "la región necesita más integración".'
        ),
        ["Luis Arce", "Pedro Mendes"],
    ),
    (
        "no-other-party-the-role-stays",
        (
            "El alcalde Juan Pérez inauguró la obra. «Está lista», dijo Pérez. Por su parte, "
            "el dirigente sostuvo que «nadie nos consultó»."
        ),
        ["Juan Pérez", "el dirigente"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in TURNS], ids=[c[0] for c in TURNS])
def test_a_turn_hands_the_word_to_another_party(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


# A crowd named by a singular noun ("la gente", "la multitud", "el público") speaks or
# chants as one group; as a share's complement it is a statistic, no speaker.
CROWDS: list[tuple[str, str, list[str | None]]] = [
    (
        "people-cuba",
        (
            "La vecina Marta Ruiz contó que no tienen luz desde el lunes. Frente al municipio, la "
            "gente gritaba sin parar: «¡Queremos luz!». No hubo detenidos."
        ),
        ["la gente"],
    ),
    (
        "crowd-argentina",
        "Frente a la Casa Rosada, la multitud coreaba: “¡Que se vayan todos!”.",
        ["la multitud"],
    ),
    (
        "audience-spain",
        "Cuando salió al escenario, el público gritó: «¡Otra, otra!».",
        ["el público"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CROWDS], ids=[c[0] for c in CROWDS])
def test_a_crowd_speaks_as_one_group(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


def test_a_share_of_the_people_is_no_source() -> None:
    text = (
        "Título\n\nSegún el sondeo, el 58% de la gente opina que el país va por buen camino. "
        "«Hay optimismo», dijo el analista Pedro Soto."
    )
    assert "la gente" not in [s.name for s in parse(text).sources]
