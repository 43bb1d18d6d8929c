# ruff: noqa: SLF001 - the byline lead's guard itself is under test
"""A byline's lead pattern is tried (and compiled) only on a line it can open.

The guard asks that the line, folded, open with a lead's first word. It is a
necessary condition: every letter the case-insensitive pattern matches folds to the
lead's own letter, checked here over every code point; and the guarded and unguarded
readings agree on sentences written for it and on every line of the development pages.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest
import regex

from noticiaparse._layout import byline
from noticiaparse._text.fold import fold
from noticiaparse._text.lexicons import lines

ROOT = Path(__file__).resolve().parents[1]

_LINES = [
    "Por Ana Soto",
    "POR: LUIS MORA Y ANA DÍAZ",
    "Pór  Ana Soto",
    "Escrito por: Diego Pérez | Corresponsal en Lima",
    "ESCRITA POR Camila Rojas",
    "Publicado por Redacción",
    "Texto y fotos: Marta Gil",
    "Textos - Jorge Luis Vera",
    "Autora. Valentina Ríos",
    "Reportaje de Pedro Salas / Fotos: Luis Mora",
    "Firma invitada: Andrés Cano",
    "Written by John Smith",
    "By Ana Soto (AP)",
    "Redacción: Ana Díaz",
    "Edición: Carla Núñez",
    "Redacción El Tiempo",
    "Portada del día",
    "Por la tarde, vecinos en la plaza (Foto: EFE)",
    "Porque nadie lo sabía.",
    "Autorizan el paso de camiones",
    "  Por\tAna  Soto ",
    "\u2003Por Ana Soto",
    "Ｐｏｒ Ana Soto",
    "ＰＯＲ: Ana Soto",
    "Ɛscrito por Ana",
    "Kelvin: \u212aarla Soto",
    "Bу Ana Soto",  # a Cyrillic у
    "ſeñor Ana",
    "É",
    "",
    ".Por Ana Soto",
    ". : .",
    "Camila Rojas | Periodista",
]


def _dev_lines() -> list[str]:
    files = sorted((ROOT / "tests" / "data" / "pages").glob("dev_*.jsonl"))
    files += sorted((ROOT.parent / "shared" / "gold").glob("*.jsonl"))
    files += sorted(Path("/work/shared/gold").glob("*.jsonl"))
    found: set[str] = set()
    for path in dict.fromkeys(files):
        for row in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(row)
            text = record.get("text") if isinstance(record, dict) else None
            if isinstance(text, str):
                found.update(text.splitlines())
    return sorted(found)


def _key(match: Any) -> Any:
    return None if match is None else match.span()


def test_every_letter_a_lead_matches_folds_to_the_leads_letter() -> None:
    letters = {c for entry in lines("byline_leads.txt") for c in fold(entry) if c.isalpha()}
    every = "".join(chr(n) for n in range(sys.maxunicode + 1) if not 0xD800 <= n < 0xE000)
    for letter in sorted(letters):
        atom = regex.compile(byline._lead_pattern(letter), regex.IGNORECASE)
        matched = set(atom.findall(every))
        assert letter in matched
        assert {fold(ch) for ch in matched} == {letter}, letter


def test_first_words_are_the_leads_first_words() -> None:
    words = set(byline._lead_words())
    assert all(fold(e).rstrip(":").split()[0] in words for e in lines("byline_leads.txt"))
    assert all(w.isalpha() for w in words)


def _unguarded(line: str, folded: str | None = None) -> Any:
    del folded  # (the guard's input)
    return byline._lead().match(line)


def _agree(texts: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    guarded = []
    for text in texts:
        line = " ".join(text.split())
        assert _key(byline._led(line)) == _key(byline._lead().match(line)), text
        assert _key(byline._led(text.strip())) == _key(byline._lead().match(text.strip()))
        folded = fold(line).strip(" .:")
        assert _key(byline._led(line, folded)) == _key(byline._lead().match(line)), text
        guarded.append((byline.read_byline(text), byline.led_byline(text)))
    with monkeypatch.context() as patch:
        patch.setattr(byline, "_led", _unguarded)
        unguarded = [(byline.read_byline(t), byline.led_byline(t)) for t in texts]
    assert guarded == unguarded


def test_guarded_and_unguarded_agree_on_written_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    every_lead = [
        line
        for entry in lines("byline_leads.txt")
        for line in (f"{entry} Ana Soto", f"{entry.upper()}: Luis Mora", f"{entry}- Eva Gil")
    ]
    _agree(_LINES + every_lead, monkeypatch)


def test_guarded_and_unguarded_agree_on_the_development_pages(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = _dev_lines()
    if not texts:
        pytest.skip("no development pages")
    _agree([t for t in texts if len(t) <= 2 * byline.MAX_BYLINE], monkeypatch)
