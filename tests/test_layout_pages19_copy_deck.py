"""The deck under the title's copy (pages19).

Written for these tests in several countries' styles. A renderer that shows the title
twice (the h1 and a copy right under it) reads the copy as the deck repeating it; when
the page sets a summary apart under the copy (a byline or date under the summary), the
summary is the deck and the copy only the title again.
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_layout

TITLES = (
    "Ministra de Vivienda: “No vamos a subir los dividendos”",
    "El alcalde de Rosario anuncia un plan de bacheo para el verano",
    "Gobernadora de Sonora presenta su segundo informe de gobierno",
)
SUMMARY = (
    "Conversamos con la autoridad sobre los plazos de las obras, el presupuesto del"
    " próximo año y las críticas de los gremios, que piden más diálogo."
)
TEXT = (
    "¿Cuándo estarán listas las primeras obras?\n\n"
    "Esperamos inaugurar las primeras a fines de marzo, si el clima acompaña y los"
    " contratistas cumplen con lo pactado.\n\n"
    "¿Y el presupuesto alcanza?\n\n"
    "Alcanza para lo comprometido este año; lo demás dependerá de la discusión en el"
    " Congreso durante el segundo semestre.\n"
)


@pytest.mark.parametrize("title", TITLES)
def test_a_summary_under_the_copy_is_the_deck(title: str) -> None:
    head = f"Inicio Entrevistas {title}\n\n{title}\n\n{title}\n\n"
    layout = parse_layout(f"{head}{SUMMARY}\n\nPor Andrea Villalobos\n\n{TEXT}")
    assert layout.headline is not None
    assert layout.headline.text == title
    assert layout.deck is not None
    assert layout.deck.text == SUMMARY
    assert all(p.text not in (title, SUMMARY) for p in layout.body)


@pytest.mark.parametrize("title", TITLES)
def test_the_lead_under_the_copy_stays_the_text_s(title: str) -> None:
    lead = (
        "La autoridad presentó este lunes el calendario de obras, que se extenderá"
        " durante todo el próximo año, y respondió a las críticas de los gremios."
    )
    page = f"Inicio Entrevistas {title}\n\n{title}\n\n{title}\n\n{lead}\n\n{TEXT}"
    layout = parse_layout(page)
    assert layout.deck is None or layout.deck.text == title
    assert layout.body[0].text == lead
