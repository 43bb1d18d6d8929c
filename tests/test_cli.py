"""The command line: files, stdin, JSONL records, error reports and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from noticiaparse._cli import main

#: The ``run_cli`` fixture of conftest.py: ``(argv, stdin=b"")`` -> (code, JSON lines, stderr).
CliRunner = Callable[..., tuple[int, list[Any], str]]

SEED = Path(__file__).parent / "data" / "000_faba2bb10d094f8f.txt"


def test_parse_a_file(run_cli: CliRunner) -> None:
    code, lines, err = run_cli(["parse", "--country", "CL", str(SEED)])
    assert (0, "") == (code, err)
    assert "noticiaparse/1" == lines[0]["schema"]


def test_parse_stdin(run_cli: CliRunner) -> None:
    code, lines, _ = run_cli(["parse", "-"], stdin=b"Hola mundo")
    assert 0 == code
    assert 1 == len(lines)


def test_bad_files_are_reported_and_the_rest_go_through(run_cli: CliRunner, tmp_path: Path) -> None:
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("canción".encode("latin-1"))
    binary = tmp_path / "image.bin"
    binary.write_bytes(b"\x89PNG\x00\x00")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    missing = tmp_path / "missing.txt"
    argv = ["parse", str(latin1), str(SEED), str(binary), str(empty), str(missing)]
    code, lines, err = run_cli(argv)
    assert 1 == code
    assert 1 == len(lines)
    assert f"{latin1}: not valid UTF-8 at byte 5" in err
    assert f"{binary}: binary file" in err
    assert f"{empty}: empty file" in err
    assert f"{missing}: No such file or directory" in err


def test_jsonl_keeps_order_and_reports_bad_lines(run_cli: CliRunner, tmp_path: Path) -> None:
    records = tmp_path / "records.jsonl"
    records.write_text(
        "\n".join(
            [
                json.dumps({"id": "a", "text": "Hola", "country": "CL"}),
                "{not json",
                json.dumps({"id": "c"}),
                "",
                json.dumps({"id": "d", "text": 5}),
                json.dumps({"id": "e", "text": "Chao", "country": "XX"}),
                json.dumps({"id": "f", "text": "Chao", "reference_date": "ayer"}),
                json.dumps(["not", "a", "record"]),
                json.dumps({"id": "h", "text": "Fin", "reference_date": "2020-01-02"}),
            ]
        ),
        encoding="utf-8",
    )
    code, lines, err = run_cli(["parse", "--jsonl", str(records)])
    assert 1 == code
    assert ["a", None, "c", "d", "e", "f", None, "h"] == [line["id"] for line in lines]
    assert ["article", "error", "error", "error", "error", "error", "error", "article"] == [
        "article" if "article" in line else "error" for line in lines
    ]
    for lineno in (2, 3, 5, 6, 7, 8):
        assert f"{records}:{lineno}: " in err
    assert f"{records}:1:" not in err
    assert f"{records}:9:" not in err


def test_jsonl_defaults_from_the_command_line(run_cli: CliRunner) -> None:
    stdin = json.dumps({"id": 1, "text": "Hola"}).encode()
    code, lines, _ = run_cli(["parse", "--jsonl", "--country", "cl"], stdin=stdin)
    assert 0 == code
    assert 1 == lines[0]["id"]


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["parse", "--country", "XX", "-"],
        ["parse", "--reference-date", "20-11-2015", "-"],
        ["parse", "--workers", "0", "-"],
        ["frobnicate"],
    ],
    ids=["no-command", "bad-country", "bad-date", "zero-workers", "unknown-command"],
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert 2 == info.value.code
    assert "usage:" in capsys.readouterr().err


def test_python_dash_m_runs_the_command_line() -> None:
    done = subprocess.run(  # noqa: S603 - fixed arguments
        [sys.executable, "-m", "noticiaparse", "parse", str(SEED)],
        capture_output=True,
        check=False,
        timeout=120,
    )
    assert 0 == done.returncode, done.stderr
    assert "noticiaparse/1" == json.loads(done.stdout)["schema"]


def test_python_dash_m_and_the_console_script_share_their_entry_point() -> None:
    # the module runs main() only as a script; imported, it just names the entry point
    import noticiaparse.__main__ as entry  # noqa: PLC0415

    assert main is vars(entry)["main"]
