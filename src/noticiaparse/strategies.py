"""Hypothesis strategies: scraped Spanish news pages with their ground truth.

For property tests of your own scrapers and parsers (and of this library). Every
strategy builds realistic text *together with what a careful annotator would say about
it*, in the types of :mod:`noticiaparse`: offsets into the generated text, exact
amounts, resolved dates.

- :func:`articles` -- whole pages (headline, deck, body, byline, publication line,
  boilerplate around them) with the expected :class:`~noticiaparse.Article`;
- :func:`quotes` and :func:`date_mentions` -- one sentence with one quotation or date
  mention, and its expected element; :func:`money_amounts` -- one amount rendered in
  one of its Spanish forms, with its exact value and currency;
- :func:`boilerplate_lines` -- page furniture that is never article text;
- :func:`scraped_noise` -- CRLF, Unicode spaces, zero-width characters, soft hyphens and
  decomposed accents inserted into a text, with the way back to the clean offsets.

Everything is composed from the generator lexicons in ``noticiaparse/lexicons/gen/``
(invented people, outlets, organisations, reporting verbs, sentence frames, page
furniture). Strategies shrink towards the first lexicon entries and the shortest page,
so a failing example is small and readable. Importing this module needs ``hypothesis``
(``pip install noticiaparse[strategies]``); the rest of the library does not.

Importing this module also loads, once, what the first draw and the first parse would
otherwise load inside the first example (the generator lexicons, the parser and its
lexicons): a property test that parses what the strategies draw then keeps within
Hypothesis's default deadline (200 ms) from its first example on.

Examples:
    In a test suite::

        from hypothesis import given
        import noticiaparse
        from noticiaparse.strategies import articles

        @given(articles())
        def test_headline_is_found(page):
            parsed = noticiaparse.parse(page.text, page.reference_date, page.country)
            assert page.expected.headline == parsed.headline

    A fixed small example:

    >>> from hypothesis import find
    >>> page = find(articles(), lambda page: page.expected.money)
    >>> money = page.expected.money[0]
    >>> page.text[money.start:money.end] == money.raw
    True
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from noticiaparse import _pipeline
from noticiaparse._gen.dates import GeneratedDate, date_mentions
from noticiaparse._gen.money import RenderedAmount, money_amounts
from noticiaparse._gen.noise import NoisyText, noise
from noticiaparse._gen.pages import (
    GeneratedArticle,
    GeneratedQuote,
    article_pages,
    furniture,
    quote_sentences,
)
from noticiaparse._text.lexicons import LEXICONS, rows

__all__ = [
    "GeneratedArticle",
    "GeneratedDate",
    "GeneratedQuote",
    "NoisyText",
    "RenderedAmount",
    "articles",
    "boilerplate_lines",
    "date_mentions",
    "money_amounts",
    "quotes",
    "scraped_noise",
]


def articles(*, noise: bool = False) -> st.SearchStrategy[GeneratedArticle]:
    """Scraped Spanish news pages with their ground truth.

    A page has a headline, a deck (optional only where a byline follows the headline, the
    one place a page tells a missing deck from a short first paragraph), one to five body
    paragraphs and the furniture
    of one of three page shapes: ``"blank-lines"`` (paragraphs apart by blank lines, an
    ad marker on top, the deck set off by an extra blank line), ``"site-title"``
    ("Headline | Outlet", then the headline again, deck and paragraphs one a line) and
    ``"byline"`` (section label, headline, deck, "Por …" byline, publication line,
    share bar). Paragraphs carry direct (also as dash dialogue), partial, term and title
    quotations, sources
    credited with "según" / "de acuerdo con" / a reporting verb, amounts and date
    mentions; related links and ad markers may stand between paragraphs and page
    furniture follows the body. With ``noise=True`` the page also gets
    :func:`scraped_noise` and the truth follows it.

    Examples:
        Use it as::

            @given(articles(noise=True))
            def test_money(page):
                parsed = noticiaparse.parse(page.text, page.reference_date, page.country)
                assert [(m.start, m.amount) for m in page.expected.money] == [
                    (m.start, m.amount) for m in parsed.money
                ]

        >>> from hypothesis import find
        >>> page = find(articles(), lambda p: p.shape == "byline")
        >>> print(page.text)
        Nacional
        <BLANKLINE>
        Gobierno presenta plan para reducir las listas de espera en hospitales públicos
        <BLANKLINE>
        Por Ana Pérez
        <BLANKLINE>
        Sábado 1 de enero de 2005 | 00:00
        <BLANKLINE>
        La medida fue recibida con cautela por los gremios del sector.
        >>> page.expected.authors
        ('Ana Pérez',)
    """
    return article_pages(with_noise=noise)


def quotes() -> st.SearchStrategy[GeneratedQuote]:
    """One sentence with one quotation (direct, partial, term or title) and its truth.

    Direct quotes come as ``«…», dijo X.`` or ``X dijo: «…».``; partial ones as ``X
    afirmó que «…».``; terms and titles inside a neutral sentence, a title right after
    its cue word ("la campaña «…»"). Marks are « », “ ” or straight double quotes.

    Examples:
        Use it as::

            @given(quotes())
            def test_quote(sample):
                assert (sample.quote.text,) == tuple(
                    q.text for q in noticiaparse.parse_quotes(sample.text)
                )

        >>> from hypothesis import find
        >>> sample = find(quotes(), lambda s: s.quote.kind == "partial")
        >>> sample.text[sample.quote.start : sample.quote.end] == sample.quote.text
        True
        >>> sample.quote.speaker.text in sample.text
        True
    """
    return quote_sentences()


def boilerplate_lines() -> st.SearchStrategy[str]:
    r"""Lines of page furniture: ad markers, share bars, related links, tags, footers.

    None of them belongs to an article's headline, deck or body ("Publicidad",
    "Compartir", "Lee también: …", "Temas: …", "Comentarios (12)", "© 2023 Todos los
    derechos reservados", "Inicio > Nacional > Política" …).

    Examples:
        Use it as::

            @given(articles(), st.lists(boilerplate_lines()))
            def test_furniture_is_not_body(page, extra):
                text = "\n".join(extra) + "\n" + page.text
                assert [p.text for p in page.expected.body] == [
                    p.text for p in noticiaparse.parse_layout(text).body
                ]

        >>> from hypothesis import find
        >>> find(boilerplate_lines(), lambda line: line.startswith("Comentarios"))
        'Comentarios (1)'
    """
    return furniture()


def scraped_noise(text: str) -> st.SearchStrategy[NoisyText]:
    r"""``text`` with the damage scraping does to white space and invisible characters.

    Line breaks become CRLF, lone CR or U+2028; spaces become NBSP, thin, narrow or
    ideographic spaces or tabs; accented letters are decomposed (NFD); zero-width
    characters, soft hyphens and bidi marks are inserted inside words; a BOM may open
    the text. None of it changes what a parser should find; :meth:`NoisyText.span`
    carries clean offsets over to the noisy text.

    Examples:
        Use it as::

            @given(scraped_noise("El costo fue de $5,8 millones."))
            def test_noise(noisy):
                (money,) = noticiaparse.parse_money(noisy.text)
                assert noisy.span(16, 29) == (money.start, money.end)

        >>> from hypothesis import find
        >>> noisy = find(scraped_noise("a b\nc"), lambda n: len(n.edits) >= 2)
        >>> noisy.text != noisy.clean
        True
    """
    return noise(text)


#: A page with each kind of element, parsed once at import to load the parser.
_WARM_UP_PAGE = (
    "Nacional\n\nGobierno anuncia plan de vivienda\n\nEl programa beneficiará a 40 mil"
    " familias.\n\nPor Ana Pérez\n\nSábado 1 de enero de 2005 | 10:00\n\n«Vamos a"
    " cumplir», dijo el ministro Juan Soto el pasado 11 de mayo. Según La Tercera, el plan"
    " costará $5,8 millones y US$ 1.200 millones, informó ayer el Banco Central.\n\n"
    "—Es un avance —afirmó la alcaldesa.\n\nPublicidad\nCompartir\n"
)


def _warm_up() -> None:
    """Load the generator lexicons, and the parser with its lexicons, now."""
    for path in sorted((LEXICONS / "gen").iterdir()):
        if path.suffix in {".tsv", ".txt"}:
            rows(f"gen/{path.name}")
    _pipeline.article_of(_WARM_UP_PAGE, dt.date(2005, 1, 1), "CL")
    _pipeline.quotes_of(_WARM_UP_PAGE)
    _pipeline.sources_of(_WARM_UP_PAGE)
    _pipeline.money_of(_WARM_UP_PAGE, "MX")
    _pipeline.dates_of(_WARM_UP_PAGE, dt.date(2005, 1, 1))


_warm_up()
