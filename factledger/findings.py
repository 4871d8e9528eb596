"""What verification produces: findings with their evidence, verdicts, and coverage.

These are plain data. The engine makes them; formats and the errata report
render them; nothing here prints.
"""

from __future__ import annotations

import enum
from typing import Any, Callable, Mapping


from factledger.locations import NOWHERE, Location
from factledger.records import field, record


class Severity(enum.IntEnum):
    """How serious a finding is; ordered, so ``--fail-on warning`` means warning or worse."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def named(cls, name: str) -> "Severity":
        return cls[name.upper()]


class Verdict(enum.Enum):
    """The outcome of one check: consistent (exactly, through rounding, within the hedge) or not."""

    CONSISTENT = "consistent"
    CONSISTENT_THROUGH_ROUNDING = "consistent only through rounding"
    CONSISTENT_WITHIN_HEDGE = "consistent within the hedge"
    INCONSISTENT = "inconsistent"
    UNVERIFIABLE = "unverifiable"

    @property
    def holds(self) -> bool:
        return self in (Verdict.CONSISTENT, Verdict.CONSISTENT_THROUGH_ROUNDING,
                        Verdict.CONSISTENT_WITHIN_HEDGE)


@record
class ClaimEvidence:
    """One claim a finding rests on, with where it came from."""

    key: str
    printed: str
    reading: str  # "[23,500,000, 24,500,000] USD", the interval the printing allows
    quote: str
    source: str  # "The Wall Street Journal, citing South Korean officials"
    period: str
    article: str  # article title and date
    location: Location = NOWHERE


@record
class Evidence:
    """Why: the computation step by step, the allowance, and the claims involved."""

    steps: tuple[str, ...] = ()
    allowance: str = ""
    claims: tuple[ClaimEvidence, ...] = ()


class EvidenceLater:
    """:class:`Evidence` worded when it is first read, and kept from then on.

    ``make`` is a function and the arguments to call it with, in one tuple, and
    returns the :class:`Evidence`. It reads as that evidence in every way
    (``steps``, ``allowance``, ``claims``, ``==``, ``hash``, pickling), so code
    that reads a finding never tells the two apart. The engine defers every
    finding's evidence: wording each claim it rests on (quote, source, period,
    the reading of its figure), and for a recomputed figure every step with a
    unit chosen for it, was most of what a finding cost, a third of a verify of
    a large ledger; code that reads only codes, counts or verdicts never shows
    it, nor does a run whose ``--select`` or ``--ignore`` leaves the finding out.
    """

    __slots__ = ("_make", "_made")

    def __init__(self, make: tuple[Any, ...]) -> None:
        self._make: tuple[Any, ...] | None = make
        self._made: Evidence | None = None

    @property
    def made(self) -> Evidence:
        made = self._made
        if made is None:
            make = self._make
            assert make is not None
            made = self._made = make[0](*make[1:])
            self._make = None  # what made it is let go: it may hold the whole verify's context
        return made

    @property
    def steps(self) -> tuple[str, ...]:
        return self.made.steps

    @property
    def allowance(self) -> str:
        return self.made.allowance

    @property
    def claims(self) -> tuple[ClaimEvidence, ...]:
        return self.made.claims

    def __eq__(self, other: object) -> bool:
        if isinstance(other, EvidenceLater):
            other = other.made
        return self.made == other if isinstance(other, Evidence) else NotImplemented

    def __hash__(self) -> int:
        return hash(self.made)

    def __repr__(self) -> str:
        return repr(self.made)

    def __reduce__(self) -> str | tuple[Any, ...]:
        return self.made.__reduce__()


class _EvidenceFields:
    """``EvidenceLater.__attrs_attrs__``: the fields of :class:`Evidence`, so that ``attrs.asdict``
    and ``attrs.fields`` read a finding's evidence alike, whichever of the two it is."""

    def __get__(self, instance: Any, owner: type) -> Any:
        return Evidence.__attrs_attrs__  # type: ignore[attr-defined]


EvidenceLater.__attrs_attrs__ = _EvidenceFields()  # type: ignore[attr-defined]


@record
class Finding:
    """A statement about a published figure, with its evidence."""

    code: str
    name: str
    severity: Severity
    message: str
    location: Location
    claims: tuple[str, ...] = ()
    #: an :class:`Evidence`, or an :class:`EvidenceLater` that reads as one
    evidence: Evidence | EvidenceLater = Evidence()
    suggestion: str = ""
    #: what an editor would print instead, when there is one ("$24M a month")
    correction: str = ""

    def sort_key(self) -> tuple:
        return (self.location.path, self.location.line, self.code, self.claims, self.message)


@record
class CheckResult:
    """The verdict on one derivation or relation, consistent or not."""

    subject: str  # claim key or "check at file:line"
    kind: str  # derivation, same, total, shares, compare, range, outlier, cross-source
    verdict: Verdict
    #: the wording of the check, or how to word it: a function, or a tuple of a function and
    #: the arguments to call it with. Most checks pass and are never shown, so rules defer the
    #: formatting of numbers until a report reads ``detail``; they pass tuples, which cost
    #: less than a ``functools.partial`` (that also carries a dict of keywords, even empty).
    describe: str | Callable[[], str] | tuple[Any, ...] = field(alias="detail", eq=False, repr=False)
    location: Location = NOWHERE
    codes: tuple[str, ...] = ()

    @property
    def detail(self) -> str:
        describe = self.describe
        if isinstance(describe, str):
            return describe
        if isinstance(describe, tuple):
            return describe[0](*describe[1:])
        return describe()


@record
class Coverage:
    """How much of the ledger was checked: claims, derived claims, and what no check covers and why."""

    claims: int = 0
    derived: int = 0
    checked: int = 0
    unverifiable: tuple[tuple[str, str], ...] = ()  # (claim key, why)
    unchecked: tuple[str, ...] = ()


@record
class Result:
    """Everything :func:`factledger.verify` found."""

    findings: tuple[Finding, ...] = ()
    checks: tuple[CheckResult, ...] = ()
    coverage: Coverage = Coverage()
    files: tuple[str, ...] = ()
    #: evidence for every claim, by key, so reports need no ledger
    claims: Mapping[str, ClaimEvidence] = field(factory=dict)
    articles: dict[str, dict[str, str]] = field(factory=dict)

    def worst(self) -> Severity | None:
        return max((f.severity for f in self.findings), default=None)

    def at_or_above(self, level: Severity) -> list[Finding]:
        return [f for f in self.findings if f.severity >= level]
