"""The article signed or closed, other stories' text under it: the text ends at the line.

Every page here is written for these tests, in the styles of several countries' outlets.
A wire story closes with its agency's credit ("(EFE)", "Con información de AFP"), a
desk's byline or the editors' initials ("JMR/lmm"); a page sets its share row, its tag
list or its comment prompt under the text. What follows such a line, sentences that
tell other stories (a list of summaries with no label, a second article's paragraphs),
is the page's. The article's own text going on under a photo's credit set into it
comes back to its story's words, and stays.
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_layout


def _body(text: str) -> list[str]:
    return [" ".join(p.text.split()) for p in parse_layout(text).body]


def _page(title: str, paragraphs: tuple[str, ...], tail: str) -> str:
    head = f"{title}\n\nPor Valentina Araya\n\n14 de agosto de 2024 | 09:15\n\n"
    return head + "\n\n".join(paragraphs) + "\n\n" + tail


# --- Chile: a wire story, its agency's credit, two summaries of other stories ------------
CL_P = (
    (
        "La Dirección Meteorológica anunció que un sistema frontal dejará lluvias intensas"
        " desde la tarde del jueves entre las regiones de Valparaíso y Los Lagos."
    ),
    (
        "Según el organismo, en Santiago caerán entre 30 y 40 milímetros, mientras que en"
        " la costa del Biobío las ráfagas de viento podrían superar los 90 kilómetros por"
        " hora."
    ),
    (
        "La Oficina Nacional de Emergencia pidió a los vecinos limpiar canaletas y evitar"
        " los cauces de los esteros mientras duren las precipitaciones del sistema frontal."
    ),
)
CL_TAIL = (
    "(EFE)\n\n"
    "El Banco Central mantuvo la tasa de política monetaria en 5,75% y anticipó recortes"
    " graduales si la inflación sigue cediendo durante el segundo semestre.\n\n"
    "Colo-Colo venció por dos goles a uno a Universidad Católica en el Monumental y quedó"
    " a un punto del líder del torneo nacional.\n"
)

# --- México: the editors' initials, then a second article's paragraphs -------------------
MX_P = (
    (
        "El gobierno de Jalisco inauguró este martes la línea 5 del tren ligero, que"
        " conectará el centro de Guadalajara con el municipio de Tlajomulco."
    ),
    (
        "La obra costó 8.500 millones de pesos y transportará a unos 120.000 pasajeros al"
        " día, de acuerdo con la Secretaría de Infraestructura del estado."
    ),
    (
        "El gobernador dijo que el tren ligero reducirá a la mitad el tiempo de traslado"
        " de quienes viajan cada día desde Tlajomulco hasta el centro."
    ),
)
MX_TAIL = (
    "JMR/lmm\n\n"
    "Productores de aguacate de Michoacán denunciaron cobros de cuotas por parte de"
    " grupos criminales en los huertos de Uruapan y Tancítaro.\n\n"
    "Los agricultores pidieron a la Guardia Nacional reforzar la vigilancia de las"
    " empacadoras durante la cosecha de invierno.\n"
)

# --- España: a credit line, then a blurb and a summary that are not the story's ---------
ES_P = (
    (
        "El Ayuntamiento de Valencia aprobó este viernes el plan para peatonalizar diez"
        " calles del barrio de Ruzafa a partir del próximo mes de octubre."
    ),
    (
        "La concejala de Movilidad explicó que el plan incluye nuevos aparcamientos"
        " disuasorios en los accesos al barrio y más frecuencias de autobús nocturno."
    ),
    (
        "Los comerciantes de Ruzafa pidieron que las obras de peatonalización no coincidan"
        " con la campaña de Navidad, la más importante del año para el barrio."
    ),
)
ES_TAIL = (
    "Con información de Europa Press\n\n"
    "Apúntate gratis y recibe cada mañana un resumen con lo más importante de la jornada"
    " informativa directamente en tu correo electrónico.\n\n"
    "Un incendio forestal obliga a desalojar tres urbanizaciones en la sierra de Gredos"
    " mientras los bomberos trabajan para frenar el avance de las llamas.\n"
)

# --- Argentina: the share row under the text, then other stories' summaries -------------
AR_P = (
    (
        "El gobierno bonaerense lanzó un programa de créditos para que las cooperativas"
        " de trabajo compren maquinaria agrícola en el interior de la provincia."
    ),
    (
        "Las cooperativas podrán pedir hasta 40 millones de pesos con una tasa fija"
        " durante el primer año, según detalló el ministro de Desarrollo Agrario."
    ),
    (
        "El programa de créditos se gestionará a través del Banco Provincia y las"
        " cooperativas tendrán un año de gracia antes de pagar la primera cuota."
    ),
)
AR_TAIL = (
    "Compartir en Facebook\n\n"
    "River goleó a Talleres en el Monumental y sigue invicto en la Liga Profesional tras"
    " siete fechas disputadas.\n\n"
    "La inflación de julio fue de 4% según el INDEC y acumuló un alza de 87% en los"
    " últimos doce meses.\n"
)

# --- Colombia: the tag list under the text, then a second story's lead ------------------
CO_P = (
    (
        "La Alcaldía de Medellín puso en marcha un plan para recuperar las quebradas de"
        " la comuna 8, afectadas por las basuras y las construcciones ilegales."
    ),
    (
        "El plan contempla la limpieza de cinco quebradas, la reubicación de 60 familias y"
        " la siembra de 3.000 árboles en las laderas de la comuna."
    ),
    (
        "Los líderes de la comuna pidieron que la reubicación de las familias se haga con"
        " viviendas en el mismo sector, cerca de sus trabajos y colegios."
    ),
)
CO_TAIL = (
    "Temas relacionados\n\n"
    "Un bus intermunicipal se volcó en la vía que conduce de Bogotá a Villavicencio y"
    " dejó once pasajeros heridos, informó la Policía de Tránsito.\n\n"
    "Según los primeros reportes, el conductor perdió el control del vehículo en una"
    " curva cerrada cerca del kilómetro 58, en medio de la lluvia.\n"
)

SIGNED = [
    pytest.param(
        _page("Anuncian lluvias intensas para el centro y sur", CL_P, CL_TAIL),
        CL_P,
        id="cl-agency-credit",
    ),
    pytest.param(
        _page("Inauguran la línea 5 del tren ligero", MX_P, MX_TAIL), MX_P, id="mx-initials"
    ),
    pytest.param(
        _page("Valencia peatonalizará diez calles de Ruzafa", ES_P, ES_TAIL),
        ES_P,
        id="es-credit-line",
    ),
    pytest.param(
        _page("Créditos para cooperativas de trabajo", AR_P, AR_TAIL), AR_P, id="ar-share-row"
    ),
    pytest.param(
        _page("Plan para recuperar las quebradas de la comuna 8", CO_P, CO_TAIL),
        CO_P,
        id="co-tag-list",
    ),
]


@pytest.mark.parametrize(("text", "body"), SIGNED)
def test_other_stories_under_the_closing_line_go(text: str, body: tuple[str, ...]) -> None:
    assert list(body) == _body(text)


# --- the article's own text under a credit set into it stays ----------------------------
PE_P = (
    (
        "El Ministerio de Salud inició este lunes la campaña de vacunación contra la"
        " influenza en los colegios de Lima Metropolitana y el Callao."
    ),
    (
        "La campaña busca vacunar a un millón de escolares antes del invierno, cuando"
        " aumentan los casos de influenza y de neumonía en la capital."
    ),
)
PE_AFTER = (
    (
        "Las brigadas del Ministerio de Salud recorrerán los colegios de Lima y del Callao"
        " de lunes a sábado, con prioridad para los distritos del sur."
    ),
    (
        "Los padres que no deseen vacunar a sus hijos contra la influenza deberán firmar"
        " un documento en el colegio, precisó la directora de la campaña."
    ),
)
PE = _page(
    "Empieza la vacunación contra la influenza en colegios",
    (*PE_P, "(AFP)", *PE_AFTER),
    "",
)

# --- the share row under the lead: the text goes on under it ----------------------------
UY_P = (
    (
        "La Intendencia de Montevideo anunció que el servicio de ómnibus nocturno"
        " funcionará todos los días del año a partir de diciembre."
    ),
)
UY_AFTER = (
    (
        "Según la Intendencia, el servicio nocturno tendrá seis líneas que unirán el"
        " Centro con los barrios del oeste y del norte de Montevideo."
    ),
    (
        "El director de Movilidad explicó que los ómnibus nocturnos pasarán cada 40"
        " minutos y que el boleto tendrá el mismo precio que el diurno."
    ),
    (
        "Los sindicatos del transporte pidieron más seguridad en las paradas del"
        " servicio nocturno antes de que empiece a funcionar en diciembre."
    ),
)
UY = _page("Ómnibus nocturno todos los días del año", (*UY_P, "Compartir", *UY_AFTER), "")

# --- a wire story's last paragraph, its credit, one more sentence of the story ----------
VE_P = (
    (
        "La Corporación Eléctrica anunció cortes programados de cuatro horas en el estado"
        " Zulia a partir del lunes por los trabajos en la central de Termozulia."
    ),
    (
        "Según la Corporación Eléctrica, los cortes se harán por sectores y el cronograma"
        " se publicará cada domingo en sus redes sociales."
    ),
    (
        "Los comerciantes de Maracaibo advirtieron que los cortes de electricidad afectarán"
        " las ventas durante la temporada escolar."
    ),
)
VE_AFTER = (
    (
        "La Cámara de Comercio del Zulia pidió que los cortes eléctricos no coincidan con"
        " las horas de mayor actividad de los comercios de Maracaibo."
    ),
    (
        "Los trabajos en la central de Termozulia durarán al menos seis semanas, según el"
        " cronograma de la Corporación Eléctrica."
    ),
)
VE = _page("Anuncian cortes eléctricos programados en el Zulia", (*VE_P, "EFE", *VE_AFTER), "")

KEPT = [
    pytest.param(PE, (*PE_P, *PE_AFTER), id="pe-photo-credit-inside"),
    pytest.param(UY, (*UY_P, *UY_AFTER), id="uy-share-row-under-lead"),
    pytest.param(VE, (*VE_P, *VE_AFTER), id="ve-credit-then-the-story"),
]


@pytest.mark.parametrize(("text", "body"), KEPT)
def test_the_storys_text_under_a_credit_stays(text: str, body: tuple[str, ...]) -> None:
    assert list(body) == _body(text)


# --- a known miss: one summary alone under an agency in brackets (a photo's credit too) is
# not told from the story's own last paragraph turning to another subject ---------------
@pytest.mark.xfail(strict=True, reason="one sentence under '(EFE)' is too little to judge")
def test_one_summary_under_the_credit_goes() -> None:
    tail = (
        "(EFE)\n\n"
        "El Banco Central mantuvo la tasa de política monetaria en 5,75% y anticipó"
        " recortes graduales si la inflación sigue cediendo durante el segundo semestre.\n"
    )
    assert list(CL_P) == _body(_page("Anuncian lluvias intensas para el centro y sur", CL_P, tail))


# --- a credit line or the editors' initials close a text: one other story after them goes,
# the story's own last sentence after them stays --------------------------------------
BO_P = (
    (
        "La Alcaldía de La Paz anunció que el teleférico funcionará hasta la medianoche"
        " durante las fiestas de la ciudad, del 14 al 17 de julio."
    ),
    (
        "Según la Alcaldía, el horario extendido del teleférico busca que los vecinos de"
        " El Alto puedan volver a sus casas después de las entradas folclóricas."
    ),
    (
        "Las cabinas del teleférico tendrán controles de seguridad en las estaciones del"
        " centro durante las noches de fiesta, añadió el vocero municipal."
    ),
)
BO_OTHER = (
    "Un camión cargado de quinua volcó en la carretera a Oruro y bloqueó el paso de"
    " vehículos durante cinco horas, informó la Administradora Boliviana de Carreteras."
)
BO_OWN = (
    "El pasaje del teleférico en horario nocturno costará lo mismo que durante el día,"
    " precisó la Alcaldía de La Paz."
)


@pytest.mark.parametrize(
    ("sign", "tail", "body"),
    [
        pytest.param("Con información de ABI", BO_OTHER, BO_P, id="bo-credit-line-other-story"),
        pytest.param("AR/jc", BO_OTHER, BO_P, id="bo-initials-other-story"),
        pytest.param(
            "Fuente: Agencia EFE", BO_OWN, (*BO_P, BO_OWN), id="bo-credit-line-the-storys-own"
        ),
    ],
)
def test_one_sentence_under_a_credit_line(sign: str, tail: str, body: tuple[str, ...]) -> None:
    text = _page("El teleférico funcionará hasta la medianoche", BO_P, f"{sign}\n\n{tail}\n")
    assert list(body) == _body(text)


# --- the page runs on into a wire story: its dateline opens a paragraph after the text ---
HN_P = (
    (
        "La Secretaría de Educación de Honduras confirmó que el año escolar comenzará el 3"
        " de febrero en todos los centros públicos del país."
    ),
    (
        "El ministro explicó que la Secretaría de Educación repartirá los libros de texto"
        " durante enero en los municipios de Olancho, Colón y Gracias a Dios."
    ),
    (
        "Los maestros pidieron que el ministerio pague antes del inicio de clases los"
        " salarios atrasados de los docentes contratados por horas."
    ),
)
HN_WIRE = (
    "SAN SALVADOR, 12 ene (EFE).- El Congreso salvadoreño aprobó este viernes una reforma"
    " que amplía el plazo para que las alcaldías presenten sus presupuestos anuales.\n\n"
    "La reforma fue aprobada con 67 votos a favor y ninguno en contra, según informó la"
    " presidencia del Congreso en sus redes sociales.\n"
)
HN_HEADED = "Congreso salvadoreño amplía el plazo de los presupuestos\n\n" + HN_WIRE
HN_OWN = (
    *HN_P,
    (
        "El año escolar tendrá 200 días de clases, como exige la ley, y terminará a finales"
        " de noviembre, según el calendario que publicó la Secretaría (EFE)."
    ),
)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        pytest.param(_page("Clases comienzan el 3 de febrero", HN_P, HN_WIRE), HN_P, id="hn-wire"),
        pytest.param(
            _page("Clases comienzan el 3 de febrero", HN_P, HN_HEADED), HN_P, id="hn-wire-headed"
        ),
        pytest.param(
            _page("Clases comienzan el 3 de febrero", HN_OWN, ""), HN_OWN, id="hn-closing-credit"
        ),
    ],
)
def test_a_wire_storys_dateline_after_the_text(text: str, body: tuple[str, ...]) -> None:
    assert list(body) == _body(text)
