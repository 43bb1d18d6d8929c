"""Names that name no source, and people whose name reads as an institution's.

Four slips of a capitalised word: an adverb, a number or a participle opening a
sentence is no name ("Actualmente escribe…", "Tres de ellos aseguraron…", "Consultado
por la prensa, explicó…"); a person whose surname
holds a particle ("Teresa de Mora") is no institution for the "de" in it; and a
capitalised office in apposition ("Óscar Pineda, Ministro de Finanzas, declaró") stands for
the person named before it, not for a ministry; and a name right after a medium's noun is
an outlet's, whatever given name opens it ("el diario El Heraldo de Chiapas").
"""

from __future__ import annotations

import functools
from bisect import bisect_left
from collections.abc import Callable
from typing import TYPE_CHECKING

import attrs
import regex

from noticiaparse._model import Mention, Source, SourceKind
from noticiaparse._reading import (
    MEDIA,
    MEDIA_REF,
    ORGANIZATION,
    PERSON,
    Phrase,
    first_names,
    role_words,
    word_set,
    words_of,
)
from noticiaparse._reading.cast import doubled_initials
from noticiaparse._reading.vocabulary import (
    closed_set,
    endings_of,
    folded_role_words,
    media_anaphora,
    org_nouns,
    reporting_verb,
)
from noticiaparse._text.fold import fold
from noticiaparse._text.lexicons import folded_lines, lines, rows
from noticiaparse._text.span import Span

if TYPE_CHECKING:
    from noticiaparse._reading.cast import Cast

__all__ = [
    "after_medium",
    "apposed_holder",
    "apposed_office",
    "apposed_titles",
    "both_named",
    "conjuncts",
    "coordinated",
    "determiner_alone",
    "glued_name",
    "lower_words",
    "nicknamed",
    "no_name",
    "no_source",
    "office_glued",
    "participle_lead",
    "particle_person",
    "reported_inside",
    "saint_named",
]

#: An adverb in "-mente" is at least this long ("Actualmente", not "Mente").
_MIN_ADVERB = 7
#: A person's name with a particle holds at least a given name, a particle and a surname.
_MIN_NAME_WORDS = 3
#: A person's name with a particle runs to this many words ("Nubia de Gómez Pérez").
_MAX_NAME_WORDS = 5


@functools.cache
def _number_words() -> frozenset[str]:
    return frozenset(row[0].lower() for row in rows("numbers.tsv"))


@functools.cache
def _particles() -> frozenset[str]:
    """The particles inside a surname ("de", "del", "de la"), not the "y" joining two."""
    return words_of("particle") - words_of("conjunction")


def no_name(words: str, after: str = "", before: str = "") -> bool:
    """Whether a word alone names no one: an adverb, a number, a participle.

    "Actualmente escribe…", "Tres de ellos aseguraron…"; a participle opening a sentence
    before the preposition of its complement (``after``, the text right after the word:
    "Consultado por la prensa, explicó…") describes the subject the verb dropped. A
    quantifier alone ("Varios expresaron…", "Muchos aseguran…") is a group of people.
    ``before`` is the text before the word (see :func:`participle_lead`).

    Examples:
        >>> [no_name(w) for w in ("Actualmente", "Seis", "Muchos", "Mena", "Ana Soto")]
        [True, True, False, False, False]
        >>> no_name("Consultada", " sobre el tema, dijo"), no_name("Machado", ", por su parte")
        (True, False)
    """
    if " " in words.strip():
        return False
    low = words.strip().lower()
    if (len(low) >= _MIN_ADVERB and low.endswith("mente")) or low in _number_words():
        return True
    return participle_lead(low, after, before) or _verb_lead(words.strip(), after, before)


#: A finite verb or a gerund opening a sentence is at least this long ("Respaldó").
_MIN_VERB_LEAD = 5


def _verb_lead(word: str, after: str, before: str) -> bool:
    """Whether ``word`` is a verb opening its sentence, its object's determiner after it.

    Spanish drops a known subject: "Respaldó la candidatura de Ana Ruiz y aseguró…"
    opens on a finite past, capitalised as the sentence's first word, not on a name. A
    word that opens its sentence with a verb's ending (``verb_like`` of
    ``verb_endings.tsv``: "-ó", "-aron", "-ando") and a determiner right after it is
    that verb, unless it is a given name ("Fernando la…" never stands so).

    Examples:
        >>> _verb_lead("Respaldó", " la candidatura de", ". "), _verb_lead("Miró", " dijo", "")
        (True, False)
    """
    following = after.split(maxsplit=1)[:1]
    previous = before.rstrip(" \t")[-1:]
    return (
        len(word) >= _MIN_VERB_LEAD
        and (not previous or previous in _OPENERS)
        and bool(following)
        and following[0] in words_of("determiner")
        and word.lower().endswith(endings_of("verb_like"))
        and word not in first_names()
    )


#: What may stand right before a word that opens a sentence or a clause of its own: a
#: stop, a colon, a dash, an opening mark, a list's bullet or a title's bar (spaces stepped
#: over).
_OPENERS = frozenset(".!?…:;\n—–-«“\"'(¿¡•·|")


def participle_lead(word: str, after: str, before: str = "") -> bool:
    """Whether ``word`` is a participle before the preposition of its complement (``after``).

    Such a participle opens its sentence ("Consultado por la prensa, explicó…"): after a
    verb or any word of its sentence (``before``, the text before it: "dijo Machado en
    la radio", "afirmó Estrada a la prensa") a capitalised word ending so is a surname.

    Examples:
        >>> participle_lead("Consultado", " por la prensa"), participle_lead("Prado", ", dijo")
        (True, False)
        >>> participle_lead("Delgado", " en la radio", "«Sí», dijo ")
        False
    """
    following = after.split(maxsplit=1)[:1]
    previous = before.rstrip(" \t")[-1:]  # (the start of the text opens it too)
    return (
        " " not in word.strip()
        and (not previous or previous in _OPENERS)
        and word.strip().lower().endswith(endings_of("any_participle"))
        and bool(following)
        and following[0] in words_of("preposition")
    )


def particle_person(name: str, org_words: frozenset[str]) -> bool:
    """Whether an organisation's name is a person's: a given name, a particle, a surname.

    "Teresa de Mora", "María del Carmen Rojas", "Juan de la Cruz Soto": a given name
    opens it, every other word is capitalised or a particle, and no word is one only an
    institution's name holds (``org_words``: "Ministerio", "Banco"…).

    Examples:
        >>> particle_person("Teresa de Mora", frozenset({"ministerio"}))
        True
        >>> particle_person("Ministerio de Salud", frozenset({"ministerio"}))
        False
    """
    words = name.split()
    if not _MIN_NAME_WORDS <= len(words) <= _MAX_NAME_WORDS or words[0] not in first_names():
        return False
    if not any(w in _particles() for w in words[1:]):
        return False
    return all(
        (w[:1].isupper() and w.lower() not in org_words) or w in _particles() for w in words[1:]
    )


#: A person's name right before an apposition's comma: "Francisco Coma, ".
_NAME_BEFORE = regex.compile(r"(\p{Lu}[\p{L}'-]+(?:[ \t]+\p{Lu}[\p{L}'-]+){1,3}),[ \t]*$")
#: An office, "de" and its portfolio: "Ministro de Salud".
_OFFICE_WORDS = 3
#: How far before an office its holder's name is read.
_NAME_REACH = 60


def apposed_office(text: str, phrase: Phrase, org_words: frozenset[str]) -> Phrase:
    """A capitalised office read as an institution, as the person it stands for.

    "Óscar Pineda, Ministro de Finanzas, declaró…": Central American and Caribbean news
    capitalises an office; in apposition after a person's name (a given name opening
    it) it is that person. Elsewhere an organisation's name opening on an office and its
    complement ("Ministro de Finanzas declaró") is the office's holder, a person by role. A
    word an institution's name holds (``org_words``: "Policía") opens no office.

    Examples:
        >>> text = "Óscar Pineda, Ministro de Finanzas, declaró que sí."
        >>> apposed_office(text, Phrase(14, 34, ORGANIZATION), frozenset()).start
        0
    """
    if phrase.kind != ORGANIZATION:
        return phrase
    first = text[phrase.start : phrase.end].split(maxsplit=2)
    if (
        len(first) < _OFFICE_WORDS
        or first[0].lower() not in role_words()
        or first[0].lower() in org_words
        or not first[0][:1].isupper()
        or first[1] not in words_of("of")
    ):
        return phrase  # "Policía Nacional", "Carabineros": an institution's name
    before = _NAME_BEFORE.search(text, max(0, phrase.start - _NAME_REACH), phrase.start)
    if before is not None and before.group(1).split()[0] in first_names():
        name = Span(before.start(1), before.end(1))
        return Phrase(name.start, name.end, PERSON, name=name, head=first[0].lower())
    return Phrase(phrase.start, phrase.end, PERSON, head=first[0].lower())


@functools.cache
def apposed_titles() -> frozenset[str]:
    """Titles and ranks before a name in apposition ("general", "doctora", "don").

    ``apposed_titles.txt`` and the honorifics of ``honorifics.txt``.

    Examples:
        >>> "coronel" in apposed_titles(), "ministro" in apposed_titles()
        (True, False)
    """
    return frozenset(lines("apposed_titles.txt")) | frozenset(lines("honorifics.txt"))


@functools.cache
def _holder_after() -> regex.Pattern[str]:
    """After a role's phrase: its acronym in brackets, a comma, a title, the name, a comma.

    The name may close the sentence instead ("…, confirmado por el jefe de la Policía,
    general Juan Mora.").
    """
    # (in one order whatever the hash seed: the pattern is then one precompiled entry)
    titles = "|".join(sorted(sorted(apposed_titles()), key=len, reverse=True))
    return regex.compile(
        r"[ \t]*(?:\(\p{Lu}[\p{L}\p{N}-]{1,11}\))?,[ \t]+"
        r"(?:(?:el|la)[ \t]+\p{Ll}+[ \t]+)?"  # "el sandinista": an epithet before the name
        rf"(?:(?i:{titles})\.?[ \t]+){{0,2}}"
        r"(\p{Lu}[\p{L}'-]+(?:[ \t]+(?:de[ \t]+|del[ \t]+)?\p{Lu}[\p{L}'-]+){1,3})"
        r"(?:[ \t]*[,;]|\.(?=\s|$)|$)"
    )


#: A person's name in brackets right after a role: "(Aníbal Gaviria Correa)".
_BRACKETED_NAME = regex.compile(
    r"[ \t]*\((\p{Lu}[\p{L}'-]+(?:[ \t]+(?:de[ \t]+|del[ \t]+)?\p{Lu}[\p{L}'-]+){1,3})\)"
)

#: How far past a role's phrase its holder's name is read.
_HOLDER_REACH = 80


def apposed_holder(text: str, phrase: Phrase, org_words: frozenset[str]) -> Phrase:
    """A role's phrase as the person named in apposition right after it.

    "«…», afirmó la directora del Colegio de Enfermeras (Colenf), Rosa Elvira Salas":
    a role with its complement and the complement's acronym in brackets,
    then the holder's name between commas, a title or rank before it ("El jefe
    policial, coronel Luis Ortega, informó…": ``apposed_titles.txt``), or an article
    and one word that describes the holder ("confirmó la presidenta de la asamblea, la
    liberal Marta Ruiz"). The role stands
    for that person; a name with a word only an institution's name holds
    (``org_words``) is no person's. A name in brackets right after the role, a given
    name opening it, is its holder too ("El gobernador de Antioquia (Aníbal Gaviria
    Correa) anunció…").

    Examples:
        >>> text = "El rector de la Universidad Andina (UA), Hugo Paz Rey, dijo que sí."
        >>> apposed_holder(text, Phrase(0, 34, PERSON, head="rector"), frozenset()).name
        Span(start=41, end=53)
    """
    if phrase.kind != PERSON or phrase.head not in role_words():
        return phrase
    if phrase.name is not None and not _complement(text[phrase.start : phrase.name[0]]):
        return phrase  # "el ministro Pedro Soto": named already
    end = _complement_end(text, phrase) if phrase.name is None else phrase.end
    found = _holder_after().match(text[: end + _HOLDER_REACH], end)
    if found is None and phrase.name is None:
        # the holder's name in brackets after the role (see the docstring)
        found = _BRACKETED_NAME.match(text[: end + _HOLDER_REACH], end)
        if found is not None and found.group(1).split()[0] not in first_names():
            found = None
    if found is None or any(w.lower() in org_words for w in found.group(1).split()):
        return phrase
    name = Span(found.start(1), found.end(1))
    return Phrase(name.start, name.end, PERSON, name=name, head=phrase.head)


#: What closes a reported clause before a phrase: a comma or a mark, a quotation's, a stop.
_CLAUSE_MARKS = frozenset(',;:()«»“”".!?\n')
#: At most this many words of the reported clause stand before its subject ("que el presidente").
_REPORTED_LEAD = 3


def reported_inside(text: str, start: int, sentence: int) -> bool:
    """Whether the phrase at ``start`` opens the clause a reporting verb's "que" reports.

    "La senadora afirmó que Ortiz respondió…", "La vocera informó que el
    presidente Trump reafirmó…": what the subject of the reported clause said is what
    the verb's subject says it said; the article credits the one who reports it, not
    the one reported (``sentence`` is where the text looked at starts). A comma, a mark or a
    second clause joined by "y" (a conjunction of ``function_words.tsv``) between ends
    the reported clause ("…dijo que no hay
    plazos y el alcalde agregó…", "Aunque Kast aseguró que…, los vecinos…").

    Examples:
        >>> text = "La senadora afirmó que Ortiz respondió con dureza."
        >>> reported_inside(text, 23, 0), reported_inside(text, 0, 0)
        (True, False)
        >>> text = "El ministro dijo que no hay plazos y el alcalde agregó que sí."
        >>> reported_inside(text, 37, 0)
        False
    """
    before = text[sentence:start]
    at = before.rfind(" que ")
    if at < 0:
        return False
    tail = before[at + len(" que ") :]
    words = tail.split()
    if (
        len(words) > _REPORTED_LEAD
        or any(mark in _CLAUSE_MARKS for mark in tail)
        or any(w.lower() in words_of("conjunction") for w in words)
    ):
        return False
    verb = before[:at].split()[-1:]
    return bool(verb) and reporting_verb(verb[0].strip(",").lower())


#: A capitalised word of a phrase, with its offsets.
_CAPITALISED = regex.compile(r"\p{Lu}[\p{L}'-]*")
#: A person's name holds a given name and a surname at least.
_MIN_PERSON_WORDS = 2


def glued_name(text: str, phrase: Phrase) -> Phrase:
    """A person's phrase whose name runs, with no comma, into a role or from a complement.

    An organisation's name a capitalised preposition carries on from a noun of people
    ("Médicos Sin Fronteras") is read whole, an organisation (``_linked_name``).
    Some papers write no comma between a name and its role, before or after it: "Según
    Juan Pérez Soto Presidente de la junta de vecinos" is Juan Pérez Soto, the office in
    capitals after the name (a role word, ``role_words.txt``, then "de" or another
    capitalised word) no part of it; "según el economista de la Universidad Católica
    Juan Pérez" is Juan Pérez, the name opening on the given name that ends the role's
    capitalised complement. A name opens on a given name to be cut so ("Luis Alberto
    Alcalde" keeps its surname).

    Examples:
        >>> text = "Según Ana Rojas Soto Gerenta General de la empresa, no."
        >>> p = glued_name(text, Phrase(6, 37, PERSON, name=Span(6, 37)))
        >>> text[p.start : p.end]
        'Ana Rojas Soto'
        >>> text = "Según el economista de la Universidad Católica Juan Pérez, sí."
        >>> p = glued_name(text, Phrase(6, 57, PERSON, head="economista"))
        >>> text[p.name[0] : p.name[1]] if p.name else None
        'Juan Pérez'
    """
    if phrase.kind != PERSON:
        return phrase
    linked = _linked_name(text, phrase)
    if linked is not None:
        return linked
    if phrase.name is not None:
        return _role_glued(text, phrase)
    if phrase.head is None or not text[phrase.end - 1 : phrase.end].isalpha():
        return phrase
    last = text[max(phrase.start, phrase.end - _LAST_WORD) : phrase.end].split()[-1:]
    if not last or not last[0][:1].isupper():
        return phrase  # a cheap test first: the phrase ends on a capitalised word
    words = list(_CAPITALISED.finditer(text, phrase.start, phrase.end))
    run: list[regex.Match[str]] = []
    for word in reversed(words):
        if run and text[word.end() : run[0].start()].strip():
            break
        run.insert(0, word)
    if not run or run[-1].end() != phrase.end or run[0].start() == phrase.start:
        return phrase
    given = next((k for k, w in enumerate(run) if w.group() in first_names()), None)
    if given is None or given == 0 or len(run) - given < _MIN_PERSON_WORDS:
        return phrase
    return attrs.evolve(phrase, name=Span(run[given].start(), phrase.end))


#: A capitalised preposition and capitalised words after a plural noun of people: the
#: rest of an organisation's name ("Médicos Sin Fronteras", "Abogados Por la Paz").
_LINKED_NAME = regex.compile(
    r"[ \t]+(?:Sin|Sobre|Contra|Por|Para|Con|Entre|Bajo)"
    r"(?:[ \t]+(?:la|el|los|las))?(?:[ \t]+\p{Lu}[\p{L}-]+){1,3}"
)


def _linked_name(text: str, phrase: Phrase) -> Phrase | None:
    """An organisation a capitalised preposition carries on from a noun of people, else ``None``.

    "Médicos Sin Fronteras denunció…", "según Reporteros Sin Fronteras": mid-sentence a
    preposition takes a capital only inside a name; the noun of people before it
    (``people_nouns.txt``, ``role_words.txt``) opens that organisation's name.
    """
    if not text[phrase.end + 1 : phrase.end + 2].isupper():
        return None  # a cheap test first: a capital right after the phrase's space
    last = text[max(phrase.start, phrase.end - _LAST_WORD) : phrase.end].split()[-1:]
    if not last or not last[0][:1].isupper() or last[0].lower() not in _group_nouns():
        return None
    found = _LINKED_NAME.match(text, phrase.end)
    if found is None:
        return None
    lo = phrase.name[0] if phrase.name is not None else phrase.end - len(last[0])
    return Phrase(phrase.start, found.end(), ORGANIZATION, name=Span(lo, found.end()))


def _role_glued(text: str, phrase: Phrase) -> Phrase:
    """``phrase``, its name cut before an office in capitals glued after it."""
    lo, hi = phrase.name or (phrase.start, phrase.end)
    end = office_glued(text, lo, hi)
    if end is None:
        return phrase
    return Phrase(phrase.start, end, PERSON, name=Span(lo, end), head=phrase.head)


def office_glued(text: str, start: int, end: int) -> int | None:
    """Where the person's name ``text[start:end]`` ends before an office glued to it.

    A given name, a surname at least, then a role word in capitals (``role_words.txt``)
    that "de" or another capitalised word follows: "Juan Pérez Soto Presidente de la
    junta" ends before "Presidente"; ``None`` when no office is glued ("Luis Alberto
    Alcalde, presidente de…" keeps its surname).

    Examples:
        >>> text = "Pedro Soto Gerente General de la empresa"
        >>> text[: office_glued(text, 0, 26)]
        'Pedro Soto'
        >>> office_glued("Luis Alberto Alcalde, presidente", 0, 20) is None
        True
    """
    if end - start < _MIN_GLUED_CHARS:
        return None
    roles = role_words()
    # a cheap test first: a name of three words or more, an office past its second
    plain = text[start:end].split()
    if len(plain) <= _MIN_PERSON_WORDS or not any(w.lower() in roles for w in plain[2:]):
        return None
    words = list(_CAPITALISED.finditer(text, start, end))
    if len(words) <= _MIN_PERSON_WORDS or words[0].group() not in first_names():
        return None
    for k in range(_MIN_PERSON_WORDS, len(words)):
        if words[k].group().lower() not in role_words():
            continue
        after = text[words[k].end() : words[k].end() + _LAST_WORD].split()[:1]
        if after and (after[0] in words_of("of") or after[0][:1].isupper()):
            return len(text[: words[k].start()].rstrip())
    return None


#: A name of three words with an office glued has this many characters at least.
_MIN_GLUED_CHARS = 12
#: How far after a word the word after it is looked for.
_LAST_WORD = 12


#: How many words of a complement's name a role's phrase may have stopped short of.
_COMPLEMENT_REST = 4


def _complement_end(text: str, phrase: Phrase) -> int:
    """Where the name of a role's complement ends, past the phrase as read.

    "el secretario general del Sindicato Minero Cerro Los Andes, Mario Quiroga": the
    phrase may stop before an article inside the complement's name ("Los Andes"); its
    capitalised words (articles and "de" between them) run to the comma. A phrase that
    does not end in a complement's name ends where it was read.
    """
    if not _complement(text[phrase.start : phrase.end]):
        return phrase.end
    end = at = phrase.end
    links = _particles() | words_of("definite")
    for _ in range(_COMPLEMENT_REST):
        word = _NEXT.match(text, at)
        if word is None:
            break
        bare = word.group(1)
        if bare[:1].isupper():
            end = word.end(1)
        elif bare not in links:
            break
        at = word.end(1)
    return _portfolios_end(text, end)


def _portfolios_end(text: str, end: int) -> int:
    """Where a list of an office's portfolios ends, from the first one's end.

    "el ministro de Industria, Comercio y Turismo, Pedro Ruiz": a complement may name
    several portfolios, commas between them and "y" before the last; the holder's name
    comes after the list.

    Examples:
        >>> text = "el ministro de Industria, Comercio y Turismo, Pedro Ruiz."
        >>> text[: _portfolios_end(text, 24)]
        'el ministro de Industria, Comercio y Turismo'
        >>> _portfolios_end("el ministro de Industria, Pedro Ruiz, dijo.", 24)
        24
    """
    at = end
    for _ in range(_COMPLEMENT_REST):
        item = _PORTFOLIO.match(text, at)
        if item is None:
            break
        at = item.end()
        last = _LAST_PORTFOLIO.match(text, at)
        if last is not None:
            return last.end()
    return end


#: The next word after spaces.
_NEXT = regex.compile(r"[ \t]+([\p{L}'-]+)")
#: A portfolio after a comma in a list of them: "Comercio", "Recursos Naturales".
_PORTFOLIO = regex.compile(r",[ \t]+\p{Lu}[\p{L}'-]+(?:[ \t]+\p{Lu}[\p{L}'-]+){0,3}")
#: The last portfolio of a list, after "y": "y Turismo".
_LAST_PORTFOLIO = regex.compile(r"[ \t]+[ye][ \t]+\p{Lu}[\p{L}'-]+(?:[ \t]+\p{Lu}[\p{L}'-]+){0,3}")


def _complement(before: str) -> bool:
    """Whether a role's name follows "de", "del", "de la": its complement, not its holder.

    Capitalised words between are the complement's name too: "el presidente del Club
    Deportivo Las Palmas, Ana Ruiz": "Las Palmas" ends the club's name.

    Examples:
        >>> _complement("el presidente del Club Deportivo "), _complement("el ministro ")
        (True, False)
    """
    raw = before.split()
    while raw and raw[-1][:1].isupper():
        raw.pop()
    words = [w.lower() for w in raw[-2:]]
    return bool(words) and (
        words[-1] in words_of("of") or (len(words) > 1 and words[0] in words_of("of"))
    )


#: How far before a name a medium's noun, its description and the name's article are read.
_MEDIUM_REACH = 60
#: The words before a name read for a medium: article, noun, two describing, the name's.
_MEDIUM_WORDS = 5
#: The most lower-case words describing a medium between its noun and the name.
_MEDIUM_DESCRIPTION = 2
#: An outlet's name may close on "de" and a place: "El Sol de Tijuana".
_PLACE_AFTER = regex.compile(r"[ \t]+de[ \t]+(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?)\b")


def after_medium(text: str, phrase: Phrase) -> Phrase:
    """A name right after a medium's noun, as the outlet it names.

    "El diario El Heraldo de Chiapas informó…", "según el medio local El Heraldo de
    Chiapas": an article, a medium's noun (diario, periódico, radio, medio…), up to two
    lower-case words describing it, then a capitalised name (its article included) name an outlet,
    though a given name opens it ("Heraldo") or the outlets table knows a shorter name
    ("El Heraldo"); a name so read that opens on its article closes on "de" and a place
    ("de Chiapas"), as such outlets' names do ("El Sol de Tijuana", "La Voz de Galicia";
    "el diario Clarín de Buenos Aires" says where Clarín is published).

    Examples:
        >>> text = "El diario El Heraldo de Chiapas informó que sí."
        >>> found = after_medium(text, Phrase(13, 31, PERSON, name=Span(13, 31)))
        >>> text[found.start : found.end], found.kind.value
        ('El Heraldo de Chiapas', 'media')
        >>> text = "Según el medio local El Heraldo de Chiapas, hubo dos muertos."
        >>> found = after_medium(text, Phrase(6, 31, MEDIA, name=Span(21, 31)))
        >>> text[found.start : found.end]
        'el medio local El Heraldo de Chiapas'
    """
    if phrase.kind == MEDIA_REF:
        return _medium_ahead(text, phrase) or phrase
    if phrase.kind == MEDIA and phrase.name is not None:
        lo = phrase.name[0]
    elif phrase.kind == PERSON and phrase.name == (phrase.start, phrase.end):
        lo = phrase.start  # a capitalised name alone, no role or determiner before it
    else:
        return phrase
    before = text[max(0, lo - _MEDIUM_REACH) : lo].split()[-_MEDIUM_WORDS:]
    article = phrase.kind == PERSON and bool(before) and before[-1] in _name_articles()
    words = before[:-1] if article else before
    nouns = _medium_nouns()
    described = 0
    while (
        described < min(_MEDIUM_DESCRIPTION, len(words) - 1)
        and words[-1 - described].isalpha()
        and words[-1 - described].islower()
        and words[-1 - described] not in _not_describing()
    ):
        described += 1
    noun = len(words) - 1 - described
    if (
        noun < 1
        or words[noun].lower() not in nouns
        or words[noun - 1].lower() not in closed_set("medium_article")
    ):
        return phrase  # "dijo a este medio Jorge Lagos": the outlet that writes, then who
    start = text.rindex(before[-1], 0, lo) if article else lo
    place = _PLACE_AFTER.match(text, phrase.end)
    led = text[start : phrase.end].split(maxsplit=1)[0] in _name_articles()
    # "El Sol de Tijuana", not "Clarín de Buenos Aires" (where it is published)
    end = phrase.end if place is None or not led else place.end()
    return Phrase(
        start if phrase.kind == PERSON else phrase.start, end, MEDIA, name=Span(start, end)
    )


#: The most words describing a medium read after its noun, before its name.
_AHEAD_WORDS = 6
#: Lower-case words, then a capitalised name, after a medium's noun.
_AHEAD = regex.compile(
    rf"((?:[ \t]+\p{{Ll}}+){{1,{_AHEAD_WORDS}}})[ \t]+"
    r"(\p{Lu}(?:[\p{L}\p{N}&-]|\.(?=\p{L}))*"
    r"(?:[ \t]+[\p{Lu}\p{N}](?:[\p{L}\p{N}&-]|\.(?=\p{L}))*){0,3})(?![\p{L}\p{N}])"
)


def _medium_ahead(text: str, phrase: Phrase) -> Phrase | None:
    """The outlet a medium's noun names past the words describing it, else ``None``.

    "según la cadena pública de televisión japonesa NHK": the noun ("la cadena", read
    alone as the outlet named before) and words that only describe an outlet (its field,
    ``medium_fields.txt``; a demonym; ``medium_descriptors.txt``; "de"), then the name.
    """
    if not text[phrase.end : phrase.end + 2].strip(" \t")[:1].islower():
        return None  # a cheap test first: a word in lower case right after the noun
    found = _AHEAD.match(text, phrase.end)
    if found is None or not all(w in _describers() for w in found.group(1).split()):
        return None
    name = Span(found.start(2), found.end(2))
    return Phrase(phrase.start, found.end(2), MEDIA, name=name)


@functools.cache
def _describers() -> frozenset[str]:
    """The words that may describe an outlet between its noun and its name."""
    found = word_set("medium_descriptors.txt") | word_set("demonyms.txt")
    return found | word_set("medium_fields.txt") | words_of("of")


@functools.cache
def _name_articles() -> frozenset[str]:
    """The articles an outlet's name may open on ("El Heraldo", "La Voz")."""
    return frozenset(word.capitalize() for word in words_of("definite"))


@functools.cache
def _medium_nouns() -> frozenset[str]:
    """The nouns of a medium (``media_heads.txt``, and "medio", "agencia"… of the anaphora)."""
    return word_set("media_heads.txt") | frozenset(words[-1] for words in media_anaphora())


@functools.cache
def _not_describing() -> frozenset[str]:
    """The words that describe no medium: closed-class ones and the medium's nouns."""
    return frozenset(row[0] for row in rows("function_words.tsv")) | _medium_nouns()


#: "y" and an article before an acronym that closes a phrase: "Carabineros y la PDI".
_AND_ACRONYM = regex.compile(r"[ \t]+[ye][ \t]+((?:el|la|los|las)[ \t]+(\p{Lu}{2,8}))$")
#: Two names, one a side of "y".
_PAIR = 2
#: "y" between two names: "Ana Díaz y Luis Mena".
_AND = regex.compile(r"[ \t]+[ye][ \t]+")


def coordinated(name: str) -> bool:
    """Whether an institution's name as read joins two by "y" (see :func:`conjuncts`).

    Examples:
        >>> coordinated("Cepal y la OIT"), coordinated("Ministerio de Ciencia y Tecnología")
        (True, False)
    """
    if " y " not in name and " e " not in name:
        return False
    return _AND_ACRONYM.search(name) is not None or _second_institution(name) is not None


def conjuncts(
    text: str, phrase: Phrase, known: Callable[[str], bool] | None = None
) -> list[Phrase]:
    """A phrase that joins two sources by "y", as the two; else the phrase alone.

    "Ana Díaz y Luis Mena": two names that each open on a given name are two people (a
    person the article names, in full or by the surname of a full name, ``known``, is
    one too: "Morales y Dennis Walker" after "Eric Morales"), and
    two groups with their complements ("dirigentes de la CUT y especialistas de la UC")
    two groups; "Carabineros y la PDI", "el Banco Mundial y el FMI": an acronym after "y" and its
    article closes a second institution. An institution's name that holds "y" stays
    one ("Ministerio de Ciencia y Tecnología", "América Latina y el Caribe").

    Examples:
        >>> text = "Carabineros y la PDI informaron"
        >>> [text[p.start : p.end] for p in conjuncts(text, Phrase(0, 20, ORGANIZATION))]
        ['Carabineros', 'la PDI']
        >>> text = "dijeron Ana Díaz y Luis Mena al salir"
        >>> [text[p.start : p.end] for p in conjuncts(text, Phrase(8, 28, PERSON))]
        ['Ana Díaz', 'Luis Mena']
    """
    written = text[phrase.start : phrase.end]
    if " y " not in written and " e " not in written:
        return [phrase]
    acronym = _AND_ACRONYM.search(written)
    if acronym is None and phrase.kind == ORGANIZATION:
        acronym = _second_institution(written)
    if acronym is not None and phrase.kind == ORGANIZATION:
        cut = phrase.start + acronym.start()
        first = Phrase(phrase.start, cut, ORGANIZATION, name=Span(phrase.start, cut))
        name = Span(phrase.start + acronym.start(2), phrase.end)
        return [first, Phrase(phrase.start + acronym.start(1), phrase.end, ORGANIZATION, name=name)]
    parts = _AND.split(written)
    gap = _AND.search(written)
    if (
        phrase.kind != PERSON
        or gap is None
        or len(parts) != _PAIR
        or not (
            all(
                (len(part.split()) > 1 and part.split()[0] in first_names())
                or (known is not None and known(part.strip()))
                for part in parts
            )
            or all(_group_of(part) for part in parts)
        )
    ):
        return [phrase]
    lo, hi = phrase.start + gap.start(), phrase.start + gap.end()
    return [
        Phrase(phrase.start, lo, PERSON, name=Span(phrase.start, lo)),
        Phrase(hi, phrase.end, PERSON, name=Span(hi, phrase.end)),
    ]


#: A group with its complement: a plural noun of people, "de", and at least one word.
_GROUP_WORDS = 3


def _group_of(part: str) -> bool:
    """Whether ``part`` is a group of people with its own complement ("especialistas de la UC").

    "Dirigentes de la CUT y especialistas de la Universidad de Chile": two groups, each
    a plural noun of people (``role_words.txt``, ``people_nouns.txt``) and the body or
    place it belongs to, are two sources; "padres y apoderados del liceo", sharing one
    complement, are one group.
    """
    words = part.split()
    if words and words[0].lower() in words_of("determiner"):
        words = words[1:]
    return (
        len(words) >= _GROUP_WORDS
        and words[0].lower().endswith("s")
        and words[0].lower() in _group_nouns()
        and words[1].lower() in words_of("of")
    )


@functools.cache
def _group_nouns() -> frozenset[str]:
    return word_set("role_words.txt") | word_set("people_nouns.txt")


#: "y", an article and a capitalised word: a second name may open there.
_AND_ARTICLED = regex.compile(r"[ \t]+[ye][ \t]+((?:el|la|los|las)[ \t]+(\p{Lu}[\p{L}-]*))")


def _second_institution(written: str) -> regex.Match[str] | None:
    """Where "y", its article and an institution's noun open a second institution.

    "La Fiscalía y la Policía de Investigaciones", "el Banco Central y el Fondo
    Monetario": a capitalised noun of an institution (``org_nouns.txt``,
    ``institution_nouns.txt``, the heads of ``source_fold.tsv``) after "y" and its
    article names a second one; "América Latina y el Caribe", "la Ciencia y la Cultura"
    name parts of one.
    """
    words = written.split()
    if len(words) > 1 and words[0].lower() in words_of("definite"):
        words = words[1:]
    if not words or not words[0][:1].isupper():
        return None
    for match in _AND_ARTICLED.finditer(written):
        if fold(match.group(2)) in _institution_heads():
            return match
    # "el Gobierno y Human Rights Watch", "Codelco y Antofagasta Minerals": one word
    # before "y" holds no complement for it to join; a capitalised name after it is a
    # second institution
    first = written.find(words[0])
    named = _AND_NAMED.match(written, first + len(words[0]))
    if named is None or named.group(2).lower() in word_set("firm_tails.txt"):
        return None  # "Pérez y Compañía", "García e Hijos": one firm's name
    if named.group(1) == named.group(2) and fold(named.group(2)) in _institution_heads():
        return None  # an institution's noun with no article: "Pérez y Compañía" too
    return named


#: "y", an article or none, and a capitalised word, right after a name's one word.
_AND_NAMED = regex.compile(r"[ \t]+[ye][ \t]+((?:(?:el|la|los|las)[ \t]+)?(\p{Lu}[\p{L}-]*))")


@functools.cache
def _institution_heads() -> frozenset[str]:
    """The nouns that open an institution's name ("Policía", "Banco", "Ministerio"), folded."""
    found = {fold(w) for w in org_nouns() | word_set("institution_nouns.txt")}
    found |= {fold(row[1]) for row in rows("source_fold.tsv") if row[0] in {"head", "ministry"}}
    return frozenset(found)


#: The words right after a quantifier that tell a determiner from a pronoun.
_AFTER_QUANTIFIER = regex.compile(r"[ \t]+(\p{Ll}+)(?:[ \t]+(\p{Ll}+))?(?:[ \t]+(\p{Ll}+))?")
#: A quantifier is at most this long ("numerosas").
_MAX_QUANTIFIER = 10


def determiner_alone(text: str, start: int, end: int) -> bool:
    """Whether the quantifier ``text[start:end]`` determines a noun after it, not a person.

    Alone, a quantifier is a group of people ("Muchos aseguran…", "Coincidieron todos
    en que…"); before a plural noun it is that noun's determiner ("según algunas fuentes
    que…", "publicado por algunos medios italianos"), and before "de" and a noun it picks
    out some of them ("Muchos de los dardos apuntaron…"): the quantifier read alone names
    no one. A pronoun after "de" is people ("Muchos de ellos dijeron…").

    Examples:
        >>> determiner_alone("Según algunas fuentes, no.", 6, 13)
        True
        >>> determiner_alone("Muchos de los dardos apuntaron", 0, 6)
        True
        >>> determiner_alone("Muchos aseguran que no", 0, 6)
        False
        >>> determiner_alone("Muchos de ellos dijeron que no", 0, 6)
        False
    """
    if end - start > _MAX_QUANTIFIER or text[start:end].lower() not in word_set("group_words.txt"):
        return False
    after = _AFTER_QUANTIFIER.match(text, end)
    if after is None:
        return False
    first, second, third = after.groups()
    if first in words_of("of"):
        noun = third if second in words_of("article") else second
        return noun is not None and noun not in _pronouns()
    # a plural noun or adjective agrees with the quantifier; a verb of a plural
    # subject ends in "-n" ("aseguran", "dijeron"), never in "-s"
    return first.endswith("s") and first not in words_of("auxiliary")


@functools.cache
def _diseases() -> frozenset[str]:
    """The diseases whose names read as an institution's (``disease_names.txt``), folded."""
    return folded_lines("disease_names.txt")


@functools.cache
def _honorifics() -> frozenset[str]:
    """The titles written before a name (``honorifics.txt``), lower-case."""
    return frozenset(w.lower() for w in lines("honorifics.txt"))


@functools.cache
def _pronouns() -> frozenset[str]:
    return frozenset(w.lower() for w in lines("subject_pronouns.txt"))


@functools.cache
def _places() -> frozenset[str]:
    """Countries, regions and capitals (``country_names.txt``, ``source_places.txt``), folded."""
    return folded_lines("country_names.txt") | folded_lines("source_places.txt")


@functools.cache
def _common_nouns() -> frozenset[str]:
    """Nouns that name a group, a role or an institution even in lower case ("la fiscalía")."""
    found = word_set("people_nouns.txt") | word_set("group_words.txt")
    found |= org_nouns() | word_set("institution_nouns.txt") | word_set("media_heads.txt")
    return frozenset(map(fold, found)) | folded_role_words()


#: The punctuation around a word of running text (a word in a link's address or a tag,
#: "carles-puigdemont", "s_kw=puigdemont", keeps other marks and is no word of it).
_AROUND = ",.;:!?()«»“”\"'¿¡…"


def no_source(source: Source, text: str, written: Callable[[], frozenset[str]]) -> bool:
    """Whether a finished source names no one: a place, or a common word capitalised.

    The press at large, unnamed, that asked ("consultado por periodistas", "preguntada
    por los reporteros", ``asking_cues.txt``) is credited with nothing (a named outlet
    is: "Consultado por Infobae"). A place is credited with nothing ("Argentina
    respondió…", "Washington consideró…",
    "Europa guarda silencio": the text speaks of a government it does not name), nor a
    disease ("la COVID-19 demostró…", ``disease_names.txt``), nor a
    title alone ("el Sr. Presidente": "Sr"), nor a name after a place's noun ("El barrio
    Yungay denunció…", ``place_nouns.txt``); nor is
    a word capitalised only because it opens a sentence or a headline ("Queda claro…",
    "Defendió…"): one word read as a person's name (one read as an institution's,
    "Oposición critica…", is one), alone as every mention writes it, each mention opening its
    sentence (``text`` is the article the mentions point into), that is no given name,
    no noun of a group, a role or an institution ("Vecinos", "Fiscalía"), and that is a
    function word, a reporting verb, or a word the article writes in lower case
    elsewhere (``written``: those words, asked for only when needed). Mid-sentence a
    capital marks a name ("dijo Paz").

    Examples:
        >>> from noticiaparse._model import Mention
        >>> def source(name, at=0, kind="person"):
        ...     return Source(name, kind, (Mention(name, at, at + len(name)),))
        >>> text = "Queda claro que no. El alcalde dijo que queda poco."
        >>> def written():
        ...     return lower_words(text)
        >>> [no_source(source(n), text, written) for n in ("Queda", "Chile", "Mena", "Vecinos")]
        [True, True, False, False]
        >>> text = "Hubo paz, dijo Paz."
        >>> no_source(source("Paz", 15), text, written)
        False
    """
    if source.kind in {SourceKind.DOCUMENT, SourceKind.ANONYMOUS}:
        return False
    words = source.name.split()
    if fold(source.name) in _places():
        return True  # "La Habana"
    if not any(w[:1].isupper() or w.isdigit() for w in words[1:] or words) and all(
        _asked_by(text, m) for m in source.mentions
    ):
        return True  # "consultado por periodistas": the press at large asked
    if len(words) > 1 and words[0].lower() in words_of("definite"):
        words = words[1:]  # "la India"
    folded = fold(" ".join(words))
    if folded in _places() or folded in _diseases() or doubled_initials(" ".join(words)):
        return True  # "la COVID-19 demostró…", "Según EE. UU.": no one either
    if len(words) == 1 and words[0].lower() in _honorifics():
        return True  # "el Sr. Presidente": a title alone ("Sr", "Dr") is no one's name
    if source.kind in _NAMED and all(_place_named(text, m.start) for m in source.mentions):
        return True  # "El barrio Yungay denunció…": a place named by its noun
    if len(words) != 1 or source.kind is not SourceKind.PERSON:
        return False  # "Oposición critica…": read as an institution, it is one
    word = words[0]
    if (
        not word[:1].isupper()
        or word.isupper()
        or word in first_names()
        or fold(word) in _common_nouns()
        or any(
            m.text.strip() != source.name or not _opening(text, m.start) for m in source.mentions
        )
    ):
        return False
    low = word.lower()
    return fold(low) in _function_words() or reporting_verb(low) or low in written()


#: The kinds a place's name may be taken for.
_NAMED = frozenset({SourceKind.PERSON, SourceKind.ORGANIZATION})
#: A place's noun before a name is at most this long ("urbanización", "fraccionamiento").
_PLACE_NOUN_REACH = 18


def _place_named(text: str, at: int) -> bool:
    """Whether the name at ``at`` follows a place's noun in lower case ("el barrio Yungay")."""
    before = text[max(0, at - _PLACE_NOUN_REACH) : at]
    if not before.endswith(" "):
        return False
    words = before.split()
    return bool(words) and words[-1] in word_set("place_nouns.txt")


#: How far before a mention the mark that opens its sentence is looked for.
_OPENING_REACH = 8


def _opening(text: str, at: int) -> bool:
    """Whether the word at ``at`` opens its line, sentence or clause (spaces stepped over)."""
    previous = text[max(0, at - _OPENING_REACH) : at].rstrip(" \t")[-1:]
    return at - _OPENING_REACH <= 0 if not previous else previous in _OPENERS


def lower_words(text: str) -> frozenset[str]:
    """The words ``text`` writes in lower case, in running text (not in a link's address).

    Examples:
        >>> sorted(lower_words("Queda poco, dijo (carles-puigdemont)."))
        ['dijo', 'poco']
    """
    return frozenset(
        w for w in (w.strip(_AROUND) for w in text.split()) if w.islower() and w.isalpha()
    )


def _asked_by(text: str, mention: Mention) -> bool:
    """Whether ``mention`` is who asked: after an asking cue, or its participle and "por".

    "consultado por periodistas" is read as the cue "consultado por"; "al ser cuestionada
    por periodistas" as the reporting verb "cuestionada" with its agent after "por",
    which asked only where it is the press (``press_roles.txt``, "la prensa", "medios").
    """
    cue = (mention.cue or "").lower()
    if cue in _asking_cues():
        return True
    if f"{cue} por" not in _asking_cues():
        return False
    before = text[max(0, mention.start - len(cue) - _POR_REACH) : mention.start].lower().split()
    # the verb's agent asked only where it is the press: "cuestionado por los vecinos"
    # is their criticism, a statement
    return before[-2:] == [cue, "por"] and any(
        word.rstrip("es") in _press_words() or word in _press_words()
        for word in mention.text.lower().split()[:2]
    )


@functools.cache
def _press_words() -> frozenset[str]:
    """The press that asks at a public event: its people and its media, singular."""
    return frozenset(lines("press_roles.txt")) | {"prensa", "medio", "medios"}


#: Room for " por " (and a space more) between a participle and its agent.
_POR_REACH = 6


@functools.cache
def _asking_cues() -> frozenset[str]:
    """The cues after which the one named asked (``asking_cues.txt``)."""
    return frozenset(lines("asking_cues.txt"))


@functools.cache
def _function_words() -> frozenset[str]:
    """Words never part of a name (``stopwords.txt``, ``sentence_openers.txt``), folded."""
    return folded_lines("stopwords.txt") | folded_lines("sentence_openers.txt")


#: How far before "Ambos" the two people it stands for are looked for.
_BOTH_REACH = 600


@functools.cache
def _duals() -> frozenset[str]:
    return frozenset(lines("dual_pronouns.txt"))


def both_named(text: str, phrase: Phrase, cast: Cast) -> list[Phrase]:
    """The two people "Ambos" stands for, as the mentions that named them; else ``[]``.

    "El senador Pedro Araya y la diputada Camila Rojas se reunieron con los vecinos.
    Ambos aseguraron…": the two people the text named last before it, in its paragraph
    (``dual_pronouns.txt``: "ambos", "las dos"); with fewer than two, no one to point at.
    """
    if " ".join(text[phrase.start : phrase.end].lower().split()) not in _duals():
        return []
    found: list[Phrase] = []
    seen: set[str] = set()
    k = bisect_left(cast.named_at, phrase.start) - 1
    while k >= 0 and len(found) < _PAIR:
        at, name = cast.named[k]
        k -= 1
        if at < phrase.start - _BOTH_REACH or "\n" in text[at : phrase.start]:
            break
        full = cast.full_name(name)
        if full in seen or full not in cast.people or text[at : at + len(name)] != name:
            continue
        seen.add(full)
        found.append(Phrase(at, at + len(name), PERSON, name=Span(at, at + len(name))))
    return found[::-1] if len(found) == _PAIR else []


@functools.cache
def _saint_words() -> frozenset[str]:
    """The words that open a saint's name (``saint_names.txt``)."""
    return frozenset(lines("saint_names.txt"))


#: A saint's word and the name after it: "San Ramón".
_SAINT_AND_NAME = 2


def saint_named(source: Source) -> Source | None:
    """A person's source named by a saint's name: named by its role, else ``None``.

    "San Ramón", "Santa Tecla", "San Carlos" name a town or a club, never a person, though
    a given name ends them: "El alcalde de San Ramón dijo…", "dijo el portero del San
    Carlos" credit the role's holder, who is named by the longest mention that holds the
    role ("El alcalde de San Ramón"); a source every mention of which is the saint's name
    alone names no one. Any other source is itself.

    Examples:
        >>> from noticiaparse._model import Mention
        >>> def source(*names):
        ...     return Source(names[0], "person", tuple(Mention(n, 0, len(n)) for n in names))
        >>> saint_named(source("San Ramón", "El alcalde de San Ramón")).name
        'El alcalde de San Ramón'
        >>> saint_named(source("San Carlos")) is None
        True
        >>> saint_named(source("Pedro Soto")).name
        'Pedro Soto'
    """
    words = source.name.split()
    if (
        source.kind is not SourceKind.PERSON
        or len(words) < _SAINT_AND_NAME
        or words[0].lower() not in _saint_words()
        or not words[1][:1].isupper()
    ):
        return source
    # the mentions that hold the role: an article or a determiner opens them
    held = [m.text for m in source.mentions if m.text.split()[0].lower() in words_of("determiner")]
    if not held:
        return None
    return attrs.evolve(source, name=max(held, key=len))


#: A given name (and a second one) and a nickname in quotation marks, closing the text
#: right before a surname: 'Joaquín "El Chapo" ', 'Jorge «Chiquilín» '.
_NICKNAME_BEFORE = regex.compile(
    r"(?<![\p{L}])(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?)[ \t]+"
    r"[\"«“‘'][^\"»”’'\n]{1,40}[\"»”’'][ \t]+\Z"
)
#: A nickname in quotation marks and a surname right after a given name.
_NICKNAME_AFTER = regex.compile(
    r"[ \t]+[\"«“‘'][^\"»”’'\n]{1,40}[\"»”’'][ \t]+\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?"
)
#: The words of the surnames after a nickname ("Zambada García").
_SURNAME_WORDS = 2
#: How far before a surname its given name and nickname are read.
_NICKNAME_REACH = 72


def nicknamed(text: str, phrase: Phrase) -> Phrase:
    """A surname with a nickname in quotes and a given name before it, read whole.

    News sets a nickname in quotation marks between a person's given name and surname
    ('Joaquín "El Chapo" Guzmán declaró…', 'Jorge «Chiquilín» García dijo…', 'según
    Ismael "El Mayo" Zambada'): the surname (or the given name) alone is no name of
    its own, which another person of that surname named in full ("su hijo, Ovidio
    Guzmán") would take; the person is the whole name, nickname and all. A given name
    opens it (``first_names``); else the phrase is itself.

    Examples:
        >>> text = 'Joaquín "El Chapo" Guzmán declaró.'
        >>> found = nicknamed(text, Phrase(19, 25, PERSON, name=Span(19, 25)))
        >>> text[found.start : found.end]
        'Joaquín "El Chapo" Guzmán'
    """
    if phrase.kind != PERSON or phrase.name is None or phrase.name != (phrase.start, phrase.end):
        return phrase
    if (
        text[max(0, phrase.start - 1) : phrase.start] not in {" ", "\t"}
        or len(text[phrase.start : phrase.end].split()) > _SURNAME_WORDS
    ):
        return phrase  # one or two surnames, right after a space
    match = _NICKNAME_BEFORE.search(text, max(0, phrase.start - _NICKNAME_REACH), phrase.start)
    if match is not None and match.group(1).split()[0] in first_names():
        return Phrase(match.start(), phrase.end, PERSON, name=Span(match.start(), phrase.end))
    ahead = _NICKNAME_AFTER.match(text, phrase.end)
    if ahead is not None and text[phrase.start : phrase.end] in first_names():
        # 'Según Ismael "El Mayo" Zambada': the given name read alone, the rest after it
        return Phrase(phrase.start, ahead.end(), PERSON, name=Span(phrase.start, ahead.end()))
    return phrase
