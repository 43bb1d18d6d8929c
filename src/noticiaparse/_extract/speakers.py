"""The learned speaker ranker: who said a quotation, the rules' pick one candidate of many.

The rules of :mod:`noticiaparse._extract.quotes` credit each quotation. This module
gathers, for each direct or partial quotation (interview turns keep the rules' credit),
the entities that may have said it, reads a few general features of each and scores
them with a linear model, its weights data (``lexicons/speaker_model.tsv``, made by
``bench/train_speakers.py``). The best-scoring candidate is the speaker; one of them is
*no one*.

The candidates: the rules' pick; every person, role, organisation, group or document
mentioned outside quotation marks in the quotation's sentence (before and after it),
the rest of its paragraph and the two paragraphs before; the previous quotation's
speaker. Mentions of one entity (as :meth:`Cast.resolve` has it) are one candidate: a
role that resolves to a named person is that person.

The features (:data:`FEATURES`) are positions (same sentence before or after the
quotation, the paragraph, the previous paragraphs), the distance, whether a mention is
the subject of a reporting verb and whether a reporting verb stands between it and the
quotation, whether the rules chose it, whether it spoke the previous quotation (and
whether another subject spoke since), the kind of mention, how often the entity is
named, and a few products of these with the shape of the quotation (partial, opening its
paragraph, after a colon, followed by "», dijo"). No word of any article is a feature.

The model is used only when its file says ``enabled yes``.

Examples:
    >>> len(speaker_model().weights) == len(FEATURES)
    True
"""

from __future__ import annotations

import functools
import math
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

import attrs
import regex

from noticiaparse._model import QuoteKind
from noticiaparse._reading import (
    ANONYMOUS,
    DOCUMENT,
    MEDIA,
    ORGANIZATION,
    PERSON,
    Credit,
    Phrase,
    RawQuote,
    Reading,
    Turn,
    reporting_participle,
    reporting_verb,
    words_of,
)
from noticiaparse._text.lexicons import rows
from noticiaparse._text.record import record_repr
from noticiaparse._text.sentences import sentence_bounds, sentence_start
from noticiaparse._text.span import Span

__all__ = ["FEATURES", "Candidate", "SpeakerModel", "candidates", "rerank", "speaker_model"]

#: The features of a candidate, in the order of the model's weights.
FEATURES = (
    "none",
    "rules",
    "sentence_before",
    "sentence_after",
    "paragraph_before",
    "paragraph_after",
    "previous_paragraph",
    "farther",
    "near",
    "distance",
    "reporting_subject",
    "subject_in_sentence",
    "verb_between",
    "last_named",
    "last_subject",
    "opens_sentence",
    "last_opener",
    "governed",
    "previous_speaker",
    "previous_interrupted",
    "full_name",
    "surname",
    "role",
    "organisation",
    "group",
    "document",
    "mentions",
    "partial_sentence_before",
    "colon_sentence_before",
    "verb_after_sentence_after",
    "opens_previous_speaker",
    "none_partial",
    "none_opens",
)

_INDEX = {name: k for k, name in enumerate(FEATURES)}

#: The kinds of phrase that may speak.
_SPEAKING = frozenset({PERSON, ORGANIZATION, ANONYMOUS, DOCUMENT, MEDIA})
#: How many paragraphs before the quotation's own are read for candidates.
_PARAGRAPHS_BACK = 2
#: Characters: a mention this near the quotation is "near".
_NEAR = 40
#: A word right after a quotation's close, past a comma or dash: "», dijo X".
_WORD_AFTER = regex.compile(r"[ \t]{0,3}[,]?[ \t]{0,3}[-–—]?[ \t]{0,3}(\p{Ll}{3,20})\b")
#: The features a nearer mention of the same entity does not replace.
_KEPT = frozenset(
    {
        "last_opener",
        "last_named",
        "last_subject",
        "rules",
        "previous_speaker",
        "previous_interrupted",
        "opens_previous_speaker",
    }
)
#: The most words before a mention that opens its sentence ("Por su parte, la").
_LEAD_WORDS = 4
#: What makes the words before a mention a clause of their own, not a lead.
_CLAUSE = regex.compile(r"\bque\b|[«»“”\"]")
#: The last word or two right before a mention ("a la", "con el", "dijo a").
_LAST_WORDS = regex.compile(r"(\p{L}+)\s+(?:(\p{L}+)\s+)?\Z")
_WORD_REACH = 24
#: The settings rows of the model file.
_SETTINGS = frozenset({"enabled"})


@attrs.frozen(repr=False)
class SpeakerModel:
    """A linear ranker over :data:`FEATURES`, ``weights`` in their order."""

    __repr__ = record_repr

    weights: tuple[float, ...]
    enabled: bool = False

    def score(self, vector: Sequence[float]) -> float:
        """A candidate's score: the higher, the likelier its speaker."""
        return sum(w * x for w, x in zip(self.weights, vector, strict=True) if x)


@functools.cache
def speaker_model() -> SpeakerModel:
    """The ranker of ``lexicons/speaker_model.tsv``."""
    weights: dict[str, float] = {}
    enabled = False
    for key, value in rows("speaker_model.tsv"):
        if key in _SETTINGS:
            enabled = value == "yes"
        else:
            weights[key] = float(value)
    return SpeakerModel(tuple(weights.get(name, 0.0) for name in FEATURES), enabled=enabled)


@attrs.frozen(repr=False)
class Candidate:
    """One entity that may have said a quotation: a mention of it, its key, its features.

    ``phrase`` is ``None`` for *no one*.
    """

    __repr__ = record_repr

    phrase: Phrase | None
    key: str
    features: tuple[float, ...]


@attrs.frozen(repr=False)
class _Mention:
    __repr__ = record_repr

    phrase: Phrase
    key: str
    #: The subject of a reporting verb (its cue's start), else -1.
    cue_at: int
    #: Whether it opens its sentence (after a few words at most: "Más tarde, la …").
    opens: bool = False
    #: Whether a preposition stands right before it ("dijo a Radio Sur"): no subject.
    governed: bool = False


def _vector(**values: float) -> tuple[float, ...]:
    out = [0.0] * len(FEATURES)
    for name, value in values.items():
        out[_INDEX[name]] = value
    return tuple(out)


class _Article:
    """What the ranker reads once per article: the mentions and the reporting verbs."""

    def __init__(self, reading: Reading) -> None:  # noqa: C901 - three kinds of mention
        self.reading = reading
        text = reading.text
        cast = reading.cast
        self.region_starts = [lo for lo, _ in reading.regions]
        keys: dict[tuple[int, int, str], str] = {}

        def key_of(phrase: Phrase) -> str:
            at = (phrase.start, phrase.end, phrase.kind)
            if at not in keys:
                keys[at] = cast.resolve(phrase).key
            return keys[at]

        self.key_of = key_of
        found: dict[tuple[int, int], _Mention] = {}
        verbs: list[int] = []
        for a in reading.attributions.found:
            if a.quoted:
                continue
            spoken = reporting_verb(a.cue) or reporting_participle(a.cue)
            if spoken:
                verbs.append(a.cue_start)
            p = a.phrase
            if p is None or p.kind not in _SPEAKING or cast.in_quotation(p.start):
                continue
            found[p.start, p.end] = _Mention(p, key_of(p), a.cue_start if spoken else -1)
        for at, name in cast.named:
            span = (at, at + len(name))
            if span in found or cast.in_quotation(at) or cast.full_name(name) not in cast.people:
                continue
            p = Phrase(at, at + len(name), PERSON, name=Span(*span))
            found[span] = _Mention(p, key_of(p), -1)
        for _, _name, span in cast.orgs:
            if (span[0], span[1]) in found or cast.in_quotation(span[0]):
                continue
            p = Phrase(span[0], span[1], ORGANIZATION, name=Span(*span))
            found[span[0], span[1]] = _Mention(p, key_of(p), -1)
        self.mentions = sorted(
            (
                attrs.evolve(
                    m, opens=self._opens(m.phrase.start), governed=self._governed(m.phrase.start)
                )
                for m in found.values()
            ),
            key=lambda m: m.phrase.start,
        )
        self.starts = [m.phrase.start for m in self.mentions]
        self.verbs = sorted(verbs)
        self.subjects = sorted(
            (m.cue_at if m.cue_at >= 0 else m.phrase.start, m.key)
            for m in self.mentions
            if m.cue_at >= 0 or m.opens
        )
        self.text = text

    def _opens(self, pos: int) -> bool:
        lo = self.reading.regions[self.region(pos)][0] if self.reading.regions else 0
        lead = self.reading.text[sentence_start(self.reading.text, pos, lo) : pos]
        return len(lead.split()) <= _LEAD_WORDS and not _CLAUSE.search(lead)

    def _governed(self, pos: int) -> bool:
        """Whether a preposition governs the mention at ``pos``, its determiner between."""
        hit = _LAST_WORDS.search(self.reading.text, max(0, pos - _WORD_REACH), pos)
        if hit is None:
            return False
        first, second = hit.group(1).lower(), (hit.group(2) or "").lower()
        word = first if not second or second in words_of("determiner") else second
        return word in words_of("preposition")

    def region(self, pos: int) -> int:
        return max(0, bisect_right(self.region_starts, pos) - 1)

    def verb_between(self, lo: int, hi: int) -> bool:
        k = bisect_left(self.verbs, lo)
        return k < len(self.verbs) and self.verbs[k] < hi

    def other_subject(self, lo: int, hi: int, key: str) -> bool:
        k = bisect_left(self.subjects, (lo, ""))
        while k < len(self.subjects) and self.subjects[k][0] < hi:
            if self.subjects[k][1] != key:
                return True
            k += 1
        return False


def _kind(phrase: Phrase, text: str) -> str:
    if phrase.kind == DOCUMENT:
        return "document"
    if phrase.kind in (ORGANIZATION, MEDIA):
        return "organisation"
    if phrase.kind == ANONYMOUS or phrase.plural:
        return "group"
    if phrase.name is None:
        return "role"
    return "full_name" if " " in text[phrase.name[0] : phrase.name[1]].strip() else "surname"


def _shape(text: str, raw: RawQuote, region: Span) -> tuple[bool, bool, bool]:
    """Whether the quotation opens its paragraph, follows a colon, is followed by "», dijo"."""
    before = text[region.start : raw.open_at].rstrip()
    opens = not before or before[-1] in "-–—"
    colon = before.endswith(":")
    hit = _WORD_AFTER.match(text, raw.close_at + 1)
    verb_after = hit is not None and reporting_verb(hit.group(1), after_quote=True)
    return opens, colon, verb_after


def _candidates_of(  # noqa: C901, PLR0912, PLR0915
    art: _Article,
    raw: RawQuote,
    kind: QuoteKind,
    rules: Phrase | None,
    previous: tuple[int, Phrase] | None,
) -> list[Candidate]:
    text = art.text
    regions = art.reading.regions
    r = art.region(raw.open_at)
    region = regions[r] if regions else Span(0, len(text))
    lo = regions[max(0, r - _PARAGRAPHS_BACK)][0] if regions else 0
    s_lo, s_hi = sentence_bounds(text, raw.open_at, region.start, region.end)
    s_hi = max(s_hi, sentence_bounds(text, raw.close_at, region.start, region.end).end)
    opens, colon, verb_after = _shape(text, raw, region)
    partial = kind is QuoteKind.PARTIAL
    feats: dict[str, dict[str, float]] = {}
    best: dict[str, tuple[tuple[int, int], Phrase]] = {}
    counts: dict[str, int] = {}
    for m in art.mentions[: bisect_left(art.starts, raw.open_at)]:
        counts[m.key] = counts.get(m.key, 0) + 1

    def place(p: Phrase, cue_at: int) -> tuple[tuple[int, int], dict[str, float]]:
        """Where a mention stands, as features, and how near (the lower the nearer)."""
        after = p.start >= raw.close_at
        distance = p.start - raw.close_at if after else max(0, raw.open_at - p.end)
        values: dict[str, float] = {_kind(p, text): 1.0}
        if s_lo <= p.start < s_hi:
            rank = 0
            values["sentence_after" if after else "sentence_before"] = 1.0
            between = (
                art.verb_between(raw.close_at, p.start + 1)
                if after
                else art.verb_between(p.end, raw.open_at)
            )
            if between:
                values["verb_between"] = 1.0
            if cue_at >= 0:
                values["subject_in_sentence"] = 1.0
            if not after and partial:
                values["partial_sentence_before"] = 1.0
            if not after and colon:
                values["colon_sentence_before"] = 1.0
            if after and verb_after:
                values["verb_after_sentence_after"] = 1.0
        elif art.region(p.start) == r:
            rank = 1
            values["paragraph_after" if after else "paragraph_before"] = 1.0
        elif p.start >= lo:
            rank = 2
            values["previous_paragraph"] = 1.0
        else:
            rank = 3
            values["farther"] = 1.0
        values["distance"] = math.log1p(distance) / 8
        values["near"] = 1.0 if distance <= _NEAR else 0.0
        return (rank, distance), values

    def add(m: _Mention, extra: dict[str, float]) -> None:
        key, p, cue_at = m.key, m.phrase, m.cue_at
        near, values = place(p, cue_at)
        if m.opens:
            values["opens_sentence"] = 1.0
        if m.governed:
            values["governed"] = 1.0
        f = feats.setdefault(key, {})
        subject = cue_at >= 0 or f.get("reporting_subject", 0.0) > 0
        if key not in best or near < best[key][0]:
            best[key] = (near, p)
            keep = {k: v for k, v in f.items() if k in _KEPT}
            f.clear()
            f.update(values)
            f.update(keep)
        if subject:
            f["reporting_subject"] = 1.0
        f.update(extra)

    last: str | None = None
    last_subject: str | None = None
    last_opener: str | None = None
    for m in art.mentions[bisect_left(art.starts, lo) : bisect_left(art.starts, region.end)]:
        if not raw.open_at <= m.phrase.start < raw.close_at:
            add(m, {})
        if m.phrase.end <= raw.open_at:
            last = m.key
            if 0 <= m.cue_at < raw.open_at:
                last_subject = m.key
            if m.opens:
                last_opener = m.key
    if last is not None:
        feats[last]["last_named"] = 1.0
    if last_subject is not None:
        feats[last_subject]["last_subject"] = 1.0
    if last_opener is not None:
        feats[last_opener]["last_opener"] = 1.0
    if rules is not None:
        add(_Mention(rules, art.key_of(rules), -1), {"rules": 1.0})
    if previous is not None:
        key = art.key_of(previous[1])
        extra = {"previous_speaker": 1.0}
        if art.other_subject(previous[0], raw.open_at, key):
            extra["previous_interrupted"] = 1.0
        if opens:
            extra["opens_previous_speaker"] = 1.0
        add(_Mention(previous[1], key, -1), extra)
    nobody = _vector(none=1.0, none_partial=float(partial), none_opens=float(opens))
    out = [Candidate(None, "", nobody)]
    for key, f in feats.items():
        f["mentions"] = math.log1p(counts.get(key, 0)) / 3
        phrase = rules if rules is not None and f.get("rules") else best[key][1]
        out.append(Candidate(phrase, key, _vector(**f)))
    return out


def _spoken(credit: Credit) -> bool:
    spoken = credit.kind in (QuoteKind.DIRECT, QuoteKind.PARTIAL)
    return spoken and credit.quotation.turn is Turn.NONE


def candidates(reading: Reading, said: Sequence[Credit]) -> list[list[Candidate] | None]:
    """The candidates of each of ``said`` (``None`` for one the ranker leaves alone)."""
    art: _Article | None = None
    out: list[list[Candidate] | None] = []
    previous: tuple[int, Phrase] | None = None
    for credit in said:
        if not _spoken(credit):
            out.append(None)
            continue
        art = art or _Article(reading)
        out.append(_candidates_of(art, credit.quotation, credit.kind, credit.speaker, previous))
        if credit.speaker is not None:
            previous = (credit.quotation.close_at, credit.speaker)
    return out


def rerank(
    reading: Reading, said: tuple[Credit, ...], model: SpeakerModel | None = None
) -> tuple[Credit, ...]:
    """``said`` with each spoken quotation's speaker the best candidate of ``model``.

    ``model`` is :func:`speaker_model` unless given; unchanged when it is not enabled.
    """
    model = model or speaker_model()
    if not model.enabled or not any(_spoken(c) for c in said):
        return said
    out = []
    for credit, found in zip(said, candidates(reading, said), strict=True):
        if found is None:
            out.append(credit)
            continue
        top = max(found, key=lambda c: model.score(c.features))
        out.append(attrs.evolve(credit, speaker=top.phrase))
    return tuple(out)
