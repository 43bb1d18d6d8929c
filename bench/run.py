"""The noticiaparse benchmark: speed on real pages and gold, cold start, peers, workers.

Run from the project root, after ``pip install -e '.[bench]'``::

    python bench/run.py                 # everything, several minutes
    python bench/run.py --quick         # smaller budgets, for a smoke run
    python bench/run.py --json out.json # also save the figures
    python bench/run.py --profile 25    # only where parse spends its time

It reads two corpora: the real pages (``tests/data/pages/dev_*.jsonl`` and
``holdout_*.jsonl``, only their texts and call arguments, only timed) and the gold
articles (``../shared/gold/``: ``seed.json`` and ``dev_*.jsonl``, or ``--gold DIR``),
and measures, in one run:

* ``parse`` throughput (characters per second of CPU time, and of wall time) and
  per-article latency on each corpus, after a warm-up; the field parsers on the pages;
* the per-stage split of ``parse`` on the real pages (``bench/profile_stages.py``);
* the cold first parse: ``import noticiaparse`` and the first ``parse`` of a
  median-sized real page in fresh interpreters (lexicons included), min and median;
* peak memory while parsing one page;
* the peer stack a user would assemble today on the same texts: jusText with its
  Spanish stoplist for the body, Recognizers-Text for money,
  ``dateparser.search_dates`` for dates (skipped, with a note, when the ``bench``
  extra is not installed);
* ``parse_many`` with 1 and with 2 workers over about 2,000 real-sized pages (the real
  pages repeated), each in a fresh process, with the CPU each run used.

Every section prints the machine's load average beside its figures: on a shared
machine, wall-clock figures say more about the neighbours than about the code, so the
throughputs and ratios are taken on CPU time. See ``docs/benchmark.md``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import importlib.util
import itertools
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from profile_stages import PAGES, load_pages, stage_lines, stage_split

ROOT = Path(__file__).resolve().parents[1]
# ``shared/gold/`` beside the clone, or beside any folder above it (a git worktree).
DEFAULT_GOLD = next(
    (p / "shared" / "gold" for p in ROOT.parents if (p / "shared" / "gold").is_dir()),
    ROOT.parent / "shared" / "gold",
)
FALLBACK_GOLD = ROOT / "tests" / "data"  # the seed article alone, in every clone

TARGET_CHARS_PER_S = 1_000_000
TARGET_PEER_RATIO = 30.0
TARGET_COLD_MS = 150.0
TARGET_WORKER_SPEEDUP = 1.8


def load() -> float:
    """The one-minute load average (0.0 where the system has none)."""
    return os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0


# --- the articles ---------------------------------------------------------------------


def load_gold(folder: Path) -> list[dict[str, Any]]:
    """The gold records, texts and call arguments only, interleaved across the files."""
    groups: list[list[dict[str, Any]]] = []
    seed = folder / "seed.json"
    if seed.exists():
        groups.append([json.loads(seed.read_text(encoding="utf-8"))])
    for path in sorted(folder.glob("dev_*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            groups.append([json.loads(line) for line in fh if line.strip()])
    records = []
    for i in range(max((len(g) for g in groups), default=0)):
        for group in groups:
            if i < len(group):
                r = group[i]
                records.append(
                    {
                        "id": r.get("id"),
                        "text": r["text"],
                        "country": r.get("country"),
                        "reference_date": r.get("reference_date"),
                    }
                )
    if not records:
        sys.exit(f"no gold articles in {folder}")
    return records


def reference(record: dict[str, Any]) -> dt.date | None:
    ref = record.get("reference_date")
    return dt.date.fromisoformat(ref[:10]) if ref else None


# --- figures --------------------------------------------------------------------------


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(q / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def timed_pass(
    call: Callable[[dict[str, Any]], object],
    records: list[dict[str, Any]],
    passes: int,
    budget_s: float = float("inf"),
) -> dict[str, float]:
    """Time ``call`` on every record, up to ``passes`` times; throughput and latencies.

    Each call is timed on the CPU clock of this process (``time.process_time``: what
    a busy neighbour takes is not counted) and on the wall clock. Stops early once
    ``budget_s`` CPU seconds are spent (at least one record): the records are
    interleaved across their files, so a prefix is a fair sample. Besides the rate
    over all passes, ``best_chars_per_s`` is that of the fastest whole pass: on a
    shared machine a neighbour's burst slows CPU time too, and the least disturbed
    pass is the closest to the code's own speed (``timeit`` reports its minimum for
    the same reason).
    """
    latencies = []
    chars = 0
    cpu = wall = 0.0
    best = 0.0
    for _ in range(passes):
        pass_chars, pass_cpu = chars, cpu
        for record in records:
            start_wall = time.perf_counter()
            start = time.process_time()
            call(record)
            took = time.process_time() - start
            wall += time.perf_counter() - start_wall
            latencies.append(took)
            cpu += took
            chars += len(record["text"])
            if cpu >= budget_s:
                break
        else:  # a whole pass
            if cpu > pass_cpu:
                best = max(best, (chars - pass_chars) / (cpu - pass_cpu))
        if cpu >= budget_s:
            break
    return {
        "best_chars_per_s": best or (chars / cpu if cpu else float("inf")),
        "articles": len(latencies),
        "chars": chars,
        "cpu_s": cpu,
        "wall_s": wall,
        "chars_per_s": chars / cpu if cpu else float("inf"),
        "wall_chars_per_s": chars / wall if wall else float("inf"),
        "p50_ms": percentile(latencies, 50) * 1000,
        "p99_ms": percentile(latencies, 99) * 1000,
        "max_ms": max(latencies) * 1000,
        "load": load(),
    }


def machine() -> dict[str, Any]:
    model = platform.processor() or "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = "?"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.0f} GiB"
    except OSError:
        pass
    return {
        "cpu": model,
        "cores": os.cpu_count(),
        "memory": memory,
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "load_average": os.getloadavg() if hasattr(os, "getloadavg") else None,
    }


# --- the measurements -----------------------------------------------------------------


# A fresh interpreter: import noticiaparse (from the folder argv[1], when given), then
# parse one page (read from stdin) twice.
COLD_PROBE = """
import json, sys, time
if len(sys.argv) > 1:
    sys.path.insert(0, sys.argv[1])
text = json.loads(sys.stdin.read())
w0, c0 = time.perf_counter(), time.process_time()
import noticiaparse
w1, c1 = time.perf_counter(), time.process_time()
noticiaparse.parse(text)
w2, c2 = time.perf_counter(), time.process_time()
noticiaparse.parse(text)
w3, c3 = time.perf_counter(), time.process_time()
try:  # how many patterns came compiled (0 where there is no such file)
    from noticiaparse import _precompiled
    precompiled = _precompiled.preload()
except ImportError:
    precompiled = 0
print(json.dumps({"precompiled": precompiled, "import_cpu": c1 - c0, "import_wall": w1 - w0,
                  "first_cpu": c2 - c1, "first_wall": w2 - w1,
                  "warm_cpu": c3 - c2, "dateparser": "dateparser" in sys.modules,
                  "file": noticiaparse.__file__}))
"""


def package_folder() -> Path:
    """The folder of the ``noticiaparse`` package this interpreter imports (not imported)."""
    spec = importlib.util.find_spec("noticiaparse")
    if spec is None or not spec.submodule_search_locations:
        sys.exit("noticiaparse is not installed in this interpreter")
    return Path(next(iter(spec.submodule_search_locations)))


def cold_probes(record: dict[str, Any], runs: int, path: Path | None = None) -> list[Any]:
    """``runs`` fresh interpreters, each importing noticiaparse and parsing ``record``."""
    probes = []
    for _ in range(runs):
        done = subprocess.run(  # noqa: S603 - our own interpreter and probe
            [sys.executable, "-c", COLD_PROBE, *([str(path)] if path else [])],
            input=json.dumps(record["text"]),
            capture_output=True,
            text=True,
            check=False,
            cwd=ROOT,
            # the copy without bytecode must stay without it
            env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"} if path else None,
        )
        if done.returncode:
            sys.exit(f"the cold-start probe failed:\n{done.stderr[-2000:]}")
        probes.append(json.loads(done.stdout))
    return probes


def measure_cold(record: dict[str, Any], runs: int) -> dict[str, Any]:
    """``import noticiaparse`` and the first ``parse`` of ``record``, in fresh processes.

    The package's bytecode is compiled first, as ``pip install`` does: a checkout run
    with ``PYTHONDONTWRITEBYTECODE`` (or ``-B``) would otherwise compile every module
    from source in every process. That cost is measured apart, on a copy of the package
    without bytecode, imported in ``runs // 2`` more processes.
    """
    package = package_folder()
    subprocess.run(  # noqa: S603 - our own interpreter
        [sys.executable, "-m", "compileall", "-q", str(package)], check=True, capture_output=True
    )
    probes = cold_probes(record, runs)
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(package, Path(tmp) / package.name, ignore=shutil.ignore_patterns("*.pyc"))
        without = cold_probes(record, max(2, runs // 2), Path(tmp))
        if not all(p["file"].startswith(tmp) for p in without):
            sys.exit("the probe without bytecode imported another copy of noticiaparse")

    def ms(values: list[float]) -> dict[str, float]:
        return {"min_ms": 1000 * min(values), "median_ms": 1000 * statistics.median(values)}

    return {
        "runs": runs,
        "chars": len(record["text"]),
        "cold_cpu": ms([p["import_cpu"] + p["first_cpu"] for p in probes]),
        "cold_wall": ms([p["import_wall"] + p["first_wall"] for p in probes]),
        "import_cpu": ms([p["import_cpu"] for p in probes]),
        "first_cpu": ms([p["first_cpu"] for p in probes]),
        "warm_cpu": ms([p["warm_cpu"] for p in probes]),
        "cold_cpu_without_bytecode": ms([p["import_cpu"] + p["first_cpu"] for p in without]),
        "runs_without_bytecode": len(without),
        "dateparser_imported_by_parse": any(p["dateparser"] for p in probes),
        "precompiled": min(p["precompiled"] for p in probes),
        "load": load(),
    }


def field_calls() -> dict[str, Callable[[dict[str, Any]], object]]:
    import noticiaparse as n  # noqa: PLC0415

    return {
        "parse": lambda r: n.parse(r["text"], reference(r), r.get("country")),
        "parse_layout": lambda r: n.parse_layout(r["text"]),
        "parse_quotes": lambda r: n.parse_quotes(r["text"]),
        "parse_sources": lambda r: n.parse_sources(r["text"]),
        "parse_money": lambda r: n.parse_money(r["text"], r.get("country")),
        "parse_dates": lambda r: n.parse_dates(r["text"], reference(r)),
    }


def measure_ours(
    records: list[dict[str, Any]], passes: int, budget_s: float, *, fields: bool
) -> dict[str, Any]:
    """``parse`` (and, with ``fields``, each field parser) over ``records``, warmed up."""
    calls = field_calls()
    if not fields:
        calls = {"parse": calls["parse"]}
    for call in calls.values():  # warm up, so that no lexicon load is timed
        for record in records[:10]:
            call(record)
    figures: dict[str, Any] = {}
    for name, call in calls.items():
        if name == "parse":
            figures[name] = timed_pass(call, records, passes, budget_s)
        else:
            figures[name] = timed_pass(call, records, 1, budget_s / 3)
    return figures


def measure_memory(records: list[dict[str, Any]], largest: int, budget_s: float) -> dict[str, Any]:
    import noticiaparse  # noqa: PLC0415

    biggest = sorted(records, key=lambda r: len(r["text"]), reverse=True)[:largest]
    peaks = []
    deadline = time.perf_counter() + budget_s
    for record in biggest:
        tracemalloc.start()
        noticiaparse.parse(record["text"], reference(record), record.get("country"))
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
        if time.perf_counter() > deadline:
            break
    worst = max(range(len(peaks)), key=lambda i: peaks[i])
    return {
        "articles": len(peaks),
        "peak_traced_mib": peaks[worst] / 2**20,
        "article_chars": len(biggest[worst]["text"]),
    }


class Peers:
    """The stack a user would assemble today, built once (as a user would)."""

    def __init__(self) -> None:
        import dateparser.search  # noqa: PLC0415
        import justext  # noqa: PLC0415
        from recognizers_number_with_unit import NumberWithUnitRecognizer  # noqa: PLC0415
        from recognizers_text import Culture  # noqa: PLC0415

        self._justext = justext
        self._stoplist = justext.get_stoplist("Spanish")
        self._currency = NumberWithUnitRecognizer(Culture.Spanish).get_currency_model()
        self._search_dates = dateparser.search.search_dates

    def body(self, record: dict[str, Any]) -> object:
        # jusText reads HTML: the scraped lines become paragraphs.
        lines = (line for line in record["text"].split("\n") if line.strip())
        page = "<html><body>" + "".join(f"<p>{html.escape(x)}</p>" for x in lines)
        paragraphs = self._justext.justext(page + "</body></html>", self._stoplist)
        return [p.text for p in paragraphs if not p.is_boilerplate]

    def money(self, record: dict[str, Any]) -> object:
        return self._currency.parse(record["text"])

    def dates(self, record: dict[str, Any]) -> object:
        ref = reference(record)
        settings = {"RELATIVE_BASE": dt.datetime.combine(ref, dt.time())} if ref else {}
        return self._search_dates(record["text"], languages=["es"], settings=settings)

    def stack(self, record: dict[str, Any]) -> object:
        return (self.body(record), self.money(record), self.dates(record))


def measure_peers(records: list[dict[str, Any]], budget_s: float) -> dict[str, Any]:
    """The peer stack, then ``parse``, on the same records; CPU time, so a fair ratio."""
    try:
        peers = Peers()
    except ImportError as exc:
        return {"skipped": f"peer stack not installed ({exc}); pip install -e '.[bench]'"}
    for record in records[:3]:  # warm-up: the peers also build their tables lazily
        peers.stack(record)
    subset = []
    spent = 0.0
    per_part = {"body (jusText)": 0.0, "money (Recognizers-Text)": 0.0, "dates (dateparser)": 0.0}
    parts = list(zip(per_part, (peers.body, peers.money, peers.dates), strict=True))
    for record in records:
        for name, call in parts:
            start = time.process_time()
            call(record)
            took = time.process_time() - start
            per_part[name] += took
            spent += took
        subset.append(record)
        if spent >= budget_s:
            break
    chars = sum(len(r["text"]) for r in subset)
    calls = field_calls()
    ours = timed_pass(calls["parse"], subset, 3, budget_s / 2)
    ours_fields = {
        "body (parse_layout)": timed_pass(calls["parse_layout"], subset, 1)["chars_per_s"],
        "money (parse_money)": timed_pass(calls["parse_money"], subset, 1)["chars_per_s"],
        "dates (parse_dates)": timed_pass(calls["parse_dates"], subset, 1)["chars_per_s"],
    }
    return {
        "articles": len(subset),
        "chars": chars,
        "peer_cpu_s": spent,
        "peer_chars_per_s": chars / spent,
        "peer_parts_chars_per_s": {k: chars / v for k, v in per_part.items()},
        "ours_fields_chars_per_s": ours_fields,
        "ours_chars_per_s": ours["chars_per_s"],
        "ratio": ours["chars_per_s"] / (chars / spent),
        "load": load(),
    }


MANY_PROBE = """
import json, resource, sys, time
from noticiaparse import parse_many
from noticiaparse._batch import load_record

def records(path):
    with open(path, "rb") as fh:
        for line in fh:
            yield load_record(line)

def rss_mib():
    # VmHWM is this process's peak resident set; ru_maxrss would carry over the peak
    # of the process that forked and exec'd it (the benchmark, peers loaded).
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    own = int(line.split()[1])
    except OSError:
        pass
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return own / 1024, kids / 1024

def cpu_seconds():
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, kids.ru_utime + kids.ru_stime

if __name__ == "__main__":
    path, workers, total = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    start = time.perf_counter()
    done = ok = 0
    quarter = None
    for result in parse_many(records(path), workers=workers):
        done += 1
        ok += result.ok
        if done == 1:
            first = time.perf_counter() - start
        if done == total // 4:
            quarter = rss_mib()[0]
    seconds = time.perf_counter() - start
    own, kids = rss_mib()
    cpu_own, cpu_kids = cpu_seconds()
    print(json.dumps({"seconds": seconds, "records": done, "ok": ok, "first_s": first,
                      "rss_quarter_mib": quarter, "rss_end_mib": own, "rss_workers_mib": kids,
                      "cpu_s": cpu_own + cpu_kids}))
"""


def build_corpus(records: list[dict[str, Any]], pages: int) -> list[dict[str, Any]]:
    """``pages`` records: ``records`` repeated, ids made unique."""
    cycle = itertools.cycle(records)
    return [{**next(cycle), "id": n} for n in range(pages)]


def spin(loops: int) -> tuple[float, float]:
    """A control task: pure-Python work that needs nothing from anyone; its wall and CPU s."""
    start, cpu = time.perf_counter(), time.process_time()
    total = 0
    for i in range(loops):
        total += i
    return time.perf_counter() - start, time.process_time() - cpu


def measure_control(loops: int) -> tuple[float, float]:
    """What the machine gives right now: the wall speedup and the CPU inflation of two.

    The same pure-Python loop, alone and then twice at once in two processes. On two
    free cores the first figure is about 2; on a shared or throttled machine it is
    less, and no code can do better than it. The second is the CPU seconds each of
    the two took over those of the loop alone: on two free cores about 1; above 1 when
    the two processes slow each other (shared caches, sibling hyper-threads, a busy
    host), which the 2-worker run's CPU seconds then carry too.
    """
    import multiprocessing  # noqa: PLC0415
    from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415

    speedups, inflations = [], []
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn")) as pool:
        list(pool.map(spin, [1000, 1000]))  # both started before timing
        for _ in range(3):  # a busy machine disturbs single samples: the median of three
            alone_wall, alone_cpu = pool.submit(spin, loops).result()
            start = time.perf_counter()
            both = list(pool.map(spin, [loops, loops]))
            together = time.perf_counter() - start
            speedups.append(2 * alone_wall / together)
            inflations.append(statistics.mean(cpu for _, cpu in both) / alone_cpu)
    # below 1 is noise (two loops cannot cost less CPU each than one alone)
    return statistics.median(speedups), max(1.0, statistics.median(inflations))


def measure_many(records: list[dict[str, Any]], pages: int, rounds: int) -> dict[str, Any]:
    """``parse_many`` with 1 and 2 workers over ``pages`` records, each in a fresh process."""
    corpus = build_corpus(records, pages)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.jsonl"
        probe = Path(tmp) / "many_probe.py"
        probe.write_text(MANY_PROBE, encoding="utf-8")
        with path.open("w", encoding="utf-8") as fh:
            for record in corpus:
                fh.write(json.dumps(record) + "\n")
        total = len(corpus)
        chars = sum(len(r["text"]) for r in corpus)
        figures: dict[str, Any] = {
            "records": total,
            "chars": chars,
            "file_mib": path.stat().st_size / 2**20,
        }
        controls = []
        for _ in range(rounds):  # alternate, keep each one's best: the machine is shared
            controls.append(measure_control(10_000_000))
            for workers in (1, 2):
                before = load()
                out = subprocess.run(  # noqa: S603 - our own interpreter and probe
                    [sys.executable, str(probe), str(path), str(workers), str(total)],
                    capture_output=True,
                    text=True,
                    check=True,
                    cwd=ROOT,
                ).stdout
                run = json.loads(out)
                run["chars_per_s"] = chars / run["seconds"]
                run["load_average_before"] = before
                best = figures.get(f"workers_{workers}")
                if best is None or run["seconds"] < best["seconds"]:
                    figures[f"workers_{workers}"] = run
        one, two = figures["workers_1"], figures["workers_2"]
        figures["control_speedup"] = max(wall for wall, _ in controls)
        figures["control_cpu_inflation"] = min(cpu for _, cpu in controls)
        figures["speedup"] = one["seconds"] / two["seconds"]
        # Once running: from the first result to the last, without starting the workers.
        figures["steady_speedup"] = (one["seconds"] - one["first_s"]) / (
            two["seconds"] - two["first_s"]
        )
        # What two free cores would give: the work (CPU seconds) of the 2-worker run
        # split over two cores, against the 1-worker run's work.
        figures["cpu_overhead"] = two["cpu_s"] / one["cpu_s"]
        figures["cpu_bound_speedup"] = 2 / figures["cpu_overhead"]
        # The same, once the CPU inflation the control loop shows is taken out: the
        # overhead that is the code's (start-up, sending records, pickling results).
        figures["code_overhead"] = figures["cpu_overhead"] / figures["control_cpu_inflation"]
        figures["code_speedup"] = 2 / figures["code_overhead"]
        figures["load"] = load()
        return figures


# --- the report -----------------------------------------------------------------------


def verdict(ok: bool) -> str:  # noqa: FBT001 (a test's outcome, as a word)
    return "meets" if ok else "MISSES"


def throughput_lines(name: str, corpus: dict[str, Any], ours: dict[str, Any]) -> Iterator[str]:
    yield (
        f"{name}: {corpus['articles']} texts, {corpus['chars']:,} characters"
        f"  [load {ours['parse']['load']:.1f}]"
    )
    yield (
        f"  {'function':<15} {'calls':>6} {'chars/CPU s':>12} {'chars/wall s':>13}"
        f" {'p50 ms':>7} {'p99 ms':>7} {'max ms':>7}"
    )
    for fname, f in ours.items():
        yield (
            f"  {fname:<15} {f['articles']:>6} {f['chars_per_s']:>12,.0f}"
            f" {f['wall_chars_per_s']:>13,.0f} {f['p50_ms']:>7.2f} {f['p99_ms']:>7.2f}"
            f" {f['max_ms']:>7.1f}"
        )
    rate, best = ours["parse"]["chars_per_s"], ours["parse"]["best_chars_per_s"]
    yield (
        f"  parse: {rate:,.0f} chars/CPU s over all passes, {best:,.0f} in the best pass"
        f"  [target >= {TARGET_CHARS_PER_S:,}: {verdict(rate >= TARGET_CHARS_PER_S)}"
        f" over all, {verdict(best >= TARGET_CHARS_PER_S)} in the best]"
    )


def peer_lines(name: str, peers: dict[str, Any]) -> Iterator[str]:
    if "skipped" in peers:
        yield f"peer stack on {name}: skipped: {peers['skipped']}"
        return
    yield (
        f"peer stack on {name} ({peers['articles']} texts, {peers['chars']:,} characters):"
        f" {peers['peer_chars_per_s']:,.0f} chars/CPU s  [load {peers['load']:.1f}]"
    )
    for part, value in peers["peer_parts_chars_per_s"].items():
        yield f"  {part:<26} {value:>12,.0f} chars/CPU s"
    for part, value in peers["ours_fields_chars_per_s"].items():
        yield f"  {part:<26} {value:>12,.0f} chars/CPU s (ours)"
    yield (
        f"  parse on the same texts: {peers['ours_chars_per_s']:,.0f} chars/CPU s;"
        f" ratio {peers['ratio']:.1f}x  [target >= {TARGET_PEER_RATIO:.0f}x:"
        f" {verdict(peers['ratio'] >= TARGET_PEER_RATIO)}]"
    )


def report(results: dict[str, Any]) -> Iterator[str]:
    m = results["machine"]
    yield f"machine: {m['cpu']}, {m['cores']} cores, {m['memory']}, {m['os']}"
    yield f"python {m['python']}; load average at start {m['load_average']}"
    yield ""
    if "cold" in results:
        yield from cold_lines(results["cold"])
        yield ""
    for key, name in (("pages", "real pages"), ("gold", "dev gold")):
        if f"ours_{key}" in results:
            yield from throughput_lines(name, results[key], results[f"ours_{key}"])
            yield ""
    if "stages" in results:
        yield f"per-stage split of parse on the real pages  [load {results['stages_load']:.1f}]:"
        yield from stage_lines(results["stages"])
        yield ""
    if "memory" in results:
        mem = results["memory"]
        yield (
            f"peak traced memory parsing one page: {mem['peak_traced_mib']:.1f} MiB"
            f" ({mem['article_chars']:,} characters; worst of the {mem['articles']} largest)"
        )
        yield ""
    for key, name in (("pages", "real pages"), ("gold", "dev gold")):
        if f"peers_{key}" in results:
            yield from peer_lines(name, results[f"peers_{key}"])
    if "many" in results:
        yield ""
        yield from many_lines(results["many"])
    yield f"load average at the end {results['load_average_end']}"


def cold_lines(cold: dict[str, Any]) -> Iterator[str]:
    cpu, wall = cold["cold_cpu"], cold["cold_wall"]
    yield (
        f"cold first parse (import noticiaparse + first parse of a {cold['chars']:,}-character"
        f" real page, lexicons included), {cold['runs']} fresh processes:"
        f"  [load {cold['load']:.1f}]"
    )
    yield (
        f"  CPU min {cpu['min_ms']:.0f} ms, median {cpu['median_ms']:.0f} ms"
        f" (import {cold['import_cpu']['min_ms']:.0f} + first parse"
        f" {cold['first_cpu']['min_ms']:.0f}; a warm parse of the same page"
        f" {cold['warm_cpu']['min_ms']:.0f}); wall min {wall['min_ms']:.0f} ms,"
        f" median {wall['median_ms']:.0f} ms"
    )
    yield (
        f"  [target <= {TARGET_COLD_MS:.0f} ms: {verdict(cpu['min_ms'] <= TARGET_COLD_MS)}];"
        f" dateparser imported: {cold['dateparser_imported_by_parse']};"
        f" precompiled patterns used: {cold['precompiled']}"
    )
    bare = cold["cold_cpu_without_bytecode"]
    yield (
        "  bytecode cached, as after pip install; without noticiaparse's bytecode (a checkout"
        f" run with -B): CPU min {bare['min_ms']:.0f} ms, median {bare['median_ms']:.0f} ms"
        f" ({cold['runs_without_bytecode']} processes)"
    )


def many_lines(many: dict[str, Any]) -> Iterator[str]:
    yield (
        f"parse_many over the real pages repeated: {many['records']} pages,"
        f" {many['chars']:,} characters ({many['file_mib']:.1f} MiB JSONL)"
        f"  [load {many['load']:.1f}]"
    )
    for workers in (1, 2):
        run = many[f"workers_{workers}"]
        yield (
            f"  {workers} worker{'s' if workers > 1 else ' '}: {run['seconds']:.2f} s,"
            f" {run['chars_per_s']:,.0f} chars/s; {run['cpu_s']:.2f} CPU s, so"
            f" {run['cpu_s'] / run['seconds']:.2f} cores busy; resident"
            f" {run['rss_quarter_mib']:.0f} MiB at a quarter, {run['rss_end_mib']:.0f} MiB at"
            " the end"
            + (f" (largest worker {run['rss_workers_mib']:.0f} MiB)" if workers > 1 else "")
            + f"; load before {run['load_average_before']:.1f}"
        )
    speedup, free = many["speedup"], many["cpu_bound_speedup"]
    yield (
        f"  speedup {speedup:.2f}x wall  [target >= {TARGET_WORKER_SPEEDUP}x:"
        f" {verdict(speedup >= TARGET_WORKER_SPEEDUP)}]"
    )
    yield (
        f"  CPU work with 2 workers: {many['cpu_overhead']:.3f}x that of 1 worker, so"
        f" {free:.2f}x on two free cores  [target: {verdict(free >= TARGET_WORKER_SPEEDUP)}]"
    )
    yield (
        f"  control: a pure-Python loop in 2 processes at once gets {many['control_speedup']:.2f}x"
        " one process on this machine right now (the ceiling for any code), each using"
        f" {many['control_cpu_inflation']:.3f}x the CPU seconds of the loop alone"
    )
    yield (
        f"  with that inflation taken out, the workers' own overhead is"
        f" {many['code_overhead']:.3f}x, so {many['code_speedup']:.2f}x on two free cores"
    )
    yield (
        f"  once running (first result to last): {many['steady_speedup']:.2f}x;"
        f" first result after {many['workers_1']['first_s']:.2f} s with 1 worker,"
        f" {many['workers_2']['first_s']:.2f} s with 2"
    )


def profile(records: list[dict[str, Any]], top: int, budget_s: float) -> None:
    """Print where ``parse`` spends its time: the top functions by own time."""
    import cProfile  # noqa: PLC0415
    import pstats  # noqa: PLC0415

    parse = field_calls()["parse"]
    for record in records[:20]:
        parse(record)
    profiler = cProfile.Profile()
    deadline = time.perf_counter() + budget_s
    profiler.enable()
    for record in records:
        parse(record)
        if time.perf_counter() > deadline:
            break
    profiler.disable()
    pstats.Stats(profiler).sort_stats("tottime").print_stats(top)


def describe(records: list[dict[str, Any]], source: Path) -> dict[str, Any]:
    return {
        "articles": len(records),
        "chars": sum(len(r["text"]) for r in records),
        "source": str(source),
    }


SECTIONS = ("cold", "speed", "stages", "memory", "peers", "many")


def measure(
    args: argparse.Namespace,
    only: set[str],
    pages: list[dict[str, Any]],
    gold: list[dict[str, Any]],
) -> dict[str, Any]:
    """The figures of the sections in ``only``."""
    quick = args.quick
    results: dict[str, Any] = {}
    if "cold" in only:
        median_page = sorted(pages, key=lambda r: len(r["text"]))[len(pages) // 2]
        results["cold"] = measure_cold(median_page, 3 if quick else 7)
    budget = 5.0 if quick else 15.0
    if "speed" in only:
        results["ours_pages"] = measure_ours(pages, 1 if quick else 3, budget, fields=True)
        results["ours_gold"] = measure_ours(gold, 1 if quick else 3, budget, fields=False)
    if "stages" in only:
        results["stages"] = stage_split(pages, 1 if quick else 2)
        results["stages_load"] = load()
    if "memory" in only:
        results["memory"] = measure_memory(pages, 5 if quick else 10, 10.0)
    if "peers" in only:
        peer_budget = args.peer_budget or (5.0 if quick else 20.0)
        results["peers_pages"] = measure_peers(pages, peer_budget)
        results["peers_gold"] = measure_peers(gold, peer_budget)
    if "many" in only:
        many_pages = args.many_pages or (300 if quick else 2000)
        results["many"] = measure_many(pages, many_pages, 1 if quick else 2)
    return results


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="folder of gold files")
    ap.add_argument("--quick", action="store_true", help="smaller budgets (a smoke run)")
    ap.add_argument("--json", type=Path, help="also write the figures to this file")
    ap.add_argument("--many-pages", type=int, help="pages for parse_many (default 2,000)")
    ap.add_argument("--peer-budget", type=float, help="CPU seconds for the peers, per corpus")
    ap.add_argument(
        "--only",
        help=f"comma-separated sections to run, of {','.join(SECTIONS)} (default: all)",
    )
    ap.add_argument(
        "--profile", type=int, metavar="N", help="only profile parse: the top N functions"
    )
    args = ap.parse_args()
    only = set(SECTIONS if args.only is None else args.only.split(","))
    if only - set(SECTIONS):
        ap.error(f"unknown sections: {', '.join(sorted(only - set(SECTIONS)))}")
    warnings.simplefilter("ignore")  # the peers' deprecation noise is not ours to fix
    results: dict[str, Any] = {"machine": machine()}
    if args.gold == DEFAULT_GOLD and not DEFAULT_GOLD.is_dir():
        print(f"{DEFAULT_GOLD} not found: measuring the seed article alone (--gold DIR)")
        args.gold = FALLBACK_GOLD
    gold = load_gold(args.gold)
    pages = load_pages()
    if not pages:
        sys.exit(f"no real pages in {PAGES}")
    if args.profile:
        profile(pages, args.profile, 10.0)
        return
    results["pages"] = describe(pages, PAGES)
    results["gold"] = describe(gold, args.gold)
    results.update(measure(args, only, pages, gold))
    results["load_average_end"] = os.getloadavg() if hasattr(os, "getloadavg") else None
    for line in report(results):
        print(line)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
