"""What the layout costs per line, held by structure, not by a clock.

A page of many short lines (hostile input, or a long menu) costs the layout a line
record, a body segment and a region per line; these tests pin that nothing more is
done per line than that: a text is classified once however often the page repeats
it, the page is split without a regular expression per line, the segments are made
in one loop, a short line is never read as the continuation of the one above, and a
long line's words and fold are read once however often the layout asks.
"""

from __future__ import annotations

import functools
from typing import Any
from unittest import mock

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from noticiaparse._layout import boilerplate as boilerplate_module
from noticiaparse._layout import lines as lines_module
from noticiaparse._layout import page as page_module
from noticiaparse._layout.byline import read_linked_byline
from noticiaparse._layout.lines import Line, key
from noticiaparse._layout.page import find_layout
from noticiaparse._text.fold import fold
from noticiaparse._text.spine import Spine, build_spine


def _counted(monkeypatch: pytest.MonkeyPatch, owner: object, name: str) -> Any:
    """A spy on ``owner.name`` (a module's function or class, a class's method): ``call_count``."""
    original = getattr(owner, name)
    spy = mock.create_autospec(original, side_effect=original)
    monkeypatch.setattr(owner, name, spy)
    return spy


@pytest.mark.parametrize(
    ("text", "distinct"),
    [("a\n" * 2_000, 1), ("a\nb\n\n" * 1_000, 2), ("Portada\n\nÚltimas noticias\n" * 500, 2)],
    ids=["one-text", "two-texts", "menu-repeated"],
)
def test_each_distinct_text_is_classified_once(
    monkeypatch: pytest.MonkeyPatch, text: str, distinct: int
) -> None:
    calls = _counted(monkeypatch, page_module, "_classify")
    layout = find_layout(build_spine(text)).layout
    assert distinct == calls.call_count
    shown = len(layout.body) + len(layout.boilerplate) + bool(layout.headline)
    assert len(text.splitlines()) - text.count("\n\n") == shown  # every line placed


def test_short_lines_cost_one_line_record_and_one_batch_of_segments(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    records = _counted(monkeypatch, page_module, "_Line")
    single = _counted(monkeypatch, Spine, "segment")
    batches = _counted(monkeypatch, Spine, "segments")
    open_ends = _counted(monkeypatch, page_module, "layout_words")
    layout = find_layout(build_spine("a\n" * 2_000 + "\n\n" + "b\n" * 2_000)).layout
    assert 4_000 == records.call_count  # one record a line, none for the blank ones
    assert 4_000 == len(layout.body)
    assert single.call_count <= 3  # the headline, deck and kicker at most; the rest in batches
    assert batches.call_count <= 2 + single.call_count
    assert 0 == open_ends.call_count  # a line under a short one is no continuation of it


def _lines_by_pattern(text: str) -> list[tuple[int, int, int, str]]:
    """The lines as a regular expression finds them: (start, end, blank lines before, text)."""
    out: list[tuple[int, int, int, str]] = []
    last_end = 0
    for match in regex.finditer(r"[^\s](?:[^\n]*[^\s])?", text):
        line = match.group().strip()  # (a space only Python calls one)
        if line:
            start = text.index(line, match.start())
            gap = text.count("\n", last_end, start) - (1 if out else 0)
            out.append((start, start + len(line), gap, line))
            last_end = start + len(line)
    return out


@given(st.text(alphabet="ab \n\t\r\x1c\x1f\x85\u00a0\u2003\u2028.,", max_size=40))
def test_the_lines_are_the_text_between_line_breaks_trimmed(text: str) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(page_module, "_rejoin", lambda _text, lines: lines)
        split = page_module._split  # noqa: SLF001 - the splitter, without the rejoining
        found = [(ln.start, ln.end, ln.gap, ln.text) for ln in split(text)]
    if "\n" in text:  # (a page flattened onto one line is split at runs of spaces)
        assert _lines_by_pattern(text) == found


def test_a_long_lines_words_and_fold_are_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    folds = _counted(monkeypatch, lines_module, "fold")
    text = "El Senado aprobó ayer la reforma con treinta votos a favor y ninguno en contra."
    line = Line(0, len(text), 0, text)
    assert (15, 15) == (line.words, line.words)
    assert (fold(text), fold(text)) == (key(line), key(line))
    assert 1 == folds.call_count
    line.text = text[:-1] + "!"  # an edit: read again
    assert line.folded.endswith("!")
    assert 2 == folds.call_count
    short = Line(0, 7, 0, "Portada")
    lines_module._short_fold.cache_clear()  # noqa: SLF001
    assert ("portada", "portada") == (key(short), key(short))
    # a short line's fold comes from a bounded cache beside the records, nothing kept for it
    info = lines_module._short_fold.cache_info()  # noqa: SLF001
    assert (2, 1, 1) == (folds.call_count, info.misses, info.hits)
    assert short._more is None  # noqa: SLF001


@given(st.text(alphabet="abAÉéZ .ñÑ", max_size=200))
def test_glued_links_are_counted_as_findall_counts_them(text: str) -> None:
    # the classifier counts glued links from where their capitals stand, in one scan
    glued = page_module._GLUED.findall(text, 0, 160)  # noqa: SLF001
    counted = page_module._glued_links(text)  # noqa: SLF001
    assert min(len(glued), page_module._MIN_GLUED_LINKS) == counted  # noqa: SLF001


def test_a_flattened_page_splits_at_runs_of_spaces_trimming_what_python_calls_space() -> None:
    # (the spine turns these characters into line breaks and spaces; the splitter alone
    # still trims them as Python's strip does)
    text = "Portada  \x1cEl Senado aprueba la reforma\x1c  \x1c  Texto del artículo. Sigue aquí."
    lines = page_module._split(text)  # noqa: SLF001
    assert ["Portada", "El Senado aprueba la reforma", "Texto del artículo. Sigue aquí."] == [
        line.text for line in lines
    ]
    assert all(text[line.start : line.end] == line.text for line in lines)


def test_segments_check_their_spans_as_a_segment_does() -> None:
    spine = build_spine("Dijo el ministro.")
    with pytest.raises(IndexError):
        spine.segments([(0, 5), (3, 99)])
    assert [spine.segment(0, 4)] == spine.segments([(0, 4)])


def test_a_columnists_link_names_its_author_only_under_their_surname() -> None:
    found = read_linked_byline("[Ana Díaz](https://diario.example/opinion/ana-diaz)")
    assert found is not None
    assert ("Ana Díaz",) == found.authors
    assert read_linked_byline("[Ana Díaz](https://diario.example/opinion/otra-columna)") is None


@functools.cache
def _in_regex(joined: str) -> Any:
    """``joined`` compiled by the ``regex`` engine, once per session (not once per example)."""
    return regex.compile(joined, regex.DOTALL)


@given(
    st.sampled_from(["lee tambien", "publicidad", "comentarios", "siguiente", "foto", "1"]),
    st.text(alphabet="ab 1.,:|-–—\x1c\x85\u00a0\u2003\u2028\u0301ñé", max_size=30),
)
def test_furniture_phrases_match_in_the_standard_engine_as_in_regex(lead: str, rest: str) -> None:
    # The phrase patterns are compiled with `re` (cheaper to compile); on a folded line,
    # whose only white space is " ", they match what the `regex` engine matches.
    line = boilerplate_module.key(lead + rest)
    for entries in boilerplate_module._phrases().by_start.values():  # noqa: SLF001
        for _, _, patterns in entries:
            joined = "(?:" + "|".join(patterns) + ")"
            expected = _in_regex(joined).fullmatch(line) is not None
            assert expected == (boilerplate_module._compiled(patterns).fullmatch(line) is not None)  # noqa: SLF001
