"""Rule families, run in this order by the engine. The rule records are in :mod:`.catalog`."""

from __future__ import annotations

from factledger.rules.arithmetic import check_derivations
from factledger.rules.catalog import RULES, rule_for
from factledger.rules.conflicts import check_conflicts
from factledger.rules.plausibility import check_ranges
from factledger.rules.provenance import check_drafts, check_quotes
from factledger.rules.relations import check_relations

FAMILIES = (check_derivations, check_relations, check_ranges, check_conflicts, check_quotes, check_drafts)

__all__ = ["FAMILIES", "RULES", "rule_for"]
