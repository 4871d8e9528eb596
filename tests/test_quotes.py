"""FL601 and FL602: a quote must hold its figure, and appear in the article text the ledger points to."""

from __future__ import annotations

import json

import pytest

from factledger import load, verify

ARTICLE = ("With 12,000 troops deployed, this amounts to $24M.\nThe rest of the article.\n"
           "It cost \u201cabout $5M\u201d \u2014 a lot.\n")


@pytest.mark.parametrize("quote, codes", [
    ("With 12,000 troops deployed, this amounts to $24M.", []),
    # curly quotes, non-breaking spaces and line breaks do not make a misquote
    ("With 12,000\u00a0troops deployed,\nthis amounts to $24M.", []),
    ("With 12,000 troops sent, this amounts to $24M.", ["FL602"]),
])
def test_quote_is_checked_against_the_article_text(tmp_path, quote, codes):
    assert findings(tmp_path, "$24M", quote) == codes


@pytest.mark.parametrize("quote, codes", [
    ("It cost \u201cabout $5M\u201d \u2014 a lot.", []),
    # quotes and dashes typed as a reader types them: "—" as "-" or "--"
    ('It cost "about $5M" - a lot.', []),
    ('It cost "about $5M" -- a lot.', []),
    ('It cost "about $5M", a lot.', ["FL602"]),
])
def test_typed_typography_is_no_misquote(tmp_path, quote, codes):
    assert findings(tmp_path, "about $5M", quote) == codes


def findings(tmp_path, figure: str, quote: str) -> list[str]:
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.toml").write_text(
        '[article]\nid = "a"\ntext = "article.txt"\n[claims.total]\n'
        f"figure = {json.dumps(figure)}\nquote = {json.dumps(quote)}\n", encoding="utf-8")
    return [f.code for f in verify(load(tmp_path / "a.toml")).findings]


@pytest.mark.parametrize("figure, quote, codes", [
    ("about 3%", "Exports fell about -3% in May.", []),  # the size the reader asks for, hedge kept
    ("about 3%", "Exports fell about \u22123% in May.", []),
    ("nearly $5bn", "a loss of nearly \u2013$5bn", []),
    ("3%", "Exports fell -3% in May.", []),
    ("about 4%", "Exports fell about -3% in May.", ["FL601"]),
    ("about 7%", "Prices rose about 5-7% in May.", ["FL601"]),  # the dash of a range is no minus sign
])
def test_the_minus_sign_of_a_negative_amount_may_be_left_out_of_the_figure(tmp_path, figure, quote, codes):
    """FL601: "about 3%" is in "about -3%", as the reader, which refuses the sign, asks it recorded."""
    (tmp_path / "a.toml").write_text(
        f'[article]\nid = "a"\n[claims.x]\nfigure = {json.dumps(figure)}\nquote = {json.dumps(quote)}\n',
        encoding="utf-8")
    assert [f.code for f in verify(load(tmp_path / "a.toml")).findings] == codes
