"""A sentence broken after a bold or italic run goes on on the next line.

A renderer that breaks every line at an inline tag leaves ``**El ministro**`` on a line
of its own over the rest of its sentence. The line is read by its last letter, not by
the emphasis marks (docs/layout.md, "split paragraphs"). Pages written for these tests.
"""

from __future__ import annotations

import pytest

import noticiaparse

_HEAD = (
    "{title}\nLa medida se conoció ayer por la tarde.\n"
    "El anuncio se hizo en la capital, ante la prensa reunida en la sede del gobierno.\n"
)
_TAIL = "La oposición pidió explicaciones al Ejecutivo y anunció que citará a la autoridad.\n"


@pytest.mark.parametrize(
    ("title", "lead", "rest"),
    [
        (
            "Gobierno recorta el gasto público para el próximo año",
            "**El ministro de Hacienda**",
            "anunció además un recorte del gasto de 3% para el próximo año, según dijo.",
        ),
        (
            "Crece el turismo en la costa durante el verano",
            "Según la *Cámara de Turismo*",
            "la ocupación hotelera llegó al 92% en febrero, la más alta de la década.",
        ),
        (
            "Municipio abre nuevas ciclovías en el centro de la ciudad",
            "La alcaldesa __Marta Ríos__",
            "inauguró el tramo y dijo que la red crecerá a 40 kilómetros en 2026.",
        ),
        (
            "Suben los precios de los alimentos en el mercado mayorista",
            "De acuerdo con el _Instituto de Estadística_",
            "la canasta básica subió 4,2% en el último trimestre del año.",
        ),
    ],
)
def test_a_line_ending_in_emphasis_goes_on_over_lower_case(
    title: str, lead: str, rest: str
) -> None:
    page = _HEAD.format(title=title) + f"{lead}\n{rest}\n" + _TAIL
    body = [p.text for p in noticiaparse.parse(page).body]
    assert f"{lead} {rest}" in body
    assert lead not in body
    assert rest not in body


def test_a_bold_intertitle_over_a_capitalised_paragraph_keeps_its_line() -> None:
    page = (
        _HEAD.format(title="Gobierno recorta el gasto público para el próximo año")
        + "**Lo que viene**\nEl Congreso votará el proyecto la próxima semana, según la mesa.\n"
        + _TAIL
    )
    body = [p.text for p in noticiaparse.parse(page).body]
    assert not any(p.startswith("**Lo que viene** El Congreso") for p in body)
