"""A banner's sentence at the page's top gives way to the title over the text.

"La aplicación de este sitio también está disponible en otros países.": a line closed
by a full stop taken first at the top is no headline (a headline carries no full stop),
even when it shares words with the text. The title over the text under a short label
(its kicker, "Aplicaciones móviles", no blank line between) replaces it, on a page that
breaks every line once. Every page here is written for these tests.
"""

from __future__ import annotations

import pytest

import noticiaparse

_TITLE = "La aplicación de mensajería llega a once países de América Latina"
_DECK = (
    "La versión ligera de la aplicación, que gasta menos datos y carga más rápido, ya "
    "puede descargarse en México, Perú y Colombia desde este jueves."
)
_P1 = (
    "La empresa anunció este jueves que su versión ligera llegará a 24 nuevos países, once "
    "de ellos en América Latina, a partir de esta semana."
)
_P2 = "La aplicación pesa menos de tres megas y funciona con conexiones lentas."
_MENU = "Portada\nAnálisis\nCelulares\nComputadoras\nHogar\nPortátiles\nTabletas\nJuegos"


@pytest.mark.parametrize(
    "banner",
    [
        "La aplicación de este sitio también está disponible en otros países.",
        "Usamos cookies para que la aplicación cargue más rápido en tu país.",
        "Esta edición también está disponible en la aplicación para América Latina.",
    ],
    ids=["language", "cookies", "edition"],
)
def test_a_banner_over_the_menu_gives_way_to_the_title(banner: str) -> None:
    top = f"{banner}\nIr a inglés\nTecnoSitio\n{_MENU}\nAplicaciones móviles"
    page = f"{top}\n{_TITLE}\n{_DECK}\n{_P1}\n{_P2}\n"
    article = noticiaparse.parse(page)
    assert article.headline is not None
    assert article.headline.text == _TITLE
