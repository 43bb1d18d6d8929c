"""Speaker rules narrowed or extended by their agreement with the annotated gold (spkcal26).

Sentences written for these tests, in several countries' styles. The rules of
``docs/quotes.md`` (Speakers): a quotation set as a paragraph of its own is taken
back by the paragraph after it when that paragraph opens pointing back at it ("«…».¶Así
lo afirmó X…", ``lexicons/echo_leads.tsv``), as the sentence after it is; otherwise the
speaker before it carries. With no one credited before a quotation, the subject of the
paragraph before whose noun has a person named as its complement ("La madre de la joven
X habló…¶«…»") speaks, not the person named in it.
"""

from __future__ import annotations

import pytest

from _speakers import speakers

CASES: list[tuple[str, str, list[str | None]]] = [
    (
        "asi-lo-next-paragraph-argentina",
        (
            'El jefe de Gabinete, Martín Ruiz, habló en la Casa Rosada.\n\n"Vamos a seguir '
            'con el plan", dijo Ruiz.\n\n"No hay margen para otra cosa".\n\nAsí lo sostuvo '
            "la vocera presidencial, Carla Benítez, en su conferencia de cada mañana."
        ),
        ["Martín Ruiz", "Carla Benítez"],
    ),
    (
        "de-esta-manera-se-next-paragraph-mexico",
        (
            "La gobernadora Lucía Treviño inauguró el hospital en Monterrey.\n\n“Es una obra "
            "que esperábamos”, expresó Treviño.\n\n“Todavía faltan especialistas”.\n\nDe esta "
            "manera se expresó el director del nosocomio, Raúl Garza, al término del acto."
        ),
        ["Lucía Treviño", "Raúl Garza"],
    ),
    (
        "owner-lead-next-paragraph-spain",
        (
            "El presidente autonómico, Javier Lasa, compareció ante la prensa.\n\n«No "
            "subiremos los impuestos», aseguró Lasa.\n\n«Se trata de una decisión "
            "irresponsable».\n\nLas palabras son de la portavoz de la oposición, Elena Sanz, "
            "tras el pleno."
        ),
        ["Javier Lasa", "Elena Sanz"],
    ),
    (
        "words-lead-next-paragraph-colombia",
        (
            'El alcalde de Medellín, Andrés Villa, recorrió la comuna.\n\n"Vamos a invertir '
            'en seguridad", afirmó Villa.\n\n"Aquí nadie nos escucha desde hace años".\n\n'
            "Con esas palabras, la líder comunal Marta Osorio recibió al mandatario."
        ),
        ["Andrés Villa", "Marta Osorio"],
    ),
    (
        "asi-se-next-paragraph-peru",
        (
            'La ministra de Economía, Rosa Quispe, presentó el presupuesto en Lima.\n\n"Creceremos '
            'este año", señaló Quispe.\n\n"El presupuesto no alcanza para las regiones".\n\n'
            "Así se quejó el gobernador regional de Cusco, Hugo Mamani, tras la presentación."
        ),
        ["Rosa Quispe", "Hugo Mamani"],
    ),
    (
        "de-este-modo-lo-single-newline-chile",
        (
            "La senadora Paula Núñez llegó a La Moneda.\n«Esperamos una respuesta», indicó Núñez."
            "\n«La reforma llega tarde».\nDe este modo lo planteó el diputado Felipe Araya ante "
            "la comisión."
        ),
        ["Paula Núñez", "Felipe Araya"],
    ),
    (
        "writer-words-before-the-quotation-keep-the-carry",
        (
            "La alcaldesa Ana Soto habló con la prensa.\n\n«No vamos a retroceder», dijo Soto."
            "\n\nLuego insistió: «Faltan médicos en toda la región».\n\nAsí lo afirmó también "
            "el ministro Pedro Gil durante su visita."
        ),
        ["Ana Soto", "Ana Soto"],
    ),
    (
        "next-paragraph-without-a-lead-keeps-the-carry",
        (
            "La alcaldesa Ana Soto habló con la prensa.\n\n«No vamos a retroceder», dijo Soto."
            "\n\n«Faltan médicos en toda la región».\n\nEl hospital tiene cuarenta camas y "
            "atiende a diez comunas."
        ),
        ["Ana Soto", "Ana Soto"],
    ),
    (
        "asi-with-a-comma-names-nobody-caribbean",
        (
            'El gobernador Pedro Pierluisi visitó Ponce.\n\n"Vamos a reconstruir", dijo '
            'Pierluisi.\n\n"Nos olvidaron otra vez".\n\nAsí, los vecinos del barrio '
            "siguen esperando la ayuda."
        ),
        ["Pedro Pierluisi", "Pedro Pierluisi"],
    ),
    (
        "relative-of-a-named-victim-mexico",
        (
            "La madre de la joven Camila Rojas, asesinada en 2022, habló ayer con la prensa.\n\n"
            "«Mi hija merecía vivir», dijo entre lágrimas."
        ),
        ["La madre de la joven"],
    ),
    (
        "family-of-a-named-person-chile",
        (
            "La familia de Juan Pérez, fallecido en el accidente, pidió justicia ante el "
            "tribunal.\n\n«Queremos que se haga justicia»."
        ),
        ["La familia de Juan Pérez"],
    ),
    (
        "sister-of-a-named-player-argentina",
        (
            "La hermana del futbolista Arturo Vidal contó cómo vivió la final.\n\n"
            "“Fue muy emocionante”, relató."
        ),
        ["La hermana del futbolista"],
    ),
    (
        "coach-of-a-named-player-spain",
        (
            "El entrenador de Lionel Messi en las inferiores recordó sus inicios.\n\n"
            '"Era distinto a todos", contó.'
        ),
        ["El entrenador de Lionel Messi"],
    ),
    (
        "a-role-with-its-name-is-the-named-person-peru",
        ("La ministra de Salud María Paz visitó el hospital de Iquitos.\n\n«Faltan médicos»."),
        ["María Paz"],
    ),
    (
        "a-bare-role-across-the-break-is-the-one-named-before-spain",
        (
            "El presidente Mariano Rajoy llegó al Congreso.\n\nEl presidente resumió de la "
            "siguiente forma:\n\n«Es lo que había que hacer»."
        ),
        ["Mariano Rajoy"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_speakers(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected
