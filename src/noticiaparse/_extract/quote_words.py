"""The words around a quotation, read the same way by the kind and the speaker rules.

The small readers the modules of :mod:`noticiaparse._extract.quotes` share: the runs
of letters and digits, the writer's last words before an opening mark (within its
sentence), the tell of a finite verb, Title Case, the word classes of
``kind_words.tsv``, the stopwords and connective incises, the gender a subject
pronoun gives.
"""

from __future__ import annotations

import functools
from bisect import bisect_left
from collections.abc import Sequence

import regex

from noticiaparse._reading import endings_of, word_set, words_of
from noticiaparse._reading.vocabulary import closed_set
from noticiaparse._text.lexicons import rows, word_classes
from noticiaparse._text.sentences import sentence_start as sentence_start_of

__all__ = [
    "ALNUM_RUN",
    "INCISE_OPENERS",
    "NOUN_AND_DE",
    "POSITION_WORDS",
    "SENTENCE_STOPS",
    "SHORT_WORDS",
    "VERB_AFTER_REACH",
    "WORDS_BEFORE_REACH",
    "any_between",
    "before_words",
    "finite",
    "foreign_shape",
    "incises",
    "kind_words",
    "pronoun_of",
    "stop_words",
    "title_case",
]


#: What opens the incise after a closing mark: a comma, or a dash of any length ("«…»
#: -dijo el ministro-", "«…» – afirmó").
INCISE_OPENERS = ",—–-"
ALNUM_RUN = regex.compile(r"[\p{L}\p{N}]+")


def before_words(text: str, pos: int, floor: int) -> list[str]:
    lo = sentence_start_of(text, pos, floor, reach=WORDS_BEFORE_REACH)  # this sentence only
    return [w.lower() for w in ALNUM_RUN.findall(text, lo, pos)][-8:]


def finite(word: str) -> bool:
    """Whether ``word`` is a finite verb that makes quoted words a clause."""
    low = word.lower().strip("¿¡()….,;:!?'\"’‘«»“”")
    if low in words_of("speech_verb") or low in words_of("copula") or low in words_of("auxiliary"):
        return True
    if not low.endswith(endings_of("speech_finite")) or len(low) < _FINITE_LETTERS:
        return False
    # "últimos", "próximos": an accent before "-imos" makes an adjective
    return not (low.endswith("mos") and any(c in "áéíóú" for c in low[:-3]))


#: The fewest letters of a finite form told by its ending ("pasó", "vamos").
_FINITE_LETTERS = 4


#: The marks that close a sentence of the writer's after a quotation.
SENTENCE_STOPS = frozenset(".!?")
#: A quotation of this many words or fewer can be a term.
SHORT_WORDS = 3
#: How far back (characters) the words before a quotation are read, within its sentence.
WORDS_BEFORE_REACH = 160
#: Words of a title that stay lower-case in Title Case ("A View to a Kill").
_TITLE_SMALL_LETTERS = 3


#: A capitalised quotation this long or longer, with a verb after its comma, is direct.
POSITION_WORDS = 3
#: How far after a quotation's comma its verb may stand (clitics before it).
VERB_AFTER_REACH = 40


def foreign_shape(words: Sequence[str]) -> bool:
    """Whether a quoted word is spelt as Spanish writes no word (``foreign_shapes.tsv``).

    A final letter Spanish words do not end on, a plural's "-s" read off first ("bots",
    "ranking"), or letters its spelling does not hold ("freelance", "show"): a foreign
    or coined word, the writer's term.

    Examples:
        >>> foreign_shape(["bullying"]), foreign_shape(["bots"]), foreign_shape(["gravísimos"])
        (True, True, False)
    """
    shapes = word_classes("foreign_shapes.tsv")
    finals, clusters = shapes["final"], shapes["cluster"]
    for word in words:
        low = word.lower().strip(_WORD_EDGES)
        if not low.isalpha():
            continue
        stem = low[:-1] if len(low) > _PLURAL_MIN and low.endswith("s") else low
        if stem[-1:] not in finals or any(c in low for c in clusters):
            return True
    return False


#: What a quoted word may carry at its edges.
_WORD_EDGES = "¿¡()….,;:!?'\"’‘«»“”"
#: The fewest letters of a word whose final "s" is read as a plural's.
_PLURAL_MIN = 3


def title_case(words: Sequence[str]) -> bool:
    """Whether ``words`` are in Title Case: two or more, every long word capitalised."""
    letters = [w.strip("¿¡()….,;:!?'\"’‘") for w in words]
    long_words = [w for w in letters if len(w) > _TITLE_SMALL_LETTERS]
    return (
        len(words) > 1
        and words[0][:1].isupper()
        and bool(long_words)
        and all(w[:1].isupper() for w in long_words)
    )


@functools.cache
def kind_words(kind: str) -> frozenset[str]:
    """The words of one class of ``kind_words.tsv`` (joiners, enclitics, manner nouns)."""
    return word_classes("kind_words.tsv").get(kind, frozenset())


def any_between(starts: Sequence[int], lo: int, hi: int) -> bool:
    """Whether one of the sorted ``starts`` lies in ``[lo, hi)``."""
    k = bisect_left(starts, lo)
    return k < len(starts) and starts[k] < hi


@functools.cache
def incises() -> tuple[tuple[str, ...], ...]:
    """The connective incises as word tuples ("por su parte"), longest first."""
    return tuple(sorted((tuple(w.split()) for w in words_of("incise")), key=lambda w: -len(w)))


@functools.cache
def stop_words() -> frozenset[str]:
    """The words no adjective is: stopwords and the closed classes."""
    return word_set("stopwords.txt") | frozenset(row[0] for row in rows("function_words.tsv"))


def pronoun_of(word: str) -> str | None:
    """The gender a third-person subject pronoun gives ("m", "f"), else ``None``."""
    low = word.lower()
    if low in closed_set("he_pronoun"):
        return "m"
    if low in closed_set("she_pronoun"):
        return "f"
    return None


#: "la visión de": a noun of what was said and "de", before a view's owner.
NOUN_AND_DE = 2
