"""A sentence that gives a speaker's words goes on giving them: fragments after a partial.

Sentences written for these tests, in several countries' styles. The rule of
``docs/quotes.md`` (Kinds): a short fragment in small letters after a partial quotation
of its own sentence is partial too, and its speaker is that one's; a determiner before
it, or a full stop between, leaves the writer's term.
"""

from __future__ import annotations

import pytest

from _speakers import kinds_and_speakers as read

CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "a-second-verb-after-the-partial-chile",
        (
            "La alcaldesa Claudia Pizarro dijo que los recursos llegan «tarde» y se quedan "
            "«a medio camino» en las regiones."
        ),
        [("partial", "Claudia Pizarro"), ("partial", "Claudia Pizarro")],
    ),
    (
        "an-adjunct-between-mexico",
        (
            "El senador Ricardo Monreal aseguró que el dictamen salió «al vapor», sin "
            "consulta, con plazos «imposibles» de cumplir."
        ),
        [("partial", "Ricardo Monreal"), ("partial", "Ricardo Monreal")],
    ),
    (
        "a-neuter-adjective-after-a-certainty-spain",
        (
            "El exconsejero Andrés Vidal tiene la certeza de que «más temprano que tarde» "
            "se verá lo «injusto» de la condena."
        ),
        [("partial", "Andrés Vidal"), ("partial", "Andrés Vidal")],
    ),
    (
        "a-relative-clause-after-the-partial-spain",
        (
            "El exconsejero Andrés Vidal tiene la certeza de que «más temprano que tarde» "
            "acudirá a las instancias «que haga falta»."
        ),
        [("partial", "Andrés Vidal"), ("partial", "Andrés Vidal")],
    ),
    (
        "a-second-subject-in-a-credited-sentence-peru",
        (
            "Para la presidenta Dina Boluarte, los ataques son «provocaciones», y los buques "
            "de la alianza están «a las puertas» del país."
        ),
        [("partial", "Dina Boluarte"), ("partial", "Dina Boluarte")],
    ),
    (
        "a-verb-of-seeing-after-the-partial-colombia",
        (
            "El ministro Ángel Torres explicó que el fuego avanzó «muy rápido» en la zona, "
            "donde el terreno es «escarpado» y el viento sopla con fuerza."
        ),
        [("partial", "Ángel Torres"), ("partial", "Ángel Torres")],
    ),
    # a determiner before it: the writer's name for a thing
    (
        "a-determiner-keeps-the-writer-s-term-argentina",
        "El alcalde pidió «calma», mientras la «barra brava» seguía en las calles.",
        [("partial", "El alcalde"), ("term", None)],
    ),
    (
        "a-determiner-after-a-charge-venezuela",
        (
            "La senadora acusó al ministro de actuar con «soberbia» frente a los «chalecos "
            "amarillos» de la zona."
        ),
        [("partial", "La senadora"), ("term", None)],
    ),
    # the same words quoted again later in the article are the same speaker's
    (
        "the-same-words-again-chile",
        (
            "La Corte Suprema sostuvo que la ley no puede tocar los «derechos adquiridos». "
            "El proyecto del Gobierno, sin embargo, pasa por encima de los «derechos "
            "adquiridos» de los jubilados."
        ),
        [("partial", "La Corte Suprema"), ("partial", "La Corte Suprema")],
    ),
    # a fragment before a later one of the sentence: the same speaker's (docs/quotes.md)
    (
        "a-fragment-before-the-first-partial",
        (
            "El exministro sigue «tranquilo» y está convencido de que «tarde o temprano» se "
            "verá lo «injusto» del fallo."
        ),
        [("partial", "El exministro"), ("partial", "El exministro"), ("partial", "El exministro")],
    ),
    # a full stop ends what the speaker's sentence gives
    (
        "a-full-stop-between-caribe",
        "El alcalde dijo que el plan es «un fracaso». Los vecinos, en cambio, están «felices».",
        [("partial", "El alcalde"), ("term", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_sentence_goes_on(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert expected == read(text)


MISSES: list[tuple[str, str, list[tuple[str, str | None]], str]] = [
    (
        "an-apposed-fragment-after-a-determiner",
        "Para el PRI, la votación fue una maniobra «ilegal», una «trampa» para ganar tiempo.",
        [("partial", "el PRI"), ("partial", "el PRI")],
        "a determiner before a fragment leaves the writer's term, apposed to a partial or not",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(m[1], m[2], marks=pytest.mark.xfail(strict=True, reason=m[3])) for m in MISSES],
    ids=[m[0] for m in MISSES],
)
def test_known_misses(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert expected == read(text)
