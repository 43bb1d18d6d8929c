"""Calls to the reader right under the title are furniture, never the deck.

A deck tells the news; a line under the title that sends the reader elsewhere or asks
them to subscribe, sign in, download or follow (lexicon ``page_notes.txt``) speaks of
the page. Every page here is written for these tests, in several countries' styles.
"""

from __future__ import annotations

import pytest

import noticiaparse

_TITLE = "Vecinos de San Miguel denuncian cortes de agua por tercer día consecutivo"
_P1 = (
    "Los vecinos de al menos seis barrios de San Miguel llevan tres días sin agua potable, "
    "después de que la rotura de una tubería matriz dejara sin servicio a unas 4.000 familias."
)
_P2 = (
    "La empresa de aguas informó que las reparaciones terminarán el jueves y que mientras "
    "tanto repartirá agua en camiones cisterna en las plazas del sector."
)
_P3 = "El municipio pidió a la empresa una compensación para los vecinos afectados."
_BODY = f"{_P1}\n\n{_P2}\n\n{_P3}\n"


@pytest.mark.parametrize(
    "note",
    [
        "Para leer esta nota completa, suscríbete por solo 990 pesos al mes",
        "Para seguir leyendo, inicia sesión o crea tu cuenta gratuita",
        "Más información sobre los cortes de agua en nuestro especial",
        "Suscríbete a nuestro boletín y recibe las noticias de tu comuna",
        "Síguenos en Google News para no perderte ninguna noticia",
        "Únete a nuestro canal de WhatsApp y entérate primero",
        "Descarga nuestra aplicación y recibe alertas de última hora",
        "Lee también: los barrios con más cortes de agua del año",
    ],
    ids=[
        "cl-paywall",
        "ar-sign-in",
        "es-more-information",
        "mx-newsletter",
        "co-google-news",
        "pe-whatsapp",
        "uy-app",
        "ve-read-also",
    ],
)
@pytest.mark.parametrize("byline", ["Por Carla Muñoz\n\n", ""], ids=["byline", "no-byline"])
def test_a_call_to_the_reader_under_the_title_is_no_deck(note: str, byline: str) -> None:
    article = noticiaparse.parse(f"Comunas\n\n{_TITLE}\n\n{note}\n\n{byline}{_BODY}")
    assert article.headline is not None
    assert (article.headline.text, article.deck) == (_TITLE, None)
    assert article.body[0].text == _P1


def test_a_deck_that_tells_the_news_stays() -> None:
    deck = "La rotura de una tubería matriz dejó sin servicio a unas 4.000 familias de seis barrios"
    article = noticiaparse.parse(f"Comunas\n\n{_TITLE}\n\n{deck}\n\nPor Carla Muñoz\n\n{_BODY}")
    assert article.deck is not None
    assert article.deck.text == deck


@pytest.mark.parametrize(
    "caption",
    [
        "El alcalde Jorge Díaz, durante la visita a los barrios afectados",
        "Vecinos de la población Los Aromos, este martes en San Miguel.",
        "La gerenta de la empresa, a su llegada a la reunión con los dirigentes",
        "Camiones cisterna, tras el corte del suministro",
    ],
    ids=["cl-during", "cl-weekday-place", "ar-on-arrival", "mx-after"],
)
def test_a_photos_caption_under_the_title_is_no_deck(caption: str) -> None:
    article = noticiaparse.parse(f"Comunas\n\n{_TITLE}\n\n{caption}\n\nPor Carla Muñoz\n\n{_BODY}")
    assert (article.deck, article.body[0].text) == (None, _P1)


def test_a_deck_with_a_scene_and_a_verb_stays() -> None:
    deck = "El alcalde, durante la visita a los barrios afectados, exigió una compensación"
    article = noticiaparse.parse(f"Comunas\n\n{_TITLE}\n\n{deck}\n\nPor Carla Muñoz\n\n{_BODY}")
    assert article.deck is not None
    assert article.deck.text == deck
