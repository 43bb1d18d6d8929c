"""Money amounts: every amount with a currency attached, exact, in units of the currency.

One linear pass per region finds the currency *cues* (signs, codes, currency words);
amounts are read only in the :data:`CUE_WINDOW` characters before each cue, from an
*anchor*: a digit, a sign or code, a number word, or "un"/"medio" right before a scale
or a counted currency. From an anchor the reader takes a *group*: one amount, or a
range or list joined by ",", "y", "a", "hasta", "-" … ("entre $1 y $2 millones",
"US$ 3, 4 y 5 millones", "entre 12 y 13 mil pesos"). Each amount of a group is an
optional sign or code before the number, the quantity
(:func:`noticiaparse._text.numbers.scan_quantity`) and an optional currency word, sign or
code after it ("5 millones de pesos", "1.500 UF", "20 lucas"), and what a currency
after the units adds: cents ("15 dólares con 50", "trece euros y cuarenta y cinco
céntimos", "15 USD 50") or a scale ("75 USD millones"). Scraped prices keep their
decimals when a space splits them off ("1.837, 32 €").

Within a group a bare endpoint takes the scale of the last endpoint (when it is not
larger than it) and the currency of its neighbours; a group with no currency
anywhere is not money ("5,8 millones de personas", "en 2019"). A bare "$" is the local
peso of the country hint (``lexicons/local_currency.tsv``); with no hint its
currency is ``None``. A country's own letter sign ("Q" in Guatemala) is money only
with that country's hint.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from typing import NamedTuple

from noticiaparse._model import Money
from noticiaparse._text.fold import fold
from noticiaparse._text.gates import NON_WORD, alternation, word_trie
from noticiaparse._text.lexicons import lines, rows, word_classes
from noticiaparse._text.numbers import (
    MAX_DIGITS,
    Quantity,
    decimal_mark,
    is_year_like,
    number_words,
    scan_quantity,
    tidy,
)
from noticiaparse._text.span import Span, pairs
from noticiaparse._text.spine import Spine

__all__ = ["CurrencyForm", "cue_branches", "find_money", "resolve_currency"]

#: The most amounts one range or list may hold.
MAX_GROUP = 12
#: How far after an amount's first character its currency may be ("entre 12 y 13 mil pesos").
CUE_WINDOW = 120
#: A lexicon currency starting with this depends on the country (lexicons/local_currency.tsv).
_LOCAL = "@"
#: The local-currency row for a country without its own row.
_ANY_COUNTRY = "*"
#: Hundredths of the currency named after them or in context ("centavos"), else of the
#: country's own (its ``@cents`` row in ``local_currency.tsv``).
_CENTS = "@cents"
#: The most characters between a currency sign and its number ("US$ 5", "$   5").
_MAX_SIGN_GAP = 3
_LETTER_BEFORE = r"(?<![^\W\d_])"
_LETTER_AFTER = r"(?![^\W\d_])"
#: After a form of the lexicon: a form that ends with a letter is whole ("sol", not
#: "solo"; "L" in "L 500", not in "Los"), one that ends with a sign or a stop is not
#: ("US$5"). One copy after a whole trie (:func:`_whole_trie`) instead of one a form.
_WHOLE = rf"(?:{_LETTER_BEFORE}|{_LETTER_AFTER})"
#: The letters of an ISO 4217 code; the cents in a unit and the digits that write them.
_ISO_LENGTH = 3
_CENTS_PER_UNIT = 100
_CENTS_DIGITS = 2
#: From a price's first digit back to the character before its decimal point (".75").
_POINT_AND_DIGIT = 2


class CurrencyForm(NamedTuple):
    """A currency sign, code or word from ``lexicons/currencies.tsv``."""

    form: str
    currency: str
    kind: str
    multiplier: Decimal = Decimal(1)


class _Lexicon(NamedTuple):
    signs: Mapping[str, CurrencyForm]
    codes: Mapping[str, CurrencyForm]
    words: Mapping[str, tuple[tuple[tuple[str, ...], CurrencyForm], ...]]
    local: Mapping[tuple[str, str], str]
    not_money: frozenset[str]
    followers: frozenset[str]
    sign_starts: frozenset[str]


@functools.cache
def _lexicon() -> _Lexicon:
    signs: dict[str, CurrencyForm] = {}
    codes: dict[str, CurrencyForm] = {}
    words: dict[str, list[tuple[tuple[str, ...], CurrencyForm]]] = {}
    for row in rows("currencies.tsv"):
        form, currency, kind = row[:3]
        multiplier = Decimal(row[3]) if row[3:] else Decimal(1)
        entry = CurrencyForm(form, currency, kind, multiplier)
        if kind == "sign":
            signs[form] = entry
        elif kind == "code":
            codes[form] = entry
            if len(form) == _ISO_LENGTH:  # an ISO code: "MXN$", "mxn$" as a sign
                for spelling in (form, form.lower(), form.capitalize()):
                    signs.setdefault(spelling + "$", CurrencyForm(spelling + "$", currency, "sign"))
        else:
            folded = tuple(fold(w) for w in form.split())
            words.setdefault(folded[0], []).append((folded, entry))
    local = {(country, key): currency for country, key, currency in rows("local_currency.tsv")}
    return _Lexicon(
        signs=signs,
        codes=codes,
        words={k: tuple(sorted(v, key=lambda e: -len(e[0]))) for k, v in words.items()},
        local=local,
        not_money=frozenset(fold(w) for w in lines("not_money.txt")),
        followers=frozenset(fold(w) for w in lines("money_followers.txt")),
        sign_starts=frozenset(f[0] for f in signs),
    )


# The patterns below are built from the lexicon when first needed: a page with no
# currency cue never builds the anchor pattern, one with no sign never the sign patterns.


@functools.cache
def _sign_alternation() -> str:
    """Any currency sign: one trie per kind of first character.

    A sign that starts or ends with a letter must not sit inside a word ("US$", "S/").
    The engine looks at one branch per character (a flat alternation of some 150 signs
    cost a try of each at every "$").
    """
    signs = _lexicon().signs
    alpha = _whole_trie(f for f in signs if f[0].isalpha())
    other = _whole_trie(f for f in signs if not f[0].isalpha())
    return f"(?:{_LETTER_BEFORE}{alpha}|{other})"


@functools.cache
def _sign_starts() -> str:
    """The first characters of the signs that start with no letter or digit, escaped."""
    return re.escape("".join(sorted({f[0] for f in _lexicon().signs if not f[0].isalnum()})))


def _signed_amount() -> str:
    """A sign and bare digits: the sign and the number as named groups."""
    return rf"(?P<sign>{_sign_alternation()}) {{0,3}}(?P<num>\d{{1,{MAX_DIGITS}}})"


def _next_sign() -> str:
    """The next amount's sign and digit right here ("$1$2")."""
    return rf"(?>{_sign_alternation()}) {{0,3}}\d"


def _not_extending() -> str:
    """What no amount can go on with: no space, letter, separator, scale or suffix sign."""
    return rf"[^\w\s.,'’%\-–{_sign_starts()}]"


# The sign patterns are built one by one when first needed: most pages with a "$" read
# it with the first alone.


@functools.cache
def _sign_after_spaces() -> re.Pattern[str]:
    """A sign after spaces."""
    return re.compile(rf" {{0,3}}(?:{_sign_alternation()})")


@functools.cache
def _simple_pattern() -> re.Pattern[str]:
    """A sign and bare digits that nothing can extend (the next amount's sign may: "$1$2").

    Read without the general reader, which gives the same amount; it keeps runs of "$1"
    as cheap as prose.
    """
    return re.compile(rf"{_signed_amount()}(?=$|{_next_sign()}|{_not_extending()})")


@functools.cache
def _range_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The two ends of "$1-$2 $3": the first before its dash and the next sign.

    The last end stands before what :func:`_simple_pattern` allows or before spaces and
    a sign with no letter first (no currency word or code can be one). The next sign
    after spaces or none is one lookahead: it has no group, so only whether it matches
    counts, not which way.
    """
    amount = _signed_amount()
    dashed = re.compile(rf"{amount}[\-–](?=[{_sign_starts()}])")
    last = re.compile(
        rf"{amount}(?=$|(?: {{1,3}}(?=[{_sign_starts()}]))?{_next_sign()}|{_not_extending()})"
    )
    return dashed, last


@functools.cache
def _anchor() -> re.Pattern[str]:
    lex = _lexicon()
    return _anchor_pattern(lex.signs, lex.codes, lex.words)


@functools.cache
def _cue() -> re.Pattern[str]:
    lex = _lexicon()
    return _cue_pattern(lex.signs, lex.codes, lex.words)


@functools.cache
def _any_cue() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """What :func:`_has_cue` scans with: :func:`_cue`'s signs, and its words two ways.

    Its words after the character before them (part of the match), and at the text's
    start. The words are one trie of every form and spelling, its branches told apart
    by their first letter without a class of those letters before it: nearly every
    letter opens some spelling, so such a class (a lookahead, a second matcher call at
    each character no word holds) turned few places away and cost 40% of the scan; a
    class for each dozen first letters before their branches, tried in turn, cost more
    still. Only whether a scan finds one is read: the order of the branches does not
    matter.
    """
    lex = _lexicon()
    forms = [f for f in list(lex.signs) + list(lex.codes) if f[0].isalpha()]
    names = [entry.form.split()[0] for group in lex.words.values() for _, entry in group]
    first_chars = "".join(sorted({f[0] for f in lex.signs if not f[0].isalpha()}))
    spellings = {*forms, *_cased(names)}
    word = rf"(?:{word_trie(dict.fromkeys(sorted(spellings), ''))}){_WHOLE}"
    # (``NON_WORD``: ``\W``, the ASCII characters it holds listed first)
    after_gap = re.compile(rf"{NON_WORD}{word}")
    return re.compile(rf"[{re.escape(first_chars)}]"), after_gap, re.compile(word)


@functools.cache
def cue_branches() -> tuple[tuple[str, str], ...]:
    """What the word scan of :func:`_has_cue` looks for, lower-cased, for a shared scan.

    Every form that starts with a letter, and every spelling of the currency words, in
    lower case: where the text holds one of the cased spellings, its lower-cased twin
    holds one of these (one character for one; no lower-casing turns a word character
    into a non-word one), so a scan of the lower-cased text for them finds every region
    :func:`_has_cue`'s word scans find, and perhaps a few more, where :func:`_groups`'
    own scan of the cues finds nothing. By first letter: the letter, and a trie of the
    rest of its words (:func:`~noticiaparse._text.gates.word_trie`; the engine then tries
    one branch per character).
    Empty where a form lower-cases to another length.
    """
    lex = _lexicon()
    forms = [f for f in list(lex.signs) + list(lex.codes) if f[0].isalpha()]
    names = [entry.form.split()[0] for group in lex.words.values() for _, entry in group]
    spellings = sorted({*forms, *_cased(names)})
    if any(len(ch.lower()) != 1 for spelling in spellings for ch in spelling):
        return ()
    by_first: dict[str, list[str]] = {}
    for word in sorted({spelling.lower() for spelling in spellings}):
        by_first.setdefault(word[0], []).append(word[1:])
    return tuple(
        (first, word_trie(dict.fromkeys(rests, ""))) for first, rests in sorted(by_first.items())
    )


def _has_cue(
    text: str, lo: int, hi: int, signs: str | None = None, *, worded: bool | None = None
) -> bool:
    r"""Whether :func:`_cue` finds anything in ``text[lo:hi]``, in faster scans.

    A sign anywhere; or a form or spelling where a word starts, that is right after a
    character no word holds (``\b`` before a letter), which the engine finds by its
    class, or at the text's start. (Every form of the words' branch opens with a letter.)
    ``signs`` are the signs' first characters ``text`` holds (:func:`_signs_in`, found
    once for all its regions): each is one fast find, where the class of them all was
    tried at every character of every region. ``worded``: whether a scan for
    :func:`cue_branches` found one after a non-word character there, when the caller has
    scanned the region already (then that scan stands for the words' own).
    """
    _, after_gap, at_start = _any_cue()
    for sign in _signs_in(text) if signs is None else signs:
        if text.find(sign, lo, hi) >= 0:
            return True
    if lo == 0 and at_start.match(text, 0, hi) is not None:
        return True
    if worded is not None:
        return worded
    return after_gap.search(text, max(lo - 1, 0), hi) is not None


@functools.cache
def _sign_chars() -> str:
    """The characters the signs' class of :func:`_any_cue` holds (the signs' first ones)."""
    return "".join(sorted({f[0] for f in _lexicon().signs if not f[0].isalpha()}))


def _signs_in(text: str) -> str:
    """The characters of :func:`_sign_chars` that ``text`` holds, each found once."""
    return "".join(sign for sign in _sign_chars() if sign in text)


def _cased(words: Sequence[str]) -> set[str]:
    """Each word as written and accentless, in lower, Capitalised and UPPER case."""
    out: set[str] = set()
    for word in words:
        for spelling in (word, fold(word)):
            out.update((spelling, spelling.capitalize(), spelling.upper()))
    return out


def _whole_trie(forms: Iterable[str]) -> str:
    """One alternation for ``forms``, each of them whole when it ends with a letter.

    As :func:`~noticiaparse._text.gates.word_trie` with :data:`_LETTER_AFTER` after each
    form that ends with a letter and nothing after the others: the engine tries the forms
    in the same order, and after each one :data:`_WHOLE` asks what that form's own tail
    asked (the character before it is the form's last one), in a pattern of a third less
    to compile.

    Examples:
        >>> whole = re.compile(_whole_trie(["sol", "S/", "soles"]))
        >>> [m.group() for m in whole.finditer("solo 5 soles, S/5 y sol.")]
        ['soles', 'S/', 'sol']
    """
    return word_trie(dict.fromkeys(forms, "")) + _WHOLE


def _whole_forms(forms: Sequence[str], words: Sequence[str]) -> str:
    """The signs and codes ``forms`` and the cased spellings of ``words``, each whole.

    As :func:`_whole_trie` of them all: at one place a word (a whole run of letters) and
    a sign or code both match only when they are one string or the sign goes on past
    the word's letters ("sol$"), and the trie tried the longer first, as the signs first
    do here.
    """
    return f"(?:{word_trie(dict.fromkeys(forms, ''))}|{_cased_words(words)}){_WHOLE}"


def _cased_words(words: Sequence[str]) -> str:
    r"""One alternation of the spellings :func:`_cased` gives ``words``, letters only.

    A lower-case spelling and its capitalised twin share one branch opened by a class
    of their two first letters (``[dD]ólares``): the same spellings in two thirds of the
    pattern. Every spelling is a whole run of letters, so no two match at one place and
    the order of the branches does not matter.

    Examples:
        >>> pattern = re.compile(rf"\b(?:{_cased_words(['dólar', 'sol'])})\b")
        >>> [m.group() for m in pattern.finditer("dólar Dolar DÓLAR dÓlar SOL Sol sOl")]
        ['dólar', 'Dolar', 'DÓLAR', 'SOL', 'Sol']
    """
    forms = _cased(words)
    paired: dict[str, set[str]] = {}  # a first letter -> the rests it opens in both cases
    for form in sorted(forms):
        first = form[0]
        upper = first.upper()
        if first.islower() and len(upper) == 1 and upper + form[1:] in forms:
            paired.setdefault(first, set()).add(form[1:])
    twins = {first.upper() + rest for first, rests in paired.items() for rest in rests}
    lower = {first + rest for first, rests in paired.items() for rest in rests}
    branches = [
        f"[{re.escape(first)}{re.escape(first.upper())}]{word_trie(dict.fromkeys(rests, ''))}"
        for first, rests in sorted(paired.items())
    ]
    others = forms - twins - lower
    if others:
        branches.append(word_trie(dict.fromkeys(others, "")))
    return alternation(branches)


def _cue_pattern(
    signs: Mapping[str, CurrencyForm],
    codes: Mapping[str, CurrencyForm],
    words: Mapping[str, Sequence[tuple[tuple[str, ...], CurrencyForm]]],
) -> re.Pattern[str]:
    """Any currency sign, code or word: an amount needs one close by."""
    # A sign or code that ends with a letter is whole: "L" is a cue in "L 500", not in "Los";
    # so is a word: "sol", not "solo" (every currency word ends with a letter).
    forms = [f for f in list(signs) + list(codes) if f[0].isalpha()]
    names = [entry.form.split()[0] for group in words.values() for _, entry in group]
    first_chars = "".join(sorted({f[0] for f in signs if not f[0].isalpha()}))
    # The lookahead lets the engine skip positions that start no form at all.
    starts = "".join(sorted({f[0] for f in [*forms, *_cased(names)]}))
    whole = _whole_forms(forms, names)
    return re.compile(rf"[{re.escape(first_chars)}]|(?=[{re.escape(starts)}])\b{whole}")


def _anchor_pattern(
    signs: Mapping[str, CurrencyForm],
    codes: Mapping[str, CurrencyForm],
    words: Mapping[str, Sequence[tuple[tuple[str, ...], CurrencyForm]]],
) -> re.Pattern[str]:
    """Where an amount may start: a digit, a sign or code, a number word.

    "un"/"una"/"medio" start one only before a scale or a counted currency ("un
    millón", "medio millón", "una luca"), not as an article ("un dólar más fuerte").
    """
    # whole when they end with a letter, as in the cue (every number word does)
    forms = {form for form in list(signs) + list(codes) if form[0].isalpha()}
    number_rows = rows("numbers.tsv")
    openers = [w for w, _, kind in number_rows if kind != "half" and fold(w) not in _ones()]
    followers = [w for w, _, kind in number_rows if kind in ("big", "thousand")]
    followers += [
        entry.form.split()[0]
        for group in words.values()
        for _, entry in group
        if entry.multiplier != 1 or entry.kind == "scaled"
    ]
    follower_tail = f" {{1,3}}(?=(?:{_cased_words(followers)}){_LETTER_AFTER})"
    # The one-words share a single copy of the follower tail (inside the trie it was
    # repeated once per spelling, most of the pattern and of its compile time). A
    # one-word matches only before a space, where no other form can, so trying them
    # first finds the same match.
    taken = forms | _cased(openers)
    ones = {w: "" for w in _cased([*sorted(_ones()), "medio", "media"]) if w not in taken}
    first_chars = "".join(sorted({f[0] for f in signs if not f[0].isalpha()}))
    return re.compile(
        rf"\d|[{re.escape(first_chars)}]|\b(?:{word_trie(ones)}{follower_tail}"
        rf"|{_whole_forms(sorted(forms), openers)})"
    )


@functools.cache
def _ones() -> frozenset[str]:
    """The words for one ("un", "una", "uno"): a number only before a scale ("un millón")."""
    return word_classes("function_words.tsv")["one"]


def resolve_currency(currency: str, country: str | None) -> str | None:
    """The ISO 4217 code a lexicon currency means given the country hint.

    Examples:
        >>> resolve_currency("@dollar", "CL"), resolve_currency("@dollar", None)
        ('CLP', None)
        >>> resolve_currency("@dollar", "US"), resolve_currency("EUR", None)
        ('USD', 'EUR')
    """
    value = _local(currency, country)
    return None if value == _NOT_MONEY else value


#: The local table's mark for a sign that is no currency in that country ("Q" outside GT).
_NOT_MONEY = "-"


def _local(currency: str, country: str | None) -> str | None:
    """The local table's entry for a lexicon currency, ``"-"`` included."""
    if not currency.startswith(_LOCAL):
        return currency
    local = _lexicon().local
    if country is not None and (country, currency) in local:
        return local[country, currency]
    return local.get((_ANY_COUNTRY, currency))


_WORD = re.compile(r" {0,3}([^\W\d_]+)")
_DE = re.compile(r" {1,3}de(?![^\W\d_])", re.IGNORECASE)
_CONNECTOR = re.compile(
    r" {0,3}(?:[,\-–]|(?<![^\W\d_])(?:y|e|o|u|a|al|hasta|ó)(?![^\W\d_]))", re.IGNORECASE
)
_INTRO = re.compile(r"(?:^|[^\w])(entre|de|desde) {1,3}$", re.IGNORECASE)
_DIGIT_NEXT = re.compile(r" {0,3}\d")
_CON_CENTS = re.compile(
    r" {1,3}con {1,3}(\d{2})(?![\d.,]\d)(?: {1,3}(?:centavos?|c[ée]ntimos?)(?![^\W\d_]))?"
)
_Y_CENTS = re.compile(r" {1,3}(?:y|con) {1,3}(?=[^\W_])", re.IGNORECASE)
_CODE_CENTS = re.compile(r" {1,3}(\d{2})(?![\d%]|[.,]\d)")
_SPLIT_DECIMALS = re.compile(r"[.,] {1,2}(\d{2})(?![\d%]|[.,]\d)")
_LINE_OR_SENTENCE_END = re.compile(r" *(?:$|\n|[.;:)](?!\d))")
_RUN = re.compile(r"\d[\d.,]*|[^\w\s]+")  # a digit run, or a run of signs ("$$$")


class _Token(NamedTuple):
    """A currency token found in the text: where it is and what it says."""

    start: int
    end: int
    entry: CurrencyForm
    text: str


def _sign_or_code(text: str, pos: int, end: int) -> _Token | None:
    lex = _lexicon()
    first = text[pos : min(end, pos + 4)].lstrip(" ")[:1]
    if not first or (first not in lex.sign_starts and not first.isalpha()):
        return None  # no sign, no code: the common case after a number
    match = _sign_after_spaces().match(text, pos, end) if first in lex.sign_starts else None
    if match is not None:
        form = match.group().lstrip(" ")
        return _Token(match.end() - len(form), match.end(), lex.signs[form], form)
    word = _WORD.match(text, pos, end)
    if word is not None and word.group(1) in lex.codes:
        form = word.group(1)
        return _Token(word.start(1), word.end(1), lex.codes[form], form)
    return None


def _currency_word(text: str, pos: int, end: int) -> _Token | None:
    """The longest currency word (multi-word forms first) at ``pos``."""
    first = _WORD.match(text, pos, end)
    if first is None:
        return None
    candidates = _lexicon().words.get(fold(first.group(1)))
    if not candidates:
        return None
    for folded, entry in candidates:
        cursor = first.end(1)
        matched = True
        for part in folded[1:]:
            nxt = _WORD.match(text, cursor, end)
            if nxt is None or fold(nxt.group(1)) != part or nxt.start(1) == cursor:
                matched = False
                break
            cursor = nxt.end(1)
        if matched:
            return _Token(first.start(1), cursor, entry, text[first.start(1) : cursor])
    return None


def _suffix(text: str, pos: int, end: int) -> _Token | None:
    """A currency word, sign or code right after a number (not the next amount's sign)."""
    word = _currency_word(text, pos, end)
    if word is not None:
        return word
    token = _sign_or_code(text, pos, end)
    if token is None:
        return None
    if not _DIGIT_NEXT.match(text, token.end, end):
        return token
    cents = _CODE_CENTS.match(text, token.end, end) if token.text[0].isalpha() else None
    if cents is not None and not _word_follows(text, cents.end(), end):
        return token  # "15 USD 50": the code, then its cents (not the next amount)
    return None


class _Amount(NamedTuple):
    """One amount of a group, before the group shares scale and currency."""

    start: int
    end: int
    quantity: Quantity
    value: Decimal
    currency: str | None  # a lexicon currency ("USD", "@dollar", "@cents"), None if none
    symbol: str | None
    suffix_currency: bool
    cents: bool = False
    followed_by_other: bool = False
    simple: bool = False  # a sign and bare digits nothing extends ("$1" in "$1$2")


class _Suffix(NamedTuple):
    """What follows a number: where the amount ends and what it adds."""

    end: int
    multiplier: Decimal = Decimal(1)
    currency: str | None = None
    symbol: str | None = None
    cents: bool = False
    extra: Decimal = Decimal(0)  # cents written after the currency: "15 dólares con 50"


def _named_after_de(text: str, pos: int, end: int, *, codes: bool) -> _Token | None:
    """The currency of "de pesos", "de dólar", "de US$" after ``pos``."""
    de = _DE.match(text, pos, end)
    if de is None:
        return None
    named = _currency_word(text, de.end(), end)
    if named is None and codes:
        named = _sign_or_code(text, de.end(), end)
    if named is None or named.entry.kind not in ("word", "unit", "sign", "code"):
        return None
    return named


def _takes_de(quantity: Quantity) -> bool:
    """Whether "de" may link it to its currency: "5 millones de", "1.000.000 de pesos"."""
    million = 1_000_000
    return quantity.scale >= million or (
        quantity.value >= million and quantity.value % million == 0
    )


def _read_suffix(text: str, pos: int, end: int, quantity: Quantity) -> _Suffix:
    """The currency and scale written after a quantity ("millones de pesos", "mdd", "UF")."""
    suffix = _suffix(text, pos, end)
    if suffix is None and _takes_de(quantity):
        suffix = _named_after_de(text, pos, end, codes=True)
    if suffix is None:
        return _Suffix(pos)
    entry = suffix.entry
    if entry.kind == "scaled":  # "571 mdd", "20 mil mdp de pesos"
        named = _named_after_de(text, suffix.end, end, codes=False)
        if named is not None:
            return _Suffix(named.end, entry.multiplier, named.entry.currency)
        return _Suffix(suffix.end, entry.multiplier, entry.currency)
    if entry.kind == "cents":  # "16 centavos", "50 centavos de dólar"
        named = _named_after_de(text, suffix.end, end, codes=False)
        if named is not None:
            return _Suffix(named.end, entry.multiplier, named.entry.currency, cents=True)
        return _Suffix(suffix.end, entry.multiplier, entry.currency, cents=True)
    if entry.kind == "unit" and _thing_follows(text, suffix.end, end):
        return _Suffix(pos)  # "200 libras de cocaína": a weight
    symbol = suffix.text if entry.kind in ("sign", "code") else None
    return _Suffix(suffix.end, entry.multiplier, entry.currency, symbol)


def _thing_follows(text: str, pos: int, end: int) -> bool:
    """Whether "de" and a word that names no currency follow ("libras de cocaína")."""
    de = _DE.match(text, pos, end)
    return de is not None and _currency_word(text, de.end(), end) is None


def _compose(text: str, pos: int, end: int, suffix: _Suffix, quantity: Quantity) -> _Suffix:
    """What a currency written after the units adds: its cents or its scale.

    "15 dólares con 50", "trece euros y cuarenta y cinco céntimos", "15 USD 50" (cents);
    "75 USD millones" (a scale after the code).
    """
    if suffix.currency is None or suffix.cents or quantity.scale != 1:
        return suffix
    cents = _CON_CENTS.match(text, pos, end)
    if cents is not None and not _word_follows(text, cents.end(), end):
        return suffix._replace(end=cents.end(), extra=Decimal(cents[1]) / _CENTS_PER_UNIT)
    joined = _Y_CENTS.match(text, pos, end)
    if joined is not None:
        count = scan_quantity(text, joined.end(), end)
        if count is not None and count.scale == 1 and count.value < _CENTS_PER_UNIT:
            word = _currency_word(text, count.end, end)
            if word is not None and word.entry.kind == "cents":
                return suffix._replace(end=word.end, extra=count.value / _CENTS_PER_UNIT)
    if suffix.symbol is None or not suffix.symbol[0].isalpha():
        return suffix
    two = _CODE_CENTS.match(text, pos, end)  # "15 USD 50"
    if two is not None and not _word_follows(text, two.end(), end):
        return suffix._replace(end=two.end(), extra=Decimal(two[1]) / _CENTS_PER_UNIT)
    after = _WORD.match(text, pos, end)  # "75 USD millones"
    if after is not None:
        scale = number_words().get(fold(after[1]))
        if scale is not None and scale.kind in ("big", "thousand"):
            return suffix._replace(end=after.end(), multiplier=suffix.multiplier * scale.value)
    return suffix


def _word_follows(text: str, pos: int, end: int) -> bool:
    """Whether a word that counts something follows ("con 50 personas" is no price).

    A cents word, and the function words of ``lexicons/money_followers.txt``, do not.
    """
    word = _currency_word(text, pos, end)
    if word is not None:
        return word.entry.kind != "cents"
    after = _WORD.match(text, pos, end)  # "en la frontera" may follow a price
    return after is not None and fold(after[1]) not in _lexicon().followers


def _spaced_decimals(
    text: str, pos: int, end: int, quantity: Quantity, *, prefixed: bool
) -> tuple[int, Decimal] | None:
    """Decimals a scraper split off with a space: "1.837, 32 €", "$119. 95".

    Read only on a number without decimals of its own, when a currency follows the
    two decimals, or a sign opened the amount and the line or sentence ends after them.
    """
    if quantity.scale != 1 or quantity.value != quantity.value.to_integral_value():
        return None
    split = _SPLIT_DECIMALS.match(text, pos, end)
    if split is None:
        return None
    after = split.end()
    if _suffix(text, after, end) is None and not (
        prefixed and _LINE_OR_SENTENCE_END.match(text, after, end)
    ):
        return None
    return after, Decimal(split[1]) / _CENTS_PER_UNIT


def _leading_point(text: str, pos: int, quantity: Quantity) -> bool:
    """A price written from its decimal point, ".75 €": a point, one or two digits."""
    if pos < 1 or text[pos - 1] not in ".," or quantity.scale != 1:
        return False
    if pos >= _POINT_AND_DIGIT and text[pos - _POINT_AND_DIGIT] not in " \n\t(:":
        return False
    digits = text[quantity.start : quantity.end]
    return len(digits) <= _CENTS_DIGITS and digits.isdigit()


def _amount(text: str, pos: int, end: int, mark: str) -> _Amount | None:
    prefix = _sign_or_code(text, pos, end)
    if prefix is not None:
        quantity = scan_quantity(text, prefix.end, end, mark, glued=True)
    else:
        quantity = scan_quantity(text, pos, end, mark)
    if quantity is None:
        return None
    if prefix is not None and quantity.start - prefix.end > _MAX_SIGN_GAP:
        return None
    start = prefix.start if prefix is not None else quantity.start
    spaced = _spaced_decimals(text, quantity.end, end, quantity, prefixed=prefix is not None)
    if spaced is not None:
        quantity = quantity._replace(value=quantity.value + spaced[1], end=spaced[0])
    elif prefix is None and _leading_point(text, pos, quantity):
        digits = text[quantity.start : quantity.end]
        quantity = quantity._replace(value=Decimal("0." + digits), head=Decimal(0))
        start -= 1
    suffix = _read_suffix(text, quantity.end, end, quantity)
    suffix = _compose(text, suffix.end, end, suffix, quantity)
    value = (quantity.value + suffix.extra) * suffix.multiplier
    currency: str | None = suffix.currency
    symbol: str | None = suffix.symbol
    if prefix is not None:
        value *= prefix.entry.multiplier
        symbol = prefix.text
        # "$5 millones de dólares": the word names the currency a bare "$" leaves open.
        if currency is None or not prefix.entry.currency.startswith(_LOCAL):
            currency = prefix.entry.currency
    return _Amount(
        start=start,
        end=suffix.end,
        quantity=quantity,
        value=value,
        currency=currency,
        symbol=symbol,
        suffix_currency=prefix is None and suffix.currency is not None,
        cents=suffix.cents,
        followed_by_other=currency is None
        and _other_unit_follows(text, suffix.end, end, scaled=quantity.scale > 1),
    )


def _other_unit_follows(text: str, pos: int, end: int, *, scaled: bool) -> bool:
    """Whether a word that counts something else follows ("3 personas", "5 %").

    After a number without a scale word only the function words of
    ``lexicons/money_followers.txt`` may follow ("2 hijos" is not money).
    """
    rest = text[pos : min(end, pos + 24)].lstrip(" ")
    if rest.startswith("%"):
        return True
    match = _WORD.match(text, pos, end)
    if match is None:
        return False
    word = fold(match.group(1))
    lexicon = _lexicon()
    if scaled is False and word not in lexicon.followers:
        return True
    if word == "por":
        after = _WORD.match(text, match.end(), end)
        return after is not None and fold(after.group(1)) == "ciento"
    if word == "de":
        after = _WORD.match(text, match.end(), end)
        return after is not None and _currency_word(text, match.end(), end) is None
    return word in lexicon.not_money


def _simple_amount(text: str, pos: int, end: int) -> _Amount | None:
    """A sign and bare digits that nothing can extend ("$1" in "$1$2"), or ``None``."""
    if text[pos] not in _lexicon().sign_starts:
        return None
    match = _simple_pattern().match(text, pos, end)
    return None if match is None else _signed_digits(match, simple=True)


def _signed_digits(match: re.Match[str], *, simple: bool) -> _Amount:
    """The amount of a sign and bare digits matched by a pattern of :func:`_signed_amount`."""
    entry = _lexicon().signs[match["sign"]]
    digits = match["num"]
    value = Decimal(digits)
    num_end = match.end("num")
    quantity = Quantity(value, match.start("num"), num_end, value, Decimal(1), is_year_like(digits))
    return _Amount(
        start=match.start(),
        end=num_end,
        quantity=quantity,
        value=value * entry.multiplier,
        currency=entry.currency,
        symbol=match["sign"],
        suffix_currency=False,
        simple=simple,
    )


def _simple_range(text: str, pos: int, end: int) -> list[_Amount] | None:
    """Two signs with bare digits joined by a dash that nothing can extend ("$1-$2").

    The general reader would read the same two amounts (the dash is their connector,
    no suffix or scale follows the second one, they share nothing): this reads them
    without it. ``None`` when it is not such a range.
    """
    if text[pos] not in _lexicon().sign_starts:
        return None
    dashed, last = _range_patterns()
    first = dashed.match(text, pos, end)
    if first is None:
        return None
    second = last.match(text, first.end(), end)
    if second is None:
        return None
    # not simple: what follows is found again from the next currency cue, as after a group
    return [_signed_digits(first, simple=False), _signed_digits(second, simple=False)]


def _group(text: str, pos: int, end: int, mark: str) -> tuple[list[_Amount], int] | None:
    simple = _simple_amount(text, pos, end)
    if simple is not None:
        return [simple], simple.end  # no connector, scale or suffix can follow it
    ranged = _simple_range(text, pos, end)
    if ranged is not None:
        return ranged, ranged[1].end
    first = _amount(text, pos, end, mark)
    if first is None:
        return None
    amounts = [first]
    cursor = first.end
    while len(amounts) < MAX_GROUP:
        link = _CONNECTOR.match(text, cursor, end)
        if link is None:
            break
        after = link.end()
        second = _CONNECTOR.match(text, after, end)
        if second is not None and not text[link.start() : link.end()].strip().isalpha():
            after = second.end()  # ", a $ 725", ", y 5"
        nxt = _amount(text, after, end, mark)
        if nxt is None or fold(text[after : nxt.end].strip().lower()) in _ones():
            break  # "$1.806, un 2,6 % más": "un" alone is an article, as at an anchor
        amounts.append(nxt)
        cursor = nxt.end
    return amounts, cursor


def _share(amounts: list[_Amount], *, intro: bool) -> list[_Amount]:
    """Give bare endpoints of a range or list the scale and currency they share."""
    if len(amounts) == 1:
        return amounts
    last = amounts[-1]
    out: list[_Amount] = []
    for index, amount in enumerate(amounts):
        q = amount.quantity
        value = amount.value
        currency = amount.currency
        bare = q.scale == 1 and not amount.cents
        if index < len(amounts) - 1 and bare and last.quantity.scale > 1:
            if q.head <= last.quantity.head and not q.year_like:
                value = value * last.quantity.scale
            elif currency is None:
                out.append(amount)
                continue
        if currency is None and not q.year_like:
            later = [a for a in amounts[index + 1 :] if a.currency is not None]
            earlier = [
                a for a in amounts[:index] if a.currency is not None and not a.suffix_currency
            ]
            if later and later[0].suffix_currency and (intro or q.head <= later[0].quantity.head):
                currency = later[0].currency
            elif earlier and not amount.followed_by_other:
                currency = earlier[-1].currency
        changed = value != amount.value or currency != amount.currency
        out.append(amount._replace(value=value, currency=currency) if changed else amount)
    return out


def _groups(text: str, start: int, end: int, mark: str) -> Iterator[tuple[list[_Amount], bool]]:
    """Every group of amounts in ``text[start:end]``, and whether a range word opens it.

    Currency signs, codes and words are rarer than numbers, so the pass looks for
    them first and reads amounts only in the :data:`CUE_WINDOW` characters before each.
    """
    pos = start
    for cue in _cue().finditer(text, start, end):
        if cue.start() < pos:
            continue  # already read as part of a group
        pos = max(pos, cue.start() - CUE_WINDOW)
        anchor = _anchor().search  # built at the first cue: most texts without money never need it
        while pos <= cue.start():
            match = anchor(text, pos, cue.end())
            if match is None or match.start() > cue.start():
                break
            group = _group(text, match.start(), end, mark)
            if group is None:
                run = _RUN.match(text, match.start(), end)  # skip a long run at once
                pos = max(match.end(), run.end() if run is not None else 0)
                continue
            amounts = group[0]
            intro = len(amounts) > 1 and (
                _INTRO.search(text, max(start, match.start() - 10), match.start()) is not None
            )
            yield amounts, intro
            pos = max(group[1], match.end())
            while amounts[-1].simple and pos < end:  # "$1$2$3": the next sign is right here
                following = _simple_amount(text, pos, end)
                if following is None:
                    break
                yield [following], False
                amounts, pos = [following], following.end
        pos = max(pos, cue.start() + 1)


#: A letter sign before a single digit up to this is a quarter or a league ("Q1", "L4").
_QUARTERS = 4


def _quarter(amount: _Amount) -> bool:
    """A one-letter sign before one small digit: "Q1 2020" is a quarter, not 1 quetzal."""
    symbol = amount.symbol or ""
    q = amount.quantity
    return (
        len(symbol) == 1
        and symbol.isalpha()
        and q.scale == 1
        and q.end - q.start == 1
        and q.value <= _QUARTERS
    )


def find_money(
    spine: Spine,
    regions: Sequence[Span],
    country: str | None,
    worded: Sequence[bool] | None = None,
) -> tuple[Money, ...]:
    """Every monetary amount inside ``regions`` of ``spine.text``.

    Args:
        spine: the text spine; offsets are read from and mapped back through it.
        regions: ``(start, end)`` spans of ``spine.text`` to read (headline, deck, body).
        country: the upper-case ISO 3166-1 alpha-2 hint, or ``None``.
        worded: for each region, whether a scan of the lower-cased text found one of
            :func:`cue_branches` there after a non-word character, when the caller has
            scanned them (a scan shared with the dates), or ``None``.

    Returns:
        The amounts in text order; ``start``/``end`` point into the original string.

    Examples:
        >>> from noticiaparse._text.spine import build_spine
        >>> spine = build_spine("Costó $5,8 millones y 300 mil pesos.")
        >>> [(m.raw, str(m.amount), m.currency) for m in find_money(spine, [(0, 36)], "CL")]
        [('$5,8 millones', '5800000', 'CLP'), ('300 mil pesos', '300000', 'CLP')]
    """
    text = spine.text
    mark = decimal_mark(country)
    found: list[Money] = []
    # one copy of each raw text and each value, however often a page repeats an amount
    raws: dict[str, str] = {}
    values: dict[tuple[int, tuple[int, ...], int | str], Decimal] = {}
    signs = _signs_in(text)  # (most pages hold one sign or none: a find each, once)
    for index, (region_start, region_end) in enumerate(pairs(regions)):  # (columns: no span)
        lo, hi = max(0, region_start), min(len(text), region_end)
        if not _has_cue(text, lo, hi, signs, worded=None if worded is None else worded[index]):
            continue  # no currency sign, code or word: no amount (most short lines)
        context: str | None = None  # the last currency named in this region (for "centavos")
        for amounts, intro in _groups(text, lo, hi, mark):
            for amount in _share(amounts, intro=intro):
                if amount.currency is None:
                    continue
                local = _local(amount.currency, country)
                if local == _NOT_MONEY or _quarter(amount):
                    continue  # "Q179" outside Guatemala, "L 5" outside Honduras; "Q1"
                if amount.currency == _CENTS:
                    currency = context or resolve_currency(_CENTS, country)
                else:
                    currency = local
                    context = currency or context
                start, end = spine.span(amount.start, amount.end)
                raw = spine.original[start:end]
                value = tidy(amount.value)
                found.append(
                    Money(
                        raw=raws.setdefault(raw, raw),
                        start=start,
                        end=end,
                        amount=values.setdefault(value.as_tuple(), value),
                        currency=currency,
                        symbol=amount.symbol,
                    )
                )
    return tuple(found)
