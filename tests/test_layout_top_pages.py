"""Headline and deck on whole pages in shapes the other tests do not give.

Every page is written for these tests (never copied from a real one), in the ways
papers from several countries set their top once a scraper has turned it into text:
a site's slogan, a tag bar, a breadcrumb one crumb a line, a "Lo más visto" list, a
subscription promo and a date over the title; a deck over a dateline, over the byline,
over the lead photo's caption; and pages with no deck at all, whose first paragraph
stands right under the title or the byline.
"""

from __future__ import annotations

import pytest

import noticiaparse

_LEAD = (
    "El Banco Central anunció este jueves un recorte de medio punto en su tasa de "
    "referencia, la tercera rebaja consecutiva del año, ante la desaceleración de la "
    "inflación y el enfriamiento de la actividad económica."
)
_MORE = (
    "Según el comunicado de la entidad, el consejo votó por unanimidad y dejó abierta la "
    "puerta a nuevos ajustes en los próximos meses si los precios siguen a la baja, aunque "
    "advirtió sobre la volatilidad del tipo de cambio."
)
_LAST = "Los analistas del mercado esperaban una rebaja de esa magnitud."
_BODY = f"{_LEAD}\n\n{_MORE}\n\n{_LAST}\n"
_TITLE = "El Banco Central recorta la tasa de interés por tercera vez en el año"
_DECK = "La entidad citó la baja de la inflación y dejó abierta la puerta a nuevos ajustes"
_DECK_CLOSED = "La entidad citó la baja de la inflación y dejó abierta la puerta a nuevos ajustes."

_LONG_DECK = (
    "La entidad citó la baja de la inflación y el enfriamiento de la actividad, y dejó "
    "abierta la puerta a nuevos ajustes en los próximos meses si los precios siguen a la baja."
)

_RELATED = (
    "Detienen a dos sospechosos por el robo de un camión de valores\n"
    "La selección femenina clasifica a la final del torneo regional\n"
    "Lluvias intensas dejan sin luz a tres barrios del norte de la ciudad"
)

# (id, page, expected fields)
PAGES = [
    (
        "ar-slogan-menu-kicker-title-open-deck-byline",
        (
            "El Vigía\n\nEl diario de los vecinos de la costa desde 1921\n\n"
            "Política\nEconomía\nDeportes\nSociedad\n\n"
            "Finanzas\n\n"
            f"{_TITLE}\n\n{_DECK}\n\nPor Julián Ferreyra\n\n"
            f"5 de diciembre de 2024 - 18:40\n\n{_BODY}"
        ),
        {"headline": _TITLE, "deck": _DECK},
    ),
    (
        "mx-deck-over-a-wire-dateline",
        (f"{_TITLE}\n\n{_DECK_CLOSED}\n\nCiudad de México, 5 dic (EFE).- {_LEAD}\n\n{_MORE}\n"),
        {"headline": _TITLE, "deck": _DECK_CLOSED},
    ),
    (
        "co-glued-tag-bar-over-the-title-no-deck",
        (
            "TemasBanco CentralInflaciónTasas de interésEconomía\n\n"
            f"{_TITLE}\n\nRedacción Economía\n\n5 de diciembre de 2024\n\n{_BODY}"
        ),
        {"headline": _TITLE, "deck": None},
    ),
    (
        "es-breadcrumb-one-crumb-a-line-then-deck-and-place-date",
        (
            "Portada\n>\nEconomía\n>\nFinanzas\n\n"
            f"{_TITLE}\n\n{_DECK_CLOSED}\n\nMADRID | 05/12/2024 - 10:15\n\n{_BODY}"
        ),
        {"headline": _TITLE, "deck": _DECK_CLOSED},
    ),
    (
        "pe-most-read-list-over-the-title-no-deck",
        (
            f"Lo más visto\n{_RELATED}\n\n"
            f"{_TITLE}\n\nRedacción RPP\n\nActualizado el 05/12/2024, 11:20 a. m.\n\n{_BODY}"
        ),
        {"headline": _TITLE, "deck": None},
    ),
    (
        "cl-subscription-promo-and-date-over-the-title",
        (
            "Suscríbete por $990 al mes y accede sin límites a todo el contenido\n\n"
            "Jueves 5 de diciembre de 2024\n\n"
            f"{_TITLE}\n\n{_DECK_CLOSED}\n\nPor Camila Rojas\n\n{_BODY}"
        ),
        {"headline": _TITLE, "deck": _DECK_CLOSED},
    ),
    (
        "us-english-date-over-the-title-byline-then-lead",
        (f"December 05, 2024 10:31 AM\n\n{_TITLE}\n\nPor María López\n\n{_BODY}"),
        {"headline": _TITLE, "deck": None},
    ),
    (
        "gt-capital-kicker-deck-then-publication-line",
        (f"NACIONALES\n\n{_TITLE}\n\n{_DECK}\n\nPublicado el 5 de diciembre de 2024\n\n{_BODY}"),
        {"headline": _TITLE, "deck": _DECK},
    ),
    (
        "ve-no-deck-the-lead-right-under-the-title",
        f"{_TITLE}\n\n{_BODY}",
        {"headline": _TITLE, "deck": None},
    ),
    (
        "uy-no-deck-lead-with-dateline-under-the-byline",
        (f"{_TITLE}\n\nPor Martín Suárez\n\nMONTEVIDEO.- {_LEAD}\n\n{_MORE}\n"),
        {"headline": _TITLE, "deck": None},
    ),
    (
        "bo-deck-over-the-lead-photo-caption-and-credit",
        (
            f"{_TITLE}\n\n{_DECK_CLOSED}\n\n"
            "El presidente de la entidad durante la conferencia de prensa.\nFoto: Archivo\n\n"
            f"{_BODY}"
        ),
        {"headline": _TITLE, "deck": _DECK_CLOSED},
    ),
    (
        "ec-related-headlines-over-the-title-its-title-tag-below",
        (
            f"Te puede interesar\n{_RELATED}\n\n"
            f"{_TITLE}\n\n{_DECK_CLOSED}\n\n05/12/2024\n\n{_BODY}\n"
            f"{_TITLE} | El Observador del Sur\n"
        ),
        {"headline": _TITLE, "deck": _DECK_CLOSED},
    ),
    (
        "hn-title-over-byline-date-block-short-lead",
        (f"{_TITLE}\n\nPor Redacción\n\n05 Dic 2024 / 07:50 AM\n\n{_LAST}\n\n{_LEAD}\n\n{_MORE}\n"),
        {"headline": _TITLE, "deck": None},
    ),
    (
        "pa-long-slogan-over-the-title",
        (
            "Periódico líder del istmo al servicio de la verdad desde 1950\n\n"
            f"{_TITLE}\n\n{_DECK_CLOSED}\n\nPor Itzel Batista\n\n{_BODY}"
        ),
        {"headline": _TITLE, "deck": _DECK_CLOSED},
    ),
    (
        "do-app-promo-and-tag-row-over-the-title",
        (
            "Descarga nuestra app y recibe las noticias al instante\n\n"
            "Temas: Banco Central · Inflación · Economía\n\n"
            f"{_TITLE}\n\nRedacción Economía\n\n05/12/2024 08:00\n\n{_BODY}"
        ),
        {"headline": _TITLE, "deck": None},
    ),
    (
        "sv-slash-breadcrumb-and-section-over-title-and-deck",
        (
            "Inicio / Noticias / Economía\n\nEconomía\n\n"
            f"{_TITLE}\n\n{_DECK}\n\nPor Ernesto Guzmán\n\n05 de diciembre de 2024\n\n{_BODY}"
        ),
        {"headline": _TITLE, "deck": _DECK},
    ),
    (
        "cr-deck-typed-like-a-paragraph-over-byline-and-dateline",
        (f"{_TITLE}\n\n{_MORE}\n\nPor Andrés Mora\n\nSAN JOSÉ.- {_LEAD}\n\n{_LAST}\n"),
        {"headline": _TITLE, "deck": _MORE},
    ),
    (
        "py-deck-over-an-uncredited-caption-and-the-byline",
        (
            f"{_TITLE}\n\n{_DECK_CLOSED}\n\n"
            "El presidente de la entidad, durante la conferencia\n\n"
            f"Por Lorena Giménez\n\n{_BODY}"
        ),
        {"headline": _TITLE, "deck": _DECK_CLOSED},
    ),
    (
        "ni-related-headline-glued-over-the-title-title-tag-at-the-end",
        (
            "Economía\n\nLluvias intensas dejan sin luz a tres barrios del norte de la ciudad\n"
            f"{_TITLE}\n\n{_DECK_CLOSED}\n\nPor Carlos Ruiz\n\n{_BODY}\n"
            f"{_TITLE} | La Voz del Norte\n"
        ),
        {"headline": _TITLE, "deck": _DECK_CLOSED},
    ),
    (
        "pr-no-deck-short-lead-then-longer-paragraphs",
        (f"{_TITLE}\n\nLa decisión fue unánime.\n\n{_LEAD}\n\n{_MORE}\n"),
        {"headline": _TITLE, "deck": None},
    ),
    (
        "mx-site-slogan-over-a-long-title-no-deck",
        (
            "Noticias de Chiapas, México y el mundo las 24 horas\n\n"
            f"{_TITLE}\n\nPor Luis Gómez\n\n{_BODY}"
        ),
        {"headline": _TITLE, "deck": None},
    ),
    (
        "es-six-word-kicker-title-and-open-deck",
        f"Política monetaria en tiempos de crisis\n\n{_TITLE}\n\n{_DECK}\n\n{_BODY}",
        {"headline": _TITLE, "deck": _DECK},
    ),
    (
        "ar-six-word-kicker-title-open-deck-byline",
        (
            f"Las cuentas públicas bajo la lupa\n\n{_TITLE}\n\n{_DECK}\n\n"
            f"Por Sofía Ibarra\n\n{_BODY}"
        ),
        {"headline": _TITLE, "deck": _DECK},
    ),
    (
        "cl-short-title-over-its-long-deck-kept",
        (
            "Desatando las cuerdas del alma porteña\n\n"
            "La orquesta juvenil de Valparaíso vuelve a los escenarios tras dos años de "
            "pausa y con un repertorio dedicado a compositores latinoamericanos\n\n"
            "Por Ignacia Pérez\n\n"
            "La Orquesta Juvenil de Valparaíso volverá a presentarse este sábado en el "
            "Teatro Municipal, tras dos años de pausa, con un repertorio de compositores "
            "latinoamericanos que incluye obras de Ginastera y Villa-Lobos.\n\n"
            "El director de la agrupación explicó que el regreso fue posible gracias a un "
            "fondo regional de cultura y al apoyo de las familias de los músicos.\n"
        ),
        {
            "headline": "Desatando las cuerdas del alma porteña",
            "deck": (
                "La orquesta juvenil de Valparaíso vuelve a los escenarios tras dos años de "
                "pausa y con un repertorio dedicado a compositores latinoamericanos"
            ),
        },
    ),
    (
        "bo-header-shown-twice-deck-caption-title-copy-text",
        (
            f"{_TITLE}\n\n{_LONG_DECK}\nEl Observador\n"
            "El presidente de la entidad durante la conferencia de prensa\n"
            "El presidente de la entidad durante la conferencia de prensa\n\n"
            f"{_TITLE}\n\n{_BODY}"
        ),
        {"headline": _TITLE, "deck": _LONG_DECK},
    ),
    (
        "ve-no-deck-title-copy-far-under-the-text",
        f"{_TITLE}\n\n{_LEAD}\n\n{_MORE}\n\nTe puede interesar\n{_TITLE}\n",
        {"headline": _TITLE, "deck": None},
    ),
]


def _fields(text: str) -> dict[str, object]:
    article = noticiaparse.parse(text)
    return {
        "headline": None if article.headline is None else article.headline.text,
        "deck": None if article.deck is None else article.deck.text,
    }


# A title of three words over its deck reads as a kicker over the title: known miss.
_PUN = PAGES[-1][1].replace("Desatando las cuerdas del alma porteña", "Desatando las cuerdas")


@pytest.mark.xfail(strict=True, reason="a three-word title over its open deck reads as a kicker")
def test_three_word_title_over_its_open_deck() -> None:
    assert _fields(_PUN)["headline"] == "Desatando las cuerdas"


@pytest.mark.parametrize(("text", "expected"), [p[1:] for p in PAGES], ids=[p[0] for p in PAGES])
def test_page_top(text: str, expected: dict[str, object]) -> None:
    assert _fields(text) == expected


# Lines under the title that speak of the page or call its reader: never the deck, never
# the body's first paragraph; a deck under them is still found.
_NOTES = [
    "Escucha la noticia narrada con voz sintética",
    "Esta nota fue escrita con apoyo de herramientas digitales y revisada por la redacción",
    "Compartir esta noticia en redes sociales",
    "Ver galería de fotos (12)",
    "Este artículo es parte de nuestra cobertura especial sobre la economía del país",
    "Nota publicada originalmente el 4 de diciembre de 2024",
    "Información en desarrollo.",
    "Aumentar tamaño de letra",
    "Nota del editor: esta nota se actualizó a las 11:00 con la reacción del gobierno.",
    "Este texto se actualizará conforme avance la información.",
    "Tiempo estimado de lectura: 4 minutos",
    "El presidente de la entidad, Juan Pérez, en una imagen de archivo",
]


def _top(text: str) -> tuple[str | None, str | None, str | None]:
    article = noticiaparse.parse(text)
    return (
        None if article.headline is None else article.headline.text,
        None if article.deck is None else article.deck.text,
        article.body[0].text if article.body else None,
    )


@pytest.mark.parametrize("note", _NOTES, ids=range(len(_NOTES)))
@pytest.mark.parametrize("byline", ["", "Por Ana Ruiz\n\n"], ids=["bare", "signed"])
def test_a_page_note_under_the_title(note: str, byline: str) -> None:
    assert _top(f"{_TITLE}\n\n{byline}{note}\n\n{_BODY}") == (_TITLE, None, _LEAD)


@pytest.mark.parametrize("note", _NOTES[:3], ids=range(3))
def test_the_deck_under_a_page_note(note: str) -> None:
    page = f"{_TITLE}\n\n{note}\n\n{_DECK_CLOSED}\n\nPor Ana Ruiz\n\n{_BODY}"
    assert _top(page) == (_TITLE, _DECK_CLOSED, _LEAD)


def test_a_paragraph_opening_like_a_note_further_down_stays_text() -> None:
    later = "Esta nota del ministerio llegó a las redacciones a media mañana del jueves."
    assert noticiaparse.parse(f"{_TITLE}\n\n{_BODY}\n{later}\n").body[-1].text == later


# A title a renderer broke over two lines, or glued to furniture on its line.
_SPLIT_OR_GLUED = [
    (
        "split-at-a-line-break",
        "El Banco Central recorta la tasa\nde interés por tercera vez en el año",
    ),
    (
        "split-after-the-subject",
        "El Banco Central\nrecorta la tasa de interés por tercera vez en el año",
    ),
    (
        "glued-section-name",
        "EconomíaEl Banco Central recorta la tasa de interés por tercera vez en el año",
    ),
    ("glued-date-after", f"{_TITLE} 05/12/2024 10:31"),
    ("glued-date-before", f"05/12/2024 10:31 {_TITLE}"),
    ("glued-byline-after", f"{_TITLE} Por Ana María Ruiz"),
    ("set-in-bold", f"**{_TITLE}**"),
]


@pytest.mark.parametrize(
    "title", [t for _, t in _SPLIT_OR_GLUED], ids=[i for i, _ in _SPLIT_OR_GLUED]
)
def test_a_split_or_glued_title(title: str) -> None:
    headline, deck, first = _top(f"Economía\n\n{title}\n\n{_DECK_CLOSED}\n\n{_BODY}")
    assert (None if headline is None else " ".join(headline.split()), deck, first) == (
        _TITLE,
        _DECK_CLOSED,
        _LEAD,
    )


def test_a_title_in_title_case_keeps_its_por() -> None:
    title = "Miles Marchan En La Capital Por La Paz Social"
    page = f"{title}\n\n{_DECK_CLOSED}\n\n{_BODY}"
    assert _top(page)[0] == title


def test_a_title_split_after_its_quote_and_colon() -> None:
    page = (
        f"«Seguiremos bajando»:\nel banco recorta la tasa de interés\n\n{_DECK_CLOSED}\n\n{_BODY}"
    )
    headline = _top(page)[0]
    assert headline is not None
    assert " ".join(headline.split()) == "«Seguiremos bajando»: el banco recorta la tasa de interés"


@pytest.mark.parametrize(
    "title",
    ["Resultados del sorteo del 05/12/2024", "Los ganadores del sorteo 05/12/2024 ya cobraron"],
    ids=["date-after-a-preposition", "date-inside"],
)
def test_a_date_that_is_the_titles_own(title: str) -> None:
    page = (
        f"{title}\n\nLa lotería dio a conocer los números ganadores del sorteo de este jueves, "
        "que entregó un premio mayor récord en la historia del juego nacional.\n\n"
        "El ganador deberá presentarse en las oficinas centrales con su boleto.\n"
    )
    assert _top(page)[0] == title


@pytest.mark.parametrize(
    "tags",
    ["banco central, inflación, tasas de interés", "banco central · inflación y tasas"],
    ids=["commas", "dots"],
)
def test_a_row_of_tags_in_lower_case_is_no_split_title(tags: str) -> None:
    page = f"Economía del país\n{tags}\n\n{_TITLE}\n\n{_BODY}"
    assert _top(page)[0] == _TITLE


def test_lines_of_a_menu_in_lower_case_are_no_split_title() -> None:
    page = f"Inicio\nregiones del país y más\n\n{_TITLE}\n\n{_DECK_CLOSED}\n\n{_BODY}"
    assert _top(page)[:2] == (_TITLE, _DECK_CLOSED)


# A banner or modal the page sets twice at the top (the desktop's and the mobile's copy):
# its repeated line is no title tag over an h1.
_BANNERS = [
    (
        "Estamos renovando nuestro sitio. Para mejorar tu experiencia te pedimos que "
        "actualices tus datos y elijas tu plan promocional:"
    ),
    "* Puedes cancelar el plan en el momento que lo desees",
    (
        "Para seguir leyendo, inicia sesión o regístrate gratis en nuestro sitio y accede a "
        "todas las noticias."
    ),
]


@pytest.mark.parametrize("banner", _BANNERS, ids=["closed-by-a-colon", "an-item", "a-sentence"])
@pytest.mark.parametrize("under", ["deck", "byline", "both"])
def test_a_banner_shown_twice_over_the_title(banner: str, under: str) -> None:
    header = {
        "deck": f"{_DECK_CLOSED}\n\n",
        "byline": "Por Ana Ruiz\n\n",
        "both": f"{_DECK_CLOSED}\n\nPor Ana Ruiz\n\n",
    }[under]
    page = f"{banner}\n¡Hola!\n{banner}\n¡Hola!\n\n{_TITLE}\n\n{header}{_BODY}"
    assert _top(page)[:2] == (_TITLE, None if under == "byline" else _DECK_CLOSED)


def test_a_title_tag_and_its_h1_still_give_the_title() -> None:
    page = f"{_TITLE}\nInicio\nEconomía\nMundo\n\n{_TITLE}\n\n{_DECK_CLOSED}\n\n{_BODY}"
    assert _top(page) == (_TITLE, _DECK_CLOSED, _LEAD)


# A place the page sets twice (a section's or an event's at the top, the dateline's over
# the date): a short name repeated is no title tag over an h1, nor the title over the text.
_PLACE = "Las Palmas de Gran Canaria"
_PLACE_PAGES = [
    (
        "over-the-title-and-over-the-date",
        (
            f"{_PLACE}\n\n{_TITLE}\n\n{_DECK_CLOSED}\n\nPor Ana Ruiz\n\n{_PLACE}\n\n"
            f"05/12/2024 10:31\n\n{_BODY}"
        ),
    ),
    (
        "under-a-region-and-over-the-date",
        (
            f"Islas Canarias\n{_PLACE}\n\n{_TITLE}\n\n{_DECK_CLOSED}\n\nAna Ruiz\n\n{_PLACE}\n"
            f"05/12/2024 10:31\n\n{_BODY}"
        ),
    ),
]


@pytest.mark.parametrize("page", [p for _, p in _PLACE_PAGES], ids=[i for i, _ in _PLACE_PAGES])
def test_a_place_the_page_repeats_is_no_title(page: str) -> None:
    assert _top(page)[:2] == (_TITLE, _DECK_CLOSED)


def test_a_short_title_the_page_repeats_with_nothing_else_is_still_the_title() -> None:
    page = f"{_PLACE}\n\n{_PLACE}\n\n{_LAST}\n"
    assert _top(page)[0] == _PLACE
