"""The word sets and reaches the source readers share.

The readers of ``sources.py`` and its ``source_*`` siblings measure the text with the
same reaches (how far after a verb a subject is read, how many words an adverbial runs
over) and look words up in the same sets: the openers of an adverbial ("a la prensa",
"este martes"), the endings of a participle, the nouns that name an organisation, the
countries, the words that fuse a role to its holder. Each set is read from the lexicons
once (``functools.cache``); nothing here reads an article.
"""

from __future__ import annotations

import functools
import re

import regex

from noticiaparse._reading import words_of
from noticiaparse._reading.vocabulary import endings_of
from noticiaparse._text.fold import fold
from noticiaparse._text.lexicons import lines

__all__ = [
    "ADVERBIAL_REACH",
    "ADVERBIAL_WORDS",
    "ARTICLE_AND_NOUN",
    "CLOSING",
    "FUSED_REACH",
    "LAST_WORD",
    "LEAD_WORD",
    "NEXT_WORD",
    "OPENING_WORDS",
    "PREVIOUS_REACH",
    "QUE_AND_SPACE",
    "SUBJECT_AND_ADVERBIAL",
    "VERB_FIRST",
    "adverbial_leads",
    "adverbial_openers",
    "countries",
    "fused",
    "opener_words",
    "org_cue_words",
    "participles",
]


#: "el informe": a document named by its article and noun alone is the one just named.
ARTICLE_AND_NOUN = 2


@functools.cache
def opener_words() -> frozenset[str]:
    """Articles and words that open a sentence, never an institution's head."""
    return (
        words_of("definite")
        | frozenset(lines("stopwords.txt"))
        | frozenset(lines("sentence_openers.txt"))
    )


#: The word right after a reporting verb.
NEXT_WORD = regex.compile(r"[ \t]{1,3}(\p{L}+)")


#: How many words an adverbial between a reporting verb and its subject may run over.
ADVERBIAL_WORDS = 8


#: How far (characters) after its verb a subject set after an adverbial is read.
ADVERBIAL_REACH = 160


#: What a reporting verb with its subject after it follows: a comma, a quotation, a dash
#: (or "lo": "Así lo dijo …").
VERB_FIRST = ',»”"—–'


@functools.cache
def adverbial_openers() -> frozenset[str]:
    return words_of("preposition") | words_of("adverb") | words_of("adverbial_opener")


def participles() -> tuple[str, ...]:
    """A participle's endings, any gender and number: one opens an aside ("entrevistado por…")."""
    return endings_of("any_participle")


@functools.cache
def adverbial_leads() -> frozenset[str]:
    """The words whose phrase after them is an adverbial ("a la prensa", "este martes")."""
    return words_of("preposition") | words_of("adverbial_opener")


#: How far back (characters) the sentence before a verb with a dropped subject is read.
PREVIOUS_REACH = 300


#: " que " before a verb, and the marks that close a quotation.
QUE_AND_SPACE = 5


CLOSING = '»”"'


#: A subject, an adverbial's preposition and its word, and the verb: the fewest words.
SUBJECT_AND_ADVERBIAL = 4


#: The most words an opening adverbial of a sentence takes before its comma ("Ayer, …").
OPENING_WORDS = 4


#: How far back (characters) the word right before a verb is read.
LAST_WORD = 24


#: A word with the marks between words.
LEAD_WORD = re.compile(r"[^\W\d_]+")


@functools.cache
def countries() -> frozenset[str]:
    return frozenset(fold(name) for name in lines("country_names.txt"))


@functools.cache
def org_cue_words() -> frozenset[str]:
    return frozenset(entry for entry in lines("org_cues.txt") if " " not in entry)


#: A fused article and the space after it ("del ", "al ") fit in this many characters.
FUSED_REACH = 4


@functools.cache
def fused() -> frozenset[str]:
    """The articles fused with a preposition ("del", "al": ``fused_articles.txt``)."""
    return frozenset(lines("fused_articles.txt"))
