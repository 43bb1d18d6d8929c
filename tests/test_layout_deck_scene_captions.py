"""A photo's caption under the title with no credit is no deck; a deck shaped alike stays one.

A caption names who is shown and the scene, with no verb ("Vecinos de Ate durante la
marcha", "El ministro, en rueda de prensa en Lima", "Archivo. La jueza …"); a deck says
what happened. Every page here is written for these tests.
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
_P3 = "La obra costó 40 millones de pesos y fue financiada con fondos regionales."


@pytest.mark.parametrize(
    "caption",
    [
        "Vecinos de Iztapalapa durante el bloqueo en la calzada Ermita.",
        "El alcalde Juan Soto junto a locatarios del mercado La Esperanza.",
        "Diputados de la Asamblea Legislativa durante la sesión plenaria",
        "La ministra de Economía a su llegada al Palacio de Gobierno.",
        "El intendente, en rueda de prensa en la municipalidad.",
        "Archivo. El intendente en una recorrida anterior por el mercado.",
        "ARCHIVO | La jueza de la causa en una audiencia de 2022.",
    ],
    ids=["durante", "junto-a", "open", "llegada", "en", "archivo", "archivo-bar"],
)
@pytest.mark.parametrize("gap", ["\n\n", "\n"], ids=["spaced", "tight"])
def test_a_verbless_caption_under_the_title_is_no_deck(caption: str, gap: str) -> None:
    page = gap.join([_TITLE, caption, _P1, _P2, _P3]) + "\n"
    article = noticiaparse.parse(page)
    assert (article.deck, article.body[0].text) == (None, _P1)


@pytest.mark.parametrize(
    "deck",
    [
        "Los locatarios protestaron durante meses por la demora de las obras.",
        "Los precios bajan durante la primera semana por las ofertas de reapertura.",
        "El intendente recorre el edificio junto a los locatarios y promete más controles.",
        "Los vecinos piden más estacionamientos durante los fines de semana.",
        "El municipio, en cambio, descarta nuevas obras en el edificio este año.",
    ],
    ids=["preterite", "present", "present-junto", "present-piden", "two-commas"],
)
def test_a_deck_with_a_scenes_words_stays_the_deck(deck: str) -> None:
    page = f"{_TITLE}\n\n{deck}\n\nPor Ana Ruiz\n\n{_P1}\n\n{_P2}\n\n{_P3}\n"
    article = noticiaparse.parse(page)
    assert article.deck is not None
    assert (article.deck.text, article.body[0].text) == (deck, _P1)


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("Por Ana Ruiz y Luis Soto, enviados especiales a Kiev", ("Ana Ruiz", "Luis Soto")),
        ("Por Marta Gil y Sara Díaz, enviadas especiales a Quito", ("Marta Gil", "Sara Díaz")),
        ("Pedro Ríos y Juan Vera, enviados especiales", ("Pedro Ríos", "Juan Vera")),
    ],
    ids=["por-place", "feminine", "bare"],
)
def test_a_byline_of_special_envoys_is_no_deck(byline: str, authors: tuple[str, ...]) -> None:
    page = f"{_TITLE}\n\n{byline}\n\n{_P1}\n\n{_P2}\n\n{_P3}\n"
    article = noticiaparse.parse(page)
    assert (article.deck, article.body[0].text) == (None, _P1)
    assert article.authors == authors
