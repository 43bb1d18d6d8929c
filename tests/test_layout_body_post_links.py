"""An embedded post told by its shortened link.

A social network shortens the links of the post a page embeds (``pic.twitter.com/…``,
``https://t.co/…``); the article's own text cites an address whole. The post's text
closed by such a link, and the short line right over the link alone, are the post's,
not the article's. Written for these tests in several countries' styles; the
counter-examples keep a paragraph that cites an address whole and a line announcing
the post with a colon.
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_layout

HEAD = (
    "Gobierno regional presenta plan de invierno para los cerros\n\n"
    "Por Camila Ortega\n\n"
    "12 de marzo de 2024 | 10:15\n\n"
)
P = (
    (
        "El gobierno regional presentó este lunes un plan de invierno que incluye la"
        " limpieza de quebradas y la entrega de materiales a las familias de los cerros."
    ),
    (
        "Según la autoridad, el plan estará en marcha antes de las primeras lluvias y"
        " contempla una inversión de 1.500 millones de pesos en tres comunas."
    ),
    (
        "Los dirigentes vecinales valoraron el anuncio, aunque pidieron que las obras"
        " lleguen también a los sectores más altos de la ciudad."
    ),
)


def _body(*post: str, spaced: bool = True) -> list[str]:
    sep = "\n\n" if spaced else "\n"
    page = HEAD + f"{P[0]}\n\n{P[1]}\n\n" + sep.join(post) + f"\n\n{P[2]}\n"
    return [p.text for p in parse_layout(page).body]


POSTS = [
    pytest.param(
        ("Hoy presentamos el plan de invierno para nuestros cerros 💪 pic.twitter.com/aB12cD",),
        True,
        id="chile-text-closed-by-picture-link",
    ),
    pytest.param(
        ("Arrancamos con la limpieza de canales en toda la provincia https://t.co/Zx98Yw",),
        True,
        id="argentina-text-closed-by-t-co",
    ),
    pytest.param(
        ("Seguimos trabajando por las familias de la sierra", "pic.twitter.com/Qw34Er"),
        False,
        id="mexico-link-on-its-own-line",
    ),
    pytest.param(
        (
            "Reunión de trabajo con los alcaldes de la región",
            "pic.twitter.com/Rt56Yu",
            "— Gobernación del Valle (@GobValle) March 12, 2024",
        ),
        True,
        id="colombia-text-link-and-signature-apart",
    ),
]


@pytest.mark.parametrize(("post", "spaced"), POSTS)
def test_a_post_told_by_its_shortened_link_is_furniture(
    post: tuple[str, ...], *, spaced: bool
) -> None:
    assert _body(*post, spaced=spaced) == list(P)


def test_a_paragraph_citing_an_address_whole_stays() -> None:
    cited = "El detalle del plan está publicado en https://www.gore.cl/plan-invierno-2024"
    assert cited in _body(cited)


def test_a_line_announcing_the_post_stays() -> None:
    said = "El gobernador lo anunció así en sus redes sociales:"
    assert said in _body(said, "pic.twitter.com/Ui78Op", spaced=False)
