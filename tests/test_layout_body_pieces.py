"""A paragraph a renderer broke at a single line break, on a page spaced by blank lines.

Every page here is written for these tests, in the styles of several countries' outlets
and of the renderings scrapers give (``get_text("\\n")`` breaking at bold lead-ins and
links, a ``<br>`` inside a paragraph). A short piece (a lead-in, a linked phrase) under a
sentence's end, or a sentence cut in its middle, goes back into its paragraph; the
counter-examples keep apart what a page sets apart: two whole paragraphs a page set one
line apart, intertitles (a question too), list items, interview turns, a summary over the
text, and every line of a page of single line breaks.
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_layout
from noticiaparse._layout.wrap import Piece, paragraph_pieces


def _page(top: str, paragraphs: list[str]) -> str:
    """A page: its header, then its paragraphs a blank line apart (a piece holds its break)."""
    return top + "\n\n" + "\n\n".join(paragraphs) + "\n"


# --- Argentina: a bold lead-in closed by a stop, on a line of its own ------------------
AR = [
    (
        "Desde este lunes, el boleto mínimo de colectivo cuesta más en toda el área"
        " metropolitana, según informó la Secretaría de Transporte de la Nación."
    ),
    (
        "Lo que cambia.\nEl aumento alcanza a las líneas nacionales, provinciales y"
        " municipales, y se aplicará en dos tramos durante el mes."
    ),
    (
        "Las empresas del sector reclamaban una actualización desde hace meses por el alza"
        " de los costos del combustible."
    ),
    "Según fuentes oficiales, habrá una nueva revisión en mayo.",
    "Los usuarios con tarjeta registrada mantienen el descuento.",
]
AR_TOP = (
    "Sociedad\n\n"
    "Suben las tarifas del colectivo en el conurbano\n\n"
    "Por Martín Gómez\n\n"
    "12 de marzo de 2024"
)

# --- Mexico: a linked name opening a sentence, set on a line of its own -----------------
MX = [
    (
        "El gobierno estatal inauguró este miércoles un hospital con 120 camas en la región"
        " norte, que atenderá a más de 300 mil personas de siete municipios."
    ),
    (
        "La obra costó 900 millones de pesos y tardó dos años.\nLa Secretaría de Salud"
        "\ninformó que el personal médico ya fue contratado y que las consultas comenzarán"
        " la próxima semana."
    ),
    (
        "Vecinos de los municipios cercanos esperaban la obra desde hace una década, pues"
        " debían viajar cuatro horas hasta la capital."
    ),
    "El hospital contará además con un área de urgencias pediátricas.",
    "La inauguración contó con la presencia de alcaldes de la región.",
]
MX_TOP = (
    "Estados\n\n"
    "Inauguran hospital regional en el norte de Sonora\n\n"
    "Por Lucía Hernández\n\n"
    "3 de abril de 2024"
)

# --- Spain: a sentence cut in its middle before a word in capitals -----------------------
ES = [
    (
        "La Confederación Hidrográfica anunció este martes nuevas restricciones al uso del"
        " agua para riego en tres comarcas del interior."
    ),
    (
        "Los agricultores pidieron ayudas directas, según explicó a este diario el portavoz"
        " regional del sindicato agrario\nCOAG en la provincia, que calcula pérdidas"
        " millonarias."
    ),
    (
        "Las restricciones se mantendrán, como mínimo, hasta el otoño, cuando se revisará el"
        " nivel de los embalses."
    ),
    "El organismo revisará la situación cada mes.",
]
ES_TOP = (
    "Sociedad\n\n"
    "La sequía obliga a restringir el riego en tres comarcas\n\n"
    "Por Elena Martín\n\n"
    "MADRID | 14/05/2024"
)

# --- Chile: a short closing sentence a <br> set under its paragraph ---------------------
CL = [
    (
        "El Ministerio de Obras Públicas adjudicó este jueves la construcción del nuevo puente"
        " sobre el río Biobío, una obra esperada por años en la región."
    ),
    (
        "La empresa ganadora deberá entregar la estructura en un plazo de 42 meses, con una"
        " inversión cercana a los 300 millones de dólares.\nAsí lo confirmó el seremi."
    ),
    (
        "Las autoridades comunales celebraron la noticia y pidieron que las obras contraten"
        " mano de obra local."
    ),
    "El puente tendrá cuatro pistas y una ciclovía.",
]
CL_TOP = (
    "Regiones\n\n"
    "Adjudican el nuevo puente sobre el Biobío\n\n"
    "Por Javiera Muñoz\n\n"
    "Jueves 9 de mayo de 2024 | 18:40"
)

# --- Colombia (counter-example): two whole paragraphs a page set one line apart ---------
CO = [
    (
        "La divisa estadounidense terminó la semana con una caída de 40 pesos frente al cierre"
        " del viernes anterior, en una jornada de bajo volumen de negociación."
    ),
    (
        "Los analistas atribuyen la baja al aumento de los precios del petróleo, principal"
        " producto de exportación del país en los últimos años."
    ),
    (
        "Según el último informe del Banco de la República, la inflación anual se ubicó en"
        " 7,3 % en marzo, su nivel más bajo en dos años."
    ),
    (
        "Para la próxima semana se espera una jornada con mayor movimiento por los datos de"
        " empleo de Estados Unidos."
    ),
]
CO_TOP = (
    "Economía\n\n"
    "El dólar cierra la semana a la baja en Colombia\n\n"
    "Por Andrés Pardo\n\n"
    "5 de abril de 2024"
)
CO_TEXT = (
    CO_TOP + "\n\n" + CO[0] + "\n\n" + CO[1] + "\n" + CO[2] + "\n\n" + CO[3] + "\n\n"
    "Las bolsas de la región cerraron con alzas moderadas.\n"
)

# --- Peru (counter-example): a question set as an intertitle, right over its text --------
PE = [
    (
        "El pleno del Congreso aprobó en segunda votación la reforma del sistema privado de"
        " pensiones, con 72 votos a favor y 30 en contra."
    ),
    "¿Qué cambia para los afiliados?",
    (
        "Los trabajadores independientes deberán aportar de forma obligatoria a partir de"
        " 2025, según el texto aprobado."
    ),
    "La norma pasa ahora al Ejecutivo para su promulgación.",
    "El ministro de Economía dijo que la reglamentación estará lista en 60 días.",
]
PE_TOP = (
    "Política\n\n"
    "Congreso aprueba reforma del sistema de pensiones\n\n"
    "Por Rosa Quispe\n\n"
    "8 de mayo de 2024"
)
PE_TEXT = (
    PE_TOP + "\n\n" + PE[0] + "\n\n" + PE[1] + "\n" + PE[2] + "\n\n" + PE[3] + "\n\n" + PE[4] + "\n"
)

# --- United States, Spanish-language (counter-example): an intertitle with no stop ------
US = [
    (
        "Miles de inmigrantes podrán renovar su permiso de trabajo por internet a partir del"
        " próximo mes, anunció este viernes la agencia federal de inmigración."
    ),
    "Qué dice la nueva regla",
    (
        "El trámite en línea reemplaza al formulario en papel y reduce el tiempo de espera a"
        " unas seis semanas, según la agencia."
    ),
    "Los abogados recomiendan revisar la fecha de vencimiento antes de enviar la solicitud.",
    "La agencia publicará una guía en español.",
]
US_TOP = (
    "Inmigración\n\n"
    "Renovar el permiso de trabajo será más rápido\n\n"
    "Por Carlos Rivera\n\n"
    "May 10, 2024"
)
US_TEXT = (
    US_TOP + "\n\n" + US[0] + "\n" + US[1] + "\n" + US[2] + "\n\n" + US[3] + "\n\n" + US[4] + "\n"
)

# --- Uruguay (counter-example): an interview's turns under the text ---------------------
UY_TEXT = (
    "Cultura\n\nLa directora del teatro habla de la nueva temporada\n\n"
    "Seis estrenos nacionales y dos coproducciones abren el año del teatro municipal.\n\n"
    "Por Sofía Pereira\n\n"
    "20 de junio de 2024\n\n"
    "La temporada del teatro municipal abrirá en agosto con seis estrenos nacionales y dos"
    " coproducciones con elencos argentinos.\n\n"
    "Conversamos con su directora sobre los cambios en la programación.\n"
    "—¿Por qué tantos estrenos nacionales?\n"
    "—Porque el público los pide y los elencos están listos.\n\n"
    "La venta de entradas comenzará el 1 de julio en la boletería del teatro.\n\n"
    "Los precios se mantienen respecto al año pasado.\n"
)
UY = [
    (
        "La temporada del teatro municipal abrirá en agosto con seis estrenos nacionales y dos"
        " coproducciones con elencos argentinos."
    ),
    "Conversamos con su directora sobre los cambios en la programación.",
    "—¿Por qué tantos estrenos nacionales?",
    "—Porque el público los pide y los elencos están listos.",
    "La venta de entradas comenzará el 1 de julio en la boletería del teatro.",
    "Los precios se mantienen respecto al año pasado.",
]

# --- Guatemala (counter-example): a page of single line breaks keeps every line ---------
GT = [
    "El Congreso aprobó este martes el presupuesto del próximo año, con 110 votos a favor.",
    "Lo anunció el presidente del Legislativo.",
    "La oposición votó en contra y pidió más fondos para la salud.",
    "El Ejecutivo tiene quince días para sancionarlo.",
]
GT_TEXT = (
    "Nacionales\nCongreso aprueba el presupuesto del próximo año\nPor Ana Lucía Estrada\n"
    "10 de octubre de 2024\n" + "\n".join(GT) + "\n"
)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        pytest.param(_page(AR_TOP, AR), AR, id="ar-bold-lead-in-joins"),
        pytest.param(_page(MX_TOP, MX), MX, id="mx-linked-opening-joins"),
        pytest.param(_page(ES_TOP, ES), ES, id="es-sentence-cut-before-capitals-joins"),
        pytest.param(_page(CL_TOP, CL), CL, id="cl-short-closing-sentence-joins"),
        pytest.param(
            CO_TEXT,
            [*CO, "Las bolsas de la región cerraron con alzas moderadas."],
            id="co-two-whole-paragraphs-stay-apart",
        ),
        pytest.param(PE_TEXT, PE, id="pe-question-intertitle-stays-apart"),
        pytest.param(US_TEXT, US, id="us-intertitle-stays-apart"),
        pytest.param(UY_TEXT, UY, id="uy-interview-turns-stay-apart"),
        pytest.param(GT_TEXT, GT, id="gt-single-line-breaks-stay-apart"),
    ],
)
def test_body_pieces(text: str, body: list[str]) -> None:
    assert [p.text for p in parse_layout(text).body] == [" ".join(b.split()) for b in body]


# --- the rules on the line records themselves --------------------------------------------
SPACED = [Piece(p, 1, body=True) for p in CO[:3]]
LONG_OPEN = (
    "Los vecinos del sector reclamaron durante meses al municipio por el estado de la"
    " calle principal del barrio"
)


@pytest.mark.parametrize(
    ("above", "below", "joined"),
    [
        pytest.param("Primero, los plazos.", CO[3], True, id="short-closed-lead-in"),
        pytest.param(CO[0], "Así lo confirmó la ministra.", True, id="short-closed-after"),
        pytest.param(CO[0], CO[1], False, id="two-whole-paragraphs"),
        pytest.param("¿Y ahora qué?", CO[3], False, id="short-question"),
        pytest.param("¡Sorpresa en el Congreso!", CO[3], False, id="short-exclamation"),
        pytest.param(CO[0], "Las cifras del año", False, id="intertitle-under-text"),
        pytest.param(CO[0], "- Las cifras del año.", False, id="list-item"),
        pytest.param(LONG_OPEN, "Oriente, que sigue sin luz.", True, id="cut-sentence"),
        pytest.param(LONG_OPEN + " 12", CO[3], False, id="open-on-a-number"),
        pytest.param("Las cifras del barrio", CO[3], False, id="open-intertitle"),
    ],
)
def test_pieces_under_a_line(above: str, below: str, *, joined: bool) -> None:
    page = [*SPACED, Piece(above, 1, body=True), Piece(below, 0, body=True)]
    assert (4 in paragraph_pieces(page)) is joined


def test_a_summary_opening_the_body_is_no_cut_sentence() -> None:
    page = [Piece(LONG_OPEN, 0, body=True), Piece("Los focos ya están encendidos.", 0, body=True)]
    page += [Piece(p, 1, body=True) for p in CO]
    assert 1 not in paragraph_pieces(page)


def test_a_short_piece_on_a_page_of_single_breaks_stays() -> None:
    page = [Piece(p, 0, body=True) for p in CO] + [Piece("Así lo dijo.", 0, body=True)]
    assert paragraph_pieces(page) == frozenset()
