"""What a parse lets go of on the way, held by structure (objects alive), not by bytes.

A page of short lines peaks in the layout and the reading, a paragraph of quotations in
the reading and its crediting: the layout drops its line records and keeps its spans as
columns of offsets, a line record keeps what few lines have in one record apart and its
end as a length, the body's and the boilerplate's public segments are built after the
reading, a quotation keeps two offsets and a shared record of the rest, the quotes
reader keeps its findings as columns and consumes them as it credits them, and the
crediting and the readers after it run without the word index past an ordinary
article's length (up to it they slice their windows from it). A long page of news
peaks where its whole text is lower-cased (for the sources' cues and the dates): that
is done a block at a time.
"""

from __future__ import annotations

import gc
import weakref
from array import array
from typing import Any

import pytest

import noticiaparse
from noticiaparse import _pipeline
from noticiaparse._extract import dates as dates_module
from noticiaparse._extract import quotes as quotes_module
from noticiaparse._extract import source_search, source_sites
from noticiaparse._layout import wrap
from noticiaparse._layout.lines import Line
from noticiaparse._layout.page import _split as _split_lines
from noticiaparse._layout.page import find_layout
from noticiaparse._reading import Reading, read_article
from noticiaparse._reading import attributions as attributions_module
from noticiaparse._reading import reading as reading_module
from noticiaparse._reading.quotations import COLUMNS_PAST, Turn
from noticiaparse._text import case
from noticiaparse._text.span import Span, Spans
from noticiaparse._text.spine import Spine, build_spine


def _lines_alive() -> int:
    return sum(isinstance(o, Line) for o in gc.get_objects())


def test_the_layout_drops_its_lines_before_the_body_s_segments(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = "Un titular de la nota\n\n" + "".join(f"Párrafo {k} del texto.\n" for k in range(40))
    alive: list[int] = []
    original = Spine.segments

    def segments(self: Spine, spans: Any) -> Any:
        spans = list(spans)
        if len(spans) > 1:  # the body's or the boilerplate's, not one title's
            alive.append(_lines_alive())
        return original(self, spans)

    monkeypatch.setattr(Spine, "segments", segments)
    gc.collect()
    layout = noticiaparse.parse_layout(text)
    assert len(layout.body) == 40
    assert alive == [0]


@pytest.mark.parametrize(
    "text",
    [
        "a\n" * 300,
        "Titular de la nota\n\nBajada breve de la nota.\n\n"
        + "".join(f"Llegó el ministro número {k} y habló.\n" for k in range(30))
        + "\nPublicidad\n",
    ],
    ids=["short-lines", "article"],
)
def test_the_layout_keeps_its_spans_as_columns(text: str) -> None:
    # a span object for every line (the regions, the body, the boilerplate) is the
    # layout's largest holding on a page of short lines: two columns of offsets instead
    page = find_layout(build_spine(text))
    for spans in (page.regions, page.body, page.boilerplate):
        assert isinstance(spans, Spans)
        assert isinstance(spans.starts, array)
    assert len(page.layout.body) == len(page.body) > 0


@pytest.mark.parametrize("lines", [COLUMNS_PAST + 1, 3 * COLUMNS_PAST])
def test_the_reading_keeps_a_page_of_short_lines_paragraphs_as_columns(lines: int) -> None:
    text = "a\n" * lines
    reading = read_article(text, find_layout(build_spine(text)).regions)
    assert isinstance(reading.regions, Spans)
    assert len(reading.regions) == lines
    assert all(type(span) is Span for span in reading.regions)  # read as spans
    # an article's few paragraphs stay a tuple, indexed for every quotation
    article = "Uno.\n" * 10
    assert type(read_article(article, [Span(0, len(article))]).regions) is tuple


def test_the_quotations_spans_reach_the_cast_and_attributions_as_columns(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    given: list[Any] = []
    original = attributions_module.read_attributions

    def read_attributions(text: str, regions: Any, quoted: Any, *rest: Any) -> Any:
        given.append(quoted)
        return original(text, regions, quoted, *rest)

    monkeypatch.setattr(reading_module, "read_attributions", read_attributions)
    text = '"a" ' * 50 + "«b» y “c”, dijo la ministra Ana Paz."
    reading = read_article(text, [Span(0, len(text))])
    (quoted,) = given
    assert isinstance(quoted, Spans)  # no span object a quotation
    assert list(quoted) == sorted(Span(q.start, q.end) for q in reading.quotations)
    assert reading.cast.quoted_starts == quoted.starts


def test_the_body_s_segments_are_built_after_every_reader(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[str] = []
    for name in ("read_article", "find_sources", "find_money", "find_dates"):
        original = getattr(_pipeline, name)

        def called(*args: Any, _name: str = name, _original: Any = original, **kw: Any) -> Any:
            calls.append(_name)
            return _original(*args, **kw)

        monkeypatch.setattr(_pipeline, name, called)
    original_segments = Spine.segments

    def segments(self: Spine, spans: Any) -> Any:
        spans = list(spans)
        if len(spans) > 1:  # the body's, not one title's
            calls.append(f"segments of {len(spans)}")
        return original_segments(self, spans)

    monkeypatch.setattr(Spine, "segments", segments)
    text = "Titular de la nota\n\n" + "".join(f"Párrafo {k} del texto.\n" for k in range(12))
    article = noticiaparse.parse(text)
    assert len(article.body) == 12
    assert calls == ["read_article", "find_sources", "find_money", "find_dates", "segments of 12"]


def test_the_quotes_reader_consumes_its_findings_as_it_credits_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[Any] = []
    original = quotes_module._attribute  # noqa: SLF001

    def attribute(text: str, cast: Any, found: Any, attributions: Any) -> Any:
        seen.append(found)
        size = len(found)
        made = original(text, cast, found, attributions)
        assert len(made) == size
        return made

    monkeypatch.setattr(quotes_module, "_attribute", attribute)
    text = 'Dijo "sí", "no" y "tal vez", según la ministra Ana Paz. "Basta", agregó.'
    reading = read_article(text, [Span(0, len(text))])
    assert len(quotes_module.credit_quotes(reading)) == 4
    (found,) = seen
    assert len(found) == 0  # what was handed over was consumed
    assert found._saids == [None] * 4  # noqa: SLF001 - every attribution let go


def test_the_quotes_reader_keeps_its_findings_as_columns(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a page of quoted words has a quotation every four characters: no tuple, and no
    # copy of the quotation, for each
    seen: list[Any] = []
    original = quotes_module._attribute  # noqa: SLF001

    def attribute(text: str, cast: Any, found: Any, attributions: Any) -> Any:
        seen.append((list(found), found._raws, found._kinds))  # noqa: SLF001
        return original(text, cast, found, attributions)

    monkeypatch.setattr(quotes_module, "_attribute", attribute)
    text = '"a" ' * 40 + "«Basta», dijo la ministra Ana Paz."
    reading = read_article(text, [Span(0, len(text))])
    made = quotes_module.credit_quotes(reading)
    ((triples, raws, kinds),) = seen
    assert raws is reading.quotations  # read by position, not copied
    assert isinstance(kinds, array)
    assert kinds.typecode == "b"
    assert [raw for raw, _, _ in triples] == list(reading.quotations)
    assert [credit.kind for credit in made] == [kind for _, kind, _ in triples]
    assert all(a is b for a, b in zip((c.quotation for c in made), raws, strict=True))


def test_a_quotation_keeps_two_offsets_and_a_shared_shape() -> None:
    # a RawQuote has two slots of its own; the rest (the marks' distances, depth,
    # flags, turn) is one record shared by the quotations alike
    text = '"a" ' * 30 + "«b»"
    raws = read_article(text, [Span(0, len(text))]).quotations
    assert len(raws) == 31
    assert {id(raw._shape) for raw in raws[:30]} == {id(raws[0]._shape)}  # noqa: SLF001
    assert not hasattr(raws[0], "__dict__")
    assert vars(type(raws[0]))["__slots__"] == ("start", "end", "_shape")
    first, last = raws[0], raws[-1]
    assert (first.open_at, first.start, first.end, first.close_at) == (0, 1, 2, 2)
    assert (last.depth, last.dash, last.recovered, last.turn, last.label) == (
        0,
        False,
        False,
        Turn.NONE,
        None,
    )


def test_a_line_record_keeps_what_few_lines_have_apart() -> None:
    # a page of short lines has a record for every line: the byline, the date, the
    # date's span and the memo of a long text share one slot, filled for few lines
    lines = _split_lines("a\n" * 50 + "Por Ana Paz\n")
    assert all(line._more is None for line in lines[:50])  # noqa: SLF001
    assert vars(Line)["__slots__"] == ("_start", "_size", "gap", "text", "kind", "role", "_more")
    line = lines[0]
    line.byline = None  # setting nothing makes no record
    assert line._more is None  # noqa: SLF001
    line.date_span = Span(0, 1)
    assert (line.date_span, line.byline, line.date) == (Span(0, 1), None, None)
    # the end kept as a length: a small number, shared; setting the start keeps the end
    assert (line.start, line.end, line._size) == (0, 1, 1)  # noqa: SLF001
    line.start = 1
    assert (line.start, line.end, line.span) == (1, 1, Span(1, 1))
    line.end = 5
    assert (line.start, line.end) == (1, 5)


@pytest.mark.parametrize("length", ["ordinary", "long"])
def test_the_readers_after_the_credits_run_without_the_word_index_on_a_long_page(
    monkeypatch: pytest.MonkeyPatch, length: str
) -> None:
    ordinary = length == "ordinary"
    if not ordinary:  # (a long page, made cheaply: the length an index keeps tokens up to)
        monkeypatch.setattr(reading_module, "TOKEN_OBJECTS", 20)
    indexes: list[tuple[str, int]] = []
    for name in ("classify_quotes", "attribute_quotes", "public_quotes"):
        original = getattr(_pipeline, name)

        def called(*args: Any, _name: str = name, _original: Any = original) -> Any:
            (reading,) = (a for a in args if isinstance(a, Reading))
            indexes.append((_name, len(reading.index.starts)))
            return _original(*args)

        monkeypatch.setattr(_pipeline, name, called)
    text = "Titular de la nota\n\nLa ministra Ana Paz dijo: «Vamos a cumplir con todo».\n"
    article = noticiaparse.parse(text)
    assert [q.text for q in article.quotes] == ["Vamos a cumplir con todo"]
    assert [a.speaker.text for a in article.quotes if a.speaker] == ["Ana Paz"]
    # the quotations are classified with the words; past an ordinary article's length
    # who said them is read without
    (classified, words), *after = indexes
    assert (classified, words > 0) == ("classify_quotes", True)
    kept = words if ordinary else 0
    assert after == [("attribute_quotes", kept), ("public_quotes", kept)]


def test_rejoining_paragraph_pieces_makes_no_record_a_line(monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[object] = []
    real = wrap.Piece.__init__

    def counted(self: wrap.Piece, *args: Any, **kwargs: Any) -> None:
        made.append(self)
        real(self, *args, **kwargs)

    monkeypatch.setattr(wrap.Piece, "__init__", counted)
    paragraphs = [
        "El concejo aprobó ayer el presupuesto de obras del barrio norte.",
        "La alcaldesa dijo que las obras comienzan en marzo próximo.",
        "Los vecinos pidieron más plazas y mejores veredas en la zona.",
        "El plan incluye una nueva escuela y un consultorio médico.",
        "La oposición votó en contra por el costo de las obras.",
    ]
    page = "\n\n".join(paragraphs) + "\n\nDesde prensa señalan que\n«no habrá cambios».\n"
    assert noticiaparse.parse(page).body[-1].text.endswith("que «no habrá cambios».")
    noticiaparse.parse("a\n" * 2000)
    assert made == []


def test_the_attributions_keep_the_cue_openers_positions_as_a_column(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a paragraph of quoted words ('"a" "a" …') has a word that may open a cue every
    # four characters: their positions are machine integers, not a number object each
    given: list[Any] = []
    original = attributions_module._region_attributions  # noqa: SLF001

    def region_attributions(text: str, region: Any, tokens: Any, opening: Any, *rest: Any) -> Any:
        given.append(opening)
        return original(text, region, tokens, opening, *rest)

    monkeypatch.setattr(attributions_module, "_region_attributions", region_attributions)
    text = '"a" ' * 40 + "«Basta», dijo la ministra Ana Paz."
    reading = read_article(text, [Span(0, len(text))])
    assert [a.cue for a in reading.attributions.found] == ["dijo"]
    (opening,) = given
    assert isinstance(opening, array)
    assert opening.typecode == "q"
    assert len(opening) > 40


def test_the_sources_read_a_page_of_short_lines_regions_as_pairs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the site's own names are looked for between the regions: a page of short lines
    # keeps its regions as columns, read as pairs with no span object a line
    made: list[int] = []
    real = Spans.__iter__

    def counted(self: Spans) -> Any:
        made.append(len(self))  # a span object for each
        return real(self)

    text = "a\n" * (COLUMNS_PAST + 10)
    regions = find_layout(build_spine(text)).regions
    assert isinstance(regions, Spans)
    monkeypatch.setattr(Spans, "__iter__", counted)
    assert source_sites.site_names(text, regions) == frozenset()
    assert made == []


def test_the_page_s_regions_are_let_go_before_the_body_s_segments(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a page of short lines has a region a line: they are dropped before a public
    # segment is built for every line
    pages: list[weakref.ref[Any]] = []

    def find(*args: Any) -> Any:
        page = find_layout(*args)
        pages.append(weakref.ref(page))
        return page

    alive: list[bool] = []
    original_segments = Spine.segments

    def segments(self: Spine, spans: Any) -> Any:
        spans = list(spans)
        if len(spans) > 1:  # the body's, not one title's
            alive.append(pages[0]() is not None)
        return original_segments(self, spans)

    monkeypatch.setattr(_pipeline, "find_layout", find)
    monkeypatch.setattr(Spine, "segments", segments)
    text = "Titular de la nota\n\n" + "".join(f"Párrafo {k} del texto.\n" for k in range(12))
    assert len(noticiaparse.parse(text).body) == 12
    assert alive == [False]


def test_the_whole_text_is_lower_cased_a_block_at_a_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # str.lower builds its result in a scratch of twelve bytes a character: on a long
    # page the whole text's lower case was the largest thing a parse held (sources' cue
    # search and dates each made one); it is built a block at a time, once a parse (the
    # pipeline hands it to both)
    blocks: list[int] = []
    lowered: list[str] = []
    original = case.lower_text

    def lower_text(text: str, block: int = case.BLOCK) -> str:
        lowered.append(text)
        blocks.append(block)
        return original(text, block)

    monkeypatch.setattr(_pipeline, "lower_text", lower_text)
    monkeypatch.setattr(source_search, "lower_text", lower_text)
    monkeypatch.setattr(dates_module, "lower_text", lower_text)
    paragraph = "El Ministro de Hacienda, según dijo el 3 de marzo, viajará a Lima. "
    text = "Titular de la nota\n\n" + paragraph * (2 * case.BLOCK // len(paragraph))
    article = noticiaparse.parse(text, reference_date=None)
    assert article.dates
    assert len(lowered) == 1  # once, for the sources and the dates both
    assert all(len(t) > case.BLOCK for t in lowered)
    assert blocks == [case.BLOCK]
