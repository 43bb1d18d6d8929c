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
        "another-portfolio-is-another-office-chile",
        (
            "El ministro de Hacienda, Mario Marcel, presentó el presupuesto.\n\n"
            "El ministro de Salud calificó de «insuficientes» los recursos para hospitales."
        ),
        "El ministro de Salud",
    ),
    (
        "another-portfolio-after-the-name-peru",
        (
            "Mario Vela, ministro de Economía, presentó el presupuesto.\n\n"
            "«Faltan recursos», dijo el ministro del Interior."
        ),
        "el ministro del Interior",
    ),
    (
        "the-same-portfolio-in-other-words-argentina",
        (
            "La ministra de Salud, Ana Gil, visitó el hospital.\n\n"
            "«Faltan camas», reconoció la titular de Salud."
        ),
        "Ana Gil",
    ),
    (
        "a-bare-role-is-the-linked-person-spain",
        (
            "El ministro de Hacienda, Mario Marcel, presentó el presupuesto.\n\n"
            "«Es responsable», dijo el ministro."
        ),
        "Mario Marcel",
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
