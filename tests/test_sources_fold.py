"""One source per entity: a shorter name folded into the fuller one (``source_fold.py``).

Each case is a rule of the "One source per entity" section of ``docs/sources.md``, in
sentences written here, in several countries' styles.
"""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from _credit import Mentioned, mentioned
from noticiaparse import Mention, Source, SourceKind
from noticiaparse._extract.source_fold import fold_sources

CASES: list[tuple[str, str, Mentioned]] = [
    # an institution named again by its leading capitalised words, with its article
    (
        "bank-shortened-peru",
        (
            "El Banco Central de Reserva del Perú informó que la inflación cedió. Según el "
            "Banco Central, los precios seguirán estables hasta marzo."
        ),
        [
            (
                "Banco Central de Reserva del Perú",
                "organization",
                ["El Banco Central de Reserva del Perú", "el Banco Central"],
            )
        ],
    ),
    (
        "tribunal-shortened-bolivia",
        (
            "Según el Tribunal Supremo Electoral, el conteo terminó anoche. El Tribunal Supremo "
            "dijo que no hubo irregularidades."
        ),
        [
            (
                "Tribunal Supremo Electoral",
                "organization",
                ["el Tribunal Supremo Electoral", "El Tribunal Supremo"],
            )
        ],
    ),
    (
        "confederation-shortened-argentina",
        (
            "Según la Confederación General del Trabajo, la huelga fue total. La Confederación "
            "General dijo que volverá a parar en abril."
        ),
        [
            (
                "Confederación General del Trabajo",
                "organization",
                ["la Confederación General del Trabajo", "La Confederación General"],
            )
        ],
    ),
    # the name right after an institution's noun
    (
        "bank-by-its-name-spain",
        "El Banco Santander informó ganancias récord. Según Santander, el crédito creció.",
        [("Banco Santander", "organization", ["El Banco Santander", "Santander"])],
    ),
    (
        "university-by-its-name-chile",
        (
            "La Universidad Católica informó el cierre del campus. Según la Católica, las "
            "clases siguen en línea."
        ),
        [("Universidad Católica", "organization", ["La Universidad Católica", "la Católica"])],
    ),
    (
        "a-proper-name-needs-no-article-chile",
        (
            "Según Gendarmería, el reo fue trasladado. Gendarmería de Chile precisó que el "
            "traslado fue de noche."
        ),
        [("Gendarmería de Chile", "organization", ["Gendarmería", "Gendarmería de Chile"])],
    ),
    (
        "an-institution-s-noun-alone-needs-its-article",
        "Comisión Europea anunció sanciones. Comisión precisó los plazos.",
        [
            ("Comisión Europea", "organization", ["Comisión Europea"]),
            ("Comisión", "organization", ["Comisión"]),
        ],
    ),
    # its last two words or more
    (
        "united-nations-suffix",
        (
            "La Organización de las Naciones Unidas advirtió sobre la sequía. Según Naciones "
            "Unidas, faltan fondos para el invierno."
        ),
        [
            (
                "Organización de las Naciones Unidas",
                "organization",
                ["La Organización de las Naciones Unidas", "Naciones Unidas"],
            )
        ],
    ),
    # a ministry named by its portfolio
    (
        "portfolio-after-desde-chile",
        (
            "El Ministerio de Salud informó 300 casos nuevos. Desde Salud indicaron que la "
            "cifra es preocupante."
        ),
        [("Ministerio de Salud", "organization", ["El Ministerio de Salud", "Salud"])],
    ),
    (
        "portfolio-after-de-acuerdo-con-mexico",
        (
            "La Secretaría de Salud informó 200 contagios. De acuerdo con Salud, la ocupación "
            "hospitalaria bajó."
        ),
        [("Secretaría de Salud", "organization", ["La Secretaría de Salud", "Salud"])],
    ),
    (
        "portfolio-of-a-regional-ministry-spain",
        (
            "La Consejería de Educación anunció más plazas docentes. Desde Educación "
            "explicaron que habrá concurso en mayo."
        ),
        [("Consejería de Educación", "organization", ["La Consejería de Educación", "Educación"])],
    ),
    (
        "portfolio-after-del-argentina",
        (
            "El Ministerio del Interior informó el operativo. Desde Interior aseguraron que "
            "seguirá toda la semana."
        ),
        [("Ministerio del Interior", "organization", ["El Ministerio del Interior", "Interior"])],
    ),
    (
        "foreign-ministry-as-cancilleria-chile",
        (
            "El Ministerio de Relaciones Exteriores informó que el embajador fue citado. Según "
            "la Cancillería, la nota se entregó el lunes."
        ),
        [
            (
                "Ministerio de Relaciones Exteriores",
                "organization",
                ["El Ministerio de Relaciones Exteriores", "la Cancillería"],
            )
        ],
    ),
    (
        "ministry-contracted-colombia",
        (
            "El Ministerio de Salud informó 40 casos de dengue. Según MinSalud, todos los "
            "pacientes están estables."
        ),
        [("Ministerio de Salud", "organization", ["El Ministerio de Salud", "MinSalud"])],
    ),
    # an acronym of all the name's words but its articles
    (
        "acronym-with-de-chile",
        (
            "La Policía de Investigaciones informó que detuvo a dos hombres. La PDI precisó "
            "que ambos tenían órdenes pendientes."
        ),
        [
            (
                "Policía de Investigaciones",
                "organization",
                ["La Policía de Investigaciones", "La PDI"],
            )
        ],
    ),
    # a person's surname or given name, before the full name or after it
    (
        "surname-before-the-full-name-colombia",
        (
            "Petro aseguró que no habrá reforma. El presidente Gustavo Petro dijo después que "
            "el diálogo sigue."
        ),
        [("Gustavo Petro", "person", ["Petro", "El presidente Gustavo Petro"])],
    ),
    (
        "surname-in-a-quote-attribution-first-chile",
        (
            "«No renunciaré», sostuvo Gutiérrez. Luego, la senadora Ximena Gutiérrez dijo que "
            "esperará el fallo."
        ),
        [("Ximena Gutiérrez", "person", ["Gutiérrez", "la senadora Ximena Gutiérrez"])],
    ),
    (
        "title-and-surname-before-the-full-name-venezuela",
        (
            "La doctora Ramírez explicó el caso. Según la doctora Elena Ramírez, el paciente "
            "está estable."
        ),
        [("Elena Ramírez", "person", ["La doctora Ramírez", "la doctora Elena Ramírez"])],
    ),
    (
        "given-name-alone-chile",
        "La vocera Camila Vallejo dijo que el plan sigue. Según Camila, nada cambia.",
        [("Camila Vallejo", "person", ["La vocera Camila Vallejo", "Camila"])],
    ),
    (
        "two-surnames-spain",
        (
            "Según José Luis Rodríguez Zapatero, el acuerdo es posible. Zapatero añadió que "
            "hablará con todos."
        ),
        [
            (
                "José Luis Rodríguez Zapatero",
                "person",
                ["José Luis Rodríguez Zapatero", "Zapatero"],
            )
        ],
    ),
    (
        "surname-with-its-particle-chile",
        (
            "Según Pérez de Arce, el proyecto es inconstitucional. El senador Luis Pérez de "
            "Arce dijo que votará en contra."
        ),
        [("Luis Pérez de Arce", "person", ["Pérez de Arce", "El senador Luis Pérez de Arce"])],
    ),
    (
        "particle-capitalised-opening-a-sentence",
        (
            "La comisaria Ursula von der Leyen dijo que habrá acuerdo. Von der Leyen añadió "
            "que el plazo vence en marzo."
        ),
        [
            (
                "Ursula von der Leyen",
                "person",
                ["La comisaria Ursula von der Leyen", "Von der Leyen"],
            )
        ],
    ),
    (
        "institution-without-its-de-spain",
        ("El Banco de España advirtió del riesgo. Según el Banco España, el crédito se frena."),
        [("Banco de España", "organization", ["El Banco de España", "el Banco España"])],
    ),
    # a group named again with its article or without
    (
        "group-without-its-article-chile",
        (
            "Los vecinos denunciaron cortes de agua en la población. Según vecinos, el "
            "problema lleva semanas."
        ),
        [("Los vecinos", "person", ["Los vecinos", "vecinos"])],
    ),
    (
        "group-named-again-by-its-noun-uruguay",
        (
            "Los productores de leche denunciaron pérdidas. Según productores, el precio no "
            "cubre los costos."
        ),
        [("Los productores de leche", "person", ["Los productores de leche", "productores"])],
    ),
    # of two people a surname fits, the one named last before it
    (
        "two-fernandez-the-surname-names-the-last-named-argentina",
        (
            "Según Alberto Fernández, la deuda es impagable. Cristina Fernández dijo que no. "
            "Fernández aseguró luego que habrá acuerdo."
        ),
        [
            ("Alberto Fernández", "person", ["Alberto Fernández"]),
            ("Cristina Fernández", "person", ["Cristina Fernández", "Fernández"]),
        ],
    ),
    # a person known by the initials of their name
    (
        "a-person-s-acronym-mexico",
        (
            "Andrés Manuel López Obrador dijo que no habrá aumento. Según AMLO, la gasolina "
            "no subirá."
        ),
        [("Andrés Manuel López Obrador", "person", ["Andrés Manuel López Obrador", "AMLO"])],
    ),
    # what stays apart
    (
        "two-fernandez-the-surname-before-both-stays-apart-argentina",
        (
            "Fernández aseguró que habrá acuerdo. Según Alberto Fernández, la deuda es "
            "impagable. Cristina Fernández dijo que no."
        ),
        [
            ("Fernández", "person", ["Fernández"]),
            ("Alberto Fernández", "person", ["Alberto Fernández"]),
            ("Cristina Fernández", "person", ["Cristina Fernández"]),
        ],
    ),
    (
        "two-rodriguez-the-surname-after-each-in-turn-names-each-venezuela",
        (
            "Delcy Rodríguez anunció controles. Rodríguez dijo que serán breves. Jorge "
            "Rodríguez señaló que habrá diálogo. Rodríguez explicó que la mesa sigue."
        ),
        [
            ("Delcy Rodríguez", "person", ["Delcy Rodríguez", "Rodríguez"]),
            ("Jorge Rodríguez", "person", ["Jorge Rodríguez", "Rodríguez"]),
        ],
    ),
    (
        "two-bodies-of-one-portfolio-leave-it-apart-chile",
        (
            "El Ministerio de Salud informó 40 casos. El Servicio de Salud dijo que hay camas. "
            "Desde Salud indicaron que todo sigue igual."
        ),
        [
            ("Ministerio de Salud", "organization", ["El Ministerio de Salud", "Salud"]),
            ("Servicio de Salud", "organization", ["El Servicio de Salud"]),
        ],
    ),
    (
        "a-country-is-no-institution-s-short-name",
        # (and a country alone is no source at all: source_names.no_source)
        "La Universidad de Chile informó el cierre. Según Chile, nada cambia.",
        [("Universidad de Chile", "organization", ["La Universidad de Chile"])],
    ),
    (
        "a-role-s-complement-is-someone-else-mexico",
        "El abogado de Aguilar dijo que apelará. Según Mauricio Aguilar, es inocente.",
        [
            ("El abogado de Aguilar", "person", ["El abogado de Aguilar"]),
            ("Mauricio Aguilar", "person", ["Mauricio Aguilar"]),
        ],
    ),
    (
        "one-indefinite-neighbour-and-another",
        "Un vecino dijo que oyó disparos. Un vecino del sector aseguró que nadie llegó.",
        [
            ("Un vecino", "anonymous", ["Un vecino"]),
            ("Un vecino del sector", "anonymous", ["Un vecino del sector"]),
        ],
    ),
    (
        "a-quantifier-alone-is-no-group-s-short-name",
        "Algunos dijeron que no votarán. Algunos de los dirigentes explicaron que esperarán.",
        [
            ("Algunos", "person", ["Algunos"]),
            ("Algunos de los dirigentes", "person", ["Algunos de los dirigentes"]),
        ],
    ),
    # a person named by two overlapping halves of a longer name: first name and first
    # surname, then both surnames
    (
        "overlapping-halves-chile",
        (
            'Según Juan Pérez, la obra se retrasó dos meses. "Faltan recursos", dijo Pérez '
            "Soto a la prensa."
        ),
        [("Juan Pérez", "person", ["Juan Pérez", "Pérez Soto"])],
    ),
    (
        "overlapping-halves-peru",
        (
            '"Habrá paro en Puno", advirtió Rosa Quispe. Más tarde, Quispe Mamani dijo que '
            "la marcha sigue."
        ),
        [("Rosa Quispe", "person", ["Rosa Quispe", "Quispe Mamani"])],
    ),
    (
        "overlapping-halves-colombia",
        (
            "Para Daniel Acosta, el acuerdo con los transportadores es frágil. En tanto, "
            "Acosta Rivera sostuvo que faltan firmas."
        ),
        [("Daniel Acosta", "person", ["Daniel Acosta", "Acosta Rivera"])],
    ),
    # two surname pairs that both continue one first name and surname: no telling which
    (
        "two-overlapping-halves-argentina",
        (
            'Según Martín Gómez, el club no venderá al delantero. "No hay ofertas", dijo '
            "Gómez Paz. Más tarde, Gómez Ruiz negó la versión."
        ),
        [
            ("Martín Gómez", "person", ["Martín Gómez"]),
            ("Gómez Paz", "person", ["Gómez Paz"]),
            ("Gómez Ruiz", "person", ["Gómez Ruiz"]),
        ],
    ),
    # a role description the text apposes to a named person names that person again
    (
        "apposed-role-chile",
        (
            'La gerenta general de Codelco, María Soto, dijo que la producción cae. "No hay '
            'crisis", agregó la gerenta general de Codelco.'
        ),
        [
            (
                "María Soto",
                "person",
                [
                    "La gerenta general de Codelco, María Soto",
                    "la gerenta general de Codelco",
                ],
            )
        ],
    ),
    (
        "apposed-role-mexico",
        (
            "La vocera de la Secretaría de Salud, Ana Ruiz, dijo que hay brotes en Sonora. "
            '"Pedimos calma", insistió la vocera de la Secretaría de Salud.'
        ),
        [
            (
                "Ana Ruiz",
                "person",
                [
                    "La vocera de la Secretaría de Salud, Ana Ruiz",
                    "la vocera de la Secretaría de Salud",
                ],
            )
        ],
    ),
    (
        "apposed-role-colombia",
        (
            "El presidente de la Federación de Cafeteros, Germán Ortiz, dijo que el precio "
            "cae. Según el presidente de la Federación de Cafeteros, habrá apoyo."
        ),
        [
            (
                "Germán Ortiz",
                "person",
                [
                    "El presidente de la Federación de Cafeteros, Germán Ortiz",
                    "el presidente de la Federación de Cafeteros",
                ],
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_one_source_per_entity(text: str, expected: Mentioned) -> None:
    assert expected == mentioned(text)


KNOWN_MISSES: list[tuple[str, str, Mentioned, str]] = [
    (
        "portfolio-inside-anonymous-sources-mexico",
        (
            "La Secretaría de Salud y Bienestar anunció el recorte. Fuentes de "
            "Salud explicaron que es temporal."
        ),
        [
            (
                "Secretaría de Salud y Bienestar",
                "organization",
                ["La Secretaría de Salud y Bienestar", "Salud"],
            ),
            ("Fuentes de Salud", "anonymous", ["Fuentes de Salud"]),
        ],
        "the institution inside an anonymous source's name is credited only with it",
    ),
    (
        "institution-by-its-last-word-chile",
        (
            "Según el Servicio Nacional de Aduanas, las importaciones bajaron. Aduanas explicó "
            "que el alza del dólar pesa."
        ),
        [
            (
                "Servicio Nacional de Aduanas",
                "organization",
                ["el Servicio Nacional de Aduanas", "Aduanas"],
            )
        ],
        "one last word of an institution names it only after a ministry's head",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(*c[1:3], marks=pytest.mark.xfail(strict=True, reason=c[3]))
        for c in KNOWN_MISSES
    ],
    ids=[c[0] for c in KNOWN_MISSES],
)
def test_one_source_per_entity_known_misses(text: str, expected: Mentioned) -> None:
    assert expected == mentioned(text)


def test_the_joined_source_stands_where_its_first_mention_stood() -> None:
    sources = [
        Source("Ortega", "person", (Mention("Ortega", 0, 6),)),
        Source("Unicef", "organization", (Mention("Unicef", 20, 26),)),
        Source("Daniel Ortega", "person", (Mention("Daniel Ortega", 40, 53),)),
    ]
    folded = fold_sources(sources)
    assert ["Daniel Ortega", "Unicef"] == [s.name for s in folded]
    assert [0, 40] == [m.start for m in folded[0].mentions]


def test_a_role_apposed_to_two_persons_names_neither() -> None:
    def person(text: str, name: str, at: int) -> Source:
        return Source(name, "person", (Mention(text, at, at + len(text)),))

    sources = [
        person("el vocero del gremio, Luis Vera", "Luis Vera", 0),
        person("el vocero del gremio, Raúl Soto", "Raúl Soto", 60),
        person("El vocero del gremio", "El vocero del gremio", 120),
    ]
    assert tuple(sources) == fold_sources(sources)


def test_a_surname_pair_continuing_two_persons_joins_neither() -> None:
    def person(name: str, at: int) -> Source:
        return Source(name, "person", (Mention(name, at, at + len(name)),))

    sources = [person("Juan Pérez", 0), person("Ana Pérez", 30), person("Pérez Soto", 60)]
    assert tuple(sources) == fold_sources(sources)


def test_a_name_glued_to_the_next_sentence_is_no_half_of_a_name() -> None:
    sources = [_person("Luis Mora", 0), _person("Mora.Luego", 40)]
    assert tuple(sources) == fold_sources(sources)


def _person(name: str, at: int) -> Source:
    return Source(name, "person", (Mention(name, at, at + len(name)),))


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        # a name that ran on into a verb or an adverb is the name before it
        (["Pérez explicó", "la ministra Ana Pérez"], [("la ministra Ana Pérez", 2)]),
        (["Gutiérrez también", "Gutiérrez"], [("Gutiérrez", 2)]),
        (["Marta Gutiérrez además", "Gutiérrez"], [("Marta Gutiérrez", 2)]),
        (["el senador Rivas Mena sostuvo", "Rivas"], [("el senador Rivas Mena", 2)]),
        # two persons it could be: neither; alone: kept as it was read
        (
            ["Quispe añadió", "Rosa Quispe", "Juan Quispe"],
            [("Quispe añadió", 1), ("Rosa Quispe", 1), ("Juan Quispe", 1)],
        ),
        (["Herrera dijo", "Banco Central"], [("Herrera dijo", 1), ("Banco Central", 1)]),
        # a description is no name that ran on
        (
            ["Expertos consultados", "Ana Expertos"],
            [("Expertos consultados", 1), ("Ana Expertos", 1)],
        ),
    ],
)
def test_a_name_that_ran_on_into_lower_case_words(
    names: list[str], expected: list[tuple[str, int]]
) -> None:
    folded = fold_sources([_person(n, 40 * i) for i, n in enumerate(names)])
    assert expected == [(s.name, len(s.mentions)) for s in folded]


def test_a_source_of_no_words_stays_as_it_is() -> None:
    sources = [
        Source(" ", "person", (Mention(" ", 0, 1),)),
        Source("Ana Soto", "person", (Mention("Ana Soto", 2, 10),)),
    ]
    assert tuple(sources) == fold_sources(sources)


#: Name pieces a generated source is built from: given names, surnames, an institution's
#: words, articles and a portfolio.
_PIECES = ("Ana", "Rojas", "Pérez", "Soto", "Ministerio", "de", "Salud", "Banco", "Central")
_KINDS = (SourceKind.PERSON, SourceKind.ORGANIZATION, SourceKind.MEDIA)


@st.composite
def _sources(draw: st.DrawFn) -> tuple[str, list[Source]]:
    names = draw(
        st.lists(
            st.tuples(
                st.lists(st.sampled_from(_PIECES), min_size=1, max_size=4).map(" ".join),
                st.sampled_from(_KINDS),
            ),
            max_size=8,
        )
    )
    text, sources = "", []
    for name, kind in names:
        text += f"Según {name}, "
        start = len(text) - len(name) - 2
        sources.append(Source(name, kind, (Mention(name, start, start + len(name)),)))
    return text, sources


@given(_sources())
def test_folding_never_loses_a_mention_and_each_points_at_its_text(
    drawn: tuple[str, list[Source]],
) -> None:
    text, sources = drawn
    folded = fold_sources(sources)
    before = Counter(m for s in sources for m in s.mentions)
    after = Counter(m for s in folded for m in s.mentions)
    assert before == after
    assert len(folded) <= len(sources)
    assert {s.name for s in folded} <= {s.name for s in sources}
    for source in folded:
        starts = [m.start for m in source.mentions]
        assert starts == sorted(starts)
        for mention in source.mentions:
            assert mention.text == text[mention.start : mention.end]
