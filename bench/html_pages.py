"""HTML as it comes: noticiaparse and trafilatura side by side on real news pages.

The pages are the real-page corpus's HTML (``tests/data/pages/html/``, public news
pages from extractor test fixtures, see ``tests/data/pages/README_a.md``,
``README_b.md`` and ``README_c.md``), for the pages of the development splits
(``dev_a.jsonl``, ``dev_b.jsonl``, ``dev_c.jsonl``); the held-out pages are left alone.
The reference is the corpus gold, written by reading each page: the headline, and the
body paragraphs.

For each system: the headline (exact match, white space collapsed, case folded; and
word F1) and the body (word precision, recall and F1 against the gold body, as bags of
lower-cased words), and the time per page.

Run (trafilatura is a bench-only tool, not a dependency)::

    .venv/bin/pip install trafilatura lxml_html_clean
    .venv/bin/python bench/html_pages.py
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

import noticiaparse

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "pages"
_WORD = re.compile(r"\w+")


def _pages() -> list[tuple[str, str, str, str]]:
    """(id, HTML, gold headline, gold body) of every development page with its HTML."""
    out = []
    for split in ("dev_a.jsonl", "dev_b.jsonl", "dev_c.jsonl"):
        for line in (CORPUS / split).read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            path = CORPUS / "html" / f"{record['id']}.html"
            if not path.exists():
                continue
            data = path.read_bytes()
            try:
                html = data.decode("utf-8")
            except UnicodeDecodeError:
                html = data.decode("cp1252", errors="replace")
            gold = record["gold"]
            body = " ".join(gold.get("body") or [])
            out.append((record["id"], html, gold.get("headline") or "", body))
    return out


def _words(text: str) -> Counter[str]:
    return Counter(w.casefold() for w in _WORD.findall(text))


def _prf(found: str, gold: str) -> tuple[float, float, float]:
    f, g = _words(found), _words(gold)
    common = sum((f & g).values())
    p = common / sum(f.values()) if f else 0.0
    r = common / sum(g.values()) if g else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _same(a: str | None, b: str) -> bool:
    return a is not None and " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _noticiaparse(html: str) -> tuple[str | None, str]:
    article = noticiaparse.parse(html)
    headline = None if article.headline is None else article.headline.text
    return headline, " ".join(p.text for p in article.body)


def _trafilatura(html: str) -> tuple[str | None, str]:
    import trafilatura  # noqa: PLC0415 - a bench-only tool

    out = trafilatura.extract(html, output_format="json", with_metadata=True)
    if out is None:
        return None, ""
    doc = json.loads(out)
    return doc.get("title"), doc.get("text") or ""


def main() -> int:
    systems = {"noticiaparse": _noticiaparse, "trafilatura": _trafilatura}
    totals: dict[str, list[float]] = {name: [0, 0, 0, 0, 0, 0] for name in systems}
    print(f"{'page':18} {'system':13} {'headline':9} {'P':>5} {'R':>5} {'F1':>5} {'ms':>6}")
    pages = _pages()
    for page_id, html, gold_title, gold_body in pages:
        for name, system in systems.items():
            start = time.perf_counter()
            headline, body = system(html)
            ms = (time.perf_counter() - start) * 1000
            p, r, f1 = _prf(body, gold_body)
            hit = _same(headline, gold_title)
            hf1 = _prf(headline or "", gold_title)[2]
            scores = f"{p:5.2f} {r:5.2f} {f1:5.2f} {ms:6.0f}"
            print(f"{page_id:18} {name:13} {'yes' if hit else 'no':9} {scores}")
            if not hit:
                print(f"{'':18} {'':13} headline: {headline!r}")
            for i, value in enumerate((hit, hf1, p, r, f1, ms)):
                totals[name][i] += value
    n = len(pages)
    heads = " ".join(f"{h:>5}" for h in ("exact", "hF1", "P", "R", "F1"))
    print(f"\n{f'mean over {n} pages':32} {heads} {'ms':>6}")
    for name, t in totals.items():
        means = " ".join(f"{v / n:5.2f}" for v in t[:5])
        print(f"{name:32} {means} {t[5] / n:6.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
