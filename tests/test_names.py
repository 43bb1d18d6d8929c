from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from noticiaparse import parse
from noticiaparse._reading import (
    build_cast,
    find_attributions,
    index_tokens,
    media_type,
    phrase_after,
    phrase_before,
    read_article,
    reporting_participle,
    reporting_verb,
    tokenize,
)
from noticiaparse._text.lexicons import rows
from noticiaparse._text.span import Span

AFTER: list[tuple[str, str, str, str]] = [
    (
        "role-complement-name",
        "el ministro del Interior, Andrés Lira.",
        "el ministro del Interior, Andrés Lira",
        "person",
    ),
    (
        "role-then-name",
        "la periodista Camila Rojas en su programa",
        "la periodista Camila Rojas",
        "person",
    ),
    ("bare-name", "Jorge Fuentes, experto en energía.", "Jorge Fuentes", "person"),
    ("outlet-with-article", "El Mercurio en su edición del domingo", "El Mercurio", "media"),
    (
        "organisation",
        "la Superintendencia de Pensiones, tras revisar",
        "la Superintendencia de Pensiones",
        "organization",
    ),
    ("acronym", "la PDI en un comunicado", "la PDI", "organization"),
    (
        "document",
        "un estudio de la Universidad de Chile.",
        "un estudio de la Universidad de Chile",
        "document",
    ),
    (
        "anonymous",
        "fuentes del ministerio, que pidieron reserva",
        "fuentes del ministerio",
        "anonymous",
    ),
    (
        "group-of-plural",
        "varios de los partidos del bloque",
        "varios de los partidos del bloque",
        "organization",
    ),
    ("plural-role", "los dirigentes vecinales.", "los dirigentes vecinales", "person"),
    ("outlet-anaphora", "el diario, en su portada", "el diario", "media-ref"),
]


@pytest.mark.parametrize(
    ("text", "expected", "kind"), [a[1:] for a in AFTER], ids=[a[0] for a in AFTER]
)
def test_phrase_after(text: str, expected: str, kind: str) -> None:
    phrase = phrase_after(text, 0, len(text))
    assert phrase is not None
    assert (expected, kind) == (text[phrase.start : phrase.end], phrase.kind)


BEFORE: list[tuple[str, str, str | None]] = [
    ("plain", "La jueza Marta Díaz dijo", "La jueza Marta Díaz"),
    ("clitic", "El vocero le respondió", "El vocero"),
    ("auxiliary", "Pedro Lagos ha dicho", "Pedro Lagos"),
    ("appositive-role", "Luis Mena, gerente de Andes SpA, afirmó", "Luis Mena"),
    (
        "appositive-name",
        "el ministro de Obras Públicas, Raúl Soto, anunció",
        "el ministro de Obras Públicas, Raúl Soto",
    ),
    ("relative-clause", "Ana Paz, quien asumió en mayo, anunció", "Ana Paz"),
    ("object-of-preposition", "la reunión con el alcalde explicó", None),
    ("clause-between-commas", "Según el banco, la tasa bajará, dijo", None),
]


@pytest.mark.parametrize(("text", "expected"), [b[1:] for b in BEFORE], ids=[b[0] for b in BEFORE])
def test_phrase_before(text: str, expected: str | None) -> None:
    verb = text.rsplit(maxsplit=1)[-1]
    phrase = phrase_before(text, text.rindex(verb), 0)
    assert expected == (None if phrase is None else text[phrase.start : phrase.end])


def test_reporting_verbs_in_the_forms_news_uses() -> None:
    forms = ["dijo", "afirmó", "sostiene", "señalaron", "aseguraba", "explicando", "tuiteó"]
    assert all(reporting_verb(form) for form in forms)
    assert not reporting_verb("cuenta")  # a noun, unless right after a closing mark
    assert reporting_verb("cuenta", after_quote=True)
    assert reporting_participle("informadas")
    assert not reporting_participle("casa")


def test_every_outlet_has_country_and_type() -> None:
    types = {"newspaper", "online", "radio", "tv", "magazine", "agency"}
    outlets = rows("outlets.tsv")
    assert len(outlets) >= 300
    assert [] == [row for row in outlets if len(row) != 3 or row[2] not in types]
    assert ("agency", "agency", "radio") == (
        media_type("EFE"),
        media_type("AFP"),
        media_type("ADN Radio"),
    )


def test_tokens_keep_abbreviations_whole() -> None:
    text = "La firma Andes S.A. dijo."
    assert ["La", "firma", "Andes", "S.A.", "dijo"] == [
        t.text for t in tokenize(text, 0, len(text))
    ]


def test_cast_links_roles_and_surnames() -> None:
    text = (
        "La vocera Paula Ibáñez, de 42 años, habló ayer. El director del hospital, "
        "Mario Cruz, también. Ibáñez dijo que la vocera volverá."
    )
    cast = build_cast(text, [Span(0, len(text))])
    assert "Paula Ibáñez" == cast.full_name("Ibáñez")
    assert "Paula Ibáñez" == cast.role_link("vocera", len(text))
    assert "Mario Cruz" == cast.role_link("director", len(text))


def test_role_without_link_joins_the_person_of_the_same_gender() -> None:
    text = "Carla Soto y Pedro Mena llegaron. Carla Soto habló primero. La dirigenta lo repitió."
    cast = build_cast(text, [Span(0, len(text))])
    assert "Carla Soto" == cast.last_person(len(text), gender="f")
    assert "Pedro Mena" == cast.last_person(len(text), gender="m")


def test_attributions_skip_quoted_words() -> None:
    text = "«El ministro dijo que no», afirmó Rosa Paz."
    cues = [a.cue for a in find_attributions(text, [Span(0, len(text))], [Span(1, 24)])]
    assert ["afirmó"] == cues


@given(st.text(max_size=200), st.integers(min_value=0, max_value=200))
def test_phrase_readers_never_raise(text: str, pos: int) -> None:
    pos = min(pos, len(text))
    for phrase in (phrase_after(text, pos, len(text)), phrase_before(text, pos, 0)):
        assert phrase is None or 0 <= phrase.start <= phrase.end <= len(text)


_WORDY = st.text(alphabet="ab AÉ.-'’&\n1Σ", max_size=160)


@given(
    _WORDY,
    st.lists(st.tuples(st.integers(0, 160), st.integers(0, 160)), max_size=4),
    st.integers(-5, 170),
    st.integers(-5, 170),
)
def test_index_windows_read_as_tokenize_does(
    text: str, regions: list[tuple[int, int]], lo: int, hi: int
) -> None:
    index = index_tokens(text, [Span(min(a, b), max(a, b)) for a, b in regions])
    assert tokenize(text, lo, hi) == index.window(lo, hi)


def test_one_reading_holds_the_cast_and_the_attributions_outside_quotes() -> None:
    text = "El vocero Marcelo Díaz dijo que no.\nLuego Díaz afirmó «basta», según La Tercera."
    reading = read_article(text, [Span(0, len(text))])
    assert ((0, 35), (36, len(text))) == reading.regions
    quoted = [Span(q.start, q.end) for q in reading.quotations]
    assert build_cast(text, reading.regions, quoted=quoted) == reading.cast
    assert find_attributions(text, reading.regions, quoted) == reading.attributions.found
    assert ["dijo", "afirmó", "según"] == [a.cue for a in reading.attributions.found]


#: A month that is also a given name ("Julio", "Abril") opens or continues a person's
#: name when another name's word follows; alone, or before "de" and a year, it is the month.
MONTH_NAMES = [
    ("given-name-after-the-verb", "«No hay plazo», dijo Julio Benítez.", "Julio Benítez"),
    ("given-name-as-subject", "Abril Gómez aseguró que «todo sigue igual».", "Abril Gómez"),
    ("second-given-name", "«Seguimos», dijo Carlos Julio Arosemena.", "Carlos Julio Arosemena"),
]


@pytest.mark.parametrize(
    ("text", "speaker"), [m[1:] for m in MONTH_NAMES], ids=[m[0] for m in MONTH_NAMES]
)
def test_a_month_that_is_a_given_name_opens_a_name(text: str, speaker: str) -> None:
    quotes = parse(text).quotes
    assert [q.speaker.text if q.speaker else None for q in quotes] == [speaker]


def test_the_month_before_de_and_a_year_stays_a_date() -> None:
    article = parse("En Julio de 2020, Ana Rojas dijo que «todo está bien».")
    assert [d.raw for d in article.dates] == ["Julio de 2020"]
    assert [s.name for s in article.sources] == ["Ana Rojas"]


def test_the_never_a_name_set_is_the_stop_words_and_the_unquoted_reporting_verbs() -> None:
    from noticiaparse._reading import names as names_module  # noqa: PLC0415
    from noticiaparse._reading import vocabulary  # noqa: PLC0415

    verbs = {form for form in vocabulary.reporting_forms() if vocabulary.reporting_verb(form)}
    expected = vocabulary.word_set("stopwords.txt") | verbs
    assert expected == names_module._never_in_names()  # noqa: SLF001


def test_the_field_readers_read_each_token_s_named_fields() -> None:
    # LOW and CAPITAL read a token's fields by their place (mapped over every word)
    from noticiaparse._reading.tokens import CAPITAL, LOW, tokenize  # noqa: PLC0415

    tokens = tokenize("Dijo el Ministro de ÉXITO, ayer.", 0, 32)
    assert [(t.low, t.capital) for t in tokens] == [(LOW(t), CAPITAL(t)) for t in tokens]
