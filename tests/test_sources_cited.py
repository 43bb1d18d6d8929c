"""Who is cited and who only acts: sentences written here, in several countries' styles.

Each group is one rule of ``docs/sources.md``: a reporting verb used as an act on an
object credits no one, an institution qualified by a lower-case adjective of its
country, level or field is the subject of the verb after it and one source with its bare
name.
"""

from __future__ import annotations

import pytest

from _credit import Credited, credited

CASES: list[tuple[str, str, Credited]] = [
    # a reporting verb with a direct object and no statement is an act
    (
        "ratified-a-reform-nicaragua",
        "La Asamblea ratificó el martes la enmienda al reglamento interno.",
        [],
    ),
    (
        "ratified-that-is-a-statement-spain",
        "El Gobierno ratificó ayer que la reforma seguirá adelante.",
        [("Gobierno", "organization")],
    ),
    (
        "defined-a-term-mexico",
        "La Real Academia define la palabra como un préstamo del inglés.",
        [],
    ),
    (
        "guaranteed-supply-chile",
        "La empresa Aguas del Valle garantizó el suministro durante el verano.",
        [],
    ),
    (
        "guaranteed-that-argentina",
        "La empresa Aguas del Valle garantizó a los vecinos que el suministro seguirá.",
        [("Aguas del Valle", "organization")],
    ),
    (
        "guaranteed-to-someone-is-said-russia-in-spanish-press",
        "El presidente Vladimir Putin le ha garantizado la ayuda de su país.",
        [("Vladimir Putin", "person")],
    ),
    (
        "celebrated-a-goal-uruguay",
        "El delantero Martín Suárez celebró el gol con la hinchada.",
        [],
    ),
    (
        "proposed-a-bill-peru",
        "La congresista Rosa Quispe propuso un proyecto de ley sobre el agua.",
        [],
    ),
    (
        "proposed-with-a-colon-colombia",
        "La congresista Rosa Quispe propuso: crear un fondo para el agua.",
        [("Rosa Quispe", "person")],
    ),
    (
        "act-verb-after-a-comma-its-subject-after-it-venezuela",
        "La planta seguirá cerrada hasta marzo, ratificó el gerente Pedro Lagos.",
        [("Pedro Lagos", "person")],
    ),
    (
        "the-pronoun-stands-for-the-words-dominican-republic",
        "Así lo ratificó el ministro de Educación, Ángel Hernández.",
        [("Ángel Hernández", "person")],
    ),
    (
        "a-saying-verb-with-an-object-still-informs-bolivia",
        "El ministro Marcelo Montenegro anunció un aumento del salario mínimo.",
        [("Marcelo Montenegro", "person")],
    ),
    # a negated reporting verb says nothing was said, but a litotes states
    (
        "did-not-answer-is-no-statement-chile",
        (
            "El senador Pablo Ríos criticó la reforma. El ministro Tomás Vial no respondió a "
            "las críticas."
        ),
        [("Pablo Ríos", "person")],
    ),
    (
        "did-not-explain-it-is-no-statement-spain",
        "La consejera Marta Gil no lo explicó en la rueda de prensa.",
        [],
    ),
    (
        "did-not-rule-out-is-a-statement-mexico",
        "El secretario Luis Ortega no descartó que haya cambios en el gabinete.",
        [("Luis Ortega", "person")],
    ),
    (
        "did-not-deny-is-a-statement-peru",
        "La alcaldesa Rosa Quispe no negó que hubo errores en la licitación.",
        [("Rosa Quispe", "person")],
    ),
    # an institution qualified by a lower-case adjective is the verb's subject
    (
        "national-government-argentina",
        "El Gobierno nacional anunció este martes que el bono se pagará en marzo.",
        [("Gobierno nacional", "organization")],
    ),
    (
        "peruvian-foreign-ministry-peru",
        "La Cancillería peruana informó que el embajador regresará a Lima.",
        [("Cancillería peruana", "organization")],
    ),
    (
        "dominican-prosecution-dominican-republic",
        "El Ministerio Público dominicano precisó que el imputado quedó detenido.",
        [("Ministerio Público dominicano", "organization")],
    ),
    (
        "salvadoran-government-el-salvador",
        "Por su parte, el Gobierno salvadoreño aseguró que no hubo detenciones.",
        [("Gobierno salvadoreño", "organization")],
    ),
    (
        "state-police-mexico",
        "La Policía estatal ha informado que hay dos detenidos.",
        [("Policía estatal", "organization")],
    ),
    (
        "a-verb-between-is-no-adjective-chile",
        "La Policía detuvo a dos personas en Temuco.",
        [],
    ),
    # the bare name after the qualified one, or before it, is the same institution
    (
        "bare-name-after-the-qualified-one-colombia",
        (
            "El Gobierno nacional anunció que el subsidio subirá. Luego el Gobierno informó "
            "que se pagará en marzo."
        ),
        [("Gobierno nacional", "organization")],
    ),
    (
        "bare-name-before-the-qualified-one-spain",
        (
            "La Policía precisó que uno de los detenidos es menor. La Policía local informó "
            "después que hay tres heridos."
        ),
        [("Policía local", "organization")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_cited(text: str, expected: Credited) -> None:
    assert expected == credited(text)


NAMES: list[tuple[str, str, Credited]] = [
    # "de acuerdo al", "conforme al": the article fused with "a"
    (
        "according-to-the-report-of-chile",
        "De acuerdo al reporte de la Oficina Nacional de Emergencia, hay 300 damnificados.",
        [("reporte de la Oficina Nacional de Emergencia", "document")],
    ),
    (
        "according-to-the-bulletin-of-mexico",
        "Conforme al informe del Servicio Meteorológico Nacional, las lluvias seguirán.",
        [("informe del Servicio Meteorológico Nacional", "document")],
    ),
    (
        "according-to-the-minister-named-after-peru",
        "De acuerdo al ministro de Salud, Víctor Zamora, los casos bajaron.",
        [("Víctor Zamora", "person")],
    ),
    (
        "according-to-a-bare-report-no-maker-colombia",
        "De acuerdo al informe, los casos bajaron.",
        [],
    ),
    # "según" and a reporting verb: the subject after whom the words went to
    (
        "according-as-explained-to-this-outlet-chile",
        (
            "Según explicó a este medio la directora del colegio, Ana Rivas, las clases se "
            "retomarán el lunes."
        ),
        [("Ana Rivas", "person")],
    ),
    (
        "according-as-said-to-the-press-argentina",
        "Según dijo a la prensa el intendente Jorge Macri, el subte funcionará el lunes.",
        [("Jorge Macri", "person")],
    ),
    # an adverb or a number opening a sentence is no name
    (
        "an-adverb-is-no-name-bolivia",
        "Actualmente escribe reportajes para una revista de La Paz.",
        [],
    ),
    (
        "a-number-is-no-name-mexico",
        "Tres de ellos aseguraron que no vieron nada.",
        [],
    ),
    # a participle alone is no name; a quantifier alone is a group of people
    (
        "many-is-a-group-argentina",
        "Muchos aseguran que el gobierno no escucha a los jubilados.",
        [("Muchos", "person")],
    ),
    (
        "a-participle-opening-the-sentence-is-no-name-chile",
        "Consultada sobre el tema, explicó que no hay recursos para el hospital.",
        [],
    ),
    (
        "a-surname-before-a-comma-stays-a-name-venezuela",
        "El diputado Luis Machado habló ayer. Machado, por su parte, dijo que votará en contra.",
        [("Luis Machado", "person")],
    ),
    # a person's name with a particle is a person
    (
        "a-particle-in-a-surname-venezuela",
        "«Nadie nos ayuda», contó a Efe Teresa de Mora, jubilada de Maracaibo.",
        [("Efe", "media"), ("Teresa de Mora", "person")],
    ),
    (
        "an-apposed-description-is-the-person-cuba",
        (
            "«No alcanza el sueldo», relató a Efe Marta Villalobos, una costurera de Santa "
            "Clara que esperaba el bus."
        ),
        [("Efe", "media"), ("Marta Villalobos", "person")],
    ),
    # an outlet's name read whole after the preposition that leads to it
    (
        "the-rest-of-an-outlets-name-is-no-subject-usa",
        (
            "Tom Ruiz, conocido como ‘el zar’ en el gobierno anterior, sostuvo en diálogo "
            "con CBS News que hubo 150 detenidos."
        ),
        [("Tom Ruiz", "person")],
    ),
    (
        "a-name-after-the-agency-is-the-subject-venezuela",
        "«Nadie nos ayuda», contó a la AFP Teresa de Mora, jubilada de Maracaibo.",
        [("AFP", "media"), ("Teresa de Mora", "person")],
    ),
    # an organisation's noun names again the subject of the sentence before
    (
        "the-company-is-the-subject-before-chile",
        (
            "Aguas Claras cortó el suministro en diez comunas. La compañía explicó que el "
            "corte durará un día."
        ),
        [("Aguas Claras", "organization")],
    ),
    (
        "the-airline-is-the-subject-before-colombia",
        "Vuelasur canceló 40 vuelos. La aerolínea informó que los pasajeros serán reubicados.",
        [("Vuelasur", "organization")],
    ),
    (
        "a-person-is-no-company-argentina",
        "Pedro Soto cerró el local. La empresa explicó que no hubo pérdidas.",
        [("La empresa", "organization")],
    ),
    (
        "another-paragraph-is-no-antecedent-mexico",
        "Aguas Claras cortó el suministro.\n\nLa compañía explicó que el corte durará un día.",
        [("La compañía", "organization")],
    ),
    # one office under two names: the judge named, not the one sentenced
    (
        "the-magistrate-is-the-judge-named-uruguay",
        (
            "El juez Martín Olivera condenó a Diego Rey a seis años de prisión. El magistrado "
            "señaló que hubo premeditación."
        ),
        [("Martín Olivera", "person")],
    ),
    # a capitalised office in apposition stands for the person named before it
    (
        "capitalised-office-after-the-name-guatemala",
        "Óscar Pineda, Ministro de Finanzas, declaró que el déficit bajará en junio.",
        [("Óscar Pineda", "person")],
    ),
    (
        "capitalised-office-after-the-name-dominican-republic",
        "Luis Abinader, Presidente de la República, afirmó que habrá más inversión.",
        [("Luis Abinader", "person")],
    ),
    (
        "an-institution-named-by-its-body-stays-honduras",
        "La Policía Nacional informó que hay dos detenidos.",
        [("Policía Nacional", "organization")],
    ),
    (
        "a-name-and-a-description-joined-by-y-spain",
        "Juan Pérez y un vecino del barrio denunciaron que el agua no llega.",
        [("Juan Pérez", "person"), ("un vecino del barrio", "anonymous")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in NAMES], ids=[c[0] for c in NAMES])
def test_names(text: str, expected: Credited) -> None:
    assert expected == credited(text)
