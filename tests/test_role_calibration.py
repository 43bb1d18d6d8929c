"""A role's speaker, calibrated by its agreement with the annotated gold (role27).

Sentences written for these tests, in several countries' styles. The rule of
``docs/quotes.md`` (Speakers): a quotation's speaker named by a bare role that no
office links to anyone, and that would stand only for the person the text is about
there, is not a person never credited with words before (by a reporting verb) who is
named only as the one acted upon ("acusó al ministro X", "suspendió a la doctora X")
or was last named in an earlier paragraph 500 characters back or more: the role stays
as written. Sources still resolve the role.
"""

from __future__ import annotations

import pytest

from _speakers import speakers
from noticiaparse._reading import read_article
from noticiaparse._reading.phrases import PERSON, Phrase
from noticiaparse._text.span import Span

CASES: list[tuple[str, str, list[str | None]]] = [
    (
        "object-never-heard-chile",
        (
            "La diputada Carolina Toro acusó al ministro Pedro Gil de ocultar el informe."
            "\n\n«No vamos a permitir más demoras», sostuvo el dirigente."
        ),
        ["el dirigente"],
    ),
    (
        "complement-never-heard-argentina",
        (
            "El concejal Andrés Lagos pidió la renuncia del intendente Jorge Mena por el "
            "caso de las licitaciones.\n\n«Es un escándalo para la ciudad», afirmó el dirigente."
        ),
        ["el dirigente"],
    ),
    (
        "object-never-heard-mexico",
        (
            "La Secretaría de Salud de Jalisco suspendió a la doctora Ana Beltrán Ruiz por "
            "las irregularidades.\n\n«Es una medida injusta y vamos a apelar», lamentó la "
            "dirigente."
        ),
        ["la dirigente"],
    ),
    (
        "paragraphs-back-never-heard-chile",
        (
            "El empresario Tomás Ibáñez Correa inauguró el lunes la planta de reciclaje de "
            "Rancagua.\n\nLa Superintendencia del Medio Ambiente revisó los permisos durante "
            "tres meses y la Municipalidad aprobó el uso del terreno después de una larga "
            "discusión en el concejo. La Cámara de Comercio local estimó que la obra dará empleo "
            "a unas doscientas familias de la zona, y el Servicio de Evaluación Ambiental dejó "
            "pendientes dos observaciones sobre el tratamiento de las aguas.\n\nLa Asociación "
            "de Vecinos del sector poniente organizó una asamblea el miércoles para discutir los "
            "camiones que entrarán a la planta cada mañana por la avenida principal del barrio."
            "\n\n«Nadie nos preguntó por el ruido ni por el polvo», sostuvo el dirigente."
        ),
        ["el dirigente"],
    ),
    (
        "subject-in-sight-chile",
        (
            "El empresario Tomás Ibáñez Correa inauguró el lunes la planta de reciclaje de "
            "Rancagua.\n\nLa obra tardó dos años.\n\n«Es el proyecto de mi vida», sostuvo el "
            "dirigente."
        ),
        ["Tomás Ibáñez Correa"],
    ),
    (
        "passive-agent-in-sight-uruguay",
        (
            "El paro en el puerto fue anunciado por Jorge Méndez Soto, presidente del "
            "sindicato de estibadores de Montevideo. «No aceptaremos el cierre de la terminal», "
            "afirmó el dirigente."
        ),
        ["Jorge Méndez Soto"],
    ),
    (
        "heard-before-peru",
        (
            "Mario Quispe Huamán, dirigente de los transportistas de Lima, encabezó la "
            "protesta. «No vamos a pagar ese peaje», dijo Quispe.\n\n«El alcalde tiene que "
            "escucharnos», insistió el dirigente."
        ),
        ["Mario Quispe Huamán", "Mario Quispe Huamán"],
    ),
    (
        "heard-before-bolivia",
        (
            "El diputado Luis Arce Vega habló con la prensa en La Paz. «La ley saldrá este "
            "mes», dijo Arce.\n\nLuego el legislador añadió que «no habrá más prórrogas»."
        ),
        ["Luis Arce Vega", "Luis Arce Vega"],
    ),
    (
        "heard-before-caribe",
        (
            "La cantante Gloria Estrada llegó a San Juan para su gira. «Puerto Rico es mi "
            "casa», expresó Estrada.\n\n«Vuelvo cada vez que puedo», contó la artista."
        ),
        ["Gloria Estrada", "Gloria Estrada"],
    ),
    (
        "heard-before-us-spanish",
        (
            "Roberto Sánchez llegó temprano al tribunal de Miami. «Soy inocente», declaró "
            "Sánchez a los periodistas.\n\nMás tarde, el acusado repitió: «No tengo nada que "
            "esconder»"
        ),
        ["Roberto Sánchez", "Roberto Sánchez"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_role_speaker(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


def test_source_still_resolves_the_role() -> None:
    # the quotation shows the role as written; the cast itself still reads it as the
    # person the text is about (who is who for sources is unchanged)
    text = CASES[0][1]
    reading = read_article(text, [Span(0, len(text))])
    at = text.index("el dirigente")
    role = Phrase(at, at + len("el dirigente"), PERSON, head="dirigente")
    assert reading.cast.resolve(role).key == "pedro gil"
    assert reading.cast.resolve(role, heard=True).key == "el dirigente"
