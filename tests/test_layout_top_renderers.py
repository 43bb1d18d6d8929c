"""The page's top as several renderers set it: the title, the deck and the first paragraph.

Every page here is written for these tests, in several outlets' styles.
"""

from __future__ import annotations

import pytest

import noticiaparse

_PAGES = {
    "ar": (
        "El Gobierno oficializó un aumento en las tarifas del transporte regional",
        "La suba alcanza a colectivos y trenes y regirá desde el mes próximo.",
        (
            "El Gobierno nacional oficializó este martes un aumento del 12 por ciento en las "
            "tarifas del transporte regional, que regirá desde el primer día del mes próximo."
        ),
        "Las asociaciones de usuarios anticiparon que presentarán un amparo ante la Justicia.",
        "Regional",
    ),
    "co": (
        "Más de 38 millones de colombianos podrán votar en las elecciones regionales",
        "La Registraduría instalará más de 120.000 mesas en todo el territorio.",
        (
            "La Registraduría Nacional confirmó que más de 38 millones de colombianos están "
            "habilitados para votar en las elecciones regionales del próximo domingo."
        ),
        "La Policía desplegará un operativo especial en los municipios con alertas de riesgo.",
        "Regionales",
    ),
    "es": (
        "Valencia aprueba peatonalizar el centro histórico y cerrar doce calles al tráfico",
        "El plan cerrará al tráfico privado doce calles del casco antiguo en septiembre.",
        (
            "El Ayuntamiento de Valencia aprobó este jueves el plan para peatonalizar el centro "
            "histórico, que cerrará al tráfico privado doce calles a partir de septiembre."
        ),
        "Los comerciantes de la zona han pedido una moratoria de seis meses para adaptarse.",
        "Tráfico",
    ),
    "us": (
        "Juez federal bloquea la renovación automática de permisos de trabajo en Texas",
        "La decisión afecta a beneficiarios de programas temporales que pidieron la extensión.",
        (
            "Miles de inmigrantes en Texas podrían perder su permiso de trabajo después de que un "
            "juez federal bloqueara este viernes la renovación automática de los documentos."
        ),
        "El Departamento de Seguridad Nacional dijo que estudia apelar el fallo.",
        "Texas",
    ),
}
_IDS = list(_PAGES)
_MENU = ["Inicio", "Política", "Economía", "Deportes", "Cultura", "Clasificados", "Opinión"]


@pytest.mark.parametrize("country", _IDS)
def test_a_title_ending_with_a_menu_entrys_word_keeps_it(country: str) -> None:
    # the menu sets "Regionales"; the title ends with "regionales", its own word, in lower case
    title, _, p1, p2, entry = _PAGES[country]
    menu = "\n".join([*_MENU, entry, "Buscar"])
    page = f"Diario del Centro\n{menu}\n\n{title}\n\nPor Marta Gil\n\n{p1}\n\n{p2}\n"
    article = noticiaparse.parse(page)
    assert article.headline is not None
    assert article.headline.text == title


@pytest.mark.parametrize("country", _IDS)
def test_a_site_name_glued_after_the_title_still_goes(country: str) -> None:
    title, _, p1, p2, _ = _PAGES[country]
    page = f"La Voz del Sur\nInicio\nPolítica\n\n{title} La Voz del Sur\n\n{p1}\n\n{p2}\n"
    article = noticiaparse.parse(page)
    assert article.headline is not None
    assert article.headline.text == title


def _meta(title: str, description: str) -> str:
    return (
        f"---\ntitle: {title} | El Observador\nauthor: Lucía Ferrer\n"
        f"url: https://example.com/nota/1\nhostname: example.com\n"
        f"description: {description}\nsitename: El Observador\ndate: 2024-03-12\n---\n"
    )


@pytest.mark.parametrize("country", _IDS)
def test_a_description_the_text_sets_again_first_is_the_deck(country: str) -> None:
    title, deck, p1, p2, _ = _PAGES[country]
    article = noticiaparse.parse(f"{_meta(title, deck)}{deck}\n{p1}\n{p2}\n")
    assert article.deck is not None
    assert (article.deck.text, [p.text for p in article.body]) == (deck, [p1, p2])


@pytest.mark.parametrize("country", _IDS)
def test_a_description_cut_from_the_first_paragraph_is_still_no_deck(country: str) -> None:
    title, _, p1, p2, _ = _PAGES[country]
    cut = p1[:90].rsplit(" ", 1)[0] + "..."
    article = noticiaparse.parse(f"{_meta(title, cut)}{p1}\n{p2}\n")
    assert (article.deck, [p.text for p in article.body]) == (None, [p1, p2])


_ABOVE = {
    "slogan": "Noticias del Valle\nEl periódico de mayor circulación en el sur del país",
    "topics": "Elecciones Regionales 2024\nCoronavirus en el mundo\nGobierno de transición\n"
    "Crisis del agua potable",
    "dated": "Martes, 12 de marzo de 2024 | Lima 24 °C",
}


@pytest.mark.parametrize("above", list(_ABOVE))
@pytest.mark.parametrize("country", _IDS)
def test_a_bold_title_under_furniture_loses_its_marks(country: str, above: str) -> None:
    title, _, p1, p2, _ = _PAGES[country]
    page = f"Noticias del Valle\n\n{_ABOVE[above]}\n\n**{title}**\n\nPor José Pérez\n\n"
    page += f"{p1}\n\n{p2}\n"
    article = noticiaparse.parse(page)
    assert article.headline is not None
    assert article.headline.text == title
    assert article.body[0].text == p1
