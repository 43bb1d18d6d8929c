"""Clause cues: the writer's clause of saying or judging that a quotation stands in.

"dijo que «…»", "según la fiscal, el acusado mostró «…»", "al señalar que «…»",
"advirtió: «…»", "reconoció los «…»": the rules of ``docs/quotes.md`` (Kinds) that
read the verb, the "que" or the colon before a quotation, and the object a reporting
verb takes, for a direct or a partial quotation.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import regex

from noticiaparse._extract.quote_words import (
    ALNUM_RUN,
    POSITION_WORDS,
    WORDS_BEFORE_REACH,
    before_words,
    finite,
    incises,
    pronoun_of,
)
from noticiaparse._reading import (
    TokenIndex,
    endings_of,
    reporting_infinitives,
    reporting_participle,
    reporting_verb,
    word_set,
    words_of,
)
from noticiaparse._reading.subjects import main_subject, spoken_object
from noticiaparse._reading.vocabulary import closed_set
from noticiaparse._text.lexicons import by_first, lines
from noticiaparse._text.sentences import sentence_start as sentence_start_of

__all__ = [
    "COLON_REACH",
    "CONNECTOR_REACH",
    "QUE_CUT_REACH",
    "colon_claim",
    "credited",
    "cue_close",
    "cue_object",
    "fragment_ahead",
    "in_que_clause",
    "infinitive_near",
    "infinitive_que",
    "line_goes_on",
    "opening_verb_object",
    "opinion_lead_at",
    "own_view",
    "que_open",
    "reported_before",
    "said_clause",
    "said_object",
    "verb_que_at",
]


#: How far back from a quotation its "que" and the adverbial after it are read.
QUE_CUT_REACH = 160


#: A verb's "que" a few words before a quotation, no punctuation between: "señaló que
#: si «…»", "dijo que el ministro «…»" — the quotation is inside the clause.
_IN_QUE = regex.compile(r"(\p{L}++)[ \t]++que\b([^,.;:!?¿¡«»“”‘’\"\n]{1,40}+)$")
#: The most words between a verb's "que" and a quotation inside its clause.
_IN_QUE_WORDS = 3


def in_que_clause(text: str, pos: int, floor: int) -> bool:
    """Whether a quotation stands inside the "que" clause of a verb of saying.

    "señaló que si «Usted agarra…»", "dijo que el ministro «…»": a few words after the
    verb's "que", no punctuation between, the quoted words go on the reported clause.
    A relative's "que" after a noun ("un afiche que decía «…»") opens no such clause,
    and a verb of the clause's own between makes the quotation its complement ("diría
    que cuando apareció «…»", "piden que se les llame «…»").
    """
    match = _IN_QUE.search(text, max(floor, pos - QUE_CUT_REACH), pos)
    if match is None or not reporting_verb(match.group(1).lower()):
        return False
    between = match.group(2).split()
    return 0 < len(between) <= _IN_QUE_WORDS and not any(
        word in words_of("clitic") or (word.islower() and word.endswith(endings_of("verb_like")))
        for word in between
    )


def said_clause(prev_words: Sequence[str], words: Sequence[str]) -> bool:
    """Whether words in small letters after a colon are a clause a verb of saying gives.

    "La senadora remarcó: «lo que pasó es gravísimo…»": a finite verb among three
    words or more after a reporting verb and its colon is the speaker's sentence, its
    capital lost; "pidió tres cosas: «más recursos…»" lists what was asked, a fragment.
    """
    return (
        bool(prev_words)
        and (reporting_verb(prev_words[-1]) or _stance_before(prev_words))
        and len(words) >= POSITION_WORDS
        and any(not word[:1].isupper() and finite(word) for word in words)
    )


def _stance_before(prev_words: Sequence[str]) -> bool:
    """Whether a copula and an adjective of how words were said end ``prev_words``.

    "El ministro fue claro: «vamos a seguir…»", "se mostró tajante:"
    (``stance_adjectives.txt``): what the colon opens is what was said.
    """
    return (
        len(prev_words) > 1
        and prev_words[-1] in word_set("stance_adjectives.txt")
        and (prev_words[-2] in words_of("copula") or prev_words[-2] == "mostró")
    )


@functools.cache
def _crediting_phrases() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The phrases of ``crediting_phrases.txt`` by their first word."""
    phrases = (tuple(line.split()) for line in lines("crediting_phrases.txt"))
    return by_first((phrase[0], phrase) for phrase in phrases)


def own_view(text: str, pos: int) -> bool:
    """Whether the sentence before ``pos`` opens on a crediting phrase with a possessive.

    "En su opinión, el Gobierno ha «fracasado»", "A su juicio, los jueces actuaron «con
    prisa»", "En sus palabras, …" (the phrases of ``crediting_phrases.txt`` that hold a
    possessive, ``possessive`` in ``closed_sets.tsv``): the view is the
    one's the text goes on about, never the clause's subject's.
    """
    lo = sentence_start_of(text, pos, 0, reach=WORDS_BEFORE_REACH * 2)
    words = [w.lower() for w in ALNUM_RUN.findall(text, lo, min(pos, lo + _OWN_VIEW_REACH))]
    return any(
        not closed_set("possessive").isdisjoint(phrase) and tuple(words[: len(phrase)]) == phrase
        for phrase in _crediting_phrases().get(words[0] if words else "", ())
    )


#: How far from the sentence's start the crediting phrase of :func:`own_view` is read.
_OWN_VIEW_REACH = 40


def credited(text: str, pos: int, floor: int) -> bool:
    """Whether the writer's sentence before ``pos`` credits someone with what it says.

    "Según la jueza, el acusado actuó con «total frialdad»", "El acusado, de acuerdo con
    la fiscal, mostró «frialdad»" (``crediting_phrases.txt``), "Para la oposición, el
    proyecto es «inconstitucional»" (an opinion's lead opening the sentence, before a
    determiner or a name): a fragment quoted there is the credited one's words.
    """
    lo = sentence_start_of(text, pos, floor, reach=WORDS_BEFORE_REACH * 2)
    found = ALNUM_RUN.findall(text, lo, pos)
    # "a juicio del vocero": a contraction holds the phrase's last word
    words = [_UNCONTRACTED.get(w.lower(), w.lower()) for w in found]
    phrases = _crediting_phrases()
    for k, word in enumerate(words):
        for phrase in phrases.get(word, ()):
            if tuple(words[k : k + len(phrase)]) == phrase:
                return True
    # "Para la oposición, …", after a connector too: "En tanto, para el vocero, …"
    lead = opinion_lead_at(text, lo, pos)
    return (
        len(words) > lead + 1
        and words[lead] in words_of("opinion_lead")
        and (
            words[lead + 1] in words_of("determiner")
            or found[lead + 1][:1].isupper()
            # "Para ella, se trata de una «…»": the pronoun stands for the one credited
            or pronoun_of(words[lead + 1]) is not None
            or words[lead + 1] in closed_set("group_pronoun")
        )
        # "Para el exministro se trata de un «…»": no comma, a judgement's verb after it
        and (text.find(",", lo, pos) >= 0 or _judged(found[lead + 1 :], words[lead + 1 :]))
    )


def _judged(found: Sequence[str], words: Sequence[str]) -> bool:
    """Whether an opinion's lead with no comma names a holder, then a judgement's verb.

    "Para el exministro Vidal se trata de un «…»", "Para la Cámara de Comercio esto es
    un «…»": a name (a capital) or a role
    (``role_words.txt``) before "se trata de" or a copula credits its holder with what
    follows; "Para el año próximo la meta es «…»" names no one.
    """
    for k, word in enumerate(words):
        if word in words_of("copula") or (word == "trata" and k > 0 and words[k - 1] == "se"):
            return any(
                w[:1].isupper() or w.lower() in word_set("role_words.txt") for w in found[:k]
            )
    return False


#: The contractions of a preposition and the article: "del" holds "de", "al" holds "a".
_UNCONTRACTED = {"del": "de", "al": "a"}


def opinion_lead_at(text: str, lo: int, pos: int) -> int:
    """The index of the sentence's word that may open an opinion's lead ("Para X, …").

    The first word, or the one after a connector set off by a comma at the sentence's
    head ("En tanto, para el vocero, …", "Sin embargo, para la oposición, …": the
    ``incise`` of ``function_words.tsv``, up to three words).
    """
    comma = text.find(",", lo, min(pos, lo + CONNECTOR_REACH))
    if comma < 0:
        return 0
    head = [w.lower() for w in ALNUM_RUN.findall(text, lo, comma)]
    return len(head) if " ".join(head) in words_of("incise") else 0


#: How far into a sentence a connector's comma may stand ("Sin embargo, ").
CONNECTOR_REACH = 30


#: "…de indicar que…", "al señalar que…": an infinitive or gerund of saying and its "que".
_NONFINITE_QUE = regex.compile(r"\b(\p{Ll}{4,16})\s+que\b")


def infinitive_que(text: str, pos: int, floor: int) -> bool:
    """Whether a "que" clause of an infinitive or gerund of saying holds the quotation.

    "…, a la vez de indicar que el alcalde estaba «muy cambiado»", "tras advertir que la
    obra es «inviable»", "asegurando que el plan «no sirve»": the quoted words go on the
    clause the verb of saying introduces, partial.
    """
    lo = sentence_start_of(text, pos, floor, reach=WORDS_BEFORE_REACH * 2)
    for match in _NONFINITE_QUE.finditer(text, lo, pos):
        word = match.group(1)
        if word in reporting_infinitives() or (
            word.endswith(endings_of("gerund")) and reporting_verb(word)
        ):
            return True
    return False


@functools.cache
def _que_verbs() -> frozenset[str]:
    """The verbs besides the reporting ones whose "que" clause holds their subject's view.

    Verbs of thinking (``opinion_verbs.txt``: "entendió que", "teme que") and of
    rulings (``ruling_verbs.txt``: "dispuso que", "determinó que").
    """
    return frozenset(lines("opinion_verbs.txt")) | frozenset(lines("ruling_verbs.txt"))


def _que_verb(word: str) -> bool:
    """Whether ``word`` is a verb whose "que" opens what its subject says or holds."""
    return reporting_verb(word) or word in _que_verbs()


#: The most words between a verb and the "que" it introduces ("aseguró a los medios
#: presentes que").
_QUE_VERB_WORDS = 5
#: How far back (characters) the "que" of a clause holding a quotation is looked for.
_QUE_OPEN_REACH = 320
#: What cuts a "que" clause in pieces before a quotation: asides and adjuncts.
_ASIDE_CUT = regex.compile(r"[,()—–]")
#: What ends the writer's clause before a quotation: it holds no "que" clause any more
#: (a full stop, a scrape's markup "[/caption]", a colon, another quotation).
_CLAUSE_ENDS = frozenset('.!?;:[]«»“”"')


def verb_que_at(text: str, pos: int, floor: int) -> int:
    """The end of the last "que" a verb of saying or thinking introduces before ``pos``.

    "aseguró a los medios que", "la jueza entendió que", "dijo ayer en la radio que":
    the verb stands up to five words before its "que" (``_QUE_VERB_WORDS``), in the
    quotation's sentence, or a noun for what was said and "de" do (:func:`_said_noun_de`);
    -1 when there is none.
    """
    lo = sentence_start_of(text, pos, floor, reach=_QUE_OPEN_REACH)
    at = pos
    while True:
        at = text.rfind("que", lo, at)
        if at < 0:
            return -1
        end = at + 3
        if (at == lo or not text[at - 1].isalnum()) and (end >= pos or not text[end].isalnum()):
            head = [w.lower() for w in ALNUM_RUN.findall(text, lo, at)][-_QUE_VERB_WORDS:]
            if "que" in head:  # "explicó que el plan, que…": the relative's verb is no cue
                head = head[len(head) - head[::-1].index("que") :]
            if any(map(_que_verb, head)) or _said_noun_de(head):
                return end


def _said_noun_de(head: Sequence[str]) -> bool:
    """Whether a noun for what was said and its "de" stand right before a "que".

    "su advertencia de que la reforma es «inviable»", "las declaraciones del ministro
    de que hubo «fraude»", "lo expresado por el regidor de que…": the clause after "de
    que" is the content of what was said (``speech_nouns.txt``, a reporting participle).
    """
    return (
        bool(head)
        and head[-1] == "de"
        and any(w in word_set("speech_nouns.txt") or reporting_participle(w) for w in head)
    )


def que_open(text: str, pos: int, floor: int) -> bool:
    """Whether a quotation completes a "que" clause still open before it.

    "El ministro dijo que la reforma del sistema de pensiones «Es lo mejor…»", "sostuvo
    que el acusado, quien tenía antecedentes, «actuó con frialdad…»", "advirtió que si
    el Congreso no aprueba el presupuesto, «el país se quedará…»", "afirmó que, tras la
    reunión, «Vamos a destinar…»": the verb's "que" opened a clause whose subject, an
    aside or an adjunct stand before the marks and whose verb is inside them, so the
    quoted words finish the writer's sentence, partial however long. Pieces set off
    by commas that open on a relative, a subordinating conjunction or a preposition
    are asides or adjuncts; a piece with a finite verb of its own before a comma closes
    the clause ("recalcó que la situación es compleja, «estamos…»" gives a sentence of
    the speaker's own). Quoted words glued to the clause's last word go on with it.
    """
    start = verb_que_at(text, pos, floor)
    if start < 0 or any(c in _CLAUSE_ENDS for c in text[start:pos]):
        return False
    pieces = _ASIDE_CUT.split(text[start:pos])
    if pieces[-1].strip():
        return True  # "que la reforma «Es…»": no comma, the quotation goes on the clause
    openers = words_of("relative") | word_set("governing_words.txt") | words_of("preposition")
    for piece in pieces[:-1]:
        found = ALNUM_RUN.findall(piece)
        if not found or found[0].lower() in openers or found[0].lower() == "como":
            continue  # an aside or an adjunct: it ends no clause
        if any(not w[:1].isupper() and finite(w) for w in found):
            return False  # "que la situación es compleja, «…»": a clause of its own
    return True


#: How far back (characters) the last word of the line before a quotation is read.
_LINE_END_REACH = 40


def line_goes_on(text: str, floor: int, pos: int) -> bool:
    """Whether a quotation opening its line finishes a sentence the line before left open.

    "El presidente aseguró que¶«Vamos a llevar adelante…»", "afirmó que, tras la
    reunión con los alcaldes,¶«Vamos a destinar…»": a line that ends on "que", a
    preposition, an article or a subordinating conjunction, or on a comma inside an
    open "que" clause (:func:`que_open`), goes on in the quotation, a scrape's line
    break in the middle of the writer's sentence.
    """
    if text[floor:pos].strip():
        return False
    end = floor
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end == floor and (end == 0 or text[end] != "\n"):
        return False  # no line break before the quotation
    if end == 0:
        return False
    if text[end - 1] == ",":
        return que_open(text, end, 0)
    last = ALNUM_RUN.findall(text, max(0, end - _LINE_END_REACH), end)[-1:]
    return (
        bool(last)
        and text[end - 1].isalnum()
        and (
            last[0].lower() == "que"
            or last[0].lower() in words_of("preposition")
            or last[0].lower() in words_of("article")
            or last[0].lower() in word_set("governing_words.txt")
        )
    )


#: The most words between a sentence's opening verb and a fragment in its object.
_OPENING_OBJECT_WORDS = 8


def opening_verb_object(text: str, pos: int, floor: int, prev_words: Sequence[str]) -> bool:
    """Whether a fragment stands in the object of a reporting verb that opens its sentence.

    Spanish drops the subject that goes on from the sentence before: "«…», dijo el
    ministro. Luego criticó a la oposición por su postura «irresponsable»", "Además,
    denunció un «abandono total»": the verb (a finite past, after a connector or an
    adverb of ``function_words.tsv`` and clitics) opens the sentence, and the fragment
    in its object is the speaker's word, however far the speaker was named. Not after a
    definite article, a contraction or a demonstrative (``definite_leads.txt``), and no
    relative, conjunction or comma between the verb and the fragment.
    """
    if prev_words and prev_words[-1] in word_set("definite_leads.txt"):
        return False
    lo = sentence_start_of(text, pos, floor, reach=WORDS_BEFORE_REACH)
    found = list(ALNUM_RUN.finditer(text, lo, pos))
    if not found or not found[0].group()[:1].isupper():
        return False
    k = 0
    for phrase in incises():  # "En tanto, pidió", "Por su parte, denunció"
        if tuple(m.group().lower() for m in found[: len(phrase)]) == phrase:
            k = len(phrase)
            break
    else:
        k = 1 if found[0].group().lower() in words_of("adverb") else 0
    if k == 0 and "," in text[lo:pos]:
        # "Durante la visita, denunció un «…»": an adjunct set off by a comma
        end = _adjunct_end(text, found[0].start(), pos)
        while k < len(found) and found[k].start() < end:
            k += 1
    while k < len(found) and found[k].group().lower() in words_of("clitic"):
        k += 1  # "Luego la calificó", "Además se refirió"
    if k >= len(found) or len(found) - k - 1 > _OPENING_OBJECT_WORDS:
        return False
    verb = found[k].group().lower()
    if not (reporting_verb(verb) and verb.endswith(endings_of("verb_like"))):
        return False
    stops = words_of("relative") | words_of("conjunction")
    return "," not in text[found[k].end() : pos] and not any(
        m.group().lower() in stops for m in found[k + 1 :]
    )


#: How far before a quotation the colon that introduces its claim may stand.
COLON_REACH = 120
#: How many words before a colon its stance adjective or reporting verb may stand.
_COLON_CUE_WORDS = 3


#: The most words of a speaker's name a headline sets as its label before a colon.
_LABEL_WORDS = 3


def colon_claim(text: str, pos: int, floor: int) -> bool:
    """Whether a colon before the quotation closes a clause that introduces a claim.

    "El expresidente fue categórico: el acuerdo es «inaceptable»", "la jueza se mostró
    tajante: no hubo «ningún error»", "el ministro lo dijo así: la medida es
    «temporal»": a reporting verb, or a copula and an adjective of how the words
    were said (``stance_adjectives.txt``), right before the colon, or a name alone
    opening the sentence (a headline's label: "Milei: la inflación es un «robo»"); the
    clause after it is the speaker's claim, and a fragment quoted in it is theirs.
    """
    colon = text.rfind(":", max(floor, pos - COLON_REACH), pos)  # the gate: most have none
    if colon < 0:
        return False
    lo = sentence_start_of(text, pos, floor, reach=_QUE_OPEN_REACH)
    if colon < lo or any(c in _CLAUSE_ENDS for c in text[colon + 1 : pos]):
        return False
    found = ALNUM_RUN.findall(text, lo, colon)
    if 0 < len(found) <= _LABEL_WORDS and all(w[:1].isupper() and not w.isupper() for w in found):
        # "Milei: la inflación es un «robo»": a headline's label, its speaker ("TOROS:", in
        # capitals, is a section's)
        return True
    head = [w.lower() for w in found][-_COLON_CUE_WORDS:]
    if not head:
        return False
    if head[-1] in word_set("stance_adjectives.txt"):
        return _stance_before(head)
    return any(reporting_verb(w) for w in head) and head[-1] not in words_of("article")


def cue_close(text: str, pos: int, floor: int) -> bool:
    """Whether a reporting verb or "según" stands within a few words before ``pos``."""
    words = before_words(text, pos, floor)[-_CUE_REACH:]
    return any(w == "según" or reporting_verb(w) or reporting_participle(w) for w in words)


def cue_object(text: str, pos: int, floor: int) -> bool:
    """Whether a reporting verb a few words before ``pos`` has the quotation in its object.

    Agency style quotes the speaker's own words inside the object of the reporting
    verb: "ha lamentado el «grave error»", "ha expresado su «cercanía»", "ha subrayado
    la necesidad de «acelerar»", "lamentó un «fraude masivo»" are partial. Only a finite
    past, a perfect or an infinitive after its periphrasis ("se limitó a manifestar
    «respeto»", "volvió a denunciar un «fraude»"; a present such as "denuncia", "condena"
    is a noun as often), with
    its subject before it (not an incise: "«…», dijo el juez del «caso X»"), no "se"
    (nobody speaks in "se reconocieron los «…»"), no relative (the writer describes:
    "una firma que le recomendó una política «dura»") and no comma before the quotation.
    """
    words = before_words(text, pos, floor)[-_CUE_REACH - 2 :]
    for k in range(len(words) - 1, max(-1, len(words) - _CUE_REACH - 1), -1):
        word = words[k]
        perfect = k > 0 and words[k - 1] in words_of("auxiliary") and reporting_participle(word)
        if not (
            perfect
            or (reporting_verb(word) and word.endswith(endings_of("verb_like")))
            # a present after its subject, no determiner or preposition before it ("El
            # documento advierte de un «…»"; "la denuncia de un «…»" is a noun), no
            # definite article before the fragment ("denuncian la «funa»" names a thing)
            or (
                reporting_verb(word)
                and k > 0
                and words[-1] not in word_set("definite_leads.txt")
                and words[k - 1] not in words_of("article")
                and words[k - 1] not in words_of("determiner")
                and words[k - 1] not in words_of("preposition")
                and words[k - 1] not in word_set("describing_words.txt")
            )
            # "se limitó a manifestar «respeto»": in a periphrasis, its subject the main one's
            or (
                k > 0
                and word in reporting_infinitives()
                and words[k - 1] in words_of("periphrasis_link")
            )
        ):
            continue
        verb = k - 1 if perfect else k
        while verb > 0 and words[verb - 1] in words_of("clitic") and words[verb - 1] != "se":
            verb -= 1  # "que le recomendó": the clitic stands before the verb
        if verb > 0 and words[verb - 1] in word_set("describing_words.txt"):
            return False  # "se reconocieron los «…»", "que le recomendó": the writer describes
        start = text.rfind(word, floor, pos)
        head = text[sentence_start_of(text, start, floor) : start].rstrip()
        if start < 0 or "," in text[start:pos]:
            return False
        # "El ministro, que participó del acto, destacó el «…»": the comma closes an
        # aside after the main clause's subject, whose verb this is
        return (
            head[-1:] not in _INCISE_MARKS
            or _main_verb_at(text, pos, floor) == start
            # "Por otro lado, lamentó la «…»": a connector opens the sentence, the subject
            # dropped goes on from the sentence before
            or tuple(w.lower() for w in ALNUM_RUN.findall(head)) in incises()
            # "En la ocasión, criticó la «…»": so does an adjunct set off by a comma
            or _adjunct_end(head, 0, len(head)) == len(head)
        )
    return False


def _adjunct_end(text: str, lo: int, hi: int) -> int:
    """Where the adjuncts that open the sentence at ``lo`` end (after their comma), else ``lo``.

    Spanish drops a subject that goes on from the sentence before, and sets off the
    time, place or circumstance before its verb: "En la ocasión, criticó…", "Durante
    la visita al penal, denunció…", "Más tarde, en la conferencia, lamentó…". Each
    piece opens on a preposition, an adverb or a connector (``function_words.tsv``)
    and runs a few words up to its comma; two pieces at most. No subject stands
    before the verb then.
    """
    end = lo
    for _ in range(_ADJUNCT_PIECES):
        comma = text.find(",", end, hi)
        if comma < 0:
            break
        words = [w.lower() for w in ALNUM_RUN.findall(text, end, comma)]
        if not (
            0 < len(words) <= _ADJUNCT_WORDS
            and (words[0] in _adjunct_openers() or tuple(words) in incises())
        ):
            break
        end = comma + 1
        while end < hi and text[end] == " ":
            end += 1
    return end


@functools.cache
def _adjunct_openers() -> frozenset[str]:
    """The words an adjunct opening a sentence opens on ("en", "durante", "luego")."""
    return words_of("preposition") | words_of("adverb") | words_of("adverbial_opener")


#: How many adjuncts, and how many words each, may open a sentence before its verb.
_ADJUNCT_PIECES = 2
_ADJUNCT_WORDS = 7


def infinitive_near(prev_words: Sequence[str]) -> bool:
    """Whether a reporting verb's infinitive stands within the cue's reach before a quotation."""
    return any(w in reporting_infinitives() for w in prev_words[-_CUE_REACH - 1 :])


def _main_verb_at(text: str, pos: int, floor: int) -> int:
    """Where the verb of the main clause holding ``pos`` stands, -1 with none found."""
    found = main_subject(text, pos, floor)
    return -1 if found is None else found[1]


def said_object(
    text: str, pos: int, floor: int, prev_words: Sequence[str], index: TokenIndex | None = None
) -> bool:
    """Whether a lower-case fragment is the speaker's word in the object of the main verb.

    "La fiscal del caso pidió para los imputados una condena «ejemplar»", "Los vecinos,
    cansados de los cortes, exigieron una «solución definitiva»"
    (:func:`~noticiaparse._reading.subjects.spoken_object`); not after a definite
    article, a demonstrative or a contraction: "Los vecinos denuncian la «funa»"
    names a thing by its coined word.
    """
    if prev_words and prev_words[-1] in word_set("definite_leads.txt"):
        return False
    return spoken_object(text, pos, floor, index)


#: What stands before a verb whose subject follows it ("«…», dijo el instructor del…").
_INCISE_MARKS = ',»”"—–-'


#: How many words before a quotation its cue may stand to govern it as a fragment.
_CUE_REACH = 4


def reported_before(text: str, pos: int, floor: int) -> bool:
    """Whether the sentence before the quotation's, in its paragraph, reports speech.

    "La fiscal explicó que los imputados actuaron de noche. Los hechos son
    «gravísimos»": a fragment the writer quotes in the sentence right after one that
    gives a speaker's words goes on giving them (the speaker goes on, as after a
    direct quotation). The sentence before holds a reporting verb in a finite past or
    a present after a word that is no determiner or preposition ("la denuncia" is a
    noun), and no quotation: a paragraph's sentence of the writer's own credits nobody.
    """
    lo = sentence_start_of(text, pos, floor)
    if lo <= floor or lo - floor < _REPORTED_MIN:
        return False
    start = sentence_start_of(text, lo - 2, floor)
    if any(mark in text[start:lo] for mark in _MARK_CHARS):
        return False
    last = ""
    for found in ALNUM_RUN.finditer(text, start, lo):
        word = found.group().lower()
        if reporting_verb(word) and (
            word.endswith(endings_of("verb_like"))
            or (last and last not in words_of("determiner") and last not in words_of("preposition"))
        ):
            return True
        last = word
    return False


#: The fewest characters a sentence before the quotation's holds.
_REPORTED_MIN = 12
#: The quote marks that tell a sentence gives a quotation of its own.
_MARK_CHARS = '«»“”"‘’'


def fragment_ahead(text: str, close_at: int) -> bool:
    """Whether a fragment of someone's words is quoted later in the quotation's sentence.

    "La helada «arruinó» la cosecha y forzó a los productores a pedir «un crédito de
    emergencia»": a quotation of three words or more in small letters, later in the
    same sentence (no stop, no line between), is a speaker's words set in the writer's
    sentence; the short one before it, in the same sentence, is that speaker's too, as
    a fragment after a partial one is (the sentence that gives a speaker's words gives
    them throughout).
    """
    found = _AHEAD.match(text, close_at + 1)
    return found is not None and len(found.group(1).split()) >= POSITION_WORDS


#: A later quotation of the sentence opening in small letters: no stop, no line, no
#: other mark before it.
_AHEAD = regex.compile(r"[^.!?;\n«»“”\"]{1,160}+[«“\"](\p{Ll}[^«»“”\".!?\n]{1,200}+)[»”\"]")
