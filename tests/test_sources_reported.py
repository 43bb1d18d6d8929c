"""Sources credited by reported speech, and who is only named: sentences written here.

Each group is one rule of ``docs/sources.md``, tried in several wordings and countries'
styles: a subject with no article after its verb and an adverbial, an organisation
brought in by its kind with its acronym, an official named again as "la funcionaria".
"""

from __future__ import annotations

import pytest

from noticiaparse import parse_sources

Credited = list[tuple[str, str]]


def credited(text: str) -> Credited:
    return [(s.name, s.kind.value) for s in parse_sources(text)]


CASES: list[tuple[str, str, Credited]] = [
    # a plural subject after its verb and whom the words went to drops its article
    (
        "bare-sources-after-the-outlet-spain",
        "El caso seguirá abierto. Así lo confirmaron a EFE fuentes del Ministerio.",
        [("fuentes del Ministerio", "anonymous")],
    ),
    (
        "bare-sources-after-the-press-argentina",
        "La obra no se terminará este año, confirmaron a la prensa fuentes municipales.",
        [("fuentes municipales", "anonymous")],
    ),
    (
        "bare-sources-after-this-outlet-mexico",
        "El gabinete cambiará en enero, dijeron a este diario fuentes de la Presidencia.",
        [("fuentes de la Presidencia", "anonymous")],
    ),
    (
        "bare-group-after-a-time-chile",
        "El agua no llega desde el lunes, denunciaron ayer vecinos del sector alto.",
        [("vecinos del sector alto", "person")],
    ),
    (
        "bare-group-after-a-medium-peru",
        "Los precios subirán en marzo, estimaron en la radio economistas consultados.",
        [("economistas consultados", "person")],
    ),
    (
        "an-adverb-is-no-bare-subject-colombia",
        "El agua no llega, dijo ayer luego el alcalde.",
        [("el alcalde", "person")],
    ),
    # an organisation brought in by its kind, its acronym after it
    (
        "acronym-after-a-union-uruguay",
        (
            "Hablamos con el sindicato de trabajadores portuarios (Sitrap). Sitrap denuncia "
            "recortes en la limpieza."
        ),
        [("Sitrap", "organization")],
    ),
    (
        "acronym-after-an-association-colombia",
        (
            "Los tamberos se reunieron en la asociación de productores de leche (Asoleche). "
            "Asoleche aseguró que el litro se paga por debajo del costo."
        ),
        [("Asoleche", "organization")],
    ),
    (
        "acronym-after-a-person-stays-a-person-venezuela",
        "Habló Ana Soto (Vera). Vera aseguró que el precio cae.",
        [("Vera", "person")],
    ),
    # "el funcionario", "la funcionaria": the official just named, not someone new
    (
        "the-official-named-again-dominican-republic",
        (
            "La directora de Ética, Carmen Paz, reprochó los dichos del regidor. La "
            "funcionaria dijo que habrá consecuencias."
        ),
        [("Carmen Paz", "person")],
    ),
    (
        "the-official-named-again-mexico",
        (
            "El subsecretario de Salud, Hugo Ruiz, visitó el hospital. El funcionario "
            "aseguró que llegarán más médicos."
        ),
        [("Hugo Ruiz", "person")],
    ),
    (
        "an-unnamed-official-stays-anonymous-spain",
        "Un funcionario que pidió no ser identificado dijo que la medida se anunciará el lunes.",
        [("Un funcionario que pidió no ser identificado", "anonymous")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_reported(text: str, expected: Credited) -> None:
    assert expected == credited(text)


MISSES: list[tuple[str, str, Credited, str]] = [
    (
        "subject-after-a-bracketed-acronym-uruguay",
        "La secretaria general del sindicato (Sitrap), Ana Soto, dijo que no habrá paro.",
        [("Ana Soto", "person")],
        "an acronym in brackets before the apposition hides the name from the verb's subject",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(m[1], m[2], marks=pytest.mark.xfail(strict=True, reason=m[3])) for m in MISSES],
    ids=[m[0] for m in MISSES],
)
def test_reported_known_misses(text: str, expected: Credited) -> None:
    assert expected == credited(text)
