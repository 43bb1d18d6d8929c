"""The filters that drop a reporting verb's subject or a speaker: junk that credits no one.

- a negated perfect reports a statement not made yet ("X no ha expresado que…"), as
  does any negated reporting verb but a litotes that states ("no descartó que…")
  (:func:`not_yet_said`);
- a reporting verb in its sense of an act credits no one ("La alcaldesa contó con el
  apoyo de los vecinos": :func:`act_sense`), nor one that reports only after a
  quotation, in a compound tense (:func:`quote_only_participles`);
- a sentence's topic is not its subject ("Sobre el ministro del Interior, …, se mostró
  contraria…": :func:`topic`);
- a name set in apposition to a preposition's object is not the subject of the verb
  after it ("El atentado contra el jefe de la policía, Omar Ruiz, evidenció…":
  :func:`object_apposition`).
"""

from __future__ import annotations

import functools

import regex

from noticiaparse._extract.source_search import QUE_SOON
from noticiaparse._extract.source_words import NEXT_WORD, VERB_FIRST
from noticiaparse._reading import PERSON, Attribution, Phrase, word_set, words_of
from noticiaparse._reading.vocabulary import endings_of, reporting_lemmas
from noticiaparse._text.lexicons import lines, rows
from noticiaparse._text.sentences import sentence_start

__all__ = ["act_sense", "not_yet_said", "object_apposition", "quote_only_participles", "topic"]


@functools.cache
def _topic_leads() -> frozenset[str]:
    return frozenset(lines("topic_leads.txt"))


@functools.cache
def _topic_lasts() -> frozenset[str]:
    """The words the topic leads close on, right before the topic."""
    return frozenset(lead.split()[-1] for lead in _topic_leads())


@functools.cache
def _topic_firsts() -> frozenset[str]:
    """The words the topic leads open on, looked for before anything else is read."""
    return frozenset(lead.split()[0] for lead in _topic_leads())


#: "no ha dicho", "no han confirmado", "no había comentado": a statement not made.
_NOT_YET = regex.compile(r"\bno\s+(?:se\s+)?(?:ha|han|había|habían)\s+$", regex.IGNORECASE)


#: "no" right before a verb, a clitic between: "no respondió", "no lo explicó", "no se lo dijo".
_NEGATED = regex.compile(
    r"\bno[ \t]+(?:(?:se|lo|la|los|las|le|les|me|nos)[ \t]+){0,2}$", regex.IGNORECASE
)


_NEGATION_REACH = 16


@functools.cache
def _que_only_verbs() -> frozenset[str]:
    return frozenset(lines("que_only_verbs.txt"))


def not_yet_said(text: str, attribution: Attribution) -> bool:
    """Whether a reporting verb says that nothing was said: "X no ha expresado que…".

    A negated perfect ("no ha dicho", "no han confirmado", "no se ha pronunciado")
    reports a statement not made yet: its subject is credited with nothing; so does any
    negated reporting verb ("no respondió a las críticas", "no lo explicó") but one of
    ``affirming_negations.txt``, a litotes that states ("no descartó que…", "no negó
    que…"). A verb that reports only before
    "que" (``que_only_verbs.txt``) is an act with an object ("constataron su muerte").
    """
    start = attribution.cue_start
    if attribution.cue.lower() in _que_only_verbs():
        # "los médicos constataron su muerte": an act; "constató que…" a finding
        return QUE_SOON.match(text, attribution.cue_end) is None
    if _NOT_YET.search(text, max(0, start - 20), start) is not None:
        return True
    if _NEGATED.search(text, max(0, start - _NEGATION_REACH), start) is None:
        return False
    entry = reporting_lemmas().get(attribution.cue.lower())
    # "no respondió a las críticas": nothing said; "no descartó que…": a litotes, said
    return entry is None or entry[0] not in word_set("affirming_negations.txt")


@functools.cache
def _act_senses() -> dict[str, frozenset[str]]:
    return {row[0]: frozenset(row[1].split()) for row in rows("act_senses.tsv")}


@functools.cache
def quote_only_participles() -> frozenset[str]:
    """The participles of the verbs that report only after a quotation ("cerrado").

    "«…», cerró el ministro" reports; "El banco ha cerrado el ejercicio con pérdidas",
    "ha seguido", "ha lanzado" do not: a verb ``reporting_verbs.tsv`` marks
    ``after-quote`` in every form reports in no compound tense, where no quotation
    stands before it.
    """
    quote_only: dict[str, bool] = {}
    for lemma, after_quote in reporting_lemmas().values():
        quote_only[lemma] = quote_only.get(lemma, True) and after_quote
    stems = {ending: stem for ending, stem, kind in rows("participles.tsv") if kind == "regular"}
    return frozenset(
        lemma[:-2] + stems[lemma[-2:]] + agreement
        for lemma, only in quote_only.items()
        if only and lemma[-2:] in stems
        for agreement in endings_of("agreement")
    )


def act_sense(text: str, attribution: Attribution) -> bool:
    """Whether a reporting verb is used in its sense of an act (``act_senses.tsv``).

    "La alcaldesa contó con el apoyo de los vecinos", "El ministro sostuvo una
    reunión", "La atleta destacó entre las finalistas", "La víctima respondía al nombre
    de Ana Paz": the word (or two) after the verb gives the act, which credits no one.
    Only where the subject stands before the verb (or is dropped): "«…», contó con voz
    quebrada la vecina" is her statement.
    """
    acts = _act_senses().get(attribution.cue.lower())
    if acts is None:
        return False
    following = NEXT_WORD.match(text, attribution.cue_end)
    if following is None:
        return False
    word = following.group(1).lower()
    if word not in acts and not _act_locution(text, following.end(), word, acts):
        return False
    phrase = attribution.phrase
    if phrase is not None:
        return phrase.end <= attribution.cue_start
    before = text[max(0, attribution.cue_start - 4) : attribution.cue_start].rstrip(" \t")
    return not before or before[-1] not in VERB_FIRST


def _act_locution(text: str, at: int, word: str, acts: frozenset[str]) -> bool:
    """Whether ``word`` and the word after it (at ``at``) are an act of ``acts``.

    An act two words give is written with "_" in ``act_senses.tsv``: "respondía al
    nombre de Ana Paz" is being named ("al_nombre"), "respondió al ministro" an answer.
    """
    if not any(act.startswith(word + "_") for act in acts):
        return False
    second = NEXT_WORD.match(text, at)
    return second is not None and f"{word}_{second.group(1).lower()}" in acts


#: How far (characters) before a phrase its sentence's topic lead is looked for.
_TOPIC_REACH = 30


def topic(text: str, phrase: Phrase) -> bool:
    """Whether ``phrase`` is a sentence's topic: after "Sobre", "Respecto a", "En cuanto a".

    "Sobre el ministro del Interior, Fernando Ruiz, se mostró contraria…": the phrase
    is what the sentence is about; the subject is someone else.
    """
    window = text[max(0, phrase.start - _TOPIC_REACH) : phrase.start].lower()
    last = window.rsplit(None, 1)[-1:]
    if not last or last[0] not in _topic_lasts():
        return False  # the lead ends right before the phrase, on "a", "de", "sobre"…
    if not any(lead in window for lead in _topic_firsts()):
        return False
    lo = sentence_start(text, phrase.start, 0, reach=_TOPIC_REACH)
    lead = " ".join(text[lo : phrase.start].split()).lower()
    return lead in _topic_leads()


#: A word of the text, for reading the phrase before an apposition.
_WORD = regex.compile(r"\p{L}+")
#: How many words an apposition's noun may stand before its comma ("del secretario de
#: Seguridad Pública del gobierno del estado de Jalisco, Omar Ruiz, …").
_APPOSITION_WORDS = 12
#: How far before a name its apposition's comma is looked for (the comma and spaces).
_COMMA_REACH = 3


@functools.cache
def _apposed_nouns() -> frozenset[str]:
    """The nouns of a person's role or relation a name is set in apposition to."""
    return word_set("role_words.txt") | word_set("people_nouns.txt")


@functools.cache
def _object_leads() -> frozenset[str]:
    return frozenset(lines("object_leads.txt"))


@functools.cache
def _object_locutions() -> frozenset[str]:
    return frozenset(lines("object_locutions.txt"))


def object_apposition(text: str, phrase: Phrase, verb_at: int) -> bool:
    """Whether ``phrase``, a name before the verb at ``verb_at``, renames a preposition's object.

    "El atentado contra el secretario de Seguridad, Omar Ruiz, evidenció la crisis",
    "La carta al ministro de Salud, Ana Paz, pide…", "La denuncia en contra del alcalde,
    Juan Soto, reveló…": the name renames the role the preposition governs
    (``object_leads.txt``, or a locution closing on "de" or "a":
    ``object_locutions.txt``), and the verb's subject is the phrase the preposition
    hangs from ("el atentado", "la carta"), never the person, whom the article only
    talks about. A clause that opens on a person ("El adolescente acusado de herir a
    un compañero, Luis Soto, afirmó…") sets the name beside its subject, across the
    words that describe it. Only a bare name between two commas is an apposition ("Consultado
    por periodistas, el secretario Hugo Lara dijo" has a subject of its own); a role
    after "de" alone is not read so ("La madre del menor, Rosa Díaz, dijo": the name
    is the whole phrase's).

    Examples:
        >>> from noticiaparse._text.span import Span
        >>> text = "El atentado contra el jefe de la policía, Omar Ruiz, evidenció la crisis."
        >>> phrase = Phrase(42, 51, PERSON, name=Span(42, 51))
        >>> object_apposition(text, phrase, 53)
        True
        >>> text = "El jefe de la policía, Omar Ruiz, dijo que sí."
        >>> phrase = Phrase(23, 32, PERSON, name=Span(23, 32))
        >>> object_apposition(text, phrase, 34)
        False
    """
    if (
        phrase.kind != PERSON
        or phrase.name is None
        or phrase.name[0] != phrase.start  # "el secretario Hugo Lara": a subject of its own
        or phrase.end > verb_at
        or text[phrase.end : verb_at].strip() != ","  # an apposition closes on a comma
        or not text[max(0, phrase.start - _COMMA_REACH) : phrase.start].rstrip().endswith(",")
    ):
        return False
    comma = text.rfind(",", 0, phrase.start)
    lo = sentence_start(text, comma, 0)
    written = [m.group() for m in _WORD.finditer(text, lo, comma)]
    words = [word.lower() for word in written]
    nouns = _apposed_nouns()
    if len(words) > 1 and words[0] in words_of("determiner") and words[1] in nouns:
        return False  # "El adolescente acusado de matar a un compañero, X, afirmó": the subject's
    for k in range(len(words) - 1, max(-1, len(words) - 1 - _APPOSITION_WORDS), -1):
        if words[k] not in nouns or (k > 0 and written[k][0].isupper()):
            continue  # "Seguridad Ciudadana": a word of an institution's name
        j = k - 1 if k > 0 and words[k - 1] in words_of("determiner") else k
        lead = words[j - 1] if j > 0 else ""
        if lead in {"de", "del", "a", "al"} and j > 1 and words[j - 2] in _object_locutions():
            return True  # "en contra del secretario", "frente al alcalde"
        if lead not in {"de", "del"}:
            # the role the name renames: "de la policía" after "el jefe" is its complement
            return lead in _object_leads()
    return False
