"""A person whose given name no list holds, known by what news writes of people only.

Rules of docs/quotes.md (speakers); every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_quotes

#: An earlier paragraph with a named speaker the rules could carry.
BEFORE = "«Estamos trabajando para resolverlo», dijo Juan Pérez.\n\n"

CASES: list[tuple[str, str, str]] = [
    (
        "age-after-de-south-africa-name-in-chile",
        (
            "Tuvaku Mbeki, de 45 años, llegó temprano al centro de votación.\n\n"
            "«Vine a cumplir con mi deber», dijo."
        ),
        "Tuvaku Mbeki",
    ),
    (
        "age-in-brackets-spain",
        (
            "Yeray Olaizola (38) esperó cuatro horas en la sala de urgencias.\n\n"
            "«Nadie nos dio una respuesta», lamentó."
        ),
        "Yeray Olaizola",
    ),
    (
        "age-bare-argentina",
        (
            "Wendolyn Arrúa, 52 años, perdió su casa en la crecida.\n\n"
            "«No nos quedó nada», contó entre lágrimas."
        ),
        "Wendolyn Arrúa",
    ),
    (
        "relative-quien-mexico",
        (
            "Ximeno Tlacuilo, quien vende tamales en la esquina desde hace veinte años, vio "
            "todo.\n\n«Fue un estruendo enorme», relató."
        ),
        "Ximeno Tlacuilo",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_person_known_by_context(text: str, speaker: str) -> None:
    quote = parse_quotes(BEFORE + text)[-1]
    assert quote.speaker is not None
    assert quote.speaker.text == speaker
