"""The command line, run as a user runs it: the installed entry point, in a subprocess."""

from __future__ import annotations

import csv
import io
import itertools
import json
import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest

from noticiaparse._cli import main

SEED = Path(__file__).parent / "data" / "000_faba2bb10d094f8f.txt"

PAGE = (
    "Sube el pasaje del metro\n\n"
    "El boleto costará $830 desde el 1 de marzo, según informó La Tercera.\n\n"
    "«Es un alza necesaria», dijo la ministra Gloria Hutt.\n"
)


def _entry_point() -> list[str]:
    script = Path(sys.executable).parent / "noticiaparse"
    return [str(script)] if script.exists() else [sys.executable, "-m", "noticiaparse"]


@attrs.frozen
class Run:
    """What one run of the command line gave."""

    code: int
    out: str
    err: str

    @property
    def lines(self) -> list[Any]:
        return [json.loads(line) for line in self.out.splitlines() if line]


def cli(*argv: str | Path, stdin: bytes = b"", cwd: Path | None = None) -> Run:
    done = subprocess.run(  # noqa: S603 - our own entry point, fixed arguments
        [*_entry_point(), *map(str, argv)],
        input=stdin,
        capture_output=True,
        check=False,
        timeout=600,
        cwd=cwd,
    )
    return Run(done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8"))


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    """A folder of pages: two text files, an HTML one in a sub-folder, a hidden one."""
    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "in" / "a.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text(PAGE.replace("$830", "$900"), encoding="utf-8")
    html = f"<html><body><h1>Sube el pasaje</h1><p>{PAGE.splitlines()[2]}</p></body></html>"
    (tmp_path / "in" / "sub" / "c.html").write_text(html, encoding="utf-8")
    (tmp_path / "in" / ".hidden.txt").write_text(PAGE, encoding="utf-8")
    return tmp_path / "in"


# --- files in ------------------------------------------------------------------------


def test_parse_a_file_prints_its_article_labelled_with_its_path() -> None:
    run = cli("parse", "--country", "cl", "--reference-date", "2015-11-20", SEED)
    assert (0, "") == (run.code, run.err)
    (line,) = run.lines
    assert str(SEED) == line["path"]
    assert "noticiaparse/1" == line["schema"]  # the article's own JSON form, path added


def test_stdin_is_read_with_a_dash_or_no_file() -> None:
    for argv in (["parse", "-"], ["parse"]):
        run = cli(*argv, stdin=PAGE.encode())
        assert (0, ["<stdin>"]) == (run.code, [line["path"] for line in run.lines])


def test_every_file_is_attempted_and_each_gets_its_line(tmp_path: Path) -> None:
    good1, good2 = tmp_path / "good1.txt", tmp_path / "good2.txt"
    good1.write_text(PAGE, encoding="utf-8")
    good2.write_text(PAGE, encoding="utf-8")
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("canción".encode("latin-1"))
    binary = tmp_path / "image.bin"
    binary.write_bytes(b"\x89PNG\x00\x00")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b" \n")
    missing = tmp_path / "missing.txt"
    run = cli("parse", good1, latin1, binary, empty, missing, good2)
    assert 1 == run.code
    paths = [good1, latin1, binary, empty, missing, good2]
    assert [str(p) for p in paths] == [line["path"] for line in run.lines]
    assert ["article", "error", "error", "error", "error", "article"] == [
        "article" if "schema" in line else "error" for line in run.lines
    ]
    assert [
        f"noticiaparse: {latin1}: not valid UTF-8 at byte 5",
        f"noticiaparse: {binary}: binary file (NUL bytes), not text",
        f"noticiaparse: {empty}: empty file: nothing to parse",
        f"noticiaparse: {missing}: No such file or directory",
    ] == run.err.splitlines()


def test_an_internal_error_in_one_file_is_reported_with_its_path(tmp_path: Path) -> None:
    # the parser made to fail on one text, as a bug would; the real main() runs it
    names = ["a.txt", "bad.txt", "b.txt"]
    for name in names:
        (tmp_path / name).write_text("BOOM" if name == "bad.txt" else PAGE, encoding="utf-8")
    code = (
        "import sys, noticiaparse._pipeline as p\n"
        "real = p.article_of\n"
        "def article_of(text, *rest):\n"
        "    if text == 'BOOM':\n"
        "        raise RuntimeError('boom')\n"
        "    return real(text, *rest)\n"
        "p.article_of = article_of\n"
        "from noticiaparse._cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    done = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code, "parse", *names],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
        timeout=600,
    )
    assert 1 == done.returncode
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert names == [line["path"] for line in lines]
    assert "internal error: RuntimeError: boom" == lines[1]["error"]
    assert ["noticiaparse: bad.txt: internal error: RuntimeError: boom"] == (
        done.stderr.splitlines()
    )


def test_input_dir_is_read_recursively_and_globs_are_expanded(pages: Path) -> None:
    run = cli("parse", "--input-dir", pages)
    expected = [str(pages / "a.txt"), str(pages / "b.txt"), str(pages / "sub" / "c.html")]
    assert (0, expected) == (run.code, [line["path"] for line in run.lines])
    run = cli("parse", "**/*.txt", "nothing*.txt", cwd=pages)
    assert ["a.txt", "b.txt", "nothing*.txt"] == [line["path"] for line in run.lines]
    assert "noticiaparse: nothing*.txt: no file matches this pattern\n" == run.err
    run = cli("parse", "--input-dir", pages / "nope")
    assert (1, f"noticiaparse: {pages / 'nope'}: not a directory\n") == (run.code, run.err)


def test_html_pages_are_parsed_like_text(pages: Path) -> None:
    run = cli("parse", "--country", "CL", pages / "sub" / "c.html")
    article = run.lines[0]
    assert "Sube el pasaje" == article["headline"]["text"]
    assert ["830"] == [m["amount"] for m in article["money"]]


# --- files out -----------------------------------------------------------------------


def test_output_dir_writes_one_file_per_input_with_its_stem(pages: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run = cli("parse", "--input-dir", pages, "--output-dir", out, "--workers", "2")
    assert (0, "") == (run.code, run.err)
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert ["a.json", "b.json", "sub/c.json"] == written
    line = json.loads((out / "b.json").read_text(encoding="utf-8"))
    assert (str(pages / "b.txt"), "900") == (line["path"], line["money"][0]["amount"])


def test_output_file_and_csv_rows(pages: Path, tmp_path: Path) -> None:
    target = tmp_path / "articles.csv"
    run = cli("parse", "--input-dir", pages, "--format", "csv", "-o", target, "--country", "CL")
    assert (0, "", "") == (run.code, run.out, run.err)
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert 3 == len(rows)
    first = rows[0]
    assert str(pages / "a.txt") == first["path"]
    assert "Sube el pasaje del metro" == first["headline"]
    assert first["body"].startswith("El boleto costará $830")
    assert ("1", "1", "") == (first["money"], first["quotes"], first["error"])
    expected = ["path", "headline", "deck", "body", "authors", "published"]
    assert [*expected, "quotes", "sources", "money", "dates", "error"] == list(first)


@pytest.mark.parametrize(
    ("rows", "columns", "value"),
    [
        ("quotes", ["kind", "speaker", "cue", "text"], ["direct", "Gloria Hutt", "dijo"]),
        ("sources", ["name", "kind"], ["La Tercera", "media"]),
        ("money", ["raw", "amount", "currency"], ["$830", "830", "CLP"]),
        ("dates", ["raw", "resolved"], ["1 de marzo", "2024-03-01"]),
    ],
    ids=["quotes", "sources", "money", "dates"],
)
def test_tsv_one_row_per_item(pages: Path, rows: str, columns: list[str], value: list[str]) -> None:
    run = cli(
        "parse",
        pages / "a.txt",
        "--format",
        "tsv",
        "--rows",
        rows,
        "--country",
        "CL",
        "--reference-date",
        "2024-03-20",
    )
    table = list(csv.DictReader(io.StringIO(run.out), delimiter="\t"))
    assert str(pages / "a.txt") == table[0]["path"]
    assert value == [table[0][c] for c in columns][: len(value)]


def test_text_format_is_readable(pages: Path) -> None:
    run = cli("parse", pages / "a.txt", "--format", "text")
    assert run.out.startswith(f"== {pages / 'a.txt'} ==\nheadline:  Sube el pasaje del metro\n")
    assert "quotes 1, sources 2, money 1, dates 1" in run.out
    run = cli("parse", pages / "a.txt", "--format", "text", "--rows", "quotes")
    assert "Gloria Hutt" in run.out.splitlines()[3]


def test_jsonl_records_carry_id_path_and_line(tmp_path: Path) -> None:
    records = tmp_path / "records.jsonl"
    lines = [
        json.dumps({"id": "a", "text": PAGE}),
        "",
        json.dumps({"id": "b", "text": PAGE, "reference_date": "99999-01-01"}),
        json.dumps({"id": "c", "text": "  "}),
    ]
    records.write_text("\n".join(lines) + "\n", encoding="utf-8")
    run = cli("parse", "--jsonl", records, "--reference-date", "2015-11-20T10:00:00")
    assert 1 == run.code
    out = run.lines
    assert [("a", 1), ("b", 3), ("c", 4)] == [(x["id"], x["line"]) for x in out]
    assert {str(records)} == {x["path"] for x in out}
    assert "ValueError: not a date: '99999-01-01' (expected YYYY-MM-DD" in out[1]["error"]
    assert "'text' is empty: nothing to parse" == out[2]["error"]


# --- usage errors, help, exit codes --------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["parse", "--jsonl", "--indent", "2", "-"], "--indent is for --format json"),
        (["parse", "--format", "csv", "--indent", "2", "-"], "--indent is for --format json"),
        (["parse", "--workers", "2", "-"], "nothing to parallelise"),
        (["parse", "--workers", "0", "-"], "at least 1"),
        (["parse", "--rows", "money", "-"], "--rows money needs --format csv, tsv or text"),
        (["parse", "--country", "XX", "-"], "unknown country code 'XX'"),
        (["parse", "--reference-date", "20-11-2015", "-"], "expected YYYY-MM-DD"),
        (["parse", "--output-dir", "out", "-"], "--output-dir needs named input files"),
        (["parse", "-o", "a", "--output-dir", "b", "-"], "not allowed with argument"),
        (["frobnicate"], "invalid choice"),
    ],
    ids=[
        *("jsonl-indent", "csv-indent", "workers-one-input", "zero-workers", "rows-json"),
        *("bad-country", "bad-date", "output-dir-stdin", "two-outputs", "unknown-command"),
    ],
)
def test_usage_errors_exit_2(argv: list[str], message: str) -> None:
    run = cli(*argv)
    assert 2 == run.code
    assert "usage:" in run.err
    assert message in run.err


def test_output_dir_refuses_two_inputs_with_one_stem(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    for folder in ("x", "y"):
        (tmp_path / folder / "a.txt").write_text(PAGE, encoding="utf-8")
    run = cli("parse", "x/a.txt", "y/a.txt", "--output-dir", "out", cwd=tmp_path)
    assert 2 == run.code
    assert "x/a.txt and y/a.txt would both be written to out/a.json" in run.err
    run = cli("parse", "x/a.txt", "--format", "text", "--output-dir", "x", cwd=tmp_path)
    assert (2, True) == (run.code, "would be overwritten by its own output" in run.err)


def test_help_shows_examples_and_exit_codes() -> None:
    for argv in (["--help"], ["parse", "--help"]):
        run = cli(*argv)
        assert 0 == run.code
        assert "examples:\n  noticiaparse parse article.txt" in run.out
        assert "exit codes:" in run.out
        assert "130  interrupted" in run.out


def test_version() -> None:
    from noticiaparse import __version__  # noqa: PLC0415

    assert f"noticiaparse {__version__}\n" == cli("--version").out


def test_progress_bar_can_be_forced_and_quiet_silences_reports(pages: Path) -> None:
    run = cli("parse", "--input-dir", pages, "--progress")
    assert "100%|" in run.err
    run = cli("parse", pages / "a.txt", pages / "missing.txt", "--quiet", "--progress")
    assert (1, "", 2) == (run.code, run.err, len(run.lines))


def _ctrl_c_on() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize("workers", ["1", "2"], ids=["one-process", "two-workers"])
def test_ctrl_c_prints_one_line_and_exits_130(tmp_path: Path, workers: str) -> None:
    records = tmp_path / "many.jsonl"
    record = json.dumps({"text": PAGE * 20})
    records.write_text((record + "\n") * 2_000, encoding="utf-8")
    argv = [*_entry_point(), "parse", "--jsonl", "--workers", workers, str(records)]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    with subprocess.Popen(  # noqa: S603 - our own entry point
        argv,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        # a suite run in the background has Ctrl-C ignored, and so would the child
        preexec_fn=_ctrl_c_on,  # noqa: PLW1509 - sets one signal handler, nothing else
    ) as proc:
        assert proc.stdout is not None
        first = proc.stdout.readline()  # the run is under way
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=600)
    written = len((first + out).splitlines())
    assert 130 == proc.returncode
    noun = "result" if written == 1 else "results"
    assert f"noticiaparse: interrupted; {written} {noun} written\n" == err.decode()
    assert written < 2_000


# --- the one-line checks -------------------------------------------------------------


def test_money_one_liner_prints_a_table() -> None:
    run = cli("money", "El puente costará US$ 1.200 millones y $5,8 millones", "--country", "CL")
    assert 0 == run.code
    expected = [
        "start  end  raw                 amount      currency  symbol",
        "-----  ---  ------------------  ----------  --------  ------",
        "18     36   US$ 1.200 millones  1200000000  USD       US$",
        "39     52   $5,8 millones       5800000     CLP       $",
    ]
    assert expected == run.out.splitlines()


def test_dates_one_liner_resolves_against_the_reference_date() -> None:
    run = cli("dates", "Lo anunció el pasado 11 de mayo", "--reference-date", "2015-11-20")
    assert "2015-05-11" in run.out.splitlines()[2]
    assert "(none)\n" == cli("dates", stdin=b"Nada que ver").out


def test_quotes_one_liner_reads_files(pages: Path) -> None:
    run = cli("quotes", pages / "a.txt")
    assert 0 == run.code
    assert run.out.splitlines()[0].split() == ["start", "end", "kind", "speaker", "cue", "text"]
    assert "Gloria Hutt" in run.out
    run = cli("sources", pages / "a.txt", pages / "missing.txt")
    assert 1 == run.code
    assert f"noticiaparse: {pages / 'missing.txt'}: No such file or directory\n" == run.err
    assert "La Tercera" in run.out


# --- in process ----------------------------------------------------------------------


def test_python_dash_m_and_the_console_script_share_their_entry_point() -> None:
    # the module runs main() only as a script; imported, it just names the entry point
    import noticiaparse.__main__ as entry  # noqa: PLC0415

    assert main is vars(entry)["main"]


def test_python_dash_m_runs_the_command_line() -> None:
    done = subprocess.run(  # noqa: S603 - fixed arguments
        [sys.executable, "-m", "noticiaparse", "parse", str(SEED)],
        capture_output=True,
        check=False,
        timeout=600,
    )
    assert 0 == done.returncode, done.stderr
    assert "noticiaparse/1" == json.loads(done.stdout)["schema"]


def test_an_empty_file_and_an_empty_text_are_treated_alike(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    records = tmp_path / "records.jsonl"
    records.write_text(json.dumps({"id": 1, "text": "  \n"}) + "\n", encoding="utf-8")
    files, jsonl = cli("parse", empty), cli("parse", "--jsonl", records)
    assert (1, 1) == (files.code, jsonl.code)
    assert "empty file: nothing to parse" == files.lines[0]["error"]
    assert "'text' is empty: nothing to parse" == jsonl.lines[0]["error"]
    assert (1, 1) == (len(files.err.splitlines()), len(jsonl.err.splitlines()))


# --- the same paths in this process (the subprocess runs above are not measured) ------

RawCliRunner = Callable[..., tuple[int, str, str]]


@pytest.mark.parametrize(
    ("argv", "code", "expected"),
    [
        (["parse", "{a}", "{missing}", "--format", "csv"], 1, "No such file or directory"),
        (["parse", "{a}", "--format", "tsv", "--rows", "sources"], 0, "La Tercera\tmedia"),
        (["parse", "{a}", "--format", "csv", "--rows", "quotes"], 0, "direct,Gloria Hutt"),
        (["parse", "{a}", "--format", "csv", "--rows", "dates"], 0, "1 de marzo"),
        (["parse", "{a}", "{missing}", "--format", "text"], 1, "error: No such file"),
        (["parse", "{a}", "--format", "text", "--rows", "money"], 0, "$830"),
        (["parse", "{a}", "--format", "text", "--rows", "dates", "-q"], 0, "1 de marzo"),
        (["parse", "{dir}/*.txt", "nada*.txt", "--format", "jsonl"], 1, '"path": "nada*.txt"'),
        (["parse", "--input-dir", "{dir}", "--indent", "1"], 1, '\n "path": '),
        (["parse", "--input-dir", "{dir}/nope"], 1, ""),
        (["parse", "--jsonl", "{records}", "--format", "csv"], 1, "path,line,id,headline"),
        (["parse", "--jsonl", "{records}", "{missing}", "--input-dir", "{dir}/nope"], 1, ""),
        (["parse", "--jsonl", "{empty}"], 1, ""),
        (["parse", "-o", "{dir}/no/such/dir/out.json", "{a}"], 2, ""),
        (["parse", "--workers", "2", "{a}"], 2, ""),
        (["parse", "--workers", "x", "{a}"], 2, ""),
        (["parse", "--reference-date", "ayer", "{a}"], 2, ""),
        (["parse", "--country", "ZZ", "{a}"], 2, ""),
        (["parse", "--output-dir", "{dir}", "{a}", "--format", "text"], 2, ""),
        (["money", "cuesta $5,8 millones", "--country", "CL"], 0, "5800000"),
        (["money"], 0, "830"),
        (["money", "nada"], 0, "(none)"),
        (["dates", "el pasado 11 de mayo", "--reference-date", "2015-11-20"], 0, "2015-05-11"),
        (["quotes", "{a}", "{a}"], 0, "== "),
        (["quotes", "{missing}"], 1, ""),
        (["sources", "-"], 0, "La Tercera"),
    ],
    ids=[
        *("csv-error-row", "tsv-sources", "csv-quotes", "csv-dates", "text-error"),
        *("text-money", "text-quiet", "glob", "indent", "missing-dir", "jsonl-csv"),
        *("jsonl-missing", "jsonl-empty", "unwritable", "one-input-workers", "bad-workers"),
        *("bad-date", "bad-country", "overwrite", "money", "money-stdin", "no-money", "dates"),
        *("quotes-two", "quotes-missing", "sources-stdin"),
    ],
)
def test_in_process(
    run_cli_raw: RawCliRunner, tmp_path: Path, argv: list[str], code: int, expected: str
) -> None:
    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "empty.jsonl").write_text("\n", encoding="utf-8")
    records = tmp_path / "r.jsonl"
    records.write_text(json.dumps({"id": "x", "text": PAGE}) + "\n{roto\n", encoding="utf-8")
    names = {
        "a": tmp_path / "a.txt",
        "missing": tmp_path / "missing.txt",
        "dir": tmp_path,
        "records": records,
        "empty": tmp_path / "empty.jsonl",
    }
    done = run_cli_raw([arg.format(**names) for arg in argv], stdin=PAGE.encode())
    assert code == done[0], done
    assert expected in done[1]


def test_in_process_output_dir_and_output_file(run_cli_raw: RawCliRunner, tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    for name in ("a", "b"):
        (tmp_path / "in" / f"{name}.txt").write_text(PAGE, encoding="utf-8")
    argv = ["parse", "--input-dir", str(tmp_path / "in"), "--output-dir", str(tmp_path / "out")]
    assert 0 == run_cli_raw([*argv, "--format", "tsv"])[0]
    assert ["a.tsv", "b.tsv"] == sorted(p.name for p in (tmp_path / "out").iterdir())
    target = tmp_path / "all.jsonl"
    assert 0 == run_cli_raw(["parse", "--input-dir", str(tmp_path / "in"), "-o", str(target)])[0]
    assert 2 == len(target.read_text(encoding="utf-8").splitlines())


def test_in_process_ctrl_c_counts_what_was_written(
    run_cli_raw: RawCliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import noticiaparse  # noqa: PLC0415

    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    real = noticiaparse.parse_many

    def interrupted(records: Any, workers: Any = None) -> Any:
        yield from itertools.islice(real(records, workers=workers), 1)
        raise KeyboardInterrupt

    monkeypatch.setattr("noticiaparse._cli.parsing.parse_many", interrupted)
    code, out, err = run_cli_raw(["parse", str(tmp_path / "a.txt"), str(tmp_path / "a.txt")])
    assert (130, 1) == (code, len(out.splitlines()))
    assert "noticiaparse: interrupted; 1 result written\n" == err


def test_a_ctrl_c_while_writing_waits_for_the_whole_line() -> None:
    from noticiaparse._cli.parsing import _WholeLines  # noqa: PLC0415

    whole = _WholeLines()
    whole.busy = True
    whole._handler(signal.SIGINT, None)  # noqa: SLF001 - the handler, as a signal calls it
    assert whole.pending
    whole.busy = False
    with pytest.raises(KeyboardInterrupt):
        whole._handler(signal.SIGINT, None)  # noqa: SLF001
