"""Text for people at a terminal: ``file:line: CODE message``, then the evidence indented."""

from __future__ import annotations

from factledger.findings import Finding, Result, Severity
from factledger.formats import RenderOptions
from factledger.formats.escape import terminal

_COLORS = {Severity.ERROR: "\x1b[31m", Severity.WARNING: "\x1b[33m", Severity.INFO: "\x1b[36m"}
_BOLD, _RESET, _DIM = "\x1b[1m", "\x1b[0m", "\x1b[2m"


def render(result: Result, options: RenderOptions) -> str:
    lines: list[str] = []
    for finding in result.findings:
        lines.extend(_finding(finding, options))
    if options.show_consistent:
        lines.extend(_checks(result))
    if not options.quiet:
        lines.append(summary(result))
    return "\n".join(lines) + "\n" if lines else ""


def _paint(text: str, code: str, options: RenderOptions) -> str:
    return f"{code}{text}{_RESET}" if options.color else text


def _finding(finding: Finding, options: RenderOptions) -> list[str]:
    head = f"{terminal(str(finding.location))}: {finding.code} [{finding.severity.label}] {terminal(finding.message)}"
    lines = [_paint(head, _COLORS[finding.severity], options)]
    ev = finding.evidence
    for step in ev.steps:
        lines.append(f"    computation: {terminal(step)}")
    if ev.allowance:
        lines.append(f"    allowance: {terminal(ev.allowance)}")
    for claim in ev.claims:
        name = claim.key.split(":", 1)[1]
        lines.append(f"    claim {name} = {terminal(claim.printed, 80)!s} ({terminal(claim.source, 80)}; "
                     f"{terminal(claim.period)}) at {terminal(str(claim.location))}")
        if claim.quote:
            lines.append(_paint(f"      \"{terminal(claim.quote, 160)}\"", _DIM, options))
    if finding.suggestion:
        lines.append(f"    suggestion: {terminal(finding.suggestion)}")
    lines.append("")
    return lines


def _checks(result: Result) -> list[str]:
    lines = ["Checks:"]
    for check in result.checks:
        lines.append(f"  {terminal(str(check.location))}: {check.kind}: {check.verdict.value}: {terminal(check.detail)}")
    coverage = result.coverage
    for key, why in coverage.unverifiable:
        lines.append(f"  unverifiable {key}: {terminal(why)}")
    if coverage.unchecked:
        lines.append(f"  not checked by any derivation, relation or range ({len(coverage.unchecked)}): "
                     + ", ".join(k.split(":", 1)[1] for k in coverage.unchecked))
    lines.append("")
    return lines


def summary(result: Result) -> str:
    counts = {s: sum(1 for f in result.findings if f.severity is s) for s in Severity}
    total = len(result.findings)
    parts = [f"{counts[s]} {s.label}{'' if counts[s] == 1 else 's'}" for s in reversed(Severity) if counts[s]]
    passed = sum(1 for c in result.checks if c.verdict.holds and not c.codes)
    cov = result.coverage
    head = "No findings" if not total else f"Found {total} finding{'s' if total != 1 else ''} ({', '.join(parts)})"
    return (f"{head} in {len(result.files)} file{'s' if len(result.files) != 1 else ''}: "
            f"{len(result.checks)} checks, {passed} consistent; {cov.checked} of {cov.claims} claims checked.")
