"""Page layout: headline, deck, body, byline, publication line and boilerplate.

The golden pages are written for these tests in the shapes scrapers return (section
labels, breadcrumbs, repeated or glued titles, bylines, publication lines, share bars,
ads, related blocks, tags, footers); the seed is checked exactly against its gold.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from noticiaparse import parse_layout, strategies
from noticiaparse._layout.boilerplate import furniture_kind, is_breadcrumb, is_counter, is_share_bar
from noticiaparse._layout.byline import read_byline
from noticiaparse._layout.page import find_layout
from noticiaparse._layout.published import read_date_line
from noticiaparse._model import Layout
from noticiaparse._text.spine import build_spine, collapse


def _texts(layout: Layout) -> dict[str, Any]:
    published = layout.published
    return {
        "headline": None if layout.headline is None else layout.headline.text,
        "deck": None if layout.deck is None else layout.deck.text,
        "body": [s.text for s in layout.body],
        "authors": list(layout.authors),
        "published": None if published is None else published.value,
        "boilerplate": [s.text for s in layout.boilerplate],
    }


# ---------------------------------------------------------------- golden pages

CRUMBS = """Inicio > Nacional > Política
Senado despacha la reforma de pensiones a la Cámara
Con 27 votos a favor, el proyecto pasa a su segundo trámite tras meses de negociación.
Por: Valentina Araya
16/03/2021 17:27 hrs.
Compartir: Facebook Twitter WhatsApp
Foto: Agencia Uno
VALPARAÍSO.– El Senado aprobó este martes en general la reforma, tras una larga sesión.
La ministra del Trabajo valoró el resultado y dijo que seguirá conversando con la oposición.
Lee también: Gobierno anuncia nuevo bono invierno
Los senadores de oposición presentarán indicaciones durante la discusión en particular.
Te puede interesar
Temas: Pensiones, Senado, Congreso
Suscríbete a nuestro newsletter
Lo más leído
1. Temblor se siente en la zona central
2. Resultados de la Polla Gol
© 2021 Diario El Sur. Todos los derechos reservados.
"""

CAPS_ROLE = """EL DIARIO | Noticias de la región

INCENDIO FORESTAL OBLIGA A EVACUAR TRES LOCALIDADES DEL BIOBÍO

Carlos Mendoza | Periodista

Publicado el 3 de febrero de 2023

Actualizado: 4 de febrero de 2023, 09:15

Advertisement

Más de 400 familias debieron abandonar sus viviendas durante la madrugada, según la delegación.

Los bomberos trabajan en al menos cinco focos activos, mientras la Conaf despliega aviones.

Contenido patrocinado

El delegado presidencial pidió a la población mantenerse atenta a los mensajes de emergencia.

Tiempo de lectura: 4 minutos

12 comentarios
"""

RELATED = """Economía

Precio del cobre alcanza su mayor nivel en dos años

El alza responde a la demanda china y a la caída de inventarios en Londres.

Por Ignacio Fuentes y María Paz Soto

Lunes 10 de mayo de 2021 | 08:45

Compartir

Facebook

WhatsApp

El metal rojo subió un 3% en la Bolsa de Metales de Londres, impulsado por la demanda.

NOTICIAS RELACIONADAS
Dólar abre a la baja ante alza del cobre
52
Exportaciones mineras crecen en abril
17

Analistas estiman que el precio podría mantenerse sobre los cuatro dólares la libra.

Comentarios (3)
Más noticias de Economía
"""

GLUED = """PUBLICIDAD
Vecinos denuncian cortes de agua en Maipú Sin aviso previo, la sanitaria suspendió el servicio

Vecinos denuncian cortes de agua en Maipú

La empresa atribuyó la interrupción a una rotura de matriz en la avenida Pajaritos.


Durante toda la jornada del domingo, cientos de hogares de Maipú quedaron sin agua potable.

La empresa sanitaria informó que el servicio se repondría durante la noche.

Publicidad

Lo más visto
"""

TITLE_SITE = (
    "Banco Central mantiene la tasa de interés en 5% | Diario Financiero\n"
    "Banco Central mantiene la tasa de interés en 5%\n"
    "El consejo decidió por unanimidad no mover la tasa rectora.\n"
    "La decisión estuvo en línea con lo esperado por los operadores del mercado, que venían"
    " anticipando una pausa desde la publicación del último informe de inflación.\n"
    "Los economistas prevén recortes a partir del segundo semestre.\n"
    "Comentarios (8)\n"
)

DESK = """Mundo

Terremoto de magnitud 7,1 sacude el sur de México

Por Redacción / EFE

Ciudad de México, 8 de septiembre de 2021

Un sismo de magnitud 7,1 sacudió este martes el estado de Guerrero, informó el servicio sismológico.

No se reportaron víctimas fatales en las primeras horas, aunque sí daños en edificios de Acapulco.

Etiquetas: México, Sismo
"""

TEASER = """Sociedad
Colegios podrán suspender clases por ola de calor
Por Camila Rojas, enviada especial a Temuco - 12 de enero de 2024
El Ministerio de Educación autorizó a los colegios a ajustar sus horarios durante la emergencia.
Lee también
Minsal emite alerta sanitaria por altas temperaturas
La medida regirá mientras dure la alerta meteorológica en la zona centro sur.
Periodista
camila.rojas@diario.cl
"""

CRLF = (
    "Gobierno presenta plan de seguridad para el verano\r\n\r\nPor Andrea Lagos\r\n\r\n"
    "2 de enero de 2024 - 10:30\r\n\r\n"
    "El plan contempla más patrullajes en las playas y controles carreteros.\r\n\r\n"
    "La subsecretaria explicó que se sumarán 500 funcionarios durante febrero.\r\n\r\n"
    "Publicidad\r\n"
)

INTERVIEW = """Entrevista
"La ciudad necesita más árboles": la urbanista que defiende los parques de bolsillo
La académica explica por qué los espacios verdes pequeños cambian la vida de los barrios.
Texto: Paula Cifuentes
Fotos: Cristóbal Rojas
-¿Qué es un parque de bolsillo?
-Es un espacio verde de menos de mil metros cuadrados que se instala en un sitio eriazo.
-¿Cuánto cuesta?
-Mucho menos que una plaza tradicional, y los vecinos pueden mantenerlo.
"""

NO_HEADLINE = (
    "El alcalde anunció ayer que el municipio financiará la reparación de las veredas del centro,"
    " tras meses de reclamos de los vecinos, que denunciaron caídas y accidentes.\n\n"
    "Las obras comenzarán en abril y costarán cerca de 300 millones de pesos.\n"
)

ONE_LINE_BODY = (
    "Cierre de la Alameda por obras del Metro | Radio Centro\n"
    "Cierre de la Alameda por obras del Metro\n"
    "Desde este lunes y por seis meses, la avenida estará cerrada entre dos estaciones.\n"
    "Las obras de la nueva línea obligan a desviar 40 recorridos de buses. La empresa pidió"
    " paciencia a los vecinos. Los comerciantes temen una baja en sus ventas. El municipio"
    " anunció que habilitará estacionamientos provisorios. Las faenas se harán de noche para"
    " reducir las molestias, según informó el gerente del proyecto en un punto de prensa.\n"
    "Comentarios (0)\n"
)

NAV = """Reforma tributaria: qué cambia para las pymes | El Mercurio de Valparaíso
Inicio
Política
Economía
Deportes
El Mercurio de Valparaíso
Reforma tributaria: qué cambia para las pymes
Las pequeñas empresas tendrán un régimen especial de impuesto de primera categoría.
Por Camila Rojas | @camirojas
Publicado hace 3 horas
La reforma reduce la tasa para las empresas con ventas menores a 75 mil UF.
Además, simplifica la contabilidad de quienes facturan menos de 2.400 UF al año.
"""

BARE_NAMES = """Camila Rojas y Diego Pérez
Jueves 4 de abril de 2024
Nueva ley de tránsito endurece multas por uso de celular
Los conductores sorprendidos arriesgan la suspensión de su licencia por seis meses.
La normativa fue publicada este jueves en el Diario Oficial y rige en 90 días.
Carabineros anunció fiscalizaciones en las principales autopistas del país.
Política · Transporte · Congreso
"""

MASTHEAD = """Diario El Sur de Concepción
Nuevo hospital abrirá en marzo en la comuna de Coronel
La obra tuvo un costo de 80 mil millones de pesos.
Por Ana Soto
Editora de Salud
El recinto atenderá a 100 mil personas y tendrá un servicio de urgencias.
Los vecinos esperaban la obra desde hace diez años.
#Salud #Biobío #Coronel
"""

PLAYER = """Carabineros detiene a banda que robaba cajeros automáticos
Por Camila Rojas, 5 de junio de 2023
Escuchar
00:00 / 02:31
Los detenidos fueron sorprendidos en Maipú, según informó la policía.
Los sospechosos durante su detención. (Foto: Carabineros)
La fiscalía pedirá la prisión preventiva de los cinco imputados.
"""

FLAT = (
    "Publicidad  Hallan restos de un barco del siglo XVIII en Chiloé  Arqueólogos confirmaron"
    " el hallazgo durante una excavación.  Por Ana Soto  Los restos corresponden a un buque"
    " mercante que naufragó en 1770.  El museo regional exhibirá las piezas desde marzo."
    "  Comentarios (2)"
)

GOLDEN: list[tuple[str, str, dict[str, Any]]] = [
    (
        "whole-page-on-one-line-blocks-apart-by-double-spaces",
        FLAT,
        {
            "headline": "Hallan restos de un barco del siglo XVIII en Chiloé",
            "deck": "Arqueólogos confirmaron el hallazgo durante una excavación.",
            "body": [
                "Los restos corresponden a un buque mercante que naufragó en 1770.",
                "El museo regional exhibirá las piezas desde marzo.",
            ],
            "authors": ["Ana Soto"],
            "published": None,
            "boilerplate": ["Publicidad", "Por Ana Soto", "Comentarios (2)"],
        },
    ),
    (
        "byline-comma-date-audio-player-caption-with-credit",
        PLAYER,
        {
            "headline": "Carabineros detiene a banda que robaba cajeros automáticos",
            "deck": None,
            "body": [
                "Los detenidos fueron sorprendidos en Maipú, según informó la policía.",
                "La fiscalía pedirá la prisión preventiva de los cinco imputados.",
            ],
            "authors": ["Camila Rojas"],
            "published": dt.date(2023, 6, 5),
            "boilerplate": [
                "Por Camila Rojas, 5 de junio de 2023",
                "Escuchar",
                "00:00 / 02:31",
                "Los sospechosos durante su detención. (Foto: Carabineros)",
            ],
        },
    ),
    (
        "outlet-masthead-role-line-hashtag-row",
        MASTHEAD,
        {
            "headline": "Nuevo hospital abrirá en marzo en la comuna de Coronel",
            "deck": "La obra tuvo un costo de 80 mil millones de pesos.",
            "body": [
                "El recinto atenderá a 100 mil personas y tendrá un servicio de urgencias.",
                "Los vecinos esperaban la obra desde hace diez años.",
            ],
            "authors": ["Ana Soto"],
            "published": None,
            "boilerplate": [
                "Diario El Sur de Concepción",
                "Por Ana Soto",
                "Editora de Salud",
                "#Salud #Biobío #Coronel",
            ],
        },
    ),
    (
        "bare-names-byline-above-the-title-tag-row",
        BARE_NAMES,
        {
            "headline": "Nueva ley de tránsito endurece multas por uso de celular",
            "deck": "Los conductores sorprendidos arriesgan la suspensión de su licencia por seis"
            " meses.",
            "body": [
                "La normativa fue publicada este jueves en el Diario Oficial y rige en 90 días.",
                "Carabineros anunció fiscalizaciones en las principales autopistas del país.",
            ],
            "authors": ["Camila Rojas", "Diego Pérez"],
            "published": dt.date(2024, 4, 4),
            "boilerplate": [
                "Camila Rojas y Diego Pérez",
                "Jueves 4 de abril de 2024",
                "Política · Transporte · Congreso",
            ],
        },
    ),
    (
        "menu-and-outlet-between-title-tag-and-h1-handle-relative-time",
        NAV,
        {
            "headline": "Reforma tributaria: qué cambia para las pymes",
            "deck": "Las pequeñas empresas tendrán un régimen especial de impuesto de primera"
            " categoría.",
            "body": [
                "La reforma reduce la tasa para las empresas con ventas menores a 75 mil UF.",
                "Además, simplifica la contabilidad de quienes facturan menos de 2.400 UF al año.",
            ],
            "authors": ["Camila Rojas"],
            "published": None,
            "boilerplate": [
                "Reforma tributaria: qué cambia para las pymes | El Mercurio de Valparaíso",
                "Inicio",
                "Política",
                "Economía",
                "Deportes",
                "El Mercurio de Valparaíso",
                "Por Camila Rojas | @camirojas",
                "Publicado hace 3 horas",
            ],
        },
    ),
    (
        "breadcrumb-por-colon-hrs-sharebar-list-footer",
        CRUMBS,
        {
            "headline": "Senado despacha la reforma de pensiones a la Cámara",
            "deck": "Con 27 votos a favor, el proyecto pasa a su segundo trámite tras meses de"
            " negociación.",
            "body": [
                (
                    "VALPARAÍSO.– El Senado aprobó este martes en general la reforma, tras una"
                    " larga sesión."
                ),
                (
                    "La ministra del Trabajo valoró el resultado y dijo que seguirá conversando con"
                    " la oposición."
                ),
                (
                    "Los senadores de oposición presentarán indicaciones durante la discusión en"
                    " particular."
                ),
            ],
            "authors": ["Valentina Araya"],
            "published": dt.datetime(2021, 3, 16, 17, 27),
            "boilerplate": [
                "Inicio > Nacional > Política",
                "Por: Valentina Araya",
                "16/03/2021 17:27 hrs.",
                "Compartir: Facebook Twitter WhatsApp",
                "Foto: Agencia Uno",
                "Lee también: Gobierno anuncia nuevo bono invierno",
                "Te puede interesar",
                "Temas: Pensiones, Senado, Congreso",
                "Suscríbete a nuestro newsletter",
                "Lo más leído",
                "1. Temblor se siente en la zona central",
                "2. Resultados de la Polla Gol",
                "© 2021 Diario El Sur. Todos los derechos reservados.",
            ],
        },
    ),
    (
        "masthead-capitals-role-published-updated-ads-english",
        CAPS_ROLE,
        {
            "headline": "INCENDIO FORESTAL OBLIGA A EVACUAR TRES LOCALIDADES DEL BIOBÍO",
            "deck": None,
            "body": [
                (
                    "Más de 400 familias debieron abandonar sus viviendas durante la madrugada,"
                    " según la delegación."
                ),
                (
                    "Los bomberos trabajan en al menos cinco focos activos, mientras la Conaf"
                    " despliega aviones."
                ),
                (
                    "El delegado presidencial pidió a la población mantenerse atenta a los mensajes"
                    " de emergencia."
                ),
            ],
            "authors": ["Carlos Mendoza"],
            "published": dt.date(2023, 2, 3),
            "boilerplate": [
                "EL DIARIO | Noticias de la región",
                "Carlos Mendoza | Periodista",
                "Publicado el 3 de febrero de 2023",
                "Actualizado: 4 de febrero de 2023, 09:15",
                "Advertisement",
                "Contenido patrocinado",
                "Tiempo de lectura: 4 minutos",
                "12 comentarios",
            ],
        },
    ),
    (
        "section-two-authors-related-headline-counter-pairs",
        RELATED,
        {
            "headline": "Precio del cobre alcanza su mayor nivel en dos años",
            "deck": "El alza responde a la demanda china y a la caída de inventarios en Londres.",
            "body": [
                (
                    "El metal rojo subió un 3% en la Bolsa de Metales de Londres, impulsado por la"
                    " demanda."
                ),
                (
                    "Analistas estiman que el precio podría mantenerse sobre los cuatro dólares la"
                    " libra."
                ),
            ],
            "authors": ["Ignacio Fuentes", "María Paz Soto"],
            "published": dt.datetime(2021, 5, 10, 8, 45),
            "boilerplate": [
                "Economía",
                "Por Ignacio Fuentes y María Paz Soto",
                "Lunes 10 de mayo de 2021 | 08:45",
                "Compartir",
                "Facebook",
                "WhatsApp",
                "NOTICIAS RELACIONADAS",
                "Dólar abre a la baja ante alza del cobre",
                "52",
                "Exportaciones mineras crecen en abril",
                "17",
                "Comentarios (3)",
                "Más noticias de Economía",
            ],
        },
    ),
    (
        "headline-glued-to-teaser-deck-set-apart-by-wider-gap",
        GLUED,
        {
            "headline": "Vecinos denuncian cortes de agua en Maipú",
            "deck": "La empresa atribuyó la interrupción a una rotura de matriz en la avenida"
            " Pajaritos.",
            "body": [
                (
                    "Durante toda la jornada del domingo, cientos de hogares de Maipú quedaron sin"
                    " agua potable."
                ),
                "La empresa sanitaria informó que el servicio se repondría durante la noche.",
            ],
            "authors": [],
            "published": None,
            "boilerplate": [
                "PUBLICIDAD",
                # the title tag glued to a teaser: a copy of the headline, boilerplate
                (
                    "Vecinos denuncian cortes de agua en Maipú Sin aviso previo, la sanitaria"
                    " suspendió el servicio"
                ),
                "Publicidad",
                "Lo más visto",
            ],
        },
    ),
    (
        "title-with-site-single-newlines",
        TITLE_SITE,
        {
            "headline": "Banco Central mantiene la tasa de interés en 5%",
            "deck": "El consejo decidió por unanimidad no mover la tasa rectora.",
            "body": [
                (
                    "La decisión estuvo en línea con lo esperado por los operadores del mercado,"
                    " que venían anticipando una pausa desde la publicación del último informe de"
                    " inflación."
                ),
                "Los economistas prevén recortes a partir del segundo semestre.",
            ],
            "authors": [],
            "published": None,
            "boilerplate": [
                "Banco Central mantiene la tasa de interés en 5% | Diario Financiero",
                "Comentarios (8)",
            ],
        },
    ),
    (
        "desk-and-agency-are-not-authors-place-led-date",
        DESK,
        {
            "headline": "Terremoto de magnitud 7,1 sacude el sur de México",
            "deck": None,
            "body": [
                (
                    "Un sismo de magnitud 7,1 sacudió este martes el estado de Guerrero, informó el"
                    " servicio sismológico."
                ),
                (
                    "No se reportaron víctimas fatales en las primeras horas, aunque sí daños en"
                    " edificios de Acapulco."
                ),
            ],
            "authors": [],
            "published": dt.date(2021, 9, 8),
            "boilerplate": [
                "Mundo",
                "Por Redacción / EFE",
                "Ciudad de México, 8 de septiembre de 2021",
                "Etiquetas: México, Sismo",
            ],
        },
    ),
    (
        "byline-and-date-on-one-line-teaser-label-role-email",
        TEASER,
        {
            "headline": "Colegios podrán suspender clases por ola de calor",
            "deck": None,
            "body": [
                (
                    "El Ministerio de Educación autorizó a los colegios a ajustar sus horarios"
                    " durante la emergencia."
                ),
                "La medida regirá mientras dure la alerta meteorológica en la zona centro sur.",
            ],
            "authors": ["Camila Rojas"],
            "published": dt.date(2024, 1, 12),
            "boilerplate": [
                "Sociedad",
                "Por Camila Rojas, enviada especial a Temuco - 12 de enero de 2024",
                "Lee también",
                "Minsal emite alerta sanitaria por altas temperaturas",
                "Periodista",
                "camila.rojas@diario.cl",
            ],
        },
    ),
    (
        "crlf-line-breaks",
        CRLF,
        {
            "headline": "Gobierno presenta plan de seguridad para el verano",
            "deck": None,
            "body": [
                "El plan contempla más patrullajes en las playas y controles carreteros.",
                "La subsecretaria explicó que se sumarán 500 funcionarios durante febrero.",
            ],
            "authors": ["Andrea Lagos"],
            "published": dt.datetime(2024, 1, 2, 10, 30),
            "boilerplate": ["Por Andrea Lagos", "2 de enero de 2024 - 10:30", "Publicidad"],
        },
    ),
    (
        "kicker-text-and-photo-credits-interview",
        INTERVIEW,
        {
            "headline": '"La ciudad necesita más árboles": la urbanista que defiende los parques'
            " de bolsillo",
            "deck": "La académica explica por qué los espacios verdes pequeños cambian la vida de"
            " los barrios.",
            "body": [
                "-¿Qué es un parque de bolsillo?",
                (
                    "-Es un espacio verde de menos de mil metros cuadrados que se instala en un"
                    " sitio eriazo."
                ),
                "-¿Cuánto cuesta?",
                "-Mucho menos que una plaza tradicional, y los vecinos pueden mantenerlo.",
            ],
            "authors": ["Paula Cifuentes"],
            "published": None,
            "boilerplate": ["Entrevista", "Texto: Paula Cifuentes", "Fotos: Cristóbal Rojas"],
        },
    ),
    (
        "no-headline",
        NO_HEADLINE,
        {
            "headline": None,
            "deck": None,
            "body": [
                (
                    "El alcalde anunció ayer que el municipio financiará la reparación de las"
                    " veredas del centro, tras meses de reclamos de los vecinos, que denunciaron"
                    " caídas y accidentes."
                ),
                "Las obras comenzarán en abril y costarán cerca de 300 millones de pesos.",
            ],
            "authors": [],
            "published": None,
            "boilerplate": [],
        },
    ),
    (
        "whole-body-on-one-line",
        ONE_LINE_BODY,
        {
            "headline": "Cierre de la Alameda por obras del Metro",
            "deck": "Desde este lunes y por seis meses, la avenida estará cerrada entre dos"
            " estaciones.",
            "body": [ONE_LINE_BODY.split("\n")[3]],
            "authors": [],
            "published": None,
            "boilerplate": [
                "Cierre de la Alameda por obras del Metro | Radio Centro",
                "Comentarios (0)",
            ],
        },
    ),
]


def test_a_lone_paragraph_is_body_even_with_double_spaces() -> None:
    text = "El ministro dijo que no habrá cambios.  Luego se retiró.  La oposición lo criticó."
    layout = parse_layout(text)
    assert (None, [collapse(text)]) == (layout.headline, [s.text for s in layout.body])


@pytest.mark.parametrize(("text", "expected"), [g[1:] for g in GOLDEN], ids=[g[0] for g in GOLDEN])
def test_golden_page(text: str, expected: dict[str, Any]) -> None:
    assert expected == _texts(parse_layout(text))


KNOWN_MISSES = [
    pytest.param(
        "Hallan restos de un barco del siglo XVIII en Chiloé Arqueólogos de la Universidad"
        " Austral confirmaron el hallazgo durante una excavación. Los restos corresponden a un"
        " buque mercante.",
        "Hallan restos de un barco del siglo XVIII en Chiloé",
        id="title-glued-to-body-on-a-single-line",
        marks=pytest.mark.xfail(strict=True, reason="no line break to find the title's end"),
    ),
]


@pytest.mark.parametrize(("text", "headline"), KNOWN_MISSES)
def test_known_misses(text: str, headline: str) -> None:
    layout = parse_layout(text)
    assert headline == (layout.headline.text if layout.headline else None)
    assert layout.deck is None


def test_seed_parses_as_its_gold(seed_record: dict[str, Any]) -> None:
    gold = seed_record["gold"]
    expected = {
        "headline": gold["headline"],
        "deck": gold["deck"],
        "body": gold["body"],
        "authors": gold["authors"],
        "published": gold["published"],
        # the gold leaves out the title tag glued to a teaser (its second line); every
        # line of the page is in exactly one field, so it is boilerplate
        "boilerplate": [
            *gold["boilerplate"][:1],
            collapse(seed_record["text"].split("\n")[1]),
            *gold["boilerplate"][1:],
        ],
    }
    assert expected == _texts(parse_layout(seed_record["text"]))


def test_regions_are_headline_deck_body_in_order() -> None:
    spine = build_spine(RELATED)
    page = find_layout(spine)
    layout = page.layout
    assert layout.headline is not None
    assert layout.deck is not None
    expected = [layout.headline.text, layout.deck.text] + [s.text for s in layout.body]
    assert expected == [collapse(spine.text[s:e]) for s, e in page.regions]


def test_publication_raw_and_offsets() -> None:
    published = parse_layout(RELATED).published
    assert published is not None
    assert "Lunes 10 de mayo de 2021 | 08:45" == published.raw
    assert published.raw == RELATED[published.start : published.end]


# ---------------------------------------------------------------- other page shapes
# Pages laid out as other sites and scrapers return them; each checks the fields the
# shape puts at risk.

_LAGO = "Vecinos de Puerto Varas denuncian contaminación en el lago Llanquihue"
_LAGO_DECK = "Un informe de la Seremi de Salud confirmó niveles altos de coliformes en tres playas."
_LAGO_BODY = [
    (
        "Los dirigentes vecinales entregaron ayer una carta al municipio con más de 2.000 firmas,"
        " en la que piden cerrar las playas hasta que se conozcan los resultados de nuevos"
        " análisis."
    ),
    (
        "La empresa sanitaria aseguró que sus plantas de tratamiento funcionan con normalidad y"
        " que colabora con la autoridad para encontrar el origen de las descargas."
    ),
]
_LONG_BODY = " ".join(
    [
        (
            "La ministra de Obras Públicas recorrió este martes los trabajos del nuevo puente"
            " sobre el río Maule, que unirá las comunas de Constitución y Pelluhue."
        ),
        (
            "Según el cronograma, la estructura estará lista a fines del próximo año y permitirá"
            " reducir en 40 minutos el viaje entre ambas localidades."
        ),
    ]
    * 12
)

OTHER_SHAPES = [
    pytest.param(
        f"{_LAGO} | El Heraldo Austral\n\n{_LAGO} {_LAGO_DECK}\n\n\n" + "\n\n".join(_LAGO_BODY),
        {"headline": _LAGO, "deck": _LAGO_DECK, "body": _LAGO_BODY},
        id="title-tag-over-h1-glued-to-deck",
    ),
    pytest.param(
        f"La Voz del Maule | {_LAGO}\n\n{_LAGO_DECK}\n\n\n" + "\n\n".join(_LAGO_BODY),
        {"headline": _LAGO, "deck": _LAGO_DECK, "body": _LAGO_BODY},
        id="site-then-title-no-h1",
    ),
    pytest.param(
        f"{_LAGO} | Regiones | elheraldo.cl\n{_LAGO_DECK}\n" + "\n".join(_LAGO_BODY),
        {"headline": _LAGO, "deck": _LAGO_DECK, "body": _LAGO_BODY},
        id="title-section-and-domain-no-h1",
    ),
    pytest.param(
        f"Menú\nEl Faro del Sur\n\n{_LAGO}\n\n{_LAGO_DECK}\n\n\nCompartir en: Facebook | X\n\n"
        + "\n\n".join(_LAGO_BODY),
        {"headline": _LAGO, "deck": _LAGO_DECK, "body": _LAGO_BODY, "authors": []},
        id="site-name-over-title-is-no-byline",
    ),
    pytest.param(
        f"Inicio > Regiones\nEl Faro del Sur | {_LAGO}\nEXCLUSIVO\n{_LAGO}\n{_LAGO_DECK}\n"
        "Por Tomás Echeverría\n16/03/2021 17:27 hrs.\n" + "\n".join(_LAGO_BODY),
        {
            "headline": _LAGO,
            "deck": _LAGO_DECK,
            "body": _LAGO_BODY,
            "authors": ["Tomás Echeverría"],
            "published": dt.datetime(2021, 3, 16, 17, 27),
        },
        id="site-name-beside-title-tag-kicker-single-newlines",
    ),
    pytest.param(
        f"{_LAGO}\n\nPor Tomás Echeverría\n\nMartes 16 de marzo de 2021 | 17:27\n\n"
        f"{_LAGO_DECK}\n\n\n" + "\n\n".join(_LAGO_BODY),
        {
            "headline": _LAGO,
            "deck": _LAGO_DECK,
            "body": _LAGO_BODY,
            "authors": ["Tomás Echeverría"],
            "published": dt.datetime(2021, 3, 16, 17, 27),
        },
        id="deck-under-byline-set-apart-by-a-wider-gap",
    ),
    pytest.param(
        f"{_LAGO}\n\nPor Tomás Echeverría\n\nMartes 16 de marzo de 2021 | 17:27\n\n"
        f"{_LAGO_DECK}\n\n" + "\n\n".join(_LAGO_BODY),
        {"headline": _LAGO, "deck": None, "body": [_LAGO_DECK, *_LAGO_BODY]},
        id="line-under-byline-spaced-like-the-body-is-body",
    ),
    pytest.param(
        "Nuevo puente sobre el río Maule estará listo el próximo año\n\n"
        "Las obras, que comenzaron en 2022, tienen un avance del 60% y un costo de 120 millones"
        " de dólares. El MOP espera abrirlo al tránsito antes del invierno de 2025, según"
        " informó la ministra durante su visita a la zona, donde se reunió con los alcaldes y"
        " con representantes de los vecinos.\n\n" + _LONG_BODY,
        {
            "headline": "Nuevo puente sobre el río Maule estará listo el próximo año",
            "deck": "Las obras, que comenzaron en 2022, tienen un avance del 60% y un costo de 120"
            " millones de dólares. El MOP espera abrirlo al tránsito antes del invierno de 2025,"
            " según informó la ministra durante su visita a la zona, donde se reunió con los"
            " alcaldes y con representantes de los vecinos.",
            "body": [_LONG_BODY],
        },
        id="long-summary-over-a-far-longer-paragraph-uniform-gaps",
    ),
    pytest.param(
        '"No vamos a cerrar las playas": alcalde responde a vecinos  '
        + _LAGO_DECK
        + "  "
        + _LAGO_BODY[0],
        {
            "headline": '"No vamos a cerrar las playas": alcalde responde a vecinos',
            "deck": _LAGO_DECK,
            "body": [_LAGO_BODY[0]],
        },
        id="one-line-page-title-closed-by-quotes-three-blocks",
    ),
    pytest.param(
        f"{_LAGO}\n\n{_LAGO_DECK}\n\n\nLa playa Los Pinos, durante la mañana de este lunes\n\n"
        + "\n\n".join(_LAGO_BODY),
        {"headline": _LAGO, "deck": _LAGO_DECK, "body": _LAGO_BODY},
        id="caption-without-credit-under-the-deck",
    ),
    pytest.param(
        f"{_LAGO}\n\n{_LAGO_DECK}\n\nPor Tomás Echeverría - Agencia EFE\n\n"
        "Publicado: 16/03/2021 | Actualizado: 17/03/2021\n\n" + "\n\n".join(_LAGO_BODY),
        {
            "headline": _LAGO,
            "deck": _LAGO_DECK,
            "authors": ["Tomás Echeverría"],
            "published": dt.date(2021, 3, 16),
        },
        id="agency-beside-byline-published-and-updated-on-one-line",
    ),
    pytest.param(
        f"{_LAGO}\n{_LAGO_DECK}\nFernanda Lagos\nPeriodista\n16 de marzo de 2021\n"
        + "\n".join(_LAGO_BODY),
        {"deck": _LAGO_DECK, "body": _LAGO_BODY, "authors": ["Fernanda Lagos"]},
        id="name-over-its-role-line",
    ),
    pytest.param(
        f"{_LAGO}\n\n{_LAGO_DECK}\n\nPor\n\nFernanda Lagos\n\n16/03/2021\n\n"
        + "\n\n".join(_LAGO_BODY),
        {"deck": _LAGO_DECK, "body": _LAGO_BODY, "authors": ["Fernanda Lagos"]},
        id="lone-por-over-the-name",
    ),
    pytest.param(
        f"{_LAGO}\n\n{_LAGO_DECK}\n\nFernanda Lagos Publicado el 16/03/2021\n\n"
        + "\n\n".join(_LAGO_BODY),
        {"authors": ["Fernanda Lagos"], "published": dt.date(2021, 3, 16)},
        id="name-and-publicado-on-one-line",
    ),
    pytest.param(
        "Radio Costa | Ana Pizarro: Los campamentos crecieron tras la pandemia.\n\n"
        "-¿Qué cambió en los últimos tres años en la periferia de la capital regional?\n\n"
        "-Todo se aceleró. Llegaron familias que no podían pagar un arriendo y se instalaron"
        " en terrenos sin servicios básicos.\n",
        {"headline": "Ana Pizarro: Los campamentos crecieron tras la pandemia.", "deck": None},
        id="site-then-title-over-an-interview",
    ),
    pytest.param(
        f"{_LAGO}\n\n{_LAGO_DECK}\n\n\n{_LAGO_BODY[0]}\n\nEscucha esta noticia\n\n"
        f"Foto de archivo\n\nRecibe alertas en WhatsApp\n\n{_LAGO_BODY[1]}\n\n"
        "Ver comentarios (4)\n\nEsta nota fue publicada originalmente en El Heraldo Austral.\n",
        {"headline": _LAGO, "deck": _LAGO_DECK, "body": _LAGO_BODY},
        id="players-archive-photo-alerts-comments-republication",
    ),
    pytest.param(
        "Municipio de Osorno cierra el vertedero municipal tras diez años de reclamos"
        " Los vecinos del sector Pichil celebraron la medida, que se hará efectiva en marzo.\n\n"
        "El alcalde firmó ayer el decreto ante los dirigentes de las juntas de vecinos.\n",
        {
            "headline": (
                "Municipio de Osorno cierra el vertedero municipal tras diez años de reclamos"
            ),
            "deck": (
                "Los vecinos del sector Pichil celebraron la medida, que se hará efectiva en marzo."
            ),
            "body": [
                "El alcalde firmó ayer el decreto ante los dirigentes de las juntas de vecinos.",
            ],
        },
        id="title-glued-to-the-text-by-one-space-sentence-opener",
    ),
    pytest.param(
        "Directora del liceo de Ancud y el regreso a clases -¿Cómo vuelven los alumnos tras"
        " las vacaciones?\n-Con muchas ganas, aunque el frío complica la asistencia.\n",
        {
            "headline": "Directora del liceo de Ancud y el regreso a clases",
            "body": [
                "-¿Cómo vuelven los alumnos tras las vacaciones?",
                "-Con muchas ganas, aunque el frío complica la asistencia.",
            ],
        },
        id="title-glued-to-an-interview-question",
    ),
    pytest.param(
        "Alcalde se reúne con el Presidente en La Moneda para pedir recursos\n\n"
        "La reunión duró una hora y terminó sin anuncios concretos para la comuna.\n",
        {"headline": "Alcalde se reúne con el Presidente en La Moneda para pedir recursos"},
        id="a-title-naming-la-moneda-is-not-cut",
    ),
    pytest.param(
        f"{_LAGO}\n\n{_LAGO_BODY[0]}\n\nNOTICIAS RELACIONADAS\n"
        "Temporal deja sin luz a miles de hogares en Osorno\n14\n"
        "Alcalde presenta su cuenta pública entre críticas\n3\n\n" + _LAGO_BODY[1],
        {"headline": _LAGO, "deck": None, "body": _LAGO_BODY},
        id="related-block-under-the-first-paragraph-of-a-deckless-page",
    ),
    pytest.param(
        f"{_LAGO}\n\n{_LAGO_DECK}\n\n\n{_LAGO_BODY[0]}\n\nNoticias relacionadas\n"
        "Temporal deja sin luz a miles de hogares en Osorno\n"
        "Alcalde presenta su cuenta pública entre críticas\n\n" + _LAGO_BODY[1],
        {
            "body": [
                _LAGO_BODY[0],
                "Temporal deja sin luz a miles de hogares en Osorno",
                "Alcalde presenta su cuenta pública entre críticas",
                _LAGO_BODY[1],
            ]
        },
        id="related-headlines-without-counters-stay-in-the-text-flow",
    ),
]


@pytest.mark.parametrize(("text", "expected"), OTHER_SHAPES)
def test_other_page_shapes(text: str, expected: dict[str, Any]) -> None:
    found = _texts(parse_layout(text))
    assert expected == {key: found[key] for key in expected}


OTHER_SHAPE_MISSES = [
    pytest.param(
        f"{_LAGO}\n\n{_LAGO_DECK}\n\n{_LAGO_BODY[0]}\n\n{_LAGO_BODY[1]}\n",
        {"deck": _LAGO_DECK, "body": _LAGO_BODY},
        id="deck-as-long-as-the-paragraphs-uniform-gaps",
        marks=pytest.mark.xfail(
            strict=True, reason="nothing sets the deck apart and it is paragraph-sized"
        ),
    ),
]


@pytest.mark.parametrize(("text", "expected"), OTHER_SHAPE_MISSES)
def test_other_page_shape_misses(text: str, expected: dict[str, Any]) -> None:
    found = _texts(parse_layout(text))
    assert expected == {key: found[key] for key in expected}


# ---------------------------------------------------------------- line readers

DATE_LINES = [
    ("Martes 16 de marzo de 2021 | 17:27", dt.datetime(2021, 3, 16, 17, 27)),
    ("16/03/2021 17:27 hrs.", dt.datetime(2021, 3, 16, 17, 27)),
    ("Publicado el 5 de enero de 2020", dt.date(2020, 1, 5)),
    ("Actualizado: 4 de febrero de 2023, 09:15", dt.datetime(2023, 2, 4, 9, 15)),
    ("Santiago, 16 de marzo de 2021", dt.date(2021, 3, 16)),
    ("marzo 16, 2021 - 10:45 p.m.", dt.datetime(2021, 3, 16, 22, 45)),
    ("2022-07-01T08:30:00", dt.datetime(2022, 7, 1, 8, 30)),
    ("Publicado: 16 Mar 2021", dt.date(2021, 3, 16)),
    ("16.03.2021 - 17:27 CET", dt.datetime(2021, 3, 16, 17, 27)),
    ("Mié 17 Mar 2021 - 10:00", dt.datetime(2021, 3, 17, 10, 0)),
    ("Publicado el martes 16 de marzo de 2021 a las 17:27 horas", dt.datetime(2021, 3, 16, 17, 27)),
    ("Publicado: 16/03/2021 | Actualizado: 17/03/2021", dt.date(2021, 3, 16)),
    ("Actualizado: 17/03/2021 10:00 · Publicado: 16/03/2021 09:00", dt.datetime(2021, 3, 16, 9, 0)),
    ("Política | 16/03/2021", None),
    ("Publicado hace 3 horas", None),
    ("El 5 de enero de 2020 llegó a Santiago.", None),
    ("Hasta el 16 de marzo de 2021 hay plazo", None),
    ("Llegaron 2.500 personas", None),
]


@pytest.mark.parametrize(("line", "expected"), DATE_LINES, ids=[d[0] for d in DATE_LINES])
def test_read_date_line(line: str, expected: dt.date | None) -> None:
    found = read_date_line(line)
    assert expected == (None if found is None else found.value)


#: Publication lines read with their cue: the value, and whether it says published or updated.
DATE_LINES_WITH_CUES: list[tuple[str, str, tuple[dt.date | dt.datetime, bool, bool] | None]] = [
    (
        "midnight-am",
        "16 de marzo de 2021, 12:15 a.m.",
        (dt.datetime(2021, 3, 16, 0, 15), False, False),
    ),
    (
        "midnight-AM",
        "16 de marzo de 2021 12:15 AM",
        (dt.datetime(2021, 3, 16, 0, 15), False, False),
    ),
    ("english-month-abbreviation", "Publicado: 16 Mar 2021", (dt.date(2021, 3, 16), True, False)),
    (
        "english-month-abbreviation-with-time",
        "Publicado: 16 Mar 2021 10:30",
        (dt.datetime(2021, 3, 16, 10, 30), True, False),
    ),
    ("impossible-day-in-words", "Publicado el 31 de febrero de 2021", None),
    ("impossible-day-in-digits", "Publicado el 31/02/2021", None),
    ("impossible-day-behind-a-cue", "Publicado: 45 Mar 2021", None),
    ("unknown-month-behind-a-cue", "Publicado: 16 Foo 2021", None),
]


@pytest.mark.parametrize(
    ("line", "expected"),
    [d[1:] for d in DATE_LINES_WITH_CUES],
    ids=[d[0] for d in DATE_LINES_WITH_CUES],
)
def test_read_date_line_with_its_cues(
    line: str, expected: tuple[dt.date | dt.datetime, bool, bool] | None
) -> None:
    found = read_date_line(line)
    assert expected == (None if found is None else (found.value, found.published, found.updated))


BYLINES = [
    ("Por Ignacio Vera M.", ("Ignacio Vera M.",)),
    ("Por: Javiera Muñoz y Diego Pérez", ("Javiera Muñoz", "Diego Pérez")),
    ("POR ANA MARÍA DE LA FUENTE", ("ANA MARÍA DE LA FUENTE",)),
    ("Camila Rojas | Periodista", ("Camila Rojas",)),
    ("Por María José Díaz / EFE", ("María José Díaz",)),
    ("Por Camila Rojas @camirojas", ("Camila Rojas",)),
    ("Corresponsal en Madrid", ()),
    ("Periodista chilena gana premio", None),
    ("Por Redacción El Tiempo", ()),
    ("Por Camila Rojas y Agencia EFE", ("Camila Rojas",)),
    ("Equipo de Prensa", ()),
    ("Por Tomás Echeverría - Agencia EFE", ("Tomás Echeverría",)),
    ("Por:", ()),
    ("Por: Redacción", ()),
    ("Por tal motivo, el ministro renunció.", None),
    ("Derechos humanos y crisis", None),
]


@pytest.mark.parametrize(("line", "expected"), BYLINES, ids=[b[0] for b in BYLINES])
def test_read_byline(line: str, expected: tuple[str, ...] | None) -> None:
    found = read_byline(line)
    assert expected == (None if found is None else found.authors)


FURNITURE = [
    ("Publicidad", "ad"),
    ("PUBLICIDAD", "ad"),
    ("Anuncio", "ad"),
    ("Werbung", "ad"),
    ("Lee también: Sube el precio del pan", "line"),
    ("Te puede interesar", "list"),
    ("NOTICIAS RELACIONADAS", "related"),
    ("Lo más leído", "list"),
    ("Temas: Salud, Educación", "close"),
    ("Comentarios (15)", "close"),
    ("Foto: Archivo", "media"),
    ("3 min de lectura", "media"),
    ("Escucha esta noticia", "media"),
    ("Foto de archivo", "media"),
    ("Imagen referencial", "media"),
    ("Recibe alertas en WhatsApp", "line"),
    ("Sigue a El Heraldo Austral en Google News", "line"),
    ("Con información de EFE", "line"),
    ("Ver comentarios (4)", "close"),
    ("Esta nota fue publicada originalmente en El Heraldo Austral.", "end"),
    ("Publirreportaje", "ad"),
    ("Sigue a la espera de una respuesta del gobierno.", None),
    ("Fuente Alemana reabre sus puertas", None),
    ("Video muestra el momento del choque", None),
    ("El ministro dijo que no habrá cambios.", None),
]


@pytest.mark.parametrize(("line", "expected"), FURNITURE, ids=[f[0] for f in FURNITURE])
def test_furniture_kind(line: str, expected: str | None) -> None:
    assert expected == furniture_kind(line)


def test_small_line_shapes() -> None:
    assert (True, True, False) == (is_counter("52"), is_counter("(1.176)"), is_counter("2021"))
    assert is_share_bar("Facebook | Twitter | WhatsApp | Copiar enlace")
    assert not is_share_bar("Twitter anunció cambios en su plataforma")
    assert is_breadcrumb("Portada » Deportes » Fútbol")
    assert not is_breadcrumb("Los precios subieron > 3% en marzo")


# ---------------------------------------------------------------- properties

ARTICLE_HEADLINE = "Municipio instala nuevas luminarias en el barrio Yungay"
ARTICLE_DECK = "El plan reemplazará 1.200 focos antiguos por tecnología led antes de diciembre."
ARTICLE_BODY = [
    "La alcaldesa encabezó este lunes la instalación del primer poste en la calle Libertad.",
    "Según el municipio, el cambio permitirá ahorrar un 40% del gasto en electricidad.",
    "Vecinos del sector valoraron la medida, aunque pidieron más vigilancia nocturna.",
]
TOP_FURNITURE = [
    "Publicidad",
    "Inicio > Ciudad > Barrios",
    "Compartir",
    "Anuncio",
    "ADVERTISEMENT",
    "Ciudad",
]
HEADER_FURNITURE = [
    "Por Rodrigo Campos",
    "Jueves 4 de abril de 2024 | 11:20",
    "Facebook",
    "WhatsApp",
    "Foto: Municipalidad",
    "Tiempo de lectura: 2 minutos",
]
END_FURNITURE = [
    "Temas: Ciudad, Barrios",
    "Suscríbete a nuestro newsletter",
    "Comentarios (4)",
    "© 2024 Diario Local. Todos los derechos reservados.",
    "Publicidad",
    "Más noticias de Ciudad",
    "Lo más leído\n1. Cae el dólar por tercer día\n2. Sube el precio de la bencina",
    "NOTICIAS RELACIONADAS\nVecinos piden más cámaras de seguridad\n31",
]


def _page(top: list[str], header: list[str], end: list[str], gap: str) -> str:
    head = [*top, ARTICLE_HEADLINE, ARTICLE_DECK]
    after_deck = [*header, *ARTICLE_BODY, *end]
    return gap.join(head) + gap + "\n" + gap.join(after_deck)


def _subset(pool: list[str]) -> st.SearchStrategy[list[str]]:
    return st.lists(st.sampled_from(pool), max_size=len(pool)).flatmap(
        lambda items: st.permutations(items) if items else st.just([])
    )


@given(
    top=_subset(TOP_FURNITURE),
    header=_subset(HEADER_FURNITURE),
    end=_subset(END_FURNITURE),
    gap=st.sampled_from(["\n\n", "\r\n\r\n"]),
)
def test_furniture_around_an_article_never_moves_it(
    top: list[str], header: list[str], end: list[str], gap: str
) -> None:
    layout = parse_layout(_page(top, header, end, gap))
    expected = {"headline": ARTICLE_HEADLINE, "deck": ARTICLE_DECK, "body": ARTICLE_BODY}
    got = _texts(layout)
    assert expected == {k: got[k] for k in expected}


@given(st.randoms(use_true_random=False))
def test_shuffling_furniture_never_moves_the_article(rng: random.Random) -> None:
    top, header, end = TOP_FURNITURE[:], HEADER_FURNITURE[:], END_FURNITURE[:]
    for pool in (top, header, end):
        rng.shuffle(pool)
    layout = parse_layout(_page(top, header, end, "\n\n"))
    assert ARTICLE_BODY == [s.text for s in layout.body]
    assert ARTICLE_HEADLINE == (layout.headline.text if layout.headline else None)


PAGE_TEXT = st.lists(
    st.sampled_from(
        [*"ab Zé1|:-—«»\"'\n\r\t.,>()@\u00a0\u200b", "Por ", "Publicidad", "de marzo de 2021"]
    ),
    max_size=120,
).map("".join)


@given(PAGE_TEXT)
def test_any_text_lays_out_with_faithful_spans(text: str) -> None:
    layout = parse_layout(text)
    segments = [layout.headline, layout.deck, *layout.body, *layout.boilerplate]
    for segment in segments:
        if segment is not None:
            assert segment.text == collapse(text[segment.start : segment.end])
    if layout.published is not None:
        assert layout.published.raw == text[layout.published.start : layout.published.end]


def test_hostile_input_lays_out_each_line_once() -> None:
    for text in ('"' * 100_000, "1" * 100_000, "\n".join(["Publicidad"] * 20_000), "x " * 200_000):
        layout = parse_layout(text)
        assert len(layout.body) + len(layout.boilerplate) <= text.count("\n") + 1


@given(strategies.articles(noise=True))
def test_generated_pages_lay_out_as_their_truth(article: strategies.GeneratedArticle) -> None:
    expected = article.expected
    truth = Layout(
        headline=expected.headline,
        deck=expected.deck,
        body=expected.body,
        boilerplate=expected.boilerplate,
        authors=expected.authors,
        published=expected.published,
    )
    assert _texts(truth) == _texts(parse_layout(article.text))


@pytest.mark.parametrize(
    ("page", "headline"),
    [
        (
            (
                "Sube el dólar\n\nEl tipo de cambio cerró en $18,40 por dólar, informó el"
                " banco central.\n\nLa moneda acumula una baja de 3% en el año."
            ),
            "Sube el dólar",
        ),
        ("Cae la bolsa\n\nEl índice principal retrocedió 2% en la jornada.", "Cae la bolsa"),
        ("Política\n\nEl Senado votará hoy la reforma.", None),
        ("Economía y Negocios\n\nEl Senado votará hoy la reforma.", None),
    ],
    ids=["three-word-title-two-paragraphs", "three-word-title-one-paragraph", "label", "labels"],
)
def test_a_short_title_over_the_text_is_the_headline(page: str, headline: str | None) -> None:
    layout = parse_layout(page)
    assert headline == (layout.headline.text if layout.headline else None)


def test_deck_before_a_single_paragraph() -> None:
    text = (
        "Publicidad\n\nEl comercio minorista registra una caída en sus ventas\n\n"
        "La falta de lluvias complica el inicio de la temporada agrícola.\n\n\n"
        "Las obras de ampliación del puerto avanzan con retraso."
    )
    layout = parse_layout(text)
    deck = "La falta de lluvias complica el inicio de la temporada agrícola."
    assert deck == (None if layout.deck is None else layout.deck.text)
    assert ["Las obras de ampliación del puerto avanzan con retraso."] == [
        p.text for p in layout.body
    ]
