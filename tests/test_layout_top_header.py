"""The title is the line right over its header; a ticker or a teaser over it heads nothing.

Every page here is written for these tests, in several countries' styles (Colombia,
Chile, México, Argentina, España): a breaking-news ticker, a "Minuto a minuto" block with
its times, a teaser card with its summary and its "Leer más" link, set over the article's
title, blank lines between or not. The title has its header under it (its deck, the
byline, the date); the lines over it have none.
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_layout

_TITLE = "Metro de Santiago cierra dos estaciones de la Línea 1 por obras nocturnas"
_DECK = "Los cierres regirán entre las 23:00 y las 6:00 horas durante dos semanas."
_P1 = (
    "El Metro de Santiago informó este lunes que las estaciones Baquedano y Universidad de "
    "Chile de la Línea 1 cerrarán de noche para cambiar rieles y revisar la ventilación, "
    "obras que no pueden hacerse con trenes en servicio."
)
#: A lead that tells the story without retelling the title's words (a third of them).
_P1_LOOSE = (
    "La empresa informó este lunes que las estaciones Baquedano y Universidad de Chile "
    "cerrarán de noche para cambiar rieles y revisar el sistema de ventilación, trabajos "
    "que no pueden hacerse con trenes en servicio."
)
_P2 = (
    "Los pasajeros deberán usar buses de acercamiento que partirán cada diez minutos desde "
    "los accesos cerrados hacia las estaciones vecinas durante toda la noche."
)
_P3 = "La empresa pidió planificar los viajes y consultar sus redes oficiales."
_BODY = f"{_P1}\n\n{_P2}\n\n{_P3}\n"
_LOOSE_BODY = f"{_P1_LOOSE}\n\n{_P2}\n\n{_P3}\n"
_ONE = "Fuerte temblor se siente en la zona central sin daños mayores"
_TWO = "Dólar abre a la baja y se acerca a los 900 pesos"
_THREE = "Presidente viaja a Buenos Aires para cumbre regional"
_SUMMARY = (
    "El movimiento tuvo una magnitud de 5,2 y se sintió en cuatro regiones, según el "
    "Centro Sismológico Nacional, que no reporta daños."
)
_HEADER = "Por Camila Fuentes\n\n14 de octubre de 2024 | 09:40"


@pytest.mark.parametrize(
    "above",
    [
        f"Portada\n\nÚltima hora\n\n{_ONE}\n\n{_TWO}\n\nCiudad",
        f"Minuto a minuto\n\n10:32\n\n{_ONE}\n\n10:15\n\n{_TWO}",
        f"Lo último\n\n{_ONE}\n\n{_SUMMARY}",
        f"{_ONE}\n\n{_SUMMARY}",
        f"{_ONE}\n\n{_SUMMARY}\n\nLeer más",
        f"{_ONE}\n{_TWO}\n{_THREE}",
    ],
    ids=[
        "breaking-ticker",
        "minute-by-minute",
        "teaser-under-label",
        "teaser-card",
        "teaser-card-read-more",
        "ticker-single-breaks",
    ],
)
@pytest.mark.parametrize("body", [_BODY, _LOOSE_BODY], ids=["retold", "loosely-retold"])
def test_the_title_over_its_header_past_a_ticker_or_a_teaser(above: str, body: str) -> None:
    layout = parse_layout(f"{above}\n\n{_TITLE}\n\n{_DECK}\n\n{_HEADER}\n\n{body}")
    assert layout.headline is not None
    assert layout.headline.text == _TITLE
    assert layout.deck is not None
    assert layout.deck.text == _DECK


def test_the_title_over_its_byline_on_single_breaks_past_a_ticker() -> None:
    page = f"{_ONE}\n{_TWO}\n{_THREE}\n\n{_TITLE}\nPor Camila Fuentes\n14/10/2024\n\n{_BODY}"
    layout = parse_layout(page)
    assert layout.headline is not None
    assert layout.headline.text == _TITLE


def test_a_short_title_over_its_long_open_deck_stays_the_title() -> None:
    # the line under the title is its deck set like a title: longer, no deck of its own
    title = "Rieles nuevos para la ciudad que no duerme"
    deck = (
        "El Metro de Santiago cierra dos estaciones de la Línea 1 por obras nocturnas durante "
        "las próximas dos semanas"
    )
    layout = parse_layout(f"{title}\n\n{deck}\n\n{_HEADER}\n\n{_BODY}")
    assert layout.headline is not None
    assert layout.headline.text == title
    assert layout.deck is not None
    assert layout.deck.text == deck


@pytest.mark.xfail(
    strict=True,
    reason="two headline-shaped lines over the title, the date alone under it: the last "
    "ticker entry over the title reads as a title over its deck set like a title",
)
def test_a_ticker_over_a_title_with_only_its_date_is_a_known_miss() -> None:
    # (a lead that retells the title settles it: the title the text retells)
    page = f"{_ONE}\n\n{_TWO}\n\n{_TITLE}\n\n14 de octubre de 2024 - 09:40\n\n{_LOOSE_BODY}"
    layout = parse_layout(page)
    assert layout.headline is not None
    assert layout.headline.text == _TITLE


@pytest.mark.parametrize(
    "copy",
    [
        f"{_TITLE} | Diario Austral",
        f"Compartir: {_TITLE} https://www.example.org/ciudad/nota-2024",
        f"{_TITLE} vía @diarioaustral",
    ],
    ids=["title-tag-at-the-end", "share-text-with-link", "share-text-with-handle"],
)
def test_the_title_the_page_shows_again_with_furniture(copy: str) -> None:
    # the ticker over the title with only its date under it, but the page shows the title
    # again in its title tag or a share text: that line is the title
    page = f"{_ONE}\n\n{_TWO}\n\n{_TITLE}\n\n14/10/2024 09:40\n\n{_LOOSE_BODY}\n{copy}\n"
    layout = parse_layout(page)
    assert layout.headline is not None
    assert layout.headline.text == _TITLE


def test_a_longer_title_holding_the_line_is_no_copy() -> None:
    # a related headline that goes on from the line is another story, not its copy
    page = (
        f"{_ONE}\n\n{_TWO}\n\n{_TITLE}\n\n14/10/2024 09:40\n\n{_LOOSE_BODY}\n"
        f"{_TITLE} y reabre la Línea 2 el viernes\n"
    )
    layout = parse_layout(page)
    assert layout.headline is not None
    assert layout.headline.text != _TITLE


def test_an_h2_title_with_its_header_past_a_tickers_h2s() -> None:
    page = (
        f"# Diario Austral\n\n## {_ONE}\n\n## {_TWO}\n\n## {_TITLE}\n\n{_DECK}\n\n"
        f"Por Camila Fuentes\n\n{_LOOSE_BODY}"
    )
    layout = parse_layout(page)
    assert layout.headline is not None
    assert layout.headline.text == _TITLE


@pytest.mark.parametrize(
    "page",
    [
        f"# [{_TITLE}](https://example.org/ciudad/metro)\n\n{_DECK}\n\n{_BODY}",
        f"Diario Austral\n\n# [{_TITLE}](https://example.org/ciudad/metro)\n\n{_HEADER}\n\n{_BODY}",
    ],
    ids=["h1-link-deck", "h1-link-header"],
)
def test_an_h1_linked_to_its_own_page_is_the_title(page: str) -> None:
    layout = parse_layout(page)
    assert layout.headline is not None
    assert layout.headline.text == _TITLE


def test_a_linked_h1_under_the_text_is_no_title() -> None:
    page = f"Diario Austral\n\n{_TITLE}\n\n{_DECK}\n\n{_BODY}\n# [{_ONE}](https://example.org/n)\n"
    layout = parse_layout(page)
    assert layout.headline is not None
    assert layout.headline.text == _TITLE
