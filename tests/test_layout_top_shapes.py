"""The top of a page as real scrapes give it: headline, deck, byline, credit and date.

Each page is written for these tests (never copied from a real one), in the shapes that
pages from several countries take once a scraper has turned them into text: menus shown
twice (the header's and the mobile one), tag lists, photo captions, split publication
lines, agency credits.
"""

from __future__ import annotations

import datetime as dt

import pytest

import noticiaparse

_P1 = (
    "El Ministerio de Hacienda informó este martes que la recaudación tributaria creció un 8% "
    "en el primer trimestre del año, impulsada por el alza del consumo interno y la mejora en "
    "la fiscalización."
)
_P2 = (
    "Según el reporte oficial, los ingresos por el impuesto al valor agregado explicaron más de "
    "la mitad del aumento, mientras que la renta de las empresas se mantuvo estable frente al "
    "mismo periodo del año anterior."
)
_BODY = f"{_P1}\n\n{_P2}\n"
_TITLE = "La recaudación tributaria crece 8% en el primer trimestre"
_DECK = "El alza del consumo y una mejor fiscalización explican el resultado."
_MENU = """Inicio
Política
Economía
Mundo
Deportes
Cultura
Opinión
Tecnología
Salud
Ciencia
Espectáculos
Videos
Podcasts
Regiones
Policiales"""

_LONG_MENU = "\n".join(f"{section}{n}" for n in ("", " Regional") for section in _MENU.split("\n"))
_QUESTION = "¿Qué pasará con las pensiones tras la reforma del Senado?"

_CAPTIONS = (
    "El ministro durante su discurso en el Congreso. (Getty Images)",
    "El ministro durante su discurso en el Congreso. Archivo El Heraldo",
    "Imagen de archivo del ministro durante su discurso en el Congreso.",
    "El ministro durante su discurso en el Congreso. Foto: Presidencia",
)

# (id, text, reference date, expected fields)
PAGES = [
    (
        "a-list-label-between-a-one-sentence-lead-and-the-text",
        (
            "Publicidad\n\nTendencias\n\nLos productores de leche piden un precio mínimo\n\n"
            "Por Julián Ortega y Rosa Vidal\n\n14/09/2021 08:15 hrs.\n\nWhatsApp\n\n"
            "Compartir\n\nFacebook\n\nTwitter\n\n"
            "La mesa de negociación se reanuda el lunes.\n\nTe puede interesar\n\n"
            "El Gobierno anuncia un bono para las pymes del sur\n\n"
            "Los gremios entregaron una propuesta al ministerio. El precio del litro cayó "
            "un 12% en el último año y varias plantas redujeron su producción.\n\nCompartir\n"
        ),
        None,
        {
            "headline": "Los productores de leche piden un precio mínimo",
            "deck": None,
            "authors": ["Julián Ortega", "Rosa Vidal"],
            "published": "2021-09-14",
        },
    ),
    (
        "menu-shown-three-times-over-the-title",
        (
            f"{_MENU}\n{_MENU}\n\n{_MENU}\n\nECONOMÍA\n\n{_TITLE}\n\n{_DECK}\n\n"
            f"Por Carolina Méndez\n\n12 de abril de 2022 - 10:31\n\n{_BODY}"
        ),
        None,
        {
            "headline": _TITLE,
            "deck": _DECK,
            "authors": ["Carolina Méndez"],
            "published": "2022-04-12",
        },
    ),
    (
        "tag-list-under-a-menu-shown-twice",
        (
            f"{_MENU}\n\n{_MENU}\n\nTemas\nHacienda\nImpuestos\nInflación\n\n{_TITLE}\n\n{_DECK}\n\n"
            f"Por Ana Lucía Paredes | 4 de mayo de 2022\n\n{_BODY}"
        ),
        None,
        {
            "headline": _TITLE,
            "deck": _DECK,
            "authors": ["Ana Lucía Paredes"],
            "published": "2022-05-04",
        },
    ),
    (
        "a-description-cut-from-the-first-paragraph-is-no-deck",
        (
            f"---\ntitle: {_TITLE}\nauthor: Mariela Quispe\nhostname: diario.example\n"
            f"description: {_P1[:90]}...\ndate: 2022-05-04\n---\n{_P1}\n{_P2}\n"
        ),
        None,
        {
            "headline": _TITLE,
            "deck": None,
            "authors": ["Mariela Quispe"],
            "published": "2022-05-04",
        },
    ),
    (
        "a-description-of-its-own-is-the-deck",
        f"---\ntitle: {_TITLE}\ndescription: {_DECK}\ndate: 2022-05-04\n---\n{_P1}\n{_P2}\n",
        None,
        {"headline": _TITLE, "deck": _DECK, "published": "2022-05-04"},
    ),
    (
        "a-title-linked-to-its-own-page-over-the-date",
        (
            "# [Diario del Valle](/)\n\n* [Inicio](/)\n* [Política](/politica)\n"
            "* [Economía](/economia)\n"
            f"\n## [{_TITLE}](/economia/la-recaudacion-tributaria-crece-8-1234)\n\n"
            f"Miércoles, Mayo 4, 2022 - 10:31\n\n{_BODY}"
        ),
        None,
        {"headline": _TITLE, "deck": None, "published": "2022-05-04"},
    ),
    (
        "a-header-row-in-columns-over-a-kicker-in-capitals",
        (
            "|        Economía              jueves, 9 de junio de 2022           |  |\n"
            f"CUENTAS PÚBLICAS\n{_TITLE}\n|  |\n{_P1}\n{_P2}\n"
        ),
        None,
        {"headline": _TITLE, "authors": [], "published": "2022-06-09"},
    ),
    (
        "a-summary-the-lead-retells-on-single-line-breaks",
        (
            "Sucesos\nDetienen a dos hombres por el robo de ganado en una estancia de Caaguazú\n\n"
            "Dos hombres fueron detenidos por el robo de veinte cabezas de ganado en una estancia "
            "de Caaguazú, tras una persecución policial.\n"
            "La Policía detuvo en la madrugada de este sábado a dos hombres acusados del robo de "
            "veinte cabezas de ganado en una estancia de Caaguazú, luego de una persecución que "
            "se extendió por varios kilómetros.\n"
            "Los animales fueron devueltos a su dueño, que había denunciado el hecho el viernes.\n"
        ),
        None,
        {
            "deck": (
                "Dos hombres fueron detenidos por el robo de veinte cabezas de ganado en una "
                "estancia de Caaguazú, tras una persecución policial."
            )
        },
    ),
    (
        "a-summary-the-lead-retells-spaced-like-the-body",
        (
            "Inflación de octubre fue la más baja del año\n\n"
            "El índice de precios al consumidor subió 0,2% en octubre, la menor variación "
            "mensual del año, informó el instituto de estadística.\n\n"
            "El instituto de estadística informó este martes que el índice de precios al "
            "consumidor registró en octubre una variación mensual de 0,2%, la menor del año, "
            "con bajas en alimentos y transporte.\n\n"
            "En lo que va del año, la inflación acumulada llega a 5,1%.\n"
        ),
        None,
        {
            "deck": (
                "El índice de precios al consumidor subió 0,2% en octubre, la menor variación "
                "mensual del año, informó el instituto de estadística."
            )
        },
    ),
    (
        "a-lead-the-next-paragraph-goes-on-from-is-no-deck",
        (
            "Nacionales\nIncendio consume una bodega en el sector industrial de Barranquilla\n\n"
            "Un incendio de grandes proporciones consumió en la noche del domingo una bodega de "
            "reciclaje en el sector industrial de la vía 40 de Barranquilla.\n"
            "Según el comandante de Bomberos, doce máquinas y cuarenta unidades trabajaron durante "
            "cinco horas para controlar las llamas, que no dejaron personas heridas.\n"
            "Las autoridades investigan las causas del siniestro.\n"
        ),
        None,
        {"deck": None},
    ),
    (
        "a-caption-over-its-agency-under-the-byline-is-no-deck",
        (
            f"{_TITLE}\n\nPor Ana Lucía Paredes\n4 de mayo de 2022\n\n"
            "El ministro de Hacienda, durante la conferencia de prensa de este martes\n"
            f"EFE\n\n{_BODY}"
        ),
        None,
        {"headline": _TITLE, "deck": None, "authors": ["Ana Lucía Paredes"]},
    ),
    (
        "single-breaks-site-slogan-date-and-menu-over-the-title",
        (
            "Diario La Nación\nEl diario de todos los guatemaltecos\n"
            "lunes, 5 de diciembre de 2022\n"
            "Inicio\nNacionales\nDepartamentales\nInternacionales\nDeportes\nEconomía\n"
            f"{_TITLE}\nPor Redacción\n5 diciembre, 2022\n{_P1}\n{_P2}\n"
        ),
        None,
        {"headline": _TITLE, "deck": None, "authors": [], "published": "2022-12-05"},
    ),
    (
        "single-breaks-caption-and-credit-over-the-title",
        (
            "Foto: Archivo / La Prensa\nEl ministro de Trabajo durante una conferencia de prensa.\n"
            f"{_TITLE}\n{_DECK}\nPor Ana Soto\n5 de diciembre de 2022\n{_P1}\n{_P2}\n"
        ),
        None,
        {"headline": _TITLE, "deck": _DECK, "authors": ["Ana Soto"], "published": "2022-12-05"},
    ),
    (
        "a-blog-date-line-that-names-its-author",
        (
            f"{_TITLE} - Noticias del Altiplano\nSkip to content\nInicio\nPolítica\nEconomía\n"
            f"{_TITLE}\nPublicado el 5 diciembre, 2022 por Luis Alberto Rocha en Economía\n"
            f"{_P1}\n{_P2}\n"
        ),
        None,
        {"headline": _TITLE, "authors": ["Luis Alberto Rocha"], "published": "2022-12-05"},
    ),
    (
        "a-byline-with-the-name-in-bold",
        f"# {_TITLE}\n\n## {_DECK}\n\nPor **Ignacio Vera**\n\n{_BODY}",
        None,
        {"headline": _TITLE, "deck": _DECK, "authors": ["Ignacio Vera"]},
    ),
    (
        "a-question-under-a-long-menu-is-the-title",
        f"{_LONG_MENU}\n{_QUESTION}\n{_DECK}\nPor Ana Soto\n4 de mayo de 2022\n{_P1}\n{_P2}\n",
        None,
        {"headline": _QUESTION, "deck": _DECK, "authors": ["Ana Soto"]},
    ),
    (
        "an-exclamation-under-a-long-menu-is-the-title",
        (
            f"{_LONG_MENU}\n¡Alerta en Florida! Inmigrantes temen nuevas redadas\n"
            f"Por Ana Soto\n4 de mayo de 2022\n{_P1}\n{_P2}\n"
        ),
        None,
        {"headline": "¡Alerta en Florida! Inmigrantes temen nuevas redadas"},
    ),
    (
        "one-sentence-paragraphs-under-a-long-menu",
        (
            f"{_LONG_MENU}\nColo-Colo vence a la U y se pone líder del campeonato\n"
            "Por Ana Soto\n4 de mayo de 2022\n"
            "El cuadro albo ganó por 2 a 0 en el estadio Monumental ante 40 mil hinchas.\n"
            "Los goles fueron obra de Pavez y Bolados, ambos en el segundo tiempo.\n"
            "Con este resultado, el equipo suma 32 puntos y supera por uno a Palestino.\n"
        ),
        None,
        {
            "headline": "Colo-Colo vence a la U y se pone líder del campeonato",
            "authors": ["Ana Soto"],
            "published": "2022-05-04",
        },
    ),
    *(
        (
            f"a-caption-{where}-is-no-headline-or-deck-{n}",
            text.format(caption=caption),
            None,
            {"headline": _TITLE, "deck": _DECK, "authors": ["Ana Soto"]},
        )
        for n, caption in enumerate(_CAPTIONS)
        for where, text in (
            ("under-the-title", f"{_TITLE}\n\n{{caption}}\n\n{_DECK}\n\nPor Ana Soto\n\n{_BODY}"),
            ("over-the-title", f"{{caption}}\n\n{_TITLE}\n\n{_DECK}\n\nPor Ana Soto\n\n{_BODY}"),
        )
    ),
    (
        "a-caption-and-its-photographer-under-the-deck",
        (
            f"{_TITLE}\n\n{_DECK}\n\nEl ministro de Hacienda, durante la conferencia.\n"
            f"Juan Pérez\n\n4 de mayo de 2022\n\n{_BODY}"
        ),
        None,
        {"headline": _TITLE, "deck": _DECK},
    ),
    (
        "a-title-tag-shorter-than-the-h1",
        (
            "La recaudación tributaria crece 8% | Diario Austral\n\nInicio\nPolítica\n"
            f"Economía\n\n{_TITLE}\n\n{_DECK}\n\nPor Ana Soto\n\n{_BODY}"
        ),
        None,
        {"headline": _TITLE, "deck": _DECK, "authors": ["Ana Soto"]},
    ),
    (
        "the-h1-and-its-deck-over-a-video-titled-the-same",
        (
            f"Portada\nEconomía\nSUSCRÍBETE\n\n{_TITLE}\n\nCuentas públicas\n\n"
            "Hacienda prevé cerrar el año con un superávit por primera vez en una década\n\n"
            f"Video\n\n{_TITLE}\n\nAna Soto\n\nBogotá\n\n4 de mayo de 2022\n\n{_BODY}"
        ),
        None,
        {
            "headline": _TITLE,
            "deck": "Hacienda prevé cerrar el año con un superávit por primera vez en una década",
            "authors": ["Ana Soto"],
        },
    ),
    (
        "a-question-title-over-a-long-deck-without-its-stop",
        (
            f"Política\n{_QUESTION}\n"
            "Ningún gobierno ha reunido tantos votos en el Senado desde el regreso a la "
            "democracia, y la oposición confía en que el tribunal frene la reforma antes de marzo\n"
            f"Por Ana Soto\n{_P1}\n{_P2}\n"
        ),
        None,
        {"headline": _QUESTION, "authors": ["Ana Soto"]},
    ),
    (
        "a-metadata-title-with-the-site-after-a-bar",
        f"---\ntitle: {_TITLE} | El Diario del Sur\ndate: 2022-05-04\n---\n{_P1}\n{_P2}\n",
        None,
        {"headline": _TITLE, "published": "2022-05-04"},
    ),
    (
        "a-byline-glued-to-its-counters-is-no-deck",
        f"{_TITLE}\nPor Redacción El Litoral 3 -   14 Marzo, 2019 0 12\n\n{_BODY}",
        None,
        {"headline": _TITLE, "deck": None, "authors": []},
    ),
    (
        "a-deck-opened-by-por-is-still-a-deck",
        (
            f"{_TITLE}\n\nPor primera vez en 2022 el fisco recauda más que lo previsto.\n\n"
            f"Por Ana Soto\n\n{_BODY}"
        ),
        None,
        {
            "headline": _TITLE,
            "deck": "Por primera vez en 2022 el fisco recauda más que lo previsto.",
            "authors": ["Ana Soto"],
        },
    ),
    (
        "the-site-as-h1-and-the-title-as-h2",
        (
            f"# Diario del Valle\n\n* Inicio\n* Política\n\n## {_TITLE}\n\n{_DECK}\n\n"
            f"Por Ana Soto\n\n{_BODY}"
        ),
        None,
        {"headline": _TITLE, "deck": _DECK, "authors": ["Ana Soto"]},
    ),
    (
        "the-title-as-h3-under-a-breadcrumb",
        f"[Inicio](/) > [Economía](/economia)\n\n### {_TITLE}\n\n{_BODY}",
        None,
        {"headline": _TITLE},
    ),
    (
        "tags-under-their-label-between-the-header-and-the-text",
        (
            f"{_LONG_MENU}\nEconomía - Impuestos\n{_TITLE}\nPor Ana Soto\n"
            "LIMA | 04/05/2022 - 09:53\n"
            "* La recaudación por el impuesto a la renta se mantuvo estable este año\n"
            "* El Gobierno prevé nuevas medidas de fiscalización para el segundo semestre.\n"
            "Etiquetas\n"
            "Ministerio de Economía Impuesto a la Renta Sunat Recaudación Fiscal Perú Congreso\n"
            f"{_P1}\n{_P2}\n"
        ),
        None,
        {
            "headline": _TITLE,
            "deck": "La recaudación por el impuesto a la renta se mantuvo estable este año",
            "authors": ["Ana Soto"],
            "published": "2022-05-04",
        },
    ),
    (
        "the-h1-and-its-deck-over-a-video-titled-the-same-under-a-long-menu",
        (
            f"{_LONG_MENU}\n\n{_TITLE}\n\nCuentas públicas\n\n"
            "Hacienda prevé cerrar el año con un superávit por primera vez en una década\n\n"
            f"Video\n\n{_TITLE}\n\nAna Soto\n\nBogotá\n\n4 de mayo de 2022\n\n{_BODY}"
        ),
        None,
        {
            "headline": _TITLE,
            "deck": "Hacienda prevé cerrar el año con un superávit por primera vez en una década",
        },
    ),
    (
        "a-menu-and-no-text-at-all",
        f"{_LONG_MENU}\nContacto\nAviso legal\n",
        None,
        {"deck": None, "authors": []},
    ),
    (
        "a-breadcrumb-broken-over-lines-ending-with-the-title",
        (
            f"{_TITLE} - El Diario de Hoy\n\n\n{_LONG_MENU}\n\n\nInicio\n>\nEconomía\n>\n"
            f"{_TITLE}\n\n\n{_TITLE}\n\n{_DECK}\n\nPor\nAna Soto\n\n\n"
            f"4 de mayo de 2022 - 10:31\n\n\n{_P1}\n{_P2}\n\nCompartir\n{_TITLE}\n"
        ),
        None,
        {"headline": _TITLE, "deck": _DECK, "authors": ["Ana Soto"], "published": "2022-05-04"},
    ),
    (
        "the-title-also-in-a-lo-ultimo-list-over-it",
        (
            f"{_TITLE} | Noticias\n{_LONG_MENU}\nLo último\n{_TITLE}\nDólar cierra a la baja\n"
            "Selección sub-20 clasifica al mundial\nDetienen a dos por robo de cables\n\n"
            f"{_TITLE}\n\n{_DECK}\n\nAna Soto\n\n04/05/2022\n\n{_P1}\n\n{_P2}\n"
        ),
        None,
        {"headline": _TITLE, "deck": _DECK, "authors": ["Ana Soto"], "published": "2022-05-04"},
    ),
    (
        "a-title-tag-over-a-menu-and-a-headline-with-no-header",
        (
            f"{_TITLE} | Diario Austral\nInicio\nPolítica\nEconomía\nDeportes\nCultura\n"
            f"Selección sub-20 clasifica al mundial de Chile\n{_P1}\n{_P2}\n"
        ),
        None,
        {"headline": _TITLE},
    ),
    (
        "a-byline-date-and-reading-time-on-one-line",
        f"{_TITLE}\n\nAna Soto • 4 de mayo de 2022 • 3 min de lectura\n\n{_BODY}",
        None,
        {"headline": _TITLE, "authors": ["Ana Soto"], "published": "2022-05-04"},
    ),
]


# A widget's linked heading over a teaser of paragraph size, above the article: the
# title stands over the next paragraph.
_WIDGET_OVER_LINKED_TITLE = (
    "## Recomendado\n\n05/05/2022 - 17:03\n\n"
    "## [Vecinos del centro piden más iluminación en la plaza](/ciudad/vecinos-piden-luz-77)\n\n"
    "Los comerciantes del sector reunieron más de dos mil firmas para exigir al municipio que "
    "reponga las luminarias dañadas durante el invierno pasado.\n\n"
    "* [Leer más](/ciudad/vecinos-piden-luz-77)\n\n"
    f"## [{_TITLE}](/economia/la-recaudacion-tributaria-crece-8-1234)\n\n"
    f"Miércoles, Mayo 4, 2022 - 10:31\n\n{_BODY}"
)


def _fields(text: str, reference: dt.date | None) -> dict[str, object]:
    article = noticiaparse.parse(text, reference_date=reference)
    return {
        "headline": None if article.headline is None else article.headline.text,
        "deck": None if article.deck is None else article.deck.text,
        "authors": list(article.authors),
        "published": None if article.published is None else str(article.published.value)[:10],
        "credit": article.credit,
    }


PAGES.append(
    (
        "a-widget-teaser-of-paragraph-size-over-a-linked-title",
        _WIDGET_OVER_LINKED_TITLE,
        None,
        {"headline": _TITLE, "published": "2022-05-04"},
    )
)


# A deck-less wire story whose second paragraph names the source and the place again.
_WIRE_LEAD = (
    "Un sismo de magnitud 6,1 sacudió este martes la región de Arequipa, en el sur de Perú, "
    "sin que hasta el momento se reporten víctimas, informó el Instituto Geofísico."
)
_WIRE_STORY = (
    f"Sismo de magnitud 6,1 sacude el sur de Perú\n\n{_WIRE_LEAD}\n\n"
    "El Instituto Geofísico del Perú precisó que el epicentro del sismo se ubicó a 30 "
    "kilómetros de la ciudad de Arequipa, a una profundidad de 40 kilómetros.\n\n"
    "El movimiento se sintió también en Moquegua y Tacna, según las autoridades locales.\n"
)

# The lead tells the title's news again (three fifths of its content words): no deck, though
# the next paragraph names the source and the place again.
PAGES.append(("a-wire-lead-its-next-paragraph-partly-retells", _WIRE_STORY, None, {"deck": None}))


@pytest.mark.parametrize(
    ("text", "reference", "expected"), [p[1:] for p in PAGES], ids=[p[0] for p in PAGES]
)
def test_page_top(text: str, reference: dt.date | None, expected: dict[str, object]) -> None:
    found = _fields(text, reference)
    assert expected == {name: found[name] for name in expected}
