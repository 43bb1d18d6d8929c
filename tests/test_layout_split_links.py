"""A sentence a renderer broke at a link or a name: its pieces are one paragraph.

On a page that sets its paragraphs a blank line apart, a sentence broken by a bare line
break (or set between blank lines around a link) is still one paragraph: a reporting
verb left without its speaker ("Así lo confirmó" over "Luis Ortega, …"), an acronym's
brackets under its name ("… de Estadística" over "(INE) estima …"), a link that ended
the sentence with the stop alone under it, a lower-case piece between blank lines
(docs/layout.md, "split paragraphs"). Pages written for these tests, in several outlets'
styles; the counter-examples keep an intertitle and a closed paragraph apart.
"""

from __future__ import annotations

import pytest

import noticiaparse

_HEAD = (
    "Inicio\n\nPolítica\n\n"
    "El Congreso aprueba la reforma del transporte público urbano\n\n"
    "La ley pasa ahora al Senado para su revisión final.\n\n"
    "Por Marta Rivas\n\n3 de mayo de 2024\n\n"
    "La Cámara aprobó ayer, con 80 votos a favor y 40 en contra, la reforma del transporte "
    "público que impulsa el Gobierno desde el año pasado.\n\n"
)
_TAIL = (
    "\n\nLa oposición anunció que presentará indicaciones para cambiar el sistema de "
    "tarifas.\n\nEl debate en el Senado comenzará la próxima semana, según la mesa.\n\n"
    "Contacto\n\nAviso legal\n"
)


def _body(paragraph: str) -> list[str]:
    page = _HEAD + paragraph + _TAIL
    return [" ".join(p.text.split()) for p in noticiaparse.parse(page).body]


@pytest.mark.parametrize(
    "paragraph",
    [
        # a reporting verb over its speaker (Chile, Colombia, México)
        "Así lo confirmó\nLuis Ortega, presidente de la asociación de conductores, tras la sesión.",
        "La medida, según explicó\nCarmen Gaitán Ruiz, beneficiará a 40.000 familias de la sabana.",
        "Los cambios regirán desde julio, aseguró\nJosé Luis Treviño, vocero del gobierno estatal.",
        "El texto crea una autoridad metropolitana, según informó\nEl Mercurio en su edición.",
        # an acronym's brackets under its name (Perú, España)
        "El Instituto Nacional de Estadística\n(INEI) estima que dos millones usan el metro.",
        "La Comisión Nacional del Mercado\n(CNMC), por su parte, vigilará las tarifas.",
        # a link that ended the sentence, its stop alone under it (Argentina, US Spanish)
        "La votación fue transmitida en directo por el canal\nTV Senado\n.",
        "El informe completo puede leerse en el sitio del\nDepartamento de Transporte\n.",
        # a lower-case piece between blank lines (Venezuela, Uruguay, Caribe)
        "Los choferes del metro realizaron\n\nuna protesta frente al Congreso\n\nayer.",
        "Decenas de vecinos siguieron\n\nla transmisión de la sesión\n\ndesde la plaza del barrio.",
        "Los dirigentes estudiantiles celebraron\n\nel resultado\n\nen las redes sociales.",
    ],
)
def test_a_sentence_broken_at_a_link_is_one_paragraph(paragraph: str) -> None:
    whole = " ".join(paragraph.split()).replace(" .", ".")
    assert whole in [p.replace(" .", ".") for p in _body(paragraph)]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # an intertitle over its paragraph
        ("Lo que viene", "Luis Ortega, presidente de la asociación, pidió calma a los socios."),
        # a closed sentence over the next paragraph, set right under it
        (
            (
                "La reforma crea además un fondo de subsidios para las regiones más pobres"
                " del país, según informó."
            ),
            (
                "El Mercurio publicó ayer los detalles del fondo, sus montos por región y"
                " los plazos para postular."
            ),
        ),
        # a question over its answer
        (
            "¿Qué dijo el ministro?",
            "José Luis Treviño aseguró que las tarifas no subirán durante este año.",
        ),
    ],
)
def test_a_line_that_closes_its_sentence_keeps_apart(first: str, second: str) -> None:
    body = _body(first + "\n" + second)
    assert first in body
    assert second in body


def _lines_body(paragraph: str) -> list[str]:
    # the same page with every paragraph on a line of its own, no blank lines
    page = (_HEAD + paragraph + _TAIL).replace("\n\n", "\n")
    return [" ".join(p.text.split()) for p in noticiaparse.parse(page).body]


@pytest.mark.parametrize(
    "paragraph",
    [
        # a compound (or a word) cut by a hyphen at the line's end (Chile, España, Perú)
        "La alianza público-\nprivada financiará la mitad de las obras del plan.",
        "El corredor norte-\nsur unirá las dos estaciones del metro en 2027.",
        "Las tarifas serán fijadas por un comité técnico-\neconómico nombrado por el Senado.",
        # a reporting verb over its speaker and the rest of the sentence
        "Así lo confirmó\nLuis Ortega, presidente de la asociación de conductores, tras la sesión.",
        "Así lo anunció\nLa Tercera en su edición digital, citando fuentes del ministerio.",
        "La medida, según explicó\nCarmen Gaitán Ruiz, beneficiará a 40.000 familias.",
        # a piece in lower case under shorter prose, the sentence going on under it
        "Los choferes del metro realizaron\nuna protesta frente al Congreso\ndurante la votación.",
    ],
)
def test_on_a_page_of_lines_a_sentence_broken_at_a_link_is_one_paragraph(
    paragraph: str,
) -> None:
    whole = " ".join(paragraph.split())
    assert whole in _lines_body(paragraph)


def test_a_headline_ending_on_a_reporting_verb_keeps_its_byline_apart() -> None:
    page = (
        "Inicio\nPolítica\nEsto es lo que dijo\nJuan Pérez Soto\n3 de mayo de 2024\n"
        "El ministro de Transportes defendió ayer la reforma ante la comisión del Senado.\n"
        "La oposición anunció que presentará indicaciones para cambiar las tarifas.\n"
    )
    layout = noticiaparse.parse_layout(page)
    assert layout.headline is not None
    assert layout.headline.text == "Esto es lo que dijo"
