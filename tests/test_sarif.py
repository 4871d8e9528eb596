"""SARIF 2.1.0 output: valid against the official OASIS schema, with every rule and stable results."""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import jsonschema
import pytest

from factledger.findings import ClaimEvidence, Evidence, Finding, Result, Severity
from factledger.formats import FORMATS, RenderOptions
from factledger.formats.sarif import artifact_uri, fingerprint
from factledger.locations import Location
from factledger.rules.catalog import RULES
from ledgers import hostile_ledger, run_cli

SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text("utf-8"))


def sarif(result: Result) -> dict:
    return json.loads(FORMATS["sarif"](result, RenderOptions()))


def finding(path: str = "ledger/a.toml", line: int = 12, severity: Severity = Severity.ERROR,
            claims: tuple[str, ...] = ("a:total", "a:troops")) -> Finding:
    evidence = Evidence(claims=tuple(ClaimEvidence(k, "12,000", "", "quote", "", "", "", Location(path, 3))
                                     for k in claims))
    return Finding("FL101", "derived-figure-inconsistent", severity, "a [1, 2] b", Location(path, line),
                   claims, evidence, "Recompute it")


@pytest.fixture(scope="module")
def cli_log(tmp_path_factory) -> dict:
    directory = hostile_ledger(tmp_path_factory.mktemp("sarif"))
    return json.loads(run_cli("verify", "--output-format", "sarif", ".", cwd=directory).stdout)


def test_cli_output_is_valid_against_the_official_schema(cli_log: dict) -> None:
    """The command's SARIF passes the OASIS SARIF 2.1.0 schema (draft-04) with no error."""
    assert jsonschema.Draft4Validator.check_schema(SCHEMA) is None
    assert list(jsonschema.Draft4Validator(SCHEMA).iter_errors(cli_log)) == []


def test_schema_catches_a_broken_log() -> None:
    """The schema check can fail: a result with a startLine of 0 is rejected."""
    log = sarif(Result(findings=(finding(),)))
    log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] = 0
    assert len(list(jsonschema.Draft4Validator(SCHEMA).iter_errors(log))) == 1


def test_every_rule_of_the_catalog_is_described() -> None:
    """The driver lists every rule with its name, descriptions, help and default level."""
    rules = sarif(Result())["runs"][0]["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == [r.code for r in RULES]
    fl201 = next(r for r in rules if r["id"] == "FL201")
    assert fl201["name"] == "rate-dropped-from-figure"
    assert fl201["defaultConfiguration"] == {"level": "warning"}
    assert fl201["help"]["markdown"].startswith("## FL201 rate-dropped-from-figure\n")
    assert fl201["shortDescription"]["text"].startswith("A printed figure whose magnitude matches")
    assert {r["defaultConfiguration"]["level"] for r in rules} == {"error", "warning", "note"}


def test_results_carry_rule_level_location_and_related_claims(cli_log: dict) -> None:
    """A result names its rule (id and index), level, relative file, line, and the other claims."""
    run = cli_log["runs"][0]
    result = next(r for r in run["results"] if r["ruleId"] == "FL201")
    assert run["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == "FL201"
    assert result["level"] == "warning"
    assert result["locations"][0]["physicalLocation"] == {
        "artifactLocation": {"uri": "dropped.toml"}, "region": {"startLine": 15}}
    assert [r["physicalLocation"]["region"]["startLine"] for r in result["relatedLocations"]] == [5, 10]
    assert result["message"]["text"] == ("$24M is a total, but the computation gives a rate: 24,000,000 "
                                         "USD/month. Suggestion: Print the rate: $24M a month")
    assert cli_log["version"] == "2.1.0"


@pytest.mark.parametrize(("severity", "level"), [
    (Severity.ERROR, "error"), (Severity.WARNING, "warning"), (Severity.INFO, "note")])
def test_levels(severity: Severity, level: str) -> None:
    """Severity maps to the SARIF level: info becomes note."""
    assert sarif(Result(findings=(finding(severity=severity),)))["runs"][0]["results"][0]["level"] == level


def test_unknown_line_becomes_line_1() -> None:
    """SARIF needs startLine >= 1; a finding with no known line points at line 1."""
    log = sarif(Result(findings=(finding(line=0),)))
    assert log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"] == {"startLine": 1}


@pytest.mark.parametrize(("path", "uri"), [
    ("ledger/a.toml", "ledger/a.toml"),
    ("ledger\\a.toml", "ledger/a.toml"),
    ("ledger/my article #2.toml", "ledger/my%20article%20%232.toml"),
])
def test_artifact_uri_is_relative_with_forward_slashes(path: str, uri: str) -> None:
    """URIs are relative references with forward slashes, percent-encoded."""
    assert artifact_uri(path) == uri


def test_absolute_path_becomes_relative(tmp_path: Path, monkeypatch) -> None:
    """A finding in a file given by absolute path is still reported relative to the working directory."""
    monkeypatch.chdir(tmp_path)
    assert artifact_uri(str(tmp_path / "ledger" / "a.toml")) == "ledger/a.toml"


def test_fingerprint_survives_line_moves_and_rewording() -> None:
    """The fingerprint depends on the rule and the claims, not the line or the message."""
    moved = attrs.evolve(finding(), location=Location("ledger/a.toml", 40), message="reworded")
    assert fingerprint(moved) == fingerprint(finding())
    assert fingerprint(finding(claims=("a:other",))) != fingerprint(finding())


def test_a_conflicts_primary_location_describes_the_claim_written_there(monkeypatch) -> None:
    """FL502 on the seed ledger is located at the Ocnus figure: the primary location's message is that
    claim's, and the other article's claim is the related location. The message described the other."""
    from factledger import load, verify

    monkeypatch.chdir(Path(__file__).parent.parent)
    log = sarif(verify(load("ledger")))
    [fl502] = [r for r in log["runs"][0]["results"] if r["ruleId"] == "FL502"]
    [primary] = fl502["locations"]
    assert primary["physicalLocation"]["artifactLocation"]["uri"] == "ledger/ocnus-2019-04-25.toml"
    assert primary["message"]["text"].startswith("claim china_share = 92.5%: ")
    assert [(r["physicalLocation"]["artifactLocation"]["uri"], r["message"]["text"][:25])
            for r in fl502["relatedLocations"]] == [("ledger/bwr-2024-11-17.toml", "claim china_share = 97%: ")]
