"""Furniture set inside the body and notices around it, each in a page written for the test.

One article (a regional council's budget, in the wording of several countries' outlets)
and one line or paragraph of furniture set between its paragraphs, or before or after
them: labels over a related headline, follow prompts, an embedded post's signature, ad
slots, a theme's search prompt, an outlet's notice to its reader. The counter-examples are
sentences of the story that open with the same words, or that speak of subscriptions and
comments without being the outlet's voice.
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_layout
from noticiaparse._layout.tail import _notice
from noticiaparse._layout.wrap import Piece, goes_on, paragraph_pieces

TITLE = "El consejo regional aprueba el presupuesto para caminos rurales"
HEAD = f"{TITLE}\n\nPor Tomás Aguirre\n\n4 de junio de 2025\n\n"
P = (
    (
        "El consejo regional aprobó este martes un presupuesto de 40 millones de pesos para"
        " reparar los caminos rurales dañados por las lluvias del invierno pasado."
    ),
    (
        "La gobernadora explicó que las obras comenzarán en agosto y que se priorizarán los"
        " tramos que conectan escuelas y postas de salud con los pueblos del interior."
    ),
    (
        "Los consejeros de oposición votaron a favor, aunque pidieron un informe trimestral"
        " sobre el avance de las obras y el gasto de cada comuna."
    ),
)


def _body(text: str) -> list[str]:
    return [" ".join(p.text.split()) for p in parse_layout(text).body]


def _between(line: str) -> str:
    return f"{HEAD}{P[0]}\n\n{P[1]}\n\n{line}\n\n{P[2]}\n"


FURNITURE = [
    pytest.param("📌 Lee también: Suben las tarifas del transporte", id="pin-and-lee-tambien"),
    pytest.param("Te sugerimos: Cierran el paso fronterizo por nevadas", id="te-sugerimos"),
    pytest.param("[Lee también: Cierran el paso fronterizo por nevadas]", id="label-in-brackets"),
    pytest.param("Podría interesarle: Vuelven las clases presenciales", id="podria-interesarle"),
    pytest.param("Conoce más: Así funcionará el nuevo hospital", id="conoce-mas"),
    pytest.param("Leer artículo completo", id="read-the-full-article"),
    pytest.param("Quizá te interese: Vuelven las clases presenciales", id="quiza-te-interese"),
    pytest.param("Nota recomendada: El precio del pan sube un 8 %", id="nota-recomendada"),
    pytest.param("VEA TAMBIÉN: Lluvias dejan cinco comunas aisladas", id="vea-tambien"),
    pytest.param("Más información: Así funcionará el nuevo hospital", id="mas-informacion"),
    pytest.param("Sigue a Diario del Valle en Instagram", id="follow-the-outlet-on-a-network"),
    pytest.param("👉 Síguenos en Google News", id="follow-prompt-with-a-symbol"),
    pytest.param(
        "Una publicación compartida por Gobierno Regional (@gobregional)", id="instagram-signature"
    ),
    pytest.param("Compartir. Facebook X WhatsApp Copiar enlace", id="share-bar-with-stops"),
    pytest.param("Type above and press Enter to search. Press Esc to cancel.", id="search-box"),
    pytest.param("VIDEO | Así quedó la ruta norte tras las obras", id="video-link-label"),
    pytest.param(
        "@gobregional Así quedó la ruta norte #caminos ♬ sonido original - Gobierno Regional",
        id="short-video-post-with-its-sound",
    ),
    pytest.param(
        "Hoy abrimos el tramo norte. pic.twitter.com/Ab12Cd34Ef\n"
        "— Gobierno Regional (@GobRegional) 4 de junio de 2025",
        id="post-and-its-signature",
    ),
    pytest.param("Vecinos en la plaza durante la sesión del consejo (Cortesía)", id="cortesia"),
    pytest.param("Vecinos en la plaza durante la sesión del consejo | Cortesía", id="bar-cortesia"),
    pytest.param("Imagen de referencia", id="reference-image"),
    pytest.param("Imagen tomada de redes sociales", id="taken-from-social-networks"),
    pytest.param("Gráfico: Diario del Valle", id="chart-credit"),
    pytest.param("Continúe leyendo", id="continue-reading"),
    pytest.param(
        "Newsletter\nRecibe cada mañana las noticias más importantes de tu región\n"
        "Tu correo electrónico\nSuscribirme",
        id="newsletter-box",
    ),
    pytest.param("Ya eres suscriptor? Inicia sesión", id="paywall-login"),
    pytest.param("Este contenido es exclusivo para suscriptores", id="paywall-notice"),
    pytest.param("banner_interior_728x90", id="ad-slot-name"),
    pytest.param("20250110_campana_vacunacion_300x250 promo-home_970x90", id="two-banner-files"),
]


@pytest.mark.parametrize("line", FURNITURE)
def test_furniture_between_paragraphs_is_dropped(line: str) -> None:
    assert _body(_between(line)) == list(P)


TEXT = [
    pytest.param(
        "Sigue a la espera de una respuesta del ministerio, dijo el alcalde.", id="sigue-a"
    ),
    pytest.param(
        "Puedes leer el informe completo en la web del consejo, añadió.", id="puedes-leer"
    ),
    pytest.param(
        "Una publicación compartida por la gobernadora en sus redes causó polémica.",
        id="a-post-the-story-is-about",
    ),
    pytest.param(
        "Más información sobre los tramos se conocerá el lunes, según la gobernadora.",
        id="mas-informacion-in-a-sentence",
    ),
    pytest.param("COVID-19 y caminos: el consejo revisará los contratos.", id="hyphenated-word"),
    pytest.param(
        "El alcalde agradeció la cortesía de los vecinos, que lo recibieron con aplausos.",
        id="cortesia-in-a-sentence",
    ),
    pytest.param("Pausa en las obras", id="an-intertitle-on-a-pause"),
    pytest.param(
        "Recibe el alcalde a los vecinos que pidieron noticias del plan.", id="recibe-a-verb"
    ),
    pytest.param(
        "Conoce más sobre los tramos en la web del consejo, dijo la gobernadora.",
        id="conoce-mas-in-a-sentence",
    ),
]


@pytest.mark.parametrize("line", TEXT)
def test_sentences_opening_like_furniture_stay(line: str) -> None:
    assert _body(_between(line)) == [P[0], P[1], line, P[2]]


# --- notices to the reader ------------------------------------------------------------
PITCH_AR = (
    "Sostener el periodismo independiente cuesta. Si podés, sumate: con tu suscripción"
    " accedés a todos nuestros contenidos y nos ayudás a seguir informando."
)
PITCH_ES = (
    "En este diario podemos contar lo que pasa gracias a nuestras suscripciones. No"
    " aceptamos contenidos patrocinados: si puedes, apóyanos desde 3 euros al mes."
)
POLICY_MX = (
    "Los comentarios son responsabilidad exclusiva de quien los escribe. Nos reservamos el"
    " derecho de retirar los que incluyan insultos."
)
PRINT_CL = (
    "Este contenido se publicó en nuestra edición impresa del domingo; te invitamos a leer"
    " la versión en papel en los quioscos de la región."
)


@pytest.mark.parametrize(
    "notice",
    [
        pytest.param(PITCH_AR, id="ar-voseo-subscription-pitch"),
        pytest.param(POLICY_MX, id="mx-comment-policy"),
        pytest.param(PRINT_CL, id="cl-print-edition-note"),
    ],
)
def test_a_notice_after_the_text_is_furniture(notice: str) -> None:
    assert _body(f"{HEAD}{P[0]}\n\n{P[1]}\n\n{P[2]}\n\n{notice}\n") == list(P)


def test_a_notice_over_the_text_is_furniture() -> None:
    assert _body(f"{HEAD}{PITCH_ES}\n\n{P[0]}\n\n{P[1]}\n\n{P[2]}\n") == list(P)


#: The story's own last paragraph on subscriptions and comments, in the reporter's voice.
ABOUT_MEDIA = (
    "La empresa no respondió a los comentarios de este medio sobre el alza de las"
    " suscripciones, que rige desde julio."
)
#: A source speaking as "we" inside quotation marks.
QUOTED_WE = (
    "«Nuestros suscriptores merecen más contenidos y menos publicidad», dijo el gerente del"
    " canal regional al anunciar el cambio."
)


@pytest.mark.parametrize(
    "last",
    [
        pytest.param(ABOUT_MEDIA, id="the-reporters-voice"),
        pytest.param(QUOTED_WE, id="a-source-quoted-as-we"),
    ],
)
def test_the_storys_last_paragraph_about_media_stays(last: str) -> None:
    assert _body(f"{HEAD}{P[0]}\n\n{P[1]}\n\n{last}\n") == [P[0], P[1], last]


def test_a_body_of_notices_alone_is_left_whole() -> None:
    assert _body(f"{HEAD}{PITCH_ES}\n\n{POLICY_MX}\n") == [PITCH_ES, POLICY_MX]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(PITCH_ES, True, id="pitch"),
        pytest.param(ABOUT_MEDIA, False, id="no-outlets-voice"),
        pytest.param(QUOTED_WE, False, id="we-inside-quotes"),
        pytest.param("x " * 600, False, id="longer-than-a-notice"),
    ],
)
def test_notice(text: str, *, expected: bool) -> None:
    assert _notice(text) is expected


# --- paragraph pieces (wrap.py) ---------------------------------------------------------
def _piece(text: str, gap: int) -> Piece:
    return Piece(text, gap, body=True)


SPACED = [_piece(P[0], 1), _piece(P[1], 1), _piece(P[2], 1)]


@pytest.mark.parametrize(
    ("above", "below", "expected"),
    [
        pytest.param("Desde el consejo señalan que", "“no habrá recortes”.", True, id="que-quote"),
        pytest.param("El líder del bloque", "salió reforzado de la votación.", True, id="lower"),
        pytest.param("En materia de caminos,", "la ruta norte ya está abierta.", True, id="comma"),
        pytest.param("Lo dijo la gobernadora", ", que viajó a la zona.", True, id="comma-start"),
        pytest.param(
            "Las obras terminan en mayo.", "Los vecinos celebran.", False, id="two-sentences"
        ),
        pytest.param(
            "Las obras terminan en mayo.", "después se verá.", False, id="lower-after-stop"
        ),
        pytest.param("Caminos rurales", "Las obras comienzan en agosto.", False, id="intertitle"),
        pytest.param(
            "Entre los abogados que llevan el caso está",
            "Rubén Correa Freitas, exdirector del servicio.",
            True,
            id="a-name-under-an-open-clause",
        ),
        pytest.param(
            "La gobernadora presidirá la sesión y no saldrá del guion",
            "Los focos ya están encendidos en la sala.",
            False,
            id="a-sentence-under-an-open-line",
        ),
        pytest.param(
            "Caminos del norte", "Rubén Correa lo explicó.", False, id="name-under-a-title"
        ),
    ],
)
def test_goes_on(above: str, below: str, *, expected: bool) -> None:
    assert goes_on(above, below) is expected


def test_pieces_join_on_a_page_spaced_by_blank_lines() -> None:
    page = [
        *SPACED,
        _piece("Desde el consejo señalan que", 1),
        _piece("“no habrá recortes”.", 0),
    ]
    assert paragraph_pieces(page) == frozenset({4})


def test_pieces_stay_apart_on_a_page_of_single_line_breaks() -> None:
    page = [_piece(p, 0) for p in P] + [
        _piece("Desde el consejo señalan que", 0),
        _piece("“no habrá recortes”.", 0),
    ]
    assert paragraph_pieces(page) == frozenset()


@pytest.mark.parametrize(
    "below",
    [
        pytest.param("- la ruta norte", id="list-item"),
        pytest.param("—¿Cuándo empiezan las obras?", id="interview-turn"),
        pytest.param("> la ruta norte", id="quoted-block"),
    ],
)
def test_a_line_of_its_own_is_no_piece(below: str) -> None:
    page = [*SPACED, _piece("Los tramos elegidos son estos:", 1), _piece(below, 0)]
    assert paragraph_pieces(page) == frozenset()


def test_a_page_broken_throughout_joins_sentence_ends_too() -> None:
    broken = [
        _piece("El consejo aprobó el plan\nde caminos.", 1),
        _piece("La gobernadora lo celebró\nen la sesión.", 1),
        _piece("Los tramos se eligieron\npor su uso.", 1),
        _piece("Las obras duran\nun año.", 1),
        _piece("Comenzarán en agosto.", 1),
        _piece("Los vecinos esperan la ruta desde hace años.", 0),
        _piece("Caminos del norte", 1),
        _piece("La ruta norte abre primero.", 0),
    ]
    assert paragraph_pieces(broken) == frozenset({5})


# --- an automatic summary over the text ------------------------------------------------
SUMMARY = (
    "El consejo aprobó fondos para caminos rurales. Las obras comienzan en agosto. La"
    " oposición pidió informes trimestrales."
)


def test_an_automatic_summary_over_the_text_is_furniture() -> None:
    page = (
        f"{HEAD}Resumen automático generado con inteligencia artificial\n\n{SUMMARY}\n\n"
        f"Desarrollado por Estudio Andino\n\n{P[0]}\n\n{P[1]}\n\n{P[2]}\n"
    )
    assert _body(page) == list(P)


def test_a_summary_label_with_no_credit_closes_nothing() -> None:
    page = f"{HEAD}Resumen generado por IA\n\n{SUMMARY}\n\n{P[0]}\n\n{P[1]}\n\n{P[2]}\n"
    assert _body(page) == [SUMMARY, *P]


# --- a list the text announces, at its end ---------------------------------------------
ANNOUNCING = "Los tramos que se repararán primero son estos:"
ITEMS = ("• Ruta de Los Robles", "• Camino a San Pedro", "• Acceso a la posta de Quilaco")


def test_a_list_the_text_announces_ends_the_text() -> None:
    page = f"{HEAD}{P[0]}\n\n{P[1]}\n\n{ANNOUNCING}\n\n" + "\n".join(ITEMS) + "\n"
    assert _body(page) == [P[0], P[1], ANNOUNCING, *ITEMS]


def test_headlines_after_the_last_sentence_are_still_furniture() -> None:
    related = ("Cierran el paso fronterizo por nevadas", "Vuelven las clases presenciales")
    page = f"{HEAD}{P[0]}\n\n{P[1]}\n\n{P[2]}\n\n" + "\n\n".join(related) + "\n"
    assert _body(page) == list(P)


# --- teasers the body ends with ---------------------------------------------------------
TEASERS = (
    "Cortan el tránsito en la avenida principal por obras",
    "Las obras durarán un mes y afectarán a veinte líneas de buses.",
    "Nueva tarifa del transporte desde el lunes",
    "El pasaje mínimo costará 500 pesos desde la próxima semana.",
)


@pytest.mark.parametrize("gap", ["\n", "\n\n"], ids=["single-breaks", "blank-lines"])
def test_headline_and_summary_pairs_after_the_text_are_teasers(gap: str) -> None:
    page = HEAD + gap.join((*P, *TEASERS)) + "\n"
    assert _body(page) == list(P)


def test_one_intertitle_over_the_last_short_paragraph_stays() -> None:
    last = ("Qué viene ahora", "El consejo votará los contratos en julio.")
    page = HEAD + "\n\n".join((*P, *last)) + "\n"
    assert _body(page) == [*P, *last]


# --- the author's note in the third person ---------------------------------------------
@pytest.mark.parametrize(
    "note",
    [
        pytest.param(
            "Ana Ruiz es periodista especializada en economía y cubre el Congreso desde 2015.",
            id="periodista",
        ),
        pytest.param(
            "Luis Soto Pérez es el editor de la sección Regiones. Antes trabajó en radio.",
            id="el-editor",
        ),
    ],
)
def test_a_note_on_the_author_under_the_text_is_furniture(note: str) -> None:
    assert _body(HEAD + "\n\n".join((*P, note)) + "\n") == list(P)


@pytest.mark.parametrize(
    "last",
    [
        pytest.param(
            "Juan Pérez es abogado y representa a la familia de la víctima en el juicio.",
            id="another-trade",
        ),
        pytest.param(
            "La periodista María López fue detenida el lunes en la frontera.", id="a-story"
        ),
    ],
)
def test_a_last_line_naming_someones_trade_stays(last: str) -> None:
    assert _body(HEAD + "\n\n".join((*P, last)) + "\n") == [*P, last]


# --- notes on the piece under the text -------------------------------------------------
@pytest.mark.parametrize(
    "note",
    [
        pytest.param("*Esta nota fue elaborada con información de agencias.", id="made-with"),
        pytest.param(
            "Este artículo fue publicado originalmente en la revista Ciencia Sur.",
            id="published-first-elsewhere",
        ),
        pytest.param("Lee la nota original aquí.", id="read-the-original"),
        pytest.param("Si te gustó esta nota, compártela con tus amigos.", id="share-if-you-liked"),
        pytest.param("Queda prohibida la reproducción total o parcial.", id="no-reproduction"),
    ],
)
def test_a_note_on_the_piece_under_the_text_is_furniture(note: str) -> None:
    assert _body(HEAD + "\n\n".join((*P, note)) + "\n") == list(P)


# --- a social network's post signed by a byline and a date -----------------------------
POST = "Hoy abrimos el tramo norte de la ruta.\n¡Gracias a todos los vecinos!"
SIGNED_POST = "Publicado por Gobierno Regional en martes, 4 de junio de 2025"


def test_a_post_over_its_signature_inside_the_text_is_furniture() -> None:
    page = f"{HEAD}{P[0]}\n\n{P[1]}\n\n{POST}\n{SIGNED_POST}\n\n{P[2]}\n"
    assert _body(page) == list(P)


def test_a_byline_closing_the_text_signs_the_article() -> None:
    page = HEAD + "\n\n".join(P) + "\nPublicado por Redacción Sur en 4 de junio de 2025\n"
    assert _body(page) == list(P)
