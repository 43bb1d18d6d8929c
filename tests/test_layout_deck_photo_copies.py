"""A deck set apart from the text by the lead photo or a share bar, as renderers set them.

The photo's caption may come twice (the image's text, then the caption with its credit:
"The caption.", "The caption. Foto: EFE"); a share bar may come as icon links with their
counts ("[](whatsapp://send?…) 0"). Both are furniture between the deck and the text.
Every page here is written for these tests.
"""

from __future__ import annotations

import pytest

import noticiaparse

_PAGES = [
    pytest.param(
        "Lluvias intensas continuarán en la sierra sur con riesgo de huaicos",
        "Cusco, Puno y Apurímac tendrán precipitaciones fuertes acompañadas de granizo.",
        "Pobladores de Cusco retiran el lodo que dejó un huaico en sus viviendas.",
        (
            "El Servicio Nacional de Meteorología advirtió que las lluvias intensas continuarán "
            "en la sierra sur durante los próximos tres días, con riesgo de huaicos."
        ),
        "Defensa Civil recomendó a la población evitar transitar cerca de los cauces.",
        id="peru",
    ),
    pytest.param(
        "Asamblea aprueba reforma que amplía el presupuesto de salud pública",
        "La oposición votó en contra y denunció que el dictamen no pasó por comisión.",
        "Diputados votan la reforma en la sesión plenaria de la madrugada del jueves.",
        (
            "La Asamblea Legislativa aprobó con 56 votos la reforma que amplía el presupuesto de "
            "salud pública para el próximo año, tras una sesión que terminó de madrugada."
        ),
        "El Ejecutivo deberá sancionar la reforma en un plazo de diez días hábiles.",
        id="central-america",
    ),
    pytest.param(
        "Juez federal bloquea la renovación automática de permisos de trabajo",
        "La decisión afecta a beneficiarios de programas temporales que pidieron la extensión.",
        "Inmigrantes hacen fila frente a una oficina federal en Houston, Texas.",
        (
            "Miles de inmigrantes podrían perder su permiso de trabajo después de que un juez "
            "federal bloqueara este viernes la renovación automática de los documentos."
        ),
        "El Departamento de Seguridad Nacional dijo que estudia apelar el fallo.",
        id="us-spanish",
    ),
]


@pytest.mark.parametrize("gap", ["\n", "\n\n"], ids=["tight", "spaced"])
@pytest.mark.parametrize("page_id", [page.id for page in _PAGES])
def test_a_caption_over_its_credited_copy_sets_the_deck_apart(page_id: str, gap: str) -> None:
    title, deck, caption, p1, p2 = next(page.values for page in _PAGES if page.id == page_id)
    copy = f"{caption} Foto: Agencia Sur"
    page = f"Mundo\n{title}\n\n{deck}\n\n{caption}{gap}{copy}\n\n{p1}\n\n{p2}\n"
    article = noticiaparse.parse(page)
    assert article.deck is not None
    assert (article.deck.text, [p.text for p in article.body]) == (deck, [p1, p2])


@pytest.mark.parametrize(("title", "deck", "caption", "p1", "p2"), _PAGES)
def test_a_share_bar_of_icon_links_with_counts_sets_the_deck_apart(
    title: str, deck: str, caption: str, p1: str, p2: str
) -> None:
    del caption
    bar = "[](whatsapp://send?text=Nota - https://example.com/nota/1) 0 [](mailto:?subject=Nota) 12"
    page = f"# {title}\n\n{deck}\n\n{bar}\n\n{p1}\n\n{p2}\n"
    article = noticiaparse.parse(page)
    assert article.deck is not None
    assert (article.deck.text, [p.text for p in article.body]) == (deck, [p1, p2])


@pytest.mark.parametrize(("title", "deck", "caption", "p1", "p2"), _PAGES)
def test_a_paragraph_over_another_photos_caption_stays_the_text(
    title: str, deck: str, caption: str, p1: str, p2: str
) -> None:
    # the line under the first paragraph is a caption of its own, not the paragraph's copy
    del deck
    page = f"{title}\n\nPor Ana Ruiz\n\n{p1}\n\n{caption}\n{caption} Foto: Agencia Sur\n\n{p2}\n"
    article = noticiaparse.parse(page)
    assert (article.deck, [p.text for p in article.body]) == (None, [p1, p2])


@pytest.mark.parametrize("credit", ["EFE", "AFP", "Europa Press"])
@pytest.mark.parametrize("page_id", [page.id for page in _PAGES])
def test_a_caption_over_its_agency_alone_sets_the_deck_apart(page_id: str, credit: str) -> None:
    title, deck, caption, p1, p2 = next(page.values for page in _PAGES if page.id == page_id)
    page = f"{title}\n\n{deck}\n\n{caption}\n{credit}\n\n{p1}\n\n{p2}\n"
    article = noticiaparse.parse(page)
    assert article.deck is not None
    assert (article.deck.text, [p.text for p in article.body]) == (deck, [p1, p2])


@pytest.mark.parametrize(("title", "deck", "caption", "p1", "p2"), _PAGES)
def test_a_first_paragraph_under_the_byline_over_a_credited_photo_stays(
    title: str, deck: str, caption: str, p1: str, p2: str
) -> None:
    del deck
    page = f"{title}\n\nPor Ana Ruiz\n\n{p1}\n\n{caption}\nEFE\n\n{p2}\n"
    article = noticiaparse.parse(page)
    assert (article.deck, [p.text for p in article.body]) == (None, [p1, p2])


@pytest.mark.parametrize("credit", ["EFE", "AFP", "Europa Press"])
@pytest.mark.parametrize("page_id", [page.id for page in _PAGES])
def test_a_caption_over_its_agency_under_the_byline_on_a_page_spaced_twice(
    page_id: str, credit: str
) -> None:
    # a renderer that sets a blank line under every line: the agency still credits the photo
    title, _, caption, p1, p2 = next(page.values for page in _PAGES if page.id == page_id)
    page = f"{title}\nPor Ana Ruiz\n{caption}\n{credit}\n{p1}\n{p2}\n".replace("\n", "\n\n")
    article = noticiaparse.parse(page)
    assert (article.deck, [p.text for p in article.body]) == (None, [p1, p2])
