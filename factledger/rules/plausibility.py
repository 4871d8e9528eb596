"""FL4: figures checked against sourced reference ranges and against each other."""

from __future__ import annotations

import math
from array import array
from typing import Sequence

from factledger import display
from factledger.claims import Claim
from factledger.compute import Value
from factledger.context import Context
from factledger.findings import CheckResult, Verdict
from factledger.ledger import ReferenceRange
from factledger.rules import catalog as R
from factledger.rules.counts import COUNT, RATIO, count_and_ratio_sides, may_count, read_as_counts
from factledger.rules.wording import correction as reworded
from factledger.units import COUNTING_DIMS, DIMENSIONLESS, OFFSET_SCALES, Dims, describe_dims

SCALES = (1e3, 1e-3, 1e6, 1e-6)
OUTLIER_RATIO = 300.0
#: how many of the other figures of the measure an outlier's evidence shows
OUTLIER_EVIDENCE = 5


def check_ranges(ctx: Context) -> None:
    ranges = ctx.ranges_by_measure()
    counted_by = _ranges_counting_one_kind(ranges)
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
            # A bare number is read in the kind its measure's ranges count, as the
            # cross-source checks read it in the kind its name's figures count.
            read = counted_by.get(measure) if counted_by and dims == DIMENSIONLESS else None
            if read is None or not may_count(table, at, claims[table.keys[at]]):
                read = dims
            for entry in entries:
                if entry.dims != read:
                    continue
                key = table.keys[at]
                covered.add(key)
                # Ends included, not readings_meet: a range is a set of values, not a second rounding,
                # and a value at its bound (plausible) may print as a figure whose reading ends there.
                if lo[at] <= entry.base.hi and entry.base.lo <= hi[at]:
                    _within_range(ctx, key, claims[key], entry)
                else:
                    _against_range(ctx, claims[key], entry, as_count=read != dims)
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


def _ranges_counting_one_kind(ranges: dict[str, list[ReferenceRange]]) -> dict[str, Dims]:
    """The kind (people or vessels) the ranges of each measure count, for measures whose ranges
    count one kind and none is of pure numbers: a bare number of those is a count of that kind.

    Ranges counting two kinds leave a bare number either, so neither; a range of pure
    numbers takes it as it is.
    """
    counted = {}
    for measure, entries in ranges.items():
        kinds = {entry.dims for entry in entries}
        counting = kinds & COUNTING_DIMS
        if len(counting) == 1 and DIMENSIONLESS not in kinds:
            counted[measure] = counting.pop()
    return counted


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


def _against_range(ctx: Context, claim: Claim, entry: ReferenceRange, as_count: bool = False) -> None:
    """FL401 or FL402 for ``claim``, outside ``entry``; ``as_count`` when it is a bare number
    read as a count of what the range counts."""
    value = ctx.value(claim.key)
    assert value is not None
    unit = entry.unit
    range_text = _range_text(entry)
    shown = _shown(claim, value, unit)
    counted = describe_dims(entry.dims)
    reading = (f"{shown} names no unit; the plausible range for {claim.measure} counts {counted}, "
               f"so it is read as a count of {counted}",) if as_count else ()
    evidence = ctx.evidence_later(
        [claim.key],
        (f"{shown} = {display.quantity(value.point, unit)}", *reading,
         f"plausible {claim.measure}: {range_text} ({entry.source})", f"why: {entry.reason}"),
        f"{shown} allows {display.interval(value.interval, unit)}")
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

    ``covered`` are the keys not to report: those a reference range checks, and then
    each outlier reported, as a pure number may be one in two groups. Only figures
    above zero are grouped. A measure that may lie below zero (one of its figures
    does, or the ledger marks one ``signed``) has no scale for a ratio to measure
    against: a trade balance near zero is as ordinary as a large one. Nor have
    degrees, counted from an arbitrary zero.
    """
    for (measure, dims), positions in groups.items():
        if len(positions) < 3 or dims in OFFSET_SCALES or measure in below_zero:
            continue
        for group in (_counts_apart_from_ratios(ctx, positions) if dims == DIMENSIONLESS else (positions,)):
            _outliers_in(ctx, group, covered)


def _counts_apart_from_ratios(ctx: Context, positions: array[int]) -> tuple[Sequence[int], ...]:
    """A measure's pure numbers as one group, or as two when bare numbers that may be counts ("15,000")
    and shares ("5%") are among them: the counts with the other pure numbers ("0.05"), and the shares
    with the other pure numbers. A count and a share are never compared."""
    sides = count_and_ratio_sides(ctx.table, ctx.ledger.claims, positions)
    if not sides:
        return (positions,)
    return ([at for at in positions if sides.get(at) != RATIO], [at for at in positions if sides.get(at) != COUNT])


def _outliers_in(ctx: Context, positions: Sequence[int], covered: set[str]) -> None:
    """FL403 for the figures far from all others of one group: ``positions`` of one measure and kind."""
    if len(positions) < 3:
        return
    table = ctx.table
    all_points = table.point
    far = _far_from_all_others([all_points[at] for at in positions])
    if not far:
        return
    keys = [table.keys[at] for at in positions]
    if _any_signed(ctx, keys):
        return
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
            _outlier(ctx, key, _nearest(points, [k for k in keys if k != key], typical), len(others),
                     ratio, "larger" if point > typical else "smaller")
            covered.add(key)


def _outlier(ctx: Context, key: str, typical_keys: list[str], others: int, ratio: float, direction: str) -> None:
    """FL403 for ``key``, and its check: the outlier against the figures its evidence shows.

    Those figures and the outlier count as checked. The other figures of the
    group do not: a measure's figures lying within 300 times of one another says
    too little of any one of them to call it checked, and a figure's coverage
    should not turn on whether some other figure of its measure happens to be a slip.
    """
    claim = ctx.ledger.claims[key]
    ctx.record(CheckResult(key, "outlier", Verdict.INCONSISTENT,
                           (_outlier_detail, ctx, claim, typical_keys, others, ratio, direction),
                           claim.location, ("FL403",)), (key, *typical_keys))
    ctx.add(R.OUTLIER_IN_MEASURE.finding(
        claim.location, (key,), ctx.evidence_later([key, *typical_keys]),
        printed=_as_read(ctx, claim), ratio=display.number(ratio, 2), direction=direction, measure=claim.measure))


def _outlier_detail(ctx: Context, claim: Claim, typical_keys: list[str], others: int, ratio: float,
                    direction: str) -> str:
    """"70 tonnes vs 80,000 tonnes and 60,000 tonnes for tanker load: about 1,000 times smaller than their
    median"; a large measure names the figures nearest the median after how many there are."""
    claims = ctx.ledger.claims
    shown = [_as_read(ctx, claims[k]) for k in typical_keys]
    named = ", ".join(shown[:-1]) + f" and {shown[-1]}" if len(shown) > 1 else shown[0]
    if others > len(typical_keys):
        compared = f"{others:,} other figures for {claim.measure} (nearest their median: {', '.join(shown)})"
    else:
        compared = f"{named} for {claim.measure}"
    return (f"{_as_read(ctx, claim)} vs {compared}: about {display.number(ratio, 2)} times {direction} "
            f"than their median")


def _as_read(ctx: Context, claim: Claim) -> str:
    """A figure as printed; one the ledger computes (implied), as computed."""
    if claim.printed:
        return claim.printed
    value = ctx.value(claim.key)
    assert value is not None
    return display.quantity(value.point, value.unit)


def _any_signed(ctx: Context, keys: list[str]) -> bool:
    """Whether the ledger marks any of these claims' figures ``signed = true`` (asked only of a group
    with a far figure, which few groups have)."""
    claims = ctx.ledger.claims
    return any((figure := claims[key].figure) is not None and figure.signed for key in keys)


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
