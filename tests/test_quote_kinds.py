"""Quote kinds as Spanish news sets them: golden cases in sentences written for these tests.

Each group is one rule of ``docs/quotes.md`` (Kinds), in several wordings.
"""

from __future__ import annotations

import pytest

from _speakers import kinds

CASES: list[tuple[str, str, list[str]]] = [
    # a clause given right after its verb of saying, no "que" between: direct speech
    (
        "chanted-right-after-the-verb",
        "Los manifestantes gritaban «queremos justicia para todos» frente al tribunal.",
        ["direct"],
    ),
    (
        "chorus-right-after-the-verb",
        'Los hinchas corearon "el equipo jamás será vencido" durante el partido.',
        ["direct"],
    ),
    (
        "nested-after-a-gerund",
        (
            "«En la radio pasan avisos diciendo ‘vamos a encontrarlos y vamos a "
            "expulsarlos’», lamentó la dirigente."
        ),
        ["direct", "direct"],
    ),
    (
        "a-first-person-perfect-after-the-verb-uruguay",
        "La conductora se dio vuelta y le dijo ‘no te he pedido ninguna opinión sobre eso’.",
        ["direct"],
    ),
    (
        "a-first-person-plural-after-the-verb-cuba",
        "Los vecinos le gritaban «estamos cansados de esperar» al alcalde.",
        ["direct"],
    ),
    (
        "an-object-phrase-after-the-verb-is-partial",
        "El alcalde pidió «mayor compromiso de las regiones» en la mesa.",
        ["partial"],
    ),
    (
        "an-infinitive-after-the-verb-is-partial",
        "La candidata prometió «trabajar por todas las familias» del distrito.",
        ["partial"],
    ),
    (
        "a-noun-and-its-relative-after-the-verb-is-partial",
        "La gerenta destacó «el rol que nuestros locales cumplen en cada barrio».",
        ["partial"],
    ),
    (
        "after-que-stays-partial",
        "El vocero dijo que «vamos a revisar cada caso con calma».",
        ["partial"],
    ),
    # a capitalised clause standing as a sentence of its own: direct
    (
        "own-sentence-after-an-incise",
        '"Es una vergüenza", afirmó la concejala. "Nadie nos avisó de nada".',
        ["direct", "direct"],
    ),
    (
        "own-sentence-with-an-auxiliary",
        "«Ha sido un año muy duro», admitió el técnico. «Hemos aprendido mucho».",
        ["direct", "direct"],
    ),
    (
        "own-sentence-without-a-verb-stays",
        "«Al servicio del club»\n\nEl presidente del club habló con la prensa.",
        ["term"],
    ),
    (
        "a-title-opening-a-sentence-stays-a-title",
        "«La Casa Del Lago» tendrá una segunda temporada en el canal.",
        ["title"],
    ),
    # agency style: the speaker's words inside the reporting verb's object are partial
    (
        "object-after-a-perfect",
        "El portavoz ha lamentado el «grave error» de la oposición.",
        ["partial"],
    ),
    (
        "object-after-a-possessive",
        "La canciller ha mostrado su «honda inquietud» por los ataques.",
        ["partial"],
    ),
    (
        "object-after-a-preterite",
        "El líder opositor denunció un «fraude masivo» en las urnas.",
        ["partial"],
    ),
    (
        "object-two-words-on",
        "El organismo ha subrayado la urgencia de «acelerar los cambios».",
        ["partial"],
    ),
    (
        "a-present-that-is-a-noun-stays-a-term",
        "Hubo allanamientos por la denuncia de un supuesto «centro clandestino» en el barrio.",
        ["term"],
    ),
    (
        "an-incise-verb-has-its-subject-after",
        "«No lo sé», dijo el juez del «caso Bosques» al salir.",
        ["direct", "term"],
    ),
    (
        "nobody-speaks-after-se",
        "En la ley se reconocieron los «acuerdos de convivencia» entre parejas.",
        ["term"],
    ),
    (
        "no-reporting-verb-stays-a-term",
        "Los vecinos viven con el «miedo» desde el ataque.",
        ["term"],
    ),
    # an elision opening the quotation leaves the capital after it to decide
    (
        "elision-in-brackets",
        "«(…) Estamos muy preocupados por el río», dijo la alcaldesa.",
        ["direct"],
    ),
    (
        "elision-in-square-brackets",
        "«[…] Estamos muy preocupados por el río», dijo la alcaldesa.",
        ["direct"],
    ),
    # a "que" clause of an infinitive or gerund of saying holds its quotation
    (
        "que-after-an-infinitive-of-saying",
        (
            "El concejal habló largo, a la vez de indicar que el alcalde estaba un «poco "
            "cambiado» desde mayo."
        ),
        ["partial"],
    ),
    (
        "que-after-a-gerund-of-saying",
        "El gremio cerró la reunión asegurando que el plan es una «mala idea».",
        ["partial"],
    ),
    # other kinds keep their rules
    (
        "agency-fragment-is-partial",
        "El Fondo ha considerado «esencial» la reforma de las pensiones.",
        ["partial"],
    ),
    (
        "position-after-the-comma-is-direct",
        "«Nuestras prioridades son otras», se desmarcan en el Palacio de Gobierno.",
        ["direct"],
    ),
    (
        "operation-is-a-title",
        "La Policía inició la «Operación Tormenta Andina» en la frontera norte.",
        ["title"],
    ),
    # a title's cue one word before the quotation: not when that word is a verb
    (
        "a-document-that-says-is-direct",
        "El informe advirtió: «La economía se contraerá este año».",
        ["direct"],
    ),
    (
        "a-law-that-says-is-direct",
        "La norma dice «Toda persona tiene derecho a un abogado».",
        ["direct"],
    ),
    (
        "an-adjective-between-cue-and-title",
        "La campaña nacional «Abrígate Bien» comenzó el lunes.",
        ["title"],
    ),
    # a title's cue ends at the writer's punctuation
    (
        "a-cue-before-a-comma-cues-nothing",
        "Según el informe anual, «La economía se contraerá este año».",
        ["direct"],
    ),
    (
        "own-sentence-after-a-comma",
        "El boletín fue tajante, «La demanda caerá en invierno».",
        ["direct"],
    ),
    (
        "after-a-comma-inside-que-stays-partial",
        "La vocera afirmó que, según supo, «Tomás nunca más llamó».",
        ["partial"],
    ),
    # a work named by the verb that makes or performs it, or by a noun in apposition
    (
        "work-after-escribio",
        "Escribió «Crónica de un invierno largo» en Buenos Aires.",
        ["title"],
    ),
    (
        "work-after-protagonizo",
        "La actriz protagonizó «Marea baja» en 2010.",
        ["title"],
    ),
    (
        "work-after-interpreto",
        "El coro interpretó «Canción del caminante» en el cierre.",
        ["title"],
    ),
    (
        "work-by-apposition",
        "La banda lanzó «Ruta», su tercer disco, en mayo.",
        ["title"],
    ),
    (
        "work-by-apposition-with-adjective",
        "Presentó «Un país sin miedo», su nuevo libro, en la feria.",
        ["title"],
    ),
    (
        "written-words-after-a-colon-are-direct",
        "El senador escribió: «Hoy es un día triste para el país».",
        ["direct"],
    ),
    (
        "a-workshop-is-a-title",
        "Los vecinos acudieron al taller «Cuida tu barrio» en la parroquia.",
        ["title"],
    ),
    (
        "a-headline-label-after-a-colon",
        "«Cuida tu barrio»: taller para vecinos llega a la parroquia\n\nEl curso es gratis.",
        ["title"],
    ),
    (
        "an-appeal-after-a-colon-is-no-work",
        "«¡Basta de peleas inútiles!»: el fuerte llamado del obispo a los partidos",
        ["direct"],
    ),
    (
        "object-of-a-verb-after-a-quien",
        "El senador criticó al ministro, a quien ha acusado de obrar «con saña».",
        ["partial"],
    ),
    (
        "a-case-is-a-title",
        "El caso «Fondos Verdes» sigue abierto en la fiscalía.",
        ["title"],
    ),
    # a group's name in quotation marks after its noun is a name, no statement
    (
        "collective-name-is-a-title",
        'El colectivo "Madres del Desierto" denunció el hallazgo de restos.',
        ["title"],
    ),
    (
        "band-name-is-a-title",
        "La banda «Los Viajeros del Sur» tocó en la plaza.",
        ["title"],
    ),
    (
        "scare-quoted-word-is-a-term",
        "Los llamados «troles» inundaron las redes durante el debate.",
        ["term"],
    ),
    (
        "after-colon-capital-is-direct",
        "La ministra fue clara: «No vamos a retroceder en la reforma».",
        ["direct"],
    ),
    # a sentence that credits someone (según X, de acuerdo con X, para X): a short
    # fragment quoted in it is their words
    (
        "fragment-in-a-segun-sentence-argentina",
        "Según la jueza, el acusado actuó con «total frialdad» durante el robo.",
        ["partial"],
    ),
    (
        "fragment-with-de-acuerdo-con-in-the-middle-mexico",
        "El acusado, de acuerdo con la fiscal, mostró «frialdad absoluta» en el juicio.",
        ["partial"],
    ),
    (
        "fragment-in-an-opinion-lead-sentence-spain",
        "Para la oposición, el proyecto es «inconstitucional» y debe retirarse.",
        ["partial"],
    ),
    (
        "para-before-a-year-credits-nobody-chile",
        "Para 2025, el Gobierno prevé la llegada de los «cruceros de lujo» al puerto.",
        ["term"],
    ),
    (
        "a-reflexive-infinitive-of-feeling-before-a-predicate-peru",
        "El congresista dijo sentirse «traicionado» por su bancada.",
        ["partial"],
    ),
    # a participle that names: what follows is a term whoever speaks in the sentence
    (
        "the-so-called-with-a-reporting-verb-after-chile",
        "El llamado «estallido social» comenzó en octubre, recordó el ministro.",
        ["term"],
    ),
    (
        "the-self-styled-with-a-reporting-verb-argentina",
        "Los autodenominados «libertarios» ganaron en diez provincias, dijo el analista.",
        ["term"],
    ),
    (
        "an-appeal-is-no-naming-participle-colombia",
        "El presidente hizo un llamado «a dejar las armas y volver a casa».",
        ["partial"],
    ),
    (
        "an-appeal-with-a-definite-article-venezuela",
        "La jefa de la oposición reiteró el llamado «a la unidad».",
        ["partial"],
    ),
    (
        "a-nickname-with-its-article-after-alias-mexico",
        "La policía detuvo a alias «el Gordo», informó la Fiscalía.",
        ["term"],
    ),
    # a capitalised clause after a frame of saying is a sentence: direct
    (
        "a-sentence-after-como-dijo-spain",
        "Como dijo el papa Francisco, «Nadie se salva solo».",
        ["direct"],
    ),
    (
        "a-sentence-after-tal-como-explico-uruguay",
        "Tal como explicó la ministra, «La reforma llega tarde para muchos».",
        ["direct"],
    ),
    # a work's noun among the title cues, though it ends like a participle
    (
        "a-jornada-named-after-it-is-a-title-spain",
        "Todos acudieron a «Ciencia en la calle», la jornada que organiza la universidad.",
        ["title"],
    ),
    (
        "a-band-named-after-it-is-a-title-argentina",
        "El público coreó los temas de «Los Piojos», la banda de El Palomar.",
        ["title"],
    ),
    # a chant opening on "que" after a verb of shouting is an exclamation of its own;
    # after a verb of asking the same "que" opens the request's clause
    (
        "chant-opening-on-que-argentina",
        "Los vecinos gritaban «que se vayan los corruptos» frente al municipio.",
        ["direct"],
    ),
    (
        "chorus-opening-on-que-chile",
        "Los hinchas corearon «que renuncie el técnico» durante todo el partido.",
        ["direct"],
    ),
    (
        "a-request-opening-on-que-stays-partial-peru",
        "La diputada pidió «que se investigue a fondo» la compra de patrulleros.",
        ["partial"],
    ),
    # a quotation a few words into a reporting verb's "que" clause is inside it
    (
        "inside-que-after-si-dominican-republic",
        "El fiscal insistió, señalando que si «Usted detiene a alguien, tiene que probarlo».",
        ["partial"],
    ),
    (
        "inside-que-after-its-subject-venezuela",
        "El vocero dijo que el ministro «No sabía nada de la operación».",
        ["partial"],
    ),
    (
        "a-relative-que-opens-no-reported-clause-mexico",
        "El testigo que dijo «Yo vi todo desde la ventana» volvió a declarar.",
        ["direct"],
    ),
    # a word after a determiner is a noun, never the verb of direct speech
    (
        "a-participle-noun-before-a-clause-is-no-verb-of-saying-peru",
        "La jueza consideró que el acusado «actuó con total premeditación y sin remordimiento».",
        ["partial"],
    ),
    (
        "a-participle-noun-with-no-que-before-it-costa-rica",
        "Cuando el acusado «confesó todo ante el juez» la sala quedó en silencio.",
        ["partial"],
    ),
    (
        "a-denounced-noun-before-a-clause-spain",
        "El tribunal concluyó que la denunciada «mintió en cada una de sus declaraciones».",
        ["partial"],
    ),
    # a "que" clause cut by an adverbial before the quotation goes on in it: partial
    (
        "que-clause-cut-by-a-conditional-argentina",
        "El gremio advirtió que, de no haber acuerdo, «el paro será total y por tiempo largo».",
        ["partial"],
    ),
    (
        "que-clause-cut-by-a-time-adverbial-colombia",
        "La alcaldesa dijo que, a partir del lunes, «los colegios volverán a abrir sus puertas».",
        ["partial"],
    ),
    # after a verb of saying and a colon, a clause in small letters is direct speech
    (
        "lower-case-clause-after-verb-and-colon-chile",
        "La senadora remarcó: «lo que pasó es gravísimo y tiene que investigarse».",
        ["direct"],
    ),
    (
        "lower-case-clause-after-dijo-and-colon-mexico",
        "El entrenador dijo: «fue un partido muy duro, pero lo sacamos adelante».",
        ["direct"],
    ),
    (
        "lower-case-list-after-a-colon-stays-partial-uruguay",
        "El sindicato pidió tres cosas: «más recursos, más personal y más tiempo».",
        ["partial"],
    ),
    (
        "a-study-named-after-its-noun-is-a-title-ecuador",
        "Según el estudio «Juventud y Empleo», el desempleo juvenil subió.",
        ["title"],
    ),
    (
        # an indefinite article presents the credited one's word for the thing
        "after-an-indefinite-article-a-credited-sentence-gives-a-partial-spain",
        "A su juicio, las imágenes muestran una «irresponsabilidad» sin precedentes.",
        ["partial"],
    ),
    (
        # a definite article names a thing known by that word
        "after-a-definite-article-a-credited-sentence-still-has-a-term-usa",
        "Según el diario, tres congresistas tienen copia del borrador de la «orden ejecutiva».",
        ["term"],
    ),
    (
        "a-bare-fragment-in-an-a-su-juicio-sentence-spain",
        "A su juicio, la decisión del tribunal es «desproporcionada».",
        ["partial"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_kinds(text: str, expected: list[str]) -> None:
    assert expected == kinds(text)


MISSES: list[tuple[str, str, list[str], str]] = [
    (
        "a-fragment-before-a-verb-of-saying",
        "«Un paso histórico», comentó el senador sobre la reforma.",
        ["partial"],
        "a capitalised phrase with no verb before a comma and a reporting verb reads as direct",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(m[1], m[2], marks=pytest.mark.xfail(strict=True, reason=m[3])) for m in MISSES],
    ids=[m[0] for m in MISSES],
)
def test_known_misses(text: str, expected: list[str]) -> None:
    assert expected == kinds(text)
