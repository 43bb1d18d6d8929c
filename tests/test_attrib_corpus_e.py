"""The attribution corpus, part e (``tests/data/attrib/*_e*``), is well-formed.

Part e's gold was written by reading each text (README_e.md). These checks read the files only
(no parse, no score): every record has the agreed shape, every gold string stands in its text,
every line of a text is the headline, the deck, a body paragraph or a boilerplate line, each
``e_NNN.txt`` is its record's text, every named speaker is one of the record's sources, and the
odd-numbered articles are in ``dev_e.jsonl``, the even-numbered in ``holdout_e.jsonl``.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

ATTRIB = Path(__file__).parent / "data" / "attrib"
SPLITS = ("dev_e.jsonl", "holdout_e.jsonl")
RECORD_KEYS = {"id", "outlet", "url", "country", "reference_date", "text", "gold"}
GOLD_KEYS = {"headline", "deck", "body", "boilerplate", "authors", "published", "quotes", "sources"}
QUOTE_KINDS = {"direct", "partial", "term", "title"}
SOURCE_KINDS = {"person", "organization", "media", "document", "anonymous"}
SPOKEN = {"direct", "partial"}
ID = re.compile(r"e_(\d{3})")
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _records(name: str) -> list[dict[str, Any]]:
    lines = (ATTRIB / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


ALL = [(name, r) for name in SPLITS for r in _records(name)]
IDS = [r["id"] for _, r in ALL]


def _number(record: dict[str, Any]) -> int:
    match = ID.fullmatch(record["id"])
    assert match, record["id"]
    return int(match.group(1))


def _strings(gold: dict[str, Any]) -> list[tuple[str, str]]:
    """Every string of ``gold`` that must stand in the text, with where it comes from."""
    out = [(k, gold[k]) for k in ("headline", "deck") if gold.get(k)]
    out += [("body", s) for s in gold["body"]]
    out += [("boilerplate", s) for s in gold["boilerplate"]]
    out += [("authors", s) for s in gold["authors"]]
    for q in gold["quotes"]:
        out.append(("quote", q["text"]))
        if q["speaker"]:
            out.append(("speaker", q["speaker"]))
        out += [("speaker_aliases", s) for s in q.get("speaker_aliases", [])]
    for src in gold["sources"]:
        out.append(("source", src["name"]))
        out += [("source aliases", s) for s in src["aliases"]]
        out += [("source mentions", s) for s in src["mentions"]]
    return out


def test_the_part_has_twenty_two_articles_in_pairs() -> None:
    numbers = sorted(_number(r) for _, r in ALL)
    assert numbers == list(range(1, len(numbers) + 1))
    assert len(numbers) >= 22
    assert len(numbers) % 2 == 0


def test_the_part_spans_ten_countries_and_one_outlet_per_article() -> None:
    assert len({r["country"] for _, r in ALL}) >= 10
    hosts = [re.sub(r"^https?://(www\.)?", "", r["url"]).split("/")[0] for _, r in ALL]
    assert len(set(hosts)) == len(hosts)


@pytest.mark.parametrize(("name", "record"), ALL, ids=IDS)
def test_odd_articles_are_dev_and_even_ones_held_out(name: str, record: dict[str, Any]) -> None:
    assert name == ("dev_e.jsonl" if _number(record) % 2 else "holdout_e.jsonl")


@pytest.mark.parametrize(("name", "record"), ALL, ids=IDS)
def test_record_shape(name: str, record: dict[str, Any]) -> None:
    assert set(record) == RECORD_KEYS, name
    assert isinstance(record["outlet"], str)
    assert record["outlet"]
    assert record["url"].startswith(("http://", "https://"))
    assert re.fullmatch(r"[A-Z]{2}", record["country"])
    assert record["reference_date"] is None or ISO_DAY.fullmatch(record["reference_date"])
    assert isinstance(record["text"], str)
    gold = record["gold"]
    assert set(gold) <= GOLD_KEYS
    assert {"quotes", "sources", "body", "boilerplate", "authors"} <= set(gold)
    if "published" in gold:
        assert gold["published"] is None or ISO_DAY.match(gold["published"])
    assert len([q for q in gold["quotes"] if q["kind"] in SPOKEN]) >= 2
    assert len(gold["quotes"]) >= 3
    for q in gold["quotes"]:
        assert set(q) <= {"text", "kind", "speaker", "speaker_aliases"}
        assert q["kind"] in QUOTE_KINDS
        assert q["speaker"] is None or q["kind"] in SPOKEN
        assert q.get("speaker_aliases", []) == [] or q["speaker"]
    assert gold["sources"]
    names = [s["name"] for s in gold["sources"]]
    assert len(names) == len(set(names))
    for src in gold["sources"]:
        assert set(src) == {"name", "kind", "aliases", "mentions"}
        assert src["kind"] in SOURCE_KINDS
        assert src["mentions"]


@pytest.mark.parametrize(("name", "record"), ALL, ids=IDS)
def test_every_gold_string_stands_in_the_text(name: str, record: dict[str, Any]) -> None:
    text = record["text"]
    missing = [(k, s[:60]) for k, s in _strings(record["gold"]) if not s or s not in text]
    assert missing == [], name


@pytest.mark.parametrize(("name", "record"), ALL, ids=IDS)
def test_each_quote_stands_as_often_as_listed(name: str, record: dict[str, Any]) -> None:
    text = record["text"]
    wanted = Counter(q["text"] for q in record["gold"]["quotes"])
    for quote, times in wanted.items():
        assert text.count(quote) >= times, (name, quote[:60])


@pytest.mark.parametrize(("name", "record"), ALL, ids=IDS)
def test_layout_gold_accounts_for_every_line(name: str, record: dict[str, Any]) -> None:
    gold = record["gold"]
    pieces = [gold[k] for k in ("headline", "deck") if gold.get(k)]
    pieces += gold["body"] + gold["boilerplate"]
    lines = [line.strip() for line in record["text"].split("\n") if line.strip()]
    # A line is accounted for when a gold string is that line or part of it (a marker glued to
    # the end of a paragraph, " (I)", is boilerplate split off the line).
    lost = [line for line in lines if not any(p in line or line in p for p in pieces)]
    assert lost == [], name


@pytest.mark.parametrize(("name", "record"), ALL, ids=IDS)
def test_every_speaker_is_one_of_the_sources(name: str, record: dict[str, Any]) -> None:
    # The guide makes the speaker of a direct or partial quote a source.
    names = [n for src in record["gold"]["sources"] for n in [src["name"], *src["aliases"]]]
    speakers = {q["speaker"] for q in record["gold"]["quotes"] if q["speaker"]}
    lost = [s for s in speakers if not any(s in n or n in s for n in names)]
    assert lost == [], name


@pytest.mark.parametrize(("name", "record"), ALL, ids=IDS)
def test_the_text_file_is_the_record_text(name: str, record: dict[str, Any]) -> None:
    path = ATTRIB / f"{record['id']}.txt"
    assert path.read_text(encoding="utf-8") == record["text"], name


def test_every_text_file_has_its_record() -> None:
    files = {p.stem for p in ATTRIB.glob("e_*.txt")}
    assert files == set(IDS)


@pytest.mark.parametrize(("name", "record"), ALL, ids=IDS)
def test_the_text_ends_with_one_newline(name: str, record: dict[str, Any]) -> None:
    assert record["text"].endswith("\n"), name
    assert not record["text"].endswith("\n\n"), name
