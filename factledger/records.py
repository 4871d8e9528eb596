"""``@record``: a frozen, slotted attrs class whose ``==``, ``hash`` and ``repr`` are shared code.

attrs writes each class's ``__init__``, ``__repr__``, ``__eq__`` and ``__hash__``
as Python source and compiles it when the class is made. A ``factledger verify``
of a small ledger makes 34 such classes before it reads a line, and the
compiling was about 16 ms of its 100. Only ``__init__`` has to be written for
its class; comparing, hashing and printing by a list of field names is the
same code for every class. ``@record`` asks attrs for the class without those
three (and ``<``, ``<=``, ``>``, ``>=`` with ``order=True``) and gives it this
module's instead, which behave as attrs' do:

* ``==`` is true only for instances of the very same class whose fields with
  ``eq=True`` are equal, and returns ``NotImplemented`` for anything else;
* ``hash`` agrees with ``==``, and differs between classes with equal fields;
* ``<`` and the rest compare the fields with ``order=True`` as a tuple, for
  instances of the very same class;
* ``repr`` is ``Name(field=repr(value), ...)`` over the fields with
  ``repr=True``, a field's own ``repr=callable`` used where it has one.

``attrs.fields``, ``attrs.evolve``, ``attrs.asdict`` and pickling see an
ordinary attrs class. A class that defines ``__repr__`` itself keeps it. A
field compared by a key (``eq=callable`` or ``order=callable``) is refused:
no class needs one, and attrs' compiled methods are the way to have it.
"""

from __future__ import annotations

import operator
from typing import Any, Callable, TypeVar, overload

import attrs

T = TypeVar("T")


@overload
def record(cls: type[T], /) -> type[T]: ...
@overload
def record(cls: None = None, /, **options: Any) -> Callable[[type[T]], type[T]]: ...
def record(cls: type[T] | None = None, /, **options: Any) -> type[T] | Callable[[type[T]], type[T]]:
    """Make ``cls`` a frozen attrs class, as ``@attrs.frozen(**options)`` does."""
    if cls is None:
        return lambda cls: _make(cls, options)
    return _make(cls, options)


def _make(cls: type[T], options: dict[str, Any]) -> type[T]:
    # Not popped: ``@record(order=True)`` hands the same options to every class it decorates.
    ordered = options.get("order", False)
    own_repr = "__repr__" in cls.__dict__
    made = attrs.frozen(cls, **{**options, "repr": False, "eq": False, "order": False})
    fields = attrs.fields(made)
    keyed = [field.name for field in fields if field.eq_key is not None or field.order_key is not None]
    if keyed:
        raise TypeError(f"{cls.__qualname__}: @record does not compare by a key ({', '.join(keyed)})")
    compared = [field.name for field in fields if field.eq]
    made.__eq__ = _equality(compared)  # type: ignore[method-assign, assignment]
    made.__hash__ = _hashing(made, compared)  # type: ignore[method-assign, assignment]
    if ordered:
        for name, method in _ordering([field.name for field in fields if field.order]).items():
            setattr(made, name, method)
    if not own_repr:
        made.__repr__ = _printing(fields)  # type: ignore[method-assign, assignment]
    return made


def _fields_of(names: list[str]) -> Callable[[Any], Any]:
    """A reader of the named fields, as a tuple (always, even of one field or none)."""
    if not names:
        return lambda instance: ()
    if len(names) == 1:
        name = names[0]
        return lambda instance: (getattr(instance, name),)
    return operator.attrgetter(*names)


def _equality(names: list[str]) -> Callable[[Any, Any], Any]:
    read = _fields_of(names)

    def __eq__(self: Any, other: Any) -> Any:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return read(self) == read(other)

    return __eq__


def _hashing(cls: type, names: list[str]) -> Callable[[Any], int]:
    read = _fields_of(names)
    # Two classes with equal fields must not collide as dict keys: each hashes under its own salt.
    salt = hash(f"{cls.__module__}.{cls.__qualname__}")

    def __hash__(self: Any) -> int:
        return hash((salt, read(self)))

    return __hash__


def _ordering(names: list[str]) -> dict[str, Callable[[Any, Any], Any]]:
    read = _fields_of(names)

    def __lt__(self: Any, other: Any) -> Any:
        return read(self) < read(other) if other.__class__ is self.__class__ else NotImplemented

    def __le__(self: Any, other: Any) -> Any:
        return read(self) <= read(other) if other.__class__ is self.__class__ else NotImplemented

    def __gt__(self: Any, other: Any) -> Any:
        return read(self) > read(other) if other.__class__ is self.__class__ else NotImplemented

    def __ge__(self: Any, other: Any) -> Any:
        return read(self) >= read(other) if other.__class__ is self.__class__ else NotImplemented

    return {"__lt__": __lt__, "__le__": __le__, "__gt__": __gt__, "__ge__": __ge__}


def _printing(fields: tuple[attrs.Attribute, ...]) -> Callable[[Any], str]:  # type: ignore[type-arg]
    shown = [(field.name, field.repr if callable(field.repr) else repr) for field in fields if field.repr]

    def __repr__(self: Any) -> str:
        name = self.__class__.__qualname__.rsplit(">.", 1)[-1]
        return f"{name}(" + ", ".join([f"{field}={show(getattr(self, field))}" for field, show in shown]) + ")"

    return __repr__
