"""The quality gates, run with the tests: ruff (lint and format) and mypy --strict."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 - fixed tool invocations
        [sys.executable, "-m", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )


def test_ruff_lint_is_clean() -> None:
    done = _run("ruff", "check", "src", "tests", "bench", "fuzz")
    assert 0 == done.returncode, done.stdout + done.stderr


def test_ruff_format_is_clean() -> None:
    done = _run("ruff", "format", "--check", "src", "tests", "bench", "fuzz")
    assert 0 == done.returncode, done.stdout + done.stderr


def test_mypy_strict_is_clean() -> None:
    done = _run("mypy")
    assert 0 == done.returncode, done.stdout + done.stderr


def test_docs_site_builds_strictly(tmp_path: Path) -> None:
    done = _run("mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site"))
    assert 0 == done.returncode, done.stdout + done.stderr
