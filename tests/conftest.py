"""Shared fixtures and Hypothesis profiles.

``HYPOTHESIS_PROFILE=thorough`` runs the property tests at length; the default
``fast`` profile keeps the whole suite within CI's budget on 2 cores.
"""

from __future__ import annotations

import io
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from noticiaparse._cli import main

DATA = Path(__file__).parent / "data"

settings.register_profile(
    "fast", max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "thorough", max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "fast"))


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


@pytest.fixture
def run_cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> CliRunner:
    """``main(argv)`` with ``stdin``: the exit code, the JSON lines on stdout, stderr."""

    def run(argv: list[str], stdin: bytes = b"") -> tuple[int, list[Any], str]:
        out = io.BytesIO()
        monkeypatch.setattr(sys, "stdin", _FakeIO(io.BytesIO(stdin)))
        monkeypatch.setattr(sys, "stdout", _FakeIO(out))
        code = main(argv)
        err = capsys.readouterr().err
        lines = [json.loads(line) for line in out.getvalue().decode("utf-8").splitlines() if line]
        return code, lines, err

    return run
