"""HTML as it comes: noticiaparse and trafilatura side by side on whole news pages.

Each page in ``bench/data/html/`` is a public, real Spanish-language news page with its
reference: ``source.html`` (the page as fetched), ``expected.html`` (the article's
text, as Mozilla Readability's test suite keeps it) and ``expected-metadata.json``
(its title). The pages come from Mozilla Readability's test pages (Apache License 2.0,
https://github.com/mozilla/readability, ``test/test-pages/``), chosen as the ones in
Spanish.

For each system: the headline (exact match with the reference title, white space
collapsed, case folded; and word F1) and the body (word precision, recall and F1
against the reference text, as bags of lower-cased words).

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
from html.parser import HTMLParser
from pathlib import Path

import noticiaparse

PAGES = Path(__file__).parent / "data" / "html"
_WORD = re.compile(r"\w+")


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _text_of(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split())


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
    pages = sorted(p for p in PAGES.iterdir() if p.is_dir())
    for page in pages:
        html = (page / "source.html").read_text(encoding="utf-8")
        gold_title = json.loads((page / "expected-metadata.json").read_text())["title"]
        gold_body = _text_of((page / "expected.html").read_text(encoding="utf-8"))
        for name, system in systems.items():
            start = time.perf_counter()
            headline, body = system(html)
            ms = (time.perf_counter() - start) * 1000
            p, r, f1 = _prf(body, gold_body)
            hit = _same(headline, gold_title)
            hf1 = _prf(headline or "", gold_title)[2]
            scores = f"{p:5.2f} {r:5.2f} {f1:5.2f} {ms:6.0f}"
            print(f"{page.name:18} {name:13} {'yes' if hit else 'no':9} {scores}")
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
