"""The next speaker brought in at the end of the sentence before their words.

Spanish news introduces a new voice with the subject after its verb ("Más optimista
se mostró la economista Ana Ruiz.") and gives the words next, with a verb of no
subject or none: the words are that person's, not the speaker before. Rules of
``docs/quotes.md`` (Speakers); every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_quotes

#: An earlier paragraph with a named speaker the rules could carry.
BEFORE = "«Vamos a apelar el fallo», dijo el abogado Mario Pinto.\n\n"


def speakers(text: str) -> list[str | None]:
    return [q.speaker.text if q.speaker else None for q in parse_quotes(BEFORE + text)][1:]


CASES: list[tuple[str, str, list[str | None]]] = [
    (
        "shown-more-optimistic-chile",
        "Más optimista se mostró la economista Ana Ruiz. «No veo una recesión», sostuvo.",
        ["Ana Ruiz"],
    ),
    (
        "thinks-the-same-mexico",
        "Lo mismo piensa el alcalde Jorge Treviño. «El fallo es justo», afirmó.",
        ["Jorge Treviño"],
    ),
    (
        "opinion-of-after-de-argentina",
        "Distinta es la visión de la jueza Marta Gil. «Nadie está sobre la ley».",
        ["Marta Gil"],
    ),
    (
        "on-the-other-side-with-an-apposition-spain",
        (
            "En la vereda opuesta está el catedrático Íñigo Sanz, experto en derecho penal. "
            "«La sentencia se sostiene», explicó."
        ),
        ["Íñigo Sanz"],
    ),
    (
        "also-spoke-colombia",
        "También opinó la concejala Luz Marina Ospina. «Esto no puede repetirse».",
        ["Luz Marina Ospina"],
    ),
    (
        "agent-of-a-passive-chile",
        "El fallo fue celebrado por la fiscal Ana Ruiz.\n\n«El tribunal hizo su trabajo», afirmó.",
        ["Ana Ruiz"],
    ),
    # the sentence after the quotation takes it back: "Eso fue lo que dijo X", "X lo dijo"
    (
        "that-was-what-said-peru",
        "«No hay control de nada». Eso fue lo que dijo la fiscal Ana Ruiz.",
        ["Ana Ruiz"],
    ),
    (
        "subject-and-lo-said-chile",
        "«No hay control de nada». La fiscal Ana Ruiz lo dijo sin rodeos.",
        ["Ana Ruiz"],
    ),
    (
        "subject-and-lo-affirmed-dominican-republic",
        "«Aquí nadie se rinde». El alcalde Ramón Peña lo afirmó frente a los vecinos.",
        ["Ramón Peña"],
    ),
    (
        "subject-and-another-verb-keeps-the-speaker-chile",
        "«No hay control de nada». La fiscal Ana Ruiz lo sabe bien.",
        ["Mario Pinto"],
    ),
    # a copula and a noun for what was said after the quotation name its owner
    (
        "the-argument-of-el-salvador",
        "«No hay fondos», fue el argumento del alcalde Óscar Menjívar.",
        ["Óscar Menjívar"],
    ),
    (
        "the-shout-of-honduras",
        "«Fuera», era el grito de los manifestantes.",
        ["los manifestantes"],
    ),
    # the defence lawyer under another name is the same person
    (
        "the-defender-is-the-lawyer-chile",
        (
            "El fiscal Luis Mena pidió prisión. «No hay pruebas», replicó el defensor.\n\n"
            "«Las pruebas sobran», insistió el persecutor."
        ),
        ["Mario Pinto", "Luis Mena"],
    ),
    # no new speaker: a preposition's object, a relative's subject
    (
        "object-of-a-preposition-keeps-the-speaker-peru",
        "El abogado se reunió luego con el fiscal Luis Mena. «Hay margen», aseguró.",
        ["Mario Pinto"],
    ),
    (
        "relative-subject-keeps-the-speaker-uruguay",
        "Criticó a la fiscalía que encabeza Luis Mena. «No hubo investigación», sostuvo.",
        ["Mario Pinto"],
    ),
]


@pytest.mark.parametrize(("text", "want"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_closing_subject(text: str, want: list[str | None]) -> None:
    assert speakers(text) == want


KNOWN_MISSES: list[tuple[str, str, list[str | None], str]] = [
    (
        "an-epithet-no-lexicon-lists-by-its-article-chile",
        (
            "El ministro de Hacienda, Mario Marcel, presentó el presupuesto.\n\n"
            "La senadora Inés Mora criticó el plan. «Es irresponsable», dijo.\n\n"
            "El exbanquero central insistió en que «las cuentas cuadran»."
        ),
        ["Mario Marcel", "Inés Mora", "Mario Marcel"],
        "an article before a noun no lexicon lists tells a gender, but not that a person is meant",
    ),
]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param(*c[1:3], marks=pytest.mark.xfail(reason=c[3], strict=True))
        for c in KNOWN_MISSES
    ],
    ids=[c[0] for c in KNOWN_MISSES],
)
def test_known_misses(text: str, want: list[str | None]) -> None:
    assert [q.speaker.text if q.speaker else None for q in parse_quotes(text)] == want
