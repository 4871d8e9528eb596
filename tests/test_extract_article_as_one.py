""" "more than an hour", "nearly a year": after a hedge, "a" or "an" before a unit of time is one of it."""

from __future__ import annotations

import pytest

from factledger import load
from factledger.extraction import drafts, extract
from factledger.figures import read_figure

LEDGER_HEAD = '[article]\nid = "a"\n'
UNITS = ("second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade", "century")


@pytest.mark.parametrize("unit", UNITS)
@pytest.mark.parametrize("hedge", ["more than", "nearly", "about", "less than", "up to", "almost"])
def test_a_hedge_before_a_or_an_and_a_unit_of_time_is_one_of_the_unit(tmp_path, hedge, unit):
    """ "more than an hour" and "nearly a minute" were no mention: "a" was one only before a
    year, a decade, a month, a week, a day and a century. Each is one of its unit, with the
    hedge, read as the figure reader reads the words, and the draft loads."""
    article = "an" if unit == "hour" else "a"
    text = f"The talks lasted {hedge} {article} {unit}, officials said."
    [claim] = extract(text)
    assert (claim.printed, claim.hedge, claim.unit, claim.measure) == (f"{article} {unit}", hedge, unit,
                                                                      "DRAFT: duration")
    expected = read_figure(f"{hedge} {article} {unit}")
    assert (claim.figure.interval, claim.figure.bounds) == (expected.interval, expected.bounds)
    assert expected.value == 1
    ledger = tmp_path / "ledger.toml"
    ledger.write_text(LEDGER_HEAD + "\n" + drafts.to_toml(extract(text)), encoding="utf-8")
    [loaded] = load(ledger).claims.values()
    assert (loaded.figure.text, loaded.figure.bounds) == (f"{hedge} {article} {unit}", expected.bounds)


@pytest.mark.parametrize("text", [
    "An hour later he left.",  # a time, not an amount: no hedge
    "Buses come once an hour.",
    "Prices rose over an hour.",  # "over" after a verb of change says when
    "He won at least a second term.",  # an ordinal
    "For a second time, at least a second round was held.",
])
def test_a_or_an_before_a_unit_of_time_without_an_amounts_hedge_is_no_mention(text):
    """Without a hedge "an hour" says when; "a second" before a word is an ordinal."""
    assert extract(text) == []


def test_a_rate_after_an_amount_stays_a_rate():
    """ "$20 an hour" is a rate, not a second mention "an hour"."""
    [claim] = extract("The job pays $20 an hour.")
    assert (claim.printed, claim.unit) == ("$20 an hour", "USD/hour")
