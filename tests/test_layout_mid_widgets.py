"""Short labels set inside a block of furniture between the paragraphs are the block's.

Every page here is written for these tests, in the styles of several countries' outlets:
an ad slot that shows its advertiser's name between its markers, a carousel's name
between its arrows, a player's title between its buttons, each block's lines set right
under one another. The counter-examples are intertitles: set apart by a blank line from
the furniture over them, or right over their paragraph.
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_layout

TOP = (
    "Economía\n\n"
    "El precio de la leña sube por tercera semana en el sur del país\n\n"
    "Los productores culpan a la falta de leña seca y al alza del combustible.\n\n"
    "Por Marcela Cárcamo\n\n"
    "14 de junio de 2024"
)
FIRST = (
    "Los comerciantes de leña de la zona sur reportaron un nuevo aumento en el precio del"
    " metro cúbico, el tercero en lo que va del invierno."
)
SECOND = (
    "Según los productores, la escasez de leña seca y el alza del combustible explican el"
    " aumento, que alcanza a casi todas las comunas de la región."
)
LAST = "Las autoridades anunciaron fiscalizaciones en los centros de venta durante julio."

WIDGETS = [
    # an ad slot naming its advertiser between its markers (Chile, Perú)
    ("ad-slot-CL", "Publicidad\nFerretería Austral\nPublicidad"),
    ("ad-slot-PE", "Advertisement\nCAJA SUR\nContenido patrocinado"),
    # a carousel's name between its arrows (México, Colombia)
    ("carousel-MX", "Anterior\nGalería Norte\nSiguiente foto\nnext arrow"),
    ("carousel-CO", "previous arrow\nTurismo Huila\nnext arrow"),
    # a player's title between its buttons (Argentina, España)
    ("player-AR", "Reproducir\nRadio del Valle\nPausa"),
    ("player-ES", "Pantalla completa\nDirecto\nPausa"),
]


@pytest.mark.parametrize("block", [w[1] for w in WIDGETS], ids=[w[0] for w in WIDGETS])
def test_a_label_inside_a_widget_is_furniture(block: str) -> None:
    page = f"{TOP}\n\n{FIRST}\n\n{SECOND}\n\n{block}\n\n{LAST}\n"
    assert [FIRST, SECOND, LAST] == [p.text for p in parse_layout(page).body]


INTERTITLES = [
    # a blank line between the ad's marker and the intertitle
    ("blank-over", "Publicidad\n\nLas claves\nPublicidad"),
    # the intertitle right under the ad marker, over its paragraph
    ("over-its-paragraph", "Publicidad\nLas claves"),
]


@pytest.mark.parametrize("block", [w[1] for w in INTERTITLES], ids=[w[0] for w in INTERTITLES])
def test_an_intertitle_by_a_widget_stays(block: str) -> None:
    page = f"{TOP}\n\n{FIRST}\n\n{SECOND}\n\n{block}\n{LAST}\n"
    assert "Las claves" in [p.text for p in parse_layout(page).body]
