"""Furniture between the article's paragraphs: embedded posts, players, polls, captions.

Every page here is written for these tests. An embedded post's signature ("— Name
(@handle) date", "Una publicación compartida por …") closes the post's text: the line
right over it is the post's, a blank line between or not, and the lines over that one
only when short or marked like a post (a handle, a hashtag, a link, an emoji), so the
article's paragraphs over a post stay the article's
(:func:`noticiaparse._layout.signature.post_text`). A platform's or a player's own words
a poll's buttons, a text-size widget's and a carousel's are furniture by the lexicon
(``boilerplate.tsv``).
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_layout

TOP = (
    "Ciudad\nLa alcaldía abre un nuevo parque en el sur\nPor Julián Restrepo\n3 de junio de 2024\n"
)
TEXT = [
    (
        "La alcaldía inauguró este lunes un parque de seis hectáreas en el sur de la ciudad,"
        " con canchas, senderos y un humedal recuperado tras dos años de obras."
    ),
    (
        "El proyecto costó 18.000 millones de pesos, según la secretaría de Ambiente, que"
        " estima que cada fin de semana lo visitarán unas diez mil personas."
    ),
    (
        "Los vecinos del sector pidieron más vigilancia en las noches y una ruta de bus que"
        " conecte el parque con las estaciones del sistema de transporte."
    ),
    "La segunda etapa, con un auditorio al aire libre, se entregará el próximo año.",
]


def _body(furniture: list[str], sep: str) -> list[str]:
    page = TOP + sep.join(TEXT[:2] + furniture + TEXT[2:]) + "\n"
    return [p.text for p in parse_layout(page).body]


POSTS = {
    "post-over-signature": [
        "Un día histórico para el sur de la ciudad. ¡Gracias a todos los que lo hicieron posible!",
        "— Alcaldía de la Ciudad (@alcaldia) June 3, 2024",
    ],
    "post-with-its-photo-link": [
        "Así luce hoy el nuevo parque del sur 🌳\npic.twitter.com/Xy12abC",
        "— Alcaldía de la Ciudad (@alcaldia) 3 de junio de 2024",
    ],
    "post-broken-at-its-hashtag": [  # (the post's own line break: no blank line)
        "Ya pueden visitar el parque del sur, abierto todos los días\n#ParqueDelSur",
        "— Secretaría de Ambiente (@ambiente) June 3, 2024",
    ],
    "photo-post": [
        "Ver esta publicación en Instagram",
        # (a photo post's text right over its signature: one may show none)
        (
            "Primer domingo en el parque nuevo 🌿\n"
            "Una publicación compartida por Parques de la Ciudad (@parquesciudad)"
        ),
    ],
}


@pytest.mark.parametrize("sep", ["\n", "\n\n"], ids=["single-breaks", "blank-lines"])
@pytest.mark.parametrize("post", list(POSTS.values()), ids=list(POSTS))
def test_an_embedded_post_leaves_the_paragraphs_over_it(post: list[str], sep: str) -> None:
    assert _body(post, sep) == TEXT


def test_a_quoted_post_with_a_blank_line_before_its_signature() -> None:
    post = ["> Un día histórico para el sur de la ciudad.", "> — Alcaldía (@alcaldia) June 3, 2024"]
    assert _body(post, "\n\n") == TEXT


@pytest.mark.parametrize(
    "furniture",
    [
        ["Embed from Getty Images"],
        ["Cargando reproductor..."],
        ["Continúa leyendo más abajo"],
        ["Watch later", "Tap to unmute"],
        ["ENCUESTA", "Votar", "Ver resultados"],
        ["Disminuir el tamaño del texto", "Aumentar el tamaño del texto"],
        ["previous arrow", "next arrow"],
        ["Ver galería completa"],
        ["LEE TAMBIÉNLa ciudad suma tres ciclovías nuevas en el centro"],
    ],
    ids=[
        "getty",
        "player",
        "note",
        "player-buttons",
        "poll-buttons",
        "text-size",
        "arrows",
        "gallery",
        "glued-teaser",
    ],
)
@pytest.mark.parametrize("sep", ["\n", "\n\n"], ids=["single-breaks", "blank-lines"])
def test_a_platforms_words_between_paragraphs_are_furniture(furniture: list[str], sep: str) -> None:
    assert _body(furniture, sep) == TEXT


@pytest.mark.parametrize(
    "poll",
    [
        ["Encuesta", "¿Visitará el nuevo parque este mes?", "Sí", "No", "Votar"],
        ["¿Qué le falta al parque?", "Más vigilancia", "Baños públicos", "Ver resultados"],
    ],
    ids=["label-and-button", "button"],
)
def test_a_polls_question_and_options_are_furniture(poll: list[str]) -> None:
    assert _body(poll, "\n") == TEXT


def test_a_question_in_the_text_over_its_answers_stays() -> None:
    lines = ["¿Qué le falta al parque?", "Más vigilancia", "Baños públicos"]
    assert _body(lines, "\n") == [*TEXT[:2], *lines, *TEXT[2:]]


_FLAT_CREDIT = pytest.mark.xfail(
    strict=True,
    reason=(
        "on a page without blank lines the credit opens a block of its own (flat mode): a "
        "bare credit is a caption's only right under it (docs/layout.md, Pages without "
        "blank lines)"
    ),
)


@pytest.mark.parametrize(
    "credit",
    [
        pytest.param("Inés Vidal (AFP/Getty Images)", marks=_FLAT_CREDIT),
        pytest.param("Tomás Ferrer (dpa vía Getty Images)", marks=_FLAT_CREDIT),
    ],
)
def test_a_caption_over_a_photographers_chained_credit_is_furniture(credit: str) -> None:
    caption = "Vecinos recorren los senderos del parque nuevo durante la inauguración, el lunes."
    assert _body([caption, credit], "\n") == TEXT


def test_a_name_and_an_agency_under_an_open_deck_is_no_photo_credit() -> None:
    deck = "El espacio tiene canchas, senderos y un humedal recuperado en el sur de la ciudad"
    page = "Ciudad\nLa alcaldía abre un nuevo parque\n" + deck + "\nInés Vidal (EFE)\n"
    layout = parse_layout(page + "\n".join(TEXT) + "\n")
    assert layout.deck is not None
    assert layout.deck.text == deck


@pytest.mark.parametrize(
    "caption",
    [
        "Vecinos recorren los senderos del parque nuevo, el lunes (Foto de archivo)",
        "El humedal recuperado al costado de las canchas. Captura de pantalla",
    ],
)
@pytest.mark.parametrize("sep", ["\n", "\n\n"], ids=["single-breaks", "blank-lines"])
def test_a_caption_closed_by_its_sources_note_is_furniture(caption: str, sep: str) -> None:
    assert _body([caption], sep) == TEXT


def test_a_sentence_naming_an_archive_photo_stays() -> None:
    sentence = "La secretaría difundió una foto de archivo del humedal antes de las obras."
    assert _body([sentence], "\n\n") == [*TEXT[:2], sentence, *TEXT[2:]]
