"""The lead photo's caption between the deck and the byline (issue 15).

Every page here is written for these tests, in several countries' styles: a caption that
names who is shown and the scene ("La ministra, durante …"), one closed by its photo's
kind ("…, en una imagen de archivo") or one over its credit alone ("Foto: …") is header
furniture: it is never joined to the deck as its second line, and it does not keep the
line over it from being the deck.
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_layout

_TITLE = "El Gobierno recorta el subsidio al diésel para el transporte de carga"
_DECK = "La medida busca ahorrar 300 millones de dólares al año y será gradual."
_BODY = (
    "El Ministerio de Economía anunció este martes un recorte en el subsidio al diésel para "
    "los camiones de carga pesada, una medida que permitirá ahorrar cerca de 300 millones "
    "de dólares al año, según las cifras oficiales.\n\n"
    "La ministra explicó que la reducción será gradual y que se compensará a los "
    "transportistas con un bono mensual durante los primeros seis meses del nuevo esquema.\n\n"
    "Los gremios rechazaron la decisión y anunciaron asambleas para la próxima semana.\n"
)


@pytest.mark.parametrize(
    "caption",
    [
        "La ministra de Economía, durante la rueda de prensa en Quito.",
        "La ministra de Economía, Verónica Aguilar, durante la rueda de prensa.",
        "Camiones de carga en la ruta a Guayaquil, en una imagen de archivo.",
        "Camiones de carga en una estación de servicio de Bogotá.\nFoto: Archivo",
        "El ministro de Hacienda, a su llegada al Congreso.\n\nFoto: Luis Mora / EFE",
    ],
    ids=[
        "scene-ecuador",
        "scene-apposition-mexico",
        "archive-peru",
        "credit-colombia",
        "credit-spaced-espana",
    ],
)
@pytest.mark.parametrize(
    "header",
    ["Por Rocío Paredes", "Por Rocío Paredes\n\n12 de marzo de 2024 | 10:15"],
    ids=["byline", "byline-date"],
)
def test_a_caption_between_the_deck_and_the_byline(caption: str, header: str) -> None:
    layout = parse_layout(f"{_TITLE}\n\n{_DECK}\n\n{caption}\n\n{header}\n\n{_BODY}")
    assert layout.deck is not None
    assert layout.deck.text == _DECK


@pytest.mark.parametrize(
    "caption",
    [
        "La ministra de Economía, durante la rueda de prensa en Quito.",
        "El presidente del gremio, Julio Sandoval, a su llegada al ministerio.",
    ],
    ids=["scene", "apposition"],
)
def test_a_caption_under_the_title_is_no_deck(caption: str) -> None:
    layout = parse_layout(f"{_TITLE}\n\n{caption}\n\n{_BODY}")
    assert layout.deck is None


def test_a_deck_with_an_apposition_and_a_verb_stays_the_deck() -> None:
    deck = "La ministra de Economía, Verónica Aguilar, durante la visita, anunció un bono."
    layout = parse_layout(f"{_TITLE}\n\n{deck}\n\nPor Rocío Paredes\n\n{_BODY}")
    assert layout.deck is not None
    assert layout.deck.text == deck


@pytest.mark.parametrize(
    "caption",
    [
        "El ministro de Economía en la rueda de prensa de este martes en Quito.",
        "Camiones detenidos en un control de carretera al sur de Lima.",
    ],
    ids=["ecuador", "peru"],
)
@pytest.mark.parametrize("credit", ["Foto: Archivo", "Foto: Luis Mora / EFE"], ids=str)
def test_a_closed_caption_over_its_credit_then_the_deck(caption: str, credit: str) -> None:
    page = f"{_TITLE}\n\n{caption}\n\n{credit}\n\n{_DECK}\n\nPor Rocío Paredes\n\n{_BODY}"
    layout = parse_layout(page)
    assert layout.deck is not None
    assert layout.deck.text == _DECK


def test_a_deck_over_a_photo_credit_alone_stays_the_deck() -> None:
    layout = parse_layout(f"{_TITLE}\n\n{_DECK}\n\nFoto: Archivo\n\n{_BODY}")
    assert layout.deck is not None
    assert layout.deck.text == _DECK


_POINTS = (
    "El ministerio recortará el subsidio al diésel de forma gradual desde enero",
    "Los transportistas recibirán un bono mensual durante los primeros seis meses",
    "Los gremios anuncian asambleas para decidir si convocan a un paro nacional",
)


def test_a_summarys_points_glued_into_one_line_give_the_first_as_the_deck() -> None:
    glued = "".join(_POINTS)
    layout = parse_layout(f"{_TITLE}\n\n{glued}\n\nPor Rocío Paredes\n\n{_BODY}")
    assert layout.deck is not None
    assert layout.deck.text == _POINTS[0]


@pytest.mark.parametrize(
    "deck",
    [
        "La plataforma de videos YouTube retirará los anuncios del canal desde enero próximo",
        "Los usuarios de WhatsApp y de PlayStation denuncian fallas en el servicio desde ayer",
    ],
    ids=["one-brand", "two-brands-short-points"],
)
def test_a_brands_capital_inside_a_word_cuts_no_deck(deck: str) -> None:
    layout = parse_layout(f"{_TITLE}\n\n{deck}\n\nPor Rocío Paredes\n\n{_BODY}")
    assert layout.deck is not None
    assert layout.deck.text == deck


@pytest.mark.parametrize(
    "header",
    ["Por Rocío Paredes\n\n12 de marzo de 2024 | 10:15", "Rocío Paredes\n\nMadrid"],
    ids=["byline-date", "name-place"],
)
@pytest.mark.parametrize("sep", ["\n\n", "\n"], ids=["spaced", "single-breaks"])
def test_a_deck_set_as_three_points_is_one_deck(header: str, sep: str) -> None:
    page = f"{_TITLE}\n\n{sep.join(_POINTS)}\n\n{header}\n\n{_BODY}"
    layout = parse_layout(page)
    assert layout.deck is not None
    assert layout.deck.text == " ".join(_POINTS)


def test_two_open_lines_under_the_title_keep_the_first_as_the_deck() -> None:
    # two points may be a deck and a related headline: only the first is the deck
    page = f"{_TITLE}\n\n{_POINTS[0]}\n\n{_POINTS[1]}\n\nPor Rocío Paredes\n\n{_BODY}"
    layout = parse_layout(page)
    assert layout.deck is not None
    assert layout.deck.text == _POINTS[0]
