"""Names: people, organisations, outlets, documents and groups, and who is who.

The one module for names, shared by quotes and sources. It reads noun phrases
forward (``señaló el ministro del Interior, Rodrigo Fuentes``) and backward
(``Paula Herrera, analista de Bolsa Andina, sostuvo``), classifies them (person,
organisation, media, document, anonymous), finds the reporting verbs of the text
with their subjects, and resolves later short forms to the most complete mention
(``Valdivia`` -> ``Sergio Valdivia``, ``el vocero`` -> ``Marcelo Díaz``, ``el diario``
-> the last newspaper named).

Everything works on :attr:`Spine.text` offsets and is linear in the text: tokens
come from one bounded regular expression, phrases are read by scanning at most a
few dozen tokens from a given point.

The package hands on the names of its modules, in the order they stand on each
other: :mod:`.tokens` (words and the word index), :mod:`.vocabulary` (the word
lists read from the lexicons), :mod:`.names` (how a name runs and what kind it is),
:mod:`.phrases` (reading phrases forward), :mod:`.subjects` (a verb's subject, read
backward), :mod:`.attributions` (reporting verbs and cues with their subjects), :mod:`.cast`
(coreference), :mod:`.quotations` (quotation marks and dialogue dashes) and
:mod:`.reading` (the one reading of an article, shared by quotes and sources).
"""

from __future__ import annotations

from noticiaparse._reading.attributions import (
    Attribution,
    Attributions,
    VerbKey,
    find_attributions,
    read_attributions,
)
from noticiaparse._reading.cast import (
    Cast,
    build_cast,
)
from noticiaparse._reading.names import (
    first_names,
)
from noticiaparse._reading.names import (
    media_type as media_type,
)
from noticiaparse._reading.phrases import (
    ANONYMOUS as ANONYMOUS,
)
from noticiaparse._reading.phrases import (
    DOCUMENT as DOCUMENT,
)
from noticiaparse._reading.phrases import (
    MEDIA as MEDIA,
)
from noticiaparse._reading.phrases import (
    MEDIA_REF as MEDIA_REF,
)
from noticiaparse._reading.phrases import (
    ORGANIZATION as ORGANIZATION,
)
from noticiaparse._reading.phrases import (
    PERSON as PERSON,
)
from noticiaparse._reading.phrases import (
    Phrase,
    match_words,
    phrase_after,
    phrase_at,
    plural_verb,
    verb_like,
)
from noticiaparse._reading.quotations import (
    RawQuote,
    Turn,
    find_quotations,
    paragraphs,
)
from noticiaparse._reading.reading import (
    Credit,
    Reading,
    read_article,
)
from noticiaparse._reading.subjects import (
    phrase_before,
)
from noticiaparse._reading.tokens import (
    Token,
    TokenIndex,
    index_tokens,
    region_tokens,
    tokenize,
    words_in,
)
from noticiaparse._reading.vocabulary import (
    attribution_cues,
    endings_of,
    reporting_forms,
    reporting_infinitives,
    reporting_lemmas,
    reporting_verb,
    role_keys,
    role_words,
    trailing_cues,
    word_set,
    words_of,
)
from noticiaparse._reading.vocabulary import (
    reporting_participle as reporting_participle,
)

__all__ = [
    "Attribution",
    "Attributions",
    "Cast",
    "Credit",
    "Phrase",
    "RawQuote",
    "Reading",
    "Token",
    "TokenIndex",
    "Turn",
    "VerbKey",
    "attribution_cues",
    "build_cast",
    "endings_of",
    "find_attributions",
    "find_quotations",
    "first_names",
    "index_tokens",
    "match_words",
    "paragraphs",
    "phrase_after",
    "phrase_at",
    "phrase_before",
    "plural_verb",
    "read_article",
    "read_attributions",
    "region_tokens",
    "reporting_forms",
    "reporting_infinitives",
    "reporting_lemmas",
    "reporting_verb",
    "role_keys",
    "role_words",
    "tokenize",
    "trailing_cues",
    "verb_like",
    "word_set",
    "words_in",
    "words_of",
]
