"""factledger: keep published numbers honest.

Record every quantitative claim of an article in a ledger, then let the
consistency engine recompute every derived figure and check the ledger as a
whole::

    import factledger

    ledger = factledger.load("ledger/")
    result = factledger.verify(ledger)
    for finding in result.findings:
        print(finding.location, finding.code, finding.message)

Importing this package is cheap: pint is loaded only when a unit outside the
shipped unit table is first needed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factledger._version import __version__

#: Where each public name lives. Names are imported on first use (PEP 562), so
#: ``import factledger`` and the command line start fast.
_HOMES = {
    "Check": "claims", "Claim": "claims", "Derivation": "claims",
    "Settings": "engine", "verify": "engine",
    "ExpressionError": "errors", "FactledgerError": "errors", "FigureError": "errors",
    "IntervalError": "errors", "LedgerError": "errors", "PeriodError": "errors", "UnitError": "errors",
    "Figure": "figures", "read_figure": "figures",
    "CheckResult": "findings", "ClaimEvidence": "findings", "Coverage": "findings",
    "Evidence": "findings", "Finding": "findings", "Result": "findings", "Severity": "findings",
    "Verdict": "findings",
    "Hedge": "hedges", "HedgeKind": "hedges", "Interval": "intervals",
    "Ledger": "ledger", "ReferenceRange": "ledger", "Location": "locations",
    "Period": "periods", "parse_period": "periods",
    "Article": "provenance", "Attribution": "provenance", "Source": "provenance",
    "load": "store", "load_many": "store", "Unit": "units", "compile_unit": "units",
    "DraftClaim": "extract", "Mention": "extract", "extract": "extract",
}


def __getattr__(name: str):
    import importlib

    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'factledger' has no attribute {name!r}")
    module = importlib.import_module(f"factledger.{home}")
    value = getattr(module, name)
    globals()[name] = value
    return value


if TYPE_CHECKING:  # pragma: no cover
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
    from factledger.extract import DraftClaim, Mention, extract

__all__ = [
    "Article", "Attribution", "Check", "CheckResult", "Claim", "ClaimEvidence", "Coverage",
    "Derivation", "DraftClaim", "Evidence", "ExpressionError", "FactledgerError", "Figure", "FigureError",
    "Finding", "Hedge", "HedgeKind", "Interval", "IntervalError", "Ledger", "LedgerError",
    "Location", "Mention", "Period", "PeriodError", "ReferenceRange", "Result", "Settings", "Severity",
    "Source", "Unit", "UnitError", "Verdict", "__version__", "compile_unit", "extract", "load", "load_many",
    "parse_period", "read_figure", "verify",
]
