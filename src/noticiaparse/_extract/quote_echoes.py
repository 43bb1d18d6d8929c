"""Echoes: a later sentence that takes a quotation back and names who said it.

"«…». Así lo afirmó X", "«…». Con esas palabras, la fiscal X cerró…", "«…». La frase
es de la diputada X", "«…». Tal fue la reflexión del concejal X": the speaker of a
quotation read in the next sentence's words pointing back at it, and the kind that
sentence gives it.
"""

from __future__ import annotations

import functools
import heapq
from array import array
from bisect import bisect_left
from collections.abc import Sequence

import regex

from noticiaparse._extract.quote_after import (
    MAX_STEPPED,
    adverbs_auxiliaries,
    postverbal_subject,
    speech_noun_owner,
)
from noticiaparse._extract.quote_said import SPEAKER_KINDS, Said
from noticiaparse._extract.quote_words import ALNUM_RUN, SENTENCE_STOPS
from noticiaparse._model import QuoteKind
from noticiaparse._reading import (
    PERSON,
    Cast,
    Phrase,
    RawQuote,
    Token,
    TokenIndex,
    phrase_after,
    phrase_at,
    plural_verb,
    reporting_participle,
    reporting_verb,
    words_in,
    words_of,
)
from noticiaparse._reading.attributions import fused_role
from noticiaparse._reading.subjects import main_subject
from noticiaparse._text.lazy import lazy_regex
from noticiaparse._text.lexicons import rows
from noticiaparse._text.sentences import sentence_end
from noticiaparse._text.sentences import sentence_start as sentence_start_of
from noticiaparse._text.span import Span

__all__ = ["Pointers", "Repeats", "echo_credit"]


@functools.cache
def _echo_leads(*, paragraph: bool = False) -> regex.Pattern[str]:
    """The words that open a sentence pointing back at the quotation before (``echo_leads.tsv``).

    Group ``echo`` a lead a reporting verb follows, ``words`` one a clause follows,
    ``owner`` one the speaker follows, ``noun`` one a noun for what was said follows.
    ``paragraph``: the leads where the paragraph opens, no stop or space before them.
    """
    kinds: dict[str, list[str]] = {}
    for lead, kind in rows("echo_leads.tsv"):
        kinds.setdefault(kind, []).append(r"\s+".join(map(regex.escape, lead.split())))
    alternatives = "|".join(
        f"(?P<{kind}>{'|'.join(sorted(leads, key=len, reverse=True))})"
        # a noun's lead last: "fueron" opens "fueron palabras de", an owner's lead
        for kind, leads in sorted(kinds.items(), key=lambda item: (item[0] == "noun", item[0]))
    )
    gap = "" if paragraph else r"[ \t]{0,3}\.?[ \t]{1,3}"
    return regex.compile(rf"{gap}(?i:{alternatives})\b,?[ \t]{{1,3}}")


def _owner_fused(
    text: str, lead: regex.Match[str], tokens: Sequence[Token]
) -> tuple[Phrase, int] | None:
    """The owner a lead ending on "del" or "al" names: the role's article is in it.

    "«…». Son palabras del jefe policial a cargo", "La frase es del comisario X", "La
    frase pertenece al fiscal X" ("a" + "el" as "de" + "el"). The lead's "del" or "al"
    is no token of ``tokens``: their first stands in its place.
    """
    if lead.group("owner") is None or not lead.group(0).rstrip(" \t,").lower().endswith(
        (" del", " al")
    ):
        return None
    return fused_role(text, (tokens[0], *tokens), 1)


def _echo_after(  # noqa: PLR0913 - the quotation, its reach and a lead read already
    text: str,
    raw: RawQuote,
    hi: int,
    index: TokenIndex | None,
    pointers: Pointers,
    *,
    lead: regex.Match[str] | None = None,
) -> Said | None:
    """The speaker of the sentence right after a quotation that points back at it.

    "«…». Así lo afirmó el vocero Manuel Adorni": the subject of the verb after the
    lead; "«…». Con esas palabras, la fiscal Ana Ortiz cerró la audiencia": the
    clause's subject; "«…». La frase es de la diputada Gloria Paz": the owner named;
    "«…». Tal fue la reflexión del concejal X": the owner of the noun for the words.
    """
    if raw.dash or raw.recovered:
        return None
    if lead is None:
        lead = _echo_leads().match(text, raw.close_at + 1, hi)
    if lead is None:
        return _answered_after(text, raw, hi, pointers, index) or _subject_echo(
            text, raw, hi, index
        )
    tokens = words_in(text, lead.end(), min(hi, lead.end() + 200), index)
    if not tokens:
        return None
    if lead.group("noun") is not None:
        # "«…». Tal fue la reflexión del concejal X": the owner of the noun for the words
        return speech_noun_owner(text, tokens, 0, hi, index)
    if lead.group("words") is not None or lead.group("owner") is not None:
        found = phrase_at(text, tokens, 0) or _owner_fused(text, lead, tokens)
        if found is not None and found[0].kind in SPEAKER_KINDS:
            return Said(found[0], None, explicit=True)
        if lead.group("owner") is not None:
            return None
    # "«…». Así lo afirmó X", "«…». Con esas palabras describió X el incendio": the
    # verb first, its subject after it
    return _echo_verb_subject(text, tokens, hi, index)


def _subject_echo(text: str, raw: RawQuote, hi: int, index: TokenIndex | None) -> Said | None:
    """The subject of the next sentence when it takes the quotation back with "lo".

    "«No hay control de nada». La fiscal Ana Ruiz lo dijo sin rodeos.": a subject, the
    clitic "lo" and a reporting verb open the sentence right after the quotation (an
    ``echo`` lead of ``echo_leads.tsv``): it says who said the words.
    """
    gap = text[raw.close_at + 1 : raw.close_at + 4]
    if not gap.startswith(". ") or not gap[2:3].isupper():  # the gate: a new sentence
        return None
    tokens = words_in(text, raw.close_at + 3, min(hi, raw.close_at + _SUBJECT_ECHO_REACH), index)
    found = phrase_at(text, tokens, 0)
    if found is None or found[0].kind not in SPEAKER_KINDS:
        return None
    phrase, j = found
    if j + 1 >= len(tokens) or tokens[j].low not in _echo_clitics():
        return None
    verb = tokens[j + 1]
    if not reporting_verb(verb.text, after_quote=True):
        return None
    return Said(phrase, verb.text, explicit=True, plural=plural_verb(tokens, j + 1))


@functools.cache
def _echo_clitics() -> frozenset[str]:
    """The one-word ``echo`` leads of ``echo_leads.tsv`` that are clitics ("lo")."""
    return frozenset(lead for lead, kind in rows("echo_leads.tsv") if kind == "echo") & words_of(
        "clitic"
    )


#: How far after a quotation the subject that takes it back with "lo" is read.
_SUBJECT_ECHO_REACH = 120


def _echo_verb_subject(
    text: str, tokens: Sequence[Token], hi: int, index: TokenIndex | None
) -> Said | None:
    """The subject after the reporting verb that opens ``tokens`` (auxiliaries stepped over)."""
    k = 0
    stepped = adverbs_auxiliaries()
    while k < len(tokens) and k < MAX_STEPPED and tokens[k].low in stepped:
        k += 1
    if k >= len(tokens) or not (
        reporting_verb(tokens[k].text, after_quote=True) or reporting_participle(tokens[k].text)
    ):
        return None
    phrase = phrase_after(text, tokens[k].end, hi, index)
    if phrase is None:
        phrase = postverbal_subject(text, tokens, k, hi, index)
    if phrase is None or phrase.kind not in SPEAKER_KINDS:
        return None
    return Said(phrase, tokens[k].text, explicit=True, plural=plural_verb(tokens, k))


#: The words after a reporting verb that point back at what was just quoted ("respondió
#: así", "se expresó de esta manera").
_BACK_POINTERS = lazy_regex(
    r"\s{1,3}(?:así|de\s+esta\s+(?:forma|manera)|de\s+este\s+modo|en\s+estos\s+términos)\b"
)


#: How far after a quotation the sentence that points back at it is looked for.
_ANSWERED_REACH = 600


def _answered_after(
    text: str, raw: RawQuote, hi: int, pointers: Pointers, index: TokenIndex | None = None
) -> Said | None:
    """The subject of the next sentence when its reporting verb points back with "así".

    "«La economía crece», afirmó en rueda de prensa. El vocero presidencial, Manuel
    Adorni, respondió así a las críticas.": the next sentence names who spoke, its verb
    followed by "así" ("de esta manera", "en estos términos") pointing at the words.
    """
    if not pointers.within(raw.close_at, min(hi, raw.close_at + _ANSWERED_REACH)):
        return None  # no word that points back (most quotations: nothing more is read)
    stop = sentence_end(text, raw.close_at + 1, hi)
    if stop >= hi:
        return None
    nxt = sentence_end(text, stop + 1, hi)
    if _BACK_POINTERS().search(text, stop + 1, nxt) is None:
        return None  # no "así" there to point back (most sentences: read no further)
    found = main_subject(text, nxt, stop + 1, index)
    if found is None or found[0].kind not in SPEAKER_KINDS:
        return None
    phrase, verb = found
    tokens = words_in(text, verb, nxt, index)
    k = 1 if tokens and tokens[0].low in words_of("clitic") else 0
    if k >= len(tokens) or not reporting_verb(tokens[k].text):
        return None
    if _BACK_POINTERS().match(text, tokens[k].end) is None:
        return None
    return Said(phrase, tokens[k].text, explicit=True)


class Pointers:
    """Where the words that may point back at a quotation stand in a text, found once.

    "así", " de est" ("de esta manera", "de este modo"), " en estos " ("en estos
    términos"): :func:`_answered_after` reads on only when one stands within its reach
    after a quotation. Looked up by bisection, not looked for in a copy of the
    stretch after each quotation (a page of quoted words has one every few characters).
    Each is found by string search (in C), overlapping ones too: no two of them start
    at one place (their first two characters differ), so their starts are where the
    words stand, in order.
    """

    __slots__ = ("_ends", "_starts")

    _WORDS = ("así", " de est", " en estos ")
    #: A place found is kept as ``start << _SIZE_BITS | length`` (one sortable number).
    _SIZE_BITS = 4

    def __init__(self, text: str) -> None:
        found = []
        for word in self._WORDS:
            places = array("q")
            at = text.find(word)
            while at >= 0:
                places.append(at << self._SIZE_BITS | len(word))
                at = text.find(word, at + 1)
            found.append(places)
        mask = (1 << self._SIZE_BITS) - 1
        places = array("q", heapq.merge(*found))
        starts = array("q", (place >> self._SIZE_BITS for place in places))
        ends = array("q", ((place >> self._SIZE_BITS) + (place & mask) for place in places))
        # the nearest end from each one on, so that one lookup finds any that fits
        for k in range(len(ends) - 2, -1, -1):
            ends[k] = min(ends[k], ends[k + 1])
        self._starts, self._ends = starts, ends

    def within(self, lo: int, hi: int) -> bool:
        """Whether one of the words stands wholly in ``text[lo:hi]``."""
        k = bisect_left(self._starts, lo)
        return k < len(self._starts) and self._ends[k] <= hi


def echo_credit(  # noqa: PLR0913, PLR0917 - the loop's state, as its siblings
    text: str,
    raw: RawQuote,
    bounds: Span,
    index: TokenIndex | None,
    pointers: Pointers,
    credit: tuple[Said | None, QuoteKind],
) -> tuple[Said | None, QuoteKind]:
    """``credit`` (the attribution and kind read so far), or the sentence after's.

    A quotation with no explicit speaker takes the one a sentence after it points back
    with (:func:`_echo_after`), and is no term then (:func:`_echoed_kind`).
    """
    said, kind = credit
    if raw.depth or (said is not None and said.explicit):
        return credit
    echoed = _echo_after(text, raw, bounds.end, index, pointers)
    if echoed is None:
        echoed = _echo_next_paragraph(text, raw, bounds, index, pointers)
    if echoed is None:
        return credit
    return echoed, _echoed_kind(text, raw, kind, bounds.start)


#: What may stand after a quotation that closes its paragraph: its full stop, spaces.
_PARAGRAPH_CLOSE = lazy_regex(r"[ \t]{0,3}[.]?[ \t]{0,3}\n\s{0,6}+")


def _echo_next_paragraph(
    text: str, raw: RawQuote, bounds: Span, index: TokenIndex | None, pointers: Pointers
) -> Said | None:
    """The speaker the next paragraph names when it opens pointing back at the quotation.

    "«Faltan médicos en toda la región».¶Así lo afirmó el ministro Pedro Gil…": a
    quotation set as a paragraph of its own, nothing of the writer's before or after it
    in that paragraph, is taken back by the paragraph after it as by the sentence after
    it (the leads of ``echo_leads.tsv`` only, where that paragraph opens).
    """
    if raw.dash or raw.recovered:
        return None
    gap = _PARAGRAPH_CLOSE().match(text, raw.close_at + 1)
    if gap is None or gap.end() < bounds.end:
        return None  # the paragraph goes on after it (most quotations: read no further)
    if ALNUM_RUN.search(text, bounds.start, raw.open_at) is not None:
        return None  # the writer's words before it: no quotation standing alone
    hi = text.find("\n", gap.end())
    hi = len(text) if hi < 0 else hi
    lead = _echo_leads(paragraph=True).match(text, gap.end(), hi)
    if lead is None:
        return None
    return _echo_after(text, raw, hi, index, pointers, lead=lead)


def _echoed_kind(text: str, raw: RawQuote, kind: QuoteKind, floor: int) -> QuoteKind:
    """``kind``, or someone's words for a term the next sentence credits to a speaker.

    "«Una vergüenza». Así lo dijo el ministro.": a quotation that stands as a sentence
    of its own, which the sentence after it gives to a speaker (:func:`_echo_after`), is
    nobody's term: direct when capitalised, else partial.
    """
    if kind is not QuoteKind.TERM:
        return kind
    lo = sentence_start_of(text, raw.open_at, floor)
    if ALNUM_RUN.search(text, lo, raw.open_at) is not None:
        return kind
    if text[raw.close_at + 1 : raw.close_at + 2] not in SENTENCE_STOPS:
        return kind
    first = text[raw.start : raw.end].lstrip("¿¡([…]). ")[:1]
    return QuoteKind.DIRECT if first.isupper() else QuoteKind.PARTIAL


#: The fewest characters a quotation holds to be known again when repeated.
_REPEAT_MIN = 20


class Repeats:
    """The named speakers of the quotations credited so far, by their words.

    A page repeats a quotation: the headline's "Ana Paz: «…»" comes back in the body,
    "«…», dijo la ministra", where the role may be left unlinked to the name. The
    same words, or a part of them, are the same person's: the body's quotation takes
    the person the earlier one was given when its own speaker is no one, or a role
    the cast links to no name.
    """

    def __init__(self, text: str, cast: Cast) -> None:
        self.text = text
        self.cast = cast
        self.named: list[tuple[RawQuote, Phrase]] = []  # read into words only when asked

    def _key(self, raw: RawQuote) -> str:
        return " ".join(self.text[raw.start : raw.end].split()).casefold().strip(".,;:")

    def _unnamed(self, phrase: Phrase | None) -> bool:
        if phrase is None:
            return True
        if phrase.kind != PERSON or phrase.name is not None or phrase.plural:
            return False
        entity = self.cast.resolve(phrase)
        return (entity.start, entity.end) == (phrase.start, phrase.end)

    def speaker(self, raw: RawQuote, phrase: Phrase | None) -> Phrase | None:
        """``phrase``, or the person who said the same words before, when it names no one."""
        if raw.end - raw.start < _REPEAT_MIN:
            return phrase
        if phrase is not None and phrase.kind == PERSON and phrase.name is not None:
            self.named.append((raw, phrase))
            return phrase
        if not self.named or not self._unnamed(phrase):
            return phrase
        key = self._key(raw)
        for earlier, said in self.named:
            words = self._key(earlier)
            if key in words or words in key:
                return said
        return phrase
