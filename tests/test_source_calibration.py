"""Source paths narrowed by their agreement with the annotated gold (issue 16, srccal26).

Two paths credited more entities the gold leaves out than it lists: the institution a
context gives an unattributed quotation to, and the person who made a document after
a participle of its making. Each is narrowed to the cases news convention credits.
"""

from __future__ import annotations

import pytest

from _credit import Credited, credited


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Chile: the institution acts, the quotation after it is no one's by the context
        (
            (
                "La Municipalidad de Temuco inauguró ayer el nuevo centro cultural. "
                "«Es un día histórico para toda la comuna y sus vecinos»."
            ),
            [],
        ),
        # Perú
        (
            (
                "El Banco Central de Reserva redujo la tasa de referencia. "
                '"La inflación ya está dentro del rango meta".'
            ),
            [],
        ),
        # Colombia, curly marks
        (
            (
                "La Alcaldía de Medellín abrió ayer el nuevo parque del barrio Robledo. "
                "“Es un espacio pensado para todas las familias”."
            ),
            [],
        ),
    ],
)
def test_context_gives_no_quotation_to_an_institution(text: str, expected: Credited) -> None:
    assert credited(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cue of its own still credits the institution (México, España)
        (
            "«La inflación ya está dentro del rango meta», señaló el Banco de México.",
            [("Banco de México", "organization")],
        ),
        (
            (
                "«Se investigará a fondo cada denuncia», aseguró la Fiscalía de Madrid en un "
                "comunicado."
            ),
            [("Fiscalía de Madrid", "organization")],
        ),
        # a person the context gives the quotation to still speaks it (Argentina)
        (
            (
                "El intendente Pedro Soto recorrió ayer las obras del nuevo hospital. "
                "«Vamos a terminarlo antes de fin de año»."
            ),
            [("Pedro Soto", "person")],
        ),
    ],
)
def test_institutions_and_people_with_a_cue_still_speak(text: str, expected: Credited) -> None:
    assert credited(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "La carta firmada por la alcaldesa Ana Soto llegó ayer al Congreso.",  # Chile
        "La foto publicada por el diputado Mario Ruiz en sus redes causó revuelo.",  # Caribe
        "El texto redactado por el abogado Luis Toro fue enviado a la Corte.",  # Colombia
        "El documento suscrito por el gobernador Raúl Díaz entra en vigor el lunes.",  # Argentina
        "El decreto firmado ayer por el gobernador Raúl Díaz rige desde hoy.",  # México
        "La columna publicada por la senadora Inés Paz en el diario generó críticas.",  # EE. UU.
    ],
)
def test_who_made_a_document_is_no_source_there(text: str) -> None:
    assert credited(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an institution that made the document is its maker, a source (Perú, México)
        (
            "El informe elaborado por la Cepal advierte una caída del empleo.",
            [("Cepal", "organization")],
        ),
        # a person after a participle of saying is credited with what they said
        (
            "Jadue valoró el respaldo manifestado por la expresidenta Michelle Bachelet.",
            [("Jadue", "person"), ("Michelle Bachelet", "person")],
        ),
        (
            "La medida fue duramente criticada ayer por la ministra Carolina Vera.",  # España
            [("Carolina Vera", "person")],
        ),
    ],
)
def test_makers_and_speakers_by_participle_stay(text: str, expected: Credited) -> None:
    assert credited(text) == expected
