"""A bound of zero prints as 0: outward rounding of an amount's zero bound is no negative number."""

from __future__ import annotations

import math

from hypothesis import example, given
from hypothesis import strategies as st

from factledger import load, verify
from factledger.display import number
from factledger.intervals import Interval


@given(st.floats(allow_nan=False), st.integers(1, 12))
def test_number_is_short_and_keeps_its_significant_digits(x, digits):
    """number() of any float is short, and shows no more significant digits than asked
    beyond the whole-number digits it writes in full."""
    shown = number(x, digits)
    assert len(shown) <= 32
    mantissa = shown.lstrip("-").partition("e")[0].replace(",", "")
    whole, _, decimals = mantissa.partition(".")
    significant = (whole + decimals).lstrip("0")
    assert len(significant) <= max(digits, len(whole.lstrip("0")))


@given(st.floats(min_value=5e-324, allow_nan=False), st.integers(1, 12))
def test_a_number_below_zero_is_its_size_with_a_minus_sign(x, digits):
    """A level below zero ("-5,000,000,000 USD") is shown as its size is, signed: no digit is lost or
    rounded otherwise on the other side of zero, and a subnormal is 0 on either side."""
    size = number(x, digits)
    assert number(-x, digits) == ("0" if size == "0" else f"-{size}")


def test_a_subnormal_is_shown_as_zero():
    """The negative subnormal that rounding a zero bound outward makes prints as 0, not 330 digits."""
    assert number(-5e-324) == number(5e-324) == number(-0.0) == "0"


def test_sums_products_and_quotients_of_amounts_keep_a_zero_lower_bound():
    """Operands that are not below zero give a result whose zero lower bound stays exactly zero."""
    up_to = Interval(0.0, 5.0)
    assert (up_to + Interval(0.0, 3.0)).lo == 0.0
    assert (up_to * Interval(2.0, 3.0)).lo == 0.0
    assert (up_to / Interval(2.0, 3.0)).lo == 0.0
    assert (Interval(-1.0, 5.0) + Interval(1.0, 3.0)).lo < 0.0  # with a negative operand: outward


def test_an_upper_bound_hedge_prints_its_zero_bound_as_zero(tmp_path):
    """"up to 50%" against "72%" says [0, 55]%; it printed a 330-digit negative zero."""
    path = tmp_path / "z.toml"
    path.write_text('[article]\nid = "z"\n[claims.a]\nfigure = "up to 50%"\n[claims.b]\nfigure = "72%"\n'
                    '[[checks]]\nkind = "same"\nclaims = ["a", "b"]\n', encoding="utf-8")
    result = verify(load(path))
    [finding] = result.findings
    assert finding.message == "up to 50% and 72% state the same figure but disagree: [0, 55]% vs [71.5, 72.5]%"
    assert not math.copysign(1.0, Interval(0.0, 55.0).scale(1.0).lo) < 0


# within the float range once multiplied: a figure of 1e150 in a unit of 1e150 is no figure
_BOUNDS = st.one_of(st.floats(min_value=-1e150, max_value=1e150, allow_nan=False),
                    st.sampled_from([0.0, -0.0, 5e-324, -5e-324, -1e-320, 1e-320]))
_FACTORS = st.one_of(st.floats(min_value=1e-150, max_value=1e150), st.sampled_from([1.0, 0.01, 1e-10, 1e9]))


@given(_BOUNDS, _BOUNDS, _FACTORS)
@example(-1e-320, 1.0, 1e-10)  # the product of the lower bound rounds to zero: it was taken as exactly zero
def test_a_span_in_base_units_holds_every_product_of_its_values_on_either_side_of_zero(a, b, factor):
    """A figure's span times its unit's factor holds the exact products of its ends: a bound below
    zero that the product rounds to zero stays below it (a level may be; only an amount's zero is exact)."""
    from fractions import Fraction

    from factledger.compute import _in_base

    lo, hi = sorted((a, b))
    span = _in_base(Interval(lo, hi), Interval.point(factor))
    assert Fraction(span.lo) <= Fraction(lo) * Fraction(factor) <= Fraction(span.hi)
    assert Fraction(span.lo) <= Fraction(hi) * Fraction(factor) <= Fraction(span.hi)
    if lo >= 0.0:
        assert span.lo >= 0.0  # an amount's zero stays zero
