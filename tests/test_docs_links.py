"""The README and the docs point only to files that are in the project.

A relative Markdown link (``[the CLI](docs/cli.md)``) and a path in backticks that
names a project file (``bench/scaling.py``, ``tests/test_strategies.py``) must exist;
the schema published beside the docs is the one the package ships.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
_LINK = re.compile(r"\]\(([^)\s#]+)(?:#[^)]*)?\)")
_PATH = re.compile(r"`((?:bench|tests|docs|src|fuzz|seeds|\.ci)/[\w./-]+)`")


def _targets(page: Path) -> list[tuple[str, Path]]:
    text = page.read_text(encoding="utf-8")
    found = [
        (link, page.parent / link)
        for link in _LINK.findall(text)
        if "://" not in link and not link.startswith("mailto:")
    ]
    found += [(path, ROOT / path) for path in _PATH.findall(text)]
    return found


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_every_file_a_page_points_to_is_there(page: Path) -> None:
    missing = [name for name, target in _targets(page) if not target.exists()]
    assert [] == missing


def test_the_published_schema_is_the_shipped_one() -> None:
    shipped = json.loads((ROOT / "src" / "noticiaparse" / "schema.json").read_text("utf-8"))
    published = json.loads((ROOT / "docs" / "schema" / "noticiaparse-1.json").read_text("utf-8"))
    assert shipped == published
    assert shipped["$id"].endswith("/schema/noticiaparse-1.json")


def test_the_schema_lives_under_the_documentation_url() -> None:
    tomllib = pytest.importorskip("tomllib")  # 3.11 and later

    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    shipped = json.loads((ROOT / "src" / "noticiaparse" / "schema.json").read_text("utf-8"))
    assert shipped["$id"].startswith(project["urls"]["Documentation"])
    versions = {c.rsplit(" ", 1)[1] for c in project["classifiers"] if ":: 3." in c}
    assert {"3.10", "3.11", "3.12", "3.13"} == versions
