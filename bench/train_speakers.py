"""Train, cross-validate and write the learned speaker ranker (``_extract/speakers.py``).

Each direct or partial quotation of an annotated article is a group of candidates
(:func:`noticiaparse._extract.speakers.candidates`, read after the rules' credits); a
candidate is right when its canonical name matches the gold speaker by the scorer's rule
(``../shared/eval/score.py``: the normalised names hold one another, the parse's at least
three characters long). Only quotations matched to a gold quotation with a speaker count.
Training is a listwise softmax (``bench/learn.py``'s :func:`train_listwise`), L2
regularised, averaged SGD with a fixed seed::

    python bench/train_speakers.py            # leave-one-set-out cross-validation table
    python bench/train_speakers.py --write    # train on every set, write the weights
    python bench/train_speakers.py --write --enable   # ... and switch the model on

The training sets are the annotated development sets (``SETS``); the blind check set is
never read here.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import learn  # noqa: E402  (bench/learn.py, beside this script)

from noticiaparse import _pipeline  # noqa: E402
from noticiaparse._extract import quotes, speakers  # noqa: E402
from noticiaparse._layout.page import find_layout  # noqa: E402
from noticiaparse._reading import read_article  # noqa: E402

MODEL = ROOT / "src" / "noticiaparse" / "lexicons" / "speaker_model.tsv"
SETS = {
    "dev_annotated": Path("/work/shared/gold/dev_annotated.jsonl"),
    "dev_annotated2": Path("/work/shared/gold/dev_annotated2.jsonl"),
    "dev3": Path("/work/notes/dev3/dev3.jsonl"),
    "dev4": Path("/work/notes/dev4/dev4.jsonl"),
    "dev5": Path("/work/notes/dev5/dev5.jsonl"),
    "dev7": Path("/work/notes/dev7/dev7.jsonl"),
}
SCORER = Path("/work/shared/eval/score.py")
#: The scorer's shortest speaker string.
SHORTEST = 3
SETTINGS: dict[str, Any] = {"epochs": 60, "rate": 0.05, "l2": 1e-3, "decay": 3.0}

#: One quotation: its candidates' features, which are right, the rules' outcome.
Group = tuple[list[tuple[float, ...]], list[bool], bool]


def _scorer_norm() -> Callable[[str | None], str]:
    """The scorer's own normalisation (``../shared/eval/score.py``)."""
    spec = importlib.util.spec_from_file_location("_shared_score", SCORER)
    if spec is None or spec.loader is None:
        msg = f"no scorer at {SCORER}"
        raise SystemExit(msg)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    found: Callable[[str | None], str] = module.norm
    return found


norm = _scorer_norm()


def right(name: str | None, gold: dict[str, Any]) -> bool:
    """The scorer's speaker match."""
    names = [gold["speaker"], *gold.get("speaker_aliases", [])]
    ps = norm(name)
    return len(ps) >= SHORTEST and any(norm(n) in ps or ps in norm(n) for n in names)


@contextmanager
def rules_only() -> Iterator[None]:
    """The rules' credits, the ranker unplugged."""
    saved = quotes.rerank
    quotes.rerank = lambda _reading, said: said  # type: ignore[assignment]
    try:
        yield
    finally:
        quotes.rerank = saved


def groups_of(record: dict[str, Any]) -> list[Group]:
    """The candidate groups of one record's quotations that have a gold speaker."""
    spine = _pipeline.spine_of(record["text"])
    day = record.get("reference_date")
    ref = dt.date.fromisoformat(day[:10]) if day else None
    page = find_layout(spine, ref)
    reading = read_article(spine.text, page.regions)
    with rules_only():
        said = quotes.credit_quotes(reading)
    found = speakers.candidates(reading, said)
    gold = list(record["gold"].get("quotes", []))
    used: set[int] = set()
    out: list[Group] = []
    for credit, cands in zip(said, found, strict=True):
        text = norm(spine.display(credit.quotation.start, credit.quotation.end))
        gi = next(
            (i for i, g in enumerate(gold) if i not in used and norm(g["text"]) == text), None
        )
        if gi is None:
            continue
        used.add(gi)
        g = gold[gi]
        if not g.get("speaker"):
            continue

        def name(phrase: Any) -> str | None:
            if phrase is None:
                return None
            entity = reading.cast.resolve(phrase)
            return spine.segment(entity.start, entity.end).text

        rules_right = right(name(credit.speaker), g)
        if cands is None:
            out.append(([], [], rules_right))
            continue
        labels = [right(name(c.phrase), g) for c in cands]
        TRACE.append((record["id"], text[:40], [c.key for c in cands], g["speaker"]))
        out.append(([c.features for c in cands], labels, rules_right))
    return out


def load() -> dict[str, list[Group]]:
    data: dict[str, list[Group]] = {}
    for name, path in SETS.items():
        groups: list[Group] = []
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                groups.extend(groups_of(json.loads(line)))
        data[name] = groups
    return data


#: (record, quotation, candidate keys, gold speaker) of each group, for diagnosis.
TRACE: list[tuple[str, str, list[str], str]] = []
#: Features left out of training (their weight 0), by ``--drop``.
DROPPED: set[int] = set()


def train(groups: Sequence[Group]) -> list[float]:
    def kept(v: Sequence[float]) -> list[float]:
        return [0.0 if k in DROPPED else x for k, x in enumerate(v)]

    return learn.train_listwise([([kept(x) for x in v], g) for v, g, _ in groups if v], **SETTINGS)


def accuracy(weights: Sequence[float], groups: Sequence[Group]) -> tuple[int, int, int]:
    """(rules right, model right, quotations) over ``groups``."""
    rules = model = 0
    for vecs, gold, rules_right in groups:
        rules += rules_right
        if not vecs:
            model += rules_right
            continue
        scores = [sum(w * x for w, x in zip(weights, v, strict=True)) for v in vecs]
        model += gold[scores.index(max(scores))]
    return rules, model, len(groups)


def cross_validate(data: dict[str, list[Group]]) -> None:
    print(f"{'left out':16} {'n':>4} {'rules':>7} {'model':>7} {'train':>7}")
    pooled = [0, 0, 0]
    for name, groups in data.items():
        rest = [g for other, gs in data.items() if other != name for g in gs]
        w = train(rest)
        r, m, n = accuracy(w, groups)
        _, tm, tn = accuracy(w, rest)
        pooled = [pooled[0] + r, pooled[1] + m, pooled[2] + n]
        print(f"{name:16} {n:4} {r / n:7.4f} {m / n:7.4f} {tm / tn:7.4f}")
    r, m, n = pooled
    print(f"{'pooled':16} {n:4} {r / n:7.4f} {m / n:7.4f}")
    every = [g for gs in data.values() for g in gs]
    w = train(every)
    r, m, n = accuracy(w, every)
    print(f"{'all (train)':16} {n:4} {r / n:7.4f} {m / n:7.4f}")
    reachable = sum(1 for v, g, _ in every if v and any(g))
    print(f"candidates hold the gold speaker: {reachable}/{sum(1 for v, _, _ in every if v)}")


def write(data: dict[str, list[Group]], *, enable: bool) -> None:
    every = [g for gs in data.values() for g in gs]
    w = train(every)
    dropped = ", ".join(speakers.FEATURES[k] for k in sorted(DROPPED))
    settings = ", ".join(f"{k} {v}" for k, v in SETTINGS.items())
    lines = [
        "# The learned speaker ranker of _extract/speakers.py: a candidate's score is",
        "# sum(weight * feature); the best-scoring candidate (one is no one) is the speaker.",
        "# Made by bench/train_speakers.py --write: listwise softmax by averaged SGD",
        f"# (bench/learn.py train_listwise, seed 15, {settings}) on {len(every)} quotations",
        f"# with a gold speaker from {', '.join(SETS)}; never the blind check set.",
        f"# Features left out (weight 0): {dropped or 'none'}.",
        "# Rows: enabled yes/no (on only when yes; see docs/quotes.md), then feature<TAB>weight.",
        f"enabled\t{'yes' if enable else 'no'}",
    ]
    lines += [f"{name}\t{weight:.6f}" for name, weight in zip(speakers.FEATURES, w, strict=True)]
    MODEL.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {MODEL.relative_to(ROOT)}")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--write", action="store_true", help="train on every set and write the weights")
    ap.add_argument("--enable", action="store_true", help="with --write: mark the model enabled")
    ap.add_argument("--drop", default="", help="comma-separated features to leave out")
    args = ap.parse_args(argv)
    DROPPED.update(speakers.FEATURES.index(f) for f in args.drop.split(",") if f)
    data = load()
    cross_validate(data)
    if args.write:
        write(data, enable=args.enable)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
