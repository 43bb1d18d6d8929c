"""A place or topic label set right over the title is its kicker, not a short title.

A renderer that breaks every line once leaves no blank line between the kicker
(antetítulo: "En Járkov (Ucrania)", "Desde Caracas (Venezuela)") and the headline under
it. The label has no lower-case content word and says a place or a topic; the title
under it is a headline of four to thirteen words that the text retells. Every page
here is written for these tests, in several countries' styles.
"""

from __future__ import annotations

import pytest

import noticiaparse

_CASES = [
    (
        "En Járkov (Ucrania)",
        "Kiev y Moscú pactan un corredor para evacuar a los civiles de Járkov",
        (
            "Las delegaciones de Kiev y Moscú pactaron este lunes un corredor humanitario "
            "para evacuar a los civiles que siguen atrapados en Járkov, según ambas partes."
        ),
    ),
    (
        "Desde Caracas (Venezuela)",
        "Opositores marchan en Caracas para exigir la liberación de los presos",
        (
            "Miles de opositores marcharon este sábado por el centro de Caracas para exigir "
            "la liberación de los presos políticos detenidos tras las protestas."
        ),
    ),
    (
        "Elecciones 2024 (Panamá)",
        "El Tribunal Electoral de Panamá confirma el calendario de las primarias",
        (
            "El Tribunal Electoral de Panamá confirmó este martes el calendario de las "
            "primarias, que se celebrarán en junio en todas las regiones del país."
        ),
    ),
]
_DECK = (
    "La decisión llega tras semanas de tensión y fue recibida con cautela por los "
    "analistas, que esperan conocer la letra chica del acuerdo durante los próximos días."
)
_P2 = "Los detalles se conocerán en los próximos días, según fuentes oficiales."


@pytest.mark.parametrize(
    ("label", "title", "lead"), _CASES, ids=["ua-place", "ve-place", "pa-topic"]
)
@pytest.mark.parametrize("header", ["Por Marta Gil", "12/05/2024 10:31"], ids=["byline", "date"])
def test_a_label_right_over_the_title_is_its_kicker(
    label: str, title: str, lead: str, header: str
) -> None:
    page = f"{label}\n{title}\n{_DECK}\n{header}\n{lead}\n{_P2}\n"
    article = noticiaparse.parse(page)
    assert article.headline is not None
    assert article.kicker is not None
    assert (article.headline.text, article.kicker.text) == (title, label)
    assert article.body[0].text == lead


@pytest.mark.xfail(
    strict=True,
    reason="a title in title case ('Messi Rompe Otro Récord') right over an open deck with no "
    "blank line reads as a kicker over a title: Spanish titles seldom capitalise every word",
)
def test_a_title_case_title_over_an_open_deck_is_a_known_miss() -> None:
    deck = "El argentino superó la marca de goles en una sola temporada"
    lead = (
        "Lionel Messi volvió a romper un récord este domingo al marcar su gol número 50 "
        "de la temporada, una marca que nadie había alcanzado en la liga."
    )
    page = f"Messi Rompe Otro Récord\n{deck}\nPor Marta Gil\n{lead}\n{_P2}\n"
    article = noticiaparse.parse(page)
    assert article.headline is not None
    assert article.headline.text == "Messi Rompe Otro Récord"


@pytest.mark.parametrize(
    ("topic", "title"),
    [
        ("Temporada de lluvias 2024", "Lluvias dejan tres muertos en el norte del país"),
        ("Lluvias en el norte", "Lluvias dejan tres muertos en el norte del país"),
        ("Crisis del agua", "Cortes de agua afectan a seis barrios del sur de la ciudad"),
    ],
    ids=["pe-season", "pe-region", "cl-water"],
)
def test_a_short_topic_right_over_the_title_is_its_kicker(topic: str, title: str) -> None:
    lead = (
        "Tres personas murieron y seis barrios del sur quedaron sin agua por las lluvias "
        "que azotan desde el martes el norte del país, informó este jueves la Defensa Civil."
    )
    page = f"{topic}\n{title}\n{lead}\n{_P2}\n"
    article = noticiaparse.parse(page)
    assert article.headline is not None
    assert article.kicker is not None
    assert (article.headline.text, article.kicker.text, article.deck) == (title, topic, None)


@pytest.mark.parametrize(
    "label",
    ["Canal Once plus En vivo", "Radio Sur En vivo", "Canal 13 En vivo"],
    ids=["mx-tv", "cl-radio", "pa-tv"],
)
def test_a_label_over_a_far_longer_title_makes_no_list_of_headlines(label: str) -> None:
    title = "Radar: encuestas, asilo del expresidente y el paso de migrantes por la frontera sur"
    lead = (
        "Las encuestas de la semana, el asilo pedido por el expresidente y el paso de "
        "migrantes por la frontera sur marcaron la agenda del programa de este lunes."
    )
    more = (
        "El programa repasó además las cifras de la última medición, que muestran un "
        "empate técnico entre los tres candidatos con más apoyo en todo el país."
    )
    page = f"{label}\n{title}\n{lead}\n{more}\n{_P2}\n"
    article = noticiaparse.parse(page)
    assert article.headline is not None
    assert article.headline.text == title
