"""Runs of one paragraph a renderer set on lines of their own, read from their spaces.

``get_text("\\n")`` and ``text_content()`` put every run of text on a line of its own
and keep the space each run had beside an inline tag: the line over a link or a bold
name ends with one space, the line after it opens with one. Those spaces join the runs
back into their paragraph, even on a page that sets its paragraphs right under one
another (docs/layout.md, "split paragraphs"). A headline's stray space over its deck, a
paragraph closed by a stop and a stray space, and an indented page are not runs. Pages
written for these tests, in several outlets' styles.
"""

from __future__ import annotations

import pytest

import noticiaparse

_HEAD = (
    "Inicio\nNacionales\nDeportes\n"
    "{title}\n"
    "La medida se conoció ayer por la tarde en la capital.\n"
    "Redacción\n"
    "14 de marzo de 2023\n"
)
_TAIL = (
    "La oposición pidió explicaciones al Ejecutivo y anunció que citará a la autoridad.\n"
    "El debate seguirá la próxima semana en la comisión de Hacienda del Congreso.\n"
    "Contacto\nAviso legal\n"
)


def _body(page: str) -> list[str]:
    return [" ".join(p.text.split()) for p in noticiaparse.parse(page).body]


@pytest.mark.parametrize(
    ("title", "runs"),
    [
        (  # a link in lower case inside the sentence (Perú)
            "Minsa refuerza la fumigación en la selva central",
            [
                "Las brigadas de fumigación recorrerán ",
                "más de 12.000 viviendas",
                " hasta finales de mes.",
            ],
        ),
        (  # a bold name, the sentence resuming with a comma (Argentina)
            "El intendente anunció obras en el conurbano",
            [
                "El jefe comunal, ",
                "Julio Pérez Lagos",
                ", explicó que la obra empezará en abril.",
            ],
        ),
        (  # a linked name opening the paragraph (Chile)
            "El Banco Central sube la tasa por tercera vez",
            [
                "El Banco Central",
                " elevó este martes su tasa de referencia en medio punto.",
            ],
        ),
        (  # a quotation in italics after a sentence's stop (México)
            "El técnico criticó al arbitraje tras la derrota",
            [
                '"Fue un robo", dijo el técnico visitante en conferencia. ',
                '"Todos vieron lo que pasó"',
                ", agregó molesto.",
            ],
        ),
        (  # a run after a bold name, opening with its space in capitals (Venezuela)
            "La junta directiva del gremio eligió a su nuevo presidente",
            [
                "La reunión la encabezó el presidente saliente del organismo",
                " Julio Pérez Lagos, quien llegó desde la capital.",
            ],
        ),
        (  # a figure in bold, its sign ending the run (Colombia)
            "El Gobierno fija el aporte de los empleadores al nuevo seguro",
            [
                "El seguro se financiará con un aporte del empleador de ",
                "6%",
                " y mantendrá las cuentas individuales de los afiliados.",
            ],
        ),
        (  # a link closing the sentence (España)
            "Los bancos trasladarán el alza a las hipotecas",
            [
                "Las entidades aplicarán la subida a sus créditos ",
                "a partir del próximo lunes",
                ".",
            ],
        ),
    ],
)
def test_runs_cut_at_an_inline_tag_are_one_paragraph(title: str, runs: list[str]) -> None:
    page = _HEAD.format(title=title) + "\n".join(runs) + "\n" + _TAIL
    body = _body(page)
    joined = {p.replace(" ,", ",").replace(" .", ".") for p in body}
    assert " ".join("".join(runs).split()) in joined


def test_a_headline_with_a_stray_space_keeps_apart_from_its_deck() -> None:
    page = (
        "Inicio\nMundo\n"
        "Cierran por obras el puente principal de la ciudad durante dos semanas \n"
        "Los buses desviarán su recorrido por la avenida del río mientras duren los trabajos\n"
        "Actualizado a las 11:20h.\n"
        "La empresa concesionaria reforzará los pilares y cambiará la carpeta asfáltica.\n"
        "El municipio pidió a los conductores salir con tiempo en las horas punta.\n"
    )
    layout = noticiaparse.parse_layout(page)
    assert layout.headline is not None
    assert layout.headline.text.strip() == (
        "Cierran por obras el puente principal de la ciudad durante dos semanas"
    )


def test_a_closed_paragraph_with_a_stray_space_is_not_a_run() -> None:
    first = "La cosecha de café dejó 1,2 millones de sacos, un 8% menos que la anterior. "
    second = "Los productores de Caldas atribuyen la caída a las lluvias de abril y de mayo."
    page = _HEAD.format(title="La producción de café cae por segundo año consecutivo")
    body = _body(page + first + "\n" + second + "\n" + _TAIL)
    assert first.strip() in body
    assert second in body


def test_an_indented_line_under_an_indented_one_is_not_a_run() -> None:
    # a page indented by one space throughout: a kicker over its headline
    page = (
        " Turismo\n Las playas del Caribe reciben una cifra récord de cruceros este invierno\n\n"
        " Llegaron 412 barcos entre diciembre y febrero, según la autoridad portuaria.\n\n"
        " Los comerciantes del casco antiguo reportan ventas un 15% más altas.\n\n"
        " El gobierno prevé ampliar el muelle para recibir dos barcos más a la vez.\n"
    )
    layout = noticiaparse.parse_layout(page)
    assert layout.headline is not None
    assert not layout.headline.text.startswith("Turismo")
