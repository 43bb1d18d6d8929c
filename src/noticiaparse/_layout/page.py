"""Page layout: headline, deck, body, byline, publication line and boilerplate.

The page is read as lines (one line of scraped text is one paragraph). Each line is
first classified on its own (:mod:`noticiaparse._layout.boilerplate`,
:mod:`noticiaparse._layout.byline`, :mod:`noticiaparse._layout.published`); then the page's
structure decides the rest, in three linear passes:

1. **headline**: the title the page repeats (title tag and h1, perhaps with the
   site's name or glued to a teaser), else the first title-shaped line, skipping
   section labels and kickers above it;
2. **deck**: the first text line under the headline when the page sets it apart
   (bylines, dates or share buttons between it and the body, or a wider gap than the
   body's paragraphs have), or, with nothing to tell, when it is shaped like one;
3. **body**: every later text line, minus furniture (ads, "Lee también", related
   headline/counter pairs, list widgets, tags, newsletter calls, footers).

Every other non-empty line is boilerplate; the byline gives ``authors`` and the
publication line ``published``.
"""

from __future__ import annotations

import functools
import statistics
from collections.abc import Sequence

import attrs
import regex

from noticiaparse._layout.boilerplate import (
    MAX_FURNITURE,
    caption_credit,
    desks,
    furniture_kind,
    is_breadcrumb,
    is_counter,
    is_share_bar,
    masthead_words,
)
from noticiaparse._layout.byline import Byline, read_byline
from noticiaparse._layout.published import DateLine, read_date_line
from noticiaparse._model import Layout, Publication, Segment
from noticiaparse._text.fold import fold
from noticiaparse._text.lexicons import lines as lexicon_lines
from noticiaparse._text.span import Span, trim
from noticiaparse._text.spine import Spine

__all__ = ["PageLayout", "find_layout"]

_LINE = regex.compile(r"[^\n]+")
_BLOCK = regex.compile(r"[^\n ](?:[^\n ]| (?! ))*")
_COMBINED = regex.compile(r"\s{1,3}(?:\||·|•|–|—|-|el)\s{1,3}|,\s{1,3}")
_LETTER = regex.compile(r"\p{L}")
_DIGIT = regex.compile(r"\d")
_SITE_AFTER = regex.compile(r"\s{0,3}(?:\||–|—|-|::|»)\s")
_SITE_BEFORE = regex.compile(r"\s(?:\||–|—|-|::|»)\s{0,3}$")
_SITE_WORDS = 5
#: A headline this short is not looked for again in the title line.
_MIN_TITLE_CHARS = 8
#: A headline glued to the text after it has at least this many words.
_MIN_GLUED_WORDS = 3
#: A label-sized title has this many words or more, one a content word this long.
_MIN_SHORT_TITLE_WORDS = 3
_MIN_CONTENT_WORD = 4
_MAX_COMBINED = 160
_TRAILING_CUE = regex.compile(r"\s{1,3}(?:publicad[oa]|actualizad[oa])\s{0,3}:?$", regex.IGNORECASE)
_FLAT_BLOCKS = 3
_FLAT_WINDOW = 5000
_SITE = regex.compile(r"\s{1,3}(?:\||–|—|-|::|»)\s{1,3}")
_TERMINAL = (".", "!", "?", "…", '"', "»", "”", "’", "'", ")")
_DIALOGUE = ("-", "—", "–", "¿", "‒", "―")
_DASHES = ("-", "—", "–", "‒", "―")
_CLOSERS = "\"»”’')"
_STOPS = (".", "!", "?", "…", ":", ";", ",")
_CONTACT = regex.compile(r"(?:[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}|@\w{2,30})")
_DOMAIN = regex.compile(
    r"\b[a-z0-9-]{2,40}\.(?:com|cl|mx|es|ar|co|pe|uy|ve|ec|bo|py|net|org|info)\b"
)
_HASHTAGS = regex.compile(r"#\w{1,40}(?:[\s,]{1,3}#\w{1,40}){1,20}")
_NUMBERED = regex.compile(r"\d{1,2}\s?[.)-]\s{0,3}\p{Lu}")

#: Header furniture: what a page puts between its deck and its body.
_HEADER = frozenset({"byline", "bare", "date", "share", "media", "crumb"})
#: The page's metadata: once it has been shown, the article text has begun.
_META = frozenset({"byline", "bare", "date", "share"})
#: How many lines from the top the headline is looked for in.
_TOP = 40
_TOP_CANDIDATES = 12
_MAX_HEADLINE = 300
_MAX_DECK = 800
_LONG_TITLE = 130
_MAX_COPIES = 2
_KICKER_WORDS = 3
_MASTHEAD_WORDS = 6
_PARTICLES = frozenset({"de", "del", "la", "las", "los", "el", "y", "en"})
_MAX_LABEL = 40
_BYLINE_REACH = 3
_MAX_BARE_BYLINE = 80
_SHORT_DECK = 260
_SHORT_DECK_SPACED = 300
_MAX_ITEM = 250
_MIN_GLUED = 8
_LONG_DECK = 700
_GLUE = regex.compile(r"(?<=[\p{Ll}\d\"”»’)?!])\s(\p{Lu}\p{L}*)(?:\s(\S+))?")
_GLUED_DIALOGUE = regex.compile(r"(?<=[\p{Ll}\d\"”»’)?!.])\s[-—–](?=[¿¡\p{Lu}])")
_ARTICLES = frozenset({"el", "la", "los", "las", "un", "una", "unos", "unas"})
_ARTICLES |= frozenset({"este", "esta", "estos", "estas"})
_MIN_TITLE_WORDS = 4
_MAX_CAPTION = 200
_LONG_DECK_RATIO = 6


@attrs.frozen
class PageLayout:
    """The public :class:`Layout` and the normalised spans the extractors read.

    ``regions`` are the headline, deck and body paragraphs in reading order, as
    spans of ``Spine.text``.
    """

    layout: Layout
    regions: tuple[Span, ...]


@attrs.define
class _Line:
    start: int
    end: int
    gap: int  # blank lines before this one
    text: str
    kind: str = ""  # "" for text; else the furniture kind
    byline: Byline | None = None
    date: DateLine | None = None
    date_span: tuple[int, int] | None = None
    role: str = ""  # "H" headline, "D" deck, "B" body, "X" boilerplate, "=" headline copy

    @property
    def words(self) -> int:
        return self.text.count(" ") + 1


def _split(text: str) -> list[_Line]:
    """The page's non-empty lines, trimmed, each with the blank lines before it.

    A page flattened onto one line keeps its blocks apart with runs of spaces: then
    those runs are the line breaks.
    """
    out: list[_Line] = []
    last_end = 0
    for match in (_BLOCK if _flattened(text) else _LINE).finditer(text):
        start, end = trim(text, *match.span())
        if start == end:
            continue
        gap = text.count("\n", last_end, start) - (1 if out else 0)
        out.append(_Line(start, end, max(gap, 0), text[start:end]))
        last_end = end
    return out


def _flattened(text: str) -> bool:
    """A page on one line whose blocks stand apart by runs of spaces, a title among them.

    Double spaces between sentences of one paragraph do not count: some block must be
    shaped like a title or a label (short, not closed like a sentence).
    """
    if "\n" in text or text.count("  ") < _FLAT_BLOCKS - 1:
        return False
    blocks = [m.group() for m in _BLOCK.finditer(text, 0, min(len(text), _FLAT_WINDOW))]
    if len(blocks) < _FLAT_BLOCKS:
        return False
    if any(
        len(b) <= _MAX_LABEL * 3 and not b.rstrip(_CLOSERS).endswith(_STOPS) for b in blocks[:-1]
    ):
        return True
    # a long title first, not closed like a sentence, and a new sentence after it
    first, second = blocks[0], blocks[1]
    return (
        len(first) <= _MAX_HEADLINE
        and not first.rstrip(_CLOSERS).endswith(_STOPS)
        and not second[:1].islower()
    )


def _classify(line: _Line) -> None:
    text = line.text
    if len(text) > MAX_FURNITURE:
        return
    folded = fold(text)  # once for the readers below
    kind = furniture_kind(text, folded)
    if kind is not None:
        line.kind = kind
        return
    if is_counter(text):
        line.kind = "counter"
        return
    date = read_date_line(text)
    if date is not None:
        line.kind, line.date, line.date_span = "date", date, (line.start, line.end)
        return
    if (
        _CONTACT.fullmatch(text)
        or _HASHTAGS.fullmatch(text)
        or (len(text) <= _MAX_LABEL and _LETTER.search(text) is None)
    ):
        line.kind = "line"  # contact, hashtags, a player's "00:00 / 03:24"
        return
    if caption_credit(text):
        line.kind = "media"
        return
    byline = read_byline(text, folded)
    if byline is not None:
        line.kind, line.byline = ("bare" if byline.bare else "byline"), byline
        return
    if is_share_bar(text, folded):
        line.kind = "share"
    elif is_breadcrumb(text):
        line.kind = "crumb"
    else:
        _combined(line)


def _combined(line: _Line) -> None:
    """A byline and a date on one line: "Por Camila Rojas | 16/03/2021 - 17:27"."""
    text = line.text
    if len(text) > _MAX_COMBINED or _DIGIT.search(text) is None:
        return
    cuts = [m.span() for m in _COMBINED.finditer(text)]
    for cut_start, cut_end in cuts:
        head, tail = text[:cut_start], text[cut_end:]
        cue = _TRAILING_CUE.search(head)
        if cue is not None:  # "Camila Rojas Publicado el 16/03/2021"
            head = head[: cue.start()]
        for names, when, offset in ((head, tail, cut_end), (tail, head, 0)):
            # the date first: most sides have no digit, and it is the cheaper reading
            date = read_date_line(when)
            if date is None:
                continue
            byline = read_byline(names)
            if byline is None or (byline.bare and not byline.authors):
                continue
            line.kind, line.byline, line.date = "byline", byline, date
            start = line.start + offset
            line.date_span = (start, start + len(when))
            return


def _key(line: _Line) -> str:
    return fold(line.text) if len(line.text) <= 2 * _MAX_HEADLINE else ""


def _site_prefix(text: str) -> int | None:
    """Length of the title in "Title | Site" (or "Title | Section | Site").

    The title ends at the first bar after which every part is shaped like a site's or
    section's name (a few capitalised words, or a web domain).
    """
    for cut in _SITE.finditer(text):
        head = text[: cut.start()].strip()
        if len(head.split()) <= _KICKER_WORDS:
            continue
        parts = _SITE.split(text[cut.end() :])
        if all(_site_part(part.strip()) for part in parts):
            return cut.start()
    return None


def _site_part(part: str) -> bool:
    """Shaped like a site's or section's name: "La Tercera", "Regiones", "elsur.cl"."""
    return (
        bool(part)
        and len(part) <= _MAX_LABEL
        and len(part.split()) <= _SITE_WORDS
        and (part[0].isupper() or part[0].isdigit() or _DOMAIN.search(part) is not None)
        and not part.endswith(("?", "!", ":", ","))
    )


def _same_title(title_line: str, headline: str) -> str | None:
    """How a top line repeats the headline: "=", "site" or "glued", else ``None``."""
    if not headline or len(headline) < _MIN_TITLE_CHARS:
        return None
    if title_line == headline:
        return "="
    if title_line.startswith(headline):
        rest = title_line[len(headline) :]
        if _SITE_AFTER.match(rest) and len(rest.split()) <= _SITE_WORDS + 2:
            return "site"
        if rest.startswith(" ") and len(headline.split()) >= _MIN_GLUED_WORDS:
            return "glued"
    if title_line.endswith(headline):
        rest = title_line[: -len(headline)]
        if _SITE_BEFORE.search(rest) and len(rest.split()) <= _SITE_WORDS + 1:
            return "site"
    return None


def _is_text(line: _Line) -> bool:
    return line.kind == "" and line.role == ""


def _headline(lines: Sequence[_Line]) -> tuple[int, tuple[int, int]] | None:
    """Index of the headline line and its span; marks title copies on the way."""
    texts = [i for i, ln in enumerate(lines[:_TOP]) if ln.kind in ("", "bare") and not ln.role]
    # section labels and menu entries are not titles (unless nothing else is there)
    top = ([i for i in texts if not _label(lines[i])] or texts)[:_TOP_CANDIDATES]
    # a line that is the site's name beside a title elsewhere ("Site | Title") is the masthead
    sites = _site_names(lines, top)
    if sites:
        for i in top:
            if _key(lines[i]) in sites:
                lines[i].role = "X"
        top = [i for i in top if not lines[i].role]
    found = None
    # a lone sentence is text, not a title over nothing
    if top and not (len(top) == 1 and lines[top[0]].text.endswith(".")):
        found = (
            _repeated_title(lines, top) or _suffixed_title(lines, top) or _first_title(lines, top)
        )
    if top and (found is None or (found[0] == top[0] and _untitled(lines, found))):
        # a short title over the text ("Sube el dólar") was set aside as a label: take it
        # back when it reads as a title and what was found instead is a sentence
        short = [i for i in texts if i < top[0] and _short_title(lines[i].text)]
        if short:
            found = short[-1], (lines[short[-1]].start, lines[short[-1]].end)
    return found


def _untitled(lines: Sequence[_Line], found: tuple[int, tuple[int, int]] | None) -> bool:
    """No title found, or a whole line closed like a sentence, or long, taken for one."""
    if found is None:
        return True
    i, span = found
    line = lines[i]
    return (
        span == (line.start, line.end)
        and (line.text.rstrip(_CLOSERS).endswith(_STOPS) or len(line.text) > _LONG_TITLE)
        and not line.role
    )


def _site_names(lines: Sequence[_Line], top: Sequence[int]) -> frozenset[str]:
    """The shorter side of "Title | Site" or "Site | Title" lines among the top ones."""
    names = set()
    for i in top:
        text = lines[i].text
        if len(text) > _MAX_HEADLINE:
            continue
        cuts = list(_SITE.finditer(text))
        if not cuts:
            continue
        head, tail = text[: cuts[0].start()], text[cuts[-1].end() :]
        side = min(head, tail, key=lambda part: len(part.split()))
        if 0 < len(side.split()) <= _SITE_WORDS and len(side) <= _MAX_LABEL and head != tail:
            names.add(fold(side))
    return frozenset(names)


def _repeated_title(
    lines: Sequence[_Line], top: Sequence[int]
) -> tuple[int, tuple[int, int]] | None:
    """The title tag and the h1 stand at the top, close together."""
    keys = {i: _key(lines[i]) for i in top[:6]}
    for a_pos, a in enumerate(top[:2]):
        if a_pos and _plausible_headline(lines[top[0]]) and not _masthead(lines[top[0]]):
            break  # a title-shaped first line is the title, not what stands before it
        for b in top[a_pos + 1 : a_pos + 4]:
            how = _same_title(keys[a], keys[b])
            if how is not None:
                lines[a].role = "X" if how == "site" else "="
                return b, (lines[b].start, lines[b].end)
    return None


def _suffixed_title(
    lines: Sequence[_Line], top: Sequence[int]
) -> tuple[int, tuple[int, int]] | None:
    """A lone "Title | Site" line."""
    for i in top[:3]:
        line = lines[i]
        cut = _site_prefix(line.text)
        if cut is not None and len(line.text) <= _MAX_HEADLINE:
            return i, (line.start, line.start + cut)
    return None


def _first_title(lines: Sequence[_Line], top: Sequence[int]) -> tuple[int, tuple[int, int]] | None:
    """The first title-shaped line, past kickers and mastheads."""
    for pos, i in enumerate(top[:3]):
        line = lines[i]
        if not _plausible_headline(line):
            return None
        nxt = lines[top[pos + 1]] if pos + 1 < len(top) else None
        title_follows = (
            nxt is not None
            and _plausible_headline(nxt)
            and not nxt.text.endswith(".")
            and not nxt.text.startswith(_DASHES)  # an interview's first question
        )
        if _masthead(line) and not title_follows:
            after = _site_lead(line.text)
            if after is not None:  # "Site | Title" with no other title under it
                return i, (line.start + after, line.end)
        kicker = _masthead(line) or (
            (line.words <= _KICKER_WORDS or (line.words <= _SITE_WORDS and _name_shaped(line.text)))
            and not line.text.endswith(_TERMINAL)
            and title_follows
            and nxt is not None
            and nxt.words > line.words
        )
        if not kicker:
            after = _site_lead(line.text) if _named_site_first(line.text) else None
            return i, (line.start + (after or 0), line.end)
        line.role = "X"
    return None


def _site_lead(text: str) -> int | None:
    """Where the title starts in "Site | Title", when the title is title-sized."""
    cut = _SITE.search(text)
    if cut is None or len(text[cut.end() :].split()) <= _KICKER_WORDS:
        return None
    return cut.end()


def _name_shaped(text: str) -> bool:
    """Every word capitalised or a particle: a name ("La Voz de Temuco")."""
    return all(w[:1].isupper() or w[:1].isdigit() or w in _PARTICLES for w in text.split())


def _named_site_first(text: str) -> bool:
    """A "Site | Title" line: a short name before the first bar, a longer title after it."""
    cut = _SITE.search(text)
    if cut is None:
        return False
    head, tail = text[: cut.start()], text[cut.end() :]
    words = head.split()
    dash = cut.group().strip() in ("-", "–", "—")
    return (
        0 < len(words) <= _SITE_WORDS
        and len(head) <= _MAX_LABEL
        and len(tail.split()) > len(words)
        and (len(words) > 1 or not dash)
        and not head.endswith(_TERMINAL)
        and _name_shaped(head)
    )


def _plausible_headline(line: _Line) -> bool:
    """Title-sized, and not a long sentence closed by a full stop (a paragraph)."""
    text = line.text
    if len(text) > _MAX_HEADLINE:
        return False
    return not (len(text) > _LONG_TITLE and text.endswith("."))


def _short_title(text: str) -> bool:
    """Whether a label-sized line reads as a title.

    Three words or more, one a lower-case content word ("Sube el dólar"), where a
    section or menu label is a name or two ("Política", "Economía y Negocios", "En vivo").
    """
    words = text.split()
    return len(words) >= _MIN_SHORT_TITLE_WORDS and any(
        len(w) >= _MIN_CONTENT_WORD and w.isalpha() and w.islower() for w in words
    )


def _label(line: _Line) -> bool:
    """A short label line: a section, a kicker, a menu entry ("Política", "En vivo")."""
    text = line.text
    return (
        line.kind in ("", "bare")
        and line.words <= _KICKER_WORDS
        and len(text) <= _MAX_LABEL
        and not text.endswith(_TERMINAL)
    )


def _masthead(line: _Line) -> bool:
    """A short name with a tagline or site after a bar: "EL DIARIO | Noticias de hoy"."""
    folded = fold(line.text)
    if folded in desks():
        return True  # the outlet's own name
    words = folded.split()
    if (
        len(words) <= _MASTHEAD_WORDS
        and not line.text.endswith(_TERMINAL)
        and (
            _DOMAIN.search(folded) is not None
            or (
                any(" ".join(words[:n]) in masthead_words() for n in (1, 2))
                and all(w[:1].isupper() or w in _PARTICLES for w in line.text.split())
            )
        )
    ):
        return True  # "Diario El Sur de Concepción", "elsur.cl"
    cut = _SITE.search(line.text)
    return cut is not None and len(line.text[: cut.start()].split()) <= _KICKER_WORDS


def _next_text(lines: Sequence[_Line], i: int) -> int | None:
    for j in range(i + 1, len(lines)):
        if _is_text(lines[j]):
            return j
    return None


def _header_between(
    lines: Sequence[_Line], a: int, b: int, kinds: frozenset[str] = frozenset()
) -> bool:
    wanted = kinds or _HEADER
    return any(lines[k].kind in wanted for k in range(a + 1, b))


def _is_deck(lines: Sequence[_Line], h: int, c1: int) -> bool:
    """Whether the first text line under the headline is the deck."""
    first = lines[c1]
    text = first.text
    if len(text) > _MAX_DECK or text.startswith(_DIALOGUE) or text.endswith(":"):
        return False
    c2 = _next_paragraph(lines, c1)
    if c2 is None:
        # nothing but furniture after it: a deck only if the byline or date follow it
        return not _header_between(lines, h, c1, _META) and _header_between(
            lines, c1, len(lines), _META
        )
    gap_after = lines[c1 + 1].gap
    body_gaps = _text_gaps(lines, c2 + 1, c2 + 12)
    if c2 != c1 + 1 and lines[c2 - 1].kind not in ("related", "counter"):
        body_gaps.append(lines[c2].gap)
    body_gap = int(statistics.median(body_gaps)) if body_gaps else first.gap
    if _header_between(lines, h, c1, _META):
        # byline, date or share buttons above it: the body has begun, unless more of
        # them still stand between it and the text ("title, byline, deck, date, body")
        # or a wider gap than the body's own sets it apart from the text
        # (spaced like the body, it is the body's first paragraph, however short: a
        # deck-less page puts its lead right under the byline just so)
        return _header_between(lines, c1, c2, _META) or (
            c2 == c1 + 1 and gap_after > (body_gap if len(body_gaps) > 1 else first.gap)
        )
    if _header_between(lines, c1, c2):
        return True
    if _header_between(lines, h, c1):
        return False  # a photo credit or player above it, nothing below: the body's start
    if gap_after > body_gap:
        return True
    if gap_after < first.gap:
        return False  # closer to the text under it than to the headline: the body's start
    if body_gap > 0:
        # the page spaces its paragraphs and did not set this one apart: only a line far
        # shorter than the paragraphs after it is still a deck
        return _far_shorter(first, lines[c2 : c2 + 12])
    return _deck_shaped(first, lines[c2])


def _text_gaps(lines: Sequence[_Line], start: int, end: int) -> list[int]:
    """The gaps before lines ``start:end``, leaving out related-article blocks.

    A headline/counter pair sits on single line breaks whatever the body's spacing: its
    gaps say nothing about how the page spaces its paragraphs.
    """
    return [
        lines[i].gap
        for i in range(start, min(end, len(lines)))
        if lines[i].kind not in ("related", "counter") and not _in_related(lines, i)
    ]


def _in_related(lines: Sequence[_Line], i: int) -> bool:
    """Whether line ``i`` is a headline of a related block (after its label or a counter)."""
    before = lines[i - 1].kind if i > 0 else ""
    after = lines[i + 1].kind if i + 1 < len(lines) else ""
    return before in ("related", "counter") or after == "counter"


def _next_paragraph(lines: Sequence[_Line], i: int) -> int | None:
    """The next text line after ``i`` that is not a related block's headline.

    When only related headlines follow, the first of them (read as text).
    """
    first = j = _next_text(lines, i)
    while j is not None and _in_related(lines, j):
        j = _next_text(lines, j)
    return first if j is None else j


def _far_shorter(first: _Line, following: Sequence[_Line]) -> bool:
    sizes = [len(ln.text) for ln in following if ln.kind == "" and ln.role == ""][:5]
    size = len(first.text)
    if not sizes:
        return False
    median = statistics.median(sizes)
    # a short line half the size of the paragraphs, or a summary a fraction of them
    return (size <= _SHORT_DECK_SPACED and 2 * size <= median) or (
        size <= _LONG_DECK and _LONG_DECK_RATIO * size <= median
    )


def _deck_shaped(first: _Line, second: _Line) -> bool:
    """With nothing on the page to tell: a short summary, or one far shorter than what follows."""
    size = len(first.text)
    return size <= _SHORT_DECK or 3 * size <= len(second.text)


def _caption_under_deck(lines: Sequence[_Line], deck_index: int) -> None:
    """A short line not closed like a sentence between the deck and the first paragraph.

    Under the deck and over the text stands the lead photo: its caption, credit or not,
    is furniture (an intertitle never opens the body).
    """
    c1 = _next_text(lines, deck_index)
    if c1 is None:
        return
    c2 = _next_text(lines, c1)
    first = lines[c1]
    if (
        c2 is not None
        and first.kind == ""
        and len(first.text) <= _MAX_CAPTION
        and not first.text.rstrip(_CLOSERS).endswith(_STOPS)
        and not first.text.startswith(_DIALOGUE)
        and lines[c2].text.rstrip(_CLOSERS).endswith(_STOPS)
        and len(lines[c2].text) > len(first.text)
    ):
        first.role = "X"


def _mark_widgets(lines: Sequence[_Line], start: int) -> None:
    """Furniture told by its neighbours, from ``start`` on: what stands under a label.

    A related-article label or a list widget ("Lo más leído") takes the short headline
    lines under it, a one-link label ("Lee también") the one line under it, a counter
    the short headline before it.
    """
    swallow = 0  # lines still to take: 1 under a teaser label, many under a list label
    for i in range(start, len(lines)):
        line = lines[i]
        if line.role:
            continue
        kind = line.kind
        if kind in ("list", "end", "teaser"):
            line.role = "X"
            swallow = 1 if kind == "teaser" else len(lines)
            continue
        if kind == "counter":
            line.role = "X"
            prev = lines[i - 1] if i > start else None
            if (
                prev is not None
                and prev.kind in ("", "bare")
                and prev.role in ("", "B")
                and len(prev.text) <= _MAX_ITEM
            ):
                prev.role = "X"
            continue
        if kind not in ("", "bare"):
            continue
        if swallow and (_item_shaped(line) or _NUMBERED.match(line.text)):
            line.role = "X"
            swallow -= 1
            continue
        swallow = 0


def _mark_body(lines: Sequence[_Line], start: int) -> None:
    """Body or boilerplate for every line from ``start`` on not yet given a role."""
    for line in lines[start:]:
        if not line.role:
            line.role = "B" if line.kind in ("", "bare") else "X"


def _item_shaped(line: _Line) -> bool:
    """Shaped like a linked headline: short, and not closed like a sentence."""
    text = line.text
    return len(text) <= _MAX_ITEM and not text.endswith((".", ":", ";", ","))


def _pick_published(lines: Sequence[_Line], body_start: int) -> _Line | None:
    dated = [ln for ln in lines if ln.date is not None and ln.date.value is not None]
    if not dated:
        return None
    limit = lines[body_start].start if body_start < len(lines) else lines[-1].end + 1
    header = [ln for ln in dated if ln.start < limit] or dated
    for wanted in (lambda d: d.published, lambda d: not d.updated, lambda _d: True):
        for ln in header:
            if ln.date is not None and wanted(ln.date):
                return ln
    return None


def _pick_authors(lines: Sequence[_Line], body_start: int) -> tuple[str, ...]:
    header = lines[:body_start]
    for line in header:
        if line.kind == "byline" and line.byline is not None and line.byline.authors:
            return line.byline.authors
    for line in header:
        if line.kind == "bare" and line.role == "X" and line.byline is not None:
            return line.byline.authors
    if any(line.kind == "byline" for line in header):
        return ()  # a desk signs the page
    for line in lines[body_start:]:
        if line.kind == "byline" and line.byline is not None and line.byline.authors:
            return line.byline.authors
    return ()


def _beside_meta(lines: Sequence[_Line], i: int) -> bool:
    """Whether a date, share buttons, a photo credit or a byline's role stand beside line ``i``.

    A role or a lone "Por" is a byline that names nobody: the name beside it is the
    one it introduces ("Camila Rojas" over "Periodista").
    """
    neighbours = [lines[j] for j in (i - 1, i + 1) if 0 <= j < len(lines)]
    return any(
        n.kind in ("date", "share", "media")
        or (n.kind == "byline" and n.byline is not None and not n.byline.authors)
        for n in neighbours
    )


def _bare_bylines_by_neighbours(lines: Sequence[_Line]) -> None:
    """Bare names beside a date, share buttons or a photo credit are a byline."""
    for i, line in enumerate(lines):
        if line.kind == "bare" and not line.role and _beside_meta(lines, i):
            line.role = "X"


def _bare_bylines_under_headline(lines: Sequence[_Line], h: int) -> None:
    """Bare names among the first lines under the headline are its byline; later, text."""
    seen = 0
    for line in lines[h + 1 :]:
        if line.role or line.kind not in ("", "bare"):
            continue
        if line.kind == "bare":
            if h >= 0 and seen < _BYLINE_REACH and len(line.text) <= _MAX_BARE_BYLINE:
                line.role = "X"
                continue
            line.kind = ""
        seen += 1


def _unglue(lines: Sequence[_Line], h: int, headline: str) -> None:
    """A line under the headline that repeats it glued to more text keeps only the rest.

    "Title | Site" over "Title The deck's first sentence…": the h1 and the deck were
    joined by the scrape; the title is already the headline, the rest is the next line.
    """
    c1 = _next_text(lines, h)
    size = len(headline)
    if c1 is None or size < _MIN_GLUED or len(headline.split()) < _KICKER_WORDS:
        return
    line = lines[c1]
    rest = line.text[size:]
    if (
        len(line.text) <= size + 1
        or not line.text[size].isspace()
        or fold(line.text[:size]) != fold(headline)
        or len(rest.split()) < _KICKER_WORDS
    ):
        return
    shift = size + len(rest) - len(rest.lstrip())
    line.start += shift
    line.text = line.text[shift:]


def _mark_above(lines: Sequence[_Line], h: int) -> None:
    """Everything above the headline is furniture; a name there is the site's, not a byline."""
    for i, line in enumerate(lines[: max(h, 0)]):
        if not line.role:
            line.role = "X"
        if line.kind == "bare" and not _beside_meta(lines, i):
            line.kind = ""  # a name above the title with no date beside it


@functools.cache
def _openers() -> frozenset[str]:
    return frozenset(fold(entry) for entry in lexicon_lines("sentence_openers.txt"))


def _glued_title_end(text: str) -> int | None:
    """Where a title glued to the text after it by one space ends, if anywhere.

    The cut is an interview's opening dash ("… puntajes -¿Qué explica…?"), else the
    first capitalised word that opens a sentence ("El", "Tras",
    "Según", lexicon ``sentence_openers.txt``) after a lower-case word or a closing
    mark, an article counting only before a lower-case word ("La ciudad", never
    "La Moneda"), with a title of at least four words before it.
    """
    dialogue = _GLUED_DIALOGUE.search(text, 0, min(len(text), _MAX_HEADLINE))
    if dialogue is not None and len(text[: dialogue.start()].split()) >= _MIN_TITLE_WORDS:
        return dialogue.start()  # an interview's first question: "Title -¿Qué…?"
    for match in _GLUE.finditer(text, 0, min(len(text), _MAX_HEADLINE)):
        word = fold(match.group(1))
        if word not in _openers():
            continue
        after = match.group(2) or ""
        if word in _ARTICLES and not after[:1].islower():
            continue
        if len(text[: match.start()].split()) >= _MIN_TITLE_WORDS:
            return match.start()
    return None


def _split_glued_title(lines: list[_Line], found: tuple[int, tuple[int, int]] | None) -> bool:
    """Cut a line into a title and the text glued after it, if it is one.

    Only for a page with no title of its own: the line taken for the title closed
    like a sentence, or, with none taken, the first text line.
    """
    first = (
        found[0]
        if found is not None
        else next((i for i, ln in enumerate(lines[:_TOP]) if _is_text(ln)), None)
    )
    if first is None:
        return False
    line = lines[first]
    cut = _glued_title_end(line.text)
    if cut is None:
        return False
    rest = line.text[cut:]
    skip = cut + len(rest) - len(rest.lstrip())
    title = _Line(line.start, line.start + cut, line.gap, line.text[:cut])
    body = _Line(line.start + skip, line.end, 0, line.text[skip:])
    lines[first : first + 1] = [title, body]
    return True


def _title_copies(
    lines: Sequence[_Line], h: int, head_key: str | None
) -> tuple[int | None, int | None]:
    """Copies of the headline right under it: the first is the deck repeating it.

    Returns the deck's index (or ``None``) and the first text line after the copies.
    """
    c1 = _next_text(lines, h) if h >= 0 else None
    if c1 is None or not head_key or _key(lines[c1]) != head_key:
        return None, c1
    lines[c1].role = "D"
    deck_index = c1
    c1 = _next_text(lines, c1)
    for _ in range(_MAX_COPIES):
        if c1 is None or _key(lines[c1]) != head_key:
            break
        lines[c1].role = "="
        c1 = _next_text(lines, c1)
    return deck_index, c1


def find_layout(spine: Spine) -> PageLayout:
    r"""Split the page into headline, deck, body and boilerplate, with byline and date.

    Examples:
        >>> from noticiaparse._text.spine import build_spine
        >>> page = find_layout(build_spine(
        ...     "Política\n\nEl Senado aprueba la reforma\n\nPor Ana Díaz\n\n"
        ...     "El Senado aprobó ayer la reforma con 30 votos.\n\nPublicidad"))
        >>> page.layout.headline.text, page.layout.authors
        ('El Senado aprueba la reforma', ('Ana Díaz',))
        >>> [s.text for s in page.layout.boilerplate]
        ['Política', 'Por Ana Díaz', 'Publicidad']
    """
    text = spine.text
    lines = _split(text)
    if not lines:
        return PageLayout(layout=Layout(), regions=())
    for line in lines:
        _classify(line)
    _bare_bylines_by_neighbours(lines)
    found = _headline(lines)
    if _untitled(lines, found) and _split_glued_title(lines, found):
        found = _headline(lines)
    headline_span: tuple[int, int] | None = None
    deck_index: int | None = None
    if found is None:
        h = -1
    else:
        h, headline_span = found
        lines[h].role = "H"
        _unglue(lines, h, text[slice(*headline_span)].strip())
    _mark_above(lines, h)
    deck_index, c1 = _title_copies(lines, h, headline_span and fold(text[slice(*headline_span)]))
    _bare_bylines_under_headline(lines, h)
    if deck_index is None and h >= 0:
        c1 = _next_text(lines, h)
        # labels between the headline and the text (a menu, a kicker) are furniture
        while c1 is not None and _label(lines[c1]) and _next_text(lines, c1) is not None:
            lines[c1].role = "X"
            c1 = _next_text(lines, c1)
        if c1 is not None and _is_deck(lines, h, c1):
            lines[c1].role = "D"
            deck_index = c1
    body_start = (deck_index if deck_index is not None else h) + 1
    if deck_index is not None:
        _caption_under_deck(lines, deck_index)
    _mark_widgets(lines, body_start)
    _mark_body(lines, body_start)
    first_body = next((i for i, ln in enumerate(lines) if ln.role == "B"), len(lines))
    return _assemble(spine, lines, headline_span, deck_index, first_body)


def _assemble(
    spine: Spine,
    lines: Sequence[_Line],
    headline_span: tuple[int, int] | None,
    deck_index: int | None,
    body_start: int,
) -> PageLayout:
    regions: list[Span] = []
    headline = deck = None
    if headline_span is not None:
        start, end = spine.trim(*headline_span)
        headline = spine.segment(start, end)
        regions.append(Span(start, end))
    if deck_index is not None:
        line = lines[deck_index]
        deck = spine.segment(line.start, line.end)
        regions.append(Span(line.start, line.end))
    body: list[Segment] = []
    boilerplate: list[Segment] = []
    for line in lines:
        if line.role == "B":
            body.append(spine.segment(line.start, line.end))
            regions.append(Span(line.start, line.end))
        elif line.role == "X" or (line.role == "" and line.kind):
            boilerplate.append(spine.segment(line.start, line.end))
    chosen = _pick_published(lines, body_start)
    published = None
    if chosen is not None and chosen.date is not None and chosen.date_span is not None:
        o_start, o_end = spine.span(*chosen.date_span)
        published = Publication(
            raw=spine.raw(*chosen.date_span), start=o_start, end=o_end, value=chosen.date.value
        )
    return PageLayout(
        layout=Layout(
            headline=headline,
            deck=deck,
            body=tuple(body),
            boilerplate=tuple(boilerplate),
            authors=_pick_authors(lines, body_start),
            published=published,
        ),
        regions=tuple(regions),
    )
