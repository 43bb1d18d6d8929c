"""What hostile input costs, held by structure, not by a clock.

``bench/scaling.py`` shows time and memory per MB; these tests pin the reasons the
costs stay down: quotation marks are paired where there are marks and only once a
cue asks, the words of an article are read in bounded blocks, and a window that ends
where a word ends is sliced from the index, not read again.
"""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable
from types import ModuleType
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import noticiaparse
from noticiaparse._extract import (
    quote_before,
    quote_echoes,
    quote_openings,
    quote_said,
    source_channels,
    source_cues,
    source_ledger,
    source_rulings,
    source_search,
    source_sites,
    source_variants,
)
from noticiaparse._extract import quotes as quotes_module
from noticiaparse._reading import Token, index_tokens, read_article, tokenize
from noticiaparse._reading import quotations as quotations_module
from noticiaparse._reading import tokens as tokens_module
from noticiaparse._text import marks as marks_module
from noticiaparse._text.span import Span
from noticiaparse._text.spine import build_spine


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
        _counted(monkeypatch, quote_before, "pair_marks"),
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
    calls = _counted(monkeypatch, quote_before, "pair_marks")
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
    # a cut inside what the word keeps is read as tokenize reads it: a first part ending
    # in a letter is built in place, one ending in a full stop read afresh
    cut = text.index("Pérez") + 3
    assert tokenize(text, 0, cut) == index.window(0, cut)
    assert [] == reads
    cut = text.index("S.A.") + 2
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
    readers = (
        functools.partial(noticiaparse.parse, country="CL"),
        noticiaparse.parse_quotes,
        noticiaparse.parse_sources,
        noticiaparse.parse_money,
        noticiaparse.parse_dates,
        noticiaparse.parse_layout,
    )
    for read in readers:  # a first parse loads lexicons and compiles patterns, once
        read(text)
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
    quoted = quote_said.QuotedSpans.of(list(opens), list(closes))
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
        ("Llegaron 15 personas y 20 familias.", ""),
        ("$1-$2 $3-$4 " * 20, ""),
        ("El 10/11/2023 y el 22/04 llegaron 15 personas.", "ak"),
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("$1-$2 " * 50 + "$3", [("$1", "1"), ("$2", "2")] * 50 + [("$3", "3")]),
        ("Costó $1-$2 $3-$4 €5", [("$1", "1"), ("$2", "2"), ("$3", "3"), ("$4", "4"),
                                  ("€5", "5")]),
    ],
    ids=["hostile-run", "spaced-signs"],
)  # fmt: skip
def test_a_range_of_bare_signed_amounts_skips_the_general_reader(
    monkeypatch: pytest.MonkeyPatch, text: str, expected: list[tuple[str, str]]
) -> None:
    # "$1-$2": a sign and digits, a dash, a sign and digits nothing extends; the general
    # reader (some thirty calls an amount) would read the same two amounts
    from noticiaparse._extract import money as money_module  # noqa: PLC0415

    calls = _counted(monkeypatch, money_module, "_amount")
    found = noticiaparse.parse_money(text, country="CL")
    assert expected == [(m.raw, str(m.amount)) for m in found]
    assert [] == calls


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Subió de $1-$2 millones.", [("$1", "1000000"), ("$2 millones", "2000000")]),
        ("Costó $1-$2 mil pesos", [("$1", "1000"), ("$2 mil pesos", "2000")]),
        ("Entre $1-$2,5.", [("$1", "1"), ("$2,5", "2.5")]),
        ("Fue $1-$2 US$3", [("$1", "1"), ("$2", "2"), ("US$3", "3")]),
        ("Pagó $15-$20 y luego €3–€4.", [("$15", "15"), ("$20", "20"), ("€3", "3"), ("€4", "4")]),
    ],
    ids=["scale-after", "scale-and-currency", "decimals", "code-after-space", "prose"],
)
def test_a_range_whose_last_end_goes_on_is_read_whole(
    text: str, expected: list[tuple[str, str]]
) -> None:
    found = noticiaparse.parse_money(text, country="CL")
    assert expected == [(m.raw, str(m.amount)) for m in found]


def test_a_line_without_a_digit_or_a_date_word_is_not_read_for_dates(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # one search a region: a page of short lines read no region for dates
    from noticiaparse._extract import dates as dates_module  # noqa: PLC0415

    calls = _counted(monkeypatch, dates_module, "_find_in_region")
    assert () == noticiaparse.parse("a\n" * 2_000, reference_date=None).dates
    assert [] == calls
    text = "Hola.\nLlegó el lunes.\nNada.\nEl 12 de mayo.\nAbr. 2020 fue duro.\nY dos de junio.\n"
    regions = [Span(m, m + len(line)) for m, line in _lines(text)]
    found = dates_module.find_dates(build_spine(text), regions, None)
    assert ["el lunes", "12 de mayo", "Abr. 2020", "dos de junio"] == [d.raw for d in found]
    assert 4 == len(calls)  # the lines with a date, and only those


def test_a_region_that_names_nobody_is_one_shared_reading() -> None:
    # no capitalised word, no name: no lists or objects of its own for the cast
    from noticiaparse._reading import cast as cast_module  # noqa: PLC0415

    names = [cast_module._region_names(t, tokenize(t, 0, len(t)), lambda _: False)  # noqa: SLF001
             for t in ("a", "dijo que no", "el 5 de mayo")]  # fmt: skip
    assert all(n is cast_module._NO_NAMES for n in names)  # noqa: SLF001
    found = cast_module._region_names(  # noqa: SLF001
        "dijo Ana Pérez", tokenize("dijo Ana Pérez", 0, 14), lambda _: False
    )
    assert [("Ana Pérez", Span(5, 14))] == list(found.people)


def test_only_regions_with_a_cue_s_first_word_are_read_for_attributions(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from noticiaparse._reading import attributions as attributions_module  # noqa: PLC0415

    said = _counted(monkeypatch, attributions_module, "_region_attributions")
    lines = _counted(monkeypatch, attributions_module, "_credit_lines")
    text = "o\nx y z\nLlegó el ministro.\nFuente: INE.\n"
    regions = [Span(m, m + len(line)) for m, line in _lines(text)]
    found = attributions_module.read_attributions(text, regions)
    assert ["fuente"] == [a.cue for a in found.found]
    assert 1 == len(lines)  # the one region that holds "Fuente"
    assert len(said) < len(regions)


def _lines(text: str) -> list[tuple[int, str]]:
    out, at = [], 0
    for line in text.split("\n"):
        if line:
            out.append((at, line))
        at += len(line) + 1
    return out


def test_regions_without_a_currency_or_a_bracket_are_passed_over(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # money: one search for a currency cue a region; sources: a dateline only where its
    # bracket can stand
    from noticiaparse._extract import money as money_module  # noqa: PLC0415

    groups = _counted(monkeypatch, money_module, "_groups")
    article = noticiaparse.parse("a\n" * 500 + "Costó $5.\n" + "SANTIAGO (EFE) — Llegó.\n")
    assert ["$5"] == [m.raw for m in article.money]
    assert 1 == len(groups)
    text = "a\nb\n(EFE) — Ana dijo que sí.\n"
    regions = [Span(m, m + len(line)) for m, line in _lines(text)]
    assert {"efe"} == source_sites.site_names(text, regions)
    far = "x\n" + "A" * 40 + " (EFE) — Ana dijo que sí."  # 41 before the bracket
    near = "x\n" + "A" * 39 + " (EFE) — Ana dijo que sí."
    assert frozenset() == source_sites.site_names(far, [Span(0, 1), Span(2, len(far))])
    assert {"efe"} == source_sites.site_names(near, [Span(0, 1), Span(2, len(near))])


@pytest.mark.parametrize(
    "line",
    ["—Sí —dijo Ana—.", "—¿Vienes? —preguntó el técnico.", "― No lo sé ―respondió Luis―.",
     "—Ya veremos —comentó—, pero no hoy."],
    ids=["said", "question", "horizontal-bar", "incise-then-speech"],
)  # fmt: skip
def test_a_turn_of_dialogue_is_text_and_never_read_as_a_byline(
    monkeypatch: pytest.MonkeyPatch, line: str
) -> None:
    from noticiaparse._layout import page as page_module  # noqa: PLC0415

    bylines = _counted(monkeypatch, page_module, "read_byline")
    assert page_module._classify(line) is page_module._TEXT  # noqa: SLF001
    assert [] == bylines


@pytest.mark.parametrize(
    "line",
    ["— Ana Soto (@asoto) 4 de mayo de 2022", "— Ana Soto — EFE"],
    ids=["post-signature", "no-lower-case-incise"],
)
def test_a_dash_line_without_an_incise_is_still_read_for_furniture(line: str) -> None:
    from noticiaparse._layout import page as page_module  # noqa: PLC0415

    assert page_module._classify(line) is not page_module._TEXT  # noqa: SLF001


@given(st.text(alphabet="ab .\n", max_size=14))
def test_a_line_too_short_for_a_sentence_is_told_by_its_length(text: str) -> None:
    # sentence_line checks the length before it counts words (a page of short lines
    # asks for every line): the answer is the one the word count gives
    from noticiaparse._layout import lines as lines_module  # noqa: PLC0415

    line = lines_module.Line(0, len(text), 0, text)
    words = len(text.split())
    full = words >= lines_module._LONG_LINE_WORDS or (  # noqa: SLF001
        words >= lines_module._SENTENCE_WORDS and lines_module.closed(text)  # noqa: SLF001
    )
    assert full == lines_module.sentence_line(line)


def test_a_text_said_or_named_again_is_kept_once() -> None:
    # a page of quotations holds each quotation's and each mention's text once
    text = "«Sí», dijo Juan Pérez. " * 50
    quotes = noticiaparse.parse_quotes(text)
    assert 50 == len(quotes)
    assert 1 == len({id(q.text) for q in quotes})
    (source,) = noticiaparse.parse_sources(text)
    assert 50 == len(source.mentions)
    assert 1 == len({id(m.text) for m in source.mentions})
    assert ["Juan Pérez"] == sorted({m.text for m in source.mentions})


def test_a_page_without_marks_dashes_or_turns_is_not_read_for_quotations(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    marks = _counted(monkeypatch, quotations_module, "has_mark")
    regions = [Span(2 * k, 2 * k + 1) for k in range(500)]
    assert () == quotations_module.find_quotations("a\n" * 500, regions)
    assert 1 == len(marks)  # one scan of the page, none a paragraph
    text = "a\n" * 3 + "Dijo «sí».\n" + "—No —dijo Ana—.\n"
    found = quotations_module.find_quotations(text, [Span(0, 1), Span(6, 16), Span(17, 32)])
    assert ["sí", "No"] == [text[q.start : q.end] for q in found]


def test_a_page_without_a_dash_a_label_letter_or_a_colon_has_no_turn_to_look_for(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tried: list[int] = []
    opener = quotations_module._TURN_OPENER  # noqa: SLF001

    class Counted:
        def match(self, *args: Any) -> Any:
            tried.append(1)
            return opener.match(*args)

    monkeypatch.setattr(quotations_module, "_TURN_OPENER", Counted())
    text = "a\n" * 300
    regions = [Span(2 * k, 2 * k + 1) for k in range(300)]
    assert {} == quotations_module._interview_turns(text, regions)  # noqa: SLF001
    assert [] == tried
    interview = "—¿Vino usted?\n—Sí, ayer.\n—¿Y hoy?\n—También.\n"
    regions = [Span(m, m + len(line)) for m, line in _lines(interview)]
    turns = quotations_module._interview_turns(interview, regions)  # noqa: SLF001
    assert 4 == len(turns)
    assert 4 == len(tried)


_CUE_TEXT = st.lists(
    st.sampled_from(
        [
            "según",
            "Según",
            "de acuerdo con",
            "De acuerdo a",
            "conforme",
            "conforme al",
            "en palabras",
            "palabras",
            "emitió",
            "un",
            "comunicado",
            "informe",
            "informes",
            "datos",
            "cifras",
            "anual",
            "oficiales",
            "de",
            "del",
            "DEL",
            "la",
            "las",
            "el",
            "Banco",
            "Central",
            "ministro",
            "x" * 40,
            " ",
            "  ",
            "\t",
            " " * 40,
            ",",
            ".",
            "\n",
            ":",
            "«",
            "3",
            "$",
            "",
        ]
    ),
    max_size=30,
).map(" ".join)


@given(_CUE_TEXT)
def test_a_cue_pattern_matched_up_to_its_reach_is_the_same_match(text: str) -> None:
    # the regex library looks a pattern's literal words up to the end of what it is
    # given: the cue patterns are matched only up to where a cue can reach, and that
    # must never change a match
    from noticiaparse._extract import source_documents as documents_module  # noqa: PLC0415

    patterns = [
        source_cues._issue_cue(),  # noqa: SLF001
        source_cues._fused_cue(),  # noqa: SLF001
        source_cues._FUSED_AL,  # noqa: SLF001
        source_cues._maker_cue(),  # noqa: SLF001
        documents_module._conformity_cue(),  # noqa: SLF001
    ]
    for at in range(len(text) + 1):
        end = documents_module.cue_reach(text, at)
        for pattern in patterns:
            whole, bounded = pattern.match(text, at), pattern.match(text, at, end)
            assert (whole and whole.regs) == (bounded and bounded.regs), (pattern, at)


@pytest.mark.parametrize(
    "frame",
    ["En un comunicado, ", "Según fuentes, ", "De acuerdo con el informe, "],
    ids=["statement-frames", "source-frames", "report-frames"],
)
def test_a_repeated_frame_gives_each_cue_pattern_a_bounded_stretch(
    monkeypatch: pytest.MonkeyPatch, frame: str
) -> None:
    # each cue is matched within the few words after it, never up to the end of the
    # text: a text of the same frame over and over costs in proportion to its length
    from noticiaparse._extract import source_documents as documents_module  # noqa: PLC0415

    stretches: list[int] = []
    original = documents_module.cue_reach

    def reach(text: str, at: int) -> int:
        end = original(text, at)
        stretches.append(end - at)
        return end

    monkeypatch.setattr(documents_module, "cue_reach", reach)
    monkeypatch.setattr(source_channels, "cue_reach", reach)
    monkeypatch.setattr(source_search, "cue_reach", reach)
    noticiaparse.parse(frame * 400, country="CL")
    assert 400 <= len(stretches) <= 400 * 4
    assert max(stretches) <= 2 * len(frame)


def _site_prefix_read_from_every_bar(text: str) -> int | None:
    """The title's length as first written: each bar's head and tail read again."""
    from noticiaparse._layout import top as top_module  # noqa: PLC0415

    for cut in top_module._SITE.finditer(text):  # noqa: SLF001
        head = text[: cut.start()].strip()
        if len(head.split()) <= top_module._KICKER_WORDS:  # noqa: SLF001
            continue
        parts = top_module._SITE.split(text[cut.end() :])  # noqa: SLF001
        if all(top_module._site_part(part.strip()) for part in parts):  # noqa: SLF001
            return cut.start()
    return None


@given(
    st.lists(
        st.sampled_from(
            [
                "El ",
                "País ",
                "lunes ",
                " | ",
                " — ",
                " - ",
                " :: ",
                "x.cl",
                "12 ",
                ", ",
                "?",
                "La Tercera",
                "  ",
                "a",
                "—",
                "\n",
                "Ñandú",
            ]
        ),
        max_size=25,
    ).map("".join)
)
def test_a_title_s_site_is_found_reading_each_part_once(text: str) -> None:
    from noticiaparse._layout import top as top_module  # noqa: PLC0415

    assert _site_prefix_read_from_every_bar(text) == top_module._site_prefix(text)  # noqa: SLF001


def test_a_line_of_bars_reads_each_part_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from noticiaparse._layout import top as top_module  # noqa: PLC0415

    calls = _counted(monkeypatch, top_module, "_site_part")
    line = "Un título de portada en varias palabras" + " — Sitio" * 2_000
    assert 39 == top_module._site_prefix(line)  # noqa: SLF001
    assert len(calls) <= 2_000
    calls.clear()
    assert top_module._site_prefix("— " * 2_000) is None  # noqa: SLF001
    assert len(calls) <= 2_000


#: Texts of statement channel frames, their pieces and near misses, in any case.
_FRAME_TEXT = st.lists(
    st.sampled_from(
        [
            "en un comunicado,",
            "En su nueva declaración pública emitida ayer,",
            "EN LA CARTA,",
            "A través de sus redes sociales,",
            "a  través\tde la cuenta,",
            "mediante un video,",
            "Mediante una nota",
            "por medio de la columna,",
            "Por  medio  de su discurso,",
            "tienen la nota,",
            "en",
            "a",
            "través",
            "por",
            "medio",
            "la",
            "comunicado",
            ",",
            ".",
            "\n",
            "«",
            "\t",
        ]
    ),
    max_size=12,
).map(" ".join)


@given(_FRAME_TEXT)
def test_a_channel_frame_found_from_its_first_words_is_every_match_of_the_scan(
    text: str,
) -> None:
    # the frames ("En un comunicado, ") are matched only where their first words stand,
    # found by string search in the lower case: the same matches as the pattern's scan

    scanned = [m.regs for m in source_channels._channel_frame().finditer(text)]  # noqa: SLF001
    gated = source_channels._channel_frames(text, source_search.lowered(text))  # noqa: SLF001
    assert [m.regs for m in gated] == scanned


@given(
    st.text(alphabet="ab AÉ.-'’&\n1Σ$,«\u0301", max_size=80),
    st.integers(0, 80),
    st.integers(0, 80),
    st.integers(1, 12),
)
def test_a_window_s_first_word_read_alone_is_its_first_token(
    text: str, start: int, end: int, block: int
) -> None:
    # a reader asks a window's first word before reading all of its words: the same
    # word, in blocks of any size too
    from noticiaparse._reading.tokens import first_low  # noqa: PLC0415

    original = tokens_module.SCAN_BLOCK
    tokens_module.SCAN_BLOCK = block
    try:
        tokens = tokenize(text, start, end)
        assert first_low(text, start, end) == (tokens[0].low if tokens else None)
    finally:
        tokens_module.SCAN_BLOCK = original


@given(
    st.text(alphabet="ab AÉ.-'’&+/\n1½Σ$,«\u0301", max_size=120),
    st.integers(0, 120),
    st.integers(0, 120),
)
def test_a_window_that_cuts_a_word_at_its_start_reads_the_rest_as_tokenize_does(
    text: str, lo: int, hi: int
) -> None:
    # the rest of a cut word is built as one token, not read again: the same words
    index = index_tokens(text, [Span(0, len(text))])
    assert tokenize(text, lo, hi) == index.window(lo, hi)


#: Texts of requests for anonymity, their pieces and near misses.
_ANONYMITY_TEXT = st.lists(
    st.sampled_from(
        [
            "Un vocero, que pidió reserva, dijo",
            "una fuente que pidió no ser identificada afirmó",
            "un asesor  que\thabló bajo condición de anonimato para no ser despedido, contó",
            "que pidió reserva",
            "porque pidió reserva",
            "que",
            ",",
            " ",
            "\t",
            "pidió",
            "reserva",
            "Ana",
        ]
    ),
    max_size=12,
).map("".join)


@given(_ANONYMITY_TEXT)
def test_a_request_for_anonymity_found_from_its_que_is_every_match_of_the_scan(
    text: str,
) -> None:
    from noticiaparse._extract import source_statements as statements  # noqa: PLC0415

    scanned = [m.regs for m in statements._ANONYMITY.finditer(text)]  # noqa: SLF001
    assert [m.regs for m in statements._anonymity_matches(text)] == scanned  # noqa: SLF001


@pytest.mark.parametrize(
    "unit",
    [
        "«Sí», dijo. ",  # no one named: every speaker reader looks at the sentence before
        "Los vecinos cortaron la ruta. «No», dijeron. ",
        "La vocera del gremio habló. «Hay que ver», advirtió. ",
    ],
    ids=["said-unnamed", "group-before", "role-before"],
)
def test_the_sentence_before_a_quotation_is_split_once_not_once_a_reader(
    monkeypatch: pytest.MonkeyPatch, unit: str
) -> None:
    # the speakers are read after the word index is let go: the opening phrase, the
    # main clause and a noun of speech of the sentence before share one split of it
    calls = _counted(monkeypatch, tokens_module, "tokenize")
    noticiaparse.parse(unit * 40)
    assert len(calls) <= 40
    # and the memo of that sentence keeps no text once the parse is done
    memos = [quote_openings.sentence_before, quote_openings.opening_subject]
    assert [memo.cache_info().currsize for memo in memos] == [0, 0]


_POINTER_TEXT = st.lists(
    st.sampled_from(["así", " de est", " en estos ", "a", "s", "í", " ", "de", "est", "os", "«"]),
    max_size=16,
).map("".join)


@given(_POINTER_TEXT)
def test_the_words_pointing_back_found_by_string_search_are_every_place_of_the_scan(
    text: str,
) -> None:
    # "así", "de esta manera", "en estos términos": found by string search, overlapping
    # ones too, where a lookahead tried at every character found them
    import regex  # noqa: PLC0415

    scan = [(m.start(), m.end(1)) for m in regex.finditer(r"(?=(así| de est| en estos ))", text)]
    pointers = quote_echoes.Pointers(text)
    starts, ends = [start for start, _ in scan], [end for _, end in scan]
    for k in range(len(ends) - 2, -1, -1):
        ends[k] = min(ends[k], ends[k + 1])
    assert (list(pointers._starts), list(pointers._ends)) == (starts, ends)  # noqa: SLF001


_NAME_TEXT = st.lists(
    st.sampled_from(["Ana", "Rojas", "Luis", "Pérez", "O'Neil", "de", "Esta", " ", "\t", ",", "-"]),
    max_size=14,
).map(" ".join)


@given(_NAME_TEXT, st.lists(st.sampled_from(["Rojas", "Pérez", "Ana", "O'Neil", ",", ""])))
def test_the_names_written_read_around_a_word_are_those_of_the_whole_text(
    text: str, asked: list[str]
) -> None:
    # a person's fuller name as written is read only in the stretches that hold the word
    # asked for (past a few words, the whole text at once): the same names, in order

    whole: dict[str, list[list[str]]] = {}
    for words in source_variants._written_names(text):  # noqa: SLF001
        for word in set(words):
            whole.setdefault(word, []).append(words)
    written = source_variants._WrittenNames(text)  # noqa: SLF001
    assert [written.get(word) for word in asked] == [whole.get(word, []) for word in asked]


_LEAD_TEXT = st.lists(
    st.sampled_from(
        [
            *("según", "Según", "publicado", "publicados por", "declaraciones a"),
            *("declaracioneſ a", "nota de", "informado", "reporte del", "reportaje"),
            *("El", "x", " ", "\t", ","),
        ]
    ),
    max_size=12,
).map("".join)


@given(_LEAD_TEXT)
def test_an_outlet_lead_searched_by_its_first_characters_is_where_its_first_word_is(
    text: str,
) -> None:
    # the leads' first words are searched for by their first seven characters (one search
    # for "publicada", "publicados"…), and tried only where a whole first word stands
    from noticiaparse._extract import source_outlets as outlets  # noqa: PLC0415
    from noticiaparse._text.gates import matches_at, word_starts  # noqa: PLC0415

    low = text.lower()
    pattern = outlets._lead_pattern()  # noqa: SLF001
    starts = word_starts(low, outlets._first_words())  # noqa: SLF001
    whole = matches_at(pattern, text, starts, lambda at: at == 0 or not text[at - 1].isalnum())
    gated = outlets._gated(low, pattern, text)  # noqa: SLF001
    assert [m.regs for m in gated] == [m.regs for m in whole]


def test_the_only_ascii_decimal_digits_are_0_to_9() -> None:
    """``has_digit`` reads an ASCII line with a set of 0-9: rightly, for every character."""
    import regex  # noqa: PLC0415

    digit = regex.compile(r"\d")
    assert [chr(c) for c in range(128) if digit.match(chr(c))] == list("0123456789")


@given(st.text(max_size=40))
def test_has_digit_answers_as_the_digit_search(text: str) -> None:
    import regex  # noqa: PLC0415

    from noticiaparse._text.gates import has_digit  # noqa: PLC0415

    assert has_digit(text) is (regex.search(r"\d", text) is not None)


@pytest.mark.parametrize(
    "line",
    [
        "Con otra mirada, por Ana Soto",
        "Bitácora | Por Luis Gil",
        "Desde la orilla - por Ana Soto //",
        "Sin marca alguna por Ana Soto",
        "Vecinos piden más luz en la plaza",
    ],
)
def test_a_line_without_a_column_mark_skips_the_column_search(line: str) -> None:
    """:func:`_column_byline`'s cheap test finds a mark in every line its search cuts."""
    from noticiaparse._layout import byline  # noqa: PLC0415

    cut = byline._COLUMN_CUT.search(line) is not None  # noqa: SLF001
    assert cut is any(mark in line for mark in ",-|/–—")
    assert (byline._column_byline(line) is not None) is cut  # noqa: SLF001


@given(st.text(alphabet="0123456789-/. a٣", max_size=12))
def test_one_scan_for_a_year_or_digits_apart_finds_what_two_did(text: str) -> None:
    from noticiaparse._layout import published  # noqa: PLC0415

    two = (
        published._YEAR.search(text) is not None  # noqa: SLF001
        or published._NUMERIC.search(text) is not None  # noqa: SLF001
    )
    assert (published._YEAR_OR_NUMERIC.search(text) is not None) is two  # noqa: SLF001


@given(
    st.lists(
        st.sampled_from(
            [
                "16",
                "2021",
                " de ",
                " ",
                "-",
                "/",
                ".",
                ",",
                "marzo",
                "mar",
                "sept",
                "martes",
                "ma",
                "rzo",
                "august",
                "dic.",
            ]
        ),
        max_size=8,
    ).map("".join)
)
def test_a_word_date_shape_matches_only_a_line_naming_a_month(text: str) -> None:
    """``_read`` tries the word shapes only on a line holding a month's name: rightly."""
    from noticiaparse._layout import published  # noqa: PLC0415

    named = any(name in text for name in published._month_names())  # noqa: SLF001
    for index in (0, 1):
        assert named or published._date_pattern(index).search(text) is None  # noqa: SLF001


def test_line_break_marks_never_open_on_a_letter() -> None:
    """``wrap._broken`` reads its patterns at a line's start only when it opens on no letter.

    Each opens on a mark or a decimal digit (``_OWN_LINE``'s "P:" and "R." are tested
    apart): no character ``regex`` reads as a digit is a letter to ``str.isalpha``, and
    none of the patterns matches a line opening with any other letter.
    """
    from array import array  # noqa: PLC0415

    import regex  # noqa: PLC0415

    from noticiaparse._layout import wrap  # noqa: PLC0415

    every = array("I", range(0x110000)).tobytes().decode("utf-32-le", "surrogatepass")
    assert not any(c.isalpha() for c in regex.findall(r"\d", every))
    names = ("_CLOSES_QUOTE", "_ASIDE", "_SPACED_ASIDE", "_BRACKETED", "_OWN_LINE")
    for name in names:
        pattern = getattr(wrap, name)
        for letter in "aZñÁßΩжあPR":
            for tail in (" x", ": x", ". x", ") y", "x"):
                if name == "_OWN_LINE" and letter in "PR" and tail[0] in ":.":
                    continue  # (read apart: an interview's "P:" and "R.")
                assert pattern.match(letter + tail) is None


_RECORD_TEXT = st.lists(
    st.sampled_from(
        [
            *("consta", "Consta", "constan", "figura", "FIGURA", "se", "Se", "ſe", "base"),
            *("lee", "leía", "puede leer", "desprende", "desprendía", "deduce", "de", "del"),
            *("en", "el acta", "x", " ", "  ", "\t", ",", "İ", "\n"),
        ]
    ),
    max_size=12,
).map("".join)


@given(_RECORD_TEXT)
def test_a_record_phrase_found_from_its_words_is_the_pattern_s_match(text: str) -> None:
    # the record phrases are matched where a first word stands, and a phrase opening on
    # "se" from its second word back to the clitic: the same matches as the scan

    low = source_search.lowered(text)
    found = source_channels._record_matches(text, low)  # noqa: SLF001
    whole = source_channels._record_cue().finditer(text)  # noqa: SLF001
    assert [m.regs for m in found] == [m.regs for m in whole]


_RULING_TEXT = st.lists(
    st.sampled_from(
        [
            *("establece", "Establece", "ESTABLECE", "resolvió", "dispone", "prevé", "xprevé"),
            *("que", " que", " ", "  ", "\t", ",", "«", "İ", "ſ", "e"),
        ]
    ),
    max_size=10,
).map("".join)


@given(_RULING_TEXT)
def test_a_que_passed_over_by_the_ruling_verbs_test_has_no_ruling_verb_before_it(
    text: str,
) -> None:
    # both readers of a verb of ruling before "que" pass over a "que" by one endswith of
    # the verbs (a space or tab before it read as before): never one the word would give
    from noticiaparse._extract import source_documents as documents  # noqa: PLC0415

    verbs = source_rulings._ruling_verbs()  # noqa: SLF001
    endings = source_rulings._ruling_endings()  # noqa: SLF001
    low = source_search.lowered(text)
    for match in source_search.QUE_AFTER.finditer(text):
        at = match.start()
        head = text[max(0, at - source_rulings._RULING_WORD) : at]  # noqa: SLF001
        verb = head.rsplit(None, 1)[-1] if head.strip() else ""
        if verb in verbs:
            assert text.endswith(endings, 0, at) or text[at - 1].isspace()
    at = text.find(" que")
    while at >= 0:
        word = documents._WORD_BEFORE.search(text, max(0, at - 24), at + 1)  # noqa: SLF001
        if word is not None and word.group(1).lower() in verbs and low is not None:
            assert low.endswith(endings, 0, at) or text[at - 1] in " \t"
        at = text.find(" que", at + 1)


@given(st.text(alphabet="ab |-—©\n\t", max_size=40))
def test_the_site_names_read_from_each_mark_are_those_of_each_line(gap: str) -> None:
    # the furniture's marked lines are found from the marks, not by reading every line

    names = set()
    for line in gap.split("\n"):
        for mark in (" | ", " - ", " — "):
            if mark in line:
                names.add(line.rsplit(mark, 1)[1].strip().lower())
    if "©" in gap or "opyright" in gap:
        names.update(source_sites._copyright_names(gap))  # noqa: SLF001
    assert source_sites._gap_names(gap) == names  # noqa: SLF001


_TRIGGER_TEXT = st.lists(
    st.sampled_from(
        [
            *("a", "1", "20", " ", "-", "/", ".", ",", "—", "ene", "dic", "de", "del", "mayo"),
            *("hoy", "lunes", "mes", "este", "dos", "ª", "ñ", "İ", "\n", "«", "(", "2020", "_"),
        ]
    ),
    max_size=14,
).map("".join)


@given(_TRIGGER_TEXT, st.integers(0, 40), st.integers(0, 40))
def test_the_one_scan_of_the_date_triggers_finds_what_the_three_scans_find(
    text: str, lo: int, hi: int
) -> None:
    # the word after a non-word character, the guarded word and the digit: one scan of
    # their alternation (its first character a class the engine skips to) for three
    from noticiaparse._extract import dates as dates_module  # noqa: PLC0415
    from noticiaparse._text.case import lower_text  # noqa: PLC0415

    low = lower_text(text)
    lo, hi = sorted((min(lo, len(low)), min(hi, len(low))))
    after_gap, guarded, digit = dates_module._trigger()  # noqa: SLF001
    three = {m.start() + 1 for m in after_gap.finditer(low, max(lo - 1, 0), hi)}
    three |= {m.start() + 1 for m in guarded.finditer(low, max(lo - 1, 0), hi)}
    three |= {m.start() for m in digit.finditer(low, lo, hi)}
    scan = dates_module._trigger_scan()  # noqa: SLF001
    assert scan is not None
    one = [m.start() for m in scan.finditer(low, max(lo - 1, 0), hi)]
    starts = {k + (low[k] not in "0123456789") for k in one} - {lo - 1}
    assert starts == three
    assert len(one) == len(set(one))


#: Words of the sources' searches, their look-alikes, marks and spaces (speedsrc18).
_SEARCHED_TEXT = st.lists(
    st.sampled_from(
        [
            *("estableció", "establecieron", "establecimiento", "resolvió", "orden", "ordenó"),
            *("emitió", "emitieron", "emite", "divulgó", "divulgación", "un", "comunicado"),
            *("Fue", "Fueron", "Fuentes", "Era", "Eran", "Es", "Son", "el", "ministro", "quien"),
            *("al", "tras", "afirmar", "en", "la", "denuncia", "denuncias", "denunció", "de"),
            *("según", "de acuerdo", "con", "consta", "testimonios", "dichos", "X"),
            *("tienen", "sus", "redes", "a través de", "por medio de", "mediante"),
            *(" ", " ", "\t", ",", "»", ".", "\n", "—"),
        ]
    ),
    max_size=24,
).map("".join)


@given(_SEARCHED_TEXT)
def test_the_sources_searches_by_shared_letters_find_what_the_words_find(text: str) -> None:
    # words sharing their first letters are searched for by them together, a tab only
    # where the page holds one: the same starts, the same matches, as each word's search
    from noticiaparse._extract import source_statements as st_module  # noqa: PLC0415

    low = text.lower()
    for pattern, firsts in (
        (source_cues._issue_cue(), source_cues._issuing_verbs()),  # noqa: SLF001
        (source_cues._fused_cue(), source_cues._fused_leads("")),  # noqa: SLF001
    ):
        gated = [m.span() for m in source_search.cue_matches(text, low, pattern, firsts)]
        starts = {k for w in firsts for k in range(len(low)) if low.startswith(w, k)}
        by_word = [m.span() for m in _gated_by(pattern, text, starts)]
        assert gated == by_word
    # the cues of conformity's first words, searched once a page for three readers
    for pattern, firsts, rest in (
        (source_cues._fused_cue(), source_cues._fused_leads(""), source_cues._unconformed_leads()),  # noqa: SLF001
        (source_cues._FUSED_AL, ("de acuerdo", "conforme"), ()),  # noqa: SLF001
    ):
        gated = [
            m.span() for m in source_search.cue_matches(text, low, pattern, rest, conformity=True)
        ]
        starts = {k for w in firsts for k in range(len(low)) if low.startswith(w, k)}
        assert gated == [m.span() for m in _gated_by(pattern, text, starts)]
    channels = [m.span() for m in source_channels._channel_frames(text, low)]  # noqa: SLF001
    assert channels == [m.span() for m in source_channels._channel_frame().finditer(text)]  # noqa: SLF001
    framed = [m.span() for m in source_channels._framed_infinitives(text)]  # noqa: SLF001
    assert framed == [m.span() for m in source_channels._FRAMED_INFINITIVE.finditer(text)]  # noqa: SLF001
    nouns = st_module._speech_nouns()  # noqa: SLF001
    assert st_module._speech_starts(low) == {  # noqa: SLF001
        k for n in nouns for k in range(len(low)) if low.startswith(f"{n} de", k)
    }
    copulas = ("Fue ", "Fueron ", "Es ", "Son ", "Era ", "Eran ")
    cleft = [m.span() for m in st_module._cleft_copulas(text)]  # noqa: SLF001
    expected = []
    for k in range(len(text)):
        before = text[max(0, k - 3) : k].rstrip(" \t")
        if text.startswith(copulas, k) and (not before or before[-1] in ".!?…\n"):
            match = st_module._CLEFT.match(text, k)  # noqa: SLF001
            if match is not None:
                expected.append(match.span())
    assert cleft == expected


def _gated_by(pattern: Any, text: str, starts: set[int]) -> list[Any]:
    """``pattern`` matched at each of ``starts`` past the match before (as finditer)."""
    out, end = [], -1
    for at in sorted(starts):
        if at >= end:
            match = pattern.match(text, at, len(text))
            if match is not None:
                end = match.end()
                out.append(match)
    return out


#: Words of the gated readers of the nineteenth round's sources pass, and what is near them.
_GATED_TEXT = st.lists(
    st.sampled_from(
        [
            *("que", "porque", "pidió", "pidieron", "accedió a hablar", "reserva", "anonimato"),
            *("no ser", "citado", "criticada", "dadas", "dado a conocer", "duramente", "por"),
            *("al", "este", "medio", "a", "la", "prensa", "en", "un", "su", "comunicado", "redes"),
            *("sociales", "nueva", "tienen", "según", "recoge", "información", "del", "diario"),
            *("entrevista", "concedida", "columna de", "El", "País", "Según", "Ana", "dijo"),
            *(" ", " ", "  ", "\t", ",", ".", "\n", "«", "ſ"),
        ]
    ),
    max_size=24,
).map("".join)


@given(_GATED_TEXT)
def test_the_sources_standard_engine_gates_keep_every_match(text: str) -> None:
    # a cheap pattern in the standard engine tried first (anonymity's "que" and verb, an
    # agent's participle before "por", an outlet's lead, a channel's frame): the same
    # matches as the readers' own patterns tried at every start they tried before
    from noticiaparse._extract import source_acts as acts_module  # noqa: PLC0415
    from noticiaparse._extract import source_outlets as outlets_module  # noqa: PLC0415
    from noticiaparse._extract import source_statements as st_module  # noqa: PLC0415

    asked = [m.span() for m in st_module._anonymity_matches(text)]  # noqa: SLF001
    assert asked == [m.span() for m in st_module._ANONYMITY.finditer(text)]  # noqa: SLF001
    agents = [m.span() for m in acts_module._agents_before_por(text)]  # noqa: SLF001
    expected = []
    at = text.find(" por ")
    while at >= 0:
        end = at + len(" por ")
        while end < len(text) and text[end] in " \t":
            end += 1
        if end < len(text) and text[end].isalpha():
            match = acts_module._AGENT_PAST.search(text, max(0, at - acts_module._AGENT_BACK), end)  # noqa: SLF001
            if match is not None:
                expected.append(match.span())
        at = text.find(" por ", at + 1)
    assert agents == expected
    low = source_search.lowered(text)
    if low is not None:
        pattern = outlets_module._lead_pattern()  # noqa: SLF001
        led = [m.span() for m in outlets_module._gated(low, pattern, text)]  # noqa: SLF001
        firsts = outlets_module._first_words()  # noqa: SLF001
        starts = {
            k
            for k in range(len(low))
            if (k == 0 or not text[k - 1].isalnum()) and low.startswith(firsts, k)
        }
        assert led == [m.span() for m in _gated_by(pattern, text, starts)]
    channels = [m.span() for m in source_channels._channel_frames(text, low)]  # noqa: SLF001
    assert channels == [m.span() for m in source_channels._channel_frame().finditer(text)]  # noqa: SLF001


#: Titles' and captions' pieces: marks the top's gated patterns open or close with, their
#: look-alikes, long runs past a credit's reach, letters past ASCII (speedlay20).
_TOP_TEXT = st.lists(
    st.sampled_from(
        [
            *("(Foto: Andina)", "(Ana Soto / EFE)", ". Archivo El Tiempo", "Imagen de archivo"),
            *(
                "Vista aérea de ",
                "archivo. ",
                "* ",
                "| ",
                "- ",
                "—",
                "10:32 ",
                "5 claves ",
                "node: ",
            ),
            *("Sube el precio ", "presupuestos ", "regional ", "ñandú ", "Ébano ", "ıi ", "ǅ"),
            *(" | Diario del Sur", " – Sitio", " :: ", " » ", "x" * 60, "(", ")", ".", "?", "…"),
            *(" ", "  ", "\n", "\t", "a", "A", "1", "٣"),
        ]
    ),
    max_size=12,
).map("".join)


@given(_TOP_TEXT)
def test_the_top_s_gated_patterns_find_what_their_scans_find(text: str) -> None:
    # a caption's credit searched in the last characters only, with a bracket or a stop
    # there; each pattern read at a line's start tried only on a line opening as it can;
    # a site's cut searched only in a line holding one of its marks; stems of long words
    # taken as their openings
    from noticiaparse._layout import top  # noqa: PLC0415
    from noticiaparse._text.fold import fold  # noqa: PLC0415

    captioned = (
        top._CAPTION_CREDIT.search(text) is not None  # noqa: SLF001
        or top._CAPTION_OPENING.match(text) is not None  # noqa: SLF001
    )
    assert top._captioned(text) == captioned  # noqa: SLF001
    never = (
        top._ITEM_MARK.match(text) is not None  # noqa: SLF001
        or top._DASH_OPENED.match(text) is not None  # noqa: SLF001
        or top._TICKER_TIME.match(text) is not None  # noqa: SLF001
        or text.endswith(top._DASHES)  # noqa: SLF001
        or (top._CAPITAL.search(text) is None and top._COUNTED_TITLE.match(text) is None)  # noqa: SLF001
        or top._LOWER_OPENING.match(text) is not None  # noqa: SLF001
        or captioned
        or top._whole_link(text)  # noqa: SLF001
    )
    assert top.never_title(text) == never
    cut, scanned = top._site_cut(text), top._SITE.search(text)  # noqa: SLF001
    assert (cut and cut.span()) == (scanned and scanned.span())
    assert [m.span() for m in top._site_cuts(text)] == [  # noqa: SLF001
        m.span()
        for m in top._SITE.finditer(text)  # noqa: SLF001
    ]
    folded = fold(text)
    assert top.folded_content_stems(folded) == frozenset(
        top.stem(word) for word in top.folded_content_words(folded)
    )


@pytest.mark.parametrize(
    "text",
    [
        "La vocera del gremio habló con la prensa. «Hay que ver», advirtió. ",
        "Los vecinos cortaron la ruta ayer por la tarde. «No», dijeron. ",
        "La jueza de turno, tras oír a las partes, habló de «abuso». ",
    ],
    ids=["role-before", "group-before", "main-clause"],
)
def test_the_speaker_readers_slice_their_windows_from_the_kept_word_index(
    monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    # an article of ordinary length keeps its word index past the credits: the
    # sentence before a quotation and its main clause are slices of it, not new splits
    reading = read_article(text, [Span(0, len(text))])
    found = quotes_module.classify_quotes(reading)
    calls = _counted(monkeypatch, tokens_module, "tokenize")
    said = quotes_module.attribute_quotes(reading.for_credits(), found)
    assert [credit.speaker is not None for credit in said] == [True]
    assert calls == []


_NORMALISED_TEXT = st.lists(
    st.sampled_from(
        [
            *("a", " ", "\n", "\r", "\r\n", "\u00a0", "\u2028", "\x85", "\t", "\u200b"),
            *("\u00ad", "\ufeff", "\x01", "\x1c", "\ud800", "\u3000", "é", "«"),
        ]
    ),
    max_size=14,
).map("".join)


@given(_NORMALISED_TEXT)
def test_the_spine_replaces_each_one_for_one_character_throughout_as_the_scan_did(
    text: str,
) -> None:
    # a page set with non-breaking spaces has thousands: each such character is replaced
    # by one str.replace, and only "\r" and invisibles are found one by one
    from noticiaparse._text import spine as spine_module  # noqa: PLC0415

    scanned = spine_module.rewrite(text, spine_module._simple(), spine_module._normalise_one)  # noqa: SLF001
    new, offset_map = spine_module._normalise_in_nfc(text)  # noqa: SLF001
    assert new == scanned[0]
    assert _map_columns(offset_map) == _map_columns(scanned[1])


def _map_columns(offset_map: Any) -> Any:
    """An offset map's four columns as lists (``None`` for no map)."""
    if offset_map is None:
        return None
    columns = (offset_map.out_starts, offset_map.out_ends, offset_map.in_starts, offset_map.in_ends)
    return [list(column) for column in columns]


def test_no_capital_is_lower_case() -> None:
    """No letter ``regex`` reads as ``\\p{Lu}`` is lower case to ``str.islower``.

    (``byline._may_be_name`` rules a name out on a word opening in lower case.)
    """
    import sys  # noqa: PLC0415

    import regex  # noqa: PLC0415

    lower = "".join(c for c in map(chr, range(sys.maxunicode + 1)) if c.islower())
    assert regex.search(r"\p{Lu}", lower) is None


@pytest.mark.parametrize(
    "text",
    [
        "El ministro Raúl Mena afirmó que el plan sigue. «No hay marcha atrás», dijo Mena. ",
        "Según la Fiscalía, el caso sigue abierto. «Se investiga», insistió la Fiscalía. ",
        "La vocera Ana Soto y el alcalde aseguraron que habrá agua. «Ya», añadió Soto. ",
    ],
    ids=["person-twice", "institution-twice", "pair"],
)
def test_a_phrase_given_to_the_ledger_again_is_read_once_and_changes_nothing(
    monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    # a verb's subject that also speaks a quotation is given twice: the second time
    # is passed over before any of the phrase's readers runs, with the same entities

    spine = build_spine(text)
    reading = read_article(spine.text, [Span(0, len(spine.text))])
    once = source_ledger.Ledger(spine, reading.cast)
    twice = source_ledger.Ledger(spine, reading.cast)
    phrases = [a.phrase for a in reading.attributions.found if a.phrase is not None]
    assert phrases
    for phrase in phrases:
        once.add(phrase, "dijo")
    calls = _counted(monkeypatch, source_ledger, "glued_name")
    for phrase in phrases + phrases:
        twice.add(phrase, "dijo")
    assert len(calls) <= len(phrases)
    assert [(k, e.name, e.kind, e.mentions) for k, e in once.entities.items()] == [
        (k, e.name, e.kind, e.mentions) for k, e in twice.entities.items()
    ]


@given(_TRIGGER_TEXT, st.integers(0, 40), st.integers(0, 40))
def test_the_one_scan_of_the_date_trigger_words_finds_what_the_two_scans_find(
    text: str, lo: int, hi: int
) -> None:
    # the word after a non-word character and the guarded word, by first letter in one
    # pattern (speedread21): the same starts, each once, as the two patterns' scans
    from noticiaparse._extract import dates as dates_module  # noqa: PLC0415
    from noticiaparse._text.case import lower_text  # noqa: PLC0415

    low = lower_text(text)
    lo, hi = sorted((min(lo, len(low)), min(hi, len(low))))
    after_gap, guarded, _ = dates_module._trigger()  # noqa: SLF001
    two = {m.start() + 1 for m in after_gap.finditer(low, max(lo - 1, 0), hi)}
    two |= {m.start() + 1 for m in guarded.finditer(low, max(lo - 1, 0), hi)}
    words = dates_module._word_triggers()  # noqa: SLF001
    assert words is not None
    one = [m.start() + 1 for m in words.finditer(low, max(lo - 1, 0), hi)]
    assert set(one) == two
    assert len(one) == len(set(one))


@given(
    st.text(alphabet="$£¥฿₡₦₩₪€₱₲₹₺₽ USDusdoles.,/Q15é\n", max_size=30),
    st.integers(0, 30),
    st.integers(0, 30),
)
def test_the_money_gate_finds_a_sign_where_the_cue_pattern_does(
    text: str, lo: int, hi: int
) -> None:
    # the signs a page holds, found once, then a find each a region (speedread21)
    from noticiaparse._extract import money as money_module  # noqa: PLC0415

    lo, hi = min(lo, len(text)), min(max(lo, hi), len(text))
    signs = money_module._signs_in(text)  # noqa: SLF001
    found = money_module._cue().search(text, lo, hi) is not None  # noqa: SLF001
    assert money_module._has_cue(text, lo, hi, signs) == found  # noqa: SLF001


@given(st.text(alphabet="aÁñ1 .-'’&\n—Жṅ\u0301«", max_size=80))
def test_the_word_split_s_shortcuts_keep_the_plain_scan_s_words(text: str) -> None:
    # a Latin-1 block skips the search for a character outside the listed blocks, and
    # the words to trim are found in one scan of their last characters (speedread23)
    parts = tokens_module._WORD_SPLIT.split(text)  # noqa: SLF001
    assert tokens_module._split_words(text) == parts  # noqa: SLF001
    trimmed_ends, trim = tokens_module._TRIMMED_ENDS, tokens_module._trim  # noqa: SLF001
    kept = [trim(word) if word[-1] in trimmed_ends else word for word in parts[1::2]]
    assert [t.text for t in tokenize(text, 0, len(text))] == kept


@given(st.text(alphabet="aZé1٣ \t\n\x1c\x1f\u00a0\u2028Ññ-.|ǅ", max_size=24))
def test_the_glued_starts_read_apart_are_the_lookaround_patterns_matches(text: str) -> None:
    # word starts as runs of non-spaces, glued starts at the ends of digit runs
    # (speedtop23): the same offsets, in order, as _GLUED_START's scan of every position
    from noticiaparse._layout import top as top_module  # noqa: PLC0415

    scanned = [m.start() for m in top_module._GLUED_START.finditer(text)]  # noqa: SLF001
    assert top_module._glued_starts(text) == scanned  # noqa: SLF001


def test_the_glued_starts_space_is_regex_space_on_every_code_point() -> None:
    # the standard engine's run of non-spaces less \x1c-\x1f ends where regex's \S does
    # (every white space code point is below U+3100)
    import regex  # noqa: PLC0415

    from noticiaparse._layout import top as top_module  # noqa: PLC0415

    text = "".join(chr(c) for c in range(0x3100) if not 0xD800 <= c <= 0xDFFF)
    ours = [m.span() for m in top_module._SPACELESS_RUN.finditer(text)]  # noqa: SLF001
    assert ours == [m.span() for m in regex.finditer(r"\S+", text)]


def test_the_caption_openings_first_letters_are_all_its_case_blind_words_open_with() -> None:
    # a line opening with none of _CAPTION_FIRSTS is not matched against _CAPTION_OPENING
    # (speedtop23): its words open with "imagen", "foto", "archivo" or "vista", case-blind
    import regex  # noqa: PLC0415

    from noticiaparse._layout import top as top_module  # noqa: PLC0415

    opening = regex.compile(r"(?i:[afiv])")
    firsts = {chr(c) for c in range(0x30000) if opening.fullmatch(chr(c)) is not None}
    assert firsts == set(top_module._CAPTION_FIRSTS)  # noqa: SLF001


def test_no_name_particle_holds_a_capital() -> None:
    # byline._no_name_shape (speedlay23): a glued word's first part holds a capital, so it
    # is no particle, as the word it came from was none
    from noticiaparse._layout.boilerplate import layout_words  # noqa: PLC0415

    assert all(p == p.lower() and p.isascii() for p in layout_words("name_particle"))


_NAME_WORDS = st.sampled_from(
    [
        "Ana",
        "Soto",
        "de",
        "la",
        "del",
        "Mora",
        "sale",
        "hoy",
        "EFE",
        "efe",
        "AFP",
        "Agencia",
        "Europa",
        "Press",
        "agencia",
        "Reuters.",
        "de.",
        "Lima.",
        "LópezGarcía",
        "deLópezGarcía",
        "ÁlvaroPérez",
        "3",
        "«Ana»",
        "vía",
        "AP",
        "ñandú",
        "Y",
        "and",
        "Gil.",
        "AnaEFE",
        "Sánchez",
    ]
)


@given(st.lists(_NAME_WORDS, min_size=1, max_size=6), st.sampled_from(["", ":", ": ", "."]))
def test_a_line_the_name_gate_rules_out_reads_as_no_byline(words: list[str], mark: str) -> None:
    # byline._no_name_shape (speedlay23): a line of one part it rules out, the reader of
    # names reads no name off
    from noticiaparse._layout import byline as byline_module  # noqa: PLC0415

    line = mark + " ".join(words) if mark != "." else " ".join(words) + mark
    if not byline_module._one_part(line) or not byline_module._no_name_shape(line):  # noqa: SLF001
        return
    found = byline_module._names(line)  # noqa: SLF001
    assert found is None or not found[0]


@pytest.mark.parametrize(
    "line",
    [
        "Tres libros nuevos",
        "Ana Soto agencia EFE",
        "Luis Mora AFP",
        "ana soto",
        "Ana de.",
        "Gil Mora.",
        "deLópezGarcía Soto",
        "Ana Soto sale hoy",
        "María José de la Fuente",
        ": Ana Soto",
        "Ana Soto Europa Press",
        "Lucía Gómez reuters",
        "Buscar en El Día",
    ],
)
def test_the_name_gate_changes_no_reading(line: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from noticiaparse._layout import byline as byline_module  # noqa: PLC0415

    guarded = byline_module.read_byline(line)
    monkeypatch.setattr(byline_module, "_no_name_shape", lambda _line: False)
    assert byline_module.read_byline(line) == guarded


@given(
    st.lists(
        st.sampled_from(["Ana", "de", ",", "|", "-", "—", "/", "//", "por", "x,"]), max_size=12
    ),
    st.sampled_from([" ", "  ", ", ", " // ", " / "]),
)
def test_the_column_cut_searched_within_reach_is_the_cut_searched_in_full(
    words: list[str], glue: str
) -> None:
    # byline._column_cut (speedlay23) searches a column's head's reach for its cut: where
    # the whole line's first cut leaves a head of six words at most, the same cut
    from noticiaparse._layout import byline as byline_module  # noqa: PLC0415

    line = glue.join(words)
    full = byline_module._COLUMN_CUT.search(line)  # noqa: SLF001
    cut = byline_module._column_cut(line)  # noqa: SLF001
    most = byline_module._MAX_COLUMN_WORDS  # noqa: SLF001
    if full is not None and len(line[: full.start()].split()) <= most:
        assert cut is not None
        assert cut.span() == full.span()
    else:
        assert cut is None or len(line[: cut.start()].split()) > most


def test_non_word_is_the_engines_non_word() -> None:
    # gates.NON_WORD (speed25) lists the ASCII characters no word holds before ``\W``
    # itself: the same class, tested on every code point under U+3100 and a stride above
    import re  # noqa: PLC0415

    from noticiaparse._text.gates import NON_WORD  # noqa: PLC0415

    listed, plain = re.compile(NON_WORD), re.compile(r"\W")
    points = [*range(0x3100), *range(0x3100, 0x110000, 97)]
    chars = [chr(point) for point in points if not 0xD800 <= point < 0xE000]
    assert [bool(listed.match(char)) for char in chars] == [
        bool(plain.match(char)) for char in chars
    ]


@pytest.mark.parametrize("name", ["YEAR", "NUMERIC", "YEAR_OR_NUMERIC"])
def test_published_ascii_twins_match_as_regex(name: str) -> None:
    # published's digit patterns are searched by their standard-engine twin in an ASCII
    # text (speedRe): the same matches on every ASCII character at each place of a shape
    from noticiaparse._layout import published  # noqa: PLC0415

    pattern = getattr(published, f"_{name}")
    twin = getattr(published, f"_ASCII_{name}")
    for code in range(128):
        char = chr(code)
        for text in (f"{char}021", f"2{char}21", f"20{char}1", f"1{char}3", f"a{char}"):
            assert bool(twin.search(text)) is bool(pattern.search(text)), repr(text)


@given(st.text(max_size=30))
def test_found_answers_as_the_pattern(text: str) -> None:
    from noticiaparse._layout import published  # noqa: PLC0415
    from noticiaparse._text.gates import found  # noqa: PLC0415

    pattern, twin = published._YEAR_OR_NUMERIC, published._ASCII_YEAR_OR_NUMERIC  # noqa: SLF001
    assert found(pattern, twin, text) is (pattern.search(text) is not None)


def test_site_field_opens_only_on_its_listed_firsts() -> None:
    # signature._SITE_FIELD is tried only on a line opening with one of _SITE_FIRSTS
    # (speedRe): every character its case-blind "s" matches, on every code point
    import regex  # noqa: PLC0415

    from noticiaparse._layout import signature  # noqa: PLC0415

    blind_s = regex.compile("(?i)s")
    firsts = [chr(c) for c in range(0x110000) if blind_s.match(chr(c))]
    assert sorted(firsts) == sorted(signature._SITE_FIRSTS)  # noqa: SLF001
    field = signature._SITE_FIELD  # noqa: SLF001
    assert field.match("ſite_name: Diario del Valle") is not None
    assert field.match("Site: La Voz") is not None
    assert field.match(" site: La Voz") is None


@pytest.mark.parametrize(
    "line",
    [
        "window.dataLayer.push(x)",
        "a.b(",
        "var x = 1",
        "const f",
        "push(x) sin punto",
        "Dijo. (Luego)",
        "El dato (x) y el resto.",
        "function(){",
        "letra.dos(",
    ],
)
def test_code_like_gate_keeps_every_code_start(line: str) -> None:
    # page._code_like tries _CODE_START only on a line with a keyword first or both a
    # "." and a "(" (speedRe): a line either side of that test, the same answer
    from noticiaparse._layout import page  # noqa: PLC0415

    start = page._CODE_START.match(line) is not None  # noqa: SLF001
    assert not start or page._code_like(line)  # noqa: SLF001


@pytest.mark.parametrize(
    ("line", "when"),
    [
        ("Publicado 2021-03-16T10:31:00Z", "2021-03-16 10:31:00"),
        ("2021-03-16t10:31z", "2021-03-16 10:31:00"),
        ("2021-03-16T10:31:00", "2021-03-16 10:31:00"),
        ("16/03/2021 10:31", "2021-03-16 10:31:00"),
        ("Zárate, 16/03/2021", "2021-03-16"),
        ("2021-03-16 tarde", None),
    ],
)
def test_read_line_reads_iso_stamps_with_or_without_t_and_z(line: str, when: str | None) -> None:
    # published._read_line substitutes an ISO stamp's "t" and "z" only where the folded
    # line holds them (speedRe): lines with either, both and neither read as on main
    from noticiaparse._layout import published  # noqa: PLC0415

    read = published._read_line(line)  # noqa: SLF001
    assert (None if read is None else str(read.value)) == when


_MARKED = st.text(alphabet="-*+•·▪◦—–―‒#>PRp12٣.):; \tab«", max_size=8)


@given(_MARKED)
def test_own_line_answers_as_its_match(text: str) -> None:
    # wrap._own_line (speedRe) tries _OWN_LINE only where a branch can open: each line,
    # gated or not, answers as the match
    from noticiaparse._layout import wrap  # noqa: PLC0415

    assert wrap._own_line(text) is (wrap._OWN_LINE.match(text) is not None)  # noqa: SLF001


@pytest.mark.parametrize(
    "line", ["2. Lima", "10) Lima", "16 de marzo", "2.000 millones", "P: ¿Y?", "Pedro", "٣. Lima"]
)
def test_own_line_either_side_of_its_gate(line: str) -> None:
    from noticiaparse._layout import wrap  # noqa: PLC0415

    assert wrap._own_line(line) is (wrap._OWN_LINE.match(line) is not None)  # noqa: SLF001


@given(_MARKED)
def test_bulleted_answers_as_the_bullet_match(text: str) -> None:
    # page._bulleted and _list_kind (speedRe) try a number's _BULLET only where a stop or
    # a bracket stands second or third
    from noticiaparse._layout import page  # noqa: PLC0415

    assert page._bulleted(text) is (page._BULLET.match(text) is not None)  # noqa: SLF001


_ASCII_MARKED = st.text(
    alphabet="-*+#>PRab AB12.):\t\n\x0b\x0c\r\x1c\x1f\x85", min_size=0, max_size=10
)


@given(_ASCII_MARKED)
def test_layout_ascii_twins_match_as_regex(text: str) -> None:
    # speedRe: page's _LETTER, _GLUE, _BULLET, wrap's _OWN_LINE and byline's _GLUED are
    # read by a standard-engine twin on ASCII text: the same answers and places
    from noticiaparse._layout import byline, page, wrap  # noqa: PLC0415

    assert page._bullet(text) is None or page._BULLET.match(text) is not None  # noqa: SLF001
    bullet, plain = page._bullet(text), page._BULLET.match(text)  # noqa: SLF001
    assert (bullet and bullet.span()) == (plain and plain.span())
    assert wrap._own_line(text) is (wrap._OWN_LINE.match(text) is not None)  # noqa: SLF001
    assert byline._glued(text) is (byline._GLUED.search(text) is not None)  # noqa: SLF001


@given(st.text(alphabet="abcdeABCDE xÁé", max_size=40))
def test_glue_twins_find_the_same_places(text: str) -> None:
    from noticiaparse._layout import byline, page  # noqa: PLC0415

    glued = byline._GLUED.search(text) is not None  # noqa: SLF001
    assert byline._glued(text) is glued  # noqa: SLF001
    if text.isascii():
        twin = [m.start() for m in page._ASCII_GLUE.finditer(text)]  # noqa: SLF001
        assert twin == [m.start() for m in page._GLUE.finditer(text)]  # noqa: SLF001


def test_ascii_letter_twin_on_every_ascii_character() -> None:
    from noticiaparse._layout import page  # noqa: PLC0415

    for code in range(128):
        char = chr(code)
        twin = page._ASCII_LETTER.match(char) is not None  # noqa: SLF001
        assert twin is (page._LETTER.match(char) is not None), repr(char)  # noqa: SLF001


@given(st.text(alphabet="ab AB.!?\t\n\x1c\x85éÉ", max_size=30))
def test_sentence_break_twin_finds_the_same_stops(text: str) -> None:
    from noticiaparse._layout import tail  # noqa: PLC0415

    twin = [m.span() for m in tail._breaks(text).finditer(text)]  # noqa: SLF001
    assert twin == [m.span() for m in tail._SENTENCE_BREAK.finditer(text)]  # noqa: SLF001


@given(st.text(alphabet="ab$_.( )x", max_size=50))
def test_call_opens_before_every_code_start(text: str) -> None:
    # page._call_opens (speedRe) is a necessary condition of _CODE_START's call branch
    from noticiaparse._layout import page  # noqa: PLC0415

    keyword = text.startswith(("var", "let", "const", "function"))
    if page._CODE_START.match(text) is not None and not keyword:  # noqa: SLF001
        assert page._call_opens(text)  # noqa: SLF001


@pytest.mark.parametrize(
    ("line", "keyed"),
    [
        ("date 2024-11-03 Sociedad", True),
        ("   abcdefghijkl:   2024-11-03", True),
        ("   abcdefghijklm:   2024-11-03", False),
        ("Fecha 03/11/2024", False),
    ],
)
def test_keyed_iso_reach_either_side(line: str, *, keyed: bool) -> None:
    # published._keyed_iso (speedRe) tries _KEYED_ISO only with a hyphen in its reach:
    # the longest opening the pattern allows reaches it, one letter more does not match
    from noticiaparse._layout import published  # noqa: PLC0415

    assert (published._KEYED_ISO.match(line) is not None) is keyed  # noqa: SLF001
    reach = published._KEYED_ISO_REACH  # noqa: SLF001
    assert not keyed or "-" in line[:reach]


@pytest.mark.parametrize(
    ("line", "data"),
    [('{   "key": 1', True), ('[ "a": 2', True), ('{    "key": 1', False), ("Dijo: sí", False)],
)
def test_data_key_quote_reach_either_side(line: str, *, data: bool) -> None:
    from noticiaparse._layout import top  # noqa: PLC0415

    assert (top._DATA_KEY.match(line) is not None) is data  # noqa: SLF001
    assert not data or '"' in line[: top._DATA_KEY_QUOTE]  # noqa: SLF001
    assert not data or not top._prose(line)  # noqa: SLF001
