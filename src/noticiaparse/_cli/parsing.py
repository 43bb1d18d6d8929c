"""``noticiaparse parse``: every input parsed, each result written where it belongs."""

from __future__ import annotations

import argparse
import signal
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from noticiaparse._batch import parse_many
from noticiaparse._cli.inputs import Hints, Input, Located, gather, records, total_size
from noticiaparse._cli.options import check_combinations
from noticiaparse._cli.outputs import Outcome, Outputs, Style
from noticiaparse._cli.report import Report

__all__ = ["Interrupted", "run_parse"]


class Interrupted(KeyboardInterrupt):
    """Ctrl-C during a run, with how many results had been written."""

    def __init__(self, written: int) -> None:
        super().__init__(written)
        self.written = written


class _WholeLines:
    """Ctrl-C while a result is being written takes effect once it is written whole.

    So the count in the interruption's report is exactly the results in the output.
    """

    def __init__(self) -> None:
        self.busy = False
        self.pending = False
        self.previous: Any = None

    def _handler(self, _signum: int, _frame: object) -> None:
        if self.busy:
            self.pending = True
        else:
            raise KeyboardInterrupt

    def install(self) -> None:
        """Take over Ctrl-C (in the main thread, when Python's own handler has it)."""
        if threading.current_thread() is threading.main_thread():
            current = signal.getsignal(signal.SIGINT)
            if current is signal.default_int_handler:
                self.previous = current
                signal.signal(signal.SIGINT, self._handler)

    def restore(self) -> None:
        """Give Ctrl-C back."""
        if self.previous is not None:
            signal.signal(signal.SIGINT, self.previous)

    def write(self, outputs: Outputs, outcome: Outcome) -> None:
        """Write one result whole, then take a Ctrl-C that came meanwhile."""
        self.busy = True
        try:
            outputs.write(outcome)
        finally:
            self.busy = False
        if self.pending:
            raise KeyboardInterrupt


def _output_dir_problem(inputs: Sequence[Input], outputs: Outputs) -> str | None:
    taken: dict[Path, str] = {}
    for item in inputs:
        if item.problem is not None:
            continue
        if item.path is None:
            return "--output-dir needs named input files, not stdin"
        target = outputs.target(item)
        if target in taken:
            return f"{taken[target]} and {item.label} would both be written to {target}"
        if target.resolve() == item.path.resolve():
            return f"{item.label} would be overwritten by its own output"
        taken[target] = item.label
    return None


def _outputs(
    args: argparse.Namespace,
    ap: argparse.ArgumentParser,
    inputs: Sequence[Input],
    stdout: IO[bytes],
) -> Outputs:
    """Where the results go, or a usage error (exit 2) saying why they cannot."""
    style = Style(args.format, args.rows, args.indent, records=args.jsonl)
    directory = None if args.output_dir is None else Path(args.output_dir)
    outputs = Outputs(style, stdout, directory)
    problem = None if directory is None else _output_dir_problem(inputs, outputs)
    if problem is not None:
        ap.error(problem)
    if args.output is not None:
        try:
            outputs.stream = Path(args.output).open("wb")  # noqa: SIM115 - closed by run_parse
        except OSError as exc:
            ap.error(f"cannot write {args.output}: {exc.strerror or exc}")
    return outputs


def run_parse(
    args: argparse.Namespace,
    ap: argparse.ArgumentParser,
    stdin: IO[bytes],
    stdout: IO[bytes],
    err: IO[str],
) -> int:
    """Parse every input of ``args``; the exit code (0, or 1 when something failed)."""
    inputs = gather(args.files, args.input_dir)
    problem = check_combinations(args, len(inputs))
    if problem is not None:
        ap.error(problem)
    outputs = _outputs(args, ap, inputs, stdout)
    progress = False if args.quiet else args.progress
    report = Report(err, total_size(inputs, stdin), progress=progress, quiet=args.quiet)
    hints = Hints(args.reference_date, args.country)
    where: dict[int, Located] = {}

    def numbered() -> Iterator[object]:
        found = records(inputs, stdin, hints, jsonl=args.jsonl, report=report.error)
        for index, (record, located) in enumerate(found):
            where[index] = located
            yield record

    whole = _WholeLines()
    whole.install()
    try:
        for result in parse_many(numbered(), workers=args.workers):
            outcome = Outcome(where.pop(result.index), result)
            if not result.ok:
                report.error(f"{outcome.where}: {result.error}")
            whole.write(outputs, outcome)
            report.advance(outcome.located.nbytes)
    except KeyboardInterrupt:
        raise Interrupted(outputs.written) from None
    finally:
        whole.restore()
        outputs.close()
        report.close()
        if args.output is not None:
            outputs.stream.close()
    return 1 if report.failed else 0
