"""A pull quote that lifts words from the middle of a paragraph, in marks of its own.

Pages set a passage of the article again in large type between its paragraphs (a
"sumario", a "destacado"): often a quotation's words, from inside a sentence, wrapped in
quotation marks of their own and perhaps closed by a stop or an ellipsis. The article
never says a passage twice: such a line is furniture. Every page here is written for
these tests, in the styles of several countries' outlets; the counter-examples keep a
paragraph that quotes and names its speaker, a quotation the text does not hold, a long
quoted paragraph and a passage the page repeats whole.
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_layout

TOP = (
    "Aprueban plan de reparación de veredas en los cerros\n\n"
    "Por Camila Ortega\n\n"
    "12 de marzo de 2024 | 10:15"
)
FIRST = (
    "El concejo municipal aprobó este lunes un plan para reparar las veredas de los"
    " cerros más afectados por las lluvias del invierno pasado."
)
QUOTING = {
    "chile": (
        "El alcalde defendió el plan ante los vecinos y aseguró que las obras no pueden"
        " esperar otro invierno más sin respuesta, porque el riesgo de caídas es diario."
    ),
    "argentina": (
        "La vecina contó que hace meses reclaman por el estado de la calle y que «los"
        " chicos van a la escuela caminando por el barro todos los días», según dijo."
    ),
    "mexico": (
        "Para la secretaria de Obras, “esta inversión cambia la vida de miles de familias"
        " que hoy viven aisladas cuando llueve”, y prometió terminar antes de agosto."
    ),
    "spain": (
        "El concejal de Urbanismo explicó en el pleno que la ciudad llevaba una década sin"
        " invertir en los barrios altos y que el plan corrige por fin esa deuda histórica."
    ),
}
LAST = (
    "Los dirigentes vecinales valoraron el anuncio, aunque pidieron que las obras no"
    " interrumpan el tránsito de los buses durante la mañana."
)


def _body(middle: list[str]) -> list[str]:
    page = TOP + "\n\n" + "\n\n".join([FIRST, *middle, LAST]) + "\n"
    return [p.text for p in parse_layout(page).body]


PULLED = [
    pytest.param(
        "chile", "«Las obras no pueden esperar otro invierno más sin respuesta»", id="chile"
    ),
    pytest.param(
        "argentina",
        '"Los chicos van a la escuela caminando por el barro todos los días"',
        id="argentina",
    ),
    pytest.param(
        "mexico",
        "“Esta inversión cambia la vida de miles de familias que hoy viven aisladas…”",
        id="mexico-ellipsis",
    ),
    pytest.param(
        "spain",
        "«La ciudad llevaba una década sin invertir en los barrios altos.»",
        id="spain-closed-inside",
    ),
]


@pytest.mark.parametrize(("country", "pulled"), PULLED)
@pytest.mark.parametrize("before", [True, False], ids=["over-its-paragraph", "under-it"])
def test_a_passage_set_again_is_furniture(country: str, pulled: str, *, before: bool) -> None:
    middle = [pulled, QUOTING[country]] if before else [QUOTING[country], pulled]
    assert _body(middle) == [FIRST, QUOTING[country], LAST]


def test_a_quotation_the_text_does_not_hold_stays() -> None:
    line = "«Nunca vimos una inversión así en los cerros de la ciudad»"
    assert line in _body([QUOTING["chile"], line])


def test_a_paragraph_quoting_with_its_speaker_stays() -> None:
    # the sentence closes with its speaker: no pull quote, though the words repeat
    said = "«Las obras no pueden esperar otro invierno más sin respuesta», insistió el alcalde."
    assert said in _body([QUOTING["chile"], said])


def test_a_paragraph_the_page_repeats_whole_is_not_a_pull_quote() -> None:
    # a passage doubled by the scraper holds no longer paragraph with it
    body = _body([QUOTING["spain"], QUOTING["spain"]])
    assert body.count(QUOTING["spain"]) == 2
