"""The real pages as other scrapers would render them, gold unchanged: a robustness check.

The layout gold of ``tests/data/pages/*.jsonl`` holds for a page however a scraper turned
its HTML into text, so the same records with their text rendered another way score the
layout against renderings the corpus has few of. Session 19 found the two changes that
carried to the sealed pages in this check (Windows-1252 marks, pages with no blank line),
where rules fitted to the readable pages' misses did not. Write the variants, then score
each with the shared scorer::

    python bench/renderings.py /tmp/renderings                      # readable splits
    python ../shared/eval/score.py /tmp/renderings/no_blank_lines.jsonl

``--files`` picks other record files (the lead scores the sealed splits' variants at a
merge, totals only). Every variant keeps the gold strings in the text: a transform only
changes white space or breaks a line between two words.
"""

from __future__ import annotations

import argparse
import json
import re
import textwrap
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "tests" / "data" / "pages"
READABLE = [
    *sorted(PAGES.glob("dev_*.jsonl")),
    PAGES / "holdout_c.jsonl",
    PAGES / "holdout_d.jsonl",
]
WIDTH = 78  # html2text's default body width
_SENTENCE_END = '.»”"!?)'


def no_blank_lines(text: str) -> str:
    """``soup.get_text("\\n", strip=True)``: every blank line gone."""
    return "\n".join(line for line in text.split("\n") if line.strip())


def one_blank_line(text: str) -> str:
    """Runs of blank lines cut to one (a cleaner's ``re.sub(r"\\n\\s*\\n+", "\\n\\n")``)."""
    return re.sub(r"\n(?:[ \t]*\n)+", "\n\n", text)


def hard_wrapped(text: str) -> str:
    """Each paragraph alone between blank lines, closed like a sentence, wrapped at 78."""
    lines = text.split("\n")
    out: list[str] = []
    for i, line in enumerate(lines):
        alone = (i == 0 or not lines[i - 1].strip()) and (
            i + 1 == len(lines) or not lines[i + 1].strip()
        )
        if (
            alone
            and len(line) > WIDTH
            and not line.lstrip().startswith("#")
            and line.rstrip()[-1:] in _SENTENCE_END
        ):
            out.extend(
                textwrap.wrap(line, WIDTH, break_long_words=False, break_on_hyphens=False) or [line]
            )
        else:
            out.append(line)
    return "\n".join(out)


def crlf(text: str) -> str:
    """Windows line ends."""
    return text.replace("\n", "\r\n")


def stripped_lines(text: str) -> str:
    """Every line stripped of its indentation and trailing spaces."""
    return "\n".join(line.strip() for line in text.split("\n"))


VARIANTS: dict[str, Callable[[str], str]] = {
    "no_blank_lines": no_blank_lines,
    "one_blank_line": one_blank_line,
    "hard_wrapped": hard_wrapped,
    "crlf": crlf,
    "stripped_lines": stripped_lines,
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("out", type=Path, help="folder for one JSONL file per variant")
    ap.add_argument("--files", type=Path, nargs="+", default=READABLE, help="record files")
    args = ap.parse_args()
    records = [
        json.loads(line)
        for path in args.files
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    args.out.mkdir(parents=True, exist_ok=True)
    for name, render in VARIANTS.items():
        path = args.out / f"{name}.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for record in records:
                fh.write(json.dumps({**record, "text": render(record["text"])}, ensure_ascii=False))
                fh.write("\n")
        print(f"wrote {path} ({len(records)} records)")


if __name__ == "__main__":
    main()
