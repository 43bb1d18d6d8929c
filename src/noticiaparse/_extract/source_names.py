"""Names that name no source, and people whose name reads as an institution's.

Three slips of a capitalised word: an adverb or a number opening a sentence is no name
("Actualmente escribe…", "Tres de ellos aseguraron…"); a person whose surname
holds a particle ("Teresa de Mora") is no institution for the "de" in it; and a
capitalised office in apposition ("Óscar Pineda, Ministro de Finanzas, declaró") stands for
the person named before it, not for a ministry.
"""

from __future__ import annotations

import functools

import regex

from noticiaparse._reading import ORGANIZATION, PERSON, Phrase, first_names, role_words, words_of
from noticiaparse._text.lexicons import rows
from noticiaparse._text.span import Span

__all__ = ["apposed_office", "no_name", "particle_person"]

#: An adverb in "-mente" is at least this long ("Actualmente", not "Mente").
_MIN_ADVERB = 7
#: A person's name with a particle holds at least a given name, a particle and a surname.
_MIN_NAME_WORDS = 3
#: A person's name with a particle runs to this many words ("Nubia de Gómez Pérez").
_MAX_NAME_WORDS = 5


@functools.cache
def _number_words() -> frozenset[str]:
    return frozenset(row[0].lower() for row in rows("numbers.tsv"))


@functools.cache
def _particles() -> frozenset[str]:
    """The particles inside a surname ("de", "del", "de la"), not the "y" joining two."""
    return words_of("particle") - words_of("conjunction")


def no_name(words: str) -> bool:
    """Whether a capitalised word alone is an adverb or a number, which names no one.

    Examples:
        >>> [no_name(w) for w in ("Actualmente", "Seis", "Mena", "Ana Soto")]
        [True, True, False, False]
    """
    if " " in words.strip():
        return False
    low = words.strip().lower()
    return (len(low) >= _MIN_ADVERB and low.endswith("mente")) or low in _number_words()


def particle_person(name: str, org_words: frozenset[str]) -> bool:
    """Whether an organisation's name is a person's: a given name, a particle, a surname.

    "Teresa de Mora", "María del Carmen Rojas", "Juan de la Cruz Soto": a given name
    opens it, every other word is capitalised or a particle, and no word is one only an
    institution's name holds (``org_words``: "Ministerio", "Banco"…).

    Examples:
        >>> particle_person("Teresa de Mora", frozenset({"ministerio"}))
        True
        >>> particle_person("Ministerio de Salud", frozenset({"ministerio"}))
        False
    """
    words = name.split()
    if not _MIN_NAME_WORDS <= len(words) <= _MAX_NAME_WORDS or words[0] not in first_names():
        return False
    if not any(w in _particles() for w in words[1:]):
        return False
    return all(
        (w[:1].isupper() and w.lower() not in org_words) or w in _particles() for w in words[1:]
    )


#: A person's name right before an apposition's comma: "Francisco Coma, ".
_NAME_BEFORE = regex.compile(r"(\p{Lu}[\p{L}'-]+(?:[ \t]+\p{Lu}[\p{L}'-]+){1,3}),[ \t]*$")
#: An office, "de" and its portfolio: "Ministro de Salud".
_OFFICE_WORDS = 3
#: How far before an office its holder's name is read.
_NAME_REACH = 60


def apposed_office(text: str, phrase: Phrase, org_words: frozenset[str]) -> Phrase:
    """A capitalised office read as an institution, as the person it stands for.

    "Óscar Pineda, Ministro de Finanzas, declaró…": Central American and Caribbean news
    capitalises an office; in apposition after a person's name (a given name opening
    it) it is that person. Elsewhere an organisation's name opening on an office and its
    complement ("Ministro de Finanzas declaró") is the office's holder, a person by role. A
    word an institution's name holds (``org_words``: "Policía") opens no office.

    Examples:
        >>> text = "Óscar Pineda, Ministro de Finanzas, declaró que sí."
        >>> apposed_office(text, Phrase(14, 34, ORGANIZATION), frozenset()).start
        0
    """
    if phrase.kind != ORGANIZATION:
        return phrase
    first = text[phrase.start : phrase.end].split(maxsplit=2)
    if (
        len(first) < _OFFICE_WORDS
        or first[0].lower() not in role_words()
        or first[0].lower() in org_words
        or not first[0][:1].isupper()
        or first[1] not in words_of("of")
    ):
        return phrase  # "Policía Nacional", "Carabineros": an institution's name
    before = _NAME_BEFORE.search(text, max(0, phrase.start - _NAME_REACH), phrase.start)
    if before is not None and before.group(1).split()[0] in first_names():
        name = Span(before.start(1), before.end(1))
        return Phrase(name.start, name.end, PERSON, name=name, head=first[0].lower())
    return Phrase(phrase.start, phrase.end, PERSON, head=first[0].lower())
