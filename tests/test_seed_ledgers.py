"""The seed ledgers: what a careful fact-checker would say about the two example articles."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from factledger import load, verify
from golden_files import assert_golden

ROOT = Path(__file__).resolve().parent.parent
LEDGER = ROOT / "ledger"


def run_verify(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "factledger", "verify", *args], cwd=cwd,
                          capture_output=True, text=True, encoding="utf-8")


@pytest.fixture(scope="module")
def result():
    return verify(load(LEDGER, root=ROOT))


def by_code(result, code: str):
    return [f for f in result.findings if f.code == code]


def test_text_output_is_pinned():
    run = run_verify("ledger/")
    assert run.returncode == 1 and run.stderr == ""
    assert_golden("verify-ledger.txt", run.stdout)


def test_json_output_is_pinned():
    run = run_verify("ledger/", "--output-format", "json", "--show-consistent")
    assert run.returncode == 1
    json.loads(run.stdout)
    assert_golden("verify-ledger.json", run.stdout)


def test_dropped_rate_of_24m_is_reported_with_wording(result):
    """$24M from 12,000 troops x $2,000/month: right magnitude, lost "/month"."""
    [finding] = by_code(result, "FL201")
    assert finding.claims[0] == "bwr-2024-11-17:nk_pay_total"
    assert "24,000,000 USD/month" in finding.message
    assert finding.correction == "$24M a month"
    assert any("12,000 troops × 2,000 USD/soldier/month = 24,000,000 USD/month" in s
               for s in finding.evidence.steps)
    assert {c.source for c in finding.evidence.claims} >= {
        "The Wall Street Journal, citing South Korean officials"}


def test_eight_days_is_consistent(result):
    [check] = [c for c in result.checks if c.subject == "bwr-2024-11-17:nk_days_in_battle"]
    assert check.verdict.value == "consistent"
    assert "recomputed 8 days" in check.detail


def test_thirty_tonnes_of_oil_is_implausible_with_likely_slip(result):
    [finding] = by_code(result, "FL401")
    assert finding.claims == ("bwr-2024-11-17:cuba_oil_monthly",)
    assert finding.correction == "30,000 tonnes of oil to Cuba each month"
    assert any("US Energy Information Administration" in step for step in finding.evidence.steps)


def test_china_share_conflict_asks_for_periods(result):
    [finding] = by_code(result, "FL502")
    assert set(finding.claims) == {"bwr-2024-11-17:china_share", "ocnus-2019-04-25:china_share"}
    assert finding.severity.label == "error"
    assert "state the periods" in finding.message


def with_china_share_periods(tmp_path, bwr: str, ocnus: str):
    """The example ledger, verified with a period stated for China's share in each article."""
    copy = tmp_path / "ledger"
    shutil.copytree(LEDGER, copy)
    for name, period in (("bwr-2024-11-17.toml", bwr), ("ocnus-2019-04-25.toml", ocnus)):
        path = copy / name
        text = path.read_text("utf-8").replace(
            'measure = "China\'s share"\n', f'measure = "China\'s share"\nperiod = "{period}"\n')
        path.write_text(text, "utf-8")
    return verify(load(copy))


def china_share_notes(result):
    return [f for f in by_code(result, "FL503") if "bwr-2024-11-17:china_share" in f.claims]


def test_china_share_with_stated_periods_is_a_note(tmp_path):
    """Once the ledger says which years the shares describe, the conflict becomes a note."""
    result = with_china_share_periods(tmp_path, "2023", "2016")
    assert by_code(result, "FL502") == []
    [note] = china_share_notes(result)
    assert note.severity.label == "info"
    assert "92.5% (Ocnus.net 2019 article, 2016)" in note.message


def test_a_year_and_a_month_of_it_are_different_periods(tmp_path):
    """97% of May 2016's trade against 92.5% of 2016's: a note, not a conflict between the articles."""
    result = with_china_share_periods(tmp_path, "2016-05", "2016")
    assert by_code(result, "FL501") == [] and by_code(result, "FL502") == []
    [note] = china_share_notes(result)
    assert "97% (Barbershop Whispers" in note.message and "2016-05" in note.message


def test_no_other_finding(result):
    """No false alarm: nothing beyond the three problems a fact-checker would raise, and one note."""
    assert sorted(f.code for f in result.findings) == ["FL201", "FL401", "FL502", "FL503"]


def test_a_peak_above_an_upper_bound_of_a_longer_period_is_a_note(result):
    """The Soviet share "peaking at 60% by 1988" and "up to 50%" in the 1970s and 1980s: 60% reads
    [55, 65]% and "up to 50%" at most 55%, which share only 55%, so the figures differ (for a year and the
    decades it falls in: a note). They were listed as meeting within their rounding and hedges."""
    [note] = by_code(result, "FL503")
    assert set(note.claims) == {"bwr-2024-11-17:soviet_share_peak", "ocnus-2019-04-25:soviet_share"}
    assert "meet only at 55%" in note.evidence.steps[-1]


def test_every_other_derivation_and_check_is_consistent(result):
    failing = {c.subject for c in result.checks if not c.verdict.holds}
    # FL502's check is of the figure the finding is located at, the Ocnus share.
    assert failing == {"bwr-2024-11-17:nk_pay_total", "bwr-2024-11-17:cuba_oil_monthly",
                       "ocnus-2019-04-25:china_share"}
    assert len(result.checks) >= 30


def test_every_figure_and_quote_is_verbatim_in_its_article():
    """Each claim's printed figure and quote appear exactly in the article text it cites."""
    for path in sorted(LEDGER.glob("*.toml")):
        document = tomllib.loads(path.read_text("utf-8"))
        text = (path.parent / document["article"]["text"]).read_text("utf-8")
        for claim_id, claim in document["claims"].items():
            if "figure" in claim:
                assert claim["figure"] in text, f"{path.name}: {claim_id} figure"
                assert claim["figure"] in claim["quote"], f"{path.name}: {claim_id} quote lacks figure"
            if "quote" in claim:
                assert claim["quote"].strip('"') in text, f"{path.name}: {claim_id} quote"


def test_docs_show_the_real_output():
    golden = (ROOT / "tests" / "golden" / "verify-ledger.txt").read_text("utf-8")
    assert golden in (ROOT / "docs" / "example.md").read_text("utf-8")
    assert golden.split("\n\n")[0] in (ROOT / "README.md").read_text("utf-8")
