"""The title stays the title when the lead photo's credit stands right under it.

A renderer that breaks every line once sets "Foto: Andina" (the lead photo's credit)
right under the h1, no blank line between, which reads as a caption over its credit.
With no other title on the page, a line shaped like a title (four words or more, not
closed like a sentence) over the text is still the title. Every page here is written
for these tests, in several countries' styles.
"""

from __future__ import annotations

import pytest

import noticiaparse

_TITLE = "Lluvias dejan tres muertos en el norte del país"
_P1 = (
    "Tres personas murieron por las fuertes lluvias que azotan desde el martes el norte del "
    "país, informó este jueves el Centro de Operaciones de Emergencia."
)
_P2 = "Según el organismo, los ríos se desbordaron y afectaron a más de 3.000 viviendas."


@pytest.mark.parametrize(
    "credit",
    ["FOTO: ANDINA", "Foto: Luis Paredes / El Norte", "Crédito: Agencia Uno", "Foto: EFE"],
    ids=["pe-capitals", "pe-photographer", "cl-credit", "es-agency"],
)
def test_a_title_over_the_photos_credit_is_the_title(credit: str) -> None:
    page = f"{_TITLE}\n{credit}\n{_P1}\n{_P2}\n"
    article = noticiaparse.parse(page)
    assert article.headline is not None
    assert (article.headline.text, [p.text for p in article.body]) == (_TITLE, [_P1, _P2])


def test_a_caption_over_its_credit_under_the_title_stays_furniture() -> None:
    caption = "Brigadistas rescatan a una familia en Catacaos"
    page = f"{_TITLE}\n\n{caption}\nFoto: Andina\n\n{_P1}\n\n{_P2}\n"
    article = noticiaparse.parse(page)
    assert article.headline is not None
    assert (article.headline.text, article.deck) == (_TITLE, None)
    assert [p.text for p in article.body] == [_P1, _P2]
