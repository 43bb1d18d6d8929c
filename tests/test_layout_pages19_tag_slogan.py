"""A title tag's slogan gives way to the title the text retells (pages19).

Written for these tests in several countries' styles. A page's title tag may hold the
site's name and its slogan ("El Diario del Sur - Noticias de Arequipa, Perú y el
mundo"): the slogan names the region's places, which any story of the region names
again, yet it is no title; the title-shaped line under it that the text retells is.
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_layout

TEXT = (
    "AREQUIPA.- Según el primer conteo oficial, Rosa Quispe fue elegida este domingo"
    " como alcaldesa provincial de Arequipa, con el 41% de los votos válidos.\n"
    "La nueva alcaldesa venció al candidato oficialista por más de veinte mil votos y"
    " asumirá el cargo en enero, según el calendario del jurado electoral del Perú.\n"
)
TITLE = "Rosa Quispe es la nueva alcaldesa de Arequipa"


@pytest.mark.parametrize(
    "tag",
    [
        "El Diario del Sur - Noticias de Arequipa, Perú y el mundo",
        "Diario Andino | Información de Arequipa y todo el Perú",
        "La Voz de Arequipa - El periódico de Arequipa",
    ],
)
def test_a_slogan_in_the_title_tag_is_no_title(tag: str) -> None:
    page = f"{tag}\nsábado, 20 diciembre 2025\n{TITLE}\n{TEXT}"
    layout = parse_layout(page)
    assert layout.headline is not None
    assert layout.headline.text == TITLE


def test_a_title_tag_that_holds_the_title_keeps_it() -> None:
    title = "Crece el consumo de noticias en redes sociales entre los jóvenes"
    text = (
        "Un estudio de la universidad estatal reveló que siete de cada diez jóvenes"
        " consumen noticias principalmente a través de redes sociales.\n"
        "El consumo de noticias en televisión cayó a la mitad en cinco años, según el"
        " mismo informe, que encuestó a tres mil personas.\n"
    )
    layout = parse_layout(f"Diario Sur - {title}\n{text}")
    assert layout.headline is not None
    assert layout.headline.text == title


def test_the_title_may_name_the_slogan_s_region() -> None:
    title = "“Es nuestra fiesta”: la tradición de Arequipa brilla en su feria anual"
    page = (
        "Saltar al contenido\nlunes, 6 octubre 2025\n"
        "La Voz | El periódico de Arequipa\n"
        "Las noticias más importantes de la región, verificadas y al instante.\n"
        "Menú\n* INICIO\n* REGIÓN\n* POLÍTICA\n* DEPORTES\n"
        f"{title}\n6 de octubre, 2025\n"
        "La feria de Arequipa abrió sus puertas con más de cien puestos de artesanía, una"
        " tradición que este año celebra su edición número cuarenta.\n"
        "Los organizadores esperan medio millón de visitantes durante las dos semanas de"
        " fiesta, con conciertos gratuitos y una muestra de comida típica.\n"
    )
    layout = parse_layout(page)
    assert layout.headline is not None
    assert layout.headline.text == title
