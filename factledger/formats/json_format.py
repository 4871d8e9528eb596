"""JSON for machines: a documented, versioned schema (``docs/json-format.md``), stable ordering."""

from __future__ import annotations

from typing import Any

from factledger._version import __version__
from factledger.findings import ClaimEvidence, Finding, Result
from factledger.formats import RenderOptions, json_text
from factledger.waivers import Waiver, WaiverReport

SCHEMA_VERSION = 1


def render(result: Result, options: RenderOptions) -> str:
    return json_text.inert_dumps(document(result, options.waivers)) + "\n"


def document(result: Result, waivers: WaiverReport = WaiverReport()) -> dict[str, Any]:
    counts = {level: sum(1 for f in result.findings if f.severity.label == level)
              for level in ("error", "warning", "info")}
    return {
        "version": SCHEMA_VERSION,
        "tool": {"name": "factledger", "version": __version__},
        "files": list(result.files),
        "summary": {"findings": len(result.findings), **counts, "checks": len(result.checks),
                    "claims": result.coverage.claims, "claims_checked": result.coverage.checked},
        "findings": [_finding(f) for f in result.findings],
        "checks": [{"subject": c.subject, "kind": c.kind, "verdict": c.verdict.value, "detail": c.detail,
                    "file": c.location.path, "line": c.location.line, "codes": list(c.codes)}
                   for c in result.checks],
        "coverage": {"claims": result.coverage.claims, "derived": result.coverage.derived,
                     "checked": result.coverage.checked,
                     "unverifiable": [{"claim": k, "reason": r} for k, r in result.coverage.unverifiable],
                     "unchecked": list(result.coverage.unchecked)},
        "waivers": waivers_section(waivers),
    }


def waivers_section(report: WaiverReport) -> dict[str, Any]:
    return {"waived": len(report.waived),
            "applied": [{"waiver": _waiver(w), "finding": _waived_finding(f)} for f, w in report.waived],
            "expired": [_waiver(w) for w in report.expired],
            "unused": [_waiver(w) for w in report.unused]}


def _waived_finding(finding: Finding) -> dict[str, Any]:
    return {"code": finding.code, "message": finding.message, "file": finding.location.path,
            "line": finding.location.line, "claims": list(finding.claims)}


def _waiver(waiver: Waiver) -> dict[str, Any]:
    return {"code": waiver.code, "claim": waiver.claim, "reason": waiver.reason,
            "expires": waiver.expires.isoformat() if waiver.expires else None,
            "file": waiver.location.path, "line": waiver.location.line}


def _finding(finding: Finding) -> dict[str, Any]:
    return {
        "code": finding.code, "name": finding.name, "severity": finding.severity.label,
        "message": finding.message, "file": finding.location.path, "line": finding.location.line,
        "claims": list(finding.claims),
        "evidence": {"steps": list(finding.evidence.steps), "allowance": finding.evidence.allowance,
                     "claims": [claim(c) for c in finding.evidence.claims]},
        "suggestion": finding.suggestion, "correction": finding.correction,
    }


def claim(evidence: ClaimEvidence) -> dict[str, Any]:
    return {"claim": evidence.key, "printed": evidence.printed, "reading": evidence.reading,
            "quote": evidence.quote, "source": evidence.source, "period": evidence.period,
            "article": evidence.article, "file": evidence.location.path, "line": evidence.location.line}
