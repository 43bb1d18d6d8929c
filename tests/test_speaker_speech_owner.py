"""The owner of the words a sentence opens on speaks the next verb with no subject.

Sentences written for these tests, in several countries' styles: the rule of
``docs/quotes.md`` (Speakers). "Las declaraciones del mandatario…" makes the mandatario
the subject the next sentence's verb goes on with, not a body credited before.
"""

from __future__ import annotations

import pytest

from _speakers import speakers

CASES: list[tuple[str, str, list[str | None]]] = [
    (
        "the-president-s-statements-chile",
        (
            "Según el Gobierno, hay 200 detenidos. En medio de la crisis, las declaraciones "
            "del mandatario complican todavía más a su gabinete. Al comienzo, por ejemplo, "
            "dijo que el país estaba «en guerra»."
        ),
        ["mandatario"],
    ),
    (
        "a-minister-s-words-argentina",
        (
            "Según el Indec, la inflación bajó. Las palabras de la ministra Ana Gil causaron "
            "revuelo. Ayer aseguró que la medida es «transitoria»."
        ),
        ["Ana Gil"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_speech_owner(text: str, expected: list[str | None]) -> None:
    assert expected == speakers(text)
