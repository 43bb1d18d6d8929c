"""The noticiaparse benchmark: speed, memory, import time, the peer stack, workers.

Run from the project root, after ``pip install -e '.[bench]'``::

    python bench/run.py                 # everything, a minute or two
    python bench/run.py --quick         # smaller budgets, for a smoke run
    python bench/run.py --json out.json # also save the figures
    python bench/run.py --profile 25    # only where parse spends its time

It reads the gold articles (``../shared/gold/``: ``seed.json`` and ``dev_*.jsonl``,
or ``--gold DIR``) and measures, in one run:

* ``parse`` and each field parser: throughput (characters per second) and
  per-article latency (p50, p99) over the gold articles, after a warm-up;
* peak memory: the traced peak while parsing one article (the largest ones), and the
  resident set of a ``parse_many`` run over the larger corpus at a quarter and at
  the end of the stream (flat when streaming works);
* ``import noticiaparse`` in fresh interpreters (and that it imports no dateparser);
* the peer stack a user would assemble today on the same articles: jusText with its
  Spanish stoplist for the body, Recognizers-Text for money, ``dateparser.search_dates``
  for dates (skipped, with a note, when the ``bench`` extra is not installed);
* ``parse_many`` with 1 and with 2 workers over a larger corpus, the gold articles
  repeated, each in a fresh process.

See ``docs/benchmark.md`` for the figures and the machine they were measured on.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import itertools
import json
import os
import platform
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

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = ROOT.parent / "shared" / "gold"
FALLBACK_GOLD = ROOT / "tests" / "data"  # the seed article alone, in every clone

TARGET_CHARS_PER_S = 1_000_000
TARGET_PEER_RATIO = 20.0
TARGET_IMPORT_MS = 150.0
TARGET_WORKER_SPEEDUP = 1.7


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

    Stops early once ``budget_s`` seconds of calls are spent (at least one record):
    the records are interleaved across the gold files, so a prefix is a fair sample.
    """
    latencies = []
    chars = 0
    spent = 0.0
    for _ in range(passes):
        for record in records:
            start = time.perf_counter()
            call(record)
            took = time.perf_counter() - start
            latencies.append(took)
            spent += took
            chars += len(record["text"])
            if spent >= budget_s:
                break
        if spent >= budget_s:
            break
    return {
        "articles": len(latencies),
        "chars": chars,
        "seconds": spent,
        "chars_per_s": chars / spent if spent else float("inf"),
        "p50_ms": percentile(latencies, 50) * 1000,
        "p99_ms": percentile(latencies, 99) * 1000,
        "max_ms": max(latencies) * 1000,
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


IMPORT_PROBE = """
import sys, time
t = time.perf_counter()
import noticiaparse
ms = (time.perf_counter() - t) * 1000
print(ms, "dateparser" in sys.modules, "tqdm" in sys.modules)
"""


def measure_import(runs: int) -> dict[str, Any]:
    times = []
    dateparser_loaded = False
    for _ in range(runs):
        out = subprocess.run(  # noqa: S603 - our own interpreter and probe
            [sys.executable, "-c", IMPORT_PROBE], capture_output=True, text=True, check=True
        ).stdout.split()
        times.append(float(out[0]))
        dateparser_loaded = dateparser_loaded or out[1] == "True"
    return {
        "runs": runs,
        "first_ms": times[0],
        "median_ms": statistics.median(times),
        "min_ms": min(times),
        "dateparser_imported": dateparser_loaded,
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


def measure_ours(records: list[dict[str, Any]], passes: int, budget_s: float) -> dict[str, Any]:
    calls = field_calls()
    first = records[0]
    start = time.perf_counter()
    calls["parse"](first)  # the lexicons load lazily on first use
    cold_ms = (time.perf_counter() - start) * 1000
    for call in calls.values():  # warm up, so that no lexicon load is timed
        for record in records[:20]:
            call(record)
    figures: dict[str, Any] = {"first_parse_cold_ms": cold_ms}
    for name, call in calls.items():
        if name == "parse":
            figures[name] = timed_pass(call, records, passes, budget_s)
        else:
            figures[name] = timed_pass(call, records, 1, budget_s / 2)
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
            start = time.perf_counter()
            call(record)
            took = time.perf_counter() - start
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
        "peer_seconds": spent,
        "peer_chars_per_s": chars / spent,
        "peer_parts_chars_per_s": {k: chars / v for k, v in per_part.items()},
        "ours_fields_chars_per_s": ours_fields,
        "ours_chars_per_s": ours["chars_per_s"],
        "ratio": ours["chars_per_s"] / (chars / spent),
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


def build_corpus(records: list[dict[str, Any]], chars: int) -> list[dict[str, Any]]:
    """The gold records repeated (ids made unique) until ``chars`` characters."""
    corpus: list[dict[str, Any]] = []
    total = 0
    for copy in itertools.count():
        for record in records:
            if total >= chars:
                return corpus
            corpus.append({**record, "id": f"{record['id']}#{copy}"})
            total += len(record["text"])
    return corpus  # pragma: no cover - itertools.count() does not end


def spin(loops: int) -> float:
    """A control task: pure-Python work that needs nothing from anyone; its seconds."""
    start = time.perf_counter()
    total = 0
    for i in range(loops):
        total += i
    return time.perf_counter() - start


def measure_control(loops: int) -> float:
    """What the machine gives right now: 2 processes' throughput over 1 process's.

    The same pure-Python loop, alone and then twice at once in two processes. On two
    free cores this is about 2; on a shared or throttled machine it is less, and no
    code can do better than it.
    """
    import multiprocessing  # noqa: PLC0415
    from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415

    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn")) as pool:
        list(pool.map(spin, [1000, 1000]))  # both started before timing
        alone = pool.submit(spin, loops).result()
        start = time.perf_counter()
        list(pool.map(spin, [loops, loops]))
        together = time.perf_counter() - start
    return 2 * alone / together


def measure_many(
    records: list[dict[str, Any]], rate: float, seconds: float, rounds: int
) -> dict[str, Any]:
    """``parse_many`` with 1 and 2 workers over a corpus of about ``seconds`` of work."""
    corpus = build_corpus(records, int(rate * seconds))
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
            controls.append(measure_control(20_000_000))
            for workers in (1, 2):
                load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
                out = subprocess.run(  # noqa: S603 - our own interpreter and probe
                    [sys.executable, str(probe), str(path), str(workers), str(total)],
                    capture_output=True,
                    text=True,
                    check=True,
                    cwd=ROOT,
                ).stdout
                run = json.loads(out)
                run["chars_per_s"] = chars / run["seconds"]
                run["load_average_before"] = load
                best = figures.get(f"workers_{workers}")
                if best is None or run["seconds"] < best["seconds"]:
                    figures[f"workers_{workers}"] = run
        one, two = figures["workers_1"], figures["workers_2"]
        figures["control_speedup"] = max(controls)
        figures["speedup"] = one["seconds"] / two["seconds"]
        # Once running: from the first result to the last, without starting the workers.
        figures["steady_speedup"] = (one["seconds"] - one["first_s"]) / (
            two["seconds"] - two["first_s"]
        )
        # What two free cores would give: the work (CPU seconds) of the 2-worker run
        # split over two cores, against the 1-worker run's work.
        figures["cpu_overhead"] = two["cpu_s"] / one["cpu_s"]
        figures["cpu_bound_speedup"] = 2 / figures["cpu_overhead"]
        return figures


# --- the report -----------------------------------------------------------------------


def verdict(ok: bool) -> str:  # noqa: FBT001 (a test's outcome, as a word)
    return "meets" if ok else "MISSES"


def report(results: dict[str, Any]) -> Iterator[str]:
    m = results["machine"]
    yield f"machine: {m['cpu']}, {m['cores']} cores, {m['memory']}, {m['os']}"
    yield f"python {m['python']}; load average at start {m['load_average']}"
    g = results["gold"]
    yield f"gold: {g['articles']} articles, {g['chars']:,} characters ({g['source']})"
    yield ""
    imp = results["import"]
    yield (
        f"import noticiaparse over {imp['runs']} fresh interpreters: min {imp['min_ms']:.0f} ms,"
        f" median {imp['median_ms']:.0f} ms, first {imp['first_ms']:.0f} ms;"
        f" dateparser imported: {imp['dateparser_imported']}"
    )
    yield (
        f"  [target <= {TARGET_IMPORT_MS:.0f} ms: min {verdict(imp['min_ms'] <= TARGET_IMPORT_MS)},"
        f" median {verdict(imp['median_ms'] <= TARGET_IMPORT_MS)}; the min is the cost itself,"
        " slower runs waited for the CPU]"
    )
    ours = results["ours"]
    yield f"first parse in a fresh process (lexicons load): {ours['first_parse_cold_ms']:.0f} ms"
    yield ""
    yield (
        f"{'function':<15} {'calls':>6} {'chars/s':>12} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8}"
    )
    for name, f in ours.items():
        if isinstance(f, dict):
            yield (
                f"{name:<15} {f['articles']:>6} {f['chars_per_s']:>12,.0f} {f['p50_ms']:>8.2f}"
                f" {f['p99_ms']:>8.2f} {f['max_ms']:>8.1f}"
            )
    rate = ours["parse"]["chars_per_s"]
    yield f"parse: target >= {TARGET_CHARS_PER_S:,} chars/s: {verdict(rate >= TARGET_CHARS_PER_S)}"
    fields = {k: v for k, v in ours.items() if isinstance(v, dict) and k != "parse"}
    slowest = min(fields, key=lambda k: fields[k]["chars_per_s"])
    yield f"slowest field parser: {slowest} ({fields[slowest]['chars_per_s']:,.0f} chars/s)"
    yield ""
    mem = results["memory"]
    yield (
        f"peak traced memory parsing one article: {mem['peak_traced_mib']:.1f} MiB"
        f" ({mem['article_chars']:,} characters; worst of the {mem['articles']} largest)"
    )
    peers = results["peers"]
    yield ""
    if "skipped" in peers:
        yield f"peer stack: skipped: {peers['skipped']}"
    else:
        yield (
            f"peer stack on {peers['articles']} articles ({peers['chars']:,} characters):"
            f" {peers['peer_chars_per_s']:,.0f} chars/s"
        )
        for name, value in peers["peer_parts_chars_per_s"].items():
            yield f"  {name:<26} {value:>12,.0f} chars/s"
        for name, value in peers["ours_fields_chars_per_s"].items():
            yield f"  {name:<26} {value:>12,.0f} chars/s (ours)"
        yield (
            f"parse on the same articles: {peers['ours_chars_per_s']:,.0f} chars/s;"
            f" ratio {peers['ratio']:.1f}x  [target >= {TARGET_PEER_RATIO:.0f}x:"
            f" {verdict(peers['ratio'] >= TARGET_PEER_RATIO)}]"
        )
    many = results["many"]
    yield ""
    yield (
        f"parse_many over the gold articles repeated: {many['records']} records,"
        f" {many['chars']:,} characters ({many['file_mib']:.1f} MiB JSONL)"
    )
    for workers in (1, 2):
        run = many[f"workers_{workers}"]
        yield (
            f"  {workers} worker{'s' if workers > 1 else ' '}: {run['seconds']:.2f} s,"
            f" {run['chars_per_s']:,.0f} chars/s; resident {run['rss_quarter_mib']:.0f} MiB"
            f" at a quarter, {run['rss_end_mib']:.0f} MiB at the end"
            + (f" (largest worker {run['rss_workers_mib']:.0f} MiB)" if workers > 1 else "")
            + f"; {run['cpu_s']:.2f} CPU s, so {run['cpu_s'] / run['seconds']:.2f} cores busy;"
            f" load average before {run['load_average_before']:.2f}"
        )
    speedup = many["speedup"]
    ok = speedup >= TARGET_WORKER_SPEEDUP
    yield f"  speedup {speedup:.2f}x  [target >= {TARGET_WORKER_SPEEDUP}x: {verdict(ok)}]"
    yield (
        f"  control: a pure-Python loop in 2 processes at once gets {many['control_speedup']:.2f}x"
        " one process on this machine right now (the ceiling for any code)"
    )
    yield (
        f"  once running (first result to last): {many['steady_speedup']:.2f}x;"
        f" first result after {many['workers_1']['first_s']:.2f} s with 1 worker,"
        f" {many['workers_2']['first_s']:.2f} s with 2"
    )
    yield (
        f"  CPU work with 2 workers: {many['cpu_overhead']:.2f}x that of 1 worker,"
        f" so {many['cpu_bound_speedup']:.2f}x on two free cores"
    )
    yield f"load average at the end {results['load_average_end']}"


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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="folder of gold files")
    ap.add_argument("--quick", action="store_true", help="smaller budgets (a smoke run)")
    ap.add_argument("--json", type=Path, help="also write the figures to this file")
    ap.add_argument(
        "--many-seconds",
        type=float,
        help="size the parse_many corpus to this many seconds of one-worker work",
    )
    ap.add_argument("--peer-budget", type=float, help="seconds to give the peer stack")
    ap.add_argument(
        "--profile", type=int, metavar="N", help="only profile parse: the top N functions"
    )
    args = ap.parse_args()
    warnings.simplefilter("ignore")  # the peers' deprecation noise is not ours to fix
    results: dict[str, Any] = {"machine": machine()}
    if args.gold == DEFAULT_GOLD and not DEFAULT_GOLD.is_dir():
        print(f"{DEFAULT_GOLD} not found: measuring the seed article alone (--gold DIR)")
        args.gold = FALLBACK_GOLD
    records = load_gold(args.gold)
    if args.profile:
        profile(records, args.profile, 10.0)
        return
    results["gold"] = {
        "articles": len(records),
        "chars": sum(len(r["text"]) for r in records),
        "source": str(args.gold),
    }
    results["import"] = measure_import(3 if args.quick else 7)
    results["ours"] = measure_ours(records, 1 if args.quick else 3, 5.0 if args.quick else 15.0)
    results["memory"] = measure_memory(records, 5 if args.quick else 10, 10.0)
    budget = args.peer_budget or (5.0 if args.quick else 30.0)
    results["peers"] = measure_peers(records, budget)
    rate = results["ours"]["parse"]["chars_per_s"]
    seconds = args.many_seconds or (3.0 if args.quick else 10.0)
    results["many"] = measure_many(records, rate, seconds, 1 if args.quick else 2)
    results["load_average_end"] = os.getloadavg() if hasattr(os, "getloadavg") else None
    for line in report(results):
        print(line)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
