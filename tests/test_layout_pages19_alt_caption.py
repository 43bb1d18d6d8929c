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
    " que los votantes elijan a sus nuevos miembros, a comienzos del otoño.\n\n"
    "Los jefes de bancada admiten que el rechazo del proyecto de impuestos marcó el año"
    " legislativo, y que el Gobierno deberá escoger sus prioridades.\n"
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
        "Redacción Política\n\n9 de agosto de 2024 - 06:41 p. m.\n\n"
        f"{caption}\n\n{caption}\n\n{credit}\n\n{TEXT}"
    )
    body = [p.text for p in parse_layout(page).body]
    assert caption not in body
    assert body[0].startswith("Al Congreso le quedan")
