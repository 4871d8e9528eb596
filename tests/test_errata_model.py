"""What the errata report says about each finding, before any layout."""

from __future__ import annotations

import re
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from errata_cases import conflict_result, hostile_result
from factledger.errata.model import Highlighted, build, highlight, long_date, plain_intervals
from factledger.errata.words import effect_on_story
from factledger import load, verify
from factledger.findings import Severity
from factledger.rules.catalog import RULES
from factledger.waivers import Waiver


@pytest.mark.parametrize("sentence, figure, expected", [
    ("this amounts to $24M.", "$24M", Highlighted("this amounts to ", "$24M", ".")),
    ("Twelve thousand troops", "twelve thousand", Highlighted("", "Twelve thousand", " troops")),
    ("this amounts to $24 million.", "$24M", Highlighted("this amounts to $24 million.")),
    ("$24M and again $24M", "$24M", Highlighted("", "$24M", " and again $24M")),
    ("no figure here", "", Highlighted("no figure here")),
    # only where it stands as a number of its own, as FL601 reads a quote
    ("Russia sent 11,500 troops", "1,500 troops", Highlighted("Russia sent 11,500 troops")),
    ("Exports rose 15% and then 5%.", "5%", Highlighted("Exports rose 15% and then ", "5%", ".")),
    ("1,500,000 troops, then 1,500 troops", "1,500", Highlighted("1,500,000 troops, then ", "1,500", " troops")),
    ("It was 2.5 or 12", "2", Highlighted("It was 2.5 or 12")),
])
def test_highlight_picks_out_the_first_printing_of_the_figure(sentence, figure, expected):
    """The figure is found as printed, else ignoring case, as a number of its own; a quote without it
    is left whole."""
    assert highlight(sentence, figure) == expected


@given(st.text(), st.text())
def test_highlight_never_changes_the_sentence(sentence, figure):
    """Whatever is picked out, the pieces put together are the quote exactly."""
    assert highlight(sentence, figure).text == sentence


@given(st.text("15,. a%", max_size=12), st.sampled_from(["5", "15", "1,5", "5%", "1.5"]))
def test_highlight_marks_a_figure_only_as_a_number_of_its_own(sentence, figure):
    """No digit, or digit and separator, touches a marked figure's digits: it is never part of another number."""
    marked = highlight(sentence, figure)
    if marked.figure:
        assert not re.search(r"\d[.,]?$", marked.before), marked
        assert figure.endswith("%") or not re.match(r"[.,]?\d", marked.after), marked


@pytest.mark.parametrize("text, expected", [
    ("allows [23,500,000, 24,500,000] USD by rounding", "allows 23,500,000 to 24,500,000 USD by rounding"),
    ("[-1.5, 2] and [0, ∞] t", "-1.5 to 2 and 0 to ∞ t"),
    ("a [sic] note, [a, b]", "a [sic] note, [a, b]"),
])
def test_intervals_are_written_as_ranges_in_words(text, expected):
    """Editors read "23,500,000 to 24,500,000", not interval brackets; other brackets stay."""
    assert plain_intervals(text) == expected


@pytest.mark.parametrize("iso, expected", [("2024-11-17", "17 November 2024"), ("2019-04-05", "5 April 2019"),
                                           ("", ""), ("spring 2019", "spring 2019")])
def test_dates_are_written_out(iso, expected):
    """Dates read as words; text that is not a date is kept."""
    assert long_date(iso) == expected


@pytest.mark.parametrize("severity, words", [
    (Severity.ERROR, "Needs correction"), (Severity.WARNING, "Check before publishing"),
    (Severity.INFO, "For information")])
def test_seriousness_is_said_in_plain_words(severity, words):
    """Each severity has one plain phrase for editors."""
    result = hostile_result()
    finding = attrs.evolve(result.findings[0], severity=severity)
    problem = build(attrs.evolve(result, findings=(finding,))).problems[0]
    assert (problem.seriousness, problem.severity) == (words, severity.label)


@pytest.mark.parametrize("code, starts", [
    ("FL101", "Yes: it is a figure the article works out"), ("FL201", "Yes: it is a figure the article works out"),
    ("FL303", "Yes: it concerns a comparison"), ("FL302", "Yes: it concerns a total"),
    ("FL501", "Yes: two published figures"), ("FL502", "Yes: two published figures"),
    ("FL503", "No: the figures are for different periods"), ("FL102", "No: the figure stands"),
    ("FL401", "It concerns this figure alone"), ("FL601", "No: it concerns how the ledger records"),
    ("FL402", "It concerns this figure alone, not a calculation or comparison; it may be right and exceptional"),
    ("FL777", "It concerns this figure alone."),
])
def test_effect_on_the_story_names_derived_totals_comparisons_and_conflicts(code, starts):
    """Derived totals, comparisons and conflicts are said to change the story; single figures are not."""
    assert effect_on_story(code).startswith(starts)


def test_problems_are_listed_most_serious_first():
    """An error comes before a warning whatever their order in the ledger."""
    result = hostile_result()
    warning = attrs.evolve(result.findings[0], severity=Severity.WARNING, message="the warning")
    report = build(attrs.evolve(result, findings=(warning, result.findings[1])))
    assert [p.seriousness for p in report.problems] == ["Needs correction", "Check before publishing"]
    assert [p.number for p in report.problems] == [1, 2]


def test_correction_is_the_quoted_sentence_with_the_figure_replaced():
    """A correction is shown in its sentence, so the editor sees the wording to print."""
    problem = build(hostile_result()).problems[0]
    assert problem.correction == Highlighted("The fund paid ", "$5M </td> {{ 7*7 }}",
                                             " <script>alert(1)</script> to the ministry.")
    assert problem.advice == "Recompute <b>$5M</b> | {{ 7*7 }}"


def test_conflicts_are_set_side_by_side_with_both_articles():
    """A conflict across articles keeps both figures, each with its own article and date."""
    problem = build(conflict_result()).problems[0]
    assert problem.side_by_side
    assert [(m.printed, m.article.title, m.article.published, m.period, m.source) for m in problem.mentions] == [
        ("92.5%", "Ocnus article", "25 April 2019", "2016", "KOTRA"),
        ("97%", "Whispers article", "17 November 2024", "2016", "the article itself")]
    assert not problem.one_article
    assert problem.rule == "rule FL501 (conflicting-figures)"


def test_closing_section_lists_what_held_and_what_was_not_checked():
    """Consistent checks read with figures in place of ledger names; unchecked figures say why."""
    report = build(conflict_result())
    assert [(c.mention.printed, c.detail) for c in report.confirmed] == [
        ("8 days", "8 days = 12,000 troops ÷ casualties: recomputed 8 days (consistent)")]
    assert [(u.mention.printed, u.why) for u in report.unchecked] == [("12,000 troops", "its derivation failed")]


def test_importing_factledger_does_not_load_the_report_libraries():
    """factledger.errata is public, but Jinja2 and tabulate load only when a report is rendered."""
    import subprocess
    import sys

    code = ("import sys, factledger; factledger.errata.render; "
            "print(sorted(m for m in ('jinja2', 'markupsafe', 'tabulate') if m in sys.modules))")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "[]"


@pytest.mark.parametrize("quote, text", [
    ("Russia sent 11,500 troops", "Russia sent 11,500 troops"),  # FL601: the figure is not in the quote
    ("Russia sent 1,500 troops", "Russia sent 11,500 troops"),  # FL602: the quote is not in the article
])
def test_a_finding_on_the_quote_marks_nothing_in_it(tmp_path, quote, text):
    """The sentence of a quote finding is shown as the ledger has it, with no figure marked as present."""
    (tmp_path / "article.txt").write_text(text, "utf-8")
    (tmp_path / "a.toml").write_text('[article]\nid = "a"\ntext = "article.txt"\n[claims.sent]\n'
                                     f'figure = "1,500 troops"\nquote = "{quote}"\n', "utf-8")
    [problem] = build(verify(load(tmp_path))).notes
    assert problem.rule.startswith(("rule FL601", "rule FL602"))
    assert problem.main.quote == Highlighted(quote)


RULE_CASES = Path(__file__).resolve().parent / "data" / "rules"


@pytest.mark.parametrize("case, code", [("FL902-percent-times-100", "FL902"), ("FL204-incompatible-sum", "FL204"),
                                        ("FL901-division-by-zero", "FL901"), ("FL601-quote-lacks-figure", "FL601")])
def test_a_slip_in_the_ledger_is_a_note_for_the_fact_checker_not_a_problem(case, code):
    """Findings the rule catalog places in the ledger are told apart, and not counted among the problems."""
    report = build(verify(load(RULE_CASES / f"{case}.toml")))
    assert report.problems == ()
    assert [n.rule.split()[1] for n in report.notes] == [code] * len(report.notes) != []
    assert {n.seriousness for n in report.notes} == {"Fix in the ledger"}
    assert [n.number for n in report.notes] == list(range(1, len(report.notes) + 1))
    assert sum(c.number for c in report.counts) == 0


def test_every_rule_about_the_ledger_says_the_story_is_unchanged():
    """A note's effect on the story never says it changes what readers see."""
    about_the_ledger = [rule.code for rule in RULES if rule.slip_in]
    assert {"FL204", "FL601", "FL602", "FL901", "FL902"} <= set(about_the_ledger)
    for code in about_the_ledger:
        assert effect_on_story(code).startswith("No: "), code


def test_a_figure_a_rule_reported_on_is_not_listed_as_unchecked():
    """An outlier among tanker loads is a problem, not a figure "no calculation ... covers", and it was
    checked; so were the loads it was compared with, which were listed under "Not checked"."""
    report = build(verify(load(RULE_CASES / "FL403-outlier.toml")))
    [problem] = report.problems
    assert [m.printed for m in problem.mentions] == ["70 tonnes", "80,000 tonnes", "60,000 tonnes"]
    assert report.unchecked == ()
    assert (report.checked, report.claims) == (3, 3)


def _tanker_loads(tmp_path, slip: bool):
    """Thirty loads of 50,000-79,000 tonnes, a 70-tonne slip if ``slip``, and a crew nothing compares."""
    lines = ['[article]', 'id = "loads"']
    for i, amount in enumerate([50_000 + 1_000 * i for i in range(30)] + ([70] if slip else [])):
        lines += [f"[claims.load{i}]", f'figure = "{amount:,} tonnes"', 'measure = "tanker load"']
    lines += ["[claims.crew]", 'figure = "25 sailors"', 'measure = "crew"']
    (tmp_path / "loads.toml").write_text("\n".join(lines) + "\n", "utf-8")
    return verify(load(tmp_path / "loads.toml", cache=False))


def test_an_outlier_and_the_figures_it_was_measured_against_count_as_checked(tmp_path):
    """The outlier's check names it and the five loads nearest the typical one: those six are checked.
    The other 25 loads were only found to lie within 300 times of one another, which confirms nothing
    about any of them: they are "not checked", as they are when no load is a slip."""
    result = _tanker_loads(tmp_path, slip=True)
    [problem] = build(result).problems
    shown = {m.key for m in problem.mentions}
    assert len(shown) == 6 and "loads:load30" in shown
    [check] = result.checks
    assert (check.kind, check.subject, check.verdict.value) == ("outlier", "loads:load30", "inconsistent")
    unchecked = set(result.coverage.unchecked)
    assert unchecked == {f"loads:load{i}" for i in range(30)} - shown | {"loads:crew"}
    assert [u.mention.key for u in build(result).unchecked] == list(result.coverage.unchecked)
    assert (build(result).checked, build(result).claims) == (6, 32)


def test_a_measure_with_no_outlier_makes_no_check_and_checks_no_figure(tmp_path):
    """Loads that lie close together pass the outlier scan, which is no check: none of them is checked."""
    result = _tanker_loads(tmp_path, slip=False)
    assert result.checks == () and result.findings == ()
    assert result.coverage.checked == 0
    assert len(build(result).unchecked) == 31


def test_a_figure_with_a_finding_is_not_listed_as_consistent():
    """A figure that holds only through rounding is told of once, as a problem, not again as consistent."""
    report = build(verify(load(RULE_CASES / "FL102-through-rounding.toml")))
    [problem] = report.problems
    assert problem.rule.startswith("rule FL102")
    assert problem.main.key not in [c.mention.key for c in report.confirmed if c.mention]


def test_a_figure_whose_finding_was_accepted_is_not_listed_as_consistent_either():
    """Accepted after review, a figure is not also among those found consistent."""
    result = verify(load(RULE_CASES / "FL102-through-rounding.toml"))
    [finding] = result.findings
    waived = attrs.evolve(result, findings=())
    waiver = Waiver(code="FL102", claim=finding.claims[0], reason="Rounded in print.")
    report = build(waived, accepted=[(finding, waiver)])
    assert finding.claims[0] not in [c.mention.key for c in report.confirmed if c.mention]
