"""factledger: keep published numbers honest.

Record every quantitative claim of an article in a ledger, then let the
consistency engine recompute every derived figure and check the ledger as a
whole::

    import factledger

    ledger = factledger.load("ledger/")
    result = factledger.verify(ledger)
    for finding in result.findings:
        print(finding.location, finding.code, finding.message)

Importing this package is cheap: each public name is imported from its module
on first use, and pint is loaded only when a unit outside the shipped unit
table is first needed.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from factledger._version import __version__

if TYPE_CHECKING:  # the names below, for type checkers and editors
    from factledger import errata, waivers
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
    from factledger.waivers import WaiverError
    from factledger.extraction import DraftClaim, Mention, extract

#: public name -> the module that defines it
_HOMES: dict[str, str] = {
    **dict.fromkeys(("Check", "Claim", "Derivation"), "claims"),
    **dict.fromkeys(("Settings", "verify"), "engine"),
    **dict.fromkeys(("ExpressionError", "FactledgerError", "FigureError", "IntervalError",
                     "LedgerError", "PeriodError", "UnitError"), "errors"),
    **dict.fromkeys(("Figure", "read_figure"), "figures"),
    **dict.fromkeys(("CheckResult", "ClaimEvidence", "Coverage", "Evidence", "Finding", "Result",
                     "Severity", "Verdict"), "findings"),
    **dict.fromkeys(("Hedge", "HedgeKind"), "hedges"),
    "Interval": "intervals",
    **dict.fromkeys(("Ledger", "ReferenceRange"), "ledger"),
    "Location": "locations",
    **dict.fromkeys(("Period", "parse_period"), "periods"),
    **dict.fromkeys(("Article", "Attribution", "Source"), "provenance"),
    **dict.fromkeys(("load", "load_many"), "store"),
    **dict.fromkeys(("Unit", "compile_unit"), "units"),
    **dict.fromkeys(("DraftClaim", "Mention", "extract"), "extraction"),
    "WaiverError": "waivers",
}

#: modules reachable as attributes: ``factledger.errata.render(result, format="html")``,
#: ``factledger.waivers.apply_waivers(result, waivers, today)``
_SUBPACKAGES = ("errata", "waivers")

# Written out, not computed from the tables above: a type checker reads ``__all__`` only as a
# literal list, and the names it lists are the ones ``mypy --strict`` lets users import from
# here (tests/test_typing.py checks it against ``_HOMES`` and the imports above).
__all__ = [
    "Article", "Attribution", "Check", "CheckResult", "Claim", "ClaimEvidence", "Coverage",
    "Derivation", "DraftClaim", "Evidence", "ExpressionError", "FactledgerError", "Figure",
    "FigureError", "Finding", "Hedge", "HedgeKind", "Interval", "IntervalError", "Ledger",
    "LedgerError", "Location", "Mention", "Period", "PeriodError", "ReferenceRange", "Result",
    "Settings", "Severity", "Source", "Unit", "UnitError", "Verdict", "WaiverError", "compile_unit", "errata",
    "extract", "load", "load_many", "parse_period", "read_figure", "verify", "waivers",
    "__version__",
]


# Hidden from type checkers: one that saw a module ``__getattr__`` would take any name of the
# package as ``Any``, a misspelt one too.
if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        if name in _SUBPACKAGES:
            return importlib.import_module(f"factledger.{name}")
        home = _HOMES.get(name)
        if home is None:
            raise AttributeError(f"module 'factledger' has no attribute {name!r}")
        value = getattr(importlib.import_module(f"factledger.{home}"), name)
        globals()[name] = value  # later lookups skip this function
        return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_HOMES) | set(_SUBPACKAGES))
