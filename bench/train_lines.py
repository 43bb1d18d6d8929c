"""Train, cross-validate and write the learned line models (``_layout/learned.py``).

The line model says, for each line after a page's top, whether it is body text or the
page's furniture; the headline ranker scores the lines that may be the headline. Their
training examples come from the development pages (``tests/data/pages/dev_*.jsonl``, never
a ``holdout_*`` file) and ``../shared/gold/dev_layout.jsonl``, labelled by their gold (a
line that is, or is part of, a gold body paragraph is body; any other line is not; a
candidate whose text is the gold headline is the headline), with the features the parser
computes at the point where each model is plugged in. Training is an L2-regularised
logistic regression (a listwise softmax for the ranker) by averaged stochastic gradient
descent with a fixed seed: the same data give the same weights, in seconds, in pure
Python::

    python bench/train_lines.py --cv              # the line model, each half left out
    python bench/train_lines.py --cv --headline   # with the headline ranker too
    python bench/train_lines.py --write           # train on every page, write the weights

``--cv`` leaves one half of the corpus out at a time (train on the other halves and on
``dev_layout``, test on the half left out) and prints page-level headline, deck,
body_exact and body-paragraph F1 of the rules alone and of the rules with the model(s),
on the pages left out only.

``LINES_SRC=/path/to/src`` parses with another source tree: the rules as they were before
a half existed (``git archive f18618f src | tar -x -C /tmp/old``, then
``_layout/learned.py`` and both weight files copied in, the two calls added to
``find_layout`` as here, and ``line.folded`` read as ``fold(text)``, which that tree's
lines lack), so that the rules too meet pages they were not written on.

``--write`` writes ``lexicons/line_model.tsv`` and ``lexicons/headline_model.tsv``;
``--enable`` marks them switched on (do so only when the cross-validation says a model
wins on the folds it did not see).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
#: The source tree to parse with: this one, or (``LINES_SRC``) an older tree the model's
#: module was copied into, to see the rules of that time on pages they had not yet seen.
sys.path.insert(0, os.environ.get("LINES_SRC") or str(ROOT / "src"))

import learn  # noqa: E402  (bench/learn.py, beside this script)
from learn import norm  # noqa: E402

import noticiaparse  # noqa: E402
from noticiaparse._layout import learned, page  # noqa: E402

PAGES = ROOT / "tests" / "data" / "pages"
LAYOUT = Path("/work/shared/gold/dev_layout.jsonl")
MODEL = ROOT / "src" / "noticiaparse" / "lexicons" / "line_model.tsv"
HEADLINE_MODEL = MODEL.with_name("headline_model.tsv")
SEED = 15
EPOCHS = 30
RATE = 0.1
L2 = 1e-4
#: dev_layout's pages (made from templates) count this much of a real page each.
LAYOUT_WEIGHT = 0.3


def load(halves: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
    """The development records by group: each half of the corpus, and ``layout``."""
    out: dict[str, list[dict[str, Any]]] = {}
    for half in halves:
        path = PAGES / f"dev_{half}.jsonl"
        if path.exists():
            out[half] = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x]
    if LAYOUT.exists():
        out["layout"] = [
            json.loads(x) for x in LAYOUT.read_text(encoding="utf-8").splitlines() if x
        ]
    return out


def parse(record: dict[str, Any]) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    if record.get("reference_date"):
        kwargs["reference_date"] = dt.date.fromisoformat(record["reference_date"][:10])
    if record.get("country"):
        kwargs["country"] = record["country"]
    return noticiaparse.parse(record["text"], **kwargs).to_dict()


@contextmanager
def hooked(replacement: Any, name: str = "refine") -> Iterator[None]:
    saved = getattr(page, name)
    setattr(page, name, replacement)
    try:
        yield
    finally:
        setattr(page, name, saved)


def body_pieces(gold: dict[str, Any]) -> tuple[Counter[str], list[str]]:
    """The gold body's paragraphs and their lines, in comparison form (a multiset)."""
    paragraphs = [norm(p) for p in gold.get("body") or []]
    pieces = Counter(paragraphs)
    for p in gold.get("body") or []:
        if "\n" in p.strip():
            pieces.update(norm(x) for x in p.split("\n") if x.strip())
    return pieces, paragraphs


def label(text: str, pieces: Counter[str], paragraphs: list[str]) -> int:
    """1 when the line is body text by the gold: a paragraph, a line of one, or mostly one.

    Each gold paragraph labels one line (the page's second copy of it is furniture).
    """
    t = norm(text)
    if not t:
        return 0
    if pieces[t] > 0:
        pieces[t] -= 1
        return 1
    if len(t) >= 40 and any(t in p for p in paragraphs):  # noqa: PLR2004
        return 1
    inside = sum(len(p) for p in paragraphs if len(p) >= 20 and p in t)  # noqa: PLR2004
    return int(inside * 2 > len(t))


Example = tuple[list[float], int, float]


def collect(record: dict[str, Any], weight: float) -> list[Example]:
    """The record's lines the model decides on, with features and gold labels."""
    pieces, paragraphs = body_pieces(record["gold"])
    out: list[Example] = []

    def capture(lines: Sequence[Any], h: int, top_end: int, _: Any = None) -> None:
        if h < 0:
            return
        vectors = learned.features(lines, h)
        for i in range(top_end, len(lines)):
            line = lines[i]
            if line.role not in learned.FLIPPABLE or line.kind in learned.KEPT_KINDS:
                continue
            out.append((vectors[i], label(line.text, pieces, paragraphs), weight))

    with hooked(capture):
        parse(record)
    return out


#: Features left out of the models (``--no-rules``: the rules' own decisions).
MASKED: set[str] = set()
MASKED_HEAD: set[str] = set()


def train(examples: Sequence[Example]) -> list[float]:
    """Logistic regression by averaged SGD (fixed seed): the weights over ``FEATURES``."""
    keep = [0.0 if name in MASKED else 1.0 for name in learned.FEATURES]
    masked = [([a * b for a, b in zip(x, keep, strict=True)], y, wt) for x, y, wt in examples]
    return learn.train_logistic(masked, seed=SEED, epochs=EPOCHS, rate=RATE, l2=L2)


LOW = HIGH = 0.5
MARGIN = 1.0


def model_of(weights: Sequence[float]) -> learned.LineModel:
    return learned.LineModel(tuple(weights), enabled=True, low=LOW, high=HIGH)


Ranked = tuple[list[list[float]], list[int]]


def collect_headline(record: dict[str, Any]) -> list[Ranked]:
    """The record's headline candidates: features, and which are the gold headline."""
    want = norm(record["gold"]["headline"])
    out: list[Ranked] = []

    def capture(lines: Sequence[Any], found: Any, _: Any = None) -> Any:
        rules = found[0] if found is not None else None
        cands = learned.headline_candidates(lines, rules)
        gold = [int(norm(lines[i].text.lstrip("# ")) == want) for i, _ in cands]
        if any(gold):
            out.append(([v for _, v in cands], gold))
        return found

    with hooked(capture, "rerank_headline"):
        parse(record)
    return out


def train_ranker(pages: Sequence[Ranked], masked: set[str]) -> list[float]:
    """A listwise softmax ranker by averaged SGD (fixed seed): weights over the features."""
    keep = [0.0 if name in masked else 1.0 for name in learned.HEADLINE_FEATURES]
    groups = [
        ([[a * b for a, b in zip(v, keep, strict=True)] for v in vecs], gold)
        for vecs, gold in pages
    ]
    return learn.train_listwise(groups, seed=SEED, epochs=EPOCHS * 3, rate=RATE, l2=L2, decay=3.0)


def score(
    records: Sequence[dict[str, Any]],
    model: learned.LineModel | None,
    ranker: learned.HeadlineModel | None = None,
) -> dict[str, float]:
    """Page-level headline, deck, body_exact and body-paragraph F1 (the scorer's ways)."""
    acc: dict[str, list[float]] = defaultdict(list)
    tp = npred = ngold = 0

    def with_model(lines: Sequence[Any], h: int, top_end: int, _: Any = None) -> None:
        if model is not None:
            learned.refine(lines, h, top_end, model)

    def with_ranker(lines: Sequence[Any], found: Any, _: Any = None) -> Any:
        return found if ranker is None else learned.rerank_headline(lines, found, ranker)

    with hooked(with_model), hooked(with_ranker, "rerank_headline"):
        for record in records:
            gold, parsed = record["gold"], parse(record)
            acc["headline"].append(norm(gold["headline"]) == norm(_txt(parsed.get("headline"))))
            acc["deck"].append(norm(gold.get("deck")) == norm(_txt(parsed.get("deck"))))
            gp = [norm(p) for p in gold.get("body") or []]
            pp = [norm(_txt(p)) for p in parsed.get("body") or []]
            acc["body_exact"].append(gp == pp)
            left = list(pp)
            for g in gp:
                if g in left:
                    left.remove(g)
                    tp += 1
            npred += len(pp)
            ngold += len(gp)
    out = {key: sum(v) / len(v) for key, v in acc.items()}
    out["paragraph_f1"] = 2 * tp / (npred + ngold) if npred + ngold else 1.0
    return out


RULE_BODY = learned.FEATURES.index("rule_body")


def _decide(model: learned.LineModel, x: Sequence[float]) -> bool:
    """The line's role after the model: body or not (the rules' between the thresholds)."""
    p = model.body(x)
    return p >= model.high or (p > model.low and x[RULE_BODY] > 0)


def _txt(x: Any) -> str | None:
    return x.get("text") if isinstance(x, dict) else x


def examples_of(groups: dict[str, list[dict[str, Any]]], names: Sequence[str]) -> list[Example]:
    out: list[Example] = []
    for name in names:
        weight = LAYOUT_WEIGHT if name == "layout" else 1.0
        for record in groups[name]:
            out += collect(record, weight)
    return out


def cross_validate(
    groups: dict[str, list[dict[str, Any]]], *, lines: bool = True, ranker: float | None = None
) -> None:
    """Each half left out in turn: rules alone against rules with the model(s) on it.

    ``lines``: the line model; ``ranker``: the headline ranker, with this margin.
    """
    halves = [g for g in groups if g != "layout"]
    ranked = (
        {name: [p for r in groups[name] for p in collect_headline(r)] for name in groups}
        if ranker is not None
        else {}
    )
    fields = ("headline", "deck", "body_exact", "paragraph_f1")
    print(f"{'fold':8} {'pages':>5}  {'rules':>28}  {'rules+model':>28}")
    print(f"{'':8} {'':5}  " + "  ".join(" ".join(f"{f[:6]:>6}" for f in fields) for _ in "ab"))
    totals: dict[str, list[tuple[int, dict[str, float]]]] = defaultdict(list)
    for test in halves:
        train_on = [g for g in groups if g != test]
        m = None
        if lines:
            m = model_of(train(examples_of(groups, train_on)))
            held = examples_of(groups, [test])
            rule_wrong = sum(1 for x, y, _ in held if (x[RULE_BODY] > 0) != bool(y))
            model_wrong = sum(1 for x, y, _ in held if _decide(m, x) != bool(y))
            print(f"  {test}: {len(held)} lines; rules wrong on {rule_wrong}, model {model_wrong}")
        r = None
        if ranker is not None:
            pages = [p for name in train_on for p in ranked[name]]
            weights = train_ranker(pages, MASKED_HEAD)
            r = learned.HeadlineModel(tuple(weights), enabled=True, margin=ranker)
        rules = score(groups[test], None)
        model = score(groups[test], m, r)
        n = len(groups[test])
        totals["rules"].append((n, rules))
        totals["model"].append((n, model))
        print(
            f"{test:8} {n:5}  "
            + "  ".join(" ".join(f"{r[f]:6.3f}" for f in fields) for r in (rules, model))
        )
    pages = sum(n for n, _ in totals["rules"])
    mean = {k: {f: sum(n * r[f] for n, r in v) / pages for f in fields} for k, v in totals.items()}
    print(
        f"{'all':8} {pages:5}  "
        + "  ".join(" ".join(f"{mean[k][f]:6.3f}" for f in fields) for k in ("rules", "model"))
    )


def write(
    path: Path,
    names: Sequence[str],
    weights: Sequence[float],
    head: Sequence[str],
    settings: dict[str, str],
) -> None:
    rows = [f"{key}\t{value}" for key, value in settings.items()]
    rows += [f"{name}\t{w:.6f}" for name, w in zip(names, weights, strict=True)]
    path.write_text("\n".join([*head, *rows]) + "\n", encoding="utf-8")


def write_models(groups: dict[str, list[dict[str, Any]]], *, enabled: bool) -> None:
    """Train both models on every development page and write them as data."""
    examples = examples_of(groups, list(groups))
    ranked = [p for name in groups for r in groups[name] for p in collect_headline(r)]
    pages = sum(len(v) for v in groups.values())
    source = (
        f"# from the gold of {pages} development pages (tests/data/pages/dev_*.jsonl and"
        " shared/gold/dev_layout.jsonl), never a held-out page."
    )
    on = "yes" if enabled else "no"
    lines = train(examples)
    write(
        MODEL,
        learned.FEATURES,
        lines,
        [
            "# The learned line model of _layout/learned.py: P(body) of a line after the top.",
            "# P(body) = 1 / (1 + exp(-sum(weight * feature))).",
            "# Made by bench/train_lines.py --write: logistic regression by averaged SGD,",
            (
                f"# seed {SEED}, {EPOCHS} epochs, L2 {L2}, on {len(examples)} lines"
                f" (dev_layout's weighted {LAYOUT_WEIGHT})"
            ),
            source,
            "# Rows: the settings (enabled yes/no; body at P >= high, furniture at P <= low),",
            "# then feature<TAB>weight. On only when enabled is yes (see docs/layout.md).",
        ],
        {"enabled": on, "low": str(LOW), "high": str(HIGH)},
    )
    ranker = train_ranker(ranked, MASKED_HEAD)
    write(
        HEADLINE_MODEL,
        learned.HEADLINE_FEATURES,
        ranker,
        [
            "# The learned headline ranker of _layout/learned.py: a linear score a candidate line.",
            "# The rules' headline gives way to the best-scored candidate",
            "# when that one scores higher by the margin at least.",
            f"# Made by bench/train_lines.py --write: listwise softmax, averaged SGD, seed {SEED},",
            f"# {EPOCHS * 3} epochs, L2 {L2}, on {len(ranked)} pages",
            source,
            "# Rows: the settings (enabled yes/no; margin), then feature<TAB>weight.",
            "# On only when enabled is yes (see docs/layout.md).",
        ],
        {"enabled": on, "margin": str(MARGIN)},
    )


def main() -> int:
    global LOW, HIGH, MARGIN, LAYOUT_WEIGHT  # noqa: PLW0603 - the script's settings
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--cv", action="store_true", help="cross-validate by half, rules vs model")
    ap.add_argument("--write", action="store_true", help="train on every page, write weights")
    ap.add_argument("--enable", action="store_true", help="mark the written model switched on")
    ap.add_argument("--halves", default="abcd", help="the halves of the corpus to read")
    ap.add_argument("--layout-weight", type=float, default=LAYOUT_WEIGHT, help="dev_layout's")
    ap.add_argument("--headline", action="store_true", help="with the headline ranker")
    ap.add_argument("--no-lines", action="store_true", help="without the line model")
    ap.add_argument(
        "--margin", type=float, default=MARGIN, help="the ranker's margin over the rules"
    )
    ap.add_argument("--no-rules", action="store_true", help="leave the rules' roles out")
    ap.add_argument("--low", type=float, default=0.5, help="furniture at or under this P(body)")
    ap.add_argument("--high", type=float, default=0.5, help="body at or over this P(body)")
    args = ap.parse_args()
    LOW, HIGH, MARGIN = args.low, args.high, args.margin
    LAYOUT_WEIGHT = args.layout_weight
    if args.no_rules:
        MASKED.update(learned.RULE_FEATURES)
    groups = load(list(args.halves))
    if args.cv:
        cross_validate(
            groups, lines=not args.no_lines, ranker=args.margin if args.headline else None
        )
    if args.write:
        write_models(groups, enabled=args.enable)
    return 0


if __name__ == "__main__":
    sys.exit(main())
