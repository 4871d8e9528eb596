"""JUnit XML: a testsuite per ledger file, a testcase per claim, failures with their findings."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factledger.findings import Severity
from factledger.formats import FORMATS, RenderOptions
from factledger.formats import junit as junit_format
from factledger.formats.escape import xml_text
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
    [suite] = root.findall("testsuite")
    assert (suite.get("skipped"), suite.get("failures"), root.get("failures")) == ("2", "0", "0")


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


def _as_element_tree_writes_it(text: str) -> str:
    """The same document serialized by ElementTree after ``ET.indent``, as the report once was."""
    declaration, body = text.split("\n", 1)
    root = ET.fromstring(body)
    ET.indent(root)
    return f"{declaration}\n{ET.tostring(root, encoding='unicode')}\n"


def test_text_is_laid_out_as_element_tree_lays_it_out(result) -> None:
    """The writer builds the text itself; it is the text ElementTree gives for the same tree,
    with failures, output below the threshold and hostile quotes in it, at every threshold."""
    texts = [FORMATS["junit"](result, RenderOptions(fail_on=level)) for level in Severity]
    assert any("<failure" in text for text in texts) and any("<system-out>" in text for text in texts)
    for text in texts:
        assert _as_element_tree_writes_it(text) == text


def test_seed_ledger_and_an_empty_result_are_laid_out_as_element_tree_lays_them_out(monkeypatch) -> None:
    """The seed ledgers have skipped cases and failures in several files; an empty result has
    no suite at all."""
    from pathlib import Path

    from factledger.findings import Result

    monkeypatch.chdir(Path(__file__).parent.parent)
    seeds = FORMATS["junit"](verify(load_many(["ledger"])), RenderOptions())
    assert seeds.count("<testsuite ") >= 2 and "<skipped " in seeds and "<failure " in seeds
    assert _as_element_tree_writes_it(seeds) == seeds
    empty = FORMATS["junit"](Result(), RenderOptions())
    assert _as_element_tree_writes_it(empty) == empty and "<testsuites " in empty


@given(st.text())
def test_attribute_and_text_escaping_match_element_tree(text: str) -> None:
    """Any text, once made fit for XML, is escaped as ElementTree escapes it, in an attribute
    (where tabs and line breaks must survive as references) and as element text."""
    clean = xml_text(text)
    element = ET.Element("a", v=clean)
    element.text = clean
    if clean:  # ElementTree writes an element without text as <a v="" />
        expected = f'<a v="{junit_format._attribute(clean)}">{junit_format._text(clean)}</a>'
        assert ET.tostring(element, encoding="unicode") == expected
    parsed = ET.fromstring(f'<a v="{junit_format._attribute(clean)}">{junit_format._text(clean)}</a>')
    assert parsed.get("v") == clean and (parsed.text or "") == clean


def _evidence(key: str, path: str, line: int):
    from factledger.findings import ClaimEvidence
    from factledger.locations import Location

    return ClaimEvidence(key, "97%", "[96.5, 97.5]%", "", "", "2016", key.split(":")[0], Location(path, line))


@pytest.mark.parametrize(("located_at", "case"), [
    (("b.toml", 9), "b:share"),  # at the line of a claim it names: that claim's case
    (("b.toml", 20), "b:share"),  # at a check of b's naming a claim of b: that claim's case
    (("c.toml", 4), "c.toml:4"),  # in a file none of its claims is written in: a case of its own
])
def test_a_failure_sits_in_the_suite_of_the_file_the_finding_is_located_in(located_at, case) -> None:
    """A finding naming claims of two files fails in the suite of the file it is located in, as text,
    JSON and SARIF locate it, whichever claim it names first; the other file's suite stays green."""
    from factledger.findings import Finding, Result
    from factledger.locations import Location

    claims = {"a:share": _evidence("a:share", "a.toml", 5), "b:share": _evidence("b:share", "b.toml", 9)}
    finding = Finding("FL501", "conflicting-figures", Severity.ERROR, "97% conflicts with 92.5%",
                      Location(*located_at), claims=("a:share", "b:share"))
    root = junit(Result(findings=(finding,), files=("a.toml", "b.toml"), claims=claims))
    failing = {(suite.get("name"), case.get("name")) for suite in root.findall("testsuite")
               for case in suite.findall("testcase") if case.find("failure") is not None}
    assert failing == {(located_at[0], case)}
    assert {s.get("name"): s.get("failures") for s in root.findall("testsuite")}["a.toml"] == "0"


def test_the_seed_ledgers_cross_source_findings_fail_where_they_are_located(monkeypatch) -> None:
    """FL502 on China's share is located at the Ocnus figure: its failure is in that file's suite."""
    from pathlib import Path

    monkeypatch.chdir(Path(__file__).parent.parent)
    result = verify(load_many(["ledger"]))
    root = junit(result, Severity.INFO)
    for finding in result.findings:
        suite = root.find(f"testsuite[@name='{finding.location.path}']")
        failures = suite.findall("testcase/failure")
        assert any(finding.code in f.get("type").split(",") for f in failures), (finding.code, finding.location)
    fl502 = root.find("testsuite[@name='ledger/ocnus-2019-04-25.toml']/testcase[@name='ocnus-2019-04-25:china_share']")
    assert fl502.find("failure").get("type") == "FL502"


#: What the JUnit schema CI servers read (the Jenkins xunit plugin's junit-10.xsd, which GitLab and
#: Azure Pipelines follow too) lets each element factledger writes carry: the attributes it allows,
#: those it requires, and the elements it may hold. Text-only elements hold no element.
JUNIT_10 = {
    "testsuites": ({"name", "time", "tests", "failures", "errors"}, set(), {"testsuite"}),
    "testsuite": ({"name", "tests", "failures", "errors", "group", "time", "skipped", "timestamp", "hostname",
                   "id", "package", "file", "log", "url"}, {"name", "tests", "failures", "errors"},
                  {"testsuite", "properties", "testcase", "system-out", "system-err"}),
    "testcase": ({"name", "time", "classname", "group"}, {"name"},
                 {"skipped", "error", "failure", "rerunFailure", "rerunError", "flakyFailure", "flakyError",
                  "system-out", "system-err"}),
    "failure": ({"type", "message"}, set(), set()),
    "skipped": ({"type", "message"}, set(), set()),
    "system-out": (set(), set(), set()),
}


def _schema_problems(root: ET.Element) -> list[str]:
    problems = [] if root.tag == "testsuites" else [f"the root is <{root.tag}>, not <testsuites>"]
    for element in root.iter():
        if element.tag not in JUNIT_10:
            problems.append(f"<{element.tag}> is not an element factledger should write")
            continue
        allowed, required, children = JUNIT_10[element.tag]
        problems += [f"{name!r} attribute not allowed on <{element.tag}>" for name in set(element.attrib) - allowed]
        problems += [f"<{element.tag}> lacks {name!r}" for name in required - set(element.attrib)]
        problems += [f"<{child.tag}> not allowed in <{element.tag}>" for child in element if child.tag not in children]
    return problems


def test_the_schema_table_finds_what_a_strict_reader_refuses() -> None:
    """The table is not vacuous: it finds the "skipped" the root carried, and a misplaced element."""
    root = ET.fromstring('<testsuites tests="1" skipped="1"><testcase name="a:b" /></testsuites>')
    assert _schema_problems(root) == ["'skipped' attribute not allowed on <testsuites>",
                                      "<testcase> not allowed in <testsuites>"]


def _located_at_no_claim():
    from factledger.findings import Finding, Result
    from factledger.locations import Location

    finding = Finding("FL902", "share-written-as-fraction", Severity.WARNING, "m", Location("a.toml", 7))
    return Result(findings=(finding,), files=("a.toml",))


@pytest.mark.parametrize("fail_on", list(Severity))
def test_the_report_validates_against_the_common_junit_schema(result, fail_on, monkeypatch) -> None:
    """Every element and attribute the report writes is one junit-10.xsd allows, with those it requires:
    the seed ledgers (failures, output and skipped cases in several files), a hostile ledger, a finding
    located at no claim, and an empty report. The root carried "skipped", which the schema refuses."""
    from pathlib import Path

    from factledger.findings import Result

    seeds = verify(load_many([str(Path(__file__).parent.parent / "ledger")]))
    for report in (seeds, result, _located_at_no_claim(), Result()):
        assert _schema_problems(junit(report, fail_on)) == []
