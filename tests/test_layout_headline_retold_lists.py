"""The title stays the title past the lists under it and the lead photo's caption.

A page may set, between its title and its text, a tag list, a "Lo más visto" box whose
last headline stands right over the byline, and the lead photo's caption over its
credit ("EFE"). The headline is the line the text retells: not the list's last entry,
and not the caption (two sentences, or longer than a title, over a credit alone). Every
page here is written for these tests.
"""

from __future__ import annotations

import pytest

import noticiaparse

_PAGES = {
    "es": (
        "Una condena en el Supremo dejaría al alcalde fuera del cargo",
        (
            "El juicio contra el alcalde Luis Vera en el Supremo empieza el día 20, y una "
            "condena lo obligaría a dejar el cargo de inmediato, según fuentes judiciales."
        ),
        "Una condena firme supondría su salida inmediata del cargo, explicaron los juristas.",
        "Luis Vera, ayer, a su llegada al juzgado. El día 20 declarará ante el tribunal",
    ),
    "mx": (
        "Congreso de Jalisco aprueba reforma al transporte público urbano",
        (
            "Con 28 votos a favor, el Congreso de Jalisco aprobó la reforma al transporte "
            "público urbano que obliga a renovar las unidades con más de diez años de uso."
        ),
        "La reforma entrará en vigor en enero y prevé sanciones para los concesionarios.",
        (
            "Diputados locales durante la sesión ordinaria del martes en el recinto legislativo. "
            "La votación se prolongó hasta la noche"
        ),
    ),
    "pe": (
        "Gobierno declara en emergencia tres distritos de Piura por lluvias",
        (
            "El Poder Ejecutivo declaró el estado de emergencia en tres distritos de Piura "
            "afectados por las lluvias intensas de los últimos días, informó el Gobierno."
        ),
        "La medida regirá por sesenta días y permitirá ejecutar obras de rehabilitación.",
        "Pobladores de Castilla cruzan una calle inundada, el lunes. Las lluvias no cesan",
    ),
}
_CREDITS = ["EFE", "Foto: Agencia Sur", "Europa Press"]


def _page(country: str, credit: str) -> str:
    title, p1, p2, caption = _PAGES[country]
    return (
        f"Inicio\nNacional\n\n{title}\n\nETIQUETAS\n* 1 Justicia\n* 2 Regiones\n* 3 Congreso\n\n"
        "Lo más visto\nSube el precio del pan por tercera vez\nCierra la fábrica de la zona "
        "norte\nNuevo horario del transporte urbano\n\n"
        f"12 de febrero de 2024. 10:15h Ana Ruiz, Lima.\n\n{caption}\n{credit}\n\n{p1}\n\n{p2}\n"
    )


@pytest.mark.parametrize("credit", _CREDITS)
@pytest.mark.parametrize("country", sorted(_PAGES))
def test_the_retold_title_stays_past_a_list_and_the_photos_caption(
    country: str, credit: str
) -> None:
    title, p1, p2, _ = _PAGES[country]
    article = noticiaparse.parse(_page(country, credit))
    assert article.headline is not None
    assert article.headline.text == title
    assert [p.text for p in article.body] == [p1, p2]


@pytest.mark.parametrize("country", sorted(_PAGES))
def test_a_titles_copy_over_the_byline_is_still_the_title(country: str) -> None:
    # the title the text retells, set again over the byline, is the title (no list's entry)
    title, p1, p2, _ = _PAGES[country]
    page = f"Inicio\nNacional\n\nCrisis en las regiones\n{title}\n\nPor Ana Ruiz\n\n{p1}\n\n{p2}\n"
    article = noticiaparse.parse(page)
    assert article.headline is not None
    assert article.headline.text == title


_BOX = [
    "Cae un helicóptero militar en la selva sin causar víctimas",
    "Suben los precios de los alimentos por tercer mes",
    "La selección empata en el último minuto y sigue en carrera",
]


@pytest.mark.parametrize("country", sorted(_PAGES))
def test_a_tickers_headline_again_in_a_box_is_no_title(country: str) -> None:
    # the ticker's headline comes again in the box's list: both copies are other stories'
    title, p1, p2, _ = _PAGES[country]
    deck = "La decisión fue tomada tras una larga sesión y deberá publicarse esta semana."
    box = "\n".join(["Lo más visto", *_BOX])
    page = (
        f"Diario del Centro\n\nÚLTIMA HORA\n{_BOX[0]}\n\n{title}\n\n{deck}\n\n{box}\n\n"
        f"Por Ana Ruiz\n\n{p1}\n\n{p2}\n"
    )
    article = noticiaparse.parse(page)
    assert article.headline is not None
    assert article.deck is not None
    assert (article.headline.text, article.deck.text) == (title, deck)
    assert [p.text for p in article.body] == [p1, p2]
