"""Other stories after the article: their headlines and summaries leave the body.

Every page here is written for these tests, in the styles of several countries' outlets.
A page sets other articles' cards under the text, a headline over a summary of one or
two sentences, with or without a label over them; the article's own sections, an
intertitle over a short paragraph that goes on with the story, stay.
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_layout


def _body(text: str) -> list[str]:
    return [" ".join(p.text.split()) for p in parse_layout(text).body]


def _page(title: str, byline: str, date: str, paragraphs: tuple[str, ...], tail: str) -> str:
    return f"{title}\n\n{byline}\n\n{date}\n\n" + "\n\n".join(paragraphs) + "\n\n" + tail


# --- Ecuador: cards of other stories, no label, summaries of two sentences --------------
EC_P = (
    (
        "El Municipio de Cuenca abrió este viernes la licitación para construir la nueva"
        " planta de agua potable que abastecerá a las parroquias del sur del cantón."
    ),
    (
        "Según los pliegos, la planta tratará 300 litros por segundo y se levantará en un"
        " terreno municipal junto al río Tarqui, a tres kilómetros del centro."
    ),
    (
        "Las empresas interesadas tendrán plazo hasta el 30 de abril para presentar sus"
        " ofertas, y la adjudicación se conocerá a mediados de mayo."
    ),
)
EC_TAIL = (
    "Detienen a dos hombres por el robo de cables en la vía a Girón\n\n"
    "La Policía los sorprendió de madrugada con 200 metros de cobre en una camioneta."
    " Quedaron a órdenes de la Fiscalía.\n\n"
    "El hospital regional suma cuatro camas de cuidados intensivos\n\n"
    "La ampliación fue financiada por el Ministerio de Salud. Estará operativa desde abril,"
    " según la gerencia del centro.\n\n"
    "Arranca la temporada de pesca deportiva en el Cajas con nuevas reglas\n\n"
    "Los permisos se tramitan en línea y cuestan 15 dólares por temporada.\n"
)
EC = _page(
    "Cuenca licita la nueva planta de agua para el sur",
    "Por Mariela Cárdenas",
    "15 de marzo de 2024",
    EC_P,
    EC_TAIL,
)

# --- Colombia: a related label, each headline over its summary -------------------------
CO_P = (
    (
        "La Alcaldía de Pereira anunció este martes que el nuevo cable aéreo entre el centro"
        " y el barrio Villa Santana operará desde el primero de julio."
    ),
    (
        "El sistema transportará 2.000 pasajeros por hora en cada sentido y reducirá a 12"
        " minutos un recorrido que hoy toma casi una hora en bus."
    ),
    (
        "La tarifa será la misma del transporte integrado, confirmó la gerente de la"
        " empresa de movilidad durante el recorrido de prueba."
    ),
)
CO_TAIL = (
    "Noticias relacionadas\n\n"
    "El concejo aprueba el presupuesto para el alumbrado público\n"
    "Los concejales votaron por unanimidad un plan que renovará 3.000 luminarias durante"
    " este año. El proyecto había sido radicado en enero.\n\n"
    "Comienzan las obras de pavimentación en la comuna norte\n"
    "La primera etapa abarca 40 cuadras y demandará 5.000 millones de pesos, financiados"
    " con un crédito de Findeter.\n"
)
CO = _page(
    "El cable aéreo de Villa Santana operará desde julio",
    "Por Andrés Gómez",
    "4 de junio de 2024",
    CO_P,
    CO_TAIL,
)

# --- counter: Chile, the article's last sections under intertitles of four words ---------
CL_P = (
    (
        "La Municipalidad de Valdivia presentó este lunes el plan para recuperar el humedal"
        " Angachilla, afectado por rellenos ilegales durante la última década."
    ),
    (
        "El plan contempla retirar 20.000 metros cúbicos de escombros, cercar el humedal y"
        " habilitar un sendero educativo para los colegios de la comuna."
    ),
    "Los plazos del plan municipal",
    (
        "El retiro de escombros del humedal partirá en octubre. La municipalidad espera"
        " terminar el sendero del humedal antes del verano."
    ),
    "Qué dicen los vecinos del humedal",
    (
        "La junta de vecinos del sector valoró el plan para el humedal. Pidió, eso sí, que la"
        " municipalidad fiscalice los rellenos que siguen llegando."
    ),
)
CL = _page(
    "Valdivia presenta plan para recuperar el humedal Angachilla",
    "Por Francisca Vera",
    "2 de septiembre de 2024",
    CL_P,
    "Compartir\n",
)

ENDS = [
    pytest.param(EC, list(EC_P), id="ec-cards-without-label-two-sentence-summaries"),
    pytest.param(CO, list(CO_P), id="co-related-label-headlines-with-summaries"),
    pytest.param(CL, list(CL_P), id="cl-own-sections-under-intertitles-stay"),
]


@pytest.mark.parametrize(("text", "body"), ENDS)
def test_other_stories_after_the_text_go(text: str, body: list[str]) -> None:
    assert _body(text) == [" ".join(p.split()) for p in body]
