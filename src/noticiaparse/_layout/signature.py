"""Who signs the page and when: its authors, its credit and its publication line.

The lines of the page have been read on their own (:mod:`noticiaparse._layout.byline`,
:mod:`noticiaparse._layout.published`) and placed by the page layout; this module
picks among them by where they stand.

- **Authors.** Under the headline, before the body (the header): a byline with names
  ("Por Ana Díaz"), else a lone lead over the names on the next line ("Por" then "*
  Ana Díaz"), else names alone over the date line (past a place: "Ana Díaz" over
  "Madrid" over the date), else names alone that the layout placed as the byline's;
  names alone on the next lines that open with a given name are co-authors, one a line.
  Above the headline only a marked byline in the title's block (two short lines at most
  between it and the title) or a labelled field ("author: Ana Díaz"), or names alone
  over the title block's date: higher up, names are the site's menus and teasers. A
  desk alone in the header ("Redacción") signs a page with no authors; else a byline
  with names among the body's first paragraphs or right under its last one (a byline
  further down signs a related article); else a name alone on the line right under the
  last paragraph, the article's signature ("Rosa Quiroga."), not one of a list. The
  site's own name (the title tag's tail, a "sitename:" field) is never an author.
- **Credit.** A desk or an agency in the header's bylines ("Por Ana Díaz | EFE",
  "Redacción Deportes", "Con información de AFP"), else the dateline of the first
  paragraph ("LIMA, 3 mar (EFE).-"), else the closing of the last one ("(Con
  información de AFP)") or a credit line right under it.
- **Publication line.** Under the headline, before the body (or a date inside a byline
  line there, among counters: "Por Ana Díaz - 3 agosto, 2021 5 12"); else the nearest
  date line above the headline in the title's block, not among the masthead's menus,
  weather or tickers (the masthead shows the day the page was read: "Viernes,
  23/06/2017"), or a labelled one ("Publicado", "date:") anywhere above; else one among
  the body's first paragraphs; else, further down, a labelled date line or one right
  under the last paragraph (an unlabelled date further down dates a related article).
  Within each place, a line that says "Publicado" comes first, then one that is not an
  update, then any: the publication line states the first publication. A page with no
  date line at all is dated by an agency's dateline near its title ("LIMA, 3 mar
  (EFE)"), counted from the reference date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

import regex

from noticiaparse._layout.boilerplate import LIST_KINDS
from noticiaparse._layout.byline import (
    credit_line,
    dateline_credit,
    given_name_first,
    is_keyed_byline,
    leads,
    names_after_lead,
    opening_byline,
)
from noticiaparse._layout.flat import is_flat
from noticiaparse._layout.lines import Line, Role
from noticiaparse._layout.published import (
    DateLine,
    date_after_label,
    date_before_label,
    date_in_byline,
    is_bare_day,
    is_keyed,
    is_masthead_day,
    read_date_line,
    read_wire_date,
    under_cue,
)
from noticiaparse._layout.top import glued_date
from noticiaparse._text.calendar import add_days
from noticiaparse._text.fold import fold
from noticiaparse._text.span import Span

__all__ = [
    "opening",
    "pick_authors",
    "pick_credit",
    "pick_publication",
    "post_text",
    "publication_of",
]

#: An embedded post's text over its signature: this many lines at most, each this long
#: at most; a line over the first one this short at most (a line break inside the post),
#: unless it carries a post's marks.
_POST_LINES = 3
_MAX_POST = 300
_SHORT_POST_LINE = 100
#: The blank lines a renderer may set between a post's text and its signature.
_POST_GAP = 2
#: A blockquote's lines over a post's signature are the post, this many at most.
_QUOTED_POST_LINES = 12
#: What only a post's text carries: a handle, a hashtag, a link, an emoji.
_POST_MARKS = regex.compile(r"[@#]\w|https?://|pic\.|[\U0001F300-\U0001FAFF\u2600-\u27BF]")

#: The body's opening: its first paragraphs, where header furniture may still stand.
_OPENING = 3
#: A credit or byline line this far under the body's last paragraph still closes it.
_CLOSING_REACH = 2
#: Names this many lines over the publication line are its byline ("Ana Díaz" over
#: "Madrid" over "Actualizado" over the date), past short furniture only.
_OVER_DATE = 4
_SHORT = 5  # words
#: Furniture kinds that open other articles: their lists, or the next article itself.
_WIDGET_KINDS = LIST_KINDS | {"next"}


def opening(lines: Sequence[Line], body_start: int) -> int:
    """Where the body's opening ends: the index of its third paragraph (or the end)."""
    seen = 0
    for i in range(body_start, len(lines)):
        if lines[i].role is Role.BODY:
            seen += 1
            if seen == _OPENING:
                return i
    return len(lines)


def _closing(lines: Sequence[Line]) -> range:
    """The lines right under the body's last paragraph, up to a widget's label.

    A label that opens a list of other articles ("Más noticias", "Lo más leído") ends
    the article's page: a desk's name under it heads the next article, it signs nothing.
    """
    last = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].role is Role.BODY), None)
    if last is None:
        return range(0)
    end = min(last + 1 + _CLOSING_REACH, len(lines))
    stop = next((i for i in range(last + 1, end) if lines[i].kind in _WIDGET_KINDS), end)
    return range(last + 1, stop)


def _named(line: Line) -> tuple[str, ...]:
    return line.byline.authors if line.kind == "byline" and line.byline is not None else ()


def _lone_lead(line: Line) -> bool:
    return line.kind == "byline" and fold(line.text).strip(" .:") in leads()


def _over_date(lines: Sequence[Line], zone: range) -> tuple[str, ...] | None:
    """Names alone set over the zone's first date line, past places and cues ("Madrid").

    The byline stands over the date with at most its place between: of the short
    furniture lines right over the date, the topmost that reads as names is it.
    """
    date = next((i for i in zone if lines[i].kind == "date"), None)
    if date is None:
        return None
    found: tuple[str, ...] | None = None
    for i in range(date - 1, max(date - 1 - _OVER_DATE, zone.start - 1), -1):
        line = lines[i]
        if line.role is not Role.FURNITURE or line.words > _SHORT:
            break
        if line.byline is not None and line.byline.bare and line.byline.authors:
            # one author a line: "Ana Díaz" over "Luis Gil" over the date
            above = _bare_names(lines[i]) or ()
            found = above + found if found is not None and _co_author(lines[i + 1]) else above
    return found


def _bare_names(line: Line) -> tuple[str, ...] | None:
    """The names of a line of names alone ("Ana Díaz"), or ``None``."""
    byline = line.byline
    return byline.authors if byline is not None and byline.bare and byline.authors else None


def _bare_run(lines: Sequence[Line], i: int, zone: range) -> tuple[str, ...]:
    """The names of line ``i`` and of the bare name lines right under it (one author a line)."""
    byline = lines[i].byline
    names = byline.authors if byline is not None else ()
    for k in range(i + 1, zone.stop):
        if not _co_author(lines[k]):
            break
        names += _bare_names(lines[k]) or ()
    return names


def _co_author(line: Line) -> bool:
    """A bare name line under another that names a second author, not the place.

    "Ana Díaz" over "Luis Gil": one author a line; "Ana Díaz" over "Buenos Aires" is
    the place the byline was written from. The second line opens with a given name.
    """
    names = _bare_names(line)
    return names is not None and line.role is Role.FURNITURE and all(map(given_name_first, names))


def _authors_in(lines: Sequence[Line], zone: range) -> tuple[str, ...] | None:
    """The authors one part of the page names, or ``None``."""
    for i in zone:
        if _named(lines[i]):
            return _named(lines[i])
    for i in zone:
        if _lone_lead(lines[i]) and i + 1 < len(lines):
            after = names_after_lead(lines[i + 1].text)
            if after is not None:
                return after.authors
    over_date = _over_date(lines, zone)
    if over_date is not None:
        return over_date
    for i in zone:
        line = lines[i]
        if line.kind == "bare" and line.role is Role.FURNITURE and _bare_names(line):
            return _bare_run(lines, i, zone)
    return _opened(lines, zone)


def _opened(lines: Sequence[Line], zone: range) -> tuple[str, ...] | None:
    """The names a lead opens an unread line with, its date and counts after them.

    A theme's byline line filled with links and counts is left unread by the page's
    reader ("[ Por **Ana Díaz** ](…/autor/…) Publicado **Jul 23, 2020** 1 0").
    """
    for i in zone:
        opened = opening_byline(lines[i].text) if not lines[i].kind else None
        if opened is not None and opened.authors:
            return opened.authors
    return None


def _above(lines: Sequence[Line], top: int) -> tuple[str, ...] | None:
    """The authors of a byline over the headline, or ``None``.

    Names over the title are a byline only when a lead, a role or a desk marks them
    (never bare names: those are the site's menus and teasers), and only in the title's
    block (:func:`_in_title_block`) or as a labelled field ("author: Ana Díaz"): higher
    up, a byline signs a teaser or a column in the page's furniture.
    """
    for i in range(top - 1, -1, -1):
        if _named(lines[i]) and (_near_title(lines, i, top) or is_keyed_byline(lines[i].text)):
            return _named(lines[i])
    # names alone over the title block's date: "Ana Díaz" / "4 de abril de 2024" / title
    date = next((i for i in range(top - 1, -1, -1) if lines[i].kind == "date"), None)
    if date is None or not _in_title_block(lines, date, top):
        return None
    return _over_date(lines, range(max(date - _OVER_DATE, 0), date + 1))


def _signed_at_end(lines: Sequence[Line]) -> tuple[str, ...]:
    """The names a bare line signs right under the body's last paragraph ("Ana Díaz.").

    A column or a report may close with its author's name on a line of its own; a name
    further down, or one of a list of names (tags, a teaser's bylines), signs nothing.
    """
    last = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].role is Role.BODY), None)
    if last is None:
        return ()
    # the name on its own line: kept as the last paragraph, or just under it
    first = last if _bare_names(lines[last]) is not None else last + 1
    if first >= len(lines):
        return ()
    names = _bare_names(lines[first])
    if names is None or not all(map(given_name_first, names)):
        return ()  # ("Radio Sur" under the text: a desk's or a teaser's name)
    after = lines[first + 1] if first + 1 < len(lines) else None
    if after is not None and (after.kind in ("bare", "item", "crumb") or after.byline is not None):
        return ()
    return names


def pick_authors(lines: Sequence[Line], headline: int, body_start: int) -> tuple[str, ...]:
    """The people the page's byline names (see the module's docstring).

    The site's own name is never an author ("author: Diario del Valle" in a metadata
    block, "Ana Díaz/Diario del Valle"): a name the page gives as the site's, after its
    title in the title tag or as a metadata block's site name, is left out. A name given
    twice (the byline shown on two lines) is one author.
    """
    found = _pick_authors(lines, headline, body_start)
    if not found:
        return found
    once: dict[str, str] = {}
    for name in found:  # (a name the byline block shows twice, on two lines, is one author)
        once.setdefault(fold(name), name)
    found = tuple(once.values())
    sites = _site_names(lines, headline)
    return tuple(a for a in found if fold(a) not in sites) if sites else found


#: A metadata block's field that names the site: "sitename: Diario del Valle".
_SITE_FIELD = regex.compile(r"(?i:sitename|site_name|site)\s{0,2}:\s{0,3}(?P<name>.{2,80})")
#: What ``_SITE_FIELD`` opens with: each character its case-blind "s" matches (the long
#: "ſ" too). A line opening otherwise, most lines, is ruled out without the match.
_SITE_FIRSTS = "Ssſ"
#: What sets the site's name apart after the title, in a title tag.
_SITE_CUT = regex.compile(r"\s{1,3}[-|–—:·]\s{1,3}")


def _site_names(lines: Sequence[Line], headline: int) -> frozenset[str]:
    """The names the page gives its site, folded: the title tag's tail, a site name field."""
    names: set[str] = set()
    title = lines[headline].text.strip() if headline >= 0 else ""
    for line in lines[: min(len(lines), _SITE_REACH)]:
        text = line.text.strip()
        field = _SITE_FIELD.match(text) if text[:1] in _SITE_FIRSTS else None
        if field is not None:
            names.add(fold(_SITE_CUT.split(field["name"].strip(" \"'"))[0]))
        elif title and text != title and text.startswith(title):
            tail = _SITE_CUT.match(text, len(title))
            if tail is not None:
                names.add(fold(_SITE_CUT.split(text[tail.end() :])[0]))
    names.discard("")
    return frozenset(names)


#: The site's name is looked for in the page's first lines (its head and header).
_SITE_REACH = 60


def _pick_authors(lines: Sequence[Line], headline: int, body_start: int) -> tuple[str, ...]:
    top = max(headline, -1)
    found = _authors_in(lines, range(top + 1, body_start))
    if found is None and top > 0:
        found = _above(lines, top)
    if found is not None:
        return found
    if any(line.kind == "byline" for line in lines[:body_start]):
        return ()  # a desk signs the page
    reach = opening(lines, body_start)
    for i in [*range(body_start, reach), *_closing(lines)]:
        if _named(lines[i]):
            return _named(lines[i])
    # the header's byline block left among the first paragraphs: names over the date
    over_date = _over_date(lines, range(body_start, reach))
    return over_date if over_date is not None else _signed_at_end(lines)


def _credit_of(line: Line) -> str | None:
    if line.byline is not None and line.byline.credit:
        return line.byline.credit
    if line.date is not None and line.date.credit:
        return line.date.credit
    return credit_line(line.text) if line.kind in ("", "line") else None


def pick_credit(lines: Sequence[Line], headline: int, body_start: int) -> str | None:
    """The agency or desk that signs the page, or ``None`` (see the module's docstring)."""
    top = max(headline, -1)
    for line in lines[top + 1 : body_start]:
        credit = _credit_of(line)
        if credit is not None:
            return credit
    body = [line for line in lines if line.role is Role.BODY]
    if not body:
        return None
    credit = dateline_credit(body[0].text) or dateline_credit(body[-1].text)
    if credit is not None:
        return credit
    return next((c for c in (_credit_of(lines[i]) for i in _closing(lines)) if c is not None), None)


def _reading(lines: Sequence[Line], i: int) -> DateLine | None:
    """Line ``i``'s date, with the kind of a lone cue over it ("Actualizado")."""
    reading = lines[i].date
    return reading if i == 0 else under_cue(lines[i - 1].text, reading)


_PREFERENCES: tuple[Callable[[DateLine], bool], ...] = (
    lambda d: d.published,
    lambda d: not d.updated,
    lambda _d: True,
)


def _day(value: dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def pick_publication(
    lines: Sequence[Line], headline: int, body_start: int, reference: dt.date | None = None
) -> int | None:
    """The index of the page's own publication line, or ``None`` (see the module's docstring).

    A date after the reference date (a day's leeway for time zones) is never it: the
    page was not published after the day it is dated by, or read on.
    """
    latest = None if reference is None else add_days(_day(reference), 1)
    dated = [
        i
        for i, line in enumerate(lines)
        if line.date is not None
        and line.date.value
        and (latest is None or _day(line.date.value) <= latest)
    ]
    if not dated:
        return None
    top = max(headline, -1)
    reach = opening(lines, body_start)
    closing = _closing(lines)
    places = (
        [i for i in dated if top < i < body_start],
        sorted((i for i in dated if i < top), reverse=True),
        [i for i in dated if body_start <= i < reach],
        [i for i in dated if i >= reach],
    )
    for number, place in enumerate(places):
        readings = [(i, _reading(lines, i)) for i in place]
        if number == _ABOVE:
            readings = [
                (i, r)
                for i, r in readings
                if _labelled(lines[i], r) or _in_title_block(lines, i, top)
            ]
        elif number == _FURTHER:
            readings = [(i, r) for i, r in readings if _labelled(lines[i], r) or i in closing]
        for wanted in _PREFERENCES:
            for i, reading in readings:
                if reading is not None and wanted(reading):
                    return i
    return None


#: The places :func:`pick_publication` looks in: under the title, above it, the body's
#: opening, further down.
_ABOVE, _FURTHER = 1, 3
#: The title block over a headline: a kicker, a section's label, the date, this many
#: lines at most between the date and the headline.
_TITLE_BLOCK = 2
#: A kicker has at most this many words: a line of more between is text.
_KICKER_WORDS = 15
#: A menu: this many short labels in a run, each of this many words at most.
_MENU_RUN = 4
_MENU_WORDS = 3
_STOPS = (".", "!", "?", ":", ";")
#: A weather or a market reading ("18°C", "▲ 0,3%", a temperature alone on its line
#: without its degree sign, "20.9 C", as a theme's weather widget leaves it), this many
#: lines from the date at most.
_READING = regex.compile(
    r"\d\s?°|[▲▼]|[+-]\d{1,3}(?:[.,]\d{1,2})?\s?%|^-?\d{1,2}(?:[.,]\d)?\s?[CF]$"
)
_READING_REACH = 2


def _labelled(line: Line, reading: DateLine | None) -> bool:
    """A date line that says what it dates: "Publicado …", "date: …", or a byline beside it."""
    return reading is not None and (
        reading.published or reading.updated or line.kind == "byline" or is_keyed(line.text)
    )


def _in_title_block(lines: Sequence[Line], i: int, top: int) -> bool:
    """Whether the date line ``i`` above the headline stands in the title's block.

    A page may set its date over the headline, with a kicker or a section's label:
    "Economía" / "martes 16 de marzo de 2021" / the headline. The date of the site's
    masthead stands higher, among its menus, weather and tickers: the day the page was
    read, not the article's. Only short lines (a kicker, a label) stand between the
    title block's date and its headline. Nor is the header's day (the weekday and the
    date alone, no time: :func:`~noticiaparse._layout.published.is_masthead_day`), unless
    a byline stands beside it (names over the date: the article's signature). A date with
    its time of day is the article's under a menu too (an edition's date has none), not
    beside a weather's or a market's reading.
    """
    date = lines[i].date
    timed = date is not None and isinstance(date.value, dt.datetime)  # (an edition has none)
    return (
        _near_title(lines, i, top)
        and not _among_furniture(lines, i, menu=not timed)
        and not (is_masthead_day(lines[i].text) and not _signed_beside(lines, i))
        and not _header_day(lines, i, top)
    )


def _header_day(lines: Sequence[Line], i: int, top: int) -> bool:
    """Whether the date line ``i`` over the title is the header's day, the day of reading.

    A day alone (:func:`~noticiaparse._layout.published.is_bare_day`: no time, no label
    or place beside it, "10 feb. 2026") that opens the page, nothing over it, is the
    header's first row; one with a section's name between it and the title ("10 sep.
    2025" / "Mundo" / the title) stands over the section the article is filed in, in the
    header, where the article's own date stands in the title's block under the section.
    """
    if not is_bare_day(lines[i].text):
        return False
    return i == 0 or any(_section_name(line) for line in lines[i + 1 : top])


def _section_name(line: Line) -> bool:
    """A section's name alone on its line: up to three words, no figure, no stop, no names."""
    text = line.text
    return (
        line.kind not in ("byline", "bare", "date")
        and 0 < line.words <= _MENU_WORDS
        and not text.rstrip().endswith(_STOPS)
        and not any(c.isdigit() for c in text)
    )


def _signed_beside(lines: Sequence[Line], i: int) -> bool:
    """Whether a byline (names alone, or led) stands right over or under line ``i``."""
    return any(0 <= k < len(lines) and lines[k].kind in ("byline", "bare") for k in (i - 1, i + 1))


def _near_title(lines: Sequence[Line], i: int, top: int) -> bool:
    """Whether two short lines at most (a kicker, a label) stand between ``i`` and the title."""
    between = lines[i + 1 : top]
    return len(between) <= _TITLE_BLOCK and all(line.words <= _KICKER_WORDS for line in between)


def _among_furniture(lines: Sequence[Line], i: int, *, menu: bool = True) -> bool:
    """Whether line ``i`` stands in the masthead's furniture: a menu, weather, a ticker.

    A run of short labels right over it (a menu: "Inicio" / "Política" / "Deportes" /
    "Opinión"), or a weather or market reading beside it ("Santiago 18°C", "Dólar
    $950 ▲ 0,3%"); ``menu`` false: the reading only.
    """
    run = 0
    for k in range(i - 1, max(i - 1 - _MENU_RUN, -1), -1):
        if lines[k].words > _MENU_WORDS or lines[k].text.rstrip().endswith(_STOPS):
            break
        run += 1
    if menu and run >= _MENU_RUN:
        return True
    near = lines[max(i - _READING_REACH, 0) : i + _READING_REACH + 1]
    return any(_READING.search(line.text) is not None for line in near)


def _date_in_byline(
    lines: Sequence[Line], headline: int, body_start: int, reference: dt.date | None
) -> tuple[Span, dt.date | dt.datetime] | None:
    """A date inside a header line: beside a byline and counters, before or after a label.

    Under the title (the first paragraph too: a byline line the layout took for the
    text's start), or on the line right over it: a section's label and the date,
    "Sociedad | 3 de julio de 2024", set over the title as its kicker is.
    """
    if headline < 0:
        return None
    latest = None if reference is None else add_days(_day(reference), 1)
    readers = [(line, _date_inside) for line in lines[headline + 1 : body_start + 1]]
    if headline > 0:
        readers.append((lines[headline - 1], _date_over))
    for line, read in readers:
        found = read(line)
        if found is not None and (latest is None or _day(found[1]) <= latest):
            return Span(line.start + found[0].start, line.start + found[0].end), found[1]
    return None


def _date_over(line: Line) -> tuple[Span, dt.date | dt.datetime] | None:
    """The date of a section's label and date line right over the title."""
    return None if line.date is not None else date_after_label(line.text)


def _date_inside(line: Line) -> tuple[Span, dt.date | dt.datetime] | None:
    """A date the line holds beside a byline or a section's label ("15/10/2025 Estatal")."""
    if line.date is not None:
        return None
    return date_in_byline(line.text) or date_before_label(line.text) or date_after_label(line.text)


def _glued_to_title(line: Line) -> tuple[Span, dt.date | dt.datetime] | None:
    """The date a renderer glued to the title on its line, when the page shows no other.

    "3 de abril de 2024 | Title", "Title 03/04/2024": the headline leaves it out
    (:func:`~noticiaparse._layout.top.glued_date`); it is the page's date line.
    """
    glued = glued_date(line.text)
    if glued is None:
        return None
    date = read_date_line(line.text[glued.start : glued.end])
    if date is None or date.value is None:
        return None
    return Span(line.start + glued.start, line.start + glued.end), date.value


def publication_of(
    lines: Sequence[Line], headline: int, body_start: int, reference: dt.date | None
) -> tuple[Span, dt.date | dt.datetime] | None:
    """The span of the page's publication date (offsets into the page) and its value.

    The publication line (:func:`pick_publication`); on a page with none, the date of
    an agency's dateline ("LIMA, 3 mar (EFE)") in the title's lines or the first
    paragraph, counted from the reference date (wire copy gives no year).
    """
    picked = pick_publication(lines, headline, body_start, reference)
    if picked is None or not headline < picked < body_start:
        signed = _date_in_byline(lines, headline, body_start, reference)
        if signed is not None:
            return signed
    if picked is not None:
        line = lines[picked]
        if line.date is not None and line.date.value is not None and line.date_span is not None:
            return line.date_span, line.date.value
        return None
    if headline >= 0:
        glued = _glued_to_title(lines[headline])
        if glued is not None:
            return glued
    first = next((i for i in range(body_start, len(lines)) if lines[i].role is Role.BODY), None)
    end = len(lines) if first is None else first + 1
    for line in lines[max(headline - 1, 0) : end]:
        wire = read_wire_date(line.text, reference)
        if wire is not None:
            return Span(line.start + wire[0].start, line.start + wire[0].end), wire[1]
    return None


def post_text(lines: Sequence[Line], i: int) -> list[int]:
    """The lines over an embedded post's signature (line ``i``) that are the post's text.

    A post's signature ("— Ana Díaz (@anadiaz) May 4, 2022", "Una publicación compartida
    por …") closes the post it signs: the line right over it is the post's text, a blank
    line or two between or not under a dash's signature (a renderer sets the
    blockquote's paragraph apart; a photo post may show no text at all). More
    lines over it, each right over the next, are the post's when short (a line break or
    a link inside the post) or when they carry a post's marks (a handle, a hashtag, a
    link, an emoji), or when the line under them is the post's shortened link alone: a
    paragraph of the article over the post is none of these. Up to three lines, none a
    piece of furniture but the post's own header ("Ver esta publicación en Instagram"),
    which is its first line. A signature quoted as a blockquote ("> — Ana Díaz (@anadiaz)
    …") takes the quoted lines over it, a blank line between them or not.
    """
    out: list[int] = []
    j = i
    if lines[i].text.startswith(">"):
        while j > 0 and lines[j].gap <= 1 and len(out) < _QUOTED_POST_LINES:
            if not lines[j - 1].text.startswith(">"):
                break
            out.append(j - 1)
            j -= 1
        return out
    while j > 0 and len(out) < _POST_LINES:
        above, below = lines[j - 1], lines[j]
        if above.kind not in ("", "line") or len(above.text) > _MAX_POST:
            break
        if out:
            shaped = (
                len(above.text) <= _SHORT_POST_LINE
                or _POST_MARKS.search(above.text) is not None
                or (below.kind == "line" and below.text.startswith(("pic.", "http")))
            )
            if below.gap or not shaped:
                break
        elif below.gap > (_POST_GAP if below.text[:1] in "—–-" else 0) and not is_flat(lines):
            break  # (a photo post may show no text: its signature stands alone; a flat
            # page's blank lines are read off its lines and say nothing of it)
        out.append(j - 1)
        if above.kind == "line" and not above.text.startswith(("pic.", "http")):
            break  # the post's header, over its text
        j -= 1
    return out
