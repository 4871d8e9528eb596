"""FL1 and FL2: every derived figure recomputed from its inputs, with units and rates."""

from __future__ import annotations

import functools
import re

from factledger import display
from factledger.claims import Claim, same_name
from factledger.compute import Computation, ComputeError, DimensionError, Value, quick_bounds, rate_units
from factledger.context import Context, judge, judge_bounds
from factledger.errors import FactledgerError
from factledger.expressions import BinOp, Const, Ref, constant_units, to_text
from factledger.findings import CheckResult, Evidence, EvidenceLater, Verdict
from factledger.intervals import Interval
from factledger.rules import catalog as R
from factledger.rules.wording import in_percentage_points, one_kind_advice
from factledger.units import compile_unit, conversion_unknown, describe_dims, multiply_dims

TIME = (("[time]", 1.0),)
#: periods a figure can print its rate per ("a day", "an hour", "a quarter")
PERIODS = ("hour", "day", "week", "month", "quarter", "year")
#: the periods a rate is usually per, tried after those the derivation names
USUAL_PERIODS = ("day", "week", "month", "year")


def check_derivations(ctx: Context) -> None:
    claims = ctx.ledger.claims
    for key in _in_order(ctx):
        claim = claims[key]
        if not _decided_quickly(ctx, key, claim):
            _check_one(ctx, claim)


def _decided_quickly(ctx: Context, key: str, claim: Claim) -> bool:
    """Decide a derivation from its value computed on bare intervals; ``False`` to take the full path.

    The full path (:func:`_check_one`) words every step of the computation and
    picks units to show it in. A derivation that holds needs neither until a
    report reads its ``detail``, and one that makes a finding needs them only
    for its evidence, worded when a report reads it (:class:`EvidenceLater`).
    Anything else -- an error, or a figure without a unit to show the result
    in -- goes the full path, which decides it again from the start. Both
    paths give their verdict through :func:`_compare`, so they word it alike.
    """
    figure = claim.figure
    if figure is None:
        return False
    assert claim.derivation is not None
    table = ctx.table
    computed = quick_bounds(claim.derivation.expression, table, claim.article_id + ":")
    if computed is None:
        return False
    point, lo, hi, dims = computed
    at = table.index[key]
    verdict = None if dims != table.dims[at] else judge_bounds(
        point, lo, hi, table.rlo[at], table.rhi[at], table.lo[at], table.hi[at])
    if (verdict is Verdict.CONSISTENT or verdict is Verdict.CONSISTENT_WITHIN_HEDGE) \
            and not _change_in_points(ctx, claim):
        ctx.record(CheckResult(key, "derivation", verdict, (_holds_detail, ctx, claim, point, verdict),
                               claim.location), (key, *ctx.inputs(claim, key)))
        return True
    if not figure.unit_text and dims == table.dims[at]:
        return False  # shown in the unit the full path picks for the result
    keys = (key, *ctx.inputs(claim, key))
    # Its unit is never shown: the figure's unit is, or the figure's with a rate ("USD/month").
    value = Value(point, Interval(lo, hi), dims, figure.unit_text)
    _compare(ctx, claim, value, to_text(claim.derivation.expression), keys, (_evidence_later, ctx, claim, keys))
    return True


def _evidence_later(ctx: Context, claim: Claim, keys: tuple[str, ...], allowance: tuple) -> EvidenceLater:
    """The evidence of a derivation decided on bare intervals: its steps are the full path's, worded
    (with the allowance, a function and its arguments) only when a report reads them."""
    return EvidenceLater((_evidence_now, ctx, claim, keys, allowance))


def _evidence_now(ctx: Context, claim: Claim, keys: tuple[str, ...], allowance: tuple) -> Evidence:
    return _evidence_with(_full_computation(ctx, claim), ctx, claim, keys, allowance)


def _evidence_with(computation: Computation, ctx: Context, claim: Claim, keys: tuple[str, ...],
                   allowance: tuple) -> Evidence:
    """The evidence of a derivation the full path decided: its computation is at hand, worded now."""
    return _evidence(ctx, claim, computation, keys, allowance[0](*allowance[1:]))


# A check that holds is worded later by this module function and its arguments, in a tuple
# (``CheckResult.describe``), not a closure: one object per check rather than a function and
# a cell per captured name, and a large ledger records tens of thousands.
def _holds_detail(ctx: Context, claim: Claim, point: float, verdict: Verdict) -> str:
    unit = claim.figure.unit_text or _full_computation(ctx, claim).value.unit  # type: ignore[union-attr]
    expression = to_text(claim.derivation.expression)  # type: ignore[union-attr]
    return f"{claim.printed} = {expression}: recomputed {display.quantity(point, unit)} ({verdict.value})"


def _hints(ctx: Context, claim: Claim, inputs: list[Claim]) -> list[str]:
    """Units to show a computation in: the figure's, its inputs', a reference range's."""
    hints = ([claim.figure.unit_text] if claim.figure else []) + rate_units(inputs)
    if claim.measure:
        hints += [r.unit for r in ctx.ranges_by_measure().get(same_name(claim.measure), ())]
    if claim.figure is not None and claim.figure.unit:
        # The inputs' rates, then the other periods the derivation names: "annual / 365 day"
        # is shown per day, not per second, when no other unit fits. Each once: every
        # operation of the computation tries the hints in turn.
        pers = [c.figure.per for c in inputs if c.figure and c.figure.per]
        hints += [claim.figure.unit_text_per(per) for per in dict.fromkeys([*pers, *_named_periods(claim, inputs)])]
    return hints


def _named_periods(claim: Claim, inputs: list[Claim]) -> list[str]:
    """The periods the derivation names: a constant's unit (``365 day``), an input's rate
    (``$2,000 a month``) or an input that is a length of time (``8 days``)."""
    derivation = claim.derivation
    assert derivation is not None
    # A constant with a unit is written with digits ("365 day"): most derivations have none,
    # and are not walked for them.
    texts = constant_units(derivation.expression) if _DIGIT.search(derivation.text) else []
    for c in inputs:
        if c.figure is not None:
            texts += [c.figure.per, c.figure.unit]
    return list(_periods_in(tuple(texts)))


_DIGIT = re.compile(r"(?<![\w.])\d")  # a number of its own, not the digits of a claim id


# Every derivation that makes a finding asks, twice (units to show, a dropped rate), and a
# ledger's derivations name few combinations of units: each is worked out once.
@functools.lru_cache(maxsize=1024)
def _periods_in(texts: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(p for p in map(_period, texts) if p))


@functools.lru_cache(maxsize=256)
def _period(unit: str) -> str:
    """The period a unit text is as long as (``days`` -> ``day``); ``""`` for any other unit."""
    try:
        compiled = compile_unit(unit) if unit else None
    except FactledgerError:
        return ""
    if compiled is None or compiled.dims != TIME:
        return ""
    return next((p for p in PERIODS if compile_unit(p).factor == compiled.factor), "")


def _full_computation(ctx: Context, claim: Claim) -> Computation:
    assert claim.derivation is not None
    inputs = [ctx.ledger.claims[k] for k in ctx.inputs(claim)]
    return ctx.compute(claim.derivation.expression, claim.article_id, claim.location, _hints(ctx, claim, inputs))


def _in_order(ctx: Context) -> tuple[str, ...] | list[str]:
    """Derived claims, inputs before the claims that use them (the graph has no cycles)."""
    ledger = ctx.ledger
    if ledger.derivation_order and len(ledger.derivation_order) == len(ledger.inputs):
        return ledger.derivation_order  # found when the ledger was built, by the walk for cycles
    order: list[str] = []
    seen: set[str] = set()
    # A claim without a derivation adds nothing to the order: start only from derived ones.
    for key, claim in ledger.claims.items():
        if claim.derivation is not None:
            _visit(ctx, key, seen, order)
    return order


# Module-level, not nested in _in_order: a nested function that calls itself is a reference
# cycle through its closure (here holding the whole context), and verify runs with the cycle
# collector paused.
def _visit(ctx: Context, key: str, seen: set[str], order: list[str]) -> None:
    if key in seen:
        return
    seen.add(key)
    claim = ctx.ledger.claims[key]
    if claim.derivation is not None:
        for dep in ctx.inputs(claim, key):
            _visit(ctx, dep, seen, order)
        order.append(key)


def _check_one(ctx: Context, claim: Claim) -> None:
    assert claim.derivation is not None
    inputs = [ctx.ledger.claims[k] for k in ctx.inputs(claim)]
    hints = _hints(ctx, claim, inputs)
    expression = to_text(claim.derivation.expression)
    keys = (claim.key,) + tuple(c.key for c in inputs)
    try:
        computation = ctx.compute(claim.derivation.expression, claim.article_id, claim.location, hints)
    except DimensionError as error:
        reason = conversion_unknown(error.left, error.right)
        ctx.unverifiable[claim.key] = reason or error.message
        if reason:
            _cannot_check(ctx, claim, expression, keys, reason)
            return
        ctx.add(R.INCOMPATIBLE_SUM.finding(claim.location, keys, ctx.evidence_later(keys),
                                           expression=expression, left_dims=describe_dims(error.left),
                                           right_dims=describe_dims(error.right),
                                           advice=one_kind_advice(error.left, error.right)))
        return
    except FactledgerError as error:
        ctx.unverifiable[claim.key] = error.message
        ctx.add(R.NOT_COMPUTABLE.finding(claim.location, keys, ctx.evidence_later(keys),
                                         expression=expression, reason=error.message))
        return
    if claim.figure is None:
        value = computation.value
        ctx.set_computed(claim.key, value)
        ctx.record(CheckResult(claim.key, "derivation", Verdict.CONSISTENT,
                               lambda: f"implied: {expression} = {display.quantity(value.point, value.unit)}",
                               claim.location), keys)
        return
    _compare(ctx, claim, computation.value, expression, keys, (_evidence_with, computation, ctx, claim, keys))


def _compare(ctx: Context, claim: Claim, value: Value, expression: str, keys: tuple[str, ...],
             evidence: tuple) -> None:
    """The verdict on a derivation whose figure is printed, from its computed ``value``.

    ``evidence`` is a function and its first arguments: given the allowance (a function and its
    arguments, to word it then) it returns a finding's evidence, now or when first read.
    """
    stated = ctx.rounding(claim.key)
    hedged = ctx.value(claim.key)
    assert hedged is not None
    if value.dims == stated.dims:
        _same_dims(ctx, claim, value, expression, keys, stated, hedged, evidence)
    elif multiply_dims(value.dims, stated.dims, -1) == tuple((n, -e) for n, e in TIME):
        _rate_dropped(ctx, claim, value, expression, keys, stated, hedged, evidence)
    elif reason := conversion_unknown(value.dims, stated.dims):
        ctx.unverifiable[claim.key] = reason
        _cannot_check(ctx, claim, expression, keys, reason)
    else:
        _mismatch(ctx, claim, value, expression, keys, stated, evidence)


def _cannot_check(ctx: Context, claim: Claim, expression: str, keys: tuple[str, ...], reason: str) -> None:
    """A derivation across currencies or temperature scales: left unverifiable, with no finding."""
    ctx.checks.append(CheckResult(claim.key, "derivation", Verdict.UNVERIFIABLE,
                                  f"{claim.printed or 'implied'} = {expression}: {reason}", claim.location))


def _evidence(ctx: Context, claim: Claim, computation, keys, allowance: str) -> Evidence:
    steps = computation.steps or (f"{expression_value(computation)}",)
    return Evidence(steps=steps, allowance=allowance, claims=ctx.evidence(keys))


def expression_value(computation) -> str:
    return display.quantity(computation.value.point, computation.value.unit)


def _allowance(claim: Claim, stated: Value, hedged: Value, unit: str) -> str:
    text = f"{claim.printed} allows {display.interval(stated.interval, unit)} by rounding"
    if claim.figure is not None and claim.figure.hedge is not None:
        text += f"; with \"{claim.figure.hedge.word}\", {display.interval(hedged.interval, unit)}"
    return text


def _same_dims(ctx, claim, value: Value, expression, keys, stated: Value, hedged: Value,
               evidence: tuple) -> None:
    """FL101/FL102 (or FL902) for a derivation whose result is the figure's kind of quantity.

    ``evidence`` is a function and its first arguments; given the allowance (a function and its
    arguments, to word it then) it returns the finding's evidence, now or when first read.
    """
    unit = claim.figure.unit_text if claim.figure.unit_text else value.unit
    verdict = judge(value.point, value.interval, stated.interval, hedged.interval)

    if verdict is Verdict.INCONSISTENT and _percent_times_100(ctx, claim, value, expression, keys,
                                                              stated, hedged, unit, evidence):
        return
    change = _change_in_points(ctx, claim) if verdict.holds else None
    if change is not None:
        _points_printed_as_percent(ctx, claim, value, expression, keys, stated, hedged, *change)
        return
    # Worded now: this path is taken for the few derivations that make a finding.
    computed_text = display.quantity(value.point, unit)
    detail = f"{claim.printed} = {expression}: recomputed {computed_text} ({verdict.value})"
    ctx.record(CheckResult(claim.key, "derivation", verdict, detail, claim.location,
                           _codes(verdict)), keys)
    if verdict is Verdict.CONSISTENT or verdict is Verdict.CONSISTENT_WITHIN_HEDGE:
        return
    found = evidence[0](*evidence[1:], (_allowance, claim, stated, hedged, unit))
    if verdict is Verdict.INCONSISTENT:
        gap = value.interval.gap(hedged.interval)
        ctx.add(R.DERIVATION_INCONSISTENT.finding(
            claim.location, keys, found, correction=_reprint(claim, value.point, unit),
            printed=claim.printed, expression=expression, computed=computed_text,
            gap=display.quantity(gap, unit, 3)))  # how far off, not a figure to print: "2.02 days"
    elif verdict is Verdict.CONSISTENT_THROUGH_ROUNDING:
        ctx.add(R.DERIVATION_THROUGH_ROUNDING.finding(
            claim.location, keys, found, printed=claim.printed, expression=expression,
            computed=computed_text))


_HUNDRED = Interval.point(100.0)


def _percent_times_100(ctx, claim, value: Value, expression, keys, stated: Value, hedged: Value,
                       unit: str, evidence: tuple) -> bool:
    """FL902, when the ledger writes ``share * 100`` for a figure in percent and the share agrees.

    Then the article's figure is right and the ledger's derivation is not: the claim is
    left unverifiable and the finding names the ledger's slip, not the article's.
    """
    factor = claim.figure.compiled_unit().factor
    if factor.lo != 0.01 or factor.hi != 0.01 or not _times_100(claim.derivation.expression):
        return False
    share, share_interval = value.point / 100.0, value.interval / _HUNDRED
    if not judge(share, share_interval, stated.interval, hedged.interval).holds:
        return False
    without = display.quantity(share, unit)
    reason = f"the derivation multiplies by 100 a figure in percent ({without} without it)"
    ctx.unverifiable[claim.key] = reason
    ctx.record(CheckResult(claim.key, "derivation", Verdict.UNVERIFIABLE,
                           f"{claim.printed} = {expression}: {reason}", claim.location, ("FL902",)), keys)
    ctx.add(R.PERCENT_TIMES_100.finding(
        claim.location, keys, evidence[0](*evidence[1:], (_allowance, claim, stated, hedged, unit)),
        printed=claim.printed, expression=expression, without=without))
    return True


def _times_100(node) -> bool:
    """Whether a derivation multiplies its result by a bare 100: ``a / b * 100``, ``100 * a / b``."""
    if not isinstance(node, BinOp):
        return False
    if node.op == "/":
        return _times_100(node.left)  # a 100 in the numerator multiplies the whole
    if node.op != "*":
        return False
    return any(isinstance(side, Const) and side.value == 100 and not side.unit or _times_100(side)
               for side in (node.left, node.right))


def _change_in_points(ctx: Context, claim: Claim) -> tuple[Claim, Claim] | None:
    """``(earlier, later)`` when the claim prints in percent the difference of two percentages of one
    thing, or of two periods ("18.4%, up from 15.9%, a rise of 2.5%"): a change in percentage points
    (FL205). ``None`` for any other derivation, and for a difference of shares of one whole in one
    period ("62% in all, 45% on salaries: 17% on benefits"), which is a share in percent itself."""
    figure, node = claim.figure, claim.derivation.expression  # type: ignore[union-attr]
    if figure is None or not _in_percent(figure) or not (
            isinstance(node, BinOp) and node.op == "-" and isinstance(node.left, Ref) and isinstance(node.right, Ref)):
        return None
    keys = ctx.inputs(claim)  # resolved when the ledger was built; one key for "a - a"
    if len(keys) != 2:
        return None
    left, right = (ctx.ledger.claims[key] for key in keys)
    if left is right or not all(c.figure is not None and _in_percent(c.figure) for c in (left, right)):
        return None
    named = left.subject and left.measure and same_name(left.subject) == same_name(right.subject) \
        and same_name(left.measure) == same_name(right.measure)
    two_periods = left.period.stated and right.period.stated and not left.period.same_span(right.period)
    if not (named or two_periods):
        return None
    return (left, right) if left.period.precedes(right.period) else (right, left)


def _in_percent(figure) -> bool:
    """Whether a figure is printed in percent, as a level: "18.4%", not "2.5 points", "5% a year"."""
    return figure.unit == "percent" and not figure.per and not figure.per_count


def _points_printed_as_percent(ctx, claim, value: Value, expression: str, keys: tuple[str, ...], stated: Value,
                               hedged: Value, earlier: Claim, later: Claim) -> None:
    """FL205: the difference of two percentages, which the figure gives, printed as a percent change."""
    old, new = ctx.value(earlier.key), ctx.value(later.key)
    assert old is not None and new is not None
    relative = f"{display.number(abs(new.point - old.point) / old.point * 100, 3)}%" if old.point else "undefined"
    points = display.number(value.point * 100)
    span = value.interval
    steps = (f"{later.printed} - {earlier.printed} = {points} percentage points  (allowing for rounding: "
             f"[{display.number(span.lo * 100)}, {display.number(span.hi * 100)}] percentage points)",
             f"({later.printed} - {earlier.printed}) ÷ {earlier.printed} = {relative}: the change as a "
             f"percentage of {earlier.printed}")
    allowance = _allowance(claim, stated, hedged, claim.figure.unit_text)
    ctx.record(CheckResult(claim.key, "derivation", Verdict.INCONSISTENT,
                           f"{claim.printed} = {expression}: recomputed {points} percentage points, printed in "
                           f"percent", claim.location, ("FL205",)), keys)
    ctx.add(R.POINTS_PRINTED_AS_PERCENT.finding(
        claim.location, keys, ctx.evidence_later(keys, steps, allowance),
        correction=in_percentage_points(claim.printed), printed=claim.printed, earlier=earlier.printed,
        later=later.printed, relative=relative))


def _codes(verdict: Verdict) -> tuple[str, ...]:
    return {Verdict.INCONSISTENT: ("FL101",), Verdict.CONSISTENT_THROUGH_ROUNDING: ("FL102",)}.get(verdict, ())


def _rate_dropped(ctx, claim, value: Value, expression, keys, stated: Value, hedged: Value, evidence: tuple) -> None:
    """FL201 when the figure, read per some period, is the rate computed: the periods the
    derivation names first, then the usual ones ("$789,000" for $288M a year is "a day")."""
    from factledger.rules.wording import with_rate

    inputs = [ctx.ledger.claims[k] for k in ctx.inputs(claim)]
    # A figure that prints a rate dropped none: "$24M a month" against dollars a month a day
    # is a derivation of another kind, not "$24M a month a day".
    periods = () if claim.figure.per else dict.fromkeys([*_named_periods(claim, inputs), *USUAL_PERIODS])
    for per in periods:
        factor = compile_unit(per).factor
        as_rate = stated.interval / factor
        if judge(value.point, value.interval, as_rate, hedged.interval / factor).holds:
            break
    else:
        _mismatch(ctx, claim, value, expression, keys, stated, evidence)
        return
    point_rate = stated.point / factor.lo
    rate_unit = claim.figure.unit_text_per(per)
    computed_text = display.quantity(value.point, rate_unit)
    correction = with_rate(claim.printed, per)
    found = evidence[0](*evidence[1:], (_rate_allowance, claim, point_rate, as_rate, hedged.interval / factor,
                                        rate_unit))
    detail = (f"{claim.printed} = {expression}: recomputed {computed_text}; the magnitude matches "
              f"but the figure lacks \"per {per}\"")
    ctx.record(CheckResult(claim.key, "derivation", Verdict.INCONSISTENT, detail, claim.location,
                           ("FL201",)), keys)
    ctx.add(R.RATE_DROPPED.finding(claim.location, keys, found, correction=correction,
                                   printed=claim.printed, computed=computed_text))


def _rate_allowance(claim: Claim, point_rate: float, as_rate: Interval, hedged_rate: Interval, rate_unit: str) -> str:
    """The rounding of a figure read as a rate, and its hedge, which the verdict allowed for too."""
    text = (f"{claim.printed} read as {display.quantity(point_rate, rate_unit)} allows "
            f"{display.interval(as_rate, rate_unit)} by rounding")
    if claim.figure is not None and claim.figure.hedge is not None:
        text += f"; with \"{claim.figure.hedge.word}\", {display.interval(hedged_rate, rate_unit)}"
    return text


def _mismatch(ctx, claim, value: Value, expression, keys, stated: Value, evidence: tuple) -> None:
    found = evidence[0](*evidence[1:], (str,))
    detail = f"{claim.printed} = {expression}: kinds of quantity differ"
    ctx.record(CheckResult(claim.key, "derivation", Verdict.INCONSISTENT, detail, claim.location,
                           ("FL202",)), keys)
    ctx.add(R.DIMENSION_MISMATCH.finding(
        claim.location, keys, found, printed=claim.printed, expression=expression,
        stated_dims=describe_dims(stated.dims), computed_dims=describe_dims(value.dims)))


def _reprint(claim: Claim, base_value: float, unit: str) -> str:
    """The printed figure with its number replaced by the recomputed one, when one number can say it."""
    from factledger.rules.wording import correction

    assert claim.figure is not None
    return correction(claim.figure, display.in_unit(base_value, unit) if unit else base_value)


__all__ = ["check_derivations", "Interval", "ComputeError"]
