"""A skip link at the page's top ("Ir al contenido principal") is furniture, never the title.

Sites set a link for keyboards and screen readers first on the page; a scraper keeps its
words. Every page here is written for these tests.
"""

from __future__ import annotations

import pytest

import noticiaparse

_TITLE = "Municipio reabre el mercado central tras tres meses de obras"
_P1 = (
    "El mercado central volvió a abrir sus puertas este lunes, después de tres meses de "
    "obras de reparación del techo, informó la municipalidad en un comunicado."
)
_P2 = "Los locatarios celebraron la reapertura con música y descuentos para los vecinos."


@pytest.mark.parametrize(
    "link",
    ["Ir al contenido principal", "Saltar al contenido", "Skip to main content"],
    ids=["ir", "saltar", "english"],
)
def test_a_skip_link_is_no_title(link: str) -> None:
    page = f"{link}\nBuscar\n{_TITLE}\nPor Ana Ruiz\n{_P1}\n{_P2}\n"
    article = noticiaparse.parse(page)
    assert article.headline is not None
    assert article.headline.text == _TITLE
    assert link in [b.text for b in article.boilerplate]
