"""Sources calibrated on the diag21 set: the bare office and the office of a body.

News writes the office of a named body in full ("presidente del Consejo de Estado") and
the bare office ("el presidente") for the holder it presents bare and is about
(``docs/sources.md``, "The bare office and the office of a body"). Sentences written
for these tests, in several countries' styles.
"""

from __future__ import annotations

import pytest

from _credit import credited
from noticiaparse import parse

# (text, the speaker of its one quotation)
BARE_OFFICE = [
    pytest.param(
        "El presidente Javier Ortúzar inauguró la planta en Rosario. Ortúzar recorrió las "
        "naves con los operarios. A su lado estaba Marcelo Quiroga, presidente de la Cámara "
        "de Diputados. «Vamos a duplicar la producción», dijo el presidente.",
        "Javier Ortúzar",
        id="ar-presidente-camara",
    ),
    pytest.param(
        "El gobernador Rogelio Villaseñor visitó Tlaxcala el lunes. Villaseñor entregó "
        "obras de drenaje. En el acto también estuvo Arturo Medina, gobernador del Banco "
        "Regional del Centro. «Nadie se quedará sin agua este verano», afirmó el gobernador.",
        "Rogelio Villaseñor",
        id="mx-gobernador-banco",
    ),
    pytest.param(
        "El presidente Andrés Lamela compareció ante la prensa en Madrid. Lamela llegó con "
        "retraso. Le acompañaba Tomás Ribera, presidente del Consejo de Estado. «No habrá "
        "adelanto electoral», aseguró el presidente.",
        "Andrés Lamela",
        id="es-presidente-consejo",
    ),
    pytest.param(
        "El alcalde Ricardo Montalvo presentó el presupuesto de Miami. Montalvo defendió "
        "los recortes. Entre el público se sentó Pedro Alcázar, alcalde de Coral Gables. "
        "«Las cuentas cuadran», insistió el alcalde.",
        "Ricardo Montalvo",
        id="us-alcalde-ciudad",
    ),
    pytest.param(
        "Luis Cárdenas, presidente del Perú, llegó a Lima. Cárdenas saludó a los ministros. "
        "Después, Jorge Ramos, presidente del Congreso, habló con la prensa. «Respetamos la "
        "decisión», dijo el presidente.",
        "Luis Cárdenas",
        id="pe-presidente-de-pais-is-bare",
    ),
    # controls: the rule leaves these as they were
    pytest.param(
        "El presidente Hernán Castaño habló en Cali. Castaño pidió calma. «La paz es "
        "posible», sostuvo el presidente. Luego intervino Ana Lucía Morales, presidenta "
        "del Senado.",
        "Hernán Castaño",
        id="co-bare-holder-last",
    ),
    pytest.param(
        "El presidente Javier Ortúzar inauguró la planta en Rosario. Luego habló Marcelo "
        "Quiroga, presidente de la Cámara de Diputados. «Vamos a duplicar la producción», "
        "dijo el presidente.",
        "Marcelo Quiroga",
        id="ar-named-as-often-keeps-recency",
    ),
    pytest.param(
        "Rodrigo Fuenzalida, presidente de la Sociedad de Fomento Fabril, criticó el "
        "proyecto. «No hay certezas para invertir», dijo el presidente.",
        "Rodrigo Fuenzalida",
        id="cl-only-body-holder",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), BARE_OFFICE)
def test_bare_office_speaker(text: str, speaker: str) -> None:
    quotes = parse(text).quotes
    assert len(quotes) == 1
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.text == speaker


@pytest.mark.parametrize(("text", "speaker"), BARE_OFFICE)
def test_bare_office_source(text: str, speaker: str) -> None:
    assert (speaker, "person") in credited(text)


# A surname written alone opens on its particle, capitalised (docs/sources.md, "A surname
# alone on its particle"): (text, the source credited, the quotation's speaker or None).
PARTICLE_SURNAME = [
    pytest.param(
        "«Ese acuerdo no resiste un análisis serio», chicaneó De Vallejo ante la prensa "
        "en Córdoba.",
        "De Vallejo",
        "De Vallejo",
        id="ar-de",
    ),
    pytest.param(
        "«El presupuesto llegará tarde a los municipios», advirtió Del Solar en Lima.",
        "Del Solar",
        "Del Solar",
        id="pe-del",
    ),
    pytest.param(
        "Para los opositores la cifra es falsa. «Nadie cree esas cuentas», ironizó De la "
        "Garza en Monterrey.",
        "De la Garza",
        "De la Garza",
        id="mx-de-la",
    ),
    pytest.param(
        "La reforma se votará en marzo, según explicó De la Cruz a los periodistas en Bogotá.",
        "De la Cruz",
        None,
        id="co-segun",
    ),
    pytest.param(
        "Ayer habló José Luis de la Fuente en Salta. «No tienen equipo para gobernar», "
        "dijo De la Fuente.",
        "José Luis de la Fuente",
        "José Luis de la Fuente",
        id="ar-full-name-before",
    ),
]


@pytest.mark.parametrize(("text", "source", "speaker"), PARTICLE_SURNAME)
def test_particle_surname(text: str, source: str, speaker: str | None) -> None:
    assert credited(text) == [(source, "person")]
    if speaker is not None:
        quotes = parse(text).quotes
        assert quotes[0].speaker is not None
        assert quotes[0].speaker.text == speaker


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "De la reunión salió un acuerdo para bajar las tarifas del transporte.",
            id="sentence-opening-preposition",
        ),
        pytest.param(
            "Los delegados viajaron de Madrid a Sevilla. De Sevilla salieron hacia Cádiz.",
            id="after-a-stop",
        ),
        pytest.param(
            "El Ministerio De Salud Pública anunció una campaña de vacunación.",
            id="title-case-name",
        ),
    ],
)
def test_capital_de_that_opens_no_surname(text: str) -> None:
    assert all(not name.startswith(("De ", "Del ")) for name, _ in credited(text))
