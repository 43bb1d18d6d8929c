"""A view credited with a possessive, and the words a speaker referred to.

Sentences written for these tests, in several countries' styles: the rules of
``docs/quotes.md`` (Kinds, Speakers). "En sus palabras, el Gobierno está «…»" gives a
fragment to the one the text goes on about (``lexicons/crediting_phrases.txt``, a
possessive in the phrase); "se refirió al «…»" takes the speaker's word as a partial
quotation (``lexicons/partial_cues.txt``).
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_quotes


def quoted(text: str) -> list[tuple[str, str | None]]:
    return [(q.kind.value, q.speaker.text if q.speaker else None) for q in parse_quotes(text)]


CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "en-sus-palabras-argentina",
        (
            "La diputada Inés Lagos habló en la sesión. En sus palabras, el Gobierno está "
            "«desconectado» de la calle."
        ),
        [("partial", "Inés Lagos")],
    ),
    (
        "segun-sus-palabras-mexico",
        (
            "El senador Ricardo Monreal dio una conferencia. Según sus palabras, la reforma "
            "es «un salto al vacío»."
        ),
        [("partial", "Ricardo Monreal")],
    ),
    (
        "a-su-modo-de-ver-spain",
        (
            "La consejera Elena Sanz compareció en el Parlamento. A su modo de ver, el "
            "Ministerio actuó con «absoluta dejadez»."
        ),
        [("partial", "Elena Sanz")],
    ),
    (
        "se-refirio-al-chile",
        (
            "La alcaldesa Karina Delfino visitó la población. Allí, la jefa comunal se "
            "refirió al «abandono» de la zona norte."
        ),
        [("partial", "Karina Delfino")],
    ),
    (
        "se-refiere-al-colombia",
        "El gobernador Aníbal Gaviria se refiere al «olvido estatal» que vive el Chocó.",
        [("partial", "Aníbal Gaviria")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_possessive_views_and_references(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert expected == quoted(text)
