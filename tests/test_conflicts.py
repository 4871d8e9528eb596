"""FL5 across articles: which pairs of figures of one name conflict, and which only differ.

Each case is a small ledger of two articles; the rule case files (tests/data/rules/) hold
the cases one article can state.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factledger import load, verify


def article(name: str, published: str | None, **claims: dict[str, str | bool]) -> str:
    lines = ["[article]", f'id = "{name}"', f'publisher = "{name.upper()}"']
    if published:
        lines.append(f"published = {published}")
    for claim, fields in claims.items():
        lines.append(f"[claims.{claim}]")
        lines.append('subject = "Namibia"')
        lines.append('measure = "compensation paid"')
        for key, value in fields.items():
            lines.append(f"{key} = {str(value).lower() if isinstance(value, bool) else repr(value)}")
    return "\n".join(lines) + "\n"


def findings(tmp_path: Path, *articles: str) -> set[tuple[str, ...]]:
    for number, text in enumerate(articles, 1):
        (tmp_path / f"a{number}.toml").write_text(text.replace("'", '"'), "utf-8")
    return {(f.code, *f.claims) for f in verify(load(tmp_path, cache=False)).findings}


def since(year: int, figure: str) -> dict[str, str | bool]:
    return {"figure": figure, "period": f"since {year}", "cumulative": True}


@pytest.mark.parametrize("first, second", [
    (since(2002, "N$1.3 billion"), {"figure": "N$100 million", "period": "2019"}),
    ({"figure": "N$500 million", "period": "2016"}, since(2018, "N$300 million")),
])
def test_a_running_total_and_a_years_figure_are_different_periods(tmp_path, first, second):
    """Only a running total can fall: a year's figure below an earlier total is a note (FL503), not FL504."""
    assert findings(tmp_path, article("a", "2017-05-01", x=first), article("b", "2020-05-01", y=second)) \
        == {("FL503", "a:x", "b:y")}


def test_running_totals_from_different_starts_are_different_periods(tmp_path):
    """N$1.3 billion since 2002, then N$500 million since 2010: two totals, not one that fell."""
    assert findings(tmp_path, article("a", "2017-05-01", x=since(2002, "N$1.3 billion")),
                    article("b", "2019-05-01", y=since(2010, "N$500 million"))) == {("FL503", "a:x", "b:y")}


def test_a_running_total_from_one_start_that_falls_is_fl504(tmp_path):
    assert findings(tmp_path, article("a", "2017-05-01", x=since(2002, "N$1.3 billion")),
                    article("b", "2019-05-01", y=since(2002, "N$900 million"))) == {("FL504", "a:x", "b:y")}


def fl502(tmp_path: Path, *articles: str):
    for number, text in enumerate(articles, 1):
        (tmp_path / f"a{number}.toml").write_text(text, "utf-8")
    [finding] = verify(load(tmp_path, cache=False)).findings
    assert finding.code == "FL502"
    return finding


def test_a_running_total_in_an_undated_article_asks_for_its_date(tmp_path):
    """"since 2002" in an article with no date does not run to the end of time: FL502, not FL504."""
    finding = fl502(tmp_path, article("a", "2024-01-01", x=since(2002, "N$1.3 billion")),
                    article("b", None, y=since(2002, "N$900 million")))
    assert finding.location.claim_id == "y"
    assert finding.suggestion == ('Give the publication date of the article "b" (`published`): the period of '
                                  "N$900 million runs to it; if the periods then differ this becomes a note")


def test_two_undated_articles_since_one_year_are_not_a_conflict(tmp_path):
    finding = fl502(tmp_path, article("a", None, x={"figure": "N$900 million", "period": "since 2002"}),
                    article("b", None, y={"figure": "N$1.3 billion", "period": "since 2002"}))
    assert "since 2002 (publication date not given)" in finding.message
    assert finding.suggestion.startswith('Give the publication date of the article "a" (`published`): the period '
                                         'of N$900 million runs to it; give the publication date of the article "b"')


def test_as_of_publication_in_an_undated_article_points_at_it(tmp_path):
    """The finding is on the claim whose article lacks its date, and asks for that date."""
    finding = fl502(tmp_path, article("a", None, x={"figure": "N$900 million", "period": "as of publication"}),
                    article("b", "2024-03-10", y={"figure": "N$1.3 billion", "period": "2024"}))
    assert finding.location.claim_id == "x"
    assert finding.suggestion.startswith('Give the publication date of the article "a" (`published`): the period '
                                         "of N$900 million")


def test_an_unstated_period_is_asked_for_by_claim(tmp_path):
    finding = fl502(tmp_path, article("a", "2019-01-01", x={"figure": "N$900 million"}),
                    article("b", "2024-03-10", y={"figure": "N$1.3 billion", "period": "2024"}))
    assert finding.suggestion == "State the period N$900 million is about; if the periods then differ this becomes a note"


@pytest.mark.parametrize("fiscal, calendar, code", [
    ("2023-24", "2023-2024", "FL503"),  # a fiscal year is not the two calendar years it falls in
    ("2023-24", "FY2024", "FL503"),  # nor, as issuers name them differently, a fiscal year named 2024
    ("2023-24", "2023/24", "FL501"),
])
def test_a_fiscal_year_conflicts_only_with_itself(tmp_path, fiscal, calendar, code):
    assert findings(tmp_path, article("a", "2025-01-01", x={"figure": "N$1.3 billion", "period": fiscal}),
                    article("b", "2025-01-01", y={"figure": "N$900 million", "period": calendar})) \
        == {(code, "a:x", "b:y")}


def test_the_summary_counts_a_note_between_periods_as_consistent(tmp_path):
    """The check list says "consistent" for a figure that changed between periods (FL503); so
    does the summary line, which said "1 checks, 0 consistent"."""
    from factledger.formats.text import summary

    findings(tmp_path, article("a", "2017-05-01", x={"figure": "N$500 million", "period": "2016"}),
             article("b", "2020-05-01", y={"figure": "N$300 million", "period": "2019"}))
    result = verify(load(tmp_path, cache=False))
    assert [f.code for f in result.findings] == ["FL503"]
    assert summary(result) == "Found 1 finding (1 info) in 2 files: 1 check, 1 consistent; 2 of 2 claims checked."


def test_a_pair_that_holds_says_why(tmp_path):
    """The consistent check of two figures that meet names the reason, as "different periods" does;
    it gave none, and "60% (1988) vs up to 50%" read as a conflict in the errata's consistent list."""
    findings(tmp_path, article("a", "2017-05-01", x={"figure": "about N$500 million", "period": "2016"}),
             article("b", "2020-05-01", y={"figure": "N$520 million", "period": "2016"}))
    [check] = [c for c in verify(load(tmp_path, cache=False)).checks if c.kind == "cross-source"]
    assert check.verdict.holds and check.detail.endswith(": the figures meet within their rounding and hedges")
