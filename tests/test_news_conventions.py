"""Golden cases for attribution conventions of Spanish news, in sentences written here.

Each group is one capability of ``docs/quotes.md`` / ``docs/sources.md``, in several
wordings and countries' styles.
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_quotes

Found = list[tuple[str, str, "str | None"]]


def found(text: str) -> Found:
    return [
        (q.text, q.kind.value, None if q.speaker is None else q.speaker.text)
        for q in parse_quotes(text)
    ]


#: A quoted word governed by a verb or cue of judgement is the subject's word: partial.
JUDGED: list[tuple[str, str, Found]] = [
    (
        "tachar-de-clitic",
        "Los gremios del transporte las tacharon de «hipócritas» por su doble discurso.",
        [("hipócritas", "partial", "Los gremios del transporte")],
    ),
    (
        "tildar-de-object-after",
        "El senador Pedro Gil tildó de «irresponsable» al ministro de Hacienda.",
        [("irresponsable", "partial", "Pedro Gil")],
    ),
    (
        "definir-como-indefinite",
        "El alcalde Jorge Ruiz lo definió como un «alivio» para los comerciantes.",
        [("alivio", "partial", "Jorge Ruiz")],
    ),
    (
        "calificar-como-una",
        'La diputada Rosa Páez calificó la reforma como una "burla" a los jubilados.',
        [("burla", "partial", "Rosa Páez")],
    ),
    (
        "ver-adjective",
        "La Cancillería ve «preocupante» la tensión en la frontera.",
        [("preocupante", "partial", "Cancillería")],
    ),
    (
        "juzgar-adjective",
        'El fiscal juzgó "inaceptable" la demora del peritaje, según la defensa.',
        [("inaceptable", "partial", None)],
    ),
    (
        "ver-before-a-title-is-no-judgement",
        "Cada noche la familia ve «Los Simpson» en la cocina.",
        [("Los Simpson", "title", None)],
    ),
    (
        "article-alone-still-a-term",
        "Los jóvenes bailan ahora un «perreo» más suave.",
        [("perreo", "term", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [g[1:] for g in JUDGED], ids=[g[0] for g in JUDGED])
def test_judged_words_are_partial(text: str, expected: Found) -> None:
    assert expected == found(text)


@pytest.mark.xfail(strict=True, reason="the subject of a second verb joined by 'y' is not read")
def test_judgement_by_a_coordinated_verb() -> None:
    text = "Las juntas vecinales reclamaron a la alcaldía y la tacharon de 'indolente'."
    assert [("indolente", "partial", "Las juntas vecinales")] == found(text)
