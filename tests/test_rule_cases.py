"""Every rule, specified by ledger snippets in tests/data/rules/ and the findings they must give.

Each case file says in a comment what it must produce: ``# expect: FL201 total`` (code and
the id of the claim the finding names first, the figure in question, where it is located),
one line per finding, or ``# expect: none``. Cases that must produce no finding
are as much a part of the specification as those that must.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from factledger import load, verify
from factledger.rules.catalog import RULES

CASES = sorted((Path(__file__).parent / "data" / "rules").glob("*.toml"))


def expected(path: Path) -> set[tuple[str, str]]:
    lines = re.findall(r"^# expect: (.+)$", path.read_text("utf-8"), re.MULTILINE)
    assert lines, f"{path.name} has no '# expect:' line"
    if lines == ["none"]:
        return set()
    return {tuple(line.split()) for line in lines}  # type: ignore[misc]


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_rule_case(path: Path):
    result = verify(load(path))
    found = {(f.code, f.claims[0].split(":", 1)[1]) for f in result.findings}
    assert found == expected(path)


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_a_suggestion_names_only_figures_of_its_finding(rule):
    """A suggestion's numbers come from the finding's fields, never from a fixed example.

    "State the period each figure is about (period = \"2016\")" read, under a finding on two
    undated figures, as though 2016 were their period; "0.96 is already 96%" was printed
    under a finding on any share.
    """
    fixed = re.sub(r"\{\w+\}", "", rule.suggestion).replace('"* 100"', "")  # the operator it names
    assert not re.search(r"\d", fixed), rule.suggestion


def test_every_rule_has_a_case():
    """Each rule code is specified by at least one case file (FL602 needs an article text)."""
    covered = {p.name.split("-")[0] for p in CASES}
    missing = {r.code for r in RULES} - covered - {"FL503", "FL602"}  # tests/test_quotes.py, test_seed_ledgers.py
    assert not missing


def test_checks_across_currencies_are_unverifiable_with_the_reason():
    """No finding against the article, but no silent pass: each check says why it was not made."""
    result = verify(load(Path(__file__).parent / "data" / "rules" / "FL204-not-across-currencies.toml"))
    unverifiable = dict(result.coverage.unverifiable)
    assert set(unverifiable) == {"case:eur", "case:usd", "case:total"}
    assert all("EUR and USD are different currencies" in why for why in unverifiable.values())
    verdicts = {(c.kind, c.verdict.value) for c in result.checks}
    assert verdicts == {("derivation", "unverifiable"), ("same", "unverifiable"), ("compare", "unverifiable")}


@pytest.mark.parametrize("derived, reason", [
    ("total / zero", "zero is zero"),
    ("zero ** -1", "zero is zero"),  # the base a negative power divides by, not the power
    ("total / (zero * 2)", "zero × 2 is zero"),
])
def test_fl901_names_the_figure_that_is_zero(tmp_path, derived, reason):
    ledger = tmp_path / "a.toml"
    ledger.write_text(f'[article]\nid = "a"\n[claims.zero]\nfigure = "0 troops"\n[claims.total]\nfigure = "5"\n'
                      f'[claims.d]\nfigure = "5"\nderived = "{derived}"\n', encoding="utf-8")
    [finding] = verify(load(ledger, cache=False)).findings
    assert finding.code == "FL901" and finding.message.endswith(f"cannot be computed: {reason}")


def test_a_dropped_rate_is_printed_per_the_period_that_makes_it_right():
    """The correction adds the period found ("a day", "an hour"), and the evidence is per the
    period the derivation names, not per second ("9.13242 USD/s" for $288M / 365 day)."""
    result = verify(load(Path(__file__).parent / "data" / "rules" /
                         "FL201-rate-dropped-per-period-of-the-derivation.toml"))
    rates = {f.claims[0]: f for f in result.findings if f.code == "FL201"}
    assert {k: f.correction for k, f in rates.items()} == {
        "case:daily": "$789,000 a day", "case:per_day": "$3M a day", "case:per_hour": "$500,000 an hour"}
    assert rates["case:daily"].evidence.steps[0].startswith("288,000,000 USD ÷ 365 day = 789,041 USD/day")
    assert rates["case:daily"].message == "$789,000 is a total, but the computation gives a rate: 789,041 USD/day"


def test_the_gap_of_fl101_is_said_in_three_figures(tmp_path):
    """How far a figure is off is read at a glance: "a gap of 5.48 days", not "5.47543 days"."""
    ledger = tmp_path / "a.toml"
    ledger.write_text('[article]\nid = "a"\n[claims.small]\nfigure = "2,925"\nunit = "troop"\n'
                      '[claims.rate]\nfigure = "1,450 a day"\nunit = "troop"\n'
                      '[claims.days]\nfigure = "8 days"\nderived = "small / rate"\n', encoding="utf-8")
    [finding] = verify(load(ledger, cache=False)).findings
    assert finding.code == "FL101" and finding.message.endswith(", a gap of 5.48 days")
