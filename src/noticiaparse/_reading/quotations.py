"""Quotations: where the article's quotation marks and dialogue dashes open and close.

Marks are paired by :func:`noticiaparse._text.marks.pair_marks` (one scan with a
small stack; an apostrophe or a prime is no mark). A quotation left open at the end
of a paragraph goes on in the next one when that paragraph reopens it (the Spanish
convention for long quotes); otherwise it ends at the end of its paragraph. Dash
dialogue (``—No es así —dijo el ministro—.``) is read per paragraph.

Everything here is in normalised offsets (:attr:`Spine.text`); the quotations are
part of the one reading of an article (:mod:`.reading`).
"""

from __future__ import annotations

import enum
import functools
import operator
import re
from array import array
from bisect import bisect_right
from collections.abc import Sequence
from itertools import chain

import attrs
import regex

from noticiaparse._reading.names import first_names
from noticiaparse._reading.vocabulary import reporting_verb, word_set, words_of
from noticiaparse._text.lexicons import lines
from noticiaparse._text.marks import OpenMark, family_of, has_mark, pair_marks
from noticiaparse._text.record import record_repr
from noticiaparse._text.span import Span, Spans, pairs

__all__ = ["COLUMNS_PAST", "RawQuote", "Turn", "find_quotations", "interview_cues", "paragraphs"]


class Turn(enum.Enum):
    """The part a quotation plays in an interview: none, a question or an answer."""

    NONE = "none"
    QUESTION = "question"
    ANSWER = "answer"


@attrs.frozen(init=False, repr=False, weakref_slot=False)
class RawQuote:
    """A paired quotation in normalised offsets: content ``start``/``end``.

    ``open_at`` is the offset of the opening mark (the content start for dash
    dialogue); ``depth`` is how many quotations enclose it; ``recovered`` says the
    closing mark was missing.

    A page of quoted words has a quotation every few characters, and the reading holds
    them all while they are credited: so a quotation keeps its two content offsets and
    one shared record of the rest (:class:`_Shape`: how far the marks stand from the
    content, the depth, the flags, the turn and its label), read through properties.
    Two slots and two offsets a quotation, where nine slots and three offsets were.
    """

    start: int
    end: int
    _shape: _Shape

    def __init__(  # noqa: PLR0913
        self,
        start: int,
        end: int,
        open_at: int,
        close_at: int,
        depth: int,
        *,
        dash: bool = False,
        recovered: bool = False,
        turn: Turn = Turn.NONE,
        label: Span | None = None,
    ) -> None:
        shape = (
            _shape_of(
                start - open_at, close_at - end, depth, dash=dash, recovered=recovered, turn=turn
            )
            if label is None
            else _Shape(start - open_at, close_at - end, depth, dash, recovered, turn, label)
        )
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "_shape", shape)

    @property
    def open_at(self) -> int:
        """Where the opening mark stands (the content start for dash dialogue)."""
        return self.start - self._shape.before

    @property
    def close_at(self) -> int:
        """Where the closing mark stands (the content end when none closes it)."""
        return self.end + self._shape.after

    # (read straight off the shared record, with no Python call: asked for often)
    #: How many quotations enclose this one.
    depth = property(operator.attrgetter("_shape.depth"))
    #: Whether a dialogue dash opens it.
    dash = property(operator.attrgetter("_shape.dash"))
    #: Whether its closing mark was missing.
    recovered = property(operator.attrgetter("_shape.recovered"))
    #: In a question-and-answer passage, whether this is a question or an answer.
    turn = property(operator.attrgetter("_shape.turn"))
    #: The label that opens an interview's turn ("EL DIARIO:", "Ana Paz (A.P.):"), if any.
    label = property(operator.attrgetter("_shape.label"))

    def __repr__(self) -> str:
        shown = ", ".join(
            f"{name}={getattr(self, name)!r}"
            for name in (
                "start",
                "end",
                "open_at",
                "close_at",
                "depth",
                "dash",
                "recovered",
                "turn",
                "label",
            )
        )
        return f"RawQuote({shown})"


@attrs.frozen(repr=False, weakref_slot=False)
class _Shape:
    """What a quotation has beside its content's offsets, shared by quotations alike.

    ``before`` is how far before the content its opening mark stands, ``after`` how far
    after it the closing mark does.
    """

    __repr__ = record_repr

    before: int
    after: int
    depth: int
    dash: bool
    recovered: bool
    turn: Turn
    label: Span | None = None


@functools.lru_cache(maxsize=256)
def _shape_of(  # noqa: PLR0913
    before: int, after: int, depth: int, *, dash: bool, recovered: bool, turn: Turn
) -> _Shape:
    """One shared :class:`_Shape` for the quotations alike (a label makes one its own)."""
    return _Shape(before, after, depth, dash, recovered, turn)


#: The dashes that open a paragraph of dialogue (see :func:`find_quotations`): the em
#: dash and the horizontal bar always, the others (:data:`_SHORT_DASHES`) in dialogue.
_DIALOGUE_DASHES = ("—", "―", "–", "−", "‒")
#: A line opened by a hyphen, maybe after blanks, after the text's first line (the
#: standard engine: a scan of the whole page, far faster there).
_LINE_HYPHEN = re.compile(r"\n[ \t]*-")
#: The shorter dashes that stand for the dialogue dash on the web: the en dash, the
#: minus sign, the figure dash and the hyphen. A line they open is dialogue only when
#: it says so (an incise, a question, a run of such lines): they also open list items.
_SHORT_DASHES = "–−‒-"


def find_quotations(  # noqa: C901, PLR0912
    text: str, regions: Sequence[Span]
) -> tuple[RawQuote, ...]:
    """Every quotation of the paragraphs ``regions`` (:func:`paragraphs`), in text order.

    Examples:
        >>> text = "«Sí», dijo. Luego: “no”."
        >>> [text[q.start:q.end] for q in find_quotations(text, [(0, len(text))])]
        ['Sí', 'no']
    """
    out: list[RawQuote] = []
    carry: list[OpenMark] = []
    turns = _interview_turns(text, regions)
    dialogue = _dash_lines(text, regions, turns) if (dashes := _has_dash(text)) else {}
    if not turns and not dashes and not has_mark(text, 0, len(text)):
        # no quotation mark, no dialogue dash, no interview: no paragraph quotes anyone
        # (one scan of the page, not one test a paragraph: a page of short lines)
        return ()
    for index, (lo, hi) in enumerate(regions):
        start = lo
        while start < hi and text[start].isspace():
            start += 1
        if not carry and index in turns:
            out.extend(_turn(text, lo, hi, turns[index]))
            continue
        if not carry and text[start : start + 1] in ("—", "―"):
            if _SIGNATURE.match(text, start, hi) is None and dialogue.get(index, True):
                # not an embedded post's signature, nor a list's item
                out.extend(_dash_dialogue(text, lo, hi))
            continue
        if (
            not carry
            and text[start : start + 1] in _SHORT_DASHES
            and (dialogue.get(index, False) or _en_dash_incise(text, start, hi))
        ):
            # "– No es así – dijo el ministro –.": dialogue set with en dashes
            out.extend(_dash_dialogue(text, lo, hi, _EN_DASH_INCISE))
            continue
        if not carry and not has_mark(text, start, hi):
            continue  # no mark: nothing to pair, and no closing mark lost its opening
        # the mark that reopens a long quote in its next paragraph is not a new quote
        reopened = bool(carry)
        pairs, left, first_open = pair_marks(
            text, start + 1 if carry else lo, hi, carry, worded=True
        )
        carry = []
        out.extend(
            RawQuote(q_start, q_end, open_at, close_at, depth)
            for open_at, q_start, q_end, close_at, depth in pairs
        )
        if not reopened:
            out.extend(_lost_opening(text, start, hi, first_open, left, [p[3] for p in pairs]))
        if not left:
            continue
        # a long quote goes on when the next paragraph reopens it with the same family
        outer = left[0]
        if index + 1 < len(regions):
            nlo, nhi = regions[index + 1]
            first_at = nlo
            while first_at < nhi and text[first_at].isspace():
                first_at += 1
            first = text[first_at : first_at + 1]
            # «…¶»… and “…¶“…: the reopening mark may be either shape of the family
            if family_of(first) is outer.family:
                carry = [outer]
                # the reopening mark is part of the quote, not a new one
                continue
        end = hi
        while end > outer[2] and text[end - 1] in " \n":
            end -= 1
        if (
            _has_word(text, outer[2], end)
            and " " in text[outer[2] : end].strip()
            and not text[outer[2] : outer[2] + 1].isspace()
        ):
            out.append(_left_open(text, outer, end))
    # by start, the longer first: two stable sorts on the ints the quotations hold (a
    # key tuple per quotation would cost more than the quotation on a page of quotes)
    out.sort(key=_END, reverse=True)
    out.sort(key=_START)
    return tuple(_outside_shortcodes(text, regions, out))


_START = operator.attrgetter("start")
_END = operator.attrgetter("end")


#: A CMS shortcode's opening tag with attributes ('[caption id="a_1" align="…"]'), kept
#: in the text when it sits inside a paragraph: its quoted values are markup, not quotes.
_SHORTCODE_TAG = regex.compile(r"\[[a-z_]{2,30}\s[^\[\]\n]{0,1000}+\]")


def _outside_shortcodes(
    text: str, regions: Sequence[Span], found: list[RawQuote]
) -> list[RawQuote]:
    """``found`` without the quotation marks that are a shortcode's attribute values."""
    tags = [
        match.span()
        for lo, hi in regions
        if "[" in text[lo:hi]
        for match in _SHORTCODE_TAG.finditer(text, lo, hi)
        if '="' in match.group()
    ]
    if not tags:
        return found
    starts = [start for start, _ in tags]
    kept = []
    for quote in found:
        k = bisect_right(starts, quote.open_at) - 1
        if k < 0 or quote.open_at >= tags[k][1]:
            kept.append(quote)
    return kept


def _has_word(text: str, start: int, end: int) -> bool:
    return _WORD_CHAR.search(text, start, end) is not None


_WORD_CHAR = regex.compile(r"[\p{L}\p{N}]")
_DASH_INCISE = regex.compile(r" [—―]([a-záéíóúñ]{2,20})(?: ([a-záéíóúñ]{2,20}))?")


#: The incise of dialogue set with a shorter dash: " – dijo", " –dijo", " -dijo", and
#: the typewriter's double hyphen for the em dash: " --dijo".
_EN_DASH_INCISE = regex.compile(r" (?:--|[–−‒-])[ ]?([a-záéíóúñ]{2,20})(?: ([a-záéíóúñ]{2,20}))?")


def _reports(match: regex.Match[str]) -> bool:
    """Whether a dash incise opens on a reporting verb, maybe after a clitic ("–le dijo")."""
    word, after = match.group(1, 2)
    if after is not None and word in words_of("clitic"):
        word = after  # "–le pregunta un vecino", "—se queja la ministra"
    return reporting_verb(word, after_quote=True)


def _has_dash(text: str) -> bool:
    """Whether any dash that may open dialogue stands in ``text`` (a hyphen, at a line's start)."""
    return (
        any(dash in text for dash in _DIALOGUE_DASHES)
        or text.lstrip(" \t").startswith("-")
        or _LINE_HYPHEN.search(text) is not None
    )


def _en_dash_incise(text: str, start: int, hi: int) -> bool:
    """Whether a paragraph opened by a shorter dash holds a reporting incise ("– dijo")."""
    return any(_reports(match) for match in _EN_DASH_INCISE.finditer(text, start + 1, hi))


#: A paragraph opened by a shorter dash (or the double hyphen "--" that stands for the em
#: dash in typewritten text) and the start of a sentence or a quotation.
_SHORT_DASH_LINE = regex.compile(r"[ \t]*+(?:--|[–−‒-])[ \t]{0,3}(?=[¿¡\p{Lu}\p{N}\"«“‘(…]|\.{3})")


def _dash_lines(text: str, regions: Sequence[Span], turns: dict[int, Turn]) -> dict[int, bool]:
    """The dashed paragraphs read by their run: dialogue (``True``) or a list (``False``).

    A run of shorter-dash lines with an incise is dialogue (:func:`_dialogue_runs`); a
    run of em-dash lines after a colon lead-in, none asking, exclaiming or incised, is
    a list's items (:func:`_em_dash_list`).
    """
    out = dict.fromkeys(_dialogue_runs(text, regions, turns), True)
    if ":" in text and ("—" in text or "―" in text):
        out.update(dict.fromkeys(_em_dash_list(text, regions, turns), False))
    return out


def _em_dash_list(text: str, regions: Sequence[Span], turns: dict[int, Turn]) -> list[int]:
    """The em-dash lines that are a list's items, not dialogue.

    Two lines or more opened by an em dash right after a paragraph ending on a colon
    ("Estas son las medidas:¶— Bajar el IVA.¶— Subir las pensiones.") are a list when
    the lead-in's last word is no verb of saying ("respondió:¶—…" opens dialogue) and
    no item asks, exclaims, carries a reporting incise or speaks in the first person
    ("dijo lo siguiente:¶—Vamos a bajar el IVA.").
    """
    out: list[int] = []
    for index in range(1, len(regions)):
        lo, hi = regions[index - 1]
        lead = text[lo:hi].rstrip()
        if not lead.endswith(":") or index - 1 in turns or index in turns:
            continue
        words = _WORD.findall(text, max(lo, hi - 40), hi)
        if words and reporting_verb(words[-1].lower(), after_quote=True):
            continue
        run = []
        for k in range(index, len(regions)):
            klo, khi = regions[k]
            line = text[klo:khi].lstrip()
            if not line.startswith(("—", "―")) or k in turns:
                break
            run.append(k)
        if len(run) >= _MIN_TURNS and not any(_listless(text, *regions[k]) for k in run):
            out.extend(run)
    return out


def _listless(text: str, lo: int, hi: int) -> bool:
    """Whether a dashed line speaks: it asks, exclaims, has an incise or says "yo"."""
    line = text[lo:hi]
    return "?" in line or "!" in line or _incised(text, lo + 1, hi) or _first_person(text, lo, hi)


def _dialogue_runs(text: str, regions: Sequence[Span], turns: dict[int, Turn]) -> frozenset[int]:
    """The paragraphs opened by a shorter dash that are a run of dialogue.

    A line of dialogue set with an en dash or a hyphen carries no incise when the
    speaker is plain from the turn before ("–¿Dónde estabas? –preguntó su madre.¶–En
    la escuela."): two lines or more opened by such a dash in a row are dialogue when
    one of them has a reporting incise; a list's items never have one.
    """
    out: set[int] = set()
    run: list[int] = []
    incised = False
    # (the regions read as pairs, then one empty stretch at the end to close the last run)
    for index, (lo, hi) in enumerate(chain(pairs(regions), [(len(text), len(text))])):
        match = (
            _SHORT_DASH_LINE.match(text, lo, hi)
            if index < len(regions) and index not in turns
            else None
        )
        if match is not None:
            run.append(index)
            incised = incised or _en_dash_incise(text, match.end() - 1, hi)
            continue
        if incised and len(run) >= _MIN_TURNS:
            out.update(run)
        run, incised = [], False
    return frozenset(out)


def _after_dash(text: str, lo: int, hi: int) -> int:
    """Where the words of a line opened by a dash begin, past the dash and its blanks."""
    start = lo + (len(text[lo:hi]) - len(text[lo:hi].lstrip())) + 1
    if text.startswith("-", start) and text[start - 1] == "-":
        start += 1  # "--No es así": the typewriter's double hyphen for the dash
    while start < hi and text[start] == " ":
        start += 1  # "– No es así": a space after the dash
    return start


def _dash_dialogue(
    text: str, lo: int, hi: int, incise: regex.Pattern[str] = _DASH_INCISE
) -> list[RawQuote]:
    """``—No es así —dijo el ministro—. Vamos a…``: each spoken piece is a quote."""
    out = []
    pos = _after_dash(text, lo, hi)
    while pos < hi:
        match = incise.search(text, pos, hi)
        if match is None or not _reports(match):
            end = hi
            while end > pos and text[end - 1] in " \n":
                end -= 1
            if end > pos and any(c.isalnum() for c in text[pos:end]):
                out.append(RawQuote(pos, end, pos - 1, end, 0, dash=True))
            break
        end = match.start()
        if any(c.isalnum() for c in text[pos:end]):
            out.append(RawQuote(pos, end, pos - 1, end, 0, dash=True))
        close = text.find(text[match.start() + 1], match.end(), hi)
        if close < 0:
            break
        pos = close + 1
        if text.startswith("-", pos) and text[close] == "-":
            pos += 1  # " --dijo Ana--. Vamos": the double hyphen closes the incise
        while pos < hi and text[pos] in " .,;":
            pos += 1
    return out


#: What opens a turn of an interview: a dash of any length (the double hyphen "--" of
#: typewritten text among them), or a "P:"/"R:" label.
_TURN_OPENER = regex.compile(
    r"[ \t]*+(?:(?P<label>P|R|Pregunta|Respuesta)[ \t]{0,2}(?:[:.][ \t]{0,2}[-–—]?|[-–—])"
    r"|(?P<dash>--|[-–—―−‒])(?=[ \t]{0,3}(?:[¿¡\p{Lu}\p{N}\"«“‘(…]|\.{3})))[ \t]*+"
)
#: A turn labelled with who speaks: up to four capitalised words or initials, the
#: initials the text will use after it in brackets, and a colon ("EL DIARIO:", "La
#: Tercera:", "Marta Rivas (M.R.):", "M.R.:"), before a turn's capital; never a
#: quotation after the colon (the headline convention "Boric: «…»"), nor a small
#: letter ("Ana Paz: la ministra que…" is a headline's apposition).
_TURN_LABEL = regex.compile(
    r"[ \t]*+(?P<name>\p{Lu}[\p{L}.'’-]*+(?:[ \t]\p{Lu}[\p{L}.'’-]*+){0,3})"
    r"(?:[ \t]\((?P<initials>(?:\p{Lu}\.?){1,4})\))?[ \t]*:[ \t]+(?=[¿¡\p{Lu}\p{N}])"
)
#: A vox pop's label: a person's name of up to six capitalised words, particles between
#: them ("María José Fernández de la Vega"), and an apposition of a few words or two
#: set off by commas ("Rosa Jiménez, comerciante:", "Pedro Ruiz, 54 años, jubilado:")
#: before the colon and the statement's capital.
_VOX_LABEL = regex.compile(
    r"[ \t]*+(?P<name>\p{Lu}[\p{L}'’-]*+"
    r"(?:[ \t](?:(?:de|del|la|las|los|y|da|do|dos|van|von)[ \t])*+\p{Lu}[\p{L}.'’-]*+){1,5})"
    r"(?P<apposition>(?:,[ \t]+[^,:;.?!¿¡«»“”\"()\n]{1,40}+){0,2})[ \t]*:[ \t]+(?=[¿¡\p{Lu}])"
)
#: The most words of a vox pop label's apposition.
_APPOSITION_WORDS = 6
#: The characters a turn opener (``_TURN_OPENER``) can start with, after blanks.
_TURN_FIRST = "PR-–—―−‒"
#: How far into a line a turn's label may close with its colon.
_LABEL_REACH = 80
_QUESTION_LABELS = frozenset(["P", "Pregunta"])
#: How many turns make a question-and-answer passage (a question among them).
_MIN_TURNS = 2


def _interview_turns(text: str, regions: Sequence[Span]) -> dict[int, Turn]:
    """The paragraphs that are turns of an interview, by index, with their part.

    A question-and-answer passage has two turns or more, one a question: lines opened
    by a dash (—, –, -) or by "P:"/"R:". A line labelled "P" or ending in "?" asks;
    any other answers. Without a question, a dash line is narrative dialogue (or a
    list item), not an interview; so is one cut by a reporting incise ("—¿Vienes?
    —preguntó Ana."). When no two opened lines stand together and two of them ask,
    only the questions are opened: each is the interviewer's, and the plain
    paragraphs up to the next one are the answer (:func:`_answered`), when the writer
    announces an interview or an answer speaks in the first person (else the writer
    answers an explainer's questions). Lines labelled with two people's names or more
    and no question are a vox pop: each one answers. Between two dashed answers, a
    dashed line is the interviewer's remark (:func:`_remarks`).
    """
    turns: dict[int, Turn] = {}
    answered = False  # a line labelled "R": the answers are opened too
    voices: dict[int, str] = {}  # the lines labelled with a person's name, and the name
    dashed: set[int] = set()  # the lines opened by a dash alone
    # a turn opens with a dash or a "P"/"R" label, or has a colon: a page with none of
    # them has no marked turn (one scan of the page, not a test a paragraph)
    marked = ":" in text or any(ch in text for ch in _TURN_FIRST)
    for index, (lo, hi) in enumerate(regions if marked else ()):
        match, label = _opening(text, lo, hi)
        if match is None or match.end() >= hi or _appositive(text, match, lo, hi):
            continue  # "Rosa Jiménez, comerciante: …": a vox pop's line (_vox_pop), or none
        marker = match.groupdict().get("label")
        if marker is None and match.groupdict().get("dash") and _incised(text, match.end(), hi):
            continue  # "—¿Vienes? —preguntó Ana.": a story's dialogue
        answered = answered or marker in ("R", "Respuesta")
        asks = marker in _QUESTION_LABELS or (marker is None and text[lo:hi].rstrip().endswith("?"))
        turns[index] = Turn.QUESTION if asks else Turn.ANSWER
        if match.groupdict().get("dash"):
            dashed.add(index)
        if (
            label is not None
            and _personal(text[label.start : label.end])
            and _said(text, match.end(), hi)
        ):
            voices[index] = text[label.start : label.end]
    if Turn.QUESTION not in turns.values() and (unasked := _unasked(text, regions, voices, dashed)):
        return unasked
    if len(turns) < _MIN_TURNS or Turn.QUESTION not in turns.values():
        return _unmarked_interview(text, regions)
    opened = sorted(turns)
    if (
        not answered
        and all(k + 1 not in turns for k in opened)
        and sum(text.find("?", *regions[k]) >= 0 for k in opened) >= _MIN_TURNS
    ):
        found = _answered(text, regions, opened)
        # an explainer's questions ("—¿Quién cobra el bono?") are answered by the writer:
        # an interview is announced, or someone answers in the first person
        if _announced_before(text, regions, opened[0]) or any(
            _first_person(text, *regions[k]) for k, turn in found.items() if turn is Turn.ANSWER
        ):
            return found
        return {}
    return _continued(text, regions, _remarks(text, regions, turns, dashed))


def _unasked(
    text: str, regions: Sequence[Span], voices: dict[int, str], dashed: set[int]
) -> dict[int, Turn]:
    """The turns of a passage where no line asks: a vox pop's, or an interview's prompts."""
    if vox := _vox_pop(text, regions, voices):
        return dict.fromkeys(vox, Turn.ANSWER)
    if asked := _plain_questions(text, regions, dashed):
        return _continued(text, regions, asked)
    if prompted := _prompted(text, regions, dashed):
        return _continued(text, regions, prompted)
    return {}


def _plain_questions(text: str, regions: Sequence[Span], dashed: set[int]) -> dict[int, Turn]:
    """Dashed answers, each after a question in a plain paragraph (its bold type lost).

    "¿Qué te llevó a hacerlo?¶-Decidí hacerlo porque…": a paragraph that ends in "?"
    right before a dashed line asks, and the dashed line answers; two such pairs or
    more make the passage.
    """
    turns: dict[int, Turn] = {}
    for k in sorted(dashed):
        if k == 0 or k - 1 in dashed:
            continue
        lo, hi = regions[k - 1]
        line = text[lo:hi].rstrip()
        if line.endswith("?") and len(line.strip()) <= _MAX_QUESTION:
            turns[k - 1] = Turn.QUESTION
            turns[k] = Turn.ANSWER
    return turns if len(turns) >= 2 * _MIN_TURNS else {}


def _prompted(text: str, regions: Sequence[Span], dashed: set[int]) -> dict[int, Turn]:
    """Dashed lines that take turns with no question mark: a prompt, an answer, and so on.

    An interviewer may prompt with a statement ("–Hablemos de su renuncia.") as often
    as with a question; when no dashed line asks, the dashed lines of an interview
    still alternate, the first one the interviewer's. Read so when the writer
    announces an interview before the first of them, or the answers speak in the first
    person and the prompts to someone (a list's items may speak in the first person,
    never to anyone), and the line before them does not end on a colon (a list's
    lead-in: "Recomiendan:¶– Protector solar.¶– Agua.").
    """
    opened = sorted(dashed)
    if (
        len(opened) < _MIN_TURNS
        or opened[0] == 0
        or any(opened[at + 1] != k + 1 for at, k in enumerate(opened[:-1]) if at % 2 == 0)
    ):
        return {}  # each prompt's answer is the next line
    lo, hi = regions[opened[0] - 1]
    if text[lo:hi].rstrip().endswith(":"):
        return {}
    turns = {k: Turn.QUESTION if at % 2 == 0 else Turn.ANSWER for at, k in enumerate(opened)}
    if _announced_before(text, regions, opened[0]) or (
        any(_first_person(text, *regions[k]) for k, turn in turns.items() if turn is Turn.ANSWER)
        and any(_addresses(text, *regions[k]) for k, turn in turns.items() if turn is Turn.QUESTION)
    ):
        return turns
    return {}


def _addresses(text: str, lo: int, hi: int) -> bool:
    """Whether a line speaks to someone: a question mark, or "usted", "vos", "tú"."""
    if text.find("?", lo, hi) >= 0:
        return True
    words = word_set("second_person.txt")
    return any(word.lower() in words for word in _WORD.findall(text, lo, hi))


def _appositive(text: str, match: regex.Match[str], lo: int, hi: int) -> bool:
    """Whether a line's label is a vox pop's with an apposition and no dash before it."""
    return match.re is _VOX_LABEL and _TURN_OPENER.match(text, lo, hi) is None


def _appositives(text: str, regions: Sequence[Span]) -> dict[int, str]:
    """The lines labelled "Name, apposition: statement" with no dash, and the names."""
    out: dict[int, str] = {}
    if ":" not in text:
        return out  # no label anywhere (one scan of the page, not a test a line)
    for index, (lo, hi) in enumerate(regions):
        if text.find(":", lo, min(hi, lo + _LABEL_REACH)) < 0:
            continue  # no label closes near the line's start
        match, label = _opening(text, lo, hi)
        if (
            match is not None
            and label is not None
            and _appositive(text, match, lo, hi)
            and _said(text, match.end(), hi)
        ):
            out[index] = text[label.start : label.end]
    return out


def _vox_pop(text: str, regions: Sequence[Span], voices: dict[int, str]) -> list[int]:
    """The lines of a vox pop, in order: lines labelled with two people's names or more.

    When a label carries an apposition ("Rosa Jiménez, comerciante: …") one of the
    lines speaks in the first person: a list of profiles ("Ana Paz, Hacienda: Economista
    y…") is the writer's, in the third.
    """
    every = {**voices, **_appositives(text, regions)}
    if len(set(every.values())) < _MIN_TURNS:
        return []
    described = any(_described(text, *regions[k]) for k in every)
    if described and not any(_first_person(text, *regions[k]) for k in every):
        return []
    return sorted(every)


def _described(text: str, lo: int, hi: int) -> bool:
    """Whether a line's label carries an apposition ("Rosa Jiménez, comerciante:")."""
    match, _ = _opening(text, lo, hi)
    return match is not None and match.re is _VOX_LABEL and bool(match.group("apposition"))


def _remarks(
    text: str, regions: Sequence[Span], turns: dict[int, Turn], dashed: set[int]
) -> dict[int, Turn]:
    """``turns`` with the interviewer's remarks between two answers made questions.

    In dash dialogue the lines alternate: a line with no question mark between two
    answer lines ("—Exactamente. …" / "—Pero antes era difícil entrar." / "—Antes…")
    is the interviewer's remark that the next line answers; so is a line that asks
    before its last sentence ("–¿Sigue creyendo en ella? Hace un mes la daba por
    muerta.") when no question comes before it and an answer after it.
    """
    out = dict(turns)
    for k in sorted(turns):
        if (
            k in dashed
            and out[k] is Turn.ANSWER
            and out.get(k - 1) is not Turn.QUESTION
            and out.get(k + 1) is Turn.ANSWER
            and k + 1 in dashed
            and text.find("?", *regions[k]) >= 0
        ):
            out[k] = Turn.QUESTION
    for k in sorted(turns):
        if (
            k in dashed
            and out[k] is Turn.ANSWER
            and out.get(k - 1) is Turn.ANSWER
            and out.get(k + 1) is Turn.ANSWER
            and {k - 1, k + 1} <= dashed
        ):
            out[k] = Turn.QUESTION
    return out


def _opening(text: str, lo: int, hi: int) -> tuple[regex.Match[str] | None, Span | None]:
    """What opens a turn's line, and the span of the name that labels it, if any.

    A dash may stand before a label that is a person's name ("—Ana Paz: Yo creo…").
    """
    first = lo
    while first < hi and text[first] in " \t":
        first += 1
    # the opener's first character after its blanks, tested before the pattern: most
    # paragraphs open on none of them
    match = _TURN_OPENER.match(text, lo, hi) if first < hi and text[first] in _TURN_FIRST else None
    if match is None:
        if text.find(":", lo, min(hi, lo + _LABEL_REACH)) < 0:
            return None, None
        match = _TURN_LABEL.match(text, lo, hi) or _vox_label(text, lo, hi)
        return match, None if match is None else Span(*match.span("name"))
    if match.group("dash") and text.find(":", match.end(), min(hi, lo + _LABEL_REACH)) >= 0:
        named = _TURN_LABEL.match(text, match.end(), hi) or _vox_label(text, match.end(), hi)
        if named is not None and (
            _personal(named.group("name")) or _repeated(text, named.group("name"))
        ):
            return named, Span(*named.span("name"))
    return match, None


def _repeated(text: str, name: str) -> bool:
    """Whether a label after a dash opens other lines too ("–La Tercera: ¿…?" twice).

    An interview labels every turn the same way; a word and a colon once ("—Mire: …")
    is the speaker's own.
    """
    return text.count(f"{name}:") >= _MIN_TURNS


def _vox_label(text: str, lo: int, hi: int) -> regex.Match[str] | None:
    """A vox pop's label longer than a turn's: a person's name, an apposition, a colon.

    The apposition is a few words with a letter among them: "Claudio Soto, 6: Atajó…"
    is a player's mark.
    """
    match = _VOX_LABEL.match(text, lo, hi)
    if match is None or not _personal(match.group("name")):
        return None
    apposition = match.group("apposition")
    if apposition and (
        len(apposition.split()) > _APPOSITION_WORDS
        or any(not _WORD.search(part) for part in apposition.split(",")[1:])
    ):
        return None
    return match


def _said(text: str, start: int, hi: int) -> bool:
    """Whether what follows a name's label is a statement, not a datum.

    A vox pop's words open on a letter and run to a clause: "Claudio Soto: 6. Atajó…"
    (a player's mark) and "Ana Paz: Ministra de Salud." (a cabinet list) are no one's
    words.
    """
    return text[start : start + 1].isalpha() and len(text[start:hi].split()) >= _VOX_WORDS


#: The fewest words of a vox pop's answer.
_VOX_WORDS = 5


def _personal(name: str) -> bool:
    """Whether a label is a person's name: two words or more, the first a given name."""
    first, _, rest = name.partition(" ")
    return bool(rest) and first in _given_names()


@functools.cache
def _given_names() -> frozenset[str]:
    return frozenset(first_names())


def _incised(text: str, start: int, hi: int) -> bool:
    """Whether a dash line is cut by a reporting incise (" —dijo", " – preguntó")."""
    return any(
        match is not None and _reports(match)
        for match in (_DASH_INCISE.search(text, start, hi), _EN_DASH_INCISE.search(text, start, hi))
    )


def _answered(text: str, regions: Sequence[Span], asks: Sequence[int]) -> dict[int, Turn]:
    """Questions at ``asks``, each answered by the paragraphs up to the next one.

    The last question's answer is its next paragraph and each one after that goes on
    in the first person ("yo", "mi", "nuestro": ``first_person.txt``) with no
    quotation in it; the writer's own paragraphs after the interview speak of the
    interviewee in the third. A subhead between turns is no answer (:func:`_spoken`).
    """
    turns: dict[int, Turn] = {}
    for at, ask in enumerate(asks):
        if at + 1 < len(asks):
            nxt = asks[at + 1]
        else:
            nxt = min(ask + 2, len(regions))
            while nxt < len(regions) and _first_person(text, *regions[nxt]):
                nxt += 1
        turns[ask] = Turn.QUESTION
        turns.update((k, Turn.ANSWER) for k in range(ask + 1, nxt) if _spoken(text, *regions[k]))
    return turns


def _continued(text: str, regions: Sequence[Span], turns: dict[int, Turn]) -> dict[int, Turn]:
    """``turns`` with the plain paragraphs that answer or go on an answer.

    A question's next plain paragraph answers it; then, up to the next opened line,
    each paragraph that speaks in the first person goes on the answer ("—Sí. …¶Para
    mí…"). A paragraph in the third person is the writer's, and ends the answer: a
    profile may set its narrative between the turns.
    """
    opened = sorted(turns)
    out = dict(turns)
    for at, k in enumerate(opened):
        stop = opened[at + 1] if at + 1 < len(opened) else len(regions)
        j = k + 1
        if turns[k] is Turn.QUESTION and j < stop and _spoken(text, *regions[j]):
            out[j] = Turn.ANSWER
            j += 1
        while j < stop and _first_person(text, *regions[j]) and _spoken(text, *regions[j]):
            out[j] = Turn.ANSWER
            j += 1
    return out


#: The longest paragraph that may be a subhead (no closing punctuation).
_SUBHEAD = 80


def _spoken(text: str, lo: int, hi: int) -> bool:
    """Whether a paragraph can be a turn's words: a sentence.

    Not a subhead ("La reforma laboral"), nor the writer's quotation of someone (it
    opens with a mark).
    """
    line = text[lo:hi].strip()
    return (len(line) > _SUBHEAD or line[-1:] in _CLOSING_PUNCTUATION) and not has_mark(line, 0, 1)


_CLOSING_PUNCTUATION = frozenset(".!?…»”\"')")


def _first_person(text: str, lo: int, hi: int) -> bool:
    """Whether a paragraph speaks in the first person, no quotation in it."""
    if has_mark(text, lo, hi):
        return False
    words = _first_person_words()
    return any(word.lower() in words for word in _WORD.findall(text, lo, hi))


@functools.cache
def _first_person_words() -> frozenset[str]:
    return frozenset(lines("first_person.txt"))


_WORD = regex.compile(r"\p{L}+")


#: The longest paragraph read as an interviewer's question.
_MAX_QUESTION = 400


def _unmarked_interview(text: str, regions: Sequence[Span]) -> dict[int, Turn]:
    """The turns of an interview whose lines carry no dash or label.

    Scrapes lose the bold type that sets questions apart: the passage is then
    paragraphs that are whole questions ("¿Cómo ve la ciudad?"), each followed by the
    answer. Read so only when the writer announces an interview before the first of
    two questions or more ("concedió una entrevista a…", ``interview_cues.txt``):
    a question's answer runs to the next question (:func:`_answered`).
    """
    if "?" not in text:
        return {}  # no question anywhere (one scan, not a test a paragraph)
    asks = [
        k
        for k, (lo, hi) in enumerate(regions)
        if text.rfind("?", lo, hi) >= 0 and _whole_question(text, lo, hi)
    ]
    if len(asks) < _MIN_TURNS:
        return {}
    if not _announced_before(text, regions, asks[0]):
        return {}
    turns = _answered(text, regions, asks)
    if sum(turn is Turn.ANSWER for turn in turns.values()) < _MIN_TURNS:
        return {}
    return turns


def _announced_before(text: str, regions: Sequence[Span], first: int) -> bool:
    """Whether a paragraph before the ``first`` one announces an interview."""
    cues = interview_cues()
    return any(cues.search(text, lo, hi) for lo, hi in regions[:first])


def _whole_question(text: str, lo: int, hi: int) -> bool:
    """Whether the paragraph is one question in the writer's voice, no quotation in it."""
    line = text[lo:hi].strip()
    return (
        line.endswith("?")
        and len(line) <= _MAX_QUESTION
        and not has_mark(text, lo, hi)
        and line[:1] not in "-–—―−‒"
    )


@functools.cache
def interview_cues() -> regex.Pattern[str]:
    """The words that announce an interview (``interview_cues.txt``), any case."""
    words = "|".join(regex.escape(word) for word in lines("interview_cues.txt"))
    return regex.compile(rf"(?i)\b(?:{words})")


def _turn(text: str, lo: int, hi: int, turn: Turn) -> list[RawQuote]:
    """One turn of an interview: the whole line after its dash or label, spoken.

    The quotations inside the turn follow it, one level deeper.
    """
    match, label = _opening(text, lo, hi)
    start = match.end() if match is not None else lo + len(text[lo:hi]) - len(text[lo:hi].lstrip())
    end = hi
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return []
    out = [RawQuote(start, end, start - 1, end, 0, dash=True, turn=turn, label=label)]
    if has_mark(text, start, end):
        # the words a turn quotes ("dijo que «…»", "lo que llaman 'off'") are quotes too
        pairs, _, _ = pair_marks(text, start, end, [], worded=True)
        out.extend(
            RawQuote(q_start, q_end, open_at, close_at, depth + 1)
            for open_at, q_start, q_end, close_at, depth in pairs
        )
    return out


#: "— Ana Pérez (@anaperez) 5 de enero de 2021": the signature of an embedded post.
_SIGNATURE = regex.compile(r"[—―][^\n]{0,80}?\(@\w{1,30}\)")
#: A closing mark whose opening one the scraper lost: after a word, before , . ; or a
#: reporting verb ("Esto ya me pasó”, comenta Valdivia").
_LOST_CLOSE = regex.compile(r"(?<=[\p{L}.!?…])[”»](?=[,.;]|\s+(\p{Ll}{2,20}))")
#: The fewest words of a quotation whose opening mark was lost.
_MIN_LOST_WORDS = 3


def _left_open(text: str, outer: OpenMark, end: int) -> RawQuote:
    """The quotation that ``outer`` opens and no mark of its family closes before ``end``."""
    foreign = _foreign_close(text, outer[2], end)
    if foreign is not None:
        # "«No vamos a retroceder”, dijo": a closing mark of another family
        return RawQuote(outer[2], foreign, outer[1], foreign, 0)
    # "“¿Y ahora?, le preguntó el chofer…": the mark lost before an incise
    lost = _lost_close_incise(text, outer[2], end)
    return RawQuote(outer[2], lost, outer[1], lost, 0, recovered=True)


#: A reporting incise after a comma, a clitic before its verb or not: ", dijo",
#: "?, le preguntó".
_INCISE_AFTER_COMMA = regex.compile(
    r"(?<=[\p{L}\p{N}?!…]),[ ]{1,2}(?:(\p{Ll}{2,3})[ ])?(\p{Ll}{3,20})"
    r"(?:[ ](\p{Lu}|\p{Ll}{1,3}\b)|[.,;])"
)


def _lost_close_incise(text: str, start: int, end: int) -> int:
    """Where a quotation left open to the paragraph's ``end`` lost its closing mark.

    Before the first reporting incise in it, its verb followed by its subject (a
    determiner or a capital) or by punctuation ("“¿Y ahora qué hacemos?, le preguntó
    el conductor a su compañero…", "«No vamos a cerrar, aseguró el gerente…"): the
    speaker's words stop where the writer's attribution starts; else at ``end``.
    """
    if "," not in text[start:end]:
        return end
    for match in _INCISE_AFTER_COMMA.finditer(text, start, end):
        clitic, verb, subject = match.group(1, 2, 3)
        if clitic is not None and clitic not in words_of("clitic"):
            continue
        if subject is not None and subject.islower() and subject not in words_of("determiner"):
            continue  # "…, se comentaba mucho el estilo": the writer's clause goes on
        if reporting_verb(verb, after_quote=True):
            return match.start()
    return end


def _foreign_close(text: str, start: int, end: int) -> int | None:
    """Where a quotation left open closes with a mark of another family, if it does.

    Scrapes mix the families ("«No vamos a retroceder”, dijo la ministra"): a closing
    mark after a word, before a comma, a full stop or a reporting verb, closes it.
    """
    match = _LOST_CLOSE.search(text, start, end)
    if match is None:
        return None
    if match.group(1) is not None and not reporting_verb(match.group(1), after_quote=True):
        return None
    return match.start()


def _lost_opening(  # noqa: PLR0913, PLR0917
    text: str,
    start: int,
    hi: int,
    first_open: int,
    left: Sequence[OpenMark],
    closed: Sequence[int] = (),
) -> list[RawQuote]:
    """The quotation that opens a paragraph, or a sentence, whose opening mark was lost.

    A closing mark with no opening one before it in the paragraph, after a sentence
    that opens the paragraph with a capital, closes a quotation from the paragraph's
    start. When quotations of the paragraph (their closing marks ``closed``) all close
    before it and a comma and a reporting verb follow it, it opens at the first sentence
    after the last of them ("La ministra dijo que «no habrá cambios». Vamos a seguir
    igual”, añadió.").
    """
    match = _LOST_CLOSE.search(text, start, hi)
    shut = frozenset(closed)
    while match is not None and match.start() in shut:
        match = _LOST_CLOSE.search(text, match.end(), hi)  # a paired quotation's own mark
    if match is None:
        return []
    close = match.start()
    if match.group(1) is not None and not reporting_verb(match.group(1), after_quote=True):
        return []
    if any(m.open_at < close for m in left):
        return []
    if first_open < close:
        # the paragraph's quotations all close before: the lost one opens a sentence after
        last = max((c for c in shut if c < close), default=-1)
        start = -1 if last < 0 else _sentence_after(text, last, close)
        said = _SAID_AFTER_CLOSE.match(text, close + 1)
        if start < 0 or said is None or not reporting_verb(said.group(1), after_quote=True):
            return []
    first = text[start : start + 1]
    if not (first.isupper() or first in "¿¡") or text[start:close].count(" ") < _MIN_LOST_WORDS:
        return []
    return [RawQuote(start, close, start, close, 0)]


#: A comma and the verb after a closing mark ("…”, añadió").
_SAID_AFTER_CLOSE = regex.compile(r",[ \t]{1,3}+(\p{Ll}{2,20})")
#: A sentence's end and the capital that opens the next one.
_SENTENCE_OPENS = regex.compile(r"[.!?…][ \t]{1,3}+(?=[¿¡]?\p{Lu})")


def _sentence_after(text: str, lo: int, hi: int) -> int:
    """Where the first sentence after ``lo`` opens, before ``hi``; -1 with none."""
    found = _SENTENCE_OPENS.search(text, lo, hi)
    return -1 if found is None else found.end()


def paragraphs(text: str, regions: Sequence[Span]) -> Sequence[Span]:
    r"""The regions cut at line breaks, blank lines left out: the article's paragraphs.

    A quotation left open ends with its paragraph, and a sentence never runs past one.
    Past :data:`COLUMNS_PAST` paragraphs they are kept as columns of offsets
    (:class:`Spans`), a page of short lines has a paragraph a line; fewer, an
    article's, are a tuple of spans, which its readers index for every quotation.

    Examples:
        >>> list(paragraphs("Uno.\n\nDos.", [(0, 10)]))
        [Span(start=0, end=4), Span(start=6, end=10)]
    """
    out = Spans(array("q"), array("q"))
    add_start, add_end = out.starts.append, out.ends.append
    for lo, hi in pairs(regions):  # (columns read as pairs: no span object a region)
        if text.find("\n", lo, hi) < 0:
            # a one-line region is its own paragraph (a page of short lines has a region
            # a line)
            if lo < hi and not text[lo:hi].isspace():
                add_start(lo)
                add_end(hi)
            continue
        start = lo
        while start < hi:
            stop = text.find("\n", start, hi)
            stop = hi if stop < 0 else stop
            if text[start:stop].strip():
                add_start(start)
                add_end(stop)
            start = stop + 1
    return out if len(out) > COLUMNS_PAST else tuple(out)


#: How many paragraphs a reading keeps as a tuple of spans; past this, as columns. An
#: article has tens to a few hundred.
COLUMNS_PAST = 1024
