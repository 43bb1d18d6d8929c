"""Bylines and credits: the people who sign a line, and the desk or agency beside them.

Every line here is written for these tests, in the styles of several countries' pages.
"""

from __future__ import annotations

import pytest

from noticiaparse._layout.byline import (
    Byline,
    credit_line,
    credit_of,
    dateline_credit,
    names_after_lead,
    read_byline,
    read_linked_byline,
)

BYLINES = [
    ("Por Rodrigo Salinas", Byline(("Rodrigo Salinas",))),
    ("Por: Lucía Ferreyra y Tomás Ibarra", Byline(("Lucía Ferreyra", "Tomás Ibarra"))),
    ("Escrito por Marta Oyarzún", Byline(("Marta Oyarzún",))),
    ("Publicado por Gonzalo Rivas Peña", Byline(("Gonzalo Rivas Peña",))),
    ("Por Julián Andrade - Agencia EFE", Byline(("Julián Andrade",), credit="EFE")),
    ("Por Carla Benítez | Europa Press", Byline(("Carla Benítez",), credit="Europa Press")),
    ("Por Iván Quiroga (AFP)", Byline(("Iván Quiroga",), credit="AFP")),
    ("Sofía Almeida | Corresponsal", Byline(("Sofía Almeida",))),
    ("Sofía Almeida - Corresponsal en Bogotá", Byline(("Sofía Almeida",))),
    ("Por Hernán Castillo, Lima", Byline(("Hernán Castillo",))),
    ("Por Valeria Ocampo | Guadalajara", Byline(("Valeria Ocampo",))),
    ("Redacción Deportes", Byline((), credit="Redacción Deportes")),
    ("Por: Redacción", Byline((), credit="Redacción")),
    ("AFP", Byline((), credit="AFP")),
    ("agencia efe", Byline((), credit="EFE")),
    ("Texto: Associated Press", Byline((), credit="AP")),
    ("Reuters, Ciudad de Panamá", Byline((), credit="Reuters")),
    ("Corresponsal", Byline(())),
    # an agency glued after the names, no mark between
    ("Por MARCOS OLIVEIRA Associated Press", Byline(("MARCOS OLIVEIRA",), credit="AP")),
    ("Por Renata Duarte Agencia EFE", Byline(("Renata Duarte",), credit="EFE")),
    (
        "Por Pablo Quintana y Elisa Rey Europa Press",
        Byline(("Pablo Quintana", "Elisa Rey"), credit="Europa Press"),
    ),
    ("Por Tomás Herrera AFP", Byline(("Tomás Herrera",), credit="AFP")),
    ("Damián Ortiz Agencia EFE", Byline(("Damián Ortiz",), credit="EFE")),
    ("Por Ana María Andina", Byline(("Ana María Andina",))),  # a surname, not the agency
    # of a desk and a wire agency, the agency is the credit (wire copy is told by it)
    ("Redacción / EFE", Byline((), credit="EFE")),
    ("Redacción Central | AFP", Byline((), credit="AFP")),
    ("EFE / Redacción Central", Byline((), credit="EFE")),
    ("Reuters / AFP", Byline((), credit="Reuters")),  # the first agency
    ("Por Mónica Sepúlveda - Redacción - Reuters", Byline(("Mónica Sepúlveda",), credit="Reuters")),
    # a known outlet (lexicon outlets.tsv) signs as a desk, never as a person
    ("Por Prensa Libre", Byline((), credit="Prensa Libre")),
    ("Autor: Diario Libre", Byline((), credit="Diario Libre")),
    ("Mariela Ortiz | Milenio", Byline(("Mariela Ortiz",), credit="Milenio")),
    # an organisation signing (opened by its kind, lexicon org_cues.txt) is the credit
    ("Por Ministerio de Obras Públicas", Byline((), credit="Ministerio de Obras Públicas")),
    ("Por Universidad de Antioquia", Byline((), credit="Universidad de Antioquia")),
    ("Por Carlos Mesa", Byline(("Carlos Mesa",))),  # a surname, not a kind
    # the photos' credit after the byline signs the pictures, not the text
    ("Texto: Renata Duarte / Fotos: Tomás Herrera", Byline(("Renata Duarte",))),
    ("Por Renata Duarte | Video: Tomás Herrera", Byline(("Renata Duarte",))),
    # the author's address beside the name
    ("Mónica Sepúlveda | msepulveda@diario.example", Byline(("Mónica Sepúlveda",))),
    ("Por Mónica Sepúlveda - msepulveda@diario.example", Byline(("Mónica Sepúlveda",))),
    # names alone: a byline only where the page puts one
    ("Inés Carvajal Soto", Byline(("Inés Carvajal Soto",), bare=True)),
    ("Mateo Lagos | San José", Byline(("Mateo Lagos",), bare=True)),
    ("FabiánMora de la Cruz", Byline(("Fabián Mora de la Cruz",), bare=True)),
]


@pytest.mark.parametrize(("line", "expected"), BYLINES, ids=[b[0] for b in BYLINES])
def test_read_byline(line: str, expected: Byline) -> None:
    assert expected == read_byline(line)


NOT_BYLINES = [
    "Por tal razón, el municipio suspendió las clases.",
    "Diario del Litoral | Vecinos reclaman por cortes de agua en el centro",
    "Política | Economía | Mundo",
    "El ministro habló durante una hora con la prensa.",
    "Papa León",
    "Ministro Aurelio Ramos",
]


@pytest.mark.parametrize("line", NOT_BYLINES, ids=NOT_BYLINES)
def test_not_bylines(line: str) -> None:
    found = read_byline(line)
    assert found is None or not found.authors


CREDITS = [
    ("Agencia EFE", "EFE"),
    ("EUROPA PRESS", "Europa Press"),
    ("Agence France-Presse", "AFP"),
    ("The Associated Press", "AP"),
    ("Prensa Latina", "Prensa Latina"),
    ("Redacción Economía", "Redacción Economía"),
    ("Foto de archivo", None),
    ("Editor", None),
    ("Corresponsal en Quito", None),
]


@pytest.mark.parametrize(("text", "expected"), CREDITS, ids=[c[0] for c in CREDITS])
def test_credit_of(text: str, expected: str | None) -> None:
    assert expected == credit_of(text)


LINKED = [
    ("[Camilo Restrepo](https://periodico.example/autor/camilo-restrepo/)", ("Camilo Restrepo",)),
    ("* **[ANDREA PAZ](https://diario.example/periodistas/apaz)**", ("ANDREA PAZ",)),
    ("[R. Villalobos](https://semanario.example/opinion/rafael-villalobos/)", ("R. Villalobos",)),
    ("[Lima Metropolitana](https://diario.example/lima/)", None),
    ("[Nicolás Ortega](https://diario.example/tags/nicolas-ortega/)", None),
    ("[Ver más](https://diario.example/autor/x/)", None),
]


@pytest.mark.parametrize(("line", "expected"), LINKED, ids=[x[0][:40] for x in LINKED])
def test_read_linked_byline(line: str, expected: tuple[str, ...] | None) -> None:
    found = read_linked_byline(line)
    assert expected == (None if found is None else found.authors)


DATELINES = [
    ("QUITO, 12 jun (EFE).- La Asamblea aprobó la reforma tributaria.", "EFE"),
    ("MONTEVIDEO, 3 (EUROPA PRESS) - El Gobierno anunció nuevas medidas.", "Europa Press"),
    ("Tegucigalpa (AP) — Las lluvias dejaron tres muertos.", "AP"),
    ("La Habana, 8 oct (Prensa Latina) El ministro viajó a Caracas.", "Prensa Latina"),
    ("El informe fue publicado ayer. (Con información de Reuters)", "Reuters"),
    ("El diputado (PRI) votó en contra.", None),
    ("SANTIAGO.– El Senado votó la reforma.", None),
]


@pytest.mark.parametrize(("text", "expected"), DATELINES, ids=[d[0][:30] for d in DATELINES])
def test_dateline_credit(text: str, expected: str | None) -> None:
    assert expected == dateline_credit(text)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Con información de AFP y EFE", "AFP"),
        ("Fuente: Xinhua", "Xinhua"),
        ("Fuente: Secretaría de Salud", None),
        ("Vía DPA", "DPA"),
    ],
    ids=["con-informacion", "fuente", "fuente-not-agency", "via"],
)
def test_credit_line(line: str, expected: str | None) -> None:
    assert expected == credit_line(line)


def test_names_after_a_lone_lead() -> None:
    found = names_after_lead("  * Rocío Valdivia")
    assert ("Rocío Valdivia",) == (None if found is None else found.authors)
    assert names_after_lead("* Portada") is None


MORE = [
    ("Periodista | Ana Díaz", Byline(("Ana Díaz",))),
    ("Ana Díaz | Palma de Mallorca | EFE", Byline(("Ana Díaz",), credit="EFE")),
    ("Ana Díaz, Pedro Soto | Periodistas", Byline(("Ana Díaz", "Pedro Soto"))),
    ("Ana Díaz, Madrid | Europa Press", Byline(("Ana Díaz",), credit="Europa Press")),
    ("Excélsior, Ciudad de México,", Byline((), credit="Excélsior")),
    ("Camila Rojas, Periodista", Byline(("Camila Rojas",))),
]


@pytest.mark.parametrize(("line", "expected"), MORE, ids=[b[0] for b in MORE])
def test_names_roles_places_and_desks_apart(line: str, expected: Byline) -> None:
    assert expected == read_byline(line)


def test_a_site_and_a_title_apart_by_a_comma_are_no_byline() -> None:
    assert read_byline("El Heraldo del Valle, Vecinos piden más buses para el barrio sur") is None


def test_names_after_a_lone_lead_as_a_link() -> None:
    found = names_after_lead("[Rocío Valdivia](https://diario.example/autor/rocio-valdivia)")
    assert ("Rocío Valdivia",) == (None if found is None else found.authors)


MARKED = [
    ("Por [Ana Soto](https://diario.example/autor/ana-soto)", ("Ana Soto",)),
    ("**Por Ana Soto**", ("Ana Soto",)),
    ("Por **Ana Soto** y **Luis Mora**", ("Ana Soto", "Luis Mora")),
    ("_Por Ana Soto_", ("Ana Soto",)),
]


@pytest.mark.parametrize(("line", "expected"), MARKED, ids=[m[0][:30] for m in MARKED])
def test_markdown_around_a_byline(line: str, expected: tuple[str, ...]) -> None:
    found = read_byline(line)
    assert expected == (None if found is None else found.authors)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Luis Mora Pérez AFP", Byline(("Luis Mora Pérez",), bare=False, credit="AFP")),
        ("Ana Soto Agencia EFE", Byline(("Ana Soto",), bare=False, credit="EFE")),
        ("JUAN PÉREZ Associated Press", Byline(("JUAN PÉREZ",), bare=False, credit="AP")),
        ("Marta Ruiz Andina", Byline(("Marta Ruiz Andina",), bare=True, credit=None)),
        ("Carla Vidal Ortega", Byline(("Carla Vidal Ortega",), bare=True, credit=None)),
    ],
    ids=["one-word", "two-words", "in-capitals", "not-in-capitals", "no-agency"],
)
def test_an_agency_glued_after_the_names(line: str, expected: Byline) -> None:
    # a tail is tried against the agencies only when its last word closes one's name
    assert read_byline(line) == expected
