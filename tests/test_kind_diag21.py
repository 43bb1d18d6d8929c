"""Kind rules calibrated on the diag21 diagnostic set (issue 16), on sentences of our own.

Each group is one rule stated in ``docs/quotes.md`` (Kinds), written in several
countries' styles, with the cases that keep the old kind beside it.
"""

from __future__ import annotations

import pytest

from _speakers import kinds

CASES: list[tuple[str, str, list[str]]] = [
    # a name in small letters after a naming cue ending in "como": the name the thing
    # goes by, a term, even in a sentence whose verb credits a speaker
    (
        "se-conoce-como-peru",
        (
            "El exministro sostuvo que había separado sus negocios de la gestión "
            "pública, algo que en las empresas se conoce como «muro de fuego». "
            "Sin embargo, no lo demostró."
        ),
        ["term"],
    ),
    (
        "conocido-como-after-direct-argentina",
        (
            '"Vamos a ganar", dijo el intendente. El fenómeno, conocido como '
            '"voto castigo", se repitió en tres provincias.'
        ),
        ["direct", "term"],
    ),
    (
        "se-conocia-como-mexico",
        "El diputado dijo que el país vive lo que se conocía como “década perdida”.",
        ["term"],
    ),
    (
        "conocen-como-and-its-return-colombia",
        (
            "El gobernador aseguró que la obra estará lista en marzo, en el tramo que "
            "los conductores conocen como “la curva del diablo”. Los registros "
            "contradicen la versión de la “curva del diablo” del gobernador."
        ),
        ["term", "term"],
    ),
    (
        "conocida-como-espana",
        (
            "La consejera ha defendido este lunes la reforma de la práctica conocida "
            "como «puerta giratoria» entre la política y las empresas."
        ),
        ["term"],
    ),
    # unchanged beside it: a qualifying "como" is the speaker's judgement, a
    # preposition opening the words is no name, a capitalised nickname stays a term
    (
        "definio-como-stays-partial-chile",
        "El senador definió la reforma como «un retroceso» para las regiones.",
        ["partial"],
    ),
    (
        "conocido-como-preposition-stays-caribe",
        ("El alcalde explicó que el plan, conocido como «de emergencia», no tiene fondos."),
        ["partial"],
    ),
    (
        "nickname-capital-stays-term-us",
        "La policía detuvo a un hombre conocido como 'Pochito' en Houston.",
        ["term"],
    ),
    # an incise after an adjunct the writer opens the sentence on (a preposition, a
    # definite article, four words or more): the quoted words in small letters finish
    # the writer's sentence, a partial
    (
        "adjunct-before-incise-mexico",
        (
            "«Hay vidas detrás de cada contrato», dijo la auditora. En los hospitales del "
            "norte, agregó, «los registros cuadran en el papel, pero faltan las vacunas "
            "en los estantes»."
        ),
        ["direct", "partial"],
    ),
    (
        "adjunct-before-incise-uruguay",
        (
            "El senador habló tras la sesión. Para los productores del litoral, sostuvo, "
            '"la sequía de este año no tiene antecedentes en la última década".'
        ),
        ["partial"],
    ),
    # unchanged: a connective (three words at most), no definite article, a capital
    (
        "connective-before-incise-stays-direct-chile",
        (
            "«Hay que esperar», dijo el ministro. Por el contrario, agregó, «los "
            "municipios deben actuar ya y sin más demoras»."
        ),
        ["direct", "direct"],
    ),
    (
        "adverb-before-incise-stays-direct-spain",
        (
            "«No hay margen», dijo la consejera. Además, añadió, «los "
            "ayuntamientos tendrán que recortar gastos este año»."
        ),
        ["direct", "direct"],
    ),
    (
        "capital-after-incise-stays-direct-colombia",
        (
            "«Vamos a cumplir», dijo el alcalde. En los barrios del sur de la ciudad, "
            "añadió, «Nadie se quedará sin agua este verano»."
        ),
        ["direct", "direct"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_kind(text: str, expected: list[str]) -> None:
    assert kinds(text) == expected
