"""``compare`` checks of figures whose readings only touch: as for ``same`` checks, two values, not one."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from factledger import load, verify


def compare(tmp_path: Path, holds: str, **figures: str):
    """Verify one article whose claims are ``figures`` (id: printed figure, with ``!`` after it for
    ``exact = true``) and one compare check that ``holds``."""
    lines = ['[article]', 'id = "c"']
    for name, figure in figures.items():
        lines += [f"[claims.{name}]", f'figure = "{figure.rstrip("!")}"']
        if figure.endswith("!"):
            lines.append("exact = true")
    lines += ["[[checks]]", 'kind = "compare"', f'holds = "{holds}"']
    (tmp_path / "c.toml").write_text("\n".join(lines) + "\n", "utf-8")
    return verify(load(tmp_path, cache=False))


@pytest.mark.parametrize("holds", ["x == y", "y == x", "x >= y", "y <= x", "x > y", "y < x"])
def test_a_comparison_of_figures_that_only_touch_fails(tmp_path, holds):
    """"3%" ([2.5, 3.5]) and "4%" ([3.5, 4.5]) share only 3.5%: 3% is neither equal to 4% nor at least
    4%, nor more. Each of these comparisons was "consistent only through rounding", with no finding."""
    result = compare(tmp_path, holds, x="3%", y="4%")
    [finding] = result.findings
    assert finding.code == "FL303"
    [check] = result.checks
    assert check.verdict.value == "inconsistent"


@pytest.mark.parametrize("holds", ["x == y", "x >= y", "y <= x"])
def test_the_evidence_names_the_point_the_readings_share(tmp_path, holds):
    """A comparison that the shared end point alone would satisfy says so, as a same check's evidence does."""
    [finding] = compare(tmp_path, holds, x="1,240", y="1,250").findings
    left, right = holds.split()[::2]
    assert finding.evidence.steps[-1] == (f"{left} and {right} meet only at 1,245, the end of both roundings: a "
                                          f"value there rounds to one figure or the other, never to both")
    assert finding.evidence.allowance in ("[1,235, 1,245] vs [1,245, 1,255]", "[1,245, 1,255] vs [1,235, 1,245]")


def test_a_strict_comparison_of_touching_figures_names_no_shared_point(tmp_path):
    """"3% > 4%" is false of any values of the two, not for want of one value rounding both ways."""
    [finding] = compare(tmp_path, "x > y", x="3%", y="4%").findings
    assert not any("meet only at" in step for step in finding.evidence.steps)
    assert finding.evidence.allowance == "[2.5, 3.5]% vs [3.5, 4.5]%"


@pytest.mark.parametrize("holds", ["x == y", "x >= y", "x <= y", "y < x", "x > y"])
def test_figures_that_overlap_may_compare_either_way(tmp_path, holds):
    """"12,000" ([11,500, 12,500]) and "12,400" ([12,350, 12,450]) share a stretch: any of these may hold."""
    result = compare(tmp_path, holds, x="12,400", y="12,000")
    assert result.findings == ()
    [check] = result.checks
    assert check.verdict.holds


@pytest.mark.parametrize("holds, verdict", [
    ("x == y", "consistent only through rounding"),
    ("x >= y", "consistent only through rounding"),
    ("x <= y", "consistent"),
    ("x < y", "consistent"),
])
def test_an_exact_figure_on_the_boundary_still_meets(tmp_path, holds, verdict):
    """An exact 45 is a point, which "50" ([45, 55]) contains: equal to it, and at least it, may hold."""
    result = compare(tmp_path, holds, x="45!", y="50")
    assert result.findings == ()
    assert [check.verdict.value for check in result.checks] == [verdict]


def test_an_exact_figure_on_the_boundary_is_never_above_the_reading(tmp_path):
    """Every value of "50" is at least 45: an exact 45 more than it is false."""
    [finding] = compare(tmp_path, "x > y", x="45!", y="50").findings
    assert finding.code == "FL303"


@pytest.mark.parametrize("holds", ["x == y", "x >= y", "x <= y"])
def test_two_exact_figures_that_are_equal_hold(tmp_path, holds):
    result = compare(tmp_path, holds, x="23!", y="23!")
    assert result.findings == ()
    assert [check.verdict.value for check in result.checks] == ["consistent"]


def test_a_hedge_that_widens_into_overlap_holds(tmp_path):
    """"about 3%" reads [2.2, 3.8]: well into "4%"'s [3.5, 4.5]."""
    assert compare(tmp_path, "x == y", x="about 3%", y="4%").findings == ()


def test_a_sum_that_only_touches_a_figure_is_not_equal_to_it(tmp_path):
    """"2" + "2.5" reads [3.95, 5.05] and "5.1" [5.05, 5.15]: they share only 5.05. It held through rounding."""
    result = compare(tmp_path, "a + b == c", a="2", b="2.5", c="5.1")
    [finding] = result.findings
    assert finding.code == "FL303"
    assert "a + b and c meet only at 5.05," in finding.evidence.steps[-1]
    assert compare(tmp_path, "a + b == c", a="2", b="2.5", c="5").findings == ()


def test_a_comparison_across_units_that_only_touches_fails(tmp_path):
    """"3 cm" ([25, 35] mm) and "40 mm" ([35, 45] mm) share only 35 mm, as in a same check (FL203)."""
    [finding] = compare(tmp_path, "x == y", x="3 cm", y="40 mm").findings
    assert finding.code == "FL303"
    assert compare(tmp_path, "x == y", x="30 mm", y="2.5 cm").findings == ()


# -- the comparison of two readings, on the intervals --------------------------------------------

from hypothesis import given, settings, strategies as st  # noqa: E402

from factledger import read_figure  # noqa: E402
from factledger.compute import figure_value  # noqa: E402
from factledger.intervals import reading_exceeds, readings_meet  # noqa: E402

#: a printed integer whose precision is its last non-zero digit, and the ways it may be printed
_digits = st.integers(1, 9999).filter(lambda n: n % 10)
_printing = st.sampled_from(["{}", "{}%", "{} troops", "Rs {} billion", "${}M", "{} tonnes"])


def _reading(number: int, zeros: int, printing: str) -> tuple[float, float]:
    interval = figure_value(read_figure(printing.format(f"{number * 10 ** zeros:,}"))).interval
    return interval.lo, interval.hi


@settings(max_examples=300, deadline=None)
@given(_digits, _digits, st.integers(0, 4), _printing)
def test_of_two_printings_of_one_precision_only_the_larger_can_exceed(a, b, zeros, printing):
    """"3%" and "4%": 4% may be above 3%, 3% never above 4%, and the two are never equal; neighbours
    too, whose readings share an end point (widened outward by a few units in the last place)."""
    if a == b:
        return
    small, large = _reading(min(a, b), zeros, printing), _reading(max(a, b), zeros, printing)
    assert reading_exceeds(*large, *small)
    assert not reading_exceeds(*small, *large)
    assert not readings_meet(*small, *large)


@settings(max_examples=100, deadline=None)
@given(_digits, st.integers(0, 4), _printing)
def test_a_reading_may_exceed_itself(a, zeros, printing):
    """Two printings of one figure may be two values either way round."""
    reading = _reading(a, zeros, printing)
    assert reading_exceeds(*reading, *reading)


@pytest.mark.parametrize("above, below, exceeds", [
    ((5.0, math.inf), (1.0, 10.0), True),  # "more than 5" may be above 10
    ((0.0, 5.5), (5.5, 6.5), False),  # "up to 5" is never above "6"
    ((-math.inf, 3.0), (-math.inf, -2.0), True),
    ((45.0, 45.0), (45.0, 55.0), False),  # an exact 45 is never above "50"
    ((45.0, 45.0), (44.0, 44.0), True),
])
def test_reading_exceeds_on_bounds(above, below, exceeds):
    assert reading_exceeds(*above, *below) is exceeds
