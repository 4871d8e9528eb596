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


@pytest.mark.parametrize("figure, quote, dropped", [
    ("2.4 million people", "food aid ran short for more than 2.4 million people still in camps.", "more than"),
    ("12 deaths a day", "There were more than 12 deaths a day.", "more than"),
    ("2.6 months", "enough to cover about 2.6 months of imports", "about"),
    ("2.6 months", "About 2.6 months of imports are covered.", "About"),
    ("1,250", "a pension of $1,250 or less a month", "$\" and \"or less"),
    ("5%", "5% or more of voters", "or more"),
    ("100", "100+ people attended.", "+"),
    ("141 million", "Rs 40 billion ($141 million) in relief", "$"),
    ("40 billion", "The government pledged Rs 40 billion in relief.", "Rs"),
    ("40 billion", "It pledged (USD 40 billion) in relief.", "USD"),
    ("5 million", "about $5 million", "about\" and \"$"),
])
def test_fl603_names_the_hedge_or_currency_the_figure_left_out(tmp_path, figure, quote, dropped):
    """FL604: a figure found in its quote, but without the hedge or currency printed right beside it."""
    [finding] = quote_findings(tmp_path, figure, quote)
    assert finding.code == "FL604"
    assert f'leaves out "{dropped}", which its quote prints with it' in finding.message


@pytest.mark.parametrize("figure, quote", [
    ("more than 2.4 million people", "food aid ran short for more than 2.4 million people still in camps."),
    ("5%", "Inflation rose to 5% in May."),  # "to" ends "up to", "close to", but "rose to" is neither
    ("12%", "It climbed from 10% to 12%."),
    ("5 million", "5 million plus interest"),  # "plus" before a word is a sum, not a hedge
    ("$5 million", "$5 million plus interest"),
    ("at least 5", "at least 5 people, or more"),  # a figure with its hedge takes no second one
    ("2.4 million", "more than 2.4 million in May, and 2.4 million in June"),  # also printed as recorded
    ("Rs 40 billion", "The government pledged Rs 40 billion in relief."),
    ("USD 40 billion", "It pledged USD 40 billion in relief."),
    ("141 million", "the first 141 million of it"),
])
def test_fl603_stays_silent_when_nothing_beside_the_figure_belongs_to_it(tmp_path, figure, quote):
    assert quote_findings(tmp_path, figure, quote) == []


def test_fl603_leaves_a_currency_out_of_a_figure_the_ledger_reads_as_money(tmp_path):
    """ "141 million" with unit = "USD" is the amount of "$141 million": only a hedge would be dropped."""
    (tmp_path / "a.toml").write_text(
        '[article]\nid = "a"\n[claims.x]\nfigure = "141 million"\nunit = "USD"\n'
        'quote = "Rs 40 billion ($141 million) in relief"\n', encoding="utf-8")
    assert verify(load(tmp_path / "a.toml")).findings == ()


def test_fl603_suggests_the_figure_as_printed(tmp_path):
    [finding] = quote_findings(tmp_path, "2.6 months", "enough to cover about 2.6 months of imports")
    assert finding.message == ('2.6 months leaves out "about", which its quote prints with it: "about 2.6 months"')
    assert finding.suggestion == 'Record the figure as the article prints it: figure = "about 2.6 months"'
    assert finding.severity.label == "warning"


def quote_findings(tmp_path, figure: str, quote: str) -> list:
    (tmp_path / "a.toml").write_text(
        f'[article]\nid = "a"\n[claims.x]\nfigure = {json.dumps(figure)}\nquote = {json.dumps(quote)}\n',
        encoding="utf-8")
    return list(verify(load(tmp_path / "a.toml")).findings)
