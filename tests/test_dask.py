"""The Dask recipe of docs/scale.md, run on Dask's local multiprocessing scheduler."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import dask.bag as db
from dask.base import compute

import noticiaparse

SHARDS: list[list[dict[str, str] | str]] = [
    [
        {
            "id": "s1-1",
            "text": "Alcalde anuncia nueva ciclovía\n\nEl municipio invertirá $450 millones"
            " en la obra, que comenzará en marzo.",
        },
        {
            "id": "s1-2",
            "text": "Cierre de carretera\n\n\u201cLa ruta estará cortada hasta el viernes\u201d,"
            " dijo el seremi de Obras Públicas.",
            "reference_date": "2024-06-03",
        },
    ],
    [
        {
            "id": "s2-1",
            "text": "Exportaciones de vino\n\nLos envíos sumaron US$ 1.200 millones el año"
            " pasado, según la Asociación de Viñas.",
            "country": "AR",
        },
        "{esto no es un registro",
        {"id": "s2-3", "text": "Breve\n\nLa sesión del Concejo se suspendió ayer."},
    ],
]


def _write_shards(folder: Path) -> None:
    folder.mkdir()
    for n, shard in enumerate(SHARDS):
        lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in shard]
        (folder / f"part-{n}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _expected() -> list[dict[str, Any]]:
    lines = [r if isinstance(r, str) else json.dumps(r) for shard in SHARDS for r in shard]
    return [json.loads(line) for line in noticiaparse.parse_jsonl(lines, country="CL")]


def test_the_dask_recipe_on_the_multiprocessing_scheduler(tmp_path: Path) -> None:
    _write_shards(tmp_path / "in")
    shards = str(tmp_path / "in" / "*.jsonl")
    lines = db.read_text(shards, encoding="utf-8")  # type: ignore[no-untyped-call]
    parsed = lines.map_partitions(noticiaparse.parse_jsonl, country="CL")
    writes = parsed.to_textfiles(
        str(tmp_path / "out" / "*.jsonl"), encoding="utf-8", last_endline=True, compute=False
    )
    compute(*writes, scheduler="processes", num_workers=2)  # type: ignore[no-untyped-call]
    out = sorted((tmp_path / "out").glob("*.jsonl"))
    results = [
        json.loads(line) for path in out for line in path.read_text(encoding="utf-8").splitlines()
    ]
    assert 2 == len(out)
    assert _expected() == results
    assert [True, True, True, False, True] == ["article" in r for r in results]
