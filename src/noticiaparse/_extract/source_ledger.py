"""The ledger: the entities an article credits, built one credited phrase at a time.

:class:`Ledger` takes each phrase a reader credits (with its cue), resolves it to the
cast's entity or names a new one (a role to the person it was linked to, "el diario" to
the last newspaper named, "el informe" to the last document of its family), and keeps
one :class:`Entity` per key with its mentions in text order; :meth:`Entity.source` gives
the finished :class:`~noticiaparse._model.Source`.
"""

from __future__ import annotations

from typing import NamedTuple

from noticiaparse._extract.source_joins import ANY_DOCUMENT, bare_document, document_family
from noticiaparse._extract.source_names import (
    after_medium,
    apposed_holder,
    apposed_office,
    both_named,
    conjuncts,
    determiner_alone,
    glued_name,
    nicknamed,
    no_name,
    participle_lead,
    reported_inside,
)
from noticiaparse._extract.source_naming import (
    ARTICLE_REACH,
    FIGURES_REACH,
    MENTE,
    REPORTED_REACH,
    STEM,
    after_opening,
    bare_institution,
    bare_key,
    complemented,
    described_acronyms,
    doubled_article,
    entity_name,
    field_holder,
    figure_nouns,
    group_leads,
    institution_heads,
    listed_nouns,
    offices,
    opens_on_given,
    participle_complement,
    particle_kind,
    people_nouns,
    plural_endings,
    pluralised,
    same_author,
    starts_with,
    synonym_heads,
    text_before_is_and,
    without_incise,
    word_acronyms,
    written_end,
)
from noticiaparse._extract.source_naming import determined as _determined
from noticiaparse._extract.source_words import (
    ARTICLE_AND_NOUN,
    FUSED_REACH,
    LAST_WORD,
    PREVIOUS_REACH,
    org_cue_words,
)
from noticiaparse._extract.source_words import fused as _fused
from noticiaparse._model import Mention, Source, SourceKind
from noticiaparse._reading import (
    MEDIA_REF,
    ORGANIZATION,
    PERSON,
    Cast,
    Phrase,
    first_names,
    phrase_at,
    reporting_verb,
    role_keys,
    role_words,
    verb_like,
    word_set,
    words_in,
    words_of,
)
from noticiaparse._reading.vocabulary import closed_set, org_nouns, outlet_table
from noticiaparse._text.fold import fold
from noticiaparse._text.sentences import sentence_start
from noticiaparse._text.span import Span
from noticiaparse._text.spine import Spine

__all__ = ["Entity", "Ledger"]


#: The kinds a source can have, as their values (an entity of another kind is a person).
_SOURCE_KINDS = frozenset(kind.value for kind in SourceKind)


def _renames(current: Entity, name: str, kind: str) -> bool:
    """Whether a new mention's ``name`` is a fuller name for the entity ``current``.

    A longer name of the same kind is; "el documento" after "la encuesta" is not (the
    noun names it again, the name stays), nor "una fuente policial" after "fuentes
    policiales" (one of the group, which keeps its name).
    """
    if len(name) <= len(current.name) or kind != current.kind:
        return False
    if kind == "document":
        return not bare_document(name)
    opener = name.split(maxsplit=1)[0].lower()
    return kind != "anonymous" or opener not in words_of("indefinite")


#: An office and at least one word of complement after it: "el defensor del Pueblo".
_OFFICE_AND_MORE = 3
#: How far before a name its bare office is read ("el defensor " before "Ana Ruiz").
_BARE_OFFICE_REACH = 40


def _gender(article: str) -> str | None:
    """The gender an article or a fused article gives ("la" f, "el", "del", "al" m)."""
    low = article.lower()
    if low in words_of("feminine"):
        return "f"
    if low in words_of("masculine") or low in _fused():
        return "m"
    return None


def _object_named(before: str) -> bool:
    """Whether the words ``before`` a name make it a preposition's object.

    "Tras el gol de", "En homenaje a", "Luego de la renuncia del ministro": the
    preposition right before the name, or before its role ("del ministro", "a la
    alcaldesa").
    """
    words = before.split()[-3:]
    if not words:
        return False
    if words[-1].lower() in closed_set("object_preposition"):
        return True  # "de Luis Mena"
    if not words[-1].islower() or len(words) < ARTICLE_AND_NOUN:
        return False
    if words[-2] in {"del", "al"}:
        return True  # "del ministro Pedro Soto"
    return (
        len(words) > ARTICLE_AND_NOUN
        and words[-3].lower() in closed_set("object_preposition")
        and words[-2] in words_of("determiner")
    )  # "a la alcaldesa Ana Paz"


def _last_word_at(text: str, word: str, lo: int, hi: int) -> int:
    """Where ``word`` last stands whole in ``text[lo:hi]``, else -1."""
    at = text.rfind(word, lo, hi)
    while at >= 0:
        end = at + len(word)
        if not (at > 0 and text[at - 1].isalpha()) and not (
            end < len(text) and text[end].isalpha()
        ):
            return at
        at = text.rfind(word, lo, at)
    return -1


def _bare_one(phrase: Phrase) -> bool:
    """A phrase for one person by a word alone: a head ("el ministro"), no name, no group."""
    return (
        phrase.kind == PERSON
        and phrase.name is None
        and phrase.head is not None
        and not phrase.plural
        and phrase.group is None
    )


class _Resolved(NamedTuple):
    """What a phrase stands for, as the cast's entity gives it: key, kind and span."""

    key: str
    kind: str
    start: int
    end: int


class Entity:
    """A source being built: its key, best name, kind and mentions."""

    def __init__(self, key: str, name: str, kind: str) -> None:
        self.key = key
        self.name = name
        self.kind = kind
        self.mentions: list[Mention] = []
        self.first = 1 << 62
        # where each mention stands in the normalised text
        self.starts: list[int] = []

    def absorb(self, other: Entity) -> None:
        """Take ``other``'s mentions (kept in text order): another name of this entity."""
        self.mentions.extend(other.mentions)
        self.mentions.sort(key=lambda m: m.start)
        self.first = min(self.first, other.first)
        self.starts.extend(other.starts)

    def source(self) -> Source:
        name = bare_institution(self.name) if self.kind == "organization" else self.name
        return Source(name=name, kind=SourceKind(self.kind), mentions=tuple(self.mentions))


class Ledger:
    """The entities found so far in one article, and the document last named."""

    def __init__(self, spine: Spine, cast: Cast) -> None:
        self.spine = spine
        self.cast = cast
        self.entities: dict[str, Entity] = {}
        # the keys of the documents credited so far, in order
        self.documents: list[str] = []
        # the stretches credited so far, each as one int (start and end together): a
        # page of quotations credits one every few words
        self.seen: set[int] = set()
        # the stretches credited so far, in order
        self.spans: list[Span] = []
        self.width = len(spine.text) + 1
        # one copy of each mention's text, however often a page names the same source
        self.texts: dict[str, str] = {}
        self._acronyms: dict[str, str] | None = None
        self._kind_acronyms: frozenset[str] | None = None
        # the phrases :meth:`_add_one` was given so far
        self.tried: set[Phrase] = set()

    def _document_named(self, name: str) -> str | None:
        """The document a definite one names again, else ``None``.

        The last document named, when this one shares its author ("El reporte de GPS"
        after "un informe elaborado por GPS…"); or, named by its article, noun and
        adjectives alone ("el informe", "el informe diario"), the last one whose noun is
        of its family (``document_families.tsv``: "el informe diario" after "el balance
        del ministerio"; "el documento" after any, any after "el texto").
        """
        if not self.documents:
            return None
        last = self.documents[-1]
        if same_author(name, last):
            return last
        if not bare_document(name):
            return None
        family = document_family(name)
        for key in reversed(self.documents):
            if ANY_DOCUMENT in {family, document_family(key)} or family == document_family(key):
                return key
        return None

    def _aliases(self) -> dict[str, str]:
        """Every acronym the article expands, to the name it stands for."""
        if self._acronyms is None:
            self._acronyms = word_acronyms(self.spine.text)
        return self._acronyms

    def acronyms(self) -> dict[str, str]:
        """Every acronym the article expands in brackets, to the name it stands for."""
        return self._aliases()

    def _described(self) -> frozenset[str]:
        """Every acronym the article gives after a description of an organisation."""
        if self._kind_acronyms is None:
            self._kind_acronyms = described_acronyms(self.spine.text)
        return self._kind_acronyms

    def _canonical(self, phrase: Phrase, key: str, name: str, kind: str) -> tuple[str, str, str]:
        """The key, name and kind a resolved phrase is credited under."""
        if kind not in {"organization", "person"}:
            return key, name, kind
        found = self._institution(phrase, kind) or (bare_key(key, kind), name, kind)
        if found[2] == "person" and found[1] in self._described():
            # "Sitrap" after "el sindicato de trabajadores portuarios (Sitrap)"
            return found[0], found[1], "organization"
        if found[2] == "person" and found[1] in self._aliases().values():
            # "Petróleos Mexicanos (Pemex) reportó…": a name the article gives an
            # acronym to is an institution's, never a person's
            return found[0], found[1], "organization"
        if found[2] == "person" and phrase.head is None and self._figures_maker(phrase, found[1]):
            return found[0], found[1], "organization"  # "según cifras de Odepa"
        if found[2] == "person" and phrase.head is None:
            return self._outlet_named(phrase, found[0], found[1])
        return found

    def _figures_maker(self, phrase: Phrase, name: str) -> bool:
        """Whether one capitalised word no given name opens follows "cifras de", "datos de"."""
        if " " in name or name in first_names():
            return False
        before = self.spine.text[max(0, phrase.start - FIGURES_REACH) : phrase.start].lower()
        words = before.split()[-2:]
        return len(words) == ARTICLE_AND_NOUN and words[1] == "de" and words[0] in figure_nouns()

    def _institution(self, phrase: Phrase, kind: str) -> tuple[str, str, str] | None:
        """The institution a short name stands for: its key, name and kind, else ``None``.

        An acronym the article expanded is that name ("la Cepal", "Unicef"); a
        definite article and the first word of an institution named before is that
        institution ("el Fondo" after "el Fondo Monetario Internacional", "la Corte"
        after "la Corte Suprema", "el ministerio" after "el Ministerio de Salud"); a
        definite article before one capitalised word that
        is no given name names an institution, never a person ("el Indec").
        """
        at = phrase.start
        text = self.spine.text
        words = text[phrase.start : phrase.end].split()
        lead = len(words) > 1 and words[0].lower() in words_of("definite")
        bare = words[1:] if lead else words
        # "del Indec", "al Fondo": the article fused with the preposition before
        previous = text[max(0, at - FUSED_REACH) : at]
        fused = previous.lower().split()[-1:]
        lead = lead or (previous.endswith(" ") and bool(fused) and fused[0] in _fused())
        if len(bare) > 1 and lead and kind == "organization" and all(w.islower() for w in bare):
            # "el banco central" after "el Banco de México": its noun, then adjectives
            full = self._named_by_head(bare[0], at)
            return None if full is None else (full.lower(), full, "organization")
        if len(bare) != 1:
            return None
        if not bare[0][:1].isupper():
            # "el ministerio" after "el Ministerio de Salud": the institution named before
            full = self._named_by_head(bare[0], at) if lead and kind == "organization" else None
            return None if full is None else (full.lower(), full, "organization")
        if phrase.head is not None:
            return None
        full = self._aliases().get(bare[0]) or (self._named_by_head(bare[0], at) if lead else None)
        if full is not None:
            return full.lower(), full, "organization"
        word = bare[0].lower()
        if (
            lead
            and kind == "person"
            and bare[0].capitalize() not in first_names()
            and word not in role_words()
        ):
            return bare[0].lower(), bare[0], "organization"
        return None

    def _outlet_named(self, phrase: Phrase, key: str, name: str) -> tuple[str, str, str]:
        """An outlet of the table read as a person's name ("El Universo y Expreso informaron").

        A name no given name opens, that is an outlet's with or without the article the
        text set before it, is that outlet; else the person as read.
        """
        if opens_on_given(name):
            return key, name, "person"
        text = self.spine.text
        before = text[max(0, phrase.start - ARTICLE_REACH) : phrase.start].split()[-1:]
        table = outlet_table()
        for full in (name, f"{before[0]} {name}" if before else name):
            if full.lower() in table and full[:1].isupper():
                return full.lower(), full, "media"
        return key, name, "person"

    def _unlinked_role(self, phrase: Phrase) -> _Resolved | None:
        """A person described by a relation, a place or a job no name was linked to.

        "el padre de familia", "esta vecina", "el investigador" (``people_nouns.txt``):
        when the article never sets a name beside such a noun (in apposition,
        "identificado como"), it is the source as written; the person of its gender
        named last is a guess that credits someone who said nothing. An office ("la
        ministra", "el alcalde") is left to the cast, which finds its holder.
        """
        if (
            phrase.kind != PERSON
            or phrase.head is None
            or phrase.name is not None
            or phrase.group is not None  # "el 80% de los consultados": the group speaks
        ):
            return None
        head = phrase.head
        singular = next((head[: -len(e)] for e in plural_endings() if head.endswith(e)), head)
        if phrase.plural or (singular != head and {singular, singular + "e"} & people_nouns()):
            # "estos padres": a group of them is itself, whatever was linked to one
            if not {singular, singular + "e"} & people_nouns():
                return None
        elif head not in people_nouns():
            return None
        elif self._demonstrated(phrase):
            # "Esta vecina": the one of them named last, however the cast links the noun
            return self._last_described(head, phrase) or self._as_written(phrase)
        elif self.cast.role_link(head, phrase.start) is not None:
            return None
        return self._as_written(phrase)

    def _bare_holder(self, phrase: Phrase) -> _Resolved | None:
        """The one person the article gave an office bare, for that office written in full.

        "el defensor Carlos Ruiz … el defensor del Pueblo explicó", "La congresista Ana
        Gil … la congresista de Acción Nueva negó": a person introduced by the bare
        role (no complement between the role and the name) is named again by the role
        with its complement (the office's own name, the party), when the article gave
        that role, in the description's gender, to no one else before it. The cast
        reads a complement as another office unless the link's sentence writes it; a
        bare link says nothing of the complement, and one holder is the one meant. An
        office one person holds at a time for each body (``exclusive_offices.txt``: "el
        ministro Pedro Gil … el ministro de Salud", "el alcalde de Quito") is named by
        its complement, another's: the cast's reading stands; so it does for an office
        the cast resolves, a name, a plural or an indefinite ("un congresista de Acción
        Nueva": someone new).
        """
        words = self.spine.text[phrase.start : phrase.end].split()
        if (
            not _bare_one(phrase)
            or phrase.head not in role_words()
            or phrase.head in word_set("exclusive_offices.txt")
            or len(words) < _OFFICE_AND_MORE
            or words[0].lower() not in words_of("definite")
            or words[1].lower() != phrase.head  # "el ex diputado", "el propio diputado"
        ):
            return None
        holder = self._bare_office_holder(phrase.head, _gender(words[0]), phrase.start)
        if holder is None or holder not in self.cast.people:
            return None
        if self.cast.resolve(phrase).key != " ".join(words).lower():
            return None  # the cast links it (to this holder or another): its reading stands
        return _Resolved(holder.lower(), "person", *self.cast.people[holder])

    def _bare_office_holder(self, head: str, gender: str | None, at: int) -> str | None:
        """The one person given office ``head`` bare, in ``gender``, before ``at``, if one.

        ``None`` when a link of that gender gives the office with a complement or after
        the name ("Ana Gil, diputada"): the cast's reading of the office stands.
        """
        text = self.spine.text
        keys = set(role_keys(head))
        holders: set[str] = set()
        for pos, role, name in self.cast.roles:
            if pos >= at or keys.isdisjoint(role_keys(role)):
                continue
            before = [w.lower() for w in text[max(0, pos - _BARE_OFFICE_REACH) : pos].split()]
            k = next((k for k in range(len(before) - 1, 0, -1) if before[k] == role), None)
            if k is None:
                return None  # the office given after the name ("Ana Gil, diputada")
            if _gender(before[k - 1]) != gender:
                continue  # "la diputada Ana Gil" is not "el diputado de Acción Nueva"
            if k != len(before) - 1:
                return None  # the office given with a complement: the cast's reading
            holders.add(self.cast.full_name(name))
        return next(iter(holders)) if len(holders) == 1 else None

    def _described_org(self, phrase: Phrase) -> _Resolved | None:
        """The institution an organisation's noun and an adjective of its field name.

        "la institución policial" after "la Policía Nacional" and "la Fiscalía": the
        adjective shares its stem with the institution's name ("policial" with
        "Policía", "judicial" with "Poder Judicial"), so the latest one named so.
        """
        if phrase.kind != ORGANIZATION or phrase.name is not None or phrase.head is None:
            return None
        words = self.spine.text[phrase.start : phrase.end].lower().split()
        if phrase.head not in words:
            return None
        adjectives = [
            w
            for w in words[words.index(phrase.head) + 1 :]
            if len(w) > STEM and w not in word_set("demonyms.txt")  # "chilena": a country
        ]
        text = self.spine.text
        for pos, name, span in reversed(self.cast.orgs):
            if pos >= phrase.start or not adjectives:
                continue
            lo, full = span[0], name
            before = text[max(0, lo - STEM * 4) : lo].split()[-1:]
            if before and before[0][:1].isupper():
                # the capitalised head a name may have been read without ("Policía Nacional")
                lo, full = text.rfind(before[0], 0, lo), f"{before[0]} {name}"
            stems = {w[:STEM] for w in full.lower().split()}
            if any(a[:STEM] in stems for a in adjectives):
                key = self.cast.aliases.get(name, full).lower()
                return _Resolved(key, "organization", lo, span[1])
        return None

    def _subject_before(self, phrase: Phrase) -> _Resolved | None:
        """The name opening the sentence before, for an organisation's noun with none named.

        "Aguas Claras cortó el suministro. La compañía explicó…", "Sudair canceló 40
        vuelos. La aerolínea informó…": a noun of ``org_nouns.txt`` names again the
        subject of the sentence just before, in the same paragraph, when no organisation
        was named before it and that subject is a name no given name opens.
        """
        if (
            phrase.kind != ORGANIZATION
            or phrase.name is not None
            or phrase.head not in org_nouns()
            or any(org[0] < phrase.start for org in self.cast.orgs)
        ):
            return None
        text = self.spine.text
        lo = sentence_start(text, phrase.start, 0, reach=PREVIOUS_REACH)
        stop = text[:lo].rstrip()
        if not stop.endswith(".") or "\n" in text[len(stop) : lo]:
            return None  # no sentence before it in the paragraph
        before = sentence_start(text, len(stop) - 1, 0, reach=PREVIOUS_REACH)
        tokens = words_in(text, before, len(stop))
        found = phrase_at(text, tokens, after_opening(text, tokens)) if tokens else None
        if found is None or found[1] >= len(tokens) or not verb_like(tokens[found[1]]):
            return None  # the name must be that sentence's subject, its verb right after it
        named = found[0].name
        if named is None or found[0].kind not in {PERSON, ORGANIZATION}:
            return None
        name = " ".join(text[named[0] : named[1]].split())
        if opens_on_given(name):
            return None  # "Pedro Soto cerró el local. La empresa…": a person is no company
        return _Resolved(name.lower(), "organization", named[0], named[1])

    def _demonstrated(self, phrase: Phrase) -> bool:
        first = self.spine.text[phrase.start : phrase.end].split(maxsplit=1)[:1]
        return bool(first) and first[0].lower() in words_of("demonstrative")

    def _last_described(self, head: str, phrase: Phrase) -> _Resolved | None:
        """The person credited last under a description with the noun ``head`` ("las vecinas")."""
        forms = {head} | {head + ending for ending in plural_endings()}
        for key, entity in reversed(self.entities.items()):
            if entity.kind == "person" and forms & set(key.split()):
                return _Resolved(key, "person", phrase.start, phrase.end)
        return None

    def _other_than_named(
        self, phrase: Phrase, kind: str, start: int, end: int
    ) -> _Resolved | None:
        """A bare role as written where its sentence named the person it resolved to.

        "Tras el gol de Luis Mena, el técnico declaró…", "En homenaje a Ana Paz, la
        alcaldesa afirmó…", "Luego de la renuncia del ministro Pedro Soto, el presidente
        aseguró…": news that names a person and, in the same sentence, makes a bare role
        the subject means someone else (the same person would be "él", or nothing); the
        person is who the sentence speaks of. Only a person named as a preposition's
        object ("de Luis Mena", "a Ana Paz", "del ministro Pedro Soto") in the adverbial
        that opens the sentence, the role right after its comma, is so ("El gobierno de
        Javier Soto clausuró la radio, como el presidente había adelantado": Soto); one the
        sentence opens on ("Pedro Soto, ministro de Hacienda, llegó; el ministro dijo…")
        is the role's holder. ``kind``, ``start``, ``end``: what the phrase resolved to;
        ``None`` keeps it.
        """
        if not _bare_one(phrase) or kind != PERSON or start >= phrase.start:
            return None
        text = self.spine.text
        lo = sentence_start(text, phrase.start, 0)
        full = " ".join(text[start:end].split())
        at = text.rfind(full, lo, phrase.start)
        if at < 0 and full.split()[-1:]:
            at = _last_word_at(text, full.split()[-1], lo, phrase.start)
        if at < 0 or not _object_named(text[lo:at]):
            return None  # named elsewhere, or the sentence's subject ("Pedro Soto, …; el…")
        opening = text[lo:at].split()[:1]
        comma = text.find(",", at, phrase.start)
        if (
            not opening
            or opening[0].lower() not in closed_set("adverbial_lead")
            or comma < 0
            or text[comma + 1 : phrase.start].strip()
        ):
            return None  # "El gobierno de Javier Soto clausuró…, como el presidente…"
        return self._as_written(phrase)

    def _as_written(self, phrase: Phrase) -> _Resolved:
        """A person's description as written, ending before an adverb in "-mente"."""
        text = self.spine.text
        end = phrase.end
        adverb = MENTE.search(text, phrase.start, phrase.end)
        if adverb is not None and adverb.start() > phrase.start:
            end = len(text[: adverb.start()].rstrip())  # "estos padres visiblemente…"
        whole = " ".join(text[phrase.start : end].split())
        return _Resolved(whole.lower(), "person", phrase.start, end)

    def _named_by_head(self, head: str, at: int) -> str | None:
        """The latest institution named before ``at`` whose name opens on ``head`` and goes on.

        A noun of the same class in ``institution_synonyms.tsv`` opens it too: "el
        tribunal" after "la Corte Constitucional", "la alcaldía" after "la
        Municipalidad de Lima".
        """
        low = head.lower()
        heads = synonym_heads().get(low, frozenset({low}))
        return next(
            (
                name
                for pos, name, _ in reversed(self.cast.orgs)
                if pos < at and " " in name and name.split()[0].lower() in heads
            ),
            None,
        )

    def _group_named(self, key: str, kind: str, at: int) -> str:
        """The group named before of which ``key`` is the short form, else ``key``.

        "los medios" after "los medios italianos", "los vecinos" after "los vecinos de
        Aysén": a group named again with fewer words is the same group. The makers'
        noun alone ("los autores", "los firmantes": ``maker_nouns.txt``) is the group
        or institution credited last before ``at``.
        """
        bare = [w for w in key.split() if w not in group_leads()]
        if len(bare) == 1 and bare[0] in word_set("maker_nouns.txt"):
            return self._last_group(at) or key
        words = offices(key.split())
        for other, entity in self.entities.items():
            if entity.kind == kind and starts_with(offices(other.split()), words, equal=True):
                return other
        return key

    def _known_person(self, name: str) -> bool:
        """Whether the cast holds ``name`` as a person's: in full, or a surname of one."""
        return self.cast.full_name(name) in self.cast.people

    def _anonymous_named(self, key: str) -> str:
        """The anonymous source named before that ``key`` names again, else ``key``.

        "la fuente", "dicha fuente" (``anonymous_anaphora.txt``): the anonymous source
        named last. "una fuente policial" after "fuentes policiales": one of the sources
        the article credited as a group, which no reader can tell apart from them.
        """
        if key in word_set("anonymous_anaphora.txt"):
            return next(
                (k for k, e in reversed(self.entities.items()) if e.kind == "anonymous"), key
            )
        words = key.split()
        if len(words) < ARTICLE_AND_NOUN or words[0] not in words_of("indefinite"):
            return key
        plural = pluralised(words[1:])
        for other, entity in self.entities.items():
            if entity.kind == "anonymous":
                bare = other.split()
                if bare and bare[0] in group_leads():
                    bare = bare[1:]
                if bare == plural:
                    return other
        return key

    def _last_group(self, at: int) -> str | None:
        """The group of people or the institution credited last before ``at``, if any.

        A group is a description ("Un equipo de investigadores", "los gremios"), not a
        person's name. A document credited after it may be that group's work ("Un
        equipo… publicó un estudio… los autores"), not an institution's, which is only
        another source ("Según el Ministerio… Un estudio publicado en Nature… los
        autores": unnamed); an outlet or a person credited last leaves them unnamed too.
        """
        last = sorted(
            (max(s for s in entity.starts if s < at), key, entity)
            for key, entity in self.entities.items()
            if any(s < at for s in entity.starts)
        )
        document = False
        for _, key, entity in reversed(last):
            if entity.kind == "document":
                document = True
                continue
            group = entity.kind == "person" and (
                not entity.name[:1].isupper()
                or entity.name.split(maxsplit=1)[0].lower() in group_leads()
            )
            if group or (entity.kind == "organization" and not document):
                return key
            return None
        return None

    def add(
        self,
        phrase: Phrase,
        cue: str | None,
        start: int | None = None,
        *,
        spoken: bool = False,
        named: Phrase | None = None,
    ) -> None:
        """Credit ``phrase``, each of two it joins by "y" apart (``conjuncts``).

        "Ana Díaz y Luis Mena", "Carabineros y la PDI": two sources. ``spoken``: the
        phrase is a quotation's speaker, a source even where another reporting verb
        reports it ("La vecina asegura que el Ayuntamiento afirma que «…»"). ``named``:
        the person a description renames ("«…», añadió la atleta", the quotation's
        speaker named before): the phrase is a mention of that person's entity.
        """
        if named is not None and phrase not in self.tried:
            self.tried.add(phrase)
            self._add_one(phrase, cue, start, named=named)
            return
        if (
            phrase.plural
            and phrase.name is None
            and determiner_alone(self.spine.text, phrase.start, phrase.end)
        ):
            # "según algunas fuentes que…": the quantifier and the phrase it determines
            determined = _determined(self.spine.text, phrase)
            if determined is None:
                return  # "Muchos de los dardos apuntaron…": no one
            phrase = determined
        if cue is not None and not spoken and self._reported(phrase, cue):
            return  # "La senadora afirmó que Ortiz respondió…": Ortiz is reported
        if text_before_is_and(self.spine.text, phrase.start):
            phrase = self._whole_institution(phrase)
        both = both_named(self.spine.text, phrase, self.cast) if phrase.plural else []
        for part in both or conjuncts(self.spine.text, phrase, self._known_person):
            # a phrase given again (a verb's subject that also speaks a quotation: half
            # the phrases of the dev pages) changes nothing: what it is credited as
            # depends on the text and the phrase alone, and the first time either
            # recorded its stretch (``seen``) or found that it names no one
            if part not in self.tried:
                self.tried.add(part)
                self._add_one(part, cue, start)

    def _whole_institution(self, phrase: Phrase) -> Phrase:
        """The institution whose coordinated complement ``phrase`` closes, else ``phrase``.

        "La Organización de las Naciones Unidas para la Alimentación y la Agricultura
        advirtió…", "…para la Educación, la Ciencia y la Cultura": the name before "y" (and
        the comma list of capitalised nouns before it) holds a complement ("de", "para")
        that the noun after "y" ends; the verb's subject is the whole name, not "la
        Agricultura".
        """
        text = self.spine.text
        words = text[phrase.start : phrase.end].split()
        if words and words[0].lower() in words_of("definite"):
            words = words[1:]
        if len(words) != 1 or words[0].isupper() or fold(words[0]) in institution_heads():
            return phrase  # "y la Cruz Roja", "y la PDI", "y la Fiscalía": another institution
        for pos, name, span in reversed(self.cast.orgs):
            if span[1] > phrase.start:
                continue
            if not complemented(name) or not listed_nouns(text[span[1] : phrase.start]):
                return phrase
            whole = Span(pos, phrase.end)
            return Phrase(pos, phrase.end, ORGANIZATION, name=whole)
        return phrase

    def _reported(self, phrase: Phrase, cue: str) -> bool:
        """Whether a verb's subject opens the clause another reporting verb's "que" reports."""
        text = self.spine.text
        lo = max(0, phrase.start - REPORTED_REACH)
        if " que " not in text[lo : phrase.start]:
            return False  # a cheap test first
        verb = cue.split(maxsplit=1)[:1]
        if not verb or not reporting_verb(verb[0].lower()):
            return False  # "según X", "de acuerdo con X": a cue of its own
        return reported_inside(text, phrase.start, max(0, lo - REPORTED_REACH))

    def _add_one(
        self, phrase: Phrase, cue: str | None, start: int | None = None, named: Phrase | None = None
    ) -> None:
        """Credit ``phrase``: join its entity (or open one) and record the mention.

        A phrase already credited (a verb's subject that is also a speaker) is not
        recorded twice; ``start`` is where the entity is first credited, when not at
        the phrase (a speaker at the quotation it spoke). ``named``: the phrase whose
        entity ``phrase`` is a mention of (:meth:`add`).
        """
        phrase = apposed_office(
            self.spine.text,
            field_holder(self.spine.text, after_medium(self.spine.text, phrase)),
            org_cue_words(),
        )
        phrase = apposed_holder(self.spine.text, phrase, org_cue_words())
        phrase = glued_name(self.spine.text, phrase)
        phrase = participle_complement(self.spine.text, without_incise(self.spine.text, phrase))
        phrase = nicknamed(self.spine.text, doubled_article(self.spine.text, phrase))
        stretch = phrase.start * self.width + phrase.end
        written = self.spine.text[phrase.start : phrase.end]
        lo, hi = phrase.name or (phrase.start, phrase.end)
        if (
            stretch in self.seen
            or written.lower() in words_of("no_one")
            or (
                no_name(
                    written,
                    self.spine.text[phrase.end : phrase.end + LAST_WORD],
                    self.spine.text[max(0, phrase.start - LAST_WORD) : phrase.start],
                )
                # "Diez" after "Christian Diez": a surname, not a number
                and self.cast.full_name(written.strip()) == written.strip()
            )
            or participle_lead(
                self.spine.text[lo:hi],
                self.spine.text[hi : hi + LAST_WORD],
                self.spine.text[max(0, lo - LAST_WORD) : lo],
            )
        ):
            return  # credited already, "Nadie explicó…", "Actualmente escribe…": no one
        self.seen.add(stretch)
        self.spans.append(Span(phrase.start, phrase.end))
        spine = self.spine
        entity = (
            self.cast.resolve(named)
            if named is not None
            else (
                self._unlinked_role(phrase)
                or self._described_org(phrase)
                or self._subject_before(phrase)
                or self._bare_holder(phrase)
                or self.cast.resolve(phrase)
            )
        )
        other = self._other_than_named(phrase, entity.kind, entity.start, entity.end)
        entity = entity if other is None else other
        if phrase.kind == MEDIA_REF and entity.start == phrase.start:
            return  # "la revista" with no outlet named before it names no one
        name = entity_name(spine.text, entity.start, entity.end, entity.kind)
        if len(name) <= 1:
            return
        kind = entity.kind if entity.kind in _SOURCE_KINDS else "person"
        key, name, kind = self._canonical(phrase, entity.key, name, kind)
        kind = particle_kind(name, kind)
        if kind == "document":
            words = name.lower().split()
            earlier = self._document_named(name) if words[0] in words_of("definite") else None
            if earlier is not None:
                # "el informe", "el informe diario", "el reporte de GPS" after "un informe
                # elaborado por GPS…"
                key = earlier
            self.documents.append(key)
        if phrase.plural and phrase.name is None and key not in self.entities:
            key = self._group_named(key, kind, phrase.start)
        if kind == "anonymous":
            key = self._anonymous_named(key)
        current = self.entities.get(key)
        if current is None:
            current = Entity(key, name, kind)
            self.entities[key] = current
        elif _renames(current, name, kind):
            current.name = name
        start, end = spine.trim(phrase.start, written_end(spine.text, phrase, kind))
        o_start, o_end = spine.span(start, end)
        shown = spine.display(start, end)
        current.mentions.append(
            Mention(text=self.texts.setdefault(shown, shown), start=o_start, end=o_end, cue=cue)
        )
        current.first = min(current.first, phrase.start if start is None else start)
        current.starts.append(phrase.start)
