"""Page layout: headline, deck, body, byline, publication line and boilerplate.

The page is read as lines (one line of scraped text is one paragraph,
:mod:`noticiaparse._layout.lines`). Each line is first classified on its own
(:mod:`noticiaparse._layout.boilerplate`, :mod:`noticiaparse._layout.byline`,
:mod:`noticiaparse._layout.published`); then the page's structure decides the rest, in
three linear passes:

1. **headline** and 2. **deck**: the top of the page (:mod:`noticiaparse._layout.top`);
3. **body**: every later text line, minus furniture (ads, "Lee también", related
   headline/counter pairs, list widgets, tags, newsletter calls, footers).

Every other non-empty line is boilerplate; the byline gives ``authors`` and the
publication line ``published``.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from array import array
from collections.abc import Sequence
from typing import NamedTuple

import attrs
import regex

from noticiaparse._layout.boilerplate import (
    LIST_KINDS,
    MAX_FURNITURE,
    caption_credit,
    desks,
    furniture_kind,
    is_breadcrumb,
    is_counter,
    is_credit,
    is_share_bar,
    layout_words,
    poll_lines,
)
from noticiaparse._layout.byline import (
    Byline,
    given_name_first,
    leads,
    led_byline,
    opens_with_role,
    read_byline,
    read_linked_byline,
)
from noticiaparse._layout.flat import FlatLines, flat_page, is_flat, set_gaps
from noticiaparse._layout.learned import refine, rerank_headline
from noticiaparse._layout.lines import CLOSERS as _CLOSERS
from noticiaparse._layout.lines import DIALOGUE as _DIALOGUE
from noticiaparse._layout.lines import HEADER as _HEADER
from noticiaparse._layout.lines import LINKS as _LINKS
from noticiaparse._layout.lines import MAX_CAPTION as _MAX_CAPTION
from noticiaparse._layout.lines import MAX_HEADLINE as _MAX_HEADLINE
from noticiaparse._layout.lines import MAX_LABEL as _MAX_LABEL
from noticiaparse._layout.lines import MD_LINK as _MD_LINK
from noticiaparse._layout.lines import STOPS as _STOPS
from noticiaparse._layout.lines import TAG_SEPARATOR as _TAG_SEPARATOR
from noticiaparse._layout.lines import TOP as _TOP
from noticiaparse._layout.lines import Line as _Line
from noticiaparse._layout.lines import Role
from noticiaparse._layout.lines import closed as _closed
from noticiaparse._layout.lines import key as _key
from noticiaparse._layout.lines import sentence_line as _sentence_line
from noticiaparse._layout.published import (
    STAMP_PARTS,
    DateLine,
    date_head,
    glued_stamp_at,
    is_date_cue,
    no_date_within,
    read_date_line,
    read_stamp,
    signed_after,
    stamp_after,
)
from noticiaparse._layout.retold import retold_title
from noticiaparse._layout.signature import pick_authors, pick_credit, post_text, publication_of
from noticiaparse._layout.tail import BodyLine, body_furniture
from noticiaparse._layout.top import (
    caption_under_deck,
    dated_stamp,
    find_deck,
    find_headline,
    find_kicker,
    first_paragraph,
    front_matter,
    title_copies,
    unglue,
)
from noticiaparse._layout.wrap import (
    carries_on,
    ends_run,
    inline_break,
    label_goes_on,
    needs_end,
    opens_run,
    paragraph_pieces,
    wide_gap,
    wrap_width,
    wrapped,
    wrapped_blocks,
)
from noticiaparse._model import Layout, Publication
from noticiaparse._text.fold import fold
from noticiaparse._text.gates import found, has_digit
from noticiaparse._text.lazy import lazy_regex
from noticiaparse._text.lexicons import folded_lines
from noticiaparse._text.lexicons import lines as lexicon_lines
from noticiaparse._text.record import record_repr
from noticiaparse._text.span import Span, Spans, pairs
from noticiaparse._text.spine import Spine

__all__ = ["PageLayout", "Role", "find_layout"]


_block = lazy_regex(r"[^\n ](?:[^\n ]| (?! ))*")


_COMBINED = re.compile(r"\s{1,3}(?:\||·|•|–|—|-|el)\s{1,3}|,\s{1,3}")
_LETTER = regex.compile(r"\p{L}")
#: ``_LETTER``, ``_GLUE`` and ``_BULLET`` for an ASCII text: the standard engine's calls
#: cost half of ``regex``'s (``tests/test_hostile_costs.py`` checks each pair on ASCII).
#: A scanning twin opens with a set of characters, not a lookbehind or an alternation:
#: the standard engine skips to that set fast, and is slower than ``regex`` otherwise.
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_ASCII_GLUE = re.compile(r"[A-Z](?<=[a-z][a-z][A-Z])(?=[a-z])")  # (a capital first)
_ASCII_BULLET = re.compile(r"(?:[*+-]|[0-9]{1,2}[.)])[\t\n\x0b\x0c\r ]{1,3}(?=[^\t\n\x0b\x0c\r ])")
#: ``_BULLET`` reads no further than this many characters.
_BULLET_REACH = 7
#: A turn of dialogue (Spanish sets it with the em dash): the words spoken, then the
#: narrator's incise, a dash after a space and a lower-case word ("—Sí —dijo Ana—.").
_DIALOGUE_TURN = regex.compile(r"[—―] ?[¿¡«\"“\p{Lu}][^—―\n]*+(?<= )[—―]\p{Ll}{2}")
_DIGIT = regex.compile(r"\d")
#: An e-mail address ("redaccion@diario.example").
_ADDRESS = r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}"
#: An e-mail address alone on its line, spaces around it.
_EMAIL = regex.compile(rf"\s*{_ADDRESS}\s*")
#: A live page's time stamp alone on its line ("10:20", "09.45 h").
_CLOCK = regex.compile(r"\d{1,2}[:.]\d{2}(?:\s{0,2}h(?:s|rs?)?\.?)?")
#: What a copy of the headline or the deck may end with that the other has not.
_REPEAT_STRIP = " .…"
#: The marks a copy of the title adds or drops around it: a stop, an exclamation's or a
#: question's marks ("¡Los Leones jugarán la final!" under "Los Leones jugarán la final").
_REPEAT_MARKS = _REPEAT_STRIP + "¡!¿?"
#: A copy of the deck cut short by an ellipsis keeps this many words at least.
_MIN_CUT_COPY_WORDS = 5
#: What closes a sentence.
_TERMINAL = (".", "!", "?", "…")
#: The dashes a dateline set on its own line ends with ("AREQUIPA, 3 Jun. (ANDINA) -").
_DASHES = ("-", "—", "–", "‒", "―")
#: A dateline alone on its line is at most this long, and may be read as a date line, a
#: place or an agency's credit (of the text or, in brackets, of a photo).
_MAX_DATELINE = 80
_DATELINE_KINDS = frozenset({"", "date", "line", "byline", "media"})
_MAX_COMBINED = 160
#: A byline's lead is read in the line's first characters ("publicado por ").
_LEAD_PREFIX = 16
#: Where a date may start right after a byline's names with no mark between: glued to the
#: last name by a renderer that drops the space ("Ana SotoMiércoles 3 de julio …",
#: "Ana Soto12 de marzo …"), or after a space, a figure or a capitalised word and a figure
#: (a space and a line break: the names' element ended with a space, and the renderer's
#: run joined the date's line to it, "Ana Soto \n12 de marzo …").
_DATE_AFTER_NAMES = regex.compile(
    r"(?<=[\p{Ll})])(?=\p{Lu}|\d)|(?<=\p{L}) {1,3}\n?(?=\d|\p{Lu}\p{Ll}++,? {1,3}\d)"
)
_TRAILING_CUE = regex.compile(r"\s{1,3}(?:publicad[oa]|actualizad[oa])\s{0,3}:?$", regex.IGNORECASE)
#: The second line of a linked headline a renderer wrapped holds this many words at most.
_WRAPPED_TITLE_WORDS = 6
_FLAT_BLOCKS = 3
_FLAT_WINDOW = 5000
_CONTINUATION = ",.;:)]»”"
#: A run of text cut at an inline tag may end with these besides a letter or a digit.
_CUT_ENDS = ",-–—%$€"
_ALNUM = regex.compile(r"[\p{L}\p{N}]")
#: How a sentence goes on right after an inline tag's run, with no space: ", agregó."
_RUN_RESUMES = frozenset(",.;:)")
#: How a short line left open ends besides a letter: a comma, an opening mark.
_OPEN_ENDS = ',"“«(['
#: A link set on its own line inside a sentence: at most this long, under a line of prose
#: of this many words at least, over a line that resumes the sentence or starts another.
_MAX_LINK = 80
_LINKED_SENTENCE_WORDS = 6
#: Prose of three words (two spaces) or more over a link in lower case.
_CUT_PROSE_SPACES = 2


_link_resumes = lazy_regex(
    r",\s{0,3}\p{Ll}|\.\s{0,3}\p{Lu}\w{0,40}(?:\s{1,3}\S{1,40}){4}|\p{Ll}{1,20}\s"
    r"|[.;:)»”\"]{1,3}\Z"  # (the sentence's stop alone: the link ended it)
)


#: A sentence's end: a full stop after a word of four letters or more, one of them lower
#: case (not an abbreviation, "etc.", "EE.UU.", nor an ellipsis), perhaps with closers.
_sentence_end = lazy_regex(r"[\"«“‘'(]{0,3}(?=\w*\p{Ll})\w{4,40}[\"»”’')]{0,3}\.[\"»”’')]{0,3}")


#: A dateline alone on its line (perhaps in bold): a place, perhaps a date or an agency,
#: closed by a dash after a stop or a bracket ("Lima, 3 mar (EFE).–", "ROMA, 13 Feb.
#: (EUROPA PRESS) -"), or after a space when the place is in capitals ("SANTIAGO -"), or
#: by an agency in brackets after a comma and a day ("MADRID, 3 (EUROPA PRESS)").
_dateline_alone = lazy_regex(
    r"[*_]{0,2}\p{Lu}[^\n]{0,70}?[.)]\s{0,2}[-—–‒―][*_]{0,2}"
    r"|[*_]{0,2}\p{Lu}\p{Lu}[^\n]{0,70}?\s[-—–‒―][*_]{0,2}"
    r"|[*_]{0,2}\p{Lu}[^\n,]{0,40},\s{0,2}\d{1,2}[^\n()\d]{0,20}\(\p{Lu}[^\n()]{1,30}\)[*_]{0,2}"
)


#: A time of day alone: perhaps the day's word first ("Hoy, "), the clock's time with
#: its unit or its half of the day ("10.45 horas", "12:45 p.m."), perhaps a place after a
#: bar or a dash ("15:20 | Temuco").
_time_stamp = lazy_regex(
    r"(?i:(?:hoy|ayer)\s{0,2},?\s{1,3})?\d{1,2}[:.]\d{2}"
    r"(?:\s{0,2}(?i:h(?:s|rs?|oras?)?\.?|[ap]\.?\s?m\.?))?"
    r"(?:\s{1,3}[|·•]\s{1,3}\p{Lu}[\p{L} ]{1,30})?"
)


#: An excerpt's link to the whole piece, glued after the ellipsis that cuts its text:
#: "… Sigue leyendo Title", "[…] Leer más", "... Continue reading →": the link's words,
#: an arrow, the piece's title (a capital, no stop, at most a headline's length) or
#: nothing after them ("… Leer más libros es la meta." is a sentence).
@functools.cache
def _read_more() -> regex.Pattern[str]:
    """An excerpt's ellipsis, then the link to the whole piece (``read_more.txt``) to the end."""
    links = "|".join(
        r"\s{1,3}".join(map(regex.escape, link.split())) for link in lexicon_lines("read_more.txt")
    )
    return regex.compile(
        rf"(?P<cut>…|\.{{3}}|\[…\]|\[\.{{3}}\])\s{{1,3}}(?i:{links})"
        r"(?:\s{0,3}[→»›>]{1,3})?(?:\s{1,3}[\"“«]?\p{Lu}[^.!?]{0,300})?\s{0,3}\Z"
    )


#: Where the link to the whole piece is looked for: the line's last characters.
_READ_MORE_REACH = 320


#: What opens a sentence: a capital, or an opening mark or sign before one.
_sentence_opens = lazy_regex(r"[\"“«¿¡*_]{0,3}\p{Lu}")


_contact = lazy_regex(rf"(?:{_ADDRESS}|@\w{{2,30}})")


#: An embedded post's signature: "— Ana Díaz (@anadiaz) May 4, 2022".
_signature = lazy_regex(
    r"[—–-]\s{0,3}[^()\n]{0,80}\(@\w{1,40}\)\s{0,3}(?:\p{L}{3,12}\.?\s{1,3}\d{1,2},?\s{1,3}\d{4}"
    r"|\d{1,2}\s{1,3}(?:de\s{1,3})?\p{L}{3,12}\.?,?\s{1,3}(?:de\s{1,3})?\d{4})?"
)


#: An embedded photo post's signature: "Una publicación compartida por Ana (@ana)".
_shared_post = lazy_regex(
    r"(?i:una\s{1,3}publicaci[oó]n\s{1,3}compartida\s{1,3}(?:por|de))\s[^()\n]{1,80}"
    r"\(@[\w.]{1,40}\)[^\n]{0,60}"
)


#: Script code a renderer left in the text: "var x = 1;", "googletag.cmd.push(…)", "});".
_code = lazy_regex(
    r"(?:var|let|const|function)\s[^\n]{0,300}|[\w$]{1,40}(?:\.[\w$]{1,40}){1,6}\([^\n]{0,300}"
    r"|[^\n]{0,300}(?:[{}]|\);|=[^\n]{0,200};)|[})\]][^\n]{0,40}"
)


#: The keywords a script's statement opens with ("var x = …"), read by ``_CODE_START``
#: and by the exact gate before it.
_CODE_KEYWORDS = ("var", "let", "const", "function")
_CODE_START = regex.compile(
    rf"(?:{'|'.join(_CODE_KEYWORDS)})\s|[\w$]{{1,40}}(?:\.[\w$]{{1,40}}){{1,6}}\("
)


#: A media file's name alone on its line: "joven en la plaza.jpg".
_file_name = lazy_regex(
    r"[^\s/]{1,80}(?:\s[^\s/]{1,40}){0,8}\.(?:jpe?g|png|gif|webp|svg|mp4|mp3)", regex.IGNORECASE
)


#: How a media file's name ends, and how many characters that takes at most ("." and four).
_MEDIA_END = regex.compile(r"\.(?:jpe?g|png|gif|webp|svg|mp4|mp3)\Z", regex.IGNORECASE)
_MEDIA_END_SIZE = 5
#: The shortest extension ``_MEDIA_END`` reads, its stop aside ("png").
_MEDIA_EXT_MIN = 3
#: A form's field label: "Nombre (*):", "Correo electrónico*:".
_FORM_FIELD = regex.compile(r"[^\n]{1,60}(?:\(\*\)|\*)\s{0,2}:?")
#: The longest line ``_FORM_FIELD`` matches, and how near its end its asterisk stands.
_MAX_FORM_FIELD, _FORM_FIELD_END = 66, 5
_GLUED = regex.compile(r"\p{Ll}{2}\p{Lu}\p{Ll}")
#: The capital of a ``_GLUED`` match (its third character of four).
_GLUE = regex.compile(r"(?<=\p{Ll}\p{Ll})\p{Lu}(?=\p{Ll})")
_GLUED_SIZE = 4
_KEY = re.compile(r"[a-z_]{1,20}:\s")
#: What ``_KEY`` opens with: most lines open otherwise and are not matched against it.
_KEY_FIRSTS = frozenset("abcdefghijklmnopqrstuvwxyz_")


_image = lazy_regex(rf"!{_MD_LINK}")


_HEADING_MARKS = regex.compile(r"#{1,6}\s{1,3}")
#: A list item's mark: "* ", "+ ", "- ", "• ", "1. ".
_BULLET = regex.compile(r"(?:[*+•·▪◦-]|\d{1,2}[.)])\s{1,3}(?=\S)")
#: The marks ``_BULLET`` opens with besides a digit (``str.isdigit`` holds for every ``\d``).
_BULLET_FIRSTS = "*+•·▪◦-"
#: A list item of at most this many words, not closed like a sentence, is a menu's.
_MENU_ITEM_WORDS = 12
#: A line announcing the article's own list with a colon has at least this many words.
_ANNOUNCING_WORDS = 4
#: The text's list of labelled items: this many at least, under a sentence of this many
#: words; an item is its mark, a label of four words at most, a colon and two words.
_LABELLED_ITEMS = 3
_LABELLED_LEAD_WORDS = 6
_labelled_item = lazy_regex(
    r"(?:[*+•·▪◦-]|\d{1,2}[.)])\s{1,3}[^\s:\[\]()]{1,40}(?:\s[^\s:\[\]()]{1,40}){0,3}:\s{1,3}\S{1,80}\s\S"
)
_MIN_GLUED_LINKS = 3
#: A tag list joined by " , ": this many names at least, each of this many words at most.
_MIN_TAGS = 6
_MAX_TAG_WORDS = 5


_post_link = lazy_regex(r"(?:pic\.twitter\.com|https?://t\.co)/\w{1,40}")
#: What a post's shortened link holds (a cheap test before the pattern).
_POST_LINK_END = ".co"
_WORD_AND_LINK = 2


#: An embedded post's text has at most this many characters.
_MAX_POST = 300


#: An embedded post quoted as a markdown blockquote: "> -- Name (@handle) [date](…)".
_quote_marks = lazy_regex(r"(?m)^>[ \t]{0,3}")


_quoted_signature = lazy_regex(
    r"(?:--|[—–-])\s{0,3}[^()\n]{0,80}\(@\w{1,40}\)\s{0,3}"
    r"(?:\[[^\]]{0,120}\]\([^)\s]{0,300}\)|[\w ,.]{0,40})"
)


#: A box's own label under a list label ("Vuelta rápida.") has at most this many words.
_BOX_LABEL_WORDS = 3
#: A photo credit alone ("Foto: Agencia Uno") has at most this many words.
_CREDIT_WORDS = 8


_hashtags = lazy_regex(r"#\w{1,40}(?:[\s,]{1,3}#\w{1,40}){1,20}")


_numbered = lazy_regex(r"\d{1,2}\s?[.)-]\s{0,3}\p{Lu}")


_BYLINE_REACH = 3
#: A time stamp alone on its line is at most this long ("Ayer, 22:10 hrs. | Valparaíso").
_MAX_STAMP = 48
#: What a time stamp opens with: a digit, or the day's word ("Hoy", "Ayer").
_STAMP_FIRSTS = frozenset("0123456789HhAa")
#: A label set inside a widget's block of lines has at most this many words.
_WIDGET_LABEL_WORDS = 3
_MAX_BARE_BYLINE = 80
_MAX_ITEM = 250
#: More lines than this without running text end the article.
_END_RUN = 12


@attrs.frozen(repr=False)
class PageLayout:
    """The page's parts, and the normalised spans the extractors read.

    ``front`` is the public :class:`Layout` but for its body and boilerplate, kept as
    spans of ``Spine.text`` (``body``, ``boilerplate``) until :attr:`layout` builds
    their segments: a parse reads the article before it builds them, so a page of
    short lines never holds a public segment for every line beside the reading.
    ``regions`` are the headline, deck and body paragraphs in reading order, as
    spans of ``Spine.text``.
    """

    __repr__ = record_repr

    front: Layout
    regions: Sequence[Span]
    spine: Spine | None = attrs.field(default=None, repr=False)
    body: Sequence[Span] = attrs.field(default=(), repr=False)
    boilerplate: Sequence[Span] = attrs.field(default=(), repr=False)

    @property
    def layout(self) -> Layout:
        """The public :class:`Layout`, its body's and boilerplate's segments built now."""
        if self.spine is None:
            return self.front
        segments = self.spine.segments
        return attrs.evolve(
            self.front,
            body=tuple(segments(pairs(self.body))),
            boilerplate=tuple(segments(pairs(self.boilerplate))),
        )


def _split(text: str) -> list[_Line]:
    """The page's non-empty lines, trimmed, each with the blank lines before it.

    A page flattened onto one line keeps its blocks apart with runs of spaces: then
    those runs are the line breaks.
    """
    if _flattened(text):
        return _rejoin(text, _blocks(text))
    out: list[_Line] = []
    append = out.append
    gap = 0  # blank lines since the last line
    start = 0
    for raw in text.split("\n"):
        line = raw.strip()
        if line:
            # (the spaces it opens with counted off, not the line searched for: a search
            # for a long text prepares its pattern first)
            first = start if line[0] == raw[0] else start + len(raw) - len(raw.lstrip())
            append(_Line(first, first + len(line), gap, line))
            gap = 0
        else:
            gap += 1
        start += len(raw) + 1
    if flat_page(out):
        set_gaps(text, out)
        return FlatLines(_rejoin(text, out))
    return _rejoin(text, out)


def _blocks(text: str) -> list[_Line]:
    """The blocks of a page flattened onto one line (runs of spaces between them)."""
    out: list[_Line] = []
    for match in _block().finditer(text):
        start, end = match.span()
        line = match.group()
        if line[0].isspace() or line[-1].isspace():  # a space only Python calls one
            line = line.strip()
            if not line:
                continue
            start = text.index(line, start)
            end = start + len(line)
        out.append(_Line(start, end, 0, line))
    return out


def _rejoin(text: str, lines: list[_Line]) -> list[_Line]:
    """Lines a renderer broke at inline tags, joined back into their paragraph.

    A line right under another (no blank line between) continues it when it opens
    with a lower-case letter or a closing punctuation mark (", que…", ". Luego…"), or
    when the line above ends with a word no sentence ends with (an article, a
    preposition, a conjunction: "… fue detenido a" over a linked name). A short line
    continues only by a sentence's marks or open words
    (:func:`noticiaparse._layout.wrap.inline_break`, read on every line: a quotation or
    a bracket left open, a closing mark opening the next line). On a page hard-wrapped
    at a fixed width (:mod:`noticiaparse._layout.wrap`), a line broken where the next
    word would not fit continues too.
    """
    texts, gaps = [ln.text for ln in lines], [ln.gap for ln in lines]
    width = wrap_width(texts, gaps)
    # blocks wrapped on their own, on any page (a first line's indentation counted)
    blocks = wrapped_blocks(
        texts, gaps, lambda k: lines[k].start - text.rfind("\n", 0, lines[k].start) - 1
    )
    # a page that sets its paragraphs wide apart: a narrower gap is a break inside one
    wide = wide_gap(
        texts,
        gaps,
        # (a line broken at the page's width, or in a block wrapped on its own: no run)
        lambda k: k in blocks or (width is not None and wrapped(texts[k - 1], texts[k], width)),
    )
    out: list[_Line] = []
    alone = False  # the last line kept is one line of the page, right under the one before
    above = ""  # the last line as the page has it, before joining
    for k, line in enumerate(lines):
        if out and 0 < line.gap < wide:
            # a break inside a paragraph set wide apart: the sentence goes on, a run opens
            # in lower case or with a closing mark, or a label takes its value (a
            # hard-wrapping renderer sets no blank line inside its wraps)
            joined = (
                # (a share bar's names in lower case under a date are no run: "email")
                (
                    carries_on(out[-1].text, line.text)
                    and furniture_kind(line.text) is None
                    and furniture_kind(out[-1].text) is None
                )
                or _continues(out[-1].text, line.text)
                or label_goes_on(out[-1].text, line.text)
            )
        else:
            joined = False
        if (
            joined
            or (
                out
                and line.gap == 0
                and (
                    _continues(out[-1].text, line.text)
                    or (width is not None and wrapped(above, line.text, width))
                    or k in blocks
                    or (wide and label_goes_on(out[-1].text, line.text))
                    # (one space kept at either side of the break first: a slice, no call)
                    or (
                        (
                            (cut := text[(at := line.start) - 3 : at])[1:] == "\n "
                            or (cut[1:] == " \n" and cut[:1] != " ")
                        )
                        and _run_cut(
                            text, out[-1], line, lines[k + 1] if k + 1 < len(lines) else None
                        )
                    )
                    # a short link under open prose, the sentence resuming in lower case
                    or (
                        alone
                        and len(out) > 1
                        and _inline_link(out[-2].text, out[-1].text, line.text)
                    )
                    # a markdown link or bold run the line above opened, this one closes
                    or (
                        ("](" in line.text or "**" in line.text)
                        and _markup_goes_on(out[-1].text, line.text)
                    )
                )
            )
        ):
            if (
                alone
                and len(out) > 1
                and _inline_link(out[-2].text, out[-1].text, line.text)
                # (a renderer that kept the space after the link kept the one before it)
                and not (opens_run(text, line.start) and not ends_run(text, out[-2].end))
            ):
                out[-2].end = out[-1].end  # the link goes back into its sentence first
                out.pop()
            last = out[-1]
            last.end = line.end
            last.text = text[last.start : line.end]
            above = line.text
            alone = False
            continue
        alone = bool(out) and line.gap == 0
        out.append(line)
        above = line.text
    return out


def _markup_goes_on(above: str, line: str) -> bool:
    """Whether ``line`` closes the markdown a renderer opened in ``above`` and wrapped.

    A markdown renderer that wraps its lines may break one inside a link's text or a
    bold run (`Lo anunció con el [#Festival` over `DelMar](https://…) **Ana` over
    `Quiroga** abrió …`): a link opened above (a bracket with no closing one after
    it) whose closing bracket and address open this line, or a bold run left open above
    (an odd count of its marks) that this line closes, is one paragraph.
    """
    link = line.find("](")
    if link >= 0:
        opened = above.rfind("[")
        if opened >= 0 and above.find("]", opened) < 0 and "[" not in line[:link]:
            return True
    return "**" in line and above.count("**") % 2 == 1


def _run_cut(text: str, above: _Line, line: _Line, after: _Line | None) -> bool:
    """Whether ``line``, right under ``above``, is a run of ``above``'s paragraph.

    Read from the spaces the renderer kept at a run's cut
    (:func:`noticiaparse._layout.wrap.ends_run`, :func:`~noticiaparse._layout.wrap.opens_run`),
    under a line that leaves its sentence open (:func:`_cut_open`): a line opening with
    one space under a line set at the margin (indentation stands on both); a line under
    one ending with one space, when it goes on in lower case, a digit or a mark, or when
    it is a short run not closed (a linked name, "Julio Pérez Lagos") and the next line
    opens with one space (", explicó …"). A headline's stray space over its deck, a new
    sentence in capitals, is neither.
    """
    open_above = _cut_open(above.text)
    if open_above and opens_run(text, line.start) and _at_margin(text, above):
        return True
    if not ends_run(text, above.end) or not found(_LETTER, _ASCII_LETTER, above.text):
        return False
    if open_above and not line.text[:1].isupper():
        return True
    return (
        after is not None
        and after.gap == 0
        and len(line.text) <= _MAX_LINK
        and not line.text.rstrip(_CLOSERS).endswith(_STOPS)
        and (opens_run(text, after.start) or after.text[:1] in _RUN_RESUMES)
    )


def _at_margin(text: str, line: _Line) -> bool:
    """Whether ``line`` starts at the page's margin (no indentation before it)."""
    return line.start == 0 or text[line.start - 1] == "\n"


def _cut_open(above: str) -> bool:
    """Whether ``above`` (over a run cut) leaves its sentence open: words, not closed.

    A paragraph that ends with a sentence's stop and a stray space ("… 26.95 dólares. "
    over the next paragraph) is not cut; a line of marks alone ("|  |") is furniture.
    A figure's sign ends a run too ("6%" over " y mantiene …").
    """
    last = above.rstrip(_CLOSERS)[-1:]
    return last.isalnum() or (last in _CUT_ENDS and _ALNUM.search(above) is not None)


def _inline_link(before: str, link: str, after: str) -> bool:
    """A link the renderer set on its own line inside a sentence, from its three lines.

    "… también fue citada" / "Marta Ruiz Lago" / ". Ambas deberán …": the line
    over the link is prose not closed like a sentence, the link is short and not closed,
    and the line under it goes on with a comma and a lower-case word, with a lower-case
    word ("y aprobado …"), or with a stop and a sentence.
    """
    # (a line ending with a letter, a digit or a hyphen is not closed: no closing mark
    # nor stop is one; that cheap test is read first)
    return (
        len(link) <= _MAX_LINK
        and (before[-1:].isalnum() or before[-1:] == "-")  # (a compound cut: "del Sauber-")
        and not _closed(link)
        and (
            before.count(" ") + 1 >= _LINKED_SENTENCE_WORDS
            # (shorter prose over a piece in lower case: "Los choferes realizaron" /
            # "una protesta frente al Congreso" / "durante la votación.")
            or (before.count(" ") >= _CUT_PROSE_SPACES and link[:1].islower())
        )
        and _link_resumes().match(after) is not None
    )


def _continues(above: str, text: str) -> bool:
    first = text[:1]
    short = len(above) <= _MAX_LABEL and first not in _CONTINUATION
    last = above.rstrip("*_")[-1:]  # a bold or italic run's marks: "**El ministro**"
    if short and not last.isalpha() and last not in _OPEN_ENDS and last != "-":
        return False  # (every reading below needs one or the other, or an open end)
    # (a letter ending the line is the letter most lines show: searched for only if not)
    if (not last.isalpha() and not found(_LETTER, _ASCII_LETTER, above)) or (
        text[:1] in _KEY_FIRSTS and _KEY.match(text) is not None  # (a key opens so)
    ):
        return False  # under a rule or a mark; a "key: value" line of metadata
    if text.startswith(("pic.", "http")) and _post_link().fullmatch(text) is not None:
        return False  # an embedded post's shortened link: the post's, not the sentence's
    if "@" in text and _EMAIL.fullmatch(text) is not None:
        return False  # an e-mail address alone: a byline's contact, set on its own line
    if above.endswith((";", "{", "}")):
        return False  # code ends its statements so
    broken = inline_break(above, text)  # (:mod:`noticiaparse._layout.wrap`)
    if short or broken:  # (not a title under its title tag, as below)
        return broken and not above.startswith(text[:_MAX_LABEL])
    if first == ">" and above.startswith(">"):
        # one blockquote, line by line (not an embedded post's signature under its text)
        return "(@" not in text
    if first.islower() and _sentence_end().fullmatch(above.rsplit(None, 1)[-1]) is not None:
        return False  # a sentence ended above: a caption or a date line in lower case
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
    blocks = [m.group() for m in _block().finditer(text, 0, min(len(text), _FLAT_WINDOW))]
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


@attrs.frozen(repr=False)
class _Reading:
    """What one line's text says on its own: its furniture kind, byline and date.

    ``date_span`` is the date's span inside the line's text.
    """

    __repr__ = record_repr

    kind: str = ""
    byline: Byline | None = None
    date: DateLine | None = None
    date_span: Span | None = None


_TEXT = _Reading()


@functools.cache
def _kind(kind: str) -> _Reading:
    """The reading of a line that is furniture of ``kind`` and nothing more (one per kind)."""
    return _Reading(kind)


def _classify_all(lines: Sequence[_Line], reference: dt.date | None) -> None:
    """Read every line on its own; a text seen before is read once (menus, hostile runs)."""
    seen: dict[str, _Reading] = {}
    for line in lines:
        text = line.text
        reading = seen.get(text)
        if reading is None:
            # one fold for the readers below (a longer line is read by none that folds)
            folded = fold(text) if len(text) <= MAX_FURNITURE else ""
            # "Hace 3 horas" is a date line against the reference date (none without it)
            stamp = None if reference is None else read_stamp(text, reference, folded)
            reading = seen[text] = (
                _signed_stamp(text, folded, reference) or _classify(text, folded)
                if stamp is None
                else _Reading("date", date=stamp, date_span=Span(0, len(text)))
            )
        if reading is _TEXT:
            continue
        line.kind = reading.kind
        # (a new line holds no byline nor date: most readings set none)
        if reading.byline is not None:
            line.byline = reading.byline
        if reading.date is not None:
            line.date = reading.date
        if reading.date_span is not None:
            line.date_span = Span(
                line.start + reading.date_span[0], line.start + reading.date_span[1]
            )


def _signed_stamp(text: str, folded: str, reference: dt.date | None) -> _Reading | None:
    """A byline and a relative stamp on one line: "Por Ana Soto | Hace 2 horas".

    A page that dates its stories from the day it is read sets the stamp beside the
    byline; the byline (led: "Por", "Escrito por"; names alone beside a stamp sign a
    reader's comment) gives the people or the desk, the stamp the date against the
    reference date (none without one). ``folded`` is ``fold(text)`` ("" for a line too
    long for a byline).
    """
    at = stamp_after(text, folded) if folded else None
    if at is None:
        return None
    byline = read_byline(text[:at].rstrip(STAMP_PARTS))
    if byline is None or byline.bare:
        return None
    date = None if reference is None else read_stamp(text[at:], reference)
    if date is None:
        return _Reading("byline", byline=byline)
    return _Reading("byline", byline=byline, date=date, date_span=Span(at, len(text)))


def _classify(text: str, folded: str | None = None) -> _Reading:
    """What ``text`` says on its own; ``folded`` is its :func:`fold` when the caller has it."""
    if _TAG_SEPARATOR in text and _tag_row(text):
        return _kind("line")  # a tag list's names joined by " , " (any length)
    if len(text) > MAX_FURNITURE:
        return _long_line(text)
    if folded is None:
        folded = fold(text)  # once for the readers below
    kind = furniture_kind(text, folded)
    if kind is not None:
        return _kind(kind)
    # the date readers' first test, once for the line (most lines hold no digit)
    digit = has_digit(text)
    if digit and is_counter(text):
        return _kind("counter")  # (a count holds a digit)
    dated = _date_or_link(text, digit=digit)
    if dated is not None:
        return dated
    shape = _shape_kind(text, folded)
    if shape is not None:
        return _kind(shape)
    if text[:1] in "—―" and _DIALOGUE_TURN.match(text) is not None:
        return _TEXT  # a turn of dialogue: no caption, byline, share bar or breadcrumb
    return _signed_or_text(text, folded, digit=digit)


def _tag_row(text: str) -> bool:
    """Whether ``text`` is a tag list a renderer joined with " , " between its names.

    A space before a comma is no Spanish punctuation: a page's template sets it between
    the links of its tags ("Vialidad , Cultura , Festival del Mar 2024 , turismo
    , …"). Six names or more, each of five words at most, none closed by a stop, most
    capitalised: a sentence's clauses are longer, and a list the text gives is written
    with its commas against the words.
    """
    parts = [part.strip() for part in text.split(_TAG_SEPARATOR)]
    if len(parts) < _MIN_TAGS or any(
        not part or len(part.split()) > _MAX_TAG_WORDS or part[-1] in ".!?:;" for part in parts
    ):
        return False
    return 2 * sum(part[:1].isupper() or part[:1].isdigit() for part in parts) > len(parts)


def _signed_or_text(text: str, folded: str, *, digit: bool = True) -> _Reading:
    """A caption's credit, a byline, a share bar, a breadcrumb, or running text.

    ``digit`` is false when the line holds no digit: then it holds no date line either.
    """
    if caption_credit(text, folded=folded):
        led = led_byline(text)  # "Por Ana Soto (EFE)": a byline, not a caption
        return _kind("media") if led is None else _Reading("byline", byline=led)
    byline = read_byline(text, folded)
    if byline is not None:
        return _Reading("bare" if byline.bare else "byline", byline=byline)
    if is_share_bar(text, folded):
        return _kind("share")
    if is_breadcrumb(text):
        return _kind("crumb")
    return _combined(text) if digit else _TEXT  # (a byline and a date: a digit)


def _long_line(text: str) -> _Reading:
    """A long line's reading: text, but for script code and a long link alone.

    A renderer may leave script code on one line; a link alone with a long address is a
    share button's ("[WhatsApp](whatsapp://send?text=…)").
    """
    if _CODE_START.match(text) is not None and "=" in text and ";" in text:
        return _kind("line")
    return _kind("item") if text[:1] == "[" and _links_alone(text) else _TEXT


def _date_or_link(text: str, *, digit: bool = True) -> _Reading | None:
    """A publication line, or a byline set as a link: "[Ana Díaz](https://…/autor/…)".

    ``digit`` is false when the line holds no digit (no date line then).
    """
    date = read_date_line(text) if digit else None
    if date is not None:
        signed = signed_after(text)  # "Publicado el 4 de mayo de 2022 por Ana Soto"
        if signed is not None:
            byline = read_byline(text[signed.start : signed.end])
            if byline is not None and byline.authors:
                return _Reading("byline", byline, date, Span(0, signed.start))
        return _Reading("date", date=date, date_span=Span(0, len(text)))
    linked = read_linked_byline(text) if "](" in text else None
    return None if linked is None else _Reading("byline", byline=linked)


def _embedded(text: str) -> str | None:
    """An embedded post's signature or text, script code, a media file's name.

    A post's signature is plain or quoted as a blockquote; its text is told by the
    shortened link that closes it (:func:`_ends_with_post_link`).
    """
    if ("(@" in text and (_signature().fullmatch(text) or _shared_post().fullmatch(text))) or (
        text.startswith(">") and _quoted_signature().fullmatch(_quote_marks().sub("", text))
    ):
        return "signature"
    if _code_like(text) and _code().fullmatch(text) and not _closed_prose(text):
        return "line"  # script code
    if (
        # (the extension's stop stands fourth or fifth from the end: most lines end otherwise)
        "." in text[-_MEDIA_END_SIZE:-_MEDIA_EXT_MIN]
        and _MEDIA_END.search(text, max(0, len(text) - _MEDIA_END_SIZE))
        and _file_name().fullmatch(text)
    ):
        return "media"  # an image's or a video's file name: "vecinos-plaza.jpg"
    if _POST_LINK_END in text and _ends_with_post_link(text):
        return "post"  # a post's text, closed by its shortened link
    return None


def _shape_kind(text: str, folded: str | None = None) -> str | None:
    """Furniture told by its shape: a post's signature, contacts, links, hashtags.

    ``folded`` is ``fold(text)`` when the caller has it already.
    """
    embedded = _embedded(text)
    if embedded is not None:
        return embedded
    if "*" in text and _form_field(text):
        return "line"  # a form's field: "Nombre (*):", "Correo electrónico *"
    if _repeated(text):
        return "line"  # one word repeated: "Portada Portada Portada"
    if is_date_cue(text, folded):
        return "line"  # "Publicado:" over the date
    if text[:1] in "[!*+•-#" or text[:1].isdigit():
        listed = _list_kind(text)
        if listed is not None:
            return listed
    if not _closed(text) and _glued_links(text) >= _MIN_GLUED_LINKS:
        return "line"  # links glued into one line: "TemasCorte SupremaOrganismos"
    if (
        ("@" in text and _contact().fullmatch(text))
        or (text.startswith(("pic.", "http")) and _post_link().fullmatch(text))
        or (text[:1] == "#" and _hashtags().fullmatch(text))
        or (len(text) <= _MAX_LABEL and not found(_LETTER, _ASCII_LETTER, text))
    ):
        return "line"  # contact, hashtags, a player's "00:00 / 03:24"
    if "," in text and len(text) <= _MAX_LABEL and _place_line(text):
        return "line"  # a dateline's place alone: "Tegucigalpa, Honduras."
    return None


def _form_field(text: str) -> bool:
    """Whether ``text`` is a form's field, its one asterisk marking it as required.

    "Nombre (*):", "Correo electrónico *". Two asterisks are an emphasis run's marks, bold
    or italic: "**La cifra**", "Por **Ana Soto**", "*una deuda histórica*", "Según la
    *Cámara*" are text a renderer set apart, never a field.
    """
    return (
        # (the asterisk ends the field, past its bracket, two spaces and a colon at most:
        # most lines with one, a list's item "* …", are ruled out without the match)
        len(text) <= _MAX_FORM_FIELD
        and "*" in text[-_FORM_FIELD_END:]
        and (text.count("*") == 1 or "(*)" in text)
        and _FORM_FIELD.fullmatch(text) is not None
    )


def _ends_with_post_link(text: str) -> bool:
    """Whether a post's text closes ``text`` with its shortened link.

    "Hoy presentamos el plan para los cerros pic.twitter.com/aB12": a social network
    shortens the links of the post it embeds (``pic.twitter.com/…``, ``https://t.co/…``);
    an article's own text cites an address whole.
    """
    words = text.rsplit(None, 1)
    return (
        len(words) == _WORD_AND_LINK
        and len(text) <= _MAX_POST
        and _post_link().fullmatch(words[1]) is not None
    )


def _repeated(text: str) -> bool:
    """Whether ``text`` is one word, twice or more ("Portada Portada Portada")."""
    pair = text.split(None, 2)  # (the second word first: most lines repeat none)
    if len(pair) < 2 or pair[1] != pair[0]:  # noqa: PLR2004 - two words
        return False
    words = text.split()
    return words.count(words[0]) == len(words)


#: A place alone on its line, a city and its country: "Tegucigalpa, Honduras.".
_place = lazy_regex(
    r"\p{Lu}[\p{L}.'-]{1,30}(?:\s(?:de\s|del\s|la\s|las\s|los\s|el\s)?\p{Lu}[\p{L}.'-]{1,30}){0,3}"
    r",\s{1,3}(?P<country>\p{Lu}\p{L}{1,20}(?:\s\p{Lu}\p{L}{1,20})?)\.?"
)


def _place_line(text: str) -> bool:
    """A city and its country alone (lexicon ``country_names.txt``): a dateline's place.

    Examples:
        >>> _place_line("Tegucigalpa, Honduras."), _place_line("San José, Costa Rica")
        (True, True)
        >>> _place_line("Ana Soto, Lima"), _place_line("En Caracas, Venezuela")
        (False, False)
    """
    match = _place().fullmatch(text.strip())
    if match is None or fold(match.group("country")) not in folded_lines("country_names.txt"):
        return False
    first = fold(text.split(maxsplit=1)[0])
    return first not in folded_lines("stopwords.txt")  # "En Caracas, …": a label


def _glued_links(text: str) -> int:
    """How many links are glued together in the line's start ("TemasCorte SupremaOrganismos").

    These are the matches of ``_GLUED`` (two lower-case letters, an upper-case one, a
    lower-case one) that ``findall`` would give, counted from where the upper-case
    letters stand (``_GLUE``, which the ``regex`` engine finds far faster): as
    ``findall`` does, a match is counted only past the end of the one before.
    """
    count = 0
    next_at = 0  # where the next glued capital may stand
    glue = _ASCII_GLUE if text.isascii() else _GLUE
    for capital in glue.finditer(text, 0, _MAX_LABEL * 4):
        if capital.start() >= next_at:
            count += 1
            if count >= _MIN_GLUED_LINKS:
                break
            next_at = capital.start() + _GLUED_SIZE
    return count


def _code_like(text: str) -> bool:
    """Whether ``text`` could be a whole line of ``_code()`` (a cheap test before it).

    Each of its shapes opens with a keyword or a closing bracket, opens with a call
    (``_CODE_START``) or ends with a brace or a semicolon.
    """
    return (
        text.endswith(("{", "}", ";"))
        or text[:1] in "})]"
        or (
            (text.startswith(_CODE_KEYWORDS) or _call_opens(text))
            and _CODE_START.match(text) is not None
        )
    )


def _call_opens(text: str) -> bool:
    """Whether ``_CODE_START``'s call ("window.dataLayer.push(") may open ``text``.

    Its first name ends at the line's first full stop, within 40 characters and with no
    space before it (a name holds none), and a bracket follows: a line of prose opening
    with a word and a space is ruled out without the match.

    Examples:
        >>> _call_opens("window.dataLayer.push(x)"), _call_opens("El plan (2021). Dijo")
        (True, False)
    """
    dot = text.find(".", 1, _CALL_REACH)
    return dot > 0 and " " not in text[:dot] and "(" in text


#: ``_CODE_START``'s call has its first full stop before this offset.
_CALL_REACH = 41


#: A line of links alone ends with a link's closing bracket and three spaces at most.
_LINKS_END = 4


def _links_alone(text: str, start: int = 0) -> bool:
    """``_LINKS.fullmatch(text, start)``, tried only on a line a link's bracket closes.

    (A line opening with a link and going on as text, a paragraph, is ruled out by its
    end, without the match: the link's pattern would be tried along the whole line.)
    """
    return ")" in text[-_LINKS_END:] and _LINKS.fullmatch(text, start) is not None


def _list_kind(text: str) -> str | None:
    """A line of links or images alone, or a list item (a menu's when others stand by).

    A link alone under a heading's marks ("### [Title](…)") is a related article's.
    """
    # (each mark is matched only on a line opening with its first character)
    heading = _HEADING_MARKS.match(text) if text[:1] == "#" else None
    if heading is not None and _links_alone(text, heading.end()):
        return "item"
    if _links_alone(text):
        return "media" if _image().match(text) else "item"
    first = text[:1]
    numbered = first.isdigit() and _stop_second(text)
    bullet = _bullet(text) if first in _BULLET_FIRSTS or numbered else None
    if bullet is not None and (
        len(text[bullet.end() :].split()) <= _MENU_ITEM_WORDS or not _closed(text)
    ):
        return "bullet"
    return None


def _closed_prose(text: str) -> bool:
    """Prose ends with a stop after a word, not with code's "};" or ");"."""
    return text.endswith((".", "!", "?", "»", '"', "”")) and not text.endswith(("});", ");"))


@functools.cache
def _lead_openings() -> tuple[str, ...]:
    return tuple(f"{lead}{mark}" for lead in leads() for mark in (" ", ":"))


def _opens_with_lead(text: str) -> bool:
    """Whether a byline's lead ("Por", "Escrito por") opens the line."""
    return fold(text[:_LEAD_PREFIX]).startswith(_lead_openings())


def _unmarked_cuts(text: str) -> list[tuple[int, int]]:
    """Where a date may start after a byline's names with no mark between them.

    "Por Ana Soto 12 de marzo de 2023", "Por Ana SotoMiércoles 3 …" (a lead opens the
    line); "Europa Press12 de marzo de 2023" (a desk or an agency signing alone); "Ana
    Soto 12 de marzo de 2023" (a person's names alone, opened by a given name: lexicon
    ``first_names.txt``; a place's, "Buenos Aires 12 de marzo", opens with none).
    """
    if _opens_with_lead(text):
        return [m.span() for m in _DATE_AFTER_NAMES.finditer(text)]
    first = _DATE_AFTER_NAMES.search(text)
    if first is None:
        return []
    if fold(text[: first.start()]) in desks():
        return [first.span()]
    if given_name_first(text):
        return [m.span() for m in _DATE_AFTER_NAMES.finditer(text, first.start())]
    if _NAMES_ALONE().match(text) is None:
        return []  # (no names in Title Case open the line: most lines)
    return [
        m.span()
        for m in _DATE_AFTER_NAMES.finditer(text, first.start())
        if _names_alone(text[: m.start()])
    ]


#: A person's names alone before a date: two or three words in Title Case.
_NAMES_ALONE = lazy_regex(r"\p{Lu}\p{Ll}{1,20}(?: \p{Lu}\p{Ll}{1,20}){1,2}")


def _names_alone(head: str) -> bool:
    """Whether ``head`` is a person's names, given name known or not, over a date.

    "Yaritza Condori 3 de julio de 2024": two or three words in Title Case before the
    date in words, no mark between, is a byline and its date, whether or not the given
    name is listed (``first_names.txt``), unless the words name a place: a known one
    (``country_names.txt``, ``source_places.txt``) or one opened by an article or a
    place's common noun ("La Paz", "San Pedro Sula", "Puerto Montt": lexicon
    ``layout_words.tsv``, ``place_opener``), which a person's name never is.

    Examples:
        >>> _names_alone("Yaritza Condori "), _names_alone("San Pedro Sula ")
        (True, False)
        >>> _names_alone("Buenos Aires "), _names_alone("Política ")
        (False, False)
    """
    names = head.strip()
    if _NAMES_ALONE().fullmatch(names) is None:
        return False
    folded = fold(names)
    return (
        folded.split(maxsplit=1)[0] not in layout_words("place_opener")
        and folded not in folded_lines("country_names.txt")
        and folded not in folded_lines("source_places.txt")
    )


def _combined(text: str) -> _Reading:
    """A byline and a date on one line: "Por Camila Rojas | 16/03/2021 - 17:27"."""
    if len(text) > _MAX_COMBINED or no_date_within(text):
        return _TEXT  # (every reading below needs a date line in a part of the line)
    cuts = [m.span() for m in _COMBINED.finditer(text)]
    head_end = date_head(text)  # "09/02/2017 17:18h Ana Díaz, Lima"
    if head_end is not None:
        cuts.append(Span(head_end, head_end + 1))
    cuts += _unmarked_cuts(text)
    for cut_start, cut_end in cuts:
        head, tail = text[:cut_start], text[cut_end:]
        cue = _TRAILING_CUE.search(head)
        if cue is not None:  # "Camila Rojas Publicado el 16/03/2021"
            head = head[: cue.start()]
        for names, when, offset in ((head, tail, cut_end), (tail, head, 0)):
            # both readings must hold, so their order leaves the result as it was: a side
            # with no digit is no date line (read_date_line's first test), and the names
            # go first, which the other side of a sentence of the text never are, so that
            # its clause with a figure and a date's word ("Hasta la fecha suman 1.200
            # casos") never reaches the date reader's dateparser fallback (loaded on its
            # first call, a third of a second)
            if not has_digit(when):
                continue
            byline = read_byline(names)
            if byline is None or (byline.bare and not byline.authors):
                continue
            date = read_date_line(when)
            if date is None:
                continue
            return _Reading("byline", byline, date, Span(offset, offset + len(when)))
    return _TEXT


def _bare_credit(line: _Line) -> bool:
    """A photo credit on its own ("Foto: Agencia Uno"), not a caption closed by one."""
    return line.words <= _CREDIT_WORDS and is_credit(line.text)


def _dialogue_bullets(lines: Sequence[_Line]) -> None:
    """Hyphen-marked lines in a run that asks are an interview's turns, not a list's items.

    The web sets the dialogue dash as a hyphen ("- ¿Cómo nace la idea?¶- Nace del
    barrio."): a run of such lines with a question among them is a question-and-answer
    passage, which a menu or a list of links never is. (An en dash opens no list item
    here: such lines are text already.)
    """
    # (one pass, no call a line: a run of bullets' lines ends at a line of another kind)
    run: list[_Line] = []  # the hyphen-marked lines of the run of bullets so far
    bulleted = False  # whether the last line read is a bullet's
    for line in lines:
        if line.kind == "bullet":
            bulleted = True
            if line.text.startswith("-"):
                run.append(line)
        elif bulleted:
            _turns(run)
            run, bulleted = [], False
    _turns(run)


def _turns(run: list[_Line]) -> None:
    """A run's hyphen-marked lines are turns when two or more and one asks."""
    if len(run) >= 2 and any("?" in line.text for line in run):  # noqa: PLR2004 - a pair
        for line in run:
            line.kind = ""


def _captions_and_posts(lines: Sequence[_Line]) -> None:
    """What a photo credit or a post's signature closes is furniture too.

    A short line right over a photo credit ("Foto: …", on the next line, no blank
    between) and set apart from the line above it is the photo's caption; the short
    lines right over an embedded post's signature ("— Name (@handle) date") are the
    post's text.
    """
    _dialogue_bullets(lines)
    # the run of list items a bullet's line is in (the lines after the last not under a
    # list item's mark) follows a colon's sentence: read at a bullet's line only, back to
    # the run's start or to the last bullet's line read, whose run it then is
    last, start = -1, 0  # the last bullet's line read, and its run's start
    labelled = False  # whether that run is the text's list of labelled items
    for i, line in enumerate(lines):
        if line.kind == "bullet":
            k = i
            while k > last and k > 0 and _bulleted(lines[k - 1].text):
                k -= 1
            if k > last or k == 0:
                start = k
                labelled = start > 0 and _labelled_list(lines, start)
            last = i
            announced = labelled or (start > 0 and _announces(lines[start - 1].text))
            # a menu's entry among others; alone, an intertitle or a list's one line
            near = [lines[j].kind for j in (i - 1, i + 1) if 0 <= j < len(lines)]
            listed = any(k in ("bullet", "item") for k in near) and not announced
            line.kind = "item" if listed else ""
        if line.kind == "media" and i and line.gap == 0 and _bare_credit(line):
            above = lines[i - 1]
            if above.kind == "" and len(above.text) <= _MAX_CAPTION and (i == 1 or above.gap > 0):
                above.kind = "caption"
        elif line.kind == "line" and i and _post_over_link(lines, i):
            lines[i - 1].kind = "post"
        elif line.kind == "signature" or (
            line.kind == "line" and "(@" in line.text and _shared_post().fullmatch(line.text)
        ):  # (a photo post's signature, "Una publicación compartida por … (@…)", too)
            for k in post_text(lines, i):  # (:mod:`noticiaparse._layout.signature`)
                lines[k].kind = "post"


def _labelled_list(lines: Sequence[_Line], start: int) -> bool:
    """Whether the run of list items from ``start`` is the text's own list of labelled items.

    "… el nuevo gabinete quedó así." over "- Hacienda: Marta Ibáñez, economista." /
    "- Salud: Tomás Rivas, médico." …: three items or more, each a
    label of four words at most, a colon and what it names (two words or more), most of
    them closed by a full stop, right under a paragraph of the text (a sentence of six
    words or more closed by its stop). A menu's entries, a related list's headlines and a
    contact box ("Email: …", "Teléfono: …") close none with a stop.
    """
    above = lines[start - 1].text
    if not above.endswith(".") or above.count(" ") + 1 < _LABELLED_LEAD_WORDS:
        return False
    items = 0
    stops = 0
    for line in lines[start:]:
        if not _bulleted(line.text):
            break
        if _labelled_item().match(line.text) is None:
            return False
        items += 1
        stops += line.text.endswith(".")
    return items >= _LABELLED_ITEMS and 2 * stops > items


def _post_over_link(lines: Sequence[_Line], i: int) -> bool:
    """Whether the line over line ``i``, a post's shortened link alone, is the post's text.

    A short text line not announcing anything with a colon, right over the link, or a
    blank line over it when the post's signature follows the link.
    """
    text = lines[i].text
    # (every such link opens so: another line is not matched against the pattern)
    if not text.startswith(("pic.", "http")) or _post_link().fullmatch(text) is None:
        return False
    above, after = lines[i - 1], lines[i + 1] if i + 1 < len(lines) else None
    return (
        above.kind == ""
        and len(above.text) <= _MAX_POST
        and not above.text.rstrip().endswith(":")
        and (lines[i].gap == 0 or (after is not None and after.kind == "signature"))
    )


def _bulleted(text: str) -> bool:
    """Whether a list item's mark opens ``text`` (:data:`_BULLET`), tested cheaply first.

    Every mark opens with one of its symbols (``*+-`` in ASCII) or a digit: most lines
    are ruled out by their first character, an ASCII one without a search.

    Examples:
        >>> _bulleted("- Antofagasta"), _bulleted("2. Lima"), _bulleted("Lima"), _bulleted("-")
        (True, True, False, False)
    """
    first = text[:1]
    if first == "" or (not "0" <= first <= "9" and first < "\x80" and first not in "*+-"):
        return False  # (the symbols past ASCII, and any digit there, are left to the match)
    if first not in _BULLET_FIRSTS and not _stop_second(text):
        return False  # (a digit, or a character past ASCII, that no stop follows)
    return _bullet(text) is not None


def _bullet(text: str) -> re.Match[str] | regex.Match[str] | None:
    """``_BULLET.match(text)``, by its ASCII twin where the mark's reach is ASCII."""
    if text[:_BULLET_REACH].isascii():
        return _ASCII_BULLET.match(text)
    return _BULLET.match(text)


def _stop_second(text: str) -> bool:
    """Whether a number's mark may open ``text``: a stop or a bracket second or third.

    The one thing :data:`_BULLET`'s number ("2.", "10)") needs that a line opening
    with a date or a figure ("16 de marzo", "2.000 millones") mostly lacks.

    Examples:
        >>> _stop_second("2. Lima"), _stop_second("10) Lima"), _stop_second("16 de marzo")
        (True, True, False)
    """
    second = text[1:3]
    return "." in second or ")" in second


def _announces(text: str) -> bool:
    """Whether a line announces the article's own list: four words or more and a colon.

    "Las mesas se concentraron en tres regiones:" over "- Antofagasta", "- Valparaíso":
    the article's list, not a menu's entries (a menu's label is a word or two).
    """
    return text.endswith(":") and text.count(" ") + 1 >= _ANNOUNCING_WORDS


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
    p = first_paragraph(lines, start)
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
    last = max(
        (k for k in range(start, p) if lines[k].kind in _HEADER or _stamp_line(lines[k])),
        default=None,
    )
    if last is None:
        return start
    # (a live page's time stamp opens its first entry: the entry's title is the text's)
    end = next((k for k in range(last + 1, p) if _CLOCK.fullmatch(lines[k].text)), p)
    signed = False  # (a byline or date line above: an agency alone credits a photo)
    for k in range(start, end):
        line = lines[k]
        signed = signed or line.kind in ("byline", "date")
        if line.role is not Role.NONE or line.kind not in ("", "item", "bare"):
            continue
        caption = _caption_over_credit(line, lines[k + 1], signed=signed) or (
            # (the photo's text set twice, its alt text over its caption: "X." / "X." / credit)
            k + 2 < len(lines)
            and line.text == lines[k + 1].text
            and _caption_over_credit(lines[k + 1], lines[k + 2], signed=signed)
        )
        if (
            caption
            or (not _sentence_line(line) and (k <= last or _header_note(line, lines[k + 1])))
            or _authors_note(lines, k, last)
        ):
            line.role = Role.FURNITURE  # (a name here is the byline's)
    return start


def _stamp_line(line: _Line) -> bool:
    """A short text line in the header holding a date in figures: the page's stamp.

    "Ciudad de México / 12.03.2024 10:31", "Redacción Regiones / 12.03.2024 / Lima": a
    place or a desk with the date, which the publication line's reader does not take
    whole; header furniture like the date line.
    """
    return line.kind == "" and line.role is Role.NONE and dated_stamp(line.text)


def _authors_note(lines: Sequence[_Line], k: int, last: int) -> bool:
    """Whether line ``k`` in the header is the note on the author under the byline.

    "Luis Paredes" over "Periodista especializado en clima y desastres." (a journalist's
    role opening it, lexicon ``byline_roles.txt``), right under the byline (no blank
    line between) or under the byline and the date set under it: the author's card
    the page sets in its header; set apart by a blank line, only a role in the singular
    with no article. Over more of the
    header (the date, the share buttons) it is never the text's first paragraph, which
    stands under the header; right over the text, only a role in the singular with no
    article is a note ("Periodista …"): a lead may open with a plural ("Periodistas de
    todo el país …"), never with a bare noun.
    """
    if k == 0:
        return False
    line, above = lines[k], lines[k - 1]
    if above.kind == "date" and k > 1:
        above = lines[k - 2]  # (the byline and its date under it, the note under both)
    if above.kind not in ("byline", "bare") or not opens_with_role(line.text):
        return False
    singular = not line.text.split(None, 1)[0].rstrip(".,;").endswith("s")
    if line.gap > 0:
        return singular  # (set apart: a bare noun opens no lead, "Periodista de …")
    return k < last or singular


def _header_note(line: _Line, below: _Line) -> bool:
    """Whether a short line past the byline and date, over the text, is the header's.

    A button, a reading time or the lead photo's caption between the header and the
    first paragraph is furniture; an intertitle sticks to the paragraph it heads (no
    wider gap under it than over it), and a dateline set on its own line
    ("AREQUIPA, 3 Jun. (ANDINA) -") opens the text, and so does a short sentence
    closed by its full stop ("Llegó la sequía.").
    """
    return (
        below.gap >= line.gap
        and not (line.words > 1 and line.text.endswith(_DASHES))
        and not line.text.rstrip(_CLOSERS).endswith(_TERMINAL)
    )


def _caption_over_credit(line: _Line, below: _Line, *, signed: bool) -> bool:
    """A sentence of a caption's size in the header, right over a photo credit alone.

    "El ministro, durante la conferencia." over "Foto: Agencia Uno" or "(Foto: Agencia
    Uno)" (no wider gap between them than over the caption), or over an agency alone
    ("Agencia Uno") once the page has signed (``signed``: a byline or date line above):
    the lead photo's caption, though it reads as a sentence (the article's text is
    signed by the byline, never paragraph by paragraph).
    """
    if len(line.text) > _MAX_CAPTION or below.gap > line.gap:
        return False
    credit = below.byline
    agency = credit is not None and not credit.authors and credit.credit is not None
    return _bare_credit(below) or _bracketed_credit(below) or (signed and agency)


def _bracketed_credit(line: _Line) -> bool:
    """A photo credit alone in brackets: "(Foto: Agencia Uno)"."""
    text = line.text
    return (
        text[:1] in "(["
        and text[-1:] in ")]"
        and line.words <= _CREDIT_WORDS
        and is_credit(text[1:-1])
    )


def _mark_widgets(lines: Sequence[_Line], start: int) -> None:
    """Furniture told by its neighbours, from ``start`` on: what stands under a label.

    A related-article label or a list widget ("Lo más leído") takes the short headline
    lines under it, a one-link label ("Lee también") the one line under it (two when a
    renderer wrapped the linked headline: :func:`_title_goes_on`), a counter
    the short headline before it.
    """
    swallow = 0  # lines still to take: 1 under a teaser label, many under a list label
    related = False  # under a related-article label
    flat = is_flat(lines)
    for i in range(start, len(lines)):
        line = lines[i]
        if line.role is not Role.NONE:
            continue
        kind = line.kind
        if kind == "next":  # another article follows: the rest of the page is not this one
            for rest in lines[i:]:
                rest.role = Role.FURNITURE
            return
        if kind in LIST_KINDS:
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
        if swallow and _listed(
            line,
            related=related,
            # (on a flat page no blank line tells the text resuming: a headline under
            # the label's headline is its list's next item)
            first=lines[i - 1].kind == "related" or (flat and lines[i - 1].role is Role.TEASER),
        ):
            # (one word under a related label, no text under it, is a card's section,
            # "Córdoba": no headline; over the text resumed, an intertitle)
            one_word = (
                related
                and line.words == 1
                and not (i + 1 < len(lines) and _sentence_line(lines[i + 1]))
            )
            line.role = Role.TEASER if related and not one_word else Role.FURNITURE
            # (a linked headline's second line is the label's too)
            swallow = max(swallow - 1, int(_title_goes_on(lines, i)))
            continue
        swallow = 0


def _title_goes_on(lines: Sequence[_Line], i: int) -> bool:
    """Whether the line under a one-link label's headline is its second line (a wrapped link).

    "Puedes leer" / "Nuevo derrumbe bloquea la carretera que conecta Nicolás" / "Flores
    en Hidalgo", then a blank line: a short line right under the headline, neither
    closed like a sentence, set apart from what follows by a blank line.
    """
    if i + 1 >= len(lines) or lines[i - 1].kind != "teaser":
        return False
    below = lines[i + 1]
    after = lines[i + 2] if i + 2 < len(lines) else None
    return (
        below.gap == 0
        and below.role is Role.NONE
        and below.kind in ("", "bare")
        and below.words <= _WRAPPED_TITLE_WORDS
        and not _closed(lines[i].text)
        and not _closed(below.text)
        and (after is None or after.gap > 0)
    )


def _listed(line: _Line, *, related: bool, first: bool = False) -> bool:
    """Whether a line under a label is one of its items.

    Under a list label, any headline-shaped or numbered line, or a label of three words
    at most (the box's section, closed by a stop or not); under a related-article
    label, a headline not closed like a sentence, right under the label (``first``,
    blank line or not) or on the very next line after another headline: the
    article's own text resumes after a blank line or with a sentence.
    """
    if related:
        return (first or line.gap == 0) and _item_shaped(line) and not _closed(line.text)
    return (
        _item_shaped(line)
        or _numbered().match(line.text) is not None
        or line.words <= _BOX_LABEL_WORDS  # a box's own label: "Vuelta rápida."
    )


def _mark_body(lines: Sequence[_Line], start: int) -> None:
    """Body or boilerplate for every line from ``start`` on not yet given a role.

    The article ends at its last paragraph before a long run of lines none of which
    is a paragraph (menus, related lists, footers): what follows is the page's.
    """
    end = _article_end(lines, start)
    for i in range(start, end):
        line = lines[i]
        if line.role is Role.NONE:
            text = line.kind in ("", "bare") or _ends_sentence(lines, i, start)
            line.role = Role.BODY if text else Role.FURNITURE
    for line in lines[end:]:
        line.role = Role.FURNITURE


def _ends_sentence(lines: Sequence[_Line], i: int, start: int) -> bool:
    """Whether line ``i``, read as a credit alone ("El Mercurio."), ends the text's sentence.

    The body line above leaves its sentence open for it (:func:`._layout.wrap.needs_end`:
    "… según publicó el diario" over "El Mercurio."): an outlet's name the text cites,
    set apart by a renderer, not a credit.
    """
    line = lines[i]
    if line.kind != "byline" or line.byline is None or line.byline.authors or i <= start:
        return False
    above = lines[i - 1]
    if above.role is not Role.BODY or above.kind != "" or not needs_end(above.text, line.text):
        return False
    line.kind = ""
    return True


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
    # (the fields by position, in their order: text, gap, kind, body, teaser, sentence,
    # closed, names; keywords cost a line a third more)
    # (the roles bound once, a line's role and byline read once)
    body_role, teaser_role = Role.BODY, Role.TEASER
    view = [
        BodyLine(
            ln.text,
            ln.gap,
            ln.kind,
            (role := ln.role) is body_role,
            role is teaser_role,
            _sentence_line(ln),
            _closed(ln.text),
            (byline := ln.byline) is not None and byline.bare,
        )
        for ln in lines[start:]
    ]
    for k in body_furniture(view):
        lines[start + k].role = Role.FURNITURE
    _stamps_and_widget_labels(lines, start)
    for line in lines[start:]:
        marks = (
            _HEADING_MARKS.match(line.text)
            if line.role is Role.BODY and line.text[:1] == "#"
            else None
        )
        if marks is not None:  # an intertitle's markdown marks are not its text
            line.start += marks.end()
            line.text = line.text[marks.end() :]


def _cut_glued_tails(lines: Sequence[_Line], start: int) -> None:
    """Every body paragraph from ``start`` on, once joined, without a glued tail."""
    for line in lines[start:]:
        if line.role is Role.BODY:
            _cut_glued_tail(line)


def _cut_glued_tail(line: _Line) -> None:
    """A body line without the page's link or stamp a renderer glued after its text.

    An excerpt cut by an ellipsis keeps it, and loses the link to the whole piece glued
    after it ("… Los vecinos pidieron … Sigue leyendo Title": the link's words and its
    title); a paragraph keeps its last stop, and loses the page's publication stamp
    glued after it ("… según el municipio. marzo 3, 2024 | 18:40": a
    date line with its time or a bar, no sentence of the text). The line's span
    shrinks: what is cut is the page's, no paragraph's.
    """
    text = line.text
    size = len(text)
    keep = size
    reach = max(0, size - _READ_MORE_REACH)
    # (an ellipsis first: most lines hold none near their end)
    link = (
        _read_more().search(text, reach)
        if text.find("…", reach) >= 0 or text.find("...", reach) >= 0
        else None
    )
    if link is not None:
        keep = link.end("cut")
    else:
        stamp = glued_stamp_at(text)
        if stamp is not None:
            keep = stamp
    if keep < size:
        line.end = line.start + keep
        line.text = text[:keep]


def _stamps_and_widget_labels(lines: Sequence[_Line], start: int) -> None:
    """Time stamps and labels set inside a widget between the paragraphs, from ``start`` on.

    A time of day alone on a body line is a live page's or an update's stamp ("10.45
    horas", "12:45 p.m.", "Hoy, 10:45", "Ayer 22:10", "15:20 | Temuco"): a clock time
    with its unit or its half of the day, perhaps after the day's word or before a place
    after a bar, and nothing else. No paragraph is a time alone.

    A widget between the paragraphs (an ad slot's names, a carousel's arrows, a player's
    buttons) is a block of lines set right under one another: a short line not closed
    like a sentence (:data:`_WIDGET_LABEL_WORDS` words at most: a brand, a button's
    word) with furniture right over it and right under it, no blank line between, is
    one of the block's lines. An intertitle stands apart from the lines around it, or
    over its paragraph. One pass over the lines.
    """
    body, furniture = Role.BODY, Role.FURNITURE
    run: list[_Line] = []  # short labels right under furniture, each right under the last
    above = None  # the role of the line over the run
    for line in itertools.islice(lines, start, None):
        role = line.role
        if role is body:
            text = line.text
            if (
                len(text) <= _MAX_STAMP
                and text[:1] in _STAMP_FIRSTS
                and _time_stamp().fullmatch(text) is not None
            ):
                line.role = role = furniture
        if line.gap:
            run.clear()
        elif role is furniture and run:
            for label in run:  # furniture over and under the run
                label.role = furniture
            run.clear()
        elif role is body and (run or above is furniture) and _widget_label(line):
            run.append(line)
        else:
            run.clear()
        above = role


def _widget_label(line: _Line) -> bool:
    """A short line not closed like a sentence (a label, a button, a brand)."""
    return line.words <= _WIDGET_LABEL_WORDS and not _closed(line.text)


def _item_shaped(line: _Line) -> bool:
    """Shaped like a linked headline: short, and not closed like a sentence."""
    text = line.text
    return len(text) <= _MAX_ITEM and not text.endswith((".", ":", ";", ","))


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


def _mark_above(lines: Sequence[_Line], h: int) -> None:
    """Everything above the headline is furniture; a name there is the site's, not a byline."""
    for i, line in enumerate(lines[: max(h, 0)]):
        if line.role is Role.NONE:
            line.role = Role.FURNITURE
        if line.kind == "bare" and not _beside_meta(lines, i):
            line.kind = ""  # a name above the title with no date beside it


def _drop_repeats(
    lines: Sequence[_Line], start: int, heads: tuple[int | None, ...], *, page_deck: bool = True
) -> None:
    """Body lines that repeat the headline or the deck given elsewhere are copies.

    Word for word; the body's first line also with a full stop the other has not, or cut
    short by an ellipsis (a summary box's excerpt of the deck over the text, "Los
    agricultores estiman…": five words or more). Further down, a sentence that says the
    deck again with its full stop is the article's own: a page that sets the deck's
    sentence in its text after a lead of its own (a summary box repeats it over the text,
    before the first paragraph). Not a metadata block's description (``page_deck``
    false): an extractor that gives the page's summary as a field sets it in the text
    too, wherever the page shows it.
    """
    exact = {_key(lines[i]) for i in heads if i is not None and i >= 0} - {""}
    if not exact:
        return
    deck = heads[-1]
    said = _key(lines[deck]) if deck is not None and deck >= 0 else ""
    own_sentence = (
        page_deck
        and said.endswith(_TERMINAL)
        and said not in {_key(lines[i]) for i in heads[:-1] if i is not None and i >= 0}
    )
    loose = {k.strip(_REPEAT_MARKS) for k in exact}
    first = True
    for line in lines[start:]:
        if line.role is not Role.BODY:
            continue
        own = _key(line)
        if not first and own_sentence and own == said:
            continue  # (the deck's sentence in the text, after a paragraph of it)
        if own in exact or (first and (own.strip(_REPEAT_MARKS) in loose or _cut_copy(own, loose))):
            line.role = Role.COPY
            continue
        first = False


def _cut_copy(own: str, keys: set[str]) -> bool:
    """Whether ``own``, cut short by an ellipsis, opens one of ``keys`` (five words or more)."""
    if not own.endswith(("...", "…")):
        return False
    head = own.strip(_REPEAT_MARKS)
    return head.count(" ") + 1 >= _MIN_CUT_COPY_WORDS and any(k.startswith(head) for k in keys)


def find_layout(spine: Spine, reference_date: dt.date | None = None) -> PageLayout:
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
        return PageLayout(front=Layout(), regions=())
    _classify_all(lines, reference_date)
    _captions_and_posts(lines)
    for k in poll_lines(lines):  # (a poll between the text's lines)
        lines[k].kind = "line"
    _bare_bylines_by_neighbours(lines)
    front = front_matter(lines)
    found = (
        front[0]
        if front is not None
        else retold_title(lines, rerank_headline(lines, find_headline(lines)))
    )
    headline_span: Span | None = None
    deck_index: int | None = None
    if found is None:
        h = -1
    else:
        h, headline_span = found
        lines[h].role = Role.HEADLINE
        unglue(lines, h, text[slice(*headline_span)].strip())
    kicker = find_kicker(lines, h)
    _mark_above(lines, h)
    deck_index, _ = title_copies(lines, h, headline_span and fold(text[slice(*headline_span)]))
    _bare_bylines_under_headline(lines, h)
    if front is not None and front[1] is not None:
        deck_index = front[1]
        lines[deck_index].role = Role.DECK
    if deck_index is None and h >= 0 and front is None:  # (a block gives its description)
        deck_index = find_deck(lines, h)
    elif front is None and deck_index is not None and lines[deck_index].role is Role.DECK:
        deck_index = _deck_under_copy(lines, deck_index)
    body_start = (deck_index if deck_index is not None else h) + 1
    if deck_index is not None:
        caption_under_deck(lines, deck_index)
    if h >= 0:
        body_start = _past_header(lines, body_start)
    _mark_widgets(lines, body_start)
    _mark_body(lines, body_start)
    if h >= 0:
        _mark_second_copy(lines, h, body_start)
        _mark_body_furniture(lines, body_start)
    _drop_repeats(lines, body_start, (h, deck_index), page_deck=front is None)
    refine(lines, h, (deck_index if deck_index is not None else h) + 1)
    first_body = next((i for i, ln in enumerate(lines) if ln.role is Role.BODY), len(lines))
    _join_pieces(text, lines, first_body)
    _cut_glued_tails(lines, first_body)
    pieces = _assemble(spine, lines, (headline_span, kicker), deck_index, first_body)
    published = _published(spine, lines, first_body, reference_date)
    # the line records are dropped here, the body's segments built after the reading
    # (:attr:`PageLayout.layout`): a page of short lines would hold a record, a public
    # segment and a span object for every line at once
    del lines
    return PageLayout(
        front=attrs.evolve(pieces.layout, published=published),
        regions=pieces.regions,
        spine=spine,
        body=pieces.body,
        boilerplate=pieces.boilerplate,
    )


def _deck_under_copy(lines: list[_Line], copy: int) -> int:
    """The deck under the title's copy, when the page sets one there; else the copy.

    A copy of the title right under it is the deck repeating it, unless a summary the
    page sets apart stands under the copy (:func:`find_deck`, the copy read as the
    title): the copy is the title's again, the summary the deck.
    """
    deck = find_deck(lines, copy)
    if deck is None:
        return copy
    lines[copy].role = Role.COPY
    return deck


def _join_pieces(text: str, lines: Sequence[_Line], start: int) -> None:
    """Body lines that go on the body line above them join it (:mod:`._layout.wrap`).

    The line above takes the piece's end; the piece is left with no role. A dateline set
    on a line of its own over the first paragraph (:func:`_own_dateline`) is the text's:
    right over it, it takes the paragraph (a bold run the renderer broke off: the line
    keeps what it says, a date line's date, and the paragraph's text joins it); a blank
    line between, the page set it as a paragraph of its own, and it is one.
    """
    if 0 < start < len(lines) and _own_dateline(lines[start - 1], lines[start]):
        dateline, first = lines[start - 1], lines[start]
        dateline.role = Role.BODY
        if not first.gap:
            dateline.end = first.end
            dateline.text = text[dateline.start : first.end]
            first.role, first.kind = Role.NONE, ""
            start -= 1
    # the line records themselves, read in place: no record a line (a page of short lines)
    found = paragraph_pieces(lines[start:])
    target = None
    for i in sorted(found):
        line = lines[start + i]
        if target is None or i - 1 not in found:
            target = lines[start + i - 1]
        target.end = line.end
        target.text = text[target.start : line.end]
        line.role, line.kind = Role.NONE, ""


def _own_dateline(line: _Line, first: _Line) -> bool:
    """Whether ``line``, right over the body's first paragraph ``first``, is its dateline.

    A dateline opens the story's text ("SANTIAGO.– El Gobierno …"); a renderer that sets
    its bold run apart, or a page that sets it as a block of its own, leaves it alone on
    its line: a short line closed by a dash after a stop or a bracket ("Ciudad de México,
    12 de marzo de 2024.-", "ROMA, 13 Feb. (EUROPA PRESS) -"), or after a place in
    capitals ("SANTIAGO -"), or by an agency in brackets after a comma and a day
    ("MADRID, 3 (EUROPA PRESS)"), over a paragraph that opens a sentence. Not a site's
    name closed by a dash ("Diario del Sur -"), not a title or a deck, and not a line of
    furniture but a date line, a place (a place in capitals may read as a bare name) or
    an agency's credit.
    """
    text = line.text
    end = text.rstrip("*_")
    return (
        line.role in (Role.FURNITURE, Role.NONE)
        and (line.kind in _DATELINE_KINDS or (line.kind == "bare" and text.isupper()))
        and len(text) <= _MAX_DATELINE
        and (end.endswith(_DASHES) or end.endswith(")"))
        and first.role is Role.BODY
        and _sentence_opens().match(first.text) is not None
        and _dateline_alone().fullmatch(text) is not None
    )


class _Pieces(NamedTuple):
    """What the layout keeps of its lines, which it then drops.

    The layout but for its body, boilerplate and date; the spans of the body and the
    boilerplate lines; the extractors' regions.
    """

    layout: Layout
    body: Spans
    boilerplate: Spans
    regions: Spans


def _published(
    spine: Spine, lines: Sequence[_Line], body_start: int, reference_date: dt.date | None
) -> Publication | None:
    """The page's publication date, with its offsets in the input (``_layout.signature``)."""
    h = next((i for i, line in enumerate(lines) if line.role is Role.HEADLINE), -1)
    found = publication_of(lines, h, body_start, reference_date)
    if found is None:
        return None
    o_start, o_end = spine.span(*found[0])
    return Publication(raw=spine.raw(*found[0]), start=o_start, end=o_end, value=found[1])


def _assemble(
    spine: Spine,
    lines: Sequence[_Line],
    top: tuple[Span | None, Span | None],
    deck_index: int | None,
    body_start: int,
) -> _Pieces:
    # the spans kept as columns of offsets (:class:`Spans`): a page of short lines has
    # a region and a body span for every line
    regions = Spans(array("q"), array("q"))
    headline = deck = None
    headline_span, kicker_span = top
    if headline_span is not None:
        start, end = spine.trim(*headline_span)
        headline = spine.segment(start, end)
        regions.starts.append(start)
        regions.ends.append(end)
    if deck_index is not None:
        line = lines[deck_index]
        deck = spine.segment(line.start, line.end)
        regions.starts.append(line.start)
        regions.ends.append(line.end)
    body = Spans(array("q"), array("q"))
    boilerplate = Spans(array("q"), array("q"))
    body_role, teaser_role, none_role = Role.BODY, Role.TEASER, Role.NONE
    furniture_roles = (Role.FURNITURE, Role.COPY)
    region_starts, region_ends = regions.starts.append, regions.ends.append
    body_starts, body_ends = body.starts.append, body.ends.append
    kept_starts, kept_ends = boilerplate.starts.append, boilerplate.ends.append
    for line in lines:
        role = line.role
        if role is body_role:
            body_starts(line.start)
            body_ends(line.end)
            region_starts(line.start)
            region_ends(line.end)
        elif role is teaser_role:  # in the body, out of the extractors' regions
            body_starts(line.start)
            body_ends(line.end)
        elif role in furniture_roles or (role is none_role and line.kind):
            kept_starts(line.start)
            kept_ends(line.end)
    h = next((i for i, line in enumerate(lines) if line.role is Role.HEADLINE), -1)
    layout = Layout(
        headline=headline,
        kicker=None if kicker_span is None else spine.segment(*spine.trim(*kicker_span)),
        deck=deck,
        authors=pick_authors(lines, h, body_start),
        credit=pick_credit(lines, h, body_start),
    )
    return _Pieces(layout, body, boilerplate, regions)
