"""What the source tests compare: each source of a text as its name and kind.

Shared by the ``test_source*`` modules (pytest puts ``tests/`` on the path:
``pythonpath`` in ``pyproject.toml``).
"""

from __future__ import annotations

from noticiaparse import parse_sources

__all__ = ["Credited", "Mentioned", "credited", "mentioned"]

Credited = list[tuple[str, str]]
Mentioned = list[tuple[str, str, list[str]]]


def credited(text: str) -> Credited:
    """Each source of ``text`` as ``(name, kind)``, in the order the parser gives."""
    return [(s.name, s.kind.value) for s in parse_sources(text)]


def mentioned(text: str) -> Mentioned:
    """Each source of ``text`` as ``(name, kind, [the text of each mention])``."""
    return [(s.name, s.kind.value, [m.text for m in s.mentions]) for s in parse_sources(text)]
