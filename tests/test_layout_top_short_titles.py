"""Short titles (five words or fewer) on pages shaped as real sites set them.

A short title is still the title when a deck and the lead photo's caption stand under
it (a kicker stands right over its title, nothing between); and a short article under
a short title keeps its first paragraph, however the footer under it is spaced. Every
page here is written for these tests.
"""

from __future__ import annotations

import pytest

import noticiaparse

_PAGES = [
    pytest.param(
        "Suben las tarifas del transporte",
        "La suba alcanza a colectivos y trenes y regirá desde el mes próximo.",
        (
            "El Gobierno nacional oficializó este martes un aumento del 12 por ciento en las "
            "tarifas del transporte público, que regirá desde el primer día del mes próximo."
        ),
        "La medida alcanza a colectivos y trenes, según detalló la Secretaría de Transporte.",
        "Las asociaciones de usuarios anticiparon que presentarán un amparo ante la Justicia.",
        id="argentina",
    ),
    pytest.param(
        "Colombia vota el domingo",
        "La Registraduría instalará más de 120.000 mesas en todo el territorio.",
        (
            "La Registraduría Nacional confirmó que más de 38 millones de colombianos están "
            "habilitados para votar en las elecciones regionales del próximo domingo."
        ),
        "El registrador explicó que los resultados se conocerán pocas horas después.",
        "La Policía desplegará un operativo especial en los municipios con alertas de riesgo.",
        id="colombia",
    ),
    pytest.param(
        "Alerta por huaicos en la sierra",
        "Cusco, Puno y Apurímac tendrán lluvias fuertes acompañadas de granizo.",
        (
            "El Servicio Nacional de Meteorología advirtió que las lluvias intensas continuarán "
            "en la sierra sur durante los próximos tres días, con riesgo de huaicos."
        ),
        "Según el reporte, las precipitaciones serán de moderada a fuerte intensidad.",
        "Defensa Civil recomendó a la población evitar transitar cerca de los cauces.",
        id="peru",
    ),
]
_CAPTION = (
    "El ministro Julio Paredes durante la conferencia de prensa del martes, Ana Vidal/Agencia Sur"
)
_CREDITED = (
    "El ministro Julio Paredes durante la conferencia de prensa del martes. / FOTO: Ana Vidal"
)


@pytest.mark.parametrize(("title", "deck", "p1", "p2", "p3"), _PAGES)
def test_a_short_title_over_its_deck_and_the_photo_stays_the_title(
    title: str, deck: str, p1: str, p2: str, p3: str
) -> None:
    page = f"{title}\n\n{deck}\n\n{_CAPTION}\n{_CREDITED}\n\n{p1}\n\n{p2}\n\n{p3}\n"
    article = noticiaparse.parse(page)
    assert article.headline is not None
    assert article.deck is not None
    assert (article.headline.text, article.deck.text) == (title, deck)
    assert [p.text for p in article.body] == [p1, p2, p3]


@pytest.mark.parametrize(("title", "deck", "p1", "p2", "p3"), _PAGES)
def test_a_kicker_right_over_the_title_is_still_its_kicker(
    title: str, deck: str, p1: str, p2: str, p3: str
) -> None:
    del title
    long_title = "Gobierno anuncia un plan de emergencia para las zonas afectadas por el temporal"
    page = f"Temporal en el país\n{long_title}\n\n{deck}\n\nPor Ana Ruiz\n\n{p1}\n\n{p2}\n\n{p3}\n"
    article = noticiaparse.parse(page)
    assert article.headline is not None
    assert article.headline.text == long_title


@pytest.mark.parametrize(("title", "deck", "p1", "p2", "p3"), _PAGES)
def test_a_short_article_over_a_tight_footer_keeps_its_first_paragraph(
    title: str, deck: str, p1: str, p2: str, p3: str
) -> None:
    del deck
    share = "Facebook\nTwitter\nWhatsApp\nEmail\nImprimir"
    page = (
        f"{title}\n\n27/01/2024\n1520\n0\n{share}\n\n{p1}\n\n{p2}\n\n{p3}\n\n"
        f"{share}\nArtículo anterior Cierran por obras el paso fronterizo del norte\n"
        "Artículo siguiente Inauguran un hospital en la capital regional\n"
    )
    article = noticiaparse.parse(page)
    assert article.headline is not None
    assert (article.headline.text, article.deck) == (title, None)
    assert [p.text for p in article.body] == [p1, p2, p3]
