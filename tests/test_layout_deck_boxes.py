"""A related box under the title ("Lo más visto" and its headlines) gives no deck.

Every headline of the box's list, each right under the last, is another story's, not
this one's deck; a deck over the box stays the deck. Every page here is written for
these tests.
"""

from __future__ import annotations

import pytest

import noticiaparse

_TITLE = "Municipio reabre el mercado central tras tres meses de obras"
_DECK = "Los locatarios vuelven a atender con nuevos techos y un horario extendido."
_P1 = (
    "El mercado central volvió a abrir sus puertas este lunes, después de tres meses de "
    "obras de reparación del techo, informó la municipalidad en un comunicado."
)
_P2 = "Los locatarios celebraron la reapertura con música y descuentos para los vecinos."
_BOXES = {
    "mas-visto": "Lo más visto\nCae un avión de carga sin dejar heridos\n"
    "Suben los precios de los alimentos por tercer mes\nLa selección empata en el último minuto",
    "relacionadas": "Noticias relacionadas\nCierran por obras el paso fronterizo del norte\n"
    "Inauguran un hospital en la capital regional",
    "interesar": "Te puede interesar\nNuevo horario para el transporte urbano\n"
    "Vuelve la feria del libro al centro cultural\nAlertan por el aumento de estafas telefónicas",
}


@pytest.mark.parametrize("box", sorted(_BOXES))
def test_a_boxs_headlines_under_the_title_are_no_deck(box: str) -> None:
    page = f"{_TITLE}\n\n{_BOXES[box]}\n\nPor Ana Ruiz\n\n{_P1}\n\n{_P2}\n"
    article = noticiaparse.parse(page)
    assert (article.deck, [p.text for p in article.body]) == (None, [_P1, _P2])


@pytest.mark.parametrize("box", sorted(_BOXES))
def test_a_deck_over_the_box_stays_the_deck(box: str) -> None:
    page = f"{_TITLE}\n\n{_DECK}\n\n{_BOXES[box]}\n\nPor Ana Ruiz\n\n{_P1}\n\n{_P2}\n"
    article = noticiaparse.parse(page)
    assert article.deck is not None
    assert (article.deck.text, [p.text for p in article.body]) == (_DECK, [_P1, _P2])


@pytest.mark.parametrize("label", ["Te puede interesar", "Lee también", "Noticias relacionadas"])
def test_a_deck_over_a_one_link_box_and_the_byline_stays_the_deck(label: str) -> None:
    box = f"{label}\nVuelve la feria del libro al centro cultural"
    photo = "El intendente recorre los pasillos renovados del edificio.\nEFE"
    page = f"{_TITLE}\n\n{_DECK}\n\n{box}\n\nPor Ana Ruiz\n\n{photo}\n\n{_P1}\n\n{_P2}\n"
    article = noticiaparse.parse(page)
    assert article.deck is not None
    assert (article.deck.text, [p.text for p in article.body]) == (_DECK, [_P1, _P2])


@pytest.mark.parametrize("label", ["Te puede interesar", "Lee también", "Noticias relacionadas"])
def test_a_first_paragraph_over_a_one_link_box_stays_the_text(label: str) -> None:
    box = f"{label}\nVuelve la feria del libro al centro cultural"
    page = f"{_TITLE}\n\nPor Ana Ruiz\n\n{_P1}\n\n{box}\n\n{_P2}\n"
    article = noticiaparse.parse(page)
    assert (article.deck, article.body[0].text) == (None, _P1)


@pytest.mark.parametrize("box", sorted(_BOXES))
def test_the_photo_under_a_box_under_the_deck_is_no_paragraph(box: str) -> None:
    photo = "El intendente recorre los pasillos renovados del edificio.\nEFE"
    page = f"{_TITLE}\n\n{_DECK}\n\n{_BOXES[box]}\n\n{photo}\n\n{_P1}\n\n{_P2}\n"
    article = noticiaparse.parse(page)
    assert article.deck is not None
    assert (article.deck.text, [p.text for p in article.body]) == (_DECK, [_P1, _P2])


@pytest.mark.parametrize("box", sorted(_BOXES))
def test_a_boxs_headlines_on_a_page_spaced_twice_are_no_deck(box: str) -> None:
    # a renderer that sets a blank line under every line, the box's list too
    page = f"{_TITLE}\n\n{_BOXES[box]}\n\nPor Ana Ruiz\n\n{_P1}\n\n{_P2}\n".replace("\n", "\n\n")
    article = noticiaparse.parse(page)
    assert (article.deck, [p.text for p in article.body]) == (None, [_P1, _P2])
