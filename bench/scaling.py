"""Time per MB and peak memory of ``noticiaparse.parse`` from 100 KB to 10 MB inputs.

Ordinary news (the seed article repeated, and the dev articles one after another) and
hostile input (runs of quote marks, dashes, digits, one huge line, every Unicode space,
and runs of whole cues: short lines, "$1", quoted words, dash dialogue, «…», dijo Juan
Pérez, «…», dijo. with no one named, "dijo que ", money ranges, and frames a news text
repeats: "En un comunicado, ", "Según fuentes, ", "De acuerdo con el informe, ", "— ")
are parsed at growing sizes, each in a fresh process: linear behaviour shows as a flat
seconds-per-MB column and peak memory in proportion to the input. A summary follows: per
kind, at its largest size, seconds and peak MiB per input MB (a million characters) and
the time per character as a multiple of ordinary news.
Seconds are wall-clock time; the CPU seconds the parsing process used (``cpu s/MB``)
depend less on what else the machine runs, and the multiple of news is taken from them.

    .venv/bin/python bench/scaling.py                       # every kind, 0.1 to 10 MB
    .venv/bin/python bench/scaling.py --sizes 1             # the summary at 1 MB
    .venv/bin/python bench/scaling.py --sizes 0.1 0.3 1 --kinds dev-news quoted-words
    .venv/bin/python bench/scaling.py --json > scaling.json
    .venv/bin/python bench/scaling.py --sizes 1 --repeat 1 --no-traced   # one quick run

Memory is measured two ways, each input in fresh processes. Peak RSS: a child imports
the parser and parses 50 KB of the same kind first, and a page whose date line only the
date-parsing library reads (what loads once, lexicons and libraries, is not a cost per
MB), builds the input, and then reports how far its resident set peaks above where it
stood just before the parse (Linux resets the peak
through ``/proc/self/clear_refs``; elsewhere the baseline is ``ru_maxrss`` so far, the
import and the warm-up included). Every kind, news too, runs in ``--repeat`` children
(3 by default) and each figure is their median: one process's peak moves with what the
allocator happens to keep or hand back. Traced peak: one more child runs the same parse
under ``tracemalloc`` and reports how far the Python heap peaked above where it stood
before the parse, exact for what Python allocates whatever the allocator keeps, a
steadier figure than the resident set (tracing slows the parse, so no time is taken
from it; ``--no-traced`` skips it).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import resource
import statistics
import subprocess
import sys
import time
import tracemalloc
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "tests" / "data" / "seed.json"
GOLD = next(
    (p / "shared" / "gold" for p in ROOT.parents if (p / "shared" / "gold").is_dir()),
    ROOT.parent / "shared" / "gold",
)
MB = 1_000_000
_WARM_UP = 50_000  # characters parsed before measuring

#: White space and invisible characters of every kind, the normaliser's work.
UNICODE_SPACES = "".join(
    chr(c)
    for c in range(0x110000)
    if chr(c).isspace() or unicodedata.category(chr(c)) in ("Zs", "Zl", "Zp", "Cf")
)
_LINE = "La medida fue recibida con cautela por los gremios del sector, dijo el ministro. "


def _records(path: Path) -> list[dict[str, object]]:
    if path.suffix == ".json":
        return [json.loads(path.read_text(encoding="utf-8"))]
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _article(records: list[dict[str, object]]) -> tuple[str, str]:
    """One long article: the first record's headline, and every record's body paragraphs.

    A page is read as one article: dev pages laid one after another would make the
    first one the article and every later one furniture (another article's headline,
    its links), and the headline seen again marks a page scraped twice, whose copy is
    furniture too; both cost far less than article text. So news is measured as article
    text throughout: a headline and the first paragraph once, then the gold's other body
    paragraphs in the order of their articles, repeated as long as the size asks.
    """
    paragraphs: list[str] = []
    for record in records:
        gold = record.get("gold")
        if isinstance(gold, dict):
            paragraphs.extend(str(p) for p in gold.get("body") or ())
    if not paragraphs:  # no gold body: the texts themselves
        return "", "\n\n".join(str(r["text"]) for r in records) + "\n\n"
    first = records[0].get("gold")
    headline = str(first.get("headline") or "") if isinstance(first, dict) else ""
    # the first paragraph once too: a body that repeats the deck is a copy
    return f"{headline}\n\n{paragraphs[0]}\n\n", "\n\n".join(paragraphs[1:]) + "\n\n"


def _news_records() -> list[dict[str, object]]:
    records = [r for name in _NEWS_FILES if (GOLD / name).exists() for r in _records(GOLD / name)]
    return records or _records(SEED)


#: The dev gold files whose articles make the news input (``dev-news``).
_NEWS_FILES = ("dev_annotated.jsonl", "dev_layout.jsonl")


#: Syllables that spell a different made-up word for each line of dash dialogue.
_SYLLABLES = [c + v for c in "bcdfglmnprst" for v in "aeiou"]


def _word(n: int) -> str:
    """The ``n``-th made-up lower-case word: "ba", "be", …, "baba", …"""
    out = ""
    while True:
        n, rest = divmod(n, len(_SYLLABLES))
        out += _SYLLABLES[rest]
        if not n:
            return out


def _dialogue(size: int) -> str:
    """Dash dialogue, a line a turn, every line different.

    The same line over and over is a page scraped twice (or a caption set again): the
    layout keeps one and drops the rest as furniture, so it would measure nothing. Each
    line here quotes a different made-up word (no digit: a digit makes a line a date or
    byline candidate, a cost of its own).
    """
    lines, total, n = [], 0, 0
    while total < size:
        line = f"—Sí, {_word(n)} —dijo Ana—.\n"
        lines.append(line)
        total += len(line)
        n += 1
    return "".join(lines)


def build(kind: str, size: int) -> str:
    """An input of ``kind`` about ``size`` characters long."""
    head = ""
    if kind == "seed":
        head, unit = _article(_records(SEED))
    elif kind == "dev-news":
        head, unit = _article(_news_records())
    elif kind == "dash-dialogue":
        return _dialogue(size)[:size]
    else:
        unit = {
            "guillemets": "«",
            "straight-quotes": '"',
            "quoted-words": '"a" ',
            "dashes": "—",
            "digits": "7",
            "one-line": _LINE,
            "unicode-spaces": UNICODE_SPACES,
            "dollar-ones": "$1",
            "money-ranges": "entre $1 y $2 millones, ",
            "dash-ranges": "$1-$2 ",
            "short-lines": "a\n",
            "said-guillemets": "«Sí», dijo Juan Pérez. ",
            "said-unnamed": "«Sí», dijo. ",
            "said-that": "dijo que ",
            "statement-frames": "En un comunicado, ",
            "source-frames": "Según fuentes, ",
            "report-frames": "De acuerdo con el informe, ",
            "spaced-dashes": "— ",
        }[kind]
    return (head + unit * (size // len(unit) + 1))[:size]


KINDS = (
    "seed",
    "dev-news",
    "guillemets",
    "straight-quotes",
    "quoted-words",
    "dashes",
    "digits",
    "one-line",
    "unicode-spaces",
    "dollar-ones",
    "money-ranges",
    "dash-ranges",
    "short-lines",
    "dash-dialogue",
    "said-guillemets",
    "said-unnamed",
    "said-that",
    "statement-frames",
    "source-frames",
    "report-frames",
    "spaced-dashes",
)
#: The kinds the others are compared with, the first one measured.
NEWS = ("dev-news", "seed")
MIB = 1024 * 1024


def _status_kb(field: str) -> int | None:
    """A field of ``/proc/self/status`` in KB (Linux), or None."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def _reset_peak() -> bool:
    """Start the peak resident set afresh (Linux: write 5 to clear_refs); done or not."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as fh:
            fh.write("5")
    except OSError:
        return False
    return True


def _max_rss_kb() -> int:
    """The process's peak resident set so far, in KB (``ru_maxrss``; Linux counts KB)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak


def _warm_up(kind: str) -> None:
    """Import the parser and parse 50 KB of ``kind``: what loads once is not a cost per MB."""
    import noticiaparse  # noqa: PLC0415 - imported in the measuring child only

    # a first parse of the same kind loads what the parser loads on first use (lexicons,
    # compiled patterns): a one-off cost, not a cost per MB
    noticiaparse.parse(build(kind, _WARM_UP), reference_date=_REFERENCE, country="CL")
    # and a date line only the date-parsing library reads loads that library, which a
    # long input may call on somewhere past its first 50 KB (some 3 MiB, once)
    noticiaparse.parse(_DATE_LIBRARY_PAGE, reference_date=_REFERENCE, country="CL")


#: A page whose publication line only the date-parsing library reads (month and year).
_DATE_LIBRARY_PAGE = "Un titular de la nota\n\nPublicado: marzo 2020\n\nEl alcalde habló ayer.\n"


_REFERENCE = dt.date(2020, 3, 3)


def measure(kind: str, size: int) -> dict[str, object]:
    """Parse one input in this process: time, and how far the resident set peaks above
    where it stood just before the parse (after the import, the warm-up and the input)."""
    import noticiaparse  # noqa: PLC0415 - imported in the measuring child only

    _warm_up(kind)
    text = build(kind, size)
    gc.collect()
    reset = _reset_peak()
    # the baseline: the resident set now (Linux), else the peak so far (ru_maxrss), which
    # the import, the warm-up and the input's own building reached
    before = _status_kb("VmRSS") if reset else None
    if before is None:
        before = _max_rss_kb()
    start, cpu_start = time.perf_counter(), time.process_time()
    article = noticiaparse.parse(text, reference_date=_REFERENCE, country="CL")
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    peak = _status_kb("VmHWM") if reset else None
    if peak is None:
        peak = _max_rss_kb()
    grown = max(0, peak - before) * 1024 / MIB
    mb = len(text) / MB
    return {
        "kind": kind,
        "mb": round(mb, 3),
        "seconds": round(seconds, 3),
        "s_per_mb": round(seconds / mb, 2),
        "cpu_s_per_mb": round(cpu / mb, 2),
        "peak_mib": round(grown, 1),
        "peak_mib_per_mb": round(grown / mb, 1),
        "found": len(article.quotes) + len(article.money) + len(article.dates),
    }


def measure_traced(kind: str, size: int) -> dict[str, object]:
    """The Python heap's peak during one parse, above where it stood before (tracemalloc).

    Blocks Python allocates, counted exactly whatever the allocator keeps or returns: a
    steadier figure than the resident set, and one that misses what C libraries allocate
    on their own. Tracing slows the parse several times, so it runs in a child of its own
    and its time is not reported.
    """
    import noticiaparse  # noqa: PLC0415 - imported in the measuring child only

    _warm_up(kind)
    text = build(kind, size)
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    noticiaparse.parse(text, reference_date=_REFERENCE, country="CL")
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    grown = max(0, peak - before) / MIB
    return {"kind": kind, "traced_mib_per_mb": round(grown / (len(text) / MB), 1)}


def _child(mode: str, kind: str, size: int, timeout: float) -> dict[str, object]:
    """One measurement in a fresh interpreter, so each peak is its own."""
    cmd = [sys.executable, __file__, mode, kind, str(size)]
    try:
        done = subprocess.run(  # noqa: S603
            cmd, capture_output=True, text=True, timeout=timeout, check=True
        )
    except subprocess.TimeoutExpired:
        return {"kind": kind, "mb": round(size / MB, 3), "seconds": f">{timeout:.0f}"}
    except subprocess.CalledProcessError as exc:
        return {"kind": kind, "mb": round(size / MB, 3), "error": exc.stderr[-300:]}
    result: dict[str, object] = json.loads(done.stdout)
    return result


_MEDIANS = ("seconds", "s_per_mb", "cpu_s_per_mb", "peak_mib", "peak_mib_per_mb")


def run_one(
    kind: str, size: int, timeout: float, *, repeat: int = 3, traced: bool = True
) -> dict[str, object]:
    """``measure`` in ``repeat`` fresh interpreters, each figure their median; and the
    tracemalloc peak from one more (unless ``traced`` is false)."""
    runs = []
    for _ in range(max(1, repeat)):
        row = _child("--one", kind, size, timeout)
        if not isinstance(row.get("seconds"), float):
            return row  # a timeout or an error: no median to take
        runs.append(row)
    result = dict(runs[0])
    for field in _MEDIANS:
        result[field] = statistics.median(float(r[field]) for r in runs)  # type: ignore[arg-type]
    result["runs"] = len(runs)
    if traced:
        heap = _child("--traced", kind, size, timeout * 5)
        result["traced_mib_per_mb"] = heap.get("traced_mib_per_mb", "-")
    return result


def summary(rows: list[dict[str, object]]) -> list[str]:
    """A Markdown table: per kind, its largest size's figures and time against news."""
    last: dict[str, dict[str, object]] = {}
    for row in rows:
        if isinstance(row.get("s_per_mb"), float):
            last[str(row["kind"])] = row
    news = next((last[kind] for kind in NEWS if kind in last), None)
    traced = any("traced_mib_per_mb" in row for row in last.values())
    lines = [
        "| kind | MB | s/MB | cpu s/MB | peak RSS MiB per input MB | cpu time per character, "
        "x news |" + (" traced peak MiB per input MB |" if traced else ""),
        "|---|---:|---:|---:|---:|---:|" + ("---:|" if traced else ""),
    ]
    for kind, row in last.items():
        ratio = "-"
        if news is not None:
            cpu, news_cpu = float(row["cpu_s_per_mb"]), float(news["cpu_s_per_mb"])  # type: ignore[arg-type]
            ratio = f"{cpu / news_cpu:.1f}"
        heap = f" {row.get('traced_mib_per_mb', '-')} |" if traced else ""
        lines.append(
            f"| {kind} | {row['mb']} | {row['s_per_mb']} | {row['cpu_s_per_mb']} "
            f"| {row['peak_mib_per_mb']} | {ratio} |{heap}"
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", nargs="+", type=float, default=[0.1, 0.3, 1, 3, 10], help="MB")
    ap.add_argument("--kinds", nargs="+", choices=KINDS, default=list(KINDS))
    ap.add_argument("--timeout", type=float, default=900, help="seconds per input")
    ap.add_argument("--json", action="store_true", help="one JSON object per line")
    ap.add_argument("--repeat", type=int, default=3, help="fresh processes per input (median)")
    ap.add_argument("--no-traced", action="store_true", help="skip the tracemalloc peak")
    ap.add_argument("--one", nargs=2, metavar=("KIND", "CHARS"), help=argparse.SUPPRESS)
    ap.add_argument("--traced", nargs=2, metavar=("KIND", "CHARS"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.one:
        print(json.dumps(measure(args.one[0], int(args.one[1]))))
        return 0
    if args.traced:
        print(json.dumps(measure_traced(args.traced[0], int(args.traced[1]))))
        return 0
    if not args.json:
        print(
            f"{'kind':16} {'MB':>6} {'seconds':>9} {'s/MB':>7} {'cpu s/MB':>8} "
            f"{'peak MiB':>9} {'MiB/MB':>7} {'traced':>7}"
        )
    rows = []
    for kind in args.kinds:
        for size in args.sizes:
            row = run_one(
                kind, int(size * MB), args.timeout, repeat=args.repeat, traced=not args.no_traced
            )
            rows.append(row)
            if args.json:
                print(json.dumps(row), flush=True)
            else:
                print(
                    f"{row['kind']!s:16} {row['mb']!s:>6} {row.get('seconds', '-')!s:>9} "
                    f"{row.get('s_per_mb', '-')!s:>7} {row.get('cpu_s_per_mb', '-')!s:>8} "
                    f"{row.get('peak_mib', '-')!s:>9} {row.get('peak_mib_per_mb', '-')!s:>7} "
                    f"{row.get('traced_mib_per_mb', '-')!s:>7} {row.get('error', '')}",
                    flush=True,
                )
            if not isinstance(row.get("seconds"), float):
                break  # a timeout or error at this size: larger ones would only take longer
    if not args.json:
        print()
        print("\n".join(summary(rows)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
