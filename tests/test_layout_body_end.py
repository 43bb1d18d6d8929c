"""Where the article ends: a run of other articles' cards after its last paragraph.

Written for these tests in several countries' styles. After the story, pages set cards
of other stories: a headline, its summary (one sentence or a few, up to 600
characters), often a time stamp. Two cards or more to the end of the body are another
rhythm than the article's, and end it when a label heads the run or each card carries
its stamp; the calls between the text and the run (a newsletter, a contact line) go with
them. The article's own list (a name over what the person said, under an intertitle)
stays.
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_layout
from noticiaparse._layout.tail import BodyLine, body_furniture

HEAD = (
    "Los mercados de barrio se preparan para la temporada alta\n\n"
    "Por Daniela Rojas Ugarte\n\n12 de noviembre de 2025\n\n"
)
P = (
    (
        "Los comerciantes de los mercados municipales comenzaron a reforzar sus inventarios"
        " ante la llegada de la temporada alta, cuando las ventas suelen duplicarse en pocas"
        " semanas y los proveedores suben sus precios."
    ),
    (
        "La gerencia de abastecimiento informó que este año se habilitarán horarios"
        " extendidos los fines de semana, con más vigilancia en los accesos y nuevos puntos"
        " de pago con tarjeta para evitar las filas."
    ),
    (
        "«Esperamos un diciembre mejor que el del año pasado, pero todo dependerá del"
        " precio del transporte», dijo la presidenta de la asociación de vendedores."
    ),
)
CARDS = (
    "Suben las tarifas del transporte interprovincial en la víspera del feriado",
    (
        "Las empresas de buses aplicaron alzas de hasta 40 % en las rutas más demandadas."
        " Los pasajeros denuncian cobros sin aviso y piden la intervención del Estado."
    ),
    "Productores de leche anuncian un paro indefinido desde el lunes",
    (
        "El gremio exige un precio mínimo por litro y advierte que bloqueará las carreteras"
        " de acceso a la capital si no hay respuesta del ministerio."
    ),
)


def _body(text: str) -> list[str]:
    return [p.text for p in parse_layout(text).body]


def _page(*tail: str) -> str:
    return HEAD + "\n\n".join((*P, *tail)) + "\n"


@pytest.mark.parametrize(
    "label",
    [
        pytest.param("━ más como esto", id="ve-lower-case-with-a-rule"),
        pytest.param("más sobre el tema", id="pe-lower-case"),
        pytest.param("Más noticias", id="cl-list-label"),
        pytest.param("También te puede interesar", id="mx-related-label"),
    ],
)
def test_cards_under_a_label_end_the_article(label: str) -> None:
    assert _body(_page(label, *CARDS)) == list(P)


@pytest.mark.parametrize(
    "calls",
    [
        pytest.param(
            (
                "Para contactarnos escribe a nuestro correo de la redacción",
                "Recibe las noticias del día a través de nuestro canal de WhatsApp",
            ),
            id="ve-contact-and-whatsapp",
        ),
        pytest.param(("Síguenos en nuestras redes sociales",), id="co-follow-us"),
    ],
)
def test_calls_between_the_text_and_the_cards_go_with_them(calls: tuple[str, ...]) -> None:
    assert _body(_page(*calls, "más como esto", *CARDS)) == list(P)


@pytest.mark.parametrize(
    "stamps",
    [
        pytest.param(("Hace 3 horas", "Hace 5 horas"), id="ar-relative"),
        pytest.param(("11 de noviembre de 2025", "10 de noviembre de 2025"), id="mx-date"),
        pytest.param(("11/11/2025 - 18:40", "10/11/2025 - 09:15"), id="es-numeric"),
    ],
)
def test_cards_each_with_its_stamp_end_the_article(stamps: tuple[str, str]) -> None:
    tail = (CARDS[0], CARDS[1], stamps[0], CARDS[2], CARDS[3], stamps[1])
    assert _body(_page(*tail)) == list(P)


def test_a_headline_alone_over_its_stamp_is_a_card_too() -> None:
    tail = (CARDS[0], CARDS[1], "Hace 2 horas", CARDS[2], "Hace 4 horas")
    assert _body(_page(*tail)) == list(P)


@pytest.mark.xfail(strict=True, reason="two headline-and-sentence pairs at the end read as teasers")
def test_the_articles_own_list_under_an_intertitle_stays() -> None:
    own = (
        "Lo que dicen los vendedores",
        "Rosa Huamán, vendedora de frutas desde hace veinte años",
        "Dice que las ventas bajaron y que espera recuperar lo perdido en diciembre.",
        "Julio Cárdenas, carnicero del pabellón central del mercado",
        "Cree que los horarios extendidos atraerán a más clientes de otros distritos.",
    )
    assert _body(_page(*own)) == [*P, *own]


@pytest.mark.xfail(strict=True, reason="two headline-and-sentence pairs at the end read as teasers")
def test_two_sections_with_intertitles_at_the_end_stay() -> None:
    own = (
        "Más seguridad en los accesos del mercado central",
        "La municipalidad contratará a veinte vigilantes más para los fines de semana.",
        "Nuevos puntos de pago con tarjeta y billetera digital",
        "Los bancos instalarán terminales en los pasillos principales antes del día 15.",
    )
    assert _body(_page(*own)) == [*P, *own]


def _line(text: str, kind: str = "") -> BodyLine:
    closed = text.endswith(".")
    return BodyLine(text, 1, kind, kind == "", sentence=closed and len(text) > 60, closed=closed)


def test_a_live_pages_entries_with_their_time_over_them_stay() -> None:
    # (read on the body's lines: each entry's time over it, as live pages set them)
    lines = [_line(P[0]), _line(P[1])]
    for stamp, title, summary in (
        ("10:45 hrs", CARDS[0], CARDS[1]),
        ("10:20 hrs", CARDS[2], CARDS[3]),
    ):
        lines += [_line(stamp, "line"), _line(title), _line(summary)]
    lines.append(_line("09:58 hrs", "line"))
    assert body_furniture(lines) == frozenset()


def test_cards_each_with_its_time_under_it_are_furniture() -> None:
    lines = [_line(P[0]), _line(P[1])]
    for title, summary, stamp in (
        (CARDS[0], CARDS[1], "Hace 1 hora"),
        (CARDS[2], CARDS[3], "Ayer"),
    ):
        lines += [_line(title), _line(summary), _line(stamp, "date" if stamp == "Ayer" else "line")]
    assert sorted(body_furniture(lines)) == [2, 3, 5, 6]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(
            CARDS[1] + " 11 de noviembre de 2025",
            CARDS[3] + " 10 de noviembre de 2025",
            id="mx-date-after",
        ),
        pytest.param(CARDS[1] + " Hace 3 horas", CARDS[3] + " Hace 6 horas", id="ar-stamp-after"),
        pytest.param("11/11/2025 - " + CARDS[1], "10/11/2025 - " + CARDS[3], id="es-date-before"),
        pytest.param(
            "11 de noviembre de 2025 | " + CARDS[1],
            "10 de noviembre de 2025 | " + CARDS[3],
            id="co-date-before-bar",
        ),
    ],
)
def test_cards_with_the_stamp_glued_to_the_summary_end_the_article(first: str, second: str) -> None:
    assert _body(_page(CARDS[0], first, CARDS[2], second)) == list(P)


def test_a_last_paragraph_closed_with_a_year_stays() -> None:
    last = (
        "La asociación de vendedores prevé que las ventas vuelvan a crecer en la campaña"
        " de verano. El próximo balance se conocerá en enero de 2026"
    )
    assert _body(_page(last)) == [*P, last]


@pytest.mark.parametrize(
    "card",
    [
        pytest.param(("Lee también",), id="under-a-label"),
        pytest.param(("Comparte esta noticia",), id="share-box"),
        pytest.param((), id="no-label"),
    ],
)
def test_the_articles_own_card_after_the_text_is_furniture(card: tuple[str, ...]) -> None:
    headline = HEAD.split("\n", 1)[0]
    assert _body(_page(*card, headline, P[0])) == list(P)


def test_the_first_paragraph_again_with_new_text_after_it_stays() -> None:
    more = (
        "Los vendedores, en cambio, piden que los horarios extendidos rijan también en"
        " enero, cuando llegan los turistas del interior."
    )
    assert _body(_page(P[0], more)) == [*P, P[0], more]
