"""The headline the article retells: a check on the title read from the page's shape.

A news article's first paragraphs retell its headline: most of the headline's content
words (four letters or more, no function word) come again in them. A line of furniture
set over the headline (a site's slogan, a breadcrumb's label, a subscription call, a
section kicker, a ticker's item) says nothing the article then tells. So when the line
taken for the title shares under two of its content words, or under a fifth, with the
text under it, and a title-shaped line further down is retold by the text under it
(half its content words or more, two at least), the lower line is the title. The line
taken first stays the title when it shares a content word with the lower one, or when
it is a title right over a line of a deck's size: a headline over its deck, the deck
retelling it more than the lead does (not when it names the outlet's kind or service,
"Noticias de la región las 24 horas": a slogan, lexicon ``slogan_words.txt``). A title
tag's part after the site's name that is such a slogan gives way, however the text
retells its places, to a title-shaped line under it that the text retells.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from noticiaparse._layout.lines import (
    CLOSERS,
    MAX_HEADLINE,
    TOP,
    Line,
    Role,
    closed,
    is_text,
    next_text,
    sentence_line,
)
from noticiaparse._layout.top import (
    Title,
    content_stems,
    content_words,
    folded_content_stems,
    folded_content_words,
    never_title,
    repeats_above,
    unemphasised,
)
from noticiaparse._text.lexicons import folded_lines
from noticiaparse._text.span import Span

__all__ = ["retold_title"]


#: The text that retells a line: this many paragraphs under it, within this many lines.
_RETELLING_PARAGRAPHS = 3
#: The byline or the date line right under a title (past a deck of up to two lines) is
#: its header: a title-shaped line under them is the text's intertitle.
_SIGNED = frozenset({"byline", "date"})
_HEADER_REACH = 3
_RETELLING_REACH = 120
#: A paragraph that retells: a sentence line of this many characters at least.
_RETELLING_CHARS = 80
#: A title no paragraph retells: under a fifth of its content words, or under two of them
#: (a slogan's "país" comes again in any text).
_UNRETOLD_BASE = 5
#: A title the text retells: half its content words or more, two at least.
_RETOLD_SHARE, _RETOLD_BASE = 1, 2
#: Right over the text's first paragraph (where the title stands): a third of them.
_OVER_TEXT_BASE = 3
_MIN_RETOLD_WORDS = 2
#: A title-shaped line: this many words at least, a capital (or an opening mark) first.
_MIN_TITLE_WORDS = 3
_MIN_CONTENT_WORD = 4
#: The header under a title over the text: these kinds of lines, this many at most.
_HEADER_KINDS = frozenset({"byline", "bare", "date", "share"})
_HEADER_LINES = 4
#: A deck says something: five words at least.
_MIN_DECK_WORDS = 5
#: A label between two title-shaped lines: this many words at most.
_LABEL_WORDS = 3
_LETTER = regex.compile(r"\p{L}")
_ITEM = regex.compile(r"[*+•·▪◦-]\s|\d{1,2}[.)]\s|\||#|\[|!\[")
_HEADING = regex.compile(r"#{1,3}\s{1,3}(?=\S)")
_SENTENCE_STOPS = (".", ":", ";", ",")
#: A banner's or a teaser's paragraphs the title may stand under (the text's own follow).
_PASSED_PARAGRAPHS = 2
#: A passed paragraph of the article's own text shares this many content words with it.
_SHARED_WITH_TEXT = 3
#: The lines over the title first taken that the title may stand on.
_REACH_ABOVE = 8
#: A title over its deck: the deck this many words more than the title, and this many.
_DECK_EXTRA_WORDS = 3
#: A title over a deck taken for it: longer than a kicker (six words at most).
_TITLE_OVER_DECK_WORDS = 7
_DECK_WORDS = 14
#: A kicker over the title and its open deck: this many words at most (the deck: this many
#: words at least, up to this many characters).
_KICKER_WORDS = 6
#: The title under a kicker: this many words at most (a deck is longer); a topic's
#: kicker with a lower-case word has this many words at most.
_TOPIC_WORDS = 4
_KICKER_TITLE_WORDS = 13
_OPEN_DECK_WORDS = 8
_OPEN_DECK_CHARS = 400


def retold_title(lines: Sequence[Line], found: Title | None) -> Title | None:
    """The title found, or the title-shaped line under it that the text retells.

    Examples:
        >>> from noticiaparse._layout.lines import Line
        >>> texts = [
        ...     "Tu diario de cada mañana",
        ...     "Municipio cierra el mercado central por obras de reparación",
        ...     "El municipio cerró este lunes el mercado central de la ciudad para "
        ...     "iniciar obras de reparación del techo, que durarán tres meses.",
        ... ]
        >>> lines, start = [], 0
        >>> for text in texts:
        ...     lines.append(Line(start, start + len(text), 1, text))
        ...     start += len(text) + 2
        >>> retold_title(lines, (0, lines[0].span))[0]
        1
    """
    if found is None:
        return None
    h = found[0]
    if repeats_above(lines, h):
        return found  # the title tag over it repeats it: the page's own title
    title = _title_under_label(lines, h)
    if title is not None:
        return _unmarked(lines[title], title)  # (a place or a topic over it: its kicker)
    slogan = _tag_slogan(lines[h], found[1])
    # (a slogan's places are the region's: a title under it may name them too)
    said = frozenset() if slogan else content_words(lines[h].text)
    if _told_again(lines, h):
        below = _retold_below(lines, h, said) if slogan else None
        if below is None:
            title = _title_over_deck(lines, h)
            return found if title is None else _unmarked(lines[title], title)
    else:
        below = _retold_below(lines, h, said)
    if below is not None:
        return _unmarked(lines[below], below)
    above = _retold_above(lines, h, said)
    if above is None:
        return found
    if next_text(lines, above) != h:
        lines[h].role = Role.FURNITURE  # (a label under the title's header: never the text's)
    return _unmarked(lines[above], above)  # (else the line right under it: its deck)


def _told_again(lines: Sequence[Line], h: int) -> bool:
    """Whether the text under line ``h`` retells it (not its copy): two of its words, a fifth."""
    stems = content_stems(lines[h].text)
    again = len(stems & _retelling(lines, h, frozenset({lines[h].text}), stems=True))
    return again >= _MIN_RETOLD_WORDS and _UNRETOLD_BASE * again >= len(stems)


def _tag_slogan(line: Line, span: Span) -> bool:
    """Whether the title found is a title tag's part that names the outlet's service.

    "El Diario del Valle - Noticias de San Felipe, el Valle y el mundo": the part after the
    site's name is its slogan (lexicon ``slogan_words.txt``), whose places any text of the
    region names again; a title-shaped line under it that the text retells is the title.
    """
    return (span.start > line.start or span.end < line.end) and _slogan(
        line.text[span.start - line.start : span.end - line.start]
    )


def _title_over_deck(lines: Sequence[Line], h: int) -> int | None:
    """The title right over line ``h`` when ``h``, retold too, is its deck.

    The line taken for the title (the title-shaped line nearest over the text, past the
    byline and the date) may be the deck, set without a full stop: the line right over it,
    title-shaped, longer than a kicker (seven words or more), no longer than ``h`` and
    retold by the text as well (a related headline is not), is the title.
    """
    if h < 1:
        return None
    line, below = lines[h - 1], lines[h]
    if line.words < _TITLE_OVER_DECK_WORDS or below.words < line.words or closed(below.text):
        return None
    return h - 1 if _retold(lines, h - 1, frozenset(), loose=True) else None


def _title_under_label(lines: Sequence[Line], h: int) -> int | None:
    """The title right under line ``h`` when ``h`` is a label over it: its kicker.

    A place or a topic set over the headline ("En Járkov (Ucrania)", "Crisis en
    Oriente Medio": six words at most, no lower-case content word, not closed) reads as a
    short title when the page sets no blank line under it; the title-shaped line right
    under it (four to thirteen words, one a lower-case content word, not closed), retold
    by the text too, is the headline, and the label its kicker. So is a topic of up to
    four words with a lower-case word ("Temporada de lluvias 2024") over a title twice
    its size and of seven words or more: an antetítulo is that short, and a deck set
    like a title under a short title is longer than a title.
    """
    c = h + 1
    if c >= len(lines) or next_text(lines, h) != c or lines[c].gap > 0:
        return None
    label, line = lines[h], lines[c]
    topic = label.words <= _TOPIC_WORDS and line.words >= max(
        _TITLE_OVER_DECK_WORDS, 2 * label.words
    )
    if (
        label.words > _KICKER_WORDS
        or (_worded(label.text) and not topic)
        or closed(label.text)
        or not _LABEL_WORDS < line.words <= _KICKER_TITLE_WORDS
        or not _worded(line.text)
    ):
        return None
    return c if _retold(lines, c, frozenset(), loose=True) else None


def _unmarked(line: Line, i: int) -> Title:
    """Line ``i`` as the title, without a markdown heading's marks or its emphasis ("**…**")."""
    heading = _HEADING.match(line.text)
    head = 0 if heading is None else heading.end()
    start, end = unemphasised(line.text, head, len(line.text))
    return i, Span(line.start + start, line.start + end)


def _retold_below(lines: Sequence[Line], h: int, said: frozenset[str]) -> int | None:
    """The first title-shaped line under ``h`` that the text retells.

    Past two paragraphs at most that do not belong to the text under it (a banner's, a
    teaser's: they share few content words with it); past the article's own paragraphs, a
    title-shaped line is an intertitle.
    """
    paragraphs = 0
    passed: set[str] = set()
    texts: set[str] = set()
    signed = told = bylined = False
    for c in range(h + 1, min(len(lines), h + TOP)):
        if lines[c].kind in _SIGNED and c - h <= _HEADER_REACH:
            signed = True  # the title's own header under it: what follows is its text
            # (its byline, not a date alone: a site's name stands over the masthead's
            # day; a line under the title's byline is its deck or the text's, never a title)
            bylined = bylined or lines[c].kind == "byline"
        if _sentence_paragraph(lines[c]):
            told = signed
            paragraphs += 1
            if paragraphs > _PASSED_PARAGRAPHS:
                break  # the text has begun: the title stands over it
            passed |= content_words(lines[c].text)
            texts.add(lines[c].text)
            continue
        loose = _next_title(lines, h, c)
        if _retold(lines, c, said, loose=loose, under=len(lines[h].text) if loose else 0):
            if (told or bylined) and not _signed_under(lines, c):
                return None  # under the title's header, an unsigned line is an intertitle
            if len(passed & _retelling(lines, c, frozenset(texts))) >= _SHARED_WITH_TEXT:
                return None  # the text began above it: an intertitle
            return None if _deck_under(lines, h, c) else c
    return None


def _signed_under(lines: Sequence[Line], c: int) -> bool:
    """Whether a byline or a date line stands under line ``c``, past a deck at most."""
    return any(line.kind in _SIGNED for line in lines[c + 1 : c + 1 + _HEADER_REACH])


def _deck_under(lines: Sequence[Line], h: int, c: int) -> bool:
    """Whether line ``c``, the first text line under title ``h``, is its deck.

    A title (three words or more, one a lower-case content word: "Desatando las cuerdas",
    where a section or topic label is a name, "Crisis en Oriente Medio") right over a
    longer line of a deck's size (fourteen words or more: a title is shorter) is the
    headline over its deck: a play on words the text does not retell, then the summary
    it does.
    """
    return (
        next_text(lines, h) == c
        and _worded(lines[h].text)
        and not _slogan(lines[h].text)
        and not _kicker_title_deck(lines, h, c)
        and lines[c].words >= _DECK_WORDS
        and lines[c].words > lines[h].words + _DECK_EXTRA_WORDS
    )


def _kicker_title_deck(lines: Sequence[Line], h: int, c: int) -> bool:
    """Whether ``h``, ``c`` and the line under ``c`` are a kicker, the title and its deck.

    The antetítulo (up to six words), the title (not closed like a sentence) and an open
    summary under it (eight words or more, up to 400 characters, not closed: the article's
    paragraphs close with a full stop): ``c`` is the title, not the deck of a short title.
    """
    d = next_text(lines, c)
    if d is None or lines[h].words > _KICKER_WORDS or closed(lines[c].text):
        return False
    deck = lines[d]
    return (
        deck.kind == ""
        and deck.role is Role.NONE
        and deck.words >= _OPEN_DECK_WORDS
        and len(deck.text) <= _OPEN_DECK_CHARS
        and not closed(deck.text)
        and not deck.text.rstrip(CLOSERS).endswith(_SENTENCE_STOPS)
    )


def _slogan(text: str) -> bool:
    """A site's slogan or promo: it names the outlet's kind or service ("Noticias de …").

    A content word of lexicon ``slogan_words.txt`` ("noticias", "diario", "periodismo",
    "información") in a line the text under it does not retell (the caller's test): the
    site describing itself over the title, never a title over its deck.
    """
    return bool(content_words(text) & folded_lines("slogan_words.txt"))


def _retold_above(lines: Sequence[Line], h: int, said: frozenset[str]) -> int | None:
    """The topmost title-shaped line over ``h`` in its block that the text retells.

    A label under the deck and the date (a trust label, a photo's title) was read as the
    title over the text: the title stands higher, over its deck, in the same block of
    short lines (no paragraph between).
    """
    found = None
    for c in range(h - 1, max(-1, h - _REACH_ABOVE), -1):
        if _sentence_paragraph(lines[c]) or lines[c].role is not Role.NONE:
            break
        if _retold(lines, c, said):
            found = c
    return found


def _next_title(lines: Sequence[Line], h: int, c: int) -> bool:
    """Whether only labels (up to three words) stand between line ``h`` and line ``c``."""
    return all(not is_text(line) or line.words <= _LABEL_WORDS for line in lines[h + 1 : c])


def _retold(
    lines: Sequence[Line], c: int, said: frozenset[str], *, loose: bool = False, under: int = 0
) -> bool:
    """Whether line ``c`` is title-shaped, and retold by the text under it.

    Half its content words or more, two at least, come again in the paragraphs under it (a
    third, right over the first of them: where the title stands); none of them is a word
    of the line first taken (a headline's deck shares its words). ``loose`` (the line
    next under the one first taken, past labels only): its words may come again in other
    forms (:func:`stem`), and it stands right over the text past its byline and date too.
    A line shorter than ``under`` (the size of the line first taken, when given) may share
    its words: a deck is longer than its title, and a banner over the title ("ÚLTIMA HORA:
    El Congreso aprueba …") shares a word by chance.
    """
    line = lines[c]
    if not _title_shaped(line):
        return False
    words = content_words(line.text)
    if len(words) < _MIN_RETOLD_WORDS or (words & said and len(line.text) >= under):
        return False
    own = content_stems(line.text) if loose else words
    again = own & _retelling(lines, c, stems=loose)
    over_text = (
        _over_text(lines, c) if loose else c + 1 < len(lines) and _sentence_paragraph(lines[c + 1])
    )
    base = _OVER_TEXT_BASE if over_text else _RETOLD_BASE
    return len(again) >= _MIN_RETOLD_WORDS and base * len(again) >= _RETOLD_SHARE * len(own)


def _over_text(lines: Sequence[Line], c: int) -> bool:
    """Whether line ``c`` stands right over the first paragraph, past its header at most.

    The title stands right over the text, or over its byline, date and share buttons
    (up to four lines) over the text, its deck perhaps first: one line of a deck's size
    (five words or more, up to 400 characters) right under it, with the header under
    that; no other text line between.
    """
    end = min(len(lines), c + 2 + _HEADER_LINES)
    k = c + 1
    if (
        k < end
        and is_text(lines[k])
        and lines[k].words >= _MIN_DECK_WORDS
        and len(lines[k].text) <= _OPEN_DECK_CHARS
        and k + 1 < len(lines)
        and lines[k + 1].kind in _HEADER_KINDS
    ):
        k += 1  # the deck, the byline or the date under it
        end += 1
    for line in lines[k:end]:
        if _sentence_paragraph(line):
            return True
        if line.kind not in _HEADER_KINDS and line.text:
            return False
    return False


def _retelling(
    lines: Sequence[Line], i: int, banners: frozenset[str] = frozenset(), *, stems: bool = False
) -> frozenset[str]:
    """The content words of the first paragraphs under line ``i``, or their stems.

    Not those of a banner shown again under it (``banners``: its texts).
    """
    words: set[str] = set()
    taken = 0
    for line in lines[i + 1 : i + 1 + _RETELLING_REACH]:
        if line.text in banners:
            continue
        if is_text(line) and sentence_line(line) and closed(line.text):  # (a paragraph, or shorter)
            # (the line's fold, kept on it: the same paragraphs are read for every candidate)
            folded = line.folded
            words |= folded_content_stems(folded) if stems else folded_content_words(folded)
            taken += 1
            if taken == _RETELLING_PARAGRAPHS:
                break
    return frozenset(words)


def _sentence_paragraph(line: Line) -> bool:
    """A paragraph of running text: a closed sentence line of a paragraph's size."""
    return (
        line.kind == ""
        and line.role is Role.NONE
        and len(line.text) >= _RETELLING_CHARS
        and sentence_line(line)
        and closed(line.text)
    )


def _worded(text: str) -> bool:
    """Three words or more, one a lower-case content word: a title, not a name or a label."""
    words = text.split()
    return len(words) >= _MIN_TITLE_WORDS and any(
        len(w) >= _MIN_CONTENT_WORD and w.isalpha() and w.islower() for w in words
    )


def _title_shaped(line: Line) -> bool:
    """Shaped like a headline: text, of a title's size, not closed like a sentence.

    Three words or more, its first letter a capital (past an opening mark, "¿", "«"), neither a
    list item, a link nor a table's row (a markdown heading's marks, "## Title", are left
    out).
    """
    text = line.text
    if not is_text(line) or len(text) > MAX_HEADLINE or line.words < _MIN_TITLE_WORDS:
        return False
    heading = _HEADING.match(text)
    if heading is not None:
        text = text[heading.end() :]  # a heading's marks: "## Title"
    if (
        text.rstrip(CLOSERS).endswith(_SENTENCE_STOPS)
        or _ITEM.match(text) is not None
        or never_title(text)
    ):
        return False
    first = _LETTER.search(text)  # (past an opening mark: "¿", "«", "´")
    return first is not None and first.group().isupper()
