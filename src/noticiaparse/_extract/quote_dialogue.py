"""Dialogue: who speaks each dash line, and each labelled turn of an interview.

The speaker of a dash line no incise attributes, from the alternation of the lines
before it (``docs/quotes.md``, Dialogue turns and Answers), and of an interview's turns
by their labels and initials (Interviews).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from noticiaparse._extract.quote_said import Said
from noticiaparse._model import QuoteKind
from noticiaparse._reading import (
    MEDIA,
    PERSON,
    Cast,
    Credit,
    Phrase,
    RawQuote,
    Turn,
    media_type,
    reporting_lemmas,
    word_set,
)
from noticiaparse._reading.interviews import first_person_verb
from noticiaparse._text.lazy import lazy_regex
from noticiaparse._text.span import Span

__all__ = ["Dialogue", "by_initials", "turn_credit", "turn_spans", "within_turn"]


#: What may stand before a dialogue line's words: blanks and the dash that opens it.
_LINE_DASHES = " \t-\u2012\u2013\u2014\u2015\u2212"


def _answering(cue: str) -> bool:
    """Whether the reporting verb ``cue`` answers ("respondió", "contestó", "replicó")."""
    lemma = reporting_lemmas().get(cue.lower())
    return lemma is not None and lemma[0] in word_set("answering_verbs.txt")


#: How far after a question its answer is looked for.
_ANSWER_REACH = 400


#: The turns before a dialogue's line that its speaker alternates with.
_ALTERNATION = 2


class Dialogue:
    """The turns of a story's dash dialogue so far, for the lines no incise attributes.

    Spanish sets each speaker's turn in its own paragraph opened by a dash: in a run of
    such paragraphs, a line with no incise of its own ("—No puede ser.") is the turn of
    the speaker before the last, when the two turns before it, the paragraphs right
    before it, were two different people's ("—¿Cuánto falta? —preguntó Ana.¶—Dos horas
    —respondió Pedro.¶—No puede ser." gives Ana).
    """

    __slots__ = ("_asked", "_cast", "_quoted", "_said", "_text", "_turns")

    def __init__(self, text: str, cast: Cast, quoted: Callable[[int], bool]) -> None:
        self._text = text
        self._cast = cast
        self._quoted = quoted
        #: Each turn so far: where its paragraph starts and ends, its speaker's key, its speaker.
        self._turns: list[tuple[int, int, str, Phrase]] = []
        #: The speaker of each quotation so far, in order.
        self._said: list[Phrase] = []
        #: Where the last quotation closed, when it asked, and its speaker.
        self._asked: tuple[int, Phrase] | None = None

    def _topic(self, pos: int, asker: str) -> Phrase | None:
        """The person the text is about at ``pos`` (:meth:`Cast.last_person`), not the asker."""
        cast = self._cast
        person = cast.last_person(pos, skip=self._quoted)
        if person is None or person.lower() == asker:
            return None
        start, end = cast.people[person]
        return Phrase(start, end, PERSON, name=Span(start, end))

    def answer(
        self,
        raw: RawQuote,
        said: Said | None,
        phrase: Phrase | None,
        last_spoken: tuple[int, Phrase] | None,
    ) -> tuple[Phrase | None, tuple[int, Phrase] | None]:
        """The speaker of ``raw``, the one before the asker when it answers with no subject.

        "«¿Cuándo llegan los médicos?», le preguntó una vecina a la ministra.¶«Pronto»,
        respondió.": a verb of answering (``lexicons/answering_verbs.txt``) with no
        subject of its own, the quotation after a question and within reach of it, is
        never the asker's; it goes to the speaker before the asker.
        """
        if raw.depth:
            return phrase, last_spoken
        asked, self._asked = self._asked, None
        if (
            asked is not None
            and said is not None
            and said.phrase is None
            and said.cue is not None
            and raw.open_at - asked[0] <= _ANSWER_REACH
            and _answering(said.cue)
        ):
            # read only here: the speakers' keys (most quotations ask and answer nothing)
            resolve = self._cast.resolve
            asker = resolve(asked[1]).key
            if phrase is None or resolve(phrase).key == asker:
                other = next(
                    (p for p in reversed(self._said) if resolve(p).key != asker),
                    None,
                ) or self._topic(raw.open_at, asker)
                if other is not None:
                    phrase = other
                    last_spoken = (raw.start, phrase)
        if phrase is not None:
            self._said.append(phrase)
            if self._text[raw.start : raw.end].rstrip().endswith("?"):
                self._asked = (raw.close_at, phrase)
        return phrase, last_spoken

    def turn(
        self,
        raw: RawQuote,
        said: Said | None,
        phrase: Phrase | None,
        last_spoken: tuple[int, Phrase] | None,
    ) -> tuple[Phrase | None, tuple[int, Phrase] | None]:
        """The speaker of the quotation ``raw``, its turn's when it opens a dash line."""
        text = self._text
        if not raw.dash:
            return phrase, last_spoken
        start = text.rfind("\n", 0, raw.open_at) + 1
        if text[start : raw.open_at].strip(_LINE_DASHES):
            return phrase, last_spoken  # a piece of a line after its incise: the same turn
        end = text.find("\n", raw.end)
        end = len(text) if end < 0 else end
        turns = self._turns
        if (
            said is None
            and len(turns) >= _ALTERNATION
            and not text[turns[-1][1] : start].strip()
            and not text[turns[-2][1] : turns[-1][0]].strip()
            and turns[-1][2] != turns[-2][2]
            and (
                turns[-2][3].head not in word_set("press_roles.txt")
                or "?" in text[raw.start : raw.end]
            )
        ):
            phrase = turns[-2][3]
            last_spoken = (raw.start, phrase)
        if phrase is not None:
            turns.append((start, end, self._cast.resolve(phrase).key, phrase))
        return phrase, last_spoken


#: Initials as a turn's label ("M.R."): they name the person the brackets gave them to.
_initials = lazy_regex(r"(?:\p{Lu}\.?){1,4}")


def turn_credit(
    text: str, initialled: Mapping[str, Phrase], raw: RawQuote, interviewee: Phrase | None
) -> Credit:
    """An interview's turn: answers are the interviewee's, questions their label's or nobody's.

    A label names who speaks ("EL DIARIO: ¿…?", "Ana Paz: …", initials "A.P.: …" for
    the person they abbreviate).
    """
    speaker = interviewee if raw.turn is Turn.ANSWER else None
    if raw.label is not None:
        # "EL DIARIO: ¿…?": the interviewer; "Ana Paz: …": who answers
        speaker = _labelled(text, initialled, raw.label) or speaker
    return Credit(raw, QuoteKind.DIRECT, speaker, None)


def within_turn(
    raw: RawQuote, said: Said | None, in_turn: Callable[[int], bool], interviewee: Phrase | None
) -> Phrase | None:
    """The interviewee, for a quotation inside a turn that is theirs.

    Inside a turn, words nobody is said to speak are the interviewee's own or the ones
    a question puts to them ("—¿Por qué declara que «…»?"), and so are words after a
    verb in the first person ("—Le respondí: «…»"); after a verb in the third with no
    subject ("«…», me dijo") someone else speaks, whom the general reader carries.
    """
    if not in_turn(raw.open_at) or (said is not None and said.phrase is not None):
        return None
    if said is None or said.cue is None or first_person_verb(said.cue):
        return interviewee
    return None


def turn_spans(found: Iterable[tuple[RawQuote, QuoteKind, object]]) -> tuple[list[int], list[int]]:
    """Where an interview's turns open and close, in text order."""
    turns = [raw for raw, _, _ in found if raw.turn is not Turn.NONE]
    return [raw.open_at for raw in turns], [raw.close_at for raw in turns]


def _labelled(text: str, initialled: Mapping[str, Phrase], label: Span) -> Phrase | None:
    """Who the label of an interview's turn names; initials, the person they abbreviate."""
    written = text[label.start : label.end]
    if "." in written and _initials().fullmatch(written) is not None:
        return initialled.get("".join(c for c in written if c.isupper()))
    kind = MEDIA if media_type(written) is not None else PERSON
    return Phrase(label.start, label.end, kind, name=label)


def by_initials(cast: Cast) -> dict[str, Phrase]:
    """The article's people by their initials ("AP": Ana Paz), the first one named."""
    out: dict[str, Phrase] = {}
    for full, (start, end) in cast.people.items():
        letters = "".join(word[0] for word in full.split() if word[:1].isupper())
        out.setdefault(letters, Phrase(start, end, PERSON, name=Span(start, end)))
    return out
