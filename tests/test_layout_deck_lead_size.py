"""On a page of single line breaks, a deck is shorter than the lead under it.

A deck (bajada) sums the story up in fewer words than the lead that tells it. With no
header furniture and no spacing to tell, a closed sentence under the title that runs
longer than the paragraph under it is the lead of a page that set no deck. Every page
here is written for these tests, in several countries' styles.
"""

from __future__ import annotations

import pytest

import noticiaparse

_PAGES = [
    (
        "Cierran por obras el puente principal de Tegucigalpa",
        (
            "La alcaldía de Tegucigalpa cerró este lunes el puente Juan Ramón Molina, que une el "
            "centro con la colonia Kennedy, para reparar las juntas de dilatación dañadas."
        ),
        "El cierre durará al menos seis semanas, según el plan de obras.",
        "Los buses usarán como desvío el bulevar Suyapa durante los trabajos.",
    ),
    (
        "Suspenden el festival de la vendimia de Mendoza por la sequía",
        (
            "El gobierno provincial de Mendoza anunció que el festival de la vendimia no se hará "
            "en marzo, como es tradición, porque la cosecha de este año cayó a la mitad."
        ),
        "Los organizadores evalúan una edición reducida en otoño.",
        "Las bodegas pidieron ayuda para los productores más pequeños de la zona este.",
    ),
    (
        "Valencia estrena su primera línea de autobús eléctrico nocturno",
        (
            "La Empresa Municipal de Transportes de Valencia puso en marcha esta madrugada su "
            "primera línea nocturna con autobuses eléctricos, que une el puerto con Benimaclet."
        ),
        "La línea funcionará de jueves a domingo.",
        "El consistorio prevé ampliar el servicio a otras dos rutas el próximo año.",
    ),
]


@pytest.mark.parametrize("page", _PAGES, ids=["hn-bridge", "ar-festival", "es-bus"])
def test_a_lead_longer_than_the_next_paragraph_is_no_deck(page: tuple[str, ...]) -> None:
    title, lead, second, third = page
    article = noticiaparse.parse(f"{title}\n{lead}\n{second}\n{third}\n")
    assert article.headline is not None
    assert (article.headline.text, article.deck) == (title, None)
    assert [p.text for p in article.body] == [lead, second, third]


def test_a_summary_shorter_than_the_lead_stays_the_deck() -> None:
    title = "Lima amplía el horario del Metropolitano hasta la medianoche"
    deck = "La medida busca aliviar la congestión en las horas de salida de los trabajadores."
    lead = (
        "La Autoridad de Transporte Urbano para Lima y Callao anunció este miércoles que los "
        "buses del Metropolitano circularán hasta la medianoche desde el lunes, una hora más "
        "que ahora, tras los reclamos de los usuarios de los distritos del norte."
    )
    second = "Los operadores sumarán cuarenta buses a la flota para cubrir el nuevo horario."
    article = noticiaparse.parse(f"{title}\n{deck}\n{lead}\n{second}\n")
    assert article.deck is not None
    assert article.deck.text == deck
    assert [p.text for p in article.body] == [lead, second]
