"""ClaimReview JSON-LD: one review per finding, with the properties Google documents."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from errata_cases import conflict_result, hostile_result
from factledger.errata import claimreview
from factledger.rules.catalog import RULES

# Google Search Central, "Fact check (ClaimReview) structured data", structured data type definitions:
# https://developers.google.com/search/docs/appearance/structured-data/factcheck
CLAIMREVIEW_REQUIRED = ("claimReviewed", "reviewRating", "url")
CLAIMREVIEW_RECOMMENDED = ("author", "itemReviewed")
CLAIM_RECOMMENDED = ("author", "datePublished")  # and appearance or firstAppearance
CLAIM_APPEARANCE = ("appearance", "firstAppearance")
AUTHOR_REQUIRED = ("name",)  # "If author is given, author.name is required"
RATING_REQUIRED = ("alternateName",)
RATING_RECOMMENDED = ("bestRating", "name", "ratingValue", "worstRating")

DAY = dt.date(2025, 1, 2)


@pytest.fixture(params=[conflict_result, hostile_result], ids=["conflict", "hostile"])
def reviews(request) -> list[dict]:
    return json.loads(claimreview.render(request.param(), publisher="Fact Desk", reviewed_on=DAY))


def test_one_review_per_finding(reviews):
    """Each finding becomes one ClaimReview in a JSON array."""
    assert [r["@type"] for r in reviews] == ["ClaimReview"] * len(reviews) and reviews
    assert all(r["@context"] == "https://schema.org" for r in reviews)


def test_claimreview_has_googles_required_and_recommended_properties(reviews):
    """claimReviewed, reviewRating and url are there, and so are author and itemReviewed."""
    for review in reviews:
        assert [p for p in CLAIMREVIEW_REQUIRED + CLAIMREVIEW_RECOMMENDED if not review.get(p)] == []
        assert all(review["author"].get(p) for p in AUTHOR_REQUIRED)


def test_claim_has_appearance_author_and_date(reviews):
    """The reviewed Claim says who made it (with a name), when, and where it appeared."""
    for review in reviews:
        claim = review["itemReviewed"]
        assert claim["@type"] == "Claim"
        assert [p for p in CLAIM_RECOMMENDED if not claim.get(p)] == []
        assert any(claim.get(p) for p in CLAIM_APPEARANCE)
        assert all(claim["author"].get(p) for p in AUTHOR_REQUIRED)
        assert claim["author"]["@type"] in ("Person", "Organization")


def test_rating_is_complete_and_on_a_scale_from_one(reviews):
    """The Rating has its words and a value within worstRating..bestRating, worstRating at least 1."""
    for review in reviews:
        rating = review["reviewRating"]
        assert [p for p in RATING_REQUIRED + RATING_RECOMMENDED if p not in rating] == []
        assert 1 <= rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
        assert rating["worstRating"] < rating["bestRating"]


def test_conflict_review_names_the_claim_the_article_and_the_reviewer():
    """The review quotes the sentence, points at the article, and credits the fact-check publisher."""
    [review] = claimreview.reviews(conflict_result(), publisher="Fact Desk", reviewed_on=DAY)
    assert review["claimReviewed"] == "China accounted for 92.5% of North Korea's trade."
    assert review["url"] == "https://ocnus.example/article?id=1&x=2#fl501-ocnus-china_share"
    assert review["datePublished"] == "2025-01-02"
    assert review["author"] == {"@type": "Organization", "name": "Fact Desk"}
    assert review["itemReviewed"] == {
        "@type": "Claim", "author": {"@type": "Organization", "name": "Ocnus.net"},
        "datePublished": "2019-04-25",
        "appearance": {"@type": "CreativeWork", "url": "https://ocnus.example/article?id=1&x=2",
                       "headline": "Ocnus article"}}
    assert review["reviewRating"]["alternateName"] == "Conflicting sources"


def test_reviewer_defaults_to_the_articles_publisher_and_site_can_be_given():
    """Without --publisher a newsroom reviews its own article; --site sets the page of the review."""
    [review] = claimreview.reviews(conflict_result(), reviewed_on=DAY, site="https://factdesk.example/errata")
    assert review["author"]["name"] == "Ocnus.net"
    assert review["url"] == "https://factdesk.example/errata#fl501-ocnus-china_share"


def test_unsafe_article_url_leaves_a_relative_fragment():
    """A javascript: address is never written; the review url is then a fragment of the page it is on."""
    review = claimreview.reviews(hostile_result(), reviewed_on=DAY)[0]
    assert review["url"] == "#fl101-evil-claim1"
    assert "url" not in review["itemReviewed"]["appearance"]


def test_output_can_be_embedded_in_a_script_element():
    """Quotes with </script> cannot end the <script type="application/ld+json"> the JSON goes in."""
    text = claimreview.render(hostile_result(), reviewed_on=DAY)
    assert "</script" not in text and "<" not in text
    assert json.loads(text)[0]["claimReviewed"] == "The fund paid $5M <script>alert(1)</script> to the ministry."


@pytest.mark.parametrize("rule", [r for r in RULES if not r.slip_in], ids=lambda r: r.code)
def test_every_rule_about_the_article_has_a_rating_in_words(rule):
    """A new rule needs its own rating: its words must not be a generic fallback."""
    words, value = claimreview.RATINGS[rule.code]
    assert words and value in claimreview.RATING_SCALE


def test_no_rule_of_a_slip_in_the_ledger_has_a_rating():
    """A slip in the ledger is never published, so a rating for one would say what is never said."""
    assert [r.code for r in RULES if r.slip_in and r.code in claimreview.RATINGS] == []


def test_a_slip_in_the_ledger_is_no_fact_check_of_the_article(tmp_path):
    """A quote the ledger copied without its figure (FL601) is the fact-checker's slip: it was
    published as a ClaimReview rating the article's sentence "misleading as printed"."""
    from factledger import load, verify
    (tmp_path / "a.toml").write_text('''[article]
id = "a"
publisher = "Valley Courier"

[claims.energy]
figure = "298 GWh"
quote = "The system delivered 298 gigawatt-hours on Tuesday."

[claims.load]
figure = "about 12,400 MW"
derived = "energy / 1 day"
quote = "an average load of about 12,400 MW over the day."

[claims.wrong]
figure = "about 1,240 MW"
derived = "energy / 1 day"
quote = "an average load of about 1,240 MW over the day."
''', encoding="utf-8")
    result = verify(load(tmp_path))
    assert sorted(f.code for f in result.findings) == ["FL101", "FL601"]
    [review] = claimreview.reviews(result, reviewed_on=DAY)
    assert review["reviewRating"]["alternateName"] == "Inconsistent with its own figures"
    assert review["url"] == "#fl101-a-wrong"


@pytest.mark.parametrize("site", ["javascript:alert(1)", "example.com/corrections", "ftp://example.com/x"])
def test_a_site_that_is_no_web_address_is_a_usage_error(site, capsys):
    """--site with an address no review can link to stops the export; it was dropped without a word."""
    from pathlib import Path

    from factledger.cli import main

    ledger = Path(__file__).resolve().parent.parent / "ledger"
    assert main(["export", "--claimreview", str(ledger), "--site", site]) == 2
    out, err = capsys.readouterr()
    assert out == "" and f"argument --site: expected an http:// or https:// address, got {site!r}" in err
