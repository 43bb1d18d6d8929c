r"""Pages without blank lines: where a flat page's blocks would have stood apart.

Many scrapers flatten a page with one line per HTML node and no blank line at all
(``soup.get_text("\n", strip=True)``, ``"\n".join(soup.stripped_strings)``,
trafilatura's plain text, newspaper's text joined with single newlines). The layout
reads blank lines as block boundaries (a paragraph's end, a line alone between blank
lines); on such a page (:func:`flat_page`, decided once from the share of lines under a
blank line) each line that opens a block of its own gets the one blank line the
rendered page would have set over it (:func:`set_gaps`), before the lines a renderer
broke at inline tags are joined back into their paragraphs. On a page with blank lines
nothing changes.
"""

from __future__ import annotations

from collections.abc import Sequence

from noticiaparse._layout.boilerplate import layout_words
from noticiaparse._layout.lines import Line

__all__ = ["FlatLines", "flat_page", "is_flat", "opens_block", "set_gaps"]

#: A page is flat when fewer than one line in this many (the first aside) stands under
#: a blank line.
_FLAT_SHARE = 20
#: The fewest lines a page needs for its share of blank lines to say anything (a title
#: over two paragraphs has one to say).
_FLAT_LINES = 3
#: What a block's first line may open with besides a capital or a figure: an opening
#: mark (question, exclamation, quotation, bracket), a dash of dialogue or a list's
#: mark, markdown's emphasis, heading and link marks.
_BLOCK_OPENERS = frozenset("¿¡«“‘\"'([—–-‒―*_#>•")
#: What leaves a sentence open at a line's end, the line under it going on: a comma, a colon,
#: a semicolon, a dateline's dash ("MADRID, 3 Mar. (EUROPA PRESS) -").
_OPEN_MARKS = (",", ":", ";", " -", "–", "—")


class FlatLines(list[Line]):
    """A flat page's lines: their blank lines are the ones :func:`set_gaps` read, not the page's."""


def is_flat(lines: Sequence[Line]) -> bool:
    """Whether ``lines`` are a flat page's (:class:`FlatLines`)."""
    return isinstance(lines, FlatLines)


def flat_page(lines: Sequence[Line]) -> bool:
    """Whether the page sets (almost) no blank line between its lines.

    Fewer than one line in twenty under a blank line, the first line aside (blank lines
    over the page's top say nothing of its blocks), on a page of three lines or more.
    """
    count = len(lines)
    if count < _FLAT_LINES:
        return False
    apart = 0
    for k in range(1, count):
        if lines[k].gap:
            apart += 1
            if apart * _FLAT_SHARE >= count:
                return False
    return True


def opens_block(above: str, line: str) -> bool:
    """Whether ``line``, right under ``above`` on a flat page, opens a block of its own.

    It does unless the sentence goes on: ``line`` opens in lower case or with a closing
    mark or a stop (", que …", "» …"), or ``above`` is left open by a comma, a colon, a
    semicolon or a word no sentence ends with (an article, a preposition, a conjunction:
    lexicon ``layout_words.tsv``, class ``open_end``).

    Examples:
        >>> opens_block("El Senado aprobó la reforma.", "La oposición votó en contra.")
        True
        >>> opens_block("La medida fue anunciada por el", "Ministerio de Hacienda")
        False
        >>> opens_block("El ministro de Hacienda,", "Mario Marcel, dijo que …")
        False
        >>> opens_block("Tras la reunión con los gremios", "el ministro anunció …")
        False
    """
    first = line[:1]
    if not (first.isupper() or first.isdigit() or first in _BLOCK_OPENERS):
        return False
    if above.endswith(_OPEN_MARKS):
        return False
    words = above.rsplit(None, 1)
    return not words or words[-1] not in layout_words("open_end")


def set_gaps(lines: Sequence[Line]) -> None:
    """Set one blank line over each line of a flat page that opens a block."""
    for k in range(1, len(lines)):
        if opens_block(lines[k - 1].text, lines[k].text):
            lines[k].gap = 1
