"""Dates side by side on the dev articles: noticiaparse against dateparser.search_dates.

Run from the project root::

    .venv/bin/python bench/dates.py [GOLD_FILE ...]

Both read the dev articles that have date gold (``../shared/gold/dev_annotated.jsonl``
and ``seed.json`` by default). Each system's dates are written as parses
(``{"id", "parsed"}`` a line) and scored by ``../shared/eval/score.py --parsed
--dates-by-resolved``: a found date counts when the day (or month) it resolves to
equals a gold mention's, one to one, so both are judged on the day they point at.

- ``noticiaparse parse()``: the whole pipeline, which reads only the headline, deck
  and body the layout finds (what the scorer measures), with the article's
  publication date as reference;
- ``noticiaparse parse_dates()``: the date parser alone over the whole raw text;
- ``dateparser.search_dates``: the whole raw text, ``languages=["es"]``, the
  publication date as ``RELATIVE_BASE``. Its output is read generously: a found
  string with no day number and no day word ("octubre de 2019") counts as the month
  it names (``YYYY-MM``), since ``search_dates`` fills in a day of its own.

Throughput is characters of raw text per second, after one warm-up article (imports
and lazy compilation left out), best of ``--repeat`` runs for noticiaparse. The
``parse()`` row times the whole pipeline (every field); the row under it times the date
extractor alone on the same regions, the share of ``parse()`` that dates cost.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from gold import load

from noticiaparse import parse, parse_dates
from noticiaparse._extract.dates import find_dates
from noticiaparse._layout.page import find_layout
from noticiaparse._text.calendar import deictic_days, weekdays
from noticiaparse._text.spine import build_spine

ROOT = Path(__file__).resolve().parent.parent
# The shared folder beside the checkout (``/work/shared`` from ``/work/main`` or a worktree).
SHARED = next(
    (p / "shared" for p in ROOT.parents if (p / "shared" / "eval" / "score.py").exists()),
    ROOT.parent / "shared",
)
DEFAULT_GOLD = [SHARED / "gold" / "dev_annotated.jsonl", SHARED / "gold" / "seed.json"]
SCORER = SHARED / "eval" / "score.py"
DAY_NUMBER = re.compile(r"(?<![0-9])(?:3[01]|[12][0-9]|0?[1-9])(?![0-9])")

Dates = list[dict[str, Any]]


def reference(record: dict[str, Any]) -> dt.date | None:
    value = record.get("reference_date")
    return dt.date.fromisoformat(value) if value else None


def ours_parse(record: dict[str, Any]) -> Dates:
    article = parse(record["text"], reference_date=reference(record))
    return [d.to_dict() for d in article.dates]


def ours_dates(record: dict[str, Any]) -> Dates:
    return [d.to_dict() for d in parse_dates(record["text"], reference(record))]


def search_dates(record: dict[str, Any]) -> Dates:
    import dateparser.search  # noqa: PLC0415 - the peer, imported when it runs

    ref = reference(record)
    settings: dict[str, Any] = {"RETURN_AS_TIMEZONE_AWARE": False, "DATE_ORDER": "DMY"}
    if ref is not None:
        settings["RELATIVE_BASE"] = dt.datetime(ref.year, ref.month, ref.day)
    text = record["text"]
    found = dateparser.search.search_dates(text, languages=["es"], settings=settings) or []
    day_words = {*weekdays(), *deictic_days()}
    out: Dates = []
    at = 0
    for raw, value in found:
        start = text.find(raw, at)
        start = max(start, 0)
        at = start + len(raw)
        words = set(raw.lower().split())
        month_only = DAY_NUMBER.search(raw) is None and not words & day_words
        resolved = f"{value.year:04d}-{value.month:02d}" if month_only else value.date().isoformat()
        out.append(
            {
                "raw": raw,
                "start": start,
                "end": start + len(raw),
                "year": value.year,
                "month": value.month,
                "day": None if month_only else value.day,
                "resolved": resolved if ref is not None else None,
            }
        )
    return out


def timed(
    run: Callable[[dict[str, Any]], Dates], records: list[dict[str, Any]], repeat: int
) -> tuple[dict[str, Dates], float]:
    """Each record's dates, and the throughput in characters per second (best run)."""
    run(records[0])  # warm-up: imports, lazy lexicons and patterns
    chars = sum(len(r["text"]) for r in records)
    best = float("inf")
    results: dict[str, Dates] = {}
    for _ in range(repeat):
        started = time.perf_counter()
        results = {r["id"]: run(r) for r in records}
        best = min(best, time.perf_counter() - started)
    return results, chars / best


def extractor_speed(records: list[dict[str, Any]], repeat: int) -> float:
    """Characters per second of the date extractor alone, on spines and layouts built first.

    This is the share of ``parse()`` that dates cost: the same regions, the same
    reference dates, the spine and the layout (shared by every field) left out.
    """
    prepared = []
    for record in records:
        spine = build_spine(record["text"])
        prepared.append((spine, find_layout(spine).regions, reference(record)))
    find_dates(*prepared[0])
    chars = sum(len(r["text"]) for r in records)
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        for spine, regions, ref in prepared:
            find_dates(spine, regions, ref)
        best = min(best, time.perf_counter() - started)
    return chars / best


def score(
    records_paths: list[Path], parses: dict[str, Dates], *, by_resolved: bool
) -> dict[str, Any]:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
        for key, dates in parses.items():
            fh.write(json.dumps({"id": key, "parsed": {"dates": dates}}, ensure_ascii=False) + "\n")
        name = fh.name
    args = [sys.executable, str(SCORER), *map(str, records_paths), "--parsed", name, "--json"]
    if by_resolved:
        args.append("--dates-by-resolved")
    out = subprocess.run(args, capture_output=True, text=True, check=True)  # noqa: S603
    Path(name).unlink()
    totals: dict[str, Any] = json.loads(out.stdout)
    return totals


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--repeat", type=int, default=3, help="best of N timed runs (ours)")
    args = parser.parse_args(argv)
    records = load(args.files, "dates")
    systems: list[tuple[str, Callable[[dict[str, Any]], Dates], int]] = [
        ("noticiaparse parse()", ours_parse, args.repeat),
        ("noticiaparse parse_dates()", ours_dates, args.repeat),
        ("dateparser.search_dates", search_dates, 1),
    ]
    gold = sum(len(r["gold"]["dates"]) for r in records)
    print(f"{len(records)} articles, {gold} gold date mentions")
    print(f"{'system':28} {'P':>6} {'R':>6} {'F1':>6} {'F1 ymd':>7} {'chars/s':>12}")
    for name, run, repeat in systems:
        parses, speed = timed(run, records, repeat)
        by_day = score(args.files, parses, by_resolved=True)["dates"]
        by_ymd = score(args.files, parses, by_resolved=False)["dates"]
        print(
            f"{name:28} {by_day['precision']:6.3f} {by_day['recall']:6.3f} {by_day['f1']:6.3f}"
            f" {by_ymd['f1']:7.3f} {speed:12,.0f}"
        )
    speed = extractor_speed(records, args.repeat)
    print(f"{'  find_dates inside parse()':28} {'':6} {'':6} {'':6} {'':7} {speed:12,.0f}")
    print("P/R/F1: matched on the resolved day or month (--dates-by-resolved);")
    print("F1 ymd: the scorer's default rule (stated year/month/day, resolved for deictics).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
