"""An embedded post's frame label alone on its line is furniture (pages19).

Written for these tests. A renderer leaves the word an embedded post's or player's frame
carries ("Embed") alone between the paragraphs: never the text's.
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_layout

P1 = (
    "Los problemas de abastecimiento no tienen fin: en la capital y en varias provincias"
    " no hay combustible y las filas frente a las estaciones superan los dos kilómetros."
)
P2 = (
    "Según reportes de prensa, la escasez obedece a que las refinerías del país"
    " trabajan a menos de la mitad de su capacidad desde hace meses."
)


@pytest.mark.parametrize("label", ["Embed", "Embed:"])
def test_an_embed_label_is_furniture(label: str) -> None:
    page = f"Largas filas por gasolina\n\nPor Redacción\n\n{P1}\n\n{label}\n\n{P2}\n"
    assert [p.text for p in parse_layout(page).body] == [P1, P2]
