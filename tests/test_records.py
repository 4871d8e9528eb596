"""``@record`` classes behave as attrs' frozen classes do, without importing attrs."""

from __future__ import annotations

import copy
import functools
import pickle

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import factledger.claims
import factledger.engine
import factledger.errata
import factledger.extraction
import factledger.findings
import factledger.records
from factledger.records import FrozenInstanceError, evolve, field, fields, one_of, record

values = st.one_of(
    st.integers(), st.floats(), st.text(max_size=5), st.none(),
    st.tuples(st.integers(), st.text(max_size=3)),
)


def twins() -> tuple[type, type]:
    """The same class body made by attrs and by ``@record``."""

    def body(field) -> type:  # type: ignore[no-untyped-def]
        class Figure:
            value: object = field()
            unit: object = field(default="")
            text: object = field(default="", repr=False)
            where: object = field(default=0, eq=False)

        return Figure

    return attrs.frozen(body(attrs.field)), record(body(factledger.records.field))


ByAttrs, ByRecord = twins()


@given(st.lists(st.tuples(values, values, values, values), min_size=2, max_size=2))
def test_compares_hashes_and_prints_as_attrs_does(rows: list[tuple[object, ...]]) -> None:
    ours = [ByRecord(*row) for row in rows]
    theirs = [ByAttrs(*row) for row in rows]
    assert [repr(one) for one in ours] == [repr(one) for one in theirs]
    assert (ours[0] == ours[1]) == (theirs[0] == theirs[1])
    assert (ours[0] != ours[1]) == (theirs[0] != theirs[1])
    # A field of NaN makes an instance unequal to a copy of itself (as with attrs), so equal
    # hashes are only required of instances that compare equal.
    if ours[0] == ours[1]:
        assert hash(ours[0]) == hash(ours[1])


@given(values, values)
def test_the_field_left_out_of_comparison_changes_neither_equality_nor_hash(one: object, other: object) -> None:
    first, second = ByRecord(1, "t", where=one), ByRecord(1, "t", where=other)
    assert first == second and hash(first) == hash(second)


def test_an_instance_of_another_class_with_the_same_fields_is_not_equal() -> None:
    ours, theirs = ByRecord(1, "t"), ByAttrs(1, "t")
    assert ours != theirs and not ours == theirs
    assert ours.__eq__(theirs) is NotImplemented
    assert ours.__eq__((1, "t")) is NotImplemented


def test_classes_with_equal_fields_hash_apart() -> None:
    @record
    class Tonnes:
        amount: int

    @record
    class Barrels:
        amount: int

    assert hash(Tonnes(5)) != hash(Barrels(5))
    assert Tonnes(5) != Barrels(5)
    assert len({Tonnes(5), Barrels(5), Tonnes(5)}) == 2


def test_a_record_of_no_fields_or_one_field() -> None:
    @record
    class Nothing:
        pass

    @record
    class One:
        text: str

    assert Nothing() == Nothing() and hash(Nothing()) == hash(Nothing()) and repr(Nothing()) == "Nothing()"
    assert One("a") == One("a") != One("b") and hash(One("a")) == hash(One("a"))
    assert repr(One("it's")) == "One(text=\"it's\")"


def test_a_field_printed_by_its_own_function() -> None:
    @record
    class Secret:
        name: str
        token: str = field(repr=lambda value: "***")

    assert repr(Secret("a", "hunter2")) == "Secret(name='a', token=***)"


def test_a_class_keeps_the_repr_it_defines_and_stays_frozen() -> None:
    @record
    class Total:
        amount: int

        def __repr__(self) -> str:
            return f"<total {self.amount}>"

    assert repr(Total(3)) == "<total 3>"
    with pytest.raises(FrozenInstanceError):
        Total(3).amount = 4  # type: ignore[misc]
    with pytest.raises(AttributeError):  # as attrs' error is one
        del Total(3).amount


@attrs.frozen(order=True)
class PlaceByAttrs:
    path: str
    line: int = attrs.field(order=False)
    claim: str = ""


@record(order=True)
class PlaceByRecord:
    path: str
    line: int = field(order=False)
    claim: str = ""


places = st.tuples(st.sampled_from(["a.toml", "b.toml", ""]), st.integers(0, 3), st.sampled_from(["", "x", "y"]))


@given(places, places)
def test_orders_as_attrs_does(one: tuple[str, int, str], other: tuple[str, int, str]) -> None:
    ours = PlaceByRecord(*one), PlaceByRecord(*other)
    theirs = PlaceByAttrs(*one), PlaceByAttrs(*other)
    for compare in ("__lt__", "__le__", "__gt__", "__ge__", "__eq__"):
        assert getattr(ours[0], compare)(ours[1]) == getattr(theirs[0], compare)(theirs[1]), compare
    assert PlaceByRecord("a", 1).__lt__(PlaceByAttrs("b", 1)) is NotImplemented
    with pytest.raises(TypeError):
        PlaceByRecord("a", 1) < ("b", 1)  # noqa: B015


def test_one_decorator_orders_every_class_it_makes() -> None:
    ordered = record(order=True)

    @ordered
    class First:
        n: int

    @ordered
    class Second:
        n: int

    assert First(1) < First(2) and Second(1) < Second(2)


def test_records_survive_pickling_equal_and_with_the_same_hash() -> None:
    claim = factledger.claims.Claim("troops", "bwr", None, subject="troops")
    copy = pickle.loads(pickle.dumps(claim))
    assert copy == claim and hash(copy) == hash(claim) and repr(copy) == repr(claim)


def test_loading_and_verifying_compare_and_hash_no_value_object(generator, tmp_path, monkeypatch) -> None:
    """The shared ``==`` and ``hash`` are slower than compiled ones; nothing on the hot path calls them."""
    import sys

    from factledger import engine, store

    ledger = generator.write(tmp_path / "ledger", claims=300, files=3, seed=11)
    store.load(ledger)  # imports every module a load and a verify use
    calls: list[str] = []
    for module in [m for name, m in sys.modules.items() if name.startswith("factledger")]:
        for value in list(vars(module).values()):
            if isinstance(value, type) and getattr(value.__eq__, "__module__", "") == factledger.records.__name__:
                for name in ("__eq__", "__hash__"):
                    method = getattr(value, name)
                    monkeypatch.setattr(value, name, lambda *args, _m=method, _n=f"{value.__name__}.{name}":
                                        calls.append(_n) or _m(*args))
    cache = tmp_path / "cache"
    monkeypatch.setenv("FACTLEDGER_CACHE_DIR", str(cache))
    for _ in range(2):  # into an empty parse cache, then from it
        assert engine.verify(store.load(ledger, cache=True)).findings
    engine.verify(store.load(ledger))
    assert calls == []
    hash(factledger.claims.Claim("x", "a", None))
    assert calls[0] == "Claim.__hash__"  # the wrapping sees a call when there is one (then its fields')


def test_the_packages_value_classes_are_records() -> None:
    """A class made by ``@attrs.frozen`` again would bring back attrs and its compiled methods at start-up."""
    modules = [factledger.claims, factledger.engine, factledger.findings, factledger.errata, factledger.extraction]
    classes = [value for module in modules for value in vars(module).values()
               if isinstance(value, type) and factledger.records.is_record(value)
               and value.__module__.startswith("factledger")]
    assert len(classes) >= 8
    for cls in classes:
        assert cls.__eq__.__module__ == factledger.records.__name__, cls


def test_keyed_comparison_is_refused() -> None:
    with pytest.raises(TypeError, match="not a key"):
        field(eq=str.lower)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="not a key"):
        field(order=str.lower)  # type: ignore[arg-type]


@record
class Budget:
    """A record with each kind of field: required, defaulted, made by a factory, validated, renamed."""

    kind: str = field(validator=one_of(("spend", "income")))
    amount: float = 0.0
    lines: dict = field(factory=dict)
    label: str = field(default="", alias="title")

    @functools.cached_property
    def shown(self) -> str:
        Budget.computed += 1  # type: ignore[attr-defined]
        return f"{self.kind} {self.amount}"


Budget.computed = 0  # type: ignore[attr-defined]


def test_defaults_factories_validators_and_aliases() -> None:
    one, other = Budget("spend"), Budget("spend")
    assert one.amount == 0.0 and one.label == "" and one.lines == {}
    assert one.lines is not other.lines  # a factory makes one per instance
    assert Budget("income", 2.0, {"a": 1}, "x").lines == {"a": 1}
    assert Budget("spend", title="Health").label == "Health"
    with pytest.raises(ValueError, match="kind must be one of 'spend', 'income'; got 'gift'"):
        Budget("gift")
    with pytest.raises(TypeError):
        Budget("spend", label="Health")  # type: ignore[call-arg]  # the field is given by its alias
    assert Budget.__match_args__ == ("kind", "amount", "lines", "label")  # type: ignore[attr-defined]
    match Budget("spend", 2.0, {}, "Health"):
        case Budget(kind, amount, _, label):
            assert (kind, amount, label) == ("spend", 2.0, "Health")
    assert [one.name for one in fields(Budget)] == ["kind", "amount", "lines", "label"]


def test_a_cached_property_is_computed_once_and_neither_compared_nor_pickled() -> None:
    budget = Budget("spend", 3.0)
    before = Budget.computed  # type: ignore[attr-defined]
    assert budget.shown == "spend 3.0" and budget.shown == "spend 3.0"
    assert Budget.computed == before + 1  # type: ignore[attr-defined]
    assert budget == Budget("spend", 3.0)  # (not hashable: its dict of lines is not)
    assert "shown" not in pickle.dumps(budget).decode("latin-1")
    with pytest.raises(AttributeError, match="no attribute 'nonsense'"):
        budget.nonsense  # noqa: B018


@record
class Span:
    low: float
    high: float = 0.0

    def __post_init__(self) -> None:
        if not self.high:
            object.__setattr__(self, "high", self.low)


def test_post_init_runs_after_the_fields_are_set() -> None:
    assert Span(2.0).high == 2.0 and Span(2.0, 5.0).high == 5.0
    assert pickle.loads(pickle.dumps(Span(2.0))) == Span(2.0)


def test_records_are_slotted_without_weak_references() -> None:
    budget = Budget("spend")
    assert not hasattr(budget, "__dict__")
    with pytest.raises(TypeError):
        import weakref

        weakref.ref(budget)
    with pytest.raises(FrozenInstanceError):
        object.__getattribute__(budget, "__setattr__")("extra", 1)


def test_an_instance_is_of_its_own_class_and_frozen_whoever_makes_it() -> None:
    # Made through a twin class that allows setting: nothing of the twin may show.
    budget = Budget("spend", 1.0, title="Health")
    assert type(budget) is Budget and budget.__class__ is Budget
    assert (budget.kind, budget.amount, budget.lines, budget.label) == ("spend", 1.0, {}, "Health")
    with pytest.raises(FrozenInstanceError):
        budget.amount = 2.0  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError):
        del budget.label  # type: ignore[misc]
    with pytest.raises(TypeError, match="missing 1 required positional argument: 'kind'"):
        Budget()  # type: ignore[call-arg]

    class Audited(Budget):  # a plain subclass: made by a constructor of its own
        __slots__ = ()

    audited = Audited("income", 2.0)
    assert type(audited) is Audited and audited.amount == 2.0 and audited.lines == {}
    assert audited != Budget("income", 2.0)  # == holds only within the very same class
    with pytest.raises(FrozenInstanceError):
        audited.amount = 3.0  # type: ignore[misc]
    with pytest.raises(ValueError, match="kind must be one of"):
        Audited("gift")  # validators run for subclasses too

    class Noted(Audited):  # a subclass of a subclass, with a dict and a post-init of its own
        def __post_init__(self) -> None:
            object.__setattr__(self, "note", f"{self.kind} {self.amount}")

    noted = Noted("spend", 4.0, title="Roads")
    assert type(noted) is Noted and noted.note == "spend 4.0" and noted.label == "Roads"
    assert evolve(noted, amount=5.0).note == "spend 5.0" and copy.copy(noted) == noted
    with pytest.raises(FrozenInstanceError):
        noted.amount = 1.0  # type: ignore[misc]


def test_evolve_copies_with_changes_by_init_name() -> None:
    budget = Budget("spend", 1.0, {"a": 1}, "Health")
    moved = evolve(budget, amount=2.0)
    assert moved == Budget("spend", 2.0, {"a": 1}, "Health") and budget.amount == 1.0
    assert evolve(budget, title="Roads").label == "Roads"
    with pytest.raises(ValueError):
        evolve(budget, kind="gift")  # validators run on the copy
    with pytest.raises(TypeError):
        evolve(budget, colour="red")


def test_attrs_sees_a_record_as_one_of_its_own() -> None:
    budget = Budget("spend", 1.0, {}, "Health")
    assert attrs.has(Budget)
    assert [one.name for one in attrs.fields(Budget)] == ["kind", "amount", "lines", "label"]
    assert attrs.fields(Budget).label.alias == "title"
    assert attrs.evolve(budget, amount=2.0) == evolve(budget, amount=2.0)
    assert attrs.asdict(budget) == {"kind": "spend", "amount": 1.0, "lines": {}, "label": "Health"}
    with pytest.raises(ValueError):
        attrs.validate(evolve(budget, amount=2.0).__class__("gift"))


def test_badly_declared_records_are_refused() -> None:
    with pytest.raises(TypeError, match="'total' has no default, but follows 'part', which has one"):
        @record
        class Sum:
            part: int = 0
            total: int  # type: ignore[misc]
    with pytest.raises(TypeError, match="needs an annotation"):
        @record
        class Loose:
            part = field(default=0)
    with pytest.raises(TypeError, match="does not inherit"):
        @record
        class Child(Budget):
            pass
    with pytest.raises(TypeError, match="a default or a factory"):
        field(default=0, factory=int)
    with pytest.raises(TypeError, match="_hidden, class cannot be an argument of __init__"):
        @record
        class Odd:
            _hidden: int
            klass: str = field(alias="class")
    with pytest.raises(TypeError, match="makes its own instances; check fields in __post_init__"):
        @record
        class Checked:
            part: int

            def __init__(self, part: int) -> None:
                object.__setattr__(self, "part", abs(part))


def test_methods_that_name_their_class_see_the_record() -> None:
    @record
    class Named:
        text: str

        def same_kind(self, other: object) -> bool:
            return isinstance(other, __class__)  # type: ignore[name-defined]  # noqa: F821

        @classmethod
        def blank(cls) -> Named:
            return cls("")

    assert Named("a").same_kind(Named("b")) and Named.blank() == Named("")


@pytest.mark.parametrize("module", ["claims", "findings", "figures", "periods", "provenance", "ledger", "units"])
def test_the_packages_records_copy_and_pickle_equal(module: str) -> None:
    import importlib

    from factledger import figures, provenance

    made = {
        "claims": factledger.claims.Claim("troops", "bwr", figures.read_figure("12,000 troops"), subject="troops"),
        "findings": factledger.findings.CheckResult("a:b", "derivation", factledger.findings.Verdict.CONSISTENT,
                                                    "holds"),
        "figures": figures.read_figure("$2,000/month"),
        "periods": importlib.import_module("factledger.periods").parse_period("2024-11"),
        "provenance": provenance.Source("wsj", "The Wall Street Journal", kind="outlet"),
        "ledger": factledger.ledger.Ledger(),
        "units": importlib.import_module("factledger.units").compile_unit("USD/month"),
    }[module]
    for again in (pickle.loads(pickle.dumps(made)), copy.copy(made), copy.deepcopy(made)):
        assert again == made and repr(again) == repr(made) and again.__class__ is made.__class__


class _AnnotationsOnReading(type):
    """A class whose annotations are made when read, not kept in its namespace (Python 3.14's way)."""

    @property
    def __annotations__(cls) -> dict[str, object]:  # type: ignore[override]
        return {"name": "str", "count": "int"}


def test_fields_come_from_annotations_made_on_reading() -> None:
    @record
    class Tally(metaclass=_AnnotationsOnReading):
        count = 1

    assert "__annotations__" not in vars(Tally)
    assert [one.name for one in fields(Tally)] == ["name", "count"]
    assert Tally("troops") == Tally(name="troops", count=1)
    assert Tally("troops", 3).count == 3
