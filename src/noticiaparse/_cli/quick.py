"""The one-line checks: ``noticiaparse money|dates TEXT`` and ``quotes|sources FILE``.

Each prints a plain table of what it found, the quick look a journalist or an analyst
takes before writing code.
"""

from __future__ import annotations

import argparse
from typing import IO

from noticiaparse._api import parse_dates, parse_money
from noticiaparse._batch import parse_record
from noticiaparse._cli.inputs import Hints, gather, records
from noticiaparse._cli.rows import ITEM_ROWS, render_table

__all__ = ["run_quick"]


def _table(kind: str, items: tuple[object, ...]) -> str:
    columns, _, row = ITEM_ROWS[kind]
    return render_table(columns, [row(item) for item in items]) if items else "(none)"


def _emit(stdout: IO[bytes], text: str) -> None:
    stdout.write((text + "\n").encode("utf-8", errors="backslashreplace"))
    stdout.flush()


def run_quick(args: argparse.Namespace, stdin: IO[bytes], stdout: IO[bytes], err: IO[str]) -> int:
    """Run ``money``, ``dates``, ``quotes`` or ``sources``; the exit code."""
    if args.command in {"money", "dates"}:
        text = " ".join(args.text) if args.text else stdin.read().decode("utf-8", "replace")
        if args.command == "money":
            found: tuple[object, ...] = parse_money(text, country=args.country)
        else:
            found = parse_dates(text, reference_date=args.reference_date)
        _emit(stdout, _table(args.command, found))
        return 0
    status = 0
    inputs = gather(args.files, [])
    located = records(
        inputs,
        stdin,
        Hints(),
        jsonl=False,
        report=lambda message: print(f"noticiaparse: {message}", file=err),
    )
    for index, (record, where) in enumerate(located):
        result = parse_record(index, record)
        heading = f"== {where.input.label} ==\n" if len(inputs) > 1 else ""
        if result.article is None:
            print(f"noticiaparse: {where.input.label}: {result.error}", file=err)
            status = 1
            continue
        items: tuple[object, ...] = tuple(ITEM_ROWS[args.command][1](result.article))
        _emit(stdout, heading + _table(args.command, items))
    return status
