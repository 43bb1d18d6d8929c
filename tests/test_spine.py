"""The text spine: normalisation, and offsets that always lead back to the original."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from noticiaparse._text.spine import build_spine

NOISE = ["\r\n", "\r", "\u00a0", "\u2009", "\u200b", "\u00ad", "\u200e", "\ufeff", "\u3000", "\t"]
UNITS = st.lists(
    st.sampled_from([*"abcdeñóé ÁZ,.«»\n0123456789", "e\u0301", "n\u0303"]),
    max_size=80,
)


@st.composite
def noisy(draw: st.DrawFn) -> tuple[str, str]:
    """A clean text and the same text with scraping noise inserted between characters."""
    units = draw(UNITS)
    pieces = []
    for unit in units:
        if draw(st.booleans()):
            pieces.append(draw(st.sampled_from(NOISE)))
        pieces.append(unit)
    return "".join(units), "".join(pieces)


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        ("uno\r\ndos\rtres", "uno\ndos\ntres"),
        ("a\u00a0b\u2003c\u202fd\te", "a b c d e"),
        ("pala\u00adbra\u200b\u200d", "palabra"),
        ("Mice\u0301lia", "Micélia"),
        ("l\u2028m", "l\nm"),
        ("\ud800x", "\ufffdx"),
        ("", ""),
    ],
    ids=[
        "line-breaks",
        "spaces",
        "invisibles",
        "decomposed-accent",
        "line-separator",
        "surrogate",
        "empty",
    ],
)
def test_normalised_text(original: str, expected: str) -> None:
    assert expected == build_spine(original).text


@given(noisy())
def test_every_span_leads_back_to_its_characters(pair: tuple[str, str]) -> None:
    _, original = pair
    spine = build_spine(original)
    n = len(spine.text)
    for start in range(n + 1):
        for end in range(start, min(n, start + 6) + 1):
            o_start, o_end = spine.span(start, end)
            assert 0 <= o_start <= o_end <= len(original)
            assert spine.text[start:end] == build_spine(original[o_start:o_end]).text


@st.composite
def disguised(draw: st.DrawFn) -> tuple[str, str]:
    """A clean text, and the same text as a scraper returns it: other spaces, CRLF, invisibles."""
    units = draw(UNITS)
    pieces = []
    for unit in units:
        if draw(st.booleans()):
            pieces.append(draw(st.sampled_from(["\u200b", "\u00ad", "\u200e", "\ufeff"])))
        if unit == " ":
            unit = draw(st.sampled_from([" ", "\u00a0", "\u2009", "\u3000", "\t"]))  # noqa: PLW2901
        elif unit == "\n":
            unit = draw(st.sampled_from(["\n", "\r\n", "\r"]))  # noqa: PLW2901
        pieces.append(unit)
    return "".join(units), "".join(pieces)


@given(disguised())
def test_scraping_noise_does_not_change_what_parsers_read(pair: tuple[str, str]) -> None:
    clean, original = pair
    assert build_spine(clean).text == build_spine(original).text


def test_display_keeps_what_the_page_had_between_words() -> None:
    original = "Fox\u00a0News\u200b«Cuando»"
    spine = build_spine(original)
    assert "FoxNews«Cuando»" != spine.display(0, len(spine.text))
    assert "Fox News\u200b«Cuando»" == spine.display(0, len(spine.text))


def test_segment_is_trimmed_and_points_at_the_original() -> None:
    original = "\r\n  El\u00a0ministro  dijo\r\n"
    spine = build_spine(original)
    segment = spine.segment(0, len(spine.text))
    assert "El ministro dijo" == segment.text
    assert "El\u00a0ministro  dijo" == original[segment.start : segment.end]


def test_raw_is_the_exact_original_slice() -> None:
    original = "costó $5,8\u00a0millones\r\n"
    spine = build_spine(original)
    start = spine.text.index("$")
    assert "$5,8\u00a0millones" == spine.raw(start, start + len("$5,8 millones"))


def test_empty_span_maps_to_a_point() -> None:
    spine = build_spine("\u200ba\r\nb")
    assert (1, 1) == spine.span(0, 0)


def test_span_outside_the_text_is_an_index_error() -> None:
    with pytest.raises(IndexError):
        build_spine("abc").span(2, 9)


def test_a_combining_mark_with_no_composed_form_stays() -> None:
    # "é" and "á" compose; "q́" has no single character and is kept as it is
    assert "Café y q\u0301 en Bogotá" == build_spine("Cafe\u0301 y q\u0301 en Bogota\u0301").text
