"""The JSON Schema of the article form, shipped inside the package."""

from __future__ import annotations

import json
from typing import Any

__all__ = ["json_schema"]


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) that every ``Article.to_dict()`` validates against.

    A fresh copy each call, so callers may change it freely.

    Examples:
        >>> json_schema()["properties"]["schema"]
        {'const': 'noticiaparse/1'}
    """
    from importlib import resources  # noqa: PLC0415 - only when the schema is asked for

    text = resources.files("noticiaparse").joinpath("schema.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema
