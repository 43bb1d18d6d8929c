"""A closing line set inside the text closes nothing when the text goes on under it.

Pages set a comment counter or a tag label by the share buttons under the lead, between
the article's paragraphs. Two paragraphs right under it are the article's text going
on; readers' comments come under their authors' names, and a tag list or a footer
under no text. Written for these tests in several countries' styles.
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_layout

HEAD = (
    "El Congreso aprueba la reforma al sistema de pensiones\n\n"
    "Por Andrea Gutiérrez\n\n"
    "9 de mayo de 2024\n\n"
)
P = (
    (
        "El Congreso aprobó este jueves en segundo debate la reforma al sistema de pensiones,"
        " que obliga a los fondos privados a trasladar parte de sus afiliados al sistema público."
    ),
    (
        "La votación terminó con 86 votos a favor y 32 en contra, tras una sesión de más de"
        " diez horas en la que la oposición presentó decenas de proposiciones."
    ),
    (
        "El ministro de Trabajo celebró el resultado y aseguró que la reforma entrará en"
        " vigor el próximo año, una vez el presidente sancione la ley aprobada."
    ),
    (
        "Los gremios de los fondos privados anunciaron que demandarán la norma ante la Corte"
        " Constitucional por considerar que vulnera derechos adquiridos de los afiliados."
    ),
)


@pytest.mark.parametrize(
    "label",
    [
        pytest.param("Comentarios (12)", id="colombia-comment-counter"),
        pytest.param("Temas relacionados: Congreso, pensiones", id="peru-tag-label"),
        pytest.param("Ver comentarios", id="argentina-comments-button"),
    ],
)
def test_a_closing_line_inside_the_text_closes_nothing(label: str) -> None:
    page = HEAD + "\n\n".join([P[0], label, *P[1:]]) + "\n"
    assert [p.text for p in parse_layout(page).body] == list(P)


def test_comments_under_their_names_still_close_the_text() -> None:
    comments = (
        "Comentarios (2)\n\nJuan Pérez\n\nQue buena noticia para los trabajadores del país."
        "\n\nMaría Soto\n\nHabrá que ver si la Corte la deja en pie."
    )
    page = HEAD + "\n\n".join([*P, comments]) + "\n"
    assert [p.text for p in parse_layout(page).body] == list(P)


def test_a_tag_label_over_tags_still_closes_the_text() -> None:
    page = HEAD + "\n\n".join([*P, "Temas:", "Congreso", "Pensiones"]) + "\n"
    assert [p.text for p in parse_layout(page).body] == list(P)
