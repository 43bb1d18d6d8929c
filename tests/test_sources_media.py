"""Outlets as sources: given to, published in, gathered by, credited on a line.

Each case is one rule of ``docs/sources.md`` ("Outlets in set phrases"), in sentences
written here, in several wordings and countries' styles.
"""

from __future__ import annotations

import pytest

from _credit import Credited, credited

CASES: list[tuple[str, str, Credited]] = [
    # the words were given to an outlet named with its medium's noun
    (
        "given-to-a-station-colombia",
        "La gobernadora Marta Peña dijo a la emisora Caracol Radio que no habrá recortes.",
        [("Marta Peña", "person"), ("Caracol Radio", "media")],
    ),
    (
        "given-to-a-paper-fused-argentina",
        "El técnico Mario Villalba aseguró al diario Olé que seguirá en el club.",
        [("Mario Villalba", "person"), ("Olé", "media")],
    ),
    (
        "given-to-a-channel-fused-argentina",
        "En declaraciones al canal TN, el diputado Sergio Quiroga negó los hechos.",
        [("Sergio Quiroga", "person")],
    ),
    (
        "interview-granted-to-a-magazine-colombia",
        (
            "En una entrevista concedida a la revista Semana, el general Óscar Tovar reconoció "
            "errores en el operativo."
        ),
        [("Óscar Tovar", "person")],
    ),
    (
        "exclusive-statements-peru",
        (
            "En declaraciones exclusivas a Panamericana Televisión, la fiscal Rosa Vílchez "
            "anunció que apelará."
        ),
        [("Rosa Vílchez", "person")],
    ),
    # a wire agency the words were given to is the agency writing: no source
    (
        "interview-granted-to-an-agency-spain",
        (
            "En una entrevista concedida a la agencia EFE, la ministra Elena Ruiz defendió que "
            "la ley es necesaria."
        ),
        [("Elena Ruiz", "person")],
    ),
    # the text was published in the outlet
    (
        "column-in-a-paper-mexico",
        (
            "El exsecretario Jorge Medina escribió en su columna de El Universal que el "
            "presupuesto no alcanza."
        ),
        [("Jorge Medina", "person"), ("El Universal", "media")],
    ),
    (
        "column-in-a-named-paper-peru",
        (
            "En su columna en el diario El Comercio, la economista Inés Salas advirtió que la "
            "inflación seguirá."
        ),
        [("El Comercio", "media"), ("Inés Salas", "person")],
    ),
    (
        "article-published-in-a-magazine-us",
        (
            "En un artículo publicado en Forbes, el empresario Luis Mena advirtió que la "
            "crisis seguirá."
        ),
        [("Forbes", "media"), ("Luis Mena", "person")],
    ),
    (
        "opinion-piece-spain",
        (
            "La exministra Carmen Gil sostiene, en un artículo de opinión publicado en La "
            "Vanguardia, que el pacto fracasará."
        ),
        [("Carmen Gil", "person"), ("La Vanguardia", "media")],
    ),
    # a column of smoke or troops is no writing
    (
        "a-column-of-smoke-chile",
        "Una columna de humo se elevó sobre Valparaíso, informó el alcalde Jorge Sharp.",
        [("Jorge Sharp", "person")],
    ),
    # the outlet gathered or spread the words
    (
        "statements-gathered-by-an-agency-spain",
        (
            "En declaraciones recogidas por la agencia Europa Press, el portavoz Miguel Soler "
            "negó la información."
        ),
        [("Europa Press", "media"), ("Miguel Soler", "person")],
    ),
    (
        "spread-by-a-channel-ecuador",
        "El video, difundido por el canal Teleamazonas, muestra que el asalto duró un minuto.",
        [("El video", "document"), ("Teleamazonas", "media")],
    ),
    # a broadcast is an event, not information the outlet gives
    (
        "a-debate-broadcast-by-a-channel-chile",
        "El debate, transmitido por el canal CNN Chile, duró dos horas.",
        [],
    ),
    (
        "as-a-paper-gathers-spain",
        "Según recoge el diario El Mundo, el Gobierno aprobará el plan el martes.",
        [("El Mundo", "media")],
    ),
    # the press's own writings, cited with the outlet that published them
    (
        "a-note-of-a-paper-bolivia",
        "Según una nota del diario La Prensa, la empresa cerró sus puertas.",
        [("una nota del diario La Prensa", "document"), ("La Prensa", "media")],
    ),
    (
        "an-investigation-of-a-paper-spain",
        "Una investigación del diario El País reveló que la empresa pagó comisiones.",
        [("Una investigación del diario El País", "document"), ("El País", "media")],
    ),
    (
        "a-report-of-a-magazine-mexico",
        "Según un reportaje de la revista Proceso, el exgobernador tiene tres ranchos.",
        [("Proceso", "media")],
    ),
    (
        "information-of-a-paper-venezuela",
        "Según informaciones del diario El Nacional, hubo 12 detenidos en Caracas.",
        [("El Nacional", "media")],
    ),
    (
        "an-investigation-of-a-prosecutor-is-no-press-chile",
        "La investigación de la Fiscalía determinó que hubo fraude en la licitación.",
        [("La investigación de la Fiscalía", "document")],
    ),
    (
        "a-dispatch-of-an-agency-peru",
        "Según un despacho de la agencia AFP, el puente colapsó al paso del camión.",
        [("AFP", "media")],
    ),
    # a medium's noun and its field before the name ("agencia de noticias")
    (
        "news-agency-named-with-its-field-china",
        "Según la agencia de noticias Xinhua, el tren descarriló cerca de Pekín.",
        [("Xinhua", "media")],
    ),
    (
        "tv-network-named-with-its-field-us",
        "La cadena de televisión Univision informó que hubo tres heridos.",
        [("Univision", "media")],
    ),
    # a known outlet after the sentence's capitalised article
    (
        "article-before-a-known-outlet-uk",
        "La BBC informó que el primer ministro dimitirá el viernes.",
        [("BBC", "media")],
    ),
    # a credit line closing the article
    (
        "credit-line-in-brackets-mexico",
        "El presidente viajará a Brasil la próxima semana. (Con información de AFP)",
        [("AFP", "media")],
    ),
    (
        "credit-line-of-two-caribbean",
        "El huracán tocó tierra el lunes.\nCon información de Reuters y EFE.",
        [("Reuters", "media"), ("EFE", "media")],
    ),
    (
        "credit-line-with-its-article-mexico",
        "La marcha terminó sin incidentes.\nCon información de La Jornada.",
        [("La Jornada", "media")],
    ),
    (
        "credit-line-with-a-plural-noun-dominican",
        "El apagón duró seis horas.\nCon información de agencias EFE y AFP.",
        [("EFE", "media"), ("AFP", "media")],
    ),
    (
        "credit-line-after-a-mark-us",
        "La votación será el martes.\n*Con información de Reuters",
        [("Reuters", "media")],
    ),
    (
        "credit-line-of-agencies-names-no-one",
        "El huracán tocó tierra el lunes.\nCon información de agencias.",
        [],
    ),
    # mid-sentence the words are how a story was built, not a credit line
    (
        "information-mid-sentence-chile",
        "El reportaje se construyó con información de Carabineros y de los vecinos.",
        [],
    ),
    # the paper's own name in capitals (its style for itself) is no source
    (
        "own-name-in-capitals-spain",
        (
            "En una entrevista otorgada a EL PAÍS, el mandatario Luis Arce aseguró que no "
            "habrá ajuste."
        ),
        [("Luis Arce", "person")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_outlets(text: str, expected: Credited) -> None:
    assert credited(text) == expected


XFAIL: list[tuple[str, str, Credited]] = [
    # a programme is no outlet the table knows
    (
        "said-on-a-programme-chile",
        "El ministro dijo en el programa Tolerancia Cero que no renunciará.",
        [("El ministro", "person"), ("Tolerancia Cero", "media")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in XFAIL], ids=[c[0] for c in XFAIL])
@pytest.mark.xfail(strict=True)
def test_outlets_known_misses(text: str, expected: Credited) -> None:
    assert credited(text) == expected
