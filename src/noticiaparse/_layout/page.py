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

import enum
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
    is_credit,
    is_share_bar,
    layout_words,
    masthead_words,
)
from noticiaparse._layout.byline import Byline, read_byline
from noticiaparse._layout.published import DateLine, is_date_cue, read_date_line
from noticiaparse._layout.tail import BodyLine, body_furniture
from noticiaparse._model import Layout, Publication, Segment
from noticiaparse._text.fold import fold
from noticiaparse._text.lexicons import lines as lexicon_lines
from noticiaparse._text.span import Span
from noticiaparse._text.spine import Spine

__all__ = ["PageLayout", "find_layout"]

_LINE = regex.compile(r"[^\s](?:[^\n]*[^\s])?")  # a line, without its surrounding space
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
_CONTINUATION = ",.;:)]»”"
_DASHES = ("-", "—", "–", "‒", "―")
_CLOSERS = "\"»”’')"
_STOPS = (".", "!", "?", "…", ":", ";", ",")
_CONTACT = regex.compile(r"(?:[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}|@\w{2,30})")
_DOMAIN = regex.compile(
    r"\b[a-z0-9-]{2,40}\.(?:com|cl|mx|es|ar|co|pe|uy|ve|ec|bo|py|net|org|info)\b"
)
#: An embedded post's signature: "— Ana Díaz (@anadiaz) May 4, 2022".
_SIGNATURE = regex.compile(
    r"[—–-]\s{0,3}[^()\n]{0,80}\(@\w{1,40}\)\s{0,3}(?:\p{L}{3,12}\.?\s{1,3}\d{1,2},?\s{1,3}\d{4}"
    r"|\d{1,2}\s{1,3}(?:de\s{1,3})?\p{L}{3,12}\.?,?\s{1,3}(?:de\s{1,3})?\d{4})?"
)
#: Script code a renderer left in the text: "var x = 1;", "googletag.cmd.push(…)", "});".
_CODE = regex.compile(
    r"(?:var|let|const|function)\s[^\n]{0,300}|[\w$]{1,40}(?:\.[\w$]{1,40}){1,6}\([^\n]{0,300}"
    r"|[^\n]{0,300}(?:[{}]|\);|=[^\n]{0,200};)|[})\]][^\n]{0,40}"
)
_CODE_START = regex.compile(r"(?:var|let|const|function)\s|[\w$]{1,40}(?:\.[\w$]{1,40}){1,6}\(")
#: A form's field label: "Nombre (*):", "Correo electrónico*:".
_FORM_FIELD = regex.compile(r"[^\n]{1,60}(?:\(\*\)|\*)\s{0,2}:?")
_GLUED = regex.compile(r"\p{Ll}{2}\p{Lu}\p{Ll}")
_FENCE = "---"
_KEY = regex.compile(r"[a-z_]{1,20}:\s")
_FIELD = regex.compile(r"(?P<key>[a-z_]{1,20}):\s{0,3}\"?(?P<value>.{0,1000}?)\"?\s{0,3}")
_H1 = regex.compile(r"#\s{1,3}(?=\S)")
_MD_LINK = r"!?\[[^\]\n]{0,300}\]\([^)\n]{0,1000}\)"
#: A line of links or images alone (markdown), perhaps a list item: "* [España](…)".
_LINKS = regex.compile(rf"(?:[*+•-]\s{{1,3}}|\d{{1,2}}\.\s{{1,3}})?(?:{_MD_LINK}\s{{0,3}})+")
_IMAGE = regex.compile(rf"!{_MD_LINK}")
#: A list item's mark: "* ", "+ ", "- ", "• ", "1. ".
_BULLET = regex.compile(r"(?:[*+•·▪◦-]|\d{1,2}[.)])\s{1,3}(?=\S)")
#: A list item of at most this many words, not closed like a sentence, is a menu's.
_MENU_ITEM_WORDS = 12
_MIN_GLUED_LINKS = 3
_POST_LINK = regex.compile(r"(?:pic\.twitter\.com|https?://t\.co)/\w{1,40}")
#: An embedded post's text has at most this many characters and lines.
_MAX_POST = 300
_MAX_POST_LINES = 3
#: A photo credit alone ("Foto: Agencia Uno") has at most this many words.
_CREDIT_WORDS = 8
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
_MAX_LABEL = 40
_BYLINE_REACH = 3
_MAX_BARE_BYLINE = 80
#: A person's name has at least two words.
_MIN_NAME_WORDS = 2
_SHORT_DECK = 260
_SHORT_DECK_SPACED = 300
_MAX_ITEM = 250
_MIN_GLUED = 8
_LONG_DECK = 700
_GLUE = regex.compile(r"(?<=[\p{Ll}\d\"”»’)?!])\s(\p{Lu}\p{L}*)(?:\s(\S+))?")
_GLUED_DIALOGUE = regex.compile(r"(?<=[\p{Ll}\d\"”»’)?!.])\s[-—–](?=[¿¡\p{Lu}])")
_MIN_TITLE_WORDS = 4
_MAX_CAPTION = 200
_LONG_DECK_RATIO = 6
#: A paragraph: at least this long, in words and characters, and closed like a sentence.
_PARAGRAPH = 120
_PARAGRAPH_WORDS = 15
#: Running text: a sentence of this many words, or a line of this many.
_SENTENCE_WORDS = 6
_LONG_LINE_WORDS = 25
#: More lines than this without running text end the article.
_END_RUN = 12
#: A deck has at most this many lines.
_MAX_DECK_LINES = 2
#: Short text lines between a first title and the text that make it a menu's or ticker's.
_MENU_LINES = 3


@attrs.frozen
class PageLayout:
    """The public :class:`Layout` and the normalised spans the extractors read.

    ``regions`` are the headline, deck and body paragraphs in reading order, as
    spans of ``Spine.text``.
    """

    layout: Layout
    regions: tuple[Span, ...]


class Role(enum.Enum):
    """What a line of the page is, once the page's structure has been read."""

    NONE = "none"  # not decided yet
    HEADLINE = "headline"
    DECK = "deck"
    BODY = "body"
    FURNITURE = "furniture"  # boilerplate
    COPY = "copy"  # a copy of the headline (the title tag over the h1): boilerplate
    #: a related article's headline set into the text under its label ("NOTICIA
    #: RELACIONADA"): kept in the body where the page sets it, never read by an extractor
    TEASER = "teaser"


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
    role: Role = Role.NONE

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
        start, end = match.span()
        line = match.group()
        if line[0].isspace() or line[-1].isspace():  # a space only Python calls one
            line = line.strip()
            if not line:
                continue
            start = text.index(line, start)
            end = start + len(line)
        gap = text.count("\n", last_end, start) - (1 if out else 0)
        out.append(_Line(start, end, max(gap, 0), line))
        last_end = end
    return _rejoin(text, out)


def _rejoin(text: str, lines: list[_Line]) -> list[_Line]:
    """Lines a renderer broke at inline tags, joined back into their paragraph.

    A line right under another (no blank line between) continues it when it opens
    with a lower-case letter or a closing punctuation mark (", que…", ". Luego…"), or
    when the line above ends with a word no sentence ends with (an article, a
    preposition, a conjunction: "… fue detenido a" over a linked name).
    """
    out: list[_Line] = []
    for line in lines:
        if out and line.gap == 0 and _continues(out[-1].text, line.text):
            last = out[-1]
            last.end = line.end
            last.text = text[last.start : line.end]
            continue
        out.append(line)
    return out


def _continues(above: str, text: str) -> bool:
    first = text[:1]
    if _LETTER.search(above) is None or _KEY.match(text) is not None:
        return False  # under a rule or a mark; a "key: value" line of metadata
    if above.endswith((";", "{", "}")):
        return False  # code ends its statements so
    if first in _CONTINUATION or (first.islower() and len(above) > _MAX_LABEL):
        # (not a title under its title tag: "cómo el sector … | Site" over "cómo el sector …")
        return not above.startswith(_DIALOGUE) and not above.startswith(text[:_MAX_LABEL])
    tail = above.rsplit(None, 1)[-1] if above else ""
    # a line ending with a word no sentence ends with, a comma or a dateline's dash
    return len(above) > _MAX_LABEL and (
        tail in layout_words("open_end") or above.endswith((",", " -", "–", "—"))
    )


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


@attrs.frozen
class _Reading:
    """What one line's text says on its own: its furniture kind, byline and date.

    ``date_span`` is the date's span inside the line's text.
    """

    kind: str = ""
    byline: Byline | None = None
    date: DateLine | None = None
    date_span: tuple[int, int] | None = None


_TEXT = _Reading()


def _classify_all(lines: Sequence[_Line]) -> None:
    """Read every line on its own; a text seen before is read once (menus, hostile runs)."""
    seen: dict[str, _Reading] = {}
    for line in lines:
        reading = seen.get(line.text)
        if reading is None:
            reading = seen[line.text] = _classify(line.text)
        if reading is _TEXT:
            continue
        line.kind, line.byline, line.date = reading.kind, reading.byline, reading.date
        if reading.date_span is not None:
            line.date_span = (line.start + reading.date_span[0], line.start + reading.date_span[1])


def _classify(text: str) -> _Reading:
    if len(text) > MAX_FURNITURE:
        # long lines are text, but for script code a renderer left on one line
        code = _CODE_START.match(text) is not None and "=" in text and ";" in text
        return _Reading("line") if code else _TEXT
    folded = fold(text)  # once for the readers below
    kind = furniture_kind(text, folded)
    if kind is not None:
        return _Reading(kind)
    if is_counter(text):
        return _Reading("counter")
    date = read_date_line(text)
    if date is not None:
        return _Reading("date", date=date, date_span=(0, len(text)))
    shape = _shape_kind(text)
    if shape is not None:
        return _Reading(shape)
    if caption_credit(text):
        return _Reading("media")
    byline = read_byline(text, folded)
    if byline is not None:
        return _Reading("bare" if byline.bare else "byline", byline=byline)
    if is_share_bar(text, folded):
        return _Reading("share")
    if is_breadcrumb(text):
        return _Reading("crumb")
    return _combined(text)


def _shape_kind(text: str) -> str | None:
    """Furniture told by its shape: a post's signature, contacts, links, hashtags."""
    if _SIGNATURE.fullmatch(text):
        return "signature"
    if _CODE.fullmatch(text) and not _closed_prose(text):
        return "line"  # script code
    if _FORM_FIELD.fullmatch(text):
        return "line"  # a form's field
    words = text.split()
    if len(words) > 1 and len(set(words)) == 1:
        return "line"  # one word repeated: "Portada Portada Portada"
    if is_date_cue(text):
        return "line"  # "Publicado:" over the date
    if text[:1] in "[!*+•-" or text[:1].isdigit():
        listed = _list_kind(text)
        if listed is not None:
            return listed
    if len(_GLUED.findall(text, 0, _MAX_LABEL * 4)) >= _MIN_GLUED_LINKS and not _closed(text):
        return "line"  # links glued into one line: "TemasCorte SupremaOrganismos"
    if (
        _CONTACT.fullmatch(text)
        or _POST_LINK.fullmatch(text)
        or _HASHTAGS.fullmatch(text)
        or (len(text) <= _MAX_LABEL and _LETTER.search(text) is None)
    ):
        return "line"  # contact, hashtags, a player's "00:00 / 03:24"
    return None


def _list_kind(text: str) -> str | None:
    """A line of links or images alone, or a list item (a menu's when others stand by)."""
    if _LINKS.fullmatch(text):
        return "media" if _IMAGE.match(text) else "item"
    bullet = _BULLET.match(text)
    if bullet is not None and (
        len(text[bullet.end() :].split()) <= _MENU_ITEM_WORDS or not _closed(text)
    ):
        return "bullet"
    return None


def _closed_prose(text: str) -> bool:
    """Prose ends with a stop after a word, not with code's "};" or ");"."""
    return text.endswith((".", "!", "?", "»", '"', "”")) and not text.endswith(("});", ");"))


def _combined(text: str) -> _Reading:
    """A byline and a date on one line: "Por Camila Rojas | 16/03/2021 - 17:27"."""
    if len(text) > _MAX_COMBINED or _DIGIT.search(text) is None:
        return _TEXT
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
            return _Reading("byline", byline, date, (offset, offset + len(when)))
    return _TEXT


def _bare_credit(line: _Line) -> bool:
    """A photo credit on its own ("Foto: Agencia Uno"), not a caption closed by one."""
    return line.words <= _CREDIT_WORDS and is_credit(line.text)


def _captions_and_posts(lines: Sequence[_Line]) -> None:
    """What a photo credit or a post's signature closes is furniture too.

    A short line right over a photo credit ("Foto: …", on the next line, no blank
    between) and set apart from the line above it is the photo's caption; the short
    lines right over an embedded post's signature ("— Name (@handle) date") are the
    post's text.
    """
    for i, line in enumerate(lines):
        if line.kind == "bullet":
            # a menu's entry among others; alone, an intertitle or a list's one line
            near = [lines[j].kind for j in (i - 1, i + 1) if 0 <= j < len(lines)]
            line.kind = "item" if any(k in ("bullet", "item") for k in near) else ""
        if line.kind == "media" and i and line.gap == 0 and _bare_credit(line):
            above = lines[i - 1]
            if above.kind == "" and len(above.text) <= _MAX_CAPTION and (i == 1 or above.gap > 0):
                above.kind = "caption"
        elif line.kind == "signature":
            j, taken = i, 0
            while j and lines[j].gap == 0 and taken < _MAX_POST_LINES:
                above = lines[j - 1]
                if above.kind not in ("", "line") or len(above.text) > _MAX_POST:
                    break
                above.kind = "post"
                j, taken = j - 1, taken + 1


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
        and sum(1 for w in part.split() if w not in layout_words("site_particle")) <= _SITE_WORDS
        and (part[0].isupper() or part[0].isdigit() or _DOMAIN.search(part) is not None)
        and not part.endswith(("?", "!", ":", ","))
    )


def _same_title(title_line: str, headline: str) -> str | None:
    """How a top line repeats the headline: "same", "site" or "glued", else ``None``."""
    if not headline or len(headline) < _MIN_TITLE_CHARS:
        return None
    if title_line == headline:
        return "same"
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
    return line.kind == "" and line.role is Role.NONE


def _headline(lines: Sequence[_Line]) -> tuple[int, tuple[int, int]] | None:
    """Index of the headline line and its span; marks title copies on the way."""
    texts = [
        i for i, ln in enumerate(lines[:_TOP]) if ln.kind in ("", "bare") and ln.role is Role.NONE
    ]
    # section labels and menu entries are not titles (unless nothing else is there)
    top = ([i for i in texts if not _label(lines[i])] or texts)[:_TOP_CANDIDATES]
    # a line that is the site's name beside a title elsewhere ("Site | Title") is the masthead
    sites = _site_names(lines, top)
    if sites:
        for i in top:
            if _key(lines[i]) in sites:
                lines[i].role = Role.FURNITURE
        top = [i for i in top if lines[i].role is Role.NONE]
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


def _marked_title(lines: Sequence[_Line]) -> tuple[int, tuple[int, int]] | None:
    """The page's first-level title as markdown marks it ("# Title"), when it is one.

    A renderer that keeps the page's structure marks the h1: the first such line of
    title size, not a link or a logo, is the headline (without its mark).
    """
    for i, line in enumerate(lines):
        match = _H1.match(line.text)
        if match is None or line.kind not in ("", "bare", "item"):
            continue
        title = line.text[match.end() :]
        if (
            len(title.split()) >= _MIN_TITLE_WORDS
            and len(title) <= _MAX_HEADLINE
            and _LINKS.fullmatch(title) is None
        ):
            line.kind = ""
            return i, (line.start + match.end(), line.end)
    return None


def _first_paragraph(lines: Sequence[_Line], start: int) -> int | None:
    """The first text line from ``start`` on shaped like a paragraph: long, closed."""
    for i in range(max(start, 0), len(lines)):
        line = lines[i]
        if (
            line.kind == ""
            and line.role is Role.NONE
            and len(line.text) >= _PARAGRAPH
            and line.words >= _PARAGRAPH_WORDS
            and _closed(line.text)
        ):
            return i
    return None


def _title_over(lines: Sequence[_Line], p: int) -> int | None:
    """The title-shaped line nearest above paragraph ``p``, past furniture and a deck."""
    sentences = 0
    for j in range(p - 1, -1, -1):
        line = lines[j]
        if line.kind not in ("", "bare") or line.role is Role.FURNITURE:
            continue
        if line.kind == "bare":
            continue  # a byline's names
        if _closed(line.text):
            sentences += 1
            if sentences > _MAX_DECK_LINES or len(line.text) > _MAX_DECK:
                return None
            continue
        if _signed(line.text):
            continue  # "Ana Díaz | Diario del Sur": a byline with the outlet
        if _plausible_headline(line) and line.words >= _MIN_TITLE_WORDS:
            return j
        if line.words >= _MIN_TITLE_WORDS:
            return None
        # a label (a place, a section) beside the byline: step over it
    return None


def _signed(text: str) -> bool:
    """A name and something else across a bar: "Ana Díaz | Diario del Sur"."""
    cut = _SITE.search(text)
    if cut is None:
        return False
    head = text[: cut.start()].strip()
    return _MIN_NAME_WORDS <= len(head.split()) < _SITE_WORDS and _name_shaped(head)


def _title_over_text(
    lines: Sequence[_Line], found: tuple[int, tuple[int, int]] | None
) -> tuple[int, tuple[int, int]] | None:
    """The title over the article's first paragraph, when furniture stands between.

    What was taken for the headline is set aside when a menu, a ticker or a player
    (three short text lines or more) stands between it and the title-shaped line
    right over the first paragraph, or when it is closed like a sentence (a cookie or
    subscription banner): the article starts at the title over its text.
    """
    h = -1 if found is None else found[0]
    p = _first_paragraph(lines, h + 1)
    if p is None:
        return found
    copy = _title_copy_below(lines, found, p)
    if copy is not None:
        return copy, (lines[copy].start, lines[copy].end)
    t = _title_over(lines, p)
    if t is None or t <= h or _in_run(lines, t):
        return found
    if found is None:
        return t, (lines[t].start, lines[t].end)
    if _repeats_above(lines, h):
        return found  # the title tag repeats it: the page's own title
    texts = [ln for ln in lines[h + 1 : t] if ln.kind in ("", "item") and ln.role is Role.NONE]
    sentences = sum(1 for ln in texts if _sentence_line(ln))
    if sentences > 1:
        return found  # the article's text has begun under it
    between = len(texts) - sentences
    if (
        between >= _MENU_LINES
        or (_closed(lines[h].text) and found[1] == (lines[h].start, lines[h].end))
        or (between == 0 and _kicker_over(lines[h], lines[t]))
    ):
        return t, (lines[t].start, lines[t].end)
    return found


def _in_run(lines: Sequence[_Line], t: int) -> bool:
    """Whether line ``t`` closes a run of text lines (a menu's last entry, not a title)."""
    return (
        t > 0
        and lines[t].gap == 0
        and lines[t - 1].kind == ""
        and lines[t - 1].role is not Role.HEADLINE
    )


def _repeats_above(lines: Sequence[_Line], h: int) -> bool:
    """Whether a line above line ``h`` opens with its text (a title tag over the h1)."""
    head = _key(lines[h])
    return bool(head) and any(_key(lines[k]).startswith(head) for k in range(h))


def _kicker_over(kicker: _Line, title: _Line) -> bool:
    """A short label right over a longer title: a kicker ("En Minsk (Bielorrusia)")."""
    return (
        kicker.words <= _SITE_WORDS
        and not _closed(kicker.text)
        and not _closed(title.text)
        and title.words >= kicker.words + _KICKER_WORDS
    )


def _title_copy_below(
    lines: Sequence[_Line], found: tuple[int, tuple[int, int]] | None, p: int
) -> int | None:
    """The h1 far under a title tag ("Title | Site" at the top, menus, then "Title")."""
    if found is None:
        return None
    h, (start, end) = found
    if (start, end) == (lines[h].start, lines[h].end):
        return None  # a whole line, not a title cut out of a title tag
    title = fold(lines[h].text[start - lines[h].start : end - lines[h].start])
    for i in range(h + 1, p):
        if lines[i].kind in ("", "bare") and _key(lines[i]) == title:
            lines[h].role = Role.COPY
            return i
    return None


def _untitled(lines: Sequence[_Line], found: tuple[int, tuple[int, int]] | None) -> bool:
    """No title found, or a whole line closed like a sentence, or long, taken for one."""
    if found is None:
        return True
    i, span = found
    line = lines[i]
    return (
        span == (line.start, line.end)
        and (line.text.rstrip(_CLOSERS).endswith(_STOPS) or len(line.text) > _LONG_TITLE)
        and line.role is Role.NONE
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
                lines[a].role = Role.FURNITURE if how == "site" else Role.COPY
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
        line.role = Role.FURNITURE
    return None


def _site_lead(text: str) -> int | None:
    """Where the title starts in "Site | Title", when the title is title-sized."""
    cut = _SITE.search(text)
    if cut is None or len(text[cut.end() :].split()) <= _KICKER_WORDS:
        return None
    return cut.end()


def _name_shaped(text: str) -> bool:
    """Every word capitalised or a particle: a name ("La Voz de Temuco")."""
    particles = layout_words("site_particle")
    return all(w[:1].isupper() or w[:1].isdigit() or w in particles for w in text.split())


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
    if len(text) > _MAX_HEADLINE or text.endswith(":"):
        return False  # (a title never ends with a colon: a prompt or a label does)
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
                and all(
                    w[:1].isupper() or w in layout_words("site_particle") for w in line.text.split()
                )
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
    sizes = [len(ln.text) for ln in following if ln.kind == "" and ln.role is Role.NONE][:5]
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
        first.role = Role.FURNITURE


def _past_menus(lines: Sequence[_Line], start: int, p: int) -> int:
    """The end of the last long run of text lines without a sentence before line ``p``."""
    cut = start
    run = 0
    for k in range(start, p + 1):
        line = lines[k]
        if k == p or _sentence_line(line):
            if run > _END_RUN:
                cut = k
            run = 0
        elif line.kind not in _HEADER and line.role is Role.NONE:
            run += 1
    return cut


def _past_header(lines: Sequence[_Line], start: int) -> int:
    """Where the body starts: past the header furniture over the first paragraph.

    Between the title (or deck) and the first paragraph a page puts its byline, date,
    share buttons and photo: the short text lines among them (an author's name, a
    place, a caption, a "text size" button) are header furniture too. The body starts
    after the last such furniture line over the first paragraph.
    """
    p = _first_paragraph(lines, start)
    if p is None:
        return start
    cut = _past_menus(lines, start, p)
    if cut > start:
        # a menu or a widget between the title and the text: none of it is the article's
        for line in lines[start:cut]:
            if line.role is Role.NONE:
                line.role = Role.FURNITURE
        return cut
    if p - start > _TOP:
        return start
    last = max((k for k in range(start, p) if lines[k].kind in _HEADER), default=None)
    if last is None:
        return start
    for line in lines[start : last + 1]:
        if (
            line.role is Role.NONE
            and line.kind in ("", "item", "bare")
            and not _sentence_line(line)
        ):
            line.role = Role.FURNITURE  # (a name here is the byline's)
    return start


def _mark_widgets(lines: Sequence[_Line], start: int) -> None:
    """Furniture told by its neighbours, from ``start`` on: what stands under a label.

    A related-article label or a list widget ("Lo más leído") takes the short headline
    lines under it, a one-link label ("Lee también") the one line under it, a counter
    the short headline before it.
    """
    swallow = 0  # lines still to take: 1 under a teaser label, many under a list label
    related = False  # under a related-article label
    for i in range(start, len(lines)):
        line = lines[i]
        if line.role is not Role.NONE:
            continue
        kind = line.kind
        if kind == "next":  # another article follows: the rest of the page is not this one
            for rest in lines[i:]:
                rest.role = Role.FURNITURE
            return
        if kind in ("list", "end", "close", "teaser", "related"):
            line.role = Role.FURNITURE
            swallow = 1 if kind == "teaser" else len(lines)
            related = kind == "related"
            continue
        if kind == "counter":
            line.role = Role.FURNITURE
            prev = lines[i - 1] if i > start else None
            if (
                prev is not None
                and prev.kind in ("", "bare")
                and prev.role in (Role.NONE, Role.BODY, Role.TEASER)
                and len(prev.text) <= _MAX_ITEM
            ):
                prev.role = Role.FURNITURE
            continue
        if kind not in ("", "bare"):
            continue
        if swallow and _listed(line, related=related, first=lines[i - 1].kind == "related"):
            line.role = Role.TEASER if related else Role.FURNITURE
            swallow -= 1
            continue
        swallow = 0


def _listed(line: _Line, *, related: bool, first: bool = False) -> bool:
    """Whether a line under a label is one of its items.

    Under a list label, any headline-shaped or numbered line; under a related-article
    label, a headline not closed like a sentence, right under the label (``first``,
    blank line or not) or on the very next line after another headline: the
    article's own text resumes after a blank line or with a sentence.
    """
    if related:
        return (first or line.gap == 0) and _item_shaped(line) and not _closed(line.text)
    return _item_shaped(line) or _NUMBERED.match(line.text) is not None


def _closed(text: str) -> bool:
    """Closed like a sentence, perhaps inside its quotation marks or brackets."""
    return text.rstrip(_CLOSERS).endswith(_STOPS)


def _mark_body(lines: Sequence[_Line], start: int) -> None:
    """Body or boilerplate for every line from ``start`` on not yet given a role.

    The article ends at its last paragraph before a long run of lines none of which
    is a paragraph (menus, related lists, footers): what follows is the page's.
    """
    end = _article_end(lines, start)
    for line in lines[start:end]:
        if line.role is Role.NONE:
            line.role = Role.BODY if line.kind in ("", "bare") else Role.FURNITURE
    for line in lines[end:]:
        line.role = Role.FURNITURE


def _sentence_line(line: _Line) -> bool:
    """A line of running text: a sentence of some length, or a long line."""
    return line.kind == "" and (
        (line.words >= _SENTENCE_WORDS and _closed(line.text)) or line.words >= _LONG_LINE_WORDS
    )


def _article_end(lines: Sequence[_Line], start: int) -> int:
    """Where the article's text ends: after its last paragraph before a long furniture run."""
    last = None  # the last line of running text
    for i in range(start, len(lines)):
        line = lines[i]
        if line.role is Role.FURNITURE:
            continue
        if _sentence_line(line):
            last = i
        elif last is not None and i - last > _END_RUN:
            run = [
                ln
                for ln in lines[last + 1 : i + 1]
                if ln.role is not Role.FURNITURE and ln.kind not in _HEADER
            ]
            if len(run) > _END_RUN:
                return last + 1
    return len(lines)


def _mark_second_copy(lines: Sequence[_Line], h: int, body_start: int) -> None:
    """A page scraped twice: from the headline's second copy on, the rest is furniture.

    The copy is the headline again in the body, followed by the deck or the first
    paragraph again: what follows repeats the article.
    """
    head = _key(lines[h])
    if not head:
        return
    i = next(
        (
            i
            for i in range(body_start, len(lines))
            if lines[i].role is Role.BODY and _key(lines[i]) == head
        ),
        None,
    )
    if i is None:
        return
    # the copy repeats a paragraph of the article (not only its title and deck)
    before = {_key(ln) for ln in lines[h + 1 : i] if ln.role is Role.BODY and _sentence_line(ln)}
    if any(ln.role is Role.BODY and _key(ln) in before for ln in lines[i + 1 :]):
        for line in lines[i:]:
            line.role = Role.FURNITURE


def _mark_body_furniture(lines: Sequence[_Line], start: int) -> None:
    """The page's furniture inside and after the body (:mod:`noticiaparse._layout.tail`)."""
    view = [
        BodyLine(
            ln.text,
            ln.gap,
            ln.kind,
            body=ln.role is Role.BODY,
            teaser=ln.role is Role.TEASER,
            sentence=_sentence_line(ln),
            closed=_closed(ln.text),
            names=ln.byline is not None and ln.byline.bare,
        )
        for ln in lines[start:]
    ]
    for k in body_furniture(view):
        lines[start + k].role = Role.FURNITURE


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
        if line.kind == "bare" and line.role is Role.FURNITURE and line.byline is not None:
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
        if line.kind == "bare" and line.role is Role.NONE and _beside_meta(lines, i):
            line.role = Role.FURNITURE


def _bare_bylines_under_headline(lines: Sequence[_Line], h: int) -> None:
    """Bare names among the first lines under the headline are its byline; later, text."""
    seen = 0
    for line in lines[h + 1 :]:
        if line.role is not Role.NONE or line.kind not in ("", "bare"):
            continue
        if line.kind == "bare":
            if h >= 0 and seen < _BYLINE_REACH and len(line.text) <= _MAX_BARE_BYLINE:
                line.role = Role.FURNITURE
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
        if line.role is Role.NONE:
            line.role = Role.FURNITURE
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
        if word in layout_words("opener_article") and not after[:1].islower():
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
    lines[c1].role = Role.DECK
    deck_index = c1
    c1 = _next_text(lines, c1)
    for _ in range(_MAX_COPIES):
        if c1 is None or _key(lines[c1]) != head_key:
            break
        lines[c1].role = Role.COPY
        c1 = _next_text(lines, c1)
    return deck_index, c1


def _front_matter(
    lines: list[_Line],
) -> tuple[tuple[int, tuple[int, int]], int | None] | None:
    """A metadata block at the top ("---", "title: …", "author: …", "---").

    Some extractors write one: its title is the headline, its description the deck,
    its author the byline and its date the publication line; every other line of it is
    furniture. Returns the title's line and span and the description's line, or ``None``.
    """
    fields = _fields(lines)
    if "title" not in fields:
        return None
    for key, (i, start, end) in fields.items():
        line = lines[i]
        value = line.text[start:end]
        if key == "author":
            byline = read_byline(value)
            if byline is not None:
                line.kind, line.byline = "byline", byline
        elif key == "date":
            line.date = read_date_line(value)
            if line.date is not None:
                line.kind, line.date_span = "date", (line.start + start, line.start + end)
        elif key in ("title", "description"):
            line.start, line.end, line.text = line.start + start, line.start + end, value
            line.role = Role.NONE
    title = fields["title"][0]
    description = fields["description"][0] if "description" in fields else None
    return (title, (lines[title].start, lines[title].end)), description


def _fields(lines: list[_Line]) -> dict[str, tuple[int, int, int]]:
    """The fields of a metadata block at the top: name to line and value's span in it.

    The block's lines are made furniture.
    """
    if lines[0].text != _FENCE:
        return {}
    close = next((i for i in range(1, min(len(lines), _TOP)) if lines[i].text == _FENCE), None)
    if close is None:
        return {}
    matches = [_FIELD.fullmatch(ln.text) for ln in lines[1:close]]
    fields: dict[str, tuple[int, int, int]] = {}
    for i, match in enumerate(matches, 1):
        if match is None:
            return {}
        fields.setdefault(match["key"], (i, *match.span("value")))
    for line in lines[: close + 1]:
        line.role = Role.FURNITURE
    return fields


def _drop_repeats(lines: Sequence[_Line], start: int, heads: tuple[int | None, ...]) -> None:
    """Body lines that repeat the headline or the deck given elsewhere are copies."""
    keys = {_key(lines[i]) for i in heads if i is not None and i >= 0}
    for line in lines[start:]:
        if line.role is Role.BODY and _key(line) in keys:
            line.role = Role.COPY


def _find_headline(lines: list[_Line]) -> tuple[int, tuple[int, int]] | None:
    """The headline's line and span: the h1 a renderer marks, else read from the page."""
    found = _marked_title(lines)
    if found is None:
        found = _headline(lines)
        if _untitled(lines, found) and _split_glued_title(lines, found):
            found = _headline(lines)
        found = _title_over_text(lines, found)
    return found


def _two_line_deck(lines: list[_Line], c1: int) -> bool:
    """A deck set in two short lines, the byline or date right under them: joined.

    "Title", "First summary sentence.", "Second one.", "Por Ana Soto": the two lines
    between the title and the header furniture are one deck.
    """
    c2 = c1 + 1
    if c2 + 1 >= len(lines):
        return False
    first, second, after = lines[c1], lines[c2], lines[c2 + 1]
    if not (
        second.gap == 0
        and first.kind == second.kind == ""
        and after.kind in _META
        and len(first.text) + len(second.text) <= _SHORT_DECK
        and _closed(first.text)
        and _closed(second.text)
        and _next_text(lines, c2 + 1) is not None  # the text under the header
    ):
        return False
    first.end = second.end
    first.text = first.text + " " + second.text  # (read by the layout only; offsets rule)
    del lines[c2]
    return True


def _find_deck(lines: list[_Line], h: int) -> int | None:
    """The deck's line under headline ``h``, past labels (a menu, a kicker), if any."""
    c1 = _next_text(lines, h)
    while c1 is not None and _label(lines[c1]) and _next_text(lines, c1) is not None:
        lines[c1].role = Role.FURNITURE
        c1 = _next_text(lines, c1)
    if c1 is not None and _two_line_deck(lines, c1):
        lines[c1].role = Role.DECK
        return c1
    if c1 is not None and _is_deck(lines, h, c1):
        lines[c1].role = Role.DECK
        return c1
    return None


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
    _classify_all(lines)
    _captions_and_posts(lines)
    _bare_bylines_by_neighbours(lines)
    front = _front_matter(lines)
    found = front[0] if front is not None else _find_headline(lines)
    headline_span: tuple[int, int] | None = None
    deck_index: int | None = None
    if found is None:
        h = -1
    else:
        h, headline_span = found
        lines[h].role = Role.HEADLINE
        _unglue(lines, h, text[slice(*headline_span)].strip())
    _mark_above(lines, h)
    deck_index, _ = _title_copies(lines, h, headline_span and fold(text[slice(*headline_span)]))
    _bare_bylines_under_headline(lines, h)
    if front is not None and front[1] is not None:
        deck_index = front[1]
        lines[deck_index].role = Role.DECK
    if deck_index is None and h >= 0:
        deck_index = _find_deck(lines, h)
    body_start = (deck_index if deck_index is not None else h) + 1
    if deck_index is not None:
        _caption_under_deck(lines, deck_index)
    if h >= 0:
        body_start = _past_header(lines, body_start)
    _mark_widgets(lines, body_start)
    _mark_body(lines, body_start)
    if h >= 0:
        _mark_second_copy(lines, h, body_start)
        _mark_body_furniture(lines, body_start)
    if front is not None:
        _drop_repeats(lines, body_start, (h, deck_index))
    first_body = next((i for i, ln in enumerate(lines) if ln.role is Role.BODY), len(lines))
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
        if line.role is Role.BODY:
            body.append(spine.segment(line.start, line.end))
            regions.append(Span(line.start, line.end))
        elif line.role is Role.TEASER:  # in the body, out of the extractors' regions
            body.append(spine.segment(line.start, line.end))
        elif line.role in (Role.FURNITURE, Role.COPY) or (line.role is Role.NONE and line.kind):
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
