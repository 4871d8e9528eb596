"""FL4: figures checked against sourced reference ranges and against each other."""

from __future__ import annotations

import math
from array import array

from factledger import display
from factledger.claims import Claim
from factledger.compute import Value
from factledger.context import Context
from factledger.findings import CheckResult, Evidence, Verdict
from factledger.ledger import ReferenceRange
from factledger.rules import catalog as R
from factledger.rules.counts import read_as_counts
from factledger.rules.wording import correction as reworded
from factledger.units import COUNTING_DIMS, DIMENSIONLESS, OFFSET_SCALES

SCALES = (1e3, 1e-3, 1e6, 1e-6)
OUTLIER_RATIO = 300.0
#: how many of the other figures of the measure an outlier's evidence shows
OUTLIER_EVIDENCE = 5


def check_ranges(ctx: Context) -> None:
    ranges = ctx.ranges_by_measure()
    covered: set[str] = set()
    table = ctx.table
    claims = ctx.ledger.claims
    lo, hi, all_points, all_dims = table.lo, table.hi, table.point, table.dims
    # One pass over the table: each figure is checked against its measure's reference
    # ranges, and grouped with the other figures of its measure and kind for the outliers.
    # Positions as C integers: a list would hold an int object for each (40 bytes a claim
    # against 8), all alive together at what was a peak of a verify's memory.
    groups: dict[tuple, array[int]] = {}
    below_zero: set[str] = set()  # measures with a figure below zero: no ratio compares their figures
    for at, measure in enumerate(table.measure):
        if not measure:
            continue
        dims = all_dims[at]
        if dims is None:
            continue
        entries = ranges.get(measure)
        if entries:
            for entry in entries:
                if entry.dims != dims:
                    continue
                key = table.keys[at]
                covered.add(key)
                if lo[at] <= entry.base.hi and entry.base.lo <= hi[at]:
                    _within_range(ctx, key, claims[key], entry)
                else:
                    _against_range(ctx, claims[key], entry)
        if all_points[at] > 0:
            group = groups.get((measure, dims))
            if group is None:
                groups[(measure, dims)] = array("q", (at,))
            else:
                group.append(at)
        elif all_points[at] < 0:
            below_zero.add(measure)
    _count_bare_numbers(ctx, groups)
    _outliers(ctx, groups, covered, below_zero)


def _count_bare_numbers(ctx: Context, groups: dict[tuple, array[int]]) -> None:
    """Move each bare number a measure's figures count ("15,000" beside "12,000 troops" of its subject)
    from the measure's pure numbers to the counted figures, as the cross-source checks compare it."""
    counted = [key for key in groups if key[1] in COUNTING_DIMS]
    for measure in dict.fromkeys(measure for measure, _ in counted):
        pure = groups.get((measure, DIMENSIONLESS))
        if pure is None:
            continue
        positions = [*pure, *(at for key in counted if key[0] == measure for at in groups[key])]
        counts = read_as_counts(ctx.table, ctx.ledger.claims, positions)
        if not counts:
            continue
        groups[(measure, DIMENSIONLESS)] = array("q", (at for at in pure if at not in counts))
        for kind in set(counts.values()):  # in ledger order, as the evidence lists them
            joined = [*groups[(measure, kind)], *(at for at, read in counts.items() if read == kind)]
            groups[(measure, kind)] = array("q", sorted(joined))


def _within_range(ctx: Context, key: str, claim: Claim, entry: ReferenceRange) -> None:
    ctx.record(CheckResult(key, "range", Verdict.CONSISTENT, (_within_detail, ctx, claim, entry),
                           claim.location), (key,))


def _within_detail(ctx: Context, claim: Claim, entry: ReferenceRange) -> str:
    return f"{_shown(claim, ctx.value(claim.key), entry.unit)} within {_range_text(entry)}"


def _against_range(ctx: Context, claim: Claim, entry: ReferenceRange) -> None:
    value = ctx.value(claim.key)
    assert value is not None
    unit = entry.unit
    range_text = _range_text(entry)
    shown = _shown(claim, value, unit)
    evidence = Evidence(
        steps=(f"{shown} = {display.quantity(value.point, unit)}",
               f"plausible {claim.measure}: {range_text} ({entry.source})", f"why: {entry.reason}"),
        allowance=f"{shown} allows {display.interval(value.interval, unit)}",
        claims=ctx.evidence([claim.key]))
    scale = _scale_slip(value, entry)
    ctx.record(CheckResult(claim.key, "range", Verdict.INCONSISTENT, f"{shown} outside {range_text}",
                           claim.location, ("FL401" if scale else "FL402",)), [claim.key])
    if scale is None:
        ctx.add(R.OUT_OF_RANGE.finding(claim.location, (claim.key,), evidence, printed=shown,
                                       measure=claim.measure, range=range_text))
        return
    figure_unit = claim.figure.unit_text if claim.figure else unit
    correction = reworded(claim.figure, display.in_unit(value.point * scale, figure_unit)) if claim.figure else ""
    scaled = correction or _scaled_reading(claim, value, scale, figure_unit)
    ctx.add(R.IMPLAUSIBLE_MAGNITUDE.finding(
        claim.location, (claim.key,), evidence, correction=correction, printed=shown,
        measure=claim.measure, range=range_text, scale=display.number(scale), scaled=scaled))


def _scale_slip(value: Value, entry: ReferenceRange) -> float | None:
    """The factor (a thousand, a million, or their inverses) that brings ``value`` into the range, if any.

    A scale slip makes sense of a count or an amount, not of degrees from an arbitrary zero;
    nor of a figure against a range that runs from below zero to above it ("-1% to 5%"),
    which any figure shrunk a thousandfold falls inside, so that the shrinking explains nothing.
    """
    if value.dims in OFFSET_SCALES or entry.base.lo < 0.0 < entry.base.hi:
        return None
    return next((s for s in SCALES if entry.base.contains(value.point * s)), None)


def _scaled_reading(claim: Claim, value, scale: float, unit: str) -> str:
    """The scaled figure in plain digits, for a range, a compound measure or a fraction, which
    no rewording of the printed figure says: "20,000 to 30,000 tonne/month"."""
    if claim.figure is not None and claim.figure.is_range:
        low = display.number(display.in_unit(value.interval.lo * scale, unit))
        return f"{low} to {display.quantity(value.interval.hi * scale, unit)}"
    return display.quantity(value.point * scale, unit)


def _range_text(entry: ReferenceRange) -> str:
    # "-45 to 5 °C": a dash between bounds below zero would read as another minus sign
    dash = " to " if entry.low < 0 or entry.high < 0 else "-"
    return f"{display.number(entry.low)}{dash}{display.number(entry.high)} {display.pretty_unit(entry.unit)}"


def _shown(claim: Claim, value, unit: str) -> str:
    return claim.printed or display.quantity(value.point, unit)


def _outliers(ctx: Context, groups: dict[tuple, array[int]], covered: set[str], below_zero: set[str]) -> None:
    """FL403 for figures far from all others of their group: positions by (measure, dims).

    Only figures above zero are grouped. A measure that may lie below zero (one of its
    figures does, or the ledger marks one ``signed``) has no scale for a ratio to measure
    against: a trade balance near zero is as ordinary as a large one. Nor have degrees,
    counted from an arbitrary zero.
    """
    table = ctx.table
    all_points = table.point
    for (measure, dims), positions in groups.items():
        if len(positions) < 3 or dims in OFFSET_SCALES or measure in below_zero:
            continue
        far = _far_from_all_others([all_points[at] for at in positions])
        if not far or _any_signed(ctx, [table.keys[at] for at in positions]):
            continue
        keys = [table.keys[at] for at in positions]
        points = {key: all_points[at] for key, at in zip(keys, positions)}
        ordered = sorted(points.values())
        for key in keys:
            if key in covered or points[key] not in far:
                continue
            point = points[key]
            # The group without this figure, sorted: a far figure is the smallest or the
            # largest of a group, or alone in a gap; its neighbours are the others' nearest.
            at = ordered.index(point)
            others = ordered[:at] + ordered[at + 1:]
            typical = _median(others)
            ratio = max(point / typical, typical / point)
            # The others must agree on a scale among themselves: figures that span orders of
            # magnitude (populations of countries, from Vatican City to China) give no scale
            # to slip from, while 70 t among loads of 60,000-80,000 t stands out.
            neighbours = others[max(at - 1, 0):at + 1]
            nearest = min(max(o / point, point / o) for o in neighbours)
            if ratio >= OUTLIER_RATIO and others[-1] / others[0] < nearest:
                claim = ctx.ledger.claims[key]
                typical_keys = _nearest(points, [k for k in keys if k != key], typical)
                ctx.add(R.OUTLIER_IN_MEASURE.finding(
                    claim.location, (key,), Evidence(claims=ctx.evidence([key, *typical_keys])),
                    printed=claim.printed, ratio=display.number(ratio, 2),
                    direction="larger" if point > typical else "smaller", measure=claim.measure))
                ctx.compared(keys)


def _any_signed(ctx: Context, keys: list[str]) -> bool:
    """Whether the ledger marks any of these claims' figures ``signed = true`` (asked only of a group
    with a far figure, which few groups have)."""
    claims = ctx.ledger.claims
    return any(claims[key].figure is not None and claims[key].figure.signed for key in keys)


def _nearest(points: dict[str, float], keys: list[str], typical: float) -> list[str]:
    """The ``OUTLIER_EVIDENCE`` figures closest to the typical one, in ledger order.

    A measure may have thousands of figures; the evidence shows the few that
    say what its figures usually are, not all of them.
    """
    if len(keys) <= OUTLIER_EVIDENCE:
        return keys
    nearest = set(sorted(keys, key=lambda k: abs(math.log(points[k] / typical)))[:OUTLIER_EVIDENCE])
    return [k for k in keys if k in nearest]


def _median(values: list[float]) -> float:
    import statistics  # only for the few far-off values; it costs milliseconds to import

    return statistics.median(values)


def _far_from_all_others(points: list[float]) -> set[float]:
    """The values of a group (two or more, all positive) that every other value is ``OUTLIER_RATIO``
    times larger or smaller than.

    The ratio grows as values move away from a value, so its nearest value on
    each side decides: one pass over the sorted group, not a comparison of every
    pair. A value that occurs twice is next to its twin and never far.
    """
    # No two neighbours are further apart than the smallest and the largest value, and
    # rounding a quotient keeps its order, so a group spread less than OUTLIER_RATIO wide
    # (nearly every group) has no outlier: decided without sorting it.
    if max(points) / min(points) < OUTLIER_RATIO:
        return set()
    ordered = sorted(points)
    far = set()
    last = len(ordered) - 1
    for at, point in enumerate(ordered):
        if at > 0:
            below = ordered[at - 1]
            if max(below / point, point / below) < OUTLIER_RATIO:
                continue
        if at < last:
            above = ordered[at + 1]
            if max(above / point, point / above) < OUTLIER_RATIO:
                continue
        far.add(point)
    return far
