"""The reading of an article shared by quotes and sources: its words and its cast.

:func:`read_article` reads the regions once; :func:`regions_read` hands the words and
the cast of any regions on, from that reading when there is one.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from noticiaparse._reading.cast import (
    Cast,
    _cast_of,
    _region_names,
    _RegionNames,
    build_cast,
)
from noticiaparse._reading.tokens import (
    Token,
    TokenIndex,
    index_tokens,
    region_tokens,
)

__all__ = ["Reading", "read_article", "regions_read"]


@attrs.frozen
class Reading:
    """One article as this module reads it, built once and shared by quotes and sources.

    ``index`` holds the words of ``regions``; ``names`` what each region names; ``cast``
    is :func:`build_cast` over them all.
    """

    index: TokenIndex
    regions: tuple[tuple[int, int], ...]
    names: tuple[_RegionNames, ...] = attrs.field(repr=False)
    cast: Cast

    def tokens(self, text: str, regions: Sequence[tuple[int, int]]) -> list[list[Token]]:
        """The words of each of ``regions`` (see :func:`region_tokens`)."""
        return region_tokens(text, regions, self.index)

    def cast_of(
        self,
        text: str,
        regions: Sequence[tuple[int, int]],
        tokens_by_region: Sequence[Sequence[Token]],
    ) -> Cast:
        """The cast of ``regions``, from what the regions already read name."""
        if text is not self.index.text:
            return build_cast(text, regions, tokens_by_region)
        if tuple(regions) == self.regions:
            return self.cast
        known = dict(zip(self.regions, self.names, strict=True))
        parts = []
        for region, tokens in zip(regions, tokens_by_region, strict=True):
            part = known.get(region)
            parts.append(_region_names(text, tokens) if part is None else part)
        return _cast_of(text, parts)


def read_article(text: str, regions: Sequence[tuple[int, int]]) -> Reading:
    """Read the words and the cast of an article's non-empty ``regions`` once.

    Examples:
        >>> text = "El vocero Marcelo Díaz habló. Luego Díaz insistió."
        >>> reading = read_article(text, [(0, len(text))])
        >>> reading.cast.full_name("Díaz")
        'Marcelo Díaz'
    """
    kept = tuple(r for r in regions if r[0] < r[1])
    index = index_tokens(text, kept)
    names = tuple(_region_names(text, tokens) for tokens in region_tokens(text, kept, index))
    return Reading(index, kept, names, _cast_of(text, names))


def regions_read(
    text: str, regions: Sequence[tuple[int, int]], reading: Reading | None
) -> tuple[TokenIndex, list[list[Token]], Cast]:
    """The word index, the words of each region and the cast of ``regions``.

    From ``reading`` when the article was read once for quotes and sources both
    (:func:`read_article`); read now when it was not.
    """
    if reading is None:
        index = index_tokens(text, regions)
        words = region_tokens(text, regions, index)
        return index, words, build_cast(text, regions, words)
    words = reading.tokens(text, regions)
    return reading.index, words, reading.cast_of(text, regions, words)
