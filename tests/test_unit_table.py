"""The shipped unit table: generated from pint, checked against pint, and enough for the example ledger."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from factledger import units

TABLE = json.loads(units.UNIT_TABLE.read_text("utf-8"))["units"]


@pytest.mark.parametrize("text", sorted(TABLE))
def test_table_entry_matches_pint(text):
    """Every entry of the shipped table is what pint gives for the unit text."""
    expected = units.compile_with_pint(text)
    entry = TABLE[text]
    assert (entry["lo"], entry["hi"], entry["nominal"]) == pytest.approx(
        (expected.factor.lo, expected.factor.hi, expected.nominal), rel=1e-12)
    assert units._dims_from_json(entry["dims"]) == expected.dims


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
            "print(units.registry_built(), 'pint' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
