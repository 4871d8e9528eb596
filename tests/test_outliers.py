"""FL403: an outlier's evidence shows the figure and the few that say what the measure usually is."""

from __future__ import annotations

import json
import statistics
import xml.etree.ElementTree as ET

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factledger import load, verify
from factledger.formats import FORMATS, RenderOptions
from factledger.formats.text import summary
from factledger.rules.plausibility import OUTLIER_EVIDENCE, OUTLIER_RATIO, _far_from_all_others


def _ledger(tmp_path, tonnes: list[int]):
    lines = ['[article]', 'id = "loads"']
    for i, amount in enumerate(tonnes):
        lines += [f"[claims.load{i}]", f'figure = "{amount:,} tonnes"', 'measure = "tanker load"']
    path = tmp_path / "loads.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return load(path)


def test_a_large_measure_shows_the_figures_nearest_the_typical_one(tmp_path):
    usual = [50_000 + 1_000 * i for i in range(30)]
    ledger = _ledger(tmp_path, usual + [70])
    [finding] = [f for f in verify(ledger).findings if f.code == "FL403"]

    outlier = f"loads:load{len(usual)}"
    shown = [c.key for c in finding.evidence.claims]
    assert finding.claims == (outlier,)
    assert shown[0] == outlier and len(shown) == 1 + OUTLIER_EVIDENCE
    median = statistics.median(usual)
    distance = {f"loads:load{i}": abs(amount - median) for i, amount in enumerate(usual)}
    # The five closest to the median, in ledger order; none farther than any left out.
    assert shown[1:] == sorted(shown[1:], key=lambda k: int(k.rsplit("load", 1)[1]))
    left_out = set(distance) - set(shown)
    assert max(distance[k] for k in shown[1:]) <= min(distance[k] for k in left_out)


def test_a_small_measure_shows_every_other_figure(tmp_path):
    ledger = _ledger(tmp_path, [80_000, 60_000, 70])
    [finding] = [f for f in verify(ledger).findings if f.code == "FL403"]
    assert [c.key for c in finding.evidence.claims] == ["loads:load2", "loads:load0", "loads:load1"]


def test_an_outlier_comes_with_its_check(tmp_path):
    """The finding has a check of its own: what was compared and the ratio, so the summary counts it
    and reports that list checks show it. 70 t against the median of 60,000 t and 80,000 t is 1,000 times."""
    result = verify(_ledger(tmp_path, [80_000, 60_000, 70]))
    [finding] = result.findings
    [check] = result.checks
    assert (check.subject, check.kind, check.verdict.value, check.codes) == (
        "loads:load2", "outlier", "inconsistent", ("FL403",))
    assert check.location == finding.location
    assert check.detail == ("70 tonnes vs 80,000 tonnes and 60,000 tonnes for tanker load: "
                            "about 1,000 times smaller than their median")
    assert summary(result) == "Found 1 finding (1 warning) in 1 file: 1 check, 0 consistent; 3 of 3 claims checked."
    [shown] = json.loads(FORMATS["json"](result, RenderOptions()))["checks"]
    assert (shown["kind"], shown["subject"], shown["codes"]) == ("outlier", "loads:load2", ["FL403"])
    listed = FORMATS["text"](result, RenderOptions(show_consistent=True))
    assert f"{finding.location}: outlier: inconsistent: 70 tonnes vs 80,000 tonnes" in listed


def test_an_outlier_in_a_large_measure_counts_the_others_and_names_the_nearest(tmp_path):
    """Against 30 loads the detail counts them and names the five its evidence shows; only those and
    the outlier are checked. The median of 50,000-79,000 t is 64,500 t, 921 times 70 t."""
    result = verify(_ledger(tmp_path, [50_000 + 1_000 * i for i in range(30)] + [70]))
    [check] = result.checks
    assert check.detail == ("70 tonnes vs 30 other figures for tanker load (nearest their median: 63,000 tonnes, "
                            "64,000 tonnes, 65,000 tonnes, 66,000 tonnes, 67,000 tonnes): "
                            "about 921 times smaller than their median")
    assert result.coverage.checked == 6
    cases = ET.fromstring(FORMATS["junit"](result, RenderOptions())).iter("testcase")
    skipped = {case.get("name") for case in cases if case.find("skipped") is not None}
    assert skipped == {f"loads:load{i}" for i in range(30) if not 13 <= i <= 17}


def test_an_outlier_the_ledger_computes_is_named_by_its_value(tmp_path):
    """An implied claim prints nothing: 12,000 troops / 1,500 daily is 8 days, among 8,000 and 9,000 days.
    The message and the check began with an empty figure ("  is about ...")."""
    (tmp_path / "a.toml").write_text("""[article]
id = "a"
[claims.t]
figure = "12,000 troops"
[claims.d]
figure = "1,500 daily"
unit = "casualty"
[claims.x]
derived = "t / d"
measure = "days"
[claims.y]
figure = "8,000 days"
measure = "days"
[claims.z]
figure = "9,000 days"
measure = "days"
""", "utf-8")
    result = verify(load(tmp_path, cache=False))
    [finding] = result.findings
    assert finding.message.startswith("8 day is about 1,06")
    [check] = [c for c in result.checks if c.kind == "outlier"]
    assert check.detail.startswith("8 day vs 8,000 days and 9,000 days for days: about 1,06")


def test_a_measure_without_an_outlier_records_no_check(tmp_path):
    """A scan that finds no outlier makes no check, however many figures it looked at."""
    result = verify(_ledger(tmp_path, [80_000, 60_000, 70_000, 800]))
    assert result.checks == () and result.coverage.checked == 0


positive = st.floats(min_value=5e-324, max_value=1.7e308, allow_nan=False, allow_infinity=False)
# Groups a ledger makes: values of one measure, some repeated, some scaled by a thousand.
group = st.lists(st.one_of(positive, st.sampled_from([1.0, 30.0, 3e4, 3e7, 0.03])), min_size=2, max_size=40)


@given(group)
def test_far_values_are_those_every_other_value_is_the_ratio_away_from(points):
    """The neighbour scan (and the shortcut that skips it for a narrow group) finds exactly the
    values whose ratio to every other value is at least OUTLIER_RATIO, compared pair by pair."""
    every_pair = {
        p for i, p in enumerate(points)
        if all(max(p / q, q / p) >= OUTLIER_RATIO for j, q in enumerate(points) if j != i)
    }
    assert _far_from_all_others(points) == every_pair


def test_a_figure_is_an_outlier_only_where_the_others_agree_on_a_scale(tmp_path):
    """70 t is a slip among 60,000-80,000 t; 800 among 650,000 to 1.4 billion is not: the others
    span more than the gap to the nearest of them."""
    assert [f.claims for f in verify(_ledger(tmp_path, [80_000, 60_000, 70])).findings if f.code == "FL403"]
    spread = [650_000, 84_000_000, 1_400_000_000, 800]
    assert not [f for f in verify(_ledger(tmp_path, spread)).findings if f.code == "FL403"]


def _deployments(tmp_path, *claims: tuple[str, str]):
    """One article: (subject, figure) pairs, each a claim of the measure "troops deployed"."""
    lines = ['[article]', 'id = "troops"']
    for i, (subject, figure) in enumerate(claims):
        lines += [f"[claims.c{i}]", f'figure = "{figure}"', f'subject = "{subject}"', 'measure = "troops deployed"']
    path = tmp_path / "troops.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return verify(load(path, cache=False))


def test_a_bare_count_is_an_outlier_among_the_counted_figures_of_its_measure(tmp_path):
    """"15" for a subject whose other figure is "12,000 troops" counts troops, so it is compared with the
    measure's troops, 800 times its size: FL403. As a pure number it was alone and never compared."""
    result = _deployments(tmp_path, ("Kursk", "12,000 troops"), ("Donetsk", "10,000 troops"),
                          ("Kursk", "15"), ("Kharkiv", "11,000 troops"))
    [finding] = [f for f in result.findings if f.code == "FL403"]
    assert finding.claims == ("troops:c2",)
    assert finding.message == "15 is about 733 times smaller than the other figures for troops deployed in the ledger"
    assert [c.key for c in finding.evidence.claims] == ["troops:c2", "troops:c0", "troops:c1", "troops:c3"]


@pytest.mark.parametrize("small, other", [("15", "40 ships"), ("0.5", None), ("15%", None), ("15%", "40 ships")])
def test_a_pure_number_stays_with_the_pure_numbers(tmp_path, small, other):
    """A bare number of a subject counting troops and ships, or one that is no count (0.5, 15%), is
    compared with neither kind's figures."""
    claims = [("Kursk", "12,000 troops"), ("Donetsk", "10,000 troops"), ("Kursk", small), ("Kharkiv", "11,000 troops")]
    if other:
        claims.append(("Kursk", other))
    assert [f for f in _deployments(tmp_path, *claims).findings if f.code == "FL403"] == []


def _fl403(result) -> list[tuple[str, ...]]:
    return [f.claims for f in result.findings if f.code == "FL403"]


@pytest.mark.parametrize("figures", [["15,000", "12,000", "14,000", "5%"], ["5%", "6%", "7%", "15,000"],
                                     ["15,000", "12,000", "14,000", "3 times"]])
def test_a_bare_count_and_a_share_of_a_measure_are_not_compared(tmp_path, figures):
    """Shares and counts named alike: "5%" is not an outlier among bare numbers of 12,000-15,000, nor
    "15,000" among shares. Either was reported as 240,000 times smaller or larger than the others."""
    result = _deployments(tmp_path, *((f"region {i}", figure) for i, figure in enumerate(figures)))
    assert _fl403(result) == [] and result.checks == ()


@pytest.mark.parametrize("figures, outlier", [
    (["15,000", "12,000", "14,000", "0.05"], "troops:c3"),  # a fraction is no count, and no unit makes it a share
    (["0.05", "0.06", "0.07", "15,000"], "troops:c3"),
    (["15,000", "12,000", "14,000", "5%", "0.06"], "troops:c4"),  # the fraction among the counts
    (["5%", "6%", "7%", "12,000", "0.000001"], "troops:c4"),  # ... and among the shares
])
def test_pure_numbers_other_than_counts_and_shares_compare_with_both(tmp_path, figures, outlier):
    result = _deployments(tmp_path, *((f"region {i}", figure) for i, figure in enumerate(figures)))
    assert _fl403(result) == [(outlier,)]


def test_a_pure_number_far_from_both_counts_and_shares_is_reported_once(tmp_path):
    """20,000,000.5 (no count: not whole) is far from the counts and from the shares: one finding, one check."""
    figures = ["15,000", "12,000", "14,000", "5%", "6%", "7%", "20,000,000.5"]
    result = _deployments(tmp_path, *((f"region {i}", figure) for i, figure in enumerate(figures)))
    assert _fl403(result) == [("troops:c6",)]
    assert [(c.kind, c.subject) for c in result.checks] == [("outlier", "troops:c6")]
