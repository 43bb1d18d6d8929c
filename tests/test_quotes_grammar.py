"""Who said it, by Spanish grammar: the reporting verb's number, roles and groups.

Every sentence here is written for these tests, in several countries' styles; the
rules are those of docs/quotes.md ("Speakers") and docs/sources.md.
"""

from __future__ import annotations

import pytest

from _speakers import kinds
from noticiaparse import parse, parse_quotes, parse_sources


def speakers(text: str) -> list[str | None]:
    return [None if q.speaker is None else q.speaker.text for q in parse_quotes(text)]


def sources(text: str) -> list[tuple[str, str]]:
    return [(s.name, s.kind.value) for s in parse_sources(text)]


SPEAKERS: list[tuple[str, str, list[str | None]]] = [
    # a plural reporting verb with no subject of its own is said by no one person: its
    # dropped subject is the group or institution credited last
    (
        "plural-verb-after-segun-a-group-spain",
        (
            "El tribunal revisó el caso durante meses. Según los magistrados, el "
            "exconsejero Luis Mora era el jefe. «Era él quien mandaba», subrayan."
        ),
        ["los magistrados"],
    ),
    (
        "plural-verb-after-a-group-that-reports-chile",
        (
            "El alcalde Jorge Vidal visitó la villa. Los vecinos de Maipú denunciaron que "
            "el agua llega turbia. «No nos escuchan», reclaman."
        ),
        ["Los vecinos de Maipú"],
    ),
    (
        "plural-perfect-after-a-group-mexico",
        (
            "Los especialistas consultados advirtieron que la sequía sigue. La titular "
            "de Conagua, Rosa Díaz, no respondió. «El acuífero está al límite», han "
            "insistido."
        ),
        ["Los especialistas consultados"],
    ),
    (
        "singular-verb-keeps-the-person-argentina",
        (
            "Los gremios advirtieron que harán paro. El ministro Carlos Vera recibió a "
            "los dirigentes. «No hay más fondos», dijo."
        ),
        ["Carlos Vera"],
    ),
    (
        "plural-impersonal-with-no-group-carries-colombia",
        (
            "La senadora Paula Ríos llegó temprano al Congreso. «Votaremos en contra», "
            "aseguraron más tarde."
        ),
        ["Paula Ríos"],
    ),
    # a given name alone after a role is a person ("el papa Francisco"), and the role
    # said again, capitalised or not, is that person
    (
        "a-pope-by-his-given-name-vatican",
        ("El papa Francisco presidió la misa del domingo. «La paz es posible», dijo el Pontífice."),
        ["Francisco"],
    ),
    # "X es el candidato de…" links the role; a name after "de" is the role's complement
    (
        "copula-links-a-role-spain",
        (
            "Luis Gómez es el candidato de Frente Cívico. «Bajaremos las tarifas», "
            "insiste el candidato de Frente."
        ),
        ["Luis Gómez"],
    ),
    # the person the previous sentence opens on, a noun before the name or not
    (
        "introduced-by-a-noun-and-name-panama",
        (
            "Los vecinos reclaman por los ruidos del local.\n\n"
            "La inspectora Carla Núñez llegó a la discoteca y habló con el dueño. "
            'Explicó que el permiso estaba "vencido" desde marzo.'
        ),
        ["Carla Núñez"],
    ),
    # a nickname after "alias" and an article is a term, nobody's words
    (
        "nickname-after-alias-and-article-honduras",
        (
            "«No hay pruebas en su contra», dijo el vocero sobre el detenido Mario "
            "Ruiz, alias el 'Flaco', arrestado en la feria."
        ),
        ["el vocero", None],
    ),
    # the subject after the verb: one of a group with the name in apposition, a role
    # word for who a person is, an institution written in lower case
    (
        "one-of-a-group-then-the-name-israel",
        (
            "El ministro Juan Paz habló ayer. «Faltaban camillas, pero sobraban manos», "
            "afirma uno de los rescatistas, Tomás Ibarra."
        ),
        ["Tomás Ibarra"],
    ),
    (
        "an-activist-is-someone-spain",
        "Íñigo Soto cerró la campaña. «Aún no decido mi voto», responde un activista del barrio.",
        ["un activista del barrio"],
    ),
    (
        "a-feminine-prosecutor-paraguay",
        (
            "El comisario Miguel Pérez informó del caso. «Pidieron cinco mil dólares», "
            "relató la fiscala Yaneth Cáceres."
        ),
        ["Yaneth Cáceres"],
    ),
    (
        "an-institution-in-lower-case-israel",
        (
            "El ministro Juan Paz habló ayer. La armada, sin embargo, explicó que "
            "hubo un «error de navegación» en la maniobra."
        ),
        ["La armada"],
    ),
    # a verb in a subordinate clause has the main clause's subject, in its number
    (
        "subordinate-clause-takes-the-main-subject-panama",
        (
            "El inspector Juan Soto habló con la prensa. Por la noche, los vecinos "
            "tocaron bocinas frente al local mientras gritaban «que se vayan los abusadores»."
        ),
        ["los vecinos"],
    ),
    # a headline that drops its verb: the noun's owner speaks
    (
        "headline-noun-and-owner-spain",
        (
            'La revancha de Max Soto frente a Pedro Ruiz tras la sanción: "No le soporto"'
            '\n\n"Ayer dejé de admirarlo", dice del piloto británico.'
        ),
        ["Max Soto", "Max Soto"],
    ),
    (
        "headline-message-of-an-institution",
        "El mensaje de la ONU a los gobiernos: «El tiempo se acaba»",
        ["la ONU"],
    ),
    # a name set after a role that is a preposition's object is never the speaker
    (
        "apposed-name-after-a-preposition-is-no-speaker-chile",
        (
            "Los vecinos denunciaron el abandono del barrio. Luego se reunieron con la "
            "fiscal regional, Ana Ruiz, para pedir «una investigación completa del caso»."
        ),
        ["Los vecinos"],
    ),
    (
        "families-say-mexico",
        "«Las niñas preguntan por ellos todos los días», dijeron las familias de los agentes.",
        ["las familias de los agentes"],
    ),
    # a name inside an earlier quotation is never the speaker of the next piece
    (
        "name-inside-the-quote-is-no-speaker-spain",
        (
            'El portavoz Luis Mora habló tras la sesión. "Tellado", ha dicho Mora, '
            '"debería pedir perdón. El Reglamento fija diez días. Así que", ha '
            'añadido, "el plazo corre desde hoy".'
        ),
        ["Luis Mora", "Luis Mora", "Luis Mora"],
    ),
    # a document that reports is the speaker of what it says (and a source of kind document)
    (
        "document-after-the-verb-chile",
        "«La tasa de desempleo subirá al 9%», advierte el informe anual del Banco Central.",
        ["el informe anual del Banco Central"],
    ),
    (
        "a-mail-after-the-verb-panama",
        "«Su vuelo fue cancelado», decía el correo que recibió el pasajero.",
        ["el correo"],
    ),
    (
        "a-ruling-after-the-verb-spain",
        "«Los hechos no constituyen delito», concluyó la sentencia de la Audiencia.",
        ["la sentencia de la Audiencia"],
    ),
]


def said(text: str) -> list[tuple[str, str, str | None]]:
    return [
        (q.text, q.kind.value, None if q.speaker is None else q.speaker.text)
        for q in parse_quotes(text)
    ]


FORMS: list[tuple[str, str, list[tuple[str, str, str | None]]]] = [
    # dialogue set with en dashes, a reporting incise in it
    (
        "en-dash-dialogue-argentina",
        "– No es así – dijo el ministro Juan Paz –. Vamos a revisar cada caso.",
        [
            ("No es así", "direct", "Juan Paz"),
            ("Vamos a revisar cada caso.", "direct", "Juan Paz"),
        ],
    ),
    (
        "an-en-dash-list-item-is-no-dialogue-chile",
        "– Tres comunas sin agua durante el fin de semana.",
        [],
    ),
    # a quotation closed with a mark of another family, as scrapes leave them
    (
        "mixed-families-guillemet-then-curly-uruguay",
        "«No vamos a retroceder”, dijo la ministra Ana Paz en la Torre Ejecutiva.",
        [("No vamos a retroceder", "direct", "Ana Paz")],
    ),
    (
        "mixed-families-curly-then-guillemet-peru",
        "“Habrá más buses en marzo», aseguró el alcalde Luis Soto.",
        [("Habrá más buses en marzo", "direct", "Luis Soto")],
    ),
    # a reporting verb right after the closing mark, with no comma or after a dash
    (
        "verb-right-after-the-mark-mexico",
        '"No es así" dijo el ministro Juan Paz.',
        [("No es así", "direct", "Juan Paz")],
    ),
    (
        "dash-incise-after-the-mark-spain",
        "«No es así» -dijo el ministro Juan Paz-.",
        [("No es así", "direct", "Juan Paz")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [f[1:] for f in FORMS], ids=[f[0] for f in FORMS])
def test_forms(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert said(text) == expected


KINDS: list[tuple[str, str, list[str]]] = [
    # a short predicate in a sentence that credits someone is their words
    (
        "predicate-after-a-copula-spain",
        'Según el diputado Luis Mora, la gestión del ministro ha sido "muy desacertada".',
        ["partial"],
    ),
    (
        "predicate-opening-on-no-chile",
        "La alcaldesa Marta Gil advirtió a los vecinos que las alertas «no son consejos».",
        ["partial"],
    ),
    (
        "a-coined-term-stays-a-term-mexico",
        "El plan crea la figura de «renta solidaria» para los inquilinos.",
        ["term"],
    ),
    (
        "a-predicate-nobody-says-stays-a-term-argentina",
        "El resultado fue «muy ajustado» en la provincia.",
        ["term"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [k[1:] for k in KINDS], ids=[k[0] for k in KINDS])
def test_kind(text: str, expected: list[str]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"), [s[1:] for s in SPEAKERS], ids=[s[0] for s in SPEAKERS]
)
def test_speaker(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


SOURCES: list[tuple[str, str, list[tuple[str, str]]]] = [
    # the plural of a role heads a group of people
    (
        "plural-of-a-role-magistrates",
        "Según los magistrados, la prueba no alcanza.",
        [("los magistrados", "person")],
    ),
    (
        "plural-of-a-role-prosecutors",
        "Las fiscales del caso señalaron que pedirán prisión preventiva.",
        [("Las fiscales del caso", "person")],
    ),
]


SOURCES += [
    # an office ends where a given name opens, comma or not; a role said again, or
    # said first in the deck, is the person who holds it
    (
        "office-then-name-without-comma-bolivia",
        (
            "El ministro de la Presidencia Jorge Arce dio detalles del crédito. Más tarde, "
            "el ministro señaló que la Asamblea debe aprobarlo."
        ),
        [("Jorge Arce", "person")],
    ),
    (
        "office-then-name-without-comma-mexico",
        "La secretaria de Salud Ana Paz dijo que habrá vacunas.",
        [("Ana Paz", "person")],
    ),
    (
        "a-name-that-honours-a-person-goes-on-chile",
        "El director del Hospital Carlos Van Buren, Juan Soto, dijo que faltan camas.",
        [("Juan Soto", "person")],
    ),
    (
        "long-office-before-the-name-honduras",
        (
            "El vocero municipal lamentó el retraso de las obras.\n\n"
            "El vocero de la Dirección de Obras Públicas de la provincia, Raúl Mena, pidió "
            "disculpas este lunes."
        ),
        [("Raúl Mena", "person")],
    ),
    (
        "a-capitalised-institution-that-is-also-a-role-peru",
        "La Policía Nacional reconoció fallas en el operativo.",
        [("Policía Nacional", "organization")],
    ),
]


SOURCES += [
    # a plural verb's subject is no one person; a name after a preposition and a
    # describing noun is the preposition's object, never the subject
    (
        "plural-verb-after-a-name-in-a-complement-mexico",
        "Los compañeros del joven Pedro Soto exigieron justicia ante el juzgado.",
        [],
    ),
    (
        "plural-verb-after-a-name-uruguay",
        "Por la tarde, amigos de la estudiante Carla Ruiz aseguraron que nadie la buscó.",
        [],
    ),
    (
        "singular-verb-after-a-name-in-a-complement-argentina",
        "El hermano de la joven Ana Paz dijo que la familia apelará.",
        [],
    ),
    (
        "a-pair-speaks-in-the-plural-paraguay",
        "Rolón y Fleitas denunciaron amenazas.",
        [("Rolón", "person"), ("Fleitas", "person")],
    ),
    (
        "an-article-opening-a-place-name-dominican-republic",
        "Alcalde de El Quisco critica a la empresa sanitaria por los cortes.",
        [],
    ),
    (
        "a-connective-is-no-preposition-spain",
        "Sin embargo Ana Paz dijo que votará en contra.",
        [("Ana Paz", "person")],
    ),
]


SOURCES += [
    # a collective noun with "de" and a plural noun is a group of people
    (
        "a-group-of-women-puerto-rico",
        "Un grupo de madres reclamó ayer respuestas al Ministerio del Interior.",
        [("Un grupo de madres", "person")],
    ),
    (
        "dozens-of-neighbours-ecuador",
        "Decenas de vecinos denunciaron cortes de agua en el sector norte.",
        [("Decenas de vecinos", "person")],
    ),
    # the people a relative "que" stands for are the subject of its verb
    (
        "a-group-then-que-el-salvador",
        (
            "Al exfuncionario lo cuestiona un grupo de 12 diputados que pidieron "
            "al Tesoro una investigación."
        ),
        [("un grupo de 12 diputados", "person")],
    ),
    (
        "a-bare-noun-then-que-names-no-one-chile",
        "El registro incluye a víctimas que denunciaron apremios ilegítimos.",
        [],
    ),
    (
        "a-thing-then-que-is-the-object-spain",
        "Es el programa que menciona el periodista Luis Soto.",
        [("Luis Soto", "person")],
    ),
]


SOURCES += [
    # an indefinite role brings someone in; "fue identificado como" names them later
    (
        "introduced-then-identified-cuba",
        (
            "Un funcionario del puerto dijo a los camioneros que la huelga terminó.\n\n"
            "El funcionario fue identificado como Pedro Lagos, jefe de operaciones.\n\n"
            "«Las grúas vuelven el lunes», dijo el funcionario."
        ),
        [("Pedro Lagos", "person")],
    ),
    (
        "an-indefinite-role-nobody-names-stays-anonymous-venezuela",
        "Un testigo dijo que vio a dos hombres. El ministro Juan Paz llegó después.",
        [("Un testigo", "anonymous")],
    ),
]


SOURCES += [
    # institutions as the world names them: a state, a local government, an English name
    (
        # a place is no source (docs/sources.md, "A place is no source"): the text speaks
        # of a government it does not name
        "a-country-speaks-as-a-state",
        "Noruega anunció que subirá su aporte al fondo climático.",
        [],
    ),
    (
        "catalan-government-spain",
        "El Govern sostuvo que el tranvía llegará al puerto en 2028.",
        [("Govern", "organization")],
    ),
    (
        "town-council-spain",
        "El Ayuntamiento afirma que no es necesario cortar el tráfico.",
        [("Ayuntamiento", "organization")],
    ),
    (
        "english-institution-name",
        "Según el Wilson Center, la inversión china creció en la región.",
        [("Wilson Center", "organization")],
    ),
    (
        "ministry-in-one-word-colombia",
        "MinTrabajo informó que el desempleo bajó en abril.",
        [("MinTrabajo", "organization")],
    ),
    # a capitalised common word alone is no name, its accent lost or not
    (
        "unaccented-segun-is-no-name",
        "Segun dijo el alcalde Juan Paz, el parque abrirá en mayo.",
        [("Juan Paz", "person")],
    ),
    (
        "a-plural-verb-opening-a-sentence-is-no-name",
        "Suspendieron el acto y aseguraron que volverán el lunes.",
        [],
    ),
]


SOURCES += [
    # the media as a group with no determiner, qualified by an adjective
    (
        "local-media-with-no-article-bolivia",
        "Medios locales reportaron cortes de ruta en el altiplano.",
        [("Medios locales", "media")],
    ),
    (
        "reports-of-the-media-after-segun-peru",
        "Según reportes de medios regionales, el puente cedió de madrugada.",
        [("medios regionales", "media")],
    ),
    # "la policía" is the force, "el sindicato" an organisation though unnamed
    (
        "the-police-force-colombia",
        "La policía informó que hay dos detenidos por el asalto.",
        [("La policía", "organization")],
    ),
    (
        "an-unnamed-union-argentina",
        "El sindicato advirtió que irá a huelga el lunes.",
        [("El sindicato", "organization")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [s[1:] for s in SOURCES], ids=[s[0] for s in SOURCES]
)
def test_sources(text: str, expected: list[tuple[str, str]]) -> None:
    assert sources(text) == expected


def turns(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, None if q.speaker is None else q.speaker.text) for q in parse(text).quotes]


INTERVIEWS: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    # questions set apart only by the lost bold type: whole-question paragraphs after
    # the writer announces the interview
    (
        "unmarked-turns-guatemala",
        (
            "Ana Rojas quiere ser alcaldesa de Temuco\n\n"
            "Ana Rojas busca por segunda vez la alcaldía. Conversó con este diario sobre "
            "sus planes.\n\n"
            "¿Cómo ve la ciudad?\n\n"
            "Tiene muchos problemas de transporte y de seguridad.\n\n"
            "¿Qué hará primero?\n\n"
            "Vamos a recuperar las plazas y los consultorios.\n\n"
            "La elección será en junio."
        ),
        [
            ("¿Cómo ve la ciudad?", None),
            ("Tiene muchos problemas de transporte y de seguridad.", "Ana Rojas"),
            ("¿Qué hará primero?", None),
            ("Vamos a recuperar las plazas y los consultorios.", "Ana Rojas"),
        ],
    ),
    (
        "rhetorical-questions-are-no-interview-spain",
        (
            "El precio del alquiler sube otra vez\n\n"
            "Los inquilinos de Madrid pagan un 12% más que hace un año.\n\n"
            "¿Hasta cuándo seguirá subiendo?\n\n"
            "Los expertos no se ponen de acuerdo sobre el techo del mercado.\n\n"
            "¿Y qué hará el Gobierno?\n\n"
            "El ministerio prepara una ley para el otoño."
        ),
        [],
    ),
    # turns labelled with who speaks: the outlet asks, the interviewee answers
    (
        "labelled-turns-colombia",
        (
            "Luis Paz: «Vamos a ganar»\n\n"
            "En entrevista con este diario, el senador Luis Paz habla de su campaña.\n\n"
            "EL TIEMPO: Senador, ¿por qué se presenta otra vez?\n\n"
            "Luis Paz (L.P.): Porque el trabajo no está terminado.\n\n"
            "EL TIEMPO: ¿Y sus rivales?\n\n"
            "L.P.: Los respeto a todos."
        ),
        [
            ("Vamos a ganar", "Luis Paz"),
            ("Senador, ¿por qué se presenta otra vez?", "EL TIEMPO"),
            ("Porque el trabajo no está terminado.", "Luis Paz"),
            ("¿Y sus rivales?", "EL TIEMPO"),
            ("Los respeto a todos.", "Luis Paz"),
        ],
    ),
    (
        "labels-without-a-question-are-no-interview-chile",
        (
            "El IPC subió 0,5% en marzo\n\n"
            "El índice de precios subió por tercer mes seguido.\n\n"
            "Fuente: Instituto Nacional de Estadísticas.\n\n"
            "Nota: las cifras son provisorias."
        ),
        [],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in INTERVIEWS], ids=[c[0] for c in INTERVIEWS]
)
def test_interview(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert turns(text) == expected
