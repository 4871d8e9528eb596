"""FL204's suggestion fits the two kinds: it asked to "convert with a dated rate", which no FL204 needs
(a check across currencies is left unverifiable, with no finding)."""

from __future__ import annotations

from factledger import load, verify

RATE_AND_TOTAL = '''[article]
id = "a"

[claims.yearly]
figure = "more than $318 million a year"

[claims.total]
figure = "$318.4 million"

[[checks]]
kind = "same"
claims = ["yearly", "total"]
'''

MASS_AND_MONEY = '''[article]
id = "a"

[claims.tonnage]
figure = "5 tonnes"

[claims.revenue]
figure = "$5M"

[[checks]]
kind = "compare"
holds = "tonnage > revenue"
'''


def _suggestion(tmp_path, text):
    (tmp_path / "a.toml").write_text(text, encoding="utf-8")
    [finding] = verify(load(tmp_path)).findings
    assert finding.code == "FL204"
    return finding.suggestion


def test_a_rate_against_a_total_is_told_to_multiply_or_divide_by_the_period(tmp_path):
    assert _suggestion(tmp_path, RATE_AND_TOTAL) == (
        'One is a rate and the other a total: multiply the rate by its period, or divide the total by it '
        '("total / 1 year"), so that both are of one kind')


def test_other_kinds_are_told_to_record_quantities_of_one_kind(tmp_path):
    suggestion = _suggestion(tmp_path, MASS_AND_MONEY)
    assert suggestion == "Record the derivation or check with quantities of one kind"
    assert "dated rate" not in suggestion
