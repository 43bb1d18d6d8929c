"""Every regular expression of the library finishes on adversarial input.

The test imports every private module, collects the compiled patterns it exposes
(module-level patterns, patterns in module-level containers, and the patterns that
cached zero-argument builders return, such as lexicon-built alternations) and runs each
against long runs of every character it mentions, alone and in cycles. Catastrophic
backtracking would never finish; ``regex`` patterns also get a generous ``timeout`` so a
hang turns into a failure. The time per MB is measured in ``bench/scaling.py``.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from collections.abc import Iterator
from typing import Any

import attrs
import pytest
import regex

import noticiaparse

_RUN = 2_000
_REPRESENTATIVES = "aZñÁ0 9\n\t.,;:-—«»“”\"'$%/()&<>[]#"
_ESCAPE_CLASSES = {"d": "7", "w": "a_", "s": " \n", "b": "a ", "p": "aÁ1", "P": "-."}


def _modules() -> Iterator[Any]:
    """Every private module, and the modules of the private packages (``_names``)."""
    for info in pkgutil.walk_packages(noticiaparse.__path__, "noticiaparse."):
        if info.name.split(".")[1].startswith("_") and info.name != "noticiaparse.__main__":
            yield importlib.import_module(info.name)


def _patterns_in(value: object, depth: int = 0) -> Iterator[Any]:
    if isinstance(value, (regex.Pattern, re.Pattern)):
        yield value
    elif depth < 2 and isinstance(value, (tuple, list, frozenset, set)):
        for item in value:
            yield from _patterns_in(item, depth + 1)
    elif depth < 2 and isinstance(value, dict):
        for item in value.values():
            yield from _patterns_in(item, depth + 1)
    elif depth < 2 and attrs.has(type(value)):
        for item in attrs.asdict(value, recurse=False).values():  # type: ignore[arg-type]
            yield from _patterns_in(item, depth + 1)


def _zero_argument_builder(value: object) -> bool:
    if not (callable(value) and hasattr(value, "cache_info")):
        return False
    try:
        signature = inspect.signature(value)
    except (TypeError, ValueError):
        return False
    return all(p.default is not p.empty for p in signature.parameters.values())


def _collect() -> dict[str, Any]:
    found: dict[str, Any] = {}
    for module in _modules():
        for name, value in vars(module).items():
            defined_elsewhere = getattr(value, "__module__", None) != module.__name__
            if (inspect.isfunction(value) or inspect.isclass(value)) and defined_elsewhere:
                continue  # imported from elsewhere: checked where it is defined
            candidates = [value]
            if _zero_argument_builder(value):
                candidates = [value()]
            for i, pattern in enumerate(p for c in candidates for p in _patterns_in(c)):
                found[f"{module.__name__.removeprefix('noticiaparse.')}.{name}[{i}]"] = pattern
    return found


PATTERNS = _collect()


def _alphabet(pattern: Any) -> str:
    """The characters a pattern mentions, plus a few that every class matches."""
    source = pattern.pattern if isinstance(pattern.pattern, str) else ""
    chars = dict.fromkeys(_REPRESENTATIVES)
    escaped = False
    for char in source:
        if escaped:
            for stand_in in _ESCAPE_CLASSES.get(char, char if not char.isalnum() else ""):
                chars[stand_in] = None
            escaped = False
        elif char == "\\":
            escaped = True
        else:
            chars[char] = None
    return "".join(chars)[:160]


def _adversaries(pattern: Any) -> Iterator[str]:
    alphabet = _alphabet(pattern)
    for char in alphabet:
        yield char * _RUN
    yield (alphabet * (_RUN // max(1, len(alphabet)) + 1))[:_RUN]
    yield ("a " * _RUN)[:_RUN] + "!"
    yield ("1." * _RUN)[:_RUN] + "x"
    yield "\n".join(["Palabra " * 20] * (_RUN // 160))


def test_patterns_were_found() -> None:
    assert len(PATTERNS) >= 5, sorted(PATTERNS)


# The same compiled pattern (engine, source, flags) is reached under several names (a
# module's alias of another's pattern, a builder's cached result): its run is the same
# computation, so each one runs once per session and its other names see that run.
_FINISHED: set[tuple[type, object, int]] = set()


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_pattern_finishes_on_adversarial_input(name: str) -> None:
    pattern = PATTERNS[name]
    identity = (type(pattern), pattern.pattern, pattern.flags)
    if identity in _FINISHED:
        return
    # `search(text)` is `finditer(text)`'s first step (the same scan from position 0), so
    # the full `finditer` run shows it finishes too.
    for text in _adversaries(pattern):
        if isinstance(pattern, regex.Pattern):
            for _ in pattern.finditer(text, timeout=30.0):
                pass
            pattern.fullmatch(text, timeout=30.0)
        else:
            for _ in pattern.finditer(text):
                pass
            pattern.fullmatch(text)
    _FINISHED.add(identity)
