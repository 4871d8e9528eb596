"""What rule families share while one ledger is verified: values, verdicts, evidence.

Rules read claims' values from a :class:`Context` and add findings and check
results to it; the engine creates one per ``verify`` call.
"""

from __future__ import annotations

import functools
from typing import Iterable

from factledger import display
from factledger.claims import Check, Claim, same_name
from factledger.compute import ComputeError, Computation, Evaluator, Value
from factledger.expressions import Node
from factledger.findings import CheckResult, ClaimEvidence, Evidence, EvidenceLater, Finding, Verdict
from factledger.intervals import Interval
from factledger.ledger import Ledger, ReferenceRange
from factledger.locations import Location
from factledger.value_table import ValueTable


class Context:
    """What rule families share while one ledger is verified."""

    def __init__(self, ledger: Ledger) -> None:
        self.ledger = ledger
        self.findings: list[Finding] = []
        self.checks: list[CheckResult] = []
        self.checked: set[str] = set()
        self.unverifiable: dict[str, str] = {}
        table = ledger.table or ValueTable(ledger.claims.values())
        # Implied claims (no dimension yet) get their values during a verify: write those into a copy.
        self.table = table.copy() if None in table.dims else table
        self._evidence: dict[str, ClaimEvidence] = {}
        self._titles: dict[str, str] = {}
        self._ranges: dict[str, list[ReferenceRange]] | None = None

    # -- values ---------------------------------------------------------------------------
    def value(self, key: str) -> Value | None:
        """A claim's value as the article asserts it (hedged), or as computed when implied."""
        return self.table.value(self.table.index[key])

    def inputs(self, claim: Claim, key: str = "") -> tuple[str, ...]:
        """The keys a claim's derivation reads, resolved when the ledger was built.

        ``key`` is the claim's key, when the caller has it at hand.
        """
        if claim.derivation is None:
            return ()
        keys = self.ledger.inputs.get(key or claim.key)
        if keys is None:  # a ledger made without build_ledger
            keys = tuple(self.ledger.resolve(r, claim.article_id, claim.location)
                         for r in claim.derivation.inputs)
        return keys

    def check_keys(self, at: int, check: Check) -> tuple[str, ...]:
        """The keys of the claims ``check`` (``ledger.checks[at]``) reads, in ``check.references`` order."""
        resolved = self.ledger.check_inputs
        if len(resolved) == len(self.ledger.checks):
            return resolved[at]
        return tuple(self.ledger.resolve(r, check.article_id, check.location) for r in check.references)

    def set_computed(self, key: str, value: Value) -> None:
        self.table.set(self.table.index[key], value)

    def ranges_by_measure(self) -> dict[str, list[ReferenceRange]]:
        """The reference ranges of each measure (folded by :func:`same_name`), in ledger order.

        Indexed once per verify: the range check reads it for every claim, and the full
        path of every derivation for units to show, and a ledger may carry a library of ranges.
        """
        if self._ranges is None:
            self._ranges = {}
            for entry in self.ledger.ranges:
                for name in dict.fromkeys(same_name(m) for m in entry.measures):
                    self._ranges.setdefault(name, []).append(entry)
        return self._ranges

    def rounding(self, key: str) -> Value:
        return self.table.rounding(self.table.index[key])

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

    def let_go(self) -> None:
        """Drop what only the verify itself needed, once its result is made.

        Checks that hold word their detail when a report reads it, through this
        context, so it lives as long as the result. Kept, its list of those checks
        would make a reference cycle with them (a dropped result freed only by the
        cycle collector), and its set of checked claims would stay with the result.
        """
        self.checks.clear()
        self.findings.clear()
        self.checked.clear()

    def evidence(self, keys: Iterable[str]) -> tuple[ClaimEvidence, ...]:
        return tuple(self.claim_evidence(k) for k in keys)

    def evidence_later(self, keys: Iterable[str], steps: tuple[str, ...] = (), allowance: str = "") -> EvidenceLater:
        """A finding's evidence: its ``steps`` and ``allowance``, and the claims ``keys`` name, each
        with its quote, source and period, worded when a report first reads them (most of a
        finding's wording, and a run that reads only codes and counts never does)."""
        return EvidenceLater((_evidence, self, tuple(keys), steps, allowance))

    def claim_evidence(self, key: str) -> ClaimEvidence:
        """One claim's evidence, made once however many findings show it."""
        evidence = self._evidence.get(key)
        if evidence is None:
            evidence = self._evidence[key] = claim_evidence(self.ledger, self.ledger.claims[key], self._titles)
        return evidence


def _evidence(context: Context, keys: tuple[str, ...], steps: tuple[str, ...], allowance: str) -> Evidence:
    return Evidence(steps=steps, allowance=allowance, claims=context.evidence(keys))


def claim_evidence(ledger: Ledger, claim: Claim, titles: dict[str, str] | None = None) -> ClaimEvidence:
    """One claim's evidence; ``titles`` keeps each article's worded title between calls."""
    titles = {} if titles is None else titles
    title = titles.get(claim.article_id)
    if title is None:
        title = titles[claim.article_id] = article_title(ledger, claim.article_id)
    figure = claim.figure
    # A figure's bounds are in its own printed unit, not in base units.
    reading = "" if figure is None else _reading(figure.bounds.lo, figure.bounds.hi, figure.unit_text)
    return ClaimEvidence(claim.key, claim.printed, reading, claim.quote, claim.attribution.describe(),
                         str(claim.period), title, claim.location)


def article_title(ledger: Ledger, article_id: str) -> str:
    """"Title (2024-11-16)", as evidence names the article a claim is from."""
    article = ledger.articles.get(article_id)
    if article is None:
        return article_id
    when = article.published.isoformat() if article.published else "undated"
    return f"{article.title or article.id} ({when})"


# Figures repeat across a ledger ("12,000 troops", "97%"): word each reading once.
@functools.lru_cache(maxsize=4096)
def _reading(lo: float, hi: float, unit: str) -> str:
    return display.printed_interval(lo, hi, unit)


def judge(point: float, computed: Interval, stated: Interval, hedged: Interval) -> Verdict:
    """The verdict of a recomputation against a printed figure.

    ``stated`` is what the printing allows by rounding, ``hedged`` that widened by
    the hedge; ``point`` is the arithmetic on the printed values.
    """
    return judge_bounds(point, computed.lo, computed.hi, stated.lo, stated.hi, hedged.lo, hedged.hi)


def judge_bounds(point: float, lo: float, hi: float, stated_lo: float, stated_hi: float,
                 hedged_lo: float, hedged_hi: float) -> Verdict:
    """:func:`judge` on bare bounds: the computed interval ``[lo, hi]``, the stated and hedged ones."""
    if stated_lo <= point <= stated_hi:
        return Verdict.CONSISTENT
    hedge_widens = hedged_lo != stated_lo or hedged_hi != stated_hi
    if hedge_widens and hedged_lo <= point <= hedged_hi:
        return Verdict.CONSISTENT_WITHIN_HEDGE
    if lo <= stated_hi and stated_lo <= hi:
        return Verdict.CONSISTENT_THROUGH_ROUNDING
    if lo <= hedged_hi and hedged_lo <= hi:
        return Verdict.CONSISTENT_WITHIN_HEDGE
    return Verdict.INCONSISTENT
