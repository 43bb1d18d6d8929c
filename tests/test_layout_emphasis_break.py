"""A sentence broken after a bold or italic run goes on on the next line.

A renderer that breaks every line at an inline tag leaves ``**El ministro**`` on a line
of its own over the rest of its sentence. The line is read by its last letter, not by
the emphasis marks (docs/layout.md, "split paragraphs"). Pages written for these tests.
"""

from __future__ import annotations

import pytest

import noticiaparse

_HEAD = (
    "{title}\nLa medida se conoció ayer por la tarde.\n"
    "El anuncio se hizo en la capital, ante la prensa reunida en la sede del gobierno.\n"
)
_TAIL = "La oposición pidió explicaciones al Ejecutivo y anunció que citará a la autoridad.\n"


@pytest.mark.parametrize(
    ("title", "lead", "rest"),
    [
        (
            "Gobierno recorta el gasto público para el próximo año",
            "**El ministro de Hacienda**",
            "anunció además un recorte del gasto de 3% para el próximo año, según dijo.",
        ),
        (
            "Crece el turismo en la costa durante el verano",
            "Según la *Cámara de Turismo*",
            "la ocupación hotelera llegó al 92% en febrero, la más alta de la década.",
        ),
        (
            "Municipio abre nuevas ciclovías en el centro de la ciudad",
            "La alcaldesa __Marta Ríos__",
            "inauguró el tramo y dijo que la red crecerá a 40 kilómetros en 2026.",
        ),
        (
            "Suben los precios de los alimentos en el mercado mayorista",
            "De acuerdo con el _Instituto de Estadística_",
            "la canasta básica subió 4,2% en el último trimestre del año.",
        ),
    ],
)
def test_a_line_ending_in_emphasis_goes_on_over_lower_case(
    title: str, lead: str, rest: str
) -> None:
    page = _HEAD.format(title=title) + f"{lead}\n{rest}\n" + _TAIL
    body = [p.text for p in noticiaparse.parse(page).body]
    assert f"{lead} {rest}" in body
    assert lead not in body
    assert rest not in body


def test_a_bold_intertitle_over_a_capitalised_paragraph_keeps_its_line() -> None:
    page = (
        _HEAD.format(title="Gobierno recorta el gasto público para el próximo año")
        + "**Lo que viene**\nEl Congreso votará el proyecto la próxima semana, según la mesa.\n"
        + _TAIL
    )
    body = [p.text for p in noticiaparse.parse(page).body]
    assert not any(p.startswith("**Lo que viene** El Congreso") for p in body)


@pytest.mark.parametrize(
    ("title", "before", "run", "after"),
    [
        (
            "Jubilados marchan frente al Congreso por sus pensiones",
            "El gremio calificó el reclamo de los pensionados como",
            "*una deuda histórica*",
            "que el Estado debe saldar antes de que termine el año.",
        ),
        (
            "Productores de café piden apoyo por la caída del precio",
            "La federación de cafeteros llamó a la baja del precio",
            "*la peor crisis en veinte años*",
            "y pidió al Ministerio de Agricultura un fondo de emergencia.",
        ),
        (
            "El Ayuntamiento aprueba la nueva ordenanza de terrazas",
            "Los hosteleros del barrio tildaron la norma de",
            "_un golpe para el sector_",
            "y anunciaron que la recurrirán en los tribunales este mes.",
        ),
        (
            "Transportistas levantan el paro tras reunirse con el gobierno",
            "El dirigente describió el acuerdo con la cartera como",
            "*un primer paso*",
            "aunque advirtió que vigilarán que se cumpla lo firmado.",
        ),
    ],
)
def test_an_italic_run_set_apart_by_blank_lines_goes_back_in_its_sentence(
    title: str, before: str, run: str, after: str
) -> None:
    page = _HEAD.format(title=title) + f"{before}\n\n{run}\n\n{after}\n\n" + _TAIL
    body = [p.text for p in noticiaparse.parse(page).body]
    assert f"{before} {run} {after}" in body


@pytest.mark.parametrize("field", ["Nombre (*):", "Correo electrónico *", "Comentario*:"])
def test_a_form_field_marked_by_one_asterisk_stays_furniture(field: str) -> None:
    page = (
        _HEAD.format(title="Gobierno recorta el gasto público para el próximo año")
        + _TAIL
        + f"\nDeja tu comentario\n{field}\n"
    )
    body = [p.text for p in noticiaparse.parse(page).body]
    assert not any(field in p for p in body)
