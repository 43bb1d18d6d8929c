"""What a renderer glued after a paragraph's text on its line is the page's (issue 15).

Written for these tests in several countries' styles. A feed's or a blog theme's excerpt
ends its text with an ellipsis and the link to the whole piece ("… Sigue leyendo
Title", "[…] Leer más"): the paragraph keeps the ellipsis, not the link. A page that sets
its publication stamp in the same block as the first paragraph glues it after the
paragraph's stop ("… según el municipio. marzo 3, 2024 | 18:40"): a sentence never
opens in lower case or with a figure, so the stamp is the page's. A date inside the
text, closed like a sentence or opening one, stays.
"""

from __future__ import annotations

import pytest

from noticiaparse import parse, parse_layout

HEADS = (
    # República Dominicana
    (
        "La alcaldía de Santiago de los Caballeros convoca a una mesa sobre el tránsito\n\n"
        "Los regidores recibirán a choferes y comerciantes del centro de la ciudad.\n\n"
        "Por Redacción Nacional\n\n"
    ),
    # Colombia
    (
        "Concejo de Medellín aprueba el cupo de endeudamiento para el metro ligero\n\n"
        "Por Andrés Felipe Gaviria\n\n"
    ),
    # España
    ("La Junta licita la segunda fase del tranvía de la bahía\n\nRedacción | Cádiz\n\n"),
)
FIRST = (
    "La reunión se celebrará en el salón del cabildo a partir de las diez de la mañana,"
    " según confirmó la secretaría de la alcaldía."
)
SECOND = (
    "Según la convocatoria, participarán también los directores de los hospitales de la"
    " zona y representantes de las juntas de vecinos."
)
LAST = (
    "El presupuesto de la obra asciende a 120 millones y será financiado con fondos propios"
    " y un préstamo del banco de desarrollo regional"
)

STAMPS = (
    "marzo 3, 2024 | 18:40",
    "03/03/2024 | 18:40 hrs.",
    "3 de marzo de 2024 - 18:40",
    "domingo, 3 marzo 2024 | 18:40",
)


@pytest.mark.parametrize("head", HEADS)
@pytest.mark.parametrize("stamp", STAMPS)
def test_a_stamp_glued_after_the_first_paragraph_is_the_pages(head: str, stamp: str) -> None:
    page = f"{head}{FIRST} {stamp}\n\n{SECOND}\n"
    assert [p.text for p in parse_layout(page).body] == [FIRST, SECOND]


@pytest.mark.parametrize("head", HEADS)
@pytest.mark.parametrize(
    "closing",
    [
        "La obra estará lista el 27 de septiembre de 2025.",
        "Las inscripciones cierran el 27/09/2025 a las 10:45 horas.",
        "El plazo vence el sábado 27 de septiembre de 2025, a las 10:45 horas.",
        "Así lo anunció. 2025 será el año de la obra, 10:45 de la mañana",
    ],
    ids=["date-in-sentence", "date-and-time", "weekday-date", "figure-sentence"],
)
def test_a_date_in_the_text_stays(head: str, closing: str) -> None:
    last = f"{SECOND[:-1]}. {closing}"
    page = f"{head}{FIRST}\n\n{last}\n"
    assert [p.text for p in parse_layout(page).body] == [FIRST, last]


READ_MORE = (
    "… Sigue leyendo Concejo aprueba el cupo de endeudamiento",
    "… Seguir leyendo",
    "[…] Leer más",
    "... Continue reading →",
    pytest.param(
        "… Read more »",
        marks=pytest.mark.xfail(
            strict=True,
            reason="a last line closed by a link's '»' reads as another story's card first",
        ),
    ),
    "… Seguí leyendo Concejo aprueba el cupo",
)


@pytest.mark.parametrize("head", HEADS)
@pytest.mark.parametrize("link", READ_MORE)
def test_an_excerpts_link_to_the_whole_piece_is_the_pages(head: str, link: str) -> None:
    page = f"{head}{FIRST}\n\n{SECOND}\n\n{LAST} {link}\n"
    cut = link.split(" ", 1)[0]
    assert [p.text for p in parse_layout(page).body] == [FIRST, SECOND, f"{LAST} {cut}"]


@pytest.mark.parametrize(
    "text",
    [
        f"{LAST}… y sigue leyendo los informes cada mañana.",
        f"{LAST}... Leer más libros es la meta del plan lector municipal.",
    ],
    ids=["lower-case-sentence", "read-more-books"],
)
def test_words_of_reading_in_the_text_stay(text: str) -> None:
    page = f"{HEADS[1]}{FIRST}\n\n{SECOND}\n\n{text}\n"
    assert [p.text for p in parse_layout(page).body][-1] == text


def test_offsets_point_at_the_kept_text() -> None:
    page = f"{HEADS[0]}{FIRST} {STAMPS[0]}\n\n{SECOND}\n\n{LAST} {READ_MORE[0]}\n"
    body = parse(page).body
    assert [page[p.start : p.end] for p in body] == [FIRST, SECOND, f"{LAST} …"]


TAG_ROWS = (
    "Vialidad , Cultura , Festival del Mar 2024 , Comercio , turismo regional , Valdivia",
    "Medellín , Concejo , Metro ligero , Endeudamiento , Movilidad , Antioquia , obras",
    "Cádiz , Tranvía , Junta de Andalucía , Licitación , Transporte público , Bahía",
)


@pytest.mark.parametrize("tags", TAG_ROWS)
def test_a_tag_list_joined_by_spaced_commas_is_the_pages(tags: str) -> None:
    page = f"{HEADS[1]}{FIRST}\n\n{SECOND}\n\n{tags}\n\n{LAST}.\n"
    assert [p.text for p in parse_layout(page).body] == [FIRST, SECOND, f"{LAST}."]


@pytest.mark.parametrize(
    "text",
    [
        "Participaron Medellín , Bello , Itagüí y Envigado, según la alcaldía.",
        (
            "Los barrios afectados son Centro , Norte , Sur , Oriente , Occidente , La Loma y"
            " El Prado, en los que se cortará el agua."
        ),
    ],
    ids=["few-names", "closed-sentence"],
)
def test_a_sentence_with_spaced_commas_stays(text: str) -> None:
    page = f"{HEADS[1]}{FIRST}\n\n{text}\n\n{SECOND}\n"
    assert [p.text for p in parse_layout(page).body] == [FIRST, text, SECOND]


@pytest.mark.parametrize(
    "call",
    [
        "Aquí puedes consultar el calendario de vacunación de cada centro de salud.",
        "Acá podés ver el video completo de la sesión",
        "AQUÍ PUEDES CONSULTAR LOS RESULTADOS:",
        "Aquí te dejamos la lista de centros de vacunación.",
    ],
    ids=["mx-aqui-puedes", "ar-aca-podes", "caps-colon", "aqui-te-dejamos"],
)
def test_a_links_call_to_the_reader_is_the_pages(call: str) -> None:
    page = f"{HEADS[1]}{FIRST}\n\n{call}\n\n{SECOND}\n"
    assert [p.text for p in parse_layout(page).body] == [FIRST, SECOND]


@pytest.mark.parametrize(
    "text",
    [
        "Aquí podría construirse el nuevo hospital regional, según el proyecto del municipio.",
        "Aquí pueden verse todavía las huellas del incendio en los cerros de la ciudad.",
    ],
    ids=["aqui-podria", "aqui-pueden"],
)
def test_a_sentence_opening_with_aqui_stays(text: str) -> None:
    page = f"{HEADS[1]}{FIRST}\n\n{text}\n\n{SECOND}\n"
    assert [p.text for p in parse_layout(page).body] == [FIRST, text, SECOND]
