"""Money amounts: every amount with a currency attached, exact, in units of the currency.

One linear pass per region finds the currency *cues* (signs, codes, currency words);
amounts are read only in the :data:`CUE_WINDOW` characters before each cue, from an
*anchor*: a digit, a sign or code, a number word, or "un"/"medio" right before a scale
or a counted currency. From an anchor the reader takes a *group*: one amount, or a
range or list joined by ",", "y", "a", "hasta", "-" … ("entre $1 y $2 millones",
"US$ 3, 4 y 5 millones", "entre 12 y 13 mil pesos"). Each amount of a group is an
optional sign or code before the number, the quantity
(:func:`noticiaparse._text.numbers.scan_quantity`) and an optional currency word, sign or
code after it ("5 millones de pesos", "1.500 UF", "20 lucas").

Within a group a bare endpoint takes the scale of the last endpoint (when it is not
larger than it) and the currency of its neighbours; a group with no currency
anywhere is not money ("5,8 millones de personas", "en 2019"). A bare "$" is the local
peso of the country hint (``lexicons/local_currency.tsv``); with no hint its
currency is ``None``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping, Sequence
from decimal import Decimal
from typing import Any

import attrs

from noticiaparse._model import Money
from noticiaparse._text.fold import fold
from noticiaparse._text.lexicons import lines, rows, word_classes
from noticiaparse._text.numbers import (
    Quantity,
    decimal_mark,
    scan_quantity,
    tidy,
)
from noticiaparse._text.span import Span
from noticiaparse._text.spine import Spine

__all__ = ["CurrencyForm", "find_money", "resolve_currency"]

#: The most amounts one range or list may hold.
MAX_GROUP = 12
#: How far after an amount's first character its currency may be ("entre 12 y 13 mil pesos").
CUE_WINDOW = 120
#: A lexicon currency starting with this depends on the country (lexicons/local_currency.tsv).
_LOCAL = "@"
#: The local-currency row for a country without its own row.
_ANY_COUNTRY = "*"
#: Hundredths of the currency named after them or in context ("centavos").
_CENTS = "@cents"
#: The word "pesos": the local peso, and what bare "centavos" are hundredths of.
_PESO = "@peso"
#: The most characters between a currency sign and its number ("US$ 5", "$   5").
_MAX_SIGN_GAP = 3
_LETTER_BEFORE = r"(?<![^\W\d_])"
_LETTER_AFTER = r"(?![^\W\d_])"


@attrs.frozen
class CurrencyForm:
    """A currency sign, code or word from ``lexicons/currencies.tsv``."""

    form: str
    currency: str
    kind: str
    multiplier: Decimal = Decimal(1)


@attrs.frozen
class _Lexicon:
    signs: Mapping[str, CurrencyForm]
    codes: Mapping[str, CurrencyForm]
    words: Mapping[str, tuple[tuple[tuple[str, ...], CurrencyForm], ...]]
    local: Mapping[tuple[str, str], str]
    not_money: frozenset[str]
    followers: frozenset[str]
    sign_pattern: re.Pattern[str]
    anchor: re.Pattern[str]
    cue: re.Pattern[str]


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
        else:
            folded = tuple(fold(w) for w in form.split())
            words.setdefault(folded[0], []).append((folded, entry))
    local = {(country, key): currency for country, key, currency in rows("local_currency.tsv")}
    # A sign that starts or ends with a letter must not sit inside a word ("US$", "S/").
    sign_alternation = "|".join(
        (_LETTER_BEFORE if f[0].isalpha() else "")
        + re.escape(f)
        + (_LETTER_AFTER if f[-1].isalpha() else "")
        for f in sorted(signs, key=lambda f: (-len(f), f))
    )
    sign_pattern = re.compile(rf" {{0,3}}(?:{sign_alternation})")
    return _Lexicon(
        signs=signs,
        codes=codes,
        words={k: tuple(sorted(v, key=lambda e: -len(e[0]))) for k, v in words.items()},
        local=local,
        not_money=frozenset(fold(w) for w in lines("not_money.txt")),
        followers=frozenset(fold(w) for w in lines("money_followers.txt")),
        sign_pattern=sign_pattern,
        anchor=_anchor_pattern(signs, codes, words),
        cue=_cue_pattern(signs, codes, words),
    )


def _cased(words: Sequence[str]) -> set[str]:
    """Each word as written and accentless, in lower, Capitalised and UPPER case."""
    out: set[str] = set()
    for word in words:
        for spelling in (word, fold(word)):
            out.update((spelling, spelling.capitalize(), spelling.upper()))
    return out


def _trie(forms: Mapping[str, str]) -> str:
    """One regex alternation for ``forms`` (form -> the pattern that must follow it).

    Sharing prefixes makes the engine look at one branch per first character, which
    keeps the anchor search fast on long texts.
    """
    root: dict[str, Any] = {}
    for form, tail in forms.items():
        node = root
        for char in form:
            node = node.setdefault(char, {})
        node[""] = tail

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if "" in node:
            branches.append(node[""])
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    return emit(root)


def _cue_pattern(
    signs: Mapping[str, CurrencyForm],
    codes: Mapping[str, CurrencyForm],
    words: Mapping[str, list[tuple[tuple[str, ...], CurrencyForm]]],
) -> re.Pattern[str]:
    """Any currency sign, code or word: an amount needs one close by."""
    forms = dict.fromkeys([f for f in list(signs) + list(codes) if f[0].isalpha()], "")
    for word in _cased([entry.form.split()[0] for group in words.values() for _, entry in group]):
        forms.setdefault(word, _LETTER_AFTER)  # a whole word: "sol", not "solo"
    first_chars = "".join(sorted({f[0] for f in signs if not f[0].isalpha()}))
    # The lookahead lets the engine skip positions that start no form at all.
    starts = "".join(sorted({f[0] for f in forms}))
    return re.compile(rf"[{re.escape(first_chars)}]|(?=[{re.escape(starts)}])\b{_trie(forms)}")


def _anchor_pattern(
    signs: Mapping[str, CurrencyForm],
    codes: Mapping[str, CurrencyForm],
    words: Mapping[str, list[tuple[tuple[str, ...], CurrencyForm]]],
) -> re.Pattern[str]:
    """Where an amount may start: a digit, a sign or code, a number word.

    "un"/"una"/"medio" start one only before a scale or a counted currency ("un
    millón", "medio millón", "una luca"), not as an article ("un dólar más fuerte").
    """
    forms: dict[str, str] = {}
    for form in list(signs) + list(codes):
        if form[0].isalpha():
            forms[form] = _LETTER_AFTER if form[-1].isalpha() else ""
    number_rows = rows("numbers.tsv")
    openers = [w for w, _, kind in number_rows if kind != "half" and fold(w) not in _ones()]
    followers = [w for w, _, kind in number_rows if kind in ("big", "thousand")]
    followers += [
        entry.form.split()[0]
        for group in words.values()
        for _, entry in group
        if entry.multiplier != 1 or entry.kind == "scaled"
    ]
    follower_tail = " {1,3}(?=" + _trie(dict.fromkeys(_cased(followers), _LETTER_AFTER)) + ")"
    for word in _cased(openers):
        forms.setdefault(word, _LETTER_AFTER)
    for word in _cased([*sorted(_ones()), "medio", "media"]):
        forms.setdefault(word, follower_tail)
    first_chars = "".join(sorted({f[0] for f in signs if not f[0].isalpha()}))
    return re.compile(rf"\d|[{re.escape(first_chars)}]|\b{_trie(forms)}")


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
_RUN = re.compile(r"\d[\d.,]*|[^\w\s]+")  # a digit run, or a run of signs ("$$$")


@attrs.frozen
class _Token:
    """A currency token found in the text: where it is and what it says."""

    start: int
    end: int
    entry: CurrencyForm
    text: str


def _sign_or_code(text: str, pos: int, end: int) -> _Token | None:
    lex = _lexicon()
    match = lex.sign_pattern.match(text, pos, end)
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
    if token is not None and not _DIGIT_NEXT.match(text, token.end, end):
        return token
    return None


@attrs.frozen
class _Amount:
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


@attrs.frozen
class _Suffix:
    """What follows a number: where the amount ends and what it adds."""

    end: int
    multiplier: Decimal = Decimal(1)
    currency: str | None = None
    symbol: str | None = None
    cents: bool = False


def _named_after_de(text: str, pos: int, end: int, *, codes: bool) -> _Token | None:
    """The currency of "de pesos", "de dólar", "de US$" after ``pos``."""
    de = _DE.match(text, pos, end)
    if de is None:
        return None
    named = _currency_word(text, de.end(), end)
    if named is None and codes:
        named = _sign_or_code(text, de.end(), end)
    if named is None or named.entry.kind not in ("word", "sign", "code"):
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
    symbol = suffix.text if entry.kind in ("sign", "code") else None
    return _Suffix(suffix.end, entry.multiplier, entry.currency, symbol)


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
    suffix = _read_suffix(text, quantity.end, end, quantity)
    value = quantity.value * suffix.multiplier
    currency: str | None = suffix.currency
    symbol: str | None = suffix.symbol
    if prefix is not None:
        value *= prefix.entry.multiplier
        symbol = prefix.text
        # "$5 millones de dólares": the word names the currency a bare "$" leaves open.
        if currency is None or not prefix.entry.currency.startswith(_LOCAL):
            currency = prefix.entry.currency
    return _Amount(
        start=prefix.start if prefix is not None else quantity.start,
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


def _group(text: str, pos: int, end: int, mark: str) -> tuple[list[_Amount], int] | None:
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
        if nxt is None:
            break
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
        out.append(attrs.evolve(amount, value=value, currency=currency))
    return out


def _groups(text: str, start: int, end: int, mark: str) -> Iterator[tuple[list[_Amount], bool]]:
    """Every group of amounts in ``text[start:end]``, and whether a range word opens it.

    Currency signs, codes and words are rarer than numbers, so the pass looks for
    them first and reads amounts only in the :data:`CUE_WINDOW` characters before each.
    """
    lexicon = _lexicon()
    pos = start
    for cue in lexicon.cue.finditer(text, start, end):
        if cue.start() < pos:
            continue  # already read as part of a group
        pos = max(pos, cue.start() - CUE_WINDOW)
        while pos <= cue.start():
            match = lexicon.anchor.search(text, pos, cue.end())
            if match is None or match.start() > cue.start():
                break
            group = _group(text, match.start(), end, mark)
            if group is None:
                run = _RUN.match(text, match.start(), end)  # skip a long run at once
                pos = max(match.end(), run.end() if run is not None else 0)
                continue
            intro = _INTRO.search(text, max(start, match.start() - 10), match.start())
            yield group[0], intro is not None
            pos = max(group[1], match.end())
        pos = max(pos, cue.start() + 1)


def find_money(spine: Spine, regions: Sequence[Span], country: str | None) -> tuple[Money, ...]:
    """Every monetary amount inside ``regions`` of ``spine.text``.

    Args:
        spine: the text spine; offsets are read from and mapped back through it.
        regions: ``(start, end)`` spans of ``spine.text`` to read (headline, deck, body).
        country: the upper-case ISO 3166-1 alpha-2 hint, or ``None``.

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
    for region_start, region_end in regions:
        context: str | None = None  # the last currency named in this region (for "centavos")
        for amounts, intro in _groups(text, max(0, region_start), min(len(text), region_end), mark):
            for amount in _share(amounts, intro=intro):
                if amount.currency is None:
                    continue
                if amount.currency == _CENTS:
                    currency = context or resolve_currency(_PESO, country)
                else:
                    currency = resolve_currency(amount.currency, country)
                    context = currency or context
                start, end = spine.span(amount.start, amount.end)
                found.append(
                    Money(
                        raw=spine.original[start:end],
                        start=start,
                        end=end,
                        amount=tidy(amount.value),
                        currency=currency,
                        symbol=amount.symbol,
                    )
                )
    return tuple(found)
