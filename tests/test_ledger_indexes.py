"""What build_ledger works out once (inputs, check keys, derivation order) only saves time.

A ledger made another way, without them, verifies to the same findings and verdicts.
"""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from factledger import load, verify
from factledger.findings import Verdict
from factledger.value_table import NO_NAME, ValueTable

ROOT = Path(__file__).resolve().parent.parent


def _outcome(result):
    return ([(f.code, f.claims, f.message, f.evidence) for f in result.findings],
            [(c.subject, c.kind, c.verdict, c.detail, c.codes) for c in result.checks],
            result.coverage)


@pytest.fixture
def generated(generator, tmp_path):
    return generator.write(tmp_path / "ledger", claims=300, files=3, seed=7)


@pytest.mark.parametrize("which", ["seed", "generated"])
def test_ledgers_verify_the_same_without_the_build_time_indexes(which, request):
    ledger = load(ROOT / "ledger" if which == "seed" else request.getfixturevalue("generated"))
    assert ledger.inputs and ledger.check_inputs and ledger.derivation_order
    bare = attrs.evolve(ledger, inputs={}, check_inputs=(), derivation_order=())
    assert _outcome(verify(bare)) == _outcome(verify(ledger))


def test_check_keys_are_the_checks_references_resolved():
    ledger = load(ROOT / "ledger")
    assert len(ledger.check_inputs) == len(ledger.checks)
    for check, keys in zip(ledger.checks, ledger.check_inputs):
        assert keys == tuple(ledger.resolve(r, check.article_id, check.location) for r in check.references)


def test_names_that_share_a_number_are_still_told_apart(generated, monkeypatch):
    """Cross-source pairs count name numbers first; numbers that collide must not pair claims."""
    from factledger import value_table

    expected = _outcome(verify(load(generated)))
    assert any(code.startswith("FL5") for code, *_ in expected[0]), "the ledger should have conflicts"

    def one_number_for_all(subject: str, measure: str) -> int:
        return value_table.NO_NAME if not subject or not measure else 7

    monkeypatch.setattr(value_table, "name_number", one_number_for_all)
    collided = load(generated)
    assert len(set(collided.table.name)) <= 2
    assert _outcome(verify(collided)) == expected


@given(st.lists(st.sampled_from([NO_NAME, 0, 7, 2**40]) | st.integers(-(2**63), 2**63 - 1), max_size=40))
def test_repeated_names_are_the_numbers_more_than_one_claim_has(numbers):
    table = ValueTable(())
    table.name.extend(numbers)
    assert table.repeated_names() == {n for n in numbers if numbers.count(n) > 1} - {NO_NAME}
    # A verify's copy of the table (it writes implied claims' values into it) shares the answer.
    assert table.copy().repeated_names() is table.repeated_names()


@pytest.mark.parametrize("how", ["toml", "empty cache", "warm cache"])
def test_every_key_is_the_claims_own_string(how, generated, tmp_path, monkeypatch):
    """The ledger's dict, its value table and resolved references share one string a claim.

    Keys are not interned (the interpreter's table of interned strings would grow by an
    entry a claim), so sharing comes from handing the claim's own string around; a copy
    anywhere would cost a string a claim for as long as the ledger lives.
    """
    import sys

    monkeypatch.setenv("FACTLEDGER_CACHE_DIR", str(tmp_path / "cache"))
    if how == "warm cache":
        load(generated, cache=True)
    ledger = load(generated, cache=how != "toml")
    own = {id(key) for key in ledger.claims}
    assert all(claim.key is key for key, claim in ledger.claims.items())
    used = [*ledger.table.keys, *ledger.table.index, *ledger.inputs, *ledger.derivation_order]
    used += [key for keys in (*ledger.inputs.values(), *ledger.check_inputs) for key in keys]
    assert len(used) > 2 * len(ledger.claims)
    assert all(id(key) in own for key in used)
    some = next(iter(ledger.claims.values()))
    assert sys.intern(f"{some.article_id}:{some.id}") is not some.key


def test_checks_that_hold_are_worded_later_without_a_partial(generated):
    """A check that holds keeps a tuple (function, arguments) to word it, and words it when read.

    A ``functools.partial`` also carries a dict of keywords, empty or not: 136 bytes more
    a check than the tuple, for the tens of thousands of checks a large ledger records.
    """
    from factledger.findings import CheckResult

    checks = verify(load(generated)).checks
    deferred = [c for c in checks if not isinstance(c.describe, str)]
    assert len(deferred) > len(checks) / 2
    assert all(type(c.describe) is tuple and callable(c.describe[0]) for c in deferred)
    assert all(isinstance(c.detail, str) and c.detail for c in checks)
    assert CheckResult("k", "same", Verdict.CONSISTENT, (str.upper, "holds")).detail == "HOLDS"
    assert CheckResult("k", "same", Verdict.CONSISTENT, lambda: "holds").detail == "holds"


def test_a_warm_load_shares_units_measures_and_kinds_across_files(generated, tmp_path, monkeypatch):
    """Each file's cached table brings its own copies; one of each value is kept, file by file."""
    monkeypatch.setenv("FACTLEDGER_CACHE_DIR", str(tmp_path / "cache"))
    load(generated, cache=True)
    table = load(generated, cache=True).table
    for column in (table.unit, table.measure, table.dims):
        assert len({id(value) for value in column}) == len(set(column)) < len(column) / 10
    assert ValueTable(()).with_keys(["art:a"]) is None  # a row for each key, or no table


@pytest.mark.parametrize("how", ["toml", "warm cache"])
def test_locations_on_one_line_share_its_number(how, generated, tmp_path, monkeypatch):
    """Files state the same line numbers again and again: one int object for each, not one a location."""
    from factledger.locations import shared_line

    monkeypatch.setenv("FACTLEDGER_CACHE_DIR", str(tmp_path / "cache"))
    if how == "warm cache":
        load(generated, cache=True)
    ledger = load(generated, cache=how != "toml")
    places = [c.location for c in ledger.claims.values()]
    places += [c.derivation.location for c in ledger.claims.values() if c.derivation is not None]
    places += [check.location for check in ledger.checks]
    lines = [place.line for place in places]
    assert len({id(line) for line in lines}) == len(set(lines)) < len(lines)
    assert max(lines) > 256  # past the small ints Python shares anyway
    assert shared_line(int("1000")) is shared_line(int("1000")) == 1000
    assert shared_line(-1) == -1 and shared_line(1 << 40) == 1 << 40


@pytest.mark.parametrize("numbers", [[], [7], [300], [300, 300, 5000], [3000, 20], [None, 3], [-1, 2],
                                     [1 << 40, 9], [True, 400]])
def test_a_files_lines_are_shared_as_each_line_alone(numbers):
    from factledger.locations import shared_line, shared_lines

    got = shared_lines(list(numbers))
    assert got == numbers and all(a is shared_line(b) for a, b in zip(got, numbers))


def test_a_location_pickles_whatever_its_line():
    """Sharing line numbers never changes a location: not an odd line's, nor one made in another thread."""
    import pickle
    from concurrent.futures import ThreadPoolExecutor

    from factledger.locations import Location, shared_line

    for line in (0, 1, 300, 5000, True, None, -3, 1 << 40):
        place = Location("a.toml", line, "x")  # type: ignore[arg-type]
        again = pickle.loads(pickle.dumps(place))
        assert again == place and type(again.line) is type(line)
    with ThreadPoolExecutor(4) as pool:  # rising numbers: the threads keep growing the table
        numbers = list(pool.map(shared_line, range(30_000, 60_000, 7)))
    assert numbers == list(range(30_000, 60_000, 7))


def test_a_claim_filed_under_another_key_resolves_to_that_key():
    """``resolve`` hands out the claim's own string, unless a hand-made ledger files it elsewhere."""
    from factledger.claims import Claim
    from factledger.ledger import Ledger
    from factledger.locations import NOWHERE

    claim = Claim("troops", "art", None)
    ledger = Ledger(claims={"other:name": claim, "art:troops": claim})
    assert ledger.resolve("other:name", "art", NOWHERE) == "other:name"
    assert ledger.resolve("troops", "art", NOWHERE) is claim.key
