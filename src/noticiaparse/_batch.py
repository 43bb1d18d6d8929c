"""Batch parsing: many records in, results out in input order, failures kept apart."""

from __future__ import annotations

import datetime as dt
import multiprocessing
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import attrs

from noticiaparse._api import parse
from noticiaparse._model import Article

__all__ = ["BatchResult", "InvalidRecord", "parse_many", "parse_record"]


@attrs.frozen
class BatchResult:
    """The outcome of one record: an article, or the reason there is none.

    ``index`` is the record's position in the input (0-based); ``id`` is its ``"id"``.
    """

    index: int
    id: Any
    article: Article | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        """Whether the record parsed."""
        return self.error is None

    def to_dict(self) -> dict[str, Any]:
        """The command line's JSONL form: ``{"id", "article"}`` or ``{"id", "error"}``."""
        if self.article is not None:
            return {"id": self.id, "article": self.article.to_dict()}
        return {"id": self.id, "error": self.error}


@attrs.frozen
class InvalidRecord:
    """A placeholder for an input line that is not a record (not JSON, not UTF-8)."""

    message: str


def parse_record(index: int, record: object) -> BatchResult:
    """Parse one record ``{"id", "text", "reference_date"?, "country"?}``; never raises."""
    if isinstance(record, InvalidRecord):
        return BatchResult(index, None, error=record.message)
    if not isinstance(record, Mapping):
        return BatchResult(index, None, error=f"record is {type(record).__name__}, not an object")
    rid = record.get("id")
    if "text" not in record:
        return BatchResult(index, rid, error="record has no 'text'")
    text = record["text"]
    if not isinstance(text, str):
        return BatchResult(index, rid, error=f"'text' is {type(text).__name__}, not a string")
    try:
        ref = record.get("reference_date")
        reference_date = None if ref is None else dt.date.fromisoformat(str(ref)[:10])
        article = parse(text, reference_date=reference_date, country=record.get("country"))
    except (TypeError, ValueError) as exc:
        return BatchResult(index, rid, error=f"{type(exc).__name__}: {exc}")
    except Exception as exc:  # noqa: BLE001 - a batch never loses the other records
        return BatchResult(index, rid, error=f"internal error: {type(exc).__name__}: {exc}")
    return BatchResult(index, rid, article=article)


def _star(args: tuple[int, object]) -> BatchResult:
    return parse_record(*args)


def parse_many(records: Iterable[object], workers: int | None = None) -> Iterator[BatchResult]:
    """Parse ``records`` lazily, yielding one :class:`BatchResult` each, in input order.

    Args:
        records: mappings ``{"id", "text", "reference_date"?, "country"?}``; an
            iterable that is consumed as results are wanted (streaming).
        workers: worker processes; ``None`` or ``1`` parses in this process.

    Examples:
        >>> results = list(parse_many([{"id": 1, "text": "Hola"}, {"id": 2}]))
        >>> [r.ok for r in results]
        [True, False]
    """
    if workers is not None and (not isinstance(workers, int) or workers < 1):
        msg = f"workers must be a positive int or None, not {workers!r}"
        raise ValueError(msg)
    numbered = enumerate(records)
    if workers is None or workers == 1:
        for index, record in numbered:
            yield parse_record(index, record)
        return
    context = multiprocessing.get_context("spawn")
    with context.Pool(workers) as pool:
        yield from pool.imap(_star, numbered, chunksize=8)
