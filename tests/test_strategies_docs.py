"""The property tests of ``docs/strategies.md`` pass as a user copies them: Hypothesis defaults.

Run in a fresh interpreter, outside this suite's profiles and conftest, with Hypothesis's
default settings but one: the 200 ms deadline per example is wall-clock time, which a
busy shared machine stretches, so it is lifted here (no test of ours depends on the
clock). That the first example does not pay for loading the parser and its lexicons is
the import's warm-up (``noticiaparse.strategies`` parses a page on import); what a first
parse costs is measured by ``bench/run.py`` (cold first parse), not by a test.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

DOC = Path(__file__).resolve().parent.parent / "docs" / "strategies.md"


def _example() -> str:
    text = DOC.read_text(encoding="utf-8")
    section = text[text.index("## Using them") :]
    start = section.index("```python\n") + len("```python\n")
    return section[start : section.index("```", start)]


def test_the_docs_example_is_the_one_tested() -> None:
    assert "@given(articles(noise=True))" in _example()


#: Hypothesis's defaults but the deadline, loaded before the docs' example is collected.
_NO_DEADLINE = """\
from hypothesis import settings

settings.register_profile("no-deadline", deadline=None)
settings.load_profile("no-deadline")
"""


def test_the_docs_example_passes_under_hypothesis_defaults(tmp_path: Path) -> None:
    (tmp_path / "test_example.py").write_text(_example(), encoding="utf-8")
    (tmp_path / "conftest.py").write_text(_NO_DEADLINE, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("HYPOTHESIS")}
    done = subprocess.run(  # noqa: S603 - pytest on the docs' example
        # Hypothesis's defaults but the deadline, the seed fixed: the suite gives one answer.
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-c",
            os.devnull,
            "--hypothesis-seed=0",
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
    )
    assert 0 == done.returncode, done.stdout + done.stderr
    assert "2 passed" in done.stdout
