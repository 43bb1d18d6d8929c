"""A share of a group speaks for the group: "la mayoría de los vecinos", "la mitad de".

Sentences written for these tests, in several countries' styles: the rule of
``docs/quotes.md`` (Speakers) and ``docs/sources.md``. A noun of a share
(``share_nouns.txt``) before "de" and a group reads as the percentage does ("el 71% de
los consultados"): its plural verbs after it have a group to agree with.
"""

from __future__ import annotations

import pytest

from _speakers import speakers

CASES: list[tuple[str, str, list[str | None]]] = [
    (
        "most-of-the-parties-spain",
        (
            "El diputado Andrés Soler criticó al Senado. La mayoría de los partidos de la "
            "Mesa sostiene que los plazos son «irrenunciables». «Deben cumplirse las dos "
            "condiciones», aducen."
        ),
        ["los partidos de la Mesa", "los partidos de la Mesa"],
    ),
    (
        "half-of-the-neighbours-chile",
        (
            "La alcaldesa Irene Campos visitó la población. La mitad de los vecinos asegura "
            "que el agua llega «cada tres días»."
        ),
        ["los vecinos"],
    ),
    (
        "most-of-two-parties-spain",
        (
            "El senador Tomás Ibarra presentó su voto. La mayoría de PSOE y Sumar "
            "argumenta que la reforma es «urgente»."
        ),
        ["PSOE y Sumar"],
    ),
    (
        "a-good-part-of-the-deputies-argentina",
        (
            "El ministro Hugo Peralta defendió el presupuesto. Buena parte de los diputados "
            "opositores considera que el ajuste es «inviable»."
        ),
        ["los diputados opositores"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_share_speaks_for_its_group(text: str, expected: list[str | None]) -> None:
    assert expected == speakers(text)


MISSES: list[tuple[str, str, list[str | None], str]] = [
    (
        "two-bodies-the-second-with-its-article-mexico",
        (
            "El senador Tomás Ibarra presentó su voto. La mayoría de Morena y el PT en la "
            "comisión argumenta que la reforma es «urgente»."
        ),
        ["Morena"],
        (
            "the verb's subject reader stops at the second body ('el PT en la comisión'),"
            " which is no subject of its own, and the speaker carries"
        ),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(*c[1:3], marks=pytest.mark.xfail(reason=c[3], strict=True)) for c in MISSES],
    ids=[c[0] for c in MISSES],
)
def test_known_misses(text: str, expected: list[str | None]) -> None:
    assert expected == speakers(text)
