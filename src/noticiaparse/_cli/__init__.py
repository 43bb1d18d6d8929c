"""The command line: ``noticiaparse parse``, and the one-line checks.

The one-line checks are ``money``, ``dates``, ``quotes`` and ``sources``.

Exit codes: 0 when everything parsed; 1 when some file, line or record could not be
(each reported on stderr with its location and given its own output line; the rest
still go through); 2 for a usage error; 130 when interrupted (Ctrl-C), after one line
saying how many results were written.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    try:
        from noticiaparse._cli.options import build_parser  # noqa: PLC0415
        from noticiaparse._cli.parsing import run_parse  # noqa: PLC0415
        from noticiaparse._cli.quick import run_quick  # noqa: PLC0415

        ap = build_parser()
        args = ap.parse_args(argv)
        stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
        if args.command == "parse":
            return run_parse(args, args.command_parser, stdin, stdout, sys.stderr)
        return run_quick(args, stdin, stdout, sys.stderr)
    except KeyboardInterrupt as exc:
        written = getattr(exc, "written", 0)
        noun = "result" if written == 1 else "results"
        sys.stderr.write(f"noticiaparse: interrupted; {written} {noun} written\n")
        return 130
    except BrokenPipeError:  # pragma: no cover - the reader went away (`| head`)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
