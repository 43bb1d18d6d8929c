"""Media titles, cards' excerpts and related headlines under the title are no deck.

A page labels the media it embeds under the title ("VIDEO", "Galería", "FOTOS"); the
short line under the label titles that media. A card's excerpt, cut short by an
ellipsis and followed by the card's date, is the page's metadata shown as a card, never
the deck. Every page here is written for these
tests, in several countries' styles.
"""

from __future__ import annotations

import pytest

import noticiaparse

_TITLE = "Crecida del río Mapocho obliga a cerrar dos puentes en Santiago"
_P1 = (
    "La Dirección de Vialidad cerró este jueves los puentes Purísima y Loreto después de "
    "que la crecida del río Mapocho socavara parte de sus cimientos durante la madrugada."
)
_P2 = "Los equipos técnicos evaluarán los daños cuando baje el caudal del río."


@pytest.mark.parametrize(
    ("label", "media_title"),
    [
        ("VIDEO", "Así se ve el río desde el puente Purísima"),
        ("Galería", "Las imágenes de la crecida en el centro de la capital"),
        ("EN VIDEO", "Vecinos graban la fuerza del agua bajo el puente"),
        ("FOTOS", "El antes y el después de la ribera norte"),
    ],
    ids=["cl-video", "ar-gallery", "mx-en-video", "co-photos"],
)
def test_a_media_title_under_its_label_is_no_deck(label: str, media_title: str) -> None:
    page = f"{_TITLE}\n\n{label}\n\n{media_title}\n\nPor Ignacio Fuentes\n\n{_P1}\n\n{_P2}\n"
    article = noticiaparse.parse(page)
    assert article.headline is not None
    assert (article.headline.text, article.deck) == (_TITLE, None)
    assert [p.text for p in article.body] == [_P1, _P2]


def test_the_deck_under_a_media_title_stays() -> None:
    deck = "Las autoridades descartan por ahora evacuar a los vecinos de la ribera."
    page = (
        f"{_TITLE}\n\nVIDEO\n\nAsí se ve el río desde el puente Purísima\n\n{deck}\n\n"
        f"Por Ignacio Fuentes\n\n{_P1}\n\n{_P2}\n"
    )
    article = noticiaparse.parse(page)
    assert article.deck is not None
    assert article.deck.text == deck


@pytest.mark.parametrize(
    "card",
    [
        (
            "Los puentes Purísima y Loreto quedaron cerrados tras la crecida que afectó a la... "
            "14.06.2025, Agencia Sur"
        ),
        (
            "Vialidad evalúa los daños en los cimientos de dos puentes del centro de la… "
            "14/06/2025 Diario del Valle"
        ),
    ],
    ids=["dotted-date", "slashed-date"],
)
def test_a_cards_excerpt_cut_short_with_its_date_is_no_deck(card: str) -> None:
    page = f"{_TITLE}\n\nAgencia Sur\n\n{card}\n\n2025-06-14T10:40+0000\n\n{_P1}\n\n{_P2}\n"
    article = noticiaparse.parse(page)
    assert article.deck is None
    assert [p.text for p in article.body] == [_P1, _P2]


@pytest.mark.parametrize(
    "label",
    ["Noticias relacionadas", "Te puede interesar", "Lee también"],
    ids=["cl-related", "mx-may-interest", "es-read-also"],
)
def test_a_related_headline_under_its_label_is_no_deck(label: str) -> None:
    related = "Reabren el puente Pío Nono tras la revisión de sus cimientos"
    page = f"{_TITLE}\n\n{label}\n{related}\n\n{_P1}\n\n{_P2}\n"
    article = noticiaparse.parse(page)
    assert article.headline is not None
    assert (article.headline.text, article.deck) == (_TITLE, None)
    assert [p.text for p in article.body] == [_P1, _P2]
