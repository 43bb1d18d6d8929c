"""Sources the recall round of session 13 adds (``docs/sources.md``, "What it finds").

Sentences written here, in several countries' styles; each group names the rule it
tests. The rules credit what Spanish grammar or news convention credits, and no more:
each group has sentences of the same shape that credit no one.
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_sources

Credited = list[tuple[str, str]]


def credited(text: str) -> Credited:
    return [(s.name, s.kind.value) for s in parse_sources(text)]


# A quotation's speaker is a source, even inside what another reporting verb reports.
REPORTED_SPEAKERS: list[tuple[str, str, Credited]] = [
    (
        "a-partial-inside-que-spain",
        'La portavoz vecinal asegura que la Diputación afirma que "no hay fondos" este año.',
        [("La portavoz vecinal", "person"), ("Diputación", "organization")],
    ),
    (
        "a-partial-after-a-named-speaker-costa-rica",
        'El diputado aseguró que el embajador Tomás Ugalde sostuvo "las mismas falsedades".',
        [("El diputado", "person"), ("Tomás Ugalde", "person")],
    ),
    (
        "a-direct-quote-after-a-colon-mexico",
        'La regidora contó que el tesorero le respondió: "No hay dinero para eso".',
        [("La regidora", "person"), ("el tesorero", "person")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [c[1:] for c in REPORTED_SPEAKERS],
    ids=[c[0] for c in REPORTED_SPEAKERS],
)
def test_a_reported_speaker_of_a_quotation_is_a_source(text: str, expected: Credited) -> None:
    assert expected == credited(text)


# Reported without words of its own in quotation marks, the subject stays reported.
REPORTED_ONLY: list[tuple[str, str, Credited]] = [
    (
        "no-quotation-chile",
        "El senador aseguró que el subsecretario dijo que no habría cambios en la ley.",
        [("El senador", "person")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in REPORTED_ONLY], ids=[c[0] for c in REPORTED_ONLY]
)
def test_a_reported_subject_without_a_quotation_is_no_source(text: str, expected: Credited) -> None:
    assert expected == credited(text)
