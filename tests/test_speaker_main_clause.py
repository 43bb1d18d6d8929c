"""The main clause's subject speaks the quotation its sentence holds (docs/quotes.md).

Every sentence here is written for these tests, in several countries' styles: the
speaker is a role or a description, stands far before the quotation, and its verb is
no classic "decir" verb. A named person of an earlier paragraph is there to be
carried, wrongly.
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_quotes
from noticiaparse._reading.subjects import main_subject

#: An earlier paragraph with a named speaker the rules could carry.
BEFORE = "«Estamos trabajando para resolverlo», dijo Juan Pérez.\n\n"

CASES: list[tuple[str, str, str, str]] = [
    (
        "describir-como-long-aside-chile",
        (
            "El director del hospital, tras recorrer las instalaciones afectadas por el incendio "
            "del lunes, describió la situación como «crítica pero controlada»."
        ),
        "crítica pero controlada",
        "El director del hospital",
    ),
    (
        "hablar-de-relative-aside-argentina",
        (
            "Una vecina del barrio, que prefirió no dar su nombre, habló de «abandono total» por "
            "parte de las autoridades."
        ),
        "abandono total",
        "Una vecina del barrio",
    ),
    (
        "definir-como-clitic-mexico",
        (
            "La gobernadora de la entidad, quien encabezó el acto en la plaza central junto "
            "a otros funcionarios, la definió como «una jornada histórica»."
        ),
        "una jornada histórica",
        "La gobernadora de la entidad",
    ),
    (
        "referirse-a-opening-adjunct-spain",
        (
            "Tras la reunión del consejo, la portavoz del Ejecutivo se refirió a la oposición como "
            "«un grupo de irresponsables»."
        ),
        "un grupo de irresponsables",
        "la portavoz del Ejecutivo",
    ),
    (
        "reconocer-infinitive-bracket-and-aside-colombia",
        (
            "El concejal de Cali (Polo), en diálogo con una emisora local, reconoció estar «muy "
            "preocupado» por la situación."
        ),
        "muy preocupado",
        "El concejal de Cali",
    ),
    (
        "organisation-pide-peru",
        (
            "La Defensoría del Pueblo, en un comunicado difundido anoche, pidió «celeridad» en la "
            "investigación."
        ),
        "celeridad",
        "La Defensoría del Pueblo",
    ),
    (
        "a-complement-with-no-comma-then-an-aside-venezuela",
        (
            "La vocera de la familia de la joven desaparecida en el sector de Las Torres, "
            "quien llegó acompañada de sus abogados, lo resumió así: «Queremos justicia»."
        ),
        "Queremos justicia",
        "La vocera de la familia de la joven desaparecida",
    ),
    (
        "a-perfect-after-a-complement-spain",
        "El portavoz del PP en el Congreso ha tachado de «ocurrencia» la propuesta del Gobierno.",
        "ocurrencia",
        "El portavoz del PP",
    ),
    (
        "an-institution-with-a-complement-mexico",
        (
            "La Secretaría de Salud del estado, a través de un comunicado, informó que la "
            "situación está «bajo control»."
        ),
        "bajo control",
        "La Secretaría de Salud",
    ),
    (
        "a-restrictive-relative-chile",
        "La vecina que llamó a Carabineros habló de «una escena de terror».",
        "una escena de terror",
        "La vecina",
    ),
    (
        "verb-of-no-own-subject-after-main-panama",
        (
            "Entrada la noche, los manifestantes bloquearon la avenida al tiempo que gritaban "
            "«¡Fuera los corruptos del Gobierno!»."
        ),
        "¡Fuera los corruptos del Gobierno!",
        "los manifestantes",
    ),
]


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_the_main_subject_speaks(text: str, quoted: str, speaker: str) -> None:
    found = {q.text: q.speaker.text if q.speaker else None for q in parse_quotes(BEFORE + text)}
    assert found[quoted] == speaker


#: A later reporting verb with a subject of its own keeps the quotation.
OWN_SUBJECT: list[tuple[str, str, str, str]] = [
    (
        "relative-quien",
        (
            "Los médicos aseguraron que faltan insumos, como Ana Rojas, jefa de turno, quien "
            "señaló que los pacientes «llegan muy graves»."
        ),
        "llegan muy graves",
        "Ana Rojas",
    ),
    (
        "pronoun-after-y",
        "La alcaldesa Ana Paz dijo que Luis Mena «miente» y él respondió que «no hay deuda».",
        "no hay deuda",
        "Luis Mena",
    ),
]


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [c[1:] for c in OWN_SUBJECT],
    ids=[c[0] for c in OWN_SUBJECT],
)
def test_a_later_subject_keeps_its_words(text: str, quoted: str, speaker: str) -> None:
    found = {q.text: q.speaker.text if q.speaker else None for q in parse_quotes(text)}
    assert found[quoted] == speaker


NO_MAIN: list[tuple[str, str]] = [
    ("quotation-opens-the-sentence", "«No hay camas», dijo."),
    ("a-thing-opens-it", "La medida, según se supo, rige desde «mañana»."),
    ("no-verb-before-the-quotation", "El director del hospital y su «equipo» llegaron."),
    ("an-aside-never-closed", "El director, que estuvo allí: «Nada»."),
    ("an-adjunct-with-a-colon", "Tras la reunión: la ministra pidió «calma»."),
    ("a-capitalised-word-for-a-verb", "El ministro Juan Soto «llegó»."),
    ("a-bracket-never-closed", "El concejal (Polo en una radio local dijo «no»."),
    ("a-name-takes-no-complement", "Otras de las frases del ministro tuvieron «eco»."),
    (
        "a-complement-runs-too-long",
        "La jefa de la unidad de los servicios de la red del sur de la zona «sí».",
    ),
    ("a-relative-with-no-verb", "La vecina que, con «miedo», llamó."),
    (
        "a-relative-never-closed",
        "Los vecinos que llamaron a los bomberos y a la policía esa «noche».",
    ),
    ("a-perfect-passive", "La jueza ha sido acusada de «parcialidad» por la defensa."),
    ("a-passive-main-verb", "El ministro fue acusado de «traición» por la oposición."),
    ("a-passive-after-an-aside", "La jueza, según la prensa, fue criticada por su «desidia»."),
]


@pytest.mark.parametrize(("text"), [c[1] for c in NO_MAIN], ids=[c[0] for c in NO_MAIN])
def test_no_main_subject(text: str) -> None:
    assert main_subject(text, text.rindex("«"), 0) is None


#: A clause with a verb before the colon is its subject's, not a headline's "X de Y:".
COLON: list[tuple[str, str, str, str]] = [
    (
        "participle-aside-then-colon-chile",
        (
            "La ministra de Salud, consultada por la prensa a la salida del Congreso, se mostró "
            "optimista: «Vamos a salir adelante»."
        ),
        "Vamos a salir adelante",
        "La ministra de Salud",
    ),
    (
        "long-role-then-colon-uruguay",
        (
            "El presidente de la Asociación de Rurales, al cierre de la exposición, fue claro: "
            "«El campo no aguanta más impuestos»."
        ),
        "El campo no aguanta más impuestos",
        "El presidente de la Asociación de Rurales",
    ),
]


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"), [c[1:] for c in COLON], ids=[c[0] for c in COLON]
)
def test_a_clause_before_a_colon(text: str, quoted: str, speaker: str) -> None:
    found = {q.text: q.speaker.text if q.speaker else None for q in parse_quotes(BEFORE + text)}
    assert found[quoted] == speaker


#: After the quotation: an aside between the verb and its subject, or the next sentence
#: pointing back with "así".
AFTER: list[tuple[str, str, str, str]] = [
    (
        "two-asides-after-the-verb-peru",
        (
            "«No hay camas disponibles», reconoció a este diario, visiblemente molesto, el "
            "director del hospital."
        ),
        "No hay camas disponibles",
        "el director del hospital",
    ),
    (
        "mediante-before-the-subject-ecuador",
        "«Seguimos trabajando», sostuvo mediante un comunicado la Empresa Eléctrica Quito.",
        "Seguimos trabajando",
        "la Empresa Eléctrica Quito",
    ),
    (
        "respondio-asi-argentina",
        (
            "«La economía está creciendo», afirmó en rueda de prensa. El vocero presidencial, "
            "Manuel Adorni, respondió así a las críticas."
        ),
        "La economía está creciendo",
        "Manuel Adorni",
    ),
    (
        "se-expreso-de-esta-manera-spain",
        (
            "«No vamos a retroceder». La ministra de Trabajo se expresó de esta manera ante los "
            "sindicatos."
        ),
        "No vamos a retroceder",
        "La ministra de Trabajo",
    ),
]


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"), [c[1:] for c in AFTER], ids=[c[0] for c in AFTER]
)
def test_named_after_the_quotation(text: str, quoted: str, speaker: str) -> None:
    found = {q.text: q.speaker.text if q.speaker else None for q in parse_quotes(BEFORE + text)}
    assert found[quoted] == speaker


NOT_POINTING_BACK = [
    ("another-verb", "«No vamos a retroceder». Luego la ministra de Trabajo viajó a Lima."),
    ("no-next-sentence", "«No vamos a retroceder», dijo"),
    ("no-subject", "«No vamos a retroceder». Respondió así a las críticas."),
    ("a-thing-opens-it", "«No vamos a retroceder». La reunión terminó así, sin acuerdo."),
    ("no-pointer", "«No vamos a retroceder». La ministra de Trabajo respondió a las críticas."),
]


@pytest.mark.parametrize(
    "text", [c[1] for c in NOT_POINTING_BACK], ids=[c[0] for c in NOT_POINTING_BACK]
)
def test_the_next_sentence_names_no_one(text: str) -> None:
    quote = parse_quotes(BEFORE + text)[-1]
    assert quote.speaker is not None
    assert quote.speaker.text == "Juan Pérez"  # carried: nobody else speaks
