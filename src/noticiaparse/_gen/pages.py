"""Generated Spanish news pages with their ground truth, piece by piece.

Sentences carry their elements (quotes, sources, amounts, date mentions) with offsets
relative to the sentence; paragraphs and pages join them and move the offsets along.
Public through :mod:`noticiaparse.strategies`. This module imports ``hypothesis``;
nothing in the parsing core imports it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from decimal import Decimal

import attrs
from hypothesis import strategies as st

from noticiaparse._gen.noise import noise, noisy_article
from noticiaparse._model import (
    Article,
    DateMention,
    Mention,
    Money,
    Publication,
    Quote,
    QuoteKind,
    Segment,
    Source,
    SourceKind,
)
from noticiaparse._text.lexicons import lines, rows
from noticiaparse._text.span import Span

__all__ = ["GeneratedArticle", "GeneratedQuote", "article_pages", "furniture", "quote_sentences"]


@attrs.frozen
class GeneratedArticle:
    """A generated page and its ground truth.

    ``expected`` is the :class:`~noticiaparse.Article` an annotator following
    ``ANNOTATION.md`` would give for ``text``; its offsets point into ``text``.
    ``reference_date`` is the page's publication date and ``country`` the hint that
    gives a bare "$" its currency (``None``: no hint, ``currency`` is ``None``).
    ``shape`` names the page layout (``"blank-lines"``, ``"site-title"``, ``"byline"``).
    """

    text: str
    expected: Article
    reference_date: dt.date
    country: str | None
    shape: str


@attrs.frozen
class GeneratedQuote:
    """One sentence holding one quotation, and the expected :class:`~noticiaparse.Quote`."""

    text: str
    quote: Quote


# --------------------------------------------------------------------------- lexicons


def _entries(name: str) -> tuple[str, ...]:
    return lines(name)


def _first_names(name: str) -> tuple[str, ...]:
    """The first name given for each number in a ``word<TAB>number`` calendar lexicon."""
    seen: dict[str, str] = {}
    for word, number in rows(name):
        seen.setdefault(number, word)
    return tuple(seen[k] for k in sorted(seen, key=int))


def _frames(kind: str) -> tuple[str, ...]:
    return tuple(frame for k, frame in rows("gen/frames.tsv") if k == kind)


def _fill(frame: str, value: str) -> tuple[str, int]:
    """``frame`` with ``value`` at ``{}``, and the offset where ``value`` starts."""
    at = frame.index("{}")
    return frame[:at] + value + frame[at + 2 :], at


def _lower_first(sentence: str) -> str:
    return sentence[:1].lower() + sentence[1:]


# --------------------------------------------------------------------------- pieces


@attrs.frozen
class _Cited:
    """A source mention before the mentions of one entity are gathered."""

    name: str
    kind: SourceKind
    mention: Mention


@attrs.frozen
class _Piece:
    """Generated text and the elements in it, offsets relative to ``text``."""

    text: str
    quotes: tuple[Quote, ...] = ()
    money: tuple[Money, ...] = ()
    dates: tuple[DateMention, ...] = ()
    cited: tuple[_Cited, ...] = ()


def _shift_segment(segment: Segment, by: int) -> Segment:
    return Segment(segment.text, segment.start + by, segment.end + by)


def _shift(piece: _Piece, by: int) -> _Piece:
    return _Piece(
        text=piece.text,
        quotes=tuple(
            attrs.evolve(
                q,
                start=q.start + by,
                end=q.end + by,
                speaker=None if q.speaker is None else _shift_segment(q.speaker, by),
            )
            for q in piece.quotes
        ),
        money=tuple(attrs.evolve(m, start=m.start + by, end=m.end + by) for m in piece.money),
        dates=tuple(attrs.evolve(d, start=d.start + by, end=d.end + by) for d in piece.dates),
        cited=tuple(
            attrs.evolve(
                c,
                mention=attrs.evolve(c.mention, start=c.mention.start + by, end=c.mention.end + by),
            )
            for c in piece.cited
        ),
    )


def _join(pieces: Sequence[_Piece], sep: str) -> _Piece:
    texts: list[str] = []
    quotes: list[Quote] = []
    money: list[Money] = []
    dates: list[DateMention] = []
    cited: list[_Cited] = []
    at = 0
    for i, piece in enumerate(pieces):
        if i:
            texts.append(sep)
            at += len(sep)
        moved = _shift(piece, at)
        texts.append(piece.text)
        quotes.extend(moved.quotes)
        money.extend(moved.money)
        dates.extend(moved.dates)
        cited.extend(moved.cited)
        at += len(piece.text)
    return _Piece("".join(texts), tuple(quotes), tuple(money), tuple(dates), tuple(cited))


# --------------------------------------------------------------------------- quotes

_MARKS = (("«", "»"), ("“", "”"), ('"', '"'))
#: The last value of a draw from 0 to this: one time in five (eight) the rarer shape.
_ONE_IN_FIVE = 4
_ONE_IN_EIGHT = 7


def _anaphor(kind: str) -> str:
    """How a later sentence refers back to the last outlet of ``kind`` ("el diario").

    From ``gen/media_anaphora.tsv``; ``"any"`` gives the one that fits every outlet
    ("el medio"), as does a type the table does not list.
    """
    table = {row[0]: row[1] for row in rows("gen/media_anaphora.tsv")}
    return table.get(kind, table["any"])


@attrs.frozen
class _Person:
    given: str
    surname: str

    @property
    def name(self) -> str:
        return f"{self.given} {self.surname}"


def _people() -> st.SearchStrategy[_Person]:
    return st.sampled_from(rows("gen/people.tsv")).map(lambda row: _Person(row[0], row[1]))


def _written(draw: st.DrawFn, person: _Person, known: frozenset[str]) -> str:
    """The full name, or the surname alone once the article has named the person in full."""
    return person.surname if person.name in known and draw(st.booleans()) else person.name


def _speech(
    text: str, content: Span, kind: QuoteKind, said: tuple[_Person, str, int, str]
) -> _Piece:
    """A quote (``text[slice(*content)]``) said by a person written as ``name`` at ``at``.

    The speaker is the person's most complete name; its span is where the text names them.
    """
    q_start, q_end = content
    person, name, at, verb = said
    speaker = Segment(person.name, at, at + len(name))
    quote = Quote(
        text=text[q_start:q_end], start=q_start, end=q_end, kind=kind, speaker=speaker, cue=verb
    )
    cited = _Cited(person.name, SourceKind.PERSON, Mention(name, at, at + len(name), cue=verb))
    return _Piece(text, quotes=(quote,), cited=(cited,))


@st.composite
def _quote_piece(
    draw: st.DrawFn, people: st.SearchStrategy[_Person], known: frozenset[str] = frozenset()
) -> _Piece:
    """One sentence with one quotation of any kind, attributed where it is speech."""
    shape = draw(st.sampled_from(("after", "colon", "partial", "term", "title")))
    opening, closing = draw(st.sampled_from(_MARKS))
    if shape in ("term", "title"):
        frame, value = draw(
            st.sampled_from(rows("gen/terms.tsv" if shape == "term" else "gen/titles.tsv"))
        )
        text, at = _fill(frame, f"{opening}{value}{closing}")
        start = at + len(opening)
        kind = QuoteKind.TERM if shape == "term" else QuoteKind.TITLE
        quote = Quote(text=value, start=start, end=start + len(value), kind=kind)
        return _Piece(text, quotes=(quote,))
    person = draw(people)
    name = _written(draw, person, known)
    verb = draw(st.sampled_from(_entries("gen/verbs.txt")))
    if shape == "after":
        clause = draw(st.sampled_from(_entries("gen/clauses.txt")))
        text = f"{opening}{clause}{closing}, {verb} {name}."
        at = len(opening)
        said = (person, name, len(text) - len(name) - 1, verb)
        return _speech(text, Span(at, at + len(clause)), QuoteKind.DIRECT, said)
    if shape == "colon":
        clause = draw(st.sampled_from(_entries("gen/clauses.txt")))
        lead = f"{name} {verb}: {opening}"
        text = f"{lead}{clause}{closing}."
        return _speech(
            text,
            Span(len(lead), len(lead) + len(clause)),
            QuoteKind.DIRECT,
            (person, name, 0, verb),
        )
    fragment = draw(st.sampled_from(_entries("gen/fragments.txt")))
    lead = f"{name} {verb} que {opening}"
    text = f"{lead}{fragment}{closing}."
    content = Span(len(lead), len(lead) + len(fragment))
    return _speech(text, content, QuoteKind.PARTIAL, (person, name, 0, verb))


# --------------------------------------------------------------------------- money

_LOCAL_PESO = {"CL": "CLP", "AR": "ARS", "CO": "COP", "MX": "MXN"}
_COUNTRIES: tuple[str | None, ...] = ("CL", None, "AR", "CO", "MX")


def _group(value: int, thousands: str) -> str:
    return f"{value:,}".replace(",", thousands)


@st.composite
def _money_raw(draw: st.DrawFn, country: str | None) -> tuple[str, Decimal, str | None, str | None]:
    """An amount as written: ``(raw, amount, currency, symbol)``."""
    decimal_mark, thousands = (".", ",") if country == "MX" else (",", ".")
    local = _LOCAL_PESO.get(country or "")
    forms = ["sign", "sign-millions", "usd-millions", "euros", "usd-words"]
    if local is not None:
        forms.append("pesos-millions")
    if country == "CL":
        forms.append("uf")
    form = draw(st.sampled_from(forms))
    if form == "sign":
        value = draw(st.integers(1_000, 99_999_999))
        space = draw(st.sampled_from(("", " ")))
        return f"${space}{_group(value, thousands)}", Decimal(value), local, "$"
    if form == "euros":
        value = draw(st.integers(1_000, 9_999_999))
        return f"{_group(value, thousands)} euros", Decimal(value), "EUR", None
    if form == "uf":
        value = draw(st.integers(1_000, 999_999))
        return f"UF {_group(value, thousands)}", Decimal(value), "CLF", "UF"
    if form == "usd-words":
        word, number = draw(st.sampled_from(rows("gen/number_words.tsv")))
        return f"{word} millones de dólares", Decimal(number) * 10**6, "USD", None
    whole = draw(st.integers(1, 999))
    tenth = draw(st.integers(0, 9))
    number = f"{whole}{decimal_mark}{tenth}" if tenth else str(whole)
    amount = (Decimal(whole) + Decimal(tenth) / 10) * 10**6
    if form == "sign-millions":
        return f"${number} millones", amount, local, "$"
    if form == "usd-millions":
        return f"US$ {number} millones", amount, "USD", "US$"
    return f"{number} millones de pesos", amount, local, None


@st.composite
def _money_piece(draw: st.DrawFn, country: str | None) -> _Piece:
    frame = draw(st.sampled_from(_frames("money")))
    if draw(st.integers(0, _ONE_IN_FIVE)) == _ONE_IN_FIVE:
        return _money_range(draw, country, frame)
    raw, amount, currency, symbol = draw(_money_raw(country))
    text, at = _fill(frame, raw)
    money = Money(
        raw=raw, start=at, end=at + len(raw), amount=amount, currency=currency, symbol=symbol
    )
    return _Piece(text, money=(money,))


def _money_range(draw: st.DrawFn, country: str | None, frame: str) -> _Piece:
    """Two amounts sharing their scale and currency: ``entre $3 y $5 millones``."""
    sign, currency = draw(st.sampled_from((("$", _LOCAL_PESO.get(country or "")), ("US$ ", "USD"))))
    low = draw(st.integers(1, 98))
    high = draw(st.integers(low + 1, 99))
    second = f"{sign}{high} millones"
    text, at = _fill(frame, f"entre {sign}{low} y {second}")
    first_at = at + len("entre ")
    second_at = text.index(second, first_at)
    ends = (
        (first_at, first_at + len(sign) + len(str(low)), low),
        (second_at, second_at + len(second), high),
    )
    return _Piece(
        text,
        money=tuple(
            Money(
                raw=text[start:end],
                start=start,
                end=end,
                amount=Decimal(value) * 10**6,
                currency=currency,
                symbol=sign.strip(),
            )
            for start, end, value in ends
        ),
    )


# --------------------------------------------------------------------------- dates

_REFERENCES = st.dates(dt.date(2005, 1, 1), dt.date(2030, 12, 31))


def _iso(day: dt.date) -> str:
    return day.isoformat()


@st.composite
def _date_piece(draw: st.DrawFn, reference: dt.date) -> _Piece:
    """A sentence with one date mention whose resolution the words fix."""
    months = _first_names("gen/months.tsv")
    form = draw(
        st.sampled_from(("past-day", "full", "past-month", "month-year", "numeric", "ayer", "next"))
    )
    if form == "next":
        weekday = draw(st.integers(1, 7))
        name = _first_names("gen/weekdays.tsv")[weekday - 1]
        ahead = (weekday - reference.isoweekday() - 1) % 7 + 1
        core = f"próximo {name}"
        mention = f"el {core}"
        resolved = _iso(reference + dt.timedelta(days=ahead))
        values: tuple[int | None, int | None, int | None] = (None, None, None)
        frames = _frames("future")
    elif form == "ayer":
        core = mention = "ayer"
        resolved = _iso(reference - dt.timedelta(days=1))
        values = (None, None, None)
        frames = _frames("past")
    else:
        frames = _frames("past")
        month = draw(st.integers(1, 12).filter(lambda m: m != reference.month))
        day = draw(st.integers(1, 28))
        year = draw(st.integers(reference.year - 10, reference.year))
        if form == "past-day":
            past = dt.date(reference.year, month, day)
            if past > reference:
                past = past.replace(year=reference.year - 1)
            core = f"{day} de {months[month - 1]}"
            mention = f"el pasado {core}"
            values, resolved = (None, month, day), _iso(past)
        elif form == "past-month":
            past_year = reference.year if month < reference.month else reference.year - 1
            core = f"{months[month - 1]} pasado"
            mention = f"en {core}"
            values, resolved = (None, month, None), f"{past_year:04d}-{month:02d}"
        elif form == "month-year":
            core = f"{months[month - 1]} de {year}"
            mention = f"en {core}"
            values, resolved = (year, month, None), f"{year:04d}-{month:02d}"
        else:
            date = dt.date(year, month, day)
            if date >= reference:
                date = date.replace(year=year - 1)
            core = (
                f"{date.day} de {months[month - 1]} de {date.year}"
                if form == "full"
                else f"{date.day:02d}/{month:02d}/{date.year}"
            )
            mention = f"el {core}"
            values, resolved = (date.year, month, date.day), _iso(date)
    text, at = _fill(draw(st.sampled_from(frames)), mention)
    start = at + mention.index(core)
    year_, month_, day_ = values
    date_mention = DateMention(
        raw=core,
        start=start,
        end=start + len(core),
        year=year_,
        month=month_,
        day=day_,
        resolved=resolved,
    )
    return _Piece(text, dates=(date_mention,))


# --------------------------------------------------------------------------- sources


@st.composite
def _credited_piece(draw: st.DrawFn, story: _Story) -> _Piece:
    """A sentence crediting an outlet, an organisation or a person (no quotation)."""
    form = draw(st.sampled_from(("segun", "acuerdo", "reported", "anaphor")))
    clause = _lower_first(story.stock.sentence())
    if form == "anaphor" and story.named:
        # "el diario" is the last newspaper named; "el medio" the last outlet of any kind.
        outlet, kind = story.named[-1]
        anaphor = draw(st.sampled_from((_anaphor(kind), _anaphor("any"))))
        if anaphor == _anaphor(kind):
            outlet = next(o for o, k in reversed(story.named) if k == kind)
        text = f"Según {anaphor}, {clause}"
        mention = Mention(anaphor, len("Según "), len("Según ") + len(anaphor), "según")
        return _Piece(text, cited=(_Cited(outlet, SourceKind.MEDIA, mention),))
    if form in ("segun", "anaphor") and story.outlets:
        outlet = draw(st.sampled_from(story.outlets))
        text = f"Según {outlet}, {clause}"
        at = len("Según ")
        return _Piece(
            text,
            cited=(
                _Cited(outlet, SourceKind.MEDIA, Mention(outlet, at, at + len(outlet), "según")),
            ),
        )
    if form in ("segun", "acuerdo", "anaphor"):
        org = draw(st.sampled_from(_entries("gen/organizations.txt")))
        text = f"De acuerdo con {org}, {clause}"
        at = len("De acuerdo con ")
        # The name is the organisation without its article ("Ministerio de Hacienda").
        name = org.split(" ", 1)[1]
        at += len(org) - len(name)
        mention = Mention(name, at, at + len(name), "de acuerdo con")
        return _Piece(text, cited=(_Cited(name, SourceKind.ORGANIZATION, mention),))
    person = draw(story.people)
    name = _written(draw, person, frozenset(story.known))
    verb = draw(st.sampled_from(_entries("gen/verbs.txt")))
    text = f"{name} {verb} que {clause}"
    mention = Mention(name, 0, len(name), verb)
    return _Piece(text, cited=(_Cited(person.name, SourceKind.PERSON, mention),))


# --------------------------------------------------------------------------- boilerplate


def _furniture(draw: st.DrawFn, kinds: Sequence[str] | None = None, avoid: str = "") -> str:
    table = [line for kind, line in rows("gen/boilerplate.tsv") if kinds is None or kind in kinds]
    line = draw(st.sampled_from(table))
    sections = _entries("gen/sections.txt")
    headlines = [h for h in _entries("gen/headlines.txt") if h != avoid]
    return (
        line.replace("{n}", str(draw(st.integers(1, 99))))
        .replace("{section2}", draw(st.sampled_from(sections[1:])))
        .replace(
            "{section}", sections[0] if "{section2}" in line else draw(st.sampled_from(sections))
        )
        .replace("{headline}", draw(st.sampled_from(headlines)))
        .replace("{year}", str(draw(st.integers(2005, 2030))))
    )


@st.composite
def _boilerplate_line(draw: st.DrawFn) -> str:
    return _furniture(draw)


# --------------------------------------------------------------------------- articles


class _Stock:
    """Neutral sentences handed out once each, so no two paragraphs repeat."""

    def __init__(self, order: Sequence[int]) -> None:
        self._all = _entries("gen/sentences.txt")
        self._order: Iterator[int] = iter(order)

    def sentence(self) -> str:
        return self._all[next(self._order, 0)]


@attrs.frozen
class _Story:
    """What the paragraphs of one article share: its people, outlets, date and country."""

    stock: _Stock
    people: st.SearchStrategy[_Person]
    outlets: Sequence[str]
    reference: dt.date
    country: str | None
    #: Outlets cited in earlier paragraphs, in order, with their type.
    named: list[tuple[str, str]] = attrs.field(factory=list)
    #: People already named in full in an earlier paragraph (filled as paragraphs are drawn).
    known: set[str] = attrs.field(factory=set)


@st.composite
def _dash_paragraph(draw: st.DrawFn, story: _Story) -> _Piece:
    """Dash dialogue: ``—Clause —dijo X—. Sentence.``, two direct quotes by one speaker."""
    person = draw(story.people)
    name = _written(draw, person, frozenset(story.known))
    verb = draw(st.sampled_from(_entries("gen/verbs.txt")))
    clause = draw(st.sampled_from(_entries("gen/clauses.txt")))
    more = story.stock.sentence().rstrip(".")
    text = f"—{clause} —{verb} {name}—. {more}."
    at = len(f"—{clause} —{verb} ")
    first = _speech(text, Span(1, 1 + len(clause)), QuoteKind.DIRECT, (person, name, at, verb))
    start = len(text) - len(more) - 1
    second = attrs.evolve(first.quotes[0], text=more, start=start, end=start + len(more))
    return attrs.evolve(first, quotes=(first.quotes[0], second))


@st.composite
def _paragraph(draw: st.DrawFn, story: _Story) -> _Piece:
    """One body paragraph: a neutral sentence plus up to two sentences with elements."""
    if draw(st.integers(0, _ONE_IN_EIGHT)) == _ONE_IN_EIGHT:
        paragraph = draw(_dash_paragraph(story))
        story.known.update(c.name for c in paragraph.cited if c.mention.text == c.name)
        return paragraph
    pieces = [_Piece(story.stock.sentence())]
    known = frozenset(story.known)
    # Distinct kinds: one credit a paragraph at most, so that "el medio" always follows
    # the outlets named before it (pieces are shuffled within their paragraph).
    extra = draw(
        st.lists(st.sampled_from(("quote", "credit", "money", "date")), max_size=2, unique=True)
    )
    for kind in extra:
        if kind == "quote":
            piece = draw(_quote_piece(story.people, known))
        elif kind == "credit":
            piece = draw(_credited_piece(story))
        elif kind == "money":
            piece = draw(_money_piece(story.country))
        else:
            piece = draw(_date_piece(story.reference))
        pieces.insert(draw(st.integers(0, len(pieces))), piece)
    paragraph = _join(pieces, " ")
    story.known.update(c.name for c in paragraph.cited if c.mention.text == c.name)
    types = {name: kind for name, _, kind in rows("gen/outlets.tsv")}
    story.named.extend((c.name, types[c.name]) for c in paragraph.cited if c.mention.text in types)
    return paragraph


def _publication_line(draw: st.DrawFn, published: dt.datetime) -> tuple[str, dt.date | dt.datetime]:
    has_time, fmt = draw(st.sampled_from(rows("gen/publication.tsv")))
    months = _first_names("gen/months.tsv")
    weekdays = _first_names("gen/weekdays.tsv")
    line = (
        fmt.replace("{weekday}", weekdays[published.isoweekday() - 1].capitalize())
        .replace("{day}", str(published.day))
        .replace("{month}", months[published.month - 1])
        .replace("{year}", str(published.year))
        .replace("{dd}", f"{published.day:02d}")
        .replace("{mm}", f"{published.month:02d}")
        .replace("{HH}", f"{published.hour:02d}")
        .replace("{MM}", f"{published.minute:02d}")
    )
    return line, published if has_time == "time" else published.date()


@attrs.define
class _Page:
    """Lines of a page being laid out, with what each one is, and the page's facts."""

    shape: str
    reference: dt.date
    country: str | None
    parts: list[tuple[str, object]] = attrs.Factory(list)
    authors: tuple[str, ...] = ()
    published: dt.date | dt.datetime | None = None
    credit: str | None = None

    def add(self, role: str, content: object) -> None:
        self.parts.append((role, content))


def _cast(draw: st.DrawFn) -> st.SearchStrategy[_Person]:
    """Up to three people for one article, with distinct surnames."""
    people = draw(st.lists(_people(), min_size=1, max_size=3, unique_by=lambda p: p.surname))
    return st.sampled_from(people)


def _byline(draw: st.DrawFn, page: _Page) -> None:
    """The byline, publication line and share bar of the ``"byline"`` shape."""
    writers = draw(st.lists(_people(), min_size=1, max_size=2, unique_by=lambda p: p.name))
    page.authors = tuple(p.name for p in writers)
    byline = "Por " + " y ".join(page.authors)
    if draw(st.booleans()):  # an agency or desk signing beside the names
        written, page.credit = draw(st.sampled_from(rows("gen/agencies.tsv")))
        byline += draw(st.sampled_from((" | ", " - "))) + written
    page.add("byline", byline)
    moment = dt.datetime.combine(
        page.reference, dt.time(draw(st.integers(0, 23)), draw(st.integers(0, 59)))
    )
    line, page.published = _publication_line(draw, moment)
    page.add("published", line)
    share = [line for kind, line in rows("gen/boilerplate.tsv") if kind == "share"]
    for button in draw(st.lists(st.sampled_from(share), unique=True, max_size=4)):
        page.add("boilerplate", button)


def _body(draw: st.DrawFn, page: _Page, paragraphs: Sequence[_Piece], headline: str) -> None:
    """The paragraphs, with an ad marker or related links between some of them."""
    for i, paragraph in enumerate(paragraphs):
        if i and draw(st.integers(0, 4)) == 0:
            kind = draw(st.sampled_from(("ad", "related")))
            line = _furniture(draw, (kind,), avoid=headline)
            page.add("boilerplate", line)
            if kind == "related" and ":" not in line:
                # A related-links header stands over another article's headline.
                teasers = [h for h in _entries("gen/headlines.txt") if h != headline]
                page.add("boilerplate", draw(st.sampled_from(teasers)))
        page.add("body", paragraph)


@st.composite
def _article(draw: st.DrawFn, *, with_noise: bool) -> GeneratedArticle:
    reference = draw(_REFERENCES)
    country = draw(st.sampled_from(_COUNTRIES))
    shape = draw(st.sampled_from(("blank-lines", "site-title", "byline")))
    outlet_rows = rows("gen/outlets.tsv")
    site = draw(st.sampled_from(outlet_rows))[0]
    outlets = [name for name, _, _ in outlet_rows if name != site]
    stock = _Stock(draw(st.permutations(range(len(_entries("gen/sentences.txt"))))))
    story = _Story(stock, _cast(draw), outlets, reference, country)
    headline = draw(st.sampled_from(_entries("gen/headlines.txt")))
    # Only a byline between them tells a page without a deck from a short first paragraph.
    with_deck = shape != "byline" or draw(st.booleans())
    deck = _join([_Piece(stock.sentence()) for _ in range(draw(st.integers(1, 2)))], " ").text
    paragraphs = draw(st.lists(_paragraph(story), min_size=1, max_size=5))
    page = _Page(shape, reference, country)
    sep = "\n" if shape == "site-title" else "\n\n"
    if shape == "site-title":
        page.add("boilerplate", f"{headline} | {site}")
    elif draw(st.booleans()):
        page.add("boilerplate", _furniture(draw, ("ad",)))
    if shape == "byline":
        page.add("boilerplate", draw(st.sampled_from(_entries("gen/sections.txt"))))
    page.add("headline", headline)
    if with_deck:
        page.add("deck", deck)
    if shape == "byline":
        _byline(draw, page)
    _body(draw, page, paragraphs, headline)
    for _ in range(draw(st.integers(0, 3))):
        page.add("boilerplate", _furniture(draw, avoid=headline))
    generated = _lay_out(page, sep)
    if with_noise:
        noisy = draw(noise(generated.text))
        return attrs.evolve(
            generated, text=noisy.text, expected=noisy_article(noisy, generated.expected)
        )
    return generated


def _lay_out(page: _Page, sep: str) -> GeneratedArticle:
    """The page's text, its lines joined by ``sep``, and its truth."""
    texts: list[str] = []
    at = 0
    headline: Segment | None = None
    deck: Segment | None = None
    body: list[Segment] = []
    boilerplate: list[Segment] = []
    publication: Publication | None = None
    found: list[_Piece] = []
    for i, (role, content) in enumerate(page.parts):
        if i:
            # The seed's shape: the deck stands apart from the body by an extra blank line.
            apart = page.shape == "blank-lines" and page.parts[i - 1][0] == "deck"
            gap = sep + "\n" if apart else sep
            texts.append(gap)
            at += len(gap)
        piece = content if isinstance(content, _Piece) else _Piece(str(content))
        segment = Segment(piece.text, at, at + len(piece.text))
        if role == "headline":
            headline = segment
        elif role == "deck":
            deck = segment
        elif role == "body":
            body.append(segment)
            found.append(_shift(piece, at))
        else:
            boilerplate.append(segment)
            if role == "published":
                publication = Publication(piece.text, segment.start, segment.end, page.published)
        texts.append(piece.text)
        at += len(piece.text)
    text = "".join(texts)
    everything = _join([], "") if not found else _merge(found)
    expected = Article(
        headline=headline,
        deck=deck,
        body=tuple(body),
        boilerplate=tuple(boilerplate),
        authors=page.authors,
        published=publication,
        credit=page.credit,
        quotes=everything.quotes,
        sources=_sources(everything.cited),
        money=everything.money,
        dates=everything.dates,
    )
    return GeneratedArticle(text, expected, page.reference, page.country, page.shape)


def _merge(pieces: Sequence[_Piece]) -> _Piece:
    """Pieces already at their page offsets, gathered into one (text unused)."""
    return _Piece(
        "",
        quotes=tuple(q for p in pieces for q in p.quotes),
        money=tuple(m for p in pieces for m in p.money),
        dates=tuple(d for p in pieces for d in p.dates),
        cited=tuple(c for p in pieces for c in p.cited),
    )


def _sources(cited: Sequence[_Cited]) -> tuple[Source, ...]:
    """One :class:`Source` per entity, in order of first mention."""
    kinds: dict[str, SourceKind] = {}
    mentions: dict[str, list[Mention]] = {}
    for c in cited:
        kinds.setdefault(c.name, c.kind)
        mentions.setdefault(c.name, []).append(c.mention)
    return tuple(Source(name, kinds[name], tuple(mentions[name])) for name in kinds)


def article_pages(*, with_noise: bool) -> st.SearchStrategy[GeneratedArticle]:
    """Pages and their truth (see :func:`noticiaparse.strategies.articles`)."""
    return _article(with_noise=with_noise)


def quote_sentences() -> st.SearchStrategy[GeneratedQuote]:
    """One sentence with one quotation (see :func:`noticiaparse.strategies.quotes`)."""
    return _quote_piece(_people()).map(lambda piece: GeneratedQuote(piece.text, piece.quotes[0]))


def furniture() -> st.SearchStrategy[str]:
    """Page furniture lines (see :func:`noticiaparse.strategies.boilerplate_lines`)."""
    return _boilerplate_line()
