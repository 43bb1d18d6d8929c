r"""Repair scraped damage before anything reads the text, keeping the way back.

Three kinds of damage reach a scraper's output every day:

- *mojibake*: UTF-8 bytes decoded as Windows-1252 or Latin-1, in the whole page or
  only in some lines or words ("Ã³" for "ó", "Ã\xad" for "í", "â€œ" for "“",
  "Â¿" for "¿"), sometimes twice over ("ÃƒÂ³");
- *entities*: HTML character references left in the text ("&aacute;", "&quot;",
  "&nbsp;", "&#8220;", "&#x201D;", "&amp;quot;");
- *markup*: tags that survived extraction ("<p>", "<br>", "<strong>…</strong>") and
  CMS shortcodes glued to paragraphs ("[caption id=…] Foto: …[/caption]").

Each repair is a spine stage (see :data:`REPAIR_STAGES`): a rewrite of the damaged
substrings only, with an :class:`~noticiaparse._text.spine.OffsetMap`, so that every
offset a parser reports still points into the caller's original string. Only
sequences that cannot be good text are touched: a mojibake sequence must decode to
a Latin letter, a punctuation mark or an emoji; an entity must be a known name or
a number; a tag must be a known HTML element with well-formed attributes; a
shortcode must be a known name. Every pattern is linear-time (bounded repetitions,
no nested unbounded quantifiers).
"""

from __future__ import annotations

import functools
import html
import unicodedata
from html.entities import html5

import regex

from noticiaparse._text.html import repair_html
from noticiaparse._text.lazy import lazy_regex
from noticiaparse._text.lexicons import rows
from noticiaparse._text.spine import (
    OffsetMap,
    Rewriter,
    Stage,
    build_spine,
    rewrite,
    splice,
    windows_1252,
)

__all__ = [
    "REPAIR_STAGES",
    "repair",
    "repair_entities",
    "repair_markup",
    "repair_mojibake",
]

# --- mojibake ---------------------------------------------------------------------

#: The first UTF-8 lead byte: bytes 0x80-0xBF below it only continue a sequence.
_FIRST_LEAD = 0xC0
#: The second byte of every four-byte sequence for an emoji (U+1F000 and on).
_EMOJI_SECOND = 0x9F


@functools.cache
def _byte_of() -> dict[str, int]:
    """The byte each character stands for when UTF-8 was read as cp1252 or Latin-1.

    Built from the codecs themselves: bytes 0x80-0xFF read as Latin-1 (the C1
    controls included), and bytes 0x80-0x9F read as Windows-1252 ("€", "“", "œ"…).
    """
    latin_1 = {chr(b): b for b in range(0x80, 0x100)}
    return latin_1 | {char: b for b, char in windows_1252().items()}


@functools.cache
def _continuation() -> str:
    """A character class body for the characters that stand for bytes 0x80-0xBF."""
    chars = sorted(char for char, b in _byte_of().items() if b < _FIRST_LEAD)
    return "".join(regex.escape(char) for char in chars)


# Lead bytes kept to what Spanish text can hold once decoded: C2-C5 give Latin-1 and
# Latin Extended-A letters and signs, CB spacing modifiers ("˝", "ˈ"), E2 general
# punctuation, currency and letter-like symbols, EF BB BF the byte-order mark, EF BF BD
# the replacement character, F0 9F the emoji planes. Other leads would decode to Greek,
# Cyrillic, CJK… and are far likelier to be good text ("ACCIÓN»", "está¡"), unless the
# whole text is mojibake (see :func:`_whole_text`).
_LEADS = "\u00c2\u00c3\u00c4\u00c5\u00cb\u00e2\u00ef\u00f0"
_UNLIKELY = ("Cc", "Cs", "Co", "Cn")  # controls, surrogates, private use, unassigned
_SPANISH = "áéíóúñ"  # never left whole where UTF-8 was read as Windows-1252


@functools.cache
def _mojibake_pattern(*, wide: bool) -> regex.Pattern[str]:
    # One lead and the continuation characters after it; the decoder decides.
    leads = "\u00c2-\u00f4" if wide else _LEADS
    return regex.compile(f"[{leads}][{_continuation()}]{{0,3}}")


def _whole_text(text: str) -> bool:
    """Whether all of ``text`` reads as mojibake: sure sequences, no accent left whole.

    Then every well-formed sequence is repaired, whatever script it decodes to.
    """
    return ("\u00c3" in text or "\u00e2\u20ac" in text) and not any(
        char in text for char in _SPANISH
    )


def _mojibake_decoder(*, wide: bool) -> Rewriter:
    decoded: dict[str, str | None] = {}  # a page repeats the same few sequences

    def decode(match: regex.Match[str]) -> str | None:
        run = match.group()
        if len(run) == 1:
            return _lone_lead(match)
        if run not in decoded:
            decoded[run] = _decode_run(run, wide=wide)
        return decoded[run]

    return decode


def _decode_run(run: str, *, wide: bool) -> str | None:
    """The text behind one lead and its continuation characters, or ``None``."""
    lead = run[0]
    if run == "\u00e2\u20ac":
        # "”" is E2 80 9D, and 9D has no Windows-1252 character: a cleaner that drops
        # the C1 control it became leaves "â€" alone.
        return "”"
    needed = 1 if lead < "\u00e0" else 2 if lead < "\u00f0" else 3
    if len(run) <= needed:
        return None
    byte_of = _byte_of()
    data = bytes(byte_of[char] for char in run[: needed + 1])
    if not wide and (
        (lead == "\u00ef" and data not in (b"\xef\xbb\xbf", b"\xef\xbf\xbd"))
        or (lead == "\u00f0" and data[1] != _EMOJI_SECOND)
    ):
        return None
    try:
        char = data.decode("utf-8")
    except UnicodeDecodeError:  # an overlong or out-of-range sequence
        return None
    if unicodedata.category(char) in _UNLIKELY:
        return None
    return char + run[needed + 1 :]


def _lone_lead(match: regex.Match[str]) -> str | None:
    """A lead whose continuation byte a cleaner dropped, where it can only be that."""
    text, start, end = match.string, match.start(), match.end()
    lead = text[start]
    following = text[end : end + 1]
    if (
        lead == "\u00c3"
        and following.isalpha()
        and following.islower()
        and start > 0
        and text[start - 1].isalpha()
    ):
        # "í" whose soft hyphen (Ã + U+00AD) was stripped: a capital A-tilde inside a
        # word, before a lower-case letter, is neither Spanish nor Portuguese. At a
        # word's start it could as well be "Á" or "Í" ("Ãfrica").
        return "í"
    if lead == "\u00c2" and following == " " and start > 0 and not text[start - 1].isspace():
        # NBSP read as "Â" + NBSP, the NBSP since turned into a space: "5Â %".
        return ""
    return None


def repair_mojibake(text: str) -> tuple[str, OffsetMap | None, tuple[str, ...]]:
    r"""Undo UTF-8 read as Windows-1252 or Latin-1, wherever it occurs in ``text``.

    Args:
        text: the text to repair.

    Returns:
        The repaired text, its offset map (``None`` when no length changed) and
        ``("mojibake",)`` when something was repaired, else ``()``.

    Examples:
        >>> repair_mojibake("â€œSegÃºn el informeâ€\x9d, dijo.")[0]
        '“Según el informe”, dijo.'
        >>> repair_mojibake("São Paulo y ÃO están bien.")[0]
        'São Paulo y ÃO están bien.'
    """
    if not any(lead in text for lead in _LEADS):  # clean text: a few fast scans
        return text, None, ()
    wide = _whole_text(text)
    new, offset_map = rewrite(text, _mojibake_pattern(wide=wide), _mojibake_decoder(wide=wide))
    return new, offset_map, ("mojibake",) if new is not text else ()


# --- HTML entities ----------------------------------------------------------------

_ENTITY = lazy_regex(  # only for a text with an "&"
    r"&(?P<amps>(?:amp;){0,3})"
    r"(?P<tail>#[0-9]{1,7}+;?|#[xX][0-9a-fA-F]{1,6}+;?"
    r"|(?P<name>[A-Za-z][A-Za-z0-9]{1,31}+)(?P<semi>;?))"
)


def _decode_entity(match: regex.Match[str]) -> str | None:
    name = match.group("name")
    tail = match.group("tail")
    if name is None:
        return html.unescape("&" + tail)
    key = name + match.group("semi")
    # A name without ";" is only one of HTML's legacy names ("&nbsp", "&aacute"):
    # "AT&T" or "P&G" are left alone.
    if key in html5:
        return html5[key]
    if match.group("amps"):
        return "&" + tail  # an escaped "&" before a word: "?a=1&amp;utm_source=x"
    return None


def repair_entities(text: str) -> tuple[str, OffsetMap | None, tuple[str, ...]]:
    """Decode HTML character references, named and numeric, even doubly escaped.

    A literal "&" that starts no known reference stays as it is.

    Args:
        text: the text to repair.

    Returns:
        The repaired text, its offset map and ``("entity",)`` when something was
        decoded, else ``()``.

    Examples:
        >>> repair_entities("&#8220;Lleg&oacute; tarde&#8221;, dijo.")[0]
        '“Llegó tarde”, dijo.'
        >>> repair_entities("Banco Santander & Cía. y AT&T")[0]
        'Banco Santander & Cía. y AT&T'
    """
    if "&" not in text:
        return text, None, ()
    new, offset_map = rewrite(text, _ENTITY(), _decode_entity)
    return new, offset_map, ("entity",) if new is not text else ()


# --- tags and shortcodes ----------------------------------------------------------

# Attributes as HTML writes them: every one with a value ("<p class=x>", "<a
# href='…'>"), so that "a<b y c>d" is not taken for a tag.
_ATTRIBUTES = (
    r"(?:\s{1,20}+[A-Za-z_:@][-\w:.@]{0,60}+\s{0,5}+=\s{0,5}+"
    r"""(?:"[^"<>]{0,1000}+"|'[^'<>]{0,1000}+'|[^\s"'<>=`]{1,1000}+)){0,40}+"""
    r"\s{0,20}+/?"
)


def _names(kind: str, lexicon: str) -> str:
    names = sorted((row[0] for row in rows(lexicon) if row[1] == kind), key=len, reverse=True)
    return "|".join(regex.escape(name) for name in names)


@functools.cache
def _markup_pattern() -> regex.Pattern[str]:
    block = _names("block", "html_tags.tsv")
    element = _names("drop", "html_tags.tsv")
    inline = "|".join(filter(None, (_names("inline", "html_tags.tsv"), element)))
    # What a dropped element holds: text, and other tags, but never another opening or
    # closing tag of its kind (so no scan runs past the next one).
    content = rf"[^<]{{0,5000}}+(?:<(?!/?(?:{element})[\s/>])[^<]{{0,5000}}+){{0,50}}+"
    drop = _names("drop", "shortcodes.tsv")
    every = "|".join(filter(None, (drop, _names("wrap", "shortcodes.tsv"))))
    token = (
        rf"(?P<block></?(?:{block})(?=[\s/>]){_ATTRIBUTES}>)"
        rf"|(?P<inline><(?P<element>{element})(?=[\s/>]){_ATTRIBUTES}>{content}</(?P=element)\s{{0,5}}+>"
        rf"|</?(?:{inline})(?=[\s/>]){_ATTRIBUTES}>|<!--(?:[^<>-]|-(?!->)){{0,2000}}+-->)"
        # A dropped shortcode takes what it wraps up to its own closing tag.
        rf"|(?P<shortcode>\[(?P<dropped>{drop})(?=[\s\]/])[^\[\]]{{0,1000}}+\]"
        r"[^\[]{0,3000}+\[/(?P=dropped)\]"
        rf"|\[/?(?:{every})(?=[\s\]/])[^\[\]]{{0,1000}}+\])"
    )
    return regex.compile(
        # The lookahead turns away a "<" or "[" that starts no tag at once ("<10%").
        rf"(?=[<\[][/!A-Za-z])(?:{token})(?:[ \t]{{0,20}}+(?:{token}))*+",
        regex.IGNORECASE | regex.VERSION0,
    )


#: Where markup may start: a comment, or "<" or "[" (and maybe "/") before a name.
_CANDIDATE = lazy_regex(r"<!--|[<\[]/?([^\s/>\]\[<!]{1,61})(?=[\s/>\]])")  # "<" or "["


@functools.cache
def _markup_names() -> frozenset[str]:
    """Every tag and shortcode name of the lexicons, lower-cased."""
    lexicons = ("html_tags.tsv", "shortcodes.tsv")
    return frozenset(row[0].lower() for name in lexicons for row in rows(name))


def _may_hold_markup(text: str) -> bool:
    """Whether ``text`` has a comment or a known tag or shortcode name after "<" or "[".

    Most pages hold no markup, and :func:`_markup_pattern` is the largest pattern of
    the first parse: it is compiled only for a text this finds a candidate in. A name
    with a character past ASCII counts as one (case-insensitive matching folds "ſ" to
    "s", the Kelvin sign to "k").
    """
    names = _markup_names()
    for match in _CANDIDATE().finditer(text):
        name = match.group(1)
        if name is None or not name.isascii() or name.lower() in names:
            return True
    return False


_TOKENS = ("block", "inline", "shortcode")
_SPACES = " \t"
_REACH = 40  # how many spaces beside markup are taken along with it


def _markup_edit(match: regex.Match[str], floor: int) -> tuple[int, int, str]:
    """The span of ``match`` widened over the spaces beside it, and its replacement.

    Markup glued to a paragraph's end ("dijo. [caption …]…[/caption]") goes with the
    spaces before it, so the paragraph ends as it would without it; the spaces are
    never taken from before ``floor`` (the end of the previous edit).
    """
    text = match.string
    start, end = match.span()
    before, after = start, end
    while before > floor and start - before < _REACH and text[before - 1] in _SPACES:
        before -= 1
    while after < len(text) and after - end < _REACH and text[after] in _SPACES:
        after += 1
    line_start = before == 0 or text[before - 1] in "\n\r"
    line_end = after == len(text) or text[after] in "\n\r"
    if line_start or line_end:
        # A line break (or the text's edge) is already there: nothing more is needed.
        return before, after, ""
    if match.captures("block"):
        # A tag that separated paragraphs, inside a line: one line break.
        return before, after, "\n"
    # Inline tags, comments and shortcodes go, and one space stays where there was
    # one: "el <strong>dato</strong> fue", "<b>el</b> <b>dato</b>", "pala<b>bra</b>".
    tokens = sum(len(token) for group in _TOKENS for token in match.captures(group))
    spaced = before < start or after > end or tokens < end - start
    return before, after, " " if spaced else ""


def _inside_running_text(text: str, end: int) -> bool:
    """Whether words follow ``end`` on the same line (within a short reach)."""
    stop = text.find("\n", end, end + _REACH * 50)
    following = text[end : stop if stop >= 0 else end + _REACH * 50]
    return any(char.isalnum() for char in following)


def repair_markup(text: str) -> tuple[str, OffsetMap | None, tuple[str, ...]]:
    r"""Remove leftover HTML tags, comments and CMS shortcodes.

    Tags that separated paragraphs ("<p>", "<br>", "</div>") become a line break
    when none is there already; inline tags ("<strong>", "<a href=…>") disappear;
    a caption or embed shortcode glued to a paragraph (ending its line, or among tags)
    goes with what it wraps; one inside running text is the page's caption as its CMS
    printed it, and stays. Only known tag and shortcode names are touched: "menos
    de <10%" and "[1]" stay.

    Args:
        text: the text to repair.

    Returns:
        The repaired text, its offset map and the kinds removed (``"markup"`` for
        tags and comments, ``"shortcode"``).

    Examples:
        >>> repair_markup("<p>El <strong>alza</strong> fue de <10%.</p><p>Otra.</p>")[0]
        'El alza fue de <10%.\nOtra.'
        >>> repair_markup('Marcha. [caption id="a_1"] Foto: Agencia[/caption]<br>\nFin [1]')[0]
        'Marcha.\nFin [1]'
        >>> repair_markup('Marcha. [caption id="a_1"] Foto: Agencia[/caption] Sigue.')[0]
        'Marcha. [caption id="a_1"] Foto: Agencia[/caption] Sigue.'
    """
    if ("<" not in text and "[" not in text) or not _may_hold_markup(text):
        return text, None, ()
    edits: list[tuple[int, int, str]] = []
    found: set[str] = set()
    floor = 0
    for match in _markup_pattern().finditer(text):
        if "<" not in match.group() and _inside_running_text(text, match.end()):
            # A shortcode with more of its paragraph after it is the page's caption as
            # its CMS printed it into the text: it stays, as an annotator keeps it.
            # One glued to a paragraph's end is residue, and goes.
            continue
        if match.captures("shortcode"):
            found.add("shortcode")
        if match.captures("block") or match.captures("inline"):
            found.add("markup")
        edit = _markup_edit(match, floor)
        edits.append(edit)
        floor = edit[1]
    if not edits:
        return text, None, ()
    new, offset_map = splice(text, edits)
    return new, offset_map, tuple(kind for kind in ("markup", "shortcode") if kind in found)


#: The repair stages, in the order :func:`~noticiaparse._text.spine.build_spine` runs them:
#: a whole HTML page read as text first (its entities are text), then entities (an
#: escaped tag "&lt;p&gt;" left in text is a tag), mojibake twice (text encoded wrongly
#: twice over), leftover markup last.
REPAIR_STAGES: tuple[Stage, ...] = (
    repair_html,
    repair_entities,
    repair_mojibake,
    repair_mojibake,
    repair_markup,
)


def repair(text: str) -> str:
    """The text with every kind of scraped damage undone (the spine's repaired text).

    Args:
        text: the raw scraped text.

    Returns:
        The repaired text; clean text comes back unchanged.

    Examples:
        >>> repair("<p>Lleg&oacute; el ministro a la regiÃ³n.</p>")
        'Llegó el ministro a la región.'
        >>> repair("Banco Santander & Cía. ganó menos de <10% [1].")
        'Banco Santander & Cía. ganó menos de <10% [1].'
    """
    return build_spine(text, REPAIR_STAGES).repaired
