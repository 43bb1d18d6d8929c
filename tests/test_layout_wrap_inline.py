"""A sentence a renderer broke at its inline tags, on a page of single line breaks.

``get_text("\\n")`` sets every link, bold name and quotation mark of a paragraph on a line
of its own. Every page here is written for these tests, in several countries' styles:
the marks (a quotation or a bracket opened and not closed, a closing mark or a dash
against a lower-case word opening the next line, a bracketed aside the sentence goes on
after) and the words (a short line left open by a comma, an article or a preposition; a
line already joined going on in lower case) join the pieces back
(:func:`noticiaparse._layout.wrap.inline_break`). The counter-examples keep apart a
byline's lead over its name, closed sentences, labels and captions.
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_layout
from noticiaparse._layout.wrap import inline_break

TOP = "Nacionales\nEl puerto amplía su muelle de carga\nPor Teresa Quiroga\n14 de mayo de 2024\n"


def _body(lines: list[str]) -> list[str]:
    return [p.text for p in parse_layout(TOP + "\n".join(lines) + "\n").body]


FIRST = (
    "La autoridad portuaria aprobó este martes la ampliación del muelle de carga, una obra"
    " que tardará tres años y que duplicará el movimiento de contenedores."
)
LAST = "La licitación de las obras se abrirá en el segundo semestre del año."


@pytest.mark.parametrize(
    ("pieces", "joined"),
    [
        # Chile: a short clause closed by a comma over a linked name
        (
            [
                "Tras la sesión del directorio,",
                "Rodrigo Fuenzalida",
                ", gerente de la empresa, explicó que el proyecto se financia con fondos propios.",
            ],
            (
                "Tras la sesión del directorio, Rodrigo Fuenzalida , gerente de la empresa,"
                " explicó que el proyecto se financia con fondos propios."
            ),
        ),
        # España: an article, a linked institution, a conjunction and another party
        (
            [
                "La Junta del",
                "Puerto , presidida por",
                "Carmen Olmedo",
                "y",
                "su equipo técnico, firmó ayer el convenio con el ayuntamiento.",
            ],
            (
                "La Junta del Puerto , presidida por Carmen Olmedo y su equipo técnico, firmó"
                " ayer el convenio con el ayuntamiento."
            ),
        ),
        # México: a quotation's marks set each on a line of their own
        (
            [
                "El director de operaciones fue claro ante los transportistas: \u201c",
                "No vamos a cerrar ni un solo día durante la obra",
                "\u201d, aseguró en conferencia.",
            ],
            (
                "El director de operaciones fue claro ante los transportistas: \u201c No vamos a"
                " cerrar ni un solo día durante la obra \u201d, aseguró en conferencia."
            ),
        ),
        # Argentina: a straight quote closing, the sentence going on in lower case
        (
            [
                'Los gremios calificaron el anuncio como "una buena noticia para la zona',
                '" del frente portuario, y pidieron participar de la mesa técnica.',
            ],
            (
                'Los gremios calificaron el anuncio como "una buena noticia para la zona " del'
                " frente portuario, y pidieron participar de la mesa técnica."
            ),
        ),
        # Colombia: an aside between dashes set against its first word
        (
            [
                "La ampliación incluye dos grúas nuevas y un patio de contenedores",
                "\u2013ambos financiados por el banco regional\u2013 que se entregarán en 2026.",
            ],
            (
                "La ampliación incluye dos grúas nuevas y un patio de contenedores \u2013ambos"
                " financiados por el banco regional\u2013 que se entregarán en 2026."
            ),
        ),
        # Perú: an acronym in brackets, the sentence going on after it
        (
            [
                "Ni los navieros ni la Autoridad Portuaria Nacional",
                "(APN) ven riesgos en el calendario propuesto por la empresa.",
            ],
            (
                "Ni los navieros ni la Autoridad Portuaria Nacional (APN) ven riesgos en el"
                " calendario propuesto por la empresa."
            ),
        ),
        # Caribe: a bold subject over its verb in lower case
        (
            [
                "Cientos de trabajadores eventuales",
                "se concentraron frente a las oficinas del muelle para pedir contratos estables.",
            ],
            (
                "Cientos de trabajadores eventuales se concentraron frente a las oficinas del"
                " muelle para pedir contratos estables."
            ),
        ),
        # US Spanish: a compound cut at a link, the name, the verb in lower case
        (
            [
                "El mejor resultado del año fue para la naviera germano-",
                "Hapag Lloyd",
                "que logró mover el doble de carga que en 2023.",
            ],
            (
                "El mejor resultado del año fue para la naviera germano- Hapag Lloyd que logró"
                " mover el doble de carga que en 2023."
            ),
        ),
    ],
)
def test_a_sentence_broken_at_inline_tags_is_one_paragraph(pieces: list[str], joined: str) -> None:
    assert _body([FIRST, *pieces, LAST]) == [FIRST, joined, LAST]


@pytest.mark.parametrize(
    ("above", "below", "joined"),
    [
        ("Dijo que la obra es «", "urgente para la región", True),
        ("la obra es urgente", "», dijo el gerente.", True),
        ("Según el informe (", "página 12", True),
        ("Con la firma del convenio,", "Marta Ruiz Lago", True),
        ("El", "Gobierno regional", True),
        ("El\nGobierno", "respaldó la obra", True),
        (
            "El contrato se firmó por - 12 millones de dólares",
            "- una cifra que nadie discute",
            True,
        ),
        (
            "Cientos de vecinos del barrio",
            "marcharon hasta la plaza central para reclamar por la falta de agua potable en",
            True,
        ),
        ("venezolana", "está catalogada como la comunidad con mayor formación del país", True),
        # a list announced by a colon, its items; a menu's words in lower case
        ("Las medidas del plan son tres:", "- reducir el gasto", False),
        ("- reducir el gasto", "- subir los impuestos", False),
        ("inicio", "deportes", False),
        ("Liga de Primera A", "Copa de la Liga", False),
        ("* Tenis y pádel ante", "* Fútbol", False),
        # script code and data blocks
        ("timeout : 3000,", "retries : 2", False),
        ('"pais": "Chile",', '"ciudad": "Temuco"', False),
        ("ads.slots.define('top', [", "'.nota > p',", False),
        # a byline's or a credit's lead over the names; a label
        ("Por", "Ana Díaz", False),
        ("Escrito por", "Luis Mora", False),
        ("Con información de", "Agencias", False),
        # closed sentences and titles
        ("La obra empezó ayer.", "Los vecinos celebran.", False),
        ("Las claves", "El plan tiene tres partes.", False),
        ("Puerto", "fotografía de archivo", False),
        # a list's item and a turn of dialogue open with a dash and a space or a capital
        ("Las obras incluyen", "- dos grúas nuevas", False),
        ("¿Cuándo empieza la obra?", "—En enero.", False),
        # a caption's credit in brackets alone
        ("Vista aérea del muelle de carga del puerto", "(Foto: Archivo)", False),
    ],
)
def test_inline_break(above: str, below: str, *, joined: bool) -> None:
    assert inline_break(above, below) is joined


def test_a_byline_lead_over_its_name_stays_apart() -> None:
    layout = parse_layout(
        "Regiones\nEl puerto amplía su muelle\nPor\nAna Beatriz Soto\n"
        "14 de mayo de 2024\n" + FIRST + "\n" + LAST + "\n"
    )
    assert layout.authors == ("Ana Beatriz Soto",)
    assert [p.text for p in layout.body] == [FIRST, LAST]
