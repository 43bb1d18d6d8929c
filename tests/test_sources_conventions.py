"""Sources as Spanish news credits them: golden cases in sentences written for these tests.

Each group is one rule of ``docs/sources.md``, tried in several wordings and countries'
styles.
"""

from __future__ import annotations

import pytest

from _credit import Credited, credited

CASES: list[tuple[str, str, Credited]] = [
    # an institution named again by its article and its first word is the same one
    (
        "short-head-fondo",
        (
            "El Fondo Monetario Internacional advirtió sobre la deuda pública. El Fondo "
            "pidió además reformas fiscales."
        ),
        [("Fondo Monetario Internacional", "organization")],
    ),
    (
        "short-head-corte",
        (
            "La Corte Suprema de Justicia ratificó la condena. La Corte señaló que no "
            "hubo vicios en el proceso."
        ),
        [("Corte Suprema de Justicia", "organization")],
    ),
    (
        "short-head-the-latest-of-two",
        (
            "El Banco Central advirtió que la tasa bajará. El Banco Mundial advirtió un menor "
            "crecimiento. El Banco recomendó prudencia."
        ),
        [("Banco Central", "organization"), ("Banco Mundial", "organization")],
    ),
    (
        "short-head-needs-the-article",
        "Comisión Europea anunció sanciones. Comisión precisó los plazos.",
        [("Comisión Europea", "organization"), ("Comisión", "organization")],
    ),
    (
        "short-head-in-lower-case",
        (
            "El Ministerio de Energía informó 300 cortes. El ministerio precisó que "
            "hay 20 comunas afectadas."
        ),
        [("Ministerio de Energía", "organization")],
    ),
    (
        "la-cartera-is-the-ministry",
        (
            "El Ministerio de Energía informó 300 cortes. La cartera precisó que hay 20 "
            "comunas afectadas."
        ),
        [("Ministerio de Energía", "organization")],
    ),
    # an organisation named with and without its article is one source
    (
        "article-and-bare-name-one-source",
        (
            "La Asociación de Bancos advirtió que las tasas subirán. La entidad indicó "
            "que habrá nuevas alzas."
        ),
        [("Asociación de Bancos", "organization")],
    ),
    # an institution's name is reported without the article the sentence gave it
    (
        "institution-name-without-its-article",
        "Según la Corte de Constitucionalidad, el recurso no procede.",
        [("Corte de Constitucionalidad", "organization")],
    ),
    (
        "one-word-name-keeps-its-article",
        "La Moneda informó que el viaje sigue en pie.",
        [("La Moneda", "organization")],
    ),
    (
        "an-outlet-keeps-its-article",
        "Según El Espectador, el recurso no procede.",
        [("El Espectador", "media")],
    ),
    # an acronym written as a word, in brackets after its name, is that name
    (
        "word-acronym-cepal",
        (
            "La Comisión Económica para América Latina y el Caribe (Cepal) recortó su "
            "proyección. La Cepal precisó que el alza será leve."
        ),
        [("Comisión Económica para América Latina y el Caribe", "organization")],
    ),
    (
        "word-acronym-indec",
        (
            "El Instituto Nacional de Estadística y Censos (Indec) publicó las cifras. "
            "Según el Indec, la pobreza bajó dos puntos."
        ),
        [("Instituto Nacional de Estadística y Censos", "organization")],
    ),
    (
        "word-acronym-acnur-bare",
        (
            "El Alto Comisionado de las Naciones Unidas para los Refugiados (Acnur) "
            "lanzó un llamado. Acnur advirtió que faltan fondos."
        ),
        [("Alto Comisionado de las Naciones Unidas para los Refugiados", "organization")],
    ),
    (
        "capital-acronym-takes-the-full-name",
        (
            "El Observatorio Andino de Violencia (OAV) registró 200 muertes. El OAV "
            "precisó que la cifra subió."
        ),
        [("Observatorio Andino de Violencia", "organization")],
    ),
    (
        "capital-acronym-of-a-name-with-e-and-en",
        (
            "El Departamento de Análisis e Información en Salud (DAIS) publicó un boletín "
            "ayer. El DAIS señaló que los casos bajaron."
        ),
        [("Departamento de Análisis e Información en Salud", "organization")],
    ),
    (
        "a-place-in-brackets-is-no-acronym",
        "La Universidad Católica (Chile) informó que suspende las clases.",
        [("Universidad Católica", "organization")],
    ),
    # an article before one capitalised word that is no given name: an institution
    (
        "article-and-one-word-is-an-institution",
        "El Senamhi informó que las lluvias seguirán hasta el domingo.",
        [("Senamhi", "organization")],
    ),
    (
        "fused-article-and-one-word",
        "De acuerdo con datos del Dane, el desempleo bajó en marzo.",
        [("Dane", "organization")],
    ),
    (
        "article-and-a-role-stays-a-person",
        "El Mandatario recordó que el plazo vence en junio.",
        [("El Mandatario", "person")],
    ),
    # words no person's name holds make an institution
    (
        "internacional-names-an-institution",
        "Transparencia Internacional advirtió sobre la corrupción en las aduanas.",
        [("Transparencia Internacional", "organization")],
    ),
    (
        "nacional-names-an-institution",
        "Guardia Nacional informó que hubo tres detenidos en la frontera.",
        [("Guardia Nacional", "organization")],
    ),
    (
        "amnistia-names-an-institution",
        "Amnistía Internacional denunció abusos policiales durante las protestas.",
        [("Amnistía Internacional", "organization")],
    ),
    # verbs of urging, voicing, confirming and rejecting in words report too
    (
        "exhorto-reports",
        "El gobernador Raúl Sosa exhortó a la población a quedarse en casa.",
        [("Raúl Sosa", "person")],
    ),
    (
        "insto-reports",
        "La presidenta del Senado, Inés Lagos, instó a los partidos a dialogar.",
        [("Inés Lagos", "person")],
    ),
    (
        "externo-reports",
        "El senador Mario Ortega externó su preocupación por la violencia.",
        [("Mario Ortega", "person")],
    ),
    (
        "corroboro-reports",
        "El fiscal Tomás Ávila corroboró que hubo tres disparos.",
        [("Tomás Ávila", "person")],
    ),
    (
        "repudio-reports",
        "La Federación de Estudiantes repudió el ataque contra su sede.",
        [("Federación de Estudiantes", "organization")],
    ),
    (
        "refuto-reports",
        "La defensa refutó los cargos, según el abogado Luis Peña.",
        [("La defensa", "person"), ("Luis Peña", "person")],
    ),
    (
        "deuda-externa-is-no-verb",
        "La deuda externa creció un 4% en el trimestre.",
        [],
    ),
    # "desde" after a plural verb names the institution the words come from
    (
        "desde-after-the-verb",
        "El servicio volverá mañana, informaron desde la Municipalidad de Osorno.",
        [("Municipalidad de Osorno", "organization")],
    ),
    (
        "desde-opening-the-sentence",
        "Aseguraron desde la Gobernación que el paso seguirá cerrado.",
        [("Gobernación", "organization")],
    ),
    (
        "desde-before-the-verb-in-a-relative",
        "La oposición cerró el debate, un gesto que desde el Gobierno regional lamentan.",
        [("Gobierno", "organization")],
    ),
    (
        "desde-before-the-verb-another-clause",
        "Llegó desde la Gobernación y luego lamentan su salida.",
        [],
    ),
    (
        "desde-a-person-is-no-source",
        "Lo llamaron desde la casa de su madre.",
        [],
    ),
    # "como" before a reporting verb: its subject right after it
    (
        "como-framed-verb",
        "Como señaló la ministra de Salud, faltan camas en el sur.",
        [("la ministra de Salud", "person")],
    ),
    (
        "conforme-framed-verb",
        "Conforme explicó el fiscal Andrés Vidal, la causa sigue abierta.",
        [("Andrés Vidal", "person")],
    ),
    # "citando (a) X": X gave the information
    (
        "citando-a",
        "La cadena, citando a la Policía Federal, informó que hubo tres muertos.",
        [("Policía Federal", "organization")],
    ),
    (
        "citando-fuentes",
        "Citando fuentes militares, la radio dijo que el avión cayó al mar.",
        [("fuentes militares", "anonymous")],
    ),
    # "dio a conocer" with no document after it: its subject speaks
    (
        "dio-a-conocer-que",
        "El Dane dio a conocer este martes que el desempleo bajó.",
        [("Dane", "organization")],
    ),
    # "Para X," opening a sentence gives X's view
    (
        "para-a-named-person",
        "Para el economista Tomás Ibarra, la inflación seguirá alta todo el año.",
        [("Tomás Ibarra", "person")],
    ),
    (
        "para-an-organisation",
        "Para la Cámara de Comercio, la nueva tasa es un error.",
        [("Cámara de Comercio", "organization")],
    ),
    (
        "para-a-role",
        "La obra es clave. Para la gobernadora, la obra llegó tarde.",
        [("la gobernadora", "person")],
    ),
    (
        "para-a-plural-is-for-whom",
        "Para los jubilados, habrá un bono en marzo.",
        [],
    ),
    (
        "para-a-time-is-when",
        "Para el próximo año, se espera un alza de las tarifas.",
        [],
    ),
    (
        "para-mid-sentence-is-no-frame",
        "El bono es para el ministro Ruiz, dijo la vocera.",
        [("la vocera", "person")],
    ),
    # a person's shorter name that opens a longer one is that person
    (
        "second-surname-later",
        (
            "El alcalde Raúl Benítez dijo que votará en contra. Luego, Raúl Benítez "
            "Ocampo agregó que no hay apuro."
        ),
        [("Raúl Benítez Ocampo", "person")],
    ),
    (
        "both-surnames-later",
        (
            "El senador Adán Ruiz Montes dijo que votará en contra. Más tarde, Ruiz "
            "Montes enfatizó que no hay apuro."
        ),
        [("Adán Ruiz Montes", "person")],
    ),
    (
        "two-longer-names-stay-apart",
        (
            "Ana Duarte dijo que sí. Ana Duarte Ruiz agregó que no. Ana Duarte Vega "
            "precisó que tal vez."
        ),
        [("Ana Duarte", "person"), ("Ana Duarte Ruiz", "person"), ("Ana Duarte Vega", "person")],
    ),
    # believing, as a view stated
    (
        "creen-que",
        "Algunos economistas creen que la inflación bajará en junio.",
        [("Algunos economistas", "person")],
    ),
    # a colon alone joins the speaker's name to the quotation
    (
        "speaker-after-a-colon",
        "«Este fue un año muy difícil para todos»: Ana Rojas",
        [("Ana Rojas", "person")],
    ),
    (
        "speaker-before-a-colon",
        "Petro: «No vamos a retroceder en la reforma»\n\nEl presidente habló ayer.",
        [("Petro", "person")],
    ),
    (
        "a-pair-after-a-colon-is-left-to-the-body",
        "«Nadie nos avisó»: Ana Rojas y Luis Soto discutieron en el canal",
        [],
    ),
    # documents and bodies state a content with a verb of ruling before "que"
    (
        "ruling-decree",
        "El decreto establece que el plazo de inscripción vence en junio.",
        [("El decreto", "document")],
    ),
    (
        "ruling-court",
        "La Corte de Apelaciones resolvió que el acusado siga en prisión.",
        [("Corte de Apelaciones", "organization")],
    ),
    (
        "ruling-report",
        "El informe concluye que la represa es inviable.",
        [("El informe", "document")],
    ),
    (
        "ruling-with-an-object-is-an-act",
        "El gobierno estableció un toque de queda en la región.",
        [],
    ),
    (
        "ruling-with-se-names-no-one",
        "Se determinó que la víctima murió por asfixia.",
        [],
    ),
    (
        "ruling-by-people-is-a-finding",
        "Los peritos determinaron que el incendio fue intencional.",
        [],
    ),
    # a topic opening a sentence is no subject: the dropped subject ("contraria") is
    # the minister of the sentence before, who is the source
    (
        "topic-sobre-is-no-speaker",
        (
            "La ministra Laura Vidal habló ayer. Sobre el ministro del Interior, Tomás "
            "Rey, se ha mostrado contraria a su salida, pues es alguien que «escucha "
            "a todos»."
        ),
        [("Laura Vidal", "person")],
    ),
    # a recipient ("a este medio") between the verb and its subject is stepped over
    (
        "name-right-after-este-medio",
        "«Faltan camas», dijo a este medio Jorge Lagos.",
        [("Jorge Lagos", "person")],
    ),
    (
        "topic-in-cuanto-a",
        "En cuanto a la alcaldesa, se mostró partidaria de esperar el fallo.",
        [],
    ),
    (
        "topic-inside-a-longer-frame-is-still-read",
        (
            "Respecto de las veces en que el vocero Luis Mena se ha referido al "
            "partido, el alcalde guardó silencio."
        ),
        [("Luis Mena", "person")],
    ),
    # a verb opening its sentence carries the subject of the sentence before
    (
        "dropped-plural-subject",
        "Los vecinos de Aysén marcharon ayer. Denunciaron que no tienen agua potable.",
        [("Los vecinos de Aysén", "person")],
    ),
    (
        "dropped-singular-subject",
        "La ministra Ana Soto visitó la zona. Aseguró que habrá ayuda para todos.",
        [("Ana Soto", "person")],
    ),
    (
        "dropped-subject-after-an-opening-adverbial",
        (
            "Ayer, los trabajadores del puerto salieron a protestar. Consideran que el "
            "salario no alcanza."
        ),
        [("los trabajadores del puerto", "person")],
    ),
    (
        "dropped-subject-in-another-number-is-no-one",
        "La ministra Ana Soto visitó la zona. Aseguraron que habrá ayuda.",
        [],
    ),
    (
        "dropped-subject-of-a-thing-is-no-one",
        "El puente colapsó ayer. Aseguró que habrá ayuda.",
        [],
    ),
    (
        "dropped-subject-not-across-paragraphs",
        "Los vecinos marcharon ayer.\n\nDenunciaron que no tienen agua.",
        [],
    ),
    # an organisation's noun and an adjective of its field: the institution of that field
    (
        "institution-by-its-field",
        (
            "La Policía Nacional detuvo a dos hombres. La Fiscalía General abrió una "
            "causa. La institución policial informó que ambos quedaron libres."
        ),
        [("Policía Nacional", "organization")],
    ),
    (
        "a-nationality-is-no-field",
        (
            "El Gobierno de Chile y el de Perú firmaron un pacto. La fiscalía chilena "
            "informó que revisará el caso."
        ),
        [("La fiscalía chilena", "organization")],
    ),
    # a relative "quien" after a comma stands for the phrase before it
    (
        "relative-quien-is-its-antecedent",
        (
            "Uno de los pescadores, quien dijo llevar treinta años en la caleta y "
            "conocer cada roca, lamentó el cierre, asegurando que nadie les avisó."
        ),
        [("Uno de los pescadores", "person")],
    ),
    (
        "quienes-opening-a-clause-is-anonymous",
        "Quienes estuvieron presentes aseguraron que hubo disparos.",
        [("Quienes estuvieron presentes", "anonymous")],
    ),
    # a person described by a relation, a place or a job, never named, is as written
    (
        "unnamed-father-is-as-written",
        ("El alcalde Tomás Ruiz visitó el albergue. «Tenemos miedo», comentó el padre de familia."),
        [("el padre de familia", "person")],
    ),
    (
        "unnamed-neighbour-is-as-written",
        ("La jueza Marta Díaz cerró el caso. Esta vecina también destacó que nunca hubo robos."),
        [("Esta vecina", "person")],
    ),
    (
        "a-group-of-them-ends-at-an-adverb",
        (
            "El alcalde Tomás Ruiz llegó tarde. «Nadie nos escucha», coincidieron estos "
            "padres visiblemente molestos."
        ),
        [("estos padres", "person")],
    ),
    (
        "this-neighbour-is-the-one-described-before",
        (
            "Una de las vecinas, quien llegó hace treinta años, lamentó el cierre. "
            "«Es muy triste», comentó. Esta vecina también recordó que nunca hubo "
            "robos."
        ),
        [("Una de las vecinas", "person")],
    ),
    (
        "a-named-neighbour-is-the-person",
        "La vecina Rosa Paz dijo que no hubo aviso. Luego la vecina insistió en que nadie vino.",
        [("Rosa Paz", "person")],
    ),
    (
        "an-office-is-its-holder",
        "Ana Soto habló ayer con la prensa. La ministra aseguró que no habrá recortes.",
        [("Ana Soto", "person")],
    ),
    # a negated perfect reports a statement not made
    (
        "not-yet-said",
        "El senador Luis Prado no ha expresado públicamente que quiera renunciar.",
        [],
    ),
    (
        "not-yet-confirmed",
        "La minera Andes Sur no ha confirmado la venta de la planta.",
        [],
    ),
    (
        "a-negated-past-is-a-statement",
        "El ministro Luis Prado no descartó que haya cambios en el gabinete.",
        [("Luis Prado", "person")],
    ),
    # a verb that reports only before "que" is an act with an object
    (
        "constataron-an-act",
        "En la posta, los paramédicos constataron su deceso.",
        [],
    ),
    (
        "constato-que-a-finding",
        "El perito Juan Soto constató que el muro cedió por la humedad.",
        [("Juan Soto", "person")],
    ),
    # a pronoun names no source
    (
        "nadie-is-no-source",
        "Nadie explicó por qué se suspendió el concierto.",
        [],
    ),
    (
        "alguien-is-no-source",
        "Alguien dijo que hubo disparos cerca de la plaza.",
        [],
    ),
    # a vague head between the cue and who gave the information is stepped over
    (
        "vague-head-cifras-del",
        "Según cifras del Banco Central, la inflación bajó al 4%.",
        [("Banco Central", "organization")],
    ),
    (
        "vague-head-estimaciones-del",
        "Según estimaciones del Ministerio de Hacienda, la economía crecerá un 2%.",
        [("Ministerio de Hacienda", "organization")],
    ),
    (
        "vague-head-declaraciones-de",
        "De acuerdo con declaraciones de la Cancillería, el canje será el lunes.",
        [("Cancillería", "organization")],
    ),
    (
        "vague-head-registros-de",
        "Según registros de la Policía Nacional, hubo 40 robos en el mes.",
        [("Policía Nacional", "organization")],
    ),
    (
        "vague-head-with-its-article",
        "Según los datos del Servicio de Salud, la inflación hospitalaria bajó.",
        [("Servicio de Salud", "organization")],
    ),
    (
        "vague-head-and-a-participle",
        ("De acuerdo con la información entregada por la Gobernación, hubo seis mil controles."),
        [("Gobernación", "organization")],
    ),
    (
        "an-article-and-a-vague-head-alone-stay",
        "Según las cifras, la inflación bajó.",
        [("las cifras", "document")],
    ),
    # counting and estimating in figures report too
    (
        "cifraba-reports",
        "La patronal del transporte, Fedetrans, cifraba en 300 millones las pérdidas.",
        [("Fedetrans", "organization")],
    ),
    (
        "contabilizado-reports",
        "El Observatorio de Conflictos ha contabilizado 120 protestas este año.",
        [("Observatorio de Conflictos", "organization")],
    ),
    # the subject after a reporting verb and an adverbial
    (
        "postverbal-after-a-time",
        "El puente será reparado, aseguró este martes el ministro de Obras, Juan Vera.",
        [("Juan Vera", "person")],
    ),
    (
        "postverbal-after-a-communique",
        "El paso seguirá cerrado, informó en un comunicado la Fiscalía Regional.",
        [("Fiscalía Regional", "organization")],
    ),
    (
        "postverbal-after-whom-it-was-said-to",
        "No habrá clases, declaró ayer a la prensa la alcaldesa Marta Ruiz.",
        [("Marta Ruiz", "person")],
    ),
    (
        "postverbal-after-este-medio",
        "Así lo indicó a este medio el director del hospital, Jorge Lagos.",
        [("Jorge Lagos", "person")],
    ),
    (
        "postverbal-after-an-adverb",
        "No habrá alzas, anunció además el Gobierno regional.",
        [("Gobierno", "organization")],
    ),
    (
        "postverbal-after-a-means",
        "No hubo heridos, precisó a través de un comunicado la Dirección de Tránsito.",
        [("Dirección de Tránsito", "organization")],
    ),
    (
        "postverbal-outlet-and-person-both",
        "Así lo dijo a Clarín el director del hospital, Jorge Lagos.",
        [("Clarín", "media"), ("Jorge Lagos", "person")],
    ),
    (
        "postverbal-object-of-a-preposition-is-no-subject",
        "Tras el juicio: condenan al exministro Eduardo Salinas a diez años.",
        [],
    ),
    (
        "postverbal-que-clause-is-no-subject",
        "Luego, insistió en que la provincia necesita más médicos.",
        [],
    ),
    (
        "postverbal-new-clause-after-a-comma",
        "Con ese dinero, indican en el fallo, el exalcalde compró tres casas.",
        [("el fallo", "document")],  # the document the words were given in, not the subject
    ),
    (
        # an acronym of the name in another language names the whole institution
        "english-acronym",
        (
            "El Fondo de las Naciones Unidas para la Infancia (Unicef) alertó sobre la "
            "desnutrición. Unicef pidió ayuda."
        ),
        [("Fondo de las Naciones Unidas para la Infancia", "organization")],
    ),
    (
        "postverbal-object-of-the-verb-is-no-subject",
        "Dijo a la prensa que no habrá clases.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_conventions(text: str, expected: Credited) -> None:
    assert expected == credited(text)


MISSES: list[tuple[str, str, Credited, str]] = [
    (
        "a-given-name-ending-a-longer-name-is-another-person",
        (
            "El alcalde de Sauce, Pedro José Vidal Soto, dijo que sí. El alcalde de "
            "Molinos, José Vidal Soto, aseguró que no."
        ),
        [("Pedro José Vidal Soto", "person"), ("José Vidal Soto", "person")],
        "the cast reads the shorter name as the longer one's, before sources see it",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(m[1], m[2], marks=pytest.mark.xfail(strict=True, reason=m[3])) for m in MISSES],
    ids=[m[0] for m in MISSES],
)
def test_known_misses(text: str, expected: Credited) -> None:
    assert expected == credited(text)
