"""The one reading of an article, shared by quotes and sources.

:func:`read_article` reads the article's paragraphs once: their words, the
quotations, the cast of names and the attributions. The quotes reader then adds
what each quotation is and who said it (:class:`Credit`); the sources reader takes
the reading and the credits. Neither reads the other's public results back.
"""

from __future__ import annotations

import operator
from array import array
from collections.abc import Sequence

import attrs

from noticiaparse._model import QuoteKind
from noticiaparse._reading.attributions import Attributions, read_attributions, voices
from noticiaparse._reading.cast import Cast, build_cast
from noticiaparse._reading.phrases import Phrase
from noticiaparse._reading.quotations import RawQuote, find_quotations, paragraphs
from noticiaparse._reading.tokens import TOKEN_OBJECTS, RegionWords, TokenIndex, index_tokens
from noticiaparse._text.record import record_repr
from noticiaparse._text.span import Span, Spans

__all__ = ["Credit", "Reading", "read_article"]


@attrs.frozen(repr=False)
class Reading:
    """One article as read once, in normalised offsets.

    ``regions`` are its paragraphs (:func:`paragraphs`), ``index`` their words,
    ``quotations`` every quotation (:func:`find_quotations`), ``cast`` who is who
    (:func:`build_cast`) and ``attributions`` the reporting verbs and cues with what
    they credit (:func:`read_attributions`; words inside quotations are the speaker's).
    """

    __repr__ = record_repr

    text: str = attrs.field(repr=False)
    regions: Sequence[Span]
    quotations: tuple[RawQuote, ...]
    index: TokenIndex = attrs.field(repr=False)
    cast: Cast = attrs.field(repr=False)
    attributions: Attributions = attrs.field(repr=False)

    def without_words(self) -> Reading:
        """This reading with an empty word index, for the readers after the credits.

        Who said each quotation (once the quotations are classified), the public quotes
        and the sources need no index (a window is then read afresh), and the index is
        the largest thing a reading holds (a token a word): a long page lets it go
        (:meth:`for_credits`).

        Examples:
            >>> text = "Ana Díaz dijo: «No»."
            >>> reading = read_article(text, [(0, len(text))])
            >>> bare = reading.without_words()
            >>> len(bare.index.starts), bare.cast is reading.cast, len(bare.quotations)
            (0, True, 1)
        """
        return attrs.evolve(self, index=index_tokens(self.text, ()))

    def for_credits(self) -> Reading:
        """This reading as the readers after the credits take it.

        An article of ordinary length (its index keeps every word as a token, up to
        :data:`TOKEN_OBJECTS` characters) keeps its word index: the sources' readers
        then slice their windows from it instead of reading their words again, and the
        index is already built. A longer one lets it go (:meth:`without_words`), and so
        does a page of quoted words (a quotation every :data:`_WORDS_A_QUOTATION` words
        or more often), which would hold the index beside a credit for every quotation.

        Examples:
            >>> text = "La ministra Ana Díaz dijo ayer en el Congreso: «No»."
            >>> reading = read_article(text, [(0, len(text))])
            >>> reading.for_credits() is reading
            True
            >>> quoted = '"a" "b" "c" "d"'
            >>> len(read_article(quoted, [(0, len(quoted))]).for_credits().index.starts)
            0
        """
        index = self.index
        if (
            index.tokens is not None
            and sum(hi - lo for lo, hi in index.spans) <= TOKEN_OBJECTS
            and len(self.quotations) * _WORDS_A_QUOTATION < len(index.tokens)
        ):
            return self
        return self.without_words()


@attrs.frozen(repr=False)
class Credit:
    """A quotation as the quotes reader read it: its kind and who said it.

    ``speaker`` is the phrase as it stands in the text (the cast resolves it);
    ``cue`` the reporting verb or attribution word that names the speaker, ``None``
    when the speaker was carried from the context.
    """

    __repr__ = record_repr

    quotation: RawQuote
    kind: QuoteKind
    speaker: Phrase | None
    cue: str | None


#: A page with a quotation every this many words or more often is a page of quoted
#: words: its readers after the credits run without the word index.
_WORDS_A_QUOTATION = 8
_START = operator.attrgetter("start")
_END = operator.attrgetter("end")


def read_article(text: str, regions: Sequence[Span]) -> Reading:
    """Read the paragraphs of the article text ``regions`` once.

    Examples:
        >>> text = "El vocero Marcelo Díaz habló. Luego Díaz insistió: «No»."
        >>> reading = read_article(text, [(0, len(text))])
        >>> reading.cast.full_name("Díaz"), len(reading.quotations)
        ('Marcelo Díaz', 1)
    """
    kept = paragraphs(text, regions)
    quotations = find_quotations(text, kept)
    index = index_tokens(text, kept)
    # each paragraph's tokens are built as a reader comes to it and dropped after:
    # the index keeps the words compactly, the tokens of a whole article are never held
    words = RegionWords(index, kept)
    # the quotations' spans, sorted, as columns (a page of quoted words has a quotation
    # every four characters: a span object each would be a fifth of the reading)
    quoted = Spans.in_order(
        Spans(array("q", map(_START, quotations)), array("q", map(_END, quotations)))
    )
    cast = build_cast(text, kept, words, quoted)
    attributions = read_attributions(text, kept, quoted, words, index)
    # who the reporting verbs credit: a role news uses as an epithet is the last of them
    cast = cast.hearing(voices(attributions))
    return Reading(text, kept, quotations, index, cast, attributions)
