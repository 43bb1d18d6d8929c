"""Speakers in shapes the dev articles rarely show: the rules of docs/quotes.md.

Every sentence here is written for these tests, in the styles of several countries
(Argentina, Chile, Colombia, Spain, Mexico, Peru, Uruguay, agency copy).
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_quotes


def speakers(text: str) -> list[str | None]:
    return [None if q.speaker is None else q.speaker.text for q in parse_quotes(text)]


CASES: list[tuple[str, str, list[str | None]]] = [
    # a subject relative sets its verb right after the pronoun, in any tense: a name
    # in its object is no subject
    (
        "relative-present-argentina",
        (
            "El gobernador Luis Acosta visitó el barrio el lunes.\n"
            "La fiscal que investiga la muerte de Juan Pérez calificó de «crimen de odio» "
            "el ataque ocurrido en la madrugada."
        ),
        ["La fiscal"],
    ),
    (
        "relative-present-mexico",
        (
            "El abogado que representa a la familia de Rosa Campos calificó de «omisa» "
            "la actuación de la Fiscalía estatal."
        ),
        ["El abogado"],
    ),
    (
        "relative-with-negation-spain",
        (
            "La consejera Pilar Ortega cerró el acto.\n"
            "El portavoz que no quiso dar su nombre a la prensa tildó de «chapuza» el "
            "reparto de los fondos europeos."
        ),
        ["El portavoz"],
    ),
    (
        "relative-quien-peru",
        (
            "La congresista quien preside la comisión de Ética pidió «celeridad» al "
            "Ministerio Público."
        ),
        ["La congresista"],
    ),
    # a chain of prepositional phrases between the subject and its verb
    (
        "prepositional-chain-colombia",
        (
            "La campaña de vacunación comenzó el lunes en Bogotá, según informó Carlos Rueda.\n"
            "La vocera del Ministerio de Salud de Colombia en la rueda de prensa de este "
            "martes en la capital llamó a «no bajar la guardia» frente al virus."
        ),
        ["La vocera del Ministerio de Salud de Colombia"],
    ),
    (
        "prepositional-chain-uruguay",
        (
            "El ministro Daniel Salinas habló el martes.\n"
            "El presidente del gremio de médicos de Montevideo en su "
            "visita al hospital de Clínicas consideró «insuficiente» el aumento."
        ),
        ["El presidente del gremio de médicos de Montevideo"],
    ),
    # a bare role never stands for a person the article gave another exclusive office
    (
        "office-another-holder-chile",
        (
            "El temporal dejó cientos de damnificados. El gobernador Jorge Díaz recorrió "
            "la zona.\nEl alcalde recorrió los sectores afectados y dijo: «Necesitamos "
            "ayuda urgente del Estado»."
        ),
        ["El alcalde"],
    ),
    (
        "office-another-holder-argentina",
        (
            "La intendenta Mónica Ruiz inauguró la obra el viernes.\n"
            "«Es una obra que esperábamos desde hace años», afirmó la ministra."
        ),
        ["la ministra"],
    ),
    (
        "office-same-office-by-synonym-spain",
        (
            "El alcalde de Vigo, Abel Rivas, presentó el plan.\n"
            "«Vigo será la ciudad más iluminada de Europa», prometió el edil."
        ),
        ["Abel Rivas"],
    ),
    (
        "office-description-varies-the-words-mexico",
        (
            "El empresario Carlos Hernández anunció una inversión en Monterrey.\n"
            "«Creemos en México», dijo el magnate."
        ),
        ["Carlos Hernández"],
    ),
    # after the quotation, the verb's subject past an adverbial: a span of time, "a su
    # turno", a word of manner, "desde" and a place, a former holder written apart
    (
        "after-a-span-of-time-chile",
        (
            "La ministra Ana Soto defendió el plan. «Es lo que el país necesita», dijo.\n"
            "«No estamos de acuerdo con nada de esto», le respondió horas más tarde el "
            "senador Luis Vera."
        ),
        ["Ana Soto", "Luis Vera"],
    ),
    (
        "after-minutes-later-mexico",
        (
            "El secretario Mario Delgado presentó la reforma.\n"
            "«Es una reforma que nadie pidió», señaló minutos después la diputada panista "
            "Laura Ortiz."
        ),
        ["Laura Ortiz"],
    ),
    (
        "after-a-su-turno-peru",
        (
            "El premier Alberto Otárola expuso ante el pleno. «Hemos cumplido», afirmó.\n"
            "«El Ejecutivo no ha cumplido nada», dijo a su turno la congresista Ruth Luque."
        ),
        ["Alberto Otárola", "Ruth Luque"],
    ),
    (
        "after-a-one-form-adjective-argentina",
        (
            "El ministro Luis Caputo defendió el ajuste. «No hay plata», dijo.\n"
            "«Es un ajuste sobre los jubilados», sentenció tajante el gobernador Axel Kicillof."
        ),
        ["Luis Caputo", "Axel Kicillof"],
    ),
    (
        "after-an-adverb-of-manner-spain",
        (
            "La consejera Marta Ruiz presentó el plan.\n"
            "«No habrá recortes en sanidad», respondió contundentemente la portavoz del PSOE, "
            "Elena Gil."
        ),
        ["Elena Gil"],
    ),
    (
        "after-fue-lo-que-dijo-venezuela",
        (
            "El ministro Héctor Rodríguez defendió el presupuesto.\n"
            "«Es un presupuesto de guerra», fue lo que dijo el diputado opositor Julio Borges."
        ),
        ["Julio Borges"],
    ),
    (
        "after-una-y-otra-vez-ecuador",
        (
            "La ministra Ana Soto defendió el plan. «Es lo que el país necesita», dijo.\n"
            "«No estamos de acuerdo», insistió una y otra vez el asambleísta Luis Vera."
        ),
        ["Ana Soto", "Luis Vera"],
    ),
    (
        "after-a-weekday-argentina",
        (
            "La ministra Ana Soto defendió el plan. «Es lo que el país necesita», dijo.\n"
            "«No estamos de acuerdo», dijo el pasado lunes el senador Luis Vera."
        ),
        ["Ana Soto", "Luis Vera"],
    ),
    (
        "after-a-day-and-month-spain",
        (
            "El consejero Pedro Ruiz presentó el plan.\n"
            "«Llega tarde y mal», afirmó el 12 de marzo la portavoz socialista, Elena Gil."
        ),
        ["Elena Gil"],
    ),
    (
        "after-desde-a-place-chile",
        (
            "La ministra Ana Soto defendió el plan. «Es lo que el país necesita», dijo.\n"
            "«No estamos de acuerdo», replicó desde Valparaíso el senador Luis Vera."
        ),
        ["Ana Soto", "Luis Vera"],
    ),
    (
        "desde-an-institution-still-speaks-colombia",
        "«Los pagos se harán el lunes», indicaron desde la Alcaldía de Medellín.",
        ["la Alcaldía de Medellín"],
    ),
    (
        "after-a-former-holder-written-apart-uruguay",
        "«No estamos de acuerdo», dijo el ex senador Luis Vera.",
        ["Luis Vera"],
    ),
    # no one named and no speaker before: a quotation standing alone is the words of
    # the person or group the writer's sentences opened on
    (
        "topic-role-two-paragraphs-back-chile",
        (
            "El director del hospital regional recorrió las salas el lunes junto a los "
            "jefes de servicio.\nLa visita se extendió por tres horas y terminó en la "
            "unidad de urgencias.\n«Tenemos todo bajo control y no faltan insumos»."
        ),
        ["El director del hospital regional"],
    ),
    (
        "topic-group-in-the-present-argentina",
        (
            "Los vecinos de la villa Los Aromos llevan dos semanas sin agua potable.\n"
            "La empresa sanitaria atribuye el problema a una rotura en la matriz principal.\n"
            "Un camión aljibe pasa dos veces por semana.\n"
            "«Nadie nos dice cuándo se va a solucionar»."
        ),
        ["Los vecinos de la villa"],
    ),
    (
        "topic-someone-unnamed-peru",
        (
            "Una comerciante del mercado central perdió toda su mercadería en el incendio.\n"
            "El siniestro comenzó en la madrugada.\n"
            "«Lo perdí todo, no tengo cómo empezar de nuevo»."
        ),
        ["Una comerciante del mercado central"],
    ),
    (
        "topic-not-inside-a-quotation-mexico",
        (
            "«Queremos justicia», gritaban los manifestantes.\n"
            "La marcha terminó sin incidentes.\n«Vamos a volver la próxima semana»."
        ),
        ["los manifestantes", "los manifestantes"],
    ),
    # a plural subject's verb in the present ("exigen", "llevan")
    (
        "plural-present-main-verb-uruguay",
        "Los vecinos del barrio Malvín califican de «abandono» la situación de la rambla.",
        ["Los vecinos del barrio"],
    ),
    # an opening adjunct with an aside or a second adjunct of its own before the subject
    (
        "adjunct-with-a-relative-chile",
        (
            "La ministra Ana Soto defendió el plan. «Es lo que el país necesita», dijo.\n"
            "Tras la reunión, que se extendió por más de cuatro horas en la sede del "
            "ministerio, el dirigente de los camioneros salió a la calle y dijo: «No vamos "
            "a levantar el paro»."
        ),
        ["Ana Soto", "el dirigente de los camioneros"],
    ),
    (
        "two-adjuncts-spain",
        (
            "El presidente Pedro Sánchez compareció en el Congreso.\n"
            "Ayer, en la sede del partido en la calle Génova, la secretaria general calificó "
            "de «cortina de humo» la comparecencia."
        ),
        ["la secretaria general"],
    ),
    (
        "long-opening-adjunct-argentina",
        (
            "El ministro Luis Caputo anunció el nuevo esquema cambiario.\n"
            "En el marco de la reunión mensual de la Unión Industrial Argentina realizada en "
            "la sede de la avenida Leandro N. Alem, el presidente de la entidad tildó de "
            "«insuficientes» las medidas."
        ),
        ["el presidente de la entidad"],
    ),
    # a role after a name and a comma, its verb right after: the main clause's subject,
    # not the name's apposition
    (
        "role-after-an-adjunct-s-name-argentina",
        (
            "Luego de la reunión con el gobernador Axel Kicillof, el intendente aseguró que "
            "los fondos llegarán «antes de fin de mes»."
        ),
        ["el intendente"],
    ),
    (
        "role-with-complement-after-an-adjunct-s-name-chile",
        (
            "Tras reunirse con la ministra Carolina Tohá, la alcaldesa de la comuna denunció "
            "el «abandono» de los campamentos."
        ),
        ["la alcaldesa de la comuna"],
    ),
    (
        "apposition-closed-by-a-comma-still-links-spain",
        (
            "Ana Paz, la alcaldesa, inauguró la obra.\n"
            "«Es un día histórico para el barrio», dijo la alcaldesa."
        ),
        ["Ana Paz"],
    ),
    # a fragment in the object of the main clause's reporting verb: after "y" and an
    # aside, or in a relative after a preposition, whose dropped subject is the main one
    (
        "coordinated-verb-after-an-aside-chile",
        (
            "El exsenador Andrés Allamand se mostró partidario de una reforma al sistema "
            "político y, en entrevista con este diario, planteó la necesidad de un «gran "
            "acuerdo nacional»."
        ),
        ["Andrés Allamand"],
    ),
    (
        "relative-after-a-preposition-bolivia",
        (
            "Jorge Quiroga arremetió contra el gobierno, al que acusó de provocar una "
            "«crisis sin precedentes»."
        ),
        ["Jorge Quiroga"],
    ),
    (
        "por-lo-que-paraguay",
        (
            "La diputada Ana Gil rechazó el proyecto del Ejecutivo, por lo que anunció un "
            "voto «en contra»."
        ),
        ["Ana Gil"],
    ),
    (
        "subject-relative-keeps-its-own-subject-colombia",
        (
            "El fallo que liberó a los detenidos fue, según la ONG Amnistía, un «mensaje "
            "de impunidad»."
        ),
        ["la ONG Amnistía"],
    ),
    # a role after a crediting phrase whose "del" holds its article
    (
        "fused-a-juicio-del-chile",
        (
            "La ministra Ana Soto defendió el plan. «Es lo que el país necesita», dijo.\n"
            "A juicio del director del Instituto de Políticas Públicas, el plan es "
            "«insuficiente»."
        ),
        ["Ana Soto", "director del Instituto de Políticas Públicas"],
    ),
    (
        "fused-en-opinion-del-after-the-quotation-spain",
        (
            "El consejero Luis Gil presentó los presupuestos.\n"
            "Las cuentas son «irreales», en opinión del portavoz de la oposición."
        ),
        ["portavoz de la oposición"],
    ),
    (
        "fused-role-and-its-holder-peru",
        "A juicio del economista jefe Jorge Sicilia, la economía está «estancada».",
        ["Jorge Sicilia"],
    ),
    (
        "fused-role-and-its-apposed-holder-colombia",
        "En palabras del director del Servicio, Pedro Ruiz, la situación es «grave».",
        ["Pedro Ruiz"],
    ),
    (
        "fused-de-acuerdo-al-mexico",
        "De acuerdo al vocero de la Fiscalía estatal, el caso es «complejo».",
        ["vocero de la Fiscalía"],
    ),
    # a clause closed by a colon that names the words and their owner
    (
        "speech-noun-owner-before-a-colon-chile",
        (
            "En un punto de prensa, el presidente Gabriel Boric anunció un bono.\n"
            "El ministro de Hacienda, Mario Marcel, dio los detalles.\n"
            "El cierre de la intervención del mandatario giró en torno a las pensiones: "
            "«Vamos a sacar adelante la reforma»."
        ),
        ["Gabriel Boric"],
    ),
    (
        "speech-noun-owner-before-a-colon-argentina",
        (
            "La respuesta de la intendenta de Rosario, Mónica Fein, no se hizo esperar: "
            "«Es una mentira absoluta»."
        ),
        ["Mónica Fein"],
    ),
    # a plural verb with no subject after a quotation: the group or institution the
    # sentence before has as its main clause's subject, after an opening adjunct too
    (
        "plural-verb-institution-after-an-adjunct-peru",
        (
            "«Nadie vino a ayudarnos», dijo el vecino Pedro Soto.\n"
            "Tras la denuncia, la Municipalidad de Lima envió una cuadrilla al lugar.\n"
            "«Los trabajos terminarán el viernes», informaron."
        ),
        ["Pedro Soto", "la Municipalidad de Lima"],
    ),
    (
        "plural-verb-group-after-an-adjunct-mexico",
        (
            "«Perdimos todo», dijo la comerciante Ana Gil.\n"
            "Durante la madrugada, los bomberos lograron controlar el fuego.\n"
            "«Fue un incendio muy complejo», explicaron."
        ),
        ["Ana Gil", "los bomberos"],
    ),
    (
        "plural-verb-company-chile",
        (
            "«Estuvimos toda la noche sin luz», relató la vecina Marta Ríos.\n"
            "Pasado el mediodía, la empresa Eléctrica del Sur restableció el suministro en "
            "el sector.\n«La reposición será gradual», precisaron."
        ),
        ["Marta Ríos", "Eléctrica del Sur"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_speakers(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


MISSES: list[tuple[str, str, list[str | None], str]] = [
    (
        "topic-the-quotation-s-own-person-is-not-read-peru",
        (
            "Una comerciante del mercado central perdió toda su mercadería en el incendio.\n"
            "Los bomberos tardaron más de una hora en controlar las llamas.\n"
            "«Lo perdí todo, no tengo cómo empezar de nuevo»."
        ),
        ["Una comerciante del mercado central"],
        (
            "the last person or group a sentence opens on speaks; the quotation's first "
            "person singular ('perdí', 'tengo') does not rule out the group"
        ),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(text, expected, marks=pytest.mark.xfail(strict=True, reason=reason))
        for _, text, expected, reason in MISSES
    ],
    ids=[c[0] for c in MISSES],
)
def test_known_misses(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected
