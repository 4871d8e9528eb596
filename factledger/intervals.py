"""Closed intervals of real numbers, with outward-rounded arithmetic.

A printed figure stands for every value that prints the same way, so every
computation in factledger runs on intervals. Each operation rounds its bounds
outward by one unit in the last place, which keeps the result *sound*: for
any points taken inside the operands, the exact result lies inside the
result interval. Bounds may be infinite ("more than 5" is ``[5, inf]``).

This module knows nothing of units or pint; it is pure numbers.
"""

from __future__ import annotations

import math
from typing import Iterable

from factledger.errors import IntervalError

INF = math.inf
_nextafter = math.nextafter
_isfinite = math.isfinite


def _down(x: float) -> float:
    return math.nextafter(x, -INF) if math.isfinite(x) else x


def _up(x: float) -> float:
    return math.nextafter(x, INF) if math.isfinite(x) else x


def _product(a: float, b: float) -> float:
    # 0 x inf is 0 here: a bound of zero times an unbounded bound is still zero.
    if a == 0.0 or b == 0.0:
        return 0.0
    return a * b


def _quotient(a: float, b: float) -> float:
    if math.isinf(a) and math.isinf(b):
        return 0.0 if (a > 0) != (b > 0) else INF  # only reached for unbounded hedged figures
    return a / b


def _power(x: float, n: int) -> float:
    try:
        return x**n
    except OverflowError:
        return INF if x > 0 or n % 2 == 0 else -INF


class Interval:
    """All real numbers ``x`` with ``lo <= x <= hi``. Immutable and hashable.

    A plain class with ``__slots__`` rather than a record: every figure and
    every step of every computation makes intervals, and validating a record's
    fields through validator calls costs several times more than these checks.
    """

    __slots__ = ("lo", "hi")
    lo: float
    hi: float

    def __init__(self, lo: float, hi: float) -> None:
        lo, hi = float(lo), float(hi)
        if lo != lo or hi != hi:
            name = "lo" if lo != lo else "hi"
            raise IntervalError(f"interval bound {name} is NaN; expected a number")
        if lo > hi:
            raise IntervalError(f"interval lower bound {lo!r} exceeds upper bound {hi!r}")
        _set_lo(self, lo)
        _set_hi(self, hi)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"Interval is immutable; cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"Interval is immutable; cannot delete {name!r}")

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not Interval:
            return NotImplemented
        return self.lo == other.lo and self.hi == other.hi  # type: ignore[attr-defined]

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __hash__(self) -> int:
        return hash((Interval, self.lo, self.hi))

    def __reduce__(self) -> tuple:
        return (Interval, (self.lo, self.hi))

    @classmethod
    def point(cls, x: float) -> "Interval":
        return cls(x, x)

    @classmethod
    def around(cls, x: float, half_width: float) -> "Interval":
        """``x`` plus or minus ``half_width``, rounded outward."""
        return cls(_down(x - half_width), _up(x + half_width))

    @classmethod
    def hull(cls, intervals: Iterable["Interval"]) -> "Interval":
        items = list(intervals)
        return cls(min(i.lo for i in items), max(i.hi for i in items))

    # -- queries -----------------------------------------------------------------
    @property
    def midpoint(self) -> float:
        if math.isinf(self.lo) or math.isinf(self.hi):
            return self.hi if math.isinf(self.lo) else self.lo
        return (self.lo + self.hi) / 2

    @property
    def width(self) -> float:
        return self.hi - self.lo

    def contains(self, x: float) -> bool:
        return self.lo <= x <= self.hi

    def meets(self, other: "Interval") -> bool:
        """True when the two intervals share at least one point."""
        return self.lo <= other.hi and other.lo <= self.hi

    def gap(self, other: "Interval") -> float:
        """Distance between the intervals; 0 when they meet."""
        if self.meets(other):
            return 0.0
        return other.lo - self.hi if self.hi < other.lo else self.lo - other.hi

    def intersection(self, other: "Interval") -> "Interval | None":
        if not self.meets(other):
            return None
        return Interval(max(self.lo, other.lo), min(self.hi, other.hi))

    def contains_zero(self) -> bool:
        return self.lo <= 0.0 <= self.hi

    # -- arithmetic ----------------------------------------------------------------
    def __add__(self, other: "Interval") -> "Interval":
        return _outward(self.lo + other.lo, self.hi + other.hi, self.lo >= 0.0 <= other.lo)

    def __sub__(self, other: "Interval") -> "Interval":
        return _outward(self.lo - other.hi, self.hi - other.lo)

    def __neg__(self) -> "Interval":
        return Interval(-self.hi, -self.lo)

    def __mul__(self, other: "Interval") -> "Interval":
        return _outward(*product_bounds(self.lo, self.hi, other.lo, other.hi), self.lo >= 0.0 <= other.lo)

    def __truediv__(self, other: "Interval") -> "Interval":
        if other.lo <= 0.0 <= other.hi:
            raise IntervalError(f"division by {other}, which contains zero")
        return _outward(*quotient_bounds(self.lo, self.hi, other.lo, other.hi), self.lo >= 0.0 <= other.lo)

    def scale(self, factor: float) -> "Interval":
        return self * Interval.point(factor)

    def __pow__(self, exponent: int) -> "Interval":
        if not isinstance(exponent, int) or isinstance(exponent, bool):
            raise IntervalError(f"only whole-number powers are supported, not {exponent!r}")
        if exponent == 0:
            return Interval.point(1.0)
        if exponent < 0:
            return (Interval.point(1.0) / self) ** (-exponent)
        ends = [_power(self.lo, exponent), _power(self.hi, exponent)]
        lo, hi = min(ends), max(ends)
        if exponent % 2 == 0 and self.contains_zero():
            lo = 0.0
        low = _down(lo)
        if exponent % 2 == 0 or self.lo >= 0:
            low = max(low, 0.0)  # an even power (or a power of a positive) is never negative
        return Interval(low, _up(hi))

    def __repr__(self) -> str:
        return f"Interval({self.lo!r}, {self.hi!r})"

    def __str__(self) -> str:
        return f"[{self.lo:.6g}, {self.hi:.6g}]"


#: how wide, relative to the numbers, a shared stretch of two readings may be and still be only
#: their common end point: far above the few units in the last place that rounding outward adds
#: (about 1e-16 each), far below any overlap two printed figures can have (a figure would need
#: twelve significant digits to overlap another by this little)
TOUCH_TOLERANCE = 1e-12


def readings_meet(a_lo: float, a_hi: float, b_lo: float, b_hi: float) -> bool:
    """Whether two figures' readings ``[a_lo, a_hi]`` and ``[b_lo, b_hi]`` can be one value.

    Readings that share only an end point do not: "40" reads [35, 45] and "50"
    [45, 55], and a value of 45 rounds to one or the other under any one rounding
    convention, never to both. A reading that is a single point (an exact figure)
    meets any reading that contains it, end points included.
    """
    lo, hi = max(a_lo, b_lo), min(a_hi, b_hi)
    if hi < lo:
        return False
    if hi - lo > _touch_width(lo, hi):
        return True
    return a_hi - a_lo <= _touch_width(a_lo, a_hi) or b_hi - b_lo <= _touch_width(b_lo, b_hi)


def reading_exceeds(a_lo: float, a_hi: float, b_lo: float, b_hi: float) -> bool:
    """Whether some value of the reading ``[a_lo, a_hi]`` is above some value of ``[b_lo, b_hi]``.

    Readings that share only an end point do not, as they do not meet
    (:func:`readings_meet`): "3%" reads [2.5, 3.5] and "4%" [3.5, 4.5], and
    3% above 4% would need one value, 3.5, to be on both sides of the boundary.
    """
    return a_hi - b_lo > _touch_width(b_lo, a_hi)


def touching_point(a_lo: float, a_hi: float, b_lo: float, b_hi: float) -> float | None:
    """The end point two readings share, when that is all they share (and :func:`readings_meet` is false)."""
    lo, hi = max(a_lo, b_lo), min(a_hi, b_hi)
    if lo <= hi and not readings_meet(a_lo, a_hi, b_lo, b_hi):
        return lo
    return None


def _touch_width(lo: float, hi: float) -> float:
    """The widest stretch from ``lo`` to ``hi`` that is a single point widened outward; unbounded is never."""
    if not (_isfinite(lo) and _isfinite(hi)):
        return -1.0 if hi > lo else 0.0
    return TOUCH_TOLERANCE * max(abs(lo), abs(hi))


def product_bounds(a: float, b: float, c: float, d: float) -> tuple[float, float]:
    """The least and the greatest product of ``[a, b]`` and ``[c, d]``, before rounding outward."""
    p, q, r, s = a * c, a * d, b * c, b * d
    if p != p or q != q or r != r or s != s:  # 0 x inf somewhere: take it as 0
        p, q, r, s = _product(a, c), _product(a, d), _product(b, c), _product(b, d)
    return min(p, q, r, s), max(p, q, r, s)


def quotient_bounds(a: float, b: float, c: float, d: float) -> tuple[float, float]:
    """The least and the greatest quotient of ``[a, b]`` by ``[c, d]`` (without zero), before rounding."""
    if _isfinite(a) and _isfinite(b) and _isfinite(c) and _isfinite(d):
        p, q, r, s = a / c, a / d, b / c, b / d
    else:
        p, q, r, s = _quotient(a, c), _quotient(a, d), _quotient(b, c), _quotient(b, d)
    return min(p, q, r, s), max(p, q, r, s)


_new = object.__new__


# Each bound set through its slot's descriptor: a third less than object.__setattr__, which
# looks the name up first, and every step of every computation makes an interval.
_set_lo = Interval.__dict__["lo"].__set__
_set_hi = Interval.__dict__["hi"].__set__


def _outward(lo: float, hi: float, nonnegative: bool = False) -> Interval:
    """``Interval(_down(lo), _up(hi))`` for the results of arithmetic, made without a call per bound.

    Every step of every computation ends here, so it is written out: a NaN or
    reversed result (inf - inf) still goes through the checking constructor.
    A ``nonnegative`` result (a sum, product or quotient of operands that are not
    below zero) keeps a lower bound of zero: rounded outward it would be a negative
    subnormal, which no amount can be.
    """
    if lo != lo or hi != hi or lo > hi:
        return Interval(_down(lo), _up(hi))
    interval = _new(Interval)
    if nonnegative and lo == 0.0:
        _set_lo(interval, 0.0)
        _set_hi(interval, _nextafter(hi, INF) if hi < INF else hi)
        return interval
    _set_lo(interval, _nextafter(lo, -INF) if -INF < lo < INF else lo)
    _set_hi(interval, _nextafter(hi, INF) if -INF < hi < INF else hi)
    return interval
