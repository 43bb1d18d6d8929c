"""The public entry points: argument checking, purity, offsets, the schema on the seed."""

from __future__ import annotations

import datetime as dt
import importlib.metadata
import re
from typing import Any

import jsonschema
import pytest

import noticiaparse
from noticiaparse import UnknownCountryError

PARSERS: list[Any] = [
    noticiaparse.parse,
    noticiaparse.parse_layout,
    noticiaparse.parse_quotes,
    noticiaparse.parse_sources,
    noticiaparse.parse_money,
    noticiaparse.parse_dates,
]


@pytest.mark.parametrize("parser", PARSERS, ids=lambda p: p.__name__)
@pytest.mark.parametrize("bad", [None, b"texto", 3, ["a"]], ids=["none", "bytes", "int", "list"])
def test_non_str_text_is_a_type_error(parser: Any, bad: object) -> None:
    with pytest.raises(TypeError, match="text must be str"):
        parser(bad)


@pytest.mark.parametrize("parser", PARSERS, ids=lambda p: p.__name__)
def test_empty_text_parses(parser: Any) -> None:
    parser("")


@pytest.mark.parametrize("code", ["XX", "CHL", "", "Chile"])
def test_unknown_country_names_the_code(code: str) -> None:
    with pytest.raises(UnknownCountryError, match=repr(code)) as info:
        noticiaparse.parse("Hola", country=code)
    assert isinstance(info.value, ValueError)
    assert code == info.value.code


def test_unknown_country_in_parse_money() -> None:
    with pytest.raises(ValueError, match="ZZ"):
        noticiaparse.parse_money("$5", country="ZZ")


def test_country_code_is_case_insensitive() -> None:
    assert noticiaparse.parse("Hola", country="cl") == noticiaparse.parse("Hola", country="CL")


@pytest.mark.parametrize("bad", ["2015-11-20", 20151120], ids=["str", "int"])
def test_reference_date_must_be_a_date(bad: object) -> None:
    with pytest.raises(TypeError, match="reference_date"):
        noticiaparse.parse("Hola", reference_date=bad)  # type: ignore[arg-type]


def test_country_must_be_a_string() -> None:
    with pytest.raises(TypeError, match="country"):
        noticiaparse.parse("Hola", country=56)  # type: ignore[arg-type]


def test_a_datetime_reference_counts_as_its_date(seed_record: dict[str, Any]) -> None:
    text = seed_record["text"]
    as_date = noticiaparse.parse(text, reference_date=dt.date(2015, 11, 20), country="CL")
    as_datetime = noticiaparse.parse(
        text, reference_date=dt.datetime(2015, 11, 20, 9), country="CL"
    )
    assert as_date == as_datetime


def test_parse_is_pure(seed_record: dict[str, Any]) -> None:
    text = seed_record["text"]
    assert noticiaparse.parse(text, country="CL") == noticiaparse.parse(text, country="CL")


def _elements(d: dict[str, Any]) -> list[tuple[str, dict[str, Any], str]]:
    out = [(key, d[key], "text") for key in ("headline", "deck") if d[key]]
    out += [("body", e, "text") for e in d["body"]]
    out += [("boilerplate", e, "text") for e in d["boilerplate"]]
    out += [("quote", e, "text") for e in d["quotes"]]
    out += [("money", e, "raw") for e in d["money"]]
    out += [("date", e, "raw") for e in d["dates"]]
    out += [("mention", m, "text") for s in d["sources"] for m in s["mentions"]]
    out.extend(("speaker", q["speaker"], "text") for q in d["quotes"] if q["speaker"])
    return out


def test_seed_validates_and_every_span_points_at_its_text(seed_record: dict[str, Any]) -> None:
    text = seed_record["text"]
    article = noticiaparse.parse(
        text, reference_date=dt.date.fromisoformat(seed_record["reference_date"]), country="CL"
    )
    d = article.to_dict()
    jsonschema.Draft202012Validator(noticiaparse.json_schema()).validate(d)
    for kind, element, field in _elements(d):
        source = " ".join(text[element["start"] : element["end"]].split())
        assert element[field] in source, (kind, element)


def test_offsets_point_into_the_original_through_crlf_and_nbsp() -> None:
    text = "Título del artículo\r\n\r\nEl\u00a0gobierno\u200b anunció el plan.\r\n"
    article = noticiaparse.parse(text)
    for _, element, field in _elements(article.to_dict()):
        source = " ".join(text[element["start"] : element["end"]].split())
        assert element[field] == source


def test_the_version_is_the_installed_distribution_s() -> None:
    # one version, in _version.py: the package metadata is built from it
    assert importlib.metadata.version("noticiaparse") == noticiaparse.__version__
    assert re.fullmatch(r"\d+\.\d+\.\d+(?:(?:a|b|rc)\d+)?", noticiaparse.__version__)


# --- invisible characters inside a name ----------------------------------------------


@pytest.mark.parametrize("invisible", ["\xad", "\u200b", "\u200c", "\u2060"])
def test_an_invisible_character_never_makes_one_person_two_sources(invisible: str) -> None:
    text = (
        "Sube el pasaje\n\n"
        f"«Vamos a cumplir», dijo Hé{invisible}ctor Ibáñez. Más tarde, Héctor Ibáñez"
        " agregó que «no hay apuro»."
    )
    people = [s for s in noticiaparse.parse(text).sources if s.kind.value == "person"]
    assert 1 == len(people)
    assert 2 == len(people[0].mentions)
