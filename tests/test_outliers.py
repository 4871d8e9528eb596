"""FL403: an outlier's evidence shows the figure and the few that say what the measure usually is."""

from __future__ import annotations

import statistics

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factledger import load, verify
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
