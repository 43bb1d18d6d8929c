"""The byline is this article's: names in furniture are not authors (docs/layout.md).

Every line and page here is written for these tests, in several countries' styles as
scrapers render them: buttons and menus shaped like names, a role or a place glued to
the names, co-authors one a line, names over the title among the menus, a labelled
metadata field, a signature under the last paragraph.
"""

from __future__ import annotations

import pytest

from noticiaparse import parse
from noticiaparse._layout.byline import read_byline

_P1 = (
    "La empresa estatal de agua potable anunció este lunes un plan de cortes programados en "
    "once comunas del norte de la región, que se extenderá durante todo el verano mientras "
    "se reparan dos acueductos dañados por los aluviones."
)
_P2 = (
    "Según el gerente de operaciones, los cortes no superarán las ocho horas diarias y se "
    "avisarán con dos días de anticipación por la radio local, las redes sociales y "
    "mensajes de texto a los vecinos inscritos."
)
_P3 = (
    "Las juntas de vecinos pidieron camiones aljibe para los sectores altos, donde la "
    "presión del agua ya es baja, y el municipio prometió reforzar el reparto durante "
    "las semanas más calurosas del año."
)
_BODY = f"{_P1}\n\n{_P2}\n\n{_P3}\n"
_TITLE = "Anuncian cortes de agua programados en once comunas del norte"
_DECK = "Los trabajos en dos acueductos durarán todo el verano."
_MENU = "Inicio\nRegión\nPaís\nMundo\nDeportes\nOpinión\n"


def _authors(text: str) -> list[str]:
    return list(parse(text).to_dict()["authors"])


@pytest.mark.parametrize(
    "line",
    [
        "VER RESUMEN",
        "LEER MÁS TARDE",
        "EscucharEscuchar",
        "Facebook Twitter Whatsapp Telegram",
        "Cerrar Menú",
        "Compartir Imprimir",
        "Columna de Ana Ruiz",
        "Foto Ana Ruiz",
        "Ana Ruiz | Foto",
        "ANA RUIZ / FOTO",
        "Facebook Twitter LinkedIn Email Telegram WhatsApp",
    ],
    ids=[
        "caps-button",
        "caps-words",
        "button-twice-glued",
        "share-bar",
        "menu-close",
        "tools",
        "column-label",
        "photo-credit-word-first",
        "photo-credit-word-after-bar",
        "photo-credit-in-capitals",
        "long-share-bar",
    ],
)
def test_label_lines_are_no_names(line: str) -> None:
    byline = read_byline(line)
    assert byline is None or byline.authors == ()


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("ANA RUIZ", ("ANA RUIZ",)),
        ("Por: LUIS GIL", ("LUIS GIL",)),
        ("Ana Ruiz Corresponsal", ("Ana Ruiz",)),
        ("Por Marta Sol Enviada Especial", ("Marta Sol",)),
        ("Frank Gil Hernández La Habana", ("Frank Gil Hernández",)),
        ("Luis Gil El Alto", ("Luis Gil",)),
        ("Óscar De La Hoya", ("Óscar De La Hoya",)),
        ("Por José García García", ("José García García",)),
        ("Ana Ruiz y Luis Gil", ("Ana Ruiz", "Luis Gil")),
        ("Por Ana Ruiz @anaruiz", ("Ana Ruiz",)),
        ("María del Carmen López", ("María del Carmen López",)),
        ("Texto: Ana Ruiz / Fotos: Luis Mora", ("Ana Ruiz",)),
        ("Periodista: Ana Ruiz", ("Ana Ruiz",)),
        ("Corresponsal: Luis Gil y Marta Sol", ("Luis Gil", "Marta Sol")),
        ("Por Ana Ruiz, desde Caracas", ("Ana Ruiz",)),
        ("Por Ana Ruiz. Lima", ("Ana Ruiz",)),
        ("Por Ana Ruiz Twitter: @anaruiz", ("Ana Ruiz",)),
        ("Dra. Ana Ruiz", ("Dra. Ana Ruiz",)),
    ],
    ids=[
        "caps-given-name",
        "led-caps",
        "role-glued",
        "role-of-two-words-glued",
        "cu-place-glued",
        "bo-place-glued",
        "particle-before-article",
        "surname-twice",
        "two-authors",
        "handle",
        "given-name-after-particle",
        "text-and-photos",
        "role-as-lead",
        "role-as-lead-two-authors",
        "ve-place-with-desde",
        "pe-stop-then-place",
        "network-word-before-handle",
        "title-with-stop-first",
    ],
)
def test_names_read_off_a_byline(line: str, authors: tuple[str, ...]) -> None:
    byline = read_byline(line)
    assert byline is not None
    assert byline.authors == authors


@pytest.mark.parametrize(
    ("page", "authors"),
    [
        # Spain: two authors one a line under the deck, then the place and the date
        (
            f"{_TITLE}\n\n{_DECK}\n\nMarta Sol\nLuis Gil\nMadrid\n16/03/2021 - 10:31\n\n{_BODY}",
            ["Marta Sol", "Luis Gil"],
        ),
        # Argentina: the name over the place, a city of two words
        (
            f"{_TITLE}\n\n{_DECK}\n\nMarta Sol\nBuenos Aires\n16/03/2021 - 10:31\n\n{_BODY}",
            ["Marta Sol"],
        ),
        # Chile: bare names among the menus over the title are the site's
        (f"{_MENU}Casa Real\nABC Cultura\n\n{_TITLE}\n\n{_DECK}\n\n{_BODY}", []),
        # Mexico: a column's byline over the title, far up among the menus
        (f"Por Pedro Lara\n{_MENU}{_MENU}\n{_TITLE}\n\n{_DECK}\n\n{_BODY}", []),
        # a metadata block's author field, as an extractor writes it
        (
            (
                f'---\ntitle: "{_TITLE}"\nauthor: Rosa Quiroga\n---\n{_MENU}{_MENU}\n{_TITLE}\n\n'
                f"{_BODY}"
            ),
            ["Rosa Quiroga"],
        ),
        # Colombia: the byline right over the title, with its role
        (f"{_MENU}\nAna Ruiz | Corresponsal\n{_TITLE}\n\n{_BODY}", ["Ana Ruiz"]),
    ],
    ids=[
        "es-co-authors-a-line-each",
        "ar-name-over-place",
        "cl-names-in-menus",
        "mx-column-byline-far-up",
        "metadata-field",
        "co-byline-right-over",
    ],
)
def test_the_byline_is_this_articles(page: str, authors: list[str]) -> None:
    assert _authors(page) == authors


def test_a_name_signing_the_last_paragraph_is_the_author() -> None:
    page = f"{_TITLE}\n\n{_DECK}\n\n{_BODY}\nRosa Elena Quiroga.\n\nNota relacionada: Otro tema\n"
    assert _authors(page) == ["Rosa Elena Quiroga"]


def test_names_in_a_list_under_the_last_paragraph_sign_nothing() -> None:
    page = f"{_TITLE}\n\n{_DECK}\n\n{_BODY}\nRosa Quiroga\nPedro Lara\nMarta Sol\n"
    assert _authors(page) == []


def test_a_photo_credit_under_the_caption_is_no_author() -> None:
    page = (
        f"{_TITLE}\n\n{_DECK}\n\nVecinos hacen fila frente a un camión aljibe en Copiapó.\n"
        f"Ana Ruiz | Foto\n\n{_BODY}"
    )
    assert _authors(page) == []


@pytest.mark.parametrize(
    ("page", "authors"),
    [
        # a metadata block whose author field holds the site's own name
        (
            (
                f"---\ntitle: {_TITLE}\nauthor: Diario del Valle\nsitename: Diario del Valle - "
                f"Noticias de la región\n---\n\n{_TITLE}\n\n{_BODY}"
            ),
            [],
        ),
        # Honduras: the title tag names the site; the byline pairs a name with it
        (
            f"{_TITLE} | Voz del Valle\n\n{_TITLE}\n\nMarta Sol / Voz del Valle\n\n{_BODY}",
            ["Marta Sol"],
        ),
    ],
    ids=["metadata-site-as-author", "hn-title-tag-site-beside-the-name"],
)
def test_the_sites_own_name_is_no_author(page: str, authors: list[str]) -> None:
    assert _authors(page) == authors


def test_names_over_a_date_among_the_first_paragraphs_sign_the_page() -> None:
    page = (
        f"{_TITLE}\n\n{_P1}\n\nVecinos esperan un camión aljibe. Foto: Agencia Sur\n\n"
        f"Marta Sol\nCopiapó\n16/03/2021\n\n{_P2}\n\n{_P3}\n"
    )
    assert _authors(page) == ["Marta Sol"]
