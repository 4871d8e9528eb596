"""verify(ledger) -> Result: every derivation recomputed, every relation checked.

No I/O and no printing: the engine reads a :class:`~factledger.ledger.Ledger`
and returns data. Each rule family lives in ``factledger/rules/`` and is run
here in a fixed order, so results are deterministic.
"""

from __future__ import annotations

from typing import Iterable

import attrs

from factledger import display
from factledger.claims import Claim
from factledger.compute import Computation, Evaluator, Value, figure_value, rate_units
from factledger.expressions import Node
from factledger.findings import (
    CheckResult,
    ClaimEvidence,
    Coverage,
    Finding,
    Result,
    Severity,
    Verdict,
)
from factledger.intervals import Interval
from factledger.ledger import Ledger, derivation_inputs
from factledger.locations import Location


@attrs.frozen
class Settings:
    """What to report. ``select``/``ignore`` take rule codes or code prefixes (``FL5``)."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()

    def wants(self, code: str) -> bool:
        if self.select and not any(code.startswith(s.upper()) for s in self.select):
            return False
        return not any(code.startswith(i.upper()) for i in self.ignore)


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

    # -- values ---------------------------------------------------------------------------
    def value(self, key: str) -> Value | None:
        """A claim's value as the article asserts it (hedged), or as computed when implied."""
        if key not in self._values:
            claim = self.ledger.claims[key]
            self._values[key] = figure_value(claim.figure) if claim.figure else None
        return self._values[key]

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
                from factledger.compute import ComputeError

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
        return tuple(claim_evidence(self.ledger, self.ledger.claims[k]) for k in keys)


def claim_evidence(ledger: Ledger, claim: Claim) -> ClaimEvidence:
    article = ledger.articles.get(claim.article_id)
    when = article.published.isoformat() if article and article.published else "undated"
    title = f"{article.title or article.id} ({when})" if article else claim.article_id
    reading = ""
    if claim.figure is not None:
        span = claim.figure.bounds
        # a figure's bounds are in its own printed unit, not in base units
        unit = display.pretty_unit(claim.figure.unit_text)
        reading = f"[{display.number(span.lo)}, {display.number(span.hi)}] {unit}".rstrip()
    return ClaimEvidence(claim.key, claim.printed, reading, claim.quote, claim.attribution.describe(),
                         str(claim.period), title, claim.location)


def judge(point: float, computed: Interval, stated: Interval, hedged: Interval) -> Verdict:
    """The verdict of a recomputation against a printed figure.

    ``stated`` is what the printing allows by rounding, ``hedged`` that widened by
    the hedge; ``point`` is the arithmetic on the printed values.
    """
    if stated.contains(point):
        return Verdict.CONSISTENT
    if computed.meets(stated):
        return Verdict.CONSISTENT_THROUGH_ROUNDING
    if computed.meets(hedged):
        return Verdict.CONSISTENT_WITHIN_HEDGE
    return Verdict.INCONSISTENT


def verify(ledger: Ledger, settings: Settings | None = None) -> Result:
    """Check a ledger as a whole and return every finding with its evidence."""
    from factledger.rules import FAMILIES

    settings = settings or Settings()
    context = Context(ledger)
    for family in FAMILIES:
        family(context)
    findings = sorted((f for f in context.findings if settings.wants(f.code)), key=Finding.sort_key)
    checks = sorted(context.checks, key=lambda c: (c.location.path, c.location.line, c.subject, c.kind))
    return Result(
        findings=tuple(findings), checks=tuple(checks), coverage=_coverage(context),
        files=ledger.files,
        claims={k: claim_evidence(ledger, c) for k, c in ledger.claims.items()},
        articles={a.id: {"title": a.title, "publisher": a.publisher, "author": a.author,
                         "published": a.published.isoformat() if a.published else "", "url": a.url}
                  for a in ledger.articles.values()},
    )


def _coverage(context: Context) -> Coverage:
    ledger = context.ledger
    derived = [k for k, c in ledger.claims.items() if c.derivation is not None]
    for key in derived:
        context.checked.update(derivation_inputs(ledger, ledger.claims[key]))
    unverifiable = dict(context.unverifiable)
    unchecked = [k for k in ledger.claims if k not in context.checked and k not in unverifiable]
    return Coverage(
        claims=len(ledger.claims), derived=len(derived),
        checked=sum(1 for k in ledger.claims if k in context.checked),
        unverifiable=tuple(sorted(unverifiable.items())), unchecked=tuple(unchecked),
    )


__all__ = ["Context", "Settings", "judge", "rate_units", "verify", "Severity"]
