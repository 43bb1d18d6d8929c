"""Attributed fragments and clauses set in the writer's grammar: their quote kinds.

Sentences written for these tests, in several countries' styles. Each group is one rule
of ``docs/quotes.md`` (Kinds): a naming verb's word, an opinion's lead with no comma, a
clause a preposition, article or conjunction governs, a crediting lead before a clause
in small letters, a long adverbial cutting a "que" clause.
"""

from __future__ import annotations

import pytest

from _speakers import kinds, speakers

CASES: list[tuple[str, str, list[str]]] = [
    # a finite verb of naming, no "se" before it: the subject's own word, partial
    (
        "called-by-a-bishop-chile",
        "El obispo Juan Ortega llamó «hermanos» a los migrantes en su homilía.",
        ["partial"],
    ),
    (
        "what-the-president-called-a-farce-bolivia",
        "Es lo que el presidente Gustavo Arce llamó «una farsa» durante su discurso.",
        ["partial"],
    ),
    (
        "called-in-a-compound-tense-spain",
        "La portavoz Elena Sanz ha llamado «chapuza» al nuevo reglamento de tráfico.",
        ["partial"],
    ),
    (
        "nicknamed-by-the-coach-argentina",
        "El técnico Ramón Díaz apodó «el Tanque» a su nuevo delantero.",
        ["partial"],
    ),
    (
        "is-called-gives-no-partial-mexico",
        "El barrio se llama «La Esperanza» desde su fundación.",
        ["title"],
    ),
    (
        "the-so-called-participle-stays-a-term-peru",
        "Los vecinos viven en el llamado «cinturón de pobreza» de la capital.",
        ["term"],
    ),
    (
        "impersonal-they-call-stays-a-term-colombia",
        "Los pescadores trabajan en lo que llaman «la zona muerta» del golfo.",
        ["term"],
    ),
    # a qualifying verb in the infinitive or gerund, "hablar de" in a finite or compound form
    (
        "did-not-hesitate-to-brand-spain",
        "El ministro no dudó en tildar la reforma de «mamarracho».",
        ["partial"],
    ),
    (
        "spoke-of-negligence-in-the-imperfect-chile",
        "La concejala, en cambio, hablaba de «negligencia» de la empresa.",
        ["partial"],
    ),
    (
        "a-generic-infinitive-of-speaking-stays-a-term-chile",
        "Es un error hablar de «invasores» cuando se trata de familias sin techo.",
        ["term"],
    ),
    (
        "ended-up-nicknaming-dominican-republic",
        "El diputado terminó motejando al ministro de «inútil» ante la prensa.",
        ["partial"],
    ),
    (
        "have-spoken-of-stagnation-guatemala",
        "Los analistas han hablado de «estancamiento» en la economía regional.",
        ["partial"],
    ),
    (
        "speaking-of-the-known-thing-stays-a-term-argentina",
        "La diputada habló del «estallido» en su discurso de cierre.",
        ["term"],
    ),
    (
        "a-gerund-with-its-clitic-venezuela",
        "El diputado Juan Paz reaccionó calificándolo de «inaceptable» ante la prensa.",
        ["partial"],
    ),
    # a time adjunct between the cue's verb and its preposition or the quotation
    (
        "spoke-on-monday-of-a-betrayal-peru",
        "El gobernador habló este lunes de una «traición» de sus socios.",
        ["partial"],
    ),
    (
        "considered-yesterday-inadmissible-spain",
        "El juez consideró ayer «inadmisible» el recurso de la defensa.",
        ["partial"],
    ),
    (
        "spoke-today-of-the-known-thing-stays-a-term-chile",
        "El vocero habló hoy del «estallido» en la radio.",
        ["term"],
    ),
    # a person's name in quotes is an alias, a term, unless a reporting verb follows it
    (
        "aliases-of-armed-fronts-colombia",
        (
            "El ministro aseguró que frentes armados como 'Raúl Reyes' y 'Jacobo Arenas', "
            "cobran a los jóvenes por cada mensaje."
        ),
        ["term", "term"],
    ),
    (
        "a-gang-boss-known-by-a-name-honduras",
        "La policía detuvo a «Pedro Navarro» en la colonia Kennedy.",
        ["term"],
    ),
    (
        "a-name-chanted-stays-direct-nicaragua",
        "«Carlos Vive», gritaban sus seguidores frente a la casa.",
        ["direct"],
    ),
    (
        "a-novel-after-its-cue-stays-a-title-mexico",
        "La novela «Pedro Páramo» cumple setenta años.",
        ["title"],
    ),
    # "así" and a qualifying or naming verb after the quotation take it back
    (
        "a-fragment-before-so-qualified-argentina",
        "«Un paso histórico», así calificó el senador la reforma.",
        ["partial"],
    ),
    (
        "a-fragment-before-so-called-with-a-clitic-peru",
        "«Una farsa», así lo llamó la diputada Rosa Quispe en el pleno.",
        ["partial"],
    ),
    (
        "a-sentence-before-so-said-stays-direct-mexico",
        "«Vamos a ganar», así lo dijo el candidato en el mitin.",
        ["direct"],
    ),
    # "para X" with no comma before "se trata de" or a copula credits X
    (
        "for-the-former-minister-it-is-an-error-uruguay",
        "Para el exministro Jorge Vidal se trata de un «error histórico» para los jubilados.",
        ["partial"],
    ),
    (
        "for-the-chamber-this-is-nonsense-paraguay",
        "Para la Cámara de Comercio esto es un «despropósito» sin precedentes.",
        ["partial"],
    ),
    (
        "for-the-judge-it-was-a-role-venezuela",
        "Para la jueza fue un «error grave» de la fiscalía.",
        ["partial"],
    ),
    (
        "for-a-year-credits-nobody-ecuador",
        "Para el año próximo la meta es una «economía verde» en toda la región.",
        ["term"],
    ),
    (
        "for-a-party-with-no-judgement-bolivia",
        "Para la fiesta del barrio los vecinos compraron «lo mejor» del mercado.",
        ["term"],
    ),
    # a clause-long quotation right after a preposition, article or subordinating
    # conjunction completes the writer's sentence: partial, capital or not
    (
        "after-because-with-a-capital-ecuador",
        (
            "El alcalde anunció que despachará desde el cerro porque «Valparaíso merece "
            "autoridades que estén presentes todos los días»."
        ),
        ["partial"],
    ),
    (
        "after-because-in-small-letters-mexico",
        (
            "La fiscal explicó que los imputados actuaron porque «querían quedarse con el "
            "dinero de la cooperativa sin que nadie lo notara»."
        ),
        ["partial"],
    ),
    (
        "after-an-article-a-capitalised-object-chile",
        (
            "El colegio de abogados teme que el proyecto dañe la «Independencia judicial "
            "que tanto costó construir en el país»."
        ),
        ["partial"],
    ),
    (
        "after-although-costa-rica",
        (
            "La ministra defendió el plan aunque «Hay sectores que todavía no entienden "
            "lo que está en juego»."
        ),
        ["partial"],
    ),
    (
        "after-a-preposition-spain",
        (
            "El sindicato se quejó de «Una gestión que abandonó a los trabajadores del "
            "puerto durante meses»."
        ),
        ["partial"],
    ),
    (
        "a-title-after-a-preposition-stays-a-title-argentina",
        "La actriz actuó en «La Casa De Papel» durante tres temporadas.",
        ["title"],
    ),
    # a crediting lead before a clause in small letters: the writer's sentence
    (
        "according-to-the-president-lower-case-ecuador",
        "Según la ministra, «hay recursos suficientes para terminar las obras este año».",
        ["partial"],
    ),
    (
        "in-the-view-of-the-union-lower-case-honduras",
        (
            "De acuerdo con el sindicato, «los salarios no alcanzan para cubrir la canasta "
            "básica de una familia»."
        ),
        ["partial"],
    ),
    # a long adverbial cutting a "que" clause keeps the quotation in it: partial
    (
        "que-clause-cut-by-a-long-concessive-mexico",
        (
            "El concejal lamenta que, pese a los reclamos presentados durante todo el año "
            "anterior por las juntas vecinales del sector norte, «nadie en la municipalidad "
            "quiso escuchar a la gente»."
        ),
        ["partial"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_kinds(text: str, expected: list[str]) -> None:
    assert expected == kinds(text)


SPOKEN: list[tuple[str, str, str]] = [
    (
        "a-naming-verb-gives-a-speaker",
        "El obispo Juan Ortega llamó «hermanos» a los migrantes en su homilía.",
        "Juan Ortega",
    ),
    (
        "an-opinion-lead-gives-a-speaker",
        "Para el exministro Jorge Vidal se trata de un «error histórico» para los jubilados.",
        "Jorge Vidal",
    ),
]


@pytest.mark.parametrize(("text", "name"), [s[1:] for s in SPOKEN], ids=[s[0] for s in SPOKEN])
def test_attributed_fragments_have_a_speaker(text: str, name: str) -> None:
    found = speakers(text)
    assert len(found) == 1
    assert found[0] is not None
    assert name in found[0]


MISSES: list[tuple[str, str, list[str], str]] = [
    (
        "a-point-of-view-phrase-is-no-crediting-lead",
        "Desde el punto de vista del ministro la caída es «preocupante».",
        ["partial"],
        "only the crediting phrases of the lexicon and an opinion's lead credit a holder",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(m[1], m[2], marks=pytest.mark.xfail(strict=True, reason=m[3])) for m in MISSES],
    ids=[m[0] for m in MISSES],
)
def test_known_misses(text: str, expected: list[str]) -> None:
    assert expected == kinds(text)
