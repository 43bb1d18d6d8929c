"""The line classifier's early exits rule out only lines their readers would read as none.

Each gate (the byline reader's openers, its mark classes and a column's lead; the share
bar's opening) is checked against the reader it guards: what the gate lets through still
reads as before, and what it stops is what the reader would not read.
"""

from __future__ import annotations

import sys

import pytest

from noticiaparse._layout.boilerplate import (
    _BAR_LEAD,
    _share_openings,
    _share_words,
    desks,
    is_share_bar,
    key,
    roles,
)
from noticiaparse._layout.byline import (
    _BAR_MARK,
    _BAR_MARKS,
    _JOIN_MARK,
    _JOIN_MARKS,
    _NAME_MARK,
    _NAME_MARKS,
    _NO_NAME,
    _NO_NAME_MARK,
    _column_byline,
    _column_lead,
    _lead_starts,
    _lead_words,
    _openers,
    leads,
    read_byline,
)
from noticiaparse._text.fold import fold

# Chile, Argentina, México, España, Colombia, Perú, Caribe, US Spanish
BYLINES = [
    ("Corresponsal en Valparaíso", ()),
    ("Enviado especial en Rosario", ()),
    ("Redacción Metrópoli", ()),
    ("Por: Redacción", ()),
    ("Por Ana Lucía Berríos", ("Ana Lucía Berríos",)),
    ("Texto: Julián Ospina Mejía", ("Julián Ospina Mejía",)),
    ("Periodista: Rosa Quispe Mamani", ("Rosa Quispe Mamani",)),
    ("Entre líneas, por Marta Villalobos", ("Marta Villalobos",)),
    ("Al margen | Por Tomás Gutiérrez", ("Tomás Gutiérrez",)),
    ("Desde Miami — por Yolanda Cruz //", ("Yolanda Cruz",)),
    ("Camila Ibarra | Periodista", ("Camila Ibarra",)),
]

NOT_BYLINES = [
    "Llovió toda la tarde en el valle, por eso cerraron la ruta",
    "Sube el precio del pan en Quilmes - El Diario del Sur",
    "Habrá cortes de luz en Guadalajara el fin de semana",
    "Aplazan la feria del libro, por la lluvia",
    "Comerciantes de Cartagena piden más policías",
]


@pytest.mark.parametrize(("line", "authors"), BYLINES, ids=[b[0][:28] for b in BYLINES])
def test_bylines_still_read(line: str, authors: tuple[str, ...]) -> None:
    read = read_byline(line)
    assert read is not None
    assert read.authors == authors


@pytest.mark.parametrize("line", NOT_BYLINES, ids=[n[:28] for n in NOT_BYLINES])
def test_text_reads_as_no_byline(line: str) -> None:
    assert read_byline(line) is None


def test_openers_hold_every_entry_first_word() -> None:
    openers = _openers()
    for entry in leads() | roles() | desks():
        assert entry.partition(" ")[0] in openers
        assert entry.partition(" ")[0] == (entry.split() or [""])[0]  # single spaces


def test_fold_white_space_is_single_spaces() -> None:
    # (what the openers' lookup of the first word relies on)
    for text in ("  Por\tAna\u00a0Soto ", "Enviado\u2003especial\n", "¨ Corresponsal"):
        folded = fold(text)
        assert folded.split() == folded.split(" ")


def test_mark_classes_are_their_sets() -> None:
    classes = [
        (_NAME_MARK, _NAME_MARKS),
        (_NO_NAME_MARK, _NO_NAME),
        (_JOIN_MARK, _JOIN_MARKS),
        (_BAR_MARK, _BAR_MARKS),
    ]
    # every code point under U+3100 and a stride above (the sets hold none there)
    points = [*range(0x3100), *range(0x3100, sys.maxunicode + 1, 97)]
    for pattern, chars in classes:
        found = {c for c in map(chr, points) if pattern.search(c) is not None}
        assert found == {c for c in chars if ord(c) in points or ord(c) < 0x3100}


@pytest.mark.parametrize(
    "line",
    [
        "Columna de opinión, por Sofía Beltrán",
        "Desde el sur - POR Ignacio Paredes",
        "Crónica del domingo // Por Elena Ruiz",
        "Mirador | ESCRITO POR Raúl Cifuentes",
    ],
)
def test_column_lead_found_where_a_column_byline_is(line: str) -> None:
    assert _column_byline(line) is not None
    assert _column_lead().search(fold(line)) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Compartir: Facebook Twitter WhatsApp",
        "| Facebook | Twitter | Email",
        ", WhatsApp, Telegram",
        "Share. Facebook Twitter",
        "X | Facebook | LinkedIn",
    ],
)
def test_share_bars_open_as_a_button(line: str) -> None:
    assert is_share_bar(line)
    start = key(line).replace(":", " ").lstrip(_BAR_LEAD)
    openings = _share_openings()
    assert openings is not None
    assert start[:2] in openings or start[:1] in openings


def test_share_openings_cover_every_button() -> None:
    openings = _share_openings()
    assert openings is not None
    for word in _share_words():
        start = word.lstrip(_BAR_LEAD)
        assert start[:2] in openings or start[:1] in openings


def test_lead_starts_open_every_lead() -> None:
    starts = _lead_starts()
    assert starts is not None
    for word in _lead_words():
        assert word[:2] in starts
    for line in ("Por Graciela Núñez", "Texto y fotos: Iván Rojas", "Redactado por Luz Ortega"):
        assert fold(line)[:2] in starts
        assert read_byline(line) is not None
