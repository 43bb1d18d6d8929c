"""Attributions: the reporting verbs and cues of the text, with their subjects.

:func:`find_attributions` finds each reporting verb or cue ("según") and the phrase
it credits; :func:`read_attributions` reads them once per article, region by region,
for quotes and sources to share.
"""

from __future__ import annotations

import functools
from bisect import bisect_right
from collections.abc import Sequence
from itertools import compress, count

import attrs
import regex

from noticiaparse._reading.phrases import (
    DOCUMENT,
    MEDIA,
    PERSON,
    Phrase,
    _match_words,
    _phrase_at,
    _stop,
    _subject_position,
    phrase_before,
)
from noticiaparse._reading.tokens import (
    _LOW,
    Token,
    TokenIndex,
    region_tokens,
    words_in,
)
from noticiaparse._reading.vocabulary import (
    _cues_by_first,
    _participles,
    _verbs,
    attribution_cues,
    endings_of,
    reporting_participle,
    reporting_verb,
    words_of,
)
from noticiaparse._text.sentences import sentence_start

__all__ = [
    "Attribution",
    "Attributions",
    "RegionAttributions",
    "find_attributions",
    "read_attributions",
]


@attrs.frozen
class Attribution:
    """A reporting verb or attribution phrase and the phrase it credits."""

    cue: str
    cue_start: int
    cue_end: int
    phrase: Phrase | None


def _inside(spans: Sequence[tuple[int, int]], starts: Sequence[int], pos: int) -> bool:
    i = bisect_right(starts, pos) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def find_attributions(
    text: str,
    regions: Sequence[tuple[int, int]],
    quoted: Sequence[tuple[int, int]] = (),
    tokens_by_region: Sequence[Sequence[Token]] | None = None,
    index: TokenIndex | None = None,
) -> tuple[Attribution, ...]:
    """Every reporting verb and attribution phrase in ``regions`` with what it credits.

    ``quoted`` are the spans of quotation contents: words there are the speaker's,
    not the writer's, and are skipped. The regions' tokens can be given when the
    caller already has them (:func:`region_tokens`), as ``tokens_by_region``; ``index``
    (:func:`index_tokens`) serves the windows read around each verb.

    Examples:
        >>> text = "Según La Tercera, el vocero Marcelo Díaz dijo que no."
        >>> [(a.cue, text[a.phrase.start:a.phrase.end]) for a in find_attributions(text, [(0, 52)])]
        [('según', 'La Tercera'), ('dijo', 'el vocero Marcelo Díaz')]
    """
    return read_attributions(text, regions, quoted, tokens_by_region, index).found


@attrs.frozen
class RegionAttributions:
    """What :func:`read_attributions` found in one region, and what it asked of the quotes.

    The quoted spans matter only through two questions: whether a cue word sits inside
    a quotation (``inside``: position, answer) and where the quotation before a verb
    ends (``floors``: verb position, floor). Other spans that give the same answers
    give the same attributions (:meth:`holds_for`).
    """

    region: tuple[int, int]
    found: tuple[Attribution, ...]
    inside: tuple[tuple[int, bool], ...] = attrs.field(repr=False)
    floors: tuple[tuple[int, int], ...] = attrs.field(repr=False)
    #: :func:`phrase_before` as read for each verb: ((position, floor), phrase).
    subjects: tuple[tuple[tuple[int, int], Phrase | None], ...] = attrs.field(
        default=(), repr=False
    )

    def holds_for(self, spans: Sequence[tuple[int, int]], starts: Sequence[int]) -> bool:
        """Whether the sorted quoted ``spans`` (``starts`` their starts) give the same answers."""
        lo = self.region[0]
        return all(_inside(spans, starts, at) == hit for at, hit in self.inside) and all(
            _floor(spans, starts, at, lo) == floor for at, floor in self.floors
        )


@attrs.frozen
class Attributions:
    """What :func:`read_attributions` found in each region of an article.

    Another reader of the same text can reuse a region's findings when its quoted
    spans give the same answers there (``known`` in :func:`read_attributions`).
    """

    text: str = attrs.field(repr=False)
    regions: tuple[RegionAttributions, ...]

    @property
    def found(self) -> tuple[Attribution, ...]:
        """Every attribution, region by region."""
        return tuple(a for region in self.regions for a in region.found)

    def subjects(self) -> dict[tuple[int, int], Phrase | None]:
        """What :func:`phrase_before` gave for ``(position, floor)`` as the verbs were read."""
        return {key: phrase for region in self.regions for key, phrase in region.subjects}

    def holds_for(
        self, regions: Sequence[tuple[int, int]], quoted: Sequence[tuple[int, int]]
    ) -> bool:
        """Whether :func:`read_attributions` over ``regions`` and ``quoted`` finds ``found``.

        Examples:
            >>> text = "Dijo «no». Según La Tercera, ganó."
            >>> read = read_attributions(text, [(0, 34)], [(6, 8)])
            >>> read.holds_for([(0, 34)], [(6, 9)]), read.holds_for([(0, 34)], [(11, 16)])
            (True, False)
        """
        if tuple(regions) != tuple(r.region for r in self.regions):
            return False
        spans = sorted(quoted)
        starts = [s for s, _ in spans]
        return all(r.holds_for(spans, starts) for r in self.regions)


def _floor(spans: Sequence[tuple[int, int]], starts: Sequence[int], at: int, lo: int) -> int:
    """Where a verb's subject may start: after the quotation that ends before ``at``."""
    k = bisect_right(starts, at) - 1
    if k >= 0 and spans[k][1] <= at:
        return max(lo, spans[k][1] + 1)
    return lo


def read_attributions(  # noqa: PLR0913
    text: str,
    regions: Sequence[tuple[int, int]],
    quoted: Sequence[tuple[int, int]] = (),
    tokens_by_region: Sequence[Sequence[Token]] | None = None,
    index: TokenIndex | None = None,
    *,
    known: Attributions | None = None,
) -> Attributions:
    """:func:`find_attributions`, kept region by region with what it asked of ``quoted``.

    A region ``known`` already read (by another reader of the same text) is reused when
    ``quoted`` gives the same answers there.

    Examples:
        >>> text = "Dijo «no». Según La Tercera, ganó."
        >>> first = read_attributions(text, [(0, 9), (11, 34)], [(6, 8)])
        >>> again = read_attributions(text, [(11, 34)], [], known=first)
        >>> again.regions[0] is first.regions[1]
        True
    """
    spans = sorted(quoted)
    starts = [s for s, _ in spans]
    reusable: dict[tuple[int, int], RegionAttributions] = {}
    if known is not None and known.text is text:
        reusable = {r.region: r for r in known.regions}
    if tokens_by_region is None:
        tokens_by_region = region_tokens(text, regions, index)
    out = []
    for (lo, hi), tokens in zip(regions, tokens_by_region, strict=True):
        done = reusable.get((lo, hi))
        if done is None or not done.holds_for(spans, starts):
            done = _region_attributions(text, lo, hi, tokens, spans, starts, index)
        out.append(done)
    return Attributions(text, tuple(out))


def _region_attributions(  # noqa: C901, PLR0912, PLR0913, PLR0917
    text: str,
    lo: int,
    hi: int,
    tokens: Sequence[Token],
    spans: Sequence[tuple[int, int]],
    starts: Sequence[int],
    index: TokenIndex | None,
) -> RegionAttributions:
    cues = _cues_by_first()
    candidates = _candidate_words()
    out: list[Attribution] = []
    inside: list[tuple[int, bool]] = []
    floors: list[tuple[int, int]] = []
    subjects: dict[tuple[int, int], Phrase | None] = {}
    resume = lo
    openers = _opening_words()
    multi_cue = _multi_cue().match
    # only the words that can open a cue are looked at (one set lookup a word)
    for i in list(compress(count(), map(openers.__contains__, map(_LOW, tokens)))):
        tok = tokens[i]
        at = tok.start
        if at < resume:
            continue
        if tok.low not in candidates and multi_cue(text, at, hi) is None:
            continue
        hit = _inside(spans, starts, at)
        inside.append((at, hit))
        if hit:
            continue
        matched = False
        for words, cue in cues.get(tok.low, ()):
            if _match_words(tokens, i, words):
                j = i + len(words)
                # "según señala La Tercera": skip a reporting verb after the cue
                if j < len(tokens) and reporting_verb(tokens[j].text) and len(words) == 1:
                    j += 1
                # "de acuerdo a datos de la Secretaría", "según lo informado por X"
                j = _skip_vague(tokens, j)
                found = _phrase_at(text, tokens, j) if j < len(tokens) else None
                if found is not None and _credible(found[0]):
                    out.append(
                        Attribution(cue, tok.start, tokens[i + len(words) - 1].end, found[0])
                    )
                    resume = tokens[found[1] - 1].end
                    matched = True
                break
        if matched:
            continue
        if reporting_participle(tok.text) and i + 1 < len(tokens) and tokens[i + 1].low == "por":
            out.extend(
                Attribution(tok.text, tok.start, tok.end, phrase)
                for phrase in _split_pair(text, _phrase_at(text, tokens, i + 2))
            )
            continue
        if reporting_verb(tok.text) or (
            i > 0 and tokens[i - 1].low in words_of("auxiliary") and reporting_participle(tok.text)
        ):
            if _participle_alone(tokens, i):
                # "lo informado por las autoridades", "anunciado por el Gobierno"
                if i + 1 < len(tokens) and tokens[i + 1].low == "por":
                    found = _phrase_at(text, tokens, i + 2)
                    if found is not None and _credible(found[0]):
                        out.append(Attribution(tok.text, tok.start, tok.end, found[0]))
            else:
                floor = _floor(spans, starts, tok.start, lo)
                floors.append((tok.start, floor))
                out.append(_verb_attribution(text, tokens, i, floor, index, subjects))
                media = _media_object(text, tokens, i)
                if media is not None:
                    out.append(Attribution(tok.text, tok.start, tok.end, media))
    return RegionAttributions(
        (lo, hi), tuple(out), tuple(inside), tuple(floors), tuple(subjects.items())
    )


@functools.cache
def _opening_words() -> frozenset[str]:
    """Words that can open an attribution: candidates and first words of multi-word cues."""
    return _candidate_words() | _multi_words()


@functools.cache
def _multi_words() -> frozenset[str]:
    """First words of multi-word cues that are not candidates on their own."""
    return frozenset(_cues_by_first()) - _candidate_words()


@functools.cache
def _candidate_words() -> frozenset[str]:
    """Single words that can start an attribution: one-word cues, verbs, participles."""
    single = {words[0] for words, _ in attribution_cues() if len(words) == 1}
    return frozenset(single) | frozenset(_verbs()) | _participles()


@functools.cache
def _multi_cue() -> regex.Pattern[str]:
    """The multi-word attribution cues ("de acuerdo con", "en palabras de"), any case."""
    phrases = sorted(
        (" ".join(w) for w, _ in attribution_cues() if len(w) > 1), key=len, reverse=True
    )
    body = "|".join(regex.escape(p).replace("\\ ", " ").replace(" ", " {1,3}") for p in phrases)
    return regex.compile(rf"(?:{body})(?![\p{{L}}\p{{N}}])", regex.IGNORECASE)


def _skip_vague(tokens: Sequence[Token], j: int) -> int:
    n = len(tokens)
    if j < n and tokens[j].low in words_of("vague_object"):
        k = j + 1
        if k < n and tokens[j].low == "lo" and reporting_participle(tokens[k].text):
            k += 1
        if k < n and tokens[k].low in words_of("source_link"):
            return k + 1 if tokens[k].low != "del" else k
    return j


def _split_pair(text: str, found: tuple[Phrase, int] | None) -> list[Phrase]:
    """``Sharp y Jadue``: two people named together are two sources."""
    if found is None or not _credible(found[0]):
        return []
    phrase = found[0]
    if phrase.kind != PERSON or phrase.name is None or phrase.head is not None:
        return [phrase]
    inner = text[phrase.name[0] : phrase.name[1]]
    at = inner.find(" y ")
    if at < 0:
        return [phrase]
    a0, a1 = phrase.name[0], phrase.name[0] + at
    b0, b1 = a1 + 3, phrase.name[1]
    return [Phrase(a0, a1, PERSON, name=(a0, a1)), Phrase(b0, b1, PERSON, name=(b0, b1))]


def _media_object(text: str, tokens: Sequence[Token], i: int) -> Phrase | None:
    """``confirmaron a Emol``, ``dijo a La Tercera``: the outlet the words were given to."""
    j = i + 1
    if j < len(tokens) and tokens[j].low in words_of("object_pronoun"):
        j += 1
    if j + 1 < len(tokens) and tokens[j].low in words_of("to"):
        k = j + 1
        if (
            tokens[k].low in words_of("singular_definite")
            and not tokens[k].capital
            and k + 1 < len(tokens)
        ):
            k += 1  # "dijo a la Cadena SER"
        if tokens[k].capital:
            found = _phrase_at(text, tokens, k)
            if found is not None and found[0].kind == MEDIA:
                return found[0]
    return None


def _participle_alone(tokens: Sequence[Token], i: int) -> bool:
    low = tokens[i].low
    if not low.endswith(endings_of("masculine_participle")):
        return False
    return i == 0 or tokens[i - 1].low not in words_of("auxiliary")


def _credible(phrase: Phrase) -> bool:
    return phrase.kind != PERSON or phrase.name is not None or phrase.head is not None


def _verb_attribution(  # noqa: PLR0913, PLR0917
    text: str,
    tokens: Sequence[Token],
    i: int,
    floor: int,
    index: TokenIndex | None,
    subjects: dict[tuple[int, int], Phrase | None],
) -> Attribution:
    tok = tokens[i]
    j = i
    while j > 0 and tokens[j - 1].low in words_of("auxiliary"):
        j -= 1
    verb_start = tokens[j].start
    sentence = sentence_start(text, verb_start, floor)
    subject = phrase_before(text, verb_start, sentence, index)
    subjects[verb_start, sentence] = subject
    if subject is not None and (
        not _credible(subject) or not _subject_position(text, subject, sentence)
    ):
        subject = None
    if subject is None and i + 1 < len(tokens):
        # "…, señaló el ministro" / "informó la Fiscalía": a subject after the verb
        before = text[sentence:verb_start].rstrip()
        echo = before.lower().endswith(" lo") or before.lower() == "lo" or before.endswith("Así lo")
        if not before or echo or before.endswith((",", "»", "”", '"', "—", ":")):
            found = _phrase_at(text, tokens, i + 1)
            if (
                found is not None
                and _credible(found[0])
                and (found[0].kind != DOCUMENT or echo)
                and not text[found[0].start : found[0].start + 5].lower().startswith("quien")
                and text[found[0].end : found[0].end + 2].strip()[:1] not in _OPEN_MARKS
            ):
                subject = found[0]
    coordinated = (
        j > 0 and tokens[j - 1].low in words_of("coordinator") and tokens[j - 1].start >= sentence
    )
    if subject is None and (tok.low.endswith(endings_of("gerund")) or coordinated):
        # "X defendió el plan y aseguró que…": the clause's subject
        # "varios partidos desestimaron el impacto, indicando que…": the clause's subject
        subject = _sentence_subject(text, sentence, verb_start, index)
    return Attribution(tok.text, tok.start, tok.end, subject)


_OPEN_MARKS = "«“\"'‘„"


def _sentence_subject(
    text: str, sentence: int, stop: int, index: TokenIndex | None
) -> Phrase | None:
    """The phrase that opens the sentence, after an opening adverbial ("Además, …")."""
    tokens = words_in(text, sentence, min(len(text), stop + 200), index)
    idx = 0
    first = idx
    for k in range(idx, min(len(tokens), idx + 5)):
        if tokens[k].start >= stop:
            break
        if text[tokens[k].end : tokens[k].end + 1] == ",":
            if all(
                _stop(t) or not t.capital or t.low in words_of("incise_tail")
                for t in tokens[idx : k + 1]
            ):
                first = k + 1
            break
    # a dateline opens the sentence: "BUENOS AIRES (AFP) — El presidente…"
    while first < len(tokens) and tokens[first].start < stop and tokens[first].text.isupper():
        first += 1
    if first >= len(tokens) or tokens[first].start >= stop:
        return None
    found = _phrase_at(text, tokens, first)
    if found is None or not _credible(found[0]) or found[0].end > stop:
        return None
    return found[0]
