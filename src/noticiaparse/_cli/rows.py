"""Articles as table rows: one row an article, or one row a quote, source, amount or date.

The same rows feed CSV, TSV, the plain-text tables of ``--format text`` and the
one-line commands (``noticiaparse money "…"``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from noticiaparse._model import Article, DateMention, Money, Quote, Source

__all__ = ["ARTICLE_COLUMNS", "ITEM_ROWS", "Cell", "article_row", "render_table"]

Cell = str | int | None

#: The columns of one row per article.
ARTICLE_COLUMNS = (
    "headline",
    "deck",
    "body",
    "authors",
    "published",
    "quotes",
    "sources",
    "money",
    "dates",
)


def article_row(article: Article) -> list[Cell]:
    """An article's row: its texts, then how many of each element it has."""
    published = article.published
    when = None
    if published is not None:
        when = published.raw if published.value is None else published.value.isoformat()
    return [
        None if article.headline is None else article.headline.text,
        None if article.deck is None else article.deck.text,
        "\n\n".join(p.text for p in article.body),
        "; ".join(article.authors),
        when,
        len(article.quotes),
        len(article.sources),
        len(article.money),
        len(article.dates),
    ]


def _quote(q: Quote) -> list[Cell]:
    speaker = None if q.speaker is None else q.speaker.text
    return [q.start, q.end, q.kind.value, speaker, q.cue, q.text]


def _source(s: Source) -> list[Cell]:
    cues = list(dict.fromkeys(m.cue for m in s.mentions if m.cue))
    start = min((m.start for m in s.mentions), default=None)
    return [start, s.name, s.kind.value, len(s.mentions), "; ".join(cues)]


def _money(m: Money) -> list[Cell]:
    return [m.start, m.end, m.raw, str(m.to_dict()["amount"]), m.currency, m.symbol]


def _date(d: DateMention) -> list[Cell]:
    return [d.start, d.end, d.raw, d.year, d.month, d.day, d.resolved]


#: ``--rows`` kind -> (columns, the article's items, one item's row).
ITEM_ROWS: dict[
    str,
    tuple[tuple[str, ...], Callable[[Article], Sequence[Any]], Callable[[Any], list[Cell]]],
] = {
    "quotes": (
        ("start", "end", "kind", "speaker", "cue", "text"),
        lambda a: a.quotes,
        _quote,
    ),
    "sources": (
        ("start", "name", "kind", "mentions", "cues"),
        lambda a: a.sources,
        _source,
    ),
    "money": (
        ("start", "end", "raw", "amount", "currency", "symbol"),
        lambda a: a.money,
        _money,
    ),
    "dates": (
        ("start", "end", "raw", "year", "month", "day", "resolved"),
        lambda a: a.dates,
        _date,
    ),
}

_WIDEST = 72  # a cell longer than this is cut with "…" in a plain table


def _plain(value: Cell) -> str:
    text = "" if value is None else " ".join(str(value).split())
    return text if len(text) <= _WIDEST else text[: _WIDEST - 1] + "…"


def render_table(columns: Sequence[str], rows: Sequence[Sequence[Cell]]) -> str:
    """A plain table: a header, a rule, one line a row, columns aligned.

    Examples:
        >>> print(render_table(["raw", "amount"], [["$5,8 millones", "5800000"]]))
        raw            amount
        -------------  -------
        $5,8 millones  5800000
    """
    cells = [[_plain(value) for value in row] for row in rows]
    widths = [max([len(name)] + [len(row[i]) for row in cells]) for i, name in enumerate(columns)]
    lines = [
        "  ".join(name.ljust(width) for name, width in zip(columns, widths, strict=True)),
        "  ".join("-" * width for width in widths),
    ]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in cells]
    return "\n".join(line.rstrip() for line in lines)
