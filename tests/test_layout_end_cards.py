"""Other stories' cards the page sets after the article's text.

A related box after the text: a label ("Más noticias", "Noticias relacionadas"), each
card's headline (a Markdown heading with its link, ``#### [Título](/url)``, counts) and
its one-sentence summary. Two cards or more to the body's end are the page's; so is one
card of another story under a related label, set as one block (its summary right under
its headline) on a page that sets the text's paragraphs a blank line apart. A box set
into the text, the article going on under it, and a card whose "summary" is the
article's own last paragraph stay (docs/layout.md, "the end").
Pages written for these tests, in several outlets' styles.
"""

from __future__ import annotations

import noticiaparse

_TEXT = (
    "Inicio\n\nNacionales\n\n"
    "# Municipio licita la reparación del mercado central de la ciudad\n\n"
    "La obra costará 12 millones y durará un año, según la alcaldía.\n\n"
    "Por Carla Mendoza\n\n"
    "12 de mayo de 2024\n\n"
    "La alcaldía abrió este lunes la licitación para reparar el techo y los pasillos del "
    "mercado central, cerrado en parte desde las lluvias de marzo.\n\n"
    "Los comerciantes del mercado pidieron que las obras se hagan por etapas para no "
    "perder a sus clientes durante la temporada alta.\n\n"
    "El alcalde aseguró que el mercado seguirá abierto durante los trabajos y que las "
    "ofertas se abrirán el 3 de junio.\n\n"
)
_FOOT = "Contacto\n\nAviso legal\n\n© 2024 Diario del Valle\n"


def _body(page: str) -> list[str]:
    return [p.text for p in noticiaparse.parse(page).body]


def test_linked_heading_cards_under_a_label_are_the_pages() -> None:
    page = (
        _TEXT
        + "### Más noticias\n\n"
        + "#### [Congreso aprueba la ley de transparencia para los municipios](/1)\n\n"
        + "La norma obliga a publicar cada mes los contratos firmados por las alcaldías.\n\n"
        + "#### [Contraloría halla sobrecostos en once carreteras del sur del país](/2)\n\n"
        + "El informe revisa las obras hechas por los gobiernos regionales desde 2021.\n\n"
        + _FOOT
    )
    body = _body(page)
    assert len(body) == 3
    assert body[-1].startswith("El alcalde aseguró")


def test_one_card_of_another_story_under_a_related_label_is_the_pages() -> None:
    page = (
        _TEXT
        + "Noticias relacionadas\n"
        + "Vacunan a 40.000 niños contra el sarampión en la costa norte\n"
        + "La campaña seguirá hasta julio en los centros de salud de cuatro provincias.\n\n"
        + _FOOT
    )
    body = _body(page)
    assert len(body) == 3
    assert not any("sarampión" in p or "campaña" in p for p in body)


def test_a_related_box_inside_the_text_keeps_the_text_under_it() -> None:
    page = (
        _TEXT.replace(
            "El alcalde aseguró",
            "Lee también\n\n"
            "Vacunan a 40.000 niños contra el sarampión en la costa norte\n\n"
            "El alcalde aseguró",
        )
        + "La empresa ganadora deberá contratar a trabajadores de la zona, según las bases.\n\n"
        + "Las bases de la licitación ya pueden descargarse en el sitio de la alcaldía.\n\n"
        + _FOOT
    )
    body = _body(page)
    assert body[-1].startswith("Las bases de la licitación")
    assert any(p.startswith("El alcalde aseguró") for p in body)


def test_the_articles_own_last_paragraph_under_a_related_label_stays() -> None:
    # the "summary" tells the article's own story: its words come from the text above
    page = (
        _TEXT
        + "Lee también\n"
        + "Comerciantes del mercado central piden obras por etapas\n"
        + "Las ofertas para reparar el mercado central se abrirán el 3 de junio en la alcaldía.\n\n"
        + _FOOT
    )
    body = _body(page)
    assert body[-1].startswith("Las ofertas para reparar el mercado central")


def test_one_card_set_as_a_block_under_a_related_label_is_the_pages() -> None:
    # the card's words are the story's own topic, but the page set it as one block
    page = (
        _TEXT
        + "Te puede interesar\n"
        + "Alcaldía anuncia ferias libres en los barrios del norte durante junio\n"
        + "Los comerciantes del mercado podrán instalar sus puestos en cuatro plazas.\n\n"
        + _FOOT
    )
    body = _body(page)
    assert len(body) == 3
    assert body[-1].startswith("El alcalde aseguró")
