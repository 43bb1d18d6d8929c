"""Bylines: "Por X", "Por: X y Y", "X | Periodista", desks and agencies that are not authors.

A byline names people; desks and agencies ("Redacción", "Equipo de Prensa", "EFE",
``lexicons/desks.txt``) sign pages too but are not authors: they are the page's
*credit* (``lexicons/credits.tsv`` gives a wire agency its one name, "Agencia EFE" is
"EFE"). Roles ("Periodista", ``lexicons/byline_roles.txt``) may follow a name, and a
place may close it ("Ana Díaz, Madrid", "Ana Díaz | Palma de Mallorca"). A line of bare
names ("Camila Rojas") is a byline only where the page puts one (the caller decides,
see ``bare``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence

import attrs
import regex

from noticiaparse._layout.boilerplate import (
    desks,
    furniture_kind,
    layout_words,
    masthead_words,
    roles,
)
from noticiaparse._text import gates
from noticiaparse._text.fold import fold
from noticiaparse._text.lazy import lazy_regex
from noticiaparse._text.lexicons import lines, rows
from noticiaparse._text.record import record_repr
from noticiaparse._text.spine import collapse

__all__ = [
    "Byline",
    "credit_line",
    "credit_of",
    "dateline_credit",
    "given_name_first",
    "is_desk",
    "is_keyed_byline",
    "leads",
    "led_byline",
    "names_after_lead",
    "opening_byline",
    "opens_with_role",
    "read_byline",
    "read_linked_byline",
    "unmark",
]

#: A name has two to five words, particles included ("María José de la Fuente").
#: The marks a byline's names end with before the credit of its sources ("…, con
#: información de EFE"), and the most words that credit names.
_CREDIT_MARK = regex.compile(r"\s{0,3}[,|/–—-]\s{0,3}")
_MAX_CREDIT_WORDS = 6
_MIN_NAME_WORDS = 2
_MAX_NAME_WORDS = 5
#: An organisation's name holds at most this many lower-case words besides particles.
_MAX_ORG_LOWER_WORDS = 1
#: A final word this short, with its stop, is an initial ("Soto V.").
_MAX_INITIAL = 2
_MAX_ROLE_WORDS = 4
#: A wire agency's name has at most this many words ("Agencia de Noticias EFE").
_MAX_AGENCY_WORDS = 4
#: A place after the names has at most this many words ("Palma de Mallorca").
_MAX_PLACE_WORDS = 4
#: Longer lines are never bylines.
MAX_BYLINE = 160
#: A column's name before its byline has at most this many words ("Con otra mirada").
_MAX_COLUMN_WORDS = 6


_join = lazy_regex(r"\s{0,3}(?:,|;|/|&|\||\s[yeY]\s|\sand\s)\s{0,3}")


#: What sets a column's name apart from its byline ("Con otra mirada, por Ana Soto").
_COLUMN_CUT = re.compile(r"(?:,|\s\||\s[-–—]|\s/{1,2})\s{1,3}")

#: What sets a name apart from its role, place or outlet ("Ana Díaz | Madrid").
_BAR = re.compile(r"\s{0,3}(?:\||–|—|\s-\s)\s{0,3}")
_SEPARATOR = re.compile(r"\s{0,3}(?:\||–|—|\s-\s|,)\s{0,3}")
_SEPARATOR_MARK = re.compile(r"[|–—\-,]")  # one is in every separator (one scan finds any)
_BAR_MARKS = frozenset("|–—-")  # one is in every match of _BAR


_handle = lazy_regex(r"\s{0,3}@\w{1,40}")


_PAREN = re.compile(r"\s{0,3}[(\[][^()\[\]]{0,60}[)\]]")
_NAME_WORD = r"(?:\p{Lu}[\p{L}'’\-]{0,30}\.?|\p{Lu}\.(?:\s?\p{Lu}\.){0,2})"
#: Two words a renderer glued where two elements met ("XavierMas de Xaxàs"): a word of
#: four lower-case letters or more, then a capitalised one ("McDonald" is left whole).
_GLUED = regex.compile(r"(?<=\p{Lu}\p{Ll}{3,30})(?=\p{Lu}\p{Ll})")
#: Whether ``_GLUED`` finds a place in an ASCII text: a capital, three to thirty
#: lower-case letters, and a capital and a lower-case letter after them.
_ASCII_GLUED = re.compile(r"[A-Z][a-z]{3,30}(?=[A-Z][a-z])")


def _glued(text: str) -> bool:
    """Whether ``_GLUED`` finds a place in ``text`` (by its ASCII twin in an ASCII text)."""
    return gates.found(_GLUED, _ASCII_GLUED, text)


#: A markdown link alone on its line, perhaps in bold or a list: "* **[Ana Díaz](url)**".
_link_line = lazy_regex(
    r"(?:[*+\-]\s{1,6}){0,3}(?:\*\*|__)?\[(?P<label>[^\[\]]{1,80})\]"
    r"\(\s{0,2}(?P<url>[^()\s]{1,300})(?:\s{1,3}\"[^\"]{0,200}\")?\s{0,2}\)(?:\*\*|__)?"
)


_PATH_WORD = re.compile(r"[a-z]+")  # (ASCII letters: the standard engine's, cheaper)


#: Markdown a renderer leaves around a byline: a link's label stays ("Por [Ana Soto](…)"),
#: emphasis marks go ("**Por Ana Soto**", "_Por Ana Soto_").
_inline_link = lazy_regex(
    r"\[([^\[\]]{1,80})\]\(\s{0,2}[^()\s]{0,300}(?:\s{1,3}\"[^\"]{0,200}\")?\s{0,2}\)"
)


_emphasis = lazy_regex(r"\*{1,3}|(?<!\w)_{1,3}|_{1,3}(?!\w)")


_DIGIT = regex.compile(r"\d")


#: Where a byline's parts meet: a slash or a bar.
_part_cut = lazy_regex(r"\s{0,3}[/|]\s{0,3}")


#: An e-mail address: the author's, beside the name ("Ana Díaz | adiaz@diario.example").
_email = lazy_regex(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}")


_ACCENTED = {"a": "[aá]", "e": "[eé]", "i": "[ií]", "o": "[oó]", "u": "[uúü]", "n": "[nñ]"}


#: A field's key and its colon opening a line: "author: Ana Díaz", "Autor: Ana Díaz".
_key = lazy_regex(r"\s{0,3}(?P<key>\p{L}{3,12})\s{0,2}:")


def is_keyed_byline(text: str) -> bool:
    """Whether a byline line is a labelled field: a lead with its colon opens it.

    "author: Ana Díaz" (a metadata block), "Autor: Ana Díaz", "Por: Ana Díaz" label
    the names as the page's authors, wherever the field stands.

    Examples:
        >>> is_keyed_byline("author: Ana Díaz"), is_keyed_byline("Por Ana Díaz")
        (True, False)
    """
    match = _key().match(text)
    return match is not None and fold(match["key"]) in leads() | _guards("field_key")


def _lead_pattern(lead: str) -> str:
    """An accent-insensitive pattern of one folded lead, spaces as runs of space."""
    words = lead.rstrip(":").split()
    return r"\s{1,3}".join("".join(_ACCENTED.get(c, regex.escape(c)) for c in w) for w in words)


@functools.cache
def leads() -> frozenset[str]:
    """Folded byline leads (lexicon ``byline_leads.txt``), without their colon mark."""
    return frozenset(fold(entry).rstrip(":") for entry in lines("byline_leads.txt"))


@functools.cache
def _lead(first: tuple[str, ...] | None = None) -> regex.Pattern[str]:
    """A lead and what separates it from the names; a lead ending in ":" needs its colon.

    With ``first``, only the leads whose first word is one of ``first``, in the same
    order: a smaller pattern, as quick to compile as the line it reads.
    """
    entries = sorted((fold(e) for e in lines("byline_leads.txt")), key=len, reverse=True)
    if first is not None:
        entries = [e for e in entries if e.rstrip(":").split()[0] in first]
    free = "|".join(_lead_pattern(e) for e in entries if not e.endswith(":"))
    colon = "|".join(_lead_pattern(e) for e in entries if e.endswith(":"))
    branches = [rf"(?:{free})(?:\s{{0,3}}[:.\-–—]\s{{0,3}}|\s{{1,3}})"] if free else []
    branches += [rf"(?:{colon})\s{{0,3}}:\s{{0,3}}"] if colon else []
    return regex.compile(rf"(?:{'|'.join(branches)})", regex.IGNORECASE)


@functools.cache
def _lead_words() -> tuple[str, ...]:
    """The folded first words of the leads: a line a lead opens, folded, opens with one."""
    return tuple(sorted({fold(e).rstrip(":").split()[0] for e in lines("byline_leads.txt")}))


#: How many of a lead's first letters :func:`read_byline` looks up before :func:`_led`.
_LEAD_START = 2


@functools.cache
def _lead_starts() -> frozenset[str] | None:
    """The first two letters of the leads' first words: :func:`_led`'s first test, one lookup.

    A fold opening with a lead's first word opens with its first two letters; ``None``
    (no line ruled out) if a lead's first word had fewer.
    """
    words = _lead_words()
    if any(len(word) < _LEAD_START for word in words):
        return None
    return frozenset(word[:_LEAD_START] for word in words)


def _led(line: str, folded: str | None = None) -> regex.Match[str] | None:
    """The lead opening ``line`` and what follows it, or ``None``.

    ``folded`` is the fold of ``line`` when the caller has it. Every letter a lead
    matches folds to the lead's own folded letter (``tests/test_lead_guard.py`` checks
    it over every code point), so a line the lead opens folds to a text that opens with
    the lead's first word: only the leads opened by a first word the fold opens with are
    tried (a lead that could not match is left out of the alternation, which leaves its
    first match as it was), and the pattern of those few is compiled once.

    Examples:
        >>> _led("Por: Ana Soto").end(), _led("Portada del día")
        (5, None)
    """
    start = fold(line[:40]) if folded is None else folded
    if not start.startswith(_lead_words()):
        return None
    return _lead(tuple(w for w in _lead_words() if start.startswith(w))).match(line)


@functools.cache
def _name() -> regex.Pattern[str]:
    """A person's name: capitalised words and initials, particles between them."""
    particles = "|".join(sorted(sorted(layout_words("name_particle")), key=len, reverse=True))
    return regex.compile(
        rf"{_NAME_WORD}(?:\s{{1,2}}(?:(?:{particles})\s{{1,2}}){{0,2}}{_NAME_WORD}){{0,5}}"
    )


@functools.cache
def _credits() -> Mapping[str, str]:
    """Folded agency spellings -> their one name; ``"-"`` for desk words that credit none."""
    return {fold(row[0]): row[1] for row in rows("credits.tsv") if row[1:]}


@functools.cache
def _offices() -> frozenset[str]:
    """Offices and titles (``lexicons/role_words.txt``): a byline never opens with one."""
    return frozenset(fold(word) for word in lines("role_words.txt"))


@functools.cache
def _author_links() -> Mapping[str, str]:
    return {row[0]: row[1] for row in rows("author_links.tsv") if row[1:]}


def unmark(text: str) -> str:
    """``text`` without the markdown a renderer left: links give their label, emphasis goes.

    Examples:
        >>> unmark("**Por [Ana Soto](https://diario.example/autor/ana-soto)**")
        'Por Ana Soto'
    """
    if "](" in text:
        text = _inline_link().sub(r"\1", text)
    return _emphasis().sub("", text).strip() if "*" in text or "_" in text else text


def credit_of(text: str) -> str | None:
    """The credit a desk, agency or outlet signing a page gives, or ``None``.

    A wire agency gets its one name, whatever the spelling; a desk or an outlet is
    credited as written; a role or an archive photo credits nobody.

    Examples:
        >>> credit_of("Agencia EFE"), credit_of("europa press"), credit_of("Redacción Deportes")
        ('EFE', 'Europa Press', 'Redacción Deportes')
        >>> credit_of("Corresponsal") is None, credit_of("Archivo El Norte") is None
        (True, True)
    """
    name = " ".join(text.split()).strip(" .:-–—|()")
    folded = fold(name)
    known = _credits().get(folded)
    if known is not None:
        return None if known == "-" else known
    if not folded or folded in roles() or _role_line(folded):
        return None
    words = folded.split()
    if any(_credits().get(" ".join(words[:n])) == "-" for n in (1, 2, 3)):
        return None  # "Archivo La FM", "Foto de archivo EFE": a photo's, not the page's
    return name


def _title_cased(name: str) -> bool:
    """Whether a capitalised preposition stands after the first word: a Title Case heading.

    "Robo En Despacho", "Apoyo Para Familias": a heading set in Title Case capitalises
    its prepositions (lexicon ``byline_guards.tsv``, ``heading_word``); a person's name
    holds none ("María José de la Fuente": its particles are no prepositions).

    Examples:
        >>> _title_cased("Robo En Despacho"), _title_cased("María José de la Fuente")
        (True, False)
    """
    words = name.split()[1:]
    return any(w[:1].isupper() and fold(w) in _guards("heading_word") for w in words)


@functools.cache
def _never_first() -> frozenset[str]:
    """Words no person's name opens with: ``open_end`` words that are no name's particle.

    "Desde", "Entre", "Sobre", "El" open no name; "de", "la" may open a surname.
    """
    return layout_words("open_end") - layout_words("name_particle")


def _name_shaped(text: str) -> bool:
    """Every word capitalised, or a particle: "Redacción El Norte", "Agencia de Noticias"."""
    particles = layout_words("name_particle")
    return all(w[:1].isupper() or w in particles for w in text.split())


@attrs.frozen(repr=False)
class Byline:
    """A byline read from one line.

    ``authors`` are the people it names; ``credit`` the desk or agency that signs
    beside them or alone ("EFE", "Redacción Deportes"), else ``None``; ``bare`` is true
    when the line is names alone, with no "Por" and no role, so that only its place on
    the page can make it a byline.
    """

    __repr__ = record_repr

    authors: tuple[str, ...]
    bare: bool = False
    credit: str | None = None


def _clean_name(part: str) -> str:
    """One name as written, its spaces collapsed, glued words apart, no final stop."""
    name = collapse(part).strip(" ,")
    if _glued(name):
        name = _GLUED.sub(" ", name)
    if name.endswith(".") and len(name.rsplit(" ", 1)[-1]) > _MAX_INITIAL:
        name = name[:-1]  # a final stop, not an initial ("Soto V.")
    return name


def _asides(text: str) -> tuple[str, str | None]:
    """The text without brackets and handles, and an agency named in brackets ("(EFE)")."""
    credit = None
    if "(" in text or "[" in text:
        for aside in _PAREN.finditer(text):
            inner = aside.group().strip(" ()[]")
            if credit is None and is_desk(inner):
                credit = credit_of(inner)
        text = _PAREN.sub("", text)
    if "@" in text:
        text = _handle().sub("", text)
    return text.strip(" :-–—|"), credit


def _names(text: str) -> tuple[tuple[str, ...], str | None] | None:
    """The people and the credit a run of names gives, or ``None`` if a part is neither.

    A one-word part after a name is the place the byline is written from ("Ana
    Díaz, Madrid"): a person's name has two words or more. A name opened by an office
    ("Papa Francisco", "Ministra Tohá") is a caption's or a tag's, never a byline's.
    Names come before the desk that signs with them ("Ana Díaz - EFE"); after a desk, a
    name is its place ("EFE, Ciudad de México").
    """
    text, credit = _asides(text)
    if not text:
        return None
    authors: list[str] = []
    desk = False
    desk_words, role_names, outlets, person = desks(), roles(), _outlets(), _name()
    # (a part that is no name ends the reading; a printable text's only white space is
    # the space, so with no mark and no joining word it is one part)
    one = text.isprintable() and _JOIN_MARK.search(text) is None and not _joining_word(text)
    for part in (text,) if one else _join().splititer(text):
        name, agency = _agency_after(_clean_name(part))
        name, shaped = _name_shape(name, person)
        credit = credit or agency
        folded = fold(name).strip(". ")
        words = folded.split()
        if not words or "@" in name or "://" in name:
            continue  # a handle, e-mail or link beside the name
        if (
            folded in desk_words
            or folded in role_names
            or words[0] in desk_words
            or folded in outlets
            or _outlet_or_organisation(name)
            or (authors and (words[0] in outlets or words[0] in masthead_words()))
        ):
            # "Redacción", "Agencia EFE", "Redacción El Tiempo", "El Sol de León"; after
            # the names, an outlet's edition or a masthead: "Ana Soto / Diario del Valle"
            credit, desk = _wire_first(credit, credit_of(name)), True
            continue
        if authors and words[0] in _guards("place_lead") and _is_place(name):
            continue  # the place after the names: "Ana Díaz, desde Caracas"
        if not shaped:
            return None  # (the tests below end the reading too: a sentence's part, read first)
        if words[0] in _offices() or words[0] in _never_first() or _title_cased(name):
            # an office before a name is a caption's: "Papa Francisco"; a name never
            # opens with a preposition, an article or a conjunction: "Desde la Infancia",
            # nor holds one capitalised, as a heading in Title Case does: "Robo En Despacho"
            return None
        if (authors and len(words) == 1) or (desk and not authors):
            continue  # the place after the names or the desk: "Ana Díaz, Madrid"
        if not _MIN_NAME_WORDS <= len(name.split()) <= _MAX_NAME_WORDS:
            return None
        authors.append(name)
    return tuple(authors), credit


def _name_shape(name: str, person: regex.Pattern[str]) -> tuple[str, bool]:
    """``name`` without what is glued after it, and whether it is shaped like a name.

    Only a name as written is cut (:func:`_without_glued`), and a cut makes no new one;
    the shape is read once and again only when the name was cut.
    """
    if not _may_be_name(name) or person.fullmatch(name) is None:
        return name, False
    if len(name.split()) > _MAX_NAME_WORDS:
        return name, True
    cut = _without_glued(name)
    return (name, True) if cut is name else (cut, person.fullmatch(cut) is not None)


def _may_be_name(name: str) -> bool:
    r"""Whether ``name`` may fullmatch :func:`_name`: a cheap test, false for most lines.

    Every word of a name opens with a capital letter (``\p{Lu}``) or is a particle: a
    word opening in lower case (no ``\p{Lu}`` letter is lower case to ``str.islower``,
    ``tests/test_hostile_costs.py`` checks every code point) or with an ASCII character
    other than "A" to "Z", and no particle, rules the match out without running it.
    """
    particles = layout_words("name_particle")
    for word in name.split():
        first = word[:1]
        if (first.islower() or (first < "\x80" and not "A" <= first <= "Z")) and (
            word not in particles
        ):
            return False
    return True


def _without_glued(name: str) -> str:
    """A name without the role or the place glued after it with no mark between.

    "Ana Ruiz Corresponsal", "Ana Ruiz Enviada especial": a role (lexicon
    ``byline_roles.txt``) closes the names; "Frank Gil Hernández La Habana": a
    capitalised article after two words of name, not after a particle ("Óscar De La
    Hoya"), opens the place it was written from (lexicon ``byline_guards.tsv``).

    Examples:
        >>> _without_glued("Ana Ruiz Enviada especial"), _without_glued("Luis Gil La Paz")
        ('Ana Ruiz', 'Luis Gil')
        >>> _without_glued("Óscar De La Hoya")
        'Óscar De La Hoya'
    """
    words = name.split()
    if len(words) <= _MIN_NAME_WORDS or name.isupper():
        return name  # (in capitals every word is capitalised: no shape to cut by)
    labels = [fold(w).strip(".:") in _label_words() for w in words]
    for k in range(_MIN_NAME_WORDS, len(words)):
        if any(labels[:k]):
            break  # a button's word among the first ones: a bar of buttons, no name
        # a stop closing a word of name (no initial), or a button's word: "Ana Ruiz. Lima",
        # "Ana Ruiz Twitter"
        stop = words[k - 1].endswith(".") and len(words[k - 1]) > _MAX_INITIAL + 1
        if stop or labels[k]:
            return " ".join(words[:k]).rstrip(".")
    for n in (2, 1):
        if len(words) - n >= _MIN_NAME_WORDS and fold(" ".join(words[-n:])) in roles():
            return " ".join(words[:-n])
    particles = layout_words("name_particle")
    for k in range(_MIN_NAME_WORDS, len(words) - 1):
        word = words[k]
        if (
            word[:1].isupper()
            and fold(word) in _guards("place_article")
            and fold(words[k - 1]) not in particles
            and words[k + 1][:1].isupper()
        ):
            return " ".join(words[:k])
    return name


#: The marks :data:`_join` sets names apart by (its words are looked for apart).
_JOIN_MARKS = frozenset(",;/&|")


def _joining_word(text: str) -> bool:
    """Whether a word :data:`_join` sets names apart by stands in ``text`` between spaces."""
    return " y " in text or " e " in text or " Y " in text or " and " in text


def _wire_first(credit: str | None, other: str | None) -> str | None:
    """Of two credits on one byline, the wire agency ("Redacción / EFE" is EFE's copy).

    Users de-duplicate wire copy by the agency; a desk names only who edited it.
    """
    if credit is None:
        return other
    if other is not None and credit not in _agencies() and other in _agencies():
        return other
    return credit


@functools.cache
def _agencies() -> frozenset[str]:
    """The wire agencies' one names (``credits.tsv``): "EFE", "AP", "Europa Press"."""
    return frozenset(name for name in _credits().values() if name != "-")


def _agency_after(name: str) -> tuple[str, str | None]:
    """A name and the wire agency glued after it with no mark between, and its credit.

    "JUAN PÉREZ Associated Press", "Ana Soto Agencia EFE", "Luis Mora AFP": the agency's
    words (lexicon ``credits.tsv``) close the line; two words or more of name stay
    before them. A one-word agency counts in capitals only ("AFP", not "Andina", which
    may be a surname), after a name that is not in capitals itself.
    """
    words = name.split()
    if len(words) <= _MIN_NAME_WORDS:
        return name, None
    # every tail read below ends with the last word, and folding keeps words apart: a
    # tail whose fold is an agency's ends with the last word of one (one fold, not four)
    last = fold(words[-1]).rsplit(None, 1)
    if last and last[-1] not in _credit_last_words():
        return name, None
    for n in range(min(_MAX_AGENCY_WORDS, len(words) - _MIN_NAME_WORDS), 0, -1):
        tail = " ".join(words[-n:])
        known = _credits().get(fold(tail))
        if known is None or known == "-":
            continue
        head = " ".join(words[:-n])
        if n == 1 and (not tail.isupper() or head.isupper()):
            continue
        return head, known
    return name, None


@functools.cache
def _credit_last_words() -> frozenset[str]:
    """The last word of every folded spelling in ``credits.tsv`` (a tail's cheap test)."""
    return frozenset(key.split()[-1] for key in _credits() if key.split())


def _is_role(text: str, folded: str | None = None) -> bool:
    """A role, perhaps with its place: "Periodista", "enviada especial a Madrid".

    ``folded`` is ``fold(text).strip(" .:")`` when the caller has it.
    """
    if folded is None:
        folded = fold(text).strip(" .:")
    if folded in roles():
        return True
    words = folded.split()
    return text[:1].islower() and any(" ".join(words[:n]) in roles() for n in (1, 2, 3))


def is_desk(text: str) -> bool:
    """A desk, agency or outlet signing beside the names: "Agencia EFE", "El Sol"."""
    return _is_desk(text, fold(text).strip(" .:"))


def _is_desk(text: str, folded: str) -> bool:
    """:func:`is_desk`, ``folded`` being ``fold(text).strip(" .:")``."""
    words = folded.split()
    return bool(words) and (
        " ".join(words) in desks()
        or words[0] in desks()
        or _outlet(text.strip())
        or " ".join(words) in _outlets()
    )


def _without_photo_credit(line: str) -> str:
    """The byline without the photos' credit after it ("… / Fotos: Luis Mora").

    The photographer signs the pictures, not the text: a part after a slash or a bar
    that is a photo or video credit (furniture of kind ``media``) and what follows it
    are left out.
    """
    if "/" not in line and "|" not in line:
        return line
    for cut in _part_cut().finditer(line):
        if cut.start() and furniture_kind(line[cut.end() :]) == "media":
            return line[: cut.start()]
    return line


def _organisation(name: str) -> bool:
    """An organisation's name, opened by its kind ("Ministerio de Salud", "Banco Central").

    The kinds are lexicon ``org_cues.txt``'s words; no person's name opens with one. The
    name runs on in capitalised words and particles, a lower-case word at most (a
    headline opens with one too: "Alcaldía de Puebla cierra el puente …").
    """
    words = name.split()
    first = words[0] if words else ""
    return (
        first[:1].isupper()
        and fold(first) in _org_kinds()
        and _org_lower_words(words) <= _MAX_ORG_LOWER_WORDS
    )


def _org_lower_words(words: Sequence[str]) -> int:
    """How many of an organisation's name's words after the first are lower-case, no particle."""
    joining = layout_words("name_particle") | layout_words("site_particle")
    return sum(1 for w in words[1:] if not w[:1].isupper() and w not in joining)


@functools.cache
def _org_kinds() -> frozenset[str]:
    return frozenset(fold(w) for w in lines("org_cues.txt") if " " not in w and w[:1].isupper())


@functools.cache
def _outlets() -> frozenset[str]:
    """Known outlets' names, folded (``outlets.tsv``): "Juventud Rebelde" signs as a desk."""
    return frozenset(fold(row[0]) for row in rows("outlets.tsv"))


def _outlet_or_organisation(name: str) -> bool:
    """:func:`_outlet` or :func:`_organisation` of ``name``, its first word folded once.

    Both open with a capitalised word (an article, an organisation's kind). An
    organisation's name runs on in capitalised words and particles, a lower-case word
    at most ("Dirección de comunicaciones"): "Alcaldía de Medellín cierra tres túneles
    por …" is a headline that opens with one (the title tag's "Title | Site").
    """
    words = name.split()
    if not words or not words[0][:1].isupper():
        return False
    first = fold(words[0])
    if first in _org_kinds():
        return _org_lower_words(words) <= _MAX_ORG_LOWER_WORDS
    particles = layout_words("name_particle")
    return (
        len(words) >= _MIN_NAME_WORDS
        and first in layout_words("opener_article")
        and all(w[:1].isupper() or w in particles for w in words[1:])
    )


def _is_place(text: str) -> bool:
    """A place after the names: a few capitalised words ("Palma de Mallorca", "MADRID").

    A preposition of place may open it ("desde Caracas", "en Lima").
    """
    words = text.split()
    if len(words) > 1 and fold(words[0]) in _guards("place_lead"):
        text = text.split(None, 1)[1]
    return (
        len(text.split()) <= _MAX_PLACE_WORDS and _name_shaped(text) and _DIGIT.search(text) is None
    )


def _outlet(text: str) -> bool:
    """An outlet's name: an article and capitalised words ("El Diario del Norte").

    A person's name never opens with an article.
    """
    words = text.split()
    if len(words) < _MIN_NAME_WORDS or not words[0][:1].isupper():
        return False
    particles = layout_words("name_particle")  # (the rest name-shaped, as _name_shaped reads)
    return fold(words[0]) in layout_words("opener_article") and all(
        w[:1].isupper() or w in particles for w in words[1:]
    )


def _role_line(folded: str) -> bool:
    """A role alone, perhaps with its beat or place: "Corresponsal en Madrid"."""
    words = folded.split()
    if not words or len(words) > _MAX_ROLE_WORDS:
        return False
    for n in (2, 1):
        if " ".join(words[:n]) in roles():
            rest = words[n:]
            return not rest or rest[0] in layout_words("role_beat")
    return False


_Signed = tuple[tuple[str, ...], str | None, bool]


def _names_and_role(text: str) -> _Signed | None:
    """Names with a role, place or outlet beside them: "Camila Rojas | Periodista".

    Parts set apart by a bar or a dash hold one run of names, the first; a later part
    shaped like a name is the place the byline is written from ("Ana Díaz | Madrid").
    The flag tells whether a role or a desk stood beside the names (else the line is
    names and places alone, a byline only where the page puts one).
    """
    if _SEPARATOR_MARK.search(text) is None:
        return None  # one part at most
    if _BAR_MARK.search(text) is not None:  # (no bar nor dash: one segment)
        segments = [p for p in _BAR.split(text) if p.strip()]
        if len(segments) > 1:
            return _segments(segments)
    parts = [p for p in _SEPARATOR.split(text) if p.strip()]  # commas alone
    if len(parts) <= 1:
        return None
    # each part with its fold, once for the desk and role tests
    folded = [(p, fold(p).strip(" .:")) for p in parts]
    desk = next((i for i, (p, f) in enumerate(folded) if _is_desk(p, f)), len(parts))
    ahead = folded[desk:]
    credit = next((credit_of(p) for p, f in ahead if _is_desk(p, f) and credit_of(p)), None)
    # names stand before the desk ("Ana Díaz, EFE"); after it, its place ("EFE, Lima")
    kept = [p for p, f in folded[:desk] if not _is_role(p, f)]
    if len(kept) == len(parts):
        return None  # names alone: _names reads them
    if not all(_is_desk(p, f) or _is_role(p, f) or _is_place(p) for p, f in ahead):
        return None  # "La Voz del Maule, Vecinos denuncian …": a site and a title
    found = _names(" y ".join(kept)) if kept else ((), None)
    return None if found is None else (found[0], found[1] or credit, True)


def _segments(segments: Sequence[str]) -> _Signed | None:
    """Parts apart by bars or dashes: the names first, then roles, desks and places."""
    authors: tuple[str, ...] | None = None
    credit = None
    marked = desk = False
    for segment in segments:
        folded = fold(segment).strip(" .:")
        if _is_desk(segment, folded):
            credit, marked, desk = _wire_first(credit, credit_of(segment)), True, True
        elif _is_role(segment, folded) or (authors and _email().fullmatch(segment.strip())):
            marked = True  # a role, or the author's address: "Ana Díaz | adiaz@…"
        elif authors is None and not desk:
            found = _names(segment)  # (names stand before the desk: "Ana Díaz | EFE")
            if found is None:
                return None
            authors, credit = found[0], credit or found[1]
        elif not _is_place(segment):
            return None  # "La Voz del Maule | Vecinos denuncian …": a site and a title
    if not marked and not authors:
        return None
    return authors or (), credit, marked


def read_byline(text: str, folded: str | None = None) -> Byline | None:
    """Read ``text`` as a byline, or ``None`` when it is not one.

    ``folded`` is ``fold(text)`` when the caller has it already (folding collapses
    white space, so it is also the fold of the line with its spaces collapsed).

    Examples:
        >>> read_byline("Por Javiera Muñoz y Diego Pérez").authors
        ('Javiera Muñoz', 'Diego Pérez')
        >>> read_byline("Por: Redacción")
        Byline(authors=(), bare=False, credit='Redacción')
        >>> read_byline("Camila Rojas | Periodista")
        Byline(authors=('Camila Rojas',), bare=False, credit=None)
        >>> read_byline("Por Ana Soto - Agencia EFE")
        Byline(authors=('Ana Soto',), bare=False, credit='EFE')
        >>> read_byline("Por tal motivo, el ministro renunció.") is None
        True
    """
    if "  " in text:
        spaced = _spaced_outlet(text)
        if spaced != text:  # a bar now parts the outlet: the caller's fold is not this line's
            text, folded = spaced, None
    line = written = collapse(text)
    # (unmarking and a photo credit's cut need a mark of theirs: most lines hold none)
    plain = (
        _plain(line)
        if "*" in line or "_" in line or "](" in line or "/" in line or "|" in line
        else line
    )
    if plain != line:  # "**Por [Ana Soto](…)**", "Texto: Ana Soto / Fotos: Luis Mora"
        line, folded = plain, None
    if not line or len(line) > MAX_BYLINE:
        return None
    folded = (fold(line) if folded is None else folded).strip(" .:")
    # (a fold's only white space is single spaces, none at its ends: each of the four
    # tests of _opened holds only when the fold's first word is a lead's, a role's or a
    # desk's first word, and most lines open with none)
    if folded.partition(" ")[0] in _openers():
        opened = _opened(line, folded)
        if opened is not None:
            return opened
    # (a lead opens the fold with its first word's first two letters: most lines do not)
    starts = _lead_starts()
    lead = _led(line, folded) if starts is None or folded[:_LEAD_START] in starts else None
    if lead is None and ":" in line[:_MAX_ROLE_KEY]:
        lead = _role_key(line)  # "Periodista: Ana Ruiz", "Corresponsal: Luis Gil"
    if lead is not None:
        rest = line[lead.end() :]
        found = _names(rest) or _names_and_role(rest) or _names_then_credit(rest)
        return None if found is None else Byline(authors=found[0], credit=found[1])
    # (a column's byline opens its names with a lead after the cut: the fold holds the
    # cut's mark, its one space and the lead's first word, which most lines do not)
    column = _column_byline(line) if _column_lead().search(folded) is not None else None
    if column is not None:
        return column
    unled = _unled(line)
    return _nameless(unled) if unled is not None and _photo_credited(written) else unled


#: Two spaces or more between two words of a line: a renderer's seam between two runs.
_SPACED_SEAM = regex.compile(r"(?<=\S)[ \t]{2,}(?=(\w+))")


def _opened(line: str, folded: str) -> Byline | None:
    """The byline of a line that is a lead, a role or a desk, whole or opening it."""
    if (
        folded in leads()
        or folded in roles()
        # (a role line has four words at most)
        or (folded.count(" ") < _MAX_ROLE_WORDS and _role_line(folded))
    ):
        return Byline(authors=())  # a role, or "Por" over the names on the next line
    if folded in desks():
        return Byline(authors=(), credit=credit_of(line))  # "EFE", "Por: Redacción"
    words = folded.split()
    if words and words[0] in desks() and len(words) <= _MAX_NAME_WORDS and _name_shaped(line):
        # a desk and its section or outlet: "Redacción El Norte"
        return Byline(authors=(), credit=credit_of(line))
    return None


def _spaced_outlet(text: str) -> str:
    """``text`` with a bar where a renderer's seam sets an outlet apart from the names.

    A renderer joins the byline's runs (a link with the names, a span with the outlet)
    with the space each kept: "José Luis Peña  Diario Libre". Where the run after such a
    seam opens with a word an outlet's name opens with (lexicon ``masthead_words.txt``:
    "Diario", "Periódico", "Radio", …), the seam parts them as a bar would; a seam between
    a name's own words ("Sergi  Franch") is no part's end.

    Examples:
        >>> _spaced_outlet("José Luis Peña  Periódico Hoy")
        'José Luis Peña | Periódico Hoy'
        >>> _spaced_outlet("Sergi  Franch")
        'Sergi  Franch'
    """
    words = masthead_words()
    return _SPACED_SEAM.sub(lambda m: " | " if fold(m.group(1)) in words else m.group(), text)


@functools.cache
def _openers() -> frozenset[str]:
    """The first word of every folded lead, role and desk: what a line read as one opens with.

    :func:`read_byline` looks a line's fold up whole among them, or its first one or two
    words (:func:`_role_line`), or its first word among the desks: each holds only when
    the fold's first word is one of these.
    """
    return frozenset(entry.partition(" ")[0] for entry in leads() | roles() | desks())


def _names_then_credit(rest: str) -> tuple[tuple[str, ...], str | None] | None:
    """The names of a byline that closes with its sources: "Ana Ruiz, con información de EFE".

    After a comma, a bar, a slash or a dash, a credit's lead (lexicon
    ``credit_leads.txt``: "con información de", "fuente") and a few words: the names
    before it are the byline's, the agency after it (when one is named) its credit.

    Examples:
        >>> _names_then_credit("Ana Ruiz y Luis Gil, con información de agencias")
        (('Ana Ruiz', 'Luis Gil'), 'agencias')
        >>> _names_then_credit("Ana Ruiz | Con información de EFE")
        (('Ana Ruiz',), 'EFE')
    """
    for mark in _CREDIT_MARK.finditer(rest):
        tail = rest[mark.end() :]
        lead = _credit_lead().match(tail)
        if lead is None or not 0 < len(tail[lead.end() :].split()) <= _MAX_CREDIT_WORDS:
            continue
        found = _names(rest[: mark.start()].strip())
        if found is None or not found[0]:
            return None
        return found[0], found[1] or _credits_in(tail[lead.end() :])
    return None


@functools.cache
def _column_lead() -> re.Pattern[str]:
    """A mark of :data:`_COLUMN_CUT`, a space and a lead's first word, in a line's fold.

    :func:`_column_byline` reads a byline only where :func:`_led` finds a lead opening
    the rest after the cut, so where the rest's fold opens with a lead's first word.
    Folding maps each character on its own (a space or a mark it drops aside) and
    collapses white space, and the cut ends with a space after its mark: the line's fold
    holds the mark, one space and that word.
    """
    words = "|".join(re.escape(word) for word in _lead_words())
    return re.compile(f"[,|/\\-\u2013\u2014] (?:{words})")


def _column_cut(line: str) -> re.Match[str] | None:
    """Where a column's name may end: the first :data:`_COLUMN_CUT` within a head's reach.

    The head holds six words at most: a cut that starts past the seventh word's first
    character leaves it more, so only that reach is searched (a cut starting there takes
    two characters, ", "; one starting before it, at a space, ends three past it at most:
    " // "), and a cut the reach may have cut short is read in full. ``None`` when no cut
    starts within it; a cut found past the seventh word's start leaves a head too long.
    """
    words = line.split(None, _MAX_COLUMN_WORDS)
    reach = len(line) - len(words[-1]) + 3 if len(words) > _MAX_COLUMN_WORDS else len(line)
    cut = _COLUMN_CUT.search(line, 0, reach)
    if cut is not None and cut.end() == reach:  # (",", then spaces the reach left out)
        cut = _COLUMN_CUT.match(line, cut.start())
    return cut


def _column_byline(line: str) -> Byline | None:
    """A column's name, then its author's byline: "Con otra mirada, por Ana Soto".

    Opinion pages head a column with its name and the byline after a comma or a bar
    ("Bitácora | Por Luis Gil", "Desde la orilla - por Ana Soto //"): the name is short
    (up to six words), opened by a capital, with no digit and not closed like a sentence;
    the lead and the names after the mark read as a byline of their own.

    Examples:
        >>> _column_byline("Con otra mirada, por Ana María Soto //").authors
        ('Ana María Soto',)
        >>> _column_byline("Llegó tarde, por el tráfico") is None
        True
    """
    # every cut holds one of these marks, and most lines none: six looks for a character
    # cost a tenth of the search, which would find nothing
    if not ("," in line or "-" in line or "|" in line or "/" in line or "–" in line or "—" in line):
        return None
    cut = _column_cut(line)
    if cut is None:
        return None
    head, rest = line[: cut.start()].strip(), line[cut.end() :]
    if (
        not head[:1].isupper()
        or len(head.split()) > _MAX_COLUMN_WORDS
        or head.endswith((".", "!", "?", ":"))
        or _DIGIT.search(head) is not None
    ):
        return None
    lead = _led(rest)
    if lead is None:
        return None
    found = _names(rest[lead.end() :])
    if not found or not found[0]:
        return None
    return Byline(authors=found[0], credit=found[1])


def _photo_credited(line: str) -> bool:
    """A photo's credit word as a part of ``line``: "Ana Ruiz | Foto", "ANA RUIZ / FOTO".

    The names before it are the photographer's (read only for a line read as a byline).
    """
    return ("|" in line or "/" in line) and any(
        fold(part).strip(" .:") in _credit_words() for part in _part_cut().split(line)
    )


def _nameless(byline: Byline) -> Byline:
    """A line shaped like a byline whose names are no author's: still set apart as one.

    The page keeps such a line where it keeps bylines (furniture), but it names nobody.
    """
    return Byline(authors=(), bare=byline.bare, credit=byline.credit)


#: A role before a colon is at most this long ("Enviada especial:").
_MAX_ROLE_KEY = 30
_role_colon = lazy_regex(r"(?P<role>[^:]{3,30}):\s{0,3}")


def _role_key(line: str) -> regex.Match[str] | None:
    """A journalist's role and its colon opening the line, as a lead: "Periodista: Ana Ruiz"."""
    match = _role_colon().match(line)
    return match if match is not None and fold(match["role"]).strip() in roles() else None


def _unled(line: str) -> Byline | None:
    """:func:`read_byline` of a line no lead opens, no desk nor role alone."""
    if " " not in line and _NAME_MARK.search(line) is None and not _glued(line):
        return None  # one word and no mark (see _NAME_MARKS): no name, no credited desk
    if _one_part(line) and (_NO_NAME_MARK.search(line) is not None or _no_name_shape(line)):
        # one part holding a digit or a sentence's mark (see _NO_NAME), or a word no
        # name holds (see _no_name_shape)
        return None
    if line.count(" ") >= _MAX_LOWER_WORDS and _running_text(line):
        return None  # a sentence: no names, role or place hold so many lower-case words
    marked = _names_and_role(line)
    if marked is not None:
        byline = Byline(authors=marked[0], bare=not marked[2], credit=marked[1])
        return (
            _nameless(byline) if byline.bare and any(map(_label_shaped, byline.authors)) else byline
        )
    found = _names(line)
    if found and found[0]:
        # names alone are bare; an agency beside them ("Ana Soto (EFE)") signs a byline
        byline = Byline(authors=found[0], bare=found[1] is None, credit=found[1])
        if byline.bare and any(map(_label_shaped, found[0])):
            return _nameless(byline)  # "VER RESUMEN", "Facebook Twitter Whatsapp": buttons
        return byline
    if found and found[1] and _desk_first(line):
        return Byline(authors=(), credit=found[1])  # a desk and its place: "AGENCIAS / LIMA"
    return None


#: The most words opening in lower case, a name's particles aside, a byline with no lead
#: holds: a role, a place's preposition, a credit's lead, a short quotation after a colon
#: ("Ana Ruiz, directora de la ONG: «No hay presos políticos»").
_MAX_LOWER_WORDS = 8


def _running_text(line: str) -> bool:
    """Whether ``line`` runs as a sentence: many words open in lower case.

    More than :data:`_MAX_LOWER_WORDS` words, a name's particles ("de", "del", "y"…) aside.

    A run of names is capitalised words and particles; the line of running text that
    reaches the byline reader (no lead opens it) is read as none, and cheaply.

    Examples:
        >>> _running_text("Ana María de la Fuente, Luis Gil y Pedro Nel Ospina de Francisco")
        False
        >>> _running_text("El ministro aseguró ayer que la economía crecerá más de lo previsto")
        True
    """
    particles = layout_words("name_particle")
    lower = 0
    for word in line.split():
        if word[:1].islower() and word not in particles:
            lower += 1
            if lower > _MAX_LOWER_WORDS:
                return True
    return False


@functools.cache
def _guards(kind: str) -> frozenset[str]:
    """One class of ``lexicons/byline_guards.tsv``."""
    return frozenset(row[0] for row in rows("byline_guards.tsv") if row[1:] == (kind,))


@functools.cache
def _label_words() -> frozenset[str]:
    """One-word furniture of the kinds no name's word is (``label_kind``): "Compartir"."""
    kinds = _guards("label_kind")
    return frozenset(
        fold(row[1])
        for row in rows("boilerplate.tsv")
        if row[0] in kinds and row[1:] and " " not in row[1] and "{" not in row[1]
    )


@functools.cache
def _given_names() -> frozenset[str]:
    """Folded given names (``lexicons/first_names.txt``)."""
    return frozenset(fold(row[0]) for row in rows("first_names.txt") if row)


def given_name_first(name: str) -> bool:
    """Whether a name opens with a known given name ("Paloma Gil", not "Tel Aviv").

    Examples:
        >>> given_name_first("Paloma H. Gil"), given_name_first("Buenos Aires")
        (True, False)
    """
    first = name.split(maxsplit=1)
    return bool(first) and fold(first[0]).strip(".") in _given_names()


def _label_shaped(name: str) -> bool:
    """Whether names read off a line with no lead are a label's words, not a person's.

    A person's name repeats no word alone ("Escuchar Escuchar" is a button rendered
    twice), holds no word of a button or a menu ("Facebook Twitter", "Cerrar Menú"),
    and, set in capitals (where every word is capitalised, so the shape tells nothing),
    opens with a known given name ("ANA RUIZ", not "VER RESUMEN").

    Examples:
        >>> _label_shaped("Escuchar Escuchar"), _label_shaped("VER RESUMEN")
        (True, True)
        >>> _label_shaped("ANA RUIZ"), _label_shaped("Ana García García")
        (False, False)
    """
    words = [fold(w).strip(".") for w in name.split()]
    if len(set(words)) == 1 or any(len(w) > _MAX_INITIAL and w in _label_words() for w in words):
        return True
    if words[0] not in _given_names() and _named_after_particle(words):
        return True  # "Columna de Ana Ruiz": a label, then whose it is
    return name.isupper() and words[0] not in _given_names()


def _named_after_particle(words: Sequence[str]) -> bool:
    """Whether a given name follows a particle after the first word ("Columna de Ana …")."""
    particles = layout_words("name_particle")
    return any(
        words[k - 1] in particles and words[k] in _given_names() for k in range(2, len(words))
    )


@functools.cache
def _credit_words() -> frozenset[str]:
    """One-word photo credits (``boilerplate.tsv``, kind ``credit``): "Foto", "Imagen"."""
    return frozenset(
        fold(row[1])
        for row in rows("boilerplate.tsv")
        if row[0] == "credit" and row[1:] and " " not in row[1] and "{" not in row[1]
    )


#: The marks that set a byline's parts apart, brackets, handles, markdown and a glued
#: word aside: a line of one word without any of them is read by :func:`_names` as one
#: part of one word, which is no person's name (two words at least) and, as a desk,
#: credits no byline (a desk alone is credited above, from the lexicon).
_NAME_MARKS = frozenset("()[]*_/|@,;&–—-")


#: Characters no person's name, name particle or agency's spelling (``credits.tsv``) holds,
#: nor folds from: a line of one part (:func:`_one_part`) with one is read by
#: :func:`_names` as one part that is no name (the desk it may open credits no byline
#: without a second part, :func:`_desk_first`), and :func:`_names_and_role` needs a mark.
_NO_NAME = frozenset('0123456789?!¿¡"«»“”%$#=<>+~^{}\\')


def _any_of(chars: frozenset[str]) -> re.Pattern[str]:
    """A class of ``chars`` alone: its search finds one where ``isdisjoint`` is false.

    (The engine tests each character against the class's table; ``isdisjoint`` hashes
    each character of the line and looks it up, several times slower.)
    """
    return re.compile(f"[{re.escape(''.join(sorted(chars)))}]")


_NAME_MARK = _any_of(_NAME_MARKS)
_NO_NAME_MARK = _any_of(_NO_NAME)
_JOIN_MARK = _any_of(_JOIN_MARKS)
_BAR_MARK = _any_of(_BAR_MARKS)


def _one_part(line: str) -> bool:
    """Whether ``line`` is one part: no mark of _NAME_MARKS, no joining word.

    (A printable text's only white space is the space, the one :func:`_joining_word` looks for.)
    """
    return line.isprintable() and _NAME_MARK.search(line) is None and not _joining_word(line)


def _no_name_shape(line: str) -> bool:
    """Whether a line of one part (:func:`_one_part`) is no run of names: a word rules it out.

    :func:`_names` reads such a line as one part, and only a name it reads makes it a
    byline (its desk alone credits none, :func:`_desk_first`): the part
    (:func:`_clean_name`, then :func:`_agency_after`) must pass :func:`_may_be_name`.
    Cleaning parts glued words (each new word opens with a capital, and the first keeps
    its word's first character and, holding a capital, is no particle) and may drop a
    final stop: a word opening in lower case that is no particle stays one, so
    :func:`_may_be_name` of the line (or of the line without its stop) tells the same.
    Only an agency cut off the end (its last word's fold a last word of ``credits.tsv``,
    or nothing) could drop such a word: a line that may end with one is read in full.

    Examples:
        >>> _no_name_shape("Tres libros nuevos"), _no_name_shape("Ana Soto de la Fuente")
        (True, False)
        >>> _no_name_shape("Luis Mora sale hoy"), _no_name_shape("Ana Soto agencia EFE")
        (True, False)
    """
    text = line.strip(" :")  # (as _asides leaves a part of one: no other mark it strips)
    if _may_be_name(text) or (text.endswith(".") and _may_be_name(text[:-1])):
        return False
    last = text.rsplit(None, 1)[-1] if text else ""
    if _glued(last):  # (cleaning reads the last of its glued words)
        last = _GLUED.sub(" ", last).rsplit(None, 1)[-1]
    for tail in (last, last[:-1]) if last.endswith(".") else (last,):
        folded = fold(tail).rsplit(None, 1)
        if not folded or folded[-1] in _credit_last_words():
            return False  # an agency may close the line ("Ana Soto agencia EFE")
    return True


def _plain(line: str) -> str:
    """``line`` (spaces collapsed) without markdown and a photo credit after it."""
    plain = unmark(line)
    if plain is not line:  # (unmarked: its spaces collapsed again)
        plain = collapse(plain)
    return _without_photo_credit(plain)


def _desk_first(line: str) -> bool:
    """Whether the first of several parts of ``line`` is a desk."""
    parts = _join().split(line, maxsplit=1)
    return len(parts) > 1 and fold(parts[0]).strip(" .") in desks()


def read_linked_byline(text: str) -> Byline | None:
    """A byline set as a link to the author's page, or ``None``.

    The link's label is the name; its address must name an author's page (a path word
    of ``lexicons/author_links.tsv``: ``/autor/``, ``/periodista/``…, or a columnists'
    section ending with the name's surname). Bullets and bold around it are dropped.

    Examples:
        >>> read_linked_byline("[Ana Díaz](https://diario.example/autor/ana-diaz/)")
        Byline(authors=('Ana Díaz',), bare=False, credit=None)
        >>> read_linked_byline("* **[Luis Mora](/opinion/luis-mora)**").authors
        ('Luis Mora',)
        >>> read_linked_byline("[Castilla y León](/espana/castilla-y-leon/)") is None
        True
    """
    match = _link_line().fullmatch(text.strip())
    if match is None:
        return None
    path = _PATH_WORD.findall(fold(match["url"].split("?", 1)[0]))
    links = _author_links()
    if links.keys().isdisjoint(path):
        return None  # (the cheaper test first: most links lead to no author's page)
    kinds = {links[w] for w in path if w in links}
    found = _names(match["label"])
    if found is None or not found[0]:
        return None
    surname = fold(found[0][-1].split()[-1]).strip(".")
    if "author" in kinds or ("section" in kinds and path and surname == path[-1]):
        return Byline(authors=found[0], credit=found[1])
    return None


#: An agency's dateline opening a paragraph: "MADRID, 13 Feb. (EUROPA PRESS) -",
#: "Santo Domingo, 27 sep (Prensa Latina)", "Lima (AFP).-".
_DATELINE = regex.compile(r"[^\n()]{1,60}?\((?P<who>[^()\n]{2,40})\)\s{0,3}(?:[.:\-–—]|\s\p{Lu})")


_bullets = lazy_regex(r"(?:[*+\-•]\s{1,6}){1,3}")


@functools.cache
def _credit_lead() -> regex.Pattern[str]:
    entries = sorted((fold(e) for e in lines("credit_leads.txt")), key=len, reverse=True)
    alternation = "|".join(_lead_pattern(e) for e in entries)
    return regex.compile(rf"\(?\s{{0,3}}(?:{alternation})\s{{0,3}}:?\s{{1,3}}", regex.IGNORECASE)


def _credits_in(text: str) -> str | None:
    """The credit of "EFE", "EFE y AFP", "Agencia EFE / Reuters": the first one named."""
    parts = [p for p in _join().split(text.strip(" .()")) if p.strip()]
    if not parts or not all(is_desk(p) for p in parts):
        return None
    return next((c for c in map(credit_of, parts) if c is not None), None)


def dateline_credit(text: str) -> str | None:
    """The agency a paragraph credits in its dateline or its closing, or ``None``.

    Examples:
        >>> dateline_credit("LIMA, 3 mar (EFE).- El Congreso aprobó la ley.")
        'EFE'
        >>> dateline_credit("El Congreso aprobó la ley. (Con información de AFP)")
        'AFP'
        >>> dateline_credit("El alcalde (PS) dijo que sí.") is None
        True
    """
    match = _DATELINE.match(text)
    if match is not None:
        found = _credits_in(match["who"])
        if found is not None:
            return found
    closing = text.rstrip(" .")
    if closing.endswith(")") and "(" in closing:
        aside = closing[closing.rindex("(") + 1 : -1]
        lead = _credit_lead().match(aside)
        return _credits_in(aside[lead.end() :] if lead is not None else aside)
    return None


def credit_line(text: str) -> str | None:
    """A line that credits an agency alone: "Con información de EFE", "Fuente: AFP".

    Examples:
        >>> credit_line("Con información de EFE y Reuters"), credit_line("Fuente: Europa Press")
        ('EFE', 'Europa Press')
        >>> credit_line("Fuente: Ministerio de Salud") is None
        True
    """
    if len(text) > MAX_BYLINE:
        return None
    lead = _credit_lead().match(text.strip())
    return None if lead is None else _credits_in(text.strip()[lead.end() :])


def led_byline(text: str) -> Byline | None:
    """A byline opened by its lead ("Por …") with names, even with an agency in brackets.

    "Por Ana Soto (EFE)" closes like a photo's caption with its credit, but a caption
    never opens with a byline's lead followed by names alone: it is the byline.

    Examples:
        >>> led_byline("Por Ana Soto (EFE)")
        Byline(authors=('Ana Soto',), bare=False, credit='EFE')
        >>> led_byline("Por la tarde, vecinos en la plaza (Foto: EFE)") is None
        True
    """
    if _led(text.strip()) is None:
        return None
    byline = read_byline(text)
    return byline if byline is not None and byline.authors and not byline.bare else None


def names_after_lead(text: str) -> Byline | None:
    """The names on the line under a lone "Por", perhaps as a list item or a link.

    Examples:
        >>> names_after_lead("* Ana Díaz").authors
        ('Ana Díaz',)
    """
    linked = read_linked_byline(text)
    if linked is not None:
        return linked
    text = text.strip()
    bullet = _bullets().match(text)
    found = _names(text[bullet.end() :] if bullet is not None else text)
    return None if not found or not found[0] else Byline(authors=found[0], credit=found[1])


#: Where a byline's names end on a line that goes on: a date's cue, a bar, a number.
_after_names = lazy_regex(
    r"\s(?:publicad[oa]|actualizad[oa]|el)\b|\s{0,3}[-|·•–—]\s|,?\s\d", regex.IGNORECASE
)
#: A line longer than this, markdown and all, opens with no byline worth reading.
_MAX_MARKED = 600


def opening_byline(text: str) -> Byline | None:
    """The byline a lead opens a line with, the line going on with its date and counts.

    "Por Ana Díaz - 3 agosto, 2021 5 12", "[ Por **Ana Díaz** ](…/autor/ana-diaz/)
    Publicado **Jul 23, 2020** 1 0": many themes print the byline, the date and the
    counts of comments and views on one line, which a renderer may fill with links'
    addresses and marks. Read without them, the names stand from the lead to the first
    date cue, bar or number.

    Examples:
        >>> opening_byline("Por Ana Díaz - 3 agosto, 2021 5 12").authors
        ('Ana Díaz',)
        >>> opening_byline("[ Por **Ana Díaz** ](https://x.example/autor/ana/) Publicado 1")
        Byline(authors=('Ana Díaz',), bare=False, credit=None)
        >>> opening_byline("Por decreto del 3 de marzo de 2021 se fijó el precio") is None
        True
    """
    if len(text) > _MAX_MARKED:
        return None
    plain = collapse(unmark(text)) if "](" in text or "*" in text or "_" in text else text
    if len(plain) > MAX_BYLINE or _led(plain) is None:
        return None
    cut = _after_names().search(plain)
    return read_byline(plain if cut is None else plain[: cut.start()])


def opens_with_role(text: str) -> bool:
    """Whether a line opens with a journalist's role: a note on the author.

    "Periodista especializada en clima.", "Editor de Regiones desde 2019." (lexicon
    ``byline_roles.txt``); a role with a colon labels a speaker's turn ("EDITOR: …").

    Examples:
        >>> opens_with_role("Periodista especializada en clima."), opens_with_role("EDITOR: No.")
        (True, False)
    """
    first = text.split(None, 1)[0] if text.strip() else ""
    return not first.endswith(":") and fold(first.strip(".,;")) in roles()
