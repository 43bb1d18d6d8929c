"""Sources, round 20: who a sentence only talks about, or speaks to, is credited with nothing.

Each case is a rule of ``docs/sources.md`` ("What it finds": a name in apposition to a
preposition's object, whom the words went to, a relative's antecedent), in sentences
written here, in several countries' styles.
"""

from __future__ import annotations

import pytest

from _credit import Credited, credited

CASES: list[tuple[str, str, Credited]] = [
    # a name in apposition to the object of a preposition is not the verb's subject
    (
        "attack-against-an-official-mexico",
        (
            "El atentado contra el jefe de la policía estatal, Omar Ruiz Ledesma, "
            "evidenció la crisis de seguridad."
        ),
        [],
    ),
    (
        "lawsuit-against-a-former-minister-spain",
        (
            "La querella contra el exconsejero de Hacienda, Jaime Roldán Pérez, relata "
            "pagos a una empresa fantasma."
        ),
        [],
    ),
    (
        "complaint-en-contra-del-argentina",
        ("La denuncia en contra del intendente, Marcelo Ríos Paz, sostiene que hubo sobreprecios."),
        [],
    ),
    (
        "letter-to-a-minister-chile",
        (
            "La carta dirigida al ministro del Interior, Andrés Soto Vera, advierte que "
            "faltan carabineros."
        ),
        [],
    ),
    (
        "criticism-towards-a-senator-dominican",
        (
            "Las críticas hacia la presidenta del Senado, Lucía Mora Ortiz, revelaron la "
            "división del oficialismo."
        ),
        [],
    ),
    # a clause that opens on a person sets the name beside its subject
    (
        "the-accused-and-his-apposed-name-us",
        (
            "El adolescente acusado de herir a un compañero de clase, Luis Soto Vera, "
            "afirmó que es inocente."
        ),
        [("Luis Soto Vera", "person")],
    ),
    # the subject's own apposition, and a role after "de" alone, still credit
    (
        "an-officials-own-apposition-mexico",
        "El jefe de la policía estatal, Omar Ruiz Ledesma, informó que hay tres detenidos.",
        [("Omar Ruiz Ledesma", "person")],
    ),
    (
        "the-mother-of-the-minor-colombia",
        "La madre del menor, Rosa Díaz Mena, dijo que su hijo es inocente.",
        [("Rosa Díaz Mena", "person")],
    ),
    (
        "the-lawyer-of-the-former-mayor-peru",
        "El abogado del exalcalde, Pedro Lagos Ruiz, afirmó que apelará.",
        [("Pedro Lagos Ruiz", "person")],
    ),
    # the outlet a verb's words went to runs whole: its last word is no person
    (
        "network-news-desk-us",
        "«Vamos a volver», dijo a Telemundo Noticias la cantante Ana Torres.",
        [("Telemundo", "media"), ("Ana Torres", "person")],
    ),
    (
        "network-news-desk-counted-us",
        "«Hay miedo», contó a Univision Noticias la psicóloga Marta Ruiz.",
        [("Univision", "media"), ("Marta Ruiz", "person")],
    ),
    (
        "channel-news-desk-mexico",
        "«Hay miedo», dijo a Canal Once Noticias el vocero Luis Mena.",
        [("Canal Once", "media"), ("Luis Mena", "person")],
    ),
    # whom the words went to runs past "y" and its adjective: no subject of its own
    (
        "neighbours-and-traders-present-costa-rica",
        (
            "El cantante Jorge Prado habló del disco. Asimismo, dijo a los vecinos y "
            "comerciantes presentes que volverá pronto."
        ),
        [("Jorge Prado", "person")],
    ),
    (
        "families-and-neighbours-honduras",
        (
            "La ministra visitó la zona. Después, explicó a las familias damnificadas y "
            "vecinos afectados que habrá ayuda."
        ),
        [("La ministra", "person")],
    ),
    # a broadcaster's studios are a place, never a study it made
    (
        "a-networks-studios-us",
        (
            "Varios abogados resolvieron dudas del público reunido en los estudios de "
            "Telemundo en Miami, explicó el conductor."
        ),
        [("el conductor", "person")],
    ),
    (
        "a-channels-studios-chile",
        (
            "Durante el programa, el ministro respondió a las preguntas del público en los "
            "estudios de Canal 13."
        ),
        [("el ministro", "person")],
    ),
    (
        "an-institutions-studies-still-inform-peru",
        "Los estudios del Banco Mundial muestran que la pobreza cayó.",
        [("Los estudios del Banco Mundial", "document")],
    ),
    # the press that asks, as a participle's agent, is credited with nothing
    (
        "questioned-by-reporters-dominican",
        "«No hay crisis», respondió la ministra al ser cuestionada por reporteros.",
        [("la ministra", "person")],
    ),
    (
        "questioned-by-journalists-mexico",
        (
            "«Seguiremos», aseguró el técnico Luis Mena al ser cuestionado por los "
            "periodistas tras el partido."
        ),
        [("Luis Mena", "person")],
    ),
    (
        "questioned-by-neighbours-is-criticism-guatemala",
        "El alcalde fue cuestionado por los vecinos del barrio por el abandono.",
        [("los vecinos del barrio", "person")],
    ),
    # a nickname in quotes between given name and surname: the person is the whole name,
    # never another person of that surname named in full
    (
        "nickname-and-a-son-of-the-same-surname-mexico",
        (
            'Joaquín "El Chapo" Guzmán declaró ante el juez que es inocente. Su hijo, '
            "Ovidio Guzmán Loera, fue detenido."
        ),
        [('Joaquín "El Chapo" Guzmán', "person")],
    ),
    (
        "nickname-in-angle-quotes-el-salvador",
        (
            "El técnico Jorge «Chiquilín» García aseguró que el árbitro perjudicó al "
            "equipo. El autogol fue de Francisco García Mena."
        ),
        [("Jorge «Chiquilín» García", "person")],
    ),
    (
        "nickname-in-single-quotes-spain",
        (
            "El delantero Luis 'el Toro' Fernández dijo que el equipo mejoró. Su hermano, "
            "Carlos Fernández Ruiz, no jugó."
        ),
        [("Luis 'el Toro' Fernández", "person")],
    ),
    (
        "nickname-after-according-to-mexico",
        'Según Ismael "El Mayo" Zambada, el grupo sigue activo.',
        [('Ismael "El Mayo" Zambada', "person")],
    ),
    # a saint's name is a town's or a club's, never the person whose role it qualifies
    (
        "a-clubs-goalkeeper-el-salvador",
        (
            "El equipo de San Carlos ganó en casa. «Fue una noche buena», dijo el portero "
            "del San Carlos."
        ),
        [("el portero del San Carlos", "person")],
    ),
    (
        "a-towns-mayor-costa-rica",
        ("La fiesta de San Ramón se celebra hoy. El alcalde de San Ramón dijo que habrá agua."),
        [("El alcalde de San Ramón", "person")],
    ),
    (
        "a-clubs-coach-el-salvador",
        ("Santa Tecla perdió en penales. «Nos faltó suerte», dijo el técnico de Santa Tecla."),
        [("el técnico de Santa Tecla", "person")],
    ),
    # a bare role whose sentence named a person as a preposition's object is another
    (
        "the-coach-after-a-players-goal-mexico",
        "Tras el gol de Luis Mena Ruiz, el técnico declaró: «Fue clave».",
        [("el técnico", "person")],
    ),
    (
        "the-mayor-in-a-tribute-colombia",
        "En homenaje a Ana Paz Rojas, la alcaldesa afirmó: «Fue una gran mujer».",
        [("la alcaldesa", "person")],
    ),
    (
        "the-president-after-a-ministers-resignation-spain",
        (
            "Luego de la renuncia del ministro Pedro Soto Vera, el presidente aseguró que "
            "habrá cambios."
        ),
        [("el presidente", "person")],
    ),
    (
        "the-governor-after-meeting-a-mayor-honduras",
        ("Tras reunirse con el alcalde Luis Mena Ruiz, el gobernador dijo que habrá obras."),
        [("el gobernador", "person")],
    ),
    # the sentence's own subject, or one named apart, is the role's holder still
    (
        "the-subject-and-its-role-after-a-semicolon-chile",
        ("Pedro Soto Vera, ministro de Hacienda, llegó tarde; el ministro dijo que habrá cambios."),
        [("Pedro Soto Vera", "person")],
    ),
    (
        "the-role-in-the-next-sentence-argentina",
        (
            "El ministro de Hacienda, Pedro Soto Vera, visitó la planta. Más tarde, el "
            "ministro dijo que habrá cambios."
        ),
        [("Pedro Soto Vera", "person")],
    ),
    (
        "the-president-whose-government-acts-argentina",
        (
            "El gobierno de Javier Soto Vera clausuró la radio pública, como el presidente "
            "había adelantado en su discurso."
        ),
        [("Javier Soto Vera", "person")],
    ),
    # a relative's antecedent after "a" is the person the article named
    (
        "relative-after-an-object-spain",
        (
            "El líder opositor, Tomás Prieto Ossa, criticó el presupuesto. De esta forma "
            "ha respondido la ministra a Prieto, quien en una visita a Cádiz ha calificado "
            'de "decepcionante" el plan porque, según ha dicho, se centra en "gastar más".'
        ),
        [("Tomás Prieto Ossa", "person")],
    ),
    (
        "relative-after-an-object-chile",
        (
            "El senador Tomás Prieto Ossa criticó el presupuesto. Así respondió el ministro "
            'a Prieto, quien en una entrevista radial había calificado de "irresponsable" '
            "el gasto."
        ),
        [("Tomás Prieto Ossa", "person")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_credited(text: str, expected: Credited) -> None:
    assert expected == credited(text)


KNOWN_MISSES: list[tuple[str, str, Credited, str]] = [
    (
        "dropped-subject-after-an-object-colombia",
        (
            "El alcalde Juan Gómez viajó a Bogotá. Tras la reunión con la ministra de Minas, "
            "Carolina Prieto Díaz, aseguró que no habrá racionamiento."
        ),
        [("Juan Gómez", "person")],
        "the apposition refused, the dropped subject of the sentence before is not looked for",
    ),
    (
        "the-document-against-an-official-argentina",
        ("La denuncia en contra del intendente, Marcelo Ríos Paz, sostiene que hubo sobreprecios."),
        [("La denuncia", "document")],
        "the phrase the preposition hangs from is not read as the verb's subject",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(*c[1:3], marks=pytest.mark.xfail(strict=True, reason=c[3]))
        for c in KNOWN_MISSES
    ],
    ids=[c[0] for c in KNOWN_MISSES],
)
def test_credited_known_misses(text: str, expected: Credited) -> None:
    assert expected == credited(text)
