"""Speaker rules from the diag21 calibration pass (spk30).

Sentences written for these tests, in several countries' styles. The rule of
``docs/quotes.md`` (Speakers): a verb of phase or of going on ("empezó", "terminó",
"siguió", ``lexicons/phase_verbs.txt``) before the gerund of a reporting verb is one
reporting verb, as a periphrasis over an infinitive is ("se limitó a decir"): after a
quotation, "«…», empezó diciendo X" credits X, not the speaker before it. A phase verb
before a gerund that does not report ("terminó llorando") credits no one by that verb.
"""

from __future__ import annotations

import pytest

from _speakers import speakers

CASES: list[tuple[str, str, list[str | None]]] = [
    (
        "empezo-diciendo-peru",
        (
            "El congresista Raúl Tello pidió la palabra antes del mediodía.\n\n"
            "«Vengo a dar la cara ante una acusación sin fundamento», empezó diciendo la "
            "presidenta Rosa Quispe ante el pleno."
        ),
        ["Rosa Quispe"],
    ),
    (
        "comenzo-diciendo-argentina",
        (
            "El intendente Mario Sosa recorrió el barrio por la mañana.\n\n"
            '"No vamos a aceptar otro aumento de tarifas", comenzó diciendo el diputado '
            "Lucas Ferreyra en la sesión."
        ),
        ["Lucas Ferreyra"],
    ),
    (
        "termino-senalando-mexico",
        (
            "La alcaldesa Patricia Romo inauguró la clínica el lunes.\n\n"
            "“Los recursos llegarán antes de fin de año”, terminó señalando el secretario "
            "de Salud, Arturo Benítez."
        ),
        ["Arturo Benítez"],
    ),
    (
        "siguio-explicando-espana",
        (
            "El consejero Javier Soler compareció en el Parlamento autonómico.\n\n"
            "«La campaña de incendios será más larga este año», siguió explicando la "
            "ministra Elena Prieto."
        ),
        ["Elena Prieto"],
    ),
    (
        "acabo-afirmando-colombia",
        (
            "El gobernador Andrés Mejía visitó el puerto el viernes.\n\n"
            "«La carretera estará lista en marzo», acabó afirmando el ministro de "
            "Transporte, Felipe Ortiz."
        ),
        ["Felipe Ortiz"],
    ),
    (
        "concluyo-advirtiendo-caribe",
        (
            "El senador Luis Peña llegó temprano a la audiencia.\n\n"
            "«No habrá más apagones en el verano», concluyó advirtiendo la directora de la "
            "eléctrica, Carmen Feliz."
        ),
        ["Carmen Feliz"],
    ),
    (
        "plural-empezaron-diciendo-chile",
        (
            "El ministro Tomás Vidal recibió a los dirigentes en La Moneda.\n\n"
            "«Queremos una respuesta por escrito», empezaron diciendo los camioneros."
        ),
        ["los camioneros"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_phase_verb_and_a_reporting_gerund_credit_the_subject_after(
    text: str, expected: list[str | None]
) -> None:
    assert speakers(text) == expected


PARTICLES: list[tuple[str, str, str]] = [
    (
        "de-argentina",
        (
            "El ministro Julio De Vido y la senadora Marta Gil recorrieron la obra.\n\n"
            '"La represa va a estar terminada antes de las elecciones", dijo De Vido.'
        ),
        "De Vido",
    ),
    (
        "del-mexico",
        (
            "La diputada Ana Del Río y el senador Pablo Ruiz votaron en contra.\n\n"
            "«No vamos a respaldar un presupuesto sin auditoría», advirtió Del Río."
        ),
        # the capital particle links her whole name: the fullest mention speaks
        "Ana Del Río",
    ),
    (
        "de-la-espana",
        (
            "El alcalde Tomás Rey recibió al consejero Luis de la Fuente en el ayuntamiento.\n\n"
            "«La depuradora se licitará en otoño», aseguró De la Fuente."
        ),
        "Luis de la Fuente",  # its fullest mention (src30 links them)
    ),
    (
        "de-los-colombia",
        (
            "El gobernador Iván Mora visitó el hospital con la secretaria Clara de los Ríos.\n\n"
            "«Faltan médicos en todo el departamento», reconoció De los Ríos."
        ),
        "Clara de los Ríos",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in PARTICLES], ids=[c[0] for c in PARTICLES]
)
def test_a_surname_opening_on_its_particle_speaks_after_the_verb(text: str, expected: str) -> None:
    assert speakers(text) == [expected]
