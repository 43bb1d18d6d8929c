"""The attribution corpus, parts a and c (``tests/data/attrib/``), is well-formed.

Each record's gold (layout, quotes with kind and speaker, sources) was written by reading its
text, never by running the parser (README_a.md, README_c.md; parts b and d, written to another
checklist, are checked by ``test_attrib_corpus_bd.py``). These checks keep the files honest:
every gold string stands in the text exactly, every non-empty line of the text is the headline,
the deck, a body paragraph or a boilerplate line, the record and its gold have the agreed shape,
the text file beside each record is its text, and odd-numbered articles sit in the development
file and even-numbered ones in the held-out file. They read the files only: no parse, no score.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

ATTRIB = Path(__file__).parent / "data" / "attrib"
PARTS = ("a", "c")
SPLITS = tuple(f"{split}_{part}.jsonl" for part in PARTS for split in ("dev", "holdout"))
RECORD_KEYS = {"id", "outlet", "url", "country", "reference_date", "text", "gold"}
GOLD_KEYS = {"headline", "deck", "body", "boilerplate", "authors", "quotes", "sources"}
QUOTE_KINDS = {"direct", "partial", "term", "title"}
SOURCE_KINDS = {"person", "organization", "media", "document", "anonymous"}
# Part a takes South American outlets only; part c whole pages from any Spanish-speaking
# country's outlets.
SOUTH_AMERICA = {"AR", "BO", "CL", "CO", "EC", "PE", "PY", "UY", "VE"}
ELSEWHERE = {"CR", "CU", "DO", "ES", "GT", "HN", "MX", "NI", "PA", "PR", "SV", "US"}
COUNTRIES = {"a": SOUTH_AMERICA, "c": SOUTH_AMERICA | ELSEWHERE}
#: How many countries each part covers at least (README_c.md says why part c has three).
MIN_COUNTRIES = {"a": 6, "c": 3}
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _records(name: str) -> list[dict[str, Any]]:
    lines = (ATTRIB / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


ALL = [(split, record) for split in SPLITS for record in _records(split)]
RECORDS = [record for _, record in ALL]
IDS = [record["id"] for record in RECORDS]


def gold_strings(gold: dict[str, Any]) -> list[tuple[str, str]]:
    """Every string of ``gold`` that must stand in the text, with the field it comes from."""
    out = [(key, gold[key]) for key in ("headline", "deck") if gold[key] is not None]
    out += [(key, s) for key in ("body", "boilerplate", "authors") for s in gold[key]]
    for quote in gold["quotes"]:
        out.append(("quote", quote["text"]))
        if quote["speaker"] is not None:
            out.append(("speaker", quote["speaker"]))
        out += [("speaker alias", s) for s in quote.get("speaker_aliases", [])]
    for source in gold["sources"]:
        out.append(("source", source["name"]))
        out += [("source alias", s) for s in source["aliases"]]
        out += [("mention", s) for s in source["mentions"]]
    return out


def missing(record: dict[str, Any]) -> list[str]:
    """The gold strings of ``record`` that do not stand in its text exactly (empty: none)."""
    return [
        f"{field}: {s[:60]!r}"
        for field, s in gold_strings(record["gold"])
        if s not in record["text"]
    ]


def unplaced_lines(record: dict[str, Any]) -> list[str]:
    """Lines of the text that are not exactly one layout item of the gold (empty: none)."""
    gold = record["gold"]
    layout = [gold[key] for key in ("headline", "deck") if gold[key] is not None]
    layout += gold["body"] + gold["boilerplate"]
    lines = Counter(line.strip() for line in record["text"].split("\n") if line.strip())
    # A boilerplate line repeated on the page is listed once.
    placed = Counter(layout) | Counter(b for b in gold["boilerplate"] for _ in range(lines[b]))
    return sorted((lines - placed).elements()) + sorted((Counter(layout) - lines).elements())


@pytest.mark.parametrize("record", RECORDS, ids=IDS)
def test_every_gold_string_stands_in_the_text(record: dict[str, Any]) -> None:
    assert missing(record) == []


@pytest.mark.parametrize("record", RECORDS, ids=IDS)
def test_layout_accounts_for_every_line(record: dict[str, Any]) -> None:
    assert unplaced_lines(record) == []


@pytest.mark.parametrize("record", RECORDS, ids=IDS)
def test_record_shape(record: dict[str, Any]) -> None:
    assert set(record) == RECORD_KEYS
    gold = record["gold"]
    assert GOLD_KEYS <= set(gold) <= GOLD_KEYS | {"published"}
    assert record["country"] in COUNTRIES[record["id"][0]]
    assert record["url"].startswith(("http://", "https://"))
    for day in (record["reference_date"], gold.get("published")):
        assert day is None or ISO_DAY.fullmatch(day)
    assert all(isinstance(p, str) and p.strip() for p in gold["body"])
    assert len(gold["quotes"]) >= 4
    assert gold["sources"]
    for quote in gold["quotes"]:
        assert set(quote) <= {"text", "kind", "speaker", "speaker_aliases"}
        assert quote["kind"] in QUOTE_KINDS
        assert quote["text"].strip() == quote["text"] != ""
        if quote["kind"] in ("term", "title"):
            assert quote["speaker"] is None
    for source in gold["sources"]:
        assert set(source) == {"name", "kind", "aliases", "mentions"}
        assert source["kind"] in SOURCE_KINDS
    names = [source["name"] for source in gold["sources"]]
    assert len(names) == len(set(names))


@pytest.mark.parametrize(("split", "record"), ALL, ids=IDS)
def test_text_file_and_split(split: str, record: dict[str, Any]) -> None:
    assert re.fullmatch(r"[ac]_\d{3}", record["id"])
    assert (ATTRIB / f"{record['id']}.txt").read_text(encoding="utf-8") == record["text"]
    number, part = int(record["id"][2:]), record["id"][0]
    assert split == (f"dev_{part}.jsonl" if number % 2 else f"holdout_{part}.jsonl")


@pytest.mark.parametrize("part", PARTS)
def test_ids_urls_and_files_agree(part: str) -> None:
    ids = [i for i in IDS if i[0] == part]
    assert [i for i, n in Counter(ids).items() if n > 1] == []
    urls = Counter(record["url"] for _, record in ALL if record["id"][0] == part)
    assert [u for u, n in urls.items() if n > 1] == []
    assert {p.stem for p in ATTRIB.glob(f"{part}_*.txt")} == set(ids)
    numbers = sorted(int(i[2:]) for i in ids)
    assert numbers == list(range(1, len(numbers) + 1))
    assert len(numbers) % 2 == 0


@pytest.mark.parametrize("part", PARTS)
def test_countries(part: str) -> None:
    countries = {record["country"] for _, record in ALL if record["id"][0] == part}
    assert len(countries) >= MIN_COUNTRIES[part]
