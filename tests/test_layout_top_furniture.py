"""Furniture a real page sets on the title's line or above it (issue 15).

Every page here is written for these tests, in several countries' styles: the title tag
alone with the site's name after it, whatever the title opens with; a label, a section
or a date glued before the title tag while the h1 shows the title alone; a date glued to
the title with no space, or in words before it (then the page's date); a teaser's link
whose label holds brackets of its own.
"""

from __future__ import annotations

import pytest

import noticiaparse

_BODY = (
    "La Secretaría de Obras informó este martes que los trabajos en el puente comenzarán la "
    "próxima semana y se extenderán durante al menos cuatro meses, con cierres parciales.\n\n"
    "Los vecinos del sector pidieron que se habiliten rutas alternativas para el transporte "
    "público, que hoy cruza el puente cada diez minutos en las horas punta.\n\n"
    "La obra tendrá un costo cercano a los 40 millones y será financiada por el Estado.\n"
)
_DECK = "El puente quedará cerrado de noche y abrirá un solo carril de día."


@pytest.mark.parametrize(
    ("title", "site"),
    [
        ("Alcaldía de Puebla cierra el puente de la avenida central por obras", "| El Sol"),
        ("Gobierno de Honduras decreta alerta verde por lluvias en el norte", "- La Prensa"),
        ("Ministerio de Obras anuncia el cierre del puente Colonial de Arequipa", "| Diario Sur"),
        ("Cierran el puente de la avenida central por obras durante cuatro meses", "– El Litoral"),
    ],
    ids=["mexico-office-first", "honduras-government-first", "peru-ministry-first", "argentina"],
)
def test_a_lone_title_tag_gives_the_title(title: str, site: str) -> None:
    # a title opening with an organisation's kind ("Alcaldía de …") is no desk's credit
    article = noticiaparse.parse(f"{title} {site}\n\n{_DECK}\n\n{_BODY}")
    assert article.headline is not None
    assert article.headline.text == title


_TITLE = "Cierran el puente de la avenida central por obras durante cuatro meses"


@pytest.mark.parametrize(
    "tag",
    [
        f"ÚLTIMA HORA: {_TITLE}",
        f"En vivo | {_TITLE}",
        f"Puebla {_TITLE}",
        f"PUEBLA{_TITLE}",
        f"Miércoles, 3 de abril de 2024 {_TITLE}",
        f"3 de abril de 2024{_TITLE}",
        f"{_TITLE}03/04/2024",
    ],
    ids=["breaking", "live", "section", "section-glued", "date-in-words", "date-glued", "after"],
)
def test_a_title_tag_with_furniture_over_the_h1(tag: str) -> None:
    page = f"{tag}\n\nInicio\n\nNoticias\n\n{_TITLE}\n\n{_DECK}\n\nPor Rosa Medina\n\n{_BODY}"
    article = noticiaparse.parse(page)
    assert article.headline is not None
    assert article.headline.text == _TITLE


@pytest.mark.parametrize(
    ("line", "raw"),
    [
        (f"Miércoles, 3 de abril de 2024 {_TITLE}", "Miércoles, 3 de abril de 2024"),
        (f"3 de abril de 2024 | {_TITLE}", "3 de abril de 2024"),
        (f"3 de abril de 2024{_TITLE}", "3 de abril de 2024"),
        (f"{_TITLE}3 de abril de 2024", "3 de abril de 2024"),
        (f"{_TITLE} | 03/04/2024 10:15", "03/04/2024 10:15"),
    ],
    ids=["weekday-before", "bar-before", "glued-before", "glued-after", "numeric-after"],
)
def test_a_date_glued_to_the_title_is_the_pages_date(line: str, raw: str) -> None:
    article = noticiaparse.parse(f"Portada\n\n{line}\n\n{_DECK}\n\nPor Rosa Medina\n\n{_BODY}")
    assert article.headline is not None
    assert article.headline.text == _TITLE
    assert article.published is not None
    assert article.published.raw == raw


def test_a_titles_own_date_is_no_page_date() -> None:
    title = "Resultados del sorteo de la lotería del 03/04/2024"
    article = noticiaparse.parse(f"Portada\n\n{title}\n\n{_DECK}\n\n{_BODY}")
    assert article.headline is not None
    assert article.headline.text == title
    assert article.published is None


def test_a_teasers_link_with_brackets_is_no_title() -> None:
    teasers = "\n\n".join(
        f"[{t} [VIDEO]](/noticias/seccion/nota-{n})"
        for n, t in enumerate(
            [
                "«No volveré a jugar»: la confesión del arquero tras la lesión",
                "Rescatan a once personas atrapadas por la crecida del río",
            ]
        )
    )
    page = (
        f"{teasers}\n\n## Deportes\n\n"
        f"## [{_TITLE}](/noticias/ciudad/cierran-el-puente)\n\n03/04/2024 - 09:12\n\n{_BODY}"
    )
    article = noticiaparse.parse(page)
    assert article.headline is not None
    assert article.headline.text == _TITLE


def test_a_short_subheading_heads_a_box_not_the_article() -> None:
    # "## Búsqueda de noticias" over a menu: a box's heading, no title over the text
    page = (
        "## Búsqueda de noticias\n\nBuscar\n\n* [Portada](https://example.org/)\n"
        f"* [Ciudad](https://example.org/ciudad)\n\n{_BODY}"
    )
    article = noticiaparse.parse(page)
    assert article.headline is None or "Búsqueda" not in article.headline.text


@pytest.mark.parametrize(
    ("masthead", "line"),
    [
        ("Diario del Altiplano", f"{_TITLE} Diario del Altiplano"),
        ("Diario del Altiplano", f"{_TITLE}Diario del Altiplano"),
        ("El Heraldo Andino", f"El Heraldo Andino{_TITLE}"),
        ("Noticias del Caribe", f"{_TITLE} - Noticias del Caribe"),
    ],
    ids=["after-with-space", "after-glued", "before-glued", "after-dash"],
)
def test_the_sites_name_glued_to_the_title(masthead: str, line: str) -> None:
    page = f"{masthead}\n\n{line}\n\n{_DECK}\n\nPor Rosa Medina\n\n{_BODY}"
    article = noticiaparse.parse(page)
    assert article.headline is not None
    assert article.headline.text == _TITLE


def test_a_place_closing_the_title_stays() -> None:
    # "… en El Salvador": after a word no title ends with, the name is the title's own
    title = "Cierran el puente de la avenida central por obras en El Salvador"
    article = noticiaparse.parse(f"El Salvador\n\n{title}\n\n{_DECK}\n\n{_BODY}")
    assert article.headline is not None
    assert article.headline.text == title


@pytest.mark.parametrize(
    "stamp", ["Hace 3 horas", "hace 45 minutos", "Actualizado hace 2 días"], ids=str
)
def test_a_relative_stamp_glued_after_the_title(stamp: str) -> None:
    article = noticiaparse.parse(f"Portada\n\n{_TITLE} {stamp}\n\n{_DECK}\n\n{_BODY}")
    assert article.headline is not None
    assert article.headline.text == _TITLE


def test_a_title_tag_with_the_site_glued_over_the_h1() -> None:
    page = f"{_TITLE}Diario del Altiplano\n\nInicio\n\n{_TITLE}\n\n{_DECK}\n\n{_BODY}"
    article = noticiaparse.parse(page)
    assert article.headline is not None
    assert article.headline.text == _TITLE
