"""Nothing breaks the parser: any ``str`` parses, every span points into it.

The command line meets hostile input the same way: each bad file, line or record is
reported with its location, the rest still go through, the exit code is 1. Timing is
not asserted here; ``bench/scaling.py`` shows time and memory per MB.
"""

from __future__ import annotations

import ast
import datetime as dt
import importlib.util
import json
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import noticiaparse
from noticiaparse import Article

#: The ``run_cli`` fixture of conftest.py: ``(argv, stdin=b"")`` -> (code, JSON lines, stderr).
CliRunner = Callable[..., tuple[int, list[Any], str]]

#: Every white-space or invisible character a scraped page may carry.
UNICODE_SPACES = "".join(
    chr(c)
    for c in range(0x110000)
    if chr(c).isspace() or unicodedata.category(chr(c)) in ("Zs", "Zl", "Zp", "Cf")
)

_SPECIALS = (
    "«»“”„‟\"'‘’‹›—–―-‐$€£¥₡US$UF%.,:;!?¡¿()[]<>&#/\\|\r\n\t\u00a0\u200b\u200c\u200d"
    "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u00ad\ufeff"
    "\u2028\u2029\x00\x07\x1b\x7f\x85\u0301\u0303\ud800\udc00\udfff"
    "0123456789😀👍🏽‍🇨🇱"
)
_WORDS = (
    "dijo", "afirmó", "según", "que", "El", "La", "Tercera", "Ministerio", "Por", "Pérez",
    "$5,8", "millones", "mil", "de", "pesos", "dólares", "UF", "US$", "1.200", "11", "mayo",
    "pasado", "próximo", "lunes", "ayer", "hoy", "10/11/2023", "Publicidad", "Compartir",
    "«", "»", "“", "”", '"', "—", ":", ".", ",", "\n", "\n\n", " | ", "Lee también:",
)  # fmt: skip

#: Any text at all, lone surrogates and control characters included.
any_text = st.text(st.characters(exclude_categories=()), max_size=400)
#: Text made mostly of the characters the parsers react to.
special_text = st.text(st.sampled_from(_SPECIALS) | st.characters(), max_size=400)
#: Near-miss news: the words and marks the parsers look for, in any order.
newsish_text = st.lists(st.sampled_from(_WORDS), max_size=120).map(" ".join)
countries = st.sampled_from([None, "CL", "MX", "AR", "ES", "CO", "US"])
references = st.none() | st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31))


def check_article(text: str, article: Article) -> None:
    """Every span is inside ``text``; exact fields are exact; the JSON form round-trips."""
    data = article.to_dict()
    spans: list[dict[str, Any]] = [data[k] for k in ("headline", "deck", "published") if data[k]]
    for key in ("body", "boilerplate", "quotes", "money", "dates"):
        spans.extend(data[key])
    spans.extend(q["speaker"] for q in data["quotes"] if q["speaker"])
    spans.extend(m for s in data["sources"] for m in s["mentions"])
    for span in spans:
        assert 0 <= span["start"] <= span["end"] <= len(text), span
    for element in data["money"] + data["dates"] + ([data["published"]] * bool(data["published"])):
        assert text[element["start"] : element["end"]] == element["raw"]
    json.dumps(data)  # serialisable as it is
    assert article == Article.from_dict(data)


@given(st.one_of(any_text, special_text, newsish_text), references, countries)
def test_any_text_parses(text: str, reference: dt.date | None, country: str | None) -> None:
    check_article(text, noticiaparse.parse(text, reference_date=reference, country=country))


@given(st.one_of(any_text, special_text, newsish_text), countries)
def test_any_text_parses_field_by_field(text: str, country: str | None) -> None:
    layout = noticiaparse.parse_layout(text)
    quotes = noticiaparse.parse_quotes(text)
    sources = noticiaparse.parse_sources(text)
    money = noticiaparse.parse_money(text, country=country)
    dates = noticiaparse.parse_dates(text, reference_date=dt.date(2020, 2, 29))
    spans = [(p.start, p.end) for p in layout.body + layout.boilerplate]
    spans += [(q.start, q.end) for q in quotes]
    spans += [(m.start, m.end) for s in sources for m in s.mentions]
    spans += [(m.start, m.end) for m in money] + [(d.start, d.end) for d in dates]
    assert all(0 <= s <= e <= len(text) for s, e in spans)
    # the exact fields are exact: each raw is its slice of the input
    assert all(m.raw == text[m.start : m.end] for m in money)
    assert all(d.raw == text[d.start : d.end] for d in dates)


# ------------------------------------------------------------ fixed hostile inputs, once each

_N = 100_000  # the runs of one mark the issue names: quote marks, dashes, digits
_M = 10_000  # runs of whole cues, which cost more per character (bench/scaling.py has 1 MB)
# Long words keep the token count (what the name finder pays for) low in a 1 MB line.
_SENTENCE = "Inconmensurablemente extraordinarias, desproporcionadamente. "

HOSTILE = {
    "guillemets-open": "«" * _N,
    "guillemets-close": "»" * _N,
    "straight-double-quotes": '"' * _N,
    "straight-single-quotes": "'" * _N,
    "curly-quotes": "“" * _N,
    "alternating-quotes": "«»“”" * (_N // 4),
    "quoted-words": '"a" ' * (_M // 4),
    "em-dashes": "—" * _N,
    "hyphens": "-" * _N,
    "dash-dialogue": "—No —dijo él—. " * (_M // 16),
    "digits": "7" * _N,
    "digit-groups": "1.000." * (_N // 6),
    "decimal-commas": "1,5" * (_M // 3),
    "dollar-signs": "$" * _N,
    "amounts": "$5,8 millones " * (_M // 14),
    "dates": "el pasado 11 de mayo " * (_M // 21),
    "slashes": "10/11/" * (_M // 6),
    "reporting-verbs": "dijo " * (_M // 5),
    "capitalised-names": "Pedro " * (_M // 6),
    "one-mb-line": (_SENTENCE * (1_000_000 // len(_SENTENCE))).replace("\n", " "),
    "one-mb-word": "a" * 1_000_000,
    "newlines": "\n" * _N,
    "crlf": "\r\n" * (_N // 2),
    "lone-cr": "\r" * _N,
    "unicode-spaces": UNICODE_SPACES * (_N // len(UNICODE_SPACES)),
    "lone-surrogates": "\ud800\udfff" * (_N // 2),
    "combining-marks": "a" + "\u0301" * _N,
    "rtl-marks": "\u202e\u200f" * (_N // 2),
    "emoji": "👍🏽‍🇨🇱" * (_N // 5),
    "nul-and-controls": "\x00\x07\x1b\x7f\x85" * (_N // 5),
    "html-entities": "&amp;&quot;&#8220;" * (_N // 18),
    "tags": "<p>" * (_N // 3),
    "shortcodes": "[caption]" * (_N // 9),
    "mojibake": "Ã³â€œ" * (_N // 5),
    # the costly kinds of bench/scaling.py: a candidate or a paragraph every few characters
    "short-lines": "a\n" * (_M // 2),
    "dollar-ones": "$1" * (_M // 2),
    "dashed-ranges": "$1-$2 " * (_M // 6),
    "money-ranges": "entre $1 y $2 millones, " * (_M // 24),
    "dialogue-lines": "—Sí —dijo Ana—.\n" * (_M // 16),
    "said-guillemets": "«Sí», dijo Juan Pérez. " * (_M // 23),
}


@pytest.mark.parametrize("text", list(HOSTILE.values()), ids=list(HOSTILE))
def test_hostile_input_parses(text: str) -> None:
    check_article(text, noticiaparse.parse(text, country="CL"))


#: Inputs that once crashed a parser (found by fuzzing or by the properties above).
REGRESSIONS = {
    # _byline: a name part that folds to nothing (IndexError), found by fuzz/fuzz_parse.py
    "byline-empty-name-part": (
        "tul\x7f\x7fo de prueba\n\n naiiLTC-to: B+Vamos a revi revisar los contratos@;.\n\n"
        "El plan costarC-a $5,8 millones, ss, seC\x18"
    ),
    "byline-handle-only": "Título\n\nPor @a.\n\nEl texto sigue aquí.",
}


@pytest.mark.parametrize("text", list(REGRESSIONS.values()), ids=list(REGRESSIONS))
def test_former_crashes_parse(text: str) -> None:
    check_article(text, noticiaparse.parse(text))


# ------------------------------------------------------------ the fuzz target sees the parser

_SRC = Path(noticiaparse.__file__).parent
#: Package parts that are not parsing code: the fuzz target leaves them uninstrumented.
_NOT_PARSER = ("noticiaparse._gen", "noticiaparse._cli", "noticiaparse.__main__",
               "noticiaparse.strategies")  # fmt: skip


def _fuzz_target_constant(name: str) -> Any:
    """A literal constant of fuzz/fuzz_parse.py, read without importing atheris."""
    source = Path(__file__).parent.parent / "fuzz" / "fuzz_parse.py"
    for node in ast.parse(source.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and ast.unparse(node.targets[0]) == name:
            return ast.literal_eval(node.value)
    raise AssertionError(name)  # pragma: no cover - only if the constant is renamed


def test_the_fuzz_target_instruments_every_parser_module() -> None:
    found = set()
    for path in _SRC.rglob("*.py"):
        parts = ("noticiaparse", *path.relative_to(_SRC).with_suffix("").parts)
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        if not any(name == skip or name.startswith(skip + ".") for skip in _NOT_PARSER):
            found.add(name)
    listed = set(_fuzz_target_constant("PARSER_MODULES"))
    assert (set(), set()) == (found - listed, listed - found)  # (missing, stale)


def _scaling_benchmark() -> Any:
    """``bench/scaling.py`` as a module (it is a script, not part of the package)."""
    path = Path(__file__).parent.parent / "bench" / "scaling.py"
    spec = importlib.util.spec_from_file_location("scaling_bench", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_scaling_benchmark_measures_every_hostile_kind() -> None:
    bench = _scaling_benchmark()
    issue_kinds = {"dev-news", "short-lines", "dollar-ones", "quoted-words", "dash-dialogue",
                   "said-guillemets", "money-ranges"}  # fmt: skip
    assert issue_kinds <= set(bench.KINDS)
    # (dev-news reads the shared dev articles, which a test does not depend on)
    assert all(1000 == len(bench.build(kind, 1000)) for kind in bench.KINDS if kind != "dev-news")
    # every dialogue line differs: the same line again would be dropped as a copy
    lines = bench.build("dash-dialogue", 100_000).splitlines()[:-1]
    assert len(lines) > 4000
    assert len(set(lines)) == len(lines)
    rows = [
        {"kind": "dev-news", "mb": 1.0, "s_per_mb": 2.0, "cpu_s_per_mb": 1.0,
         "peak_mib_per_mb": 40.0},
        {"kind": "short-lines", "mb": 1.0, "s_per_mb": 9.0, "cpu_s_per_mb": 3.0,
         "peak_mib_per_mb": 90.0},
        {"kind": "dollar-ones", "mb": 1.0, "seconds": ">900"},
    ]  # fmt: skip
    table = bench.summary(rows)
    assert "| short-lines | 1.0 | 9.0 | 3.0 | 90.0 | 3.0 |" in table
    assert not any("dollar-ones" in line for line in table)  # timed out: no figures


def test_the_whole_plane_of_every_unicode_space_parses() -> None:
    text = "Título\n\n" + "".join(
        f"El{c}costo{c}fue{c}de{c}$5,8{c}millones." for c in UNICODE_SPACES
    )
    check_article(text, noticiaparse.parse(text, country="CL"))


def test_wrong_argument_types_raise_type_error() -> None:
    for value in (None, b"bytes", 5, ["list"]):
        with pytest.raises(TypeError):
            noticiaparse.parse(value)  # type: ignore[arg-type]


# ------------------------------------------------------------ the command line


GOOD = "Título\n\nEl costo sería de $5,8 millones, según La Tercera."


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        (b"Canci\xf3n de cuna", "not valid UTF-8 at byte 5"),
        (b"", "empty file"),
        (b"  \n\t\r\n", "empty file"),
    ],
    ids=["binary", "invalid-utf8", "empty", "only-white-space"],
)
def test_cli_reports_a_bad_file_and_parses_the_others(
    run_cli: CliRunner,
    tmp_path: Path,
    content: bytes,
    message: str,
) -> None:
    good1, bad, good2 = tmp_path / "a.txt", tmp_path / "bad.txt", tmp_path / "b.txt"
    good1.write_text(GOOD, encoding="utf-8")
    bad.write_bytes(content)
    good2.write_text(GOOD, encoding="utf-8")
    code, lines, err = run_cli(["parse", str(good1), str(bad), str(good2)])
    assert 1 == code
    assert ["article", "error", "article"] == [
        "article" if "schema" in line else min(set(line) - {"path"}) for line in lines
    ]
    assert f"noticiaparse: {bad}: {message}" in err
    assert 1 == len(err.strip().splitlines())


def test_cli_parses_a_file_of_hostile_text(run_cli: CliRunner, tmp_path: Path) -> None:
    hostile = tmp_path / "hostile.txt"
    hostile.write_text("«" * 1000 + "\u202e" + "$" * 1000 + "\u2028" * 100, encoding="utf-8")
    code, lines, err = run_cli(["parse", str(hostile)])
    assert (0, "", 1) == (code, err, len(lines))


_RECORDS = [
    (b'{"id": 1, "text": "Hola mundo"}', None),
    (b"this is not json", "not JSON"),
    (b'{"id": 3, "text": "Bien"', "not JSON"),
    (b'{"id": 4}', "record has no 'text'"),
    (b'{"id": 5, "text": 42}', "'text' is int, not a string"),
    (b'{"id": 6, "text": null}', "'text' is NoneType, not a string"),
    (b'{"id": 7, "text": ["a"]}', "'text' is list, not a string"),
    (b'["a", "list"]', "record is list, not an object"),
    (b'"just a string"', "record is str, not an object"),
    (b"\xff\xfe\x00b\x00a\x00d", "not valid UTF-8"),
    (b'{"id": 11, "text": "lone \\ud800 surrogate"}', None),
    (b'{"id": 12, "text": "Hola", "country": "XX"}', "unknown country code 'XX'"),
    (b'{"id": 13, "text": "Hola", "reference_date": "yesterday"}', "ValueError"),
    (b'{"id": 14, "text": "Fin"}', None),
]


def test_cli_jsonl_reports_each_bad_line_with_its_location(
    run_cli: CliRunner, tmp_path: Path
) -> None:
    records = tmp_path / "records.jsonl"
    records.write_bytes(b"\n".join(line for line, _ in _RECORDS) + b"\n")
    code, lines, err = run_cli(["parse", "--jsonl", str(records)])
    assert 1 == code
    assert len(_RECORDS) == len(lines)  # one output line per input line, in order
    reported = err.strip().splitlines()
    expected_errors = [(n, why) for n, (_, why) in enumerate(_RECORDS, 1) if why]
    assert len(expected_errors) == len(reported)
    for (lineno, why), line in zip(expected_errors, reported, strict=True):
        assert line.startswith(f"noticiaparse: {records}:{lineno}: "), line
        assert why in line, line
    for (_, fails), output in zip(_RECORDS, lines, strict=True):
        assert (fails is None) == ("article" in output), output


def test_cli_jsonl_binary_file(run_cli: CliRunner, tmp_path: Path) -> None:
    binary = tmp_path / "dump.bin"
    binary.write_bytes(bytes(range(256)) * 4)
    good = tmp_path / "good.jsonl"
    good.write_bytes(b'{"id": "ok", "text": "Hola"}\n')
    code, lines, err = run_cli(["parse", "--jsonl", str(binary), str(good)])
    assert 1 == code
    assert "ok" == lines[-1]["id"]
    assert "article" in lines[-1]
    assert f"noticiaparse: {binary}:1: " in err


def test_cli_jsonl_empty_file_and_missing_file(run_cli: CliRunner, tmp_path: Path) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"")
    missing = tmp_path / "missing.jsonl"
    good = tmp_path / "good.jsonl"
    good.write_bytes(b'{"id": 1, "text": "Hola"}\n')
    argv = ["parse", "--jsonl", str(empty), str(missing), str(good)]
    code, lines, err = run_cli(argv)
    assert 1 == code
    assert [1] == [line["id"] for line in lines]
    assert f"noticiaparse: {missing}: No such file or directory" in err
    assert f"noticiaparse: {empty}: empty file (no records)" in err
