"""Quote kinds the position of the quotation decides: golden cases written for these tests.

Each group is one rule of ``docs/quotes.md`` (Kinds), in several wordings and several
countries' styles.
"""

from __future__ import annotations

import pytest

from _speakers import kinds
from noticiaparse import parse_quotes

CASES: list[tuple[str, str, list[str]]] = [
    # a clause, then its comma and a verb with the subject after it: Spanish inverts the
    # subject of the verb that gives a quotation, whatever that verb
    (
        "inverted-reflexive-verb-argentina",
        "«Lo vamos a lograr este año», se ilusiona la intendenta de Rosario.",
        ["direct"],
    ),
    (
        "inverted-past-verb-mexico",
        "«Son ellos los que mienten», contraatacó el vocero de la bancada.",
        ["direct"],
    ),
    (
        "inverted-reflexive-past-chile",
        "«Vamos por más», se entusiasmó la alcaldesa tras el conteo.",
        ["direct"],
    ),
    (
        "inverted-verb-then-a-name-colombia",
        "«Nos quitaron el agua y la tierra», se quejó Rosa Cárdenas, líder comunal.",
        ["direct"],
    ),
    (
        "inverted-verb-ends-the-sentence-peru",
        "La dirigenta no ocultó su molestia. «Estamos cansados de esperar», se desahogó.",
        ["direct"],
    ),
    # a copula and a noun for what was said after the comma name the quotation as words
    (
        "copula-and-answer-chile",
        "«Estamos trabajando en eso», es la respuesta que se repite en la municipalidad.",
        ["direct"],
    ),
    (
        "copula-and-message-spain",
        "«No vamos a ceder», fue el mensaje del sindicato a la patronal.",
        ["direct"],
    ),
    (
        "copula-adjective-and-answer-caribbean",
        "«Todo está bajo control», fue la única respuesta del vocero policial.",
        ["direct"],
    ),
    (
        "copula-and-phrase-us-spanish",
        "«Hay mucho por hacer», es la frase que más se escucha en la comunidad latina.",
        ["direct"],
    ),
    # a list of quotations shares the attribution after its last one
    (
        "a-list-then-a-copula-and-its-noun-venezuela",
        "«Tenemos miedo», «Nos duele», «Queremos ayuda», eran las frases del día.",
        ["direct", "direct", "direct"],
    ),
    (
        "a-list-then-a-reporting-verb-bolivia",
        "«Nos duele mucho», «Queremos ayuda», gritaban los vecinos del barrio.",
        ["direct", "direct"],
    ),
    (
        "a-list-of-words-stays-terms",
        "Los productos «light», «bio» y «eco», son más caros en la capital.",
        ["term", "term", "term"],
    ),
    (
        "copula-and-answer-with-no-comma-argentina",
        "«No hay plata» fue la respuesta del ministro de Economía.",
        ["direct"],
    ),
    # neither: a name after a verb is no inversion, and a phrase with no verb of its
    # own is no sentence
    (
        "a-title-and-a-participle-stays-a-title",
        "La obra «Cien Años de Lluvia», publicada en 1990, vuelve a las librerías.",
        ["title"],
    ),
    (
        "a-coined-term-then-the-writers-clause",
        "La «ley corta», aprobada ayer, entra en vigor el lunes.",
        ["term"],
    ),
    # a clause in small letters or cut by an elision, opening its sentence, given by the
    # verb after it
    (
        "an-elision-then-small-letters-spain",
        "«(...) y nadie nos ayudó en toda la noche», lamentó la vecina.",
        ["direct"],
    ),
    (
        "dots-then-small-letters-chile",
        "«...y eso fue lo que pasó aquella madrugada», relató la testigo.",
        ["direct"],
    ),
    (
        "small-letters-with-a-finite-verb-peru",
        "«nos cobraron el doble por la misma consulta», denunció el paciente.",
        ["direct"],
    ),
    (
        "a-verbless-phrase-in-small-letters-stays-partial",
        "«muy preocupante la situación del hospital», dijo el director.",
        ["partial"],
    ),
    # the speaker goes on: after a direct quotation, past its incise or its full stop
    (
        "a-short-lower-case-rest-after-the-incise-spain",
        "«No vamos a ceder», dijo la consejera, «ni un milímetro».",
        ["direct", "direct"],
    ),
    (
        "a-rest-after-a-long-incise-argentina",
        "«No vamos a aflojar», avisó el secretario general del gremio, «ni hoy ni mañana».",
        ["direct", "direct"],
    ),
    (
        "a-rest-after-a-dash-incise-cuba",
        "«No estamos de acuerdo» —sostuvo el dirigente— «y no vamos a firmar».",
        ["direct", "direct"],
    ),
    (
        "a-sentence-of-its-own-after-the-full-stop-chile",
        "«Esto no se negocia», sentenció el rector. «Esto recién empieza».",
        ["direct", "direct"],
    ),
    (
        "a-verbless-sentence-after-the-full-stop-mexico",
        "«Nos dejaron solos», reclamó la madre. «Muy difícil todo».",
        ["direct", "direct"],
    ),
    (
        "the-writers-sentence-after-the-full-stop-keeps-its-term",
        "«No vamos a ceder», dijo el dirigente. El «estallido» sigue latente.",
        ["direct", "term"],
    ),
    (
        "a-new-paragraph-is-no-going-on",
        "«No vamos a ceder», dijo el dirigente.\n\nLa «mesa chica» se reunió ayer.",
        ["direct", "term"],
    ),
    # a question or an exclamation in its marks is a whole utterance
    (
        "a-question-after-a-periphrasis-spain",
        "La candidata atinó a preguntar «¿me van a dejar terminar?» entre los gritos.",
        ["direct"],
    ),
    (
        "an-exclamation-after-a-chant-verb-argentina",
        "Los vecinos gritaban «¡fuera, fuera!» frente al municipio.",
        ["direct"],
    ),
    (
        "a-question-after-a-works-noun-stays-a-title",
        "El libro «¿Quién mató a la maestra Rivas?» fue reeditado en Lima.",
        ["title"],
    ),
    # headlines: a quoted clause before a colon, a name's label before the claim
    (
        "a-clause-before-a-colon-and-its-owner",
        "«Estamos en guerra»: el duro mensaje del presidente",
        ["direct"],
    ),
    (
        "a-clause-before-a-colon-and-its-speakers",
        "«Fue una pesadilla»: vecinos relatan el incendio",
        ["direct"],
    ),
    (
        "a-verbless-label-before-a-colon-stays-a-title",
        "«Cuida tu barrio»: taller para vecinos",
        ["title"],
    ),
    ("a-name-label-then-the-claim-argentina", "Milei: la inflación es un «robo»", ["partial"]),
    (
        "a-full-name-label-then-the-claim",
        "Cristina Fernández: el fallo es una «vergüenza»",
        ["partial"],
    ),
    (
        "a-section-in-capitals-is-no-speaker",
        "DEPORTES: El señor Pérez está «fajado» y suma hits",
        ["term"],
    ),
    # a clause opened by a capital after a colon is a sentence, whatever cue before it
    (
        "que-then-a-colon-then-a-capital-mexico",
        "El director sostuvo que: «La empresa cumplió con todas las normas».",
        ["direct"],
    ),
    (
        "a-crediting-phrase-then-a-colon-peru",
        "En sus palabras: «Esto es un robo a mano armada».",
        ["direct"],
    ),
    (
        "a-list-after-a-colon-in-small-letters-stays-partial",
        "El ministro pidió tres cosas: «más recursos, más personal y más tiempo».",
        ["partial"],
    ),
    # after a colon, a name in Title Case the writer's words go on after
    (
        "a-title-after-a-colon-then-the-writers-words",
        "Lo nuevo del canal: «Charlemos de Migración» en YouTube y en radio",
        ["title"],
    ),
    ("a-headline-in-title-case-stays-direct", "Trump: «No Vamos A Permitirlo»", ["direct"]),
    # a verb of shouting gives what was shouted, whatever its shape
    (
        "shouted-in-title-case-bolivia",
        "La multitud gritó «Basta Ya» frente a la gobernación.",
        ["direct"],
    ),
    (
        "chanted-two-words-argentina",
        "Los hinchas corearon «Dale Campeón» toda la noche.",
        ["direct"],
    ),
    ("shouted-in-small-letters-mexico", "Los vecinos gritaban «queremos agua».", ["direct"]),
    (
        "one-shouted-word-stays-partial",
        "Los vecinos gritaban «asesino» al paso del auto.",
        ["partial"],
    ),
    ("a-song-sung-stays-a-title", "La cantante cantó «Gracias a la vida» en el cierre.", ["title"]),
    (
        "a-song-sung-in-the-imperfect",
        "La banda cantaba «Gracias a la vida» en cada show.",
        ["title"],
    ),
    # the object of a preposition right before it is a name, no sentence
    (
        "a-programme-after-con-then-the-subject",
        "En conversación con «Mañanas Informativas», el alcalde habló de la sequía.",
        ["title"],
    ),
    (
        "a-name-after-en-then-the-subject",
        "En «Radio Pampa», la ministra anunció el nuevo plan.",
        ["title"],
    ),
    (
        "one-capitalised-word-after-a-preposition-then-the-subject",
        "Consultado por «Cooperativa», el exministro respondió a las críticas.",
        ["term"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_kind(text: str, expected: list[str]) -> None:
    assert expected == kinds(text)


#: Fragments that are someone's words by the grammar around them (docs/quotes.md, Kinds).
FRAGMENTS: list[tuple[str, str, list[str]]] = [
    # a verb of referring to, picturing, presenting or comparing a thing as something
    (
        "referring-present-reflexive-argentina",
        "El presidente se refiere a los legisladores como «ratas» en cada acto.",
        ["partial"],
    ),
    (
        "referring-reflexive-infinitive-argentina",
        "Milei volvió a referirse a los diputados como «traidores» en su discurso.",
        ["partial"],
    ),
    (
        "comparing-with-spain",
        "El piloto comparó su monoplaza con un «coche de rallies» tras la carrera.",
        ["partial"],
    ),
    (
        "picturing-as-mexico",
        "La oposición pintó al secretario como un «títere» del Ejecutivo.",
        ["partial"],
    ),
    (
        "presenting-as-chile",
        "El Gobierno presentó la reforma como «histórica» ante el Congreso.",
        ["partial"],
    ),
    (
        "defending-as-was-a-known-miss",
        "El ministro defendió la medida como «necesaria».",
        ["partial"],
    ),
    (
        "defending-as-present-mexico",
        "La secretaria defiende el plan como «el único posible» para la capital.",
        ["partial"],
    ),
    # a reporting infinitive in a periphrasis: the main subject speaks
    (
        "limited-to-stating-spain",
        "El juez se limitó a manifestar «respeto» por la decisión de la Audiencia.",
        ["partial"],
    ),
    (
        "again-denounced-colombia",
        "La vocera volvió a denunciar un «fraude» en el conteo de votos.",
        ["partial"],
    ),
    (
        "agreed-in-denouncing-peru",
        "Los gremios coincidieron en denunciar un «abandono» de la zona norte.",
        ["partial"],
    ),
    (
        "an-infinitive-of-a-request-is-no-periphrasis",
        "El gremio pide al Senado rechazar el indulto a los «presos políticos».",
        ["term"],
    ),
    (
        "an-infinitive-a-law-allows-credits-nobody",
        "La ley permite denunciar el «acoso» en línea.",
        ["term"],
    ),
    # reflexive verbs of showing, declaring and feeling oneself, compound tenses too
    (
        "shown-in-a-compound-tense-after-a-free-relative-spain",
        (
            "En una nota de su defensa, quien fuera alcalde de Elche se ha mostrado "
            "«defraudado» tras el fallo."
        ),
        ["partial"],
    ),
    (
        "feeling-oneself-present-uruguay",
        "La jugadora se siente «traicionada» por la federación.",
        ["partial"],
    ),
    # conveying one's feelings: the possessive's noun is the speaker's word
    (
        "conveyed-condolences-spain",
        "Los reyes se declararon «muy afectados» y trasladaron su «pesar» a los vecinos.",
        ["partial", "partial"],
    ),
    # a reporting verb in the present after its subject has the fragment in its object
    (
        "a-document-warns-present-spain",
        "El documento advierte de un «riesgo sistémico» en la banca regional.",
        ["partial"],
    ),
    (
        "an-ngo-denounces-present-guatemala",
        "La ONG denuncia un «abandono» de las comunidades del altiplano.",
        ["partial"],
    ),
    (
        "the-noun-denuncia-after-an-article",
        "Tras la denuncia de un «fraude», la Fiscalía abrió una causa.",
        ["term"],
    ),
    (
        "a-definite-article-names-a-coined-thing",
        "Los comerciantes denuncian la «funa» en redes sociales.",
        ["term"],
    ),
    # a connector opens the sentence of a dropped subject: the speaker goes on
    (
        "a-connector-then-a-past-and-a-definite-object-chile",
        "«No vamos a ceder», dijo el ministro. Por otro lado, lamentó la «falta de diálogo».",
        ["direct", "partial"],
    ),
    (
        "en-tanto-then-a-past-and-a-definite-object-argentina",
        "«Así no se puede», dijo la gobernadora. En tanto, criticó la «improvisación» oficial.",
        ["direct", "partial"],
    ),
    # the "que" of a free relative opens no clause a verb introduces
    (
        "a-word-in-a-free-relative-is-a-term",
        "Hay que cambiar nuestra idea de lo que «cuenta» como cultura.",
        ["term"],
    ),
    (
        "a-cue-in-the-free-relative-still-credits",
        "La diputada criticó lo que «considera» una injerencia extranjera.",
        ["partial"],
    ),
    (
        "a-clause-after-a-free-relative-stays-partial",
        "Ayudaremos a los que «ya estaban en la calle antes de la pandemia», dijo.",
        ["partial"],
    ),
    # coordination repeats the preposition: one speaker's words still
    (
        "joined-with-the-preposition-again-venezuela",
        "La alcaldesa habló de «traición» y de «mentiras» del oficialismo.",
        ["partial", "partial"],
    ),
    (
        "joined-with-por-again-uruguay",
        "La fiscal pidió cárcel por «ensañamiento» y por «alevosía».",
        ["partial", "partial"],
    ),
    (
        "articles-make-each-its-own-term",
        "Los vecinos hablan de los «bots» y de los «trolls» de la red.",
        ["term", "term"],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in FRAGMENTS], ids=[c[0] for c in FRAGMENTS]
)
def test_fragment(text: str, expected: list[str]) -> None:
    assert expected == kinds(text)


#: Names of works, programmes and operations by the noun before them (docs/quotes.md).
TITLES: list[tuple[str, str, list[str]]] = [
    (
        "an-operation-one-word-mexico",
        "El operativo «Escudo» dejó 40 detenidos en Sinaloa.",
        ["title"],
    ),
    (
        "an-app-one-word-argentina",
        "La app «Cuidar» registra los síntomas de cada viajero.",
        ["title"],
    ),
    ("a-benefit-one-word-chile", "El bono «Invierno» se paga en junio a los jubilados.", ["title"]),
    (
        "a-programme-and-its-kind-mexico",
        "El programa de becas «Benito Juárez» llegará a más estudiantes.",
        ["title"],
    ),
    (
        "a-plan-and-its-kind-colombia",
        "El plan de seguridad «Escudo» comenzó este lunes en Cali.",
        ["title"],
    ),
    (
        "a-noun-of-a-body-after-de-names-no-work",
        "El informe de la «Comisión» fue entregado ayer.",
        ["term"],
    ),
    # a name capitalised on its first word in a noun's slot: a work's title
    (
        "a-film-after-en-argentina",
        "El actor participó en «El secreto de sus ojos» en 2009.",
        ["title"],
    ),
    (
        "a-series-after-a-role-of-its-cast-spain",
        "La protagonista de «La casa de papel» visitó Santiago.",
        ["title"],
    ),
    (
        "a-novel-after-its-author-chile",
        "La autora de «La casa de los espíritus» dio una charla en Valparaíso.",
        ["title"],
    ),
    (
        "a-show-after-its-winner",
        "El ganador de «MasterChef» recibió un premio de 10 millones.",
        ["title"],
    ),
    (
        "a-qualifying-cue-before-keeps-a-fragment",
        "El ministro habló de «Un antes y un después» para la región.",
        ["partial"],
    ),
    ("a-person-after-a-stays-a-term", "El fiscal detuvo a «Pedro Navarro» en su casa.", ["term"]),
    # a verbless name glued to the writer's subject is no sentence, whatever verb follows
    (
        "a-magazine-in-the-subject-before-its-verb",
        "La revista «Semana» publicó la investigación completa.",
        ["term"],
    ),
    (
        "a-shout-after-a-conjunction-stays-direct",
        "Y «Basta» gritó la multitud en la plaza.",
        ["direct"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in TITLES], ids=[c[0] for c in TITLES])
def test_title(text: str, expected: list[str]) -> None:
    assert expected == kinds(text)


#: Scare quotes in a sentence whose reporting verb does not govern them (docs/quotes.md).
SCARE_QUOTES: list[tuple[str, str, list[str]]] = [
    (
        "an-adjunct-before-the-subject-argentina",
        "En plena «guerra comercial», el canciller viajó a Pekín y dijo que buscará acuerdos.",
        ["term"],
    ),
    (
        "an-adjunct-before-a-name-spain",
        "En pleno «procés», Ana Ruiz dejó el Govern y anunció su retiro.",
        ["term"],
    ),
    (
        "a-capitalised-name-after-an-article-before-the-subject",
        "Durante el «Cordobazo», miles salieron a las calles, recordó el historiador.",
        ["term"],
    ),
    # still the speaker's: the verb after the comma, the object of the verb itself, and
    # a complement of the verb's object after a preposition
    (
        "asked-forgiveness-for-argentina",
        "El senador pidió perdón por los «errores» de su gestión.",
        ["partial"],
    ),
    ("a-fragment-then-its-verb", "«inaceptable», dijo el ministro sobre el fallo.", ["partial"]),
    (
        "a-fragment-then-a-compound-verb",
        "La situación es «grave», ha advertido el consejero de Sanidad.",
        ["partial"],
    ),
    (
        "a-fragment-in-the-verbs-own-complement",
        "El ministro advirtió sobre una «crisis» inminente en el sector.",
        ["partial"],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in SCARE_QUOTES], ids=[c[0] for c in SCARE_QUOTES]
)
def test_scare_quote(text: str, expected: list[str]) -> None:
    assert expected == kinds(text)


#: A closing mark whose opening one the scraper lost, after a quotation of its paragraph.
LOST: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "La ministra dijo que «no habrá cambios». Vamos a seguir con el plan”, añadió.",
        [("no habrá cambios", "partial"), ("Vamos a seguir con el plan", "direct")],
    ),
    (
        "La «mesa chica» se reunió ayer. No hay nada resuelto todavía”, dijo el vocero.",
        [("mesa chica", "term"), ("No hay nada resuelto todavía", "direct")],
    ),
    # no reporting verb after it: the opening mark may stand anywhere, nothing is guessed
    (
        "El alcalde habló de «traición». Luego todo siguió igual en el concejo”. Fin.",
        [("traición", "partial")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), LOST, ids=["after-a-partial", "after-a-term", "no-verb"]
)
def test_lost_opening_after_a_quotation(text: str, expected: list[tuple[str, str]]) -> None:
    assert expected == [(q.text, q.kind.value) for q in parse_quotes(text)]
