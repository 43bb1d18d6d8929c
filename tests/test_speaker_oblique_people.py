"""Who is talked about is not who talks: people named as objects and complements.

Rules of docs/quotes.md (speakers): a role joined to a preposition's object is an object
too; a role takes up a subject or a speaker, stepping over people only talked about; a
member of parliament under the chamber's word or the general one; a rank before a role.
Every sentence here is written for these tests, in the styles of several countries.
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_quotes

#: (id, text, the speaker of every quotation in it)
CASES: list[tuple[str, str, str]] = [
    (
        "joined-to-an-object-bolivia",
        (
            "El fiscal departamental, Rolando Quispe, se refirió este lunes al caso.\n\n"
            "El funcionario señaló que la aprehensión del exalcalde y su esposa, Rosa "
            "Mamani, fue «una actuación apegada a la ley»."
        ),
        "Rolando Quispe",
    ),
    (
        "joined-to-an-object-colombia",
        (
            "El procurador Germán Ortiz habló con los periodistas en Bogotá.\n\n"
            "Ortiz afirmó que la captura del concejal y su hermano, Julián Rojas, es "
            "«apenas el comienzo» de la investigación."
        ),
        "Germán Ortiz",
    ),
    (
        "senator-then-legislator-paraguay",
        (
            "El senador Tomás Ibáñez presentó este lunes una denuncia contra el ministro de "
            "Obras.\n\n"
            "«No debió ser necesario llegar a esto», señaló el legislador denunciante."
        ),
        "Tomás Ibáñez",
    ),
    (
        "deputy-then-legislator-bolivia",
        (
            "La diputada opositora Marta Quiroga afirmó este lunes que el ministro mintió "
            "ante la comisión.\n\n"
            "“No tiene la autoridad para seguir en el cargo”, dijo la legisladora en "
            "conferencia de prensa."
        ),
        "Marta Quiroga",
    ),
    (
        "deputy-then-parliamentarian-uruguay",
        (
            "El diputado colorado Álvaro Techera cuestionó el presupuesto de la "
            "intendencia.\n\n"
            '"Hay menos obras y menos partidas", dijo el parlamentario.'
        ),
        "Álvaro Techera",
    ),
    (
        "congressman-then-parliamentarian-peru",
        (
            "El congresista Wilber Condori presentó una moción contra el ministro.\n\n"
            "«Ya han tenido tiempo suficiente», declaró el parlamentario."
        ),
        "Wilber Condori",
    ),
    (
        "a-deputy-is-no-foreign-congressman-costa-rica",
        (
            "El diputado Esteban Mora criticó al congresista estadounidense Mark Dolan.\n\n"
            "Según el diputado, esa versión era parte de un «relato armado»."
        ),
        "Esteban Mora",
    ),
    (
        "one-of-a-list-is-not-taken-up-spain",
        (
            "El tribunal pidió investigar a Luis Ferrer, Pedro Alba y Jorge Sanz.\n\n"
            '"Los tres dejan sus puestos a partir de hoy", precisó el regulador en una '
            "nota."
        ),
        "el regulador",
    ),
    (
        "a-name-joined-to-an-object-chile",
        (
            "La ministra vocera, Camila Soto, habló tras la detención de Raúl Vega y su "
            "socio, Diego Lira.\n\n"
            "Soto afirmó que el arresto de Vega y su socio, Diego Lira, es «una señal "
            "clara»."
        ),
        "Camila Soto",
    ),
    (
        "an-adverb-opening-the-sentence-is-no-name-colombia",
        (
            "La senadora Ana Prieto pidió la palabra en la comisión. Inmediatamente agregó "
            "que el ministro actúa «como si fuera el dueño del país»."
        ),
        "Ana Prieto",
    ),
    (
        "an-adverb-opening-the-sentence-is-no-name-uruguay",
        (
            "El intendente Carlos Núñez recorrió el barrio.\n\n"
            "Posteriormente aseguró que las obras estarán listas «antes del invierno»."
        ),
        "Carlos Núñez",
    ),
    (
        "a-former-office-is-no-present-one-argentina",
        (
            "El tribunal juzga desde ayer al ex defensor oficial Raúl Paz por "
            "encubrimiento.\n\n"
            "«No hay una sola prueba en su contra», sostuvo el abogado."
        ),
        "el abogado",
    ),
    (
        "a-former-office-is-no-present-one-chile",
        (
            "La jueza de garantía formalizó al ex fiscal Tomás Lagos.\n\n"
            "El fiscal pidió la prisión preventiva por considerar que existe «peligro de "
            "fuga»."
        ),
        "El fiscal",
    ),
    (
        "the-coach-as-dt-peru",
        (
            "El director técnico de Sporting Cristal, Jorge Ferrán, habló tras el empate.\n\n"
            "El DT defendió al arquero asegurando que «es un chico que trabaja mucho»."
        ),
        "Jorge Ferrán",
    ),
    (
        "the-coach-as-dt-chile",
        (
            "La directora técnica de la selección, Carla Guerrero, dio la nómina.\n\n"
            "«Vamos a competir de igual a igual», dijo la DT."
        ),
        "Carla Guerrero",
    ),
    (
        "the-words-of-another-as-object-uruguay",
        (
            "El candidato Pedro Ruiz cerró su campaña en el Cerro.\n\n"
            "Ruiz calificó como “mentira” los dichos del empresario Jorge Ibarra."
        ),
        "Pedro Ruiz",
    ),
    (
        "the-words-of-another-as-object-ecuador",
        ("La asambleísta Diana Salas tildó de «show» las declaraciones del ministro Franco Arias."),
        "Diana Salas",
    ),
    (
        "a-rank-before-the-role-venezuela",
        (
            "El fiscal general, Julio Ramírez, habló este martes con una emisora.\n\n"
            "El alto funcionario sostuvo que el proceso fue «impecable»."
        ),
        "Julio Ramírez",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_speaker_is_no_one_talked_about(text: str, speaker: str) -> None:
    quotes = [q for q in parse_quotes(text) if q.kind in {"direct", "partial"}]
    assert quotes
    assert [speaker] * len(quotes) == [q.speaker.text if q.speaker else None for q in quotes]


#: known misses: (id, text, speaker, why)
MISSES: list[tuple[str, str, str, str]] = [
    (
        "a-role-steps-over-the-one-talked-about-peru",
        (
            "El fiscal de la Nación, Mario Cárdenas, se pronunció sobre el expediente de "
            "Pedro Valdivia.\n\n"
            "El funcionario indicó que la orden contra Valdivia es «irreversible».\n\n"
            "«No habrá marcha atrás», aseguró."
        ),
        "Mario Cárdenas",
        (
            "a role takes up no subject past a person only talked about (house calibration: "
            "tests/test_role_calibration.py complement-never-heard); stepping over them "
            "to the sentence's subject was tried and withdrawn"
        ),
    ),
    (
        "a-role-steps-over-the-victim-argentina",
        (
            "El ministro de Seguridad bonaerense, Javier Alonso, visitó la comisaría tras "
            "la muerte de Héctor Benítez.\n\n"
            "«Vamos a encontrar a los responsables», sostuvo el funcionario."
        ),
        "Javier Alonso",
        (
            "a role takes up no subject past a person only talked about (house calibration: "
            "tests/test_role_calibration.py complement-never-heard); stepping over them "
            "to the sentence's subject was tried and withdrawn"
        ),
    ),
    (
        "a-given-name-takes-its-role-s-gender-ecuador",
        (
            "El fiscal general, Dairon Zambrano, se refirió al expediente de Jorge Vera.\n\n"
            "El funcionario señaló que el caso es «muy grave»."
        ),
        "Dairon Zambrano",
        (
            "a role takes up no subject past a person only talked about (house calibration: "
            "tests/test_role_calibration.py complement-never-heard); stepping over them "
            "to the sentence's subject was tried and withdrawn"
        ),
    ),
    (
        "a-given-name-takes-its-role-s-gender-venezuela",
        (
            "La jueza de control, Yuleisy Marcano, se refirió a la detención de Ana Ruiz y "
            "Rosa Díaz.\n\n"
            "«Las pruebas son contundentes», afirmó la funcionaria."
        ),
        "Yuleisy Marcano",
        (
            "a role takes up no subject past a person only talked about (house calibration: "
            "tests/test_role_calibration.py complement-never-heard); stepping over them "
            "to the sentence's subject was tried and withdrawn"
        ),
    ),
    (
        "a-role-with-no-apposition-argentina",
        (
            "El ministro de Economía destacó lo que definió como «una paradoja».\n\n"
            "Caputo aprovechó además para pedir apoyo. «Los invito a sumarse», señaló."
        ),
        "Caputo",
        "a role first, the name only later and never set beside it: no link is read",
    ),
]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [pytest.param(*c[1:3], marks=pytest.mark.xfail(strict=True, reason=c[3])) for c in MISSES],
    ids=[c[0] for c in MISSES],
)
def test_known_misses(text: str, speaker: str) -> None:
    quotes = [q for q in parse_quotes(text) if q.kind in {"direct", "partial"}]
    assert quotes
    assert [speaker] * len(quotes) == [q.speaker.text if q.speaker else None for q in quotes]
