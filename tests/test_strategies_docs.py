"""The property tests of ``docs/strategies.md`` pass as a user copies them: Hypothesis defaults.

Hypothesis's default settings give each example a 200 ms deadline and check that input
generation is not slow; the first parse and the first draw must not load the parser
and the lexicons inside the first example (``noticiaparse.strategies`` loads them on
import). Run in a fresh interpreter, outside this suite's profiles and conftest.
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


def test_the_docs_example_passes_under_hypothesis_defaults(tmp_path: Path) -> None:
    (tmp_path / "test_example.py").write_text(_example(), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("HYPOTHESIS")}
    done = subprocess.run(  # noqa: S603 - pytest on the docs' example
        # Hypothesis's defaults, with the seed fixed so that the suite gives one answer.
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
