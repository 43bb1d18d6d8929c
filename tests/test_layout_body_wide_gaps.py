"""A page that sets its paragraphs wide apart and breaks them inside with narrower gaps.

``get_text("\\n")`` over a hand-made template that breaks and indents its own source
sets the page's blocks two blank lines apart or more, and a paragraph's runs (a link, a
bold name, the source's own line ends) on lines of their own, a space-only line among
them: a narrower gap inside a paragraph. On such a page (``wrap.wide_gap``) a narrower
gap breaks no paragraph. Every page here is written for these tests, in the styles of
several countries' regional sites; the counter-examples keep apart what a page sets
apart (a list's items under their label, paragraphs one blank line apart).
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_layout
from noticiaparse._layout.wrap import carries_on, label_goes_on, wide_gap

INDENT = " " * 36
WIDE = "\n\n" + INDENT + "\n\n"  # three blank lines, one of spaces
LINK_OVER = "\n" + INDENT + "\n"  # a link's run: a space-only line over it
LINK_UNDER = "\n\n"  # and a blank line under it


def _src(*runs: str) -> str:
    """A paragraph's runs, alternately prose (indented) and a link (at the margin)."""
    out = []
    for i, run in enumerate(runs):
        if i % 2:
            out.append(LINK_OVER + run + LINK_UNDER)
        else:
            out.append(INDENT + run)
    return "".join(out)


def _body(page: str) -> list[str]:
    return [" ".join(p.text.split()) for p in parse_layout(page).body]


def _flat(*runs: str) -> str:
    return " ".join(" ".join(runs).split())  # (the space before a comma as rendered)


MX_RUNS = (
    (
        "Tulancingo, Hidalgo, 3 de junio de 2024.– El ayuntamiento abrió un",
        "centro de acopio",
        "en la explanada municipal para reunir víveres destinados a las colonias afectadas.",
    ),
    (
        "Las donaciones se recibirán en el",
        "Auditorio Municipal",
        ", ubicado frente al jardín principal, durante toda la semana.",
    ),
    (
        "La presidenta municipal pidió a la población entregar",
        "alimentos no perecederos",
        "y agua embotellada, y recordó que la ropa debe estar limpia.",
    ),
    (
        "El sistema DIF coordinará el reparto con apoyo de",
        "protección civil",
        "en las comunidades de la sierra.",
    ),
)

PE_RUNS = (
    (
        "Arequipa, 14 de abril de 2023.– La municipalidad provincial inició el",
        "programa de arborización",
        "en cinco distritos con la plantación de dos mil molles.",
    ),
    (
        "Según la gerencia de Servicios a la Ciudad, los árboles fueron donados por el",
        "vivero regional",
        "y serán regados por brigadas vecinales.",
    ),
    (
        "Los vecinos interesados en sumarse pueden inscribirse en la",
        "Casa de la Juventud",
        ", de lunes a viernes por la mañana.",
    ),
    (
        "La campaña busca recuperar las áreas verdes perdidas durante la",
        "última sequía",
        "y continuará hasta fin de año.",
    ),
)


def _page(title: str, byline: str, date: str, paragraphs: list[str]) -> str:
    head = WIDE.join([title, byline, date])
    return "\n" + head + WIDE + WIDE.join(paragraphs) + WIDE + "Compartir\n\nTemas relacionados\n"


@pytest.mark.parametrize(
    ("title", "runs"),
    [
        ("Tulancingo abre centro de acopio para familias afectadas", MX_RUNS),
        ("Arequipa planta dos mil árboles en cinco distritos", PE_RUNS),
    ],
    ids=["mx-regional", "pe-municipal"],
)
def test_a_narrower_gap_breaks_no_paragraph(title: str, runs: tuple[tuple[str, ...], ...]) -> None:
    page = _page(title, "Por Redacción Regional", "3 de junio de 2024", [_src(*r) for r in runs])
    assert [_flat(*r) for r in runs] == _body(page)


def test_a_label_takes_its_value_on_a_wide_page() -> None:
    schedule = [
        "Lunes a viernes:\n de\n" + INDENT + "9:00 a 18:00 horas.",
        "Sábados:\n\n" + INDENT + "de 9:00 a 14:00 horas.",
    ]
    paragraphs = [_src(*r) for r in MX_RUNS[:3]] + schedule + [_src(*MX_RUNS[3])]
    page = _page(MX_RUNS[0][1].capitalize(), "Por Ana Ruiz", "3 de junio de 2024", paragraphs)
    body = _body(page)
    assert "Lunes a viernes: de 9:00 a 18:00 horas." in body
    assert "Sábados: de 9:00 a 14:00 horas." in body


def test_the_wide_gap_is_read_from_the_page() -> None:
    texts = ["El municipio abrió", "un centro", "de acopio.", "La entrega", "sigue", "hoy."]
    assert 2 == wide_gap(texts * 2, [3, 1, 0, 3, 1, 1] * 2)


@pytest.mark.parametrize(
    ("texts", "gaps"),
    [
        # paragraphs one blank line apart: no wider gap to read
        (["El municipio abrió", "un centro", "de acopio.", "La entrega", "sigue", "hoy."], [1] * 6),
        # blocks wide apart, but nothing under a narrower gap carries a line on
        (
            ["Inicio", "Política", "Economía", "El alcalde habló.", "Deportes", "Cultura"],
            [3, 1] * 3,
        ),
        # lower-case lines under the wide gaps too: the wide gap sets no paragraphs apart
        (["La obra", "sigue", "en marcha", "y termina", "en mayo", "según el plan."], [3, 1] * 3),
    ],
    ids=["one-blank-line", "menu", "lower-case-under-wide-gaps"],
)
def test_no_wide_gap(texts: list[str], gaps: list[int]) -> None:
    assert 0 == wide_gap(texts * 2, gaps * 2)


def test_a_list_under_its_label_stays_apart_on_a_wide_page() -> None:
    items = "\n\n".join(
        INDENT + t
        for t in (
            "Suspenden clases en tres municipios por las lluvias",
            "Reabren el puente de la carretera federal",
        )
    )
    paragraphs = [_src(*r) for r in PE_RUNS]
    page = _page(
        "Arequipa planta dos mil árboles en cinco distritos",
        "Por Luis Soto",
        "14 de abril de 2023",
        [*paragraphs, "Noticias relacionadas", items],
    )
    assert [_flat(*r) for r in PE_RUNS] == _body(page)


@pytest.mark.parametrize(
    ("above", "below", "expected"),
    [
        ("Lunes a viernes:", "de 9:00 a 18:00 horas.", True),
        ("Horario:", "de lunes a sábado.", True),
        ("Lunes a viernes:", "Sábados y domingos:", False),
        ("Lunes a viernes", "de 9:00 a 18:00 horas.", False),
    ],
    ids=["label-value", "one-word-label", "two-labels", "no-colon"],
)
def test_label_goes_on(above: str, below: str, *, expected: bool) -> None:
    assert expected == label_goes_on(above, below)


def test_a_short_run_opening_the_paragraph_takes_the_lower_case_run_under_it() -> None:
    first = (
        INDENT
        + "La Comisión de Salud"
        + LINK_OVER
        + "del Congreso local"
        + LINK_UNDER
        + INDENT
        + "aprobó ayer el dictamen que obliga a los hospitales a publicar sus listas de espera."
    )
    paragraphs = [first, *(_src(*r) for r in MX_RUNS[1:])]
    page = _page(
        "Aprueban dictamen sobre listas de espera", "Por Ana Ruiz", "3 de junio de 2024", paragraphs
    )
    assert (
        "La Comisión de Salud del Congreso local aprobó ayer el dictamen que obliga a los "
        "hospitales a publicar sus listas de espera."
    ) == _body(page)[0]


@pytest.mark.parametrize(
    ("above", "text", "expected"),
    [
        ("La Comisión de Salud", "aprobó ayer el dictamen", True),
        ("… ubicado en el", ", frente a la plaza", True),
        # a nested list's bullet glyph, a web address: no run of the text
        ("Programas", "o Nos levantamos", False),
        ("… habló por la radio local.", "http://radio.example/audio.wav", False),
        # a sentence's end over a lower-case line: a caption or a tag
        ("El plan se votó ayer.", "imagen de archivo", False),
    ],
    ids=["lower-case-run", "closing-mark", "bullet-glyph", "address", "after-a-stop"],
)
def test_carries_on(above: str, text: str, *, expected: bool) -> None:
    assert expected == carries_on(above, text)
