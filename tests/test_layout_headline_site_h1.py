"""The site's name as the page's h1, the story's title as an h2 or h3 with its header.

A markdown renderer (html2text, a Markdown export) marks the page's ``<h1>``; some themes
give the h1 to the logo, or to the section on a category page that holds one story, and
set the article's title as an ``<h2>`` or ``<h3>`` with its deck, byline and date under
it. The headed heading over the text is the title (docs/layout.md, the headline).
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_layout

_TITLE = "Pedalear sin miedo: la apuesta municipal que tardó veinte años"
_DECK = "La obra unirá cuatro distritos y tendrá estaciones de bicicletas públicas."
_P1 = (
    "La Municipalidad Provincial de Arequipa inauguró este sábado una ciclovía de doce "
    "kilómetros que une el centro histórico con el distrito de Cayma, tras dos años de obras."
)
_P2 = (
    "Según el gerente de transporte, el recorrido contará con ocho estaciones de préstamo "
    "de bicicletas y con semáforos propios en los cruces de mayor tránsito."
)
_MENU = "  * [Inicio](https://diario.example/)\n  * [Política](https://diario.example/politica)\n"


@pytest.mark.parametrize(
    ("top", "mark"),
    [
        ("# El Heraldo del Sur Andino", "## "),
        ("# Noticias del Valle de Arequipa", "### "),
        ("# Regiones", "## "),
    ],
    ids=["site-h1-title-h2", "site-h1-title-h3", "section-h1-title-h2"],
)
def test_the_headed_heading_under_the_sites_h1_is_the_title(top: str, mark: str) -> None:
    page = (
        f"{top}\n\n{_MENU}\n{mark}{_TITLE}\n\n{_DECK}\n\nPor Rosa Quispe\n\n"
        f"14 de septiembre de 2024\n\n{_P1}\n\n{_P2}\n"
    )
    layout = parse_layout(page)
    assert layout.headline is not None
    assert layout.headline.text == _TITLE
    assert layout.deck is not None
    assert layout.deck.text == _DECK
    assert layout.authors == ("Rosa Quispe",)


def test_an_h1_title_keeps_its_place_over_the_texts_intertitle() -> None:
    # an h2 under the first paragraph is the text's intertitle, whatever stands under it
    page = (
        f"{_MENU}\n# {_TITLE}\n\n![foto](https://diario.example/f.jpg)\n\n{_P1}\n\n"
        f"## Ocho estaciones de préstamo\n\nPor Rosa Quispe\n\n{_P2}\n"
    )
    layout = parse_layout(page)
    assert layout.headline is not None
    assert layout.headline.text == _TITLE
