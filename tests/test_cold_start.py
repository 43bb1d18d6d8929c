"""What the first parse in a process does less of leaves every result as it was.

The cold start (``docs/benchmark.md``, the cold first parse) skips work, not rules: a
boilerplate phrase escaped by one C pass is the pattern ``regex.escape`` made of it,
and the pipeline imported with the cycle collector paused leaves the collector as the
caller had it, and a lexicon read as bytes has the lines it had read as text.
"""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from noticiaparse import _api
from noticiaparse._layout import boilerplate
from noticiaparse._text import lexicons
from noticiaparse._text.fold import fold
from noticiaparse._text.lexicons import rows


def _escaped(piece: str) -> str:
    """What the phrase readers made of a piece before: ``regex``'s own escape."""
    return str(regex.escape(piece).replace(r"\ ", r"\s"))


def test_the_escapes_are_regex_s_metacharacters_and_the_space() -> None:
    metacharacters = regex._main._METACHARS  # type: ignore[attr-defined]  # noqa: SLF001
    escapes = boilerplate._ESCAPES  # noqa: SLF001
    assert {ord(c) for c in metacharacters} | {ord(" ")} == set(escapes)


def test_a_printable_text_has_no_white_space_but_the_space() -> None:
    """Why a printable piece needs no more than the space escaped as white space."""
    spaces = [chr(c) for c in range(0x110000) if chr(c).isspace() and chr(c).isprintable()]
    assert spaces == [" "]


def test_every_boilerplate_piece_is_escaped_as_regex_escaped_it() -> None:
    pieces = [
        fold(row[1])
        for name in ("boilerplate.tsv", "boilerplate_inbody.tsv")
        for row in rows(name)
        if row[1:]
    ]
    pieces += ["a\\ b", "x  y", "\t", "a\u00a0b", "(?:a|b)*", "\\ ", "#&~-.", "ñandú, pingüino"]
    assert [_escaped(p) for p in pieces] == [boilerplate._piece(p) for p in pieces]  # noqa: SLF001


@given(st.text())
def test_any_piece_is_escaped_as_regex_escaped_it(piece: str) -> None:
    placeholders = {"{n}", "{*}", "{|}", "{+}", "{:}"}
    if piece not in placeholders:
        assert _escaped(piece) == boilerplate._piece(piece)  # noqa: SLF001


def test_the_pipeline_is_imported_with_the_collector_as_the_caller_left_it() -> None:
    prepare = _api._prepare.__wrapped__  # noqa: SLF001
    assert gc.isenabled()
    prepare()
    assert gc.isenabled()
    gc.disable()
    try:
        prepare()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_lexicon_s_lines_are_the_same_whatever_its_line_ends(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(lexicons, "_DIRECTORY", str(tmp_path))
    ends = {"lf": "\n", "crlf": "\r\n", "cr": "\r"}
    for kind, end in ends.items():
        text = end.join(["# un comentario", "Ñuñoa ", "", "  vocero\tcargo", "último"]) + end
        (tmp_path / f"cold_start_{kind}.txt").write_bytes(text.encode("utf-8"))
    read = {kind: lexicons.lines(f"cold_start_{kind}.txt") for kind in ends}
    assert read["lf"] == ("Ñuñoa", "vocero\tcargo", "último")
    assert read["lf"] == read["crlf"] == read["cr"]
