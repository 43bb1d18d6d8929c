"""The layout on page shapes the dev sets never show: headline, deck and body per shape.

The dev gold (``shared/gold/dev_layout.jsonl`` and its kin) lays its articles out in
three page shapes (``seedlike``, ``section_byline``, ``title_site``). This script
takes the articles with headline and body gold (by default
``shared/gold/dev_annotated.jsonl`` and ``dev_annotated2.jsonl``; other files as
arguments), and lays each one out again in new shapes built from news-site
conventions: a kicker above the headline, the deck under the byline and date, the
deck in bold, as a quotation or after "Resumen:", "Title | Site" plus an h1 copy, a
photo caption with its credit, byline and date on one line, agency credits, numeric
"Publicado:" stamps, share bars and tag lines, CRLF line ends and no-break spaces,
and one or two blank lines between blocks; the byline's names (no listed given name)
beside the date in words, the story's tag list under the deck, a subscription call of
two sentences set twice over the page, the lead photo's file name or credit under the
deck; after the text, the section's next story under its label (headline and lead) or a
section's list of summaries, and a related link in brackets inside it ("(También lea:
…)"). Every page is built from the gold
strings (headline, deck, body paragraphs) and furniture written here, so its gold is
known by construction. No article text is stored here: the gold files are read at
run time (without them the script says so and exits 2). The furniture choices
(names, sites, kickers) come from a fixed seed.

Run from the project root::

    .venv/bin/python bench/shapes.py [GOLD_FILE ...] [--shape NAME ...] [--show ID]

It prints, per shape and overall, the share of pages whose headline, deck and body
(paragraph for paragraph) equal the gold after the scorer's normalisation
(``shared/eval/score.py``'s ``norm``, imported from there when the file is present).
The first row, ``as_given``, scores the records' own texts, for reference; "overall"
is over the new shapes only. A deck annotated as a copy of the headline is left out
of the built pages (their gold deck is then none).
``--fails`` lists the failing pages; ``--show ID`` prints one built page and its parse
(ID as ``record-id@shape``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import random
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from gold import load

from noticiaparse import parse

ROOT = Path(__file__).resolve().parent.parent
SHARED = next(
    (p / "shared" for p in ROOT.parents if (p / "shared" / "eval" / "score.py").exists()),
    ROOT.parent / "shared",
)
DEFAULT_GOLD = [SHARED / "gold" / "dev_annotated.jsonl", SHARED / "gold" / "dev_annotated2.jsonl"]
SEED = 20260515
QUOTE_MARKS = "«»“”„‟\"'‘’‹›"


def _fallback_norm(s: str | None) -> str:
    """The scorer's ``norm``: case-folded, accent-free, white space collapsed, outer marks off."""
    if s is None:
        return ""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return " ".join(s.split()).strip(QUOTE_MARKS + " .,;:").casefold()


def _scorer_norm() -> Callable[[str | None], str]:
    path = SHARED / "eval" / "score.py"
    if path.exists():
        spec = importlib.util.spec_from_file_location("_shared_score", path)
        if spec is not None and spec.loader is not None:
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            found: Callable[[str | None], str] = module.norm
            return found
    return _fallback_norm


norm = _scorer_norm()

# Furniture, written for this script: invented names, sites and kickers.
AUTHORS = ("Ana María López", "Carlos Méndez Rojas", "Lucía Fernández", "Jorge Salinas")
AGENCIES = ("EFE", "Europa Press", "AFP", "Reuters")
SITES = ("El Diario del Valle", "Noticias del Sur", "La Voz Regional", "Crónica Digital")
KICKERS = ("EXCLUSIVO", "Análisis", "ELECCIONES", "Tribunales", "Salud pública", "EN DIRECTO")
CAPTIONS = (
    "Imagen de archivo del lugar. (Foto: {agency})",
    "Vista general de la zona, este martes. Foto: {author} / {agency}",
    "Fotografía de archivo. Crédito: {agency}",
)
TAGS = ("Política", "Economía", "Regiones", "Sociedad", "Justicia", "Salud")
MONTHS = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio",
    "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
)  # fmt: skip
WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")

Page = dict[str, Any]
Blocks = list[str]


def _date(rec: dict[str, Any]) -> dt.date:
    value = rec.get("reference_date")
    return dt.date.fromisoformat(value) if value else dt.date(2022, 5, 4)


def _long(day: dt.date) -> str:
    return f"{day.day} de {MONTHS[day.month - 1]} de {day.year}"


def _weekday_long(day: dt.date) -> str:
    return f"{WEEKDAYS[day.weekday()].capitalize()}, {_long(day)}"


def _numeric(day: dt.date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def _deck(page: Page, *form: str) -> Blocks:
    """The deck block (nothing when the article has none), in the form given."""
    deck = page["deck"]
    if not deck:
        return []
    if not form:
        return [deck]
    return [form[0].format(deck=deck)]


def _share(rng: random.Random) -> Blocks:
    return [
        "Compartir",
        "Facebook",
        "X",
        "WhatsApp",
        f"Etiquetas: {', '.join(rng.sample(TAGS, 3))}",
    ]


# Each shape returns the page's blocks in order, and the separator between blocks.
def kicker(page: Page, rng: random.Random) -> tuple[Blocks, str]:
    """A kicker (antetítulo) above the headline, then deck, byline and date."""
    day = page["date"]
    return [
        rng.choice(KICKERS),
        page["headline"],
        *_deck(page),
        f"Por {rng.choice(AUTHORS)}",
        _long(day),
        *page["body"],
    ], "\n\n"


def deck_under_byline(page: Page, rng: random.Random) -> tuple[Blocks, str]:
    """Headline, byline and date, and only then the deck."""
    day = page["date"]
    return [
        page["headline"],
        f"Por {rng.choice(AUTHORS)}",
        f"{_weekday_long(day)} - 10:31",
        *_deck(page),
        *page["body"],
    ], "\n\n"


def deck_bold(page: Page, rng: random.Random) -> tuple[Blocks, str]:
    """The deck in markdown bold (as html2text renders a <strong> standfirst)."""
    return [
        f"# {page['headline']}",
        *_deck(page, "**{deck}**"),
        f"{rng.choice(AUTHORS)} | {_long(page['date'])}",
        *page["body"],
    ], "\n\n"


def deck_quote(page: Page, rng: random.Random) -> tuple[Blocks, str]:
    """The deck as a markdown block quote."""
    return [
        page["headline"],
        *_deck(page, "> {deck}"),
        f"Redacción {rng.choice(SITES)}",
        *page["body"],
    ], "\n\n"


def deck_resumen(page: Page, rng: random.Random) -> tuple[Blocks, str]:
    """The deck after a "Resumen:" label."""
    del rng
    return [
        page["headline"],
        *_deck(page, "Resumen: {deck}"),
        f"Publicado: {_numeric(page['date'])} 10:31",
        *page["body"],
    ], "\n"


def title_site_h1(page: Page, rng: random.Random) -> tuple[Blocks, str]:
    """The document title "Headline | Site", then the h1 copy of the headline."""
    return [
        f"{page['headline']} | {rng.choice(SITES)}",
        "Inicio",
        page["headline"],
        *_deck(page),
        *page["body"],
    ], "\n\n"


def caption_credit(page: Page, rng: random.Random) -> tuple[Blocks, str]:
    """A photo caption with its credit between the headline and the deck."""
    caption = rng.choice(CAPTIONS).format(agency=rng.choice(AGENCIES), author=rng.choice(AUTHORS))
    return [
        page["headline"],
        caption,
        *_deck(page),
        _long(page["date"]),
        *page["body"],
    ], "\n\n"


def byline_date_pipe(page: Page, rng: random.Random) -> tuple[Blocks, str]:
    """Byline and date on one line, joined with "|"."""
    return [
        page["headline"],
        *_deck(page),
        f"Por {rng.choice(AUTHORS)} | {_long(page['date'])} | 10:31 hrs.",
        *page["body"],
    ], "\n"


def agency_credit(page: Page, rng: random.Random) -> tuple[Blocks, str]:
    """A "Por X" byline with an agency credit, and an "Actualizado" line."""
    day = page["date"]
    return [
        page["headline"],
        *_deck(page),
        f"Por {rng.choice(AUTHORS)} ({rng.choice(AGENCIES)})",
        f"Publicado: {_numeric(day)} 10:31",
        f"Actualizado: {_numeric(day)} 12:05",
        *page["body"],
    ], "\n\n"


def share_tags(page: Page, rng: random.Random) -> tuple[Blocks, str]:
    """A share bar and a tag line between the deck and the body."""
    return [
        page["headline"],
        *_deck(page),
        _long(page["date"]),
        *_share(rng),
        *page["body"],
    ], "\n\n"


def crlf_nbsp(page: Page, rng: random.Random) -> tuple[Blocks, str]:
    """CRLF line ends and no-break spaces in the furniture and the headline."""
    author = rng.choice(AUTHORS).replace(" ", "\u00a0")
    return [
        page["headline"].replace(" ", "\u00a0", 2),
        *_deck(page),
        f"Por\u00a0{author}",
        f"{_long(page['date'])}\u00a0|\u00a010:31",
        *page["body"],
    ], "\r\n\r\n"


def loose(page: Page, rng: random.Random) -> tuple[Blocks, str]:
    """Two blank lines between every block."""
    return [
        rng.choice(TAGS),
        page["headline"],
        *_deck(page),
        f"Por {rng.choice(AUTHORS)}",
        *page["body"],
    ], "\n\n\n"


def tight(page: Page, rng: random.Random) -> tuple[Blocks, str]:
    """No blank line anywhere: one block a line."""
    return [
        rng.choice(TAGS),
        page["headline"],
        *_deck(page),
        f"{rng.choice(AUTHORS)} - {_numeric(page['date'])}",
        *page["body"],
    ], "\n"


def split_date(page: Page, rng: random.Random) -> tuple[Blocks, str]:
    """A publication line split over two lines ("Publicado:" over the date), a relative stamp."""
    return [
        page["headline"],
        *_deck(page),
        f"Por {rng.choice(AUTHORS)}",
        "Publicado:",
        f"{_weekday_long(page['date'])} 10:31",
        "Hace 3 horas",
        *page["body"],
    ], "\n\n"


def photo_credit_line(page: Page, rng: random.Random) -> tuple[Blocks, str]:
    """A caption with no credit of its own, then its credit alone ("Foto: …"), over the deck."""
    return [
        rng.choice(TAGS),
        page["headline"],
        "Vista de la zona durante la jornada",
        f"Foto: {rng.choice(AUTHORS)} / {rng.choice(AGENCIES)}",
        *_deck(page),
        f"{rng.choice(AUTHORS)} - {_numeric(page['date'])}",
        *page["body"],
    ], "\n\n"


def deck_two_lines(page: Page, rng: random.Random) -> tuple[Blocks, str]:
    """A deck of two sentences set on two lines, the byline under them."""
    deck = page["deck"] or ""
    cut = deck.find(". ")
    lines = [deck[: cut + 1], deck[cut + 2 :]] if 0 < cut < len(deck) - 2 else _deck(page)
    return [
        page["headline"],
        *lines,
        f"Por {rng.choice(AUTHORS)}",
        _long(page["date"]),
        *page["body"],
    ], "\n"


# Names no list of given names holds, for the byline beside its date.
UNLISTED_AUTHORS = ("Yaritza Condori", "Dayana Urrutia", "Yeison Cardona", "Brenda Quispe Huamaní")
TAG_LINE = "Regiones , Gobierno , Justicia , Sociedad , Economía , Salud , Política"
CALLS = (
    "Actualizá tus datos para seguir leyendo. Te lleva menos de un minuto.",
    "Tu período de prueba terminó. Elegí un plan para seguir informado.",
)


def names_date_line(page: Page, rng: random.Random) -> tuple[Blocks, str]:
    """The byline's names and the date in words on one line, no mark, the deck under it."""
    return [
        rng.choice(TAGS),
        page["headline"],
        f"{rng.choice(UNLISTED_AUTHORS)} {_long(page['date'])}",
        *_deck(page),
        *page["body"],
    ], "\n\n"


def tags_under_deck(page: Page, rng: random.Random) -> tuple[Blocks, str]:
    """Title, date, the deck, then the story's tag list (links joined by " , ")."""
    del rng
    return [
        page["headline"],
        _long(page["date"]),
        *_deck(page),
        TAG_LINE,
        *page["body"],
    ], "\n"


def modal_twice(page: Page, rng: random.Random) -> tuple[Blocks, str]:
    """A subscription window's call of two sentences, set twice over the page."""
    call = rng.choice(CALLS)
    return [
        call,
        "Suscribirme",
        call,
        "Suscribirme",
        page["headline"],
        *_deck(page),
        f"Por {rng.choice(AUTHORS)}",
        *page["body"],
    ], "\n\n"


def deck_over_photo(page: Page, rng: random.Random) -> tuple[Blocks, str]:
    """Date, title, the deck, the lead photo (its file name or its credit alone), the text.

    A page without a deck sets the photo over its first paragraph, as templates do.
    """
    slug = "-".join(norm(page["headline"]).split()[:4])
    photo = rng.choice((f"{slug}.jpg", f"Foto: {rng.choice(AGENCIES)}"))
    return [
        _long(page["date"]),
        page["headline"],
        *_deck(page),
        photo,
        *page["body"],
    ], "\n\n"


_TEMPLATE_INDENT = " " * 36
#: The earliest word a template's inline link may start at, and its length in words.
_LINK_FROM = 5
_LINK_WORDS = 3


def _template_source(paragraph: str) -> str:
    """A paragraph as ``get_text("\\n")`` gives it from a hand-made template's source.

    Its first inline link (three words opening in lower case, from the sixth word on,
    the run after it opening in lower case too: a common noun's phrase, as links in
    running text mostly are) is set on a line of its own with a space-only line over it
    and a blank line under it; the prose runs are indented. A paragraph with no such
    place is set whole.
    """
    words = paragraph.split(" ")
    for at in range(_LINK_FROM, len(words) - _LINK_WORDS - 1):
        end = at + _LINK_WORDS
        if words[at][:1].islower() and words[end][:1].islower():
            before, link, after = words[:at], words[at:end], words[end:]
            return (
                f"{_TEMPLATE_INDENT}{' '.join(before)}\n{_TEMPLATE_INDENT}\n"
                f"{' '.join(link)}\n\n{_TEMPLATE_INDENT}{' '.join(after)}"
            )
    return _TEMPLATE_INDENT + paragraph


def template_breaks(page: Page, rng: random.Random) -> tuple[Blocks, str]:
    """A hand-made template under ``get_text``: blocks wide apart, a link in each paragraph."""
    return [
        rng.choice(TAGS),
        page["headline"],
        *_deck(page),
        f"Por {rng.choice(AUTHORS)}",
        _long(page["date"]),
        *(_template_source(p) for p in page["body"]),
    ], f"\n\n{_TEMPLATE_INDENT}\n\n"


# The page's other stories, written for this script (invented): a section's label, a
# headline and the lead that retells it, the way a CMS runs its section on under the text.
NEXT_STORIES = (
    (
        "Internacionales",
        "Detienen a dos hombres por el robo de un banco en la capital",
        (
            "La policía detuvo este lunes a dos hombres acusados del robo de un banco en la "
            "capital, donde se llevaron una suma todavía no precisada."
        ),
        (
            "Los sospechosos fueron trasladados a la fiscalía y quedarán a disposición de un "
            "juez durante las próximas horas."
        ),
    ),
    (
        "Deportes",
        "El club local gana el clásico y queda como líder del torneo",
        (
            "El club local ganó el clásico por dos goles a uno y quedó como líder del torneo "
            "a falta de tres fechas para el final del campeonato."
        ),
        (
            "El técnico celebró el triunfo con la hinchada y pidió calma de cara al próximo "
            "partido, que se jugará de visitante."
        ),
    ),
)
SECTION_LISTS = (
    "Más contenido de esta sección",
    "Más en esta sección",
    "Otras noticias de esta sección",
)
SECTION_ITEMS = (
    (
        "Las lluvias de la semana dejaron cortes de luz en varios barrios y la empresa eléctrica "
        "prometió reponer el servicio durante la noche."
    ),
    (
        "Un grupo de artesanos abrió una feria de invierno en la plaza principal, con puestos de "
        "tejidos, cerámica y comida típica hasta el domingo."
    ),
)
BRACKET_TEASERS = (
    "(También le puede interesar: Abren una feria de invierno en la plaza principal)",
    "(También lea: La empresa eléctrica promete reponer la luz esta noche)",
)


def kicker_next_story(page: Page, rng: random.Random) -> tuple[Blocks, str]:
    """The text, then the section's next story under its label: headline and lead."""
    label, title, *lead = rng.choice(NEXT_STORIES)
    return [*_front(page, rng), *page["body"], label, title, *lead], "\n\n"


def section_list_end(page: Page, rng: random.Random) -> tuple[Blocks, str]:
    """The text, then a section's list: its label and other stories' summaries."""
    return [*_front(page, rng), *page["body"], rng.choice(SECTION_LISTS), *SECTION_ITEMS], "\n\n"


def teaser_in_brackets(page: Page, rng: random.Random) -> tuple[Blocks, str]:
    """A related link in brackets after the text's first paragraph ("(También lea: …)")."""
    body = page["body"]
    teaser = [rng.choice(BRACKET_TEASERS)] if len(body) > 1 else []
    return [*_front(page, rng), *body[:1], *teaser, *body[1:]], "\n\n"


def _front(page: Page, rng: random.Random) -> Blocks:
    """The page's head: headline, deck, byline and the date in words."""
    return [page["headline"], *_deck(page), f"Por {rng.choice(AUTHORS)}", _long(page["date"])]


SHAPES: dict[str, Callable[[Page, random.Random], tuple[Blocks, str]]] = {
    f.__name__: f
    for f in (
        kicker,
        deck_under_byline,
        deck_bold,
        deck_quote,
        deck_resumen,
        title_site_h1,
        caption_credit,
        byline_date_pipe,
        agency_credit,
        share_tags,
        crlf_nbsp,
        loose,
        tight,
        split_date,
        photo_credit_line,
        deck_two_lines,
        names_date_line,
        tags_under_deck,
        modal_twice,
        template_breaks,
        kicker_next_story,
        section_list_end,
        teaser_in_brackets,
        deck_over_photo,
    )
}


AS_GIVEN = "as_given"  # the record's own text and gold: the reference row


def _load(paths: list[Path]) -> list[dict[str, Any]]:
    return [r for r in load(paths, "headline") if r["gold"]["headline"] and r["gold"].get("body")]


def build(rec: dict[str, Any], shape: str) -> tuple[str, Page]:
    """The page text of ``rec`` laid out in ``shape``, and its gold."""
    gold = rec["gold"]
    deck = gold.get("deck")
    if norm(deck) == norm(gold["headline"]):
        deck = None  # a deck annotated as the headline's copy: built as a page without one
    page: Page = {
        "headline": gold["headline"],
        "deck": deck,
        "body": list(gold["body"]),
        "date": _date(rec),
    }
    rng = random.Random(f"{SEED}:{rec['id']}:{shape}")  # noqa: S311 (a fixed layout seed)
    blocks, sep = SHAPES[shape](page, rng)
    text = sep.join(blocks) + ("\r\n" if "\r" in sep else "\n")
    return text, page


def score(rec: dict[str, Any], shape: str) -> tuple[dict[str, bool], str, dict[str, Any]]:
    if shape == AS_GIVEN:
        gold = rec["gold"]
        text = rec["text"]
        page = {"headline": gold["headline"], "deck": gold.get("deck"), "body": gold["body"]}
    else:
        text, page = build(rec, shape)
    kwargs: dict[str, Any] = {}
    if rec.get("reference_date"):
        kwargs["reference_date"] = dt.date.fromisoformat(rec["reference_date"])
    if rec.get("country"):
        kwargs["country"] = rec["country"]
    parsed = parse(text, **kwargs).to_dict()

    def txt(x: Any) -> str | None:
        return x.get("text") if isinstance(x, dict) else x

    got = {
        "headline": norm(page["headline"]) == norm(txt(parsed.get("headline"))),
        "deck": norm(page["deck"]) == norm(txt(parsed.get("deck"))),
        "body_exact": [norm(p) for p in page["body"]]
        == [norm(txt(p)) for p in parsed.get("body") or []],
    }
    return got, text, parsed


FIELDS = ("headline", "deck", "body_exact")


def _row(name: str, counts: dict[str, int], n: int) -> str:
    head, deck, body = (counts[k] / n for k in FIELDS)
    return f"{name:<20}{head:>10.3f}{deck:>10.3f}{body:>12.3f}"


def _show(records: list[dict[str, Any]], which: str) -> None:
    rid, _, shape = which.rpartition("@")
    rec = next(r for r in records if r["id"] == rid)
    got, text, parsed = score(rec, shape)
    print(text)
    print("----", got)
    for key in ("headline", "deck"):
        print(key, "=", parsed.get(key))
    for p in parsed.get("body") or []:
        print("body:", (p.get("text") if isinstance(p, dict) else p)[:100])


def _table(records: list[dict[str, Any]], shapes: list[str], *, fails: bool) -> None:
    total = dict.fromkeys(FIELDS, 0)
    print(f"{len(records)} articles x {len(shapes)} shapes")
    print(f"{'shape':<20}{'headline':>10}{'deck':>10}{'body_exact':>12}")
    for shape in shapes:
        counts = dict.fromkeys(FIELDS, 0)
        for rec in records:
            got, _, _ = score(rec, shape)
            for key in FIELDS:
                counts[key] += got[key]
            if fails and not all(got.values()):
                bad = ",".join(k for k in FIELDS if not got[k])
                print(f"  FAIL {rec['id']}@{shape}: {bad}")
        print(_row(shape, counts, len(records)))
        if shape != AS_GIVEN:
            for key in FIELDS:
                total[key] += counts[key]
    built = len([s for s in shapes if s != AS_GIVEN])
    if built:
        print(_row("overall", total, len(records) * built))


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="*", type=Path)
    ap.add_argument("--shape", action="append", choices=sorted([AS_GIVEN, *SHAPES]))
    ap.add_argument("--fails", action="store_true", help="list the failing pages")
    ap.add_argument("--show", metavar="ID@SHAPE")
    args = ap.parse_args(argv)
    paths = args.gold or DEFAULT_GOLD
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        print(f"gold file(s) not found: {', '.join(missing)}", file=sys.stderr)
        return 2
    records = _load(paths)
    if args.show:
        _show(records, args.show)
    else:
        _table(records, args.shape or [AS_GIVEN, *SHAPES], fails=args.fails)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
