"""Statement channels and framed statements: who speaks through a record, a frame, a channel.

- a record phrase credits its subject: "quedó registrado en el acta", "consta en el
  informe de X" (:func:`records`, searched from where a phrase's first word stands);
- a statement framed by its channel credits who issued it: "En un comunicado, la
  empresa…", "mediante un oficio, el ministerio…", "a través de sus redes sociales, X…"
  (:func:`framed_statements`, ``_channel_frames``);
- an infinitive frame credits the subject after it: "Al ser consultado, el ministro…",
  "Tras reunirse con…, X…" (:func:`infinitive_frames`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

import regex

from noticiaparse._extract.source_documents import cue_reach
from noticiaparse._extract.source_naming import after_opening
from noticiaparse._extract.source_search import QUE_AFTER, QUE_SOON, anywhere, shortest, word_before
from noticiaparse._extract.source_words import (
    ADVERBIAL_REACH,
    LAST_WORD,
    PREVIOUS_REACH,
    adverbial_openers,
)
from noticiaparse._reading import (
    ANONYMOUS,
    DOCUMENT,
    MEDIA,
    MEDIA_REF,
    ORGANIZATION,
    PERSON,
    Phrase,
    Reading,
    phrase_at,
    verb_like,
    word_set,
    words_in,
)
from noticiaparse._reading.vocabulary import closed_set, reporting_infinitives
from noticiaparse._text.gates import matches_at, word_starts
from noticiaparse._text.lexicons import lines, rows
from noticiaparse._text.sentences import sentence_start

__all__ = ["framed_statements", "infinitive_frames", "records"]


#: An infinitive after "al" or "tras" ("al señalar que").
_FRAMED_INFINITIVE = re.compile(r"\b(al|tras)[ \t]+([^\W\d_]+[aei]r)\b")


#: What every match of :data:`_FRAMED_INFINITIVE` opens with, found by string search
#: (the words before a space, then before a tab).
_FRAME_LEADS = ("al ", "al\t", "tras ", "tras\t")


def infinitive_frames(text: str, reading: Reading) -> list[tuple[Phrase, str]]:
    """The subject of a sentence whose verb an infinitive of reporting frames.

    "La ministra Ana Soto fue enfática al señalar que…", "El alcalde cerró el acto
    tras afirmar que…": "al" or "tras" and a reporting verb's infinitive state what
    the subject of the sentence said, as a gerund does. The subject opens the sentence
    (past an opening adverbial and its comma) with its verb right after it; words
    inside a quotation are the speaker's.
    """
    out = []
    lemmas = reporting_infinitives()  # a match ends in "r": the reflexive lemmas never meet it
    for match in _framed_infinitives(text):
        at = match.start()
        if (
            match.group(2) not in lemmas
            or reading.cast.in_quotation(at)
            or QUE_SOON.match(text, match.end()) is None
        ):
            continue
        lo = sentence_start(text, at, 0, reach=PREVIOUS_REACH)
        tokens = words_in(text, lo, at, reading.index)
        first = after_opening(text, tokens)
        found = phrase_at(text, tokens, first) if first < len(tokens) else None
        if found is None or found[1] >= len(tokens) or not verb_like(tokens[found[1]]):
            continue  # the phrase must be the sentence's subject, its verb right after it
        phrase = found[0]
        if phrase.kind in {DOCUMENT, MEDIA_REF}:
            continue
        if phrase.kind != PERSON or phrase.name is not None or phrase.head is not None:
            out.append((phrase, f"{match.group(1)} {match.group(2)}"))
    return out


def _framed_infinitives(text: str) -> Iterator[re.Match[str]]:
    """``_FRAMED_INFINITIVE.finditer(text)``, matched only where its first words stand.

    Every match opens with "al" or "tras" and a space or a tab (:data:`_FRAME_LEADS`),
    which a string search finds several times faster than the pattern's scan of every
    position tries them; the pattern is matched there, past the end of the match
    before, as ``finditer`` does: the same matches, in order.

    Examples:
        >>> text = "Dijo, tras afirmar que sí, que no al votar. Al final, tras él."
        >>> [m.group(2) for m in _framed_infinitives(text)]
        ['afirmar', 'votar']
    """
    leads = _FRAME_LEADS if "\t" in text else _FRAME_LEADS[::2]  # a tab is rare: one search
    return matches_at(_FRAMED_INFINITIVE, text, word_starts(text, leads), anywhere)


@functools.cache
def _record_cue() -> regex.Pattern[str]:
    """A phrase of ``record_cues.txt`` ("consta en", "se desprende del"), in any case."""
    cues = "|".join(
        r"[ \t]+".join(map(regex.escape, cue.split()))
        for cue in sorted(lines("record_cues.txt"), key=len, reverse=True)
    )
    return regex.compile(rf"\b(?:{cues})[ \t]+", regex.IGNORECASE)


#: A record phrase opening on a word this short (the clitic "se") is searched for by its
#: second word: the clitic stands in most sentences, the phrase in few.
_CLITIC = 2


@functools.cache
def _record_searches() -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """What the record phrases are searched for by: first words, and clitics' next words.

    The first word of each phrase of ``record_cues.txt`` ("consta"), lower-cased; for a
    phrase opening on a clitic ("se desprende de"), its second word and the clitic.
    """
    firsts, seconds = set(), set()
    for cue in lines("record_cues.txt"):
        words = cue.lower().split()
        if len(words[0]) <= _CLITIC and len(words) > 1:
            seconds.add((words[1], words[0]))
        else:
            firsts.add(words[0])
    return tuple(sorted(firsts)), tuple(sorted(seconds))


def _record_matches(text: str, low: str | None) -> Iterator[regex.Match[str]]:
    """``_record_cue().finditer(text)``, matched only where a phrase opens.

    Where a first word stands (found in ``low``, the text lower-cased), and for a phrase
    opening on a clitic, where the clitic stands before its second word across spaces or
    tabs; the pattern is matched there, past the end of the match before, as
    ``finditer`` does. A text with no such lower case, or with a long s ("ſ", which the
    case-blind pattern reads as an "s"), is scanned whole.

    Examples:
        >>> text = "Según consta en el acta y como se  desprende del informe."
        >>> [m.group() for m in _record_matches(text, text.lower())]
        ['consta en ', 'se  desprende del ']
    """
    pattern = _record_cue()
    if low is None or "ſ" in low:
        yield from pattern.finditer(text)
        return
    firsts, seconds = _record_searches()
    starts = word_starts(low, shortest(firsts))
    for second, clitic in seconds:
        at = low.find(second)
        while at >= 0:
            first = word_before(low, at, clitic)
            if first >= 0:
                starts.add(first)
            at = low.find(second, at + 1)
    yield from matches_at(pattern, text, starts, anywhere, cue_reach)


#: How far after "del" a document's name may run ("del informe de la Contraloría").
_RECORD_REACH = 80


#: What closes a document's name after "del": a mark, "que", a clause.
_RECORD_END = regex.compile(r"[,.;:()«»“”\"\n]|[ \t]que\b")


def records(text: str, low: str | None, reading: Reading) -> list[tuple[Phrase, str]]:
    """The documents a record's phrase names: "según consta en el expediente".

    "Según consta en el expediente, …", "como se lee en el acta de la sesión", "según se
    desprende del informe de la Contraloría", "consta en el acta que…": the document
    after the phrase (``record_cues.txt``), led by "según", "como", "así" or followed by
    "que", is where the information stands, a source as "según el expediente" makes it;
    words inside a quotation are the speaker's.

    The pattern is matched only where a phrase opens (:func:`_record_matches`); ``low``
    is the text lower-cased (:func:`source_search.lowered`).
    """
    if not any(word in text for word in ("onsta", " lee ", "igura", "esprend", "educe")):
        return []
    out = []
    documents = word_set("document_cues.txt")
    for match in _record_matches(text, low):
        if reading.cast.in_quotation(match.start()):
            continue
        cue = " ".join(match.group().lower().split())
        end = match.end()
        if cue.endswith(" del"):
            words = text[end : end + _RECORD_REACH].split(maxsplit=1)
            stop = _RECORD_END.search(text, end, end + _RECORD_REACH)
            if not words or words[0].lower() not in documents or stop is None:
                continue
            phrase = Phrase(end, stop.start(), DOCUMENT, head=words[0].lower())
        else:
            tokens = words_in(text, end, end + _RECORD_REACH, reading.index)
            found = phrase_at(text, tokens, 0) if tokens else None
            if found is None or found[0].kind != DOCUMENT:
                continue
            phrase = found[0]
        lead = text[max(0, match.start() - LAST_WORD) : match.start()].split()[-1:]
        if (lead and lead[0].lower() in closed_set("record_lead")) or QUE_AFTER.match(
            text, phrase.end
        ):
            # "según consta en el acta", "consta en el acta que…"; not "La casa figura en
            # el catastro", where the record holds a thing
            out.append((phrase, cue))
    return out


@functools.cache
def _channel_frame() -> regex.Pattern[str]:
    """A statement's channel after its preposition and determiner, then its comma.

    "En un comunicado, ", "A través de su cuenta oficial, ", "mediante una
    declaración pública emitida este lunes, " (``statement_channels.txt``).
    """
    nouns = "|".join(
        r"[ \t]+".join(map(regex.escape, noun.split()))
        for noun in sorted(lines("statement_channels.txt"), key=len, reverse=True)
    )
    return regex.compile(
        r"\b(?:en|a[ \t]+través[ \t]+de|mediante|por[ \t]+medio[ \t]+de)[ \t]+"
        r"(?:un|una|unas|unos|su|sus|el|la|los|las)[ \t]+(?:\p{Ll}+[ \t]+)?"
        rf"(?P<noun>{nouns})\b[^,.;:«»“”\"\n]{{0,{_FRAME_TAIL}}},[ \t]+",
        regex.IGNORECASE,
    )


#: The most characters a channel's complement runs before its comma ("en un comunicado
#: difundido este lunes por la noche, ").
_FRAME_TAIL = 60


#: The kinds of a subject a channel makes a source.
_SPEAKING_KINDS = frozenset({PERSON, ORGANIZATION, MEDIA, ANONYMOUS})


def framed_statements(text: str, low: str | None, reading: Reading) -> list[tuple[Phrase, str]]:
    """The subjects of sentences framed by a statement's channel, whatever their verb.

    "En un comunicado, la Cancillería rechazó las declaraciones", "Por medio de sus
    redes sociales, la alcaldía pidió calma": the frame opens the sentence and the
    subject follows its comma, then the verb; "La Cancillería, en un comunicado,
    rechazó…": the frame is an aside between the subject opening the sentence and the
    verb. What follows is what the subject stated, a source (``statement_channels.txt``).
    """
    out = []
    for match in _channel_frames(text, low):
        if reading.cast.in_quotation(match.start()):
            continue
        lo = sentence_start(text, match.start(), 0, reach=ADVERBIAL_REACH)
        noun = " ".join(match.group("noun").lower().split())
        lead = text[lo : match.start()].split()
        if lead and lead[-1].endswith(",") and lead[0].lower().rstrip(",") in adverbial_openers():
            lo = match.start()  # "Ayer, en un comunicado, la empresa rechazó…"
        if lo == match.start():
            tokens = words_in(text, match.end(), match.end() + ADVERBIAL_REACH, reading.index)
            found = phrase_at(text, tokens, 0) if tokens else None
            verb = found[1] if found is not None else 0
        else:
            tokens = words_in(text, lo, match.end() + ADVERBIAL_REACH, reading.index)
            found = phrase_at(text, tokens, 0) if tokens else None
            if found is None or text[found[0].end : match.start()].strip() != ",":
                continue  # the aside stands right after the subject that opens the sentence
            verb = next((k for k, tok in enumerate(tokens) if tok.start >= match.end()), 0)
        if (
            found is None
            or found[0].kind not in _SPEAKING_KINDS
            or not 0 < verb < len(tokens)
            or tokens[verb].capital
            or tokens[verb].low in _stop_words()
            or (lo == match.start() and text[tokens[verb - 1].end : tokens[verb].start].strip())
        ):
            continue  # the subject, then its verb with nothing between
        out.append((found[0], noun))
    return out


@functools.cache
def _frame_rest() -> str:
    """What follows a frame's preposition in every match of :func:`_channel_frame`, lower-cased.

    A determiner, at most one word, a channel's noun (``statement_channels.txt``), then
    its comma within the complement's reach, as the standard engine reads it.
    """
    nouns = "|".join(
        r"[ \t]+".join(map(re.escape, noun.split()))
        for noun in sorted(lines("statement_channels.txt"), key=len, reverse=True)
    )
    return (
        r"[ \t]+(?:un|una|unas|unos|su|sus|el|la|los|las)[ \t]+(?:[^ \t]+[ \t]+)?"
        rf"(?:{nouns})[^,.;:«»“”\"\n]{{0,{_FRAME_TAIL}}},[ \t]"
    )


@functools.cache
def _frame_head() -> re.Pattern[str]:
    """What every match of :func:`_channel_frame` holds, lower-cased, in the standard engine.

    Its preposition and :func:`_frame_rest`: where this fails (most "en el", "en la" of a
    page lead to no channel), the case-blind pattern, a few times slower, is not tried.
    """
    return re.compile(
        r"(?:en|a[ \t]+través[ \t]+de|mediante|por[ \t]+medio[ \t]+de)" + _frame_rest()
    )


@functools.cache
def _frame_en() -> re.Pattern[str]:
    """The "en" of each frame :func:`_frame_head` matches, the rest looked ahead at.

    Its literal first: the engine finds each "en" as a string search does, and reads the
    rest there in C, where a search for "en " had a Python step at each of them.
    """
    return re.compile(f"en(?={_frame_rest()})")


#: The words searched for each frame's start but "en", and the word each stands after
#: ("a través").
_FRAME_FIRSTS = (("mediante", ""), ("través", "a"), ("medio", "por"))


def _channel_frames(text: str, low: str | None) -> Iterator[regex.Match[str]]:
    """``_channel_frame().finditer(text)``, matched only where a frame's first word stands.

    The case-blind scan tries the pattern at every position of the text; here the
    first words are found in ``low`` (the text lower-cased at the same offsets): "en"
    where :func:`_frame_en` finds it, "mediante" by string search where it stands, "a"
    and "por" back from "través" and "medio" across the spaces between. Where
    :func:`_frame_head` matches, the pattern is matched, past the end of the match
    before, as ``finditer`` does: the same matches, in order. A text without such a
    lower case, or with a long s ("ſ", which the case-blind pattern reads as an "s"), is
    scanned whole.

    Examples:
        >>> text = "Ayer, en un comunicado, la firma dijo. Mediante sus redes sociales, la liga."
        >>> [m.group("noun") for m in _channel_frames(text, text.lower())]
        ['comunicado', 'redes sociales']
    """
    pattern = _channel_frame()
    if low is None or "ſ" in low:
        yield from pattern.finditer(text)
        return
    positions = {match.start() for match in _frame_en().finditer(low)}
    head = _frame_head()
    for word, back in _FRAME_FIRSTS:
        at = low.find(word)
        while at >= 0:
            if not back:
                positions.add(at)
            else:
                # "a través", "por medio": the first word before the spaces or tabs
                first = word_before(low, at, back)
                if first >= 0:
                    positions.add(first)
            at = low.find(word, at + 1)
    yield from matches_at(pattern, text, positions, lambda at: head.match(low, at) is not None)


@functools.cache
def _stop_words() -> frozenset[str]:
    return frozenset(row[0] for row in rows("function_words.tsv"))
