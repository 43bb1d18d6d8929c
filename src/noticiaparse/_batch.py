"""Batch parsing: many records in, results out in input order, failures kept apart.

:func:`parse_many` streams: it reads its input only as far as the results wanted so
far need, so a 1 GB JSONL file goes through in constant memory. With ``workers > 1``
the records travel to worker processes in chunks of a few hundred kilobytes of text,
at most two chunks per worker in flight, and come back in input order. Each worker
loads the parser (modules, lexicons, patterns) as it starts, before its first chunk. Workers are
started with the ``spawn`` method on every platform: it is safe when the caller has
threads (a progress bar, Dask, a web server) and the workers import only
``noticiaparse``. A record that fails is an error result; a worker process that dies
(killed, out of memory) costs only the record it was parsing.

:func:`parse_jsonl` is the same for JSON lines in and JSON lines out, the shape a
distributed engine hands a partition (Dask's ``map_partitions``, Spark's
``mapPartitions``).
"""

from __future__ import annotations

import ast
import datetime as dt
import functools
import inspect
import itertools
import operator
import sys
import time
import types
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

import attrs

from noticiaparse._api import parse
from noticiaparse._checks import check_country, check_reference_date, read_date
from noticiaparse._errors import UnguardedWorkersError
from noticiaparse._model import Article

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

__all__ = [
    "EMPTY_TEXT",
    "BatchResult",
    "InvalidRecord",
    "load_record",
    "parse_jsonl",
    "parse_many",
    "parse_record",
]

# A chunk (one task for a worker) holds about this much work: enough that sending it
# costs little next to parsing it, little enough that the workers finish together.
# Its size in characters follows the parsing speed the workers report (in CPU seconds,
# so a busy machine does not shrink it), within bounds that keep memory flat; a chunk
# also closes at a number of records.
_CHUNK_SECONDS = 0.2
_CHUNK_CHARS_FIRST = 16_384
_CHUNK_CHARS_MIN = 4_096
_CHUNK_CHARS_MAX = 1_048_576
_CHUNK_RECORDS = 128
# Chunks in flight per worker: one being parsed, one waiting, so no worker idles.
_IN_FLIGHT = 2
# The record keys that parsing reads; only these travel to a worker.
_RECORD_KEYS = ("id", "text", "reference_date", "country")

#: The error of a record whose text is empty or only white space (an empty file, too).
EMPTY_TEXT = "'text' is empty: nothing to parse"

_Numbered = tuple[int, object]
_Chunk = tuple[list[_Numbered], int]  # the numbered records, their characters of text


@attrs.frozen
class BatchResult:
    """The outcome of one record: an article, or the reason there is none.

    ``index`` is the record's position in the input (0-based); ``id`` is its ``"id"``.
    """

    index: int
    id: Any
    article: Article | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        """Whether the record parsed."""
        return self.error is None

    def to_dict(self) -> dict[str, Any]:
        """The command line's JSONL form: ``{"id", "article"}`` or ``{"id", "error"}``."""
        if self.article is not None:
            return {"id": self.id, "article": self.article.to_dict()}
        return {"id": self.id, "error": self.error}


_Work = tuple[list[BatchResult], float]  # the results, the seconds they took


@attrs.frozen
class InvalidRecord:
    """A placeholder for an input line that is not a record (not JSON, not UTF-8)."""

    message: str


def _record_id(record: object) -> Any:
    if isinstance(record, Mapping):
        try:
            return record.get("id")
        except Exception:  # noqa: BLE001 - a hostile mapping still gets its error result
            return None
    return None


def parse_record(index: int, record: object) -> BatchResult:
    """Parse one record ``{"id", "text", "reference_date"?, "country"?}``; never raises.

    Args:
        index: the record's position in its batch, reported back unchanged.
        record: a mapping with a ``"text"``; ``"reference_date"`` is an ISO date
            (``YYYY-MM-DD``, a longer ISO timestamp is cut to its date) or a
            ``datetime.date``; ``"country"`` an ISO 3166-1 alpha-2 code, in any
            case. A ``"text"`` that is empty or only white space is an error
            (:data:`EMPTY_TEXT`), as an empty file is on the command line.

    Returns:
        The result: an article, or an error saying what was wrong with the record.

    Examples:
        >>> parse_record(0, {"id": "a", "text": "Hola"}).ok
        True
        >>> parse_record(1, {"id": "b", "text": 7}).error
        "'text' is int, not a string"
    """
    if isinstance(record, InvalidRecord):
        return BatchResult(index, None, error=record.message)
    if not isinstance(record, Mapping):
        return BatchResult(index, None, error=f"record is {type(record).__name__}, not an object")
    rid = _record_id(record)
    try:
        if "text" not in record:
            return BatchResult(index, rid, error="record has no 'text'")
        text = record["text"]
        if not isinstance(text, str):
            return BatchResult(index, rid, error=f"'text' is {type(text).__name__}, not a string")
        if not text.strip():
            return BatchResult(index, rid, error=EMPTY_TEXT)
        reference_date = read_date(record.get("reference_date"))
        article = parse(text, reference_date=reference_date, country=record.get("country"))
    except (TypeError, ValueError) as exc:
        kind = "ValueError" if isinstance(exc, ValueError) else "TypeError"
        return BatchResult(index, rid, error=f"{kind}: {exc}")
    except Exception as exc:  # noqa: BLE001 - a batch never loses the other records
        return BatchResult(index, rid, error=f"internal error: {type(exc).__name__}: {exc}")
    return BatchResult(index, rid, article=article)


def load_record(
    line: str | bytes,
    reference_date: dt.date | None = None,
    country: str | None = None,
) -> object:
    """One JSONL line as a record for :func:`parse_record`; never raises.

    A line that is not UTF-8 or not JSON becomes an :class:`InvalidRecord` saying
    why. ``reference_date`` and ``country`` fill in a record that has none.

    Examples:
        >>> load_record('{"id": 1, "text": "Hola"}', country="CL")
        {'id': 1, 'text': 'Hola', 'country': 'CL'}
        >>> load_record("{oops").message
        'not JSON: Expecting property name enclosed in double quotes (column 2)'
    """
    import json  # noqa: PLC0415 - only JSONL readers pay for it

    try:
        if isinstance(line, bytes):
            line = line.decode("utf-8-sig")
        record = json.loads(line.removeprefix("\ufeff"))
    except UnicodeDecodeError as exc:
        return InvalidRecord(f"not valid UTF-8 at byte {exc.start}")
    except json.JSONDecodeError as exc:
        return InvalidRecord(f"not JSON: {exc.msg} (column {exc.colno})")
    except (RecursionError, ValueError) as exc:  # absurdly deep nesting, huge numbers
        return InvalidRecord(f"not JSON: {type(exc).__name__}")
    if isinstance(record, dict):
        if reference_date is not None and record.get("reference_date") is None:
            record["reference_date"] = reference_date.isoformat()
        if country is not None and record.get("country") is None:
            record["country"] = country
    return record


def _parse_chunk(chunk: list[_Numbered]) -> _Work:
    """A worker's task: parse a chunk of numbered records, and say the CPU seconds it took."""
    start = time.process_time()
    results = [parse_record(index, record) for index, record in chunk]
    return results, time.process_time() - start


@functools.cache
def _field_names(cls: Any) -> tuple[str, ...]:
    return tuple(field.name for field in attrs.fields(cls))


@functools.cache
def _setters(cls: Any) -> tuple[Callable[[object, Any], None], ...]:
    """How each field of ``cls`` is set on a new object: its slot's own setter.

    A slot's descriptor sets the value directly, where ``object.__setattr__`` first
    looks the name up on the class (about half the parent's cost of rebuilding a
    result); a field with no slot of its own is set by name.
    """
    setters: list[Callable[[object, Any], None]] = []
    for name in _field_names(cls):
        slot = inspect.getattr_static(cls, name, None)
        if isinstance(slot, types.MemberDescriptorType):
            setters.append(slot.__set__)
        else:
            setters.append(functools.partial(_set_named, name))
    return tuple(setters)


def _set_named(name: str, obj: object, value: Any) -> None:
    object.__setattr__(obj, name, value)


def _rebuild(cls: Any, values: tuple[Any, ...]) -> object:
    """The result object ``cls`` of ``values``, as a worker sent it (valid there already)."""
    obj = object.__new__(cls)
    for set_field, value in zip(_setters(cls), values, strict=True):
        set_field(obj, value)
    return obj


def _reduce(cls: type, get: Callable[[Any], Any], obj: object) -> tuple[Any, ...]:
    values = get(obj)
    return _rebuild, (cls, values if isinstance(values, tuple) else (values,))


def _reducers() -> dict[type, Callable[[Any], tuple[Any, ...]]]:
    """How a worker pickles its results: each object as its class and its fields' values.

    attrs pickles an object as a dict of its fields, built and read field by field in
    Python; a tuple taken by one ``attrgetter`` costs a worker less, on the hundred
    objects an article holds. The parent rebuilds them with :func:`_rebuild`.
    """
    from noticiaparse import _model  # noqa: PLC0415

    found: list[type] = [c for c in vars(_model).values() if isinstance(c, type) and attrs.has(c)]
    return {
        cls: functools.partial(_reduce, cls, operator.attrgetter(*_field_names(cls)))
        for cls in [BatchResult, *found]
    }


def _slim(record: object) -> object:
    """What a worker needs of ``record``: a plain dict of the keys parsing reads."""
    if type(record) is dict:
        return {key: record[key] for key in _RECORD_KEYS if key in record}
    return record


def _weight(record: object) -> int:
    if isinstance(record, dict):
        text = record.get("text")
        if isinstance(text, str):
            return len(text)
    return 64


class _Sizer:
    """The chunk size in characters, following the parsing speed the workers report."""

    def __init__(self) -> None:
        self.chars = _CHUNK_CHARS_FIRST

    def observe(self, chars: int, seconds: float) -> None:
        if chars > 0 and seconds > 0:
            wanted = chars / seconds * _CHUNK_SECONDS
            smoothed = (self.chars + wanted) / 2
            self.chars = int(min(max(smoothed, _CHUNK_CHARS_MIN), _CHUNK_CHARS_MAX))


def _chunks(numbered: Iterator[_Numbered], sizer: _Sizer) -> Iterator[_Chunk]:
    chunk: list[_Numbered] = []
    size = 0
    for index, record in numbered:
        slim = _slim(record)
        chunk.append((index, slim))
        size += _weight(slim)
        if size >= sizer.chars or len(chunk) >= _CHUNK_RECORDS:
            yield chunk, size
            chunk = []
            size = 0
    if chunk:
        yield chunk, size


def _died(index: int, record: object) -> BatchResult:
    return BatchResult(
        index,
        _record_id(record),
        error="internal error: the worker process died while parsing this record",
    )


# A short page touching every extractor: a worker parses it once when it starts, so
# that the parser's modules, lexicons and patterns load before its first chunk (the
# workers warm up together, and the first chunk's timing sizes the chunks fairly).
# Patterns are compiled when a text first needs them: the page has a weekday, a month,
# a deictic day, a currency word and a sign, the shapes most pages need.
_WARM_UP = (
    "Titular de prueba\n\n"
    "Por Ana Pérez\n\n"
    "Lunes 12 de marzo de 2024\n\n"
    "«La obra costará 5,8 millones de euros y US$ 3 millones», dijo ayer el ministro,"
    " según la agencia, hace dos semanas."
)


def _start_worker() -> None:
    """A worker's start: Ctrl-C is the parent's to handle; the parser loads at once.

    Its results travel in the cheaper form of :func:`_reducers`.
    """
    import signal  # noqa: PLC0415
    from multiprocessing.reduction import ForkingPickler  # noqa: PLC0415

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for cls, reduce in _reducers().items():
        ForkingPickler.register(cls, reduce)
    parse(_WARM_UP)


class _Pool:
    """A spawn-started process pool that is replaced when a worker dies."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        import multiprocessing  # noqa: PLC0415 - only batches with workers pay for it
        from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415

        return ProcessPoolExecutor(
            self.workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_worker,
        )

    def restart(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)
        self.executor = self._start()

    def submit(self, chunk: list[_Numbered]) -> Future[_Work]:
        from concurrent.futures import BrokenExecutor, Future  # noqa: PLC0415

        try:
            return self.executor.submit(_parse_chunk, chunk)
        except BrokenExecutor as exc:  # noticed at submission: settle it on collection
            future: Future[_Work] = Future()
            future.set_exception(exc)
            return future

    def collect(self, chunk: list[_Numbered], future: Future[_Work] | None = None) -> _Work | None:
        """The chunk's work, or ``None`` when a worker died (the pool is restarted)."""
        from concurrent.futures import BrokenExecutor  # noqa: PLC0415

        try:
            return (future or self.submit(chunk)).result()
        except BrokenExecutor:
            self.restart()
            return None
        except Exception:  # noqa: BLE001 - a record that would not travel: parse it here
            return _parse_chunk(chunk)

    def results(self, chunk: list[_Numbered], future: Future[_Work]) -> _Work:
        """The chunk's work; a worker that dies costs only the record that killed it."""
        work = self.collect(chunk, future)
        if work is None:
            # The culprit may be in this chunk or in another one that was in flight:
            # try the chunk again whole, then one record at a time to find which.
            work = self.collect(chunk)
        if work is None:
            results = []
            for index, record in chunk:
                alone = self.collect([(index, record)])
                results.extend(alone[0] if alone is not None else [_died(index, record)])
            work = results, 0.0
        return work

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def _parse_in_pool(numbered: Iterator[_Numbered], workers: int) -> Iterator[BatchResult]:
    sizer = _Sizer()
    chunks = _chunks(numbered, sizer)
    pool = _Pool(workers)
    try:
        pending: deque[tuple[_Chunk, Future[_Work]]] = deque(
            (chunk, pool.submit(chunk[0]))
            for chunk in itertools.islice(chunks, workers * _IN_FLIGHT)
        )
        while pending:
            (records, chars), future = pending.popleft()
            executor = pool.executor
            results, seconds = pool.results(records, future)
            sizer.observe(chars, seconds)
            if pool.executor is not executor:  # replaced: what was in flight is lost
                pending = deque((c, pool.submit(c[0])) for c, _ in pending)
            following = next(chunks, None)
            if following is not None:
                pending.append((following, pool.submit(following[0])))
            yield from results
    finally:
        pool.close()


def _is_main_test(test: ast.expr) -> bool:
    """Whether ``test`` is ``__name__ == "__main__"`` (either way round)."""
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1):
        return False
    sides = [test.left, test.comparators[0]]
    names = {s.id for s in sides if isinstance(s, ast.Name)}
    values = {s.value for s in sides if isinstance(s, ast.Constant)}
    return isinstance(test.ops[0], ast.Eq) and names == {"__name__"} and values == {"__main__"}


def _guarded_lines(path: str) -> list[tuple[int, int]] | None:
    """The line ranges of a script's ``if __name__ == "__main__":`` blocks."""
    from pathlib import Path  # noqa: PLC0415 - only a call with workers reads the script

    try:
        tree = ast.parse(Path(path).read_bytes())
    except (OSError, SyntaxError, ValueError):
        return None
    return [
        (node.lineno, node.end_lineno or node.lineno)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and _is_main_test(node.test)
    ]


def _check_main_guard(workers: int) -> None:
    """Refuse, at once, workers asked for from a script's unguarded top level.

    ``spawn`` runs the script again in each worker: without the guard, each would ask
    for workers of its own, and every record would come back "worker died".
    """
    main = sys.modules.get("__main__")
    path = getattr(main, "__file__", None)
    if main is None or not isinstance(path, str):
        return  # an interactive session, ``python -c``, a notebook: nothing is re-run
    frame: types.FrameType | None = sys._getframe(1)  # noqa: SLF001 - the caller's line
    top = None
    while frame is not None:
        if frame.f_globals is vars(main) and frame.f_code.co_name == "<module>":
            top = frame
        frame = frame.f_back
    if top is None:
        return  # called after the script's top level ran (a callback, a thread)
    line = top.f_lineno
    guards = _guarded_lines(path)
    if guards is None or any(first <= line <= last for first, last in guards):
        return
    msg = (
        f"parse_many(workers={workers}) was called from the top level of {path} "
        f"(line {line}), outside 'if __name__ == \"__main__\":'. Worker processes are "
        "started with 'spawn', which runs the script again in each of them, so each "
        "would start workers of its own. Put the code that parses under the guard:\n\n"
        '    if __name__ == "__main__":\n'
        "        ...  # your parse_many / parse_jsonl call\n\n"
        "or leave workers unset to parse in this process."
    )
    raise UnguardedWorkersError(msg)


def parse_many(records: Iterable[object], workers: int | None = None) -> Iterator[BatchResult]:
    """Parse ``records`` lazily, yielding one :class:`BatchResult` each, in input order.

    Args:
        records: mappings ``{"id", "text", "reference_date"?, "country"?}`` (see
            :func:`parse_record`); any iterable, consumed only as far as the results
            wanted so far need (streaming, constant memory).
        workers: worker processes; ``None`` or ``1`` parses in this process. Workers
            are spawned, so a script that uses them needs the usual
            ``if __name__ == "__main__":`` guard; without it the call raises
            :class:`~noticiaparse.UnguardedWorkersError` at once, saying so.

    Returns:
        An iterator of results, one per record, in input order; a record that fails
        is a result with ``error`` set, and the others still parse.

    Raises:
        TypeError: if ``workers`` is not an ``int`` or ``None``.
        ValueError: if ``workers`` is less than 1.

    Examples:
        >>> results = list(parse_many([{"id": 1, "text": "Hola"}, {"id": 2}]))
        >>> [(r.id, r.ok) for r in results]
        [(1, True), (2, False)]
        >>> results[1].error
        "record has no 'text'"
    """
    if workers is not None and (isinstance(workers, bool) or not isinstance(workers, int)):
        msg = f"workers must be an int or None, not {type(workers).__name__}"
        raise TypeError(msg)
    if workers is not None and workers < 1:
        msg = f"workers must be at least 1, not {workers}"
        raise ValueError(msg)
    numbered = enumerate(records)
    if workers is None or workers == 1:
        return (parse_record(index, record) for index, record in numbered)
    _check_main_guard(workers)
    return _parse_in_pool(numbered, workers)


def parse_jsonl(
    lines: Iterable[str | bytes],
    reference_date: dt.date | None = None,
    country: str | None = None,
    workers: int | None = None,
) -> Iterator[str]:
    r"""Parse JSON lines ``{"id", "text", ...}`` into JSON lines, in input order.

    The output lines are the command line's: ``{"id", "article"}`` for a record that
    parsed, ``{"id", "error"}`` for one that did not (a line that is not JSON gets
    ``"id": null``). Blank lines are skipped; output lines carry no newline. This is
    the function to hand a distributed engine for one partition of JSONL text:
    ``bag.map_partitions(parse_jsonl)`` in Dask, ``rdd.mapPartitions(parse_jsonl)``
    in Spark (see ``docs/scale.md``).

    Args:
        lines: JSONL lines, ``str`` or UTF-8 ``bytes``, with or without their newline.
        reference_date: the publication date for records that give none.
        country: the country hint for records that give none.
        workers: as for :func:`parse_many`.

    Returns:
        An iterator of JSON strings, one per non-blank input line.

    Raises:
        TypeError: if an argument has the wrong type.
        UnknownCountryError: (a ``ValueError``) if ``country`` is not a known code.

    Examples:
        >>> out = list(parse_jsonl(['{"id": 7, "text": "Hola"}\n', "\n", "no JSON\n"]))
        >>> import json
        >>> [json.loads(line).get("error") for line in out]
        [None, 'not JSON: Expecting value (column 1)']
    """
    ref = check_reference_date(reference_date)
    code = check_country(country)
    records = (load_record(line, ref, code) for line in lines if line.strip())
    return (_dumps(result.to_dict()) for result in parse_many(records, workers=workers))


def _dumps(obj: dict[str, Any]) -> str:
    """JSON any UTF-8 writer accepts: ASCII escapes only when there are lone surrogates."""
    import json  # noqa: PLC0415

    line = json.dumps(obj, ensure_ascii=False)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(obj, ensure_ascii=True)
    return line
