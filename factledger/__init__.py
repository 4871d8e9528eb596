"""factledger: keep published numbers honest.

Record every quantitative claim of an article in a ledger, then let the
consistency engine recompute every derived figure and check the ledger as a
whole::

    import factledger

    ledger = factledger.load("ledger/")
    result = factledger.verify(ledger)
    for finding in result.findings:
        print(finding.location, finding.code, finding.message)
    report = factledger.errata.render(result, format="html")  # the editors' report

Importing this package is cheap: pint is loaded only when a unit outside the
shipped unit table is first needed.
"""

from __future__ import annotations

from factledger import errata
from factledger._version import __version__
from factledger.claims import Check, Claim, Derivation
from factledger.engine import Settings, verify
from factledger.errors import (
    ExpressionError,
    FactledgerError,
    FigureError,
    IntervalError,
    LedgerError,
    PeriodError,
    UnitError,
)
from factledger.figures import Figure, read_figure
from factledger.findings import (
    CheckResult,
    ClaimEvidence,
    Coverage,
    Evidence,
    Finding,
    Result,
    Severity,
    Verdict,
)
from factledger.hedges import Hedge, HedgeKind
from factledger.intervals import Interval
from factledger.ledger import Ledger, ReferenceRange
from factledger.locations import Location
from factledger.periods import Period, parse_period
from factledger.provenance import Article, Attribution, Source
from factledger.store import load, load_many
from factledger.units import Unit, compile_unit

__all__ = [
    "Article", "Attribution", "Check", "CheckResult", "Claim", "ClaimEvidence", "Coverage",
    "Derivation", "Evidence", "errata", "ExpressionError", "FactledgerError", "Figure", "FigureError",
    "Finding", "Hedge", "HedgeKind", "Interval", "IntervalError", "Ledger", "LedgerError",
    "Location", "Period", "PeriodError", "ReferenceRange", "Result", "Settings", "Severity",
    "Source", "Unit", "UnitError", "Verdict", "__version__", "compile_unit", "load", "load_many",
    "parse_period", "read_figure", "verify",
]
