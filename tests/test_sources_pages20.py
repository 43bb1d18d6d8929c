"""Sources the real-page round of session 18 adds (``docs/sources.md``, "What it finds").

Sentences written here, in several countries' styles; each group names the rule it
tests, with sentences of the same shape that credit no one.
"""

from __future__ import annotations

import pytest

from _credit import Credited, credited

# "las fuentes" with its article opens an anonymous source, as "fuentes" does.
CONSULTED_SOURCES: list[tuple[str, str, Credited]] = [
    (
        "after-segun-spain",
        "El Gobierno aprobará el decreto el martes, según las fuentes consultadas.",
        [("las fuentes consultadas", "anonymous")],
    ),
    (
        "after-de-acuerdo-con-mexico",
        (
            "De acuerdo con las fuentes consultadas por este diario, el secretario "
            "renunciará en enero."
        ),
        [("las fuentes consultadas por este diario", "anonymous")],
    ),
    (
        "subject-before-its-verb-argentina",
        "Las fuentes oficiales consultadas aseguraron que no habrá aumento de tarifas.",
        [("Las fuentes oficiales consultadas", "anonymous")],
    ),
    (
        "subject-after-its-verb-chile",
        "La licitación se declarará desierta, aseguran las fuentes consultadas en el ministerio.",
        [("las fuentes consultadas en el ministerio", "anonymous")],
    ),
    (
        "named-again-after-fuentes-de-colombia",
        (
            "Fuentes del Ministerio de Salud dijeron que faltan vacunas. Las fuentes "
            "añadieron que llegarán en marzo."
        ),
        [("Fuentes del Ministerio de Salud", "anonymous")],
    ),
    (
        "energy-sources-credit-no-one-peru",
        "El país diversificará las fuentes de energía antes de 2030.",
        [],
    ),
    (
        "springs-credit-no-one-uruguay",
        "Las fuentes de agua del pueblo se secaron durante el verano.",
        [],
    ),
    (
        "funding-sources-and-a-minister-venezuela",
        "Las fuentes de financiamiento del proyecto son privadas, dijo la ministra Ana Gil.",
        [("Ana Gil", "person")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [c[1:] for c in CONSULTED_SOURCES],
    ids=[c[0] for c in CONSULTED_SOURCES],
)
def test_the_sources_consulted_are_anonymous(text: str, expected: Credited) -> None:
    assert expected == credited(text)


@pytest.mark.xfail(
    strict=True,
    reason="a supply's 'fuentes de…' before a verb of showing reads as anonymous sources",
)
def test_income_sources_are_no_one() -> None:
    text = "Las fuentes de ingreso del municipio muestran que la recaudación cayó."
    assert [] == credited(text)


# What a writer, an outlet or a record sets down: "reseñó"; "recoge", "documentó",
# "entiende" before "que" only.
SET_DOWN: list[tuple[str, str, Credited]] = [
    (
        "an-agency-resenia-spain",
        "La agencia EFE reseñó que el ministro renunciará antes del verano.",
        [("EFE", "media")],
    ),
    (
        "resenia-after-a-quotation-argentina",
        "«Es la peor herencia de nuestra historia», reseñó el ministro Luis Caputo.",
        [("Luis Caputo", "person")],
    ),
    (
        "a-record-recoge-que-chile",
        "El acta de la sesión recoge que el concejal votó en contra del plan regulador.",
        [("El acta de la sesión", "document")],
    ),
    (
        "a-body-documento-que-mexico",
        "La Comisión de Derechos Humanos documentó que hubo 30 detenciones arbitrarias.",
        [("Comisión de Derechos Humanos", "organization")],
    ),
    (
        "a-view-entiende-que-colombia",
        "La Fiscalía entiende que hubo dolo en la firma del contrato.",
        [("Fiscalía", "organization")],
    ),
    (
        "gathering-signatures-is-an-act-peru",
        "Los vecinos recogieron firmas contra el proyecto minero.",
        [],
    ),
    (
        "documenting-damage-is-an-act-dominican-republic",
        "La ONG documentó los daños del huracán en tres provincias.",
        [],
    ),
    (
        "understanding-a-problem-is-no-statement-uruguay",
        "El alcalde entiende el problema del transporte en la zona norte.",
        [],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [c[1:] for c in SET_DOWN],
    ids=[c[0] for c in SET_DOWN],
)
def test_what_is_set_down_is_credited(text: str, expected: Credited) -> None:
    assert expected == credited(text)


# A noun news uses for the same kind of institution names it again: a court of any
# name ("la Audiencia", "el Juzgado") and "el tribunal"; "el Gobierno" and "el Ejecutivo".
SAME_INSTITUTION: list[tuple[str, str, Credited]] = [
    (
        "an-audiencia-then-the-court-spain",
        (
            "La Audiencia Provincial de Sevilla absolvió a los acusados. El tribunal "
            "consideró que no hubo pruebas."
        ),
        [("Audiencia Provincial de Sevilla", "organization")],
    ),
    (
        "a-juzgado-then-the-court-peru",
        (
            "El Juzgado de Familia de Lima ordenó la entrega del menor. El tribunal advirtió "
            "que habrá multas."
        ),
        [("Juzgado de Familia de Lima", "organization")],
    ),
    (
        "the-government-then-the-executive-chile",
        (
            "El Gobierno de Chile anunció un bono invernal. El Ejecutivo precisó que se "
            "pagará en junio."
        ),
        [("Gobierno de Chile", "organization")],
    ),
    (
        "another-country-s-executive-bolivia",
        ("El Gobierno de Perú anunció un bono. El Ejecutivo de Bolivia precisó que no lo pagará."),
        [("Gobierno de Perú", "organization"), ("Ejecutivo de Bolivia", "organization")],
    ),
    (
        "a-government-is-no-court-argentina",
        "El Gobierno de Chile anunció un bono. El tribunal precisó que es legal.",
        [("Gobierno de Chile", "organization"), ("El tribunal", "organization")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [c[1:] for c in SAME_INSTITUTION],
    ids=[c[0] for c in SAME_INSTITUTION],
)
def test_a_synonym_names_the_institution_again(text: str, expected: Credited) -> None:
    assert expected == credited(text)


# A norm, and the parts of an article, are named by their number after the noun.
NUMBERED_NORMS: list[tuple[str, str, Credited]] = [
    (
        "a-decree-by-number-chile",
        "El decreto 45 establece que el plazo de postulación es de diez días.",
        [("El decreto 45", "document")],
    ),
    (
        "a-resolution-with-thousands-colombia",
        "La resolución 1.250 dispone que las clases se suspendan en tres municipios.",
        [("La resolución 1.250", "document")],
    ),
    (
        "an-article-of-a-law-spain",
        "El artículo 14 de la Ley de Tránsito señala que la multa se duplica de noche.",
        [("El artículo 14 de la Ley de Tránsito", "document")],
    ),
    (
        "an-article-and-its-fraction-mexico",
        (
            "El artículo 33 fracción II constitucional prevé que los extranjeros "
            "pueden ser expulsados sin juicio."
        ),
        [("El artículo 33 fracción II constitucional", "document")],
    ),
    (
        "an-article-and-its-subsection-peru",
        "El artículo 5 inciso 2 del reglamento dispone que la licencia vence al año.",
        [("El artículo 5 inciso 2 del reglamento", "document")],
    ),
    (
        "a-number-after-a-study-is-a-time-argentina",
        "El estudio 10 años después muestra que el lago se secó.",
        [],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [c[1:] for c in NUMBERED_NORMS],
    ids=[c[0] for c in NUMBERED_NORMS],
)
def test_a_norm_is_named_by_its_number(text: str, expected: Credited) -> None:
    assert expected == credited(text)


# Who took part in the event is a person whose account news reports; never the person
# the article merely named before (known misses: the rule is withdrawn, see _WITHDRAWN).
EVENT_PARTIES: list[tuple[str, str, Credited]] = [
    (
        "the-attacker-confessed-uruguay",
        "Los detenidos eran cuatro, según confesó el agresor.",
        [("el agresor", "person")],
    ),
    (
        "the-officers-who-intervened-paraguay",
        "Las botellas estaban escondidas en el chaleco, según los intervinientes.",
        [("los intervinientes", "person")],
    ),
    (
        "the-suspect-says-mexico",
        "Según el sospechoso, el arma no era suya.",
        [("el sospechoso", "person")],
    ),
    (
        "the-attacker-is-not-the-victim-argentina",
        (
            "El vecino Pedro Soto fue asesinado en la calle Los Olmos. Según confesó el "
            "agresor, lo mató tras una discusión."
        ),
        [("el agresor", "person")],
    ),
    (
        "the-suspect-named-with-the-word-spain",
        "El sospechoso Juan Paz fue detenido. Según el sospechoso, el arma no era suya.",
        [("Juan Paz", "person")],
    ),
    (
        "a-suspicious-parcel-is-no-one-chile",
        "La policía halló un paquete sospechoso en la estación, informó el ministerio.",
        [("el ministerio", "organization")],
    ),
]


#: The rule was withdrawn at its merge: on fresh readable pages it credited participants
#: whose verb reported no account ("los atacantes, que dijeron ser policías", "los agresores
#: preguntaron por X"); it needs the verb's sense first.
_WITHDRAWN = pytest.mark.xfail(
    strict=True, reason="participants as sources withdrawn: needs the verb's sense (srcD rule 5)"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(*c[1:], id=c[0], marks=[] if c[0].startswith("a-suspicious") else [_WITHDRAWN])
        for c in EVENT_PARTIES
    ],
)
def test_who_took_part_is_a_person(text: str, expected: Credited) -> None:
    assert expected == credited(text)


# "responder al nombre de" is being named: no answer, no statement.
NAMED_BY: list[tuple[str, str, Credited]] = [
    (
        "the-victim-was-named-honduras",
        "La víctima respondía al nombre de Erlinda Soto y tenía 40 años.",
        [],
    ),
    (
        "a-detainee-in-a-relative-guatemala",
        "El detenido, que responde al nombre de Luis Paz, fue trasladado a la capital.",
        [],
    ),
    (
        "answering-a-deputy-mexico",
        "La ministra Ana Gil respondió al diputado que no habrá recortes.",
        [("Ana Gil", "person")],
    ),
    (
        "answering-after-a-quotation-spain",
        "«No habrá recortes», respondió al diputado la ministra Ana Gil.",
        [("Ana Gil", "person")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [c[1:] for c in NAMED_BY],
    ids=[c[0] for c in NAMED_BY],
)
def test_being_named_is_no_answer(text: str, expected: Credited) -> None:
    assert expected == credited(text)


# A role the same in both genders names, by its article, the one linked in that gender.
ROLE_GENDER: list[tuple[str, str, Credited]] = [
    (
        "the-congressman-not-the-congresswoman-peru",
        (
            "El congresista Waldemar Cerrón criticó la diligencia en el despacho de la "
            "congresista María Agüero. El congresista señaló que es un show."
        ),
        [("Waldemar Cerrón", "person")],
    ),
    (
        "the-congresswoman-not-the-congressman-colombia",
        (
            "La congresista Luisa Mena criticó la visita del congresista Pedro Ríos. La "
            "congresista aseguró que no fue invitada."
        ),
        [("Luisa Mena", "person")],
    ),
    (
        "the-prosecutor-by-her-article-chile",
        (
            "La fiscal Carla Soto acusó al fiscal Tomás Vera de filtrar el sumario. "
            "Luego la fiscal explicó que presentará una queja."
        ),
        [("Carla Soto", "person")],
    ),
    (
        "no-one-of-that-gender-spain",
        "La ministra Ana Paz visitó la zona. El ministro señaló que habrá ayudas.",
        [("El ministro", "person")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [c[1:] for c in ROLE_GENDER],
    ids=[c[0] for c in ROLE_GENDER],
)
def test_a_role_s_article_gives_its_gender(text: str, expected: Credited) -> None:
    assert expected == credited(text)
