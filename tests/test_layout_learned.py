"""The learned line models (``noticiaparse._layout.learned``): features, decisions, hooks.

The shipped models are off (their cross-validation did not beat the rules: docs/layout.md),
so these tests drive the two decisions with small hand-set models over the same features,
on pages written for these tests, and check that the shipped weights load and that a page
parses the same with the models off as the rules alone read it.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from noticiaparse import parse
from noticiaparse._layout import learned
from noticiaparse._layout.learned import (
    FEATURES,
    HEADLINE_FEATURES,
    HeadlineModel,
    LineModel,
    features,
    headline_candidates,
    headline_model,
    line_model,
    refine,
    rerank_headline,
)
from noticiaparse._layout.lines import Line, Role

TITLE = "La alcaldía de Loja abre tres comedores escolares en barrios del sur"
P1 = (
    "La alcaldía de Loja inauguró este lunes tres comedores escolares en los barrios del sur"
    " de la ciudad, que darán almuerzo gratuito a unos 900 alumnos de primaria."
)
P2 = (
    "Según la concejala de Educación, los comedores costarán 60 mil dólares al año y se"
    " pagarán con el presupuesto municipal aprobado en enero para programas sociales."
)
P3 = (
    "Las familias consultadas celebraron la apertura, aunque pidieron que el servicio se"
    " extienda a los colegios del norte antes de que termine el año lectivo."
)
CAPTION = "Alumnos de una escuela de Loja en el comedor nuevo"
MENU = "Inicio Deportes Política Opinión Videos"


def _lines(rows: Sequence[tuple[str, str, Role]]) -> list[Line]:
    """Lines of an invented page: (text, kind, role) each, one blank line apart."""
    out, start = [], 0
    for text, kind, role in rows:
        out.append(Line(start, start + len(text), 1, text, kind=kind, role=role))
        start += len(text) + 2
    return out


def _weights(names: Sequence[str], **given: float) -> tuple[float, ...]:
    return tuple(given.get(name, 0.0) for name in names)


PAGE = [
    (TITLE, "", Role.HEADLINE),
    ("Por Marta Quishpe", "byline", Role.FURNITURE),
    (P1, "", Role.BODY),
    (CAPTION, "", Role.BODY),
    (P2, "", Role.BODY),
    (P3, "", Role.BODY),
]
#: Body when the line ends like a sentence, furniture when it does not.
CLOSED_IS_BODY = LineModel(_weights(FEATURES, bias=-4.0, closed=8.0), enabled=True)


def test_the_shipped_models_load_and_are_off() -> None:
    lines, heads = line_model(), headline_model()
    assert len(lines.weights) == len(FEATURES)
    assert len(heads.weights) == len(HEADLINE_FEATURES)
    assert any(lines.weights)
    assert any(heads.weights)
    assert not lines.enabled
    assert not heads.enabled


def test_every_line_has_one_value_a_feature() -> None:
    lines = _lines(PAGE)
    vectors = features(lines, 0)
    assert len(vectors) == len(lines)
    assert {len(v) for v in vectors} == {len(FEATURES)}
    caption, paragraph = vectors[3], vectors[2]
    closed = FEATURES.index("closed")
    assert (caption[closed], paragraph[closed]) == (0.0, 1.0)
    # the caption shares the headline's words; the byline is above every paragraph
    words = FEATURES.index("headline_words")
    assert caption[words] > 0
    assert vectors[1][FEATURES.index("header_zone")] == 1.0


@pytest.mark.parametrize(
    ("model", "roles"),
    [
        (CLOSED_IS_BODY, ["headline", "furniture", "body", "furniture", "body", "body"]),
        # between its two thresholds the model leaves the rules' role
        (
            LineModel(CLOSED_IS_BODY.weights, enabled=True, low=0.0, high=1.0),
            ["headline", "furniture", "body", "body", "body", "body"],
        ),
        (
            LineModel(CLOSED_IS_BODY.weights),
            ["headline", "furniture", "body", "body", "body", "body"],
        ),
    ],
    ids=["caption-out", "thresholds-keep-rules", "model-off"],
)
def test_refine_reads_the_lines_after_the_top(model: LineModel, roles: list[str]) -> None:
    lines = _lines(PAGE)
    refine(lines, 0, 1, model)
    assert [line.role.value for line in lines] == roles


def test_refine_brings_a_paragraph_back_and_keeps_the_byline() -> None:
    page = [(TITLE, "", Role.HEADLINE), ("Por Marta Quishpe.", "byline", Role.FURNITURE)]
    page += [(P1, "", Role.BODY), (P2, "", Role.FURNITURE), (MENU, "", Role.FURNITURE)]
    lines = _lines(page)
    refine(lines, 0, 1, CLOSED_IS_BODY)
    assert [line.role.value for line in lines] == [
        "headline",
        "furniture",  # a byline keeps its role, however it ends
        "body",
        "body",
        "furniture",
    ]


def test_refine_needs_a_headline() -> None:
    lines = _lines([(CAPTION, "", Role.BODY), (P1, "", Role.BODY)])
    refine(lines, -1, 0, CLOSED_IS_BODY)
    assert [line.role for line in lines] == [Role.BODY, Role.BODY]


#: The candidate whose words the text under it retells scores highest.
RETOLD = HeadlineModel(_weights(HEADLINE_FEATURES, retold=5.0), enabled=True, margin=1.0)
TOP = [
    (MENU, "", Role.NONE),
    (TITLE, "", Role.NONE),
    (P1, "", Role.NONE),
    (P2, "", Role.NONE),
]


@pytest.mark.parametrize(
    ("model", "found", "want"),
    [
        (RETOLD, 0, 1),  # the rules took the menu: the retold title scores far higher
        (RETOLD, None, 1),  # the rules found nothing
        (RETOLD, 1, 1),
        (HeadlineModel(RETOLD.weights, enabled=True, margin=9.0), 0, 0),  # not far enough
        (HeadlineModel(RETOLD.weights), 0, 0),  # off
    ],
    ids=["over-a-menu", "none-found", "same-pick", "within-margin", "off"],
)
def test_rerank_headline(model: HeadlineModel, found: int | None, want: int) -> None:
    lines = _lines(TOP)
    given = None if found is None else (found, lines[found].span)
    picked = rerank_headline(lines, given, model)
    assert picked is not None
    assert picked == (want, lines[want].span)


def test_headline_candidates_take_the_rules_pick_wherever_it_stands() -> None:
    far = [(P1, "", Role.NONE)] * 45 + [(TITLE, "", Role.NONE), (P2, "", Role.NONE)]
    lines = _lines(far)
    picked = [i for i, _ in headline_candidates(lines, 45)]
    assert 45 in picked
    assert all(len(v) == len(HEADLINE_FEATURES) for _, v in headline_candidates(lines, 45))
    assert rerank_headline(lines, None, HeadlineModel(RETOLD.weights, enabled=True)) is not None
    # no line of a headline's length or kind: nothing to rank
    assert (
        rerank_headline(_lines([(P1 * 3, "", Role.NONE), (MENU, "share", Role.NONE)]), None, RETOLD)
        is None
    )


def test_model_settings_are_rows_of_the_file(monkeypatch: pytest.MonkeyPatch) -> None:
    table = (
        ("enabled", "yes"),
        ("low", "0.2"),
        ("high", "0.9"),
        ("margin", "2.5"),
        ("bias", "1.5"),
    )
    monkeypatch.setattr(learned, "rows", lambda _: table)
    model = learned.line_model.__wrapped__()
    assert (model.enabled, model.low, model.high, model.weights[0]) == (True, 0.2, 0.9, 1.5)
    ranker = learned.headline_model.__wrapped__()
    assert (ranker.enabled, ranker.margin) == (True, 2.5)


PARSED = f"Sociedad\n\n{TITLE}\n\nPor Marta Quishpe\n\n{P1}\n\n{CAPTION}\n\n{P2}\n\n{P3}\n"


def test_the_page_is_parsed_through_both_models(monkeypatch: pytest.MonkeyPatch) -> None:
    off = parse(PARSED)
    assert off.headline is not None
    assert off.headline.text == TITLE
    assert CAPTION in [p.text for p in off.body]  # the rules keep the caption
    monkeypatch.setattr(learned, "line_model", lambda: CLOSED_IS_BODY)
    monkeypatch.setattr(learned, "headline_model", lambda: RETOLD)
    on = parse(PARSED)
    assert on.headline is not None
    assert on.headline.text == TITLE
    assert [p.text for p in on.body] == [P1, P2, P3]
    assert CAPTION in [b.text for b in on.boilerplate]
