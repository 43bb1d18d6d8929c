"""Whether the outlet a reporting verb's words went to is a source.

"dijo a La Tercera", "confirmaron a Cooperativa", "dijo a la agencia EFE": the outlet
that received the words is credited (see
:func:`noticiaparse._reading.attributions.read_attributions`), save one exception from
news convention: a verb that asks something of its object ("reclamaron a la cadena que
corrija…", "exigieron a Caracol que rectifique", ``addressee_verbs.txt``) names whom the
demand is made of, not where the words were given: the outlet is the story's subject.

A wire agency is an outlet like any other here. In its own copy ("MADRID (EFE).- …",
"Por Ana Soto | EFE") the page names it as its author, and the sources reader drops an
outlet the page names so (an outlet is no source of itself); a page that reprints the
agency's words under another outlet's name credits the agency.
"""

from __future__ import annotations

import functools

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
        (False, True)
    """
    del outlet  # any outlet: the page's own is left out where its names are known
    hit = reporting_lemmas().get(verb.lower())
    return hit is None or hit[0] not in _addressee_lemmas()
