"""What rule families share while one ledger is verified: values, verdicts, evidence.

Rules read claims' values from a :class:`Context` and add findings and check
results to it; the engine creates one per ``verify`` call.
"""

from __future__ import annotations

import functools
from typing import Iterable

from factledger import display
from factledger.claims import Claim
from factledger.compute import ComputeError, Computation, Evaluator, Value, figure_value
from factledger.expressions import Node
from factledger.findings import CheckResult, ClaimEvidence, Finding, Verdict
from factledger.intervals import Interval
from factledger.ledger import Ledger, derivation_inputs
from factledger.locations import Location


class Context:
    """What rule families share while one ledger is verified."""

    def __init__(self, ledger: Ledger) -> None:
        self.ledger = ledger
        self.findings: list[Finding] = []
        self.checks: list[CheckResult] = []
        self.checked: set[str] = set()
        self.unverifiable: dict[str, str] = {}
        self._values: dict[str, Value | None] = {}
        self._rounding: dict[str, Value] = {}
        self._inputs: dict[str, list[str]] = {}
        self._evidence: dict[str, ClaimEvidence] = {}

    # -- values ---------------------------------------------------------------------------
    def value(self, key: str) -> Value | None:
        """A claim's value as the article asserts it (hedged), or as computed when implied."""
        try:
            return self._values[key]
        except KeyError:
            claim = self.ledger.claims[key]
            value = self._values[key] = figure_value(claim.figure) if claim.figure else None
            return value

    def all_values(self) -> dict[str, Value | None]:
        """Every claim's value by key, for rules that read them all: one dictionary look-up each."""
        values = self._values
        if len(values) < len(self.ledger.claims):
            for key, claim in self.ledger.claims.items():
                if key not in values:
                    values[key] = figure_value(claim.figure) if claim.figure else None
        return values

    def inputs(self, claim: Claim) -> list[str]:
        """The keys a claim's derivation reads, resolved once per verify."""
        if claim.derivation is None:
            return []
        key = claim.key
        keys = self._inputs.get(key)
        if keys is None:
            keys = self._inputs[key] = derivation_inputs(self.ledger, claim)
        return keys

    def set_computed(self, key: str, value: Value) -> None:
        self._values[key] = value

    def rounding(self, key: str) -> Value:
        if key not in self._rounding:
            self._rounding[key] = figure_value(self.ledger.claims[key].figure, hedged=False)
        return self._rounding[key]

    def compute(self, node: Node, claim_article: str, location: Location, hints: list[str]) -> Computation:
        def lookup(key: str) -> Value:
            value = self.value(key)
            if value is None:
                raise ComputeError(f"{key.split(':', 1)[1]} has no value (its derivation failed)")
            return value

        evaluator = Evaluator(lookup, lambda ref: self.ledger.resolve(ref, claim_article, location), hints)
        return evaluator.run(node)

    # -- output -------------------------------------------------------------------------------
    def add(self, finding: Finding) -> None:
        self.findings.append(finding)

    def record(self, check: CheckResult, keys: Iterable[str]) -> None:
        self.checks.append(check)
        self.checked.update(keys)

    def evidence(self, keys: Iterable[str]) -> tuple[ClaimEvidence, ...]:
        return tuple(self.claim_evidence(k) for k in keys)

    def claim_evidence(self, key: str) -> ClaimEvidence:
        """One claim's evidence, made once however many findings show it."""
        evidence = self._evidence.get(key)
        if evidence is None:
            evidence = self._evidence[key] = claim_evidence(self.ledger, self.ledger.claims[key])
        return evidence


@functools.lru_cache(maxsize=8192)
def same_name(text: str) -> str:
    """Subjects and measures match whatever their case and spacing ("China's  share")."""
    return " ".join(text.lower().split())


def claim_evidence(ledger: Ledger, claim: Claim) -> ClaimEvidence:
    article = ledger.articles.get(claim.article_id)
    when = article.published.isoformat() if article and article.published else "undated"
    title = f"{article.title or article.id} ({when})" if article else claim.article_id
    reading = ""
    if claim.figure is not None:
        # A figure's bounds are in its own printed unit, not in base units.
        bounds = claim.figure.bounds
        reading = display.printed_interval(bounds.lo, bounds.hi, claim.figure.unit_text)
    return ClaimEvidence(claim.key, claim.printed, reading, claim.quote, claim.attribution.describe(),
                         str(claim.period), title, claim.location)


def judge(point: float, computed: Interval, stated: Interval, hedged: Interval) -> Verdict:
    """The verdict of a recomputation against a printed figure.

    ``stated`` is what the printing allows by rounding, ``hedged`` that widened by
    the hedge; ``point`` is the arithmetic on the printed values.
    """
    if stated.contains(point):
        return Verdict.CONSISTENT
    if hedged != stated and hedged.contains(point):
        return Verdict.CONSISTENT_WITHIN_HEDGE
    if computed.meets(stated):
        return Verdict.CONSISTENT_THROUGH_ROUNDING
    if computed.meets(hedged):
        return Verdict.CONSISTENT_WITHIN_HEDGE
    return Verdict.INCONSISTENT
