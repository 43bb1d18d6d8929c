"""Quotations: find them, classify them, attribute them.

Marks are paired by :func:`noticiaparse._text.marks.pair_marks` (one scan with a
small stack; an apostrophe or a prime is no mark). A quotation left open at the end
of a paragraph goes on in the next one when that paragraph reopens it (the Spanish
convention for long quotes); otherwise it ends at the end of its paragraph. Dash
dialogue (``—No es así —dijo el ministro—.``) is read per paragraph.

Each quotation is then classified (direct, partial, term, title) from its shape
and the words around it, and direct and partial ones are attributed to a speaker
through :mod:`noticiaparse._reading`.
"""

from __future__ import annotations

import functools
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence

import attrs
import regex

from noticiaparse._model import Quote, QuoteKind, Segment
from noticiaparse._reading import (
    PERSON,
    Attributions,
    Cast,
    Phrase,
    Reading,
    Token,
    TokenIndex,
    endings_of,
    phrase_after,
    phrase_before,
    read_attributions,
    regions_read,
    reporting_forms,
    reporting_participle,
    reporting_verb,
    words_in,
    words_of,
)
from noticiaparse._text.lexicons import lines
from noticiaparse._text.marks import OpenMark, family_of, pair_marks
from noticiaparse._text.sentences import breaks_between, sentence_bounds
from noticiaparse._text.sentences import sentence_start as sentence_start_of
from noticiaparse._text.spine import Spine

__all__ = ["RawQuote", "find_quotes", "read_quotes"]

#: A quotation of this many words or fewer is short: a term, unless a verb claims it.
_SHORT_WORDS = 3
#: A quotation of this many words or more reads as a sentence.
_SENTENCE_WORDS = 6
#: The most adverbs and auxiliaries stepped over between a closing mark and its cue.
_MAX_STEPPED = 3


@attrs.frozen
class RawQuote:
    """A paired quotation in normalised offsets: content ``start``/``end``.

    ``open_at`` is the offset of the opening mark (the content start for dash
    dialogue); ``depth`` is how many quotations enclose it; ``recovered`` says the
    closing mark was missing.
    """

    start: int
    end: int
    open_at: int
    close_at: int
    depth: int
    dash: bool = False
    recovered: bool = False


def _find_raw(text: str, regions: Sequence[tuple[int, int]]) -> list[RawQuote]:
    out: list[RawQuote] = []
    carry: list[OpenMark] = []
    for index, (lo, hi) in enumerate(regions):
        start = lo
        while start < hi and text[start].isspace():
            start += 1
        if not carry and text[start : start + 1] in ("—", "―"):
            out.extend(_dash_dialogue(text, lo, hi))
            continue
        # the mark that reopens a long quote in its next paragraph is not a new quote
        pairs, left = pair_marks(text, start + 1 if carry else lo, hi, carry)
        carry = []
        out.extend(
            RawQuote(q_start, q_end, open_at, close_at, depth)
            for open_at, q_start, q_end, close_at, depth in pairs
            if _has_word(text, q_start, q_end)
        )
        if not left:
            continue
        # a long quote goes on when the next paragraph reopens it with the same family
        outer = left[0]
        if index + 1 < len(regions):
            nlo, nhi = regions[index + 1]
            first_at = nlo
            while first_at < nhi and text[first_at].isspace():
                first_at += 1
            first = text[first_at : first_at + 1]
            # «…¶»… and “…¶“…: the reopening mark may be either shape of the family
            if family_of(first) is outer.family:
                carry = [outer]
                # the reopening mark is part of the quote, not a new one
                continue
        end = hi
        while end > outer[2] and text[end - 1] in " \n":
            end -= 1
        if (
            _has_word(text, outer[2], end)
            and " " in text[outer[2] : end].strip()
            and not text[outer[2] : outer[2] + 1].isspace()
        ):
            out.append(RawQuote(outer[2], end, outer[1], end, 0, recovered=True))
    out.sort(key=lambda q: (q.start, -q.end))
    return _outside_shortcodes(text, regions, out)


#: A CMS shortcode's opening tag with attributes ('[caption id="a_1" align="…"]'), kept
#: in the text when it sits inside a paragraph: its quoted values are markup, not quotes.
_SHORTCODE_TAG = regex.compile(r"\[[a-z_]{2,30}\s[^\[\]\n]{0,1000}+\]")


def _outside_shortcodes(
    text: str, regions: Sequence[tuple[int, int]], found: list[RawQuote]
) -> list[RawQuote]:
    """``found`` without the quotation marks that are a shortcode's attribute values."""
    tags = [
        match.span()
        for lo, hi in regions
        if "[" in text[lo:hi]
        for match in _SHORTCODE_TAG.finditer(text, lo, hi)
        if '="' in match.group()
    ]
    if not tags:
        return found
    starts = [start for start, _ in tags]
    kept = []
    for quote in found:
        k = bisect_right(starts, quote.open_at) - 1
        if k < 0 or quote.open_at >= tags[k][1]:
            kept.append(quote)
    return kept


def _has_word(text: str, start: int, end: int) -> bool:
    return _WORD_CHAR.search(text, start, end) is not None


_WORD_CHAR = regex.compile(r"[\p{L}\p{N}]")
_DASH_INCISE = regex.compile(r" [—―]([a-záéíóúñ]{2,20})")
_DASH_AFTER = regex.compile(r" [—―]")
_ALNUM_RUN = regex.compile(r"[\p{L}\p{N}]+")


def _dash_dialogue(text: str, lo: int, hi: int) -> list[RawQuote]:
    """``—No es así —dijo el ministro—. Vamos a…``: each spoken piece is a quote."""
    out = []
    start = lo + (len(text[lo:hi]) - len(text[lo:hi].lstrip())) + 1
    pos = start
    while pos < hi:
        match = _DASH_INCISE.search(text, pos, hi)
        if match is None or not reporting_verb(match.group(1), after_quote=True):
            end = hi
            while end > pos and text[end - 1] in " \n":
                end -= 1
            if end > pos and any(c.isalnum() for c in text[pos:end]):
                out.append(RawQuote(pos, end, pos - 1, end, 0, dash=True))
            break
        end = match.start()
        if any(c.isalnum() for c in text[pos:end]):
            out.append(RawQuote(pos, end, pos - 1, end, 0, dash=True))
        close = text.find("—", match.end(), hi)
        if close < 0:
            break
        pos = close + 1
        while pos < hi and text[pos] in " .,;":
            pos += 1
    return out


@functools.cache
def _cue_list(name: str) -> tuple[tuple[int, frozenset[tuple[str, ...]]], ...]:
    """The cues of lexicon ``name`` as word tuples, grouped by length, longest first."""
    by_length: dict[int, set[tuple[str, ...]]] = {}
    for entry in lines(name):
        words = tuple(entry.lower().split())
        by_length.setdefault(len(words), set()).add(words)
    return tuple((size, frozenset(cues)) for size, cues in sorted(by_length.items(), reverse=True))


def _ends_with(
    words: Sequence[str],
    cues: tuple[tuple[int, frozenset[tuple[str, ...]]], ...],
    reach: int = 1,
) -> bool:
    """Whether one of ``cues`` ends ``words`` or ends within ``reach`` words of its end."""
    for back in range(reach):
        tail = tuple(words[: len(words) - back]) if back else tuple(words)
        for size, group in cues:
            if size <= len(tail) and tail[len(tail) - size :] in group:
                return True
    return False


def _before_words(text: str, pos: int, floor: int) -> list[str]:
    lo = max(floor, pos - 160)
    lo = max(lo, text.rfind(". ", lo, pos) + 1)  # the current sentence only
    return [w.lower() for w in _ALNUM_RUN.findall(text, lo, pos)][-8:]


def _classify(  # noqa: C901
    text: str, raw: RawQuote, floor: int, *, verb_near: bool, verb_que: bool
) -> QuoteKind:
    content = text[raw.start : raw.end].strip()
    if raw.dash:
        return QuoteKind.DIRECT
    words = content.split()
    first = content.lstrip("¿¡(…. ")[:1]
    capital = first.isupper() or first.isdigit()
    before = text[max(floor, raw.open_at - 3) : raw.open_at].rstrip(" ")
    prev_words = _before_words(text, raw.open_at, floor)
    after = text[raw.close_at + 1 : raw.close_at + 3].lstrip(" ")
    if capital and _ends_with(prev_words, _cue_list("title_cues.txt"), reach=2):
        return QuoteKind.TITLE
    if prev_words and prev_words[-1] == "que":
        return QuoteKind.PARTIAL
    if _ends_with(prev_words, _cue_list("partial_cues.txt"), reach=1):
        return QuoteKind.PARTIAL
    if (
        prev_words
        and prev_words[-1] in words_of("term_lead")
        and any(
            w[len(stem) :] in endings_of("qualifying_ending")
            for w in prev_words[:-1]
            for stem in lines("qualifying_verbs.txt")
            if w.startswith(stem)
        )
    ):
        return QuoteKind.PARTIAL  # "calificó el discurso de «provocador»"
    if before.endswith(":"):
        return QuoteKind.DIRECT if capital else QuoteKind.PARTIAL
    short = len(words) <= _SHORT_WORDS
    sentence_like = content[-1:] in ".!?…" or len(words) >= _SENTENCE_WORDS
    if raw.depth > 0 and short:
        return QuoteKind.TERM
    # "…", continuó, "el precio…": words given right after a reporting incise
    incise = (
        before.endswith(",")
        and bool(prev_words)
        and reporting_verb(prev_words[-1], after_quote=True)
    )
    if capital:
        if sentence_like or (after[:1] == "," and verb_near) or incise:
            return QuoteKind.DIRECT
        return QuoteKind.TERM
    if incise and not short:
        return QuoteKind.DIRECT
    if short:
        if prev_words and prev_words[-1] in words_of("article"):
            return QuoteKind.TERM
        return QuoteKind.PARTIAL if verb_que or (after[:1] == "," and verb_near) else QuoteKind.TERM
    return QuoteKind.PARTIAL


@attrs.frozen
class _Said:
    phrase: Phrase | None
    cue: str | None
    explicit: bool


@functools.cache
def _adverbs_auxiliaries() -> frozenset[str]:
    """The adverbs and auxiliaries :func:`_after_close` steps over before a cue."""
    return words_of("adverb") | words_of("auxiliary")


def _after_close(  # noqa: C901, PLR0912
    text: str, raw: RawQuote, hi: int, index: TokenIndex | None = None
) -> _Said | None:
    """``«…», dijo X`` / ``«…», según X`` / headline ``«…»: X``."""
    pos = raw.close_at + (0 if raw.recovered or raw.dash else 1)
    if raw.dash:
        match = _DASH_AFTER.match(text, raw.end, hi)
        if match is None:
            return None
        pos = match.end()
    tail = text[pos : min(hi, pos + 200)]
    stripped = tail.lstrip(" ")
    offset = pos + len(tail) - len(stripped)
    if stripped.startswith(":"):
        phrase = phrase_after(text, offset + 1, hi, index)
        if phrase is not None and phrase.name is not None:
            return _Said(phrase, None, explicit=True)
        return None
    if stripped[:1] in ",—" or (stripped[:1].isalpha() and stripped[:1].islower()):
        offset += 1 if stripped[:1] in ",—" else 0
        tokens = words_in(text, offset, min(hi, offset + 200), index)
        k = 0
        stepped = _adverbs_auxiliaries()
        while k < len(tokens) and k < _MAX_STEPPED and tokens[k].low in stepped:
            k += 1
        if (k < len(tokens) and tokens[k].low == "según") or (
            k + 2 < len(tokens)
            and [t.low for t in tokens[k : k + 3]]
            in (["de", "acuerdo", "con"], ["de", "acuerdo", "a"])
        ):
            skip = 1 if tokens[k].low == "según" else 3
            phrase = (
                phrase_after(text, tokens[k + skip - 1].end, hi, index)
                if k + skip <= len(tokens)
                else None
            )
            return _Said(
                phrase, tokens[k].text if skip == 1 else "de acuerdo con", phrase is not None
            )
        if k < len(tokens) and reporting_verb(tokens[k].text, after_quote=True):
            verb = tokens[k]
            if text[offset : verb.start].count(",") > 1 or "." in text[offset : verb.start]:
                return None
            phrase = phrase_after(text, verb.end, hi, index)
            if phrase is None:
                # "dijo en su oportunidad el ministro": skip a short adverbial
                for j in range(k + 1, min(len(tokens), k + 5)):
                    if tokens[j].low in words_of("definite") or tokens[j].capital:
                        if (
                            "," in text[verb.end : tokens[j].start]
                            or "." in text[verb.end : tokens[j].start]
                        ):
                            break
                        if tokens[k + 1].low in words_of("after_verb_adjunct"):
                            phrase = phrase_after(text, tokens[j].start, hi, index)
                        break
            if phrase is not None and phrase.kind == "document":
                phrase = None
            return _Said(phrase, verb.text, phrase is not None)
    return None


def _before_open(  # noqa: C901
    text: str,
    raw: RawQuote,
    lo: int,
    index: TokenIndex | None = None,
    subjects: Mapping[tuple[int, int], Phrase | None] | None = None,
) -> _Said | None:
    """``X dijo: «…»``, ``X afirmó que «…»``, ``según X, «…»``, headline ``X: «…»``.

    ``subjects`` are the verbs' subjects the attributions already read, by
    ``(position, floor)`` (:meth:`noticiaparse._reading.Attributions.subjects`).
    """
    subjects = subjects or {}
    sentence_start = sentence_start_of(text, raw.open_at, lo)
    sentence_start = max(sentence_start, raw.open_at - 250)  # an attribution sits close by
    pre = text[sentence_start : raw.open_at]
    stripped = pre.rstrip()
    if stripped.endswith(":") and sentence_start == lo:
        # the headline convention "Boric: «…»"
        phrase = phrase_before(text, sentence_start + len(stripped) - 1, sentence_start, index)
        if phrase is not None and phrase.start == sentence_start + len(pre) - len(pre.lstrip()):
            return _Said(phrase, None, explicit=True)
    tokens = words_in(text, sentence_start, raw.open_at, index)
    balance = _mark_balance(text, sentence_start, raw.open_at)
    forms = reporting_forms()
    for k in range(len(tokens) - 1, -1, -1):
        tok = tokens[k]
        low = tok.low
        # only "según" and reporting verb forms are cues: no other word is tested (a
        # word that keeps its final full stop, "S.A.", is: its ``low`` is not its text's)
        if low not in forms and low != "según" and tok.text[-1] != ".":
            continue
        if balance(tok.start):
            continue
        if low == "según" and k + 1 < len(tokens):
            phrase = phrase_after(text, tok.end, raw.open_at, index)
            if phrase is not None:
                return _Said(phrase, tok.text, explicit=True)
        if reporting_verb(tok.text) or (
            k > 0 and tokens[k - 1].low in words_of("auxiliary") and reporting_participle(tok.text)
        ):
            phrase = _subject(text, _aux_start(tokens, k), sentence_start, index, subjects)
            if phrase is None:
                after = phrase_after(text, tok.end, raw.open_at, index)
                if after is not None and after.name is not None:
                    phrase = after
            return _Said(phrase, tok.text, phrase is not None)
    return None


def _subject(
    text: str,
    pos: int,
    floor: int,
    index: TokenIndex | None,
    subjects: Mapping[tuple[int, int], Phrase | None],
) -> Phrase | None:
    """:func:`phrase_before`, unless the attributions read it already."""
    key = (pos, floor)
    return subjects[key] if key in subjects else phrase_before(text, pos, floor, index)


def _aux_start(tokens: Sequence[Token], k: int) -> int:
    while k > 0 and tokens[k - 1].low in words_of("perfect_auxiliary"):
        k -= 1
    return tokens[k].start


def _mark_balance(text: str, lo: int, hi: int) -> functools.partial[bool]:
    """A test of whether a position in ``text[lo:hi]`` sits inside a quotation opened there."""
    positions: list[int] = []
    inside: list[bool] = []
    opened = straight = 0
    for match in _BALANCE_MARK.finditer(text, lo, hi):
        mark = match.group()
        if mark == '"':
            straight += 1
        else:
            opened += 1 if mark in "«“" else -1
        positions.append(match.start())
        inside.append(opened > 0 or straight % 2 == 1)
    return functools.partial(_balance_at, positions, inside)


def _balance_at(positions: list[int], inside: list[bool], pos: int) -> bool:
    k = bisect_left(positions, pos) - 1
    return k >= 0 and inside[k]


_BALANCE_MARK = regex.compile('[«»“”"]')


def find_quotes(
    spine: Spine, regions: Sequence[tuple[int, int]], reading: Reading | None = None
) -> tuple[Quote, ...]:
    """Every quotation inside ``regions`` of ``spine.text``, classified and attributed.

    ``reading`` is the article's words and cast already read over ``regions``
    (:func:`noticiaparse._reading.read_article`), when the caller shares them with
    :func:`noticiaparse._extract.sources.find_sources`.

    Examples:
        >>> from noticiaparse._text.spine import build_spine
        >>> spine = build_spine("«No vamos a retroceder», dijo la ministra Ana Soto.")
        >>> [(q.text, q.kind.value, q.speaker.text) for q in find_quotes(spine, [(0, 51)])]
        [('No vamos a retroceder', 'direct', 'Ana Soto')]
    """
    return read_quotes(spine, regions, reading)[0]


def read_quotes(
    spine: Spine, regions: Sequence[tuple[int, int]], reading: Reading | None = None
) -> tuple[tuple[Quote, ...], Attributions | None]:
    """:func:`find_quotes`, with the attributions read on the way (``None``: no quotation).

    The caller can hand them to :func:`noticiaparse._extract.sources.find_sources`, which reuses
    them when they hold for its regions and quoted spans.
    """
    text = spine.text
    regions = _article_regions(text, _paragraphs(text, regions))
    raws = _find_raw(text, regions)
    if not raws:
        return (), None
    index, words, cast = regions_read(text, regions, reading)
    quoted = [(q.start, q.end) for q in raws]
    read = read_attributions(text, regions, quoted, words, index)
    attributions = [a for a in read.found if a.phrase is not None]
    subjects = read.subjects()
    region_of = _region_index(regions)
    attributions.sort(key=lambda a: a.cue_start)
    cue_starts = [a.cue_start for a in attributions]
    found: list[tuple[RawQuote, QuoteKind, _Said | None]] = []
    last_close = -1
    previous: _Said | None = None
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
        before = _before_open(text, raw, floor, index, subjects) if raw.depth == 0 else None
        if raw.depth == 0:
            if before is None and floor > lo and not breaks_between(text, floor, raw.open_at):
                before = previous  # "X dijo: «…» y «…»": the same attribution
            previous = before
        if said is None or (not said.explicit and before is not None and before.explicit):
            said = before if before is not None else said
        s_lo, s_hi = sentence_bounds(text, raw.open_at, lo, hi)
        first = bisect_left(cue_starts, s_lo)
        verb_near = said is not None or (first < len(cue_starts) and cue_starts[first] < s_hi)
        verb_que = any(
            _QUE.match(text, a.cue_end, raw.open_at) is not None
            for a in attributions[first : bisect_left(cue_starts, raw.open_at)]
        )
        kind = _classify(text, raw, floor, verb_near=verb_near, verb_que=verb_que)
        found.append((raw, kind, said))
    return tuple(_attribute(spine, cast, found, attributions)), read


def _paragraphs(text: str, regions: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The regions cut at line breaks: a quotation left open ends with its paragraph."""
    out = []
    for lo, hi in regions:
        start = lo
        while start < hi:
            stop = text.find("\n", start, hi)
            stop = hi if stop < 0 else stop
            if text[start:stop].strip():
                out.append((start, stop))
            start = stop + 1
    return out


def _article_regions(text: str, regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The regions less teasers of other articles ("NOTICIA RELACIONADA" + a headline)."""
    labels = frozenset(entry.lower() for entry in lines("related_labels.txt"))
    teasers: set[str] = set()
    for lo, _ in regions:
        line_end = text.rfind("\n", 0, lo)
        while line_end > 0 and not text[text.rfind("\n", 0, line_end) + 1 : line_end].strip():
            line_end = text.rfind("\n", 0, line_end)
        previous = text[text.rfind("\n", 0, max(line_end, 0)) + 1 : max(line_end, 0)]
        if line_end > 0 and previous.strip().rstrip(":").lower() in labels:
            stop = text.find("\n", lo)
            teasers.add(text[lo : stop if stop >= 0 else len(text)].strip())
    if not teasers:
        return regions
    return [(lo, hi) for lo, hi in regions if text[lo:hi].strip() not in teasers]


# "que" within a few words after the verb: "afirmó ayer que", "dijo a la prensa que"
_QUE = regex.compile(r"(?:\s+[\p{L}\p{N},]+){0,3}?\s+que\b")


def _region_index(regions: Sequence[tuple[int, int]]) -> functools.partial[int]:
    starts = [s for s, _ in regions]
    return functools.partial(_locate, starts, regions)


def _locate(starts: list[int], regions: Sequence[tuple[int, int]], pos: int) -> int:
    i = bisect_right(starts, pos) - 1
    return i if i >= 0 and pos <= regions[i][1] else -1


def _attribute(  # noqa: C901
    spine: Spine,
    cast: Cast,
    found: list[tuple[RawQuote, QuoteKind, _Said | None]],
    attributions: Sequence[object],
) -> list[Quote]:
    text = spine.text
    # every explicit speaker and reporting-verb subject, by position, for carrying
    anchors: list[tuple[int, Phrase]] = []
    for raw, kind, said in found:
        if (
            kind in (QuoteKind.DIRECT, QuoteKind.PARTIAL)
            and said is not None
            and said.phrase is not None
        ):
            anchors.append((raw.start, said.phrase))
    for attribution in attributions:
        phrase = getattr(attribution, "phrase", None)
        if phrase is not None and phrase.kind == PERSON:
            anchors.append((getattr(attribution, "cue_start", 0), phrase))
    anchors.sort(key=lambda a: a[0])
    # a person's mention as a phrase is built only for the quote that needs it
    named = [(at, len(name)) for at, name in cast.named if cast.full_name(name) in cast.people]
    named_at = [at for at, _ in named]
    anchor_at = [at for at, _ in anchors]
    out = []
    for raw, kind, said in found:
        speaker: Segment | None = None
        cue = said.cue if said is not None else None
        if kind in (QuoteKind.DIRECT, QuoteKind.PARTIAL):
            phrase = said.phrase if said is not None else None
            if phrase is None:
                # a person named earlier in the same sentence, else the last speaker
                s_lo, _ = sentence_bounds(text, raw.open_at, 0, len(text))
                k = bisect_right(named_at, raw.start) - 1
                if k >= 0 and named_at[k] >= s_lo:
                    at, size = named[k]
                    phrase = Phrase(at, at + size, PERSON, name=(at, at + size))
                if phrase is None:
                    phrase = _carry(anchors, anchor_at, raw.start, cast)
            if phrase is not None:
                entity = cast.resolve(phrase)
                speaker = spine.segment(entity.start, entity.end)
        else:
            cue = None
        o_start, o_end = spine.span(raw.start, raw.end)
        content = spine.display(raw.start, raw.end)
        if not content:
            continue
        out.append(
            Quote(text=content, start=o_start, end=o_end, kind=kind, speaker=speaker, cue=cue)
        )
    del text
    return out


def _carry(
    anchors: Sequence[tuple[int, Phrase]], at: Sequence[int], pos: int, cast: Cast
) -> Phrase | None:
    """The last speaker before ``pos``; else the person the text is about; else the next speaker."""
    k = bisect_right(at, pos) - 1
    if k >= 0:
        return anchors[k][1]
    person = cast.last_person(pos)
    if person is not None:
        start, end = cast.people[person]
        return Phrase(start, end, PERSON, name=(start, end))
    return anchors[0][1] if anchors else None
