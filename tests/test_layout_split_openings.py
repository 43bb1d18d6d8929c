"""A paragraph a renderer split where its sentence cannot end: a dateline, a figure, an acronym.

Every page here is written for these tests, in the styles of several countries' outlets
and of the renderings scrapers give (a bold dateline set apart from its paragraph, a link
or a bold figure set on a line of its own, a blank line between the pieces or not). A
dateline closed by its dash (or an agency's dateline closed by its bracket) opens the
first paragraph; a figure or a bracketed aside under prose left open goes on with its
sentence. The counter-examples keep apart what a page sets apart: an intertitle over a
paragraph that opens with a figure, a closed sentence over one, an ad marker between
dashes over the text, a caption's credit in brackets.
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_layout

TOP = (
    "Regiones\n\n"
    "El gobierno regional abrirá tres hospitales de campaña antes del invierno\n\n"
    "Las obras comenzarán en abril y costarán cerca de 40 millones de dólares.\n\n"
    "Por Carolina Vidal"
)
FIRST = (
    "El gobierno regional anunció este lunes la apertura de tres hospitales de campaña"
    " para enfrentar el alza de consultas respiratorias de los meses fríos."
)
SECOND = (
    "Según la autoridad sanitaria, cada recinto tendrá cuarenta camas y un equipo de"
    " urgencia que funcionará las veinticuatro horas del día."
)
THIRD = (
    "Los gremios de la salud valoraron el anuncio, aunque advirtieron que faltan"
    " especialistas en las ciudades más pequeñas de la zona."
)
LAST = "La autoridad evaluará en agosto si los recintos siguen abiertos hasta la primavera."


def _body(page: str) -> list[str]:
    return [" ".join(p.text.split()) for p in parse_layout(page).body]


def _page(*paragraphs: str) -> str:
    return TOP + "\n\n" + "\n\n".join(paragraphs) + "\n\nComentarios\n"


# --- a dateline set apart from the first paragraph ------------------------------------
DATELINES = [
    ("CL", "SANTIAGO.-", "\n\n"),
    ("VE", "CARACAS -", "\n"),
    ("CL-bare", "SANTIAGO.-", "\n"),
    ("MX", "Ciudad de México, 12 de marzo de 2024.-", "\n\n"),
    ("MX-bare", "Monterrey, Nuevo León, 3 de mayo de 2024.–", "\n"),
    ("AR", "BUENOS AIRES.–", "\n\n"),
    ("AR-bare", "Rosario.–", "\n"),
    ("PE", "LIMA, 5 may (ANDINA).–", "\n\n"),
    ("ES", "MADRID, 3 (EUROPA PRESS)", "\n\n"),
    ("ES-dash", "SEVILLA, 14 Jun. (EUROPA PRESS) -", "\n\n"),
    ("CO-bold", "**BOGOTÁ.—**", "\n\n"),
    ("DO", "Santo Domingo, 9 oct (EFE).-", "\n"),
]


@pytest.mark.parametrize(
    ("dateline", "gap"), [d[1:] for d in DATELINES], ids=[d[0] for d in DATELINES]
)
def test_a_dateline_alone_opens_the_text(dateline: str, gap: str) -> None:
    # right over the first paragraph, a piece of it; a blank line under it, a paragraph
    page = _page(dateline + gap + FIRST, SECOND, THIRD, LAST)
    first = [f"{dateline} {FIRST}"] if gap == "\n" else [dateline, FIRST]
    assert [*first, SECOND, THIRD, LAST] == _body(page)


@pytest.mark.parametrize("gap", ["\n", "\n\n"], ids=["line-break", "blank-line"])
def test_a_site_name_closed_by_a_dash_is_no_dateline(gap: str) -> None:
    page = _page("Diario del Sur -" + gap + FIRST, SECOND, THIRD, LAST)
    assert [FIRST, SECOND, THIRD, LAST] == _body(page)


def test_a_dateline_joins_only_the_first_paragraph() -> None:
    # an ad marker between dashes over the text is no dateline
    page = _page("- PUBLICIDAD -", FIRST, SECOND, THIRD, LAST)
    assert [FIRST, SECOND, THIRD, LAST] == _body(page)


def test_a_dated_dateline_keeps_the_publication_date() -> None:
    page = _page("Quito, 21 de febrero de 2024.-", FIRST, SECOND, THIRD, LAST)
    layout = parse_layout(page)
    assert layout.body[0].text == "Quito, 21 de febrero de 2024.-"
    assert layout.published is not None
    value = layout.published.value
    assert value is not None
    assert (2024, 2, 21) == (value.year, value.month, value.day)


# --- a figure or an acronym under prose left open ---------------------------------------
FIGURES = [
    (
        "CL-money",
        "La inversión total en los tres recintos de la región alcanzará",
        "2.000 millones de pesos, según detalló el intendente.",
    ),
    (
        "CO-percent",
        "La ocupación de camas críticas en los hospitales del departamento llegó",
        "92% durante la última semana, la cifra más alta del año.",
    ),
    (
        "US-dollars",
        "El programa federal de ayuda a los condados afectados entregará",
        "US$ 15 millones en subsidios para reconstruir viviendas.",
    ),
    (
        "ES-acronym",
        "Según los datos publicados ayer por el Instituto Nacional de Estadística",
        "(INE), el paro bajó en once de las diecisiete comunidades.",
    ),
]


@pytest.mark.parametrize("gap", ["\n", "\n\n"], ids=["line-break", "blank-line"])
@pytest.mark.parametrize(("above", "below"), [f[1:] for f in FIGURES], ids=[f[0] for f in FIGURES])
def test_a_figure_or_an_acronym_goes_on_with_its_sentence(above: str, below: str, gap: str) -> None:
    page = _page(FIRST, SECOND, above + gap + below, THIRD, LAST)
    assert [FIRST, SECOND, f"{above} {below}", THIRD, LAST] == _body(page)


STAYS_APART = [
    # an intertitle over a paragraph that opens with a figure, a line break or a blank
    # line between them
    ("intertitle-line-break", "Las cifras del invierno", "\n"),
    ("intertitle-blank-line", "Las cifras del invierno", "\n\n"),
    # a closed sentence over one, a blank line between them (right over it, a short line
    # under a sentence's end is a lead-in's piece: tests/test_layout_body_pieces.py)
    ("closed", "El balance se conocerá a fin de mes en la cuenta pública del servicio.", "\n\n"),
]


@pytest.mark.parametrize(
    ("above", "gap"), [s[1:] for s in STAYS_APART], ids=[s[0] for s in STAYS_APART]
)
def test_a_figure_under_a_title_or_a_sentence_stays_apart(above: str, gap: str) -> None:
    below = "2.500 pacientes fueron atendidos en julio en la red pública."
    page = _page(FIRST, SECOND, above + gap + below, THIRD, LAST)
    assert [FIRST, SECOND, above, below, THIRD, LAST] == _body(page)


# --- a link, a tag or a bold run set apart inside a sentence ------------------------------
LINKS = [
    # a hashtag between blank lines (Chile)
    (
        "CL-hashtag",
        [
            "La campaña de vacunación se difundió en redes sociales con la etiqueta",
            "#InviernoSano",
            "y sumó miles de mensajes en una semana.",
        ],
        "\n\n",
    ),
    # a short lead left open by a preposition, then the link (Argentina, España)
    (
        "AR-short-lead",
        [
            "En declaraciones a",
            "Radio del Plata",
            ", la ministra aseguró que los turnos se ampliarán.",
        ],
        "\n\n",
    ),
    (
        "ES-bold-run",
        [
            "El anuncio lo hizo el",
            "**consejero de Sanidad, Luis Ortega**",
            ", que pidió calma a la población.",
        ],
        "\n\n",
    ),
    # a bold name after prose left open (Colombia)
    (
        "CO-bold-name",
        [
            "La medida fue defendida este jueves por la secretaria departamental",
            "**Marta Lucía Pérez**",
            "ante los periodistas reunidos en la gobernación.",
        ],
        "\n\n",
    ),
    # the link ends the sentence, a line break between (México, Perú)
    (
        "MX-link-ends",
        ["Las cifras del operativo fueron difundidas este lunes por el portal", "Salud Norte."],
        "\n",
    ),
    (
        "PE-link-ends-spaced",
        ["Las cifras del operativo fueron difundidas este lunes por la emisora", "Radio Sur."],
        "\n",
    ),
]


@pytest.mark.parametrize(
    ("pieces", "gap"), [(p[1], p[2]) for p in LINKS], ids=[p[0] for p in LINKS]
)
def test_a_link_set_apart_goes_back_into_its_sentence(pieces: list[str], gap: str) -> None:
    page = _page(FIRST, SECOND, gap.join(pieces), THIRD, LAST)
    # (the paragraph is the page's text, its line breaks read as spaces: "Plata , la")
    assert [FIRST, SECOND, " ".join(pieces), THIRD, LAST] == _body(page)


@pytest.mark.parametrize(
    ("title", "gap"),
    [
        ("Las cifras del invierno", "\n\n"),
        # a long title left open on a lower-case word: a short sentence is no name
        ("La provincia prepara un plan de ayudas para los comercios", "\n"),
    ],
    ids=["intertitle", "long-title"],
)
def test_a_title_over_a_short_sentence_stays(title: str, gap: str) -> None:
    page = _page(FIRST, SECOND, title + gap + "Nadie lo esperaba.", LAST)
    assert title in _body(page)
