"""FL3 (and FL203): relations the article states between its figures, checked ledger-wide."""

from __future__ import annotations

import operator

from factledger import display
from factledger.claims import Check, Claim
from factledger.compute import Computation, DimensionError, Value, quick_bounds
from factledger.context import Context, judge_bounds
from factledger.errors import FactledgerError
from factledger.expressions import Comparison, to_text
from factledger.findings import CheckResult, Verdict
from factledger.intervals import Interval, reading_exceeds, readings_meet, touching_point
from factledger.rules import catalog as R
from factledger.rules.conflicts import only_touching
from factledger.rules.wording import one_kind_advice
from factledger.units import (TEMPERATURE_SCALES, Dims, compile_unit, conversion_unknown, describe_dims, from_kelvin,
                              in_kelvin)


def check_relations(ctx: Context) -> None:
    for at, check in enumerate(ctx.ledger.checks):
        keys = ctx.check_keys(at, check)
        handler = _HANDLERS[check.kind]
        try:
            handler(ctx, check, keys)
        except DimensionError as error:
            reason = conversion_unknown(error.left, error.right)
            if reason:
                _cannot_check(ctx, check, keys, reason)
                continue
            ctx.add(R.INCOMPATIBLE_SUM.finding(check.location, keys, ctx.evidence_later(keys),
                                               expression=_describe(check), left_dims=describe_dims(error.left),
                                               right_dims=describe_dims(error.right),
                                               advice=one_kind_advice(error.left, error.right)))
        except FactledgerError as error:
            ctx.add(R.NOT_COMPUTABLE.finding(check.location, keys, ctx.evidence_later(keys),
                                             expression=_describe(check), reason=error.message))


def _cannot_check(ctx: Context, check: Check, keys: tuple[str, ...], reason: str) -> None:
    """A relation between one quantity on two scales (euros and dollars): left unverifiable, no finding."""
    claims = ctx.ledger.claims
    figures = " vs ".join(claims[k].printed or k.split(":", 1)[1] for k in keys)
    ctx.checks.append(CheckResult(keys[0] if keys else _describe(check), check.kind, Verdict.UNVERIFIABLE,
                                  f"{check.holds_text or figures}: {reason}", check.location))
    for key in keys:
        ctx.unverifiable.setdefault(key, reason)


def _describe(check: Check) -> str:
    if check.holds_text:
        return check.holds_text
    if check.kind == "shares":  # what the shares are of is what a difference of kind is with
        return f"shares of {', '.join(check.claims)} in {check.total or 'one whole (100%)'}"
    return f"{check.kind} of {', '.join(check.claims)}"


def _value(ctx: Context, key: str) -> Value:
    value = ctx.value(key)
    if value is None:
        raise FactledgerError(f"{key.split(':', 1)[1]} has no value")
    return value


def _unit_of(ctx: Context, key: str, value: Value) -> str:
    claim = ctx.ledger.claims[key]
    return claim.figure.unit_text if claim.figure else value.unit


def _same(ctx: Context, check: Check, keys: tuple[str, ...]) -> None:
    first_key = keys[0]
    first_dims = _dims(ctx, first_key)
    table = ctx.table
    i = table.index[first_key]
    point, lo, hi, rlo, rhi = table.point, table.lo, table.hi, table.rlo, table.rhi
    for other_key in keys[1:]:
        other_dims = _dims(ctx, other_key)
        # One temperature on two scales ("45°C (113°F)") is compared in kelvin: an offset, not a factor.
        in_kelvin_too = other_dims != first_dims
        if in_kelvin_too and not (first_dims in TEMPERATURE_SCALES and other_dims in TEMPERATURE_SCALES):
            raise DimensionError("different kinds", first_dims, other_dims)
        a, b = ctx.ledger.claims[first_key], ctx.ledger.claims[other_key]
        pair = (first_key, other_key)
        j = table.index[other_key]
        if in_kelvin_too:
            point_i, lo_i, hi_i, rlo_i, rhi_i = _in_kelvin(table, i)
            point_j, lo_j, hi_j, rlo_j, rhi_j = _in_kelvin(table, j)
        else:  # read in place: most ledgers make thousands of these checks
            point_i, lo_i, hi_i, rlo_i, rhi_i = point[i], lo[i], hi[i], rlo[i], rhi[i]
            point_j, lo_j, hi_j, rlo_j, rhi_j = point[j], lo[j], hi[j], rlo[j], rhi[j]
        # As across sources: readings that share only an end point are two figures, not one.
        if readings_meet(lo_i, hi_i, lo_j, hi_j):
            exact = rlo_i <= point_j <= rhi_i or rlo_j <= point_i <= rhi_j
            verdict = Verdict.CONSISTENT if exact else Verdict.CONSISTENT_THROUGH_ROUNDING
            ctx.record(CheckResult(first_key, "same", verdict,
                                   (_same_detail, a.printed, b.printed, verdict), check.location), pair)
            continue
        first, other = _value(ctx, first_key), _value(ctx, other_key)
        unit = _unit_of(ctx, first_key, first)
        other_unit = _unit_of(ctx, other_key, other)
        steps: tuple[str, ...]  # two steps, and a third when the figures only touch
        if in_kelvin_too:
            rule = R.CONVERSION_MISMATCH
            as_other = [from_kelvin(k, other_dims) for k in (point_i, lo_i, hi_i)]
            converted = display.quantity(as_other[0], other_unit)
            steps = (f"{a.printed} = {display.quantity(first.point, unit)} = {converted}",
                     f"{b.printed} = {display.quantity(other.point, other_unit)}")
            left, right = display.interval(Interval(*as_other[1:]), other_unit), \
                display.interval(other.interval, other_unit)
        else:
            converted_unit = unit != other_unit and ctx.rounding(first_key).dims == \
                ctx.rounding(other_key).dims and not _same_unit(unit, other_unit)
            rule = R.CONVERSION_MISMATCH if converted_unit else R.REPEATED_FIGURE_DISAGREES
            converted = display.quantity(first.point, other_unit)
            steps = (f"{a.printed} = {display.quantity(first.point, unit)}",
                     f"{b.printed} = {display.quantity(other.point, unit)}")
            left, right = display.interval(first.interval, unit), display.interval(other.interval, unit)
        touching = touching_point(lo_i, hi_i, lo_j, hi_j)
        if touching is not None:
            shown = from_kelvin(touching, other_dims) if in_kelvin_too else touching
            steps += (only_touching(a.printed, b.printed,
                                    display.quantity(shown, other_unit if in_kelvin_too else unit)),)
        ctx.record(CheckResult(first_key, "same", Verdict.INCONSISTENT, f"{a.printed} ≠ {b.printed}",
                               check.location, (rule.code,)), pair)
        ctx.add(rule.finding(check.location, pair, ctx.evidence_later(pair, steps),
                             printed=a.printed, other=b.printed, left=left, right=right, converted=converted))


def _in_kelvin(table, at: int) -> tuple[float, ...]:
    """Point, hedged bounds and rounding bounds of a temperature on a scale of its own, in kelvin."""
    dims = table.dims[at]
    return tuple(in_kelvin(v, dims) for v in (table.point[at], table.lo[at], table.hi[at], table.rlo[at],
                                               table.rhi[at]))


def _dims(ctx: Context, key: str) -> Dims:
    """A claim's kind of quantity; an error when it has no value (its derivation failed)."""
    dims = ctx.table.dims[ctx.table.index[key]]
    if dims is None:
        raise FactledgerError(f"{key.split(':', 1)[1]} has no value")
    return dims


# Checks that hold are worded later by a module function and its arguments, in a tuple
# (``CheckResult.describe``), not a closure: one object per check instead of a function and
# a cell per captured name.
def _same_detail(printed: str, other: str, verdict: Verdict) -> str:
    return f"{printed} = {other} ({verdict.value})"


def _same_unit(left: str, right: str) -> bool:
    """"troops" and "troop" are one unit; "mm" and "in" are not."""
    a, b = compile_unit(left), compile_unit(right)
    return a.factor == b.factor and a.dims == b.dims


def _total(ctx: Context, check: Check, keys: tuple[str, ...]) -> None:
    total_key = keys[len(check.claims)]  # references are the claims, then the total
    part_keys = [k for k in keys if k != total_key]
    part_dims = [_dims(ctx, k) for k in part_keys]
    total_dims = _dims(ctx, total_key)
    table = ctx.table
    at = [table.index[k] for k in part_keys]
    span, point = Interval(table.lo[at[0]], table.hi[at[0]]), table.point[at[0]]
    for dims, i in zip(part_dims[1:], at[1:]):
        if dims != part_dims[0]:
            raise DimensionError("different kinds", part_dims[0], dims)
        span, point = span + Interval(table.lo[i], table.hi[i]), point + table.point[i]
    if total_dims != part_dims[0]:
        raise DimensionError("different kinds", part_dims[0], total_dims)
    t = table.index[total_key]
    verdict = judge_bounds(point, span.lo, span.hi, table.rlo[t], table.rhi[t], table.lo[t], table.hi[t])
    claim = ctx.ledger.claims[total_key]
    ctx.record(CheckResult(total_key, "total", verdict, (_total_detail, ctx, claim, part_keys, verdict),
                           check.location, ("FL302",) if not verdict.holds else ()), keys)
    if not verdict.holds:
        unit = _unit_of(ctx, total_key, _value(ctx, total_key))
        steps = (f"{_names(ctx, part_keys)} = {display.quantity(point, unit)}  (allowing for rounding: "
                 f"{display.interval(span, unit)})",)
        evidence = ctx.evidence_later([total_key, *part_keys], steps, f"{claim.printed} allows "
                                      f"{display.interval(ctx.rounding(total_key).interval, unit)}")
        ctx.add(R.PARTS_DO_NOT_ADD_UP.finding(check.location, (total_key, *part_keys), evidence,
                                              computed=display.quantity(point, unit), printed=claim.printed))


def _names(ctx: Context, keys: list[str]) -> str:
    return " + ".join(ctx.ledger.claims[k].printed for k in keys)


def _total_detail(ctx: Context, claim: Claim, part_keys: list[str], verdict: Verdict) -> str:
    return f"{_names(ctx, part_keys)} = {claim.printed} ({verdict.value})"


def _shares(ctx: Context, check: Check, keys: tuple[str, ...]) -> None:
    whole_key = keys[len(check.claims)] if check.total else ""
    part_keys = [k for k in keys if k != whole_key]
    part_dims = [_dims(ctx, k) for k in part_keys]
    for dims in part_dims:
        if dims != part_dims[0]:
            raise DimensionError("different kinds", part_dims[0], dims)
    whole = _whole(ctx, whole_key, part_dims[0])
    table = ctx.table
    at = [table.index[k] for k in part_keys]
    least = sum(max(table.lo[i], 0.0) for i in at)
    point = sum(table.point[i] for i in at)
    unit = "percent" if not part_dims[0] else table.unit[at[0]]
    ok = least <= whole.hi
    verdict = Verdict.CONSISTENT if point <= whole.hi else (
        Verdict.CONSISTENT_THROUGH_ROUNDING if ok else Verdict.INCONSISTENT)

    detail = (_shares_detail, ctx, part_keys, point, unit, whole.hi, verdict)
    ctx.record(CheckResult(part_keys[0], "shares", verdict, detail,
                           check.location, () if ok else ("FL301",)), keys)
    if not ok:
        total_text = display.quantity(point, unit)
        whole_text = display.quantity(whole.hi, unit)
        evidence = ctx.evidence_later(part_keys, (f"{_names(ctx, part_keys)} = {total_text}",),
                                      f"the smallest values the shares allow sum to {display.quantity(least, unit)}")
        ctx.add(R.SHARES_EXCEED_WHOLE.finding(check.location, tuple(part_keys), evidence,
                                              total=total_text, whole=whole_text))


def _whole(ctx: Context, whole_key: str, part_dims: Dims) -> Interval:
    """What shares of these kinds add up to at most: 100 % for shares in percent (or fractions),
    of whatever whole the ``total`` names ("70% and 45% of $10M"), unless the total is itself in
    percent; for parts in a unit, the total, which must be of their kind. Parts in people with
    no total, or in dollars of a total in percent, are of no one whole: a difference of kind."""
    whole_dims = _dims(ctx, whole_key) if whole_key else ()
    if whole_dims == part_dims and whole_key:
        return _value(ctx, whole_key).interval
    if part_dims:
        raise DimensionError("different kinds", part_dims, whole_dims)
    return Interval.point(1.0)


def _shares_detail(ctx: Context, part_keys: list[str], point: float, unit: str, most: float,
                   verdict: Verdict) -> str:
    return (f"{_names(ctx, part_keys)} = {display.quantity(point, unit)} of one whole, "
            f"at most {display.quantity(most, unit)} ({verdict.value})")


_OPS = {"<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge, "==": operator.eq}


def _compare(ctx: Context, check: Check, keys: tuple[str, ...]) -> None:
    node = check.holds
    assert isinstance(node, Comparison)
    if _holds_quickly(ctx, check, node, keys):
        return
    left = ctx.compute(node.left, check.article_id, check.location, [])
    right = ctx.compute(node.right, check.article_id, check.location, [left.value.unit])
    lv, rv = left.value, right.value
    if lv.dims != rv.dims:
        raise DimensionError("different kinds", lv.dims, rv.dims)
    unit = lv.unit
    exact = _OPS[node.op](lv.point, rv.point)
    # Figures whose printed values satisfy the comparison are never reported, whatever their readings' ends.
    possible = exact or _possible(node.op, lv.interval.lo, lv.interval.hi, rv.interval.lo, rv.interval.hi)
    verdict = Verdict.CONSISTENT if exact else (Verdict.CONSISTENT_THROUGH_ROUNDING if possible
                                                 else Verdict.INCONSISTENT)
    # Worded now: this path is taken for the few comparisons that fail or are out of the ordinary.
    left_text = f"{to_text(node.left)} = {display.quantity(lv.point, unit)}"
    right_text = f"{to_text(node.right)} = {display.quantity(rv.point, unit)}"
    detail = f"{check.holds_text}: {left_text} vs {right_text} ({verdict.value})"
    ctx.record(CheckResult(keys[0] if keys else check.holds_text, "compare", verdict, detail,
                           check.location, () if possible else ("FL303",)), keys)
    if not possible:
        _comparison_fails(ctx, check, keys, left, right, (left_text, right_text))


def _comparison_fails(ctx: Context, check: Check, keys: tuple[str, ...], left: Computation, right: Computation,
                      sides: tuple[str, str]) -> None:
    """FL303 for a comparison no values of its sides satisfy; ``sides`` worded "x = 3%" and "y = 4%"."""
    node = check.holds
    assert isinstance(node, Comparison)
    lv, rv = left.value, right.value
    steps = left.steps + right.steps + sides
    touching = touching_point(lv.interval.lo, lv.interval.hi, rv.interval.lo, rv.interval.hi)
    if touching is not None and node.op != ">" and node.op != "<":  # what "==", ">=" and "<=" would need
        steps += (only_touching(to_text(node.left), to_text(node.right), display.quantity(touching, lv.unit)),)
    allowance = f"{display.interval(lv.interval, lv.unit)} vs {display.interval(rv.interval, lv.unit)}"
    evidence = ctx.evidence_later(keys, steps, allowance)
    # The article's own words in quotation marks: "the article says "Inventories of 6.1 BCM
    # are more than a year's demand.", but ..." read as one run-on sentence without them.
    holds = f"\"{check.quote}\"" if check.quote else check.holds_text
    ctx.add(R.COMPARISON_FAILS.finding(check.location, keys, evidence, holds=holds, left=sides[0], right=sides[1]))


def _holds_quickly(ctx: Context, check: Check, node: Comparison, keys: tuple[str, ...]) -> bool:
    """Record a comparison that can hold, computed on bare intervals; ``False`` to take the full path.

    As for derivations (``arithmetic._holds_quickly``): the sides are worded only
    when a report reads the check, and anything else is decided again in full.
    """
    prefix = check.article_id + ":"
    left = quick_bounds(node.left, ctx.table, prefix)
    right = quick_bounds(node.right, ctx.table, prefix) if left is not None else None
    if left is None or right is None or left[3] != right[3] or \
            not _possible(node.op, left[1], left[2], right[1], right[2]):
        return False
    exact = _OPS[node.op](left[0], right[0])
    verdict = Verdict.CONSISTENT if exact else Verdict.CONSISTENT_THROUGH_ROUNDING
    detail = (_compare_detail, ctx, check, left[0], right[0], verdict)
    ctx.record(CheckResult(keys[0] if keys else check.holds_text, "compare", verdict, detail, check.location),
               keys)
    return True


def _compare_detail(ctx: Context, check: Check, left: float, right: float, verdict: Verdict) -> str:
    node = check.holds
    assert isinstance(node, Comparison)
    unit = ctx.compute(node.left, check.article_id, check.location, []).value.unit
    return (f"{check.holds_text}: {to_text(node.left)} = {display.quantity(left, unit)} vs "
            f"{to_text(node.right)} = {display.quantity(right, unit)} ({verdict.value})")


def _possible(op: str, left_lo: float, left_hi: float, right_lo: float, right_hi: float) -> bool:
    """Whether some values within ``[left_lo, left_hi]`` and ``[right_lo, right_hi]`` satisfy the comparison.

    As for a ``same`` check, readings that share only an end point are two values: "3% == 4%"
    and "3% >= 4%" would need 3.5 to round to both figures, and "3% > 4%" is false of any values
    of them. An exact figure (a single point) meets a reading that contains it, ends included.
    """
    if op in ("<", "<="):
        return _possible(">" if op == "<" else ">=", right_lo, right_hi, left_lo, left_hi)
    if op != "==" and reading_exceeds(left_lo, left_hi, right_lo, right_hi):
        return True
    return op != ">" and readings_meet(left_lo, left_hi, right_lo, right_hi)


_HANDLERS = {"same": _same, "total": _total, "shares": _shares, "compare": _compare}
