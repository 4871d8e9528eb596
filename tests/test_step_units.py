"""The units a computation's steps are shown in: those of the figures involved, not seconds."""

from __future__ import annotations

from pathlib import Path

import pytest

from factledger import load, verify
from factledger.display import composed_unit, without_counts


def steps(tmp_path: Path, claims: str) -> tuple[str, ...]:
    """The evidence steps of the one finding of an article with ``claims``."""
    (tmp_path / "a.toml").write_text('[article]\nid = "a"\n\n' + claims, "utf-8")
    [finding] = verify(load(tmp_path, cache=False)).findings
    return finding.evidence.steps


def test_a_count_over_days_is_shown_per_day(tmp_path):
    """1,240 deaths over 101 days was shown as "0.000142098 1/s"."""
    [step] = steps(tmp_path, '[claims.deaths]\nfigure = "1,240"\n\n[claims.x]\nfigure = "12"\n'
                             'derived = "deaths / 101 days"\n')
    assert step.startswith("1,240 ÷ 101 days = 12.2772 1/day  (allowing for rounding: [12.2277, 12.3267] 1/day)")


def test_an_amount_over_a_month_is_shown_per_month(tmp_path):
    """A month's imports as a rate: "4,900,000,000 USD/month", not "1,863.26 USD/s", and the next step
    reads the same figure, so the display no longer switches units in mid-computation."""
    first, second = steps(tmp_path, '[claims.reserves]\nfigure = "$14.3 billion"\n\n[claims.imports]\n'
                                    'figure = "$4.9 billion"\n\n[claims.cover]\nfigure = "2.6 months"\n'
                                    'derived = "reserves / (imports / (1 month))"\n')
    assert first.startswith("4,900,000,000 USD ÷ 1 month = 4,900,000,000 USD/month  ")
    assert second.startswith("14,300,000,000 USD ÷ 4,900,000,000 USD/month = 2.91837 months  ")


@pytest.mark.parametrize("written, shown", [("degrees Celsius", "°C"), ("degrees Fahrenheit", "°F")])
def test_an_amount_over_a_temperature_in_words_is_shown_per_degree(tmp_path, written, shown):
    """A unit in words cannot be taken apart, so the step's unit is worded from its dimensions; a
    temperature's was "temperature_C", no unit, and the run stopped at "unknown unit 'USD/temperature_C'"
    with no file or line, where the finding is a wrong kind of quantity (FL202)."""
    [step] = steps(tmp_path, f'[claims.cost]\nfigure = "$2.5bn"\n\n[claims.warming]\nfigure = "3.5 {written}"\n\n'
                             f'[claims.x]\nfigure = "5"\nderived = "cost / warming"\n')
    assert step.startswith(f"2,500,000,000 USD ÷ 3.5 {written} = 714,285,714 USD/{shown}  ")


def test_a_count_cancels_out_of_the_shown_unit(tmp_path):
    """Rs 1,500 a month for each of 9.8 million families is INR a month: the count has cancelled.
    It was shown in "INR/count/month"."""
    [step] = steps(tmp_path, '[claims.rise]\nfigure = "Rs 1,500"\nunit = "INR/count/month"\n\n'
                             '[claims.families]\nfigure = "9.8 million families"\nunit = "count"\n\n'
                             '[claims.cost]\nfigure = "Rs 176 billion"\nderived = "rise * families"\n')
    assert step.startswith("1,500 INR/count/month × 9,800,000 count = 14,700,000,000 INR/month  ")
    assert "count/month" not in step.split("=", 1)[1]


@pytest.mark.parametrize("op, left, right, unit", [
    ("/", "USD", "month", "USD/month"),
    ("/", "", "days", "1/day"),  # a bare number over days: the plural as a compound unit names it
    ("/", "death", "day", "death/day"),
    ("*", "USD/soldier/month", "troops", "USD/month"),  # one kind of person above and below cancels
    ("*", "INR/count/month", "count", "INR/month"),
    ("/", "casualties", "days", "casualty/day"),
    ("/", "USD", "USD", ""),  # a pure number
    ("/", "km**2", "day", ""),  # powers are not taken apart
])
def test_a_composed_unit_is_made_of_the_operands_units(op, left, right, unit):
    assert composed_unit(op, left, right) == unit


@pytest.mark.parametrize("unit, shown", [
    ("INR/count/month", "INR/month"), ("count", "count"), ("USD/month", "USD/month"), ("count/day", "1/day"),
])
def test_a_count_is_left_out_of_a_compound_unit(unit, shown):
    assert without_counts(unit) == shown
