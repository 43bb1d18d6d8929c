"""The top of the page: its headline, its deck, and where the header ends.

The headline is the title the page repeats (title tag and h1, perhaps with the site's
name or glued to a teaser), else the first title-shaped line past section labels,
kickers and mastheads, checked against the title right over the article's first
paragraph; the deck is the first text line under the headline when the page sets it
apart (bylines, dates or share buttons between it and the body, or a wider gap than the
body's paragraphs have), or, with nothing to tell, when it is shaped like one.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from collections.abc import Sequence

import regex

from noticiaparse._layout.boilerplate import (
    LIST_KINDS,
    desks,
    furniture_kind,
    is_breadcrumb,
    is_credit,
    layout_words,
    masthead_words,
)
from noticiaparse._layout.byline import read_byline
from noticiaparse._layout.flat import is_flat
from noticiaparse._layout.lines import (
    CLOSERS,
    DIALOGUE,
    HEADER,
    LINKS,
    MAX_CAPTION,
    MAX_HEADLINE,
    MAX_LABEL,
    STOPS,
    TAG_SEPARATOR,
    TOP,
    Line,
    Role,
    closed,
    is_text,
    key,
    next_text,
    sentence_line,
)
from noticiaparse._layout.published import glued_stamp_at, is_date_cue, is_stamp, read_date_line
from noticiaparse._text.fold import fold
from noticiaparse._text.gates import has_digit
from noticiaparse._text.lazy import lazy_regex
from noticiaparse._text.lexicons import folded_lines, word_classes
from noticiaparse._text.lexicons import lines as lexicon_lines
from noticiaparse._text.span import Span

__all__ = [
    "Title",
    "caption_under_deck",
    "content_stems",
    "content_words",
    "dated_stamp",
    "find_deck",
    "find_headline",
    "find_kicker",
    "first_paragraph",
    "folded_content_stems",
    "folded_content_words",
    "front_matter",
    "glued_date",
    "never_title",
    "repeats_above",
    "stem",
    "title_copies",
    "unemphasised",
    "unglue",
]

#: The headline's line (its index among the page's lines) and its span in the text.
Title = tuple[int, Span]


_site_after = lazy_regex(r"\s{0,3}(?:\||–|—|-|::|»)\s")


#: What stands before a title repeated at a line's end: "Site | ", a breadcrumb's "Inicio > ".
_site_before = lazy_regex(r"\s(?:\||–|—|-|::|»|/|>|›|→)\s{0,3}$")


_SITE_WORDS = 5
#: A headline this short is not looked for again in the title line.
_MIN_TITLE_CHARS = 8
#: A headline glued to the text after it has at least this many words.
_MIN_GLUED_WORDS = 3
#: Furniture glued before a title that the page also shows alone: at most this many
#: words (a label, a section, a date line in words: "miércoles, 3 de abril de 2024").
_GLUED_PREFIX_WORDS = 8
#: A label-sized title has this many words or more, one a content word this long.
_MIN_SHORT_TITLE_WORDS = 3
#: Furniture glued to the title on its line: a date after it or before it, a byline after
#: it, a section's name before it with no space ("EconomíaEl …").
_GLUED_DATE_AFTER = regex.compile(
    r"\s{1,3}(?:[-|·]\s{1,3})?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}"
    r"(?:,?\s{1,3}(?:[-|]\s{1,3})?\d{1,2}:\d{2}(?:\s{0,2}(?i:hrs?\.?|h\.?|[ap]\.\s?m\.|[ap]m))?)?$"
)
_GLUED_DATE_BEFORE = regex.compile(
    r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?:,?\s{1,3}(?:[-|]\s{1,3})?\d{1,2}:\d{2}"
    r"(?:\s{0,2}(?i:hrs?\.?|h\.?))?)?\s{1,3}(?:[-|·]\s{1,3})?(?=[\p{Lu}¿¡«\"“])"
)
#: A web store's date field before the title: a key, an ISO date (the day or the month).
_STORE_DATE_BEFORE = regex.compile(
    r"\s{0,3}(?P<key>\p{L}{3,12})\s{1,3}(?:19|20)\d\d-\d\d(?:-\d\d)?\s{1,3}(?=[\p{Lu}¿¡«\"“])"
)
#: ``_STORE_DATE_BEFORE``'s first hyphen stands before this offset (three spaces, a key
#: of twelve letters, three spaces, a year).
_STORE_DATE_REACH = 24
_GLUED_BYLINE_AFTER = regex.compile(
    r"(?:\s{1,3}|(?<=\p{Ll}))Por:?\s{1,3}\p{Lu}\p{Ll}{1,20}"
    r"(?:\s{1,3}(?:(?:de|del|la|las|los|y)\s{1,3})?\p{Lu}\p{Ll}{1,20}){1,3}$"
)
_GLUED_LABEL = regex.compile(r"\p{Lu}\p{Ll}{2,20}(?=(?P<next>\p{Lu}\p{Ll}{0,12})\s)")
#: A title a renderer broke over two lines: this many words in all at least.
_MIN_SPLIT_TITLE_WORDS = 5
#: A date or share buttons glued after a title: the line's last this many words read; two
#: buttons at least.
_GLUED_TAIL_WORDS = 10
#: A summary's points glued into one line: a word's lower-case letters right before a
#: capitalised word ("eneroLos", "mesesPide"), twice or more, each point this many
#: words.
_GLUED_POINT = regex.compile(r"(?<=\p{Ll}{3})(?=\p{Lu}\p{Ll})")
_MIN_GLUED_POINTS = 2
#: A deck set as points, one a line: this many at least, and at most.
_MIN_POINTS, _MAX_POINTS = 3, 4
_MIN_POINT_WORDS = 6
#: A title shown again with furniture around it (a title tag, a share text) has at least
#: this many words; the line that shows it holds at most this many more characters of
#: links besides a title's.
_MIN_SHARED_TITLE_WORDS = 6
_MAX_URL = 300
#: A link or a handle in a share text: "https://…", "www.…", "@sitio".
_LINKISH = regex.compile(r"://|^www\.|^@|\.(?:com|net|org)\b")
#: A relative stamp glued after a title has at most this many words ("Actualizado hace 3 h").
_GLUED_STAMP_WORDS = 4
#: A date glued before a title stands within this many characters of the line's start.
_GLUED_HEAD_CHARS = 80
_MIN_GLUED_BUTTONS = 2
_WORD_START = regex.compile(r"(?<!\S)\S")
#: Where a word starts, or where a renderer glued a date to a word with no space: a
#: capital after a digit ("…2024Alcaldía"), a digit after a lower-case letter ("…nocturno3").
_GLUED_START = regex.compile(r"(?<!\S)\S|(?<=\d)(?=\p{Lu})|(?<=\p{Ll})(?=\d)")
#: :data:`_GLUED_START`'s starts read apart, far cheaper than its lookarounds tried at
#: every position (:func:`_glued_starts`): a word's start is where a run of ``regex``'s
#: non-space starts (the standard engine's ``\S`` less the four separators only Python
#: calls spaces, \x1c-\x1f); a glued start stands at an end of a run of digits.
_SPACELESS_RUN = re.compile(r"[\S\x1c-\x1f]+")
_DIGIT_RUN = regex.compile(r"\d+")
_UPPER = regex.compile(r"\p{Lu}")
_LOWER = regex.compile(r"\p{Ll}")
#: The marks between a date glued before a title and the title: "3 de abril de 2024 | ".
_GLUED_MARKS = " \t|-–—·,:"
#: A title opens with a capital or an opening mark.
_TITLE_OPENING = regex.compile(r"[\p{Lu}¿¡«\"“‘']")
_YEAR_WORD = regex.compile(r"\d{4}\b")
_SENTENCE_ENDS = (".", "!", "?", "…", ";")
#: A title in title case: this share of its longer words capitalised (3 in 4).
_TITLE_CASE_SHARE, _TITLE_CASE_BASE = 3, 4
#: A lower-case line with this many commas is a row of tags, not a title's second half.
_TAG_COMMAS = 2
_MIN_CONTENT_WORD = 4
#: A title told by the text: this many paragraphs read, within this many lines; a third
#: of its content words come again.
_TOLD_PARAGRAPHS = 3
_TOLD_REACH = 40
_TOLD_SHARE_BASE = 3
#: A stem keeps this many letters at most.
_STEM = 6
#: A word this long or longer stems to its first :data:`_STEM` letters (:func:`stem` cuts
#: two at most).
_LONG_STEMMED = _STEM + 2
_SITE = re.compile(r"\s{1,3}(?:\||–|—|-|::|»)\s{1,3}")
#: How a title may close: a question, an exclamation, an ellipsis.
_ASKED = ("?", "!", "…", "...")
_TERMINAL = (".", "!", "?", "…", '"', "»", "”", "’", "'", ")")
_DASHES = ("-", "—", "–", "‒", "―")
_DOMAIN = regex.compile(
    r"\b[a-z0-9-]{2,40}\.(?:com|cl|mx|es|ar|co|pe|uy|ve|ec|bo|py|net|org|info)\b"
)
_FENCE = "---"


_field = lazy_regex(r"(?P<key>[a-z_]{1,20}):\s{0,3}\"?(?P<value>.{0,1000}?)\"?\s{0,3}")


_H1 = regex.compile(r"#\s{1,3}(?=\S)")
#: A breadcrumb trail's separator between crumbs: " > ", " » ", " › ", " → ", " / ".
_TRAIL_MARK = regex.compile(r"\s(?:>|»|›|→|/)\s")
#: An arrow between crumbs: one crumb before the title is a trail ("Inicio > Title").
_TRAIL_ARROWS = ("»", ">", "›", "→")
#: A markdown link, its label kept: "[Deportes](/deportes)".
_LINK_LABEL = regex.compile(r"!?\[(?P<label>[^\[\]\n]{0,300})\]\([^()\s]{0,1000}\)")
#: A key of structured data (JSON-LD, a script's object) opening a line: '"headline" :'.
_DATA_KEY = regex.compile(r"[\[{]?\s{0,3}[\"'][\w@$.-]{1,40}[\"']\s{0,3}:")
#: ``_DATA_KEY``'s opening quote stands before this offset (a bracket, three spaces).
_DATA_KEY_QUOTE = 5
_CODE_MARKS = "{}[]=;<>|\\"  # (each counted on its own: far faster than a pattern's scan)
#: Prose has fewer than one code mark ("{", "=", ";"…) in this many characters.
_CODE_MARK_SHARE = 50
_SUBHEADING = regex.compile(r"#{2,3}\s{1,3}(?=\S)")
#: A heading that is a link alone: "## [Title](https://example.org/nota)" (its label kept).
_HEADING_LINK = re.compile(
    r"#{1,3}\s{1,3}\[\s{0,2}(?P<label>[^\[\]\n]{1,300}?)\s{0,2}\]\([^()\s]{1,1000}\)\s{0,2}"
)
#: A sentence has at least this many words.
_SENTENCE_WORDS = 6
#: The page's metadata: once it has been shown, the article text has begun.
_META = frozenset({"byline", "bare", "date", "share"})
#: The header lines that are not the article's signature: a photo's, a menu's.
_NOT_META = HEADER - _META
#: The header that may close a two-line deck: share buttons close nothing.
_CLOSING_META = _META - {"share"}
#: Marks around a button's word on its line: bullets, bars, a final colon.
_BUTTON_MARKS = " *|·•:-"
_TOP_CANDIDATES = 12
_MAX_DECK = 800
_LONG_TITLE = 130
_MAX_COPIES = 2
_KICKER_WORDS = 3
_MASTHEAD_WORDS = 6
#: A person's name has at least two words.
_MIN_NAME_WORDS = 2
#: The kinds of a related-article box's label: its headlines follow it.
_WIDGET_LABELS = frozenset({"related", "list", "teaser"})
#: A media label over its video's or gallery's title has at most this many words.
_MEDIA_LABEL_WORDS = 3
_SHORT_DECK = 260
_SHORT_DECK_SPACED = 300
#: A flat page's summary under its title, at most (a lead tells the news in more).
_FLAT_DECK = 120
_MIN_GLUED = 8
_LONG_DECK = 700


_glue = lazy_regex(r"(?<=[\p{Ll}\d\"”»’)?!])\s(\p{Lu}\p{L}*)(?:\s(\S+))?")


#: A wire dateline's date and agency after its place: ", 27 sep (" in "Lima, 27 sep (EFE)".
_dateline_date = lazy_regex(r",\s{1,3}\d{1,2}\s{1,3}(?:de\s{1,3})?\p{L}{3,10}\.?\s{1,3}\(")


#: A paragraph opened by its dateline: "Lima, 4 may (EFE) …", "SANTIAGO.– …", "Quito (AFP) - …",
#: "Buenos Aires.- …", "TOLUCA, Méx., 2 de junio de 2023.- …" (the place, perhaps its
#: state or country abbreviated and the date, then a full stop and a dash).
_OPENING_DATELINE = regex.compile(
    r"\p{Lu}[\p{L}.]{1,20}(?:[\s/](?:(?:de|del|la|las|los)\s)?\p{Lu}[\p{L}.]{1,20}){0,2}"
    r"(?:,\s{1,3}\d{1,2}\s{1,3}(?:de\s{1,3})?\p{L}{3,10}\.?\s{1,3}\("
    r"|\s{0,3}\([^()\n]{1,30}\)\s{0,2}[.,]?\s{0,2}[–—-]"
    r"|(?<=\p{Lu}{2})\s{0,2}[.,]?\s{0,2}[–—]"
    r"|(?:,\s{1,3}\p{Lu}[\p{L}.]{0,10}){0,2}"
    r"(?:,\s{1,3}\d{1,2}\s{1,3}(?:de\s{1,3})?\p{L}{3,10}(?:\s{1,3}de\s{1,3}\d{4}|,?\s{1,3}\d{4})?)?"
    r"\.\s{0,2}[–—-]\s{0,2}(?=[\p{Lu}¿¡\"“«]))"
)


#: The place before it: one or two capitalised words ("Lima", "Santo Domingo").
_dateline_place = lazy_regex(r"\s((?:\p{Lu}[\p{L}.]{1,20}\s)?\p{Lu}[\p{L}.]{1,20})$")


_glued_dialogue = lazy_regex(r"(?<=[\p{Ll}\d\"”»’)?!.])\s[-—–](?=[¿¡\p{Lu}])")


_MIN_TITLE_WORDS = 4
_LONG_DECK_RATIO = 6
#: A paragraph: at least this long, in words and characters, and closed like a sentence.
_PARAGRAPH = 120
_PARAGRAPH_WORDS = 15
#: A deck has at most this many lines.
_MAX_DECK_LINES = 2
#: A sumario's list stands under at most this many byline and date lines.
_MAX_META_OVER_LIST = 3
#: A line retelling a description has at least this many letters.
_MIN_RETOLD = 20
#: A deck set like a title is at least 11/10 of the title's length.
_DECK_OVER_TITLE, _DECK_OVER_TITLE_BASE = 11, 10
#: A list widget's item has at most this many characters.
_MAX_ITEM = 250
#: A photo credit alone ("Foto: Ana Soto / EFE") has at most this many words.
_CREDIT_WORDS = 8
#: A caption over its copy with the credit: the two open with this many characters alike.
_COPY_HEAD = 30
#: A kicker has at most this many words.
_MAX_KICKER_WORDS = 6
#: A kicker in capitals over the title: this many words at most.
_CAPITALS_KICKER_WORDS = 10
#: A line of this many words or more under a title is of a deck's size.
_DECK_WORDS = 14
_MIN_CAPITALS = 3
_GLUED_WORDS = regex.compile(r"\p{Ll}\p{Lu}")
#: The title over the text stands at most this many lines above the first paragraph.
_TITLE_REACH = 10
#: A ticker's entry opens with its time: "10:32 ", "9.15 h ".
_TICKER_TIME = regex.compile(r"\d{1,2}[:.]\d{2}\s{0,2}(?:h\.?|hrs?\.?)?\s")
#: A deck's quotation mark as a markdown blockquote: "> ".
_DECK_QUOTED = regex.compile(r">\s{0,3}(?=\S)")
#: A label before the deck on its line, perhaps in bold: "Resumen: ", "**Sumario:** ".
_DECK_LABEL = regex.compile(
    r"(?P<open>[*_]{0,2})(?P<label>\p{L}[\p{L} ]{1,30}?)(?P=open)?\s{0,2}:(?P=open)?\s{1,3}(?=\S)"
)
#: Emphasis marks around a whole deck: "**…**", "__…__", "*…*", "_…_".
_EMPHASIS = ("**", "__", "*", "_")
#: A list item's mark before a deck: "* ", "• ".
#: A card's excerpt: the text cut short by an ellipsis, then the card's date
#: ("… cerró el paso a los camiones de la... 14.06.2025, Agencia Sur").
_CARD_EXCERPT = regex.compile(r"(?:\.\.\.|…)\s{1,3}\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b")
#: A bajada set as points opened by a dash has two of them at least.
_MIN_DASHED_POINTS = 2
#: A bajada's point opened by a dash glued to its first word ("-Habrá albergues …").
_DASHED_POINT = regex.compile(r"[-–—]\p{Lu}\p{Ll}")
_DECK_MARK = regex.compile(r"[*•]\s{1,3}(?=\S)")
#: A list item's or a table row's mark: "* ", "+ ", "• ", "|".
_ITEM_MARK = regex.compile(r"[*+•·▪◦]\s|\|")
#: The characters a match of :data:`_ITEM_MARK` opens with.
_ITEM_OPENERS = frozenset("*+•·▪◦|")
#: A line opened by a dash before its words: a turn of dialogue or an interview
#: ("-¿Cuánto hay de usted en el libro?", "—No lo sé.", "--Sí.") or a list's item ("- Deportes").
_DASH_OPENED = regex.compile(r"(?:--|[-—–‒―−])[ \t]{0,3}[¿¡\p{Lu}\p{N}«“\"]")
#: The characters a match of :data:`_DASH_OPENED` opens with.
_DASH_OPENERS = frozenset("-—–‒―−")
_CAPITAL = regex.compile(r"\p{Lu}")
#: The ASCII letters: each is one ``_LETTER`` finds.
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
#: A line opened by a word all in lower case ("node: …", "var x"): a title opens with a
#: capital ("iPhone" has one).
_LOWER_OPENING = regex.compile(r"\p{Ll}+\b")
#: A title that opens with a count and needs no capital ("5 claves para entender …").
_COUNTED_TITLE = regex.compile(r"\d{1,3}\s(?:\p{Ll}+\s){3}")
_LETTER = regex.compile(r"\p{L}")
#: A caption's credit in brackets at its end: after a stop ("… en Lima. (Andina)"), with a
#: slash between words ("(Ana Soto / EFE)") or a photo word ("(Foto: Andina)", "(AP Foto/…)").
_CAPTION_CREDIT = regex.compile(
    r"(?:[.!?…]\s{0,3}\([^()\n]{2,60}|\([^()\n/]{0,40}\p{L}\s?/\s?\p{L}[^()\n]{0,40}"
    r"|\([^()\n]{0,30}\b(?i:fotos?|foto\s?grafía|imagen|archivo|captura)\b[^()\n]{0,60})\)$"
    r"|[.!?…]\s{0,3}(?i:archivo|foto\s?grafía|imagen)\b[^.!?…\n]{0,60}$"
)
#: Every match of :data:`_CAPTION_CREDIT` starts within this many characters of the end
#: (its longest: a bracket, 30, a photo word of 11, 60 and the bracket; a newline after).
_CREDIT_REACH = 128
#: Where one sentence ends and the next opens with a capital: ". El …".
_SENTENCE_BREAK = regex.compile(r"[.!?…]\s{1,3}(?=\p{Lu})")
#: The same after a word of three letters or more (not "EE. UU.", "Dr. Soto").
#: A sentence's stops, as a string search finds them before a line's last character.
_BREAK_MARKS = (".", "?", "!", "…")
_TOLD_BREAK = regex.compile(r"\p{L}\p{Ll}{2}[.!?…]\s{1,3}(?=\p{Lu})")
#: A caption closed by its photo's kind: "La jueza, en una imagen de archivo.".
#: How the lead image's own line ends: its file's name ("vecinos-plaza.jpg"), or a
#: markdown image's link ("![Vecinos](https://…/plaza.jpg)").
_IMAGE_END = re.compile(r"\.(?:jpe?g|png|gif|webp)\)?\Z", re.IGNORECASE)
_ARCHIVE_CAPTION = regex.compile(
    r"\p{Lu}[^.!?…\n]{0,200},\s{1,3}(?i:en|durante)\s{1,3}(?:(?i:una)\s{1,3})?"
    r"(?i:imagen|foto(?:\s?grafía)?)\s{1,3}de\s{1,3}archivo\.?"
)
#: A caption that names who is shown and the scene, with no verb between: "La ministra,
#: durante la presentación del plan", "Los rescatistas, este martes en Valparaíso." (one
#: comma, a scene's lead after it: "durante", "tras", "a su llegada", "este martes"; or
#: the person's name in apposition first: "La ministra, Ana Ruiz, durante …").
#: A finite verb's ending needs a word longer than this ("dó", "rá" alone are none).
_MIN_VERB = 3
_SCENE_CAPTION = regex.compile(
    r"\p{Lu}[^,.;:!?¿¡\n]{2,80},\s{1,3}(?:\p{Lu}[^,.;:!?¿¡\n]{1,60},\s{1,3})?"
    r"(?i:durante|tras|junto\s{1,3}a|a\s{1,3}su\s{1,3}"
    r"(?:llegada|salida)|este|esta|el\s{1,3}pasado|la\s{1,3}pasada|ayer|hoy)\b"
    r"[^,;:!?¿¡.\n]{0,120}\.?"
)
#: A caption with no comma before its scene's lead: "Vecinos de Ate durante la marcha", "El
#: alcalde junto a los vecinos del barrio" (a lead a deck's adverbials seldom use alone); or
#: with the place after its comma: "El ministro, en rueda de prensa en Lima".
_BARE_SCENE_CAPTION = regex.compile(
    r"\p{Lu}[^,.;:!?¿¡\n]{2,80}(?:\s(?P<lead>(?i:durante|junto\s{1,3}a|a\s{1,3}su\s{1,3}"
    r"(?:llegada|salida)))\b|(?P<lead>,)\s{1,3}(?i:en)\s)[^,;:!?¿¡.\n]{2,120}\.?"
)
#: A caption opened by its photo's kind: "Imagen de archivo del ministro…", or by the view
#: it shows: "Vista aérea de la autopista …", "Vista general del estadio …", or by the word
#: "Archivo" set apart before it: "Archivo. El ministro …", "ARCHIVO | La jueza …".
_CAPTION_OPENING = regex.compile(
    r"(?i:imagen|foto(?:\s?grafía)?)\s{1,3}de\s{1,3}archivo\b"
    r"|(?i:archivo)\s{0,2}[.|/]\s{1,3}(?=\p{Lu})"
    r"|(?i:vista)\s{1,3}(?i:aérea|general|parcial|panorámica)\s{1,3}(?i:de|del)\s"
)
#: The letters ``_CAPTION_OPENING``'s words open with, as its case-blind match reads them
#: ("İ" too): a line opening otherwise is not matched against it.
_CAPTION_FIRSTS = frozenset("AFIVafivİ")
#: Short text lines between a first title and the text that make it a menu's or ticker's.
_MENU_LINES = 3
#: A related box's list under its label: this many headlines at most.
_MAX_LIST_ENTRIES = 8
#: Lines set on single line breaks whatever the spacing of the text around them.
_UNSPACED = frozenset({"related", "counter", "share", "next"})
#: A breadcrumb's separator, alone on its line where a renderer broke the trail.
_CRUMB_MARKS = frozenset({">", "»", "›", "/", "|", "→"})
#: With no title over the first paragraph, the title is looked for over this many more.
_MORE_PARAGRAPHS = 2
#: A lead tells the title's news again: this share of its content words, this many at least.
_LEDE_SHARE, _LEDE_BASE = 3, 5
_MIN_LEDE_WORDS = 3
#: A one-word label and its colon opening a line: "Actualizado: ", "Fuente: ".
_STAMP = regex.compile(r"\p{Lu}\p{L}{1,20}:\s")
#: A deck says something: five words at least.
_MIN_DECK_WORDS = 5
#: A deck says under this share of the title's content words (a third).
_TITLE_SHARE, _TITLE_SHARE_BASE = 1, 3
#: A summary the lead retells for the most part (three quarters of its content words): a deck.
_MOSTLY = (3, 4)
#: A deck not closed like a sentence: this many words at least, this many characters at most.
_OPEN_DECK_WORDS = 8
_OPEN_DECK_CHARS = 400
#: A summary the lead retells: this share of its content words (a third) come again.
_RETOLD_SHARE, _RETOLD_SHARE_BASE = 1, 3
#: A summary says at least this many content words.
_MIN_SUMMARY_WORDS = 5
_WORD = regex.compile(r"\w+")
_DIGIT = regex.compile(r"\d")
#: A date in figures, day, month and year ("12.03.2024", "12/03/24", "2024-03-12"), in a
#: line of fewer than this many words: the page's stamp.
_FIGURE_DATE = regex.compile(
    r"(?<!\d)(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})(?!\d)"
)
_STAMP_WORDS = 10
#: A caption over a deck the tag list sets apart holds this many words at most (a
#: paragraph of the text is longer).
_TAGGED_CAPTION_WORDS = 15
#: Names in Title Case (a place's, a person's), then the date in words and perhaps its
#: time, and nothing else: "San Pedro Sula 3 de julio de 2024", "Ana Soto, 3 de julio
#: de 2024 - 10:15".
#: The lower-case words between them are lexicon ``layout_words.tsv``'s class
#: ``named_particle`` ("Villa de la Paz", "Ciudad del Este").
_NAMED_DATE_SHAPE = (
    r"\p{Lu}[\p{L}.'-]{0,30}(?:,?\s{1,3}(?:(?:PARTICLES)\s{1,3})?\p{Lu}[\p{L}.'-]{0,30}){0,3}"
    r",?\s{1,3}\d{1,2}\s{1,3}de\s{1,3}(?P<month>\p{L}{3,10})\.?\s{1,3}(?:de\s{1,3}|del\s{1,3})?\d{4}"
    r"(?:\s{0,3}[-|,·]?\s{0,3}\d{1,2}[:.]\d{2}(?:\s{0,2}h(?:rs?)?\.?)?)?"
)


@functools.cache
def _named_date() -> regex.Pattern[str]:
    """:data:`_NAMED_DATE_SHAPE`, its ``PARTICLES`` the lexicon's, compiled at the first call."""
    particles = sorted(layout_words("named_particle"), key=lambda w: (-len(w), w))
    return regex.compile(
        _NAMED_DATE_SHAPE.replace("PARTICLES", "|".join(regex.escape(w) for w in particles))
    )


#: The opening of a line read for a page note (``page_notes.txt``'s longest phrase fits).
_NOTE_HEAD = 40


def _site_cut(text: str, pos: int = 0) -> re.Match[str] | None:
    """:data:`_SITE`'s first cut in ``text`` from ``pos``, searched only when a mark is in it."""
    if not _site_marked(text):
        return None  # (most lines hold none of the marks: no scan at every position)
    return _SITE.search(text, pos)


def _site_cuts(text: str) -> list[re.Match[str]]:
    """:data:`_SITE`'s cuts in ``text``, searched only when a mark is in it."""
    return list(_SITE.finditer(text)) if _site_marked(text) else []


def _site_marked(text: str) -> bool:
    """Whether ``text`` holds a mark :data:`_SITE` sets between spaces (none: no cut)."""
    return "|" in text or "-" in text or "–" in text or "—" in text or ":" in text or "»" in text


def _site_prefix(text: str) -> int | None:
    """Length of the title in "Title | Site" (or "Title | Section | Site").

    The title ends at the first bar after which every part is shaped like a site's or
    section's name (a few capitalised words, or a web domain).
    """
    cuts = _site_cuts(text)
    # whether every part after a bar is a name, from the last bar back: each part read once
    shaped = [False] * len(cuts)
    named = True
    for i in range(len(cuts) - 1, -1, -1):
        end = cuts[i + 1].start() if i + 1 < len(cuts) else len(text)
        named = named and _site_part(text[cuts[i].end() : end].strip())
        shaped[i] = named
    words, read = 0, 0  # the words before a bar, counted on from the bar before
    for i, cut in enumerate(cuts):
        if words <= _KICKER_WORDS:
            at = cut.start()
            glued = 0 < read < at and not text[read - 1].isspace() and not text[read].isspace()
            words += len(text[read:at].split()) - glued
            read = at
            if words <= _KICKER_WORDS:
                continue
        if shaped[i]:
            return cut.start()
    return None


def _site_part(part: str) -> bool:
    """Shaped like a site's or section's name: "La Tercera", "Regiones", "elsur.cl".

    Mostly words ("14 Marzo, 2019 0 12" is a date and counters).
    """
    return (
        bool(part)
        and len(part) <= MAX_LABEL
        and sum(1 for w in part.split() if w not in layout_words("site_particle")) <= _SITE_WORDS
        and (part[0].isupper() or part[0].isdigit() or _DOMAIN.search(part) is not None)
        and _LETTER.search(part) is not None  # not a time: "… 27, 2025 | 00:05"
        and 2 * sum(1 for w in part.split() if _LETTER.search(w)) > len(part.split())
        and not part.endswith(("?", "!", ":", ","))
    )


def _same_title(title_line: str, headline: str) -> str | None:
    """How a top line repeats the headline: "same", "site" or "glued", else ``None``.

    A title the page closes with a full stop ("Title.") is repeated by "Title | Site".
    A line that is the headline with a few words before it (a label, a section, a date,
    perhaps glued with no space: "ÚLTIMA HORA: Title", "Antioquia Title", "martes 3 de
    abril de 2024 Title") or a date glued after it repeats it "glued" to furniture.
    """
    if not headline or len(headline) < _MIN_TITLE_CHARS:
        return None
    if headline.endswith(".") and not title_line.endswith("."):
        headline = headline[:-1]
    if title_line == headline:
        return "same"
    if title_line.startswith(headline):
        rest = title_line[len(headline) :]
        if _site_after().match(rest) and len(rest.split()) <= _SITE_WORDS + 2:
            return "site"
        # the deck, or a date or the site's name with no space ("…nocturno3 de abril")
        glued = rest.startswith(" ") or rest[:1].isdigit() or len(rest.split()) <= _SITE_WORDS
        if glued and len(headline.split()) >= _MIN_GLUED_WORDS:
            return "glued"
    if title_line.endswith(headline):
        rest = title_line[: -len(headline)]
        if _site_before().search(rest) and len(rest.split()) <= _SITE_WORDS + 1:
            return "site"
        if len(rest.split()) <= _GLUED_PREFIX_WORDS and len(headline.split()) >= _MIN_TITLE_WORDS:
            return "glued"  # a label or a date before it: "Última hora: Title", "3 de …Title"
    return None


def _headline(lines: Sequence[Line], *, twice: bool = False) -> Title | None:
    """Index of the headline line and its span; marks title copies on the way.

    ``twice``: a block the page shows twice may give the title (when nothing else does).
    """
    texts = [
        i
        for i, ln in enumerate(lines[:TOP])
        if ln.kind in ("", "bare")
        and ln.role is Role.NONE
        and not _crumb_entry(lines, i)
        and not _over_trail(lines, i)
        and not _short_heading(lines[i].text)
    ]
    # section labels and menu entries are not titles (unless nothing else is there)
    top = ([i for i in texts if not _label(lines[i])] or texts)[:_TOP_CANDIDATES]
    calls = _calls_shown_twice(lines, top)
    if calls:  # (a window's call over the page, set twice: no title, nor a sentence over one)
        top = [i for i in top if i not in calls]
    # a line that is the site's name beside a title elsewhere ("Site | Title") is the masthead
    sites = _site_names(lines, top)
    if sites:
        for i in top:
            if key(lines[i]) in sites:
                lines[i].role = Role.FURNITURE
        top = [i for i in top if lines[i].role is Role.NONE]
    found = None
    # a lone sentence is text, not a title over nothing
    if top and not (len(top) == 1 and lines[top[0]].text.endswith(".")):
        found = (
            _repeated_title(lines, top, twice=twice)
            or _suffixed_title(lines, top)
            or _first_title(lines, top)
        )
    if top and (found is None or (found[0] == top[0] and _untitled(lines, found))):
        # a short title over the text ("Sube el dólar") was set aside as a label: take it
        # back when it reads as a title and what was found instead is a sentence
        short = [i for i in texts if i < top[0] and i not in calls and _short_title(lines[i].text)]
        if short:
            found = short[-1], lines[short[-1]].span
    return found


def _calls_shown_twice(lines: Sequence[Line], top: Sequence[int]) -> frozenset[int]:
    """The lines among ``top`` closed by a full stop, of two sentences, set twice there.

    A subscription or log-in window the page carries twice (the desktop's copy and the
    phone's) opens the text with its call: "Actualizá tus datos para seguir leyendo. Te
    lleva menos de un minuto.", twice. No title is closed by a full stop after a second
    sentence; shown twice, the call is the window's, and the title is looked for past it.
    The window's points under the second copy that stood between the two copies too
    ("Accedé a todas las notas", "Podés cancelar el plan …", a menu's entry between or
    not) are the window's as well, both copies: no title is set twice around a call
    (:func:`_window_points`).
    """
    seen: dict[str, int] = {}
    calls: set[int] = set()
    for i in top:
        text = lines[i].text
        if not (text.endswith(".") and _two_sentences(text)):
            continue
        k = key(lines[i])
        if k in seen:
            calls.update((seen[k], i, *_window_points(lines, seen[k], i)))
        else:
            seen[k] = i
    return frozenset(calls)


def _window_points(lines: Sequence[Line], first: int, second: int) -> list[int]:
    """The lines right under a call's ``second`` copy that stood under its ``first`` too.

    The run of lines under the second copy, each a copy of a line between the two, and
    those lines: the window's points, set twice with it.
    """
    between = {k: i for i in range(first + 1, second) if (k := key(lines[i]))}
    points: list[int] = []
    for i in range(second + 1, min(len(lines), 2 * second - first)):
        earlier = between.get(key(lines[i]))
        if earlier is None:
            break
        points += (earlier, i)
    return points


def _short_heading(text: str) -> bool:
    """A markdown h2 or h3 shorter than a title: a widget's or a section's heading.

    "## Formulario de búsqueda", "### Lo último": :func:`_marked_title` reads the
    headings of title size; a shorter one heads a box, never the article.
    """
    match = _SUBHEADING.match(text) if text[:2] == "##" else None
    return match is not None and len(text[match.end() :].split()) < _MIN_TITLE_WORDS


def _marked_title(lines: Sequence[Line]) -> Title | None:
    """The page's first-level title as markdown marks it ("# Title"), when it is one.

    A renderer that keeps the page's structure marks the h1: the first such line of
    title size, not a link or a logo, is the headline (without its mark). A page whose
    h1 is the site's name sets its title as the first h2 or h3 over the text: so when no
    h1 is of title size, and when the h1 has no header under it (no deck, byline or date)
    while an h2 or h3 over the text, not right under it, has one ("# El Correo de Cuyo",
    the menu, "## Title", the deck, the byline: a category or a front page holding one
    story; an h2 right under the h1 is its deck).
    """
    found = _first_heading(lines, _H1, len(lines))
    if found is not None and not _headed(lines, found[0]):
        # an h1 with no header under it (the site's name, set as the logo's h1) over an
        # h2 or h3 with its deck, byline or date under it, before the text: that one
        # (not the h2 right under the h1: the title's deck, set as a heading)
        end = first_paragraph(lines, found[0] + 1) or 0
        later = _first_heading(lines, _SUBHEADING, end, start=found[0] + 2, headed=True)
        found = later or found
    if found is None:
        # no h1 of title size (the site's name is the h1): an h2 or h3 over the text
        end = first_paragraph(lines, 0) or 0
        found = _first_heading(lines, _SUBHEADING, end)
        if found is not None and not _headed(lines, found[0]):
            # a ticker's or a teaser's headings first: the one with its header under it
            later = _first_heading(lines, _SUBHEADING, end, start=found[0] + 1, headed=True)
            found = later or found
    return found


def _headed(lines: Sequence[Line], i: int) -> bool:
    """Whether heading ``i`` has its header under it: its deck, the byline or the date."""
    return _signed_title(lines, i, dated=True) or _decked_title(lines, i)


def _first_heading(
    lines: Sequence[Line],
    mark: regex.Pattern[str],
    end: int,
    *,
    start: int = 0,
    headed: bool = False,
) -> Title | None:
    """The first heading of title size marked by ``mark`` from ``start`` to line ``end``.

    ``headed``: only one with its header under it (:func:`_headed`). An h1 that is a
    link alone of title size over the text ("# [Title](https://…)": a title linked to
    its own page) is the title, read by its label; a logo's link is no title.
    """
    for i in range(start, min(end, len(lines))):
        line = lines[i]
        # (every heading's marks open with "#": most lines are passed over on that)
        match = mark.match(line.text) if line.text[:1] == "#" else None
        if match is None or line.kind not in ("", "bare", "item"):
            continue
        if headed and not _headed(lines, i):
            continue
        linked = _HEADING_LINK.fullmatch(line.text) if mark is _H1 else None
        if (
            linked is not None
            and len(linked["label"].split()) >= _MIN_TITLE_WORDS
            and i < (first_paragraph(lines, 0) or len(lines))  # (not a related h1 under the text)
        ):
            line.kind = ""
            return i, Span(line.start + linked.start("label"), line.start + linked.end("label"))
        title = line.text[match.end() :]
        if (
            len(title.split()) >= _MIN_TITLE_WORDS
            and len(title) <= MAX_HEADLINE
            and LINKS.fullmatch(title) is None
            and not title.startswith(("[", "!["))  # a link or a logo, perhaps broken over lines
            and not _over_trail(lines, i)
        ):
            line.kind = ""
            return i, Span(line.start + match.end(), line.end)
    return None


def _over_trail(lines: Sequence[Line], i: int) -> bool:
    """Whether the line under label-sized line ``i`` is a breadcrumb trail: ``i`` labels it.

    "## Usted está aquí" over "[Inicio](/) » [Deportes](/deportes) » …": a page heads its
    trail, as it heads a list widget; the trail's links are read by their labels.
    """
    following = i + 1
    if following >= len(lines) or lines[i].words > _MAX_KICKER_WORDS:
        return False  # (a label's size: a title over a trail set under it stays the title)
    line = lines[following]
    if line.kind == "crumb":
        return True
    if line.kind != "" or "](" not in line.text:
        return False  # (no link to read by its label: every link has "](")
    trail = _LINK_LABEL.sub(r"\g<label>", line.text)
    return trail != line.text and is_breadcrumb(trail)


def first_paragraph(lines: Sequence[Line], start: int) -> int | None:
    """The first text line from ``start`` on shaped like a paragraph: long, closed.

    Not a line of data or code a renderer left in the text (``"datePublished" : "2017-…",``,
    ``window.x={host:"…"};``), nor a teaser's summary right over its link ("Leer más").
    """
    for i in range(max(start, 0), len(lines)):
        line = lines[i]
        if (
            len(line.text) >= _PARAGRAPH  # first: most lines of a page are shorter
            and line.kind == ""
            and line.role is Role.NONE
            and line.words >= _PARAGRAPH_WORDS
            and closed(line.text)
            and _prose(line.text)
            and not (i + 1 < len(lines) and lines[i + 1].kind == "teaser")
        ):
            return i  # (not a teaser's summary over its "Leer más" link)
    return None


def _first_sentences(lines: Sequence[Line], start: int) -> int | None:
    """The first of two sentence lines in a row from ``start`` on (the text has begun).

    For a page whose paragraphs are all shorter than a paragraph's size (a sports brief
    in one-sentence paragraphs).
    """
    for i in range(max(start, 0), len(lines)):
        line = lines[i]
        if not (sentence_line(line) and is_text(line) and closed(line.text)):
            continue
        following = next_text(lines, i)
        if following is not None and sentence_line(lines[following]):
            return i
    return None


def _title_over(lines: Sequence[Line], p: int) -> int | None:
    """The title-shaped line nearest above paragraph ``p``, past furniture and a deck."""
    sentences = 0
    for j in range(p - 1, -1, -1):
        line = lines[j]
        if _linked_title(lines, j, p):
            return j
        if line.kind not in ("", "bare") or line.role is Role.FURNITURE:
            continue
        if line.kind == "bare":
            continue  # a byline's names
        if (closed(line.text) and not _asked(line.text)) or len(line.text) > MAX_HEADLINE:
            sentences += 1
            if sentences > _MAX_DECK_LINES or len(line.text) > _MAX_DECK:
                return None
            continue
        if (
            _signed(line.text)
            or never_title(line.text)
            or _tagged(lines, j)
            or _crumb_entry(lines, j)
            or _short_heading(line.text)
            or _told_caption(lines, j)
            or _in_box(lines, j)
        ):
            continue  # "Ana Díaz | Diario del Sur": a byline with the outlet; a caption
        if _plausible_headline(line) and line.words >= _MIN_TITLE_WORDS:
            return j
        if line.words >= _MIN_TITLE_WORDS:
            return None
        # a label (a place, a section) beside the byline: step over it
    return None


def _told_caption(lines: Sequence[Line], j: int) -> bool:
    """Whether line ``j`` is a photo's caption telling a scene over its credit alone.

    "Ana Ruiz, ayer, a su salida del juzgado. Mañana declarará como acusada" over "EFE":
    two sentences, or longer than a title, right over a credit (an agency or desk alone,
    or "Foto: …", no blank line between). A title over the lead photo's credit is one
    line of a title's size.
    """
    line = lines[j]
    if j + 1 >= len(lines) or lines[j + 1].gap > 0:
        return False
    if not (len(line.text) > _LONG_TITLE or _TOLD_BREAK.search(line.text) is not None):
        return False
    credit = lines[j + 1].byline
    return _credit_under(lines, j) or (
        lines[j + 1].kind == "byline"
        and credit is not None
        and not credit.authors
        and credit.credit is not None
    )


def _linked_title(lines: Sequence[Line], j: int, p: int) -> bool:
    """Whether line ``j`` is the title as a heading linked to its own page, over the text.

    A site that links its title to the article's address ("## [Title](…/title-slug)")
    sets it right over the date, the byline or nothing, then the first paragraph ``p`` and
    more text; a related article's linked heading has one teaser under it, then links.
    """
    match = _HEADING_LINK.fullmatch(lines[j].text)
    return (
        match is not None
        and lines[j].role is Role.NONE
        and len(match["label"].split()) >= _MIN_TITLE_WORDS
        and all(lines[k].kind in _META for k in range(j + 1, p))
        and p + 1 < len(lines)
        and sentence_line(lines[p + 1])
    )


def _linked_label(line: Line) -> None:
    """The title's line reduced to its link's label."""
    match = _HEADING_LINK.fullmatch(line.text)
    if match is not None:
        start, end = match.span("label")
        line.start, line.end, line.text, line.kind = (
            line.start + start,
            line.start + end,
            line.text[start:end],
            "",
        )


def _tagged(lines: Sequence[Line], j: int) -> bool:
    """Whether line ``j`` stands right under a closing label ("Etiquetas", "Temas:"): tags."""
    return j > 0 and lines[j - 1].kind == "close"


def _asked(text: str) -> bool:
    """A title closed by a question, an exclamation or an ellipsis, not by a full stop.

    "¿Qué pasará con las pensiones?", "¡Alerta en Florida!": title-sized (up to 130
    characters), where a deck or a paragraph closes with its full stop.
    """
    return len(text) <= _LONG_TITLE and text.rstrip(CLOSERS).endswith(_ASKED)


def _signed(text: str) -> bool:
    """A name and something else across a bar: "Ana Díaz | Diario del Sur"."""
    cut = _site_cut(text)
    if cut is None:
        return False
    head = text[: cut.start()].strip()
    return _MIN_NAME_WORDS <= len(head.split()) < _SITE_WORDS and _name_shaped(head)


def _title_over_text(
    lines: Sequence[Line], found: Title | None, *, twice: bool = False
) -> Title | None:
    """The title over the article's first paragraph, when furniture stands between.

    What was taken for the headline is set aside when a menu, a ticker or a player
    (three short text lines or more) stands between it and the title-shaped line
    right over the first paragraph, or when it is closed like a sentence (a cookie or
    subscription banner): the article starts at the title over its text.
    """
    h = -1 if found is None else found[0]
    p = first_paragraph(lines, h + 1)
    if p is None and (found is None or _menu_entry(lines[h])):
        p = _first_sentences(lines, h + 1)  # short paragraphs: two sentences in a row
    if p is None:
        return found
    copy = _title_copy_below(lines, found, p, twice=twice)
    copy = _card_over_title(lines, h, p) if copy is None else copy
    if copy is not None:
        return copy, lines[copy].span
    t = _title_over(lines, p)
    if t is None and found is None:
        p, t = _titled_paragraph(lines, p)  # a banner's or a teaser's paragraph first
    decked = t is not None and t - 1 > h and _title_over_deck_line(lines, t)
    if decked and t is not None:
        t -= 1  # (the deck set like a title, right under it: not a list's last entry)
    if t is None or t <= h or _in_run(lines, t, p, found) or _opens_a_list(lines, t, found):
        return found
    r = _repeated_over(lines, p)
    if r == h:
        return found  # the title the page repeats (or the title over the deck it repeats)
    if r is not None and h < r <= t + decked and lines[r + 1].gap > 0:
        t = r  # (the nearest title-shaped line is a caption's or a related headline)
    t = _over_its_deck(lines, t, h)
    if found is None or _set_aside(lines, found, t):
        _linked_label(lines[t])
        return t, lines[t].span
    return found


def _opens_a_list(lines: Sequence[Line], t: int, found: Title | None) -> bool:
    """Whether line ``t`` opens a list under its label ("Te puede interesar").

    The first headline of a list ("Lo más leído", "Noticias relacionadas") does not
    replace a title already found, even when a paragraph follows the list; with none
    found (a ticker and its label at the top), the line under the label may be the title.
    A list's headline carries no byline: a line with its header under it (its deck, then
    the byline or the date) opens no list, though a teaser's "Leer más" stands over it.
    """
    return (
        found is not None
        and t > 0
        and lines[t - 1].kind in LIST_KINDS
        and not (_decked_title(lines, t) or _signed_title(lines, t))
    )


def _titled_paragraph(lines: Sequence[Line], p: int) -> tuple[int, int | None]:
    """The next paragraphs after ``p`` (up to two more) and the title over the first that has one.

    With no title found at the top and none over the first paragraph (a banner's text, a
    widget's teaser), the article's own paragraph comes later, its title over it.
    """
    for _ in range(_MORE_PARAGRAPHS):
        following = first_paragraph(lines, p + 1)
        if following is None:
            break
        p = following
        t = _title_over(lines, p)
        if t is not None:
            return p, t
    return p, None


def _set_aside(lines: Sequence[Line], found: Title, t: int) -> bool:
    """Whether the title found at the top gives way to the title ``t`` over the text.

    A short line right over a longer title is its kicker; with a sentence between them
    (a short title over its deck, then a photo's caption) it is the title. The title
    found stays when the text under ``t`` retells it, and more of its content words than
    of ``t``'s, in number and share (the last headline of a list over the byline: the
    headline is the line the text retells most).
    """
    h = found[0]
    if _under_list_label(lines, h) and key(lines[t]) == key(lines[h]):
        return True  # its copy in a "Lo último" list: the title over the text is the h1
    if repeats_above(lines, h):
        return False  # the title tag repeats it: the page's own title
    if _told_by_text(lines, h, t) and _told_more(lines, h, t):
        return False  # the text retells the title found, not the line over it (a list's)
    texts = [ln for ln in lines[h + 1 : t] if ln.kind in ("", "item") and ln.role is Role.NONE]
    sentences = sum(1 for ln in texts if sentence_line(ln) and _prose(ln.text))
    if sentences > 1:
        return False  # the article's text has begun under it
    between = len(texts) - sentences
    return (
        between >= _MENU_LINES
        or (closed(lines[h].text) and not _asked(lines[h].text) and found[1] == lines[h].span)
        or (between == sentences == 0 and _kicker_over(lines[h], lines[t]))
        or (_under_masthead(lines, h) and all(_label(ln) for ln in texts))
        or _under_list_label(lines, h)
        or (
            _signed_title(lines, t)
            and _headlines_between(lines, h, t)
            and not _told_by_text(lines, h, t)
        )
        or _over_its_header(lines, h, t)
        or _shown_instead(lines, h, t)
    )


def _shown_instead(lines: Sequence[Line], h: int, t: int) -> bool:
    """Whether the page shows title ``t`` again (its title tag, a share text), not ``h``."""
    if not _shown_with_furniture(lines, t) or _shown_with_furniture(lines, h):
        return False
    own = key(lines[h])
    return sum(1 for line in lines if key(line) == own) == 1


def _card_over_title(lines: Sequence[Line], h: int, p: int) -> int | None:
    """The title under a teaser card: line ``h`` and its one-paragraph summary ``p``.

    A teaser (a headline and its summary, perhaps its "Leer más") over the article: the
    next title-shaped line over a paragraph, with its header under it, is the title
    (:func:`_over_its_header`), when no other sentence stands between.
    """
    if h < 0 or _title_over(lines, p) != h:
        return None
    following = first_paragraph(lines, p + 1)
    if following is None or following - h > _TITLE_REACH:
        return None
    t = _title_over(lines, following)
    if t is None or t <= p:
        return None
    if any(sentence_line(ln) and is_text(ln) for ln in lines[p + 1 : t]):
        return None
    return t if _over_its_header(lines, h, t) else None


#: The furniture kinds of a label that heads a ticker or a box of headlines.
_ITEM_LABELS = frozenset({"line", "list", "teaser", "related"})


def _over_its_header(lines: Sequence[Line], h: int, t: int) -> bool:
    """Whether title ``t`` heads the article's header and line ``h`` over it heads nothing.

    The page's title stands right over its header (its deck, the byline, the date); a
    ticker's entry, a teaser's headline (perhaps over its one-sentence summary) or a
    related headline over it has none. When the byline or the date line stands under
    ``t`` (past a deck of up to two lines) and not under ``h``, only headlines, labels
    and a teaser's sentence stand between them, and the text under ``t`` retells ``t``
    (two content words, more than it shares with ``h``) but not ``h``, ``t`` is the
    title, blank lines between or not; not when ``t``, right under ``h`` and a tenth
    longer, has no deck of its own (``h``'s deck, set like a title: "Desatando las
    cuerdas" over the long summary, then the byline). When ``h`` stands right under a
    label (a ticker's "Última hora", a box's "Lo más leído": no blank line between), it is
    that label's item, and ``t`` is the title unless the text retells ``h`` more than
    ``t`` (a word or two of an item may come again by chance). When the text retells
    nothing of ``h`` (a slogan, a bar of tags) and ``t`` stands over its own deck and
    header (:func:`_decked_title`), ``t`` is the title, the text retelling it or not.
    """
    # (a label's item: its header, past "two deck lines", is the title's under it)
    item = h > 0 and lines[h].gap == 0 and lines[h - 1].kind in _ITEM_LABELS
    if not _signed_title(lines, t, dated=True) or (
        not item and _signed_title(lines, h, dated=True)
    ):
        return False
    if (
        next_text(lines, h) == t
        and not _decked_title(lines, t)
        and _DECK_OVER_TITLE * len(lines[h].text) < _DECK_OVER_TITLE_BASE * len(lines[t].text)
    ):
        return False  # a title right over a longer line: its deck, set like a title
    for line in lines[h + 1 : t]:
        if line.kind != "" or line.role is not Role.NONE:
            continue  # (furniture: times, counters, links, a byline's names)
        if not (_label(line) or _worded_title(line) or sentence_line(line)):
            return False
    if item:  # a ticker's or a box's item, right under its label: it heads nothing
        return not _told_more(lines, h, t)
    if _told_by_text(lines, h, t):
        return False
    told = _told_under(lines, t)
    again = len(content_stems(lines[t].text) & told)
    own = len(content_stems(lines[h].text) & told)
    if own == 0 and _decked_title(lines, t):
        return True  # the text tells nothing of h: the title is the one over its deck
    return again >= _MIN_LEDE_WORDS - 1 and again > own


def _told_more(lines: Sequence[Line], h: int, t: int) -> bool:
    """Whether the paragraphs under line ``t`` retell more of line ``h`` than of ``t`` itself.

    More content stems in number and in share of the line's own.
    """
    told = _told_under(lines, t)
    said_h, said_t = content_stems(lines[h].text), content_stems(lines[t].text)
    again_h, again_t = len(said_h & told), len(said_t & told)
    return again_h > again_t and again_h * len(said_t) > again_t * len(said_h)


def _told_by_text(lines: Sequence[Line], h: int, t: int) -> bool:
    """Whether the paragraphs under line ``t`` retell line ``h``: ``h`` is their title.

    A related headline over the title tells other news; the title over its deck set
    without a full stop (the byline under the deck) is retold by the article's first
    paragraphs: a third of its content words or more, two at least, in their stems
    (:func:`stem`: "aprueba un presupuesto" told as "aprobó los presupuestos").
    """
    said = content_stems(lines[h].text)
    again = len(said & _told_under(lines, t))
    return again >= _MIN_LEDE_WORDS - 1 and _TOLD_SHARE_BASE * again >= len(said)


def _told_under(lines: Sequence[Line], t: int) -> set[str]:
    """The content stems of the first paragraphs under line ``t``."""
    told: set[str] = set()
    taken = 0
    for line in lines[t + 1 : t + 1 + _TOLD_REACH]:
        if is_text(line) and sentence_line(line) and closed(line.text):
            told |= folded_content_stems(line.folded)  # (the line's fold, kept on it)
            taken += 1
            if taken == _TOLD_PARAGRAPHS:
                break
    return told


def _signed_title(lines: Sequence[Line], t: int, *, dated: bool = False) -> bool:
    """Whether the byline stands under line ``t``, past its deck (up to two lines) at most.

    The headlines of a list over the title carry no byline; the title's own header (its
    deck, the byline, the date) stands under it. ``dated``: the date line counts too.
    """
    signs = ("byline", "date") if dated else ("byline",)
    for k in range(t + 1, min(len(lines), t + 2 + _MAX_DECK_LINES)):
        if lines[k].kind in signs:
            return True
        if lines[k].kind == "" and not (
            sentence_line(lines[k]) and len(lines[k].text) <= _MAX_DECK
        ):
            return False
    return False


def _headlines_between(lines: Sequence[Line], h: int, t: int) -> bool:
    """Whether lines ``h`` to ``t`` are a run of other stories' headlines over title ``t``.

    Title-shaped, no blank line between, and none sharing a content word with ``t`` (a
    list's headlines tell other news; a deck or a caption under the title shares its
    words), all set alike (none in capitals, or all).
    """
    said = content_words(lines[t].text)
    if len({_in_capitals(lines[k].text) for k in range(h, t + 1)}) > 1:
        return False  # a list sets its headlines alike: a title in capitals over its deck
    return all(
        lines[k].kind == ""
        and _worded_title(lines[k])
        and not closed(lines[k].text)
        and not lines[k].text.startswith(_DASHES)  # a summary's points: "-Acciones …"
        and (k == h or lines[k].gap == 0)
        and (k == t or not said & content_words(lines[k].text))
        for k in range(h, t + 1)
    )


def _under_list_label(lines: Sequence[Line], h: int) -> bool:
    """Whether line ``h`` is an item of a list widget ("Lo más leído", "Te puede interesar").

    Over it stand only other headline-shaped lines, up to the widget's label.
    """
    for k in range(h - 1, max(h - _TITLE_REACH, 0) - 1, -1):
        above = lines[k]
        if above.kind in ("list", "teaser", "related"):
            return True
        if above.kind != "" or closed(above.text) or len(above.text) > _MAX_ITEM:
            return False
    return False


def _under_masthead(lines: Sequence[Line], h: int) -> bool:
    """Whether line ``h`` stands right under the masthead: the site's slogan.

    The masthead is the page's first line, an outlet's name (:func:`_masthead`: "El
    Diario del Norte", "Radio Sur", "elsur.cl"); the title over the text comes on the
    very next line, or under section labels and a kicker ("ECONOMÍA").
    """
    if h != 1:
        return False
    return _masthead(lines[0])


def _prose(text: str) -> bool:
    """Not data nor code a renderer left in the text: no key opening it, few code marks.

    Nor a style sheet's selector (".story-list .story-item a", "#menu li"): prose never
    opens with a full stop or a hash glued to a letter.
    """
    quoted = '"' in text[:_DATA_KEY_QUOTE] or "'" in text[:_DATA_KEY_QUOTE]
    if (quoted and _DATA_KEY.match(text) is not None) or (text[:1] in ".#" and text[1:2].isalpha()):
        return False
    return _CODE_MARK_SHARE * sum(map(text.count, _CODE_MARKS)) <= len(text)


def _title_over_deck_line(lines: Sequence[Line], t: int) -> bool:
    """Whether line ``t`` is a deck shaped like a title, the title right over it.

    Two title-shaped lines stacked over the text, the lower one a tenth longer or more:
    the upper one is the title, the lower its deck (not closed like a sentence, as some
    pages set it); not two items of a list widget.
    """
    if t == 0:
        return False
    above, line = lines[t - 1], lines[t]
    return (
        above.kind == ""
        and above.role is Role.NONE
        and _worded_title(above)
        and not closed(above.text)
        and _DECK_OVER_TITLE * len(above.text) < _DECK_OVER_TITLE_BASE * len(line.text)
        and not _in_headlines(lines, t - 1)
        and not _under_list_label(lines, t - 1)
        and key(above) != key(line)
        and not _decked_title(lines, t)
    )


def _decked_title(lines: Sequence[Line], t: int) -> bool:
    """Whether line ``t`` stands over its own deck: a sentence, then the byline or date.

    A page has one deck: a title-shaped line with a summary sentence under it and the
    header under that is the title, not the deck of the headline-shaped line over it
    (a ticker's last entry, a related headline).
    """
    c = next_text(lines, t)
    if c is None or c != t + 1:
        return False
    deck = lines[c]
    return (
        sentence_line(deck)
        and closed(deck.text)
        and len(deck.text) <= _SHORT_DECK_SPACED
        and c + 1 < len(lines)
        and lines[c + 1].kind in _CLOSING_META
    )


def _in_headlines(lines: Sequence[Line], k: int) -> bool:
    """Whether line ``k`` closes a run of headlines (a related list), not a kicker's line."""
    return (
        k > 0
        and lines[k].gap == 0
        and lines[k - 1].kind == ""
        and lines[k - 1].role is not Role.HEADLINE
        and _worded_title(lines[k - 1])
    )


def _repeated_over(lines: Sequence[Line], p: int) -> int | None:
    """The title over paragraph ``p`` that the page repeats elsewhere, if one is near.

    A page shows its title more than once (the title tag, a share widget's title, its
    own entry in a "Lo último" list): among the lines right over the text (past the
    byline, a caption, a kicker and up to two deck lines), a title-shaped line the page
    repeats word for word is the title, the nearest title-shaped one perhaps a related
    headline or a caption.
    """
    sentences = 0
    seen: Counter[str] | None = None
    for j in range(p - 1, max(p - _TITLE_REACH, 0) - 1, -1):
        line = lines[j]
        if line.kind != "" or line.role is Role.FURNITURE:
            continue
        if closed(line.text) or len(line.text) > MAX_HEADLINE:
            sentences += 1
            if sentences > _MAX_DECK_LINES:
                return None
            continue
        if not _worded_title(line) or _place_or_name(line):
            continue
        if seen is None:
            seen = Counter(key(ln) for ln in lines)
        if seen[key(line)] > 1:
            return _title_over_deck(lines, j, seen)
        if _shown_with_furniture(lines, j):
            return j
    return None


def _shown_with_furniture(lines: Sequence[Line], j: int) -> bool:
    """Whether another line of the page shows line ``j`` with furniture around it.

    The title tag ("Title | Site"), a share widget's text ("Compartir: Title https://…",
    "Title vía @sitio"): line ``j`` (six words or more) stands whole in a longer line
    whose other words, links and handles left out, are a few (up to the site's five,
    and its separator).
    """
    own = key(lines[j])
    if len(own.split()) < _MIN_SHARED_TITLE_WORDS:
        return False
    for i, line in enumerate(lines):
        if i == j or len(line.text) <= len(own) or len(line.text) > MAX_HEADLINE + _MAX_URL:
            continue
        other = key(line)
        at = other.find(own)
        if at < 0:
            continue
        before, after = other[:at], other[at + len(own) :]
        if before[-1:].isalnum() or after[:1].isalnum():
            continue  # inside a longer title: "… nocturno y diurno"
        rest = f"{before} {after}"
        words = [w for w in rest.split() if _LINKISH.search(w) is None and _LETTER.search(w)]
        if len(words) <= _SITE_WORDS:
            return True
    return False


def _place_or_name(line: Line) -> bool:
    """A short name, every word capitalised or a particle: "Las Palmas de Gran Canaria".

    A place over the date (a dateline's, an event's) or a name the page repeats is no
    title: up to five words (a title that capitalises every word is longer).
    """
    return line.words <= _SITE_WORDS and _name_shaped(line.text)


def _title_over_deck(lines: Sequence[Line], j: int, seen: Counter[str]) -> int:
    """Line ``j``, or the repeated title over it when ``j`` is the deck, repeated too.

    A page repeats its deck (the description), perhaps as well as its title: the title
    stands right over the deck (repeated too, or shorter than it), perhaps with a short
    label (a kicker) between them.
    """
    for k in range(j - 1, max(j - _MAX_DECK_LINES - 1, -1), -1):
        above = lines[k]
        if above.kind != "" or above.role is Role.FURNITURE:
            break
        if _label_under(above):
            continue  # a kicker between title and deck
        shorter = len(above.text) < len(lines[j].text)  # a title is shorter than its deck
        if (
            _worded_title(above)
            and (seen[key(above)] > 1 or shorter)
            and key(above) != key(lines[j])
            and not _under_list_label(lines, k)  # a list widget's last item
        ):
            return k
        break
    return j


def _worded_title(line: Line) -> bool:
    """Title-shaped, with four words or more (not "EP 17 • 10:21")."""
    return (
        _plausible_headline(line)
        # (a word opening with an ASCII letter holds one: searched for only past that)
        and sum(1 for w in line.text.split() if w[0] in _ASCII_LETTERS or _LETTER.search(w))
        >= _MIN_TITLE_WORDS
    )


def _in_run(lines: Sequence[Line], t: int, p: int, found: Title | None) -> bool:
    """Whether line ``t`` closes a run of text lines (a menu's or a list's last entry).

    Line ``t`` sits right under another text line, no blank line between. It still
    closes nothing when that line is the short label taken first, over a title far
    longer (:func:`_kicker_over`: two lines make no list), or when that line is no
    headline (a menu's short label, a caption's sentence) and either the page's byline
    or date stands between ``t`` and the first paragraph ``p`` (the title with its
    header, on a page that breaks every line once) or what was found at the top is only
    a menu's label or a banner's sentence closed by a full stop.
    """
    if t == 0 or lines[t].gap > 0:
        return False
    above = lines[t - 1]
    if above.kind != "" or above.role is Role.HEADLINE:
        return False
    if found is not None and found[0] == t - 1 and _kicker_over(above, lines[t]):
        return False  # right under the short label taken first: its kicker, not a list
    if _worded_title(above) and not closed(above.text):
        # under another headline: a list's last entry, unless it is signed (a list's
        # headlines carry no byline; the title's header stands under it)
        return not _signed_title(lines, t)
    weak = found is None or _menu_entry(lines[found[0]]) or _banner(lines[found[0]])
    return not (weak or _header_between(lines, t, p, _META))


def _banner(line: Line) -> bool:
    """A sentence closed by a full stop, taken first at the top: a banner's, never a title.

    ("CNET también está disponible en español.", "Usamos cookies para mejorar tu
    experiencia.": a headline carries no full stop.)
    """
    return sentence_line(line) and line.text.rstrip(CLOSERS).endswith(".")


def repeats_above(lines: Sequence[Line], h: int) -> bool:
    """Whether a line above line ``h`` opens with its text (a title tag over the h1).

    Not a section label ("Política"): a menu shows its entries more than once.
    """
    head = key(lines[h])
    if not head or _menu_entry(lines[h]):
        return False
    return any(key(lines[k]).startswith(head) for k in range(h))


def _kicker_over(kicker: Line, title: Line) -> bool:
    """A short label right over a longer title: a kicker ("En Minsk (Bielorrusia)")."""
    return (
        kicker.words <= _SITE_WORDS
        and not closed(kicker.text)
        and not closed(title.text)
        and title.words >= kicker.words + _KICKER_WORDS
    )


def _title_copy_below(
    lines: Sequence[Line], found: Title | None, p: int, *, twice: bool
) -> int | None:
    """The h1 far under a title tag ("Title | Site" or "Title" at the top, menus, "Title").

    A whole line's copy counts only past other text (right under it, a copy is the deck
    repeating the title).
    """
    if found is None or _menu_entry(lines[found[0]]):
        return None  # a menu shows its entries again: "Política" far under "Política"
    h, (start, end) = found
    title = fold(lines[h].text[start - lines[h].start : end - lines[h].start])
    first = h + 1
    if (start, end) == lines[h].span:
        first = next_text(lines, h) or p
        if first < p and key(lines[first]) == title:
            return None  # the deck repeating the title, right under it
    cut = (start, end) != lines[h].span  # "Title | Site": the title tag
    for i in range(first, p):
        if _crumb_entry(lines, i) or _under_list_label(lines, i):
            continue  # a breadcrumb's last entry ("Economía", ">", "Title"), a list's item
        if lines[i].kind in ("", "bare") and (
            key(lines[i]) == title or (cut and _longer_title(lines[i], title))
        ):
            if not (cut or twice) and _block_shown_twice(lines, h, i):
                return None  # a banner and its copy: no title tag over an h1
            if not cut and _decked(lines, h, i):
                return None  # the h1 and its deck, then a video's or gallery's title
            lines[h].role = Role.COPY
            return i
    return None


def _over_its_deck(lines: Sequence[Line], t: int, h: int) -> int:
    """The same title a few lines over ``t`` with only its deck between, else ``t``.

    "Title", "The deck's sentence.", "Video", "Title": the upper one is the h1 over its
    deck, the lower the video's title (made a copy).
    """
    for k in range(t - 1, max(t - _TITLE_REACH, h + 1) - 1, -1):
        if is_text(lines[k]) and key(lines[k]) == key(lines[t]) and _decked(lines, k, t):
            lines[t].role = Role.COPY
            return k
    return t


def _decked(lines: Sequence[Line], h: int, i: int) -> bool:
    """Whether only a deck (a label perhaps over it) stands between title ``h`` and its copy.

    "Title", "Política habitacional", "The deck's sentence.", "Video", "Title": the
    first is the h1 over its deck; the copy titles the video or gallery under them. (A
    title tag stands over menus, not over a deck.)
    """
    texts = [k for k in range(h + 1, i) if is_text(lines[k])]
    return (
        0 < len(texts) <= _MAX_DECK_LINES
        and lines[texts[-1]].words >= _SENTENCE_WORDS
        and _deck_shape(lines[texts[-1]].text)
        and all(_label_under(lines[k]) for k in texts[:-1])
    )


def _crumb_entry(lines: Sequence[Line], i: int) -> bool:
    """Whether line ``i`` follows a breadcrumb's separator alone on its line (">", "»")."""
    return i > 0 and lines[i].gap == 0 and lines[i - 1].text in _CRUMB_MARKS


def _longer_title(line: Line, title: str) -> bool:
    """Whether ``line`` is the h1 a title tag shortened ("Title | Site" over "Title, longer").

    It opens with the tag's title and goes on for a few words, still title-shaped (not
    closed like a sentence, up to 130 characters: a title glued to its deck is longer).
    """
    text = key(line)
    return (
        len(title) >= _MIN_TITLE_CHARS
        and text.startswith(title + " ")
        and len(text) <= _LONG_TITLE
        and not closed(line.text)
        and _plausible_headline(line)
    )


def _untitled(lines: Sequence[Line], found: Title | None) -> bool:
    """No title found, or a whole line closed like a sentence, or long, taken for one."""
    if found is None:
        return True
    i, span = found
    line = lines[i]
    return (
        span == line.span
        and (line.text.rstrip(CLOSERS).endswith(STOPS) or len(line.text) > _LONG_TITLE)
        and line.role is Role.NONE
    )


def _site_names(lines: Sequence[Line], top: Sequence[int]) -> frozenset[str]:
    """The shorter side of "Title | Site" or "Site | Title" lines among the top ones."""
    names = set()
    for i in top:
        text = lines[i].text
        if len(text) > MAX_HEADLINE:
            continue
        cuts = _site_cuts(text)
        if not cuts:
            continue
        head, tail = text[: cuts[0].start()], text[cuts[-1].end() :]
        # (of two sides of one size the last is the site's: "Title | Site" is the custom)
        side = min(tail, head, key=lambda part: len(part.split()))
        if 0 < len(side.split()) <= _SITE_WORDS and len(side) <= MAX_LABEL and head != tail:
            names.add(fold(side))
    return frozenset(names)


def _repeated_title(lines: Sequence[Line], top: Sequence[int], *, twice: bool) -> Title | None:
    """The title tag and the h1 stand at the top, close together.

    Not a line whose copy is a headline in a box's list under its label ("Lo más visto"):
    a ticker's headline shown again among other stories'.
    """
    keys = {i: key(lines[i]) for i in top[:6]}
    for a_pos, a in enumerate(top[:2]):
        if a_pos and _plausible_headline(lines[top[0]]) and not _masthead(lines[top[0]]):
            break  # a title-shaped first line is the title, not what stands before it
        for b in top[a_pos + 1 : a_pos + 4]:
            if not twice and _block_shown_twice(lines, a, b):
                continue  # a banner or a menu and its copy ("* Podés cancelar …", "¡Hola!")
            if twice and lines[b].text.endswith(".") and _two_sentences(lines[b].text):
                continue  # (a call of two sentences shown twice is still no title)
            if _in_box(lines, b):
                continue  # a ticker's headline again in a box's list: another story's
            how = _same_title(keys[a], keys[b])
            if how == "same" and _decked(lines, a, b):
                lines[b].role = Role.COPY  # the h1 over its deck, then a video's title
                return a, lines[a].span
            if how is not None:
                lines[a].role = Role.FURNITURE if how == "site" else Role.COPY
                return b, lines[b].span
    return None


def _block_shown_twice(lines: Sequence[Line], a: int, b: int) -> bool:
    """Whether lines ``a`` and ``b`` open the same block twice: not a title tag and its h1.

    A banner, a modal or a menu the page sets twice (the desktop's and the mobile's copy)
    repeats its lines in order; the title tag and the h1 have other lines under them (the
    menus, then the deck or the byline). Also a line no title is shaped like (a list's
    item, a prompt closed by a colon) or a short name (a place over the date), repeated.
    """
    if not _plausible_headline(lines[b]) or _place_or_name(lines[b]):
        return True  # (a place the page repeats: "Las Palmas de Gran Canaria" over the date)
    if b + 1 >= len(lines) or a + 1 == b:
        return False
    return key(lines[a + 1]) == key(lines[b + 1]) != ""


def _suffixed_title(lines: Sequence[Line], top: Sequence[int]) -> Title | None:
    """A lone "Title | Site" line.

    Not a sentence closed by its full stop before the bar: a headline sets none, and "…
    entregados en ataúdes blancos. | Ana Soto" is a photo's caption and its credit.
    """
    for i in top[:3]:
        line = lines[i]
        cut = _site_prefix(line.text)
        if (
            cut is not None
            and len(line.text) <= MAX_HEADLINE
            and not line.text[:cut].rstrip().endswith(".")
        ):
            return i, Span(line.start, line.start + cut)
    return None


def _first_title(lines: Sequence[Line], top: Sequence[int]) -> Title | None:
    """The first title-shaped line, past kickers and mastheads."""
    for pos, i in enumerate(top[:3]):
        line = lines[i]
        if not _plausible_headline(line):
            return None
        trail = _trail_title(line.text)
        if trail is not None:  # a breadcrumb trail that ends with the title
            return i, Span(line.start + trail, line.end)
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
                return i, Span(line.start + after, line.end)
        kicker = (
            _masthead(line)
            or (
                (
                    line.words <= _KICKER_WORDS
                    or (line.words <= _SITE_WORDS and _name_shaped(line.text))
                )
                and not line.text.endswith(_TERMINAL)
                and title_follows
                and nxt is not None
                and nxt.words > line.words
            )
            or (title_follows and nxt is not None and _capitals_over_title(line, nxt))
        )
        if not kicker:
            after = _site_lead(line.text) if _named_site_first(line.text) else None
            return i, Span(line.start + (after or 0), line.end)
        line.role = Role.FURNITURE
    return None


def _capitals_over_title(line: Line, title: Line) -> bool:
    """Whether ``line``, in capitals, is a kicker over the title in sentence case under it.

    "PRESUPUESTOS 2024: LA JUNTA MUEVE FICHA" over "El Gobierno aprueba…": a page sets its
    antetítulo in capitals (up to ten words, not closed like a sentence) over the title,
    which is not in capitals, not closed either and of a title's size (four to thirteen
    words: a deck under a title in capitals is longer, and often closed).
    """
    return (
        line.words <= _CAPITALS_KICKER_WORDS
        and line.words >= _MIN_NAME_WORDS
        and _in_capitals(line.text)
        and not line.text.endswith(_TERMINAL)
        and not _in_capitals(title.text)
        and not closed(title.text)
        and _MIN_TITLE_WORDS <= title.words < _DECK_WORDS
    )


def _in_capitals(text: str) -> bool:
    """Every letter a capital, three letters at least."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= _MIN_CAPITALS and all(ch.isupper() for ch in letters)


def _trail_title(text: str) -> int | None:
    """Where the title starts in a breadcrumb trail that ends with it, if the line is one.

    "Inicio > Ciudad > Title", "Portada / Política / Title", "Inicio » Title": the crumbs
    before it are short names (up to three words, opened by a capital), the last part is
    title-sized (four words or more); two crumbs at least where a slash parts them.
    """
    if len(text) > MAX_HEADLINE:
        return None
    cuts = list(_TRAIL_MARK.finditer(text))
    if not cuts:
        return None
    last = cuts[-1]
    crumbs = _TRAIL_MARK.split(text[: last.start()])
    arrows = all(cut.group().strip() in _TRAIL_ARROWS for cut in cuts)
    if (
        len(crumbs) < (1 if arrows else 2)
        or len(text[last.end() :].split()) < _MIN_TITLE_WORDS
        or not all(0 < len(c.split()) <= _KICKER_WORDS and c.strip()[:1].isupper() for c in crumbs)
    ):
        return None
    return last.end()


def _trail_copies(lines: Sequence[Line], h: int) -> None:
    """Breadcrumb trails under title ``h`` that end with it are copies of it (furniture)."""
    head = key(lines[h])
    for line in lines[h + 1 : h + _TITLE_REACH]:
        if not is_text(line):
            continue
        cut = _trail_title(line.text)
        if cut is not None and fold(line.text[cut:]) == head:
            line.role = Role.COPY


def _site_lead(text: str) -> int | None:
    """Where the title starts in "Site | Title", when the title is title-sized.

    Past a section's name after the site's too ("Site | Section | Title": a short name
    of up to three words, each capitalised or a particle, then a title-sized rest).
    """
    cut = _site_cut(text)
    if cut is None or len(text[cut.end() :].split()) <= _KICKER_WORDS:
        return None
    section = _site_cut(text, cut.end())
    if section is not None:
        name = text[cut.end() : section.start()]
        rest = text[section.end() :]
        if (
            0 < len(name.split()) <= _KICKER_WORDS
            and _name_shaped(name)
            and len(rest.split()) >= _MIN_TITLE_WORDS
        ):
            return section.end()
    return cut.end()


def _name_shaped(text: str) -> bool:
    """Every word capitalised or a particle: a name ("La Voz de Temuco")."""
    particles = layout_words("site_particle")
    return all(w[:1].isupper() or w[:1].isdigit() or w in particles for w in text.split())


def _named_site_first(text: str) -> bool:
    """A "Site | Title" line: a short name before the first bar, a longer title after it."""
    cut = _site_cut(text)
    if cut is None:
        return False
    head, tail = text[: cut.start()], text[cut.end() :]
    words = head.split()
    dash = cut.group().strip() in ("-", "–", "—")
    return (
        0 < len(words) <= _SITE_WORDS
        and len(head) <= MAX_LABEL
        and len(tail.split()) > len(words)
        and (len(words) > 1 or not dash)
        and not head.endswith(_TERMINAL)
        and _name_shaped(head)
    )


def _plausible_headline(line: Line) -> bool:
    """Title-sized, and not a long sentence closed by a full stop (a paragraph).

    Nor two sentences closed by a full stop, however short: a title sets no full stop
    at its end, and a second sentence after a first one closed (a word of three letters
    or more, a stop, a capital) makes a call or a paragraph ("Actualizá tus datos. Te
    lleva un minuto."), never a title ("¿Poblador o vecino? Cómo …" ends unclosed).
    """
    text = line.text
    stored = _store_date(text)  # (" date 2019-12 Title": the store's field, then the title)
    if stored is not None:
        text = text[stored:]
    if len(text) > MAX_HEADLINE or text.endswith(":") or never_title(text):
        return False  # (a title never ends with a colon: a prompt or a label does)
    return not (text.endswith(".") and (len(text) > _LONG_TITLE or _two_sentences(text)))


def _two_sentences(text: str) -> bool:
    """Two sentences or more, the first closed after a word of three letters or more."""
    # (a stop before the line's last character first, by string search: most hold none)
    inner = text[:-1]
    return any(mark in inner for mark in _BREAK_MARKS) and _TOLD_BREAK.search(text) is not None


def never_title(text: str) -> bool:
    """Shaped like something else than a title, whatever its size.

    A list item ("* Otra noticia", "- Deportes"), a turn of dialogue or of an
    interview opened by a dash ("-¿Cuánto hay de usted en el libro?"), a table's row
    ("| Deportes | martes … |"), a line
    with no capital letter (a tag: "crisis diplomática"; not a count opening four words
    or more, "5 claves para entender …"), a photo's caption closed by
    its credit in brackets ("La canciller, en Berlín (Ana Soto / EFE)", "… en Lima.
    (Foto: Andina)").
    """
    # (each pattern read at the line's start is tried only on a line opening as it does:
    # a mark of its own, a digit, a lower-case letter, or past ASCII, where the patterns'
    # classes are left to them; most lines open with a capital)
    first = text[:1]
    ascii_first = first.isascii()
    return (
        (first in _ITEM_OPENERS and _ITEM_MARK.match(text) is not None)
        # a turn of dialogue or an item, never a title
        or (first in _DASH_OPENERS and _DASH_OPENED.match(text) is not None)
        # a ticker's entry: "10:32 Sismo en…"
        or ((not ascii_first or "0" <= first <= "9") and _TICKER_TIME.match(text) is not None)
        or text.endswith(_DASHES)  # a dateline over its paragraph: "ROMA, 13 Feb. (EFE) -"
        # (a line opening with an ASCII capital, most lines, holds one: no search)
        or (
            not "A" <= first <= "Z"
            and _CAPITAL.search(text) is None
            and _COUNTED_TITLE.match(text) is None
        )
        # a key of code or a tag: "node: 'X'"
        or ((not ascii_first or "a" <= first <= "z") and _LOWER_OPENING.match(text) is not None)
        or _captioned(text)
        or _whole_link(text)
    )


def _whole_link(text: str) -> bool:
    """A markdown link alone on its line, its label holding brackets of its own.

    ``[«Title» [VIDEO]](/section/slug)``: a teaser's link, however the brackets in its
    label hide it from the link pattern; a title linked to its own page is set as a
    heading (``## [Title](…)``) and read by its label.
    """
    if not text.startswith(("[", "![")) or not text.endswith(")"):
        return False
    cut = text.rfind("](")
    return cut > 0 and not any(c.isspace() for c in text[cut + 2 : -1])


def _captioned(text: str) -> bool:
    """A photo's caption, closed by its credit or opened by its photo's kind.

    "… en Lima. (Andina)", "… Archivo El Tiempo", "Imagen de archivo del ministro…".
    """
    # the credit closes the text: a match starts in its last _CREDIT_REACH characters, and
    # holds a closing bracket or a stop (a text with neither there holds none)
    start = max(0, len(text) - _CREDIT_REACH)
    tail = text[start:]
    return (
        (")" in tail or "." in tail or "?" in tail or "!" in tail or "…" in tail)
        and _CAPTION_CREDIT.search(text, start) is not None
    ) or (text[:1] in _CAPTION_FIRSTS and _CAPTION_OPENING.match(text) is not None)


def _short_title(text: str) -> bool:
    """Whether a label-sized line reads as a title.

    Three words or more, one a lower-case content word ("Sube el dólar"), where a
    section or menu label is a name or two ("Política", "Economía y Negocios", "En vivo").
    """
    words = text.split()
    return len(words) >= _MIN_SHORT_TITLE_WORDS and any(
        len(w) >= _MIN_CONTENT_WORD and w.isalpha() and w.islower() for w in words
    )


def _label(line: Line) -> bool:
    """A short label line: a section, a kicker, a menu entry ("Política", "En vivo")."""
    text = line.text
    return (
        line.kind in ("", "bare")
        and len(text) <= MAX_LABEL  # (before counting the words of a paragraph)
        and line.words <= _KICKER_WORDS
        and not text.endswith(_TERMINAL)
    )


def _menu_entry(line: Line) -> bool:
    """A label that does not read as a title: a section or menu entry ("Política")."""
    return _label(line) and not _short_title(line.text)


def _label_under(line: Line) -> bool:
    """A label under the title: a section or a topic ("Crisis en Oriente Medio").

    Up to five words, none of them a lower-case content word, not closed like a
    sentence: a name, where a deck says something.
    """
    return _label(line) or (
        line.kind == ""
        and line.words <= _SITE_WORDS
        and not closed(line.text)
        and not _short_title(line.text)
        and not line.text.startswith(DIALOGUE)
    )


def find_kicker(lines: Sequence[Line], h: int) -> Span | None:
    """The label the page sets right over headline ``h`` (antetítulo, volanta), if any.

    The line right over the title, short (up to six words), not closed like a sentence,
    opened by a capital, mostly words, neither the site's name (a masthead, a name beside
    a bar) nor a link, links glued together, a date or a byline; and not the last entry of
    a menu (a short line right
    under another, no blank line between). Markdown heading marks are left out. A
    kicker in capitals is a label, never a byline's names (even beside a date line):
    finding one sets that line's kind back from ``"bare"`` to plain text, so the passes
    after it do not read it as a byline.
    """
    if h <= 0:
        return None
    line = lines[h - 1]
    text = line.text
    if (
        line.kind not in ("", "bare")
        or line.role in (Role.COPY, Role.HEADLINE, Role.DECK)
        or line.words > _MAX_KICKER_WORDS
        or closed(text)
        or "](" in text
        or _GLUED_WORDS.search(text) is not None  # links glued: "TemasCorte Suprema"
        or 2 * sum(1 for w in text.split() if _LETTER.search(w)) <= line.words  # "EP 17 • 10:21"
        or _masthead(line)
        or (h > 1 and line.gap == 0 and _label(lines[h - 2]))
    ):
        return None
    mark = _H1.match(text) or _SUBHEADING.match(text)
    start = mark.end() if mark is not None else 0
    letter = _LETTER.search(text, start)
    if letter is None or letter.group().islower():
        return None
    if line.kind == "bare" and text.isupper():
        line.kind = ""  # a label in capitals ("CRÓNICAS DEL FÚTBOL"), not a byline's names
    return Span(line.start + start, line.end)


def _masthead(line: Line) -> bool:
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
    cut = _site_cut(line.text)
    return cut is not None and len(line.text[: cut.start()].split()) <= _KICKER_WORDS


def _header_between(
    lines: Sequence[Line], a: int, b: int, kinds: frozenset[str] = frozenset()
) -> bool:
    wanted = kinds or HEADER
    return any(lines[k].kind in wanted for k in range(a + 1, b))


def _told_apart(lines: Sequence[Line], h: int, c1: int, c2: int | None) -> bool | None:
    """Deck or not by what the line is, before the page's spacing: None when it does not tell.

    Not deck-shaped: no deck; the h2 under the h1, or a sentence over the header: the
    deck; a summary set without a full stop: the deck; the lead telling the title's news
    again: no deck.
    """
    first = lines[c1]
    if not _deck_shape(first.text):
        return False
    if _over_header(lines, h, c1) or _over_title_copy(lines, h, c1):
        return True
    if c2 is not None and _over_lead_image(lines, h, c1, c2):
        return True
    if c2 is not None and _open_summary(lines, h, c1, c2):
        return True
    if c2 is not None and _over_dateline(first, lines[c2]):
        return True
    if (
        c2 is not None
        and not _header_between(lines, h, c1, _META)  # (under the byline, the text has begun)
        and _lede_under(lines[h], first, lines[c2])
    ):
        return True
    if _lede_of(lines[h], first) and not _retold_below(lines, c1, _MOSTLY):
        return False  # the first paragraph, telling the title's news again
    return None


def _is_deck(lines: Sequence[Line], h: int, c1: int) -> bool:
    """Whether the first text line under the headline is the deck."""
    first = lines[c1]
    if first.words < _MIN_DECK_WORDS:
        return False  # a stamp or a label ("Actualizado: hace 2 horas"), not a summary
    c2 = _next_paragraph(lines, c1)
    captions = []
    while c2 is not None and (
        _over_credit(lines, c2)
        or (len(lines[c2].text) <= MAX_CAPTION and _captioned(lines[c2].text))
        or (_caption_line(lines, c2) and _next_paragraph(lines, c2) is not None)
        or (_over_agency(lines, c2) and _next_paragraph(lines, c2) is not None)
    ):
        captions.append(c2)
        c2 = _next_paragraph(lines, c2)  # the lead photo's caption (closed or not), over the text
    told = _told_apart(lines, h, c1, c2)
    if told is not None:
        return told
    if c2 is None:
        # nothing but furniture after it: a deck only if the byline or date follow it
        return not _header_between(lines, h, c1, _META) and _header_between(
            lines, c1, len(lines), _META
        )
    gap_after = lines[c1 + 1].gap
    body_gaps = _text_gaps(lines, c2 + 1, c2 + 12)
    if c2 != c1 + 1 and lines[c2 - 1].kind not in ("related", "counter"):
        body_gaps.append(lines[c2].gap)
    body_gap = int(_median(body_gaps)) if body_gaps else first.gap
    if _header_between(lines, h, c1, _META):
        # byline, date or share buttons above it: the body has begun, unless more of
        # them still stand between it and the text ("title, byline, deck, date, body")
        # or a wider gap than the body's own sets it apart from the text
        # (spaced like the body, it is the body's first paragraph, however short: a
        # deck-less page puts its lead right under the byline just so)
        if _credited_photo(lines, h, c1):
            return False  # the photo's caption over its agency's credit
        return (
            _meta_between(lines, c1, c2, captions)
            or _tags_between(lines, c1, c2)
            or (c2 == c1 + 1 and gap_after > (body_gap if len(body_gaps) > 1 else first.gap))
        )
    if _header_between(lines, c1, c2) or _tags_between(lines, c1, c2):
        return True
    if _header_between(lines, h, c1):
        return False  # a photo credit or player above it, nothing below: the body's start
    # (on a flat page under the title tag's text, "Title | Site" over "Title": a whole
    # page's dump, whose deck is read by its shape, as on a page that spaces nothing)
    unspaced = is_flat(lines) and h > 0 and lines[h - 1].text.startswith(lines[h].text)
    return _spaced_apart(lines, c1, c2, gap_after, body_gap, unspaced=unspaced)


def _tags_reach(lines: Sequence[Line], i: int) -> int:
    """The line after the next text line under line ``i`` (the tag list is no text line)."""
    following = next_text(lines, i)
    return len(lines) if following is None else following


def _tags_between(lines: Sequence[Line], c1: int, c2: int) -> bool:
    """Whether the page's tag list stands between lines ``c1`` and ``c2``.

    A template that sets the story's tags in its header ("Cultura , Feria 2025 , …", the
    tags' links joined by " , ": read as a line of furniture, kind ``"line"``) sets them
    under the deck, over the text: the sentence over the tags is the deck, whatever
    stands over it (the date, the photo's caption, a section's label).
    """
    return any(
        lines[k].kind == "line" and TAG_SEPARATOR in lines[k].text for k in range(c1 + 1, c2)
    )


def _meta_between(lines: Sequence[Line], c1: int, c2: int, captions: Sequence[int]) -> bool:
    """Whether a byline, a date or share buttons stand between lines ``c1`` and ``c2``.

    Not a photo's credit set right under its caption ("Pedro Soto / El Diario", read as
    a byline): the caption and its credit over the text close no header.
    """
    return any(
        lines[k].kind in _META and not (k - 1 in captions and lines[k].gap == 0)
        for k in range(c1 + 1, c2)
    )


def _over_title_copy(lines: Sequence[Line], h: int, c1: int) -> bool:
    """A sentence under the title over the title's copy, the text under that: the deck.

    A page that shows its header twice (a summary box, then the article: "Title", "The
    deck.", the photo and its caption, "Title", the text) sets the title again between
    the deck and the first paragraph; the lead is never over the title's copy.
    """
    head = key(lines[h])
    if not head or not sentence_line(lines[c1]):
        return False
    p = first_paragraph(lines, c1 + 1)
    if p is None or p - c1 > _TITLE_REACH:
        return False
    return any(key(lines[k]) == head for k in range(c1 + 1, p))


def _open_summary(lines: Sequence[Line], h: int, c1: int, c2: int) -> bool:
    """A summary under the title or its signature, not closed like a sentence, over the text.

    The article's paragraphs end with a full stop; a deck is often set without one
    ("Los vecinos denuncian la duración de las obras y piden más controles"): a line of
    eight words or more and up to 400 characters, right under the title or right under
    the byline, date or share buttons that follow it ("title, byline, date, deck, text":
    no photo, caption or other line between), not closed, no link, over a paragraph that
    is, is the deck, unless it sticks closer to the text under it than to the title (the
    text's first lines). (A live page's entry under its time stamp, "10:20", is no deck:
    the stamp is no header line.)
    """
    first, following = lines[c1], lines[c2]
    # (a stamp glued after its stop is the page's: "… del cabildo. marzo 3, 2024 | 18:40")
    told = first.text[: glued_stamp_at(first.text)]
    return (
        first.words >= _OPEN_DECK_WORDS
        and len(first.text) <= _OPEN_DECK_CHARS
        and not told.rstrip(CLOSERS).endswith(_TERMINAL)
        and "](" not in first.text  # (a link: a byline's, a related article's)
        and lines[c1 + 1].gap >= first.gap  # (closer to the text than to the title: its start)
        and (lines[c1 - 1].kind in _META or not _header_between(lines, h, c1))
        and not _header_between(lines, h, c1, _NOT_META)
        and sentence_line(following)
        and closed(following.text)
    )


def _over_lead_image(lines: Sequence[Line], h: int, c1: int, c2: int) -> bool:
    """Whether the article's lead image stands right under line ``c1``: the deck.

    Templates set the title, the deck, the lead image, then the text; a page without a
    deck sets its lead image over the first paragraph, not under it. A sentence right
    under the title (no byline or date between: under those, the text may have begun),
    with the image's own line right under it (its file's name, "vecinos-plaza.jpg", or a
    markdown image) and the text further down, is the deck, even when it tells the
    title's news again. (A credit, a player or a call between the first paragraphs is no
    image's line: the text may set those under its lead.)
    """
    media = lines[c1 + 1]
    return (
        c2 > c1 + 1
        and media.kind == "media"
        and _IMAGE_END.search(media.text) is not None
        and sentence_line(lines[c1])
        and not _header_between(lines, h, c1, _META)
    )


def _over_dateline(first: Line, following: Line) -> bool:
    """Whether ``first`` is a sentence over the paragraph its dateline opens: the deck.

    The wire's and many papers' first paragraph opens with the place and date it was
    filed from ("SANTIAGO.– …", "Lima, 4 may (EFE) …", "TOLUCA, Méx., 2 de junio de
    2023.- …"): the story starts there, and a sentence right over it, under the title,
    is the summary set apart from it.
    """
    return (
        first.words >= _SENTENCE_WORDS
        and _OPENING_DATELINE.match(following.text) is not None
        and sentence_line(following)
    )


def _lede_under(title: Line, first: Line, following: Line) -> bool:
    """Whether ``first`` adds to the title while the paragraph under it tells its news again.

    The lead tells the whole news, the title's words again (:func:`_lede_of`); a deck
    adds what the title left out and seldom repeats its words. A sentence of up to 400
    characters that says under a third of the title's content words, over the paragraph
    that is the lead, is the deck however the page spaces or heads it.
    """
    if not (sentence_line(first) and len(first.text) <= _OPEN_DECK_CHARS):
        return False
    said = content_words(title.text)
    again = said & content_words(first.text)
    return _TITLE_SHARE_BASE * len(again) < _TITLE_SHARE * len(said) and _lede_of(title, following)


def _credited_photo(lines: Sequence[Line], h: int, c1: int) -> bool:
    """Whether line ``c1``, under the byline, sits right over a credit alone ("EFE").

    The page has signed already (a byline above): a desk or agency alone on the next
    line, no blank line between (or no wider apart than ``c1`` from the line over it, a
    blank line at most: a renderer that doubles every break), credits the photo that
    ``c1`` captions.
    """
    if c1 + 1 >= len(lines) or lines[c1 + 1].gap > min(lines[c1].gap, 1):
        return False
    credit = lines[c1 + 1].byline
    return (
        credit is not None
        and not credit.authors
        and credit.credit is not None
        and any(lines[k].kind == "byline" for k in range(h + 1, c1))
    )


def _lede_of(title: Line, first: Line) -> bool:
    """Whether ``first``, a sentence under the title, is the lead that tells its news again.

    A deck adds to the title what it left out (it seldom repeats its words); the first
    paragraph of a deck-less page tells the whole news, the title's words again: three
    fifths of the title's content words or more (three at least), in a line closed like a
    sentence, is the lead, whatever the spacing.
    """
    said = content_words(title.text)
    if len(said) < _MIN_LEDE_WORDS or not closed(first.text):
        return False
    again = said & content_words(first.text)
    return len(again) >= _MIN_LEDE_WORDS and _LEDE_BASE * len(again) >= _LEDE_SHARE * len(said)


def _spaced_apart(  # noqa: PLR0913
    lines: Sequence[Line],
    c1: int,
    c2: int,
    gap_after: int,
    body_gap: int,
    *,
    unspaced: bool = False,
) -> bool:
    """With no header furniture to tell: the deck by the page's spacing and its size.

    Or by what it says: a summary the first paragraph under it retells. ``unspaced``: the
    blank lines were read off a flat page (:mod:`noticiaparse._layout.flat`), and say
    nothing of the deck: it is read by its shape, as on a page that spaces nothing.
    """
    first = lines[c1]
    if gap_after > body_gap or _retold_below(lines, c1):
        return True
    if gap_after < first.gap:
        return False  # closer to the text under it than to the headline: the body's start
    if first.words < _OPEN_DECK_WORDS and closed(first.text):
        return False  # "El cierre durará tres días.": a one-line first paragraph, no summary
    if body_gap > 0 and not unspaced:
        # the page spaces its paragraphs and did not set this one apart: only a line far
        # shorter than the paragraphs after it is still a deck (on a flat page, whose
        # spacing was read off its lines, a summary of a short line's size too)
        return (is_flat(lines) and len(first.text) <= _FLAT_DECK) or _far_shorter(
            first, lines[c2 : c2 + 12]
        )
    return _deck_shaped(first, lines[c2]) and not _longer_than_text(first, lines[c2 : c2 + 12])


def _signed_opening(text: str) -> bool:
    """Whether the line opens with a byline, counters or a date glued after it.

    "Por Redacción El Litoral 3 - 14 Marzo, 2019 0 12": what stands before the first
    digit reads as a byline with its lead ("Por primera vez, …" does not).
    """
    digit = _DIGIT.search(text)
    if digit is None or not text[:1].isupper():
        return False
    head = text[: digit.start()].strip(" -|–—·,")
    byline = read_byline(head) if head else None
    return byline is not None and not byline.bare


def _retold_below(lines: Sequence[Line], c1: int, share: tuple[int, int] | None = None) -> bool:
    """Whether the first paragraph under line ``c1`` retells it: ``c1`` is a summary.

    A deck (bajada) sums up what the lead then tells: a third or more of its content
    words (four letters or more, not function words) come again in the first paragraph
    under it; a deck-less page's second paragraph goes on to new facts. Only a whole
    sentence of up to 300 characters is read so (nothing else on the page tells).
    """
    first = lines[c1]
    if not (sentence_line(first) and closed(first.text)) or len(first.text) > _SHORT_DECK_SPACED:
        return False
    p = first_paragraph(lines, c1 + 1)
    if p is None or p - c1 > _MAX_DECK_LINES + 1:
        return False
    said = content_words(first.text)
    if len(said) < _MIN_SUMMARY_WORDS:
        return False
    again = said & content_words(lines[p].text)
    part, whole = share or (_RETOLD_SHARE, _RETOLD_SHARE_BASE)
    return whole * len(again) >= part * len(said)


def content_words(text: str) -> frozenset[str]:
    """The content words of ``text``, folded: four letters or more, no function word."""
    return folded_content_words(fold(text))


def folded_content_words(folded: str) -> frozenset[str]:
    """:func:`content_words` of a text whose :func:`fold` is ``folded`` (a line's, kept)."""
    if folded.isascii():  # (most folds: ``_WORD``'s runs of that size, found by ``re``)
        return frozenset(_ASCII_CONTENT_WORD.findall(folded)) - folded_lines("stopwords.txt")
    words = (w for w in _WORD.findall(folded) if len(w) >= _MIN_CONTENT_WORD)
    return frozenset(words) - folded_lines("stopwords.txt")


def content_stems(text: str) -> frozenset[str]:
    """The stems of ``text``'s content words (:func:`stem`): a title retold in other forms."""
    return folded_content_stems(fold(text))


def folded_content_stems(folded: str) -> frozenset[str]:
    """:func:`content_stems` of a text whose :func:`fold` is ``folded`` (a line's, kept)."""
    # (a word two letters longer than a stem keeps a stem's size past its two cuts: its
    # stem is its opening, taken without a call; only shorter words are cut by :func:`stem`)
    words = folded_content_words(folded)
    return frozenset({word[:_STEM] if len(word) >= _LONG_STEMMED else stem(word) for word in words})


def stem(word: str) -> str:
    """A folded content word without its inflection's end, at most six letters.

    A title says "presupuesto", "región", "heridos" where the text says "presupuestos",
    "regional", "herida": a plural's "s" and a final "a", "e" or "o" go, then the rest is
    cut to six letters ("presup", "region", "herid").

    Examples:
        >>> [stem(w) for w in ("presupuestos", "regional", "region", "heridos", "herida")]
        ['presup', 'region', 'region', 'herid', 'herid']
    """
    if len(word) > _MIN_CONTENT_WORD and word.endswith("s"):
        word = word[:-1]
    if len(word) > _MIN_CONTENT_WORD and word.endswith(("a", "e", "o")):
        word = word[:-1]
    return word[:_STEM]


#: A content word's size of ``_WORD`` in an ASCII text, where ``\w`` is [A-Za-z0-9_].
_ASCII_CONTENT_WORD = re.compile(rf"[A-Za-z0-9_]{{{_MIN_CONTENT_WORD},}}")


def _deck_shape(text: str) -> bool:
    """Deck-sized, not a question of an interview nor a label, opened by a capital.

    Not a paragraph opened by its dateline either, nor an editor's note in brackets.

    (A line opened by a lower-case letter is script code, "v: 'x',", or a tag.)
    """
    if len(text) > _MAX_DECK or text.startswith(DIALOGUE) or text.endswith(":"):
        return False
    if _editor_note(text):
        return False  # an editor's note in brackets: "(Actualiza con la reacción del …)"
    if _OPENING_DATELINE.match(text) is not None:
        return False  # "SANTIAGO.– …", "Lima, 4 may (EFE) …": the body's first paragraph
    if _captioned(text):
        return False  # a photo's caption with its credit
    if _signed_opening(text):
        return False  # "Por Redacción El Litoral 3 - 14 Marzo, 2019": a byline
    if dated_stamp(text):
        return False  # "Ciudad de México / 12.03.2024 10:31": a place and its date
    letter = _LETTER.search(text)
    return letter is not None and not letter.group().islower()


def dated_stamp(text: str) -> bool:
    """Whether a short line holds a date in figures: the page's stamp, never a summary.

    "Ciudad de México / 12.03.2024 10:31:00", "Redacción Regiones / 12.03.2024 / Lima":
    a place, a desk and a date written in figures (day, month and year), under ten
    words; a deck writes its dates in words, when it gives one ("el 12 de marzo"). Or
    names in Title Case (a place's, a person's) and the date in words after them, its
    time perhaps, and nothing else: "San Pedro Sula 3 de julio de 2024" (a deck is a
    sentence: it says what happened before any date).

    Examples:
        >>> dated_stamp("Ciudad de México / 12.03.2024 10:31:00")
        True
        >>> dated_stamp("El Gobierno subirá el salario mínimo en un 8% desde julio de 2024")
        False
        >>> dated_stamp("San Pedro Sula 3 de julio de 2024")
        True
        >>> dated_stamp("Votarán el 3 de julio de 2024")
        False
    """
    if len(text.split()) >= _STAMP_WORDS:
        return False
    if _FIGURE_DATE.search(text) is not None:
        return True
    named = _named_date().fullmatch(text.strip()) if has_digit(text) else None
    return named is not None and fold(named["month"]) in _month_names()


@functools.cache
def _month_names() -> frozenset[str]:
    """The months' names and abbreviations, folded (lexicon ``months.tsv``)."""
    return frozenset(fold(row.split("\t", 1)[0]) for row in lexicon_lines("months.tsv"))


def _over_header(lines: Sequence[Line], h: int, c1: int) -> bool:
    """A sentence right under the title, the byline or date between it and the text.

    Title, deck, then the header (share buttons, the photo and its caption, a related
    link, the byline, the date), then the first paragraph: the line under the title is
    the deck when the header stands between it and the text and no sentence does. (Or
    the h2 right under the title's h1.)
    """
    if _SUBHEADING.match(lines[c1].text) and _H1.match(lines[h].text):
        return True  # the h2 under the h1, as a renderer that keeps headings marks them
    if _header_between(lines, h, c1) or lines[c1].words < _SENTENCE_WORDS:
        return False
    p = first_paragraph(lines, c1 + 1)
    if p is None or p - c1 > _TITLE_REACH or not _header_between(lines, c1, p, _META):
        return False
    # (the lead photo's caption is header furniture, though it reads as a sentence)
    return not any(
        sentence_line(lines[k]) and not _caption_line(lines, k) for k in range(c1 + 1, p)
    )


def _text_gaps(lines: Sequence[Line], start: int, end: int) -> list[int]:
    """The gaps before lines ``start:end``, leaving out related-article blocks.

    A headline/counter pair sits on single line breaks whatever the body's spacing: its
    gaps say nothing about how the page spaces its paragraphs; nor do the share buttons
    and the next-article links under a short article's last paragraph.
    """
    return [
        lines[i].gap
        for i in range(start, min(end, len(lines)))
        if lines[i].kind not in _UNSPACED and not _in_related(lines, i)
    ]


def _in_related(lines: Sequence[Line], i: int) -> bool:
    """Whether line ``i`` is a headline of a related block (after its label or a counter)."""
    before = lines[i - 1].kind if i > 0 else ""
    after = lines[i + 1].kind if i + 1 < len(lines) else ""
    return before in ("related", "counter") or after == "counter"


def _next_paragraph(lines: Sequence[Line], i: int) -> int | None:
    """The next text line after ``i`` that is not a related block's headline.

    Nor a box's headline under its label ("Te puede interesar"). When only related
    headlines follow, the first of them (read as text).
    """
    first = j = next_text(lines, i)
    while j is not None and (_in_related(lines, j) or _under_widget_label(lines, j)):
        j = next_text(lines, j)
    return first if j is None else j


def _median(values: Sequence[int]) -> float:
    """The median of ``values`` (not empty), as ``statistics.median`` gives it.

    (Written out here: importing ``statistics`` costs a fresh process's first parse
    several milliseconds.)

    Examples:
        >>> _median([3, 1, 2]), _median([4, 1, 2, 3])
        (2, 2.5)
    """
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


def _far_shorter(first: Line, following: Sequence[Line]) -> bool:
    sizes = [len(ln.text) for ln in following if ln.kind == "" and ln.role is Role.NONE][:5]
    size = len(first.text)
    if not sizes:
        return False
    median = _median(sizes)
    # a short line half the size of the paragraphs, or a summary a fraction of them
    return (size <= _SHORT_DECK_SPACED and 2 * size <= median) or (
        size <= _LONG_DECK and _LONG_DECK_RATIO * size <= median
    )


def _longer_than_text(first: Line, following: Sequence[Line]) -> bool:
    """Whether a sentence is longer than the paragraph under it: the lead, not a deck.

    A deck sums the story up in fewer words than the lead that tells it; a closed
    sentence of a paragraph's size (120 characters or more), one sentence as the lead
    is, longer than the text's next paragraph (the first closed sentence line under it)
    is the lead of a page that set no deck.
    """
    lead = next(
        (ln for ln in following if ln.role is Role.NONE and sentence_line(ln) and closed(ln.text)),
        None,
    )
    return (
        lead is not None
        and closed(first.text)
        and len(first.text) >= _PARAGRAPH
        and len(first.text) > len(lead.text)
        and _SENTENCE_BREAK.search(first.text) is None
    )


def _deck_shaped(first: Line, second: Line) -> bool:
    """With nothing on the page to tell: a short summary, or one far shorter than what follows."""
    size = len(first.text)
    return size <= _SHORT_DECK or 3 * size <= len(second.text)


def caption_under_deck(lines: Sequence[Line], deck_index: int) -> None:
    """A short line not closed like a sentence between the deck and the first paragraph.

    Under the deck and over the text stands the lead photo: its caption, credit or not,
    is furniture (an intertitle never opens the body). A caption closed by the photo's
    kind ("La jueza, en una imagen de archivo.") is furniture too, and the line under it
    is read the same way; so is one right over its agency's credit alone ("… en Lima."
    over "EFE") or over its own copy with the credit, with text under them. A box's
    headlines under their label between the deck and the photo are passed over.
    """
    c1 = next_text(lines, deck_index)
    while c1 is not None and _under_widget_label(lines, c1):
        c1 = next_text(lines, c1)  # ("Lo más visto" and its list, over the lead photo)
    if (
        c1 is not None
        and lines[c1].kind == ""
        and (
            _ARCHIVE_CAPTION.fullmatch(lines[c1].text)
            or _over_agency(lines, c1)
            or _over_credited_copy(lines, c1)
        )
        and next_text(lines, c1) is not None
    ):
        lines[c1].role = Role.FURNITURE
        c1 = next_text(lines, c1)  # (the short line under it: a place, a credit)
    if c1 is None:
        return
    c2 = next_text(lines, c1)
    first = lines[c1]
    if (
        c2 is not None
        and first.kind == ""
        and len(first.text) <= MAX_CAPTION
        and not first.text.rstrip(CLOSERS).endswith(STOPS)
        and not first.text.startswith(DIALOGUE)
        and lines[c2].text.rstrip(CLOSERS).endswith(STOPS)
        and len(lines[c2].text) > len(first.text)
    ):
        first.role = Role.FURNITURE


def unglue(lines: Sequence[Line], h: int, headline: str) -> None:
    """A line under the headline that repeats it glued to more text keeps only the rest.

    "Title | Site" over "Title The deck's first sentence…": the h1 and the deck were
    joined by the scrape; the title is already the headline, the rest is the next line.
    """
    c1 = next_text(lines, h)
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


@functools.cache
def _openers() -> frozenset[str]:
    return frozenset(fold(entry) for entry in lexicon_lines("sentence_openers.txt"))


def _glued_title_end(text: str) -> int | None:
    """Where a title glued to the text after it by one space ends, if anywhere.

    The cut is a wire dateline ("… costa norte Tegucigalpa, 14 mar (Prensa Latina) La…":
    a place, a comma, a day and a month, the agency in brackets), else an interview's
    opening dash ("… puntajes -¿Qué explica…?"), else the
    first capitalised word that opens a sentence ("El", "Tras",
    "Según", lexicon ``sentence_openers.txt``) after a lower-case word or a closing
    mark, an article counting only before a lower-case word ("La ciudad", never
    "La Moneda"), with a title of at least four words before it.
    """
    dateline = _glued_dateline(text)
    if dateline is not None and len(text[:dateline].split()) >= _MIN_TITLE_WORDS:
        return dateline  # a wire dateline: "Title Lima, 4 may (EFE) El…"
    dialogue = _glued_dialogue().search(text, 0, min(len(text), MAX_HEADLINE))
    if dialogue is not None and len(text[: dialogue.start()].split()) >= _MIN_TITLE_WORDS:
        return dialogue.start()  # an interview's first question: "Title -¿Qué…?"
    for match in _glue().finditer(text, 0, min(len(text), MAX_HEADLINE)):
        word = fold(match.group(1))
        if word not in _openers():
            continue
        after = match.group(2) or ""
        if word in layout_words("opener_article") and not after[:1].islower():
            continue
        if len(text[: match.start()].split()) >= _MIN_TITLE_WORDS:
            return match.start()
    return None


def _glued_dateline(text: str) -> int | None:
    """Where a wire dateline glued after a title starts: its place (up to two words)."""
    date = _dateline_date().search(text, 0, min(len(text), MAX_HEADLINE))
    if date is None:
        return None
    place = _dateline_place().search(text, 0, date.start())
    return None if place is None else place.start()


def _split_glued_title(lines: list[Line], found: Title | None) -> bool:
    """Cut a line into a title and the text glued after it, if it is one.

    Only for a page with no title of its own: the line taken for the title closed
    like a sentence, or, with none taken, the first text line.
    """
    first = (
        found[0]
        if found is not None
        else next((i for i, ln in enumerate(lines[:TOP]) if is_text(ln)), None)
    )
    if first is None:
        return False
    line = lines[first]
    cut = _glued_title_end(line.text)
    if cut is None:
        return False
    rest = line.text[cut:]
    skip = cut + len(rest) - len(rest.lstrip())
    title = Line(line.start, line.start + cut, line.gap, line.text[:cut])
    body = Line(line.start + skip, line.end, 0, line.text[skip:])
    lines[first : first + 1] = [title, body]
    return True


def title_copies(
    lines: Sequence[Line], h: int, head_key: str | None
) -> tuple[int | None, int | None]:
    """Copies of the headline right under it: the first is the deck repeating it.

    Not a copy under the byline or the date: the deck stands between the title and its
    signature, and a page that shows its header twice sets the title again under the
    byline, where the article's own block starts ("Title", "Por Ana Soto", "Title", the
    text): that copy is the title's, no deck.

    Returns the deck's index (or ``None``) and the first text line after the copies.
    """
    c1 = next_text(lines, h) if h >= 0 else None
    if c1 is None or not head_key or key(lines[c1]) != head_key:
        return None, c1
    deck_index: int | None = c1
    if any(lines[k].kind in _CLOSING_META for k in range(h + 1, c1)):
        lines[c1].role = Role.COPY  # (the title again under its signature)
        deck_index = None
    else:
        lines[c1].role = Role.DECK
    c1 = next_text(lines, c1)
    for _ in range(_MAX_COPIES):
        if c1 is None or key(lines[c1]) != head_key:
            break
        lines[c1].role = Role.COPY
        c1 = next_text(lines, c1)
    return deck_index, c1


def front_matter(
    lines: list[Line],
) -> tuple[Title, int | None] | None:
    """A metadata block at the top ("---", "title: …", "author: …", "---").

    Some extractors write one: its title is the headline, its description the deck,
    its author the byline and its date the publication line; every other line of it is
    furniture. Returns the title's line and span and the description's line, or ``None``.
    """
    fields = _fields(lines)
    if "title" not in fields:
        return None
    site = None
    if "sitename" in fields:  # (the site's name, as the title tag may end with it)
        i, start, end = fields["sitename"]
        site = lines[i].text[start:end].strip(" \"'")
    for name, (i, start, end) in fields.items():
        _read_field(lines[i], name, Span(start, end), site)
    title = fields["title"][0]
    description = fields["description"][0] if "description" in fields else None
    # the text under the block may set the title and deck as the page does (the h1,
    # quotes and all, where the title field is the title tag with the site's name)
    after = next_text(lines, max(i for i, _, _ in fields.values()))
    if after is not None and _retold(lines[after].text, lines[title].text, prefix=True):
        lines[title].role = Role.FURNITURE
        title = after
        under = next_text(lines, after)
        if (
            description is not None
            and under is not None
            and _retold(lines[under].text, lines[description].text, prefix=False)
        ):
            lines[description].role = Role.FURNITURE
            description = under
    return (title, lines[title].span), _own_description(lines, description)


#: The content words a description says at least, for a line to retell it as the deck.
_DECK_FIELD_WORDS = 4


def _own_description(lines: Sequence[Line], description: int | None) -> int | None:
    """The description, unless it is an excerpt of the text (then furniture).

    The text under the block may open with the description whole on its line (the page
    sets its deck there, under no title copy), or worded more fully (:func:`_deck_retold`):
    that line is the deck, the field furniture.
    """
    if description is None:
        return None
    below = next_text(lines, max(description, _block_end(lines)))
    if (
        below is not None
        and below != description
        and len(lines[description].text) >= _MIN_RETOLD
        and (
            _letters(lines[below].text) == _letters(lines[description].text)
            or _deck_retold(lines[below].text, lines[description].text)
        )
        and next_text(lines, below) is not None
    ):
        lines[description].role = Role.FURNITURE
        return below
    if not _excerpt(lines, description):
        return description
    lines[description].role = Role.FURNITURE
    return None


def _deck_retold(text: str, field: str) -> bool:
    """Whether ``text`` is the page's own setting of the description ``field``: its deck.

    Set without a stop as decks are (the text's paragraphs close theirs), up to 400
    characters, and saying three quarters of the field's content words or more (four at
    least): the page words its deck more fully than the description it gives.
    """
    if closed(text) or len(text) > _OPEN_DECK_CHARS:
        return False
    said = content_words(field)
    return len(said) >= _DECK_FIELD_WORDS and 4 * len(said & content_words(text)) >= 3 * len(said)


def _excerpt(lines: Sequence[Line], description: int) -> bool:
    """Whether the description is the opening of the text under it, cut ("… al ex número do...").

    A site that writes no deck fills the field with the first paragraph's first words: that
    is no deck (the deck is never the first paragraph).
    """
    below = next_text(lines, max(description, _block_end(lines)))
    if below is None:
        return False
    field = _letters(lines[description].text)
    return len(field) >= _MIN_RETOLD and _letters(lines[below].text).startswith(field)


def _block_end(lines: Sequence[Line]) -> int:
    """The metadata block's closing fence (its index), or 0."""
    return next((i for i in range(1, min(len(lines), TOP)) if lines[i].text == _FENCE), 0)


def _read_field(line: Line, name: str, value_span: Span, site: str | None = None) -> None:
    """Read one field of a metadata block: the author's byline, the date, the title.

    The title field leaves out the site's name after a bar, however long the title, when
    the block names that site (``site``: its ``sitename`` field).
    """
    start, end = value_span
    value = line.text[start:end]
    if name == "author":
        byline = read_byline(value)
        if byline is not None:
            line.kind, line.byline = "byline", byline
    elif name == "date":
        line.date = read_date_line(value)
        if line.date is not None:
            line.kind, line.date_span = "date", Span(line.start + start, line.start + end)
    elif name in ("title", "description"):
        if name == "title":
            value = _without_site(value, site)  # "Title | Site"
        line.start, line.end, line.text = line.start + start, line.start + start + len(value), value
        line.role = Role.NONE


def _without_site(title: str, site: str | None = None) -> str:
    """A title field without the site's name after a bar ("Title | La Prensa")."""
    if site:
        for mark in _SITE_MARKS:
            if title.endswith(mark + site) and len(title) > len(mark + site):
                return title[: -len(mark + site)].rstrip()
    cut = _site_prefix(title)
    return title if cut is None else title[:cut].rstrip()


#: What sets a site's name after the title in a title tag.
_SITE_MARKS = (" | ", " - ", " – ", " — ", " · ")


def _retold(text: str, field: str, *, prefix: bool) -> bool:
    """Whether a line says a field's words again: its start (``prefix``) or inside it.

    Only letters and digits are compared ("el 'vistalegricidio'" retells "el
    vistalegricidio"); a line of half the field or more, or of twenty characters.
    """
    line, value = _letters(text), _letters(field)
    if prefix:
        return bool(line) and 2 * len(line) >= len(value) and value.startswith(line)
    return len(line) >= _MIN_RETOLD and line in value


def _letters(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum())


def _fields(lines: list[Line]) -> dict[str, tuple[int, int, int]]:
    """The fields of a metadata block at the top: name to line and value's span in it.

    The block's lines are made furniture.
    """
    if lines[0].text != _FENCE:
        return {}
    close = next((i for i in range(1, min(len(lines), TOP)) if lines[i].text == _FENCE), None)
    if close is None:
        return {}
    matches = [_field().fullmatch(ln.text) for ln in lines[1:close]]
    fields: dict[str, tuple[int, int, int]] = {}
    for i, match in enumerate(matches, 1):
        if match is None:
            return {}
        fields.setdefault(match["key"], (i, *match.span("value")))
    for line in lines[: close + 1]:
        line.role = Role.FURNITURE
    return fields


def find_headline(lines: list[Line]) -> Title | None:
    """The headline's line and span: the h1 a renderer marks, else read from the page."""
    _join_split_title(lines)
    found = _marked_title(lines)
    if found is None:
        found = _headline(lines)
        if _untitled(lines, found) and _split_glued_title(lines, found):
            found = _headline(lines)
        found = _title_over_text(lines, found)
        if found is None:
            found = _short_title_over_header(lines) or _short_title_repeated(lines)
        if found is None:  # (nothing but a block shown twice: its line, as a last resort)
            found = _title_over_text(lines, _headline(lines, twice=True), twice=True)
        if found is None:
            found = _title_over_credit(lines)
    return None if found is None else _without_glued(lines, _without_h1_mark(lines, found))


def _title_over_credit(lines: list[Line]) -> Title | None:
    """The title read as a photo's caption because the lead photo's credit stands under it.

    "Title" over "Foto: Andina" with no blank line between (a renderer that breaks every
    line once) reads as a caption over its credit; with no other title on the page, the
    first such line over the text that is shaped like a title (four words or more, not
    closed like a sentence) is the title.
    """
    p = first_paragraph(lines, 0)
    for i in range(min(TOP, len(lines) if p is None else p)):
        line = lines[i]
        if (
            line.kind == "caption"
            and line.role is Role.NONE
            and not closed(line.text)
            and _worded_title(line)
        ):
            line.kind = ""
            return i, line.span
    return None


def _without_glued(lines: Sequence[Line], found: Title) -> Title:
    """The headline without the furniture a renderer glued to it on its line.

    A section's name glued before it with no space ("EconomíaEl Banco …": one capitalised
    word, then a capital opening a sentence, lexicon ``sentence_openers.txt``), a
    publication date before or after it ("05/12/2024 10:31 Title", "Title 05/12/2024"),
    a byline after it ("Title Por Ana Ruiz": a title writes "por" in lower case, unless it
    capitalises every word), a date line after it in words, perhaps with its cue ("Title
    12 de diciembre de 2023", "Title Actualizado: 12/12/2023"), share buttons after it
    (two or more: "Title Compartir Facebook Twitter"): the
    title is what is left, four words or more. A date after a word no title ends with
    ("… del sorteo del 05/12/2024") is the title's own. Emphasis marks around the whole
    title ("**Title**") are left out too.
    """
    i, (start, end) = found
    line = lines[i]
    text = line.text[start - line.start : end - line.start]
    bare = unemphasised(text, 0, len(text))
    if bare != (0, len(text)):  # "**Title**": the emphasis is the page's setting
        return i, Span(start + bare[0], start + bare[1])
    head = _glued_head(text)
    tail = len(text)
    after = _GLUED_DATE_AFTER.search(text)
    if after is None and not _title_case(text):  # ("… Marcha Por La Paz": its own words)
        after = _GLUED_BYLINE_AFTER.search(text)
    cuts = [c for c in (after.start() if after is not None else None, _glued_tail(text)) if c]
    cut = min(cuts) if cuts else None
    last = text[:cut].split()[-1:] if cut is not None else []
    if cut is not None and not (last and fold(last[0]) in layout_words("open_end")):
        tail = cut  # (not "… del sorteo del 05/12/2024": the date is the title's)
    site_head, site_tail = _glued_site(lines, i, text[head:tail])
    head, tail = head + site_head, head + site_tail
    if len(text[head:tail].split()) < _MIN_TITLE_WORDS or (head, tail) == (0, len(text)):
        return found
    return i, Span(start + head, start + tail)


def _glued_site(lines: Sequence[Line], i: int, text: str) -> tuple[int, int]:
    """The title ``text`` on line ``i`` without the site's name glued to it: its bounds.

    The site's name is a short name the page sets on its own line above the title (the
    masthead, among the forty lines over it: up to five words, each capitalised or a
    particle). Glued after the title,
    with a space or none ("… nocturno El Diario", "… nocturnoEl Diario"; not after a
    word no title ends with: "… en El Salvador" is the title's), or before it with no
    space ("El DiarioAlcaldía …"), it is left out. Glued, the name keeps its capital: a
    title that ends with a menu entry's word in lower case ("… en las elecciones
    regionales" under "Regionales") ends with its own word.
    """
    head, tail = 0, len(text)
    for line in lines[max(i - TOP, 0) : i]:  # (the masthead stands near the title)
        name = line.text
        if not (
            _MIN_TITLE_CHARS <= len(name) <= MAX_LABEL
            and len(name) < len(text)
            and line.words <= _SITE_WORDS
            and _name_shaped(name)
        ):
            continue
        size = len(name)
        # (the capital first: a fold only where the name may stand)
        if tail == len(text) and text[-size:][:1].isupper() and fold(text[-size:]) == fold(name):
            before = text[:-size]
            glued = before[-1:].isalpha() and name[:1].isupper()
            words = before.split()
            if (
                (glued or before.endswith(" "))
                and words
                and (fold(words[-1]) not in layout_words("open_end"))
            ):
                tail = len(before.rstrip(_GLUED_MARKS))
        elif head == 0 and text[size : size + 1].isupper() and fold(text[:size]) == fold(name):
            head = size  # ("El DiarioAlcaldía …": glued with no space)
    return head, tail


def _glued_starts(text: str) -> list[int]:
    """Where :data:`_GLUED_START` matches in ``text``, in order: word starts, glued starts.

    A glued start is a capital right after a digit ("…2024Alcaldía") or a digit right
    after a lower-case letter ("…nocturno3"): each at one end of a run of digits, so
    only a text with a digit has any (:func:`~noticiaparse._text.gates.has_digit`), and
    never a word's start too (a word opens after a space). ``tests/test_hostile_costs.py``
    checks them against the pattern.
    """
    starts = [m.start() for m in _SPACELESS_RUN.finditer(text)]
    if not has_digit(text):
        return starts
    glued = []
    for run in _DIGIT_RUN.finditer(text):
        first, end = run.span()
        if first and _LOWER.match(text, first - 1) is not None:
            glued.append(first)
        if _UPPER.match(text, end) is not None:
            glued.append(end)
    return sorted({*starts, *glued}) if glued else starts


def _glued_tail(text: str) -> int | None:
    """Where a date line or share buttons glued after a title start, if they do.

    The longest run of the line's last words (up to ten) that reads as a date line
    (:func:`~noticiaparse._layout.published.read_date_line`, a cue and all:
    "Actualizado: 12/12/2023", "martes 12 de diciembre de 2023 10:31"; not after a
    preposition, "… del 14 de agosto de 2023": the title's own date), else the last
    words that are each a share button ("Compartir", "Facebook"), two at least.
    """
    starts = _glued_starts(text)
    found, start = _date_tail(text, starts)
    if found:
        return start
    for start in starts[-_GLUED_STAMP_WORDS:]:
        if is_stamp(text[start:]):
            return start  # a relative stamp: "Title Hace 3 horas"
    buttons = 0
    for start in reversed(starts):
        if furniture_kind(text[start:].split(maxsplit=1)[0]) != "share":
            break
        buttons += 1
    if buttons < _MIN_GLUED_BUTTONS:
        return None
    return starts[-buttons]


def _date_tail(text: str, starts: Sequence[int]) -> tuple[bool, int | None]:
    """Whether a date line closes ``text`` (its last ten words), and where it starts.

    The start is ``None`` when the date is the title's own, after a preposition.
    """
    for start in starts[-_GLUED_TAIL_WORDS:]:
        if _YEAR_WORD.match(text, start) is None:  # (a title's year: "… para 2024")
            tail = text[start:]
            if not has_digit(tail):
                break  # no date line without a digit: nor in any shorter tail after it
            date = read_date_line(tail)
            if date is not None and date.value is not None:
                first = fold(text[start:].split(maxsplit=1)[0])
                return True, None if first in layout_words("open_end") else start
    return False, None


def _store_date(text: str) -> int | None:
    """Where the title starts past a web store's date field before it, if one is."""
    keyed = _STORE_DATE_BEFORE.match(text) if "-" in text[:_STORE_DATE_REACH] else None
    return keyed.end() if keyed is not None and is_date_cue(keyed["key"]) else None


def _date_head(text: str) -> int | None:
    """Where the title starts past a date glued before it, if one is.

    Also past a web store's date field, which it writes before the page's title on the
    first line: " date 2019-12-15 Title", " Fecha 2019-12 Title" (a publication cue, an
    ISO date, the day lost or not).
    """
    date = _GLUED_DATE_BEFORE.match(text)
    if date is not None:
        return date.end()
    stored = _store_date(text)
    if stored is not None:
        return stored
    if text[:1].isalnum() and _DIGIT.search(text, 0, _GLUED_HEAD_CHARS) is not None:
        starts = _glued_starts(text[:_GLUED_HEAD_CHARS])
        for start in reversed(starts[1 : _GLUED_TAIL_WORDS + 1]):
            head = text[:start].rstrip(_GLUED_MARKS)
            if (
                _TITLE_OPENING.match(text, start) is not None
                and _DIGIT.search(head) is not None
                and (date_line := read_date_line(head)) is not None
                and date_line.value is not None
            ):
                return start
    return None


def glued_date(text: str) -> Span | None:
    """The publication date a renderer glued to the title on its line, offsets in ``text``.

    What :func:`find_headline` leaves out of a headline line as a date before or after
    the title ("3 de abril de 2024 | Title", "Title 03/04/2024"), four words of title or
    more left; ``None`` when there is none.

    Examples:
        >>> text = "Sube el precio del pan 03/04/2024 10:15"
        >>> text[slice(*glued_date(text))]
        '03/04/2024 10:15'
    """
    head = _date_head(text)
    if head is not None:
        if len(text[head:].split()) >= _MIN_TITLE_WORDS:
            return Span(0, len(text[:head].rstrip(_GLUED_MARKS)))
        return None
    after = _GLUED_DATE_AFTER.search(text)
    start = after.start() if after is not None else None
    if start is None:
        start = _date_tail(text, _glued_starts(text))[1]
    if start is None or len(text[:start].split()) < _MIN_TITLE_WORDS:
        return None
    last = text[:start].rsplit(maxsplit=1)[-1]
    if fold(last) in layout_words("open_end"):
        return None  # ("… del sorteo del 05/12/2024": the title's own date)
    return Span(len(text) - len(text[start:].lstrip(_GLUED_MARKS)), len(text))


def _title_case(text: str) -> bool:
    """Whether most words of four letters or more open with a capital ("Recorta La Tasa").

    Some pages capitalise every word of a title; there "Por" is no byline's lead.
    """
    words = [w for w in text.split() if len(w) >= _MIN_CONTENT_WORD and w[:1].isalpha()]
    return bool(words) and _TITLE_CASE_BASE * sum(w[0].isupper() for w in words) >= (
        _TITLE_CASE_SHARE * len(words)
    )


#: A content label or a section set before the title and a bar on the h1's line: up to
#: three words with no digit ("EN VIVO | ", "Video | ", "Opinión | ").
_BAR_LABEL = regex.compile(r"[^\W\d]++(?: [^\W\d]++){0,2} \| (?=\p{Lu}|[¿¡«“\"])")
_BAR_LABEL_CHARS = 40


def _glued_head(text: str) -> int:
    """Where the title starts past a date or a section's name glued before it (else 0).

    The date may be in words, with its weekday, perhaps glued with no space: the longest
    opening of up to ten words that reads as a date line, then a capital
    ("miércoles, 3 de abril de 2024 | Title", "3 de abril de 2024Title"). A content label
    or a section before a bar ("EN VIVO | Title", three words at most, no digit) is
    furniture too.
    """
    date = _date_head(text)
    if date is not None:
        return date
    label = _GLUED_LABEL.match(text)
    if label is not None and fold(label["next"]) in _openers():
        return label.end()
    if " | " in text[:_BAR_LABEL_CHARS]:
        barred = _BAR_LABEL.match(text)  # "EN VIVO | Title", "Opinión | Title"
        if barred is not None:
            return barred.end()
    return 0


def _join_split_title(lines: list[Line]) -> None:
    """A title the renderer broke in two at the top joins back into one line.

    An h1 with a line break or an inline tag inside ("El Banco Central" over "recorta la
    tasa de interés", "«Seguiremos bajando»:" over "el banco …") comes as two lines with no
    blank line between, a block of its own (blank lines around it): the lower one opens
    with a lower-case letter, neither closes like a sentence (the upper one may end with a
    colon or a comma), and together they are
    title-sized (five words or more, the lower three or more). A third line the same way
    under them, the block ending there, goes on with it too. Not when another line of the
    page shows the upper one alone (a title tag). Only over the text's first
    paragraph. The upper line takes the lower ones' end; the lower ones go. (The lower
    one may open with a capital when the upper one ends with a word no title ends with:
    "Gobierno de Chile y" over "Argentina firman …".)
    """
    end = min(len(lines), TOP, first_paragraph(lines, 0) or TOP) - 1
    i = 0
    while i < end:
        upper, lower = lines[i], lines[i + 1]
        if _split_title(upper, lower) and (i == 0 or upper.gap > 0) and not _shown_alone(lines, i):
            after = lines[i + 2] if i + 2 < len(lines) else None
            third = after is not None and after.gap == 0 and _third_part(upper, lower, after)
            beyond = lines[i + 3] if third and i + 3 < len(lines) else None
            if after is None or after.gap > 0 or (third and (beyond is None or beyond.gap > 0)):
                for part in (lower, after) if third and after is not None else (lower,):
                    upper.end = part.end
                    upper.text = upper.text + " " + part.text  # (read by the layout only)
                    del lines[i + 1]
                    end -= 1
                upper.kind = ""
        i += 1


def _shown_alone(lines: Sequence[Line], i: int) -> bool:
    """Whether another line of the page repeats line ``i`` alone (perhaps with the site).

    The title tag ("Title | Site") or a share widget shows the whole title: when one
    shows line ``i`` alone, that line is the whole title, and the line under it is not
    its second half (a row of tags, a caption, a deck in lower case).
    """
    head = key(lines[i])
    return any(
        k != i and _same_title(key(line), head) in ("same", "site") for k, line in enumerate(lines)
    )


def _third_part(upper: Line, lower: Line, after: Line) -> bool:
    """Whether ``after`` goes on with the title ``upper`` and ``lower`` open: three parts."""
    joined = Line(upper.start, lower.end, upper.gap, upper.text + " " + lower.text)
    return not closed(lower.text) and _split_title(joined, after)


def _split_title(upper: Line, lower: Line) -> bool:
    """Whether ``lower``, right under ``upper``, goes on with the title ``upper`` opens."""
    if (
        lower.gap != 0
        or upper.kind not in ("", "bare")
        or lower.kind != ""
        or upper.role is not Role.NONE
        or lower.role is not Role.NONE
        or not (lower.text[:1].islower() or _open_ended(upper.text))
        or lower.words < _MIN_SHORT_TITLE_WORDS
        or upper.words + lower.words < _MIN_SPLIT_TITLE_WORDS
        or len(upper.text) + len(lower.text) >= MAX_HEADLINE
    ):
        return False
    first = _LETTER.search(upper.text)
    return (
        first is not None
        and first.group().isupper()
        and not upper.text.rstrip(CLOSERS).endswith(_SENTENCE_ENDS)  # (a colon goes on)
        and not closed(lower.text)
        and "](" not in upper.text + lower.text
        and _ITEM_MARK.match(upper.text) is None
        and lower.text.count(",") < _TAG_COMMAS  # "economía, banco central, tasas": tags
        and not any(mark in lower.text for mark in ("|", "·", "•"))
    )


def _open_ended(text: str) -> bool:
    """Whether ``text`` ends with a word no title ends with ("… de Chile y", "… para la").

    An article, a preposition or a conjunction (lexicon ``layout_words.tsv``, class
    ``open_end``): the title goes on in the line under it, whatever letter opens that.
    """
    words = text.split()
    return bool(words) and fold(words[-1]) in layout_words("open_end")


def _without_h1_mark(lines: Sequence[Line], found: Title) -> Title:
    """The headline without the h1's markdown mark ("# Title"), however it was found."""
    i, (start, end) = found
    line = lines[i]
    mark = _H1.match(line.text, start - line.start) if start >= line.start else None
    return found if mark is None else (i, Span(line.start + mark.end(), end))


def _short_title_repeated(lines: Sequence[Line]) -> Title | None:
    """With no title found: a short line that a line above it repeats, perhaps with the site.

    The title tag ("Desde la infancia | Diario del Sur", or the title alone) and the h1
    under it ("Desde la infancia"): the h1 is the title, however short (two words or more).
    """
    p = first_paragraph(lines, 0)
    end = min(len(lines), TOP if p is None else p)
    for j in range(end):
        line = lines[j]
        if line.kind not in ("", "bare") or line.role is not Role.NONE:
            continue
        head = key(line)
        if never_title(line.text):
            continue  # a list's item shown twice ("* Suscripción"): no title
        if line.words >= _MIN_NAME_WORDS and any(
            _same_title(key(lines[i]), head) in ("site", "same") for i in range(j)
        ):
            line.kind = ""  # (a title of capitalised words is no byline's names)
            return j, line.span
    return None


def _short_title_over_header(lines: Sequence[Line]) -> Title | None:
    """With no title found: a short title right over the byline or date over the text.

    The header that opens the text (the byline, the date, share buttons) stands under
    the title: the line right over it is the title, however short ("Desde la infancia",
    three words or more, one a content word), when it is not closed like a sentence and
    only labels (a section, a kicker) stand above it.
    """
    p = first_paragraph(lines, 0)
    if p is None:
        return None
    j = p - 1
    while j >= 0 and (lines[j].kind in _META or not is_text(lines[j])):
        j -= 1
    if j < 0 or j == p - 1 or not any(lines[k].kind in _META for k in range(j + 1, p)):
        return None
    line = lines[j]
    words = line.text.split()
    if (
        line.kind != ""
        or line.role is not Role.NONE
        or len(words) < _MIN_SHORT_TITLE_WORDS
        or not any(len(w) >= _MIN_CONTENT_WORD and w.isalpha() for w in words)
        or line.text.endswith(_TERMINAL)
        or not _plausible_headline(line)
        or not all(_label(lines[k]) for k in range(j) if is_text(lines[k]))
    ):
        return None
    return j, line.span


def _two_line_deck(lines: list[Line], c1: int) -> bool:
    """A deck set in two short lines, the byline or date right under them: joined.

    "Title", "First summary sentence.", "Second one.", "Por Ana Soto": the two lines
    between the title and the header furniture are one deck (on the next line, or spaced
    no wider than the deck stands from the title). Share and save buttons are furniture
    that closes nothing: the byline or date past them may close the deck, but buttons
    over the text alone leave the two lines in the body ("Title", two short paragraphs,
    "Compartir en Facebook", the third paragraph).
    """
    c2 = c1 + 1
    k = c2 + 1
    while k < len(lines) and _button(lines[k]):
        k += 1
    if k >= len(lines):
        return False
    first, second, after = lines[c1], lines[c2], lines[k]
    if not (
        second.gap <= first.gap  # no wider apart than the deck from the title
        and lines[c2 + 1].gap >= second.gap  # (a name stuck under it credits a caption's photo)
        and first.kind == second.kind == ""
        and after.kind in _CLOSING_META
        and len(first.text) + len(second.text) <= _SHORT_DECK
        and closed(first.text)
        and closed(second.text)
        and not _caption_line(lines, c2)  # the lead photo's caption
        and next_text(lines, k) is not None  # the text under the header
    ):
        return False
    first.end = second.end
    first.text = first.text + " " + second.text  # (read by the layout only; offsets rule)
    del lines[c2]
    return True


def _points_deck(lines: list[Line], c1: int) -> bool:
    """A deck set as a summary's points, one a line, the byline under them: joined.

    "Title", then three or four lines each of six words or more, none closed like a
    sentence (a "sumario": the points of a bajada, as Spanish dailies set them), on
    consecutive lines or spaced no wider than the first stands from the title, then the
    header (the byline, the date, or a short name or place not closed): the points are
    one deck.
    """
    end = c1
    while end + 1 < len(lines) and end - c1 + 1 < _MAX_POINTS and _deck_point(lines, end + 1):
        end += 1
    if end - c1 + 1 < _MIN_POINTS or end + 1 >= len(lines) or not _deck_point(lines, c1):
        return False
    after = lines[end + 1]
    header = after.kind in _CLOSING_META or (
        after.kind == "" and after.words <= _KICKER_WORDS and not closed(after.text)
    )
    if not header or any(lines[k].gap > lines[c1].gap for k in range(c1 + 1, end + 1)):
        return False
    first = lines[c1]
    first.text = " ".join(lines[k].text for k in range(c1, end + 1))
    first.end = lines[end].end
    del lines[c1 + 1 : end + 1]
    return True


def _deck_point(lines: Sequence[Line], i: int) -> bool:
    """Whether line ``i`` reads as one point of a deck.

    A text line of six words or more, not closed like a sentence, no link, no caption,
    of a deck's size.
    """
    line = lines[i]
    return (
        line.kind == ""
        and line.role is Role.NONE
        and line.words >= _MIN_POINT_WORDS
        and len(line.text) <= _SHORT_DECK
        and not closed(line.text)
        and LINKS.fullmatch(line.text) is None
        and not never_title(line.text)
        and not _caption_line(lines, i)
    )


def _button(line: Line) -> bool:
    """Whether a line is share or save buttons: furniture that closes no deck.

    A share bar ("Compartir", "Compartir por WhatsApp", "Copiar enlace", "Twitter") or a
    save button alone on its line ("Guardar", "Leer más tarde": lexicon
    ``save_controls.txt``).
    """
    return line.kind == "share" or line.folded.strip(_BUTTON_MARKS) in _save_controls()


@functools.cache
def _save_controls() -> frozenset[str]:
    return frozenset(fold(entry) for entry in lexicon_lines("save_controls.txt"))


def _listed_deck(lines: list[Line], h: int) -> int | None:
    """A deck set as the first item of a list right under the title (a "sumario").

    "Title", "* The summary sentence.", "* A second point.": the first item, a sentence
    of six words or more and not a link, is the deck (without its mark); the items
    after it are furniture. An item that is the title again (a share list's, a menu's
    copy of it) is no summary: no deck is read so. The byline and the date may stand
    between the title and the list ("Title", "Por Ana Soto", "16/03/2021", "* The
    summary…").
    """
    i = h + 1
    while i < len(lines) and i - h <= _MAX_META_OVER_LIST and lines[i].kind in _META:
        i += 1
    if i >= len(lines):
        return None
    line = lines[i]
    mark = _DECK_MARK.match(line.text)
    if mark is None or line.role is not Role.NONE or line.kind not in ("", "item", "bullet"):
        return None
    rest = line.text[mark.end() :]
    if len(rest.split()) < _SENTENCE_WORDS or "](" in rest or not _deck_shape(rest):
        return None
    if fold(rest).strip() == key(lines[h]):
        return None  # the title again, as a share list's or a menu's item: no summary
    line.start, line.text, line.kind, line.role = line.start + mark.end(), rest, "", Role.DECK
    for item in lines[i + 1 :]:  # the sumario's other points
        if item.gap > 1 or not item.text.startswith(mark.group()) or item.role is not Role.NONE:
            break
        item.role = Role.FURNITURE
    return i


def _dashed_deck(lines: list[Line], h: int) -> int | None:
    """A deck set as points opened by a dash glued to their first word, under the title.

    "Title", "-Aprueban el plan de lluvias", "-Habrá albergues en tres colonias", then
    the byline or the date: Mexican and Central American dailies set the bajada's
    points so, the dash typed before each (no list's mark, which a space follows): two
    to four points, the first of five words or more, the others of three or more. The
    first point is the deck as the page writes it; the others are furniture.
    """
    i = next_text(lines, h)
    run: list[int] = []
    while (
        i is not None
        and len(run) < _MAX_POINTS
        and lines[i].role is Role.NONE
        and _DASHED_POINT.match(lines[i].text) is not None
        and lines[i].words >= (_KICKER_WORDS if run else _MIN_DECK_WORDS)
        and (not run or lines[i].gap <= lines[run[0]].gap)
    ):
        run.append(i)
        i = next_text(lines, i)
    if len(run) < _MIN_DASHED_POINTS or run[-1] + 1 >= len(lines):
        return None
    after = lines[run[-1] + 1]
    if after.kind not in _CLOSING_META and not (
        after.kind == "" and after.words <= _KICKER_WORDS and not closed(after.text)
    ):
        return None
    lines[run[0]].role = Role.DECK
    for k in run[1:]:
        lines[k].role = Role.FURNITURE
    return run[0]


def find_deck(lines: list[Line], h: int) -> int | None:
    """The deck's line under headline ``h``, if any.

    Past labels (a menu, a kicker), a photo's caption and an editor's note in brackets
    ("(Actualiza con …)"), which are furniture.
    """
    listed = _listed_deck(lines, h)
    if listed is None:
        listed = _dashed_deck(lines, h)
    if listed is not None:
        return listed
    _trail_copies(lines, h)
    c1 = next_text(lines, h)
    while (
        c1 is not None
        and (
            _label_under(lines[c1])
            or _captioned(lines[c1].text)
            or _over_credit(lines, c1)
            or _editor_note(lines[c1].text)
            or _stamp(lines[c1])
            or _page_note(lines[c1].text)
            or _ARCHIVE_CAPTION.fullmatch(lines[c1].text) is not None  # "…, en imagen de archivo"
            or _scene_caption(lines[c1].text)  # "La ministra, durante …"
            or _under_media_label(lines, c1)  # "VIDEO" over the video's title
            or _under_widget_label(lines, c1)  # "Noticias relacionadas" over a headline
            or _CARD_EXCERPT.search(lines[c1].text) is not None  # "… de la... 14.06.2025, …"
        )
        and next_text(lines, c1) is not None
    ):
        lines[c1].role = Role.FURNITURE  # a topic label, a photo's caption
        c1 = next_text(lines, c1)
    c1 = _past_closed_caption(lines, h, c1)
    if c1 is not None and (_points_deck(lines, c1) or _two_line_deck(lines, c1)):
        lines[c1].role = Role.DECK
        return c1
    if c1 is not None and _is_deck(lines, h, c1):
        line = lines[c1]
        line.role = Role.DECK
        mark = _SUBHEADING.match(line.text)
        if mark is not None:  # the deck without its heading marks ("## ")
            line.start, line.text = line.start + mark.end(), line.text[mark.end() :]
        unmark_deck(line)
        _cut_glued_caption(line)
        _cut_glued_points(line)
        return c1
    return None


def _under_media_label(lines: Sequence[Line], i: int) -> bool:
    """Whether line ``i`` is a video's or a gallery's title, under its media label.

    A page labels the media it embeds ("VIDEO", "Galería", "FOTOS": a media label of up
    to three words, no colon, right over the line): the short line under the label,
    not closed like a sentence, titles that media, and is no deck.
    """
    above = lines[i - 1]
    line = lines[i]
    return (
        above.kind == "media"
        and above.words <= _MEDIA_LABEL_WORDS
        and ":" not in above.text  # (a credit: "Foto: Cortesía")
        and len(line.text) <= MAX_CAPTION
        and not closed(line.text)
    )


def _under_widget_label(lines: Sequence[Line], i: int) -> bool:
    """Whether line ``i`` is a related headline, right under its box's label.

    "Noticias relacionadas", "Te puede interesar", "Lee también" alone on the line over
    it: the line under such a label is another story's headline (title-sized), never the
    deck of this one; so are the headlines under that one, each right under the last (no
    blank line between) and not closed like a sentence: the box's list.
    """
    k = i
    while (
        k > 0
        and lines[k - 1].kind not in _WIDGET_LABELS
        and lines[k].gap <= min(lines[k - 1].gap, 1)
        and lines[k - 1].role in (Role.NONE, Role.FURNITURE)
        and lines[k - 1].kind == ""
        and not closed(lines[k].text)
        and i - k < _MAX_LIST_ENTRIES
    ):
        k -= 1  # (up the box's list, to its label)
    return k > 0 and lines[k - 1].kind in _WIDGET_LABELS and len(lines[i].text) <= MAX_HEADLINE


def _in_box(lines: Sequence[Line], i: int) -> bool:
    """Whether line ``i`` is a headline of a box's list, stuck under its label or the last.

    (A title a blank line under a ticker's closing label, "Últimas noticias", is none;
    nor is a title over its own deck and header, :func:`_decked_title`: a box's
    headlines carry none, on a page that sets every line right under the last too.)
    """
    return lines[i].gap == 0 and _under_widget_label(lines, i) and not _decked_title(lines, i)


def _past_closed_caption(lines: list[Line], h: int, c1: int | None) -> int | None:
    """The deck's candidate past a caption closed by a full stop over its credit alone.

    "Title", "El ministro en la rueda de prensa.", "Foto: EFE", "The deck.", the text:
    a sentence over a photo credit may be the photo's caption or the deck over a photo
    with no caption; when the line under the credit reads as the deck, the sentence
    over the credit was the caption. So is a sentence of a caption's size (fifteen
    words at most) over a line the story's tag list sets apart from the text ("Title",
    the date, "Vecinos observan las obras.", "The deck", the tags, the text): that line
    is the deck.
    """
    if c1 is None or not closed(lines[c1].text) or len(lines[c1].text) > MAX_CAPTION:
        return c1
    credited = _credit_under(lines, c1)
    after = next_text(lines, c1 + 1 if credited else c1)
    if after is None or next_text(lines, after) is None:
        return c1
    if not credited and (
        lines[c1].words > _TAGGED_CAPTION_WORDS
        or not _tags_between(lines, after, _tags_reach(lines, after))
    ):
        return c1
    role = lines[c1].role
    lines[c1].role = Role.FURNITURE
    if _is_deck(lines, h, after):
        return after
    lines[c1].role = role
    return c1


def _cut_glued_caption(line: Line) -> None:
    """The deck without a photo's caption glued after it on its line; its span shrinks.

    "… señalan a la Familia Real. La jueza del caso, en una imagen de archivo.": the
    caption that closes with the photo's kind ("en una imagen de archivo", "en foto de
    archivo") is the lead photo's, not the deck's last sentence.
    """
    text = line.text
    cut = None
    for cut in _SENTENCE_BREAK.finditer(text):  # noqa: B007 - the last break is wanted
        pass
    if cut is None or _ARCHIVE_CAPTION.fullmatch(text, cut.end()) is None:
        return
    keep = cut.start() + 1  # (the deck keeps its full stop)
    line.end = line.start + keep
    line.text = text[:keep]


def _cut_glued_points(line: Line) -> None:
    """The deck as the first of a summary's points a renderer glued into one line.

    A "sumario" of three points or more set as list items and rendered with no break
    between them ("… el subsidio desde eneroLos transportistas recibirán un bono …
    mesesLos gremios …"): three lower-case letters right before a capitalised word,
    twice or more, each point six words or more (a brand's capital inside its name,
    "WhatsApp", cuts no point of that size). Its first point is the deck, as for a list
    under the title; the others are furniture.
    """
    text = line.text
    glues = [m.start() for m in _GLUED_POINT.finditer(text)]
    if len(glues) < _MIN_GLUED_POINTS:
        return
    bounds = [0, *glues, len(text)]
    if any(len(text[a:b].split()) < _MIN_POINT_WORDS for a, b in itertools.pairwise(bounds)):
        return
    line.end = line.start + glues[0]
    line.text = text[: glues[0]]


def _stamp(line: Line) -> bool:
    """A short labelled line under the title: "Actualizado: hace 2 horas", "Fuente: AFP".

    A label of one word and a colon opening a line of under five words (a stamp, a
    credit, a counter), never a summary.
    """
    return line.words < _MIN_DECK_WORDS and _STAMP.match(line.text) is not None


def _page_note(text: str) -> bool:
    """A line about the page or calling its reader: "Esta nota fue escrita con …".

    Its first words are a phrase of lexicon ``page_notes.txt`` ("Escucha la noticia …",
    "Ver galería de fotos (12)", "Este contenido fue elaborado …"): under the title, it
    is furniture, never the deck (a deck tells the news, not the page).
    """
    head = fold(text[:_NOTE_HEAD])
    return any(
        head.startswith(note) and not head[len(note) : len(note) + 1].isalnum()
        for note in _page_notes()
    )


@functools.cache
def _page_notes() -> tuple[str, ...]:
    return tuple(fold(entry) for entry in lexicon_lines("page_notes.txt"))


def _editor_note(text: str) -> bool:
    """A line wholly in brackets: an editor's note ("(Actualiza con …)"), never the deck."""
    return text.startswith(("(", "[")) and text.endswith((")", "]"))


def _over_credit(lines: Sequence[Line], c1: int) -> bool:
    """Whether line ``c1`` under the title is a photo's caption over its credit alone.

    A short line not closed like a sentence, the next line a photo credit on its own
    ("Foto: Ana Soto / EFE"), a blank line between or not: the lead photo's caption
    (the deck is looked for under the credit).
    """
    line = lines[c1]
    if len(line.text) > MAX_CAPTION or closed(line.text):
        return False
    return _credit_under(lines, c1)


def _credit_under(lines: Sequence[Line], i: int) -> bool:
    """Whether a photo credit alone stands on the line under line ``i`` ("Foto: EFE").

    In brackets or not: "(Foto: Agencia Uno)".
    """
    if i + 1 >= len(lines):
        return False
    credit = lines[i + 1]
    if credit.kind != "media" or credit.words > _CREDIT_WORDS:
        return False
    text = credit.text
    if text[:1] in "([" and text[-1:] in ")]":
        text = text[1:-1]
    return is_credit(text)


def _caption_line(lines: Sequence[Line], i: int) -> bool:
    """Whether line ``i`` is a photo's caption, by its shape or by the credit under it.

    Closed by its credit or opened by its photo's kind, "…, en una imagen de archivo",
    "La ministra, durante …", or a line of a caption's size right over a credit alone,
    or over its own copy with the credit ("The caption.", "The caption. Foto: EFE": the
    image's text and its caption, as a renderer sets both).
    """
    text = lines[i].text
    return len(text) <= MAX_CAPTION and (
        _captioned(text)
        or _ARCHIVE_CAPTION.fullmatch(text) is not None
        or _scene_caption(text)
        or _credit_under(lines, i)
        or _over_credited_copy(lines, i)
    )


def _over_agency(lines: Sequence[Line], i: int) -> bool:
    """Whether line ``i``, of a caption's size, stands right over an agency or desk alone.

    Under the deck candidate, "Vecinos limpian el lodo en Cusco." over "EFE" (no blank
    line between) is the lead photo's caption over its credit, not the text's start.
    """
    if i + 1 >= len(lines) or lines[i + 1].gap > 0 or len(lines[i].text) > MAX_CAPTION:
        return False
    credit = lines[i + 1].byline
    return (
        lines[i + 1].kind == "byline"
        and credit is not None
        and not credit.authors
        and credit.credit is not None
    )


def _over_credited_copy(lines: Sequence[Line], i: int) -> bool:
    """Whether the line under line ``i`` is a caption with its credit opened by its words.

    (A blank line between or not: thirty characters alike tell the copy.)
    """
    if i + 1 >= len(lines) or lines[i + 1].kind != "media":
        return False
    head = lines[i].text[:_COPY_HEAD]
    return len(head) == _COPY_HEAD and lines[i + 1].text.startswith(head)


def _scene_caption(text: str) -> bool:
    """A photo's caption naming who is shown and the scene, with no verb.

    "La ministra, durante la rueda de prensa", "El alcalde Jorge Díaz, a su llegada
    al municipio": one comma, a scene's lead, and before the comma a noun phrase. A
    sentence shaped alike says what happened (its verb before the comma: "El Gobierno
    anunció el alza, tras el acuerdo …"): a deck's, never a caption's. With no comma
    before "durante", "junto a" or "a su llegada" ("Vecinos de Ate durante la marcha"),
    or with "en" after the comma ("El ministro, en rueda de prensa en Lima"), the whole
    line holds no verb ("El alcalde junto a su equipo anunció …" is a sentence).

    Examples:
        >>> _scene_caption("El alcalde Juan Soto junto a vecinos del barrio La Quebrada.")
        True
        >>> _scene_caption("El alcalde junto a su gabinete anunció nuevas obras en el barrio.")
        False
    """
    if _SCENE_CAPTION.fullmatch(text) is not None:
        return not _clause(text[: text.find(",")])
    bare = _BARE_SCENE_CAPTION.fullmatch(text)
    return bare is not None and _named_head(text[: bare.start("lead")]) and not _clause(text)


def _named_head(head: str) -> bool:
    """Whether the words before a caption's lead name who is shown, and nothing more.

    Past the first word, each is capitalised (a name), a function word or an office
    (lexicon ``role_words.txt``): "El alcalde Juan Soto", "Diputados de la Asamblea"; a
    present tense no ending tells ("Los precios suben") is a lower-case word of neither.
    """
    stops, offices = folded_lines("stopwords.txt"), _offices()
    return all(
        word[:1].isupper() or fold(word) in stops or fold(word) in offices
        for word in head.split()[1:]
    )


@functools.cache
def _offices() -> frozenset[str]:
    return folded_lines("role_words.txt")


def _clause(head: str) -> bool:
    """Whether the words before a caption's comma hold a finite verb (lexicon ``clause_marks.tsv``).

    A verb form no noun phrase holds ("se", "ha", "que", "fue"), a lower-case word with
    a finite verb's ending ("anunció", "llegaron", "tendrá"), or a lower-case word that
    is no preposition or article right before an article ("limpian las calles": the
    verb's object; "de la población" is a noun's complement).

    Examples:
        >>> _clause("El Gobierno anunció el alza"), _clause("Los vecinos limpian las calles")
        (True, True)
        >>> _clause("La ministra de Economía"), _clause("Vecinos de la población Los Aromos")
        (False, False)
    """
    marks = word_classes("clause_marks.tsv")
    words = [w.strip(CLOSERS + '"«“‘(') for w in head.split()[1:]]
    for k, word in enumerate(words):
        if not word[:1].islower():
            continue
        lower = word.lower()
        if lower in marks["verb"] or (len(lower) > _MIN_VERB and lower.endswith(_verb_endings())):
            return True
        after = words[k + 1] if k + 1 < len(words) else ""
        if after in marks["object"] and fold(lower) not in layout_words("open_end"):
            return True
    return False


@functools.cache
def _verb_endings() -> tuple[str, ...]:
    return tuple(sorted(word_classes("clause_marks.tsv")["ending"]))


#: A clock time glued before the deck, then its first word with a capital: the page's
#: stamp, never the summary's words (a deck says "A las 16:45 …").
_DECK_STAMP = regex.compile(r"(?:[01]?\d|2[0-3])[:.][0-5]\d\s{1,3}(?=\p{Lu})")


def unmark_deck(line: Line) -> None:
    """The deck without the marks a page sets it apart with; its span shrinks to match.

    A markdown blockquote's mark (``> Deck``), emphasis around the whole line
    (``**Deck**``, ``_Deck_``) and a label before it (``Resumen: Deck``,
    ``**Sumario:** Deck``: lexicon ``deck_labels.txt``) are the page's setting, not
    the deck's words; so is a clock time glued before it ("16:45 Se realizarán …"), a
    live page's or an update's stamp.
    """
    text = line.text
    head = 0
    tail = len(text)
    quoted = _DECK_QUOTED.match(text)
    if quoted is not None:
        head = quoted.end()
    head, tail = unemphasised(text, head, tail)
    label = _DECK_LABEL.match(text, head, tail)
    if label is not None and fold(label["label"].strip()) in _deck_labels():
        head = label.end()
        head, tail = unemphasised(text, head, tail)
    if text[head : head + 1].isdigit():
        stamp = _DECK_STAMP.match(text, head, tail)
        if stamp is not None:  # a time stamp glued before it: "16:45 Se realizarán …"
            head = stamp.end()
    if (head, tail) != (0, len(text)):
        line.start += head
        line.end -= len(text) - tail
        line.text = text[head:tail]


def unemphasised(text: str, head: int, tail: int) -> Span:
    """``text[head:tail]`` without emphasis marks around all of it, if it has them."""
    for mark in _EMPHASIS:
        size = len(mark)
        inner = text[head + size : tail - size]
        if (
            text.startswith(mark, head)
            and text.endswith(mark, head, tail)
            and inner.strip() == inner != ""
            and mark[0] not in inner
        ):
            return Span(head + size, tail - size)
    return Span(head, tail)


@functools.cache
def _deck_labels() -> frozenset[str]:
    return frozenset(fold(entry) for entry in lexicon_lines("deck_labels.txt"))
