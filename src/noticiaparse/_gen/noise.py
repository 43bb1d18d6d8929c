"""Scraping noise for generated text, and the way back to the clean offsets.

:class:`NoisyText` is a clean text with CRLF, Unicode spaces, decomposed accents,
zero-width characters, soft hyphens, bidi marks and a BOM inserted; :func:`noise` draws
one; :func:`noisy_article` moves an expected article onto the noisy text. Public
through :mod:`noticiaparse.strategies`. This module imports ``hypothesis``; nothing in
the parsing core imports it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import TypeVar

import attrs
from hypothesis import strategies as st

from noticiaparse._model import Article, Mention, Quote, Segment
from noticiaparse._text.span import Span

__all__ = ["NoisyText", "noise", "noisy_article"]

_T = TypeVar("_T")


@attrs.frozen
class NoisyText:
    """``clean`` with scraping noise inserted (``text``), and the way back.

    ``edits`` lists ``(clean_offset, kind, inserted)``: at ``clean_offset`` the noise of
    ``kind`` replaced one clean character (``"crlf"``, ``"space"``, ``"nfd"``) or was
    inserted before it (``"invisible"``, ``"bom"``).
    """

    clean: str
    text: str
    edits: tuple[tuple[int, str, str], ...]
    _starts: tuple[int, ...] = attrs.field(repr=False, eq=False)
    _ends: tuple[int, ...] = attrs.field(repr=False, eq=False)

    def span(self, start: int, end: int) -> Span:
        r"""Offsets in ``text`` of the clean span ``clean[start:end]``.

        Inserted invisible characters at either end stay outside the span, as the text
        spine reports them.

        Examples:
            >>> noisy = NoisyText.build("a b", [(1, "space", "\u00a0"), (2, "invisible", "\u200b")])
            >>> noisy.text
            'a\xa0\u200bb'
            >>> noisy.span(2, 3)
            Span(start=3, end=4)
        """
        if start == end:
            return Span(self._starts[start], self._starts[start])
        return Span(self._starts[start], self._ends[end])

    @classmethod
    def build(cls, clean: str, edits: Sequence[tuple[int, str, str]]) -> NoisyText:
        """Apply ``edits`` (at distinct clean offsets) to ``clean``."""
        by_pos = {pos: (kind, new) for pos, kind, new in edits}
        pieces: list[str] = []
        starts: list[int] = []
        ends: list[int] = [0]
        length = 0
        for pos in range(len(clean) + 1):
            kind, new = by_pos.get(pos, ("", ""))
            if kind in ("invisible", "bom"):
                pieces.append(new)
                length += len(new)
            starts.append(length)
            if pos == len(clean):
                break
            piece = new if kind in ("crlf", "space", "nfd") else clean[pos]
            pieces.append(piece)
            length += len(piece)
            ends.append(length)
        return cls(
            clean=clean,
            text="".join(pieces),
            edits=tuple(sorted((p, k, n) for p, k, n in edits)),
            starts=tuple(starts),
            ends=tuple(ends),
        )


_NOISE_SPACES = ("\u00a0", "\u2009", "\u202f", "\u2002", "\u3000", "\t")
_NOISE_INVISIBLES = ("\u200b", "\u00ad", "\u200c", "\u200d", "\u2060", "\u200e")


@st.composite
def noise(draw: st.DrawFn, clean: str) -> NoisyText:
    if not clean:
        return NoisyText.build(clean, [])
    positions = draw(
        st.lists(st.integers(0, len(clean) - 1), unique=True, max_size=min(40, len(clean)))
    )
    edits: list[tuple[int, str, str]] = []
    for pos in positions:
        char = clean[pos]
        if char == "\n":
            # A lone CR before a line feed would make one CRLF of two line breaks.
            breaks = (
                ("\r\n", "\u2028") if clean[pos + 1 : pos + 2] == "\n" else ("\r\n", "\r", "\u2028")
            )
            edits.append((pos, "crlf", draw(st.sampled_from(breaks))))
        elif char == " ":
            edits.append((pos, "space", draw(st.sampled_from(_NOISE_SPACES))))
        elif unicodedata.normalize("NFD", char) != char:
            edits.append((pos, "nfd", unicodedata.normalize("NFD", char)))
        elif pos > 0 and char.isalnum() and clean[pos - 1].isalnum():
            edits.append((pos, "invisible", draw(st.sampled_from(_NOISE_INVISIBLES))))
    if draw(st.booleans()) and 0 not in positions:
        edits.append((0, "bom", "\ufeff"))
    return NoisyText.build(clean, edits)


def noisy_article(noisy: NoisyText, article: Article) -> Article:
    """``article`` (offsets into ``noisy.clean``) moved onto ``noisy.text``."""
    source = noisy.text

    def seg(segment: Segment) -> Segment:
        start, end = noisy.span(segment.start, segment.end)
        return Segment(_display(source[start:end]), start, end)

    def moved(element: _T, start_end: Span, **changes: object) -> _T:
        start, end = noisy.span(*start_end)
        return attrs.evolve(element, start=start, end=end, **changes)  # type: ignore[misc]

    def quote(q: Quote) -> Quote:
        start, end = noisy.span(q.start, q.end)
        speaker = None if q.speaker is None else seg(q.speaker)
        return attrs.evolve(
            q, text=_display(source[start:end]), start=start, end=end, speaker=speaker
        )

    def mention(m: Mention) -> Mention:
        start, end = noisy.span(m.start, m.end)
        return attrs.evolve(m, text=_display(source[start:end]), start=start, end=end)

    published = article.published
    if published is not None:
        start, end = noisy.span(published.start, published.end)
        published = attrs.evolve(published, raw=source[start:end], start=start, end=end)
    return attrs.evolve(
        article,
        headline=None if article.headline is None else seg(article.headline),
        deck=None if article.deck is None else seg(article.deck),
        body=tuple(seg(p) for p in article.body),
        boilerplate=tuple(seg(b) for b in article.boilerplate),
        published=published,
        quotes=tuple(quote(q) for q in article.quotes),
        sources=tuple(
            attrs.evolve(s, mentions=tuple(mention(m) for m in s.mentions)) for s in article.sources
        ),
        money=tuple(
            moved(m, Span(m.start, m.end), raw=source[slice(*noisy.span(m.start, m.end))])
            for m in article.money
        ),
        dates=tuple(
            moved(d, Span(d.start, d.end), raw=source[slice(*noisy.span(d.start, d.end))])
            for d in article.dates
        ),
    )


def _display(text: str) -> str:
    """The contract's ``text`` form: accents composed, white space collapsed."""
    return " ".join(unicodedata.normalize("NFC", text).split())
