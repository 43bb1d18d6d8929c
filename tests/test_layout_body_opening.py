"""The body opens with a paragraph: a short label over the first one is the page's.

Written for these tests in several countries' styles. A section's name, a place's
kicker or a photo's note of three words or fewer, not closed like a sentence, set
between the title block and the article's first paragraph, is furniture: an article
never opens with an intertitle. A dateline or a lead-in the next line goes on stays,
and so does a short closed sentence, and a page with no paragraph at all keeps its lines.
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_layout
from noticiaparse._layout.tail import BodyLine, _labels_over_text

P = (
    (
        "La Corporación Autónoma Regional declaró alerta roja por incendios forestales en 14"
        " municipios del departamento, tras tres semanas sin lluvias."
    ),
    (
        "Los bomberos de la región atendieron 42 emergencias el fin de semana y pidieron a"
        " los campesinos no hacer quemas para preparar los terrenos."
    ),
    "La alerta se mantendrá hasta que regresen las lluvias.",
)
TITLE = "Alerta roja por incendios forestales en 14 municipios"
BYLINE = "Por Natalia Ocampo\n\n12 de febrero de 2025"


def _body(text: str) -> list[str]:
    return [" ".join(p.text.split()) for p in parse_layout(text).body]


@pytest.mark.parametrize(
    "label",
    [
        pytest.param("Valle del Cauca", id="co-place-kicker"),
        pytest.param("Medio ambiente", id="es-section"),
        pytest.param("Foto archivo", id="mx-photo-note"),
        pytest.param("Incendios", id="ar-tag"),
    ],
)
def test_a_short_label_over_the_first_paragraph_is_furniture(label: str) -> None:
    page = f"{TITLE}\n\n{BYLINE}\n\n{label}\n\n" + "\n\n".join(P) + "\n"
    assert _body(page) == list(P)


def test_a_dateline_over_the_first_paragraph_stays() -> None:
    page = f"{TITLE}\n\n{BYLINE}\n\nCALI -\n" + "\n\n".join(P) + "\n"
    body = _body(page)
    assert body[1:] == list(P[1:])
    assert body[0].startswith("CALI") or body[0] == P[0]


def test_a_short_closed_sentence_opening_the_body_stays() -> None:
    first = "Llegó la sequía."
    page = f"{TITLE}\n\n{BYLINE}\n\n{first}\n\n" + "\n\n".join(P) + "\n"
    assert _body(page) == [first, *P]


def test_a_page_with_no_paragraph_keeps_its_lines() -> None:
    lines = [BodyLine(text, 1, "", body=True) for text in ("Alerta roja", "Sin lluvias")]
    assert _labels_over_text(lines, len(lines)) == []
