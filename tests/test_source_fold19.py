"""One source per entity, round 19: a group introduced by a quantifier, named again.

Each case is a rule of the "One source per entity" section of ``docs/sources.md``, in
sentences written here, in several countries' styles.
"""

from __future__ import annotations

import pytest

from _credit import Mentioned, mentioned

CASES: list[tuple[str, str, Mentioned]] = [
    (
        "quantified-group-named-again-us",
        (
            "Algunos expertos dicen que la mascarilla no causa hipoxia. Pero los expertos "
            "dicen que es incómoda después de varias horas."
        ),
        [("Algunos expertos", "person", ["Algunos expertos", "los expertos"])],
    ),
    (
        "quantified-group-named-again-argentina",
        (
            "Varios economistas advirtieron que la inflación seguirá alta. Los economistas "
            "explicaron que el dólar subirá en marzo."
        ),
        [("Varios economistas", "person", ["Varios economistas", "Los economistas"])],
    ),
    (
        "quantified-group-named-in-full-after-chile",
        "Algunos médicos dicen que no. Los médicos del hospital afirmaron que sí.",
        [("Los médicos del hospital", "person", ["Algunos médicos", "Los médicos del hospital"])],
    ),
    (
        "other-people-stay-apart-spain",
        "Algunos vecinos dijeron que sí. Otros vecinos afirmaron que no.",
        [
            ("Algunos vecinos", "person", ["Algunos vecinos"]),
            ("Otros vecinos", "person", ["Otros vecinos"]),
        ],
    ),
    (
        "a-quantifier-alone-stays-apart-mexico",
        "Algunos dijeron que sí. Los vecinos afirmaron que no.",
        [("Algunos", "person", ["Algunos"]), ("Los vecinos", "person", ["Los vecinos"])],
    ),
    # the makers' noun alone: the group or institution credited last before it
    (
        "the-authors-are-the-team-peru",
        (
            "Un equipo de investigadores de Lima publicó un estudio sobre el vino. Según el "
            "trabajo, el tanino protege las células. Además, los autores apuntaron que "
            "faltan pruebas."
        ),
        [
            (
                "Un equipo de investigadores de Lima",
                "person",
                ["Un equipo de investigadores de Lima", "los autores"],
            )
        ],
    ),
    (
        "the-signatories-are-the-chamber-peru",
        (
            "La Cámara de Comercio de Lima afirmó en una carta que el indulto es un error. "
            "Los firmantes pidieron a los congresistas rechazar el proyecto."
        ),
        [
            (
                "Cámara de Comercio de Lima",
                "organization",
                ["La Cámara de Comercio de Lima", "Los firmantes"],
            )
        ],
    ),
    (
        "the-authors-of-a-study-after-an-institution-stay-apart-spain",
        (
            "Según el Ministerio de Salud, hay 300 casos. Un estudio publicado en Nature "
            "advierte que habrá más. Los autores explicaron que faltan vacunas."
        ),
        [
            ("Ministerio de Salud", "organization", ["el Ministerio de Salud"]),
            ("Un estudio publicado en Nature", "document", ["Un estudio publicado en Nature"]),
            ("Los autores", "person", ["Los autores"]),
        ],
    ),
    (
        "the-authors-of-a-report-stay-apart-chile",
        "Ana Soto dijo que no. Los autores del informe explicaron que sí.",
        [
            ("Ana Soto", "person", ["Ana Soto"]),
            ("Los autores del informe", "person", ["Los autores del informe"]),
        ],
    ),
    (
        "no-group-before-the-authors-argentina",
        (
            "Una investigadora de la UBA dijo que el estudio es sólido. Los autores "
            "explicaron que faltan datos."
        ),
        [
            ("Una investigadora de la UBA", "anonymous", ["Una investigadora de la UBA"]),
            ("Los autores", "person", ["Los autores"]),
        ],
    ),
    # one of a group of anonymous sources, in the singular, is that group
    (
        "one-of-the-police-sources-peru",
        (
            "Según fuentes policiales, el detenido tenía antecedentes. «No hubo disparos», "
            "explicó una fuente policial."
        ),
        [
            (
                "fuentes policiales",
                "anonymous",
                ["fuentes policiales", "una fuente policial"],
            )
        ],
    ),
    (
        "one-of-the-sources-close-to-the-talks-spain",
        (
            "Fuentes cercanas a la negociación dijeron que hay acuerdo. Una fuente cercana "
            "a la negociación precisó que se firmará el lunes."
        ),
        [
            (
                "Fuentes cercanas a la negociación",
                "anonymous",
                ["Fuentes cercanas a la negociación", "Una fuente cercana a la negociación"],
            )
        ],
    ),
    (
        "a-source-of-another-body-stays-apart-colombia",
        "Según fuentes del ministerio, el plan sigue. Una fuente de la Fiscalía dijo que no.",
        [
            ("fuentes del ministerio", "anonymous", ["fuentes del ministerio"]),
            ("Una fuente de la Fiscalía", "anonymous", ["Una fuente de la Fiscalía"]),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_credited(text: str, expected: Mentioned) -> None:
    assert expected == mentioned(text)
