"""Fewer spurious sources, round 15: words that name no one, read as they stand.

Each case is a rule of ``docs/sources.md``, in sentences written here, in several
countries' styles.
"""

from __future__ import annotations

import pytest

from _credit import Credited, credited

QUANTIFIERS: list[tuple[str, str, Credited]] = [
    # a quantifier before a plural noun determines it: the phrase it opens is the source
    (
        "quantifier-and-anonymous-sources-chile",
        (
            "Según algunas fuentes que asistieron a la cita, el ministro ofreció su renuncia "
            "dos veces."
        ),
        [("algunas fuentes que asistieron a la cita", "anonymous")],
    ),
    (
        "quantifier-and-outlets-spain",
        "La carta del pontífice fue publicada este martes por algunos medios vaticanos.",
        [("algunos medios vaticanos", "media")],
    ),
    # before a noun that names no one, the quantifier names no one either
    (
        "quantifier-of-things-argentina",
        "La ley no pasó el Senado. Muchos de los reclamos apuntaron al oficialismo.",
        [],
    ),
    (
        "quantifier-of-an-unknown-noun-peru",
        (
            "El anuncio fue valorado por algunos personeros del oficialismo, que pidieron "
            "acelerar el trámite."
        ),
        [],
    ),
    # alone, or before a pronoun, a quantifier is a group of people
    (
        "quantifier-alone-mexico",
        "Muchos aseguran que el alcalde no cumplió sus promesas de campaña.",
        [("Muchos", "person")],
    ),
    (
        "quantifier-before-a-pronoun-colombia",
        "Varios de ellos dijeron que no volverán a votar por el concejal.",
        [("Varios", "person")],
    ),
    (
        "quantifier-before-a-role-caribe",
        "Varios dirigentes aseguraron que la zafra terminará en mayo.",
        [("Varios dirigentes", "person")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in QUANTIFIERS], ids=[c[0] for c in QUANTIFIERS]
)
def test_quantifier(text: str, expected: Credited) -> None:
    assert expected == credited(text)


PAIRS: list[tuple[str, str, Credited]] = [
    # "y", its article and an institution's noun open a second institution
    (
        "prosecutors-and-police-chile",
        "La Fiscalía y la Policía de Investigaciones informaron que hay tres detenidos.",
        [("Fiscalía", "organization"), ("Policía de Investigaciones", "organization")],
    ),
    (
        "bank-and-fund-peru",
        (
            "Según el Banco Central de Reserva y el Fondo Monetario Internacional, la "
            "economía crecerá 2% este año."
        ),
        [
            ("Banco Central de Reserva", "organization"),
            ("Fondo Monetario Internacional", "organization"),
        ],
    ),
    (
        "ministry-and-court-spain",
        (
            "El Ministerio del Interior y el Tribunal Supremo confirmaron que la orden "
            "sigue vigente."
        ),
        [("Ministerio del Interior", "organization"), ("Tribunal Supremo", "organization")],
    ),
    # an acronym after "y" is a second institution, never part of the first one's name
    (
        "acronym-pair-not-a-fuller-name-mexico",
        "Según la Cepal y la OIT, el desempleo bajará en la región.",
        [("Cepal", "organization"), ("OIT", "organization")],
    ),
    # a name that holds "y" and an article before no institution's noun stays one
    (
        "one-name-with-y-el-caribe",
        ("Según la Comisión Económica para América Latina y el Caribe, la región crecerá poco."),
        [("Comisión Económica para América Latina y el Caribe", "organization")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in PAIRS], ids=[c[0] for c in PAIRS])
def test_pair(text: str, expected: Credited) -> None:
    assert expected == credited(text)


GLUED: list[tuple[str, str, Credited]] = [
    # an office in capitals glued after the name, no comma between: no part of the name
    (
        "office-glued-after-the-name-chile",
        "Según Juan Pérez Soto Presidente de la junta de vecinos, el agua no llega desde el lunes.",
        [("Juan Pérez Soto", "person")],
    ),
    (
        "office-glued-after-the-name-peru",
        (
            "Así lo señaló Rosa Quispe Gerenta General de la cooperativa, quien agregó que "
            "habrá nuevas rutas."
        ),
        [("Rosa Quispe", "person")],
    ),
    # a name glued to the end of a role's capitalised complement: the person is the name
    (
        "name-glued-to-the-complement-chile",
        "Según el economista de la Universidad Católica Tomás Ibarra, la inflación seguirá alta.",
        [("Tomás Ibarra", "person")],
    ),
    (
        "name-glued-to-the-complement-mexico",
        (
            "La ola de calor seguirá hasta junio, explicó el investigador del Instituto "
            "Nacional de Salud Pública Mauricio Hernández."
        ),
        [("Mauricio Hernández", "person")],
    ),
    # a surname that is also an office, with no complement after it, is the surname
    (
        "surname-that-is-an-office-spain",
        "Luis Alberto Alcalde, presidente de la patronal, dijo que las cuentas cuadran.",
        [("Luis Alberto Alcalde", "person")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in GLUED], ids=[c[0] for c in GLUED])
def test_glued(text: str, expected: Credited) -> None:
    assert expected == credited(text)


REPORTED: list[tuple[str, str, Credited]] = [
    # the subject of the clause a reporting verb's "que" reports is reported, not credited
    (
        "reported-subject-costa-rica",
        "El diputado aseguró que el canciller replicó con evasivas a cada pregunta.",
        [("El diputado", "person")],
    ),
    (
        "reported-subject-named-us-spanish",
        (
            "Una vocera del Departamento de Estado indicó que el presidente Joe Biden "
            "reafirmó su apoyo al acuerdo comercial."
        ),
        [("Una vocera del Departamento de Estado", "anonymous")],
    ),
    (
        "reported-institution-spain",
        "La portavoz vecinal asegura que el Ayuntamiento sostiene que no hay riesgo alguno.",
        [("La portavoz vecinal", "person")],
    ),
    # a second clause of its own, after "y" or a comma, has its own subject
    (
        "second-clause-after-y-chile",
        (
            "El ministro Mario Marcel dijo que no hay plazos y el alcalde Jorge Sharp agregó "
            "que esperará la ley."
        ),
        [("Mario Marcel", "person"), ("Jorge Sharp", "person")],
    ),
    (
        "main-clause-after-a-comma-argentina",
        (
            "Aunque el gobernador Axel Kicillof aseguró que habrá fondos, los intendentes "
            "reconocieron que el dinero no alcanza."
        ),
        [("Axel Kicillof", "person"), ("los intendentes", "person")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in REPORTED], ids=[c[0] for c in REPORTED]
)
def test_reported(text: str, expected: Credited) -> None:
    assert expected == credited(text)
