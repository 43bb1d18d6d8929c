"""A title a renderer glued to furniture on its line, or broke over three lines.

Every page here is written for these tests, in several countries' styles: a date line in
words after the title, its cue and all; share buttons after it; an h1 with two line breaks
inside it.
"""

from __future__ import annotations

import pytest

import noticiaparse

_P1 = (
    "La Municipalidad de Valdivia comenzó este lunes la repavimentación de cuatro calles del "
    "sector Las Ánimas, después de años de reclamos de los vecinos del barrio."
)
_P2 = (
    "Las obras durarán tres meses y obligarán a desviar el tránsito por calles paralelas, "
    "según explicó la dirección de tránsito a los dirigentes vecinales."
)
_P3 = "El municipio invertirá 900 millones de pesos en los trabajos, financiados por el Estado."
_BODY = f"{_P1}\n\n{_P2}\n\n{_P3}\n"
_TITLE = "Municipio repavimenta calles del sector Las Ánimas tras años de reclamos"


@pytest.mark.parametrize(
    "glued",
    [
        "14 de agosto de 2023",
        "lunes 14 de agosto de 2023 10:31",
        "Actualizado: 14/08/2023",
        "Publicado el 14 de agosto de 2023",
        "Compartir Facebook Twitter",
        "Facebook X WhatsApp Email",
    ],
    ids=["date-in-words", "weekday-date-time", "update-cue", "published-cue", "share", "networks"],
)
def test_furniture_glued_after_the_title(glued: str) -> None:
    article = noticiaparse.parse(f"Regiones\n\n{_TITLE} {glued}\n\nPor Pedro Soto\n\n{_BODY}")
    assert article.headline is not None
    assert article.headline.text == _TITLE


@pytest.mark.parametrize(
    "title",
    [
        "Todo lo que hay que saber del paro nacional del 14 de agosto de 2023",
        "Elon Musk cambia el nombre de Twitter",
        "Las elecciones municipales se adelantan a 2024",
    ],
    ids=["the-titles-own-date", "one-network-name", "a-year"],
)
def test_a_titles_own_words_stay(title: str) -> None:
    article = noticiaparse.parse(f"Regiones\n\n{title}\n\nPor Pedro Soto\n\n{_BODY}")
    assert article.headline is not None
    assert article.headline.text == title


@pytest.mark.parametrize("sep", ["\n\n", "\n"], ids=["blank-lines", "single-break-over-byline"])
def test_a_title_broken_over_three_lines(sep: str) -> None:
    page = (
        "Regiones\n\nMunicipio repavimenta calles\ndel sector Las Ánimas\ntras años de reclamos"
        f"\n\nPor Pedro Soto{sep}14 de agosto de 2023\n\n{_BODY}"
    )
    article = noticiaparse.parse(page)
    assert article.headline is not None
    assert article.headline.text.split() == _TITLE.split()


_BREAD = (
    "El precio del pan subió este lunes un 12 % en las panaderías de la capital, según la "
    "asociación de panaderos, que atribuyó el alza al costo de la harina.\n\n"
    "La asociación advirtió que los precios podrían volver a subir en marzo si el trigo "
    "sigue encareciéndose en los mercados internacionales.\n"
)


@pytest.mark.parametrize(
    "under",
    ["harina trigo panaderías", "la panadería del barrio sur por la mañana"],
    ids=["tags", "caption"],
)
def test_a_title_the_title_tag_shows_alone_takes_no_second_half(under: str) -> None:
    title = "Sube el precio del pan en la capital"
    page = f"{title} | Diario Sur\n\nEconomía\n\n{title}\n{under}\n\nPor Ana Ruiz\n\n{_BREAD}"
    article = noticiaparse.parse(page)
    assert article.headline is not None
    assert article.headline.text == title


@pytest.mark.parametrize("sep", ["\n", "\n\n"], ids=["single-breaks", "blank-lines"])
def test_a_title_closed_by_a_full_stop_under_its_title_tag(sep: str) -> None:
    title = "Municipio repavimenta calles del sector Las Ánimas tras años de reclamos."
    deck = "Las obras durarán tres meses y costarán 900 millones de pesos."
    page = sep.join(
        (f"{title[:-1]} | Diario Austral", "Regiones", title, deck, "Por Pedro Soto", _BODY)
    )
    article = noticiaparse.parse(page)
    assert article.headline is not None
    assert article.deck is not None
    assert (article.headline.text, article.deck.text) == (title, deck)
