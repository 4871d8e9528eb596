"""Corrections worded like the article: the printed figure with the recomputed number put in."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factledger import read_figure
from factledger.rules.wording import replace_number


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
])
def test_correction_keeps_the_printed_style(printed, value, corrected):
    assert replace_number(printed, value) == corrected


PRINTED = ["$24M", "$24M a month", "30 tonnes", "12,000 troops", "12 000 troops", "$5mln", "5 mn barrels",
           "€1.2bn", "£3 billion", "about $1.5 bln", "$5tn", "30m", "$1.4b", "N$1,3 billion", "12,5%",
           "up to 1,500 daily", "92.5%", "5K", "1 500 000 ships", "5T euros", "24m euros a year",
           "Twelve thousand troops", "about half a million troops", "a dozen ships", "one and a half million people",
           "Rs 5 crore", "5 lakh people", "₹1.5 lakh crore"]


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
