"""FL5: the same measure of the same subject, stated twice across the ledger."""

from __future__ import annotations

from collections import Counter
from functools import partial
from itertools import combinations

from factledger import display
from factledger.claims import Claim
from factledger.context import Context
from factledger.findings import CheckResult, Evidence, Verdict
from factledger.rules import catalog as R
from factledger.value_table import NO_NAME


def check_conflicts(ctx: Context) -> None:
    linked = _linked_pairs(ctx)
    table = ctx.table
    all_dims = table.dims
    # Most names are stated once. Counting their numbers (in C) finds the few that repeat;
    # only claims with one of those are grouped, by the name itself.
    repeated = {number for number, count in Counter(table.name).items() if count > 1}
    repeated.discard(NO_NAME)
    first: dict[tuple[str, str], int] = {}
    groups: dict[tuple[str, str], list[int]] = {}
    subjects, measures = table.subject, table.measure
    for at, number in enumerate(table.name):
        if number in repeated and all_dims[at] is not None:
            name = (subjects[at], measures[at])
            seen = first.setdefault(name, at)
            if seen != at:
                group = groups.get(name)
                if group is None:
                    groups[name] = [seen, at]
                else:
                    group.append(at)
    claims, keys = ctx.ledger.claims, table.keys
    for positions in groups.values():
        for i, j in combinations(positions, 2):
            if all_dims[i] != all_dims[j]:
                continue
            if not linked or frozenset((keys[i], keys[j])) not in linked:
                _pair(ctx, claims[keys[i]], claims[keys[j]], i, j)


def _linked_pairs(ctx: Context) -> set[frozenset[str]]:
    """Pairs already checked by a "same" check: no need to report them twice."""
    pairs = set()
    for at, check in enumerate(ctx.ledger.checks):
        if check.kind == "same":
            keys = ctx.check_keys(at, check)[:len(check.claims)]
            pairs.update(frozenset(p) for p in combinations(keys, 2))
    return pairs


def _where(ctx: Context, claim: Claim) -> str:
    article = ctx.ledger.articles.get(claim.article_id)
    year = article.published.year if article and article.published else "undated"
    name = article.publisher or article.id if article else claim.article_id
    period = claim.period.label if claim.period.stated else "period unstated"
    return f"{name} {year} article, {period}"


def _pair(ctx: Context, a: Claim, b: Claim, i: int, j: int) -> None:
    """Two claims of one measure of one subject, ``i`` and ``j`` their places in the value table."""
    if a.period.stated and b.period.stated and b.period.precedes(a.period):
        a, b, i, j = b, a, j, i
    if (a.cumulative or b.cumulative) and _ends_earlier(b, a):
        a, b, i, j = b, a, j, i
    keys = (ctx.table.keys[i], ctx.table.keys[j])
    lo, hi = ctx.table.lo, ctx.table.hi
    if (a.cumulative or b.cumulative) and _ends_earlier(a, b):
        if hi[j] < lo[i]:
            _record(ctx, a, keys, Verdict.INCONSISTENT, "FL504")
            ctx.add(_finding(ctx, R.RUNNING_TOTAL_FALLS, b.location, a, b))
        else:
            _record(ctx, a, keys, Verdict.CONSISTENT, "")
        return
    if lo[i] <= hi[j] and lo[j] <= hi[i]:
        _record(ctx, a, keys, Verdict.CONSISTENT, "")
        return
    if not (a.period.stated and b.period.stated):
        rule = R.CONFLICT_PERIOD_UNSTATED
    elif a.period.overlaps(b.period):
        rule = R.CONFLICT_ACROSS_SOURCES
    elif a.article_id == b.article_id:
        # One article giving a figure for two periods is reporting a change, not conflicting.
        _record(ctx, a, keys, Verdict.CONSISTENT, "", "different periods")
        return
    else:
        rule = R.DIFFERS_ACROSS_PERIODS
    _record(ctx, a, keys, Verdict.INCONSISTENT if rule.severity > 1 else Verdict.CONSISTENT, rule.code)
    location = max(a.location, b.location) if a.location.path != b.location.path else b.location
    ctx.add(_finding(ctx, rule, location, a, b))


def _finding(ctx: Context, rule, location, a: Claim, b: Claim):
    """The finding about the pair, with both figures as they read, side by side."""
    va, vb = ctx.value(a.key), ctx.value(b.key)
    unit = a.figure.unit_text if a.figure else va.unit
    evidence = Evidence(steps=(f"{a.printed}: {display.interval(va.interval, unit)} ({_where(ctx, a)})",
                               f"{b.printed}: {display.interval(vb.interval, unit)} ({_where(ctx, b)})"),
                        claims=ctx.evidence((a.key, b.key)))
    return rule.finding(location, (a.key, b.key), evidence, printed=a.printed, other=b.printed,
                        where=_where(ctx, a), other_where=_where(ctx, b), measure=a.measure,
                        subject=a.subject)


def _ends_earlier(a: Claim, b: Claim) -> bool:
    """A running total is as of the end of its period: compare ends."""
    return a.period.stated and b.period.stated and a.period.end < b.period.end  # type: ignore[operator]


def _record(ctx: Context, a: Claim, keys, verdict: Verdict, code: str, why: str = "") -> None:
    b = ctx.ledger.claims[keys[1]]
    # A partial, not a closure: one object per pair, and a large ledger checks many pairs.
    ctx.record(CheckResult(keys[0], "cross-source", verdict, partial(_detail, a, b, why), a.location,
                           (code,) if code else ()), keys)


def _detail(a: Claim, b: Claim, why: str) -> str:
    text = f"{a.printed} ({a.period}) vs {b.printed} ({b.period}) for {a.measure} of {a.subject}"
    return text + (f": {why}" if why else "")
