"""The outlet that obtained a text first is credited with it.

"el sumario, al que tuvo acceso el diario X", "los correos obtenidos por la revista X",
"El portal X tuvo acceso a…" (``docs/sources.md``, "An outlet that obtained the text"):
sentences written here, in several countries' styles. A person or a body that had
access to something is no outlet, and credits nothing by it.
"""

from __future__ import annotations

import pytest

from _credit import Credited, credited

CASES: list[tuple[str, str, Credited]] = [
    (
        "relative-after-a-document-spain",
        "El anteproyecto, al que tuvo acceso el diario El Mundo, rebaja el IVA de la luz.",
        [("El Mundo", "media")],
    ),
    (
        "outlet-as-subject-colombia",
        "El periódico El Tiempo tuvo acceso a los chats del exgerente de la licitación.",
        [("El Tiempo", "media")],
    ),
    (
        "participle-and-por-mexico",
        "Unos audios obtenidos por la revista Proceso exhiben al alcalde de Tepic.",
        [("Proceso", "media")],
    ),
    (
        "accedio-argentina",
        "La resolución, a la que accedió Infobae, limita las importaciones de autos.",
        [("Infobae", "media")],
    ),
    (
        "a-name-no-given-name-opens-chile",
        "Según un adelanto al que tuvo acceso RadioSurX, la ministra dejará el cargo.",
        [("un adelanto", "document"), ("RadioSurX", "media")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_outlet_that_obtained_a_text_is_a_source(text: str, expected: Credited) -> None:
    assert expected == credited(text)


NO_OUTLET: list[tuple[str, str, Credited]] = [
    ("a-prosecutor-peru", "El fiscal tuvo acceso a los registros del penal de Lurigancho.", []),
    ("neighbours-and-water-venezuela", "Los vecinos de Petare no tuvieron acceso al agua.", []),
    (
        "the-site-itself-us",
        "El informe, al que tuvo acceso este diario, revela cobros indebidos.",
        [("El informe", "document")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in NO_OUTLET], ids=[c[0] for c in NO_OUTLET]
)
def test_access_had_by_no_outlet_credits_no_outlet(text: str, expected: Credited) -> None:
    assert expected == credited(text)
