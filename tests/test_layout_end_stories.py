"""Other stories after the article: their headlines and summaries leave the body.

Every page here is written for these tests, in the styles of several countries' outlets.
A page sets other articles' cards under the text, a headline over a summary of one or
two sentences, with or without a label over them; the article's own sections, an
intertitle over a short paragraph that goes on with the story, stay.
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_layout


def _body(text: str) -> list[str]:
    return [" ".join(p.text.split()) for p in parse_layout(text).body]


def _page(title: str, byline: str, date: str, paragraphs: tuple[str, ...], tail: str) -> str:
    return f"{title}\n\n{byline}\n\n{date}\n\n" + "\n\n".join(paragraphs) + "\n\n" + tail


# --- Ecuador: cards of other stories, no label, summaries of two sentences --------------
EC_P = (
    (
        "El Municipio de Cuenca abrió este viernes la licitación para construir la nueva"
        " planta de agua potable que abastecerá a las parroquias del sur del cantón."
    ),
    (
        "Según los pliegos, la planta tratará 300 litros por segundo y se levantará en un"
        " terreno municipal junto al río Tarqui, a tres kilómetros del centro."
    ),
    (
        "Las empresas interesadas tendrán plazo hasta el 30 de abril para presentar sus"
        " ofertas, y la adjudicación se conocerá a mediados de mayo."
    ),
)
EC_TAIL = (
    "Detienen a dos hombres por el robo de cables en la vía a Girón\n\n"
    "La Policía los sorprendió de madrugada con 200 metros de cobre en una camioneta."
    " Quedaron a órdenes de la Fiscalía.\n\n"
    "El hospital regional suma cuatro camas de cuidados intensivos\n\n"
    "La ampliación fue financiada por el Ministerio de Salud. Estará operativa desde abril,"
    " según la gerencia del centro.\n\n"
    "Arranca la temporada de pesca deportiva en el Cajas con nuevas reglas\n\n"
    "Los permisos se tramitan en línea y cuestan 15 dólares por temporada.\n"
)
EC = _page(
    "Cuenca licita la nueva planta de agua para el sur",
    "Por Mariela Cárdenas",
    "15 de marzo de 2024",
    EC_P,
    EC_TAIL,
)

# --- Colombia: a related label, each headline over its summary -------------------------
CO_P = (
    (
        "La Alcaldía de Pereira anunció este martes que el nuevo cable aéreo entre el centro"
        " y el barrio Villa Santana operará desde el primero de julio."
    ),
    (
        "El sistema transportará 2.000 pasajeros por hora en cada sentido y reducirá a 12"
        " minutos un recorrido que hoy toma casi una hora en bus."
    ),
    (
        "La tarifa será la misma del transporte integrado, confirmó la gerente de la"
        " empresa de movilidad durante el recorrido de prueba."
    ),
)
CO_TAIL = (
    "Noticias relacionadas\n\n"
    "El concejo aprueba el presupuesto para el alumbrado público\n"
    "Los concejales votaron por unanimidad un plan que renovará 3.000 luminarias durante"
    " este año. El proyecto había sido radicado en enero.\n\n"
    "Comienzan las obras de pavimentación en la comuna norte\n"
    "La primera etapa abarca 40 cuadras y demandará 5.000 millones de pesos, financiados"
    " con un crédito de Findeter.\n"
)
CO = _page(
    "El cable aéreo de Villa Santana operará desde julio",
    "Por Andrés Gómez",
    "4 de junio de 2024",
    CO_P,
    CO_TAIL,
)

# --- counter: Chile, the article's last sections under intertitles of four words ---------
CL_P = (
    (
        "La Municipalidad de Valdivia presentó este lunes el plan para recuperar el humedal"
        " Angachilla, afectado por rellenos ilegales durante la última década."
    ),
    (
        "El plan contempla retirar 20.000 metros cúbicos de escombros, cercar el humedal y"
        " habilitar un sendero educativo para los colegios de la comuna."
    ),
    "Los plazos del plan municipal",
    (
        "El retiro de escombros del humedal partirá en octubre. La municipalidad espera"
        " terminar el sendero del humedal antes del verano."
    ),
    "Qué dicen los vecinos del humedal",
    (
        "La junta de vecinos del sector valoró el plan para el humedal. Pidió, eso sí, que la"
        " municipalidad fiscalice los rellenos que siguen llegando."
    ),
)
CL = _page(
    "Valdivia presenta plan para recuperar el humedal Angachilla",
    "Por Francisca Vera",
    "2 de septiembre de 2024",
    CL_P,
    "Compartir\n",
)

ENDS = [
    pytest.param(EC, list(EC_P), id="ec-cards-without-label-two-sentence-summaries"),
    pytest.param(CO, list(CO_P), id="co-related-label-headlines-with-summaries"),
    pytest.param(CL, list(CL_P), id="cl-own-sections-under-intertitles-stay"),
]


@pytest.mark.parametrize(("text", "body"), ENDS)
def test_other_stories_after_the_text_go(text: str, body: list[str]) -> None:
    assert _body(text) == [" ".join(p.split()) for p in body]


# --- México: a list label right over other stories' summaries, headlines glued in ------
MX_P = (
    (
        "El Gobierno de Jalisco presentó este miércoles el plan para sanear el río Santiago,"
        " que recibe las descargas de más de 200 industrias del corredor de El Salto."
    ),
    (
        "El plan prevé construir dos plantas de tratamiento y multar a las empresas que"
        " descarguen sin permiso, informó la secretaria de Medio Ambiente del estado."
    ),
)
MX_TAIL = (
    "Te puede interesar:\n\n"
    "Las Chivas vencen al Toluca y se meten a la liguilla. El equipo tapatío ganó 2-1 con"
    " un gol en el último minuto en el estadio Akron.\n\n"
    "Suben los precios del huevo y la tortilla en la zona metropolitana. Los comerciantes"
    " atribuyen el aumento al costo del gas y del transporte.\n"
)
MX = _page(
    "Jalisco presenta plan para sanear el río Santiago",
    "Por Laura Ibarra",
    "12 de febrero de 2025",
    MX_P,
    MX_TAIL,
)

# --- España: a note on the print edition, then one related headline under its label ----
ES_P = (
    (
        "La Junta de Castilla y León ha aprobado este jueves un plan de ayudas para instalar"
        " placas solares en los tejados de 300 ayuntamientos de menos de mil habitantes."
    ),
    (
        "Las ayudas cubrirán hasta el 80% de la inversión y los municipios podrán pedirlas"
        " hasta el 15 de octubre, según ha explicado la consejera de Medio Ambiente."
    ),
    (
        "Los alcaldes de la Diputación de Soria han celebrado la medida, aunque reclaman más"
        " técnicos para preparar los proyectos en los pueblos más pequeños."
    ),
)
ES_NOTE = (
    "Este contenido se publicó en el número de mayo de nuestra revista en papel, que"
    " puedes descargar gratis en nuestra web"
)
ES_TAIL = (
    f"{ES_NOTE}\n\n"
    "Artículos relacionados\n"
    "• Las cooperativas eléctricas rurales piden una ventanilla única (marzo de 2024):"
    " [**30 pueblos y más de 1.200 vecinos, comercios y entidades locales ya comparten la"
    " energía de sus tejados en comunidades energéticas**]"
    "(../../autoconsumo/las-cooperativas-rurales-piden-una-ventanilla-unica-20240312)\n"
)
ES = _page(
    "Castilla y León ayudará a 300 pueblos a instalar placas solares",
    "Por Sergio Martín",
    "6 de junio de 2024",
    ES_P,
    ES_TAIL,
)

# --- Perú: the last paragraph set apart by a wide gap, then a recommended card ----------
PE_P = (
    (
        "El Ministerio de Desarrollo Agrario anunció este lunes un bono para los productores"
        " de papa afectados por las heladas en Puno, Cusco y Huancavelica."
    ),
    (
        "El bono será de 500 soles por familia y se pagará en las agencias del Banco de la"
        " Nación a partir de la próxima semana, según el viceministro del sector."
    ),
    (
        "«Este apoyo es un primer paso: vamos a acompañar a las familias con semillas y"
        " asistencia técnica durante toda la campaña para que puedan recuperar sus cultivos"
        " antes de las lluvias, y vamos a coordinar con los gobiernos regionales para llegar"
        " a las comunidades más alejadas de las zonas altas», afirmó el ministro ante los"
        " dirigentes de las comunidades campesinas."
    ),
)
PE = (
    "Agricultores afectados por heladas recibirán un bono\n\nPor Rosa Quispe\n\n"
    "3 de julio de 2024\n\n"
    f"{PE_P[0]}\n\n{PE_P[1]}\n\n\n\n{PE_P[2]}\n\n"
    "Nota recomendada: Sube el precio del limón en los mercados de Lima\n\n"
    "Sube el precio del limón en los mercados de Lima\n\n"
    "El kilo de limón llegó a costar 12 soles en los mercados mayoristas de la capital, el"
    " precio más alto del año, por las lluvias que afectaron las cosechas en Piura y"
    " Lambayeque durante las últimas semanas, según los comerciantes del sector.\n"
)

# --- Uruguay: a call to download the outlet's app closes the page -----------------------
UY_P = (
    (
        "La Intendencia de Montevideo inauguró este sábado la nueva ciclovía de la avenida"
        " 18 de Julio, que une la Plaza Independencia con el Palacio Legislativo."
    ),
    (
        "La obra demandó una inversión de 3 millones de dólares e incluye 40 estaciones de"
        " bicicletas públicas, según la intendencia."
    ),
)
UY = _page(
    "Montevideo inaugura la ciclovía de 18 de Julio",
    "Por Martín Suárez",
    "9 de marzo de 2024",
    UY_P,
    "Descarga la aplicación de El Diario del Plata para Android e iOS y mantente informado"
    " en todo momento.\n",
)

LABELLED = [
    pytest.param(MX, list(MX_P), id="mx-list-label-over-glued-teasers"),
    pytest.param(ES, list(ES_P), id="es-print-note-then-one-related-headline"),
    pytest.param(PE, list(PE_P), id="pe-wide-gap-long-paragraph-then-a-card"),
    pytest.param(UY, list(UY_P), id="uy-call-to-download-the-app"),
]


@pytest.mark.parametrize(("text", "body"), LABELLED)
def test_labelled_boxes_and_calls_after_the_text_go(text: str, body: list[str]) -> None:
    assert _body(text) == [" ".join(p.split()) for p in body]


# --- Argentina: a gallery's counters over its captions after the text -------------------
AR_P = (
    (
        "La Municipalidad de Rosario habilitó este domingo el nuevo parque lineal sobre la"
        " costa del Paraná, con juegos, un anfiteatro y cinco kilómetros de bicisenda."
    ),
    (
        "El intendente recorrió el predio junto a los vecinos de la zona norte y anunció que"
        " la segunda etapa llegará hasta el límite con Granadero Baigorria."
    ),
)
AR_TAIL = (
    "Galería de fotos\n\n"
    "1 / 3\n"
    "El anfiteatro frente al río, durante la inauguración.\n\n"
    "Foto 2 de 3\n"
    "Familias en la nueva bicisenda de la costa.\n\n"
    "3 / 3\n"
    "Los juegos para chicos del sector norte del parque.\n"
)
AR = _page(
    "Rosario inaugura el parque lineal de la costa norte",
    "Por Lucas Ferrari",
    "10 de noviembre de 2024",
    AR_P,
    AR_TAIL,
)

# --- Venezuela: the page runs on into the next story, a dateline under its headline -----
VE_P = (
    (
        "La Alcaldía de Maracaibo inició este lunes la reparación de 40 semáforos del centro"
        " de la ciudad, dañados por las fallas eléctricas de las últimas semanas."
    ),
    (
        "Los trabajos durarán un mes y se harán de noche para no interrumpir el tránsito,"
        " según informó el director municipal de vialidad."
    ),
)
VE_TAIL = (
    "Vecinos de Cabimas protestan por la falta de agua potable\n\n"
    "CABIMAS.- Un grupo de vecinos cerró este lunes la avenida Intercomunal durante tres"
    " horas para reclamar por la falta de agua potable, que ya suma dos semanas.\n\n"
    "La hidrológica regional aseguró que el servicio se normalizará el fin de semana, tras"
    " reparar una bomba de la estación de bombeo.\n"
)
VE = _page(
    "Reparan 40 semáforos en el centro de Maracaibo",
    "Por Daniela Urdaneta",
    "8 de abril de 2024",
    VE_P,
    VE_TAIL,
)

# --- counter: Guatemala, a ratio inside the text and an interview's labelled turn -------
GT_P = (
    (
        "El Ministerio de Educación informó que 3 de cada 5 escuelas rurales de Alta Verapaz"
        " no tienen agua potable, según un censo realizado el año pasado."
    ),
    (
        "La directora departamental de Educación explicó el plan para las escuelas en una"
        " entrevista con este medio."
    ),
    "El plan para las escuelas rurales",
    (
        "DIRECTORA: Vamos a instalar cisternas en las 120 escuelas más alejadas antes del"
        " inicio de las lluvias, con fondos de la cooperación internacional."
    ),
)
GT = _page(
    "Tres de cada cinco escuelas rurales no tienen agua",
    "Por Andrea Coc",
    "5 de febrero de 2025",
    GT_P,
    "",
)

OTHERS = [
    pytest.param(AR, list(AR_P), id="ar-gallery-counters-over-captions"),
    pytest.param(VE, list(VE_P), id="ve-next-story-by-its-dateline"),
    pytest.param(GT, list(GT_P), id="gt-ratio-in-text-and-labelled-turn-stay"),
]


@pytest.mark.parametrize(("text", "body"), OTHERS)
def test_galleries_and_the_next_story_go(text: str, body: list[str]) -> None:
    assert _body(text) == [" ".join(p.split()) for p in body]


# --- Bolivia: cards of other stories, each under its section's kicker -------------------
BO_P = (
    (
        "La Gobernación de Santa Cruz lanzó este martes la campaña de vacunación contra la"
        " fiebre aftosa, que alcanzará a 2,5 millones de cabezas de ganado."
    ),
    (
        "Los ganaderos tendrán 45 días para vacunar a sus animales y recibirán el certificado"
        " sanitario en las oficinas del Senasag, informó el secretario de Desarrollo."
    ),
)
BO_TAIL = (
    "POLÍTICA\n"
    "La Asamblea posterga el debate de la ley de hidrocarburos hasta marzo\n"
    "Los legisladores no lograron acuerdo sobre las regalías. La comisión volverá a"
    " reunirse después del carnaval.\n\n"
    "DEPORTES\n"
    "Oriente Petrolero presenta a su nuevo entrenador argentino\n"
    "El técnico firmó contrato por dos temporadas y dirigirá su primer partido el domingo.\n"
)
BO = _page(
    "Santa Cruz inicia la vacunación contra la fiebre aftosa",
    "Por Carla Justiniano",
    "14 de enero de 2025",
    BO_P,
    BO_TAIL,
)

# --- Honduras: a widget's label over one headline and its summary, right under it -------
HN_P = (
    (
        "La Alcaldía de San Pedro Sula inauguró este jueves el nuevo mercado municipal de la"
        " colonia Rivera Hernández, con 300 puestos para vendedores de la zona."
    ),
    (
        "El mercado cuenta con cámaras de frío, baños públicos y un estacionamiento para 80"
        " vehículos, según el gerente de mercados de la municipalidad."
    ),
)
HN_TAIL = (
    "Más noticias de Nacionales\n\n"
    "Suspenden las clases en tres departamentos por las lluvias\n"
    "La Secretaría de Educación decidió la medida tras la alerta verde emitida por Copeco.\n"
)
HN = _page(
    "San Pedro Sula inaugura un mercado en la Rivera Hernández",
    "Por Wendy Maradiaga",
    "20 de junio de 2024",
    HN_P,
    HN_TAIL,
)

CARDS = [
    pytest.param(BO, list(BO_P), id="bo-cards-under-section-kickers"),
    pytest.param(HN, list(HN_P), id="hn-widget-label-over-one-glued-card"),
]


@pytest.mark.parametrize(("text", "body"), CARDS)
def test_cards_after_the_text_go(text: str, body: list[str]) -> None:
    assert _body(text) == [" ".join(p.split()) for p in body]


# --- Panamá: the page runs on into the next story, its headline over its byline ---------
PA_P = (
    (
        "La Autoridad del Canal de Panamá informó este martes que el lago Gatún recuperó"
        " su nivel habitual tras las lluvias de las últimas semanas."
    ),
    (
        "Con el nivel recuperado, el canal permitirá de nuevo el paso de 36 buques diarios"
        " y levantará las restricciones de calado vigentes desde el verano."
    ),
)
PA_TAIL = (
    "Inauguran un centro de salud en la comunidad de Chepo\n\n"
    "Por Carlos Medina\n\n"
    "El Ministerio de Salud inauguró este martes el nuevo centro de salud de Chepo, con"
    " atención de medicina general, pediatría y odontología para unas 15.000 personas.\n\n"
    "La obra demandó una inversión de 2 millones de balboas, informó el ministerio.\n"
)
PA = _page(
    "El lago Gatún recupera su nivel y el canal amplía los tránsitos",
    "Por Itzel Castillo",
    "11 de noviembre de 2025",
    PA_P,
    PA_TAIL,
)

# --- Cuba: readers' comments, each name over a reply button and the comment -------------
CU_P = (
    (
        "La Empresa Eléctrica de Santiago de Cuba anunció este lunes un nuevo horario de"
        " cortes programados para los circuitos del reparto Vista Alegre."
    ),
    (
        "Los cortes durarán cuatro horas y se rotarán entre los circuitos durante la semana,"
        " según el director de la empresa en la televisión provincial."
    ),
)
CU_TAIL = (
    "Yudith Ramos\nResponder\nOjalá cumplan el horario, porque la semana pasada fueron"
    " ocho horas.\n\n"
    "Osmel Pérez\nResponder\nEn Vista Alegre nadie avisó nada, se fue la corriente a las"
    " seis.\n"
)
CU = _page(
    "Anuncian nuevo horario de cortes eléctricos en Vista Alegre",
    "Por Yanet Castro",
    "3 de febrero de 2025",
    CU_P,
    CU_TAIL,
)

# --- República Dominicana: a newsletter's call in the outlet's voice closes the page ------
DO_P = (
    (
        "El Ministerio de Turismo informó este viernes que el país recibió 1,2 millones de"
        " visitantes en enero, un 9% más que en el mismo mes del año pasado."
    ),
    (
        "Punta Cana concentró más de la mitad de las llegadas, seguida por el aeropuerto de"
        " Las Américas y el de Puerto Plata, según el informe oficial."
    ),
)
DO = _page(
    "República Dominicana recibe 1,2 millones de turistas en enero",
    "Por Ramón Peña",
    "7 de febrero de 2025",
    DO_P,
    "El boletín de El Caribe Hoy llega cada mañana con las noticias más importantes del"
    " país. Inscríbete gratis aquí.\n",
)

MORE = [
    pytest.param(PA, list(PA_P), id="pa-next-story-headline-over-its-byline"),
    pytest.param(CU, list(CU_P), id="cu-comments-with-reply-buttons"),
    pytest.param(DO, list(DO_P), id="do-newsletter-call"),
]


@pytest.mark.parametrize(("text", "body"), MORE)
def test_the_next_story_comments_and_calls_go(text: str, body: list[str]) -> None:
    assert _body(text) == [" ".join(p.split()) for p in body]


# --- Chile: the article's last paragraph lost its stop; a tag row under it ---------------
CL2_P = (
    (
        "La Municipalidad de Antofagasta presentó este miércoles el plan para reparar las"
        " veredas de la población Corvallis, dañadas por las lluvias del invierno."
    ),
    (
        "Las obras costarán 800 millones de pesos y comenzarán en marzo, según el director de"
        " Obras municipal, que espera terminarlas antes del invierno siguiente."
    ),
    (
        "“Vamos a estar encima de cada cuadra que se repare”, aseguró la presidenta de la"
        " junta de vecinos de Corvallis, Marcela Tapia"
    ),
)
CL2 = _page(
    "Antofagasta reparará las veredas de la población Corvallis",
    "Por Javiera Contreras",
    "4 de diciembre de 2024",
    CL2_P,
    "Tags: veredas, Antofagasta\n",
)


def test_a_last_paragraph_without_its_stop_stays() -> None:
    assert _body(CL2) == [" ".join(p.split()) for p in CL2_P]


# --- Colombia: the author's note in the third person, a degree in the press's field ------
CO2_P = (
    (
        "La Gobernación de Antioquia abrió este lunes la convocatoria para 500 becas de"
        " educación superior dirigidas a jóvenes de los municipios del Bajo Cauca."
    ),
    (
        "Los aspirantes podrán inscribirse hasta el 15 de agosto en las alcaldías, y los"
        " resultados se publicarán a finales de septiembre, informó la secretaria."
    ),
)
CO2_CARD = (
    "Natalia Restrepo es licenciada en Comunicación Social por la Universidad de Antioquia"
    " y cubre educación desde 2016."
)
CO2 = _page(
    "Antioquia abre 500 becas para jóvenes del Bajo Cauca",
    "Por Natalia Restrepo",
    "29 de julio de 2024",
    CO2_P,
    CO2_CARD + "\n",
)

# --- counter: Perú, the story's subject holds a degree of another field -------------------
PE2_P = (
    (
        "La Fiscalía de Arequipa formalizó este martes la denuncia contra el exgerente de la"
        " empresa municipal de agua por el presunto desvío de fondos de una obra."
    ),
    (
        "Según la denuncia, el exfuncionario autorizó pagos por 2 millones de soles por"
        " trabajos que nunca se hicieron en la red de desagüe del distrito."
    ),
    (
        "Jorge Salinas Paredes es licenciado en Administración y dirigió la empresa entre"
        " 2019 y 2022, cuando renunció en medio de la investigación."
    ),
)
PE2 = _page(
    "Fiscalía denuncia a exgerente de la empresa de agua de Arequipa",
    "Por Lucía Mamani",
    "18 de marzo de 2025",
    PE2_P,
    "",
)

NOTES = [
    pytest.param(CO2, list(CO2_P), id="co-authors-note-with-a-press-degree"),
    pytest.param(PE2, list(PE2_P), id="pe-a-subjects-degree-stays"),
]


@pytest.mark.parametrize(("text", "body"), NOTES)
def test_the_authors_note_goes_the_storys_last_line_stays(text: str, body: list[str]) -> None:
    assert _body(text) == [" ".join(p.split()) for p in body]


# --- El Salvador: cards after the text, each headline over its desk's byline -------------
SV_P = (
    (
        "El Ministerio de Obras Públicas habilitó este lunes el nuevo paso a desnivel de la"
        " carretera al Puerto de La Libertad, que tardó dos años en construirse."
    ),
    (
        "La obra reducirá en 20 minutos el viaje entre San Salvador y la costa en las horas"
        " de más tráfico, según el ministro del ramo."
    ),
)
SV_TAIL = (
    "Capturan a dos hombres por el robo de cables del tendido eléctrico\n"
    "Por Redacción\n"
    "Los detenidos llevaban 200 metros de cobre en un pick up, según la Policía.\n\n"
    "El hospital Rosales suma cuatro camas de cuidados intensivos\n"
    "Por Redacción\n"
    "La ampliación fue financiada con un préstamo y estará lista en abril.\n"
)
SV = _page(
    "Habilitan el paso a desnivel de la carretera al Puerto de La Libertad",
    "Por Ernesto Aguilar",
    "24 de junio de 2024",
    SV_P,
    SV_TAIL,
)

# --- Estados Unidos (en español): linked headlines over their summaries ------------------
US_P = (
    (
        "El condado de Miami-Dade aprobó este martes un programa de ayuda para el pago de"
        " alquileres dirigido a familias de bajos ingresos afectadas por la inflación."
    ),
    (
        "Las familias podrán solicitar hasta 3.000 dólares a partir del primero de mayo a"
        " través del portal del condado, informó la alcaldesa."
    ),
)
US_TAIL = (
    "[Cierran dos carriles de la autopista I-95 por obras nocturnas](https://example.org/i95)"
    "\n\n"
    "Los cierres se harán entre las diez de la noche y las cinco de la mañana. Durarán dos"
    " semanas.\n\n"
    "[Los Marlins presentan su nuevo uniforme para la temporada](https://example.org/marlins)"
    "\n\n"
    "El equipo mostró el diseño en un evento con aficionados en el estadio.\n"
)
US = _page(
    "Miami-Dade aprueba ayuda para el alquiler",
    "Por Daniela Cruz",
    "2 de abril de 2024",
    US_P,
    US_TAIL,
)

HEADS = [
    pytest.param(SV, list(SV_P), id="sv-card-headlines-over-desk-bylines"),
    pytest.param(US, list(US_P), id="us-linked-headlines-over-summaries"),
]


@pytest.mark.parametrize(("text", "body"), HEADS)
def test_cards_with_bylines_or_links_go(text: str, body: list[str]) -> None:
    assert _body(text) == [" ".join(p.split()) for p in body]


# --- Paraguay: a label naming the section over a list of other stories -----------------
PY_P = (
    (
        "La Municipalidad de Encarnación habilitó este sábado la nueva costanera sobre el río"
        " Paraná, con una playa pública, ciclovía y un anfiteatro para 2.000 personas."
    ),
    (
        "La obra se financió con fondos de compensación de la represa Yacyretá y demandó tres"
        " años de trabajo, según el intendente de la ciudad."
    ),
)
PY_TAIL = (
    "Otras noticias de Itapúa:\n\n"
    "- Detienen a dos hombres por el robo de ganado en Cambyretá. La Policía recuperó 14"
    " vacunos en un corral clandestino.\n"
    "- El hospital regional suma un tomógrafo nuevo. El equipo fue donado por una"
    " cooperativa de productores.\n"
)
PY = _page(
    "Encarnación habilita la nueva costanera sobre el Paraná",
    "Por Gustavo Benítez",
    "21 de diciembre de 2024",
    PY_P,
    PY_TAIL,
)


def test_a_sections_list_of_other_stories_goes() -> None:
    assert _body(PY) == [" ".join(p.split()) for p in PY_P]


# --- Puerto Rico: one card of another story, then headlines alone -----------------------
PR_P = (
    (
        "La Autoridad de Energía Eléctrica informó este domingo que el servicio quedó"
        " restablecido en el 95 % de los clientes de Ponce tras el apagón del viernes."
    ),
    (
        "Las brigadas trabajan todavía en los barrios de la zona montañosa, donde la lluvia"
        " derribó varios postes, según el portavoz de la corporación pública."
    ),
)
PR_TAIL = (
    "Arrestan a un hombre por el robo de una guagua en Caguas\n\n"
    "La Policía lo detuvo en un control de tránsito en la carretera 52. Quedó a la espera"
    " de una vista de causa.\n\n"
    "Los Cangrejeros de Santurce ganan el título de la liga invernal\n\n"
    "Abre el nuevo puerto de cruceros en la bahía de San Juan\n"
)
PR = _page(
    "Restablecen la luz al 95 % de los clientes de Ponce",
    "Por Gabriela Ortiz",
    "17 de noviembre de 2024",
    PR_P,
    PR_TAIL,
)


def test_one_card_over_headlines_alone_goes() -> None:
    assert _body(PR) == [" ".join(p.split()) for p in PR_P]
