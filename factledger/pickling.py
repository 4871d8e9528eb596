"""Unpickle a value class's equal instances as one, for the parse cache."""

from __future__ import annotations

from typing import Any, Callable, TypeVar, cast, overload

from factledger.records import fields

T = TypeVar("T")


@overload
def shared_when_rebuilt(cls: type[T], /, *, unpacked: tuple[str, ...] = ()) -> type[T]: ...
@overload
def shared_when_rebuilt(cls: None = None, /, *, unpacked: tuple[str, ...] = ()) -> Callable[[type[T]], type[T]]: ...
def shared_when_rebuilt(cls: type[T] | None = None, /, *,
                        unpacked: tuple[str, ...] = ()) -> type[T] | Callable[[type[T]], type[T]]:
    """Decorate a record (outside ``@record``) to unpickle as one instance per value.

    Claims share a figure or a period when they print the same text (the readers
    remember what they read), but the parse cache keeps one entry per file: each
    entry brought back its own copies, 51,000 figures instead of 107 for a ledger
    of 100,000 claims. The value is immutable and compared by its fields, so an
    equal one already unpickled is used instead (signed zeros compare equal and
    are never told apart by the rules or reports).

    ``unpacked`` names fields whose values are pickled as what makes them (their
    ``__reduce__``), and made only when no equal instance was unpickled before:
    a figure's two intervals were made, hashed and compared in Python for every
    figure of every entry, only to be dropped for the shared figure's own.
    """
    if cls is None:
        return lambda cls: shared_when_rebuilt(cls, unpacked=unpacked)
    # A record pickles through its constructor: (its class, its fields), never object's string form.
    rebuild = cast(Callable[[Any], tuple[Any, tuple[Any, ...]]], cls.__reduce__)
    names = [one.name for one in fields(cls)]
    positions = tuple(names.index(name) for name in unpacked)

    def __reduce__(self: Any) -> tuple[Any, tuple[Any, ...]]:
        made, values = rebuild(self)
        if not positions:
            return _one_of, (made, values)
        given = list(values)
        for at in positions:
            if given[at] is not None:
                given[at] = given[at].__reduce__()
        return _one_of, (made, tuple(given), positions)

    cls.__reduce__ = __reduce__  # type: ignore[method-assign, assignment]
    return cls


#: the instances unpickled so far, by class and fields; emptied when full, so it stays small
_UNPICKLED: dict[tuple[Any, tuple[Any, ...]], Any] = {}
_MOST_UNPICKLED = 1 << 16


def _one_of(cls: type[T], values: tuple[Any, ...], unpacked: tuple[int, ...] = ()) -> T:
    """The instance of ``cls`` with ``values`` as its fields: one unpickled before, or made now.

    ``unpacked`` are the positions of fields given as what makes them, made here only
    when no equal instance is known: until then the key holds plain tuples, hashed in C.
    """
    key = (cls, values)
    found = _UNPICKLED.get(key)
    if found is None:
        if unpacked:
            made = list(values)
            for at in unpacked:
                if made[at] is not None:
                    maker, arguments = made[at]
                    made[at] = maker(*arguments)
            values = tuple(made)
        if len(_UNPICKLED) >= _MOST_UNPICKLED:
            _UNPICKLED.clear()
        found = _UNPICKLED[key] = cls(*values)
    return found
