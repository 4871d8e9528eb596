"""The errata report of the example ledger, compared with reviewed copies in tests/golden/.

The example ledger grows; when its findings change, regenerate the copies with
``python -m pytest tests/test_errata_golden.py --update-golden`` and review the diff.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import factledger
from factledger import errata

LEDGER = Path(__file__).resolve().parent.parent / "ledger"


@pytest.fixture(scope="module")
def seed_result():
    return factledger.verify(factledger.load(LEDGER))


@pytest.mark.parametrize("format, name", [("markdown", "errata.md"), ("html", "errata.html")])
def test_example_ledger_report_matches_golden_copy(seed_result, golden, format, name):
    """The report of the example ledger is exactly the reviewed copy."""
    golden(name, errata.render(seed_result, format=format))
