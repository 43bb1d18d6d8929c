"""Quotations: classify them, attribute them.

The quotations themselves are found once, with the rest of the article's reading
(:mod:`noticiaparse._reading.quotations`). Each is then classified (direct, partial,
term, title) from its shape and the words around it, and direct and partial ones are
attributed to a speaker through :mod:`noticiaparse._reading`.
"""

from __future__ import annotations

import functools
import operator
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence

import regex

from noticiaparse._extract.quote_after import _after_close, _speech_noun_owner
from noticiaparse._extract.quote_before import (
    _BEFORE_REACH,
    _agreeing_main_speaker,
    _read_before,
    _sentence_holder,
)
from noticiaparse._extract.quote_clauses import _cue_close, _own_view
from noticiaparse._extract.quote_dialogue import (
    _by_initials,
    _Dialogue,
    _turn_credit,
    _turn_spans,
    _within_turn,
)
from noticiaparse._extract.quote_echoes import _echo_credit, _Pointers
from noticiaparse._extract.quote_kinds import _classify
from noticiaparse._extract.quote_openings import (
    _BLANK_REACH,
    _PARAGRAPH_BREAK,
    _agreeing,
    _opening_subject,
    _opening_unquoted,
    _opening_with_verb,
    _plural_subject,
    _sentence_before,
    _singular,
)
from noticiaparse._extract.quote_pronouns import _pronoun_referent
from noticiaparse._extract.quote_said import _SPEAKER_KINDS, _QuotedSpans, _Said
from noticiaparse._extract.quote_words import _ALNUM_RUN, _NOUN_AND_DE, _any_between
from noticiaparse._extract.speakers import rerank
from noticiaparse._model import Quote, QuoteKind, Segment
from noticiaparse._reading import (
    ANONYMOUS,
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
    reporting_lemmas,
    reporting_participle,
    reporting_verb,
    role_words,
    trailing_cues,
    word_set,
    words_of,
)
from noticiaparse._reading.interviews import interviewee
from noticiaparse._reading.subjects import main_subject
from noticiaparse._text.lazy import lazy_regex
from noticiaparse._text.marks import has_mark
from noticiaparse._text.sentences import REACH, breaks_between, sentence_bounds, sentence_end
from noticiaparse._text.sentences import sentence_start as sentence_start_of
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
            entity = cast.resolve(credit.speaker)
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
        return rerank(reading, _attribute(reading.text, reading.cast, found, attributions))
    finally:
        # the memos of the sentence before a quotation hold the text: let it go
        _sentence_before.cache_clear()
        _opening_subject.cache_clear()


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
    pointers = _Pointers(text)
    last_close = -1
    last_partial = -1  # the closing mark of the quotation before when it is partial
    last_direct = -1  # the same when it is direct
    said_partial = -1  # the closing mark of the last partial one
    partials: set[str] = set()  # the words of the partial quotations so far
    previous: _Said | None = None
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
        said = _after_close(text, raw, hi, index) if raw.depth == 0 else None
        outer = raw if raw.depth == 0 else outer
        before = _read_before(text, raw, floor, outer, index, subjects)
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
                before = _Said(previous.phrase, before.cue, previous.explicit)
            previous = before
        # the quotation is the complement of its cue: said right after it, or given
        # within a few words after the verb or "según" ("ha considerado «esencial»")
        attributed = (
            (said is not None and said.explicit)
            or (before is not None and before.explicit and _cue_close(text, raw.open_at, floor))
            or _cue_phrase_before(text, before, raw.open_at)
        )
        if said is None or (not said.explicit and before is not None and before.explicit):
            said = before if before is not None else said
        in_sentence, verb_que, incise = _sentence_cues(text, raw, cues, cue_starts, Span(lo, hi))
        said = _incise_said(text, said, incise, hi, index)
        kind = _classify(
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
        kind = _quoted_again(text, raw, kind, partials)
        said, kind = _echo_credit(text, raw, Span(floor, hi), index, pointers, (said, kind))
        if raw.depth == 0:
            last_partial = raw.close_at if kind is QuoteKind.PARTIAL else -1
            last_direct = raw.close_at if kind is QuoteKind.DIRECT else -1
            said_partial = raw.close_at if kind is QuoteKind.PARTIAL else said_partial
        found.append(kind, said)
    return found


def _quoted_again(text: str, raw: RawQuote, kind: QuoteKind, partials: set[str]) -> QuoteKind:
    """``kind``, or partial for a term whose words an earlier partial quotation gave.

    "…dijo que la reforma no puede tocar los «elementos centrales». … afectarían los
    «elementos centrales» de la Carta": the same words quoted again are the same
    speaker's, however the sentence sets them. ``partials`` (the words, lower-cased,
    of the partial quotations so far) is updated.
    """
    if raw.depth:
        return kind
    words = " ".join(text[raw.start : raw.end].split()).lower()
    if kind is QuoteKind.PARTIAL:
        partials.add(words)
    elif kind is QuoteKind.TERM and words in partials:
        return QuoteKind.PARTIAL
    return kind


def _in_sentence_after(text: str, close_at: int, raw: RawQuote) -> int:
    """``close_at`` when ``raw`` stands after it in the same sentence, at depth 0; else -1."""
    if raw.depth or close_at < 0 or breaks_between(text, close_at + 1, raw.open_at):
        return -1
    return close_at


def _cue_phrase_before(text: str, before: _Said | None, pos: int) -> bool:
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


def _incise_said(
    text: str,
    said: _Said | None,
    incise: Attribution | None,
    hi: int,
    index: TokenIndex | None,
) -> _Said | None:
    """``said``, or the closing incise's subject when ``said`` names no one for sure.

    "…fue aprobada «en lo general» con 60 votos, anunció el presidente del Senado,
    el diputado Raúl Benavides.": the sentence is the incise's subject's words, read with
    its apposition as after a quotation's own incise.
    """
    if incise is None or incise.phrase is None or (said is not None and said.explicit):
        return said
    phrase = phrase_after(text, incise.cue_end, hi, index) or incise.phrase
    return _Said(phrase, incise.cue, explicit=True)


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
    if not _any_between(cue_starts, raw.open_at - REACH, raw.open_at + REACH):
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
        apposed = _ALNUM_RUN.findall(tail.split(",", 1)[1])
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
        self._saids: list[_Said | None] = []
        self._next = 0
        self.index: TokenIndex | None = None

    def append(self, kind: QuoteKind, said: _Said | None) -> None:
        """What was found of the next quotation of the reading."""
        self._kinds.append(_KIND_NUMBER[kind])
        self._saids.append(said)

    def __len__(self) -> int:
        return len(self._kinds) - self._next

    def __iter__(self) -> Iterator[tuple[RawQuote, QuoteKind, _Said | None]]:
        start = self._next
        kinds = map(_KINDS.__getitem__, self._kinds[start:])
        return zip(self._raws[start : len(self._kinds)], kinds, self._saids[start:], strict=True)

    def take(self) -> tuple[RawQuote, QuoteKind, _Said | None]:
        """The next quotation's triple, handed out once (its attribution let go here)."""
        k = self._next
        if k >= len(self._kinds):
            raise IndexError(k)
        self._next = k + 1
        said, self._saids[k] = self._saids[k], None
        return self._raws[k], _KINDS[self._kinds[k]], said

    def marks(self) -> tuple[array[int], array[int]]:
        """Where the quotations open and close, as columns (their marks' offsets)."""
        raws = self._raws[self._next : len(self._kinds)]
        return array("q", (raw.open_at for raw in raws)), array("q", (raw.close_at for raw in raws))


def _attribute(  # noqa: C901, PLR0915 - the speaker of each kind of quotation, in order
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
        if kind in _SPOKEN and said is not None and said.phrase is not None
    ]
    anchors.extend(
        (attribution.cue_start, attribution.phrase)
        for attribution in attributions
        if attribution.phrase is not None
        and attribution.phrase.kind in _SPEAKER_KINDS
        # "«… El reglamento dice que … Por tanto», ha añadido, «…»": a subject in the
        # speaker's words is what they speak of, never who speaks next
        and not attribution.quoted
        and (
            reporting_verb(attribution.cue)
            or reporting_participle(attribution.cue)
            # "Según Marta Rojas, …": the phrase credits its complement with words
            or attribution.cue.lower() in _crediting_cues()
        )
        # the agent of a participle ("el apoyo manifestado por X") is no clause's subject
        and text[attribution.cue_end : attribution.phrase.start].strip().lower() != "por"
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
            if a.phrase is not None and a.phrase.kind in _SPEAKER_KINDS and not _singular(a.phrase)
        ),
        key=lambda g: g[0],
    )
    # a person's mention as a phrase is built only for the quote that needs it
    # a name inside a quotation is the speaker's word, never the speaker
    quoted = _QuotedSpans.of(*found.marks())
    # "Para X, la medida llega tarde.": the holder of a view speaks, and carries
    opinions = _opinion_anchors(text, quoted, index)
    anchors = sorted([*anchors, *opinions], key=lambda a: a[0]) if opinions else anchors
    named = [
        (at, len(name))
        for at, name in cast.named
        if cast.full_name(name) in cast.people and not quoted.holds(at)
    ]
    named_at = [at for at, _ in named]
    anchor_at = [at for at, _ in anchors]
    subjects, subject_at = _verb_subjects(attributions)
    out = []
    last_spoken: tuple[int, Phrase] | None = None
    interviewee: Phrase | None = None
    initialled: dict[str, Phrase] = {}
    in_turn: Callable[[int], bool] = _QuotedSpans.of([], []).holds
    if any(raw.turn is Turn.ANSWER for raw, _, _ in found):
        interviewee = _interviewee(text, cast, [raw for raw, _, _ in found])
        initialled = _by_initials(cast)
        # who quotes inside a turn with no speaker of its own is the interviewee
        in_turn = _QuotedSpans.of(*_turn_spans(found)).holds
    # consumed as the credits are made: a paragraph of quoted words holds a finding or
    # its credit for each quotation, never both
    answered = 0  # where the last answer ended: a person introduced after it answers next
    roles: dict[str, Phrase] = {}  # by role, the last speaker given more than the role
    dialogue = _Dialogue(text, cast, quoted.holds)
    while found:
        raw, kind, said = found.take()
        if raw.turn is not Turn.NONE:
            if raw.turn is Turn.ANSWER:
                # after the first answer (the intro names the first interviewee)
                introduced = (
                    _introduced_between(text, named, named_at, answered, raw.open_at)
                    if answered
                    else None
                )
                interviewee = introduced or interviewee
                answered = raw.end
            out.append(_turn_credit(text, initialled, raw, interviewee))
            continue
        if kind not in _SPOKEN:
            out.append(Credit(raw, kind, None, None))
            continue
        phrase = said.phrase if said is not None else None
        plural = said is not None and said.plural is True
        if (
            phrase is None
            and not (plural and _plural_subject(groups, raw.start))
            # "En su opinión, el Gobierno ha «fracasado»": the owner of the view carries
            and not _own_view(text, raw.open_at)
        ):
            # the subject of the sentence's main clause, else a person named as a subject
            # earlier in the same sentence, else the last speaker
            phrase = _agreeing_main_speaker(text, raw, index)
            phrase = phrase or _sentence_holder(text, raw.open_at, index)
            phrase = phrase or _named_in_sentence(text, named, named_at, raw.open_at)
            phrase = phrase or _subject_in_sentence(text, subjects, subject_at, raw.open_at)
        if phrase is None:
            phrase = _carry(anchors, anchor_at, raw.start, cast, quoted)
            if last_spoken is not None and _spoke_since(anchor_at, last_spoken[0], raw.start):
                phrase = last_spoken[1]  # the previous quotation's speaker, no subject since
            intro = (
                None
                if _continuing(said)
                else _introduced(text, named, named_at, raw.open_at)
                or _introduced_unnamed(text, raw.open_at, said, index)
                or _speech_owner_before(text, raw.open_at, index)
            )
            if intro is not None and not _any_between(anchor_at, intro.start, raw.start):
                phrase = intro  # "X fue el único que habló. «…», indicó.": X
            elif intro is None and not _continuing(said):
                since = max(
                    anchor_at[bisect_left(anchor_at, raw.start) - 1] if anchor_at else -1,
                    last_spoken[0] if last_spoken is not None else -1,
                )
                phrase = _topic_since(text, named, named_at, since, raw.open_at) or (
                    _carried_past(text, cast, quoted, phrase, since, raw.open_at, index)
                )
            phrase = _agreeing(said, phrase, groups, cast, quoted, raw.start, index)
            phrase = phrase or _opening_unquoted(text, raw.open_at, quoted, index)
            phrase = phrase or _topic_subject(text, raw.open_at, quoted, kind)
            phrase = _not_named_inside(text, cast, raw, phrase, index)
            phrase = _epithet_person(said, phrase, anchors, anchor_at, raw.start)
            if phrase is not None:
                last_spoken = (raw.start, phrase)  # it carries on while no one else speaks
        elif said is None or said.phrase is None:
            last_spoken = (raw.start, phrase)
        # "Él contestó: «…»": the speaker agrees with the pronoun in gender
        phrase, last_spoken = _pronoun_referent(
            text, cast, quoted, raw, said, phrase, last_spoken, anchors
        )
        # "—…—preguntó Ana.¶—…—respondió Pedro.¶—…": a dialogue's turns alternate
        phrase, last_spoken = dialogue.turn(raw, said, phrase, last_spoken)
        # "«¿…?», le preguntó una vecina. «Pronto», respondió.": not the asker
        phrase, last_spoken = dialogue.answer(raw, said, phrase, last_spoken)
        phrase = _within_turn(raw, said, in_turn, interviewee) or phrase
        phrase = _fuller_role(text, phrase, roles)
        out.append(Credit(raw, kind, phrase, said.cue if said is not None else None))
    return tuple(out)


def _fuller_role(text: str, phrase: Phrase | None, roles: dict[str, Phrase]) -> Phrase | None:
    """A bare role's speaker at the fuller form a speaker of that role was given before.

    "«…», afirmó el dirigente sindical. El gerente X no respondió. «…», insistió el
    dirigente.": news shortens the role of the one it quotes again; the bare role is
    that speaker, never another person named since. ``roles`` keeps, by role, the last
    speaker given with more than the role (a name or a complement), and is updated.
    """
    if phrase is None or phrase.head is None or phrase.plural:
        return phrase
    head = phrase.head
    words = _ALNUM_RUN.findall(text, phrase.start, phrase.end)
    bare = phrase.name is None and len(words) <= _BARE_ROLE_WORDS and words[-1:] == [head]
    if bare:
        return roles.get(head, phrase)
    roles[head] = phrase
    return phrase


#: A determiner and the role: "el dirigente", "la vocera".
_BARE_ROLE_WORDS = 2


#: What ends the sentence before one that opens on "Para" and a space.
_STOPS = frozenset('.!?»”"')


def _opinion_anchors(
    text: str, quoted: _QuotedSpans, index: TokenIndex | None = None
) -> list[tuple[int, Phrase]]:
    """The holders of the views the writer's sentences give, where each sentence opens.

    "Para Tuvaku Mbeki, la medida llega tarde.¶«Debieron hacerlo hace años», sostuvo.":
    a sentence that opens on "Para" and a person or an institution named and set off by
    a comma gives that holder's view, as "según" does; the holder carries to the next
    quotation with no subject of its own. Not inside a quotation; not a role alone
    ("Para el sacerdote, …": the one the text goes on about already carries).
    """
    out = []
    at = text.find("Para ")
    while at >= 0:
        end = at + len("Para ")
        opens = at == 0 or text[at - 1] == "\n" or text[max(0, at - 2) : at - 1] in _STOPS
        if not opens or quoted.holds(at):
            at = text.find("Para ", end)
            continue
        at = text.find("Para ", end)
        phrase = phrase_after(text, end, min(len(text), end + _BEFORE_REACH), index)
        if (
            phrase is not None
            and phrase.kind in _SPEAKER_KINDS
            and phrase.name is not None
            and text[phrase.end : phrase.end + 1] == ","
        ):
            out.append((end - 1, phrase))
    return out


def _someone_or_group(phrase: Phrase) -> bool:
    """Whether ``phrase`` is a person by name or role, someone unnamed, or a group of people."""
    return phrase.kind in (PERSON, ANONYMOUS) and (
        phrase.head is not None or phrase.name is not None or phrase.plural
    )


#: How many of the writer's sentences back the person a text is about is looked for.
_TOPIC_SENTENCES = 8


def _topic_subject(
    text: str, pos: int, quoted: _QuotedSpans, kind: QuoteKind = QuoteKind.DIRECT
) -> Phrase | None:
    """The last person or group a sentence of the writer's opened on, as its subject.

    "El director del hospital regional recorrió las salas el lunes.¶La visita se
    extendió por tres horas.¶«Tenemos todo bajo control».": with no one named and no
    speaker before, a quotation standing alone is the words of whom the text is about,
    a role or a group as much as a name (an institution already carries:
    :func:`_topic_organisation`); within a few sentences and :data:`_TOPIC_REACH`. A
    fragment (``kind`` partial) is the words of its own sentence's subject only.
    """
    if kind is not QuoteKind.DIRECT:
        return None
    lo = max(0, pos - _TOPIC_REACH)
    at = sentence_start_of(text, pos, 0)
    for _ in range(_TOPIC_SENTENCES):
        back = at
        while back > lo and text[back - 1].isspace():
            back -= 1
        if back <= lo:
            return None
        s_lo = sentence_start_of(text, back - 1, lo)
        head = s_lo + len(text[s_lo:back]) - len(text[s_lo:back].lstrip())
        if not quoted.holds(head) and not has_mark(text, head, head + 1):
            found = main_subject(text, min(back, head + _HEAD_REACH), head)
            if found is not None and _someone_or_group(found[0]):
                return found[0]
        at = s_lo
    return None


def _introduced_between(
    text: str, named: Sequence[tuple[int, int]], named_at: Sequence[int], lo: int, hi: int
) -> Phrase | None:
    """A person the writer introduces between two answers: the next answers are theirs.

    A vox pop or a round of interviews sets each person's name at the head of a
    paragraph of the writer's ("Jorge Salas, 31 años, estudiante.", "Ana Paz es
    comerciante.") before the questions put to them; the last one so introduced since
    the previous answer answers. A name inside a paragraph is a mention, not an
    introduction.
    """
    k = bisect_left(named_at, hi) - 1
    while k >= 0 and named_at[k] >= lo:
        at, size = named[k]
        line_start = text.rfind("\n", 0, at) + 1
        if lo <= line_start and not text[line_start:at].strip() and " " in text[at : at + size]:
            return Phrase(at, at + size, PERSON, name=Span(at, at + size))
        k -= 1
    return None


def _named_in_sentence(
    text: str, named: Sequence[tuple[int, int]], named_at: Sequence[int], pos: int
) -> Phrase | None:
    """The person named last before ``pos`` in its sentence, not after a preposition."""
    k = bisect_left(named_at, pos) - 1
    if k < 0 or named_at[k] < pos - REACH:
        return None
    s_lo = sentence_start_of(text, pos, 0)
    # the last one not after a preposition: "el titular de Hacienda, Jaime Soto, se sumó
    # a los dichos de la presidenta, Ana Paz, señalando que «…»" gives Jaime Soto
    while k >= 0 and named_at[k] >= max(s_lo, pos - REACH):
        if not _after_preposition(text, named_at[k], s_lo):
            at, size = named[k]
            return Phrase(at, at + size, PERSON, name=Span(at, at + size))
        k -= 1
    return None


def _verb_subjects(
    attributions: Sequence[Attribution],
) -> tuple[list[tuple[int, Phrase]], list[int]]:
    """Every verb's subject before it that may speak, by the verb's place, and the places."""
    subjects = sorted(
        (
            (a.cue_start, a.phrase)
            for a in attributions
            if a.phrase is not None
            and a.phrase.kind in _SPEAKER_KINDS
            and a.phrase.end <= a.cue_start
        ),
        key=operator.itemgetter(0),
    )
    return subjects, [at for at, _ in subjects]


def _subject_in_sentence(
    text: str, subjects: Sequence[tuple[int, Phrase]], subject_at: Sequence[int], pos: int
) -> Phrase | None:
    """The subject of the last verb before ``pos`` in its sentence, whatever the verb.

    "Tras conocer el fallo, los abogados de la familia calificaron la sentencia de
    «histórica»": the clause that holds a quotation is its subject's words.
    """
    k = bisect_left(subject_at, pos) - 1
    if k < 0 or subject_at[k] < pos - REACH:
        return None
    s_lo = sentence_start_of(text, pos, 0)
    if subject_at[k] < s_lo or subjects[k][1].start < s_lo:
        return None
    return subjects[k][1]


@functools.cache
def _crediting_cues() -> frozenset[str]:
    """The attribution phrases that credit their complement with words ("según")."""
    return frozenset(cue for _, cue in trailing_cues())


@functools.cache
def _role_lead() -> regex.Pattern[str]:
    """What may stand before the name that opens a sentence as its subject.

    An opening adjunct set off by a comma, no clause ("Más tarde, ", "Consultada por
    este medio, "; not "Señaló el diario que en 2019, "), then a role and its
    complement ("La gobernadora de Salta, Inés Quiroga, fue…": a determiner, then
    words, then a comma; or a determiner and a noun or two right before the name, "El
    abogado Carlos Paz llegó"; a possessive as well, "Su colega Ana Gil lo contradijo").
    """
    return regex.compile(
        r"(?:(?![^,]{0,50}\bque\b)[^,.;:«»“”\"\n]{1,50},\s{1,3})?"
        r"(?:(?:El|La|Los|Las|Su|Sus|el|la|los|las|su|sus)\s"
        r"(?:[^,.;:«»“”\"]{1,60},\s{1,3}|(?:\p{Ll}+\s){1,2}))?"
    )


def _continuing(said: _Said | None) -> bool:
    """Whether the quotation's cue goes on with the speaker already speaking ("agregó")."""
    hit = reporting_lemmas().get(said.cue.lower()) if said is not None and said.cue else None
    return hit is not None and hit[0] in word_set("continuing_verbs.txt")


def _introduced(
    text: str, named: Sequence[tuple[int, int]], named_at: Sequence[int], pos: int
) -> Phrase | None:
    """The person the previous sentence opens on, as its subject.

    "La gobernadora de Salta, Inés Quiroga, fue la primera en llegar. «Vinimos a
    escuchar a los vecinos», indicó.": a sentence that brings a person in as its
    subject gives them the quotation that follows with a verb of no subject, or none;
    the last sentence of the paragraph before too, when the quotation opens its own
    ("Más tarde, la ministra Carla Ruiz recorrió el hospital.¶«…»").
    """
    s_lo = sentence_start_of(text, pos, 0)
    back = s_lo  # the previous sentence's end, maybe a paragraph's
    while back > 0 and text[back - 1].isspace() and s_lo - back <= _BLANK_REACH:
        back -= 1
    breaks = text.count("\n", back, s_lo)
    if back == 0 or breaks > _PARAGRAPH_BREAK or text[back - 1].isspace():
        return None
    p_lo = sentence_start_of(text, back - 1, 0)
    if "\n" in text[p_lo:back]:
        return None
    p_lo += len(text[p_lo:back]) - len(text[p_lo:back].lstrip())
    people = named[bisect_left(named_at, p_lo) : bisect_left(named_at, s_lo)]
    for k, (at, size) in enumerate(people):
        lead = text[p_lo:at]
        if lead and (_role_lead().fullmatch(lead) is None or _after_preposition(text, at, p_lo)):
            continue  # "Sobre el ministro del Interior, X, …": a topic, not the subject
        if breaks and any(text[a : a + n] != text[at : at + size] for a, n in people[k + 1 :]):
            return None  # across paragraphs, only a sentence about that one person
        turn = _turn_of_subject().search(text, at + size, back)
        if (
            turn is not None
            and turn.group(2) in role_words()
            # "…ante Colo-Colo y el técnico Pablo Soto": a name after the role, an object
            and not text[turn.end() : turn.end() + 1].isupper()
        ):
            # "Amaro quiso hablar, pero la diputada siguió. «…»": the later subject
            return Phrase(turn.start(1), turn.end(1), PERSON, head=turn.group(2))
        return Phrase(at, at + size, PERSON, name=Span(at, at + size))
    return _closing_subject(text, people, p_lo, back)


def _closing_subject(
    text: str, people: Sequence[tuple[int, int]], lo: int, end: int
) -> Phrase | None:
    """The one person a sentence names, closing it as the subject after its verb.

    Spanish brings the next speaker in at the end of the sentence before their words,
    the subject after the verb: "Más optimista se mostró la economista Ana Ruiz.",
    "Lo mismo piensa el alcalde Jorge Soto.", "Distinta es la visión de la jueza Marta
    Gil." (the owner of a view after "de", ``speech_nouns.txt``; a passive's agent:
    "El fallo fue celebrado por la fiscal Ana Ruiz."), an apposition after
    the name perhaps. Not the object of a preposition ("Luego habló con la ministra
    Ana Paz."), nor a relative clause's ("…la institución que dirige Ana Paz."), and
    not when the sentence names anyone else.
    """
    if not people or any(
        text[a : a + n] != text[people[0][0] : people[0][0] + people[0][1]] for a, n in people
    ):
        return None
    at, size = people[-1]
    if text[lo : lo + 1] in _DIALOGUE_DASHES:
        return None  # a line of dash dialogue: its turns carry its speakers
    # the writer's words after any quotation of the sentence
    own = max(lo, *(text.rfind(mark, lo, at) + 1 for mark in _CLOSING_MARKS))
    if not words_of("relative").isdisjoint(w.lower() for w in _ALNUM_RUN.findall(text, own, at)):
        return None  # "…la institución que comanda Mario Rozas.": a relative's subject
    rest = text[at + size : end].rstrip(" .")
    if rest and not (
        rest[0] == ","
        and len(rest) <= _CLOSING_APPOSITION
        and "que" not in _ALNUM_RUN.findall(rest)
    ):
        return None
    if _after_preposition(text, at, lo):
        words = _ALNUM_RUN.findall(text, max(lo, at - 60), at)
        lead = [
            w.lower()
            for w in words
            if w.lower() not in words_of("determiner") and w.lower() not in role_words()
        ]
        if len(lead) < _NOUN_AND_DE or not (
            (lead[-1] in words_of("of") and lead[-2] in word_set("speech_nouns.txt"))
            # "El fallo fue celebrado por la fiscal X.": a passive's agent acts; not a
            # participle's alone ("Boca, dirigido por X")
            or (
                len(lead) > _NOUN_AND_DE
                and lead[-1] == "por"
                and lead[-2].endswith(endings_of("any_participle"))
                and (
                    lead[-3] in words_of("copula")
                    or lead[-3].endswith(endings_of("any_participle"))  # "ha sido"
                )
            )
        ):
            return None
    return Phrase(at, at + size, PERSON, name=Span(at, at + size))


#: The dashes that open a line of dialogue ("—No es así —dijo…").
_DIALOGUE_DASHES = frozenset("—―–-")
#: The closing marks after which a sentence's own words go on.
_CLOSING_MARKS = ("»", "”", '"')
#: How long an apposition may run after the name that closes a sentence (", académica
#: de la Universidad de Chile.").
_CLOSING_APPOSITION = 80


#: A capitalised word, as a name's words are matched inside a quotation.
_NAME_WORD = regex.compile(r"\p{Lu}[\p{L}'-]{2,}")


def _not_named_inside(
    text: str,
    cast: Cast,
    raw: RawQuote,
    phrase: Phrase | None,
    index: TokenIndex | None = None,
) -> Phrase | None:
    """The carried speaker ``phrase``, unless the quotation names that very person.

    "Los gremios lo ven distinto. «Soto no escuchó a nadie».": a name inside the
    quotation is the person it is about, not its speaker, when a group the sentence
    before opens on is there to say it (a person may name themself: "«Ortuño seguirá
    haciendo de Ortuño»", and the speaker carries then).
    """
    if phrase is None or phrase.kind != PERSON or phrase.plural:
        return phrase
    entity = cast.resolve(phrase)
    if entity.kind != PERSON:
        return phrase
    # the person's name words, as written in the quotation (a lone surname opening
    # it is no cast mention: the cast reads it as the sentence's capital)
    names = set(_NAME_WORD.findall(text, entity.start, entity.end))
    if not names or names.isdisjoint(_NAME_WORD.findall(text, raw.start, raw.end)):
        return phrase
    other = _opening_subject(text, raw.open_at, index)
    if other is not None and other.kind in _SPEAKER_KINDS and other.plural and other.name is None:
        return other
    return phrase


def _speech_owner_before(text: str, pos: int, index: TokenIndex | None = None) -> Phrase | None:
    """The owner of the words the previous sentence opens on, as its subject.

    "Las declaraciones del mandatario complican al Gobierno. Ayer, por ejemplo, dijo
    que el país estaba «en guerra».": a noun of what was said (``speech_nouns.txt``)
    and its owner after "de" open the sentence (an adjunct and its comma may stand
    first); the verb with no subject after it goes on with that owner.
    """
    before = _sentence_before(text, pos, index)
    if before is None:
        return None
    back, _, tokens = before
    k = 0
    if tokens and tokens[0].low in words_of("preposition"):
        # "En el marco de la crisis, las intervenciones del mandatario…"
        comma = text.find(",", tokens[0].start, back)
        k = bisect_right([t.start for t in tokens], comma) if comma >= 0 else len(tokens)
    owner = _speech_noun_owner(text, tokens, k, back, None)
    if owner is None or owner.phrase is None or owner.phrase.kind not in _SPEAKER_KINDS:
        return None
    return owner.phrase


def _introduced_unnamed(
    text: str, pos: int, said: _Said | None, index: TokenIndex | None = None
) -> Phrase | None:
    """The role or group the previous sentence of the paragraph has as its subject.

    "La vocera de los vecinos celebró la noticia, aunque con cautela. «Hay que ver si
    cumplen», advirtió.": a new subject between two quotations ends the speaker
    carried, a role or a group as much as a name (:func:`_introduced` reads the
    names). For a quotation that opens its sentence, the sentence before in its
    paragraph or the last of the paragraph before ("Los gremios rechazaron el
    anuncio.¶«…»."), agreeing in number with the quotation's verb when it shows one
    ("Los vecinos esperan. «…», dijo." is one of them, unnamed).
    """
    s_lo = sentence_start_of(text, pos, 0)
    if text[s_lo:pos].strip():
        return None  # the quotation's own sentence may name its subject
    before = _sentence_before(text, pos, index)
    if before is None:
        return None
    back, floor, words = before
    head = main_subject(text, back, floor, index, words=words)
    found = head[0] if head is not None else _opening_with_verb(text, pos, index)
    if found is None or found.name is not None:
        return None
    if not (_someone_or_group(found) or (found.kind == ORGANIZATION and found.plural)):
        return None
    opener = text[found.start : found.end].split(maxsplit=1)[0].lower()
    if "\n" in text[back:pos] and not (found.plural or opener in words_of("indefinite")):
        # across paragraphs only someone new or a group: "El presidente resumió así:¶«…»"
        # is the one the text is about, whom the speaker carried already names
        return None
    if said is not None and said.plural is not None and said.plural != found.plural:
        return None
    return found


#: How far back a sentence's subject is looked for as the topic a quotation continues.
_TOPIC_SUBJECT_REACH = 600


def _topic_since(
    text: str, named: Sequence[tuple[int, int]], named_at: Sequence[int], since: int, pos: int
) -> Phrase | None:
    """The person the last sentence opening on a person since ``since`` is about.

    "La ministra Ana Paz visitó el hospital.¶Recorrió las salas.¶«Faltan médicos».":
    the speaker carries only while no other subject intervenes, and a sentence that
    opens on a person (any verb) makes that person the one the text goes on about.
    """
    lo = max(since + 1, pos - _TOPIC_SUBJECT_REACH)
    k = bisect_left(named_at, pos) - 1
    while k >= 0 and named_at[k] >= lo:
        at, size = named[k]
        s_lo = sentence_start_of(text, at, 0)
        lead = text[s_lo:at].lstrip()
        if not lead or (
            _role_lead().fullmatch(lead) is not None and not _after_preposition(text, at, s_lo)
        ):
            s_hi = sentence_end(text, at, pos)
            later = named[k + 1 : bisect_left(named_at, s_hi)]
            if any(text[a : a + n] != text[at : at + size] for a, n in later):
                return None  # "X seguirá internada, así lo dijo su hija, Y": not about X alone
            return Phrase(at, at + size, PERSON, name=Span(at, at + size))
        k -= 1
    return None


def _carried_past(  # noqa: PLR0913, PLR0917
    text: str,
    cast: Cast,
    quoted: _QuotedSpans,
    phrase: Phrase | None,
    since: int,
    pos: int,
    index: TokenIndex | None = None,
) -> Phrase | None:
    """The carried speaker ``phrase``, unless the paragraphs since it turned to another.

    A quotation paragraph continues a speaker's turn when it follows their quotation
    with no one else brought in ("X dijo:¶«…»¶«…»"). A paragraph of the writer's between
    them whose sentence opens on another person, by name or role, any verb, makes that
    one the speaker: "«…», aseguró el gerente.¶La delegada del sindicato, Ana Gil,
    encabezó la protesta.¶«Nos mintieron»" gives Ana Gil (a pair, "Ana Gil y Pedro
    Sosa", or a group is no one person to carry).
    """
    # the paragraphs within reach, the latest first: the last one to open on someone
    # decides (a turn that far back is the text's topic, not a turn)
    since = max(since, pos - _TURN_REACH) if since >= 0 else since
    first = text.find("\n", since, pos) if since >= 0 and phrase is not None else -1
    if first < 0 or phrase is None:
        return phrase  # the same paragraph, or no speaker before
    end = text.rfind("\n", first, pos)
    read = 0
    while end > first and read < _TURN_PARAGRAPHS:
        start = text.rfind("\n", first, end)
        line = text[start + 1 : end].strip()
        # a paragraph of the writer's closes a sentence; a heading or a teaser's line,
        # read over, does not count
        if line[-1:] in _STOPS and not quoted.holds(text.find(line[0], start + 1, end)):
            read += 1
            other = _opening_other(text, start + 1, end, index)
            if other is not None:
                same = cast.resolve(other).key == cast.resolve(phrase).key
                return phrase if same else other
        end = start
    return phrase


def _someone(text: str, phrase: Phrase) -> bool:
    """Whether ``phrase`` is one person by name or role ("Ana Paz", "la fiscal"), no pair."""
    return (
        phrase.kind == PERSON
        and not phrase.plural
        and (phrase.name is not None or phrase.head is not None)
        and not _PAIR.search(text, phrase.start, phrase.end)
    )


#: Two names joined: "Piñera y Maduro" is no one person.
_PAIR = regex.compile(r"\p{Lu}\p{Ll}+ (?:y|e) \p{Lu}")


#: How far back the paragraphs between a turn and a quotation are read, and how many
#: of the writer's paragraphs at most.
_TURN_REACH = 1500
_TURN_PARAGRAPHS = 3
#: How far into a sentence its subject and verb are looked for.
_HEAD_REACH = 200


#: A bracket right after a role's complement ("(APSE)"), before its apposed name.
_BRACKET_AFTER = regex.compile(r"\s{0,2}\([^()\n]{1,40}\)")


def _apposed_name(
    text: str, role: Phrase, verb: int, index: TokenIndex | None = None
) -> Phrase | None:
    """The name set after a role between commas, a bracket between ("…(Fedeco), Ana Gil,").

    "La vocera de la Federación de Comerciantes (Fedeco), Ana Gil, salió al paso": the
    person is the name, not the office written in full.
    """
    if role.name is not None:
        return None
    at = role.end
    bracket = _BRACKET_AFTER.match(text, at, verb)
    at = bracket.end() if bracket is not None else at
    if text[at : at + 1] != ",":
        return None
    name = phrase_after(text, at + 1, verb, index)
    if name is None or name.kind != PERSON or name.name is None:
        return None
    return name if text[name.end : name.end + 1] == "," else None


def _opening_other(text: str, lo: int, hi: int, index: TokenIndex | None = None) -> Phrase | None:
    """The last person a sentence of the writer's paragraph ``[lo, hi)`` opens on.

    Its opening phrase, after an adjunct set off by a comma, is one person followed by
    its verb (:func:`main_subject`).
    """
    out = None
    at = lo
    while at < hi:
        end = sentence_end(text, at, hi)
        if end <= at:
            break
        # the subject and its verb stand near the sentence's head: read that much only
        found = main_subject(text, min(end, at + _HEAD_REACH), at, index)
        if found is not None and _someone(text, found[0]):
            out = _apposed_name(text, found[0], found[1], index) or found[0]
        at = end + 1
    return out


@functools.cache
def _turn_of_subject() -> regex.Pattern[str]:
    """A clause of its own after a conjunction, opening on a definite role.

    ", pero la diputada continuó", " y el ministro agregó".
    """
    return regex.compile(r"(?:,\s|\s)(?:pero|y|mientras|aunque) ((?:el|la) (\p{Ll}{3,30})) ")


def _spoke_since(anchor_at: Sequence[int], spoken: int, pos: int) -> bool:
    """Whether no reporting verb's subject stands between ``spoken`` and ``pos``.

    The speaker of a quotation carries to the next while no other subject intervenes;
    one found in its sentence with no verb of its own is not among the anchors.
    """
    return not _any_between(anchor_at, spoken, pos)


_SPOKEN = (QuoteKind.DIRECT, QuoteKind.PARTIAL)


def _interviewee(text: str, cast: Cast, found: Sequence[RawQuote]) -> Phrase | None:
    """The person or role an interview is with (:func:`interviewee`)."""
    return interviewee(text, cast, found)


def _after_preposition(text: str, at: int, floor: int) -> bool:
    """Whether the name at ``at`` is the object of a preposition ("por la ministra X").

    Determiners, role words and titles between the preposition and the name are
    stepped over.
    """
    lo = max(floor, at - 60)
    apposed = text[lo:at].rstrip().endswith(",")  # "a la secretaria de Justicia, Ana Paz"
    words = _ALNUM_RUN.findall(text, lo, at)
    roles = role_words()
    for word in reversed(words):
        low = word.lower()
        if low in roles or low.removeprefix("ex") in roles:
            apposed = False  # the role reached: what stands before it decides
            continue
        if apposed:
            continue  # the role's complement ("de Justicia", "regional"), read back to it
        if low in words_of("preposition") or low == "según":
            return True
        if low not in words_of("determiner"):
            return False
    return False


def _epithet_person(
    said: _Said | None,
    phrase: Phrase | None,
    anchors: Sequence[tuple[int, Phrase]],
    at: Sequence[int],
    pos: int,
) -> Phrase | None:
    """The carried ``phrase``, a person when the verb's subject is an epithet for one.

    "«…», agregó el político.": the last person before ``pos`` who spoke or was
    credited, never a body credited in between.
    """
    if said is None or not said.epithet or phrase is None or phrase.kind is PERSON:
        return phrase
    for k in range(bisect_right(at, pos) - 1, -1, -1):
        found = anchors[k][1]
        if found.kind is PERSON and not found.plural:
            return found
    return phrase


def _carry(
    anchors: Sequence[tuple[int, Phrase]],
    at: Sequence[int],
    pos: int,
    cast: Cast,
    quoted: _QuotedSpans,
) -> Phrase | None:
    """The last speaker before ``pos``; else the person the text is about; else the next speaker.

    With no speaker before it and no person, the organisation the text is about
    speaks: the last one that opens a sentence as its subject ("El Tribunal dio a conocer su
    fallo. … También señaló que…": Spanish drops the subject that carries).
    """
    k = bisect_right(at, pos) - 1
    if k >= 0:
        return anchors[k][1]
    person = cast.last_person(pos, skip=quoted.holds)
    if person is not None:
        start, end = cast.people[person]
        return Phrase(start, end, PERSON, name=Span(start, end))
    if anchors:
        return anchors[0][1]
    return _topic_organisation(cast, pos, quoted)


#: How far back the organisation a dropped subject stands for is looked for.
_TOPIC_REACH = 1500


def _topic_organisation(cast: Cast, pos: int, quoted: _QuotedSpans) -> Phrase | None:
    """The last organisation before ``pos`` that opens its sentence (its subject)."""
    for at, _, (start, end) in reversed(cast.orgs):
        if at >= pos or quoted.holds(at):
            continue
        if at < pos - _TOPIC_REACH:
            break
        lead = _ALNUM_RUN.findall(cast.text, sentence_start_of(cast.text, at, 0), at)
        if all(word.lower() in words_of("determiner") for word in lead):
            # the sentence opens on it: "El Tribunal…", "La Corte Suprema…"
            return Phrase(start, end, ORGANIZATION, name=Span(start, end))
    return None
