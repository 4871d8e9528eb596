"""Reports for editors and published reviews name figures as printed, never the ledger's claim ids."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factledger import load, verify
from factledger.errata import claimreview
from factledger.errata.model import build
from factledger.errata.plain import figures_for_names, plain_message
from factledger.findings import ClaimEvidence
from factledger.locations import Location
from factledger.rules.catalog import BY_CODE

# Ids chosen to be words the rules' own prose uses: only ledger text may be rewritten.
LEDGER = """\
[article]
id = "a"
title = "Troops"
published = 2024-11-17

[claims.gap]
figure = "nearly 1,000 troops"
quote = "nearly 1,000 troops"

[claims.recomputed]
figure = "1,500 daily"
unit = "troop"
quote = "1,500 daily"

[claims.days]
figure = "8 days"
derived = "gap / recomputed"
quote = "8 days"

[claims.month]
figure = "$2,000"
unit = "USD/month"
quote = "$2,000"

[claims.bonus]
figure = "$1,500"
quote = "$1,500"

[claims.zero]
figure = "0"
unit = "troop/day"
quote = "0"

[claims.never]
figure = "5 days"
derived = "gap / zero"
quote = "5 days"

[claims.implied]
derived = "month * 12 month"

[[checks]]
kind = "compare"
holds = "bonus > month * 1 month"

[[checks]]
kind = "compare"
holds = "gap > recomputed * 2 day"
quote = "more troops than the gap recomputed"
"""

OTHER = """\
[article]
id = "b"

[claims.gap]
figure = "97%"
quote = "97%"

[claims.share]
figure = "92%"
derived = "a:gap / a:gap * 92 percent"
quote = "92%"
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory):
    directory = tmp_path_factory.mktemp("plain")
    (directory / "a.toml").write_text(LEDGER, "utf-8")
    (directory / "b.toml").write_text(OTHER, "utf-8")
    return verify(load(directory))


def by_code(result, code):
    return [f for f in result.findings if f.code == code]


def test_a_derivation_is_worded_with_its_figures(result):
    [finding] = by_code(result, "FL101")
    assert finding.message.startswith("8 days does not follow from gap ÷ recomputed: recomputed")
    # the expression is rewritten; "recomputed" and "gap" in the rule's own words are not
    assert plain_message(finding, result.claims).startswith(
        "8 days does not follow from nearly 1,000 troops ÷ 1,500 daily: recomputed ")
    assert ", a gap of " in plain_message(finding, result.claims)


def test_a_reason_names_the_figure_it_is_about(result):
    [finding] = by_code(result, "FL901")
    assert plain_message(finding, result.claims) == "nearly 1,000 troops ÷ 0 cannot be computed: 0 is zero"


def test_a_comparison_with_a_quote_keeps_the_quote_verbatim(result):
    [finding] = by_code(result, "FL303")
    message = plain_message(finding, result.claims)
    assert message.startswith('the article says "more troops than the gap recomputed", but ')
    assert "nearly 1,000 troops = " in message and "gap =" not in message


def test_a_quote_finding_names_the_figure_not_the_claim(tmp_path):
    """FL601 names the claim whose quote lacks its figure: as printed, for an editor."""
    (tmp_path / "a.toml").write_text('[article]\nid = "a"\n[claims.nk_pay]\nfigure = "$2,000/month"\n'
                                     'quote = "paid two thousand dollars a month"\n', "utf-8")
    result = verify(load(tmp_path))
    [finding] = result.findings
    assert finding.message.startswith("the quote of nk_pay ")
    assert plain_message(finding, result.claims) == \
        "the quote of $2,000/month does not contain the figure $2,000/month as printed"


def test_units_after_numbers_stay_units(result):
    """``month * 1 month``: the claim named month is rewritten, the unit month is not."""
    report = build(result)
    [line] = [c.detail for c in report.confirmed if c.detail.startswith("$1,500 >")]
    assert line.startswith("$1,500 > $2,000 * 1 month: ")
    assert "$2,000 × 1 month = 2,000 USD" in line


def test_references_to_another_article_name_its_figures(result):
    """``a:gap`` in article b is a's "nearly 1,000 troops", not b's own claim gap (97%)."""
    report = build(result)
    [line] = [c.detail for c in report.confirmed if c.mention and c.mention.printed == "92%"]
    assert "(nearly 1,000 troops ÷ nearly 1,000 troops) × 92 percent" in line
    assert "97%" not in line


def test_an_implied_figure_is_named_as_such(result):
    report = build(result)
    [confirmed] = [c for c in report.confirmed if c.mention and not c.mention.printed]
    assert confirmed.mention.label == "A figure the article implies"
    assert confirmed.detail == "$2,000 × 12 month = 24,000 USD"


def test_no_report_shows_a_claim_id_as_a_name(result):
    """Every problem, confirmed check and reason reads without the ledger."""
    report = build(result)
    texts = [p.message for p in report.problems] + [c.detail for c in report.confirmed]
    texts += [u.why for u in report.unchecked]
    ids = {"recomputed", "month", "bonus", "implied"}  # and "zero", which the prose "is zero" uses
    for text in texts:
        prose = text.replace("more troops than the gap recomputed", "")  # a quote, verbatim
        prose = prose.replace("recomputed ", "").replace("1 month", "").replace("12 month", "")
        assert not ids & set(re.findall(r"\w+", prose)), text


def test_published_reviews_are_worded_for_readers(result):
    [review] = [r for r in claimreview.reviews(result) if r["url"].endswith("fl101-a-days")]
    assert review["reviewBody"].startswith("8 days does not follow from nearly 1,000 troops ÷ 1,500 daily")
    assert "gap ÷" not in json.dumps(claimreview.reviews(result))


names = st.from_regex(r"[a-z_][a-z0-9_]{0,8}", fullmatch=True)


@given(st.lists(names, min_size=1, max_size=4, unique=True), st.sampled_from([" + ", " - ", " × ", " ÷ "]))
def test_every_claim_of_an_expression_is_replaced_and_nothing_else(ids, operator):
    """Each id becomes its printed figure; operators, numbers and units stay as written."""
    claims = {f"x:{name}": ClaimEvidence(f"x:{name}", f"<{n}>", "", "", "", "", "") for n, name in enumerate(ids)}
    expression = operator.join(ids) + " × 2 day"
    expected = operator.join(f"<{n}>" for n in range(len(ids))) + " × 2 day"
    assert figures_for_names(expression, "x", claims) == expected
    assert figures_for_names(expression, "other", claims) == expression


def test_seed_ledger_errata_names_no_claim_id():
    result = verify(load(Path(__file__).resolve().parent.parent / "ledger"))
    report = build(result)
    keys = {key.split(":", 1)[1] for key in result.claims}
    for text in [p.message for p in report.problems] + [c.detail for c in report.confirmed]:
        assert not keys & set(re.findall(r"[A-Za-z_]\w*", text)), text


@pytest.mark.parametrize("derived", ["alpha / zed", "alpha ** 0.5", "alpha ** 99999", "alpha + tonnage",
                                     "alpha / (alpha - alpha)"])
def test_every_reason_a_derivation_fails_names_figures(tmp_path, derived):
    """Each reason the engine gives for a derivation it cannot compute is matched, so its ids are rewritten:
    a new wording in the engine fails here instead of showing ids to editors."""
    (tmp_path / "a.toml").write_text(
        '[article]\nid = "a"\n[claims.alpha]\nfigure = "$5M"\n[claims.zed]\nfigure = "0"\n'
        '[claims.tonnage]\nfigure = "5 tonnes"\n'
        f'[claims.result]\nfigure = "$7M"\nderived = "{derived}"\n', "utf-8")
    result = verify(load(tmp_path))
    report = build(result)
    texts = [p.message for p in report.problems] + [u.why for u in report.unchecked]
    assert texts and not any(re.search(r"\b(alpha|zed|tonnage)\b", text) for text in texts), texts


def test_a_claim_named_like_a_unit_leaves_the_unit_of_an_interval(tmp_path):
    """A ``same`` check on claims named ``troops``: the intervals keep their unit, not the figure's print."""
    (tmp_path / "a.toml").write_text(
        '[article]\nid = "a"\n[claims.troops]\nfigure = "12,000 troops"\n'
        '[claims.again]\nfigure = "Fifteen thousand"\nunit = "troop"\n'
        '[[checks]]\nkind = "same"\nclaims = ["troops", "again"]\n', "utf-8")
    result = verify(load(tmp_path))
    [finding] = by_code(result, "FL304")
    assert plain_message(finding, result.claims) == ("12,000 troops and Fifteen thousand state the same figure "
                                                     "but disagree: [11,500, 12,500] troops vs [14,500, 15,500] troops")


UNIT_WORDS = ("troops", "troop", "mm", "month", "day", "USD", "tonnes", "percent", "casualties", "km", "BCM")
bounds = st.integers(min_value=0, max_value=10**7)


#: how an editor says each unit word after a number other than one, alone and with each rate
SAID = {"troop": "troops", "month": "months", "day": "days", "tonnes": "tonnes", "casualties": "casualties"}
RATES = {"": "", "/month": " a month", "/troop/day": " per troop a day", "/km": " per km"}


@given(st.sampled_from(UNIT_WORDS), st.sampled_from(["", "/month", "/troop/day", "/km"]), bounds, bounds,
       st.sampled_from(["FL203", "FL304"]))
def test_a_claim_id_never_takes_the_place_of_a_unit(word, per, low, high, code):
    """Whatever unit word a claim is named after, the unit after an interval or a number stays a unit,
    said as an editor says it when it is a rate ("troops a month")."""
    unit = word + per
    names = {word, *per.split("/")} - {""}
    claims = {f"x:{name}": ClaimEvidence(f"x:{name}", "<FIGURE>", "", "", "", "", "") for name in names}
    claims["x:first"] = ClaimEvidence("x:first", "12 first", "", "", "", "", "")
    left, right = f"[{low:,}, {high:,}] {unit}", f"[{high:,}, {low + high:,}] {unit}"
    finding = BY_CODE[code].finding(Location("a.toml", 1), ("x:first", f"x:{word}"), printed="12 first",
                                    other="13", left=left, right=right, converted="1")
    assert plain_message(finding, claims).endswith(f"{_said(left, high, word, per)} vs "
                                                    f"{_said(right, low + high, word, per)}")
    expression = f"first * {low:,} {word}"
    derived = BY_CODE["FL101"].finding(Location("a.toml", 1), ("x:first",), printed="8", expression=expression,
                                       computed="1", gap="2")
    assert f"12 first × {low:,} {word}" in plain_message(derived, claims).replace(" * ", " × ")


def _said(interval: str, high: int, word: str, per: str) -> str:
    """An interval of the engine's, ``[low, high] word/per``, as the report says it."""
    if not per:
        return interval
    numbers = interval.rsplit(" ", 1)[0]
    return f"{numbers} {word if high == 1 else SAID.get(word, word)}{RATES[per]}"


@pytest.mark.parametrize("scale, words", [("1000", "scaled by 1,000 it"), ("1e+06", "scaled by 1,000,000 it"),
                                          ("0.001", "scaled by 0.001 it")])
def test_a_scale_is_written_as_a_number(scale, words):
    """FL401's factor reads as the report's other numbers do, with thousands separated."""
    finding = BY_CODE["FL401"].finding(Location("a.toml", 1), ("x:oil",), printed="30 tonnes", measure="oil",
                                       range="1,000-1,000,000 tonne", scale=scale, scaled="30,000 tonnes")
    assert words in plain_message(finding, {})
