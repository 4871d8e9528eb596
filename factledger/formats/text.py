"""Text for people at a terminal: ``file:line: CODE message``, then the evidence indented."""

from __future__ import annotations

from collections import Counter

from factledger.findings import Finding, Result, Severity, Verdict
from factledger.formats import RenderOptions
from factledger.formats.escape import terminal
from factledger.waivers import WaiverReport

_COLORS = {Severity.ERROR: "\x1b[31m", Severity.WARNING: "\x1b[33m", Severity.INFO: "\x1b[36m"}
_BOLD, _RESET, _DIM = "\x1b[1m", "\x1b[0m", "\x1b[2m"


def render(result: Result, options: RenderOptions) -> str:
    lines: list[str] = []
    for finding in result.findings:
        lines.extend(_finding(finding, options))
    if options.show_consistent:
        lines.extend(_checks(result))
    lines.extend(waiver_problems(options.waivers))
    if not options.quiet:
        lines.append(summary(result))
        lines.extend(waived_count(options.waivers))
    return "\n".join(lines) + "\n" if lines else ""


def _paint(text: str, code: str, options: RenderOptions) -> str:
    return f"{code}{text}{_RESET}" if options.color else text


def _finding(finding: Finding, options: RenderOptions) -> list[str]:
    head = f"{terminal(str(finding.location))}: {finding.code} [{finding.severity.label}] {terminal(finding.message)}"
    lines = [_paint(head, _COLORS[finding.severity], options)]
    ev = finding.evidence
    for step in ev.steps:
        lines.append(f"    evidence: {terminal(step)}")
    if ev.allowance:
        lines.append(f"    allowance: {terminal(ev.allowance)}")
    for claim in ev.claims:
        name = terminal(claim.key.split(":", 1)[1])
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
        lines.append(f"  unverifiable {terminal(key)}: {terminal(why)}")
    if coverage.unchecked:
        lines.append(f"  not checked by any derivation, relation or range ({len(coverage.unchecked)}): "
                     + ", ".join(terminal(name) for name in claim_names(coverage.unchecked)))
    lines.append("")
    return lines


def claim_names(keys: tuple[str, ...] | list[str]) -> list[str]:
    """Each claim by its id, or by its key ("article:id") where two articles use the same id,
    so that a list of them names each claim once."""
    ids = [key.split(":", 1)[1] for key in keys]
    repeated = {name for name, count in Counter(ids).items() if count > 1}
    return [key if name in repeated else name for key, name in zip(keys, ids)]


def summary(result: Result) -> str:
    counts = {s: sum(1 for f in result.findings if f.severity is s) for s in Severity}
    total = len(result.findings)
    parts = [f"{counts[s]} {s.label}{'' if counts[s] == 1 else 's'}" for s in reversed(Severity) if counts[s]]
    # As the check list says: a check that holds is consistent, even where it also makes a note
    # (FL503, a figure that changed between periods; FL102, one that holds only through rounding).
    passed = sum(1 for c in result.checks if c.verdict.holds)
    # Checks that could not be made (across currencies, say) make no finding: say how many there were.
    unmade = sum(1 for c in result.checks if c.verdict is Verdict.UNVERIFIABLE and not c.codes)
    cov = result.coverage
    head = "No findings" if not total else f"Found {total} finding{'s' if total != 1 else ''} ({', '.join(parts)})"
    unmade_text = f", {unmade} could not be made" if unmade else ""
    return (f"{head} in {len(result.files)} file{'s' if len(result.files) != 1 else ''}: "
            f"{len(result.checks)} check{'' if len(result.checks) == 1 else 's'}, {passed} consistent{unmade_text}; "
            f"{cov.checked} of {cov.claims} claims checked.")


def waiver_problems(report: WaiverReport) -> list[str]:
    """One line per waiver that needs attention: expired, or matching no finding."""
    lines = [f"{terminal(str(w.location))}: warning: {terminal(w.describe())} expired on "
             f"{w.expires.isoformat()}; its findings are reported again" for w in report.expired if w.expires]
    lines += [f"{terminal(str(w.location))}: warning: {terminal(w.describe())} matches no finding; "
              f"remove it" for w in report.unused]
    return lines


def waived_count(report: WaiverReport) -> list[str]:
    count = len(report.waived)
    return [f"{count} finding{'' if count == 1 else 's'} waived."] if count else []


def waiver_lines(report: WaiverReport) -> list[str]:
    """Everything text says about waivers, for formats that cannot carry it."""
    return waiver_problems(report) + waived_count(report)
