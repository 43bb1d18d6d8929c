"""A cookie notice is furniture whatever name opens it; a story about cookies is text.

Written for these tests in several countries' wordings (the notice asks the reader's
consent: lexicon ``boilerplate.tsv``, kind ``consent``).
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_layout
from noticiaparse._layout.boilerplate import furniture_kind

NOTICES = [
    pytest.param(
        "El Faro del Sur utiliza cookies para que tengas la mejor experiencia de navegación."
        " Si sigues navegando entendemos que aceptas su uso.",
        id="es-site-name-first",
    ),
    pytest.param(
        "Diario Andino usa cookies propias y de terceros. Si continuás navegando, consideramos"
        " que aceptás nuestra política.",
        id="ar-voseo",
    ),
    pytest.param(
        "Al navegar en este sitio usted acepta el uso de cookies con fines analíticos.",
        id="cl-al-navegar",
    ),
    pytest.param(
        "La Voz del Istmo emplea cookies para mejorar su experiencia de lectura. Puede"
        " aceptar o rechazar su uso.",
        id="pa-aceptar-o-rechazar",
    ),
]

STORIES = [
    pytest.param(
        "La autoridad de protección de datos multó a tres tiendas en línea por instalar"
        " cookies sin permiso de los usuarios.",
        id="a-fine-for-cookies",
    ),
    pytest.param(
        "Las galletas, conocidas en inglés como cookies, subieron un 12 por ciento en los"
        " supermercados del país.",
        id="cookies-as-biscuits",
    ),
]


@pytest.mark.parametrize("line", NOTICES)
def test_a_cookie_notice_is_furniture(line: str) -> None:
    assert furniture_kind(line) == "line"


@pytest.mark.parametrize("line", STORIES)
def test_a_sentence_about_cookies_is_text(line: str) -> None:
    assert furniture_kind(line) is None


P = (
    (
        "El Gobierno regional presentó este martes el plan de invierno para los hospitales"
        " públicos, que sumará 300 camas en los meses de mayor demanda."
    ),
    (
        "La consejera de Sanidad explicó que el plan costará 12 millones de euros y que se"
        " contratará a 150 enfermeras durante la campaña."
    ),
)


def test_a_notice_over_the_text_neither_opens_nor_ends_it() -> None:
    notice = NOTICES[0].values[0]
    page = (
        "Sanidad suma 300 camas para el invierno\n\nPor Irene Gil\n\n4 de noviembre de 2024\n\n"
        f"{notice}\n\nEtiquetas:\n\nSanidad\n\n{P[0]}\n\n{P[1]}\n"
    )
    assert [p.text for p in parse_layout(page).body] == list(P)
