"""Money amounts.

Placeholder until its issue lands.
"""

from __future__ import annotations

from collections.abc import Sequence

from noticiaparse._model import Money
from noticiaparse._spine import Spine

__all__ = ["find_money"]


def find_money(
    spine: Spine, regions: Sequence[tuple[int, int]], country: str | None
) -> tuple[Money, ...]:
    """Every monetary amount inside ``regions``."""
    del spine, regions, country
    return ()
