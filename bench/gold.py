"""Read gold records for the benchmark scripts (run beside them as ``bench/*.py``)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any


def load(paths: Iterable[Path], field: str) -> list[dict[str, Any]]:
    """The records of ``paths`` (``.json``: one; ``.jsonl``: one a line) with gold ``field``."""
    records: list[dict[str, Any]] = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".jsonl":
            records.extend(json.loads(line) for line in text.splitlines() if line.strip())
        else:
            records.append(json.loads(text))
    return [r for r in records if field in r.get("gold", {})]
