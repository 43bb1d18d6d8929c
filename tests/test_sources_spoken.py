"""Whoever speaks a quotation is a source, however the text names them.

Sentences written here, one group per rule of ``docs/sources.md``, in several wordings
and countries' styles: a speaker the context gives (no reporting verb names them at the
quotation) is a source as one a verb names is; a name inside another quotation speaks
none of the quotations after it; a spokesman after an opening "Citado por X," is no
description of X; a surname that is a number word ("Diez") is the person's.
"""

from __future__ import annotations

import pytest

from _credit import Credited, credited
from noticiaparse._extract.sources import find_sources
from noticiaparse._model import QuoteKind
from noticiaparse._reading import PERSON, Credit, Phrase, read_article
from noticiaparse._text.span import Span
from noticiaparse._text.spine import build_spine

CASES: list[tuple[str, str, Credited]] = [
    # a speaker the context gives: the sentence before names them, with a verb that reports
    # nothing ("visitó", "recorrió", "llegó"), and the quotation follows with no verb
    (
        "context-speaker-after-a-visit-chile",
        (
            "El ministro de Hacienda, Mario Ruiz, visitó ayer la planta de Rancagua. «Esto "
            "es una muy buena noticia para la región»."
        ),
        [("Mario Ruiz", "person")],
    ),
    (
        "context-speaker-in-the-next-paragraph-colombia",
        (
            "La gobernadora de Antioquia, Lucía Restrepo, recorrió las zonas inundadas el "
            'martes.\n\n"Ningún damnificado quedará sin techo, eso se lo puedo asegurar a '
            'todos".'
        ),
        [("Lucía Restrepo", "person")],
    ),
    (
        "context-speaker-before-a-colon-argentina",
        (
            "El técnico de Racing, Gustavo Costas, habló tras la derrota ante Lanús: "
            '"Hay que levantar la cabeza y seguir trabajando".'
        ),
        [("Gustavo Costas", "person")],
    ),
    (
        "context-speaker-three-names-peru",
        (
            "El alcalde de Arequipa, Víctor Hugo Rivera, llegó temprano al mercado. "
            '"Vamos a reforzar la seguridad en los puestos".'
        ),
        [("Víctor Hugo Rivera", "person")],
    ),
    (
        "context-speaker-and-a-later-verb-mexico",
        (
            "El secretario de Seguridad, Omar Vidal, encabezó la reunión del gabinete este "
            "lunes.\n\n«Vamos a recuperar las calles de la ciudad», dijo a la prensa al salir."
        ),
        [("Omar Vidal", "person")],
    ),
    # a quotation inside another: its speaker is named inside the outer one, and speaks
    (
        "speaker-of-a-quotation-inside-another-spain",
        (
            "El abogado Luis Pardo recordó la audiencia: «Cuando la jueza Marta Gil dijo: "
            '"El acusado queda libre", todos lloramos».'
        ),
        [("Luis Pardo", "person"), ("Marta Gil", "person")],
    ),
    # an outlet or an organisation before a comma is no person a description could be
    # set in apposition to: the spokesman after it is a source of its own
    (
        "spokesman-after-citado-por",
        "Citado por la agencia Reuters, un portavoz del ministerio dijo que no habrá cambios.",
        [("Reuters", "media"), ("un portavoz del ministerio", "anonymous")],
    ),
    (
        "official-after-consultado-por-us",
        (
            "Consultado por la cadena CNN, un alto funcionario de la Casa Blanca aseguró que "
            "la visita sigue en pie."
        ),
        [("CNN", "media"), ("un alto funcionario de la Casa Blanca", "anonymous")],
    ),
    (
        "spokesman-after-citando-a",
        "Citando a la agencia AP, un vocero de la Cancillería confirmó la reunión.",
        [("AP", "media"), ("un vocero de la Cancillería", "anonymous")],
    ),
    # a description after a person's name is that person still
    (
        "description-after-a-person-stays-hers",
        "«No alcanza», relató a Efe Marta Ríos, una costurera de Lima.",
        [("Efe", "media"), ("Marta Ríos", "person")],
    ),
    # a surname that is a number word ("Diez", "Seis") names the person it was given
    # to; a number alone names no one
    (
        "surname-that-is-a-number-word-chile",
        (
            "Christian Diez, académico del Centro de Estudios, analizó el fenómeno. «Las "
            "ventas cayeron a la mitad», agrega Diez."
        ),
        [("Christian Diez", "person")],
    ),
    (
        "a-number-alone-names-no-one-spain",
        "Tres de ellos aseguraron que no vieron nada.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_spoken(text: str, expected: Credited) -> None:
    assert credited(text) == expected


def _credits_of(text: str, speaker: str, quotation: int) -> list[str]:
    """The sources' names when the quotes reader gave ``speaker`` (its first occurrence)
    the quotation numbered ``quotation``."""
    spine = build_spine(text)
    reading = read_article(spine.text, [Span(0, len(spine.text))])
    at = spine.text.index(speaker)
    phrase = Phrase(at, at + len(speaker), PERSON)
    raw = reading.quotations[quotation]
    credit = Credit(raw, QuoteKind.DIRECT, phrase, None)
    return [s.name for s in find_sources(spine, reading, [credit])]


def test_a_name_inside_an_earlier_quotation_speaks_no_later_one() -> None:
    # the words inside a quotation are its speaker's: a group named there ("Los
    # guardias comenzaron…") is whom they speak of, never a source
    text = (
        "«Los guardias comenzaron a golpearnos», dijo el joven. «No dejaron que nadie "
        "saliera del local»."
    )
    assert "Los guardias" not in _credits_of(text, "Los guardias", 1)


def test_a_name_inside_the_quotation_that_holds_the_quoted_one_speaks_it() -> None:
    text = 'Ana Paz lo recordó: «Cuando el juez Luis Mora dijo: "Queda libre", lloramos».'
    assert "Luis Mora" in _credits_of(text, "Luis Mora", 1)
