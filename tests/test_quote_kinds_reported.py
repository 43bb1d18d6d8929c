"""Quotations inside reported speech: their kinds when the speaker stands far back.

Sentences written for these tests, in several countries' styles. Each group is one rule
of ``docs/quotes.md`` (Kinds): a quotation that finishes an open "que" clause (across an
aside, an adjunct or a line break), a request opening on "Que", the writer's words going
on after a capitalised quotation, fragments joined to a partial one, the "que" of a verb
of thinking or of a ruling, a judgement's predicate, a claim after a colon, and the
object of a verb that opens its sentence with the subject dropped.
"""

from __future__ import annotations

import pytest

from _speakers import kinds

CASES: list[tuple[str, str, list[str]]] = [
    # an open "que" clause: its subject, an aside or an adjunct before the marks
    (
        "que-clause-with-a-long-subject-chile",
        (
            "El ministro dijo que la reforma del sistema de pensiones «Es lo mejor que le "
            "puede pasar al país en décadas»."
        ),
        ["partial"],
    ),
    (
        "que-clause-subject-and-relative-aside-argentina",
        (
            "El fiscal sostuvo que el acusado, quien tenía antecedentes por robo, «actuó con "
            "total frialdad y sin ningún remordimiento por lo que hizo»."
        ),
        ["partial"],
    ),
    (
        "que-clause-with-a-conditional-first-mexico",
        (
            "El jefe de Gabinete advirtió que si el Congreso no aprueba el presupuesto, «el "
            "país se quedará sin fondos para pagar los salarios públicos»."
        ),
        ["partial"],
    ),
    (
        "que-clause-after-an-indirect-object-colombia",
        (
            "Tras la reunión, el presidente de la Federación, Jorge Pérez, aseguró a los "
            "medios presentes que el gremio «No aceptará ninguna propuesta que implique "
            "rebajas» en los salarios."
        ),
        ["partial"],
    ),
    (
        "que-clause-subject-with-its-own-relative-spain",
        (
            "La portavoz explicó que el plan, que se aplicará desde enero, «permitirá reducir "
            "las listas de espera en los hospitales públicos a la mitad»."
        ),
        ["partial"],
    ),
    (
        "que-clause-with-a-citing-aside-peru",
        (
            "El ministro comentó que, como dijo el presidente, «No hay margen para aumentar el "
            "gasto este año»."
        ),
        ["partial"],
    ),
    (
        "a-complete-que-clause-then-a-sentence-stays-direct-uruguay",
        (
            "La ministra recalcó que la situación es compleja, «estamos con cifras muy "
            "delicadas en todo el país»."
        ),
        ["direct"],
    ),
    (
        "a-chant-in-a-que-clause-stays-direct-venezuela",
        "El dirigente contó que los vecinos gritaban «Fuera de aquí, no los queremos».",
        ["direct"],
    ),
    # across a line break the scrape set inside the writer's sentence
    (
        "que-at-a-line-end-dominican-republic",
        (
            "El presidente aseguró que\n«Vamos a llevar adelante todas las reformas que "
            "prometimos durante la campaña»."
        ),
        ["partial"],
    ),
    (
        "an-adjunct-and-comma-at-a-line-end-ecuador",
        (
            "El canciller explicó que, tras la cumbre con sus pares de la región,\n«La "
            "relación con Venezuela entra en una etapa nueva y de diálogo»."
        ),
        ["partial"],
    ),
    (
        "a-sentence-ended-before-the-line-break-stays-direct-bolivia",
        (
            "El presidente habló en la plaza.\n«Vamos a llevar adelante todas las reformas "
            "que prometimos durante la campaña»."
        ),
        ["direct"],
    ),
    # after a comma, an adjunct opening on a preposition goes on the writer's sentence
    (
        "an-adjunct-after-a-comma-spain",
        (
            "La ministra aseguró que se buscará ampliar el acuerdo con los países vecinos, "
            "«a pesar de las tensiones que hubo en la frontera durante el invierno»."
        ),
        ["partial"],
    ),
    # a request opening on "Que"
    (
        "a-request-opening-on-que-paraguay",
        (
            "El dirigente pidió al Gobierno «Que escuche a los trabajadores y abra una mesa "
            "de diálogo cuanto antes»."
        ),
        ["partial"],
    ),
    (
        "a-chant-opening-on-que-stays-direct-argentina",
        "Los manifestantes gritaban «Que se vayan todos» frente al Congreso.",
        ["direct"],
    ),
    # the writer's words go on after a capitalised quotation in an attributed sentence
    (
        "words-go-on-after-a-credited-quotation-guatemala",
        (
            "Según la ministra, «Hay recursos suficientes para terminar las obras este año» "
            "en la región."
        ),
        ["partial"],
    ),
    (
        "a-credited-sentence-closing-its-sentence-stays-direct-costa-rica",
        "Según el informe anual, «La economía se contraerá este año por la sequía».",
        ["direct"],
    ),
    # fragments joined to a partial one by a coordinator
    (
        "two-fragments-of-one-judgement-spain",
        "El sindicato tachó la propuesta de la patronal de «insuficiente» y «provocadora».",
        ["partial", "partial"],
    ),
    (
        "two-fragments-after-a-crediting-lead-mexico",
        "Para la Iglesia, la ley es «injusta» e «inmoral».",
        ["partial", "partial"],
    ),
    (
        "two-requests-of-one-letter-chile",
        "En la carta, los obispos piden a las autoridades «diálogo» y «respeto».",
        ["partial", "partial"],
    ),
    (
        "terms-after-articles-stay-terms-colombia",
        "Los usuarios se quejan de los «bots» y de los «trolls» en las redes.",
        ["term", "term"],
    ),
    # the "que" of a verb of thinking or of a ruling
    (
        "a-judge-understood-that-argentina",
        (
            "La jueza, que había rechazado un pedido similar en febrero, entendió que no "
            "existía «riesgo de fuga»."
        ),
        ["partial"],
    ),
    (
        "a-union-fears-that-uruguay",
        "El gremio teme que la reforma sea «un retroceso».",
        ["partial"],
    ),
    (
        "a-ruling-that-disposes-peru",
        (
            "La jueza dispuso que el imputado «Deberá permanecer en prisión preventiva "
            "mientras dure la investigación»."
        ),
        ["partial"],
    ),
    (
        "the-minister-s-statements-that-bolivia",
        "Las declaraciones del ministro de que hubo «fraude» causaron revuelo en La Paz.",
        ["partial"],
    ),
    (
        "an-idea-that-is-no-statement-mexico",
        "La idea de que la ciudad es «segura» es falsa.",
        ["term"],
    ),
    # a judgement's predicate: a clitic on the infinitive or gerund, or an object between
    (
        "for-considering-it-inadmissible-chile",
        "La jueza rechazó el recurso por considerarlo «improcedente».",
        ["partial"],
    ),
    (
        "on-calling-it-unacceptable-spain",
        "El portavoz respondió a la carta al calificarla «inaceptable».",
        ["partial"],
    ),
    (
        "what-she-considers-an-arbitrary-measure-venezuela",
        "La diputada presentó un recurso contra lo que considera una medida «arbitraria».",
        ["partial"],
    ),
    (
        "the-magistrate-judged-the-ruling-unjust-honduras",
        "La magistrada juzgó el fallo «injusto».",
        ["partial"],
    ),
    (
        "gave-the-crisis-as-over-argentina",
        "El ministro dio por «superada» la crisis.",
        ["partial"],
    ),
    # an adjective of manner after "de manera", "de forma" in an attributed sentence
    (
        "accused-of-acting-in-a-reckless-way-argentina",
        (
            "El ministro de Economía respondió a los empresarios del sector, a los que acusó "
            "de especular con los precios y de actuar de manera «irresponsable»."
        ),
        ["partial"],
    ),
    (
        "lied-in-a-systematic-way-mexico",
        (
            "El presidente arremetió contra la prensa, a la que acusó de mentir de forma "
            "«sistemática»."
        ),
        ["partial"],
    ),
    (
        "a-manner-with-no-cue-stays-a-term-chile",
        "La policía actuó de manera «preventiva» durante la marcha.",
        ["term"],
    ),
    # a claim after a colon that a reporting verb or a stance closes
    (
        "categorical-then-the-claim-mexico",
        "El expresidente fue categórico: el acuerdo es «inaceptable».",
        ["partial"],
    ),
    (
        "showed-herself-blunt-then-the-claim-chile",
        "La jueza se mostró tajante: no hubo «ningún error».",
        ["partial"],
    ),
    (
        "said-so-then-the-claim-colombia",
        "El ministro lo dijo así: la medida es «temporal».",
        ["partial"],
    ),
    (
        "a-colon-after-a-plain-description-stays-a-term-spain",
        "La situación es clara: la «grieta» sigue abierta.",
        ["term"],
    ),
    (
        "a-colon-after-a-thing-described-stays-a-term-peru",
        "El libro es breve: apenas «cien páginas».",
        ["term"],
    ),
    # a name a participle of naming gives with no work's noun before it is a term
    (
        "the-so-called-gang-venezuela",
        "La policía desarticuló al denominado «Tren de Aragua» en la capital.",
        ["term"],
    ),
    (
        "the-so-called-generation-spain",
        "Los jóvenes de la llamada «Generación Z» votaron en masa.",
        ["term"],
    ),
    (
        "a-hill-known-as-chile",
        "Vive desde niña en una zona conocida como «Cerro Alegre Alto».",
        ["term"],
    ),
    (
        "a-law-known-as-stays-a-title-chile",
        "La ley conocida como «Ley Zamudio» cumplió diez años.",
        ["title"],
    ),
    (
        "a-plan-so-called-stays-a-title-bolivia",
        "La policía diseñó el denominado «Plan Verano» para las playas.",
        ["title"],
    ),
    (
        "a-work-in-sentence-case-stays-a-title-argentina",
        "Presentaron un montaje teatral llamado «Cuerpas en guerra» en el museo.",
        ["title"],
    ),
    # the object of a reporting verb that opens its sentence, its subject dropped
    (
        "then-criticised-a-stance-argentina",
        (
            "«No vamos a retroceder», dijo el ministro. Luego criticó a la oposición por su "
            "postura «irresponsable»."
        ),
        ["direct", "partial"],
    ),
    (
        "also-denounced-after-a-connector-guatemala",
        "La alcaldesa recorrió el barrio. Además, denunció un «abandono total» de la zona.",
        ["partial"],
    ),
    (
        "a-verb-of-travel-gives-no-fragment-ecuador",
        "Luego viajó a la «zona cero» del incendio.",
        ["term"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_kinds(text: str, expected: list[str]) -> None:
    assert expected == kinds(text)


MISSES: list[tuple[str, str, list[str], str]] = [
    (
        "a-verb-of-attack-is-no-reporting-verb",
        "El ministro cargó contra la oposición por su postura «irresponsable».",
        ["partial"],
        "'cargar contra' is no reporting verb before its object, so its fragment stays a term",
    ),
    (
        "a-coined-term-in-a-que-clause",
        "La ministra dijo que la «nueva normalidad» llegó para quedarse.",
        ["term"],
        "a short fragment inside a reporting verb's 'que' clause is partial, article or not",
    ),
    (
        "a-gang-name-in-title-case",
        "Según la policía, el «Tren de Aragua» opera en la zona.",
        ["term"],
        "a name in Title Case with no cue reads as a title, whatever it names",
    ),
    (
        "a-slogan-in-a-que-clause-after-a-title-cue",
        (
            "La ministra explicó que la iniciativa «Busca dar certezas a quienes invierten y "
            "a los trabajadores» y pidió apoyo."
        ),
        ["partial"],
        "a title cue before a capitalised quotation makes it a title before the clause is read",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(m[1], m[2], marks=pytest.mark.xfail(strict=True, reason=m[3])) for m in MISSES],
    ids=[m[0] for m in MISSES],
)
def test_known_misses(text: str, expected: list[str]) -> None:
    assert expected == kinds(text)
