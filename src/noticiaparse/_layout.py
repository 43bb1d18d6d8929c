"""Page layout: headline, deck, body, byline, publication line and boilerplate.

(Placeholder until the layout issue lands: every non-empty line is a body paragraph.)
"""

from __future__ import annotations

import attrs
import regex

from noticiaparse._model import Layout
from noticiaparse._spine import Spine

__all__ = ["PageLayout", "find_layout"]

_LINE = regex.compile(r"[^\n]+")


@attrs.frozen
class PageLayout:
    """The public :class:`Layout` and the normalised spans the extractors read.

    ``regions`` are the headline, deck and body paragraphs in reading order, as
    ``(start, end)`` offsets into ``Spine.text``.
    """

    layout: Layout
    regions: tuple[tuple[int, int], ...]


def find_layout(spine: Spine) -> PageLayout:
    """Split the page into its parts."""
    regions = []
    body = []
    for match in _LINE.finditer(spine.text):
        start, end = spine.trim(*match.span())
        if start < end:
            regions.append((start, end))
            body.append(spine.segment(start, end))
    return PageLayout(layout=Layout(body=tuple(body)), regions=tuple(regions))
