"""Windows-1252 text decoded as Latin-1: its quotes and dashes arrive as C1 controls.

The parsers read them as the characters they stand for; what an element reports is
the caller's text, controls included.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import noticiaparse
from noticiaparse._text.spine import collapse, windows_1252_controls


def cp1252_read_as_latin1(text: str) -> str:
    """Text stored as Windows-1252 and read as Latin-1 (a character cp1252 lacks stays)."""
    return "".join(_read_as_latin1(char) for char in text)


def _read_as_latin1(char: str) -> str:
    try:
        return char.encode("cp1252").decode("latin-1")
    except UnicodeEncodeError:
        return char


# Sentences written for this test, in several countries' styles.
PAGES = [
    (
        (
            "Crisis en el puerto\n\nEl gobernador afirmó: “No vamos a permitir más bloqueos”."
            " Luego se retiró del lugar.\n"
        ),
        "chile-colon-direct",
    ),
    (
        (
            "Alza del pasaje\n\nLa alcaldesa dijo que la tarifa “no es negociable” y que"
            " habrá subsidios para estudiantes.\n"
        ),
        "mexico-partial",
    ),
    (
        (
            "Final del torneo\n\n“Fue un partido durísimo, pero lo merecíamos”, declaró el"
            " entrenador tras la victoria – la tercera seguida…\n"
        ),
        "argentina-quote-first",
    ),
    (
        (
            "Precio del café\n\nEl kilo subió a 12 € según la cooperativa, que habló de"
            " ‘un año difícil’ para los productores.\n"
        ),
        "spain-euro-single-quotes",
    ),
]


def _quotes(article: noticiaparse.Article) -> list[tuple[str, str, str | None]]:
    return [
        (q.text, q.kind.value, None if q.speaker is None else q.speaker.text)
        for q in article.quotes
    ]


def _segments(article: noticiaparse.Article) -> list[noticiaparse.Segment]:
    return [*article.body, *(noticiaparse.Segment(q.text, q.start, q.end) for q in article.quotes)]


@pytest.mark.parametrize("clean", [p for p, _ in PAGES], ids=[i for _, i in PAGES])
def test_quotes_of_a_windows_1252_page_are_found(clean: str) -> None:
    damaged = cp1252_read_as_latin1(clean)
    assert damaged != clean
    article = noticiaparse.parse(damaged)
    assert _quotes(noticiaparse.parse(clean)) == _quotes(article)
    assert article.quotes or "€" in clean
    for segment in _segments(article):
        # the reported text is the caller's, controls and all
        assert collapse(damaged[segment.start : segment.end]) == segment.text


def test_the_controls_are_read_as_windows_1252() -> None:
    assert "“Sí” – dijo…" == windows_1252_controls("\x93Sí\x94 \x96 dijo\x85")


@pytest.mark.parametrize(
    "text",
    ["Primera línea\x85Segunda línea", "Un control \x81 suelto y \x9d otro", "Texto limpio"],
    ids=["nel-alone-is-a-line-break", "controls-without-a-character", "clean"],
)
def test_text_without_a_sure_sign_is_left_alone(text: str) -> None:
    assert text == windows_1252_controls(text)


@given(st.text(alphabet=st.characters(max_codepoint=0x2122), max_size=200))
def test_the_reading_keeps_every_offset(text: str) -> None:
    read = windows_1252_controls(text)
    assert len(read) == len(text)
    left = {char for char in read if "\x80" <= char <= "\x9f"}
    assert read == text or left <= set("\x81\x8d\x8f\x90\x9d")
