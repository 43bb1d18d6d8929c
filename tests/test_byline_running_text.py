"""A line no lead opens, with many words in lower case, runs as a sentence: no byline."""

from __future__ import annotations

import pytest

from noticiaparse._layout.byline import _running_text, read_byline

RUNNING = [
    # Chile, Argentina, México, España, Colombia, Perú, Caribe, US Spanish
    "Vecinos de Puerto Montt reclamaron por los cortes de agua que afectan al sector alto",
    "La intendencia bonaerense anunció que las clases presenciales volverán después del receso",
    "Autoridades de Jalisco dijeron que la carretera seguirá cerrada por obras toda la noche",
    "Los comerciantes de Valladolid aseguran que las ventas cayeron desde que empezó el invierno",
    "Habitantes de Barranquilla denunciaron que los buses no pasan por el barrio hace días",
    "Pescadores de Paita señalaron, además, que el precio del combustible subió otra vez este mes",
    "Residentes de Santiago dicen que la luz se va casi todas las tardes sin aviso",
    "Funcionarios de Miami-Dade explicaron que los formularios estarán en línea desde el lunes",
]

NAMES = [
    ("Ana María de la Fuente, Luis del Valle y Pedro Nel Ospina", 3),
    ("Camila Rojas Soto, corresponsal en la frontera: «No hay paso»", 1),
]


@pytest.mark.parametrize("line", RUNNING, ids=[r[:30] for r in RUNNING])
def test_running_text_is_no_byline(line: str) -> None:
    assert _running_text(line)
    assert read_byline(line) is None


@pytest.mark.parametrize(("line", "authors"), NAMES, ids=[n[0][:30] for n in NAMES])
def test_names_with_particles_and_a_short_aside_still_read(line: str, authors: int) -> None:
    assert not _running_text(line)
    byline = read_byline(line)
    assert byline is not None
    assert len(byline.authors) == authors
