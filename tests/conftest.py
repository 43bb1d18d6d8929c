"""Shared fixtures and Hypothesis profiles.

``HYPOTHESIS_PROFILE=thorough`` runs the property tests at length; the default
``fast`` profile keeps the whole suite within CI's budget on 2 cores.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

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
