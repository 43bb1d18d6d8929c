"""Two descriptions between commas after a name, before its reporting verb.

Sentences written for these tests, in several countries' styles: the rule of
``docs/quotes.md`` (Speakers): the subject is read back over an appositive or a
verbless description, two of them in a row too, to the name before the first.
"""

from __future__ import annotations

import pytest

from _speakers import speakers

CASES: list[tuple[str, str, list[str | None]]] = [
    (
        "a-role-and-a-participle-chile",
        (
            "«No había nadie», afirma el bombero Jonás Pérez. Ayelet Gil, otra de las vecinas, "
            "afectada por el incendio, considera que «las autoridades llegaron tarde»."
        ),
        ["Jonás Pérez", "Ayelet Gil"],
    ),
    (
        "an-age-and-a-job-argentina",
        (
            "«Esto es un desastre», dijo el intendente Jorge Macri. Keren Suárez, de 61 años, "
            "jubilada docente, relató que «el agua llegó hasta el techo»."
        ),
        ["Jorge Macri", "Keren Suárez"],
    ),
    (
        "a-role-and-a-place-peru",
        (
            "«Vamos a reconstruir», aseguró el alcalde Renzo Reggiardo. Itai Quispe, "
            "dirigente vecinal, residente de Chosica, advirtió que «nadie ha venido»."
        ),
        ["Renzo Reggiardo", "Itai Quispe"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_two_asides(text: str, expected: list[str | None]) -> None:
    assert expected == speakers(text)
