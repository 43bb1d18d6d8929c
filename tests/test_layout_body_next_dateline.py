"""A page that runs on into the next story, told by the dateline its text opens with.

A regional paper sets its stories one after another on a page: each a headline, then
paragraphs whose first opens with the place in capitals and a mark ("MOCA: …", "QUITO.-
…"). After two paragraphs of the article, a headline right over a paragraph opening with
another place's dateline set the same way starts the next story. Written for these tests
in several countries' styles; the counter-examples keep an intertitle over a paragraph
with no dateline, and a dateline set another way.
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_layout

HEAD = (
    "Detienen a dos sospechosos de robo en el centro\n\nPor Redacción\n\n14 de octubre de 2025\n\n"
)


def _story(place: str, mark: str) -> list[str]:
    return [
        (
            f"{place}{mark} La policía detuvo este martes a dos hombres acusados de robar"
            " varios comercios del centro durante la madrugada del fin de semana."
        ),
        (
            "Según el informe policial, los sospechosos fueron identificados gracias a las"
            " cámaras de seguridad instaladas por los comerciantes del sector."
        ),
        (
            "El fiscal del caso pidió prisión preventiva para ambos mientras avanza la"
            " investigación, que podría incluir a otros dos cómplices."
        ),
    ]


NEXT = "Investigan incendio en una bodega del puerto durante la noche"


@pytest.mark.parametrize(
    ("place", "other", "mark"),
    [
        pytest.param("MOCA", "AGUADILLA", ":", id="puerto-rico-colon"),
        pytest.param("QUITO", "GUAYAQUIL", ".-", id="ecuador-stop-dash"),
        pytest.param("SAN PEDRO SULA", "TEGUCIGALPA", " —", id="honduras-em-dash"),
    ],
)
def test_the_next_story_after_the_text_is_furniture(place: str, other: str, mark: str) -> None:
    story = _story(place, mark)
    following = [
        NEXT,
        (
            f"{other}{mark} Los bomberos controlaron anoche un incendio que afectó una bodega"
            " de mercancías en la zona portuaria, sin dejar personas heridas."
        ),
        "Las causas del fuego aún son investigadas por los peritos.",
    ]
    page = HEAD + "\n\n".join([*story, *following]) + "\n"
    assert [p.text for p in parse_layout(page).body] == story


def test_an_intertitle_over_a_paragraph_with_no_dateline_stays() -> None:
    story = _story("MOCA", ":")
    more = [
        "Los comerciantes piden más vigilancia en el centro",
        (
            "La asociación de comerciantes pidió al municipio reforzar las rondas policiales"
            " durante las noches, sobre todo los fines de semana y feriados."
        ),
    ]
    page = HEAD + "\n\n".join([*story, *more]) + "\n"
    assert [p.text for p in parse_layout(page).body] == [*story, *more]


def test_a_dateline_set_another_way_is_no_new_story() -> None:
    # the story's datelines close with a colon: a paragraph opening with a place and a
    # stop and a dash is set another way, and the line over it is an intertitle
    story = _story("MOCA", ":")
    more = [
        "Qué dicen los vecinos del centro histórico sobre los robos",
        (
            "AGUADILLA.- Los vecinos de la zona dicen que los robos se repiten desde hace meses"
            " y que la policía tarda en llegar cuando la llaman por la noche."
        ),
    ]
    page = HEAD + "\n\n".join([*story, *more]) + "\n"
    assert [p.text for p in parse_layout(page).body] == [*story, *more]
