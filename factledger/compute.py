"""Recompute a derivation over intervals, in base units, step by step.

A :class:`Value` is a point (the arithmetic on the printed values) and an
interval (every value the printed precision and hedges allow), in base units,
with a dimension key. Nothing here creates a pint ``Quantity``: units were
compiled to factors when the ledger was read.
"""

from __future__ import annotations

import math
from functools import partial
from typing import TYPE_CHECKING, Callable, NamedTuple

from factledger import display
from factledger.claims import Claim
from factledger.errors import FactledgerError
from factledger.expressions import BinOp, Call, Comparison, Const, Neg, Node, Ref, to_text
from factledger.figures import Figure
from factledger.intervals import Interval, product_bounds, quotient_bounds
from factledger.records import record
from factledger.units import Dims, compile_unit, multiply_dims, power_dims

if TYPE_CHECKING:
    from factledger.value_table import ValueTable


class ComputeError(FactledgerError):
    """The arithmetic has no answer (division by zero, overflow)."""


class DimensionError(FactledgerError):
    """Quantities of different kinds were added or compared."""

    def __init__(self, message: str, left: Dims, right: Dims) -> None:
        super().__init__(message)
        self.left = left
        self.right = right


class Value(NamedTuple):
    """A quantity in base units: the point value, the interval allowed, and its dimension.

    A named tuple rather than a record: the engine makes one per claim and per
    step, and a tuple is several times cheaper to build.
    """

    point: float
    interval: Interval
    dims: Dims
    unit: str  # the unit to show it in


@record
class Computation:
    """A recomputed value, its inputs, and the worded steps that led to it.

    The steps are worded when first read: most computations agree with their
    figure and nobody reads how they were made.
    """

    value: Value
    step_wordings: tuple[Callable[[], str], ...]
    inputs: tuple[str, ...]  # claim keys

    @property
    def steps(self) -> tuple[str, ...]:
        return tuple(word() for word in self.step_wordings)


def figure_value(figure: Figure, hedged: bool = True) -> Value:
    """A printed figure in base units: point, and its rounding (or hedged) interval."""
    unit = figure.compiled_unit()
    span = figure.bounds if hedged else figure.interval
    return Value(figure.value * unit.nominal, _in_base(span, unit.factor), unit.dims, figure.unit_text)


def _in_base(span: Interval, factor: Interval) -> Interval:
    """``span * factor``, the same bounds; a unit's factor is nearly always one positive number.

    Then the product is two multiplications, each rounded outward as
    ``Interval.__mul__`` rounds them: every claim of a ledger goes through here.
    """
    f = factor.lo
    if f != factor.hi or not 0.0 < f < math.inf:
        return span * factor
    lo, hi = span.lo * f, span.hi * f
    if lo == 0.0 and span.lo >= 0.0:
        # Zero (or a bound above zero too small to show) times a factor is not below zero: rounding it
        # outward made a negative subnormal. A bound below zero that the product rounds to zero is rounded
        # outward, below zero, as every other bound is.
        return Interval(0.0, math.nextafter(hi, math.inf) if math.isfinite(hi) else hi)
    return Interval(math.nextafter(lo, -math.inf) if math.isfinite(lo) else lo,
                    math.nextafter(hi, math.inf) if math.isfinite(hi) else hi)


class Evaluator:
    """Evaluates expression trees; ``lookup`` gives each claim key's value."""

    def __init__(self, lookup: Callable[[str], Value], resolve: Callable[[str], str],
                 unit_hints: list[str]) -> None:
        self.lookup = lookup
        self.resolve = resolve
        self.hints = unit_hints
        self.steps: list[Callable[[], str]] = []
        self.inputs: list[str] = []

    def run(self, node: Node) -> Computation:
        value = self.eval(node)
        return Computation(value, tuple(self.steps), tuple(self.inputs))

    def eval(self, node: Node) -> Value:
        if isinstance(node, Ref):
            key = self.resolve(node.claim_id)
            if key not in self.inputs:
                self.inputs.append(key)
            return self.lookup(key)
        if isinstance(node, Const):
            unit = compile_unit(node.unit)
            point = node.value * unit.nominal
            if not math.isfinite(point):  # 1e308 days is beyond the float range in seconds
                raise ComputeError(f"{to_text(node)} is not a finite number")
            return Value(point, Interval.point(node.value) * unit.factor, unit.dims, node.unit)
        if isinstance(node, Neg):
            inner = self.eval(node.operand)
            return Value(-inner.point, -inner.interval, inner.dims, inner.unit)
        if isinstance(node, Call):
            return self.call(node)
        if isinstance(node, Comparison):
            raise ComputeError("a comparison has no value")
        return self.binop(node)

    def binop(self, node: BinOp) -> Value:
        left, right = self.eval(node.left), self.eval(node.right)
        try:
            value = _apply(node.op, left, right, node, self.hints)
        except ZeroDivisionError:
            # A division by zero, or a zero raised to a negative power ("z ** -1"): name the zero.
            zero = node.left if node.op == "**" else node.right
            raise ComputeError(f"{to_text(zero)} is zero") from None
        except OverflowError:
            raise ComputeError(f"{to_text(node)} overflows") from None
        except DimensionError:
            raise
        except FactledgerError as error:
            raise ComputeError(error.message) from None
        if not math.isfinite(value.point):
            raise ComputeError(f"{to_text(node)} is not a finite number")
        # A partial of a static method, not a closure over self: that would make the evaluator,
        # its steps and their values a reference cycle, left for the paused cycle collector.
        self.steps.append(partial(self.describe, node, left, right, value))
        return value

    @staticmethod
    def describe(node: BinOp, left: Value, right: Value, value: Value) -> str:
        symbol = {"*": "×", "/": "÷"}.get(node.op, node.op)
        return (f"{display.quantity(left.point, left.unit)} {symbol} "
                f"{display.quantity(right.point, right.unit)} = {display.quantity(value.point, value.unit)}"
                f"  (allowing for rounding: {display.interval(value.interval, value.unit)})")

    def call(self, node: Call) -> Value:
        values = [self.eval(arg) for arg in node.args]
        first = values[0]
        for other in values[1:]:
            if other.dims != first.dims:
                raise DimensionError(f"{node.name}() mixes kinds", first.dims, other.dims)
        if node.name == "sum":
            span = values[0].interval
            for v in values[1:]:
                span = span + v.interval
            try:
                total = math.fsum(v.point for v in values)
            except OverflowError:  # fsum refuses an intermediate sum beyond the float range
                raise ComputeError(f"{to_text(node)} overflows") from None
            except ValueError:  # and a sum of unbounded values of both signs
                raise ComputeError(f"{to_text(node)} is not a finite number") from None
            result = Value(total, span, first.dims, first.unit)
        else:
            pick = min if node.name == "min" else max
            result = Value(pick(v.point for v in values),
                           Interval(pick(v.interval.lo for v in values), pick(v.interval.hi for v in values)),
                           first.dims, first.unit)
        self.steps.append(lambda: f"{to_text(node)} = {display.quantity(result.point, result.unit)}")
        return result


def _apply(op: str, left: Value, right: Value, node: BinOp, hints: list[str]) -> Value:
    if op in "+-":
        if left.dims != right.dims:
            raise DimensionError(f"{to_text(node)} adds different kinds", left.dims, right.dims)
        if op == "+":
            return Value(left.point + right.point, left.interval + right.interval, left.dims, left.unit)
        return Value(left.point - right.point, left.interval - right.interval, left.dims, left.unit)
    if op == "*":
        dims = multiply_dims(left.dims, right.dims)
        return Value(left.point * right.point, left.interval * right.interval, dims,
                     display.choose_unit(dims, hints + [left.unit, right.unit,
                                                        display.composed_unit("*", left.unit, right.unit)]))
    if op == "/":
        if right.point == 0:
            raise ZeroDivisionError
        dims = multiply_dims(left.dims, right.dims, -1)
        return Value(left.point / right.point, left.interval / right.interval, dims,
                     display.choose_unit(dims, hints + [left.unit, right.unit,
                                                        display.composed_unit("/", left.unit, right.unit)]))
    exponent = right.point
    if right.dims or exponent != int(exponent):
        raise ComputeError(f"{to_text(node)}: only whole-number powers without units are allowed")
    power = int(exponent)
    dims = power_dims(left.dims, power)
    return Value(left.point**power, left.interval**power, dims, display.choose_unit(dims, hints))


def quick(node: Node, table: "ValueTable", prefix: str) -> tuple[float, Interval, Dims] | None:
    """The value of ``node`` as :class:`Evaluator` computes it, without steps or units; or ``None``.

    ``None`` whenever anything is out of the ordinary (a power, ``min``/``max``, a claim
    without a value, different kinds added, division by zero, a result that is not
    finite): the :class:`Evaluator` then runs, words the steps and reports the error.
    ``prefix`` is ``"article-id:"`` for the claim ids the expression names.
    Most derivations of a ledger hold, and their steps are never shown, so the
    engine tries this first.
    """
    cls = node.__class__
    if cls is Ref:
        name = node.claim_id  # type: ignore[union-attr]
        at = table.index.get(name if ":" in name else prefix + name)
        if at is None:
            return None
        dims = table.dims[at]
        if dims is None:
            return None
        return table.point[at], Interval(table.lo[at], table.hi[at]), dims
    if cls is BinOp:
        left = quick(node.left, table, prefix)  # type: ignore[union-attr]
        if left is None:
            return None
        right = quick(node.right, table, prefix)  # type: ignore[union-attr]
        if right is None:
            return None
        op = node.op  # type: ignore[union-attr]
        try:
            if op == "*":
                point, span, dims = left[0] * right[0], left[1] * right[1], multiply_dims(left[2], right[2])
            elif op == "/":
                if right[0] == 0 or right[1].lo <= 0.0 <= right[1].hi:
                    return None
                point, span, dims = left[0] / right[0], left[1] / right[1], multiply_dims(left[2], right[2], -1)
            elif op == "+" and left[2] == right[2]:
                point, span, dims = left[0] + right[0], left[1] + right[1], left[2]
            elif op == "-" and left[2] == right[2]:
                point, span, dims = left[0] - right[0], left[1] - right[1], left[2]
            else:
                return None
        except (ArithmeticError, FactledgerError):
            return None
        return (point, span, dims) if math.isfinite(point) else None
    if cls is Const:
        try:
            unit = compile_unit(node.unit)  # type: ignore[union-attr]
        except FactledgerError:
            return None
        value = node.value  # type: ignore[union-attr]
        point = value * unit.nominal
        return (point, Interval.point(value) * unit.factor, unit.dims) if math.isfinite(point) else None
    if cls is Neg:
        inner = quick(node.operand, table, prefix)  # type: ignore[union-attr]
        return None if inner is None else (-inner[0], -inner[1], inner[2])
    if cls is Call and node.name == "sum":  # type: ignore[union-attr]
        values: list[tuple[float, Interval, Dims]] = []
        for arg in node.args:  # type: ignore[union-attr]
            value = quick(arg, table, prefix)
            if value is None or (values and value[2] != values[0][2]):
                return None
            values.append(value)
        try:
            span = values[0][1]
            for value in values[1:]:
                span = span + value[1]  # unbounded ends of both signs meet: no interval
            return math.fsum(v[0] for v in values), span, values[0][2]
        except (OverflowError, ValueError, FactledgerError):  # fsum: beyond the float range, or inf - inf
            return None
    return None


Bounds = tuple[float, float, float, Dims]  # point, lo, hi, dims


def quick_bounds(node: Node, table: "ValueTable", prefix: str) -> Bounds | None:
    """:func:`quick`, as bare numbers ``(point, lo, hi, dims)``.

    Most derivations are two claims multiplied, divided, added or subtracted,
    or a sum of claims. Those are computed here from the table's floats,
    rounded outward as :class:`Interval` rounds, without the intervals, tuples
    and recursion of :func:`quick`; anything else, or anything odd on the way
    (a bound that is not a number), is left to :func:`quick`. A property test
    holds the two equal.
    """
    cls = node.__class__
    if cls is BinOp and node.left.__class__ is Ref and node.right.__class__ is Ref:  # type: ignore[union-attr]
        index, dims = table.index, table.dims
        name = node.left.claim_id  # type: ignore[union-attr]
        i = index.get(name if ":" in name else prefix + name)
        name = node.right.claim_id  # type: ignore[union-attr]
        j = index.get(name if ":" in name else prefix + name)
        if i is None or j is None:
            return None
        dims_i, dims_j = dims[i], dims[j]
        if dims_i is None or dims_j is None:
            return None
        x, y, a, b, c, d = table.point[i], table.point[j], table.lo[i], table.hi[i], table.lo[j], table.hi[j]
        op = node.op  # type: ignore[union-attr]
        if op == "*":
            point, (lo, hi), kind = x * y, product_bounds(a, b, c, d), multiply_dims(dims_i, dims_j)
        elif op == "/":
            if y == 0 or c <= 0.0 <= d:
                return None
            point, (lo, hi), kind = x / y, quotient_bounds(a, b, c, d), multiply_dims(dims_i, dims_j, -1)
        elif op == "+" and dims_i == dims_j:
            point, lo, hi, kind = x + y, a + c, b + d, dims_i
        elif op == "-" and dims_i == dims_j:
            point, lo, hi, kind = x - y, a - d, b - c, dims_i
        else:
            return None
        if lo != lo or hi != hi or lo > hi:  # inf - inf: the interval constructor says what is wrong
            return _as_bounds(quick(node, table, prefix))
        if not _isfinite(point):
            return None
        return (point, *_widened(lo, hi, op != "-" and a >= 0.0 <= c), kind)
    if cls is Call and node.name == "sum" and all(a.__class__ is Ref for a in node.args):  # type: ignore[union-attr]
        return _sum_bounds(node, table, prefix)  # type: ignore[arg-type]
    return _as_bounds(quick(node, table, prefix))


def _sum_bounds(node: Call, table: "ValueTable", prefix: str) -> Bounds | None:
    index, all_dims, lows, highs = table.index, table.dims, table.lo, table.hi
    positions = []
    for arg in node.args:
        name = arg.claim_id  # type: ignore[union-attr]  # quick_bounds passes only sums of claims
        at = index.get(name if ":" in name else prefix + name)
        if at is None or all_dims[at] is None:
            return None
        positions.append(at)
    dims = all_dims[positions[0]]
    assert dims is not None  # a position without one returned above
    if any(all_dims[at] != dims for at in positions):
        return None
    lo, hi = lows[positions[0]], highs[positions[0]]
    for at in positions[1:]:  # each partial sum rounded outward, as Interval.__add__ rounds it
        nonnegative = lo >= 0.0 <= lows[at]
        lo, hi = lo + lows[at], hi + highs[at]
        if lo != lo or hi != hi or lo > hi:
            return _as_bounds(quick(node, table, prefix))
        lo, hi = _widened(lo, hi, nonnegative)
    try:
        point = math.fsum([table.point[at] for at in positions])
    except (OverflowError, ValueError):
        return None
    return point, lo, hi, dims


def _as_bounds(computed: tuple[float, Interval, Dims] | None) -> Bounds | None:
    return None if computed is None else (computed[0], computed[1].lo, computed[1].hi, computed[2])


def _widened(lo: float, hi: float, nonnegative: bool = False) -> tuple[float, float]:
    """Finite bounds moved outward by one unit in the last place, as ``intervals._outward`` moves them
    (a zero lower bound of operands not below zero stays zero)."""
    if nonnegative and lo == 0.0:
        return 0.0, _nextafter(hi, _INF) if hi < _INF else hi
    return (_nextafter(lo, _NEG_INF) if _NEG_INF < lo < _INF else lo,
            _nextafter(hi, _INF) if _NEG_INF < hi < _INF else hi)


_INF, _NEG_INF = math.inf, -math.inf
_nextafter, _isfinite = math.nextafter, math.isfinite


def rate_units(claims: list[Claim]) -> list[str]:
    """Unit texts worth trying for display: each input's unit and its rate's time unit."""
    units: list[str] = []
    for claim in claims:
        if claim.figure is None:
            continue
        for text in (claim.figure.unit_text, claim.figure.unit, claim.figure.per):
            if text and text not in units:
                units.append(text)
    return units
