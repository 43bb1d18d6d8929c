"""The top of a real page: headline and deck among the furniture scrapers keep.

Every page here is written for these tests, in the shapes real scrapes take (title tag
over menus, tickers and "Lo último" lists, captions with their credit, list items and
table rows, markdown headings, script code), in several countries' styles.
"""

from __future__ import annotations

import pytest

import noticiaparse
from noticiaparse import parse_layout

_PARAGRAPH_1 = (
    "La votación se extendió hasta pasada la medianoche y terminó con una mayoría holgada, "
    "según confirmaron fuentes de la mesa del Congreso al cierre de la sesión."
)
_PARAGRAPH_2 = (
    "Los grupos de la oposición anunciaron que recurrirán el texto ante el tribunal y "
    "pidieron una comparecencia urgente de la ministra para explicar los plazos."
)

# Menus, a kicker, the h1 and its deck, a photo with its caption
# and credit in brackets, a related link as a list item, the byline and date; the share
# widget repeats the title at the end.
REPEATED_OVER_CAPTION = f"""Portada
Política
Economía
Deportes

Parlamento
El Congreso aprueba la ley de vivienda tras una noche de debate
La norma limitará los alquileres en las zonas tensionadas durante cinco años
Regala esta noticia
Diputados votan en el hemiciclo durante el pleno. (Marta Gil)
* El Senado frena la reforma fiscal y la devuelve a comisión
Lucía Romero
Madrid
14/05/2024 Actualizado a las 09:10h.
{_PARAGRAPH_1}
{_PARAGRAPH_2}
Comparte esta noticia
El Congreso aprueba la ley de vivienda tras una noche de debate
"""

_LONG_DECK = (
    "Protección Civil habilitó 120 refugios temporales en la costa y pidió a los habitantes de "
    "las zonas bajas seguir las indicaciones de las autoridades, mientras el meteorológico prevé "
    "lluvias intensas, vientos de más de cien kilómetros por hora y marejadas en todo el litoral "
    "del Pacífico sur durante las próximas cuarenta y ocho horas"
)

# A site's slogan, a menu, a "Lo último" list that carries the article's own title, a
# share bar and the date, then the title, a long deck without its full stop, the byline.
LO_ULTIMO = f"""Revista mexicana de información general desde 1952

* Nacional
* Estados
* Mundo

Lo último
Abren albergues en Oaxaca ante la llegada del huracán
Sube el precio de la tortilla en el norte del país
Selección mexicana anuncia su lista para la Copa Oro

Compartir
Tweet
Publicado el 12 de junio de 2023 por Redacción en Estados

Abren albergues en Oaxaca ante la llegada del huracán

{_LONG_DECK}

Por Andrés Villalobos

{_PARAGRAPH_1}

{_PARAGRAPH_2}
"""

# A layout table's row with the section and the date, a kicker in capitals, the title.
TABLE_ROW = f"""|      Deportes          martes, 5 de marzo de 2024      |  |
CRÓNICA DEL BÉISBOL
Los importados brillan en la serie regular
|  |
{_PARAGRAPH_1} {_PARAGRAPH_2}
{_PARAGRAPH_1}
{_PARAGRAPH_2}
"""

# A web address over the title and its copy, an agency, the deck, dates, then the topic
# tags in lower case (one behind an emoji) over the text.
LOWER_CASE_TAGS = f"""https://noticias.example/20240407/asamblea-pierde-mayoria-1149.html
La Asamblea pierde su mayoría oficialista tras la ruptura con el bloque aliado
La Asamblea pierde su mayoría oficialista tras la ruptura con el bloque aliado
Agencia Andina
La salida de doce legisladores dejó al Gobierno sin votos para sus reformas.
2024-04-07T03:40+0000
política
asamblea nacional
📰 crisis en el bloque oficialista de la asamblea
{_PARAGRAPH_1}
{_PARAGRAPH_2}
"""

# A caption whose credit names the photographer and the agency, under the deck.
CAPTION_WITH_AGENCY = f"""Economía

Chile registra su mayor superávit comercial en una década

Las ventas de cobre y litio compensaron la caída de las importaciones

La ministra de Hacienda, en La Moneda (Javier Soto / Agencia Uno)

Comparte en Facebook

Comparte en Twitter

{_PARAGRAPH_1}

{_PARAGRAPH_2}
"""

# Markdown headings (html2text): the h1 is the title, the h2 under it the deck.
MARKDOWN_H2_DECK = f"""[Internacional](https://diario.example/internacional/)

# Bruselas estudia abrir centros de retorno fuera de la Unión

## La Comisión prepara una norma más dura mientras examina el acuerdo entre Roma y Tirana

[Ana Beltrán](https://diario.example/autor/ana-beltran/)

{_PARAGRAPH_1}

{_PARAGRAPH_2}
"""

# A logo as an h1 link broken over two lines, a newsletter call as an h1, the title.
LOGO_H1 = f"""# [![Diario del Valle - Noticias para pensar](img/logo.png)](/
"diariodelvalle")

23 de junio de 2017 | DIRECTOR **Pedro Salas**

#  Suscríbete GRATIS a nuestro boletín diario

#  El alcalde inaugura el nuevo puente sobre el río Cauca

* Por [Redacción](autores.html "Redacción")
* 13 de febrero de 2017, 10:56

{_PARAGRAPH_1}

{_PARAGRAPH_2}
"""

# A topic label under the title (no content word), then the deck, a video, a related
# headline, the byline and dates; the title tag at the very top, menus between.
TOPIC_UNDER_TITLE = f"""Argentina vota un nuevo pacto fiscal con las provincias



Lotería
Horóscopo
Clima
Dólar hoy
Tránsito
Santoral



Argentina vota un nuevo pacto fiscal con las provincias



Crisis en el Congreso



Los gobernadores reclaman una parte mayor de los impuestos coparticipables



Video



El Banco Central vuelve a subir la tasa para frenar la inflación de mayo



Martina Echeverría



Buenos Aires



07/10/2024 06:00



{_PARAGRAPH_1}



{_PARAGRAPH_2}
"""

# A dateline ending with a dash over the first paragraph, menus over the title.
DATELINE_DASH = f"""colprensa
Abonados
Últimas noticias
España
Internacional
Deportes
Cultura
Economía
Sociedad

Colombia firma un acuerdo de paz regional con sus vecinos

Actualizado
13/02/2017 17:48:46

BOGOTÁ, 13 Feb. (COLPRENSA) -

{_PARAGRAPH_1}

{_PARAGRAPH_2}
"""

# Script code a renderer left under the title: never the deck.
CODE_UNDER_TITLE = f"""La Policía reabre la investigación del incendio del mercado central

var dfp_info = {{
v: 'escritorio',
id: '34616581',
secciones: ['Sucesos'],
node: 'EDINWS20170209_0002 portada de escritorio'
}};

{_PARAGRAPH_1}

{_PARAGRAPH_2}
"""

# Title and deck both shaped like titles over the header, the deck the longer one.
_STACKED_DECK = (
    'Los magistrados acusan al ministro del Interior de haber "ignorado la ley a sabiendas", '
    "en su fallo"
)
STACKED_TITLE_AND_DECK = f"""Portada
Opinión
Deportes
Cultura

La Corte frena el decreto de emergencia del Ejecutivo

{_STACKED_DECK}

* Facebook
WhatsApp
Telegram
Copiar enlace

Rosa Villalba
Asunción
15/10/2024 11:21 horas

{_PARAGRAPH_1}

{_PARAGRAPH_2}
"""

# Structured data a renderer left in the text over the menus, then the title and text.
_JSON_LD = (
    '  "@context" : "https://schema.org", "@type" : "NewsArticle", '
    '"datePublished" : "2023-05-02T01:00:53+01:00", '
    '"dateModified" : "2023-05-02T01:00:53+01:00", "author" : "Redacción".'
)
_SCRIPT = (
    'window.cfg={host:"cdn.example",dt:2,list:["/a/","/b/"],ok:true};'
    "window.cfg.load=function(){return 1;};window.cfg.done=[1,2,3];x=1;"
)
STRUCTURED_DATA = f"""Senado de Uruguay aprueba la ley de salud mental por unanimidad

{{
{_JSON_LD}
}}
{_SCRIPT}

Portada
Política
Sociedad
Deportes

Senado de Uruguay aprueba la ley de salud mental por unanimidad

{_PARAGRAPH_1}

{_PARAGRAPH_2}
"""

# A page on single line breaks: the title glued to the wire dateline that opens the text.
_WIRE = (
    "Gobierno dominicano abre un centro de acopio en Santo Domingo Norte Santo Domingo, 2 oct "
    "(Prensa Latina) El Gobierno habilitó este miércoles un centro de acopio para los "
    "damnificados por las lluvias, informó la Presidencia en un comunicado difundido en la "
    "mañana. octubre 2, 2025 | 00:05"
)
GLUED_DATELINE = f"""{_WIRE}
{_PARAGRAPH_1}
{_PARAGRAPH_2}
"""

# An extractor's metadata block, its title the title tag (site's name, no quotes); the
# text under it sets the h1 and the deck as the page does.
_META_DECK = "El nuevo mapa deja a tres regiones del sur sin cobertura durante el verano"
FRONT_MATTER_RETOLD = f"""---
title: "Cierre del hospital: la batalla final por la sanidad rural. Noticias de Chile"
author: Pilar Medina
description: "Salud: Cierre del hospital. Noticias de Chile. {_META_DECK}"
date: "2021-02-09"
---
Cierre del 'hospital': la batalla final por la sanidad rural
{_META_DECK}
{_PARAGRAPH_1}
{_PARAGRAPH_2}
"""

# The deck as the first item of a list under the title (a "sumario"), a second point.
LISTED_DECK = f"""España / Tribunales

Una condena del Supremo al exconsejero complicaría al expresidente

* El alto tribunal fijará el criterio jurídico tras la vista, prevista para el día 19.
* La acusación pide nueve años de inhabilitación para el acusado.

ETIQUETAS

Por Carmen Ortega
09 de febrero de 2017. 17:18h

{_PARAGRAPH_1}

{_PARAGRAPH_2}
"""

# A masthead and its slogan over the title (the slogan shaped like a title).
SLOGAN = f"""El Diario del Norte
Periódico líder de la región desde 1950

Concejo aprueba fondos para reparar las calles del barrio norte

La inversión beneficiará a más de diez mil familias del sector oriente de la ciudad.

{_PARAGRAPH_1}

{_PARAGRAPH_2} {_PARAGRAPH_1}
"""

# A ticker of timed entries over the title.
TICKER = f"""Minuto a minuto
10:32 Sismo de 4,5 grados se siente en Coquimbo
10:15 Dólar abre al alza frente al peso
09:58 Metro reporta retrasos en la Línea 1

Gobierno anuncia un bono de invierno para familias vulnerables

El beneficio llegará a 1,2 millones de hogares y se pagará en dos cuotas.

Por Ana Soto

{_PARAGRAPH_1}

{_PARAGRAPH_2}
"""

# Two deck sentences spaced like the page's paragraphs, the byline under them.
_DECK_ONE = "La reforma suma treinta días pagos al permiso actual."
_DECK_TWO = "Regirá para los nacimientos desde el 1 de enero próximo."
TWO_SPACED_DECK_LINES = f"""Uruguay amplía la licencia parental para padres y madres

{_DECK_ONE}

{_DECK_TWO}

Por Martín Pereyra
12/05/2023

{_PARAGRAPH_1}

{_PARAGRAPH_2}
"""

# A "Lo más leído" widget over the title, its items spaced like the title.
MOST_READ_OVER_TITLE = f"""Lo más leído

Sismo de magnitud 5,1 sacude la zona central del país esta madrugada

Colo-Colo vence a la U y se pone líder del campeonato nacional

Alerta por lluvias intensas en el sur para este fin de semana

Gobierno anuncia un bono de invierno para familias vulnerables

El beneficio llegará a 1,2 millones de hogares y se pagará en dos cuotas.

Por Ana Soto

{_PARAGRAPH_1}

{_PARAGRAPH_2}
"""

# A breadcrumb that ends with the title, over the title.
CRUMB_WITH_TITLE = f"""Inicio / Economía / Perú eleva su meta de crecimiento para el próximo año

Perú eleva su meta de crecimiento para el próximo año

El Ministerio de Economía prevé una expansión de 3,2% impulsada por la minería.

Por Lucía Quispe

{_PARAGRAPH_1}

{_PARAGRAPH_2}
"""

# A page on single line breaks: a menu, two related headlines with no label, then the
# title, its deck, the byline and the date over the text.
HEADLINES_OVER_THE_SIGNED_TITLE = f"""Inicio
Nacional
Internacional
Deportes
Sismo de magnitud 5,1 sacude la zona central del país esta madrugada
Colo-Colo vence a la U y se pone líder del campeonato nacional
Gobierno anuncia un bono de invierno para familias vulnerables
El beneficio llegará a 1,2 millones de hogares y se pagará en dos cuotas.
Por Ana Soto
12 de mayo de 2023
{_PARAGRAPH_1}
{_PARAGRAPH_2}
"""

# The deck repeated by the page (its description, in a share widget), a kicker between
# it and the title, a related headline and the byline under it, menus over it all.
REPEATED_DECK = f"""Portada
Internacional
Economía
Deportes
Cultura

Un Chile dividido acelera la reforma



Crisis política



El Senado despacha la reforma de pensiones con 27 votos a favor y once en contra



Video



La oposición anuncia que recurrirá al Tribunal Constitucional por el nuevo fondo



Paula Riquelme

07/10/2024 06:00

{_PARAGRAPH_1}

{_PARAGRAPH_2}

Comparte
El Senado despacha la reforma de pensiones con 27 votos a favor y once en contra
"""

PAGES = [
    (
        "title-repeated-over-caption-and-related-item",
        REPEATED_OVER_CAPTION,
        "El Congreso aprueba la ley de vivienda tras una noche de debate",
        "La norma limitará los alquileres en las zonas tensionadas durante cinco años",
    ),
    (
        "title-in-lo-ultimo-over-a-long-deck",
        LO_ULTIMO,
        "Abren albergues en Oaxaca ante la llegada del huracán",
        _LONG_DECK,
    ),
    (
        "table-row-and-kicker-over-the-title",
        TABLE_ROW,
        "Los importados brillan en la serie regular",
        None,
    ),
    (
        "lower-case-tags-are-no-title",
        LOWER_CASE_TAGS,
        "La Asamblea pierde su mayoría oficialista tras la ruptura con el bloque aliado",
        "La salida de doce legisladores dejó al Gobierno sin votos para sus reformas.",
    ),
    (
        "caption-with-photographer-and-agency",
        CAPTION_WITH_AGENCY,
        "Chile registra su mayor superávit comercial en una década",
        "Las ventas de cobre y litio compensaron la caída de las importaciones",
    ),
    (
        "markdown-h2-under-h1-is-the-deck",
        MARKDOWN_H2_DECK,
        "Bruselas estudia abrir centros de retorno fuera de la Unión",
        "La Comisión prepara una norma más dura mientras examina el acuerdo entre Roma y Tirana",
    ),
    (
        "logo-h1-is-no-title",
        LOGO_H1,
        "El alcalde inaugura el nuevo puente sobre el río Cauca",
        None,
    ),
    (
        "topic-label-under-the-title",
        TOPIC_UNDER_TITLE,
        "Argentina vota un nuevo pacto fiscal con las provincias",
        "Los gobernadores reclaman una parte mayor de los impuestos coparticipables",
    ),
    (
        "dateline-with-a-dash-is-no-title",
        DATELINE_DASH,
        "Colombia firma un acuerdo de paz regional con sus vecinos",
        None,
    ),
    (
        "title-and-deck-stacked-over-the-header",
        STACKED_TITLE_AND_DECK,
        "La Corte frena el decreto de emergencia del Ejecutivo",
        _STACKED_DECK,
    ),
    (
        "structured-data-is-no-paragraph",
        STRUCTURED_DATA,
        "Senado de Uruguay aprueba la ley de salud mental por unanimidad",
        None,
    ),
    (
        "title-glued-to-a-wire-dateline",
        GLUED_DATELINE,
        "Gobierno dominicano abre un centro de acopio en Santo Domingo Norte",
        None,
    ),
    (
        "front-matter-title-retold-by-the-text",
        FRONT_MATTER_RETOLD,
        "Cierre del 'hospital': la batalla final por la sanidad rural",
        _META_DECK,
    ),
    (
        "deck-as-the-first-item-of-a-list",
        LISTED_DECK,
        "Una condena del Supremo al exconsejero complicaría al expresidente",
        "El alto tribunal fijará el criterio jurídico tras la vista, prevista para el día 19.",
    ),
    (
        "a-slogan-under-the-masthead-is-no-title",
        SLOGAN,
        "Concejo aprueba fondos para reparar las calles del barrio norte",
        "La inversión beneficiará a más de diez mil familias del sector oriente de la ciudad.",
    ),
    (
        "a-ticker-entry-is-no-title",
        TICKER,
        "Gobierno anuncia un bono de invierno para familias vulnerables",
        "El beneficio llegará a 1,2 millones de hogares y se pagará en dos cuotas.",
    ),
    (
        "two-deck-lines-spaced-over-the-byline",
        TWO_SPACED_DECK_LINES,
        "Uruguay amplía la licencia parental para padres y madres",
        f"{_DECK_ONE} {_DECK_TWO}",
    ),
    (
        "a-most-read-widget-over-the-title",
        MOST_READ_OVER_TITLE,
        "Gobierno anuncia un bono de invierno para familias vulnerables",
        "El beneficio llegará a 1,2 millones de hogares y se pagará en dos cuotas.",
    ),
    (
        "a-breadcrumb-ending-with-the-title",
        CRUMB_WITH_TITLE,
        "Perú eleva su meta de crecimiento para el próximo año",
        "El Ministerio de Economía prevé una expansión de 3,2% impulsada por la minería.",
    ),
    (
        "a-deck-the-page-repeats-under-its-title",
        REPEATED_DECK,
        "Un Chile dividido acelera la reforma",
        "El Senado despacha la reforma de pensiones con 27 votos a favor y once en contra",
    ),
    (
        "script-code-is-no-deck",
        CODE_UNDER_TITLE,
        "La Policía reabre la investigación del incendio del mercado central",
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "headline", "deck"), [p[1:] for p in PAGES], ids=[p[0] for p in PAGES]
)
def test_headline_and_deck(text: str, headline: str, deck: str | None) -> None:
    layout = parse_layout(text)
    found = (
        None if layout.headline is None else layout.headline.text,
        None if layout.deck is None else layout.deck.text,
    )
    assert (headline, deck) == found
    assert _PARAGRAPH_1 in [s.text for s in layout.body]


# ---------------------------------------------------------------- the kicker

_TITLE = "Los importados brillan en la serie regular del béisbol invernal"
_BODY = f"\n\n{_PARAGRAPH_1}\n\n{_PARAGRAPH_2}\n"

KICKERS = [
    ("section-label", f"Deportes\n\n{_TITLE}{_BODY}", "Deportes"),
    ("capitals", f"CRÓNICA DEL BÉISBOL\n{_TITLE}{_BODY}", "CRÓNICA DEL BÉISBOL"),
    (
        "place-and-topic",
        f"Menú\n\nEn Caracas, Venezuela\n\n{_TITLE}{_BODY}",
        "En Caracas, Venezuela",
    ),
    ("markdown-heading", f"## Béisbol invernal\n\n# {_TITLE}{_BODY}", "Béisbol invernal"),
    ("none-at-the-top", f"{_TITLE}{_BODY}", None),
    ("menu-entry-is-no-kicker", f"Portada\nPolítica\nDeportes\n{_TITLE}{_BODY}", None),
    ("masthead-is-no-kicker", f"Diario El Sur\n\n{_TITLE}{_BODY}", None),
    ("glued-links-are-no-kicker", f"TemasBéisbolCaribe\n\n{_TITLE}{_BODY}", None),
    ("a-player-is-no-kicker", f"EP 17 • 10:21\n\n{_TITLE}{_BODY}", None),
    ("a-sentence-is-no-kicker", f"Lee la columna.\n\n{_TITLE}{_BODY}", None),
]


@pytest.mark.parametrize(("text", "kicker"), [k[1:] for k in KICKERS], ids=[k[0] for k in KICKERS])
def test_kicker(text: str, kicker: str | None) -> None:
    layout = parse_layout(text)
    assert layout.headline is not None
    assert (_TITLE, kicker) == (
        layout.headline.text,
        None if layout.kicker is None else layout.kicker.text,
    )
    if layout.kicker is not None:  # furniture reported in its own field, as a byline is
        assert any(layout.kicker.text in s.text for s in layout.boilerplate)
        assert layout.kicker.text == text[layout.kicker.start : layout.kicker.end]


def test_kicker_in_the_json_form() -> None:
    article = noticiaparse.parse(f"Deportes\n\n{_TITLE}{_BODY}")
    d = article.to_dict()
    assert {"text": "Deportes", "start": 0, "end": 8} == d["kicker"]
    assert article == noticiaparse.Article.from_dict(d)
    del d["kicker"]  # a form written before the field: read as null
    assert noticiaparse.Article.from_dict(d).kicker is None


SIGNED_UNDER_HEADLINES = [
    pytest.param(
        HEADLINES_OVER_THE_SIGNED_TITLE,
        "Gobierno anuncia un bono de invierno para familias vulnerables",
        id="unlabelled-headlines-over-the-title-on-single-line-breaks",
    ),
]


@pytest.mark.parametrize(("text", "headline"), SIGNED_UNDER_HEADLINES)
def test_signed_title_under_unlabelled_headlines(text: str, headline: str) -> None:
    # the last of a run of headlines is the title when its deck and byline stand under it
    layout = parse_layout(text)
    assert headline == (None if layout.headline is None else layout.headline.text)
