"""Cue phrases that credit an issuer, a role's holder or a document's maker.

- an issuing verb after a document credits its issuer: "el comunicado emitido por X",
  "el informe publicado por X" (:func:`issuers`);
- a cue fused with a role credits the role's holder: "según palabras del ministro X",
  "en declaraciones del alcalde" (:func:`fused_roles`), and "de acuerdo al X",
  "conforme al X" the one named after it (:func:`fused_al`);
- a document with its maker credits the maker: "un informe elaborado por X", "un
  estudio de la Universidad de Chile" (:func:`document_makers`).

Each cue pattern runs only where its first words stand (``source_search.cue_matches``).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import regex

from noticiaparse._extract.source_naming import opens_on_given
from noticiaparse._extract.source_search import cue_matches
from noticiaparse._extract.source_words import ADVERBIAL_REACH, ADVERBIAL_WORDS
from noticiaparse._extract.source_words import fused as _fused
from noticiaparse._reading import (
    DOCUMENT,
    MEDIA,
    MEDIA_REF,
    ORGANIZATION,
    PERSON,
    Phrase,
    Reading,
    Token,
    first_names,
    phrase_at,
    phrase_before,
    role_words,
    verb_like,
    word_set,
    words_in,
    words_of,
)
from noticiaparse._reading.vocabulary import closed_set
from noticiaparse._text.lexicons import lines, rows
from noticiaparse._text.sentences import sentence_start
from noticiaparse._text.span import Span

__all__ = ["document_makers", "fused_al", "fused_roles", "given_named", "issuers"]


@functools.cache
def _fused_leads(kind: str) -> tuple[str, ...]:
    """The attribution cues a role after a fused "del" follows (``fused_leads.tsv``).

    ``kind`` "vague": a vague head stands between ("según palabras del"); "holds": the
    cue holds its noun ("en palabras del"); "": all of them.
    """
    return tuple(row[0] for row in rows("fused_leads.tsv") if kind in {"", row[1]})


@functools.cache
def _unconformed_leads() -> tuple[str, ...]:
    """The fused leads no cue of conformity opens ("en palabras"; "según" is found apart)."""
    return tuple(
        lead
        for lead in _fused_leads("")
        if not lead.startswith(tuple(closed_set("conformity_first")))
    )


@functools.cache
def _informing_documents() -> tuple[str, ...]:
    return tuple(sorted(lines("informing_documents.txt"), key=len, reverse=True))


@functools.cache
def _issuing_verbs() -> tuple[str, ...]:
    return tuple(sorted(lines("issuing_verbs.txt"), key=len, reverse=True))


@functools.cache
def _issue_cue() -> regex.Pattern[str]:
    """A verb of issuing and the document that informs after it: "emitió un comunicado"."""
    verbs = "|".join(_issuing_verbs())
    nouns = "|".join(_informing_documents())
    return regex.compile(
        rf"\b({verbs})[ \t]+(?:\p{{Ll}}{{1,12}}[ \t]+){{1,2}}?(?:{nouns})\b", regex.IGNORECASE
    )


def issuers(text: str, low: str | None, reading: Reading) -> list[tuple[Phrase, str]]:
    """Who issues a document that informs: "La Conferencia Episcopal emitió un comunicado".

    The subject before a verb of issuing (``issuing_verbs.txt``) whose object is a
    document that informs (``informing_documents.txt``: "un comunicado", "un nuevo
    informe", "su balance") gives out what the document says: a source, a person, an
    organisation or an outlet. Words inside a quotation are the speaker's.
    """
    out = []
    for match in cue_matches(text, low, _issue_cue(), _issuing_verbs()):
        at = match.start()
        if reading.cast.in_quotation(at):
            continue
        lo = sentence_start(text, at, 0, reach=ADVERBIAL_REACH)
        phrase = phrase_before(text, at, lo, reading.index)
        if phrase is None or phrase.kind in {DOCUMENT, MEDIA_REF}:
            continue
        if phrase.kind != PERSON or phrase.name is not None or phrase.head is not None:
            out.append((phrase, match.group(1).lower()))
    return out


@functools.cache
def _fused_cue() -> regex.Pattern[str]:
    """An attribution cue, a vague head and a fused "del": "según palabras del"."""
    vague = "|".join(sorted(sorted(words_of("vague_object") - {"lo"}), key=len, reverse=True))
    return regex.compile(
        rf"\b(?:({'|'.join(_fused_leads('vague'))})[ \t]+(?:(?:las?|los|el)[ \t]+)?"
        rf"(?:{vague})|({'|'.join(_fused_leads('holds'))}))[ \t]+del[ \t]+"
        rf"(?=\p{{Ll}})",
        regex.IGNORECASE,
    )


#: How many words a role's complement may run before the name of its holder.
_COMPLEMENT_WORDS = 5


def given_named(text: str, phrase: Phrase) -> bool:
    """Whether ``phrase`` names a person by a given name ("Raúl Medina", not "Economía")."""
    if phrase.kind != PERSON or phrase.name is None:
        return False
    return opens_on_given(text[phrase.name[0] : phrase.name[1]])


def fused_roles(
    text: str, low: str | None, reading: Reading, credited: Sequence[Span]
) -> list[tuple[Phrase, str]]:
    """The person a role after a fused "del" names: "según palabras del ministro X".

    "del" holds the role's article, so the role opens with no determiner: "según
    palabras del canciller Raúl Medina", "de acuerdo con declaraciones del alcalde de
    Osorno, Pedro Soto" credit the person named after the role and its complement, or
    the role alone, which stands for its holder ("según dichos del ministro").
    """
    out = []
    for match in cue_matches(text, low, _fused_cue(), _unconformed_leads(), conformity=True):
        at = match.end()
        if reading.cast.in_quotation(at) or any(a <= at < b for a, b in credited):
            continue
        tokens = words_in(text, at, min(len(text), at + ADVERBIAL_REACH), reading.index)
        if len(tokens) > 1 and tokens[0].low in words_of("head_modifier"):
            tokens = tokens[1:]  # "en palabras del propio ministro", "del entonces alcalde"
        if not tokens or tokens[0].low not in role_words():
            continue
        cue = match.group(1) or f"{match.group(2)} de"  # "en palabras de", as the cue reads
        out.append((_role_holder(text, tokens), cue.lower()))
    return out


def _role_holder(text: str, tokens: Sequence[Token]) -> Phrase:
    """A role with no determiner at ``tokens[0]``, and the name of its holder after it.

    "ministro de Hacienda, Mario Ruiz": the person named after the role and its
    complement, else the role alone, which stands for its holder.
    """
    end, name = tokens[0].end, None
    for k in range(1, min(len(tokens), _COMPLEMENT_WORDS + 1)):
        if any(mark in text[tokens[k - 1].end : tokens[k].start] for mark in '.;:«“"('):
            break  # "según palabras del ministro. Luego…": the role's phrase has ended
        found = phrase_at(text, tokens, k) if tokens[k].capital else None
        if found is not None and (
            given_named(text, found[0])
            or (k == 1 and found[0].kind == PERSON and found[0].name is not None)
        ):
            # "ministro de Hacienda, Mario Ruiz"; "ministro Ruiz": a surname right after it
            end, name = found[0].end, found[0].name
            break
    return Phrase(tokens[0].start, end, PERSON, name=name, head=tokens[0].low)


#: "de acuerdo al", "conforme al": the cue and the article fused with "a".
_FUSED_AL = regex.compile(r"\b(de[ \t]+acuerdo|conforme)[ \t]+al[ \t]+(?=\p{L})", regex.IGNORECASE)


def fused_al(
    text: str, low: str | None, reading: Reading, credited: Sequence[Span]
) -> list[tuple[Phrase, str]]:
    """What "de acuerdo al", "conforme al" credit: a role's holder, a document and its maker.

    "al" holds the article of what follows: "de acuerdo al ministro de Salud, Pedro
    Soto" credits the person named after the role (or the role alone), "de acuerdo al
    informe de la Onemi", "conforme al reporte del Ministerio de Salud" the document with
    its maker, as "de acuerdo con el informe de…" does. A document with no maker named
    ("de acuerdo al informe, …") is the one named before, and is left to it.
    """
    out = []
    for match in cue_matches(text, low, _FUSED_AL, (), conformity=True):
        at = match.end()
        if reading.cast.in_quotation(at) or any(a <= at < b for a, b in credited):
            continue
        tokens = words_in(text, at, min(len(text), at + ADVERBIAL_REACH), reading.index)
        if not tokens:
            continue
        cue = f"{' '.join(match.group(1).lower().split())} a"
        if tokens[0].low in role_words():
            out.append((_role_holder(text, tokens), cue))
            continue
        if tokens[0].low not in word_set("document_cues.txt"):
            continue
        end = _maker_end(text, tokens)
        if end is not None:
            out.append((Phrase(tokens[0].start, end, DOCUMENT, head=tokens[0].low), cue))
    return out


def _maker_end(text: str, tokens: Sequence[Token]) -> int | None:
    """Where the capitalised maker after a document's noun ends ("informe de la Onemi")."""
    end = None
    for k in range(1, min(len(tokens), ADVERBIAL_WORDS + 1)):
        if any(mark in text[tokens[k - 1].end : tokens[k].start] for mark in '.,;:«“"()'):
            break
        if tokens[k].capital:
            end = tokens[k].end
        elif tokens[k].low not in words_of("of") and tokens[k].low not in words_of("determiner"):
            break
    return end


#: The stops that close a sentence of the body, a quotation's closing mark after them.
_STOPS = frozenset(".!?…»”\"'")


def _closed_line(text: str, at: int) -> bool:
    """Whether the line at ``at`` ends on a sentence's stop: body text, not a headline.

    A headline or a related link ("El balance de la Onemi tras el temporal del sur") names
    what a story is about, with no stop; the body credits the document, in sentences.
    """
    end = text.find("\n", at)
    return text[at : len(text) if end < 0 else end].rstrip()[-1:] in _STOPS


#: How far (characters) before a document's noun the phrase that holds it is looked for.
_DETERMINER_REACH = 40


#: How many words before its noun a document's phrase may open ("los datos del estudio").
_DOCUMENT_LEAD = 5


def _institution_named(text: str, maker: Phrase, cue: regex.Match[str]) -> bool:
    """Whether a document's maker is an institution or an outlet, not a person.

    An article before one capitalised word that is no given name ("las cifras del
    Coneval", "datos de la Conadi") names an institution: Spanish puts none before a
    person's name in news prose.
    """
    if maker.kind in {ORGANIZATION, MEDIA}:
        return True
    word = text[maker.start : maker.end]
    fused = cue.group(0).split()[-1].lower() in _fused()
    return (
        maker.kind == PERSON
        and fused
        and maker.head is None
        and " " not in word
        and word not in first_names()
    )


@functools.cache
def _maker_cue() -> regex.Pattern[str]:
    """A document that informs and the "de" of who made it: "el estudio anual del"."""
    nouns = "|".join(regex.escape(n) for n in _informing_documents())
    return regex.compile(
        rf"\b({nouns})(?:[ \t]+\p{{Ll}}{{3,20}})?[ \t]+(?:de|del)[ \t]+"
        rf"(?=\p{{Lu}}|(?:la|las|los|el)[ \t]+\p{{L}})",
        regex.IGNORECASE,
    )


@functools.cache
def _premises_nouns() -> frozenset[str]:
    """The document nouns that name an outlet's premises after it (``premises_nouns.txt``)."""
    return frozenset(lines("premises_nouns.txt"))


def document_makers(
    text: str, low: str | None, reading: Reading, credited: Sequence[Span]
) -> list[tuple[Phrase, str]]:
    """The institutions credited through a document they made that the article cites.

    "Una de las cifras de la encuesta del Instituto de Vivienda es…", "las
    cifras de la Cepal muestran…", "un informe de Human Rights Watch": news takes the
    information from the document, and the institution that made it gives it out
    (``informing_documents.txt``). Only an organisation or an outlet, outside any
    quotation, and where nothing credited covers it already ("Un informe de la
    Contraloría advirtió…" credits the document, its maker in its name); a document
    that is a verb's object ("reveló el informe de la Contraloría", "recibió un informe
    de la Universidad") is what was made known or handed over, not who informs.
    """
    out = []
    for match in cue_matches(text, low, _maker_cue(), _informing_documents()):
        at = match.end()
        if (
            reading.cast.in_quotation(match.start())
            or any(a <= at < b for a, b in credited)
            or not _closed_line(text, at)
        ):
            continue
        tokens = words_in(text, at, min(len(text), at + ADVERBIAL_REACH), reading.index)
        found = phrase_at(text, tokens, 0) if tokens else None
        if found is None or found[0].start != at or not _institution_named(text, found[0], match):
            continue
        if found[0].kind == MEDIA and match.group(1).lower() in _premises_nouns():
            continue  # "en los estudios de Univision": a broadcaster's studios, a place
        lo = max(0, match.start() - _DETERMINER_REACH)
        lead = words_in(text, lo, found[0].end, reading.index)
        k = next(i for i, tok in enumerate(lead) if tok.start == match.start())
        for j in range(k, max(-1, k - _DOCUMENT_LEAD), -1):
            # "el estudio del INE", "los datos del estudio del INE": the document as written
            document = phrase_at(text, lead, j)
            if document is not None and document[0].kind == DOCUMENT:
                if document[0].end >= found[0].end and not (j > 0 and verb_like(lead[j - 1])):
                    out.append((document[0], match.group(1).lower()))
                break
    return out
