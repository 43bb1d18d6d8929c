"""Vocabulary: the word lists the name readers use, loaded from the lexicons.

Word classes (:func:`words_of`), reporting verbs and their participles
(:func:`reporting_verb`), attribution cues ("según", "de acuerdo con"), outlets and
the words that announce organisations; each read once, lazily, from
:mod:`noticiaparse._text.lexicons`.
"""

from __future__ import annotations

import functools

from noticiaparse._text.fold import fold
from noticiaparse._text.lexicons import by_first, lines, row_groups, rows, word_classes

__all__ = [
    "anaphora_by_first",
    "attribution_cues",
    "attribution_cues_by_first",
    "closed_set",
    "cues_by_first_word",
    "endings_of",
    "folded_role_words",
    "media_anaphora",
    "org_cues",
    "org_nouns",
    "org_plurals",
    "outlet_first_words",
    "outlet_table",
    "participle_forms",
    "reporting_forms",
    "reporting_infinitives",
    "reporting_lemmas",
    "reporting_participle",
    "reporting_verb",
    "role_keys",
    "role_words",
    "time_adjuncts",
    "trailing_cues",
    "word_set",
    "words_of",
]


@functools.cache
def closed_set(name: str) -> frozenset[str]:
    """One small closed set of grammatical words in ``closed_sets.tsv``.

    Examples:
        >>> sorted(closed_set("possessive"))
        ['su', 'sus']
    """
    return word_classes("closed_sets.tsv")[name]


@functools.cache
def words_of(kind: str) -> frozenset[str]:
    """The closed-class words of one class in ``function_words.tsv``.

    Examples:
        >>> "ha" in words_of("auxiliary")
        True
    """
    return word_classes("function_words.tsv").get(kind, frozenset())


@functools.cache
def endings_of(kind: str) -> tuple[str, ...]:
    """The word endings of one class in ``verb_endings.tsv``, for ``str.endswith``.

    Examples:
        >>> "dijo".endswith(endings_of("gerund")), "diciendo".endswith(endings_of("gerund"))
        (False, True)
    """
    return tuple(sorted(word_classes("verb_endings.tsv").get(kind, ())))


def role_words() -> frozenset[str]:
    """The role words ("ministro", "vocera", "alcaldesa"), lower-cased.

    Examples:
        >>> "vocera" in role_words()
        True
    """
    return word_set("role_words.txt")


@functools.cache
def folded_role_words() -> frozenset[str]:
    """:func:`role_words` folded (no accents: "tecnico"), folded once for every reader.

    Examples:
        >>> "tecnica" in folded_role_words(), "técnica" in folded_role_words()
        (True, False)
    """
    return frozenset(map(fold, role_words()))


@functools.cache
def word_set(name: str) -> frozenset[str]:
    words = frozenset(entry.lower() for entry in lines(name))
    if name == "role_words.txt":
        # the plural of every role heads a group ("los magistrados", "las juezas"),
        # unless the word names a firm too ("varias consultoras" are organisations)
        firms = frozenset(lines("org_nouns.txt"))
        words |= {_plural(word) for word in words if not word.endswith("s") and word not in firms}
        # a former holder: "el excanciller", "la expresidenta" (written with a space too);
        # a shared, deputy or lower office: "el codirector", "la vicecanciller", "el subgerente"
        words |= {lead + word for lead in lines("role_prefixes.txt") for word in words}
    return words


@functools.cache
def time_adjuncts() -> tuple[tuple[str, ...], ...]:
    """The phrases of ``time_adjuncts.txt`` ("este lunes", "ayer") as word tuples, longest first."""
    phrases = {tuple(entry.lower().split()) for entry in lines("time_adjuncts.txt")}
    return tuple(sorted((phrase for phrase in phrases if phrase), key=len, reverse=True))


#: A stressed vowel loses its accent in the plural ("capitán" -> "capitanes").
_UNSTRESS = str.maketrans("áéíóú", "aeiou")


def _plural(word: str) -> str:
    """The plural of a Spanish noun: -s after a vowel, -es after a consonant, -z -> -ces.

    Examples:
        >>> [_plural(w) for w in ("fiscal", "jueza", "portavoz", "capitán")]
        ['fiscales', 'juezas', 'portavoces', 'capitanes']
    """
    if word.endswith("z"):
        return word[:-1] + "ces"
    if word[-1:] in "aeiouáéó":
        return word + "s"
    if word[-2:-1] in "áéíóú":
        return word[:-2] + word[-2:-1].translate(_UNSTRESS) + word[-1] + "es"
    return word + "es"


@functools.cache
def role_keys(role: str) -> tuple[str, ...]:
    """The offices a role names, for linking its synonyms (``role_synonyms.tsv``).

    A role with a holder modifier ("presidente electo") keeps the modifier on each.

    Examples:
        >>> role_keys("dt") == role_keys("entrenador") + role_keys("entrenadora")
        True
        >>> role_keys("mandatario electo"), role_keys("vocero")
        (('head-of-state-m electo',), ('spokesperson-m',))
    """
    whole = row_groups("role_synonyms.tsv").get(role)
    if whole is not None:
        return tuple(whole)  # "director técnico": the coach, listed whole
    word, space, modifier = role.partition(" ")
    groups = row_groups("role_synonyms.tsv").get(word, (word,))
    return tuple(f"{group}{space}{modifier}" for group in groups)


@functools.cache
def reporting_lemmas() -> dict[str, tuple[str, bool]]:
    """Reporting verb form -> (lemma, only right after a closing quote mark)."""
    out: dict[str, tuple[str, bool]] = {}
    for row in rows("reporting_verbs.tsv"):
        out[row[0].lower()] = (row[1] if len(row) > 1 else row[0], bool(row[2:]))
    return out


@functools.cache
def participle_forms() -> frozenset[str]:
    """Every participle of a reporting verb, any gender and number (``participles.tsv``).

    Examples:
        >>> {"anunciadas", "sostenido", "dichos"} <= participle_forms()
        True
    """
    regular: dict[str, str] = {}
    stems: set[str] = set()
    silent: set[str] = set()
    for form, base, kind in rows("participles.tsv"):
        if kind == "none":
            silent.add(form)  # "celebrado por", "amenazado por": no statement
        elif kind == "regular":
            regular[form] = base  # infinitive ending -> participle stem ending
        else:
            stems.add(form[:-1])  # "dicho" -> "dich"
    for lemma, _ in reporting_lemmas().values():
        ending = lemma[-2:]
        if ending in regular and lemma not in silent:
            stems.add(lemma[:-2] + regular[ending])
    return frozenset(stem + ending for stem in stems for ending in endings_of("agreement"))


@functools.cache
def reporting_infinitives() -> frozenset[str]:
    """The infinitives of the reporting verbs ("decir", "señalar").

    Examples:
        >>> "decir" in reporting_infinitives()
        True
    """
    return frozenset(lemma for lemma, _ in reporting_lemmas().values() if lemma.endswith("r"))


@functools.cache
def reporting_forms() -> frozenset[str]:
    """Every lower-cased word :func:`reporting_verb` or :func:`reporting_participle` accepts.

    Examples:
        >>> "dijo" in reporting_forms(), "anunciado" in reporting_forms()
        (True, True)
    """
    return frozenset(reporting_lemmas()) | participle_forms()


def reporting_participle(word: str) -> bool:
    """Whether ``word`` is a participle of a reporting verb, any gender and number.

    Examples:
        >>> reporting_participle("anunciado"), reporting_participle("expuestos")
        (True, True)
    """
    return word.lower() in participle_forms()


def reporting_verb(word: str, *, after_quote: bool = False) -> bool:
    """Whether ``word`` is a reporting verb form (``dijo``, ``sostiene``, ``señalando``).

    Examples:
        >>> reporting_verb("sostuvo"), reporting_verb("cuenta")
        (True, False)
        >>> reporting_verb("cuenta", after_quote=True)  # «…», cuenta X
        True
    """
    hit = reporting_lemmas().get(word.lower())
    return hit is not None and (after_quote or not hit[1])


@functools.cache
def attribution_cues() -> tuple[tuple[tuple[str, ...], str], ...]:
    """Attribution phrases as word tuples with their cue, longest first."""
    cues = [
        (tuple(row[0].lower().split()), row[1] if len(row) > 1 else row[0])
        for row in rows("attribution_cues.tsv")
    ]
    # a one-word cue whose accent the scrape lost ("Segun el informe") is the cue
    cues += [
        ((fold(words[0]),), cue)
        for words, cue in cues
        if len(words) == 1 and fold(words[0]) != words[0]
    ]
    return tuple(sorted(cues, key=lambda cue: -len(cue[0])))


@functools.cache
def trailing_cues(use: str = "after") -> tuple[tuple[tuple[str, ...], str], ...]:
    """The attribution phrases of one ``use`` (third column), longest first.

    ``"after"``: they name a speaker after the quotation; ``"channel"``: whom the words
    were given to.

    Examples:
        >>> (("según",), "según") in trailing_cues()
        True
        >>> (("en", "diálogo", "con"), "en diálogo con") in trailing_cues("channel")
        True
    """
    cues = [
        (tuple(row[0].lower().split()), row[1])
        for row in rows("attribution_cues.tsv")
        if row[2:] == (use,)
    ]
    return tuple(sorted(cues, key=lambda cue: -len(cue[0])))


@functools.cache
def outlet_table() -> dict[str, tuple[str, str]]:
    return {row[0].lower(): (row[1], row[2]) for row in rows("outlets.tsv") if row[2:]}


@functools.cache
def outlet_first_words() -> frozenset[str]:
    """The first word of every outlet name (lower-cased): no other word can open one.

    A sign after a number is no word ("100% Noticias" opens on "100").
    """
    return frozenset(name.split(" ")[0].rstrip("%") for name in outlet_table())


@functools.cache
def media_anaphora() -> dict[tuple[str, ...], tuple[str, ...]]:
    return {
        tuple(row[0].lower().split()): tuple(row[1].split(","))
        for row in rows("media_anaphora.tsv")
        if row[1:]
    }


@functools.cache
def org_cues() -> tuple[frozenset[str], frozenset[str]]:
    """Organisation cue words (case-sensitive) and multi-word organisation names (lower)."""
    words, names = set(), set()
    for entry in lines("org_cues.txt"):
        if " " in entry:
            names.add(entry.lower())
        else:
            words.add(entry)
    return frozenset(words), frozenset(names)


@functools.cache
def org_plurals() -> frozenset[str]:
    """Plural heads of organisations: ``org_plurals.txt`` and the plurals of ``org_nouns``."""
    plurals = {noun + ("s" if noun[-1] in "aeiouáéó" else "es") for noun in org_nouns()}
    return word_set("org_plurals.txt") | plurals


@functools.cache
def org_nouns() -> frozenset[str]:
    """Nouns that name an organisation by its kind ("la minera", "el organismo")."""
    return word_set("org_nouns.txt")


@functools.cache
def cues_by_first_word(name: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The multi-word entries of lexicon ``name`` by their first word, longest first."""
    return by_first((words[0], words) for words in _multiword(name))


@functools.cache
def attribution_cues_by_first() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    return by_first((words[0], (words, cue)) for words, cue in attribution_cues())


@functools.cache
def anaphora_by_first() -> dict[str, tuple[tuple[str, ...], ...]]:
    return by_first((w[0], w) for w in sorted(media_anaphora(), key=lambda w: -len(w)))


@functools.cache
def _multiword(name: str) -> tuple[tuple[str, ...], ...]:
    return tuple(sorted((tuple(e.lower().split()) for e in lines(name)), key=lambda w: -len(w)))
