"""Shared fixtures and Hypothesis profiles.

``HYPOTHESIS_PROFILE=thorough`` runs the property tests at length; the default
``fast`` profile keeps the whole suite within CI's budget on 2 cores and draws the same
examples on every run (``derandomize``), so a CI result never depends on luck; the
``thorough`` profile explores at random.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from noticiaparse._cli import main

DATA = Path(__file__).parent / "data"

settings.register_profile(
    "fast",
    max_examples=40,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "thorough", max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "fast"))

# The interpreters the tests start (the command line, batch workers, which start with
# ``spawn``, pytest on the docs' example) import the package from its sources. Where
# PYTHONDONTWRITEBYTECODE is set, each of them compiled every module again (about a third
# of a second each, dozens of times a run); they share one bytecode cache instead, in a
# temporary folder removed at the end (PYTHONPYCACHEPREFIX), so nothing is written in
# the work tree. This process is left as it started; without the variable nothing changes.
_PYCACHE: str | None = None
if os.environ.get("PYTHONDONTWRITEBYTECODE"):
    _PYCACHE = tempfile.mkdtemp(prefix="noticiaparse-pycache-")
    del os.environ["PYTHONDONTWRITEBYTECODE"]
    os.environ["PYTHONPYCACHEPREFIX"] = _PYCACHE


def pytest_sessionfinish() -> None:
    """Remove the child interpreters' bytecode cache, if this run made one."""
    if _PYCACHE is not None:
        shutil.rmtree(_PYCACHE, ignore_errors=True)


@pytest.fixture(scope="session")
def seed_record() -> dict[str, Any]:
    """The original article and its gold answers (a copy of shared/gold/seed.json)."""
    record: dict[str, Any] = json.loads((DATA / "seed.json").read_text(encoding="utf-8"))
    return record


#: Runs the command line: ``(argv, stdin bytes) -> (exit code, JSON lines out, stderr)``.
CliRunner = Callable[..., tuple[int, list[Any], str]]


class _FakeIO:
    def __init__(self, buffer: io.BytesIO) -> None:
        self.buffer = buffer


#: Runs the command line in this process: ``(argv, stdin bytes) -> (exit code, stdout, stderr)``.
RawCliRunner = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run_cli_raw(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> RawCliRunner:
    """``main(argv)`` with ``stdin``: the exit code (2 for a usage error), stdout, stderr."""

    def run(argv: list[str], stdin: bytes = b"") -> tuple[int, str, str]:
        out = io.BytesIO()
        monkeypatch.setattr(sys, "stdin", _FakeIO(io.BytesIO(stdin)))
        monkeypatch.setattr(sys, "stdout", _FakeIO(out))
        try:
            code = main(argv)
        except SystemExit as exit_:
            code = int(exit_.code or 0)
        err = capsys.readouterr().err
        return code, out.getvalue().decode("utf-8"), err

    return run


@pytest.fixture
def run_cli(run_cli_raw: RawCliRunner) -> CliRunner:
    """``main(argv)`` with ``stdin``: the exit code, the JSON lines on stdout, stderr."""

    def run(argv: list[str], stdin: bytes = b"") -> tuple[int, list[Any], str]:
        code, out, err = run_cli_raw(argv, stdin)
        lines = [json.loads(line) for line in out.splitlines() if line]
        return code, lines, err

    return run
