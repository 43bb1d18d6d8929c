"""The site's "today" date over the headline is not the article's (docs/layout.md).

Every page here is written for these tests, as scrapers render pages of several
countries: a masthead that prints the day the page is read among its menus, weather
and market tickers; a kicker and the article's date set right over the title; a date
with a byline and the counts of comments beside it; dates of related articles and
comments further down.
"""

from __future__ import annotations

import datetime as dt

import pytest

from noticiaparse import parse
from noticiaparse._layout.published import date_before_label, date_in_byline

_P1 = (
    "El concejo municipal aprobó este martes el plan de ciclovías que unirá los barrios del "
    "sur con el centro de la ciudad, tras una votación que terminó con nueve votos a favor "
    "y dos en contra, después de tres meses de discusión."
)
_P2 = (
    "La obra costará cerca de cuatro millones de dólares y se financiará con fondos del "
    "gobierno regional, según explicó el secretario de planificación ante los vecinos que "
    "llenaron la sala durante la sesión de la tarde."
)
_P3 = (
    "Los comerciantes del centro pidieron que los trabajos se hagan de noche para no "
    "afectar las ventas, y el municipio se comprometió a estudiar un calendario por tramos "
    "antes de llamar a licitación a fines de año."
)
_BODY = f"{_P1}\n\n{_P2}\n\n{_P3}\n"
_TITLE = "El concejo aprueba la red de ciclovías que unirá el sur con el centro"
_DECK = "La obra costará cuatro millones de dólares y se licitará a fin de año."
_MENU = "Inicio\nCiudad\nPaís\nMundo\nDeportes\nOpinión\n"


def _published(text: str) -> dt.date | None:
    value = parse(text).to_dict()["published"]
    return None if value is None else dt.date.fromisoformat(str(value["value"])[:10])


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # Chile: the masthead's day over the menus, the article undated
        (
            f"Sábado, 14 de noviembre de 2026\n{_MENU}\n{_TITLE}\n\n{_DECK}\n\n{_BODY}",
            None,
        ),
        # Argentina: the day among the menu, right under its last label
        (f"{_MENU}Viernes 9 de octubre de 2026\n\n{_TITLE}\n\n{_DECK}\n\n{_BODY}", None),
        # Spain: the day and time beside the market ticker, then the title
        (
            f"IBEX 35 ▲ +0,42%\nMartes 08.02.2022 | 09:15\n\n{_TITLE}\n\n{_DECK}\n\n{_BODY}",
            None,
        ),
        # Peru: weather, the day, then a section's label and the title
        (
            f"Lima 19°C\nmiércoles, 3 de marzo de 2021\nPolítica\n\n{_TITLE}\n\n{_BODY}",
            None,
        ),
        # Mexico: the masthead's day, then the article's own date under the title
        (
            (
                f"Domingo, 20 de septiembre de 2026\n{_MENU}\n{_TITLE}\n\n{_DECK}\n\n"
                f"Por Luis Mora\n\n17 de septiembre de 2026 - 10:31\n\n{_BODY}"
            ),
            dt.date(2026, 9, 17),
        ),
    ],
    ids=["cl-masthead", "ar-among-menu", "es-ticker", "pe-weather", "mx-own-date-under"],
)
def test_the_masthead_day_is_not_the_publication(page: str, expected: dt.date | None) -> None:
    assert _published(page) == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # Mexico: the title tag, a section's kicker and the date right over the title
        (
            (
                f"{_TITLE} - El Sol del Valle\n\nFinanzas\n\n/ jueves 9 de junio de 2022\n\n"
                f"{_TITLE}\n\n{_BODY}"
            ),
            dt.date(2022, 6, 9),
        ),
        # Colombia: the date alone right over the title, at the page's top
        (f"09/06/2022\n{_TITLE}\n\n{_DECK}\n\n{_BODY}", dt.date(2022, 6, 9)),
        # Uruguay: a labelled date far over the title, among menus, is the page's
        (
            f"Publicado: 3 de mayo de 2023\n{_MENU}{_MENU}\n{_TITLE}\n\n{_BODY}",
            dt.date(2023, 5, 3),
        ),
        # a metadata block's date field, as an extractor writes it
        (
            (
                f'---\ntitle: "{_TITLE}"\ndate: "2024-11-03"\ntags: [\'ciudad\']\n---\n{_MENU}\n'
                f"{_TITLE}\n\n{_BODY}"
            ),
            dt.date(2024, 11, 3),
        ),
    ],
    ids=["mx-kicker-and-date", "co-date-right-over", "uy-labelled-far", "metadata-field"],
)
def test_a_date_over_the_title_that_is_the_articles(page: str, expected: dt.date) -> None:
    assert _published(page) == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # Peru: a theme's byline line, the date among counts of comments and views
        (
            f"{_MENU}\n{_TITLE}\n\nPor Luis Mora - 3 agosto, 2021 5 12\n\n{_BODY}",
            dt.date(2021, 8, 3),
        ),
        # Venezuela: the same, the date in numbers
        (
            f"{_TITLE}\n\nEscrito por Ana Ruiz  ·  12/01/2023  ·  0 comentarios 48\n\n{_BODY}",
            dt.date(2023, 1, 12),
        ),
    ],
    ids=["pe-byline-with-counters", "ve-numeric-with-counters"],
)
def test_a_date_inside_the_byline_line(page: str, expected: dt.date) -> None:
    assert _published(page) == expected


_MARKED = (
    '[ Por **Luis Mora** ](https://diario.example/autor/luis-mora/ "Notas del autor") '
    "Publicado **3 agosto, 2021** __2[ __0](https://diario.example/cortes-de-agua-en-el-norte"
    '-de-la-region/#respond "Deja un comentario en: Cortes de agua en el norte de la región")'
)


def test_a_byline_line_filled_with_links_gives_the_author_and_date() -> None:
    article = parse(f"{_TITLE}\n\n{_MARKED}\n\n{_DECK}\n\n{_BODY}").to_dict()
    assert article["authors"] == ["Luis Mora"]
    assert str(article["published"]["value"]) == "2021-08-03"


@pytest.mark.parametrize(
    "line",
    ["Por decreto del 3 de marzo de 2021 se fijó el precio", "Por la tarde, 3 de marzo de 2021"],
    ids=["a-sentence", "a-time-of-day"],
)
def test_a_sentence_opened_by_por_is_no_byline_line(line: str) -> None:
    assert date_in_byline(line) is None


@pytest.mark.xfail(
    strict=True,
    reason="a kicker and the date right under a menu of four labels or more read as the "
    "masthead's day among its menu: the article's date set so is lost",
)
def test_a_kicker_and_date_right_under_the_menu_is_a_known_miss() -> None:
    page = f"{_MENU}\nFinanzas\n\n/ jueves 9 de junio de 2022\n\n{_TITLE}\n\n{_BODY}"
    assert _published(page) == dt.date(2022, 6, 9)


def test_a_related_articles_date_further_down_is_not_the_pages() -> None:
    page = (
        f"{_TITLE}\n\n{_DECK}\n\n{_BODY}\nFuente: Diario del Sur\n\nMás noticias\n\n"
        "* [El clima de la semana trae lluvias al sur](https://diario.example/clima)\n\n"
        "Comentarios\n\nRosa Quiroga\n\n17 de septiembre de 2025 – 05:21\n"
    )
    article = parse(page).to_dict()
    assert article["published"] is None
    assert article["authors"] == []


def test_a_date_signing_the_last_paragraph_is_the_pages() -> None:
    page = f"{_TITLE}\n\n{_DECK}\n\n{_BODY}\n28 de febrero de 2024\n"
    assert _published(page) == dt.date(2024, 2, 28)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("15/10/2025 Estatal", dt.date(2025, 10, 15)),
        ("Martes 2 de mayo de 2023 | Política", dt.date(2023, 5, 2)),
        ("4 de junio de 2024 · Sociedad y Cultura", dt.date(2024, 6, 4)),
    ],
    ids=["mx-numeric-and-section", "cl-weekday-bar-section", "ar-dot-two-word-section"],
)
def test_a_date_and_its_section_under_the_title(line: str, expected: dt.date) -> None:
    assert _published(f"{_MENU}\n{_TITLE}\n\n{line}\n\n{_DECK}\n\n{_BODY}") == expected


def test_a_date_before_a_sentence_is_no_label() -> None:
    assert date_before_label("15/10/2025 murieron tres personas en el choque") is None
