"""What the command line writes: JSON, JSON lines, CSV, TSV or plain text, where asked.

Every result is labelled with its input. A text file's article is the JSON form of
``Article.to_dict()`` (the contract's command-line output) with one added field,
``"path"``, after ``"schema"``; a file that fails gives ``{"path", "error"}``. A JSONL
record gives ``{"id", "path", "line", "article" | "error"}``. CSV and TSV rows start
with the same columns. Output goes to stdout,
to one file (``-o``) or to one file per input (``--output-dir``, same stem).
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import IO, Any

import attrs

from noticiaparse._batch import BatchResult
from noticiaparse._cli.inputs import Input, Located
from noticiaparse._cli.rows import ARTICLE_COLUMNS, ITEM_ROWS, Cell, article_row, render_table

__all__ = ["FORMATS", "SUFFIXES", "Outcome", "Outputs", "Style"]

#: The output formats, and the suffix of their files under ``--output-dir``.
SUFFIXES = {"json": ".json", "jsonl": ".jsonl", "csv": ".csv", "tsv": ".tsv", "text": ".txt"}
FORMATS = tuple(SUFFIXES)


@attrs.frozen
class Style:
    """How to write: ``format``, ``rows`` (``"articles"`` or an item kind), ``indent``.

    ``records`` is true when the inputs are JSONL records (their id and line are shown).
    """

    format: str
    rows: str = "articles"
    indent: int | None = None
    records: bool = False


@attrs.frozen
class Outcome:
    """One result and where its record came from."""

    located: Located
    result: BatchResult

    @property
    def where(self) -> str:
        """``path`` or ``path:line``, as in the error reports."""
        line = self.located.line
        return self.located.input.label if line is None else f"{self.located.input.label}:{line}"


def _envelope(outcome: Outcome, style: Style) -> dict[str, Any]:
    result = outcome.result
    if not style.records and result.article is not None:
        article = result.article.to_dict()
        return {"schema": article.pop("schema"), "path": outcome.located.input.label, **article}
    out: dict[str, Any] = {}
    if style.records:
        out["id"] = result.id
    out["path"] = outcome.located.input.label
    if outcome.located.line is not None:
        out["line"] = outcome.located.line
    if result.article is not None:
        out["article"] = result.article.to_dict()
    else:
        out["error"] = result.error
    return out


class _Writer:
    """One output stream in one format; the CSV/TSV header is written once."""

    def __init__(self, stream: IO[bytes], style: Style) -> None:
        self.stream = stream
        self.style = style
        self.started = False
        lead = ["path", "line", "id"] if style.records else ["path"]
        body = ARTICLE_COLUMNS if style.rows == "articles" else ITEM_ROWS[style.rows][0]
        self.columns = [*lead, *body, "error"]

    def _emit(self, text: str) -> None:
        self.stream.write(text.encode("utf-8", errors="backslashreplace"))
        self.stream.flush()

    def _lead(self, outcome: Outcome) -> list[Cell]:
        lead: list[Cell] = [outcome.located.input.label]
        if self.style.records:
            rid = outcome.result.id
            lead += [outcome.located.line, rid if isinstance(rid, str | int) else json.dumps(rid)]
        return lead

    def _rows(self, outcome: Outcome) -> list[list[Cell]]:
        article = outcome.result.article
        width = len(self.columns) - len(self._lead(outcome)) - 1
        if article is None:
            return [[*self._lead(outcome), *[None] * width, outcome.result.error]]
        if self.style.rows == "articles":
            return [[*self._lead(outcome), *article_row(article), None]]
        _, items, row = ITEM_ROWS[self.style.rows]
        return [[*self._lead(outcome), *row(item), None] for item in items(article)]

    def _table(self, rows: list[list[Cell]]) -> None:
        buffer = io.StringIO()
        delimiter = "\t" if self.style.format == "tsv" else ","
        writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\n")
        if not self.started:
            writer.writerow(self.columns)
        writer.writerows(rows)
        self._emit(buffer.getvalue())

    def _text(self, outcome: Outcome) -> str:
        lines = [f"== {outcome.where} =="]
        article = outcome.result.article
        if article is None:
            lines.append(f"error: {outcome.result.error}")
        elif self.style.rows != "articles":
            columns, items, row = ITEM_ROWS[self.style.rows]
            found = items(article)
            lines.append(render_table(columns, [row(i) for i in found]) if found else "(none)")
        else:
            values = dict(zip(ARTICLE_COLUMNS, article_row(article), strict=True))
            names = ("headline", "deck", "authors", "published")
            lines += [f"{name + ':':<11}{values[name] or ''}".rstrip() for name in names]
            lines.append("body:")
            lines += [f"  {p.text}" for p in article.body]
            counts = ", ".join(f"{name} {values[name]}" for name in ARTICLE_COLUMNS[5:])
            lines.append(counts)
        return "\n".join(lines) + "\n"

    def write(self, outcome: Outcome) -> None:
        fmt = self.style.format
        if fmt in {"csv", "tsv"}:
            self._table(self._rows(outcome))
        elif fmt == "text":
            self._emit(("\n" if self.started else "") + self._text(outcome))
        else:
            indent = self.style.indent if fmt == "json" else None
            self._emit(
                json.dumps(_envelope(outcome, self.style), ensure_ascii=False, indent=indent)
            )
            self._emit("\n")
        self.started = True


class Outputs:
    """Where results go: one stream, or one file per input under a directory."""

    def __init__(self, style: Style, stream: IO[bytes], directory: Path | None = None) -> None:
        self.style = style
        self.stream = stream
        self.directory = directory
        self.written = 0
        self.current: tuple[Input, _Writer] | None = None

    def target(self, item: Input) -> Path:
        """The file ``item``'s results go to under ``--output-dir``."""
        assert self.directory is not None  # noqa: S101 - only asked with a directory
        return self.directory / item.relative.with_suffix(SUFFIXES[self.style.format])

    def _writer(self, item: Input) -> _Writer:
        if self.current is not None and (self.directory is None or self.current[0] == item):
            return self.current[1]
        self._close_file()
        stream = self.stream
        if self.directory is not None:
            path = self.target(item)
            path.parent.mkdir(parents=True, exist_ok=True)
            stream = path.open("wb")
        self.current = item, _Writer(stream, self.style)
        return self.current[1]

    def write(self, outcome: Outcome) -> None:
        """Write one result where its input's results go."""
        self._writer(outcome.located.input).write(outcome)
        self.written += 1

    def _close_file(self) -> None:
        if self.current is not None and self.directory is not None:
            self.current[1].stream.close()
        self.current = None

    def close(self) -> None:
        """Close the file being written under ``--output-dir`` (the stream stays open)."""
        self._close_file()
