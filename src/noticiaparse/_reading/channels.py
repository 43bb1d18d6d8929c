"""Whether the outlet a reporting verb's words went to is a source.

"dijo a La Tercera", "confirmaron a Cooperativa": the outlet that received the words
is credited (see :func:`noticiaparse._reading.attributions.read_attributions`), with two
exceptions from news convention:

- a verb that asks something of its object ("reclamaron a la cadena que corrija…",
  "exigieron a Caracol que rectifique", ``addressee_verbs.txt``) names whom the demand
  is made of, not where the words were given: the outlet is the story's subject;
- a wire agency that received the words ("dijo a EFE", "informaron a Télam") is the
  agency that wrote the report: an agency's reporters write its name so in their own
  copy, which other outlets reprint. An outlet is no source of itself.
"""

from __future__ import annotations

import functools

from noticiaparse._reading.names import media_type
from noticiaparse._reading.vocabulary import reporting_lemmas
from noticiaparse._text.lexicons import lines

__all__ = ["credited_channel"]


@functools.cache
def _addressee_lemmas() -> frozenset[str]:
    return frozenset(lines("addressee_verbs.txt"))


def credited_channel(verb: str, outlet: str) -> bool:
    """Whether ``outlet``, the object of the reporting verb form ``verb``, is a source.

    Examples:
        >>> credited_channel("dijo", "La Tercera")
        True
        >>> credited_channel("reclamaron", "Telemundo"), credited_channel("dijo", "EFE")
        (False, False)
    """
    hit = reporting_lemmas().get(verb.lower())
    if hit is not None and hit[0] in _addressee_lemmas():
        return False
    return media_type(" ".join(outlet.split())) != "agency"
