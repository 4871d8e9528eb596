"""FL201's allowance says what the hedge allowed, as FL101's does: the verdict allowed for it."""

from __future__ import annotations

from factledger import load, verify

LEDGER = '''[article]
id = "a"

[claims.yearly]
figure = "about $135"
unit = "USD/year"

[claims.monthly]
figure = "{monthly}"
derived = "yearly"
'''


def _finding(tmp_path, monthly):
    (tmp_path / "a.toml").write_text(LEDGER.format(monthly=monthly), encoding="utf-8")
    [finding] = verify(load(tmp_path)).findings
    return finding


def test_a_hedged_figure_that_lost_its_rate_shows_the_hedge_it_was_allowed(tmp_path):
    """"roughly $11" is 11.25 a month only within its hedge; the allowance said the rounding alone,
    [10.5, 11.5], which leaves 11.25 out and the verdict unexplained."""
    finding = _finding(tmp_path, "roughly $11")
    assert finding.code == "FL201"
    assert finding.evidence.allowance == ('roughly $11 read as 11 USD/month allows [10.5, 11.5] USD/month by '
                                          'rounding; with "roughly", [9.4, 12.6] USD/month')


def test_without_a_hedge_the_allowance_is_the_rounding(tmp_path):
    finding = _finding(tmp_path, "$11.25")
    assert finding.code == "FL201"
    assert finding.evidence.allowance == "$11.25 read as 11.25 USD/month allows [11.245, 11.255] USD/month by rounding"
