"""Given names the lexicon lacked: a pronoun's gender finds the person it names.

``lexicons/first_names.txt`` gives each common given name a gender, which the pronoun
rule of the quotes reader (docs/quotes.md) needs: "respondió ella" after a man spoke
goes to the last woman the text named. These names are common across Spanish-language
news (Chile, Colombia, Venezuela, Cataluña, Central America); the sentences are ours.
"""

from __future__ import annotations

import pytest

import noticiaparse

_PAGE = (
    "Debate por la reforma sigue abierto\n\n"
    "{man} Pérez dijo en la sesión: «Vamos a ganar esta votación». {woman} Soto lo"
    " escuchó en silencio desde su banca.\n\n«No es tan fácil», respondió ella."
)


@pytest.mark.parametrize(
    ("man", "woman"),
    [
        ("Ronald", "Ingrid"),
        ("Fredy", "Manuela"),
        ("Ferran", "Paola"),
        ("Epifanio", "Katherine"),
        ("Jhonny", "Nicole"),
        ("Ronald", "Bernardita"),
        ("Fredy", "Ignacia"),
    ],
)
def test_her_answer_goes_to_the_woman_named_last(man: str, woman: str) -> None:
    quotes = noticiaparse.parse(_PAGE.format(man=man, woman=woman)).quotes
    speakers = [q.speaker.text if q.speaker else None for q in quotes]
    assert speakers == [f"{man} Pérez", f"{woman} Soto"]
