"""The shipped unit table: generated from pint, checked against pint, and enough for the example ledger."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factledger import units
from factledger.intervals import Interval

TABLE = units._shipped_table()


def test_the_table_is_every_line_of_the_file():
    """Each line but the two comments is one unit, and no unit text is read twice."""
    lines = Path(units.UNIT_TABLE).read_text("utf-8").splitlines()
    assert [line for line in lines if line.startswith("#")] == lines[:2]
    assert len(TABLE) == len(lines) - 2 > 1000
    assert {line.split("\t", 1)[0] for line in lines[2:]} == set(TABLE)


@pytest.mark.parametrize("text", sorted(TABLE))
def test_table_entry_matches_pint(text):
    """Every entry of the shipped table is what pint gives for the unit text."""
    expected = units.compile_with_pint(text)
    lo, hi, nominal, dims = units.read_table_entry(TABLE[text])
    assert (lo, hi, nominal) == pytest.approx((expected.factor.lo, expected.factor.hi, expected.nominal), rel=1e-12)
    assert dims == expected.dims


_floats = st.floats(allow_nan=False, allow_infinity=False)


@given(st.text(st.characters(blacklist_characters="\t\n\r#"), max_size=20), _floats, _floats, _floats,
       st.lists(st.tuples(st.from_regex(r"\[[a-z_A-Z]{1,12}\]", fullmatch=True), _floats), max_size=4))
def test_a_line_reads_back_as_it_was_written(text, lo, hi, nominal, dims):
    """The generator's line for a unit reads back to the same factors and dimensions, exactly."""
    unit = units.Unit(text, Interval(min(lo, hi), max(lo, hi)), tuple(dims), nominal)
    name, entry = units.table_line(text, unit).split("\t", 1)
    assert name == text
    assert units.read_table_entry(entry) == (unit.factor.lo, unit.factor.hi, unit.nominal, unit.dims)
    assert unit.dims == tuple(dims)


def test_a_damaged_line_means_pint_is_asked(monkeypatch, tmp_path):
    """A line that does not read as an entry is skipped: the unit is compiled by pint instead."""
    table = tmp_path / "units.tsv"
    table.write_text("# comment\ncasualty/day\t1.0\tnot a number\t1.0\t\n", "utf-8")
    monkeypatch.setattr(units, "UNIT_TABLE", table)
    units._shipped_table.cache_clear()
    try:
        assert units.shipped_unit("casualty/day") is None
    finally:
        units._shipped_table.cache_clear()


def test_table_covers_every_news_unit():
    """Every news unit word and every ambiguous prose unit is in the table."""
    missing = [w for w in [*units.NEWS_UNITS, *units.AMBIGUOUS_UNITS] if units.normalise(w) not in TABLE]
    assert missing == []


def test_compile_unit_reads_the_table_like_pint(monkeypatch):
    """compile_unit gives the same Unit with the table as with the table turned off."""
    with_table = units.compile_unit.__wrapped__("casualties/day")
    monkeypatch.setattr(units, "UNIT_TABLE", None)
    units._shipped_table.cache_clear()
    try:
        without = units.compile_unit.__wrapped__("casualties/day")
    finally:
        units._shipped_table.cache_clear()
    assert with_table == without


def test_verifying_the_example_ledger_never_builds_the_registry(root):
    """The example ledger uses only units in the table, so pint is never loaded."""
    code = ("import sys; from factledger import load, verify, units; verify(load('ledger')); "
            "print(units.registry_built(), 'pint' in sys.modules, 'json' in sys.modules, "
            "units._shipped_table.cache_info().currsize)")
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True)
    # The table was read, and reading it needs no json parser (1-2 ms of start-up to import).
    assert out.stdout.split() == ["False", "False", "False", "1"]
