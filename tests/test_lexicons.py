"""The lexicon reader: the folder it reads, and the files read through it."""

from __future__ import annotations

import pathlib

import pytest

from noticiaparse._text import lexicons


def test_the_folder_is_a_path_holding_the_generator_data() -> None:
    folder = lexicons.LEXICONS
    assert isinstance(folder, pathlib.Path)
    assert (folder / "gen").is_dir()
    assert (folder / "countries.txt").is_file()


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'ELSEWHERE'"):
        _ = lexicons.ELSEWHERE


@pytest.mark.parametrize(
    ("name", "entry"),
    [("countries.txt", "CL"), ("countries.txt", "MX"), ("stopwords.txt", "de")],
    ids=["chile", "mexico", "a-stopword"],
)
def test_lines_are_read_from_the_folder(name: str, entry: str) -> None:
    assert entry in lexicons.lines(name)


def test_each_reporting_form_is_listed_once() -> None:
    """A form listed twice is read as its last row: one row a form says what it is."""
    forms = [row[0].lower() for row in lexicons.rows("reporting_verbs.tsv")]
    assert sorted({f for f in forms if forms.count(f) > 1}) == []
