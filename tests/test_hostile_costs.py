"""What hostile input costs, held by structure, not by a clock.

``bench/scaling.py`` shows time and memory per MB; these tests pin the reasons the
costs stay down: quotation marks are paired where there are marks and only once a
cue asks, the words of an article are read in bounded blocks, and a window that ends
where a word ends is sliced from the index, not read again.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from types import ModuleType
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import noticiaparse
from noticiaparse._extract import quotes as quotes_module
from noticiaparse._reading import Token, index_tokens, read_article, tokenize
from noticiaparse._reading import quotations as quotations_module
from noticiaparse._reading import tokens as tokens_module
from noticiaparse._text import marks as marks_module
from noticiaparse._text.span import Span


def _counted(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> list[int]:
    """Count the calls of ``module.name`` (as the module itself sees the name)."""
    calls: list[int] = []
    original: Callable[..., Any] = getattr(module, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


@pytest.mark.parametrize(
    "text",
    [
        "a\n" * 2_000,
        "Llegó el ministro.\nHabló con la prensa.\n" * 200,
        "El alza fue de $1-$2 en marzo.\n" * 200,
    ],
    ids=["short-lines", "plain-paragraphs", "dash-ranges"],
)
def test_paragraphs_without_marks_are_never_paired(
    monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    # the reading, the quotes reader and the dates reader all pair through the one pairer
    pairings = [
        _counted(monkeypatch, quotations_module, "pair_marks"),
        _counted(monkeypatch, quotes_module, "pair_marks"),
        _counted(monkeypatch, marks_module, "pair_marks"),
    ]
    noticiaparse.parse(text)
    assert [0, 0, 0] == [len(calls) for calls in pairings]


@pytest.mark.parametrize(
    ("unit", "expected"),
    [
        ("«Sí», dijo Juan Pérez. ", 0),  # the words before each quotation hold no cue
        ('"a" ', 0),  # a cue-less run of quoted words
        ("Ana dijo: «no» y «sí». ", 0),  # a cue, but no mark between it and the quotation
        ('Con un "…" dijo Ana: «sí». ', 1),  # marks (no quotation) before the cue: paired once
    ],
    ids=["said-guillemets", "quoted-words", "cue-no-mark", "mark-before-cue"],
)
def test_the_quotes_reader_pairs_a_window_only_when_a_cue_asks(
    monkeypatch: pytest.MonkeyPatch, unit: str, expected: int
) -> None:
    calls = _counted(monkeypatch, quotes_module, "pair_marks")
    noticiaparse.parse_quotes(unit.strip())
    assert expected == len(calls)
    calls.clear()
    noticiaparse.parse_quotes(unit * 300)
    assert expected * 300 >= len(calls)


@given(st.text(alphabet="ab AÉ.-'’&\n1Σ$,«\u0301", max_size=160), st.integers(1, 12))
def test_words_read_in_blocks_are_the_words_read_at_once(text: str, block: int) -> None:
    whole = tokenize(text, 0, len(text))
    original = tokens_module.SCAN_BLOCK
    tokens_module.SCAN_BLOCK = block
    try:
        assert whole == tokenize(text, 0, len(text))
    finally:
        tokens_module.SCAN_BLOCK = original


def test_a_window_that_ends_at_a_word_is_sliced_not_read_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = "Lo dijo Juan Pérez. Lo negó la S.A.. Y el ex-."
    index = index_tokens(text, [Span(0, len(text))])
    reads = _counted(monkeypatch, tokens_module, "tokenize")
    window = index.window(0, text.index("."))  # before the full stop of "Pérez."
    assert ["Lo", "dijo", "Juan", "Pérez"] == [t.text for t in window]
    assert [] == reads
    # a cut inside what the word keeps is read afresh, as tokenize reads it
    cut = text.index("Pérez") + 3
    assert tokenize(text, 0, cut) == index.window(0, cut)
    assert [1] == reads


def _reachable(root: object, limit: int = 200_000) -> list[object]:
    """Every object reachable from ``root`` through the garbage collector's references."""
    seen = {id(root)}
    todo = [root]
    out: list[object] = []
    while todo and len(out) < limit:
        item = todo.pop()
        out.append(item)
        for ref in gc.get_referents(item):
            if id(ref) not in seen and not isinstance(ref, type | ModuleType):
                seen.add(id(ref))
                todo.append(ref)
    return out


def test_a_long_reading_holds_its_words_as_columns_not_token_objects(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the word index is the largest thing a parse holds: a token object with its two
    # offsets costs three times what the columns do, so past TOKEN_OBJECTS characters
    # no token outlives a window
    text = "El vocero Marcelo Díaz dijo que no.\nLuego Díaz afirmó «basta», según La Tercera.\n"
    short = read_article(text, [Span(0, len(text))])
    assert (14, None) == (len(short.index.tokens or ()), short.index.columns)
    as_objects = read_article(text * 20, [Span(0, len(text) * 20)])
    monkeypatch.setattr(tokens_module, "TOKEN_OBJECTS", len(text) * 10)
    reading = read_article(text * 20, [Span(0, len(text) * 20)])
    assert [] == [obj for obj in _reachable(reading) if isinstance(obj, Token)]
    assert reading.index.columns is not None
    assert 14 * 20 == len(reading.index.columns.texts)
    assert "Díaz" == reading.index.window(10, 22)[-1].text
    assert (as_objects.attributions, as_objects.cast) == (reading.attributions, reading.cast)


@pytest.mark.parametrize(
    "text",
    ['"' * 3_000, "«»" * 1_500, '"" ' * 1_000, "“ ” " * 1_000],
    ids=["straight-marks", "guillemet-pairs", "empty-quotes", "spaced-marks"],
)
def test_a_run_of_bare_marks_keeps_no_pair(text: str) -> None:
    # a pair quoting no word is never kept: it would cost an object every two marks
    found = marks_module.pair_marks(text, 0, len(text), worded=True)
    assert ([], 0) == (found.pairs, found.first_open)
    assert [] == marks_module.quoted_spans(text, 0, len(text))
    assert () == noticiaparse.parse_quotes(text)


def test_an_empty_pair_still_counts_as_an_opening_before_a_lost_one() -> None:
    # "…pasó”, comenta Valdivia": the closing mark lost its opening one only when no
    # quotation opens before it in the paragraph, an empty one included
    lost = "Esto ya me pasó antes con todo”, comenta Valdivia."
    assert ["Esto ya me pasó antes con todo"] == [q.text for q in noticiaparse.parse_quotes(lost)]
    assert () == noticiaparse.parse_quotes('Dijo "" que esto ya me pasó antes”, comenta Valdivia.')


def test_a_paragraph_past_the_scan_block_keeps_its_words_as_tokens(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # its readers take the paragraph's tokens as one list: columns would only add to them
    monkeypatch.setattr(tokens_module, "TOKEN_OBJECTS", 100)
    monkeypatch.setattr(tokens_module, "SCAN_BLOCK", 300)
    line = "Dijo el ministro que no. " * 20
    long_paragraph = index_tokens(line, [Span(0, len(line))])
    short_paragraphs = index_tokens(line, [Span(0, 250), Span(250, len(line))])
    assert long_paragraph.columns is None
    assert short_paragraphs.tokens is None
    assert long_paragraph.window(0, len(line)) == short_paragraphs.window(0, len(line))


@pytest.mark.parametrize(
    "text",
    [
        "«Sí», dijo Juan Pérez. " * 200,
        '"a" ' * 500,
        "—Sí —dijo Ana—.\n" * 200,
        "El alza fue de $1-$2 en marzo; el 12 de mayo, ayer.\n" * 100,
    ],
    ids=["said-guillemets", "quoted-words", "dash-dialogue", "money-and-dates"],
)
def test_a_parse_leaves_no_cycles_for_the_paused_collector(text: str) -> None:
    # the cycle collector is paused while a text is parsed (it would walk the words and
    # quotations again and again as they pile up): a parse must free all it builds by
    # reference counts alone, so nothing is left for the collector to find after it
    gc.collect()
    was = gc.isenabled()
    gc.disable()
    try:
        noticiaparse.parse(text, country="CL")
        noticiaparse.parse_quotes(text)
        noticiaparse.parse_sources(text)
        noticiaparse.parse_money(text)
        noticiaparse.parse_dates(text)
        noticiaparse.parse_layout(text)
        assert 0 == gc.collect()
    finally:
        if was:
            gc.enable()


def test_the_collector_is_paused_during_a_parse_and_resumed_after(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from noticiaparse._extract import money as money_module  # noqa: PLC0415

    seen: list[bool] = []
    original = money_module.find_money

    def spying(*args: Any, **kwargs: Any) -> Any:
        seen.append(gc.isenabled())
        return original(*args, **kwargs)

    monkeypatch.setattr("noticiaparse._pipeline.find_money", spying)
    assert gc.isenabled()
    noticiaparse.parse("Costó $5 millones.")
    assert ([False], True) == (seen, gc.isenabled())
    # a caller that paused it keeps it paused
    gc.disable()
    try:
        noticiaparse.parse_money("Costó $5 millones.")
        noticiaparse.parse("Costó $5 millones.")
        assert not gc.isenabled()
    finally:
        gc.enable()
    assert [False, False, False] == seen


@given(st.text(alphabet=" ,\n\ta—»", max_size=30), st.integers(0, 40))
def test_a_comma_before_a_cue_is_read_back_not_copied(text: str, pos: int) -> None:
    # what the closing-incise check read as text[:pos].rstrip().endswith(","), a copy
    # of the page up to every cue (quadratic on a page of dialogue)
    pos = min(pos, len(text))
    comma_before = quotes_module._comma_before  # noqa: SLF001 - the helper itself
    assert text[:pos].rstrip().endswith(",") == comma_before(text, pos)


@pytest.mark.parametrize(
    ("opens", "closes"),
    [([3, 10, 40], [8, 30, 45]), ([10, 3, 40, 10], [30, 8, 45, 12]), ([], [])],
    ids=["in-order", "out-of-order", "none"],
)
def test_quoted_spans_are_columns_that_answer_as_the_spans_did(
    opens: list[int], closes: list[int]
) -> None:
    quoted = quotes_module._QuotedSpans.of(list(opens), list(closes))  # noqa: SLF001
    spans = sorted(zip(opens, closes, strict=True))
    for pos in range(50):
        assert any(lo <= pos < hi for lo, hi in spans) == quoted.holds(pos)
    assert all(isinstance(x, int) for x in quoted.starts)


def test_the_multi_word_cue_pattern_is_tried_only_before_a_cue_s_second_word(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from noticiaparse._reading import attributions as attributions_module  # noqa: PLC0415

    tried: list[int] = []
    pattern = attributions_module._multi_cue()  # noqa: SLF001

    class Counted:
        def match(self, *args: Any) -> Any:
            tried.append(1)
            return pattern.match(*args)

    monkeypatch.setattr(attributions_module, "_multi_cue", Counted)
    text = "La casa de la familia está en el centro, a la vuelta de todo. " * 50
    assert () == noticiaparse.parse_sources(text)
    assert [] == tried
    said = "De acuerdo con la Fiscalía, el caso sigue abierto."
    assert ["Fiscalía"] == [s.name for s in noticiaparse.parse_sources(said)]
    assert [1] == tried


@pytest.mark.parametrize(
    ("text", "tried"),
    [
        ("Llegaron 15 personas y 20 familias.", "b"),
        ("$1-$2 $3-$4 " * 20, ""),
        ("El 10/11/2023 y el 22/04 llegaron 15 personas.", "abk"),
        ("Fue el 20 de ese mes, el 21, y el 22 y el 23 de mayo.", "bgh"),
    ],
    ids=["counts", "dash-ranges", "numeric-dates", "bare-days"],
)
def test_a_number_tries_only_the_date_shapes_that_can_go_on_after_it(
    monkeypatch: pytest.MonkeyPatch, text: str, tried: str
) -> None:
    # each shape is compiled when first tried: a page of counts and amounts never
    # builds the numeric-date and bare-day shapes
    from noticiaparse._extract import dates as dates_module  # noqa: PLC0415

    shapes = dates_module._shapes()  # noqa: SLF001
    names: set[str] = set()
    original = dates_module._shape  # noqa: SLF001

    def shape(index: int) -> Any:
        names.add(shapes[index][1][4])
        return original(index)

    monkeypatch.setattr(dates_module, "_shape", shape)
    noticiaparse.parse_dates(text)
    assert tried == "".join(sorted(name for name in names if name in "abghk"))


def test_the_scaling_benchmark_measures_news_as_article_text() -> None:
    # news is what the hostile kinds are compared with: a repeated page would be read as
    # one article and furniture (a page scraped twice), far cheaper than article text
    import importlib.util  # noqa: PLC0415
    from pathlib import Path  # noqa: PLC0415

    path = Path(__file__).parent.parent / "bench" / "scaling.py"
    spec = importlib.util.spec_from_file_location("scaling_news", path)
    assert spec is not None
    assert spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    text = bench.build("seed", 40_000)
    assert 40_000 == len(text)
    body = sum(p.end - p.start for p in noticiaparse.parse(text).body)
    assert body > 0.9 * len(text)
