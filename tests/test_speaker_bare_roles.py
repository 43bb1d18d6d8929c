"""A bare role after the verb is the speaker given that role more fully before.

Sentences written for these tests, in several countries' styles: the rule of
``docs/quotes.md`` (Speakers). News shortens the role of the one it quotes again ("el
dirigente sindical" … "el dirigente"): a person of another role named in between is
not them.
"""

from __future__ import annotations

import pytest

from _speakers import speakers

CASES: list[tuple[str, str, list[str | None]]] = [
    (
        "a-union-leader-chile",
        (
            "Los trabajadores de la minera iniciaron una huelga. «No vamos a retroceder», "
            "afirmó el dirigente sindical. El gerente Rubén Alvarado no respondió. "
            "«Seguiremos hasta el final», insistió el dirigente."
        ),
        ["el dirigente sindical", "el dirigente sindical"],
    ),
    (
        "a-spokeswoman-argentina",
        (
            "«El paro es total», dijo la vocera de los docentes. El ministro Carlos Torrendell "
            "pidió diálogo. «No hay nada que dialogar», replicó la vocera."
        ),
        ["la vocera de los docentes", "la vocera de los docentes"],
    ),
    (
        "a-named-doctor-mexico",
        (
            "«Los casos bajaron», explicó el médico Jorge Alcocer. El gobernador Samuel "
            "García visitó el hospital. «Pero no hay que confiarse», advirtió el médico."
        ),
        ["Jorge Alcocer", "Jorge Alcocer"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_bare_roles(text: str, expected: list[str | None]) -> None:
    assert expected == speakers(text)
