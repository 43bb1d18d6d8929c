"""Fewer spurious sources: names that name no one, and names of one person kept whole.

Each case is a rule of ``docs/sources.md`` ("No junk", "One source per entity"), in
sentences written here, in several countries' styles.
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_sources


def names(text: str) -> list[str]:
    return [s.name for s in parse_sources(text)]


CASES: list[tuple[str, str, list[str]]] = [
    # a surname ending like a participle, after its verb, is a surname: only a
    # participle opening its sentence before its complement describes a dropped subject
    (
        "surname-in-ado-after-its-verb-chile",
        (
            "El ministro de Hacienda, Joaquín Ferrada Lagos, visitó ayer la planta. «Hay "
            "que cuidar cada peso», dijo Ferrada al salir del recinto."
        ),
        ["Joaquín Ferrada Lagos"],
    ),
    (
        "surname-in-ado-after-its-verb-mexico",
        "«No habrá recortes», aseguró Delgado en conferencia matutina.",
        ["Delgado"],
    ),
    (
        "surname-in-ida-after-its-verb-colombia",
        "La concejal habló con la radio local. «Votaremos en contra», sostuvo Almeida a la salida.",
        ["Almeida"],
    ),
    (
        "a-participle-opening-its-sentence-is-no-one-spain",
        "Consultado por la prensa, explicó que el plazo vence el lunes.",
        [],
    ),
    # a place is no source: the text speaks of a government it does not name
    (
        "a-country-as-subject-argentina",
        "La ONU advirtió sobre la crisis. Argentina respondió que no aceptará condiciones.",
        ["ONU"],
    ),
    (
        "a-capital-for-its-government-us-spanish",
        "Washington consideró que las medidas son insuficientes, informó la agencia Reuters.",
        ["Reuters"],
    ),
    (
        "a-continent-peru",
        "Según Europa, el acuerdo llega tarde. El canciller Raúl Otárola dijo que esperará.",
        ["Raúl Otárola"],
    ),
    (
        "a-country-with-its-article-caribe",
        "La India anunció que enviará ayuda, de acuerdo con la cancillería dominicana.",
        ["la cancillería dominicana"],
    ),
    # a word capitalised only because it opens a sentence, written in lower case elsewhere
    (
        "a-verb-opening-a-headline-line-venezuela",
        "Queda la duda, afirmó.\n\nLa oposición dijo que queda poco tiempo para negociar.",
        ["La oposición"],
    ),
    # mid-sentence a capital marks a name, whatever word it is
    (
        "a-surname-that-is-a-common-word-bolivia",
        "Pidió paz para el país, dijo Paz al cerrar el acto en Tarija.",
        ["Paz"],
    ),
    (
        "a-group-noun-opening-a-sentence-stays-chile",
        "Vecinos denunciaron cortes de agua. Los vecinos afirmaron que pagarán igual.",
        ["Los vecinos"],
    ),
    # a compound surname named again by one of its halves
    (
        "half-of-a-hyphenated-surname-chile",
        (
            "La diputada María José Hoffmann-Ríos cuestionó la reforma. Más tarde, Ríos "
            "insistió en su postura."
        ),
        ["María José Hoffmann-Ríos"],
    ),
    (
        "other-half-of-a-hyphenated-surname-spain",
        (
            "El ministro Fernando Grande-Marlaska destacó el operativo. Marlaska ha "
            "confirmado que hubo tres detenidos."
        ),
        ["Fernando Grande-Marlaska"],
    ),
    # a source is named by the most complete name the article gives the person
    (
        "the-second-surname-given-later-peru",
        (
            "«No vamos a ceder», dijo Walter Quispe al inicio de la asamblea. El dirigente "
            "cocalero Walter Quispe Mamani encabeza la protesta desde marzo."
        ),
        ["Walter Quispe Mamani"],
    ),
    (
        "the-full-name-after-a-role-and-its-place-mexico",
        (
            "La senadora por Sonora Mariana Téllez Orozco presentó una iniciativa.\n\n—Vamos "
            "a defender a los repartidores —sostuvo Téllez en conferencia."
        ),
        ["Mariana Téllez Orozco"],
    ),
    (
        "two-fuller-names-leave-the-short-one-as-written-us-spanish",
        (
            "«Hay que votar», dijo Morales a la salida. Evo Morales y Jimmy Morales "
            "asistieron al foro en Miami."
        ),
        ["Morales"],
    ),
    # an institution named again by its noun, or by the initials of its capitalised words
    (
        "the-police-by-its-noun-and-its-acronym-peru",
        (
            "La Policía Nacional del Perú informó que capturó a dos sospechosos. La PNP "
            "precisó que ambos tienen antecedentes. Según la Policía, el operativo duró "
            "seis horas."
        ),
        ["Policía Nacional del Perú"],
    ),
    (
        "an-acronym-of-the-name-before-its-place-mexico",
        (
            "La Secretaría de Movilidad de la Ciudad de México informó del cierre. La SM "
            "detalló que durará dos semanas."
        ),
        ["Secretaría de Movilidad de la Ciudad de México"],
    ),
    (
        "an-acronym-of-the-capitalised-words-colombia",
        (
            "El Instituto Colombiano de Bienestar Familiar reveló nuevas cifras. El ICBF "
            "precisó que atendió a 300 niños."
        ),
        ["Instituto Colombiano de Bienestar Familiar"],
    ),
    # a role's complement runs to its comma: the name after the comma is its holder
    (
        "a-role-whose-complement-ends-on-capitalised-words-bolivia",
        (
            "La producción caerá este año, informó el secretario general del Sindicato "
            "Minero Cerro Los Andes, Mario Quiroga Paz."
        ),
        ["Mario Quiroga Paz"],
    ),
    # a bracketed acronym stands for the name before it, from the acronym's initial on
    (
        "an-acronym-after-a-title-run-into-its-name-ecuador",
        (
            "Reporte Mensual Servicio Nacional de Aduanas (SNA) divulgó las cifras del "
            "trimestre.\n\nEl SNA señaló que las importaciones cayeron un 8%."
        ),
        ["Servicio Nacional de Aduanas"],
    ),
    # an institution or a document named by one word, under the fuller name the text writes
    (
        "an-acronym-whose-name-the-text-writes-uncredited-chile",
        (
            "La Policía de Investigaciones detuvo al sospechoso en Temuco. La PDI informó "
            "que el detenido pasará a control de detención."
        ),
        ["Policía de Investigaciones"],
    ),
    (
        "an-institution-by-its-noun-before-its-full-name-spain",
        (
            "Según el Ayuntamiento, las obras acabarán en mayo. El Ayuntamiento de Sevilla "
            "cerró ayer dos calles del centro."
        ),
        ["Ayuntamiento de Sevilla"],
    ),
    (
        "a-document-by-its-noun-after-its-title-argentina",
        (
            "La Encuesta Permanente de Hogares (EPH) se publicó el jueves. La encuesta "
            "revela que la pobreza subió al 41%."
        ),
        ["Encuesta Permanente de Hogares"],
    ),
    (
        "an-institution-noun-two-names-fit-stays-mexico",
        (
            "La Secretaría informó que habrá brigadas escolares. El plan fue diseñado en "
            "la Secretaría de Salud. También opinó en su diseño la Secretaría de Educación."
        ),
        ["Secretaría"],
    ),
    # an impersonal "se" before the verb, "que" after it: no one is said to inform
    (
        "impersonal-se-after-a-relative-on-a-name-chile",
        (
            "Durante la cita, en la que participó la ministra Rosa Vial, se informó que "
            "habrá más patrullajes."
        ),
        [],
    ),
    (
        "impersonal-se-after-a-relative-on-a-name-colombia",
        "En el encuentro, al que acudió el gobernador Iván Salas, se dijo que el plan sigue.",
        [],
    ),
    (
        "a-pronominal-verb-keeps-its-subject-argentina",
        "La ministra Rosa Vial se refirió a los patrullajes en la radio.",
        ["Rosa Vial"],
    ),
    # an office of several portfolios: its holder is named after the list
    (
        "a-holder-after-a-list-of-portfolios-peru",
        "«Es un buen dato», afirmó el ministro de Industria, Comercio y Turismo, Pedro Ruiz Soto.",
        ["Pedro Ruiz Soto"],
    ),
    (
        "a-holder-after-a-list-of-portfolios-honduras",
        (
            "Las exportaciones crecieron, informó la secretaria de Agricultura, Ganadería "
            "y Pesca, Laura Vidal Mejía."
        ),
        ["Laura Vidal Mejía"],
    ),
    # one name with its article or without is one source, under the longer form
    (
        "a-group-with-and-without-its-article-chile",
        (
            "Según vecinos de Maipú, el agua llegó turbia. Los vecinos de Maipú exigieron "
            "respuestas a la empresa sanitaria."
        ),
        ["Los vecinos de Maipú"],
    ),
    (
        "an-acronym-of-the-maker-a-document-names-guatemala",
        (
            "El Informe de Amnistía Internacional señala retrocesos. Según AI, las "
            "detenciones arbitrarias aumentaron."
        ),
        ["El Informe de Amnistía Internacional", "Amnistía Internacional"],
    ),
    # the most complete name as the text writes it, where the cast read no person
    (
        "the-full-name-in-an-interview-label-chile",
        (
            "ENTREVISTA | Marcela Rivas Tapia\n\n—¿Qué opina del proyecto?\n\n—Es un "
            "error —dijo Rivas."
        ),
        ["Marcela Rivas Tapia"],
    ),
    # a role's holder in brackets right after it
    (
        "a-holder-in-brackets-after-the-role-colombia",
        "El gobernador del Cauca (Octavio Guzmán Paz) anunció el plan de vías terciarias.",
        ["Octavio Guzmán Paz"],
    ),
    (
        "a-common-word-after-a-list-bullet-paraguay",
        (
            "Más noticias\n\n  • Hallazgo confirma que el barco es del siglo XVI\n\nEl "
            "hallazgo fue hecho por buzos."
        ),
        [],
    ),
    # the press at large that asked, unnamed, is no source; a named outlet is
    (
        "asked-by-journalists-mexico",
        "Consultado por periodistas, el secretario Hugo Lara dijo que no habrá recortes.",
        ["Hugo Lara"],
    ),
    (
        "asked-by-local-media-argentina",
        "Consultada por medios locales, la intendenta Sofía Paz negó el cierre del hospital.",
        ["Sofía Paz"],
    ),
    (
        "asked-by-a-named-outlet-colombia",
        "Consultado por El Colombiano, el concejal Iván Ríos dijo que votará en contra.",
        ["El Colombiano", "Iván Ríos"],
    ),
]


KINDS: list[tuple[str, str, list[tuple[str, str]]]] = [
    # a name the article gives an acronym to is an institution's
    (
        "a-name-with-its-acronym-is-an-institution-mexico",
        (
            "Comisión Federal de Electricidad (CFE) reportó fallas en Sonora. La eléctrica "
            "explicó que el servicio volverá hoy."
        ),
        [("Comisión Federal de Electricidad", "organization")],
    ),
    (
        "a-name-with-its-acronym-not-led-by-an-institution-noun-mexico",
        (
            "Petróleos Mexicanos (Pemex) reportó pérdidas. La petrolera explicó que se "
            "deben al precio del crudo. Pemex agregó que mantendrá su plan."
        ),
        [("Petróleos Mexicanos", "organization")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in KINDS], ids=[c[0] for c in KINDS])
def test_kinds(text: str, expected: list[tuple[str, str]]) -> None:
    assert expected == [(s.name, s.kind.value) for s in parse_sources(text)]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_precision(text: str, expected: list[str]) -> None:
    assert expected == names(text)
