"""The command line: ``noticiaparse parse FILE...`` and ``noticiaparse parse --jsonl``.

Exit codes: 0 when everything parsed, 1 when some file, line or record could not be
(each reported on stderr with its location; the rest still go through), 2 for a
usage error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import stat
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from noticiaparse._api import parse
from noticiaparse._batch import load_record, parse_many
from noticiaparse._checks import check_country
from noticiaparse._errors import UnknownCountryError
from noticiaparse._version import __version__

__all__ = ["main"]


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        msg = f"not a YYYY-MM-DD date: {value!r}"
        raise argparse.ArgumentTypeError(msg) from None


def _country(value: str) -> str:
    try:
        code = check_country(value)
    except UnknownCountryError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    assert code is not None  # noqa: S101 - a str in gives a str out
    return code


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="noticiaparse",
        description="Turn the raw text of Spanish-language news pages into typed articles (JSON).",
    )
    ap.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="parse text files (or JSONL records) and print JSON")
    p.add_argument("files", nargs="*", metavar="FILE", help="files to read; '-' or none for stdin")
    p.add_argument(
        "--jsonl", action="store_true", help='read records {"id", "text", ...} one a line'
    )
    p.add_argument("--reference-date", type=_date, metavar="YYYY-MM-DD", help="publication date")
    p.add_argument(
        "--country", type=_country, metavar="CC", help="ISO 3166-1 alpha-2 hint, e.g. CL"
    )
    p.add_argument("--workers", type=int, default=1, metavar="N", help="worker processes (--jsonl)")
    p.add_argument("--indent", type=int, default=None, metavar="N", help="pretty-print JSON")
    return ap


class _Output:
    def __init__(self, stream: IO[bytes], indent: int | None) -> None:
        self.stream = stream
        self.indent = indent

    def write(self, obj: Any) -> None:
        text = json.dumps(obj, ensure_ascii=False, indent=self.indent)
        self.stream.write(text.encode("utf-8", errors="backslashreplace") + b"\n")
        self.stream.flush()


def _read_bytes(name: str, stdin: IO[bytes]) -> bytes:
    if name == "-":
        return stdin.read()
    with open(name, "rb") as fh:
        return fh.read()


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


def _label(name: str) -> str:
    return "<stdin>" if name == "-" else name


def _parse_files(args: argparse.Namespace, out: _Output, stdin: IO[bytes], err: IO[str]) -> int:
    status = 0
    for name in args.files or ["-"]:
        try:
            text = _decode(_read_bytes(name, stdin))
        except (OSError, ValueError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            print(f"noticiaparse: {_label(name)}: {reason}", file=err)
            status = 1
            continue
        if not text.strip():
            print(f"noticiaparse: {_label(name)}: empty file", file=err)
            status = 1
            continue
        article = parse(text, reference_date=args.reference_date, country=args.country)
        out.write(article.to_dict())
    return status


def _size(name: str, stdin: IO[bytes]) -> int | None:
    """The input's size in bytes when it is a regular file (for the progress bar)."""
    try:
        fd = stdin.fileno() if name == "-" else None
        info = os.fstat(fd) if fd is not None else Path(name).stat()
    except (OSError, ValueError, AttributeError):
        return None
    return info.st_size if stat.S_ISREG(info.st_mode) else None


def _records(
    args: argparse.Namespace,
    stdin: IO[bytes],
    report: _Report,
    where: dict[int, tuple[str, int]],
) -> Iterator[object]:
    index = 0
    for name in args.files or ["-"]:
        try:
            fh: IO[bytes] = stdin if name == "-" else open(name, "rb")  # noqa: SIM115
        except OSError as exc:
            report.error(f"{_label(name)}: {exc.strerror or exc}")
            continue
        first = index
        try:
            for lineno, line in enumerate(fh, 1):
                if not line.strip():
                    report.advance(len(line))
                    continue
                where[index] = (f"{_label(name)}:{lineno}", len(line))
                index += 1
                yield load_record(line, args.reference_date, args.country)
        finally:
            if fh is not stdin:
                fh.close()
        if index == first:
            report.error(f"{_label(name)}: empty file (no records)")


class _Report:
    """Error lines on stderr, and a progress bar there when stderr is a terminal."""

    def __init__(self, err: IO[str], total: int | None) -> None:
        self.err = err
        self.failed = False
        self.bar: Any = None
        isatty = getattr(err, "isatty", None)
        if callable(isatty) and isatty():
            from tqdm import tqdm  # noqa: PLC0415 - only a terminal pays for the import

            self.bar = tqdm(
                total=total,
                file=err,
                unit="B",
                unit_scale=True,
                unit_divisor=1024,
                desc="noticiaparse",
                dynamic_ncols=True,
            )

    def error(self, message: str) -> None:
        self.failed = True
        line = f"noticiaparse: {message}"
        if self.bar is None:
            print(line, file=self.err)
        else:
            self.bar.write(line, file=self.err)

    def advance(self, nbytes: int) -> None:
        if self.bar is not None:
            self.bar.update(nbytes)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _parse_jsonl(args: argparse.Namespace, out: _Output, stdin: IO[bytes], err: IO[str]) -> int:
    sizes = [_size(name, stdin) for name in args.files or ["-"]]
    total = None if None in sizes else sum(size or 0 for size in sizes)
    report = _Report(err, total)
    where: dict[int, tuple[str, int]] = {}
    try:
        records = _records(args, stdin, report, where)
        for result in parse_many(records, workers=args.workers):
            location, nbytes = where.pop(result.index, ("?", 0))
            if not result.ok:
                report.error(f"{location}: {result.error}")
            out.write(result.to_dict())
            report.advance(nbytes)
    finally:
        report.close()
    return 1 if report.failed else 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    ap = _parser()
    args = ap.parse_args(argv)
    if args.workers < 1:
        ap.error("--workers must be at least 1")
    stdin = sys.stdin.buffer
    out = _Output(sys.stdout.buffer, args.indent)
    try:
        if args.jsonl:
            return _parse_jsonl(args, out, stdin, sys.stderr)
        return _parse_files(args, out, stdin, sys.stderr)
    except BrokenPipeError:  # pragma: no cover - reader went away (e.g. `| head`)
        return 1
