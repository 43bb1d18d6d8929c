"""Locutions of appeal and emphasis credit their subject with no "que" after them.

"hizo un llamado a", "hizo hincapié en", "puso el acento en", "llamó a la calma"
(``lexicons/appeal_locutions.tsv``, ``docs/sources.md``, "A locution of appeal or
emphasis"): sentences written here, in several countries' styles; a call for tenders
or elections, a summons and a call on the phone are acts.
"""

from __future__ import annotations

import pytest

from _credit import Credited, credited

CASES: list[tuple[str, str, Credited]] = [
    (
        "hincapie-role-and-name-chile",
        "La seremi de Salud, Paula Lagos, hizo hincapié en la vacunación de los adultos mayores.",
        [("Paula Lagos", "person")],
    ),
    (
        "llamado-group-plural-argentina",
        "Los comerciantes de Once hicieron un llamado a las autoridades porteñas por los robos.",
        [("Los comerciantes de Once", "person")],
    ),
    (
        "acento-role-alone-spain",
        "El consejero de Educación puso el acento en la falta de profesores interinos.",
        [("El consejero de Educación", "person")],
    ),
    (
        "llamo-a-la-calma-colombia",
        "El gobernador Andrés Villamil llamó a la calma tras los enfrentamientos en el puerto.",
        [("Andrés Villamil", "person")],
    ),
    (
        "realizo-llamado-institution-peru",
        "La Defensoría del Pueblo realizó un llamado a respetar el derecho a la protesta pacífica.",
        [("Defensoría del Pueblo", "organization")],
    ),
    (
        "ha-hecho-llamado-mexico",
        "La gobernadora Elena Ruvalcaba ha hecho un llamado a la unidad de los aguacateros.",
        [("Elena Ruvalcaba", "person")],
    ),
    (
        "enfasis-after-adverbial-caribe",
        "Durante su intervención, el ministro de Turismo hizo énfasis en la hotelería.",
        [("el ministro de Turismo", "person")],
    ),
    (
        "llaman-whom-and-infinitive-us",
        "Los organizadores llaman a los votantes hispanos a inscribirse antes del viernes.",
        [("Los organizadores", "person")],
    ),
    (
        "llamo-a-no-infinitive-uruguay",
        "El sindicato de la bebida llamó a no consumir productos de la empresa hasta el acuerdo.",
        [("El sindicato de la bebida", "organization")],
    ),
    (
        "nuevo-llamado-venezuela",
        "La Conferencia Episcopal hizo un nuevo llamado al diálogo entre los partidos.",
        [("Conferencia Episcopal", "organization")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_an_appeal_credits_its_subject(text: str, expected: Credited) -> None:
    assert expected == credited(text)


ACTS: list[tuple[str, str, Credited]] = [
    (
        "tender-chile",
        "La municipalidad hizo un llamado a licitación para reparar las veredas del centro.",
        [],
    ),
    ("summons-mexico", "El juez llamó a declarar al exdirector de la aduana de Manzanillo.", []),
    ("summons-whom-first-peru", "La fiscal llamó a los policías a declarar por el operativo.", []),
    ("phone-call-argentina", "Marcela llamó a su hermano desde la guardia del hospital.", []),
    (
        "elections-bolivia",
        "El presidente llamó a elecciones anticipadas para octubre.",
        [],
    ),
    ("noun-alone-spain", "El llamado a la calma del alcalde no frenó las protestas.", []),
    (
        "inside-a-quotation-colombia",
        "«Vamos a hacer un llamado a la calma», prometió Ana Ruiz en la radio.",
        [("Ana Ruiz", "person")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in ACTS], ids=[c[0] for c in ACTS])
def test_an_act_credits_no_one_by_its_locution(text: str, expected: Credited) -> None:
    assert expected == credited(text)
