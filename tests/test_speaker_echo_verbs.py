"""A sentence after a quotation that points back at it and names its speaker after the verb.

Sentences written for these tests, in several countries' styles: the rule of
``docs/quotes.md`` (Speakers): "«…». Así ha resumido X…", "«…». Con esas palabras
describió X…" (``lexicons/echo_leads.tsv``) give the quotation to the verb's subject.
"""

from __future__ import annotations

import pytest

from _speakers import speakers

CASES: list[tuple[str, str, list[str | None]]] = [
    (
        "con-esas-palabras-and-the-verb-first-spain",
        (
            "El ministro Óscar Puente llegó por la tarde. «Es una tragedia enorme». Con esas "
            "palabras ha descrito el presidente Juanma Moreno el incendio."
        ),
        ["Juanma Moreno"],
    ),
    (
        "asi-and-a-compound-tense-chile",
        (
            "La delegada Constanza Martínez recorrió la zona. «Estamos ante una catástrofe». "
            "Así ha resumido el alcalde Tomás Vodanovic la jornada."
        ),
        ["Tomás Vodanovic"],
    ),
    (
        "asi-and-a-simple-past-colombia",
        (
            "«Nadie nos avisó del derrumbe». Así describió la gobernadora Dilian Francisca "
            "Toro la noche en Cali."
        ),
        ["Dilian Francisca Toro"],
    ),
    (
        "asi-and-a-comma-is-a-connector-mexico",
        (
            "El alcalde Pablo Lemus llegó a la zona. «Es una tragedia enorme». Así, el "
            "gobierno estatal decidió enviar ayuda."
        ),
        ["Pablo Lemus"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_echo_verbs(text: str, expected: list[str | None]) -> None:
    assert expected == speakers(text)
