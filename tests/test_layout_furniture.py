"""Page furniture that real pages put around an article, each kind in its own golden test.

Every page here is written for these tests (no outlet's strings), in several countries'
styles: the article is the same few lines, the furniture around it changes.
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

import pytest

from noticiaparse import parse, parse_layout
from noticiaparse._layout import page as page_module
from noticiaparse._layout.byline import read_byline
from noticiaparse._layout.page import Role, find_layout
from noticiaparse._layout.published import is_date_cue, read_date_line
from noticiaparse._text.spine import build_spine

TITLE = "Concejo aprueba fondos para reparar las calles del barrio norte"
DECK = "La inversión beneficiará a más de diez mil familias del sector oriente de la ciudad."
P1 = (
    "El concejo municipal aprobó este martes el presupuesto para reparar las calles del barrio"
    " norte, tras meses de quejas de los vecinos por baches, veredas rotas y falta de luz."
)
P2 = (
    "Según explicó la alcaldesa en la sesión, las obras comenzarán en marzo y durarán cerca de"
    " seis meses, con un costo total de 40 millones de pesos aportados por el gobierno regional."
)
P3 = (
    "Los vecinos celebraron la decisión, aunque pidieron que se respeten los plazos anunciados"
    " y que las faenas no corten el paso de las micros durante las horas de mayor tráfico."
)
ARTICLE = f"{TITLE}\n\n{DECK}\n\n{P1}\n\n{P2}\n\n{P3}"


def _fields(text: str, reference: dt.date | None = None) -> dict[str, Any]:
    layout = parse_layout(text)
    article = parse(text, reference_date=reference)
    return {
        "headline": layout.headline.text if layout.headline else None,
        "deck": layout.deck.text if layout.deck else None,
        "body": [p.text for p in layout.body],
        "boilerplate": [b.text for b in layout.boilerplate],
        "authors": list(layout.authors),
        "published": layout.published.value if layout.published else None,
        "quotes": [q.text for q in article.quotes],
    }


FURNITURE = [
    pytest.param(
        "- Inicio\n- Política\n- Economía\n- Deportes\n- Espectáculos\n" + ARTICLE,
        {"headline": TITLE, "body": [P1, P2, P3]},
        id="menu-as-a-bulleted-list-over-the-title",
    ),
    pytest.param(
        "* Portada\n* Nacional\n* [Mundo](https://example.org/mundo)\n* Opinión\n\n" + ARTICLE,
        {"headline": TITLE, "body": [P1, P2, P3]},
        id="menu-as-markdown-list-items-and-links",
    ),
    pytest.param(
        "Minuto a minuto\n10:32 | Cae el dólar en la apertura\n10:15 | Bolsa abre con alzas\n"
        "Últimas noticias\n\n" + ARTICLE,
        {"headline": TITLE, "body": [P1, P2, P3]},
        id="ticker-over-the-title",
    ),
    pytest.param(
        "Usamos cookies para mejorar tu experiencia. Al continuar aceptas nuestra política.\n"
        "Aceptar\n\n" + ARTICLE + "\n\nSuscríbete para seguir leyendo\n"
        "¿Ya tienes una cuenta? Inicia sesión",
        {"headline": TITLE, "body": [P1, P2, P3]},
        id="cookie-and-subscription-banners",
    ),
    pytest.param(
        "En Temuco\n\n" + ARTICLE,
        {"headline": TITLE, "body": [P1, P2, P3], "boilerplate": ["En Temuco"]},
        id="kicker-over-the-title",
    ),
    pytest.param(
        ARTICLE + "\n\nTemasConcejo MunicipalPresupuestoBarrio Norte",
        {"body": [P1, P2, P3], "boilerplate": ["TemasConcejo MunicipalPresupuestoBarrio Norte"]},
        id="tag-bar-glued-into-one-line",
    ),
    pytest.param(
        ARTICLE + "\n\nLo más visto\nDetienen a sospechoso de robo en el centro\n"
        "Nuevo horario del transporte público",
        {"body": [P1, P2, P3]},
        id="most-read-list-after-the-text",
    ),
    pytest.param(
        f"{TITLE}\n\n{DECK}\n\n{P1}\n\nÚnete a nuestro canal de WhatsApp y recibe las noticias"
        f"\n\n{P2}\n\nDescarga nuestra app\n\n{P3}",
        {"body": [P1, P2, P3]},
        id="whatsapp-and-app-calls-inside-the-body",
    ),
    pytest.param(
        f"{TITLE}\n\n{DECK}\n\nLa alcaldesa durante la sesión del concejo.\nFoto: Archivo\n\n"
        f"{P1}\n\n{P2}",
        {"headline": TITLE, "body": [P1, P2], "authors": []},
        id="photo-caption-over-its-credit-between-deck-and-text",
    ),
    pytest.param(
        f"{TITLE}\n\nLa inversión beneficiará a diez mil familias.\nLas obras empiezan en marzo."
        f"\n\nPor Ana Soto\n\n{P1}\n\n{P2}",
        {
            "deck": "La inversión beneficiará a diez mil familias. Las obras empiezan en marzo.",
            "body": [P1, P2],
            "authors": ["Ana Soto"],
        },
        id="deck-in-two-lines-over-the-byline",
    ),
    pytest.param(
        f"{TITLE}\n\n{DECK}\n\nPublicado por Ana Soto\n\n{P1}\n\n{P2}",
        {"authors": ["Ana Soto"], "body": [P1, P2]},
        id="publicado-por-byline",
    ),
    pytest.param(
        f"{TITLE}\n\n{DECK}\n\nEuropa Press\n\nMadrid, 4 may (EFE).- {P1}\n\n{P2}",
        {"authors": [], "body": [f"Madrid, 4 may (EFE).- {P1}", P2]},
        id="agency-credit-is-no-author-and-the-dateline-stays",
    ),
    pytest.param(
        f"{TITLE}\n\n{DECK}\n\nRedacción Sociedad\n12 de marzo de 2024\n\n{P1}\n\n{P2}",
        {"authors": [], "published": dt.date(2024, 3, 12), "body": [P1, P2]},
        id="desk-credit-is-no-author",
    ),
    pytest.param(
        f"{TITLE}\n\n{DECK}\n\nPublicado:\nMiércoles, 4 de Mayo de 2022 - 10:15\n\n{P1}\n\n{P2}",
        {
            "published": dt.datetime(2022, 5, 4, 10, 15),
            "body": [P1, P2],
            "boilerplate": ["Publicado:", "Miércoles, 4 de Mayo de 2022 - 10:15"],
        },
        id="publication-line-split-over-two-lines",
    ),
    pytest.param(
        f"{TITLE}\n\n{DECK}\n\nHace 3 horas\n\n{P1}\n\n{P2}",
        {"body": [P1, P2], "boilerplate": ["Hace 3 horas"]},
        id="relative-stamp",
    ),
    pytest.param(
        f"{TITLE}\n\n{DECK}\n\n4 de mayo de 2022\nActualizado el 5 de mayo de 2022 a las 10:00"
        f"\n\n{P1}\n\n{P2}",
        {"published": dt.date(2022, 5, 4), "body": [P1, P2]},
        id="updated-line-under-the-publication-line",
    ),
    pytest.param(
        f"{TITLE}\n\n{DECK}\n\n{P1}\n\nLa obra más esperada ya tiene fecha. #BarrioNorte\n"
        f"— Vecinos del Norte (@vecinosnorte) May 4, 2022\n\n{P2}",
        {"body": [P1, P2], "quotes": []},
        id="embedded-post-and-its-signature",
    ),
    pytest.param(
        f"{TITLE}\n\n{DECK}\n\n{P1}\n\nMIRA | Alcaldesa anuncia nuevo plan de veredas\n\n"
        f"LEE MÁS: Las calles con más baches de la ciudad\n\n{P2}\n\nPUEDES VER | El mapa de las"
        f" obras\n\n{P3}\n\nSeguí leyendo",
        {"body": [P1, P2, P3]},
        id="inline-related-headlines-and-read-on-calls",
    ),
    pytest.param(
        f"{ARTICLE}\n\nRecibe las noticias más importantes en tu correo\nIngresa tu email\n"
        "Suscribirme",
        {"body": [P1, P2, P3]},
        id="newsletter-block",
    ),
    pytest.param(
        f"{ARTICLE}\n\nDeja tu comentario\nDebes iniciar sesión para comentar",
        {"body": [P1, P2, P3]},
        id="comment-prompts",
    ),
    pytest.param(
        f"{ARTICLE}\n\nSiguiente noticia\n\nGobierno anuncia un nuevo bono para las familias\n\n"
        "El Ejecutivo informó este lunes un nuevo aporte económico para hogares vulnerables,"
        " que se pagará en dos cuotas a partir del próximo mes.",
        {"body": [P1, P2, P3]},
        id="a-second-article-after-a-next-article-link",
    ),
    pytest.param(
        f"{ARTICLE}\n\n{ARTICLE}",
        {"headline": TITLE, "body": [P1, P2, P3]},
        id="a-page-scraped-twice",
    ),
    pytest.param(
        f"{TITLE}\n\n{DECK}\n\n{P1}\n\nNOTICIA RELACIONADA\n"
        "Ministro: «No habrá más recursos para las obras viales este año»\n"
        f"{P2}\n\n{P3}",
        {
            "body": [
                P1,
                "Ministro: «No habrá más recursos para las obras viales este año»",
                P2,
                P3,
            ],
            "quotes": [],
        },
        id="related-teaser-without-counter-stays-in-the-body-and-gives-no-quote",
    ),
    pytest.param(
        "---\ntitle: Concejo aprueba fondos para el barrio norte\nauthor: Ana Soto; Luis Mena\n"
        'date: "2024-03-12"\ndescription: La inversión beneficiará a diez mil familias.\n'
        f"---\n{P1}\n{P2}",
        {
            "headline": "Concejo aprueba fondos para el barrio norte",
            "deck": "La inversión beneficiará a diez mil familias.",
            "authors": ["Ana Soto", "Luis Mena"],
            "published": dt.date(2024, 3, 12),
            "body": [P1, P2],
        },
        id="metadata-block-at-the-top",
    ),
    pytest.param(
        "[Portada](https://example.org/)\n\n# Concejo aprueba fondos para el barrio norte\n\n"
        f"{P1}\n\n{P2}",
        {"headline": "Concejo aprueba fondos para el barrio norte", "body": [P1, P2]},
        id="markdown-h1-is-the-headline",
    ),
    pytest.param(
        f"{TITLE}\n\n{DECK}\n\n{P1}\n\nEl plan de reparación de veredas fue anunciado ayer por"
        "\nla alcaldesa\n, que dijo que los trabajos serán por etapas.\n\n" + P2,
        {
            "body": [
                P1,
                (
                    "El plan de reparación de veredas fue anunciado ayer por la alcaldesa , que"
                    " dijo que los trabajos serán por etapas."
                ),
                P2,
            ]
        },
        id="paragraph-broken-at-inline-tags-is-joined",
    ),
    pytest.param(
        f"{TITLE}\n\n{DECK}\n\n{P1}\n\nvar slots = [];\ngoogletag.cmd.push(function () {{\n"
        f"}});\n\n{P2}\n\nNombre (*):\nCorreo electrónico (*):",
        {"body": [P1, P2]},
        id="script-code-and-form-fields",
    ),
    pytest.param(
        f"{ARTICLE}\n\n" + "\n".join(f"Sección {n}" for n in range(20)) + "\n\nEsta nota fue"
        " escrita por otro medio y trata de un tema distinto, con otra gente y otro lugar.",
        {"body": [P1, P2, P3]},
        id="footer-menus-end-the-article",
    ),
]


@pytest.mark.parametrize(("text", "expected"), FURNITURE)
def test_furniture(text: str, expected: dict[str, Any]) -> None:
    found = _fields(text, dt.date(2022, 5, 4))
    assert expected == {key: found[key] for key in expected}


PAGES = [ARTICLE, *[p.values[0] for p in FURNITURE]]


@pytest.mark.parametrize("text", PAGES)
def test_every_line_is_in_exactly_one_field(text: str) -> None:
    layout = parse_layout(text)
    fields = [s for s in (layout.headline, layout.deck, *layout.body, *layout.boilerplate) if s]
    spans = sorted((s.start, s.end) for s in fields)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))  # no overlap
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            assert any(s < end and start < e for s, e in spans), line
        start = end + 1


def test_a_line_text_is_classified_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    classify = page_module._classify  # noqa: SLF001

    def counting(text: str, folded: str | None = None) -> Any:
        calls.append(text)
        return classify(text, folded)

    monkeypatch.setattr(page_module, "_classify", counting)
    find_layout(build_spine("a\n" * 500 + "Un título para esta prueba\n" * 3))
    assert sorted(set(calls)) == sorted(calls)


def test_roles_are_named() -> None:
    assert {r.name for r in Role} == {
        "NONE",
        "HEADLINE",
        "DECK",
        "BODY",
        "FURNITURE",
        "COPY",
        "TEASER",
    }


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Publicado por Ana Soto", ("Ana Soto",)),
        ("Escrito por: Luis Mena y Ana Soto", ("Luis Mena", "Ana Soto")),
        ("Redacción: Ana Soto", ("Ana Soto",)),
        ("Redacción El Norte", ()),
        ("Texto: Ana Soto", ("Ana Soto",)),
    ],
    ids=["publicado-por", "escrito-por", "redaccion-colon", "redaccion-desk", "texto"],
)
def test_byline_leads(line: str, authors: tuple[str, ...]) -> None:
    byline = read_byline(line)
    assert byline is not None
    assert authors == byline.authors


def test_a_byline_lead_makes_a_dated_line_a_byline() -> None:
    assert read_date_line("Publicado por Ana Soto, 16 de marzo de 2021") is None
    assert read_date_line("Santiago, 16 de marzo de 2021") is not None


def test_date_cues_alone() -> None:
    assert (is_date_cue("Publicado:"), is_date_cue("Actualizado"), is_date_cue("Publicidad")) == (
        True,
        True,
        False,
    )


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("25/04/2026 Actualizado a las 15:10h.", dt.datetime(2026, 4, 25, 15, 10)),
        ("15/10/2024 14:04 Actualizado a 15/10/2024 20:22", dt.datetime(2024, 10, 15, 14, 4)),
        ("Publicado el 27 de marzo de 2020 por Ana Soto en Nacionales", dt.date(2020, 3, 27)),
        ("3/2/2023 9:05h", dt.datetime(2023, 2, 3, 9, 5)),
    ],
    ids=["time-glued-to-h", "update-on-the-same-line", "byline-after-the-date", "short-h"],
)
def test_date_lines_with_a_tail(line: str, value: dt.date) -> None:
    read = read_date_line(line)
    assert read is not None
    assert value == read.value


MENU = "\n".join(
    f"Las noticias de {name} en la región"
    for name in ("portada", "país", "mundo", "economía", "deportes", "cultura")
)
SHAPES = [
    pytest.param(
        f"{TITLE} | Diario del Valle\n\n{MENU}\n{MENU}\n\nEn Temuco\n\n{TITLE}\n\n{DECK}"
        f"\n\n{P1}\n\n{P2}",
        {"headline": TITLE, "body": [P1, P2]},
        id="title-tag-far-over-its-h1",
    ),
    pytest.param(
        "\n".join(f"* Sección número {n}" for n in range(45)) + f"\n\n{TITLE}\n\n{P1}\n\n{P2}",
        {"headline": TITLE, "body": [P1, P2]},
        id="a-long-menu-and-no-title-at-the-top",
    ),
    pytest.param(
        f"{TITLE}\n\nCompartir\n\n{MENU}\n{MENU}\n{MENU}\n\n{P1}\n\n{P2}",
        {"headline": TITLE, "body": [P1, P2]},
        id="a-menu-between-the-title-and-the-text",
    ),
    pytest.param(
        f"{TITLE}\n\n{DECK}\n\nAna Soto\nTemuco\n12 de marzo de 2024\n\n{P1}\n\n{P2}",
        {"authors": ["Ana Soto"], "body": [P1, P2]},
        id="a-name-among-the-header-furniture",
    ),
    pytest.param(
        f"---\ntitle: {TITLE}\nsitename: El Valle\n---\n{TITLE}\n{P1}\n{P2}",
        {"headline": TITLE, "body": [P1, P2]},
        id="metadata-title-repeated-over-the-text",
    ),
    pytest.param(
        f"---\nsitename: El Valle\nEsto no es un campo\n---\n{TITLE}\n\n{P1}\n\n{P2}",
        {"headline": TITLE, "body": [P1, P2]},
        id="a-rule-over-lines-that-are-not-metadata",
    ),
    pytest.param(
        f"---\nsitename: El Valle\n---\n{TITLE}\n\n{P1}\n\n{P2}",
        {"headline": TITLE, "body": [P1, P2]},
        id="metadata-without-a-title",
    ),
    pytest.param(
        f"---\n{TITLE}\n\n{P1}\n\n{P2}",
        {"headline": TITLE, "body": [P1, P2]},
        id="a-rule-that-opens-no-block",
    ),
    pytest.param(
        f"---\ntitle: {TITLE}\ndescription: {DECK}\n---\n{P1}\n{DECK}\n{P2}",
        {"headline": TITLE, "deck": DECK, "body": [P1, P2]},
        id="metadata-description-repeated-in-the-text",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHAPES)
def test_page_shapes(text: str, expected: dict[str, Any]) -> None:
    found = _fields(text)
    assert expected == {key: found[key] for key in expected}
