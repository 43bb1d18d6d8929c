"""Sources: who the article credits, as entities with their mentions.

Placeholder until its issue lands.
"""

from __future__ import annotations

from collections.abc import Sequence

from noticiaparse._model import Quote, Source
from noticiaparse._spine import Spine

__all__ = ["find_sources"]


def find_sources(
    spine: Spine, regions: Sequence[tuple[int, int]], quotes: Sequence[Quote]
) -> tuple[Source, ...]:
    """Every source credited inside ``regions``; ``quotes`` are the speakers already found."""
    del spine, regions, quotes
    return ()
