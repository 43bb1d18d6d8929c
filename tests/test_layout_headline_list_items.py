"""A list's item shown twice is never the title, however short the page's title search gets.

The last resort for a short title ("Desde la infancia" under its title tag) takes a line
that a line above repeats; a menu's item shown twice ("* Suscripción" in the header's
menu and again in its mobile copy) is a list's item, never a title. Written for these
tests.
"""

from __future__ import annotations

from noticiaparse._layout.lines import Line
from noticiaparse._layout.top import _short_title_repeated


def _lines(texts: list[str]) -> list[Line]:
    lines, start = [], 0
    for text in texts:
        lines.append(Line(start, start + len(text), 0, text))
        start += len(text) + 1
    return lines


def test_a_menu_item_shown_twice_is_no_short_title() -> None:
    lines = _lines(["* Suscripción", "* Contacto", "* Suscripción", "* Contacto", "Hola"])
    assert _short_title_repeated(lines) is None


def test_a_short_title_under_its_title_tag_is_still_found() -> None:
    lines = _lines(["Desde la infancia | Diario del Sur", "Portada", "Desde la infancia"])
    found = _short_title_repeated(lines)
    assert found is not None
    assert found[0] == 2
