"""The errata report in Markdown: each problem readable in a minute, article text escaped."""

from __future__ import annotations

from pathlib import Path

import pytest

from errata_cases import conflict_result, hostile_result
from factledger import errata, load, verify
from factledger.findings import Result


def test_figure_is_bold_in_its_sentence():
    """The quote is shown with the figure in bold, and the correction in its sentence."""
    text = errata.render(conflict_result())
    assert "China accounted for **92.5%** of North Korea's trade." in text
    assert "**What is wrong:** 92.5% (Ocnus 2019 article, 2016) conflicts with 97%" in text
    assert "**Suggested correction:** Find which figure is right, or record why they differ" in text


def test_conflict_is_a_two_column_table():
    """Two conflicting figures sit side by side: figure, sentence, article, date, period, source."""
    text = errata.render(conflict_result())
    table = text.split("**The two figures side by side:**\n\n", 1)[1].split("\n\n", 1)[0].splitlines()
    cells = [[c.strip() for c in row.strip("|").split("|")] for row in table]
    assert cells[0] == ["", "Ocnus.net", "Barbershop Whispers"]
    assert [row[0] for row in cells[2:]] == ["Figure", "Sentence", "Article", "Date", "Period", "Source"]
    assert cells[2][1:] == ["92.5%", "97%"]
    assert cells[5][1:] == ["25 April 2019", "17 November 2024"]


def test_rule_code_is_only_a_small_reference():
    """The rule code appears once, in the reference line, not in headings or the message."""
    text = errata.render(conflict_result())
    assert text.count("FL501") == 1
    assert "_Reference: rule FL501 (conflicting-figures), ledger/bwr.toml, line 40_" in text


def test_hostile_article_text_is_escaped():
    """Tags, table pipes, link brackets, template syntax and leading # in quotes stay text."""
    text = errata.render(hostile_result())
    for raw in ("<script>", "</td>", "<h1>", "[click](", "<b>", "<i>", "<em>", "| [x](y)"):
        assert raw not in text, raw
    assert r"The fund paid **\$5M** \<script\>alert(1)\</script\> to the ministry." in text
    assert r"Exports were \</td\>\</tr\>\</table\>\<h1\>**\$7M**\</h1\> in total \| \[click\](javascript:alert(1))" in text
    assert "{{ 7\\*7 }}" in text
    assert "javascript:alert(document.cookie)" not in text


def test_closing_sections_say_what_held_and_what_was_not_checked():
    """What was found consistent and what could not be checked are listed, with the reason."""
    text = errata.render(conflict_result())
    assert ("- **8 days** in *Whispers article*, 17 November 2024: 8 days = 12,000 troops ÷ casualties: "
            "recomputed 8 days (consistent)") in text
    assert "- **12,000 troops** in *Whispers article*, 17 November 2024: its derivation failed" in text


def test_an_empty_result_says_nothing_was_found():
    """With no findings the report says so instead of showing an empty section."""
    text = errata.render(Result())
    assert "No problems were found in the figures checked." in text
    assert "**0 problems found**" in text


def test_slips_in_the_ledger_have_a_section_after_the_problems():
    """A derivation the ledger writes wrong is a note for the fact-checker, with what to change in the ledger."""
    result = verify(load(Path(__file__).resolve().parent / "data" / "rules" / "FL902-percent-times-100.toml"))
    text = errata.render(result)
    assert "**0 problems found** (Needs correction: 0, Check before publishing: 0, For information: 0)." in text
    assert " 1 note for the fact-checker on the ledger." in text
    problems, notes = text.split("## Notes for the fact-checker: the ledger, not the article\n", 1)
    assert "No problems were found in the figures checked." in problems and "FL902" not in problems
    assert "### 1. 96%: Fix in the ledger" in notes
    assert '**What to change in the ledger:** Drop "\\* 100" from the derivation' in notes


@pytest.mark.parametrize("case, words", [("FL401-implausible-magnitude", "1 of 1 figure could be checked."),
                                         ("FL403-outlier", "3 of 3 figures could be checked.")])
def test_the_count_of_figures_agrees_in_number(case, words):
    result = verify(load(Path(__file__).resolve().parent / "data" / "rules" / f"{case}.toml"))
    assert words in errata.render(result) and words in errata.render(result, format="html")
