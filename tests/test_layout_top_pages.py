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
        (
            f"{_TITLE}\n\n{_DECK_CLOSED}\n\n"
            f"Ciudad de México, 5 dic (EFE).- {_LEAD}\n\n{_MORE}\n"
        ),
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
        (
            f"December 05, 2024 10:31 AM\n\n{_TITLE}\n\nPor María López\n\n{_BODY}"
        ),
        {"headline": _TITLE, "deck": None},
    ),
    (
        "gt-capital-kicker-deck-then-publication-line",
        (
            f"NACIONALES\n\n{_TITLE}\n\n{_DECK}\n\n"
            f"Publicado el 5 de diciembre de 2024\n\n{_BODY}"
        ),
        {"headline": _TITLE, "deck": _DECK},
    ),
    (
        "ve-no-deck-the-lead-right-under-the-title",
        f"{_TITLE}\n\n{_BODY}",
        {"headline": _TITLE, "deck": None},
    ),
    (
        "uy-no-deck-lead-with-dateline-under-the-byline",
        (
            f"{_TITLE}\n\nPor Martín Suárez\n\n"
            f"MONTEVIDEO.- {_LEAD}\n\n{_MORE}\n"
        ),
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
        (
            f"{_TITLE}\n\nPor Redacción\n\n05 Dic 2024 / 07:50 AM\n\n"
            f"{_LAST}\n\n{_LEAD}\n\n{_MORE}\n"
        ),
        {"headline": _TITLE, "deck": None},
    ),
]


def _fields(text: str) -> dict[str, object]:
    article = noticiaparse.parse(text)
    return {
        "headline": None if article.headline is None else article.headline.text,
        "deck": None if article.deck is None else article.deck.text,
    }


@pytest.mark.parametrize(("text", "expected"), [p[1:] for p in PAGES], ids=[p[0] for p in PAGES])
def test_page_top(text: str, expected: dict[str, object]) -> None:
    assert _fields(text) == expected
