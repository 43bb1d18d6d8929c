"""A line of furniture over the title, the title retold by the text in other forms.

The article's first paragraphs retell its headline, but seldom word for word: the title
says "presupuesto", "aprueba", "región", the lead "presupuestos", "aprobó", "regional".
A site's slogan, a subscription or app call, a podcast's promo over the title is retold
by nothing. Every page here is written for these tests, in several countries' styles.
"""

from __future__ import annotations

import pytest

import noticiaparse

# (id, furniture over the title, the title, the header under it, the first paragraphs)
PAGES = [
    (
        "es-slogan-over-title-and-byline",
        "La Voz del Valle\nEl diario de la gente del valle desde 1987\n\nPolítica",
        "El Gobierno regional aprueba un presupuesto récord para 2024",
        "Por Marta Gil\n12 de diciembre de 2023",
        (
            (
                "El Consejo de Gobierno aprobó este martes el proyecto de presupuestos para el "
                "próximo año, que alcanza los 1.800 millones de euros y crece un 6 % respecto "
                "del ejercicio anterior."
            ),
            (
                "La consejera de Hacienda defendió que las cuentas priorizan la sanidad y la "
                "educación, mientras la oposición las calificó de continuistas."
            ),
            (
                "El texto llegará al Parlamento la próxima semana y deberá aprobarse antes de fin "
                "de año para entrar en vigor el 1 de enero."
            ),
        ),
    ),
    (
        "mx-special-promo-over-title",
        "Sigue toda la información sobre las elecciones en nuestro especial",
        "Lluvias dejan inundaciones en colonias del oriente de la capital",
        "Redacción\nCiudad de México, 4 de julio de 2024",
        (
            (
                "Las intensas lluvias de la tarde del miércoles provocaron la inundación de "
                "calles y viviendas en al menos doce colonias de Iztapalapa y Tláhuac, informó "
                "Protección Civil."
            ),
            (
                "Los cuerpos de emergencia desalojaron a 40 familias y habilitaron dos albergues "
                "temporales en escuelas de la zona."
            ),
            (
                "El organismo pidió a los vecinos no cruzar las calles anegadas y reportar "
                "cualquier deslave al número de emergencias."
            ),
        ),
    ),
    (
        "ar-podcast-call-over-title",
        "Escuchá el pódcast de la semana con los temas que marcaron la agenda",
        "Detienen a dos sospechosos por el robo de cables en Rosario",
        "Por Juan Pérez\n03/05/2023 10:45",
        (
            (
                "La Policía de Santa Fe detuvo este miércoles a dos hombres acusados de robar "
                "cables del tendido eléctrico en la zona sur de Rosario, tras una persecución."
            ),
            (
                "Los sospechosos, de 24 y 31 años, fueron sorprendidos cuando cargaban unos 200 "
                "metros de cable en una camioneta."
            ),
            "La Fiscalía imputará a ambos por hurto calificado en las próximas horas.",
        ),
    ),
    (
        "co-app-call-over-title",
        "Descargue nuestra app y reciba las alertas al instante",
        "Alcaldía inaugura nueva biblioteca pública en el barrio Manrique",
        "Laura Gómez\nMedellín, 8 de marzo de 2024",
        (
            (
                "La Alcaldía de Medellín inauguró este viernes una biblioteca pública con "
                "capacidad para 300 lectores en el barrio Manrique, en el nororiente de la "
                "ciudad."
            ),
            (
                "El edificio, de tres pisos, tendrá salas de lectura infantil, computadores y "
                "talleres gratuitos para los vecinos."
            ),
            "La obra costó 12.000 millones de pesos y tardó dos años en construirse.",
        ),
    ),
    (
        "cl-slogan-single-breaks",
        "Noticias de la Región de Los Ríos las 24 horas",
        "Municipio repavimenta calles del sector Las Ánimas tras años de reclamos",
        "Por Pedro Soto\nValdivia, 14 de agosto de 2023",
        (
            (
                "La Municipalidad de Valdivia comenzó este lunes la repavimentación de cuatro "
                "calles del sector Las Ánimas, después de años de reclamos de los vecinos."
            ),
            (
                "Las obras durarán tres meses y obligarán a desviar el tránsito por calles "
                "paralelas, según la dirección de tránsito."
            ),
            "El municipio invertirá 900 millones de pesos en los trabajos.",
        ),
    ),
]


@pytest.mark.parametrize("sep", ["\n", "\n\n"], ids=["single-breaks", "blank-lines"])
@pytest.mark.parametrize(
    ("above", "title", "header", "paragraphs"),
    [p[1:] for p in PAGES],
    ids=[p[0] for p in PAGES],
)
def test_furniture_over_a_title_retold_in_other_forms(
    above: str, title: str, header: str, paragraphs: tuple[str, ...], sep: str
) -> None:
    page = sep.join((above, title, header, *paragraphs)) + "\n"
    article = noticiaparse.parse(page)
    assert article.headline is not None
    assert (article.headline.text, article.deck) == (title, None)
    assert article.body[0].text == paragraphs[0]


def test_a_title_over_its_deck_stays_the_title_when_the_deck_is_retold() -> None:
    title = "Cuentas para no perder el tren de la sanidad"
    deck = (
        "El Gobierno regional aprueba un presupuesto récord para 2024 y promete más fondos "
        "para la sanidad pública"
    )
    body = PAGES[0][4]
    article = noticiaparse.parse("\n\n".join((title, deck, *body)) + "\n")
    assert article.headline is not None
    assert article.deck is not None
    assert (article.headline.text, article.deck.text) == (title, deck)


# (id, a kicker in capitals, the title under it)
CAPITALS = [
    (
        "es-topic-and-colon",
        "PRESUPUESTOS 2024: LA JUNTA MUEVE FICHA",
        "El Gobierno regional aprueba un presupuesto récord para 2024",
    ),
    (
        "mx-place-and-topic",
        "TEMPORADA DE LLUVIAS EN LA CAPITAL",
        "Lluvias dejan inundaciones en colonias del oriente de la capital",
    ),
    (
        "ar-case-name",
        "INSEGURIDAD EN LA ZONA SUR DE ROSARIO",
        "Detienen a dos sospechosos por el robo de cables en Rosario",
    ),
]


@pytest.mark.parametrize(
    ("kicker", "title"), [c[1:] for c in CAPITALS], ids=[c[0] for c in CAPITALS]
)
def test_a_kicker_in_capitals_over_the_title(kicker: str, title: str) -> None:
    body = PAGES[0][4]
    page = "\n".join((kicker, title, "Por Marta Gil", "12 de diciembre de 2023", *body)) + "\n"
    article = noticiaparse.parse(page)
    assert article.headline is not None
    assert (article.headline.text, article.deck) == (title, None)


def test_a_title_in_capitals_over_its_deck_stays_the_title() -> None:
    title = "EL GOBIERNO REGIONAL APRUEBA UN PRESUPUESTO RÉCORD"
    deck = (
        "Las cuentas para 2024 crecen un 6 % y priorizan la sanidad, la educación y las "
        "ayudas al transporte público"
    )
    body = PAGES[0][4]
    page = "\n".join((title, deck, "Por Marta Gil", "12 de diciembre de 2023", *body)) + "\n"
    article = noticiaparse.parse(page)
    assert article.headline is not None
    assert article.deck is not None
    assert (article.headline.text, article.deck.text) == (title, deck)


# (id, the line over the title, the title, its deck set without a full stop, the header)
OPEN_DECKS = [
    (
        "es-section",
        "Extremadura",
        "El Gobierno regional aprueba un presupuesto récord para 2024",
        (
            "Las cuentas crecen un 6 % y destinan más de la mitad del gasto a la sanidad y la "
            "educación"
        ),
        "Por Marta Gil\n12 de diciembre de 2023",
    ),
    (
        "mx-whatsapp-call",
        "Recibe las noticias de la capital en tu WhatsApp",
        "Lluvias dejan inundaciones en colonias del oriente de la capital",
        (
            "Protección Civil desalojó a cuarenta familias y abrió dos albergues en escuelas de "
            "Iztapalapa"
        ),
        "Redacción\nCiudad de México, 4 de julio de 2024",
    ),
    (
        "ar-tags-glued",
        "TemasInseguridadRosarioPolicía de Santa Fe",
        "Detienen a dos sospechosos por el robo de cables en Rosario",
        (
            "Los hombres fueron sorprendidos mientras cargaban doscientos metros de cable en una "
            "camioneta"
        ),
        "Por Juan Pérez\n03/05/2023 10:45",
    ),
    (
        "co-kicker",
        "Cultura en Medellín",
        "Alcaldía inaugura nueva biblioteca pública en el barrio Manrique",
        (
            "El edificio de tres pisos tendrá salas de lectura infantil, computadores y talleres "
            "gratuitos"
        ),
        "Laura Gómez\nMedellín, 8 de marzo de 2024",
    ),
]


@pytest.mark.parametrize(
    ("above", "title", "deck", "header"),
    [o[1:] for o in OPEN_DECKS],
    ids=[o[0] for o in OPEN_DECKS],
)
def test_a_title_over_its_open_deck_is_no_run_of_headlines(
    above: str, title: str, deck: str, header: str
) -> None:
    paragraphs = next(p[4] for p in PAGES if p[2] == title)
    page = f"{above}\n{title}\n{deck}\n{header}" + "\n\n" + "\n\n".join(paragraphs) + "\n"
    article = noticiaparse.parse(page)
    assert article.headline is not None
    assert article.deck is not None
    assert (article.headline.text, article.deck.text) == (title, deck)


# (id, furniture over the title; the title and its deck are OPEN_DECKS')
FURNITURE_OVER_DECKED = [
    ("es-slogan", "El diario de la gente del valle desde 1987", 0),
    ("mx-related-headline", "Muere un motociclista en un choque en la autopista a Puebla", 1),
    ("ar-menu-and-related", "Inicio\nPoliciales\nCierran una escuela por amenazas de bomba", 2),
    ("co-app-call", "Descargue nuestra app y reciba las alertas al instante", 3),
]


@pytest.mark.parametrize("sep", ["\n", "\n\n"], ids=["single-breaks", "blank-lines"])
@pytest.mark.parametrize(
    ("above", "which"),
    [f[1:] for f in FURNITURE_OVER_DECKED],
    ids=[f[0] for f in FURNITURE_OVER_DECKED],
)
def test_furniture_over_a_title_and_its_open_deck(above: str, which: int, sep: str) -> None:
    _, _, title, deck, header = OPEN_DECKS[which]
    paragraphs = next(p[4] for p in PAGES if p[2] == title)
    page = sep.join((above, title, deck, header, *paragraphs)) + "\n"
    article = noticiaparse.parse(page)
    assert article.headline is not None
    assert article.deck is not None
    assert (article.headline.text, article.deck.text) == (title, deck)


@pytest.mark.parametrize(
    "banner",
    [
        "ÚLTIMA HORA: El Congreso aprueba la ley de vivienda con 178 votos",
        "Elecciones 2024: sigue en directo el recuento de votos en todo el país",
        "EN VIVO | El Senado vota hoy la reforma regional de pensiones",
    ],
    ids=["es-breaking", "mx-event", "cl-live"],
)
@pytest.mark.parametrize("sep", ["\n", "\n\n"], ids=["single-breaks", "blank-lines"])
def test_a_banner_sharing_a_word_with_the_title_is_no_title(banner: str, sep: str) -> None:
    _, _, title, header, paragraphs = PAGES[0]
    page = sep.join((banner, title, header, *paragraphs)) + "\n"
    article = noticiaparse.parse(page)
    assert article.headline is not None
    assert (article.headline.text, article.deck) == (title, None)
