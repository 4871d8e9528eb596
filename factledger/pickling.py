"""Unpickle a value class's equal instances as one, for the parse cache."""

from __future__ import annotations

from typing import Any, TypeVar

T = TypeVar("T")


def shared_when_rebuilt(cls: type[T]) -> type[T]:
    """Decorate a record (outside ``@record``) to unpickle as one instance per value.

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
