"""A deck set apart from the text by the header stays the deck, whatever its words.

A sentence between the title and the byline, the date or the lead photo is the deck
(bajada). Two readings must not take it for something else: a photo's caption reads
"who is shown, then the scene" with no verb ("La ministra, durante la rueda de
prensa"), where a deck shaped alike says what happened ("El Gobierno anunció …,
tras …"); and the lead photo's caption closed by a full stop over its credit alone
("Vecinos cargan sus muebles." over "(Foto: Andina)") is header furniture, not the
first paragraph. Every page here is written for these tests, in several countries'
styles.
"""

from __future__ import annotations

import pytest

import noticiaparse

_P1 = (
    "El organismo detalló en un comunicado que la medida regirá durante los próximos "
    "seis meses y que será evaluada cada treinta días por una comisión técnica."
)
_P2 = "Los gremios del sector valoraron el anuncio, aunque pidieron más fiscalización."
_BODY = f"{_P1}\n\n{_P2}\n"


@pytest.mark.parametrize(
    ("title", "deck"),
    [
        (
            "Gobierno sube el salario mínimo desde julio",
            (
                "El Ejecutivo firmó el reajuste con la central sindical, tras tres meses de "
                "negociación."
            ),
        ),
        (
            "Metro de Lima suspende el servicio en la línea 1",
            (
                "La empresa cerró cuatro estaciones, este martes, por una falla eléctrica en "
                "la subestación central."
            ),
        ),
        (
            "Cierran la autopista por obras durante el fin de semana",
            (
                "Las autoridades de tránsito desviarán a los conductores, durante las obras, "
                "por la avenida lateral."
            ),
        ),
        (
            "El Ayuntamiento amplía las ayudas al alquiler",
            ("El pleno ha aprobado la ampliación, tras el acuerdo entre los grupos municipales."),
        ),
        (
            "Productores de café denuncian precios bajos",
            (
                "Los caficultores bloquearon la vía principal, ayer, para exigir apoyo del "
                "Gobierno nacional."
            ),
        ),
    ],
    ids=["cl-after", "pe-weekday", "mx-during", "es-perfect-after", "co-yesterday"],
)
def test_a_deck_with_its_verb_before_a_scene_is_no_caption(title: str, deck: str) -> None:
    page = f"{title}\n\n{deck}\n\nPor Carla Muñoz\n\n12 de marzo de 2024 | 10:31\n\n{_BODY}"
    article = noticiaparse.parse(page)
    assert article.deck is not None
    assert (article.deck.text, article.body[0].text) == (deck, _P1)


@pytest.mark.parametrize(
    "caption",
    [
        "La ministra de Economía, durante la rueda de prensa en Quito.",
        "Camiones cisterna, tras el corte del suministro",
        "El alcalde Jorge Díaz, a su llegada al municipio",
    ],
    ids=["ec-during", "mx-after", "cl-arrival"],
)
def test_a_verbless_caption_under_the_title_is_still_no_deck(caption: str) -> None:
    title = "Gobierno sube el salario mínimo desde julio"
    page = f"{title}\n\n{caption}\n\nPor Carla Muñoz\n\n{_BODY}"
    article = noticiaparse.parse(page)
    assert (article.deck, article.body[0].text) == (None, _P1)


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("Vecinos cargan sus muebles en la ribera del río.", "(Foto: Andina)"),
        ("Trabajadores reparan la vía férrea en el sector sur.", "Foto: Agencia Uno"),
        ("La avenida principal, inundada tras la tormenta.", "(Foto: Ana Soto)"),
    ],
    ids=["pe-bracketed", "cl-plain", "ar-bracketed"],
)
def test_a_deck_over_the_lead_photo_stays_the_deck(caption: str, credit: str) -> None:
    title = "Lluvias dejan tres muertos en el norte del país"
    deck = "Dos ríos se desbordaron y más de 800 familias fueron evacuadas de sus casas."
    page = f"{title}\n\n{deck}\n\n{caption}\n{credit}\n\n{_BODY}"
    article = noticiaparse.parse(page)
    assert article.deck is not None
    assert (article.deck.text, [p.text for p in article.body]) == (deck, [_P1, _P2])


def test_a_lead_that_tells_the_title_again_over_a_photo_stays_the_text() -> None:
    title = "Lluvias dejan tres muertos en el norte del país"
    lead = (
        "Las lluvias de las últimas horas dejaron tres muertos en el norte del país, "
        "según el último balance de las autoridades."
    )
    page = f"{title}\n\n{lead}\n\nVecinos cargan sus muebles.\n(Foto: Andina)\n\n{_BODY}"
    article = noticiaparse.parse(page)
    assert (article.deck, article.body[0].text) == (None, lead)


def test_the_last_paragraph_over_a_credit_at_the_end_is_no_caption() -> None:
    title = "Gobierno presenta un plan para acortar las listas de espera"
    deck = "La iniciativa busca coordinar mejor los hospitales públicos del país."
    last = "Los gremios de la salud recibieron el anuncio con cautela."
    page = f"{title}\n{deck}\n{last}\nFoto: Agencia Uno\n"
    article = noticiaparse.parse(page)
    assert article.deck is not None
    assert (article.deck.text, [p.text for p in article.body]) == (deck, [last])
