"""A paragraph that lost its stop, under a wide gap, is still the text (pages19).

Written for these tests in several countries' styles. A renderer may set two paragraphs
right under one another, then the next a few blank lines apart, and drop a paragraph's
last full stop with its closing tag. A line of running text longer than any card's
summary is the article's, stop or not: a gap wider than the text's so far does not end
the article there.
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_layout

HEAD = "Decomisan un cargamento de cigarrillos en el puerto\n\n\n\nFoto. Cortesía\n\n\n\n"
P1 = (
    "Agentes de aduanas revisaron el contenedor tras detectar inconsistencias en su"
    " manifiesto de carga, que declaraba repuestos de maquinaria agrícola."
)
P2 = (
    "Dentro hallaron más de cuatrocientas cajas de cigarrillos sin timbre fiscal, cuyo"
    " valor comercial supera el millón de pesos, según el informe preliminar."
)
OPEN = {
    "mx": (
        "Este decomiso se suma al realizado la semana pasada en la misma terminal, en el"
        " que se encontraron otras doscientas cajas ocultas entre sacos de fertilizante,"
        " lo que eleva a más de seiscientas las cajas aseguradas en lo que va del mes en"
        " el puerto de Manzanillo"
    ),
    "pe": (
        "Con esta intervención, la autoridad tributaria suma cinco operativos en el Callao"
        " durante el trimestre, en los que se han incautado mercancías de contrabando por"
        " un valor que supera los tres millones de soles, de acuerdo con los registros que"
        " la entidad publica cada mes"
    ),
}
LAST = (
    "Las autoridades no informaron si hay detenidos, pero adelantaron que la empresa"
    " importadora será citada a declarar en los próximos días."
)


@pytest.mark.parametrize("country", sorted(OPEN))
def test_a_paragraph_without_its_stop_under_a_wide_gap_stays(country: str) -> None:
    page = (
        f"{HEAD}{P1}\n{P2}\n\n\n\n{OPEN[country]}\n{LAST}\n\n\n\n"
        "Síguenos en Facebook:\n\n\n\n@diarioejemplo\n"
    )
    body = [p.text for p in parse_layout(page).body]
    assert body == [P1, P2, OPEN[country], LAST]
