"""Reporting verbs used as acts: a direct object and no statement after them.

Many verbs that report words ("ratificó", "exigió", "rechazó", "defendió") also name an
act done to a thing: "El Congreso ratificó la reforma", "Los vecinos exigieron
soluciones", "El presidente defendió su gestión". With no "que" clause, no colon and no
quotation after it, such a verb credits its subject with no statement: being named as
the one who acts is not being cited. The verbs of saying and informing ("dijo",
"anunció", "detalló") are not among them (``lexicons/object_acts.txt``).
"""

from __future__ import annotations

import functools

import regex

from noticiaparse._reading import Attribution
from noticiaparse._reading.vocabulary import reporting_lemmas
from noticiaparse._text.lexicons import lines

__all__ = ["object_act"]

#: What tells a statement after the verb, within a few words: "que", a colon, a quotation.
_STATEMENT_SOON = regex.compile(r"(?:,?[ \t]+[\p{L}\p{N}]+){0,5}?(?:,?[ \t]+que\b|[ \t]*[:«“\"])")
#: "lo" (what was said) or "le", "les" (whom it was said to) right before the verb, an
#: auxiliary between: "El ministro lo ratificó", "le ha garantizado la ayuda".
_SAID_TO = regex.compile(r"\b(?:lo|le|les)[ \t]+(?:(?:ha|han|había|habían)[ \t]+)?$", regex.I)
_SAID_TO_REACH = 16
#: What stands right before a verb whose subject follows it: a comma, a quotation, a dash.
_VERB_FIRST = ',»”"—–'


@functools.cache
def _object_acts() -> frozenset[str]:
    return frozenset(lines("object_acts.txt"))


def object_act(text: str, attribution: Attribution) -> bool:
    """Whether a reporting verb names an act on an object, and no statement.

    The verb's lemma is one of ``object_acts.txt``, its subject stands before it (or is
    dropped), no "lo" (the words) nor "le", "les" (whom they were said to) stands before
    it, and no "que", colon or quotation follows it within a few words.

    Examples:
        >>> from noticiaparse._reading import Attribution
        >>> text = "El Congreso ratificó la reforma."
        >>> object_act(text, Attribution("ratificó", 12, 20, None))
        True
        >>> text = "El Congreso ratificó ayer que la reforma sigue."
        >>> object_act(text, Attribution("ratificó", 12, 20, None))
        False
    """
    entry = reporting_lemmas().get(attribution.cue.lower())
    if entry is None or entry[0] not in _object_acts():
        return False
    phrase = attribution.phrase
    if phrase is not None and phrase.end > attribution.cue_start:
        return False  # "…, exigió el alcalde": the subject after the verb reports the words
    before = text[max(0, attribution.cue_start - 4) : attribution.cue_start].rstrip(" \t")
    if phrase is None and before and before[-1] in _VERB_FIRST:
        return False
    if _SAID_TO.search(text, max(0, attribution.cue_start - _SAID_TO_REACH), attribution.cue_start):
        return False  # "El ministro lo ratificó", "le ha garantizado la ayuda": words said
    return _STATEMENT_SOON.match(text, attribution.cue_end) is None
