"""A role or a group as the speaker, and when a role is a named person's epithet.

Rules of docs/quotes.md (speakers, names); every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_quotes

#: A role that acts for or upon the story's protagonist, with no name linked to it, is
#: someone the article leaves unnamed: the protagonist is the party, not the agent.
AGENTS: list[tuple[str, str, str]] = [
    (
        "lawyer-of-the-detained-peru",
        (
            "El empresario Carlos Ruiz fue detenido el martes en su casa de Miraflores. "
            "Ruiz enfrenta cargos por lavado de activos.\n\n"
            "«Mi cliente es inocente y lo vamos a demostrar», dijo el abogado."
        ),
        "el abogado",
    ),
    (
        "spokesman-of-the-company-chile",
        (
            "El gerente Tomás Arrieta renunció tras la filtración de los correos. Arrieta "
            "no respondió los llamados.\n\n«Colaboraremos con la investigación», afirmó el "
            "portavoz."
        ),
        "el portavoz",
    ),
    (
        "prosecutor-before-the-verb-mexico",
        (
            "El exalcalde Hugo Lagos fue vinculado a proceso por peculado. Lagos se "
            "declaró inocente.\n\nEl fiscal sostuvo: «Hay pruebas de sobra para llevarlo "
            "a juicio»."
        ),
        "El fiscal",
    ),
    (
        "doctor-of-the-patient-argentina",
        (
            "La modelo Julieta Paz fue internada de urgencia en una clínica de Palermo. "
            "Paz había sufrido un desmayo.\n\n«Está estable y fuera de peligro», informó "
            "la médica."
        ),
        "la médica",
    ),
    (
        "defender-of-the-extradited-us-spanish",
        (
            "El exgobernador Ramiro Zepeda fue extraditado a Texas. Zepeda enfrenta cargos "
            "por lavado de dinero.\n\n«Vamos a demostrar su inocencia», aseguró el defensor."
        ),
        "el defensor",
    ),
    (
        "the-coroner-after-the-verb-colombia",
        (
            "El cantante Rubén Olmedo fue hallado sin vida en su apartamento de Bogotá. "
            "Olmedo tenía 52 años.\n\n«No presentaba signos de violencia», indicó el "
            "forense."
        ),
        "el forense",
    ),
    (
        "a-view-held-by-the-prosecutor-colombia",
        (
            "El concejal Iván Rengifo fue capturado en Cali. Rengifo negó los cargos.\n\n"
            "Para el fiscal, Rengifo «recibió pagos durante años»."
        ),
        "el fiscal",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), [c[1:] for c in AGENTS], ids=[c[0] for c in AGENTS])
def test_an_agent_role_is_not_the_protagonist(text: str, speaker: str) -> None:
    quote = parse_quotes(text)[-1]
    assert quote.speaker is not None
    assert speaker == quote.speaker.text


#: News varies the words for the person it is quoting: an agent's role right after
#: that person spoke, of their gender, is them; a description of the protagonist too.
EPITHETS: list[tuple[str, str, str]] = [
    (
        "the-doctor-who-just-spoke-chile",
        (
            "«En la región faltan camas», reiteró el director del hospital, Mario Vera, "
            "ante la prensa. «Hemos hecho mucho, pero no basta», dijo el médico."
        ),
        "Mario Vera",
    ),
    (
        "the-lawyer-who-just-spoke-spain",
        (
            "La dirigente vecinal Lucía Ferrer encabezó la marcha. «No vamos a bajar los "
            "brazos», afirmó Ferrer. «La ley nos ampara», agregó la abogada."
        ),
        "Lucía Ferrer",
    ),
    (
        "a-description-of-the-protagonist-mexico",
        (
            "El magnate Ernesto Villaseñor anunció la compra de la aerolínea. Villaseñor "
            "pagará en efectivo.\n\n«Es el mejor negocio de mi vida», aseguró el magnate."
        ),
        "Ernesto Villaseñor",
    ),
]


@pytest.mark.parametrize(
    ("text", "speaker"), [c[1:] for c in EPITHETS], ids=[c[0] for c in EPITHETS]
)
def test_an_epithet_is_the_person(text: str, speaker: str) -> None:
    quote = parse_quotes(text)[-1]
    assert quote.speaker is not None
    assert speaker == quote.speaker.text


def test_an_agent_someone_owns_is_no_epithet() -> None:
    text = (
        "El empresario Carlos Ruiz fue detenido el martes.\n\n«Soy inocente», dijo Ruiz "
        "a la salida del tribunal. «Vamos a apelar», agregó su abogado."
    )
    quote = parse_quotes(text)[-1]
    assert quote.speaker is not None
    assert "su abogado" == quote.speaker.text


def test_an_agent_of_the_other_gender_is_someone_else() -> None:
    text = (
        "La dirigente vecinal Lucía Ferrer encabezó la marcha. «No vamos a bajar los "
        "brazos», afirmó Ferrer. «La ley nos ampara», agregó el abogado."
    )
    quote = parse_quotes(text)[-1]
    assert quote.speaker is not None
    assert "el abogado" == quote.speaker.text


#: "«…», contó una mujer": an indefinite subject after the verb is someone new, whatever
#: its noun, never a person named before.
INDEFINITE: list[tuple[str, str, str]] = [
    (
        "a-woman-chile",
        (
            "La ministra de Salud, Carla Soto, visitó el hospital. «Vamos a reforzar los "
            "turnos», dijo Soto.\n\n«Aquí esperamos horas para que nos atiendan», contó "
            "una mujer."
        ),
        "una mujer",
    ),
    (
        "an-official-of-the-time-argentina",
        (
            "El ministro Rodrigo Basualdo enfrentó la crisis sin apoyo empresarial.\n\n"
            "«Estaban desorientados, como todos», recuerda un funcionario de la época."
        ),
        "un funcionario de la época",
    ),
    (
        "a-caretaker-before-the-verb-colombia",
        (
            "El edificio del concejal Andrés Vélez fue evacuado en Medellín. Vélez no estaba "
            "en casa.\n\nUn conserje del edificio aseguró que «el humo salía del sótano»."
        ),
        "Un conserje del edificio",
    ),
    (
        "a-coroner-dominican-republic",
        (
            "El cantante Rubén Olmedo fue hallado sin vida en su apartamento de Santo "
            "Domingo. Olmedo tenía 52 años.\n\n«No presentaba signos de violencia», "
            "indicó un forense."
        ),
        "un forense",
    ),
]


@pytest.mark.parametrize(
    ("text", "speaker"), [c[1:] for c in INDEFINITE], ids=[c[0] for c in INDEFINITE]
)
def test_an_indefinite_subject_after_the_verb(text: str, speaker: str) -> None:
    quote = parse_quotes(text)[-1]
    assert quote.speaker is not None
    assert speaker == quote.speaker.text


def test_a_time_after_the_verb_is_no_subject() -> None:
    text = (
        "La senadora Paula Ibáñez presentó el proyecto.\n\n«No vamos a retroceder», "
        "repitió una vez más."
    )
    quote = parse_quotes(text)[-1]
    assert quote.speaker is not None
    assert "Paula Ibáñez" == quote.speaker.text


#: A new subject between two quotations ends the speaker carried: the role or group
#: the previous sentence of the paragraph opens on says the next quotation that opens
#: its own sentence, its verb's number agreeing.
CHANGES: list[tuple[str, str, str]] = [
    (
        "a-spokeswoman-takes-over-chile",
        (
            "El intendente Raúl Vega anunció el cierre del basural. «Es una deuda "
            "histórica», afirmó Vega. La vocera de los vecinos celebró la noticia, aunque "
            "con cautela. «Hay que ver si cumplen», advirtió."
        ),
        "La vocera de los vecinos",
    ),
    (
        "the-council-president-answers-colombia",
        (
            "«El presupuesto está aprobado», dijo el alcalde Iván Ospina. El presidente "
            "del concejo pidió entonces la palabra. «Eso no se ha votado», respondió."
        ),
        "El presidente del concejo",
    ),
    (
        "shopkeepers-in-the-plural-argentina",
        (
            "«La peatonal se abre el lunes», anunció la intendenta Sofía Lamas. Los "
            "comerciantes del centro rechazaron la medida. «Nos van a fundir», advirtieron."
        ),
        "Los comerciantes del centro",
    ),
    (
        "the-lawyer-in-the-future-tense-peru",
        (
            "El empresario Carlos Ruiz fue detenido el martes. «Soy inocente», dijo Ruiz."
            "\n\nSu abogado, en tanto, apelará la medida. «Es una detención ilegal», afirmó."
        ),
        "Su abogado",
    ),
    (
        "her-colleagues-in-the-plural-mexico",
        (
            "La diputada Marcela Ortiz denunció amenazas. «Tengo miedo», dijo Ortiz.\n\n"
            "Sus colegas de bancada la respaldaron. «No está sola», señalaron en una "
            "declaración."
        ),
        "Sus colegas de bancada",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), [c[1:] for c in CHANGES], ids=[c[0] for c in CHANGES])
def test_a_new_subject_ends_the_carried_speaker(text: str, speaker: str) -> None:
    quote = parse_quotes(text)[-1]
    assert quote.speaker is not None
    assert speaker == quote.speaker.text


#: Across a paragraph break only someone new (an indefinite) or a group takes over.
ACROSS: list[tuple[str, str, str]] = [
    (
        "transport-unions-paraguay",
        (
            "«No habrá más alzas este año», dijo el ministro Mario Costa.\n\nLos gremios "
            "del transporte rechazaron el anuncio.\n\n«Con estos precios no llegamos a "
            "fin de mes»."
        ),
        "Los gremios del transporte",
    ),
    (
        "a-truckers-leader-venezuela",
        (
            "«No habrá más alzas este año», dijo el ministro Mario Costa.\n\nUn dirigente "
            "de los camioneros fue más allá.\n\n«Con estos precios no llegamos a fin de "
            "mes»."
        ),
        "Un dirigente de los camioneros",
    ),
    (
        "the-president-the-text-is-about-spain",
        (
            "«Seguiremos adelante», dijo el presidente Mariano Ortuño en el Congreso.\n\n"
            "El presidente resumió así su postura:\n\n«No pienso cambiar a nadie del "
            "Gobierno»."
        ),
        "Mariano Ortuño",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), [c[1:] for c in ACROSS], ids=[c[0] for c in ACROSS])
def test_across_a_paragraph_someone_new_or_a_group(text: str, speaker: str) -> None:
    quote = parse_quotes(text)[-1]
    assert quote.speaker is not None
    assert speaker == quote.speaker.text


def test_a_group_does_not_take_a_singular_verb() -> None:
    text = (
        "«Vamos a cumplir cada promesa», dijo la gobernadora Inés Quiroga. Los vecinos "
        "escucharon en silencio. «No habrá más excusas», aseguró."
    )
    quote = parse_quotes(text)[-1]
    assert quote.speaker is not None
    assert "Inés Quiroga" == quote.speaker.text


#: A group named as the subject of the clause before the quotation says it, never the
#: one person the story is about: a plural, or one noun for many ("la familia").
GROUPS: list[tuple[str, str, str]] = [
    (
        "neighbours-of-the-detained-before-a-colon-chile",
        (
            "El empresario Carlos Ruiz fue detenido el martes.\n\n"
            "Los vecinos de Ruiz no lo pueden creer: «Era un hombre tranquilo»."
        ),
        "Los vecinos de Ruiz",
    ),
    (
        "patients-with-a-present-verb-spain",
        (
            "La consejera de Sanidad, Carla Soto, visitó el hospital. «Vamos a reforzar "
            "los turnos», dijo Soto.\n\nLos pacientes tienen otra opinión: «Aquí esperamos "
            "horas para que nos atiendan»."
        ),
        "Los pacientes",
    ),
    (
        "the-family-in-a-statement-argentina",
        (
            "El cantante Rubén Olmedo murió el domingo en Rosario. Olmedo tenía 52 años.\n\n"
            "«Pedimos respeto en este momento», señaló su familia en un comunicado."
        ),
        "su familia",
    ),
    (
        "stallholders-after-the-verb-chile",
        (
            "El alcalde Jorge Medina cerró la feria del sector norte. «Es por seguridad», "
            "dijo Medina.\n\n«Nos dejaron sin trabajo de un día para otro», denunciaron "
            "los feriantes."
        ),
        "los feriantes",
    ),
    (
        "the-bereaved-before-a-colon-peru",
        (
            "El chofer Wilmer Quispe fue detenido tras el accidente en la Panamericana.\n\n"
            "Los deudos exigieron justicia: «Quispe tiene que pagar por esto»."
        ),
        "Los deudos",
    ),
    (
        "the-defence-in-the-hearing-mexico",
        (
            "El exalcalde Rodrigo Fuenmayor fue vinculado a proceso por homicidio.\n\n"
            "Durante la audiencia, la defensa pidió su liberación, asegurando que «no "
            "existe una sola prueba directa»."
        ),
        "la defensa",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), [c[1:] for c in GROUPS], ids=[c[0] for c in GROUPS])
def test_a_group_speaks_for_itself(text: str, speaker: str) -> None:
    quote = parse_quotes(text)[-1]
    assert quote.speaker is not None
    assert speaker == quote.speaker.text


#: "Su mensaje fue claro: «…»": the words' owner speaks, the person the text goes on
#: about; a possessive's noun of speech is no speaker.
OWNED: list[tuple[str, str, str]] = [
    (
        "his-message-bolivia",
        ("El presidente Luis Arce llegó a Brasilia. Su mensaje fue claro: «Vinimos a cooperar»."),
        "Luis Arce",
    ),
    (
        "her-words-uruguay",
        (
            "La ministra Ana Ferreira cerró el congreso. Sus palabras fueron duras: «No hay "
            "más tiempo»."
        ),
        "Ana Ferreira",
    ),
    (
        "his-answer-peru",
        (
            "El alcalde Jorge Muñoz habló tras el derrumbe. Su respuesta fue inmediata: "
            "«Vamos a demoler el edificio»."
        ),
        "Jorge Muñoz",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), [c[1:] for c in OWNED], ids=[c[0] for c in OWNED])
def test_the_owner_of_the_words_speaks(text: str, speaker: str) -> None:
    quote = parse_quotes(text)[-1]
    assert quote.speaker is not None
    assert speaker == quote.speaker.text


#: A quotation that names the person carried is about them: a group the sentence before
#: opens on says it; with none there, a person may name themself and carries.
ABOUT: list[tuple[str, str, str]] = [
    (
        "trade-unions-about-the-minister-chile",
        (
            "La ministra Carla Soto anunció el plan. «Es ambicioso», dijo.\n\n"
            "Los gremios, sin embargo, lo ven distinto. «Soto no escuchó a nadie»."
        ),
        "Los gremios",
    ),
    (
        "fans-about-the-coach-argentina",
        (
            "El técnico Ramiro Quinteros pidió paciencia. «El equipo está creciendo», "
            "dijo.\n\nLos hinchas, en cambio, perdieron la calma. «Quinteros se tiene que ir "
            "hoy mismo»."
        ),
        "Los hinchas",
    ),
    (
        "a-politician-names-himself-spain",
        (
            "El presidente Mariano Ortuño respondió a las críticas. «Ortuño seguirá "
            "haciendo de Ortuño», dijo entre risas.\n\n«No voy a cambiar a estas alturas»."
        ),
        "Mariano Ortuño",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), [c[1:] for c in ABOUT], ids=[c[0] for c in ABOUT])
def test_a_quotation_about_the_carried_person(text: str, speaker: str) -> None:
    quote = parse_quotes(text)[-1]
    assert quote.speaker is not None
    assert speaker == quote.speaker.text


#: "…, quienes le reclamaron: «…»": a relative is the subject of its verb, clitics
#: between, and it stands for its antecedent, people by a role or as a group too.
RELATIVES: list[tuple[str, str, str]] = [
    (
        "neighbours-who-complained-chile",
        (
            "El alcalde Jorge Medina visitó la villa.\n\nMedina se reunió con los vecinos, "
            "quienes le reclamaron: «Llevamos un mes sin agua»."
        ),
        "los vecinos",
    ),
    (
        "teachers-who-told-him-argentina",
        (
            "El gobernador Omar Perotti recorrió la escuela.\n\nPerotti saludó a los "
            "docentes, que le dijeron: «Faltan estufas en todas las aulas»."
        ),
        "los docentes",
    ),
    (
        "the-candidate-who-stressed-chile",
        (
            "«No estuvimos a la altura», dijo el senador Óscar Quiroz.\n\nUna visión "
            "parecida dio en la misma radio el exministro de Hacienda, quien destacó que "
            "«las reformas siguen pendientes»."
        ),
        "el exministro de Hacienda",
    ),
]


@pytest.mark.parametrize(
    ("text", "speaker"), [c[1:] for c in RELATIVES], ids=[c[0] for c in RELATIVES]
)
def test_a_relative_stands_for_its_antecedent(text: str, speaker: str) -> None:
    quote = parse_quotes(text)[-1]
    assert quote.speaker is not None
    assert speaker == quote.speaker.text


#: "En el municipio explican que «…»": an impersonal plural after "en" and an
#: institution reports the institution's voice, as after the verb; a place is no one.
INSTITUTIONS: list[tuple[str, str, str]] = [
    (
        "in-the-town-hall-chile",
        (
            "El alcalde Jorge Medina visitó la villa. Medina habló con la prensa.\n\n"
            "En el municipio explican que «la visita estaba programada»."
        ),
        "el municipio",
    ),
    (
        "in-the-government-house-argentina",
        (
            "El ministro Sergio Lamela presentó su renuncia el viernes.\n\nEn la Casa de "
            "Gobierno sostienen que «la salida fue de común acuerdo»."
        ),
        "la Casa de Gobierno",
    ),
    (
        "a-country-is-impersonal-italy",
        (
            "«La paciencia gana los partidos largos», escribió el volante Arturo Medel.\n\n"
            "En Italia aseguran que el mensaje iba «dirigido al entrenador»."
        ),
        "Arturo Medel",
    ),
]


@pytest.mark.parametrize(
    ("text", "speaker"), [c[1:] for c in INSTITUTIONS], ids=[c[0] for c in INSTITUTIONS]
)
def test_an_institution_an_impersonal_plural_speaks_in(text: str, speaker: str) -> None:
    quote = parse_quotes(text)[-1]
    assert quote.speaker is not None
    assert speaker == quote.speaker.text


def test_an_adverb_of_time_before_the_subject_spain() -> None:
    text = (
        "«El comercio pagó un precio altísimo en esta crisis», dice ahora Ramón Ibarra, "
        "entonces presidente de la patronal."
    )
    quote = parse_quotes(text)[-1]
    assert quote.speaker is not None
    assert "Ramón Ibarra" == quote.speaker.text


#: The headline convention "«…»: X" with a bare role before the name: the name speaks.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("«No vamos a subir los aranceles»: rectora Ana Paz", "Ana Paz"),
        ('"Hay que cuidar cada gota de agua": ministra Carla Soto', "Carla Soto"),
        ("«El equipo está listo para la final»: técnico Ramón Díaz", "Ramón Díaz"),
    ],
    ids=["rector-chile", "minister-mexico", "coach-argentina"],
)
def test_a_headline_role_before_the_name(text: str, speaker: str) -> None:
    quote = parse_quotes(text)[0]
    assert quote.speaker is not None
    assert speaker == quote.speaker.text


#: "«…». Son palabras del jefe policial": the owner after a lead that points back.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            (
                "«Hubo resistencia y tuvimos que usar la fuerza». Son palabras del jefe "
                "policial a cargo del operativo."
            ),
            "jefe policial a cargo del operativo",
        ),
        (
            (
                "«Hubo resistencia y tuvimos que usar la fuerza». La frase es del comisario "
                "Luis Ordóñez."
            ),
            "Luis Ordóñez",
        ),
        (
            (
                "«No vamos a permitir más tomas en el campus». Fueron palabras de la rectora "
                "Ana Villalobos."
            ),
            "Ana Villalobos",
        ),
    ],
    ids=["police-chief-mexico", "commissioner-spain", "rector-chile"],
)
def test_the_words_are_of_their_owner(text: str, speaker: str) -> None:
    quote = parse_quotes(text)[0]
    assert quote.speaker is not None
    assert speaker == quote.speaker.text


#: One of a group is someone new, never a person named before; "uno de ellos" speaks
#: for the group the sentence before opens on.
MEMBERS: list[tuple[str, str, str]] = [
    (
        "one-of-them-chile",
        (
            "El alcalde Jorge Medina cerró la feria. «Es por seguridad», dijo Medina.\n\n"
            "Los feriantes están molestos. «Nos dejaron sin trabajo», dijo uno de ellos."
        ),
        "Los feriantes",
    ),
    (
        "another-of-the-protesters-argentina",
        (
            "El intendente Julio Zamora cerró la feria. «Es por seguridad», dijo Zamora.\n\n"
            "«Nos dejaron sin trabajo», gritó otro de los manifestantes."
        ),
        "otro de los manifestantes",
    ),
    (
        "one-of-the-stallholders-with-an-aside-peru",
        (
            "El alcalde Rafael Urrutia cerró el mercado. «Es por seguridad», dijo Urrutia."
            "\n\nUno de los feriantes, que vende frutas hace 30 años, lamentó: «Nos dejaron "
            "sin trabajo»."
        ),
        "Uno de los feriantes",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), [c[1:] for c in MEMBERS], ids=[c[0] for c in MEMBERS])
def test_one_of_a_group(text: str, speaker: str) -> None:
    quote = parse_quotes(text)[-1]
    assert quote.speaker is not None
    assert speaker == quote.speaker.text
