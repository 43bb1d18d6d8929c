"""Money side by side on the dev articles: noticiaparse, Recognizers-Text, price-parser.

Run from the project root with the ``bench`` extra installed::

    .venv/bin/python bench/money.py [GOLD_FILE ...]

Every tool reads the same input, each article's whole raw text, with the article's
country hint where the tool can take one. A found amount counts when its amount and
currency equal a gold amount's (the rule of ``shared/eval/score.py``: greedy one-to-one
matching). noticiaparse is also scored through ``parse()``, which reads only the
headline, deck and body that the layout finds (what the scorer measures).

The peers get generous readings of their output:

- Recognizers-Text (``recognize_currency``, Spanish culture) names a unit in Spanish
  ("Dólar", "Peso", "Peso chileno"); the table below turns it into an ISO code, and
  a bare "Peso" counts as the local peso of the article's country.
- price-parser reads one price from a string and has no finder: it is given each
  clause of the text (split at sentence and clause punctuation) that holds a digit,
  and its currency string ("$", "US$", "pesos") is turned into an ISO code with the
  country hint, as noticiaparse would.
"""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from gold import load

from noticiaparse import parse, parse_money
from noticiaparse._extract.money import find_money, resolve_currency
from noticiaparse._text.spine import Spine, build_spine

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = [
    ROOT.parent / "shared" / "gold" / "dev_annotated.jsonl",
    ROOT.parent / "shared" / "gold" / "seed.json",
]

Found = list[tuple[Decimal, "str | None"]]

# Recognizers-Text Spanish unit names -> ISO 4217 ("Peso" is resolved by country).
RECOGNIZERS_UNITS = {
    "Dólar": "USD",
    "Dólar estadounidense": "USD",
    "Euro": "EUR",
    "Libra": "GBP",
    "Libra esterlina": "GBP",
    "Peso chileno": "CLP",
    "Peso mexicano": "MXN",
    "Peso argentino": "ARS",
    "Peso colombiano": "COP",
    "Sol": "PEN",
    "Nuevo sol": "PEN",
    "Bolívar fuerte": "VEF",
    "Unidad de fomento": "CLF",
}
PRICE_PARSER_CURRENCIES = {
    "$": "@dollar",
    "US$": "USD",
    "U$": "USD",
    "U$S": "USD",
    "USD": "USD",
    "€": "EUR",
    "EUR": "EUR",
    "euros": "EUR",
    "pesos": "@peso",
    "dólares": "USD",
    "UF": "CLF",
}
_SPINES: dict[int, Spine] = {}
CLAUSE = re.compile(r"[.;:!?()\n]\s|,\s|\s[-–—]\s")


def ours(record: dict[str, Any]) -> Found:
    amounts = parse_money(record["text"], country=record.get("country"))
    return [(m.amount, m.currency) for m in amounts]


def ours_parse(record: dict[str, Any]) -> Found:
    article = parse(record["text"], country=record.get("country"))
    return [(m.amount, m.currency) for m in article.money]


def ours_extractor(record: dict[str, Any]) -> Found:
    """The money extractor alone, on a spine built beforehand (the shared cost left out)."""
    spine = _SPINES[id(record)]
    amounts = find_money(spine, ((0, len(spine.text)),), record.get("country"))
    return [(m.amount, m.currency) for m in amounts]


def recognizers(record: dict[str, Any]) -> Found:
    from recognizers_number_with_unit import (  # type: ignore[import-untyped]  # noqa: PLC0415
        recognize_currency,
    )
    from recognizers_text import Culture  # type: ignore[import-untyped]  # noqa: PLC0415

    out: Found = []
    for result in recognize_currency(record["text"], Culture.Spanish):
        resolution = result.resolution or {}
        value, unit = resolution.get("value"), resolution.get("unit")
        if value is None:
            continue
        if unit == "Peso":
            currency = resolve_currency("@peso", record.get("country"))
        else:
            currency = RECOGNIZERS_UNITS.get(unit or "")
        try:
            out.append((Decimal(str(value)), currency))
        except InvalidOperation:
            continue
    return out


def price_parser(record: dict[str, Any]) -> Found:
    from price_parser import Price  # noqa: PLC0415

    out: Found = []
    for clause in CLAUSE.split(record["text"]):
        if not any(c.isdigit() for c in clause):
            continue
        price = Price.fromstring(clause)
        if price.amount is None or price.currency is None:
            continue
        key = PRICE_PARSER_CURRENCIES.get(price.currency.strip())
        currency = resolve_currency(key, record.get("country")) if key else None
        out.append((price.amount, currency))
    return out


def matches(gold: Found, found: Found) -> int:
    """Greedy one-to-one matching on (amount, currency), as the scorer does."""
    used: set[int] = set()
    hits = 0
    for amount in gold:
        for index, candidate in enumerate(found):
            if index not in used and candidate == amount:
                used.add(index)
                hits += 1
                break
    return hits


def measure(
    tool: Callable[[dict[str, Any]], Found], records: list[dict[str, Any]], rounds: int = 3
) -> tuple[float, float, float, float]:
    """Precision, recall, F1 and characters per second (the best of ``rounds`` passes)."""
    tool(records[0])  # warm up: lexicons, lazy imports, model loading
    golds = [
        [(Decimal(g["amount"]), g.get("currency")) for g in r["gold"]["money"]] for r in records
    ]
    chars = sum(len(r["text"]) for r in records)
    best = float("inf")
    founds: list[Found] = []
    for _ in range(rounds):
        started = time.perf_counter()
        founds = [tool(record) for record in records]
        best = min(best, time.perf_counter() - started)
    tp = sum(matches(gold, found) for gold, found in zip(golds, founds, strict=True))
    n_found = sum(map(len, founds))
    n_gold = sum(map(len, golds))
    precision = tp / n_found if n_found else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1, chars / best


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or DEFAULT_GOLD
    records = load(paths, "money")
    _SPINES.update((id(r), build_spine(r["text"])) for r in records)
    tools: list[tuple[str, Callable[[dict[str, Any]], Found]]] = [
        ("noticiaparse parse_money", ours),
        ("noticiaparse parse()", ours_parse),
        ("noticiaparse find_money", ours_extractor),
        ("Recognizers-Text", recognizers),
        ("price-parser", price_parser),
    ]
    n_gold = sum(len(r["gold"]["money"]) for r in records)
    print(f"{len(records)} articles, {n_gold} gold amounts\n")
    print(f"{'tool':26} {'precision':>9} {'recall':>7} {'F1':>7} {'chars/s':>12}")
    print("-" * 65)
    for name, tool in tools:
        try:
            precision, recall, f1, speed = measure(tool, records)
        except ImportError as exc:
            print(f"{name:26} not installed ({exc.name})")
            continue
        print(f"{name:26} {precision:9.3f} {recall:7.3f} {f1:7.3f} {speed:12,.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
