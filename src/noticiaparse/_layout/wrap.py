"""Paragraphs a renderer hard-wrapped at a fixed width, found from the page's line lengths.

Some renderers (``html2text`` with its default width, a terminal's copy) break every
paragraph into lines of at most *W* characters. Such a page shows it: many lines of
prose end just short of *W* and the next line's first word would not have fitted
(``len(line) + 1 + len(next word) > W``), while almost no line of prose is longer than
*W*. On such a page a line broken so continues the line above; on any other page the
test never runs. Reading the width costs one pass over the lines.

A page may also set its paragraphs apart by blank lines and break a paragraph inside with
a bare line break (an inline tag, a ``<br>``, the source's own line breaks): on such a
page the body's lines set right under one another are one paragraph where the sentence
goes on, or where one side is a short piece (a lead-in, a link) or the line above a
sentence cut in its middle (:func:`paragraph_pieces`).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Sequence
from typing import Protocol

import attrs
import regex

from noticiaparse._layout.boilerplate import furniture_kind, layout_words
from noticiaparse._text.fold import fold
from noticiaparse._text.lexicons import folded_lines, rows
from noticiaparse._text.record import record_repr

__all__ = [
    "SENTENCE_STOPS",
    "Piece",
    "Pieced",
    "carried_over_gap",
    "carries_on",
    "ends_run",
    "goes_on",
    "inline_break",
    "label_goes_on",
    "linked_between",
    "needs_end",
    "opens_run",
    "paragraph_pieces",
    "wide_gap",
    "wrap_width",
    "wrapped",
    "wrapped_blocks",
]

#: The widths a wrapping renderer uses.
_NARROWEST = 40
_WIDEST = 120
#: A wrapped line ends at most this many characters short of the width.
_SLACK = 25
#: A line of prose has at least this many spaces and is not a link.
_PROSE_SPACES = 5
#: Lines broken at the width needed to call a page wrapped, and how many times more of
#: them than lines of prose longer than the width.
_MIN_BREAKS = 8
_BREAKS_PER_LONG_LINE = 3


def _prose(text: str) -> bool:
    return text.count(" ") >= _PROSE_SPACES and "](" not in text and "://" not in text


def wrap_width(texts: Sequence[str], gaps: Sequence[int]) -> int | None:
    """The width the page's paragraphs are hard-wrapped at, or ``None``.

    ``texts`` are the page's non-blank lines and ``gaps`` the blank lines before each.

    Examples:
        >>> words = ("la ciudad amplía el horario de sus bibliotecas " * 30).split()
        >>> lines, line = [], ""
        >>> for word in words:
        ...     if line and len(line) + 1 + len(word) > 60:
        ...         lines.append(line)
        ...         line = word
        ...     else:
        ...         line = f"{line} {word}".strip()
        >>> 55 <= wrap_width(lines, [0] * len(lines)) <= 60  # the longest line, at least
        True
        >>> wrap_width(["Una línea corta."] * 20, [1] * 20) is None
        True
    """
    if gaps[1:].count(0) < _MIN_BREAKS:
        return None  # each break needs a line right under it: too few to call any width
    size = _WIDEST - _NARROWEST + 1
    breaks = [0] * (size + 1)  # a difference array over the widths
    longer = [0] * (size + 1)  # prose lines longer than a width, by their length
    for i, text in enumerate(texts):
        if text.count(" ") < _PROSE_SPACES or "](" in text or "://" in text:
            continue  # (not prose: :func:`_prose`, read here without a call a line)
        length = len(text)
        if length > _NARROWEST:
            longer[min(length - 1, _WIDEST) - _NARROWEST] += 1
        if i + 1 < len(texts) and gaps[i + 1] == 0 and texts[i + 1]:
            word = len(texts[i + 1].split(None, 1)[0])
            low = max(length, _NARROWEST)
            high = min(length + word + 1, length + _SLACK + 1, _WIDEST + 1)  # (exclusive)
            if low < high:
                breaks[low - _NARROWEST] += 1
                breaks[high - _NARROWEST] -= 1
    best: tuple[int, int] | None = None
    running = 0
    over = sum(longer)
    for offset in range(size):
        running += breaks[offset]
        over -= longer[offset - 1] if offset else 0
        fits = running
        if (
            fits >= _MIN_BREAKS
            and fits >= _BREAKS_PER_LONG_LINE * over
            and (best is None or fits - 2 * over > best[0])
        ):
            best = (fits - 2 * over, _NARROWEST + offset)
    return None if best is None else best[1]


#: A gap of this many blank lines or more may set a page's paragraphs apart (the widest
#: tried: a template's own indentation and line breaks rarely give more).
_WIDE_GAPS = (2, 3, 4)
#: Lines under a narrower gap that carry on an open line, needed to call a page so.
_MIN_INLINE_BREAKS = 2
#: ...and at most one line opening so under a wide gap per this many of them.
_BREAKS_PER_WIDE_OPENING = 10
#: A line that carries on the line above: it opens in lower case or with a closing mark.
_CARRIES_ON = regex.compile(r"\s{0,40}+(?:\p{Ll}|[,.;:)\]»”])")
#: The closing marks a run inside a paragraph may open with.
_RUN_MARKS = ",.;:)]»”"
#: A text renderer's bullet glyph "o" before an item's capital (``o Nos levantamos``,
#: ``o LUNES A VIERNES``: a nested list's items) and a web address open no run.
_BULLET_GLYPH = regex.compile(r"\s{0,40}+(?:o\s++\p{Lu}|https?:|www\.)")
#: A line closed like a sentence: its stop, then at most four closing or emphasis marks.
SENTENCE_STOPS = (".", "!", "?", "…")
_SENTENCE_CLOSERS = "\"'”»’)]*_"
_MAX_SENTENCE_CLOSERS = 4


def wide_gap(
    texts: Sequence[str], gaps: Sequence[int], hard_wrapped: Callable[[int], bool] = lambda _: False
) -> int:
    r"""The gap a page sets its paragraphs apart by when it also breaks them inside; else 0.

    ``texts`` are the page's non-blank lines and ``gaps`` the blank lines before each.
    A renderer that writes a line for every text node (``get_text("\n")``) over a
    template that breaks and indents its own source sets the page's blocks two blank
    lines apart or more, and the runs of one paragraph (a link, a bold name) on lines of
    their own with fewer between them, a white-space line perhaps among them. Such a page
    shows it: lines under a narrower gap (two at least) carry on a line left open (they open in
    lower case or with a closing mark: a paragraph never does), and the lines under the
    wide gaps almost never do. On that page a narrower gap breaks no paragraph: the
    narrowest gap that sets the paragraphs apart so is returned. A line a renderer broke
    at its width (``hard_wrapped(k)``: :func:`wrap_width`, :func:`wrapped_blocks`) goes on
    a sentence in lower case too, right under the line above: a wrap, not a run. Such
    lines count only on a page that shows runs of its own under narrower gaps: two, or
    one opening with a closing mark (``, el ingreso …``: a run whatever the page; a
    lower-case line alone may be a date, a caption, a tag): a page hard-wrapped in
    places, its title over the date in lower case one blank line apart, is no page set
    wide apart.

    Examples:
        >>> texts = ["La ciudad", "abrió ayer", "el parque.", "El alcalde", "dijo", "que sí."]
        >>> wide_gap(texts * 2, [3, 1, 0, 3, 1, 1] * 2)
        2
        >>> wide_gap(texts * 2, [1, 1, 0, 1, 1, 1] * 2)
        0
    """
    top = max(gaps, default=0)
    if top < _WIDE_GAPS[0]:
        return 0  # no wide gap: most pages
    # the lines that open as a run, read once: their gap, and whether the line above is
    # left open (a plain string test first: a pattern a line costs on a long page)
    marks = _RUN_MARKS
    runs = [
        (gaps[k], not _sentence_closed(texts[k - 1]), k)
        for k in range(1, len(texts))
        # (the page's lines are trimmed: their first character is read)
        if (first := texts[k][:1]).islower() or (first != "" and first in marks)
    ]
    for wide in _WIDE_GAPS:
        if wide > top:
            break  # no paragraph opens under such a gap
        opened = sum(1 for gap in itertools.islice(gaps, 1, None) if gap >= wide)
        under_wide = sum(1 for gap, *_ in runs if gap >= wide)
        inside = sum(1 for gap, open_above, _ in runs if gap < wide and open_above)
        if (
            inside >= _MIN_INLINE_BREAKS
            and opened >= _SPACED
            and under_wide * _BREAKS_PER_WIDE_OPENING <= inside
        ):
            # (the lines broken at the width count where the page shows runs of its own;
            # read last, on the few pages that get this far)
            own = [
                texts[k][:1]
                for gap, open_above, k in runs
                if gap < wide and open_above and (gap or not hard_wrapped(k))
            ]
            if len(own) < _MIN_INLINE_BREAKS and not any(first in marks for first in own):
                continue  # (the wraps' lines alone, a lower-case line at most: no runs)
            return wide if any(0 < g < wide for g in gaps) else 0
    return 0


def _sentence_closed(text: str) -> bool:
    """Whether ``text`` ends like a sentence: a stop, then at most four closing marks.

    (Two strips, not a pattern searched over the whole line.)
    """
    bare = text.rstrip()
    core = bare.rstrip(_SENTENCE_CLOSERS)
    return len(bare) - len(core) <= _MAX_SENTENCE_CLOSERS and core[-1:] in SENTENCE_STOPS


def label_goes_on(above: str, below: str) -> bool:
    """Whether ``below`` goes on a label closed by a colon: ``Lunes a viernes:`` / ``de 9:00 …``.

    Read on a page that sets its paragraphs wide apart (:func:`wide_gap`) only: there a
    lower-case line under a narrower gap is the label's value, set on its own line by a
    bold run's end.
    """
    return above.rstrip().endswith(":") and below.lstrip()[:1].islower()


def carries_on(above: str, text: str) -> bool:
    """Whether ``text`` opens as a run of ``above``'s paragraph: lower case, a closing mark.

    No paragraph opens so, and no sentence after a stop opens in lower case. Read on a
    page that sets its paragraphs wide apart (:func:`wide_gap`), under a narrower gap:
    there such a line goes on the line above, however short that is (a link or a bold
    name opening the paragraph: ``La Comisión de Salud`` / ``aprobó ayer …``). A text
    renderer's bullet ``o`` before an item's capital and a web address open no run.

    Examples:
        >>> [carries_on("La Comisión", t) for t in ("aprobó ayer", ", dijo.", "La junta")]
        [True, True, False]
        >>> carries_on("Radio", "o Nos levantamos"), carries_on("Radio", "http://x.org/a.wav")
        (False, False)
        >>> carries_on("El plan se votó.", "imagen de archivo")
        False
    """
    return (
        _CARRIES_ON.match(text) is not None
        and _BULLET_GLYPH.match(text) is None
        # a sentence's end over a lower-case line: a caption or a tag, not a run
        and (not _sentence_closed(above) or not text.lstrip()[:1].isalpha())
    )


def wrapped(above: str, below: str, width: int) -> bool:
    """Whether ``below`` continues ``above`` on a page wrapped at ``width``.

    Examples:
        >>> wrapped("El concejo aprobó ayer el presupuesto de las obras del", "barrio norte.", 60)
        True
        >>> wrapped("Fin.", "Otra línea", 60)
        False
    """
    first = below.split(None, 1)[0] if below.strip() else ""
    return (
        bool(first)
        and width - _SLACK <= len(above) <= width < len(above) + 1 + len(first)
        and _prose(above)
    )


#: A block wrapped on its own: its lines but the last end within this many characters of
#: its longest (a greedy wrap's lines rarely differ by more than a long word), and it
#: breaks at least this many times, once at least before a line in lower case.
_BLOCK_SPREAD = 15
_BLOCK_BREAKS = 2
#: A block read once another showed the width *W* (its longest line, perhaps a few
#: characters short of the renderer's): its last line passes *W* by this many at most.
_BLOCK_OVER = 3


def wrapped_blocks(
    texts: Sequence[str], gaps: Sequence[int], indent: Callable[[int], int] = lambda _: 0
) -> frozenset[int]:
    """The lines that continue the line above in a block wrapped on its own, by index.

    A page may hold text wrapped at a width *W* among lines that are not (a digest's
    body under its own header, a copy of a terminal's paragraphs under a site's title):
    too few lines to show *W* page-wide (:func:`wrap_width`). A greedy wrap shows it
    block by block: a run of lines right under one another (no blank line between),
    three at least, whose lines but the last are prose ending within a few characters of
    the longest (*W* at most: no line of the block is longer) and each broken where the
    next line's first word would not have fitted, and at least one line in lower case (a
    sentence going on: a list of titles, each a capital's, is no wrap). A block's first
    line is read with its indentation (``indent(k)``, the spaces before line ``k``): a
    wrap counts them. Once such a block shows the width, another block whose lines but
    the last are prose ending within a few characters of *W* (none past it), each broken
    so, is wrapped too, however its lines open; but one of two lines only when its first
    line is not closed like a sentence and its second closes a sentence (``¿Es realista
    que … en la`` / ``Asamblea Legislativa?``) or is prose ending near *W* too: a title
    shown twice, its second copy short, is no wrap. No line of a greedy wrap is longer
    than *W*, its last neither: a line longer, right under a title (the story's first
    paragraph under its headline, a notice under a rights line), goes on no block. A
    block's last line that closes no sentence right under a line that closes one is a
    line of its own (a credit, a byline, a source under a paragraph: ``Foto: EFE``): the
    block is read without it.

    Examples:
        >>> import textwrap
        >>> text = ("El consejo municipal aprobó este lunes el presupuesto de obras para el "
        ...         "barrio norte, que incluye la Plaza Mayor, dos escuelas y un centro de salud.")
        >>> for width in (60, 72, 78, 80):
        ...     lines = textwrap.wrap(text, width)
        ...     gaps = [1] + [0] * (len(lines) - 1)
        ...     print(width, len(lines), sorted(wrapped_blocks(lines, gaps)))
        60 3 [1, 2]
        72 3 [1, 2]
        78 2 []
        80 2 []
        >>> titles = ["Refuerzan los controles sanitarios en el comercio y la gastronomía local",
        ...           "Entre otras medidas, las de carácter impositivo en favor de los empleados",
        ...           "¿Qué establece el ministerio de Comercio para enfrentar la nueva crisis?"]
        >>> wrapped_blocks(titles, [1, 0, 0])
        frozenset()
    """
    blocks: list[tuple[int, int]] = []  # (first, last) of lines set right under one another
    first = 0
    for k in range(1, len(texts) + 1):
        if k == len(texts) or gaps[k]:
            last = k - 1
            # a credit or a byline right under a paragraph's closed sentence: its own line
            if (
                last > first
                and not _sentence_closed(texts[last])
                and _sentence_closed(texts[last - 1])
            ):
                last -= 1
            if last > first:
                blocks.append((first, last))
            first = k
    out: set[int] = set()
    widths = [0]
    rest: list[tuple[int, int]] = []  # the blocks read again once the width is known
    for first, last in blocks:
        if last - first >= _BLOCK_BREAKS and (
            width := _block_width(texts, first, last, indent(first))
        ):
            widths.append(width)
            out.update(range(first + 1, last + 1))
        else:
            rest.append((first, last))
    width = max(widths)
    for first, last in rest if width else ():
        lengths = [len(text) for text in texts[first:last]]  # (all but the last)
        lengths[0] += indent(first)
        below = texts[last]
        if (
            width - _BLOCK_SPREAD <= min(lengths)
            and max(lengths) <= width
            and len(below) <= width + _BLOCK_OVER  # (a greedy wrap's last line too)
            and all(
                _prose(texts[k])
                and lengths[k - first] + 1 + len(texts[k + 1].split(None, 1)[0]) > width
                for k in range(first, last)
            )
            and (
                last - first > 1
                or (
                    not _sentence_closed(texts[first])
                    and (
                        _sentence_closed(below)
                        or (len(below) >= width - _BLOCK_SPREAD and _prose(below))
                    )
                )
            )
        ):
            out.update(range(first + 1, last + 1))
    return frozenset(out)


def _block_width(texts: Sequence[str], first: int, last: int, indent: int) -> int:
    """The width the lines ``first`` to ``last`` were wrapped at as one block, else 0.

    ``indent`` is the first line's indentation.
    """
    lengths = [len(text) for text in texts[first:last]]  # (all but the last)
    lengths[0] += indent
    width = max(*lengths, len(texts[last]))  # (no line of a greedy wrap is longer)
    if not _NARROWEST <= width <= _WIDEST or min(lengths) < width - _BLOCK_SPREAD:
        return 0
    if not any(texts[k][:1].islower() for k in range(first + 1, last + 1)):
        return 0  # (a list of titles: each opens with a capital)
    for k in range(first, last):
        if (
            not _prose(texts[k])
            or lengths[k - first] + 1 + len(texts[k + 1].split(None, 1)[0]) <= width
        ):
            return 0
    return width


#: A page sets its paragraphs apart by blank lines when at least this many paragraphs of
#: its body end over a blank line, and this many times more than end right over a line.
_SPACED = 3
_SPACED_PER_BARE = 3
#: A page breaks its paragraphs inside when this many of its body's lines carry on the
#: sentence of the line above.
_BROKEN = 4
#: A clause left open over a name: this many words at least; a name's first two words.
_CLAUSE_WORDS = 6
_CLAUSE_NAME = 2
#: A link closing a sentence on a line of its own holds this many words at most.
_END_WORDS = 4
#: The marks a sentence's stop may stand inside.
_CLOSING_MARKS = "\"»”’')*_]"
#: The marks that open a quotation.
_QUOTE_OPENERS = ('"', "“", "«")
#: A title-shaped line (an intertitle, a label) has at most this many words.
_TITLE_WORDS = 8
#: A piece of a paragraph set on a line of its own (a lead-in, a link) has at most this
#: many words.
_PIECE_WORDS = 12
#: A line that ends asking or exclaiming.
_ASKS = regex.compile(r"[?!](?:[\"»”’')*_\]]{0,4})\Z")
#: What opens a list's item, an interview's turn or an intertitle: a line of its own.
_OWN_LINE = regex.compile(r"(?:[-*+•·▪◦—–―‒]|\d{1,2}[.)]|[PR][:.]|#{1,6})\s|[—–―‒>]")
#: What ``_OWN_LINE``'s marks open with; its other branches, a number's "2." or "10)"
#: and a turn's "P:" or "R.", show a stop, a colon or a bracket second or third.
_OWN_FIRSTS = "-*+•·▪◦—–―‒#>"
#: ``_OWN_LINE`` for a line whose first ``_OWN_REACH`` characters are ASCII (all it
#: reads): the standard engine's call costs half of ``regex``'s.
_ASCII_OWN_LINE = re.compile(r"(?:[-*+]|[0-9]{1,2}[.)]|[PR][:.]|#{1,6})[\t\n\x0b\x0c\r ]|>")
_OWN_REACH = 7
#: Where a sentence's end sits: a stop, perhaps inside at most
#: :data:`_MAX_CLOSING_MARKS` closing marks or emphasis marks.
_STOP_MARKS = frozenset(".!?…:;")
_CLOSING_MARKS = "\"»”’')*_]"
_MAX_CLOSING_MARKS = 4
#: What a line continuing the one above may open with: a lower-case letter, a closing mark.
_GOES_ON = regex.compile(r"[\s\"“«*_(\[]{0,3}(?:\p{Ll}|[,.;:)\]»”])")
#: A figure opening a line with the sentence going on after it ("2.000 millones de …",
#: "US$ 3,5 millones, …", "40% de …"): a Spanish sentence does not open with figures, so
#: under prose left open it is the sentence's object.
_FIGURE_GOES_ON = regex.compile(
    r"[*_]{0,2}(?:US\$|[$€£])?\s{0,2}\d[\d.,]{0,15}\s{0,2}%?[*_]{0,2}(?:\s{1,3}\p{Ll}|[,;])"
)
#: A day of the month opening a date: "3 de octubre …".
_DAY_OF_MONTH = regex.compile(r"\d{1,2}\s{1,3}de\s")


@attrs.frozen(repr=False)
class Piece:
    """One line of the page as its paragraphs are read.

    Its text, the blank lines over it, and whether it is in the body.
    """

    __repr__ = record_repr

    text: str
    gap: int
    body: bool


def _closed(text: str) -> bool:
    """Whether ``text`` ends with a stop, then at most four closing or emphasis marks.

    (Read with two strips, not a pattern: a stop is no closing mark, so the only stop
    that can close the text stands right before its run of closing marks.)

    Examples:
        >>> _closed("Fin."), _closed("«Fin.»  "), _closed("Fin.»»»»»"), _closed("Fin")
        (True, True, False, False)
    """
    text = text.rstrip()
    bare = text.rstrip(_CLOSING_MARKS)
    return len(text) - len(bare) <= _MAX_CLOSING_MARKS and bare[-1:] in _STOP_MARKS


def _title_shaped(text: str) -> bool:
    """Short and not closed like a sentence, nor left open by a comma or a particle."""
    words = text.rsplit(None, _TITLE_WORDS)  # (the last words, and a count up to the most)
    return (
        len(words) <= _TITLE_WORDS
        and not _closed(text)
        and not text.rstrip().endswith(",")
        and (not words or words[-1].lower() not in layout_words("open_end"))
    )


def _spaced(lines: Sequence[Pieced], *, broken: bool) -> bool:
    """Whether the body's paragraphs stand apart by blank lines (see :data:`_SPACED`).

    When ``broken`` (the page breaks its paragraphs inside), a sentence's end right over a
    line may be such a break too: then as many paragraphs need to end over a blank line.
    """
    spaced = bare = 0
    for above, below in itertools.pairwise(lines):
        # (a closed line is never title-shaped: no intertitle is counted)
        if above.body and below.body and _closed(above.text):
            if below.gap:
                spaced += 1
            else:
                bare += 1
    return spaced >= _SPACED and bare * (1 if broken else _SPACED_PER_BARE) <= spaced


def goes_on(above: str, below: str) -> bool:
    """Whether ``below`` carries on the sentence ``above`` leaves open.

    It opens in lower case or with a closing mark (", que …", "» …") under a line not
    closed like a sentence, or it opens any way under a line left open by a comma or a
    word no sentence ends with ("… señalan que" over "“estos puestos …”"), or it opens
    with a name under prose of six words or more left open on a lower-case word ("…
    entre los abogados está" over "Rubén Correa Freitas, exdirector …").
    """
    if _GOES_ON.match(below) is not None:
        return not _closed(above) or not below.lstrip('"“«*_([ ')[:1].isalpha()
    # the last words only, and a count up to a clause's (all that is read of them): a
    # paragraph is not split whole
    words = above.rsplit(None, _CLAUSE_WORDS)
    if not words:
        return False
    return (
        above.endswith(",")
        or words[-1].lower() in layout_words("open_end")
        or (
            _open_clause(words)
            and (_name_opens(below) or _figure_opens(below) or _sentence_end(below))
        )
        or (_says_who(words) and _capitalised_pair(below))
        or needs_end(above, below)  # "… según informó" over "El Mercurio en su edición."
    )


def _capitalised_pair(text: str) -> bool:
    """Whether a line opens with two capitalised words: a name, an outlet ("El Mercurio")."""
    words = text.lstrip("*_").split(None, 2)[:2]
    return len(words) == _CLAUSE_NAME and all(w[:1].isupper() for w in words)


def _says_who(words: Sequence[str]) -> bool:
    """Prose of three words or more left open on a reporting verb ("Así lo confirmó").

    The speaker comes after the verb in news prose ("… confirmó Luis Ortega, …"): a
    line left open so, no stop after the verb, goes on in the name under it.
    """
    last = words[-1]
    return len(words) >= _CUT_WORDS and last.islower() and last in _reporting_forms()


@functools.cache
def _reporting_forms() -> frozenset[str]:
    """The reporting verbs' forms news uses ("confirmó", "explicaron"; ``reporting_verbs.tsv``)."""
    return frozenset(row[0].lower() for row in rows("reporting_verbs.tsv"))


def _figure_opens(text: str) -> bool:
    """Whether a line opens with a figure and goes on with its sentence to a stop.

    "2.000 millones de pesos, según …", "92% durante …": the figure, then a lower-case
    word or a comma, and the line closed like a sentence or longer than a short piece.
    Not a date ("3 de octubre de 2024"), nor a label with its count ("4 minutos", "12
    comentarios"), which close no sentence.
    """
    head = text.lstrip("*_").removeprefix("US").lstrip("$€£ ")
    return (
        head[:1].isdigit()
        and _FIGURE_GOES_ON.match(text) is not None
        and _DAY_OF_MONTH.match(head) is None
        and (_closed(text) or len(text.split(None, _PIECE_WORDS)) > _PIECE_WORDS)
    )


def _open_clause(words: Sequence[str]) -> bool:
    """Prose of six words or more left open on a lower-case word ("… en el tema está")."""
    last = words[-1]
    return len(words) >= _CLAUSE_WORDS and last.isalpha() and last.islower()


def _name_opens(text: str) -> bool:
    """Whether a line opens with a name: two capitalised words, the first no function word.

    "Rubén Correa Freitas, exdirector …" (a linked name the renderer set on its own
    line); "Los focos …", "El ministro …" open a sentence.
    """
    words = text.lstrip("*_").split(None, 2)[:2]  # (a name in bold or italics too)
    return (
        len(words) == _CLAUSE_NAME
        and all(w[:1].isupper() and w[1:2].islower() for w in words)
        and fold(words[0]) not in folded_lines("stopwords.txt")
    )


def _short_pieces(lines: Sequence[Pieced], pieces: set[int]) -> set[int]:
    """Body lines under a sentence's end that a short piece joins to it (see below).

    A lead-in (a dateline, a bold opening phrase) or a linked phrase a renderer set on a
    line of its own is shorter than a paragraph: on a page spaced by blank lines, a line
    right under a closed line joins it when either holds :data:`_PIECE_WORDS` words or
    fewer. Not a list's item or a turn, not a short question over the text (an
    intertitle asks), and not a title-shaped line (an intertitle, a label) unless the
    next line carries on its sentence (a link opening a sentence).
    """
    found: set[int] = set()
    for i in range(1, len(lines)):
        above, line = lines[i - 1], lines[i]
        if i in pieces or line.gap or not (above.body and line.body):
            continue
        text = above.text.rstrip()
        if _own_line(line.text):
            continue
        if not _closed(text):
            if i > 1 and _cut_sentence(text):
                found.add(i)  # a sentence cut in its middle (not the body's first line)
            continue
        short_above = len(text.split(None, _PIECE_WORDS)) <= _PIECE_WORDS
        if not short_above and len(line.text.split(None, _PIECE_WORDS)) > _PIECE_WORDS:
            continue  # two paragraphs' worth: a page may set some paragraphs so
        if short_above and _ASKS.search(text) is not None:
            continue  # a question over the text: an intertitle
        if _title_shaped(line.text) and i + 1 not in pieces:
            continue  # an intertitle over its paragraph, a label
        found.add(i)
    return found


def _cut_sentence(text: str) -> bool:
    """A line of prose longer than any intertitle, left open on a lower-case word.

    "… los vecinos del sector reclamaron durante meses por el estado de la" is a
    sentence a line break cut; a summary over the text, the body's first line, may end
    so too (decks often carry no stop), and is left alone.
    """
    words = text.rsplit(None, _PIECE_WORDS)  # (the last word, and a count up to a piece's)
    return len(words) > _PIECE_WORDS and words[-1].isalpha() and words[-1].islower()


class Pieced(Protocol):
    """What :func:`paragraph_pieces` reads of a line.

    A :class:`Piece`, or the layout's own line record, read in place (a page of short
    lines makes no second record a line).
    """

    @property
    def text(self) -> str: ...
    @property
    def gap(self) -> int: ...
    @property
    def body(self) -> bool: ...


def paragraph_pieces(lines: Sequence[Pieced]) -> frozenset[int]:
    """The body's lines that go on the paragraph of the body line right above them.

    On a page that sets its paragraphs apart by blank lines (three paragraphs or more of
    its body end over a blank line, three times as many as end right over a line), a
    line of the body right under another (no blank line between) that carries on the
    sentence the line above leaves open is the same paragraph, broken by an inline tag
    or a line break: "… señalan que" over "“estos puestos …”.", "El líder del partido"
    over "salió reforzado de la asamblea.", "En materia de vialidad," over "la carretera
    …". Not when it opens a list's item, an interview's turn or a quoted block ("- ",
    "1. ", "—", "P:", ">"). A sentence's end over a capital is left apart (pages that set
    paragraphs a blank line apart also set some right under one another), unless the
    page breaks its paragraphs throughout (four such pieces or more, lines joined
    already counted): then any body line right under another joins it, but under a
    title-shaped line (an intertitle over its paragraph) or when title-shaped itself and
    alone. On a page that breaks only a few, a short piece under a sentence's end and a
    sentence cut in its middle join too (:func:`_short_pieces`). A page that sets every
    paragraph one line apart keeps every line.

    Examples:
        >>> para = "El concejo aprobó ayer el presupuesto de las obras del barrio norte."
        >>> page = [Piece(para, 1, True), Piece(para, 1, True), Piece(para, 2, True)]
        >>> sorted(paragraph_pieces([*page, Piece("Desde prensa señalan que", 2, True),
        ...     Piece("“no habrá más cambios”.", 0, True)]))
        [4]
        >>> sorted(paragraph_pieces([*page, Piece("Las claves", 2, True),
        ...     Piece("El plan tiene tres partes.", 0, True)]))
        []
    """
    # a sentence left open over a blank line, the next body line carrying it on
    across = frozenset(
        i
        for i in range(1, len(lines))
        if lines[i].gap
        and lines[i].body
        and lines[i - 1].body
        and (
            carried_over_gap(lines[i - 1], lines[i])
            or (i + 1 < len(lines) and linked_between(lines[i - 1], lines[i], lines[i + 1]))
        )
    )
    # fewer body lines over a blank line than a spaced page needs: no page to rejoin (a
    # cheap count first: a page of short lines set right under one another)
    gapped = (1 for line in lines if line.gap and line.body)
    if sum(itertools.islice(gapped, _SPACED)) < _SPACED:
        return across
    pieces = {
        i
        for i in range(1, len(lines))
        if not lines[i].gap
        and lines[i - 1].body
        and lines[i].body
        and not _own_line(lines[i].text)
        and goes_on(lines[i - 1].text.rstrip(), lines[i].text)
    }
    # lines joined already (:func:`noticiaparse._layout.page`) hold a line break
    broken = len(pieces) + sum(line.body and "\n" in line.text for line in lines)
    if not _spaced(lines, broken=broken >= _BROKEN):
        return across
    if broken < _BROKEN:
        return frozenset(pieces | across | _short_pieces(lines, pieces | across))
    for i in range(1, len(lines)):
        above, line = lines[i - 1], lines[i]
        if i in pieces or line.gap or not (above.body and line.body):
            continue
        if _own_line(line.text) or _title_shaped(above.text):
            continue  # a list's item, a turn; under an intertitle
        after = lines[i + 1] if i + 1 < len(lines) else None
        if _title_shaped(line.text) and (after is None or after.gap > 0 or not after.body):
            continue  # an intertitle, or a closing label, alone
        pieces.add(i)
    return frozenset(pieces | across)


def _own_line(text: str) -> bool:
    """``_OWN_LINE.match(text) is not None``, tried only where one of its branches can open.

    Most lines open with a letter and show no stop, colon or bracket second or third:
    they are ruled out without the match.

    Examples:
        >>> [_own_line(t) for t in ("- Lima", "2. Lima", "P: ¿Y?", "Pedro dijo", "» y")]
        [True, True, True, False, False]
    """
    second = text[1:3]
    return (
        (
            text[:1] in _OWN_FIRSTS  # (an empty line too: tried, and matched by none)
            or "." in second
            or ")" in second
            or ":" in second[:1]
        )
        and (_ASCII_OWN_LINE if text[:_OWN_REACH].isascii() else _OWN_LINE).match(text) is not None
    )


def carried_over_gap(above: Pieced, below: Pieced) -> bool:
    """Whether ``below``, a blank line under ``above``, carries on its sentence.

    A paragraph never ends on a comma or on a word no sentence ends with, and never
    opens in lower case: a renderer that set an inline tag (a link, a bold name, a
    quotation's speaker) on lines of its own between blank lines broke the paragraph
    there. Prose of six words or more left open by a comma or such a word ("… firmado
    por la ministra de Salud," over "María López,"), or a line not closed like a
    sentence over a line opening in lower case that is a sentence or longer than an
    intertitle ("«Vamos a cumplir»," over "dijo el alcalde.") or that quotes words
    under prose left open on a lower-case word ("… dijo que el plan es" over "“una
    deuda histórica”"), are one paragraph. Not a list's item, an interview's turn or a
    quoted block.
    """
    if not (above.body and below.body) or _own_line(below.text):
        return False
    text = above.text.rstrip()
    # the last words only, and a count up to a piece's (all that is read of them): a
    # paragraph is not split whole
    words = text.rsplit(None, _PIECE_WORDS)
    if (len(words) >= _CLAUSE_WORDS and text.endswith(",")) or _open_ended(words):
        return True
    if (
        (_open_clause(words) and (_figure_opens(below.text) or _sentence_end(below.text)))
        or needs_end(text, below.text)  # "Así lo informó" over "El Tiempo."
        or (len(words) >= _CLAUSE_WORDS and not _closed(text) and _acronym_opens(below.text))
        # a link's sentence resumes after it with a new one: "El Mercurio" over ". La …"
        or (below.text[:2] == ". " and len(words) <= _PIECE_WORDS and not _closed(text))
    ):
        # "… la inversión total alcanzará" over "2.000 millones de …"; "… Nacional de
        # Estadísticas" over "(INE), la población …"
        return True
    return (
        _GOES_ON.match(below.text) is not None
        and below.text.lstrip()[:1] != "."
        and not _closed(text)
        and (
            _closed(below.text)
            or len(below.text.split(None, _TITLE_WORDS)) > _TITLE_WORDS
            # quoted words inside the sentence: "… dijo que el plan es" over "“una deuda …”"
            or (_open_clause(words) and below.text.lstrip()[:1] in _QUOTE_OPENERS)
        )
    )


def _open_ended(words: Sequence[str]) -> bool:
    """Prose of three words or more left open by a word no sentence ends with, in lower case.

    An article, a preposition, a conjunction ("En declaraciones a", "… lo hizo el"):
    no intertitle and no label ends so.
    """
    return (
        len(words) >= _CUT_WORDS and words[-1].islower() and words[-1] in layout_words("open_end")
    )


def _sentence_end(text: str) -> bool:
    """A short line closing a sentence: a link's name and its stop ("El Mercurio.").

    Four words at most, a name's (each capitalised but a function word: "Radio del
    Sur."), closed by a full stop and holding no other: under prose left open on a
    lower-case word, the end of its sentence. A short sentence under a title ("Así lo
    dijo.") is no name.
    """
    words = text.split()
    return (
        0 < len(words) <= _END_WORDS
        and text.rstrip(_CLOSING_MARKS).endswith(".")
        and text.count(".") == 1
        and text.lstrip(_NAME_MARKS)[:1].isupper()
        and all(
            word[:1].isupper() or fold(word) in folded_lines("stopwords.txt")
            for word in (w.strip(_NAME_MARKS) for w in words)
        )
    )


#: The marks around a name set in bold, in italics or in quotes, and its stop.
_NAME_MARKS = '*_"“«.»”'


def _acronym_opens(text: str) -> bool:
    """Whether a line opens with a bracketed aside, the sentence going on after it."""
    return text[:1] == "(" and _BRACKETED.match(text) is not None


def linked_between(before: Pieced, link: Pieced, after: Pieced) -> bool:
    """A link set between blank lines inside a sentence, from its three lines.

    "El proyecto fue presentado por el concejal" / "Jorge Martínez" / "y aprobado …":
    prose of six words or more left open on a lower-case word over a short line
    opening with a name (in bold or italics too), a hashtag or a handle, or in lower
    case ("… la emigración" / "venezolana" / "está catalogada …"), not closed like a
    sentence, over a line that goes on in lower case or with a closing mark (", quien
    …"); under a line opening with a closing mark the link may open any way ("… por el
    diario" / "El Mercurio" / ". La empresa …").
    """
    words = before.text.rsplit(None, _CLAUSE_WORDS)  # (the last words, and a count up to six)
    return (
        before.body
        and link.body
        and after.body
        and (
            _open_clause(words)
            or _open_ended(words)
            # (shorter prose left open on a lower-case word over a piece in lower case
            # itself: "Los conductores realizaron" / "una protesta" / "durante …")
            or (
                len(words) >= _CUT_WORDS
                and words[-1].isalpha()
                and words[-1].islower()
                and link.text.lstrip("*_")[:1].islower()
            )
        )
        and len(link.text.split(None, _PIECE_WORDS)) <= _PIECE_WORDS
        and not _closed(link.text)
        and (
            _name_opens(link.text)
            or link.text.lstrip("*_")[:1].islower()
            or link.text[:1] in _TAGS  # a hashtag, a handle: "#ParqueNorte", "@municipio"
            or after.text[:1] in _RESUMES  # the sentence resumes: "El Mercurio" / ". La …"
        )
        and _GOES_ON.match(after.text) is not None
    )


def needs_end(above: str, below: str) -> bool:
    """Whether ``below``, a name and its stop, ends the sentence ``above`` leaves open.

    "Así lo confirmó en una entrevista con" / "La Tercera."; "… según publicó ayer el
    diario" / "El Mercurio.": prose of three words or more, not closed like a sentence,
    left open on a word no sentence ends with (an article, a preposition) or with a verb
    of publishing or "según" among its last five words (lexicon ``layout_words.tsv``,
    ``press_verb``), over a short name closed by a stop (:func:`_sentence_end`). An
    outlet's name so set apart, blank lines around it, is the sentence's end, not a
    credit; a caption over its credit ends on no such word.

    Examples:
        >>> needs_end("Así lo confirmó en una entrevista con", "La Tercera.")
        True
        >>> needs_end("Así lo informó", "El Tiempo.")
        True
        >>> needs_end("Vecinos frente a la municipalidad de la comuna", "Agencia Uno.")
        False
    """
    if len(below) > _MAX_NAME_END or not _sentence_end(below) or _closed(above):
        return False
    words = above.split()
    if len(words) < _CUT_WORDS:
        return False
    if words[-1].islower() and words[-1] in layout_words("open_end"):
        return True
    press = layout_words("press_verb")
    return any(fold(word) in press for word in words[-_PRESS_REACH:])


#: A verb of publishing stands at most this many words from the line's end.
_PRESS_REACH = 5
#: A name closing a sentence on its own line has at most this many characters.
_MAX_NAME_END = 60


#: What opens a hashtag or a handle set inside a sentence.
_TAGS = frozenset("#@")
#: The marks a line resuming a sentence after a link opens with: the link's sentence
#: goes on or ends there.
_RESUMES = frozenset(",.;:)")


#: A quotation's closing mark opening a line, the sentence going on after it ("", dijo
#: el ministro", "» del país"): a mark then a comma, a stop or a bracket, or a space and a
#: lower-case word (an opening mark is set right against its first word).
_CLOSES_QUOTE = regex.compile(r"[\"“”»’'](?:[,.;:)\]]|\s{1,3}\p{Ll})")
_QUOTE_CLOSERS = frozenset("\"“”»’'")  # (the marks :data:`_CLOSES_QUOTE` opens with)
#: The marks that open a quotation or a bracket: one left alone at a line's end (a space
#: before it) has its words on the next line ("… dijo: "").
_OPENERS = frozenset('"“«([')
#: A dash set right against a lower-case word: an aside inside the sentence ("–ambos
#: ocurridos este año–"), never a list's item (a space follows its mark) nor a turn of
#: dialogue (a capital or an opening sign follows).
_ASIDE = regex.compile(r"[-–—]\p{Ll}")
_DASHES = frozenset("-–—")  # (the marks :data:`_ASIDE` and :data:`_SPACED_ASIDE` open with)
#: A dash, a space and a lower-case word: an aside's close when the line above opened
#: one with a dash between spaces ("… su parte - 6,4 millones de euros" over "- por el
#: amaño …"); else a list's item.
_SPACED_ASIDE = regex.compile(r"[-–—]\s\p{Ll}")
_OPEN_DASH = regex.compile(r"\s[-–—](?=\s)")
#: A bracketed aside opening a line, the sentence going on after it ("(BCE) ven …",
#: "(Lima); y …"): an acronym or a note on the word above, never a caption's credit alone.
_BRACKETED = regex.compile(r"\([^()\n]{1,60}\)(?:[,;:]|\.?\s{1,3}\p{Ll}|\s{1,3}[y,])")
#: What script code or a data block holds and prose never does.
#: (in four pieces, :func:`_code_marked`: a bracket, a brace or an equals sign anywhere; a
#: key and its colon opening the line; a colon quoted or between spaces; a method's call)
_CODE_KEY = regex.compile(r"[\w$]{1,30} ?: ?[\"'\d\[]")
_CODE_COLON = regex.compile(r"[\"'] ?:|\s:\s")
_CODE_COLON_BEFORE, _CODE_COLON_AFTER = 2, 2  # (how far a match stands from its colon)
_CODE_CALL = regex.compile(r"\w\.\w{1,40}\(")
_CODE_CALL_BEFORE = 42  # (the longest match before its bracket)
#: A short line of a sentence a line break cut carries this many words at least.
_CUT_WORDS = 3


def ends_run(text: str, end: int) -> bool:
    r"""Whether the line of ``text`` whose text ends at ``end`` ends a run cut by a tag.

    A renderer that puts each run of text on a line of its own (``get_text("\n")``,
    ``text_content()``) keeps the space a run had before an inline tag: the line over a
    link or a bold name ends with one space (``"… recorrerán "`` over ``"más de 12.000
    viviendas"``). Two spaces are a Markdown hard break or padding, not a run's space.

    Examples:
        >>> page = "Las brigadas recorrerán \nmás de 12.000 viviendas\n hasta fin de mes."
        >>> ends_run(page, 23), ends_run(page, 47)
        (True, False)
    """
    return text[end : end + 2] == " \n" and text[end - 1 : end] != " "


def opens_run(text: str, start: int) -> bool:
    r"""Whether the line of ``text`` whose text starts at ``start`` opens a run after a tag.

    The run after a link or a bold name keeps the space it opened with: the line opens
    with one space (``" hasta fin de mes."``). A page's indentation is a run of spaces
    or a tab, and stands on the lines around too (the caller reads the line above).

    Examples:
        >>> page = "Las brigadas recorrerán \nmás de 12.000 viviendas\n hasta fin de mes."
        >>> opens_run(page, 50), opens_run(page, 25)
        (True, False)
    """
    return text[max(0, start - 2) : start] == "\n "


def inline_break(above: str, below: str) -> bool:
    """Whether a line break between ``above`` and ``below`` cuts one sentence.

    A renderer that sets every inline tag (a link, a bold name, a quotation's marks) on
    a line of its own breaks the sentence around it. Marks say so from either side: a
    quotation or a bracket opened at the end of ``above`` and not closed; a closing
    mark opening ``below`` with the sentence going on ("", afirmó …", "» del país"); a
    dash set against a lower-case word opening an aside ("–ambos …"), or a dash and a
    space before one closing the aside a dash between spaces opened in ``above`` ("… su
    parte - 6,4 millones" over "- por el amaño …"); a bracketed aside
    opening ``below`` under prose of six words or more not closed, the sentence going
    on after it ("(BCE) ven …"). So do words:
    ``above`` left open by a comma (two words or more) or by a word no sentence ends
    with (an article, a preposition: "La Mesa del" over "Congreso, dominada por"),
    unless it is a byline's or a credit's lead ("Por" over a name) or a piece of
    furniture; prose of three words or more not closed, over a sentence in lower case
    longer than an intertitle or a line longer than a short piece, twelve words
    ("Decenas de miles de vecinos" over "se reunieron ayer en la plaza central para
    pedir …."; a caption under a title is neither), pieces of a sentence joined already
    or a line opening in lower case itself (a piece), over a line in lower case (longer
    than an intertitle under such a piece: a menu's words in lower case are short).

    Examples:
        >>> inline_break("Lo dijo ayer la presidenta del consejo: «", "Vamos a cumplir")
        True
        >>> inline_break("no habrá más cambios", "», señaló la portavoz.")
        True
        >>> inline_break("Horas antes de la votación,", "Marta Ruiz Lago")
        True
        >>> inline_break("Por", "Ana Díaz"), inline_break("Fin del juicio.", "Otra línea")
        (False, False)
    """
    above = above.rstrip()
    if not above or not below:
        return False
    # (never script code, a data block: "timeout : 2000,", "\"name\": …,")
    return _broken(above, below) and not _code_marked(above)


def _code_marked(text: str) -> bool:
    """Whether ``text`` holds what script code or a data block holds and prose never does.

    A brace or an equals sign; a key and its colon opening the line ("timeout : 2000,");
    a colon after a quotation mark or between spaces (`"name": …`); a method's call
    ("window.open("). Each match but the key's holds a colon or an opening bracket, so
    the line (often a paragraph joined already) is read only around those, not scanned.

    Examples:
        >>> _code_marked("var x = 1"), _code_marked('"name": "Ana"'), _code_marked("a.b(c)")
        (True, True, True)
        >>> _code_marked("Dijo: «No hay (más) cambios» a las 10:30 en el Congreso.")
        False
    """
    if "{" in text or "}" in text or "=" in text or _CODE_KEY.match(text) is not None:
        return True
    colon = text.find(":")
    while colon >= 0:
        start = max(0, colon - _CODE_COLON_BEFORE)
        if _CODE_COLON.search(text, start, colon + _CODE_COLON_AFTER) is not None:
            return True
        colon = text.find(":", colon + 1)
    bracket = text.find("(")
    while bracket >= 0:
        if _CODE_CALL.search(text, max(0, bracket - _CODE_CALL_BEFORE), bracket + 1) is not None:
            return True
        bracket = text.find("(", bracket + 1)
    return False


def _broken(above: str, below: str) -> bool:
    """:func:`inline_break` but for code, ``above`` stripped and neither side empty."""
    # the patterns read at ``below``'s start each open on a mark or a digit ("P:" and "R."
    # aside): a line opening with a letter, most lines, is matched by none of them
    # (and each pattern but _OWN_LINE opens with one character of a few: a line opening
    # with a bullet's "*", the most common mark, is tried against none of them)
    first = below[0]
    marked = not first.isalpha()
    dash = marked and first in _DASHES
    if (
        marked
        and (
            (first in _QUOTE_CLOSERS and _CLOSES_QUOTE.match(below) is not None)
            or (dash and _ASIDE.match(below) is not None)
        )
    ) or (above[-1] in _OPENERS and (len(above) == 1 or above[-2].isspace())):
        return any(c.isalpha() for c in above)
    if _closed(above):
        return False
    # the last words only (a count up to _CLAUSE_WORDS is all that is read of the others):
    # ``above`` may be a paragraph joined already
    words = above.rsplit(None, _CLAUSE_WORDS)
    spaced = dash and _SPACED_ASIDE.match(below) is not None
    own = marked or (below[0] in "PR" and below[1:2] in ":.")  # (an interview's "P:", "R.")
    if own and not spaced and _own_line(below):
        return False  # a list's item, a turn, a quoted block: a line of its own
    if spaced:  # (an aside the line above opened)
        return len(_OPEN_DASH.findall(above)) % 2 == 1
    if first == "(" and _BRACKETED.match(below) is not None:
        # (an acronym's brackets under its name: "El Instituto Nacional de Estadística" over
        # "(INE) estima …"; a paragraph never opens with a bracketed aside)
        return len(words) >= _CUT_WORDS
    last = words[-1]
    if below[:1].islower() and last[-1:] == "-" and last[-2:-1].isalpha():
        return True  # a compound or a word cut by a hyphen: "… la alianza público-" / "privada"
    if (
        _says_who(words)
        and _capitalised_pair(below)
        and _closed(below)
        and below.count(" ") >= _CUT_WORDS
    ):
        return True  # the speaker after the verb: "Así lo confirmó" / "Luis Ortega, …."
    if (above.endswith(",") and len(words) > 1) or (
        last.lower() in layout_words("open_end")
        and (last.islower() if len(words) > 1 else last[:1].isupper())
    ):
        # (one word alone opens a sentence: "El" over "Gobierno"; after others, the
        # word in lower case: "Serie A" over "Ligue 1" is a menu's)
        return not _lead(above)
    if not below[:1].islower():
        # a figure under prose left open: "… la inversión total alcanzará" over "2.000
        # millones de pesos, …" (not under a byline's or a credit's lead)
        return (
            len(words) >= _CLAUSE_WORDS
            and _open_clause(words[-1:] * _CLAUSE_WORDS)
            and (_figure_opens(below) or _sentence_end(below))
            and not _lead(above)
        )
    # (a line joined already holds a sentence's pieces: it goes on in lower case)
    going = len(below.split(None, _PIECE_WORDS))  # (a count up to a piece's: all that is read)
    return (
        "\n" in above
        # a piece opening in lower case itself, over a clause (not a menu's words)
        or (above[:1].islower() and going > _TITLE_WORDS)
        or (
            len(words) >= _CUT_WORDS
            and (going > _PIECE_WORDS or (going > _TITLE_WORDS and _closed(below)))
            and not _lead(above)
        )
    )


def _lead(text: str) -> bool:
    """A byline's or a credit's lead alone ("Por", "Con información de"), or furniture."""
    key = fold(text).strip(" :,")
    return (
        key in folded_lines("byline_leads.txt")
        or key in folded_lines("credit_leads.txt")
        or furniture_kind(text) is not None
    )
