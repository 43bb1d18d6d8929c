"""Where the article ends: its own last lines kept, the page's lines after them dropped.

Every page here is written for these tests, in the styles of several countries' outlets.
A scrape may stop inside the article (a paywall, a truncated copy): its last line, a
sentence cut short or an intertitle whose paragraph is missing, is still the article's.
A wide gap before one long paragraph, with no headline after it, is the text going on.
The counter-examples keep the page's related headlines and teasers out of the body.
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_layout

# --- Paraguay: the scrape stops in the middle of the last sentence ---------------------
PY_P = (
    (
        "El Ministerio de Obras Públicas habilitó este lunes el nuevo puente sobre el río"
        " Tebicuary, que une los departamentos de Paraguarí y Misiones."
    ),
    (
        "La obra demandó una inversión de 45 millones de dólares y permitirá reducir en una"
        " hora el viaje entre Asunción y Encarnación, según la cartera."
    ),
    (
        "Los transportistas de carga celebraron la habilitación, aunque reclamaron que el"
        " peaje previsto encarecerá el flete de la soja."
    ),
)
PY_CUT = "El viceministro adelantó que el próximo martes se reunirá con los"
PY = (
    "Habilitan el nuevo puente sobre el río Tebicuary\n\n"
    "Por Celeste Benítez\n\n12 de mayo de 2025\n\n"
    f"{PY_P[0]}\n\n{PY_P[1]}\n\n{PY_P[2]}\n\n{PY_CUT}\n"
)

# --- Bolivia: intertitles over the paragraphs, the page ends on the last one ----------------
BO_P = (
    (
        "La Gobernación de Cochabamba declaró alerta naranja por la sequía que afecta a 23"
        " municipios del departamento desde hace cuatro meses."
    ),
    "Los cultivos más afectados",
    (
        "Según el informe técnico, la papa y el maíz perdieron más de la mitad de su"
        " producción, y los productores de leche reducen sus hatos por falta de forraje."
    ),
    "Cisternas para las comunidades",
    (
        "La Gobernación enviará cisternas a las comunidades más alejadas y habilitará pozos"
        " de emergencia en los valles, con apoyo del Ejército."
    ),
    "Lo que viene en la temporada",
)
BO = (
    "Cochabamba declara alerta naranja por la sequía\n\n"
    "Redacción Central\n\n3 de septiembre de 2024\n\n" + "\n\n".join(BO_P) + "\n"
)

# --- Nicaragua: a wide gap before the last paragraph, a long quotation --------------------
NI_P = (
    (
        "El Instituto Nicaragüense de Estudios Territoriales informó este jueves que el"
        " volcán Masaya registró un aumento de su actividad durante la madrugada."
    ),
    (
        "Los técnicos del instituto recomendaron a los turistas no acercarse al cráter"
        " Santiago, cuyo acceso permanecerá cerrado hasta nuevo aviso, mientras se miden los"
        " gases."
    ),
    (
        "«Pedimos a la población que se mantenga informada por los canales oficiales, que"
        " evite difundir rumores en las redes sociales y que siga las indicaciones de las"
        " brigadas, porque el volcán tiene un comportamiento normal dentro de su actividad"
        " habitual y no hay motivo de alarma», dijo el director del instituto."
    ),
)
NI = (
    "El volcán Masaya aumenta su actividad\n\n"
    "Por Ernesto Zeledón\n\n14 de marzo de 2024\n\n"
    f"{NI_P[0]}\n\n{NI_P[1]}\n\n\n\n{NI_P[2]}\n\nCompartir\n"
)

# --- Costa Rica: short intertitles over one-sentence paragraphs to the end -------------------
CR_P = (
    (
        "La Caja Costarricense de Seguro Social abrió este lunes la nueva torre de"
        " hospitalización del hospital de Liberia, con 120 camas."
    ),
    "Más especialistas",
    "La institución contratará a 40 médicos especialistas para atender la nueva torre.",
    "Cirugías pendientes",
    "Las listas de espera de la región bajarán a la mitad antes de diciembre, según la Caja.",
)
CR = (
    "Abre la nueva torre del hospital de Liberia\n\n"
    "Por Andrea Solano\n\n2 de junio de 2025\n\n" + "\n\n".join(CR_P) + "\n"
)

# --- Dominican Republic: the last sentence closed under an emoji and a hashtag -------------
DO_P = (
    (
        "El Ministerio de Educación premió este viernes a los 20 estudiantes ganadores de la"
        " olimpiada nacional de matemáticas, celebrada en Santiago."
    ),
    (
        "Los ganadores representarán al país en la olimpiada iberoamericana que se celebrará"
        " en octubre en Costa Rica."
    ),
    "¡Felicidades a todos los ganadores y a sus maestros! 🎉 #OrgulloEscolar",
)
DO = (
    "Premian a los ganadores de la olimpiada de matemáticas\n\n"
    "Redacción\n\n7 de junio de 2025\n\n" + "\n\n".join(DO_P) + "\n"
)

PAGES = [
    pytest.param(DO, list(DO_P), id="do-closed-under-an-emoji"),
    pytest.param(CR, list(CR_P), id="cr-short-intertitles-over-short-paragraphs"),
    pytest.param(PY, [*PY_P, PY_CUT], id="py-cut-in-the-last-sentence"),
    pytest.param(BO, list(BO_P), id="bo-ends-on-an-intertitle"),
    pytest.param(NI, list(NI_P), id="ni-long-paragraph-after-a-wide-gap"),
]

# --- counter-examples: the page's headlines after the text stay out ---------------------
# Argentina: no intertitle in the text; a related headline closes the page.
AR_P = (
    (
        "El Gobierno bonaerense anunció un aumento del 20 por ciento en el boleto de los"
        " colectivos provinciales a partir del primero de julio."
    ),
    (
        "Las cámaras empresarias del transporte habían reclamado la suba por el aumento del"
        " gasoil y de los salarios de los choferes en los últimos meses."
    ),
    (
        "Los usuarios con tarifa social mantendrán el descuento del 55 por ciento, aclararon"
        " desde el Ministerio de Transporte."
    ),
)
AR = (
    "Sube el boleto de los colectivos provinciales\n\n"
    "Por Martín Ferreyra\n\n18 de junio de 2024\n\n"
    + "\n\n".join(AR_P)
    + "\n\nCómo quedan las tarifas del tren en el conurbano\n"
)
# Honduras: intertitles in the text, then two related headlines one under the other.
HN_P = (
    (
        "La Secretaría de Educación confirmó que el año lectivo comenzará el 3 de febrero en"
        " todos los centros públicos del país."
    ),
    "Matrícula en línea",
    (
        "Los padres podrán inscribir a sus hijos en la plataforma oficial hasta el 20 de"
        " enero, y los centros atenderán a quienes no tengan acceso a internet."
    ),
    "Útiles escolares",
    (
        "La Secretaría entregará paquetes de útiles en las escuelas rurales durante la primera"
        " semana de clases, con fondos de la cooperación."
    ),
)
HN = (
    "El año escolar arranca el 3 de febrero\n\n"
    "Redacción\n\n10 de enero de 2025\n\n"
    + "\n\n".join(HN_P)
    + "\n\nMaestros anuncian asambleas en tres departamentos\n"
    "Aprueban el calendario de evaluaciones del primer parcial\n"
)
# Spain: a wide gap, then another article's headline and its long summary.
ES_P = (
    (
        "El Ayuntamiento de Zaragoza aprobó este viernes el plan de sombras para los patios"
        " de 40 colegios públicos de la ciudad, con toldos y arbolado."
    ),
    (
        "Las obras se harán durante el verano para que los patios estén listos al comienzo"
        " del curso, según la concejal de Educación."
    ),
)
ES_NEXT = (
    "El Gobierno de Aragón licita la reforma del instituto de Utebo por 3 millones",
    (
        "La reforma incluirá un nuevo pabellón deportivo, la sustitución de las ventanas y la"
        " instalación de placas solares en la cubierta, y las obras comenzarán en enero para"
        " terminar antes del curso siguiente, según el departamento de Educación del Gobierno"
        " aragonés, que ha presentado el proyecto a la comunidad educativa."
    ),
)
ES = (
    "Zaragoza pondrá sombra en los patios de 40 colegios\n\n"
    "Por Pilar Lasheras\n\n7 de marzo de 2025\n\n"
    f"{ES_P[0]}\n\n{ES_P[1]}\n\n\n\n{ES_NEXT[0]}\n\n{ES_NEXT[1]}\n"
)

COUNTER = [
    pytest.param(AR, list(AR_P), id="ar-related-headline-closes-the-page"),
    pytest.param(HN, list(HN_P), id="hn-two-headlines-after-intertitled-text"),
    pytest.param(ES, list(ES_P), id="es-another-article-after-a-wide-gap"),
]


def _body(text: str) -> list[str]:
    return [" ".join(p.text.split()) for p in parse_layout(text).body]


@pytest.mark.parametrize(("text", "body"), PAGES)
def test_the_articles_last_lines_stay(text: str, body: list[str]) -> None:
    assert _body(text) == [" ".join(p.split()) for p in body]


@pytest.mark.parametrize(("text", "body"), COUNTER)
def test_the_pages_lines_after_the_text_go(text: str, body: list[str]) -> None:
    assert _body(text) == [" ".join(p.split()) for p in body]
