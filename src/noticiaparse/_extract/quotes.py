"""Quotations: classify them, attribute them.

The quotations themselves are found once, with the rest of the article's reading
(:mod:`noticiaparse._reading.quotations`). Each is then classified (direct, partial,
term, title) from its shape and the words around it, and direct and partial ones are
attributed to a speaker through :mod:`noticiaparse._reading`.
"""

from __future__ import annotations

import functools
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence

import attrs
import regex

from noticiaparse._extract.quote_after import after_close
from noticiaparse._extract.quote_before import (
    agreeing_main_speaker,
    interpolated_cue,
    read_before,
    sentence_holder,
)
from noticiaparse._extract.quote_carries import (
    SPOKEN,
    carried_past,
    carry,
    continuing,
    crediting_cues,
    declined,
    epithet_person,
    first_voice,
    fuller_role,
    interview_subject,
    introduced_between,
    introduced_subject,
    introduced_unnamed,
    named_in_sentence,
    not_named_inside,
    opinion_anchors,
    speech_owner_before,
    spoke_since,
    subject_in_sentence,
    topic_since,
    topic_subject,
    verb_subjects,
)
from noticiaparse._extract.quote_clauses import cue_close, own_view
from noticiaparse._extract.quote_dialogue import (
    Dialogue,
    by_initials,
    turn_credit,
    turn_spans,
    within_turn,
)
from noticiaparse._extract.quote_echoes import Pointers, Repeats, echo_credit
from noticiaparse._extract.quote_kinds import classify
from noticiaparse._extract.quote_openings import (
    agreeing_number,
    opening_subject,
    opening_unquoted,
    plural_subject,
    sentence_before,
    singular,
)
from noticiaparse._extract.quote_pronouns import (
    continuing_role,
    epithet_gender,
    pair_referent,
    pronoun_referent,
)
from noticiaparse._extract.quote_said import SPEAKER_KINDS, QuotedSpans, Said
from noticiaparse._extract.quote_sequels import verb_clitics
from noticiaparse._extract.quote_titles import named_by_participle
from noticiaparse._extract.quote_words import ALNUM_RUN, any_between, before_words
from noticiaparse._extract.speakers import rerank
from noticiaparse._model import Quote, QuoteKind, Segment
from noticiaparse._reading import (
    DOCUMENT,
    ORGANIZATION,
    PERSON,
    Attribution,
    Cast,
    Credit,
    Phrase,
    RawQuote,
    Reading,
    TokenIndex,
    Turn,
    endings_of,
    phrase_after,
    reporting_participle,
    reporting_verb,
    word_set,
    words_of,
)
from noticiaparse._reading.vocabulary import closed_set
from noticiaparse._text.lazy import lazy_regex
from noticiaparse._text.sentences import REACH, breaks_between, sentence_bounds
from noticiaparse._text.span import Span
from noticiaparse._text.spine import Spine

__all__ = ["attribute_quotes", "classify_quotes", "credit_quotes", "find_quotes", "public_quotes"]


def find_quotes(spine: Spine, reading: Reading) -> tuple[Quote, ...]:
    """Every quotation of the article ``reading``, classified and attributed.

    Examples:
        >>> from noticiaparse._reading import read_article
        >>> from noticiaparse._text.spine import build_spine
        >>> spine = build_spine("«No vamos a retroceder», dijo la ministra Ana Soto.")
        >>> reading = read_article(spine.text, [(0, len(spine.text))])
        >>> [(q.text, q.kind.value, q.speaker.text) for q in find_quotes(spine, reading)]
        [('No vamos a retroceder', 'direct', 'Ana Soto')]
    """
    return public_quotes(spine, reading, credit_quotes(reading))


def public_quotes(spine: Spine, reading: Reading, said: Sequence[Credit]) -> tuple[Quote, ...]:
    """The public :class:`Quote` of each of ``said``, in the caller's offsets."""
    cast = reading.cast
    out = []
    texts: dict[str, str] = {}  # one copy of each quotation's text ("Sí" said again and again)
    for credit in said:
        raw = credit.quotation
        content, o_start, o_end = spine.shown(raw.start, raw.end)
        if not content:
            continue
        content = texts.setdefault(content, content)
        speaker: Segment | None = None
        if credit.speaker is not None:
            entity = cast.resolve(credit.speaker, heard=True)
            speaker = spine.segment(entity.start, entity.end)
        out.append(
            Quote(
                text=content,
                start=o_start,
                end=o_end,
                kind=credit.kind,
                speaker=speaker,
                cue=credit.cue,
            )
        )
    return tuple(out)


def credit_quotes(reading: Reading) -> tuple[Credit, ...]:
    """What each quotation of ``reading`` is (direct, partial, term, title) and who said it.

    In two steps (:func:`classify_quotes`, then :func:`attribute_quotes`), so that a
    parse can let the word index go between them.
    """
    return attribute_quotes(reading, classify_quotes(reading))


def attribute_quotes(reading: Reading, found: _Found) -> tuple[Credit, ...]:
    """The credit of each quotation ``found`` in ``reading`` (:func:`classify_quotes`).

    Reads no word of the index: ``reading`` may be :meth:`Reading.without_words`.
    """
    if not found:
        return ()
    # the cues of the writer's text with a subject: the speakers a quotation may carry
    attributions = [a for a in reading.attributions.found if not a.quoted and a.phrase is not None]
    # the speakers' windows are slices of the word index while the reading keeps it
    found.index = reading.index if len(reading.index.starts) else None
    try:
        return _spoken_for(
            reading, rerank(reading, _attribute(reading.text, reading.cast, found, attributions))
        )
    finally:
        # the memos of the sentence before a quotation hold the text: let it go
        sentence_before.cache_clear()
        opening_subject.cache_clear()


def _spoken_for(reading: Reading, said: tuple[Credit, ...]) -> tuple[Credit, ...]:
    """``said``, a state's or an institution's words given to the person who spoke for it.

    A headline or a lead credits the words to the body ("Chile promete una respuesta
    «firme»"); the text quotes the same words again from the person who said them ("El
    canciller Luis Mena prometió una respuesta «firme»"): that person is the speaker of
    both. Only the same words, quoted later in another paragraph, from a named person.
    """
    text = reading.text
    cast = reading.cast
    by_words: dict[str, Credit] = {}
    institutional: list[tuple[int, str]] = []  # (the credit's place, its words)
    for k, credit in enumerate(said):
        speaker = credit.speaker
        if credit.kind not in (QuoteKind.DIRECT, QuoteKind.PARTIAL) or speaker is None:
            continue
        raw = credit.quotation
        words = " ".join(text[raw.start : raw.end].lower().split())
        if speaker.kind is ORGANIZATION and speaker.name is not None:
            institutional.append((k, words))
        elif speaker.kind is PERSON and speaker.name is not None and not speaker.plural:
            by_words.setdefault(words, credit)
    if not institutional or not by_words:
        return said
    out = list(said)
    for k, words in institutional:
        credit = said[k]
        raw = credit.quotation
        again = by_words.get(words)
        if (
            again is not None
            and again.quotation.start > raw.end
            and breaks_between(text, raw.end, again.quotation.start)
            and again.speaker is not None
            and cast.resolve(again.speaker).kind is PERSON
        ):
            out[k] = attrs.evolve(credit, speaker=again.speaker)
    return tuple(out)


def classify_quotes(reading: Reading) -> _Found:
    """What each quotation of ``reading`` is and the attribution read around it.

    The kind (direct, partial, term, title) and the speaker's words before or after
    the quotation, read with the word index; who said it is settled after
    (:func:`attribute_quotes`).
    """
    text = reading.text
    regions = reading.regions
    raws = reading.quotations
    found = _Found(raws)
    if not raws:
        return found
    index = reading.index
    read = reading.attributions
    # every cue of the writer's text (a verb with no subject still governs its clause)
    cues = [a for a in read.found if not a.quoted]
    subjects = read.subjects
    region_of = _region_index(regions)
    cue_starts = [a.cue_start for a in cues]
    pointers = Pointers(text)
    last_close = -1
    last_partial = -1  # the closing mark of the quotation before when it is partial
    last_direct = -1  # the same when it is direct
    said_partial = -1  # the closing mark of the last partial one
    # the words of the partial quotations so far, the text of the direct and partial ones
    partials: tuple[set[str], list[str]] = (set(), [])
    previous: Said | None = None
    outer: RawQuote | None = None
    for raw in raws:
        region = region_of(raw.start)
        lo, hi = regions[region] if region >= 0 else (0, len(text))
        if raw.end > hi:
            last = region_of(raw.end)
            hi = regions[last][1] if last >= 0 else raw.end
        # words before an earlier quotation of the paragraph belong to that one
        floor = max(lo, last_close + 1) if last_close < raw.open_at else lo
        last_close = max(last_close, raw.close_at)
        said = after_close(text, raw, hi, index) if raw.depth == 0 else None
        outer = raw if raw.depth == 0 else outer
        before = read_before(text, raw, floor, outer, index, subjects)
        if raw.depth == 0:
            if before is None and floor > lo and not breaks_between(text, floor, raw.open_at):
                before = previous  # "X dijo: «…» y «…»": the same attribution
            elif (
                before is not None
                and before.phrase is None
                and previous is not None
                and previous.phrase is not None
                and _coordinated_verb().match(text, floor, raw.open_at) is not None
            ):
                # "X señaló que Gil «…» y recordó que «…»": the verb after "y" goes on
                # with the first one's subject, never with a name of the clause between
                before = Said(previous.phrase, before.cue, previous.explicit)
            previous = before
        # the quotation is the complement of its cue: said right after it, or given
        # within a few words after the verb or "según" ("ha considerado «esencial»")
        attributed = (
            (said is not None and said.explicit)
            or (before is not None and before.explicit and cue_close(text, raw.open_at, floor))
            or _cue_phrase_before(text, before, raw.open_at)
        )
        if said is None or (not said.explicit and before is not None and before.explicit):
            said = before if before is not None else said
        in_sentence, verb_que, incise = _sentence_cues(text, raw, cues, cue_starts, Span(lo, hi))
        said = _incise_said(text, said, incise, hi, index)
        said = _inner_incise(text, raw, said, index)  # "«… —dijo X—, …»"
        kind = classify(
            text,
            raw,
            floor,
            verb_near=said is not None or in_sentence,
            verb_que=verb_que,
            attributed=attributed or incise is not None,
            after_partial=last_partial if raw.depth == 0 else -1,
            after_direct=last_direct if raw.depth == 0 else -1,
            sentence_partial=_in_sentence_after(text, said_partial, raw),
            index=index,
        )
        kind = _quoted_again(
            text,
            raw,
            # a term the reporting verb before it credits is its subject's fragment
            _credited_fragment(text, raw, floor, kind, said if said is before else None),
            partials,
        )
        said, kind = echo_credit(text, raw, Span(floor, hi), index, pointers, (said, kind))
        if raw.depth == 0:
            last_partial = raw.close_at if kind is QuoteKind.PARTIAL else -1
            last_direct = raw.close_at if kind is QuoteKind.DIRECT else -1
            said_partial = raw.close_at if kind is QuoteKind.PARTIAL else said_partial
        found.append(kind, said)
    return found


def _credited_fragment(
    text: str, raw: RawQuote, floor: int, kind: QuoteKind, before: Said | None
) -> QuoteKind:
    """``kind``, or partial for a fragment the reporting verb before it credits to a speaker.

    "El ministro criticó este martes, en la sesión del Senado, el «doble estándar» de la
    oposición": a word or two in small letters, set in the sentence whose reporting verb
    has a person or a group for subject before them, are that speaker's
    words (ANNOTATION.md, ``partial``), however far from the verb the object runs. Not
    the object of a preposition, article or not ("pidió el indulto a «presos del
    18-O»", "el mal estado de la «cancha»": a label in a noun's complement) nor a name
    the writer gives ("el llamado «…»"); a term
    the classifier reads from a colon, a nickname or a capital stays one (see
    ``docs/quotes.md``, Kinds: the attribution's second look).
    """
    if (
        kind is not QuoteKind.TERM
        or before is None
        or raw.depth
        or not before.explicit
        or before.phrase is None
        or before.phrase.kind not in SPEAKER_KINDS
        # read in the writer's words since the quotation before, not carried over it
        or not floor <= before.phrase.start < before.phrase.end <= raw.open_at
        or not text[raw.start : raw.start + 1].islower()
        or not _past_cue(before.cue)
    ):
        return kind
    prev = before_words(text, raw.open_at, floor)
    if (
        not prev
        or prev[-1] in words_of("preposition")
        # "el mal estado de la «cancha sintética»": a noun's complement names a thing
        or (
            len(prev) > 1
            and prev[-1] in words_of("determiner")
            and prev[-2] in words_of("preposition")
        )
        or named_by_participle(prev, text[raw.start : raw.end].split())
    ):
        return kind
    return QuoteKind.PARTIAL


def _past_cue(cue: str | None) -> bool:
    """Whether ``cue`` is a finite past, a gerund or a perfect's participle.

    A present ("denuncian", "critica") is a noun's form as often, and after it the
    writer names a thing ("Los comerciantes denuncian la «funa»"): no credit. Nor "según
    X": it credits the information, not the writer's words, and a word in quotes after it
    is most often the writer's flag on slang ("Según vecinos, el «huachicoleo» creció").
    """
    if cue is None:
        return False
    low = cue.lower()
    return low.endswith(endings_of("verb_like")) or reporting_participle(low)


def _quoted_again(
    text: str, raw: RawQuote, kind: QuoteKind, partials: tuple[set[str], list[str]]
) -> QuoteKind:
    """``kind``, or partial for a term whose words an earlier spoken quotation gave.

    "…dijo que la reforma no puede tocar los «elementos centrales». … afectarían los
    «elementos centrales» de la Carta", "«Nos tratan como ciudadanos de segunda», dijo
    X. … Los «ciudadanos de segunda» del norte…": the same words quoted again, the
    whole of an earlier partial quotation or two words or more inside an earlier direct
    or partial one, are the same speaker's, however the sentence sets them.
    ``partials`` (the words, lower-cased, of the partial quotations so far, and the
    lower-cased text of the direct and partial ones) is updated.
    """
    if raw.depth or kind is QuoteKind.TITLE:
        return kind
    partial, spoken = partials
    content = text[raw.start : raw.end].lower()
    if kind is QuoteKind.PARTIAL or kind is QuoteKind.DIRECT:
        spoken.append(content)
        if kind is QuoteKind.PARTIAL:
            partial.add(" ".join(content.split()))
        return kind
    words = " ".join(content.split())
    if words in partial:
        return QuoteKind.PARTIAL
    # two words or more inside a longer one: one word may be anyone's
    if " " in words and spoken:
        first = words.split(" ", 1)[0].translate(_PUNCTUATION).strip()
        # the first word as a bare substring first: the whole words only where it stands
        if first and any(first in said and _holds_words(said, words) for said in spoken):
            return QuoteKind.PARTIAL
    return kind


def _holds_words(said: str, words: str) -> bool:
    """Whether ``said`` holds ``words`` as whole words, white space and punctuation aside."""
    flat = " " + " ".join(said.translate(_PUNCTUATION).split()) + " "
    return " " + " ".join(words.translate(_PUNCTUATION).split()) + " " in flat


#: The punctuation a quotation's words are read without (white space in its place).
_PUNCTUATION = str.maketrans(dict.fromkeys(".,;:!?¡¿()[]…«»“”\"‘’'—–", " "))


def _in_sentence_after(text: str, close_at: int, raw: RawQuote) -> int:
    """``close_at`` when ``raw`` stands after it in the same sentence, at depth 0; else -1."""
    if raw.depth or close_at < 0 or breaks_between(text, close_at + 1, raw.open_at):
        return -1
    return close_at


def _cue_phrase_before(text: str, before: Said | None, pos: int) -> bool:
    """Whether a cue's phrase ends right before the quotation: its complement.

    "Según el reporte de la ONU, «…»": however long the phrase.
    """
    return (
        before is not None
        and before.explicit
        and before.cue is not None
        and before.phrase is not None
        and not reporting_verb(before.cue)
        and text[before.phrase.end : pos].strip() in {",", ""}
    )


#: A dash incise inside a quotation: the dash, a lower-case word, and the closing dash.
_INNER_INCISE = regex.compile(r"[ \t][—–][ \t]?(\p{Ll}{2,20})\b[^—–\n]{1,120}[—–]")
#: The verb of an incise past the clitics before it ("—le contestó X—", "—nos dijo X—").
_INCISE_VERB = regex.compile(r"[ \t]{1,3}(\p{Ll}{3,20})\b")


def _inner_incise(
    text: str, raw: RawQuote, said: Said | None, index: TokenIndex | None
) -> Said | None:
    """``said``, or when it names no one, the speaker a dash incise inside the quotation names.

    The writer breaks the speaker's words with a dash, a reporting verb and its
    subject, and a closing dash, and the quotation goes on to its closing mark: the
    incise's subject said all of it (RAE, "raya": the narrator's incise in quoted
    speech).
    """
    if (
        (said is not None and said.phrase is not None)
        or raw.depth
        or raw.dash
        or (text.find("—", raw.start, raw.end) < 0 and text.find("–", raw.start, raw.end) < 0)
    ):
        return said
    found = _INNER_INCISE.search(text, raw.start, raw.end)
    if found is None:
        return said
    verb, verb_end = found.group(1), found.end(1)
    if verb in verb_clitics():
        # "«… —le contestó Ana Gil—, …»": a clitic stands before the incise's verb
        after = _INCISE_VERB.match(text, verb_end, found.end() - 1)
        if after is None:
            return said
        verb, verb_end = after.group(1), after.end(1)
    if not reporting_verb(verb, after_quote=True):
        return said
    phrase = phrase_after(text, verb_end, found.end() - 1, index)
    if phrase is None:
        # "«… —explican desde la Red Eléctrica— …»": the institution the words come
        # from, as after the closing mark (:func:`after_close`)
        lead = _INCISE_LEAD().match(text, verb_end, found.end() - 1)
        if lead is not None and lead.group(1).lower() in words_of("source_from"):
            phrase = phrase_after(text, lead.end(1), found.end() - 1, index)
            if phrase is not None and phrase.kind != ORGANIZATION:
                phrase = None
    if phrase is None or phrase.kind not in SPEAKER_KINDS:
        return said
    return Said(phrase, verb, explicit=True)


#: The word right after an incise's verb ("desde" in "—explican desde la Municipalidad—").
_INCISE_LEAD = lazy_regex(r"\s+(\w+)")


def _incise_said(
    text: str,
    said: Said | None,
    incise: Attribution | None,
    hi: int,
    index: TokenIndex | None,
) -> Said | None:
    """``said``, or the closing incise's subject when ``said`` names no one for sure.

    "…fue aprobada «en lo general» con 60 votos, anunció el presidente del Senado,
    el diputado Raúl Benavides.": the sentence is the incise's subject's words, read with
    its apposition as after a quotation's own incise.
    """
    if incise is None or incise.phrase is None or (said is not None and said.explicit):
        return said
    phrase = phrase_after(text, incise.cue_end, hi, index) or incise.phrase
    return Said(phrase, incise.cue, explicit=True)


def _sentence_cues(
    text: str,
    raw: RawQuote,
    cues: Sequence[Attribution],
    cue_starts: Sequence[int],
    region: Span,
) -> tuple[bool, bool, Attribution | None]:
    """What the cues of the quotation's sentence say of it.

    Whether a cue stands in the sentence at all; whether one before it introduces a
    "que" clause holding it ("sostuvo que los «elementos centrales»…"); the reporting
    incise that closes the sentence after it, if one does ("…estaríamos «a tope» y …,
    dijo."): the whole sentence is then its subject's words.
    """
    if not any_between(cue_starts, raw.open_at - REACH, raw.open_at + REACH):
        return False, False, None  # no cue near enough to be in the sentence
    s_lo, s_hi = sentence_bounds(text, raw.open_at, region.start, region.end)
    first = bisect_left(cue_starts, s_lo)
    in_sentence = first < len(cue_starts) and cue_starts[first] < s_hi
    before = bisect_left(cue_starts, raw.open_at)
    verb_que = any(_QUE.match(text, a.cue_end, raw.open_at) is not None for a in cues[first:before])
    closing = next(
        (
            a
            for a in cues[bisect_left(cue_starts, raw.close_at) : bisect_left(cue_starts, s_hi)]
            if _closing_incise(text, a, s_hi)
        ),
        None,
    )
    return in_sentence, verb_que, closing


#: The most characters a subject after a sentence's closing incise may take ("dijo el
#: secretario de Salud").
_INCISE_TAIL = 60


def _closing_incise(text: str, cue: Attribution, end: int) -> bool:
    """Whether ``cue`` is a reporting verb set off by a comma at the end of its sentence.

    Its subject may carry an apposition after a comma ("…, anunció el presidente del
    Senado, el diputado Raúl Benavides."): a determiner or a name right after it.
    """
    tail = text[cue.cue_end : end]
    if len(tail) > _INCISE_TAIL_APPOSED or tail.count(",") > 1:
        return False
    if "," in tail:
        apposed = ALNUM_RUN.findall(tail.split(",", 1)[1])
        if not apposed or not (apposed[0][0].isupper() or apposed[0] in words_of("determiner")):
            return False
    elif len(tail) > _INCISE_TAIL:
        return False
    return reporting_verb(cue.cue, after_quote=True) and _comma_before(text, cue.cue_start)


#: The most characters a subject with its apposition may take after a closing incise.
_INCISE_TAIL_APPOSED = 110


def _comma_before(text: str, pos: int) -> bool:
    """Whether the last character before ``pos`` but white space is a comma.

    Read back from ``pos`` (a copy of the text up to it would cost its length).
    """
    k = pos
    while k > 0 and text[k - 1].isspace():
        k -= 1
    return k > 0 and text[k - 1] == ","


#: After a quotation, "y" or "e" and a verb: the same speaker's next statement.
#: Only object pronouns may stand between ("y le recordó que"): "y él respondió" has a
#: subject of its own.
_coordinated_verb = lazy_regex(
    r"[\s,]{0,3}[ye]\s+(?:(?:le|les|lo|la|los|las|se|me|nos)\s+){0,2}\p{Ll}+\s+que\s"
)


# "que" within a few words after the verb: "afirmó ayer que", "dijo a la prensa que"
_QUE = regex.compile(r"(?:\s+[\p{L}\p{N},]+){0,3}?\s+que\b")


def _region_index(regions: Sequence[Span]) -> functools.partial[int]:
    starts = [s for s, _ in regions]
    return functools.partial(_locate, starts, regions)


def _locate(starts: list[int], regions: Sequence[Span], pos: int) -> int:
    i = bisect_right(starts, pos) - 1
    return i if i >= 0 and pos <= regions[i][1] else -1


#: Where the next quotation opens when none is left: past any text.
_NO_MORE = 1 << 62

#: The kinds of quotation, by the number :class:`_Found` keeps for each.
_KINDS = tuple(QuoteKind)
_KIND_NUMBER = {kind: number for number, kind in enumerate(_KINDS)}


class _Found:
    """What the quotes reader found of each quotation, in order, kept as columns.

    The kind of each (a byte, its number in :data:`_KINDS`) and the attribution read
    around it (mostly none), beside the reading's own quotations (read by position, not
    copied): a page of quoted words has a quotation every four characters, and a tuple
    for each (with the quotation, its kind and its attribution) cost more than the
    quotation itself. Read as ``(raw, kind, said)`` triples; :meth:`take` hands out the
    next one and lets its attribution go, and the iteration and the length start there.
    ``index`` is the word index the speakers are read with (:func:`attribute_quotes`
    sets it from its reading: ``None`` when that reading let its words go).
    """

    __slots__ = ("_kinds", "_next", "_raws", "_saids", "index")

    def __init__(self, raws: Sequence[RawQuote]) -> None:
        self._raws = raws
        self._kinds = array("b")
        self._saids: list[Said | None] = []
        self._next = 0
        self.index: TokenIndex | None = None

    def append(self, kind: QuoteKind, said: Said | None) -> None:
        """What was found of the next quotation of the reading."""
        self._kinds.append(_KIND_NUMBER[kind])
        self._saids.append(said)

    def __len__(self) -> int:
        return len(self._kinds) - self._next

    def __iter__(self) -> Iterator[tuple[RawQuote, QuoteKind, Said | None]]:
        start = self._next
        kinds = map(_KINDS.__getitem__, self._kinds[start:])
        return zip(self._raws[start : len(self._kinds)], kinds, self._saids[start:], strict=True)

    def take(self) -> tuple[RawQuote, QuoteKind, Said | None]:
        """The next quotation's triple, handed out once (its attribution let go here)."""
        k = self._next
        if k >= len(self._kinds):
            raise IndexError(k)
        self._next = k + 1
        said, self._saids[k] = self._saids[k], None
        return self._raws[k], _KINDS[self._kinds[k]], said

    def next_open(self, after: int) -> int:
        """Where the next quotation still to be taken opens after ``after`` (else no end)."""
        for k in range(self._next, len(self._kinds)):
            if self._raws[k].open_at > after:
                return self._raws[k].open_at
        return _NO_MORE

    def marks(self) -> tuple[array[int], array[int]]:
        """Where the quotations open and close, as columns (their marks' offsets)."""
        raws = self._raws[self._next : len(self._kinds)]
        return array("q", (raw.open_at for raw in raws)), array("q", (raw.close_at for raw in raws))


def _previous_speaker(out: Sequence[Credit]) -> Phrase | None:
    """The speaker of the last direct or partial quotation credited so far."""
    for credit in reversed(out):
        if credit.kind in SPOKEN:
            return credit.speaker
    return None


class _Framed:
    """The framing phrases of the text ("de acuerdo con X", "a juicio de X", "en palabras de X").

    A framing phrase credits the words of its sentence to its complement, whoever the
    clause's subject is: "A juicio de Ana Gil, Pedro Soto es «un irresponsable»" and
    "Pedro Soto es, en palabras de Ana Gil, «…»" are Ana Gil's, not the man they are
    about ("según", read with the reporting verbs, is one too); so is a view's holder
    after "Para" opening the sentence (:func:`opinion_anchors`). A document the phrase
    cites speaks there too ("De acuerdo con la sentencia, existió «una unidad de
    acción»": the ruling's words), though it never carries to the next quotation.
    """

    def __init__(
        self,
        text: str,
        attributions: Sequence[Attribution],
        opinions: Sequence[tuple[int, Phrase]],
    ) -> None:
        self.text = text
        cues = crediting_cues()
        found = [
            (a.cue_start, a.phrase)
            for a in attributions
            if a.phrase is not None
            and (a.phrase.kind in SPEAKER_KINDS or a.phrase.kind == DOCUMENT)
            and not a.quoted
            and a.cue.lower() in cues
        ]
        # a document as the last resort before the quotation ("De acuerdo con el fallo,
        # …"): not when its maker is given ("sus conclusiones", "la declaración tomada a
        # X"), nor over a subject the sentence gives
        documents = [
            (at, phrase)
            for at, phrase in found
            if phrase.kind == DOCUMENT and _plain_document(text, phrase)
        ]
        self.documents_at = [at for at, _ in documents]
        self.documents = [phrase for _, phrase in documents]
        found = [(at, phrase) for at, phrase in found if phrase.kind != DOCUMENT]
        found.extend(opinions)  # "Para Ana Gil, Pedro Soto actuó «…»": the view's holder
        found.sort(key=lambda f: f[0])
        self.at = [at for at, _ in found]
        self.phrases = [phrase for _, phrase in found]

    def before(self, pos: int) -> Phrase | None:
        """The complement of the last framing phrase before ``pos`` in its sentence."""
        return self._last(self.at, self.phrases, pos)

    def document_before(self, pos: int) -> Phrase | None:
        """The document a framing phrase before ``pos`` in its sentence cites, if any."""
        return self._last(self.documents_at, self.documents, pos)

    def _last(self, starts: Sequence[int], phrases: Sequence[Phrase], pos: int) -> Phrase | None:
        k = bisect_left(starts, pos) - 1
        if k < 0 or starts[k] < pos - REACH:
            return None
        start = sentence_bounds(self.text, pos, max(0, pos - REACH), pos + 1).start
        return phrases[k] if starts[k] >= start else None


def _joint_subjects(attributions: Sequence[Attribution]) -> dict[int, Attribution]:
    """The first of two people that are one plural verb's subject, by the verb's place.

    "La alcaldesa de X, Ana Paz, y el diputado Luis Mena denunciaron…" reads as two
    attributions of one verb, one for each person (attributions.py).
    """
    seen: dict[int, Attribution] = {}
    out: dict[int, Attribution] = {}
    for a in attributions:
        if a.phrase is None or a.phrase.kind is not PERSON or a.phrase.plural:
            continue
        if a.cue_start in seen:
            out.setdefault(a.cue_start, seen[a.cue_start])
        else:
            seen[a.cue_start] = a
    return out


def _pair_subject(
    text: str, joint: dict[int, Attribution], pos: int, said: Said | None
) -> Phrase | None:
    """The first of the two people whose plural verb governs the quotation at ``pos``."""
    if not joint or said is None or not said.cue:
        return None
    start = sentence_bounds(text, pos, max(0, pos - REACH), pos + 1).start
    for at, attribution in joint.items():
        if start <= at < pos and attribution.cue == said.cue:
            return attribution.phrase
    return None


def _opened_by_cue(text: str, said: Said | None, pos: int) -> bool:
    """Whether the sentence of the quotation at ``pos`` opens on its own reporting verb.

    "Apuntó que los vecinos podían ir a la sede, donde la intendenta «…»": Spanish drops
    the subject the paragraph already gave; the people named in the verb's clause are
    what the speaker talks about.
    """
    if said is None or not said.cue or said.phrase is not None:
        return False
    start = sentence_bounds(text, pos, max(0, pos - REACH), pos + 1).start
    return said.cue[:1].isupper() and text[start:pos].lstrip().startswith(said.cue + " ")


def _subordinate_subject(text: str, attribution: Attribution) -> bool:
    """Whether ``attribution``'s subject is a subordinate clause's, inside its sentence.

    "Ana explicó que los puestos siguen vacíos, como Durán aseguró.", "…, donde la jueza
    declaró": the clause is opened by a conjunction or a relative adverb (``clause_lead``
    in ``closed_sets.tsv``) after a word of the sentence; a verb with no subject after it
    goes on with the main clause's subject, never with the subordinate one.
    """
    phrase = attribution.phrase
    if phrase is None or phrase.end > attribution.cue_start:
        return False
    before = text[max(0, phrase.start - _LEAD_REACH) : phrase.start].split()
    if len(before) < _LEAD_WORDS or before[-1].lower() not in closed_set("clause_lead"):
        return False
    # the conjunction after a word of the sentence, not opening it ("Como dijo…" / "¶Como")
    return before[-2][-1:].isalnum() or before[-2].endswith(",")


#: How far before a subject its clause's conjunction and the word before that are read.
_LEAD_REACH = 40
_LEAD_WORDS = 2


def _plain_document(text: str, phrase: Phrase) -> bool:
    """Whether a document phrase names the document alone, not whose words it holds.

    "la sentencia", "el informe de la ONU" speak for themselves; "sus conclusiones"
    (someone's), "el estudio realizado por X" (its maker's) and "la declaración tomada a
    X" (X's words) point at another speaker.
    """
    words = text[phrase.start : phrase.end].split()
    if not words or words[0].lower() in closed_set("possessive"):
        return False
    after = text[phrase.end : phrase.end + _GIVEN_TO_REACH].split()[:2]
    if len(after) == _GIVEN_TO_WORDS and after[0] in words_of("to") and after[1][:1].isupper():
        return False  # "la declaración tomada al guardia Rubén Salas": his words
    return not any(w.lower() in word_set("authorship_participles.txt") for w in words)


#: How far after a document phrase the person it was given by or taken from is read,
#: and in how many words ("a" and the name's first word).
_GIVEN_TO_REACH = 30
_GIVEN_TO_WORDS = 2


def _attribute(  # noqa: C901, PLR0912, PLR0915 - the speaker of each kind of quotation, in order
    text: str,
    cast: Cast,
    found: _Found,
    attributions: Sequence[Attribution],
) -> tuple[Credit, ...]:
    """The credit of each quotation ``found`` (which this consumes).

    The speaker readers slice their windows from ``found.index`` (``None``: they read
    them afresh, the same words).
    """
    index = found.index
    # every explicit speaker and reporting-verb subject, by position, for carrying
    anchors: list[tuple[int, Phrase]] = [
        (raw.start, said.phrase)
        for raw, kind, said in found
        if kind in SPOKEN and said is not None and said.phrase is not None
    ]
    anchors.extend(
        (attribution.cue_start, attribution.phrase)
        for attribution in attributions
        if attribution.phrase is not None
        and attribution.phrase.kind in SPEAKER_KINDS
        # "«… El reglamento dice que … Por tanto», ha añadido, «…»": a subject in the
        # speaker's words is what they speak of, never who speaks next
        and not attribution.quoted
        and (
            reporting_verb(attribution.cue)
            or reporting_participle(attribution.cue)
            # "Según Marta Rojas, …": the phrase credits its complement with words
            or attribution.cue.lower() in crediting_cues()
        )
        # the agent of a participle ("el apoyo manifestado por X") is no clause's subject
        and text[attribution.cue_end : attribution.phrase.start].strip().lower() != "por"
        # "el gerente no respondió a las consultas": who said nothing does not carry
        and not declined(text, attribution)
        # "La empresa, ha insistido, ha perdido…": the phrase before an incise is no subject
        and not interpolated_cue(
            text, attribution.phrase.end, attribution.cue_start, attribution.cue_end
        )
        # "Ana explicó que…, como Durán aseguró. «…», contó.": Ana goes on
        and not _subordinate_subject(text, attribution)
    )
    # the press that asks ("preguntó un periodista") speaks its question only: the
    # answers that follow are the official's, so a reporter never carries
    anchors = [a for a in anchors if a[1].head not in word_set("press_roles.txt")]
    anchors.sort(key=lambda a: a[0])
    # the groups and institutions credited so far ("según los magistrados"), for a plural
    # verb with no subject of its own
    groups = sorted(
        (
            (a.cue_start, a.phrase)
            for a in attributions
            if a.phrase is not None and a.phrase.kind in SPEAKER_KINDS and not singular(a.phrase)
        ),
        key=lambda g: g[0],
    )
    # a person's mention as a phrase is built only for the quote that needs it
    # a name inside a quotation is the speaker's word, never the speaker
    quoted = QuotedSpans.of(*found.marks())
    # "Para X, la medida llega tarde.": the holder of a view speaks, and carries
    opinions = opinion_anchors(text, quoted, index)
    anchors = sorted([*anchors, *opinions], key=lambda a: a[0]) if opinions else anchors
    named = [
        (at, len(name))
        for at, name in cast.named
        if cast.full_name(name) in cast.people and not quoted.holds(at)
    ]
    named_at = [at for at, _ in named]
    anchor_at = [at for at, _ in anchors]
    framed = _Framed(text, attributions, opinions)
    joint = _joint_subjects(attributions)
    subjects, subject_at = verb_subjects(attributions)
    out = []
    last_spoken: tuple[int, Phrase] | None = None
    interviewee: Phrase | None = None
    initialled: dict[str, Phrase] = {}
    in_turn: Callable[[int], bool] = QuotedSpans.of([], []).holds
    if any(raw.turn is Turn.ANSWER for raw, _, _ in found):
        interviewee = interview_subject(text, cast, [raw for raw, _, _ in found])
        initialled = by_initials(cast)
        # who quotes inside a turn with no speaker of its own is the interviewee
        in_turn = QuotedSpans.of(*turn_spans(found)).holds
    # consumed as the credits are made: a paragraph of quoted words holds a finding or
    # its credit for each quotation, never both
    answered = 0  # where the last answer ended: a person introduced after it answers next
    roles: dict[str, Phrase] = {}  # by role, the last speaker given more than the role
    dialogue = Dialogue(text, cast, quoted.holds)
    repeats = Repeats(text, cast)  # a quotation given again is its first named speaker's
    while found:
        raw, kind, said = found.take()
        if raw.turn is not Turn.NONE:
            if raw.turn is Turn.ANSWER:
                # after the first answer (the intro names the first interviewee)
                introduced = (
                    introduced_between(text, named, named_at, answered, raw.open_at)
                    if answered
                    else None
                )
                interviewee = introduced or interviewee
                answered = raw.end
            out.append(turn_credit(text, initialled, raw, interviewee))
            continue
        if kind not in SPOKEN:
            out.append(Credit(raw, kind, None, None))
            continue
        phrase = said.phrase if said is not None else None
        plural = said is not None and said.plural is True
        if phrase is None and plural:
            # "La concejala Ana Paz y el senador Luis Mena denunciaron «…»": the first named
            phrase = _pair_subject(text, joint, raw.open_at, said)
        if (
            phrase is None
            and not (plural and plural_subject(groups, raw.start))
            # "En su opinión, el Gobierno ha «fracasado»": the owner of the view carries
            and not own_view(text, raw.open_at)
            # "La empresa, ha insistido, ha perdido toda «…»": the incise's speaker carries
            and not (said is not None and said.incise)
        ):
            # a framing phrase before it in the sentence ("A juicio de X, Y es «…»"),
            # else the subject of the sentence's main clause, else a person named as a
            # subject earlier in the same sentence, else the last speaker
            phrase = framed.before(raw.open_at)
            phrase = phrase or agreeing_main_speaker(text, raw, index)
            phrase = phrase or sentence_holder(text, raw.open_at, index)
            # "Señaló que …, donde Fein «…»": a sentence opened by its reporting verb
            # has dropped its subject; a name inside the verb's clause is no subject
            if not _opened_by_cue(text, said, raw.open_at):
                phrase = phrase or named_in_sentence(text, named, named_at, raw.open_at)
                phrase = phrase or subject_in_sentence(text, subjects, subject_at, raw.open_at)
            phrase = phrase or framed.document_before(raw.open_at)
        if phrase is None and said is not None and said.incise:
            # "«…», dijo X. La empresa, ha insistido, ha perdido toda «…»": X goes on
            phrase = (
                last_spoken[1]
                if last_spoken is not None
                else carry(anchors, anchor_at, raw.start, cast, quoted)
            )
        if phrase is None:
            phrase = carry(anchors, anchor_at, raw.start, cast, quoted)
            if last_spoken is not None and spoke_since(anchor_at, last_spoken[0], raw.start):
                phrase = last_spoken[1]  # the previous quotation's speaker, no subject since
            intro = (
                None
                if continuing(said)
                else introduced_subject(text, named, named_at, raw.open_at)
                or introduced_unnamed(
                    text,
                    raw.open_at,
                    said,
                    index,
                    carried=bisect_right(anchor_at, raw.start) > 0,
                    named_at=named_at,
                )
                or speech_owner_before(text, raw.open_at, index)
            )
            # a quotation with no verb of its own goes on with the last speaker before it
            # unless the one the writer brings in speaks somewhere (:func:`first_voice`)
            carried = (
                phrase
                if (said is None or not said.cue) and bisect_right(anchor_at, raw.start) > 0
                else None
            )
            if intro is not None and not any_between(anchor_at, intro.start, raw.start):
                # "X fue el único que habló. «…», indicó.": X
                phrase = first_voice(text, cast, anchors, carried, intro)
            elif intro is None and not continuing(said):
                since = max(
                    anchor_at[bisect_left(anchor_at, raw.start) - 1] if anchor_at else -1,
                    last_spoken[0] if last_spoken is not None else -1,
                )
                phrase = topic_since(text, named, named_at, since, raw.open_at) or (
                    carried_past(text, cast, quoted, phrase, since, raw.open_at, index)
                )
                phrase = first_voice(text, cast, anchors, carried, phrase)
            phrase = agreeing_number(said, phrase, groups, cast, quoted, raw.start, index)
            phrase = phrase or opening_unquoted(text, raw.open_at, quoted, index)
            phrase = phrase or topic_subject(text, raw.open_at, quoted, kind)
            phrase = not_named_inside(text, cast, raw, phrase, index)
            phrase = epithet_person(said, phrase, anchors, anchor_at, raw.start)
            phrase = epithet_gender(text, cast, quoted, said, phrase, anchors, raw.start)
            if phrase is not None:
                last_spoken = (raw.start, phrase)  # it carries on while no one else speaks
        elif said is None or said.phrase is None:
            last_spoken = (raw.start, phrase)
        # "Él contestó: «…»": the speaker agrees with the pronoun in gender
        phrase, last_spoken = pronoun_referent(
            text, cast, quoted, raw, said, phrase, last_spoken, anchors
        )
        # "—…—preguntó Ana.¶—…—respondió Pedro.¶—…": a dialogue's turns alternate
        phrase, last_spoken = dialogue.turn(raw, said, phrase, last_spoken)
        # "«¿…?», le preguntó una vecina. «Pronto», respondió.": not the asker
        phrase, last_spoken = dialogue.answer(raw, said, phrase, last_spoken)
        phrase = within_turn(raw, said, in_turn, interviewee) or phrase
        phrase = repeats.speaker(raw, fuller_role(text, pair_referent(cast, phrase), roles))
        phrase = continuing_role(text, cast, raw, said, phrase, _previous_speaker(out))
        out.append(Credit(raw, kind, phrase, said.cue if said is not None else None))
    return tuple(out)
