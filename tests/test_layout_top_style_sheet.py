"""A style sheet's selectors a renderer left in the text are no prose.

".story-list .story-item .story-link a", "#menu li a:hover": prose never opens with a
full stop or a hash glued to a letter. Two such lines between the title tag and the h1
are not the article's text begun (which would keep the title tag as the headline).
Every page here is written for these tests.
"""

from __future__ import annotations

import pytest

import noticiaparse

_TAG = "Alcaldía cierra el mercado central por obras"
_H1 = "La Alcaldía cierra el mercado central por obras en el techo"
_DECK = (
    "Los locatarios serán trasladados durante tres meses a una feria provisoria instalada "
    "en la plaza de armas."
)
_P1 = (
    "La Alcaldía cerró este lunes el mercado central para iniciar obras de reparación del "
    "techo, que durarán tres meses, informó el municipio en un comunicado."
)
_P2 = "Los locatarios celebraron que la feria provisoria quede a dos cuadras del mercado."
_MENU = (
    "Portada\nCiudad\nRegión\nPaís\nMundo\nDeportes\n"
    "Cultura\nOpinión\nVideos\nPodcasts\nClima\nContacto"
)


@pytest.mark.parametrize(
    "css",
    [
        (
            ".tpl-home.dark .story-list .story-item .story-link a span strong, "
            ".tpl-home.dark .story-list .story-item .story-link a span em, "
            ".tpl-home.dark .story-list .story-item .story-title h2 a b i u s small"
        ),
        (
            "#main-menu .menu-item .submenu li a span.label strong em, "
            "#main-menu .menu-item .submenu li a span.label strong b, "
            "#main-menu .menu-item .submenu li a span.icon i small sup sub"
        ),
    ],
    ids=["class", "id"],
)
@pytest.mark.parametrize("sep", ["\n\n", "\n"], ids=["spaced", "single"])
def test_selectors_between_the_title_tag_and_the_h1_are_no_text(css: str, sep: str) -> None:
    lines = [_TAG, _MENU, css, css.replace("a ", "b "), _H1, _DECK, "Por Ana Ruiz", _P1, _P2]
    article = noticiaparse.parse(sep.join(lines) + "\n")
    assert article.headline is not None
    assert article.headline.text == _H1
