"""Header furniture between the byline or date and the article's first paragraph.

A page sets buttons, a reading time, a player's label and the lead photo's caption over
the text; none of it is the article's first paragraph. A live page's first entry under
its time stamp stays the text's. Every page here is written for these tests, in several
countries' styles.
"""

from __future__ import annotations

import pytest

import noticiaparse

_TITLE = "Municipio de Arequipa amplía el horario del transporte público nocturno"
_P1 = (
    "La Municipalidad Provincial de Arequipa anunció este martes que los buses de las "
    "rutas troncales circularán hasta la una de la madrugada desde el próximo mes."
)
_P2 = (
    "El gerente de transporte explicó que la medida responde a los pedidos de los "
    "trabajadores de los mercados, que terminan sus turnos pasada la medianoche."
)
_P3 = "Los gremios de transportistas pidieron un subsidio para cubrir el costo del cambio."


def _page(top: str, note: str, *, gap: str) -> str:
    return gap.join([*top.split("\n"), *note.split("\n"), _P1, _P2, _P3]) + "\n"


_NOTES = [
    "Escuchar nota (4 min)",
    "Listen to this article",
    "Audio generado con inteligencia artificial",
    "Leer en: 3 minutos",
    "Ajustar tamaño de letra",
    "Disminuye el tamaño del texto\nAumenta el tamaño del texto",
    "A-\nA+",
    "Las combis esperan pasajeros en la avenida Ejército.\nFoto: Andina",
    "Imagen del paradero central de la ciudad",
    "Las combis esperan pasajeros en la avenida Ejército.\n(Foto: Andina)",
    "Una combi cruza el puente Grau durante la noche, en el centro de Arequipa.\nEFE",
]
_NOTE_IDS = [
    "pe-listen-minutes",
    "us-listen",
    "es-ai-audio",
    "mx-read-in",
    "ar-font-size",
    "es-text-size-buttons",
    "co-text-size-marks",
    "pe-caption-over-credit",
    "cl-caption-no-credit",
    "pe-caption-over-bracketed-credit",
    "pe-caption-over-agency",
]


@pytest.mark.parametrize("note", _NOTES, ids=_NOTE_IDS)
@pytest.mark.parametrize("gap", ["\n\n", "\n"], ids=["spaced", "single"])
def test_a_note_between_the_header_and_the_text_is_furniture(note: str, gap: str) -> None:
    page = _page(f"Ciudad\n{_TITLE}\nPor Rocío Huamán\n3 de junio de 2025", note, gap=gap)
    article = noticiaparse.parse(page)
    assert article.headline is not None
    assert article.headline.text == _TITLE
    assert [p.text for p in article.body] == [_P1, _P2, _P3]


def test_a_live_entry_under_its_time_stamp_stays() -> None:
    entry = "El concejo aprueba el nuevo horario por unanimidad"
    page = (
        f"{_TITLE}\n\nPor Rocío Huamán\n\nMartes, 3 de junio de 2025, 09:40\n\n10:20\n\n"
        f"{entry}\n\n{_P1}\n\n{_P2}\n"
    )
    article = noticiaparse.parse(page)
    assert [p.text for p in article.body][:2] == [entry, _P1]
