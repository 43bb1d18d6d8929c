"""The cast: everyone the article names, and the short forms that point at them.

A surname, given name or last-two-words form resolves to the most complete mention
(``Valdivia`` -> ``Sergio Valdivia``), a role to the person it was linked to (``el vocero``
-> ``Marcelo Díaz``), and "el diario" to the last newspaper named.
"""

from __future__ import annotations

import functools
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from itertools import compress, count
from typing import NamedTuple

import attrs

from noticiaparse._reading.names import (
    acronym_after,
    classify_name,
    country_names,
    first_names,
    name_run,
    outlet_prefix,
    person_by_context,
    surname_particles,
)
from noticiaparse._reading.phrases import (
    ANONYMOUS,
    LATTER,
    MEDIA,
    MEDIA_REF,
    MIN_PLURAL_ROLE,
    ORGANIZATION,
    PERSON,
    Phrase,
    holder_role,
    opening_verb,
    verb_like,
)
from noticiaparse._reading.tokens import (
    CAPITAL,
    Token,
    region_tokens,
)
from noticiaparse._reading.vocabulary import (
    closed_set,
    media_anaphora,
    org_cues,
    org_nouns,
    outlet_first_words,
    outlet_table,
    role_keys,
    word_set,
    words_of,
)
from noticiaparse._text.lazy import lazy_regex
from noticiaparse._text.lexicons import row_groups
from noticiaparse._text.record import record_repr
from noticiaparse._text.span import Span, Spans

__all__ = ["Cast", "Entity", "build_cast", "doubled_initials"]

#: How far after an office's words ("ministro de Seguridad, ") its holder's name starts.
_OFFICE_GAP = 3

#: How far either side of a person's linked mention the complement of their office is
#: looked for ("El ministro de Hacienda, Mario Marcel", "Mario Marcel, ministro de Hacienda").
_OFFICE_WINDOW = 60


#: How far before a role a connective that hands the word on is read.
_TURN_REACH = 30
#: How far before a role the person it may be an epithet for was credited with words.
_VOICE_REACH = 400

#: How far, in characters and in words (a role and its determiners), before a name the
#: preposition that governs it is read ("a la doctora Ana Paz").
_OBLIQUE_REACH = 48
_OBLIQUE_WORDS = 3

#: How far back, in another paragraph, a person never heard is out of a role's sight.
_SIGHT = 500

#: A name this long has its last two words, or all but the first, as short forms.
_LONG_NAME_WORDS = 3


@attrs.frozen(repr=False)
class Entity:
    """One entity of the article: its kind, canonical span and key."""

    __repr__ = record_repr

    key: str
    kind: str
    start: int
    end: int


@attrs.frozen(repr=False)
class Cast:
    """Everyone the article names, for resolving short forms to full names.

    ``people`` maps a full person name to its first span; ``surnames`` a surname,
    given name or last-two-words form to the full name it belongs to (only when
    unambiguous); ``roles`` lists ``(position, role word, full name)`` links seen
    as "el vocero Marcelo Díaz" or "Rodrigo Fuentes, ministro del Interior";
    ``outlets`` lists ``(position, type, outlet name, span)``.
    """

    __repr__ = record_repr

    text: str = attrs.field(repr=False)
    people: dict[str, Span]
    surnames: dict[str, str]
    roles: tuple[tuple[int, str, str], ...]
    outlets: tuple[tuple[int, str, str, Span], ...]
    orgs: tuple[tuple[int, str, Span], ...]
    named: tuple[tuple[int, str], ...] = ()
    counts: dict[str, int] = attrs.field(factory=dict)
    role_index: dict[str, tuple[tuple[int, str], ...]] = attrs.field(factory=dict)
    named_at: tuple[int, ...] = ()
    #: An acronym given in brackets after a name, to that name ("OCDE" -> "Organización…").
    aliases: dict[str, str] = attrs.field(factory=dict)
    #: The organisations the article describes by their kind ("la aerolínea Sudair":
    #: "Sudair" -> "aerolínea").
    org_kinds: dict[str, str] = attrs.field(factory=dict)
    #: Where the quotations start and end, sorted by start (then end): a name inside one
    #: is the speaker's word. Two integer columns: a page of quotations holds many.
    quoted_starts: array[int] = attrs.field(factory=lambda: array("q"))
    quoted_ends: array[int] = attrs.field(factory=lambda: array("q"))
    #: The people a reporting verb credits with words, by where each is written
    #: (:meth:`hearing`): who spoke last, for a role news uses as their epithet. Told
    #: after the cast is built, from the attributions: no part of who is named.
    voices: tuple[Phrase, ...] = attrs.field(default=(), eq=False)
    voice_at: tuple[int, ...] = attrs.field(default=(), eq=False)

    def hearing(self, voices: Sequence[Phrase]) -> Cast:
        """This cast, told who the reporting verbs credit (people, in text order)."""
        ordered = tuple(sorted(voices, key=lambda phrase: phrase.start))
        return attrs.evolve(self, voices=ordered, voice_at=tuple(v.start for v in ordered))

    def _spoke_before(self, name: str, pos: int) -> bool:
        """Whether a reporting verb credited ``name`` (by name) with words before ``pos``."""
        k = bisect_left(self.voice_at, pos)
        text = self.text
        for voice in self.voices[:k]:
            if voice.name is not None:
                said = " ".join(text[voice.name[0] : voice.name[1]].split())
                if said == name or self.full_name(said) == name:
                    return True
        return False

    def _out_of_sight(self, name: str, pos: int) -> bool:
        """Whether ``name`` is no subject in sight at ``pos`` for a role to take up.

        Named only as an object or a complement (:meth:`_only_oblique`), or last named
        in an earlier paragraph, ``_SIGHT`` characters back or more: the passage has
        turned to others since.
        """
        k = bisect_left(self.named_at, pos) - 1
        while k >= 0 and self.full_name(self.named[k][1]) != name:
            k -= 1
        if k < 0:
            return False
        at = self.named_at[k]
        if pos - at >= _SIGHT and "\n" in self.text[at:pos]:
            return True
        return self._only_oblique(name, pos)

    def _only_oblique(self, name: str, pos: int) -> bool:
        """Whether every mention of ``name`` before ``pos`` is governed by a preposition.

        "acusó al ministro Pedro Gil", "la renuncia del intendente Jorge Mena", "suspendió
        a la doctora Ana Paz": an object, a possessor or a complement, never the subject
        (a role and its determiners between the preposition and the name step over); a
        passive's agent ("fue anunciado por Ana Paz") did the act, and is in sight.
        """
        found = False
        for at, named in self.named[: bisect_left(self.named_at, pos)]:
            if self.full_name(named) != name:
                continue
            found = True
            written = self.text[max(0, at - _OBLIQUE_REACH) : at].split()
            words = [word.lower() for word in written]
            k = len(words) - 1
            # "la detención de Ana Ruiz y Rosa Díaz", "a Luis Gil, Pedro Alba y Rosa
            # Díaz": the names of a list before the last one step over, uncounted
            listed = k >= 0 and words[k] in words_of("coordinator")
            k -= listed
            while k > 0 and listed and written[k][:1].isupper():
                k -= 1
            steps = 0
            while (
                k > 0
                and steps < _OBLIQUE_WORDS
                # "contra el líder opositor Ana Paz": the role's adjective after it too
                and (_steps_over(words[k]) or _steps_over(words[k - 1]))
            ):
                k -= 1
                steps += 1
            if (
                k < 0
                or words[k] not in words_of("preposition")
                or words[k] in words_of("passive_agent")  # "anunciado por Ana Paz"
            ):
                return False
        return found

    def in_quotation(self, pos: int) -> bool:
        """Whether ``pos`` stands inside a quotation."""
        k = bisect_right(self.quoted_starts, pos) - 1
        return k >= 0 and pos < self.quoted_ends[k]

    def resolve(self, phrase: Phrase, *, heard: bool = False) -> Entity:  # noqa: C901, PLR0912, PLR0915
        """The entity a phrase refers to, with the span of its most complete mention.

        ``heard``: the phrase is a quotation's speaker, shown to the reader. A bare role
        the text links to no one by office stands for the person the text is about
        there only if that person has spoken before (:meth:`hearing`); else it is shown
        as written ("el dirigente"), a true name for the speaker where a guess may not be.
        """
        text = self.text
        whole = text[phrase.start : phrase.end]
        if phrase.kind == MEDIA_REF:
            types = media_anaphora().get(tuple(whole.lower().split()), ("any",))
            for typ in types:
                for pos, kind, name, span in reversed(self.outlets):
                    if pos < phrase.start and typ in ("any", kind):
                        return Entity(name.lower(), MEDIA, *span)
            return Entity(whole.lower(), MEDIA, phrase.start, phrase.end)
        if phrase.kind == LATTER:
            return self._latter(phrase)
        if phrase.group is not None:
            # "el 71% de los consultados": a share speaks for its group
            lo, hi = phrase.group
            return self.resolve(attrs.evolve(phrase, start=lo, end=hi, group=None))
        if phrase.kind == ORGANIZATION and phrase.name is None and phrase.head in org_nouns():
            # "la compañía", "el organismo": the last organisation named before, the last
            # one described by that noun first ("la aerolínea" after "la aerolínea Sudair")
            before = [org for org in self.orgs if org[0] < phrase.start]
            kin = [org for org in before if self.org_kinds.get(org[1]) == phrase.head]
            for _, name, span in reversed(kin or before):
                full = self.aliases.get(name, name)
                # "el organismo" after "el Ministerio Público (MP)… el MP": the full name
                whole_span = next((sp for _, nm, sp in before if nm == full), span)
                return Entity(full.lower(), ORGANIZATION, *whole_span)
        if phrase.name is not None and phrase.kind == PERSON and phrase.head is None:
            titled = text[phrase.name[0] : phrase.name[1]]
            if (
                " " not in titled
                and titled.lower() in word_set("role_words.txt")
                and titled not in self.people
                and titled not in self.surnames
            ):
                # "el Papa", "dijo el Presidente": a role capitalised as a title of
                # office, not a name: read as the role is
                phrase = attrs.evolve(phrase, name=None, head=titled.lower())
        elif (
            phrase.name is not None
            and phrase.kind == ORGANIZATION
            and phrase.head is None
            and _role_abbreviation(text[phrase.name[0] : phrase.name[1]])
            and text[phrase.name[0] : phrase.name[1]].split()[-1] not in self.aliases
        ):
            # "El DT defendió…": a role's abbreviation, not an organisation's acronym
            abbreviation = text[phrase.name[0] : phrase.name[1]].split()[-1].lower()
            phrase = attrs.evolve(phrase, name=None, head=abbreviation, kind=PERSON)
        if phrase.name is not None:
            name = " ".join(text[phrase.name[0] : phrase.name[1]].split())
            if phrase.kind == MEDIA:
                return Entity(name.lower(), MEDIA, *phrase.name)
            if phrase.kind == PERSON and name in self.org_kinds:
                return Entity(name.lower(), ORGANIZATION, *phrase.name)  # "Sudair" again
            if phrase.kind == PERSON:
                full = self.full_name(name)
                if phrase.head is not None and " " not in full and full not in self.people:
                    # "La Gobernadora Provincial": a role and a word no person has, so
                    # the person the role was linked to, else the role as written
                    linked = self.role_link(phrase.head, phrase.start)
                    if (
                        linked is not None
                        and self.full_name(linked) in self.people
                        and self._office_fits(whole, phrase.head, linked)
                    ):
                        linked = self.full_name(linked)
                        return Entity(linked.lower(), PERSON, *self.people[linked])
                    return Entity(" ".join(whole.lower().split()), PERSON, phrase.start, phrase.end)
                span = self.people.get(full, phrase.name)
                return Entity(full.lower(), PERSON, *span)
            if phrase.kind == ORGANIZATION and self._particle_surname(name):
                # "señaló García de Zúñiga" after "María Fernanda García de Zúñiga", and
                # that name itself: the surname with its particle, no institution's "de"
                full = self.full_name(name)
                return Entity(full.lower(), PERSON, *self.people[full])
            # "la OCDE" after "la Organización para la Cooperación… (OCDE)": one entity
            if phrase.head in org_nouns():
                # "la minera Andes Cobre": the name, not its kind
                return Entity(name.lower(), phrase.kind, *phrase.name)
            first, space, rest = name.partition(" ")
            bare = rest if space and first.lower() in words_of("definite") else name
            if bare in self.aliases:
                return Entity(self.aliases[bare].lower(), phrase.kind, phrase.start, phrase.end)
            if bare in self.aliases.values():
                return Entity(bare.lower(), phrase.kind, phrase.start, phrase.end)
            return Entity(name.lower(), phrase.kind, phrase.start, phrase.end)
        if whole[:1].isupper() and " " not in whole and self.full_name(whole) in self.people:
            full = self.full_name(whole)
            return Entity(full.lower(), PERSON, *self.people[full])
        opener = whole.split(maxsplit=1)[0].lower() if whole.strip() else ""
        if (
            phrase.kind == PERSON
            and phrase.name is None
            and (opener in words_of("indefinite") or opener in words_of("one"))
        ):
            # "un periodista", "otro reportero", "uno de los feriantes": someone new,
            # never a person named before
            return Entity(" ".join(whole.lower().split()), PERSON, phrase.start, phrase.end)
        if phrase.kind == PERSON and phrase.head is not None and not phrase.plural:
            linked = self._same_office(whole, phrase.head, phrase.start)
            if linked is None:
                linked = self.role_link(phrase.head, phrase.start)
                if linked is not None and not self._office_fits(whole, phrase.head, linked):
                    linked = None  # "el ministro de Salud" is not the one of Hacienda
                elif linked is not None and whole.split()[-1].lower() == phrase.head:
                    # "el presidente X … Y, presidente del Senado … el presidente": X
                    linked = self._bare_office(phrase.head, phrase.start, linked)
                if (
                    linked is not None
                    and not _former_alone(whole, phrase.head)
                    and self._linked_as_former(phrase.head, linked, phrase.start)
                ):
                    linked = None  # "el ex defensor oficial Raúl Paz … el abogado": no more
            if linked is not None:
                linked = self.full_name(linked)
                if linked not in self.people:
                    linked = None
            first = whole.split()[0].lower() if whole.split() else ""
            gender = (
                None
                if phrase.head in words_of("epicene")  # "la autoridad": he or she
                else "f"
                if first in words_of("feminine")
                else "m"
                if first in words_of("masculine")
                else None
            )
            if linked is not None and gender is not None:
                given = self._linked_gender(phrase.head, phrase.start, linked)
                if given is not None and given != gender:
                    # "El congresista señaló…" after "la congresista María Agüero": the
                    # article's gender is the role's, and it is not hers; the last one
                    # linked to the role in that gender, if any
                    linked = self._gendered_link(whole, phrase.head, phrase.start, gender)
            if linked is None and phrase.head in word_set("agent_roles.txt"):
                # "«…», dijo el abogado": the one who spoke last as their epithet,
                # else someone the story leaves unnamed, never its protagonist
                if not _office_named(whole, phrase.head) and first not in closed_set("possessive"):
                    # ("«…», dijo Ruiz. «…», agregó su abogado": someone's, not him)
                    linked = self._last_voice(phrase.start, gender)
            elif (
                linked is None
                and phrase.head not in word_set("relation_roles.txt")
                and not _office_named(whole, phrase.head)
            ):
                # a name inside a quotation ("‘Memoria anual de Ana Rojas’") is
                # the words of someone else, never the person a role stands for
                linked = self._periphrasis_holder(whole, phrase.start)
                if linked is None:
                    # "A su turno, el funcionario recordó…": another party than the
                    # one quoted last takes the word
                    other = (
                        self._last_voice(phrase.start, None)
                        if self._turn_before(phrase.start)
                        else None
                    )
                    # "Ana Paz acusó al ministro Pedro Gil. «…», sostuvo el dirigente":
                    # a role as a speaker's subject takes up a subject or a speaker, not
                    # one never heard and named only as an object, after a preposition,
                    # or paragraphs back: the role stays
                    start = phrase.start
                    linked = self.last_person(
                        start,
                        gender=gender,
                        skip=self.in_quotation,
                        admit=lambda full: full != other,
                    )
                    if (
                        heard
                        and other is None  # "Por su parte, el dirigente": the other party
                        and linked is not None
                        and self._out_of_sight(linked, start)
                        and not self._spoke_before(linked, start)
                    ):
                        linked = None
                if (
                    linked is not None
                    and not _former_alone(whole, phrase.head)
                    and self._other_office(phrase.head, linked)
                ):
                    linked = None  # "el gobernador Jorge Díaz … el alcalde": someone else
            if linked is not None:
                return Entity(linked.lower(), PERSON, *self.people[linked])
        introduced = self._introduced(phrase, opener)
        if introduced is not None:
            return introduced
        key = " ".join(whole.lower().split())
        return Entity(key, phrase.kind, phrase.start, phrase.end)

    def _gendered_link(self, whole: str, head: str, pos: int, gender: str) -> str | None:
        """The person last linked to role ``head`` before ``pos`` in ``gender``.

        "El congresista Waldemar Cerrón… la congresista María Agüero… El congresista
        señaló": a role of either gender ("congresista", "presidente") names by its
        article the one the article linked to it in that gender (:meth:`_link_gender`),
        if the office fits.
        """
        keys = role_keys(head)
        links = sorted({link for key in keys for link in self.role_index.get(key, ())})
        for at, name in reversed(links):
            if at >= pos:
                continue
            full = self.full_name(name)
            if (
                self._link_gender(at, full) == gender
                and full in self.people
                and self._office_fits(whole, head, name)
            ):
                return full
        return None

    def _linked_gender(self, head: str, pos: int, name: str) -> str | None:
        """The gender the article gave ``name`` where it linked them to role ``head``."""
        keys = role_keys(head)
        links = sorted({link for key in keys for link in self.role_index.get(key, ())})
        ats = [at for at, linked in links if linked == name]
        before = [at for at in ats if at < pos]
        at = before[-1] if before else (ats[0] if ats else None)
        return None if at is None else self._link_gender(at, self.full_name(name))

    def _linked_as_former(self, head: str, name: str, pos: int) -> bool:
        """Whether every link of ``name`` to role ``head`` before ``pos`` was a former office.

        "el ex defensor oficial Raúl Paz", "el exministro Raúl Paz": a former holder no
        longer holds it, and the present role ("el abogado", "el ministro") is someone
        else's.
        """
        keys = set(role_keys(head))
        found = False
        for at, role, linked in self.roles:
            if at >= pos or linked != name or keys.isdisjoint(role_keys(role)):
                continue
            found = True
            before = self.text[max(0, at - _OFFICE_WINDOW) : at].lower().split()
            k = next(
                (k for k in range(len(before) - 1, -1, -1) if before[k].strip(",") == role),
                None,
            )
            if k is None or not (k > 0 and before[k - 1] == "ex"):
                return False
        return found

    def gender_of(self, full: str) -> str | None:
        """The gender of the person named ``full``: their given name's, else their role's.

        "El fiscal general, Tarek Saab": a given name the lexicon does not know takes the
        gender of the article before the role the text linked the person to.
        """
        known = first_names().get(full.split(maxsplit=1)[0])
        if known is not None:
            return known
        for at, _, name in self.roles:
            if self.full_name(name) == full:
                return self._link_gender(at, full)
        return None

    def _link_gender(self, at: int, full: str) -> str | None:
        """The gender of the person a role was linked to at ``at``.

        That of the article before the role ("la congresista María Agüero", "El
        congresista Waldemar Cerrón"), else that of the given name.
        """
        role = next((r for pos, r, _ in self.roles if pos == at), None)
        before = self.text[max(0, at - _OFFICE_WINDOW) : at].lower().split()
        k = next(
            (k for k in range(len(before) - 1, 0, -1) if before[k].strip(",") == role),
            None,
        )
        if k is not None and before[k - 1] in words_of("feminine"):
            return "f"
        if k is not None and before[k - 1] in words_of("masculine"):
            return "m"
        return first_names().get(full.split(maxsplit=1)[0])

    def _turn_before(self, pos: int) -> bool:
        """Whether a connective that hands the word on stands right before ``pos``.

        "A su turno, el funcionario", "«…», lamenta, por su parte, el dirigente"
        (``turn`` in ``function_words.tsv``), up to one word after it ("Por su parte,
        ayer el ministro").
        """
        before = " ".join(
            self.text[max(0, pos - _TURN_REACH) : pos].lower().replace(",", " ").split()
        )
        return any(
            before.endswith(turn) or before.rpartition(" ")[0].endswith(turn)
            for turn in words_of("turn")
        )

    def _last_voice(self, pos: int, gender: str | None) -> str | None:
        """The person a reporting verb credited last before ``pos``, within reach.

        "«…», reiteró el director del hospital. «…», dijo el médico": news varies the
        words for the person it is quoting. Only the latest voice of the paragraph
        counts, a named one or a role linked to a name, of the role's gender; an
        agent's role with none before it is someone new.
        """
        k = bisect_left(self.voice_at, pos) - 1
        if k < 0 or self.voice_at[k] < pos - _VOICE_REACH:
            return None
        if "\n" in self.text[self.voice_at[k] : pos]:
            return None  # a new paragraph: the story may turn to its other parties
        voice = self.voices[k]
        if voice.name is None and voice.head in word_set("agent_roles.txt"):
            return None  # another agent unnamed: no one to point at
        entity = self.resolve(voice)
        if entity.kind != PERSON:
            return None
        full = " ".join(self.text[entity.start : entity.end].split())
        if full not in self.people:
            return None
        if gender is not None and first_names().get(full.split()[0]) != gender:
            return None
        return full

    def _periphrasis_holder(self, whole: str, pos: int) -> str | None:
        """The one linked to the office a periphrasis stands for ("el jefe comunal").

        "El alcalde Rodrigo Paz… «…», afirmó el jefe comunal": the periphrasis of one
        office (``periphrasis_offices.tsv``) names whom the article linked to it.
        """
        low = " ".join(whole.lower().split())
        for periphrasis, roles in row_groups("periphrasis_offices.tsv").items():
            if not low.endswith(periphrasis):
                continue
            for role in roles:
                linked = self.role_link(role, pos)
                if linked is not None and self.full_name(linked) in self.people:
                    return self.full_name(linked)
        return None

    def _introduced(self, phrase: Phrase, opener: str) -> Entity | None:
        """The person an indefinite role brings in, named by that role later.

        "Una funcionaria dijo… La funcionaria fue identificada como Ana Paz": news
        introduces someone with "un/una" and names them after.
        """
        if phrase.kind != ANONYMOUS or phrase.head is None or opener not in words_of("indefinite"):
            return None
        later = self.role_link(phrase.head, phrase.start)
        full = None if later is None else self.full_name(later)
        if full is None or full not in self.people or self.people[full][0] < phrase.start:
            return None
        if self._another(phrase.head, self.people[full][0]):
            return None  # "«…», reclamó una vecina. Otra vecina, Rosa Díaz, …": someone else
        return Entity(full.lower(), PERSON, *self.people[full])

    def _another(self, head: str, at: int) -> bool:
        """Whether the role ``head`` right before the name at ``at`` opens on an indefinite.

        "Otra vecina, Rosa Díaz", "una vecina, Rosa Díaz": the name brings in someone
        new, not the one an earlier indefinite role brought in.
        """
        before = self.text[max(0, at - _ANOTHER_REACH) : at].lower().split()
        k = next((k for k in range(len(before) - 1, -1, -1) if before[k].strip(",") == head), None)
        return k is not None and k > 0 and before[k - 1] in words_of("indefinite")

    def _same_office(self, whole: str, head: str, pos: int) -> str | None:
        """The person last linked to this very office, complement and all.

        "el ministro de Seguridad" after "El ministro de Seguridad, Aníbal Paz" and
        "el ministro de Vivienda, Jorge Roca" is Aníbal Paz: the head alone would give
        the last minister linked. An office written in full before anyone holds it is
        the one its next mention links ("el alcalde de Setenil" before "el alcalde de
        Setenil, Pablo Rubio").
        """
        words = whole.split()
        at = next((k for k, w in enumerate(words) if w.lower() == head), None)
        if at is None or at + 1 >= len(words):
            return None  # no complement: the role alone decides
        office = " ".join(words[at:])  # as written: the head is lower-case mid-sentence
        found = self.text.rfind(office, 0, pos)
        if found < 0 and words[-1].strip(".,;:()") in self.aliases:
            # "el presidente del MC" after "el presidente del Movimiento Cívico (MC), Ana
            # Paz": the acronym stands for the name it was given to
            full = self.aliases[words[-1].strip(".,;:()")]
            office = " ".join([*words[at:-1], full])
            found = self.text.rfind(office, 0, pos)
            if found >= 0 and self.text.startswith(" (", found + len(office)):
                office = self.text[found : self.text.find(")", found) + 1]
        if found < 0:
            # "«…», asegura el alcalde de Setenil. …el alcalde de Setenil, Pablo Rubio, …":
            # the one post, named after
            found = self.text.find(office, pos + len(whole))
            if found < 0:
                return None
        after = found + len(office)
        for link_at, role, name in self.roles:
            if role == head and after <= link_at <= after + _OFFICE_GAP:
                return name
        return None

    def _qualified(self, pos: int, role: str, name: str) -> bool:
        """Whether the link of ``name`` to ``role`` at ``pos`` names the body of the office.

        "Luis Ríos, presidente del Senado", "la directora de Educación, Ana Paz": an office
        of a named body (a complement whose first capitalised word is no country's name);
        "el presidente Luis Ríos", "el presidente de Chile, Luis Ríos" are the bare office.
        """
        before = self.text[max(0, pos - _OFFICE_WINDOW) : pos].rpartition(".")[2]
        after = self.text[pos : pos + len(name) + _OFFICE_WINDOW].partition(".")[0]
        words = f"{before} {after}".split()
        for k, word in enumerate(words[:-1]):
            if word.lower().strip(",") != role or word.endswith(","):
                continue
            rest = words[k + 1 : k + 4]
            if not rest or rest[0].lower() not in words_of("of"):
                return False
            key = next((w for w in rest[1:] if w[:1].isupper()), None)
            return key is not None and key.strip(",;:()").lower() not in country_names()
        return False

    def _bare_office(self, head: str, pos: int, linked: str) -> str:
        """The holder a bare role stands for when the last one linked holds it of a body.

        Spanish news writes the office of a body in full ("Luis Ríos, presidente del
        Senado") and the bare office ("el presidente") for the one the article presents
        with it bare ("el presidente Pedro Gil") and is about: the last such holder before
        ``pos`` (else the first after) when the article names them more often than
        ``linked``, else ``linked``.
        """
        keys = set(role_keys(head))
        linked = self.full_name(linked)
        least = self.counts.get(linked, 0)
        links = [
            (at, role, self.full_name(name))
            for at, role, name in self.roles
            if not keys.isdisjoint(role_keys(role))
        ]
        # the one the article is about: named more often than the holder of the body's
        # office, who may be the one meant right after being named ("Ana Gil, presidenta
        # del Senado, llegó. «…», dijo la presidenta")
        others = [
            link for link in links if link[2] != linked and self.counts.get(link[2], 0) > least
        ]
        if not others or not all(
            self._qualified(at, role, name) for at, role, name in links if name == linked
        ):
            return linked
        bare = [(at, name) for at, role, name in others if not self._qualified(at, role, name)]
        if not bare:
            return linked
        before = [name for at, name in bare if at < pos]
        return before[-1] if before else bare[0][1]

    def _other_office(self, head: str, name: str) -> bool:
        """Whether the article gave ``name`` only offices that exclude the role ``head``.

        "El gobernador Jorge Díaz recorrió la zona. El alcalde pidió ayuda.": a bare
        role points at the person the text is about, but not at one the article
        presented with another public office that one person holds alone
        (``exclusive_offices.txt``); a description ("el dirigente") may be anyone's.
        """
        exclusive = word_set("exclusive_offices.txt")
        bare = head.removeprefix("ex")
        if bare not in exclusive:
            return False
        keys = set(role_keys(bare))
        offices = {role.removeprefix("ex") for _, role, linked in self.roles if linked == name}
        offices |= {
            role.removeprefix("ex")
            for _, role, linked in self.roles
            if linked != name and self.full_name(linked) == name
        }
        return (
            bool(offices)
            and offices <= exclusive
            and all(keys.isdisjoint(role_keys(role)) for role in offices)
        )

    def _office_fits(self, whole: str, head: str, name: str) -> bool:
        """Whether the office ``whole`` writes in full may be the one ``name`` was linked to.

        "El ministro de Hacienda, Mario Marcel, … el ministro de Salud": a complement
        naming another portfolio or place is another office. The complement's first
        capitalised word must stand where the article linked the person to the role (a
        bare role, or a complement with none, fits).
        """
        words = whole.split()
        at = next((k for k, w in enumerate(words) if w.lower().removeprefix("ex") == head), None)
        key = (
            next((w for w in words[at + 1 :] if w[:1].isupper()), None) if at is not None else None
        )
        if key is None:
            return True
        # "el coordinador del SEES" after "…, coordinador del Sistema Estatal de
        # Emergencias Sanitarias (SEES)": an acronym stands for the name it was given to
        expanded = self.aliases.get(key.strip(".,;:()"), "").split()[:1]
        keys = set(role_keys(head))
        for pos, role, linked in self.roles:
            if linked == name and not keys.isdisjoint(role_keys(role)):
                before = self.text[max(0, pos - _OFFICE_WINDOW) : pos].rpartition(".")[2]
                after = self.text[pos : pos + len(name) + _OFFICE_WINDOW].partition(".")[0]
                # the sentence of the link only: "…, Mario Marcel, presentó. El ministro de
                # Salud…" names Salud after it, in another sentence
                if any(k in before or k in after for k in (key, *expanded)):
                    return True
        return False

    def _latter(self, phrase: Phrase) -> Entity:
        """The person or organisation named last before ``phrase`` ("este último")."""
        k = bisect_left(self.named_at, phrase.start) - 1
        person = self.full_name(self.named[k][1]) if k >= 0 else None
        at = self.named[k][0] if k >= 0 else -1
        org = max((o for o in self.orgs if o[0] < phrase.start), default=None)
        if org is not None and org[0] > at:
            name = self.aliases.get(org[1], org[1])
            return Entity(name.lower(), ORGANIZATION, *org[2])
        if person is not None and person in self.people:
            return Entity(person.lower(), PERSON, *self.people[person])
        whole = " ".join(self.text[phrase.start : phrase.end].split())
        return Entity(whole.lower(), ANONYMOUS, phrase.start, phrase.end)

    def last_person(
        self,
        pos: int,
        reach: int = 1500,
        *,
        gender: str | None = None,
        skip: Callable[[int], bool] | None = None,
        admit: Callable[[str], bool] | None = None,
    ) -> str | None:
        """The person the text is about at ``pos``.

        Of the people named within ``reach`` characters before it, the one the
        article names most often, then the latest; a mention at a position for which
        ``skip`` is true (inside a quotation, say) does not count, nor does anyone
        ``admit`` turns away (the one who spoke last, when a connective hands the word
        on).
        """
        starts = self.named_at
        best: tuple[int, int, str] | None = None
        quoted_counts = self._quoted_counts(skip)
        for at, name in self.named[bisect_left(starts, pos - reach) : bisect_right(starts, pos)]:
            if skip is not None and skip(at):
                continue
            full = self.full_name(name)
            if full not in self.people or (admit is not None and not admit(full)):
                continue
            if gender is not None and self.gender_of(full) != gender:
                continue  # a given name of no known gender is no one's for a gendered role
            candidate = (self.counts.get(full, 0) - quoted_counts.get(full, 0), at, full)
            if best is None or candidate[:2] > best[:2]:
                best = candidate
        return None if best is None else best[2]

    def _quoted_counts(self, skip: Callable[[int], bool] | None) -> dict[str, int]:
        """How many mentions of each person stand where ``skip`` is true (in quotations)."""
        counts: dict[str, int] = {}
        if skip != self.in_quotation or not self.quoted_starts:
            return counts
        for at, name in self.named:
            if skip(at):
                full = self.full_name(name)
                counts[full] = counts.get(full, 0) + 1
        return counts

    def _particle_surname(self, name: str) -> bool:
        """Whether ``name``, read as an institution's, is a person's name with its particle.

        "García de Zúñiga" after "María Fernanda García de Zúñiga": a name with a
        lower-case particle inside ("de", "del") that ends a longer person's name the
        article writes is that person's surname, whichever of them is credited; and a
        name the cast holds as a person's (by the role set beside it) is that person's.
        """
        if " " not in name or name.split(maxsplit=1)[0].lower() in words_of("definite"):
            return False
        if words_of("particle").isdisjoint(w for w in name.split()[1:-1] if w.islower()):
            return False
        if name in self.people:
            return True  # "Yumelis Paredes de Rosales, alcaldesa del municipio,"
        full = self.surnames.get(name)
        return full is not None and full in self.people and full.endswith(" " + name)

    def full_name(self, name: str) -> str:
        """The most complete person name for ``name`` ("Valdivia" -> "Sergio Valdivia").

        A surname with its particle is written capitalised alone ("De la Sota" for "José
        Manuel de la Sota").
        """
        full = self.surnames.get(name)
        if full is None and " " in name:
            first, _, rest = name.partition(" ")
            if first.islower() or first.lower() not in surname_particles():
                return name
            full = self.surnames.get(f"{first.lower()} {rest}")
        return name if full is None else full

    def role_link(self, head: str, pos: int) -> str | None:
        """The person last linked to role ``head`` before ``pos`` (else first after)."""
        keys = role_keys(head)
        links = self.role_index.get(keys[0], ())
        if len(keys) > 1:
            links = tuple(sorted({link for key in keys for link in self.role_index.get(key, ())}))
        if not links:
            return None
        k = bisect_right([p for p, _ in links], pos) - 1
        return links[k][1] if k >= 0 else links[0][1]


def build_cast(
    text: str,
    regions: Sequence[Span],
    tokens_by_region: Sequence[Sequence[Token]] | None = None,
    quoted: Sequence[Span] = (),
) -> Cast:
    """Collect the people, role links and outlets named in ``regions``.

    A lone capitalised word inside a quotation (``quoted``, sorted spans) is the
    speaker's sentence opening more often than a surname: it names nobody.

    Examples:
        >>> text = "El vocero Marcelo Díaz habló. Luego Díaz insistió."
        >>> from noticiaparse._text.span import Span
        >>> cast = build_cast(text, [Span(0, len(text))])
        >>> cast.full_name("Díaz"), cast.role_link("vocero", 40)
        ('Marcelo Díaz', 'Marcelo Díaz')
    """
    if tokens_by_region is None:
        tokens_by_region = region_tokens(text, regions)
    columns = Spans.of(quoted)  # (as they are when given as columns)
    starts, ends = columns.starts, columns.ends

    def inside(pos: int) -> bool:
        k = bisect_right(starts, pos) - 1
        return k >= 0 and pos < ends[k]

    # (a region that names nobody adds nothing: a page of short lines has many; one
    # with no capital at all, found in one C call, is not read)
    named = (
        _region_names(text, tokens, inside)
        for tokens in tokens_by_region
        if any(map(CAPITAL, tokens))
    )
    cast = _cast_of(text, [names for names in named if names is not _NO_NAMES])
    if not quoted:
        return cast
    return attrs.evolve(
        cast,
        quoted_starts=array("q", starts),
        quoted_ends=array("q", ends),
    )


class _RegionNames(NamedTuple):
    """What one region names, in text order: the parts :func:`build_cast` gathers.

    A tuple, not a frozen class: a region is read for every paragraph, and the
    class's checked construction cost more than the tuple's.
    """

    people: tuple[tuple[str, Span], ...]
    roles: tuple[tuple[int, str, str], ...]
    outlets: tuple[tuple[int, str, str, Span], ...]
    orgs: tuple[tuple[int, str, Span], ...]
    named: tuple[tuple[int, str], ...]
    aliases: tuple[tuple[str, str], ...] = ()
    described: tuple[tuple[str, str], ...] = ()


#: A region that names nobody (one shared object: a page of short lines has many).
_NO_NAMES = _RegionNames((), (), (), (), ())


@functools.cache
def _never_open() -> frozenset[str]:
    """The stop words no name opens with: all but the definite articles ("El Salvador")."""
    return word_set("stopwords.txt") - words_of("definite")


def _region_names(  # noqa: C901, PLR0912, PLR0915
    text: str, tokens: Sequence[Token], inside: Callable[[int], bool]
) -> _RegionNames:
    definite = words_of("definite")
    # a name opens only on a capitalised word that is no stop word (an article may open it)
    closed = _never_open()
    # a month that is a given name opens one ("Julio Paredes"; name_run tells whether a
    # name's word follows it: "en Julio de 2020" opens none)
    given_names = first_names()
    openings = [
        k
        for k in compress(count(), map(CAPITAL, tokens))
        if tokens[k].low not in closed or tokens[k].text in given_names
    ]
    if not openings:
        return _NO_NAMES  # most short lines
    people: list[tuple[str, Span]] = []
    roles: list[tuple[int, str, str]] = []
    outlets: list[tuple[int, str, str, Span]] = []
    orgs: list[tuple[int, str, Span]] = []
    named: list[tuple[int, str]] = []
    aliases: list[tuple[str, str]] = []
    described: list[tuple[str, str]] = []
    outlet_rows = outlet_table()
    role_words = word_set("role_words.txt")
    describers = _describers()
    coordinators = words_of("coordinator")
    # what the readers below look up first, tested here before calling them: a name
    # rarely opens an outlet's, follows a place's noun, an organisation's or a bracket
    outlet_first = outlet_first_words()
    place_heads = _place_heads()
    organisations = org_nouns()
    n = len(tokens)
    i = 0
    at = 0
    while True:
        at = bisect_left(openings, i, at)
        if at == len(openings):
            break
        i = openings[at]
        tok = tokens[i]
        run = name_run(text, tokens, i)
        if run <= i or text[tokens[run - 1].end : tokens[run - 1].end + 1] == "$":
            i += 1  # no name, or a currency's prefix ("US$ 300")
            continue
        for k in range(i + 1, run):
            # "Carla Soto y Pedro Mena": two people, not one name
            if tokens[k].low in coordinators and not tokens[k].capital:
                if classify_name([t.text for t in tokens[i:k]]) == PERSON:
                    run = k
                break
        outlet = outlet_prefix(tokens, i, run) if tok.text.lower() in outlet_first else i
        if outlet > i:
            name = " ".join(t.text for t in tokens[i:outlet])
            typ = outlet_rows[name.lower()][1]
            outlets.append((tok.start, typ, name, Span(tok.start, tokens[outlet - 1].end)))
            i = outlet
            continue
        if (
            i > 0
            and (tokens[i - 1].low in place_heads or (i > 1 and tokens[i - 2].low in place_heads))
            and _place_name(text, tokens, i)
        ):
            i = run  # "la colonia San Jerónimo", "la iglesia católica Santa Ana": a place's
            continue
        words = [t.text for t in tokens[i:run]]
        if words[0].lower() in definite:
            words = words[1:]
            i += 1
        if words and words[0].lower() in role_words and not _plural_title(words[0], len(words)):
            if len(words) > 1 and classify_name(words[1:]) == PERSON:
                roles.append((tokens[i + 1].start, words[0].lower(), " ".join(words[1:])))
            words = words[1:]
            i += 1
        if not words or (len(words) == 1 and doubled_initials(words[0])):
            i = run  # "EE. UU.": half of a plural abbreviation names no one
            continue
        kind = classify_name(words)
        if kind == ORGANIZATION and _apposed_person(text, tokens, run, words, role_words):
            kind = PERSON  # "Yumelis Paredes de Rosales, alcaldesa del municipio,"
        given = kind == PERSON and words[0] in given_names
        noun = (
            _described_as_org(text, tokens, i)
            if not given
            and i > 0
            and (
                tokens[i - 1].low in organisations
                or "," in text[tokens[i - 1].end : tokens[i].start]
            )
            else None
        )
        acronym = (
            acronym_after(text, tokens, run)
            if run < n and text.startswith(")", tokens[run].end)
            else None
        )
        if (noun is not None or acronym) and kind == PERSON and not given:
            # "la aerolínea Sudair", "La mayor aerolínea del país, Sudair", "Human Rights
            # Watch (HRW)": an institution's name
            kind = ORGANIZATION
        if noun is not None and kind == ORGANIZATION:
            described.append((" ".join(words), noun))
        span = Span(tokens[i].start, tokens[run - 1].end)
        name = " ".join(words)
        if kind == PERSON and words[0] in given_names:
            named.append((span[0], name))
        elif (
            kind == PERSON
            and len(words) == 1
            and not inside(span[0])
            and not opening_verb(text, tokens[i])  # "Respaldó la candidatura…": a verb
        ):
            named.append((span[0], name))  # a surname, resolved below when it can be
            # "Ferrer, bióloga y exdiputada, …": a role in apposition to the surname
            # of someone named in full before; kept only if the surname resolves to a
            # person of the cast (:func:`_cast_of`)
            role = _role_after(text, tokens, run, role_words)
            if role is not None:
                roles.append((span[0], role, name))
        alone = (
            len(words) == 1
            and given
            and i > 0
            and tokens[i - 1].low in role_words
            and not text[tokens[i - 1].end : tok.start].strip()
        )  # "el papa Francisco", "la reina Letizia": a given name alone after a role
        if kind == PERSON and (len(words) > 1 or alone) and coordinators.isdisjoint(words):
            people.append((name, span))
            # a role right before: "el vocero Marcelo Díaz", "ministro de Salud, Tomás Riquelme"
            role = _role_before(text, tokens, i, describers) or _identified_as(text, span[0])
            by_role = False
            if role is not None:
                roles.append((span[0], role, name))
                # "la secretaria de Seguridad Nacional, Yanelis Ordaz": a person by
                # the role she holds, her given name known or not
                by_role = _right_after_role(text, tokens, i)
            role = _role_after(text, tokens, run, role_words)
            if role is not None:
                roles.append((span[0], role, name))
                by_role = True  # "Wuilmer Yánez, dirigente vecinal,": the role after
            # "Tuvaku Mbeki, de 45 años,", "…, quien": a person by what is said of them
            by_role = by_role or person_by_context(text, span[1])
            if by_role and words[0] not in given_names:
                named.append((span[0], name))
        elif kind == ORGANIZATION and name.lower() not in country_names():
            # a state speaks, but "la organización", "el organismo" never stand for it
            orgs.append((span[0], name, span))
        if acronym is not None and kind != PERSON:
            aliases.append((acronym, name))
        i = run
    return _RegionNames(
        tuple(people),
        tuple(roles),
        tuple(outlets),
        tuple(orgs),
        tuple(named),
        tuple(aliases),
        tuple(described),
    )


#: A plural abbreviation doubles its letter: "EE. UU.", "FF. AA.", "CC. OO.".
_DOUBLED = 2


def doubled_initials(word: str) -> bool:
    """Whether ``word`` is half of a plural abbreviation: one capital letter doubled.

    Spanish abbreviates a plural by doubling each initial and writes each pair with its
    stop, a space between: "EE. UU." (Estados Unidos), "FF. AA." (Fuerzas Armadas). Read
    apart at its stop, neither half names anyone.

    Examples:
        >>> doubled_initials("UU"), doubled_initials("EE"), doubled_initials("ONU")
        (True, True, False)
    """
    return len(word) == _DOUBLED and word.isupper() and word.isalpha() and word[0] == word[1]


def _apposed_person(
    text: str, tokens: Sequence[Token], run: int, words: Sequence[str], role_words: frozenset[str]
) -> bool:
    """Whether a name read as an institution's for its "de" is a person's, by its apposition.

    "Yumelis Paredes de Rosales, alcaldesa del municipio,": a name with a particle
    inside, its words capitalised, that a comma sets beside one person's role is that
    person's, whether or not its given name is known, when no word of it is one an
    institution's name holds ("la Federación de Comercio, vocera del gremio,").
    """
    particles = words_of("particle")
    if (
        len(words) < _PARTICLE_NAME_WORDS
        or particles.isdisjoint(words[1:-1])
        or not all(w[:1].isupper() or w in particles for w in words)
        or not org_cues()[0].isdisjoint(words)  # "la Federación de Comercio, vocera…"
    ):
        return False
    role = _role_after(text, tokens, run, role_words)
    return role is not None and not role.split()[0].endswith("s")


#: A name with a particle holds a given name, the particle and a surname at least.
_PARTICLE_NAME_WORDS = 3


def _place_name(text: str, tokens: Sequence[Token], i: int) -> bool:
    """Whether the name at token ``i`` is a place's, by the noun right before it.

    A place's noun ("la colonia San Jerónimo", ``place_nouns.txt``) or an eponym's
    ("la iglesia Santa Ana", "el hospital Carlos Van Buren", ``eponym_heads.txt``), in
    lower case, maybe with one adjective between ("la iglesia católica Santa Ana"): not
    "el ministro de Hacienda, Mario Soto", where the noun is an office's capitalised name.
    """
    nouns = _place_heads()
    k = i - 1
    if k > 0 and tokens[k].low not in nouns and tokens[k - 1].low in nouns:
        k -= 1  # an adjective between: "la iglesia católica"
        if tokens[k + 1].capital or verb_like(tokens[k + 1]):
            return False
    return (
        k >= 0
        and tokens[k].low in nouns
        and not tokens[k].capital
        and not text[tokens[k].end : tokens[k + 1].start].strip()
        and not text[tokens[i - 1].end : tokens[i].start].strip()
    )


@functools.cache
def _place_heads() -> frozenset[str]:
    """The nouns of places and eponyms, one set (made once, not for every name)."""
    return word_set("place_nouns.txt") | word_set("eponym_heads.txt")


def _plural_title(word: str, size: int) -> bool:
    """Whether a capitalised plural role opens a two-word name: a given name, not a title.

    "Reyes Maroto" is a person, not kings titling "Maroto": a plural role titles no one
    person.
    """
    low = word.lower()
    return size == 2 and low.endswith("s") and len(low) > MIN_PLURAL_ROLE  # noqa: PLR2004


def _steps_over(word: str) -> bool:
    """Whether ``word`` (lower-case) is a determiner or a role between a preposition and a name."""
    return word in words_of("determiner") or word in word_set("role_words.txt")


@functools.cache
def _describers() -> frozenset[str]:
    """Role words and demonyms, one set (made once, not for every region)."""
    # "el chileno Arturo Vidal" links "el chileno" to him as a role would
    return word_set("role_words.txt") | word_set("demonyms.txt")


def _right_after_role(text: str, tokens: Sequence[Token], i: int) -> bool:
    """Whether the name at token ``i`` follows its role word or a comma after the role.

    "la vocera Yanelis Ordaz", "la secretaria de Seguridad, Yanelis Ordaz"; not "la
    secretaria de Seguridad Nacional", where the name is the role's complement.
    """
    if i == 0:
        return False
    gap = text[tokens[i - 1].end : tokens[i].start].strip()
    return gap == "," or (not gap and tokens[i - 1].low in word_set("role_words.txt"))


#: How many words back a description of an organisation may open before its name.
_ORG_DESCRIPTION_WORDS = 6


def _described_as_org(text: str, tokens: Sequence[Token], i: int) -> str | None:
    """The noun of an organisation's kind the name at token ``i`` follows, if any.

    Right before it ("la minera Andes Cobre", "la aerolínea Sudair"), or as the
    appositive of a description that opens on one ("La mayor aerolínea de
    Sudamérica, Sudair"): either way the name is an organisation's, one word or many.
    """
    if i == 0:
        return None
    previous = tokens[i - 1]
    gap = text[previous.end : tokens[i].start]
    if previous.low in org_nouns() and not previous.capital and not gap.strip():
        return previous.low  # "la aerolínea Sudair"; "del sindicato, Ana Paz" is a person
    if gap.strip() != ",":
        return None  # no apposition (one comma right after the description's last word)
    for k in range(i - 1, max(-1, i - 1 - _ORG_DESCRIPTION_WORDS), -1):
        if k < i - 1 and text[tokens[k].end : tokens[k + 1].start].strip():
            return None  # the description is one stretch of words
        if tokens[k].low in org_nouns() and not tokens[k].capital:
            # its determiner, maybe with an adjective between: "La mayor aerolínea"
            lead = {t.low for t in tokens[max(0, k - 2) : k]}
            if not lead.isdisjoint(words_of("of")):
                return None  # "la presidenta de este sindicato, Ana Paz": a complement
            return None if lead.isdisjoint(words_of("determiner")) else tokens[k].low
        if verb_like(tokens[k]):
            return None
    return None


def _cast_of(text: str, parts: Sequence[_RegionNames]) -> Cast:  # noqa: C901, PLR0912
    """The cast of regions whose names are ``parts``: who is who, across the article."""
    people: dict[str, Span] = {}
    roles: list[tuple[int, str, str]] = []
    outlets: list[tuple[int, str, str, Span]] = []
    orgs: list[tuple[int, str, Span]] = []
    named: list[tuple[int, str]] = []
    aliases: dict[str, str] = {}
    org_kinds: dict[str, str] = {}
    for part in parts:
        for acronym, full in part.aliases:
            aliases.setdefault(acronym, full)
        for name, noun in part.described:
            org_kinds.setdefault(name, noun)
        for name, span in part.people:
            people.setdefault(name, span)
        roles.extend(part.roles)
        outlets.extend(part.outlets)
        orgs.extend(part.orgs)
        named.extend(part.named)
    surnames: dict[str, str] = {}
    clashes: set[str] = set()
    for full in sorted(people, key=len, reverse=True):
        words = full.split()
        forms = {words[-1], words[0]}
        if len(words) >= _LONG_NAME_WORDS:
            forms.add(" ".join(words[-2:]))
            forms.add(" ".join(words[1:]))
            # the paternal surname after the given names: "Ana María Lagos Rivas" -> "Lagos"
            k = 0
            while k < len(words) - 1 and words[k] in first_names():
                k += 1
            if 0 < k < len(words) - 1:
                forms.add(words[k])
                forms.add(" ".join(words[k:]))
        for form in forms:
            if form in people or form == full:
                continue
            if form in surnames and surnames[form] != full and not surnames[form].endswith(full):
                if full not in surnames[form]:
                    clashes.add(form)
                continue
            surnames[form] = full
    for form in clashes:
        surnames.pop(form, None)
    # a shorter full name contained in a longer one ("Juan Carlos Rivas" / "Carlos Rivas")
    for other in people:
        words = other.split()
        for k in range(1, len(words)):
            suffix = " ".join(words[k:])
            if suffix in people:
                surnames[suffix] = other
    counts: dict[str, int] = {}
    for _, name in named:
        full = surnames.get(name, name)
        counts[full] = counts.get(full, 0) + 1
    role_index: dict[str, list[tuple[int, str]]] = {}
    # "la Gobernadora Provincial": a capitalised word after a role that names nobody
    # of the article (no full name of the cast) is the role's own title, not a link
    roles = [link for link in roles if surnames.get(link[2], link[2]) in people]
    # a surname's link names the person in full ("Ferrer, bióloga")
    roles = [
        (pos, role, name if " " in name else surnames.get(name, name)) for pos, role, name in roles
    ]
    for pos, role, name in roles:
        for key in role_keys(role):  # "su DT, X … el entrenador": one office
            role_index.setdefault(key, []).append((pos, name))
    return Cast(
        text,
        people,
        surnames,
        tuple(roles),
        tuple(outlets),
        tuple(orgs),
        tuple(named),
        counts,
        {role: tuple(sorted(links)) for role, links in role_index.items()},
        tuple(at for at, _ in named),
        aliases,
        org_kinds,
    )


#: "La funcionaria fue identificada como Ana Paz": the role the name is given to.
_identified = lazy_regex(
    r"(?i)\b(?:el|la|los|las|este|esta)\s+(\p{L}+)(?:\s+[\p{Ll}]+){0,3}?\s+"
    r"(?:fue|ha\s+sido|había\s+sido|quedó|fueron)\s+identificad[oa]s?\s+como\s+$"
)


#: How far before a name the words that identify it are read.
_IDENTIFIED_REACH = 120


#: A complement that gives a person's age ("la comunicadora de 70 años"): an epithet.
_AGED = lazy_regex(r"\bde \d{1,3} años\b")


#: How far before a name the role that links it is read ("Otra vecina, Rosa Díaz").
_ANOTHER_REACH = 48


def _office_named(whole: str, head: str) -> bool:
    """Whether a role phrase names one office in full: a complement after its role word.

    "el director del hospital", "la ministra de Salud", "el vocero policial" name the
    office of someone the article would have named with it: with no one linked to that
    office, it is someone the article leaves unnamed, not the person the text is about.
    A bare role or an epithet ("el ministro", "la cantante", "el ex canciller", "la
    comunicadora de 70 años") and the periphrases of an office ("el jefe de Estado",
    ``role_periphrases.txt``) point at that person, and so does an office qualified by
    the time or the addition of a person already named ("el entonces presidente del
    Senado", "la también portavoz del partido": ``recall_modifier`` of
    ``function_words.tsv``), and a role followed only by a demonym or an adjective of
    affiliation ("el mandatario colombiano", "la parlamentaria comunista":
    ``demonyms.txt``, ``epithet_adjectives.txt``).
    """
    words = whole.lower().split()
    at = next((k for k, w in enumerate(words) if w.removeprefix("ex") == head), None)
    if at is None or at + 1 >= len(words) or _AGED().search(whole) is not None:
        return False
    if any(w in words_of("recall_modifier") for w in words[:at]):
        return False
    if all(w in _epithet_adjectives() for w in words[at + 1 :]):
        return False  # "el mandatario colombiano", "la parlamentaria comunista": an epithet
    periphrases = word_set("role_periphrases.txt")
    return not any(
        " ".join(words[at : at + size]) in periphrases
        for size in range(1, min(4, len(words) - at) + 1)
    )


def _role_abbreviation(written: str) -> bool:
    """Whether a name read as an acronym is a role's abbreviation ("DT", "El DT")."""
    if not written.split():
        return False
    *article, last = written.split()
    return (
        last.isupper()
        and last.lower() in word_set("role_words.txt")
        and (not article or (len(article) == 1 and article[0].lower() in words_of("definite")))
    )


def _former_alone(whole: str, head: str) -> bool:
    """Whether a role is a former office alone ("la exministra", "el ex senador").

    News recalls a person's past office to name them again ("La alcaldesa Evelyn
    Matthei… La exministra indicó…"): no present office excludes it. With its
    complement ("el exministro de Hacienda") it names the post, and may be someone else.
    """
    words = whole.lower().split()
    if not words or words[-1].removeprefix("ex") != head.removeprefix("ex"):
        return False
    return words[-1].startswith("ex") or (len(words) > 1 and words[-2] == "ex")


@functools.cache
def _epithet_adjectives() -> frozenset[str]:
    """Demonyms and adjectives of affiliation set after a role to describe its bearer."""
    return word_set("demonyms.txt") | word_set("epithet_adjectives.txt")


def _identified_as(text: str, at: int) -> str | None:
    """The role a name is given by "fue identificado como" right before it."""
    lo = max(0, at - _IDENTIFIED_REACH)
    if text.find("identificad", lo, at) < 0:
        return None
    found = _identified().search(text, lo, at)
    if found is None or found.group(1).lower() not in word_set("role_words.txt"):
        return None
    return found.group(1).lower()


#: How many words back from a name its role may stand, its complement between: with
#: a comma before the name, and without.
_ROLE_REACH = 12
_NEAR_ROLE_REACH = 8


def _role_before(
    text: str, tokens: Sequence[Token], i: int, role_words: frozenset[str]
) -> str | None:
    # "el vocero Marcelo Díaz", "el ministro de Salud, Tomás Riquelme", "el portavoz de
    # la Dirección de Obras de la provincia, Raúl Mena"
    lead = i - 1
    if lead > 0 and tokens[lead].low in words_of("definite"):
        lead -= 1
    if lead >= 0 and tokens[lead].low in words_of("of"):
        return None  # "el candidato de Frente Cívico": the name is the complement
    # a long complement only before a comma ("…de la provincia, Raúl Mena")
    apposed = i > 0 and text.find(",", tokens[i - 1].end, tokens[i].start) >= 0
    reach = _ROLE_REACH if apposed else _NEAR_ROLE_REACH
    for k in range(i - 1, max(-1, i - reach), -1):
        tok = tokens[k]
        if tok.low in role_words:
            # "el vocero Marcelo Díaz", "la Gobernadora Provincial, Ana Soto"
            noun = _role_noun(text, tokens, k, role_words)
            # after a comma the name is the first role's ("El abogado de la familia, Juan
            # Soto"); right after the role, that role's ("el abogado de la jueza Ana Gil":
            # Ana Gil is the judge, and the lawyer is someone else)
            return holder_role(
                tokens, _complement_head(tokens, noun, role_words) if apposed else noun
            )
        between = text[tok.end : tokens[k + 1].start].strip()
        if between not in ("", ",") and not _bracketed_acronym(between, tok, tokens[k + 1]):
            return None
        if tok.capital and tok.low not in words_of("particle") and k < i - 1 and between != ",":
            continue
        if verb_like(tok) or tok.low in words_of("clause_word"):
            return None
    return None


def _bracketed_acronym(between: str, left: Token, right: Token) -> bool:
    """Whether the marks between two tokens only bracket an acronym.

    "el presidente del Movimiento Cívico (MC), Julián Ferraro": the acronym given to the
    office's complement stands inside it, and the name after the comma holds the office.
    """
    if between == "(":
        return right.text.isupper()
    return between in ("),", ")") and left.text.isupper()


def _role_noun(text: str, tokens: Sequence[Token], k: int, role_words: frozenset[str]) -> int:
    """The noun of a role whose word at ``k`` qualifies the role word right before it.

    Spanish sets the noun first: "el contralor general", "el secretario general", "el
    consejero delegado", "el director ejecutivo", "el revisor fiscal" are offices of a
    contralor, a secretario, a consejero…, so the role a name is linked to is the first
    of two role words written together (no article, no comma between).
    """
    while (
        k > 0
        and tokens[k - 1].low in role_words
        and not text[tokens[k - 1].end : tokens[k].start].strip()
    ):
        k -= 1
    return k


#: How far before a role in a complement ("de la familia") the role it complements is read.
_HEAD_REACH = 3


def _complement_head(tokens: Sequence[Token], k: int, role_words: frozenset[str]) -> int:
    """The role a role at ``k`` is the complement of ("el abogado de la familia"), else ``k``.

    "El abogado de la familia, Juan Soto", "el jefe de gabinete del alcalde, Pedro Mena":
    the name is the holder of the first role, whose complement the second one is.
    """
    j = k - 1
    if j > 0 and tokens[j].low in words_of("definite"):
        j -= 1
    if j <= 0 or tokens[j].low not in words_of("of"):
        return k
    for h in range(j - 1, max(-1, j - 1 - _HEAD_REACH), -1):
        if tokens[h].low in role_words:
            return h
        if tokens[h].capital or tokens[h].low in words_of("definite"):
            break
    return k


def _role_after(
    text: str, tokens: Sequence[Token], run: int, role_words: frozenset[str]
) -> str | None:
    # "Rodrigo Fuentes, ministro del Interior," / "Paula Herrera, analista de …" /
    # "José García es el candidato de…" (a copula and a definite role)
    if run + 2 < len(tokens) and tokens[run].low in words_of("copula"):
        article, role = tokens[run + 1], tokens[run + 2]
        if article.low in words_of("singular_definite") and role.low in role_words:
            return holder_role(tokens, run + 2)
    if run >= len(tokens) or text[tokens[run - 1].end : tokens[run].start].strip() != ",":
        return None
    k = run
    if tokens[k].low in words_of("before_role") and k + 1 < len(tokens):
        k += 1
    if tokens[k].low not in role_words or _role_opens_clause(text, tokens, k):
        return None
    return holder_role(tokens, k)


#: How many words after a role its verb may stand, its complement between.
_ROLE_CLAUSE_TOKENS = 8


def _role_opens_clause(text: str, tokens: Sequence[Token], k: int) -> bool:
    """Whether the role at token ``k`` after a name and a comma is a new clause's subject.

    "Tras reunirse con Axel Kicillof, el intendente aseguró…": a finite verb after the
    role (its complement between, no comma) makes it the subject of the main clause, not
    the name's apposition ("Axel Kicillof, el gobernador, aseguró…"; a relative opens
    the apposition's own clause: "Ana Paz, la abogada que representó a la familia,").
    """
    for j in range(k + 1, min(len(tokens), k + 1 + _ROLE_CLAUSE_TOKENS)):
        if text[tokens[j - 1].end : tokens[j].start].strip():
            return False  # a comma or a mark: the apposition closes
        tok = tokens[j]
        if tok.low in words_of("relative"):
            return False
        if not tok.capital and verb_like(tok):
            return True
    return False
