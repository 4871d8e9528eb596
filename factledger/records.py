"""``@record``: a frozen, slotted value class, made without importing attrs.

The ledger's value classes (``Claim``, ``Figure``, ``Finding`` and the rest)
were attrs classes. Importing attrs brings in ``inspect``, ``ast``, ``dis``,
``tokenize`` and ``platform``, and attrs then writes and compiles several
methods for each class: about 30 ms of a 90 ms ``factledger verify`` of a
small ledger, before any of it read a line. What those classes need of attrs
is small, and this module gives exactly that:

* fields declared by annotations, in order, with a default, or with
  :func:`field` for a factory, a validator, an ``__init__`` name of its own
  (``alias``), or leaving the field out of ``==``/``hash``, ordering or
  ``repr``;
* a constructor taking the fields in order, as ``__init__`` would (a
  ``__new__``, the only method written as source and compiled for its
  class), validators run once every field is set, then ``__post_init__`` if
  the class defines one;
* ``__slots__``, and no ``__weakref__`` slot: nothing takes a weak reference
  to a value, and each instance is 8 bytes smaller without it;
* frozen: setting or deleting a field raises :class:`FrozenInstanceError`;
* ``==`` true only for instances of the very same class whose compared
  fields are equal (``NotImplemented`` for anything else), a ``hash`` that
  agrees with it and differs between classes with equal fields, ``<`` and the
  rest with ``order=True``, and ``repr`` as ``Name(field=value, ...)`` unless
  the class defines its own;
* a ``functools.cached_property`` kept in a slot of its own, computed on first
  read and never pickled or compared;
* pickling and ``copy`` through the constructor (``cls(*fields)``).

:func:`fields` and :func:`evolve` read and copy a record. ``attrs.fields``,
``attrs.evolve`` and ``attrs.asdict`` work on records too: a record answers
attrs' questions about its fields by importing attrs the first time one is
asked, so only code that uses attrs pays for it.
"""

from __future__ import annotations

import functools
import operator
from keyword import iskeyword
from typing import Any, Callable, TypeVar, dataclass_transform, overload

T = TypeVar("T")


class FrozenInstanceError(AttributeError):
    """A field of a record was set or deleted: records are immutable; make a new one with :func:`evolve`."""


class _Missing:
    """No default: the field must be given."""

    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()

Validator = Callable[[Any, "Field", Any], None]


class Field:
    """One field of a record, as :func:`fields` lists them."""

    __slots__ = ("name", "default", "factory", "validator", "eq", "order", "repr", "alias")

    def __init__(self, name: str = "", default: Any = MISSING, factory: Callable[[], Any] | None = None,
                 validator: Validator | None = None, eq: bool = True, order: bool | None = None,
                 repr: bool | Callable[[Any], str] = True, alias: str | None = None) -> None:
        self.name = name
        self.default = default
        self.factory = factory
        self.validator = validator
        self.eq = eq
        self.order = eq if order is None else order  # as attrs: a field left out of == is not ordered by
        self.repr = repr
        self.alias = alias or name

    def named(self, name: str) -> Field:
        return Field(name, self.default, self.factory, self.validator, self.eq, self.order, self.repr,
                     self.alias if self.alias else name)

    @property
    def required(self) -> bool:
        return self.default is MISSING and self.factory is None

    def __repr__(self) -> str:
        return f"Field(name={self.name!r}, default={self.default!r}, alias={self.alias!r})"


def field(*, default: Any = MISSING, factory: Callable[[], Any] | None = None, validator: Validator | None = None,
          eq: bool = True, order: bool | None = None, repr: bool | Callable[[Any], str] = True,
          alias: str | None = None) -> Any:
    """Declare a field with more than a default: ``location: Location = field(default=NOWHERE, eq=False)``.

    ``factory`` is called for each instance made without the field (``factory=dict``);
    ``validator(instance, field, value)`` raises if the value is wrong; ``eq=False`` leaves
    the field out of ``==``, ``hash`` and ``<``, ``order=False`` out of ``<`` only; ``repr`` is ``False``
    to leave it out of ``repr`` or a function that prints it; ``alias`` is its name as an
    ``__init__`` argument.
    """
    if default is not MISSING and factory is not None:
        raise TypeError("a field takes a default or a factory, not both")
    if not isinstance(eq, bool) or not isinstance(order, (bool, type(None))):
        raise TypeError("a record compares fields as they are: eq and order take True or False, not a key")
    return Field("", default, factory, validator, eq, order, repr, alias)


def one_of(options: tuple[Any, ...]) -> Validator:
    """A validator: the value must be one of ``options``."""

    def validate(instance: Any, field: Field, value: Any) -> None:
        if value not in options:
            raise ValueError(f"{field.name} must be one of {', '.join(map(repr, options))}; got {value!r}")

    return validate


# Type checkers read a record as a frozen dataclass: its constructor takes its fields (by
# ``alias`` where a field has one; ``field(default=...)`` or ``field(factory=...)`` makes one
# optional), setting a field is an error, and ``order=True`` gives ``<``. typing's signature
# names ``frozen_default`` only from Python 3.12; before that it is kept among ``**kwargs``,
# which is where type checkers look for it.
@overload
def record(cls: type[T], /) -> type[T]: ...
@overload
def record(cls: None = None, /, *, order: bool = False) -> Callable[[type[T]], type[T]]: ...
@dataclass_transform(frozen_default=True, field_specifiers=(field, Field))
def record(cls: type[T] | None = None, /, *, order: bool = False) -> type[T] | Callable[[type[T]], type[T]]:
    """Make ``cls`` a frozen, slotted record (``@record``, or ``@record(order=True)`` to order it too)."""
    if cls is None:
        return lambda cls: _make(cls, order)
    return _make(cls, order)


def fields(cls: type) -> tuple[Field, ...]:
    """The fields of a record class, in order."""
    try:
        return cls.__record_fields__  # type: ignore[attr-defined, no-any-return]
    except AttributeError:
        raise TypeError(f"{cls!r} is not a record class") from None


def is_record(cls: Any) -> bool:
    return isinstance(cls, type) and "__record_fields__" in cls.__dict__


def evolve(instance: T, **changes: Any) -> T:
    """A copy of ``instance`` with ``changes`` (by ``__init__`` name), as ``attrs.evolve`` makes one."""
    cls = instance.__class__
    for one in fields(cls):
        if one.alias not in changes:
            changes[one.alias] = getattr(instance, one.name)
    return cls(**changes)


# -- making the class ---------------------------------------------------------------------

def _make(cls: type[T], ordered: bool) -> type[T]:
    if cls.__bases__ != (object,):
        raise TypeError(f"{cls.__qualname__}: a record does not inherit from another class")
    body = dict(cls.__dict__)
    if "__init__" in body or "__new__" in body:
        raise TypeError(f"{cls.__qualname__}: a record makes its own instances; check fields in __post_init__")
    declared = []
    annotations = body.get("__annotations__")
    if annotations is None:
        annotations = _annotations_made_on_reading(cls)
    for name in annotations:
        given = body.pop(name, MISSING)
        declared.append(given.named(name) if isinstance(given, Field) else Field(name, given))
    _check_order(cls, declared, body)
    cached = {name: value.func for name, value in body.items() if isinstance(value, functools.cached_property)}
    for name in cached:
        del body[name]
    for name in ("__dict__", "__weakref__"):
        body.pop(name, None)
    names = tuple(one.name for one in declared)
    body["__slots__"] = names + tuple(cached)
    body["__qualname__"] = cls.__qualname__
    metaclass: Any = type(cls)  # the class's own metaclass makes the record, as it made the class
    made: type[T] = metaclass(cls.__name__, cls.__bases__, body)
    _point_closures_at(made, cls)

    made.__record_fields__ = tuple(declared)  # type: ignore[attr-defined]
    made.__match_args__ = names  # type: ignore[attr-defined, misc]  # ``case Claim(id, ...)`` reads attributes
    made.__new__ = staticmethod(_constructor(made, declared))  # type: ignore[assignment]
    made.__init_subclass__ = _subclassing(made)  # type: ignore[assignment]
    made.__setattr__ = _frozen  # type: ignore[method-assign, assignment]
    made.__delattr__ = _frozen  # type: ignore[method-assign, assignment]
    read = _fields_of(names)
    made.__reduce__ = lambda self: (self.__class__, read(self))  # type: ignore[method-assign]
    compared = [one.name for one in declared if one.eq]
    made.__eq__ = _equality(compared)  # type: ignore[method-assign, assignment]
    made.__hash__ = _hashing(made, compared)  # type: ignore[method-assign, assignment]
    if ordered:
        for name, method in _ordering([one.name for one in declared if one.order]).items():
            setattr(made, name, method)
    if "__repr__" not in body:
        made.__repr__ = _printing(declared)  # type: ignore[method-assign, assignment]
    if cached:
        made.__getattr__ = _computing(cached)  # type: ignore[attr-defined]
    made.__attrs_attrs__ = _AttrsFields()  # type: ignore[attr-defined]
    return made  # type: ignore[return-value]


def _annotations_made_on_reading(cls: type) -> dict[str, Any]:
    # From Python 3.14 a class's annotations are made when first read (PEP 649), unless its
    # module asks for them as strings. Only their names matter here, so read them as forward
    # references: a name the module defines later must not make the class fail.
    try:
        import annotationlib  # type: ignore[import-not-found]
    except ImportError:
        return getattr(cls, "__annotations__", {})
    return annotationlib.get_annotations(cls, format=annotationlib.Format.FORWARDREF)  # type: ignore[no-any-return]


def _check_order(cls: type, declared: list[Field], body: dict[str, Any]) -> None:
    stray = [name for name, value in body.items() if isinstance(value, Field)]
    if stray:
        raise TypeError(f"{cls.__qualname__}: field() needs an annotation ({', '.join(stray)})")
    unusable = [one.alias for one in declared if not one.alias.isidentifier() or iskeyword(one.alias)
                or one.alias == "self" or one.alias.startswith("_")]
    if unusable:
        raise TypeError(f"{cls.__qualname__}: {', '.join(unusable)} cannot be an argument of __init__; "
                        f"give the field an alias")
    defaulted = ""
    for one in declared:
        if not one.required:
            defaulted = defaulted or one.name
        elif defaulted:
            raise TypeError(f"{cls.__qualname__}: field {one.name!r} has no default, "
                            f"but follows {defaulted!r}, which has one")


def _point_closures_at(made: type, old: type) -> None:
    # A method that uses ``super()`` or ``__class__`` holds the class it was defined in; it must
    # see the class that replaced it.
    for value in made.__dict__.values():
        function = getattr(value, "fget", None) or getattr(value, "__func__", None) or value
        for cell in getattr(function, "__closure__", None) or ():
            try:
                if cell.cell_contents is old:
                    cell.cell_contents = made
            except ValueError:  # an empty cell
                pass


def _constructor(cls: type, declared: list[Field]) -> Callable[..., Any]:
    """``__new__``, compiled for the class: it makes and fills the instance, with no ``__init__`` after it.

    A frozen class refuses ``instance.name = value``, so filling its slots one by one
    costs a call of each slot's descriptor (about 0.1 us a field). The instance is
    made instead as one of a twin class that allows setting, filled with plain
    assignments, and then given its own class: the twin has the same layout, so
    that is allowed, and a record of twelve fields is made in half the time. A
    subclass of a record gets a twin and a ``__new__`` of its own when it is made
    (``_subclassing``).
    """
    writable = type(cls.__name__, (cls,), {"__slots__": (), "__setattr__": object.__setattr__,
                                           "__delattr__": object.__delattr__, "__record_twin__": True,
                                           "__qualname__": f"{cls.__qualname__}.<writable>",
                                           "__module__": cls.__module__})
    scope: dict[str, Any] = {"_FACTORY": _FACTORY, "_WRITABLE": writable, "_new": object.__new__}
    # Aliases are identifiers that do not start with "_" (``_check_order``): they never
    # shadow the names the source uses.
    lines = ["    _self = _new(_WRITABLE)"]
    for number, one in enumerate(declared):
        if one.factory is not None:
            scope[f"_factory{number}"] = one.factory
            lines.append(f"    _self.{one.name} = _factory{number}() if {one.alias} is _FACTORY else {one.alias}")
        else:
            lines.append(f"    _self.{one.name} = {one.alias}")
    lines.append("    _self.__class__ = _cls")
    for number, one in enumerate(declared):
        if one.validator is not None:
            scope[f"_validate{number}"], scope[f"_field{number}"] = one.validator, one
            lines.append(f"    _validate{number}(_self, _field{number}, _self.{one.name})")
    if hasattr(cls, "__post_init__"):
        lines.append("    _self.__post_init__()")
    lines.append("    return _self")
    arguments = "".join(f", {one.alias}" for one in declared)
    source = f"def __new__(_cls{arguments}):\n" + "\n".join(lines) + "\n"
    exec(compile(source, f"<record {cls.__qualname__}>", "exec"), scope)
    constructor = scope["__new__"]
    defaults = tuple(_FACTORY if one.factory is not None else one.default for one in declared if not one.required)
    constructor.__defaults__ = defaults or None
    constructor.__qualname__ = f"{cls.__qualname__}.__new__"
    constructor.__module__ = cls.__module__
    return constructor  # type: ignore[no-any-return]


def _subclassing(cls: type) -> classmethod:  # type: ignore[type-arg]
    """``__init_subclass__`` of a record: a subclass (but the record's twin) gets a constructor of its own."""

    def __init_subclass__(sub: type, **options: Any) -> None:
        super(cls, sub).__init_subclass__(**options)  # type: ignore[arg-type]
        if "__record_twin__" not in sub.__dict__ and "__new__" not in sub.__dict__:
            sub.__new__ = staticmethod(_constructor(sub, list(fields(sub))))  # type: ignore[assignment]

    return classmethod(__init_subclass__)


class _Factory:
    def __repr__(self) -> str:
        return "<made by the field's factory>"


_FACTORY = _Factory()


def _frozen(self: Any, *args: Any) -> None:
    raise FrozenInstanceError(f"{self.__class__.__name__} is immutable: make a changed copy with evolve()")


def _computing(cached: dict[str, Callable[[Any], Any]]) -> Callable[[Any, str], Any]:
    def __getattr__(self: Any, name: str) -> Any:
        # Called only when the slot is empty: the first read computes the value, later reads are
        # plain slot reads.
        compute = cached.get(name)
        if compute is None:
            raise AttributeError(f"{self.__class__.__name__!r} object has no attribute {name!r}")
        value = compute(self)
        object.__setattr__(self, name, value)
        return value

    return __getattr__


def _fields_of(names: tuple[str, ...] | list[str]) -> Callable[[Any], tuple[Any, ...]]:
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


def _printing(declared: list[Field]) -> Callable[[Any], str]:
    shown = [(one.name, one.repr if callable(one.repr) else repr) for one in declared if one.repr]

    def __repr__(self: Any) -> str:
        name = self.__class__.__qualname__.rsplit(">.", 1)[-1]
        return f"{name}(" + ", ".join([f"{field}={show(getattr(self, field))}" for field, show in shown]) + ")"

    return __repr__


class _AttrsFields:
    """``__attrs_attrs__``: attrs' description of a record's fields, made when attrs first asks.

    ``attrs.fields``, ``attrs.evolve``, ``attrs.asdict`` and ``attrs.has`` read a class's
    ``__attrs_attrs__``; this makes it from an attrs class with the same fields, and
    stores it on the record in its own place.
    """

    def __get__(self, instance: Any, owner: type) -> Any:
        import attrs

        spec = {}
        for one in fields(owner):
            default: Any = attrs.Factory(one.factory) if one.factory is not None else (
                attrs.NOTHING if one.default is MISSING else one.default)
            # Our validators read only the field's name, which attrs' Attribute has too.
            validator: Any = one.validator
            spec[one.name] = attrs.field(default=default, validator=validator, eq=one.eq, order=one.order,
                                         repr=one.repr, alias=one.alias)
        described = attrs.fields(attrs.make_class(owner.__name__, spec, frozen=True, slots=True))
        type.__setattr__(owner, "__attrs_attrs__", described)
        return described
