"""Furniture a page sets between the article's paragraphs: notes, media labels, calls.

Every page here is written for these tests, in the styles of several countries' outlets:
a note that the article goes on past an ad or a player ("La nota continúa debajo del
anuncio", lexicon ``continuation_notes.tsv``), a label over an embedded player or
gallery, a note on a story still unfolding, a paywall's or a recommendation box's call
(lexicon ``boilerplate_inbody.tsv``). The counter-examples are intertitles and
sentences with the same words: they name no text that goes on, or close with a stop.
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_layout
from noticiaparse._layout.boilerplate import furniture_kind

PAGES = {
    "CL": (
        (
            "Nacional\n\n"
            "Gobierno anuncia bono de invierno para familias vulnerables\n\n"
            "Por Javier Lagos"
        ),
        [
            (
                "El Ministerio de Desarrollo Social confirmó este martes que el bono de invierno"
                " se pagará a partir de la segunda quincena de junio."
            ),
            (
                "El beneficio llegará a más de un millón de hogares inscritos en el Registro"
                " Social, según detalló la subsecretaria en una conferencia."
            ),
            "Las familias podrán consultar si reciben el pago en el sitio web del servicio.",
        ],
    ),
    "MX": (
        ("Estados\n\nReabren carretera tras deslave en la sierra de Puebla\n\nPor Daniela Ortiz"),
        [
            (
                "La Secretaría de Infraestructura informó que la circulación se restableció en"
                " ambos sentidos después de tres días de trabajos."
            ),
            (
                "Las brigadas retiraron más de cuatro mil metros cúbicos de tierra y rocas que"
                " cayeron sobre el tramo serrano tras las lluvias."
            ),
            "Protección Civil pidió a los conductores extremar precauciones en las curvas.",
        ],
    ),
    "AR": (
        (
            "Deportes\n\n"
            "El club anunció la renovación del contrato de su entrenador\n\n"
            "Por Tomás Ferreyra"
        ),
        [
            (
                "La comisión directiva confirmó que el técnico seguirá al frente del plantel"
                " hasta diciembre del año próximo, tras una reunión en la sede."
            ),
            (
                "El acuerdo incluye una cláusula de salida en caso de quedar eliminado en la"
                " primera fase del torneo continental, explicaron los dirigentes."
            ),
            "El plantel volverá a entrenar el lunes por la mañana en el predio del club.",
        ],
    ),
}

NOTES = [
    "La nota continúa debajo del anuncio",
    "Continúa leyendo abajo",
    "Sigue la nota más abajo",
    "Artículo continúa después de la publicidad",
    "La noticia sigue tras el video",
    "Continúa más abajo",
    "Fotogalería",
    "Vea el video: así quedó la carretera",
    "Noticia en desarrollo",
    "Este contenido es solo para suscriptores",
    "También te puede gustar",
    "Foto/Ricardo Vera",
    "FOTO/AFP",
]


def _page(top: str, paragraphs: list[str], middle: str, gap: str) -> str:
    first, second, last = paragraphs
    return f"{top}\n\n{first}\n\n{second}\n\n{middle}{gap}{last}\n\nComentarios\n"


@pytest.mark.parametrize("gap", ["\n", "\n\n"], ids=["line-break", "blank-line"])
@pytest.mark.parametrize("country", sorted(PAGES))
@pytest.mark.parametrize("note", NOTES)
def test_a_note_between_paragraphs_is_furniture(note: str, country: str, gap: str) -> None:
    top, paragraphs = PAGES[country]
    layout = parse_layout(_page(top, paragraphs, note, gap))
    assert paragraphs == [" ".join(p.text.split()) for p in layout.body]
    assert note in [b.text for b in layout.boilerplate]


INTERTITLES = [
    # a story that goes on after an announcement, a team still behind: no text named
    "El juicio sigue tras el anuncio del fiscal",
    "El equipo sigue abajo en la tabla",
    "Las obras continúan después del aviso de lluvias",
    # the same words closed like a sentence
    "La noticia sigue abajo en la lista de temas del día.",
]


@pytest.mark.parametrize("intertitle", INTERTITLES)
def test_an_intertitle_with_the_same_words_stays(intertitle: str) -> None:
    top, paragraphs = PAGES["CL"]
    layout = parse_layout(_page(top, paragraphs, intertitle, "\n\n"))
    assert intertitle in [p.text for p in layout.body]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("La nota continúa debajo del anuncio", "ad"),
        ("CONTINÚA LEYENDO ABAJO", "ad"),
        ("El artículo sigue después de la publicidad...", "ad"),
        ("Texto continúa luego del anuncio", "ad"),
        ("El equipo sigue abajo en la tabla", None),
        ("La nota sigue abajo, en la tabla de posiciones del torneo de clausura", None),
    ],
    ids=["note", "capitals", "ellipsis", "text-after-ad", "team", "too-long"],
)
def test_continuation_notes_by_their_words(line: str, kind: str | None) -> None:
    assert kind == furniture_kind(line)
