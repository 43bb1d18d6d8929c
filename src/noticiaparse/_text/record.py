"""The ``repr`` every internal record shares, written once.

attrs writes a ``__repr__`` for each class it builds and compiles it as the class is
defined; under Python 3.11 compiling that f-string is about half of what building a
record class costs (0.3 ms a class, some twenty-five on the first parse's path). The
internal records (``@attrs.frozen(repr=False)``, ``__repr__ = record_repr``) take this
one instead, which shows what attrs' own shows.
"""

from __future__ import annotations

import attrs

__all__ = ["record_repr"]


def record_repr(self: attrs.AttrsInstance) -> str:
    """``Name(field=value, …)``: the fields attrs' repr shows, as it shows them.

    Examples:
        >>> @attrs.frozen(repr=False)
        ... class Pair:
        ...     left: int
        ...     right: str = attrs.field(repr=False)
        ...     __repr__ = record_repr
        >>> Pair(1, "b")
        Pair(left=1)
    """
    shown = []
    for field in attrs.fields(type(self)):
        if field.repr is False:
            continue
        value = getattr(self, field.name, attrs.NOTHING)
        shown.append(
            f"{field.name}={value!r}" if field.repr is True else f"{field.name}={field.repr(value)}"
        )
    return f"{type(self).__qualname__.rsplit('>.', 1)[-1]}({', '.join(shown)})"
