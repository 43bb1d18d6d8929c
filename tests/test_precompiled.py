"""The compiled-pattern file matches the sources, and using it changes no result.

``src/noticiaparse/_precompiled.bin`` keeps, for each pattern the parser compiles on the
project's pages, what ``re``/``regex`` hand their C engine. These tests compile every
entry afresh and require the same hand-over, require the file to hold every pattern a
fresh process compiles on those pages, and check that :func:`preload` leaves a file
built elsewhere (another Python, another ``regex``) unused.
"""

from __future__ import annotations

import importlib
import json
import marshal
import os
import re
import subprocess
import sys
import zlib
from array import array
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import regex

from noticiaparse import _precompiled
from noticiaparse._precompiled import (
    FILE,
    build,
    compile_entry,
    encode,
    environment,
    preload,
    read,
    same,
    used_by,
)

REBUILD = "rebuild it: python -m noticiaparse._precompiled"
CONTENT = read(FILE)


def _entries(engine: str) -> list[tuple[Any, ...]]:
    assert CONTENT is not None, f"{FILE} is missing or unreadable; {REBUILD}"
    entries: list[tuple[Any, ...]] = CONTENT[engine]
    return entries


def _built_here(engine: str) -> bool:
    return CONTENT is not None and CONTENT["environment"][engine] == environment()[engine]


@pytest.mark.parametrize("engine", ["re", "regex"])
def test_every_entry_is_what_the_compiler_builds_now(engine: str) -> None:
    if not _built_here(engine):
        pytest.skip(f"the file's {engine} entries were built for another {engine}")
    wrong = [
        pattern
        for pattern, flags, args in _entries(engine)
        if not same(compile_entry(engine, pattern, flags), (engine, pattern, flags, args))
    ]
    assert not wrong, f"{len(wrong)} stale entries, e.g. {wrong[0]!r}; {REBUILD}"


def test_the_file_holds_every_pattern_the_parser_compiles_on_the_project_pages() -> None:
    # a fresh process: the patterns this one compiled already would not be seen again
    done = subprocess.run(
        [sys.executable, "-m", "noticiaparse._precompiled", "--check"],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONHASHSEED": "0"},  # as the build runs
    )
    wanted = json.loads(done.stdout)
    for engine in ("re", "regex"):
        held = {(pattern, flags) for pattern, flags, _ in _entries(engine)}
        missing = [p for p, f in wanted[engine] if (p, f) not in held]
        unused = len(held) - (len(wanted[engine]) - len(missing))
        assert not missing, f"{len(missing)} {engine} patterns missing ({REBUILD}): {missing[0]!r}"
        assert not unused, f"{unused} {engine} patterns no longer compiled; {REBUILD}"


def test_the_file_is_written_the_same_way_each_time() -> None:
    """Rebuilt from the same sources, the file is the same bytes (no noise in git)."""
    assert CONTENT is not None
    assert encode(CONTENT) == Path(FILE).read_bytes()


def test_the_opcodes_are_kept_as_the_ints_they_are() -> None:
    """Packed as the machine's 32-bit ints and back: every opcode of every entry, as is."""
    assert CONTENT is not None
    stored = marshal.loads(Path(FILE).read_bytes())  # noqa: S302 - our own file
    for engine in ("re", "regex"):
        for (pattern, flags, args), (_, _, packed) in zip(
            CONTENT[engine], stored[engine], strict=True
        ):
            assert isinstance(packed[2], bytes), pattern
            assert all(isinstance(op, int) and 0 <= op < 2**32 for op in args[2]), pattern
            assert len(packed[2]) == 4 * len(args[2]), pattern
            assert (*args[:2], *args[3:]) == (*packed[:2], *packed[3:]), (pattern, flags)
    entry = compile_entry("regex", r"(?:casa|perro|gato)s?", 0)
    assert entry is not None
    content = {"format": 2, "environment": {}, "re": [], "regex": [entry[1:]]}
    packed = marshal.loads(encode(content))["regex"][0][2]  # noqa: S302 - our own bytes
    assert isinstance(packed[2], bytes)
    assert _precompiled._unpacked(packed) == entry[3]  # noqa: SLF001


def test_a_preloaded_pattern_is_the_one_compile_returns_and_matches_alike() -> None:
    if not (_built_here("regex") and _built_here("re")):
        pytest.skip("the file was built for another Python or regex")
    # How many it places is read in a fresh interpreter: in a long run the caches may be
    # full before the first parse, and then regex's are left alone (by design).
    done = subprocess.run(
        [sys.executable, "-c", "from noticiaparse._precompiled import preload; print(preload())"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert int(done.stdout) == len(_entries("re")) + len(_entries("regex"))
    preload()
    samples = [
        "El lunes 3 de marzo de 2024, a las 10.30, el ministro dijo: «Costará $5,8 millones».",
        "Por Ana Pérez | Redacción\nActualizado el 12/03/2024 - 18:45 hrs.",
        "",
        "ÁÉÍÓÚ ñ ü — «» “” 1.234,56 US$ 3 mil millones ayer, anteayer y pasado mañana",
    ]
    for pattern, flags, _ in _entries("regex"):
        preloaded = regex.compile(pattern, flags)
        fresh = regex.compile(pattern, flags, cache_pattern=False)
        assert preloaded is not fresh
        for text in samples:
            found = [m.span() for m in preloaded.finditer(text)]
            assert found == [m.span() for m in fresh.finditer(text)], pattern
    compiler: Any = sys.modules["re._compiler"]
    for pattern, flags, _ in _entries("re"):
        cached = re.compile(pattern, flags)
        built = compiler.compile(pattern, flags)
        assert cached is not built
        assert (cached.flags, cached.groupindex) == (built.flags, built.groupindex)
        for text in samples:
            spans = [m.span() for m in cached.finditer(text)]
            assert spans == [m.span() for m in built.finditer(text)], pattern


def test_a_kept_pattern_is_built_at_its_first_lookup_and_only_then() -> None:
    if not (_built_here("regex") and _built_here("re")):
        pytest.skip("the file was built for another Python or regex")
    probe = (
        "import re, regex, regex._main as m\n"
        "from noticiaparse._precompiled import preload, read\n"
        "placed = preload()\n"
        "first = dict(read())['regex'][0]\n"
        "before = len(m._cache)\n"
        "built = regex.compile(first[0], first[1])\n"
        "print(placed, before, len(m._cache) - before, built is regex.compile(first[0], first[1]),"
        " type(re._cache).__name__, type(m._cache).__name__)\n"
    )
    command = [sys.executable, "-c", probe]
    done = subprocess.run(command, capture_output=True, text=True, check=True)  # noqa: S603
    placed, before, added, same_object, re_cache, regex_cache = done.stdout.split()
    assert int(placed) == len(_entries("re")) + len(_entries("regex"))
    assert int(before) < len(_entries("regex"))  # none of ours built yet
    assert (added, same_object, re_cache, regex_cache) == ("1", "True", "_Kept", "_Kept")


def test_a_kept_pattern_is_built_again_when_the_cache_is_full() -> None:
    calls: list[tuple[Any, ...]] = []

    def build(*args: Any) -> tuple[Any, ...]:
        calls.append(args)
        return args

    entry = ("p", 0, ("p", 0, array("I", [1, 2]).tobytes()))
    kept = _precompiled._Kept({}, {"k": entry[2]}, build, room=0)  # noqa: SLF001
    assert kept["k"] == ("p", 0, [1, 2])
    assert kept["k"] == ("p", 0, [1, 2])
    assert len(calls) == 2
    assert "k" not in kept
    with pytest.raises(KeyError):
        kept["other"]
    roomy = _precompiled._Kept({"a": 1}, {"k": entry[2]}, build, room=5)  # noqa: SLF001
    assert roomy["k"] is roomy["k"]
    assert dict(roomy) == {"a": 1, "k": ("p", 0, [1, 2])}


def test_a_file_built_elsewhere_or_broken_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert read(str(tmp_path / "none.bin")) is None
    garbage = tmp_path / "garbage.bin"
    garbage.write_bytes(b"not marshal")
    assert read(str(garbage)) is None
    other = tmp_path / "other.bin"
    other.write_bytes(marshal.dumps({"format": 0}))
    assert read(str(other)) is None
    old = tmp_path / "old.bin"  # the first format: compressed
    old.write_bytes(zlib.compress(marshal.dumps({"format": 1})))
    assert read(str(old)) is None
    broken = tmp_path / "broken.bin"
    broken.write_bytes(marshal.dumps({"format": _precompiled._FORMAT, "re": [("x", 0, ())]}))  # noqa: SLF001
    assert read(str(broken)) is None
    elsewhere = tmp_path / "elsewhere.bin"
    content = {
        "format": _precompiled._FORMAT,  # noqa: SLF001
        "environment": {"re": ["pypy", 2, 7], "regex": ["0.0"]},
        "re": [("x", 0, ())],
        "regex": [("x", 0, ())],
    }
    elsewhere.write_bytes(marshal.dumps(content))
    monkeypatch.setattr(_precompiled, "FILE", str(elsewhere))
    assert preload.__wrapped__() == 0
    monkeypatch.setattr(_precompiled, "FILE", str(tmp_path / "none.bin"))
    assert preload.__wrapped__() == 0


def test_a_full_cache_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    engine: Any = re
    monkeypatch.setattr(re, "_MAXCACHE", len(engine._cache))  # noqa: SLF001
    assert _precompiled._load_re([("x", 0, ())]) == 0  # noqa: SLF001
    main = sys.modules["regex._main"]
    monkeypatch.setattr(main, "_MAXCACHE", len(main._cache))  # noqa: SLF001
    assert _precompiled._load_regex([("x", 0, ())]) == 0  # noqa: SLF001


def test_only_the_patterns_our_modules_compile_are_kept() -> None:
    def frame(module: str, back: object = None) -> SimpleNamespace:
        return SimpleNamespace(f_globals={"__name__": module}, f_back=back)

    ours = frame("noticiaparse._text.fold")
    assert _precompiled._ours(frame("regex._main", frame("regex", ours)))  # noqa: SLF001
    assert _precompiled._ours(frame("sre_compile", frame("re", ours)))  # noqa: SLF001
    assert not _precompiled._ours(frame("re", frame("json.decoder", ours)))  # noqa: SLF001
    assert not _precompiled._ours(frame("re"))  # noqa: SLF001
    assert not _precompiled._ours(None)  # noqa: SLF001
    # compiled from here (a test), not by the package: not kept
    assert used_by(lambda: (re.compile("w7-a+"), regex.compile("w7-b+"))) == set()
    content = build(lambda: None)
    assert content["re"] == content["regex"] == []


def test_entries_are_the_same_up_to_the_order_of_a_first_set() -> None:
    entry = compile_entry("regex", r"(?:casa|perro|gato)s?", 0)
    assert entry is not None
    engine, pattern, flags, args = entry
    shuffled = (engine, pattern, flags, (*args[:2], list(reversed(args[2])), *args[3:]))
    assert same(entry, shuffled)
    longer = (engine, pattern, flags, (*args[:2], [*args[2], 0], *args[3:]))
    assert not same(entry, longer)
    assert not same(entry, (engine, pattern + "x", flags, args))
    assert same(None, None)
    assert not same(entry, None)
    plain = compile_entry("re", "a|b", 0)
    assert same(plain, plain)
    assert plain is not None
    assert not same(plain, (*plain[:3], (*plain[3][:2], [], *plain[3][3:])))


def test_an_entry_is_built_for_either_engine_and_a_locale_pattern_is_not_stored() -> None:
    engine, pattern, flags, args = compile_entry("re", "[0-9]+", re.IGNORECASE)  # type: ignore[misc]
    assert (engine, pattern, flags) == ("re", "[0-9]+", int(re.IGNORECASE))
    assert args[0] == "[0-9]+"
    entry = compile_entry("regex", r"\p{L}+", regex.V0)
    assert entry is not None
    assert entry[:3] == ("regex", r"\p{L}+", int(regex.V0))
    assert compile_entry("regex", r"(?L)\w+", 0) is None


def test_an_entry_is_built_when_the_regex_cache_is_full() -> None:
    # A full cache is shrunk at the end of a compile and its locale record rebuilt from
    # the cached patterns only: an entry compiled uncached must not read as the locale's
    # (it did, at random, late in a long test run).
    main = importlib.import_module("regex._main")
    for k in range(3):
        i = 0
        while len(main._cache) < main._MAXCACHE:  # noqa: SLF001
            regex.compile(f"relleno{k}_{i}x")
            i += 1
        assert compile_entry("regex", r"(?:casa|perro|gato)s?", 0) is not None
