"""``@record`` classes compare, hash and print exactly as attrs' own frozen classes do."""

from __future__ import annotations

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
from factledger.records import record

values = st.one_of(
    st.integers(), st.floats(), st.text(max_size=5), st.none(),
    st.tuples(st.integers(), st.text(max_size=3)),
)


def twins() -> tuple[type, type]:
    """The same class body made by attrs and by ``@record``."""

    def body() -> type:
        class Figure:
            value = attrs.field()
            unit = attrs.field(default="")
            text = attrs.field(default="", repr=False)
            where = attrs.field(default=0, eq=False)

        return Figure

    return attrs.frozen(body()), record(body())


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
        token: str = attrs.field(repr=lambda value: "***")

    assert repr(Secret("a", "hunter2")) == "Secret(name='a', token=***)"


def test_a_class_keeps_the_repr_it_defines_and_stays_frozen() -> None:
    @record
    class Total:
        amount: int

        def __repr__(self) -> str:
            return f"<total {self.amount}>"

    assert repr(Total(3)) == "<total 3>"
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        Total(3).amount = 4  # type: ignore[misc]


@attrs.frozen(order=True)
class PlaceByAttrs:
    path: str
    line: int = attrs.field(order=False)
    claim: str = ""


@record(order=True)
class PlaceByRecord:
    path: str
    line: int = attrs.field(order=False)
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


def test_keyed_comparison_is_refused() -> None:
    with pytest.raises(TypeError, match="does not compare by a key"):
        @record
        class Folded:
            text: str = attrs.field(eq=str.lower)
    with pytest.raises(TypeError, match="does not compare by a key"):
        @record(order=True)
        class Sorted:
            text: str = attrs.field(order=str.lower)


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
    """A class made by ``@attrs.frozen`` again would bring back its compiled methods at start-up."""
    modules = [factledger.claims, factledger.engine, factledger.findings, factledger.errata, factledger.extraction]
    classes = [value for module in modules for value in vars(module).values()
               if isinstance(value, type) and attrs.has(value) and value.__module__.startswith("factledger")]
    assert len(classes) >= 8
    for cls in classes:
        assert cls.__eq__.__module__ == factledger.records.__name__, cls
