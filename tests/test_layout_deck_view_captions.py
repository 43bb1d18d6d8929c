"""A photo's caption naming the view it shows, right under the title, is no deck.

"Vista aérea de la autopista …", "Vista general del estadio …": a caption opened by the
view the photo shows, closed like a sentence and with no credit, is the lead photo's,
not a summary of the news (docs/layout.md, "deck"). Pages written for these tests.
"""

from __future__ import annotations

import pytest

import noticiaparse

_BODY = (
    "\n\n{lead}\n\n"
    "Las autoridades explicaron que la inversión llegará a 3.000 millones y que las obras "
    "comenzarán en junio, con plazos de entrega de dos años.\n"
)


@pytest.mark.parametrize(
    ("title", "caption", "lead"),
    [
        (
            "Gobierno licita la ampliación de la autopista al puerto",
            "Vista aérea de la autopista que une la capital con el puerto.",
            (
                "El Ministerio de Obras Públicas abrió este martes la licitación para ampliar "
                "la autopista que une la capital con el puerto, con dos pistas más por sentido."
            ),
        ),
        (
            "El estadio municipal reabre sus puertas tras dos años de obras",
            "Vista general del estadio municipal, renovado para el torneo.",
            (
                "El estadio municipal volvió a abrir este domingo, tras dos años de obras que "
                "costaron 40 millones de pesos y ampliaron su aforo a 30.000 personas."
            ),
        ),
        (
            "Inundaciones dejan cientos de damnificados en la costa norte",
            "Vista panorámica de los barrios anegados junto al río.",
            (
                "Las lluvias de las últimas 48 horas dejaron cientos de familias damnificadas en "
                "la costa norte, donde el río se desbordó el sábado por la noche."
            ),
        ),
        (
            "Madrid estrena el nuevo parque junto al río Manzanares",
            "Vista parcial del parque desde el puente de Toledo.",
            (
                "El Ayuntamiento inauguró este jueves el nuevo parque junto al río, con diez "
                "hectáreas de zonas verdes, carriles para bicicletas y áreas de juego."
            ),
        ),
    ],
)
def test_a_view_caption_under_the_title_is_no_deck(title: str, caption: str, lead: str) -> None:
    article = noticiaparse.parse(f"{title}\n\n{caption}" + _BODY.format(lead=lead))
    assert article.deck is None or article.deck.text != caption
    assert article.body[0].text == lead


def test_a_deck_opening_with_vista_but_no_view_stays() -> None:
    deck = "Vista la crisis, el Banco Central subirá la tasa de interés en marzo."
    article = noticiaparse.parse(
        "El Banco Central anuncia alza de tasas\n\n"
        + deck
        + _BODY.format(
            lead="El presidente del Banco Central dijo este lunes que la inflación obliga "
            "a subir la tasa de interés, que hoy está en 5%, durante el primer trimestre."
        )
    )
    assert article.deck is not None
    assert article.deck.text == deck
