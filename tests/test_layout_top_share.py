"""Share and save buttons near the top close no deck (news convention: they are furniture).

A share bar or a save button between the first paragraphs ("Compartir", "Compartir por
WhatsApp", "Copiar enlace", "Twitter", "Guardar") does not make the two short paragraphs
above it a two-line deck; a byline or a date past the buttons still closes one, and a
one-line deck over a share bar stays the deck. Every page is written for these tests, in
several countries' styles.
"""

from __future__ import annotations

import pytest

import noticiaparse


def _page(*blocks: str) -> str:
    return "\n\n".join(blocks) + "\n"


# (title, first short paragraph, second short paragraph, buttons, the text under them)
_SHORT_LEADS = {
    "mx-facebook": (
        "Sube el precio de la tortilla en el centro del país por la sequía",
        "Los molineros anunciaron el lunes un ajuste en el precio del maíz.",
        "Las tortillerías advierten que el alza llegará al consumidor esta semana.",
        "Compartir en Facebook\nCompartir en Twitter",
        (
            "El Consejo Rector de la Tortilla dijo que el kilo costará dos pesos más desde el "
            "primero de abril, según un comunicado enviado a los medios el martes por la tarde."
        ),
    ),
    "ar-whatsapp": (
        "El Gobierno porteño amplía el horario de los subtes los fines de semana",
        "La medida empieza a regir este sábado en todas las líneas.",
        "Los gremios pidieron más personal para cubrir los turnos nocturnos.",
        "Compartir\nCompartir por WhatsApp\nCopiar enlace",
        (
            "El jefe de Gobierno explicó que los trenes circularán hasta las dos de la "
            "madrugada y que la frecuencia será de diez minutos en las horas de mayor demanda."
        ),
    ),
    "es-save": (
        "Renfe suspende los trenes de Cercanías en la costa por el temporal",
        "La compañía repondrá el servicio cuando bajen las rachas de viento.",
        "Protección Civil pide evitar los desplazamientos que no sean necesarios.",
        "Twitter\nGuardar",
        (
            "Los viajeros afectados podrán cambiar su billete sin coste o pedir la devolución "
            "del importe en las taquillas y en la aplicación, según informó la operadora."
        ),
    ),
    "co-bullets": (
        "Bogotá tendrá pico y placa ambiental durante toda la próxima semana",
        "La alcaldía tomó la decisión tras tres días de alerta por la calidad del aire.",
        "Las motos y los vehículos de carga también quedan incluidos en la restricción.",
        "Compartir: Facebook Twitter WhatsApp\n• Leer más tarde",
        (
            "La secretaria de Ambiente explicó que las estaciones de monitoreo registraron "
            "niveles de material particulado por encima de la norma en siete localidades."
        ),
    ),
}


@pytest.mark.parametrize("case", list(_SHORT_LEADS.values()), ids=list(_SHORT_LEADS))
def test_buttons_under_two_short_paragraphs_leave_them_in_the_body(
    case: tuple[str, str, str, str, str],
) -> None:
    title, first, second, buttons, third = case
    article = noticiaparse.parse(_page(title, f"{first}\n{second}", buttons, third))
    assert article.headline is not None
    assert article.headline.text == title
    assert article.deck is None
    body = [p.text for p in article.body]
    assert body[:3] == [first, second, third]


_DECK = "La medida regirá desde el lunes y alcanza a todos los distritos de la capital"
_PARAGRAPH_1 = (
    "La Municipalidad de Lima anunció que el transporte público funcionará con aforo "
    "completo desde el lunes, tras la reunión que sostuvo el alcalde con los gremios."
)
_PARAGRAPH_2 = (
    "Los transportistas saludaron la decisión y pidieron que se refuerce la vigilancia en "
    "los paraderos de la avenida Abancay durante las horas de mayor congestión."
)


@pytest.mark.parametrize(
    "buttons",
    ["Compartir", "Compartir por WhatsApp\nCopiar enlace", "Facebook | Twitter | WhatsApp"],
    ids=["one-button", "two-buttons", "bar"],
)
def test_a_one_line_deck_over_a_share_bar_stays_the_deck(buttons: str) -> None:
    """Counter-example (Peru): one deck line, the share bar, then the first paragraph."""
    title = "Lima levanta las restricciones de aforo en el transporte público"
    article = noticiaparse.parse(_page(title, _DECK, buttons, _PARAGRAPH_1, _PARAGRAPH_2))
    assert article.deck is not None
    assert article.deck.text == _DECK
    assert [p.text for p in article.body] == [_PARAGRAPH_1, _PARAGRAPH_2]


@pytest.mark.parametrize(
    ("buttons", "byline"),
    [
        ("Compartir\nGuardar", "Por Ana Soto"),
        ("Compartir en Facebook\nCompartir en X", "Redacción Economía"),
        ("Twitter\nCopiar enlace", "Por Carlos Ibáñez Ruiz"),
    ],
    ids=["es-save", "mx-desk", "cl-copy-link"],
)
def test_a_two_line_deck_closed_by_the_byline_past_the_buttons(buttons: str, byline: str) -> None:
    """Counter-example: two short deck lines, the buttons, then the byline and date."""
    title = "El Banco Central mantiene la tasa de interés por tercer mes seguido"
    first = "El consejo votó por unanimidad y no descartó recortes hacia fin de año."
    second = "Los analistas esperaban una baja de un cuarto de punto."
    article = noticiaparse.parse(
        _page(title, f"{first}\n{second}", buttons, byline, "12 de marzo de 2024", _PARAGRAPH_1)
    )
    assert article.deck is not None
    assert article.deck.text == f"{first} {second}"
    assert [p.text for p in article.body] == [_PARAGRAPH_1]
