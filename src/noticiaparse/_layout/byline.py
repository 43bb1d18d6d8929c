"""Bylines: "Por X", "Por: X y Y", "X | Periodista", desks that are not authors.

A byline names people; desks and agencies ("Redacción", "Equipo de Prensa", "EFE",
``lexicons/desks.txt``) sign pages too but are not authors, and roles ("Periodista",
``lexicons/byline_roles.txt``) may follow a name. A line of bare names ("Camila Rojas")
is a byline only where the page puts one (the caller decides, see ``bare``).
"""

from __future__ import annotations

import functools

import attrs
import regex

from noticiaparse._layout.boilerplate import desks, layout_words, roles
from noticiaparse._text.fold import fold
from noticiaparse._text.lexicons import lines

__all__ = ["Byline", "leads", "read_byline"]

#: A name has two to five words, particles included ("María José de la Fuente").
_MIN_NAME_WORDS = 2
_MAX_NAME_WORDS = 5
#: A final word this short, with its stop, is an initial ("Soto V.").
_MAX_INITIAL = 2
_MAX_ROLE_WORDS = 4
#: Longer lines are never bylines.
MAX_BYLINE = 160

_JOIN = regex.compile(r"\s{0,3}(?:,|;|/|&|\||\s[yeY]\s|\sand\s)\s{0,3}")
_SEPARATOR = regex.compile(r"\s{0,3}(?:\||–|—|\s-\s|,)\s{0,3}")
_SEPARATOR_MARKS = ("|", "–", "—", "-", ",")  # one is in every separator
_HANDLE = regex.compile(r"\s{0,3}@\w{1,40}")
_PAREN = regex.compile(r"\s{0,3}[(\[][^()\[\]]{0,60}[)\]]")
_NAME_WORD = r"(?:\p{Lu}[\p{L}'’\-]{0,30}\.?|\p{Lu}\.(?:\s?\p{Lu}\.){0,2})"


_ACCENTED = {"a": "[aá]", "e": "[eé]", "i": "[ií]", "o": "[oó]", "u": "[uúü]", "n": "[nñ]"}


def _lead_pattern(lead: str) -> str:
    """An accent-insensitive pattern of one folded lead, spaces as runs of space."""
    words = lead.rstrip(":").split()
    return r"\s{1,3}".join("".join(_ACCENTED.get(c, regex.escape(c)) for c in w) for w in words)


@functools.cache
def leads() -> frozenset[str]:
    """Folded byline leads (lexicon ``byline_leads.txt``), without their colon mark."""
    return frozenset(fold(entry).rstrip(":") for entry in lines("byline_leads.txt"))


@functools.cache
def _lead() -> regex.Pattern[str]:
    """A lead and what separates it from the names; a lead ending in ":" needs its colon."""
    entries = sorted((fold(e) for e in lines("byline_leads.txt")), key=len, reverse=True)
    free = "|".join(_lead_pattern(e) for e in entries if not e.endswith(":"))
    colon = "|".join(_lead_pattern(e) for e in entries if e.endswith(":"))
    return regex.compile(
        rf"(?:(?:{free})(?:\s{{0,3}}[:.\-–—]\s{{0,3}}|\s{{1,3}})|(?:{colon})\s{{0,3}}:\s{{0,3}})",
        regex.IGNORECASE,
    )


@functools.cache
def _name() -> regex.Pattern[str]:
    """A person's name: capitalised words and initials, particles between them."""
    particles = "|".join(sorted(layout_words("name_particle"), key=len, reverse=True))
    return regex.compile(
        rf"{_NAME_WORD}(?:\s{{1,2}}(?:(?:{particles})\s{{1,2}}){{0,2}}{_NAME_WORD}){{0,5}}"
    )


def _name_shaped(text: str) -> bool:
    """Every word capitalised, or a particle: "Redacción El Norte", "Agencia de Noticias"."""
    particles = layout_words("name_particle")
    return all(w[:1].isupper() or w in particles for w in text.split())


@attrs.frozen
class Byline:
    """A byline read from one line.

    ``authors`` are the people it names (desks left out); ``bare`` is true when the
    line is names alone, with no "Por" and no role, so that only its place on the
    page can make it a byline.
    """

    authors: tuple[str, ...]
    bare: bool = False


def _names(text: str) -> tuple[str, ...] | None:
    """The people a run of names gives, or ``None`` if any part is not a name or desk."""
    if "(" in text or "[" in text:
        text = _PAREN.sub("", text)
    if "@" in text:
        text = _HANDLE.sub("", text)
    text = text.strip(" :-–—|")
    if not text:
        return None
    authors = []
    for part in _JOIN.split(text):
        name = " ".join(part.split()).strip(" ,")
        if name.endswith(".") and len(name.rsplit(" ", 1)[-1]) > _MAX_INITIAL:
            name = name[:-1]  # a final stop, not an initial ("Soto V.")
        if not name or "@" in name or "://" in name:
            continue  # a handle, e-mail or link beside the name
        folded = fold(name).strip(". ")
        words = folded.split()
        if not words:
            continue
        if folded in desks() or folded in roles() or words[0] in desks() or _outlet(name):
            continue  # "Redacción", "Agencia EFE", "Redacción El Tiempo", "El Sol de León"
        if not _name().fullmatch(name) or not (
            _MIN_NAME_WORDS <= len(name.split()) <= _MAX_NAME_WORDS
        ):
            return None
        authors.append(name)
    return tuple(authors)


def _is_role(text: str) -> bool:
    """A role, perhaps with its place: "Periodista", "enviada especial a Madrid"."""
    folded = fold(text).strip(" .:")
    if folded in roles():
        return True
    words = folded.split()
    return any(" ".join(words[:n]) in roles() for n in (1, 2, 3)) and text[:1].islower()


def _is_desk(text: str) -> bool:
    """A desk, agency or outlet signing beside the names: "Agencia EFE", "El Sol"."""
    words = fold(text).strip(" .:").split()
    return bool(words) and (
        " ".join(words) in desks() or words[0] in desks() or _outlet(text.strip())
    )


def _outlet(text: str) -> bool:
    """An outlet's name: an article and capitalised words ("El Diario del Norte").

    A person's name never opens with an article.
    """
    words = text.split()
    return (
        len(words) >= _MIN_NAME_WORDS
        and fold(words[0]) in layout_words("opener_article")
        and words[0][:1].isupper()
        and _name_shaped(" ".join(words[1:]))
    )


def _role_line(folded: str) -> bool:
    """A role alone, perhaps with its beat or place: "Corresponsal en Madrid"."""
    words = folded.split()
    if not words or len(words) > _MAX_ROLE_WORDS:
        return False
    for n in (2, 1):
        if " ".join(words[:n]) in roles():
            rest = words[n:]
            return not rest or rest[0] in ("de", "del", "en", "para")
    return False


def _names_and_role(text: str) -> tuple[str, ...] | None:
    """Names followed or preceded by a role: "Camila Rojas | Periodista"."""
    if not any(mark in text for mark in _SEPARATOR_MARKS):
        return None  # one part at most
    parts = [p for p in _SEPARATOR.split(text) if p.strip()]
    if len(parts) <= 1:
        return None
    kept = [p for p in parts if not (_is_role(p) or _is_desk(p))]
    if len(kept) == len(parts) or not kept:
        return None
    return _names(" y ".join(kept))


def read_byline(text: str, folded: str | None = None) -> Byline | None:
    """Read ``text`` as a byline, or ``None`` when it is not one.

    ``folded`` is ``fold(text)`` when the caller has it already (folding collapses
    white space, so it is also the fold of the line with its spaces collapsed).

    Examples:
        >>> read_byline("Por Javiera Muñoz y Diego Pérez").authors
        ('Javiera Muñoz', 'Diego Pérez')
        >>> read_byline("Por: Redacción").authors
        ()
        >>> read_byline("Camila Rojas | Periodista")
        Byline(authors=('Camila Rojas',), bare=False)
        >>> read_byline("Por tal motivo, el ministro renunció.") is None
        True
    """
    line = " ".join(text.split())
    if not line or len(line) > MAX_BYLINE:
        return None
    folded = (fold(line) if folded is None else folded).strip(" .:")
    if folded in desks() or folded in roles() or _role_line(folded) or folded in leads():
        return Byline(authors=())  # a desk, a role, or "Por" over the names on the next line
    words = folded.split()
    if words[0] in desks() and len(words) <= _MAX_NAME_WORDS and _name_shaped(line):
        return Byline(authors=())  # a desk and its section or outlet: "Redacción El Norte"
    lead = _lead().match(line)
    if lead is not None:
        rest = line[lead.end() :]
        names = _names(rest)
        if names is None:
            names = _names_and_role(rest)
        return None if names is None else Byline(authors=names)
    names = _names_and_role(line)
    if names is not None:
        return Byline(authors=names)
    names = _names(line)
    if names:
        return Byline(authors=names, bare=True)
    return None
