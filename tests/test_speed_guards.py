# ruff: noqa: SLF001 - the shortcuts themselves are under test
"""The speed pass's shortcuts give what the full readings give (issue 20).

Each shortcut skips a reading whose result it knows: a byline of one word with no
mark, an agency's tail whose last word closes no agency's name, the lexicons a
name's run looks up once instead of for every word. Each is checked against the
reading without it, on lines written here (several countries' styles) and on every
line and paragraph of the development pages.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Sequence
from pathlib import Path

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from noticiaparse._extract import money, source_cues, source_search
from noticiaparse._layout import boilerplate, byline, tail, top
from noticiaparse._model import Segment
from noticiaparse._reading import names, tokens
from noticiaparse._reading.tokens import Token, tokenize
from noticiaparse._reading.vocabulary import endings_of, words_of
from noticiaparse._text.fold import fold
from noticiaparse._text.lexicons import folded_lines
from noticiaparse._text.spine import build_spine

ROOT = Path(__file__).resolve().parents[1]

_ONE_WORD = [
    "Economía",
    "Deportes",
    "EFE",
    "Redacción",
    "Periodista",
    "Corresponsal:",
    "XavierMas",
    "AnaSoto.",
    "S.A.",
    "Por",
    "Por:",
    "AFP.",
    "Salud:",
    "@anadiaz",
    "(EFE)",
    "Ana-Soto",
    "ÑUÑOA",
    "Más",
    ".",
    "::",
    "EuropaPress",
    "lunes",
]

_NAMES = [
    "Ana Soto Agencia EFE",
    "Por Luis Mora Pérez AFP",
    "JUAN PÉREZ Associated Press",
    "Camila Rojas Andina",
    "María José de la Fuente, Madrid",
    "Texto: Pedro Gil y Marta Ruiz / Fotos: Luis Mora",
    "Redacción El Norte",
    "Ana Soto y Luis Mora",
    "Marta Ruiz e Isabel Gil",
    "Carla Vidal Y Pedro Gil",
    "John Smith and Mary Jones",
    "Ana\u00a0Soto y\u00a0Luis Mora",
    "Pedro  Gil  y  Ana Soto",
    "El ministro de Hacienda, Mario Soto, dijo que el presupuesto llega en marzo.",
    "La Organización para la Cooperación y el Desarrollo Económicos (OCDE) lo pidió.",
    "Hamad bin Isa al Khalifa llegó a Manama; en Julio Benítez no habló.",
    "El director del Hospital Carlos Van Buren y la vocera Yanelis Ordaz.",
    "Lo confirmó en Paraguay Mario Benítez, el ministro de Salud Ana Paz.",
    "Canal 13 y Radio Universidad de Chile transmitieron; Julio de 2020 fue su mes.",
    "Lo dijo el Papa Francisco ante los fieles; luego habló Ursula von der Leyen.",
]


class _Always(frozenset[str]):
    """A set that holds everything and meets every set: the shortcut never applies."""

    def __contains__(self, item: object) -> bool:
        return True

    def isdisjoint(self, other: object) -> bool:
        del other
        return False


def _dev_texts() -> list[str]:
    found: set[str] = set()
    for path in sorted((ROOT / "tests" / "data" / "pages").glob("dev_*.jsonl")):
        for row in path.read_text(encoding="utf-8").splitlines():
            if row.strip():
                found.update(json.loads(row)["text"].splitlines())
    return sorted(t for t in found if t.strip())


def _bylines_agree(texts: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    shortcut = [byline.read_byline(t) for t in texts]
    with monkeypatch.context() as patch:
        patch.setattr(byline, "_NAME_MARKS", _Always())
        patch.setattr(byline, "_credit_last_words", _Always)
        patch.setattr(byline, "_JOIN_MARKS", _Always())
        full = [byline.read_byline(t) for t in texts]
    assert shortcut == full


def test_bylines_with_and_without_the_shortcuts_on_written_lines(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _bylines_agree(_ONE_WORD + _NAMES, monkeypatch)
    assert byline.read_byline("Periodista") == byline.Byline(authors=())
    assert byline.read_byline("XavierMas") == byline.Byline(authors=("Xavier Mas",), bare=True)
    assert byline.read_byline("Economía") is None


def test_bylines_with_and_without_the_shortcuts_on_the_development_pages(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = [t for t in _dev_texts() if len(t) <= 2 * byline.MAX_BYLINE]
    if not texts:
        pytest.skip("no development pages")
    _bylines_agree(texts, monkeypatch)


def _reference_run(text: str, tokens: Sequence[Token], i: int) -> int:  # noqa: C901
    """``name_run`` as it read before the speed pass: ``name_word_at`` for every word."""
    j = end = i
    n = len(tokens)
    particles = names._linkers(tokens, i)
    definite = words_of("definite")
    while j < n and j - i < names._MAX_NAME_TOKENS:
        tok = tokens[j]
        name_word = names.name_word_at(text, tokens, j) or (
            # a gerund's shape after a name's word is a surname ("Karen Obando")
            j > i
            and tok.capital
            and tok.low.endswith(endings_of("gerund"))
            and tok.low not in names._never_in_names()
            and names.gap_ok(text, tokens[j - 1], tok)
        )
        if j == i:
            if name_word or (tok.capital and tok.low in definite):
                j = end = j + 1
                continue
            break
        if tok.low in names._arabic():
            particles = particles | names._ARABIC_ARTICLE
        if (
            not name_word
            and tok.capital
            and particles is not names._organisation_linkers()
            and tok.low in names.surname_particles()
            and not text[tokens[j - 1].end : tok.start].strip(" ")
        ):
            # "José De La Gasca": a capitalised particle inside a person's name links it
            k = j + 1
            gap = k < n and names.gap_ok(text, tokens[k - 1], tokens[k])
            if gap and tokens[k].low in definite:
                k += 1
            gap = k < n and names.gap_ok(text, tokens[k - 1], tokens[k])
            if gap and names.is_name_word(tokens[k]):
                j = k
                continue
        if (
            tok.text.isdigit()
            and names.gap_ok(text, tokens[j - 1], tok)
            and names._outlet_start(tokens, i, j)
        ):
            j = end = j + 1
            continue
        if (
            (not name_word and (tok.capital or tok.low not in particles))
            or not names.gap_ok(text, tokens[j - 1], tok)
            or (name_word and names._country_before_given_name(tokens, i, j))
            or (name_word and names._office_before_given_name(tokens, i, j))
        ):
            break
        if name_word:
            j = end = j + 1
            continue
        k = names._linked(tokens, j, particles)
        if k < n and names.is_name_word(tokens[k]) and names.gap_ok(text, tokens[k - 1], tokens[k]):
            j = k
            continue
        break
    return i if end == i + 1 and tokens[i].low in definite else end


def _runs_agree(texts: list[str]) -> None:
    for text in texts:
        tokens = tokenize(text, 0, len(text))
        for i in range(len(tokens)):
            assert names.name_run(text, tokens, i) == _reference_run(text, tokens, i), text


def test_name_runs_as_before_on_written_sentences() -> None:
    _runs_agree(_NAMES)
    text = "Lo dijo Julio Benítez en Julio de 2020."
    tokens = tokenize(text, 0, len(text))
    assert names.name_run(text, tokens, 2) == 4  # a month as a given name
    assert names.name_run(text, tokens, 5) == 5  # the month before "de"


def test_name_runs_as_before_on_the_development_pages() -> None:
    texts = [t for t in _dev_texts() if len(t) > 2 * byline.MAX_BYLINE]
    if not texts:
        pytest.skip("no development pages")
    _runs_agree(texts)


def _reference_agency_credit(text: str) -> bool:
    """``_agency_credit`` as it read before the speed pass: every line's words split."""
    b = boilerplate
    if not text or text[-1] in ".!?:;,":
        return False
    group = b._CREDIT_GROUP.search(text) if text[-1] == ")" else None
    if group is not None:
        before = text[: group.start()].rstrip()
        return not before.endswith((".", "!", "?")) and b._credit_parts(group.group(1), spaced=True)
    stops = list(b._SENTENCE_STOP.finditer(text))
    tail = text[stops[-1].end() :] if stops else ""
    if (
        tail
        and len(tail) <= b._MAX_CREDIT_TAIL
        and (b._given_by().match(fold(tail)) is not None or ("/" in tail and b._credit_parts(tail)))
    ):
        return True
    words = text.split()
    for n in range(min(b._MAX_AGENCY_WORDS, len(words) - b._CAPTION_WORDS), 0, -1):
        if words[-n][:1].isupper() and fold(" ".join(words[-n:])) in b._agencies():
            before = words[-n - 1]
            if before.rstrip(b._CLOSING_MARKS).endswith((".", "!", "?")):
                return len(text) - len(" ".join(words[-n:])) <= b._MAX_SIGNED_CAPTION
            return before not in b._BYLINE_SEPARATORS or len(words) - n - 1 > b._BYLINE_WORDS
    return False


def _reference_share_bar(text: str) -> bool:
    """``is_share_bar`` as it read before the speed pass: every word split first."""
    b = boilerplate
    if len(text) > b._MAX_SHARE_BAR:
        return False
    words = b._share_words()
    folded = b.key(text).replace(":", " ")
    if b._BAR_MARK.search(folded) is not None:
        first = b._SPLIT_BAR.search(folded)
        if first is not None and (first.start() == 0 or folded[: first.start()] in words):
            parts = [p for p in b._SPLIT_BAR.split(folded) if p]
            if len(parts) > 1 and all(p in words for p in parts):
                return True
    tokens = [t.strip(".,;") for t in folded.split()]  # "Share. Facebook Twitter"
    return len(tokens) > 1 and tokens[0] in words and all(t in words for t in tokens)


_CAPTIONS = [
    "Vecinos en la plaza mayor de Lima, el lunes. EFE",
    "Bomberos trabajan en el cerro durante la tarde de ayer AFP",
    "Por Ana Ruiz Soto - Agencia EFE",
    "La alcaldesa junto a los vecinos del barrio norte Europa Press",
    "El ministro habló en la sesión de ayer en el Congreso",
    "Una familia observa los daños en Valparaíso Agencia Uno",
    "Compartir Facebook Twitter WhatsApp",
    "Facebook Twitter",
    "Twitter anunció cambios en su red",
    "Corte Suprema",
]


def _captions_agree(texts: list[str]) -> None:
    for text in texts:
        line = text.rstrip()
        assert boilerplate._agency_credit(line) == _reference_agency_credit(line), text
        assert boilerplate.is_share_bar(text) == _reference_share_bar(text), text


def test_caption_credits_and_share_bars_as_before_on_written_lines() -> None:
    _captions_agree(_CAPTIONS)
    assert boilerplate._agency_credit("Vecinos en la plaza mayor de Lima, el lunes. EFE")
    assert not boilerplate._agency_credit("El ministro habló en la sesión de ayer en el Congreso")


def test_caption_credits_and_share_bars_as_before_on_the_development_pages() -> None:
    texts = [t for t in _dev_texts() if len(t) <= boilerplate.MAX_FURNITURE]
    if not texts:
        pytest.skip("no development pages")
    _captions_agree(texts)


_WORDS = [
    "El ex-ministro y la co-directora del S.A. dijeron: «no»; 2.500/3.000 fueron 40%.",
    "Gómez--dijo-- que el Barça y l’Hospitalet de Llobregat jugarán el 3-2 a las 20:30.",
    "Rock&Roll, C++ y AT&T; https://diario.example/nota-1 y ana.soto@diario.example",
    "Año 2021: Ñandú, pingüino, Çatalhöyük, ı, ǅ, ⅷ, ², x\u0301y, Ⅻ-Ⅳ.",
    "a" * 70 + "-" + "b" * 70 + " " + "c-" * 40,
]


@given(st.text(alphabet="aZñé1²-‐'’.+/&_ \u0301·«»--x", max_size=80))
def test_a_text_without_a_double_hyphen_splits_into_the_same_words(text: str) -> None:
    text = text.replace("--", "- ")  # ("---" leaves "- -")
    assert "--" not in text
    assert tokens._RUN_SPLIT.split(text) == tokens._WORD_SPLIT.split(text)


def test_words_split_as_before_on_written_lines_and_the_development_pages() -> None:
    texts = _WORDS + _dev_texts()
    for text in texts:
        block = text.replace("--", "- ")
        assert tokens._RUN_SPLIT.split(block) == tokens._WORD_SPLIT.split(block), block
    assert [t.text for t in tokens.tokenize(_WORDS[1], 0, len(_WORDS[1]))][:3] == [
        "Gómez",
        "dijo",
        "que",
    ]


_DESKS = [
    "Ministerio de Salud",
    "Banco Central",
    "El Sol de León",
    "La Voz del Maule",
    "El Diario del Norte",
    "Los Andes",
    "El",
    "el Sol de León",
    "La Nación digital",
    "Ana Soto",
    "ÉL Mundo",
    "",
    "  ",
]


def test_outlets_and_organisations_read_with_one_fold_as_before() -> None:
    texts = _DESKS + [t for t in _dev_texts() if len(t) <= byline.MAX_BYLINE]
    for text in texts:
        both = byline._outlet(text) or byline._organisation(text)
        assert byline._outlet_or_organisation(text) == both, text
    assert byline._outlet_or_organisation("El Sol de León")
    assert byline._outlet_or_organisation("Ministerio de Salud")
    assert not byline._outlet_or_organisation("Ana Soto")


@given(st.text(alphabet="aZ09_ .,-'«»\"\n\tñé²", max_size=60))
def test_a_notice_words_as_the_full_split(text: str) -> None:
    folded = fold(text)
    assert tail._notice_words(folded) == [w for w in tail._NOTICE_SPLIT.split(folded) if w]


def test_notice_words_as_before_on_written_lines_and_the_development_pages() -> None:
    texts = [
        "Suscríbete a nuestro boletín: recibe las noticias del día (gratis) 24/7.",
        "«Apóyanos», dijo; apoya_el periodismo independiente -- 100% lectores.",
        *_dev_texts(),
    ]
    for text in texts:
        folded = fold(text)
        assert tail._notice_words(folded) == [w for w in tail._NOTICE_SPLIT.split(folded) if w]


def test_the_listed_classes_hold_what_regex_reads_as_letters_marks_and_digits() -> None:
    split, unlisted = tokens._listed_split()
    opening, inside = regex.compile(r"[\p{L}\p{N}]"), regex.compile(r"[\p{L}\p{M}\p{N}'’.+/&\-]")
    for lo, hi in tokens._LISTED:
        for point in range(lo, hi + 1):
            char = chr(point)
            assert unlisted.search(char) is None, hex(point)
            # a character opens a word alone iff regex reads it as a letter or a digit
            assert (split.split(char) != [char]) == bool(opening.match(char)), hex(point)
            joined = split.split("a" + char) == ["", "a" + char, ""]
            assert joined == bool(inside.match(char)), hex(point)
    assert unlisted.search("Ωméga") is not None
    assert unlisted.search("\ud7ff") is not None


_LISTED_TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from("aZñÑé1²½Ⅻ-'’.+/&_ \u0301«»—…€🔴⬇ǅ"),
        st.characters(min_codepoint=0, max_codepoint=0x36F),
        st.characters(min_codepoint=0x2000, max_codepoint=0x2BFF),
    ),
    max_size=80,
)


@given(_LISTED_TEXT)
def test_a_text_of_the_listed_blocks_splits_into_the_same_words(text: str) -> None:
    assert tokens._split_words(text) == tokens._WORD_SPLIT.split(text)


@given(st.text(alphabet="aZñ1-'. Ωжم中\u0301", max_size=40))
def test_a_text_with_other_scripts_splits_into_the_same_words(text: str) -> None:
    assert tokens._split_words(text) == tokens._WORD_SPLIT.split(text)


def _reference_content_words(text: str) -> frozenset[str]:
    """``content_words`` as it read before the speed pass: every fold's words by ``regex``."""
    stops = folded_lines("stopwords.txt")
    words = top._WORD.findall(fold(text))
    return frozenset(w for w in words if len(w) >= top._MIN_CONTENT_WORD and w not in stops)


@given(st.text(alphabet="aZ09_ .,-ñÉ²ǅ\u0301para", max_size=60))
def test_content_words_as_the_full_reading(text: str) -> None:
    assert top.content_words(text) == _reference_content_words(text)


def test_content_words_as_before_on_written_lines_and_the_development_pages() -> None:
    texts = [
        "El Congreso aprobó la reforma de pensiones tras 14 horas de debate",
        "Año_2024: PIB crece 3,5% según el BCRP; el dólar cierra en S/3.700",
        *_dev_texts(),
    ]
    for text in texts:
        assert top.content_words(text) == _reference_content_words(text), text
    assert top.content_words("Las pensiones y el Congreso") == {"pensiones", "congreso"}


_MONEY_LINES = [
    "Costó US$ 5 millones y 300 mil pesos chilenos; el sol subió.",
    "Los soles, el solo y SOL: 20 dólares, 3 DÓLARES, euros €4,5 y £2.",
    "Quetzales Q179 en Guatemala, L 500 en Honduras, Bs.S 12 y S/. 40.",
    "USD/MXN cerró en 17,2; ARS$ 1.000; 5 mil millones de reales (BRL).",
    "Sin monedas aquí: la señora Dolores habló del Solar de Pesoz.",
]


@given(
    st.text(alphabet="$€£ USDusdolaresEUROpe.,/()Q15é-\n", max_size=40),
    st.integers(0, 40),
    st.integers(0, 40),
)
def test_a_cue_is_found_where_the_cue_pattern_finds_one(text: str, lo: int, hi: int) -> None:
    lo, hi = min(lo, len(text)), min(max(lo, hi), len(text))
    assert money._has_cue(text, lo, hi) == (money._cue().search(text, lo, hi) is not None)


def test_cues_as_before_on_written_lines_and_the_development_pages() -> None:
    # every form and spelling the words' scan looks for opens with a letter
    lex = money._lexicon()
    forms = [f for f in [*lex.signs, *lex.codes] if f[0].isalpha()]
    names = [entry.form.split()[0] for group in lex.words.values() for _, entry in group]
    assert all(f[0].isalpha() for f in [*forms, *money._cased(names)])
    text = "\n".join(_MONEY_LINES + _dev_texts())
    lines = [0, *(k + 1 for k, c in enumerate(text) if c == "\n"), len(text) + 1]
    # `_has_cue(text, a, b)` finds the signs `text` holds on every call; they are found once
    # here and passed in, as the library's callers do (the default reads them alike).
    signs = money._signs_in(text)
    assert money._has_cue(text, 0, len(text)) == money._has_cue(text, 0, len(text), signs)
    for lo, next_lo in itertools.pairwise(lines):
        for a, b in ((lo, next_lo - 1), (lo + 3, next_lo - 1), (lo, max(lo, next_lo - 4))):
            found = money._cue().search(text, a, b) is not None
            assert money._has_cue(text, a, b, signs) == found, text[lo:next_lo]


def _reference_slot_names(text: str) -> bool:
    """``_slot_names`` as it read before the ninth pass: the size searched on every line."""
    b = boilerplate
    if "_" not in text and b._BANNER_SIZE.search(text) is None:
        return False
    tokens = text.split()
    return 0 < len(tokens) <= b._MAX_SLOTS and all(
        b._SLOT.fullmatch(token) is not None
        and ("_" in token or b._BANNER_SIZE.search(token) is not None)
        for token in tokens
    )


_SLOT_LINES = [
    "banner_home_728x90",
    "pauta-300x250",
    "PAUTA-300X250 lateral-160x600",
    "dfp-970x90",
    "COVID-19",
    "ex-ministro",
    "Sub-20 x 2",
    "728x90",
    "El 4x4 del año",
    "Tarifa 2x1 - hoy",
    "",
]


@given(st.text(alphabet="aXx09_- .é", max_size=40))
def test_slot_names_as_the_ungated_search(text: str) -> None:
    assert boilerplate._slot_names(text) == _reference_slot_names(text)


def test_slot_names_as_before_on_written_lines_and_the_development_pages() -> None:
    for text in _SLOT_LINES + _dev_texts():
        assert boilerplate._slot_names(text) == _reference_slot_names(text), text


_SOURCE_SENTENCES = [
    "Según palabras del ministro de Hacienda, Mario Ruiz, el plan sigue.",
    "De acuerdo al informe de la Contraloría, el gasto creció.",
    "CONFORME AL REPORTE DEL MINISTERIO DE SALUD, hubo 12 casos.",
    "La Conferencia Episcopal emitió un comunicado; el estudio anual del Banco Central lo dice.",
    "İzmir: la alcaldía emitió un nuevo informe, conforme al decreto.",
    "",
]


@pytest.mark.parametrize(
    ("pattern", "firsts"),
    [
        (source_cues._issue_cue(), source_cues._issuing_verbs()),
        (source_cues._fused_cue(), source_cues._fused_leads("")),
        (source_cues._FUSED_AL, ("de acuerdo", "conforme")),
        (source_cues._maker_cue(), source_cues._informing_documents()),
    ],
    ids=["issuers", "fused-roles", "fused-al", "document-makers"],
)
def test_cue_matches_with_one_lower_case_as_the_whole_scan(
    pattern: regex.Pattern[str], firsts: tuple[str, ...]
) -> None:
    texts = [*_SOURCE_SENTENCES, "\n".join(_dev_texts())]
    for text in texts:
        found = source_search.cue_matches(text, source_search.lowered(text), pattern, firsts)
        expected = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in found] == expected, text[:80]


def test_the_spine_segments_equal_the_checked_ones() -> None:
    for text in [*_SOURCE_SENTENCES, " Dijo\r\n  el\u00a0ministro\u200b. ", *_dev_texts()[:400]]:
        spine = build_spine(text)
        spans = [(0, len(spine.text)), (0, 0), (len(spine.text), len(spine.text))]
        for segment in spine.segments(spans):
            checked = Segment(segment.text, segment.start, segment.end)
            assert segment == checked
            assert repr(segment) == repr(checked)
            assert segment.to_dict() == checked.to_dict()
    with pytest.raises(ValueError, match="end 1 < start 2"):
        Segment("x", 2, 1)  # the public constructor still checks


@given(st.text(max_size=3))
def test_a_line_opens_on_a_digit_as_the_search_reads(line: str) -> None:
    expected = boilerplate._DIGIT.match(line) is not None
    assert boilerplate._opens_on_digit(line) is expected


@pytest.mark.parametrize(
    "line",
    ["0", "9 de cada 10", "", " 3", "a1", "٣", "³", "١٢ نقطة", "/"],
    ids=[
        "zero",
        "nine-of-ten",
        "empty",
        "space-first",
        "letter-first",
        "arabic",
        "superscript",
        "arabic-line",
        "slash",
    ],
)
def test_written_lines_open_on_a_digit_as_the_search_reads(line: str) -> None:
    assert boilerplate._opens_on_digit(line) is (boilerplate._DIGIT.match(line) is not None)


def _trimmed_by_last_character(block: str) -> list[int]:
    """The words whose match ends in a trimmed character, read one word at a time."""
    words = tokens._split_words(block)[1::2]
    return [k for k, word in enumerate(words) if word[-1] in tokens._TRIMMED_ENDS]


def _trimmed_found(block: str, base: int = 0) -> list[int]:
    parts = tokens._split_words(block)
    reach = list(itertools.accumulate(map(len, parts), initial=base))[2:-1:2]
    return tokens._trimmed_words(block, base, reach)


@given(st.text(alphabet="aZñ1-‐'’.+/& «»-x", max_size=60), st.integers(0, 5))
def test_the_words_ending_in_a_trimmed_mark_are_found_by_their_marks(text: str, base: int) -> None:
    assert _trimmed_found(text, base) == _trimmed_by_last_character(text)


def test_trimmed_words_as_before_on_written_lines_and_the_development_pages() -> None:
    for text in _WORDS + _dev_texts():
        assert _trimmed_found(text) == _trimmed_by_last_character(text), text
