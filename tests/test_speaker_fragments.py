"""A quoted fragment in the object of the main clause's reporting verb is its subject's word.

docs/quotes.md (Kinds, The main clause's subject): agency style quotes the speaker's
own word inside the object of the verb that reports it, far from the subject, after
an indefinite article or a noun ("pidió para los imputados una condena «ejemplar»",
"habló de una «traición»"); a definite article names a thing known by its coined
word ("denunciaron la «funa»"). Every sentence here is written for these tests, in
several countries' styles; an earlier paragraph names a person the rules could carry.
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_quotes
from noticiaparse._reading.subjects import main_subject, spoken_object

#: An earlier paragraph with a named speaker the rules could carry (a given name of no
#: known gender, so that no role of these sentences stands for that person).
BEFORE = (
    "«Estamos trabajando para resolverlo», dijo Tuvaku Mbeki.\n\n"
    "Mbeki recorrió la zona afectada.\n\n"
)

#: (id, sentence, the quotation's text, kind, speaker)
CASES: list[tuple[str, str, str, str, str | None]] = [
    (
        "object-adjective-far-from-a-role-chile",
        (
            "Tras la audiencia de ayer en el juzgado de Temuco, la fiscal del caso pidió para los "
            "imputados una condena «ejemplar»."
        ),
        "ejemplar",
        "partial",
        "la fiscal del caso",
    ),
    (
        "indefinite-article-after-a-long-aside-argentina",
        (
            "Los vecinos del barrio San Miguel, cansados de los cortes de agua de los últimos "
            "meses, exigieron una «solución definitiva»."
        ),
        "solución definitiva",
        "partial",
        "Los vecinos del barrio",
    ),
    (
        "hablar-de-una-mexico",
        "La presidenta del gremio de transportistas habló de una «traición» del Gobierno.",
        "traición",
        "partial",
        "La presidenta del gremio de transportistas",
    ),
    (
        "considera-una-spain",
        (
            "El sindicato de la planta convocó a una huelga por lo que considera una «provocación» "
            "de la gerencia."
        ),
        "provocación",
        "partial",
        "El sindicato de la planta",
    ),
    (
        "perfect-and-an-indefinite-venezuela",
        (
            "El gobernador de la provincia, Jorge Lira, ha confirmado este lunes la entrega de "
            "un «lote significativo» de vacunas."
        ),
        "lote significativo",
        "partial",
        "Jorge Lira",
    ),
    (
        "definite-article-after-an-aside-closed-by-a-comma-peru",
        (
            "El ministro, que participó de la ceremonia en la comuna, destacó el «esfuerzo "
            "conjunto» de los funcionarios."
        ),
        "esfuerzo conjunto",
        "partial",
        "El ministro",
    ),
    (
        "coordinated-reporting-verb-colombia",
        "La gobernadora recorrió los albergues y denunció un «abandono total» de la Nación.",
        "abandono total",
        "partial",
        "La gobernadora",
    ),
    (
        "credited-sentence-indefinite-article-uruguay",
        "Según la fiscal, se trató de un «ataque planificado».",
        "ataque planificado",
        "partial",
        "la fiscal",
    ),
    (
        "opinion-holder-a-role-opens-the-sentence-ecuador",
        "Para la rectora, los paros responden a una «campaña orquestada» desde fuera.",
        "campaña orquestada",
        "partial",
        "la rectora",
    ),
    (
        "a-subordinate-clause-with-its-own-subject-chile",
        (
            "Según explicó el alcalde, la obra quedará lista en marzo, aunque el contratista "
            "advirtió de posibles «retrasos»."
        ),
        "retrasos",
        "partial",
        "el contratista",
    ),
    (
        "an-irregular-verb-then-pero-and-a-reporting-verb-chile",
        "El vocero de la empresa no quiso dar detalles, pero aseguró que la falla fue «puntual».",
        "puntual",
        "partial",
        "El vocero de la empresa",
    ),
    (
        "an-opinion-lead-after-a-connector-argentina",
        "En tanto, para la vocera de la cooperativa, el alza es «abusiva».",
        "abusiva",
        "partial",
        "la vocera de la cooperativa",
    ),
    (
        "a-juicio-del-an-institution-spain",
        "A juicio del Banco Central, la inflación es «transitoria».",
        "transitoria",
        "partial",
        "Banco Central",
    ),
    (
        "an-office-of-the-past-mexico",
        "La entonces ministra de Educación calificó el paro de «ilegal».",
        "ilegal",
        "partial",
        "La entonces ministra de Educación",
    ),
    (
        "a-rapporteur-after-a-concessive-clause-un-style",
        "Si bien reconoció avances, el relator de la ONU advirtió sobre la «impunidad».",
        "impunidad",
        "partial",
        "el relator de la ONU",
    ),
    # what stays a term
    (
        "definite-article-names-a-coined-word-chile",
        "Los vecinos denuncian la «funa» contra el comerciante.",
        "funa",
        "term",
        None,
    ),
    (
        "no-verb-of-saying-bolivia",
        "El vocero del sindicato viajó ayer a un «foro» en La Paz.",
        "foro",
        "term",
        None,
    ),
    (
        "a-relative-clause-between-the-verb-and-the-fragment-costa-rica",
        "La diputada Solís criticó al concejal, quien viajó la semana pasada a un «foro» en Lima.",
        "foro",
        "term",
        None,
    ),
    (
        "present-tense-is-a-noun-as-often-headline",
        "Gremio pide indulto a los «presos del estallido».",
        "presos del estallido",
        "term",
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "quoted", "kind", "speaker"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_fragment(text: str, quoted: str, kind: str, speaker: str | None) -> None:
    full = BEFORE + text
    found = [q for q in parse_quotes(full) if q.start >= len(BEFORE)]
    assert [(q.text, q.kind.value) for q in found] == [(quoted, kind)]
    got = found[0].speaker.text if found[0].speaker is not None else None
    assert got == speaker


#: (id, sentence, whether the quotation stands in what the main subject says)
OBJECTS: list[tuple[str, str, bool]] = [
    ("object", "La jueza denunció ante la prensa un «fraude».", True),
    (
        "after-an-aside",
        "La jueza, visiblemente molesta, denunció ante la prensa un «fraude».",
        True,
    ),
    ("no-verb-of-saying", "La jueza viajó ayer a un «foro».", False),
    ("a-present-is-a-noun-as-often", "La jueza denuncia un «fraude».", False),
    ("another-clause", "La jueza dijo algo y la policía detuvo a un «sospechoso».", False),
    ("a-relatives-clause", "La jueza habló con el abogado, quien denunció un «fraude».", False),
    ("no-subject-before-the-verb", "Un «fraude» denunció la jueza.", False),
    ("a-perfect", "La jueza ha denunciado un «fraude».", True),
    ("a-coordinated-verb", "La jueza recorrió el lugar y lo denunció como un «fraude».", True),
    ("a-coordinated-clause", "La jueza recorrió el lugar y un «fraude» quedó a la vista.", False),
]


@pytest.mark.parametrize(
    ("text", "expected"), [o[1:] for o in OBJECTS], ids=[o[0] for o in OBJECTS]
)
def test_spoken_object(text: str, expected: bool) -> None:  # noqa: FBT001
    assert spoken_object(text, text.index("«"), 0) is expected


def test_a_place_name_after_the_subjects_noun_is_stepped_over() -> None:
    text = "Los vecinos del barrio San Miguel exigieron una «solución»."
    found = main_subject(text, text.index("«"), 0)
    assert found is not None
    phrase, verb = found
    assert text[phrase.start : phrase.end] == "Los vecinos del barrio"
    assert text[verb:].startswith("exigieron")
