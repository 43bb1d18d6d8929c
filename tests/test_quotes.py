from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import noticiaparse
from noticiaparse import parse, parse_quotes

Found = list[tuple[str, str, "str | None"]]
QuoteRow = tuple[str, str, "str | None", "str | None"]


def found(text: str) -> Found:
    return [
        (q.text, q.kind.value, None if q.speaker is None else q.speaker.text)
        for q in parse_quotes(text)
    ]


def found_with_cues(text: str) -> list[QuoteRow]:
    return [
        (q.text, q.kind.value, None if q.speaker is None else q.speaker.text, q.cue)
        for q in parse_quotes(text)
    ]


GOLDEN: list[tuple[str, str, Found]] = [
    (
        "after-close-verb-name",
        "«No vamos a retroceder», dijo la ministra de Salud, Ana Rojas.",
        [("No vamos a retroceder", "direct", "Ana Rojas")],
    ),
    (
        "subject-verb-colon",
        "El alcalde Pedro Soto dijo: «Esta obra cambiará el barrio».",
        [("Esta obra cambiará el barrio", "direct", "Pedro Soto")],
    ),
    (
        "verb-que-partial",
        "La senadora Carla Muñoz afirmó que «el proyecto no tiene los votos».",
        [("el proyecto no tiene los votos", "partial", "Carla Muñoz")],
    ),
    (
        "segun",
        "Según el fiscal Andrés Vidal, «la investigación sigue abierta».",
        [("la investigación sigue abierta", "partial", "Andrés Vidal")],
    ),
    (
        "dash-dialogue",
        "—No es así —dijo el ministro Felipe Ortiz—. Vamos a revisar cada caso.",
        [
            ("No es así", "direct", "Felipe Ortiz"),
            ("Vamos a revisar cada caso.", "direct", "Felipe Ortiz"),
        ],
    ),
    (
        "headline-name-colon",
        (
            "Valdés: «No habrá nuevos impuestos»\n\n"
            "El ministro de Hacienda, Mario Valdés, descartó cambios en la reforma."
        ),
        [("No habrá nuevos impuestos", "direct", "Mario Valdés")],
    ),
    (
        "verb-only-carried",
        (
            "La diputada Inés Carrasco presentó el proyecto ayer. "
            "«Es una deuda con las regiones», sostiene."
        ),
        [("Es una deuda con las regiones", "direct", "Inés Carrasco")],
    ),
    (
        "surname-to-full-name",
        "La economista Paula Reyes habló con la prensa. «El dólar seguirá bajando», afirmó Reyes.",
        [("El dólar seguirá bajando", "direct", "Paula Reyes")],
    ),
    (
        "role-kept-without-name",
        "«Nadie quedará sin atención», aseguró el director del hospital.",
        [("Nadie quedará sin atención", "direct", "el director del hospital")],
    ),
    (
        "role-resolved-to-linked-name",
        (
            "El vocero de la Corte, Jaime Lagos, habló tras la audiencia. "
            "«El fallo es inapelable», explicó el vocero."
        ),
        [("El fallo es inapelable", "direct", "Jaime Lagos")],
    ),
    (
        "term-scare-quotes",
        "Los vecinos denuncian la «funa» en redes sociales.",
        [("funa", "term", None)],
    ),
    (
        "title-campaign",
        "La campaña «Chile Sin Humo» comenzará en marzo.",
        [("Chile Sin Humo", "title", None)],
    ),
    (
        "title-named",
        'El ministerio presentó un plan denominado "Barrios Seguros" para el verano.',
        [("Barrios Seguros", "title", None)],
    ),
    (
        "partial-qualifier",
        'La Cámara de Comercio considera "inaceptable" el alza del peaje.',
        [("inaceptable", "partial", "La Cámara de Comercio")],
    ),
    (
        "qualifying-verb-with-object",
        'La oposición calificó el discurso de "provocador".',
        [("provocador", "partial", "La oposición")],
    ),
    (
        "nested-term-inside-direct",
        'El vocero Tomás Peña dijo: «Nadie habló de un "acuerdo" todavía».',
        [
            ('Nadie habló de un "acuerdo" todavía', "direct", "Tomás Peña"),
            ("acuerdo", "term", None),
        ],
    ),
    (
        "curly-closer-as-opener",
        "“Vamos a ganar”, dijo la técnica Rosa Díaz. ” Nadie nos para”, agregó.",
        [
            ("Vamos a ganar", "direct", "Rosa Díaz"),
            ("Nadie nos para", "direct", "Rosa Díaz"),
        ],
    ),
    (
        "apostrophe-and-inches-are-not-quotes",
        "La estación O'Higgins vende una pantalla de 55\" en oferta.",
        [],
    ),
    (
        "missing-close-ends-with-paragraph",
        (
            "El gerente Luis Mora advirtió: «No hay margen para más alzas.\n\n"
            "La empresa cerró el año con pérdidas."
        ),
        [("No hay margen para más alzas.", "direct", "Luis Mora")],
    ),
    (
        "multi-paragraph-reopened",
        "«Primera parte del discurso.\n\n»Segunda parte del discurso», dijo el rector Tomás Ibarra.",  # noqa: E501
        [("Primera parte del discurso. »Segunda parte del discurso", "direct", "Tomás Ibarra")],
    ),
    (
        "straight-quotes-nested-by-position",
        'La dirigenta Marta Gil señaló: "Rechazamos el llamado "plan de rescate" del gobierno".',
        [
            ('Rechazamos el llamado "plan de rescate" del gobierno', "direct", "Marta Gil"),
            ("plan de rescate", "term", None),
        ],
    ),
    (
        "title-cue-in-the-sentence-before",
        (
            "El encuentro se prolongó durante toda la jornada. "
            "«No vamos a retroceder en esta materia», afirmó Pedro Soto."
        ),
        [("No vamos a retroceder en esta materia", "direct", "Pedro Soto")],
    ),
    # a headline: a quotation and who said it after a colon or a comma
    (
        "short-quote-colon-name",
        "«Fue un año difícil»: Ana Rojas",
        [("Fue un año difícil", "direct", "Ana Rojas")],
    ),
    (
        "headline-colon-the-warning-of",
        "«No vamos a retroceder»: la advertencia de José Antonio Kast a la oposición",
        [("No vamos a retroceder", "direct", "José Antonio Kast")],
    ),
    (
        "headline-comma-the-phrase-of-argentina",
        "«El país está en riesgo», la frase de Javier Milei que encendió la polémica",
        [("El país está en riesgo", "direct", "Javier Milei")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [g[1:] for g in GOLDEN], ids=[g[0] for g in GOLDEN])
def test_golden(text: str, expected: Found) -> None:
    assert expected == found(text)


#: The rarer turns of the reader, with the cue each quotation is credited by.
TURNS: list[tuple[str, str, list[QuoteRow]]] = [
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
        "a-document-speaks",
        "«Fue un año difícil», señaló el informe.",
        [("Fue un año difícil", "direct", "el informe", "señaló")],
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


@pytest.mark.parametrize(("text", "expected"), [t[1:] for t in TURNS], ids=[t[0] for t in TURNS])
def test_turns(text: str, expected: list[QuoteRow]) -> None:
    assert expected == found_with_cues(text)


KNOWN_MISSES: list[tuple[str, str, Found, str]] = [
    (
        "pronoun-speaker",
        "Ella le respondió: «No me vas a callar».",
        [("No me vas a callar", "direct", "Ella")],
        "a pronoun subject is not a name; the speaker is carried from context instead",
    ),
    (
        "lowercase-direct-after-comma",
        "Tal fue el caso de un vecino de Maipú, «me cobraron el doble por la misma atención».",
        [("me cobraron el doble por la misma atención", "direct", "un vecino de Maipú")],
        "a lowercase clause with no verb around it reads as partial, with no speaker",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(m[1], m[2], marks=pytest.mark.xfail(strict=True, reason=m[3]))
        for m in KNOWN_MISSES
    ],
    ids=[m[0] for m in KNOWN_MISSES],
)
def test_known_misses(text: str, expected: Found) -> None:
    assert expected == found(text)


def test_cue_is_the_verb_as_written() -> None:
    quotes = parse_quotes("«Lo haremos», Aseguró la alcaldesa Rosa Vera.")
    assert ["Aseguró"] == [q.cue for q in quotes]


def test_spans_point_at_the_content() -> None:
    text = "Intro.\r\n\r\n«Hay\u00a0que  esperar», sostuvo la jueza Lidia Paz."
    (quote,) = parse_quotes(text)
    assert "Hay que esperar" == quote.text
    assert "Hay\u00a0que  esperar" == text[quote.start : quote.end]
    assert quote.speaker is not None
    assert "Lidia Paz" == text[quote.speaker.start : quote.speaker.end]


def test_seed_quotes(seed_record: dict[str, Any]) -> None:
    article = parse(seed_record["text"], country="CL")
    expected = [(q["text"], q["kind"]) for q in seed_record["gold"]["quotes"]]
    assert expected == [(q.text, q.kind.value) for q in article.quotes]
    partial = [q for q in article.quotes if q.kind.value == "partial"]
    assert ["varios"] == [q.speaker.text for q in partial if q.speaker is not None]


def test_many_unmatched_marks_parse() -> None:
    # linear time is shown by the benchmark; here, that it finishes and finds nothing
    for mark in "«»“”\"'":
        assert [] == found(mark * 100_000)


def test_teaser_of_another_article_has_no_quotes() -> None:
    text = (
        "Título de la nota\n\n"
        "La ministra Ana Rojas dijo que «el plan sigue».\n\n"
        "NOTICIA RELACIONADA\n\n"
        "«Otro plan» presentó el alcalde\n\n"
        "El resto del texto sigue aquí."
    )
    assert ["el plan sigue"] == [q.text for q in noticiaparse.parse(text).quotes]


# --- properties -----------------------------------------------------------------------

_WORDS = st.sampled_from(
    [
        "agua",
        "luz",
        "calle",
        "barrio",
        "plan",
        "ley",
        "obra",
        "mesa",
        "ruta",
        "pago",
        "deuda",
        "voto",
        "tren",
        "puente",
        "plaza",
    ]
)
_VERBS = st.sampled_from(["dijo", "afirmó", "sostuvo", "señaló", "aseguró", "explicó", "agregó"])
_NAMES = st.sampled_from(["Ana Rojas", "Pedro Soto", "Carla Muñoz", "Tomás Ibarra", "Inés Paz"])
_PAIRS = st.sampled_from([("«", "»"), ("“", "”"), ('"', '"')])


@given(st.lists(_WORDS, min_size=2, max_size=12), _PAIRS, _VERBS, _NAMES)
def test_quote_from_random_words_is_found_with_its_speaker(
    words: list[str], marks: tuple[str, str], verb: str, name: str
) -> None:
    content = " ".join([words[0].capitalize(), *words[1:]])
    text = f"{marks[0]}{content}{marks[1]}, {verb} {name}."
    assert [(content, "direct", name)] == found(text)


@given(st.lists(_WORDS, min_size=4, max_size=12), _VERBS, _NAMES)
def test_partial_after_que_is_found_with_its_speaker(
    words: list[str], verb: str, name: str
) -> None:
    content = " ".join(words)
    text = f"La jefa {name} {verb} que «{content}» en la sesión."
    assert [(content, "partial", name)] == found(text)


@given(st.text(alphabet=st.sampled_from("ab «»“”\"'‘’—.,:\n"), max_size=300))
def test_mark_soup_parses_and_spans_hold_the_quote(text: str) -> None:
    for quote in parse_quotes(text):
        assert 0 <= quote.start <= quote.end <= len(text)
        assert quote.text == " ".join(text[quote.start : quote.end].split())


def test_a_shortcode_kept_in_running_text_holds_no_quotes() -> None:
    text = (
        'Marcharon miles. [caption id="attachment_7" align="aligncenter" width="900"] '
        "Foto: Archivo[/caption] Luego la vocera afirmó: «Seguiremos en la calle»."
    )
    assert ["Seguiremos en la calle"] == [q.text for q in parse_quotes(text)]
