"""Captions closed by their credit and a stop, over the article's header (pages19).

Written for these tests in several countries' styles. A gallery's captions may close
with their credit as a last short sentence ("… en la plaza. FOTO AFP.", "… el lunes.
Foto: Ana Ruiz."), a bullet perhaps before each, and a page may set them over the
article's byline and date: they are furniture, not two paragraphs of an article that a
second one follows. A paragraph closed by its agency's sign-off stays text.
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_layout
from noticiaparse._layout.tail import BodyLine, body_furniture

CAPTIONS = (
    (
        "• Vecinos de la comuna protestan frente al municipio por el cierre del consultorio"
        " y exigen que se reabra antes del invierno. FOTO AFP."
    ),
    (
        "• Una funcionaria de salud atiende a los pacientes en la sede provisoria habilitada"
        " en el gimnasio del barrio durante las obras. FOTO EFE."
    ),
)
TEXT = (
    (
        "Cientos de vecinos marcharon este lunes hasta el municipio para exigir la"
        " reapertura del consultorio, cerrado hace tres meses por fallas estructurales que"
        " nadie ha reparado todavía."
    ),
    (
        "La alcaldía sostuvo que las obras comenzarán en abril y que, mientras tanto, la"
        " atención seguirá en el gimnasio, una solución que los vecinos consideran precaria."
    ),
)


def _line(text: str, kind: str = "") -> BodyLine:
    closed = text.endswith(".")
    return BodyLine(text, 1, kind, not kind, sentence=not kind, closed=closed)


def test_captions_over_the_header_are_not_an_article_before_it() -> None:
    lines = [
        *(_line(c) for c in CAPTIONS),
        _line("Agencia AFP", "byline"),
        _line("hace 4 horas", "date"),
        *(_line(t) for t in TEXT),
    ]
    assert sorted(body_furniture(lines)) == [0, 1]


@pytest.mark.parametrize(
    "caption",
    [
        "Vecinos de Quito durante la marcha por el centro histórico, este lunes. FOTO AFP.",
        "La ministra de Salud, en la visita al hospital regional. Foto: Ana Ruiz.",
        "· Bomberos combaten el incendio en el cerro, en la madrugada. Imagen: EFE.",
    ],
)
def test_a_caption_closed_by_its_credit_and_a_stop_is_furniture(caption: str) -> None:
    page = (
        "Marchan por la reapertura del consultorio\n\nPor Laura Méndez\n\n"
        + TEXT[0]
        + "\n\n"
        + caption
        + "\n\n"
        + TEXT[1]
        + "\n"
    )
    body = [p.text for p in parse_layout(page).body]
    assert body == list(TEXT)


@pytest.mark.parametrize(
    "ending",
    [" EFE.", " (EFE).", ", informó la agencia AFP."],
)
def test_a_paragraph_signed_by_its_agency_stays(ending: str) -> None:
    para = (
        "El ministro dijo que no habrá cambios en el calendario de obras y que los"
        " recursos ya están asignados para este año." + ending
    )
    page = (
        "Marchan por la reapertura del consultorio\n\nPor Laura Méndez\n\n"
        + TEXT[0]
        + "\n\n"
        + para
        + "\n\n"
        + TEXT[1]
        + "\n"
    )
    body = [p.text for p in parse_layout(page).body]
    assert para in body
