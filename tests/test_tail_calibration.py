"""The body's end, calibrated on the readable pages (issue 15; docs/layout.md, "the end").

Each rule here was counted over every readable gold page: where the text's end fell,
which rule dropped or kept each line after the first paragraph, and how often the
gold agreed. The pages below are written for these tests, in several outlets' styles.
"""

from __future__ import annotations

import pytest

import noticiaparse


def _body(page: str) -> list[str]:
    return [p.text for p in noticiaparse.parse(page).body]


_FOOT = "Síguenos en redes\n\nAviso de privacidad\n\n© 2025 Todos los derechos reservados\n"

# (headline, deck, three paragraphs of text) in several countries' styles
_ARTICLES = {
    "pe": (
        "Municipalidad de Arequipa licita la reparación del mercado San Camilo",
        "La obra costará 12 millones de soles y durará un año.",
        [
            (
                "La municipalidad abrió este lunes la licitación para reparar el techo y los "
                "pasillos del mercado, cerrado en parte desde las lluvias de marzo."
            ),
            (
                "Los comerciantes pidieron que las obras se hagan por etapas para no perder a "
                "sus clientes durante la temporada alta de fin de año."
            ),
            (
                "El alcalde aseguró que el mercado seguirá abierto durante los trabajos y que "
                "las ofertas se abrirán el 3 de junio."
            ),
        ],
    ),
    "mx": (
        "Congreso de Jalisco aprueba la ley de agua para los municipios del Altiplano",
        "Los ayuntamientos tendrán seis meses para adaptar sus reglamentos.",
        [
            (
                "Con 28 votos a favor, los diputados locales aprobaron este jueves la reforma "
                "que obliga a medir el consumo de los pozos agrícolas de la región."
            ),
            (
                "La oposición votó en contra al considerar que el texto no asigna recursos "
                "para instalar los medidores en las comunidades más pobres."
            ),
            (
                "La gobernación publicará la ley en el periódico oficial la próxima semana, "
                "según informó la secretaría general."
            ),
        ],
    ),
    "ve": (
        "Apagones dejan sin servicio a seis estados del occidente venezolano",
        "La empresa eléctrica atribuyó la falla a una línea de transmisión.",
        [
            (
                "Vecinos de Barquisimeto, Valera y San Cristóbal reportaron cortes de luz desde "
                "la madrugada de este martes, según mensajes difundidos en redes sociales."
            ),
            (
                "En varias zonas el servicio volvió por la tarde, aunque los comercios "
                "siguieron cerrados por falta de refrigeración y de conexión a internet."
            ),
            (
                "Los gremios empresariales pidieron un plan de racionamiento anunciado con "
                "antelación para organizar los turnos de trabajo."
            ),
        ],
    ),
}


def _page(country: str) -> str:
    headline, deck, paragraphs = _ARTICLES[country]
    top = f"Inicio\n\nNoticias\n\n# {headline}\n\n{deck}\n\nPor Redacción\n\n"
    return top + "".join(p + "\n\n" for p in paragraphs)


# one card of another story after the text, its summary retelling a third of its
# headline's content words (its headline over it taken out already as a list's)
_ONE_CARD = {
    "pe": (
        "Noticias relacionadas\n\nNo te pierdas\n\n"
        "Chile se mantiene por quinto año como el mayor productor de cobre del planeta\n\n"
        "El anuario minero confirma el primer lugar del país andino en la producción de "
        "cobre desde 2019, con una distancia cada vez mayor sobre Perú y el Congo.\n\n"
    ),
    "mx": (
        "Noticias relacionadas\n\nTe puede interesar\n\n"
        "Monterrey encabeza por tercer año la lista de ciudades con más empleo formal\n\n"
        "El informe del instituto de estadística ubica a Monterrey por delante de otras "
        "ciudades, como Guadalajara y Querétaro, en la creación de empleo durante 2024.\n\n"
    ),
}


@pytest.mark.parametrize("country", sorted(_ONE_CARD))
def test_a_card_retelling_a_third_of_its_headline_is_the_pages(country: str) -> None:
    page = _page(country) + _ONE_CARD[country] + _FOOT
    body = _body(page)
    assert body == _ARTICLES[country][2]


# a linked card: its headline's words are read without its address's (a long address
# names the section, the date, the story's number, and would outnumber them)
_LINKED_CARD = {
    "ve": (
        "Más noticias\n\n"
        "#### [Inflación en Caracas baja por cuarto mes consecutivo según el banco central]"
        "(https://www.diario.example/economia/finanzas/2025/05/14/inflacion-caracas-baja-"
        "cuarto-mes-consecutivo-banco-central-998877)\n\n"
        "El banco central reportó que la inflación en Caracas bajó en mayo por cuarto mes, "
        "aunque los alimentos siguieron subiendo.\n\n"
    ),
    "mx": (
        "Lo más visto\n\n"
        "#### [Aeropuerto de Tijuana suma nueva ruta directa hacia Madrid desde julio]"
        "(https://noticias.example/nacional/baja-california/2025-06-02/aeropuerto-tijuana-"
        "nueva-ruta-directa-madrid-julio-445566)\n\n"
        "La nueva ruta directa entre Tijuana y Madrid tendrá tres vuelos por semana desde el "
        "aeropuerto de la ciudad fronteriza.\n\n"
    ),
}


@pytest.mark.parametrize("country", sorted(_LINKED_CARD))
def test_a_linked_cards_headline_is_read_without_its_address(country: str) -> None:
    page = _page(country) + _LINKED_CARD[country] + _FOOT
    assert _body(page) == _ARTICLES[country][2]


# the article's own last paragraph under a box set into the text: its words are the
# text's (the card's summary tells another story), kept however short
_LAST_UNDER_BOX = {
    "pe": (
        "Lee también\n\n"
        "Comerciantes del mercado San Camilo piden obras por etapas\n\n"
        "Las obras del mercado empezarán en julio, dijo el alcalde.\n\n"
    ),
    "mx": (
        "Te puede interesar\n\n"
        "Diputados de Jalisco discuten la medición del agua de los pozos\n\n"
        "«La ley del agua llega tarde, pero llega», dijo la diputada que presentó la reforma.\n\n"
    ),
    "ve": (
        "LEA TAMBIÉN:\n\n"
        "Apagones en el occidente: vecinos reportan cortes de luz en seis estados\n\n"
        "Los cortes de luz seguían en la noche en seis estados.\n\n"
    ),
}


@pytest.mark.parametrize("country", sorted(_LAST_UNDER_BOX))
def test_the_texts_last_paragraph_under_a_box_stays(country: str) -> None:
    page = _page(country) + _LAST_UNDER_BOX[country] + _FOOT
    body = _body(page)
    last = _LAST_UNDER_BOX[country].rstrip("\n").rsplit("\n\n", 1)[1]
    assert body[:3] == _ARTICLES[country][2]
    assert body[-1] == last


# cards after the text, each summary between its headline's link and a "read more" link
# to the same article (a news site's list of its latest stories)
_LINKED_CARDS = {
    "co": (
        "## [Gobierno amplía el subsidio de transporte para estudiantes de Medellín]"
        "(/noticias/regional/subsidio-transporte-estudiantes-7781)\n\n"
        "El beneficio cubrirá a 40.000 jóvenes de colegios públicos desde febrero.\n\n"
        "  * [Leer más sobre Gobierno amplía el subsidio de transporte]"
        '(/noticias/regional/subsidio-transporte-estudiantes-7781 "Gobierno amplía")\n'
        "  * 812 lecturas\n\n"
        "## [Lluvias dejan 300 familias damnificadas en el sur de Bolívar]"
        "(/noticias/nacional/lluvias-familias-bolivar-7779)\n\n"
        "Los organismos de socorro instalaron albergues en tres municipios ribereños.\n\n"
        "  * [Leer más sobre Lluvias dejan 300 familias damnificadas]"
        "(/noticias/nacional/lluvias-familias-bolivar-7779)\n"
        "  * 1204 lecturas\n\n"
    ),
    "ar": (
        "### [La inflación de marzo fue la más baja en cuatro años según el Indec]"
        "(https://diario.example/economia/inflacion-marzo-indec)\n\n"
        "El índice de precios subió 2,1% y acumuló 9% en el primer trimestre.\n\n"
        "[Seguir leyendo](https://diario.example/economia/inflacion-marzo-indec)\n\n"
    ),
    "cl": (
        "[Metro de Santiago abrirá dos estaciones de la Línea 7 antes de lo previsto]"
        "(https://www.medio.example/nacional/2025/metro-linea-7-estaciones/)\n"
        "Las obras de Renca y Cerro Navia terminaron con tres meses de adelanto.\n"
        "[Ver nota completa](https://www.medio.example/nacional/2025/metro-linea-7-estaciones/)\n\n"
    ),
}


@pytest.mark.parametrize("country", sorted(_LINKED_CARDS))
def test_a_summary_between_two_links_to_its_article_is_the_cards(country: str) -> None:
    page = _page("pe") + _LINKED_CARDS[country] + _FOOT
    assert _body(page) == _ARTICLES["pe"][2]


def test_a_paragraph_between_links_to_two_articles_stays() -> None:
    # the text goes on between two related links set into it
    first, second, third = _ARTICLES["mx"][2]
    page = _page("mx").replace(
        third,
        "Lee también: [Sequía obliga a racionar el agua en Aguascalientes](/nota-101)\n\n"
        + third
        + "\n\n[Productores de maíz piden apoyos por la sequía](/nota-102)",
    )
    body = _body(page)
    assert body[:2] == [first, second]
    assert third in body


# an embedded post's signature whose dash the renderer lost
_SIGNATURES = [
    "Alcaldía de Arequipa (@MuniArequipa) June 5, 2023",
    "Protección Civil CDMX (@PC_CDMX) 12 de marzo de 2024",
    "Funvisis (@FUNVISIS) Mar. 3, 2025",
]


@pytest.mark.parametrize("signature", _SIGNATURES)
def test_a_posts_signature_without_its_dash_is_the_pages(signature: str) -> None:
    third = _ARTICLES["pe"][2][2]
    page = _page("pe").replace(
        third, "Así lo anunció la municipalidad en sus redes.\n\n" + signature + "\n\n" + third
    )
    body = _body(page)
    assert signature not in body
    assert body[-1] == third


def test_a_sentence_naming_a_handle_and_a_date_stays() -> None:
    line = "La alcaldía (@MuniArequipa) lo anunció el 5 de junio de 2023 en sus redes."
    third = _ARTICLES["pe"][2][2]
    body = _body(_page("pe").replace(third, line + "\n\n" + third))
    assert line in body


# other stories listed under a label closed by a colon, one right under another, on a
# page that sets the text's paragraphs a blank line apart
_LISTS = {
    "py": (
        "VER MÁS:\n"
        "Los primeros días del año registran un aumento de denuncias por estafas "
        "telefónicas en Asunción, según la fiscalía.\n"
        "Agentes de la policía detuvieron a un joven de 19 años acusado de robar motos en "
        "el microcentro de la capital.\n\n"
    ),
    "es": (
        "Lea también:\n"
        "El Gobierno aprueba el reparto de fondos para las autonomías tras meses de "
        "negociación con los consejeros.\n"
        "Los sindicatos convocan huelga en el transporte de mercancías para la semana que "
        "viene en toda Andalucía.\n\n"
    ),
}


@pytest.mark.parametrize("country", sorted(_LISTS))
def test_a_tight_list_under_a_colons_label_after_the_text_is_the_pages(country: str) -> None:
    page = _page("ve") + _LISTS[country] + _FOOT
    assert _body(page) == _ARTICLES["ve"][2]


def test_the_text_going_on_under_a_labels_headline_stays() -> None:
    third = _ARTICLES["ve"][2][2]
    page = _page("ve").replace(
        third,
        "Lea también:\nCorpoelec anuncia un plan de mantenimiento en Zulia\n\n"
        + third
        + "\n\nLa empresa no respondió a las consultas de este diario.",
    )
    body = _body(page)
    assert body[-2:] == [third, "La empresa no respondió a las consultas de este diario."]


def test_a_page_of_lines_set_right_under_one_another_keeps_its_last_lines() -> None:
    first, second, third = _ARTICLES["ve"][2]
    closing = (
        "Los cortes se repitieron en la noche en Táchira y Mérida, según vecinos.\n"
        "La empresa eléctrica no informó cuándo volverá el servicio."
    )
    page = (
        "# Apagones dejan sin servicio a seis estados del occidente venezolano\n\n"
        f"{first}\n{second}\n{third}\nActualización:\n{closing}\n"
    )
    body = " ".join(_body(page))
    assert "no informó cuándo volverá el servicio" in body
