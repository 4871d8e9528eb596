"""JUnit XML for CI test reports: a testsuite per ledger file, a testcase per claim.

A claim's testcase fails when a finding at or above ``--fail-on`` rests on it;
findings below that level go to its ``system-out``. Claims no check covers are
``skipped``. ElementTree escapes markup; :func:`~factledger.formats.escape.xml_text`
removes what XML 1.0 cannot hold.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import defaultdict

from factledger.findings import Finding, Result
from factledger.formats import RenderOptions
from factledger.formats.escape import xml_text
from factledger.formats.text import render as render_text


def render(result: Result, options: RenderOptions) -> str:
    by_claim = _findings_by_claim(result)
    # Grouped in one pass: a scan of every claim for each file took 27 s at 100,000 claims in 1,000 files.
    # A verify's evidence map can say where a claim is without making its evidence, which
    # took a third of this report's time at 100,000 claims; a Result made by hand is a dict.
    located = getattr(result.claims, "location", None) or (lambda key: result.claims[key].location)
    claims_in: dict[str, list[str]] = defaultdict(list)
    for key in result.claims:
        claims_in[located(key).path].append(key)
    skipped = _skip_reasons(result)
    root = ET.Element("testsuites", name="factledger")
    for path in _paths(result):
        suite = ET.SubElement(root, "testsuite", name=xml_text(path))
        for key in claims_in.get(path, ()):
            _testcase(suite, path, key, by_claim.pop(key, []), skipped, options)
        for finding in by_claim.pop(_file_key(path), []):
            _testcase(suite, path, str(finding.location), [finding], skipped, options)
        _count(suite)
    _count(root)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _paths(result: Result) -> list[str]:
    """Every ledger file, and any other file a finding points at."""
    paths = list(result.files)
    paths += sorted({f.location.path for f in result.findings} - set(paths))
    return paths


def _findings_by_claim(result: Result) -> dict[str, list[Finding]]:
    """Each finding under the claim it is about; one about no known claim under its file."""
    grouped: dict[str, list[Finding]] = defaultdict(list)
    for finding in result.findings:
        known = [key for key in finding.claims[:1] if key in result.claims]
        grouped[known[0] if known else _file_key(finding.location.path)].append(finding)
    return grouped


def _file_key(path: str) -> str:
    return f"{path}\x00"  # claim keys never hold NUL, so this cannot collide with one


def _testcase(suite: ET.Element, path: str, name: str, findings: list[Finding], skipped: dict[str, str],
              options: RenderOptions) -> None:
    case = ET.SubElement(suite, "testcase", classname=xml_text(path), name=xml_text(name))
    failing = [f for f in findings if f.severity >= options.fail_on]
    if failing:
        failure = ET.SubElement(case, "failure", message=xml_text(_headline(failing)),
                                type=",".join(sorted({f.code for f in failing})))
        failure.text = xml_text(_details(failing))
    elif name in skipped:
        ET.SubElement(case, "skipped", message=xml_text(skipped[name]))
    quiet = [f for f in findings if f.severity < options.fail_on]
    if quiet:
        ET.SubElement(case, "system-out").text = xml_text(_details(quiet))


def _headline(findings: list[Finding]) -> str:
    head = f"{findings[0].code} {findings[0].message}"
    return head if len(findings) == 1 else f"{head} (and {len(findings) - 1} more)"


def _details(findings: list[Finding]) -> str:
    return render_text(Result(findings=tuple(findings)), RenderOptions(quiet=True)).strip()


def _skip_reasons(result: Result) -> dict[str, str]:
    """Why each claim no check covers is skipped, by claim key."""
    reasons = dict.fromkeys(result.coverage.unchecked, "not checked by any derivation, relation or range")
    reasons.update((key, f"unverifiable: {why}") for key, why in result.coverage.unverifiable)
    return reasons


def _count(element: ET.Element) -> None:
    cases = element.iter("testcase")
    totals = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    for case in cases:
        totals["tests"] += 1
        totals["failures"] += case.find("failure") is not None
        totals["skipped"] += case.find("skipped") is not None
    for key, value in totals.items():
        element.set(key, str(value))

