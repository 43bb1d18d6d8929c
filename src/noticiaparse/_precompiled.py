"""The parser's regular expressions, compiled ahead: a fresh process skips compiling them.

Compiling the parser's patterns is most of what the first ``parse`` in a process costs:
``regex`` and ``re`` read a pattern in Python before they hand their C engine a list of
opcodes. ``_precompiled.bin``, beside this module, keeps that hand-over (the opcodes and
group tables) for every pattern the parser compiles on the project's own pages.
:func:`preload`, run once by the first parse, rebuilds those pattern objects from it
without reading a pattern, and leaves each in its compiler's own cache under the key
``regex.compile`` or ``re.compile`` looks up: the modules' unchanged ``compile`` calls
then find their pattern there, already built.

It cannot change a result:

- an entry is keyed by its pattern's exact text and flags: a pattern that was edited
  is not found, and compiles as it always did;
- the ``re`` entries are used only by the Python (minor version, ``_sre`` engine,
  Unicode data) they were built with, the ``regex`` ones only by the ``regex`` release
  they were built with, and only while the compilers' caches are laid out as then;
  anywhere else :func:`preload` leaves that engine alone;
- ``tests/test_precompiled.py`` compiles every entry afresh and requires the same
  opcodes, and requires the file to hold the patterns a parse of the project's pages
  compiles. Rebuild it with ``python -m noticiaparse._precompiled``.

The file is one ``marshal`` record, not compressed, each entry's opcodes packed as the
machine's unsigned 32-bit ints (:func:`encode`): reading it is a copy and one
``array`` conversion a pattern, not an inflate and a marshal read an opcode.
"""

from __future__ import annotations

import functools
import importlib
import marshal
import os
import sys
from array import array
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

__all__ = [
    "FILE",
    "Entry",
    "build",
    "compile_entry",
    "encode",
    "environment",
    "preload",
    "read",
    "same",
    "used_by",
]

#: The file of compiled patterns, beside this module.
FILE = os.path.join(os.path.dirname(os.path.realpath(__file__)), "_precompiled.bin")  # noqa: PTH118, PTH120
_FORMAT = 2
# marshal's version 2 writes no back-references, which depend on reference counts: the
# same content is the same bytes, so a rebuild that changes nothing leaves git clean.
_MARSHAL = 2
# Where an engine's opcodes stand in what its C ``compile`` takes (both engines: third),
# and how the file keeps them: the machine's own unsigned 32-bit ints, one ``bytes``
# each, which ``array`` turns back into a list at C speed (marshal would read an int at
# a time: about 29 M instructions for the file's 152,000 opcodes, against 5 M).
_CODE = 2
_TYPECODE = "I"

#: One pattern: its engine (``"re"`` or ``"regex"``), its text, the flags ``compile`` was
#: given (the key), and what the engine's C ``compile`` takes for it.
Entry = tuple[str, str, int, tuple[Any, ...]]

_ENGINES = ("re", "regex")
# The modules a compilation passes through before it reaches the caller that asked.
_COMPILERS = frozenset({"re", "regex", "sre_compile", "sre_parse"})
# What an engine whose internals are not what they were raises when preloaded.
_MOVED = (AttributeError, ImportError, TypeError, ValueError, RuntimeError)


def environment() -> dict[str, Any]:
    """What each engine's opcodes depend on: ``re`` on the Python, ``regex`` on its release."""
    import unicodedata  # noqa: PLC0415

    import regex  # noqa: PLC0415

    magic = importlib.import_module("_sre").MAGIC
    python = [sys.implementation.name, *sys.version_info[:2], magic, unicodedata.unidata_version]
    # (and both on how this machine lays out the ints the file keeps the opcodes as)
    ints = [_TYPECODE, array(_TYPECODE).itemsize, sys.byteorder]
    return {"re": [*python, *ints], "regex": [regex.__version__, int(regex.DEFAULT_VERSION), *ints]}


def _plain(value: Any) -> Any:
    """``value`` with int subclasses (opcodes, flags) as plain ints, as marshal stores them."""
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, tuple):
        return tuple(_plain(v) for v in value)
    if isinstance(value, dict):
        return {_plain(k): _plain(v) for k, v in value.items()}
    return value


class _Recorder:
    """Stands in for an engine module (``_sre``, ``_regex``): keeps what ``compile`` gets."""

    def __init__(self, engine: Any) -> None:
        self.engine = engine
        self.calls: list[tuple[Any, ...]] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self.engine, name)

    def compile(self, *args: Any) -> Any:
        self.calls.append(args)
        return self.engine.compile(*args)


@contextmanager
def _replaced(module: Any, name: str, value: Any) -> Iterator[Any]:
    """``module.name`` is ``value`` for the duration (a build-time tool only)."""
    old = getattr(module, name)
    setattr(module, name, value)
    try:
        yield value
    finally:
        setattr(module, name, old)


def compile_entry(engine: str, pattern: str, flags: int) -> Entry | None:
    """Compile ``pattern`` afresh, past every cache, and return its entry.

    ``None`` for a ``regex`` pattern that depends on the locale (its key would too).
    """
    if engine == "re":
        compiler = importlib.import_module("re._compiler")
        with _replaced(compiler, "_sre", _Recorder(compiler._sre)) as recorder:  # noqa: SLF001
            compiler.compile(pattern, flags)
        return engine, pattern, int(flags), _plain(recorder.calls[-1])
    main = importlib.import_module("regex._main")
    # (a full cache is shrunk at the end of the compile, and its locale record rebuilt from
    # the cached patterns alone: this one, compiled uncached, would lose its record and
    # read as the locale's. No shrink while it compiles.)
    with (
        _replaced(main, "_regex", _Recorder(main._regex)) as recorder,  # noqa: SLF001
        _replaced(main, "_MAXCACHE", sys.maxsize),
    ):
        main._compile(pattern, flags, ignore_unused=False, kwargs={}, cache_it=False)  # noqa: SLF001
        local = main._locale_sensitive.get((str, pattern), True)  # noqa: SLF001
    if local or int(flags) & int(main.LOCALE):
        return None
    return engine, pattern, int(flags), _plain(recorder.calls[-1])


def same(entry: Entry | None, other: Entry | None) -> bool:
    """Whether two entries build the same pattern object.

    ``regex`` lists the members of a pattern's first-character set in the order it
    iterates a Python set, which differs from one process to the next: the opcodes are
    compared as a multiset, everything else exactly.
    """
    if entry is None or other is None or entry[:3] != other[:3]:
        return entry is other
    args, others = entry[3], other[3]
    if entry[0] == "re":
        return bool(args == others)
    code, other_code = args[2], others[2]
    rest = (*args[:2], *args[3:]) == (*others[:2], *others[3:])
    return rest and len(code) == len(other_code) and sorted(code) == sorted(other_code)


def _ours(frame: Any) -> bool:
    """Whether the first caller in ``frame``'s stack outside ``re``/``regex`` is ours."""
    while frame is not None:
        module = str(frame.f_globals.get("__name__", ""))
        if module.partition(".")[0] not in _COMPILERS:
            return module.startswith("noticiaparse.")
        frame = frame.f_back
    return False


def used_by(run: Callable[[], object]) -> set[tuple[str, str, int]]:
    """The patterns (engine, text, flags) that modules of ours ask for while ``run`` runs.

    Every call that compiles a pattern, or looks one up by its text, is seen; a pattern a
    module built before (kept in a variable or a cache of its own) is not asked for
    again, so ``run`` should be the first parsing in its process.
    """
    re = importlib.import_module("re")
    main = importlib.import_module("regex._main")
    seen: set[tuple[str, str, int]] = set()

    def spy(engine: str, compile_: Callable[..., Any]) -> Callable[..., Any]:
        def compiled(pattern: Any, flags: Any, *rest: Any) -> Any:
            named = engine == "regex" and rest[1]  # keyword arguments: named lists
            if isinstance(pattern, str) and not named and _ours(sys._getframe(1)):  # noqa: SLF001
                seen.add((engine, pattern, int(flags)))
            return compile_(pattern, flags, *rest)

        return compiled

    with (
        _replaced(re, "_compile", spy("re", re._compile)),  # noqa: SLF001
        _replaced(main, "_compile", spy("regex", main._compile)),  # noqa: SLF001
    ):
        run()
    return seen


def build(run: Callable[[], object]) -> dict[str, Any]:
    """The file's content for the patterns ``run`` compiles (see :func:`used_by`)."""
    entries = [compile_entry(*key) for key in sorted(used_by(run))]
    content: dict[str, Any] = {"format": _FORMAT, "environment": environment()}
    for engine in _ENGINES:
        content[engine] = [e[1:] for e in entries if e is not None and e[0] == engine]
    return content


def _packed(args: tuple[Any, ...]) -> tuple[Any, ...]:
    """An entry's ``args`` as the file keeps them: the opcodes as one ``bytes``."""
    return (*args[:_CODE], array(_TYPECODE, args[_CODE]).tobytes(), *args[_CODE + 1 :])


def _unpacked(args: tuple[Any, ...]) -> tuple[Any, ...]:
    """An entry's ``args`` as the engine's ``compile`` takes them: the opcodes a list."""
    return (*args[:_CODE], array(_TYPECODE, args[_CODE]).tolist(), *args[_CODE + 1 :])


def encode(content: dict[str, Any]) -> bytes:
    """The bytes of the file for ``content`` (as :func:`build` and :func:`read` give it).

    Not compressed: ``zlib`` would take about 18 M instructions to inflate it in every
    fresh process, and git compresses (and deltas) what it stores anyway.
    """
    stored = dict(content)
    for engine in _ENGINES:
        stored[engine] = [(p, f, _packed(a)) for p, f, a in content.get(engine, [])]
    return marshal.dumps(stored, _MARSHAL)


def _stored(path: str) -> dict[str, Any] | None:
    """The content of the file at ``path`` as stored (opcodes packed), if it is ours."""
    try:
        with open(path, "rb") as fh:
            # our own file, beside this module, written by main() below
            content = marshal.loads(fh.read())  # noqa: S302
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if not isinstance(content, dict) or content.get("format") != _FORMAT:
        return None
    return content


def read(path: str = FILE) -> dict[str, Any] | None:
    """The content of the file at ``path``, or ``None`` if it is missing or not ours."""
    content = _stored(path)
    if content is None:
        return None
    try:
        for engine in _ENGINES:
            content[engine] = [(p, f, _unpacked(a)) for p, f, a in content.get(engine, [])]
    except (TypeError, ValueError, IndexError):
        return None
    return content


class _Kept(dict[Any, Any]):
    """A compiler's cache that builds each pattern kept for it at its first lookup.

    It holds what the cache held, and is looked up as the cache was (``cache[key]``):
    a key it lacks that names a kept pattern is built from its entry, once, and stays
    in it (while the compiler's own bound leaves room); any other is missing, and its
    pattern compiles as usual. A first parse looks up about half the patterns the file
    keeps: the rest are never built.
    """

    def __init__(self, cache: dict[Any, Any], kept: dict[Any, Any], build: Any, room: int) -> None:
        super().__init__(cache)
        self._kept = kept
        self._build = build
        self._room = room

    def __missing__(self, key: Any) -> Any:
        args = self._kept.pop(key, None)
        if args is None:
            raise KeyError(key)
        built = self._build(*_unpacked(args))
        if len(self) < self._room:
            self[key] = built
        else:  # (a full cache: built again at its next lookup)
            self._kept[key] = args
        return built


def _load_re(entries: list[tuple[Any, ...]]) -> int:
    engine = importlib.import_module("_sre")
    re: Any = importlib.import_module("re")
    cache = re._cache  # noqa: SLF001
    room = re._MAXCACHE - len(cache)  # noqa: SLF001
    if type(cache) is not dict or len(entries) > room:
        return 0
    kept = {(str, pattern, flags): args for pattern, flags, args in entries}
    re._cache = _Kept(cache, kept, engine.compile, re._MAXCACHE)  # noqa: SLF001
    return len(entries)


def _load_regex(entries: list[tuple[Any, ...]]) -> int:
    import regex  # noqa: PLC0415

    main: Any = importlib.import_module("regex._main")
    cache, named, local = main._cache, main._named_args, main._locale_sensitive  # noqa: SLF001
    if type(cache) is not dict or len(entries) > main._MAXCACHE - len(cache):  # noqa: SLF001
        return 0
    version = regex.DEFAULT_VERSION
    none: frozenset[Any] = frozenset()
    with main._cache_lock:  # noqa: SLF001
        kept = {}
        for pattern, flags, args in entries:
            kept[pattern, str, flags, none, version, None] = args
            named[pattern, str, flags] = none
            local[str, pattern] = False
        main._cache = _Kept(cache, kept, main._regex.compile, main._MAXCACHE)  # noqa: SLF001
    return len(entries)


@functools.cache
def preload() -> int:
    """Put the file's patterns in the compilers' caches, once; how many it put there.

    Each is built at its first lookup (:class:`_Kept`), not here.

    Nothing (0) when the file is missing, or was built for another Python or ``regex``,
    or the compilers' caches are not what they were: the patterns then compile as usual.
    """
    content = _stored(FILE)
    if content is None:
        return 0
    built, here = content.get("environment", {}), environment()
    loaders = {"re": _load_re, "regex": _load_regex}
    placed = 0
    for engine in _ENGINES:
        if built.get(engine) != here[engine]:
            continue
        try:
            placed += loaders[engine](content.get(engine, []))
        except _MOVED:  # pragma: no cover - an engine whose internals moved
            continue  # its patterns compile as usual
    return placed


def _project_pages() -> Callable[[], object]:  # pragma: no cover - the build's own run
    """A parse of every text under ``tests/data`` (the seed, the real dev pages)."""
    import datetime as dt  # noqa: PLC0415
    import json  # noqa: PLC0415
    from pathlib import Path  # noqa: PLC0415

    import noticiaparse  # noqa: PLC0415

    data = Path(FILE).resolve().parents[2] / "tests" / "data"
    records = [json.loads((data / "seed.json").read_text(encoding="utf-8"))]
    for path in sorted((data / "pages").glob("dev_*.jsonl")):
        lines = path.read_text(encoding="utf-8").splitlines()
        records += [json.loads(line) for line in lines if line.strip()]

    def run() -> None:
        for number, record in enumerate(records):
            text, country = record["text"], record.get("country")
            ref = record.get("reference_date")
            day = dt.date.fromisoformat(ref[:10]) if ref else None
            noticiaparse.parse(text, day, country)
            # the field parsers read a whole page as article text
            noticiaparse.parse_dates(text, day)
            if number % 4 == 0:
                noticiaparse.parse_quotes(text)
                noticiaparse.parse_sources(text)
                noticiaparse.parse_money(text, country)

    return run


def main(argv: list[str]) -> int:  # pragma: no cover - run in a fresh process by the test
    """``python -m noticiaparse._precompiled [--check]``: rebuild the file, or compare.

    It runs under a fixed string hash seed, as the test's check does: a pattern whose
    text follows the order of a set (which that seed sets) is then the same in both,
    though it will not be found in a process with another seed.
    """
    import json  # noqa: PLC0415

    if os.environ.get("PYTHONHASHSEED") != "0":
        import subprocess  # noqa: PLC0415

        env = {**os.environ, "PYTHONHASHSEED": "0"}
        command = [sys.executable, "-m", "noticiaparse._precompiled", *argv]
        return subprocess.run(command, env=env, check=False).returncode  # noqa: S603

    content = build(_project_pages())
    if "--check" in argv:
        print(json.dumps({e: [list(x[:2]) for x in content[e]] for e in _ENGINES}))  # noqa: T201
        return 0
    old = read(FILE) or {}
    for engine in _ENGINES:  # an entry built alike is kept as it was: no noise in git
        kept = {(p, f): (engine, p, f, a) for p, f, a in old.get(engine, [])}
        fresh = [(engine, p, f, a) for p, f, a in content[engine]]
        content[engine] = [(kept[e[1:3]] if same(kept.get(e[1:3]), e) else e)[1:] for e in fresh]

    with open(FILE, "wb") as fh:
        fh.write(encode(content))
    counts = ", ".join(f"{len(content[e])} {e}" for e in _ENGINES)
    print(f"wrote {FILE}: {counts} patterns")  # noqa: T201
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv[1:]))
