# ruff: noqa: SLF001 - the pattern builders themselves are under test
"""The money patterns written for a cheaper compile match as the forms they replace.

Each lexicon form used to carry its own tail in the tries (a letter after a form that
ends with a letter turns it away); one tail after the whole trie asks the same. The
range's last end used to write the next sign twice. These tests rebuild the former
patterns and compare every match on texts made of every form in several contexts.
"""

from __future__ import annotations

import re

import pytest

from noticiaparse._extract import money
from noticiaparse._text.fold import fold
from noticiaparse._text.gates import word_trie
from noticiaparse._text.lexicons import rows
from noticiaparse._text.numbers import MAX_DIGITS

_CONTEXTS = ("{} 5", "{}5", "{}a", "x{} ", "{}$3", "{}. 7", "({})", "{}-$2 ", "{}é", "5 {}, y")


def _old_trie(forms: list[str]) -> str:
    return word_trie({f: money._LETTER_AFTER if f[-1].isalpha() else "" for f in forms})


def _texts(forms: list[str]) -> list[str]:
    return [" ".join(c.format(f) for c in _CONTEXTS) for f in sorted(forms)]


def _matches(pattern: re.Pattern[str], texts: list[str]) -> list[list[tuple[int, int]]]:
    return [[m.span() for m in pattern.finditer(t)] for t in texts]


def _all_forms() -> list[str]:
    lex = money._lexicon()
    words = [e.form.split()[0] for g in lex.words.values() for _, e in g]
    numbers = [w for w, _, _ in rows("numbers.tsv")]
    return sorted({*lex.signs, *lex.codes, *money._cased(words), *money._cased(numbers)})


def test_every_form_that_gets_a_tail_ends_with_what_the_tail_reads_as_a_letter() -> None:
    letter = re.compile(r"[^\W\d_]")
    assert all(f[-1].isalpha() == bool(letter.match(f[-1])) for f in _all_forms())
    lex = money._lexicon()  # words and number words end with a letter: their tail was one
    assert all(e.form.split()[0][-1].isalpha() for g in lex.words.values() for _, e in g)
    assert all(w[-1].isalpha() for w, _, _ in rows("numbers.tsv"))


@pytest.mark.parametrize("kind", ["signs", "alpha-signs-and-codes", "all"], ids=str)
def test_one_tail_after_the_trie_matches_as_a_tail_per_form(kind: str) -> None:
    lex = money._lexicon()
    forms = {
        "signs": list(lex.signs),
        "alpha-signs-and-codes": [f for f in [*lex.signs, *lex.codes] if f[0].isalpha()],
        "all": _all_forms(),
    }[kind]
    texts = _texts(_all_forms())
    old = re.compile(r"\b(?:" + _old_trie(forms) + ")")
    new = re.compile(r"\b(?:" + money._whole_trie(forms) + ")")
    assert _matches(new, texts) == _matches(old, texts)


def test_the_range_s_last_end_matches_as_before() -> None:
    lex = money._lexicon()
    alpha = _old_trie([f for f in lex.signs if f[0].isalpha()])
    other = _old_trie([f for f in lex.signs if not f[0].isalpha()])
    sign = f"(?:{money._LETTER_BEFORE}{alpha}|{other})"
    starts = money._sign_starts()
    amount = rf"(?P<sign>{sign}) {{0,3}}(?P<num>\d{{1,{MAX_DIGITS}}})"
    next_sign = rf"(?>{sign}) {{0,3}}\d"
    not_extending = rf"[^\w\s.,'’%\-–{starts}]"
    old_last = re.compile(
        rf"{amount}(?=$|{next_sign}| {{1,3}}(?=[{starts}]){next_sign}|{not_extending})"
    )
    old_simple = re.compile(rf"{amount}(?=$|{next_sign}|{not_extending})")
    _, new_last = money._range_patterns()
    texts = [
        t.replace("{}", f)
        for f in sorted(lex.signs)
        for t in ("{}5", "{}5 $6", "{}5  US$7", "{}5 a", "{}5$6", "{}5 7", "{}5.", "{}5 USD 3")
    ]
    for old, new in ((old_last, new_last), (old_simple, money._simple_pattern())):
        assert [(m.span(), m["sign"]) if (m := new.match(t)) else None for t in texts] == [
            (m.span(), m["sign"]) if (m := old.match(t)) else None for t in texts
        ]


def _former_cue() -> re.Pattern[str]:
    lex = money._lexicon()
    forms = [f for f in [*lex.signs, *lex.codes] if f[0].isalpha()]
    forms += money._cased([e.form.split()[0] for g in lex.words.values() for _, e in g])
    first_chars = "".join(sorted({f[0] for f in lex.signs if not f[0].isalpha()}))
    starts = "".join(sorted({f[0] for f in forms}))
    return re.compile(
        rf"[{re.escape(first_chars)}]|(?=[{re.escape(starts)}])\b{_old_trie(sorted(set(forms)))}"
    )


def _former_anchor() -> re.Pattern[str]:
    lex = money._lexicon()
    forms = {f for f in [*lex.signs, *lex.codes] if f[0].isalpha()}
    number_rows = rows("numbers.tsv")
    ones_words = money._ones()
    openers = [w for w, _, kind in number_rows if kind != "half" and fold(w) not in ones_words]
    followers = [w for w, _, kind in number_rows if kind in ("big", "thousand")]
    followers += [
        e.form.split()[0]
        for g in lex.words.values()
        for _, e in g
        if e.multiplier != 1 or e.kind == "scaled"
    ]
    tail = money._LETTER_AFTER
    follower_tail = " {1,3}(?=" + word_trie(dict.fromkeys(money._cased(followers), tail)) + ")"
    forms |= money._cased(openers)
    ones = {w: "" for w in money._cased([*sorted(ones_words), "medio", "media"]) if w not in forms}
    first_chars = "".join(sorted({f[0] for f in lex.signs if not f[0].isalpha()}))
    return re.compile(
        rf"\d|[{re.escape(first_chars)}]|\b(?:{word_trie(ones)}{follower_tail}"
        rf"|{_old_trie(sorted(forms))})"
    )


def test_the_cue_and_the_anchor_match_as_their_former_patterns() -> None:
    words = [
        "un millón de dólares",
        "Un Millón De Dólares",
        "UN MILLÓN DE DÓLARES",
        "uN mIllón de dÓlares",
        "medio millón",
        "Media luca",
        "Cien Lucas y US$ 5",
        "la Sol y el sol; soles Bs. 5 Bs5 S/. 3",
    ]
    texts = _texts(_all_forms()) + words
    assert _matches(money._cue(), texts) == _matches(_former_cue(), texts)
    assert _matches(money._anchor(), texts) == _matches(_former_anchor(), texts)
