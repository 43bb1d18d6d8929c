"""Parse the dev pages N times after one warm-up parse (``bench/instructions.sh`` runs it)."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import noticiaparse

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    passes = int(sys.argv[1])
    pages = []
    for path in sorted((ROOT / "tests/data/pages").glob("dev_*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                date = record.get("reference_date")
                day = dt.date.fromisoformat(date[:10]) if date else None
                pages.append((record["text"], day, record.get("country")))
    noticiaparse.parse(*pages[0])
    for _ in range(passes):
        for page in pages:
            noticiaparse.parse(*page)


if __name__ == "__main__":
    main()
