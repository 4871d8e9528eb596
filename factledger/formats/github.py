"""GitHub Actions workflow commands: one ``::error file=F,line=L,title=T::message`` line per finding.

Article text is untrusted: every value goes through the workflow-command
escapes, so each finding stays one physical line and no quote can start a
line with ``::``. GitHub shows only ten annotations of each level per step,
so :func:`step_summary` gives the full list as Markdown for ``$GITHUB_STEP_SUMMARY``.
"""

from __future__ import annotations

from factledger.findings import Finding, Result, Severity
from factledger.formats import RenderOptions
from factledger.formats.escape import github_message, github_property, markdown_cell
from factledger.formats.text import summary, waiver_lines, waiver_problems
from factledger.locations import Location

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def worst_first(result: Result) -> list[Finding]:
    return sorted(result.findings, key=lambda f: (-f.severity, f.sort_key()))


def render(result: Result, options: RenderOptions) -> str:
    lines = [command(COMMANDS[f.severity], f.location, f"{f.code} {f.name}", _message(f))
             for f in worst_first(result)]
    lines += [command("warning", Location(), "factledger waiver", problem)
              for problem in waiver_problems(options.waivers)]
    return "".join(line + "\n" for line in lines)


def command(name: str, location: Location, title: str, message: str) -> str:
    """One workflow command; ``name`` and the property keys are ours, the values are escaped."""
    properties = [f"file={github_property(location.path)}"] if location.path else []
    properties += [f"line={location.line}"] if location.line else []
    properties.append(f"title={github_property(title)}")
    return f"::{name} {','.join(properties)}::{github_message(message)}"


def _message(finding: Finding) -> str:
    lines = [finding.message]
    for claim in finding.evidence.claims:
        quote = f": \"{claim.quote}\"" if claim.quote else ""
        lines.append(f"claim {claim.key.split(':', 1)[-1]} = {claim.printed}{quote}")
    if finding.suggestion:
        lines.append(f"suggestion: {finding.suggestion}")
    return "\n".join(lines)


def step_summary(result: Result, options: RenderOptions) -> str:
    """Every finding as a Markdown table, worst first, with the run's summary line."""
    lines = ["### factledger", "", markdown_cell(summary(result)), ""]
    if result.findings:
        lines += ["| severity | location | rule | message |", "| --- | --- | --- | --- |"]
        lines += [_row(f) for f in worst_first(result)]
        lines.append("")
    lines += [markdown_cell(line) + "  " for line in waiver_lines(options.waivers)]
    return "\n".join(lines).rstrip() + "\n\n"


def _row(finding: Finding) -> str:
    cells = (finding.severity.label, str(finding.location), f"{finding.code} {finding.name}",
             finding.message)
    return "| " + " | ".join(markdown_cell(cell) for cell in cells) + " |"
