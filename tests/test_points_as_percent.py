"""FL205: a change between two percentages printed in percent, where it is in percentage points."""

from __future__ import annotations

from pathlib import Path

import pytest

from factledger import load, verify
from factledger.rules.wording import in_percentage_points

CASE = Path(__file__).parent / "data" / "rules" / "FL205-percentage-points-printed-as-percent.toml"


def test_the_finding_gives_the_points_and_the_percent_change():
    """The article's "2.5%" is the difference, 2.5 points; as a percent change 15.9% to 18.4% is 15.7%."""
    [finding] = verify(load(CASE)).findings
    assert finding.message == ("2.5% is the change from 15.9% to 18.4%, which is in percentage points; as a "
                               "percent change it would be 15.7%")
    assert finding.suggestion == "Print the change in percentage points: 2.5 percentage points"
    assert finding.evidence.steps == (
        "18.4% - 15.9% = 2.5 percentage points  (allowing for rounding: [2.4, 2.6] percentage points)",
        "(18.4% - 15.9%) ÷ 15.9% = 15.7%: the change as a percentage of 15.9%")


def test_the_check_is_inconsistent_and_names_the_rule():
    [check] = [c for c in verify(load(CASE)).checks if c.kind == "derivation"]
    assert (check.verdict.value, check.codes) == ("inconsistent", ("FL205",))


@pytest.mark.parametrize("printed, corrected", [
    ("2.5%", "2.5 percentage points"),
    ("a rise of 2.5 percent", "a rise of 2.5 percentage points"),
    ("about 1.8 per cent", "about 1.8 percentage points"),
    ("7.8pc", "7.8 percentage points"),
    ("2.5 percentage points", ""),
])
def test_the_correction_prints_the_figure_in_points(printed, corrected):
    assert in_percentage_points(printed) == corrected
