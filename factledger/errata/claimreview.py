"""schema.org ClaimReview JSON-LD: one review per finding, for fact-check tools and search engines.

The properties follow Google's fact-check structured data documentation
(https://developers.google.com/search/docs/appearance/structured-data/factcheck):
ClaimReview needs ``claimReviewed``, ``reviewRating`` and ``url`` and should
have ``author`` and ``itemReviewed``; the Claim should have ``appearance``,
``author`` (with a ``name``) and ``datePublished``; the Rating needs
``alternateName``. Ratings use the scale in :data:`RATING_SCALE`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from factledger.collector import collection_paused
from factledger.errata.model import anchors
from factledger.errata.plain import plain_message
from factledger.findings import Finding, Result, Severity
from factledger.formats import json_text
from factledger.formats.escape import json_for_html, url as safe_url
from factledger.rules.catalog import BY_CODE

WORST, BEST = 1, 5
#: What each rating value means; published with the reviews (docs/errata.md).
RATING_SCALE = {1: "wrong as printed", 2: "probably wrong", 3: "misleading as printed",
                4: "accurate, with a note", 5: "accurate"}

#: rule code -> (the rating in words, shown by fact-check tools; the rating on RATING_SCALE). The
#: rules of slips in the ledger (FL204, FL6, FL9: a rule's ``slip_in``) have none: they are never published
RATINGS: dict[str, tuple[str, int]] = {
    "FL101": ("Inconsistent with its own figures", 1),
    "FL102": ("Consistent only through rounding", 4),
    "FL201": ("Rate missing", 3),
    "FL202": ("Wrong kind of unit", 1),
    "FL203": ("Unit conversion wrong", 1),
    "FL205": ("Percent printed for percentage points", 3),
    "FL301": ("Shares add up to more than the whole", 1),
    "FL302": ("Parts do not add up to the total", 1),
    "FL303": ("Comparison not supported by the figures", 1),
    "FL304": ("Repeated figure disagrees", 1),
    "FL401": ("Implausible magnitude", 2),
    "FL402": ("Outside the plausible range", 3),
    "FL403": ("Outlier among similar figures", 3),
    "FL501": ("Conflicting sources", 2),
    "FL502": ("Conflicting sources, period unstated", 3),
    "FL503": ("Changed over time", 4),
    "FL504": ("Running total falls", 1),
    "FL505": ("Sources disagree, as reported", 4),
}
_BY_SEVERITY = {Severity.ERROR: ("Inconsistent", 2), Severity.WARNING: ("Needs checking", 3),
                Severity.INFO: ("Accurate, with a note", 4)}


def render(result: Result, publisher: str = "", reviewed_on: dt.date | None = None, site: str = "") -> str:
    """A JSON array of ClaimReview objects, safe to embed in ``<script type="application/ld+json">``."""
    with collection_paused():  # as for the formats (factledger.formats): a full collection frees nothing here
        text = json_text.dumps(reviews(result, publisher, reviewed_on, site))
    return json_for_html(text) + "\n"


def reviews(result: Result, publisher: str = "", reviewed_on: dt.date | None = None,
            site: str = "") -> list[dict[str, Any]]:
    """One ClaimReview per finding about the article. ``publisher`` defaults to each article's publisher
    (a newsroom reviewing its own piece); ``site`` is the page that publishes the reviews (default: the
    article).

    A slip in the ledger (a quote copied wrong, a draft not reviewed, a derivation the ledger writes
    wrong) says nothing about what was printed: published as a fact check, it would rate a correct
    article "misleading as printed". The errata report lists such slips for the fact-checker apart.
    """
    day = (reviewed_on or dt.date.today()).isoformat()
    # anchors of every finding, so that each review links to the same place in the HTML report
    return [review(f, result, publisher, day, site, fragment)
            for f, fragment in zip(result.findings, anchors(result.findings)) if not is_ledger_slip(f)]


def is_ledger_slip(finding: Finding) -> bool:
    """Whether the finding is about the ledger, not the article (its rule's ``slip_in``)."""
    rule = BY_CODE.get(finding.code)
    return bool(rule and rule.slip_in)


def review(finding: Finding, result: Result, publisher: str, day: str, site: str, fragment: str) -> dict[str, Any]:
    key = finding.claims[0] if finding.claims else ""
    claim = result.claims.get(key)
    article = result.articles.get(key.split(":", 1)[0], {})
    message = plain_message(finding, result.claims)  # published: figures, not the ledger's claim ids
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": f"{safe_url(site or article.get('url', ''))}#{fragment}",
        "claimReviewed": (claim.quote or claim.printed) if claim else message,
        "datePublished": day,
        "author": {"@type": "Organization", "name": publisher or article.get("publisher") or "factledger"},
        "reviewBody": message,
        "itemReviewed": item_reviewed(article),
        "reviewRating": rating(finding),
    }


def item_reviewed(article: dict[str, str]) -> dict[str, Any]:
    """The Claim: who made it (the article's author, else its publisher), when, and where it appeared."""
    claim: dict[str, Any] = {"@type": "Claim"}
    if article.get("author"):
        claim["author"] = {"@type": "Person", "name": article["author"]}
    elif article.get("publisher"):
        claim["author"] = {"@type": "Organization", "name": article["publisher"]}
    if article.get("published"):
        claim["datePublished"] = article["published"]
    appearance: dict[str, Any] = {"@type": "CreativeWork"}
    if safe_url(article.get("url", "")):
        appearance["url"] = safe_url(article["url"])
    if article.get("title"):
        appearance["headline"] = article["title"]
    claim["appearance"] = appearance
    return claim


def rating(finding: Finding) -> dict[str, Any]:
    words, value = RATINGS.get(finding.code) or _BY_SEVERITY[finding.severity]
    return {"@type": "Rating", "alternateName": words, "name": words, "ratingValue": value,
            "bestRating": BEST, "worstRating": WORST}
