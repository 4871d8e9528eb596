"""Interval arithmetic is sound: any points inside the operands give a result inside the result."""

from __future__ import annotations

import math

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from factledger import Interval, IntervalError

finite = st.floats(min_value=-1e12, max_value=1e12, allow_nan=False, allow_infinity=False)


@st.composite
def interval_with_point(draw):
    a, b = sorted((draw(finite), draw(finite)))
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


@given(interval_with_point(), st.integers(min_value=-3, max_value=4))
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
