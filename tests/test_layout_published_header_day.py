"""The header's day right over the title: the weekday and the date alone (docs/layout.md).

A site's header prints the day the page is read, a weekday and the date and nothing
else ("Jueves, 02 de octubre del 2025"); the article's own date over its title comes
after its section's name or with its time ("/ jueves 9 de junio de 2022", "09/06/2022
10:31"). Every page here is written for these tests, in several countries' styles.
"""

from __future__ import annotations

import datetime as dt

import pytest

from noticiaparse import parse
from noticiaparse._layout.published import is_masthead_day

_P1 = (
    "La alcaldía habilitó este fin de semana tres albergues temporales para las familias "
    "afectadas por las lluvias en los barrios del norte, donde el agua alcanzó el metro de "
    "altura en varias viviendas."
)
_P2 = (
    "Protección Civil contabilizó doce árboles caídos y ocho vehículos dañados, y pidió a "
    "los vecinos no cruzar las calles anegadas hasta que baje el nivel del agua."
)
_P3 = (
    "Los servicios de emergencia seguirán en alerta durante la semana, ante el pronóstico de "
    "nuevas tormentas en la región, según el último informe meteorológico."
)
_BODY = f"{_P1}\n\n{_P2}\n\n{_P3}\n"
_TITLE = "Las lluvias dejan doce árboles caídos y calles inundadas en el norte"


def _published(text: str) -> dt.date | None:
    value = parse(text).to_dict()["published"]
    return None if value is None else dt.date.fromisoformat(str(value["value"])[:10])


@pytest.mark.parametrize(
    "page",
    [
        f"Jueves, 02 de Octubre del 2025\n\nNoticias\n\n{_TITLE}\n\n{_BODY}",
        f"Caracas, martes 4 de junio de 2024\n{_TITLE}\n\n{_BODY}",
        f"Lunes 4/12/2023\nSucesos\nCiudad\n{_TITLE}\n\n{_BODY}",
        f"diariodelnorte.com.ar\nSábado 3 de junio, 2023\n\n{_TITLE}\n\n{_BODY}",
    ],
    ids=["mx-weekday-over-section", "ve-place-and-weekday", "co-numeric-two-labels", "ar-masthead"],
)
def test_the_headers_day_over_the_title_dates_nothing(page: str) -> None:
    assert _published(page) is None


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (f"Ciudad\n\n/ jueves 9 de junio de 2022\n\n{_TITLE}\n\n{_BODY}", dt.date(2022, 6, 9)),
        (f"Martes 16 de marzo de 2021 | 17:27\n{_TITLE}\n\n{_BODY}", dt.date(2021, 3, 16)),
        (f"Sucesos\n12 de diciembre de 2023\n\n{_TITLE}\n\n{_BODY}", dt.date(2023, 12, 12)),
        (
            f"Sábado 3 de junio de 2023\n\n{_TITLE}\n\nPor Ana Ruiz\n1 de junio de 2023\n\n{_BODY}",
            dt.date(2023, 6, 1),
        ),
    ],
    ids=["mx-section-slash-weekday", "es-weekday-and-time", "pe-no-weekday", "cl-own-date-under"],
)
def test_the_articles_date_over_the_title_is_kept(page: str, expected: dt.date) -> None:
    assert _published(page) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Jueves, 02 de Octubre del 2025", True),
        ("Caracas, martes 4 de junio de 2024", True),
        ("Viernes, 23/06/2017", True),
        ("Hoy es martes 4 de junio de 2024", True),
        ("Deportes | martes 4 de junio de 2024", False),
        ("Ayer martes 4 de junio de 2024", False),
        ("/ martes 17 de marzo de 2020", False),
        ("martes 17 de marzo de 2020 | 10:31", False),
        ("Publicado el martes 4 de junio de 2024", False),
        ("El Deporte martes, 22 de diciembre de 2020", False),
        ("12 de diciembre de 2023", False),
        ("Sábado 3 de junio de 2023, 18h", False),
    ],
)
def test_is_masthead_day(line: str, *, expected: bool) -> None:
    assert is_masthead_day(line) is expected
