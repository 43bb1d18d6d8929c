"""Furniture set inside or under the text: ad notes, players, calls and notes on the piece.

The lines are written for these tests, as pages of several countries set them between the
story's paragraphs or under its last one; the counter-examples are sentences of a story
that open with the same words and stay in the body.
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_layout

STORY = [
    (
        "El concejo municipal aprobó este martes el presupuesto para reparar las calles del barrio"
        " norte, tras meses de reclamos de los vecinos."
    ),
    (
        "La obra comenzará en agosto y durará seis meses, según informó la alcaldía en un"
        " comunicado difundido por la tarde."
    ),
    (
        "Los vecinos valoraron la decisión, aunque pidieron que se publique el calendario de"
        " trabajos con anticipación."
    ),
    (
        "El alcalde dijo que la licitación se abrirá la próxima semana y que las empresas locales"
        " tendrán prioridad."
    ),
]
TOP = "Ciudad\n\nAprueban el presupuesto para reparar las calles del barrio norte\n\nPor Ana Soto"
TOP += "\n\n12 de marzo de 2024"


def _body(line: str, *, at_end: bool) -> list[str]:
    paragraphs = [*STORY, line] if at_end else [*STORY[:2], line, *STORY[2:]]
    page = TOP + "\n\n" + "\n\n".join(paragraphs) + "\n"
    return [p.text for p in parse_layout(page).body]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Continúa leyendo después de la publicidad", id="ad-note-mx"),
        pytest.param("Sigue leyendo después del anuncio", id="ad-note-ar"),
        pytest.param("El artículo continúa abajo", id="ad-note-es"),
        pytest.param("Ver fotos", id="gallery-link"),
        pytest.param("Haga clic para ampliar", id="zoom-prompt"),
        pytest.param("Foto ilustrativa: banco de imágenes", id="stock-photo-note"),
        pytest.param("Tal vez te interese", id="one-link-label-co"),
        pytest.param("Lea más", id="one-link-label-ve"),
        pytest.param("Seguir leyendo la nota", id="read-on"),
        pytest.param("Ampliar imagen", id="photo-control"),
        pytest.param("Pantalla completa", id="player-control"),
        pytest.param("Reproducir video", id="player-button"),
        pytest.param("Desliza para ver más fotos", id="carousel-prompt"),
        pytest.param("Crea tu cuenta gratis", id="account-call"),
        pytest.param("Te invitamos a seguirnos en nuestras redes sociales", id="follow-call"),
        pytest.param("Escríbenos a redaccion@ejemplo.org", id="newsroom-address"),
        pytest.param(
            "Este contenido fue elaborado con ayuda de inteligencia artificial y revisado por"
            " nuestra redacción.",
            id="ai-note",
        ),
        pytest.param(
            "Este artículo forma parte de una alianza informativa entre medios de la región.",
            id="partnership-note",
        ),
        pytest.param(
            "La reproducción total o parcial de este contenido está prohibida sin autorización.",
            id="legal-note",
        ),
        pytest.param(
            "Las opiniones expresadas en esta columna son responsabilidad exclusiva de su autor.",
            id="opinion-disclaimer",
        ),
        pytest.param(
            "Esta noticia fue publicada originalmente en El Diario del Valle.", id="reprint-note"
        ),
    ],
)
@pytest.mark.parametrize("at_end", [False, True], ids=["inside", "under"])
def test_furniture_leaves_the_body(line: str, *, at_end: bool) -> None:
    assert _body(line, at_end=at_end) == STORY


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(
            "Las opiniones expresadas por los vecinos en la audiencia fueron recogidas en un"
            " acta que se enviará al concejo.",
            id="opinions-of-neighbours",
        ),
        pytest.param(
            "El Diario del Valle es un medio que cubre la región desde 1950, y su archivo"
            " guarda las actas del concejo.",
            id="an-outlet-named-inside-the-text",
        ),
        pytest.param(
            "Siga en directo la votación del concejo, pidió el alcalde a los vecinos desde el"
            " balcón del edificio municipal.",
            id="live-call-quoted-in-a-sentence",
        ),
    ],
)
def test_sentences_that_open_alike_stay(line: str) -> None:
    assert _body(line, at_end=False) == [*STORY[:2], line, *STORY[2:]]


@pytest.mark.parametrize(
    "note",
    [
        pytest.param(
            "El Observador del Sur es un medio digital independiente fundado en 2015 que cubre"
            " la política de la región andina.",
            id="digital-outlet-pe",
        ),
        pytest.param(
            "Radio Valle Central es una emisora comunitaria que transmite desde Cartago para toda"
            " la provincia.",
            id="radio-cr",
        ),
        pytest.param(
            "La Voz de la Frontera es un diario regional con sede en Mexicali, Baja California.",
            id="daily-mx",
        ),
    ],
)
def test_the_outlets_note_on_itself_closes_the_text(note: str) -> None:
    assert _body(note, at_end=True) == STORY


def test_a_share_button_under_the_text() -> None:
    # (a share bar between two paragraphs is read as the header's: page.py, not here)
    assert _body("Compartir por WhatsApp", at_end=True) == STORY


def test_a_story_ending_on_what_something_is_keeps_it() -> None:
    last = "El Tren del Norte es un proyecto que unirá tres provincias en 2027."
    assert _body(last, at_end=True) == [*STORY, last]


@pytest.mark.parametrize(
    ("label", "title"),
    [
        pytest.param(
            "Puedes leer",
            "Nuevo derrumbe corta la carretera federal\nMéxico-Tampico en Hidalgo",
            id="mx",
        ),
        pytest.param(
            "Lee también",
            "Las exportaciones de vino caen un 8 % en el primer\nTrimestre del año",
            id="es",
        ),
    ],
)
def test_a_linked_headline_wrapped_over_two_lines_leaves_the_body(label: str, title: str) -> None:
    page = TOP + "\n\n" + "\n\n".join([*STORY[:2], f"{label}\n{title}", *STORY[2:]]) + "\n"
    assert [p.text for p in parse_layout(page).body] == STORY


def test_a_sentence_under_a_linked_headline_stays() -> None:
    page = (
        TOP
        + "\n\n"
        + "\n\n".join(
            [
                *STORY[:2],
                "Lee también\nEl Gobierno anuncia un plan de ayudas\nAsí lo dijo.",
                *STORY[2:],
            ]
        )
    )
    assert "Así lo dijo." in [p.text for p in parse_layout(page).body]


@pytest.mark.parametrize(
    "box",
    [
        pytest.param(
            "Relacionados\n\n* El Gobierno presenta su plan de vivienda para las regiones",
            id="bulleted-es",
        ),
        pytest.param(
            "Noticias relacionadas\n\n- Suben los arriendos en la capital por tercer mes",
            id="dashed-cl",
        ),
        pytest.param(
            "NOTA RELACIONADA\nLa inflación de abril fue la más baja del año", id="capitals-ar"
        ),
    ],
)
def test_related_headlines_over_the_text_leave_the_body(box: str) -> None:
    page = TOP + "\n\n" + box + "\n\n" + "\n\n".join(STORY) + "\n"
    assert [p.text for p in parse_layout(page).body] == STORY


def test_a_related_headline_set_into_the_text_stays() -> None:
    box = "NOTA RELACIONADA\nLa inflación de abril fue la más baja del año"
    page = TOP + "\n\n" + "\n\n".join([*STORY[:2], box, *STORY[2:]]) + "\n"
    body = [p.text for p in parse_layout(page).body]
    assert "La inflación de abril fue la más baja del año" in body


def test_a_page_of_related_headlines_alone_keeps_them() -> None:
    box = "NOTA RELACIONADA\nLa inflación de abril fue la más baja del año"
    page = TOP + "\n\n" + box + "\n\nTemas: Economía\n"
    assert [p.text for p in parse_layout(page).body] == [
        "La inflación de abril fue la más baja del año"
    ]


@pytest.mark.parametrize(
    "note",
    [
        pytest.param(
            "María López. Periodista especializada en ciencia y salud pública desde 2015.",
            id="name-over-role-co",
        ),
        pytest.param(
            "El autor es economista y profesor de la Universidad Nacional.", id="op-ed-ar"
        ),
        pytest.param("*La autora es abogada y exdiputada por la provincia.", id="op-ed-starred-py"),
        pytest.param(
            "Para seguir leyendo, suscríbete y accede a todo el contenido sin límites.",
            id="paywall-es",
        ),
        pytest.param(
            "Descarga nuestra aplicación y recibe alertas con las noticias del día.",
            id="app-call-ec",
        ),
        pytest.param(
            "Lo sentimos, este contenido está disponible solo para usuarios registrados.",
            id="registration-wall-cl",
        ),
    ],
)
def test_notes_under_the_text_leave_the_body(note: str) -> None:
    assert _body(note, at_end=True) == STORY


@pytest.mark.parametrize(
    "last",
    [
        pytest.param(
            "El autor es un joven de 23 años que fue detenido horas después en su casa.",
            id="the-culprit-of-a-crime",
        ),
        pytest.param(
            "Luis Soto, corresponsal en Bruselas, informó que la votación será el lunes.",
            id="a-journalist-named-in-a-sentence",
        ),
        pytest.param(
            "Para seguir leyendo entrevistas como esta, la radio publica un podcast semanal.",
            id="read-on-as-a-sentence",
        ),
    ],
)
def test_a_last_sentence_that_opens_alike_stays(last: str) -> None:
    assert _body(last, at_end=True) == [*STORY, last]
