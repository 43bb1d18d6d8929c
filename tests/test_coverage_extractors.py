"""Quotes, sources and publication lines: golden cases for the rarer turns of the readers.

The sentences are written for these tests; each case reaches a branch the other
tests leave alone and says what the reader should give there.
"""

from __future__ import annotations

import datetime as dt

import pytest

import noticiaparse
from noticiaparse import parse_quotes, parse_sources
from noticiaparse._layout.published import read_date_line

QuoteRow = tuple[str, str, "str | None", "str | None"]


def quotes(text: str) -> list[QuoteRow]:
    return [
        (q.text, q.kind.value, None if q.speaker is None else q.speaker.text, q.cue)
        for q in parse_quotes(text)
    ]


def sources(text: str) -> list[tuple[str, str, int]]:
    return [(s.name, s.kind.value, len(s.mentions)) for s in parse_sources(text)]


QUOTES: list[tuple[str, str, list[QuoteRow]]] = [
    (
        "segun-after-the-quote",
        "«Fue un año difícil», según la ministra Ana Rojas.",
        [("Fue un año difícil", "direct", "Ana Rojas", "según")],
    ),
    (
        "de-acuerdo-con-after-the-quote",
        "«Fue un año difícil», de acuerdo con la ministra Ana Rojas.",
        [("Fue un año difícil", "direct", "Ana Rojas", "de acuerdo con")],
    ),
    (
        "adverb-before-segun",
        "«Fue un año difícil», también según la ministra Ana Rojas.",
        [("Fue un año difícil", "direct", "Ana Rojas", "según")],
    ),
    (
        "colon-then-a-name",
        "«Este fue un año muy difícil para todos»: Ana Rojas",
        [("Este fue un año muy difícil para todos", "direct", "Ana Rojas", None)],
    ),
    (
        "colon-then-a-description",
        "«Este fue un año muy difícil para todos»: la ministra",
        [("Este fue un año muy difícil para todos", "direct", None, None)],
    ),
    (
        "verb-then-a-time-word",
        "«Fue un año difícil», dijo ayer el ministro Felipe Ortiz.",
        [("Fue un año difícil", "direct", "Felipe Ortiz", "dijo")],
    ),
    (
        "verb-then-an-adverbial",
        "«Fue un año difícil», dijo en su oportunidad el ministro Felipe Ortiz.",
        [("Fue un año difícil", "direct", "Felipe Ortiz", "dijo")],
    ),
    (
        "a-document-is-no-speaker",
        "«Fue un año difícil», señaló el informe.",
        [("Fue un año difícil", "direct", None, "señaló")],
    ),
    (
        "dash-without-closing-dash",
        "—No es así —dijo el ministro Felipe Ortiz",
        [("No es así", "direct", "Felipe Ortiz", "dijo")],
    ),
    (
        "dash-then-trailing-spaces",
        "—No es así —dijo el ministro Felipe Ortiz—.   ",
        [("No es así", "direct", "Felipe Ortiz", "dijo")],
    ),
    (
        "dash-line-without-incise",
        "—No es así, y lo sabemos   \n",
        [("No es así, y lo sabemos", "direct", None, None)],
    ),
    (
        "dash-two-incises",
        "—No es así —sostuvo—, vamos a revisar cada caso —agregó Felipe Ortiz.",
        [
            ("No es así", "direct", "Felipe Ortiz", "sostuvo"),
            ("vamos a revisar cada caso", "direct", "Felipe Ortiz", "agregó"),
        ],
    ),
    (
        "dash-opening-with-nothing-said",
        "—— —dijo el ministro Felipe Ortiz—. Vamos a revisar cada caso.",
        [("Vamos a revisar cada caso.", "direct", "Felipe Ortiz", "dijo")],
    ),
    (
        "quote-resumed-after-the-incise",
        "«No vamos a retroceder», dijo, «y vamos a seguir con el plan hasta el final».",
        [
            ("No vamos a retroceder", "direct", None, "dijo"),
            ("y vamos a seguir con el plan hasta el final", "direct", None, "dijo"),
        ],
    ),
    (
        "incise-with-a-name-before-the-quote",
        "El plan, dijo la ministra Ana Rojas, «es el mejor que hemos tenido en muchos años».",
        [("es el mejor que hemos tenido en muchos años", "partial", "Ana Rojas", "dijo")],
    ),
    (
        "como-dijo",
        "Como dijo Ana Rojas, «aquí no se rinde nadie, compañeros».",
        [("aquí no se rinde nadie, compañeros", "partial", "Ana Rojas", "dijo")],
    ),
    (
        "segun-something-else",
        "Según lo previsto, «la obra estará lista en marzo».",
        [("la obra estará lista en marzo", "partial", None, None)],
    ),
    (
        "title-inside-a-quote",
        'El alcalde dijo: "el plan "Calles 2030" sigue".',
        [
            ('el plan "Calles 2030" sigue', "partial", "El alcalde", "dijo"),
            ("Calles 2030", "title", None, None),
        ],
    ),
    (
        "quoted-numbers",
        'Se vendieron "3.000" entradas y "4" más.',
        [("3.000", "term", None, None), ("4", "term", None, None)],
    ),
    (
        "long-quote-reopened-after-an-indent",
        (
            "«Vamos a corregir todo lo que haga falta.\n\n"
            "   «Y lo haremos pronto», dijo la ministra Ana Rojas."
        ),
        [
            (
                "Vamos a corregir todo lo que haga falta. «Y lo haremos pronto",
                "direct",
                "Ana Rojas",
                "dijo",
            )
        ],
    ),
    ("empty-quote", "La ministra dijo «»  y se fue.", []),
    ("invisible-quote", "La ministra dijo «\u200b» y se fue.", []),
    (
        "speaker-carried-to-the-next-paragraph",
        (
            "La ministra Ana Rojas habló ayer con la prensa en La Moneda.\n\n"
            "«No vamos a retroceder. Vamos a seguir con el plan hasta el final»."
        ),
        [
            (
                "No vamos a retroceder. Vamos a seguir con el plan hasta el final",
                "direct",
                "Ana Rojas",
                None,
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [q[1:] for q in QUOTES], ids=[q[0] for q in QUOTES])
def test_quotes(text: str, expected: list[QuoteRow]) -> None:
    assert expected == quotes(text)


QUOTE_MISSES = [
    pytest.param(
        "«Fue un año difícil»: Ana Rojas",
        [("Fue un año difícil", "direct", "Ana Rojas", None)],
        marks=pytest.mark.xfail(
            strict=True, reason="a short quotation before ': Name' is read as a term"
        ),
        id="short-quote-colon-name",
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUOTE_MISSES)
def test_quote_known_misses(text: str, expected: list[QuoteRow]) -> None:
    assert expected == quotes(text)


SOURCES: list[tuple[str, str, list[tuple[str, str, int]]]] = [
    (
        "carried-quote-adds-no-mention",
        (
            "La ministra Ana Rojas dijo que «no vamos a retroceder».\n\n"
            "«Vamos a seguir con el plan hasta el final de este año»."
        ),
        [("Ana Rojas", "person", 1)],
    ),
    (
        "dash-dialogue-carried",
        (
            "—No es así —dijo el ministro Felipe Ortiz.\n"
            "—Vamos a revisar cada caso y a conversar con todos."
        ),
        [("Felipe Ortiz", "person", 1)],
    ),
    (
        "speaker-after-an-adverbial",
        "«Fue un año difícil», dijo en su oportunidad el ministro Felipe Ortiz.",
        [("Felipe Ortiz", "person", 1)],
    ),
    ("document-is-no-source", "«Fue un año difícil», señaló el informe.", []),
]


@pytest.mark.parametrize(
    ("text", "expected"), [s[1:] for s in SOURCES], ids=[s[0] for s in SOURCES]
)
def test_sources(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert expected == sources(text)


@pytest.mark.xfail(
    strict=True, reason="a speaker named after '«…»:' has no cue, so it is not made a source"
)
def test_speaker_after_a_colon_is_a_source() -> None:
    assert [("Ana Rojas", "person", 1)] == sources(
        "«Este fue un año muy difícil para todos»: Ana Rojas"
    )


@pytest.mark.xfail(
    strict=True,
    reason="the layout keeps a related-article teaser's headline in the body; the quotes "
    "reader reads only article text, as the layout decides it",
)
def test_teaser_of_another_article_has_no_quotes() -> None:
    text = (
        "Título de la nota\n\n"
        "La ministra Ana Rojas dijo que «el plan sigue».\n\n"
        "NOTICIA RELACIONADA\n\n"
        "«Otro plan» presentó el alcalde\n\n"
        "El resto del texto sigue aquí."
    )
    assert ["el plan sigue"] == [q.text for q in noticiaparse.parse(text).quotes]


DATE_LINES: list[tuple[str, str, tuple[dt.date | dt.datetime, bool, bool] | None]] = [
    (
        "midnight-am",
        "16 de marzo de 2021, 12:15 a.m.",
        (dt.datetime(2021, 3, 16, 0, 15), False, False),
    ),
    (
        "midnight-AM",
        "16 de marzo de 2021 12:15 AM",
        (dt.datetime(2021, 3, 16, 0, 15), False, False),
    ),
    ("english-month-abbreviation", "Publicado: 16 Mar 2021", (dt.date(2021, 3, 16), True, False)),
    (
        "english-month-abbreviation-with-time",
        "Publicado: 16 Mar 2021 10:30",
        (dt.datetime(2021, 3, 16, 10, 30), True, False),
    ),
    ("impossible-day-in-words", "Publicado el 31 de febrero de 2021", None),
    ("impossible-day-in-digits", "Publicado el 31/02/2021", None),
    ("impossible-day-behind-a-cue", "Publicado: 45 Mar 2021", None),
    ("unknown-month-behind-a-cue", "Publicado: 16 Foo 2021", None),
]


@pytest.mark.parametrize(
    ("line", "expected"), [d[1:] for d in DATE_LINES], ids=[d[0] for d in DATE_LINES]
)
def test_date_lines(line: str, expected: tuple[dt.date | dt.datetime, bool, bool] | None) -> None:
    found = read_date_line(line)
    assert expected == (None if found is None else (found.value, found.published, found.updated))


@pytest.mark.parametrize(
    ("date_line", "published"),
    [
        ("Publicado el 16 de marzo de 2021", dt.date(2021, 3, 16)),
        ("16 de marzo de 2021 | 10:30", dt.datetime(2021, 3, 16, 10, 30)),
    ],
    ids=["date", "date-and-time"],
)
def test_publication_date_is_the_reference_when_none_is_given(
    date_line: str, published: dt.date | dt.datetime
) -> None:
    text = (
        f"Sube el precio del pan\n\n{date_line}\n\n"
        "Ayer el kilo de pan subió a $1.500, informó la asociación de panaderos."
    )
    article = noticiaparse.parse(text)
    assert article.published is not None
    assert published == article.published.value
    assert [("Ayer", "2021-03-15")] == [(d.raw, d.resolved) for d in article.dates]
