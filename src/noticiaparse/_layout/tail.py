"""Furniture inside the body and the body's end, read from the shape of the page.

:mod:`noticiaparse._layout.page` first takes every text line after the header as body;
this module then says which of those lines are the page's and not the article's. It
reads a plain view of the lines (:class:`BodyLine`: text, blank lines before, furniture
kind, role so far) and returns the indices that are furniture. The rules, in order:

1. **A page scraped twice.** When the article's first two paragraphs come again, in
   order, further down the body, the text from there on is the copy; unless two
   paragraphs or more not seen before it follow the repeat (a copy brings none of its
   own): a passage the scraper doubled inside the article does not end it.
1b. **A second article.** After two of the article's paragraphs, a byline and a date
   line within two lines of each other, a paragraph after them, are another article's
   header: the text ends at the lines set right over it (its headline and deck); so is
   a byline with no date right under a headline and over a paragraph.
1b'. **The next story, by its dateline.** After two paragraphs, a headline over a
   paragraph opening with another place's dateline set as the article's first one is;
   over any dateline but a colon's when the article's first paragraph has none.
1b''. **The next story, by its agency's dateline.** After two paragraphs, a paragraph
   opening with a wire dateline ("QUITO, 3 mar (EFE).- …"), with the headline over it.
1b'''. **The next story, by its kicker.** After two paragraphs, a section's label and a
   headline (rule 6) over a paragraph retelling the headline, the text under them to the
   end telling another story than the article's (:func:`_next_kicked`).
1c. **Readers' comments with no label.** A reader's name alone over a comment's text,
   twice or more to the end of the text, after two paragraphs: the comments start there.
1d. **Signed off, other stories under it.** After two paragraphs, a byline, a credit
   alone ("(EFE)", "Con información de AFP"), the editors' initials, a share row or a
   closing block, with two sentences or more after it to the end (one after a credit
   line or initials), fewer than the article's paragraphs, each telling another story
   (:func:`_signed_off`).
2. **A closing block.** A comment section, the author's card, a tag list or a footer
   (lexicon ``boilerplate.tsv``, kind ``close``) after the article's first paragraph
   closes the article: nothing after it is the article's; unless two paragraphs follow
   it straight away (a counter or a label set inside the text).
3. **A widget after the text.** After the article's first paragraph, a list widget's
   label ("Más noticias", "Lo más leído") or a blank gap wider than any between the
   article's lines so far (the gap over an intertitle under a sentence counted) ends
   the article unless two sentences in a row, or a paragraph of two sentences, follow
   (after a gap, from the line under it on): a widget's teasers alternate headlines and
   one-sentence summaries. A label over one headline with only sentences after it is
   a box set into the text: the article goes on; so is a gap over a paragraph longer
   than a teaser's summary with no headline-shaped line after it (with one after it, the
   page's lines start after that paragraph: :func:`_furniture_after`). A list's label
   right over other stories' short paragraphs alone ends it (:func:`_strangers_after`).
   A related-article label ends it only when it heads a list (two headlines or more: one
   headline under its own label is a teaser, kept) and no paragraph at all follows, or
   when no sentence follows it and its item is a line of its own, not a teaser.
4. **A caption over its credit.** A short line not closed like a sentence right over a
   photo's credit alone ("(Ana Ruiz / EFE)", no blank line between) is the caption;
   so is any line between two media lines (the photo's file or label, its credit).
   Inside the text, a one-sentence line closed or not right over a credit alone ("Foto:
   …") or over a byline's line (the photographer).
4a. **A photo's text again.** A line that a caption right over or under it opens with.
4c. **A gallery's captions.** A counter alone ("2 / 5", "Foto 2 de 5") and the line right
   under it (the photo's caption).
4b. **A short line set twice.** A line of 200 characters at most shown twice or more,
   no copy beside a repeated sentence, is a caption or a notice set again; not an
   interviewer's question over its answer ("—¿Qué opina?" over "—Que es caro."), which
   a vox pop puts to each person.
5. **Names alone.** A line of people's names alone inside the body ("Ana Ruiz, Luis
   Soto"), one opening with a given name, signs a photo, a video or a box set into
   the text: furniture.
5b. **A line in lower case.** A short line opening with a lower-case letter, not closed
   like a sentence, is a caption or a tag: paragraphs open with a capital.
5c. **A title over names.** A short line not closed like a sentence over names alone is
   a caption over its credit or a related headline over its author; a short line under a
   media label ("Video") is the video's title.
6. **A kicker and a headline.** A short label (three words at most) and a title-shaped
   line right under it, between paragraphs, neither closed like a sentence, are a
   related article's section and headline ("Economía" over "El dólar abre a la baja");
   a time of day opening the label ("06:50 hs") is a live page's stamp over its entry's
   title, which is the text's.
7. **The short lines after the last sentence.** An article ends with running text:
   the lines after its last sentence (related headlines, a desk's name, a tag row,
   a label, a row of links) are furniture. A related headline set under its label
   (role ``teaser``) keeps its place. A page that stops inside the article keeps its
   last line (:func:`_cut_off`).
8. **A pull quote.** A line not closed like a sentence that repeats the start of one
   of the text's sentences (40 characters or more) is the sentence set again in large
   type (a sumario); so is one that closes a quotation it never opened.
9. **The author's card.** The body's last line, when it opens with a journalist's role
   ("Periodista. Ha cubierto …", lexicon ``byline_roles.txt``), is the note on the
   author that pages set under the text; the lines between the text's last sentence and
   the card are furniture too.

10. **An automatic summary over the text.** A summary box's label ("Resumen automático
    …"), its lines and the developer's credit closing it within four lines ("Desarrollado
    por …"), before the article's first paragraph.
10b. **Teasers over the text.** Related headlines under their label (role ``teaser``)
    before the article's first paragraph head a box over the article: furniture.
10c. **A short label over the text.** A line of three words or fewer not closed like a
    sentence before the article's first paragraph (a section, a kicker, a photo's note):
    an article never opens with an intertitle.
11. **Teasers the body ends with.** Two headline-and-one-sentence pairs or more at the
    body's end, after a paragraph of the text (a headline of four words or more: a
    shorter line is an intertitle); a summary of two sentences when the pair's words
    are not the text's (another story's, :func:`_unrelated_card`).
11b. **A card under its label.** A related label, its headline and one sentence under
    it, with a date or a time stamp after it, or shorter than a paragraph before the
    text's first paragraph: the card's summary.
11c. **A card between two links to its article.** A line right between two lines that
    link to the same address (a headline's link over it, a "read more" link under it).
12. **Notices to the reader.** The paragraphs the body opens or ends with that speak in
    the outlet's voice of subscriptions, comments, its print edition (``_notice``).
13. **The author's note in the third person.** The body's last line opening with a name,
    "es" and a journalist's trade ("Ana Ruiz es periodista …") is the author's card too;
    so is the outlet's note on itself, a name, "es un(a)" and a kind of outlet ("El
    Diario del Valle es un medio digital …", lexicon ``outlet_kinds.txt``), a name over a
    role ("Ana Ruiz. Periodista …") and an opinion piece's note ("El autor es …",
    lexicon ``author_notes.txt``).
14. **A post over its signature.** Up to three short lines right over a byline and a date
    on one line ("Publicado por … en martes, 4 de junio de 2025"), the text going on
    under it, are an embedded post.
14b. **A post's signature without its dash.** A name, a handle in brackets and a date,
    the whole line ("Ana Díaz (@anadiaz) May 4, 2022").
14c. **A tight list under a colon's label.** A short line of the page's closed by a colon
    after the text, then the body's last lines set right under one another, where the
    text's paragraphs stand a blank line apart: other stories.

A line in lower case set right under an open body line is a piece of its paragraph
(:func:`noticiaparse._layout.wrap.goes_on`), not a caption; the items of a list the text
announces with a colon count as its last lines.

A caption closed by an agency's credit is found line by line
(:func:`noticiaparse._layout.boilerplate.caption_credit`); here too when it is longer
than a line read on its own (up to 600 characters).
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from collections.abc import Iterator, Sequence

import attrs
import regex

from noticiaparse._layout.boilerplate import caption_credit, is_credit, layout_words, roles
from noticiaparse._layout.byline import credit_line, dateline_credit, read_byline
from noticiaparse._layout.published import read_date_line, read_stamp
from noticiaparse._layout.top import content_stems
from noticiaparse._layout.wrap import carried_over_gap, goes_on, linked_between, needs_end
from noticiaparse._text.fold import fold
from noticiaparse._text.lexicons import folded_lines, rows
from noticiaparse._text.lexicons import lines as lexicon_lines
from noticiaparse._text.record import record_repr

__all__ = ["BodyLine", "body_furniture"]

#: Lines that sign or close an article (:func:`_signed_off`): their furniture kinds; a
#: credit line has at most this many characters; the editors' initials ("JMR/lmm",
#: "(rmr)").
_SIGN_OFF_KINDS = frozenset({"byline", "share", "close"})
_MAX_SIGN_OFF = 80
#: An agency's dateline opening a paragraph closes its bracket within this many characters.
_WIRE_HEAD = 80
#: Sentences of other stories after a credit line or initials that end the text there.
_SIGNED = 1
#: A sentence tells another story when under a fifth of its content words are the text's.
_STRANGER_SHARE = 5
_INITIALS = (2, 5)  # letters in each
_INITIALS_PARTS = 4
#: The article's opening paragraphs that, found again in order, mark the page's copy.
_COPY_PARAGRAPHS = 2
#: A second article's byline and date line stand this many lines apart at most; this
#: many lines over them are its headline and deck at most.
_HEADER_REACH = 2
_TITLE_LINES = 3
#: A dateline opening a paragraph: a place in capitals (up to four words), its mark.
_DATELINE = regex.compile(
    r"(\p{Lu}[\p{Lu}.'’-]{1,30}(?:\s\p{Lu}[\p{Lu}.'’-]{0,30}){0,3})(:|\.-|\s[-–—])\s"
)
#: Readers' comments with no label: this many signed texts at least, each of at most
#: this many lines.
_COMMENTS = 2
_COMMENT_LINES = 3
#: A comment's line not closed like a sentence has at least this many words (more than
#: a headline: a related box sets its headlines each over its author's name).
_COMMENT_WORDS = 15
#: A caption over its credit has at most this many characters; a credit this many words.
_MAX_CAPTION = 200
_CREDIT_WORDS = 8
#: Labels of widgets that list other articles.
_WIDGETS = frozenset({"list", "end"})
#: Headlines under one related-article label that make it a list widget.
_LIST_ITEMS = 2
#: Sentences in a row that show the article's text going on after a widget.
_RESUME = 2
#: A caption closed by its credit has at most this many characters.
#: A gallery's glued captions repeat their credit in brackets at least this many times.
_GALLERY_CREDITS = 2
_FINAL_BRACKETS = re.compile(r"\([^()\n]{1,80}\)$")
_MAX_LONG_CAPTION = 600
#: A caption's credit set as its last sentence, a stop after it: a word and a name or an
#: agency, four words at most ("… adquisitivo. FOTO AFP.", "… el lunes. Foto: Ana Ruiz.").
_STOPPED_CREDIT = 60  # (the characters at the caption's end its credit stands in)
_STOPPED_CREDIT_WORDS = 4
#: A caption naming who is shown: up to six words, a comma, a name of up to four words.
_SHOWN_HEAD_WORDS = 6
#: A one-word label and its colon over another article's headline: "Además: …".
_LABEL_HEAD = 12
_LINK_LABEL = regex.compile(r"\p{Lu}\p{Ll}{2,12}:\s(?=[\p{Lu}¿¡«“\"])")
_LINK_MIN_WORDS = 6
_SHOWN_NAME_WORDS = 4
_CAPTION_BULLETS = "•·▪◦ "
#: An author's card closes a body of at least this many lines (itself included).
_CARD_AFTER = 3
#: A pull quote repeats at least this many characters of a sentence's start; sentences
#: sharing a start are looked at this many at most.
_PULL_QUOTE = 40
_MAX_STARTS = 4
#: Where a sentence starts inside a paragraph.
_SENTENCE_START = regex.compile(r"(?<=[.!?…])\s+(?=[\p{Lu}¿¡«\"“])")
#: A section label has at most this many words.
_LABEL_WORDS = 3
#: A time of day opening a live page's entry stamp ("06:50 hs", "10.15"): no kicker.
_ENTRY_TIME = re.compile(r"\d{1,2}[:.]\d{2}\b")
#: A line closed like a sentence this long is a paragraph.
_PARAGRAPH = 120
#: A sentence this short still closes an article ("Noticia en desarrollo.").
_SHORT_SENTENCE = 3
#: A line of this many words closed by a quotation mark is the article's text.
_QUOTED_WORDS = 6
_QUOTE_CLOSERS = ('"', "»", "”")
#: A markdown link alone on its line, perhaps a list item: "* [Otra nota](https://…)".
_LINK_ALONE = regex.compile(r"(?:[*+•-]\s{1,3})?\[[^\]\n]{0,300}\]\([^)\n]{0,1000}\)")
#: Bars that make a line a row of links ("Portada | Política | Deportes").
_LINK_ROW_BARS = 3
#: Where one sentence ends and another starts inside a line: "… la sala. El proyecto …".
#: (The stop alone is matched, its neighbours looked around: the engine then skips to the
#: stops, and a line holds few; the matches are counted as before, none overlapping.)
_SENTENCE_BREAK = regex.compile(r"(?<=\p{Ll})[.!?](?=\s\p{Lu})")
#: ``_SENTENCE_BREAK`` for an ASCII line: the same matches, by the standard engine (the
#: stop first, looked behind from: the engine skips to the stops, as ``regex`` does).
_ASCII_SENTENCE_BREAK = re.compile(r"[.!?](?<=[a-z][.!?])(?=[\t\n\x0b\x0c\r ][A-Z])")
#: A numbered note under the text: "[3] https://…".
#: A line whose first letter is lower case, past symbols (an emoji, a mark).
_LOWER_START = regex.compile(r"[\p{So}\p{Sk}\s]{0,8}\p{Ll}")
#: A line cut out of a quotation: it ends with a closing mark whose opening one is
#: missing ("… la biblioteca es de todos”"), the text's own quotes open and close.
_QUOTE_PAIRS = {"”": "“", "»": "«"}
_CUT_QUOTE_WORDS = 4
_NOTE = regex.compile(r"\[\d{1,3}\]\s")
#: An outlet's notice to its reader holds this many different phrases of one.
_NOTICE_PHRASES = 2
_MAX_NOTICE = 1000
#: A name (two to four capitalised words), a stop, a word (a role?).
_NAMED_ROLE = regex.compile(r"(?:\p{Lu}[\p{Ll}'’-]{1,30}\s?){2,4}\.\s(\p{L}{3,20})\b")
#: An outlet's name (capitalised words, particles between), "es un(a)", a word.
_OUTLET_NOTE = regex.compile(
    r"(?:\p{Lu}[\p{L}\d'’.-]{0,30}\s(?:(?:de|del|la|las|los|el|y)\s){0,2}){1,6}es\sun[a]?\s"
    r"(\p{L}{3,20})\b"
)
#: A name (two to four capitalised words), perhaps a place and year of birth in brackets,
#: "es", an article at most, a trade.
_JOURNALIST = regex.compile(
    r"(?:\p{Lu}[\p{Ll}\p{Lu}'’-]{0,30}\s){2,4}(?:\([^()\n]{1,40}\)\s)?"
    r"es\s(?:(?:el|la|un|una)\s)?(\p{L}{3,20})\b"
)
#: Teasers the body ends with: this many headline and summary pairs at least, a headline
#: of this many words at most, a summary of this many characters at most.
_TEASER_PAIRS = 2
_TEASER_TITLE_WORDS = 16
_TEASER_SUMMARY = 250
#: A degree's field follows it within this many characters, this many words.
_FIELD_REACH = 40
_FIELD_WORDS = 3
#: A card's headline and summary share under this fraction (1/n) of their content words
#: with the article's text above them when they tell another story.
_UNRELATED_SHARE = 3
#: The labels over a related article's card (its headline, its summary): a one-link
#: label, a related-article label, a list widget's label.
_CARD_LABELS = frozenset({"teaser", "related", "list"})
#: The labels a card's headline may stand under.
_LABELS = _CARD_LABELS | {"end"}
#: A card in a run of other articles' cards after the text: a summary of this many
#: characters at most, of fewer sentences than this.
_CARD_SUMMARY = 600
_CARD_SENTENCES = 3
#: A card's stamp glued to its summary: after the summary's last stop, or before it and a
#: separator ("11/11/2025 - El gremio …"), of this many characters at most.
_GLUED_STAMP = 40
_GLUED_AFTER = regex.compile(r"[.!?…][\"»”’')]{0,3}\s{1,3}([^.!?…\s][^.!?…]{0,39})\Z")
_GLUED_BEFORE = regex.compile(r"([^|·—\n]{4,40}?)\s{1,3}[-|·—]\s{1,3}(?=\p{Lu})")
_GLUED = 2  # (a summary with its stamp glued to it)
#: Any day a relative stamp ("Hace 3 horas") is counted back from: it reads as one.
_ANY_DAY = dt.date(2000, 1, 1)
#: A card's time stamp that is no date line ("Hace 2 horas") has fewer words than this.
_STAMP_WORDS = 5
#: A list's item: a bullet or a number and a space; and the fewest words of the line
#: announcing the list with a colon.
_ITEM = regex.compile(r"(?:[-*+•·▪◦–]|\d{1,2}[.)])\s")
#: The marks a match of :data:`_ITEM` opens with (or a digit).
_ITEM_OPENERS = frozenset("-*+•·▪◦–")
_ANNOUNCING_WORDS = 4
#: An automatic summary box holds this many lines at most between its label and credit.
_SUMMARY_LINES = 4
#: An embedded post's text over its signature: this many lines at most.
_POST_LINES = 3
_DIGIT = regex.compile(r"\d")
#: A gallery's counter: at most this many characters, three words ("2", "de", "5").
_MAX_COUNTER = 30
_COUNTER_WORDS = 3
#: Emoji, symbols and hashtags a line ends with, after a sentence's stop (of a line of
#: this many words at least).
_TRAILING_SYMBOLS = regex.compile(r"(?:\s{0,3}(?:[\p{So}\p{Sk}\p{Cf}\uFE0F]|#\w{1,40})){1,12}\Z")
_STOP_BEFORE = regex.compile(r"[.!?…][\"»”’')]{0,3}\Z")
_SENTENCE_UNDER_SYMBOLS = 4
#: A sentence cut off by the page's end has at least this many words; a page sets at
#: least this many intertitles over its paragraphs to end on one.
_CUT_WORDS = 4
_INTERTITLES = 2
#: A card's excerpt, cut short at a word's end by an ellipsis ("… que este martes …",
#: "… la violencia, …", "… [...]"): an automatic cut, never a paragraph's end.
_EXCERPT_CUT = regex.compile(r"(?:[\s,;]|\[)(?:…|\.\.\.)\]?\s*\Z")
#: A card's summary retells its headline: half its content words or more, two at least;
#: a third of them for cards past the page's lines, each telling another story than the
#: text (:func:`_cards_past_furniture`).
_RETOLD_SHARE = 2
_RETOLD_MIN = 2
_RETOLD_PAST = 3
#: What opens a quoted statement or a dialogue's turn.
_QUOTED_OPENERS = "«“\"'‘—–-"
#: A link's address after its text ("[El dólar sube](https://…/el-dolar-sube-123)").
_LINK_TARGET = re.compile(r"\]\([^)\n]{0,1000}\)")
#: An embedded post's signature, its dash lost: "Ana Díaz (@anadiaz) May 4, 2022".
_POST_SIGNATURE = regex.compile(
    r"[^()\n]{1,80}\(@\w{1,40}\)\s{0,3}(?:\p{L}{3,12}\.?\s{1,3}\d{1,2},?\s{1,3}\d{4}"
    r"|\d{1,2}\s{1,3}(?:de\s{1,3})?\p{L}{3,12}\.?,?\s{1,3}(?:de\s{1,3})?\d{4})"
)
#: A label over a list: a short line closed by a colon ("VER MÁS:", "Lea también:").
_LIST_LABEL = 40
#: A link's address alone (up to a space, before its title: `(/nota-123 "Título")`).
_LINK_ADDRESS = re.compile(r"\]\(([^)\s]{1,1000})")
#: The text's paragraphs before cards that end it.
_TEXT_PARAS = 2
#: The furniture a page sets inside the text (an ad slot, a photo, a share bar): no end.
_INSIDE_TEXT = frozenset({"ad", "media", "share"})
_HEADLINE_OPENERS = "¿¡«“\"'‘"


@attrs.define(repr=False)
class BodyLine:
    """One line of the page as the body's end is read: its text and what is known of it.

    ``kind`` is the line's furniture kind ("" for text), ``body`` whether it is in the
    body so far, ``teaser`` whether it is a related headline kept in the body,
    ``sentence`` whether it is running text (a sentence of some length, or a long line),
    ``closed`` whether it ends like a sentence (a stop, perhaps inside closing marks),
    ``names`` whether it is people's names alone ("Ana Díaz, Luis Soto").

    A view made for every line of the body and read only (never set): not frozen, as
    a frozen record's fields are set one call each, a third of what the view costs.
    """

    __repr__ = record_repr

    text: str
    gap: int
    kind: str
    body: bool
    teaser: bool = False
    sentence: bool = False
    closed: bool = False
    names: bool = False


def _breaks(text: str) -> re.Pattern[str] | regex.Pattern[str]:
    """``_SENTENCE_BREAK``, or its standard-engine twin for an ASCII ``text``."""
    return _ASCII_SENTENCE_BREAK if text.isascii() else _SENTENCE_BREAK


def body_furniture(lines: Sequence[BodyLine]) -> frozenset[int]:
    """The indices of the body's lines that are the page's furniture, not the article's.

    Examples:
        >>> para = (
        ...     "El concejo aprobó ayer el presupuesto para reparar las calles del barrio"
        ...     " norte, tras meses de quejas de los vecinos por los baches y la falta de luz."
        ... )
        >>> lines = [
        ...     BodyLine(para, 1, "", True, sentence=True, closed=True),
        ...     BodyLine("Vecinos piden más luz en la plaza", 1, "", True),
        ...     BodyLine("Comentarios", 1, "close", False),
        ...     BodyLine("Muy buena noticia para todo el barrio.", 1, "", True, True, True, True),
        ... ]
        >>> sorted(body_furniture(lines))  # a headline after the text, a reader's comment
        [1, 3]
    """
    out: set[int] = set()
    end = len(lines)
    copy = _second_copy(lines)
    if copy is not None:
        end = copy
    closing = _closing(lines, end)
    if closing is not None:
        end = closing
    end = _following_article(lines, end)
    comments = _readers_comments(lines, end)
    if comments is not None:
        end = comments
    end = _before_cards(lines, end)
    out.update(range(end, len(lines)))
    teasers = {line.text for line in lines if line.teaser}
    widget = _widget_after_text(lines, end)
    if widget is not None:
        # a related headline under its own label keeps its place in the body
        out.update(
            i
            for i in range(widget, end)
            if lines[i].text not in teasers or _related_list(lines, widget, end)
        )
        end = widget
    out.update(_captions_over_credits(lines, end))
    out.update(_captions_in_text(lines, end))
    out.update(_repeated_short_lines(lines, end))
    out.update(_between_media(lines, end))
    out.update(_caption_copies(lines, end))
    out.update(_gallery_captions(lines, end))
    out.update(_captions_and_names(lines, end))
    out.update(_kicked_headlines(lines, end))
    out.update(_labelled_links(lines, end))
    out.update(_credited_titles(lines, end))
    out.update(_pull_quotes(lines, end))
    out.update(i for i in _after_last_sentence(lines, end) if lines[i].text not in teasers)
    out.update(_summary_box(lines, end))
    out.update(_teasers_over_text(lines, end))
    out.update(_labels_over_text(lines, end))
    out.update(
        _posts_over_signatures(lines, end), _bare_signatures(lines, end), _tight_list(lines, end)
    )
    out.update(_teasers_at_end(lines, out))
    out.update(_cards_past_furniture(lines, out))
    out.update(_cards_under_labels(lines, end), _cards_between_links(lines, end))
    first_notices, last_notices = _notices(lines, out)
    out.update(first_notices)
    out.update(_mid_notices(lines, out, first_notices, last_notices))
    if last_notices:
        # the lines between the text's last sentence and the notice go with it
        out.update(last_notices)
        after = _after_last_sentence(lines, min(last_notices))
        out.update(i for i in after if lines[i].text not in teasers)
    card = _authors_card(lines, out)
    if card is not None:
        # the card closes the page's part of the article: the lines over it, after the
        # text's last sentence, are furniture too (related headlines, the author's name)
        out.add(card)
        out.update(i for i in _after_last_sentence(lines, card) if lines[i].text not in teasers)
    return frozenset(i for i in out if lines[i].body or lines[i].teaser)


def _signed_off(lines: Sequence[BodyLine], end: int) -> int | None:
    """Where the article ends at a line that closes it, other stories' text after it.

    After two of the article's paragraphs, a line that signs or closes an article (a
    byline, an agency's or a desk's credit alone, "(EFE)", "Con información de AFP",
    the editors' initials "JMR/lmm", a share row, a tag list or a comment prompt: kinds
    ``byline``, ``share``, ``close``) ends the text when two sentences or more (one
    under a credit line or initials: :func:`_sign_off`) follow it to the end, each
    telling another story (under a fifth of its content words come
    from the article's text above the line), fewer than the article's paragraphs: other
    stories' summaries, a second article, a blurb. The article's own text going on
    under a credit set into it (a photo's) comes back to its story's words.
    """
    closed = [j for j in range(end) if lines[j].body and lines[j].closed]
    if len(closed) < _COPY_PARAGRAPHS + _SIGNED:
        return None
    last = closed[-_SIGNED]  # (a sentence at least after the line)
    told = _Told(lines)
    paragraphs = 0  # the article's paragraphs before the line
    for i in range(last):
        line = lines[i]
        needed = _sign_off(line) if paragraphs >= _COPY_PARAGRAPHS else 0
        if needed:
            after = [j for j in closed if j > i]
            if needed <= len(after) < paragraphs and all(told.stranger(j, i) for j in after):
                return i
        paragraphs += line.body and _paragraph(line)
    return None


class _Told:
    """The content words (stems) of each line, read once, and what they tell."""

    __slots__ = ("_lines", "_stems")

    def __init__(self, lines: Sequence[BodyLine]) -> None:
        self._lines = lines
        self._stems: dict[int, frozenset[str]] = {}

    def of(self, j: int) -> frozenset[str]:
        """The content words of line ``j``."""
        if j not in self._stems:
            self._stems[j] = content_stems(self._lines[j].text)
        return self._stems[j]

    def stranger(self, j: int, i: int) -> bool:
        """Whether line ``j`` tells another story than the body's lines before line ``i``.

        Under a fifth of its content words come from them. Read back from ``i``: the
        article's own words come soon, another story's never.
        """
        words = self.of(j)
        found: set[str] = set()
        for k in range(i - 1, -1, -1):
            if self._lines[k].body:
                found.update(words & self.of(k))
                if len(found) * _STRANGER_SHARE >= len(words):
                    return False
        return bool(words)


def _sign_off(line: BodyLine) -> int:
    """How many sentences of other stories after a line end the text there (0: none do).

    A byline, a share row, a closing block or an agency alone in brackets ("(EFE)", a
    photo's credit too) want two; a credit line ("Con información de AFP", "Fuente:
    EFE") or the editors' initials ("JMR/lmm"), which only close a text, one.
    """
    if line.body or line.teaser:
        return _SIGNED if not line.closed and _initials(line.text) else 0
    if line.kind in _SIGN_OFF_KINDS:
        return _LIST_ITEMS
    text = line.text
    if line.kind not in ("media", "line") or len(text) > _MAX_SIGN_OFF:
        return 0
    if text[:1] == "(" and text[-1:] == ")":  # an agency alone in brackets: "(EFE)"
        byline = read_byline(text[1:-1])
        alone = byline is not None and not byline.authors and byline.credit is not None
        return _LIST_ITEMS if alone else 0
    return _SIGNED if line.kind == "line" and credit_line(text) is not None else 0


def _initials(text: str) -> bool:
    """Whether a line is the editors' initials alone: "JMR/lmm", "AR/DM/jc", "(rmr)".

    Two to four groups of two to five letters between slashes, or one group in lower
    case in brackets (read with string methods: no pattern to compile).
    """
    bracketed = text[:1] == "(" and text[-1:] == ")"
    parts = (text[1:-1] if bracketed else text).split("/")
    low, high = _INITIALS
    if not all(low <= len(part) <= high and part.isalpha() for part in parts):
        return False
    if len(parts) == 1:
        return bracketed and parts[0].islower()
    return len(parts) <= _INITIALS_PARTS


def _next_article(lines: Sequence[BodyLine], end: int) -> int | None:
    """Where a second article starts after the text: its own byline and date line.

    After two of the article's paragraphs, a byline and a date line set within two lines
    of each other, with a paragraph after them, are another article's header (the page
    runs on into the next story). That article starts with the lines set right over
    its header, with no blank line between (its headline, its deck); or with the
    headline right over a byline with no date (:func:`_headed_byline`).
    """
    last = max((j for j in range(end) if lines[j].body and _paragraph(lines[j])), default=-1)
    seen = 0  # the article's paragraphs so far
    for i in range(end):
        line = lines[i]
        if (
            seen >= _COPY_PARAGRAPHS
            and (_headed_byline(lines, i, end) or (line.kind == "date" and last > i))
            and not _captions_alone(lines, i)
        ):
            if line.kind != "date":
                return i - 1
            near = range(max(i - _HEADER_REACH, 0), min(i + _HEADER_REACH + 1, end))
            header = [j for j in near if lines[j].kind in ("byline", "date")]
            if any(lines[j].kind == "byline" for j in header):
                start = header[0]
                while (
                    start > 0
                    and header[0] - start < _TITLE_LINES
                    and lines[start].gap == 0
                    and lines[start - 1].body
                ):
                    start -= 1
                return start
        seen += line.body and _paragraph(line)
    return None


def _captions_alone(lines: Sequence[BodyLine], i: int) -> bool:
    """Whether the paragraphs before line ``i`` are photos' captions but one at most.

    A page may set its gallery's captions over the article's header ("• Vecinos en la
    plaza. FOTO AFP.", :func:`_long_caption`): they are no paragraphs of an article
    before it, and the header under them is the article's own.
    """
    text = [j for j in range(i) if lines[j].body and _paragraph(lines[j])]
    return sum(1 for j in text if not _long_caption(lines[j])) < _COPY_PARAGRAPHS


def _headed_byline(lines: Sequence[BodyLine], i: int, end: int) -> bool:
    """Whether line ``i`` is another article's byline under its headline, over its text.

    "Nuevo centro de salud en el barrio oeste" / "Por Carlos Medina" / a paragraph: the
    article's own byline stands over its text at the top, so one set between a
    title-shaped line and a paragraph after the text has begun signs the next story
    (not an embedded post's signature, which carries its date: "Publicado por … en …").
    """
    line = lines[i]
    return (
        line.kind == "byline"
        and not line.body
        and 0 < i < end - 1
        and _DIGIT.search(line.text) is None
        and lines[i - 1].body
        and _teaser_title(lines[i - 1])
        and lines[i - 1].text.count(" ") >= _LABEL_WORDS
        and lines[i + 1].body
        and _paragraph(lines[i + 1])
    )


def _following_article(lines: Sequence[BodyLine], end: int) -> int:
    """Where the text ends when the page runs on into other stories (or ``end``)."""
    signed = _signed_off(lines, end)
    if signed is not None:
        end = signed
    following = _next_article(lines, end)
    if following is not None:
        end = following
    following = _next_dateline(lines, end)
    if following is not None:
        end = following
    following = _next_wire_story(lines, end)
    if following is not None:
        end = following
    following = _next_kicked(lines, end)
    return end if following is None else following


def _next_wire_story(lines: Sequence[BodyLine], end: int) -> int | None:
    """Where a second article starts after the text: a paragraph under an agency's dateline.

    A wire story's dateline (a place, a date, the agency in brackets and a mark:
    "QUITO, 3 mar (EFE).- …", "Cuenca, 9 oct (Prensa Latina) Los …") opens its
    first paragraph only: after two of the article's paragraphs, a paragraph opening so
    is the next story the page runs on into, with the title-shaped line right over it
    (its headline), if any.
    """
    seen = 0
    for i in range(end):
        line = lines[i]
        if not (line.body and _paragraph(line)):
            continue
        if seen >= _COPY_PARAGRAPHS and _wire_dateline(line.text):
            above = lines[i - 1]
            return i - 1 if above.body and _teaser_title(above) else i
        seen += 1
    return None


def _next_kicked(lines: Sequence[BodyLine], end: int) -> int | None:
    """Where a second article starts after the text: its section's label and headline.

    After two of the article's paragraphs, a kicker and a headline set between paragraphs
    (:func:`_kicked_headlines`: "Internacionales" over "Detienen a dos hombres por el
    robo del banco") head another article when the paragraph right under them tells the
    headline's news again (a third of the headline's content words or more, two at
    least: a story opens by retelling its headline) and each paragraph under them to the
    end tells another story than the article's (under a third of its content words come
    from the text above the kicker, as for a card: two stories share a few, "accidente",
    "banco", "horas"): the page runs on into the next story, its teaser or its whole
    text. A related box set into the article (its kicker and headline over the article's
    text, resumed) has neither.
    """
    told: _Told | None = None
    for i in _kickers(lines, end):
        if _ENTRY_TIME.match(lines[i].text):
            continue  # (a live page's entry, the text's own)
        above = [j for j in range(i) if lines[j].body and _paragraph(lines[j])]
        after = [j for j in range(i + 2, end) if lines[j].body and lines[j].closed]
        if len(above) < _COPY_PARAGRAPHS or not after:
            continue
        if not _retold(lines[i + 1], lines[i + 2], _RETOLD_PAST):
            continue  # (a related box's headline over the article's text, resumed)
        told = told or _Told(lines)
        known = frozenset().union(*(told.of(j) for j in range(i) if lines[j].body))
        if all(len(told.of(j) & known) * _UNRELATED_SHARE < len(told.of(j)) for j in after):
            return i
    return None


def _wire_dateline(text: str) -> bool:
    """Whether a paragraph opens with an agency's dateline ("LIMA, 3 mar (EFE).- …").

    A place in capitals or a place (three words at most) and a date before the bracket,
    the text going on after it; read on the paragraph's head only, up to the bracket's
    close and its mark: a paragraph closed by a credit ("… (EFE).") opens with none.
    """
    close = text.find(")", 0, _WIRE_HEAD)
    start = text.rfind("(", 0, close) if close > 0 else -1
    if start <= 0 or len(text) < close + _WIRE_HEAD:
        return False  # (the text goes on after the dateline)
    # a place in capitals, or a place and a date: "LIMA (AFP)", "Quito, 3 mar (EFE)"
    place, comma, date = text[:start].partition(",")
    dated = bool(comma) and any(ch.isdigit() for ch in date)
    if not (place.isupper() or dated) or place.count(" ") >= _LABEL_WORDS:
        return False
    return dateline_credit(text[: close + 3]) is not None


def _next_dateline(lines: Sequence[BodyLine], end: int) -> int | None:
    """Where a second article starts after the text: a headline over a dateline's paragraph.

    The article's first paragraph opens with a dateline, a place in capitals and its
    mark ("RINCÓN: …", "QUITO.- …", "LIMA — …"); after two of its paragraphs, a
    title-shaped line (not closed like a sentence, up to 16 words) right over a
    paragraph that opens with another place's dateline set the same way is the next
    story's headline: the page runs on into it. An article whose first paragraph opens
    with no dateline sets none further down: there any dateline but one with a colon
    (an interview's turn may open so) opens the next story.
    """
    first = next((j for j in range(end) if lines[j].body and _paragraph(lines[j])), None)
    if first is None:
        return None
    opening = _DATELINE.match(lines[first].text)
    seen = 0
    for i in range(first, end - 1):
        line, below = lines[i], lines[i + 1]
        if (
            seen >= _COPY_PARAGRAPHS
            and line.body
            and _teaser_title(line)
            and below.body
            and _paragraph(below)
        ):
            dateline = _DATELINE.match(below.text)
            if dateline is not None and (
                (
                    opening is not None
                    and dateline.group(2) == opening.group(2)
                    and dateline.group(1) != opening.group(1)
                )
                # (with no dateline of its own, the text sets none further down either; a
                # label with a colon may open an interview's turn: "MARTA: …")
                or (opening is None and dateline.group(2) != ":")
            ):
                return i
        seen += line.body and _paragraph(line)
    return None


def _signer(line: BodyLine) -> bool:
    """A line that signs a reader's comment: names alone, or one given name alone."""
    if line.closed or line.kind not in ("", "bare") or line.text.isupper():
        return False  # (an intertitle in capitals reads as names)
    return line.names or (" " not in line.text and fold(line.text) in _given_names())


def _readers_comments(lines: Sequence[BodyLine], end: int) -> int | None:
    """Where readers' comments with no label start: names over a short text, twice or more.

    After two of the article's paragraphs, a reader's name alone (names, or one given
    name: "Marta", "Jorge Paz") over its text (a sentence, or longer than a headline: 15
    words or more), again for the next comment, to the end of the text: every line from
    the first name on is a signer or a comment's text (an intertitle, a label or a
    headline breaks the run, and so do the author's byline and card). Read once, from
    the end back.
    """
    paragraphs = [0] * (end + 1)  # the article's paragraphs before each line
    for i in range(end):
        paragraphs[i + 1] = paragraphs[i] + (lines[i].body and _paragraph(lines[i]))
    start = None
    signers = texts = 0  # signed comments so far; lines of text under the next signer
    for i in range(end - 1, -1, -1):
        line = lines[i]
        if _signer(line):
            if not texts:
                break  # a name over a name, or over nothing: a list of names
            signers, texts = signers + 1, 0
            if signers >= _COMMENTS and paragraphs[i] >= _COPY_PARAGRAPHS:
                start = i
        elif line.kind == "byline" or (line.body and _opens_with_role(line.text)):
            break  # the author's byline and card under the text, not a reader's
        elif line.body and (line.closed or line.text.count(" ") + 1 >= _COMMENT_WORDS):
            texts += 1
            if texts > _COMMENT_LINES:
                break
        elif line.body:
            break  # an intertitle or a headline: the article's own text
    return start


def _credited_titles(lines: Sequence[BodyLine], end: int) -> list[int]:
    """A short line not closed like a sentence over names alone, or under a media label.

    A photo's caption over its credit ("Archivo Nacional", "Ana Ruiz"), or a related
    headline over its author's name: the article's text never sets names alone under
    a line. The line over the names may be furniture already (a related headline taken
    under its label): then the names go with it. A name set between blank lines inside a
    sentence, the text going on under it, is a link (:func:`_linked`). A short line
    under a media label ("Video", "Galería") is the title of the video or the gallery.
    """
    out: list[int] = []
    for i in range(1, end):
        line, above = lines[i], lines[i - 1]
        if (
            above.kind == "media"
            and above.text.count(" ") < _LABEL_WORDS
            and ":" not in above.text  # (a credit: "Foto: Cortesía")
            and line.body
            and not line.closed
            and len(line.text) <= _MAX_CAPTION
        ):
            out.append(i)  # a video's or a gallery's title under its label ("Video")
            continue
        if not (line.body and line.names) or line.closed or above.closed or _linked(lines, i):
            continue
        if above.body and len(above.text) <= _MAX_CAPTION:
            out += [i - 1, i]
        elif not (above.body or above.teaser) and above.kind == "" and not above.sentence:
            out.append(i)
    return out


def _captions_and_names(lines: Sequence[BodyLine], end: int) -> set[int]:
    """Long captions, names alone, a name shown and lower-case labels before ``end``.

    Names alone, a name shown and a label in lower case are body lines not closed like a
    sentence: only those are read; a long caption may close its credit with a stop.
    """
    out = {i for i in range(end) if lines[i].body and _long_caption(lines[i])}
    open_lines = [i for i in range(end) if lines[i].body and not lines[i].closed]
    out.update(
        i
        for i in open_lines
        if ((_names_alone(lines[i]) or _shown_by_name(lines[i])) and not _linked(lines, i))
        or (_lower_case_label(lines[i]) and not _piece(lines, i) and not _linked(lines, i))
    )
    return out


def _long_caption(line: BodyLine) -> bool:
    """A long caption closed by an agency's credit (a short one is read line by line).

    A gallery's captions glued into one line ("… el lunes. Ana Ruiz (EFE)Vecinos en …
    Ana Ruiz (EFE)") are one too: the line ends with a caption and its credit, and the
    same credit in brackets stands in it more than once. A caption closes its credit
    with a stop too, a bullet perhaps before it ("• Vecinos en la plaza. FOTO AFP."):
    the credit, short, is its last sentence.
    """
    if not line.body:
        return False
    if line.closed:
        # (its credit closed by a stop too: "… del poder adquisitivo. FOTO AFP.")
        text = line.text
        if not text.endswith(".") or len(text) > _MAX_LONG_CAPTION:
            return False
        stop = text.rfind(". ", max(len(text) - _STOPPED_CREDIT, 0), len(text) - 1)
        return (
            stop >= 0
            and 0 < text.count(" ", stop + 2) < _STOPPED_CREDIT_WORDS  # (a word and a name)
            and caption_credit(text[:-1].lstrip(_CAPTION_BULLETS), _MAX_LONG_CAPTION)
        )
    if caption_credit(line.text, _MAX_LONG_CAPTION):
        return True
    credit = _FINAL_BRACKETS.search(line.text, max(len(line.text) - _MAX_CAPTION, 0))
    if credit is None or line.text.count(credit.group()) < _GALLERY_CREDITS:
        return False
    last = line.text.rfind(credit.group(), 0, credit.start())  # the caption before it
    return caption_credit(line.text[last + len(credit.group()) :], _MAX_LONG_CAPTION)


def _authors_card(lines: Sequence[BodyLine], out: set[int]) -> int | None:
    """The body's last line when it opens with a journalist's role: the author's card.

    "Periodista. Ha cubierto …", "Corresponsal en Bruselas desde 2019.": the note on
    the author that pages set under the text.
    """
    kept = [i for i, line in enumerate(lines) if line.body and i not in out]
    if len(kept) < _CARD_AFTER:
        return None
    last = lines[kept[-1]].text
    card = (
        _opens_with_role(last)
        or _opens_like_a_card(last)
        or _names_a_journalist(last)
        or _about_the_outlet(last)
        or _named_role(last)
        or _author_note(last)
    )
    return kept[-1] if card else None


def _named_role(text: str) -> bool:
    """Whether a line opens with a name and, after a stop, a journalist's role.

    "Ana Ruiz. Periodista especializada en …": the card's name set over its note (lexicon
    ``byline_roles.txt``); "Luis Soto, corresponsal en Bruselas, informó …" is a sentence.
    """
    match = _NAMED_ROLE.match(text)
    return match is not None and fold(match.group(1)) in roles()


def _author_note(text: str) -> bool:
    """Whether a line opens as an opinion piece's note on its author: "El autor es …".

    "La autora es economista …", "*El autor es exdiputado …" (lexicon
    ``author_notes.txt``), a trade with no article after it: the note is the page's.
    """
    folded = fold(text.lstrip("*_ ").lower())
    for opening in _author_notes():
        if folded.startswith(opening):
            # a trade follows, no article: "El autor es un joven de 23 años" is a crime's
            after = folded[len(opening) :].split(None, 1)
            return bool(after) and after[0] not in layout_words("opener_article")
    return False


@functools.cache
def _author_notes() -> tuple[str, ...]:
    return tuple(fold(entry) + " " for entry in lexicon_lines("author_notes.txt"))


def _about_the_outlet(text: str) -> bool:
    """Whether a line is the outlet's note on itself: "El Diario del Valle es un medio …".

    A name (capitalised words, "de", "del", "la" … between them), "es un" or "es una",
    then a kind of outlet (lexicon ``outlet_kinds.txt``).
    """
    match = _OUTLET_NOTE.match(text)
    return match is not None and fold(match.group(1)) in _outlet_kinds()


@functools.cache
def _outlet_kinds() -> frozenset[str]:
    return frozenset(fold(entry) for entry in lexicon_lines("outlet_kinds.txt"))


def _names_a_journalist(text: str) -> bool:
    """Whether a line opens with a name and a journalist's trade: "Ana Ruiz es periodista …".

    Two to four capitalised words, "es", an article at most, then a trade of the press
    (lexicon ``journalist_roles.txt``), or a degree (``card_openers.txt``) in the press's
    field within the next three words ("es licenciada en Comunicación Social", lexicon
    ``press_fields.txt``): the note on the author in the third person.
    """
    match = _JOURNALIST.match(text)
    if match is None:
        return False
    trade = fold(match.group(1)).lower()
    if trade in _journalist_roles():
        return True
    # a degree in the press's field: "… es licenciada en Comunicación Social …"
    after = fold(text[match.end() : match.end() + _FIELD_REACH]).lower().split()[:_FIELD_WORDS]
    return trade in _card_openers() and any(word in _press_fields() for word in after)


@functools.cache
def _press_fields() -> frozenset[str]:
    return frozenset(fold(entry) for entry in lexicon_lines("press_fields.txt"))


@functools.cache
def _journalist_roles() -> frozenset[str]:
    return frozenset(fold(entry) for entry in lexicon_lines("journalist_roles.txt"))


def _posts_over_signatures(lines: Sequence[BodyLine], end: int) -> list[int]:
    """An embedded post's text right over its signature, a byline and a date on one line.

    "Hoy abrimos el tramo norte." over "Publicado por Gobierno Regional en martes, 4 de
    junio de 2025" (no blank line between), the article's text going on under it: a
    social network's post set into the text. Up to three short lines over the signature;
    a byline closing the text, with no text after it, signs the article.
    """
    out: list[int] = []
    for k in range(1, end - 1):
        sign = lines[k]
        if not (
            sign.kind == "byline"
            and not sign.body
            and sign.gap == 0
            and " en " in sign.text
            and _DIGIT.search(sign.text) is not None
            and any(line.body for line in lines[k + 1 : end])
        ):
            continue
        i = k
        while (
            i > 0
            and k - i < _POST_LINES
            and lines[i - 1].body
            and len(lines[i - 1].text) <= _MAX_LONG_CAPTION
            and (i == k or lines[i].gap == 0)
        ):
            i -= 1
            out.append(i)
    return out


def _bare_signatures(lines: Sequence[BodyLine], end: int) -> list[int]:
    """An embedded post's signature whose dash a renderer lost: a name, a handle, a date.

    "Ana Díaz (@anadiaz) May 4, 2022", whole: the line that closes an embedded post
    (with its dash, "— Ana Díaz (@anadiaz) …", it is read with the page's lines).
    """
    return [
        i
        for i in range(end)
        if lines[i].body and "(@" in lines[i].text and _POST_SIGNATURE.fullmatch(lines[i].text)
    ]


def _tight_list(lines: Sequence[BodyLine], end: int) -> list[int]:
    """The lines the body ends with, set right under a list's label, one under another.

    A short line of the page's closed by a colon ("VER MÁS:", "Lea también:") after the
    text's paragraphs, then the body's last lines, each right under the one before (no
    blank line between) on a page that sets each of the text's paragraphs a blank line
    apart (two at least): another list of stories, not the text going on.
    """
    last = end - 1  # (the body's last line, read back from the end: a few lines at most)
    while last > 0 and not lines[last].body:
        last -= 1
    i = last
    while i > 0 and lines[i].body and lines[i].gap == 0:
        i -= 1
    if i == last:
        return []
    label = lines[i]
    if (
        label.body
        or label.teaser
        or len(label.text) > _LIST_LABEL
        or not label.text.rstrip().endswith(":")
    ):
        return []
    gaps = [lines[k].gap for k in _paragraphs(lines, 0, i)][1:]
    if len(gaps) < _TEXT_PARAS - 1 or not all(gaps):
        return []
    return list(range(i + 1, last + 1))


def _teasers_at_end(lines: Sequence[BodyLine], out: set[int]) -> list[int]:
    """Other articles' teasers the body ends with: a headline over its one-sentence summary.

    Two pairs or more, the last at the body's end: a title-shaped line (not closed like a
    sentence, four to 16 words, opening with a capital: a headline says who did what, an
    intertitle of three words or fewer only names a part of the story) right over one
    sentence of 250 characters at most, or over a summary of two sentences that tells
    another story (:func:`_unrelated_card`). A related headline kept under its label is
    a pair's headline too, and a section's kicker over a pair's headline (three words at
    most, "POLÍTICA") goes with it. One pair of another story over headlines alone the
    body ends with (taken out already) counts as two. One intertitle over the article's last short
    paragraph is one pair; the article's text before the pairs holds a paragraph.
    """
    # (a line of furniture's kind, not in the body, is a pair's title only as a link or
    # a heading's marks over one: :func:`_pair_title`'s own test, read here without a call)
    kept = [
        i
        for i, line in enumerate(lines)
        if ((line.body or line.teaser) and i not in out)
        or (
            not line.closed
            and (line.kind == "" or line.body or line.teaser or line.text[:1] in "#[")
            and _pair_title(line)
        )
    ]
    k = len(kept)
    headlines = 0  # headlines alone the body ends with, taken out already
    while k and kept[k - 1] in out:
        k -= 1
        headlines += 1
    pair = 2  # a headline and its summary
    pairs = labelled = strangers = 0
    while (
        k >= pair
        and _pair_title(lines[kept[k - 2]])
        and lines[kept[k - 1]].body
        and kept[k - 1] not in out
    ):
        unrelated = _unrelated_card(lines, kept[k - 2], kept[k - 1], kept[: k - 2])
        if not (unrelated or _one_sentence(lines[kept[k - 1]])):
            break
        k -= pair
        pairs += 1
        strangers += unrelated
        title = kept[k]
        labelled += title > 0 and lines[title - 1].kind in _LABELS and not lines[title - 1].body
        if k > 1 and _kicker(lines[kept[k - 1]]):
            k -= 1  # (the card's section over its headline: "POLÍTICA")
    # (one card of another story over headlines alone: the list goes on with them; one
    # under a related label, its summary right under its headline where the text's
    # paragraphs stand apart: a box of its own)
    cards = pairs + (
        pairs == strangers == 1
        and (headlines > 0 or (labelled == 1 and _set_tight(lines, kept[k], kept[k + 1], kept[:k])))
    )
    if (
        cards < _TEASER_PAIRS
        or labelled >= _TEASER_PAIRS  # (a label over each: links set into the text)
        or not any(_paragraph(lines[i]) for i in kept[:k])
    ):
        return []
    return kept[k:]


def _cards_past_furniture(lines: Sequence[BodyLine], out: set[int]) -> list[int]:
    """Other stories' cards the body ends with, a line of the page's between them and the text.

    A card is a headline (title-shaped, :func:`_pair_title`) right over its summary: an
    excerpt cut short by an ellipsis at a word's end, or a sentence that retells the
    headline (half its content words or more, two at least: a card's summary tells
    the headline's news again, where an intertitle's paragraph goes on with the story).
    Read from the body's end, past the page's lines, card by card; when a line of the
    page (a label, a link, a headline taken out; not an ad slot, a photo, a share bar,
    which a page sets inside its text, nor a live page's entry time over its title)
    stands between the text's last line and the first
    card, the text holds two paragraphs and each card tells another story than the text
    (under a third of its content words come from the text above: the article's own last
    section under a related box stays), the cards are the page's.
    """
    pairs = _end_cards(lines, out)
    if not pairs:
        return []
    first_title = pairs[-1][0]
    text_end = max(  # the text's last line (a body line that is no card's)
        (k for k in range(first_title) if lines[k].body and k not in out), default=-1
    )
    if not any(
        (not lines[k].body or k in out)
        and lines[k].kind not in _INSIDE_TEXT
        and _ENTRY_TIME.match(lines[k].text) is None  # (a live entry's time: its title's)
        for k in range(text_end + 1, first_title)
    ):
        return []
    if sum(1 for k in range(text_end + 1) if lines[k].body and _paragraph(lines[k])) < _TEXT_PARAS:
        return []
    # (each card tells another story: under a third of its words are the text's)
    said = frozenset().union(
        *(content_stems(lines[k].text) for k in range(text_end + 1) if lines[k].body)
    )
    for title, summary in pairs:
        told = content_stems(lines[title].text + " " + lines[summary].text)
        if not told or len(told & said) * _UNRELATED_SHARE >= len(told):
            return []
    return [k for pair in pairs for k in pair if lines[k].body and k not in out]


def _end_cards(lines: Sequence[BodyLine], out: set[int]) -> list[tuple[int, int]]:
    """The (headline, summary) pairs the body ends with, read back past the page's lines."""
    pairs: list[tuple[int, int]] = []
    i = len(lines) - 1
    while i > 0:
        line = lines[i]
        if not line.body or i in out:
            i -= 1
            continue
        title = lines[i - 1]
        if not _card_headline(title) or not (
            _EXCERPT_CUT.search(line.text) or _retold(title, line, _past_share(line))
        ):
            break
        pairs.append((i - 1, i))
        i -= 2
    return pairs


def _past_share(summary: BodyLine) -> int:
    """The part of a card's headline its summary past the page's lines retells, at least.

    A third for one sentence (a card's summary); half for a line of two sentences or
    more, or one opening with a quotation or a dialogue's dash: an article often closes
    on a quoted statement, or a paragraph of its own, under a box of its own story.
    """
    text = summary.text
    return (
        _RETOLD_SHARE
        if text[:1] in _QUOTED_OPENERS or _breaks(text).search(text) is not None
        else _RETOLD_PAST
    )


def _card_headline(line: BodyLine) -> bool:
    """A card's headline (:func:`_pair_title`), perhaps opened and closed otherwise.

    A question's or an exclamation's mark or a quotation's may open it ("¿Estado de
    excepción o …?", "«Nadie nos avisó»"), a question or an exclamation close it.
    """
    if line.text[:1] not in _HEADLINE_OPENERS:
        return _pair_title(line)
    text = line.text.lstrip(_HEADLINE_OPENERS)
    return (line.body or line.teaser or line.kind == "") and (
        (not line.closed or text.endswith(("?", "!")))
        and _LABEL_WORDS < len(text.split()) <= _TEASER_TITLE_WORDS
        and (text[:1].isupper() or text[:1].isdigit())
    )


def _retold(title: BodyLine, summary: BodyLine, part: int = _RETOLD_SHARE) -> bool:
    """Whether ``summary`` tells ``title``'s news again (its content words, by their stems).

    It does when it shares one ``part`` of the title's content words or more (two at
    least); a linked title's words are its text's, not its address's.
    """
    if not summary.closed:
        return False
    text = title.text
    if "](" in text:  # (a linked headline: its words, not its address's)
        text = _LINK_TARGET.sub("]", text)
    told = content_stems(text)
    share = len(told & content_stems(summary.text))
    return share >= _RETOLD_MIN and share * part >= len(told)


def _pair_title(line: BodyLine) -> bool:
    """A card's headline: title-shaped, four words or more, perhaps a link alone.

    A headline the page's reading took out already ("Detienen a …" over "Por
    Redacción") still heads its card; so does a linked one alone on its line
    ("[Detienen a …](https://…)").
    """
    if line.closed:
        return False  # (a paragraph is read no further)
    text = line.text
    if text[:1] == "#":  # (a Markdown heading's marks over a linked headline: "#### [")
        text = text.lstrip("# ")
    if text.startswith("[") and text.endswith(")") and _LINK_ALONE.fullmatch(text):
        text = text[1 : text.find("](")].strip("*_# ")
    elif not (line.body or line.teaser or line.kind == ""):
        return False
    words = text.split(None, _TEASER_TITLE_WORDS)  # (a count up to the most)
    return (
        _LABEL_WORDS < len(words) <= _TEASER_TITLE_WORDS  # (an intertitle is shorter)
        and (text[:1].isupper() or text[:1].isdigit())
    )


def _kicker(line: BodyLine) -> bool:
    """A card's section over its headline: three words at most, not closed, a capital."""
    return (
        not line.closed
        and line.text.count(" ") < _LABEL_WORDS
        and line.text[:1].isupper()
        and not line.text.endswith((",", ":"))
    )


def _unrelated_card(
    lines: Sequence[BodyLine], title: int, summary: int, before: Sequence[int]
) -> bool:
    """Whether a headline and a summary of a card's size tell another story than the text.

    A summary of two sentences (600 characters at most) is a card's as much as an
    intertitle's short paragraph; the article's own section goes on with its story, so
    its words come again from the text above it, where another story's do not: under a
    third of the pair's content words are the text's. A live page's entry, its time set
    over its headline, is the article's own.
    """
    if (
        not _card_summary(lines[summary])
        or _glued_stamp(lines[summary].text, closed=True)
        or (title and _stamp(lines[title - 1]))
    ):
        return False
    said = frozenset().union(*(content_stems(lines[i].text) for i in before))
    told = content_stems(lines[title].text + " " + lines[summary].text)
    return bool(told) and len(told & said) * _UNRELATED_SHARE < len(told)


def _set_tight(lines: Sequence[BodyLine], title: int, summary: int, before: Sequence[int]) -> bool:
    """Whether a card's summary stands right under its headline, the text's paragraphs apart.

    A page that sets the article's paragraphs a blank line apart (each paragraph of the
    text above, two at least) and a card's summary right under its headline shows the
    card as one block of its own, not an intertitle over the text's last paragraph.
    """
    if lines[summary].gap or summary != title + 1:
        return False
    gaps = [lines[i].gap for i in before if lines[i].body and _paragraph(lines[i])]
    return len(gaps) >= _TEASER_PAIRS and all(gaps)


def _before_cards(lines: Sequence[BodyLine], end: int) -> int:
    """Where the text ends before a run of cards, or before its own card again."""
    cards = _cards_to_end(lines, end)
    if cards is not None:
        end = cards
    again = _lead_again(lines, end)
    return end if again is None else again


def _lead_again(lines: Sequence[BodyLine], end: int) -> int | None:
    """Where the text ends when a card repeats its first paragraph after it.

    A page shows the article's own card after its text (in a "more news" list, a share
    box): the headline again over the first paragraph again. When the text's first
    paragraph comes again after two paragraphs or more and no new sentence follows it,
    the text ends after its last line of text before the copy; what lies between (the
    headline again, a label) goes with the card. A whole second copy of the text is
    read apart (its first paragraphs repeated in order).
    """
    lead = next((i for i in range(end) if lines[i].body and _paragraph(lines[i])), None)
    if lead is None:
        return None
    text = lines[lead].text
    copy = next((i for i in range(end - 1, lead, -1) if lines[i].text == text), None)
    if copy is None:
        return None
    before = {line.text for line in lines[:copy]}
    if any(
        lines[i].body and lines[i].sentence and lines[i].text not in before
        for i in range(copy + 1, end)
    ):
        return None
    last = max(
        (i for i in range(lead + 1, copy) if lines[i].body and _text_end(lines[i])),
        default=None,
    )
    if last is None or len(_paragraphs(lines, lead, last + 1)) < _COPY_PARAGRAPHS:
        return None
    return last + 1


def _cards_to_end(lines: Sequence[BodyLine], end: int) -> int | None:
    """Where a run of other articles' cards the page ends with starts (after the text).

    A card is a headline (not closed like a sentence, four to 16 words, opening with a
    capital) over its summary (closed, 600 characters and fewer than three sentences at
    most), or a headline alone, and the card's stamp may follow (a date line, "Hace 2
    horas"). Two cards or more to the body's end are another rhythm than the article's:
    they end it when a label heads them (a furniture line, a line the page set apart, or
    a short line in lower case: "más como esto"), or when each carries its stamp, and the
    text before them holds a paragraph. A label repeated over each card heads no run:
    those are inline links set between the article's own paragraphs. An article's own
    list (a name over what the person said) has neither; a live page sets each entry's
    time over it, not under it.
    """
    cards: list[tuple[int, bool]] = []  # each card's first line, and whether it is stamped
    k = end
    while True:
        j = k - 1
        stamp = labelled = False
        while j >= 0 and not (lines[j].body or lines[j].teaser):
            stamp = stamp or _stamp(lines[j])
            labelled = labelled or _run_label(lines[j])
            j -= 1
        if labelled and cards:
            break  # a label over each card: inline links between the article's paragraphs
        summary = _card_summary(lines[j]) if j >= 1 else 0
        if summary and _card_title(lines[j - 1]):
            k = j - 1
            stamp = stamp or summary == _GLUED
        elif j >= 0 and _card_title(lines[j]):
            k = j  # a headline alone
        else:
            break
        cards.append((k, stamp))
    cards.reverse()
    start = _run_start(lines, cards)
    if start is None:
        return None
    if not any(lines[i].body and _paragraph(lines[i]) for i in range(start)):
        return None
    return start


def _run_start(lines: Sequence[BodyLine], cards: Sequence[tuple[int, bool]]) -> int | None:
    """The first card of a run under its label, or of the stamped cards to the end."""
    for first, _ in cards[: len(cards) - _TEASER_PAIRS + 1]:
        if first >= 1 and _run_label(lines[first - 1]):
            return first
    # no label: the cards to the end that carry their stamp, two or more
    n = len(cards)
    while n and cards[n - 1][1]:
        n -= 1
    if len(cards) - n < _TEASER_PAIRS:
        return None
    start = cards[n][0]
    above = start - 1
    while above >= 0 and not (lines[above].body or lines[above].teaser):
        if _stamp(lines[above]):
            return None  # each time over its entry: a live page's, the article's own
        above -= 1
    return start


def _run_label(line: BodyLine) -> bool:
    """A label heading a run of cards: furniture, set apart, or a short lower-case line."""
    # (a stamp is no label: a live page sets each entry's time over it)
    return (
        not line.closed
        and not _stamp(line)
        and (not line.body or line.kind != "" or _lower_case_label(line))
    )


def _card_title(line: BodyLine) -> bool:
    # (a headline the page's reading already took out of the body counts; a related
    # headline kept as a teaser keeps its place, ANNOTATION's teaser convention)
    return (
        (line.body or line.kind == "")
        and not line.teaser
        and _teaser_title(line)
        and line.text.count(" ") >= _LABEL_WORDS
    )


def _card_summary(line: BodyLine) -> int:
    """0 when a line is no card's summary; 1 when it is; 2 when its stamp is glued to it."""
    if not line.body or len(line.text) > _CARD_SUMMARY + _GLUED_STAMP:
        return 0
    stamp = _glued_stamp(line.text, closed=line.closed)
    text = line.text if stamp is None else stamp
    if (
        (stamp is None and not line.closed)
        or len(text) > _CARD_SUMMARY
        or len(_breaks(text).findall(text)) >= _CARD_SENTENCES
    ):
        return 0
    return 1 if stamp is None else _GLUED


def _glued_stamp(text: str, *, closed: bool) -> str | None:
    """A card's summary without the date or stamp glued after or before it, if any."""
    after = None if closed else _GLUED_AFTER.search(text)
    if after is not None and _stamp_text(after.group(1)):
        return text[: after.start(1)].rstrip()
    before = _GLUED_BEFORE.match(text) if closed else None
    if before is not None and _stamp_text(before.group(1)):
        return text[before.end() :]
    return None


def _stamp_text(text: str) -> bool:
    return _DIGIT.search(text) is not None and (
        read_date_line(text) is not None or read_stamp(text, _ANY_DAY) is not None
    )


def _cards_under_labels(lines: Sequence[BodyLine], end: int) -> list[int]:
    """The summary of a related article's card under its label.

    A one-link or related-article label ("Lee también", "Te puede interesar"), the
    headline under it (not closed like a sentence), then one sentence of 250 characters
    at most: the card's summary when a date or a short stamp with a number follows it
    ("Hace 2 horas", the card's time), or when the card stands before the text's first
    paragraph (a box over the article, the text under it) and is shorter than a
    paragraph (an article opens with one: 120 characters or more); the headline goes with it,
    even one a related label's kept as a teaser. With no stamp under it the sentence
    inside the text is the text's, resumed after a box of one headline (the article's
    last sentence may be that short), unless, shorter than a paragraph, it retells the
    headline over it (:func:`_retold`): the text goes on with its own news, the card's
    summary tells the card's.
    """
    out: list[int] = []
    opening = True  # before the text's first paragraph
    last_text = max((j for j in range(end) if lines[j].body and lines[j].sentence), default=-1)
    for i in range(len(lines) - 2):
        label, headline, summary = lines[i], lines[i + 1], lines[i + 2]
        if label.body and label.sentence:
            opening = False
        if (
            label.kind not in _CARD_LABELS
            or label.body
            or headline.closed
            or (headline.body and not headline.teaser)
            or not _teaser_title(headline)
            or not summary.body
            or summary.teaser
            or i + 2 >= end
            or not _one_sentence(summary)
        ):
            continue
        stamped = i + 3 < len(lines) and _stamp(lines[i + 3])
        if (
            stamped
            or (opening and not _paragraph(summary) and last_text >= i + 3)
            or (not _paragraph(summary) and _retold(headline, summary))
        ):
            out.extend((i + 1, i + 2))
        opening = False
    return out


def _cards_between_links(lines: Sequence[BodyLine], end: int) -> list[int]:
    """The summary of a card between two links to its article.

    A line of the body right between two lines that each link to the same address (the
    card's headline over it, its "read more" link under it: `## [Título](/nota-123)`,
    the summary, `* [Leer más](/nota-123)`) is the card's summary: a text's paragraph
    between two links to one article never stands so. A paragraph of the text over it
    (body, a sentence) with a link inside (a hashtag's, a name's) is no card's title.
    """
    out: list[int] = []
    for i in range(1, min(end, len(lines) - 1)):
        below = lines[i + 1].text
        if "](" not in below or not lines[i].body or lines[i].teaser:
            continue
        over = lines[i - 1]
        above = over.text
        if "](" not in above or (over.body and over.sentence):
            continue  # (a paragraph of the text over it, its links inline, is no card's title)
        targets = {m.group(1) for m in _LINK_ADDRESS.finditer(above)}
        if any(m.group(1) in targets for m in _LINK_ADDRESS.finditer(below)):
            out.append(i)
    return out


def _stamp(line: BodyLine) -> bool:
    """A date line, or a short furniture line with a number ("Hace 2 horas")."""
    return line.kind == "date" or (
        line.kind == "line"
        and line.text.count(" ") < _STAMP_WORDS
        and _DIGIT.search(line.text) is not None
    )


def _teaser_title(line: BodyLine) -> bool:
    if line.closed:
        return False  # (a paragraph is read no further: most lines asked are)
    words = line.text.split(None, _TEASER_TITLE_WORDS)  # (a count up to the most)
    return 0 < len(words) <= _TEASER_TITLE_WORDS and (
        line.text[:1].isupper() or line.text[:1].isdigit()
    )


def _one_sentence(line: BodyLine) -> bool:
    return (
        line.closed
        and len(line.text) <= _TEASER_SUMMARY
        and _breaks(line.text).search(line.text) is None
    )


def _labels_over_text(lines: Sequence[BodyLine], end: int) -> list[int]:
    """Short labels before the article's first paragraph: a section, a tag, a credit.

    An article opens with a paragraph, never with an intertitle: a line of three words
    or fewer not closed like a sentence ("Política", "Los Gallardos", "Foto archivo")
    over the text's first paragraph is the page's. A page with no paragraph keeps them.
    """
    out: list[int] = []
    for i in range(end):
        line = lines[i]
        if line.body and _paragraph(line):
            return out
        if (
            line.body
            and not line.closed
            and line.text.count(" ") < _LABEL_WORDS
            # (a dateline's or a lead-in's piece the next line goes on: "LIMA -", "En Lima,")
            and not line.text.endswith((",", "-", "–", "—"))
            and not _piece(lines, i + 1)
        ):
            out.append(i)
    return []


def _teasers_over_text(lines: Sequence[BodyLine], end: int) -> list[int]:
    """Related headlines under their label before the article's first paragraph.

    A related headline stays in the body where the page sets it into the text (role
    ``teaser``); one over the text's first paragraph heads a box over the article. A
    page with no paragraph at all keeps them (they are all its text).
    """
    out: list[int] = []
    for i in range(end):
        line = lines[i]
        if line.body and _paragraph(line):
            return out
        if line.teaser:
            out.append(i)
    return []  # no paragraph under them: the headlines are all the page's text


def _summary_box(lines: Sequence[BodyLine], end: int) -> list[int]:
    """An automatic summary over the text: its label, its lines and its developer's credit.

    "Resumen automático generado …" over a paragraph retelling the story, closed by
    "Desarrollado por …" (lexicon ``summary_box.tsv``), before the article's first
    paragraph: the box is the page's. A summary label with no credit under it closes
    nothing (where the box ends is not known), and one after a paragraph is left.
    """
    label = None
    for i in range(end):
        line = lines[i]
        start = _box_phrase(line.text)
        if start == "label" and label is None:
            label = i
        elif start == "credit" and label is not None and i - label <= _SUMMARY_LINES + 1:
            return list(range(label, i + 1))
        elif line.body and _paragraph(line) and label is None:
            return []  # the text has begun
    return []


def _box_phrase(text: str) -> str | None:
    """The class of the summary box's phrase a line opens with, if any."""
    if len(text) > _MAX_CAPTION:
        return None
    folded = fold(text).strip(" *#:|»>-")
    for phrase, kind in _summary_phrases():
        if folded.startswith(phrase):
            return kind
    return None


@functools.cache
def _summary_phrases() -> tuple[tuple[str, str], ...]:
    return tuple((row[0], row[1]) for row in rows("summary_box.tsv"))


def _notices(lines: Sequence[BodyLine], out: set[int]) -> tuple[list[int], list[int]]:
    """The outlet's notices to its reader that the body opens with, and ends with.

    A subscription pitch, a call to support the outlet, the comment section's policy, a
    note on the print edition (:func:`_notice`). Only the lines the body opens with and
    those it ends with, each next to the next: a paragraph of the story between two of
    its own keeps its place, whatever it says; a body of notices alone is left whole.
    """
    kept = [i for i, line in enumerate(lines) if line.body and i not in out]
    ends: tuple[list[int], list[int]] = ([], [])
    for order, found in zip((kept, kept[::-1]), ends, strict=True):
        for i in order:
            if not _notice(lines[i].text):
                break
            found.append(i)
    if len(ends[0]) == len(kept):
        return [], []
    return ends


#: A notice set between the story's paragraphs is this short at most (a box's pitch).
_MID_NOTICE = 200


@functools.cache
def _address_words() -> frozenset[str]:
    """The reader's address words, lower-cased, as written and without their accents."""
    written = lexicon_lines("reader_address.txt")
    return frozenset(w.lower() for w in written) | frozenset(fold(w) for w in written)


@functools.cache
def _reader_address() -> regex.Pattern[str]:
    words = {fold(w) for w in lexicon_lines("reader_address.txt")} | set(
        lexicon_lines("reader_address.txt")
    )
    alternation = "|".join(sorted(map(regex.escape, words), key=len, reverse=True))
    return regex.compile(rf"\b(?:{alternation})\b", regex.IGNORECASE)


def _mid_notices(
    lines: Sequence[BodyLine], out: set[int], first: Sequence[int], last: Sequence[int]
) -> list[int]:
    """The outlet's notices set between the story's paragraphs: a donation appeal, a box.

    Short (200 characters at most), a notice by its words (:func:`_notice`), and speaking
    to the reader in the second person or bidding him outside quotation marks ("Haz tu
    aporte", "Suscríbete", lexicon ``reader_address.txt``), which a story's paragraph,
    told in the third person, does only inside a quotation; and set between the story's
    own lines (a body of notices alone is left whole).
    """
    at_ends = set(first) | set(last)
    found = []
    for i, line in enumerate(lines):
        text = line.text
        if (
            not line.body
            or i in out
            or i in at_ends
            or len(text) > _MID_NOTICE
            # (a first look at its words, split at spaces: a regex over every line costs)
            or _address_words().isdisjoint(text.lower().split())
            or _reader_address().search(_QUOTED.sub(" ", text)) is None
        ):
            continue
        if _notice(text) and _between_text(lines, out, i):
            found.append(i)
    return found


def _between_text(lines: Sequence[BodyLine], out: set[int], i: int) -> bool:
    """Whether the body's lines next to line ``i``, over and under it, are no notices."""
    over = next((j for j in range(i - 1, -1, -1) if lines[j].body and j not in out), None)
    under = next((j for j in range(i + 1, len(lines)) if lines[j].body and j not in out), None)
    return (
        over is not None
        and under is not None
        and not _notice(lines[over].text)
        and not _notice(lines[under].text)
    )


_NOTICE_SPLIT = regex.compile(r"[^\p{L}\p{N}]+")
#: A word of an ASCII text (a folded line most often is one): there a letter or a digit
#: is one of [a-zA-Z0-9], and the standard engine finds those runs far faster.
_ASCII_WORD = re.compile(r"[a-zA-Z0-9]+")


def _notice_words(folded: str) -> list[str]:
    """The words of a folded text: its runs of letters and digits."""
    if folded.isascii():
        return _ASCII_WORD.findall(folded)
    return [w for w in _NOTICE_SPLIT.split(folded) if w]


#: Quoted words are someone else's: a notice speaks in the outlet's own voice.
_QUOTED = regex.compile(r"«[^«»]{0,400}»|“[^“”]{0,400}”|\"[^\"]{0,400}\"")


#: A class's phrases as what the words joined by spaces (and a space at either end) hold:
#: those of one word, the word's start after a space (" suscrib"); the longer ones, their
#: words joined and spaced the same way (" hazte socio ").
_Phrases = tuple[tuple[str, ...], tuple[str, ...]]


@functools.cache
def _notice_phrases() -> dict[str, _Phrases]:
    classes: dict[str, list[tuple[str, ...]]] = {}
    for row in rows("reader_notices.tsv"):
        classes.setdefault(row[1], []).append(tuple(row[0].split()))
    return {
        name: (
            tuple(f" {phrase[0]}" for phrase in phrases if len(phrase) == 1),
            tuple(f" {' '.join(phrase)} " for phrase in phrases if len(phrase) > 1),
        )
        for name, phrases in classes.items()
    }


def _held(words: Sequence[str], phrases: _Phrases) -> int:
    """How many of the phrases the words hold.

    A phrase of one word: a word it starts; a longer one: the same words in a row. Read
    off the words joined by spaces, a space at either end: a word's start is what follows
    a space, words in a row are those words spaced so (no word holds a space).
    """
    starts, longer = phrases
    joined = f" {' '.join(words)} "
    return sum(start in joined for start in starts) + sum(phrase in joined for phrase in longer)


def _notice(text: str) -> bool:
    """Whether a line is an outlet's notice to its reader (lexicon ``reader_notices.tsv``).

    It speaks as the outlet or to the reader (an ``address`` phrase outside quotation
    marks) and holds two different ``topic`` phrases. A line longer than a notice is text.
    """
    if len(text) > _MAX_NOTICE:
        return False
    phrases = _notice_phrases()
    # (each quotation opens with one of three marks: a line with none, most lines, is
    # not scanned for one)
    unquoted, quotations = (
        _QUOTED.subn(" ", text) if "«" in text or "“" in text or '"' in text else (text, 0)
    )
    own = _notice_words(fold(unquoted))
    if not _held(own, phrases["address"]):
        return False
    words = _notice_words(fold(text)) if quotations else own
    return _held(words, phrases["topic"]) >= _NOTICE_PHRASES


def _opens_like_a_card(text: str) -> bool:
    """Whether a line opens as an author's card does, with a degree or a trade, no article.

    "Licenciada en Periodismo por …", "Egresado de la Escuela de …", "Politólogo y
    analista …" (lexicon ``card_openers.txt``): a story's paragraph names its subject
    first ("La licenciada …", "El politólogo …").
    """
    first = text.split(None, 1)[0].strip(".,:;") if text.strip() else ""
    return first[:1].isupper() and fold(first) in _card_openers()


@functools.cache
def _card_openers() -> frozenset[str]:
    return frozenset(fold(entry) for entry in lexicon_lines("card_openers.txt"))


def _opens_with_role(text: str) -> bool:
    """Whether a line opens with a journalist's role ("Periodista. Cubre …").

    A role with a colon labels a speaker's turn ("DIRECTORA: Vamos a …"), not a card.
    """
    first = text.split(None, 1)[0] if text.strip() else ""
    return not first.endswith(":") and fold(first.strip(".,:;").lower()) in roles()


def _captions_over_credits(lines: Sequence[BodyLine], end: int) -> list[int]:
    """Short lines not closed like a sentence right over a photo's credit alone."""
    return [
        i
        for i in range(end - 1)
        if lines[i].body
        and not lines[i].closed
        and len(lines[i].text) <= _MAX_CAPTION
        and lines[i + 1].gap == 0
        and lines[i + 1].kind == "media"
        and lines[i + 1].text.count(" ") < _CREDIT_WORDS
    ]


def _captions_in_text(lines: Sequence[BodyLine], end: int) -> list[int]:
    """A photo's caption between the text's paragraphs, told by the credit under it.

    Inside the text (a paragraph of it before, a sentence of it after), a line of one
    sentence of 200 characters at most right over a credit alone ("Foto: Agencia Uno")
    or over a byline's line (the photographer, "Ana Ruiz / El Puerto"), no blank line
    between: the article's byline stands at its top, and its paragraphs are not signed
    one by one. (A credit a blank line under a paragraph may be a chart's or a
    picture's with no caption: the paragraph stays.)
    """
    last_text = max((j for j in range(end) if lines[j].body and lines[j].sentence), default=-1)
    out: list[int] = []
    seen_text = False
    for i in range(end - 1):
        line, credit = lines[i], lines[i + 1]
        if (
            seen_text
            and line.body
            and len(line.text) <= _MAX_CAPTION
            and _breaks(line.text).search(line.text) is None
            and last_text > i + 1
            and ((credit.kind == "media" and is_credit(credit.text)) or credit.kind == "byline")
            and credit.gap == 0
        ):
            out.append(i)
        seen_text = seen_text or _paragraph(line)
    return out


def _lower_case_label(line: BodyLine) -> bool:
    """A short line opening in lower case, not closed like a sentence: a caption or a tag.

    Symbols before its first letter (an emoji, "📌 horario de verano") do not count.

    The article opens its paragraphs with a capital, a digit or a mark; a line the
    renderer broke off a paragraph was joined back to it (:mod:`noticiaparse._layout.page`).
    """
    return (
        line.body
        and not line.closed
        and _LOWER_START.match(line.text) is not None
        and len(line.text) <= _MAX_CAPTION
    )


def _piece(lines: Sequence[BodyLine], i: int) -> bool:
    """Whether line ``i`` carries on the sentence of the body line right over it.

    (``False`` past the last line.)

    "En materia de vialidad," over "la carretera ya se": a sentence broken over
    lines, which :mod:`noticiaparse._layout.wrap` joins into its paragraph; over a blank
    line, when the line above is left open by a comma or a word no sentence ends with
    (:func:`noticiaparse._layout.wrap.carried_over_gap`).
    """
    above = lines[i - 1] if i else None
    if above is None or i >= len(lines):
        return False
    if lines[i].gap:
        return carried_over_gap(above, lines[i])
    return above.body and goes_on(above.text.rstrip(), lines[i].text)


def _linked(lines: Sequence[BodyLine], i: int) -> bool:
    """Whether line ``i`` is a link set between blank lines inside a sentence.

    (:func:`noticiaparse._layout.wrap.linked_between`: a name under prose left open, the
    text going on under it.)
    """
    return 0 < i < len(lines) - 1 and linked_between(lines[i - 1], lines[i], lines[i + 1])


def _repeated_short_lines(lines: Sequence[BodyLine], end: int) -> list[int]:
    """Short lines the body shows twice or more, word for word: a caption or a notice.

    A page sets a caption again (under the photo and in its gallery or lightbox), and a
    notice again (a paywall's, above and under the text); the article does not repeat a
    line of its own. A repeated paragraph (a passage the scraper doubled) is longer.
    """
    seen: dict[str, list[int]] = {}
    for i in range(end):
        if lines[i].body:
            seen.setdefault(lines[i].text, []).append(i)

    def repeated(i: int) -> bool:  # a sentence of a doubled passage
        line = lines[i] if 0 <= i < end else None
        return line is not None and line.body and line.sentence and len(seen[line.text]) > 1

    return [
        i
        for text, found in seen.items()
        if len(found) > 1
        and len(text) <= _MAX_CAPTION
        # each copy alone: next to a repeated sentence it is a passage doubled
        and not any(repeated(i - 1) or repeated(i + 1) for i in found)
        # a vox pop asks each person the same question: a question's turn over an answer
        and not all(_asked(lines, i, end) for i in found)
        for i in found
    ]


def _asked(lines: Sequence[BodyLine], i: int, end: int) -> bool:
    """Whether line ``i`` is an interviewer's question with its answer under it.

    "—¿Qué opina del aumento?" over "—Es un golpe fuerte." The same question put to
    several people (a vox pop, a street survey) is set once for each of them.
    """
    after = lines[i + 1] if i + 1 < end else None
    return after is not None and after.body and _answered(lines[i], after)


def _caption_copies(lines: Sequence[BodyLine], end: int) -> list[int]:
    """A line that a caption right over or under it opens with: the photo's text again.

    "Vecinos en la plaza." over "Vecinos en la plaza. Foto: Ana Ruiz": the image's
    text, then its caption with the credit.
    """
    # (read only beside the media lines: few on a page)
    media = [j for j, line in enumerate(lines) if line.kind == "media"]
    near = sorted({i for j in media for i in (j - 1, j + 1) if 0 <= i < end}) if media else []
    return [
        i
        for i in near
        if lines[i].body
        and any(
            0 <= j < len(lines)
            and lines[j].kind == "media"
            and len(lines[j].text) > len(lines[i].text)
            and lines[j].text.startswith(lines[i].text)
            for j in (i - 1, i + 1)
        )
    ]


def _gallery_captions(lines: Sequence[BodyLine], end: int) -> list[int]:
    """A gallery's counter and the caption right under it: "3 / 12" over "Vecinos en …".

    A gallery numbers its photos ("1 / 4", "Foto 2 de 5", "3 of 12": a number, a slash
    or "de", a number no smaller, perhaps a photo's word first: lexicon
    ``layout_words.tsv``, classes ``counter_of`` and ``counter_noun``); the line right
    under the counter, 600 characters at most, is that photo's caption. The article's
    text counts nothing on a line of its own.
    """
    out: list[int] = []
    for i in range(end):
        text = lines[i].text
        if len(text) > _MAX_COUNTER or not _gallery_counter(text):  # (most lines: longer)
            continue
        if lines[i].body:
            out.append(i)
        below = i + 1
        if below < end and lines[below].body and len(lines[below].text) <= _MAX_LONG_CAPTION:
            out.append(below)
    return out


def _gallery_counter(text: str) -> bool:
    """Whether a line is a gallery's counter alone: "2 / 5", "Foto 2 de 5", "3 of 12"."""
    if len(text) > _MAX_COUNTER or not _DIGIT.search(text):
        return False
    words = fold(text).lower().replace("/", " / ").split()
    if words and words[0] in layout_words("counter_noun"):
        words = words[1:]
    return (
        len(words) == _COUNTER_WORDS
        and words[0].isdigit()
        and words[2].isdigit()
        and (words[1] == "/" or words[1] in layout_words("counter_of"))
        and 0 < int(words[0]) <= int(words[2])
    )


def _between_media(lines: Sequence[BodyLine], end: int) -> list[int]:
    """Lines between two media lines: a photo's caption, whatever its shape.

    The photo's file or label stands over it (three words at most) and its credit under
    it ("vecinos.jpg" / the caption / "Foto: …"; a caption closed by its credit or a call
    to play a video is a media line too, and a paragraph may stand between two of those).
    """
    return [
        i
        for i in range(1, end - 1)
        if lines[i].body
        and len(lines[i].text) <= _MAX_LONG_CAPTION
        and lines[i - 1].kind == "media"
        and lines[i - 1].text.count(" ") < _LABEL_WORDS
        and lines[i + 1].kind == "media"
        and lines[i + 1].text.count(" ") < _CREDIT_WORDS
        and ":" in lines[i + 1].text
    ]


def _shown_by_name(line: BodyLine) -> bool:
    """A photo's caption naming who is shown: a role, a comma, a person's name, no stop.

    "Suboficial de la policía, Andrés Quiroga", "La jueza del caso, Ana María Soto": up to
    six words before the one comma, then a given name (lexicon ``first_names.txt``) and
    one to three more capitalised words, the line not closed like a sentence. A sentence
    of the text says what the person did; an intertitle names a part of the story.
    """
    text = line.text
    if not line.body or line.closed or text.count(",") != 1:
        return False
    head, name = text.split(",")
    names = name.split()
    return (
        0 < head.count(" ") < _SHOWN_HEAD_WORDS
        and text[:1].isupper()
        and 1 < len(names) <= _SHOWN_NAME_WORDS
        and fold(names[0]) in _given_names()
        and all(word[:1].isupper() for word in names[1:])
    )


def _labelled_links(lines: Sequence[BodyLine], end: int) -> list[int]:
    """Another article's headline after a one-word label, set between two paragraphs.

    "Además: Homenaje al afgano …", "Mira: Así quedó el puente …": a word and its
    colon, then a headline (six to 16 words, a capital first, not closed like a
    sentence), with a paragraph of the text right over it and right under it. An
    intertitle with a label names a part of the story in fewer words.
    """
    out = []
    for i in range(1, end - 1):
        line = lines[i]
        if line.body and not line.closed and ": " in line.text[: _LABEL_HEAD + 2]:
            label = _LINK_LABEL.match(line.text)
            if (
                label is not None
                and _LINK_MIN_WORDS <= line.text.count(" ", label.end()) + 1 <= _TEASER_TITLE_WORDS
                and _paragraph(lines[i - 1])
                and lines[i - 1].body
                and _paragraph(lines[i + 1])
                and lines[i + 1].body
            ):
                out.append(i)
    return out


def _names_alone(line: BodyLine) -> bool:
    """People's names alone on a line inside the body: a photo's or a box's credit.

    One of them opens with a given name (lexicon ``first_names.txt``): an intertitle
    shaped like a name ("Dichos de Loncon"), one set in capitals ("LEY DE PRESUPUESTOS")
    or an answer ("-De Pinochet.") is not one.
    """
    if not (line.body and line.names) or line.closed or line.text.isupper():
        return False
    given = _given_names()
    return any(
        fold(part.split(None, 1)[0]) in given
        for part in regex.split(r",|\sy\s", line.text)
        if part.strip()
    )


@functools.cache
def _given_names() -> frozenset[str]:
    return frozenset(fold(row[0]) for row in rows("first_names.txt"))


def _kicked_headlines(lines: Sequence[BodyLine], end: int) -> list[int]:
    """A section's label and a headline under it, set between paragraphs: another article.

    A short label ("Economía", "Local": three words at most) and a title-shaped line right
    after it (four words or more, neither closed like a sentence) are a related
    article's kicker and headline; an intertitle stands alone over its paragraph. A time
    of day opening the label ("06:50 hs", "10.15 Hoy") is a live page's stamp over its
    entry's title: the stamp is furniture, the title the text's own.
    """
    out: list[int] = []
    for i in _kickers(lines, end):
        out += [i] if _ENTRY_TIME.match(lines[i].text) else [i, i + 1]
    return out


def _kickers(lines: Sequence[BodyLine], end: int) -> Iterator[int]:
    """The lines that are a short label over a title-shaped line, between paragraphs."""
    for i in range(1, end - 1):
        label, title = lines[i], lines[i + 1]
        if (
            label.body
            and title.body
            and not label.closed
            and not title.closed
            and label.text.count(" ") < _LABEL_WORDS
            and title.text.count(" ") + 1 > _LABEL_WORDS
            and len(title.text) <= _MAX_CAPTION
            and lines[i - 1].sentence
            and (i + 2 >= len(lines) or lines[i + 2].gap > 0)
        ):
            yield i


def _pull_quotes(lines: Sequence[BodyLine], end: int) -> list[int]:
    """Lines not closed like a sentence that repeat the start of one of the text's sentences.

    A pull quote (sumario) sets a sentence of the article again, in large type, often
    cut short: "Desde el otoño, cada corriente funciona por su cuenta" over the
    paragraph that says it. The sentence's first words find it, then the line must
    stand inside it.
    """
    candidates = [
        i
        for i in range(end)
        if lines[i].body and not lines[i].closed and len(lines[i].text) >= _PULL_QUOTE
    ]
    # (only a paragraph holding a candidate's start can hold the sentence it repeats)
    heads = {lines[i].text[:_PULL_QUOTE] for i in candidates}
    starts: dict[str, list[str]] = {}
    for i in range(end) if heads else ():
        line = lines[i]
        if line.body and line.sentence and any(head in line.text for head in heads):
            for sentence in _SENTENCE_START.split(line.text):
                if len(sentence) >= _PULL_QUOTE:
                    starts.setdefault(sentence[:_PULL_QUOTE], []).append(sentence)
    cut = [i for i in range(end) if _cut_quote(lines[i])]
    return cut + [
        i
        for i in candidates
        if any(
            lines[i].text in sentence and lines[i].text != sentence
            for sentence in starts.get(lines[i].text[:_PULL_QUOTE], ())[:_MAX_STARTS]
        )
    ]


def _cut_quote(line: BodyLine) -> bool:
    """A pull quote cut out of a quotation: it closes a quote it never opened.

    "Abriremos hasta las diez porque la biblioteca es de todos”": the page
    set the opening mark apart (or as an image); the article's own text opens every
    quotation it closes, and closes its sentences with a stop.
    """
    text = line.text
    opener = _QUOTE_PAIRS.get(text[-1:])
    return (
        line.body
        and not line.closed
        and opener is not None
        and opener not in text
        and text.count(" ") + 1 >= _CUT_QUOTE_WORDS
    )


def _paragraphs(lines: Sequence[BodyLine], start: int, end: int) -> list[int]:
    return [i for i in range(start, end) if lines[i].body and lines[i].sentence]


def _second_copy(lines: Sequence[BodyLine]) -> int | None:
    """Where the article's text starts again: its first paragraphs repeated in order."""
    paragraphs = _paragraphs(lines, 0, len(lines))
    if len(paragraphs) < 2 * _COPY_PARAGRAPHS:
        return None
    opening = [lines[i].text for i in paragraphs[:_COPY_PARAGRAPHS]]
    for pos in range(_COPY_PARAGRAPHS, len(paragraphs) - _COPY_PARAGRAPHS + 1):
        window = paragraphs[pos : pos + _COPY_PARAGRAPHS]
        if [lines[i].text for i in window] == opening:
            seen = {lines[i].text for i in paragraphs[:pos]}
            fresh = sum(lines[i].text not in seen for i in paragraphs[pos:])
            # a copy brings no paragraph of its own: new ones after the repeat make it
            # a passage the scraper doubled inside the article, which goes on
            return window[0] if fresh < _COPY_PARAGRAPHS else None
    return None


def _closing(lines: Sequence[BodyLine], end: int) -> int | None:
    """The first closing block (comments, author card, tags, footer) after a paragraph.

    A paragraph is a line closed like a sentence, of a paragraph's size: a comment
    button among the share buttons over the text closes nothing.
    """
    seen = False
    for i in range(end):
        line = lines[i]
        if line.kind == "close" and seen and not _text_resumes(lines, i + 1, end):
            return i
        seen = seen or (line.body and _paragraph(line))
    return None


def _text_resumes(lines: Sequence[BodyLine], start: int, end: int) -> bool:
    """Whether the article's text goes on right at ``start``: two paragraphs in a row.

    A comment counter or a tag label the page sets inside the text (under the lead, by
    the share buttons) closes nothing when paragraphs follow it straight away: readers'
    comments come under their authors' names, a footer and a tag list under no text.
    """
    ahead = lines[start : min(start + _RESUME, end)]
    return len(ahead) == _RESUME and all(
        line.body and _paragraph(line) and line.kind == "" for line in ahead
    )


def _widget_after_text(lines: Sequence[BodyLine], end: int) -> int | None:
    """A list widget or a wider gap after the article's paragraphs, the text not resuming.

    After the article's first paragraph, a list widget's label ("Más noticias", "Lo
    más leído") or a blank gap wider than any between the article's paragraphs so far
    (not before its numbered notes, "[1] …", nor after a line announcing an embedded
    post or video with a colon) ends the article when no two sentences in a row, nor
    a paragraph of two sentences, follow it (the teasers of a widget alternate a
    headline and a summary; the article's text comes in sentences). A related-article
    label ("Noticias relacionadas") is set into the text: it ends the article only when
    it heads a list (two headlines or more) and no paragraph at all follows it.
    """
    ahead = _Ahead.of(lines, end)
    seen = False  # the article's first paragraph
    widest = -1  # the widest gap between two lines of the article's text after it
    for i in range(end):
        line = lines[i]
        if (
            seen
            and line.kind == "related"
            and ahead.last_paragraph <= i
            and _related_after_text(lines, i, end)
        ):
            return i
        widget = (seen and line.kind in _WIDGETS) or (
            widest >= 0
            and line.body
            and line.gap > widest
            and _NOTE.match(line.text) is None
            and not lines[i - 1].text.endswith(":")  # an embed the text announces
        )
        # (after a wider gap, two sentences from the line itself on are the text going on)
        no_pair = ahead.last_pair <= i if line.kind in _WIDGETS else ahead.last_pair < i
        if (
            widget
            and no_pair
            and ahead.last_sentences <= i
            and not (
                line.kind in _WIDGETS
                and ahead.inline_box(i, end)
                and not _strangers_after(lines, i, end)
            )
            # (a paragraph longer than a teaser's summary, no headline after it: the text)
            and (line.kind in _WIDGETS or not _past_summary(line) or ahead.last_open > i)
        ):
            if line.kind not in _WIDGETS and _past_summary(line):
                # (the paragraph under the gap is the text's; the page's starts after it)
                return _furniture_after(lines, i, end)
            return i
        if seen and line.kind in _WIDGETS and _strangers_after(lines, i, end):
            return i
        if seen and line.body and lines[i - 1].body and (line.sentence or _sentence(lines[i - 1])):
            # a gap between two lines of the text, under a sentence or over one (an
            # intertitle's; a gap after furniture says nothing)
            widest = max(widest, line.gap)
        seen = seen or (line.body and _paragraph(line))
    return None


def _furniture_after(lines: Sequence[BodyLine], i: int, end: int) -> int:
    """Where the page's lines start after a long paragraph set under a wide gap.

    The paragraph and the sentences right under it are the article's last (a long
    quotation, the closing paragraph set apart); the first line after them that is not
    the text's (a label, a card's headline) starts the page's widget. With no such line
    the gap itself ends the text.
    """
    for j in range(i + 1, end):
        if not (lines[j].body and lines[j].closed):
            return j
    return i


def _strangers_after(lines: Sequence[BodyLine], label: int, end: int) -> bool:
    """Whether a widget's label heads other stories' summaries to the end of the text.

    "Te puede interesar" over paragraphs of a card's size (600 characters, two sentences
    at most), each telling another story (under a third of its content words come from
    the article's text above the label, two paragraphs or more), and over their
    headlines at most: the list's teasers. Two such paragraphs with no headline (their
    headlines glued to them), or one right under its headline (no blank line between, on
    a page that sets its lines apart). The article's text resumed after a box set into
    it tells its story, after a blank line.
    """
    if len(_paragraphs(lines, 0, label)) < _COPY_PARAGRAPHS:
        return False  # (too little text to tell its story by)
    found = items = 0
    said: frozenset[str] | None = None
    for j in range(label + 1, end):
        line = lines[j]
        if not line.body or (not line.closed and _teaser_title(line)):
            items += 1  # a headline, the label's item
            continue
        if not (line.closed and _card_summary(line)):
            return False
        if items and not (line.gap == 0 and lines[j - 1].gap):
            return False  # (a card's summary sticks to its headline; the text is spaced)
        if said is None:
            said = frozenset().union(
                *(content_stems(lines[k].text) for k in range(label) if lines[k].body)
            )
        told = content_stems(line.text)
        if not told or len(told & said) * _UNRELATED_SHARE >= len(told):
            return False
        found += 1
    return found >= (1 if items else _LIST_ITEMS)


@attrs.frozen(repr=False)
class _Ahead:
    """What the text after each line holds, read once from the end (no line read twice).

    ``last_pair``: where the last run of two sentences in a row starts (lines of text,
    body or teaser, other lines skipped); ``last_sentences``: the last paragraph of two
    sentences; ``last_paragraph``: the last paragraph; ``last_open``: the last body
    line not closed like a sentence; ``next_closed[i]``: the first body line closed
    like a sentence from ``i`` on. Each is -1 (or ``end``) where there is none.
    """

    __repr__ = record_repr

    last_pair: int
    last_sentences: int
    last_paragraph: int
    last_open: int
    next_closed: tuple[int, ...]

    @classmethod
    def of(cls, lines: Sequence[BodyLine], end: int) -> _Ahead:
        last_pair = last_sentences = last_paragraph = last_open = previous = -1
        for i in range(end):
            line = lines[i]
            if line.body and not line.closed:
                last_open = i
            if not (line.body or line.teaser):
                continue
            if _sentence(line) and previous >= 0 and _sentence(lines[previous]):
                last_pair = previous
            if _sentences(line):
                last_sentences = i
            if _paragraph(line):
                last_paragraph = i
            previous = i
        following = [end] * (end + 1)
        for i in range(end - 1, -1, -1):
            closed = lines[i].body and lines[i].closed
            following[i] = i if closed else following[i + 1]
        return cls(last_pair, last_sentences, last_paragraph, last_open, tuple(following))

    def inline_box(self, label: int, end: int) -> bool:
        """Whether a widget's label heads one headline, the text going on to the end.

        "Te puede interesar" over one headline, then the article's last sentences: a box
        set into the text, not the page's list after it.
        """
        j = self.next_closed[label + 1]
        # (any line under the label is one of its items)
        return j - label - 1 <= 1 and j < end and self.last_open < j


def _past_summary(line: BodyLine) -> bool:
    """A paragraph longer than any teaser's one-sentence summary.

    Closed like a sentence, or running text that lost its stop (a renderer drops a
    paragraph's last full stop with its closing tag; a card's summary is cut by an
    ellipsis, or closed).
    """
    return (line.closed or line.sentence) and len(line.text) > _TEASER_SUMMARY


def _sentence(line: BodyLine) -> bool:
    return line.sentence and line.closed


def _related_after_text(lines: Sequence[BodyLine], label: int, end: int) -> bool:
    """Whether a related-article label heads a list, or a box the text never resumes after.

    One headline under its own label with the article's text going on under it is set
    into the text (a teaser, kept); with no line closed like a sentence after it, the box
    stands after the text, as a list does, when its item is no related headline the page
    set into the text (role ``teaser``, kept by the teaser convention) but a longer line
    of its own (a linked title with its date and its summary).
    """
    return _related_list(lines, label, end) or not any(
        (lines[j].body and lines[j].closed) or lines[j].teaser for j in range(label + 1, end)
    )


#: Where a renderer glued two links with no space: a word in lower case, then a capital.
_GLUED_TITLES = regex.compile(r"(?<!\p{L})\p{Ll}{2,}+(?=\p{Lu}\p{Ll})")
_GLUED_SIDE_WORDS = 3


def _glued_titles(text: str) -> int:
    """How many places glue two headlines into one line.

    A word in lower case glued to a capitalised one ("… el lunesConductores anuncian …"),
    three words or more on either side: a brand's capital inside its name ("YouTube",
    "iPhone") opens no word in lower case of two letters or more.
    """
    return sum(
        1
        for m in _GLUED_TITLES.finditer(text)
        if len(text[: m.end()].split()) >= _GLUED_SIDE_WORDS
        and len(text[m.end() :].split()) >= _GLUED_SIDE_WORDS
    )


def _related_list(lines: Sequence[BodyLine], label: int, end: int) -> bool:
    """Whether a related-article label heads a list: two headlines or more under it.

    One headline under its own label ("NOTICIA RELACIONADA" over a title) is a teaser
    set into the text, kept in the body; a list under one label is the page's widget,
    and so are headlines a renderer glued into one line (a capital right after a
    lower-case letter: "… desde el lunesConductores anuncian …").
    (The same headline set again counts once; the list ends at the next label.)
    """
    items: set[str] = set()
    glued = 0
    for i in range(label + 1, end):
        line = lines[i]
        if line.kind == "related" or _paragraph(line):
            break
        if (line.body or line.teaser) and not line.closed:
            items.add(line.text)
            if len(items) == 1:  # (headlines glued with no space: "… el lunesConductores …")
                glued = _glued_titles(line.text)
    return len(items) + glued >= _LIST_ITEMS


def _sentences(line: BodyLine) -> bool:
    """A paragraph of two sentences or more (a teaser's summary is one)."""
    return line.closed and _breaks(line.text).search(line.text) is not None


def _paragraph(line: BodyLine) -> bool:
    return line.closed and len(line.text) >= _PARAGRAPH


def _after_last_sentence(lines: Sequence[BodyLine], end: int) -> list[int]:
    """The body's lines after its last line of text, up to ``end``.

    The last line of text is running text, a short sentence ("Noticia en desarrollo."),
    a line closed by a quotation, a numbered note ("[3] …"), a line longer than any
    headline with a comma in it (prose that lost its stop) or a name closing the sentence
    the line above leaves open (:func:`_named_end`): the article's own. A
    related headline set again under the teasers keeps its place with them.
    """
    listed = _announced(lines, end)
    # (read from the end back: the last such line is the first found)
    last = next(
        (
            i
            for i in range(end - 1, -1, -1)
            if lines[i].body
            and (_text_end(lines[i]) or _reply(lines, i) or listed[i] or _named_end(lines, i))
        ),
        None,
    )
    if last is None:
        return []
    if end == len(lines) and last < end - 1 and _cut_off(lines, end - 1):
        return []  # the page ends inside the article: its last line is the text's
    return list(range(last + 1, end))


def _named_end(lines: Sequence[BodyLine], i: int) -> bool:
    """Whether line ``i`` is a name closing the sentence the body line above leaves open.

    "… según publicó el diario" over "El Mercurio." (:func:`._layout.wrap.needs_end`).
    """
    line = lines[i]
    return (
        line.closed
        and i > 0
        and lines[i - 1].body
        and needs_end(lines[i - 1].text.rstrip(), line.text)
    )


def _cut_off(lines: Sequence[BodyLine], i: int) -> bool:
    """Whether the page's last line is the article's, the scrape cut off after it.

    A page that stops inside the article (a paywall, a truncated copy) ends on a sentence
    cut short, left open on a word no sentence or headline ends with ("Trascendió que el
    próximo lunes e"), or on an intertitle whose paragraph is missing, on a page whose
    text sets intertitles over its paragraphs (two or more, each over a paragraph). A
    related headline closing a page stands under its label, or among other headlines.
    """
    line = lines[i]
    if not line.body or line.closed or line.kind:
        return False
    words = line.text.rsplit(None, _CUT_WORDS)  # (the last word, and a count up to three)
    if len(words) >= _CUT_WORDS and fold(words[-1]) in layout_words("open_end"):
        return True
    if not _teaser_title(line) or (i and lines[i - 1].body and not lines[i - 1].closed):
        return False  # (a headline under another: a list)
    if i > 0 and _short_intertitle(line, lines[i - 1]):
        return True
    return _intertitles(lines, i) >= _INTERTITLES


@functools.cache
def _function_words() -> frozenset[str]:
    return folded_lines("stopwords.txt")


def _short_intertitle(line: BodyLine, above: BodyLine) -> bool:
    """Whether ``line`` is an intertitle of two or three words in sentence case under the text.

    An intertitle names a part of the story in a few words set as a sentence is
    ("Evitar la catástrofe", "Controversias y denuncias": a function word in lower case
    after the first, lexicon ``stopwords.txt``); a desk, a place or a person's name
    capitalises each of its words, a menu's label names a section with none
    ("Suplementos digitales"), and a related headline says who did what in more words.
    Right under a paragraph closed like a sentence, it heads the section the scrape cut
    off. A call to the reader
    ("Deja tu comentario", "Síguenos en redes": an ``address`` phrase of lexicon
    ``reader_notices.tsv``) is the page's.
    """
    words = line.text.split()
    return (
        1 < len(words) <= _LABEL_WORDS
        and any(w in _function_words() for w in words[1:])
        and not _held(_notice_words(fold(line.text)), _notice_phrases()["address"])
        and above.body
        and above.closed
        and _paragraph(above)
    )


def _intertitles(lines: Sequence[BodyLine], end: int) -> int:
    """How many title-shaped body lines before ``end`` stand right over a paragraph."""
    body = [i for i in range(end) if lines[i].body]
    return sum(
        1
        for above, below in itertools.pairwise(body)
        if _teaser_title(lines[above]) and lines[above].gap and _paragraph(lines[below])
    )


def _announced(lines: Sequence[BodyLine], end: int) -> list[bool]:
    """For each line up to ``end``: an item of a list the text announces with a colon.

    "Entre los organismos que colaboran están:" over "• Buró Federal de Investigaciones":
    the items (marked as a list's) under a body line of four words or more ending with a
    colon, past the list's other items, are the article's own last lines. Read once.
    """
    out = [False] * end
    announced = False  # the run of items so far follows an announcing line
    for i in range(end):
        # (a list's mark or a digit opens an item: an ASCII letter never does)
        first = lines[i].text[:1]
        item = (
            lines[i].body
            and (first in _ITEM_OPENERS or not first.isascii() or "0" <= first <= "9")
            and _ITEM.match(lines[i].text) is not None
        )
        if item and not (i and out[i - 1]):
            above = lines[i - 1] if i else None
            announced = (
                above is not None
                and above.body
                and above.text.rstrip().endswith(":")
                and above.text.count(" ") + 1 >= _ANNOUNCING_WORDS
            )
        out[i] = item and announced
    return out


def _reply(lines: Sequence[BodyLine], i: int) -> bool:
    """Whether a line is a turn right after a question's turn: dialogue ("—Sí.", "R: No.").

    An interview may end on an answer of a word, after the interviewer's "—¿…?" or
    "P: ¿…?".
    """
    before = lines[i - 1] if i else None
    return before is not None and before.body and lines[i].closed and _answered(before, lines[i])


def _answered(question: BodyLine, answer: BodyLine) -> bool:
    """Whether ``question`` is an interviewer's question and ``answer`` the turn after it."""
    return (
        question.text.startswith(_ASKS)
        and question.text.rstrip().endswith("?")
        and answer.text.startswith(_ANSWERS)
    )


#: What opens an interview's question, and its answer: a dash, or a label.
_ASKS = ("—", "–", "―", "-", "P:", "P.", "Pregunta:")
_ANSWERS = ("—", "–", "―", "-", "R:", "R.", "Respuesta:")


def _text_end(line: BodyLine) -> bool:
    """Whether a line can close an article's text (a row of links or a link alone cannot)."""
    words = line.text.count(" ") + 1
    if line.text.count(" | ") >= _LINK_ROW_BARS or (
        line.text.endswith(")") and _LINK_ALONE.fullmatch(line.text)  # (the link ends it)
    ):
        return False
    return (
        line.sentence
        or (line.closed and words >= _SHORT_SENTENCE)
        or (words >= _QUOTED_WORDS and line.text.endswith(_QUOTE_CLOSERS))
        or _NOTE.match(line.text) is not None
        or (words >= _SENTENCE_UNDER_SYMBOLS and _closed_under_symbols(line.text))
        # (longer than any headline, a clause set off by a comma: prose missing its stop)
        or (words > _TEASER_TITLE_WORDS and ", " in line.text)
    )


def _closed_under_symbols(text: str) -> bool:
    """Whether a sentence's stop stands under emoji or hashtags the line ends with.

    "¡Felicidades a los ganadores! 🎉", "… informó la Policía. #Seguridad": the line is
    running text closed like a sentence; the symbols after the stop are decoration.
    """
    if text[-1:].isalnum() and "#" not in text:
        return False  # (most open lines end on a word: no symbol to look under)
    match = _TRAILING_SYMBOLS.search(text)
    return match is not None and _STOP_BEFORE.search(text, 0, match.start()) is not None
