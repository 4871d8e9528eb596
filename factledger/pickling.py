"""Pickle the ledger's value classes through their constructor, for the parse cache.

attrs pickles a frozen slotted instance with a ``__setstate__`` that sets each
field in a Python loop; reading a cached ledger of 100,000 claims spent over a
second in it. Rebuilding an instance by calling its class with its fields is
about 1.6x faster. Only for classes whose every field is an ``__init__``
argument, in order, without converters.
"""

from __future__ import annotations

import operator
from typing import Any, TypeVar

T = TypeVar("T")


def rebuilt_by_init(cls: type[T]) -> type[T]:
    """Decorate an attrs class (outside ``@attrs.frozen``) to unpickle as ``cls(*fields)``."""
    fields = cls.__attrs_attrs__  # type: ignore[attr-defined]
    assert all(f.init and f.converter is None and f.alias == f.name.lstrip("_") for f in fields), cls
    read = operator.attrgetter(*(f.name for f in fields))
    single = len(fields) == 1

    def __reduce__(self: Any) -> tuple[type[T], tuple[Any, ...]]:
        return cls, (read(self),) if single else read(self)

    cls.__reduce__ = __reduce__  # type: ignore[method-assign, assignment]
    return cls


def shared_when_rebuilt(cls: type[T]) -> type[T]:
    """Decorate a class :func:`rebuilt_by_init` made (outside it) to unpickle as one instance per value.

    Claims share a figure or a period when they print the same text (the readers
    remember what they read), but the parse cache keeps one entry per file: each
    entry brought back its own copies, 51,000 figures instead of 107 for a ledger
    of 100,000 claims. The value is immutable and compared by its fields, so an
    equal one already unpickled is used instead (signed zeros compare equal and
    are never told apart by the rules or reports).
    """
    rebuild = cls.__reduce__

    def __reduce__(self: Any) -> tuple[Any, tuple[Any, ...]]:
        return _one_of, rebuild(self)

    cls.__reduce__ = __reduce__  # type: ignore[method-assign, assignment]
    return cls


#: the instances unpickled so far, by class and fields; emptied when full, so it stays small
_UNPICKLED: dict[tuple[Any, tuple[Any, ...]], Any] = {}
_MOST_UNPICKLED = 1 << 16


def _one_of(cls: type[T], fields: tuple[Any, ...]) -> T:
    key = (cls, fields)
    found = _UNPICKLED.get(key)
    if found is None:
        if len(_UNPICKLED) >= _MOST_UNPICKLED:
            _UNPICKLED.clear()
        found = _UNPICKLED[key] = cls(*fields)
    return found
