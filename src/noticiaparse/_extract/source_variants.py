"""Name choice: the one name each entity is reported under, and the names that join it.

Run over the ledger's entities before they become sources: a person named by a surname
takes the fullest name the text writes for them (:func:`fullest_names`, read around the
words asked for: ``_WrittenNames``) and a particle joins their name
(:func:`particle_names`); the variants of one name join it (a person's shorter forms
:func:`name_variants`, an outlet's :func:`outlet_variants`, an institution qualified by
a place :func:`qualified_variants`, an acronym of its initials :func:`acronym_variants`);
a description apposed to a name joins the entity it describes
(:func:`apposed_descriptions`).
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence

import regex

from noticiaparse._extract.source_ledger import Entity
from noticiaparse._extract.source_names import office_glued
from noticiaparse._extract.source_naming import bare_institution
from noticiaparse._extract.source_words import ARTICLE_AND_NOUN, opener_words
from noticiaparse._reading import Cast, first_names, words_of

__all__ = [
    "acronym_variants",
    "apposed_descriptions",
    "fullest_names",
    "name_variants",
    "outlet_variants",
    "particle_names",
    "qualified_variants",
]


def particle_names(entities: Collection[Entity], cast: Cast) -> list[Entity]:
    """The entities, a surname opening on a particle named by the full name ending on it.

    "Von der Leyen explicó…" after "Ursula von der Leyen" (credited or not): the particle
    opening a sentence takes a capital it has not inside the name, and the person is
    the one the article named in full (one such name, and only one); credited under it
    too, they are one source.
    """
    people = {e.name: e for e in entities if e.kind == "person"}
    merged: set[int] = set()
    for e in entities:
        first, _, rest = e.name.partition(" ")
        if e.kind != "person" or not rest or first.lower() not in words_of("particle"):
            continue
        tail = f" {first.lower()} {rest}"
        longer = [name for name in cast.people if name.endswith(tail)]
        if len(longer) != 1:
            continue
        target = people.get(longer[0])
        if target is None:
            e.name = longer[0]
            continue
        target.absorb(e)
        merged.add(id(e))
    return [e for e in entities if id(e) not in merged]


def fullest_names(entities: Collection[Entity], cast: Cast) -> list[Entity]:
    """The entities, a person named by the most complete name the article gives them.

    A source's name is its most complete mention in the article, credited or not: "dijo
    Juan Pérez" and, elsewhere, "el dirigente Juan Pérez Soto" (Latin American news adds
    the second surname where it presents the person, before or after); "Téllez" and "la
    senadora Mariana Téllez Orozco". A person's name, its words all capitalised (or
    particles), whose words stand in that order in longer names of the cast, all of them
    words of the longest one, takes that name; two people it may be ("Rodríguez" with
    "Delcy Rodríguez" and "Jorge Rodríguez") take the one named last before each of its
    mentions, else leave it as written.
    """
    people = [e for e in entities if e.kind == "person"]
    by_name = {e.name: e for e in people}
    merged: set[int] = set()
    written = _WrittenNames(cast.text)
    known: dict[str, list[list[str]]] = {}
    for name, span in cast.people.items():
        cut = office_glued(cast.text, *span)  # "Juan Pérez Soto Presidente de la junta"
        words = cast.text[span[0] : cut].split() if cut is not None else name.split()
        for word in set(words):
            known.setdefault(word, []).append(words)
    for e in people:
        words = e.name.split()
        if not _person_name(words):
            continue
        longer = [
            name
            for name in known.get(words[-1], ())[:_MAX_NAMESAKES]
            if len(name) > len(words) and _in_order(words, name)
        ]
        if not longer:
            # a name the cast did not read as a person's (a headline's label, "ENTREVISTA |
            # Ana Rojas Díaz"): as written in the text, opening on a given name
            longer = [
                name
                for name in written.get(words[-1])[:_MAX_NAMESAKES]
                if len(name) > len(words) and _in_order(words, name)
            ]
        if not longer:
            continue
        best = _fullest_of(cast.text, e, longer)
        if best is None:
            continue
        name = " ".join(_from_given(best))
        target = by_name.get(name)
        if target is None:
            e.name = name
            by_name[name] = e
        elif target is not e and id(target) not in merged:
            target.absorb(e)
            merged.add(id(e))
    return [e for e in entities if id(e) not in merged]


def _fullest_of(text: str, entity: Entity, longer: Sequence[list[str]]) -> list[str] | None:
    """The longest of ``longer`` when it holds all the others, else the one named last.

    Two people it may be ("Rodríguez" with "Delcy Rodríguez" and "Jorge Rodríguez"): the
    one the text named last before each of its mentions, else none.
    """
    best = max(longer, key=len)
    if all(_in_order(other, best) for other in longer):
        return best
    return _named_last(text, entity.starts, longer)


def _named_last(text: str, starts: Sequence[int], longer: Sequence[list[str]]) -> list[str] | None:
    """The one of ``longer`` the text names last before each of ``starts``, else ``None``.

    "Jorge Correa Sutil… Juan Sutil… Sutil dijo": a surname alone names the person of
    that surname the text named last; it must be the same one before every mention, and
    one whose name holds the others' is named by them too ("Juan Sutil" where "Juan Sutil
    Servoin" is written).
    """
    people = [
        name
        for name in longer
        if not any(len(other) > len(name) and _in_order(name, other) for other in longer)
    ]
    where = sorted(
        (at, k)
        for k, name in enumerate(people)
        for other in longer
        if _in_order(other, name)
        for at in _occurrences(text, " ".join(other))
    )
    found: set[int] = set()
    for start in starts:
        before = [k for at, k in where if at < start]
        if not before:
            return None
        found.add(before[-1])
    return people[found.pop()] if len(found) == 1 else None


def _occurrences(text: str, name: str) -> Iterator[int]:
    """Where ``name`` stands in ``text``, as whole words."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not text[at - 1].isalnum()) and (
            end == len(text) or not text[end].isalnum()
        ):
            yield at
        at = text.find(name, at + 1)


#: A place run into a person's name before it has at most this many words ("Nuevo León").
_PLACE_WORDS = 2


#: The longer names of a person's last name word read at most (bounds the work).
_MAX_NAMESAKES = 48


#: Two capitalised words or more, spaces between: a name as written.
_WRITTEN_NAME = regex.compile(r"\p{Lu}[\p{L}'-]*(?:[ \t]+\p{Lu}[\p{L}'-]*)+")


#: A character no match of :data:`_WRITTEN_NAME` holds, looked for backwards and forwards.
_NO_NAME_CHAR_BEFORE = regex.compile(r"(?r)[^\p{L}'\- \t]")


_NO_NAME_CHAR = regex.compile(r"[^\p{L}'\- \t]")


#: After this many words asked for, the whole text's names are read at once.
_WRITTEN_ASKED = 8


def _written_names(text: str, lo: int = 0, hi: int | None = None) -> list[list[str]]:
    """The people's names ``text[lo:hi]`` writes, in text order.

    Runs of capitalised words from a given name on (a word or two before it cut: "Según
    Ana Rojas"), of two words or more, less a word that opens sentences at their end
    (a stop lost: "Ana Rojas Esta semana").
    """
    given = first_names()
    openers = opener_words()
    out: list[list[str]] = []
    for match in _WRITTEN_NAME.finditer(text, lo, len(text) if hi is None else hi):
        words = list(_from_given(match.group().split()))
        while words and words[-1].lower() in openers:
            words.pop()  # "Marcelo Ebrard Esta semana…": a sentence's stop lost
        if len(words) < ARTICLE_AND_NOUN or words[0] not in given:
            continue
        at = match.start() + match.group().find(words[0])
        cut = office_glued(text, at, match.end())  # "Ana Soto Presidenta de…"
        if cut is not None:
            words = text[at:cut].split()
        out.append(words)
    return out


class _WrittenNames:
    """:func:`_written_names` by each of their words, read only around a word asked for.

    A name is a run of letters, apostrophes, hyphens, spaces and tabs: the names that
    hold a word stand in the stretches of those characters where the word is found (by
    string search), and the stretches are read as a scan of the whole text reads them.
    Most articles ask for a word or two; past :data:`_WRITTEN_ASKED` words the whole
    text is read at once, so the work stays in proportion to the text.
    """

    __slots__ = ("_asked", "_by_word", "_stretches", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._asked = 0
        self._by_word: dict[str, list[list[str]]] | None = None
        self._stretches: dict[int, list[list[str]]] = {}

    def get(self, word: str) -> list[list[str]]:
        """The names written that hold ``word``, in text order."""
        if self._by_word is None and self._asked >= _WRITTEN_ASKED:
            self._by_word = {}
            for words in _written_names(self._text):
                for each in set(words):
                    self._by_word.setdefault(each, []).append(words)
        if self._by_word is not None:
            return self._by_word.get(word, [])
        self._asked += 1
        text = self._text
        out: list[list[str]] = []
        at = text.find(word) if word else -1
        while at >= 0:
            before = _NO_NAME_CHAR_BEFORE.search(text, 0, at)
            lo = 0 if before is None else before.end()
            after = _NO_NAME_CHAR.search(text, at)
            hi = len(text) if after is None else after.start()
            names = self._stretches.get(lo)
            if names is None:
                names = self._stretches[lo] = _written_names(text, lo, hi)
            out.extend(words for words in names if word in words)
            at = text.find(word, max(hi, at + 1))
        return out


def _from_given(words: Sequence[str]) -> Sequence[str]:
    """A person's name from its given name: a place read into it before goes.

    "la senadora por Jalisco Mariana Téllez Orozco": the place the role's complement
    ends on runs into the name when no comma is written; a capitalised word that is no
    given name, right before the name's first given name, is no part of it.
    """
    given = first_names()
    at = next((k for k, word in enumerate(words) if word in given), 0)
    return words[at:] if 0 < at <= _PLACE_WORDS else words


def _person_name(words: Sequence[str]) -> bool:
    """Whether ``words`` are a person's name: capitalised words, and particles within."""
    return (
        bool(words)
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w in words_of("particle") for w in words)
    )


def _in_order(short: Sequence[str], long: Sequence[str]) -> bool:
    """Whether the words of ``short`` all stand in ``long``, in that order."""
    rest = iter(long)
    return all(word in rest for word in short)


def name_variants(entities: Collection[Entity]) -> list[Entity]:
    """The entities, a person's shorter name joined to the longer one it opens or ends.

    Latin American news names a person by given name and first surname, then with the
    second surname too ("Raúl Ramírez" … "Raúl Ramírez Bogado"), or by both surnames
    alone ("López Hernández" for "Adán López Hernández"): a capitalised name of two
    words or more that opens one longer name, or ends it without a given name, and only
    one, is that person.
    """
    people = [
        e
        for e in entities
        if e.kind == "person" and len(e.name.split()) > 1 and e.name[:1].isupper()
    ]
    merged: set[int] = set()
    given = first_names()
    for short in people:
        words = short.name.split()
        # "Von der Leyen" ends "Ursula von der Leyen": a particle opening a sentence
        # takes a capital it has not inside the name
        low = [words[0].lower(), *words[1:]]
        longer = [
            e
            for e in people
            if e is not short
            and (
                e.name.split()[: len(words)] == words
                or (e.name.split()[-len(words) :] in (words, low) and words[0] not in given)
            )
        ]
        if len(longer) == 1 and len(longer[0].name.split()) > len(words):
            longer[0].absorb(short)
            merged.add(id(short))
    return [e for e in entities if id(e) not in merged]


def outlet_variants(entities: Collection[Entity]) -> list[Entity]:
    """The entities, an outlet's shorter name joined to the one longer name it opens.

    "El periódico" read as "El Heraldo" (the outlets table's) after "El diario El
    Heraldo de Chiapas": one outlet, under its full name.
    """
    outlets = [e for e in entities if e.kind == "media"]
    merged: set[int] = set()
    for short in outlets:
        words = short.name.lower().split()
        longer = [
            e for e in outlets if e is not short and e.name.lower().split()[: len(words)] == words
        ]
        if len(longer) == 1 and len(longer[0].name.split()) > len(words):
            longer[0].absorb(short)
            merged.add(id(short))
    return [e for e in entities if id(e) not in merged]


#: At most this many characters (a comma and a space) between a name and its apposition.
_APPOSITION_GAP = 3


def apposed_descriptions(original: str, entities: Collection[Entity]) -> list[Entity]:
    """The entities, less an indefinite description set in apposition after a name.

    "…, contó a Efe Rosa Ibáñez, una jubilada de 70 años que esperaba…": the description
    after the comma says who the named person is; it is that person, not a second,
    anonymous source. A description credited only so is dropped. An outlet or an
    organisation before the comma is no person it could describe: "Citado por la
    agencia Reuters, un portavoz del ministerio dijo…" credits the spokesman too.
    """
    ends = {m.end for e in entities if e.kind == "person" for m in e.mentions}
    indefinite = words_of("indefinite")
    return [
        e
        for e in entities
        if not (
            e.kind in {"anonymous", "person"}
            and all(
                m.text.split(maxsplit=1)[0].lower() in indefinite
                and any(
                    0 < m.start - end <= _APPOSITION_GAP and original[end : m.start].strip() == ","
                    for end in ends
                )
                for m in e.mentions
            )
        )
    ]


def qualified_variants(entities: Collection[Entity]) -> list[Entity]:
    """The entities, an institution's bare name joined to the one qualified by adjectives.

    "El Gobierno nacional anunció… El Gobierno informó…": the adjective of country,
    level or field ("nacional", "peruana") qualifies the same institution, which the text
    then names bare. The two are one source, under the qualified name.
    """
    bare: dict[str, list[Entity]] = {}
    for e in entities:
        if e.kind == "organization":
            bare.setdefault(e.name.lower(), []).append(e)
    merged: set[int] = set()
    for e in entities:
        words = e.name.split()
        if e.kind != "organization" or len(words) < ARTICLE_AND_NOUN or not words[-1].islower():
            continue
        while words and words[-1].islower():
            words.pop()
        plain = bare.get(" ".join(words).lower(), [])
        if len(plain) == 1 and plain[0] is not e and id(plain[0]) not in merged:
            e.mentions.extend(plain[0].mentions)
            e.mentions.sort(key=lambda m: m.start)
            e.first = min(e.first, plain[0].first)
            merged.add(id(plain[0]))
    return [e for e in entities if id(e) not in merged]


#: An acronym in capitals stands for a name of at least this many words ("FMI").
_MIN_ACRONYM = 2


#: …and of at most this many ("BCRP", "OCDE", "PSOE").
_MAX_ACRONYM = 8


#: The kinds an institution's acronym and its name may have.
_INSTITUTION_KINDS = frozenset({"organization", "media"})


def _initials(name: str) -> str:
    """The initials of a name's capitalised words: "Fondo Monetario Internacional": "FMI"."""
    return "".join(word[0] for word in name.split() if word[:1].isupper())


def acronym_variants(entities: Collection[Entity], expanded: dict[str, str]) -> list[Entity]:
    """The entities, an institution's acronym joined to the name it stands for.

    News names an institution by its name and by its acronym, in either order and with no
    brackets between them ("Según la OCDE, … La Organización para la Cooperación y el
    Desarrollo Económicos recomendó…"): an acronym in capitals that spells the initials
    of the capitalised words of one institution's name credited in the article, or that
    the article expanded in brackets (``expanded``: "(Cepal)" after "Comisión Económica
    para América Latina"), is that institution, under its name. So is what was credited
    under the acronym ("el organismo" after "la Cepal").
    """
    bare = {id(e): bare_institution(e.name) for e in entities}
    named = [e for e in entities if e.kind in _INSTITUTION_KINDS and " " in bare[id(e)]]
    merged: set[int] = set()
    for short in entities:
        word = bare[id(short)]
        if " " in word or short.kind not in _INSTITUTION_KINDS | {"person"}:
            continue
        full = expanded.get(word)
        if full is not None:
            longer = [e for e in named if bare[id(e)].lower() == full.lower()]
        elif word.isupper() and _MIN_ACRONYM <= len(word) <= _MAX_ACRONYM:
            longer = [e for e in named if _initials(bare[id(e)]) == word]
        else:
            continue
        if len(longer) == 1 and id(longer[0]) not in merged:
            longer[0].absorb(short)
            merged.add(id(short))
    return [e for e in entities if id(e) not in merged]
