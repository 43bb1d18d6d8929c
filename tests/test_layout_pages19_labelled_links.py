"""Another article's headline after a one-word label, between paragraphs (pages19).

Written for these tests in several countries' styles. Pages set links to other stories
inside the text as a word, its colon and the other story's headline ("Además: …",
"Mira: …", "Recomendado: …"). An intertitle with a label is shorter; a sentence of the
text closes with a stop.
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_layout

P1 = (
    "Tres jóvenes fueron detenidos en la frontera con municiones de fusil escondidas en"
    " el doble fondo de una mochila, informó este jueves la policía nacional."
)
P2 = (
    "Los detenidos fueron trasladados a la capital, donde serán puestos a disposición"
    " de la fiscalía, que los acusa de tráfico de armas y de asociación ilícita."
)


def _body(middle: str) -> list[str]:
    page = f"Detienen a tres jóvenes con municiones\n\nPor Redacción\n\n{P1}\n\n{middle}\n\n{P2}\n"
    return [p.text for p in parse_layout(page).body]


@pytest.mark.parametrize(
    "link",
    [
        "Además: Homenaje al periodista asesinado tras ser expulsado del país vecino",
        "Mira: Así quedó el puente colgante después de la crecida del río",
        "Recomendado: ¿Quién pagará la reparación de las escuelas dañadas por el sismo?",
    ],
)
def test_a_labelled_headline_between_paragraphs_is_furniture(link: str) -> None:
    assert _body(link) == [P1, P2]


@pytest.mark.parametrize(
    "line",
    [
        "Contexto: la crisis en la frontera",  # a labelled intertitle
        "Además: los detenidos portaban documentos falsos y dinero en efectivo.",  # closed
    ],
)
def test_the_text_s_own_lines_stay(line: str) -> None:
    assert line in _body(line)
