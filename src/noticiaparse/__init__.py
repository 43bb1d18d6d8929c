r"""noticiaparse: typed articles from the raw text of Spanish-language news pages.

Examples:
    >>> import noticiaparse
    >>> article = noticiaparse.parse("Título\n\nEl proyecto costará $5,8 millones.", country="CL")
    >>> isinstance(article, noticiaparse.Article)
    True
"""

from noticiaparse._api import (
    parse,
    parse_dates,
    parse_layout,
    parse_money,
    parse_quotes,
    parse_sources,
)
from noticiaparse._batch import BatchResult, parse_jsonl, parse_many
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
