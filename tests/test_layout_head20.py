"""The head of the page on real pages: headline, byline, published (issue 15, headR).

Written for these tests in several countries' styles and renderers' shapes:

- a byline and a relative stamp on one line ("Por Ana Soto | Hace 3 horas", "POR
  AGENCIA NACIONAL Hace 2 horas"): the byline's people (or its desk: no author), and the
  stamp's day against the reference date; a name alone beside a stamp signs a reader's
  comment, no byline;
- a "Title | Site" line whose title side is closed by a full stop is a photo's caption
  and its credit, never the title;
- a web store's date field glued before the title on the page's first line (" date
  2024-08 Title": a publication cue and an ISO date, the day lost) is no part of it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from noticiaparse import parse

_TEXT = (
    (
        "La alcaldía habilitó este jueves dos albergues temporales para las familias que"
        " perdieron sus viviendas por la crecida del río, según informó el municipio."
    ),
    (
        "Los damnificados recibirán víveres y frazadas durante al menos dos semanas,"
        " mientras los técnicos evalúan el estado de los puentes de la zona sur."
    ),
)
_TITLE = "Habilitan albergues para las familias afectadas por la crecida del río"
_DAY = dt.date(2024, 8, 14)


def _page(*head: str, gap: str = "\n\n") -> str:
    return gap.join([_TITLE, *head, *_TEXT]) + "\n"


@pytest.mark.parametrize(
    ("line", "authors", "published"),
    [
        ("Por Ana Soto | Hace 3 horas", ("Ana Soto",), _DAY),
        ("Por Ana Soto · hace 45 minutos", ("Ana Soto",), _DAY),
        ("Por Ana Soto y Luis Mora - Hace 2 horas", ("Ana Soto", "Luis Mora"), _DAY),
        ("Escrito por Yaritza Condori | hace 2 días", ("Yaritza Condori",), dt.date(2024, 8, 12)),
        ("POR AGENCIA NACIONAL Hace 2 horas", (), _DAY),
        ("Por: Redacción | Hace 1 hora", (), _DAY),
    ],
    ids=["bar", "dot-minutes", "two-dash", "written-days", "agency-caps", "desk"],
)
@pytest.mark.parametrize("gap", ["\n\n", "\n"], ids=["blank", "flat"])
def test_byline_and_stamp_on_one_line(
    line: str, authors: tuple[str, ...], published: dt.date, gap: str
) -> None:
    article = parse(_page(line, gap=gap), reference_date=_DAY)
    got = article.published
    day = None if got is None else got.value
    assert (authors, published) == (article.authors, day)
    assert article.headline is not None
    assert _TITLE == article.headline.text
    assert [p.text for p in article.body] == list(_TEXT)


def test_byline_and_stamp_without_reference_gives_the_people() -> None:
    article = parse(_page("Por Ana Soto | Hace 3 horas"))
    assert (("Ana Soto",), None) == (article.authors, article.published)


def test_a_name_beside_a_stamp_is_a_readers_comment() -> None:
    comments = "\n\nComentarios\n\nCarlos Medina Hace 2 horas\n\nOjalá cumplan esta vez.\n"
    article = parse(_page("Por Ana Soto") + comments, reference_date=_DAY)
    assert (("Ana Soto",), None) == (article.authors, article.published)


@pytest.mark.parametrize(
    "caption",
    [
        "Las familias llegaron al albergue durante la tarde del jueves. | Tomás Peralta",
        "Vecinos observan la crecida desde el puente principal. | Foto Ana Ruiz",
    ],
    ids=["photographer", "foto"],
)
@pytest.mark.parametrize("gap", ["\n\n", "\n"], ids=["blank", "flat"])
def test_caption_with_bar_credit_is_no_title(caption: str, gap: str) -> None:
    deck = "Las lluvias dejaron más de doscientas familias sin hogar en la zona sur"
    page = gap.join([_TITLE, deck, caption, "Tomás Peralta", *_TEXT]) + "\n"
    article = parse(page)
    assert article.headline is not None
    assert _TITLE == article.headline.text


@pytest.mark.parametrize(
    "field",
    [" date 2024-08", "date 2024-08", " Fecha 2024-08", " date 2024-08 "],
    ids=["date", "unspaced", "fecha", "two-spaces"],
)
@pytest.mark.parametrize("gap", ["\n\n", "\n"], ids=["blank", "flat"])
def test_store_date_field_before_the_title(field: str, gap: str) -> None:
    page = gap.join([f"{field} {_TITLE}", "Por Ana Soto", *_TEXT]) + "\n"
    article = parse(page)
    assert article.headline is not None
    assert (_TITLE, ("Ana Soto",)) == (article.headline.text, article.authors)
    assert [p.text for p in article.body] == list(_TEXT)


def test_store_date_field_before_a_lower_case_tag_is_no_title() -> None:
    page = "\n\n".join([" date 2024-08 crisis hídrica", _TITLE, "Por Ana Soto", *_TEXT])
    article = parse(page + "\n")
    assert article.headline is not None
    assert _TITLE == article.headline.text


@pytest.mark.parametrize(
    "head",
    [
        ("14 ago. 2024",),
        ("14 Ago 2024",),
        ("14 de agosto de 2024",),
        ("Buscar", "14 de Agosto del 2024", "Sociedad"),
        ("Conéctate con nosotros", "14 ago 2024", "Regiones"),
    ],
    ids=["abbreviated-first", "capital-first", "words-first", "search-section", "follow-section"],
)
@pytest.mark.parametrize("gap", ["\n\n", "\n"], ids=["blank", "flat"])
def test_the_headers_day_is_no_publication_line(head: tuple[str, ...], gap: str) -> None:
    page = gap.join([*head, _TITLE, "Por Ana Soto", *_TEXT]) + "\n"
    article = parse(page)
    assert article.headline is not None
    assert (_TITLE, None) == (article.headline.text, article.published)


@pytest.mark.parametrize(
    ("head", "day"),
    [
        (("Diario de la Costa", "14 de agosto de 2024"), dt.date(2024, 8, 14)),
        (("14 ago. 2024 10:32",), dt.date(2024, 8, 14)),
        (("Sociedad", "14 de agosto de 2024"), dt.date(2024, 8, 14)),
        (("Sociedad | 14 de agosto de 2024",), dt.date(2024, 8, 14)),
    ],
    ids=["blog-heading", "timed-first", "section-over-date", "section-bar-date"],
)
def test_the_articles_date_over_the_title_stays(head: tuple[str, ...], day: dt.date) -> None:
    article = parse("\n\n".join([*head, _TITLE, "Por Ana Soto", *_TEXT]) + "\n")
    got = None if article.published is None else article.published.value
    assert day == (got.date() if isinstance(got, dt.datetime) else got)


def test_the_headers_day_gives_way_to_the_articles() -> None:
    head = ["Buscar", "14 de Agosto del 2024", "Sociedad", _TITLE, "Por Ana Soto"]
    article = parse("\n\n".join([*head, "12 de agosto de 2024 | 18:40", *_TEXT]) + "\n")
    got = article.published
    assert got is not None
    assert dt.datetime(2024, 8, 12, 18, 40) == got.value
