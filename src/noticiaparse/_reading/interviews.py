"""Who an interview is with: the person, or the role, its answers belong to.

News names the interviewee before the questions start: in the headline, the deck or
the intro, at the words that announce the interview ("En entrevista con este diario,
la alcaldesa Ana Paz dice…", "El Comercio conversó con el ministro Luis Vera",
``interview_cues.txt``). When the text never names them, the interviewer addresses
them by their office ("Ministro, ¿por qué…?", "No, alcaldesa, …") or the writer calls
them by it ("En la charla, la jueza repasó…"), and that role is the speaker. Only
then is the interviewee the person the writer's text names most often.

Everything is read in normalised offsets, before the first turn for what the writer
announces; a name or role inside a quotation (a turn is one) never counts there.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import regex

from noticiaparse._reading.cast import Cast
from noticiaparse._reading.phrases import Phrase
from noticiaparse._reading.quotations import RawQuote, Turn, interview_cues
from noticiaparse._reading.vocabulary import role_words, word_set, words_of
from noticiaparse._text.lexicons import lines
from noticiaparse._text.span import Span

__all__ = ["first_person_verb", "interviewee"]

PERSON = "person"


def interviewee(text: str, cast: Cast, turns: Sequence[RawQuote]) -> Phrase | None:
    r"""The person or role an interview's answers ``turns`` are credited to.

    Examples:
        >>> from noticiaparse._reading import read_article
        >>> text = (
        ...     "El diario conversó con la jueza Marta Ruiz.\n"
        ...     "—¿Por qué renunció?\nPorque me cansé.\n—¿Volverá?\nNo lo sé."
        ... )
        >>> reading = read_article(text, [(0, len(text))])
        >>> found = interviewee(text, reading.cast, reading.quotations)
        >>> text[found.start : found.end]
        'Marta Ruiz'
    """
    spoken = [raw for raw in turns if raw.turn is not Turn.NONE]
    if not spoken:
        return None
    first = min(raw.open_at for raw in spoken)
    return (
        _announced(text, cast, first)
        or _addressed(text, [raw for raw in spoken if raw.turn is Turn.QUESTION])
        or _most_named(cast)
        or _headlined(text, first)
    )


def first_person_verb(word: str) -> bool:
    """Whether a reporting verb is in the first person singular ("respondí", "dije").

    A regular preterite ends in a stressed "é" or "í"; the irregular ones and the
    present are listed in ``first_person.txt``.

    Examples:
        >>> first_person_verb("respondí"), first_person_verb("dije"), first_person_verb("dijo")
        (True, True, False)
    """
    low = word.lower()
    return low.endswith(("é", "í")) or low in _first_person_words()


@functools.cache
def _first_person_words() -> frozenset[str]:
    return frozenset(lines("first_person.txt"))


def _announced(text: str, cast: Cast, first: int) -> Phrase | None:
    """The person or role named in the paragraph that announces the interview.

    The object of the cue's "con" ("conversó con el ministro Luis Vera") comes first;
    else the first one that is no preposition's object ("la relación con X" is the
    interview's subject matter, not its guest).
    """
    cues = interview_cues()
    lo = hi = 0
    read = 0
    for cue in cues.finditer(text, 0, first):
        if cue.start() < hi:
            continue  # a paragraph is read once, at its first cue
        read += 1
        if read > _ANNOUNCEMENTS:
            break
        lo = text.rfind("\n", 0, cue.start()) + 1
        hi = text.find("\n", cue.end(), first)
        hi = first if hi < 0 else hi
        # "conversó con X", "entrevista con X": the guest follows the cue's "con"
        guest = cue.group().lower().endswith(" con") or _WITH.match(text, cue.end()) is not None
        found = _named_between(text, cast, lo, hi, cue.end() if guest else None)
        if found is not None:
            return found
    return None


#: How many paragraphs with an interview cue are read for the interviewee: it is
#: announced in the intro, and a page of cues costs no more than three paragraphs.
_ANNOUNCEMENTS = 3


def _named_between(text: str, cast: Cast, lo: int, hi: int, cue_end: int | None) -> Phrase | None:
    """The first person or role between ``lo`` and ``hi`` that can be the interviewee.

    With ``cue_end``, the end of a cue that ends on or before "con" ("conversó con",
    "entrevista con"), the first one after it in its sentence; else the first one that
    is no preposition's object.
    """
    candidates = _candidates(text, cast, lo, hi)
    if cue_end is not None:
        stop = text.find(". ", cue_end, hi)
        stop = hi if stop < 0 else stop
        for at, phrase in candidates:
            if cue_end <= at < stop:
                return phrase  # "conversó con el alcalde Juan Paz"
    for at, phrase in candidates:
        if not _object(text, lo, at):
            return phrase
    return None


def _candidates(text: str, cast: Cast, lo: int, hi: int) -> list[tuple[int, Phrase]]:
    """The people named and the roles with no name between ``lo`` and ``hi``, in order."""
    candidates: list[tuple[int, Phrase]] = []
    mentions = [(at, cast.full_name(name)) for at, name in cast.named]
    # a person first named with a given name the lexicon lacks ("Iñaki Ruiz")
    mentions += [(span.start, full) for full, span in cast.people.items()]
    for at, full in sorted(set(mentions)):
        if lo <= at < hi and not cast.in_quotation(at) and full in cast.people:
            start, end = cast.people[full]
            candidates.append((at, Phrase(start, end, PERSON, name=Span(start, end))))
    for match in _ROLE.finditer(text, lo, hi):
        head = match.group("role").lower()
        end = match.end()
        if head in words_of("role_modifier") and match.group("next"):
            head, end = match.group("next").lower(), match.end("next")  # "el nuevo ministro"
        if (
            head in role_words()
            and not cast.in_quotation(match.start())
            and _ROLE_NAMED.match(text, end) is None  # "la jueza Marta Ruiz": the name
        ):
            candidates.append((match.start(), Phrase(match.start(), end, PERSON, head=head)))
    candidates.sort(key=lambda c: c[0])
    return candidates


def _addressed(text: str, questions: Sequence[RawQuote]) -> Phrase | None:
    """The role the interviewer addresses in a question ("Ministro, ¿…?", "No, alcaldesa, …").

    A vocative is set off by a comma at the question's start, after a lead such as
    "no", "sí" or "señor" (``vocative_leads.txt``), or by the question mark at its end
    (", ministro?").
    """
    leads = word_set("vocative_leads.txt")
    for raw in questions:
        words = list(_WORD_OR_COMMA.finditer(text, raw.start, min(raw.end, raw.start + 60)))
        while words and (words[0].group() == "," or words[0].group().lower() in leads):
            words.pop(0)  # "No, alcaldesa, …", "Señora jueza, …"
        if len(words) >= _VOCATIVE_WORDS and words[1].group() == ",":
            found = _role_at(words[0])
            if found is not None:
                return found
        closing = _VOCATIVE_CLOSING.search(text, raw.start, raw.end)
        if closing is not None:
            found = _role_at(closing)
            if found is not None:
                return found
    return None


def _role_at(match: regex.Match[str]) -> Phrase | None:
    """The role a vocative's word names, if it is a role word."""
    span = match.span("word")
    head = match.group("word").lower()
    return Phrase(*span, PERSON, head=head) if head in role_words() else None


def _headlined(text: str, first: int) -> Phrase | None:
    """The office a line before the interview opens on ("Directora del Hospital Central y…").

    A headline may name the interviewee by the office alone, with no article; read when
    the text names nobody else.
    """
    pos = 0
    while pos < first:
        end = text.find("\n", pos, first)
        end = first if end < 0 else end
        match = _OFFICE.match(text, pos, end)
        if match is not None and match.group("role").lower() in role_words():
            return Phrase(*match.span(), PERSON, head=match.group("role").lower())
        pos = end + 1
    return None


def _most_named(cast: Cast) -> Phrase | None:
    """The person the writer's text (no quotation) names most often."""
    counts: dict[str, int] = {}
    for at, name in cast.named:
        full = cast.full_name(name)
        if full in cast.people and not cast.in_quotation(at):
            counts[full] = counts.get(full, 0) + 1
    if not counts:
        return None
    best = max(counts, key=lambda name: (counts[name], -cast.people[name][0]))
    start, end = cast.people[best]
    return Phrase(start, end, PERSON, name=Span(start, end))


def _object(text: str, lo: int, at: int) -> bool:
    """Whether the mention at ``at`` is a preposition's object ("sobre la ministra").

    Determiners, role words and titles before it are stepped over back to the word
    that decides.
    """
    steps = words_of("determiner") | words_of("role_modifier") | role_words()
    for word in reversed(_WORD.findall(text, max(lo, at - 60), at)):
        low = word.lower()
        if low in steps:
            continue
        return low in words_of("preposition")
    return False


_WORD = regex.compile(r"\p{L}+")
#: A role set off by a determiner, maybe after a modifier ("el ministro", "la nueva jueza").
_ROLE = regex.compile(
    r"(?i)\b(?:el|la)[ \t]++(?P<role>\p{L}{2,25})\b(?=[ \t]++(?P<next>\p{L}{3,25}))?"
)
#: An office opening a line, with its complement: "Directora del Hospital Central".
_OFFICE = regex.compile(
    r"(?P<role>\p{Lu}\p{Ll}{2,25})(?:[ \t]++(?:de[ \t]++la|del|de)[ \t]++\p{Lu}\p{L}*+"
    r"(?:[ \t]++\p{Lu}\p{L}*+){0,4}){0,3}(?=[ \t]++\p{L})"
)
#: What follows a role that has a name ("la jueza Marta Ruiz", "el ministro, Luis Vera").
_ROLE_NAMED = regex.compile(r"(?:[ \t]++(?:de|del)[ \t]++\p{L}++)*+,?[ \t]++\p{Lu}")
#: After an interview cue, the "con" of its guest ("conversó con", "entrevista con").
_WITH = regex.compile(r"(?i)[ \t]++con[ \t]")
#: A word or a comma, for the words that open a question.
_WORD_OR_COMMA = regex.compile(r"(?P<word>\p{L}++)|,")
#: The fewest words and commas of a vocative that opens a question: a word and its comma.
_VOCATIVE_WORDS = 2
#: A role at a question's end: ", ministro?".
_VOCATIVE_CLOSING = regex.compile(r",[ \t]*+(?P<word>\p{L}{3,25})[ \t]*+[?]")
