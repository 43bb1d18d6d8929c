"""Where ``parse`` spends its time, stage by stage, on real pages.

``noticiaparse._pipeline.article_of`` calls one function per stage (the spine with
its repairs, the layout, the reading of words and cast, quotes, sources, money,
dates). This script wraps each of those functions *as the pipeline module sees
them* with a CPU-time counter, parses the pages, and reports each stage's share of
``parse``; what no wrapped function covers (building the ``Article``, the argument
checks) is reported as "rest". It reads nothing of the pipeline's internals but its
module globals, so it follows the pipeline as it changes::

    python bench/profile_stages.py                        # the real-page corpus
    python bench/profile_stages.py --gold ../shared/gold  # the dev gold
    python bench/profile_stages.py --cold                 # import + first parse, by module
    python bench/profile_stages.py --layout               # the layout stage, pass by pass
    python bench/profile_stages.py --dev --layout         # the dev pages alone (no held-out)

``--cold`` runs one fresh interpreter and reports what the first ``parse`` pays, by
module: executing the module (its imports excluded), compiling regular expressions
(counted against the module that asked), and reading lexicons.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT / "tests" / "data" / "pages"

# The pipeline's stage functions (as named in ``_pipeline``) and the stage each is in.
# A name the pipeline no longer has is skipped; a new callee lands in "rest".
STAGES = {
    "build_spine": "spine + repair",
    "find_layout": "layout",
    "read_article": "reading (words, quotations, cast)",
    "credit_quotes": "quotes",
    "classify_quotes": "quotes",
    "attribute_quotes": "quotes",
    "public_quotes": "quotes",
    "read_quotes": "quotes",
    "find_quotes": "quotes",
    "find_sources": "sources",
    "find_money": "money",
    "find_dates": "dates",
}


def load_pages(
    folder: Path = PAGES, patterns: Iterable[str] = ("dev_*.jsonl", "holdout_*.jsonl")
) -> list[dict[str, Any]]:
    """The records of the JSONL files in ``folder``: text and call arguments only."""
    records = []
    for pattern in patterns:
        for path in sorted(folder.glob(pattern)):
            with path.open(encoding="utf-8") as fh:
                for line in fh:
                    if line.strip():
                        r = json.loads(line)
                        records.append(
                            {
                                "id": r.get("id"),
                                "text": r["text"],
                                "country": r.get("country"),
                                "reference_date": r.get("reference_date"),
                            }
                        )
    return records


def reference(record: dict[str, Any]) -> dt.date | None:
    ref = record.get("reference_date")
    return dt.date.fromisoformat(ref[:10]) if ref else None


def stage_split(records: list[dict[str, Any]], passes: int = 1) -> dict[str, Any]:
    """Each stage's CPU seconds over ``passes`` parses of ``records`` (after a warm-up)."""
    import noticiaparse  # noqa: PLC0415
    from noticiaparse import _pipeline  # noqa: PLC0415

    for record in records[:10]:
        noticiaparse.parse(record["text"], reference(record), record.get("country"))
    spent: dict[str, float] = {}
    originals = {}

    def wrap(name: str, stage: str, call: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.process_time()
            try:
                return call(*args, **kwargs)
            finally:
                spent[stage] = spent.get(stage, 0.0) + time.process_time() - start

        timed.__name__ = name
        return timed

    for name, stage in STAGES.items():
        call = getattr(_pipeline, name, None)
        if callable(call):
            originals[name] = call
            setattr(_pipeline, name, wrap(name, stage, call))
    try:
        chars = 0
        start = time.process_time()
        for _ in range(passes):
            for record in records:
                noticiaparse.parse(record["text"], reference(record), record.get("country"))
                chars += len(record["text"])
        total = time.process_time() - start
    finally:
        for name, call in originals.items():
            setattr(_pipeline, name, call)
    staged = sum(spent.values())
    spent["rest"] = max(total - staged, 0.0)
    return {"chars": chars, "cpu_s": total, "stages": spent}


def layout_split(records: list[dict[str, Any]], passes: int = 1) -> dict[str, Any]:
    """The layout stage's CPU seconds by pass: each function ``find_layout`` calls.

    The functions are those the code of ``_layout.page.find_layout`` names that the
    page module holds (its own passes and the readers it imports: the line classifier,
    the top's headline and deck, the tail's furniture…), wrapped as the module sees
    them; a call inside another wrapped one counts for the outer one only. What no pass
    covers (``find_layout``'s own lines) is "rest".
    """
    import inspect  # noqa: PLC0415

    from noticiaparse._layout import page  # noqa: PLC0415
    from noticiaparse._pipeline import spine_of  # noqa: PLC0415

    spines = [(spine_of(r["text"]), reference(r)) for r in records]
    for spine, ref in spines[:10]:
        page.find_layout(spine, ref)
    spent: dict[str, float] = {}
    depth = [0]
    originals: dict[str, Callable[..., Any]] = {}

    def wrap(name: str, call: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            if depth[0]:
                return call(*args, **kwargs)
            depth[0] += 1
            start = time.process_time()
            try:
                return call(*args, **kwargs)
            finally:
                spent[name] = spent.get(name, 0.0) + time.process_time() - start
                depth[0] -= 1

        return timed

    for name in page.find_layout.__code__.co_names:
        call = getattr(page, name, None)
        if inspect.isfunction(call):
            originals[name] = call
            setattr(page, name, wrap(name, call))
    try:
        chars = 0
        start = time.process_time()
        for _ in range(passes):
            for spine, ref in spines:
                page.find_layout(spine, ref)
                chars += len(spine.text)
        total = time.process_time() - start
    finally:
        for name, call in originals.items():
            setattr(page, name, call)
    spent["rest"] = max(total - sum(spent.values()), 0.0)
    return {"chars": chars, "cpu_s": total, "stages": spent}


def stage_lines(split: dict[str, Any]) -> Iterable[str]:
    total = split["cpu_s"]
    for stage, seconds in sorted(split["stages"].items(), key=lambda kv: -kv[1]):
        rate = split["chars"] / seconds if seconds else float("inf")
        yield f"  {stage:<34} {100 * seconds / total:5.1f}%  {rate:>14,.0f} chars/CPU s alone"


# --- the cold first parse, by module ---------------------------------------------------

_COLD_PROBE = r"""
import json, sys, time, collections
start = time.process_time()
import re, regex._main as rm
costs = collections.Counter()
lexicon = [0.0]

def caller():
    frame = sys._getframe(2)
    while frame is not None:
        name = frame.f_globals.get("__name__", "?")
        library = name.startswith(("re", "regex", "functools", "sre_"))
        if not library or name.startswith("noticiaparse"):
            return name
        frame = frame.f_back
    return "?"

def counted(library, original):
    def compile_(pattern, flags=0, *args, **kwargs):
        t = time.process_time()
        try:
            return original(pattern, flags, *args, **kwargs)
        finally:
            costs[(caller(), library)] += time.process_time() - t
    return compile_

re._compile = counted("re", re._compile)
rm._compile = counted("regex", rm._compile)

class Timer:
    # a meta-path finder that only wraps each module's execution with a CPU clock
    def find_spec(self, name, path, target=None):
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(name, path, target)
            if spec is not None:
                loader = spec.loader
                if loader is not None and hasattr(loader, "exec_module"):
                    original = loader.exec_module
                    def exec_module(module, original=original, name=name):
                        t = time.process_time()
                        children.append(0.0)
                        try:
                            original(module)
                        finally:
                            took = time.process_time() - t
                            own = took - children.pop()
                            if children:
                                children[-1] += took
                            stack.append((name, own, took))
                    loader.exec_module = exec_module
                return spec
        return None

stack = []
children = []
sys.meta_path.insert(0, Timer())
text = json.loads(sys.stdin.read())
t0 = time.process_time()
import noticiaparse
t1 = time.process_time()
from noticiaparse._text import lexicons as lx
for name in ("_read", "lines", "rows", "word_classes"):
    fn = getattr(lx, name, None)
    if fn is None: continue
    inner = getattr(fn, "__wrapped__", fn)
    def timed(*a, _inner=inner, **k):
        t = time.process_time()
        try:
            return _inner(*a, **k)
        finally:
            lexicon[0] += time.process_time() - t
    setattr(lx, name, __import__("functools").cache(timed))
t2 = time.process_time()
noticiaparse.parse(text)
t3 = time.process_time()
noticiaparse.parse(text)
t4 = time.process_time()
print(json.dumps({"import_ms": 1000 * (t1 - t0), "first_ms": 1000 * (t3 - t2),
                  "second_ms": 1000 * (t4 - t3), "modules": stack,
                  "regex": [[k[0], k[1], v] for k, v in costs.items()],
                  "lexicon_ms": 1000 * lexicon[0]}))
"""


def cold_profile(text: str) -> dict[str, Any]:
    """Import and first ``parse`` of ``text`` in a fresh interpreter, costs by module.

    The package's bytecode is compiled first, as ``pip install`` does (see
    ``bench/run.py``), so that compiling its source is not counted against its modules.
    """
    import importlib.util  # noqa: PLC0415

    spec = importlib.util.find_spec("noticiaparse")
    if spec is not None and spec.submodule_search_locations:
        folder = next(iter(spec.submodule_search_locations))
        subprocess.run(  # noqa: S603 - our own interpreter
            [sys.executable, "-m", "compileall", "-q", folder], check=True, capture_output=True
        )
    done = subprocess.run(  # noqa: S603 - our own interpreter and probe
        [sys.executable, "-c", _COLD_PROBE],
        input=json.dumps(text),
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    if done.returncode:
        sys.exit(f"the cold probe failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout)


def cold_lines(figures: dict[str, Any], top: int = 20) -> Iterable[str]:
    yield (
        f"import {figures['import_ms']:.0f} ms CPU, first parse {figures['first_ms']:.0f} ms,"
        f" second parse {figures['second_ms']:.0f} ms; lexicon reading"
        f" {figures['lexicon_ms']:.0f} ms (inside the first parse, as lexicons load lazily)"
    )
    modules: list[tuple[str, float, float]] = figures["modules"]
    regex_by_module: dict[str, float] = {}
    for module, library, seconds in figures["regex"]:
        key = f"{module} ({library})"
        regex_by_module[key] = regex_by_module.get(key, 0.0) + seconds
    total_regex = sum(regex_by_module.values())
    yield f"regular expressions compiled: {1000 * total_regex:.0f} ms CPU, by the module asking:"
    for key, seconds in sorted(regex_by_module.items(), key=lambda kv: -kv[1])[:top]:
        yield f"  {1000 * seconds:7.1f} ms  {key}"
    yield "modules executed: own CPU time (what it imports excluded; its regexes included):"
    for name, own, took in sorted(modules, key=lambda kv: -kv[1])[:top]:
        yield f"  {1000 * own:7.1f} ms  (with its imports {1000 * took:6.1f})  {name}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, help="a folder of *.jsonl records instead of the pages")
    ap.add_argument("--passes", type=int, default=2)
    ap.add_argument("--cold", action="store_true", help="the first parse in a fresh process")
    ap.add_argument("--layout", action="store_true", help="the layout stage, pass by pass")
    ap.add_argument("--dev", action="store_true", help="the development pages alone")
    args = ap.parse_args()
    if args.gold:
        records = load_pages(args.gold, ("*.jsonl",))
    else:
        records = load_pages(patterns=("dev_*.jsonl",)) if args.dev else load_pages()
    if args.cold:
        median = sorted(records, key=lambda r: len(r["text"]))[len(records) // 2]
        size = len(median["text"])
        print(f"cold: a fresh interpreter parses one median-sized page ({size:,} chars)")
        for line in cold_lines(cold_profile(median["text"])):
            print(line)
        return
    split = (layout_split if args.layout else stage_split)(records, args.passes)
    print(
        f"{len(records)} pages, {split['chars']:,} characters parsed in {split['cpu_s']:.2f} CPU s"
        f" ({split['chars'] / split['cpu_s']:,.0f} chars/CPU s)"
    )
    for line in stage_lines(split):
        print(line)


if __name__ == "__main__":
    main()
