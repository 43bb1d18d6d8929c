"""The one scan of a page's regions that the dates' triggers and money's gate share."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

import noticiaparse
from noticiaparse._extract import dates, money
from noticiaparse._text.case import lower_text
from noticiaparse._text.span import Span

# sentences written for this test: currency words next to date words, signs, cases
TEXTS = [
    "El lunes pagó 20 dólares y el martes, 30 euros.",
    "Desde marzo cobran en PESOS; en abril, en Soles.",
    "La cuota subió a US$ 12 en diciembre de 2020.",
    "Mayo: 5 mil bolívares. Junio: nada.",
    "Ayer no hubo compras en el mercado central.",
    "Eurodiputados votaron el jueves; solo hubo euros sueltos.",
    "Dólares, dólares y más DÓLARES desde enero.",
    "quetzales",
    "En la sesión del domingo se habló de yuanes y de soles.",
    "Marcos y Libra llegaron el sábado; cobraron marcos alemanes.",
]


def _regions(text: str) -> list[Span]:
    """The text whole, and split at each space (regions of every size and start)."""
    cuts = [0, *(i + 1 for i, ch in enumerate(text) if ch == " "), len(text)]
    return [Span(0, len(text)), *(Span(a, b) for a, b in itertools.pairwise(cuts))]


@pytest.mark.parametrize("text", TEXTS)
def test_scan_matches_each_readers_own(text: str) -> None:
    regions = _regions(text)
    low = lower_text(text)
    scan = dates.trigger_scan(text, low, regions, money.cue_branches())
    assert scan is not None
    words = dates._word_triggers()  # noqa: SLF001
    _, after_gap, _ = money._any_cue()  # noqa: SLF001
    assert words is not None
    for (lo, hi), found, cued in zip(regions, scan.words, scan.cued, strict=True):
        assert found == [m.start() + 1 for m in words.finditer(low, max(lo - 1, 0), hi)]
        # the gate may let a few more regions through, never fewer
        if after_gap.search(text, max(lo - 1, 0), hi) is not None:
            assert cued


@pytest.mark.parametrize("text", TEXTS)
def test_parse_reads_the_same_as_each_reader_alone(text: str) -> None:
    assert noticiaparse.parse(text).money == noticiaparse.parse_money(text)
    assert noticiaparse.parse(text).dates == noticiaparse.parse_dates(text)


@given(
    st.text(alphabet="dolaresmyuEUROSPÓÉó$/. ,\n5İ", max_size=30),
    st.integers(0, 30),
    st.integers(0, 30),
)
def test_scan_is_exact_on_any_text(text: str, lo: int, hi: int) -> None:
    # any region of any text: the dates' word starts exactly, money's gate a superset
    lo, hi = sorted((min(lo, len(text)), min(hi, len(text))))
    low = dates._lower(text, lower_text(text))  # noqa: SLF001
    scan = dates.trigger_scan(text, lower_text(text), [Span(lo, hi)], money.cue_branches())
    assert scan is not None
    words = dates._word_triggers()  # noqa: SLF001
    _, after_gap, _ = money._any_cue()  # noqa: SLF001
    assert words is not None
    assert scan.words[0] == [m.start() + 1 for m in words.finditer(low, max(lo - 1, 0), hi)]
    if after_gap.search(text, max(lo - 1, 0), hi) is not None:
        assert scan.cued[0]
