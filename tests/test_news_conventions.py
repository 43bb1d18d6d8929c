"""Golden cases for attribution conventions of Spanish news, in sentences written here.

Each group is one capability of ``docs/quotes.md`` / ``docs/sources.md``, in several
wordings and countries' styles.
"""

from __future__ import annotations

import pytest

from noticiaparse import parse, parse_quotes, parse_sources

Found = list[tuple[str, str, "str | None"]]


def sources(text: str) -> list[tuple[str, str]]:
    return [(s.name, s.kind.value) for s in parse_sources(text)]


def found(text: str) -> Found:
    return [
        (q.text, q.kind.value, None if q.speaker is None else q.speaker.text)
        for q in parse_quotes(text)
    ]


#: A quoted word governed by a verb or cue of judgement is the subject's word: partial.
JUDGED: list[tuple[str, str, Found]] = [
    (
        "tachar-de-clitic",
        "Los gremios del transporte los tacharon de «irresponsables» por su doble discurso.",
        [("irresponsables", "partial", "Los gremios del transporte")],
    ),
    (
        "tildar-de-object-after",
        "El senador Pedro Gil tildó de «irresponsable» al ministro de Hacienda.",
        [("irresponsable", "partial", "Pedro Gil")],
    ),
    (
        "definir-como-indefinite",
        "El alcalde Jorge Ruiz lo definió como un «alivio» para los comerciantes.",
        [("alivio", "partial", "Jorge Ruiz")],
    ),
    (
        "calificar-como-una",
        'La diputada Rosa Páez calificó la reforma como una "burla" a los jubilados.',
        [("burla", "partial", "Rosa Páez")],
    ),
    (
        "ver-adjective",
        "La Cancillería ve «preocupante» la tensión en la frontera.",
        [("preocupante", "partial", "Cancillería")],
    ),
    (
        "juzgar-adjective",
        'El fiscal juzgó "inaceptable" la demora del peritaje, según la defensa.',
        [("inaceptable", "partial", "El fiscal")],
    ),
    (
        "ver-before-a-title-is-no-judgement",
        "Cada noche la familia ve «Los Simpson» en la cocina.",
        [("Los Simpson", "title", None)],
    ),
    (
        "article-alone-still-a-term",
        "Los jóvenes bailan ahora un «perreo» más suave.",
        [("perreo", "term", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [g[1:] for g in JUDGED], ids=[g[0] for g in JUDGED])
def test_judged_words_are_partial(text: str, expected: Found) -> None:
    assert expected == found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Los vecinos reclamaron a la alcaldía y la tacharon de 'indolente'.",
            [("indolente", "partial", "Los vecinos")],
        ),
        (
            "El fiscal Pedro Gil cerró el caso y les dijo a los deudos que «no hay pruebas».",
            [("no hay pruebas", "partial", "Pedro Gil")],
        ),
    ],
    ids=["y-la-tacharon", "y-les-dijo"],
)
def test_a_coordinated_verb_takes_the_sentence_subject(text: str, expected: Found) -> None:
    assert expected == found(text)


#: The outlet a demand is made of is no source; an outlet that received the words
#: otherwise is, a wire agency too (its own copy names it as the page's author, and the
#: page's own outlet is left out: ``test_the_signing_outlet_is_no_source``).
CHANNELS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "demand-of-an-outlet",
        "Organizaciones de migrantes reclamaron a Telemundo y Univision que retiren avisos.",
        [("Organizaciones de migrantes", "organization")],
    ),
    (
        "exigir-a-channel",
        "Los sindicatos exigieron a Caracol Televisión que rectifique la nota.",
        [("Los sindicatos", "organization")],
    ),
    (
        "agency-receives-anonymous",
        "Fuentes judiciales informaron a Télam que el detenido tiene 19 años.",
        [("Fuentes judiciales", "anonymous"), ("Télam", "media")],
    ),
    (
        "agency-receives-person",
        "El dirigente Luis Soto denunció a EFE que los presos duermen en el suelo.",
        [("Luis Soto", "person"), ("EFE", "media")],
    ),
    (
        "agency-channel-cue",
        "En declaraciones a Europa Press, la alcaldesa Marta Gil dijo que no habrá cortes.",
        [("Marta Gil", "person")],
    ),
    (
        "newspaper-receives",
        "El alcalde Juan Díaz dijo a La Tercera que no renunciará.",
        [("Juan Díaz", "person"), ("La Tercera", "media")],
    ),
    (
        "agency-by-attribution-phrase",
        "Según AFP, el ministro Juan Paz dijo que no habrá alza.",
        [("AFP", "media"), ("Juan Paz", "person")],
    ),
    (
        "this-station",
        "La ministra Ana Paz, en declaraciones a esta emisora, dijo que no habrá alza.",
        [("Ana Paz", "person")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in CHANNELS], ids=[c[0] for c in CHANNELS]
)
def test_channels(text: str, expected: list[tuple[str, str]]) -> None:
    assert expected == sources(text)


#: The desk or agency that signs the page (``Article.credit``) is no source of itself.
SIGNED: list[tuple[str, str, list[str]]] = [
    (
        "desk-of-a-newspaper",
        (
            "Sube el precio del pan\n\nRedacción Clarín\n\n"
            "El panadero Juan Paz explicó a Clarín que la harina subió. Según Página 12, "
            "habrá otra alza.\n"
        ),
        ["Juan Paz", "Página 12"],
    ),
    (
        "agency-under-a-byline",
        (
            "Cierran la frontera norte\n\nPor Ana Soto | EFE\n\n"
            "El ministro Luis Paz dijo a la agencia EFE que el cierre durará un mes.\n"
        ),
        ["Luis Paz"],
    ),
]


@pytest.mark.parametrize(("page", "expected"), [s[1:] for s in SIGNED], ids=[s[0] for s in SIGNED])
def test_the_signing_outlet_is_no_source(page: str, expected: list[str]) -> None:
    article = parse(page)
    assert article.credit is not None
    assert expected == [s.name for s in article.sources]


#: At a press conference the reporter asks and the official answers: a question goes to
#: the reporter the text names ("preguntó un periodista"), who is a person, and the
#: reporter never carries to the answers.
PRESS: list[tuple[str, str, Found]] = [
    (
        "mexican-style-le-pregunto",
        (
            "El secretario Adán López atendió a la prensa. “¿Habrá cambios en el gabinete?”, le "
            "preguntó un reportero. “No, por ahora seguimos igual”, respondió López."
        ),
        [
            ("¿Habrá cambios en el gabinete?", "direct", "un reportero"),
            ("No, por ahora seguimos igual", "direct", "Adán López"),
        ],
    ),
    (
        "another-reporter-is-another-person",
        (
            "«Habrá vacunas en marzo», dijo la ministra Ana Paz. «¿Y las camas?», "
            "preguntó otro periodista. «Tenemos de sobra», respondió."
        ),
        [
            ("Habrá vacunas en marzo", "direct", "Ana Paz"),
            ("¿Y las camas?", "direct", "otro periodista"),
            ("Tenemos de sobra", "direct", "Ana Paz"),
        ],
    ),
    (
        "lo-cuestiono-una-corresponsal",
        (
            'El canciller Luis Mena recibió a la prensa. "¿Cuándo vuelve el embajador?", '
            'lo cuestionó una corresponsal. "Cuando haya garantías", contestó.'
        ),
        [
            ("¿Cuándo vuelve el embajador?", "direct", "una corresponsal"),
            ("Cuando haya garantías", "direct", "Luis Mena"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [p[1:] for p in PRESS], ids=[p[0] for p in PRESS])
def test_press_questions(text: str, expected: Found) -> None:
    assert expected == found(text)


def test_an_unnamed_reporter_is_a_person_and_a_witness_anonymous() -> None:
    text = (
        "«¿Hubo heridos?», preguntó un periodista. «No», dijo el fiscal Pedro Gil. "
        "Un testigo aseguró que hubo disparos."
    )
    assert [
        ("un periodista", "person"),
        ("Pedro Gil", "person"),
        ("Un testigo", "anonymous"),
    ] == sources(text)


#: Names in quotes: a nickname or a place is a term; an event named by its own noun a title.
NAMED: list[tuple[str, str, Found]] = [
    (
        "nickname-conocido-como",
        "Detuvieron a un joven conocido como 'Pochito' en Quilmes.",
        [("Pochito", "term", None)],
    ),
    (
        "nickname-alias-with-article",
        "El capo, alias «El Gordo», huyó de la cárcel de Barranquilla.",
        [("El Gordo", "term", None)],
    ),
    (
        "law-known-as-stays-a-title",
        "La ley conocida como «Ley Zamudio» cumple diez años.",
        [("Ley Zamudio", "title", None)],
    ),
    (
        "place-urbanizacion",
        "Los cuerpos fueron hallados en una casa de la urbanización 'Los Pinos'.",
        [("Los Pinos", "term", None)],
    ),
    (
        "place-colonia",
        'Los vecinos de la colonia "Lomas Verdes" cerraron la avenida.',
        [("Lomas Verdes", "term", None)],
    ),
    (
        "event-opens-on-its-noun",
        "La caminata se suma a la ‘Semana por el agua: cuida cada gota’.",
        [("Semana por el agua: cuida cada gota", "title", None)],
    ),
    (
        "day-without-cars",
        "Miles de ciclistas participaron en el «Día sin Auto» en Bogotá.",
        [("Día sin Auto", "title", None)],
    ),
    (
        "a-sentence-opening-on-the-noun-stays-direct",
        "«Día feliz para todos», dijo el alcalde Juan Paz.",
        [("Día feliz para todos", "direct", "Juan Paz")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [n[1:] for n in NAMED], ids=[n[0] for n in NAMED])
def test_names_in_quotes(text: str, expected: Found) -> None:
    assert expected == found(text)


#: A quotation mark or a sentence's full stop glued to a name is never part of it.
GLUED: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "closing-mark-after-a-name",
        "El acto se tituló ‘Un año con Ana Rojas’, contó el dirigente Luis Arce.",
        [("Luis Arce", "person")],
    ),
    (
        "site-address-before-a-full-stop",
        "El plan costaría 600 millones, informó Infobae.com. El Gobierno calló.",
        [("Infobae.com", "media")],
    ),
    (
        "abbreviation-keeps-its-stop",
        "La venta la informó Andes Cobre S.A. a la bolsa.",
        [("Andes Cobre S.A.", "organization")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [g[1:] for g in GLUED], ids=[g[0] for g in GLUED])
def test_marks_never_end_a_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert expected == sources(text)


#: A role nobody is linked to stands for the person the text is about: names inside
#: quotations do not count, and a country before a given name ends the place's name.
ROLES: list[tuple[str, str, Found]] = [
    (
        "country-before-the-name",
        (
            "El ministro de Gobierno en Paraguay Mario Benítez habló en Asunción. "
            "“Nos preocupa el dinero”, dijo el ministro."
        ),
        [("Nos preocupa el dinero", "direct", "Mario Benítez")],
    ),
    (
        "names-inside-quotes-do-not-make-the-topic",
        (
            "Luis Paz viajó a Salta. Paz dijo que el acto se llama ‘Gracias, Ana Rojas’ y "
            "que “Ana Rojas no vendrá, Ana Rojas se esconde”. "
            "«Es una provocación», dijo luego el ministro."
        ),
        [
            ("Gracias, Ana Rojas", "title", None),
            ("Ana Rojas no vendrá, Ana Rojas se esconde", "partial", "Luis Paz"),
            ("Es una provocación", "direct", "Luis Paz"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [r[1:] for r in ROLES], ids=[r[0] for r in ROLES])
def test_roles_stand_for_the_topic(text: str, expected: Found) -> None:
    assert expected == found(text)


#: Documents, unnamed people in the know, and outlets named by their address.
KNOWN: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "draft-as-document",
        "Según el borrador del decreto, el plazo será de un año.",
        [("el borrador del decreto", "document")],
    ),
    (
        "familiar-with",
        "Una persona cercana a la negociación indicó que hay dos borradores.",
        [("Una persona cercana a la negociación", "anonymous")],
    ),
    (
        "al-tanto",
        "Una persona al tanto de las negociaciones aseguró que no hubo acuerdo.",
        [("Una persona al tanto de las negociaciones", "anonymous")],
    ),
    (
        "segun-publico-with-a-day",
        "El plan costaría 600 millones, según publicó este jueves ElNoticiero.com.",
        [("ElNoticiero.com", "media")],
    ),
    (
        "segun-informo-ayer",
        "Según informó ayer el diario El Tiempo, hubo diez heridos en Cali.",
        [("El Tiempo", "media")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [k[1:] for k in KNOWN], ids=[k[0] for k in KNOWN])
def test_documents_and_the_unnamed(text: str, expected: list[tuple[str, str]]) -> None:
    assert expected == sources(text)


#: A guillemet of the opening shape glued to a word's end, while one is open, closes it.
TYPED: list[tuple[str, str, Found]] = [
    (
        "opening-shape-closes-before-a-verb",
        "«Yo sé que no alcanza«, dijo el presidente Sebastián Piñera en Santiago.",
        [("Yo sé que no alcanza", "direct", "Sebastián Piñera")],
    ),
    (
        "opening-shape-closes-before-a-stop",
        "La alcaldesa Rosa Gil pidió «calma y paciencia«. Nadie respondió.",
        [("calma y paciencia", "partial", "Rosa Gil")],
    ),
    (
        "nested-guillemets-still-nest",
        "El «Plan «Retorno» seguro» sigue en marcha.",
        [("Plan «Retorno» seguro", "title", None), ("Retorno", "title", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [t[1:] for t in TYPED], ids=[t[0] for t in TYPED])
def test_a_typed_closing_guillemet(text: str, expected: Found) -> None:
    assert expected == found(text)


#: A role with a prefix ("codirector", "vicecanciller", "subgerente") heads a speaker.
PREFIXED: list[tuple[str, str, Found]] = [
    (
        "codirector-with-apposition",
        "«Salen anuncios todo el día», lamentó el codirector de Semillas, Carlos Benavides.",
        [("Salen anuncios todo el día", "direct", "Carlos Benavides")],
    ),
    (
        "vicecanciller-before-the-name",
        "«No habrá ruptura», afirmó la vicecanciller Ana Gómez en Lima.",
        [("No habrá ruptura", "direct", "Ana Gómez")],
    ),
    (
        "subgerente-unnamed",
        "«Fue un error de sistema», explicó el subgerente de la tienda.",
        [("Fue un error de sistema", "direct", "el subgerente de la tienda")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [p[1:] for p in PREFIXED], ids=[p[0] for p in PREFIXED]
)
def test_prefixed_roles(text: str, expected: Found) -> None:
    assert expected == found(text)


#: "X señaló que Gil «…» y recordó que «…»": the verb after "y" keeps the first subject.
CHAINED: list[tuple[str, str, Found]] = [
    (
        "y-recordo-que",
        (
            "El ministro de Salud, Juan Pérez, señaló que el exministro Pedro Gil «dejó todo "
            "abandonado» y recordó que «durante años nadie invirtió un peso»."
        ),
        [
            ("dejó todo abandonado", "partial", "Juan Pérez"),
            ("durante años nadie invirtió un peso", "partial", "Juan Pérez"),
        ],
    ),
    (
        "y-le-recordo-que",
        "La alcaldesa Ana Paz dijo que el concejal Mena «miente» y le recordó que «no hay deuda».",
        [("miente", "partial", "Ana Paz"), ("no hay deuda", "partial", "Ana Paz")],
    ),
    (
        "a-new-subject-after-y",
        "La alcaldesa Ana Paz dijo que Luis Mena «miente» y él respondió que «no hay deuda».",
        [("miente", "partial", "Ana Paz"), ("no hay deuda", "partial", "Luis Mena")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in CHAINED], ids=[c[0] for c in CHAINED]
)
def test_chained_statements(text: str, expected: Found) -> None:
    assert expected == found(text)


#: "X latinas y de derechos humanos": an adjective and a "de" complement joined by "y"
#: describe one group.
TRAITS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "bare-plural-lead",
        "Organizaciones sociales y de derechos humanos reclamaron que se retiren los avisos.",
        [("Organizaciones sociales y de derechos humanos", "organization")],
    ),
    (
        "guilds",
        "Los gremios mineros y de la construcción advirtieron que «no hay margen».",
        [("Los gremios mineros y de la construcción", "organization")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [t[1:] for t in TRAITS], ids=[t[0] for t in TRAITS])
def test_a_group_with_two_traits(text: str, expected: list[tuple[str, str]]) -> None:
    assert expected == sources(text)


#: A name set after a role is a person's whether or not its given name is known.
UNKNOWN_GIVEN: list[tuple[str, str, Found]] = [
    (
        "apposition-after-a-portfolio",
        (
            "En los avisos, la secretaria de Seguridad Nacional, Yanelis Ordaz, insta a votar, "
            "o advierte a quienes no lo hagan que «habrá multas»."
        ),
        [("habrá multas", "partial", "Yanelis Ordaz")],
    ),
    (
        "role-right-before",
        "La vocera Xochitl Quispe llegó tarde. Luego advirtió que «no habrá cambios».",
        [("no habrá cambios", "partial", "Xochitl Quispe")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [u[1:] for u in UNKNOWN_GIVEN], ids=[u[0] for u in UNKNOWN_GIVEN]
)
def test_a_role_holder_with_an_unknown_given_name(text: str, expected: Found) -> None:
    assert expected == found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La medida fue calificada este lunes por el senador Mario Paz como un error.",
            [("Mario Paz", "person")],
        ),
        ("La reforma fue criticada ayer por la oposición.", [("la oposición", "organization")]),
        ("El plan, anunciado por el Gobierno, sigue en pie.", [("Gobierno", "organization")]),
    ],
    ids=["passive-with-a-day", "passive-with-ayer", "participle-right-before"],
)
def test_the_agent_of_a_passive_past_its_time(text: str, expected: list[tuple[str, str]]) -> None:
    assert expected == sources(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Fuentes judiciales informaron que hubo seis disparos. "No fue él", añadió la fuente.',
            [("Fuentes judiciales", "anonymous")],
        ),
        (
            "Una fuente del ministerio dijo que habrá cambios. Dicha fuente negó plazos.",
            [("Una fuente del ministerio", "anonymous")],
        ),
        ('"No hay plazos", dijo la fuente.', [("la fuente", "anonymous")]),
    ],
    ids=["la-fuente-after-fuentes", "dicha-fuente", "alone-it-stays"],
)
def test_the_source_named_again(text: str, expected: list[tuple[str, str]]) -> None:
    assert expected == sources(text)


#: A role given with its complement stands for the holder of that very office.
OFFICES: list[tuple[str, str, Found]] = [
    (
        "minister-of-security-not-the-last-minister",
        (
            "El ministro de Seguridad, Aníbal Paz, habló. El ministro de Vivienda, Jorge Roca, "
            "dijo que «habrá casas». Luego, el ministro de Seguridad aseguró que «no hay riesgo»."
        ),
        [("habrá casas", "partial", "Jorge Roca"), ("no hay riesgo", "partial", "Aníbal Paz")],
    ),
    (
        "the-role-alone-is-the-last-linked",
        (
            "El ministro de Seguridad, Aníbal Paz, habló. El ministro de Vivienda, Jorge Roca, "
            "dijo que «habrá casas». Luego el ministro dijo que «no»."
        ),
        [("habrá casas", "partial", "Jorge Roca"), ("no", "partial", "Jorge Roca")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [o[1:] for o in OFFICES], ids=[o[0] for o in OFFICES]
)
def test_the_holder_of_an_office(text: str, expected: Found) -> None:
    assert expected == found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "El ministro Juan Paz se refirió a la reforma, la cual, explicó, «exige "
                "un consenso amplio y mucha paciencia»."
            ),
            [("exige un consenso amplio y mucha paciencia", "partial", "Juan Paz")],
        ),
        (
            (
                "La jueza Ana Soto habló de los presos, quienes, dijo, «no han tenido un juicio "
                "justo en ningún momento»."
            ),
            [("no han tenido un juicio justo en ningún momento", "partial", "Ana Soto")],
        ),
    ],
    ids=["la-cual-explico", "quienes-dijo"],
)
def test_a_relative_clause_completed_by_the_quote(text: str, expected: Found) -> None:
    assert expected == found(text)


#: A person the paragraph brings in as a subject takes the next quotation whose verb has
#: no subject, unless the verb goes on with the one already speaking ("agregó").
INTRODUCED: list[tuple[str, str, Found]] = [
    (
        "role-lead-then-indico",
        (
            "«Todo bien», dijo el ministro Adán López. El gobernador de Salta, Mario Quiroga, "
            "fue el único que habló al salir. «Vinimos a escuchar a los vecinos», indicó."
        ),
        [
            ("Todo bien", "direct", "Adán López"),
            ("Vinimos a escuchar a los vecinos", "direct", "Mario Quiroga"),
        ],
    ),
    (
        "agrego-goes-on-with-the-speaker",
        (
            "«Todo bien», dijo el ministro Adán López. Mario Quiroga fue detenido ayer. "
            "«Vinimos a escuchar a los vecinos», agregó."
        ),
        [
            ("Todo bien", "direct", "Adán López"),
            ("Vinimos a escuchar a los vecinos", "direct", "Adán López"),
        ],
    ),
    (
        "a-name-after-a-preposition-brings-nobody",
        (
            "«Todo bien», dijo el ministro Adán López. Luego habló con Mario Quiroga. "
            "«Vinimos a escuchar a los vecinos», indicó."
        ),
        [
            ("Todo bien", "direct", "Adán López"),
            ("Vinimos a escuchar a los vecinos", "direct", "Adán López"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [i[1:] for i in INTRODUCED], ids=[i[0] for i in INTRODUCED]
)
def test_a_person_brought_in_speaks_next(text: str, expected: Found) -> None:
    assert expected == found(text)


def test_a_heading_in_capitals_reports_nothing() -> None:
    text = (
        "GOBERNADOR DESMIENTE LA DENUNCIA\n\n"
        "El gobernador, Pablo Hernández, dijo que la denuncia es falsa."
    )
    assert [("Pablo Hernández", "person")] == sources(text)
