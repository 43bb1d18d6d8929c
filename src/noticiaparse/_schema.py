"""The JSON Schema of the article form, shipped inside the package, and a check by it.

:func:`check_json` reads a dict against the schema (the subset it uses: types,
required fields, enums, bounds, patterns, ``oneOf``, ``$ref``) and names the first
field that is wrong, for ``Article.from_dict`` and the other ``from_dict``.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from noticiaparse._errors import InvalidArticleError

__all__ = ["check_json", "json_schema"]


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) that every ``Article.to_dict()`` validates against.

    A fresh copy each call, so callers may change it freely.

    Examples:
        >>> json_schema()["properties"]["schema"]
        {'const': 'noticiaparse/1'}
    """
    import json  # noqa: PLC0415 - only when the schema is asked for (not by a parse)
    from importlib import resources  # noqa: PLC0415

    text = resources.files("noticiaparse").joinpath("schema.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


@functools.cache
def _schema() -> dict[str, Any]:
    return json_schema()


def _where(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,),
    "array": (list, tuple),
    "string": (str,),
    "integer": (int,),
    "null": (type(None),),
}


def _type_name(value: object) -> str:
    if value is None:
        return "null"
    return {dict: "object", list: "array", tuple: "array", str: "string", bool: "boolean"}.get(
        type(value), type(value).__name__
    )


def _is(value: object, kind: str) -> bool:
    if kind == "integer" and isinstance(value, bool):
        return False
    return isinstance(value, _TYPES[kind])


def _problem(value: object, rule: dict[str, Any], path: str) -> tuple[str, str] | None:
    """The first (field, reason) where ``value`` breaks ``rule``, or ``None``."""
    if "$ref" in rule:
        return _problem(value, _schema()["$defs"][rule["$ref"].rsplit("/", 1)[1]], path)
    if "oneOf" in rule:
        found = [_problem(value, option, path) for option in rule["oneOf"]]
        if any(problem is None for problem in found):
            return None
        problems = [p for p in found if p is not None]
        # the option of the value's own type says best what is wrong with it
        typed = [p for p in problems if p[0] != path or not p[1].startswith("expected ")]
        if typed:
            return typed[0]
        wanted = " or ".join(p[1].removeprefix("expected ").split(", got ")[0] for p in problems)
        return path, f"expected {wanted}, got {_type_name(value)}"
    kinds = rule.get("type")
    if kinds is not None:
        kinds = [kinds] if isinstance(kinds, str) else kinds
        if not any(_is(value, kind) for kind in kinds):
            return path, f"expected {' or '.join(kinds)}, got {_type_name(value)}"
    return _value_problem(value, rule, path)


def _value_problem(value: object, rule: dict[str, Any], path: str) -> tuple[str, str] | None:
    if "const" in rule and value != rule["const"]:
        return path, f"expected {rule['const']!r}, got {value!r}"
    if "enum" in rule and value not in rule["enum"]:
        return path, f"expected one of {rule['enum']}, got {value!r}"
    if isinstance(value, int) and value < rule.get("minimum", value):
        return path, f"must be at least {rule['minimum']}, got {value}"
    if isinstance(value, int) and value > rule.get("maximum", value):
        return path, f"must be at most {rule['maximum']}, got {value}"
    if isinstance(value, str) and "pattern" in rule and not re.search(rule["pattern"], value):
        return path, f"{value!r} is not of the form {rule['pattern']}"
    if isinstance(value, (list, tuple)) and "items" in rule:
        for index, item in enumerate(value):
            problem = _problem(item, rule["items"], _where(path, index))
            if problem is not None:
                return problem
    if isinstance(value, dict):
        return _object_problem(value, rule, path)
    return None


def _object_problem(
    value: dict[str, Any], rule: dict[str, Any], path: str
) -> tuple[str, str] | None:
    for key, sub in rule.get("properties", {}).items():
        if key in value:
            problem = _problem(value[key], sub, _where(path, key))
            if problem is not None:
                return problem
    for key in rule.get("required", ()):
        if key not in value:
            return _where(path, key), "missing"
    start, end = value.get("start"), value.get("end")
    if isinstance(start, int) and isinstance(end, int) and end < start:
        return _where(path, "end"), f"end {end} is before start {start}"
    return None


def check_json(value: object, definition: str | None = None, path: str = "") -> None:
    """Check ``value`` against the article schema, or one of its ``$defs``.

    Fields the schema does not know are let through (the JSON form may grow).

    Raises:
        InvalidArticleError: (a ``ValueError``) naming the first field that is wrong.

    Examples:
        >>> check_json({"text": "Hola", "start": 0}, "segment")
        Traceback (most recent call last):
        ...
        noticiaparse._errors.InvalidArticleError: invalid article JSON at end: missing
    """
    rule = _schema() if definition is None else _schema()["$defs"][definition]
    problem = _problem(value, rule, path)
    if problem is not None:
        raise InvalidArticleError(problem[0] or "(the article)", problem[1])
