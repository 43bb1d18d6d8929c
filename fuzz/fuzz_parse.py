"""Atheris fuzz target: any bytes, decoded any way, must parse without an exception.

Run outside CI (see fuzz/README.md)::

    .venv/bin/pip install atheris
    mkdir -p /tmp/np-corpus
    nice .venv/bin/python fuzz/fuzz_parse.py -max_total_time=600 -max_len=4096 \\
        /tmp/np-corpus fuzz/corpus

Every element's ``start``/``end`` must also point into the input, and the JSON form
must round-trip. A failure is a crash atheris reports with the input that caused it.

Every parser module is imported inside ``atheris.instrument_imports()``, before anything
else loads it: ``noticiaparse.parse`` imports the pipeline only on its first call, so
importing the package alone would leave the extractors uninstrumented and the fuzzer
blind to their branches. ``PARSER_MODULES`` names them all (``tests/test_robustness.py``
checks that it misses none); the generators, the command line and the Hypothesis
strategies are not parsing code and stay out.
"""

from __future__ import annotations

import datetime as dt
import importlib
import sys
from typing import Any

import atheris  # type: ignore[import-untyped]

#: Every module of the parser, instrumented for coverage (the package's own files but
#: ``_gen``, ``_cli``, ``__main__`` and ``strategies``).
PARSER_MODULES = (
    "noticiaparse",
    "noticiaparse._api",
    "noticiaparse._batch",
    "noticiaparse._checks",
    "noticiaparse._errors",
    "noticiaparse._extract",
    "noticiaparse._extract.dates",
    "noticiaparse._extract.money",
    "noticiaparse._extract.quote_after",
    "noticiaparse._extract.quote_before",
    "noticiaparse._extract.quote_carries",
    "noticiaparse._extract.quote_clauses",
    "noticiaparse._extract.quote_dialogue",
    "noticiaparse._extract.quote_echoes",
    "noticiaparse._extract.quote_kinds",
    "noticiaparse._extract.quote_openings",
    "noticiaparse._extract.quote_pronouns",
    "noticiaparse._extract.quote_said",
    "noticiaparse._extract.quote_sequels",
    "noticiaparse._extract.quote_titles",
    "noticiaparse._extract.quote_words",
    "noticiaparse._extract.quotes",
    "noticiaparse._extract.speakers",
    "noticiaparse._extract.source_acts",
    "noticiaparse._extract.source_channels",
    "noticiaparse._extract.source_cues",
    "noticiaparse._extract.source_documents",
    "noticiaparse._extract.source_filters",
    "noticiaparse._extract.source_fold",
    "noticiaparse._extract.source_joins",
    "noticiaparse._extract.source_ledger",
    "noticiaparse._extract.source_names",
    "noticiaparse._extract.source_naming",
    "noticiaparse._extract.source_outlets",
    "noticiaparse._extract.source_pairs",
    "noticiaparse._extract.source_postverbal",
    "noticiaparse._extract.source_rulings",
    "noticiaparse._extract.source_search",
    "noticiaparse._extract.source_sites",
    "noticiaparse._extract.source_statements",
    "noticiaparse._extract.source_subjects",
    "noticiaparse._extract.source_variants",
    "noticiaparse._extract.source_words",
    "noticiaparse._extract.sources",
    "noticiaparse._extract.timeline",
    "noticiaparse._layout",
    "noticiaparse._layout.boilerplate",
    "noticiaparse._layout.byline",
    "noticiaparse._layout.flat",
    "noticiaparse._layout.learned",
    "noticiaparse._layout.lines",
    "noticiaparse._layout.page",
    "noticiaparse._layout.published",
    "noticiaparse._layout.retold",
    "noticiaparse._layout.signature",
    "noticiaparse._layout.tail",
    "noticiaparse._layout.top",
    "noticiaparse._layout.wrap",
    "noticiaparse._model",
    "noticiaparse._pipeline",
    "noticiaparse._precompiled",
    "noticiaparse._reading",
    "noticiaparse._reading.attributions",
    "noticiaparse._reading.cast",
    "noticiaparse._reading.channels",
    "noticiaparse._reading.interviews",
    "noticiaparse._reading.names",
    "noticiaparse._reading.phrases",
    "noticiaparse._reading.quotations",
    "noticiaparse._reading.reading",
    "noticiaparse._reading.subjects",
    "noticiaparse._reading.tokens",
    "noticiaparse._reading.vocabulary",
    "noticiaparse._schema",
    "noticiaparse._text",
    "noticiaparse._text.calendar",
    "noticiaparse._text.case",
    "noticiaparse._text.fold",
    "noticiaparse._text.gates",
    "noticiaparse._text.html",
    "noticiaparse._text.lazy",
    "noticiaparse._text.lexicons",
    "noticiaparse._text.marks",
    "noticiaparse._text.numbers",
    "noticiaparse._text.record",
    "noticiaparse._text.repair",
    "noticiaparse._text.sentences",
    "noticiaparse._text.span",
    "noticiaparse._text.spine",
    "noticiaparse._version",
)

_loaded = sorted(name for name in PARSER_MODULES if name in sys.modules)
if _loaded:  # a module loaded earlier would run uninstrumented
    _msg = f"imported before instrumentation: {', '.join(_loaded)}"
    raise RuntimeError(_msg)
with atheris.instrument_imports(include=["noticiaparse"]):
    for _name in PARSER_MODULES:
        importlib.import_module(_name)

import noticiaparse  # noqa: E402 - already loaded (and instrumented) just above

_COUNTRIES = (None, "CL", "MX", "AR", "ES", "CO", "PE", "US")


def _spans(data: dict[str, Any]) -> list[dict[str, Any]]:
    """Every element of an article's JSON form that has a ``start`` and ``end``."""
    spans = [data[key] for key in ("headline", "deck", "published") if data[key] is not None]
    for key in ("body", "boilerplate", "quotes", "money", "dates"):
        spans.extend(data[key])
    spans.extend(q["speaker"] for q in data["quotes"] if q["speaker"] is not None)
    spans.extend(m for source in data["sources"] for m in source["mentions"])
    return spans


def _check(text: str, article: noticiaparse.Article) -> None:
    """Spans inside ``text``, ``raw`` fields exact, the JSON form round-trips."""
    data = article.to_dict()
    for span in _spans(data):
        if not 0 <= span["start"] <= span["end"] <= len(text):
            msg = f"span {span['start']}..{span['end']} outside 0..{len(text)}"
            raise AssertionError(msg)
    for element in data["money"] + data["dates"]:
        if text[element["start"] : element["end"]] != element["raw"]:
            msg = f"raw {element['raw']!r} is not the text at its span"
            raise AssertionError(msg)
    if noticiaparse.Article.from_dict(data) != article:
        msg = "to_dict/from_dict does not round-trip"
        raise AssertionError(msg)


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    country = _COUNTRIES[fdp.ConsumeIntInRange(0, len(_COUNTRIES) - 1)]
    use_date = fdp.ConsumeBool()
    reference = dt.date(2000, 1, 1) + dt.timedelta(days=fdp.ConsumeIntInRange(0, 15000))
    if fdp.ConsumeBool():
        text = fdp.ConsumeUnicode(fdp.remaining_bytes())
    else:
        text = fdp.ConsumeBytes(fdp.remaining_bytes()).decode("utf-8", errors="surrogateescape")
    article = noticiaparse.parse(
        text, reference_date=reference if use_date else None, country=country
    )
    _check(text, article)
    for parser in (noticiaparse.parse_quotes, noticiaparse.parse_sources):
        parser(text)
    noticiaparse.parse_money(text, country=country)
    noticiaparse.parse_dates(text, reference_date=reference)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
