"""A bound of zero prints as 0: outward rounding of an amount's zero bound is no negative number."""

from __future__ import annotations

import math

from hypothesis import given
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
