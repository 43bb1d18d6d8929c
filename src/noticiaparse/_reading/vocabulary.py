"""Vocabulary: the word lists the name readers use, loaded from the lexicons.

Word classes (:func:`words_of`), reporting verbs and their participles
(:func:`reporting_verb`), attribution cues ("según", "de acuerdo con"), outlets and
the words that announce organisations; each read once, lazily, from
:mod:`noticiaparse._text.lexicons`.
"""

from __future__ import annotations

import functools

from noticiaparse._text.lexicons import lines, rows, word_classes

__all__ = [
    "attribution_cues",
    "endings_of",
    "reporting_forms",
    "reporting_participle",
    "reporting_verb",
    "words_of",
]


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


@functools.cache
def _set(name: str) -> frozenset[str]:
    return frozenset(entry.lower() for entry in lines(name))


@functools.cache
def _verbs() -> dict[str, tuple[str, bool]]:
    """Reporting verb form -> (lemma, only right after a closing quote mark)."""
    out: dict[str, tuple[str, bool]] = {}
    for row in rows("reporting_verbs.tsv"):
        out[row[0].lower()] = (row[1] if len(row) > 1 else row[0], bool(row[2:]))
    return out


_IRREGULAR_PARTICIPLES = {
    "dicho": "decir",
    "escrito": "escribir",
    "expuesto": "exponer",
    "descrito": "describir",
    "propuesto": "proponer",
    "previsto": "prever",
}


@functools.cache
def _participles() -> frozenset[str]:
    stems = {p[:-1] for p in _IRREGULAR_PARTICIPLES}
    for lemma, _ in _verbs().values():
        if lemma.endswith("ar"):
            stems.add(lemma[:-2] + "ad")
        elif lemma.endswith(("er", "ir")):
            stems.add(lemma[:-2] + "id")
    return frozenset(stem + ending for stem in stems for ending in ("o", "a", "os", "as"))


@functools.cache
def reporting_forms() -> frozenset[str]:
    """Every lower-cased word :func:`reporting_verb` or :func:`reporting_participle` accepts.

    Examples:
        >>> "dijo" in reporting_forms(), "anunciado" in reporting_forms()
        (True, True)
    """
    return frozenset(_verbs()) | _participles()


def reporting_participle(word: str) -> bool:
    """Whether ``word`` is a participle of a reporting verb, any gender and number.

    Examples:
        >>> reporting_participle("anunciado"), reporting_participle("expuestos")
        (True, True)
    """
    return word.lower() in _participles()


def reporting_verb(word: str, *, after_quote: bool = False) -> bool:
    """Whether ``word`` is a reporting verb form (``dijo``, ``sostiene``, ``señalando``).

    Examples:
        >>> reporting_verb("sostuvo"), reporting_verb("cuenta")
        (True, False)
        >>> reporting_verb("cuenta", after_quote=True)  # «…», cuenta X
        True
    """
    hit = _verbs().get(word.lower())
    return hit is not None and (after_quote or not hit[1])


@functools.cache
def attribution_cues() -> tuple[tuple[tuple[str, ...], str], ...]:
    """Attribution phrases as word tuples with their cue, longest first."""
    cues = [
        (tuple(row[0].lower().split()), row[1] if len(row) > 1 else row[0])
        for row in rows("attribution_cues.tsv")
    ]
    return tuple(sorted(cues, key=lambda cue: -len(cue[0])))


@functools.cache
def _outlets() -> dict[str, tuple[str, str]]:
    return {row[0].lower(): (row[1], row[2]) for row in rows("outlets.tsv") if row[2:]}


@functools.cache
def _outlet_first_words() -> frozenset[str]:
    """The first word of every outlet name (lower-cased): no other word can open one."""
    return frozenset(name.split(" ")[0] for name in _outlets())


@functools.cache
def _media_anaphora() -> dict[tuple[str, ...], tuple[str, ...]]:
    return {
        tuple(row[0].lower().split()): tuple(row[1].split(","))
        for row in rows("media_anaphora.tsv")
        if row[1:]
    }


@functools.cache
def _org_cues() -> tuple[frozenset[str], frozenset[str]]:
    """Organisation cue words (case-sensitive) and multi-word organisation names (lower)."""
    words, names = set(), set()
    for entry in lines("org_cues.txt"):
        if " " in entry:
            names.add(entry.lower())
        else:
            words.add(entry)
    return frozenset(words), frozenset(names)


@functools.cache
def _org_plurals() -> frozenset[str]:
    return _set("org_plurals.txt")


@functools.cache
def _by_first(name: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The multi-word entries of lexicon ``name`` by their first word, longest first."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for words in _multiword(name):
        out.setdefault(words[0], []).append(words)
    return {first: tuple(entries) for first, entries in out.items()}


@functools.cache
def _cues_by_first() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for words, cue in attribution_cues():
        out.setdefault(words[0], []).append((words, cue))
    return {first: tuple(entries) for first, entries in out.items()}


@functools.cache
def _anaphora_by_first() -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for words in sorted(_media_anaphora(), key=lambda w: -len(w)):
        out.setdefault(words[0], []).append(words)
    return {first: tuple(entries) for first, entries in out.items()}


@functools.cache
def _multiword(name: str) -> tuple[tuple[str, ...], ...]:
    return tuple(sorted((tuple(e.lower().split()) for e in lines(name)), key=lambda w: -len(w)))
