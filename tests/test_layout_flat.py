"""Pages without blank lines (issue 15): ``_layout/flat.py`` and the flat-page mode.

Scrapers that set one line per HTML node and no blank line at all
(``soup.get_text("\\n", strip=True)``, ``"\\n".join(soup.stripped_strings)``,
trafilatura's plain text) lose the blank lines the layout reads as block boundaries.
Each page below is written here, in the styles of outlets of several countries that do
not exist, as blocks of lines; it is rendered with a blank line between its blocks and
with none, and both renderings must read the same (docs/layout.md, "Pages without blank
lines").
"""

from __future__ import annotations

from typing import Any

import pytest

from noticiaparse import parse, parse_layout
from noticiaparse._layout.flat import flat_page, opens_block
from noticiaparse._layout.lines import Line
from noticiaparse._text.spine import collapse

PAGES: dict[str, dict[str, Any]] = {
    "cl_menu": {
        "blocks": [
            ["Inicio", "Nacional", "Economía", "Deportes", "Cultura"],
            ["Nacional"],
            ["Municipio de Quilpué habilita tres refugios ante el sistema frontal"],
            [
                (
                    "Las instalaciones recibirán a personas en situación de calle durante "
                    "las noches de lluvia"
                )
            ],
            ["Por Fernanda Contreras Ruiz"],
            ["Martes 14 de junio de 2022 | 19:40"],
            [
                (
                    "La Municipalidad de Quilpué dispuso tres recintos deportivos para "
                    "acoger a quienes no tienen un techo durante el temporal que afecta a "
                    "la zona central."
                )
            ],
            [
                (
                    "Según informó el alcalde, los refugios contarán con camas, frazadas "
                    "y alimentación caliente entre las 20:00 y las 8:00 horas."
                )
            ],
            [
                "La medida se coordinó con la ",
                "oficina regional de emergencia",
                " y con voluntarios de la Cruz Roja.",
            ],
            [
                "Te puede interesar",
                "Vecinos de Villa Alemana denuncian cortes de agua reiterados",
                "Bomberos controla incendio en bodega del sector industrial",
                "Alcaldesa anuncia nuevo plan de reciclaje",
            ],
            ["Comentarios"],
        ],
        "headline": "Municipio de Quilpué habilita tres refugios ante el sistema frontal",
        "deck": "Las instalaciones recibirán a personas en situación de calle durante las "
        "noches de lluvia",
        "body": [
            (
                "La Municipalidad de Quilpué dispuso tres recintos deportivos para "
                "acoger a quienes no tienen un techo durante el temporal que afecta a la "
                "zona central."
            ),
            (
                "Según informó el alcalde, los refugios contarán con camas, frazadas y "
                "alimentación caliente entre las 20:00 y las 8:00 horas."
            ),
            (
                "La medida se coordinó con la oficina regional de emergencia y con "
                "voluntarios de la Cruz Roja."
            ),
        ],
    },
    "mx_nota": {
        "blocks": [
            ["Diario del Bajío", "Suscríbete"],
            ["Conagua prevé lluvias intensas en cinco estados del centro del país"],
            [
                (
                    "El organismo pidió a la población mantenerse atenta a los avisos de "
                    "protección civil."
                )
            ],
            ["Redacción"],
            ["12 de agosto de 2023"],
            [
                (
                    "Celaya, Guanajuato.- La Comisión Nacional del Agua advirtió este "
                    "sábado sobre precipitaciones de hasta 150 milímetros en Guanajuato, "
                    "Querétaro, Hidalgo, Puebla y Tlaxcala."
                )
            ],
            [
                (
                    "El pronóstico indica que las tormentas estarán acompañadas de "
                    "descargas eléctricas y posible caída de granizo en zonas altas."
                )
            ],
            [
                (
                    "Las autoridades estatales abrieron albergues temporales en los "
                    "municipios con mayor riesgo de inundación."
                )
            ],
            [
                "Lo más leído",
                "Cierran carretera federal por deslave",
                "Precio del huevo sube en mercados locales",
                "Aprueban presupuesto para obras de drenaje",
            ],
            ["Aviso de privacidad", "Todos los derechos reservados"],
        ],
        "headline": "Conagua prevé lluvias intensas en cinco estados del centro del país",
        "deck": "El organismo pidió a la población mantenerse atenta a los avisos de "
        "protección civil.",
        "body": [
            (
                "Celaya, Guanajuato.- La Comisión Nacional del Agua advirtió este sábado "
                "sobre precipitaciones de hasta 150 milímetros en Guanajuato, Querétaro, "
                "Hidalgo, Puebla y Tlaxcala."
            ),
            (
                "El pronóstico indica que las tormentas estarán acompañadas de descargas "
                "eléctricas y posible caída de granizo en zonas altas."
            ),
            (
                "Las autoridades estatales abrieron albergues temporales en los "
                "municipios con mayor riesgo de inundación."
            ),
        ],
    },
    "es_agencia": {
        "blocks": [
            ["Portada", "España", "Internacional"],
            ["El Gobierno aprueba una ayuda al alquiler para menores de treinta años"],
            ["Europa Press"],
            [
                (
                    "Madrid, 3 Mar. (EUROPA PRESS) - El Consejo de Ministros ha "
                    "aprobado este martes un real decreto que concede una ayuda "
                    "mensual de 250 euros a los jóvenes que paguen un alquiler, según "
                    "ha anunciado la portavoz del Ejecutivo en rueda de prensa."
                )
            ],
            [
                (
                    "La medida tendrá una duración de dos años y podrá solicitarse a "
                    "través de las comunidades autónomas a partir del próximo otoño."
                )
            ],
            [
                (
                    "Desde la oposición han criticado que la ayuda llega tarde y que "
                    "no resuelve la falta de vivienda en las grandes ciudades."
                )
            ],
            [
                "Noticias relacionadas",
                "La vivienda encabeza las preocupaciones de los jóvenes",
                "Sube el precio medio del alquiler en Madrid y Barcelona",
            ],
        ],
        "headline": "El Gobierno aprueba una ayuda al alquiler para menores de treinta años",
        "deck": None,
        "body": [
            (
                "Madrid, 3 Mar. (EUROPA PRESS) - El Consejo de Ministros ha aprobado "
                "este martes un real decreto que concede una ayuda mensual de 250 "
                "euros a los jóvenes que paguen un alquiler, según ha anunciado la "
                "portavoz del Ejecutivo en rueda de prensa."
            ),
            (
                "La medida tendrá una duración de dos años y podrá solicitarse a "
                "través de las comunidades autónomas a partir del próximo otoño."
            ),
            (
                "Desde la oposición han criticado que la ayuda llega tarde y que no "
                "resuelve la falta de vivienda en las grandes ciudades."
            ),
        ],
    },
    "ar_nota": {
        "blocks": [
            ["Sociedad"],
            ["Rosario: el municipio amplía el horario de las bibliotecas barriales"],
            [
                (
                    "Desde el lunes abrirán hasta las 22 en días hábiles y sumarán "
                    "talleres gratuitos los sábados."
                )
            ],
            ["Por Lucía Benítez"],
            [
                (
                    "Los vecinos de la zona oeste celebraron la decisión, que llega tras "
                    "un pedido de varios centros vecinales."
                )
            ],
            [
                (
                    "“Muchos chicos no tienen dónde estudiar de noche”, explicó la "
                    "coordinadora de la red de bibliotecas."
                )
            ],
            ["Las inscripciones para los talleres se abren esta semana en cada sede."],
            [
                "Seguí leyendo",
                "Cortes de luz programados en el centro",
                "Nuevo recorrido para la línea de colectivos",
            ],
        ],
        "headline": "Rosario: el municipio amplía el horario de las bibliotecas barriales",
        "deck": "Desde el lunes abrirán hasta las 22 en días hábiles y sumarán talleres "
        "gratuitos los sábados.",
        "body": [
            (
                "Los vecinos de la zona oeste celebraron la decisión, que llega tras un "
                "pedido de varios centros vecinales."
            ),
            (
                "“Muchos chicos no tienen dónde estudiar de noche”, explicó la "
                "coordinadora de la red de bibliotecas."
            ),
            "Las inscripciones para los talleres se abren esta semana en cada sede.",
        ],
    },
    "co_nota": {
        "blocks": [
            ["Colombia"],
            ["Bogotá tendrá pico y placa extendido durante la temporada de vacaciones"],
            ["La Secretaría de Movilidad explicó que la medida regirá de 6:00 a. m. a 9:00 p. m."],
            ["Redacción Bogotá"],
            ["15 de diciembre de 2023 - 08:20 a. m."],
            [
                (
                    "La administración distrital anunció que la restricción vehicular se "
                    "mantendrá durante las dos primeras semanas de enero, cuando se "
                    "espera un aumento del tráfico en las salidas de la ciudad."
                )
            ],
            [
                (
                    "Según la entidad, la decisión busca reducir los trancones en los "
                    "corredores de la "
                ),
                "avenida Boyacá",
                " y la autopista Norte.",
            ],
            [
                (
                    "Los conductores que incumplan la norma recibirán una multa y su "
                    "vehículo podrá ser inmovilizado."
                )
            ],
            ["Temas relacionados", "Movilidad", "Bogotá"],
        ],
        "headline": "Bogotá tendrá pico y placa extendido durante la temporada de vacaciones",
        "deck": "La Secretaría de Movilidad explicó que la medida regirá de 6:00 a. m. a "
        "9:00 p. m.",
        "body": [
            (
                "La administración distrital anunció que la restricción vehicular se "
                "mantendrá durante las dos primeras semanas de enero, cuando se espera "
                "un aumento del tráfico en las salidas de la ciudad."
            ),
            (
                "Según la entidad, la decisión busca reducir los trancones en los "
                "corredores de la avenida Boyacá y la autopista Norte."
            ),
            (
                "Los conductores que incumplan la norma recibirán una multa y su "
                "vehículo podrá ser inmovilizado."
            ),
        ],
    },
    "pe_sin_bajada": {
        "blocks": [
            ["Actualidad"],
            ["Arequipa: reabren el puente Grau tras seis meses de reparación"],
            [
                (
                    "La Municipalidad Provincial de Arequipa reabrió este jueves el "
                    "tránsito vehicular por el puente Grau, que permanecía cerrado "
                    "desde marzo por daños en su estructura."
                )
            ],
            [
                (
                    "Los trabajos demandaron una inversión de 4 millones de soles y "
                    "estuvieron a cargo de una empresa local, según precisó el "
                    "gerente de obras."
                )
            ],
            [
                (
                    "El alcalde pidió a los conductores respetar el límite de "
                    "velocidad de 30 kilómetros por hora en la zona."
                )
            ],
            [
                (
                    "Durante la inauguración, vecinos del Cercado expresaron su "
                    "satisfacción por la obra, aunque reclamaron mayor iluminación "
                    "en las veredas."
                )
            ],
        ],
        "headline": "Arequipa: reabren el puente Grau tras seis meses de reparación",
        "deck": None,
        "body": [
            (
                "La Municipalidad Provincial de Arequipa reabrió este jueves el "
                "tránsito vehicular por el puente Grau, que permanecía cerrado "
                "desde marzo por daños en su estructura."
            ),
            (
                "Los trabajos demandaron una inversión de 4 millones de soles y "
                "estuvieron a cargo de una empresa local, según precisó el gerente "
                "de obras."
            ),
            (
                "El alcalde pidió a los conductores respetar el límite de "
                "velocidad de 30 kilómetros por hora en la zona."
            ),
            (
                "Durante la inauguración, vecinos del Cercado expresaron su "
                "satisfacción por la obra, aunque reclamaron mayor iluminación en "
                "las veredas."
            ),
        ],
    },
    "uy_lista": {
        "blocks": [
            ["Montevideo amplía la red de ciclovías en la rambla"],
            [
                (
                    "La Intendencia presentó el plan de obras para el próximo verano, "
                    "con sendas nuevas en tres barrios de la costa y un puente peatonal "
                    "sobre el arroyo."
                )
            ],
            [
                (
                    "Las nuevas sendas unirán el Parque Rodó con Pocitos y tendrán una "
                    "extensión total de siete kilómetros, informó la directora de "
                    "Movilidad."
                )
            ],
            [
                (
                    "La obra comenzará en noviembre y se hará por tramos para no cortar "
                    "el tránsito de la rambla durante la temporada."
                )
            ],
            [
                (
                    "Vecinos de Punta Carretas pidieron además más estacionamientos para "
                    "bicicletas frente a las playas."
                )
            ],
            [
                "Nuevas paradas de ómnibus en el Centro",
                "El boleto urbano sube dos pesos en enero",
                "Cómo funcionará el tránsito en fin de año",
            ],
        ],
        "headline": "Montevideo amplía la red de ciclovías en la rambla",
        "deck": None,
        "body": [
            (
                "La Intendencia presentó el plan de obras para el próximo verano, con "
                "sendas nuevas en tres barrios de la costa y un puente peatonal sobre el arroyo."
            ),
            (
                "Las nuevas sendas unirán el Parque Rodó con Pocitos y tendrán una "
                "extensión total de siete kilómetros, informó la directora de "
                "Movilidad."
            ),
            (
                "La obra comenzará en noviembre y se hará por tramos para no cortar el "
                "tránsito de la rambla durante la temporada."
            ),
            (
                "Vecinos de Punta Carretas pidieron además más estacionamientos para "
                "bicicletas frente a las playas."
            ),
        ],
    },
    "ec_sin_bajada": {
        "blocks": [
            ["Nacionales"],
            ["Cuenca suspende las clases presenciales por la ola de calor"],
            [
                (
                    "Estas son las parroquias donde las escuelas atenderán en línea "
                    "hasta el viernes, según la lista oficial: Baños, Ricaurte, Sayausí y Turi."
                )
            ],
            [
                (
                    "El Ministerio de Educación explicó que la medida responde a "
                    "las altas temperaturas registradas durante la última semana en "
                    "la provincia del Azuay, que superaron los registros de los "
                    "últimos veinte años según el instituto de meteorología."
                )
            ],
            [
                (
                    "Los directivos de los planteles deberán enviar las tareas a "
                    "través de las plataformas digitales y mantener la atención a "
                    "los padres de familia por vía telefónica en el horario "
                    "habitual."
                )
            ],
            [
                (
                    "La Secretaría de Gestión de Riesgos recomendó a la población "
                    "hidratarse con frecuencia y evitar la exposición al sol entre "
                    "las once de la mañana y las tres de la tarde."
                )
            ],
        ],
        "headline": "Cuenca suspende las clases presenciales por la ola de calor",
        "deck": None,
        "body": [
            (
                "Estas son las parroquias donde las escuelas atenderán en línea "
                "hasta el viernes, según la lista oficial: Baños, Ricaurte, Sayausí y Turi."
            ),
            (
                "El Ministerio de Educación explicó que la medida responde a las "
                "altas temperaturas registradas durante la última semana en la "
                "provincia del Azuay, que superaron los registros de los últimos "
                "veinte años según el instituto de meteorología."
            ),
            (
                "Los directivos de los planteles deberán enviar las tareas a "
                "través de las plataformas digitales y mantener la atención a los "
                "padres de familia por vía telefónica en el horario habitual."
            ),
            (
                "La Secretaría de Gestión de Riesgos recomendó a la población "
                "hidratarse con frecuencia y evitar la exposición al sol entre las "
                "once de la mañana y las tres de la tarde."
            ),
        ],
    },
}


def _render(page: dict[str, Any], *, blank: bool) -> str:
    """The page's blocks a blank line apart (``blank``) or right under one another."""
    return ("\n\n" if blank else "\n").join("\n".join(block) for block in page["blocks"]) + "\n"


def _fields(text: str) -> tuple[str | None, str | None, list[str]]:
    layout = parse_layout(text)
    return (
        layout.headline.text if layout.headline else None,
        layout.deck.text if layout.deck else None,
        [segment.text for segment in layout.body],
    )


@pytest.mark.parametrize("blank", [True, False], ids=["blank_lines", "flat"])
@pytest.mark.parametrize("name", list(PAGES))
def test_page_reads_with_and_without_blank_lines(name: str, *, blank: bool) -> None:
    page = PAGES[name]
    expected = (page["headline"], page["deck"], page["body"])
    assert expected == _fields(_render(page, blank=blank))


def test_seed_flattened_parses_as_its_gold(seed_record: dict[str, Any]) -> None:
    """The seed article with every blank line removed reads as its gold."""
    gold = seed_record["gold"]
    flat = "\n".join(line for line in seed_record["text"].split("\n") if line.strip())
    assert "\n\n" not in flat
    expected = (
        collapse(gold["headline"]),
        collapse(gold["deck"]) if gold["deck"] else None,
        [collapse(p) for p in gold["body"]],
    )
    headline, deck, body = _fields(flat)
    assert expected == (headline, deck, body)


def _lines(*gaps: int) -> list[Line]:
    return [Line(k, k + 1, gap, "x") for k, gap in enumerate(gaps)]


@pytest.mark.parametrize(
    ("gaps", "flat"),
    [
        ((0, 0, 0, 0, 0), True),
        ((3, 0, 0, 0, 0), True),  # blank lines over the page's top say nothing
        ((0, 1, 0, 1, 0), False),
        ((0, 0), False),  # too few lines to tell
        ((0,) * 20 + (1,), True),  # one blank line in twenty-one lines: still flat
        ((0,) * 19 + (1,), False),
    ],
    ids=["none", "top_only", "spaced", "short", "one_in_21", "one_in_20"],
)
def test_flat_page_from_the_share_of_blank_lines(gaps: tuple[int, ...], *, flat: bool) -> None:
    assert flat == flat_page(_lines(*gaps))


@pytest.mark.parametrize(
    ("above", "line", "opens"),
    [
        ("La Corte rechazó el recurso.", "El fallo fue unánime.", True),
        ("Nacional", "Gobierno anuncia nuevo bono invernal", True),
        ("Gobierno anuncia nuevo bono invernal", "¿Quiénes podrán cobrarlo?", True),
        ("Así lo explicó la ministra.", "«Vamos a cumplir», añadió.", True),
        ("La ministra respondió:", "«Vamos a cumplir»", False),
        ("El anuncio lo hizo el intendente de la", "Región de Los Lagos", False),
        ("La alcaldesa de Maipú,", "Carla Ibáñez, confirmó el cierre.", False),
        ("La obra fue adjudicada a", "Constructora del Sur", False),
        ("ASUNCIÓN, 4 jun (EFE) -", "El Senado paraguayo aprobó …", False),
        ("Los vecinos cortaron la calle", "y exigieron una respuesta.", False),
        ("El gobernador llegó a la cita", ", acompañado de su equipo.", False),
    ],
    ids=[
        "sentence_after_sentence",
        "title_under_label",
        "question_under_title",
        "quotation",
        "colon",
        "open_article",
        "comma",
        "open_preposition",
        "dateline_dash",
        "lower_case",
        "comma_opens",
    ],
)
def test_opens_block(above: str, line: str, *, opens: bool) -> None:
    assert opens == opens_block(above, line)


_WITH_RELATED = (
    ("Nacional",),
    ("Gobierno licita el nuevo hospital de Curicó",),
    ("La obra tendrá 400 camas y estará lista en 2027, según el Ministerio de Salud.",),
    ("Por Ignacia Fuentes",),
    (
        (
            "El Ministerio de Salud publicó este lunes las bases de la licitación del nuevo "
            "hospital de Curicó, que reemplazará al recinto dañado por el terremoto de 2010."
        ),
    ),
    (
        (
            "La inversión estimada alcanza los 250 millones de dólares y considera un centro "
            "oncológico para toda la región del Maule."
        ),
    ),
    (
        "NOTICIAS RELACIONADAS",
        "Vecinos de Curicó piden acelerar obras viales",
        'Seremi de Salud: "Los consultorios rurales tendrán más médicos"',
    ),
    (
        (
            "Las empresas interesadas tendrán plazo hasta marzo para presentar sus ofertas, "
            "informó la subsecretaria de Redes Asistenciales."
        ),
    ),
)


@pytest.mark.parametrize("blank", [True, False], ids=["blank_lines", "flat"])
def test_related_headlines_give_no_quote(*, blank: bool) -> None:
    """A related list's headlines, one under the other, are the list's on a flat page too."""
    text = ("\n\n" if blank else "\n").join("\n".join(block) for block in _WITH_RELATED)
    assert [] == [quote.text for quote in parse(text).quotes]
