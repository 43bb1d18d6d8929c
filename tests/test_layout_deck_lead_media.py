"""The deck over the lead image, and the title's copies in a list: issue 15 (deckR).

Templates set the title, the deck, the lead image (its file's name or a markdown
image, as scrapers render it), then the text; a page without a deck sets its lead image
over its first paragraph, not under it. So a sentence right under the title with the
image's line right under it is the deck, even when it tells the title's news again
(which alone reads as a lead). Under a byline or a date the text may have begun: an
image under the first paragraph there sets no deck; nor does a credit, a player or a
call under the first paragraph (``test_layout_above``). A share list's or a menu's
items that repeat the title are copies of it, never the deck. Every page here is
written for these tests, in several countries' styles.
"""

from __future__ import annotations

import pytest

import noticiaparse

_PAGES = {
    "py-file": (
        "Cierran el puente de la ruta 2 por la crecida del río",
        (
            "El ministerio de Obras Públicas cerró este lunes el puente de la ruta 2 por la "
            "crecida del río Tebicuary."
        ),
        "puente-ruta-2.png",
    ),
    "mx-file": (
        "Suspenden clases en tres municipios por las lluvias",
        (
            "La Secretaría de Educación suspendió las clases en tres municipios por las lluvias "
            "de este fin de semana."
        ),
        "lluvias-escuelas-municipios.jpg",
    ),
    "ar-markdown-image": (
        "Detienen a dos hombres por el robo de cables en Rosario",
        (
            "La policía detuvo a dos hombres acusados del robo de cables del tendido eléctrico "
            "en la zona sur de Rosario."
        ),
        "![Patrullero en la zona sur](https://diario.example/fotos/rosario-cables.webp)",
    ),
    "es-file-spaced": (
        "El Ayuntamiento de Cádiz amplía el horario de las bibliotecas",
        (
            "El Ayuntamiento de Cádiz ampliará el horario de las bibliotecas municipales durante "
            "la época de exámenes."
        ),
        "biblioteca municipal cadiz.JPG",
    ),
}

_LEAD = (
    "Los trabajos comenzarán la próxima semana y se extenderán por lo menos hasta fin de "
    "mes, según detallaron los técnicos que recorrieron la zona afectada este domingo."
)
_NEXT = "Las autoridades pidieron a los vecinos respetar los desvíos señalizados."


@pytest.mark.parametrize("case", list(_PAGES), ids=list(_PAGES))
def test_a_sentence_over_the_lead_image_is_the_deck(case: str) -> None:
    title, deck, media = _PAGES[case]
    page = f"12 de mayo de 2025\n\n{title}\n\n{deck}\n\n{media}\n\n{_LEAD}\n\n{_NEXT}\n"
    article = noticiaparse.parse(page)
    assert article.headline is not None
    assert article.deck is not None
    assert (article.headline.text, article.deck.text) == (title, deck)
    assert [p.text for p in article.body] == [_LEAD, _NEXT]


@pytest.mark.parametrize("case", list(_PAGES), ids=list(_PAGES))
def test_a_first_paragraph_over_a_photo_under_the_byline_is_no_deck(case: str) -> None:
    title, first, _ = _PAGES[case]
    photo = "-".join(title.lower().split()[:3]) + ".jpg"
    page = f"{title}\n\nPor Ana Benítez\n\n12 de mayo de 2025\n\n{first}\n\n{photo}\n\n{_LEAD}\n"
    article = noticiaparse.parse(page)
    assert article.deck is None
    assert [p.text for p in article.body] == [first, _LEAD]


def test_a_retold_sentence_with_no_media_under_it_is_still_the_lead() -> None:
    title, first, _ = _PAGES["mx-file"]
    page = f"{title}\n\n{first}\n\n{_LEAD}\n\n{_NEXT}\n"
    article = noticiaparse.parse(page)
    assert article.deck is None
    assert [p.text for p in article.body] == [first, _LEAD, _NEXT]


@pytest.mark.parametrize("mark", ["  • ", "  * ", "- "], ids=["bullet", "star", "dash"])
def test_the_title_again_as_list_items_is_no_deck(mark: str) -> None:
    title = "Las claves del nuevo código de aguas que debate el Congreso"
    page = (
        f"{title}\n\n{mark}{title}\n{mark}{title}\n\nPublicado el 3 de abril de 2024\n\n"
        f"Por Laura Giménez\n\n{_LEAD}\n\n{_NEXT}\n"
    )
    article = noticiaparse.parse(page)
    assert article.headline is not None
    assert (article.headline.text, article.deck) == (title, None)
    assert [p.text for p in article.body] == [_LEAD, _NEXT]
