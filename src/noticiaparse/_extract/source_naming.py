"""How the ledger names what a phrase credits: its key, its kind and the name it keeps.

The helpers :class:`source_ledger.Ledger` reads a phrase with before it credits it: the
acronyms an article expands ("la Policía de Investigaciones (PDI)") or gives after a
description of an organisation, an institution's name without its article
(:func:`bare_institution`) and its key without a country, a group's plural name, the
offices a person holds, the complement a participle or an incise adds to a name, the
holder a field's adjective names ("la fiscal de Medio Ambiente, Ana Paz"), a radio or TV
channel's number, where a page's dateline and opening end (:func:`after_opening`), and
whether a second name renames the entity of the first (:func:`renames`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence

import attrs
import regex

from noticiaparse._extract.source_documents import complement_end
from noticiaparse._extract.source_names import office_glued, particle_person
from noticiaparse._extract.source_words import (
    ARTICLE_AND_NOUN,
    OPENING_WORDS,
    adverbial_openers,
    countries,
    org_cue_words,
)
from noticiaparse._reading import (
    DOCUMENT,
    MEDIA,
    PERSON,
    Phrase,
    Token,
    first_names,
    phrase_at,
    reporting_verb,
    role_keys,
    word_set,
    words_in,
    words_of,
)
from noticiaparse._reading.vocabulary import closed_set, endings_of, org_nouns
from noticiaparse._text.fold import fold
from noticiaparse._text.lazy import lazy_re
from noticiaparse._text.lexicons import lines, rows
from noticiaparse._text.span import Span

__all__ = [
    "ARTICLE_REACH",
    "FIGURES_REACH",
    "MENTE",
    "REPORTED_REACH",
    "STEM",
    "after_opening",
    "bare_institution",
    "bare_key",
    "complemented",
    "described_acronyms",
    "determined",
    "doubled_article",
    "entity_name",
    "field_holder",
    "figure_nouns",
    "group_leads",
    "institution_heads",
    "listed_nouns",
    "offices",
    "opens_on_given",
    "participle_complement",
    "particle_kind",
    "people_nouns",
    "plural_endings",
    "pluralised",
    "same_author",
    "starts_with",
    "synonym_heads",
    "text_before_is_and",
    "without_incise",
    "word_acronyms",
    "written_end",
]


@functools.cache
def synonym_heads() -> dict[str, frozenset[str]]:
    """Each noun of ``institution_synonyms.tsv`` with every noun of its class (itself too)."""
    classes: dict[str, set[str]] = {}
    for noun, kind in rows("institution_synonyms.tsv"):
        classes.setdefault(kind, set()).add(noun)
    return {noun: frozenset(members) for members in classes.values() for noun in members}


def text_before_is_and(text: str, at: int) -> bool:
    """Whether "y" or "e" and a space stand right before ``at`` (a cheap test)."""
    return at >= _AND_WIDTH and text[at - _AND_WIDTH : at] in {" y ", " e "}


#: The width of " y " before a conjunct.
_AND_WIDTH = 3


@functools.cache
def institution_heads() -> frozenset[str]:
    """The nouns that open an institution's name, folded (``org_cues.txt`` and the nouns)."""
    nouns = org_nouns() | word_set("institution_nouns.txt") | org_cue_words()
    return frozenset(fold(w) for w in nouns)


def complemented(name: str) -> bool:
    """Whether an institution's ``name`` holds a complement ("Organización … para la Educación")."""
    complements = closed_set("name_complement")
    return any(w in complements for w in name.split()[1:])


def listed_nouns(gap: str) -> bool:
    """Whether ``gap`` is " y ", or a list of capitalised nouns, each with its article, then " y ".

    ", la Ciencia y " in "…para la Educación, la Ciencia y la Cultura".
    """
    if not gap.endswith((" y ", " e ")):
        return False
    items = gap[:-_AND_WIDTH].split(",")
    if items[0].strip():
        return False  # the name before ends right where the gap opens
    for item in items[1:]:
        words = item.split()
        if len(words) != ARTICLE_AND_NOUN or words[0] not in words_of("definite"):
            return False
        if not words[1][:1].isupper():
            return False
    return True


def opens_on_given(name: str) -> bool:
    """Whether a name's first word is a given name ("Pedro Soto", not "Aguas Claras")."""
    return name.split(maxsplit=1)[0] in first_names()


#: An article before a name ("El" before "Universo") fits in this many characters.
ARTICLE_REACH = 4


#: How far a dateline's place, date and agency run before its dash ("MADRID, 5 jun (EFE).-").
_DATELINE_REACH = 60


#: The dashes that close a dateline, a stop before them or not.
_DATELINE_DASHES = ("-", "–", "—")


def _dateline_end(text: str, tokens: Sequence[Token]) -> int:
    """The token after a dateline opening the sentence ("MADRID.- El…"), else 0.

    Wire copy and many papers open a story on its place in capitals, with a date and the
    agency or not, and a dash ("BOGOTÁ (AFP) — La Fiscalía…", "MADRID, 5 jun (EFE).-
    El Gobierno…"); the sentence's subject follows it.
    """
    first = tokens[0].text if tokens else ""
    if len(first.strip(".,")) < _DATELINE_CAPITALS or not first.isupper():
        return 0
    lo = tokens[0].end
    window = text[lo : lo + _DATELINE_REACH]
    at = min((i for i in map(window.find, _DATELINE_DASHES) if i >= 0), default=-1)
    if at < 0 or "\n" in window[:at] or window[at - 1 : at] not in _BEFORE_DASH:
        return 0  # "OCDE advirtió que el eje franco-alemán…": a word's hyphen
    cut = lo + at + 1
    return next((k for k, tok in enumerate(tokens) if tok.start >= cut), 0)


#: What stands right before a dateline's dash: a stop, a space, a bracket, or nothing.
_BEFORE_DASH = frozenset({"", ".", " ", ")"})


#: The fewest capitals of a dateline's place ("LIMA").
_DATELINE_CAPITALS = 3


def after_opening(text: str, tokens: Sequence[Token]) -> int:
    """The token after a sentence's dateline and opening adverbial ("Ayer, los…"), else 0."""
    lead = _dateline_end(text, tokens)
    return lead + _past_opening(text, tokens[lead:]) if lead else _past_opening(text, tokens)


def _past_opening(text: str, tokens: Sequence[Token]) -> int:
    """The token after a sentence's opening adverbial and its comma ("Ayer, los…"), else 0."""
    for k, tok in enumerate(tokens[:OPENING_WORDS]):
        if text[tok.end : tok.end + 1] == ",":
            if k and tokens[0].capital and tokens[0].low in adverbial_openers():
                # "Por su parte, el…", "Sin embargo, la…": the sentence's first word only
                # is capitalised, a preposition or an adverb opening the adverbial
                return k + 1 if all(not t.capital for t in tokens[1 : k + 1]) else 0
            return k + 1 if all(not t.capital or k == 0 for t in tokens[: k + 1]) else 0
    return 0


def same_author(name: str, earlier: str) -> bool:
    """Whether a definite document's name shares its author with the one named before.

    "El reporte de Norte Seguros" after "un informe elaborado por Norte Corredores de
    Seguros": a capitalised word of its complement stands in the earlier name.
    """
    capitals = [word for word in name.split()[1:] if word[:1].isupper()]
    earlier_words = set(earlier.lower().split())
    return bool(capitals) and capitals[0].lower() in earlier_words


def starts_with(words: list[str], lead: list[str], *, equal: bool = False) -> bool:
    return (len(lead) < len(words) or (equal and len(lead) == len(words))) and words[
        : len(lead)
    ] == lead


def pluralised(words: list[str]) -> list[str]:
    """A singular noun phrase in the plural, up to its complement.

    "fuente policial" -> "fuentes policiales", "fuente cercana a la negociación" ->
    "fuentes cercanas a la negociación".
    """
    out: list[str] = []
    for k, word in enumerate(words):
        if word in _complement_openers():
            return out + words[k:]
        if word.endswith("z"):
            out.append(word[:-1] + "ces")
        elif word[-1:] in _PLURAL_BY_ES:
            out.append(word + "es")
        else:
            out.append(word + "s")
    return out


#: The endings a Spanish word takes "-es" after for its plural ("policial", "mayor").
_PLURAL_BY_ES = frozenset("lrndjy")


@functools.cache
def _complement_openers() -> frozenset[str]:
    """The words that open a noun's complement: its plural stops before them."""
    return words_of("preposition") | words_of("of") | words_of("definite")


@functools.cache
def group_leads() -> frozenset[str]:
    """The words a group's description opens on: articles, determiners, quantifiers."""
    return words_of("determiner") | words_of("definite") | word_set("group_words.txt")


def offices(words: list[str]) -> list[str]:
    """The words with each role or group noun as its office ("encuestados" = "consultados")."""
    return [role_keys(word)[0] for word in words]


#: An acronym in brackets, in capitals or written as a word: "(FMI)", "(Cepal)", "(Indec)".
_WORD_ACRONYM = regex.compile(r"\((\p{Lu}[\p{Lu}\p{Ll}]{1,9})\)")


#: How far back (characters) the name an acronym stands for is read.
_ACRONYM_REACH = 160


#: How many words before an acronym a description of an organisation's kind may open.
_DESCRIPTION_WORDS = 6


#: What ends the clause a description before an acronym is read in.
_CLAUSE_BREAK = re.compile(r"[.;:()\n]")


def _name_words() -> frozenset[str]:
    """The lower-case words an institution's name holds ("Comisión … para América Latina")."""
    return words_of("particle") | words_of("org_link") | words_of("coordinator")


def _bracketed_acronyms(text: str) -> Iterator[tuple[str, int]]:
    """Each acronym in brackets that is no given name or country, and where it opens."""
    for match in _WORD_ACRONYM.finditer(text):
        acronym = match.group(1)
        if acronym.capitalize() not in first_names() and fold(acronym) not in countries():
            yield acronym, match.start()


def word_acronyms(text: str) -> dict[str, str]:
    """Acronyms in brackets after the name they stand for, to that name.

    Spanish style writes an acronym read as a word with its initial alone in capitals
    ("Comisión Económica para América Latina (Cepal)", "Instituto Nacional de
    Estadística y Censos (Indec)"), others in capitals ("Observatorio Venezolano de
    Violencia (OVV)"): it names the institution before it when it opens on that name's
    initial and is no given name or country; or, when the name is an institution's
    by its first word (``org_cues.txt``) and no word of it opens on the acronym's
    initial that is one too, the whole name: an acronym of another language ("Fondo de
    las Naciones Unidas para la Infancia (Unicef)").
    """
    out: dict[str, str] = {}
    links = _name_words()
    heads = org_cue_words()
    for acronym, at in _bracketed_acronyms(text):
        run: list[str] = []
        # a name never runs over a line: a headline's last words are no part of it
        window = text[max(0, at - _ACRONYM_REACH) : at].rpartition("\n")[2]
        for word in reversed(window.split()):
            if not (word[:1].isupper() or word in links):
                break
            run.append(word)
        while run and not (run[-1][:1].isupper() and run[-1].lower() not in words_of("definite")):
            run.pop()
        whole = list(run)
        while len(run) > 1 and run[-1][0] != acronym[0]:
            # "Informe Epidemiológico Departamento de Estadísticas… (DEIS)": a title run
            # into the name before it; the name opens on the acronym's initial
            run.pop()
        if len(whole) > len(run) and whole[-1] in heads and run[-1] not in heads:
            # "el Fondo de las Naciones Unidas para la Infancia (Unicef)": an acronym of
            # the name in another language names the whole institution its noun opens
            run = whole
        if len(run) > 1:
            out.setdefault(acronym, " ".join(reversed(run)))
    return out


def described_acronyms(text: str) -> frozenset[str]:
    """Acronyms in brackets after a description of an organisation by its kind.

    News brings in a body by what it is, in lower case, and gives its acronym after it
    ("el sindicato de trabajadores portuarios (Sitrap)", "la asociación de productores
    (Asoprod)"): the acronym names an organisation, never a person, wherever it recurs.
    """
    if "(" not in text:
        return frozenset()
    out: set[str] = set()
    kinds = org_nouns() | org_cue_words()
    for acronym, at in _bracketed_acronyms(text):
        window = text[max(0, at - _ACRONYM_REACH) : at]
        words = _CLAUSE_BREAK.split(window)[-1].split()[-_DESCRIPTION_WORDS:]
        if any(w in kinds for w in words):  # lower case as written: a common noun
            out.add(acronym)
    return frozenset(out)


def bare_key(key: str, kind: str) -> str:
    """An organisation's key without its article ("La Asociación de Bancos": one source)."""
    first, space, rest = key.partition(" ")
    return rest if kind == "organization" and space and first in words_of("definite") else key


def bare_institution(name: str) -> str:
    """An institution's proper name without the article the sentence gave it.

    "la Corte de Constitucionalidad", "El Banco Central" are the Corte de
    Constitucionalidad and the Banco Central: the article belongs to the sentence. A
    name of one word that is no institution's noun keeps it ("La Moneda").
    """
    first, space, rest = name.partition(" ")
    if not space or first.lower() not in words_of("definite") or not rest[:1].isupper():
        return name
    return rest if " " in rest or rest in org_cue_words() or rest.isupper() else name


#: The letters an adjective shares with the noun of its field ("polic-ial", "Polic-ía").
STEM = 5


#: An adverb in "-mente" ends a description: what follows it is a state ("visiblemente
#: angustiados"), not who the person is.
MENTE = regex.compile(r"\b\p{Ll}{3,20}mente\b")


@functools.cache
def plural_endings() -> tuple[str, ...]:
    """The endings of a noun's plural ("-es", "-s"), the longest first."""
    return tuple(sorted(lines("noun_plural_endings.txt"), key=len, reverse=True))


@functools.cache
def people_nouns() -> frozenset[str]:
    return frozenset(lines("people_nouns.txt"))


#: "el experto en seguridad Daniel Díaz": a role, its field after "en" in lower case,
#: and the holder's capitalised name.
_FIELD_AND_NAME = regex.compile(
    r"[ \t]+en(?:[ \t]+\p{Ll}+){1,4}?[ \t]+(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}[\p{L}'-]+){1,3})"
)


def field_holder(text: str, phrase: Phrase) -> Phrase:
    """A role with its field, and the person named after it, as one phrase.

    News names an expert by role and field before the name, with no comma: "el experto
    en seguridad Daniel Díaz", "la especialista en salud pública María Soto", "el
    doctor en economía Luis Mena": the person after the field is the role's holder,
    when the name opens on a given name. Else the phrase as read.
    """
    if phrase.kind != PERSON or phrase.name is not None or phrase.head is None:
        return phrase
    match = _FIELD_AND_NAME.match(text, phrase.end)
    if match is None or not opens_on_given(match.group(1)):
        return phrase
    name = Span(match.start(1), match.end(1))
    return Phrase(phrase.start, name.end, PERSON, name=name, head=phrase.head)


def particle_kind(name: str, kind: str) -> str:
    """A person's kind for an organisation's name that is a person's: "Teresa de Mora"."""
    if kind == "organization" and particle_person(name, org_cue_words()):
        return "person"  # a given name, a particle, a surname
    return kind


#: A participle's complement after a document's name: "por los vecinos", "al alcalde",
#: up to the clause's end (a mark, "que", "y", a relative).
_COMPLEMENT = re.compile(
    r"[ \t]+(?:por|a|al|ante|en|desde|contra)[ \t]+[^\W\d_][^,.;:«»“”\"()\n]{0,60}?"
    r"(?=[,.;:«»“”\"()\n]|$|[ \t]+(?:que|y|e|donde|cuyo|cuya)\b)"
)


def without_incise(text: str, phrase: Phrase) -> Phrase:
    """A phrase cut before an incise the phrase reader took in ("…, sin embargo").

    "Economistas consultados por este medio, sin embargo, creen…": a connective set
    between commas (``incise`` in ``function_words.tsv``) is no part of a name.
    """
    written = text[phrase.start : phrase.end]
    comma = written.rfind(", ")
    if comma <= 0 or phrase.name is not None:
        return phrase
    if written[comma + 2 :].strip().lower() not in words_of("incise"):
        return phrase
    return attrs.evolve(phrase, end=phrase.start + comma)


def participle_complement(text: str, phrase: Phrase) -> Phrase:
    """A document's name that ends on a participle, with the participle's complement.

    "la carta firmada por los vecinos", "la misiva enviada al alcalde", "el comunicado
    emitido por la Presidencia": the participle says who made or received the document,
    and its complement belongs to the name (its most complete form). So for a group of
    people ("los expertos consultados por este medio", "los vecinos afectados por el
    incendio").
    """
    group = phrase.kind == PERSON and phrase.plural and phrase.name is None and phrase.group is None
    if phrase.kind != DOCUMENT and not group:
        return phrase
    last = text[phrase.start : phrase.end].rsplit(None, 1)[-1:]
    if len(text[phrase.start : phrase.end].split()) < ARTICLE_AND_NOUN or not (
        last and last[0].lower().endswith(endings_of("any_participle"))
    ):
        return phrase
    if last[0].lower() == phrase.head:
        return phrase  # "el comunicado en el que…": the document's noun, no participle
    found = _COMPLEMENT.match(text, phrase.end)
    if found is None:
        return phrase
    return attrs.evolve(phrase, end=complement_end(text, phrase.end, found.end()))


#: Two words and their spaces before a phrase: "las y " before "los expertos".
_TWO_BEFORE = regex.compile(r"(?<!\w)(\w+) (\w+) \Z")
#: How far before a phrase its doubled article is read ("las y ").
_DOUBLED_REACH = 12


def doubled_article(text: str, phrase: Phrase) -> Phrase:
    """A group named in inclusive Spanish, both plural articles and all.

    "las y los expertos", "los y las docentes", "las y los vecinos": the writer sets the
    feminine and the masculine article before one noun to name one group of women and
    men, and the group's name is the whole phrase; the reader of phrases opens it at the
    second article. Any other word before "y" is another conjunct ("las madres y los
    padres": two groups, read apart).
    """
    if phrase.kind != PERSON or not phrase.plural or phrase.name is not None:
        return phrase
    found = _TWO_BEFORE.search(text, max(0, phrase.start - _DOUBLED_REACH), phrase.start)
    first = text[phrase.start : phrase.end].split(maxsplit=1)[:1]
    if found is None or not first:
        return phrase
    articles = words_of("definite") & words_of("plural_determiner")
    article, joined, second = found[1].lower(), found[2].lower(), first[0].lower()
    if (
        article not in articles
        or second not in articles
        or article == second
        or joined not in words_of("coordinator")
    ):
        return phrase
    return attrs.evolve(phrase, start=found.start())


#: How far before a name the noun of figures and its "de" are read.
FIGURES_REACH = 24


@functools.cache
def figure_nouns() -> frozenset[str]:
    return frozenset(lines("figure_nouns.txt"))


#: How far before a phrase the "que" of the clause it may open is looked for.
REPORTED_REACH = 40


#: How far after a quantifier the phrase it determines is read.
_DETERMINED_REACH = 160


def determined(text: str, quantifier: Phrase) -> Phrase | None:
    """The phrase a quantifier determines, read from its noun, with the quantifier.

    "algunas fuentes que conocieron la reunión" (anonymous), "algunos medios italianos"
    (outlets), "varios vecinos" (people); a noun that names no one ("dardos"): ``None``.
    """
    tokens = words_in(text, quantifier.end, min(len(text), quantifier.end + _DETERMINED_REACH))
    found = phrase_at(text, tokens, 0) if tokens else None
    if found is None or found[0].start != tokens[0].start or found[0].kind == DOCUMENT:
        return None
    return attrs.evolve(found[0], start=quantifier.start, plural=True)


def entity_name(text: str, start: int, end: int, kind: str) -> str:
    """The name ``text[start:end]`` writes, a person's without what was glued after it.

    An office ("Juan Pérez Presidente de…", :func:`office_glued`), or the next sentence
    with its space lost after the stop ("agrega Campo.Ocurre lo mismo": Campo).
    """
    if kind == MEDIA:
        end = _channel_number(text, end)  # "consultados por ABC 7 aseguraron"
        station = _station_noun(text, start)
        if station is not None:
            return " ".join(f"{station.capitalize()} {text[start:end]}".split())
    if kind == PERSON:
        end = office_glued(text, start, end) or end  # "Juan Pérez Presidente de…"
        stop = text.find(".", start, end)
        while stop > start and stop + _GLUED_WORD < end:
            if text[stop - 1].islower() and text[stop + 1].isupper() and text[stop + 2].islower():
                end = stop  # "Campo.Ocurre"
                break
            stop = text.find(".", stop + 1, end)
    return " ".join(text[start:end].split())


#: The word right before a name, and the space after it.
_WORD_BEFORE = lazy_re(r"(\w+)[ \t]+$")


#: How far back the word before an outlet's name is read.
_STATION_REACH = 16


def _station_noun(text: str, start: int) -> str | None:
    """The station's noun right before an outlet's name, lower case, that is part of it.

    "dijo a radio Mitre", "según la radio Continental": the station is "Radio Mitre"
    (``station_nouns.txt``); a capitalised one is read with the name already.
    """
    before = _WORD_BEFORE().search(text, max(0, start - _STATION_REACH), start)
    if before is None or before.group(1) not in word_set("station_nouns.txt"):
        return None
    return before.group(1)


#: A station's channel number after a network's name: "ABC 7", "Telemundo 52", and what
#: may follow it: a stop, a comma or bracket, or the next word.
_CHANNEL = lazy_re(r"[ \t](\d{1,3})(?:[,;:)]|\.(?!\d)|[ \t]+([^\W\d_]+)|$)")


def written_end(text: str, phrase: Phrase, kind: str) -> int:
    """Where a credited phrase's mention ends: an outlet's with its channel ("ABC 7")."""
    if kind == "media" and phrase.kind == MEDIA:
        return _channel_number(text, phrase.end)
    return phrase.end


def _channel_number(text: str, end: int) -> int:
    """Where an outlet's name ends, a station's channel number after it included.

    News in the United States names a network's local station by its channel: "ABC 7",
    "Telemundo 52", "NBC 4". A number of one to three digits right after an outlet's
    name, then a stop, a comma or a verb ("consultados por ABC 7 aseguraron"), is part
    of the name; a number before a noun counts something ("Según El Tiempo 40 personas").
    """
    found = _CHANNEL().match(text, end)
    if found is None:
        return end
    word = found.group(2)
    if word is not None and not (
        word.islower() and (reporting_verb(word) or word.endswith(endings_of("verb_like")))
    ):
        return end
    return found.end(1)


#: A sentence glued to a name after its stop opens on a word of this many letters at least.
_GLUED_WORD = 2
