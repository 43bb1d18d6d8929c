"""Date mentions: every calendar day or month the article text names, and the day it is.

Finding is one linear pass of one regular expression per region, built from the
calendar lexicons (months, weekdays, deictic days, direction words). Each match is
one of a few shapes:

* numeric: "10/11/2023", "10-11-23", "2023-11-10";
* day and month figures without a year: "el 22/04", "el 17 del 11";
* day first: "11 de mayo", "el 10 de noviembre de 2023", "lunes 21 de octubre",
  "veintiuno de mayo", "1.º de julio", "31-dic-1994", "12 de enero, 2016", lists
  sharing the month ("el 12 y el 19 de octubre", "del 3 al 5 de mayo");
* month first: "mayo 11", "mayo 11, 2023";
* month: "noviembre de 2019", "en octubre pasado", "mediados de diciembre",
  "febrero de este año", "dic. 2018";
* weekday: "este miércoles", "el próximo lunes", "el lunes 21", "el domingo de la
  próxima semana";
* relative: "hace tres días", "dentro de dos semanas" (a day), "hace un mes", "el mes
  pasado" (a month), counted from the reference date;
* deictic day: "hoy", "ayer", "anteayer", "mañana" when it is a day;
* bare day: "el día 25", "la mañana del 13", "el 20 de ese mes", "el 3 del mes pasado".

Then :mod:`noticiaparse._extract.timeline` resolves each mention, in reading order,
against the reference date (the publication date): the direction its words imply
("pasado" on or before, "próximo" after), else the tense of the nearest verb, else the
nearest such day; weekdays and bare days follow the story's own timeline (the day it
last spoke of), and a headline that dates the story ("la crisis de octubre de 2019")
anchors the yearless dates of its article. ``year``/``month``/``day`` are only what
the text states.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import NamedTuple

import attrs
import regex

from noticiaparse._extract.timeline import (
    NONE,
    PAST,
    FoundDate,
    headline_end,
    resolve_all,
    word_tense,
)
from noticiaparse._model import DateMention
from noticiaparse._text.calendar import (
    date_markers,
    deictic_days,
    full_month_names,
    month_abbreviations,
    month_number,
    valid_date,
    weekday_number,
    weekdays,
)
from noticiaparse._text.case import lower_text
from noticiaparse._text.fold import fold
from noticiaparse._text.gates import NON_WORD, word_trie
from noticiaparse._text.lazy import lazy_regex
from noticiaparse._text.lexicons import lines, rows, word_classes
from noticiaparse._text.marks import quoted_spans
from noticiaparse._text.record import record_repr
from noticiaparse._text.sentences import breaks_between, sentence_start
from noticiaparse._text.span import Span, pairs
from noticiaparse._text.spine import Spine

__all__ = ["TriggerScan", "find_dates", "trigger_scan"]


#: How far back (characters) the words before a mention are read.
_LOOKBACK = 48
#: How far back (characters) a sentence's year is looked for.
_SENTENCE_REACH = 120
#: A quotation this long (words) or shorter can be a title or a name.
_TITLE_WORDS = 12
#: The most characters between the two ends of a range ("12 y 13", "12 al 15").
_MAX_RANGE_LINK = 12
#: A two-digit year below the pivot is this century's, otherwise the last one's.
_PIVOT = 70
_CENTURY = 2000
_TWO_DIGITS = 100
_SHORT_YEAR_DIGITS = 2
#: The years a numeric date ("12/03/1998") may have.
_YEARS = range(1500, 2200)
#: A word before a date this long or longer, with a participle's ending, is a participle.
_MIN_PARTICIPLE = 5
#: A bare "el 22" follows another day by at most this many characters.
_MAX_DAY_GAP = 80


@functools.cache
def _words(kind: str) -> frozenset[str]:
    """One class of ``lexicons/date_words.tsv``: the words around a mention that decide it."""
    return word_classes("date_words.tsv")[kind]


@functools.cache
def _participles() -> tuple[str, ...]:
    """The participle endings ("aprobado", "realizadas"): a participle before a date is past."""
    return tuple(sorted(word_classes("verb_endings.tsv")["any_participle"]))


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first, spaces matching any white space."""
    escaped = (regex.escape(w).replace(r"\ ", " ").replace(" ", r"\s+") for w in words)
    return "|".join(sorted(sorted(set(escaped)), key=len, reverse=True))


#: The adverbs between a relative date's lead and its count ("hace ya tres días").
_RELATIVE_ADVERBS = "ya|apenas|solo|sólo|exactamente"

#: The characters a number starts with.
_DIGITS = frozenset("0123456789")


def _initials(*groups: Iterable[str]) -> frozenset[str]:
    """The first characters of the words and phrases in ``groups``."""
    return frozenset(word[0] for words in groups for word in words if word)


@functools.cache
def _shape_starts() -> dict[str, tuple[bool, frozenset[str]]]:
    """Each shape of :func:`_shapes` (by name): can a number start it, and which words.

    The words are the first word of each phrase a shape can start with. In each shape
    such a word is whole (a space, a stop or no letter follows it in the pattern), so at
    a letter a shape can match only where the letters there spell one of its words.
    """
    relative = _relative()
    markers = date_markers()
    lead_words = [p for p, (kind, _) in relative.items() if kind == "lead"]
    month_words = [p for p, (kind, _) in relative.items() if kind == "month"]
    part_words = [p for p, role in markers.items() if role == "part"]
    groups: dict[str, tuple[bool, list[Iterable[str]]]] = {
        "a": (True, []),
        "k": (True, []),
        "b": (True, [weekdays(), ["primer"], _day_words()]),
        "c": (False, [full_month_names()]),
        "g": (True, [["día"], lines("date_day_parts.txt")]),
        "h": (True, []),
        "d": (False, [part_words, full_month_names(), month_abbreviations()]),
        "e": (False, [weekdays()]),
        "r": (False, [lead_words, part_words, month_words]),
        "f": (False, [deictic_days()]),
    }
    return {
        key: (digits, frozenset(phrase.split()[0] for words in group for phrase in words))
        for key, (digits, group) in groups.items()
    }


@functools.cache
def _shape_words() -> tuple[frozenset[str], ...]:
    """The words each shape of :func:`_shapes` can start with, in the shapes' order."""
    starts = _shape_starts()
    return tuple(starts[pattern[4]][1] for _, pattern in _shapes())


@functools.cache
def _shapes() -> tuple[tuple[frozenset[str], str], ...]:
    """Every date shape, in the order tried: the characters it can start with, its pattern.

    At a trigger position the shapes are tried in this order and the first that matches
    is the mention, as the branches of one alternation would be; a shape is compiled
    (:func:`_shape`) when first tried, and tried only where the text starts with one of
    its characters, so that a text without weekdays never builds the weekday shape.
    """
    month = _alternation(full_month_names())
    abbr = _alternation(month_abbreviations())
    weekday = _alternation(weekdays())
    deictic = _alternation(deictic_days())
    markers = date_markers()
    tail = _alternation(
        p
        for p, role in markers.items()
        if role in ("past", "next", "thatyear") or role.startswith("year")
    )
    wtail = _alternation(
        p for p, role in markers.items() if role in ("past", "next", "after", "before")
    )
    part = _alternation(p for p, role in markers.items() if role == "part")
    day_part = _alternation(lines("date_day_parts.txt"))
    week = _alternation(p for p, role in markers.items() if role.startswith("week"))
    day_word = _alternation(_day_words())
    count = _alternation(_count_words())
    lead = _alternation(p for p, (kind, _) in _relative().items() if kind == "lead")
    unit = _alternation(p for p, (kind, _) in _relative().items() if kind == "unit")
    rel_month = _alternation(p for p, (kind, _) in _relative().items() if kind == "month")
    num = r"(?:3[01]|[12][0-9]|0?[1-9])(?![0-9])"
    ordinal = r"(?:\.?[º°]|ro(?!\p{L})|er(?!\p{L}))"
    # the day words are tried only at a letter: a digit never starts one
    day = rf"(?:{num}{ordinal}?|(?:primer|1er)\s+día|(?=[a-zñ])(?:{day_word})(?!\p{{L}}))"
    year = r"(?:1[5-9][0-9][0-9]|2[01][0-9][0-9])(?![0-9])"
    mon_num = r"(?:1[0-2]|0?[1-9])"
    sep = rf"(?:\s*,\s*|\s+(?:{_LIST_WORDS})\s+|\s*[-–]\s*)(?:el\s+)?"
    year_tail = (
        rf"\s*,?\s*(?:de|del)\s+(?:de\s+|año\s+)?(?P<PFX_y>{year})"
        rf"|\s+del\s+'?(?P<PFX_y2>[0-9]{{2}})(?![0-9%°º]|[.,][0-9]|\s*%|\s+al\b)"
        rf"|\s+de\s+(?:'(?P<PFX_y3>[0-9]{{2}})(?![0-9])|(?P<PFX_y4>[0-9]{{2}})(?=\s*[,.;)]|$))"
        rf"|\s+(?P<PFX_yb>{year})(?![.,][0-9])"
        rf"|\s*\((?P<PFX_yp>{year})\)"
        rf"|[-/](?P<PFX_yd>{year}|[0-9]{{2}}(?![0-9]))"
        rf"|\s+(?P<PFX_rel>(?:{tail}))(?!\p{{L}})"
    )
    # "12 de enero, 2016": after a day and its month, a year after a comma is its year
    comma_year = rf"|\s*,\s*(?P<b_yc>{year})(?![.,][0-9])"
    not_count = r"(?![0-9%°º]|[:.,][0-9]|\s+(?:de|del|mil|millones?|por|a|horas?|hrs|años?)\b)"
    starts = {
        key: (_DIGITS if digits else frozenset()) | {word[0] for word in words}
        for key, (digits, words) in _shape_starts().items()
    }
    shapes = [
        # numeric: 10/11/2023, 10-11-23, 10.11.2023, 2023-11-10
        (
            rf"(?P<a>(?<![0-9/.,\-])(?:(?P<a_d>{num})(?P<a_sep>[/.\-])(?P<a_m>1[0-2]|0?[1-9])"
            rf"(?P=a_sep)(?P<a_y>[0-9]{{4}}|[0-9]{{2}})|(?P<a_iy>{year})-(?P<a_im>1[0-2]|0[1-9])"
            rf"-(?P<a_id>3[01]|[12][0-9]|0[1-9]))(?![0-9/]|[.,\-][0-9]))"
        ),
        # day and month numbers without a year: el 22/04, el 17 del 11
        (
            rf"(?P<k>(?<![0-9/.,\-])(?P<k_d>{num})(?:/(?P<k_m>{mon_num})|\s+del\s+(?P<k_m2>{mon_num}))"
            rf"(?![0-9/%°º]|[.,:][0-9]|\s*%|\s+(?:de|del|al|a|mil|millones?|por|años?|horas?)\b))"
        ),
        # day first, with a weekday before it or a list of days sharing its month
        (
            rf"(?P<b>(?:(?P<b_wd>(?:{weekday})),?\s+(?:día\s+)?)?(?P<b_list>(?:{num}(?:º|°)?{sep}){{0,6}})"
            rf"(?P<b_day>{day})\s*(?:(?:de|del)\s+|[-/]\s*)?"
            rf"(?P<b_mon>(?:{month})(?!\p{{L}})|(?:{abbr})(?:\.|(?!\p{{L}})))"
            rf"(?:{year_tail.replace('PFX', 'b')}{comma_year})?)"
        ),
        # month first: mayo 11, mayo 11, 2023
        (
            rf"(?P<c>(?P<c_mon>(?:{month}))\s+(?P<c_day>{num})"
            rf"(?:\s*,?\s*(?:(?:de|del)\s+)?(?P<c_y>{year})|(?!\s*[\p{{L}}0-9%°º]|[:.,][0-9])))"
        ),
        # bare day: el día 25, la mañana del 13, el 20 de ese mes
        (
            rf"(?P<g>(?:(?:día)\s+(?P<g_d1>{num})(?!\s+del?\b)"
            rf"|(?:{day_part})\s+(?:del?)\s+(?P<g_d2>{num})(?!\s+del?\b)"
            rf"|(?P<g_d3>{num})\s+(?:de\s+(?:ese|este|aquel|dicho)\s+mes)(?!\p{{L}})"
            rf"|(?:día\s+)?(?P<g_d4>{num})\s+del?\s+(?P<g_rm>{rel_month})(?!\p{{L}}))"
            rf"(?!\s*(?:(?:de|del)\s+)?(?:(?:{month}|{abbr})(?!\p{{L}})))(?![0-9%°º]|[:.,][0-9]))"
        ),
        # bare day after "el", coordinated with a day just named: "el 20 ... y el 22,"
        rf"(?P<h>(?<=(?:\bel)\s)(?P<h_d>{num})(?=\s*[,;.]|\s+(?:y|e)\s))",
        # month: noviembre de 2019, octubre pasado, mediados de diciembre
        (
            rf"(?P<d>(?:(?P<d_part>(?:{part}))\s+(?:(?:el\s+mes\s+de)\s+)?)?"
            rf"(?P<d_mon>(?:{month})(?!\p{{L}})"
            rf"|(?:{abbr})(?:\.|(?!\p{{L}}))(?=\s*[-/]?\s*(?:de\s+)?{year}))"
            rf"(?:{year_tail.replace('PFX', 'd')})?)"
        ),
        # weekday: este miércoles, el lunes 21, el lunes próximo
        (
            rf"(?P<e>(?P<e_wd>(?:{weekday}))(?!\p{{L}})(?:\s+(?:día\s+)?(?P<e_d>{num}){not_count})?"
            rf"(?:\s+(?P<e_wk>(?:{week}))(?!\p{{L}})|\s+(?P<e_rel>(?:{wtail}))(?!\p{{L}}))?)"
        ),
        # relative: hace tres días, dentro de dos semanas, hace un mes, el mes pasado
        (
            rf"(?P<r>(?P<r_lead>{lead})\s+(?:(?:{_RELATIVE_ADVERBS})\s+)?"
            rf"(?P<r_n>[0-9]{{1,3}}|(?:{count})(?!\p{{L}}))\s+(?P<r_u>{unit})(?!\p{{L}})"
            rf"|(?:(?P<r_part>(?:{part}))l?\s+)?(?P<r_m>{rel_month})(?!\p{{L}})"
            rf"(?!\s+(?:de\s+)?(?:{month})(?!\p{{L}})))"
        ),
        # deictic day: hoy, ayer, anteayer, mañana
        rf"(?P<f>(?:{deictic})(?!\p{{L}}))",
    ]
    # each shape's pattern is one named group, "(?P<a>...)": the name says its starts
    return tuple((starts[shape[4]], shape) for shape in shapes)


@functools.cache
def _shape(index: int) -> regex.Pattern[str]:
    """The compiled pattern of shape ``index`` of :func:`_shapes`."""
    return regex.compile(r"(?<!\p{L})(?:" + _shapes()[index][1] + ")", regex.VERSION0)


def _match_at(low: str, start: int, end: int) -> regex.Match[str] | None:
    """The first shape matching at ``start`` in ``low[:end]``, or ``None``.

    At a number, a shape whose guard (:func:`_guard`) fails is not tried, so it
    is compiled only for a text that has a number it could match ("15 personas" needs
    no numeric-date shape); at a letter, one that cannot start with the word there
    (:func:`_shape_words`): "martes" needs the weekday shape, not the day-first one nor
    the month's. The shapes a character can start are listed once (:func:`_tried_at`).
    """
    tried = _tried_at().get(low[start])
    if tried is None:
        return None
    word: str | None = None
    for index, words in tried:
        if words is not None:  # at a letter: the shape starts with a whole word of its own
            if word is None:
                letters = _word().match(low, start, end)
                word = letters.group() if letters is not None else ""
            if word not in words:
                continue
        guard = _guard(index, at_number=words is None)
        if guard is not None and guard.match(low, start, end) is None:
            continue
        match = _shape(index).match(low, start, end)
        if match is not None:
            return match
    return None


@functools.cache
def _tried_at() -> dict[str, tuple[tuple[int, frozenset[str] | None], ...]]:
    """The shapes each character can start (by its initials), in the shapes' order.

    Each with the words it must start with there, ``None`` at a number (a digit). What
    :func:`_match_at` would find going through every shape's initials at that character.
    """
    shapes = _shapes()
    words = _shape_words()
    chars = {char for initials, _ in shapes for char in initials}
    return {
        char: tuple(
            (index, None if char in _DIGITS else words[index])
            for index, (initials, _) in enumerate(shapes)
            if char in initials
        )
        for char in sorted(chars)
    }


@functools.cache
def _letter_guards() -> dict[str, str]:
    """What a shape needs at a letter beyond its first word, at the least, by shape.

    A weekday starts a day-first date ("el martes 3 de mayo") only before its day: a
    number, "primer" or a day's word, perhaps after "día"; a month first ("mayo 11")
    only before its day's number. A relative date is a lead and a count ("hace tres
    días", "dentro de 2 semanas") or a month phrase ("el mes pasado", "a finales de este
    mes"): "hace falta" and "este año" are neither.
    """
    relative = _relative()
    day = "|".join(sorted({"primer", *(phrase.split()[0] for phrase in _day_words())}))
    lead = _alternation(p for p, (kind, _) in relative.items() if kind == "lead")
    rel_month = _alternation(p for p, (kind, _) in relative.items() if kind == "month")
    part = _alternation(p for p, role in date_markers().items() if role == "part")
    count = _alternation(_count_words())
    return {
        "b": rf"(?:{_alternation(weekdays())}),?\s+(?:día\s+)?(?:[0-9]|{day})|{day}",
        "c": rf"(?:{_alternation(full_month_names())})\s+[0-9]",
        "r": (
            rf"(?:{lead})\s+(?:(?:{_RELATIVE_ADVERBS})\s+)?(?:[0-9]|{count})"
            rf"|(?:(?:{part})l?\s+)?(?:{rel_month})"
        ),
    }


@functools.cache
def _guard(index: int, *, at_number: bool) -> re.Pattern[str] | None:
    """The guard of shape ``index`` at a number or a letter, ``None`` for none.

    Compiled when first needed, each on its own: a page whose numbers are counts never
    builds the numeric dates' guards.
    """
    name = _shapes()[index][1][4]
    if not at_number:
        guard = _letter_guards().get(name)
        return None if guard is None else re.compile(guard)
    if name not in _GUARDS:
        return None
    month = "|".join(sorted({*full_month_names(), *month_abbreviations()}))
    return re.compile(_GUARDS[name].replace("{month}", month))


#: The words that join the days of a list sharing a month ("el 3 y 4 de mayo").
_LIST_WORDS = "y|e|o|al|a|hasta"

#: What each shape needs around a number it starts with, at the least (its pattern
#: checks the rest): a day, month and year between one separator twice (10/11/2023,
#: 10.11.23) or a year, month and day between dashes (2023-11-10), a slash or "del"
#: before a month number (22/04, 17 del 11), "de" (20 de ese mes), and for a bare day
#: "el" before it and a comma, stop or "y" after it (el 20, …). A day before its month
#: (``{month}``: any month word) is a number of one or two digits, maybe an ordinal,
#: then a list's separator, "de", a dash or slash, or the month (3 de mayo, 1º/5, 3 y 4
#: de mayo, 1ro de mayo, 12 mayo).
_GUARDS = {
    "a": r"[0-9]{1,2}([/.\-])[0-9]{1,2}\1[0-9]{2}|[0-9]{4}-[0-9]{2}-[0-9]",
    "b": (
        r"[0-9]{1,2}(?![0-9])(?:\.?[º°])?"
        rf"(?:\s*[,\-–/]|ro|er|\s*(?:(?:{_LIST_WORDS}|de|del)\s|{{month}}))"
    ),
    "k": r"[0-9]{1,2}(?:/[0-9]|\s+del\s)",
    "g": r"[0-9]{1,2}\s+de",
    "h": r"(?<=el\s)[0-9]{1,2}(?:\s*[,;.]|\s+[ye]\s)",
}


@functools.cache
def _day_words() -> dict[str, int]:
    """Days of the month written as words ("veintiuno" -> 21), ``lexicons/date_day_words.tsv``."""
    return {word: int(day) for word, day in rows("date_day_words.tsv")}


@functools.cache
def _count_words() -> dict[str, int]:
    """Number words that count days, weeks or months ("tres", "quince", "un"), as written."""
    out: dict[str, int] = {}
    for word, value, kind in rows("numbers.tsv"):
        if kind in ("unit", "teen", "tens") and Decimal(value) > 0:
            out[word] = out[fold(word)] = int(value)
    return out


@functools.cache
def _relative() -> dict[str, tuple[str, str]]:
    """Relative date words -> (kind, value), ``lexicons/date_relative.tsv``."""
    return {phrase: (kind, value) for phrase, kind, value in rows("date_relative.tsv")}


@functools.cache
def _trigger() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    r"""Where a date can start, in lower-cased text: a calendar word or a number.

    Three patterns, each of which the engine scans by its first character: a word
    after a non-word character (that character is part of the match), a common word
    that starts a date only before what it needs (see :func:`_guarded_trigger`), a
    digit. Every word starts with a letter, so the character before it is what ``\b``
    would check; at the text's start, the first two are matched after a space put
    before it.
    """
    alternation = _by_first_letter(_trigger_words())
    return (
        re.compile(rf"\W(?:{alternation})\b"),
        _guarded_trigger(),
        # a date's first number never follows a digit or a number's separator ("1.200", "5,8"),
        # and is followed by a separator, an ordinal or a month ("#25Octubre"); a slash
        # or dash only before a word or number ("$1-$2" starts no date), white space only
        # before a word, a number or a separator; "$1$1" starts no date
        re.compile(
            r"[0-9](?<![0-9/.,\-–][0-9])"
            r"(?=[0-9]{0,3}(?:[.,;º°rabdefjmnos]|[/\-–]\s*\w|\s+[\w,;./\-–]))"
        ),
    )


@functools.cache
def _trigger_scan() -> re.Pattern[str] | None:
    r"""The three patterns of :func:`_trigger` as one alternation, or ``None``.

    A match of either word pattern takes the character before its word and the word,
    letters alone, and a digit's takes the digit: no match of one holds where another
    could start (a non-word character, or a digit), so a scan of the alternation finds
    every place the three scans find, each once. That holds while every trigger word is
    letters alone and the digit's pattern opens on its digit (``None`` otherwise: the
    three are scanned one by one).
    """
    words = [*_trigger_words(), *_guarded_lookaheads()]
    after_gap, guarded, digit = _trigger()
    if not all(_LETTERS_ONLY.fullmatch(word) for word in words) or not digit.pattern.startswith(
        "[0-9]"
    ):
        return None
    # Its first character is one of a class the engine scans for without trying the
    # pattern (no lower-case letter a word holds, most of a text): then, behind it, the
    # non-word character of a word's match or the digit. The matches are the three's.
    words_after = rf"(?<=\W)(?:{after_gap.pattern[2:]}|{guarded.pattern[2:]})"
    digit_rest = digit.pattern.removeprefix("[0-9]")
    return re.compile(rf"[^{_WORD_LETTERS}](?:{words_after}|(?<=[0-9]){digit_rest})")


@functools.cache
def _word_triggers() -> re.Pattern[str] | None:
    r"""The two word patterns of :func:`_trigger` as one, by first letter, or ``None``.

    Both open on the non-word character before their word (``\W``, a class the engine
    skips to without trying the pattern) and take letters alone after it: no match of
    one holds where another could start, so one scan of the two finds every place the
    two scans find, each once. Under each first letter the plain words and the guarded
    ones are one branch: the engine tries one group per character, not two, and no
    lookbehind runs at each gap (what :func:`_trigger_scan` pays to take the digits too;
    the digits are scanned apart, a class the engine skips to). ``None`` where a word is
    not letters alone (then the three patterns are scanned one by one).
    """
    return _word_and_cue_triggers(())


@functools.cache
def _word_and_cue_triggers(cues: tuple[tuple[str, str], ...]) -> re.Pattern[str] | None:
    r""":func:`_word_triggers`, and under each first letter a lookahead for ``cues``.

    ``cues`` are another reader's words (money's currency words, lower-cased), each
    whole when it ends with a letter, as pairs of a first letter and the pattern of the
    rests of its words; each first letter's lookahead is a capturing
    group, tried after the dates' words of that letter fail. A match holds one only
    where its lookahead matched, and takes the character before the word and the
    word's first letter alone: it hides no trigger after it (a trigger opens on a
    non-word character). ``None`` as :func:`_word_triggers`, or where a cue does not
    start with a letter.
    """
    plain = _trigger_words()
    guarded = _guarded_lookaheads()
    if not all(_LETTERS_ONLY.fullmatch(word) for word in [*plain, *guarded]):
        return None
    if not all(len(first) == 1 and first.isalpha() for first, _ in cues):
        return None
    # under each first letter, the rests of its words as one trie, each rest with what
    # must follow it (a plain word's end, a guarded word's lookahead): every branch the
    # engine tries opens on one character, which it checks without entering the branch
    by_first: dict[str, tuple[dict[str, str], list[str]]] = {}
    for word in sorted(set(plain)):
        by_first.setdefault(word[0], ({}, []))[0][word[1:]] = r"\b"
    for word in sorted(guarded):
        forms = by_first.setdefault(word[0], ({}, []))[0]
        tail = guarded[word]
        forms[word[1:]] = f"(?:{forms[word[1:]]}|{tail})" if word[1:] in forms else tail
    for first, cue in cues:
        by_first.setdefault(first, ({}, []))[1].append(cue)
    groups = []
    # the letters' groups in the order words most often start with them: the engine
    # tries them in turn at each gap, and they exclude each other (any order matches)
    for first, (forms, cue_rests) in sorted(by_first.items(), key=_initial_rank):
        branches = [word_trie(forms)] if forms else []
        if cue_rests:
            branches.append(rf"(?=((?:{'|'.join(cue_rests)}){_CUE_WHOLE}))")
        groups.append(f"{re.escape(first)}(?:{'|'.join(branches)})")
    return re.compile(rf"{NON_WORD}(?:{'|'.join(groups)})")  # \W, its ASCII listed


#: Spanish words' first letters, the most frequent first (the order of a scan's groups).
_INITIALS = "delpcsaqyumntrihofvgbjzkxwñ"


def _initial_rank(item: tuple[str, object]) -> tuple[int, str]:
    """Where a group's first letter stands in :data:`_INITIALS` (after them: in order)."""
    rank = _INITIALS.find(item[0])
    return (len(_INITIALS) if rank < 0 else rank, item[0])


#: After a cue word: whole when it ends with a letter (as money's own scan asks).
_CUE_WHOLE = r"(?:(?<![^\W\d_])|(?![^\W\d_]))"


#: Letters the first character of a trigger match never is (a non-word one or a digit).
_WORD_LETTERS = "a-z_áéíóúüñ"


#: A trigger word that a scan of the three trigger patterns at once can take.
_LETTERS_ONLY = re.compile(r"[^\W\d_]+")


@functools.cache
def _any_trigger() -> re.Pattern[str]:
    """A digit or a word a date can start with, wherever it stands (no guard around it).

    Where this finds nothing, no pattern of :func:`_trigger` can match: a region without
    it (most short lines) is passed over with one search.
    """
    words = [*_trigger_words(), *_guarded_lookaheads()]
    return re.compile(rf"[0-9]|{_by_first_letter(words)}")


def _trigger_words() -> list[str]:
    """The words a date starts with, in lower case (see :func:`_trigger`)."""
    markers = date_markers()
    return [
        *full_month_names(),
        *weekdays(),
        *(phrase.split()[0] for phrase in deictic_days()),
        *(phrase.split()[0] for phrase, role in markers.items() if role == "part"),
        *lines("date_day_parts.txt"),
        *(phrase.split()[0] for phrase, (kind, _) in _relative().items() if kind == "lead"),
        "mes",
        "día",
        "primer",
        "primero",
    ]


def _by_first_letter(words: Iterable[str]) -> str:
    """An alternation of ``words`` grouped by first letter, longest first in each group.

    The engine then looks at one group per character, which keeps a scan of every
    position cheap.
    """
    by_first: dict[str, list[str]] = {}
    for word in sorted(sorted(set(words)), key=len, reverse=True):
        by_first.setdefault(word[0], []).append(re.escape(word[1:]).replace(r"\ ", r"\s+"))
    return "|".join(
        f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in sorted(by_first.items())
    )


def _guarded_trigger() -> re.Pattern[str]:
    """Common words that start a date only before what completes it.

    A day word before "de" ("dos de mayo", "treinta y uno de marzo"), a month
    abbreviation before a year ("dic. 2018", "sep-2020"), "este"/"próximo"/"presente"
    before "mes". Testing that here keeps the one big pattern off every "dos" and "mar".
    """
    guarded = _guarded_lookaheads()
    # By first letter (the engine looks at one branch per character), then by what must
    # follow, written once for the words that share it: only where a match starts is
    # used, and that is the same whichever word of a letter's group matches.
    by_first: dict[str, dict[str, list[str]]] = {}
    for word in sorted(sorted(guarded), key=len, reverse=True):
        by_tail = by_first.setdefault(word[0], {})
        by_tail.setdefault(guarded[word], []).append(re.escape(word[1:]))
    alternation = "|".join(
        re.escape(first)
        + "(?:"
        + "|".join(f"(?:{'|'.join(rests)}){tail}" for tail, rests in by_tail.items())
        + ")"
        for first, by_tail in sorted(by_first.items())
    )
    return re.compile(rf"\W(?:{alternation})")


def _guarded_lookaheads() -> dict[str, str]:
    """The guarded words (see :func:`_guarded_trigger`), each with what must follow it."""
    days = {phrase.split()[0]: r"(?=\s+(?:y\s+uno\s+)?del?\s)" for phrase in _day_words()}
    year_after = r"(?=\.?\s*[-/]?\s*(?:de\s+)?[12][0-9]{3})"
    abbreviations = dict.fromkeys(month_abbreviations(), year_after)
    month_words = {
        phrase.split()[0]: r"(?=\s+mes\b)"
        for phrase, (kind, _) in _relative().items()
        if kind == "month" and phrase.split()[0] != "mes"
    }
    return {**days, **abbreviations, **month_words}  # no word is in two of them


def _trigger_starts(low: str, lo: int, hi: int, worded: list[int] | None = None) -> list[int]:
    """Where a date can start in ``low[lo:hi]``, in order, once each (see :func:`_trigger`).

    ``worded``: where :func:`_word_triggers`' scan finds a word there, when
    :func:`trigger_scan` has scanned it already.
    """
    after_gap, guarded, digit = _trigger()
    words = _word_triggers()
    if words is not None:
        # one scan for the words, one for the digits (see :func:`_word_triggers`): a word's
        # match starts on the character before it, a digit's on it, never the same place
        if worded is None:
            found = [match.start() + 1 for match in words.finditer(low, max(lo - 1, 0), hi)]
        else:
            found = list(worded)
        found.extend(match.start() for match in digit.finditer(low, lo, hi))
        starts = set(found)
    else:
        starts = {match.start() + 1 for match in after_gap.finditer(low, max(lo - 1, 0), hi)}
        starts.update(match.start() + 1 for match in guarded.finditer(low, max(lo - 1, 0), hi))
        starts.update(match.start() for match in digit.finditer(low, lo, hi))
    if lo == 0 and (after_gap.match(" " + low[:hi]) or guarded.match(" " + low[:_LOOKBACK])):
        starts.add(0)
    return sorted(starts)


class TriggerScan(NamedTuple):
    """One scan of a page's regions for the dates' trigger words and another reader's cues.

    ``words``: for each region, where a trigger word starts (:func:`_word_triggers`);
    ``cued``: for each region, whether one of the cues stands there, whole, after a
    non-word character.
    """

    words: tuple[list[int], ...]
    cued: tuple[bool, ...]


def trigger_scan(
    text: str, lowered: str, regions: Sequence[Span], cues: tuple[tuple[str, str], ...]
) -> TriggerScan | None:
    """The dates' word triggers and ``cues`` found in one scan of each region.

    ``cues``: lower-case words as pairs of a first letter and the pattern of their
    rests (:func:`noticiaparse._extract.money.cue_branches`).

    Money's gate asks whether a region holds a currency word; the dates ask where their
    trigger words start: both scan the same gaps between words, so one scan of the
    lower-cased text (:func:`_word_and_cue_triggers`) serves both. A match that took a
    date word tried no cue there: in a region where no cue was seen, each date word's
    place is tried for one (a few matches a region), so ``cued`` is exact.
    ``None`` where there are no cues or they cannot join the scan (then each reader
    scans alone).
    """
    low = _lower(text, lowered)
    pattern = _word_and_cue_triggers(cues)
    if not cues or pattern is None or _word_triggers() is None:
        return None
    cue_at = _cue_at(cues).match
    words: list[list[int]] = []
    cued: list[bool] = []
    for lo, hi in pairs(regions):
        found: list[int] = []
        seen = False
        for match in pattern.finditer(low, max(lo - 1, 0), hi):
            if match.lastindex is None:
                found.append(match.start() + 1)
            else:
                seen = True
        if not seen:
            seen = any(cue_at(low, start, hi) is not None for start in found)
        words.append(found)
        cued.append(seen)
    return TriggerScan(tuple(words), tuple(cued))


@functools.cache
def _cue_at(cues: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    """One of ``cues``, whole, right here (as under :func:`_word_and_cue_triggers`)."""
    alternation = "|".join(f"{re.escape(first)}(?:{rests})" for first, rests in cues)
    return re.compile(rf"(?:{alternation}){_CUE_WHOLE}")


@functools.cache
def _prefix_pattern() -> regex.Pattern[str]:
    """The determiners and direction words just before a mention, read backwards."""
    words = [
        *_words("prefix"),
        *(p for p, role in date_markers().items() if role in ("past", "next", "this", "that")),
    ]
    # (?r): matched right to left from the mention, so a search costs the prefix only
    return regex.compile(rf"(?r)(?:(?<!\p{{L}})(?:{_alternation(words)})\s+){{1,4}}$")


@functools.cache
def _name_cues() -> frozenset[str]:
    return frozenset(lines("date_name_cues.txt"))


@functools.cache
def _title_cues() -> frozenset[str]:
    return frozenset(lines("date_title_cues.txt"))


_word = lazy_regex(r"\p{L}+")


_prev_word = lazy_regex(r"(?r)(\p{L}+)\.?\s*$")


_bare_year_back = lazy_regex(r"(?r)(?<![0-9.,])(?:1[5-9]|20)[0-9]{2}(?![0-9]|[.,][0-9])")


_join = lazy_regex(r"(?:,|y|e|o|u|al|a|hasta)")


_range_link = lazy_regex(r"(?:y|e|o|a|al|hasta|-|–|,)(?:\s+(?:el|hasta|hasta\s+el))?")


_NUMBER = re.compile(r"[0-9]{1,2}")
_NEXT_WORD = regex.compile(r"\s+(\p{L}+)")


_nowadays = lazy_regex(r"\s+(?:en\s+día|por\s+hoy)\b")


_time_before = lazy_regex(r"(?r)[0-9]{1,2}[:.][0-9]{2}\s*(?:h|hrs|horas)?\.?\s*$")


_now_so_far = lazy_regex(r"(?r)(?:hasta\s+el|\ba(?:l)?)\s*$")


_CLAUSE_OR_COMMA = re.compile(r"[,.;:!?\n«»“”\"()]")
#: How many words after "hoy" are read for its verb.
_ADJACENT_WORDS = 5


def find_dates(
    spine: Spine,
    regions: Sequence[Span],
    reference_date: dt.date | None,
    lowered: str | None = None,
    worded: Sequence[list[int]] | None = None,
) -> tuple[DateMention, ...]:
    """Every date mention inside ``regions``, resolved against ``reference_date``.

    Args:
        spine: the normalised page.
        regions: ``(start, end)`` spans of ``spine.text`` to read, in reading order
            (the headline first when there are several).
        reference_date: the publication date, or ``None`` (then only dates that
            state their year, or follow one, are resolved).
        lowered: ``lower_text(spine.text)`` when the caller has it (the sources reader
            reads it too: a parse lower-cases its text once), or ``None``.
        worded: :attr:`TriggerScan.words` of ``regions`` when the caller has scanned
            them (:func:`trigger_scan`), or ``None``.

    Returns:
        The mentions in reading order, offsets into the caller's original string.

    Examples:
        >>> from noticiaparse._text.spine import build_spine
        >>> spine = build_spine("Asumió el pasado 11 de mayo; ayer renunció.")
        >>> [(d.raw, d.resolved) for d in find_dates(spine, [(0, 43)], dt.date(2015, 11, 20))]
        [('11 de mayo', '2015-05-11'), ('ayer', '2015-11-19')]
    """
    text = spine.text
    low = _lower(text, lowered)
    found: list[FoundDate] = []
    # a region where no trigger stands is passed over: by the scans of the triggers that
    # find none there (:func:`_word_triggers`), else by one search before the three
    anything = None if _word_triggers() is not None else _any_trigger().search
    for index, (lo, hi) in enumerate(pairs(regions)):  # (columns: no span object made)
        if worded is not None or anything is None or anything(low, lo, hi) is not None:
            starts = _trigger_starts(low, lo, hi, None if worded is None else worded[index])
            if starts:
                found.extend(_find_in_region(_Region(text, low, lo, hi, index), starts))
    resolved = resolve_all(text, found, reference_date, headline_end(text, regions))
    out = []
    for item, value in zip(found, resolved, strict=True):
        start, end = spine.span(item.start, item.end)
        out.append(
            DateMention(
                raw=spine.raw(item.start, item.end),
                start=start,
                end=end,
                year=item.year,
                month=item.month,
                day=item.day,
                resolved=value,
            )
        )
    return tuple(out)


def _lower(text: str, low: str | None = None) -> str:
    """``text`` lower-cased, one character for one (offsets stay valid).

    ``low`` is ``lower_text(text)`` when the caller has computed it already.
    """
    if low is None:
        low = lower_text(text)  # a block at a time: a whole text's lower() peaks at 12x it
    if len(low) == len(text):
        return low
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)


# --------------------------------------------------------------------------- finding


@attrs.frozen(repr=False)
class _Region:
    """One region being read: the text, its lower-cased twin, the bounds, its index."""

    __repr__ = record_repr

    text: str = attrs.field(repr=False)
    low: str = attrs.field(repr=False)
    lo: int
    hi: int
    index: int

    def prev_word(self, start: int) -> regex.Match[str] | None:
        """The word just before ``start`` (a trailing "." allowed), in the original case."""
        return _prev_word().search(self.text, max(self.lo, start - _LOOKBACK), start)

    def next_word(self, end: int) -> str:
        """The lower-case word right after ``end`` and white space, or ``""``."""
        match = _NEXT_WORD.match(self.low, end, min(self.hi, end + _LOOKBACK))
        return match.group(1) if match else ""


def _find_in_region(region: _Region, starts: Sequence[int]) -> list[FoundDate]:
    """The dates of ``region`` that start at ``starts`` (:func:`_trigger_starts`)."""
    quotes: Sequence[Span] | None = None  # read when the region has a first date
    out: list[FoundDate] = []
    consumed = region.lo
    for start in starts:
        if start < consumed:
            continue
        match = _match_at(region.low, start, region.hi)
        if match is None:
            continue
        consumed = match.end()
        for found in _read_match(region, match):
            if quotes is None:
                quotes = quoted_spans(region.text, region.lo, region.hi)
            item = _accept(region, found, quotes, out, bare_day=match.lastgroup == "h")
            if item is not None:
                out.append(item)
    return _imply_years(region, out)


def _accept(
    region: _Region,
    found: FoundDate,
    quotes: Sequence[Span],
    out: Sequence[FoundDate],
    *,
    bare_day: bool,
) -> FoundDate | None:
    """The mention as kept, or ``None`` when it is a name, a title or an unsupported day."""
    quote = _enclosing(quotes, found.start, found.end)
    if quote is not None and _is_title(region, found, *quote):
        return None
    if _is_name(region, found):
        return None
    item = found._replace(quoted=True) if quote is not None else found
    if bare_day and not _follows_day(region, item.start, out):
        return None
    if item.role == "joined":  # "el lunes y martes": only right after another weekday
        if not out or out[-1].kind != "weekday" or out[-1].day is not None:
            return None
        if _join().fullmatch(region.low[out[-1].end : item.start].strip()) is None:
            return None
        item = item._replace(role=out[-1].role)
    return item


def _imply_years(region: _Region, found: list[FoundDate]) -> list[FoundDate]:
    """Give yearless dates the year their range or their sentence states.

    "entre el 4 de octubre y el 30 de noviembre de 2019": the first end is in 2019
    too; "El 2019 se cerró el año escolar en octubre": October 2019. Only the
    resolution uses it; ``year`` stays what the mention itself states.
    """
    out = list(found)
    for i in range(len(out) - 1, -1, -1):
        item = out[i]
        if item.year is not None or item.year_shift is not None or item.month is None:
            continue
        if item.role in ("past", "next", "thatyear"):
            continue
        year = None
        if i + 1 < len(out):
            year = _range_year(region, item, out[i + 1])
        if year is None and i > 0:
            year = _range_year_after(region, out[i - 1], item)
        if year is None:
            year = _sentence_year(region, item.start)
        if year is not None:
            out[i] = item._replace(implied_year=year)
    return out


def _range_year(region: _Region, item: FoundDate, other: FoundDate) -> int | None:
    """The year of the range's other end, one less when this end's date is later."""
    year = other.year if other.year is not None else other.implied_year
    if year is None or other.month is None:
        return None
    between = region.low[item.end : other.start].strip()
    if len(between) > _MAX_RANGE_LINK or _range_link().fullmatch(between) is None:
        return None
    later = (item.month, item.day or 0) > (other.month, other.day or 0)
    return year - 1 if later else year


def _range_year_after(region: _Region, other: FoundDate, item: FoundDate) -> int | None:
    """The year of the range's first end, one more when this end's date is earlier."""
    if other.year is None or other.month is None:
        return None
    between = region.low[other.end : item.start].strip()
    if len(between) > _MAX_RANGE_LINK or _range_link().fullmatch(between) is None:
        return None
    earlier = (item.month or 0, item.day or 0) < (other.month, other.day or 0)
    return other.year + 1 if earlier else other.year


def _sentence_year(region: _Region, start: int) -> int | None:
    """A bare year said earlier in the same sentence ("En 2019 … en octubre")."""
    left = sentence_start(region.text, start, region.lo, reach=_SENTENCE_REACH)
    match = _bare_year_back().search(region.text, left, start)
    if match is None:
        return None
    prev = region.prev_word(match.start())
    if prev is None or prev.group(1).lower() not in _words("year_cue"):
        return None
    return int(match.group())


def _prefix(region: _Region, start: int) -> tuple[int, list[str]]:
    """Where the determiners before ``start`` begin, and those words (lower case)."""
    window_start = max(region.lo, start - _LOOKBACK)
    match = _prefix_pattern().search(region.low, window_start, start)
    if match is None:
        return start, []
    return match.start(), _word().findall(match.group())


def _since(region: _Region, start: int) -> bool:
    """Whether "desde" or "tras" opens the date: "desde el 18 de octubre" is past."""
    pre_start, _ = _prefix(region, start)
    return _since_before(region, pre_start)


def _since_before(region: _Region, pre_start: int) -> bool:
    """:func:`_since` where the determiners before the date begin at ``pre_start``."""
    prev = region.prev_word(pre_start)
    return prev is not None and date_markers().get(prev.group(1).lower()) == "since"


def _roles(words: Sequence[str]) -> str | None:
    """The direction the words before a date give it (the last one that has one)."""
    markers = date_markers()
    role = None
    for word in words:
        role = markers.get(word, role)
    return role


def _int(value: str | None) -> int | None:
    return None if value is None else int(value)


def _day_value(value: str) -> int:
    """The day a day number, ordinal or word says ("21", "1.º", "1er día", "veintiuno")."""
    digits = "".join(ch for ch in value.split(maxsplit=1)[0] if ch.isdigit())
    if digits:
        return int(digits)
    return _day_words().get(" ".join(value.split()), 1)  # "primer día" is the first


def _two_digit_year(two: int) -> int:
    """The year a two-digit year stands for: 2000-2069, else 1970-1999 ("del 19", "1/3/85")."""
    return (_CENTURY if two < _PIVOT else _CENTURY - _TWO_DIGITS) + two


def _tail(match: regex.Match[str], prefix: str) -> tuple[int | None, int | None, str | None]:
    """The year a shape's tail states, the year shift it implies, and its direction."""
    comma = match["b_yc"] if prefix == "b" else None  # "12 de enero, 2016"
    year = _int(match[f"{prefix}_y"] or match[f"{prefix}_yb"] or match[f"{prefix}_yp"] or comma)
    short = match[f"{prefix}_y2"] or match[f"{prefix}_y3"] or match[f"{prefix}_y4"]
    dashed = match[f"{prefix}_yd"]  # "31-dic-1994", "23/sep/20"
    if dashed is not None and len(dashed) > _SHORT_YEAR_DIGITS:
        year = int(dashed)
    else:
        short = short or dashed
    if short is not None:
        year = _two_digit_year(int(short))
    rel = match[f"{prefix}_rel"]
    if rel is None:
        return year, None, None
    role = date_markers().get(" ".join(rel.split()))
    if role is not None and role.startswith("year"):
        return year, int(role[4:]), None
    return year, None, role


def _read_match(region: _Region, match: regex.Match[str]) -> list[FoundDate]:
    readers = {
        "a": _read_numeric,
        "b": _read_day_first,
        "c": _read_month_first,
        "d": _read_month,
        "e": _read_weekday,
        "f": _read_deictic,
        "k": _read_day_month_numbers,
        "r": _read_relative,
    }
    reader = readers.get(match.lastgroup or "", _read_bare_day)
    return reader(region, match)


#: The groups that hold the day of a bare day, in the order the old alternation read them.
_BARE_DAY = ("g_d1", "g_d2", "g_d3", "g_d4", "h_d")


def _read_bare_day(region: _Region, match: regex.Match[str]) -> list[FoundDate]:
    """A bare day: "el día 25", "la mañana del 13", "el 22", "el 3 del mes pasado"."""
    start, end = match.span()
    groups = match.groupdict()  # shape "g" or shape "h": each has its own groups
    day = int(next(groups[name] for name in _BARE_DAY if groups.get(name) is not None))
    pre_start, words = _prefix(region, start)
    if words and words[-1] not in _words("prefix_apart"):
        start = pre_start  # "el día 25", "el próximo día 15", "la mañana del 13"
    relative_month = groups.get("g_rm")
    if relative_month is not None:  # "el día 3 del mes pasado": a day of a relative month
        offset = int(_relative()[" ".join(relative_month.split())][1])
        return [FoundDate(start, end, region.index, "day", day=day, offset=offset, role="relmonth")]
    return [FoundDate(start, end, region.index, "day", day=day, role=_roles(words))]


def _read_numeric(region: _Region, match: regex.Match[str]) -> list[FoundDate]:
    start, end = match.span()
    if match["a_iy"]:
        year, month, day = int(match["a_iy"]), int(match["a_im"]), int(match["a_id"])
    else:
        day, month = int(match["a_d"]), int(match["a_m"])
        digits = match["a_y"]
        if len(digits) == _SHORT_YEAR_DIGITS:
            if match["a_sep"] == ".":
                return []  # "1.12.23" is more often a number than a date
            year = _two_digit_year(int(digits))
        else:
            year = int(digits)
            if year not in _YEARS:
                return []
    if valid_date(year, month, day) is None:
        return []
    return [FoundDate(start, end, region.index, "full", year=year, month=month, day=day)]


#: Before a list's next day/month pair: a comma or a conjunction after the last one.
_list_before = lazy_regex(r"(?r)[0-9]\s*(?:,|\s(?:y|o|e|u|al|a|hasta))\s*$")


def _read_day_month_numbers(region: _Region, match: regex.Match[str]) -> list[FoundDate]:
    """A day and a month in figures without a year: "el 22/04", "el 17 del 11".

    Read only after a determiner or inside a list of them ("el 20/11, 22/11 o 25/11"):
    a bare "3/4" is more often a fraction or a score.
    """
    start, end = match.span()
    day = int(match["k_d"])
    month = int(match["k_m"] or match["k_m2"])
    if valid_date(2000, month, day) is None:  # a leap year: "29/02" exists
        return []
    prev = region.prev_word(start)
    word = prev.group(1).lower() if prev is not None else ""
    listed = _list_before().search(region.low, max(region.lo, start - 8), start) is not None
    if match["k_m2"] is not None and word != "el":
        return []  # "17 del 11" only as "el 17 del 11"
    if word not in _words("day_month_cue") and not listed:
        return []
    _, words = _prefix(region, start)
    return [
        FoundDate(
            start, end, region.index, "month", month=month, day=day, role=_roles(words),
        )
    ]  # fmt: skip


def _read_relative(region: _Region, match: regex.Match[str]) -> list[FoundDate]:
    """Counts from the publication date: "hace tres días" (days), "el mes pasado" (months)."""
    start, end = match.span()
    table = _relative()
    if match["r_m"] is not None:
        offset = int(table[" ".join(match["r_m"].split())][1])
        pre_start, words = _prefix(region, start)
        if words and words[-1] in _words("relative_month_lead") and match["r_part"] is None:
            start = pre_start  # "el mes pasado"
        return [FoundDate(start, end, region.index, "relmonth", offset=offset)]
    lead = int(table[" ".join(match["r_lead"].split())][1])
    raw_count = match["r_n"]
    count = int(raw_count) if raw_count.isdigit() else _count_words()[raw_count]
    unit = table[match["r_u"]][1]
    if unit == "month":
        return [FoundDate(start, end, region.index, "relmonth", offset=lead * count)]
    return [FoundDate(start, end, region.index, "deictic", offset=lead * count * int(unit))]


def _read_day_first(region: _Region, match: regex.Match[str]) -> list[FoundDate]:
    start, end = match.span()
    month = month_number(match["b_mon"])
    year, shift, tail_role = _tail(match, "b")
    pre_start, words = _prefix(region, start)
    role = tail_role or _roles(words) or ("since" if _since_before(region, pre_start) else None)
    kind = "full" if year is not None else "month"
    out: list[FoundDate] = []
    list_start = match.start("b_list")
    for number, item in enumerate(_NUMBER.finditer(match["b_list"])):
        s = list_start + item.start()
        e = list_start + item.end()
        if number == 0:
            pre_start, pre_words = _prefix(region, s)
            if pre_words and pre_words[-1] == "el":
                s = pre_start
        elif region.low[max(region.lo, s - 3) : s] == "el ":
            s -= 3
        out.append(
            FoundDate(
                s, e, region.index, kind, year=year, month=month, day=int(item.group()),
                year_shift=shift, role=role,
            )
        )  # fmt: skip
    weekday = weekday_number(match["b_wd"]) if match["b_wd"] else None
    day_start = match.start("b_wd") if match["b_wd"] else match.start("b_day")
    out.append(
        FoundDate(
            day_start, end, region.index, kind, year=year, month=month,
            day=_day_value(match["b_day"]), weekday=weekday, year_shift=shift, role=role,
            in_parens=_in_parens(region, day_start, end),
        )
    )  # fmt: skip
    return out


def _read_month_first(region: _Region, match: regex.Match[str]) -> list[FoundDate]:
    start, end = match.span()
    _, words = _prefix(region, start)
    year = _int(match["c_y"])
    return [
        FoundDate(
            start, end, region.index, "full" if year is not None else "month", year=year,
            month=month_number(match["c_mon"]), day=int(match["c_day"]), role=_roles(words),
        )
    ]  # fmt: skip


def _read_month(region: _Region, match: regex.Match[str]) -> list[FoundDate]:
    start, end = match.span()
    mon_start, mon_end = match.span("d_mon")
    year, shift, tail_role = _tail(match, "d")
    bare = year is None and shift is None and tail_role is None and not match["d_part"]
    word = region.text[mon_start:mon_end]
    capital = word[0].isupper() and not word.isupper()
    if bare and capital and not _capital_month_ok(region, mon_start, mon_end):
        return []
    pre_start, words = _prefix(region, start)
    role = tail_role or _roles(words) or ("since" if _since_before(region, pre_start) else None)
    return [
        FoundDate(
            start, end, region.index, "full" if year is not None else "month", year=year,
            month=month_number(word), year_shift=shift, role=role,
            in_parens=_in_parens(region, start, end),
        )
    ]  # fmt: skip


def _capital_month_ok(region: _Region, start: int, end: int) -> bool:
    """A capitalised bare month ("Mayo", "Julio") is a month only after a preposition.

    "Plaza de Mayo", "Julio Pérez", "Revolución de Mayo" are names.
    """
    prev = region.prev_word(start)
    if prev is None or prev.group(1) not in _words("month_cue"):
        return False
    before = region.prev_word(prev.start())
    if before is not None and before.group(1)[0].isupper():
        return False
    following = region.text[end + 1 : end + 2]
    return not following.isupper()


def _read_weekday(region: _Region, match: regex.Match[str]) -> list[FoundDate]:
    start, end = match.span()
    pre_start, words = _prefix(region, start)
    markers = date_markers()
    if words and words[-1] in _words("every"):
        return []  # "los lunes": every Monday
    determined = any(w in _words("determined") or w in markers for w in words)
    day = _int(match["e_d"])
    rel = match["e_rel"] or match["e_wk"]
    tail_role = markers.get(" ".join(rel.split())) if rel else None
    bare = not determined and day is None and tail_role is None
    if bare and not _bare_weekday_ok(region, start, end):
        # "el lunes y martes": a weekday joined to the one before it, checked by the
        # caller; "de lunes a viernes", "cada viernes": every such day
        return [
            FoundDate(
                start, end, region.index, "weekday",
                weekday=weekday_number(match["e_wd"]), role="joined",
            )
        ]  # fmt: skip
    if words:
        start = pre_start
    role = tail_role or _roles(words) or ("since" if _since(region, start) else None)
    return [
        FoundDate(
            start, end, region.index, "weekday", day=day,
            weekday=weekday_number(match["e_wd"]), role=role,
            in_parens=_in_parens(region, start, end),
        )
    ]  # fmt: skip


#: After a weekday: a range to another one ("lunes a viernes"), a habitual day.
_habitual = lazy_regex(r"\s+(?:a|y|o|e|al)\s+(?:el\s+)?\p{L}+(?:es|go|do)\b")


#: Before a weekday: the characters of a slug, a URL or a hashtag ("la-tercera-domingo").
_SLUG = frozenset("-/_#@.")


def _bare_weekday_ok(region: _Region, start: int, end: int) -> bool:
    """A weekday without a determiner is a day only where it opens a clause.

    "Viernes, a las 10, se reunirá": a day. After a word it is part of a phrase ("Santo
    Domingo", "el primer viernes", "es viernes", "de lunes a viernes", "hoy lunes"); in a
    slug it is a name; before "a"/"y" and another weekday, a habitual range.
    """
    before = region.text[max(region.lo, start - _LOOKBACK) : start].rstrip()
    if before and (before[-1].isalnum() or before[-1] in _SLUG):
        return False
    return _habitual().match(region.low, end, region.hi) is None


def _read_deictic(region: _Region, match: regex.Match[str]) -> list[FoundDate]:
    start, end = match.span()
    phrase = " ".join(match.group().split())
    prev = region.prev_word(start)
    prev_word = prev.group(1).lower() if prev else ""
    next_word = region.next_word(end)
    if phrase == "mañana" and (
        prev_word in _words("not_tomorrow") or next_word in _words("after_morning")
    ):
        return []  # "la mañana", "el mañana": a time of day, the future
    if phrase in _words("noun_day") and prev_word in _words("noun_determiner"):
        return []  # "entre el ayer y el hoy": nouns, not days
    if phrase == "hoy" and not _hoy_is_a_day(region, start, end, prev, next_word):
        return []
    if phrase in _words("name_day") and _in_a_name(region, start, prev):
        return []  # "CNN Primera Mañana", "Diario Hoy": a programme, a title
    return [
        FoundDate(
            start, end, region.index, "deictic", offset=deictic_days()[phrase],
            in_parens=_in_parens(region, start, end),
        )
    ]  # fmt: skip


def _in_a_name(region: _Region, start: int, prev: regex.Match[str] | None) -> bool:
    """A capitalised word right after a capitalised word inside a sentence: part of a name."""
    word = region.text[start : start + 2]
    if prev is None or not word[:1].isupper() or word.isupper():
        return False
    if not prev.group(1)[0].isupper() or region.text[prev.end(1) : start].strip():
        return False
    before = region.text[max(region.lo, prev.start() - 3) : prev.start()].rstrip(" ")
    return before != "" and before[-1] not in '.!?:\n«“"—–-|'


def _hoy_is_a_day(
    region: _Region, start: int, end: int, prev: regex.Match[str] | None, next_word: str
) -> bool:
    """Whether "hoy" names the day ("hoy anunció", "las 10:50 de hoy", "hoy lunes").

    With a present-tense verb it mostly means "nowadays" ("hoy se encuentra
    cerrado", "Claudia Sanhueza, hoy subsecretaria"), which is not a date mention.
    """
    prev_word = prev.group(1).lower() if prev else ""
    if prev_word == "hasta" or _nowadays().match(region.low, end, region.hi):
        return False  # "hoy en día", "hoy por hoy", "hasta hoy"
    if next_word in weekdays():
        return True
    if prev_word == "de" and prev is not None:
        if _time_before().search(region.text, max(region.lo, prev.start() - 12), prev.start()):
            return True  # "hasta las 10:50 de hoy"
        before = region.prev_word(prev.start())
        if before is not None and before.group(1).lower() in _words("day_part"):
            if before.group(1).lower() != "día":
                return True  # "la jornada de hoy"
            # "el día de hoy" is today; "hasta el día de hoy", "al día de hoy": until now
            return (
                _now_so_far().search(
                    region.low, max(region.lo, before.start() - 10), before.start()
                )
                is None
            )
    return _adjacent_tense(region, start, end) != NONE


def _adjacent_tense(region: _Region, start: int, end: int) -> int:
    """The tense of the verb next to a word: "anunció hoy", "realizada hoy", "hoy la Mesa informó".

    The word before counts when it is a verb or a participle; after it, the first
    verb of the same clause within a few words.
    """
    prev = _prev_word().search(region.text, max(region.lo, start - _LOOKBACK), start)
    if prev is not None and region.text[prev.end(1) : start].strip() == "":
        word = prev.group(1).lower()
        if len(word) >= _MIN_PARTICIPLE and word.endswith(_participles()):
            return PAST
        tense = word_tense(word, None) if word not in _words("perfect") else NONE
        if tense != NONE:
            return tense
    if region.text[end : end + 1] not in (" ", ""):
        return NONE  # "hoy, por ejemplo": a pause, no verb attached
    stop = _CLAUSE_OR_COMMA.search(region.text, end, min(region.hi, end + _LOOKBACK))
    right = stop.start() if stop is not None else min(region.hi, end + _LOOKBACK)
    after = _word().findall(region.text, end, right)[:_ADJACENT_WORDS]
    for index, word in enumerate(after):
        if word[0].isupper() or word.lower() in _words("clitic"):
            continue
        if word.lower() in _words("perfect"):
            return NONE  # "hoy los tiempos han cambiado": nowadays
        tense = word_tense(word, after[index + 1] if index + 1 < len(after) else None)
        if tense != NONE:
            return tense
    return NONE


def _in_parens(region: _Region, start: int, end: int) -> bool:
    """The mention stands alone inside parentheses: "(18 de octubre de 2019)"."""
    left = region.text[max(region.lo, start - 2) : start].rstrip()
    return left.endswith("(") and region.text[end : end + 2].lstrip().startswith(")")


def _follows_day(region: _Region, start: int, out: Sequence[FoundDate]) -> bool:
    """A bare "el 22" counts only right after another day in the same sentence."""
    if not out or start - out[-1].end > _MAX_DAY_GAP or out[-1].day is None:
        return False
    return not breaks_between(region.text, out[-1].end, start)


# --------------------------------------------------------------------------- names


def _is_name(region: _Region, item: FoundDate) -> bool:
    """The date is part of a name or a title, not a mention of a day."""
    text = region.text
    prev = region.prev_word(item.start)
    if prev is not None:
        word = prev.group(1)
        if word.lower() in _name_cues():
            return True
        if word in _words("name_link"):  # "la plaza de Mayo", "Avenida del 11 de Septiembre"
            cue = region.prev_word(prev.start())
            if cue is not None and cue.group(1).lower() in _name_cues():
                return True
        if item.day is not None and item.month is not None and word[0].isupper():
            month_word = _first_month_word(text, item.start, item.end)
            if month_word is not None and month_word[0].isupper() and not month_word.isupper():
                before = text[max(region.lo, prev.start() - 2) : prev.start()].strip()
                if before not in ("", ".", ":", "|") and weekday_number(word) is None:
                    return True  # "Estadio 12 de Octubre"
    return False


def _enclosing(quotes: Sequence[Span], start: int, end: int) -> Span | None:
    """The quoted span holding ``start:end``, if any."""
    index = bisect_right(quotes, (start, 1 << 62)) - 1
    if index >= 0 and quotes[index][0] <= start and end <= quotes[index][1]:
        return quotes[index]
    return None


def _first_month_word(text: str, start: int, end: int) -> str | None:
    for match in _word().finditer(text, start, end):
        if month_number(match.group()) is not None:
            return match.group()
    return None


def _is_title(region: _Region, item: FoundDate, q_start: int, q_end: int) -> bool:
    """A date inside a short quotation that is a title or a name."""
    content = region.text[q_start:q_end]
    if len(_word().findall(content)) > _TITLE_WORDS:
        return False
    if (item.end - item.start) * 5 >= len(content.strip()) * 3:
        return True  # the quotation is the date alone: a name ("el «18 de octubre»")
    before = region.low[max(region.lo, q_start - 1 - _LOOKBACK) : max(region.lo, q_start - 1)]
    words = _word().findall(before)[-2:]
    cues = _title_cues()
    return any(w in cues for w in words) or " ".join(words) in cues
