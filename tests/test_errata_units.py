"""The errata report says rates and counts as an editor does ("12.2772 a day", "USD a month"); the
engine's own output (text, JSON, SARIF) keeps its units."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factledger import errata, load, verify
from factledger.errata.model import build
from factledger.errata.spoken import plain_units
from factledger.formats import FORMATS, RenderOptions


@pytest.mark.parametrize("text, said", [
    ("1,240 ÷ 101 days = 12.2772 1/day", "1,240 ÷ 101 days = 12.2772 a day"),
    ("12,000 troops × 2,000 USD/soldier/month = 24,000,000 USD/month",
     "12,000 troops × 2,000 USD per soldier a month = 24,000,000 USD a month"),
    ("1,500 INR/count/month × 9,800,000 count = 14,700,000,000 INR/month",
     "1,500 INR each a month × 9,800,000 = 14,700,000,000 INR a month"),
    ("allows 25 to 35 tonne/month", "allows 25 to 35 tonnes a month"),
    ("1 tonne/month", "1 tonne a month"),
    ("1,000-1,000,000 tonne/month", "1,000-1,000,000 tonnes a month"),
    ("[4.9, 5.1] BCM/year", "[4.9, 5.1] BCM a year"),
    ("8,000 troops/month and 1,500 casualties/day", "8,000 troops a month and 1,500 casualties a day"),
    ("750 USD/tonne", "750 USD per tonne"),
    ("5 percent/year", "5 percent a year"),
    ("90 km/h", "90 km an hour"),
    # a rate per so many: per 100,000 people, not "per person per 100,000"
    ("1,146 ÷ 2,720,000 people = 42.1324 count/person per 100,000",
     "1,146 ÷ 2,720,000 people = 42.1324 per 100,000 people"),
    ("allows 4.205 to 4.215 1/residents per 100,000", "allows 4.205 to 4.215 per 100,000 residents"),
    ("40 count/person per 100,000/year", "40 per 100,000 people a year"),
    ("5.6 person/count per 1,000", "5.6 people per 1,000"),
])
def test_rates_and_counts_are_said_as_an_editor_says_them(text, said):
    assert plain_units(text) == said


@pytest.mark.parametrize("text", [
    "8 days", "24,000,000 USD", "5 km**2/day", "5 kg*m/s", "the 2002/03 season", "5 and/or 6",
    "country 5 counts abroad", "2,000 USD/soldier/zorkmid",
])
def test_anything_else_is_left_as_written(text):
    """No rate or count, a unit with a power or a product, a slash between words that are no units."""
    expected = "country 5 abroad" if text == "country 5 counts abroad" else text
    assert plain_units(text) == expected


def test_a_figure_as_printed_is_kept(tmp_path):
    """"5 t/day" in the article stays "5 t/day", while the engine's quantities beside it are said."""
    assert plain_units("5 t/day: 4.5 to 5.5 t/day", keep=["5 t/day"]) == "5 t/day: 4.5 to 5.5 t a day"


def _deaths_a_day(tmp_path: Path):
    (tmp_path / "a.toml").write_text('[article]\nid = "a"\n\n[claims.deaths]\nfigure = "1,240"\n'
                                     'quote = "1,240 died"\n\n[claims.rate]\nfigure = "20 a day"\n'
                                     'quote = "20 a day"\nderived = "deaths / 101 days"\n', "utf-8")
    return verify(load(tmp_path, cache=False))


def test_the_errata_steps_say_a_day_where_the_engine_writes_1_per_day(tmp_path):
    """1,240 deaths over 101 days: "12.2772 1/day" in the engine's evidence, "12.2772 a day" in the errata."""
    result = _deaths_a_day(tmp_path)
    [finding] = result.findings
    assert finding.evidence.steps[0].startswith("1,240 ÷ 101 days = 12.2772 1/day")
    [problem] = build(result).problems
    assert problem.steps[0] == ("1,240 ÷ 101 days = 12.2772 a day  (allowing for rounding: 12.2277 to 12.3267 "
                                "a day)")
    assert "1/day" not in errata.render(result, format="markdown")
    assert "1/day" not in errata.render(result, format="html")


@pytest.mark.parametrize("format", ["json", "sarif", "text"])
def test_the_engines_own_output_keeps_its_units(tmp_path, format):
    result = _deaths_a_day(tmp_path)
    shown = FORMATS[format](result, RenderOptions())
    assert "12.2772 1/day" in shown
    if format != "text":
        json.loads(shown)


def test_a_step_about_a_quote_keeps_the_articles_words(tmp_path):
    """FL602 shows where the quote parts from the article: "a limit of 90 km/h ..." is the article's text,
    not the engine's, and stays as printed."""
    (tmp_path / "a.txt").write_text("The bridge has a limit of 90 km/h for cars and 60 km/h for lorries.", "utf-8")
    (tmp_path / "a.toml").write_text('[article]\nid = "a"\ntext = "a.txt"\n\n[claims.speed]\nfigure = "90 km/h"\n'
                                     'quote = "a limit of 90 km/h for cars and 70 km/h for lorries"\n', "utf-8")
    result = verify(load(tmp_path, cache=False))
    [finding] = result.findings
    assert finding.code == "FL602"
    [step] = finding.evidence.steps
    assert "km/h" in step
    report = build(result)
    [problem] = report.problems + report.notes
    assert problem.steps == (step,)


def test_a_published_review_says_the_computed_rate_as_the_report_does(tmp_path):
    """FL201's message in ClaimReview, worded for readers: "24,000,000 USD a month", not "USD/month"."""
    from factledger.errata import claimreview

    (tmp_path / "a.toml").write_text('[article]\nid = "a"\n\n[claims.troops]\nfigure = "12,000 troops"\n\n'
                                     '[claims.pay]\nfigure = "$2,000/month"\nunit = "USD/soldier"\n\n'
                                     '[claims.total]\nfigure = "$24M"\nderived = "troops * pay"\n', "utf-8")
    result = verify(load(tmp_path, cache=False))
    [finding] = result.findings
    assert finding.message.endswith("gives a rate: 24,000,000 USD/month")
    [review] = claimreview.reviews(result)
    assert review["reviewBody"].endswith("gives a rate: 24,000,000 USD a month")
