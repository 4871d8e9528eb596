"""JUnit XML: a testsuite per ledger file, a testcase per claim, failures with their findings."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from factledger.findings import Severity
from factledger.formats import FORMATS, RenderOptions
from factledger.store import load_many
from factledger.engine import verify
from ledgers import hostile_ledger


@pytest.fixture
def result(tmp_path, monkeypatch):
    hostile_ledger(tmp_path)
    monkeypatch.chdir(tmp_path)
    return verify(load_many(["."]))


def junit(result, fail_on: Severity = Severity.WARNING) -> ET.Element:
    return ET.fromstring(FORMATS["junit"](result, RenderOptions(fail_on=fail_on)))


def test_one_suite_per_file_one_case_per_claim(result) -> None:
    """Suites are named by file; cases by claim id with the file as classname."""
    root = junit(result)
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == ["dropped.toml", "hostile.toml"]
    assert [(c.get("classname"), c.get("name")) for c in suites[1].findall("testcase")] == [
        ("hostile.toml", "hostile:troops"), ("hostile.toml", "hostile:pay"), ("hostile.toml", "hostile:total")]


def test_counts(result) -> None:
    """tests and failures are counted on each suite and on the whole report."""
    root = junit(result)
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("6", "2", "0")
    assert [(s.get("tests"), s.get("failures")) for s in root.findall("testsuite")] == [("3", "1"), ("3", "1")]


def test_failure_carries_message_type_and_evidence(result) -> None:
    """A failure names the rule in type, states the finding in message, and holds the evidence."""
    failure = junit(result).find(".//testcase[@name='dropped:total']/failure")
    assert failure.get("type") == "FL201"
    assert failure.get("message") == "FL201 $24M is a total, but the computation gives a rate: 24,000,000 USD/month"
    assert "    claim troops = 12,000 troops (the article itself; period unstated) at dropped.toml:5" in failure.text


def test_findings_below_fail_on_are_output_not_failures(result) -> None:
    """With --fail-on error, a warning goes to system-out and its case passes."""
    case = junit(result, Severity.ERROR).find(".//testcase[@name='dropped:total']")
    assert case.find("failure") is None
    assert case.find("system-out").text.startswith("dropped.toml:15: FL201 [warning]")


def test_claims_no_check_covers_are_skipped_with_the_reason(tmp_path, monkeypatch) -> None:
    """An unverifiable claim whose finding is ignored, and a claim nothing checks, are skipped and say why."""
    from factledger.engine import Settings

    (tmp_path / "a.toml").write_text('''[article]
id = "case"

[claims.troops]
figure = "12,000 troops"

[claims.none]
figure = "0 days"

[claims.rate]
figure = "about 5 troops a day"
derived = "troops / none"

[claims.alone]
figure = "7 vessels"
''', "utf-8")
    monkeypatch.chdir(tmp_path)
    root = junit(verify(load_many(["."]), Settings(ignore=("FL901",))))
    skipped = {case.get("name"): case.find("skipped").get("message")
               for case in root.iter("testcase") if case.find("skipped") is not None}
    assert skipped == {"case:rate": "unverifiable: none is zero",
                       "case:alone": "not checked by any derivation, relation or range"}
    assert root.get("skipped") == "2" and root.get("failures") == "0"


def test_claims_are_placed_without_making_their_evidence(result) -> None:
    """The report groups claims by file from the ledger; the same Result with its evidence as a
    plain dict (as a caller may build one) gives the same XML."""
    import attrs

    text = FORMATS["junit"](result, RenderOptions())
    made = set(result.claims._made)
    shown = {key for finding in result.findings for key in finding.claims}
    assert made <= shown  # only claims a finding shows, never every claim to learn its file
    assert len(made) < len(result.claims)
    as_dict = attrs.evolve(result, claims={key: result.claims[key] for key in result.claims})
    assert FORMATS["junit"](as_dict, RenderOptions()) == text
