"""The shape of a rule: one record per problem, with a permanent code."""

from __future__ import annotations

from typing import Any

from factledger.findings import Evidence, EvidenceLater, Finding, Severity
from factledger.locations import Location
from factledger.records import record


@record
class Explanation:
    """The fixed shape of a rule's documentation."""

    what: str  # what it flags
    why: str  # why it matters
    example: str  # an example from an article
    fix: str  # what to do


@record
class Rule:
    """A rule: ``code`` is permanent and never reused; ``name`` names the problem."""

    code: str
    name: str
    severity: Severity
    message: str  # one line stating the fact, with {placeholders}
    suggestion: str  # imperative, separate from the message
    explanation: Explanation
    #: where the slip lies when it is the ledger's, not the article's: "quote", "derivation" or "draft"
    #: (a report for editors tells these apart from the article's problems); "" for the article's
    slip_in: str = ""

    def finding(self, location: Location, claims: tuple[str, ...] = (), evidence: Evidence | EvidenceLater = Evidence(),
                correction: str = "", severity: Severity | None = None, **values: Any) -> Finding:
        values = {**values, "correction": correction}
        return Finding(
            code=self.code, name=self.name, severity=severity or self.severity,
            message=self.message.format(**values), location=location, claims=claims,
            evidence=evidence, suggestion=self.suggestion.format(**values), correction=correction,
        )
