"""One word under a related label: a card's section, or an intertitle over the text (pages19).

Written for these tests in several countries' styles. A related box sets each card's
section over its headline ("Córdoba", "Política"); a headline is never one word. With
the article's text resumed right under it, the word is the text's intertitle.
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_layout

TEXT = (
    "Cierran por obras el paso fronterizo de la cordillera\n\n"
    "Por Martina Ibáñez\n\n3 de julio de 2024\n\n"
    "El paso permanecerá cerrado durante tres semanas mientras se reparan los puentes"
    " dañados por los aludes del invierno, informó la dirección de vialidad.\n\n"
    "Los transportistas pidieron habilitar una ruta alternativa por el sur, porque la"
    " espera en la aduana ya supera las dieciocho horas en los días de mayor tránsito.\n\n"
)


@pytest.mark.parametrize("section", ["Córdoba", "Política", "Mendoza", "Deportes"])
def test_a_card_s_section_under_a_related_label_is_the_page_s(section: str) -> None:
    page = TEXT + (
        "https://radio.example.org/audios/2024/07/entrevista.mp3DESCARGAR\n\n\xa0\n\n\n\n"
        "  Noticias relacionadas  \n\n\n\n"
        f"      {section}\n\n\n\n"
        "      Operativo de invierno en las rutas de montaña\n"
        "      Cortan el tránsito por la nieve en el paso\n"
        "      \n"
        "      https://radio.example.org/audios/2024/07/operativo.mp3DESCARGAR\n\n\n\n"
        f"      {section}\n\n\n\n"
        "      Vialidad\n"
        "      Habilitan un albergue para los camioneros varados\n\n"
        "Etiquetas: rutas, invierno, vialidad\n"
    )
    body = [p.text for p in parse_layout(page).body]
    assert section not in body
    assert any(p.startswith("Los transportistas pidieron") for p in body)


def test_one_word_over_the_text_resumed_is_an_intertitle() -> None:
    page = TEXT + (
        "Noticias relacionadas\n"
        "Reacciones\n"
        "La asociación de camioneros calificó el cierre de improvisado y exigió que las"
        " obras se hagan de noche, para no cortar el tránsito durante el día.\n"
    )
    body = [p.text for p in parse_layout(page).body]
    assert "Reacciones" in body
    assert body[-1].startswith("La asociación de camioneros")
