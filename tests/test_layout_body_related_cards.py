"""A related article's card under its label: the headline and its one-sentence summary.

Pages set other articles as cards: a label ("Lee también", "Te puede interesar", "Más
noticias"), the headline, one sentence of summary, often a date. The summary is the
card's when a date or a time stamp follows it. Written for these tests in several
countries' styles; the counter-examples keep the article's own sentence under a teaser
with no date after it, in the text or as its last sentence.
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_layout

HEAD = (
    "Municipio anuncia plan de reparación de veredas en los cerros\n\n"
    "Por Camila Ortega\n\n"
    "12 de marzo de 2024 | 10:15\n\n"
)
P = (
    (
        "El alcalde presentó este lunes un plan para reparar las veredas de los cerros más"
        " afectados por las lluvias del invierno pasado, con obras desde abril."
    ),
    (
        "Según el municipio, las obras se concentrarán en tres sectores donde los vecinos"
        " han denunciado caídas y accidentes durante los últimos meses."
    ),
    (
        "Los dirigentes vecinales valoraron el anuncio, aunque pidieron que las obras no"
        " interrumpan el tránsito de los buses durante la mañana."
    ),
)


def _body(*blocks: str) -> list[str]:
    page = HEAD + "\n\n".join(blocks) + "\n"
    return [p.text for p in parse_layout(page).body]


CARDS = [
    pytest.param(
        "También te puede interesar",
        "Gobierno anuncia bono para familias afectadas por los incendios",
        "El beneficio llegará a más de 20.000 hogares de la región durante abril.",
        "11/03/2024",
        id="chile-list-label-dated",
    ),
    pytest.param(
        "Te puede interesar",
        "La inflación de febrero fue la más baja en cuatro años",
        "El índice de precios subió 2,4% y acumula seis meses de desaceleración.",
        "Hace 40 minutos",
        id="argentina-teaser-label-minutes-ago",
    ),
    pytest.param(
        "Lee también",
        "Suspenden clases en tres municipios por la tormenta tropical",
        "La Secretaría de Educación pidió a las familias mantenerse en casa.",
        "Hace 2 horas",
        id="mexico-relative-stamp",
    ),
    pytest.param(
        "Noticias relacionadas",
        "El Ayuntamiento aprueba la nueva ordenanza de terrazas",
        "La norma amplía el horario en verano y limita el número de mesas por local.",
        "9 de mayo de 2022",
        id="spain-related-label",
    ),
]


@pytest.mark.parametrize(("label", "headline", "summary", "date"), CARDS)
def test_a_card_after_the_text_is_furniture(
    label: str, headline: str, summary: str, date: str
) -> None:
    assert _body(*P, label, headline, summary, date) == list(P)


@pytest.mark.parametrize(("label", "headline", "summary", "date"), CARDS)
def test_a_dated_card_between_paragraphs_is_furniture(
    label: str, headline: str, summary: str, date: str
) -> None:
    assert _body(P[0], P[1], label, headline, summary, date, P[2]) == list(P)


def test_the_text_going_on_under_a_teaser_stays() -> None:
    # no date under it and the article's paragraphs after it: the sentence is the text's
    said = "Las obras comenzarán por el sector más dañado, según el municipio."
    body = _body(
        P[0], "Lee también", "Gobierno anuncia bono para familias afectadas", said, P[1], P[2]
    )
    assert said in body


def test_the_texts_last_sentence_under_a_teaser_stays() -> None:
    said = "Las obras comenzarán en abril."
    body = _body(P[0], P[1], "Te puede interesar", "Gobierno anuncia bono para familias", said)
    assert body == [P[0], P[1], said]


@pytest.mark.parametrize(
    ("label", "headline", "summary"),
    [
        pytest.param(
            "Lo último",
            "Temporal deja sin luz a miles de hogares en la zona central",
            "La empresa eléctrica estima que el servicio se repondrá esta noche.",
            id="chile-latest-box",
        ),
        pytest.param(
            "Noticias relacionadas",
            "El Congreso aprueba en primer debate la reforma pensional",
            "El proyecto pasa ahora a la plenaria del Senado.",
            id="colombia-related-box",
        ),
    ],
)
def test_a_card_over_the_text_is_furniture(label: str, headline: str, summary: str) -> None:
    assert _body(label, headline, summary, *P) == list(P)


@pytest.mark.parametrize(
    ("label", "headline"),
    [
        pytest.param(
            "Te puede interesar",
            "Vecinos de la costa esperan todavía el nuevo puente peatonal",
            id="same-teaser-twice",
        ),
        pytest.param(
            "LEA TAMBIÉN",
            "Colegios rurales reciben computadores para sus laboratorios",
            id="capital-label-twice",
        ),
    ],
)
def test_a_label_over_each_link_heads_no_run(label: str, headline: str) -> None:
    # The same linked headline set twice between the article's paragraphs, a label over
    # each: the sentences after them are the article's, not the cards' summaries.
    tail = (
        "Las obras contemplan además nuevas luminarias en las escaleras de los cerros.",
        "El plan incluye una mesa de trabajo con las juntas de vecinos de cada sector.",
    )
    blocks = (*P, label, headline, tail[0], label, headline, tail[1])
    assert _body(*blocks) == [*P, *tail]
