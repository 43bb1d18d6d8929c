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


#: "Para X, …": the holder of a view carries to the next quotation, as "según X" does.
VIEWS: list[tuple[str, str, str]] = [
    (
        "para-a-person-then-sostuvo-uruguay",
        "Para Tuvaku Mbeki, la medida llega tarde.\n\n«Debieron hacerlo hace años», sostuvo.",
        "Tuvaku Mbeki",
    ),
    (
        "para-an-institution-then-indico-chile",
        (
            "Para el Banco Central, la inflación cederá en marzo.\n\n"
            "«El ajuste ya comenzó», indicó en su informe."
        ),
        "Banco Central",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), [c[1:] for c in VIEWS], ids=[c[0] for c in VIEWS])
def test_the_holder_of_a_view_carries(text: str, speaker: str) -> None:
    quote = parse_quotes(BEFORE + text)[-1]
    assert quote.speaker is not None
    assert speaker in quote.speaker.text


def test_a_view_inside_a_quotation_is_no_anchor() -> None:
    text = "«Para Tuvaku Mbeki, todo sigue igual», dijo Ana Soto.\n\n«Nada cambió», agregó."
    assert [q.speaker.text if q.speaker else None for q in parse_quotes(text)] == [
        "Ana Soto",
        "Ana Soto",
    ]
