"""One source per entity: a shorter name folded into the one longer name it stands for.

News names a source in full once and more briefly elsewhere, before or after: "El Banco
Central de Reserva informó… Según el Banco Central, …", "El Ministerio de Salud
informó… Desde Salud indicaron…", "Los vecinos denunciaron… Según vecinos, …", "Morales
aseguró… El diputado Ricardo Morales dijo…". The sources reader groups most mentions as
it credits them; :func:`fold_sources` runs over the finished list and joins what it
left apart. A shorter name is the same entity as a longer one of a compatible kind
(person and person, organisation and organisation, outlet and outlet, a group and its
fuller name) when, past the articles, determiners and titles that open them, it is:

- a person's: its words in order among the longer name's ("Morales", "Ricardo
  Morales"; "Pérez Soto", "Camila Pérez Soto"; "Ana Lucía", "Ana Lucía Rojas"), a
  hyphenated surname's half too ("Marlaska", "Fernando Grande-Marlaska"); or, read as
  an acronym, the initials of a name of three words or more ("AMLO");
- an institution's or an outlet's: the longer name's leading capitalised words ("el
  Banco Central", "el Banco Central de Reserva"), or its last two or more ("las Naciones
  Unidas", "la Organización de las Naciones Unidas"), or the name right after an
  institution's noun ("Santander", "el Banco Santander"), or, after a ministry's head
  (``lexicons/source_fold.tsv``), its portfolio ("Salud", "Hacienda", "la Cancillería"
  for "Ministerio de Relaciones Exteriores", "Minsal"), or an acronym in capitals of the
  initials of all its words but the articles ("la PDI", "Policía de Investigaciones"),
  or of its capitalised words, whole or before a "de" ("la PNP", "Policía Nacional del
  Perú"; "la SSC", "Secretaría de Seguridad Ciudadana de la Ciudad de México"), or one
  word spelling the openings of its capitalised words ("Conaf", "Corporación Nacional
  Forestal"; "Fonasa", "Fondo Nacional de Salud"), read as a person's name too;
- a group's: a plural description that opens the longer one ("vecinos", "los vecinos",
  "los vecinos de Aysén");
- the same name, with its article or without ("vecinos de Maipú", "Los vecinos de
  Maipú"): the longer form is kept.

:func:`fullest_institutions`, run before, names an institution that one word names
(or a document its noun alone) by the one fuller name the article writes that it fits,
credited or not ("la PDI" after "La Policía de Investigaciones detuvo…").

Two halves of one person's longer name overlap on its middle word ("Juan Pérez", "Pérez
Soto"); a role description a mention apposes to one named person ("La gerenta de
Codelco, María Soto") names that person when it stands alone elsewhere. A person's name
that ran on into lower-case words ("Pérez explicó") is compared, and kept, without them.

When the shorter name fits two sources ("Fernández" with "Alberto Fernández" and
"Cristina Fernández"), a person's surname alone names, at each of its mentions, the one
of them the text named last before it ("Cristina Fernández dijo… Fernández aseguró";
after each in turn, each mention goes to its own); written before both, it is left a
source of its own: the reader cannot tell which.
The kept name is the most complete one, the mentions of both run in text order, and the
source stands where the first of them stood.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from typing import NamedTuple

import attrs

from noticiaparse._model import Mention, Source, SourceKind
from noticiaparse._reading.names import first_names
from noticiaparse._reading.vocabulary import folded_role_words, word_set, words_of
from noticiaparse._text.fold import fold
from noticiaparse._text.lexicons import by_first, lines, rows

__all__ = ["fold_sources", "fullest_institutions", "renamable"]

#: A suffix of an institution's name names it when it holds at least this many words.
_SUFFIX_WORDS = 2
#: An acronym in capitals has this many letters at least and at most.
_ACRONYM_LETTERS = (2, 8)
#: An acronym of its words' openings ("Conaf", "Fonasa") has this many letters at least and at most.
_SYLLABIC_LETTERS = (3, 10)
#: A name read as a person's spells an institution's openings only with this many letters
#: at least, of that many words at least ("Sosa" is a surname, not "Sociedad de Servicios
#: Agrícolas").
_SYLLABIC_ACROSS = (5, 3)
#: A ministry's one-word short name ("Minsal") spells at least this much of its portfolio.
_CONTRACTED_LETTERS = 2
#: The kinds whose short names are capitalised names, folded by the rules of their kind.
_NAMED_KINDS = frozenset({SourceKind.PERSON, SourceKind.ORGANIZATION, SourceKind.MEDIA})


class _Key(NamedTuple):
    """What a source's name is made of, for comparing it with another's.

    ``words``: the name past its opening determiners (and a person's titles), folded;
    ``named``: its capitalised words, folded (the name proper); ``described``: whether it
    is a description ("los vecinos") rather than a name; ``acronym``: whether it is one
    word in capitals; ``articled``: whether a mention opens on an article ("el Fondo");
    ``loose``: whether a person's name ran on into lower-case words ("Pérez explicó"),
    left out of ``words``.
    """

    words: tuple[str, ...]
    named: tuple[str, ...]
    described: bool
    acronym: bool
    articled: bool
    loose: bool = False


@functools.cache
def _table() -> dict[str, tuple[tuple[str, ...], ...]]:
    return by_first((row[0], tuple(row[1:])) for row in rows("source_fold.tsv"))


@functools.cache
def _class(name: str) -> frozenset[str]:
    return frozenset(fold(entry[0]) for entry in _table().get(name, ()))


@functools.cache
def _portfolios() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for word, *meant in _table().get("portfolio", ()):
        out.setdefault(fold(word), []).extend(fold(m) for m in meant)
    return {word: tuple(meant) for word, meant in out.items()}


@functools.cache
def _leads() -> frozenset[str]:
    """The words that open a name without being part of it: "el", "los", "esta", "un"."""
    return frozenset(fold(w) for cls in ("determiner", "definite") for w in words_of(cls))


@functools.cache
def _titles() -> frozenset[str]:
    """What stands before a person's name: titles, honorifics, roles ("el doctor Pérez")."""
    found = {fold(w) for w in lines("honorifics.txt")} | folded_role_words()
    found |= {fold(w) for w in lines("apposed_titles.txt")} | _class("title")
    return frozenset(found)


@functools.cache
def _common_heads() -> frozenset[str]:
    """Nouns that describe people, capitalised only when they open a sentence ("Vecinos")."""
    heads = word_set("people_nouns.txt") | word_set("group_words.txt")
    return frozenset(map(fold, heads)) | folded_role_words()


@functools.cache
def _generic() -> frozenset[str]:
    """The common nouns that open an institution's name ("Banco", "Comisión", "Corte")."""
    found = {fold(w) for name in ("org_nouns.txt", "institution_nouns.txt") for w in lines(name)}
    return frozenset(found | _class("head") | _class("ministry"))


@functools.cache
def _quantifiers() -> frozenset[str]:
    return frozenset(fold(w) for w in word_set("group_words.txt"))


@functools.cache
def _particles() -> frozenset[str]:
    return words_of("particle")


@functools.cache
def _countries() -> frozenset[str]:
    return frozenset(fold(w) for w in lines("country_names.txt"))


@functools.lru_cache(maxsize=4096)
def _folded(word: str) -> str:
    return fold(word)


def _run_on(raw: Sequence[str]) -> bool:
    """Whether a person's name ran on into the lower-case words that follow it.

    "Pérez explicó", "Gutiérrez también": capitalised name words, then lower-case words
    that are no particle ("de", "del" end no name); a description ("Vecinos molestos",
    "Fuentes oficiales") is no name that ran on.
    """
    if len(raw) < _SUFFIX_WORDS or raw[-1][:1].isupper() or not raw[0][:1].isupper():
        return False
    if _folded(raw[0]) in _common_heads() or _folded(raw[0]) in _titles():
        return False
    cut = len(raw)
    while not raw[cut - 1][:1].isupper():
        cut -= 1
    return all(_folded(w) not in _particles() for w in raw[cut:]) and all(
        w[:1].isupper() or _folded(w) in _particles() for w in raw[:cut]
    )


def _key(source: Source) -> _Key:
    """The parts of ``source``'s name that another name of it may share."""
    raw = _undotted(source.name).replace(".", " ").split()
    while len(raw) > 1 and _folded(raw[0]) in _leads():
        raw = raw[1:]
    if (
        source.kind is SourceKind.PERSON
        and len(raw) > 1
        and raw[1].islower()
        and _folded(raw[0]) in _class("quantifier")
    ):
        raw = raw[1:]  # "Algunos expertos… los expertos": the group it introduced
    titled = raw
    while source.kind is SourceKind.PERSON and len(titled) > 1 and _folded(titled[0]) in _titles():
        titled = titled[1:]
    if titled and titled[0][:1].isupper():
        raw = titled  # "el doctor Pérez" is Pérez; "el abogado de Aguilar" is someone else
    loose = source.kind is SourceKind.PERSON and _run_on(raw)
    if loose:
        while not raw[-1][:1].isupper():
            raw = raw[:-1]  # "Pérez explicó", "Gutiérrez también": the name is "Pérez"
    words = tuple(_folded(w) for w in raw)
    proper = all(w[:1].isupper() or w in _particles() for w in raw)
    # "Vecinos" is a group; "la Policía", an institution's noun capitalised, is its name,
    # and so is a noun of people capitalised that the reader took for an institution
    # "Según Bomberos", "Carabineros informó…"
    described = not proper or (
        len(raw) == 1
        and words[0] in _common_heads()
        and not (
            source.kind is SourceKind.ORGANIZATION
            and (words[0] in _generic() or raw[0][:1].isupper())
        )
    )
    # "Von der Leyen" opening a sentence: a particle is no name's word, capitalised or not
    capitalised = tuple(_folded(w) for w in raw if w[:1].isupper())
    named = tuple(w for w in capitalised if w not in _particles()) or capitalised
    acronym = len(raw) == 1 and raw[0].isupper() and raw[0].isalpha()
    # asked of an institution's one word only ("el Fondo")
    articled = (
        source.kind is SourceKind.ORGANIZATION
        and len(named) == 1
        and any(
            _folded(m.text.split(maxsplit=1)[0]) in _leads()
            for m in source.mentions
            if m.text.strip()
        )
    )
    return _Key(words, named, described, acronym, articled, loose)


#: An acronym written with a stop after each letter: "O.N.U.", "la O.E.A.", "EE.UU.".
_DOTTED = re.compile(r"(?<!\w)((?:[A-ZÁÉÍÓÚÑ]{1,2}\.){2,}(?!\w))")


def _undotted(name: str) -> str:
    """``name``, an acronym written with stops ("O.N.U.") written without them ("ONU")."""
    if "." not in name:
        return name
    return _DOTTED.sub(lambda m: m.group(1).replace(".", ""), name)


def _in_order(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Whether the words of ``short`` all occur in ``long``, in that order."""
    rest = iter(long)
    return all(word in rest for word in short)


def _initials(words: Sequence[str]) -> str:
    """The initials of a name's words but its articles ("Policía de Investigaciones": "pdi")."""
    return "".join(w[0] for w in words if w not in words_of("definite") and w[:1].isalpha())


def _acronym_of(short: _Key, long: _Key) -> bool:
    """Whether ``short`` is an acronym of the initials of all ``long``'s words.

    "PDI" for "Policía de Investigaciones"; a country closing the name may be left out
    ("Policía de Investigaciones de Chile").
    """
    if not short.acronym or not _ACRONYM_LETTERS[0] <= len(short.words[0]) <= _ACRONYM_LETTERS[1]:
        return False
    return short.words[0] in _initial_forms(long)


def _initial_forms(key: _Key) -> tuple[str, ...]:
    """The acronyms a name may have.

    The initials of all its words but the articles ("PDI": "Policía de Investigaciones"),
    a closing country left out or not; and those of its capitalised words alone, of the
    whole name or of the part before a "de" that opens a complement of place
    ("PNP": "Policía Nacional del Perú"; "SSC": "Secretaría de Seguridad Ciudadana de la
    Ciudad de México"; "DANE": "Departamento Administrativo Nacional de Estadística").
    """
    words = list(key.words)
    forms = [_initials(words)]
    if len(words) > _SUFFIX_WORDS and words[-1] in _countries() and words[-2] in {"de", "del"}:
        forms.append(_initials(words[:-2]))
    links = _particles() | words_of("definite") | words_of("conjunction")
    for end in [k for k, word in enumerate(words) if word in {"de", "del"}] + [len(words)]:
        named = [w for w in words[:end] if w not in links]
        if len(named) >= _SUFFIX_WORDS:
            forms.append("".join(w[0] for w in named if w[:1].isalpha()))
    return tuple(dict.fromkeys(forms))


def _syllabic_of(short: _Key, long: _Key) -> bool:
    """Whether one word spells the openings of ``long``'s capitalised words, in order.

    Spanish forms an institution's acronym from the first letters or syllables of the
    words of its name, the articles and particles left out ("Conaf": Corporación
    Nacional Forestal; "Fonasa": Fondo Nacional de Salud; "Sernac": Servicio Nacional
    del Consumidor; "Indap": Instituto de Desarrollo Agropecuario): each capitalised
    word gives the opening of itself, one letter or more, and one gives two at least
    (initials alone are :func:`_acronym_of`'s).
    """
    if len(short.named) != 1 or len(long.named) < _SUFFIX_WORDS:
        return False
    word = short.named[0]
    if not _SYLLABIC_LETTERS[0] <= len(word) <= _SYLLABIC_LETTERS[1] or not word.isalpha():
        return False
    if len(word) <= len(long.named) or word[0] != long.named[0][0]:
        return False
    reach = {0}  # how much of the word the names read so far may spell
    for name in long.named:
        reach = {
            at + k
            for at in reach
            for k in range(1, min(len(name), len(word) - at) + 1)
            if word[at : at + k] == name[:k]
        }
        if not reach:
            return False
    return len(word) in reach


def _portfolio_of(short: _Key, long: _Key) -> bool:
    """Whether one word names a ministry by its portfolio ("Salud", "la Cancillería")."""
    if len(short.named) != 1 or len(long.named) < _SUFFIX_WORDS:
        return False
    if long.named[0] not in _class("ministry"):
        return False
    word, portfolio = short.named[0], long.named[1]
    if word == portfolio:
        return True  # "Salud", "Ministerio de Salud"
    joined = f" {' '.join(long.words)} "
    if any(f" {meant} " in joined for meant in _portfolios().get(word, ())):
        return True  # "la Cancillería", "Ministerio de Relaciones Exteriores"
    lead = next((c for c in _class("contraction") if word.startswith(c)), None)
    rest = word[len(lead) :] if lead is not None else ""
    return len(rest) >= _CONTRACTED_LETTERS and portfolio.startswith(rest)  # "Minsal"


def _fits(short: _Key, short_kind: SourceKind, long: _Key, long_kind: SourceKind) -> bool:
    """Whether the name ``short`` may name again the entity ``long`` names more fully."""
    if short_kind is not long_kind:
        return _fits_across(short, short_kind, long, long_kind)
    if short.described or long.described:
        # "vecinos" and "Los vecinos" or "los vecinos de Aysén": a group named again
        return (
            short.described
            and long.described
            and short.words[-1].endswith("s")
            and short.words[-1] not in _quantifiers()  # "algunas", "algunas de las autoridades"
            and long.words[: len(short.words)] == short.words
        )
    if short_kind not in _NAMED_KINDS or not short.named or len(short.named) > len(long.named):
        return False
    if short_kind is SourceKind.PERSON:
        return _in_order(short.named, long.named) or _in_order(short.named, _parts(long.named))
    return _fits_institution(short, short_kind, long)


def _parts(named: tuple[str, ...]) -> tuple[str, ...]:
    """A person's name words, a compound surname split at its hyphen ("grande-marlaska").

    Spain and Chile join two surnames so ("Grande-Marlaska", "Hoffmann-Ríos"), and news
    names the person again by one of them ("Marlaska", "Ríos").
    """
    return tuple(part for word in named for part in word.split("-") if part)


def _fits_across(short: _Key, short_kind: SourceKind, long: _Key, long_kind: SourceKind) -> bool:
    """Whether a name the reader gave another kind names ``long`` again."""
    if short.described:
        return False
    if short_kind is SourceKind.PERSON and long_kind is SourceKind.ORGANIZATION:
        # "De acuerdo con Salud", "Según Santander": a portfolio or an institution's
        # proper name read as a person's
        return (
            _portfolio_of(short, long)
            or _proper_part(short, long)
            or _last_words(short, long)
            or (
                len(short.words[0]) >= _SYLLABIC_ACROSS[0]
                and len(long.named) >= _SYLLABIC_ACROSS[1]
                and _syllabic_of(short, long)
            )
        )
    if short_kind is SourceKind.ORGANIZATION and long_kind is SourceKind.PERSON:
        # "Pérez de Arce", read as an institution's name ("de" marks "Banco de Chile"),
        # ends "Luis Pérez de Arce": a surname with its particle; "AMLO", read as an
        # institution's acronym, spells the initials of "Andrés Manuel López Obrador"
        return (
            (
                len(short.named) < len(short.words) < len(long.words)
                and long.words[-len(short.words) :] == short.words
            )
            or (short.acronym and short.words[0] == _person_initials(long))
            or _group_named(short, long)
        )
    return False


def _group_named(short: _Key, long: _Key) -> bool:
    """Whether an institution's name opens a group's capitalised name ("Carabineros de Chile").

    A body named by a noun of people ("Carabineros", "Bomberos"), read whole as a group of
    people ("Carabineros de Chile informó") and short as an institution ("Según
    Carabineros"): one body.
    """
    return (
        bool(short.named)
        and bool(long.named)
        and long.words[0] in _common_heads()
        and long.words[0] == long.named[0]
        and long.named[: len(short.named)] == short.named
    )


def _last_words(short: _Key, long: _Key) -> bool:
    """Whether a name read as a person's is an institution's last two words or more.

    "Impuestos Internos" for "el Servicio de Impuestos Internos": no given name opens it
    ("Arturo Prat" is a person, beside the "Universidad Arturo Prat").
    """
    return (
        _SUFFIX_WORDS <= len(short.named) < len(long.named)
        and short.words == short.named
        and short.named[0] not in _given()
        and long.named[-len(short.named) :] == short.named
    )


@functools.cache
def _given() -> frozenset[str]:
    return frozenset(fold(name) for name in first_names())


#: A person is known by the initials of a name of at least this many words ("AMLO").
_INITIALLED_WORDS = 3


def _person_initials(key: _Key) -> str | None:
    """The initials of a person's capitalised name words, when it has enough of them."""
    if len(key.named) < _INITIALLED_WORDS:
        return None
    return "".join(w[0] for w in key.named)


def _proper_part(short: _Key, long: _Key) -> bool:
    """Whether one word is the name an institution's noun opens ("Santander", "la Católica").

    "Banco Santander", "Universidad Católica": the name written right after the noun,
    with no "de" between, names the institution alone; a country never does.
    """
    return (
        len(short.named) == 1
        and short.named[0] not in _countries()
        and long.words == long.named == (long.named[0], short.named[0])
        and long.named[0] in _generic()
    )


def _fits_institution(short: _Key, short_kind: SourceKind, long: _Key) -> bool:
    """Whether an institution's or an outlet's shorter name names ``long`` again."""
    if short_kind is SourceKind.ORGANIZATION and (
        _acronym_of(short, long)
        or _portfolio_of(short, long)
        or _proper_part(short, long)
        or _syllabic_of(short, long)
    ):
        return True
    if len(short.named) == 1 and short.named[0] in _countries():
        return False  # "Chile" and "Universidad de Chile": a country is no institution's name
    if long.named[: len(short.named)] == short.named:
        # "el Banco Central", "el Banco Central de Reserva"; "el Fondo", but an
        # institution's noun alone with no article ("Comisión precisó") names none
        return len(short.named) > 1 or short.articled or short.named[0] not in _generic()
    return (
        short_kind is SourceKind.ORGANIZATION
        and len(short.named) >= _SUFFIX_WORDS
        and long.named[-len(short.named) :] == short.named  # "Naciones Unidas"
    )


#: A name word this long may be misspelt by two letters swapped ("Zaragaza", "Zarazaga").
_MISSPELT_LETTERS = 6
#: Two letters swapped: the words differ at exactly two places.
_SWAPPED = 2
#: A word more sources share than this names none of them alone (and bounds the work).
_MAX_SHARING = 48


class _Candidates:
    """The sources a shorter name may fold into, found by a word they share.

    A name of a person, an institution or an outlet shares its first word with a fuller
    name of it, a group its first word; a ministry's portfolio and an acronym share none,
    and are looked up among the ministries and by initials (an acronym of its words'
    openings, "Conaf", by its first two letters, among the institutions of two words or
    more).
    """

    def __init__(self, sources: Sequence[Source], keys: dict[int, _Key]) -> None:
        self.by_word: dict[str, list[int]] = {}
        self.ministries: list[int] = []
        self.by_initials: dict[str, list[int]] = {}
        self.by_letter: dict[str, list[int]] = {}
        # people's name words by their letters, for a surname misspelt (built when asked)
        self.people = [
            (keys[id(source)].named, i)
            for i, source in enumerate(sources)
            if source.kind is SourceKind.PERSON and len(keys[id(source)].named) > 1
        ]
        self.by_letters: dict[str, list[tuple[str, int]]] | None = None
        for i, source in enumerate(sources):
            key = keys[id(source)]
            words = set(key.named) | set(key.words[:1])
            if source.kind is SourceKind.PERSON:
                words |= set(_parts(key.named))  # "Marlaska" for "Grande-Marlaska"
            for word in words:
                self.by_word.setdefault(word, []).append(i)
            if source.kind is SourceKind.ORGANIZATION and not key.described:
                if key.named and key.named[0] in _class("ministry"):
                    self.ministries.append(i)
                for form in _initial_forms(key):
                    self.by_initials.setdefault(form, []).append(i)
                if len(key.named) >= _SUFFIX_WORDS:
                    # "Conaf" opens on "Co" (Corporación) or on "CN" (Corporación Nacional)
                    first, second = key.named[0], key.named[1]
                    for opening in {first[:2], first[:1] + second[:1]}:
                        self.by_letter.setdefault(opening, []).append(i)
            initials = _person_initials(key) if source.kind is SourceKind.PERSON else None
            if initials is not None:
                self.by_initials.setdefault(initials, []).append(i)  # "AMLO"

    def misspelt(self, word: str) -> list[int]:
        """The people one of whose name words is ``word`` with two letters swapped.

        "Zaragaza" for "Rodrigo Zarazaga": a surname of six letters or more written with
        two of its letters exchanged is a slip of the pen, never another surname.
        """
        if len(word) < _MISSPELT_LETTERS:
            return []
        if self.by_letters is None:
            self.by_letters = {}
            for named, i in self.people:
                for each in named:
                    if len(each) >= _MISSPELT_LETTERS:
                        self.by_letters.setdefault("".join(sorted(each)), []).append((each, i))
        return [
            i
            for each, i in self.by_letters.get("".join(sorted(word)), ())
            if sum(a != b for a, b in zip(each, word, strict=True)) == _SWAPPED
        ]

    def of(self, key: _Key, kind: SourceKind) -> list[int] | None:
        """The indices of the sources ``key`` may name again, ``None`` when too many."""
        first = key.words[0] if key.described or not key.named else key.named[0]
        near = list(self.by_word.get(first, ()))
        if kind in {SourceKind.ORGANIZATION, SourceKind.PERSON} and len(key.named) == 1:
            near += self.ministries + self.by_initials.get(key.words[0], [])
            if len(key.named[0]) >= _SYLLABIC_LETTERS[0]:
                near += self.by_letter.get(key.named[0][:2], [])
        return None if len(near) > _MAX_SHARING else near


def _halved(source: Source, key: _Key) -> bool:
    """Whether ``source`` is a person named by two words as written ("Juan Pérez").

    Two words glued by a stop ("Campo.Ocurre", a sentence's end read into the name) are
    no half of a name.
    """
    return (
        source.kind is SourceKind.PERSON
        and len(key.named) == _SUFFIX_WORDS
        and len(source.name.split()) == _SUFFIX_WORDS
    )


def _overlap(short: _Key, long: _Key) -> bool:
    """Whether two two-word forms of a person's name overlap on the middle one.

    "Pérez Soto" (the surnames) beside "Juan Pérez" (the first name and the first
    surname): together they are "Juan Pérez Soto", named twice by halves.
    """
    return (
        len(short.named) == len(long.named) == _SUFFIX_WORDS
        and short.words == short.named
        and long.words == long.named
        and short.named[0] == long.named[1]
        and short.named[1] != long.named[0]
    )


def _role_words(text: str) -> tuple[str, ...]:
    """A stretch of a mention past its opening determiners, folded ("la gerenta de X")."""
    raw = text.replace(".", " ").split()
    while len(raw) > 1 and _folded(raw[0]) in _leads():
        raw = raw[1:]
    return tuple(_folded(w) for w in raw)


def _apposed(sources: Sequence[Source]) -> dict[tuple[str, ...], set[int]]:
    """The role descriptions the text apposes to a person, each with the persons it names.

    "La gerenta general de Codelco, María Soto, dijo…" and later "agregó la gerenta
    general de Codelco": the role the text apposes to a name names that person again.
    """
    found: dict[tuple[str, ...], set[int]] = {}
    for j, other in enumerate(sources):
        if other.kind is not SourceKind.PERSON:
            continue
        for mention in other.mentions:
            parts = mention.text.split(",")
            for part in parts if len(parts) > 1 else ():
                found.setdefault(_role_words(part), set()).add(j)
    return found


def _fuller(a: Source, b: Source, keys: dict[int, _Key]) -> bool:
    """Whether ``a``'s name is more complete than ``b``'s.

    More words of its own, then not run on into lower-case words, then longer.
    """
    ka, kb = keys[id(a)], keys[id(b)]
    return (len(ka.words), not ka.loose, len(a.name)) > (len(kb.words), not kb.loose, len(b.name))


def _halves(sources: Sequence[Source], keys: dict[int, _Key]) -> Counter[int]:
    """For each "Juan Pérez", how many surname pairs ("Pérez Soto") complete it."""
    by_last: dict[str, list[int]] = {}
    for i, source in enumerate(sources):
        k = keys[id(source)]
        if _halved(source, k):
            by_last.setdefault(k.named[1], []).append(i)
    halves: Counter[int] = Counter()
    for pair in by_last.values():
        for i in pair:
            completed = by_last.get(keys[id(sources[i])].named[0], [])
            if len(completed) <= _MAX_SHARING:
                halves.update(
                    j for j in completed if _overlap(keys[id(sources[i])], keys[id(sources[j])])
                )
    return halves


class _Grouping:
    """The sources' indices, grouped as shorter names join the fuller names they fit."""

    def __init__(self, sources: Sequence[Source], keys: dict[int, _Key]) -> None:
        self.sources, self.keys = sources, keys
        self.candidates = _Candidates(sources, keys)
        self.groups: list[list[int]] = [[i] for i in range(len(sources))]
        self.owner = list(range(len(sources)))
        # one "Juan Pérez" that one surname pair "Pérez Soto" completes; when two pairs
        # ("Pérez Soto", "Pérez Lira") complete it, neither does: the reader cannot tell
        self.halves = _halves(sources, keys)
        self.apposed = _apposed(sources)
        #: a surname alone that two people bear, its mentions by the group each names
        self.split: dict[int, dict[int, list[Mention]]] = {}
        self.firsts: dict[int, int] = {}

    def join(self, i: int) -> None:
        """Join source ``i`` to the one group it names again, if there is exactly one."""
        short, k = self.sources[i], self.keys[id(self.sources[i])]
        owner = self.owner
        if k.described and short.kind is SourceKind.PERSON and len(k.words) > 1:
            # a role description the text apposes to one named person
            fitting = {owner[j] for j in self.apposed.get(k.words, ()) if owner[j] != owner[i]}
            if len(fitting) == 1:
                self._move(i, fitting.pop())
                return
        near = self.candidates.of(k, short.kind)
        if near is None:
            return  # a word so many sources share names none of them
        fitting = {
            owner[j]
            for j in near
            if owner[j] != owner[i] and self.groups[owner[j]] and self._names(j, i)
        }
        if (
            not fitting
            and short.kind is SourceKind.PERSON
            and k.words == k.named
            and len(k.words) == 1
        ):
            # "Zaragaza" for "Rodrigo Zarazaga": a surname misspelt
            fitting = {
                owner[j]
                for j in self.candidates.misspelt(k.words[0])
                if owner[j] != owner[i] and self.groups[owner[j]]
            }
        if len(fitting) == 1:
            self._move(i, fitting.pop())
        elif fitting and short.kind is SourceKind.PERSON and len(k.named) == 1:
            if self.groups[owner[i]] != [i]:
                return  # fuller names have joined it: no surname alone
            by_person = self._named_last(i, fitting)
            if not by_person:
                return  # named before both: it could be either
            if len(by_person) == 1:
                self._move(i, next(iter(by_person)))
                return
            # "Fernández" after Alberto, then after Cristina: each mention is the one's
            # named last before it
            self.groups[owner[i]] = []
            self.split[i] = by_person
            self.firsts.update((g, self.groups[g][0]) for g in by_person)

    def _named_last(self, i: int, fitting: set[int]) -> dict[int, list[Mention]]:
        """Source ``i``'s mentions by the group of ``fitting`` each names, else empty.

        "Alberto Fernández… Cristina Fernández dijo… Fernández aseguró": a surname alone
        names the person of that surname the text named last before it; a mention before
        all of them ("Según Fernández… Alberto Fernández… Cristina Fernández…") could be
        either, and leaves the surname apart (empty).
        """
        named = sorted(
            (m.start, group)
            for group in fitting
            for j in self.groups[group]
            for m in self.sources[j].mentions
        )
        starts = [at for at, _ in named]
        found: dict[int, list[Mention]] = {}
        for mention in self.sources[i].mentions:
            k = bisect_left(starts, mention.start) - 1
            if k < 0:
                return {}
            found.setdefault(named[k][1], []).append(mention)
        return found

    def lent(self) -> dict[int, list[Mention]]:
        """The mentions of surnames split between people, by the group each joins now."""
        where = {member: g for g, members in enumerate(self.groups) for member in members}
        out: dict[int, list[Mention]] = {}
        for by_person in self.split.values():
            for group, mentions in by_person.items():
                # a group named then may have joined a fuller one since: follow its first
                out.setdefault(where[self.firsts[group]], []).extend(mentions)
        return out

    def _names(self, j: int, i: int) -> bool:
        """Whether source ``i``'s name may name again the entity source ``j`` names."""
        long, short = self.sources[j], self.sources[i]
        kl, ks = self.keys[id(long)], self.keys[id(short)]
        if _fuller(long, short, self.keys) and _fits(ks, short.kind, kl, long.kind):
            return True
        if ks.words and ks.words == kl.words and short.kind is long.kind:
            # "vecinos de Carabanchel" and "Los vecinos de Carabanchel": one name, with
            # its article or without; the longer form is kept
            return len(long.name) > len(short.name)
        if (
            ks.words == kl.words
            and short.kind is SourceKind.PERSON
            and long.kind is SourceKind.ORGANIZATION
            and _group_named(kl, ks)
        ):
            return True  # "Carabineros de Chile", a group and a body: the body
        return self.halves[j] == 1 and _halved(short, ks) and _halved(long, kl) and _overlap(ks, kl)

    def _move(self, i: int, target: int) -> None:
        self.groups[target].extend(self.groups[self.owner[i]])
        self.groups[self.owner[i]] = []
        self.owner[i] = target


def _groups(sources: Sequence[Source], keys: dict[int, _Key]) -> _Grouping:
    """The sources' indices, grouped: each shorter name with the one fuller name it fits."""
    grouping = _Grouping(sources, keys)
    # a shorter name is tried after every longer one, so that a name in between ("Ana
    # Rojas") has joined the fullest first
    order = sorted(
        range(len(sources)), key=lambda i: (-len(keys[id(sources[i])].words), -len(sources[i].name))
    )
    for i in order:
        if len(grouping.groups[grouping.owner[i]]) > 1:
            continue  # a fuller name has joined it: it is no shorter name
        if keys[id(sources[i])].words:  # a name of no words names no one again
            grouping.join(i)
    return grouping


def _trimmed(source: Source, keys: dict[int, _Key]) -> Source:
    """``source``, its name cut after its last capitalised word if it ran on ("Pérez explicó")."""
    if not keys[id(source)].loose:
        return source
    words = source.name.split()
    while words and not words[-1][:1].isupper():
        words.pop()
    return Source(" ".join(words), source.kind, source.mentions) if words else source


def fold_sources(sources: Sequence[Source]) -> tuple[Source, ...]:
    """``sources``, each shorter name of one entity folded into its most complete name.

    A source whose name fits one other source's group, and only one, joins it (see the
    module's rules); one that fits two stays apart. The joined source keeps the most
    complete name and its kind, all the mentions in text order, and the place of the
    first of them.

    Examples:
        >>> from noticiaparse._model import Mention
        >>> def source(name, kind, at):
        ...     return Source(name, kind, (Mention(name, at, at + len(name)),))
        >>> folded = fold_sources([
        ...     source("Ministerio de Salud", "organization", 0),
        ...     source("Salud", "organization", 40),
        ...     source("Fernández", "person", 50),
        ...     source("Alberto Fernández", "person", 60),
        ...     source("Cristina Fernández", "person", 90),
        ...     source("Fernández", "person", 120),
        ... ])
        >>> for s in folded:
        ...     print(s.name, [m.start for m in s.mentions])
        Ministerio de Salud [0, 40]
        Fernández [50]
        Alberto Fernández [60]
        Cristina Fernández [90, 120]
    """
    if len(sources) < _SUFFIX_WORDS:
        return tuple(sources)
    keys = {id(s): _key(s) for s in sources}
    grouping = _groups(sources, keys)
    lent = grouping.lent() if grouping.split else {}
    out: list[tuple[int, Source]] = []
    for g, members in enumerate(grouping.groups):
        if not members:
            continue
        # a surname two people bear lends each the mentions that name them
        extra = lent.get(g, ())
        if len(members) == 1 and not extra:
            out.append((members[0], sources[members[0]]))  # alone, a run-on name is kept
            continue
        # the most complete name; a name before a description of its bearer
        # (of two halves of one name, the one the other joined: "Juan Pérez")
        best = sources[
            max(
                members,
                key=lambda m: (
                    not keys[id(sources[m])].described,
                    len(keys[id(sources[m])].words),
                    not keys[id(sources[m])].loose,
                    m == members[0],
                    len(sources[m].name),
                ),
            )
        ]
        mentions = sorted(
            (*(m for i in members for m in sources[i].mentions), *extra),
            key=lambda m: (m.start, m.end),
        )
        kind = best.kind
        if (
            kind is SourceKind.PERSON
            and any(sources[i].kind is SourceKind.ORGANIZATION for i in members)
            and _group_named(keys[id(best)], keys[id(best)])
        ):
            kind = SourceKind.ORGANIZATION  # "Carabineros de Chile" and "Carabineros": a body
        out.append((min(members), Source(_trimmed(best, keys).name, kind, tuple(mentions))))
    return tuple(source for _, source in sorted(out, key=lambda pair: pair[0]))


#: At most this many pairs of a short name and a longer one are compared (bounds the work).
_MAX_PAIRS = 40_000


def fullest_institutions(sources: Sequence[Source], names: Sequence[str]) -> tuple[Source, ...]:
    """``sources``, an institution named by one word under the fuller name the article writes.

    A source's name is its most complete mention in the article, credited there or not:
    "La Policía de Investigaciones detuvo al sospechoso. La PDI informó…" credits the
    PDI, which is the Policía de Investigaciones; "la Secretaría" after (or before) "la
    Secretaría de Movilidad" is that secretariat. An organisation's one-word name that
    fits one of ``names`` (the institutions' and documents' names the article writes, of
    two words or more) by the rules of :func:`fold_sources` (an acronym of its initials,
    its leading word with an article, a ministry's portfolio, the name after an
    institution's noun) and only one, takes it; so does a document named by its noun
    alone ("la encuesta") that opens one such name only ("la Encuesta Mensual de
    Alojamiento (EMA)"), and one word read as a person's name, of five letters or more,
    that spells the openings of the capitalised words of one such name of three words or
    more ("Según Conaf" and "la Corporación Nacional Forestal"): that institution. Sources
    then named alike are one.

    Examples:
        >>> def source(name, at):
        ...     return Source(name, "organization", (Mention("la " + name, at, at + 9),))
        >>> [s.name for s in fullest_institutions(
        ...     [source("PDI", 0), source("Corte", 40)],
        ...     ["Policía de Investigaciones", "Corte Suprema", "Corte de Apelaciones"])]
        ['Policía de Investigaciones', 'Corte']
    """
    if not names:
        return tuple(sources)
    if not renamable(sources):
        return tuple(sources)  # none :func:`_fullest` renames: no name's key is read
    asking = [s for s in sources if s.kind in _ASKING or _spelt_alone(s)]
    longer = [
        (name, _key(Source(name, SourceKind.ORGANIZATION, (Mention(name, 0, len(name)),))))
        for name in dict.fromkeys(names)
        if len(name.split()) >= _SUFFIX_WORDS
    ]
    if len(asking) * len(longer) > _MAX_PAIRS:
        return tuple(sources)  # a page of institutions: no pass of each against each
    renamed = {
        id(source): name for source in asking if (name := _fullest(source, longer)) is not None
    }
    if not renamed:
        return tuple(sources)
    out: dict[tuple[str, SourceKind], Source] = {}
    for source in sources:
        name = renamed.get(id(source), source.name)
        # "Conaf", read as a person's name, spells an institution's: it is that institution
        kind = (
            SourceKind.ORGANIZATION
            if source.kind not in _ASKING and name != source.name
            else source.kind
        )
        same = out.get((name, kind))
        if same is None:
            out[name, kind] = attrs.evolve(source, name=name, kind=kind)
            continue
        mentions = sorted((*same.mentions, *source.mentions), key=lambda m: (m.start, m.end))
        out[name, kind] = Source(name, kind, tuple(mentions))
    return tuple(out.values())


#: The kinds :func:`fullest_institutions` names by a fuller name the article writes.
_ASKING = frozenset({SourceKind.ORGANIZATION, SourceKind.DOCUMENT})


def _spelt_alone(source: Source) -> bool:
    """Whether ``source`` is one word read as a person's, long enough to spell an acronym."""
    return (
        source.kind is SourceKind.PERSON
        and " " not in source.name
        and len(source.name) >= _SYLLABIC_ACROSS[0]
    )


def renamable(sources: Sequence[Source]) -> bool:
    """Whether :func:`fullest_institutions` may rename one of ``sources``.

    A document, an organisation named by one word, or one word read as a person's long
    enough to spell an acronym: without one, no fuller name is looked for (nor need the
    article's names be gathered).

    Examples:
        >>> renamable([Source("Corte Suprema", "organization", ())])
        False
        >>> renamable([Source("PDI", "organization", ())])
        True
    """
    return any(
        (s.kind in _ASKING or _spelt_alone(s))
        and (s.kind is not SourceKind.ORGANIZATION or len(s.name.split()) == 1)
        for s in sources
    )


def _fullest(source: Source, longer: Sequence[tuple[str, _Key]]) -> str | None:
    """The one name of ``longer`` a one-word institution or a bare document names, else ``None``."""
    if source.kind is SourceKind.DOCUMENT:
        # "la encuesta" and "la Encuesta Mensual de Alojamiento (EMA)": its title
        words = _role_words(source.name)
        if len(words) != 1 or not source.name.split()[-1].islower():
            return None
        fitting = {name for name, long in longer if long.words[0] == words[0]}
    elif source.kind is SourceKind.ORGANIZATION and len(source.name.split()) == 1:
        key = _key(source)
        if len(key.named) != 1:
            return None
        fitting = {
            name
            for name, long in longer
            if len(long.named) > 1 and _fits(key, source.kind, long, SourceKind.ORGANIZATION)
        }
    elif source.kind is SourceKind.PERSON:
        # "Según Conaf" and "la Corporación Nacional Forestal": the openings of its words
        key = _key(source)
        fitting = {
            name
            for name, long in longer
            if len(long.named) >= _SYLLABIC_ACROSS[1] and _syllabic_of(key, long)
        }
    else:
        return None
    return fitting.pop() if len(fitting) == 1 else None
