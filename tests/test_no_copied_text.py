"""No development article's text is copied into the code, the tests, the lexicons or the docs.

The scorer's development sets (``../shared/gold/*.jsonl`` beside the project) and the
development pages of our real-page corpus (``tests/data/pages/dev_*.jsonl``: their
headlines, decks and bodies) and the attribution corpus (``tests/data/attrib/*.jsonl``, both
splits: their headlines, decks and bodies) are for measuring; rules and tests are written in
sentences of our own. This test reads every run of seven words of those articles and fails on
any that stands in a file of ours.
The original article (the seed) is the one text we may quote. Other private check sets
can be added with ``NOTICIAPARSE_PRIVATE_TEXTS`` (JSONL files, separated by ``os.pathsep``).
Runs of three numbers or more (dates, times, figures) are formats, not prose.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import regex

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
#: How many words in a row make a copy.
RUN = 7
_WORD = regex.compile(r"\w+")


def _texts() -> list[Path]:
    files = sorted((SHARED / "gold").glob("*.jsonl"))
    files += sorted((ROOT / "tests" / "data" / "pages").glob("dev_*.jsonl"))
    files += sorted((ROOT / "tests" / "data" / "attrib").glob("*.jsonl"))
    extra = os.environ.get("NOTICIAPARSE_PRIVATE_TEXTS", "")
    files += [Path(p) for p in extra.split(os.pathsep) if p]
    return [f for f in files if f.is_file()]


#: A run with this many numbers or more is a date, a time or a figure's format, not prose.
NUMBERS = 3


def _runs(text: str) -> set[str]:
    words = _WORD.findall(text.casefold())
    runs = (words[i : i + RUN] for i in range(len(words) - RUN + 1))
    return {" ".join(run) for run in runs if sum(w.isdigit() for w in run) < NUMBERS}


def _prose(record: dict[str, object], path: Path) -> str:
    """What a record holds of an article: its whole text, or a real page's article parts.

    A real page (``tests/data/pages``, ``tests/data/attrib``) also carries its site's furniture
    (menus, comment forms, credits), which rules may name; only its headline, deck and body are
    prose.
    """
    gold = record.get("gold")
    if path.parent.name not in ("pages", "attrib") or not isinstance(gold, dict):
        return str(record.get("text", ""))
    parts = [gold.get("headline"), gold.get("deck"), *(gold.get("body") or [])]
    return "\n".join(p for p in parts if isinstance(p, str))


def _ours() -> list[Path]:
    patterns = ("src/noticiaparse/**/*.py", "src/noticiaparse/lexicons/**/*", "tests/*.py")
    files = [p for pattern in patterns for p in ROOT.glob(pattern)]
    files += [*ROOT.glob("docs/**/*.md"), ROOT / "README.md"]
    return sorted(p for p in files if p.is_file() and p.name != Path(__file__).name)


def test_no_development_article_is_copied() -> None:
    sources = _texts()
    if not sources:
        pytest.skip("no development texts beside the project (../shared/gold)")
    seed = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "seeds").glob("*"))
    runs: dict[str, str] = {}
    for path in sources:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                for run in _runs(_prose(record, path)):
                    runs.setdefault(run, f"{path.name}:{record.get('id')}")
    for run in _runs(seed):
        runs.pop(run, None)
    found = []
    for path in _ours():
        text = path.read_text(encoding="utf-8", errors="replace")
        # A sentence of a golden test may be wrapped over lines: read the file as one text.
        hits = sorted(_runs(text) & runs.keys())
        found += [f"{path.relative_to(ROOT)}: '{run}' ({runs[run]})" for run in hits[:3]]
    assert not found, (
        "Text copied from a development article (write your own sentences):\n" + "\n".join(found)
    )
