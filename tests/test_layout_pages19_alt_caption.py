"""The photo's text set twice in the header: its alt text over its caption (pages19).

Written for these tests in several countries' styles. A renderer may give the lead
photo's alternative text and its caption, the same sentence twice, over the photo's
credit, between the byline and the text: both are the photo's, not the first paragraph.
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_layout

TEXT = (
    "Al Congreso le quedan ochenta días hábiles y poco más de treinta sesiones antes de"
    " la renovación que se definirá en las urnas el próximo mes de marzo.\n\n"
    "Las bancadas reconocen que el hundimiento de la reforma tributaria cerró el periodo"
    " legislativo, y que el Gobierno deberá priorizar las iniciativas pendientes.\n"
)


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("Así se moverán el Congreso y el Gobierno en torno a las reformas.", "Foto: Presidencia"),
        ("Sesión plenaria de la Cámara de Diputados, este martes.", "Foto: Archivo"),
        ("El ministro del Interior, a su llegada al Senado.", "Foto: Agencia Uno"),
    ],
)
def test_the_photo_s_text_twice_over_its_credit_is_furniture(caption: str, credit: str) -> None:
    page = (
        "Política\n\nGobierno y Congreso cierran el capítulo de las reformas\n\n"
        "Redacción Política\n\n13 de diciembre de 2025 - 01:03 p. m.\n\n"
        f"{caption}\n\n{caption}\n\n{credit}\n\n{TEXT}"
    )
    body = [p.text for p in parse_layout(page).body]
    assert caption not in body
    assert body[0].startswith("Al Congreso le quedan")
