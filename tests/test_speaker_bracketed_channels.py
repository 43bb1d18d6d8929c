"""A bracket after the reporting verb names the channel, never the speaker; "desde" in
a dash incise names the institution the words come from.

Sentences written for these tests, in several countries' styles: the rule of
``docs/quotes.md`` (Speakers). "«…», sostuvo en una entrevista radial (Radio Sur 101.5 FM)."
is the person the text is about; a subject after the bracket is still read.
"""

from __future__ import annotations

import pytest

from _speakers import speakers

CASES: list[tuple[str, str, list[str | None]]] = [
    (
        "radio-station-in-brackets-puerto-rico",
        (
            "La alcaldesa Carmen Cruz habló del caso. «El coronel estaba allí desde el "
            "domingo», sostuvo en una entrevista radial (Radio Sur 101.5 FM)."
        ),
        ["Carmen Cruz"],
    ),
    (
        "tv-channel-in-brackets-colombia",
        (
            "El gobernador Iván Ortiz visitó la zona. «No vamos a permitir más bloqueos», "
            "afirmó en diálogo con la televisión local (Canal TRO)."
        ),
        ["Iván Ortiz"],
    ),
    (
        "subject-after-the-bracket-spain",
        "«No hay fondos», dijo ayer (en rueda de prensa) el ministro Luis Paz.",
        ["Luis Paz"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_bracket_is_no_speaker(text: str, expected: list[str | None]) -> None:
    assert expected == speakers(text)


INCISES: list[tuple[str, str, list[str | None]]] = [
    (
        "desde-an-institution-in-a-dash-incise-spain",
        (
            "El manual recoge experiencias «que comparten un rasgo —explican desde la Red "
            "Eléctrica— y es que nacen en pueblos pequeños»."
        ),
        ["la Red Eléctrica"],
    ),
    (
        "desde-an-institution-in-an-en-dash-incise-argentina",
        (
            "Las nuevas cloacas «llegarán a los barrios del sur –aseguran desde la "
            "Municipalidad de Rosario– antes del invierno»."
        ),
        ["la Municipalidad de Rosario"],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in INCISES], ids=[c[0] for c in INCISES]
)
def test_an_incise_credits_the_institution_it_comes_from(
    text: str, expected: list[str | None]
) -> None:
    assert expected == speakers(text)
