"""Throughput of ``parse`` here against another commit, measured in one run.

A change must not make ``parse`` slower, and a figure from another day on a shared
machine says little. This script checks the other commit out into a temporary git
worktree and times both trees on the same articles, in fresh interpreters, rounds
interleaved (A B, B A, A B …), counting CPU time of the parsing process alone (so that a
busy neighbour costs less), and reports the best and the median round of each::

    python bench/compare.py --baseline v0.1.0
    python bench/compare.py --baseline HEAD~5 --rounds 7 --gold tests/data/pages
    python bench/compare.py --baseline main --cold --rounds 11  # the first parse

``--cold`` times instead the cost of the first parse in a fresh process: ``import
noticiaparse`` and one ``parse`` of the median-sized article, each tree's bytecode
compiled first (as ``pip install`` leaves it), one process a tree a round, in turns;
it reports the minimum (the cost itself: slower runs waited for the CPU) and the median.

``--many N`` times instead ``parse_many`` over N records (the articles repeated) with 1
and with 2 workers, each tree in turn, and reports the CPU seconds of each run (the
parent's and the workers') and the speedup; the ratio of the CPU seconds (2 workers
over 1) is what the workers cost beyond parsing, and holds on a busy machine better
than the wall-clock speedup does.

Articles are read from ``../shared/gold/`` (``seed.json`` and ``dev_*.jsonl``) or from
the ``--gold`` folders given (every ``*.jsonl`` and ``*.json`` in them).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = ROOT.parent / "shared" / "gold"

# Run in a fresh interpreter with one tree's ``src`` first on the path: parse every
# article (once to warm up, then ``passes`` times) and print chars and CPU seconds.
_WORKER = r"""
import datetime as dt, json, sys, time
sys.path.insert(0, sys.argv[1])
import noticiaparse
records = json.load(open(sys.argv[2], encoding="utf-8"))
passes = int(sys.argv[3])
def ref(r):
    value = r.get("reference_date")
    return dt.date.fromisoformat(value[:10]) if value else None
for r in records:
    noticiaparse.parse(r["text"], reference_date=ref(r), country=r.get("country"))
start = time.process_time()
chars = 0
for _ in range(passes):
    for r in records:
        noticiaparse.parse(r["text"], reference_date=ref(r), country=r.get("country"))
        chars += len(r["text"])
print(json.dumps({"chars": chars, "cpu": time.process_time() - start,
                  "file": noticiaparse.__file__}))
"""


def load(folders: list[Path]) -> list[dict[str, object]]:
    """Every record of the ``.jsonl``/``.json`` gold files in ``folders``."""
    out: list[dict[str, object]] = []
    for folder in folders:
        for path in sorted(folder.glob("*.json*")):
            if path.suffix == ".json":
                out.append(json.loads(path.read_text(encoding="utf-8")))
            else:
                out.extend(
                    json.loads(line)
                    for line in path.read_text(encoding="utf-8").splitlines()
                    if line.strip()
                )
    return [{k: r.get(k) for k in ("text", "reference_date", "country")} for r in out]


# A fresh interpreter: import the tree's package and parse one article once.
_COLD = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
r = json.load(open(sys.argv[2], encoding="utf-8"))
c0 = time.process_time()
import noticiaparse
c1 = time.process_time()
noticiaparse.parse(r["text"], country=r.get("country"))
c2 = time.process_time()
print(json.dumps({"import": c1 - c0, "first": c2 - c1, "file": noticiaparse.__file__}))
"""


def _probe(code: str, src: Path, *args: str) -> dict[str, float]:
    """Run ``code`` in a fresh interpreter on the tree under ``src``: its JSON figures.

    The figures name the file ``noticiaparse`` was imported from, which must be that tree's.
    """
    done = subprocess.run(  # noqa: S603 - our own interpreter and probe
        [sys.executable, "-c", code, str(src), *args],
        check=True,
        capture_output=True,
        text=True,
    )
    result: dict[str, float] = json.loads(done.stdout)
    if not str(result["file"]).startswith(str(src)):
        msg = f"imported {result['file']}, not the tree under {src}"
        raise RuntimeError(msg)
    return result


def cold(src: Path, record_file: Path) -> dict[str, float]:
    """Import and first parse, CPU seconds, in a fresh interpreter of the tree under ``src``."""
    return _probe(_COLD, src, str(record_file))


def compare_cold(trees: dict[str, Path], records: list[dict[str, object]], rounds: int) -> None:
    """Print each tree's cold first parse (min and median of ``rounds`` processes)."""
    record = sorted(records, key=lambda r: len(str(r["text"])))[len(records) // 2]
    print(f"cold first parse of a {len(str(record['text'])):,}-character article")
    with tempfile.TemporaryDirectory() as tmp:
        record_file = Path(tmp) / "record.json"
        record_file.write_text(json.dumps(record), encoding="utf-8")
        for src in trees.values():
            subprocess.run(  # noqa: S603 - our own interpreter
                [sys.executable, "-m", "compileall", "-q", str(src / "noticiaparse")],
                check=True,
                capture_output=True,
            )
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in trees}
        for round_ in range(rounds):
            order = list(trees.items())
            for name, src in order if round_ % 2 == 0 else reversed(order):
                result = cold(src, record_file)
                times[name].append((result["import"], result["first"]))
    for name, values in times.items():
        total = [1000 * (a + b) for a, b in values]
        best = min(values, key=sum)
        print(
            f"{name:>10}: min {min(total):6.1f} ms (import {1000 * best[0]:.1f} + first parse"
            f" {1000 * best[1]:.1f})   median {statistics.median(total):6.1f} ms (CPU time)"
        )
    ratio = min(sum(v) for v in times["this tree"]) / min(sum(v) for v in times["baseline"])
    print(f"this tree / baseline (mins): {ratio:.3f}")


# A fresh interpreter: parse_many over a JSONL file with N workers, from the tree under
# argv[1]; the workers, spawned, inherit its path.
_MANY = r"""
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
import noticiaparse
from noticiaparse._batch import load_record

def records(path):
    with open(path, "rb") as fh:
        for line in fh:
            yield load_record(line)

if __name__ == "__main__":
    start = time.perf_counter()
    done = sum(1 for _ in noticiaparse.parse_many(records(sys.argv[2]), workers=int(sys.argv[3])))
    seconds = time.perf_counter() - start
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps({"seconds": seconds, "records": done, "file": noticiaparse.__file__,
                      "parent": own.ru_utime + own.ru_stime,
                      "workers": kids.ru_utime + kids.ru_stime}))
"""


def compare_many(trees: dict[str, Path], records: list[dict[str, object]], pages: int,
                 rounds: int) -> None:  # fmt: skip
    """Print each tree's parse_many figures: CPU seconds with 1 and 2 workers, speedup."""
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        probe = Path(tmp) / "many_probe.py"  # a file: spawn re-imports the main module
        probe.write_text(_MANY, encoding="utf-8")
        with corpus.open("w", encoding="utf-8") as fh:
            for n in range(pages):
                fh.write(json.dumps({**records[n % len(records)], "id": n}) + "\n")
        print(f"parse_many over {pages} records, {rounds} rounds")
        runs: dict[str, list[tuple[dict[str, float], dict[str, float]]]] = {n: [] for n in trees}
        for round_ in range(rounds):
            order = list(trees.items())
            for name, src in order if round_ % 2 == 0 else reversed(order):
                one, two = (_probe_file(probe, src, str(corpus), str(w)) for w in (1, 2))
                runs[name].append((one, two))
    for name, pairs in runs.items():
        cpu = [
            (two["parent"] + two["workers"]) / (one["parent"] + one["workers"])
            for one, two in pairs
        ]
        speed = [one["seconds"] / two["seconds"] for one, two in pairs]
        parent = [two["parent"] for _, two in pairs]
        print(
            f"{name:>10}: CPU 2 workers / 1: min {min(cpu):.3f} median {statistics.median(cpu):.3f}"
            f" (parent {statistics.median(parent):.2f} s);"
            f" speedup best {max(speed):.2f}x median {statistics.median(speed):.2f}x"
        )


def _cpu(run: dict[str, float]) -> float:
    return run["parent"] + run["workers"]


def _probe_file(probe: Path, src: Path, *args: str) -> dict[str, float]:
    """Run the script ``probe`` on the tree under ``src``; its JSON figures."""
    done = subprocess.run(  # noqa: S603 - our own interpreter and probe
        [sys.executable, str(probe), str(src), *args], check=True, capture_output=True, text=True
    )
    result: dict[str, float] = json.loads(done.stdout)
    if not str(result["file"]).startswith(str(src)):
        msg = f"imported {result['file']}, not the tree under {src}"
        raise RuntimeError(msg)
    return result


def run(src: Path, records_file: Path, passes: int) -> dict[str, float]:
    """One timed round of the tree whose package sits under ``src``."""
    return _probe(_WORKER, src, str(records_file), str(passes))


def git(*args: str) -> None:
    """Run git on this repository."""
    subprocess.run(["git", "-C", str(ROOT), *args], check=True)  # noqa: S603, S607 - git on PATH


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--baseline", required=True, help="the commit to compare against")
    ap.add_argument("--gold", type=Path, action="append", help="folder of gold files")
    ap.add_argument("--rounds", type=int, default=5, help="rounds per tree (default 5)")
    ap.add_argument("--passes", type=int, default=3, help="passes over the corpus a round")
    ap.add_argument("--cold", action="store_true", help="time import and first parse instead")
    ap.add_argument("--many", type=int, metavar="N", help="time parse_many on N records instead")
    args = ap.parse_args()
    records = load(args.gold or [DEFAULT_GOLD])
    chars = sum(len(str(r["text"])) for r in records)
    print(f"{len(records)} articles, {chars:,} chars, {args.rounds} rounds x {args.passes}")
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "baseline"
        git("worktree", "add", "-q", "--detach", str(base), args.baseline)
        try:
            trees = {"baseline": base / "src", "this tree": ROOT / "src"}
            if args.cold:
                compare_cold(trees, records, args.rounds)
                return
            if args.many:
                compare_many(trees, records, args.many, args.rounds)
                return
            records_file = Path(tmp) / "records.json"
            records_file.write_text(json.dumps(records), encoding="utf-8")
            speeds: dict[str, list[float]] = {name: [] for name in trees}
            for round_ in range(args.rounds):
                # A B, then B A: neither tree always runs right after the other
                order = list(trees.items())
                for name, src in order if round_ % 2 == 0 else reversed(order):
                    result = run(src, records_file, args.passes)
                    speeds[name].append(result["chars"] / result["cpu"])
        finally:
            git("worktree", "remove", "--force", str(base))
    for name, values in speeds.items():
        print(
            f"{name:>10}: best {max(values):>12,.0f} chars/s   "
            f"median {statistics.median(values):>12,.0f} chars/s (CPU time)"
        )
    ratio = statistics.median(speeds["this tree"]) / statistics.median(speeds["baseline"])
    print(f"this tree / baseline (medians): {ratio:.3f}")


if __name__ == "__main__":
    main()
