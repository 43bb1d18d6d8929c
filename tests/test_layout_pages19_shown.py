"""A caption naming who is shown, set between the paragraphs (pages19).

Written for these tests in several countries' styles. A photo's caption inside the text
may only name its subject: a role, a comma, a person's name, no stop ("Suboficial de la
policía, Andrés Quiroga"). The text's sentences say what people did; an intertitle
names a part of the story.
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_layout

P1 = (
    "Aquella noche de invierno cambió la vida del joven suboficial, que perdió la visión"
    " de un ojo cuando un operativo policial terminó en un enfrentamiento en el campo."
)
P2 = (
    "Pero el exfuncionario no dijo solo eso. Acusó que fue obligado a cambiar su"
    " declaración ante la fiscalía para encubrir a sus superiores."
)


def _body(middle: str) -> list[str]:
    page = f"Las revelaciones del excabo\n\nPor Ana Torres\n\n{P1}\n\n{middle}\n\n{P2}\n"
    return [p.text for p in parse_layout(page).body]


@pytest.mark.parametrize(
    "caption",
    [
        "Suboficial de la policía, Andrés Quiroga",
        "La jueza del caso, Ana María Soto",
        "Presidente de la junta vecinal, Jorge Luis Ramírez",
    ],
)
def test_a_caption_naming_who_is_shown_is_furniture(caption: str) -> None:
    assert _body(caption) == [P1, P2]


@pytest.mark.parametrize(
    "line",
    [
        "La versión del fiscal",  # an intertitle
        "Según el abogado, Andrés Quiroga mintió.",  # a sentence, closed
        "Después del operativo, nada volvió a ser igual para la familia del excabo",
    ],
)
def test_the_text_s_own_lines_stay(line: str) -> None:
    assert line in _body(line)
