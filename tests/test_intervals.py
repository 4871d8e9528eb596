"""Interval arithmetic is sound: any points inside the operands give a result inside the result."""

from __future__ import annotations

import math

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from factledger import Interval, IntervalError

finite = st.floats(min_value=-1e12, max_value=1e12, allow_nan=False, allow_infinity=False)
#: bounds for powers, whose exact value is compared only below a million: drawn there rather
#: than filtered, which left too few inputs on some runs (Hypothesis's filter_too_much check)
moderate = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False, allow_infinity=False)


@st.composite
def interval_with_point(draw, bounds=finite):
    a, b = sorted((draw(bounds), draw(bounds)))
    t = draw(st.floats(min_value=0, max_value=1))
    return Interval(a, b), min(max(a + (b - a) * t, a), b)


@pytest.mark.parametrize("op", ["+", "-", "*", "/"])
@given(interval_with_point(), interval_with_point())
def test_arithmetic_is_sound(op, left, right):
    (x, px), (y, py) = left, right
    if op == "/":
        assume(not y.contains_zero())
        exact = px / py
        result = x / y
    else:
        exact = {"+": px + py, "-": px - py, "*": px * py}[op]
        result = {"+": x + y, "-": x - y, "*": x * y}[op]
    assume(math.isfinite(exact))
    assert result.lo <= exact <= result.hi


@given(interval_with_point(moderate), st.integers(min_value=-3, max_value=4))
def test_integer_powers_are_sound(left, exponent):
    x, px = left
    assume(not (exponent < 0 and x.contains_zero()))
    assume(abs(px) < 1e6 and (exponent >= 0 or abs(px) > 1e-6))
    exact = px**exponent
    result = x ** exponent
    assert result.lo <= exact <= result.hi


def test_division_by_interval_holding_zero_is_clear_error():
    with pytest.raises(IntervalError, match=r"division by \[-1, 1\], which contains zero"):
        Interval(1, 2) / Interval(-1, 1)


def test_nan_bound_is_rejected():
    with pytest.raises(IntervalError, match="NaN"):
        Interval(float("nan"), 1)


def test_gap_between_disjoint_intervals():
    assert Interval(0, 1).gap(Interval(3, 4)) == 2
    assert Interval(0, 3).gap(Interval(2, 4)) == 0


any_bound = st.one_of(st.floats(allow_nan=False), st.sampled_from([0.0, -0.0, math.inf, -math.inf, 5e-324]))


@st.composite
def any_interval(draw):
    a, b = sorted((draw(any_bound), draw(any_bound)))
    return Interval(a, b)


def _as_first_written(op: str, x: Interval, y: Interval) -> Interval:
    """Each operation as the textbook defines it: every pair of ends, rounded outward one step,
    except a lower bound of zero from operands not below zero, which is exact."""
    nonnegative = op != "-" and x.lo >= 0.0 <= y.lo

    def down(v: float) -> float:
        if nonnegative and v == 0.0:
            return 0.0
        return math.nextafter(v, -math.inf) if math.isfinite(v) else v

    def up(v: float) -> float:
        return math.nextafter(v, math.inf) if math.isfinite(v) else v

    def times(a: float, b: float) -> float:
        return 0.0 if a == 0.0 or b == 0.0 else a * b

    def over(a: float, b: float) -> float:
        if math.isinf(a) and math.isinf(b):
            return 0.0 if (a > 0) != (b > 0) else math.inf
        return a / b

    if op == "+":
        return Interval(down(x.lo + y.lo), up(x.hi + y.hi))
    if op == "-":
        return Interval(down(x.lo - y.hi), up(x.hi - y.lo))
    combine = times if op == "*" else over
    ends = [combine(a, b) for a in (x.lo, x.hi) for b in (y.lo, y.hi)]
    return Interval(down(min(ends)), up(max(ends)))


@pytest.mark.parametrize("op", ["+", "-", "*", "/"])
@given(any_interval(), any_interval())
def test_arithmetic_gives_the_textbook_bounds_even_at_the_extremes(op, x, y):
    """The operations are written out for speed; they must give what the plain definition gives."""
    if op == "/" and y.contains_zero():
        with pytest.raises(IntervalError, match="contains zero"):
            x / y
        return
    try:
        expected = _as_first_written(op, x, y)
    except IntervalError:  # inf - inf: no interval at all
        with pytest.raises(IntervalError):
            {"+": x.__add__, "-": x.__sub__, "*": x.__mul__, "/": x.__truediv__}[op](y)
        return
    result = {"+": x.__add__, "-": x.__sub__, "*": x.__mul__, "/": x.__truediv__}[op](y)
    assert (result.lo, result.hi) == (expected.lo, expected.hi)
