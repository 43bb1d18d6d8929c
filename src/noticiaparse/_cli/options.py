"""The command line's options, their help, and the checks that refuse bad combinations."""

from __future__ import annotations

import argparse
import datetime as dt

from noticiaparse._checks import check_country, read_date
from noticiaparse._cli.outputs import FORMATS
from noticiaparse._cli.rows import ITEM_ROWS
from noticiaparse._errors import InvalidDateError, UnknownCountryError
from noticiaparse._version import __version__

__all__ = ["EXIT_CODES", "build_parser", "check_combinations"]

EXIT_CODES = """\
exit codes:
  0    everything parsed
  1    some file, line or record could not be parsed: each is reported on stderr
       and has its own output line; everything else was parsed
  2    usage error (unknown option, bad --country or --reference-date, options
       that do not go together)
  130  interrupted (Ctrl-C): the lines written so far are complete
"""

EXAMPLES = """\
examples:
  noticiaparse parse article.txt page.html
  noticiaparse parse --country CL --reference-date 2015-11-20 --indent 1 article.txt
  noticiaparse parse --input-dir pages/ --output-dir parsed/ --workers 2
  noticiaparse parse 'pages/**/*.txt' --format csv -o articles.csv
  noticiaparse parse --jsonl records.jsonl --format tsv --rows quotes
  noticiaparse money "El puente costará US$ 1.200 millones" --country CL
  noticiaparse dates "Lo anunció el pasado 11 de mayo" --reference-date 2015-11-20
  noticiaparse quotes article.txt
"""


def _date(value: str) -> dt.date:
    try:
        parsed = read_date(value)
    except InvalidDateError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    assert parsed is not None  # noqa: S101 - a str in gives a date out
    return parsed


def _country(value: str) -> str:
    try:
        code = check_country(value)
    except UnknownCountryError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    assert code is not None  # noqa: S101 - a str in gives a str out
    return code


def _workers(value: str) -> int:
    try:
        workers = int(value)
    except ValueError:
        workers = 0
    if workers < 1:
        msg = f"must be a whole number, at least 1: {value!r}"
        raise argparse.ArgumentTypeError(msg)
    return workers


def _add_hints(p: argparse.ArgumentParser, *, country: bool, date: bool) -> None:
    if date:
        p.add_argument(
            "--reference-date",
            type=_date,
            metavar="DATE",
            help="the publication date, for resolving 'ayer' or 'el pasado 11 de mayo': "
            "YYYY-MM-DD, or an ISO timestamp, cut to its date (as in JSONL records)",
        )
    if country:
        p.add_argument(
            "--country",
            type=_country,
            metavar="CC",
            help="ISO 3166-1 alpha-2 hint for the local meaning of '$' (CL, MX, AR…; any case)",
        )


def _parse_command(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "parse",
        help="parse text or HTML files (or JSONL records) into articles",
        description="Parse text or HTML files, or JSONL records, into articles: "
        "one output per input, labelled with its path.",
        epilog=EXAMPLES + "\n" + EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="files or glob patterns ('pages/**/*.html'); '-' or none reads stdin",
    )
    p.add_argument(
        "--input-dir",
        action="append",
        default=[],
        metavar="DIR",
        help="read every file under DIR, recursively (hidden ones skipped); repeatable",
    )
    p.add_argument(
        "--jsonl", action="store_true", help='inputs are JSONL records {"id", "text", ...}'
    )
    _add_hints(p, country=True, date=True)
    p.add_argument(
        "--format",
        choices=FORMATS,
        default=None,
        help="output format (default: json; jsonl for --jsonl input)",
    )
    p.add_argument(
        "--rows",
        choices=("articles", *ITEM_ROWS),
        default="articles",
        help="with csv, tsv or text: one row per article (default) or per item",
    )
    out = p.add_mutually_exclusive_group()
    out.add_argument("-o", "--output", metavar="FILE", help="write everything to FILE")
    out.add_argument(
        "--output-dir",
        metavar="DIR",
        help="write one file per input under DIR, with the input's stem (and sub-folders)",
    )
    p.add_argument("--indent", type=int, metavar="N", help="pretty-print JSON (--format json)")
    p.add_argument(
        "--workers", type=_workers, default=1, metavar="N", help="worker processes (default 1)"
    )
    p.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="a progress bar on stderr (default: only when stderr is a terminal)",
    )
    p.add_argument(
        "-q", "--quiet", action="store_true", help="report nothing on stderr; the exit code says"
    )
    p.set_defaults(command_parser=p)


def _quick_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    for name, what in (("money", "amounts of money"), ("dates", "date mentions")):
        p = sub.add_parser(
            name,
            help=f"print the {what} in a text, as a table",
            description=f"Print the {what} found in TEXT (or stdin) as a plain table.",
            epilog=EXAMPLES + "\n" + EXIT_CODES,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        p.add_argument("text", nargs="*", metavar="TEXT", help="the text (words are joined)")
        _add_hints(p, country=name == "money", date=name == "dates")
    for name, what in (("quotes", "quotations"), ("sources", "sources")):
        p = sub.add_parser(
            name,
            help=f"print the {what} of article files, as a table",
            description=f"Parse each FILE (or stdin) as an article; print its {what}.",
            epilog=EXAMPLES + "\n" + EXIT_CODES,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        p.add_argument("files", nargs="*", metavar="FILE", help="'-' or none reads stdin")
        _add_hints(p, country=False, date=False)


def build_parser() -> argparse.ArgumentParser:
    """The ``noticiaparse`` argument parser, with its subcommands."""
    ap = argparse.ArgumentParser(
        prog="noticiaparse",
        description="Typed articles (headline, deck, body, quotes, sources, money, dates) "
        "from the raw text or HTML of Spanish-language news pages.",
        epilog=EXAMPLES + "\n" + EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = ap.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _parse_command(sub)
    _quick_commands(sub)
    return ap


def check_combinations(args: argparse.Namespace, inputs: int) -> str | None:
    """Why the ``parse`` options do not go together, or ``None``.

    ``inputs`` is how many inputs the files, globs and directories gave.
    """
    fmt = args.format or ("jsonl" if args.jsonl else "json")
    args.format = fmt
    if args.indent is not None and (args.jsonl or fmt != "json"):
        given = "--jsonl" if args.jsonl else f"--format {fmt}"
        return f"--indent is for --format json; {given} writes one line per result"
    if args.rows != "articles" and fmt not in {"csv", "tsv", "text"}:
        return f"--rows {args.rows} needs --format csv, tsv or text"
    if args.workers > 1 and not args.jsonl and inputs <= 1:
        return f"--workers {args.workers} with one input: there is nothing to parallelise"
    return None
