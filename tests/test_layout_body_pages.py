"""Clean, complete bodies on real page shapes: pieces joined, furniture inside and after.

Every page here is written for these tests, in the styles of several countries' outlets:
an article of a few paragraphs and what scrapers leave in and around it (paragraphs broken
by inline tags, "Lee también" boxes, photo credits, embedded posts, ad slots, calls to
subscribe, comment policies). No outlet's strings. The counter-examples keep what belongs
to the story: one-sentence paragraphs, quotes, intertitles and list items.
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_layout

# --- Mexico: a paragraph broken around its links, on a page spaced by blank lines --------
MX_P = (
    (
        "La Secretaría de Salud informó este lunes que la campaña de vacunación contra la"
        " influenza comenzará el 15 de octubre en todo el país."
    ),
    (
        "El subsecretario explicó que se aplicarán 35 millones de dosis, una cifra similar a la"
        " del año pasado, y que la prioridad serán los adultos mayores."
    ),
    (
        "Las dosis llegarán primero a los estados del norte, donde el frío se adelanta, según"
        " el calendario publicado por la dependencia."
    ),
)
MX_BROKEN = (
    "En conferencia, el titular de la dependencia,\nJorge Alcántara Ruiz,\ndijo que la"
    " meta es cubrir al 80 por ciento de la población de riesgo antes de diciembre."
)
MX = (
    "Arranca en octubre la campaña de vacunación contra la influenza\n\n"
    "Por Mariana Téllez\n\n14 de septiembre de 2025\n\n"
    f"{MX_P[0]}\n\n{MX_BROKEN}\n\n{MX_P[1]}\n\n"
    "Lee también: Estas son las sedes de vacunación en la capital\n\n"
    f"{MX_P[2]}\n"
)

# --- Spain: ad labels inside the text and a tag row after it -------------------------------
ES_P = (
    (
        "El Ayuntamiento de Valladolid aprobó este jueves la ampliación del carril bici hasta"
        " el campus universitario, una obra reclamada desde hace años."
    ),
    (
        "La obra costará 1,2 millones de euros y estará lista en primavera, según el concejal"
        " de Movilidad, que defendió el proyecto ante el pleno."
    ),
    (
        "La oposición votó en contra por considerar que el trazado elimina plazas de"
        " aparcamiento en dos calles comerciales del centro."
    ),
)
ES = (
    "Valladolid amplía el carril bici hasta el campus\n\n"
    "Lucía Herrero\n\nValladolid, 12/03/2024 - 18:40h\n\n"
    f"{ES_P[0]}\n\nPublicidad\n\n{ES_P[1]}\n\nPUBLICIDAD\n\n{ES_P[2]}\n\n"
    "Temas\n\nValladolid\n\nMovilidad\n\nBicicleta\n"
)

# --- Peru: "MIRA |" and "LEE MÁS |" links set between paragraphs --------------------------
PE_P = (
    (
        "El Ministerio de Transportes anunció que la segunda línea del metro de Lima comenzará"
        " a operar en su tramo completo a fines del próximo año."
    ),
    (
        "Según el ministro, el avance de la obra supera el 70 por ciento y los trenes ya"
        " realizan pruebas en las estaciones del tramo este."
    ),
    (
        "Los vecinos de Ate y Santa Anita, sin embargo, denuncian que las obras mantienen"
        " cerradas varias vías desde hace más de cinco años."
    ),
)
PE = (
    "Línea 2 del metro de Lima operará completa a fines del 2026\n\n"
    "Redacción RPX\n\nActualizado el 05/05/2025, 10:15 a.m.\n\n"
    f"{PE_P[0]}\n\nMIRA | Así luce la nueva estación central del metro\n\n{PE_P[1]}\n\n"
    f"LEE MÁS | Cierran avenida por obras durante un mes\n\n{PE_P[2]}\n"
)

# --- United States (Spanish-language): an embedded post's lines inside the text -----------
US_P = (
    (
        "La ciudad de Miami abrió este martes cuatro refugios ante la llegada de la tormenta"
        " tropical, que podría convertirse en huracán el fin de semana."
    ),
    (
        "La alcaldesa pidió a los residentes de las zonas bajas que preparen un plan de"
        " evacuación y sigan las indicaciones de las autoridades."
    ),
    (
        "El Centro Nacional de Huracanes prevé lluvias intensas en el sur de Florida a partir"
        " del jueves por la noche."
    ),
)
US = (
    "Miami abre refugios ante la llegada de la tormenta tropical\n\n"
    "Por Andrés Colón\n\n3 de septiembre de 2024\n\n"
    f"{US_P[0]}\n\n{US_P[1]}\n\n"
    "Los refugios abren a las 6 pm. Lleve sus medicinas y documentos. pic.twitter.com/ab12CD34ef\n"
    "— Ciudad de Miami (@CiudadMiamiEjemplo) September 3, 2024\n\n"
    f"{US_P[2]}\n"
)

# --- Colombia: a photo's caption over its credit inside the text -------------------------
CO_P = (
    (
        "La Alcaldía de Medellín anunció que el metrocable de la comuna 8 entrará en"
        " funcionamiento en diciembre, tras tres años de obras."
    ),
    (
        "La nueva línea beneficiará a unos 150.000 habitantes de los barrios altos, que hoy"
        " tardan más de una hora en llegar al centro."
    ),
    (
        "El alcalde aseguró que la tarifa será la misma del resto del sistema y que habrá"
        " descuentos para estudiantes y adultos mayores."
    ),
)
CO = (
    "El metrocable de la comuna 8 funcionará desde diciembre\n\n"
    "Por Camilo Restrepo\n\n20 de agosto de 2025\n\n"
    f"{CO_P[0]}\n\n{CO_P[1]}\n\n"
    "Las cabinas del metrocable durante las pruebas en la comuna 8\nFoto: Archivo particular\n\n"
    f"{CO_P[2]}\n"
)

# --- Guatemala: the comment section's policy after the text -------------------------------
GT_P = (
    (
        "El Congreso aprobó en tercera lectura la ley de alianzas para el desarrollo de"
        " infraestructura, con 110 votos a favor."
    ),
    (
        "La norma permitirá contratos para construir carreteras y puertos con capital privado,"
        " bajo la supervisión de una agencia estatal."
    ),
    (
        "Organizaciones de la sociedad civil pidieron más controles sobre los contratos y"
        " anunciaron que vigilarán su aplicación."
    ),
)
GT_POLICY = (
    "Los comentarios publicados en este espacio son responsabilidad exclusiva de sus autores"
    " y no reflejan la opinión de este medio. Nos reservamos el derecho de eliminar los"
    " comentarios que contengan insultos o lenguaje ofensivo."
)
GT = (
    "Congreso aprueba la ley de alianzas para infraestructura\n\n"
    "Por Ana Lucía Cifuentes\n\n10 de marzo de 2025\n\n"
    f"{GT_P[0]}\n\n{GT_P[1]}\n\n{GT_P[2]}\n\n{GT_POLICY}\n"
)

# --- Dominican Republic: a subscription pitch and a WhatsApp call after the text ----------
DO_P = (
    (
        "El Banco Central mantuvo su tasa de política monetaria en 5,75 por ciento anual, por"
        " tercer mes consecutivo."
    ),
    (
        "La entidad explicó que la inflación se mantiene dentro del rango meta y que la"
        " economía creció 4,1 por ciento en el primer semestre."
    ),
    (
        "Los economistas consultados esperan una baja de la tasa antes de que termine el año si"
        " el precio del petróleo se mantiene estable."
    ),
)
DO_PITCH = (
    "El periodismo independiente necesita de tu apoyo. Suscríbete hoy y accede a todos"
    " nuestros contenidos, análisis y reportajes exclusivos sin límite."
)
DO = (
    "Banco Central mantiene su tasa de interés en 5,75 %\n\n"
    "Por José Peña\n\n28 de agosto de 2025\n\n"
    f"{DO_P[0]}\n\n{DO_P[1]}\n\n{DO_P[2]}\n\n{DO_PITCH}\n\n"
    "Únete a nuestro canal de WhatsApp y recibe las noticias más importantes del día\n"
)

# --- Uruguay: a page whose source breaks every paragraph at its own line ends -------------
UY_PARAS = (
    (
        "El Ministerio de Ganadería confirmó que las exportaciones de carne crecieron",
        "un 12 por ciento en el primer semestre, impulsadas por la demanda de China.",
        "El ministro destacó el dato en una conferencia de prensa en Montevideo.",
    ),
    (
        "Los frigoríficos, sin embargo, advierten que el precio del ganado",
        "subió más rápido que el de la carne exportada.",
        "La gremial pidió al gobierno medidas para bajar los costos de la energía.",
    ),
    (
        "Según el Instituto Nacional de Carnes, los envíos a Estados Unidos",
        "se mantuvieron estables, mientras que los de la Unión Europea cayeron.",
    ),
    (
        "Las negociaciones con otros mercados de Asia seguirán en los próximos",
        "meses, con una misión oficial prevista para noviembre.",
    ),
)
UY = (
    "Exportaciones de carne crecen un 12 % en el primer semestre\n\n"
    "Por Martín Olivera\n\n5 de julio de 2025\n\n"
    + "\n\n".join("\n".join(para) for para in UY_PARAS)
    + "\n"
)

# --- Chile: short real paragraphs, a quote, an intertitle and a list of the story ---------
CL_P = (
    (
        "El Servicio Electoral informó este domingo que la participación en la elección"
        " municipal alcanzó el 84 por ciento del padrón."
    ),
    "Es la cifra más alta desde que se repuso el voto obligatorio.",
    "«Fue una jornada tranquila y sin incidentes graves», dijo el director del servicio.",
    "Los resultados por comuna",
    (
        "El conteo en las comunas del norte terminó antes de las diez de la noche, mientras"
        " que en la capital se extendió hasta la madrugada."
    ),
    "Las mesas con más votos nulos se concentraron en tres regiones:",
    "- Región de Antofagasta",
    "- Región de Valparaíso",
    "- Región de Los Lagos",
    "El servicio publicará el escrutinio oficial la próxima semana.",
)
CL = (
    "Participación en la elección municipal llega al 84 %\n\n"
    "Por Francisca Soto\n\n27 de octubre de 2024\n\n" + "\n\n".join(CL_P) + "\n"
)

# --- Argentina: "Seguí leyendo" and a related list after the text -------------------------
AR_P = (
    (
        "El Gobierno porteño anunció que el subte funcionará las 24 horas los fines de semana"
        " a partir de diciembre, en una prueba de tres meses."
    ),
    (
        "La medida alcanzará a las líneas A, B y D, que concentran la mayor cantidad de"
        " pasajeros nocturnos, según explicaron fuentes oficiales."
    ),
    (
        "Los gremios del sector reclamaron que se contrate más personal para cubrir los turnos"
        " de la noche y advirtieron que no aceptarán horas extra obligatorias."
    ),
)
AR = (
    "El subte funcionará las 24 horas los fines de semana\n\n"
    "Por Julieta Ferraro\n\n12 de noviembre de 2024\n\n"
    f"{AR_P[0]}\n\n{AR_P[1]}\n\n{AR_P[2]}\n\nSeguí leyendo\n\n"
    "Cortan el tránsito en la avenida Corrientes por obras\n\n"
    "Nueva tarifa de colectivos desde el lunes\n"
)

# --- Venezuela: ad slots named by their banner size inside the text -----------------------
VE_P = (
    (
        "La Asamblea Nacional aprobó en primera discusión la reforma de la ley de hidrocarburos,"
        " con el voto de la mayoría oficialista."
    ),
    (
        "El texto permitirá a empresas privadas operar campos petroleros en asociación con la"
        " estatal, según el informe de la comisión de energía."
    ),
    (
        "Economistas consultados señalaron que la reforma podría atraer inversiones, aunque"
        " advirtieron sobre la falta de seguridad jurídica."
    ),
)
VE = (
    "Asamblea aprueba en primera discusión reforma de ley de hidrocarburos\n\n"
    "Por Carlos Mendoza\n\n18 de enero de 2025\n\n"
    f"{VE_P[0]}\n\nbanner_home_728x90\n\n{VE_P[1]}\n\npauta-300x250-interna\n\n{VE_P[2]}\n"
)

# --- Ecuador: "Te puede interesar" over a headline, inside the text -----------------------
EC_P = (
    (
        "El Consejo Nacional Electoral fijó para el 9 de febrero la primera vuelta de las"
        " elecciones presidenciales, con 16 candidaturas inscritas."
    ),
    (
        "La presidenta del organismo aseguró que el presupuesto para los comicios está"
        " garantizado y que la capacitación de los miembros de mesa ya comenzó."
    ),
    (
        "Las observaciones internacionales llegarán desde la Unión Europea y la OEA, que"
        " enviarán misiones a las 24 provincias."
    ),
)
EC = (
    "CNE fija para el 9 de febrero la primera vuelta presidencial\n\n"
    "Por Paúl Andrade\n\n2 de octubre de 2024\n\n"
    f"{EC_P[0]}\n\n{EC_P[1]}\n\nTe puede interesar\n\n"
    "Candidatos presidenciales inician recorridos por la Sierra\n\n"
    f"{EC_P[2]}\n"
)

PAGES = [
    pytest.param(MX, [MX_P[0], MX_BROKEN, MX_P[1], MX_P[2]], id="mx-links-broken-and-lee-tambien"),
    pytest.param(ES, list(ES_P), id="es-ad-labels-and-tags"),
    pytest.param(PE, list(PE_P), id="pe-mira-and-lee-mas-links"),
    pytest.param(US, list(US_P), id="us-embedded-post"),
    pytest.param(CO, list(CO_P), id="co-caption-over-credit"),
    pytest.param(GT, list(GT_P), id="gt-comment-policy-after-text"),
    pytest.param(DO, list(DO_P), id="do-subscription-pitch-after-text"),
    pytest.param(UY, ["\n".join(para) for para in UY_PARAS], id="uy-paragraphs-broken-throughout"),
    pytest.param(CL, list(CL_P), id="cl-short-paragraphs-intertitle-and-list-stay"),
    pytest.param(AR, list(AR_P), id="ar-segui-leyendo-and-related-list"),
    pytest.param(VE, list(VE_P), id="ve-ad-slots-by-banner-size"),
    pytest.param(EC, list(EC_P), id="ec-te-puede-interesar-box"),
]


@pytest.mark.parametrize(("text", "body"), PAGES)
def test_body(text: str, body: list[str]) -> None:
    found = [" ".join(p.text.split()) for p in parse_layout(text).body]
    assert found == [" ".join(p.split()) for p in body]
