"""Temperatures below zero: each end read with its sign, hedges bounding on the number line."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factledger import load, read_figure, verify
from factledger.hedges import HEDGES, HedgeKind

INF = math.inf

# text, (lo, hi) of the bounds
SIGNED = [
    ("-5 to 3°C", (-5, 3)),
    ("-5°C to 3°C", (-5, 3)),
    ("-10 to -5°C", (-10, -5)),
    ("-10--5°C", (-10, -5)),
    ("between -10 and -5°C", (-10, -5)),
    ("-5°C to -3°C", (-5, -3)),  # the unit on both ends, the second signed too
    ("-10°C to 5°C", (-10, 5)),
    ("below -12°C", (-INF, -11.5)),
    ("under -12°C", (-INF, -11.5)),
    ("less than -12°C", (-INF, -11.5)),
    ("above -12°C", (-12.5, INF)),
    ("over -12°C", (-12.5, INF)),
    ("more than -12°C", (-12.5, INF)),
    ("at least -12°C", (-12.5, INF)),
    ("at most -12°C", (-INF, -11.5)),
    ("up to -30°C", (-35, 0)),  # "frosts of up to -30°C": as cold as -30, a hedge of how far it reaches
    ("up to 5°C", (-INF, 5.5)),
    ("below 5°C", (-INF, 5.5)),
    ("as low as -30°C", (-35, INF)),
    ("nearly -40°C", (-45, -31)),
    ("about -40 °F", (-49, -31)),
    # the sign in words, and before number words, as weather copy prints it
    ("minus 5°C", (-5.5, -4.5)),
    ("Minus 40 degrees Fahrenheit", (-45, -35)),  # "40" read to the ten, as "-40" is
    ("minus five degrees Celsius", (-5.5, -4.5)),
    ("-five degrees Celsius", (-5.5, -4.5)),  # read as 5 degrees above zero: the sign was dropped
    ("between minus 10 and minus 5°C", (-10, -5)),
    ("about minus 40 °F", (-49, -31)),
]


@pytest.mark.parametrize("text, bounds", SIGNED)
def test_a_temperature_is_read_on_the_number_line(text, bounds):
    """Signed ends and hedges of place bound a temperature on the number line."""
    figure = read_figure(text)
    assert (figure.bounds.lo, figure.bounds.hi) == pytest.approx(bounds)


def test_a_hedge_of_place_keeps_a_temperature_on_its_side_of_the_figure(tmp_path):
    """-18°C is below -12°C and not above it; the hedges used to be read in size."""
    path = tmp_path / "t.toml"
    path.write_text('[article]\nid = "t"\n'
                    '[claims.below]\nfigure = "below -12°C"\n[claims.above]\nfigure = "above -12°C"\n'
                    '[claims.cold]\nfigure = "-18°C"\n'
                    '[[checks]]\nkind = "same"\nclaims = ["below", "cold"]\n'
                    '[[checks]]\nkind = "same"\nclaims = ["above", "cold"]\n', encoding="utf-8")
    [finding] = verify(load(path)).findings
    assert (finding.code, finding.claims) == ("FL304", ("t:above", "t:cold"))


_PLACE = [h for h in HEDGES if not h.of_size and h.kind in (HedgeKind.UPPER_BOUND, HedgeKind.LOWER_BOUND)]


@given(st.integers(-60, 60), st.sampled_from(_PLACE))
def test_a_bound_on_a_temperature_is_open_on_the_side_it_names(degrees, hedge):
    """"below t" reaches down without end and "above t" up, whatever the sign of t."""
    figure = read_figure(f"{hedge.word} {degrees}°C")
    rounding = figure.interval
    if hedge.kind is HedgeKind.UPPER_BOUND:
        assert (figure.bounds.lo, figure.bounds.hi) == (-INF, rounding.hi)
    else:
        assert (figure.bounds.lo, figure.bounds.hi) == (rounding.lo, INF)
