"""JUnit XML for CI test reports: a testsuite per ledger file, a testcase per claim.

A claim's testcase fails when a finding at or above ``--fail-on`` is located at it;
findings below that level go to its ``system-out``. A finding sits in the suite of
the file every other format locates it in: under the claim it names that is
written at its line (else in its file), or as a case of its own, named by its
location. Claims no check covers are
``skipped``. :func:`~factledger.formats.escape.xml_text` removes what XML 1.0
cannot hold; markup is escaped here.

The XML is written as text, laid out as ``ElementTree.indent`` lays it out
(``tests/test_junit.py`` holds the two equal). Building an ElementTree of a
testcase per claim, indenting and serializing it took a second at 100,000
claims, longer than verifying them.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Callable

from factledger.findings import Finding, Result
from factledger.formats import RenderOptions
from factledger.formats.escape import xml_text
from factledger.formats.text import render as render_text
from factledger.locations import Location

_TEXT = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
# In an attribute a parser turns a raw tab or line break into a space; references keep them.
_ATTRIBUTE = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;",
                            "\r": "&#13;", "\n": "&#10;", "\t": "&#09;"})
_ESCAPED_IN_ATTRIBUTES = frozenset("&<>\"\r\n\t")


def render(result: Result, options: RenderOptions) -> str:
    # A verify's evidence map can say where a claim is without making its evidence, which
    # took a third of this report's time at 100,000 claims; a Result made by hand is a dict.
    located = getattr(result.claims, "location", None) or (lambda key: result.claims[key].location)
    by_claim = _findings_by_claim(result, located)
    # Grouped in one pass: a scan of every claim for each file took 27 s at 100,000 claims in 1,000 files.
    claims_in: dict[str, list[str]] = defaultdict(list)
    for key in result.claims:
        claims_in[located(key).path].append(key)
    skipped = _skip_reasons(result)
    suites: list[str] = []
    totals = _Totals()
    for path in _paths(result):
        classname = _attribute(xml_text(path))
        cases = _Totals()
        lines: list[str] = []
        for key in claims_in.get(path, ()):
            findings = by_claim.pop(key, None)
            if findings is None and key not in skipped:  # most claims: a case that passed
                cases.tests += 1
                lines.append(f'<testcase classname="{classname}" name="{_attribute(xml_text(key))}" />')
            else:
                lines.append(_testcase(classname, key, findings or [], skipped, options, cases))
        for finding in by_claim.pop(_file_key(path), []):
            lines.append(_testcase(classname, str(finding.location), [finding], skipped, options, cases))
        head = f'<testsuite name="{classname}"{cases}'
        suites.append(f"{head}>\n    " + "\n    ".join(lines) + "\n  </testsuite>" if lines else f"{head} />")
        totals.add(cases)
    head = f'<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="factledger"{totals.of_all()}'
    if not suites:
        return f"{head} />\n"
    return f"{head}>\n  " + "\n  ".join(suites) + "\n</testsuites>\n"


class _Totals:
    """The counts a testsuite (and the whole report) carries as attributes."""

    __slots__ = ("tests", "failures", "skipped")

    def __init__(self) -> None:
        self.tests = self.failures = self.skipped = 0

    def add(self, other: _Totals) -> None:
        self.tests += other.tests
        self.failures += other.failures
        self.skipped += other.skipped

    def __str__(self) -> str:
        return f'{self.of_all()} skipped="{self.skipped}"'

    def of_all(self) -> str:
        # The common JUnit schema (Jenkins xunit's junit-10.xsd, which GitLab and Azure follow) allows
        # "skipped" on a testsuite, not on testsuites: a strict reader refused the whole report.
        return f' tests="{self.tests}" failures="{self.failures}" errors="0"'


def _paths(result: Result) -> list[str]:
    """Every ledger file, and any other file a finding points at."""
    paths = list(result.files)
    paths += sorted({f.location.path for f in result.findings} - set(paths))
    return paths


def _findings_by_claim(result: Result, located: Callable[[str], Location]) -> dict[str, list[Finding]]:
    """Each finding under the claim it is located at; one located at no claim it names under its file."""
    grouped: dict[str, list[Finding]] = defaultdict(list)
    for finding in result.findings:
        grouped[_located_claim(finding, result, located)].append(finding)
    return grouped


def _located_claim(finding: Finding, result: Result, located: Callable[[str], Location]) -> str:
    """The claim the finding names that is written where it is located: at its line, else in its file.

    Not simply its first claim: a check written in one file may name claims of another, and
    the suite a CI reader looks in must be the file every other format points at.
    """
    where = finding.location
    in_file = [key for key in finding.claims if key in result.claims and located(key).path == where.path]
    at_line = [key for key in in_file if located(key).line == where.line]
    return (at_line or in_file or [_file_key(where.path)])[0]


def _file_key(path: str) -> str:
    return f"{path}\x00"  # claim keys never hold NUL, so this cannot collide with one


def _testcase(classname: str, name: str, findings: list[Finding], skipped: dict[str, str],
              options: RenderOptions, counts: _Totals) -> str:
    """One ``<testcase>`` element, on as many lines as it needs, each after the first indented."""
    counts.tests += 1
    head = f'<testcase classname="{classname}" name="{_attribute(xml_text(name))}"'
    children = []
    failing = [f for f in findings if f.severity >= options.fail_on]
    if failing:
        counts.failures += 1
        kinds = ",".join(sorted({f.code for f in failing}))
        children.append(f'<failure message="{_attribute(xml_text(_headline(failing)))}" '
                        f'type="{_attribute(kinds)}">{_text(xml_text(_details(failing)))}</failure>')
    elif name in skipped:
        counts.skipped += 1
        children.append(f'<skipped message="{_attribute(xml_text(skipped[name]))}" />')
    quiet = [f for f in findings if f.severity < options.fail_on]
    if quiet:
        children.append(f"<system-out>{_text(xml_text(_details(quiet)))}</system-out>")
    if not children:
        return f"{head} />"
    return f"{head}>\n      " + "\n      ".join(children) + "\n    </testcase>"


def _attribute(text: str) -> str:
    # Most names are plain; translate is the slow path.
    return text if _ESCAPED_IN_ATTRIBUTES.isdisjoint(text) else text.translate(_ATTRIBUTE)


def _text(text: str) -> str:
    return text.translate(_TEXT) if "&" in text or "<" in text or ">" in text else text


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
