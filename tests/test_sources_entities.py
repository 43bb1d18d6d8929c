"""One entity, one source: acronyms and their names, documents named again.

Sentences written here, one group per rule of ``docs/sources.md``, in several wordings
and countries' styles: an institution's acronym and its name, in either order and with
no brackets between them, are one source; a document named again by its noun alone is
the last one of its family, never a document of another kind; a participle and its
preposition's phrase after a document, no comma between, belong to its name.
"""

from __future__ import annotations

import pytest

from _credit import Mentioned, mentioned
from noticiaparse import parse

CASES: list[tuple[str, str, Mentioned]] = [
    # an acronym in capitals that spells the initials of an institution's name
    (
        "acronym-first-then-its-name-spain",
        (
            "Según la OCDE, la economía crecerá un 2%. La Organización para la Cooperación y "
            "el Desarrollo Económicos recomendó además subir los impuestos."
        ),
        [
            (
                "Organización para la Cooperación y el Desarrollo Económicos",
                "organization",
                [
                    "la OCDE",
                    "La Organización para la Cooperación y el Desarrollo Económicos",
                ],
            )
        ],
    ),
    (
        "name-then-acronym-and-its-noun-argentina",
        (
            "El Fondo Monetario Internacional advirtió que la deuda es alta. El FMI pidió "
            "reformas. El organismo insistió en que el ajuste debe seguir."
        ),
        [
            (
                "Fondo Monetario Internacional",
                "organization",
                ["El Fondo Monetario Internacional", "El FMI", "El organismo"],
            )
        ],
    ),
    (
        "party-and-its-acronym-spain",
        "El Partido Socialista Obrero Español anunció su candidato. El PSOE dijo que ganará.",
        [
            (
                "Partido Socialista Obrero Español",
                "organization",
                ["El Partido Socialista Obrero Español", "El PSOE"],
            )
        ],
    ),
    (
        "an-acronym-of-another-name-stays-apart-mexico",
        (
            "La Organización Mundial de la Salud advirtió sobre el brote. La OMS recomendó "
            "vacunarse. Según la ONU, el riesgo es alto."
        ),
        [
            (
                "Organización Mundial de la Salud",
                "organization",
                ["La Organización Mundial de la Salud", "La OMS"],
            ),
            ("ONU", "organization", ["la ONU"]),
        ],
    ),
    # the noun that names again an institution credited under its bracketed acronym
    (
        "organismo-after-a-bracketed-acronym-chile",
        (
            "La Comisión Económica para América Latina y el Caribe (Cepal) proyectó un alza. "
            "La Cepal explicó que el cobre ayudará. Según el organismo, la inflación bajará."
        ),
        [
            (
                "Comisión Económica para América Latina y el Caribe",
                "organization",
                ["La Cepal", "el organismo"],
            )
        ],
    ),
    # a surname with a particle, capitalised where it opens a sentence
    (
        "particle-capitalised-opening-a-sentence-europe",
        (
            "La jefa del Ejecutivo comunitario, Ursula von der Leyen, anunció un nuevo "
            "paquete de ayudas. Más tarde, Von der Leyen explicó que el plan costará más."
        ),
        [
            (
                "Ursula von der Leyen",
                "person",
                [
                    "La jefa del Ejecutivo comunitario, Ursula von der Leyen",
                    "Von der Leyen",
                ],
            )
        ],
    ),
    (
        "particle-capitalised-the-full-name-uncredited-belgium",
        (
            "La jefa del Ejecutivo comunitario, Ursula von der Leyen, presentó un plan. Más "
            "tarde, Von der Leyen explicó que costará más."
        ),
        [("Ursula von der Leyen", "person", ["Von der Leyen"])],
    ),
    (
        "particle-capitalised-two-surnames-us",
        (
            "El cantante Ludwig van Beethoven Soto dijo que no irá. Van Beethoven Soto "
            "explicó que está enfermo."
        ),
        [
            (
                "Ludwig van Beethoven Soto",
                "person",
                ["El cantante Ludwig van Beethoven Soto", "Van Beethoven Soto"],
            )
        ],
    ),
    # a name after a medium's noun is an outlet's, its article and place included
    (
        "outlet-whose-name-opens-on-a-given-name-mexico",
        (
            "El diario El Heraldo de Chiapas informó que hubo dos muertos. El periódico "
            "agregó que hay tres heridos."
        ),
        [("El Heraldo de Chiapas", "media", ["El Heraldo de Chiapas", "El periódico"])],
    ),
    (
        "outlet-after-a-described-medium-mexico",
        "Según el medio local El Sol de Tijuana, el puerto cerrará.",
        [("El Sol de Tijuana", "media", ["el medio local El Sol de Tijuana"])],
    ),
    (
        "where-an-outlet-is-published-is-no-part-of-its-name-argentina",
        "Según el diario Clarín de Buenos Aires, hubo dos muertos.",
        [("Clarín", "media", ["el diario Clarín"])],
    ),
    # two sources joined by "y": two, each under its own name
    (
        "two-people-by-role-and-name-subject-of-one-verb-chile",
        ("El presidente Gabriel Boric y la ministra Carolina Tohá anunciaron un nuevo plan."),
        [
            ("Gabriel Boric", "person", ["El presidente Gabriel Boric"]),
            ("Carolina Tohá", "person", ["la ministra Carolina Tohá"]),
        ],
    ),
    (
        "two-unions-after-an-opening-adverbial-chile",
        "Ayer, la CUT y la ANEF anunciaron un paro nacional.",
        [
            ("CUT", "organization", ["la CUT"]),
            ("ANEF", "organization", ["la ANEF"]),
        ],
    ),
    (
        "two-groups-of-people-argentina",
        "Los vecinos y los comerciantes denunciaron que no hay luz.",
        [
            ("Los vecinos", "person", ["Los vecinos"]),
            ("los comerciantes", "person", ["los comerciantes"]),
        ],
    ),
    (
        "two-institutions-the-second-by-its-acronym-chile",
        "Carabineros y la PDI informaron que hubo cinco detenidos.",
        [
            ("Carabineros", "organization", ["Carabineros"]),
            ("PDI", "organization", ["la PDI"]),
        ],
    ),
    (
        "two-institutions-after-a-cue-colombia",
        "De acuerdo con el Banco Mundial y el FMI, la economía crecerá.",
        [
            ("Banco Mundial", "organization", ["el Banco Mundial"]),
            ("FMI", "organization", ["el FMI"]),
        ],
    ),
    (
        "two-speakers-of-one-quotation-mexico",
        "«Es un día histórico», dijeron Ana Díaz y Luis Mena al salir del tribunal.",
        [
            ("Ana Díaz", "person", ["Ana Díaz"]),
            ("Luis Mena", "person", ["Luis Mena"]),
        ],
    ),
    (
        "a-name-that-holds-y-and-an-article-stays-one-chile",
        "Según la Comisión Económica para América Latina y el Caribe, la economía crecerá.",
        [
            (
                "Comisión Económica para América Latina y el Caribe",
                "organization",
                ["la Comisión Económica para América Latina y el Caribe"],
            )
        ],
    ),
    # documents named again: the last of the noun's family, past another kind
    (
        "report-named-again-past-a-survey-chile",
        (
            "Un informe de la Contraloría reveló pagos irregulares. Según una encuesta de "
            "Cadem, el 70% desconfía. El informe agrega que faltan fondos."
        ),
        [
            (
                "Un informe de la Contraloría",
                "document",
                ["Un informe de la Contraloría", "El informe"],
            ),
            ("una encuesta de Cadem", "document", ["una encuesta de Cadem"]),
        ],
    ),
    (
        "a-ruling-is-no-report-named-again-peru",
        (
            "Según un informe de la Defensoría, hubo abusos. De acuerdo con la resolución, el "
            "contrato es nulo. El reporte agrega que faltan fondos."
        ),
        [
            (
                "un informe de la Defensoría",
                "document",
                ["un informe de la Defensoría", "El reporte"],
            ),
            ("la resolución", "document", ["la resolución"]),
        ],
    ),
    (
        "three-kinds-of-document-are-three-colombia",
        (
            "Según el comunicado, la empresa cerrará dos plantas. El decreto establece que "
            "las clases se suspenden. Según la encuesta, el 60% aprueba la medida."
        ),
        [
            ("el comunicado", "document", ["el comunicado"]),
            ("El decreto", "document", ["El decreto"]),
            ("la encuesta", "document", ["la encuesta"]),
        ],
    ),
    (
        "the-document-names-any-again-and-keeps-its-name-mexico",
        (
            "Según la encuesta de El Financiero, el 60% aprueba la reforma. El documento "
            "advierte que la aprobación bajó."
        ),
        [
            (
                "la encuesta de El Financiero",
                "document",
                ["la encuesta de El Financiero", "El documento"],
            )
        ],
    ),
    (
        "a-letter-named-again-after-the-text-uruguay",
        (
            "La empresa publicó una carta en su web. El texto sostiene que no hubo errores. "
            "La misiva agrega que habrá cambios."
        ),
        [
            ("La empresa", "organization", ["La empresa"]),
            ("El texto", "document", ["El texto", "La misiva"]),
        ],
    ),
    # a document, a participle and a preposition's phrase, no comma, then its verb
    (
        "document-published-in-a-journal-spain",
        "Un estudio publicado en la revista Nature señala que el virus muta.",
        [
            (
                "Un estudio publicado en la revista Nature",
                "document",
                ["Un estudio publicado en la revista Nature"],
            )
        ],
    ),
    (
        "document-made-in-five-countries-mexico",
        "Un estudio realizado en cinco países advierte que el consumo de sal aumentó.",
        [
            (
                "Un estudio realizado en cinco países",
                "document",
                ["Un estudio realizado en cinco países"],
            )
        ],
    ),
    (
        "survey-and-a-time-after-its-participle-chile",
        "La encuesta Cadem publicada este domingo reveló que el 60% rechaza la reforma.",
        [("La encuesta Cadem", "document", ["La encuesta Cadem"])],
    ),
    (
        "survey-its-complement-stops-before-the-verb-argentina",
        "El sondeo realizado en diciembre muestra que la aprobación cayó.",
        [("El sondeo realizado en diciembre", "document", ["El sondeo realizado en diciembre"])],
    ),
    (
        "a-document-by-its-maker-credits-the-maker-peru",
        "Un informe publicado este lunes por la ONU advierte que el hambre crece.",
        [("ONU", "organization", ["la ONU"])],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_entities(text: str, expected: Mentioned) -> None:
    assert mentioned(text) == expected


SITES: list[tuple[str, str, list[str]]] = [
    # the publisher a copyright line of the page furniture names is no source of itself
    (
        "copyright-line-with-a-year-chile",
        (
            "Alcalde descarta renunciar\n\nEl alcalde Pedro Soto dijo a Diario Andino que "
            "no renunciará a su cargo pese a las críticas.\n\nLa oposición pidió su salida "
            "la semana pasada.\n\n© 2024 Diario Andino. Todos los derechos reservados."
        ),
        ["Pedro Soto", "La oposición"],
    ),
    (
        "copyright-line-holding-the-outlets-place-chile",
        (
            "Alcalde descarta renunciar\n\nEl alcalde Pedro Soto dijo al diario El Austral "
            "que no renunciará a su cargo pese a las críticas.\n\nLa oposición pidió su "
            "salida la semana pasada.\n\nCopyright © El Austral de Osorno - Todos los "
            "derechos reservados"
        ),
        ["Pedro Soto", "La oposición"],
    ),
    (
        "no-copyright-line-the-outlet-stays-chile",
        (
            "Alcalde descarta renunciar\n\nEl alcalde Pedro Soto dijo a Diario Andino que "
            "no renunciará a su cargo pese a las críticas.\n\nLa oposición pidió su salida "
            "la semana pasada."
        ),
        ["Pedro Soto", "Diario Andino", "La oposición"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in SITES], ids=[c[0] for c in SITES])
def test_site(text: str, expected: list[str]) -> None:
    assert [s.name for s in parse(text).sources] == expected
