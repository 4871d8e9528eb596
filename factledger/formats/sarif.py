"""SARIF 2.1.0 for code-scanning services: every rule in the catalog, one result per finding.

Artifact URIs are the findings' paths, which are relative to the working
directory (the repository root in CI), with forward slashes and percent-encoding.
"""

from __future__ import annotations

import hashlib
import os
import urllib.parse
from typing import Any

from factledger._version import __version__
from factledger.findings import ClaimEvidence, Finding, Result, Severity
from factledger.formats import RenderOptions, json_text
from factledger.formats.escape import sarif_message
from factledger.locations import Location
from factledger.rules.base import Rule
from factledger.rules.catalog import RULES
from factledger.rules.explain import explain

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
INFORMATION_URI = "https://pypi.org/project/factledger/"
FINGERPRINT = "factledger/v1"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def render(result: Result, options: RenderOptions) -> str:
    return json_text.inert_dumps(log(result)) + "\n"


def log(result: Result) -> dict[str, Any]:
    index = {rule.code: number for number, rule in enumerate(RULES)}
    return {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [{
            "tool": {"driver": {"name": "factledger", "version": __version__,
                                "informationUri": INFORMATION_URI, "rules": [_rule(r) for r in RULES]}},
            "results": [_result(f, index) for f in result.findings],
        }],
    }


def _rule(rule: Rule) -> dict[str, Any]:
    e = rule.explanation
    return {
        "id": rule.code, "name": rule.name,
        "shortDescription": {"text": e.what},
        "fullDescription": {"text": f"{e.what} {e.why}"},
        "help": {"text": f"{e.what}\n\nWhy it matters: {e.why}\n\nExample: {e.example}\n\nWhat to do: {e.fix}",
                 "markdown": explain(rule)},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
    }


def _result(finding: Finding, index: dict[str, int]) -> dict[str, Any]:
    text = finding.message + (f". Suggestion: {finding.suggestion}" if finding.suggestion else "")
    entry: dict[str, Any] = {
        "ruleId": finding.code, **_rule_index(finding.code, index), "level": LEVELS[finding.severity],
        "message": {"text": sarif_message(text)},
        "locations": [_primary(finding)],
        "partialFingerprints": {FINGERPRINT: fingerprint(finding)},
    }
    others = [c for c in finding.evidence.claims if c.key not in finding.claims[:1]]
    related = [_related(number, claim) for number, claim in enumerate(others)]
    if related:
        entry["relatedLocations"] = related
    return entry


def _rule_index(code: str, index: dict[str, int]) -> dict[str, int]:
    return {"ruleIndex": index[code]} if code in index else {}


def _location(location: Location) -> dict[str, Any]:
    return {"physicalLocation": {"artifactLocation": {"uri": artifact_uri(location.path)},
                                 "region": {"startLine": max(location.line, 1)}}}


def _primary(finding: Finding) -> dict[str, Any]:
    location = _location(finding.location)
    claim = next((c for c in finding.evidence.claims if c.key in finding.claims[:1]), None)
    return {**location, "message": {"text": _claim_text(claim)}} if claim else location


def _related(number: int, claim: ClaimEvidence) -> dict[str, Any]:
    return {"id": number, **_location(claim.location), "message": {"text": _claim_text(claim)}}


def _claim_text(claim: ClaimEvidence) -> str:
    name = claim.key.split(":", 1)[-1]
    quote = f": \"{claim.quote}\"" if claim.quote else ""
    return sarif_message(f"claim {name} = {claim.printed}{quote}")


def artifact_uri(path: str) -> str:
    """A relative URI reference for a ledger path; absolute paths are made relative to here."""
    path = path.replace("\\", "/")
    if os.path.isabs(path):
        path = os.path.relpath(path).replace(os.sep, "/")
    return urllib.parse.quote(path or ".", safe="/")


def fingerprint(finding: Finding) -> str:
    """Stable across runs and line moves: the rule and the claims, not the wording or the line."""
    identity = finding.claims or (finding.location.path, finding.message)
    return hashlib.sha256("\x1f".join((finding.code, *identity)).encode("utf-8")).hexdigest()[:32]
