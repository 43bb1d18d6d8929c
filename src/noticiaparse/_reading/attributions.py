"""Attributions: the reporting verbs and cues of the text, with their subjects.

:func:`find_attributions` finds each reporting verb or cue ("según") and the phrase
it credits; :func:`read_attributions` reads them once per article, region by region,
for quotes and sources to share.
"""

from __future__ import annotations

import functools
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Mapping, Sequence
from itertools import compress, count
from typing import Any

import attrs
import regex

from noticiaparse._reading.channels import credited_channel
from noticiaparse._reading.names import (
    first_names,
    name_run,
)
from noticiaparse._reading.phrases import (
    ANONYMOUS,
    DOCUMENT,
    MEDIA,
    ORGANIZATION,
    PERSON,
    Phrase,
    holder_role,
    is_stop,
    match_words,
    phrase_at,
    plural_verb,
    verb_like,
)
from noticiaparse._reading.subjects import (
    phrase_before,
    phrase_ending,
    subject_position,
)
from noticiaparse._reading.tokens import (
    LOW,
    Token,
    TokenIndex,
    region_tokens,
    words_in,
)
from noticiaparse._reading.vocabulary import (
    attribution_cues,
    attribution_cues_by_first,
    closed_set,
    cues_by_first_word,
    endings_of,
    media_anaphora,
    participle_forms,
    reporting_lemmas,
    reporting_participle,
    reporting_verb,
    role_words,
    time_adjuncts,
    trailing_cues,
    word_set,
    words_of,
)
from noticiaparse._text.lexicons import by_first
from noticiaparse._text.record import record_repr
from noticiaparse._text.sentences import sentence_start
from noticiaparse._text.span import Span, Spans, pairs

__all__ = [
    "Attribution",
    "Attributions",
    "VerbKey",
    "find_attributions",
    "fused_role",
    "read_attributions",
    "relative_past_adverbial",
    "voices",
]

#: A reporting verb as the subjects are filed: ``(verb position, sentence start)``, two
#: positions rather than a stretch of text.
VerbKey = tuple[int, int]


@attrs.frozen(repr=False)
class Attribution:
    """A reporting verb or attribution phrase and the phrase it credits."""

    __repr__ = record_repr

    cue: str
    cue_start: int
    cue_end: int
    phrase: Phrase | None
    #: Whether the cue stands inside a quotation (the speaker's own attribution).
    quoted: bool = False


def _inside(spans: Sequence[Span], starts: Sequence[int], pos: int) -> bool:
    i = bisect_right(starts, pos) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def find_attributions(
    text: str,
    regions: Sequence[Span],
    quoted: Sequence[Span] = (),
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
        >>> found = find_attributions(text, [Span(0, 52)])
        >>> [(a.cue, text[a.phrase.start:a.phrase.end]) for a in found]
        [('según', 'La Tercera'), ('dijo', 'el vocero Marcelo Díaz')]
    """
    return read_attributions(text, regions, quoted, tokens_by_region, index).found


@attrs.frozen(repr=False)
class Attributions:
    """The attributions of an article, read once (:func:`read_attributions`).

    ``subjects`` is what :func:`phrase_before` gave for each verb, by ``(position,
    floor)``: the quotes reader asks the same question of the same verbs.
    """

    __repr__ = record_repr

    found: tuple[Attribution, ...]
    subjects: Mapping[VerbKey, Phrase | None] = attrs.field(repr=False)

    def unclaimed(self) -> Iterator[Attribution]:
        """The reporting verbs outside quotations the reading found no subject for.

        The readers of subjects the plain reading leaves unread start from them (a
        place's group before its verb, a document and its participle).
        """
        for attribution in self.found:
            if (
                attribution.phrase is None
                and not attribution.quoted
                and reporting_verb(attribution.cue)
            ):
                yield attribution


def _floor(spans: Sequence[Span], starts: Sequence[int], at: int, lo: int) -> int:
    """Where a verb's subject may start: after the quotation that ends before ``at``."""
    k = bisect_right(starts, at) - 1
    if k >= 0 and spans[k][1] <= at:
        return max(lo, spans[k][1] + 1)
    return lo


def _outermost(spans: Spans) -> Spans:
    """The spans of sorted ``spans`` that no other one holds.

    Examples:
        >>> _outermost(Spans.in_order([(0, 20), (5, 8), (25, 30)])).starts.tolist()
        [0, 25]
    """
    reach = -1
    keep: list[int] = []
    for k, (start, end) in enumerate(spans):
        if start >= reach:
            keep.append(k)
        reach = max(reach, end)
    if len(keep) == len(spans):
        return spans
    starts, ends = spans.starts, spans.ends
    return Spans(array("q", (starts[k] for k in keep)), array("q", (ends[k] for k in keep)))


def read_attributions(
    text: str,
    regions: Sequence[Span],
    quoted: Sequence[Span] = (),
    tokens_by_region: Sequence[Sequence[Token]] | None = None,
    index: TokenIndex | None = None,
) -> Attributions:
    """:func:`find_attributions`, with the subjects read on the way.

    Examples:
        >>> text = "Dijo «no». Según La Tercera, ganó."
        >>> [a.cue for a in read_attributions(text, [Span(0, 34)], [Span(6, 8)]).found]
        ['Dijo', 'según']
    """
    # the outermost quotations only: a word after a nested one ("«… 'x' … dice …»") is
    # still inside the one that holds both (columns: a page of quotations has many)
    spans = _outermost(Spans.in_order(quoted))
    starts = spans.starts
    if tokens_by_region is None:
        tokens_by_region = region_tokens(text, regions, index)
    found: list[Attribution] = []
    subjects: dict[VerbKey, Phrase | None] = {}
    openers = _opening_words()
    candidates = _candidate_words()
    credited = _CREDIT_WORD in text  # no credit line anywhere: none is looked for
    for (lo, hi), tokens in zip(pairs(regions), tokens_by_region, strict=True):
        # only the words that can open a cue are looked at (one set lookup a word); a
        # region with none (most short lines) has no attribution. Their positions are a
        # column of machine integers: a paragraph of quoted words ('"a" "a" …') has one
        # every four characters, a number object each would be 36 bytes where this is 8
        # (the column is built in one C pass: most regions have such a word, a test for
        # one before it would read every region twice)
        said: list[Attribution] = []
        opening = array("q", compress(count(), map(openers.__contains__, map(LOW, tokens))))
        if opening and opening[-1] == len(tokens) - 1 and tokens[-1].low not in candidates:
            opening.pop()  # a multi-word cue's first word, last in its region, opens none
        if opening:
            said = _region_attributions(
                text, Span(lo, hi), tokens, opening, (spans, starts), index, subjects
            )
        if not credited or text.find(_CREDIT_WORD, lo, hi) < 0:
            found.extend(said)
            continue
        lines = _credit_lines(text, Span(lo, hi), tokens)
        found.extend(sorted([*said, *lines], key=lambda a: a.cue_start) if lines else said)
    return Attributions(tuple(found), subjects)


def _region_attributions(  # noqa: C901, PLR0912, PLR0913, PLR0917
    text: str,
    region: Span,
    tokens: Sequence[Token],
    opening: Sequence[int],
    quoted: tuple[Sequence[Span], Sequence[int]],
    index: TokenIndex | None,
    subjects: dict[VerbKey, Phrase | None],
) -> list[Attribution]:
    """The attributions of one region; ``quoted`` the quotations' spans and their starts.

    ``opening`` are the indices of the region's words that can open a cue.

    Inside a quotation the words are the speaker's: an attribution phrase there
    (``«Según La Tercera, …»``) still credits its source, marked ``quoted``; a
    reporting verb there is not read.
    """
    lo, hi = region
    spans, starts = quoted
    cues = attribution_cues_by_first()
    candidates = _candidate_words()
    out: list[Attribution] = []
    resume = lo
    multi_cue = _multi_cue().match
    seconds = _second_words()
    for i in opening:
        tok = tokens[i]
        at = tok.start
        if at < resume:
            continue
        # (_may_open_multi(tokens, i), inline: most such words are "de", "en", "a")
        if tok.low not in candidates and (
            i + 1 >= len(tokens)
            or (
                (following := tokens[i + 1].low).isascii()
                and not following.startswith(seconds.get(tok.low, ()))
            )
            or multi_cue(text, at, hi) is None
        ):
            continue
        hit = _inside(spans, starts, at)
        credited, after, made_known = _cue_attributions(text, tokens, i, cues.get(tok.low, ()), hit)
        if credited:
            out.extend(credited)
            resume = after
            continue
        if hit:
            continue
        # "anunciado por el Gobierno", "un informe elaborado por la empresa X", "fue
        # criticada ayer por la ministra": a time between is stepped over
        by = _after_time(tokens, i + 1)
        if (
            by < len(tokens)
            and tokens[by].low == "por"
            and (reporting_participle(tok.text) or _made_by(tokens, i))
        ):
            agent = phrase_at(text, tokens, by + 1)
            out.extend(
                Attribution(tok.text, tok.start, tok.end, phrase)
                for phrase in [*_split_pair(text, agent), *_examples(text, tokens, agent)]
            )
            continue
        if tok.text.isupper() and not made_known:
            continue  # "COMISIONADO DESMIENTE LA INFORMACIÓN": a heading reports nothing
        if (
            made_known
            or reporting_verb(tok.text)
            or (
                i > 0
                and tokens[i - 1].low in words_of("auxiliary")
                and reporting_participle(tok.text)
            )
        ):
            if _participle_alone(tokens, i):
                # "lo informado por las autoridades", "anunciado por el Gobierno"
                if i + 1 < len(tokens) and tokens[i + 1].low == "por":
                    found = phrase_at(text, tokens, i + 2)
                    if found is not None and _credible(found[0]):
                        out.append(Attribution(tok.text, tok.start, tok.end, found[0]))
            else:
                floor = _floor(spans, starts, tok.start, lo)
                said = _verb_attribution(text, tokens, i, floor, index, subjects)
                both = (
                    _coordinated_people(text, tokens, i, floor, index)
                    if said.phrase is None
                    else []
                )
                if both:
                    # "La alcaldesa de X, Ana Paz, y el diputado Luis Mena denunciaron…"
                    out.extend(attrs.evolve(said, phrase=phrase) for phrase in both)
                elif said.phrase is None:
                    out.append(said)
                else:
                    # "Rolón y Fleitas denunciaron": two people, two sources
                    out.extend(
                        attrs.evolve(said, phrase=phrase)
                        for phrase in _split_pair(text, (said.phrase, 0))
                    )
                media = _media_object(text, tokens, i)
                if media is not None and credited_channel(tok.text, text[media.start : media.end]):
                    out.append(Attribution(tok.text, tok.start, tok.end, media))
    return out


def _cue_attributions(
    text: str,
    tokens: Sequence[Token],
    i: int,
    cues: Sequence[tuple[tuple[str, ...], str]],
    hit: bool,  # noqa: FBT001 - whether the cue stands inside a quotation
) -> tuple[list[Attribution], int, bool]:
    """What the attribution cue at token ``i`` credits, where reading resumes, and more.

    The third value says whether the cue made a document known: a verb cue followed by
    a document ("dio a conocer las cifras") credits nothing itself, its subject speaks.
    """
    tok = tokens[i]
    for words, cue in cues:
        if not match_words(tokens, i, words):
            continue
        j = i + len(words)
        # "según señala La Tercera": skip a reporting verb after the cue
        if j < len(tokens) and reporting_verb(tokens[j].text) and len(words) == 1:
            j = _after_time(tokens, j + 1)  # "según publicó este jueves ElNoticiero.com"
        elif (
            len(words) == 1
            and j + 1 < len(tokens)
            and tokens[j].low in words_of("auxiliary")
            and reporting_participle(tokens[j + 1].text)
        ):
            j = _after_time(tokens, j + 2)  # "según ha indicado la Guardia Civil"
        # "de acuerdo con cifras de la Secretaría", "según lo informado por X"
        j = _skip_vague(tokens, j)
        found = phrase_at(text, tokens, j) if j < len(tokens) else None
        if (found is None or not _credible(found[0])) and _fused_before(tokens, j):
            found = fused_role(text, tokens, j)  # "a juicio del director del Instituto"
        if found is not None and found[0].kind == DOCUMENT and words in _verb_cues():
            return [], tok.start, True  # "dio a conocer las cifras": what was made known
        if found is None or not _credible(found[0]):
            # "El INE dio a conocer que…": a verb cue with no one after it, its subject speaks
            return [], tok.start, words in _verb_cues()
        if (
            found[0].kind == MEDIA
            and (words, cue) in trailing_cues("channel")
            and not credited_channel(cue, text[found[0].start : found[0].end])
        ):
            return [], tok.start, False  # "en declaraciones a EFE": the agency writing
        cue_end = tokens[i + len(words) - 1].end
        named = [*_split_pair(text, found), *_examples(text, tokens, found)]
        out = [Attribution(cue, tok.start, cue_end, phrase, quoted=hit) for phrase in named]
        return out, max(tokens[found[1] - 1].end, named[-1].end if named else 0), False
    return [], tok.start, False


def _fused_before(tokens: Sequence[Token], j: int) -> bool:
    """Whether a preposition fused with an article ("del", "al") stands right before ``j``."""
    return 0 < j < len(tokens) and tokens[j - 1].low in word_set("fused_articles.txt")


def fused_role(text: str, tokens: Sequence[Token], j: int) -> tuple[Phrase, int] | None:
    """A role with no determiner at token ``j``, its article fused in the "del" before it.

    "a juicio del director del Instituto de Políticas Públicas", "en opinión del
    vocero de la Fiscalía": the role and its complement (prepositions, determiners,
    names, and a lower-case noun after each link) up to a comma or a stop; a given
    name right after the role and a word of it ("del economista jefe Jorge Sicilia"),
    or set between commas after its complement ("del director del Servicio, Pedro
    Ruiz,"), is its holder. ``None`` when no role stands there.

    Examples:
        >>> from noticiaparse._reading.tokens import words_in
        >>> text = "a juicio del director del Instituto, el plan"
        >>> phrase, _ = fused_role(text, words_in(text, 0, len(text)), 3)
        >>> text[phrase.start:phrase.end], phrase.head
        ('director del Instituto', 'director')
    """
    if tokens[j].low not in role_words() or tokens[j].capital:
        return None
    head = holder_role(tokens, j)
    links = words_of("preposition") | words_of("determiner")
    end = j + 1
    k = j + 1
    while k < len(tokens) and not text[tokens[k - 1].end : tokens[k].start].strip():
        tok = tokens[k]
        if tok.text in first_names() and k <= j + _ROLE_WORDS:
            return _holder_named(text, tokens, j, k, head)  # "economista jefe Jorge Sicilia"
        if not (tok.capital or tok.low in links or tokens[k - 1].low in links or k == j + 1):
            break
        k += 1
        if tok.low not in links:
            end = k  # the complement ends on a noun or a name, never on a link
    if (
        end < len(tokens)
        and text[tokens[end - 1].end : tokens[end].start].strip() == ","
        and tokens[end].text in first_names()
    ):
        run = name_run(text, tokens, end)
        if run < len(tokens) and text[tokens[run - 1].end : tokens[run].start].strip() == ",":
            return _holder_named(text, tokens, j, end, head)  # ", Pedro Ruiz,"
    phrase = Phrase(tokens[j].start, tokens[end - 1].end, PERSON, head=head)
    return phrase, end


#: How many words a role may have before its holder's given name ("economista jefe").
_ROLE_WORDS = 2


def _holder_named(
    text: str, tokens: Sequence[Token], j: int, k: int, head: str
) -> tuple[Phrase, int]:
    """The role at token ``j`` and the name of its holder opening at token ``k``."""
    run = max(name_run(text, tokens, k), k + 1)
    name = Span(tokens[k].start, tokens[run - 1].end)
    return Phrase(tokens[j].start, name.end, PERSON, name=name, head=head), run


#: "Fuente: INE." / "Fuentes: Banco Central y Cepal": a credit line, at a sentence's or
#: line's start, capitalised, with its colon.
_CREDIT_LINE = regex.compile(r"(?m)(?:^|(?<=[.!?»”\"] {0,3}))(Fuentes?) {0,3}:")
#: What every credit line holds (``_CREDIT_LINE``): a region without it has none.
_CREDIT_WORD = "Fuente"


def _credit_lines(text: str, region: Span, tokens: Sequence[Token]) -> list[Attribution]:
    """The sources a credit line names ("Fuente: Instituto Nacional de Estadísticas").

    News convention closes a chart, a table or a reprinted article with "Fuente:"
    and who the figures or the text come from; each name in the list (split at
    commas and "y") is a source, of the kind its name shows.
    """
    lo, hi = region
    out: list[Attribution] = []
    starts: list[int] | None = None  # built for the rare region that has a credit line
    for match in _CREDIT_LINE.finditer(text, lo, hi):
        if starts is None:
            starts = [t.start for t in tokens]
        j = bisect_left(starts, match.end())
        while j < len(tokens):
            found = phrase_at(text, tokens, j)
            if found is None or found[0].name is None:
                break
            out.append(Attribution("fuente", match.start(), match.end(1), found[0]))
            j = found[1]
            if j >= len(tokens):
                break
            gap = text[tokens[j - 1].end : tokens[j].start].strip()
            if gap == ",":
                continue  # "Fuentes: INE, Cepal"
            if gap == "" and tokens[j].low == "y":
                j += 1  # "… y Banco Mundial"
                continue
            break
    return out


@functools.cache
def _verb_cues() -> frozenset[tuple[str, ...]]:
    """The cues that are verbs: a document after one is its object, not its source."""
    return frozenset(words for words, _ in trailing_cues("verb"))


@functools.cache
def _opening_words() -> frozenset[str]:
    """Words that can open an attribution: candidates and first words of multi-word cues."""
    return _candidate_words() | _multi_words()


@functools.cache
def _multi_words() -> frozenset[str]:
    """First words of multi-word cues that are not candidates on their own."""
    return frozenset(attribution_cues_by_first()) - _candidate_words()


@functools.cache
def _candidate_words() -> frozenset[str]:
    """Single words that can start an attribution: one-word cues, verbs, participles."""
    single = {words[0] for words, _ in attribution_cues() if len(words) == 1}
    authored = word_set("authorship_participles.txt")
    return frozenset(single) | frozenset(reporting_lemmas()) | participle_forms() | authored


#: How many words before a maker's participle its document may stand ("el reporte
#: «Panorama Minero 2030» elaborado por").
_DOCUMENT_REACH = 8


def _made_by(tokens: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` is a participle naming a document's maker ("elaborado")."""
    if tokens[i].low not in word_set("authorship_participles.txt"):
        return False
    documents = word_set("document_cues.txt")
    return any(t.low in documents for t in tokens[max(0, i - _DOCUMENT_REACH) : i])


@functools.cache
def _second_words() -> dict[str, tuple[str, ...]]:
    """The second words of the multi-word cues, by their first ("de" -> "acuerdo")."""
    out: dict[str, set[str]] = {}
    for words, _ in attribution_cues():
        if len(words) > 1:
            out.setdefault(words[0], set()).add(words[1])
    return {first: tuple(sorted(seconds)) for first, seconds in out.items()}


def _may_open_multi(tokens: Sequence[Token], i: int) -> bool:
    """Whether a multi-word cue may open at token ``i``: the next word can be its second.

    "de", "en" and "a" open multi-word cues and stand everywhere: the cue pattern is
    tried only where the next word starts like a cue's second word (a word with a
    letter past ASCII is left to the pattern, whose case folding is its own).
    """
    if i + 1 >= len(tokens):
        return False
    after = tokens[i + 1].low
    return not after.isascii() or after.startswith(_second_words().get(tokens[i].low, ()))


@functools.cache
def _multi_cue() -> regex.Pattern[str]:
    """The multi-word attribution cues ("de acuerdo con", "en palabras de"), any case.

    Only whether one matches is asked: the cues are one alternation word by word (a
    trie, "en" opening ten of them once), which the engine tries a word at a time.
    """
    root: dict[str, Any] = {}
    for words, _ in attribution_cues():
        if len(words) > 1:
            node = root
            for word in words:
                node = node.setdefault(word, {})
            node[""] = {}
    return regex.compile(rf"{_word_trie(root)}(?![\p{{L}}\p{{N}}])", regex.IGNORECASE)


def _word_trie(node: dict[str, Any]) -> str:
    """The alternation of the word sequences under ``node`` (``""``: one ends there).

    A trie of whole words, not of characters as :func:`~noticiaparse._text.gates.word_trie`
    builds: between two words of a sequence it allows one to three spaces, and each
    word is one branch, so the engine compares a word at a time.
    """
    branches = []
    for word, child in sorted(node.items()):
        if not word:
            continue
        if set(child) == {""}:
            branches.append(regex.escape(word))
            continue
        rest = rf" {{1,3}}{_word_trie(child)}"
        branches.append(regex.escape(word) + (f"(?:{rest})?" if "" in child else rest))
    return "(?:" + "|".join(branches) + ")"


def _after_time(tokens: Sequence[Token], j: int) -> int:
    """Token ``j``, or the one after the time adjunct that opens there (``time_adjuncts.txt``)."""
    if j < len(tokens):
        for words in _time_adjuncts().get(tokens[j].low, ()):
            if match_words(tokens, j, words):
                return j + len(words)
    return j


@functools.cache
def _time_adjuncts() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The time adjuncts by their first word, longest first."""
    return by_first((words[0], words) for words in time_adjuncts())


def _skip_vague(tokens: Sequence[Token], j: int) -> int:
    if j + 1 < len(tokens) and tokens[j].low in words_of("definite") and tokens[j + 1].low != "lo":
        after = _skip_vague(tokens, j + 1)  # "según los datos del INE": the article too
        if after != j + 1:
            return after
    n = len(tokens)
    if j < n and tokens[j].low in words_of("vague_object"):
        k = j + 1
        if k < n and tokens[j].low == "lo" and reporting_participle(tokens[k].text):
            k += 1
        elif (
            k + 1 < n
            and tokens[k + 1].low == "por"
            and tokens[k].low.endswith(endings_of("participle"))
        ):
            k += 1  # "según la información proporcionada por Carabineros"
        if k < n and tokens[k].low in words_of("source_link"):
            return k + 1
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
    return [Phrase(a0, a1, PERSON, name=Span(a0, a1)), Phrase(b0, b1, PERSON, name=Span(b0, b1))]


def _examples(text: str, tokens: Sequence[Token], found: tuple[Phrase, int] | None) -> list[Phrase]:
    """The members a group source lists after it: "diversos organismos, como HRW y la ONU".

    After a plural source, ", como" (or "entre ellos", ``example_lead``) opens a list of
    names split at commas and "y": each is a source too.
    """
    if found is None or not found[0].plural:
        return []
    j = found[1]
    if j >= len(tokens) or text[tokens[j - 1].end : tokens[j].start].strip() != ",":
        return []
    group = found[0]
    for words in cues_by_first_word("example_leads.txt").get(tokens[j].low, ()):
        if match_words(tokens, j, words):
            members = _name_list(text, tokens, j + len(words))
            return [_member_of(text, group, member) for member in members]
    return []


def _member_of(text: str, group: Phrase, member: Phrase) -> Phrase:
    """A member of a group of organisations is one, unless it opens on a given name."""
    if group.kind != ORGANIZATION or member.kind != PERSON or member.name is None:
        return member
    first = text[member.name.start : member.name.end].split(maxsplit=1)[0]
    return member if first in first_names() else attrs.evolve(member, kind=ORGANIZATION)


def _name_list(text: str, tokens: Sequence[Token], j: int) -> list[Phrase]:
    """The named phrases listed from token ``j``, split at commas and "y"."""
    out: list[Phrase] = []
    while j < len(tokens):
        item = phrase_at(text, tokens, j)
        if item is None or item[0].name is None:
            break
        out.extend(_split_pair(text, item))
        j = item[1]
        if j >= len(tokens):
            break
        gap = text[tokens[j - 1].end : tokens[j].start].strip()
        if gap == "(" and text[tokens[j].end : tokens[j].end + 1] == ")":
            j += 1  # an acronym after the name: "Human Rights Watch (HRW)"
            gap = text[tokens[j - 1].end + 1 : tokens[j].start].strip() if j < len(tokens) else ""
        if gap == "," or (
            gap == "" and j < len(tokens) and tokens[j].low in words_of("coordinator")
        ):
            j += 1 if gap == "" else 0
            continue
        break
    return out


def _antecedent(
    text: str, tokens: Sequence[Token], k: int, sentence: int, index: TokenIndex | None
) -> Phrase | None:
    """The phrase a relative "quien" at token ``k`` stands for, set off by a comma.

    A name ("su representante Tomás Ferrer, quien informó"), or people by a role or
    as a group ("se reunió con los vecinos, quienes le reclamaron"): "quien" stands
    for people only.
    """
    if k == 0 or tokens[k - 1].start < sentence:
        return None
    if text[tokens[k - 1].end : tokens[k].start].strip() != ",":
        return None
    end = tokens[k - 1].end
    found = phrase_ending(text, end, sentence, index, person_after_noun=True)
    if found is not None and found.kind not in (PERSON, ORGANIZATION):
        # "la acusación de Pedro Soto, quien": a thing's phrase ends there, and the
        # person named last inside it is who "quien" stands for
        found = phrase_ending(text, end, found.start + 1, index, person_after_noun=True)
        found = found if found is not None and found.kind == PERSON else None
    if found is None or found.kind not in (PERSON, ORGANIZATION):
        return None
    if found.name is None and (found.kind != PERSON or (found.head is None and not found.plural)):
        return None
    return found


def _said_in(
    text: str, tokens: Sequence[Token], verb: Span, sentence: int, index: TokenIndex | None
) -> Phrase | None:
    """The institution an impersonal plural at token ``j`` speaks for, "en" before it.

    "En el municipio explican que «…»", as "«…», comentan en la Casa Rosada": with no
    subject of its own, a plural verb right after "en" and an institution reports its
    voice; an institution has its article ("en Italia aseguraron" is impersonal).
    ``verb`` holds the token indices of the verb's first word and of the verb.
    """
    j, i = verb
    if j == 0 or not plural_verb(tokens, i) or text[tokens[j - 1].end : tokens[j].start].strip():
        return None
    found = phrase_ending(text, tokens[j - 1].end, sentence, index)
    if found is None or found.kind != ORGANIZATION:
        return None
    if text[found.start : found.end].split(maxsplit=1)[0].lower() not in words_of("definite"):
        return None  # "en Italia aseguraron": a place, the verb impersonal
    words = text[max(sentence, found.start - 8) : found.start].split()
    return found if words and words[-1].lower() in words_of("source_in") else None


def _relative_at(tokens: Sequence[Token], j: int) -> int:
    """Where a relative before the verb at token ``j`` may end: past the clitics between.

    "los vecinos, quienes le reclamaron", "los docentes, que les dijeron".
    """
    while j > 1 and tokens[j - 1].low in closed_set("relative_clitic"):
        j -= 1
    return j


#: The most words of an adverbial between "quien" and its verb ("en su momento").
_RELATIVE_ADVERBIAL = 3


def relative_past_adverbial(text: str, tokens: Sequence[Token], j: int) -> int:
    """``j``, or the token after a "quien" a short adverbial before token ``j`` follows.

    "quien alguna vez dijo", "quien en 2019 afirmó", "quien en su momento sostuvo": the
    words between are in small letters or figures, no verb, no comma.
    """
    if j < 1 or tokens[j - 1].low in words_of("relative_person"):
        return j
    for m in range(j - 1, max(0, j - 1 - _RELATIVE_ADVERBIAL), -1):
        tok = tokens[m]
        if tok.capital or verb_like(tok) or text[tok.end : tokens[m + 1].start].strip():
            return j
        if m > 0 and tokens[m - 1].low in words_of("relative_person"):
            if text[tokens[m - 1].end : tok.start].strip():
                return j
            return m
    return j


def _people_antecedent(  # noqa: PLR0913 - the windows read from the index, as its siblings
    text: str,
    tokens: Sequence[Token],
    k: int,
    sentence: int,
    index: TokenIndex | None,
    *,
    plural: bool | None,
) -> Phrase | None:
    """The people a relative "que" at token ``k`` stands for, in the verb's number.

    "los vecinos que denunciaron", "un grupo de diputados que pidieron": the
    relative is the subject of its verb, so its antecedent is (on a thing it is the
    object: "las cifras que informó el ministerio", read after the verb).
    """
    if k == 0 or tokens[k - 1].start < sentence or plural is None:
        return None
    comma = text[tokens[k - 1].end : tokens[k].start].strip() == ","
    found = phrase_ending(text, tokens[k - 1].end, sentence, index)
    if found is None or found.kind not in (PERSON, ANONYMOUS) or found.plural != plural:
        return None
    opener = text[found.start : found.end].split(maxsplit=1)[0].lower()
    if not comma and opener not in words_of("determiner"):
        return None  # "catastran a víctimas que denunciaron": a bare noun names no one
    return found


#: How many words after a reporting verb the outlet it was said to may stand.
_MEDIA_REACH = 8


def _media_object(text: str, tokens: Sequence[Token], i: int) -> Phrase | None:
    """The outlet the words were given to: ``confirmaron a Emol``, ``dijo a La Tercera``.

    It may stand after the subject ("afirmó el dirigente a La Tercera") and be a
    medium spoken in ("afirmó en CNN Chile que"); the clause ends the search.
    """
    n = len(tokens)
    for j in range(i + 1, min(n - 1, i + _MEDIA_REACH)):
        gap = text[tokens[j - 1].end : tokens[j].start]
        # (a gap of one space, most of them, holds no mark)
        if (gap != " " and any(mark in gap for mark in '.;:«“"')) or tokens[j].low == "que":
            return None
        if tokens[j].low not in words_of("given_to"):
            continue
        k = j + 1
        if tokens[k].low in words_of("singular_definite") and not tokens[k].capital and k + 1 < n:
            k += 1  # "dijo a la Cadena SER"
        noun = (
            k + 1 < n
            and not tokens[k].capital
            and tokens[k].low in _media_nouns()
            and tokens[k + 1].capital
        )
        k += noun  # "dijo a la emisora Caracol Radio", "aseguró al diario Olé"
        if tokens[k].capital:
            found = phrase_at(text, tokens, k)
            if found is not None and (
                found[0].kind == MEDIA or (noun and _unnamed(text, found[0]))
            ):
                return attrs.evolve(found[0], kind=MEDIA)
    return None


@functools.cache
def _media_nouns() -> frozenset[str]:
    """The nouns of a medium ("diario", "emisora", "canal"): ``media_anaphora.tsv``."""
    return frozenset(words[-1] for words in media_anaphora())


def _unnamed(text: str, phrase: Phrase) -> bool:
    """Whether ``phrase`` is a capitalised name read as a person's that no given name opens."""
    if phrase.kind != PERSON or phrase.head is not None or phrase.name is None:
        return False
    return text[phrase.name[0] : phrase.name[1]].split(maxsplit=1)[0] not in first_names()


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
    subjects: dict[VerbKey, Phrase | None],
) -> Attribution:
    tok = tokens[i]
    j = i
    while j > 0 and tokens[j - 1].low in words_of("auxiliary"):
        j -= 1
    verb_start = tokens[j].start
    sentence = sentence_start(text, verb_start, floor)
    subject = phrase_before(text, verb_start, sentence, index)
    if subject is not None and plural_verb(tokens, i) and _one_person(text, subject):
        # "…tras el arresto del joven Pedro Vidal exigieron": a plural verb's subject is no
        # one person
        subject = None
    subjects[verb_start, sentence] = subject
    if subject is not None and (
        not _credible(subject) or not subject_position(text, subject, sentence)
    ):
        subject = None
    r = _relative_at(tokens, j)
    if subject is None and r > 0 and tokens[r - 1].low in words_of("relative_person"):
        # "su representante Tomás Ferrer, quien informó": the relative's antecedent
        subject = _antecedent(text, tokens, r - 1, sentence, index)
    # "…, agregó el músico": after a comma a reporting verb goes before its subject, and
    # that person is its subject over any name earlier in the sentence (one verb, one
    # subject: "…ritmos de Brasil y Angola, el disco será sencillo, agregó el músico")
    inverted = (
        subject is not None
        and j == i
        and text[sentence:verb_start].rstrip().endswith(",")
        and text[subject.end : verb_start].count(",") > 1
    )
    if (
        (subject is None or inverted)
        and i + 1 < len(tokens)
        and not text[tok.end : tokens[i + 1].start].strip()
    ):
        # "…, señaló el ministro" / "informó la Fiscalía": a subject after the verb, in
        # the same sentence and outside any quotation ("dijo. «Demasiados…»" has none)
        before = text[sentence:verb_start].rstrip()
        echo = (
            before.lower().endswith(" lo")
            or before.lower() in words_of("echo")
            or before.endswith("Así lo")
        )
        relative = _thing_relative(tokens, j, sentence)
        if not before or echo or relative or before.endswith((",", "»", "”", '"', "—", ":")):
            k = _subject_start(text, tokens, i)
            found = phrase_at(text, tokens, k) or _described_name(text, tokens, k)
            if (
                found is not None
                and _credible(found[0])
                and (found[0].kind != DOCUMENT or echo or relative)
                and not text[found[0].start : found[0].start + 5].lower().startswith("quien")
                and text[found[0].end : found[0].end + 2].strip()[:1] not in _OPEN_MARKS
                and (not inverted or _closing_person(text, found[0]))
            ):
                subject = found[0]
    if subject is None and r > 0 and tokens[r - 1].low == "que":
        # "un grupo de diputados que pidieron…": the people the relative stands for
        subject = _people_antecedent(
            text, tokens, r - 1, sentence, index, plural=plural_verb(tokens, i)
        )
    if subject is None:
        subject = _clause_subject(text, tokens, Span(j, i), sentence, index) or _said_in(
            text, tokens, Span(j, i), sentence, index
        )
    return Attribution(tok.text, tok.start, tok.end, subject)


def _coordinated_people(
    text: str, tokens: Sequence[Token], i: int, floor: int, index: TokenIndex | None
) -> list[Phrase]:
    """The two people joined by "y" before the plural verb at token ``i``, each a subject.

    "La concejala Ana Paz y el senador Luis Mena denunciaron…", "La alcaldesa de X, Ana
    Paz, y el diputado Luis Mena pidieron…": a plural verb's subject is no one person
    alone; two people, by name, each with a role or an apposition, are its subject.
    """
    if not plural_verb(tokens, i) or (i > 0 and tokens[i - 1].low in words_of("auxiliary")):
        return []
    verb_start = tokens[i].start
    sentence = sentence_start(text, verb_start, floor)
    second = phrase_before(text, verb_start, sentence, index)
    if second is None or not _one_person(text, second) or second.end + 1 < verb_start - 1:
        return []
    joint = text[max(sentence, second.start - 5) : second.start]
    if not joint.endswith(" y "):
        return []
    cut = second.start - 3 - (1 if joint.endswith(", y ") else 0)
    first = phrase_before(text, cut, sentence, index)
    if first is None or not _one_person(text, first) or first.start < sentence:
        return []
    return [first, second]


def _closing_person(text: str, phrase: Phrase) -> bool:
    """Whether ``phrase``, after a verb, is a person who closes the clause ("agregó el músico.").

    A name or a role (``role_words.txt``) followed by the end of the sentence, a comma or
    a quotation: the inverted subject of an incise, not the verb's object ("destaca tres
    obstáculos: …").
    """
    if phrase.kind != PERSON or (phrase.name is None and phrase.head not in role_words()):
        return False
    after = text[phrase.end : phrase.end + 2].lstrip(" ")[:1]
    return not after or after in _CLAUSE_CLOSERS


_CLAUSE_CLOSERS = frozenset('.,;:\n«“"')


def _subject_start(text: str, tokens: Sequence[Token], i: int) -> int:
    """Where the subject after the verb at token ``i`` may start.

    Right after the verb, or after a time adjunct there ("«…», advirtió hoy el
    antropólogo Luis Quispe": stepped over, as after a cue, "según informó ayer"), not
    when a comma closes the adjunct ("las que hablaron el martes, varias de ellas…").
    """
    k = _after_time(tokens, i + 1)
    if k >= len(tokens) or text[tokens[k - 1].end : tokens[k].start].strip():
        return i + 1
    return k


def _described_name(text: str, tokens: Sequence[Token], k: int) -> tuple[Phrase, int] | None:
    """A name after a determiner and a common noun that says what it is, at token ``k``.

    "…, advirtió la calificadora Moody's.", "…, explicó la consultora Deloitte.": no
    lexicon lists every kind of firm; the name after the noun is the subject.
    """
    if k + 2 >= len(tokens):
        return None
    det, noun, name = tokens[k], tokens[k + 1], tokens[k + 2]
    if (
        det.low not in words_of("singular_definite")
        or noun.capital
        or not noun.low.isalpha()
        or not name.capital
        or text[det.end : noun.start] != " "
        or text[noun.end : name.start] != " "
    ):
        return None
    return phrase_at(text, tokens, k + 2)


def _clause_subject(
    text: str, tokens: Sequence[Token], verb: Span, sentence: int, index: TokenIndex | None
) -> Phrase | None:
    """The sentence's subject for a verb with none of its own that goes on its clause.

    "X defendió el plan y aseguró que…" (coordinated), "varios partidos desestimaron el
    impacto, indicando que…" (a gerund), "los vecinos tocaron bocinas mientras
    gritaban…" (a subordinate clause: the main clause's subject, in the verb's number).
    ``verb`` holds the token indices of the verb's first word (an auxiliary) and of the verb.
    """
    j, i = verb
    before = tokens[j - 1] if j > 0 else None
    # "X defendió el plan y aseguró…", "X no quiso dar detalles, pero aseguró…"
    coordinated = (
        before is not None
        and (before.low in words_of("coordinator") or before.low in words_of("adversative"))
        and before.start >= sentence
    )
    subordinate = before is not None and before.low in words_of("subordinator")
    if not (tokens[i].low.endswith(endings_of("gerund")) or coordinated or subordinate):
        return None
    subject = _sentence_subject(text, sentence, tokens[j].start, index)
    if subject is not None and subordinate and plural_verb(tokens, i) != subject.plural:
        return None  # "mientras gritaban": the main clause's subject, in its number
    return subject


_OPEN_MARKS = "«“\"'‘„"


def _one_person(text: str, phrase: Phrase) -> bool:
    """Whether ``phrase`` names one person ("Pedro Vidal"; not "Rolón y Fleitas")."""
    return (
        phrase.kind == PERSON
        and not phrase.plural
        and phrase.name is not None
        and " y " not in text[phrase.start : phrase.end]
    )


def _thing_relative(tokens: Sequence[Token], j: int, sentence: int) -> bool:
    """Whether the verb at token ``j`` opens a relative clause on a thing ("las cifras que").

    In "las cifras que arrojó el balance", "lo que informó el ministerio" the relative
    is the verb's object, so the phrase after the verb is its subject; after a person
    ("el ministro que presentó el informe") the relative is the subject.
    """
    if j <= 1 or tokens[j - 1].low not in words_of("relative") or tokens[j - 1].start < sentence:
        return False
    antecedent = tokens[j - 2]
    if antecedent.low in words_of("neuter"):
        return True
    return (
        not antecedent.capital
        and antecedent.low.isalpha()
        and antecedent.low not in role_words()
        and not is_stop(antecedent)
        and not verb_like(antecedent)
    )


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
            lead = phrase_at(text, tokens, idx)
            if lead is not None and lead[1] == k + 1 and _credible(lead[0]):
                return lead[0]  # "Uno de los comerciantes, quien…, lamentó…": the subject itself
            if all(
                is_stop(t) or not t.capital or t.low in words_of("incise_tail")
                for t in tokens[idx : k + 1]
            ):
                first = k + 1
            break
    # a dateline opens the sentence: "BUENOS AIRES (AFP) — El presidente…"
    while first < len(tokens) and tokens[first].start < stop and tokens[first].text.isupper():
        first += 1
    if first >= len(tokens) or tokens[first].start >= stop:
        return None
    found = phrase_at(text, tokens, first)
    if found is None or not _credible(found[0]) or found[0].end > stop:
        return None
    return found[0]


def voices(attributions: Attributions) -> tuple[Phrase, ...]:
    """The people the writer's reporting verbs credit with words, by name or role.

    "«…», reiteró el director del hospital": who spoke, for :meth:`Cast.hearing`.
    """
    return tuple(
        a.phrase
        for a in attributions.found
        if not a.quoted
        and a.phrase is not None
        and a.phrase.kind == PERSON
        and not a.phrase.plural
        and reporting_verb(a.cue)
    )
