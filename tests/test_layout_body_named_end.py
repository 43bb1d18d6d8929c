"""An outlet's name set apart at a sentence's end is the sentence's, not a credit.

"… según publicó el diario" / "El Mercurio." with blank lines around the name: the
line above leaves its sentence open on an article, a preposition or a verb of
publishing, and the name closes it (docs/layout.md, "split paragraphs"). Pages written
for these tests.
"""

from __future__ import annotations

import pytest

import noticiaparse

_HEAD = (
    "{title}\n\nLa medida se conoció ayer por la tarde en la capital del país.\n\n"
    "El anuncio se hizo ante la prensa reunida en la sede del gobierno, tras la reunión.\n\n"
)
_TAIL = "La oposición pidió explicaciones al Ejecutivo y anunció que citará a la autoridad.\n"

_CASES = [
    (
        "Minera anuncia inversión de 2.000 millones en el norte",
        "La compañía confirmó el monto, según publicó este lunes el diario",
        "El Mercurio.",
    ),
    (
        "Suben las tarifas del transporte público en la capital",
        "El aumento regirá desde marzo, de acuerdo con lo que informó",
        "Página/12.",
    ),
    (
        "Renuncia el director del hospital regional tras la auditoría",
        "El funcionario explicó sus razones en una entrevista concedida a",
        "El Tiempo.",
    ),
    (
        "Aerolínea suspende sus vuelos a la isla por la tormenta",
        "La suspensión durará al menos tres días, según reportó",
        "El Nuevo Día.",
    ),
]


@pytest.mark.parametrize(("title", "before", "name"), _CASES)
def test_a_name_ending_the_sentence_above_is_text_mid_page(
    title: str, before: str, name: str
) -> None:
    page = _HEAD.format(title=title) + f"{before}\n\n{name}\n\n" + _TAIL
    body = [p.text for p in noticiaparse.parse(page).body]
    assert f"{before} {name}" in body


@pytest.mark.parametrize(("title", "before", "name"), _CASES)
def test_a_name_ending_the_sentence_above_is_text_at_the_end(
    title: str, before: str, name: str
) -> None:
    page = _HEAD.format(title=title) + _TAIL + f"\n{before}\n\n{name}\n"
    body = [p.text for p in noticiaparse.parse(page).body]
    assert body[-1] == f"{before} {name}"


def test_a_caption_over_its_credit_stays_apart() -> None:
    page = (
        _HEAD.format(title="Vecinos protestan por los cortes de agua en el sector sur")
        + "Vecinos reunidos frente a la municipalidad durante la protesta\n\n"
        + "Agencia Uno.\n\n"
        + _TAIL
    )
    body = [p.text for p in noticiaparse.parse(page).body]
    assert not any("Agencia Uno" in p for p in body)


@pytest.mark.xfail(strict=True, reason="a participle (revelada) is no press_verb entry")
def test_a_publishing_verb_further_back_is_missed() -> None:
    page = (
        _HEAD.format(title="Investigan contratos de la empresa de aseo municipal")
        + "La cifra fue revelada este martes por el periódico\n\nClarín.\n\n"
        + _TAIL
    )
    body = [p.text for p in noticiaparse.parse(page).body]
    assert "La cifra fue revelada este martes por el periódico Clarín." in body
