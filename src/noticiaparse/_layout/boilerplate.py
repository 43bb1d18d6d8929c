"""Page furniture recognised line by line: ads, share bars, labels, counters, footers.

The phrases live in ``lexicons/boilerplate.tsv`` (kind, pattern); this module folds a
line (case, accents, bullets, final colon) and says which kind of furniture it is, if
any. Lines longer than :data:`MAX_FURNITURE` characters are never furniture: the check
costs nothing on body paragraphs and stays linear on hostile input.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from typing import Protocol

import attrs
import regex

from noticiaparse._text.fold import fold
from noticiaparse._text.lexicons import lines, rows, word_classes
from noticiaparse._text.record import record_repr

__all__ = [
    "LIST_KINDS",
    "MAX_FURNITURE",
    "Shown",
    "furniture_kind",
    "is_breadcrumb",
    "is_counter",
    "is_credit",
    "is_share_bar",
    "layout_words",
    "poll_lines",
]

#: Lines longer than this are never furniture.
MAX_FURNITURE = 300
#: Furniture kinds (``boilerplate.tsv``) that list other articles or close this one: a
#: widget's label, a related or teaser label, a closing block.
LIST_KINDS = frozenset({"close", "end", "list", "related", "teaser"})
#: Longer lines are never counters ("(1.234)", "5 mil").
_MAX_COUNTER = 20
_YEAR_DIGITS = 4
#: Longer lines are never share bars.
_MAX_SHARE_BAR = 200
#: Longer lines are never breadcrumb trails; a crumb has at most this many words.
_MAX_BREADCRUMB = 150
_MAX_CRUMB_WORDS = 4

_EDGES = " \t•·»«>|/:;-–—*#▶►▸→✓…¿¡"
_NUMBER = r"\d{1,9}(?:[.,]\d{1,3}){0,3}\s?(?:k|mil|m)?"
_COUNTER = regex.compile(
    r"[(\[]?\s{0,3}(?:\d{1,3}(?:[.,]\d{3}){1,3}|\d{1,7})(?:[.,]\d)?\s?[kKmM]?\s{0,3}[)\]]?"
)
_ARROW = re.compile(r"[>»›→]|\s/\s")
_SPLIT_BAR = regex.compile(r"\s{0,3}[|·•/,]\s{0,3}|\s{2,}")
_CRUMB = re.compile(r"\s{0,3}(?:>|»|/|›|→|\||·|•)\s{0,3}")
#: What a share bar's buttons or a trail's crumbs stand apart by (one scan finds any).
_BAR_MARK = re.compile(r"[|·•/,]|  ")
_CRUMB_MARK = re.compile(r"[>»/›→|·•]")


_SYMBOLS = regex.compile(r"^[\p{So}\p{Sk}\p{Cf}\s]{1,12}")
_PLACEHOLDER = re.compile(r"(\{n\}|\{\*\}|\{:\}|\{\|\}|\{\+\})")
_DIGIT = regex.compile(r"\d")
#: ``regex.escape``'s metacharacters, each escaped, and the space as ``\s``: what
#: ``regex.escape(piece).replace(r"\ ", r"\s")`` makes of a printable piece (a printable
#: text's only white space is the space), in one pass in C, not a Python loop a
#: character (some 1,100 phrases a first parse: about 15 M instructions).
_ESCAPES = str.maketrans({**{c: "\\" + c for c in "()[]{}?*+|^$\\.-#&~"}, " ": r"\s"})


def _piece(piece: str) -> str:
    if piece == "{n}":
        return _NUMBER
    if piece == "{*}":
        return r"(?:[\s:.,;|–—-].{0,400})?"
    if piece == "{|}":
        return r"\s?[:|]\s?.{1,400}"
    if piece == "{+}":
        return r".{0,400}"
    if piece == "{:}":
        return r"(?:\s?:.{0,400})?"
    if piece.isprintable():
        return piece.translate(_ESCAPES)
    return regex.escape(piece).replace(r"\ ", r"\s")


#: Kinds in the order they are tried: a line matching several gets the first.
_ORDER = ("related", "teaser", "next", "list", "close", "end", "ad", "share", "media", "line")
#: The characters of a line's start that index the phrases it may open with.
_INDEX = 4


@attrs.frozen(repr=False)
class _Phrases:
    """The phrases of every kind, arranged so that most lines are ruled out by lookups.

    A folded line has single spaces for white space, so a phrase without a placeholder
    matches exactly the line equal to it (``whole``: the line -> the first kind, as an
    index into :data:`_ORDER`), and a phrase whose pattern opens with literal text (its
    *lead*) only a line that starts with it (``by_start``: a lead's first
    :data:`_INDEX` characters, or the whole lead when it is shorter -> kind, lead and
    the patterns of that kind opening with it). A line looks up its own first
    characters, as many as each key of ``by_start`` has (``sizes``; only a line opening
    with the first character of a shorter key, ``short_firsts``, looks up more than its
    first :data:`_INDEX`): the leads found are mostly the line's own. Only the patterns
    of the leads a line starts with are compiled and tried; the phrases that open with a
    number (``numbered``) only on a line that opens with a digit, each kind's as one
    pattern that reads the number once and tries the phrases' rests after it (a
    pattern each would read it again for each, and again as it gives back each digit).
    """

    __repr__ = record_repr

    whole: Mapping[str, int]
    by_start: Mapping[str, tuple[tuple[int, str, tuple[str, ...]], ...]]
    sizes: tuple[int, ...]
    short_firsts: frozenset[str]
    numbered: tuple[tuple[int, tuple[str, ...]], ...]

    def kind(self, line: str) -> int | None:
        """The first kind (its index in :data:`_ORDER`) with a phrase matching ``line``."""
        best = self.whole.get(line, len(_ORDER))
        by_start = self.by_start
        first = line[:1]
        # (the few leads shorter than the index open with a handful of characters)
        for size in self.sizes if first in self.short_firsts else (_INDEX,):
            for kind, lead, patterns in by_start.get(line[:size], ()):
                if kind < best and line.startswith(lead) and _compiled(patterns).fullmatch(line):
                    best = kind
        # (_opens_on_digit, its ASCII test read here: most lines open with a letter)
        if self.numbered and (
            "0" <= first <= "9" if first < "\x80" else _DIGIT.match(line) is not None
        ):
            for kind, patterns in self.numbered:
                if kind < best and _compiled(patterns).fullmatch(line):
                    best = kind
        return best if best < len(_ORDER) else None


def _opens_on_digit(line: str) -> bool:
    """Whether ``line`` opens with a decimal digit: an ASCII one read without a search.

    Examples:
        >>> _opens_on_digit("3 comentarios"), _opens_on_digit("Lee"), _opens_on_digit("٣ تعليقات")
        (True, False, True)
    """
    first = line[:1]
    if first < "\x80":  # "" and every ASCII character: a digit is "0" to "9"
        return "0" <= first <= "9"
    return _DIGIT.match(line) is not None


@functools.cache
def _compiled(patterns: tuple[str, ...]) -> re.Pattern[str]:
    """The phrases of one kind and lead as one pattern, in the standard engine.

    A page's lines open with dozens of leads, and each lead's pattern is compiled once:
    the standard engine compiles one of these in about a fifth of the time ``regex``
    takes (its parser is plain Python too, with less to set up), and matches them the
    same way here: a folded line's only white space is " " (:func:`fold` collapses every
    other kind), and the phrases use no Unicode property.
    """
    return re.compile("(?:" + "|".join(patterns) + ")", re.DOTALL)


@functools.cache
def _phrases() -> _Phrases:
    whole: dict[str, int] = {}
    by_lead: dict[tuple[int, str], list[str]] = {}
    numbered: dict[int, dict[str, list[str]]] = {}
    order = {kind: index for index, kind in enumerate(_ORDER)}
    for row in (*rows("boilerplate.tsv"), *rows("boilerplate_inbody.tsv")):
        kind = order.get(row[0])
        if kind is None or not row[1:]:
            continue  # the credit words are read by is_credit and caption_credit
        pieces = [piece for piece in _PLACEHOLDER.split(fold(row[1])) if piece]
        if len(pieces) == 1 and not _PLACEHOLDER.fullmatch(pieces[0]):
            whole[pieces[0]] = min(kind, whole.get(pieces[0], kind))
            continue
        if _PLACEHOLDER.fullmatch(pieces[0]):
            # (by kind and opening placeholder: each kind's pattern reads its number once)
            rest = "".join(map(_piece, pieces[1:]))
            numbered.setdefault(kind, {}).setdefault(pieces[0], []).append(rest)
        else:
            by_lead.setdefault((kind, pieces[0]), []).append("".join(map(_piece, pieces)))
    by_start: dict[str, list[tuple[int, str, tuple[str, ...]]]] = {}
    for (kind, lead), patterns in sorted(by_lead.items()):
        by_start.setdefault(lead[:_INDEX], []).append((kind, lead, tuple(patterns)))
    return _Phrases(
        whole=whole,
        by_start={start: tuple(entries) for start, entries in by_start.items()},
        sizes=tuple(sorted({len(start) for start in by_start})),
        short_firsts=frozenset(start[:1] for start in by_start if len(start) < _INDEX),
        numbered=tuple(
            (
                kind,
                tuple(
                    _piece(head) + "(?:" + "|".join(rests) + ")" for head, rests in heads.items()
                ),
            )
            for kind, heads in sorted(numbered.items())
        ),
    )


@functools.cache
def _share_words() -> frozenset[str]:
    return frozenset(fold(row[1]) for row in rows("boilerplate.tsv") if row[0] == "share")


#: What may stand before a share bar's first button: the marks between its buttons
#: (``_SPLIT_BAR``'s), the stops a button's word is stripped of, spaces.
_BAR_LEAD = ".,;| \u00b7\u2022/"


@functools.cache
def _share_openings() -> frozenset[str] | None:
    """How a share bar may open, past :data:`_BAR_LEAD`: a button's first two characters.

    The first button of a bar is a whole part before the first mark, or its first word
    (stops stripped), and :func:`is_share_bar` reads it only after what ``_BAR_LEAD``
    holds: the line, so stripped, opens with a button's word so stripped, and so with
    its first two characters (a one-character word, "x", whole). A word of marks alone
    would open every line: then ``None``, no line ruled out.
    """
    heads = {word.lstrip(_BAR_LEAD) for word in _share_words()}
    return None if "" in heads else frozenset(head[:2] for head in heads)


def key(text: str, folded: str | None = None) -> str:
    """The folded line without surrounding bullets, separators and final colon.

    ``folded`` is ``fold(text)`` when the caller has it already.
    """
    folded = (fold(text) if folded is None else folded).strip(_EDGES)
    # a symbol that points at the link ("📌 Lee también", "👉 Síguenos")
    return _SYMBOLS.sub("", folded).strip(_EDGES) if folded[:1] > "\u2000" else folded


def furniture_kind(text: str, folded: str | None = None) -> str | None:
    """The furniture kind of one line (``folded``: its :func:`fold`, if known), or ``None``.

    Kinds: ``ad``, ``share``, ``media``, ``line``, ``end``, ``close``, ``list``,
    ``related``, ``teaser``, ``next``.

    Examples:
        >>> furniture_kind("PUBLICIDAD"), furniture_kind("Lee también: El dólar cae")
        ('ad', 'line')
        >>> furniture_kind("Comentarios (12)"), furniture_kind("El dólar cayó ayer.")
        ('close', None)
    """
    if len(text) > MAX_FURNITURE:
        return None
    folded = key(text, folded)
    if not folded:
        return None
    kind = _phrases().kind(folded)
    if kind is None and folded[:1] in "[(" and folded[-1:] in "])":
        kind = _phrases().kind(key(folded[1:-1], folded[1:-1]))  # "[Lee también: …]"
    if kind is None:
        if _slot_names(text) or (
            # (cheap tests first: a short line, a word that says where the text goes on)
            folded.count(" ") < _MAX_NOTE_WORDS
            and ("bajo" in folded or "despues" in folded or "tras " in folded or "luego" in folded)
            and _continuation_note(folded)
        ):
            return "ad"
        return "line" if "cookie" in folded and _asks_consent(folded) else None
    return _ORDER[kind]


#: A note that the article goes on has at most this many words.
_MAX_NOTE_WORDS = 8


def _continuation_note(folded: str) -> bool:
    """Whether a folded line is a note that the article goes on past an ad or a player.

    It names the text that goes on ("la nota", "el artículo", "leyendo"), its verb says
    it goes on ("continúa", "sigue") and it says where: below ("abajo", "debajo"), or
    after an ad or a player ("Artículo continúa después de la publicidad"), in eight
    words at most and with no full stop (lexicon ``continuation_notes.tsv``). An
    intertitle on a story that goes on after an announcement, or on a team still behind
    ("El equipo sigue abajo en la tabla"), names no text; a sentence is closed by its stop.

    Examples:
        >>> _continuation_note("la nota continua debajo del anuncio")
        True
        >>> _continuation_note("el juicio sigue tras el anuncio del fiscal")
        False
    """
    if folded.endswith(".") and not folded.endswith("..."):
        return False
    words = {word.strip(_NOTE_MARKS) for word in folded.split()}
    if len(words) > _MAX_NOTE_WORDS:
        return False
    classes = word_classes("continuation_notes.tsv")
    return (
        not words.isdisjoint(classes["verb"])
        and not words.isdisjoint(classes["text"])
        and (
            not words.isdisjoint(classes["place"])
            or (not words.isdisjoint(classes["after"]) and not words.isdisjoint(classes["break"]))
        )
    )


#: The marks around a note's words ("… debajo del anuncio...", "(sigue abajo)").
_NOTE_MARKS = ".,;:!?¡¿…\"'()[]«»“”-–—"


def _asks_consent(folded: str) -> bool:
    """Whether a folded line naming cookies asks the reader's consent: a cookie notice.

    The notice speaks to the reader or as the site ("si sigues navegando", "aceptas",
    "nuestra política", "mejor experiencia": kind ``consent`` of ``boilerplate.tsv``),
    whatever name opens it ("El Diario usa cookies …"); a story about cookies reports.

    Examples:
        >>> _asks_consent("el diario usa cookies. si sigues navegando aceptas su uso.")
        True
        >>> _asks_consent("la agencia multo a la web por instalar cookies sin permiso.")
        False
    """
    return any(cue in folded for cue in _consent_cues())


@functools.cache
def _consent_cues() -> tuple[str, ...]:
    return tuple(fold(row[1]) for row in rows("boilerplate.tsv") if row[0] == "consent")


#: An identifier a page's template names an ad slot or a banner's file with: words and
#: digits joined by underscores or hyphens, and an underscore or a banner's size in it.
_SLOT = regex.compile(r"(?:[A-Za-z0-9]{1,40}[_-]){1,12}[A-Za-z0-9]{1,40}")
_BANNER_SIZE = regex.compile(r"\d{2,4}[xX]\d{2,4}")
_MAX_SLOTS = 4


def _slot_names(text: str) -> bool:
    """Whether a line is ad slots' or banners' names alone ("banner_home_728x90").

    Each name is one token of words and digits joined by underscores or hyphens, with an
    underscore or a banner's size ("300x250") in it: no word of the text is so written
    ("COVID-19", "ex-ministro" have neither).

    Examples:
        >>> _slot_names("20240604_dom_728x90"), _slot_names("pauta-300x250 banner_home")
        (True, True)
        >>> _slot_names("COVID-19"), _slot_names("El dólar cae")
        (False, False)
    """
    if "_" not in text and (
        # every name joins its words with "_" or "-", and without "_" holds a size
        # ("728x90"): two character tests spare most lines the search
        "-" not in text
        or ("x" not in text and "X" not in text)
        or _BANNER_SIZE.search(text) is None
    ):
        return False
    tokens = text.split()
    return 0 < len(tokens) <= _MAX_SLOTS and all(
        _SLOT.fullmatch(token) is not None
        and ("_" in token or _BANNER_SIZE.search(token) is not None)
        for token in tokens
    )


def is_counter(text: str) -> bool:
    """Whether a line is only a count (a related-article or comment counter).

    Examples:
        >>> is_counter("52"), is_counter("(1.176)"), is_counter("2021")
        (True, True, False)
    """
    stripped = text.strip()
    if len(stripped) > _MAX_COUNTER:
        return False
    # a count opens with a bracket or a digit: most lines are ruled out without the match
    if stripped[:1] not in "([" and not _opens_on_digit(stripped):
        return False
    if not _COUNTER.fullmatch(stripped):
        return False
    digits = "".join(c for c in stripped if c.isdigit())
    # a bare four-digit year is not a counter
    return not (len(digits) == _YEAR_DIGITS and stripped == digits and digits[:2] in ("19", "20"))


def is_share_bar(text: str, folded: str | None = None) -> bool:
    """Whether a line is a bar of share buttons ("Facebook | Twitter | WhatsApp").

    ``folded`` is ``fold(text)`` when the caller has it already.

    Examples:
        >>> is_share_bar("Compartir: Facebook Twitter WhatsApp")
        True
        >>> is_share_bar("Twitter anunció cambios")
        False
    """
    if len(text) > _MAX_SHARE_BAR:
        return False
    words = _share_words()
    folded = key(text, folded).replace(":", " ")
    # (each way below holds only when the line, past bars, stops and spaces, opens as a
    # button does: most lines are ruled out by their first two characters)
    start = folded.lstrip(_BAR_LEAD)
    openings = _share_openings()
    if openings is not None and start[:2] not in openings and start[:1] not in openings:
        return False
    # folding leaves single spaces: a double one is where a colon was
    if _BAR_MARK.search(folded) is not None:
        first = _SPLIT_BAR.search(folded)  # (not None: every bar mark is a separator)
        # every part a button: the first one too (a cheap test before the split)
        if first is not None and (first.start() == 0 or folded[: first.start()] in words):
            parts = [p for p in _SPLIT_BAR.split(folded) if p]
            if len(parts) > 1 and all(p in words for p in parts):
                return True
    head = folded.split(None, 1)  # (the first word first: most lines open with no button)
    if len(head) < 2 or head[0].strip(".,;") not in words:  # noqa: PLR2004 - a word and the rest
        return False
    return all(t.strip(".,;") in words for t in folded.split())  # "Share. Facebook Twitter"


def is_breadcrumb(text: str) -> bool:
    """Whether a line is a breadcrumb trail ("Inicio > País > Política").

    Examples:
        >>> is_breadcrumb("Inicio > País > Política"), is_breadcrumb("5 > 3")
        (True, False)
    """
    if len(text) > _MAX_BREADCRUMB or _CRUMB_MARK.search(text) is None:
        return False  # a trail needs separators
    arrows = _ARROW.search(text) is not None
    parts = [p for p in _CRUMB.split(text.strip()) if p.strip()]
    # arrows make a trail from two parts; bars and dots make a tag or menu row from three
    if len(parts) < (2 if arrows else 3):
        return False
    return all(
        len(p.split()) <= _MAX_CRUMB_WORDS
        and p.strip()[:1].isupper()
        and not p.rstrip().endswith(".")
        for p in parts
    )


@functools.cache
def desks() -> frozenset[str]:
    """Folded names of desks and agencies that sign pages but are not authors."""
    return frozenset(fold(entry) for entry in lines("desks.txt"))


@functools.cache
def roles() -> frozenset[str]:
    """Folded journalist roles that may follow a name in a byline."""
    return frozenset(fold(entry) for entry in lines("byline_roles.txt"))


@functools.cache
def layout_words(kind: str) -> frozenset[str]:
    """The words of one class in ``lexicons/layout_words.tsv`` ("site_particle", …).

    Examples:
        >>> "de" in layout_words("site_particle"), "de" in layout_words("opener_article")
        (True, False)
    """
    return frozenset(row[0] for row in rows("layout_words.tsv") if len(row) > 1 and row[1] == kind)


@functools.cache
def masthead_words() -> frozenset[str]:
    """Folded words that open an outlet's name in a masthead line."""
    return frozenset(fold(entry) for entry in lines("masthead_words.txt"))


@functools.cache
def _credit_pattern() -> re.Pattern[str]:
    words = "|".join(
        regex.escape(fold(row[1])) for row in rows("boilerplate.tsv") if row[0] == "credit"
    )
    return re.compile(
        rf"(?:^|[\s.(\[])(?:{words})\s{{0,2}}:\s{{0,3}}[^():.\[\]]{{1,40}}\.?[)\]]?\s{{0,3}}$"
        # after a slash, with no colon: "… graduado con honores/ Foto Ana L. Ruiz"
        rf"|/\s{{0,3}}(?:{words})\s{{1,3}}[^():\[\]/]{{1,40}}$"
    )


@functools.cache
def _credit_reach() -> int:
    """How far from a line's end a match of :func:`_credit_pattern` may start at most.

    Each of its two shapes ends the line and takes a bounded number of characters (a
    mark, a credit word, spaces, a colon, the name, closers): the search starts there,
    not at every position of a long caption. (The line's start, which ``^`` matches, is
    within reach of a line that short.)
    """
    longest = max(map(len, _credit_words()), default=0)
    return max(1 + longest + 2 + 1 + 3 + 40 + 1 + 1 + 3, 1 + 3 + longest + 3 + 40)


@functools.cache
def _credit_words() -> frozenset[str]:
    return frozenset(fold(row[1]) for row in rows("boilerplate.tsv") if row[0] == "credit")


def is_credit(text: str) -> bool:
    """Whether a line is a photo credit alone.

    A credit word, a colon, a name ("Foto: Agencia Uno"); or a photographer's name and,
    in brackets after it, nothing else on the line, a photo credit's chain: an agency
    (lexicon ``photo_agencies.txt``) and the picture's source after a slash or "vía"
    ("Ana Ruiz Soto (AFP/Getty Images)", "Luis Mora (dpa vía Getty Images)"). A name
    and an agency alone in brackets ("Ana Ruiz (EFE)") is a byline's shape too: not
    read as a credit.

    Examples:
        >>> is_credit("Foto: Agencia Uno"), is_credit("Tiempo de lectura: 2 minutos")
        (True, False)
        >>> is_credit("Ana Ruiz Soto (AFP/Getty Images)"), is_credit("Ana Ruiz Soto (AFP)")
        (True, False)
        >>> is_credit("Vecinos en la plaza (AFP/Getty Images)")
        False
    """
    head, colon, _rest = key(text).partition(":")
    if colon:
        return head.strip() in _credit_words()
    text = text.strip()
    if not text.endswith(")"):
        return False
    named = _NAMED_CREDIT.fullmatch(text)
    return (
        named is not None and _CHAINED.search(named.group(1)) is not None and _agency_credit(text)
    )


#: A name (up to five capitalised words, a short lower-case particle between), and a
#: bracket after it; a photo credit's chain inside such a bracket.
_NAMED_CREDIT = regex.compile(
    r"\p{Lu}[\p{L}.'’-]{0,30}(?:\s(?:\p{Ll}{1,3}\s)?\p{Lu}[\p{L}.'’-]{0,30}){0,4}"
    r"\s?\(([^()\n]{1,80})\)"
)
_CHAINED = regex.compile(r"/|\sv[ií]a\s", regex.IGNORECASE)


def caption_credit(text: str, limit: int = MAX_FURNITURE, *, folded: str | None = None) -> bool:
    """Whether a line is a photo caption closed by its credit.

    The credit is a credit word and a name ("... (Foto: Agencia Uno)", or after a slash
    with no colon, "... del barrio/ Foto Ana Ruiz"), or a wire or
    photo agency (lexicon ``photo_agencies.txt``) where a caption puts it: in brackets
    after the text, not after a full stop ("... en Lima (Ana Ruiz / EFE)", "... Juan
    Pérez (REUTERS)"), in a chain of slashes ("... REUTERS/Juan Pérez"), or as the last
    capitalised words ("... en Valencia EFE"); or a line that is the credit alone
    ("(Ana Ruiz / EFE)"). A paragraph closed by a full stop and its agency's sign-off
    ("... dijo el ministro. (EFE)") is text, and so is a paragraph longer than a caption
    signed so without brackets ("… dijo el ministro. EFE"). Lines longer than ``limit``
    are never captions. ``folded`` is ``fold(text)`` when the caller has it already.

    Examples:
        >>> caption_credit("El ministro, durante la sesión. (Foto: Agencia Uno)")
        True
        >>> caption_credit("Vecinos en la plaza de Quito, el lunes (Ana Ruiz / EFE)")
        True
        >>> caption_credit("Bomberos en el cerro, ayer. REUTERS/Juan Pérez")
        True
        >>> caption_credit("El ministro dijo que no habrá cambios. (EFE)")
        False
        >>> caption_credit("El ministro dijo que no habrá cambios esta semana")
        False
        >>> caption_credit("Vecinos en la plaza mayor de Lima, el lunes. EFE")
        True
        >>> caption_credit("La alcaldesa con los vecinos del barrio/ Foto Ana L. Ruiz")
        True
        >>> caption_credit("El canciller aseguró que su gobierno respaldará «cada intento de"
        ...     " acuerdo entre las partes para cerrar la crisis por la vía del diálogo, sin plazos"
        ...     " impuestos desde fuera», según dijo ante los diputados el martes. EFE")
        False
    """
    if len(text) > limit:
        return False
    if "/" in text or ":" in text:
        folded = fold(text) if folded is None else folded
        start = max(0, len(folded) - _credit_reach())
        # (each shape holds its colon or its slash: one within reach of the end, or none)
        tail = folded[start:]
        if (":" in tail or "/" in tail) and _credit_pattern().search(folded, start):
            return True
    return _agency_credit(text.rstrip())


_CREDIT_GROUP = re.compile(r"\(([^()\n]{1,80})\)$")
_CREDIT_PARTS = regex.compile(r"[/,]")
_SENTENCE_STOP = regex.compile(r"[.!?…]\s{0,2}(?=[\p{Lu}(])")
_MAX_CREDIT_TAIL = 80
#: A caption closed by a stop and then its agency ("… en Lima. EFE") has at most this
#: many characters before the agency; a longer line is a paragraph and its sign-off.
_MAX_SIGNED_CAPTION = 200
_CLOSING_MARKS = "\"»”’')"
_MAX_AGENCY_WORDS = 3
#: A caption closed by an agency's name has at least this many words before it.
_CAPTION_WORDS = 4
#: A byline before its agency has at most this many words ("Por Ana María Ruiz").
_BYLINE_WORDS = 6
_BYLINE_SEPARATORS = frozenset({"-", "–", "—", "|", "/", "·", "y", "con"})


@functools.cache
def _agencies() -> frozenset[str]:
    return frozenset(fold(entry) for entry in lines("photo_agencies.txt"))


@functools.cache
def _agency_last_words() -> frozenset[str]:
    """The last word of each agency's folded name ("efe", "press" of "europa press")."""
    return frozenset(name.rsplit(" ", 1)[-1] for name in _agencies())


@functools.cache
def _given_by() -> regex.Pattern[str]:
    """A photo handed over: "cedida por", "cortesía de" (lexicon ``photo_given_by.txt``)."""
    words = "|".join(regex.escape(word) for word in lines("photo_given_by.txt"))
    return regex.compile(rf"(?:{words})\s(?:por|de)\s")


def _agency_credit(text: str) -> bool:
    """A caption's credit at the end of a line not closed like a sentence."""
    if not text or text[-1] in ".!?:;,":
        return False
    group = _CREDIT_GROUP.search(text) if text[-1] == ")" else None
    if group is not None:
        before = text[: group.start()].rstrip()
        return not before.endswith((".", "!", "?")) and _credit_parts(group.group(1), spaced=True)
    if _credit_after_stop(text):
        return True
    for word in text.rsplit(None, _MAX_AGENCY_WORDS)[1:]:
        if word[:1].isupper():
            break
    else:
        return False  # an agency's name below is capitalised: none in the last words
    words = text.split()
    # every name tried below ends with the line's last word: one whose fold ends no
    # agency's name rules them all out with a single fold
    last = fold(words[-1]).split()
    if last and last[-1] not in _agency_last_words():
        return False
    # the longest agency's name first; a byline's agency stands after a name and a
    # dash or a bar ("Por Ana Ruiz - Agencia EFE"), a caption's after its text
    for n in range(min(_MAX_AGENCY_WORDS, len(words) - _CAPTION_WORDS), 0, -1):
        if words[-n][:1].isupper() and fold(" ".join(words[-n:])) in _agencies():
            before = words[-n - 1]
            if before.rstrip(_CLOSING_MARKS).endswith((".", "!", "?")):
                # after a full sentence: a caption's credit, or a long paragraph's sign-off
                # ("… según dijo ante los diputados». EFE": the wire's text)
                return len(text) - len(" ".join(words[-n:])) <= _MAX_SIGNED_CAPTION
            return before not in _BYLINE_SEPARATORS or len(words) - n - 1 > _BYLINE_WORDS
    return False


def _credit_after_stop(text: str) -> bool:
    """A credit alone after the caption's text and its stop: "… en Lima. EFE / Asunción".

    The credit follows the last stop, so only a stop within its reach of the end is
    looked for (a stop takes its mark and two spaces at most).
    """
    if not ("." in text or "?" in text or "!" in text or "…" in text):
        return False  # (no stop: the search below would find none, and the tail is empty)
    stop = None
    for stop in _SENTENCE_STOP.finditer(text, max(0, len(text) - _MAX_CREDIT_TAIL - 3)):  # noqa: B007
        pass  # (the last one)
    tail = text[stop.end() :] if stop is not None else ""
    return bool(
        tail
        and len(tail) <= _MAX_CREDIT_TAIL
        and (_given_by().match(fold(tail)) is not None or ("/" in tail and _credit_parts(tail)))
    )


def _credit_parts(credit: str, *, spaced: bool = False) -> bool:
    """Whether a credit names an agency ("Ana Ruiz / EFE", "dpa/picture alliance").

    ``spaced``: a credit in brackets may also be names either side of a spaced slash.
    """
    parts = [part.strip() for part in _CREDIT_PARTS.split(credit) if part.strip()]
    agencies = _agencies()
    if any(fold(part) in agencies or fold(part.split(" ", 1)[0]) in agencies for part in parts):
        return True
    return (
        spaced
        and " / " in credit
        and all(w[:1].isupper() for part in parts for w in part.split()[:1])
    )


class Shown(Protocol):
    """What :func:`poll_lines` reads of a line: its text and its furniture kind."""

    @property
    def text(self) -> str: ...
    @property
    def kind(self) -> str: ...


#: A poll's question has at most this many words, each option at most this many, and
#: a poll at least this many options.
_POLL_QUESTION_WORDS = 30
_OPTION_WORDS = 5
_OPTIONS = 2
#: Furniture kinds that stand beside a poll: its label ("Encuesta"), its buttons.
_BESIDE_POLL = frozenset({"line", "ad", "media", "share"})


def poll_lines(lines: Sequence[Shown]) -> list[int]:
    """The lines of a poll set between the text's lines: its question and its options.

    A question (a line ending with a question mark) over two options or more (short
    lines, five words at most, no stop, no dialogue dash: "Sí", "No", "No sabe"), the
    poll's label right over the question or its button right under the options being
    furniture ("Encuesta", "Votar", "Ver resultados": ``boilerplate.tsv``). An
    interview's question is answered by a paragraph, and a list of answers under a
    question in the text has no button.

    Examples:
        >>> from types import SimpleNamespace as L
        >>> page = [L(text="Encuesta", kind="line"), L(text="¿Irá al concierto?", kind=""),
        ...     L(text="Sí", kind=""), L(text="No", kind=""), L(text="Votar", kind="line")]
        >>> poll_lines(page)
        [1, 2, 3]
    """
    out: list[int] = []
    for i, line in enumerate(lines):
        text = line.text.rstrip()
        if line.kind or not text.endswith("?") or text.count(" ") >= _POLL_QUESTION_WORDS:
            continue
        j = i + 1
        while j < len(lines) and lines[j].kind in ("", "item") and _option(lines[j].text):
            j += 1
        if j - i - 1 < _OPTIONS:
            continue
        if (j < len(lines) and lines[j].kind in _BESIDE_POLL) or (
            i and lines[i - 1].kind in _BESIDE_POLL
        ):
            out.extend(range(i, j))
    return out


def _option(text: str) -> bool:
    text = text.strip()
    if text[:2] in ("- ", "* ", "• "):
        text = text[2:]  # a list's bullet: a dialogue's dash is set against its word
    return (
        bool(text)
        and text.count(" ") < _OPTION_WORDS
        and text[-1] not in ".:;,"
        and text[0] not in "—–-―"
    )
