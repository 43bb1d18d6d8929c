"""Paragraphs hard-wrapped at a fixed width on a page whose other lines are not.

A digest, a terminal's copy or a scraper wrapping only some blocks gives a page where a
few paragraphs are broken into lines of at most *W* characters (greedy wrapping: a line
goes on to the next exactly when the next line's first word would not have fitted) and
the rest stand on one line each: too few breaks to show *W* page-wide. Each wrapped block
shows it (``wrap.wrapped_blocks``). Every page here is written for these tests, in the
styles of several countries' outlets, and wrapped with ``textwrap`` at 60, 72, 78 and 80
columns; the counter-examples keep apart what the page sets apart (a list of titles, a
title shown twice, lines of a menu).
"""

from __future__ import annotations

import textwrap

import pytest

from noticiaparse import parse_layout
from noticiaparse._layout.wrap import wide_gap, wrapped_blocks

WIDTHS = (60, 72, 78, 80)

#: (headline, deck, byline and date, paragraphs): one outlet's style each.
PAGES = {
    "cl": (
        "Valparaíso licita la reparación de veredas en once cerros de la ciudad",
        "El municipio destinará 3.400 millones de pesos a las obras, que comenzarán en abril.",
        "Por Camila Ortega\n\n12 de marzo de 2024 | 10:15",
        [
            (
                "El alcalde de Valparaíso, Jorge Sharp, firmó este lunes el decreto que abre la "
                "licitación de las obras de reparación de veredas en once cerros del puerto, "
                "según informó el municipio en un comunicado."
            ),
            (
                "Las obras incluyen escaleras, barandas y luminarias en los cerros Alegre, "
                "Concepción y Cordillera, donde los vecinos llevaban años pidiendo arreglos a la "
                "dirección de obras municipales."
            ),
            (
                "La Dirección de Obras estimó que los trabajos tomarán dieciocho meses y que el "
                "primer tramo quedará listo antes del invierno, si el clima lo permite."
            ),
            (
                "Los vecinos del cerro Cordillera celebraron el anuncio, aunque pidieron que las "
                "empresas contratadas respeten el patrimonio de las escaleras históricas."
            ),
        ],
    ),
    "ar": (
        "Suben las tarifas del colectivo en el conurbano a partir del próximo lunes",
        "La Secretaría de Transporte autorizó un aumento del 25% en el boleto mínimo.",
        "Por Martín Gómez\n\n12 de marzo de 2024",
        [
            (
                "El boleto mínimo de los colectivos que circulan por el conurbano bonaerense "
                "pasará a costar 270 pesos desde el lunes, según la resolución publicada hoy en "
                "el Boletín Oficial por la Secretaría de Transporte."
            ),
            (
                "Las cámaras empresarias del sector venían reclamando una actualización de las "
                "tarifas desde diciembre, cuando los costos del combustible subieron por encima "
                "de lo previsto en el presupuesto."
            ),
            (
                "Los usuarios registrados en la tarjeta SUBE con su documento mantendrán la "
                "tarifa social, que tendrá un descuento del 55% sobre el valor del boleto."
            ),
            (
                "Desde la Secretaría aclararon que no habrá nuevos aumentos hasta junio y que los "
                "subsidios a las líneas del interior se mantendrán sin cambios este año."
            ),
        ],
    ),
    "mx": (
        "Inauguran hospital regional en el norte del estado con doscientas camas",
        "La obra, financiada por el gobierno federal, atenderá a medio millón de personas.",
        "Por Laura Méndez\n\n4 de junio de 2023",
        [
            (
                "El gobernador del estado inauguró este domingo el Hospital Regional del Norte, "
                "una obra de doscientas camas que atenderá a los habitantes de once municipios "
                "de la sierra y de la costa."
            ),
            (
                "Según la Secretaría de Salud, el hospital contará con quirófanos, una unidad de "
                "terapia intensiva y un área de urgencias abierta las veinticuatro horas del día."
            ),
            (
                "Durante la ceremonia, la directora del hospital, María Fernanda Ruiz, agradeció "
                "al personal médico que trabajó durante la pandemia en las clínicas de la zona."
            ),
            (
                "Las autoridades estiman que el nuevo centro evitará los traslados de pacientes a "
                "la capital del estado, que hasta ahora tomaban más de seis horas por carretera."
            ),
        ],
    ),
    "es": (
        "El Ayuntamiento de Valencia aprueba el plan de movilidad para el centro histórico",
        (
            "El pleno dio luz verde con los votos del gobierno municipal y la abstención de "
            "la oposición."
        ),
        "Redacción\n\nValencia, 3 de octubre de 2023",
        [
            (
                "El pleno del Ayuntamiento de Valencia aprobó ayer el plan de movilidad para el "
                "centro histórico, que limitará el acceso de los vehículos privados a las calles "
                "de Ciutat Vella a partir del próximo mes de enero."
            ),
            (
                "La concejala de Movilidad defendió que el plan reducirá el tráfico en un tercio y "
                "que los residentes podrán seguir entrando con sus coches a los aparcamientos."
            ),
            (
                "Los comerciantes del barrio del Carmen, en cambio, temen que las restricciones "
                "alejen a los clientes de fuera de la ciudad en plena campaña de Navidad."
            ),
            (
                "El plan entrará en vigor de forma progresiva y el Ayuntamiento instalará cámaras "
                "de lectura de matrículas en los nueve accesos al centro antes de diciembre."
            ),
        ],
    ),
}


#: A paragraph dense with names each outlet opens its body with: at every width tried,
#: some of its lines open with a capital (only the width says they go on).
NAMED = {
    "cl": (
        "El alcalde de Valparaíso, Jorge Sharp, firmó este lunes junto a la Dirección de "
        "Obras Municipales, la Secretaría Regional de Vivienda y Urbanismo y la Junta de "
        "Vecinos del Cerro Alegre el decreto que abre la licitación de las veredas de Playa "
        "Ancha, Cerro Concepción y Cerro Cordillera."
    ),
    "ar": (
        "El boleto mínimo de las líneas que unen Quilmes, Lomas de Zamora, Lanús, Avellaneda "
        "y La Matanza con la Ciudad Autónoma de Buenos Aires pasará a costar 270 pesos, según "
        "la Resolución 14 de la Secretaría de Transporte de la Nación publicada hoy en el "
        "Boletín Oficial."
    ),
    "mx": (
        "El gobernador inauguró este domingo el Hospital Regional del Norte, que atenderá a "
        "los habitantes de Guachochi, Guadalupe y Calvo, Batopilas, Morelos y Urique, junto "
        "a la Secretaría de Salud, el Instituto Mexicano del Seguro Social y la Universidad "
        "Autónoma de Chihuahua."
    ),
    "es": (
        "El pleno del Ayuntamiento de Valencia aprobó ayer, con los votos de Compromís y el "
        "Partit Socialista del País Valencià y la abstención del Partido Popular, Ciudadanos "
        "y Vox, el Plan de Movilidad Urbana Sostenible para Ciutat Vella, El Carmen, La Seu y "
        "El Mercat."
    ),
}


def _paragraphs(key: str) -> list[str]:
    return [NAMED[key], *PAGES[key][3]]


def _page(key: str, width: int, wrap: tuple[int, ...], *, wrap_top: bool = False) -> str:
    """The outlet's page, its paragraphs ``wrap`` (by index) wrapped at ``width``."""
    headline, deck, meta, _ = PAGES[key]
    paragraphs = _paragraphs(key)
    top = (
        [headline, deck]
        if not wrap_top
        else [
            "\n".join(textwrap.wrap(headline, width)),
            "\n".join(textwrap.wrap(deck, width)),
        ]
    )
    body = [
        "\n".join(textwrap.wrap(p, width)) if k in wrap else p for k, p in enumerate(paragraphs)
    ]
    return "\n\n".join([*top, meta, *body]) + "\n"


def _norm(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("key", sorted(PAGES))
def test_paragraphs_wrapped_among_unwrapped_ones_are_joined(key: str, width: int) -> None:
    plain = parse_layout(_page(key, width, ()))
    page = parse_layout(_page(key, width, (0, 1, 3)))
    assert [_norm(p.text) for p in page.body] == [_norm(p.text) for p in plain.body]
    assert [_norm(p.text) for p in page.body] == [_norm(p) for p in _paragraphs(key)]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("key", sorted(PAGES))
def test_a_wrapped_headline_and_deck_read_as_one_line_each(key: str, width: int) -> None:
    headline, deck, _, _ = PAGES[key]
    paragraphs = _paragraphs(key)
    page = parse_layout(_page(key, width, (0, 1, 3), wrap_top=True))
    assert page.headline is not None
    assert _norm(page.headline.text) == headline
    assert page.deck is not None
    assert _norm(page.deck.text) == deck
    assert [_norm(p.text) for p in page.body] == [_norm(p) for p in paragraphs]


def test_a_list_of_titles_near_one_width_is_no_wrap() -> None:
    titles = [
        "Refuerzan los controles sanitarios en el comercio y la gastronomía local",
        "Entre otras medidas, las de carácter impositivo en favor de los empleados",
        "¿Qué establece el ministerio de Comercio para enfrentar la nueva crisis?",
    ]
    assert wrapped_blocks(titles, [1, 0, 0]) == frozenset()


def test_a_title_shown_twice_under_a_wrapped_block_is_no_wrap() -> None:
    text = PAGES["mx"][3][0]
    lines = textwrap.wrap(text, 78)
    dated = "4 de junio de 2023  Inauguran hospital regional en el norte del estado con"
    texts = [dated, "Inauguran hospital regional en el norte del estado", *lines]
    gaps = [0, 0, 1] + [0] * (len(lines) - 1)
    assert wrapped_blocks(texts, gaps) == frozenset(range(3, 2 + len(lines)))


def test_a_first_lines_indentation_counts_in_the_width() -> None:
    text = PAGES["ar"][3][1]
    lines = textwrap.wrap(text, 72, initial_indent=" " * 12)
    texts = [line.strip() for line in lines]
    gaps = [1] + [0] * (len(lines) - 1)
    assert wrapped_blocks(texts, gaps, lambda k: 12 if k == 0 else 0) == frozenset(
        range(1, len(lines))
    )


@pytest.mark.parametrize("width", WIDTHS)
def test_a_two_line_title_at_a_width_the_page_shows_is_one(width: int) -> None:
    title = (
        "¿Puede el Gobierno de Gustavo Petro sacar adelante la reforma laboral en la "
        "Cámara de Representantes antes del cierre de la legislatura?"
    )
    title_lines = textwrap.wrap(title, width)
    body = textwrap.wrap(_paragraphs("es")[1], width)
    texts = [*title_lines, *body]
    gaps = [1] + [0] * (len(title_lines) - 1) + [1] + [0] * (len(body) - 1)
    joined = wrapped_blocks(texts, gaps)
    assert set(range(1, len(title_lines))) <= joined
    # the same two lines, the second a short copy of the first's title: no wrap
    copy = [title_lines[0], " ".join(title_lines[0].split()[:6]), *body]
    assert 1 not in wrapped_blocks(copy, [1, 0, 1] + [0] * (len(body) - 1))


#: Lines a page sets right under a paragraph's last sentence, no blank line between: a
#: photo credit, a source line, an agency's note, the update's time (each outlet's).
UNDER = {
    "cl": "Foto: Agencia Uno",
    "ar": "Fuente: Télam",
    "mx": "(Con información de agencias)",
    "es": "Actualizado a las 12:40 h",
}


def _lines(text: str) -> tuple[list[str], list[int]]:
    """The page's non-blank lines and the blank lines over each (as the layout reads them)."""
    texts: list[str] = []
    gaps: list[int] = []
    gap = 0
    for line in text.split("\n"):
        if not line.strip():
            gap += 1
            continue
        texts.append(line.strip())
        gaps.append(gap)
        gap = 0
    return texts, gaps


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("key", sorted(PAGES))
def test_a_line_right_under_a_wrapped_paragraphs_last_sentence_is_its_own(
    key: str, width: int
) -> None:
    headline, deck, meta, _ = PAGES[key]
    paragraphs = _paragraphs(key)

    # the second paragraph wrapped with the outlet's line right under it, the rest not:
    # the page reads as it does unwrapped
    def page(lines: list[str]) -> str:
        block = "\n".join([*lines, UNDER[key]])
        return "\n\n".join([headline, deck, meta, paragraphs[0], block, *paragraphs[2:]]) + "\n"

    lines = textwrap.wrap(paragraphs[1], width)
    texts, gaps = _lines(page(lines))
    at = texts.index(UNDER[key])
    joined = wrapped_blocks(texts, gaps)
    assert at not in joined  # (the line of its own)
    assert set(range(at - len(lines) + 1, at)) <= joined
    plain, wrapped = parse_layout(page([paragraphs[1]])), parse_layout(page(lines))
    assert [_norm(p.text) for p in wrapped.body] == [_norm(p.text) for p in plain.body]


@pytest.mark.parametrize("width", [72, 78, 80])
@pytest.mark.parametrize("key", sorted(PAGES))
def test_a_title_right_over_its_first_paragraph_is_no_wrap(key: str, width: int) -> None:
    # a page that shows the width in a wrapped paragraph; a title near that width set
    # right over the story's first paragraph (one long line): no line of a wrap is longer
    headline, _, meta, _ = PAGES[key]
    paragraphs = _paragraphs(key)
    title = f"{headline}: las claves del anuncio y lo que viene para los vecinos"
    title = title[: width - 2].rsplit(" ", 1)[0]
    wrapped = textwrap.wrap(f"{paragraphs[2]} {paragraphs[3]}", width)
    texts = [title, paragraphs[1], meta.split("\n")[0], *wrapped]
    gaps = [1, 0, 1, 1] + [0] * (len(wrapped) - 1)
    assert 3 + len(wrapped) - 1 in wrapped_blocks(texts, gaps)  # (the width shown)
    assert 1 not in wrapped_blocks(texts, gaps)


def test_a_rights_line_over_its_notice_is_no_wrap() -> None:
    wrapped = textwrap.wrap(PAGES["cl"][3][0], 80)
    rights = "2012-2024 Derechos Reservados - PUBLICACIONES Y SERVICIOS DEL PACÍFICO LIMITADA"
    notice = (
        "Prohibida su reproducción total o parcial, así como su traducción a cualquier "
        "idioma sin la autorización escrita de su titular."
    )
    texts = [*wrapped, rights, notice]
    gaps = [1] + [0] * (len(wrapped) - 1) + [1, 0]
    joined = wrapped_blocks(texts, gaps)
    assert len(wrapped) - 1 in joined  # (the width shown)
    assert len(wrapped) + 1 not in joined


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("key", sorted(PAGES))
def test_a_hard_wrap_is_no_run_of_a_page_set_wide_apart(key: str, width: int) -> None:
    # a page that sets its blocks three blank lines apart and wraps some paragraphs: the
    # wraps' lines in lower case are no runs cut at inline tags, so the date line in lower
    # case one blank line under the site's name stays a line of its own: the page reads
    # as it does unwrapped
    headline, deck, _, _ = PAGES[key]
    paragraphs = _paragraphs(key)

    def page(wrap: tuple[int, ...]) -> str:
        blocks = [
            "\n".join(textwrap.wrap(p, width)) if k in wrap else p for k, p in enumerate(paragraphs)
        ]
        top = f"Diario del Sur\n\nmartes, 4 de junio de 2023\n\n{headline}\n\n{deck}\n\n\n\n"
        return top + "\n\n\n\n".join(blocks) + "\n"

    plain, wrapped = parse_layout(page(())), parse_layout(page((1, 3)))
    assert wrapped.headline is not None
    assert _norm(wrapped.headline.text) == headline
    assert [_norm(p.text) for p in wrapped.body] == [_norm(p.text) for p in plain.body]
    assert all("Diario del Sur" not in p.text for p in wrapped.body)


def test_a_run_opening_with_a_closing_mark_shows_a_page_set_wide_apart_among_wraps() -> None:
    # a template page: its source lines wrapped, its blocks three blank lines apart, a
    # link's run cut one blank line under its paragraph's open line (", el ingreso …"):
    # a closing mark opens no paragraph, so the one run shows the page's gaps
    lines = textwrap.wrap(PAGES["ar"][3][1], 60)
    texts = ["Según el Instituto", ", el ingreso de fruta supera las cuarenta mil toneladas."]
    texts += [*lines, *lines, *lines]
    n = len(lines)
    gaps = [3, 1] + ([3] + [0] * (n - 1)) * 3
    hard = frozenset(k for k in range(len(texts)) if gaps[k] == 0)
    assert wide_gap(texts, gaps, lambda k: k in hard) == 2
    # the same page with a date in lower case where the run was: no runs of its own
    texts[:2] = ["Diario del Sur", "martes, 4 de junio de 2023"]
    assert wide_gap(texts, gaps, lambda k: k in hard) == 0
