"""Sources credited by reported speech, and who is only named: sentences written here.

Each group is one rule of ``docs/sources.md``, tried in several wordings and countries'
styles: a subject with no article after its verb and an adverbial, an organisation
brought in by its kind with its acronym, an official named again as "la funcionaria".
"""

from __future__ import annotations

import pytest

from _credit import Credited, credited

CASES: list[tuple[str, str, Credited]] = [
    # a rank in lower case between the role's comma and the name
    (
        "a-rank-between-the-role-and-the-name-paraguay",
        "De acuerdo con el vocero de la Policía, comisario Hugo Benítez, hubo dos detenidos.",
        [("Hugo Benítez", "person")],
    ),
    # a plural subject after its verb and whom the words went to drops its article
    (
        "bare-sources-after-the-outlet-spain",
        "El caso seguirá abierto. Así lo confirmaron a EFE fuentes del Ministerio.",
        [("EFE", "media"), ("fuentes del Ministerio", "anonymous")],
    ),
    (
        "bare-sources-after-the-press-argentina",
        "La obra no se terminará este año, confirmaron a la prensa fuentes municipales.",
        [("fuentes municipales", "anonymous")],
    ),
    (
        "bare-sources-after-this-outlet-mexico",
        "El gabinete cambiará en enero, dijeron a este diario fuentes de la Presidencia.",
        [("fuentes de la Presidencia", "anonymous")],
    ),
    (
        "bare-group-after-a-time-chile",
        "El agua no llega desde el lunes, denunciaron ayer vecinos del sector alto.",
        [("vecinos del sector alto", "person")],
    ),
    (
        "bare-group-after-a-medium-peru",
        "Los precios subirán en marzo, estimaron en la radio economistas consultados.",
        [("economistas consultados", "person")],
    ),
    (
        "an-adverb-is-no-bare-subject-colombia",
        "El agua no llega, dijo ayer luego el alcalde.",
        [("el alcalde", "person")],
    ),
    # an organisation brought in by its kind, its acronym after it
    (
        "acronym-after-a-union-uruguay",
        (
            "Hablamos con el sindicato de trabajadores portuarios (Sitrap). Sitrap denuncia "
            "recortes en la limpieza."
        ),
        [("Sitrap", "organization")],
    ),
    (
        "acronym-after-an-association-colombia",
        (
            "Los tamberos se reunieron en la asociación de productores de leche (Asoleche). "
            "Asoleche aseguró que el litro se paga por debajo del costo."
        ),
        [("Asoleche", "organization")],
    ),
    (
        "acronym-after-a-person-stays-a-person-venezuela",
        "Habló Ana Soto (Vera). Vera aseguró que el precio cae.",
        [("Vera", "person")],
    ),
    # "el funcionario", "la funcionaria": the official just named, not someone new
    (
        "the-official-named-again-dominican-republic",
        (
            "La directora de Ética, Carmen Paz, reprochó los dichos del regidor. La "
            "funcionaria dijo que habrá consecuencias."
        ),
        [("Carmen Paz", "person")],
    ),
    (
        "the-official-named-again-mexico",
        (
            "El subsecretario de Salud, Hugo Ruiz, visitó el hospital. El funcionario "
            "aseguró que llegarán más médicos."
        ),
        [("Hugo Ruiz", "person")],
    ),
    (
        "an-unnamed-official-stays-anonymous-spain",
        "Un funcionario que pidió no ser identificado dijo que la medida se anunciará el lunes.",
        [("Un funcionario que pidió no ser identificado", "anonymous")],
    ),
    # a vague head of one account or view is stepped over to whose it is
    (
        "the-account-of-a-person-argentina",
        "Según el relato de la vecina Julia Ramos, el fuego empezó en la cocina.",
        [("Julia Ramos", "person")],
    ),
    (
        "the-version-of-the-police-colombia",
        "Según la versión de la Policía, el conductor iba ebrio.",
        [("Policía", "organization")],
    ),
    (
        "the-testimony-of-a-witness-mexico",
        "De acuerdo con el testimonio de un testigo, el auto no frenó.",
        [("un testigo", "anonymous")],
    ),
    (
        "the-thesis-of-the-investigators-ecuador",
        "Según la tesis de los fiscales, el alcalde desvió los fondos.",
        [("los fiscales", "person")],
    ),
    (
        "the-account-of-a-minister-by-role-spain",
        "Según el relato del ministro Pablo Díaz, nadie respondió la llamada.",
        [("Pablo Díaz", "person")],
    ),
    (
        "a-version-as-an-object-credits-no-one-chile",
        "El juez escuchó la versión de Ana Soto durante la audiencia.",
        [],
    ),
    # a dropped subject after an adverb, a frame or a subject pronoun
    (
        "dropped-subject-after-an-adverb-chile",
        "La vecina Rosa Díaz llegó temprano al consultorio. Luego explicó que nadie la atendió.",
        [("Rosa Díaz", "person")],
    ),
    (
        "dropped-subject-after-a-frame-argentina",
        "El intendente Jorge Paz recorrió los barrios inundados. Según dijo, el agua bajará hoy.",
        [("Jorge Paz", "person")],
    ),
    (
        "dropped-subject-after-a-frame-and-an-outlet-mexico",
        (
            "La diputada Lorena Ortiz votó en contra. Según explicó a este medio, la ley "
            "es regresiva."
        ),
        [("Lorena Ortiz", "person")],
    ),
    (
        "dropped-subject-after-a-place-adverb-colombia",
        "El gobernador Andrés Rueda visitó el hospital. Allí aseguró que llegarán médicos.",
        [("Andrés Rueda", "person")],
    ),
    (
        "dropped-subject-after-a-pronoun-peru",
        "La alcaldesa Carmen Lazo inauguró el mercado. Ella aseguró que habrá más puestos.",
        [("Carmen Lazo", "person")],
    ),
    (
        "dropped-subject-after-a-connective-spain",
        "El consejero Luis Prieto visitó la obra. Además, aseguró que terminará en junio.",
        [("Luis Prieto", "person")],
    ),
    (
        "a-subject-of-its-own-is-no-dropped-one-uruguay",
        (
            "El ministro Pablo Vera visitó la obra. Luego el director de obras, Raúl Mena, "
            "aseguró que terminará pronto."
        ),
        [("Raúl Mena", "person")],
    ),
    (
        "an-institution-speaks-through-its-people-venezuela",
        (
            "La empresa Aguas Claras restableció el servicio en la tarde. Explicaron que el "
            "proceso será gradual."
        ),
        [("Aguas Claras", "organization")],
    ),
    (
        "a-person-does-not-agree-with-a-plural-verb-bolivia",
        "Ana Soto restableció el servicio. Explicaron que el proceso será gradual.",
        [],
    ),
    # "desde" names where the words come from: an institution, never one person
    (
        "from-an-unknown-name-before-the-verb-ecuador",
        "Desde Aguas Claras explicaron que el corte terminará hoy.",
        [("Aguas Claras", "organization")],
    ),
    (
        "from-an-unknown-name-after-the-verb-paraguay",
        "El corte terminará hoy, explicaron desde Aguas Claras.",
        [("Aguas Claras", "organization")],
    ),
    (
        "from-a-given-name-is-no-institution-chile",
        "Desde Pedro Soto explicaron que el corte terminará hoy.",
        [],
    ),
    # "En" and an institution opening the sentence, a plural verb: as "desde"
    (
        "in-the-seat-of-government-argentina",
        "En la Casa Rosada explicaron que no habrá cambios en el gabinete.",
        [("Casa Rosada", "organization")],
    ),
    (
        "in-the-ministry-present-tense-spain",
        "En el Ministerio de Sanidad aseguran que las listas de espera bajarán.",
        [("Ministerio de Sanidad", "organization")],
    ),
    (
        "in-a-meeting-is-no-institution-mexico",
        "En la reunión explicaron que no habrá cambios en el gabinete.",
        [],
    ),
    (
        "in-a-country-are-its-people-venezuela",
        "En Venezuela aseguran que no habrá cambios en el gabinete.",
        [],
    ),
    (
        "in-a-ministry-with-a-singular-verb-chile",
        "En el Ministerio de Salud aseguró que no habrá cambios.",
        [],
    ),
    # "al" or "tras" and a reporting verb's infinitive: what the subject said
    (
        "al-senalar-que-peru",
        "La congresista Ana Soto fue enfática al señalar que no apoyará la vacancia.",
        [("Ana Soto", "person")],
    ),
    (
        "al-advertir-que-an-organisation-chile",
        "El Ministerio de Salud encendió las alarmas al advertir que los casos subirán.",
        [("Ministerio de Salud", "organization")],
    ),
    (
        "tras-asegurar-que-after-an-opening-adverbial-mexico",
        (
            "Ayer, el alcalde Pablo Vera respondió a las críticas tras asegurar que el "
            "presupuesto alcanza."
        ),
        [("Pablo Vera", "person")],
    ),
    (
        "al-recordar-a-person-is-no-statement-argentina",
        "La actriz Ana Soto se emocionó al recordar a su madre.",
        [],
    ),
    (
        "al-escuchar-is-no-reporting-verb-colombia",
        "Los vecinos aplaudieron al escuchar que la obra terminará.",
        [],
    ),
    # a month between a participle and its agent is a time, stepped over
    (
        "agent-after-a-month-uruguay",
        "El ajuste de tarifas fue anunciado en setiembre por la intendenta Laura Méndez.",
        [("Laura Méndez", "person")],
    ),
    (
        "agent-after-a-month-peru",
        "La medida, anunciada en marzo por la Superintendencia de Banca, rige desde hoy.",
        [("Superintendencia de Banca", "organization")],
    ),
    # a document set after its verb, the verb after a comma or a quotation
    (
        "document-after-a-comma-chile",
        "La pobreza creció dos puntos, advierte un informe de la Contraloría.",
        [("un informe de la Contraloría", "document")],
    ),
    (
        "ruling-verb-after-a-quotation-colombia",
        "«El despido fue injusto», establece el fallo de la Corte Suprema.",
        [("el fallo de la Corte Suprema", "document")],
    ),
    (
        "ruling-verb-after-a-comma-mexico",
        "La cifra de pobres bajó en 2023, concluye un estudio de la Universidad Autónoma.",
        [("un estudio de la Universidad Autónoma", "document")],
    ),
    (
        "document-as-object-after-an-aside-argentina",
        "El ministro, además, reveló el informe a la prensa.",
        [("El ministro", "person")],
    ),
    (
        "ruling-verb-inside-a-quotation-spain",
        "«Lo que concluye el estudio, no lo sabemos», dijo la consejera Marta Ruiz.",
        [("Marta Ruiz", "person")],
    ),
    # a reporting verb in its sense of an act credits no one
    (
        "contar-con-is-to-have-peru",
        "La alcaldesa Ana Soto contó con el apoyo de los vecinos.",
        [],
    ),
    (
        "sostener-a-meeting-is-to-hold-it-ecuador",
        "El canciller Diego Mora sostuvo una reunión con su par peruano.",
        [],
    ),
    (
        "destacar-entre-is-to-stand-out-uruguay",
        "La atleta Lucía Pena destacó entre las finalistas del torneo.",
        [],
    ),
    (
        "dropped-subject-act-chile",
        "La ministra Ana Soto llegó ayer. Contó con el apoyo de todos los alcaldes.",
        [],
    ),
    (
        "contar-que-is-a-statement-venezuela",
        "La vecina Rosa Díaz contó que el agua no llega desde el lunes.",
        [("Rosa Díaz", "person")],
    ),
    (
        "sostener-que-is-a-statement-bolivia",
        "El diputado Iván Rojas sostuvo que el proyecto es inconstitucional.",
        [("Iván Rojas", "person")],
    ),
    (
        "contar-con-after-a-quotation-is-manner-spain",
        "«Fue muy duro», contó con voz quebrada la vecina Ana Soto.",
        [("Ana Soto", "person")],
    ),
    (
        "a-person-after-a-role-of-a-union-is-no-union-peru",
        "La presidenta del sindicato, Yanira Quispe, afirmó que el paro sigue.",
        [("Yanira Quispe", "person")],
    ),
    (
        "a-person-after-a-role-of-this-company-is-no-company-colombia",
        "El gerente de esta empresa, Wilmer Cárdenas, aseguró que no habrá despidos.",
        [("Wilmer Cárdenas", "person")],
    ),
    (
        "a-company-named-right-after-its-noun-stays-a-company-mexico",
        "La aerolínea Vivaluz informó que retomará sus vuelos el lunes.",
        [("Vivaluz", "organization")],
    ),
    # the name in apposition right before the verb, an acronym in brackets before it
    (
        "subject-after-a-bracketed-acronym-uruguay",
        "La secretaria general del sindicato (Sitrap), Ana Soto, dijo que no habrá paro.",
        [("Ana Soto", "person")],
    ),
    (
        "subject-after-a-bracketed-acronym-and-a-particle-chile",
        (
            "El presidente de la Cámara de la Construcción (CChC), Pedro von Baer, advirtió "
            "que la inversión cae."
        ),
        [("Pedro von Baer", "person")],
    ),
    (
        "subject-after-a-bracketed-acronym-mexico",
        (
            "La directora del Instituto Nacional Electoral (INE), Lorena Villalobos, "
            "informó que el conteo terminó."
        ),
        [("Lorena Villalobos", "person")],
    ),
    (
        "a-speakers-role-with-its-acronym-is-the-holder-costa-rica",
        (
            "«La lucha sigue y seguirá», afirmó la directora ejecutiva del Colegio de "
            "Enfermeras (Colenf), Rosa Elvira Salas, ante la prensa."
        ),
        [("Rosa Elvira Salas", "person")],
    ),
    (
        "a-name-apposed-to-a-prepositions-object-is-whom-peru",
        (
            "El ministro, tras reunirse con el alcalde de Piura, Mario Vega, dijo que habrá "
            "más recursos."
        ),
        [("El ministro", "person")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_reported(text: str, expected: Credited) -> None:
    assert expected == credited(text)
