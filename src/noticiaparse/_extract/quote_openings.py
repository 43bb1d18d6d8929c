"""Openings: the subject a sentence before a quotation opens on, and the groups named.

The phrase the sentence before a quotation opens on, when it may speak ("La ministra
Ana Paz visitó la zona. «…», dijo."), the group or body a plural verb agrees with
("Los vecinos…", "Desde el ministerio…"), and the carried speaker made to agree in
number with the quotation's verb.
"""

from __future__ import annotations

import functools
from bisect import bisect_left
from collections.abc import Sequence

from noticiaparse._extract.quote_said import SPEAKER_KINDS, QuotedSpans, Said
from noticiaparse._extract.quote_words import VERB_AFTER_REACH, stop_words
from noticiaparse._reading import (
    ANONYMOUS,
    ORGANIZATION,
    PERSON,
    Cast,
    Phrase,
    Token,
    TokenIndex,
    phrase_at,
    verb_like,
    words_in,
    words_of,
)
from noticiaparse._reading.subjects import main_subject
from noticiaparse._reading.vocabulary import closed_set
from noticiaparse._text.sentences import sentence_start as sentence_start_of
from noticiaparse._text.span import Span

__all__ = [
    "BLANK_REACH",
    "PARAGRAPH_BREAK",
    "agreeing_number",
    "introduced_group",
    "opening_subject",
    "opening_unquoted",
    "opening_with_verb",
    "plural_subject",
    "sentence_before",
    "singular",
]


def introduced_group(text: str, pos: int, index: TokenIndex | None = None) -> Phrase | None:
    """The group or institution the sentence before ``pos`` opens on, as its subject.

    Its main clause's subject after an opening adjunct too ("Durante la madrugada, los
    bomberos lograron controlar el fuego.¶«…», explicaron."); an institution in either
    number ("la Municipalidad envió una cuadrilla.¶«…», informaron").
    """
    found = opening_subject(text, pos, index)
    if found is None or not _group_or_body(found):
        back = _end_of_sentence_before(text, pos)
        if back is None:
            return None
        head = main_subject(text, back, sentence_start_of(text, back - 1, 0), index)
        found = head[0] if head is not None else None
    return found if found is not None and _group_or_body(found) else None


#: How many sentences before the one before a plural verb its group is looked for.
_GROUP_SENTENCES_BACK = 2


def _earlier_group(text: str, pos: int, index: TokenIndex | None = None) -> Phrase | None:
    """The group a sentence before the one before ``pos`` opens on, as its subject.

    "Los vecinos llegaron a la plaza.¶La ministra, Ana Gil, los recibió.¶«…»,
    dijeron.": the one person between cannot be a plural verb's subject; the group
    named as a subject a sentence or two further back is.
    """
    back = _end_of_sentence_before(text, pos)
    for _ in range(_GROUP_SENTENCES_BACK):
        if back is None:
            return None
        back = _end_of_sentence_before(text, back - 1)
        if back is None:
            return None
        head = main_subject(text, back, sentence_start_of(text, back - 1, 0), index)
        if head is not None and _group_or_body(head[0]):
            return head[0]
    return None


def _plain_group(text: str, pos: int, index: TokenIndex | None = None) -> Phrase | None:
    """The people a plural article and a plural noun open the sentence of ``pos`` on.

    "Los camioneros argumentan que «…»", "Las socias de la cooperativa denuncian que
    «…»": whatever the noun (no lexicon lists every trade or party), a plural verb
    right after it has them as its subject. A complement with "de" or "en" may follow
    the noun, and adjectives in the plural ("Los exiliados venezolanos en Madrid
    celebraron…"). With none in its own sentence, the sentence before may open on them
    ("Los exiliados venezolanos en Madrid celebraron la caída del régimen. «…»,
    gritaban."), a person in a complement there never the plural verb's subject.
    """
    tokens = words_in(text, sentence_start_of(text, pos, 0), pos, index)
    if len(tokens) >= _GROUP_TOKENS and tokens[0].low == "desde":
        return _where_from(text, tokens)
    found = _group_opening(text, tokens)
    if found is None and (len(tokens) <= 1 or verb_like(tokens[0])):
        # the quotation opens its sentence, or the sentence opens on its verb
        back = _end_of_sentence_before(text, pos)
        if back is not None:
            before = words_in(text, sentence_start_of(text, back - 1, 0), back, index)
            found = _group_opening(text, before)
    return found


def _group_opening(text: str, tokens: Sequence[Token]) -> Phrase | None:
    """A plural article, a plural noun in small letters and their plural verb at its start."""
    if len(tokens) < _GROUP_TOKENS or tokens[0].low not in words_of("plural_determiner"):
        return None
    noun = tokens[1]
    if noun.capital or not noun.low.isalpha() or not noun.low.endswith("s") or verb_like(noun):
        return None
    k = 2
    while (
        k < len(tokens)
        and k < _GROUP_REACH_TOKENS
        and not tokens[k].capital
        and tokens[k].low.isalpha()
        and tokens[k].low.endswith("s")
        and not verb_like(tokens[k])
    ):
        k += 1  # "los exiliados venezolanos": adjectives in the plural
    if k < len(tokens) and tokens[k].low in closed_set("group_link"):
        k += 1
        while k < len(tokens) and k < _GROUP_REACH_TOKENS and not verb_like(tokens[k]):
            k += 1
    if k >= len(tokens) or not verb_like(tokens[k]) or not tokens[k].low.endswith("n"):
        return None
    if "," in text[tokens[0].start : tokens[k].start]:
        return None
    end = tokens[k - 1].end
    return Phrase(tokens[0].start, end, PERSON, head=noun.low, plural=True)


def _where_from(text: str, tokens: Sequence[Token]) -> Phrase | None:
    """The body a sentence opening on "Desde" names before its plural verb.

    "Desde comunicación del sindicato explican que «…»": the words come from there,
    whatever the noun, when a plural verb follows it with no comma between.
    """
    k = 1
    while k < len(tokens) and k < _GROUP_REACH_TOKENS and not verb_like(tokens[k]):
        k += 1
    if k < _GROUP_TOKENS - 1 or k >= len(tokens) or not tokens[k].low.endswith("n"):
        return None
    if not verb_like(tokens[k]) or "," in text[tokens[0].start : tokens[k].start]:
        return None
    return Phrase(tokens[1].start, tokens[k - 1].end, ORGANIZATION)


#: An article, a noun and a verb at least.
_GROUP_TOKENS = 3
#: How many words the group and its complement may take before the verb.
_GROUP_REACH_TOKENS = 8


def _group_or_body(phrase: Phrase) -> bool:
    """Whether a plural verb may have ``phrase`` as its subject: a group or an institution."""
    return (phrase.kind == PERSON and phrase.plural) or phrase.kind == ORGANIZATION


def _opening_speaker(text: str, pos: int, index: TokenIndex | None = None) -> Phrase | None:
    """The subject the sentence before ``pos`` opens on, when a verb follows it and it may speak.

    For a quotation no one else is there to say.
    """
    found = opening_subject(text, pos, index)
    if found is None or found.kind not in SPEAKER_KINDS:
        return None
    return found if _verb_right_after(text, found, index) else None


def _verb_right_after(text: str, found: Phrase, index: TokenIndex | None = None) -> bool:
    """Whether a finite verb follows the phrase ``found``, clitics between: its subject."""
    after = words_in(text, found.end, min(len(text), found.end + VERB_AFTER_REACH), index)
    k = 0
    while k < len(after) and after[k].low in words_of("clitic"):
        k += 1  # "El sindicato se negó", "La empresa lo anunció"
    return not (
        k >= len(after) or not verb_like(after[k]) or text[found.end : after[k].start].strip()
    )


def _end_of_sentence_before(text: str, pos: int) -> int | None:
    """Where the sentence before the one holding ``pos`` ends, past the blanks between.

    ``None`` at the text's start, or when more than a paragraph break stands between.
    """
    s_lo = sentence_start_of(text, pos, 0)
    back = s_lo
    while back > 0 and text[back - 1].isspace() and s_lo - back <= BLANK_REACH:
        back -= 1
    if back == 0 or text.count("\n", back, s_lo) > PARAGRAPH_BREAK:
        return None
    return back


@functools.lru_cache(maxsize=4)
def opening_subject(text: str, pos: int, index: TokenIndex | None = None) -> Phrase | None:
    """The phrase the sentence before ``pos`` opens on (its subject, when it names one).

    "El sindicato de choferes convocó a un paro.¶«No hay diálogo posible».": with no
    one else to carry, the quotation is the words of what that sentence was about.
    """
    before = sentence_before(text, pos, index)
    if before is None:
        return None
    tokens = before[2]
    found = phrase_at(text, tokens, 0) if tokens else None
    return None if found is None else found[0]


@functools.lru_cache(maxsize=4)
def sentence_before(
    text: str, pos: int, index: TokenIndex | None = None
) -> tuple[int, int, tuple[Token, ...]] | None:
    """Where the sentence before ``pos`` ends and starts, and its words (``None``: none).

    The speaker readers of one quotation each read that sentence (its opening phrase,
    its main clause, a noun of speech): its words are split once a quotation, not once a
    reader (:func:`attribute_quotes` empties the cache when it is done).
    """
    back = _end_of_sentence_before(text, pos)
    if back is None:
        return None
    lo = sentence_start_of(text, back - 1, 0)
    return back, lo, tuple(words_in(text, lo, back, index))


def agreeing_number(  # noqa: PLR0913, PLR0917
    said: Said | None,
    phrase: Phrase | None,
    groups: Sequence[tuple[int, Phrase]],
    cast: Cast,
    quoted: QuotedSpans,
    pos: int,
    index: TokenIndex | None = None,
) -> Phrase | None:
    """The carried speaker ``phrase``, made to agree in number with the quotation's verb.

    "«…», subrayan.": a plural verb's dropped subject is no one person but the group
    credited last, else the people or the institution the sentence before opens on
    ("Los vecinos cortaron la ruta. «…», explicaron."); with none, the verb is
    impersonal ("en Italia aseguraron") and the speaker carries. "«…», dijo.": a
    singular verb's is no group, but the person the text is about.
    """
    if said is None or said.plural is None:
        return phrase
    if said.plural:
        if phrase is None or singular(phrase):
            # else the people that open the sentence before ("Los vecinos cortaron la
            # ruta. «…», explicaron."), or this one ("Los camioneros argumentan que «…»")
            return (
                plural_subject(groups, pos)
                or introduced_group(cast.text, pos, index)
                or _plain_group(cast.text, pos, index)
                or _earlier_group(cast.text, pos, index)
                or phrase
            )
        return phrase
    if phrase is not None and phrase.plural:
        person = cast.last_person(pos, skip=quoted.holds)
        if person is not None:
            start, end = cast.people[person]
            return Phrase(start, end, PERSON, name=Span(start, end))
    return phrase


def singular(phrase: Phrase) -> bool:
    """Whether ``phrase`` names one person: a plural verb cannot have it as its subject.

    An institution speaks in either number ("el PSOE sostuvo", "en el PSOE aducen").
    """
    return phrase.kind in (PERSON, ANONYMOUS) and not phrase.plural


#: How far back a plural verb's dropped subject is looked for.
_GROUP_REACH = 1500


def plural_subject(groups: Sequence[tuple[int, Phrase]], pos: int) -> Phrase | None:
    """The last group or institution credited before ``pos``, within reach."""
    k = bisect_left(groups, pos, key=lambda g: g[0]) - 1
    if k >= 0 and groups[k][0] >= pos - _GROUP_REACH:
        return groups[k][1]
    return None


def opening_with_verb(text: str, pos: int, index: TokenIndex | None = None) -> Phrase | None:
    """The phrase the sentence before ``pos`` opens on, when a word of a verb's shape follows.

    "Su abogado, en tanto, apelará la medida.": a verb the readers do not list (a
    future, a present) after the opening phrase and its aside is still its verb: a
    lower-case word no function word is, right after the phrase or the aside's comma.
    """
    found = opening_subject(text, pos, index)
    back = _end_of_sentence_before(text, pos)
    if found is None or back is None:
        return None
    after = words_in(text, found.end, back, index)
    k = 0
    if text[found.end : found.end + 1] == ",":
        # an aside between commas: "Su abogado, en tanto, apelará"
        comma = text.find(",", found.end + 1, back)
        if comma < 0:
            return None
        after = words_in(text, comma + 1, back, index)
    elif after and text[found.end : after[0].start].strip():
        return None
    while k < len(after) and after[k].low in words_of("clitic"):
        k += 1
    if k >= len(after):
        return None
    word = after[k]
    if word.capital or not word.low.isalpha() or word.low in stop_words():
        return None
    return found


#: The most line breaks between two paragraphs (a blank line between them), and the
#: most white space read back over between two sentences.
PARAGRAPH_BREAK = 2
BLANK_REACH = 12


def opening_unquoted(
    text: str, pos: int, quoted: QuotedSpans, index: TokenIndex | None = None
) -> Phrase | None:
    """:func:`_opening_speaker`, unless that sentence is inside a quotation.

    "«… El reglamento dice que… Por tanto», ha añadido, «…»": a sentence in the
    speaker's words is what they speak of.
    """
    found = _opening_speaker(text, pos, index)
    return None if found is None or quoted.holds(found.start) else found
