"""The import graph keeps the stages apart (read from the source with ``ast``).

- ``_text`` imports nothing of ours but ``_model``;
- ``_layout`` and ``_reading`` stand on ``_text`` (and ``_model``) alone;
- no extractor imports another (``timeline`` belongs to ``dates``);
- the generators read ``lexicons/gen/`` through ``_text.lexicons``, never a parser module;
- no stage imports the public face (``_api``, ``_batch``, ``_cli``); only the package,
  ``__main__``, ``strategies`` and the face itself do.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "noticiaparse"


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module == "noticiaparse":
                found.update(f"noticiaparse.{alias.name}" for alias in node.names)
            elif node.module.startswith("noticiaparse."):
                found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("noticiaparse."))
    return found


GRAPH = {_module_name(p): _imports(p) for p in sorted(PACKAGE.rglob("*.py"))}
FACE = ("noticiaparse._api", "noticiaparse._batch", "noticiaparse._cli")
EXTRACTORS = {
    "noticiaparse._extract.quote_after": "quotes",
    "noticiaparse._extract.quote_before": "quotes",
    "noticiaparse._extract.quote_carries": "quotes",
    "noticiaparse._extract.quote_clauses": "quotes",
    "noticiaparse._extract.quote_dialogue": "quotes",
    "noticiaparse._extract.quote_echoes": "quotes",
    "noticiaparse._extract.quote_kinds": "quotes",
    "noticiaparse._extract.quote_openings": "quotes",
    "noticiaparse._extract.quote_pronouns": "quotes",
    "noticiaparse._extract.quote_said": "quotes",
    "noticiaparse._extract.quote_sequels": "quotes",
    "noticiaparse._extract.quote_titles": "quotes",
    "noticiaparse._extract.quote_words": "quotes",
    "noticiaparse._extract.quotes": "quotes",
    "noticiaparse._extract.speakers": "quotes",
    "noticiaparse._extract.sources": "sources",
    "noticiaparse._extract.source_acts": "sources",
    "noticiaparse._extract.source_channels": "sources",
    "noticiaparse._extract.source_cues": "sources",
    "noticiaparse._extract.source_filters": "sources",
    "noticiaparse._extract.source_joins": "sources",
    "noticiaparse._extract.source_ledger": "sources",
    "noticiaparse._extract.source_names": "sources",
    "noticiaparse._extract.source_naming": "sources",
    "noticiaparse._extract.source_pairs": "sources",
    "noticiaparse._extract.source_postverbal": "sources",
    "noticiaparse._extract.source_rulings": "sources",
    "noticiaparse._extract.source_search": "sources",
    "noticiaparse._extract.source_sites": "sources",
    "noticiaparse._extract.source_statements": "sources",
    "noticiaparse._extract.source_subjects": "sources",
    "noticiaparse._extract.source_variants": "sources",
    "noticiaparse._extract.source_words": "sources",
    "noticiaparse._extract.money": "money",
    "noticiaparse._extract.dates": "dates",
    "noticiaparse._extract.timeline": "dates",
}


def _within(name: str, *prefixes: str) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def _violations() -> list[str]:
    out = []
    for module, imported in GRAPH.items():
        for target in sorted(imported):
            if _within(module, "noticiaparse._text") and not _within(
                target, "noticiaparse._text", "noticiaparse._model"
            ):
                out.append(f"{module} -> {target}: _text imports only _text and _model")
            if _within(module, "noticiaparse._layout", "noticiaparse._reading") and not _within(
                target, "noticiaparse._text", "noticiaparse._model", module.rsplit(".", 1)[0]
            ):
                out.append(f"{module} -> {target}: a reading stage imports only _text and _model")
            if (
                module in EXTRACTORS
                and target in EXTRACTORS
                and EXTRACTORS[module] != EXTRACTORS[target]
            ):
                out.append(f"{module} -> {target}: an extractor imports another")
            if _within(module, "noticiaparse._gen") and not _within(
                target,
                "noticiaparse._gen",
                "noticiaparse._model",
                "noticiaparse._text.lexicons",
                "noticiaparse._text.span",
            ):
                out.append(f"{module} -> {target}: a generator imports a parser module")
            face = module in {"noticiaparse", "noticiaparse.__main__", "noticiaparse.strategies"}
            face = face or _within(module, *FACE)
            if _within(target, *FACE) and not face:
                out.append(f"{module} -> {target}: a stage imports the public face")
            if _within(target, *FACE) and _within(module, "noticiaparse._api"):
                out.append(f"{module} -> {target}: _api stands below _batch and _cli")
    return out


def test_the_graph_was_read() -> None:
    assert "noticiaparse._text.spine" in GRAPH["noticiaparse._extract.quotes"]


def test_the_stages_keep_to_their_imports() -> None:
    assert [] == _violations()


@pytest.mark.parametrize(
    ("module", "target"),
    [
        ("noticiaparse._text.fold", "noticiaparse._layout.page"),
        ("noticiaparse._extract.money", "noticiaparse._extract.dates"),
        ("noticiaparse._gen.dates", "noticiaparse._text.calendar"),
        ("noticiaparse._extract.quotes", "noticiaparse._cli"),
    ],
)
def test_a_violation_would_be_caught(
    module: str, target: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(GRAPH, module, {target})
    assert 1 <= len(_violations())
