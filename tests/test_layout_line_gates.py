# ruff: noqa: SLF001 - the line readers' early exits themselves are under test
"""The cheap tests the line classifier reads before its patterns change no reading.

Each is a necessary condition of the pattern or reader it guards: a line it rules out
is one the pattern would not have matched. Lines on both sides of each test, written
for it, with non-ASCII digits and letters among them.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from noticiaparse._layout import boilerplate, page, published

_REFERENCE = dt.date(2024, 5, 4)

_STAMP_LINES = [
    "Hace 3 horas",
    "Publicado hace 2 días",
    "hace una hora",
    "2 hours ago",
    "Hoy 10:31",
    "Ayer, 18:20 hs",
    "Actualizado: anteayer a las 9:05",
    "3 horas",
    "Agosto 3, 10:31",
    "Hace calor",
    "Hoy",
    "Mañana 10:31",
    "",
]


@pytest.mark.parametrize("text", _STAMP_LINES, ids=range(len(_STAMP_LINES)))
def test_the_stamp_word_exit_changes_no_reading(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    for reference in (_REFERENCE, dt.datetime(2024, 5, 4, 12, 0)):
        guarded = published.read_stamp(text, reference)
        with monkeypatch.context() as patched:
            patched.setattr(published, "_stamp_word", lambda: re.compile(""))
            assert published.read_stamp(text, reference) == guarded


def test_the_stamp_word_exit_still_reads_stamps() -> None:
    assert published.read_stamp("Hace 3 horas", _REFERENCE) is not None
    assert published.read_stamp("Ayer, 18:20 hs", _REFERENCE) is not None
    assert published.read_stamp("3 horas", _REFERENCE) is None


_MEDIA_NAMES = [
    "vecinos-plaza.jpg",
    "vecinos-plaza.jpeg",
    "VECINOS.WEBP",
    "marcha.mp4",
    "a.png",
    ".gif",
    "png",
    "Nota de prensa.",
    "Foto: la plaza.jpg.",
    "Los vecinos... y la plaza",
    "archivo.jpg ",
]


@pytest.mark.parametrize("text", _MEDIA_NAMES, ids=range(len(_MEDIA_NAMES)))
def test_a_media_extension_stands_where_the_exit_looks(text: str) -> None:
    found = page._MEDIA_END.search(text, max(0, len(text) - page._MEDIA_END_SIZE))
    if found is not None:
        assert "." in text[-page._MEDIA_END_SIZE : -page._MEDIA_EXT_MIN]


def test_the_media_exit_still_reads_file_names() -> None:
    assert page._embedded("vecinos-plaza.jpg") == "media"
    assert page._embedded("vecinos-en-la-plaza.jpeg") == "media"
    assert page._embedded("Los vecinos llegaron a la plaza.") is None


_LIST_LINES = [
    "* Portada",
    "+ Deportes",
    "- Economía",
    "• Cultura",
    "· Opinión",
    "1. Inicio",
    "12) Política",
    "١. Inicio",
    "### [Otra nota](https://example.com/nota)",
    "#Etiqueta",
    "[Inicio](https://example.com/)",
    "![Foto](https://example.com/foto.jpg)",
    "*Portada*",
    "",
]


@pytest.mark.parametrize("text", _LIST_LINES, ids=range(len(_LIST_LINES)))
def test_a_list_mark_opens_where_the_exit_looks(text: str) -> None:
    if page._BULLET.match(text) is not None:
        assert text[:1] in page._BULLET_FIRSTS or text[:1].isdigit()
    if page._HEADING_MARKS.match(text) is not None:
        assert text[:1] == "#"


def test_the_list_exits_still_read_items() -> None:
    assert page._list_kind("* Portada") == "bullet"
    assert page._list_kind("١. Inicio") == "bullet"
    assert page._list_kind("### [Otra nota](https://example.com/nota)") == "item"


_COUNTED = [
    ("12 comentarios", "close"),
    ("١٢ comentarios", "close"),
    ("3 min de lectura", "media"),
    ("٣ min de lectura", "media"),
    ("Comentarios (12)", "close"),
    ("12 de marzo", None),
    ("Doce comentarios", None),
]


@pytest.mark.parametrize(("text", "expected"), _COUNTED, ids=range(len(_COUNTED)))
def test_a_count_opening_the_line_is_read_with_any_digit(text: str, expected: str | None) -> None:
    # the phrases that open with a number are tried on a line opening with any digit
    assert boilerplate.furniture_kind(text) == expected
