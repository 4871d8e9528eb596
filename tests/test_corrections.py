"""Corrections worded like the article: the printed figure with the recomputed number put in."""

from __future__ import annotations

import math

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from factledger import load, read_figure, verify
from factledger.rules.wording import correction, replace_number


@pytest.mark.parametrize(("printed", "value", "corrected"), [
    ("$24M a month", 30e6, "$30M a month"),
    ("30 tonnes of oil to Cuba each month", 30_000, "30,000 tonnes of oil to Cuba each month"),
    ("$5mln", 6e6, "$6mln"),  # the scale word kept, the number in it (was "$6,000,000mln")
    ("5 mn barrels", 6e6, "6 mn barrels"),
    ("$5tn", 6e12, "$6tn"),
    ("about $1.5 bln", 2e9, "about $2 bln"),
    ("5 Million", 6e6, "6 Million"),
    ("$1.4b", 2e9, "$2b"),
    ("30m", 30_000, "30,000m"),  # metres: "m" is a scale word only after a currency (was "0.03m")
    ("12 000 troops", 24_000, "24 000 troops"),  # thousands spaced as printed
    ("N$1,3 billion", 2.6e9, "N$2,6 billion"),  # a decimal comma kept
    ("5T euros", 7.5e12, "7.5T euros"),  # "T" before a unit word is a scale, as the reader takes it
    # numbers in words are written in digits, the words around them kept (was "18,000" alone)
    ("Twelve thousand North Korean troops", 18_000, "18,000 North Korean troops"),
    ("about half a million troops", 750_000, "about 750,000 troops"),
    ("nearly a quarter of a million barrels", 300_000, "nearly 300,000 barrels"),
    ("a dozen ships", 18, "18 ships"),
    ("Rs 5 crore", 6e7, "Rs 6 crore"),  # lakhs and crores, as South Asian news counts
    ("2 lakh crore rupees", 3e12, "3 lakh crore rupees"),
    # a leading decimal point is the number's own (the digits after it were replaced alone)
    (".5%", 0.6, "0.6%"),
    ("$.5M", 0.75e6, "$0.75M"),
    ("Rs.2 lakh", 3e5, "Rs.3 lakh"),  # the point of "Rs." is no decimal point
    ("5 dozen", 72, "6 dozen"),  # counted in dozens, as printed
    # a level below zero (signed = true): the sign where the article prints it, or before the currency
    ("-$3bn", -5e9, "-$5bn"),
    ("-$3bn", 2e9, "$2bn"),
    ("$-3bn", -5e9, "$-5bn"),
    ("\u22120.5%", -0.6, "\u22120.6%"),  # the article's own minus sign kept
    ("about -$5bn", -4e9, "about -$4bn"),
    ("$5bn", -4e9, "-$4bn"),
    ("-N$1,3 billion", -2.6e9, "-N$2,6 billion"),
    ("-12 000", -24_000, "-24 000"),
    ("-5°C", 3, "3°C"),
    # the sign in words, kept below zero and left out above it
    ("minus 0.5%", -0.6, "minus 0.6%"),
    ("minus 0.5%", 0.3, "0.3%"),
    ("Minus $3bn", -5e9, "Minus $5bn"),
    ("minus 5°C", -7, "minus 7°C"),
    ("minus five degrees Celsius", -7, "minus 7 degrees Celsius"),  # was "minus -7 degrees Celsius"
    ("-five degrees Celsius", -7, "-7 degrees Celsius"),  # was "--7 degrees Celsius"
    ("minus five degrees Celsius", 2, "2 degrees Celsius"),
])
def test_correction_keeps_the_printed_style(printed, value, corrected):
    assert replace_number(printed, value) == corrected


PRINTED = ["$24M", "$24M a month", "30 tonnes", "12,000 troops", "12 000 troops", "$5mln", "5 mn barrels",
           "€1.2bn", "£3 billion", "about $1.5 bln", "$5tn", "30m", "$1.4b", "N$1,3 billion", "12,5%",
           "up to 1,500 daily", "92.5%", "5K", "1 500 000 ships", "5T euros", "24m euros a year",
           "Twelve thousand troops", "about half a million troops", "a dozen ships", "one and a half million people",
           "Rs 5 crore", "5 lakh people", "₹1.5 lakh crore", ".5%", "$.5M", "about .25%",
           # a rate per so many: the count it is per is no second number (no correction was offered)
           "27.5 per 100,000", "12 deaths per 100,000 people", "about 40 per 100,000 a year"]


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(PRINTED), st.floats(min_value=0.01, max_value=1e12))
def test_a_correction_reads_back_as_its_value_in_the_same_unit(printed, value):
    """What an editor is told to print reads, with factledger's own reader, as the value meant."""
    corrected = replace_number(printed, value)
    before, after = read_figure(printed), read_figure(corrected)
    assert after.unit_text == before.unit_text
    assert after.hedge == before.hedge and after.per == before.per
    # the number is written with at least 4 significant digits
    assert math.isclose(after.value, value, rel_tol=5e-4)


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(PRINTED), st.floats(min_value=0.01, max_value=1e12))
def test_a_simple_figure_is_always_offered_a_correction(printed, value):
    """A single number in a simple figure can always take the recomputed value."""
    assert correction(read_figure(printed), value)


@pytest.mark.parametrize(("printed", "value"), [
    ("10-12 million people", 15e6),  # was "15,000,000-12 million people"
    ("between 10,000 and 12,000 troops", 5_000),  # was "between 5,000 and 12,000 troops"
    ("$200-300 million", 1e9),
    ("ten to twelve thousand troops", 5_000),
    ("4 ft 11 27⁄32 in", 72),  # was "72 ft 11 27⁄32 in", for 72 in (6 ft)
    ("2 1/2 miles", 3.5),
    ("2½ miles", 3.5),  # was "3.5½ miles"
    ("3/4", 0.5),  # was "0.5/4"
    ("¾", 0.5),
    ("two-thirds", 0.5),
    ("a third", 0.5),
])
def test_no_correction_for_a_range_a_compound_measure_or_a_fraction(printed, value):
    """No one number in these figures can be replaced to print the recomputed value."""
    assert correction(read_figure(printed), value) == ""


SIGNED = ["-$3bn", "-0.5%", "0.25%", "about -$5bn", "$-2bn", "-12,000 people", "-\u20ac1.2bn a year",
          "\u22120.1%", "nearly -0.5%", "below -0.5%", "minus 0.5%", "about Minus $2bn", "minus five tonnes"]


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(SIGNED), st.floats(min_value=0.01, max_value=1e12), st.booleans())
def test_a_signed_correction_reads_back_as_its_value_with_its_sign(printed, size, below_zero):
    """What an editor is told to print for a level that may be below zero (signed = true) reads, as
    the ledger reads it, as the value meant, on whichever side of zero it lies."""
    value = -size if below_zero else size
    figure = read_figure(printed, signed=True)
    offered = correction(figure, value)
    again = read_figure(offered, signed=True)
    assert again.unit_text == figure.unit_text and again.hedge == figure.hedge
    assert math.isclose(again.value, value, rel_tol=5e-4)


@pytest.mark.parametrize("printed", ["$5bn", "5%", "about 3%", "12,000 troops"])
def test_no_correction_below_zero_for_an_amount_recorded_as_its_size(printed):
    """Without signed = true no figure below zero reads: none is offered ("$-4bn" was)."""
    assert correction(read_figure(printed), -4.0) == ""
    assert correction(read_figure(printed, signed=True), -4.0) != ""


ANY_PRINTED = PRINTED + ["10-12 million people", "between 10,000 and 12,000 troops", "$200-300 million",
                         "4 ft 11 27⁄32 in", "5 ft 2 in", "2½ miles", "3/4", "¾", "two-thirds", "a third",
                         "half", "about 20 to 30 tonnes", "1.50", "0.5", "3 km"]


@settings(max_examples=600, deadline=None)
@given(st.sampled_from(ANY_PRINTED), st.floats(min_value=1e-6, max_value=1e13))
@example("€1.2bn", 1e-06)  # 1e-15 of a billion: no digits to print, so no correction
def test_any_correction_offered_reads_back_as_the_recomputed_value(printed, value):
    """Whatever a finding offers an editor to print reads, with factledger's own reader, as the
    recomputed value within its own rounding, in the figure's unit."""
    figure = read_figure(printed)
    offered = correction(figure, value)
    if offered:
        again = read_figure(offered)
        assert again.unit_text == figure.unit_text and not again.is_range
        assert again.interval.lo * (1 - 1e-9) <= value <= again.interval.hi * (1 + 1e-9)


T8 = """
[article]
id = "t8"
[claims.a]
figure = "5.0 million people"
[claims.b]
figure = "10.0 million people"
[claims.r]
figure = "10-12 million people"
derived = "a + b"
[claims.s]
figure = "between 10,000 and 12,000 troops"
derived = "a / 1000"
[claims.c]
figure = "3.0 ft"
[claims.d]
figure = "4 ft 11 27⁄32 in"
derived = "c * 2"
[claims.e]
figure = "3/4"
derived = "a / b"
[claims.f]
figure = "12 million people"
derived = "a + b"
"""


def test_findings_offer_corrections_only_for_single_numbers(write_ledger):
    """FL101 on a range, a compound measure or a fraction offers no correction, and its suggestion
    still says what to do; on a single number it offers the figure with the recomputed number."""
    result = verify(load(write_ledger(T8)))
    offered = {f.claims[0].split(":")[1]: (f.code, f.correction) for f in result.findings}
    assert offered == {"r": ("FL101", ""), "s": ("FL101", ""), "d": ("FL101", ""), "e": ("FL101", ""),
                       "f": ("FL101", "15 million people")}
    assert all(f.suggestion.startswith("Recompute ") for f in result.findings)


def test_a_dropped_scale_in_a_range_is_worded_without_a_correction(write_ledger):
    """FL401 on a range says what the scaled range would be; it offers no garbled rewording
    (was "25,000-30 tonnes of oil each month")."""
    ledger = """
[article]
id = "case"
[claims.oil]
figure = "20-30 tonnes of oil each month"
measure = "oil shipped per month"
[ranges.oil]
measures = ["oil shipped per month"]
unit = "tonne/month"
low = 1000
high = 1000000
source = "test range"
reason = "smallest tanker cargo"
"""
    [finding] = verify(load(write_ledger(ledger))).findings
    assert finding.code == "FL401" and finding.correction == ""
    assert finding.message.endswith("scaled by 1,000 it would be 20,000 to 30,000 tonnes/month")
    assert finding.suggestion == "Check for a dropped scale word: did the source say 20,000 to 30,000 tonnes/month?"
