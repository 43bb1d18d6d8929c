"""The kind rules the quotes reader skips when no word stands before a quotation.

:func:`noticiaparse._extract.quote_kinds.classify` runs the rules that read the writer's
words before a quotation (``BEFORE_RULES``) only when a letter or a digit stands
between the floor (the paragraph's start, or the end of the quotation before) and the
opening mark. Each of them must then hold for nothing: a rule that came to read past
the floor, or to hold with no word before the quotation, would fail here and make the
gate change the output.
"""

from __future__ import annotations

import pytest

from noticiaparse._extract import quote_clauses, quote_kinds, quote_titles, quote_words

_GATED = quote_kinds.BEFORE_RULES
ALNUM_RUN = quote_words.ALNUM_RUN
before_words = quote_words.before_words
credited = quote_clauses.credited
evaluated = quote_titles.evaluated
infinitive_que = quote_clauses.infinitive_que

#: Quotations with no word between their floor and their opening mark: the text, the
#: floor and the opening mark's offset.
_BARE = [
    ("«No vamos a ceder», dijo la ministra.", 0, 0),
    ('Gritaban "fuera" "fuera" en la plaza.', 16, 17),
    ("Según el vocero, «hay acuerdo». «Nadie se va», agregó.", 31, 32),
    ("«Es grave»: así empezó la sesión. (“Fue un error”)", 34, 35),
    ("Los vecinos. \n… «Queremos agua»", 12, 16),
    ("¿«Quién paga»?, preguntaron.", 0, 1),
]
_IDS = ["paragraph start", "after another", "after a stop", "bracket", "line break", "question"]


def test_the_gated_rules_are_the_ones_named() -> None:
    for name in _GATED:
        assert callable(getattr(quote_kinds, name))


@pytest.mark.parametrize(("text", "floor", "pos"), _BARE, ids=_IDS)
def test_no_word_before_the_mark_no_rule_holds(text: str, floor: int, pos: int) -> None:
    assert text[pos] in '«"“'
    assert ALNUM_RUN.search(text, floor, pos) is None
    assert before_words(text, pos, floor) == []
    assert not credited(text, pos, floor)
    assert not infinitive_que(text, pos, floor)
    for capital in (True, False):
        for nested in (True, False):
            assert not evaluated([], capital=capital, nested=nested)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Según la fiscal, el acusado mostró «frialdad».", True),
        ("Para la oposición, el proyecto es «inconstitucional».", True),
        ("El alcalde habló de la «frialdad» del acusado.", False),
    ],
    ids=["según", "para", "none"],
)
def test_the_rules_still_read_the_words_when_there_are_some(
    text: str,
    expected: bool,  # noqa: FBT001 - a parametrized case
) -> None:
    pos = text.index("«")
    assert credited(text, pos, 0) is expected
