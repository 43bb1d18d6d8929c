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
from noticiaparse._layout.lines import CLOSERS, Line
from noticiaparse._layout.wrap import SENTENCE_STOPS, ends_run, inline_break, opens_run

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
#: A markdown heading's marks: a heading opens a block, whatever the line over it.
_HEADINGS = ("# ", "##")
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
    semicolon, a dateline's dash, a hyphen cutting a compound ("germano-") or a word no
    sentence ends with (an article, a preposition, a conjunction: lexicon
    ``layout_words.tsv``, class ``open_end``), or the marks and words that join a
    sentence's pieces on any page say so (:func:`noticiaparse._layout.wrap.inline_break`:
    a quotation left open, a reporting verb over its speaker).

    Examples:
        >>> opens_block("El Senado aprobó la reforma.", "La oposición votó en contra.")
        True
        >>> opens_block("La medida fue anunciada por el", "Ministerio de Hacienda")
        False
        >>> opens_block("El ministro de Hacienda,", "Mario Marcel, dijo que …")
        False
        >>> opens_block("Tras la reunión con los gremios", "el ministro anunció …")
        False
        >>> opens_block("La obra se inauguró el lunes.", "previous arrow")
        True
    """
    first = line[:1]
    if first.islower():
        # (under a sentence closed by its stop after a word, a line in lower case is no
        # piece of it: a caption, a widget's words; "a. m.", "EE.UU." close none)
        last = above.rstrip(CLOSERS).rsplit(None, 1)[-1:]
        return bool(last) and last[0][-1] in SENTENCE_STOPS and "." not in last[0][:-1]
    if not (first.isupper() or first.isdigit() or first in _BLOCK_OPENERS) or (
        first == "#" and line[1:2] not in (" ", "#")  # (a hashtag, not a heading)
    ):
        return False
    if above.endswith(_OPEN_MARKS) or (above[-1:] == "-" and above[-2:-1].isalpha()):
        return False
    words = above.rsplit(None, 1)
    if words and words[-1] in layout_words("open_end"):
        return False
    # (marks and words that join a sentence's pieces on any page: a quotation left open,
    # a reporting verb over its speaker, :func:`noticiaparse._layout.wrap.inline_break`)
    return not inline_break(above, line)


def set_gaps(text: str, lines: Sequence[Line]) -> None:
    """Set one blank line over each line of a flat page ``text`` that opens a block.

    A markdown heading always opens one. Not over a run a renderer cut at an inline tag,
    the space the run had beside the tag kept at the cut (a line opening with one space,
    or under a line ending with one: :func:`noticiaparse._layout.wrap.opens_run`,
    :func:`~noticiaparse._layout.wrap.ends_run`).
    """
    for k in range(1, len(lines)):
        above, line = lines[k - 1], lines[k]
        if line.text.startswith(_HEADINGS) or (
            opens_block(above.text, line.text)
            and not opens_run(text, line.start)
            and not ends_run(text, above.end)
        ):
            line.gap = 1
