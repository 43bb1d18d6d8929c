"""Term and title cues: the writer's words that name, title or judge a quotation.

"el llamado «…»", "la ley conocida como «…»", "el libro «…»", "lo calificó de «…»",
"una actitud «…»": the rules of ``docs/quotes.md`` (Kinds) that tell a term or a title
from someone's words, and a person's nickname or a place's name from both.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import regex

from noticiaparse._extract.quote_words import (
    ALNUM_RUN,
    NOUN_AND_DE,
    SHORT_WORDS,
    finite,
    kind_words,
    stop_words,
    title_case,
)
from noticiaparse._reading import (
    RawQuote,
    endings_of,
    first_names,
    reporting_verb,
    word_set,
    words_of,
)
from noticiaparse._reading.vocabulary import closed_set, time_adjuncts
from noticiaparse._text.lexicons import lines, word_classes

__all__ = [
    "article_name",
    "clause_stop",
    "evaluated",
    "governed",
    "named_by_participle",
    "named_no_work",
    "named_thing",
    "nickname_in_name",
    "person_named",
    "predicate_given",
    "title_cued",
    "titled_event",
    "work_named",
    "work_nouns",
    "work_verbs",
]


@functools.cache
def _cue_list(name: str) -> tuple[tuple[int, frozenset[tuple[str, ...]]], ...]:
    """The cues of lexicon ``name`` as word tuples, grouped by length, longest first."""
    by_length: dict[int, set[tuple[str, ...]]] = {}
    for entry in lines(name):
        words = tuple(entry.lower().split())
        by_length.setdefault(len(words), set()).add(words)
    return tuple((size, frozenset(cues)) for size, cues in sorted(by_length.items(), reverse=True))


def _ends_with(
    words: Sequence[str],
    cues: tuple[tuple[int, frozenset[tuple[str, ...]]], ...],
    reach: int = 1,
) -> bool:
    """Whether one of ``cues`` ends ``words`` or ends within ``reach`` words of its end."""
    for back in range(reach):
        tail = tuple(words[: len(words) - back]) if back else tuple(words)
        for size, group in cues:
            if size <= len(tail) and tail[len(tail) - size :] in group:
                return True
    return False


def article_name(words: Sequence[str]) -> bool:
    """Whether quoted words are an article and a capitalised name ("el Gordo", "la Tía")."""
    return (
        len(words) == _NICKNAME_WORDS
        and words[0].lower() in words_of("article")
        and words[1][:1].isupper()
    )


def named_by_participle(prev_words: Sequence[str], words: Sequence[str]) -> bool:
    """Whether the writer names a thing by a participle before it ("el llamado «…»").

    "la denominada «ley mordaza»", "los autodenominados «libertarios»": a name others
    use. The noun of an appeal is no participle: "hizo un llamado «a la unidad»", "el
    llamado «a que salgamos…»" (an indefinite article before it, a preposition opening
    the quoted words). "Conocido como" and "se conoce como" name a thing the same way
    (``nickname_cues.txt``): "el fenómeno conocido como «voto castigo»", "lo que en
    los negocios se conoce como «muro de fuego»" give the name the thing goes by.
    """
    if prev_words and prev_words[-1] == "como":
        return (
            bool(words)
            and words[0].lower() not in words_of("preposition")
            and _ends_with(prev_words, _cue_list("nickname_cues.txt"))
        )
    return (
        bool(prev_words)
        and prev_words[-1] in _naming_participles("name")
        # "ha llamado «una farsa»": a compound tense, somebody's naming (see _called)
        and not (
            len(prev_words) > 1
            and prev_words[-2] in (words_of("one") | words_of("perfect_auxiliary"))
        )
        and bool(words)
        and words[0].lower() not in words_of("preposition")
    )


@functools.cache
def _naming_participles(kind: str) -> frozenset[str]:
    """The participles that name a thing (``naming_participles.tsv``) of one class."""
    return word_classes("naming_participles.tsv").get(kind, frozenset())


def title_cued(prev_words: Sequence[str]) -> bool:
    """Whether a title's cue stands right before a quotation, or one word before it.

    "la campaña «Vacúnate Ya»", "la iniciativa solidaria «Seamos uno»": the word
    between describes the work, and so does "de" and a noun ("el plan de seguridad
    «Escudo»"). A verb between makes the quotation what the work or its
    maker says ("El informe advirtió: «La economía…»", "La ley dice «Toda persona…»"),
    and a conjunction between opens a clause ("defendió el plan aunque «Hay…»").
    """
    cues = _cue_list("title_cues.txt")
    if _ends_with(prev_words, cues):
        return True
    if (
        len(prev_words) > _TITLE_REACH
        and prev_words[-2] in words_of("of")
        and prev_words[-1] not in words_of("determiner")
        and _ends_with(prev_words[:-2], cues)
    ):
        return True  # "el programa de becas «Benito Juárez»": the work's noun and its kind
    if len(prev_words) < _TITLE_REACH or not _ends_with(prev_words[:-1], cues):
        return False
    between = prev_words[-1]
    # "defendió el plan aunque «Hay sectores…»": a conjunction opens a clause of its own
    return not (
        reporting_verb(between)
        or between.endswith(endings_of("verb_like"))
        or between in words_of("conjunction")
    )


#: Punctuation that ends the writer's clause: a title cue before it cues nothing after it.
_CLAUSE_STOPS = frozenset(",:;.")


def clause_stop(before: str) -> bool:
    """Whether the writer's punctuation stands right before a quotation."""
    return before[-1:] in _CLAUSE_STOPS


#: How many words after a quotation the noun of a work set in apposition may stand.
_APPOSITION_WORDS = 3


@functools.cache
def work_verbs() -> frozenset[str]:
    return frozenset(lines("work_verbs.txt"))


@functools.cache
def work_nouns() -> frozenset[str]:
    """The one-word title cues that name a work or a case ("libro", "disco", "caso").

    The participles that name (``naming_participles.tsv``) are left out: "el fuerte
    llamado de X" after a quotation is an appeal, not "llamado" naming a work; "su
    tercera jornada", "la banda" are works' nouns.
    """
    participles = _naming_participles("name") | _naming_participles("title")
    return frozenset(
        words[0]
        for size, group in _cue_list("title_cues.txt")
        if size == 1
        for words in group
        if words[0] not in participles
    )


def work_named(
    text: str, raw: RawQuote, prev_words: Sequence[str], before: str, words: Sequence[str]
) -> bool:
    """Whether a capitalised quotation names a work by the verb before it or a noun after.

    A verb of making or performing a work (``work_verbs.txt``: "escribió «Cien
    años…»", "protagonizó «Machuca»", "interpretó «Gracias a la vida»") takes the work
    as its object, and a noun of a work in apposition names it ("«Vida», su tercer
    disco", a headline's "«Conoce tus derechos»: taller para…"; "«La nana», premiada…"
    does not). A quotation after a colon, or one with a
    finite verb, is what was said or written.
    """
    if clause_stop(before) or any(map(finite, words)):
        return False
    if prev_words and prev_words[-1] in work_verbs():
        return True
    after = text[raw.close_at + 1 : raw.close_at + 60].lstrip(" »”\"’'")
    if not after.startswith((",", ":")):
        return False
    following = [w.lower() for w in ALNUM_RUN.findall(after)][:_APPOSITION_WORDS]
    if after.startswith(":") and following and following[0] in work_nouns():
        return True  # "«Conoce tus derechos»: taller para…", a headline's label
    return (
        bool(following)
        and following[0] in words_of("determiner")
        and any(w in work_nouns() for w in following[1:])
    )


#: How many words before a quotation its title cue may stand.
_TITLE_REACH = 2


#: A nickname is one word, or an article and a word ("el Gordo").
_NICKNAME_WORDS = 2


#: A capitalised word right after a quotation's closing mark: the surname after a nickname.
_SURNAME_AFTER = regex.compile(r"[ \t]\p{Lu}\p{Ll}")


def nickname_in_name(text: str, raw: RawQuote, prev_words: Sequence[str]) -> bool:
    """Whether the quotation stands between a given name and a surname.

    "Joaquín «El Chapo» Guzmán", "Ernesto 'Che' Guevara": a nickname set inside the
    person's name (``first_names.txt``), nobody's words; an article before it stands
    for the given name ("el «Chapo» Guzmán", "del «Tata» Martino").
    """
    if not prev_words or text[raw.open_at - 1 : raw.open_at] != " ":
        return False
    if _SURNAME_AFTER.match(text, raw.close_at + 1) is None:
        return False
    given = text[raw.open_at - 1 - len(prev_words[-1]) : raw.open_at - 1]
    # "se refirió al «Chapo» Guzmán": an article before it, the surname after it
    return given in first_names() or prev_words[-1] in word_set("definite_leads.txt")


def named_thing(prev_words: Sequence[str], words: Sequence[str]) -> bool:
    """Whether a capitalised quotation is the proper name of a person's nickname or a place.

    "un joven conocido como 'Pochito'", "alias «el Gordo»", "alias el 'Flaco'"
    (``nickname_cues.txt``),
    "la urbanización 'Los Pinos'" (``place_nouns.txt``): a name, nobody's statement
    and no work's title.
    """
    if prev_words and prev_words[-1] in word_set("place_nouns.txt"):
        return True
    nickname = len(words) == 1 or (
        len(words) == _NICKNAME_WORDS and words[0].lower() in words_of("article")
    )
    if prev_words and prev_words[-1] in words_of("article"):
        prev_words = prev_words[:-1]  # "alias el 'Flaco'": the article outside the marks
    return nickname and _ends_with(prev_words, _cue_list("nickname_cues.txt"))


def person_named(words: Sequence[str]) -> bool:
    """Whether quoted words are a person's name: a given name and one or two more names.

    "frentes armados como 'Raúl Reyes'", "la banda de «Pedro Navaja»": a given name
    (``first_names.txt``) and every other word capitalised (a particle aside: "de",
    "del"), no verb, no closing punctuation: an alias or a name, nobody's statement,
    unless a reporting verb follows it (:func:`said_after`); a title cue before it
    has made it a work's title already.
    """
    if not 1 < len(words) <= SHORT_WORDS or words[0] not in first_names():
        return False
    rest = [w.strip(",;:") for w in words[1:]]
    return (
        all(
            (w[:1].isupper() or w in words_of("of")) and w.isalpha() and not finite(w) for w in rest
        )
        and rest[-1][:1].isupper()
    )


#: How many words before a naming participle the noun of the work it names may stand
#: ("la ley conocida como", "un evento denominado").
_NAMED_WORK_WORDS = 2


def named_no_work(prev_words: Sequence[str]) -> bool:
    """Whether a participle of naming with no work's noun before it names the quotation.

    "el denominado «Tren de Aragua»", "la llamada «Generación Z»", "una zona conocida
    como «Cerro Alto»": the writer gives the name a gang, a group or a place is known by,
    a term, when the name is capitalised as such a name is (every long word: Spanish
    capitalises only the first word of a work's title, "un montaje llamado «Cuerpas en
    guerra»") and opens on no work's noun ("el denominado «Plan Marzo»"); after a work's
    noun the name is the work's title ("la ley conocida como «Ley Zamudio»", "un evento
    denominado «Informe de gestión»", ``title_cues.txt``).
    """
    if not prev_words:
        return False
    if prev_words[-1] in _naming_participles("name"):
        lead = prev_words[:-1]
    elif (
        len(prev_words) > 1
        and prev_words[-1] == "como"
        and _ends_with(prev_words, _cue_list("nickname_cues.txt"))
    ):
        lead = prev_words[:-2]
    else:
        return False
    return not any(word in work_nouns() for word in lead[-_NAMED_WORK_WORDS:])


def titled_event(prev_words: Sequence[str], content: str) -> bool:
    """Whether a quotation after an article opens on a title's own noun and is no sentence.

    "la «Semana por el agua: cuida cada gota»", "en la «Operación Tormenta»": the
    noun of ``title_cues.txt`` heads the name itself.
    """
    first = content.split(maxsplit=1)[0].lower() if content.split() else ""
    return (
        bool(prev_words)
        and prev_words[-1] in words_of("article")
        and content[-1:] not in ".!?…"
        and (first,) in dict(_cue_list("title_cues.txt")).get(1, frozenset())
    )


def evaluated(prev_words: Sequence[str], *, capital: bool, nested: bool = False) -> bool:
    """Whether the words before a quotation present it as someone's judgement.

    A qualifying cue ("considera «grave»", "lo calificó de «grave»", "las tacharon
    de «irresponsables»"), also with an indefinite article after it ("lo definió como un
    «alivio»", "habló de una «traición»", "considera una «provocación»": the speaker's
    word for the thing; a noun between them too, the words in small letters its
    modifier: "habló de un diálogo «de sordos»"), or, before a lower-case word, a verb
    of judgement whose object is the
    quoted adjective ("la oposición ve «preocupante» el alza", ``evaluative_cues.txt``).
    A definite article names a thing known by that word ("habló del «estallido»"), and
    inside a quotation (``nested``) only "como" takes the article: "«Nadie habló de un
    'acuerdo'»" is the speaker's own scare quote.
    """
    words = list(prev_words)
    indefinite = (
        len(words) > 1
        and (
            words[-1] in words_of("indefinite")
            # "habló de su «molestia»": the possessive is the speaker's, the word theirs
            or (
                not capital
                and words[-1] in closed_set("possessive")
                and words[-2] in words_of("term_lead")
            )
        )
        and (words[-2] == "como" or not nested)
    )
    bare = words[:-1] if indefinite else words
    if (
        not indefinite
        and not capital
        and not nested
        and len(words) > NOUN_AND_DE
        and words[-2] in words_of("indefinite")
        and words[-1] not in stop_words()
    ):
        # "habló de un diálogo «de sordos»": the speaker's words for the noun before
        bare = words[:-2]
    # "habló este lunes de una «…»": a time adjunct between the cue's words is stepped over
    leads = (words, bare) if bare is not words else (words,)
    for lead in map(_adjunct_dropped, leads):
        if _ends_with(lead, _cue_list("partial_cues.txt")) or _qualified(lead) or _called(lead):
            return True
    return not capital and _ends_with(words, _cue_list("evaluative_cues.txt"))


@functools.cache
def _time_adjuncts() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The time adjuncts by their last word, longest first."""
    by_last: dict[str, list[tuple[str, ...]]] = {}
    for phrase in time_adjuncts():
        by_last.setdefault(phrase[-1], []).append(phrase)
    return {last: tuple(found) for last, found in by_last.items()}


def _adjunct_dropped(words: Sequence[str]) -> Sequence[str]:
    """``words`` without a time adjunct at their end or right before their last preposition.

    "habló este lunes de una «traición»", "consideró ayer «inadmisible»": the adjunct
    (``time_adjuncts.txt``) stands between a qualifying cue's verb and its preposition
    or the quotation, and the cue is read across it.
    """
    tail = 1 if words and (words[-1] in words_of("preposition") or words[-1] == "como") else 0
    head = words[: len(words) - tail]
    for phrase in _time_adjuncts().get(head[-1], ()) if head else ():
        size = len(phrase)
        if size < len(head) and tuple(head[len(head) - size :]) == phrase:
            return [*head[: len(head) - size], *words[len(words) - tail :]]
    return words


def _called(prev_words: Sequence[str]) -> bool:
    """Whether a finite verb of naming stands right before a quotation, no "se" before it.

    "llamó «hermanos» a los migrantes", "lo que el ministro llamó «una farsa»", "la
    ha llamado «traidora»" (``naming_verbs.txt``): the subject's own word for the thing;
    "se llama «…»" gives the name something is known by, and the participle after an
    article names it the writer's way ("el llamado «…»", a term).
    """
    if not prev_words:
        return False
    last = prev_words[-1]
    if last not in _naming_words() and last not in words_of("preposition"):
        # "llamó a sus adversarios «traidores»": the verb, "a" and its object before it
        for k in range(len(prev_words) - 2, max(0, len(prev_words) - _NAMED_OBJECT_WORDS - 2), -1):
            if prev_words[k] in words_of("to"):
                return (
                    k > 0
                    and prev_words[k - 1] in word_set("naming_verbs.txt")
                    and prev_words[max(0, k - 2) : k - 1] != ["se"]
                    # "al exministro": the contraction holds the determiner
                    and (
                        prev_words[k] in word_set("definite_leads.txt")
                        or prev_words[k + 1] in words_of("determiner")
                    )
                    # "llamó a la calma tras el «…»": the object ends at a preposition
                    and words_of("preposition").isdisjoint(prev_words[k + 1 :])
                )
        return False
    if last in _naming_participles("name"):
        return len(prev_words) > 1 and prev_words[-2] in words_of("perfect_auxiliary")
    return last in word_set("naming_verbs.txt") and not (
        len(prev_words) > 1 and prev_words[-2] == "se"
    )


@functools.cache
def _naming_words() -> frozenset[str]:
    """The verbs and participles of naming (``naming_verbs.txt``, ``naming_participles.tsv``)."""
    return word_set("naming_verbs.txt") | _naming_participles("name")


#: "llamó a sus adversarios políticos «…»": how many words the object of a verb of
#: naming may run before the quotation ("a" or "al" opens it: ``to`` in
#: ``function_words.tsv``).
_NAMED_OBJECT_WORDS = 4


def governed(
    prev_words: Sequence[str], before: str, words: Sequence[str], *, sentence_like: bool
) -> bool:
    """Whether a clause-long quotation completes the writer's own grammar before it.

    A preposition, an article or a subordinating conjunction right before the marks
    (``governing_words.txt``, with the articles and prepositions of
    ``function_words.tsv``) needs its complement, and the quoted words are it: "actuaron
    porque «querían quedarse con el dinero»", "teme que el proyecto dañe la
    «Independencia judicial que tanto costó…»" are fragments set in the writer's
    sentence, partial however long. A work's title in Title Case stays what it is, and a
    phrase with no verb is left to the rules after this one.
    """
    return (
        bool(prev_words)
        and before[-1:].isalnum()
        and len(words) > SHORT_WORDS
        and (sentence_like or any(map(finite, words)))
        and not title_case(words)
        and (
            prev_words[-1] in words_of("article")
            or prev_words[-1] in words_of("preposition")
            or prev_words[-1] in word_set("governing_words.txt")
        )
    )


def _qualified(prev_words: Sequence[str]) -> bool:
    """``calificó el discurso de «provocador»``: a verb that qualifies, then "de"/"como"."""
    return (
        bool(prev_words)
        and prev_words[-1] in words_of("term_lead")
        and any(
            w[len(stem) :] in endings_of("qualifying_ending")
            for w in prev_words[:-1]
            for stem in lines("qualifying_verbs.txt")
            if w.startswith(stem)
        )
    )


@functools.cache
def _enclitics() -> tuple[str, ...]:
    """The object pronouns an infinitive or gerund ends on ("considerar-lo"), for ``endswith``."""
    return tuple(sorted(kind_words("enclitic")))


def predicate_given(prev_words: Sequence[str], *, manner: bool) -> bool:
    """Whether the words right before a short fragment give it as someone's predicate.

    An infinitive or gerund of judgement with its clitic (:func:`_judging_clitic`), a
    verb of judgement and its object (:func:`_judged_object`), or, when ``manner`` (a
    cue in the sentence, small letters), "de manera", "de forma", "de modo": "acusó de
    actuar de manera «irresponsable»" (``manner_noun`` of ``kind_words.tsv``).
    """
    if len(prev_words) < _NICKNAME_WORDS:
        return False
    last = prev_words[-1]
    return (
        (last.endswith(_enclitics()) and _judging_clitic(prev_words))
        or (prev_words[-2] in words_of("determiner") and _judged_object(prev_words))
        or (manner and prev_words[-2] == "de" and last in kind_words("manner_noun"))
    )


def _judging_clitic(prev_words: Sequence[str]) -> bool:
    """Whether an infinitive or gerund of judgement with a clitic stands right before.

    "rechazó el recurso por considerarlo «improcedente»", "al calificarla «inaceptable»",
    "considerándolo «un error»": the quoted words are the predicate the subject gives
    the thing, partial (``qualifying_verbs.txt`` stems, ``qualifying_ending`` endings).
    """
    if not prev_words or not prev_words[-1].endswith(_enclitics()):
        return False
    word = prev_words[-1]
    return any(
        word.startswith(stem) and word[len(stem) :] in endings_of("qualifying_ending")
        for stem in lines("qualifying_verbs.txt")
    )


#: The most words of an object between a verb of judgement and the quoted predicate.
_JUDGED_OBJECT_WORDS = 3


def _judged_object(prev_words: Sequence[str]) -> bool:
    """Whether a verb of judgement, its object after it, stands right before the quotation.

    "lo que considera una medida «arbitraria»", "calificó la decisión «inaceptable»",
    "juzgó el fallo «injusto»": an object of a determiner and a noun between the verb
    and the quoted adjective, which is the predicate the subject gives it.
    """
    if len(prev_words) < _JUDGED_OBJECT_WORDS or prev_words[-2] not in words_of("determiner"):
        return False
    verb = prev_words[-3]
    return (
        verb in _cue_words("partial_cues.txt")
        or verb in word_set("evaluative_cues.txt")
        or any(
            verb.startswith(stem) and verb[len(stem) :] in endings_of("qualifying_ending")
            for stem in lines("qualifying_verbs.txt")
        )
    ) and not prev_words[-1].endswith(endings_of("verb_like"))


@functools.cache
def _cue_words(name: str) -> frozenset[str]:
    """The one-word cues of lexicon ``name``."""
    return frozenset(words[0] for size, group in _cue_list(name) if size == 1 for words in group)
