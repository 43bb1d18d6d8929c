"""Atheris fuzz target: any bytes, decoded any way, must parse without an exception.

Run outside CI (see fuzz/README.md)::

    .venv/bin/pip install atheris
    nice .venv/bin/python fuzz/fuzz_parse.py -max_total_time=600 -max_len=4096 /tmp/np-corpus fuzz/corpus

Every element's ``start``/``end`` must also point into the input, and the JSON form
must round-trip. A failure is a crash atheris reports with the input that caused it.
"""

from __future__ import annotations

import datetime as dt
import sys

import atheris

with atheris.instrument_imports():
    import noticiaparse

_COUNTRIES = (None, "CL", "MX", "AR", "ES", "CO", "PE", "US")


def _check_spans(text: str, article: noticiaparse.Article) -> None:
    data = article.to_dict()
    spans: list[dict[str, object]] = []
    for key in ("headline", "deck", "published"):
        if data[key] is not None:
            spans.append(data[key])
    for key in ("body", "boilerplate", "quotes", "money", "dates"):
        spans.extend(data[key])
    for quote in data["quotes"]:
        if quote["speaker"] is not None:
            spans.append(quote["speaker"])
    for source in data["sources"]:
        spans.extend(source["mentions"])
    for span in spans:
        start, end = span["start"], span["end"]
        assert isinstance(start, int)
        assert isinstance(end, int)
        if not 0 <= start <= end <= len(text):
            msg = f"span {start}..{end} outside 0..{len(text)}"
            raise AssertionError(msg)
    for key in ("money", "dates"):
        for element in data[key]:
            assert text[element["start"] : element["end"]] == element["raw"], element
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
    _check_spans(text, article)
    for parser in (noticiaparse.parse_quotes, noticiaparse.parse_sources):
        parser(text)
    noticiaparse.parse_money(text, country=country)
    noticiaparse.parse_dates(text, reference_date=reference)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
