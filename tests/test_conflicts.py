"""FL5 across articles: which pairs of figures of one name conflict, and which only differ.

Each case is a small ledger of two articles; the rule case files (tests/data/rules/) hold
the cases one article can state. A finding names first the figure in question, where it is
located: the later in the ledger, compared with the earlier ones, or of a running total that
fell, the later total (FL504).
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
        == {("FL503", "b:y", "a:x")}


def test_running_totals_from_different_starts_are_different_periods(tmp_path):
    """N$1.3 billion since 2002, then N$500 million since 2010: two totals, not one that fell."""
    assert findings(tmp_path, article("a", "2017-05-01", x=since(2002, "N$1.3 billion")),
                    article("b", "2019-05-01", y=since(2010, "N$500 million"))) == {("FL503", "b:y", "a:x")}


def test_a_running_total_from_one_start_that_falls_is_fl504(tmp_path):
    assert findings(tmp_path, article("a", "2017-05-01", x=since(2002, "N$1.3 billion")),
                    article("b", "2019-05-01", y=since(2002, "N$900 million"))) == {("FL504", "b:y", "a:x")}


def deaths_since(tmp_path: Path, first: dict, second: dict, published=("2026-07-10", "2026-07-20")):
    """Verify two articles, published on ``published``, stating heatwave deaths ``first`` and ``second``."""
    for name, fields, date in (("a", first, published[0]), ("b", second, published[1])):
        lines = ["[article]", f'id = "{name}"', f'publisher = "{name.upper()}"', f"published = {date}",
                 "[claims.deaths]", 'subject = "the 2026 heatwave"', 'measure = "deaths"']
        lines += [f"{key} = {str(value).lower() if isinstance(value, bool) else repr(value)}".replace("'", '"')
                  for key, value in fields.items()]
        (tmp_path / f"{name}.toml").write_text("\n".join(lines) + "\n", "utf-8")
    return verify(load(tmp_path, cache=False))


SINCE_JUNE = "since June 26, 2026"
IF_RUNNING_TOTALS = ("If these are running totals, one of them is wrong: set cumulative = true on both claims, and "
                     "the fall is reported as an error (FL504); if not, no action is needed; the change over time "
                     "may itself be worth reporting")


@pytest.mark.parametrize("period", [SINCE_JUNE, "2026-06-26 to date"])
def test_a_fall_since_one_start_tells_the_ledger_to_mark_running_totals(tmp_path, period):
    """1,300 deaths since June 26, then 1,240 since June 26: a running total that fell, if they are totals.
    Not marked cumulative, they may be a rate or a level, so it stays a note (FL503), which now says so
    and names cumulative = true. It said only that the change may be worth reporting."""
    result = deaths_since(tmp_path, {"figure": "1,300 deaths", "period": period},
                          {"figure": "1,240 deaths", "period": period})
    [finding] = result.findings
    assert (finding.code, finding.severity.label) == ("FL503", "info")
    start = "June 26, 2026" if period == SINCE_JUNE else "2026-06-26"
    assert finding.evidence.steps[-1] == (f"both periods count from {start}: 1,240 deaths (to 2026-07-20) is below "
                                          f"1,300 deaths (to 2026-07-10), which a running total cannot be")
    assert finding.suggestion == IF_RUNNING_TOTALS


def test_the_later_total_is_the_one_that_ends_later_whatever_the_ledger_order(tmp_path):
    """The article published later is read first: its 1,240 deaths, to July 20, is still the later total."""
    result = deaths_since(tmp_path, {"figure": "1,240 deaths", "period": SINCE_JUNE},
                          {"figure": "1,300 deaths", "period": SINCE_JUNE}, published=("2026-07-20", "2026-07-10"))
    [finding] = result.findings
    assert finding.evidence.steps[-1].startswith("both periods count from June 26, 2026: 1,240 deaths (to 2026-07-20)")
    assert finding.suggestion == IF_RUNNING_TOTALS


def test_marked_cumulative_the_same_fall_is_an_error(tmp_path):
    """What the note says: with cumulative = true on both, the fall is FL504."""
    result = deaths_since(tmp_path, {"figure": "1,300 deaths", "period": SINCE_JUNE, "cumulative": True},
                          {"figure": "1,240 deaths", "period": SINCE_JUNE, "cumulative": True})
    assert [(f.code, f.severity.label) for f in result.findings] == [("FL504", "error")]


@pytest.mark.parametrize("first, second", [
    ({"figure": "1,240 deaths", "period": SINCE_JUNE}, {"figure": "1,300 deaths", "period": SINCE_JUNE}),  # a rise
    ({"figure": "1,300 deaths", "period": "since 2025"}, {"figure": "1,240 deaths", "period": SINCE_JUNE}),
    ({"figure": "1,300 deaths", "period": "2026-06"}, {"figure": "1,240 deaths", "period": "2026-06-26/2026-07-05"}),
    ({"figure": "1,300 deaths", "period": "2026-06-26/2026-07-05"},
     {"figure": "1,240 deaths", "period": "2026-06-26/2026-07-15"}),  # one start, but neither runs to publication
])
def test_figures_that_did_not_fall_from_one_start_to_publication_get_the_usual_note(tmp_path, first, second):
    """A rise; totals from two starts; a month and a span in it; two fixed spans from one start (a figure
    for each, which the ledger names as it likes): the note names no running total."""
    [finding] = deaths_since(tmp_path, first, second).findings
    assert finding.code == "FL503"
    assert not any("running total" in step for step in finding.evidence.steps)
    assert finding.suggestion == "No action needed; the change over time may itself be worth reporting"


@pytest.mark.parametrize("first, second", [("1,240 deaths", "1,300 deaths"), ("1,300 deaths", "1,240 deaths")])
def test_periods_that_read_alike_are_told_apart_by_the_day_each_runs_to(tmp_path, first, second):
    """Both "since June 26, 2026": the message said "for different periods" and showed one period twice. Each
    figure's place now says the day its period runs to, its article's publication, which is what differs."""
    result = deaths_since(tmp_path, {"figure": first, "period": SINCE_JUNE}, {"figure": second, "period": SINCE_JUNE})
    [finding] = result.findings
    assert finding.code == "FL503"
    assert finding.message == (f"{first} (A 2026 article, since June 26, 2026, to publication on 2026-07-10) and "
                               f"{second} (B 2026 article, since June 26, 2026, to publication on 2026-07-20) for "
                               f"deaths of the 2026 heatwave differ, for different periods")
    [check] = [c for c in result.checks if c.kind == "cross-source"]
    assert check.detail == (f"{first} (since June 26, 2026, to publication on 2026-07-10) vs {second} (since June 26, "
                            f"2026, to publication on 2026-07-20) for deaths of the 2026 heatwave")


def test_a_running_total_that_fell_names_the_day_each_runs_to(tmp_path):
    """FL504 on two totals "since June 26, 2026" says which is the later, by the day each runs to."""
    result = deaths_since(tmp_path, {"figure": "1,300 deaths", "period": SINCE_JUNE, "cumulative": True},
                          {"figure": "1,240 deaths", "period": SINCE_JUNE, "cumulative": True})
    [finding] = result.findings
    assert finding.message == ("1,240 deaths (B 2026 article, since June 26, 2026, to publication on 2026-07-20) is "
                               "a running total, yet it is below the earlier 1,300 deaths (A 2026 article, since "
                               "June 26, 2026, to publication on 2026-07-10)")


@pytest.mark.parametrize("first, second", [("since 2025", SINCE_JUNE), ("2026-06", "2026-06-26/2026-07-05")])
def test_periods_that_read_differently_are_named_as_the_ledger_words_them(tmp_path, first, second):
    """Only periods that read alike need the day they run to: others show the ledger's words alone."""
    [finding] = deaths_since(tmp_path, {"figure": "1,300 deaths", "period": first},
                             {"figure": "1,240 deaths", "period": second}).findings
    assert finding.code == "FL503" and "to publication on" not in finding.message
    assert f"A 2026 article, {first})" in finding.message and f"B 2026 article, {second})" in finding.message


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
    ("FY2023-2024", "2023-24", "FL501"),  # the second year in full, after the word, is the same fiscal year
    ("Q1 FY2027", "first quarter of fiscal 2027", "FL501"),  # a fiscal quarter, however written
    ("Q1 FY2027", "Q1 2027", "FL503"),  # not the calendar quarter
    ("Q1 FY2027", "FY2027", "FL503"),  # nor the whole fiscal year
])
def test_a_fiscal_year_conflicts_only_with_itself(tmp_path, fiscal, calendar, code):
    assert findings(tmp_path, article("a", "2025-01-01", x={"figure": "N$1.3 billion", "period": fiscal}),
                    article("b", "2025-01-01", y={"figure": "N$900 million", "period": calendar})) \
        == {(code, "b:y", "a:x")}


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


# -- bare numbers beside counted figures ---------------------------------------------------------

def troops(name: str, *figures: str, period: str = "2024-11", published: str = "2024-11-20",
           **fields: str | bool) -> str:
    """An article stating ``figures`` for the troops North Korea sent to Russia, one claim each."""
    lines = ["[article]", f'id = "{name}"', f'publisher = "{name.upper()}"', f"published = {published}"]
    for number, figure in enumerate(figures):
        lines += [f"[claims.c{number}]", 'subject = "North Korea"', 'measure = "troops sent to Russia"',
                  f'figure = "{figure}"', f'period = "{period}"', f'quote = "It sent {figure} to Russia."']
        lines += [f"{key} = {str(value).lower() if isinstance(value, bool) else repr(value)}"
                  for key, value in fields.items()]
    return "\n".join(lines).replace("'", '"') + "\n"


def verified(tmp_path: Path, *articles: str):
    for number, text in enumerate(articles, 1):
        (tmp_path / f"a{number}.toml").write_text(text, "utf-8")
    return verify(load(tmp_path, cache=False))


@pytest.mark.parametrize("first, second", [("12,000 troops", "15,000"), ("15,000", "12,000 troops")])
def test_a_bare_number_conflicts_with_a_counted_figure_of_its_name(tmp_path, first, second):
    """"15,000" for the troops sent, where another article prints "12,000 troops", counts the same
    troops: FL501, whichever comes first. It was compared with nothing ("0 checks")."""
    result = verified(tmp_path, troops("a", first), troops("b", second))
    [finding] = result.findings
    assert (finding.code, finding.claims) == ("FL501", ("b:c0", "a:c0"))
    assert finding.message == (f"{first} (A 2024 article, 2024-11) conflicts with {second} (B 2024 article, "
                               f"2024-11) for troops sent to Russia of North Korea")
    bare = first if first == "15,000" else second
    assert finding.evidence.steps == (
        f"{first}: {'[11,500, 12,500]' if first != bare else '[14,500, 15,500]'} troops (A 2024 article, 2024-11)",
        f"{second}: {'[11,500, 12,500]' if second != bare else '[14,500, 15,500]'} troops (B 2024 article, 2024-11)",
        "15,000 names no unit; for the same subject and measure as 12,000 troops, it is read as a count of "
        "the same thing")


@pytest.mark.parametrize("bare, counted", [
    ("15,000", "12,000 troops"), ("12,000", "12,400 troops"), ("about 12,000", "13,000 troops"),
    ("more than 10,000", "12,000 troops"), ("1.2 million", "1,140,000 troops"), ("twelve thousand", "11,000 troops"),
])
@pytest.mark.parametrize("period", ["2024-11", ""])
def test_a_bare_count_compares_as_if_it_named_the_unit(tmp_path, bare, counted, period):
    """Every verdict and finding of a bare count against a counted figure is the one the same
    number printed with the counted unit gets: the same interval, read as the same kind."""
    def outcome(figure: str, directory: Path):
        directory.mkdir()
        result = verified(directory, troops("a", counted), troops("b", figure, period=period))
        return [(f.code, f.claims) for f in result.findings], [(c.kind, c.verdict) for c in result.checks]

    as_printed = outcome(bare, tmp_path / "bare")
    assert as_printed == outcome(f"{bare} troops", tmp_path / "named")
    assert as_printed[1], "the two figures are compared"


def test_a_bare_count_differing_between_periods_is_a_note(tmp_path):
    result = verified(tmp_path, troops("a", "12,000 troops", period="2024-11"), troops("b", "3,000", period="2024-10"))
    assert [(f.code, f.claims) for f in result.findings] == [("FL503", ("b:c0", "a:c0"))]


def test_a_running_total_falls_from_a_count_to_a_bare_number(tmp_path):
    result = verified(tmp_path, troops("a", "12,000 troops", period="since 2024", cumulative=True),
                      troops("b", "9,000", period="since 2024", published="2024-12-20", cumulative=True))
    assert [(f.code, f.claims) for f in result.findings] == [("FL504", ("b:c0", "a:c0"))]


@pytest.mark.parametrize("ratio", ["0.5", "a third", "1.5", "50%", "15,000%", "15,000 percent",
                                   "3 times", "2.5x", "40 percentage points"])
def test_a_share_or_multiple_is_not_a_count(tmp_path, ratio):
    """A pure number that is not a count (a fraction, percent, points, a multiple) is not compared with
    troops: 0.5 against 12,000 troops is no conflict, nor a check at all."""
    result = verified(tmp_path, troops("a", "12,000 troops"), troops("b", ratio))
    assert result.findings == () and result.checks == ()


@pytest.mark.parametrize("kind", ["15,000 tonnes", "$15,000", "15,000 km"])
def test_a_bare_number_is_not_compared_with_other_kinds(tmp_path, kind):
    """Only counting kinds (people, vessels) take a bare number: not mass, money or length."""
    result = verified(tmp_path, troops("a", kind), troops("b", "12,000"))
    assert result.findings == () and result.checks == ()


def test_a_bare_number_counts_vessels_as_it_counts_people(tmp_path):
    result = verified(tmp_path, troops("a", "40 ships"), troops("b", "12"))
    assert [(f.code, f.claims) for f in result.findings] == [("FL501", ("b:c0", "a:c0"))]


def test_a_bare_number_of_a_name_counting_in_two_kinds_is_read_as_neither(tmp_path):
    """Troops and ships for one name: "15,000" could count either, so it is compared with neither,
    and not twice; two bare numbers still compare with each other."""
    result = verified(tmp_path, troops("a", "12,000 troops", "40 ships"), troops("b", "15,000"), troops("c", "15,000"))
    assert result.findings == ()
    assert [(c.kind, c.subject, c.detail) for c in result.checks] == [
        ("cross-source", "b:c0", "15,000 (2024-11) vs 15,000 (2024-11) for troops sent to Russia of North Korea: "
                                 "the figures meet within their rounding and hedges")]


def test_a_bare_number_of_another_subject_is_not_a_count(tmp_path):
    """The kind is read from the same subject's and measure's figures only."""
    other = troops("b", "15,000").replace("North Korea", "South Korea")
    result = verified(tmp_path, troops("a", "12,000 troops"), other, troops("c", "15,400").replace("North Korea", "South Korea"))
    assert [(f.code, f.claims) for f in result.findings] == []
    assert [c.subject for c in result.checks] == ["b:c0"]  # b against c, both of South Korea


@pytest.mark.parametrize("first, second", [("12,000 troops", "15,000"), ("15,000", "12,000 troops")])
def test_a_large_group_reads_a_bare_count_alike(tmp_path, monkeypatch, first, second):
    """Groups compared a set of alike figures at a time give the same findings as one by one."""
    from factledger.rules import conflicts

    articles = [troops("a", first), troops("b", second), troops("c", "12,000 troops"), troops("d", "15,000")]
    expected = [(f.code, f.claims) for f in verified(tmp_path, *articles).findings]
    monkeypatch.setattr(conflicts, "ONE_BY_ONE", 0)
    assert [(f.code, f.claims) for f in verified(tmp_path, *articles).findings] == expected
    assert ("FL501", ("b:c0", "a:c0")) in expected


# -- bare numbers beside shares -----------------------------------------------------------------

@pytest.mark.parametrize("ratio", ["5%", "5 percent", "2 percentage points", "50 basis points", "3 times", "2.5x"])
@pytest.mark.parametrize("bare_first", [True, False])
def test_a_bare_count_is_not_compared_with_a_share(tmp_path, ratio, bare_first):
    """"15,000" and "5%" of one subject and measure, with no counted figure of the name, are a count and a
    share the ledger named alike: no check and no finding, in either order. They were compared as pure
    numbers, and "5% conflicts with 15,000" was reported (FL501)."""
    first, second = ("15,000", ratio) if bare_first else (ratio, "15,000")
    result = verified(tmp_path, troops("a", first), troops("b", second))
    assert result.findings == () and result.checks == ()


@pytest.mark.parametrize("first, second, code", [
    ("0.05", "5%", ""),  # not whole: no count, a share as a fraction
    ("5%", "0.05", ""),
    ("0.5", "5%", "FL501"),
    ("15,000", "12,000", "FL501"),  # two bare numbers
    ("5%", "7%", "FL501"),
    ("0.05", "15,000", "FL501"),  # a fraction and a bare number, pure numbers both
    ("15,000", "30,000 points", "FL501"),  # a counted point of an index is no ratio
])
def test_pure_numbers_that_are_not_a_count_and_a_share_still_compare(tmp_path, first, second, code):
    points = {"unit": "point"} if second.endswith("points") else {}
    result = verified(tmp_path, troops("a", first), troops("b", second.removesuffix(" points"), **points))
    [check] = result.checks
    assert check.codes == ((code,) if code else ())
    assert [f.code for f in result.findings] == ([code] if code else [])


def test_a_bare_number_of_a_name_counting_in_two_kinds_is_not_compared_with_a_share(tmp_path):
    """Troops and ships for one name leave "15,000" a pure number; it is still no share."""
    result = verified(tmp_path, troops("a", "12,000 troops", "40 ships"), troops("b", "15,000"), troops("c", "5%"))
    assert result.findings == () and result.checks == ()


def test_a_large_group_keeps_bare_counts_and_shares_apart_alike(tmp_path, monkeypatch):
    """Compared a set of alike figures at a time, a group gives the findings and checks it gives one by one:
    the bare counts compare with each other and with "0.05", the shares with each other and with "0.05".
    "1,500,000%" reads as 14,500 to 15,500, as "15,000" does, yet is never counted among the figures
    "15,000" compares with."""
    from factledger.rules import conflicts

    articles = [troops(name, figure) for name, figure in
                zip("abcdefghi", ["15,000", "5%", "0.05", "12,000", "5%", "7%", "15,000", "1,500,000%", "15,000"])]
    one_by_one = verified(tmp_path, *articles)
    monkeypatch.setattr(conflicts, "ONE_BY_ONE", 0)
    at_once = verified(tmp_path, *articles)
    assert [(f.code, f.claims, f.evidence) for f in at_once.findings] == [
        (f.code, f.claims, f.evidence) for f in one_by_one.findings]
    assert [(c.subject, c.verdict, c.codes, c.detail) for c in at_once.checks] == [
        (c.subject, c.verdict, c.codes, c.detail) for c in one_by_one.checks]
    pairs = {tuple(sorted(f.claims)) for f in one_by_one.findings if f.code.startswith("FL5")}
    assert {("a:c0", "d:c0"), ("b:c0", "f:c0"), ("a:c0", "c:c0")} <= pairs
    assert not any({x[0], y[0]} in ({"a", "b"}, {"a", "e"}, {"d", "f"}, {"g", "h"}) for x, y in pairs)


# -- figures whose readings only touch ----------------------------------------------------------

from hypothesis import given, settings, strategies as st  # noqa: E402

from factledger import read_figure  # noqa: E402
from factledger.compute import figure_value  # noqa: E402
from factledger.intervals import readings_meet  # noqa: E402


def meet(one: str, other: str) -> bool:
    a, b = figure_value(read_figure(one)).interval, figure_value(read_figure(other)).interval
    return readings_meet(a.lo, a.hi, b.lo, b.hi)


#: a printed integer: leading digits that do not end in 0, then zeros, so its precision is the last
#: non-zero digit; and the scale words and units it may carry
_digits = st.integers(1, 9999).filter(lambda n: n % 10)
_printing = st.sampled_from(["{}", "{}%", "{} troops", "Rs {} billion", "${}M", "{} tonnes"])


def _printed(number: int, zeros: int) -> str:
    return f"{number * 10 ** zeros:,}"


@settings(max_examples=300, deadline=None)
@given(_digits, _digits, st.integers(0, 4), _printing)
def test_two_different_printings_of_one_precision_never_meet(a, b, zeros, printing):
    """Two printed integers of the same precision read as neighbouring or distant intervals,
    never as one value: "1,240" and "1,250" share only 1,245, which rounds to one of them."""
    if a == b:
        return
    assert not meet(printing.format(_printed(a, zeros)), printing.format(_printed(b, zeros)))


@settings(max_examples=100, deadline=None)
@given(_digits, st.integers(0, 4), _printing)
def test_one_printing_always_meets_itself(a, zeros, printing):
    text = printing.format(_printed(a, zeros))
    assert meet(text, text)


@pytest.mark.parametrize("first, second", [("3%", "4%"), ("12,000 troops", "13,000 troops"),
                                           ("1,240", "1,250"), ("Rs 50 billion", "Rs 40 billion")])
def test_neighbouring_figures_of_one_period_conflict(tmp_path, first, second):
    """Readings that share only their end point ("50" [45, 55], "40" [35, 45]) are two figures:
    FL501, with the shared point in the evidence. They were "consistent", and the errata listed
    them under "Checked and consistent"."""
    result = verified(tmp_path, troops("a", first), troops("b", second))
    [finding] = result.findings
    assert (finding.code, finding.claims) == ("FL501", ("b:c0", "a:c0"))
    assert finding.evidence.steps[-1].startswith(f"{first} and {second} meet only at ")
    assert finding.evidence.steps[-1].endswith(
        ", the end of both roundings: a value there rounds to one figure or the other, never to both")
    [check] = result.checks
    assert not check.verdict.holds


def test_the_evidence_names_the_point_the_readings_share(tmp_path):
    [finding] = verified(tmp_path, troops("a", "12,000 troops"), troops("b", "13,000 troops")).findings
    assert "meet only at 12,500 troops," in finding.evidence.steps[-1]


@pytest.mark.parametrize("first, second", [
    ("about 40", "50"),  # the hedge widens 40 to [31, 49]: real overlap
    ("12,000", "12,500"),  # different precisions that overlap
    ("nearly 5,000", "4,500"),
])
def test_figures_whose_readings_overlap_still_meet(tmp_path, first, second):
    result = verified(tmp_path, troops("a", first), troops("b", second))
    assert result.findings == ()
    [check] = result.checks
    assert check.verdict.holds and check.detail.endswith("the figures meet within their rounding and hedges")


@pytest.mark.parametrize("first, second", [("23", "23"), ("45", "50")])
def test_an_exact_figure_is_a_point_that_meets_a_reading_containing_it(tmp_path, first, second):
    """A single point has no end to share: exact "23" meets exact "23", and exact "45" lies in "50"'s [45, 55]."""
    result = verified(tmp_path, troops("a", first, exact=True), troops("b", second, exact=first == second))
    assert result.findings == ()
    [check] = result.checks
    assert check.verdict.holds


def test_a_running_total_that_only_touches_the_earlier_one_has_fallen(tmp_path):
    """1,250 since June, then 1,240 since June: the later total reads at most 1,245, the earlier at
    least 1,245. That is a fall (FL504), as the two figures of one date are a conflict."""
    result = verified(tmp_path, troops("a", "1,250", period="since 2024", cumulative=True),
                      troops("b", "1,240", period="since 2024", published="2024-12-20", cumulative=True))
    assert [(f.code, f.claims) for f in result.findings] == [("FL504", ("b:c0", "a:c0"))]


def test_a_running_total_that_rises_to_a_touching_figure_held(tmp_path):
    result = verified(tmp_path, troops("a", "1,240", period="since 2024", cumulative=True),
                      troops("b", "1,250", period="since 2024", published="2024-12-20", cumulative=True))
    assert result.findings == ()


def test_a_large_group_finds_touching_figures_as_one_by_one(tmp_path, monkeypatch):
    from factledger.rules import conflicts

    articles = [troops(name, figure) for name, figure in zip("abcd", ["12,000 troops", "13,000 troops",
                                                                     "12,000 troops", "about 13,000 troops"])]
    one_by_one = verified(tmp_path, *articles)
    monkeypatch.setattr(conflicts, "ONE_BY_ONE", 0)
    at_once = verified(tmp_path, *articles)
    assert [(f.code, f.claims) for f in at_once.findings] == [(f.code, f.claims) for f in one_by_one.findings]
    assert ("FL501", ("b:c0", "a:c0")) in [(f.code, f.claims) for f in one_by_one.findings]


# -- the figure in question ---------------------------------------------------------------------

@pytest.mark.parametrize("one_by_one", [0, 10**6])
@pytest.mark.parametrize("seed", [1, 5])
def test_a_conflict_is_located_at_the_claim_it_names_first(generator, bench_module, tmp_path, monkeypatch,
                                                           seed, one_by_one):
    """Every report reads one figure as the finding's: its location (text, JSON, SARIF, JUnit), its first
    claim (JSON's "the main one first"), the first claim of its evidence (the errata's heading) and its
    check's subject are the same claim. The seed ledger's FL502 had its location at one article and
    its first claim at the other."""
    from factledger.rules import conflicts

    monkeypatch.setattr(conflicts, "ONE_BY_ONE", one_by_one)
    generator.write(tmp_path / "gen", claims=600, files=4, seed=seed)
    bench_module("one_name").write(tmp_path / "one", 40, seed)
    for root in (tmp_path / "gen", tmp_path / "one", Path(__file__).parent.parent / "ledger"):
        result = verify(load(root, cache=False))
        crossed = [f for f in result.findings if f.code.startswith("FL5")]
        assert crossed
        for finding in crossed:
            main = finding.claims[0]
            assert finding.location == result.claims[main].location
            assert finding.evidence.claims[0].key == main
            assert any(c.subject == main and finding.code in c.codes for c in result.checks)


def test_a_figure_without_a_period_is_the_one_in_question(tmp_path):
    """FL502 asks for the period of the figure that has none: it is located there, whichever is later."""
    result = verified(tmp_path, troops("a", "12,000 troops", period=""), troops("b", "15,000 troops"))
    [finding] = result.findings
    assert (finding.code, finding.claims, Path(finding.location.path).name) == ("FL502", ("a:c0", "b:c0"), "a1.toml")
    assert finding.suggestion.startswith("State the period 12,000 troops is about")


def test_two_articles_citing_different_sources_conflict(tmp_path):
    """Across two articles, sources that disagree are a conflict (FL501): only within one article
    is giving both a disagreement reported (FL505)."""
    first = article("a", "2025-07-18", x={"figure": "N$1.3 billion", "period": "2019", "attributed_to": "the ministry"})
    second = article("b", "2025-07-19", y={"figure": "N$900 million", "period": "2019", "attributed_to": "the union"})
    assert findings(tmp_path, first, second) == {("FL501", "b:y", "a:x")}


def test_a_disagreement_reported_in_one_article_is_a_note_that_holds(tmp_path):
    """FL505 is for information: the check holds, and the default --fail-on (warning) passes."""
    text = article("a", "2025-07-18",
                   x={"figure": "N$1.3 billion", "period": "2019", "attributed_to": "the ministry"},
                   y={"figure": "N$900 million", "period": "2019", "attributed_to": "the union"})
    (tmp_path / "a.toml").write_text(text.replace("'", '"'), "utf-8")
    result = verify(load(tmp_path, cache=False))
    assert [(f.code, f.severity.label) for f in result.findings] == [("FL505", "info")]
    assert [c.verdict.value for c in result.checks] == ["consistent"]
