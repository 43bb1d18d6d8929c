r"""HTML as it comes: a whole page (or an article's HTML) read as structure, offsets kept.

A scraper often holds the page's HTML rather than its text. When the text *is* HTML
(it opens with a doctype, ``<html>``, ``<head>``, ``<body>`` or a comment, or with a
known element and holds elements only a page has: headings, ``div``, ``article``,
``section``, lists, tables…), this spine stage reads it the way a browser lays it out:

- block elements (``p``, ``h1``–``h6``, ``li``, ``div``, ``blockquote``, ``header``…)
  end a paragraph: a blank line, so the layout sees paragraphs; ``br`` ends a line;
- inline elements (``a``, ``strong``, ``span``…) disappear, and white space collapses
  as HTML collapses it (a line break inside a ``<p>`` is a space);
- what is never article text goes with its contents: ``head`` (with ``title`` and
  ``meta``), ``script``, ``style``, ``noscript``, ``template``, ``svg``, ``nav``,
  ``aside``, ``footer``, ``figcaption``, forms' ``select`` and ``button``, and a
  ``header`` that holds no ``h1`` (a site's masthead and menu; an article's header,
  with its headline, stays), and any element whose ``class``, ``id`` or ``role`` has
  a word of page furniture (``menu``, ``share``, ``related``, ``comments``,
  ``publicidad``… in ``lexicons/html_furniture.txt``), nesting counted;
- comments, the doctype and processing instructions go.

Like every repair it is a rewrite with an offset map: every offset a parser reports
points into the HTML the caller gave. Entities (``&aacute;``) are decoded by the
entity stage that follows. Text that merely contains a few leftover tags is not a
document, and is left to :func:`~noticiaparse._text.repair.repair_markup`.
"""

from __future__ import annotations

import functools

import regex

from noticiaparse._text.lazy import lazy_regex
from noticiaparse._text.lexicons import lines, rows
from noticiaparse._text.spine import OffsetMap, splice

__all__ = ["is_html_document", "repair_html"]

_PARAGRAPH, _NEWLINE, _NOTHING = "\n\n", "\n", ""
_STRENGTH = {_NOTHING: 0, " ": 1, _NEWLINE: 2, _PARAGRAPH: 3}

# The patterns are compiled when a text first needs them: most texts hold no "<", and
# never do (compiling them cost about 1.5 ms of every first parse).


@functools.cache
def _tag() -> regex.Pattern[str]:
    """A tag: name, then attributes (quoted values may hold "<" and ">").

    Bounded and possessive, so a "<" that starts no tag fails fast.
    """
    return regex.compile(
        r"<(/?)([A-Za-z][A-Za-z0-9:_-]{0,40}+)"
        r"""((?:[^<>"']++|"[^"]{0,1000000}+"|'[^']{0,1000000}+'){0,400}+)>"""
    )


_start = lazy_regex(r"\s{0,2000}+<(!doctype\s|html|head|body|!--|[a-z][a-z0-9]{0,20}+)", regex.I)


_naming = lazy_regex(
    r"""\b(?:class|id|role)\s{0,5}+=\s{0,5}+(?:"([^"]{0,2000}+)"|'([^']{0,2000}+)'|([^\s>]{1,200}+))""",
    regex.I,
)


_token = lazy_regex(r"[^\W_]++")


@functools.cache
def _structure() -> regex.Pattern[str]:
    """Elements that only a page's HTML has (leftover tags in text are "<p>", "<br>", "<b>")."""
    return regex.compile(
        r"<(?:h[1-6]|div|article|section|main|header|footer|nav|aside|ul|ol|li|figure|table)[\s>]",
        regex.I,
    )


_wide_space = lazy_regex(r"[ \t\r\n\f]{2,}+|[\t\r\n\f]")


_h1 = lazy_regex(r"<h1(?=[\s>])", regex.I)


@functools.cache
def _elements(role: str) -> frozenset[str]:
    """The element names of ``role`` in ``html_elements.tsv`` (dropped, frame, void, line)."""
    return frozenset(name for name, kind in rows("html_elements.tsv") if kind == role)


@functools.cache
def _kept_whole() -> frozenset[str]:
    """Elements whose class or id never drops them: the frame, and the void ones."""
    return _elements("frame") | _elements("void")


@functools.cache
def _block_names() -> frozenset[str]:
    return frozenset(row[0] for row in rows("html_tags.tsv") if row[1] in {"block", "drop"})


@functools.cache
def _known_names() -> frozenset[str]:
    return frozenset(row[0] for row in rows("html_tags.tsv"))


@functools.cache
def _furniture_words() -> frozenset[str]:
    return frozenset(word.casefold() for word in lines("html_furniture.txt"))


@functools.cache
def _tags_named(name: str) -> regex.Pattern[str]:
    return regex.compile(rf"<(/?){regex.escape(name)}(?=[\s/>])", regex.I)


def _is_furniture(attributes: str) -> bool:
    """Whether a class, id or role names page furniture ("share-bar", "menu")."""
    words = _furniture_words()
    for naming in _naming().finditer(attributes):
        value = next(group for group in naming.groups() if group is not None)
        if any(token.casefold() in words for token in _token().findall(value)):
            return True
    return False


def _element_end(text: str, name: str, start: int) -> int | None:
    """Where the element opened just before ``start`` closes (nesting counted)."""
    depth = 1
    for tag in _tags_named(name).finditer(text, start):
        depth += -1 if tag.group(1) else 1
        if depth == 0:
            close = text.find(">", tag.end())
            return None if close < 0 else close + 1
    return None


@functools.cache
def _closing(name: str) -> regex.Pattern[str]:
    return regex.compile(rf"</{regex.escape(name)}\s{{0,20}}+>", regex.I)


def is_html_document(text: str) -> bool:
    r"""Whether ``text`` is HTML as a page or an article's markup comes, not text.

    Examples:
        >>> is_html_document("<!DOCTYPE html><html><body><p>Hola</p></body></html>")
        True
        >>> is_html_document("<h1>Título</h1><p>Hola</p>")
        True
        >>> is_html_document("<p>Hola</p>\n<p>Chao</p>")  # text with leftover tags
        False
        >>> is_html_document("Hola <b>mundo</b>")
        False
    """
    match = _start().match(text.removeprefix("\ufeff"))
    if match is None:
        return False
    opening = match.group(1).lower()
    if opening.startswith(("!doctype", "html", "head", "body", "!--")):
        return True
    return opening in _known_names() and _structure().search(text) is not None


def _header_has_headline(text: str, start: int, end: int) -> bool:
    return regex.search(r"<h1[\s>]", text, regex.I, pos=start, endpos=end) is not None


def _dropped_end(text: str, tag: regex.Match[str], unclosed: set[str]) -> int | None:
    """Where an opening tag's element ends when it goes whole (furniture), else ``None``.

    ``unclosed`` collects the names whose closing tag is missing, so that no later
    element of that name searches the rest of the text again.
    """
    name, attributes, end = tag.group(2).lower(), tag.group(3), tag.end()
    if name in unclosed:
        return None
    if name in _elements("dropped") or name == "header":
        whole = _closing(name).search(text, end)
        if whole is None:
            unclosed.add(name)
            return None
        if name == "header" and _header_has_headline(text, end, whole.start()):
            return None
        return whole.end()
    if name in _kept_whole() or attributes.rstrip().endswith("/"):
        return None
    if not _is_furniture(attributes):
        return None
    found = _element_end(text, name, end)
    if found is None:
        unclosed.add(name)
    return found


def _markup(text: str) -> list[tuple[int, int, str]]:
    """Every tag, comment and dropped element: its span and what it becomes."""
    edits: list[tuple[int, int, str]] = []
    unclosed: set[str] = set()  # elements whose closing tag is known to be missing
    pos = 0
    tag_at = _tag().match
    while (start := text.find("<", pos)) >= 0:
        if text.startswith(("<!--", "<!", "<?"), start):
            close = "-->" if text.startswith("<!--", start) else ">"
            found = text.find(close, start + 2)
            end = len(text) if found < 0 else found + len(close)
            edits.append((start, end, _NOTHING))
            pos = end
            continue
        tag = tag_at(text, start)
        if tag is None:
            pos = start + 1
            continue
        closing, name, end = tag.group(1) == "/", tag.group(2).lower(), tag.end()
        dropped = None if closing else _dropped_end(text, tag, unclosed)
        if dropped is not None:
            edits.append((start, dropped, _PARAGRAPH))
            pos = dropped
            continue
        if name in _elements("line"):
            replacement = _NEWLINE
        elif name in _block_names() or name == "header":
            replacement = _PARAGRAPH
        else:
            replacement = _NOTHING
        edits.append((start, end, replacement))
        pos = end
    return edits


def _from_headline(text: str, markup: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """With one ``h1`` left on the page, what stands before it goes (masthead, menus).

    The one ``h1`` of a news page is its headline; what comes before it in the page's
    order is the site's furniture (logo, menus, breadcrumbs, a section label).
    """
    h1_at = _h1().match
    kept = [edit for edit in markup if h1_at(text, edit[0])]
    if len(kept) != 1:
        return markup
    h1 = kept[0][0]
    if any(start < h1 < end for start, end, _ in markup):
        return markup  # the h1 sits inside something dropped
    return [(0, h1, _NOTHING), *(edit for edit in markup if edit[0] >= h1)]


def _spaces(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """White space in running text, collapsed as HTML does: a line break is a space."""
    return [(m.start(), m.end(), " ") for m in _wide_space().finditer(text, start, end)]


def _layout(text: str, markup: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Merge markup separated by white space only; collapse the rest of the spaces."""
    edits: list[tuple[int, int, str]] = []
    cursor = 0
    for start, end, replacement in markup:
        gap = text[cursor:start]
        if edits and edits[-1][1] == cursor and not gap.strip():
            # markup, white space, markup: one edit, the strongest break of the run
            first, _, previous = edits.pop()
            joined = max(previous, replacement, key=_STRENGTH.__getitem__)
            if joined == _NOTHING and (gap or previous == " " or replacement == " "):
                joined = " "
            edits.append((first, end, joined))
        else:
            edits.extend(_spaces(text, cursor, start))
            edits.append((start, end, replacement))
        cursor = end
    edits.extend(_spaces(text, cursor, len(text)))
    return _trim(text, edits)


def _trim(text: str, edits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Breaks take the spaces beside them; none is left at the text's two ends."""
    out: list[tuple[int, int, str]] = []
    for start, end, replacement in edits:
        if out and out[-1][1] == start and _STRENGTH[replacement] + _STRENGTH[out[-1][2]] > 0:
            first, _, previous = out.pop()
            strongest = max(previous, replacement, key=_STRENGTH.__getitem__)
            out.append((first, end, strongest))
            continue
        out.append((start, end, replacement))
    if out and out[0][0] == 0:
        out[0] = (0, out[0][1], _NOTHING)
    if out and out[-1][1] == len(text):
        out[-1] = (out[-1][0], len(text), _NOTHING)
    return out


def repair_html(text: str) -> tuple[str, OffsetMap | None, tuple[str, ...]]:
    r"""Read an HTML page as text: paragraphs, lines and words, furniture out.

    Args:
        text: the text; left alone unless :func:`is_html_document`.

    Returns:
        The text of the page, its offset map and ``("markup",)`` when it was HTML.

    Examples:
        >>> page = (
        ...     "<html><head><title>T | Diario</title></head><body>\n"
        ...     "<nav><a href='/'>Inicio</a></nav>\n"
        ...     "<h1>Sube el\n  dólar</h1>\n<p>El dólar <b>subió</b> ayer.<br>Cerró alto.</p>\n"
        ...     "<footer>© Diario</footer></body></html>"
        ... )
        >>> repair_html(page)[0]
        'Sube el dólar\n\nEl dólar subió ayer.\nCerró alto.'
    """
    if "<" not in text or not is_html_document(text):
        return text, None, ()
    new, offset_map = splice(text, _layout(text, _from_headline(text, _markup(text))))
    return new, offset_map, ("markup",)
