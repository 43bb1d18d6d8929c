"""Who said it when the speaker stands away from the quotation, and the learned ranker.

The categories are those where a parser meets articles it has never seen: the speaker
named in the quotation's own sentence before it, only in an earlier paragraph, in the
sentence right after it, or as a group or institution; and the learned speaker ranker
(``_extract/speakers.py``, docs/quotes.md "Learned speaker ranker"), read directly with
its weights switched on. Every sentence is written for these tests, in several
countries' styles.
"""

from __future__ import annotations

import attrs
import pytest

from noticiaparse import parse_quotes
from noticiaparse._extract import quotes as quotes_module
from noticiaparse._extract import speakers as ranker
from noticiaparse._reading import Credit, Reading, read_article
from noticiaparse._text.span import Span
from noticiaparse._text.spine import build_spine


def last_speaker(text: str) -> str | None:
    found = parse_quotes(text)
    return None if not found or found[-1].speaker is None else found[-1].speaker.text


#: Someone spoke before; the quotation's own sentence names its speaker before it.
OTHER = (
    "La senadora Marta Villegas defendió el proyecto. «Es una ley necesaria», dijo Villegas.\n\n"
)

SAME_SENTENCE: list[tuple[str, str, str]] = [
    (
        "role-partial-ar",
        "El ministro de Economía aseguró que la medida es «transitoria y necesaria» para el país.",
        "El ministro de Economía",
    ),
    (
        "union-partial-ar",
        "La CGT consideró que el ajuste resulta «inaceptable» para los trabajadores.",
        "La CGT",
    ),
    (
        "foreign-name-es",
        "Olaf Scholz advirtió que Europa vive «un cambio de época» en su defensa.",
        "Olaf Scholz",
    ),
    (
        "apposition-judgement",
        "El gobernador de Mendoza, Rodolfo Suárez, calificó de «histórica» la inversión.",
        "Rodolfo Suárez",
    ),
    (
        "particle-name",
        "Mohamed bin Salmán declaró que su país busca «una paz duradera» en la región.",
        "Mohamed bin Salmán",
    ),
    (
        "adjunct-then-subject-co",
        "Por su parte, la alcaldesa Claudia López explicó que el plan será «gradual».",
        "Claudia López",
    ),
    (
        "emphatic-periphrasis",
        (
            "El titular de la cartera, Sergio Massa, fue enfático al señalar que no habrá "
            "«ningún tipo de devaluación»."
        ),
        "Sergio Massa",
    ),
    (
        "relative-between",
        (
            "El exministro Domingo Cavallo, quien participó del encuentro, dijo que el plan es "
            "«inconsistente»."
        ),
        "Domingo Cavallo",
    ),
    (
        "channel-before-mx",
        (
            "En diálogo con Radio Fórmula, el economista Miguel Broda aseguró que la inflación "
            "bajará «de manera sostenida»."
        ),
        "Miguel Broda",
    ),
    (
        "institution-estimate",
        "El Fondo Monetario Internacional estimó que la economía crecerá «un 3% este año».",
        "El Fondo Monetario Internacional",
    ),
]


SAME_SENTENCE += [
    (
        "a-juicio-de-pe",
        "A juicio de la economista Lucía Vega, el plan es «insuficiente».",
        "Lucía Vega",
    ),
    (
        "en-opinion-de-es",
        "En opinión de la catedrática Pilar Sanz, la norma es «claramente inconstitucional».",
        "Pilar Sanz",
    ),
    (
        "group-judgement-verb-ar",
        (
            "Tras conocer el fallo, los abogados de la familia calificaron la sentencia de "
            "«histórica»."
        ),
        "los abogados de la familia",
    ),
    (
        "institution-judgement-verb-mx",
        "Horas después, la Secretaría de Salud tildó de «irresponsable» la difusión del video.",
        "la Secretaría de Salud",
    ),
]


@pytest.mark.parametrize(
    ("text", "speaker"), [c[1:] for c in SAME_SENTENCE], ids=[c[0] for c in SAME_SENTENCE]
)
def test_speaker_named_before_in_the_sentence(text: str, speaker: str) -> None:
    assert last_speaker(OTHER + text) == speaker


#: A direct quotation opening its paragraph: the person or body the paragraphs before
#: were about since the last speaker, not the last speaker.
EARLIER: list[tuple[str, str, str]] = [
    (
        "minister-two-paragraphs-back-es",
        (
            "La ministra de Salud, Carolina Darias, visitó el hospital de Tenerife.\n\n"
            "En la visita recorrió las salas de urgencias.\n\n"
            "«Necesitamos más profesionales en la sanidad pública»."
        ),
        "Carolina Darias",
    ),
    (
        "deputy-paragraph-before-py",
        (
            "El diputado Ramiro Gutiérrez presentó ayer su renuncia al bloque oficialista.\n\n"
            "«No puedo acompañar un proyecto que perjudica a los jubilados»."
        ),
        "Ramiro Gutiérrez",
    ),
    (
        "possessive-role-opens-the-sentence-before",
        (
            "«Vamos a ganar», dijo el técnico Pablo Ruiz. Su colega Ana Gil lo contradijo. "
            "«No hay equipo», sentenció."
        ),
        "Ana Gil",
    ),
    (
        "coordinated-continues-ar",
        (
            "El entrenador Marcelo Gallardo atendió a la prensa tras el partido.\n\n"
            "«El equipo jugó con mucha personalidad», y añadió que el rival «fue superior en el "
            "primer tiempo»."
        ),
        "Marcelo Gallardo",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), [c[1:] for c in EARLIER], ids=[c[0] for c in EARLIER])
def test_speaker_from_an_earlier_paragraph(text: str, speaker: str) -> None:
    assert last_speaker(OTHER + text) == speaker


#: No person to carry: the group, body or role the sentence before opens on.
OPENING_SUBJECT: list[tuple[str, str, str]] = [
    (
        "neighbours-cl",
        (
            "Los vecinos de Villa Nueva cortaron la ruta durante cuatro horas.\n\n"
            "«Hace tres meses que no tenemos agua»."
        ),
        "Los vecinos de Villa Nueva",
    ),
    (
        "union-ar",
        (
            "El sindicato de choferes convocó a un paro para el lunes.\n\n"
            "«No hay diálogo posible con esta patronal»."
        ),
        "El sindicato de choferes",
    ),
    (
        "director-pe",
        (
            "El director del hospital explicó la situación a los periodistas.\n\n"
            "«Tenemos las camas llenas y faltan enfermeros»."
        ),
        "El director del hospital",
    ),
    (
        "company-uy",
        (
            "La empresa estatal anunció un aumento de tarifas del 20%.\n\n"
            "«Es un ajuste necesario para sostener el servicio»."
        ),
        "La empresa estatal",
    ),
]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [c[1:] for c in OPENING_SUBJECT],
    ids=[c[0] for c in OPENING_SUBJECT],
)
def test_speaker_the_sentence_before_opens_on(text: str, speaker: str) -> None:
    assert last_speaker(text) == speaker


def test_an_overlong_subject_is_no_speaker() -> None:
    # the phrase read there runs on over the verb: no subject a verb follows, no one
    text = (
        "Un portavoz de la Policía Nacional dio detalles del operativo.\n\n"
        "«Se incautaron 300 kilos de cocaína»."
    )
    assert "dio" not in (last_speaker(text) or "")


#: The sentence right after the quotation points back at it and names its speaker.
AFTER: list[tuple[str, str, str]] = [
    (
        "asi-lo-afirmo-ar",
        (
            "«La economía está creciendo». Así lo afirmó el vocero presidencial, Manuel Adorni, "
            "en su conferencia diaria."
        ),
        "Manuel Adorni",
    ),
    (
        "con-esas-palabras-co",
        (
            "«No vamos a tolerar más abusos». Con esas palabras, el fiscal general Andrés Ortiz "
            "cerró la audiencia."
        ),
        "Andrés Ortiz",
    ),
    (
        "la-frase-es-de-cl",
        (
            "«Es una vergüenza». La frase es de la diputada Gloria Naveillán, quien criticó el "
            "proyecto."
        ),
        "Gloria Naveillán",
    ),
    (
        "stop-inside-asi-se-expreso-es",
        (
            "«Nadie quedará atrás.» Así se expresó la alcaldesa de Valencia, Rosa Climent, ante "
            "los vecinos."
        ),
        "Rosa Climent",
    ),
    (
        "segun-ha-indicado-es",
        "«Seguiremos investigando», según ha indicado la Guardia Civil en una nota.",
        "la Guardia Civil",
    ),
    (
        "segun-han-informado-cl",
        "«El corte durará dos días», según han informado los vecinos de la comuna.",
        "los vecinos de la comuna",
    ),
    (
        "se-lee-en-el-comunicado-uy",
        "«Se recomienda no transitar por la zona», se lee en el comunicado de la Intendencia.",
        "el comunicado de la Intendencia",
    ),
    (
        "puede-leerse-en-es",
        "«Los plazos se cumplirán», puede leerse en la nota de prensa del Ayuntamiento.",
        "la nota de prensa del Ayuntamiento",
    ),
    (
        "en-palabras-de-after-ve",
        "«La universidad vive su peor crisis», en palabras de la rectora Rosa Devés.",
        "Rosa Devés",
    ),
    (
        "new-office-is-someone-else",
        "Según la portavoz del Gobierno, la reforma es «irreversible».",
        "la portavoz del Gobierno",
    ),
    (
        "answer-named-in-the-next-sentence",
        (
            "«La economía está creciendo», afirmó en rueda de prensa. El vocero presidencial, "
            "Manuel Adorni, respondió así a las críticas."
        ),
        "Manuel Adorni",
    ),
    (
        "postverbal-after-adverbial-mx",
        (
            "«Hay que bajar los impuestos», afirmó en rueda de prensa la ministra de Hacienda, "
            "Lucía Paz."
        ),
        "Lucía Paz",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), [c[1:] for c in AFTER], ids=[c[0] for c in AFTER])
def test_speaker_named_after_the_quotation(text: str, speaker: str) -> None:
    assert last_speaker(OTHER + text) == speaker


#: Known misses, each for a reason stated.
MISSES: list[tuple[str, str, str, str]] = [
    (
        "next-sentence-points-back-with-no-reporting-verb",
        "«Es un día histórico», dijo. La ministra Ana Paz habló así en la ceremonia.",
        "Ana Paz",
        (
            "'hablar' is no reporting verb of the lexicon: the next sentence that points back "
            "with 'así' is read only after one"
        ),
    ),
]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(text, speaker, marks=pytest.mark.xfail(strict=True, reason=reason))
        for _, text, speaker, reason in MISSES
    ],
    ids=[c[0] for c in MISSES],
)
def test_known_misses(text: str, speaker: str) -> None:
    assert last_speaker(OTHER + text) == speaker


# The learned ranker itself, its weights switched on.


def _credits(text: str) -> tuple[Reading, tuple[Credit, ...]]:
    spine = build_spine(text)
    regions = []
    start = 0
    for block in spine.text.split("\n\n"):
        regions.append(Span(start, start + len(block)))
        start += len(block) + 2
    reading = read_article(spine.text, regions)
    said = quotes_module.credit_quotes(reading)
    return reading, said


def test_model_is_data_and_off_by_default() -> None:
    model = ranker.speaker_model()
    assert len(model.weights) == len(ranker.FEATURES)
    assert model.score([0.0] * len(ranker.FEATURES)) == 0.0


def test_candidates_hold_the_subject_in_the_sentence_and_no_one() -> None:
    reading, said = _credits(
        OTHER + "El ministro Juan Pérez aseguró que la medida es «urgente y necesaria»."
    )
    found = ranker.candidates(reading, said)
    last = found[-1]
    assert last is not None
    assert last[0].phrase is None  # no one
    features = {c.key: dict(zip(ranker.FEATURES, c.features, strict=True)) for c in last}
    assert features["juan pérez"]["sentence_before"] == 1.0
    assert features["juan pérez"]["subject_in_sentence"] == 1.0
    assert features["juan pérez"]["rules"] == 1.0
    assert features["marta villegas"]["previous_paragraph"] == 1.0
    assert features["marta villegas"]["previous_speaker"] == 1.0


def test_candidates_leave_terms_and_turns_alone() -> None:
    reading, said = _credits("La llamada «ley ómnibus» llegó al Congreso.")
    assert ranker.candidates(reading, said) == [None]


def test_rerank_with_the_model_on_picks_the_best_candidate() -> None:
    reading, said = _credits(
        OTHER + "«Hay que esperar», dijo el intendente Pablo Javkin al salir de la reunión."
    )
    on = attrs.evolve(ranker.speaker_model(), enabled=True)
    # only the rules' pick weighs: the ranker gives what the rules gave
    rules_only = attrs.evolve(
        on,
        weights=tuple(1.0 if name == "rules" else 0.0 for name in ranker.FEATURES),
    )
    kept = ranker.rerank(reading, said, rules_only)
    assert [c.speaker for c in kept] == [c.speaker for c in said]
    # the previous speaker alone weighs: the second quotation goes to Villegas
    previous_only = attrs.evolve(
        on,
        weights=tuple(1.0 if name == "previous_speaker" else 0.0 for name in ranker.FEATURES),
    )
    moved = ranker.rerank(reading, said, previous_only)
    speaker = moved[-1].speaker
    assert speaker is not None
    assert reading.cast.resolve(speaker).key == "marta villegas"


def test_rerank_off_returns_the_credits_unchanged() -> None:
    reading, said = _credits(OTHER)
    off = attrs.evolve(ranker.speaker_model(), enabled=False)
    assert ranker.rerank(reading, said, off) is said


#: Each kind of mention, each place: the features the ranker reads of them.
KINDS_TEXT = (
    "El Ministerio de Trabajo publicó un informe. El documento advierte que el empleo "
    "«seguirá cayendo».\n\n"
    "Los vecinos denunciaron que la cifra es falsa. Según el vocero de la CGT, la medida "
    "es «injusta».\n\n"
    "La diputada Ana Ríos habló con Radio Sur: «No hay plan». «Otra vez», dijo el "
    "presidente.\n\n"
    "Tras la reunión, el ministro fue claro: «Vamos a seguir»."
)


def test_candidates_read_every_kind_and_place() -> None:
    reading, said = _credits(KINDS_TEXT)
    seen: set[str] = set()
    for found in ranker.candidates(reading, said):
        for candidate in found or ():
            seen.update(
                name for name, x in zip(ranker.FEATURES, candidate.features, strict=True) if x
            )
    assert {"document", "organisation", "group", "role", "full_name"} <= seen
    assert {"colon_sentence_before", "governed", "previous_speaker", "last_subject"} <= seen


def test_rerank_keeps_what_it_does_not_rank() -> None:
    reading, said = _credits(
        "Los vecinos preparan la campaña «Barrio Limpio». «Nadie nos escucha», dijo Rosa Díaz."
    )
    on = attrs.evolve(ranker.speaker_model(), enabled=True)
    ranked = ranker.rerank(reading, said, on)
    assert ranked[0] is said[0]  # a title: the rules' credit as it was
