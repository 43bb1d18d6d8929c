"""Names: how a capitalised name runs, what kind it is, and the lexicons of names.

A name runs over capitalised words and the particles that link them ("Ursula von der
Leyen", "Hamad bin Isa al Khalifa", "Organización para la Cooperación y el Desarrollo
Económicos"); its kind comes from the outlets table, organisation cues, given names and
its shape; an acronym in brackets after it and a number inside a known outlet's name
("Canal 13") go with it.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from noticiaparse._model import SourceKind
from noticiaparse._reading.tokens import Token
from noticiaparse._reading.vocabulary import (
    endings_of,
    org_cues,
    outlet_first_words,
    outlet_table,
    participle_forms,
    reporting_lemmas,
    role_words,
    word_set,
    words_of,
)
from noticiaparse._text.lazy import lazy_regex
from noticiaparse._text.lexicons import lines, rows

__all__ = [
    "acronym_after",
    "classify_name",
    "country_names",
    "first_names",
    "gap_ok",
    "is_name_word",
    "media_type",
    "name_run",
    "name_word_at",
    "outlet_prefix",
    "person_by_context",
    "surname_particles",
]

PERSON = SourceKind.PERSON
ORGANIZATION = SourceKind.ORGANIZATION
MEDIA = SourceKind.MEDIA

#: The most tokens a capitalised name runs over ("Organización para la Cooperación y el
#: Desarrollo Económicos").
_MAX_NAME_TOKENS = 10
#: The most lower-case particles that link two parts of a name ("de la").
_MAX_LINKING_PARTICLES = 2
#: The fewest letters of an adverb in "-mente" ("Finalmente"); a shorter word with that
#: ending is a name ("Clemente").
_MIN_ADVERB = 9


def _adverb(low: str) -> bool:
    """Whether a lower-cased word is an adverb in "-mente" ("inmediatamente")."""
    return len(low) >= _MIN_ADVERB and low.endswith(endings_of("adverb"))


def is_name_word(token: Token) -> bool:
    return (
        token.capital
        and token.low not in _never_in_names()
        and not token.low.endswith(endings_of("gerund"))
        and not _adverb(token.low)
    )


def name_word_at(text: str, tokens: Sequence[Token], j: int) -> bool:
    """Whether token ``j`` can be a name's word, read with the word after it.

    A month that is also a given name ("Julio", "Abril") is a name's word when another
    name's word follows it with only spaces between ("dijo Julio Benítez"); alone or
    before "de" it stays the month ("en Julio de 2020").
    """
    tok = tokens[j]
    if is_name_word(tok):
        return True
    if not tok.capital or tok.text not in first_names() or j + 1 >= len(tokens):
        return False
    after = tokens[j + 1]
    return is_name_word(after) and gap_ok(text, tok, after)


@functools.cache
def _never_in_names() -> frozenset[str]:
    """Stop words and reporting verb forms (``reporting_verb``): no name's word is one."""
    # the forms of reporting_forms() that reporting_verb() accepts: the lemma table's own
    # keys (lower case already) that need no quote mark before them, and a participle
    # only when its lower case is such a key
    lemmas = reporting_lemmas()
    verbs = {form for form, (_, after_quote) in lemmas.items() if not after_quote}
    verbs.update(
        form
        for form in participle_forms()
        if (hit := lemmas.get(form.lower())) is not None and not hit[1]
    )
    return word_set("stopwords.txt") | verbs


def gap_ok(text: str, a: Token, b: Token) -> bool:
    """Only spaces between two consecutive tokens (no comma, no line break)."""
    return text[a.end : b.start].strip(" ") == ""


#: A middle initial's token: a capital letter and its stop ("A.").
_INITIAL = 2


def name_run(text: str, tokens: Sequence[Token], i: int) -> int:  # noqa: C901
    """End index (exclusive) of the capitalised name starting at token ``i``, or ``i``."""
    j = i
    end = i
    n = len(tokens)
    arabic, definite, never, gerund, given, (cues, particle, organisation) = _run_words()
    # _linkers(tokens, i), its lexicons looked up once for the run
    opening = tokens[i]
    particles = (
        organisation
        if opening.text in cues
        or (i + 1 < n and opening.low in definite and tokens[i + 1].text in cues)
        else particle
    )
    while j < n and j - i < _MAX_NAME_TOKENS:
        tok = tokens[j]
        # name_word_at(text, tokens, j), its lexicons looked up once for the run
        name_word = tok.capital and (
            (
                tok.low not in never
                and not _adverb(tok.low)  # "Inmediatamente agregó": is_name_word's test
                and (
                    not tok.low.endswith(gerund)
                    # a gerund's shape after a name's word is a surname ("Karen
                    # Obando", "Luis Ocando"): a verb is never capitalised mid-name
                    or (j > i and gap_ok(text, tokens[j - 1], tok))
                )
            )
            # a middle initial with its stop, inside a name ("Luis A. Mena", "María E.
            # Ortiz"), though "a" and "e" alone are words no name holds
            or (j > i and len(tok.text) == _INITIAL and tok.text[1] == ".")
            or (
                tok.text in given
                and j + 1 < n
                and is_name_word(tokens[j + 1])
                and gap_ok(text, tok, tokens[j + 1])
            )
        )
        if j == i:
            opens = name_word or (tok.capital and tok.low in definite)
            # "dijo De la Sota": a capitalised particle, then the name's words
            if not opens and not _opens_surname(text, tokens, i):
                break
            j += 1
            end = j if opens else end
            continue
        if tok.low in arabic:
            particles = particles | _ARABIC_ARTICLE  # "Hamad bin Isa al Khalifa"
        if (
            (tok.text.isdigit() and gap_ok(text, tokens[j - 1], tok))
            or (j == i + 1 and tokens[i].text.isdigit())
        ) and _outlet_start(tokens, i, j):
            # a number inside an outlet's name ("Canal 13", "Página 12"), or the word after
            # the number opening one, a sign between ("24 Horas", "100% Noticias")
            j += 1
            end = j
            continue
        if (
            not name_word
            and tok.capital
            and particles is not organisation
            and tok.low in surname_particles()
            and not text[tokens[j - 1].end : tok.start].strip(" ")
        ):
            # "José De La Gasca", "Ana Del Valle": a particle written with a capital
            # inside a person's name links it as the small one does
            k = j + 1
            if k < n and tokens[k].low in definite and gap_ok(text, tokens[k - 1], tokens[k]):
                k += 1
            if k < n and is_name_word(tokens[k]) and gap_ok(text, tokens[k - 1], tokens[k]):
                j = k
                continue
        # a word that can neither go on the name nor link it ends it, whatever the gap;
        # so does a given name after a country ("en Paraguay Mario Benítez")
        if (
            (not name_word and (tok.capital or tok.low not in particles))
            or text[tokens[j - 1].end : tok.start].strip(" ")  # (not gap_ok, inline)
            # (both read a given name only: a cheap test before the calls)
            or (
                name_word
                and tok.text in given
                and (
                    _country_before_given_name(tokens, i, j)
                    or _office_before_given_name(tokens, i, j)
                )
            )
        ):
            break
        if name_word:
            j += 1
            end = j
            continue
        # "Secretaría de Salud", "Facultad de Derecho de la Pontificia…"
        k = _linked(tokens, j, particles)
        if k < n and is_name_word(tokens[k]) and gap_ok(text, tokens[k - 1], tokens[k]):
            j = k
            continue
        break
    if end > i and tokens[i].low in definite and end == i + 1:
        return i
    return end


@functools.cache
def surname_particles() -> frozenset[str]:
    """The particles a surname written alone opens on, capitalised ("De la Sota")."""
    return word_set("surname_particles.txt")


def _opens_surname(text: str, tokens: Sequence[Token], i: int) -> bool:
    """Whether the capitalised particle at ``i`` opens a surname ("dijo De la Sota").

    Mid-sentence, right after a lower-case word (no stop, comma or quotation mark
    between: a sentence's or a headline's capital is no sign), and before a name's word,
    or an article and one ("De Vido", "De la Torre"), the capital is the surname's.
    """
    if i == 0 or i + 1 >= len(tokens) or not tokens[i].capital:
        return False
    if tokens[i].low not in surname_particles():
        return False
    prev, nxt = tokens[i - 1], tokens[i + 1]
    if prev.capital or text[prev.end : tokens[i].start].strip(" "):
        return False
    if nxt.low in words_of("definite") and not nxt.capital and i + 2 < len(tokens):
        nxt = tokens[i + 2]
    return is_name_word(nxt) and gap_ok(text, tokens[i], tokens[i + 1])


@functools.cache
def _run_words() -> tuple[
    frozenset[str],
    frozenset[str],
    frozenset[str],
    tuple[str, ...],
    dict[str, str],
    tuple[frozenset[str], frozenset[str], frozenset[str]],
]:
    """What :func:`name_run` looks up, in one call.

    The Arabic particles, the articles, the words never in a name, the gerunds' endings,
    the given names, and what :func:`_linkers` reads: the organisation cues and its two
    sets of linking words.
    """
    return (
        _arabic(),
        words_of("definite"),
        _never_in_names(),
        endings_of("gerund"),
        first_names(),
        (org_cues()[0], words_of("particle"), _organisation_linkers()),
    )


@functools.cache
def country_names() -> frozenset[str]:
    return frozenset(name.lower() for name in lines("country_names.txt"))


def _country_before_given_name(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Whether the name run ``i``..``j - 1`` ends on a country and token ``j`` is a given name.

    The country is the whole run ("Paraguay") or follows a link word in it ("Gobierno
    en Paraguay").
    """
    if tokens[j].text not in first_names():
        return False
    return any(
        (k == i or not tokens[k - 1].capital)
        and " ".join(t.low for t in tokens[k:j]) in country_names()
        and not any(t.text in first_names() for t in tokens[k:j])
        for k in range(max(i, j - _COUNTRY_WORDS), j)
    )


def _office_before_given_name(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Whether the run ``i``..``j - 1`` is a role's complement and token ``j`` opens a name.

    "el ministro de Hacienda Mario Soto", "la secretaria de Salud Ana Paz":
    the office ends where a given name starts, comma or not; a name that honours a
    person goes on ("el director del Hospital Carlos Van Buren", ``eponym_heads.txt``).
    """
    if tokens[j].text not in first_names() or tokens[j - 1].text in first_names():
        return False
    k = i - 1
    if k >= 0 and tokens[k].low in words_of("definite"):
        k -= 1  # "de la Presidencia"
    if k < 1 or tokens[k].low not in words_of("of") or tokens[k - 1].low not in role_words():
        return False
    heads = word_set("eponym_heads.txt")
    return not any(t.low in heads for t in tokens[i:j])


#: The most words of a country's name ("República Dominicana", "Guinea Ecuatorial").
_COUNTRY_WORDS = 2


def _outlet_start(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Whether tokens ``i`` to ``j`` (inclusive) open the name of a known outlet."""
    if tokens[i].low not in outlet_first_words():
        return False
    return " ".join(t.text for t in tokens[i : j + 1]).lower() in _outlet_prefixes()


@functools.cache
def _outlet_prefixes() -> frozenset[str]:
    """Every run of first words of an outlet's name ("canal", "canal 13", "canal 13 de")."""
    out: set[str] = set()
    for name in outlet_table():
        words = name.replace("% ", " ").split(" ")  # "100% Noticias": "100", "Noticias"
        out.update(" ".join(words[:k]) for k in range(1, len(words) + 1))
    return frozenset(out)


def _linked(tokens: Sequence[Token], j: int, particles: frozenset[str]) -> int:
    """Where the particles linking two parts of a name from token ``j`` end (``j``: none).

    "y" and an article link no person's name: "Human Rights Watch y la Oficina…" are
    two (inside an organisation's name they do link).
    """
    k = j
    n = len(tokens)
    while (
        k < n
        and tokens[k].low in particles
        and not tokens[k].capital
        and k - j < _MAX_LINKING_PARTICLES
    ):
        k += 1
    if k - j > 1 and tokens[j].low in words_of("coordinator"):
        # "…Cooperación y el Desarrollo…" links inside an organisation's name only
        return k if particles is _organisation_linkers() else j
    return k


def _linkers(tokens: Sequence[Token], i: int) -> frozenset[str]:
    """The lower-case words that can link the parts of a name opening at token ``i``.

    The particles ("de", "von", "bin"), and in an organisation's name the words that
    link only there ("Organización para la Cooperación y el Desarrollo"). (:func:`name_run`
    reads the same with the sets it looks up once for the run.)
    """
    cues = org_cues()[0]
    if tokens[i].text in cues or (
        i + 1 < len(tokens) and tokens[i].low in words_of("definite") and tokens[i + 1].text in cues
    ):
        return _organisation_linkers()
    return words_of("particle")


@functools.cache
def _organisation_linkers() -> frozenset[str]:
    """The particles and the words that link parts of an organisation's name only."""
    return words_of("particle") | words_of("org_link")


@functools.cache
def _arabic() -> frozenset[str]:
    return words_of("arabic")


#: The article that links an Arabic name's parts after "bin" ("Isa al Khalifa").
_ARABIC_ARTICLE = frozenset({"al"})


#: A ministry named in one word ("MinTrabajo", "MinTIC"; "Minhacienda" is a name).
_MINISTRY = lazy_regex(r"Min\p{Lu}[\p{L}]{1,20}")  # only after "Min"
#: A site named by its address, one word with a web domain ("emol.com", "infobae.com.ar").
_WEB_NAME = lazy_regex(r"[\p{L}\p{N}\-]{3,40}(?:\.[a-z]{2,4}){1,2}")  # only with a "."


def classify_name(words: Sequence[str]) -> str:  # noqa: C901
    """The kind of a capitalised name: media, organisation or person (the default)."""
    key = " ".join(words).lower()
    outlets, given, (cue_words, cue_names), definite, media_heads, heads, countries = _kinds()
    if key in outlets or ("." in key and _WEB_NAME().fullmatch(key)):
        return MEDIA  # an outlet of the table, or a site by its address ("Emol.com")
    lead = words[1] if len(words) > 1 and words[0].lower() in definite else words[0]
    if len(words) > 1 and lead.lower() in media_heads:
        return MEDIA  # "El Diario Austral", "Radio Universidad de Chile"
    if len(words) > 1 and words[-1].lower() in heads:
        return ORGANIZATION  # "Wilson Center": English closes the name on its head
    if key in countries or (words[0][:3] == "Min" and _MINISTRY().fullmatch(words[0])):
        return ORGANIZATION  # a state ("Noruega anunció"), "MinTrabajo"
    if words[0] in given and words[0] not in cue_words:
        return PERSON  # "Carlos Mesa", "Ana Banco": a given name opens a person's name
    if (
        len(words) > 1
        and words[-1].lower() in _media_tails()
        and _closed_on_medium(words, cue_words)
    ):
        return MEDIA  # "Latina Televisión", "Mega Noticias": a brand closed on its medium
    # every cue name has a space: one contained in the key (or equal to it) marks it,
    # so a key of one word (most of them) holds none
    if not cue_words.isdisjoint(words) or (" " in key and any(name in key for name in cue_names)):
        return ORGANIZATION
    if lead in given:
        return PERSON
    if "de" in words or "del" in words:
        return ORGANIZATION  # "Estado de Chile", "Plaza de Armas": not a person's name
    if lead == words[-1] and len(lead) > 1 and lead.isupper():
        return ORGANIZATION  # an acronym: "INDH", "la PDI"
    return PERSON


def _closed_on_medium(words: Sequence[str], cue_words: frozenset[str]) -> bool:
    """Whether a name closed on its medium's word ("Latina Televisión") is an outlet's.

    A brand so is ("Caracol Radio", "Sky News"); read after the given names, for "Luis
    Radio" is a person's; not an institution's, "de" or a cue word joining it
    ("Consejo Nacional de Televisión").
    """
    return "de" not in words and cue_words.isdisjoint(words)


@functools.cache
def _media_tails() -> frozenset[str]:
    """The words that close an outlet's name on its medium (``media_tails.txt``)."""
    return word_set("media_tails.txt")


@functools.cache
def _kinds() -> tuple[
    dict[str, tuple[str, str]],
    dict[str, str],
    tuple[frozenset[str], frozenset[str]],
    frozenset[str],
    frozenset[str],
    frozenset[str],
    frozenset[str],
]:
    """What :func:`classify_name` looks up, in one call.

    Outlets, given names, organisation cues, articles, media heads, the English heads
    that close an institution's name, and the countries' names.
    """
    outlets = outlet_table()
    return (
        # a name's words leave out the sign after a number: "100% Noticias" is read
        # "100 Noticias"
        outlets | {name.replace("% ", " "): hit for name, hit in outlets.items() if "% " in name},
        first_names(),
        # a sports club's words mark an organisation as the cue words do
        (org_cues()[0] | frozenset(lines("club_words.txt")), org_cues()[1]),
        words_of("definite"),
        word_set("media_heads.txt"),
        word_set("org_heads_english.txt"),
        country_names(),
    )


@functools.cache
def first_names() -> dict[str, str]:
    """Given name -> ``"f"`` or ``"m"``."""
    return {row[0]: (row[1] if len(row) > 1 else "") for row in rows("first_names.txt")}


def outlet_prefix(tokens: Sequence[Token], i: int, j: int) -> int:
    """Longest ``k`` in ``(i, j]`` such that tokens ``i..k`` name an outlet, else ``i``."""
    if i >= j or tokens[i].text.lower() not in outlet_first_words():
        return i
    outlets = outlet_table()
    for k in range(j, i, -1):
        if " ".join(t.text for t in tokens[i:k]).lower() in outlets:
            return k
    return i


#: The shortest acronym: two capitals ("BID" is three, "FMI" too; "UE" two).
_MIN_ACRONYM = 2


def acronym_after(text: str, tokens: Sequence[Token], run: int) -> str | None:
    """The acronym given in brackets right after a name: "… Desarrollo Económicos (OCDE)"."""
    if run >= len(tokens) or run == 0:
        return None
    tok = tokens[run]
    if text[tok.end : tok.end + 1] != ")" or text[tokens[run - 1].end : tok.start].strip() != "(":
        return None
    return tok.text if len(tok.text) >= _MIN_ACRONYM and tok.text.isupper() else None


def media_type(name: str) -> str | None:
    """The type of a known outlet ("newspaper", "radio", "tv", "agency"…), else ``None``.

    Examples:
        >>> media_type("La Tercera"), media_type("EFE"), media_type("Ministerio")
        ('newspaper', 'agency', None)
    """
    hit = outlet_table().get(name.lower())
    return None if hit is None else hit[1]


#: What only follows a person's name: an age set off by commas or brackets ("Ana Paz,
#: de 45 años,", "Ana Paz, 45 años,", "Ana Paz (45)"), or a relative pronoun for a
#: person ("Ana Paz, quien llegó…").
_PERSON_AFTER = lazy_regex(
    r"(?:,\s{0,3}(?:de\s{1,3})?\d{1,3}\s{1,3}años\b|\s{0,3}\(\d{1,3}\)"
    r"|,\s{0,3}(?:quien|quienes)\b)"
)


def person_by_context(text: str, end: int) -> bool:
    """Whether the words right after a name that ends at ``end`` say it is a person's.

    A given name no list holds ("Tuvaku Mbeki, de 45 años,", "Yeray Olaizola (38)",
    "Ximeno Tlacuilo, quien denunció…") is a person's by what news writes of people
    only: an age in apposition, a relative "quien".

    Examples:
        >>> text = "Tuvaku Mbeki, de 45 años, llegó."
        >>> person_by_context(text, 12), person_by_context("Sudair, la aerolínea", 6)
        (True, False)
    """
    return _PERSON_AFTER().match(text, end) is not None
