"""Speaker rules narrowed by the second calibration pass (spkcal28).

Sentences written for these tests, in several countries' styles. The rules of
``docs/quotes.md`` (Speakers): a reporting verb that is negated ("no respondió", "no
lo confirmó") credits its subject with nothing, so that subject carries no quotation;
and a quotation standing with no verb of its own after a paragraph that brings in a
person as the patient of the sentence (a passive, "fue destituido"; a declined
statement, "no quiso referirse") goes on with the speaker before it, unless that
person speaks somewhere in the article. A person brought in as an agent ("encabezó la
protesta") still takes the turn, and with no speaker before, the person brought in
speaks. A name followed by a relative after a preposition ("X, a quien el técnico
llamó «…»") is that clause's object, not the speaker of the words it quotes.
"""

from __future__ import annotations

import pytest

from _speakers import speakers

CASES: list[tuple[str, str, list[str | None]]] = [
    # --- a negated reporting verb carries nothing ------------------------------
    (
        "no-respondio-chile",
        (
            "«El agua no llega hace una semana», denunció la dirigente vecinal Rosa Méndez.\n\n"
            "El gerente de la sanitaria, Jorge Ibáñez, no respondió a las consultas.\n\n"
            "«Estamos cansados de promesas»."
        ),
        ["Rosa Méndez", "Rosa Méndez"],
    ),
    (
        "no-lo-confirmo-peru",
        (
            "«Habrá un paro de 48 horas», anunció el dirigente minero Julio Quispe.\n\n"
            "El ministro de Energía, Óscar Vera, no lo confirmó.\n\n"
            "«Las bases ya votaron»."
        ),
        ["Julio Quispe", "Julio Quispe"],
    ),
    (
        "no-quiso-referirse-colombia",
        (
            "«La obra está abandonada», afirmó la concejala Luz Marina Ospina.\n\n"
            "El contratista Hernán Ruiz no quiso referirse al tema.\n\n"
            "«Nadie responde por la plata»."
        ),
        ["Luz Marina Ospina", "Luz Marina Ospina"],
    ),
    (
        "no-descarto-still-speaks-argentina",
        (
            "«No habrá más aumentos», dijo el ministro Mario Costa.\n\n"
            "El gremio de camioneros, por su parte, no descartó que el dirigente Hugo Paz "
            "convoque a un paro.\n\n«Con estos precios no llegamos»."
        ),
        ["Mario Costa", "El gremio de camioneros"],
    ),
    # --- the patient of a passive does not take a verbless quotation -----------
    (
        "passive-after-the-minister-chile",
        (
            "La ministra de Salud, Carolina Vidal, visitó el hospital de Rancagua.\n\n"
            "«Habrá nuevos recursos para el recinto», explicó Vidal.\n\n"
            "El director del hospital, Marcelo Rojas, fue destituido la semana pasada.\n\n"
            "«No vamos a permitir más irregularidades»."
        ),
        ["Carolina Vidal", "Carolina Vidal"],
    ),
    (
        "passive-with-an-aside-mexico",
        (
            "“La investigación sigue abierta”, declaró el fiscal Andrés Molina.\n\n"
            "El exalcalde Rodrigo Fuenzalida, de 61 años, fue detenido en su domicilio.\n\n"
            "“Pediremos la prisión preventiva”."
        ),
        ["Andrés Molina", "Andrés Molina"],
    ),
    (
        "passive-resulto-herido-spain",
        (
            "«El fuego se originó en la cocina», señaló el jefe de bomberos, Luis Ortega.\n\n"
            "El vecino Pedro Sanz resultó herido en la evacuación.\n\n"
            "«Los daños son cuantiosos»."
        ),
        ["Luis Ortega", "Luis Ortega"],
    ),
    (
        "passive-before-its-subject-chile",
        (
            "«Vamos a recuperar el control», afirmó el gobernador Claudio Orrego.\n\n"
            "Ayer fue detenido el cabecilla Luis Castillo, acusado de liderar la banda.\n\n"
            "«Es un golpe importante al crimen organizado»."
        ),
        ["Claudio Orrego", "Claudio Orrego"],
    ),
    (
        "passive-before-an-apposed-name-venezuela",
        (
            "«Habrá nuevos recursos», afirmó la ministra Magaly Gutiérrez.\n\n"
            "Ayer fue destituido el director del hospital, Marcelo Rojas.\n\n"
            "«Nadie nos avisó de los recortes»."
        ),
        ["Magaly Gutiérrez", "Magaly Gutiérrez"],
    ),
    (
        "asked-by-the-outlet-takes-the-turn-chile",
        (
            "«Habrá nuevos recursos», afirmó la ministra Carolina Vidal.\n\n"
            "El director del hospital, Marcelo Rojas, fue consultado por este medio.\n\n"
            "«Nadie nos avisó de los recortes»."
        ),
        ["Carolina Vidal", "Marcelo Rojas"],
    ),
    (
        "a-state-before-a-participle-argentina",
        (
            "«Vamos a recuperar el control», afirmó el gobernador Axel Kicillof.\n\n"
            "Luis Castillo, acusado de liderar la banda, permanece detenido en Marcos Paz.\n\n"
            "«Es un golpe importante al crimen organizado»."
        ),
        ["Axel Kicillof", "Axel Kicillof"],
    ),
    (
        "undergoing-murio-colombia",
        (
            "«Hubo negligencia», afirmó el perito Ramón Díaz.\n\n"
            "La víctima, Josefa Ruiz, murió en el hospital tres días después.\n\n"
            "«Los protocolos no se cumplieron»."
        ),
        ["Ramón Díaz", "Ramón Díaz"],
    ),
    (
        "undergoing-sufrio-mexico",
        (
            "«Jugamos nuestro peor partido», reconoció el entrenador Jaime Lozano.\n\n"
            "El delantero Henry Martín sufrió una lesión muscular en el primer tiempo.\n\n"
            "«Hay que dar vuelta la página rápido»."
        ),
        ["Jaime Lozano", "Jaime Lozano"],
    ),
    # --- a name before "a quien", "al que": the relative clause's object ---------
    (
        "object-relative-peru",
        (
            "«Vamos a ganar», dijo el técnico Ricardo Gareca.\n\n"
            "Arturo Vidal, a quien el entrenador llamó «el mejor del mundo», no jugó ante Perú."
        ),
        ["Ricardo Gareca", "Ricardo Gareca"],
    ),
    (
        "object-relative-a-la-que-argentina",
        (
            "«Es una obra necesaria», sostuvo el intendente Jorge Macri.\n\n"
            "La exministra Patricia Bullrich, a la que el intendente describió como "
            "«una aliada», no asistió al acto."
        ),
        ["Jorge Macri", "Jorge Macri"],
    ),
    (
        "a-plural-relative-is-no-name-s-panama",
        (
            "Las declaraciones que dio en Lima la presidenta del Consejo, Ana Ruiz, en las "
            "que admitió que el plan «no tiene fondos», causaron revuelo."
        ),
        ["Ana Ruiz"],
    ),
    (
        "subject-relative-keeps-the-name-chile",
        "El senador Iván Moreira, quien calificó el proyecto de «un error», votó en contra.",
        ["Iván Moreira"],
    ),
    (
        "a-closed-relative-keeps-the-subject-spain",
        "La ministra Carolina Tohá, a quien consultamos el martes, dijo que el plan es «inviable».",
        ["Carolina Tohá"],
    ),
    # --- what keeps the turn as before -------------------------------------------
    (
        "passive-who-speaks-later-keeps-the-turn-caribe",
        (
            "«Hay pruebas suficientes», dijo la fiscal Ana Peña.\n\n"
            "El empresario Carlos Medina fue liberado el martes.\n\n"
            "«Soy inocente».\n\n"
            "«Voy a limpiar mi nombre», insistió Medina."
        ),
        ["Ana Peña", "Carlos Medina", "Carlos Medina"],
    ),
    (
        "an-agent-takes-the-turn-uruguay",
        (
            "«No habrá despidos», aseguró el gerente, Luis Mora.\n\n"
            "La delegada del sindicato, Ana Gil, encabezó la protesta.\n\n"
            "«Nos mintieron durante meses»."
        ),
        ["Luis Mora", "Ana Gil"],
    ),
    (
        "no-speaker-before-the-patient-speaks-us",
        (
            "El inmigrante Juan Pérez fue liberado el lunes tras tres meses detenido.\n\n"
            "«Nunca pensé que esto me pasaría en este país»."
        ),
        ["Juan Pérez"],
    ),
    (
        "a-verb-with-a-dropped-subject-is-the-patients-peru",
        (
            "«El caso está cerrado», sostuvo el procurador Raúl Díaz.\n\n"
            "El exgerente Mario Salas fue sentenciado a seis años.\n\n"
            "«Voy a apelar», anunció."
        ),
        ["Raúl Díaz", "Mario Salas"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_speakers(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected
