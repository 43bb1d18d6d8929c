"""Nicknames: inside a person's name, or after a verb of being known as.

Sentences written for these tests, in several countries' styles: the rules of
``docs/quotes.md`` (Kinds) that make a nickname a term, never a work's title.
"""

from __future__ import annotations

import pytest

from _speakers import kinds

CASES: list[tuple[str, str, list[str]]] = [
    (
        "a-nickname-with-its-article-inside-the-name-mexico",
        "La Marina detuvo a Ismael «El Mayo» Zambada en Sinaloa.",
        ["term"],
    ),
    (
        "a-one-word-nickname-inside-the-name-argentina",
        'El Museo recuerda a Ernesto "Che" Guevara en su aniversario.',
        ["term"],
    ),
    (
        "a-two-word-nickname-inside-the-name-colombia",
        "La Fiscalía imputó a Juan «El Tigre» Ramírez por narcotráfico.",
        ["term"],
    ),
    (
        "known-as-with-a-clitic-spain",
        "A la dirigente se la conoce como 'La Maestra' por sus discursos.",
        ["term"],
    ),
    (
        "known-as-plural-chile",
        "En la población lo conocen como «Pelusa» desde niño.",
        ["term"],
    ),
    # not a name around it: the words are read by the other rules
    (
        "a-title-after-a-cue-stays-peru",
        "Mario leyó la novela «La ciudad y los perros» en el colegio.",
        ["title"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_nicknames(text: str, expected: list[str]) -> None:
    assert expected == kinds(text)
