"""Temperatures below zero: each end read with its sign, hedges bounding on the number line."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factledger import load, read_figure, verify
from factledger.errors import FigureError
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


# text, the ledger's unit, (lo, hi) of the bounds
WITH_THE_LEDGERS_SCALE = [
    ("10 degrees below zero", "degC", (-15, -5)),  # read as 10 above zero: "below zero" was dropped
    ("ten degrees below zero", "degF", (-15, -5)),
    ("about 10 degrees below zero", "degC", (-16, -4)),
    ("more than 10 degrees below zero", "degC", (-INF, -5)),  # colder than -10, not warmer
    ("nearly 10 degrees below zero", "degC", (-15, -4)),  # as "nearly -10" is: just short of it
    ("5 to 10 degrees below zero", "degC", (-10, -5)),
    ("10°C below zero", None, (-15, -5)),  # the scale printed
    ("-5 degrees", "degC", (-5.5, -4.5)),  # refused as negative without signed = true, as "-5°C" never was
    ("-5 degrees", "degF", (-5.5, -4.5)),
    ("minus five degrees", "degC", (-5.5, -4.5)),
    ("about -5 degrees", "degC", (-6, -4)),
    ("-5 to 3 degrees", "degC", (-5, 3)),
]


@pytest.mark.parametrize("text, unit, bounds", WITH_THE_LEDGERS_SCALE)
def test_a_temperature_in_the_ledgers_scale_may_be_below_zero(text, unit, bounds):
    """With unit = "degC" or "degF" a figure is a temperature, below zero with a minus sign or "below zero"."""
    figure = read_figure(text, unit)
    assert (figure.bounds.lo, figure.bounds.hi) == pytest.approx(bounds)
    assert figure.value < 0 and not figure.signed and figure.text == text


@pytest.mark.parametrize("text, unit, message", [
    ("10 degrees below zero", "kelvin", "figure '10 degrees below zero' is below zero, which a figure in 'kelvin' "
                                        "is not; for a temperature give the claim unit = \"degC\" or unit = "
                                        "\"degF\", and for another level below zero (an interest rate, a balance) "
                                        "add signed = true"),
    ("0.5% below zero", None, "figure '0.5% below zero' is below zero, which a figure in 'percent' is not; for a "
                              "temperature give the claim unit = \"degC\" or unit = \"degF\", and for another level "
                              "below zero (an interest rate, a balance) add signed = true"),
    ("-10 degrees below zero", "degC", "figure '-10 degrees below zero' has a minus sign and 'below zero' both; "
                                       "record the figure as the article prints it, with one of them"),
])
def test_below_zero_is_refused_where_no_figure_may_be(text, unit, message):
    """Kelvin is never below zero, nor an amount without signed = true; a figure says below zero once."""
    with pytest.raises(FigureError) as info:
        read_figure(text, unit)
    assert str(info.value) == message


def test_a_negative_figure_in_kelvin_is_refused():
    """The ledger's kelvin takes no minus sign: its zero is the coldest there is."""
    with pytest.raises(FigureError, match="is negative"):
        read_figure("-5 degrees", "kelvin")


def test_below_zero_with_signed_is_a_level_below_zero():
    """With signed = true "0.5% below zero" is -0.5%, as "-0.5%" is."""
    assert read_figure("0.5% below zero", signed=True).bounds == read_figure("-0.5%", signed=True).bounds


def test_a_ledger_temperature_below_zero_in_words_is_compared_below_zero(tmp_path):
    """"10 degrees below zero" with unit = "degC" is the same as "-12°C", not as "10°C"; "-5 degrees" is warmer."""
    path = tmp_path / "t.toml"
    path.write_text('[article]\nid = "t"\n'
                    '[claims.words]\nfigure = "10 degrees below zero"\nunit = "degC"\n'
                    '[claims.signed]\nfigure = "-5 degrees"\nunit = "degC"\n'
                    '[claims.cold]\nfigure = "-12°C"\n[claims.warm]\nfigure = "10°C"\n'
                    '[[checks]]\nkind = "same"\nclaims = ["words", "cold"]\n'
                    '[[checks]]\nkind = "same"\nclaims = ["words", "warm"]\n'
                    '[[checks]]\nkind = "same"\nclaims = ["signed", "cold"]\n', encoding="utf-8")
    found = sorted(finding.claims for finding in verify(load(path)).findings)
    assert found == [("t:signed", "t:cold"), ("t:words", "t:warm")]
