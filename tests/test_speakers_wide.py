"""Who said it, over the width of Spanish news: every declarative verb, every place of
the subject, every way of naming a person (docs/quotes.md, "Speakers").

Every sentence is written for these tests, in the styles of several countries (Spain's
«» and "ha dicho", the Americas' "" and preterite, agency copy's "dijo a la AFP").
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_quotes, parse_sources


def speakers(text: str) -> list[str | None]:
    return [None if q.speaker is None else q.speaker.text for q in parse_quotes(text)]


#: Reporting verbs beyond "dijo": complaint, boast, plea, rebuttal, future and
#: conditional, and the verbs with other senses in prose that report right after a mark.
VERBS: list[tuple[str, str, str]] = [
    (
        "se-quejo",
        "«Nadie nos avisó del corte», se quejó Rosa Díaz, vecina del barrio.",
        "Rosa Díaz",
    ),
    (
        "se-jacto",
        '"Vamos a ganar en primera vuelta", se jactó el candidato Marcos Tejada.',
        "Marcos Tejada",
    ),
    (
        "se-ufana",
        "«Somos los primeros del continente», se ufana el alcalde Luis Peña.",
        "Luis Peña",
    ),
    ("protesto", '"Esto es un abuso", protestó el taxista Julio Ramos.', "Julio Ramos"),
    ("clamo", "«Queremos justicia», clamó la madre, Norma Aguilar.", "Norma Aguilar"),
    ("rogo", '"Ayúdennos a encontrarla", rogó su hermano, Iván Cruz.', "Iván Cruz"),
    ("refuto", "«Los datos no dicen eso», refutó la economista Eva Sanz.", "Eva Sanz"),
    ("evoco", '"Aquí jugábamos de niños", evocó Sergio Luna.', "Sergio Luna"),
    ("arremetio", "«Es un Gobierno sin rumbo», arremetió el senador Pablo Ferrán.", "Pablo Ferrán"),
    ("sollozo", '"No me queda nada", sollozó Teresa Paz.', "Teresa Paz"),
    (
        "defendio-after-mark",
        "«Fue la decisión correcta», defendió el ministro Álvaro Gil.",
        "Álvaro Gil",
    ),
    ("rechazo-after-mark", '"No hubo ningún fraude", rechazó la jueza Inés Lara.', "Inés Lara"),
    (
        "celebro-after-mark",
        "«Por fin se hizo justicia», celebró la abogada Marta Vidal.",
        "Marta Vidal",
    ),
    ("sumo-after-mark", '"Nos faltó intensidad", sumó el volante Diego Ruiz.', "Diego Ruiz"),
    ("confio-after-mark", "«Tenía mucho miedo», confió Lucía Ortega.", "Lucía Ortega"),
    ("future-dira", "«No habrá más demoras», dirá hoy el presidente Luis Arce.", "Luis Arce"),
    (
        "future-afirmara",
        '"El acuerdo es bueno", afirmará Carla Ibáñez ante el Senado.',
        "Carla Ibáñez",
    ),
    ("conditional-diria", "«Fue un error», diría después el técnico Ramón Díaz.", "Ramón Díaz"),
    ("conditional-reconoceria", '"Me equivoqué", reconocería luego Ana Mejía.', "Ana Mejía"),
]


@pytest.mark.parametrize(("text", "speaker"), [v[1:] for v in VERBS], ids=[v[0] for v in VERBS])
def test_reporting_verb(text: str, speaker: str) -> None:
    assert [speaker] == speakers(text)


#: A verb with another sense in prose names no source there; its participle neither.
PROSE: list[tuple[str, str]] = [
    ("defendio-in-prose", "El ministro Álvaro Gil defendió la reforma en el Congreso."),
    ("celebrado-por", "El acuerdo fue celebrado por la presidenta Ana Rojas en Lima."),
    ("amenazado-por", "El periodista fue amenazado por Jorge Soto durante la marcha."),
    ("future-not-reporting", "La nueva sede contará con 200 camas y se concluirá en marzo."),
]


@pytest.mark.parametrize("text", [p[1] for p in PROSE], ids=[p[0] for p in PROSE])
def test_no_statement_in_prose(text: str) -> None:
    assert () == parse_sources(text)


#: Where the subject stands after the verb, and how the person is named there.
AFTER_VERB: list[tuple[str, str, str]] = [
    (
        "perfect-then-adverbial-spain",
        "«No habrá rebaja fiscal», ha dicho este martes la ministra Elena Vidal.",
        "Elena Vidal",
    ),
    (
        "pluperfect-conditional",
        '"No es nuestra tarea", le habría dicho el general Tomás Reyes al senador.',
        "Tomás Reyes",
    ),
    ("modal-then-infinitive", '"No hubo presiones", quiso aclarar el fiscal Omar Paz.', "Omar Paz"),
    (
        "modal-prefirio",
        "«Eso lo dirá la justicia», prefirió responder la diputada Sara Gil.",
        "Sara Gil",
    ),
    (
        "incise-without-commas",
        '"Faltan médicos en la guardia", agregó por su parte Nora Benítez.',
        "Nora Benítez",
    ),
    (
        "predicative-adjective",
        "«Nadie nos avisó del corte», dijo indignada Rosa Díaz, vecina del barrio.",
        "Rosa Díaz",
    ),
    (
        "predicative-masculine-role",
        '"Esto no se negocia", respondió molesto el gobernador Hugo Ríos.',
        "Hugo Ríos",
    ),
    (
        "to-this-outlet-then-name",
        '"Perdimos todo", relató a este medio Carmen Aguilar.',
        "Carmen Aguilar",
    ),
    (
        "during-then-role-and-adjective",
        "«Somos un pueblo trabajador», afirmó durante la marcha el dirigente campesino Evo Mamani.",
        "Evo Mamani",
    ),
    (
        "speech-noun-palabras",
        '"El club no se vende", fueron las palabras del presidente de la institución, Raúl Ibarra.',
        "Raúl Ibarra",
    ),
    (
        "role-then-rank-and-name",
        "«Hubo dos detenidos», dijo a EFE el portavoz de la Guardia Civil, el comisario Luis Mena.",
        "Luis Mena",
    ),
    (
        "dejo-claro",
        '"No habrá rebaja de tarifas", dejó claro el gerente Tomás Aravena.',
        "Tomás Aravena",
    ),
    (
        "ha-dejado-claro-then-adverbial",
        "«No habrá rebaja de tarifas», ha dejado claro este jueves la consejera Ana Gil.",
        "Ana Gil",
    ),
    (
        "honorific-dona",
        '"Aquí vendemos desde 1980", cuenta doña Rosa Choque.',
        "Rosa Choque",
    ),
    ("honorific-don", '"La cosecha se perdió", sostiene don Pedro Vera, agricultor.', "Pedro Vera"),
    ("honorific-monsenor", "«Recemos por la paz», pidió monseñor Julio Pardo.", "Julio Pardo"),
    (
        "abbreviated-title-dr",
        '"El paciente está estable", explicó el Dr. Andrés Molina.',
        "Andrés Molina",
    ),
    (
        "abbreviated-title-lic",
        '"Los fondos llegaron tarde", precisó la Lic. María Vera.',
        "María Vera",
    ),
]


@pytest.mark.parametrize(
    ("text", "speaker"), [v[1:] for v in AFTER_VERB], ids=[v[0] for v in AFTER_VERB]
)
def test_subject_after_the_verb(text: str, speaker: str) -> None:
    assert speaker == speakers(text)[0]


#: Who speaks when the quotation's own sentence names nobody: the subject the
#: sentence before brings in, the complement of "según", the holder of a view.
CARRIED: list[tuple[str, str, str]] = [
    (
        "introduced-in-the-paragraph-before",
        (
            "«El puente estará listo en mayo», dijo el intendente Raúl Godoy.\n\n"
            "La ministra de Obras Públicas, Carla Ruiz, visitó la obra el lunes.\n\n"
            "«Vamos a invertir en equipos nuevos este año», aseguró."
        ),
        "Carla Ruiz",
    ),
    (
        "introduced-after-an-opening-adjunct",
        (
            '"El puente estará listo en mayo", dijo el intendente Raúl Godoy.\n\n'
            "Consultada por este medio, la vecina Marta Rojas fue tajante.\n\n"
            '"Nadie vino a limpiar los canales. Estamos solos".'
        ),
        "Marta Rojas",
    ),
    (
        "introduced-in-the-same-paragraph-after-an-adjunct",
        (
            "«El puente estará listo en mayo», dijo el intendente Raúl Godoy. "
            "Visiblemente molesto, el concejal Hugo Sosa abandonó la sala. "
            "«Son promesas de campaña», afirmó."
        ),
        "Hugo Sosa",
    ),
    (
        "name-then-role-apposition-unknown-given-name",
        (
            "Wuilmer Yánez, dirigente vecinal, encabezó la protesta del martes.\n\n"
            '"No hay agua desde el lunes. Los niños no pueden ir a la escuela".'
        ),
        "Wuilmer Yánez",
    ),
    (
        "segun-then-continuing-verb",
        (
            '"El puente estará listo en mayo", dijo el intendente Raúl Godoy.\n\n'
            "Según Marta Rojas, vecina del lugar, nadie limpió los canales. "
            '"Estamos solos", agregó.'
        ),
        "Marta Rojas",
    ),
    (
        "para-then-colon",
        (
            "«El puente estará listo en mayo», dijo el intendente Raúl Godoy.\n\n"
            "Para la vecina Marta Rojas, en cambio, el problema es otro: "
            "«Nadie limpió los canales»."
        ),
        "Marta Rojas",
    ),
]

#: The sentence before speaks of someone, but names another after them, or opens on a
#: clause: the speaker carries instead.
NOT_INTRODUCED: list[tuple[str, str, str]] = [
    (
        "another-person-later-in-the-sentence",
        (
            "Rosa Peña seguirá internada, así lo compartió su hija, la actriz Laura Peña, "
            "ante la prensa.\n\n«Está tranquila y de buen ánimo», explicó ante las cámaras."
        ),
        "Laura Peña",
    ),
    (
        "an-opening-clause-is-no-adjunct",
        (
            "Denunció la ONG que en 2019 el entonces ministro Óscar Gil cerró la oficina. "
            "Afirmó además que «la fiscalía dejó de investigar los casos»."
        ),
        "la ONG",
    ),
]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [c[1:] for c in CARRIED + NOT_INTRODUCED],
    ids=[c[0] for c in CARRIED + NOT_INTRODUCED],
)
def test_speaker_from_the_text_before(text: str, speaker: str) -> None:
    assert speaker == speakers(text)[-1]


#: A topic after a preposition is never the subject, and a plural role is no title.
TOPICS: list[tuple[str, str, list[str]]] = [
    (
        "topic-after-sobre-spain",
        (
            "La alcaldesa de Getafe, Lucía Salas, ha visitado la feria. Sobre el consejero "
            "de Sanidad, Tomás Vera, se ha mostrado contraria a su cese porque es alguien que "
            "«escucha a todos», y ha recordado que el sector está «exhausto»."
        ),
        ["Lucía Salas", "Lucía Salas"],
    ),
    (
        "topic-after-respecto-a",
        (
            "La portavoz, Inés Ortega, atendió a la prensa. Respecto a las palabras del líder "
            "opositor, Andrés Mora, criticando el plan, Inés Ortega le ha reprochado que "
            "«no aporta nada» al debate."
        ),
        ["Inés Ortega"],
    ),
    (
        "given-name-that-is-a-plural-role",
        (
            "La ministra de Turismo, Reyes Gallardo, ha defendido el plan. «Todo lo que sea "
            "conectar el país es bueno», ha afirmado. Reyes Gallardo le ha reprochado que "
            "«no ayuda nada»."
        ),
        ["Reyes Gallardo", "Reyes Gallardo"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [t[1:] for t in TOPICS], ids=[t[0] for t in TOPICS])
def test_topics_and_titles(text: str, expected: list[str]) -> None:
    assert expected == speakers(text)


#: Offices of several countries head a speaker phrase like "ministro" does; a verb
#: with no subject of its own in a sentence goes to the person the sentence is about,
#: not to one named after a preposition.
ROLES_AND_GERUNDS: list[tuple[str, str, str]] = [
    (
        "consejero-spain",
        (
            "«Hay que seguir las órdenes de evacuación», ha insistido el consejero de Interior, "
            "Tomás Lira."
        ),
        "Tomás Lira",
    ),
    (
        "procuradora-peru",
        '"El daño al Estado es enorme", indicó la procuradora Silvia Carreño.',
        "Silvia Carreño",
    ),
    (
        "regidor-mexico",
        '"No hubo licitación", acusó el regidor Martín Ochoa.',
        "Martín Ochoa",
    ),
    (
        "gerund-takes-the-sentence-subject",
        (
            "Luego el vocero de Gobierno, Jaime Olmos, respaldó el reclamo contra las "
            "palabras de la presidenta de la asamblea, Elena Quispe, señalando que "
            '"nadie está por encima de la ley".'
        ),
        "Jaime Olmos",
    ),
]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [r[1:] for r in ROLES_AND_GERUNDS],
    ids=[r[0] for r in ROLES_AND_GERUNDS],
)
def test_roles_and_gerunds(text: str, speaker: str) -> None:
    assert [speaker] == speakers(text)


#: The people a text is about: given names of Spain's regions, the Americas and abroad;
#: a place's name after its noun is no person; a role of one gender goes to a person of
#: that gender only; a subject before a long relative aside.
PEOPLE: list[tuple[str, str, str]] = [
    (
        "catalan-given-name-then-role",
        (
            "El jefe de la diplomacia europea, Jordi Puyol, visitó Caracas.\n\n"
            "«El diálogo es la única vía», afirmó el jefe de la diplomacia europea."
        ),
        "Jordi Puyol",
    ),
    (
        "basque-given-name",
        "Iñaki Zubiri presentó su libro en Bilbao. «Escribí lo que vi», explicó.",
        "Iñaki Zubiri",
    ),
    (
        "place-name-after-its-noun-is-nobody",
        (
            "Otra vecina, identificada como Berta, llegó con flores. «Rezamos por ellos», dijo "
            "Berta, quien vive en la colonia San Jerónimo.\n\nLa vecina también pidió más "
            "patrullas. «Tenemos miedo», agregó."
        ),
        # "agregó" goes on with the neighbour who spoke last, named Berta (the most
        # complete mention, ANNOTATION.md); never the colonia's saint
        "Berta",
    ),
    (
        "gendered-role-skips-a-name-of-no-known-gender",
        (
            "La policía intervino el teléfono de Zuleivys Torrente, exempleada de la ministra.\n\n"
            "Después, el funcionario pidió cancelar la escucha alegando que "
            "«la orden no tenía sustento»."
        ),
        "el funcionario",
    ),
    (
        "subject-before-a-long-relative-aside",
        (
            "Uno de los comerciantes, quien contó haber llegado de Bolivia hace más de treinta "
            "años a esta feria, lamentó la pérdida, agregando que el mercado está de luto.\n"
            "«Nunca vimos un incendio así en el barrio», relató."
        ),
        "Uno de los comerciantes",
    ),
    (
        "a-later-subject-after-pero",
        (
            "La diputada Ana Ibarra fue entrevistada por Marco Lagos.\n\n"
            "Marco Lagos intentó interrumpir, pero la diputada siguió con su respuesta. "
            '"Déjeme terminar, por favor, que todavía no acabo".'
        ),
        "Ana Ibarra",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), [p[1:] for p in PEOPLE], ids=[p[0] for p in PEOPLE])
def test_people_the_text_is_about(text: str, speaker: str) -> None:
    assert speaker == speakers(text)[-1]


#: Institutions by their kind, relations that stay as written, places named after people,
#: and "coincidir en" + a reporting infinitive.
KINDS_OF_SPEAKER: list[tuple[str, str, str]] = [
    (
        "ente-stands-for-the-institution-guatemala",
        (
            "La Contraloría General de Cuentas (CGC) denunció al alcalde Hugo Paz.\n"
            "El ente fiscalizador indica que se pide investigar al edil "
            "«para establecer si hubo desvío de fondos»."
        ),
        "Contraloría General de Cuentas",
    ),
    (
        "relation-role-stays-as-written",
        (
            "El presidente Luis Mora firmó el decreto el lunes.\n\n"
            "«Queremos saber qué va a pasar con nuestros hijos», comenta el padre de familia."
        ),
        "el padre de familia",
    ),
    (
        "eponym-church-is-no-person",
        (
            "Varias familias acudieron al taller en la iglesia católica Santa Rosa.\n"
            "«Nadie nos explica nada», coincidieron en señalar los padres."
        ),
        "los padres",
    ),
    (
        "plural-verb-takes-the-group-of-the-sentence-before",
        (
            "Los comerciantes del mercado central bajaron sus cortinas al mediodía. "
            "«Así no se puede trabajar», explicaron."
        ),
        "Los comerciantes del mercado central",
    ),
]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [k[1:] for k in KINDS_OF_SPEAKER],
    ids=[k[0] for k in KINDS_OF_SPEAKER],
)
def test_kinds_of_speaker(text: str, speaker: str) -> None:
    assert speaker == speakers(text)[-1]
