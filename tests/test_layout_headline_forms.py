"""Titles in forms the page's other lines seldom take.

A title that opens with a count needs no capital letter ("5 claves para entender …"),
though a line with no capital is otherwise a tag; a title broken after a word no title
ends with ("Gobierno de Chile y" over "Argentina firman …") joins back whatever letter
opens its second line; a title left in suspense by an ellipsis is closed like no
sentence. Every page here is written for these tests, in several countries' styles.
"""

from __future__ import annotations

import pytest

import noticiaparse

_DECK = "La ley entrará en vigor en enero y afectará a cerca de dos millones de trabajadores"
_P1 = (
    "El Congreso aprobó este jueves la reforma del sistema de pensiones, que eleva la "
    "cotización de los empleadores y crea un fondo solidario para los jubilados."
)
_P2 = "La oposición anunció que recurrirá al Tribunal Constitucional."


@pytest.mark.parametrize(
    "title",
    [
        "5 claves para entender la reforma de pensiones aprobada",
        "10 cosas que debes saber sobre la nueva ley de pensiones",
        "3 dudas que deja la reforma previsional para los jubilados",
    ],
    ids=["cl-claves", "mx-cosas", "ar-dudas"],
)
@pytest.mark.parametrize("header", [True, False], ids=["decked", "bare"])
def test_a_counted_title_without_capitals(title: str, *, header: bool) -> None:
    top = f"Economía\n\n{title}\n\n{_DECK}\n\nPor Marta Quiroga\n\n" if header else f"{title}\n\n"
    article = noticiaparse.parse(f"{top}{_P1}\n\n{_P2}\n")
    assert article.headline is not None
    assert article.headline.text == title
    assert article.body[0].text == _P1


def test_a_tag_row_without_capitals_is_still_no_title() -> None:
    title = "El Congreso aprueba la reforma de pensiones"
    page = f"reforma previsional\n\n{title}\n\n{_P1}\n\n{_P2}\n"
    article = noticiaparse.parse(page)
    assert article.headline is not None
    assert article.headline.text == title


@pytest.mark.parametrize(
    ("upper", "lower"),
    [
        ("Gobierno de Chile y", "Argentina firman acuerdo para proteger los glaciares"),
        ("Acuerdo histórico entre", "Ecuador y Perú para vigilar la frontera"),
        ("Alcaldía lanza un plan para", "Bogotá con 200 nuevos buses eléctricos"),
    ],
    ids=["cl-conjunction", "ec-preposition", "co-para"],
)
def test_a_title_broken_after_an_open_word_joins_back(upper: str, lower: str) -> None:
    page = f"Política\n\n{upper}\n{lower}\n\n{_DECK}\n\nPor Marta Quiroga\n\n{_P1}\n\n{_P2}\n"
    article = noticiaparse.parse(page)
    assert article.headline is not None
    assert article.headline.text == f"{upper} {lower}"


@pytest.mark.parametrize("dots", ["...", "…"], ids=["three-dots", "ellipsis"])
def test_a_title_left_in_suspense_over_its_deck(dots: str) -> None:
    title = f"La reforma que nadie quería aprobar{dots}"
    page = f"Política\n\n{title}\n\n{_DECK}\n\nPor Marta Quiroga\n\n{_P1}\n\n{_P2}\n"
    article = noticiaparse.parse(page)
    assert article.headline is not None
    assert article.deck is not None
    assert (article.headline.text, article.deck.text) == (title, _DECK)


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "Diario del Valle - Política - El Congreso aprueba la reforma de pensiones",
            "El Congreso aprueba la reforma de pensiones",
        ),
        (
            "Noticias Andinas | Economía | Sube el precio del cobre por tercera semana",
            "Sube el precio del cobre por tercera semana",
        ),
    ],
    ids=["uy-site-section-dash", "pe-site-section-bar"],
)
def test_a_site_and_section_before_the_title_are_left_out(line: str, title: str) -> None:
    article = noticiaparse.parse(f"{line}\n\n{_P1}\n\n{_P2}\n")
    assert article.headline is not None
    assert article.headline.text == title


def test_a_byline_glued_after_the_title_with_no_space_is_left_out() -> None:
    title = "El Congreso aprueba la reforma de pensiones"
    article = noticiaparse.parse(f"{title}Por Marta Quiroga\n\n{_DECK}\n\n{_P1}\n\n{_P2}\n")
    assert article.headline is not None
    assert article.headline.text == title
