"""Sources the reporting verbs and cues did not reach: nouns of saying, roles, outlets.

Sentences written here, one group per rule of ``docs/sources.md`` ("Nouns of saying",
"Roles of a party", "An outlet that gathered the words"), in several wordings and
countries' styles.
"""

from __future__ import annotations

import pytest

from _credit import Credited, credited

CASES: list[tuple[str, str, Credited]] = [
    # a noun of saying credits its owner after "de", "del"
    (
        "statements-of-a-minister-spain",
        "Las declaraciones de la ministra Irene Campos provocaron un aluvión de reproches.",
        [("Irene Campos", "person")],
    ),
    (
        "recent-statements-after-segun-us",
        "El programa terminará en junio, según recientes declaraciones de Mark Dalton.",
        [("Mark Dalton", "person")],
    ),
    (
        "last-statements-after-de-acuerdo-con-mexico",
        "La obra se retrasará, de acuerdo con las últimas declaraciones de Rocío Beltrán.",
        [("Rocío Beltrán", "person")],
    ),
    (
        "criticism-of-the-opposition-uruguay",
        "El discurso del intendente recibió duras críticas de la oposición.",
        [("la oposición", "organization")],
    ),
    (
        "complaint-of-the-neighbours-peru",
        "Tras la denuncia de los vecinos del jirón, la policía clausuró el local.",
        [("los vecinos del jirón", "person")],
    ),
    (
        "words-of-a-role-and-name-after-del-colombia",
        "Las palabras del gobernador Emilio Rangel cayeron mal entre los transportistas.",
        [("Emilio Rangel", "person")],
    ),
    (
        "warning-of-an-agency-chile",
        "La advertencia de la Onemi llegó tarde a las caletas del sur.",
        [("Onemi", "organization")],
    ),
    # not so: no one after "de", a bare role after "del", an owner inside a document
    (
        "a-complaint-of-a-crime-names-no-one-argentina",
        "La denuncia de robo fue presentada en la comisaría del barrio.",
        [],
    ),
    (
        "words-of-encouragement-name-no-one-caribe",
        "El técnico tuvo palabras de aliento para el equipo tras la derrota.",
        [],
    ),
    (
        "a-bare-role-after-del-is-no-name-spain",
        "En un comunicado, el ministerio rechazó las declaraciones del embajador.",
        [("el ministerio", "organization")],
    ),
    (
        "another-article-s-title-left-in-the-body-mexico",
        "Las obras comienzan en marzo.\nLa dura confesión de Daniela Ruiz [VIDEO]\n",
        [],
    ),
    (
        "an-owner-inside-a-document-ecuador",
        "«El cierre es ilegal», sostiene el pronunciamiento de la Defensoría del Pueblo.",
        [("el pronunciamiento de la Defensoría del Pueblo", "document")],
    ),
    # roles of a party to a case, a market or a call
    (
        "the-plaintiffs-chile",
        "Según los querellantes, la fiscalía demoró las diligencias.",
        [("los querellantes", "person")],
    ),
    (
        "the-organisers-after-the-verb-spain",
        "La marcha saldrá a las doce, dijeron los convocantes.",
        [("los convocantes", "person")],
    ),
    (
        "a-rating-agency-after-the-verb-mexico",
        "Las finanzas estatales se debilitarán, advirtió la calificadora Fitch.",
        [("Fitch", "organization")],
    ),
    (
        "a-member-of-a-platform-spain",
        "La miembro de la Plataforma vecinal destaca que las atracciones están a pocos metros.",
        [("La miembro de la Plataforma vecinal", "person")],
    ),
    (
        "members-of-a-committee-ecuador",
        "Según integrantes de la comisión, el informe estará listo el lunes.",
        [("integrantes de la comisión", "person")],
    ),
    # an outlet that gathered, published or revealed the words first
    (
        "remarks-gathered-by-an-outlet-spain",
        "«Os apoyaremos», ha añadido en unas palabras recogidas por el diario El Norte.",
        [("El Norte", "media")],
    ),
    (
        "a-video-published-by-a-paper-peru",
        "Un video publicado por el diario La Voz muestra el choque de los buses.",
        [("La Voz", "media")],
    ),
    (
        "information-revealed-by-a-radio-chile",
        "La información revelada por la radio Puerto Sur fue confirmada por la Armada.",
        [("Radio Puerto Sur", "media"), ("Armada", "organization")],
    ),
    (
        "figures-published-by-an-institute-stay-its-own-argentina",
        "Según datos publicados por el Indec, la pobreza bajó dos puntos.",
        [("Indec", "organization")],
    ),
    # an office written in capitals is its holder, as in lower case
    (
        "an-office-in-capitals-mexico",
        "Habrá apoyo para los damnificados, dijo la Jefa de Gobierno.",
        [("la Jefa de Gobierno", "person")],
    ),
    (
        "a-secretary-in-capitals-guatemala",
        "El Secretario de Salud de Jalapa informó que llegaron las vacunas.",
        [("El Secretario de Salud de Jalapa", "person")],
    ),
    (
        "the-named-holder-folds-it-costa-rica",
        (
            "La ministra de Salud, Ana Brenes, visitó el hospital. «Habrá apoyo», dijo la "
            "Ministra de Salud."
        ),
        [("Ana Brenes", "person")],
    ),
    (
        "a-ministry-stays-an-institution-honduras",
        "El Ministerio de Salud informó que llegaron las vacunas.",
        [("Ministerio de Salud", "organization")],
    ),
    # a document, its participle and complement, then a verb of ruling and "que"
    (
        "a-resolution-published-in-the-gazette-chile",
        "La resolución publicada en el Diario Oficial establece que el plazo vence en marzo.",
        [("La resolución publicada en el Diario Oficial", "document")],
    ),
    (
        "a-decree-sent-to-congress-colombia",
        "El decreto enviado al Congreso dispone que los peajes se congelen un año.",
        [("El decreto enviado al Congreso", "document")],
    ),
    # a plural group of judges in the frame "Para …," opening a sentence
    (
        "the-view-of-experts-spain",
        "Para los expertos, la nueva ley de vivienda llega tarde.",
        [("los expertos", "person")],
    ),
    (
        "the-view-of-consulted-economists-chile",
        "Para los economistas consultados, la inflación cederá en el segundo semestre.",
        [("los economistas consultados", "person")],
    ),
    (
        "for-whom-a-measure-is-names-no-source-argentina",
        "Para los jubilados, habrá un bono de fin de año.",
        [],
    ),
    # a name set apart from its reporting verb by a comma
    (
        "a-name-then-a-comma-and-its-verb-venezuela",
        "Hubo dudas en el foro. Hernán Ibarra Soto, destaca que la migración seguirá.",
        [("Hernán Ibarra Soto", "person")],
    ),
    (
        "after-an-opening-connective-colombia",
        "Por otra parte, Luisa Fernanda Ríos, aseguró que habrá una reforma administrativa.",
        [("Luisa Fernanda Ríos", "person")],
    ),
    (
        "a-country-alone-is-no-subject-mexico",
        "Chile, señaló que la cifra sube cada año.",
        [],
    ),
    (
        "a-preposition-opens-no-subject-argentina",
        "Tras la reunión con Pedro Soto, aseguró que la cifra sube.",
        [],
    ),
    (
        "a-rank-before-the-name-in-apposition-us",
        "En la rueda de prensa, el vocero naval, contralmirante Ian Morrow, dijo que zarpan.",
        [("Ian Morrow", "person")],
    ),
    # an impersonal reporting verb and "desde": the body the words came from
    (
        "se-informo-desde-opening-the-sentence-chile",
        "Se informó desde la Fiscalía Regional que el imputado quedó en prisión preventiva.",
        [("Fiscalía Regional", "organization")],
    ),
    (
        "after-a-comma-colombia",
        "La vía seguirá cerrada hasta el lunes, se indicó desde la Gobernación de Caldas.",
        [("Gobernación de Caldas", "organization")],
    ),
    (
        "framed-by-segun-argentina",
        "Según se informó desde el Ministerio de Seguridad, hubo cuatro detenidos.",
        [("Ministerio de Seguridad", "organization")],
    ),
    (
        "a-place-or-a-person-after-desde-is-no-body-spain",
        "Se informó desde Chile que habría fiesta. Se anunció desde el balcón que acabó.",
        [],
    ),
    # a surname that ends like a participle, after its verb, is a name
    (
        "a-surname-in-ado-after-its-verb-colombia",
        "«Gracias por todo, profe», escribió Machado en su cuenta de Instagram.",
        [("Machado", "person")],
    ),
    (
        "folded-into-the-full-name-spain",
        "El lateral Iker Hurtado se despidió. «Hasta siempre», dijo Hurtado en la radio.",
        [("Iker Hurtado", "person")],
    ),
    (
        "a-participle-opening-the-sentence-is-none-chile",
        "Consultada sobre el tema, dijo que no habrá cambios.",
        [],
    ),
    # the agent of a reporting participle past a manner adverb or whom it was told
    (
        "criticised-harshly-by-a-party-spain",
        "La misión, criticada duramente por el Partido Verde, duró apenas tres días.",
        [("Partido Verde", "organization")],
    ),
    (
        "confirmed-to-this-outlet-by-a-minister-mexico",
        "La cifra fue confirmada a este medio por la secretaria Laura Ibáñez.",
        [("Laura Ibáñez", "person")],
    ),
    (
        "published-first-by-an-outlet-argentina",
        "La noticia fue publicada primero por el diario El Litoral.",
        [("El Litoral", "media")],
    ),
    (
        "made-known-by-a-ministry-peru",
        "La lista de distritos fue dada a conocer por el Ministerio de Vivienda.",
        [("Ministerio de Vivienda", "organization")],
    ),
    (
        "an-act-on-an-object-past-an-adverb-is-no-statement-uruguay",
        "El tratado fue ratificado finalmente por la Asamblea General.",
        [],
    ),
    # the focus of a cleft sentence whose relative reports
    (
        "a-cleft-with-a-role-and-name-spain",
        "Fue la consejera Marta Gil quien anunció que el curso empezará en octubre.",
        [("Marta Gil", "person")],
    ),
    (
        "a-cleft-on-a-group-mexico",
        "Fueron los comerciantes del mercado quienes denunciaron los cobros indebidos.",
        [("los comerciantes del mercado", "person")],
    ),
    (
        "a-cleft-past-an-apposition-argentina",
        "Fue Darío Luna, director del hospital, quien confirmó que faltan camas.",
        [("Darío Luna", "person")],
    ),
    (
        "a-cleft-whose-verb-is-an-act-credits-no-one-chile",
        "Fue el intendente quien firmó el decreto de emergencia.",
        [],
    ),
    (
        "how-many-is-no-focus-colombia",
        "Son muchos los que dicen que la reforma llega tarde.",
        [],
    ),
    # the future and conditional of the common declaratives, after a quotation
    (
        "a-conditional-after-a-quotation-peru",
        "«No hay más camas», agregaría luego el doctor Rubén Salas.",
        [("Rubén Salas", "person")],
    ),
    (
        "a-verb-of-adding-after-a-quotation-venezuela",
        "«Faltan insumos básicos», complementó la enfermera Gladys Pino.",
        [("Gladys Pino", "person")],
    ),
    # what a survey or a forecast shows, before "que" only
    (
        "a-survey-reflects-chile",
        "La encuesta refleja que el 60% de los consultados rechaza el plan.",
        [("La encuesta", "document")],
    ),
    (
        "a-study-showed-spain",
        "El estudio evidenció que la mitad de los pisos turísticos carece de licencia.",
        [("El estudio", "document")],
    ),
    (
        "with-an-object-a-projection-is-an-act-mexico",
        "La productora proyectó una película en la plaza del barrio.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_recall(text: str, expected: Credited) -> None:
    assert credited(text) == expected


MISSES: list[tuple[str, str, Credited, str]] = [
    (
        "a-role-the-lexicon-lacks-after-del-us",
        "El muro no se terminará, según dichos del zar fronterizo Ted Marsh.",
        [("Ted Marsh", "person")],
        "'zar' is no role word: after 'del' only a role of the lexicon opens a phrase",
    ),
    (
        "a-role-with-a-lower-case-complement-before-the-name-colombia",
        "En tanto, el secretario de obras Iván Mejía, aseguró que habrá cambios.",
        [("Iván Mejía", "person")],
        "a role's lower-case complement ends the phrase before the name after it",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(m[1], m[2], marks=pytest.mark.xfail(strict=True, reason=m[3])) for m in MISSES],
    ids=[m[0] for m in MISSES],
)
def test_recall_known_misses(text: str, expected: Credited) -> None:
    assert credited(text) == expected
