"""Learned line models: body or furniture for a line, and a ranking of headline candidates.

The hand rules of :mod:`noticiaparse._layout.page`, :mod:`noticiaparse._layout.top` and
:mod:`noticiaparse._layout.tail` decide every line's role. Two small learned models, the
standard remedy of boilerplate-removal research (boilerpipe's shallow text features,
jusText's stopword density, logistic line labelling), can then read the page again:

- the **line model** (:func:`refine`) gives each line after the page's top the
  probability that it is the article's text, by a logistic regression over the line's
  shallow features, its neighbours' and the rules' own decision; where the probability
  is at ``high`` or over the line is body, at ``low`` or under it is furniture;
- the **headline ranker** (:func:`rerank_headline`) scores the lines near the top that
  may be the headline; its best candidate replaces the rules' headline when it scores
  higher by ``margin`` at least.

Every feature is general, never one outlet's strings: length in words and characters,
the share of Spanish function words (``stopwords.txt``), how the line ends, its share
of capitalised words, digits, quotation marks, link markup, bullets and bars, whether it
repeats elsewhere in the page, its furniture kind as the lexicon cues read it (byline,
date, media, share, list label …), where it stands (relative index, after the headline,
running text before and after it), how many of the headline's words it holds and, for a
headline candidate, how many of its words the text under it retells.

The weights are data (``lexicons/line_model.tsv``, ``lexicons/headline_model.tsv``),
made by ``bench/train_lines.py`` from the gold of the development pages; inference is a
dot product a line. Each model runs only when its file says ``enabled yes``: the
cross-validation in ``docs/layout.md`` decides it.
"""

from __future__ import annotations

import functools
import math
from collections import Counter
from collections.abc import Sequence

import attrs
import regex

from noticiaparse._layout.lines import Line, Role, closed, sentence_line
from noticiaparse._text.fold import fold
from noticiaparse._text.lexicons import folded_lines, rows
from noticiaparse._text.record import record_repr
from noticiaparse._text.span import Span

__all__ = [
    "FEATURES",
    "FLIPPABLE",
    "HEADLINE_FEATURES",
    "KEPT_KINDS",
    "RULE_FEATURES",
    "HeadlineModel",
    "LineModel",
    "features",
    "headline_candidates",
    "headline_model",
    "line_model",
    "refine",
    "rerank_headline",
]

#: The furniture kinds the line classifiers give, each a feature (others count as "other").
_KINDS = (
    "byline",
    "bare",
    "date",
    "share",
    "media",
    "crumb",
    "item",
    "counter",
    "line",
    "ad",
    "list",
    "related",
    "teaser",
    "close",
    "end",
    "post",
    "signature",
)
_ROLES = (Role.BODY, Role.FURNITURE, Role.TEASER, Role.COPY)
#: A line's own features, in order (:func:`_own` fills them in this order).
_OWN = (
    "words",
    "chars",
    "stopwords",
    "closed",
    "colon",
    "capitals",
    "upper",
    "digits",
    "quotes",
    "lower_start",
    "link",
    "bullet",
    "bars",
    "sentence",
    "sentences",
    "dated",
    "gap",
    "repeated",
    "text_kind",
    *(f"kind_{k}" for k in _KINDS),
    "kind_other",
    *(f"rule_{r.value}" for r in _ROLES),
)
#: The neighbours' features (previous and next line): a few of the line's own.
_NEIGHBOUR = ("words", "closed", "sentence", "text_kind", "rule_body")
#: Features of the line's place in the page.
_PLACE = (
    "position",
    "after_headline",
    "from_headline",
    "text_before",
    "text_after",
    "since_text",
    "to_text",
    "text_share_after",
    "headline_words",
    "header_zone",
    "beside_media",
    "paragraph_size",
)
FEATURES: tuple[str, ...] = (
    "bias",
    *_OWN,
    *(f"prev_{n}" for n in _NEIGHBOUR),
    *(f"next_{n}" for n in _NEIGHBOUR),
    *_PLACE,
)
#: The features that read the rules' own decision (left out to train a model without it).
RULE_FEATURES = frozenset(name for name in FEATURES if "rule_" in name)
_OWN_INDEX = {name: k for k, name in enumerate(_OWN)}
_NEIGHBOUR_AT = tuple(_OWN_INDEX[name] for name in _NEIGHBOUR)
_SENTENCE_AT = _OWN_INDEX["sentence"]
_KIND_AT = {k: _OWN_INDEX[f"kind_{k}"] for k in _KINDS}
_OTHER_KIND_AT = _OWN_INDEX["kind_other"]
_TEXT_KIND_AT = _OWN_INDEX["text_kind"]
_ROLE_AT = {r: _OWN_INDEX[f"rule_{r.value}"] for r in _ROLES}
_WORD = regex.compile(r"\w+")
_DIGIT = regex.compile(r"\d")
_CAPITAL = regex.compile(r"(?:^|\s)[\"«“¿¡(]?\p{Lu}")
_QUOTE = regex.compile(r"[\"«»“”]")
_BULLET = regex.compile(r"(?:[*+•·▪◦>-]|\d{1,2}[.)])\s")
_LINK = regex.compile(r"\]\(|https?://|www\.")
_BREAK = regex.compile(r"\p{Ll}[.!?]\s{1,3}[\p{Lu}¿¡«\"“]")
_MEDIA_KINDS = frozenset({"media", "post", "signature"})
#: Lines after the last and before the next running text are counted this far.
_REACH = 8
#: Scales that bring counts and logarithms near [0, 1].
_SCALE_WORDS = 5.0
_SCALE_CHARS = 7.0
_SCALE_BREAKS = 2.0
_SCALE_DIGITS = 4.0
_MAX_GAP = 3
_BARS = 2
#: Words of a line read for its word features, from its first characters.
_READ = 4000
#: A content word has more letters than this.
_SHORT_WORD = 3
#: Lines longer than this are no related headline: their words are not matched to the title.
_MAX_TITLED = 400
#: A paragraph twice the page's median paragraph or more scores the same.
_SIZE_CAP = 2.0
_MEDIAN = 200
_CLAMP = 30.0


@attrs.frozen(repr=False)
class LineModel:
    """A logistic model over :data:`FEATURES`: ``weights`` in their order.

    A line is body when its probability is at ``high`` or over, furniture at ``low`` or
    under; between the two it keeps the rules' role.
    """

    __repr__ = record_repr

    weights: tuple[float, ...]
    enabled: bool = False
    low: float = 0.5
    high: float = 0.5

    def body(self, vector: Sequence[float]) -> float:
        """The probability that the line whose features are ``vector`` is body text."""
        score = sum(w * x for w, x in zip(self.weights, vector, strict=True))
        return 1.0 / (1.0 + math.exp(-max(-_CLAMP, min(_CLAMP, score))))


@attrs.frozen(repr=False)
class HeadlineModel:
    """A linear ranker over :data:`HEADLINE_FEATURES`, ``weights`` in their order.

    Its best candidate replaces the rules' headline when it scores higher by ``margin``
    at least (or when the rules found none).
    """

    __repr__ = record_repr

    weights: tuple[float, ...]
    enabled: bool = False
    margin: float = 1.0

    def score(self, vector: Sequence[float]) -> float:
        """The candidate's score: the higher, the likelier the headline."""
        return sum(w * x for w, x in zip(self.weights, vector, strict=True))


#: The rows of a model file that are its settings, not weights.
_SETTINGS = frozenset({"enabled", "low", "high", "margin"})


def _table(name: str) -> tuple[dict[str, float], dict[str, str]]:
    """The weights and the settings (``enabled``, thresholds) of model file ``name``."""
    weights: dict[str, float] = {}
    settings: dict[str, str] = {}
    for key, value in rows(name):
        if key in _SETTINGS:
            settings[key] = value
        else:
            weights[key] = float(value)
    return weights, settings


@functools.cache
def line_model() -> LineModel:
    """The line model of ``lexicons/line_model.tsv``.

    Examples:
        >>> len(line_model().weights) == len(FEATURES)
        True
    """
    table, settings = _table("line_model.tsv")
    return LineModel(
        tuple(table.get(name, 0.0) for name in FEATURES),
        enabled=settings.get("enabled") == "yes",
        low=float(settings.get("low", "0.5")),
        high=float(settings.get("high", "0.5")),
    )


@functools.cache
def headline_model() -> HeadlineModel:
    """The headline ranker of ``lexicons/headline_model.tsv``."""
    table, settings = _table("headline_model.tsv")
    return HeadlineModel(
        tuple(table.get(name, 0.0) for name in HEADLINE_FEATURES),
        enabled=settings.get("enabled") == "yes",
        margin=float(settings.get("margin", "1")),
    )


def _own(line: Line, *, repeated: bool) -> list[float]:
    """The features of one line read on its own, in the order of ``_OWN``."""
    text = line.text
    words = _WORD.findall(line.folded.lower(), 0, _READ)
    n = len(words) or 1
    stops = folded_lines("stopwords.txt")
    out = [
        math.log1p(len(words)) / _SCALE_WORDS,
        math.log1p(len(text)) / _SCALE_CHARS,
        sum(1 for w in words if w in stops) / n,
        float(closed(text)),
        float(text.endswith(":")),
        min(1.0, len(_CAPITAL.findall(text, 0, _READ)) / n),
        float(text.isupper()),
        min(1.0, len(_DIGIT.findall(text, 0, _READ)) * _SCALE_DIGITS / min(len(text), _READ)),
        float(_QUOTE.search(text) is not None),
        float(text[:1].islower()),
        float(_LINK.search(text) is not None),
        float(_BULLET.match(text) is not None),
        float(text.count("|") >= _BARS),
        float(sentence_line(line)),
        math.log1p(len(_BREAK.findall(text))) / _SCALE_BREAKS,
        float(line.date is not None),
        min(line.gap, _MAX_GAP) / _MAX_GAP,
        float(repeated),
    ]
    out += [0.0] * (len(_OWN) - len(out))
    kind = line.kind
    out[_KIND_AT.get(kind, _OTHER_KIND_AT) if kind else _TEXT_KIND_AT] = 1.0
    role = _ROLE_AT.get(line.role)
    if role is not None:
        out[role] = 1.0
    return out


def _content(text: str) -> frozenset[str]:
    """The content words of ``text``, folded: four letters or more, no function word."""
    stops = folded_lines("stopwords.txt")
    return frozenset(
        w for w in _WORD.findall(fold(text).lower()) if len(w) > _SHORT_WORD and w not in stops
    )


def features(lines: Sequence[Line], h: int) -> list[list[float]]:
    """Every line's feature vector (:data:`FEATURES`), ``h`` the headline's index or -1."""
    n = len(lines)
    keys = Counter(line.text for line in lines)
    own = [_own(line, repeated=keys[line.text] > 1) for line in lines]
    text = [o[_SENTENCE_AT] > 0 for o in own]
    title = _content(lines[h].text) if h >= 0 else frozenset()
    first_text = next((i for i in range(max(h, 0), n) if text[i]), n)
    sizes = sorted(len(lines[i].text) for i in range(n) if text[i])
    median = sizes[len(sizes) // 2] if sizes else _MEDIAN
    media = [line.kind in _MEDIA_KINDS for line in lines]
    later = [0] * (n + 1)  # running text lines from each index on
    upcoming = [_REACH] * (n + 1)  # lines to the next running text, from each index on
    for i in range(n - 1, -1, -1):
        later[i] = later[i + 1] + text[i]
        upcoming[i] = 0 if text[i] else min(_REACH, upcoming[i + 1] + 1)
    blank = [0.0] * len(_NEIGHBOUR)
    before = 0  # running text lines before this one
    since = _REACH  # lines since the last running text
    out: list[list[float]] = []
    for i in range(n):
        vec = [1.0, *own[i]]
        for j in (i - 1, i + 1):
            vec += [own[j][k] for k in _NEIGHBOUR_AT] if 0 <= j < n else blank
        line = lines[i]
        rest = n - i - 1
        vec += [
            i / n,
            float(0 <= h < i),
            math.log1p(i - h) / _SCALE_WORDS if 0 <= h < i else 0.0,
            math.log1p(before) / _SCALE_WORDS,
            math.log1p(later[i + 1]) / _SCALE_WORDS,
            since / _REACH,
            upcoming[i + 1] / _REACH,
            later[i + 1] / rest if rest else 0.0,
            _overlap(title, line.text)
            if title and i != h and len(line.text) < _MAX_TITLED
            else 0.0,
            float(h < i < first_text),
            float((i > 0 and media[i - 1]) or (i + 1 < n and media[i + 1])),
            min(_SIZE_CAP, len(line.text) / median) / _SIZE_CAP,
        ]
        out.append(vec)
        if text[i]:
            before += 1
            since = 0
        else:
            since = min(_REACH, since + 1)
    return out


def _overlap(title: frozenset[str], text: str) -> float:
    """The share of the title's content words that ``text`` holds too."""
    return len(title & _content(text)) / len(title)


#: The roles the line model may change, and the kinds whose lines keep the rules' role:
#: the byline and the date give ``authors`` and ``published``, read off the lines the rules
#: set around them; another article's start ends this one.
FLIPPABLE = frozenset({Role.BODY, Role.FURNITURE, Role.TEASER})
KEPT_KINDS = frozenset({"byline", "date", "next"})


def refine(lines: Sequence[Line], h: int, top_end: int, model: LineModel | None = None) -> None:
    """Body or furniture for every line from ``top_end`` on, by the line model.

    Only lines whose role is body, furniture or a related teaser are read again; the
    headline, the deck, copies of the title and the byline and date lines keep theirs.
    Nothing changes when the model is off or the page has no headline.
    """
    model = model or line_model()
    if not model.enabled or h < 0:
        return
    vectors = features(lines, h)
    for i in range(top_end, len(lines)):
        line = lines[i]
        if line.role not in FLIPPABLE or line.kind in KEPT_KINDS:
            continue
        p = model.body(vectors[i])
        if p >= model.high:
            line.role = Role.BODY
        elif p <= model.low:
            line.role = Role.FURNITURE


#: The headline is looked for among this many lines from the top (and the rules' pick),
#: each this long at most.
_HEAD_REACH = 40
_MAX_TITLE = 300
_TITLE_KINDS = frozenset({"", "bare", "item", "line", "media", "crumb"})
_HEADER_KINDS = frozenset({"byline", "date", "share", "media", "crumb", "bare"})
#: The sentences of the text under a candidate its words are looked for in, and the
#: characters of each sentence line read.
_RETELLING = 12
_RETOLD_CHARS = 1000
_MAX_RANK = 10
#: A title tag's site name after a bar or a dash: " | El Diario", " - Noticias 24".
_SITE_SUFFIX = regex.compile(r"\s[|–—-]\s{1,3}\S{1,30}(?:\s\S{1,30}){0,3}$")
#: A headline candidate's own features: the line's own up to its furniture kind, but the
#: count of sentences, and the kinds a title may be taken for.
_HEAD_OWN = (
    *(name for name in _OWN[: _OWN.index("kind_byline")] if name != "sentences"),
    *(f"kind_{k}" for k in ("bare", "item", "line", "media", "crumb")),
)
_HEAD_OWN_AT = tuple(_OWN_INDEX[name] for name in _HEAD_OWN)
HEADLINE_FEATURES: tuple[str, ...] = (
    *_HEAD_OWN,
    "position",
    "rank",
    "first",
    "retold",
    "retold_later",
    "text_after",
    "to_text",
    "text_before",
    "prev_text_kind",
    "prev_sentence",
    "next_sentence",
    "next_header",
    "prev_header",
    "heading_mark",
    "retold_first",
    "site_suffix",
)


def headline_candidates(lines: Sequence[Line], rules: int | None) -> list[tuple[int, list[float]]]:
    """The lines that may be the headline, each with its features (:data:`HEADLINE_FEATURES`).

    The candidates are the lines of the page's top of a headline's length and kind, and
    the rules' own pick (``rules``, or None) wherever it stands.
    """
    n = len(lines)
    reach = min(n, _HEAD_REACH)
    keys = Counter(line.text for line in lines)
    sentences = [i for i in range(n) if sentence_line(lines[i])]
    said: dict[int, frozenset[str]] = {}
    out: list[tuple[int, list[float]]] = []
    extra = (rules,) if rules is not None and rules >= reach else ()
    for i in (*range(reach), *extra):
        line = lines[i]
        if i != rules and (len(line.text) > _MAX_TITLE or line.kind not in _TITLE_KINDS):
            continue
        words = _content(line.text)
        after = [k for k in sentences if k > i][: _RETELLING * 3]
        for k in after:
            if k not in said:
                said[k] = _content(lines[k].text[:_RETOLD_CHARS])
        told = frozenset[str]().union(*(said[k] for k in after[:_RETELLING]))
        later = frozenset[str]().union(*(said[k] for k in after[_RETELLING:]))
        own = _own(line, repeated=keys[line.text] > 1)
        prev = lines[i - 1] if i else None
        below = lines[i + 1] if i + 1 < n else None
        shown = len(words) or 1
        vec = [own[k] for k in _HEAD_OWN_AT]
        vec += [
            min(i, _HEAD_REACH) / _HEAD_REACH,
            min(len(out), _MAX_RANK) / _MAX_RANK,
            float(not out),
            len(words & told) / shown,
            len(words & later) / shown,
            math.log1p(len(after)) / _SCALE_WORDS,
            min(_REACH, (after[0] if after else n) - i) / _REACH,
            math.log1p(sum(1 for k in sentences if k < i)) / _SCALE_WORDS,
            float(prev is not None and prev.kind == ""),
            float(prev is not None and sentence_line(prev)),
            float(below is not None and sentence_line(below)),
            float(below is not None and below.kind in _HEADER_KINDS),
            float(prev is not None and prev.kind in _HEADER_KINDS),
            float(line.text.startswith("#")),
            len(words & said[after[0]]) / shown if after else 0.0,
            float(_SITE_SUFFIX.search(line.text) is not None),
        ]
        out.append((i, vec))
    return out


def rerank_headline(
    lines: Sequence[Line], found: tuple[int, Span] | None, model: HeadlineModel | None = None
) -> tuple[int, Span] | None:
    """The rules' headline (``found``: its line and span), or the ranker's best candidate.

    The ranker's candidate wins when the rules found none, or when it scores higher than
    the rules' pick by the model's margin at least. Nothing changes when the model is off.
    """
    model = model or headline_model()
    if not model.enabled:
        return found
    rules = found[0] if found is not None else None
    scored = [(model.score(vec), i) for i, vec in headline_candidates(lines, rules)]
    if not scored:
        return found
    best, i = max(scored)
    if found is not None:
        own = next(s for s, k in scored if k == rules)
        if i == rules or best - own < model.margin:
            return found
    return i, lines[i].span
