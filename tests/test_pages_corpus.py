"""The real-page corpus (``tests/data/pages/``) is well-formed, half by half.

Each record's gold was written by reading its text. These checks keep the files honest: every
gold string stands in the text, every non-empty line of the text is accounted for exactly once
(as the headline, the deck, a body paragraph or a boilerplate line), the record has the agreed
shape, the text file beside it is the record's text, and each half is split into its development
and held-out files by its rule. They read the files only: no parse, no score.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

PAGES = Path(__file__).parent / "data" / "pages"
# Half -> the rule that sends a page to the held-out file (by its number).
HELD_OUT = {
    "a": lambda n: n % 4 == 0,
    "b": lambda n: n % 4 == 0,
    "c": lambda n: n % 2 == 0,
    "d": lambda n: n % 2 == 0,
    "e": lambda n: n % 2 == 0,
    "f": lambda n: n % 4 == 0,
}
# Pages whose source bytes carry mojibake: their gold strings are the repaired text
# (README_a.md), so they cannot stand in the text as it is.
MOJIBAKE = {"a_005", "a_011", "a_022", "a_029"}
RECORD_KEYS = {"id", "outlet", "url", "country", "reference_date", "text", "gold"}
GOLD_KEYS = {"headline", "deck", "body", "boilerplate"}
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _records(name: str) -> list[dict[str, Any]]:
    path = PAGES / name
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _all() -> list[tuple[str, dict[str, Any]]]:
    out = []
    for half in sorted(HELD_OUT):
        for split in ("dev", "holdout"):
            out += [(f"{split}_{half}.jsonl", r) for r in _records(f"{split}_{half}.jsonl")]
    return out


ALL = _all()


def _items(gold: dict[str, Any]) -> list[tuple[str, str]]:
    items = [(k, gold[k]) for k in ("headline", "deck") if gold.get(k)]
    items += [("body", b) for b in gold.get("body") or []]
    return items + [("boilerplate", b) for b in gold.get("boilerplate") or []]


def problems(record: dict[str, Any]) -> list[str]:
    """What keeps ``record``'s gold from accounting for its text line by line (empty: nothing)."""
    text, gold = record["text"], record["gold"]
    flat = " ".join(text.split())
    out = [
        f"{kind} not in the text: {s[:60]!r}"
        for kind, s in _items(gold)
        if " ".join(s.split()) not in flat
    ]
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    left = Counter(lines)
    partial = []
    for kind, s in _items(gold):
        for piece in filter(None, (p.strip() for p in s.split("\n"))):
            if left[piece] > 0:
                left[piece] -= 1
            else:
                partial.append((kind, piece))
    # A gold string that is part of a line (a headline inside a metadata line, paragraphs a
    # renderer glued onto one line) accounts for that line.
    touched: set[str] = set()
    for kind, piece in partial:
        host = next((h for h in lines if piece in h and (left[h] > 0 or h in touched)), None)
        if host is None:
            out.append(f"{kind} line placed twice or nowhere: {piece[:60]!r}")
            continue
        if host not in touched:
            left[host] -= 1
            touched.add(host)
    # Half B lists a repeat of the headline nowhere (it is the headline); halves C, D and E list it.
    headline = (gold.get("headline") or "").strip() if record["id"].startswith("b_") else None
    for line, n in left.items():
        if n > 0 and line != headline:
            out.append(f"line not accounted for ({n}x): {line[:60]!r}")
    return out


@pytest.mark.parametrize("record", [r for _, r in ALL], ids=[r["id"] for _, r in ALL])
def test_gold_accounts_for_every_line(record: dict[str, Any]) -> None:
    if record["id"] in MOJIBAKE:
        pytest.skip("gold is the repaired text of a page stored with mojibake (README_a.md)")
    assert problems(record) == []


@pytest.mark.parametrize(("split", "record"), ALL, ids=[r["id"] for _, r in ALL])
def test_record_shape_and_split(split: str, record: dict[str, Any]) -> None:
    half, number = record["id"].split("_")
    assert set(record) == RECORD_KEYS
    assert GOLD_KEYS <= set(record["gold"]) <= GOLD_KEYS | {"authors", "published"}
    assert split.startswith("holdout" if HELD_OUT[half](int(number)) else "dev")
    assert split.endswith(f"_{half}.jsonl")
    assert (PAGES / f"{record['id']}.txt").read_text(encoding="utf-8") == record["text"]
    gold = record["gold"]
    assert isinstance(gold["headline"], str)
    assert gold["deck"] is None or isinstance(gold["deck"], str)
    assert all(isinstance(p, str) and p.strip() for p in gold["body"])
    assert all(isinstance(a, str) and a.strip() for a in gold.get("authors", []))
    for day in (gold.get("published"), record["reference_date"]):
        assert day is None or ISO_DAY.fullmatch(day[:10])
    assert re.fullmatch(r"[A-Z]{2}", record["country"])


def test_ids_and_urls_are_unique() -> None:
    ids = Counter(r["id"] for _, r in ALL)
    urls = Counter(r["url"] for _, r in ALL)
    assert [i for i, n in ids.items() if n > 1] == []
    assert [u for u, n in urls.items() if n > 1] == []


@pytest.mark.parametrize("half", sorted(HELD_OUT))
def test_every_text_file_has_its_record(half: str) -> None:
    files = {p.stem for p in PAGES.glob(f"{half}_*.txt")}
    assert files == {r["id"] for _, r in ALL if r["id"].startswith(f"{half}_")}
