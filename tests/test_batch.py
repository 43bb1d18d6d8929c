from __future__ import annotations

import ast
import copyreg
import datetime as dt
import io
import itertools
import json
import os
import pickle
import subprocess
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import noticiaparse
from noticiaparse._batch import (
    _CHUNK_CHARS_MAX,
    _CHUNK_CHARS_MIN,
    _CHUNK_RECORDS,
    _IN_FLIGHT,
    BatchResult,
    InvalidRecord,
    _chunks,
    _died,
    _guarded_lines,
    _is_main_test,
    _parse_chunk,
    _Pool,
    _reducers,
    _Sizer,
    _start_worker,
    load_record,
    parse_jsonl,
    parse_many,
    parse_record,
)
from noticiaparse._cli import main

ARTICLES = [
    (
        "Gobierno anuncia plan de vivienda\n\nEl ministro dijo ayer que el programa costará"
        " $12.000 millones y beneficiará a 40 mil familias."
    ),
    (
        "Alza del pasaje\n\nDesde el 1 de marzo, el boleto del metro subirá a $830, según"
        ' informó el Panel de Expertos. "Es un ajuste menor", afirmó su presidenta.'
    ),
    (
        "Lluvias en el sur\n\nLa Dirección Meteorológica anunció para el martes"
        " precipitaciones de hasta 40 milímetros en Valdivia."
    ),
    (
        "Récord de exportaciones\n\nLas ventas de cobre al exterior sumaron US$ 4.500 millones"
        " en octubre pasado, informó el Banco Central."
    ),
]


def _records(n: int) -> list[dict[str, Any]]:
    return [{"id": f"a{i}", "text": ARTICLES[i % len(ARTICLES)], "country": "CL"} for i in range(n)]


class _Bomb(str):
    """A text that kills the worker process that unpickles it."""

    __slots__ = ()

    def __reduce__(self) -> tuple[Any, ...]:
        return (os._exit, (3,))


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


# --- import cost --------------------------------------------------------------------


def test_import_leaves_the_heavy_modules_for_later() -> None:
    probe = (
        "import sys, noticiaparse; print(sorted(m for m in ('dateparser', 'tqdm', 'dask',"
        " 'concurrent.futures') if m in sys.modules))"
    )
    done = subprocess.run(  # noqa: S603 - our own interpreter
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert "[]" == done.stdout.strip()


# --- parse_record ---------------------------------------------------------------


def test_parse_record_gives_what_parse_gives() -> None:
    record = {
        "id": 9,
        "text": ARTICLES[1],
        "reference_date": "2024-02-20",
        "country": "CL",
        "outlet": "ignored",
    }
    expected = noticiaparse.parse(ARTICLES[1], dt.date(2024, 2, 20), "CL")
    assert BatchResult(3, 9, article=expected) == parse_record(3, record)


def test_parse_record_takes_a_date_object_and_a_timestamp() -> None:
    expected = noticiaparse.parse(ARTICLES[0], dt.date(2024, 2, 20))
    as_date = parse_record(0, {"text": ARTICLES[0], "reference_date": dt.date(2024, 2, 20)})
    as_stamp = parse_record(0, {"text": ARTICLES[0], "reference_date": "2024-02-20T10:31:00Z"})
    assert (expected, expected) == (as_date.article, as_stamp.article)


@pytest.mark.parametrize(
    ("record", "error"),
    [
        ({"id": 1}, "record has no 'text'"),
        ({"id": 1, "text": None}, "'text' is NoneType, not a string"),
        ({"id": 1, "text": ["Hola"]}, "'text' is list, not a string"),
        (["Hola"], "record is list, not an object"),
        ("Hola", "record is str, not an object"),
        (InvalidRecord("not JSON: Expecting value (column 1)"), "not JSON: Expecting value"),
        ({"id": 1, "text": "Hola", "reference_date": "ayer"}, "ValueError: not a date: 'ayer'"),
        (
            {"id": 1, "text": "Hola", "reference_date": "99999-01-01"},
            "ValueError: not a date: '99999-01-01' (expected YYYY-MM-DD, such as '2015-11-20'",
        ),
        ({"id": 1, "text": "Hola", "reference_date": 20151120}, "TypeError: reference_date"),
        ({"id": 1, "text": ""}, "'text' is empty: nothing to parse"),
        ({"id": 1, "text": " \n\t"}, "'text' is empty: nothing to parse"),
        ({"id": 1, "text": "Hola", "country": "XX"}, "XX"),
        ({"id": 1, "text": "Hola", "country": 56}, "TypeError: country must be str"),
    ],
    ids=[
        "no-text",
        "text-null",
        "text-list",
        "not-a-mapping",
        "bare-string",
        "invalid-line",
        "bad-reference-date",
        "reference-date-out-of-range",
        "reference-date-number",
        "empty-text",
        "white-space-text",
        "unknown-country",
        "country-not-str",
    ],
)
def test_parse_record_reports_a_bad_record(record: object, error: str) -> None:
    result = parse_record(5, record)
    assert (5, False, None) == (result.index, result.ok, result.article)
    assert result.error is not None
    assert error in result.error


def test_batch_result_pickles_and_serialises() -> None:
    result = parse_record(0, {"id": "x", "text": ARTICLES[3], "country": "CL"})
    assert result == pickle.loads(pickle.dumps(result))  # noqa: S301 - our own bytes
    assert result.article is not None
    assert {"id": "x", "article": result.article.to_dict()} == result.to_dict()
    assert {"id": None, "error": "e"} == BatchResult(1, None, error="e").to_dict()


# --- parse_many -----------------------------------------------------------------


def test_parse_many_keeps_order_and_the_good_records() -> None:
    records: list[object] = [*_records(3), {"id": "bad"}, *_records(2)]
    results = list(parse_many(records))
    assert list(range(6)) == [r.index for r in results]
    assert ["a0", "a1", "a2", "bad", "a0", "a1"] == [r.id for r in results]
    assert [True, True, True, False, True, True] == [r.ok for r in results]


def test_parse_many_streams_in_process() -> None:
    pulled = itertools.count()

    def endless() -> Iterator[dict[str, Any]]:
        for i in itertools.count():
            next(pulled)
            yield {"id": i, "text": ARTICLES[i % len(ARTICLES)]}

    first = list(itertools.islice(parse_many(endless()), 3))
    assert [0, 1, 2] == [r.id for r in first]
    assert 3 == next(pulled)


@pytest.mark.parametrize(
    ("workers", "error"),
    [(0, ValueError), (-2, ValueError), ("2", TypeError), (2.0, TypeError), (True, TypeError)],
    ids=["zero", "negative", "str", "float", "bool"],
)
def test_parse_many_rejects_bad_workers(workers: Any, error: type[Exception]) -> None:
    with pytest.raises(error):
        parse_many([], workers=workers)


@pytest.mark.parametrize(
    ("chars", "seconds", "expected"),
    [
        (100_000, 1.0, 20_000),
        (100_000_000, 1.0, _CHUNK_CHARS_MAX),
        (10, 1.0, _CHUNK_CHARS_MIN),
        (5_000, 0.0, 16_384),
    ],
    ids=["follows-the-speed", "capped", "floored", "no-timing"],
)
def test_chunks_hold_a_fifth_of_a_second_of_work(chars: int, seconds: float, expected: int) -> None:
    sizer = _Sizer()
    for _ in range(30):
        sizer.observe(chars, seconds)
    assert abs(expected - sizer.chars) <= 1


def test_workers_give_the_same_results_in_order() -> None:
    records: list[object] = [*_records(7), "not a record", *_records(5)]
    records[2] = {**_records(3)[2], "gold": {"huge": "x" * 1000}}  # extra keys stay home
    expected = list(parse_many(records))
    assert expected == list(parse_many(records, workers=2))


def test_workers_stream_with_bounded_input() -> None:
    pulled = itertools.count()

    def endless() -> Iterator[dict[str, Any]]:
        for i in itertools.count():
            next(pulled)
            yield {"id": i, "text": "Breve\n\nEl alcalde habló ayer."}

    results = parse_many(endless(), workers=2)
    first = list(itertools.islice(results, 5))
    results.close()  # type: ignore[attr-defined]
    assert [0, 1, 2, 3, 4] == [r.id for r in first]
    assert next(pulled) <= (2 * _IN_FLIGHT + 1) * _CHUNK_RECORDS + 1


def test_a_dead_worker_costs_only_its_record() -> None:
    records: list[object] = list(_records(6))
    records[2] = {"id": "boom", "text": _Bomb("Texto que mata al proceso")}
    results = list(parse_many(records, workers=2))
    assert ["a0", "a1", "boom", "a3", "a4", "a5"] == [r.id for r in results]
    assert [True, True, False, True, True, True] == [r.ok for r in results]
    assert results[2].error is not None
    assert "worker process died" in results[2].error


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=8,
)
records_strategy = st.lists(
    st.one_of(
        json_values,
        st.fixed_dictionaries(
            {"id": json_values, "text": st.text(max_size=200)},
            optional={"country": json_values, "reference_date": json_values},
        ),
    ),
    max_size=6,
)


@given(records_strategy)
def test_parse_many_gives_one_result_per_record_whatever_they_are(records: list[Any]) -> None:
    results = list(parse_many(records))
    assert list(range(len(records))) == [r.index for r in results]
    assert all(r.ok == (r.article is not None) for r in results)


# --- load_record and parse_jsonl --------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (b'{"id": 1, "text": "Hola"}\n', {"id": 1, "text": "Hola", "country": "CL"}),
        ('\ufeff{"id": 1, "text": "Hola"}', {"id": 1, "text": "Hola", "country": "CL"}),
        (b'{"text": "Hola", "country": "MX"}', {"text": "Hola", "country": "MX"}),
        (b"[1, 2]", [1, 2]),
        (b"\xff\xfe{}", InvalidRecord("not valid UTF-8 at byte 0")),
        (b'{"id": 1', InvalidRecord("not JSON: Expecting ',' delimiter (column 9)")),
        (b"[" * 100_000, InvalidRecord("not JSON: RecursionError")),
    ],
    ids=["bytes", "bom", "own-country-wins", "array", "not-utf8", "truncated", "deep-nesting"],
)
def test_load_record(line: str | bytes, expected: object) -> None:
    assert expected == load_record(line, country="CL")


def test_parse_jsonl_gives_the_command_line_form() -> None:
    lines: list[str | bytes] = [
        json.dumps({"id": "n1", "text": ARTICLES[0]}) + "\n",
        "   \n",
        "esto no es JSON\n",
        json.dumps({"id": "n2", "text": ARTICLES[3], "country": "AR"}).encode(),
    ]
    out = [json.loads(line) for line in parse_jsonl(lines, dt.date(2024, 5, 2), country="CL")]
    first = noticiaparse.parse(ARTICLES[0], dt.date(2024, 5, 2), "CL").to_dict()
    second = noticiaparse.parse(ARTICLES[3], dt.date(2024, 5, 2), "AR").to_dict()
    assert [
        {"id": "n1", "article": first},
        {"id": None, "error": "not JSON: Expecting value (column 1)"},
        {"id": "n2", "article": second},
    ] == out


def test_parse_jsonl_output_always_encodes() -> None:
    line = json.dumps({"id": "\ud800", "text": "Hola\ud83d"})
    (out,) = parse_jsonl([line])
    out.encode("utf-8")
    assert "\ud800" == json.loads(out)["id"]


def test_parse_jsonl_checks_its_arguments_at_once() -> None:
    with pytest.raises(noticiaparse.UnknownCountryError):
        parse_jsonl([], country="ZZ")


# --- the command line's --jsonl -----------------------------------------------------


def _jsonl(tmp_path: Path) -> Path:
    path = tmp_path / "in.jsonl"
    lines = [json.dumps(r) for r in _records(3)]
    lines.insert(1, "{roto")
    path.write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("workers", ["1", "2"], ids=["one-worker", "two-workers"])
def test_cli_jsonl_reports_errors_and_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], workers: str
) -> None:
    path = _jsonl(tmp_path)
    status = main(["parse", "--jsonl", "--workers", workers, str(path)])
    out, err = capsys.readouterr()
    ids = [json.loads(line)["id"] for line in out.splitlines()]
    assert (1, ["a0", None, "a1", "a2"]) == (status, ids)
    assert f"noticiaparse: {path}:2: not JSON: Expecting property name" in err
    assert "%|" not in err  # no progress bar when stderr is not a terminal


def test_cli_jsonl_shows_progress_on_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _jsonl(tmp_path)
    tty = _Tty()
    monkeypatch.setattr(sys, "stderr", tty)
    status = main(["parse", "--jsonl", str(path)])
    out, _ = capsys.readouterr()
    err = tty.getvalue()
    assert (1, 4) == (status, len(out.splitlines()))
    assert "100%|" in err
    assert f"noticiaparse: {path}:2: not JSON" in err


def test_cli_jsonl_missing_file_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _jsonl(tmp_path)
    status = main(["parse", "--jsonl", str(tmp_path / "nada.jsonl"), str(path)])
    out, err = capsys.readouterr()
    assert (1, 4) == (status, len(out.splitlines()))
    assert "nada.jsonl: No such file or directory" in err


class _HostileMapping(Mapping[str, object]):
    """A mapping whose ``get`` fails, as a broken user type might."""

    def __init__(self, data: dict[str, object]) -> None:
        self.data = data

    def __getitem__(self, key: str) -> object:
        return self.data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.data)

    def __len__(self) -> int:
        return len(self.data)

    def get(self, key: str, default: object = None) -> object:  # noqa: ARG002
        raise RuntimeError(key)


def test_a_hostile_mapping_gets_its_error_without_an_id() -> None:
    result = parse_record(3, _HostileMapping({"id": "x", "text": "Hola"}))
    assert (3, None) == (result.index, result.id)
    assert "internal error: RuntimeError: reference_date" == result.error


def test_an_unexpected_failure_is_an_internal_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_: object, **__: object) -> None:
        raise RuntimeError("lexicon missing")

    monkeypatch.setattr("noticiaparse._batch.parse", broken)
    result = parse_record(0, {"id": "a", "text": "Hola"})
    assert ("a", "internal error: RuntimeError: lexicon missing") == (result.id, result.error)


def test_parse_chunk_parses_every_record_and_times_itself() -> None:
    chunk: list[tuple[int, object]] = [(5, {"id": "a", "text": ARTICLES[0]}), (6, {"id": "b"})]
    results, seconds = _parse_chunk(chunk)
    assert [(5, "a", True), (6, "b", False)] == [(r.index, r.id, r.ok) for r in results]
    assert seconds >= 0


def test_a_worker_starts_deaf_to_interrupts_and_with_the_parser_loaded(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import signal  # noqa: PLC0415
    from multiprocessing.reduction import ForkingPickler  # noqa: PLC0415

    handlers: list[tuple[int, object]] = []
    parsed: list[str] = []
    monkeypatch.setattr(signal, "signal", lambda sig, handler: handlers.append((sig, handler)))
    monkeypatch.setattr("noticiaparse._batch.parse", parsed.append)
    pickler: Any = ForkingPickler
    monkeypatch.setattr(pickler, "_extra_reducers", dict(pickler._extra_reducers))  # noqa: SLF001
    _start_worker()
    assert [(signal.SIGINT, signal.SIG_IGN)] == handlers
    assert BatchResult in pickler._extra_reducers  # noqa: SLF001
    assert len(parsed) == 1
    article = noticiaparse.parse(parsed[0])
    assert article.quotes
    assert article.money
    assert article.dates


def test_results_travel_as_field_values_and_come_back_equal(seed_record: dict[str, Any]) -> None:
    reducers = _reducers()
    assert noticiaparse.Article in reducers
    assert noticiaparse.Quote in reducers
    results = [
        parse_record(0, {"id": "seed", "text": seed_record["text"], "country": "CL"}),
        parse_record(1, {"id": [1, "x"], "text": ARTICLES[3], "reference_date": "2024-03-01"}),
        parse_record(2, {"id": None}),
    ]
    assert results[0].article is not None
    assert results[0].article.quotes
    assert results[0].article.money
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = {**copyreg.dispatch_table, **reducers}
    pickler.dump(results)
    back = pickle.loads(buffer.getvalue())  # noqa: S301 - our own bytes
    assert back == results
    assert [r.to_dict() for r in back] == [r.to_dict() for r in results]
    assert b"_rebuild" in buffer.getvalue()


def test_chunks_weigh_odd_records_and_end_on_a_full_chunk() -> None:
    sizer = _Sizer()
    sizer.chars = _CHUNK_CHARS_MAX
    records: list[object] = ["not a record", {"id": 1, "text": 7}] * (_CHUNK_RECORDS // 2)
    chunks = list(_chunks(enumerate(records), sizer))
    assert [(_CHUNK_RECORDS, 64 * _CHUNK_RECORDS)] == [(len(c), size) for c, size in chunks]


class _BrokenExecutor:
    def submit(self, *_: object) -> object:
        from concurrent.futures.process import BrokenProcessPool  # noqa: PLC0415

        raise BrokenProcessPool("a worker died")


def _pool_without_processes(executor: object) -> _Pool:
    pool = _Pool.__new__(_Pool)
    pool.workers = 1
    pool.executor = executor  # type: ignore[assignment]
    return pool


def test_a_broken_pool_at_submission_is_settled_on_collection() -> None:
    from concurrent.futures.process import BrokenProcessPool  # noqa: PLC0415

    future = _pool_without_processes(_BrokenExecutor()).submit([(0, {"text": "Hola"})])
    assert isinstance(future.exception(), BrokenProcessPool)


def test_a_chunk_that_would_not_travel_is_parsed_here() -> None:
    from concurrent.futures import Future  # noqa: PLC0415

    future: Future[Any] = Future()
    future.set_exception(pickle.PicklingError("cannot pickle a generator"))
    chunk: list[tuple[int, object]] = [(0, {"id": "a", "text": ARTICLES[1]})]
    work = _pool_without_processes(_BrokenExecutor()).collect(chunk, future)
    assert work is not None
    assert [parse_record(0, {"id": "a", "text": ARTICLES[1]}).to_dict()] == [
        r.to_dict() for r in work[0]
    ]


@pytest.mark.parametrize(
    ("record", "rid"), [({"id": "n-7", "text": "Hola"}, "n-7"), ("not a record", None)]
)
def test_a_record_that_killed_its_worker_is_reported(record: object, rid: object) -> None:
    result = _died(4, record)
    assert (4, rid, "internal error: the worker process died while parsing this record") == (
        result.index,
        result.id,
        result.error,
    )


# --- workers asked for from a script without its main guard ------------------------

_UNGUARDED = {
    "top-level": (
        "import noticiaparse\n"
        "results = list(noticiaparse.parse_many([{'text': 'Hola'}], workers=2))\n"
    ),
    "through-a-function": (
        "import noticiaparse\n\n"
        "def run():\n"
        '    lines = [\'{"text": "Hola"}\']\n'
        "    return list(noticiaparse.parse_jsonl(lines, workers=2))\n\n"
        "run()\n"
    ),
    "guard-elsewhere": (
        "import noticiaparse\n"
        "if __name__ == '__main__':\n"
        "    print('hello')\n"
        "results = list(noticiaparse.parse_many([{'text': 'Hola'}], workers=2))\n"
    ),
}


def _script(tmp_path: Path, source: str) -> subprocess.CompletedProcess[str]:
    script = tmp_path / "myscript.py"
    script.write_text(source, encoding="utf-8")
    return subprocess.run(  # noqa: S603 - our own script
        [sys.executable, str(script)], capture_output=True, text=True, check=False, timeout=600
    )


@pytest.mark.parametrize("source", list(_UNGUARDED.values()), ids=list(_UNGUARDED))
def test_workers_without_the_main_guard_fail_at_once_saying_what_to_add(
    tmp_path: Path, source: str
) -> None:
    done = _script(tmp_path, source)
    assert 1 == done.returncode
    assert 1 == done.stderr.count("Traceback")  # no worker was started
    last = done.stderr.strip().splitlines()
    assert last[0].startswith("Traceback")
    assert "noticiaparse._errors.UnguardedWorkersError: parse_many(workers=2)" in done.stderr
    assert f"top level of {tmp_path / 'myscript.py'}" in done.stderr
    assert '    if __name__ == "__main__":' in last


def test_workers_under_the_main_guard_run(tmp_path: Path) -> None:
    source = (
        "import noticiaparse\n\n"
        "def main():\n"
        "    records = [{'id': i, 'text': 'Hola'} for i in range(3)]\n"
        "    print([r.id for r in noticiaparse.parse_many(records, workers=2)])\n\n"
        'if __name__ == "__main__":\n'
        "    main()\n"
    )
    done = _script(tmp_path, source)
    assert (0, "[0, 1, 2]\n", "") == (done.returncode, done.stdout, done.stderr)


@pytest.mark.parametrize(
    ("test", "expected"),
    [
        ('__name__ == "__main__"', True),
        ('"__main__" == __name__', True),
        ('__name__ != "__main__"', False),
        ("__name__ == 'x'", False),
        ("x == '__main__'", False),
        ("a < b < c", False),
        ("flag", False),
    ],
    ids=["usual", "reversed", "not-equal", "other-name", "other-variable", "chain", "name"],
)
def test_the_main_guard_is_recognised(test: str, *, expected: bool) -> None:
    node = ast.parse(test, mode="eval").body
    assert expected == _is_main_test(node)


def test_a_script_that_cannot_be_read_is_not_refused(tmp_path: Path) -> None:
    assert _guarded_lines(str(tmp_path / "gone.py")) is None
