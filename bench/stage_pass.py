"""One stage of ``parse`` alone, on arguments captured once (``bench/stage_instructions.sh``).

``python bench/stage_pass.py capture FILE`` parses the dev pages and pickles what the
reading, quotes and sources stages take (the spine, the regions, the reading, the
credits, the lower-cased text). ``python bench/stage_pass.py run FILE R,Q,S`` loads them
and runs the reading stage R times, the quotes stage Q times and the sources stage S
times, the collector paused as ``parse`` pauses it: two runs that differ by one pass of
one stage differ by that stage's instructions, and no parse of the pages is counted.
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import pickle
import sys
from pathlib import Path
from typing import Any

from noticiaparse import _pipeline
from noticiaparse._text.case import lower_text

ROOT = Path(__file__).resolve().parent.parent


def capture(out: Path) -> None:
    inputs = []
    for path in sorted((ROOT / "tests/data/pages").glob("dev_*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            record = json.loads(line)
            date = record.get("reference_date")
            day = dt.date.fromisoformat(date[:10]) if date else None
            spine = _pipeline.spine_of(record["text"])
            page = _pipeline.find_layout(spine, day)
            reading = _pipeline.read_article(spine.text, page.regions)
            found = _pipeline.classify_quotes(reading)
            kept = reading.for_credits()
            said = _pipeline.attribute_quotes(kept, found)
            lowered = lower_text(spine.text)
            inputs.append((spine, page.regions, page.front.credit, reading, kept, said, lowered))
    with out.open("wb") as sink:
        pickle.dump(inputs, sink, protocol=5)


def run(source: Path, counts: str) -> None:
    with source.open("rb") as stored:
        inputs: list[Any] = pickle.load(stored)  # noqa: S301 - our own capture
    reading_n, quotes_n, sources_n = map(int, counts.split(","))
    for _ in range(reading_n):
        for spine, regions, *_rest in inputs:
            _pipeline.read_article(spine.text, regions)
    for _ in range(quotes_n):
        for spine, _regions, _credit, reading, kept, *_rest in inputs:
            found = _pipeline.classify_quotes(reading)
            said = _pipeline.attribute_quotes(kept, found)
            _pipeline.public_quotes(spine, kept, said)
    for _ in range(sources_n):
        for spine, _regions, credit, _reading, kept, said, lowered in inputs:
            _pipeline.find_sources(spine, kept, said, signed=credit, lowered=lowered)


def main() -> None:
    gc.disable()  # as parse runs
    if sys.argv[1] == "capture":
        capture(Path(sys.argv[2]))
    else:
        run(Path(sys.argv[2]), sys.argv[3])


if __name__ == "__main__":
    main()
