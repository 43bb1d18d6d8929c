"""The note on the author that a page sets in its header, under the byline, is furniture.

"Ana Ruiz" over "Periodista especializada en salud." (a journalist's role opening it,
lexicon ``byline_roles.txt``), no blank line between: the author's card. Over the date
it is never the text; right over the text, only a bare role in the singular is (a lead
may open with a plural: "Periodistas de todo el país …"). Every page here is written for
these tests, in several countries' styles.
"""

from __future__ import annotations

import pytest

import noticiaparse

_TITLE = "Hospitales públicos suspenden cirugías por falta de anestesistas"
_DECK = "Los gremios de la salud advierten que la lista de espera podría duplicarse este año."
_P1 = (
    "Los principales hospitales públicos del país suspendieron desde este lunes las "
    "cirugías no urgentes por la falta de anestesistas, informó el Ministerio de Salud."
)
_P2 = "El ministerio anunció un plan de contratación de emergencia para las próximas semanas."

_NOTES = [
    "Periodista especializada en salud pública y ciencia.",
    "Editora de la sección Sociedad desde 2018. Escribe sobre salud y educación.",
    "Corresponsal en Guadalajara. Cubre salud y seguridad para el diario.",
]
_IDS = ["cl-periodista", "es-editora", "mx-corresponsal"]


@pytest.mark.parametrize("note", _NOTES, ids=_IDS)
def test_a_note_between_the_byline_and_the_date_is_furniture(note: str) -> None:
    page = f"{_TITLE}\n\n{_DECK}\n\nAna Ruiz\n{note}\n14 de marzo de 2024\n\n{_P1}\n\n{_P2}\n"
    article = noticiaparse.parse(page)
    assert article.deck is not None
    assert (article.deck.text, [p.text for p in article.body]) == (_DECK, [_P1, _P2])
    assert article.authors == ("Ana Ruiz",)


@pytest.mark.parametrize("note", _NOTES, ids=_IDS)
def test_a_note_under_the_byline_over_the_text_is_furniture(note: str) -> None:
    page = f"{_TITLE}\n\n{_DECK}\n\n14 de marzo de 2024\nPor Ana Ruiz\n{note}\n\n{_P1}\n\n{_P2}\n"
    article = noticiaparse.parse(page)
    assert [p.text for p in article.body] == [_P1, _P2]


def test_a_lead_opened_by_a_plural_role_under_the_byline_stays_the_text() -> None:
    lead = (
        "Periodistas de todo el país marcharon este lunes frente al Congreso para exigir "
        "protección tras el ataque sufrido por dos reporteros en la frontera."
    )
    page = f"{_TITLE}\n\n{_DECK}\n\n14 de marzo de 2024\nPor Ana Ruiz\n{lead}\n\n{_P2}\n"
    article = noticiaparse.parse(page)
    assert [p.text for p in article.body] == [lead, _P2]
