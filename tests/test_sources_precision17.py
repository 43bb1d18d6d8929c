"""Sources the parser should not emit, and one entry per entity, round 17.

Each case is a rule of ``docs/sources.md`` ("One source per entity", "What names no
source"), in sentences written here, in several countries' styles.
"""

from __future__ import annotations

import pytest

from _credit import Mentioned, mentioned

TITLED: list[tuple[str, str, Mentioned]] = [
    # an abbreviated title with its full stop, then a surname alone: a person
    (
        "doctor-surname-after-a-quote-mexico",
        (
            "El Dr. Ramiro Cota Lugo, director del hospital general, pidió calma. «Tenemos "
            "camas suficientes», agregó el Dr. Cota."
        ),
        [("Ramiro Cota Lugo", "person", ["Ramiro Cota Lugo", "el Dr. Cota"])],
    ),
    (
        "licenciada-surname-after-segun-honduras",
        "Según la Lic. Bonilla, el programa de becas llegará a cuatro departamentos.",
        [("Bonilla", "person", ["la Lic. Bonilla"])],
    ),
    (
        "engineer-surname-peru",
        "«La obra estará lista en abril», explicó el Ing. Quispe a los vecinos de Ate.",
        [("Quispe", "person", ["el Ing. Quispe"])],
    ),
    # a title in full still needs a first name after it: "Don Quijote" could be anything
    (
        "full-title-and-one-word-spain",
        "Según Don Quijote, la novela sigue vendiéndose en todas las librerías de Alcalá.",
        [("Don Quijote", "person", ["Don Quijote"])],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in TITLED], ids=[c[0] for c in TITLED])
def test_titled(text: str, expected: Mentioned) -> None:
    assert expected == mentioned(text)


def test_title_alone_names_no_one() -> None:
    # a role word after an abbreviated title: the title alone is no source
    assert mentioned("«No habrá cambios de gabinete», dijo el Sr. Presidente en Tegucigalpa.") == []


NAMESAKES: list[tuple[str, str, Mentioned]] = [
    # a surname two people bear: each mention is the one named last before it
    (
        "surname-after-each-in-turn-argentina",
        (
            "Mauricio Gómez dijo que la obra empezará en junio. Gómez agregó que hay fondos. "
            "Silvia Gómez afirmó que el barrio no fue consultado. Gómez pidió una audiencia."
        ),
        [
            ("Mauricio Gómez", "person", ["Mauricio Gómez", "Gómez"]),
            ("Silvia Gómez", "person", ["Silvia Gómez", "Gómez"]),
        ],
    ),
    (
        "surname-after-each-with-roles-colombia",
        (
            "El senador Iván Cepeda denunció el fraude. «No vamos a callar», dijo Cepeda. "
            "Su hermana, la abogada Nubia Cepeda, afirmó que hay pruebas. Según Cepeda, el "
            "expediente está completo."
        ),
        [
            ("Iván Cepeda", "person", ["El senador Iván Cepeda", "Cepeda"]),
            ("Nubia Cepeda", "person", ["Su hermana, la abogada Nubia Cepeda", "Cepeda"]),
        ],
    ),
    # before both: either of them, left as written
    (
        "surname-before-both-chile",
        (
            "Según Castro, el sumario sigue abierto. Claudio Castro dijo que apelará. Rosa "
            "Castro afirmó que no declarará."
        ),
        [
            ("Castro", "person", ["Castro"]),
            ("Claudio Castro", "person", ["Claudio Castro"]),
            ("Rosa Castro", "person", ["Rosa Castro"]),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in NAMESAKES], ids=[c[0] for c in NAMESAKES]
)
def test_namesakes(text: str, expected: Mentioned) -> None:
    assert expected == mentioned(text)


BODIES: list[tuple[str, str, Mentioned]] = [
    # a body named by a noun of people: its short name and its full one are one source
    (
        "firefighters-short-and-full-chile",
        (
            "Bomberos Voluntarios de Valdivia informó que el incendio está controlado. "
            "Según Bomberos, no hubo lesionados."
        ),
        [
            (
                "Bomberos Voluntarios de Valdivia",
                "organization",
                ["Bomberos Voluntarios de Valdivia", "Bomberos"],
            )
        ],
    ),
    (
        "police-read-as-a-group-and-as-a-body-chile",
        (
            "Carabineros de Chile informó que hubo cuatro detenidos en Temuco. Según "
            "Carabineros, el procedimiento duró dos horas."
        ),
        [("Carabineros de Chile", "organization", ["Carabineros de Chile", "Carabineros"])],
    ),
    # two bodies joined by "y" stay two, and neither is the other's fuller name
    (
        "two-bodies-joined-stay-two-chile",
        "Bomberos y la ONEMI informaron que el fuego avanza hacia Penco.",
        [("Bomberos", "organization", ["Bomberos"]), ("ONEMI", "organization", ["la ONEMI"])],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in BODIES], ids=[c[0] for c in BODIES])
def test_bodies(text: str, expected: Mentioned) -> None:
    assert expected == mentioned(text)


EPITHETS: list[tuple[str, str, Mentioned]] = [
    # a role and a demonym: an epithet for the person the text is about
    (
        "head-of-state-and-demonym-colombia",
        (
            "Gustavo Petro anunció una reforma al sistema de salud. «Vamos a cumplir», "
            "afirmó el mandatario colombiano desde Cali."
        ),
        [("Gustavo Petro", "person", ["Gustavo Petro", "el mandatario colombiano"])],
    ),
    (
        "president-and-demonym-argentina",
        (
            "Javier Milei viajó a Madrid para un foro empresarial. «El ajuste funciona», "
            "sostuvo el presidente argentino ante los inversores."
        ),
        [("Javier Milei", "person", ["el presidente argentino"])],
    ),
    # a role and a party's adjective
    (
        "member-of-parliament-and-party-chile",
        (
            "La diputada Camila Rojas presentó un proyecto sobre arriendos. «Lo votaremos "
            "en marzo», aseguró la parlamentaria comunista."
        ),
        [("Camila Rojas", "person", ["la parlamentaria comunista"])],
    ),
    # an office with its own complement is still someone else
    (
        "office-in-full-stays-apart-spain",
        (
            "El ministro de Sanidad, Jorge Vidal, pidió calma. El ministro de Hacienda "
            "dijo que no hay fondos para más camas."
        ),
        [
            ("Jorge Vidal", "person", ["El ministro de Sanidad, Jorge Vidal"]),
            ("El ministro de Hacienda", "person", ["El ministro de Hacienda"]),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in EPITHETS], ids=[c[0] for c in EPITHETS]
)
def test_epithets(text: str, expected: Mentioned) -> None:
    assert expected == mentioned(text)


CAPITALISED_ROLES: list[tuple[str, str, Mentioned]] = [
    # a role written with a capital as a title of office is read as the role
    (
        "pope-by-his-title-vatican",
        (
            "El Papa León XIV recibió a los obispos peruanos. El Papa pidió cercanía con los "
            "pobres. Según León XIV, la Iglesia debe escuchar más."
        ),
        [("León XIV", "person", ["El Papa", "León XIV"])],
    ),
    (
        "president-by-his-title-chile",
        (
            "El presidente Gabriel Boric llegó a Temuco para firmar el plan. «Es un día "
            "importante», dijo el Presidente."
        ),
        [("Gabriel Boric", "person", ["el Presidente"])],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [c[1:] for c in CAPITALISED_ROLES],
    ids=[c[0] for c in CAPITALISED_ROLES],
)
def test_capitalised_roles(text: str, expected: Mentioned) -> None:
    assert expected == mentioned(text)


def test_office_named_before_its_holder() -> None:
    # the same office in full, named with its holder after: that holder (Spain)
    text = (
        "«Todo se quemó», dijo el alcalde de Olvera, Luis Moya. «Fuimos casa por casa», "
        "asegura el alcalde de Setenil. Muy emocionado, el alcalde de Setenil, Pablo Rubio, "
        "dijo que nadie quedó atrás."
    )
    assert mentioned(text) == [
        ("Luis Moya", "person", ["el alcalde de Olvera, Luis Moya"]),
        ("Pablo Rubio", "person", ["el alcalde de Setenil", "el alcalde de Setenil, Pablo Rubio"]),
    ]


FORMER: list[tuple[str, str, Mentioned]] = [
    # a former office alone recalls the person's past: no present office excludes it
    (
        "former-minister-now-mayor-chile",
        (
            "La alcaldesa de Ñuñoa, Teresa Lagos, dijo que el plan sigue. La exministra "
            "indicó que habrá más fondos para los barrios."
        ),
        [
            (
                "Teresa Lagos",
                "person",
                ["La alcaldesa de Ñuñoa, Teresa Lagos", "La exministra"],
            )
        ],
    ),
    # of another gender, someone else
    (
        "former-minister-of-another-gender-peru",
        "El congresista Pedro Vela dijo que no. La ex ministra afirmó que el plan sigue.",
        [
            ("Pedro Vela", "person", ["El congresista Pedro Vela"]),
            ("La ex ministra", "person", ["La ex ministra"]),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in FORMER], ids=[c[0] for c in FORMER])
def test_former_office(text: str, expected: Mentioned) -> None:
    assert expected == mentioned(text)


GROUPS: list[tuple[str, str, Mentioned]] = [
    # two groups of people, each with its own complement, joined by "y": two sources
    (
        "leaders-and-specialists-cuba",
        (
            "Dirigentes de la FEU y especialistas del Instituto de Historia coincidieron en "
            "que el programa llega tarde."
        ),
        [
            ("Dirigentes de la FEU", "person", ["Dirigentes de la FEU"]),
            (
                "especialistas del Instituto de Historia",
                "person",
                ["especialistas del Instituto de Historia"],
            ),
        ],
    ),
    (
        "after-segun-mexico",
        (
            "Según académicos de la UNAM y representantes de la Canacintra, la medida "
            "encarecerá el transporte."
        ),
        [
            ("académicos de la UNAM", "person", ["académicos de la UNAM"]),
            ("representantes de la Canacintra", "person", ["representantes de la Canacintra"]),
        ],
    ),
    # two nouns sharing one complement are one group
    (
        "one-group-one-complement-chile",
        "Según padres y apoderados del liceo, las clases siguen suspendidas.",
        [("padres y apoderados del liceo", "person", ["padres y apoderados del liceo"])],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in GROUPS], ids=[c[0] for c in GROUPS])
def test_groups(text: str, expected: Mentioned) -> None:
    assert expected == mentioned(text)


def test_holder_after_an_epithet() -> None:
    # the holder of a role, after a comma, an article and a word describing them (Nicaragua)
    text = (
        "La reforma fue aprobada con 70 votos, anunció el presidente de la asamblea, el "
        "sandinista Marcos Ruiz."
    )
    assert mentioned(text) == [("Marcos Ruiz", "person", ["Marcos Ruiz"])]


@pytest.mark.parametrize(
    "text",
    [
        "La deuda europea es un riesgo, según EE.UU., que pide más control.",  # Spain
        "Según EEUU, el acuerdo comercial con México está cerca de firmarse.",  # Mexico
    ],
)
def test_country_abbreviation_is_no_source(text: str) -> None:
    # a country's abbreviation, like its name, stands for a government the text leaves unnamed
    assert mentioned(text) == []


BOTH: list[tuple[str, str, Mentioned]] = [
    # "Ambos" stands for the two people just named
    (
        "both-after-two-named-chile",
        (
            "El senador Iván Flores y la diputada Marta Lobos visitaron la planta. Ambos "
            "aseguraron que el proyecto se votará en marzo."
        ),
        [
            ("Iván Flores", "person", ["Iván Flores"]),
            ("Marta Lobos", "person", ["Marta Lobos"]),
        ],
    ),
    (
        "both-as-speakers-peru",
        (
            "La ministra Rosa Quispe recorrió el puerto con el gerente Hugo Salas. «Es un gran "
            "paso», dijeron ambos."
        ),
        [("Rosa Quispe", "person", ["Rosa Quispe"]), ("Hugo Salas", "person", ["Hugo Salas"])],
    ),
    # with no two people named before it, a group as written
    (
        "both-with-no-one-named-spain",
        "Ambos aseguraron que el acuerdo se firmará en marzo.",
        [("Ambos", "person", ["Ambos"])],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in BOTH], ids=[c[0] for c in BOTH])
def test_both(text: str, expected: Mentioned) -> None:
    assert expected == mentioned(text)


FRONTED: list[tuple[str, str, Mentioned]] = [
    # a fronted object, then the verb and its subject with no "a": the subject
    (
        "fronted-object-institution-chile",
        "Cautela pidió el Banco Central ante la baja de las tasas de interés.",
        [("Banco Central", "organization", ["el Banco Central"])],
    ),
    (
        "fronted-object-role-venezuela",
        "Prudencia pidió la gobernadora del estado ante la crecida del río Orinoco.",
        [
            (
                "la gobernadora del estado",
                "person",
                ["la gobernadora del estado"],
            )
        ],
    ),
    # a surname before the verb and its object stays the subject
    (
        "surname-and-object-argentina",
        "Bullrich pidió la renuncia del jefe de la fuerza tras el operativo.",
        [("Bullrich", "person", ["Bullrich"])],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in FRONTED], ids=[c[0] for c in FRONTED]
)
def test_fronted_object(text: str, expected: Mentioned) -> None:
    assert expected == mentioned(text)


SHORTER: list[tuple[str, str, Mentioned]] = [
    # an acronym written with a stop after each letter is the acronym
    (
        "dotted-acronym-guatemala",
        (
            "La Organización de los Estados Americanos pidió calma. Según la O.E.A., el "
            "conteo debe seguir. La OEA agregó que enviará observadores."
        ),
        [
            (
                "Organización de los Estados Americanos",
                "organization",
                ["La Organización de los Estados Americanos", "la O.E.A.", "La OEA"],
            )
        ],
    ),
    # an institution's last words, read as a person's name, are the institution
    (
        "last-words-read-as-a-person-chile",
        (
            "El Servicio de Impuestos Internos informó que la recaudación subió. Impuestos "
            "Internos agregó que habrá fiscalización en marzo."
        ),
        [
            (
                "Servicio de Impuestos Internos",
                "organization",
                ["El Servicio de Impuestos Internos", "Impuestos Internos"],
            )
        ],
    ),
    # a person named like the institution that honours them stays a person
    (
        "eponym-stays-a-person-chile",
        (
            "La Universidad Arturo Prat abrió su sede en Iquique. Según Arturo Prat, nieto "
            "del marino, la sede es un homenaje."
        ),
        [("Arturo Prat", "person", ["Arturo Prat"])],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in SHORTER], ids=[c[0] for c in SHORTER]
)
def test_shorter_names(text: str, expected: Mentioned) -> None:
    assert expected == mentioned(text)


PERIPHRASES: list[tuple[str, str, Mentioned]] = [
    # a periphrasis of one office names whom the article linked to that office
    (
        "mayor-by-periphrasis-chile",
        (
            "El director del hospital, Jorge Ulloa, pidió calma. Ulloa indicó que hay camas. "
            "El doctor Ulloa llamó a vacunarse. El alcalde Rodrigo Paz dijo que el municipio "
            "apoyará. «Vamos a estar en todos los barrios», afirmó el jefe comunal."
        ),
        [
            (
                "Jorge Ulloa",
                "person",
                ["El director del hospital, Jorge Ulloa", "Ulloa", "El doctor Ulloa"],
            ),
            ("Rodrigo Paz", "person", ["El alcalde Rodrigo Paz", "el jefe comunal"]),
        ],
    ),
    (
        "foreign-minister-by-periphrasis-spain",
        (
            "El ministro del Interior, Luis Gil, habló con la prensa. Gil dijo que no hay "
            "riesgo. Gil agregó que habrá más agentes. El canciller Pedro Mena viajó a "
            "Rabat. «Hay acuerdo», aseguró el jefe de la diplomacia."
        ),
        [
            ("Luis Gil", "person", ["Gil", "Gil"]),
            ("Pedro Mena", "person", ["el jefe de la diplomacia"]),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in PERIPHRASES], ids=[c[0] for c in PERIPHRASES]
)
def test_periphrases(text: str, expected: Mentioned) -> None:
    assert expected == mentioned(text)


MISSPELT: list[tuple[str, str, Mentioned]] = [
    # a surname of six letters or more with two letters swapped is a slip of the pen
    (
        "surname-two-letters-swapped-argentina",
        (
            "El obispo Marcelo Colombo dijo que la pobreza creció. Según Coolmbo, faltan "
            "comedores en el conurbano."
        ),
        [("Marcelo Colombo", "person", ["El obispo Marcelo Colombo", "Coolmbo"])],
    ),
    # another surname one letter apart is someone else
    (
        "another-surname-stays-apart-chile",
        "El senador Juan Rojas dijo que no. Según Rosas, el proyecto es bueno.",
        [
            ("Juan Rojas", "person", ["El senador Juan Rojas"]),
            ("Rosas", "person", ["Rosas"]),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in MISSPELT], ids=[c[0] for c in MISSPELT]
)
def test_misspelt_surname(text: str, expected: Mentioned) -> None:
    assert expected == mentioned(text)


@pytest.mark.parametrize(
    "text",
    [
        "Para Navidad, el municipio de Osorno instalará luces en la plaza.",  # Chile
        "Para Semana Santa, la alcaldía reforzará el transporte hacia la costa.",  # El Salvador
        "Para Día de Muertos, el panteón abrirá sus puertas toda la noche.",  # Mexico
    ],
)
def test_a_feast_opening_the_sentence_is_when(text: str) -> None:
    # "Para" and a feast or an event: when, not whose view
    assert mentioned(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "El barrio Yungay denunció el abandono de las plazas y las veredas.",  # Chile
        "La colonia Guerrero reportó cortes de agua durante toda la semana.",  # Mexico
        "La urbanización Los Pinos denunció robos en las casas vacías.",  # Venezuela
    ],
)
def test_a_place_named_by_its_noun_is_no_source(text: str) -> None:
    # a name after a place's noun in lower case is the place's
    assert mentioned(text) == []


def test_holder_before_a_semicolon() -> None:
    # a list of roles and holders set apart by semicolons: each holder ends at its ";" (Spain)
    text = "Lo agradecieron la presidenta del Senado, María Ruiz; el alcalde, Pedro Soto, y otros."
    assert mentioned(text) == [("María Ruiz", "person", ["María Ruiz"])]


def test_the_role_heading_the_apposition_is_linked() -> None:
    # "el abogado de la familia, X": X is the lawyer, named again by that role (Colombia)
    text = (
        "El abogado de la familia, Camilo Ortiz, dijo que apelarán.\n"
        "«Vamos a ir a la Corte Suprema», agregó el abogado."
    )
    assert mentioned(text) == [
        ("Camilo Ortiz", "person", ["El abogado de la familia, Camilo Ortiz", "el abogado"])
    ]


LINKED: list[tuple[str, str, Mentioned]] = [
    # a capitalised preposition carries an organisation's name on from a noun of people
    (
        "doctors-without-borders-spain",
        "Médicos Sin Fronteras denunció el bombardeo de un hospital en Jan Yunis.",
        [("Médicos Sin Fronteras", "organization", ["Médicos Sin Fronteras"])],
    ),
    (
        "reporters-without-borders-mexico",
        "Según Reporteros Sin Fronteras, México sigue entre los países más peligrosos.",
        [("Reporteros Sin Fronteras", "organization", ["Reporteros Sin Fronteras"])],
    ),
    # a sentence's opener run into the next word keeps its lower case: no name
    (
        "lower-case-after-a-capital-chile",
        "Los médicos Sin embargo dijeron que no hay camas.",
        [("Los médicos", "person", ["Los médicos"])],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in LINKED], ids=[c[0] for c in LINKED])
def test_linked_names(text: str, expected: Mentioned) -> None:
    assert expected == mentioned(text)


AHEAD: list[tuple[str, str, Mentioned]] = [
    # a medium's noun, words that only describe the outlet, then its name: that outlet
    (
        "network-described-at-length-peru",
        (
            "El diario El Comercio publicó la entrevista. Según la cadena pública de "
            "televisión japonesa NHK, el primer ministro llegará a Lima en mayo."
        ),
        [
            ("El Comercio", "media", ["El diario El Comercio"]),
            ("NHK", "media", ["la cadena pública de televisión japonesa NHK"]),
        ],
    ),
    # a verb after the noun: the outlet named before
    (
        "agency-then-a-verb-argentina",
        "El diario Clarín publicó la carta. La agencia dijo que Milei viajará a Roma.",
        [("Clarín", "media", ["El diario Clarín", "La agencia"])],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in AHEAD], ids=[c[0] for c in AHEAD])
def test_outlet_after_its_description(text: str, expected: Mentioned) -> None:
    assert expected == mentioned(text)
