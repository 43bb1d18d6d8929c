"""Sources, round 19: one entity one entry, and no one credited who said nothing.

Each case is a rule of ``docs/sources.md`` ("One source per entity", "A dropped
subject", "What it does not find"), in sentences written here, in several countries'
styles.
"""

from __future__ import annotations

import pytest

from _credit import Mentioned, mentioned

CASES: list[tuple[str, str, Mentioned]] = [
    # two role words written together: the first is the office, the second qualifies it
    (
        "office-and-its-qualifier-chile",
        (
            "El secretario general de la CUT, Raúl Andrade Soto, rechazó el reajuste. «Es "
            "una burla», dijo Andrade. Más tarde, el secretario general anunció un paro."
        ),
        [("Raúl Andrade Soto", "person", ["Andrade", "el secretario general"])],
    ),
    (
        "office-and-its-qualifier-spain",
        (
            "La consejera delegada del banco, Marta Ibáñez Ruiz, presentó las cuentas. "
            "Ibáñez aseguró que el beneficio creció. La consejera delegada explicó que "
            "habrá dividendo."
        ),
        [("Marta Ibáñez Ruiz", "person", ["Ibáñez", "La consejera delegada"])],
    ),
    (
        "office-and-its-qualifier-colombia",
        (
            "El fiscal general, Néstor Humberto Vargas, presentó la acusación. Según "
            "Vargas, hay pruebas suficientes. El fiscal general agregó que pedirá prisión."
        ),
        [("Néstor Humberto Vargas", "person", ["Vargas", "El fiscal general"])],
    ),
    (
        "office-and-its-qualifier-mexico",
        (
            "El director ejecutivo de la fundación, Tomás Herrera Lagos, denunció el "
            "recorte. El director ejecutivo advirtió que cerrarán dos sedes, mientras "
            "Herrera pidió diálogo."
        ),
        [
            (
                "Tomás Herrera Lagos",
                "person",
                [
                    "El director ejecutivo de la fundación, Tomás Herrera Lagos",
                    "El director ejecutivo",
                    "Herrera",
                ],
            )
        ],
    ),
    # the acronym of the institution in a repeated role
    (
        "role-repeated-with-the-acronym-mexico",
        (
            "“Hay camas suficientes”, explicó Mario Pineda, coordinador del Sistema "
            "Estatal de Emergencias Sanitarias (SEES). Más tarde, la ocupación subió.\n\n“Aún "
            "no llegamos a ese punto”, señaló el coordinador del SEES."
        ),
        [("Mario Pineda", "person", ["Mario Pineda", "el coordinador del SEES"])],
    ),
    (
        "role-repeated-with-the-acronym-chile",
        (
            "«La recaudación subió», afirmó Ana Rojas, directora del Servicio de Impuestos "
            "Internos (SII), en la comisión. Luego, la directora del SII explicó los cambios."
        ),
        [("Ana Rojas", "person", ["Ana Rojas", "la directora del SII"])],
    ),
    (
        "role-of-another-institution-stays-apart-peru",
        (
            "«La recaudación subió», afirmó Ana Rojas, directora del Servicio de Impuestos "
            "Internos (SII), en la comisión. Luego, la directora del BCR explicó los cambios."
        ),
        [
            ("Ana Rojas", "person", ["Ana Rojas"]),
            ("la directora del BCR", "person", ["la directora del BCR"]),
        ],
    ),
    # a role followed by a party's adjective or a region's demonym: an epithet
    (
        "role-and-regional-demonym-argentina",
        (
            "El gobernador Axel Kicillof se reunió con intendentes. Luego, el mandatario "
            "bonaerense aseguró que habrá fondos. Kicillof dijo que el plan empieza en marzo."
        ),
        [("Axel Kicillof", "person", ["el mandatario bonaerense", "Kicillof"])],
    ),
    (
        "role-and-party-adjective-spain",
        (
            "La concejal Carmen Ruiz visitó el barrio ayer. «No hay dinero para nada», "
            "aseveró la concejal popular."
        ),
        [("Carmen Ruiz", "person", ["la concejal popular"])],
    ),
    (
        "role-and-city-demonym-mexico",
        (
            "La alcaldesa Clara Brugada recorrió la zona. «Habrá apoyos», afirmó la "
            "mandataria capitalina."
        ),
        [("Clara Brugada", "person", ["la mandataria capitalina"])],
    ),
    # a surname with its particle, read as an institution's, that ends a person's name
    (
        "particle-surname-of-a-named-judge-paraguay",
        (
            "El tribunal estaba formado por María Teresa Gómez de la Vega, Julio Ramos y "
            "Ana Sosa. «El acusado no probó nada», sostuvo Gómez de la Vega."
        ),
        [("María Teresa Gómez de la Vega", "person", ["Gómez de la Vega"])],
    ),
    (
        "particle-surname-of-a-named-judge-argentina",
        (
            "El pleno lo integraron los jueces Carlos Alberto Ruiz del Campo y Ana Paz. "
            "«No hubo dolo», afirmó Ruiz del Campo al leer el fallo."
        ),
        [("Carlos Alberto Ruiz del Campo", "person", ["Ruiz del Campo"])],
    ),
    (
        "particle-surname-never-written-in-full",
        "Según Ortiz de Zárate, el plazo vence el lunes.",
        [("Ortiz de Zárate", "organization", ["Ortiz de Zárate"])],
    ),
    # a name with a particle and an unknown given name, a person's role apposed to it
    (
        "particle-name-with-an-apposed-role-venezuela",
        (
            "Los destrozos fueron graves. Yumelis Paredes de Rosales, alcaldesa del "
            "municipio, llegó para ver los daños y exigió a la Fiscalía investigar. La "
            "culpa es del ministro Pedro Ruiz, a juicio de Paredes. La alcaldesa aclaró "
            "que no tiene fondos."
        ),
        [
            (
                "Yumelis Paredes de Rosales",
                "person",
                ["Yumelis Paredes de Rosales", "Paredes", "La alcaldesa"],
            )
        ],
    ),
    (
        "particle-name-with-an-apposed-role-colombia",
        (
            "Wilmer Castaño del Valle, gerente de la cooperativa, denunció el robo. «Se "
            "llevaron todo», dijo Castaño del Valle."
        ),
        [("Wilmer Castaño del Valle", "person", ["Wilmer Castaño del Valle", "Castaño del Valle"])],
    ),
    (
        "institution-with-an-apposed-role-stays-one-chile",
        "Según la Federación de Comercio, vocera del gremio, las ventas cayeron.",
        [("Federación de Comercio", "organization", ["la Federación de Comercio"])],
    ),
    # the participle of a verb that reports only after a quotation is an act
    (
        "perfect-of-an-after-quote-verb-spain",
        "El Banco Sabadell ha cerrado el ejercicio con unas pérdidas de 200 millones.",
        [],
    ),
    (
        "perfect-of-an-after-quote-verb-mexico",
        "La alcaldesa ha lanzado un programa de becas para jóvenes de la colonia.",
        [],
    ),
    (
        "perfect-of-an-after-quote-verb-before-que-reports-chile",
        "El ministro Pedro Ruiz ha defendido que la reforma es justa.",
        [("Pedro Ruiz", "person", ["El ministro Pedro Ruiz"])],
    ),
    (
        "after-quote-verb-after-a-quotation-reports-argentina",
        "«No vamos a ceder», ha cerrado la ministra.",
        [("la ministra", "person", ["la ministra"])],
    ),
    # a station's channel number ends an outlet's name
    (
        "channel-number-before-a-comma-us",
        "Según Telemundo 52, la renta subió un 8 % en el condado.",
        [("Telemundo 52", "media", ["Telemundo 52"])],
    ),
    (
        "channel-number-of-an-outlet-that-asked-us",
        "Expertos consultados por ABC 7 advirtieron que faltan viviendas en la ciudad.",
        [
            ("Expertos consultados por ABC 7", "person", ["Expertos consultados por ABC 7"]),
            ("ABC 7", "media", ["ABC 7"]),
        ],
    ),
    (
        "channel-number-closing-the-sentence-us",
        "La renta subió 8 % este año, según NBC 4.",
        [("NBC 4", "media", ["NBC 4"])],
    ),
    (
        "a-number-before-a-noun-counts-colombia",
        "Según El Tiempo 40 personas murieron en el derrumbe.",
        [("El Tiempo", "media", ["El Tiempo"])],
    ),
    # "muestra de": the noun, a sign, not the verb of a study
    (
        "a-sign-of-mourning-peru",
        (
            "Al amanecer los alumnos dejaron flores junto al portón del colegio como muestra "
            "de duelo por el profesor fallecido."
        ),
        [],
    ),
    (
        "a-sign-of-support-mexico",
        "Los vecinos encendieron velas en muestra de apoyo, según el párroco Juan Díaz.",
        [("Juan Díaz", "person", ["el párroco Juan Díaz"])],
    ),
    (
        "a-survey-shows-that-chile",
        "La encuesta muestra que el 40 % rechaza la reforma.",
        [("La encuesta", "document", ["La encuesta"])],
    ),
    # the neuter "lo" of a court's branch links its name
    (
        "court-branch-spain",
        (
            "La Sala de lo Penal del Tribunal Supremo ha confirmado la condena, según "
            "informó el tribunal."
        ),
        [
            (
                "Sala de lo Penal del Tribunal Supremo",
                "organization",
                ["La Sala de lo Penal del Tribunal Supremo"],
            ),
            ("el tribunal", "organization", ["el tribunal"]),
        ],
    ),
    (
        "court-branch-with-a-hyphen-spain",
        (
            "La multa fue legal, según la Sala de lo Contencioso-Administrativo, que "
            "rechazó el recurso de la empresa."
        ),
        [
            (
                "Sala de lo Contencioso-Administrativo",
                "organization",
                ["la Sala de lo Contencioso-Administrativo"],
            )
        ],
    ),
    (
        "labour-court-spain",
        "Según el Juzgado de lo Social número 3 de Madrid, el despido fue nulo.",
        [("Juzgado de lo Social", "organization", ["el Juzgado de lo Social"])],
    ),
    # a disease informs no one
    (
        "a-disease-us",
        (
            "Los científicos reclamaron más fondos durante años, hasta que la COVID-19 dejó "
            "claro lo débil que era el sistema."
        ),
        [("Los científicos", "person", ["Los científicos"])],
    ),
    (
        "a-virus-beside-an-expert-chile",
        "El SARS-CoV-2 mostró que el sistema es frágil, dijo la infectóloga Ana Paz.",
        [("Ana Paz", "person", ["la infectóloga Ana Paz"])],
    ),
    (
        "an-airline-is-no-disease-mexico",
        "Según Delta, los vuelos a Cancún siguen en pie.",
        [("Delta", "person", ["Delta"])],
    ),
    # half of a plural abbreviation ("EE. UU.") names no one
    (
        "spaced-plural-abbreviation-us",
        "Según EE. UU., el acuerdo sigue vigente.",
        [],
    ),
    (
        "description-after-a-spaced-abbreviation-us",
        "En EE. UU. la renta subió. Según la firma inmobiliaria, faltan casas.",
        [("la firma inmobiliaria", "organization", ["la firma inmobiliaria"])],
    ),
    (
        "an-acronym-is-a-name-spain",
        "Según la ONU, los casos bajaron.",
        [("ONU", "organization", ["la ONU"])],
    ),
    # a pair of people the article names is two sources, whatever credits them
    (
        "a-surname-and-a-full-name-us",
        (
            "El cardiólogo Eric Morales dijo que falta tiempo. Morales y Dennis Walker, "
            "inmunólogo de la Universidad de Chicago, hicieron un llamado a crear la vacuna "
            "el lunes."
        ),
        [
            # "cardiólogo" is a role word: the mention holds it, as "El médico Eric Morales"
            ("Eric Morales", "person", ["El cardiólogo Eric Morales", "Morales"]),
            ("Dennis Walker", "person", ["Dennis Walker"]),
        ],
    ),
    (
        "a-firm-of-a-surname-stays-one-chile",
        "Pérez y Compañía anunció un alza, dijo Ana Pérez Soto.",
        [
            ("Pérez y Compañía", "organization", ["Pérez y Compañía"]),
            ("Ana Pérez Soto", "person", ["Ana Pérez Soto"]),
        ],
    ),
    # a dropped subject is never read from inside a quotation
    (
        "dropped-subject-not-from-a-quotation-peru",
        (
            "El concejal Luis Quispe Paredes habló ayer. Quispe criticó al gerente Pedro "
            "Vargas por las demoras. “Primero dice una cosa, luego asegura otra, pero no "
            "presenta papeles”, reclamó.\nAseguró que la Contraloría todavía no ha "
            "revisado las obras."
        ),
        [("Luis Quispe Paredes", "person", ["Quispe"])],
    ),
    # a verb opening its sentence, capitalised, is no name
    (
        "verb-opening-its-sentence-venezuela",
        (
            "El dirigente vecinal Tomás Quiroga habló con la prensa. Respaldó la "
            "candidatura de Ana Ruiz a la alcaldía y aseguró que lograron un acuerdo."
        ),
        [],
    ),
    (
        "verb-opening-its-sentence-plural-argentina",
        "Los gremios marcharon al centro. Rechazaron el ajuste y advirtieron que habrá paro.",
        [],
    ),
    (
        "gerund-opening-its-sentence-uruguay",
        "Cuestionando la medida, el intendente dijo que apelará.",
        [("el intendente", "person", ["el intendente"])],
    ),
    (
        "surname-in-o-after-its-verb-stays-a-name-spain",
        "«Vamos a ganar», aseguró Miró la semana pasada.",
        [("Miró", "person", ["Miró"])],
    ),
    (
        "dropped-subject-still-from-the-sentence-before",
        "La ministra Carolina Vera visitó la zona. Aseguró que los fondos llegarán en marzo.",
        [("Carolina Vera", "person", ["La ministra Carolina Vera"])],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_credited(text: str, expected: Mentioned) -> None:
    assert expected == mentioned(text)
