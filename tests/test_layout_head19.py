"""The head of the page: three conventions the real-page sets show few of (issue 15, headQ).

Written for these tests in several countries' styles and renderers' shapes:

- a byline of a person's names alone in Title Case with the date in words after them on
  one line, no mark between, whether or not the given name is a listed one ("Yaritza
  Condori 14 de agosto de 2025"); a place's name there is no author ("San Pedro Sula",
  "La Paz", "Buenos Aires");
- two sentences closed by a full stop, however short, are never the title (a
  subscription window's call set twice over the page); a title of two sentences leaves
  the second unclosed;
- the story's tag list (links joined by " , ") between a line and the text sets that
  line apart as the deck, under the date and the photo's caption too.
"""

from __future__ import annotations

import datetime as dt

import pytest

from noticiaparse import parse_layout

_LEAD = {
    "BO": (
        (
            "La Gobernación de Cochabamba habilitó este jueves tres albergues temporales para"
            " las familias que perdieron sus viviendas por la crecida del río Rocha."
        ),
        (
            "Los damnificados recibirán víveres y frazadas durante al menos dos semanas,"
            " mientras los técnicos evalúan el estado de los puentes de la zona sur."
        ),
    ),
    "PE": (
        (
            "El municipio de Arequipa inició el retiro de los comerciantes informales que"
            " ocupaban las veredas de la avenida Ejército desde hace más de un año."
        ),
        (
            "Los vendedores serán reubicados en un mercado temporal habilitado en un terreno"
            " municipal, con puestos asignados por sorteo entre los inscritos."
        ),
    ),
    "HN": (
        (
            "La Secretaría de Salud amplió el horario de vacunación en los centros de salud"
            " de la capital ante el aumento de casos de dengue en las últimas semanas."
        ),
        (
            "Las brigadas también visitarán los barrios con más contagios para eliminar"
            " criaderos de zancudos en patios, llantas y recipientes con agua."
        ),
    ),
    "CO": (
        (
            "La alcaldía de Medellín anunció el cierre parcial de la avenida Regional durante"
            " tres fines de semana para reparar el pavimento del carril exclusivo."
        ),
        (
            "Los desvíos estarán señalizados y habrá agentes de tránsito en los cruces de"
            " mayor flujo, informó la Secretaría de Movilidad en un comunicado."
        ),
    ),
}


def _page(*lines: str, sep: str = "\n\n") -> str:
    return sep.join(lines) + "\n"


# --------------------------------------------------------------------------- names alone


@pytest.mark.parametrize(
    ("title", "signature", "country", "author", "day", "sep"),
    [
        (
            "Cochabamba habilita albergues para los afectados por la crecida",
            "Yaritza Condori 14 de agosto de 2025",
            "BO",
            "Yaritza Condori",
            dt.date(2025, 8, 14),
            "\n\n",
        ),
        (
            "Arequipa retira a los comerciantes informales de la avenida Ejército",
            "Brenda Quispe Huamaní 9 de enero de 2023",
            "PE",
            "Brenda Quispe Huamaní",
            dt.date(2023, 1, 9),
            "\n",
        ),
        (
            "Salud amplía el horario de vacunación por el alza del dengue",
            "Dayana Urrutia 30 de noviembre de 2022 - 10:15",
            "HN",
            "Dayana Urrutia",
            dt.date(2022, 11, 30),
            "\n\n",
        ),
        (
            "Cierran por tramos la avenida Regional para repavimentar el carril",
            "Yeison Cardona 2 de mayo de 2024",
            "CO",
            "Yeison Cardona",
            dt.date(2024, 5, 2),
            "\n",
        ),
    ],
    ids=["bo-spaced", "pe-three-names-tight", "hn-with-time", "co-tight"],
)
def test_names_alone_over_the_date_sign_the_page(  # noqa: PLR0917 - (the parameters of one case)
    title: str, signature: str, country: str, author: str, day: dt.date, sep: str
) -> None:
    layout = parse_layout(_page("Nacionales", title, signature, *_LEAD[country], sep=sep))
    assert (None, (author,)) == (layout.deck, layout.authors)
    assert layout.published is not None
    value = layout.published.value
    assert day == (value.date() if isinstance(value, dt.datetime) else value)


@pytest.mark.parametrize(
    "place",
    [
        "San Pedro Sula 3 de julio de 2024",
        "La Paz 21 de marzo de 2023",
        "Buenos Aires 12 de junio de 2023",
        "Puerto Montt 5 de abril de 2024",
    ],
    ids=["hn-san", "bo-article", "ar-known-place", "cl-puerto"],
)
def test_a_place_over_the_date_signs_nothing(place: str) -> None:
    title = "Salud amplía el horario de vacunación por el alza del dengue"
    layout = parse_layout(_page(title, place, *_LEAD["HN"]))
    assert ((), None) == (layout.authors, layout.deck)


_PLACE_DATE = pytest.mark.xfail(
    strict=True,
    reason=(
        "a place and the date in words with no mark between is read as the page's stamp "
        "(no deck, no author) but not as its publication line: only a place the date "
        "reader takes ('La Paz') gives the date"
    ),
)


@pytest.mark.parametrize(
    ("place", "day"),
    [
        pytest.param("San Pedro Sula 3 de julio de 2024", dt.date(2024, 7, 3), marks=_PLACE_DATE),
        ("La Paz 21 de marzo de 2023", dt.date(2023, 3, 21)),
        pytest.param("Buenos Aires 12 de junio de 2023", dt.date(2023, 6, 12), marks=_PLACE_DATE),
        pytest.param("Puerto Montt 5 de abril de 2024", dt.date(2024, 4, 5), marks=_PLACE_DATE),
    ],
    ids=["hn-san", "bo-article", "ar-known-place", "cl-puerto"],
)
def test_a_place_over_the_date_dates_the_page(place: str, day: dt.date) -> None:
    title = "Salud amplía el horario de vacunación por el alza del dengue"
    layout = parse_layout(_page(title, place, *_LEAD["HN"]))
    assert layout.published is not None
    value = layout.published.value
    assert day == (value.date() if isinstance(value, dt.datetime) else value)


# --------------------------------------------------------------------------- two sentences


@pytest.mark.parametrize(
    "call",
    [
        "Actualizá tus datos para seguir leyendo. Te lleva menos de un minuto.",
        "Tu período de prueba terminó. Elegí un plan para seguir informado.",
        "Confirma tu correo electrónico. Así podrás recibir nuestras alertas.",
    ],
    ids=["uy-update", "ar-trial", "mx-confirm"],
)
def test_a_call_of_two_sentences_shown_twice_is_no_title(call: str) -> None:
    title = "Arequipa retira a los comerciantes informales de la avenida Ejército"
    page = _page(
        call, "Suscribirme", call, "Suscribirme", title, "Por Rosa Villanueva", *_LEAD["PE"]
    )
    layout = parse_layout(page)
    assert title == (layout.headline.text if layout.headline else None)


def test_a_title_of_two_sentences_left_unclosed_stays() -> None:
    title = "¿Albergue o vivienda? Qué ofrece la Gobernación a los damnificados"
    layout = parse_layout(_page("Nacionales", title, "Por Luis Mamani", *_LEAD["BO"]))
    assert title == (layout.headline.text if layout.headline else None)


# --------------------------------------------------------------------------- tags under the deck

_DECK = "Las autoridades prevén terminar las obras antes de la temporada de lluvias"


@pytest.mark.parametrize(
    ("over", "sep"),
    [
        (("12 de septiembre de 2025",), "\n\n"),
        (("12/09/2025 08:40", "Vecinos observan los trabajos en el cruce principal."), "\n\n"),
        (("12 de septiembre de 2025", "ANTIOQUIA"), "\n"),
    ],
    ids=["date", "date-caption-spaced", "date-label-tight"],
)
def test_the_tag_list_under_a_line_makes_it_the_deck(over: tuple[str, ...], sep: str) -> None:
    title = "Cierran por tramos la avenida Regional para repavimentar el carril"
    tags = "Medellín , Movilidad , Obras , Avenida Regional , Tránsito , Alcaldía"
    page = _page(title, *over, _DECK, tags, *_LEAD["CO"], sep=sep)
    layout = parse_layout(page)
    assert _DECK == (layout.deck.text if layout.deck else None)
    assert [_LEAD["CO"][0], _LEAD["CO"][1]] == [p.text for p in layout.body]


def test_a_line_with_no_tag_list_under_it_stays_the_lead() -> None:
    title = "Cierran por tramos la avenida Regional para repavimentar el carril"
    page = _page(title, "12 de septiembre de 2025", *_LEAD["CO"])
    layout = parse_layout(page)
    assert (None, _LEAD["CO"][0]) == (layout.deck, layout.body[0].text)
