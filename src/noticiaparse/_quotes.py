"""Quotations: find them, classify them, attribute them.

Placeholder until its issue lands.
"""

from __future__ import annotations

from collections.abc import Sequence

from noticiaparse._model import Quote
from noticiaparse._spine import Spine

__all__ = ["find_quotes"]


def find_quotes(spine: Spine, regions: Sequence[tuple[int, int]]) -> tuple[Quote, ...]:
    """Every quotation inside ``regions`` of ``spine.text``."""
    del spine, regions
    return ()
