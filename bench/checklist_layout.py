"""The page-shape matrix's pass table: fields right out of five, per row and renderer.

The matrix is ``tests/test_checklist_layout.py`` (rows of furniture x renderers' styles);
this prints how many of each page's five layout fields (headline, deck, body, authors,
published) the layout reads right, with the initials of those it misses.

Run::

    .venv/bin/python bench/checklist_layout.py            # the table
    .venv/bin/python bench/checklist_layout.py --all      # every story in every cell
    .venv/bin/python bench/checklist_layout.py ROW-RENDERER[-STORY]  # one page, its reading
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

_PATH = Path(__file__).resolve().parent.parent / "tests" / "test_checklist_layout.py"
_SPEC = importlib.util.spec_from_file_location("checklist_layout", _PATH)
assert _SPEC is not None
assert _SPEC.loader is not None
m = importlib.util.module_from_spec(_SPEC)
sys.modules["checklist_layout"] = m
_SPEC.loader.exec_module(m)


def _cases(*, every: bool) -> list[Any]:
    """The test matrix's cases, or with ``every`` each cell with each of the stories."""
    if not every:
        return list(m.CASES)
    return [m.Case(row, r, story) for row in m.ROWS for r in m.RENDERERS for story in m.STORIES]


def _table(cases: list[Any]) -> None:
    per = 5 * len(cases) // (len(m.ROWS) * len(m.RENDERERS))
    print(f"{'row':28}" + "".join(f"{r.name:>13}" for r in m.RENDERERS) + "   all")
    results = {id(c): m.check(c) for c in cases}
    total = 0
    for row in m.ROWS:
        cells = []
        row_sum = 0
        for r in m.RENDERERS:
            got = [results[id(c)] for c in cases if c.row == row and c.renderer is r]
            n = sum(sum(g.values()) for g in got)
            row_sum += n
            miss = "".join(f[0] for f in m.FIELDS if not all(g[f] for g in got))
            cells.append(f"{n}/{per} {miss:>5}")
        total += row_sum
        line = f"{row:28}" + "".join(f"{c:>13}" for c in cells)
        print(f"{line}   {row_sum}/{per * len(m.RENDERERS)}")
    for r in m.RENDERERS:
        got = [results[id(c)] for c in cases if c.renderer is r]
        whole = sum(all(g.values()) for g in got)
        fields = sum(sum(g.values()) for g in got)
        print(f"{r.name:12} pages right {whole}/{len(got)}  fields {fields}/{5 * len(got)}")
    pages = sum(all(g.values()) for g in results.values())
    print(f"fields right {total}/{5 * len(cases)}  pages right {pages}/{len(cases)}")


def _show(case_id: str) -> None:
    for c in _cases(every=True):
        if case_id in (c.id, f"{c.id}-{c.story.slug}"):
            text, exp = c.build()
            print(text)
            print("----", exp)
            lay = m.parse_layout(text)
            print("headline", lay.headline and lay.headline.text)
            print("deck", lay.deck and lay.deck.text)
            for p in lay.body:
                print("  body:", p.text[:90])
            print("authors", lay.authors, "published", lay.published)
            return


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] != "--all":
        _show(sys.argv[1])
    else:
        _table(_cases(every="--all" in sys.argv))
