"""What the source tests compare: each source of a text as its name and kind.

Also the matrices' comparison (``test_checklist_sources``, ``test_discourse_sources``):
a name as the scorer compares it, and a list matched one to one.

Shared by the ``test_source*`` modules (pytest puts ``tests/`` on the path:
``pythonpath`` in ``pyproject.toml``).
"""

from __future__ import annotations

import unicodedata

from noticiaparse import parse_sources

__all__ = ["Credited", "Expected", "Mentioned", "credited", "matches", "mentioned", "norm"]

Credited = list[tuple[str, str]]
Mentioned = list[tuple[str, str, list[str]]]
#: Each expected source: a name, and the kinds accepted for it.
Expected = tuple[tuple[str, frozenset[str]], ...]


def credited(text: str) -> Credited:
    """Each source of ``text`` as ``(name, kind)``, in the order the parser gives."""
    return [(s.name, s.kind.value) for s in parse_sources(text)]


def mentioned(text: str) -> Mentioned:
    """Each source of ``text`` as ``(name, kind, [the text of each mention])``."""
    return [(s.name, s.kind.value, [m.text for m in s.mentions]) for s in parse_sources(text)]


def norm(text: str) -> str:
    """``text`` without accents, outer punctuation and extra spaces, case-folded."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.split()).strip(" .,;:").casefold()


def _same(expected: str, parsed: str) -> bool:
    """Whether ``parsed`` names ``expected``: equal, holding it, or it without its article."""
    want, got = norm(expected), norm(parsed)
    return want == got or f" {want} " in f" {got} " or _no_article(want, got)


def _no_article(want: str, got: str) -> bool:
    """``got`` is ``want`` without its opening article."""
    first, _, rest = want.partition(" ")
    return first in {"el", "la", "los", "las", "un", "una", "unos", "unas"} and rest == got


def matches(parsed: list[tuple[str, str]], expected: Expected) -> bool:
    """Whether ``parsed`` is exactly ``expected`` (name and kind), one to one."""
    if len(parsed) != len(expected):
        return False
    left = list(parsed)
    for name, kinds in expected:
        hit = next((p for p in left if _same(name, p[0]) and p[1] in kinds), None)
        if hit is None:
            return False
        left.remove(hit)
    return True
