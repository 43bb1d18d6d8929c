"""Dump every parse of the dev gold and the page corpus, to prove a speed change exact.

A speed branch must not change what ``parse`` returns. Run this in the tree before and
after the change and compare the two files byte for byte::

    python bench/identity.py /tmp/before.jsonl     # on the base commit
    python bench/identity.py /tmp/after.jsonl      # on the branch
    cmp /tmp/before.jsonl /tmp/after.jsonl

It parses ``../shared/gold/*.json*`` (or ``--gold DIR``) and ``tests/data/pages/*.jsonl``
(every split: only the parser's output is written, nothing is scored) and writes one line
per record: the file, the id and ``parse(...).to_dict()``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import Any

import noticiaparse

ROOT = Path(__file__).resolve().parent.parent


def _records(path: Path) -> list[dict[str, Any]]:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        return [json.loads(text)]
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path, help="the JSONL file to write")
    ap.add_argument("--gold", type=Path, default=ROOT.parent / "shared" / "gold")
    args = ap.parse_args()
    files = sorted(args.gold.glob("*.json*")) + sorted((ROOT / "tests/data/pages").glob("*.jsonl"))
    with args.out.open("w", encoding="utf-8") as out:
        for path in files:
            for record in _records(path):
                date = record.get("reference_date")
                parsed = noticiaparse.parse(
                    record["text"],
                    dt.date.fromisoformat(date[:10]) if date else None,
                    record.get("country"),
                )
                line = {"file": path.name, "id": record.get("id"), "parsed": parsed.to_dict()}
                out.write(json.dumps(line, ensure_ascii=False, sort_keys=True) + "\n")
    print("wrote", args.out)


if __name__ == "__main__":
    main()
