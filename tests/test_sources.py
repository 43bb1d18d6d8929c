from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from noticiaparse import parse, parse_sources

Entities = list[tuple[str, str, list[str]]]


def found(text: str) -> Entities:
    return [(s.name, s.kind.value, [m.text for m in s.mentions]) for s in parse_sources(text)]


GOLDEN: list[tuple[str, str, Entities]] = [
    (
        "a-verb-of-forecasting-before-que",
        "La Cepal proyectó que la región crecerá 1,5% este año.",
        [("Cepal", "organization", ["La Cepal"])],
    ),
    (
        "segun-outlet",
        "Según El Universal, la obra se retrasará un año.",
        [("El Universal", "media", ["El Universal"])],
    ),
    (
        "de-acuerdo-con-organization",
        "De acuerdo con la Fiscalía, el detenido tenía tres causas pendientes.",
        [("Fiscalía", "organization", ["la Fiscalía"])],
    ),
    (
        "subject-of-reporting-verb",
        "El senador Rodrigo Paredes afirmó que votará en contra del proyecto.",
        [("Rodrigo Paredes", "person", ["El senador Rodrigo Paredes"])],
    ),
    (
        "verb-then-subject",
        "La medida regirá desde marzo, informó la Subsecretaría de Transportes.",
        [
            (
                "Subsecretaría de Transportes",
                "organization",
                ["la Subsecretaría de Transportes"],
            )
        ],
    ),
    (
        "agency",
        "El sismo no dejó víctimas, informó la agencia EFE.",
        [("EFE", "media", ["la agencia EFE"])],
    ),
    (
        "anonymous",
        "Según fuentes cercanas a la negociación, el acuerdo se firmará el lunes.",
        [
            (
                "fuentes cercanas a la negociación",
                "anonymous",
                ["fuentes cercanas a la negociación"],
            )
        ],
    ),
    (
        "document",
        "Un informe de la Contraloría advirtió que faltan rendiciones de gastos.",
        [("Un informe de la Contraloría", "document", ["Un informe de la Contraloría"])],
    ),
    (
        "participle-por",
        "La cifra fue confirmada por el Ministerio de Salud durante la tarde.",
        [("Ministerio de Salud", "organization", ["el Ministerio de Salud"])],
    ),
    (
        "el-diario-is-the-last-newspaper",
        "Según La Nación, la reunión fue tensa y, de acuerdo con el diario, terminó a gritos.",
        [("La Nación", "media", ["La Nación", "el diario"])],
    ),
    (
        "surname-joins-full-name",
        "La ministra Carolina Vera explicó el plan. Luego Vera detalló los plazos.",
        [("Carolina Vera", "person", ["La ministra Carolina Vera", "Vera"])],
    ),
    (
        "role-joins-linked-name",
        (
            "El vocero Marcelo Ríos dijo que habrá anuncios. Más tarde, el vocero aseguró que "
            "no hay fecha."
        ),
        [("Marcelo Ríos", "person", ["El vocero Marcelo Ríos", "el vocero"])],
    ),
    (
        "relative-quien-is-not-a-source",
        "La alcaldesa Paula Soto, quien asumió en junio, anunció nuevas ciclovías.",
        [("Paula Soto", "person", ["La alcaldesa Paula Soto"])],
    ),
    (
        "media-given-the-words",
        "Desde Carabineros confirmaron a Cooperativa que hubo tres detenidos.",
        [
            ("Carabineros", "organization", ["Carabineros"]),
            ("Cooperativa", "media", ["Cooperativa"]),
        ],
    ),
    (
        "two-names-together",
        "Las críticas fueron expuestas por Matthei y Kast durante el foro.",
        [("Matthei", "person", ["Matthei"]), ("Kast", "person", ["Kast"])],
    ),
    (
        "coordinated-verb-shares-the-subject",
        "SANTIAGO (EFE) — El ministro Jorge Vial defendió el plan y aseguró que no habrá alzas.",
        [("Jorge Vial", "person", ["El ministro Jorge Vial"])],
    ),
    (
        "aside-between-commas",
        "La CUT, en tanto, anunció un paro nacional para el jueves.",
        [("CUT", "organization", ["La CUT"])],
    ),
    (
        "parenthetical-before-verb",
        "El diputado Germán Soto (PS) dijo que votará a favor.",
        [("Germán Soto", "person", ["El diputado Germán Soto"])],
    ),
    (
        "document-anaphora",
        (
            "Según un estudio de la Universidad de Concepción, el lago perdió un tercio de su "
            "caudal. El documento advierte que la sequía seguirá."
        ),
        [
            (
                "un estudio de la Universidad de Concepción",
                "document",
                ["un estudio de la Universidad de Concepción", "El documento"],
            )
        ],
    ),
    (
        "words-given-to-an-outlet",
        "El alcalde Raúl Vera ha dicho a la Radio Cooperativa que no renunciará.",
        [
            ("Raúl Vera", "person", ["El alcalde Raúl Vera"]),
            ("Radio Cooperativa", "media", ["Radio Cooperativa"]),
        ],
    ),
    (
        "quote-speaker-is-a-source",
        "«No bajaremos los brazos», dijo la dirigenta Teresa Lagos.",
        [("Teresa Lagos", "person", ["la dirigenta Teresa Lagos"])],
    ),
    (
        "carried-quote-adds-no-mention",
        (
            "La ministra Ana Rojas dijo que «no vamos a retroceder».\n\n"
            "«Vamos a seguir con el plan hasta el final de este año»."
        ),
        [("Ana Rojas", "person", ["La ministra Ana Rojas"])],
    ),
    (
        "dash-dialogue-carried",
        (
            "—No es así —dijo el ministro Felipe Ortiz.\n"
            "—Vamos a revisar cada caso y a conversar con todos."
        ),
        [("Felipe Ortiz", "person", ["el ministro Felipe Ortiz"])],
    ),
    (
        "speaker-after-an-adverbial",
        "«Fue un año difícil», dijo en su oportunidad el ministro Felipe Ortiz.",
        [("Felipe Ortiz", "person", ["el ministro Felipe Ortiz"])],
    ),
    (
        "document-that-speaks-is-a-source",
        "«Fue un año difícil», señaló el informe.",
        [("el informe", "document", ["el informe"])],
    ),
    # a share of a group speaks for the group: one source, the group, with each share
    (
        "share-percent-sign",
        "El 64% de los encuestados aseguró que no votará. Los encuestados pidieron cambios.",
        [("los encuestados", "person", ["El 64% de los encuestados", "Los encuestados"])],
    ),
    (
        "share-spaced-percent-after-segun",
        "Según un 38 % de los consultados, el transporte empeoró en Rosario.",
        [("los consultados", "person", ["un 38 % de los consultados"])],
    ),
    (
        "share-por-ciento-decimal-comma",
        "El 52,7 por ciento de los votantes opinó que la reforma llega tarde.",
        [("los votantes", "person", ["El 52,7 por ciento de los votantes"])],
    ),
    (
        "share-after-the-verb",
        "La medida es injusta, respondió el 80% de los entrevistados en Guadalajara.",
        [("los entrevistados", "person", ["el 80% de los entrevistados"])],
    ),
    (
        "share-of-organisations",
        "Un 15% de las empresas afirmó que contratará personal en 2025.",
        [("las empresas", "organization", ["Un 15% de las empresas"])],
    ),
    (
        "epicene-role-joins-a-man",
        "El ministro Tomás Rivas llegó a Lima. La autoridad explicó que el plan sigue.",
        [("Tomás Rivas", "person", ["La autoridad"])],
    ),
    # a portfolio listed with commas is one complement, never a person
    (
        "portfolio-in-an-appositive",
        "Marta Ríos, secretaria de Obras, Vivienda y Transporte, sostuvo que la obra avanza.",
        [("Marta Ríos", "person", ["Marta Ríos"])],
    ),
    (
        "portfolio-of-a-ministry-is-no-subject",
        (
            "La agencia, dependiente del Ministerio de Ciencia, Tecnología e Innovación, "
            "considera nuevos fondos."
        ),
        [],
    ),
    (
        "portfolio-before-the-name-peru",
        "El ministro de Transportes, Comunicaciones y Vivienda, Raúl Paz, afirmó que habrá obras.",
        [("Raúl Paz", "person", ["Raúl Paz"])],
    ),
    # an outlet described before its name: the name is the outlet's, known or not
    (
        "described-outlet-after-the-verb",
        "«Fue un penal claro», informó la señal deportiva Canal Nueve, que mostró la jugada.",
        [("Canal Nueve", "media", ["la señal deportiva Canal Nueve"])],
    ),
    (
        "described-outlet-after-segun",
        "Según el periódico británico The Guardian, el acuerdo con Bruselas está cerca.",
        [("The Guardian", "media", ["el periódico británico The Guardian"])],
    ),
    (
        "described-outlet-two-adjectives",
        "La cadena pública colombiana Señal Andina reportó que el paro terminó.",
        [("Señal Andina", "media", ["La cadena pública colombiana Señal Andina"])],
    ),
    # an aside opened by a preposition between the subject and its verb is stepped over
    (
        "prepositional-aside-latter",
        "Lo denunció la ONU. Esta última, en su informe anual, indicó que hubo abusos.",
        [("ONU", "organization", ["la ONU", "Esta última"])],
    ),
    (
        "prepositional-aside-party",
        "Juan Pérez, de la UDI, dijo que no hay acuerdo.",
        [("Juan Pérez", "person", ["Juan Pérez"])],
    ),
    (
        "prepositional-aside-radio",
        "La ministra Ana Rojas, en conversación con una radio local, aseguró que habrá cambios.",
        [("Ana Rojas", "person", ["La ministra Ana Rojas"])],
    ),
    # a credit line: "Fuente:"/"Fuentes:" at a sentence's or line's start
    (
        "credit-line-organisation",
        "El desempleo llegó a 7,9% en el trimestre. Fuente: Instituto Nacional de Estadística.",
        [
            (
                "Instituto Nacional de Estadística",
                "organization",
                ["Instituto Nacional de Estadística"],
            )
        ],
    ),
    (
        "credit-line-list-on-its-own-line",
        "Las exportaciones crecieron un 3%.\nFuentes: Banco Central, Cepal, Banco Mundial",
        [
            ("Banco Central", "organization", ["Banco Central"]),
            ("Cepal", "organization", ["Cepal"]),
            ("Banco Mundial", "organization", ["Banco Mundial"]),
        ],
    ),
    (
        "credit-line-agency",
        "El gobierno peruano decretó la emergencia en Piura. Fuente: Europa Press",
        [("Europa Press", "media", ["Europa Press"])],
    ),
    (
        "credit-line-site-by-its-address",
        "La final se jugará en Montevideo. Fuente: Infobae.com",
        [("Infobae.com", "media", ["Infobae.com"])],
    ),
    (
        "fuentes-with-a-colon-mid-sentence-is-no-credit",
        "La obra se pagará con dos fuentes: el Fondo Nacional y préstamos.",
        [],
    ),
    (
        "share-of-things-is-no-source",
        "Subió un 5% de los precios, dijo el ministro Soto.",
        [("el ministro Soto", "person", ["el ministro Soto"])],
    ),
    # a number inside a known outlet's name
    (
        "outlet-name-with-a-number-argentina",
        "Según Página 12, la medida fue recibida con cautela.",
        [("Página 12", "media", ["Página 12"])],
    ),
    (
        "outlet-name-with-a-number-chile",
        "«Vamos a ganar», dijo a Canal 13 la candidata Rosa Luna.",
        [
            ("Canal 13", "media", ["Canal 13"]),
            ("Rosa Luna", "person", ["la candidata Rosa Luna"]),
        ],
    ),
    # the channel the words were given to, then the subject
    (
        "channel-then-subject-argentina",
        (
            "«No hay fondos», sostuvo en diálogo con Radio Mitre Mañana Informativa el "
            "economista Pablo Díaz."
        ),
        # the interviewer's outlet asked: the interviewee speaks
        [("Pablo Díaz", "person", ["el economista Pablo Díaz"])],
    ),
    (
        "channel-then-subject-spain",
        "«La economía crece», aseguró en declaraciones a la Cadena SER el ministro Carlos Cuerpo.",
        # the outlet the statements were given to is their channel, no source
        [("Carlos Cuerpo", "person", ["el ministro Carlos Cuerpo"])],
    ),
    # an anonymous source ends before the medium it spoke to
    (
        "anonymous-to-this-newspaper",
        "«No hay recursos», dijeron fuentes oficiales a este diario.",
        [("fuentes oficiales", "anonymous", ["fuentes oficiales"])],
    ),
    (
        "anonymous-to-a-named-outlet-spain",
        "«No hay recursos», dijeron fuentes oficiales al diario El País.",
        [
            ("fuentes oficiales", "anonymous", ["fuentes oficiales"]),
            ("El País", "media", ["El País"]),  # the words were given to it
        ],
    ),
    (
        "anonymous-close-to-an-inquiry-keeps-its-complement",
        "Fuentes cercanas a la investigación dijeron que hubo errores.",
        [
            (
                "Fuentes cercanas a la investigación",
                "anonymous",
                ["Fuentes cercanas a la investigación"],
            )
        ],
    ),
    # a capitalised medium's noun opens a name: an outlet's, but an agency may be a state's
    (
        "newspaper-name-not-in-the-table-argentina",
        "Según El Diario de Cuyo, el consumo de gas bajó.",
        [("El Diario de Cuyo", "media", ["El Diario de Cuyo"])],
    ),
    (
        "radio-name-not-in-the-table-chile",
        "Según Radio Universidad de Chile, hubo cortes de luz.",
        [("Radio Universidad de Chile", "media", ["Radio Universidad de Chile"])],
    ),
    (
        "government-agency-spain",
        "Según la Agencia Andaluza de la Energía, el consumo bajó.",
        [
            (
                "Agencia Andaluza de la Energía",
                "organization",
                ["la Agencia Andaluza de la Energía"],
            )
        ],
    ),
    (
        "an-interrogative-is-no-name",
        "¿Quiénes son los migrantes que promete deportar el nuevo gobierno?",
        [],
    ),
    # a relative clause on a thing: the phrase after the verb is its subject
    (
        "relative-on-figures-document-chile",
        "Bajaron los robos, son los números que arrojó el informe mensual de la fiscalía.",
        [
            (
                "el informe mensual de la fiscalía",
                "document",
                ["el informe mensual de la fiscalía"],
            )
        ],
    ),
    (
        "relative-on-lo-peru",
        "La inflación llegó a 4%, según lo que informó el Banco Central de Reserva.",
        [("Banco Central de Reserva", "organization", ["el Banco Central de Reserva"])],
    ),
    (
        "relative-on-data-mexico",
        "Los datos que entregó la Secretaría de Salud muestran una baja en los contagios.",
        [("Secretaría de Salud", "organization", ["la Secretaría de Salud"])],
    ),
    (
        "relative-on-a-person-is-the-subject",
        "El ministro que presentó el informe renunció ayer.",
        [],
    ),
    # a verb cue before a document: the document is what was made known, the subject speaks
    (
        "made-known-figures-chile",
        "El ministro de Salud dio a conocer las cifras de vacunación de la semana.",
        [("El ministro de Salud", "person", ["El ministro de Salud"])],
    ),
    (
        "revealed-report-mexico",
        "La alcaldesa Rosa Paz reveló el informe de la Contraloría sobre el municipio.",
        [("Rosa Paz", "person", ["La alcaldesa Rosa Paz"])],
    ),
    (
        "echo-keeps-the-document-as-subject",
        "El desempleo bajó. Así lo informó el reporte del Instituto Nacional de Estadística.",
        [
            (
                "el reporte del Instituto Nacional de Estadística",
                "document",
                ["el reporte del Instituto Nacional de Estadística"],
            )
        ],
    ),
    # an adjective between a determiner and its head; a document's own name
    (
        "latest-poll-with-its-name-chile",
        "La alcaldesa tiene un 34% de apoyo, de acuerdo con la última encuesta Criteria.",
        [("la última encuesta Criteria", "document", ["la última encuesta Criteria"])],
    ),
    (
        "report-with-its-name-regional",
        "Según el informe Latinobarómetro 2023, la confianza en los partidos cayó.",
        [("el informe Latinobarómetro 2023", "document", ["el informe Latinobarómetro 2023"])],
    ),
    (
        "the-president-himself-bolivia",
        "«No hay plata», aseguró el propio presidente Luis Arce.",
        [("Luis Arce", "person", ["el propio presidente Luis Arce"])],
    ),
    (
        "este-ultimo-is-still-the-latter",
        "La ministra Ana Ruiz habló. Este último dijo que no.",
        [("Ana Ruiz", "person", ["Este último"])],
    ),
    (
        "several-international-bodies-as-agent",
        "Los abusos fueron criticados por diversos organismos internacionales.",
        [
            (
                "diversos organismos internacionales",
                "organization",
                ["diversos organismos internacionales"],
            )
        ],
    ),
    # the members a group source lists after it; an acronym in brackets is an institution's
    (
        "members-of-a-group-of-bodies",
        (
            "Los abusos fueron criticados por diversos organismos internacionales, como "
            "Amnistía Internacional (AI) y la Comisión Interamericana de Derechos Humanos."
        ),
        [
            (
                "diversos organismos internacionales",
                "organization",
                ["diversos organismos internacionales"],
            ),
            ("Amnistía Internacional", "organization", ["Amnistía Internacional"]),
            (
                "Comisión Interamericana de Derechos Humanos",
                "organization",
                ["la Comisión Interamericana de Derechos Humanos"],
            ),
        ],
    ),
    (
        "members-of-a-group-of-firms-entre-ellas",
        "Según varias consultoras, entre ellas Deloitte, KPMG y Ernst Young, la economía crecerá.",
        [
            ("varias consultoras", "organization", ["varias consultoras"]),
            ("Deloitte", "organization", ["Deloitte"]),
            ("KPMG", "organization", ["KPMG"]),
            ("Ernst Young", "organization", ["Ernst Young"]),
        ],
    ),
    (
        "members-of-a-group-of-people",
        "La medida fue criticada por varios dirigentes, entre ellos Ana Soto y Pedro Mena.",
        [
            ("varios dirigentes", "person", ["varios dirigentes"]),
            ("Ana Soto", "person", ["Ana Soto"]),
            ("Pedro Mena", "person", ["Pedro Mena"]),
        ],
    ),
    (
        "acronym-makes-an-institution",
        "Según Human Rights Watch (HRW), hubo abusos. HRW pidió una investigación.",
        [("Human Rights Watch", "organization", ["Human Rights Watch", "HRW"])],
    ),
    (
        "como-after-a-group-that-lists-nobody",
        "Según los expertos, como dice el refrán, no hay mal que dure cien años.",
        [("los expertos", "person", ["los expertos"])],
    ),
    # an organisation described by its kind, and the body that speaks for it
    (
        "one-word-company-described-in-apposition",
        (
            "La mayor aerolínea de Sudamérica, Sudair, ganó 190 millones. Sudair capeó bien "
            "el año. «Volamos más que nunca», destaca la dirección de la aerolínea en una nota."
        ),
        [("Sudair", "organization", ["la dirección de la aerolínea"])],
    ),
    (
        "body-of-a-named-company",
        "«Las ventas cayeron», dijo la gerencia de Codelco en un comunicado.",
        [("Codelco", "organization", ["la gerencia de Codelco"])],
    ),
    (
        "org-noun-joins-the-one-it-described",
        (
            "La minera Cobre Sur pidió permisos. La aseguradora Protege rechazó el pago. "
            "«Vamos a demandar», anunció la minera."
        ),
        [("Cobre Sur", "organization", ["La minera Cobre Sur", "la minera"])],
    ),
    (
        "body-of-an-unnamed-place-names-no-one",
        "La dirección del hospital informó que «no hay camas».",
        [],
    ),
    # the media as a group, and a group named again with fewer words
    (
        "media-group-italy-style",
        (
            "El penal fue, según los medios italianos, «evitable». Los medios también "
            "criticaron al técnico."
        ),
        [("los medios italianos", "media", ["los medios italianos", "Los medios"])],
    ),
    (
        "media-group-chile",
        "Las cadenas locales informaron del sismo. Según las cadenas, no hubo víctimas.",
        [("Las cadenas locales", "media", ["Las cadenas locales", "las cadenas"])],
    ),
    (
        "people-group-named-again",
        "Los vecinos de Aysén advirtieron que marcharán. Luego los vecinos dijeron que no cederán.",
        [("Los vecinos de Aysén", "person", ["Los vecinos de Aysén", "los vecinos"])],
    ),
    (
        "a-capitalised-country-is-no-demonym",
        (
            "La selección argentina ganó. Argentina juega el martes, informó la Asociación "
            "del Fútbol Argentino."
        ),
        [
            (
                "Asociación del Fútbol Argentino",
                "organization",
                ["la Asociación del Fútbol Argentino"],
            )
        ],
    ),
    # a document's maker after "elaborado por" is a source; a quoted title is its name
    (
        "report-with-its-title-and-maker",
        (
            'El 5G crecerá, según predice el reporte "Panorama Minero 2030" elaborado por '
            "la empresa Huawei."
        ),
        [
            (
                'el reporte "Panorama Minero 2030"',
                "document",
                ['el reporte "Panorama Minero 2030"'],
            ),
            ("Huawei", "organization", ["la empresa Huawei"]),
        ],
    ),
    (
        "study-made-by-a-university-colombia",
        "Un estudio realizado por la Universidad de los Andes advierte que el agua escaseará.",
        [("Universidad de los Andes", "organization", ["la Universidad de los Andes"])],
    ),
    (
        "a-dinner-is-no-document",
        "La cena fue preparada por el chef Pedro Soto.",
        [],
    ),
    # a scope after a group noun goes on it; a survey's respondents are one group
    (
        "respondents-with-a-scope-chile",
        (
            "Un 62% de los consultados a nivel nacional afirmó que la economía mejora. Además, "
            "el 30% de los encuestados dijo que ahorrará."
        ),
        [
            (
                "los consultados a nivel nacional",
                "person",
                ["Un 62% de los consultados a nivel nacional", "el 30% de los encuestados"],
            )
        ],
    ),
    (
        "respondents-under-two-names",
        (
            "Los entrevistados afirmaron que el transporte empeoró. Los encuestados también "
            "dijeron que faltan buses."
        ),
        [("Los entrevistados", "person", ["Los entrevistados", "Los encuestados"])],
    ),
    # a definite document whose author is the last document's is that document
    (
        "document-named-again-by-its-author",
        (
            "Las primas subieron un 40%. Así lo indicó un informe elaborado por Andes "
            "Corredores de Seguros. El reporte de Andes Seguros además señala que habrá alzas."
        ),
        [
            (
                "un informe elaborado por Andes Corredores de Seguros",
                "document",
                [
                    "un informe elaborado por Andes Corredores de Seguros",
                    "El reporte de Andes Seguros",
                ],
            ),
            ("Andes Corredores de Seguros", "organization", ["Andes Corredores de Seguros"]),
        ],
    ),
    (
        "document-of-another-author-is-another",
        (
            "Las primas subieron un 40%. Así lo indicó un informe elaborado por Andes "
            "Corredores de Seguros. El estudio de la Universidad de Chile señala que habrá "
            "alzas."
        ),
        [
            (
                "un informe elaborado por Andes Corredores de Seguros",
                "document",
                ["un informe elaborado por Andes Corredores de Seguros"],
            ),
            ("Andes Corredores de Seguros", "organization", ["Andes Corredores de Seguros"]),
            (
                "El estudio de la Universidad de Chile",
                "document",
                ["El estudio de la Universidad de Chile"],
            ),
        ],
    ),
    # a medium's noun right before a name: the name is an outlet's, in the table or not
    (
        "magazine-cites-an-agent",
        "La revista Rolling Stone citó a su agente, Laura Díaz, quien confirmó la gira.",
        [
            ("Rolling Stone", "media", ["La revista Rolling Stone"]),
            ("Laura Díaz", "person", ["su agente, Laura Díaz"]),
        ],
    ),
    (
        "a-medium-noun-with-no-outlet-names-no-one",
        "Según la revista, el concierto se suspendió por la lluvia.",
        [],
    ),
    (
        "newspaper-named-after-its-noun-bolivia",
        "El diario Página Siete citó fuentes del Gobierno.",
        [("Página Siete", "media", ["El diario Página Siete"])],
    ),
    # a capitalised word after a role that names nobody is the role's title, not a name
    (
        "role-title-then-name-chile",
        (
            "Las rutas siguen cortadas, informó Gobernadora Regional, Marta Quiroga Lienlaf. "
            "La Gobernadora Regional pidió paciencia."
        ),
        [
            (
                "Marta Quiroga Lienlaf",
                "person",
                ["Gobernadora Regional", "La Gobernadora Regional"],
            )
        ],
    ),
    (
        "role-title-then-name-peru",
        (
            "El Alcalde Distrital, Jorge Muñante Tello, anunció el cierre del mercado. "
            "Luego el Alcalde Distrital precisó que será por una semana."
        ),
        [("Jorge Muñante Tello", "person", ["Jorge Muñante Tello", "el Alcalde Distrital"])],
    ),
    (
        "subject-after-a-channel-after-segun",
        "Según explicaron a Clarín fuentes del Gobierno, el decreto saldrá mañana.",
        [
            ("Clarín", "media", ["Clarín"]),
            ("fuentes del Gobierno", "anonymous", ["fuentes del Gobierno"]),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [g[1:] for g in GOLDEN],
    ids=[g[0] for g in GOLDEN],
)
def test_golden(text: str, expected: Entities) -> None:
    assert expected == found(text)


KNOWN_MISSES: list[tuple[str, str, Entities, str]] = [
    (
        "a-pseudo-cleft-names-its-speaker-last",
        "El que habló primero fue Iván Mejía, director del hospital.",
        [("Iván Mejía", "person", ["Iván Mejía"])],
        'a pseudo-cleft ("El que habló fue X") is not read: the copula\'s predicate speaks',
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(m[1], m[2], marks=pytest.mark.xfail(strict=True, reason=m[3]))
        for m in KNOWN_MISSES
    ],
    ids=[m[0] for m in KNOWN_MISSES],
)
def test_known_misses(text: str, expected: Entities) -> None:
    assert expected == found(text)


def test_zero_width_space_in_a_speaker_name_gives_one_source() -> None:
    text = "«Vamos a revisar los contratos», dijo Ana Pé\u200brez."
    assert [("Ana Pérez", 1)] == [(s.name, len(s.mentions)) for s in parse_sources(text)]


def test_cues_are_reported() -> None:
    text = "Según el Banco Central, la inflación bajará, dijo el economista Luis Ruiz."
    assert [("según", "Banco Central"), ("dijo", "Luis Ruiz")] == [
        (m.cue, s.name.removeprefix("el ")) for s in parse_sources(text) for m in s.mentions
    ]


def test_mention_spans_point_at_the_input() -> None:
    text = "Intro.\r\n\r\nSegún\u00a0La Tercera, el plan fracasó."
    for source in parse_sources(text):
        for mention in source.mentions:
            assert mention.text == " ".join(text[mention.start : mention.end].split())


def test_the_publishing_outlet_is_not_its_own_source() -> None:
    text = (
        "Alcalde anuncia nuevas ciclovías | La Cuarta\n\n"
        "El alcalde Raúl Vera dijo a La Cuarta que habrá diez kilómetros más. "
        "Según El Mercurio, el plan costará poco.\n"
    )
    assert [("Raúl Vera", "person"), ("El Mercurio", "media")] == [
        (s.name, s.kind.value) for s in parse(text).sources
    ]


@pytest.mark.parametrize(
    "dateline",
    ["(Radio Sarandí) – ", "MONTEVIDEO (Radio Sarandí).- ", "(Radio Sarandí)— "],
    ids=["brackets-dash", "city-brackets-stop-dash", "brackets-em-dash"],
)
def test_the_outlet_of_a_dateline_credit_is_not_its_own_source(dateline: str) -> None:
    text = (
        "El puerto abrirá en marzo\n\n"
        f"{dateline}La ministra Ana Díaz dijo en diálogo con Radio Sarandí que el puerto "
        "abrirá.\n"
    )
    assert [("Ana Díaz", "person")] == [(s.name, s.kind.value) for s in parse(text).sources]


def test_seed_sources(seed_record: dict[str, Any]) -> None:
    article = parse(seed_record["text"], country="CL")
    expected = [(s["name"], s["kind"]) for s in seed_record["gold"]["sources"]]
    assert expected == [(s.name, s.kind.value) for s in article.sources]
    (tercera,) = [s for s in article.sources if s.name == "La Tercera"]
    assert "el diario" in [m.text for m in tercera.mentions]


# --- properties -----------------------------------------------------------------------

_FIRST = st.sampled_from(["Ana", "Pedro", "Carla", "Tomás", "Inés", "Jorge"])
_LAST = st.sampled_from(["Rojas", "Soto", "Vidal", "Ibarra", "Fuentes", "Lagos"])
_ROLES = st.sampled_from(["ministro", "vocero", "director", "alcalde", "fiscal"])
_OUTLETS = st.sampled_from(["La Tercera", "El Comercio", "Clarín", "El Tiempo", "La Jornada"])
_FILLER = st.sampled_from(
    [
        "La reunión terminó tarde.",
        "El plan se votará en marzo.",
        "Hubo protestas en la plaza.",  # "críticas de la oposición" credits the opposition
        "",
    ]
)


@given(_FIRST, _LAST, _ROLES, _FILLER)
def test_name_then_surname_and_role_is_one_entity(
    first: str, last: str, role: str, filler: str
) -> None:
    text = (
        f"El {role} {first} {last} dijo que habrá cambios. {filler} "
        f"Luego {last} aseguró que no hay plazo. Al final, el {role} explicó que se verá."
    )
    sources = parse_sources(text)
    assert [f"{first} {last}"] == [s.name for s in sources]
    assert 3 == len(sources[0].mentions)


@given(_OUTLETS, _FILLER)
def test_outlet_then_el_diario_is_one_entity(outlet: str, filler: str) -> None:
    text = f"Según {outlet}, el alza se aplicará. {filler} Así lo publicó el diario."
    assert [(outlet, "media", [outlet, "el diario"])] == found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La obra costará $350 millones, según informó el municipio.", ("el municipio", "según")),
        ("El ministerio confirmó que el plan seguirá en marcha.", ("El ministerio", "confirmó")),
        ("La fiscalía informó que hay dos detenidos.", ("La fiscalía", "informó")),
    ],
    ids=["segun-informo-el-municipio", "ministry-subject", "prosecutor-subject"],
)
def test_a_government_body_named_by_its_common_noun_is_an_organization(
    text: str, expected: tuple[str, str]
) -> None:
    (source,) = parse_sources(text)
    assert (expected[0], "organization", expected[1]) == (
        source.name,
        source.kind.value,
        source.mentions[0].cue,
    )


@pytest.mark.parametrize(
    "gap",
    [" ", "  ", "\u00a0", " \u00a0 ", "   "],
    ids=["one-space", "two-spaces", "nbsp", "mixed", "three-spaces"],
)
def test_a_source_cited_inside_a_quotation_whatever_the_spacing(gap: str) -> None:
    # the speaker's own "según X" credits X too, however the scraper spaced it
    text = f"«Según{gap}La Tercera, el plan fracasó», dijo Ana Rojas."
    assert [("La Tercera", "media"), ("Ana Rojas", "person")] == [
        (s.name, s.kind.value) for s in parse_sources(text)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "«Le dije al ministro que no», contó Rosa Paz.",
        "“El alcalde afirmó que habrá agua”, recordó Rosa Paz.",
        "Rosa Paz aseguró: «Mi vecino Pedro Soto declaró lo mismo».",
    ],
    ids=["clitic-verb", "named-subject", "verb-before"],
)
def test_a_reporting_verb_inside_a_quotation_credits_no_one(text: str) -> None:
    assert ["Rosa Paz"] == [s.name for s in parse_sources(text)]


CREDITS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "relative-quien-antecedent",
        "La revista citó a su agente Tomás Ferrer, quien informó que el cantante se retira.",
        [("Tomás Ferrer", "person")],
    ),
    (
        "relative-quien-after-role",
        "Habló la alcaldesa de Puyehue, María Núñez, quien destacó el trabajo del equipo.",
        [("María Núñez", "person")],
    ),
    (
        "outlet-after-the-subject",
        "«Vamos a competir», afirmó el dirigente Jorge Vera a La Tercera.",
        [("Jorge Vera", "person"), ("La Tercera", "media")],
    ),
    (
        "outlet-spoken-in",
        "El infectólogo Juan Said afirmó en CNN Chile que aún no se ven los efectos.",
        [("Juan Said", "person"), ("CNN Chile", "media")],
    ),
    (
        "portfolio-with-y-is-no-person",
        "El ministro de Economía, Fomento y Turismo, Tomás Aravena, dijo que habrá ayudas.",
        [("Tomás Aravena", "person")],
    ),
    (
        "particles-von-der",
        "«Europa debe actuar unida», dijo Ursula von der Leyen en Bruselas.",
        [("Ursula von der Leyen", "person")],
    ),
    (
        "particles-bin-al",
        "El rey Hamad bin Isa al Khalifa afirmó que habrá diálogo con la oposición.",
        [("Hamad bin Isa al Khalifa", "person")],
    ),
    (
        "foreign-name-with-diacritics",
        "La secretaria general Marija Pejčinović Burić señaló que el informe es grave.",
        [("Marija Pejčinović Burić", "person")],
    ),
    (
        "acronym-after-expansion",
        (
            "Según la Organización para la Cooperación y el Desarrollo Económicos (OCDE), la "
            "economía crecerá. La OCDE advirtió además que la inflación sigue alta."
        ),
        [("Organización para la Cooperación y el Desarrollo Económicos", "organization")],
    ),
    (
        "acronym-after-expansion-fmi",
        (
            "El Fondo Monetario Internacional (FMI) afirmó que habrá crecimiento. "
            "El FMI dijo también que la deuda preocupa."
        ),
        [("Fondo Monetario Internacional", "organization")],
    ),
    ("pronoun-is-no-source", "Esto indica que la economía crece más de lo previsto.", []),
    ("neuter-pronoun-is-no-source", "Ello demuestra que el plan funciona en el norte.", []),
    (
        "pronoun-echo-then-subject",
        "Eso dijo el alcalde Tomás Vodanovic en la radio.",
        [("Tomás Vodanovic", "person")],
    ),
    (
        "participle-opening-is-no-source",
        "Consultado sobre el tema, el senador Iván Moreira dijo que no.",
        [("Iván Moreira", "person")],
    ),
    (
        "former-holder-role",
        (
            "El excanciller Heraldo Muñoz viajó a Lima. Luego, el excanciller dijo que la "
            "relación es buena."
        ),
        [("Heraldo Muñoz", "person")],
    ),
    (
        "capitalised-role-with-adjective-resolves",
        (
            "La Gobernadora Provincial, Paula Cifuentes, visitó la comuna. La Gobernadora "
            "Provincial recalcó que hay más contagios."
        ),
        [("Paula Cifuentes", "person")],
    ),
    (
        "role-resolves-to-the-named-person",
        (
            "Clara Lazcano, alcaldesa de Chaitén, recorrió la zona. Más tarde la alcaldesa "
            "de Chaitén aseguró que faltan recursos."
        ),
        [("Clara Lazcano", "person")],
    ),
    (
        "organisation-anaphora",
        "La minera Andes Cobre informó pérdidas. La compañía explicó que el precio cayó.",
        [("Andes Cobre", "organization")],
    ),
    (
        "organisation-anaphora-after-acronym",
        (
            "El Fondo Monetario Internacional (FMI) advirtió riesgos. El organismo afirmó "
            "que la deuda preocupa."
        ),
        [("Fondo Monetario Internacional", "organization")],
    ),
    (
        "organisation-named-by-its-kind",
        "«Fue un buen año», subraya la aerolínea Sudair en su memoria anual.",
        [("Sudair", "organization")],
    ),
    (
        "group-after-the-verb",
        "«No hay seguridad en el barrio», dijeron los manifestantes.",
        [("los manifestantes", "person")],
    ),
    (
        "group-of-the-asked",
        "Los encuestados afirmaron que la economía empeora.",
        [("Los encuestados", "person")],
    ),
    (
        "quantified-group-opening-a-sentence",
        "Algunos analistas advierten que la inflación seguirá alta.",
        [("Algunos analistas", "person")],
    ),
    (
        "anonymous-officials",
        "Fuentes oficiales confirmaron que habrá cambios en el gabinete.",
        [("Fuentes oficiales", "anonymous")],
    ),
    (
        "a-study-is-a-document",
        "Un estudio de la Universidad de Basilea concluyó que el café protege.",
        [("Un estudio de la Universidad de Basilea", "document")],
    ),
    (
        "este-ultimo-is-the-last-named",
        (
            "El ministro Pablo Ortiz se reunió con la senadora Ana Rivas. Esta última "
            "aseguró que no hubo acuerdo."
        ),
        [("Ana Rivas", "person")],
    ),
    (
        "a-pair-is-two-people",
        "Según Emiliano Rolón y Arnaldo Fleitas, el club no pagó los sueldos.",
        [("Emiliano Rolón", "person"), ("Arnaldo Fleitas", "person")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in CREDITS], ids=[c[0] for c in CREDITS]
)
def test_credits(text: str, expected: list[tuple[str, str]]) -> None:
    assert expected == [(s.name, s.kind.value) for s in parse_sources(text)]
