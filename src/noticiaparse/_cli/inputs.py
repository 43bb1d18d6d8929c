"""What the command line reads: files, globs, directories and stdin, as records.

Each input becomes records for :func:`noticiaparse.parse_many`: a text file is one
record, a JSONL file one per non-blank line. An input that cannot be read becomes an
:class:`~noticiaparse._batch.InvalidRecord` in its place, so it still gets its
output line and its report, in order.
"""

from __future__ import annotations

import datetime as dt
import glob
import os
import stat
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path, PurePath
from typing import IO

import attrs

from noticiaparse._batch import InvalidRecord, load_record

__all__ = ["EMPTY_FILE", "STDIN", "Hints", "Input", "Located", "gather", "records", "total_size"]

#: How standard input is named in reports and output lines.
STDIN = "<stdin>"

#: The error of a text file that is empty or only white space (as a record's empty text).
EMPTY_FILE = "empty file: nothing to parse"

_MAGIC = frozenset("*?[")


@attrs.frozen
class Input:
    """One input: ``label`` as reported, ``path`` to read (``None``: stdin).

    ``relative`` names the input's output under ``--output-dir``; ``problem`` says why
    it cannot be read at all (a glob that matched nothing, a missing directory).
    """

    label: str
    path: Path | None
    relative: PurePath = attrs.field(factory=lambda: PurePath("stdin"))
    problem: str | None = None


@attrs.frozen
class Located:
    """Where a record came from: its input, and its line for JSONL (else ``None``)."""

    input: Input
    line: int | None
    nbytes: int


def _hidden(relative: PurePath) -> bool:
    return any(part.startswith(".") for part in relative.parts)


def _tree(directory: str) -> Iterator[Input]:
    root = Path(directory)
    if not root.is_dir():
        yield Input(directory, None, PurePath(root.name), problem="not a directory")
        return
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        relative = path.relative_to(root)
        if not _hidden(relative):
            yield Input(str(path), path, relative)


def _named(name: str) -> Iterator[Input]:
    if name == "-":
        yield Input(STDIN, None)
        return
    path = Path(name)
    if _MAGIC.isdisjoint(name) or path.exists():
        yield Input(name, path, PurePath(path.name))
        return
    matches = sorted(m for m in glob.glob(name, recursive=True) if Path(m).is_file())  # noqa: PTH207
    if not matches:
        yield Input(name, None, PurePath(path.name), problem="no file matches this pattern")
    for match in matches:
        yield Input(match, Path(match), PurePath(Path(match).name))


def gather(files: Sequence[str], input_dirs: Sequence[str]) -> list[Input]:
    """The inputs in the order given; a glob's matches and a tree's files sorted.

    With no file and no directory, the input is stdin.
    """
    found = [item for name in files for item in _named(name)]
    found += [item for directory in input_dirs for item in _tree(directory)]
    return found or [Input(STDIN, None)]


def total_size(inputs: Sequence[Input], stdin: IO[bytes]) -> int | None:
    """The inputs' size in bytes when every one is a regular file (for the progress bar)."""
    total = 0
    for item in inputs:
        try:
            info = os.fstat(stdin.fileno()) if item.path is None else item.path.stat()
        except (OSError, ValueError, AttributeError):
            return None
        if not stat.S_ISREG(info.st_mode):
            return None
        total += info.st_size
    return total


def _decode(data: bytes) -> str:
    """UTF-8 text (a BOM is dropped), or ``ValueError`` saying why it is not text."""
    if b"\x00" in data:
        msg = "binary file (NUL bytes), not text"
        raise ValueError(msg)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        msg = f"not valid UTF-8 at byte {exc.start}"
        raise ValueError(msg) from None


def _reason(exc: Exception) -> str:
    return exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)


def _read(item: Input, stdin: IO[bytes]) -> bytes:
    if item.problem is not None:
        raise ValueError(item.problem)
    if item.path is None:
        return stdin.read()
    return item.path.read_bytes()


def _text_record(
    item: Input, stdin: IO[bytes], reference_date: dt.date | None, country: str | None
) -> tuple[object, int]:
    try:
        data = _read(item, stdin)
        text = _decode(data)
    except (OSError, ValueError) as exc:
        return InvalidRecord(_reason(exc)), 0
    if not text.strip():
        return InvalidRecord(EMPTY_FILE), len(data)
    return {"text": text, "reference_date": reference_date, "country": country}, len(data)


def _jsonl_records(
    item: Input,
    stdin: IO[bytes],
    reference_date: dt.date | None,
    country: str | None,
    report: Callable[[str], None],
) -> Iterator[tuple[object, Located]]:
    if item.problem is not None:
        report(f"{item.label}: {item.problem}")
        return
    try:
        fh: IO[bytes] = stdin if item.path is None else item.path.open("rb")
    except OSError as exc:
        report(f"{item.label}: {_reason(exc)}")
        return
    seen = False
    try:
        for lineno, line in enumerate(fh, 1):
            if line.strip():
                seen = True
                yield load_record(line, reference_date, country), Located(item, lineno, len(line))
    finally:
        if fh is not stdin:
            fh.close()
    if not seen:
        report(f"{item.label}: empty file (no records)")


@attrs.frozen
class Hints:
    """The command line's ``--reference-date`` and ``--country``, for every record."""

    reference_date: dt.date | None = None
    country: str | None = None


def records(
    inputs: Sequence[Input],
    stdin: IO[bytes],
    hints: Hints,
    *,
    jsonl: bool,
    report: Callable[[str], None],
) -> Iterator[tuple[object, Located]]:
    """Every record of ``inputs`` with where it came from, read lazily in order.

    ``report`` receives the problems that leave no record (a JSONL file that cannot
    be opened or has no records).
    """
    ref, country = hints.reference_date, hints.country
    for item in inputs:
        if jsonl:
            yield from _jsonl_records(item, stdin, ref, country, report)
        else:
            record, nbytes = _text_record(item, stdin, ref, country)
            yield record, Located(item, None, nbytes)
