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


LONG_ARTICLE = ("KARACHI, Oct 5 (Reuters) - The death toll has risen to 1,240 since June 26, as relief agencies "
                "warned that food aid was running short for more than 2.4 million people still living in camps. "
                "At least 412 of the dead were children.\n")


def departure_of(tmp_path, quote: str) -> str:
    (tmp_path / "article.txt").write_text(LONG_ARTICLE, encoding="utf-8")
    (tmp_path / "a.toml").write_text(
        '[article]\nid = "a"\ntext = "article.txt"\n[claims.toll]\nfigure = "1,240"\n'
        f"quote = {json.dumps(quote)}\n", encoding="utf-8")
    [finding] = verify(load(tmp_path / "a.toml")).findings
    assert finding.code == "FL602"
    [step] = finding.evidence.steps
    return step


def test_fl602_shows_where_a_long_quote_first_parts_from_the_article(tmp_path):
    """A word dropped near the end of a long quote, past where the text output cuts a quote, is shown."""
    quote = LONG_ARTICLE.split(" At least")[0].replace("people still living", "people living")
    assert departure_of(tmp_path, quote) == (
        'the quote departs from the article after "…than 2.4 million people": the quote goes on '
        '"living in camps.", the article "still living in camps. At…"')


def test_fl602_shows_a_changed_word_whole(tmp_path):
    """The quote and the article part at the start of the changed word, not in the middle of it."""
    step = departure_of(tmp_path, "KARACHI, Oct 5 (Reuters) - The death tally has risen to 1,240")
    assert step == ('the quote departs from the article after "…Oct 5 (Reuters) - The death": the quote goes on '
                    '"tally has risen to 1,240", the article "toll has risen to 1,240…"')


def test_fl602_reads_back_from_the_end_when_the_quote_starts_differently(tmp_path):
    """A quote whose first words were changed is placed by its end, and the change shown before it."""
    step = departure_of(tmp_path, "The toll had risen to 1,240 since June 26, as relief agencies warned")
    assert step == ('the quote departs from the article before "risen to 1,240 since June…": the quote has '
                    '"The toll had", the article "…- The death toll has"')


def test_fl602_says_when_no_passage_is_like_the_quote(tmp_path):
    assert departure_of(tmp_path, "Officials put the toll at 1,240.") == (
        "no passage of the article starts or ends as the quote does")
