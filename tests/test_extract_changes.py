"""Extraction of changes, exchange rates and fractions of a unit: "rose from X to Y" is two
figures, "283.6 per dollar" is rupees per dollar, "half a percentage point" is a figure."""

from __future__ import annotations

import pytest

from factledger import load, verify
from factledger.extraction import drafts, extract
from factledger.units import compile_unit

LEDGER_HEAD = '[article]\nid = "a"\n'


def _mentions(sentence):
    return [(c.printed, c.unit, pytest.approx(c.figure.interval.lo), pytest.approx(c.figure.interval.hi))
            for c in extract(sentence)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # the change, then the level after it: the price's "a litre" stays with its amount
    ("Petrol prices were raised by Rs 4.80 to Rs 272.15 a litre.",
     [("Rs 4.80", "INR", 4.795, 4.805), ("Rs 272.15 a litre", "INR/litre", 272.145, 272.155)]),
    ("Spending rose from $2.1 billion to $2.5 billion.",
     [("$2.1 billion", "USD", 2.05e9, 2.15e9), ("$2.5 billion", "USD", 2.45e9, 2.55e9)]),
    ("The toll climbed from 1,100 to 1,240 on Sunday.",
     [("1,100", "", 1050, 1150), ("1,240", "", 1235, 1245)]),
    ("Output fell sharply from 40 tonnes to 25 tonnes.",
     [("40 tonnes", "tonne", 35, 45), ("25 tonnes", "tonne", 24.5, 25.5)]),
    ("The bank cut its forecast from 3 to 2.5 percent.",
     [("3", "", 2.5, 3.5), ("2.5 percent", "percent", 2.45, 2.55)]),
    # a year is never the first end of a range of money: the $5 billion was lost
    ("The fund grew from $3 billion in 2020 to $5 billion in 2024.",
     [("$3 billion", "USD", 2.5e9, 3.5e9), ("$5 billion", "USD", 4.5e9, 5.5e9)]),
    ("Percentages were already two: inflation rose from 11.5% to 13%.",
     [("11.5%", "percent", 11.45, 11.55), ("13%", "percent", 12.5, 13.5)]),
])
def test_x_to_y_after_a_word_of_change_is_two_figures(sentence, expected):
    assert _mentions(sentence) == expected


@pytest.mark.parametrize(("sentence", "printed", "lo", "hi"), [
    ("Prices ranged from $5 to $7.", "$5 to $7", 5, 7),
    ("The company expects 5 to 7 million new users.", "5 to 7 million new users", 5e6, 7e6),
    ("Estimates vary from 1,100 to 1,240 deaths.", "1,100 to 1,240 deaths", 1100, 1240),
    # the first figure takes its scale from the second: one mention, as before
    ("Revenue rose from 2.1 to 2.5 billion dollars.", "2.1 to 2.5 billion dollars", 2.1e9, 2.5e9),
    # "by X to Y" with a bare X is a range of the change
    ("The bank may cut rates by 50 to 75 basis points.", "50 to 75 basis points", 50, 75),
    ("Output will increase by 10 to 15 tonnes a day.", "10 to 15 tonnes a day", 10, 15),
])
def test_a_range_with_no_word_of_change_before_it_stays_one_range(sentence, printed, lo, hi):
    [mention] = extract(sentence)
    assert (mention.printed, mention.figure.interval.lo, mention.figure.interval.hi) == (printed, lo, hi)


def test_each_figure_of_a_change_is_drafted_and_loads(tmp_path):
    sentence = "Petrol prices were raised by Rs 4.80 to Rs 272.15 a litre."
    ledger = tmp_path / "ledger.toml"
    ledger.write_text(LEDGER_HEAD + "\n" + drafts.to_toml(extract(sentence)), encoding="utf-8")
    figures = {claim.figure.text: claim.figure.unit_text for claim in load(ledger).claims.values()}
    assert figures == {"Rs 4.80": "INR", "Rs 272.15 a litre": "INR/litre"}


@pytest.mark.parametrize(("sentence", "unit", "measure"), [
    ("The rupee weakened 0.8% to 283.6 per dollar.", "INR/USD", "DRAFT: exchange rate in INR per USD"),
    ("The rupee closed at 283.6 rupees per dollar.", "INR/USD", "DRAFT: exchange rate in INR per USD"),
    ("The yen fell to 150.2 per dollar on Monday.", "JPY/USD", "DRAFT: exchange rate in JPY per USD"),
    ("The rouble traded at 95 per euro.", "RUB/EUR", "DRAFT: exchange rate in RUB per EUR"),
])
def test_an_exchange_rate_is_drafted_as_one_currency_per_another(sentence, unit, measure):
    rate = extract(sentence)[-1]
    assert (rate.unit, rate.measure) == (unit, measure)


def test_a_drafted_exchange_rate_checks_a_conversion(tmp_path):
    """ "Rs 40 billion ($141 million)" at 283.6 rupees per dollar is consistent; with the rate
    drafted as a count per dollar the conversion was an FL202 error."""
    text = "The rupee weakened 0.8% to 283.6 per dollar."
    [(key, fields)] = [entry for entry in drafts.entries(extract(text))[0] if entry[1]["figure"] == "283.6 per dollar"]
    ledger = tmp_path / "ledger.toml"
    ledger.write_text(
        LEDGER_HEAD + '\n[claims.rate]\nfigure = "283.6 per dollar"\n'
        f'unit = "{fields["unit"]}"\nsubject = "rupee"\nmeasure = "exchange rate"\n\n'
        '[claims.pledge]\nfigure = "Rs 40 billion"\nsubject = "relief"\nmeasure = "pledge"\n\n'
        '[claims.pledge_usd]\nfigure = "$141 million"\nsubject = "relief"\nmeasure = "pledge in dollars"\n'
        'derived = "pledge / rate"\n', encoding="utf-8")
    result = verify(load(ledger))
    assert [finding.code for finding in result.findings] == []
    assert len(result.checks) == 1


@pytest.mark.parametrize(("sentence", "printed", "unit", "value"), [
    ("It is expected to cut growth by half a percentage point this fiscal year.",
     "half a percentage point", "percentage_point", 0.5),
    ("The walk is a quarter of a mile long.", "a quarter of a mile", "mile", 0.25),
])
def test_a_fraction_of_a_unit_is_one_figure(tmp_path, sentence, printed, unit, value):
    [mention] = extract(sentence)
    assert (mention.printed, mention.unit, mention.figure.value) == (printed, unit, value)
    ledger = tmp_path / "ledger.toml"
    ledger.write_text(LEDGER_HEAD + "\n" + drafts.to_toml([mention]), encoding="utf-8")
    [claim] = load(ledger).claims.values()
    assert claim.figure.value == value


@pytest.mark.parametrize(("sentence", "printed", "unit", "value"), [
    ("The meeting lasted half an hour.", "half an hour", "hour", 0.5),  # was left out
    ("It took half a day to clear.", "half a day", "day", 0.5),
    ("It ran for a quarter of an hour.", "a quarter of an hour", "hour", 0.25),
    ("The flight took an hour and a half.", "an hour and a half", "hour", 1.5),  # was "a half", bare
    ("It lasted a year and a half.", "a year and a half", "year", 1.5),  # was "a year", dropped
    ("The trip took two hours and a half.", "two hours and a half", "hour", 2.5),
    ("We waited half an hour a day.", "half an hour a day", "hour/day", 0.5),
])
def test_a_fraction_of_a_time_is_one_figure_in_that_unit(tmp_path, sentence, printed, unit, value):
    """ "half an hour" is half of one hour, not half per hour, and "an hour and a half" one and
    a half hours: each is drafted, and the ledger reads the value extraction read."""
    [mention] = extract(sentence)
    assert (mention.printed, mention.unit, mention.flags) == (printed, unit, ())
    assert mention.figure.value == pytest.approx(value)
    ledger = tmp_path / "ledger.toml"
    ledger.write_text(LEDGER_HEAD + "\n" + drafts.to_toml([mention]), encoding="utf-8")
    [claim] = load(ledger).claims.values()
    assert (claim.figure.value, claim.figure.compiled_unit().dims) == (pytest.approx(value), compile_unit(unit).dims)


def test_an_hour_with_a_hedge_and_a_half_keeps_its_hedge():
    [mention] = extract("The trip took about an hour and a half.")
    assert (mention.printed, mention.hedge, mention.figure.text) == ("an hour and a half", "about",
                                                                     "about an hour and a half")
    assert mention.figure.bounds.lo < 1.5 < mention.figure.bounds.hi


def test_a_hedge_after_from_stays_with_its_figure():
    first, second = extract("The toll rose from about 1,100 to 1,240.")
    assert (first.printed, first.hedge, second.printed, second.hedge) == ("1,100", "about", "1,240", "")


@pytest.mark.parametrize("sentence", [
    "The plant opens before the second half of 2027.",
    "Sales slowed in the first half of the year.",
    "Growth picks up in the latter half of 2026.",
])
def test_half_of_a_period_is_no_amount(sentence):
    assert extract(sentence) == []


def test_half_as_an_amount_is_still_one():
    assert [m.printed for m in extract("Half of the homes were lost, and a second wave came.")] == ["Half"]
