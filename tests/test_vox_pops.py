"""Vox pops: the same question put to several people, each introduced by the writer.

A street survey or a round of short interviews introduces each person at the head of
a paragraph ("Jorge Salas, 31 años, estudiante.") and then sets the interviewer's
questions and their answers as dash turns. The question is often the same for every
person, so the page shows it several times: it is still the article's text, not a
caption set again, and each person's answers are theirs. Texts written for these
tests, in several countries' styles.
"""

from __future__ import annotations

import pytest

import noticiaparse

PAGES = {
    "en-dash-santiago": (
        "Diario del Valle\n\n"
        "Qué piensan 3 vecinos del alza de 20 pesos en el pasaje. Encuesta\n\n"
        "Marta Ríos, 52 años, comerciante del Mercado Central.\n\n"
        "–¿Qué opina del aumento?\n\n"
        "–Mire, es un golpe fuerte. Yo tomo dos micros por día y con esto no alcanza.\n\n"
        "–¿Va a cambiar sus viajes?\n\n"
        "–No. No tengo otra forma de llegar, así que voy a ajustar otros gastos.\n\n"
        "Jorge Salas, 31 años, estudiante de enfermería.\n\n"
        "–¿Qué opina del aumento?\n\n"
        "–Creo que era esperable. Lo que molesta es que el servicio no mejora.\n\n"
        "–¿Va a cambiar sus viajes?\n\n"
        "–Voy a caminar más, aunque en invierno se hace difícil.\n"
    ),
    "em-dash-madrid": (
        "Los madrileños opinan sobre la nueva zona de bajas emisiones\n\n"
        "Preguntamos a varios conductores en la calle de Alcalá.\n\n"
        "Rosa Gil es taxista desde hace veinte años.\n\n"
        "—¿Le afecta la medida?\n\n"
        "—Me obliga a cambiar el coche antes de lo previsto, y eso cuesta dinero.\n\n"
        "Andrés Navarro trabaja como repartidor en el centro.\n\n"
        "—¿Le afecta la medida?\n\n"
        "—A mí no, porque voy en bicicleta, pero a mis compañeros sí.\n"
    ),
    "hyphen-lima": (
        "¿Cómo celebrarán las fiestas? Responden limeños en el Centro\n\n"
        "Ana Quispe, 40 años, ama de casa.\n\n"
        "-¿Cómo celebrará las fiestas?\n\n"
        "-En casa, con mis hijos y mi mamá. Este año no podemos viajar.\n\n"
        "Luis Huamán, 23 años, mototaxista.\n\n"
        "-¿Cómo celebrará las fiestas?\n\n"
        "-Trabajando hasta tarde, porque en diciembre hay más carreras.\n"
    ),
}

#: Each page's answers, in order, and who gives them.
ANSWERERS = {
    "en-dash-santiago": ["Marta Ríos", "Marta Ríos", "Jorge Salas", "Jorge Salas"],
    "em-dash-madrid": ["Rosa Gil", "Andrés Navarro"],
    "hyphen-lima": ["Ana Quispe", "Luis Huamán"],
}


def _speaker(quote: noticiaparse.Quote) -> str | None:
    return None if quote.speaker is None else quote.speaker.text


@pytest.mark.parametrize("name", sorted(PAGES), ids=sorted(PAGES))
def test_repeated_question_stays_in_the_body(name: str) -> None:
    article = noticiaparse.parse(PAGES[name])
    questions = [p.text for p in article.body if p.text.rstrip().endswith("?")]
    assert len(questions) == len(ANSWERERS[name])
    assert all(q.kind is noticiaparse.QuoteKind.DIRECT for q in article.quotes)


@pytest.mark.parametrize("name", sorted(PAGES), ids=sorted(PAGES))
def test_each_answer_is_the_introduced_persons(name: str) -> None:
    article = noticiaparse.parse(PAGES[name])
    answers = [q for q in article.quotes if not q.text.rstrip().endswith("?")]
    assert [_speaker(q) for q in answers] == ANSWERERS[name]
    assert all(_speaker(q) is None for q in article.quotes if q.text.rstrip().endswith("?"))


def test_a_name_inside_the_writers_paragraph_is_no_new_interviewee() -> None:
    text = (
        "La entrenadora que llevó al club de barrio a la final\n\n"
        "Lucía Ferreyra recibe a este diario en la cancha donde empezó todo.\n\n"
        "—¿Cómo empezó?\n\n"
        "—Con doce chicas y una pelota prestada.\n\n"
        "Su primer presidente, Ramón Ortiz, le prestó las llaves del club.\n\n"
        "—¿Y hoy?\n\n"
        "—Hoy tenemos cancha propia y ochenta jugadoras.\n"
    )
    answers = [q for q in noticiaparse.parse(text).quotes if not q.text.endswith("?")]
    assert [_speaker(q) for q in answers] == ["Lucía Ferreyra", "Lucía Ferreyra"]


def test_a_caption_set_twice_is_still_furniture() -> None:
    text = (
        "Inauguran el nuevo puente sobre el río Lempa\n\n"
        "El puente une dos departamentos y acorta el viaje en una hora, según el ministerio.\n\n"
        "Vista aérea del puente\n\n"
        "La obra costó menos de lo previsto y se terminó dos meses antes del plazo.\n\n"
        "Vista aérea del puente\n\n"
        "Las obras duraron tres años y dieron empleo a cuatrocientas personas de la zona.\n"
    )
    article = noticiaparse.parse(text)
    assert all("Vista aérea" not in p.text for p in article.body)
