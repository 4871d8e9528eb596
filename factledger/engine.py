"""verify(ledger) -> Result: every derivation recomputed, every relation checked.

No I/O and no printing: the engine reads a :class:`~factledger.ledger.Ledger`
and returns data. Each rule family lives in ``factledger/rules/`` and is run
here in a fixed order, so results are deterministic.
"""

from __future__ import annotations

import operator
from typing import TYPE_CHECKING, Iterable, Iterator, Mapping, Sequence

from factledger.collector import collection_paused
from factledger.context import Context, claim_evidence, judge
from factledger.errors import FactledgerError
from factledger.findings import ClaimEvidence
from factledger.findings import Coverage, Finding, Result
from factledger.ledger import Ledger
from factledger.locations import Location
from factledger.records import record
from factledger.rules import FAMILIES


@record
class Settings:
    """What to report. ``select``/``ignore`` take rule codes or code prefixes (``FL5``).

    Each takes a sequence of them, or a single one as a string (``select="FL201"``).
    """

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()

    if TYPE_CHECKING:
        # Type checkers read a record's constructor from its fields, which would refuse the
        # documented select="FL201" and a list; the fields themselves are always tuples.
        def __init__(self, select: str | Sequence[str] = (), ignore: str | Sequence[str] = ()) -> None: ...

    def __post_init__(self) -> None:
        # A code that matches no rule selects nothing: a typo ("FL10l") would pass every run.
        from factledger.rules.catalog import BY_CODE

        for option in ("select", "ignore"):
            object.__setattr__(self, option, _codes(getattr(self, option)))
        for option, prefixes in (("select", self.select), ("ignore", self.ignore)):
            for prefix in prefixes:
                if not any(code.startswith(prefix.upper()) for code in BY_CODE):
                    raise FactledgerError(f"{option} {prefix!r} matches no rule code; codes look like FL101, "
                                          f"prefixes like FL1, and 'factledger rule' lists them")

    def wants(self, code: str) -> bool:
        if self.select and not any(code.startswith(s.upper()) for s in self.select):
            return False
        return not any(code.startswith(i.upper()) for i in self.ignore)


def _codes(given: str | Iterable[str]) -> tuple[str, ...]:
    # select="FL201" is one code, as --select FL201 is: iterated, it was five one-letter codes.
    # A tuple, whatever was given, keeps the settings hashable.
    return (given,) if isinstance(given, str) else tuple(given)


class ClaimEvidenceMap(Mapping[str, ClaimEvidence]):
    """Evidence for every claim, by key, made when first read.

    Reports read the evidence of the few claims they show; making it for every
    claim of a large ledger up front cost more than all the checks together.
    """

    def __init__(self, ledger: Ledger) -> None:
        self._ledger = ledger
        self._made: dict[str, ClaimEvidence] = {}
        self._titles: dict[str, str] = {}

    def __getitem__(self, key: str) -> ClaimEvidence:
        evidence = self._made.get(key)
        if evidence is None:
            evidence = self._made[key] = claim_evidence(self._ledger, self._ledger.claims[key], self._titles)
        return evidence

    def __iter__(self) -> Iterator[str]:
        return iter(self._ledger.claims)

    def __contains__(self, key: object) -> bool:
        # Mapping's own test reads the item: it would make the evidence only to say it is there.
        return key in self._ledger.claims

    def __len__(self) -> int:
        return len(self._ledger.claims)

    def location(self, key: str) -> Location:
        """Where claim ``key`` is written, without making its evidence."""
        return self._ledger.claims[key].location

    def __repr__(self) -> str:
        return f"ClaimEvidenceMap({len(self)} claims)"


def verify(ledger: Ledger, settings: Settings | None = None) -> Result:
    """Check a ledger as a whole and return every finding with its evidence."""
    with collection_paused():
        return _verify(ledger, settings or Settings())


def _verify(ledger: Ledger, settings: Settings) -> Result:
    context = Context(ledger)
    for family in FAMILIES:
        family(context)
    coverage = _coverage(context)
    context.checked.clear()  # a set of every checked claim's key: gone before the sorts below
    findings = sorted((f for f in context.findings if settings.wants(f.code)), key=Finding.sort_key)
    checks = sorted(context.checks, key=_CHECK_ORDER)
    result = Result(
        findings=tuple(findings), checks=tuple(checks), coverage=coverage,
        files=ledger.files,
        claims=ClaimEvidenceMap(ledger),
        articles={a.id: {"title": a.title, "publisher": a.publisher, "author": a.author,
                         "published": a.published.isoformat() if a.published else "", "url": a.url}
                  for a in ledger.articles.values()},
    )
    context.let_go()
    return result


_CHECK_ORDER = operator.attrgetter("location.path", "location.line", "subject", "kind")


def _coverage(context: Context) -> Coverage:
    ledger = context.ledger
    claims = ledger.claims
    checked = context.checked
    derived = sum(1 for c in claims.values() if c.derivation is not None)
    if len(ledger.inputs) == derived:  # resolved when the ledger was built
        for keys in ledger.inputs.values():
            checked.update(keys)
    else:
        for claim in claims.values():
            checked.update(context.inputs(claim))
    unverifiable = context.unverifiable
    # Counted from the claims left out, not as ``checked & claims.keys()``: that would make
    # a second set of every checked key at the very end of a verify, when memory peaks.
    left_out = [k for k in claims if k not in checked]
    unchecked = [k for k in left_out if k not in unverifiable]
    return Coverage(
        claims=len(claims), derived=derived, checked=len(claims) - len(left_out),
        unverifiable=tuple(sorted(unverifiable.items())), unchecked=tuple(unchecked),
    )


__all__ = ["Settings", "judge", "verify"]
