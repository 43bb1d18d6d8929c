"""Outlets credited by the way news names them: published in, gathered by.

News credits an outlet with what it says in a few set phrases the reporting verbs do
not reach (``lexicons/outlet_leads.tsv``); the outlet an interview or statements were
given to ("en una entrevista concedida a la revista Semana", "en declaraciones al canal
TN") is the channel the words went through, and no source:

- the text was published in it: "en su columna de El Universal", "en un artículo
  publicado en Forbes" (a capitalised name no given name opens is an outlet's there);
- it gathered or spread the words: "declaraciones recogidas por la agencia Europa
  Press", "un video difundido por el canal Teleamazonas", "según recoge el diario El
  Mundo" (an outlet only);
- it obtained the text first: "el informe, al que tuvo acceso el diario El Tiempo",
  "documentos obtenidos por la revista Proceso", "El portal Ciper tuvo acceso al
  sumario": an outlet only, after the verb or as its subject;
- a credit line: "(Con información de AFP)", "Con información de Reuters y EFE" at a
  line's start or after a bracket credits each outlet or institution of its list;
  "con información de agencias" names no one;
- a bracketed credit after a sentence's stop: "El Gobierno anunció un bono. (Emol) La
  medida…", "…dijo el vocero. (EFE)": the outlet, and only an outlet, alone in the
  brackets is the one the sentences were taken from.

Words inside a quotation are the speaker's and credit no one.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

import attrs
import regex

from noticiaparse._reading import (
    MEDIA,
    ORGANIZATION,
    PERSON,
    Phrase,
    Reading,
    first_names,
    phrase_at,
    phrase_before,
    words_in,
)
from noticiaparse._reading.names import classify_name, name_run
from noticiaparse._reading.vocabulary import closed_set, media_anaphora
from noticiaparse._text.gates import matches_at, word_starts
from noticiaparse._text.lexicons import rows
from noticiaparse._text.sentences import sentence_start
from noticiaparse._text.span import Span

__all__ = ["outlet_credits"]

#: How far after a lead the outlet's name is read.
_NAME_REACH = 120
#: How far back before a "published" lead its "en" and determiner are read.
_OPENER_REACH = 12
#: How far a credit line's list runs.
_CREDIT_REACH = 160


@functools.cache
def _leads() -> dict[str, str]:
    return {row[0].lower(): row[1] for row in rows("outlet_leads.tsv")}


@functools.cache
def _lead_pattern() -> regex.Pattern[str]:
    words = sorted(_leads(), key=len, reverse=True)
    alternation = "|".join(regex.escape(w).replace(r"\ ", "[ \t]+") for w in words)
    return regex.compile(rf"\b({alternation})[ \t]+(?=\p{{L}})", regex.IGNORECASE)


@functools.cache
def _lead_head() -> re.Pattern[str]:
    """What every match of :func:`_lead_pattern` holds, lower-cased: a lead and a space or tab.

    The standard engine matches the leads' literal words at a start several times faster
    than the case-blind pattern does; most starts its gates find ("información",
    "según X") open no lead, and fail here first.
    """
    words = sorted(_leads(), key=len, reverse=True)
    alternation = "|".join(re.escape(w).replace(r"\ ", "[ \t]+") for w in words)
    return re.compile(rf"(?:{alternation})[ \t]")


#: A lead's first word is searched for by its first characters at most: the inflections
#: of one word ("publicada", "publicados") are found in one search.
_GATE_CHARS = 7


@functools.cache
def _first_words() -> tuple[str, ...]:
    """The first word of each lead."""
    return tuple(sorted({w.split()[0] for w in _leads()}))


@functools.cache
def _gates() -> tuple[str, ...]:
    """What the page is searched for to find each lead's first word: before any scan.

    The first words sharing their first :data:`_GATE_CHARS` characters are searched for
    once, by all the letters they share ("publicación", "publicada": "publica"); a word
    with none to share, whole ("declaraciones"): a longer needle is searched for faster
    (about 9% fewer instructions for the leads' searches on the dev pages).

    Examples:
        >>> gates = _gates()
        >>> "publica" in gates, "declaraciones" in gates, "difundid" in gates
        (True, True, True)
    """
    groups: dict[str, list[str]] = {}
    for word in _first_words():
        groups.setdefault(word[:_GATE_CHARS], []).append(word)
    return tuple(sorted(_shared_start(words) for words in groups.values()))


def _shared_start(words: list[str]) -> str:
    """The letters all of ``words`` open on (those of the first and last in order)."""
    first, last = min(words), max(words)
    k = 0
    while k < min(len(first), len(last)) and first[k] == last[k]:
        k += 1
    return first[:k]


_CREDIT_LINE = regex.compile(r"con[ \t]+información[ \t]+de[ \t]+(?=\p{L})", regex.IGNORECASE)
#: The first capitalised word of a credit line's item.
_CAPITAL = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}")
#: The marks a credit line may open on ("(", "*", "—", "•").
_LINE_MARKS = " \t*-—–•["
_LIST_SPLIT = regex.compile(r"[ \t]*(?:,|[ \t]y[ \t]|/)[ \t]*")


def _gated(low: str, pattern: regex.Pattern[str], text: str) -> Iterator[regex.Match[str]]:
    """``pattern``'s matches in ``text``, tried only where one of its first words is.

    ``pattern`` is :func:`_lead_pattern`, tried only where :func:`_lead_head` matches the
    lower case ``low`` (at the same offsets) first.
    """
    firsts = _first_words()
    # a long s ("ſ") the case-blind pattern reads as an "s": the lower case is no gate then
    head = _lead_head().match if "ſ" not in low else _anything
    return matches_at(
        pattern,
        text,
        word_starts(low, _gates()),
        lambda at: (
            (at == 0 or not text[at - 1].isalnum())
            and low.startswith(firsts, at)
            and head(low, at) is not None
        ),
    )


def _anything(_low: str, at: int) -> int:
    """A gate that passes every start (not ``None``)."""
    return at


@functools.cache
def _media_nouns() -> frozenset[str]:
    """The nouns of a medium ("diario", "canal", "emisora"): ``media_anaphora.tsv``."""
    return frozenset(words[-1] for words in media_anaphora())


def _outlet_after(text: str, at: int, reading: Reading) -> Phrase | None:
    """The phrase that opens at ``at``, else ``None``.

    After "al", "del" a medium's noun has no article of its own ("al canal TN"): the
    name after it is the outlet's.
    """
    tokens = words_in(text, at, min(len(text), at + _NAME_REACH), reading.index)
    found = phrase_at(text, tokens, 0) if tokens else None
    if (
        (found is None or found[0].kind != MEDIA)
        and len(tokens) > 1
        and not tokens[0].capital
        and tokens[0].low in _media_nouns()
        and tokens[1].capital
    ):
        end = name_run(text, tokens, 1)
        if end <= 1 or tokens[0].start != at:
            return None
        name = Span(tokens[1].start, tokens[end - 1].end)
        return Phrase(name.start, name.end, MEDIA, name=name)
    if found is None or found[0].start != at:
        return None
    return found[0]


def _opened_by_writing(low: str, at: int) -> bool:
    """Whether "en" and a determiner stand right before ``at`` ("en su columna de")."""
    words = low[max(0, at - _OPENER_REACH) : at].split()[-2:]
    return len(words) == 2 and words[0] == "en" and words[1] in closed_set("writing_opener")  # noqa: PLR2004


def _named_outlet(text: str, phrase: Phrase) -> Phrase | None:
    """An outlet's phrase, or a capitalised name no given name opens read as one."""
    if phrase.kind == MEDIA:
        return phrase
    if phrase.kind != PERSON or phrase.name is None or phrase.head is not None:
        return None
    name = text[phrase.name[0] : phrase.name[1]]
    if not name[:1].isupper() or name.split()[0] in first_names():
        return None
    # "La Prensa": an outlet's article is its name's
    whole = text[phrase.start : phrase.end][:1].isupper()
    span = Span(phrase.start, phrase.end) if whole else phrase.name
    return attrs.evolve(phrase, kind=MEDIA, name=span)


def outlet_credits(text: str, low: str | None, reading: Reading) -> list[tuple[Phrase, str]]:
    """The outlets the set phrases of ``lexicons/outlet_leads.tsv`` credit, with the lead.

    ``low`` is ``text`` lower-cased at the same offsets (``None`` when it cannot be).

    Examples:
        >>> from noticiaparse._reading import read_article
        >>> text = "En su columna de El Universal, el exministro escribió que todo falló."
        >>> reading = read_article(text, [(0, len(text))])
        >>> [(text[p.start : p.end], p.kind.value, cue)
        ...  for p, cue in outlet_credits(text, text.lower(), reading)]
        [('El Universal', 'media', 'columna de')]
    """
    if low is None:
        return []
    out = [*_led(text, low, reading), *_credit_lines(text, low, reading)]
    out += _obtained(text, low, reading) + _bracketed(text)
    return [(p, cue) for p, cue in out if not reading.cast.in_quotation(p.start)]


def _led(text: str, low: str, reading: Reading) -> list[tuple[Phrase, str]]:
    out: list[tuple[Phrase, str]] = []
    leads = _leads()
    for match in _gated(low, _lead_pattern(), text):
        lead = " ".join(match.group(1).lower().split())
        role = leads[lead]
        if (
            role == "published"
            and lead.startswith("columna")
            and not _opened_by_writing(low, match.start())
        ):
            continue  # "una columna de humo": no writing
        phrase = _outlet_after(text, match.end(), reading)
        if phrase is None:
            continue
        if role == "published":
            phrase = _named_outlet(text, phrase)
        elif phrase.kind != MEDIA:
            phrase = None
        if phrase is None:
            continue
        named = text[phrase.name[0] : phrase.name[1]] if phrase.name else ""
        if " " in named and named.isupper():
            continue  # "una entrevista concedida a EL PAÍS": the paper's style for itself
        out.append((phrase, lead))
    return out


#: An outlet obtained a text first: "tuvo acceso", "accedió", "obtenidos por".
@functools.cache
def _obtained_pattern() -> regex.Pattern[str]:
    """An outlet obtained a text first: "tuvo acceso", "accedió", "obtenidos por"."""
    return regex.compile(
        r"(?:(?P<verb>(?:tuvo|tuvieron|tenido)[ \t]+acceso|accedió|accedieron)"
        r"|obtenid[oa]s?[ \t]+por)[ \t]+(?=\p{L})"
    )


#: The words the text is searched for before ``_obtained_pattern()`` is tried near them.
_OBTAINED_GATES = ("acce", "obtenid")
#: How far before a gate's word the verb's first word may open ("tuvieron acceso").
_OBTAINED_BACK = 10
#: How far after a gate's word its verb or participle and "por" run ("obtenidas por").
_OBTAINED_AHEAD = 16
#: How far back the sentence of "X tuvo acceso" is read for its subject.
_SUBJECT_REACH = 160


def _obtained(text: str, low: str, reading: Reading) -> list[tuple[Phrase, str]]:
    """The outlet that obtained a text first: after "tuvo acceso", "obtenidos por", or before.

    "el sumario, al que tuvo acceso el diario El Tiempo", "los correos obtenidos por la
    revista Proceso", "El portal Ciper tuvo acceso a los correos": news credits the
    outlet with the information it obtained. Only an outlet, or after the verb a
    capitalised name no given name opens, read as one: "El fiscal tuvo acceso al
    expediente" credits no one.
    """
    out: list[tuple[Phrase, str]] = []
    if not reading.regions:
        return out
    begin, end = reading.regions[0][0], reading.regions[-1][1]  # the article's stretch
    for gate in _OBTAINED_GATES:
        at = low.find(gate, begin, end)
        while at >= 0:
            match = _obtained_pattern().search(
                text, max(0, at - _OBTAINED_BACK), at + len(gate) + 16
            )
            at = low.find(gate, at + 1, end)
            if match is None:
                continue
            cue = " ".join(match.group().lower().split())
            phrase = _outlet_after(text, match.end(), reading)
            if phrase is not None and match.group("verb") is not None:
                phrase = _named_outlet(text, phrase)  # "al que tuvo acceso ElDiarioX"
            elif phrase is None and match.group("verb") is not None:
                lo = sentence_start(text, match.start(), 0, reach=_SUBJECT_REACH)
                phrase = phrase_before(text, match.start(), lo, reading.index)
            if phrase is not None and phrase.kind == MEDIA:
                out.append((phrase, cue))
    return out


def _credit_lines(text: str, low: str, reading: Reading) -> list[tuple[Phrase, str]]:
    out: list[tuple[Phrase, str]] = []
    at = low.find("con información de")
    while at >= 0:
        # a line's start, past marks ("(Con información de AFP)", "*Con información de…")
        lo = max(0, at - _OPENER_REACH)
        before = text[lo:at].rstrip(_LINE_MARKS)
        match = _CREDIT_LINE.match(text, at)
        if match is not None and (before.endswith(("\n", "(")) or (lo == 0 and not before)):
            out.extend(_credit_list(text, match.end(), reading))
        at = low.find("con información de", at + 1)
    return out


def _credit_list(text: str, start: int, reading: Reading) -> list[tuple[Phrase, str]]:
    """Each outlet or institution of a credit line's list, split at commas and "y".

    A plural noun before the names is the list's kind ("agencias EFE y AFP"), and alone
    it names no one ("con información de agencias").
    """
    end = start
    limit = min(len(text), start + _CREDIT_REACH)
    while end < limit and text[end] not in ").\n":
        end += 1
    out = []
    at = start
    for piece in _LIST_SPLIT.split(text[start:end]):
        offset = text.find(piece, at) if piece else -1
        if offset < 0:
            continue
        at = offset + len(piece)
        capital = _CAPITAL.search(piece)
        if capital is None:
            continue
        phrase = _outlet_after(text, offset + capital.start(), reading)
        if phrase is not None and phrase.kind != ORGANIZATION:
            phrase = _named_outlet(text, phrase)  # "Con información de Notimex"
        if phrase is not None:
            out.append((phrase, "con información de"))
    return out


#: A sentence's stop, then the bracket of a credit: ". (Emol)".
_STOP_BRACKET = ". ("
#: The longest outlet's name read inside a bracket, in characters.
_BRACKET_REACH = 48


def _bracketed(text: str) -> list[tuple[Phrase, str]]:
    """The outlet alone in a bracket after a sentence's stop: ". (Emol) La medida…".

    News that takes sentences from another outlet credits it so, between its sentences
    or after the last ("…dijo el vocero. (EFE)"). Only an outlet fills the bracket: a
    photographer ("(Edu Luque)"), a label ("(Foto: AFP)") or a verb ("(Reabrió)") credit
    no one.

    Examples:
        >>> text = "El Gobierno anunció un bono. (Emol) La medida llegará en mayo."
        >>> [(text[p.start : p.end], cue) for p, cue in _bracketed(text)]
        [('Emol', '(')]
    """
    out: list[tuple[Phrase, str]] = []
    at = text.find(_STOP_BRACKET)
    while at >= 0:
        start = at + len(_STOP_BRACKET)
        at = text.find(_STOP_BRACKET, start)
        if not text[start : start + 1].isupper():
            continue
        close = text.find(")", start, start + _BRACKET_REACH)
        words = text[start:close].split(" ") if close > 0 else []
        if not words or "\n" in text[start:close] or not all(words):
            continue
        # the name's kind alone, no phrase read: an outlet of the table or of outlet shape
        if classify_name(words) == MEDIA:
            name = Span(start, close)
            out.append((Phrase(start, close, MEDIA, name=name), "("))
    return out
