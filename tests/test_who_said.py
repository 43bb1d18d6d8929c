"""Who said what: kinds and speakers by the rules of docs/quotes.md, in several styles.

Every sentence here is written for these tests (Chilean, Argentine, Mexican, Spanish,
Colombian and agency styles), one rule per group.
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_quotes

Said = list[tuple[str, str, "str | None"]]


def said(text: str) -> Said:
    return [
        (q.text, q.kind.value, None if q.speaker is None else q.speaker.text)
        for q in parse_quotes(text)
    ]


KINDS: list[tuple[str, str, list[str]]] = [
    # agency style: a fragment right after a reporting verb is someone's words
    (
        "agency-one-word",
        "El Fondo Monetario ha considerado «esencial» la reforma fiscal.",
        ["partial"],
    ),
    (
        "fragment-after-que-with-article",
        "La jueza Marta Gil sostuvo que los «elementos centrales» del caso no cambian.",
        ["partial"],
    ),
    (
        "fragment-after-segun",
        "El penal fue, según el diario Olé, «evitable».",
        ["partial"],
    ),
    (
        "fragment-after-segun-a-media-group",
        "El arquero cometió un error, según los medios españoles, «infantil».",
        ["partial"],
    ),
    # a capitalised fragment inside what a verb introduces with "que" is partial
    (
        "capital-fragment-in-a-que-clause-chile",
        (
            "El periodista Luis Soto afirmó que, según sus fuentes, tras el cambio de canal "
            "«Pedro nunca más la llamó»."
        ),
        ["partial"],
    ),
    (
        "title-in-a-que-clause-stays-a-title",
        "La ministra dijo que la comisión «Verdad y Justicia» entregará su informe.",
        ["title"],
    ),
    # a sentence attributed by position: a plural verb after its comma
    (
        "attributed-by-position-argentina",
        "«Nuestros problemas son otros», se desmarcan en el Palacio de Gobierno.",
        ["direct"],
    ),
    (
        "a-name-before-a-comma-is-no-sentence",
        "«La Moneda», joven edificio.",
        ["title"],
    ),
    # after an incise, lower-case words go on with the speaker's, unless the writer's
    # sentence opened on a subject they complete
    (
        "incise-after-a-quote-goes-on",
        "«No hay recursos», continuó, «el precio del pan subirá otra vez en marzo».",
        ["direct", "direct"],
    ),
    (
        "incise-with-subject-after-a-connective",
        "Además, agregó la ministra Ana Soto, «el precio del pan subirá otra vez en marzo».",
        ["direct"],
    ),
    (
        "incise-completing-the-writers-subject",
        (
            "Los tratamientos, opina el experto Luis Díaz, «deben estar disponibles para "
            "todas las personas»."
        ),
        ["partial"],
    ),
    (
        "incise-completing-the-writers-subject-spain",
        "El plan, dijo la ministra Ana Soto, «es el mejor que hemos tenido en años».",
        ["partial"],
    ),
    # a sentence closed by a reporting incise is someone's words: its fragments are partial
    (
        "closing-incise-dijo-mexico",
        (
            "El secretario de Salud, Jorge Alcocer, presentó el reporte. De seguir así, el 20 "
            'de enero los hospitales estarían "a tope" y habría que usar otras salas, dijo.'
        ),
        ["partial"],
    ),
    (
        "closing-incise-with-subject-chile",
        (
            "La ministra Rosa Díaz visitó la zona. Con estas lluvias el embalse quedará «al "
            "límite» en dos semanas, advirtió la autoridad."
        ),
        ["partial"],
    ),
    (
        "no-verb-no-partial",
        "La obra, conocida como «el elefante blanco», nunca se terminó.",
        ["term"],
    ),
    (
        "fragment-after-a-long-segun-phrase",
        "Según el reporte de la ONU, «la pobreza aumentó».",
        ["partial"],
    ),
    (
        "fragment-after-se-mostro",
        "El obispo Luis Mena se mostró «preocupado» por la situación en los barrios.",
        ["partial"],
    ),
    # a clause set off by a comma in an attributed sentence is direct
    (
        "comma-clause-lowercase",
        (
            "La intendenta recalcó que hubo veinte contagios, «estamos en un momento muy "
            "difícil en el distrito y tenemos que respetar las medidas»."
        ),
        ["direct"],
    ),
    (
        "comma-clause-after-conjunction-stays-partial",
        (
            "El médico Raúl Díaz dijo que los equipos están listos, «pero los pacientes "
            "llegan muy graves a la urgencia del hospital»."
        ),
        ["partial"],
    ),
    # titles: a cue word, Title Case, a year after it, or a name given after it
    (
        "title-cue-reporte",
        "Así lo indica el reporte «Visión Digital Andina» de la consultora.",
        ["title"],
    ),
    (
        "title-cue-with-adjective",
        "El sacerdote lidera la iniciativa solidaria “Seamos uno” en el conurbano.",
        ["title"],
    ),
    # inside a speaker's words, a name in Title Case is a title; a word is a term
    (
        "nested-title-case-is-a-title",
        "«Crecí viendo “Los Simpson” y hoy escribo para ellos», contó el guionista Pablo Ruiz.",
        ["direct", "title"],
    ),
    (
        "nested-song-title-chile",
        "\"Mi abuela cantaba 'Gracias a la Vida' cada mañana\", recordó la cantante Ana Tijoux.",
        ["direct", "title"],
    ),
    (
        "nested-word-is-a-term",
        "\"Nos dijeron 'basta' y nos fuimos\", relató el dirigente Luis Mena.",
        ["direct", "term"],
    ),
    (
        "title-case-english",
        'La actriz protagonizó "A View to a Kill" junto a Roger Moore.',
        ["title"],
    ),
    (
        "title-year-after",
        'Su gran papel fue en "Karate Kid" (1984), dirigida por John Avildsen.',
        ["title"],
    ),
    (
        "title-named-after",
        "«La ciudad que soñamos» se llamó el foro abierto de los vecinos.",
        ["title"],
    ),
    # scare quotes and nicknames stay terms
    (
        "term-scare-quotes",
        'Los vecinos hablan del "estallido" desde hace un año en la plaza.',
        ["term"],
    ),
    (
        "term-nickname",
        'Detuvieron a alias "Chapo" en una casa de Culiacán.',
        ["term"],
    ),
]


@pytest.mark.parametrize(("text", "kinds"), [k[1:] for k in KINDS], ids=[k[0] for k in KINDS])
def test_kind(text: str, kinds: list[str]) -> None:
    assert kinds == [kind for _, kind, _ in said(text)]


SPEAKERS: list[tuple[str, str, list[str | None]]] = [
    # the subject after the verb, past an aside or an adverbial
    (
        "aside-por-su-parte",
        "«No hay recursos para el hospital», lamenta, por su parte, Iris Avellaneda.",
        ["Iris Avellaneda"],
    ),
    (
        "aside-en-tanto",
        "«La ley llega tarde», opinó, en tanto, la diputada Rosa Quispe.",
        ["Rosa Quispe"],
    ),
    (
        "adverbial-ayer",
        "«Vamos a apelar», anunció ayer el abogado Tomás Ferrer.",
        ["Tomás Ferrer"],
    ),
    (
        "adverbial-en-la-manana",
        "«Fue un año difícil», dijo en la mañana el ministro Felipe Ortiz.",
        ["Felipe Ortiz"],
    ),
    (
        "addressee-then-subject",
        "«El plan sigue en pie», dijo a la prensa la alcaldesa Clara Lazcano.",
        ["Clara Lazcano"],
    ),
    # the outlet the words were given to is never the speaker
    (
        "addressee-outlet-not-speaker",
        "El ministro Pablo Ortiz habló tras la sesión. «No renunciaré», dijo a CNN.",
        ["Pablo Ortiz"],
    ),
    # the speaker's own outlet is never the speaker
    (
        "own-outlet-after-the-name",
        "«Es un día triste», dijo Dmitri Muratov, director de Novaya Gazeta.",
        ["Dmitri Muratov"],
    ),
    (
        "own-outlet-before-the-name",
        "El director del diario Novaya Gazeta, Dmitri Muratov, dijo: «Es un día triste».",
        ["Dmitri Muratov"],
    ),
    # a name inside the quotation is never its speaker
    (
        "name-inside-quote",
        "La entrenadora Sofía Lagos fue clara. «Marcelo Ríos fue el mejor de todos», afirmó.",
        ["Sofía Lagos"],
    ),
    # a speaker carries only while no other subject intervenes
    (
        "speaker-changes-with-a-new-subject",
        (
            "«Subiremos los sueldos», prometió el gerente Hugo Peña. El sindicato rechazó "
            "la oferta y el dirigente Mario Rojas advirtió que seguirán en huelga. "
            "«No aceptaremos migajas», sentenció."
        ),
        ["Hugo Peña", "Mario Rojas"],
    ),
    (
        "pro-drop-verb-keeps-the-last-subject",
        (
            "El técnico Antonio Conte criticó al volante. «Debe demostrar que merece "
            "jugar», dijo. «Demasiados altibajos», añadió."
        ),
        ["Antonio Conte", "Antonio Conte"],
    ),
    (
        "object-of-por-is-not-the-subject",
        (
            "El alcalde Daniel Soto valoró el respaldo expresado por el exgobernador Raúl "
            "Medina hacia el candidato. «Hay gente que ya cumplió su ciclo», "
            "sentenció."
        ),
        ["Daniel Soto"],
    ),
    (
        "speaker-found-in-its-sentence-carries-chile",
        (
            "«Es un desastre», dijo el alcalde Luis Mora. Más tarde, la ministra Ana Ruiz "
            "habló de «una tragedia que nos duele a todos». «Volveremos a levantar la "
            "caleta», prometió."
        ),
        ["Luis Mora", "Ana Ruiz", "Ana Ruiz"],
    ),
    (
        "speaker-found-in-its-sentence-carries-argentina",
        (
            '"Esto no da para más", reclamó el dirigente Jorge Páez. En la otra vereda, el '
            'gerente Tomás Vidal, molesto, habló de "un paro ilegal que perjudica a miles de '
            'personas". "Vamos a descontar los días", advirtió.'
        ),
        ["Jorge Páez", "Tomás Vidal", "Tomás Vidal"],
    ),
    # a description between commas after a name, with no verb, leaves the name the subject
    (
        "verbless-aside-profession",
        (
            "Ana Ruiz, ingeniera con veinte años en la empresa estatal, explicó que «la "
            "represa resiste»."
        ),
        ["Ana Ruiz"],
    ),
    (
        "verbless-aside-origin",
        "Raúl Gómez, hijo de pescadores y nacido en la caleta, contó que «el mar nos dio todo».",
        ["Raúl Gómez"],
    ),
    (
        "verbless-aside-age-mexico",
        "Miriam Sosa, de 52 años, relató que «perdimos la casa con todo adentro».",
        ["Miriam Sosa"],
    ),
    # a quotation inside another is attributed by the speaker's own words around it
    (
        "nested-quote-said-by-a-character",
        (
            'El actor Ricardo Fort recordó su papel. "Hay una escena en que Julián le dice a '
            "su madre: 'No me esperes'. Esa frase la repito siempre\", comentó Fort."
        ),
        ["Ricardo Fort", "Julián"],
    ),
    (
        "nested-quote-said-by-a-role-spain",
        (
            '"El guion es claro. Cuando la madre le dice a su hijo: «No vuelvas», todo '
            'cambia", explicó la directora Inés Ferrer.'
        ),
        ["Inés Ferrer", "la madre"],
    ),
    # listing and restating verbs report words too
    (
        "verb-enumero",
        (
            "Los pescadores Marco Soto y Ana Gil hablaron del invierno. «La lluvia, el frío, "
            "las deudas», enumeró Soto, que de joven trabajó en el puerto de Talcahuano. "
            "«Todo eso sigue ahí», añadió."
        ),
        ["Marco Soto", "Marco Soto"],
    ),
    (
        "verb-reafirmo",
        "«No habrá indulto», reafirmó la presidenta Laura Cid ante el Congreso.",
        ["Laura Cid"],
    ),
    # a role with a holder modifier is another office; synonyms of a role are one office
    (
        "president-elect-is-not-the-sitting-president-chile",
        (
            "El presidente Sebastián Piñera firmó el decreto. Mientras, el presidente electo, "
            "Gabriel Boric, visitó la Convención. «La Convención tiene la potestad», aseguró "
            "el presidente electo."
        ),
        ["Gabriel Boric"],
    ),
    (
        "acting-mayor-is-not-the-mayor",
        (
            "El alcalde titular Raúl Vera está de viaje. La alcaldesa subrogante, Carmen "
            "Lillo, informó el cierre. «Nadie entra al parque», dijo la alcaldesa subrogante."
        ),
        ["Carmen Lillo"],
    ),
    (
        "elected-head-of-state-bolivia",
        (
            "El mandatario electo Luis Arce recibió al canciller. El presidente saliente, "
            "Jorge Quiroga, no asistió. «Gobernaremos para todos», dijo el presidente electo."
        ),
        ["Luis Arce"],
    ),
    (
        "coach-synonyms-dt-tecnico",
        (
            "El club presentó a su nuevo DT, Marcelo Ríos, en una ceremonia. El volante Pedro "
            "Soto no asistió. «Vamos a pelear el título», prometió el técnico."
        ),
        ["Marcelo Ríos"],
    ),
    (
        "coach-synonyms-entrenadora-estratega",
        (
            "La selección anunció a su entrenadora, Laura Vidal. La capitana Ana Pérez "
            "celebró. «Hay que trabajar mucho», advirtió la estratega."
        ),
        ["Laura Vidal"],
    ),
    # a clause with no reporting verb closed by a colon: its subject speaks
    (
        "colon-after-a-role-subject-chile",
        (
            "«Hay equipo», dijo el presidente del club, Luis Vera. La ministra Ana Gómez "
            "escuchó. Más tarde la ministra fue tajante: «No habrá más fondos»."
        ),
        ["Luis Vera", "Ana Gómez"],
    ),
    (
        "colon-after-a-clause-with-two-verbs-argentina",
        (
            "El club presentó a su DT, Marcelo Ríos. «Hay equipo», dijo el presidente Luis "
            "Vera. Después, el técnico perdió la paciencia y le envió un mensaje claro al "
            "volante: «Debe mejorar»."
        ),
        ["Luis Vera", "Marcelo Ríos"],
    ),
    (
        "colon-after-a-thing-keeps-the-speaker",
        (
            "«Hay equipo», dijo el presidente Luis Vera. La lista de reclamos es larga: "
            "«Faltan buses y médicos»."
        ),
        ["Luis Vera", "Luis Vera"],
    ),
    # after the quotation, a copula and a noun for what was said name its owner
    (
        "speech-noun-respuesta-del-role",
        "El ministro Luis Paz habló. «No hay plata», fue la respuesta del ministro a los gremios.",
        ["Luis Paz"],
    ),
    (
        "speech-noun-evaluacion-que-x-hizo",
        (
            "La fiscal Ana Díaz cerró el caso. «Lento y mal hecho», fue la evaluación que el "
            "sitio Ciper hizo del peritaje."
        ),
        ["Ciper"],
    ),
    (
        "speech-noun-reaccion-de-a-named-person-mexico",
        "«Es un abuso», fue la reacción de la alcaldesa Rosa Vera.",
        ["Rosa Vera"],
    ),
    (
        "speech-noun-promesa-of-a-group",
        "«Seguiremos», es la promesa de los vecinos de la toma.",
        ["los vecinos de la toma"],
    ),
    (
        "closing-incise-speaker-carries",
        (
            "El secretario de Salud, Jorge Alcocer, presentó el reporte. De seguir así, el 20 "
            'de enero los hospitales estarían "a tope" y habría que usar otras salas, dijo.'
        ),
        ["Jorge Alcocer"],
    ),
    # the object of a preposition after the verb is stepped over whole, and the search
    # ends at another clause
    (
        "to-an-agency-then-the-subject",
        "«Es un día triste», dijo a la agencia AFP el director del museo, Pedro Lira.",
        ["Pedro Lira"],
    ),
    (
        "long-adverbial-then-the-subject-chile",
        (
            "«No me voy a presentar», anunció este lunes en conferencia de prensa la "
            "exalcaldesa Evelyn Matthei."
        ),
        ["Evelyn Matthei"],
    ),
    (
        "to-an-outlet-then-a-named-subject",
        "«Nadie nos ha llamado», aseguró a BioBioChile Juana Pérez, vecina del sector.",
        ["Juana Pérez"],
    ),
    (
        "the-hosts-clause-is-not-the-subject-argentina",
        (
            "La hermana Laura Quintana habló. «No hay fondos», sostuvo en diálogo con Radio "
            "Centro Mañana que conduce Pablo Ríos."
        ),
        ["Laura Quintana"],
    ),
    # a verb + "a" + a reporting infinitive reports; clitics before it are stepped over
    (
        "periphrasis-se-limito-a-decir-argentina",
        "«Hay que esperar», se limitó a decir el técnico de Boca, Diego Martínez.",
        ["Diego Martínez"],
    ),
    (
        "periphrasis-atino-a-responder",
        "«No», atinó a responder el alcalde Raúl Vera.",
        ["Raúl Vera"],
    ),
    (
        "clitic-before-the-verb-peru",
        "«Vamos bien», le dijo el entrenador Ricardo Gareca a la prensa.",
        ["Ricardo Gareca"],
    ),
    # a sentence opening on "Para X," gives X's view
    (
        "para-opinion-holder",
        "Para la directora del FMI, Kristalina Georgieva, «la economía mundial está en riesgo».",
        ["Kristalina Georgieva"],
    ),
    (
        "para-a-year-is-no-holder",
        "Para 2025, «la economía crecerá», dijo el ministro Mario Marcel.",
        ["Mario Marcel"],
    ),
    (
        "impersonal-plural-en-an-institution",
        "«Nuestros problemas son otros», comentan en la Casa Rosada.",
        ["la Casa Rosada"],
    ),
    (
        "singular-verb-en-a-medium-is-no-speaker",
        "«No renunciaré», dijo en CNN el ministro Pablo Ortiz.",
        ["Pablo Ortiz"],
    ),
    # a demonym after "el"/"la" stands for the person it described, else the one the
    # story is about
    (
        "demonym-linked-to-a-player-chile",
        (
            "El chileno Arturo Vidal jugó mal. El técnico Antonio Conte lo sacó. «Es un gran "
            "jugador», respondió el chileno."
        ),
        ["Arturo Vidal"],
    ),
    (
        "demonym-linked-among-two-players-brazil",
        (
            "La brasileña Beatriz Haddad Maia ganó ante la rusa Anna Kalinskaya. «Fue mi "
            "mejor partido», dijo la brasileña."
        ),
        ["Beatriz Haddad Maia"],
    ),
    # "desde" + an institution after a plural verb: where the words come from
    (
        "desde-the-municipality-chile",
        "«No hay riesgo para la población», indicaron desde la Municipalidad de Valparaíso.",
        ["la Municipalidad de Valparaíso"],
    ),
    (
        "desde-the-police",
        "«No hay riesgo», precisaron desde Carabineros.",
        ["Carabineros"],
    ),
    # a given name opens a person's name, whatever word follows
    (
        "given-name-before-an-organisation-word-bolivia",
        "«Vamos a ganar», expresó a Efe el vicepresidente Carlos Mesa.",
        ["Carlos Mesa"],
    ),
    # a document as subject, a clitic between it and its verb
    (
        "document-subject-prologue",
        (
            "El escritor Luis Soto presentó su novela. Su prólogo la define como «una carta "
            "de amor a Valparaíso y a sus cerros»."
        ),
        ["Su prólogo"],
    ),
    (
        "document-subject-report-of-an-organisation",
        (
            "El Gobierno presentó su plan. Un informe de la Contraloría lo define como "
            "«insuficiente y tardío»."
        ),
        ["Un informe de la Contraloría"],
    ),
    # a noun of no lexicon right before a person's name describes that person
    (
        "described-person-screenwriter",
        "«Crecí viendo “Los Simpson” y hoy escribo para ellos», contó el guionista Pablo Ruiz.",
        ["Pablo Ruiz", None],
    ),
    (
        "described-person-dash-dialogue",
        "—Nunca pensé llegar tan lejos —confesó la tenista Daniela Seguel.",
        ["Daniela Seguel"],
    ),
    (
        "described-person-before-the-verb-mexico",
        "La youtuber Ana Lía Gómez aseguró que «las redes no son la vida real».",
        ["Ana Lía Gómez"],
    ),
    (
        "verb-concedio",
        "«Es la primera vez que trabajamos juntos», concedió Javier Zabala.",
        ["Javier Zabala"],
    ),
    # a dropped subject with no speaker before it: the organisation the sentence opened on
    (
        "dropped-subject-organisation-chile",
        (
            "La Corte Suprema publicó ayer la sentencia sobre el caso. Además, sostuvo que "
            "la detención fue «ilegal y arbitraria»."
        ),
        ["La Corte Suprema"],
    ),
    (
        "dropped-subject-organisation-spain",
        (
            "El Banco de España difundió este martes su informe trimestral, que revisa a la "
            "baja el crecimiento. Asimismo, advirtió de que el paro seguirá «por encima del "
            "12 %»."
        ),
        ["Banco de España"],
    ),
    (
        "dropped-subject-skips-an-organisation-after-the-verb",
        (
            "El Tribunal Constitucional dio a conocer su fallo, que anula lo que aprobó el "
            "Congreso. También señaló que la reforma era una «inconsecuencia»."
        ),
        ["Tribunal Constitucional"],
    ),
    (
        "dropped-subject-skips-an-organisation-after-a-preposition",
        "Con el apoyo de la Unión Europea, el país avanzó. Luego afirmó que «todo va bien».",
        [None],
    ),
    # an epicene role ("la autoridad") is the person the text is about, whatever the sex
    (
        "epicene-role-a-man",
        ("El intendente Jorge Ulloa visitó Rancagua. «Habrá más buses», aseguró la autoridad."),
        ["Jorge Ulloa"],
    ),
    (
        "epicene-role-a-woman-mexico",
        (
            "La gobernadora Patricia Robles inauguró el hospital. «Es un día histórico», "
            "expresó la autoridad estatal."
        ),
        ["Patricia Robles"],
    ),
    # a share of a group speaks for the group
    (
        "share-of-a-group-after-the-quote",
        "«No queremos otra represa», contestó el 70% de los vecinos de Aysén.",
        ["los vecinos de Aysén"],
    ),
    (
        "share-of-a-group-before-the-quote",
        "Un 45 por ciento de los consultados dijo: «La inflación nos golpea».",
        ["los consultados"],
    ),
]


@pytest.mark.parametrize(
    ("text", "speakers"), [s[1:] for s in SPEAKERS], ids=[s[0] for s in SPEAKERS]
)
def test_speaker(text: str, speakers: list[str | None]) -> None:
    assert speakers == [speaker for _, _, speaker in said(text)]


INTERVIEWS: list[tuple[str, str, Said]] = [
    (
        "hyphen-turns",
        (
            "La ministra Carolina Tohá habló con este medio.\n\n"
            "- ¿Cómo evalúa el primer año?\n\n"
            "- Fundamentalmente creo que avanzamos.\n"
        ),
        [
            ("¿Cómo evalúa el primer año?", "direct", None),
            ("Fundamentalmente creo que avanzamos.", "direct", "Carolina Tohá"),
        ],
    ),
    (
        "en-dash-turns",
        (
            "Conversamos con el economista Andrés Velasco en Madrid.\n\n"
            "–¿Habrá recesión este año?\n\n"
            "–No lo creo, pero el crecimiento será bajo.\n"
        ),
        [
            ("¿Habrá recesión este año?", "direct", None),
            ("No lo creo, pero el crecimiento será bajo.", "direct", "Andrés Velasco"),
        ],
    ),
    (
        "p-r-labels",
        (
            "El alcalde Jorge Sharp respondió a nuestras preguntas.\n\n"
            "P: ¿Qué pasará con el plan regulador?\n\n"
            "R: Lo vamos a votar en abril.\n"
        ),
        [
            ("¿Qué pasará con el plan regulador?", "direct", None),
            ("Lo vamos a votar en abril.", "direct", "Jorge Sharp"),
        ],
    ),
    (
        "pregunta-respuesta-labels",
        (
            "Entrevista con la jueza Marta Gil.\n\n"
            "Pregunta.– ¿Cuántas causas tiene el tribunal?\n\n"
            "Respuesta.– Más de tres mil.\n"
        ),
        [
            ("¿Cuántas causas tiene el tribunal?", "direct", None),
            ("Más de tres mil.", "direct", "Marta Gil"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [i[1:] for i in INTERVIEWS], ids=[i[0] for i in INTERVIEWS]
)
def test_interview(text: str, expected: Said) -> None:
    assert expected == said(text)


@pytest.mark.parametrize(
    "text",
    [
        "Los requisitos son:\n\n- Cédula vigente.\n\n- Certificado de residencia.\n",
        "Resultados del día:\n\n– Colo-Colo 2, Cobreloa 1.\n\n– Palestino 0, Everton 0.\n",
    ],
    ids=["hyphen-list", "en-dash-list"],
)
def test_a_list_without_a_question_is_no_interview(text: str) -> None:
    assert [] == said(text)


LOST_OR_NOT: list[tuple[str, str, Said]] = [
    (
        "lost-opening-comma-verb",
        "Esto ya me pasó antes con otro equipo”, comenta Sergio Valdivia.",
        [("Esto ya me pasó antes con otro equipo", "direct", "Sergio Valdivia")],
    ),
    (
        "lost-opening-guillemet",
        "No hay más plata para las regiones», dijo el gobernador Jorge Flies.",
        [("No hay más plata para las regiones", "direct", "Jorge Flies")],
    ),
    (
        "lost-opening-verb-without-comma",
        "Vamos a ganar la final en Lima” aseguró el técnico Ricardo Gareca.",
        [("Vamos a ganar la final en Lima", "direct", "Ricardo Gareca")],
    ),
    ("inches-are-no-quote", "La pantalla mide 55” y cuesta poco.", []),
    ("a-stray-mark-mid-sentence", "Nuevo récord en Santiago. Muchos llegaron” tarde.", []),
    (
        "embedded-post-signature",
        (
            "El presidente escribió en redes sociales.\n\n"
            "Hoy firmamos el acuerdo con las regiones.\n\n"
            "— Gabriel Boric Font (@GabrielBoric) January 5, 2022\n"
        ),
        [],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in LOST_OR_NOT], ids=[c[0] for c in LOST_OR_NOT]
)
def test_lost_marks_and_signatures(text: str, expected: Said) -> None:
    assert expected == said(text)
