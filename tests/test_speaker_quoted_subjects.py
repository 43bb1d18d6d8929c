"""A subject inside a speaker's words never speaks the quotations after them.

Sentences written for these tests, in several countries' styles: the rule of
``docs/quotes.md`` (Speakers): a name or a body that is the subject of a verb inside a
quotation, one with a quotation nested in it too, is what the speaker talks about.
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_quotes


def speakers(text: str) -> list[str | None]:
    return [
        q.speaker.text if q.speaker is not None else None
        for q in parse_quotes(text)
        if q.kind.value == "direct"
    ]


CASES: list[tuple[str, str, list[str | None]]] = [
    (
        "a-body-after-a-nested-quotation-chile",
        (
            "El senador Pedro Ruiz habló en la radio. «Ellos repiten 'no hay plata', pero "
            "mienten. La Contraloría dice otra cosa», afirmó. «No vamos a ceder», insistió."
        ),
        ["Pedro Ruiz", "Pedro Ruiz"],
    ),
    (
        "a-court-after-a-nested-quotation-argentina",
        (
            "La diputada Myriam Bregman salió al cruce. «Hablan del 'riesgo país' todo el "
            "tiempo. La Corte Suprema sabe lo que pasa», dijo. «Nadie lo va a tapar», "
            "remató."
        ),
        ["Myriam Bregman", "Myriam Bregman"],
    ),
    (
        "an-incise-after-a-quoted-sentence-spain",
        (
            "«El PP practica un 'cuanto peor, mejor' y lo sabe. El Reglamento dice que hay "
            "plazos. Por eso», ha añadido el portavoz Jordi Salvat, «la ley se cumplirá»."
        ),
        ["Jordi Salvat", "Jordi Salvat"],
    ),
    (
        "a-subject-inside-a-plain-quotation-mexico",
        (
            "La gobernadora Layda Sansores habló en su programa. «El Instituto dice que no "
            "hay fondos», señaló. «Vamos a pedirlos», añadió."
        ),
        ["Layda Sansores", "Layda Sansores"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_quoted_subjects_do_not_speak(text: str, expected: list[str | None]) -> None:
    assert expected == speakers(text)
