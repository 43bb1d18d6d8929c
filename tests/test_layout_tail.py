"""The body's own furniture and its end (``noticiaparse._layout.tail``), one golden page each.

Every page here is written for these tests, in several countries' styles: an article of a
few paragraphs and the furniture real pages put inside it and after it. No outlet's strings.
"""

from __future__ import annotations

from typing import Any

import pytest

from noticiaparse import parse, parse_layout
from noticiaparse._layout.boilerplate import caption_credit
from noticiaparse._layout.tail import BodyLine, body_furniture

TITLE = "Municipio de Cuenca amplía el horario de las bibliotecas públicas"
DECK = "La medida rige desde el lunes y busca atender a estudiantes en época de exámenes."
P1 = (
    "La alcaldía de Cuenca anunció este viernes que las cinco bibliotecas públicas de la"
    " ciudad abrirán hasta las diez de la noche, dos horas más que el horario habitual."
)
P2 = (
    "Según explicó la directora de Cultura, la ampliación costará unos 80 mil dólares al año"
    " y se financiará con fondos del presupuesto participativo aprobado en marzo."
)
P3 = (
    "Los estudiantes consultados valoraron el anuncio, aunque pidieron más puestos de estudio"
    " y una mejor conexión a internet en las salas de lectura del centro histórico."
)
P4 = (
    "La biblioteca central, además, sumará un turno de fin de semana desde el próximo mes,"
    " según el mismo anuncio del municipio."
)
HEAD = f"{TITLE}\n\n{DECK}\n\nPor Daniela Mora\n\n"
#: A wire paragraph signed by its agency after its last stop, no brackets.
SIGNED = (
    "La directora aseguró que el municipio respaldará «cada idea de los vecinos para que la"
    " biblioteca siga abierta de noche, sin recortes en las salas ni en el personal», según"
    " dijo ante los concejales el martes. EFE"
)
#: A blockquote of three lines (the quote, an empty quoted line, its speaker) as one line.
QUOTED = (
    "> «La biblioteca es de todos y debe abrir cuando la gente puede venir». > > Rosa Paredes,"
    " directora de Cultura"
)
#: Two paragraphs a renderer broke around their links, as the layout joins them back.
LINKED = (
    (
        "En la misma sesión también fue reelegido presidente del concejo Tomás Arteaga"
        " Villacís . Ambos asumirán sus cargos el próximo lunes en la sede municipal."
    ),
    (
        "La directora recordó que la biblioteca fue fundada en 1956 por los vecinos , con"
        " apoyo de la parroquia."
    ),
)
#: A gallery's captions glued into one line by the renderer, each closed by its credit.
GALLERY = "".join(
    f"{caption}, el lunes 8 de abril, durante la jornada de apertura del horario nuevo.Carla"
    " Ortiz (EFE)"
    for caption in (
        "Lectores en la sala principal de la biblioteca municipal",
        "La fila de estudiantes en la entrada de la biblioteca del centro",
        "Un estudiante en la sala de lectura infantil de la biblioteca",
        "La directora de Cultura recorre las salas con los bibliotecarios",
        "Las mesas de estudio del segundo piso, ocupadas desde la mañana",
    )
)
ARTICLE = f"{HEAD}{P1}\n\n{P2}\n\n{P3}"


def _fields(text: str) -> dict[str, Any]:
    layout = parse_layout(text)
    return {
        "headline": layout.headline.text if layout.headline else None,
        "body": [p.text for p in layout.body],
        "boilerplate": [b.text for b in layout.boilerplate],
        "quotes": [q.text for q in parse(text).quotes],
    }


_DEVELOPED = (
    "Desarrollado por investigadores de la universidad regional, el examen usa una gota de"
    " sangre y un lector portátil que cuesta menos que los equipos de laboratorio."
)

FLAT_HEAD = HEAD.replace("\n\n", "\n")
PARTNERSHIP = (
    "En alianza con la universidad, el municipio abrirá además una sala de estudio nocturna"
    " en el barrio norte."
)
#: Another story, as a page runs its section on under the article: headline, lead, more.
NEXT_TITLE = "El club de la ciudad gana la final del torneo juvenil de fútbol"
NEXT_LEAD = (
    "El club de la ciudad ganó este domingo la final del torneo juvenil de fútbol ante el"
    " equipo de Loja, por dos goles a cero, en un estadio lleno."
)
NEXT_MORE = (
    "El entrenador dedicó el título a las familias de los jugadores y anunció que el plantel"
    " viajará en julio a un campeonato internacional."
)

PAGES = [
    pytest.param(
        f"{ARTICLE}\n\nInicio\n\n{P1}\n\n{P2}\n\n{P3}\n\nContacto",
        {"body": [P1, P2, P3]},
        id="text-repeated-from-its-first-paragraphs-is-the-copy",
    ),
    pytest.param(
        f"{HEAD}{P1}\n\n{P2}\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}",
        {"body": [P1, P2, P1, P2, P3, P4]},
        id="a-passage-doubled-inside-the-article-is-no-copy",
    ),
    pytest.param(
        f"{ARTICLE}\n\n3 comentarios\n\nMarta G.\n\nExcelente medida, ojalá la copien en otras"
        " ciudades del país porque hace mucha falta.\n\nJorge\n\n«Por fin», dijo mi hija cuando"
        " lo leyó en la mañana, y no es para menos.",
        {"body": [P1, P2, P3], "quotes": []},
        id="readers-comments-after-the-comment-counter",
    ),
    pytest.param(
        f"{ARTICLE}\n\nDejá tu comentario\n\nLos comentarios publicados son responsabilidad"
        " exclusiva de sus autores y pueden ser moderados.",
        {"body": [P1, P2, P3]},
        id="comment-prompt-in-the-voseo-and-comment-rules",
    ),
    pytest.param(
        f"{ARTICLE}\n\nSobre la firma\n\nPeriodista de la sección Ciudad. Antes cubrió educación"
        " y cultura en la redacción de Guayaquil durante diez años.",
        {"body": [P1, P2, P3]},
        id="the-authors-card-after-the-text",
    ),
    pytest.param(
        f"{ARTICLE}\n\n\n\nNuevo puente peatonal une dos parroquias rurales\n"
        "La obra tardó dos años y beneficiará a unas tres mil personas de la zona.\n"
        "Cierran por mantenimiento el mercado de la plaza central\n"
        "Los comerciantes serán reubicados durante dos semanas en el coliseo.",
        {"body": [P1, P2, P3]},
        id="teasers-of-other-articles-after-a-wider-gap",
    ),
    pytest.param(
        f"{ARTICLE}\n\nLo más leído\n\n1. Nuevo puente peatonal une dos parroquias rurales\n\n"
        "La obra tardó dos años y beneficiará a unas tres mil personas de la zona.\n\n"
        "2. Cierran por mantenimiento el mercado de la plaza central\n\n"
        "Los comerciantes serán reubicados durante dos semanas en el coliseo.",
        {"body": [P1, P2, P3]},
        id="a-list-widget-of-headlines-and-summaries",
    ),
    pytest.param(
        f"{HEAD}{P1}\n\nMás noticias\n\nNuevo puente peatonal une dos parroquias rurales\n\n"
        f"{P2}\n\n{P3}",
        {"body": [P1, P2, P3]},
        id="a-list-widget-in-the-middle-the-text-resuming",
    ),
    pytest.param(
        f"{HEAD}{P1}\n\n{P2}\n\nTe puede interesar\n\nNuevo puente peatonal une dos"
        f" parroquias rurales\n\nLa biblioteca abrirá también los domingos.",
        {"body": [P1, P2, "La biblioteca abrirá también los domingos."]},
        id="a-box-of-one-headline-and-the-texts-last-sentence",
    ),
    pytest.param(
        f"{HEAD}{P1}\n\nPara saber más\nAgenda cultural.\nCasa de la Cultura presenta su agenda"
        f" de verano\n\n{P2}\n\n{P3}",
        {"body": [P1, P2, P3]},
        id="a-box-with-its-own-label-under-a-list-label",
    ),
    pytest.param(
        f"{ARTICLE}\n\nNoticias relacionadas\n"
        "Alcalde inaugura la biblioteca del barrio San Roque\n"
        "«Leer es un derecho», dice la ministra de Cultura\n"
        "Bibliotecas móviles llegarán a las parroquias rurales",
        {"body": [P1, P2, P3], "quotes": []},
        id="a-related-list-after-the-text",
    ),
    pytest.param(
        f"{HEAD}{P1}\n\n{P2}\n\nNoticias relacionadas\n"
        "Alcalde inaugura la biblioteca del barrio San Roque\n"
        f"Bibliotecas móviles llegarán a las parroquias rurales\n\n{P3}",
        {
            "body": [
                P1,
                P2,
                "Alcalde inaugura la biblioteca del barrio San Roque",
                "Bibliotecas móviles llegarán a las parroquias rurales",
                P3,
            ]
        },
        id="a-related-list-set-into-the-text-stays-as-teasers",
    ),
    pytest.param(
        f"{HEAD}{P1}\n\nLectores en la sala principal, el viernes (Carla Ortiz / EFE)\n\n{P2}\n\n"
        f"Un estudiante en la biblioteca del centro. REUTERS/Luis Andrade\n\n{P3}",
        {"body": [P1, P2, P3]},
        id="captions-closed-by-an-agencys-credit",
    ),
    pytest.param(
        f"{HEAD}{P1}\n\nLa sala de lectura infantil de la biblioteca municipal\n"
        f"(Andrés Vega / AFP)\n\n{P2}\n\n{P3}",
        {"body": [P1, P2, P3]},
        id="a-caption-over-its-credit-alone",
    ),
    pytest.param(
        f"{HEAD}{P1}\n\n{P2} (EFE)\n\n{P3}",
        {"body": [P1, f"{P2} (EFE)", P3]},
        id="a-paragraph-closed-by-its-agencys-sign-off-is-text",
    ),
    pytest.param(
        f"{HEAD}{P1}\n\n{P2}\n\nPRESUPUESTO Y PLAZOS\n\n{P3}\n\nLucía Fernández y Martín Rivas"
        f"\n\n{P1.replace('Cuenca', 'Loja')}",
        {"body": [P1, P2, "PRESUPUESTO Y PLAZOS", P3, P1.replace("Cuenca", "Loja")]},
        id="names-alone-sign-a-photo-an-intertitle-in-capitals-stays",
    ),
    pytest.param(
        f"{HEAD}{P1}\n\nHorario extendido\n\n{P2}\n\nCultura\n"
        f"Casa de la Cultura presenta su agenda de verano\n\n{P3}",
        {"body": [P1, "Horario extendido", P2, P3]},
        id="a-kicker-and-a-headline-between-paragraphs",
    ),
    pytest.param(
        f"{TITLE}\n\n{DECK}\n\n10:45 hrs\n\n{P1}\n\n09:30 hrs\n\n{P2}\n\n{P3}",
        {"body": [P1, P2, P3]},
        id="a-live-pages-time-stamps",
    ),
    pytest.param(
        f"{ARTICLE}\n\nCiudad\n\nCultura\n\nEducación",
        {"body": [P1, P2, P3]},
        id="labels-after-the-last-sentence",
    ),
    pytest.param(
        f"{ARTICLE}\n\nNoticia en desarrollo.",
        {"body": [P1, P2, P3, "Noticia en desarrollo."]},
        id="a-short-closing-sentence-is-text",
    ),
    pytest.param(
        f"{ARTICLE}\n\nSiguiente artículo: Cierran por mantenimiento el mercado central\n\n"
        "El mercado de la plaza central cerrará dos semanas por obras de mantenimiento, según"
        " informó la empresa municipal.",
        {"body": [P1, P2, P3]},
        id="a-next-article-link-with-its-headline",
    ),
    pytest.param(
        f"{ARTICLE}\n\n### [Nuevo puente peatonal une dos parroquias](https://example.org/puente)"
        "\n\n### [Cierran el mercado central](https://example.org/mercado)",
        {"body": [P1, P2, P3]},
        id="related-headlines-as-heading-links",
    ),
    pytest.param(
        f"{ARTICLE}\n\n* Compartir\n* [Imprimir](https://example.org/imprimir)\n\n"
        "* [Cierran por obras el mercado central: ¡vecinos molestos!](https://example.org/m)",
        {"body": [P1, P2, P3]},
        id="links-alone-after-the-text-even-closed-by-a-stop",
    ),
    pytest.param(
        f"{HEAD}{P1}\n\n> El horario nuevo empieza el lunes. [#Cuenca](https://example.org/t)\n"
        "> [pic.example.org/abc](https://example.org/p)\n"
        "> -- Biblioteca Municipal (@bibliocuenca) [4 de mayo de\n> 2024](https://example.org/s)"
        f"\n\n{P2}\n\n{P3}",
        {"body": [P1, P2, P3], "quotes": []},
        id="an-embedded-post-quoted-as-a-blockquote",
    ),
    pytest.param(
        f"{HEAD}{P1}\n\n### Horario extendido\n\n{P2}\n\n{P3}",
        {"body": [P1, "Horario extendido", P2, P3]},
        id="an-intertitles-heading-marks-are-not-text",
    ),
    pytest.param(
        f"{HEAD}{P1}\n\nbiblioteca-sala-principal.jpg\n\nEsta funcionalidad es sólo para"
        f" suscriptores\n\n{P2}\n\n{P3}",
        {"body": [P1, P2, P3]},
        id="an-images-file-name-and-a-paywall-line",
    ),
    pytest.param(
        f"{ARTICLE}\n\nPeriodista. Cubre cultura y educación en la redacción de Quito desde"
        " 2015 y antes trabajó en radio.",
        {"body": [P1, P2, P3]},
        id="the-authors-card-under-the-text",
    ),
    pytest.param(
        f"{ARTICLE}\n\nPortada | Ciudad | Cultura | Deportes | Opinión | Economía | Mundo |"
        " Tecnología | Salud | Turismo | Contacto | Publicidad | Suscripciones | Archivo",
        {"body": [P1, P2, P3]},
        id="a-row-of-links-after-the-text",
    ),
    pytest.param(
        f"{HEAD}{P1}\n\n{P2}\n\n"
        "Lectores en la sala principal de la biblioteca municipal durante la jornada de"
        " apertura del nuevo horario, que se extenderá hasta diciembre según la directora de"
        " Cultura del municipio, en la ciudad de Cuenca, el viernes 12 de abril de 2024."
        " Carla Ortiz/REUTERS"
        f"\n\n{P3}",
        {"body": [P1, P2, P3]},
        id="a-long-caption-closed-by-its-credit",
    ),
    pytest.param(
        f"{HEAD}{P1}\n\n{P2}\n\nSegún explicó la directora de Cultura, la ampliación costará"
        f" unos 80 mil dólares al año\n\n{P3}",
        {"body": [P1, P2, P3]},
        id="a-pull-quote-repeating-a-sentences-start",
    ),
    pytest.param(
        f"{HEAD}{P1}\n\n**Horario extendido**\n\n{P2}\n\n{P3}",
        {"body": [P1, "**Horario extendido**", P2, P3]},
        id="a-bold-intertitle-is-text",
    ),
    pytest.param(
        f"{HEAD}{P1}\nlectores en la sala de la biblioteca central\n\n{P2}\n\n{P3}",
        {"body": [P1, P2, P3]},
        id="a-caption-in-lower-case-under-a-closed-paragraph",
    ),
    pytest.param(
        f"{HEAD}educación\n\nazuay\n\nbibliotecas públicas\n\n{P1}\n\n{P2}\n\n{P3}",
        {"body": [P1, P2, P3]},
        id="tags-in-lower-case-over-the-text",
    ),
    pytest.param(
        f"{HEAD}Los delegados llegaron a la sede del concejo a las 10 a. m.\ny se reunieron con"
        f" la alcaldesa durante toda la mañana.\n\n{P2}\n\n{P3}",
        {
            "body": [
                (
                    "Los delegados llegaron a la sede del concejo a las 10 a. m. y se reunieron"
                    " con la alcaldesa durante toda la mañana."
                ),
                P2,
                P3,
            ]
        },
        id="a-line-broken-after-an-abbreviation-goes-on",
    ),
    pytest.param(
        f"{HEAD}{P1}\n\nLa directora de Cultura durante la presentación del plan\n\n"
        f"Carlos Méndez Ortiz\n\n{P2}\n\n{P3}",
        {"body": [P1, P2, P3]},
        id="a-caption-over-its-photographers-name",
    ),
    pytest.param(
        f"{HEAD}{P1}\n\n{P2}\n\nLee también\n\nCierran por obras el mercado de la plaza"
        " central\n\nValentina Ríos\n\nNuevo puente peatonal une dos parroquias rurales\n\n"
        f"Valentina Ríos\n\n{P3}",
        {"body": [P1, P2, P3]},
        id="related-headlines-each-over-its-authors-name",
    ),
    pytest.param(
        f"{ARTICLE}\n\nMás de la autora\n\nCierran por obras el mercado central\n\nTomás Aguirre"
        "\n\nCorresponsal en Cuenca. Ha cubierto la política local y la educación pública"
        " durante una década.\n\nEtiquetas\n\nCuenca",
        {"body": [P1, P2, P3]},
        id="the-authors-card-and-the-headlines-over-it",
    ),
    pytest.param(
        f"{HEAD}{P1}\n\nVideo\n\nAsí luce la nueva sala de lectura infantil\n\n{P2}\n\n{P3}",
        {"body": [P1, P2, P3]},
        id="a-videos-title-under-its-label",
    ),
    pytest.param(
        f"{ARTICLE}\n\nFuente: Diario del Austro\n\n\n\nSe esperan lluvias intensas para el fin"
        " de semana en la Sierra.\nPor Martín Ochoa\n14 de abril de 2024 – 07:10\nEl"
        " instituto de meteorología anunció lluvias de fuerte intensidad en las provincias de"
        " la Sierra desde el viernes por la tarde hasta el domingo.\nLas autoridades"
        " recomendaron evitar los viajes por carretera durante esos días.",
        {"body": [P1, P2, P3], "quotes": []},
        id="a-second-article-after-the-text-with-its-byline-and-date",
    ),
    pytest.param(
        f"{HEAD}[WhatsApp](whatsapp://send?text={'Municipio%20de%20Cuenca%20' * 16})\n\n"
        f"[Facebook](https://example.org/sharer.php?u={'https%3A%2F%2Fexample.org' * 12})"
        f"\n\n{P1}\n\n{P2}\n\n{P3}",
        {"body": [P1, P2, P3]},
        id="share-buttons-as-links-with-long-addresses",
    ),
    pytest.param(
        f"{HEAD}{P1}\n\n{GALLERY}\n\n{P2}\n\n{P3}",
        {"body": [P1, P2, P3]},
        id="a-gallerys-captions-glued-into-one-line",
    ),
    pytest.param(
        f"{ARTICLE}\n\n## Tu suscripción está activa en otro navegador\n\nSi sigues leyendo"
        " aquí, la sesión se cerrará en el otro equipo.\n\n¿Por qué ves este aviso?",
        {"body": [P1, P2, P3]},
        id="a-paywalls-notice-about-the-readers-subscription",
    ),
    pytest.param(
        f"{HEAD}{P1}\n\n📌 horario de bibliotecas en la ciudad\n\n{P2}\n\n{P3}",
        {"body": [P1, P2, P3]},
        id="a-tag-in-lower-case-after-an-emoji",
    ),
    pytest.param(
        f"{HEAD}{P1}\n\nLa cultura no puede cerrar a las ocho de la noche”\n\n{P2}\n\n"
        f"«Leer es un derecho», dice la directora\n\n{P3}",
        {"body": [P1, P2, "«Leer es un derecho», dice la directora", P3]},
        id="a-pull-quote-cut-out-of-a-quotation-an-intertitle-quoting-stays",
    ),
    pytest.param(
        f"{HEAD}sala-de-lectura.jpg\n\nLa sala de lectura infantil abrirá también los sábados"
        f" por la mañana.\n\nFoto: Municipio de Cuenca\n\n{P1}\n\n{P2}\n\n{P3}",
        {"body": [P1, P2, P3]},
        id="a-caption-closed-like-a-sentence-between-the-photos-file-and-credit",
    ),
    pytest.param(
        f"{HEAD}{P1}\n\nMira aquí la entrevista completa con la directora:\n\n{P2}\n\n"
        f"Revive aquí la inauguración del nuevo horario\n\n{P3}",
        {"body": [P1, P2, P3]},
        id="calls-to-play-the-embedded-video",
    ),
    pytest.param(
        f"{ARTICLE}\n\nTambién puedes seguirnos en YouTube, Instagram y TikTok.\n\nY recuerda"
        " que puedes recibir notificaciones en nuestra app. Descárgala y actívalas.",
        {"body": [P1, P2, P3]},
        id="calls-to-follow-the-outlet-closing-the-story",
    ),
    pytest.param(
        f"{ARTICLE}\n\n¿Te gustó esta nota?\n\nQueremos conocer tu opinión\n\nMuy buena"
        " noticia para los estudiantes de la ciudad, ojalá se mantenga todo el año.",
        {"body": [P1, P2, P3]},
        id="a-comment-prompt-and-a-readers-comment",
    ),
    pytest.param(
        f"{HEAD}{P1}\n\n{P2}\n\n{SIGNED}",
        {"body": [P1, P2, SIGNED]},
        id="a-wire-paragraph-signed-by-its-agency-after-the-stop-is-text",
    ),
    pytest.param(
        f"{ARTICLE}\n\nFacebook\nTwitter\nPrint\nArtículo anterior Cierran por obras el mercado"
        " central\nArtículo siguiente Nuevo puente peatonal une dos parroquias\n\nDEJA UNA"
        " RESPUESTA\n\nPlease enter your comment!\n\n© 2024 Diario del Austro. Todos los"
        " derechos reservados.\n\nTe recomendamos leer:\n\nLluvias en la Sierra: cierran"
        " dos vías...",
        {"body": [P1, P2, P3]},
        id="a-blog-engines-footer-next-article-comment-form-copyright",
    ),
    pytest.param(
        f"{HEAD}{P1}\n\n> «La biblioteca es de todos y debe abrir cuando la gente puede"
        " venir».\n> \n> Rosa Paredes, directora de Cultura\n\n"
        f"{P2}\n\n{P3}",
        {"body": [P1, QUOTED, P2, P3]},
        id="a-blockquotes-lines-are-one-paragraph",
    ),
    pytest.param(
        f"{HEAD}La sala de lectura infantil, el día de la apertura.\n\n{P1}\n\n{P2}\n\n"
        f"La sala de lectura infantil, el día de la apertura.\n\n{P3}",
        {"body": [P1, P2, P3]},
        id="a-caption-set-twice-on-the-page",
    ),
    pytest.param(
        f"{HEAD}{P1}\n\nEl horario rige desde el lunes.\n\n{P2}\n\n{P1}\n\nEl horario rige"
        f" desde el lunes.\n\n{P2}\n\n{P3}\n\n{P4}",
        {
            "body": [
                P1,
                "El horario rige desde el lunes.",
                P2,
                P1,
                "El horario rige desde el lunes.",
                P2,
                P3,
                P4,
            ]
        },
        id="a-passage-doubled-keeps-its-short-line",
    ),
    pytest.param(
        f"{HEAD}{P1}\n\nResumen generado por inteligencia artificial\n\n{P2}\n\nDesarrollado"
        f" por: Estudio Web Andino\n\n{P3}",
        {"body": [P1, P2, P3]},
        id="an-automatic-summarys-label-and-a-developers-credit",
    ),
    pytest.param(
        f"{HEAD}{P1}\n\n{_DEVELOPED}\n\n{P2}\n\n{P3}",
        {"body": [P1, _DEVELOPED, P2, P3]},
        id="a-paragraph-opening-on-desarrollado-por-is-text",
    ),
    pytest.param(
        f"{HEAD}{P1}\nEn la misma sesión también fue reelegido presidente del concejo\nTomás"
        " Arteaga Villacís\n. Ambos asumirán sus cargos el próximo lunes en la sede municipal."
        f"\n\n{P2}\n\nLa directora recordó que la biblioteca fue\nfundada en 1956 por los"
        f" vecinos\n, con apoyo de la parroquia.\n\n{P3}",
        {"body": [P1, LINKED[0], P2, LINKED[1], P3]},
        id="links-set-on-their-own-lines-go-back-into-their-sentence",
    ),
    pytest.param(
        f"{ARTICLE}\n\nMarcela Ríos\n\nExcelente noticia, ya era hora de que abrieran más"
        " tarde en la semana.\n\nJorge\n\nOjalá también abran los domingos en el barrio sur"
        " porque allá no hay ninguna sala",
        {"body": [P1, P2, P3], "quotes": []},
        id="readers-comments-with-no-label-names-over-their-texts",
    ),
    pytest.param(
        f"{HEAD}{P1}\n\n{P2}\n\nMarcela Ríos\n\n{P3}",
        {"body": [P1, P2, P3]},
        id="one-name-over-the-last-paragraph-is-no-comment-section",
    ),
    pytest.param(
        f"{HEAD}Lectores en la sala principal de la biblioteca.\nLectores en la sala principal de"
        f" la biblioteca. Foto: Municipio de Cuenca\n\n{P1}\n\n{P2}\n\n{P3}",
        {"body": [P1, P2, P3]},
        id="a-photos-text-over-its-caption-with-the-credit",
    ),
    pytest.param(
        f"{HEAD}{P1}\nLa sala infantil el día de la apertura.\nFOTO\nCarla Ortiz, Archivo\n"
        f"{P2}\nLa sala infantil el día de la apertura.\nFOTO\nCarla Ortiz, Archivo\n{P3}",
        {"body": [P1, P2, P3]},
        id="a-caption-and-its-credit-set-twice",
    ),
    # the next story the page runs on into, under its section's kicker (bodyR)
    pytest.param(
        f"{ARTICLE}\n\nDeportes\n\n{NEXT_TITLE}\n\n{NEXT_LEAD}\n\n{NEXT_MORE}",
        {"body": [P1, P2, P3]},
        id="the-next-story-under-its-kicker",
    ),
    pytest.param(
        f"{FLAT_HEAD}{P1}\n{P2}\n{P3}\nREGIONALES\n{NEXT_TITLE}\n{NEXT_LEAD}",
        {"body": [P1, P2, P3]},
        id="the-next-story-under-its-kicker-no-blank-lines",
    ),
    pytest.param(
        f"{HEAD}{P1}\n\n{P2}\n\nEconomía\n\nSuben los pasajes del transporte urbano desde el"
        f" lunes\n\n{P3}\n\n{P4}",
        {"body": [P1, P2, P3, P4]},
        id="a-related-box-inside-the-text-the-text-resumed",
    ),
    pytest.param(
        f"{HEAD}{P1}\n\n{P2}\n\nBibliotecas\n\nLas bibliotecas abrirán hasta las diez de la"
        f" noche\n\n{P3}\n\n{P4}",
        {"body": [P1, P2, P3, P4]},
        id="a-related-box-on-the-same-story-the-text-resumed",
    ),
    pytest.param(
        f"{HEAD}{P1}\n\n{P2}\n\n10:15 hsHoy\n\nLos estudiantes llenan las salas de lectura\n\n{P3}",
        {"body": [P1, P2, "Los estudiantes llenan las salas de lectura", P3]},
        id="a-live-entrys-time-over-its-title",
    ),
    pytest.param(
        f"{HEAD}{P1}\n\n(También le puede interesar: Abren un centro cultural en el barrio"
        f" sur)\n\n{P2}\n\nTambién lea: Los museos de la ciudad serán gratuitos en"
        f" agosto\n\n{P3}",
        {"body": [P1, P2, P3]},
        id="one-link-labels-with-tambien-first",
    ),
    pytest.param(
        f"{ARTICLE}\n\nMás en esta sección\n\n{NEXT_LEAD}\n\nLas lluvias de la semana dejaron"
        " cortes de luz en varios barrios y la empresa eléctrica prometió reponer el servicio.",
        {"body": [P1, P2, P3]},
        id="a-sections-list-under-the-text",
    ),
    pytest.param(
        f"{ARTICLE}\n\nEn alianza con",
        {"body": [P1, P2, P3]},
        id="a-partners-label-under-the-text",
    ),
    pytest.param(
        f"{ARTICLE}\n\n{PARTNERSHIP}",
        {"body": [P1, P2, P3, PARTNERSHIP]},
        id="a-partnership-told-in-a-sentence-is-text",
    ),
]


def _wrap(paragraph: str, width: int) -> str:
    lines: list[str] = []
    line = ""
    for word in paragraph.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return "\n".join([*lines, line])


WRAPPED = [P1, P2, P3, P1.replace("Cuenca", "Loja"), P2.replace("marzo", "abril")]


@pytest.mark.parametrize("width", [60, 72, 78], ids=lambda w: f"width-{w}")
def test_paragraphs_hard_wrapped_at_a_width_are_joined(width: int) -> None:
    text = f"{TITLE}\n\nPor Daniela Mora\n\n" + "\n\n".join(_wrap(p, width) for p in WRAPPED)
    body = [" ".join(p.text.split()) for p in parse_layout(text).body]
    assert WRAPPED == body


@pytest.mark.parametrize(("text", "expected"), PAGES)
def test_tail(text: str, expected: dict[str, Any]) -> None:
    found = _fields(text)
    assert expected == {key: found[key] for key in expected}


CREDITS = [
    pytest.param("Vecinos en la plaza, el lunes (Ana Ruiz / EFE)", True, id="name-and-agency"),
    pytest.param("Bomberos en el cerro. Juan Paz (REUTERS)", True, id="name-then-agency"),
    pytest.param("Bomberos en el cerro, ayer. AP Foto/Juan Paz", True, id="agency-slash-name"),
    pytest.param("Protesta frente al Congreso en Madrid EFE", True, id="agency-last"),
    pytest.param("La plaza en 2023.Cedida por la junta de vecinos", True, id="given-by"),
    pytest.param("Vecinos en la feria del barrio/ Foto Luis M. Andrade", True, id="slash-credit"),
    pytest.param("Los precios subieron 5%/año según el informe", False, id="slash-in-text"),
    pytest.param("(Diego Soto / La Nación)", True, id="credit-alone-names"),
    pytest.param("El ministro dijo que no habrá cambios. (EFE)", False, id="sign-off"),
    pytest.param("Por Ana Ruiz - Agencia EFE", False, id="byline-with-agency"),
    pytest.param("El Banco Central Europeo (BCE)", False, id="acronym"),
    pytest.param("EFE / Asunción", False, id="an-agency-and-its-place-sign-a-page"),
    pytest.param("Los precios subieron esta semana", False, id="common-word-last"),
]


@pytest.mark.parametrize(("line", "expected"), CREDITS)
def test_caption_credit(line: str, *, expected: bool) -> None:
    assert expected == caption_credit(line)


def test_body_furniture_keeps_a_teaser_set_again() -> None:
    text = "El concejo aprobó ayer el presupuesto de las obras del barrio norte."
    lines = [
        BodyLine(text, 1, "", body=True, sentence=True, closed=True),
        BodyLine("Alcalde inaugura un puente", 0, "", body=False, teaser=True),
        BodyLine("Alcalde inaugura un puente", 1, "", body=True),
    ]
    assert frozenset() == body_furniture(lines)


def test_body_furniture_on_no_lines() -> None:
    assert frozenset() == body_furniture([])


_TEXT = "La jueza recibió a este diario en su despacho, rodeada de expedientes."
REPLIES = [
    # a dash line right after a dash question is dialogue: the interview's last answer
    ("em-dash-yes-spain", ["—¿Volverá al juzgado?", "—Sí."], frozenset()),
    ("en-dash-no-argentina", ["– ¿Se va del club?", "– No."], frozenset()),
    ("hyphen-sure-mexico", ["-¿Lo cumplirá?", "-Claro."], frozenset()),
    ("labels-no-chile", ["P: ¿Habrá descuentos?", "R: No."], frozenset()),
    ("dotted-labels-yes-venezuela", ["P.- ¿Vuelve a Caracas?", "R.- Sí."], frozenset()),
    # after a line that asks nothing, or unclosed, a short dash line stays furniture
    ("after-no-question-chile", ["—Lo que sabemos del caso", "—Ver más."], frozenset({1, 2})),
    ("unclosed-reply-peru", ["—¿Qué pasó en Lima?", "—Galería"], frozenset({1, 2})),
]


@pytest.mark.parametrize(
    ("tail", "expected"), [r[1:] for r in REPLIES], ids=[r[0] for r in REPLIES]
)
def test_body_furniture_keeps_a_one_word_reply(tail: list[str], expected: frozenset[int]) -> None:
    lines = [BodyLine(_TEXT, 1, "", body=True, sentence=True, closed=True)] + [
        BodyLine(line, 1, "", body=True, closed=line.endswith(".")) for line in tail
    ]
    assert body_furniture(lines) == expected
