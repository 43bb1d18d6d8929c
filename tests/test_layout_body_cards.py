"""The author's card under the text, and buttons and list labels set between paragraphs.

Written for these tests in several countries' styles: an opinion page sets a note on
its author under the text, opening with a degree or a trade and no article
("Licenciada en …", "Politólogo y …", lexicon ``card_openers.txt``), or with the name,
its place and year of birth in brackets, "es" and a trade of the press. A story's last
paragraph names its subject first ("La licenciada …") and stays.
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_layout

HEAD = "Las ciudades que se quedan sin agua\n\nPor Valeria Quispe\n\n4 de junio de 2025\n\n"
P = (
    (
        "Las grandes ciudades de la región consumen más agua de la que sus cuencas pueden"
        " reponer, y los planes de emergencia llegan tarde a los barrios más pobres."
    ),
    (
        "Los municipios siguen pensando el agua como una obra, no como un bien que se"
        " administra: mientras no cambie esa mirada, cada sequía será una sorpresa."
    ),
    "La próxima crisis ya tiene fecha, aunque nadie quiera verla.",
)


def _body(text: str) -> list[str]:
    return [p.text for p in parse_layout(text).body]


@pytest.mark.parametrize(
    "card",
    [
        pytest.param(
            "Licenciada en Ciencias de la Comunicación por la Universidad de San Marcos."
            " Ha trabajado en radio y prensa escrita.",
            id="pe-licenciada",
        ),
        pytest.param(
            "Egresado de Periodismo en la Universidad Central, cubre temas ambientales desde 2012.",
            id="ve-egresado",
        ),
        pytest.param("Politóloga y analista internacional.", id="ar-politologa"),
        pytest.param(
            "Comunicadora social y periodista. Editora de la sección Ciudades.", id="co-trade"
        ),
        pytest.param(
            "Marta Lazo Pérez (Cochabamba, 1984) es periodista y escritora. Ha publicado tres"
            " libros de crónicas.",
            id="bo-name-birth-in-brackets",
        ),
        pytest.param(
            "Rosa Elena Díaz es presentadora del noticiero matinal de Radio Centro.",
            id="mx-presentadora",
        ),
    ],
)
def test_an_authors_card_under_the_text_is_furniture(card: str) -> None:
    assert _body(HEAD + "\n\n".join((*P, card)) + "\n") == list(P)


@pytest.mark.parametrize(
    "last",
    [
        pytest.param(
            "La licenciada en Derecho que denunció el caso declarará el lunes ante la fiscal.",
            id="la-licenciada",
        ),
        pytest.param(
            "Juan Pérez es licenciado en Derecho y trabajó diez años en la fiscalía.",
            id="a-degree-in-a-story",
        ),
        pytest.param(
            "El politólogo Andrés Vera cree que el debate llegará al Congreso en agosto.",
            id="el-politologo",
        ),
    ],
)
def test_a_storys_last_paragraph_stays(last: str) -> None:
    assert _body(HEAD + "\n\n".join((*P, last)) + "\n") == [*P, last]


@pytest.mark.parametrize(
    "label",
    [
        "Ver todo",
        "Más información",
        "Mostrar más",
        "Añadir comentario",
        "Apoya nuestro periodismo independiente",
        "Redes sociales",
        "Podcast",
        "Next",
    ],
)
def test_a_button_between_paragraphs_is_furniture(label: str) -> None:
    page = HEAD + f"{P[0]}\n\n{label}\n\n{P[1]}\n\n{P[2]}\n"
    assert _body(page) == list(P)


def test_a_list_label_after_the_text_takes_its_headlines() -> None:
    page = (
        HEAD + "\n\n".join(P) + "\n\nLas más leídas\n\nSube la tarifa del agua en la capital\n\n"
        "Cortes programados en tres distritos\n"
    )
    assert _body(page) == list(P)


@pytest.mark.parametrize(
    "notice",
    [
        pytest.param(
            "Los comentarios publicados son responsabilidad exclusiva de sus autores.",
            id="comment-terms",
        ),
        pytest.param(
            "Este material es propiedad de Diario Sur y no puede ser reproducido.",
            id="property",
        ),
        pytest.param(
            "El contenido de este sitio está protegido por las leyes de derechos de autor.",
            id="rights",
        ),
        pytest.param(
            "¿Tienes una denuncia o una historia que contar? Escríbenos a nuestro WhatsApp.",
            id="tip-line",
        ),
        pytest.param(
            "Esta nota fue realizada con el apoyo de la Fundación para el Periodismo.",
            id="made-with-support",
        ),
    ],
)
def test_a_notice_under_the_text_is_furniture(notice: str) -> None:
    assert _body(HEAD + "\n\n".join((*P, notice)) + "\n") == list(P)


def test_a_sentence_about_published_comments_stays() -> None:
    last = "Los comentarios publicados por el senador en sus redes provocaron una ola de críticas."
    assert _body(HEAD + "\n\n".join((*P, last)) + "\n") == [*P, last]


@pytest.mark.parametrize(
    "line",
    [
        "View this post on Instagram",
        "A post shared by Junta Vecinal Norte (@juntanorte)",
        "Ver en YouTube",
        "Tu navegador no soporta el elemento de video.",
        "Este contenido no está disponible en tu región",
        "También puedes leer:",
        "Mira:",
    ],
)
def test_an_embeds_call_or_fallback_between_paragraphs_is_furniture(line: str) -> None:
    page = HEAD + f"{P[0]}\n\n{line}\n\n{P[1]}\n\n{P[2]}\n"
    assert _body(page) == list(P)
