"""A role with no one linked to it: the person the text is about, or someone unnamed.

Rules of docs/quotes.md (speakers); every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_quotes

CASES: list[tuple[str, str, str]] = [
    (
        "an-office-in-full-is-someone-else-chile",
        (
            "El ministro de Salud, Pedro Vidal, inauguró el centro.\n\n"
            "El director del hospital calificó de «inaceptable» la demora en las obras."
        ),
        "El director del hospital",
    ),
    (
        "an-office-with-an-adjective-argentina",
        (
            "Marcos Ríos fue detenido el sábado.\n\n"
            "«No hubo resistencia», informó el vocero policial."
        ),
        "el vocero policial",
    ),
    (
        "a-bare-role-is-the-person-spain",
        "La alcaldesa Inés Gil recorrió el barrio.\n\n«Volveremos el lunes», aseguró la edil.",
        "Inés Gil",
    ),
    (
        "a-periphrasis-is-the-person-bolivia",
        (
            "El presidente Luis Arce viajó a Brasil.\n\n"
            "«Es un día histórico», afirmó el jefe de Estado."
        ),
        "Luis Arce",
    ),
    (
        "an-age-is-an-epithet-mexico",
        (
            "Marta Gil vive en el barrio desde 1980.\n\n"
            "«Nunca vi algo así», contó la jubilada de 70 años."
        ),
        "Marta Gil",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_an_unlinked_role(text: str, speaker: str) -> None:
    quote = parse_quotes(text)[-1]
    assert quote.speaker is not None
    assert quote.speaker.text == speaker
