"""The command line: ``noticiaparse parse FILE...`` and ``noticiaparse parse --jsonl``.

Exit codes: 0 when everything parsed, 1 when some file, line or record could not be
(each reported on stderr with its location; the rest still go through), 2 for a
usage error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterator, Sequence
from typing import IO, Any

from noticiaparse._api import parse
from noticiaparse._batch import InvalidRecord, parse_many
from noticiaparse._context import check_country
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


def _records(
    args: argparse.Namespace,
    stdin: IO[bytes],
    err: IO[str],
    where: dict[int, str],
    failed: list[bool],
) -> Iterator[object]:
    index = 0
    for name in args.files or ["-"]:
        try:
            fh: IO[bytes] = stdin if name == "-" else open(name, "rb")  # noqa: SIM115
        except OSError as exc:
            print(f"noticiaparse: {_label(name)}: {exc.strerror or exc}", file=err)
            failed.append(True)
            continue
        try:
            for lineno, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                where[index] = f"{_label(name)}:{lineno}"
                index += 1
                yield _record(line, args)
        finally:
            if fh is not stdin:
                fh.close()


def _record(line: bytes, args: argparse.Namespace) -> object:
    try:
        record = json.loads(line.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        return InvalidRecord(f"not valid UTF-8 at byte {exc.start}")
    except json.JSONDecodeError as exc:
        return InvalidRecord(f"not JSON: {exc.msg} (column {exc.colno})")
    if isinstance(record, dict):
        if args.reference_date is not None and record.get("reference_date") is None:
            record["reference_date"] = args.reference_date.isoformat()
        if args.country is not None and record.get("country") is None:
            record["country"] = args.country
    return record


def _parse_jsonl(args: argparse.Namespace, out: _Output, stdin: IO[bytes], err: IO[str]) -> int:
    where: dict[int, str] = {}
    failed: list[bool] = []
    status = 0
    for result in parse_many(_records(args, stdin, err, where, failed), workers=args.workers):
        location = where.pop(result.index, "?")
        if not result.ok:
            print(f"noticiaparse: {location}: {result.error}", file=err)
            status = 1
        out.write(result.to_dict())
    return 1 if failed else status


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
