"""The errata report as one HTML page: self-contained, accessible, printable, article text inert."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from errata_cases import HOSTILE_QUOTES, conflict_result, hostile_result, twin_claims_result
from factledger import errata, load, verify
from factledger.errata import claimreview
from html_dom import holders, parse, shown_text


@pytest.fixture(scope="module")
def page() -> str:
    return errata.render(conflict_result(), format="html")


def test_page_is_self_contained(page):
    """No external fonts, scripts or stylesheets: the page works from a file or an email."""
    assert not re.search(r"<script|<link|<img|<iframe|@import|url\(|src=", page, re.I)


def test_page_declares_language_viewport_and_print_styles(page):
    """lang for screen readers, a viewport for phones, and a print stylesheet."""
    assert '<html lang="en">' in page
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page
    assert "@media print" in page
    assert '<meta charset="utf-8">' in page


def test_stylesheet_hides_nothing(page):
    """No rule hides content, so everything in the page is on screen and on paper."""
    assert not re.search(r"display:\s*none|visibility:\s*hidden|opacity:\s*0\b", page)


def test_headings_descend_one_level_at_a_time(page):
    """One h1, and no heading skips a level, so the outline reads in order."""
    levels = [int(level) for level in re.findall(r"<h([1-6])", page)]
    assert levels.count(1) == 1 and levels[0] == 1
    assert all(b <= a + 1 for a, b in zip(levels, levels[1:]))


def test_every_table_header_has_a_scope(page):
    """Header cells say whether they head a row or a column."""
    headers = re.findall(r"<th\b[^>]*>", page)
    assert headers and all(re.search(r'scope="(row|col)"', h) for h in headers)


def test_conflict_is_shown_side_by_side(page):
    """Both figures of a conflict sit in one table, each with its article, date, period and source."""
    root = parse(page)
    table = next(e for e in root.iter() if e.tag == "table" and "side-by-side" in e.attrs.get("class", ""))
    rows = [[cell.text() for cell in row.iter() if cell.tag in ("th", "td")]
            for row in table.iter() if row.tag == "tr"]
    assert rows == [
        ["", "Ocnus.net", "Barbershop Whispers"],
        ["Figure", "92.5%", "97%"],
        ["Sentence", "China accounted for 92.5% of North Korea's trade.",
         "China represents 97% of North Korea's trade."],
        ["Article", "Ocnus article", "Whispers article"],
        ["Date", "25 April 2019", "17 November 2024"],
        ["Period", "2016", "2016"],
        ["Source", "KOTRA", "the article itself"],
    ]


def test_figure_is_marked_in_its_sentence(page):
    """The figure in the quoted sentence is a <mark>, the rest of the sentence plain text."""
    assert "China accounted for <mark>92.5%</mark> of North Korea&#39;s trade." in page


def test_article_links_are_kept_escaped(page):
    """An article's address becomes a link, with its ampersands escaped in the attribute."""
    assert '<a href="https://ocnus.example/article?id=1&amp;x=2"><cite>Ocnus article</cite></a>' in page


@pytest.fixture(scope="module")
def hostile_page() -> str:
    return errata.render(hostile_result(), format="html")


@pytest.mark.parametrize("raw", ["<script", "</td></tr></table><h1>", "<b>Bold</b>", "<i>Mallory</i>",
                                 "<em>Officials</em>", "49", 'href="javascript', "<!-- -->"])
def test_hostile_article_text_is_not_markup(hostile_page, raw):
    """Tags, comments, template syntax and javascript: links in article text never become markup."""
    assert raw not in hostile_page


def test_hostile_article_text_is_shown_as_written(hostile_page):
    """Every hostile quote, title and correction is visible text, exactly as the article has it."""
    root = parse(hostile_page)
    for text in (*HOSTILE_QUOTES, "<b>Bold</b> & {{ title }}", "$5M </td> {{ 7*7 }}", "Recompute <b>$5M</b> | {{ 7*7 }}"):
        assert shown_text(root, text), text
    assert any(h.parent.tag == "blockquote" for h in holders(root, HOSTILE_QUOTES[1]))


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_text_colours_have_enough_contrast(page):
    """Every rule that sets a text colour keeps 4.5:1 (WCAG AA) against its background, or white."""
    style = page.split("<style>", 1)[1].split("</style>", 1)[0]
    rules = re.findall(r"([^{}]+)\{([^{}]*)\}", style)
    pairs = []
    for selector, body in rules:
        colour = re.search(r"(?<![-\w])color:\s*(#[0-9a-f]{6})", body)
        background = re.search(r"background:\s*(#[0-9a-f]{6})", body)
        if colour:
            pairs.append((selector.strip(), colour.group(1), background.group(1) if background else "#ffffff"))
    assert len(pairs) >= 8
    assert [(s, f, b) for s, f, b in pairs if _contrast(f, b) < 4.5] == []


def test_every_problem_has_an_id_of_its_own_and_the_reviews_link_to_it():
    """Two articles with a claim ``total``, a figure in two conflicts: each link leads to its own problem,
    and each ClaimReview's url fragment is the id of the problem it reviews."""
    result = twin_claims_result()
    root = parse(errata.render(result, format="html"))
    problems = {e.attrs["id"]: e for e in root.iter() if e.tag == "article" and "id" in e.attrs}
    assert len(problems) == len(result.findings)
    links = [e for e in root.iter() if e.tag == "a" and e.attrs.get("href", "").startswith("#")]
    for link in links:
        heading = next(h for h in problems[link.attrs["href"][1:]].iter() if h.tag == "h3")
        assert heading.text().endswith(link.text())
    for finding, review in zip(result.findings, claimreview.reviews(result)):
        fragment = review["url"].split("#", 1)[1]
        assert finding.claims[0].split(":")[0] in fragment
        quote = next(e for e in problems[fragment].iter() if e.tag == "blockquote")
        assert quote.text() == review["claimReviewed"]
    assert [r["url"] for r in claimreview.reviews(result)] == [
        "https://a.example/#fl101-a-total", "https://b.example/#fl101-b-total", "https://a.example/#fl503-a-total",
        "https://a.example/#fl501-a-total", "https://a.example/#fl501-a-total-2"]


def test_slips_in_the_ledger_have_a_section_of_their_own():
    """The notes for the fact-checker follow the problems, under their own heading, outside the problem list."""
    path = Path(__file__).resolve().parent / "data" / "rules" / "FL204-incompatible-sum.toml"
    root = parse(errata.render(verify(load(path)), format="html"))
    sections = {e.attrs.get("aria-labelledby"): e for e in root.iter() if e.tag == "section"}
    assert "Fix in the ledger" in sections["notes-title"].text()
    assert "What to change in the ledger" in sections["notes-title"].text()
    assert "Fix in the ledger" not in sections["problems-title"].text()
    assert "0 problems found. 2 of 3 figures could be checked. 1 note for the fact-checker on the ledger." in \
        root.text()
