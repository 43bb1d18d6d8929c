"""A blog's comment form after the text closes the article (pages19).

Written for these tests. Blog software sets the same form under every post: its heading
("Deja una respuesta", "Dejar un comentario", "Escribe un comentario", perhaps as a
Markdown heading and with its "Cancelar respuesta" link), a note on the reader's
address, the fields. Nothing under the heading is the article's.
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_layout

PAGE = (
    "Vecinos de Huejutla limpian el río tras la creciente\n\n"
    "Por Redacción | 15 de octubre de 2025\n\n"
    "Decenas de vecinos se organizaron este domingo para retirar basura y ramas del"
    " cauce del río, que se desbordó durante las lluvias de la semana pasada.\n\n"
    "Las autoridades municipales aportaron camiones y herramientas, y prometieron"
    " revisar los drenajes de las colonias más afectadas antes de fin de mes.\n\n"
    "{heading}\n\n"
    "No mostraremos tu correo a otros lectores. Los campos que llevan *"
    " son obligatorios\n\n"
    "Comentario *\n\nNombre *\n\nWeb\n\n"
    "Recordar mis datos en este equipo cuando vuelva a comentar.\n"
)


@pytest.mark.parametrize(
    "heading",
    [
        "### Escribe un comentario",
        "Deja una respuesta",
        "## Dejar un comentario [Cancelar respuesta](/2025/10/15/nota/#respond)",
        "Deja un comentario",
    ],
)
def test_the_comment_form_is_the_page_s(heading: str) -> None:
    body = [p.text for p in parse_layout(PAGE.format(heading=heading)).body]
    assert len(body) == 2, body
    assert body[-1].startswith("Las autoridades municipales")
