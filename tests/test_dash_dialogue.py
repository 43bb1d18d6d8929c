"""Interviews and dialogue set with the shorter dashes: –, −, ‒, - (docs/quotes.md).

The web sets the dialogue dash as an en dash, a minus sign or a hyphen as often as an
em dash, with or without a space after it. Every text here is written for these
tests, in several countries' styles.
"""

from __future__ import annotations

import pytest

from noticiaparse import parse


def turns(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, None if q.speaker is None else q.speaker.text) for q in parse(text).quotes]


CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "en-dash-with-no-space-argentina",
        (
            "Habla la rectora de la Universidad del Comahue\n\n"
            "La rectora Gabriela Funes recibió a este diario en su oficina de Neuquén.\n\n"
            "–¿Cómo está hoy la universidad?\n\n"
            "–Con muchas dificultades, pero de pie.\n\n"
            "–¿Habrá paro en marzo?\n\n"
            "–No lo descarto, aunque preferimos el diálogo."
        ),
        [
            ("¿Cómo está hoy la universidad?", None),
            ("Con muchas dificultades, pero de pie.", "Gabriela Funes"),
            ("¿Habrá paro en marzo?", None),
            ("No lo descarto, aunque preferimos el diálogo.", "Gabriela Funes"),
        ],
    ),
    (
        "en-dash-and-a-no-break-space-spain",
        (
            "El biólogo que vigila el Mar Menor\n\n"
            "El biólogo Andrés Colomer conversó con este periódico en Cartagena.\n\n"
            "–\u00a0¿Qué ha cambiado desde la última riada?\n\n"
            "–\u00a0El agua está más turbia que nunca.\n\n"
            "–\u00a0¿Quién tiene la culpa?\n\n"
            "–\u00a0La agricultura intensiva, sobre todo."
        ),
        [
            ("¿Qué ha cambiado desde la última riada?", None),
            ("El agua está más turbia que nunca.", "Andrés Colomer"),
            ("¿Quién tiene la culpa?", None),
            ("La agricultura intensiva, sobre todo.", "Andrés Colomer"),
        ],
    ),
    (
        "the-first-question-on-the-line-after-the-intro-uruguay",
        (
            "Entrevista a la ministra de Vivienda\n"
            "MONTEVIDEO. La ministra de Vivienda, Irene Moreira, habló con este medio sobre "
            "el plan de realojos.\n"
            "–¿Cuántas viviendas se van a construir este año?\n"
            "–Unas tres mil, la mayoría en Canelones.\n"
            "–La oposición dice que son pocas.\n"
            "–Son más que en cualquier año anterior."
        ),
        [
            ("¿Cuántas viviendas se van a construir este año?", None),
            ("Unas tres mil, la mayoría en Canelones.", "Irene Moreira"),
            ("La oposición dice que son pocas.", None),
            ("Son más que en cualquier año anterior.", "Irene Moreira"),
        ],
    ),
    (
        "an-answer-over-several-paragraphs-colombia",
        (
            "El alcalde de Medellín habla de seguridad\n\n"
            "En diálogo con este diario, el alcalde Federico Gutiérrez explicó su plan.\n\n"
            "– ¿Qué va a hacer con las bandas del centro?\n\n"
            "– Desarticularlas una por una.\n\n"
            "Además, vamos a recuperar los parques con más iluminación.\n\n"
            "Yo mismo voy a estar en la calle todas las noches.\n\n"
            "– ¿Tiene el apoyo del Gobierno nacional?\n\n"
            "– En seguridad, sí."
        ),
        [
            ("¿Qué va a hacer con las bandas del centro?", None),
            ("Desarticularlas una por una.", "Federico Gutiérrez"),
            ("Además, vamos a recuperar los parques con más iluminación.", "Federico Gutiérrez"),
            ("Yo mismo voy a estar en la calle todas las noches.", "Federico Gutiérrez"),
            ("¿Tiene el apoyo del Gobierno nacional?", None),
            ("En seguridad, sí.", "Federico Gutiérrez"),
        ],
    ),
    (
        "prompts-with-no-question-mark-en-dash-argentina",
        (
            "Habla la jueza que dijo basta\n\n"
            "La jueza Marta Ruiz, del Tribunal Oral de Rosario, conversó con este diario.\n\n"
            "–Hablemos de su renuncia.\n\n"
            "–Me cansé de las presiones políticas.\n\n"
            "–Dicen que volverá.\n\n"
            "–No lo sé, por ahora quiero descansar."
        ),
        [
            ("Hablemos de su renuncia.", None),
            ("Me cansé de las presiones políticas.", "Marta Ruiz"),
            ("Dicen que volverá.", None),
            ("No lo sé, por ahora quiero descansar.", "Marta Ruiz"),
        ],
    ),
    (
        "prompts-with-no-question-mark-hyphen-chile",
        (
            "El último día del fiscal nacional\n\n"
            "En entrevista con este medio, el fiscal Ángel Valencia repasó sus años "
            "en el cargo.\n\n"
            "-Cuéntenos cómo empezó todo.\n\n"
            "-Con una causa pequeña en Temuco, hace treinta años.\n\n"
            "-Y terminó en la Fiscalía Nacional.\n\n"
            "-Sin haberlo buscado nunca."
        ),
        [
            ("Cuéntenos cómo empezó todo.", None),
            ("Con una causa pequeña en Temuco, hace treinta años.", "Ángel Valencia"),
            ("Y terminó en la Fiscalía Nacional.", None),
            ("Sin haberlo buscado nunca.", "Ángel Valencia"),
        ],
    ),
    (
        "a-question-with-words-after-its-mark-venezuela",
        (
            "El dirigente que pide elecciones libres\n\n"
            "El dirigente Henrique Capriles habló con este medio desde Caracas.\n\n"
            "–¿Sigue creyendo en la negociación? Hace un mes la daba por muerta.\n\n"
            "–Sin garantías no hay negociación posible.\n\n"
            "–¿Qué garantías exige? (Se toma su tiempo)\n\n"
            "–Un registro electoral actualizado y observadores."
        ),
        [
            ("¿Sigue creyendo en la negociación? Hace un mes la daba por muerta.", None),
            ("Sin garantías no hay negociación posible.", "Henrique Capriles"),
            ("¿Qué garantías exige? (Se toma su tiempo)", None),
            ("Un registro electoral actualizado y observadores.", "Henrique Capriles"),
        ],
    ),
    (
        "prompts-to-usted-answers-in-the-first-person-unannounced-chile",
        (
            "La cantante vuelve a Viña del Mar\n\n"
            "Francisca Valenzuela llegó el martes al hotel, a dos días de su show.\n\n"
            "–Usted ya cantó en la Quinta Vergara.\n\n"
            "–Sí, y tengo recuerdos muy bonitos de esa noche.\n\n"
            "–Esta vez viene con un disco nuevo.\n\n"
            "–Es el más personal que he grabado."
        ),
        [
            ("Usted ya cantó en la Quinta Vergara.", None),
            ("Sí, y tengo recuerdos muy bonitos de esa noche.", "Francisca Valenzuela"),
            ("Esta vez viene con un disco nuevo.", None),
            ("Es el más personal que he grabado.", "Francisca Valenzuela"),
        ],
    ),
    (
        "prompts-asking-midline-answers-in-the-first-person-unannounced-chile",
        (
            "La cantante vuelve a los escenarios\n\n"
            "Javiera Mena llegó el lunes a Santiago tras su gira.\n\n"
            "–Vuelve después de diez años, ¿qué cambió? Se la ve distinta.\n\n"
            "–Cambié yo, sobre todo.\n\n"
            "–Y el público también.\n\n"
            "–El público es el mismo de siempre."
        ),
        [
            ("Vuelve después de diez años, ¿qué cambió? Se la ve distinta.", None),
            ("Cambié yo, sobre todo.", "Javiera Mena"),
            ("Y el público también.", None),
            ("El público es el mismo de siempre.", "Javiera Mena"),
        ],
    ),
    (
        "a-first-question-with-a-sentence-after-its-mark-uruguay",
        (
            "El exfutbolista repasa su carrera\n\n"
            "Diego Forlán recibió a la prensa en su casa de Carrasco.\n\n"
            "–¿Extraña el fútbol? Muchos dicen que se retiró temprano.\n\n"
            "–Lo extraño todos los días, pero no me arrepiento.\n\n"
            "–¿Volvería como entrenador?\n\n"
            "–Sí, cuando mis hijos crezcan."
        ),
        [
            ("¿Extraña el fútbol? Muchos dicen que se retiró temprano.", None),
            ("Lo extraño todos los días, pero no me arrepiento.", "Diego Forlán"),
            ("¿Volvería como entrenador?", None),
            ("Sí, cuando mis hijos crezcan.", "Diego Forlán"),
        ],
    ),
    (
        "plain-questions-hyphen-answers-chile",
        (
            "La muralista que pinta los cerros de Valparaíso\n\n"
            "Los murales de Catalina Rojas cubren ya medio cerro Alegre.\n\n"
            "¿Cuándo empezó a pintar en la calle?\n\n"
            "-A los quince años, con unos amigos del liceo.\n\n"
            "En sus murales siempre aparece el mar, ¿por qué?\n\n"
            "-Porque crecí mirándolo desde la ventana de mi pieza.\n\n"
            "Para mí el mar es la casa."
        ),
        [
            ("¿Cuándo empezó a pintar en la calle?", None),
            ("A los quince años, con unos amigos del liceo.", "Catalina Rojas"),
            ("En sus murales siempre aparece el mar, ¿por qué?", None),
            ("Porque crecí mirándolo desde la ventana de mi pieza.", "Catalina Rojas"),
            ("Para mí el mar es la casa.", "Catalina Rojas"),
        ],
    ),
    (
        "answers-opening-on-a-bracket-or-an-ellipsis-cuba",
        (
            "El trovador que volvió a La Habana\n\n"
            "El trovador Raúl Paz conversó con este diario antes de su concierto.\n\n"
            "–   ¿Extrañaba tocar en su ciudad?\n\n"
            "–   (Risas) Más de lo que imaginaba.\n\n"
            "–   ¿Y el público?\n\n"
            "–   ...Es el mismo de siempre, cariñoso y exigente."
        ),
        [
            ("¿Extrañaba tocar en su ciudad?", None),
            ("(Risas) Más de lo que imaginaba.", "Raúl Paz"),
            ("¿Y el público?", None),
            ("...Es el mismo de siempre, cariñoso y exigente.", "Raúl Paz"),
        ],
    ),
    (
        "horizontal-bar-and-minus-sign-mexico",
        (
            "La científica que cuida al ajolote\n\n"
            "En entrevista, la investigadora Luisa Treviño habló de su trabajo en Xochimilco.\n\n"
            "―¿Por qué el ajolote está en peligro?\n\n"
            "―Por la contaminación de los canales.\n\n"
            "−¿Hay solución?\n\n"
            "−Sí, si se protege a los chinamperos."
        ),
        [
            ("¿Por qué el ajolote está en peligro?", None),
            ("Por la contaminación de los canales.", "Luisa Treviño"),
            ("¿Hay solución?", None),
            ("Sí, si se protege a los chinamperos.", "Luisa Treviño"),
        ],
    ),
    (
        "the-outlet-labels-its-questions-after-the-dash-chile",
        (
            "Ximena Rincón: “El Senado no puede ser un buzón”\n\n"
            "La senadora Ximena Rincón conversó con La Tercera sobre la reforma.\n\n"
            "–La Tercera: ¿Votará a favor de la reforma?\n\n"
            "–Ximena Rincón: Solo si se mejora el aporte del empleador.\n\n"
            "–La Tercera: ¿Y si no se mejora?\n\n"
            "–Ximena Rincón: Entonces votaré en contra, sin dudarlo."
        ),
        [
            ("El Senado no puede ser un buzón", "Ximena Rincón"),
            ("¿Votará a favor de la reforma?", "La Tercera"),
            ("Solo si se mejora el aporte del empleador.", "Ximena Rincón"),
            ("¿Y si no se mejora?", "La Tercera"),
            ("Entonces votaré en contra, sin dudarlo.", "Ximena Rincón"),
        ],
    ),
    (
        "an-incise-inside-an-en-dash-answer-spain",
        (
            "El ministro de Hacienda descarta subir el IVA\n\n"
            "El ministro de Hacienda, Carlos Cuerpo, conversó con este diario en Madrid.\n\n"
            "–¿Subirá los impuestos?\n\n"
            "–No lo sé –admitió el ministro–, pero no será el IVA.\n\n"
            "–¿Y el gasto en defensa?\n\n"
            "–Crecerá."
        ),
        [
            ("¿Subirá los impuestos?", None),
            ("No lo sé –admitió el ministro–, pero no será el IVA.", "Carlos Cuerpo"),
            ("¿Y el gasto en defensa?", None),
            ("Crecerá.", "Carlos Cuerpo"),
        ],
    ),
]

#: A story's dialogue: a run of dashed lines, one with an incise, is all spoken (who
#: says each line is the speakers' reader's: tests/test_quotes.py).
DIALOGUE: list[tuple[str, str, list[str]]] = [
    (
        "hyphen-dialogue-run-with-one-incise-ecuador",
        (
            "El último pescador de Manta\n\n"
            "Jacinto Mera sale al mar antes del amanecer, como hace sesenta años.\n\n"
            "-Hoy no hay pesca -dice mientras arregla la red.\n\n"
            "-¿Y mañana?\n\n"
            "-Mañana Dios dirá.\n\n"
            "Su hijo vendió la lancha el año pasado."
        ),
        ["Hoy no hay pesca", "¿Y mañana?", "Mañana Dios dirá."],
    ),
    (
        "en-dash-dialogue-incises-on-a-clitic-paraguay",
        (
            "La última función del cine de Luque\n\n"
            "Rosa Benítez abre la puerta del viejo cine cada mañana desde hace cuarenta años.\n\n"
            "–¿Usted va a cerrar? –le pregunta un vecino desde la vereda.\n\n"
            "–No sé todavía.\n\n"
            "–Sería una pena.\n\n"
            "–Ya lo sé, mijo –responde ella, y vuelve a barrer."
        ),
        ["¿Usted va a cerrar?", "No sé todavía.", "Sería una pena.", "Ya lo sé, mijo"],
    ),
]

#: Em-dash lines after a colon that speak: a verb of saying ends the lead-in, or the
#: lines speak in the first person.
SPOKEN_AFTER_A_COLON: list[tuple[str, str, list[str]]] = [
    (
        "em-dash-lines-in-the-first-person-after-lo-siguiente-spain",
        (
            "El ministro habló\n\nEl ministro dijo lo siguiente:\n\n"
            "—Vamos a bajar el IVA.\n\n—Vamos a subir las pensiones."
        ),
        ["Vamos a bajar el IVA.", "Vamos a subir las pensiones."],
    ),
    (
        "em-dash-lines-after-respondio-colombia",
        (
            "El ministro habló\n\nY entonces respondió:\n\n"
            "—Bajaremos el IVA.\n\n—Subiremos las pensiones."
        ),
        ["Bajaremos el IVA.", "Subiremos las pensiones."],
    ),
]

#: Lines opened by a dash that nobody says.
NOT_SPOKEN: list[tuple[str, str]] = [
    (
        "an-en-dash-list-after-a-colon-in-an-announced-interview-argentina",
        (
            "La ministra de Salud presentó su plan\n\n"
            "En entrevista con este diario, la ministra Carla Vizzotti enumeró sus prioridades:\n\n"
            "– Vacunar a todos los niños antes del invierno.\n\n"
            "– Reabrir los centros de salud cerrados.\n\n"
            "– Bajar el precio de los medicamentos.\n\n"
            "El plan costará 300 millones de pesos."
        ),
    ),
    (
        "an-en-dash-list-of-sentences-with-no-lead-in-paraguay",
        (
            "Cinco claves del nuevo Código de Tránsito\n\n"
            "El Congreso aprobó ayer la reforma, que entrará en vigor en enero.\n\n"
            "– Las multas subirán un 40%.\n\n"
            "– Los conductores noveles tendrán dos años de prueba.\n\n"
            "– Vamos a tener más radares en las rutas."
        ),
    ),
    (
        "a-headline-part-a-byline-a-place-and-a-range-spain",
        (
            "Crisis energética – La factura de la luz sube un 20%\n\n"
            "– Por Ana López\n\n"
            "– Madrid\n\n"
            "El precio de la electricidad subió en el periodo 2020–2022 más que en la década "
            "anterior.\n\n"
            "El Gobierno prepara una rebaja del IVA."
        ),
    ),
    (
        "an-em-dash-list-after-a-colon-guatemala",
        (
            "Las medidas del plan económico\n\n"
            "El Gobierno anunció estas medidas:\n\n"
            "— Bajar el IVA de los alimentos.\n\n"
            "— Subir las pensiones mínimas.\n\n"
            "La oposición criticó el plan."
        ),
    ),
    (
        "a-hyphen-list-of-steps-peru",
        (
            "Cómo tramitar el nuevo DNI electrónico\n\n"
            "El Reniec explicó los pasos del trámite en su web.\n\n"
            "- Pedir una cita en la página del Reniec.\n\n"
            "- Pagar la tasa en el Banco de la Nación.\n\n"
            "- Acudir a la oficina con la constancia de pago."
        ),
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_dash_interviews_and_dialogue(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert turns(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in DIALOGUE], ids=[c[0] for c in DIALOGUE]
)
def test_dash_dialogue_runs(text: str, expected: list[str]) -> None:
    assert [q.text for q in parse(text).quotes] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [c[1:] for c in SPOKEN_AFTER_A_COLON],
    ids=[c[0] for c in SPOKEN_AFTER_A_COLON],
)
def test_em_dash_lines_after_a_colon_that_speak(text: str, expected: list[str]) -> None:
    assert [q.text for q in parse(text).quotes] == expected


@pytest.mark.parametrize("text", [c[1] for c in NOT_SPOKEN], ids=[c[0] for c in NOT_SPOKEN])
def test_dash_lines_nobody_says(text: str) -> None:
    assert turns(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("–¿Usted va a cerrar? –le pregunta un vecino.", "¿Usted va a cerrar?"),
        ("—Ya no hay nada que hacer —se lamenta la vecina—.", "Ya no hay nada que hacer"),
        ("-Es tarde -nos dice el guardia.", "Es tarde"),
    ],
    ids=["clitic-le-en-dash", "clitic-se-em-dash", "clitic-nos-hyphen"],
)
def test_an_incise_may_open_on_a_clitic(text: str, expected: str) -> None:
    assert parse(text).quotes[0].text == expected


# The typewriter's double hyphen "--" stands for the em dash (docs/quotes.md); the web's
# "- " and "– " list marks open an interview's turns when the run asks (docs/layout.md).
TYPEWRITER: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "double-hyphen-interview-uruguay",
        (
            "La directora del Museo del Carnaval abre sus puertas\n\n"
            "Lucía Ferreira dirige el museo de Montevideo desde hace seis años.\n\n"
            "--¿Qué cambió con la reforma del edificio?\n"
            "--Ganamos dos salas. Ahora podemos mostrar los trajes de las murgas.\n"
            "--¿Vienen más turistas?\n"
            "--Muchos más que antes, sobre todo en febrero."
        ),
        [
            ("¿Qué cambió con la reforma del edificio?", None),
            (
                "Ganamos dos salas. Ahora podemos mostrar los trajes de las murgas.",
                "Lucía Ferreira",
            ),
            ("¿Vienen más turistas?", None),
            ("Muchos más que antes, sobre todo en febrero.", "Lucía Ferreira"),
        ],
    ),
    (
        "double-hyphen-with-a-space-spain",
        (
            "El pescador que no quiere jubilarse\n\n"
            "Andrés Castro, de 71 años, sigue saliendo al mar cada mañana desde el puerto"
            " de Vigo.\n\n"
            "-- ¿Por qué no se retira?\n\n"
            "-- Porque el mar es mi casa y no sé hacer otra cosa."
        ),
        [
            ("¿Por qué no se retira?", None),
            ("Porque el mar es mi casa y no sé hacer otra cosa.", "Andrés Castro"),
        ],
    ),
    (
        "double-hyphen-dialogue-with-incises-mexico",
        (
            "La noche en que se fue la luz en el mercado\n\n"
            "Los comerciantes esperaban en la oscuridad cuando llegó el administrador.\n\n"
            "--No vamos a cerrar el mercado --dijo el administrador Raúl Medina--."
            " Es lo único que nos queda.\n\n"
            "--¿Y quién paga la mercancía perdida? --preguntó una comerciante.\n\n"
            "--La alcaldía, eso nos prometieron --respondió Medina."
        ),
        [
            ("No vamos a cerrar el mercado", "Raúl Medina"),
            ("Es lo único que nos queda.", "Raúl Medina"),
            ("¿Y quién paga la mercancía perdida?", "una comerciante"),
            ("La alcaldía, eso nos prometieron", "Raúl Medina"),
        ],
    ),
]
BULLETED: list[tuple[str, str, list[str]]] = [
    (
        "hyphen-and-space-interview-colombia",
        (
            "Conversación con el nuevo director de la Orquesta de Medellín\n\n"
            "Julián Ortega llega al cargo tras una década en Europa.\n\n"
            "- ¿Cuál será su primer concierto?\n"
            "- Uno gratuito en el parque, para toda la ciudad.\n"
            "- ¿Y el repertorio?\n"
            "- Música colombiana y dos sinfonías de Beethoven.\n\n"
            "La temporada comienza en abril."
        ),
        [
            "¿Cuál será su primer concierto?",
            "Uno gratuito en el parque, para toda la ciudad.",
            "¿Y el repertorio?",
            "Música colombiana y dos sinfonías de Beethoven.",
        ],
    ),
    (
        "en-dash-and-space-interview-chile",
        (
            "Habla la alcaldesa de Valparaíso\n\n"
            "La alcaldesa Camila Nieto recibió a este medio en el municipio.\n\n"
            "– ¿Cómo va la limpieza de los cerros?\n"
            "– Lenta, pero sin pausa.\n"
            "– ¿Cuándo termina?\n"
            "– Antes del invierno, esperamos."
        ),
        [
            "¿Cómo va la limpieza de los cerros?",
            "Lenta, pero sin pausa.",
            "¿Cuándo termina?",
            "Antes del invierno, esperamos.",
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in TYPEWRITER], ids=[c[0] for c in TYPEWRITER]
)
def test_the_double_hyphen_is_the_dialogue_dash(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert turns(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in BULLETED], ids=[c[0] for c in BULLETED]
)
def test_a_dashed_run_that_asks_is_an_interview_not_a_list(text: str, expected: list[str]) -> None:
    article = parse(text)
    assert [q.text for q in article.quotes] == expected
    assert sum(p.text.startswith(("- ", "– ")) for p in article.body) == len(expected)


def test_a_dashed_menu_stays_furniture() -> None:
    text = (
        "La economía crece dos por ciento en el trimestre\n\n"
        "- Portada\n- Economía\n- Deportes\n- Cultura\n\n"
        "El producto interno bruto creció dos por ciento en el tercer trimestre.\n\n"
        "La inflación se mantuvo estable."
    )
    assert [p.text[:8] for p in parse(text).body] == ["El produ", "La infla"]


def test_a_name_before_a_double_hyphen_is_no_compound() -> None:
    text = "--Llegamos tarde --admitió Sergio Paredes--. Nadie nos avisó."
    assert {q.speaker.text for q in parse(text).quotes if q.speaker} == {"Sergio Paredes"}
