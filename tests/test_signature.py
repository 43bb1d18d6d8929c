"""Who signs a page and when: authors, credit and publication line, picked by place.

Every page here is written for these tests, in the shapes real scrapes take.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given

import noticiaparse
from noticiaparse import Article, strategies
from noticiaparse._cli import main

_TITLE = "Productores de café piden apoyo ante la caída del precio internacional"
_DECK = "Los gremios estiman pérdidas de hasta un tercio de la cosecha en la zona cafetera."
_P1 = (
    "Los caficultores de cinco departamentos se reunieron este martes con el ministro de "
    "Agricultura para pedir un fondo de estabilización de precios, tras meses de pérdidas."
)
_P2 = (
    "El gremio explicó que el precio interno cayó por debajo de los costos de producción y "
    "que muchas familias ya abandonaron sus fincas en busca de otros ingresos."
)
_P3 = "El ministerio respondió que estudiará la propuesta en las próximas semanas."


def _page(*header: str, before: tuple[str, ...] = (), after: tuple[str, ...] = ()) -> str:
    return "\n\n".join([*before, _TITLE, _DECK, *header, _P1, _P2, _P3, *after])


PAGES = [
    (
        "agency-beside-the-byline",
        _page("Por Natalia Garzón | Agencia EFE", "12/03/2024 - 09:15"),
        {
            "authors": ("Natalia Garzón",),
            "credit": "EFE",
            "published": dt.datetime(2024, 3, 12, 9, 15),
        },
    ),
    (
        "desk-alone-signs-no-author",
        _page("Redacción Economía", "Martes 12 de marzo de 2024 | 09:15"),
        {
            "authors": (),
            "credit": "Redacción Economía",
            "published": dt.datetime(2024, 3, 12, 9, 15),
        },
    ),
    (
        "name-place-update-cue-and-date-on-their-own-lines",
        _page(
            "Esteban Villamil", "|", "Manizales", "Actualizado", "martes 12/03/2024", "09:15 horas"
        ),
        {"authors": ("Esteban Villamil",), "published": dt.date(2024, 3, 12)},
    ),
    (
        "lone-lead-over-a-listed-name",
        _page("por", "* Esteban Villamil", "12 de marzo de 2024 9:15 AM COT"),
        {"authors": ("Esteban Villamil",), "published": dt.datetime(2024, 3, 12, 9, 15)},
    ),
    (
        "byline-linked-to-the-author-page",
        _page("[Esteban Villamil](https://diario.example/autor/esteban-villamil/)", "2024-03-12"),
        {"authors": ("Esteban Villamil",), "published": dt.date(2024, 3, 12)},
    ),
    (
        "site-date-of-the-day-above-the-title",
        _page(
            "Por Esteban Villamil",
            "CALI | 11/03/2024 - 18:40",
            before=("Jueves, 14 de marzo de 2024",),
        ),
        {"authors": ("Esteban Villamil",), "published": dt.datetime(2024, 3, 11, 18, 40)},
    ),
    (
        "publication-before-update-on-two-lines",
        _page("Actualizado: 13/03/2024 10:00", "Publicado: 12/03/2024 08:00"),
        {"published": dt.datetime(2024, 3, 12, 8, 0)},
    ),
    (
        "english-month-on-a-us-page",
        _page("Por Esteban Villamil", "Mar 12, 2024 | 6:05 PM"),
        {"published": dt.datetime(2024, 3, 12, 18, 5)},
    ),
    (
        "wire-dateline-in-the-first-paragraph",
        "\n\n".join([_TITLE, "BOGOTÁ, 12 mar (EFE).- " + _P1, _P2, _P3]),
        {"authors": (), "credit": "EFE"},
    ),
    (
        "credit-line-under-the-last-paragraph",
        _page("Por Esteban Villamil", after=("Con información de Reuters",)),
        {"authors": ("Esteban Villamil",), "credit": "Reuters"},
    ),
    (
        "photo-credit-is-not-the-page-credit",
        _page("Por Esteban Villamil", "Foto: AFP", "12/03/2024"),
        {"authors": ("Esteban Villamil",), "credit": None},
    ),
    (
        "a-byline-far-down-the-body-signs-another-article",
        _page(
            after=(
                "Te puede interesar",
                "Otra nota sobre el clima del Caribe",
                "Por Julia Restrepo",
            )
        ),
        {"authors": ()},
    ),
    (
        "a-desk-under-a-list-label-heads-the-next-article",
        _page(
            "Por Julia Restrepo",
            "12/03/2024",
            after=("Más noticias", "Redacción Deportes", "Otra nota sobre la liga local"),
        ),
        {"credit": None},
    ),
    (
        "a-closing-credit-right-under-the-text-signs",
        _page("Por Julia Restrepo", "12/03/2024", after=("Con información de AFP",)),
        {"credit": "AFP"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), [p[1:] for p in PAGES], ids=[p[0] for p in PAGES])
def test_signature(text: str, expected: dict[str, object]) -> None:
    layout = noticiaparse.parse_layout(text)
    found = {
        "authors": layout.authors,
        "credit": layout.credit,
        "published": None if layout.published is None else layout.published.value,
    }
    assert expected == {key: found[key] for key in expected}


def test_a_relative_stamp_needs_the_reference_date() -> None:
    text = _page("Por Esteban Villamil", "Hace 5 horas")
    dated = noticiaparse.parse(text, reference_date=dt.date(2024, 3, 12))
    undated = noticiaparse.parse(text)
    assert dated.published is not None
    assert (dt.date(2024, 3, 12), "Hace 5 horas") == (dated.published.value, dated.published.raw)
    assert undated.published is None
    assert "Hace 5 horas" in [b.text for b in undated.boilerplate]


def test_credit_round_trips_and_validates() -> None:
    article = noticiaparse.parse(_page("Por Natalia Garzón - AFP", "12/03/2024"))
    d = article.to_dict()
    assert "AFP" == d["credit"] == article.credit
    assert article == Article.from_dict(json.loads(json.dumps(d)))
    jsonschema.Draft202012Validator(noticiaparse.json_schema()).validate(d)


def test_older_json_without_credit_still_reads() -> None:
    d = noticiaparse.parse(_page("Por Natalia Garzón", "12/03/2024")).to_dict()
    del d["credit"]
    assert Article.from_dict(d).credit is None


def test_a_credit_of_the_wrong_type_is_named() -> None:
    d = Article().to_dict()
    d["credit"] = 5
    with pytest.raises(ValueError, match="credit"):
        Article.from_dict(d)


@given(strategies.articles(noise=True))
def test_credit_of_generated_page(page: strategies.GeneratedArticle) -> None:
    parsed = noticiaparse.parse_layout(page.text)
    assert (page.expected.authors, page.expected.credit) == (parsed.authors, parsed.credit)


def test_a_wire_dateline_dates_a_page_with_no_date_line() -> None:
    text = "\n\n".join([_TITLE, "CARACAS, 12 mar (Prensa Latina) " + _P1, _P2, _P3])
    dated = noticiaparse.parse(text, reference_date=dt.date(2024, 3, 12)).published
    assert dated is not None
    assert ("12 mar", dt.date(2024, 3, 12)) == (dated.raw, dated.value)
    assert dated.raw == text[dated.start : dated.end]
    assert noticiaparse.parse(text).published is None  # no year without a reference


@pytest.mark.parametrize(
    ("line", "credit"),
    [("AGENCIAS / QUITO", "AGENCIAS"), ("Por E.P.", "Europa Press"), ("EFE / Asunción", "EFE")],
    ids=["agencies-and-place", "agency-initials", "agency-and-place"],
)
def test_a_desk_and_its_place_sign_without_authors(line: str, credit: str) -> None:
    layout = noticiaparse.parse_layout(_page(line, "12/03/2024"))
    assert ((), credit) == (layout.authors, layout.credit)


def test_the_command_line_prints_the_credit(tmp_path: Path) -> None:
    page = tmp_path / "nota.txt"
    page.write_text(_page("Por Natalia Garzón | EFE", "12/03/2024"), encoding="utf-8")
    out = tmp_path / "nota.json"
    assert 0 == main(["parse", str(page), "-o", str(out)])
    printed = json.loads(out.read_text(encoding="utf-8"))
    assert ("EFE", ["Natalia Garzón"]) == (printed["credit"], printed["authors"])


def test_a_date_after_the_reference_date_is_not_the_publication() -> None:
    # (the site's name over the date: a day alone opening the page is the header's)
    text = _page("Por Natalia Garzón", before=("Diario del Valle", "14 de marzo de 2024"))
    assert noticiaparse.parse(text, reference_date=dt.date(2024, 3, 11)).published is None
    kept = noticiaparse.parse(text, reference_date=dt.date(2024, 3, 14)).published
    assert kept is not None
    assert dt.date(2024, 3, 14) == kept.value


def test_a_date_then_the_byline_on_one_line() -> None:
    layout = noticiaparse.parse_layout(_page("12 de marzo de 2024. 09:15h Natalia Garzón, Cali"))
    published = None if layout.published is None else layout.published.value
    assert (("Natalia Garzón",), dt.datetime(2024, 3, 12, 9, 15)) == (layout.authors, published)


def test_a_person_over_the_title_wins_over_a_desk_under_it() -> None:
    layout = noticiaparse.parse_layout(
        _page("Agencia EFE", "12/03/2024", before=("Por Natalia Garzón",))
    )
    assert (("Natalia Garzón",), "EFE") == (layout.authors, layout.credit)


def test_an_agency_beside_the_date_is_the_credit() -> None:
    layout = noticiaparse.parse_layout(_page("Por Natalia Garzón", "EFE | 12/03/2024"))
    assert (("Natalia Garzón",), "EFE") == (layout.authors, layout.credit)


def test_a_byline_among_the_first_paragraphs() -> None:
    text = f"{_TITLE}\n\n{_P1}\n\nPor Natalia Garzón\n\n{_P2}\n\n{_P3}"
    assert ("Natalia Garzón",) == noticiaparse.parse_layout(text).authors
