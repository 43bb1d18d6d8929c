"""The framing phrase that closes a quotation's sentence, and a document that frames one.

Sentences written for these tests, in several countries' styles: the rules of
``docs/quotes.md`` (Speakers, "A framing phrase after the quotation"). "…, según X." at
the end of a quotation's sentence would credit it to X when no reporting verb of its own
names a subject (a rule withdrawn at its merge: its cases are strict xfails); "De
acuerdo con la sentencia, …" credits a document when the sentence
gives no subject; "las fuentes consultadas" is an anonymous source like "fuentes".
"""

from __future__ import annotations

import pytest

from _speakers import speakers

CASES: list[tuple[str, str, list[str | None]]] = [
    (
        "closing-segun-judges-spain",
        (
            "El exconsejero Ramón Ortiz recibió pagos durante años. Ortiz «manejó las "
            "cuentas desde Andorra» hasta 2015, según los magistrados."
        ),
        ["los magistrados"],
    ),
    (
        "closing-segun-consulted-sources-argentina",
        (
            "El intendente Julio Paz presentó el plan. La cámara de apelaciones «tendrá "
            "que fallar igual en todos los casos», según las fuentes consultadas."
        ),
        ["las fuentes consultadas"],
    ),
    (
        "closing-segun-with-verb-peru",
        (
            "La vecina Marta Gil se quejó del ruido. Las familias «ya no duermen» durante "
            "la feria, según asegura la dirigente Rosa Paredes."
        ),
        ["Rosa Paredes"],
    ),
    (
        "opening-segun-consulted-sources-chile",
        (
            "El alcalde Pedro Ruiz visitó el barrio. Según las fuentes judiciales "
            "consultadas por este diario, una condena a Ruiz «arrastraría» a sus concejales."
        ),
        ["las fuentes judiciales consultadas por este diario"],
    ),
    (
        "de-acuerdo-con-ruling-mexico",
        (
            "El fallo se conoció el martes. De acuerdo con la sentencia, entre las empresas "
            "del exgobernador hubo «una sola dirección» que las manejó «de forma coordinada»."
        ),
        ["la sentencia", "la sentencia"],
    ),
    # a reporting verb with its own subject keeps its quotation
    (
        "own-verb-before-segun-colombia",
        (
            "La ministra Ana Rojas dijo que el plan es «un error histórico» para el país, "
            "según el diario regional."
        ),
        ["Ana Rojas"],
    ),
    # the sentence ends before "según": the next sentence's cue is not this one's
    (
        "segun-in-next-sentence-uruguay",
        (
            "«Vamos a recurrir el fallo», dijo el abogado Luis Vera. Según los jueces, la "
            "pena se cumplirá en libertad."
        ),
        ["Luis Vera"],
    ),
    # a document whose maker or giver the text names points at them, not itself
    (
        "statement-taken-from-someone-spain",
        (
            "El incendio empezó en la bodega. De acuerdo con la declaración tomada al guardia "
            "Rubén Salas, «había herramientas y cables» en el lugar."
        ),
        ["Rubén Salas"],
    ),
]


#: Withdrawn at its merge: "…, según X." closing a quotation's sentence credited X, and
#: on the sealed attribution pages it lost one speaker (scored once, at the merge).
_WITHDRAWN = pytest.mark.xfail(strict=True, reason="closing 'según X' credit withdrawn")
_CLOSING = {"closing-segun-judges-spain", "closing-segun-with-verb-peru"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(*c[1:], id=c[0], marks=[_WITHDRAWN] if c[0] in _CLOSING else []) for c in CASES],
)
def test_a_closing_or_framing_credit_names_the_speaker(
    text: str, expected: list[str | None]
) -> None:
    assert expected == speakers(text)
