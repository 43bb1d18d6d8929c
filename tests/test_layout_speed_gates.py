# ruff: noqa: SLF001 - the readers' early exits themselves are under test
"""The layout's early exits (speed work) read every line as the longer path did.

Lines on both sides of each exit, written for these tests.
"""

from __future__ import annotations

import pytest

from noticiaparse._layout import byline

# A part no name shaped ends the names' reading before the office and heading tests,
# which end it too; a desk, an outlet or a place after the names is read on.
_NAME_RUNS = [
    ("el ministro dijo, y luego", None),
    ("Desde la Infancia", None),
    ("Papa Francisco", None),
    ("Robo En Despacho", None),
    ("la crónica de Ana Soto", None),
    ("Ana Soto / redacción", (("Ana Soto",), "redacción")),
    ("Ana Soto, agencias", (("Ana Soto",), "agencias")),
    ("Ana Soto, desde Caracas", (("Ana Soto",), None)),
    ("Ana Soto, Madrid", (("Ana Soto",), None)),
    ("Ana Soto y Luis Gil", (("Ana Soto", "Luis Gil"), None)),
    ("Ana Soto y el gobernador", None),
]


@pytest.mark.parametrize(("text", "expected"), _NAME_RUNS, ids=range(len(_NAME_RUNS)))
def test_an_unshaped_part_ends_the_names(
    text: str, expected: tuple[tuple[str, ...], str | None] | None
) -> None:
    assert expected == byline._names(text)
