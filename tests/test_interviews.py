"""Interviews: every turn found, every answer credited (docs/quotes.md, "Interviews").

Every text here is written for these tests, in several countries' styles.
"""

from __future__ import annotations

import pytest

from noticiaparse import parse
from noticiaparse._reading import read_article
from noticiaparse._reading.interviews import interviewee
from noticiaparse._reading.quotations import _TURN_OPENER, _opening
from noticiaparse._text.span import Span


def turns(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, None if q.speaker is None else q.speaker.text) for q in parse(text).quotes]


CASES: list[object] = [
    # dash question, dash answer: em dash, en dash, hyphen, "-¿"
    (
        "em-dash-turns-spain",
        (
            "La fiscal Elena Soto: «No vamos a archivar la causa»\n\n"
            "La fiscal Elena Soto recibió a este diario en su despacho de Valencia.\n\n"
            "—¿Cuándo cerrará la instrucción?\n\n"
            "—Cuando tengamos todos los informes periciales.\n\n"
            "—¿Teme presiones?\n\n"
            "—Ninguna. Trabajo con total libertad."
        ),
        [
            ("No vamos a archivar la causa", "Elena Soto"),
            ("¿Cuándo cerrará la instrucción?", None),
            ("Cuando tengamos todos los informes periciales.", "Elena Soto"),
            ("¿Teme presiones?", None),
            ("Ninguna. Trabajo con total libertad.", "Elena Soto"),
        ],
    ),
    (
        "en-dash-turns-argentina",
        (
            "Un intendente del conurbano habla de la obra pública\n\n"
            "El intendente Raúl Benítez conversó con este medio sobre las obras.\n\n"
            "– ¿Cuánto falta para terminar el hospital?\n\n"
            "– Unos seis meses, si llegan los fondos.\n\n"
            "– ¿Y si no llegan?\n\n"
            "– Vamos a seguir igual, con recursos propios."
        ),
        [
            ("¿Cuánto falta para terminar el hospital?", None),
            ("Unos seis meses, si llegan los fondos.", "Raúl Benítez"),
            ("¿Y si no llegan?", None),
            ("Vamos a seguir igual, con recursos propios.", "Raúl Benítez"),
        ],
    ),
    (
        "hyphen-turns-mexico",
        (
            "Diputada pide más presupuesto para salud\n\n"
            "En entrevista, la diputada Marisol Ortega explicó su propuesta.\n\n"
            "-¿Cuánto dinero se necesita?\n\n"
            "-Al menos el doble de lo que se asignó este año.\n\n"
            "-¿De dónde saldría?\n\n"
            "-De recortar gastos de publicidad oficial."
        ),
        [
            ("¿Cuánto dinero se necesita?", None),
            ("Al menos el doble de lo que se asignó este año.", "Marisol Ortega"),
            ("¿De dónde saldría?", None),
            ("De recortar gastos de publicidad oficial.", "Marisol Ortega"),
        ],
    ),
    # the interviewer's remark with no question mark, between two dashed answers
    (
        "a-remark-between-answers-is-the-interviewers-spain",
        (
            "El juez Tomás Lara se jubila tras cuarenta años\n\n"
            "El juez Tomás Lara conversó con este diario en su casa de Toledo.\n\n"
            "—¿Qué caso le quitó el sueño?\n\n"
            "—El de los niños de la residencia, sin duda.\n\n"
            "—Aquel caso acabó en absolución.\n\n"
            "—Por falta de pruebas, no por falta de culpables.\n\n"
            "—¿Volvería a ser juez?\n\n"
            "—Mil veces, aunque hoy es un oficio más solitario."
        ),
        [
            ("¿Qué caso le quitó el sueño?", None),
            ("El de los niños de la residencia, sin duda.", "Tomás Lara"),
            ("Aquel caso acabó en absolución.", None),
            ("Por falta de pruebas, no por falta de culpables.", "Tomás Lara"),
            ("¿Volvería a ser juez?", None),
            ("Mil veces, aunque hoy es un oficio más solitario.", "Tomás Lara"),
        ],
    ),
    # only the questions carry a dash; the answers are plain paragraphs
    (
        "dash-questions-plain-answers-peru",
        (
            "El ministro de Energía responde por los apagones\n\n"
            "— ¿Por qué se corta la luz cada tarde?\n\n"
            "Porque la demanda creció más rápido que la red.\n\n"
            "— Ministro, los vecinos dicen que nadie les avisa...\n\n"
            "Tienen razón. Vamos a publicar los horarios de corte.\n\n"
            "Además, la distribuidora tendrá que pagar multas.\n\n"
            "— ¿Cuándo se acabarán los cortes?\n\n"
            "Antes del verano, según nuestros cálculos."
        ),
        [
            ("¿Por qué se corta la luz cada tarde?", None),
            ("Porque la demanda creció más rápido que la red.", "ministro de Energía"),
            ("Ministro, los vecinos dicen que nadie les avisa...", None),
            ("Tienen razón. Vamos a publicar los horarios de corte.", "ministro de Energía"),
            ("Además, la distribuidora tendrá que pagar multas.", "ministro de Energía"),
            ("¿Cuándo se acabarán los cortes?", None),
            ("Antes del verano, según nuestros cálculos.", "ministro de Energía"),
        ],
    ),
    (
        "last-answer-goes-on-in-the-first-person-chile",
        (
            "La rectora Paula Vidal habla del nuevo campus\n\n"
            "La rectora Paula Vidal conversó con este diario.\n\n"
            "- ¿Cuándo abre el campus?\n\n"
            "El próximo marzo, con tres facultades.\n\n"
            "- ¿Habrá más becas?\n\n"
            "Sí, duplicaremos los cupos.\n\n"
            "Para mí es lo más importante de este proyecto.\n\n"
            "La universidad tiene hoy 12 mil estudiantes."
        ),
        [
            ("¿Cuándo abre el campus?", None),
            ("El próximo marzo, con tres facultades.", "Paula Vidal"),
            ("¿Habrá más becas?", None),
            ("Sí, duplicaremos los cupos.", "Paula Vidal"),
            ("Para mí es lo más importante de este proyecto.", "Paula Vidal"),
        ],
    ),
    # a dash answer goes on in plain paragraphs in the first person; a subhead and
    # the writer's narrative in the third person do not
    (
        "dash-answer-goes-on-subhead-and-narrative-do-not-spain",
        (
            "La escritora Carmen Gil vuelve a la novela\n\n"
            "La escritora Carmen Gil habló con este diario en Sevilla.\n\n"
            "—¿Por qué tardó diez años?\n\n"
            "—Porque no tenía nada que contar.\n\n"
            "Yo no escribo por oficio, escribo cuando algo me quema.\n\n"
            "La infancia\n\n"
            "—¿Cuánto hay de su infancia en el libro?\n\n"
            "—Casi todo.\n\n"
            "Gil se ríe y mira por la ventana del hotel.\n\n"
            "—¿Y ahora qué viene?\n\n"
            "—Descansar y leer a los demás, que los tengo olvidados."
        ),
        [
            ("¿Por qué tardó diez años?", None),
            ("Porque no tenía nada que contar.", "Carmen Gil"),
            ("Yo no escribo por oficio, escribo cuando algo me quema.", "Carmen Gil"),
            ("¿Cuánto hay de su infancia en el libro?", None),
            ("Casi todo.", "Carmen Gil"),
            ("¿Y ahora qué viene?", None),
            ("Descansar y leer a los demás, que los tengo olvidados.", "Carmen Gil"),
        ],
    ),
    # questions and answers labelled P and R, or Pregunta and Respuesta
    (
        "p-r-labels-spain",
        (
            "El alcalde de Burgos defiende la zona de bajas emisiones\n\n"
            "El alcalde Andrés Lara atendió a este periódico en el ayuntamiento.\n\n"
            "P: ¿Por qué ahora?\n\n"
            "R: Porque la ley nos obliga desde enero.\n\n"
            "P.- ¿Habrá multas?\n\n"
            "R.- Solo a partir del segundo año."
        ),
        [
            ("¿Por qué ahora?", None),
            ("Porque la ley nos obliga desde enero.", "Andrés Lara"),
            ("¿Habrá multas?", None),
            ("Solo a partir del segundo año.", "Andrés Lara"),
        ],
    ),
    (
        "pregunta-respuesta-venezuela",
        (
            "Economista advierte sobre la inflación\n\n"
            "La economista Gabriela Méndez dialogó con nuestro equipo.\n\n"
            "Pregunta: ¿Bajará la inflación este año?\n\n"
            "Respuesta: Es difícil, el gasto público sigue alto."
        ),
        [
            ("¿Bajará la inflación este año?", None),
            ("Es difícil, el gasto público sigue alto.", "Gabriela Méndez"),
        ],
    ),
    # labels with names: the answer is its label's, initials included
    (
        "name-labels-and-initials-colombia",
        (
            "Jorge Ibáñez: el gobernador que quiere un tren\n\n"
            "El gobernador Jorge Ibáñez habló con la revista sobre su plan.\n\n"
            "REVISTA CAMBIO: ¿Quién pagará el tren?\n\n"
            "Jorge Ibáñez: La nación y el departamento, a partes iguales.\n\n"
            "REVISTA CAMBIO: ¿Y los municipios?\n\n"
            "J.I.: Pondrán los terrenos."
        ),
        [
            ("¿Quién pagará el tren?", "REVISTA CAMBIO"),
            ("La nación y el departamento, a partes iguales.", "Jorge Ibáñez"),
            ("¿Y los municipios?", "REVISTA CAMBIO"),
            ("Pondrán los terrenos.", "Jorge Ibáñez"),
        ],
    ),
    # questions set apart only by the lost bold type, after the writer announces the
    # interview in a country's own words; an answer may run over several paragraphs
    (
        "unmarked-questions-after-platica-con-mexico",
        (
            "Alcalde de Toluca promete bacheo total\n\n"
            "En plática con este medio, el alcalde Juan Carlos Mendoza habló del plan.\n\n"
            "¿Cuántas calles faltan?\n\n"
            "Unas trescientas, casi todas en la periferia.\n\n"
            "Empezamos por las que llevan a escuelas y hospitales.\n\n"
            "¿Y el presupuesto?\n\n"
            "Ya está aprobado por el cabildo."
        ),
        [
            ("¿Cuántas calles faltan?", None),
            ("Unas trescientas, casi todas en la periferia.", "Juan Carlos Mendoza"),
            ("Empezamos por las que llevan a escuelas y hospitales.", "Juan Carlos Mendoza"),
            ("¿Y el presupuesto?", None),
            ("Ya está aprobado por el cabildo.", "Juan Carlos Mendoza"),
        ],
    ),
    # a vox pop: several people, each with a label
    (
        "vox-pop-labels-mexico",
        (
            "Vecinos opinan sobre el nuevo horario del metro\n\n"
            "Este medio recorrió la estación Pantitlán.\n\n"
            "Rosa Jiménez: Llego más temprano a mi trabajo.\n\n"
            "Luis Herrera: A mí me cuesta más, vivo lejos."
        ),
        [
            ("Llego más temprano a mi trabajo.", "Rosa Jiménez"),
            ("A mí me cuesta más, vivo lejos.", "Luis Herrera"),
        ],
    ),
    (
        "vox-pop-dashes-uruguay",
        (
            "Qué piensan los montevideanos del feriado\n\n"
            "Salimos a preguntar por la rambla.\n\n"
            "—Carlos Núñez: Está bien, hay que descansar.\n\n"
            "—Lucía Ferreira: Para los comercios es una pérdida."
        ),
        [
            ("Está bien, hay que descansar.", "Carlos Núñez"),
            ("Para los comercios es una pérdida.", "Lucía Ferreira"),
        ],
    ),
    # an answer of one word closes the interview: dialogue, not the page's furniture
    (
        "last-answer-of-one-word-spain",
        (
            "La jueza Elena Soto se despide del tribunal\n\n"
            "La jueza Elena Soto recibió a este diario en su despacho de Toledo.\n\n"
            "—¿Cuándo dejará el cargo?\n\n"
            "—El mes que viene, cuando cierre los últimos casos pendientes.\n\n"
            "—¿Lo echará de menos?\n\n"
            "—Sí."
        ),
        [
            ("¿Cuándo dejará el cargo?", None),
            ("El mes que viene, cuando cierre los últimos casos pendientes.", "Elena Soto"),
            ("¿Lo echará de menos?", None),
            ("Sí.", "Elena Soto"),
        ],
    ),
    (
        "last-answer-of-one-word-en-dash-argentina",
        (
            "Un técnico del ascenso, sin filtro\n\n"
            "El entrenador Martín Vidal charló con este medio tras el entrenamiento.\n\n"
            "– ¿Cuál es el objetivo del torneo?\n\n"
            "– Salir campeones, no hay otro en este club.\n\n"
            "– ¿Se va a fin de año?\n\n"
            "– No."
        ),
        [
            ("¿Cuál es el objetivo del torneo?", None),
            ("Salir campeones, no hay otro en este club.", "Martín Vidal"),
            ("¿Se va a fin de año?", None),
            ("No.", "Martín Vidal"),
        ],
    ),
    (
        "last-answer-of-one-word-hyphen-mexico",
        (
            "La alcaldesa de Mérida habla del agua\n\n"
            "En entrevista con este diario, la alcaldesa Sofía Canul explicó su plan.\n\n"
            "-¿Habrá cortes este verano?\n\n"
            "-Esperamos que no, ya funcionan los pozos nuevos del oriente.\n\n"
            "-¿Se lo va a cumplir a los vecinos?\n\n"
            "-Claro."
        ),
        [
            ("¿Habrá cortes este verano?", None),
            ("Esperamos que no, ya funcionan los pozos nuevos del oriente.", "Sofía Canul"),
            ("¿Se lo va a cumplir a los vecinos?", None),
            ("Claro.", "Sofía Canul"),
        ],
    ),
    (
        "last-labelled-answer-of-one-word-chile",
        (
            "El rector Luis Vera habla del paro\n\n"
            "El rector Luis Vera conversó con este diario sobre el conflicto.\n\n"
            "P: ¿Cuándo vuelven las clases?\n\n"
            "R: El lunes, si el consejo aprueba el acuerdo con los gremios.\n\n"
            "P: ¿Habrá descuentos?\n\n"
            "R: No."
        ),
        [
            ("¿Cuándo vuelven las clases?", None),
            ("El lunes, si el consejo aprueba el acuerdo con los gremios.", "Luis Vera"),
            ("¿Habrá descuentos?", None),
            ("No.", "Luis Vera"),
        ],
    ),
    # a vox pop's label with an apposition, or a name of more than four words
    (
        "vox-pop-appositions-spain",
        (
            "Los vecinos ante el cierre del mercado municipal\n\n"
            "Este diario recorrió los puestos el sábado por la mañana.\n\n"
            "Rosa Jiménez, comerciante: Yo vendo aquí desde hace veinte años y nadie avisó.\n\n"
            "Pedro Ruiz, 54 años, jubilado: Compro todo en este mercado, no sé adónde iré."
        ),
        [
            ("Yo vendo aquí desde hace veinte años y nadie avisó.", "Rosa Jiménez"),
            ("Compro todo en este mercado, no sé adónde iré.", "Pedro Ruiz"),
        ],
    ),
    (
        "vox-pop-dashed-appositions-argentina",
        (
            "Qué opinan los porteños del aumento del boleto\n\n"
            "Consultamos a pasajeros en la estación Constitución.\n\n"
            "—Marta Gil, vecina de Barracas: Para mí es un golpe, viajo cuatro veces por día.\n\n"
            "—Hernán Acosta, estudiante: No alcanza la beca para pagar tanto viaje."
        ),
        [
            ("Para mí es un golpe, viajo cuatro veces por día.", "Marta Gil"),
            ("No alcanza la beca para pagar tanto viaje.", "Hernán Acosta"),
        ],
    ),
    (
        "vox-pop-long-names-colombia",
        (
            "Los bogotanos y el pico y placa\n\n"
            "Preguntamos en la carrera Séptima.\n\n"
            "María José Fernández de la Vega: Yo prefiero la bicicleta desde hace años.\n\n"
            "Luis Alberto Gómez Restrepo, taxista: Nosotros perdemos clientes cada semana."
        ),
        [
            ("Yo prefiero la bicicleta desde hace años.", "María José Fernández de la Vega"),
            ("Nosotros perdemos clientes cada semana.", "Luis Alberto Gómez Restrepo"),
        ],
    ),
    (
        "players-marks-with-commas-are-no-vox-pop-peru",
        (
            "Las notas del clásico\n\n"
            "Así jugaron los once de Alianza.\n\n"
            "Claudio Soto, 6: Atajó dos remates y yo diría que salvó el empate.\n\n"
            "Marcelo Díaz, 5: Correcto en la salida, mi figura del primer tiempo."
        ),
        [],
    ),
    (
        "profiles-with-appositions-are-no-vox-pop-mexico",
        (
            "Quiénes son los nuevos secretarios\n\n"
            "La presidenta dio a conocer su gabinete ampliado.\n\n"
            "Carla Ríos, Hacienda: Economista por la UNAM, fue subsecretaria de Ingresos.\n\n"
            "Jorge Solís, Energía: Ingeniero petrolero, dirigió la refinería de Salina Cruz."
        ),
        [],
    ),
    (
        "dashed-profiles-are-no-vox-pop-bolivia",
        (
            "El nuevo directorio de la petrolera estatal\n\n"
            "El Gobierno designó a sus integrantes este martes.\n\n"
            "—Carla Ríos, presidenta: Economista, fue gerenta de finanzas de la empresa.\n\n"
            "—Jorge Solís, director: Ingeniero, trabajó doce años en los campos del sur."
        ),
        # dash lines with no question: the general reader's, not their labels' words
        [
            ("Carla Ríos, presidenta: Economista, fue gerenta de finanzas de la empresa.", ...),
            ("Jorge Solís, director: Ingeniero, trabajó doce años en los campos del sur.", ...),
        ],
    ),
    (
        "a-clause-is-no-apposition-paraguay",
        (
            "Voces de la costanera\n\n"
            "Salimos a preguntar a los vecinos de Asunción.\n\n"
            "Ana Paz, que vive desde hace treinta años frente al río Paraguay: Yo ya no sé.\n\n"
            "Luis Rojas, que llegó hace poco desde el interior del país: Yo tampoco lo sé."
        ),
        [],
    ),
    (
        "schedule-is-no-vox-pop-venezuela",
        (
            "El programa del foro\n\n"
            "Estas son las intervenciones previstas.\n\n"
            "Ana Méndez, 10:30 horas: Apertura del foro y palabras de bienvenida.\n\n"
            "Pedro Lara, 11:00 horas: Mesa sobre energía y ambiente en el país."
        ),
        [],
    ),
    (
        "one-name-headline-is-no-vox-pop-chile",
        (
            "Gabriel Rojas, senador: Nosotros no votaremos la reforma tal como está\n\n"
            "El senador anunció su rechazo en una conferencia de prensa en Valparaíso."
        ),
        [],
    ),
    # the interviewee: at the words that announce the interview, not a person the
    # intro only mentions
    (
        "guest-after-conversó-con-not-the-topic-ecuador",
        (
            "Entrevista al nuevo canciller\n\n"
            "Este diario conversó con el canciller Diego Mora sobre la relación con "
            "el presidente Ramiro Paz y la frontera.\n\n"
            "—¿Cómo está el diálogo con el vecino?\n\n"
            "—Mejor que hace un año.\n\n"
            "—¿Y la frontera?\n\n"
            "—Abierta y vigilada."
        ),
        [
            ("¿Cómo está el diálogo con el vecino?", None),
            ("Mejor que hace un año.", "Diego Mora"),
            ("¿Y la frontera?", None),
            ("Abierta y vigilada.", "Diego Mora"),
        ],
    ),
    (
        "guest-after-the-cue-not-the-subject-before-it-paraguay",
        (
            "El nuevo ministro del Interior asume con la seguridad como prioridad\n\n"
            "El presidente Hugo Benítez lo nombró el lunes y ayer este diario conversó "
            "con el ministro Óscar Villalba.\n\n"
            "—¿Cuál es su primera medida?\n\n"
            "—Más patrullas en los barrios.\n\n"
            "—¿Con qué presupuesto?\n\n"
            "—Con el que ya tenemos."
        ),
        [
            ("¿Cuál es su primera medida?", None),
            ("Más patrullas en los barrios.", "Óscar Villalba"),
            ("¿Con qué presupuesto?", None),
            ("Con el que ya tenemos.", "Óscar Villalba"),
        ],
    ),
    (
        "guest-named-only-by-role-argentina",
        (
            "En la entrevista, la ministra repasó la deuda y el precio de los alimentos.\n\n"
            "— ¿Qué le pidió el presidente?\n\n"
            "— Ordenar las cuentas y bajar la inflación.\n\n"
            "— ¿Lo va a lograr?\n\n"
            "— Vamos a trabajar para eso."
        ),
        [
            ("¿Qué le pidió el presidente?", None),
            ("Ordenar las cuentas y bajar la inflación.", "la ministra"),
            ("¿Lo va a lograr?", None),
            ("Vamos a trabajar para eso.", "la ministra"),
        ],
    ),
    pytest.param(
        (
            "En la entrevista, tras recordar su relación con la gobernadora Inés Salas, "
            "la ministra repasó la deuda.\n\n"
            "— ¿Qué le pidió el presidente?\n\n"
            "— Ordenar las cuentas y bajar la inflación."
        ),
        [
            ("¿Qué le pidió el presidente?", None),
            ("Ordenar las cuentas y bajar la inflación.", "la ministra"),
        ],
        # a bare role never stands for a person given another exclusive office
        id="guest-by-role-beside-another-office-holder-argentina",
    ),
    (
        "guest-by-the-office-the-headline-opens-on-chile",
        (
            "Rectora de la Universidad del Sur y el alza de la matrícula\n\n"
            "-¿Por qué subió tanto la matrícula?\n\n"
            "-Porque abrimos cuatro carreras nuevas en regiones.\n\n"
            "-¿Habrá más?\n\n"
            "-Sí, dos más el próximo año, si el consejo lo aprueba."
        ),
        [
            ("¿Por qué subió tanto la matrícula?", None),
            (
                "Porque abrimos cuatro carreras nuevas en regiones.",
                "Rectora de la Universidad del Sur",
            ),
            ("¿Habrá más?", None),
            (
                "Sí, dos más el próximo año, si el consejo lo aprueba.",
                "Rectora de la Universidad del Sur",
            ),
        ],
    ),
    (
        "guest-addressed-at-the-question-end-dominican-republic",
        (
            "El Gobierno responde por los apagones en Santo Domingo\n\n"
            "—¿Cuándo terminan los cortes, ministro?\n\n"
            "—En dos semanas, cuando entre la nueva planta.\n\n"
            "—¿Y las tarifas?\n\n"
            "—No van a subir este año."
        ),
        [
            ("¿Cuándo terminan los cortes, ministro?", None),
            ("En dos semanas, cuando entre la nueva planta.", "ministro"),
            ("¿Y las tarifas?", None),
            ("No van a subir este año.", "ministro"),
        ],
    ),
    # the role a vocative names, at its fuller form in the writer's text
    (
        "vocative-role-made-fuller-by-the-headline-spain",
        (
            "La ministra de Sanidad defiende el nuevo calendario de vacunas\n\n"
            "—Ministra, ¿por qué ahora?\n\n"
            "—Porque los datos de este invierno lo aconsejan.\n\n"
            "—¿Habrá dosis para todos?\n\n"
            "—Sí, hemos comprado de sobra."
        ),
        [
            ("Ministra, ¿por qué ahora?", None),
            ("Porque los datos de este invierno lo aconsejan.", "ministra de Sanidad"),
            ("¿Habrá dosis para todos?", None),
            ("Sí, hemos comprado de sobra.", "ministra de Sanidad"),
        ],
    ),
    (
        "vocative-at-the-end-made-fuller-by-the-intro-argentina",
        (
            "Tránsito: las obras de la avenida costanera\n\n"
            "Hablamos con el intendente de General Roca en su despacho.\n\n"
            "—¿Cuándo se habilita el tránsito, intendente?\n\n"
            "—A fin de mes, si no llueve.\n\n"
            "—¿Y el costo final?\n\n"
            "—El que se licitó, ni un peso más."
        ),
        [
            ("¿Cuándo se habilita el tránsito, intendente?", None),
            ("A fin de mes, si no llueve.", "intendente de General Roca"),
            ("¿Y el costo final?", None),
            ("El que se licitó, ni un peso más.", "intendente de General Roca"),
        ],
    ),
    (
        "two-offices-of-one-word-leave-the-bare-role-colombia",
        (
            "El ministro de Hacienda y el ministro de Minas, ante el Congreso\n\n"
            "—Ministro, ¿subirá el precio de la gasolina?\n\n"
            "—No este semestre, lo hemos conversado mucho.\n\n"
            "—¿Y el año próximo?\n\n"
            "—Dependerá del petróleo."
        ),
        [
            ("Ministro, ¿subirá el precio de la gasolina?", None),
            ("No este semestre, lo hemos conversado mucho.", "Ministro"),
            ("¿Y el año próximo?", None),
            ("Dependerá del petróleo.", "Ministro"),
        ],
    ),
    (
        "guest-by-a-modified-role-after-the-cue-panama",
        (
            "Cambios en la Caja de Seguro Social\n\n"
            "Este medio conversó con el nuevo director sobre las pensiones.\n\n"
            "—¿Alcanzan los fondos?\n\n"
            "—Hasta el año que viene, con suerte.\n\n"
            "—¿Y después?\n\n"
            "—Habrá que reformar el sistema."
        ),
        [
            ("¿Alcanzan los fondos?", None),
            ("Hasta el año que viene, con suerte.", "el nuevo director"),
            ("¿Y después?", None),
            ("Habrá que reformar el sistema.", "el nuevo director"),
        ],
    ),
    (
        "a-last-dash-question-answered-in-plain-text-then-the-writer-quotes-el-salvador",
        (
            "La alcaldesa Rosa Cañas inaugura el mercado\n\n"
            "La alcaldesa Rosa Cañas dialogó con este periódico.\n\n"
            "—¿Cuántos puestos tiene?\n\n"
            "—Doscientos, todos con agua y luz.\n\n"
            "—¿Cuándo abre?\n\n"
            "El lunes, si terminamos la pintura a tiempo.\n\n"
            "«Mi mamá vendía aquí», recordó al despedirse."
        ),
        [
            ("¿Cuántos puestos tiene?", None),
            ("Doscientos, todos con agua y luz.", "Rosa Cañas"),
            ("¿Cuándo abre?", None),
            ("El lunes, si terminamos la pintura a tiempo.", "Rosa Cañas"),
            ("Mi mamá vendía aquí", "Rosa Cañas"),
        ],
    ),
    # quotations inside a turn: the interviewee's unless another speaker is named
    (
        "quotation-inside-a-question-bolivia",
        (
            "Senador Tomás Rivas: «No me arrepiento»\n\n"
            "El senador Tomás Rivas conversó con este medio.\n\n"
            "—Usted declaró que «la reforma es un atropello». ¿Lo sostiene?\n\n"
            "—Lo sostengo, palabra por palabra.\n\n"
            "—¿Votará en contra?\n\n"
            "—Sí, y pediré que se vote artículo por artículo."
        ),
        [
            ("No me arrepiento", "Tomás Rivas"),
            ("Usted declaró que «la reforma es un atropello». ¿Lo sostiene?", None),
            ("la reforma es un atropello", "Tomás Rivas"),
            ("Lo sostengo, palabra por palabra.", "Tomás Rivas"),
            ("¿Votará en contra?", None),
            ("Sí, y pediré que se vote artículo por artículo.", "Tomás Rivas"),
        ],
    ),
    # not interviews: a list, a chronology, a story's dialogue
    (
        "dash-list-is-no-interview-chile",
        (
            "Lo que cambia con la nueva ley de tránsito\n\n"
            "Estos son los principales cambios:\n\n"
            "- Las multas suben un 20%.\n\n"
            "- Los scooters pagarán permiso.\n\n"
            "- ¿Y los ciclistas? Podrán usar la calzada."
        ),
        [],
    ),
    (
        "explainer-questions-answered-by-the-writer-are-no-interview-colombia",
        (
            "Bono de invierno: quién lo cobra y cuándo\n\n"
            "El Gobierno anunció un pago extra para los hogares de menores ingresos.\n\n"
            "- ¿Quién puede cobrarlo?\n\n"
            "Los hogares inscritos en el registro social antes de marzo.\n\n"
            "- ¿Cuándo se paga?\n\n"
            "El depósito se hará en la segunda quincena de junio."
        ),
        [],
    ),
    (
        "p-questions-with-plain-answers-announced-spain",
        (
            "El seleccionador habla antes del debut\n\n"
            "El seleccionador Iñaki Ruiz concedió una entrevista a esta redacción.\n\n"
            "P. ¿Está el equipo preparado?\n\n"
            "Está listo, aunque faltan dos lesionados.\n\n"
            "P. ¿Quién será el portero?\n\n"
            "Lo decidirá el último entrenamiento."
        ),
        [
            ("¿Está el equipo preparado?", None),
            ("Está listo, aunque faltan dos lesionados.", "Iñaki Ruiz"),
            ("¿Quién será el portero?", None),
            ("Lo decidirá el último entrenamiento.", "Iñaki Ruiz"),
        ],
    ),
    (
        "story-dialogue-with-incises-is-no-interview-spain",
        (
            "Una noche en la frontera\n\n"
            "El guardia se acercó al coche.\n\n"
            "—¿Adónde van? —preguntó el guardia.\n\n"
            "—A Tui —respondió el conductor.\n\n"
            "—¿A estas horas? —insistió."
        ),
        [("¿Adónde van?", ...), ("A Tui", ...), ("¿A estas horas?", ...)],
    ),
    (
        "players-marks-are-no-vox-pop-chile",
        (
            "Las notas de la selección ante Perú\n\n"
            "Así rindieron los jugadores en el estadio Nacional.\n\n"
            "Claudio Soto: 6. Atajó todo lo que le llegó.\n\n"
            "Marcelo Díaz: 5. Correcto en la salida."
        ),
        [],
    ),
    (
        "a-cabinet-list-is-no-vox-pop-guatemala",
        (
            "Los nuevos ministros del gabinete\n\n"
            "El presidente tomó juramento este lunes a su equipo.\n\n"
            "Ana Paz: Ministra de Salud.\n\n"
            "Jorge Solís: Ministro de Finanzas."
        ),
        [],
    ),
    (
        "chronology-is-no-vox-pop-honduras",
        (
            "Cronología de la crisis\n\n"
            "Estos fueron los hechos.\n\n"
            "Lunes Santo: el Congreso votó la ley.\n\n"
            "Martes Santo: el presidente la vetó."
        ),
        [],
    ),
]


def _case(case: tuple[str, str, list[tuple[str, object]]] | object) -> object:
    if isinstance(case, tuple) and isinstance(case[0], str):
        return pytest.param(*case[1:], id=case[0])
    return case  # a pytest.param already, with its marks


@pytest.mark.parametrize(("text", "expected"), [_case(c) for c in CASES])
def test_interview_shapes(text: str, expected: list[tuple[str, object]]) -> None:
    # "..." leaves a speaker to the general reader (a story's dialogue is no interview)
    found = turns(text)
    assert len(found) == len(expected)
    assert found == [
        (t, s if w is ... else w) for (t, w), (_, s) in zip(expected, found, strict=True)
    ]


def _guest(text: str) -> str | None:
    reading = read_article(text, [Span(0, len(text))])
    found = interviewee(text, reading.cast, reading.quotations)
    return None if found is None else text[found.start : found.end]


GUESTS = [
    # no turn, no interviewee
    ("no-turns-honduras", "El alcalde Luis Mejía inauguró el puente ayer.", None),
    # the announcement is read in its first few paragraphs only: a page of cues costs
    # no more than three
    (
        "announcements-read-three-at-most-cuba",
        "Entrevista a fondo.\n" * 5 + "—¿Uno?\nYo creo que sí.\n—¿Dos?\nMi respuesta es no.",
        None,
    ),
    # the office a headline opens on, after a line of furniture
    (
        "office-after-a-section-line-nicaragua",
        (
            "Actualidad\nDirectora del Hospital Central y la falta de camas\n"
            "—¿Faltan camas?\nSí, yo pedí cincuenta más.\n—¿Llegarán?\nMi equipo cree que sí."
        ),
        "Directora del Hospital Central",
    ),
]


@pytest.mark.parametrize(("text", "expected"), [g[1:] for g in GUESTS], ids=[g[0] for g in GUESTS])
def test_interviewee(text: str, expected: str | None) -> None:
    assert _guest(text) == expected


# The turn opener's first character is tested before its pattern (``_opening``): a line
# on each side of that test, blanks before it or none, reads as the pattern alone reads it.
OPENER_LINES = [
    ("—¿Cuándo vuelve al país?", True),
    (" \t– Cuando cierre la gira.", True),
    ("  P: ¿Qué opina del fallo?", True),
    ("R. Que es justo.", True),
    ("Pregunta: ¿Y el presupuesto?", True),
    ("Para el ministro, el fallo es justo.", False),
    ("El ministro viajó ayer a Lima.", False),
    ("  «No volveré», dijo.", False),
    (" \t ", False),
]


@pytest.mark.parametrize(("line", "opens"), OPENER_LINES, ids=[line for line, _ in OPENER_LINES])
def test_turn_opener_gate_reads_as_the_pattern(line: str, *, opens: bool) -> None:
    text = f"Intro.\n\n{line}\n\nFin."
    lo = text.index(line)
    hi = lo + len(line)
    pattern = _TURN_OPENER.match(text, lo, hi)
    found, _ = _opening(text, lo, hi)
    expected = None if pattern is None else pattern.span()
    assert (expected, opens) == (
        None if found is None or found.re is not _TURN_OPENER else found.span(),
        pattern is not None,
    )
