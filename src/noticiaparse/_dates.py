"""Date mentions.

Placeholder until its issue lands.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from noticiaparse._model import DateMention
from noticiaparse._spine import Spine

__all__ = ["find_dates"]


def find_dates(
    spine: Spine, regions: Sequence[tuple[int, int]], reference_date: dt.date | None
) -> tuple[DateMention, ...]:
    """Every date mention inside ``regions``."""
    del spine, regions, reference_date
    return ()
