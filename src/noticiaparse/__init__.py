r"""noticiaparse: typed articles from the raw text of Spanish-language news pages.

Examples:
    >>> import noticiaparse
    >>> article = noticiaparse.parse("Título\n\nEl proyecto costará $5,8 millones.", country="CL")
    >>> isinstance(article, noticiaparse.Article)
    True
"""

from typing import TYPE_CHECKING

from noticiaparse._api import (
    parse,
    parse_dates,
    parse_layout,
    parse_money,
    parse_quotes,
    parse_sources,
)
from noticiaparse._errors import (
    InvalidArticleError,
    InvalidDateError,
    NoticiaParseError,
    UnguardedWorkersError,
    UnknownCountryError,
)
from noticiaparse._model import (
    SCHEMA,
    Article,
    DateMention,
    Layout,
    Mention,
    Money,
    Publication,
    Quote,
    QuoteKind,
    Segment,
    Source,
    SourceKind,
)
from noticiaparse._schema import json_schema
from noticiaparse._version import __version__

if TYPE_CHECKING:
    from noticiaparse._batch import BatchResult, parse_jsonl, parse_many

__all__ = [
    "SCHEMA",
    "Article",
    "BatchResult",
    "DateMention",
    "InvalidArticleError",
    "InvalidDateError",
    "Layout",
    "Mention",
    "Money",
    "NoticiaParseError",
    "Publication",
    "Quote",
    "QuoteKind",
    "Segment",
    "Source",
    "SourceKind",
    "UnguardedWorkersError",
    "UnknownCountryError",
    "__version__",
    "json_schema",
    "parse",
    "parse_dates",
    "parse_jsonl",
    "parse_layout",
    "parse_many",
    "parse_money",
    "parse_quotes",
    "parse_sources",
]


def __getattr__(name: str) -> object:
    """The batch API (``parse_many``, ``parse_jsonl``, ``BatchResult``), loaded when first used.

    ``import noticiaparse`` and a first ``parse`` need none of it.
    """
    if name in ("BatchResult", "parse_jsonl", "parse_many"):
        from noticiaparse import _batch  # noqa: PLC0415

        return getattr(_batch, name)
    msg = f"module {__name__!r} has no attribute {name!r}"
    raise AttributeError(msg)
