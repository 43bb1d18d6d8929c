"""A paragraph a renderer broke at an inline tag set between blank lines.

``get_text("\\n")`` on a page whose source breaks its lines around a link, a bold name or
a quotation's speaker gives the pieces of one paragraph blank lines apart. A paragraph
never ends on a comma or on a word no sentence ends with, and never opens in lower case:
such pieces go back into their paragraph. Every page here is written for these tests, in
the styles of several countries' outlets; the counter-examples keep apart what a page
sets apart (a paragraph closed by a stop, an intertitle, a list's items, a short open
line over a lower-case tag).
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_layout
from noticiaparse._layout.wrap import Piece, carried_over_gap, linked_between


def _page(top: str, paragraphs: list[str]) -> str:
    """A page: its header, then its lines two blank lines apart."""
    return top + "\n\n\n" + "\n\n\n".join(paragraphs) + "\n"


def _body(page: str) -> list[str]:
    return [" ".join(p.text.split()) for p in parse_layout(page).body]


CL_TOP = (
    "Municipio de Valparaíso anuncia plan de reparación de veredas\n\n"
    "Por Camila Ortega\n\n"
    "12 de marzo de 2024 | 10:15"
)
AR_TOP = (
    "Suben las tarifas del colectivo en el conurbano\n\nPor Martín Gómez\n\n12 de marzo de 2024"
)
MX_TOP = (
    "Inauguran hospital regional en el norte del estado\n\nPor Laura Méndez\n\n4 de junio de 2023"
)
ES_TOP = (
    "El Gobierno aprueba la nueva ley de vivienda\n\nPor Pablo Ruiz\n\nMadrid, 9 de mayo de 2022"
)
GT_TOP = "El presidente convoca a una cadena nacional\n\nRedacción\n\n26 de octubre de 2025"

OPENING = (
    "El alcalde presentó este lunes un plan para reparar las veredas de los cerros más"
    " afectados por las lluvias del invierno pasado, con obras que comenzarán en abril."
)
MIDDLE = [
    (
        "La iniciativa será financiada con recursos propios y un aporte del gobierno"
        " regional, que comprometió fondos para la segunda etapa de las obras."
    ),
    (
        "El municipio estima que los trabajos durarán unos ocho meses y que darán empleo"
        " a cerca de trescientas personas de la comuna."
    ),
]
CLOSING = (
    "Los dirigentes vecinales valoraron el anuncio, aunque pidieron que las obras no"
    " interrumpan el tránsito de los buses que suben a los cerros."
)

JOINED = [
    pytest.param(
        CL_TOP,
        [
            "El decreto fue firmado por la ministra de Vivienda,",
            "la Contraloría General de la República",
            "y entrará en vigor a fines de mayo, según informó el municipio.",
        ],
        id="chile-linked-phrase-after-a-comma",
    ),
    pytest.param(
        AR_TOP,
        [
            "La suba fue aprobada por la Secretaría de Transporte con el aval de",
            "la Defensoría del Pueblo",
            "y regirá desde el primer día hábil del mes que viene.",
        ],
        id="argentina-open-on-a-preposition",
    ),
    pytest.param(
        MX_TOP,
        [
            "“Vamos a atender a todas las familias de la sierra sin excepción”,",
            "dijo la secretaria de Salud durante el acto de inauguración.",
        ],
        id="mexico-quote-then-its-verb",
    ),
    pytest.param(
        GT_TOP,
        [
            '"Convoco a la población a estar atenta al mensaje que daré esta noche",',
            "Ana Morales, portavoz de la Presidencia de la República.",
        ],
        id="guatemala-quote-then-its-speaker",
    ),
    pytest.param(
        ES_TOP,
        [
            "El texto, que el Congreso debatirá en junio, limita las subidas del alquiler",
            "en las zonas tensionadas durante los próximos tres años, según el ministerio.",
        ],
        id="spain-lower-case-sentence-under-open-line",
    ),
    pytest.param(
        CL_TOP,
        [
            "El proyecto fue presentado en la sesión de ayer por el concejal",
            "Jorge Martínez",
            "y aprobado por unanimidad por el concejo municipal.",
        ],
        id="chile-linked-name-inside-a-sentence",
    ),
    pytest.param(
        MX_TOP,
        [
            "La secretaria de Salud dijo durante el acto que el hospital es",
            "“una deuda histórica con la sierra”",
            "y que abrirá sus puertas antes de fin de año.",
        ],
        id="mexico-quoted-words-inside-a-sentence",
    ),
]


@pytest.mark.parametrize(("top", "pieces"), JOINED)
def test_pieces_over_blank_lines_are_one_paragraph(top: str, pieces: list[str]) -> None:
    body = _body(_page(top, [OPENING, *MIDDLE, *pieces, CLOSING]))
    assert body == [OPENING, *MIDDLE, " ".join(pieces), CLOSING]


KEPT = [
    pytest.param(
        CL_TOP,
        [
            "El municipio recibirá fondos del gobierno regional para la segunda etapa.",
            "las obras se harán de noche.",
        ],
        id="closed-over-lower-case",
    ),
    pytest.param(
        AR_TOP,
        ["Lo que cambia", "El aumento alcanza a todas las líneas del área metropolitana."],
        id="intertitle-over-its-paragraph",
    ),
    pytest.param(
        MX_TOP,
        [
            "Los municipios que recibirán atención son los siguientes:",
            "- Guadalupe, con dos clínicas.",
            "- Apodaca, con una clínica.",
        ],
        id="list-items",
    ),
]


@pytest.mark.parametrize(("top", "lines"), KEPT)
def test_lines_a_page_sets_apart_stay_apart(top: str, lines: list[str]) -> None:
    body = _body(_page(top, [OPENING, *lines, CLOSING]))
    assert len(body) >= 1 + len(lines) - 1
    for line in lines:
        assert not any(line in p and p != line and p.startswith(OPENING) for p in body)
    assert not any(lines[0] in p and lines[1] in p for p in body)


def test_carried_over_gap_reads_the_line_left_open() -> None:
    open_clause = Piece("El decreto fue firmado por la ministra de Vivienda,", 2, body=True)
    assert carried_over_gap(open_clause, Piece("Carolina Tohá,", 2, body=True))
    # a short label left open carries nothing over: a menu's item, a tag row
    assert not carried_over_gap(Piece("Política,", 2, body=True), Piece("Economía", 2, body=True))
    # a lower-case tag under a related headline is no sentence: left apart
    headline = Piece("Vecinos piden más luz en la plaza", 2, body=True)
    assert not carried_over_gap(headline, Piece("alumbrado público", 2, body=True))
    # a linked name between blank lines inside a sentence
    link = Piece("Jorge Martínez", 2, body=True)
    after = Piece("y aprobado por el concejo.", 2, body=True)
    assert linked_between(
        Piece("El proyecto fue presentado por el concejal", 2, body=True), link, after
    )
    # a related headline over its author, then the text: no sentence is left open
    assert not linked_between(headline, link, Piece("El concejo aprobó el plan.", 2, body=True))
    # furniture on either side is never joined
    assert not carried_over_gap(open_clause, Piece("y entrará en vigor en mayo.", 2, body=False))


@pytest.mark.parametrize(
    "pieces",
    [
        pytest.param(
            [
                "El proyecto fue presentado en la sesión de ayer por el concejal",
                "Jorge Martínez",
                "y aprobado por unanimidad por el concejo municipal.",
            ],
            id="chile-linked-name-then-lower-case",
        ),
        pytest.param(
            [
                "La reforma fue impulsada durante meses por la diputada",
                "Lucía Herrera",
                "que presidió la comisión de vivienda del Congreso.",
            ],
            id="peru-linked-name-then-relative",
        ),
    ],
)
def test_a_link_on_its_own_line_goes_back_into_its_sentence(pieces: list[str]) -> None:
    # a page of single line breaks: the link's line, right under open prose, and the
    # sentence resuming under it in lower case
    page = CL_TOP + "\n\n" + "\n".join([OPENING, *MIDDLE, *pieces, CLOSING]) + "\n"
    assert " ".join(pieces) in _body(page)
