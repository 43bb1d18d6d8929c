"""A section's label and the date on one line, beside the title: "Sociedad | 3 de julio de 2024".

A page may set its section and its date on one line over the title (where a kicker
stands) or under it, the label first and a bar, a dot or a slash between; the date is the
page's publication line (docs/layout.md, the publication line). And an e-mail address
alone under the byline is the author's contact, never a run of the byline's names.
"""

from __future__ import annotations

import datetime as dt

import pytest

from noticiaparse import parse_layout

_P1 = (
    "La cooperativa de agua potable del valle anunció este martes que ampliará su red "
    "hacia tres sectores rurales que hasta ahora se abastecían con camiones aljibe."
)
_P2 = (
    "El gerente de la entidad explicó que las obras durarán cerca de ocho meses y que "
    "serán financiadas con un crédito del banco regional y aportes de los socios."
)
_P3 = "Los vecinos de los sectores altos pidieron que el trazado llegue también a la escuela."
_BODY = f"{_P1}\n\n{_P2}\n\n{_P3}\n"
_TITLE = "La cooperativa del valle llevará agua potable a tres sectores rurales"
_DECK = "Las obras durarán ocho meses y beneficiarán a unas novecientas familias."


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Sociedad | Miércoles 3 de julio de 2024 | 09:15", dt.date(2024, 7, 3)),
        ("Regiones · 03/07/2024 09:15", dt.date(2024, 7, 3)),
        ("Economía y Negocios / 3 de julio de 2024", dt.date(2024, 7, 3)),
        ("Medio Ambiente | julio 3, 2024", dt.date(2024, 7, 3)),
    ],
    ids=["cl-bar-weekday", "ar-dot-figures", "mx-slash-joined-label", "us-month-first"],
)
def test_a_labelled_date_over_the_title_is_the_publication(line: str, expected: dt.date) -> None:
    menu = "Inicio\nPolítica\nEconomía\nDeportes"
    page = f"{menu}\n\n{line}\n\n{_TITLE}\n\n{_DECK}\n\nPor Ana Soto\n\n{_BODY}"
    layout = parse_layout(page)
    assert layout.headline is not None
    assert layout.headline.text == _TITLE
    assert layout.published is not None
    value = layout.published.value
    assert (value.date() if isinstance(value, dt.datetime) else value) == expected


def test_a_labelled_date_under_the_title_is_the_publication() -> None:
    page = f"{_TITLE}\n\n{_DECK}\n\nPor Ana Soto\n\nSociedad | 3 de julio de 2024\n\n{_BODY}"
    layout = parse_layout(page)
    assert layout.published is not None
    assert layout.published.value == dt.date(2024, 7, 3)


def test_a_sentence_over_a_bar_and_a_date_is_no_label() -> None:
    page = f"Murieron tres personas | 3 de julio de 2024\n\n{_TITLE}\n\n{_DECK}\n\n{_BODY}"
    layout = parse_layout(page)
    assert layout.published is None


@pytest.mark.parametrize(
    "byline",
    [
        "Por Juan Carlos de la Garza y Ximena Ortiz\nredaccion@diario.example",
        "Por Juan Carlos de la Garza y Ximena Ortiz\n  jgarza@noticias-bajio.mx",
    ],
    ids=["desk-address", "own-address-indented"],
)
def test_an_address_under_the_byline_is_no_name(byline: str) -> None:
    page = f"{_TITLE}\n{_DECK}\n{byline}\n12 de marzo de 2023 - 14:20 hrs.\n{_P1}\n{_P2}\n"
    layout = parse_layout(page)
    assert layout.authors == ("Juan Carlos de la Garza", "Ximena Ortiz")
    assert [p.text for p in layout.body] == [_P1, _P2]
