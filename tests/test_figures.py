"""A printed figure is read as an interval, with its unit, rate and hedge."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factledger import FigureError, load, read_figure, verify
from factledger.hedges import HEDGES, TRAILING_HEDGES
from strategies import FIGURE_AFFIXES, leading_point_numbers

# text, unit override, (lo, hi) of the rounding interval, unit, per
READINGS = [
    ("$24M", None, (23.5e6, 24.5e6), "USD", ""),
    ("$2,000/month", None, (1500, 2500), "USD", "month"),
    ("1,500 daily", "casualty", (1450, 1550), "casualty", "day"),
    ("92.5%", None, (92.45, 92.55), "percent", ""),
    ("1.2 million", None, (1.15e6, 1.25e6), "", ""),
    ("$1.4B", None, (1.35e9, 1.45e9), "USD", ""),
    ("$30K", None, (25e3, 35e3), "USD", ""),
    ("€230M", None, (225e6, 235e6), "EUR", ""),
    ("9.6 BCM", None, (9.55, 9.65), "BCM", ""),
    ("500 million cubic meters (MCM) per month", None, (450e6, 550e6), "cubic meters", "month"),
    ("80,000 tonnes", None, (75e3, 85e3), "tonnes", ""),
    ("200,000-300,000 tons per year", None, (200e3, 300e3), "tons", "year"),
    ("$200-300 million", None, (200e6, 300e6), "USD", ""),
    ("N$1,3 billion", None, (1.25e9, 1.35e9), "NAD", ""),
    ("1,435 mm", None, (1434.5, 1435.5), "mm", ""),
    ("4 ft 11 27⁄32 in", None, (59.84375 - 1 / 64, 59.84375 + 1 / 64), "in", ""),
    ("4 ft. 8 1/2 in", None, (56.25, 56.75), "in", ""),
    ("Twelve thousand", "troop", (11500, 12500), "troop", ""),
    ("a third", None, (1 / 3, 1 / 3), "", ""),
    ("12,000 troops", "troop", (11500, 12500), "troop", ""),
    ("1.50", None, (1.495, 1.505), "", ""),
    ("three LNG tankers", "tanker", (2.5, 3.5), "tanker", ""),
    ("USD $100 million", None, (50e6, 150e6), "USD", ""),
    ("six times a month", None, (5.5, 6.5), "times", "month"),
    ("$72M a quarter", None, (71.5e6, 72.5e6), "USD", "quarter"),
    ("$72M quarterly", None, (71.5e6, 72.5e6), "USD", "quarter"),
    ("$1bn per quarter", None, (0.5e9, 1.5e9), "USD", "quarter"),
    ("a quarter", None, (0.25, 0.25), "", ""),
]


@pytest.mark.parametrize("text, unit, bounds, unit_text, per", READINGS)
def test_printed_figure_reads_as_interval(text, unit, bounds, unit_text, per):
    """Every figure form of the seed articles reads to the interval its printing allows."""
    figure = read_figure(text, unit)
    assert figure.interval.lo == pytest.approx(bounds[0], rel=1e-9)
    assert figure.interval.hi == pytest.approx(bounds[1], rel=1e-9)
    assert figure.unit == unit_text
    assert figure.per == per
    assert figure.text == text


# text, hedge word, (lo, hi) of what the hedged sentence asserts
HEDGED = [
    ("about 80,000 tonnes", "about", (75e3 - 8e3, 85e3 + 8e3)),
    ("nearly half", "nearly", (0.45, 0.5)),
    ("up to 50%", "up to", (0, 55)),
    ("more than 1 million tons", "more than", (0.5e6, float("inf"))),
    ("at least 5", "at least", (4.5, float("inf"))),
    ("$1,250 or less a day", "or less", (0, 1255)),
    ("roughly $200-300 million", "roughly", (175e6, 325e6)),
    ("up to one third", "up to", (0, 1 / 3)),
    ("nearly 24 years", "nearly", (23.5 - 2.4, 24.5)),
]


@pytest.mark.parametrize("text, word, bounds", HEDGED)
def test_hedge_sets_bounds_from_one_table(text, word, bounds):
    """A hedge turns the rounding interval into the interval the sentence asserts."""
    figure = read_figure(text)
    assert figure.hedge is not None and figure.hedge.word == word
    assert figure.bounds.lo == pytest.approx(bounds[0])
    assert figure.bounds.hi == pytest.approx(bounds[1])


def test_trailing_zeros_read_at_least_precise_reading():
    """"12,000" is read as rounded to the thousand, since the printing cannot say more."""
    assert read_figure("12,000").interval.hi - read_figure("12,000").interval.lo == pytest.approx(1000)
    assert read_figure("12,500").interval.hi - read_figure("12,500").interval.lo == pytest.approx(100)


def test_exact_claim_has_no_rounding_allowance():
    figure = read_figure("23").as_exact()
    assert (figure.interval.lo, figure.interval.hi) == (23, 23)


BAD = [
    ("", "figure is empty; expected a printed figure such as \"$24M\""),
    ("12,,000", "figure '12,,000': '12,,000' is not a number as printed (expected digits such as 12,000 or 92.5)"),
    ("banana", "figure 'banana' has no number; expected digits (12,000) or number words (twelve thousand)"),
    ("NaN", "figure 'NaN' has no number; expected digits (12,000) or number words (twelve thousand)"),
    ("5 bananas", "figure '5 bananas': unknown unit 'bananas'; to count bananas, add unit = \"count\" "
                  "(for an amount per banana, a unit such as \"USD/count\")"),
    ("1" * 400, "figure '1111111111111111111111111111111111111111'... is 400 characters long; a printed figure is at most 200"),
    ("300-200 t", "figure '300-200 t': the range runs backwards"),
]


@pytest.mark.parametrize("text, message", BAD)
def test_bad_figure_is_one_clear_error(text, message):
    """Bad input raises FigureError naming the text and what was expected."""
    with pytest.raises(FigureError) as info:
        read_figure(text)
    assert str(info.value) == message


@pytest.mark.parametrize("text", ["2 points", "2 pts", "1 point", "3 pt"])
def test_points_alone_need_the_ledger_to_say_which(text):
    """"2 points" may be percentage points or index points; it was a typographic length, "pts" pints."""
    with pytest.raises(FigureError, match=r"may be percentage points of a rate or points of an index or score; "
                                          r"say which with unit = \"percentage_point\" or unit = \"point\"$"):
        read_figure(text)


@pytest.mark.parametrize("text, unit, nominal", [
    ("2 points", "percentage_point", 0.01),
    ("2 pts", "percentage_point", 0.01),
    ("300 points", "point", 1.0),
    ("300 points", "points", 1.0),
])
def test_points_take_the_ledgers_unit(text, unit, nominal):
    """With the ledger's unit, points are a change in a rate (1/100) or counted index points (1)."""
    figure = read_figure(text, unit)
    assert figure.unit == unit
    assert figure.compiled_unit().nominal == pytest.approx(nominal)
    assert figure.compiled_unit().dims == ()


@pytest.mark.parametrize("text, unit, unit_text", [
    ("$5", "AUD", "AUD"),
    ("$5bn", "CAD", "CAD"),
    ("$5bn", "NZD", "NZD"),
    ("$5", "SGD", "SGD"),
    ("$5", "HKD", "HKD"),
    ("$700 per tonne", "AUD/tonne", "AUD/tonne"),
    ("$2,000/month", "CAD/soldier", "CAD/soldier/month"),
    ("$200 million-$300 million", "AUD", "AUD"),
    ("$5", None, "USD"),
    ("NZ$5", None, "NZD"),
    ("S$5", None, "SGD"),
    ("HK$5", None, "HKD"),
    ("A$5", None, "AUD"),
    ("C$5", None, "CAD"),
    ("US$5", None, "USD"),
    ("R$5bn", None, "BRL"),
    ("NZ$ 5 million", None, "NZD"),
])
def test_dollar_sign_takes_the_ledgers_dollar(text, unit, unit_text):
    """"$5" is the dollar the ledger names (US without one); "NZ$5", "S$5", "R$5" had no number."""
    assert read_figure(text, unit).unit_text == unit_text


@pytest.mark.parametrize("text, unit", [("$5", "EUR"), ("US$5", "AUD"), ("A$5", "CAD")])
def test_a_dollar_is_never_another_currency(text, unit):
    """Only a bare "$" takes the ledger's dollar; a symbol that names its country is read as printed."""
    with pytest.raises(FigureError, match=f"but the ledger gives unit '{unit}'$"):
        read_figure(text, unit)


def test_power_notation_is_not_a_printed_figure():
    with pytest.raises(FigureError, match=r"figure '10\^400': unknown unit '\^400'"):
        read_figure("10^400")


def test_unit_override_cannot_change_the_kind_of_quantity():
    with pytest.raises(FigureError, match="ledger gives unit 'tonne'"):
        read_figure("$24M", "tonne")


@pytest.mark.parametrize(("text", "unit", "instead"), [
    ("5 kg", "tonne", "leave the unit out"),  # was read as 5 tonnes
    ("26 miles", "km", "leave the unit out"),  # was read as 26 km
    ("5 kg", "tonne/month", 'give unit = "kg/month"'),
    ("5%", "basis point", "leave the unit out"),
    ("10 mcm", "bcm", "leave the unit out"),
])
def test_unit_override_cannot_change_the_size_of_the_printed_unit(text, unit, instead):
    """The ledger's unit fills in or refines the printed one; one of another size would misread it."""
    with pytest.raises(FigureError, match=f"ledger gives unit '{unit}', which would read it in "
                                          f"'{unit.split('/')[0]}' instead of the printed") as raised:
        read_figure(text, unit)
    assert raised.value.message.endswith(instead)


@pytest.mark.parametrize(("text", "unit", "low", "unit_text"), [
    ("5 tons", "tonne", 4.5, "tonne"),  # a prose "ton" narrowed to the metric one
    ("12,000 troops", "soldier", 11_500, "soldier"),
    ("5%", "percentage point", 4.5, "percentage point"),
    ("30 tonnes of oil", "tonne/month", 25, "tonne/month"),
    ("$2,000/month", "USD/soldier", 1_500, "USD/soldier/month"),
])
def test_unit_override_may_narrow_or_extend_the_printed_unit(text, unit, low, unit_text):
    figure = read_figure(text, unit)
    assert figure.interval.lo == pytest.approx(low) and figure.unit_text == unit_text


@given(st.integers(min_value=0, max_value=10**12), st.integers(min_value=0, max_value=4))
def test_digits_round_trip_within_their_precision(whole, decimals):
    """Any number printed with grouping reads back to an interval containing it."""
    value = whole / 10**decimals
    text = f"{value:,.{decimals}f}"
    figure = read_figure(text)
    assert figure.interval.contains(float(text.replace(",", "")))
    assert figure.value == pytest.approx(float(text.replace(",", "")))


# text, (lo, hi) of the rounding interval, exact: readings that once went wrong
MIXED_AND_LONE = [
    ("one and a half", (1.5, 1.5), True),
    ("two and three quarters", (2.75, 2.75), True),
    # a word fraction of a scale word is a round figure, read as its digits ("2,500,000")
    ("two and a half million", (2.45e6, 2.55e6), False),
    ("half a million", (4.5e5, 5.5e5), False),
    ("3/4", (0.75 - 1 / 8, 0.75 + 1 / 8), False),
    ("27⁄32", (27 / 32 - 1 / 64, 27 / 32 + 1 / 64), False),
    ("5 mln", (4.5e6, 5.5e6), False),
]


@pytest.mark.parametrize("text, bounds, exact", MIXED_AND_LONE)
def test_mixed_word_numbers_and_lone_fractions(text, bounds, exact):
    """"one and a half" is 1.5, not a half; a lone "3/4" is a fraction, not 3 of a unit "/4"."""
    figure = read_figure(text)
    assert (figure.interval.lo, figure.interval.hi) == pytest.approx(bounds)
    assert figure.exact is exact


def test_glued_plus_is_a_trailing_lower_bound():
    """"100+" reads as 100 or more; it used to crash inside pint."""
    figure = read_figure("100+")
    assert figure.hedge is not None and figure.hedge.word == "+"
    assert figure.bounds.lo == pytest.approx(50) and figure.bounds.hi == float("inf")


def test_barrels_a_day_is_one_unit():
    """"5 b/d" is barrels a day, not "b" (pint's barn) per day."""
    figure = read_figure("5 b/d")
    assert figure.per == ""
    assert figure.compiled_unit().dims == (("[length]", 3.0), ("[time]", -1.0))


@pytest.mark.parametrize("text, unit, message", [
    ("$2,000/month", "USD/month", "figure '$2,000/month' already says per month; the ledger's unit "
     "'USD/month' says it again (give the unit without the rate)"),
    ("1,500 daily", "casualty/day", "figure '1,500 daily' already says per day; the ledger's unit "
     "'casualty/day' says it again (give the unit without the rate)"),
])
def test_unit_override_may_not_repeat_the_printed_rate(text, unit, message):
    """A ledger unit that repeats the printed rate would silently divide by time twice."""
    with pytest.raises(FigureError) as info:
        read_figure(text, unit)
    assert str(info.value) == message


@pytest.mark.parametrize("text, unit, unit_text", [
    ("$700 per tonne", None, "USD/tonne"),
    ("$60 a barrel", None, "USD/barrel"),
    ("$5/kg", None, "USD/kg"),
    ("$5 per LNG tanker", "USD/tanker", "USD/tanker"),
])
def test_price_per_unit_reads_as_currency_over_unit(text, unit, unit_text):
    """"$700 per tonne" is a price in USD/tonne; it used to be rejected as words after an amount."""
    assert read_figure(text, unit).unit_text == unit_text


_WHICH_POINTS = ' with unit = "percentage_point" (of a rate) or unit = "point" (of an index or a score)'


@pytest.mark.parametrize("text, unit, message", [
    ("up 12%", None, "figure 'up 12%' is a change; record the figure as '12%' and say in 'measure' that it is a rise"),
    ("down 3%", None, "figure 'down 3%' is a change; record the figure as '3%' and say in 'measure' that it is a fall"),
    # points alone need the ledger to say which (it was told to record '2 points', which is refused)
    ("up 2 points", None,
     f"figure 'up 2 points' is a change; record the figure as '2 points'{_WHICH_POINTS} and say in 'measure' "
     f"that it is a rise"),
    ("down 3 pts", None,
     f"figure 'down 3 pts' is a change; record the figure as '3 pts'{_WHICH_POINTS} and say in 'measure' "
     f"that it is a fall"),
    ("up two points", None,  # was refused as having no number
     f"figure 'up two points' is a change; record the figure as 'two points'{_WHICH_POINTS} and say in "
     f"'measure' that it is a rise"),
    ("up 2 points", "percentage_point",
     "figure 'up 2 points' is a change; record the figure as '2 points' and say in 'measure' that it is a rise"),
    ("down 0.5 percentage points", None, "figure 'down 0.5 percentage points' is a change; record the figure as "
     "'0.5 percentage points' and say in 'measure' that it is a fall"),
    ("down 50 basis points", None, "figure 'down 50 basis points' is a change; record the figure as "
     "'50 basis points' and say in 'measure' that it is a fall"),
    ("up a third", None, "figure 'up a third' is a change; record the figure as 'a third' and say in 'measure' "
     "that it is a rise"),
])
def test_a_change_says_how_to_record_it(text, unit, message):
    """"up 12%" was refused as having no number; it holds one, and the ledger records the direction in words."""
    with pytest.raises(FigureError) as info:
        read_figure(text, unit)
    assert str(info.value) == message


@pytest.mark.parametrize("change, amount, unit", [
    ("up 2 points", "2 points", "percentage_point"),
    ("down 0.5 percentage points", "0.5 percentage points", None),
    ("down 300 points", "300 points", "point"),
])
def test_the_amount_a_change_message_names_reads_with_the_unit_it_names(change, amount, unit):
    """The advice can be followed: the figure it names reads, with the unit it names."""
    with pytest.raises(FigureError, match=re.escape(f"record the figure as '{amount}'")):
        read_figure(change)
    assert read_figure(amount, unit).compiled_unit().nominal == pytest.approx(0.01 if unit != "point" else 1.0)


def test_up_to_is_a_hedge_not_a_change():
    """"up to 50%" is an upper bound; only "up" before an amount is a change."""
    assert read_figure("up to 50%").hedge.word == "up to"


@pytest.mark.parametrize("text, unsigned", [
    ("-5%", "5%"),
    ("\u22125%", "5%"),
    ("-$5bn", "$5bn"),
    ("-12 troops", "12 troops"),
    # a hedge of size or an approximate one says the same of the size: it stays in the figure
    ("about -3%", "about 3%"),  # was refused as having no number
    ("About \u2013 3%", "About 3%"),
    ("nearly -3%", "nearly 3%"),
    ("almost -0.5%", "almost 0.5%"),
    ("up to -3%", "up to 3%"),
    ("roughly -$5bn a year", "roughly $5bn a year"),
    # the sign in words is the sign ("minus" was refused as having no number), and a sign before
    # number words is one too ("-five tonnes" was read as five tonnes)
    ("minus 0.5%", "0.5%"),
    ("Minus $5bn", "$5bn"),
    ("about minus 3%", "about 3%"),
    ("-five tonnes", "five tonnes"),
])
def test_a_negative_amount_is_recorded_as_its_size_with_its_hedge(text, unsigned):
    """The message names the figure to record: the printed amount without its sign, hedge kept; or,
    for a level below zero, how to take it as printed."""
    with pytest.raises(FigureError) as info:
        read_figure(text)
    assert str(info.value) == (f"figure {text!r} is negative; record the printed amount without the sign "
                               f"({unsigned!r}) and say in 'measure' that it is a fall or a loss; if it is a "
                               f"level below zero (an interest rate, a balance), add signed = true to the claim")
    read_figure(unsigned)  # the advice can be followed
    assert read_figure(text, signed=True).value < 0  # and so can the other


@pytest.mark.parametrize("text, hedge, of_the_size", [
    ("more than -3%", "more than", "less than 3%"),
    ("over -3%", "over", "less than 3%"),
    ("at least -3%", "at least", "at most 3%"),
    ("below -3%", "below", "more than 3%"),
    ("at most -3%", "at most", "at least 3%"),
    ("just under -3%", "just under", "just over 3%"),
    ("-3% or more", "or more", "at most 3%"),
    ("about -3% or less", "or less", "at least 3%"),
    ("more than minus 3%", "more than", "less than 3%"),
])
def test_a_bound_on_a_negative_amount_turns_around_and_is_refused(text, hedge, of_the_size):
    """"more than -3%" is a fall of less than 3%: the article does not print that figure, so none is
    recorded; a level below zero is read as printed with signed = true."""
    with pytest.raises(FigureError) as info:
        read_figure(text)
    assert str(info.value) == (f"figure {text!r} is negative, and {hedge!r} turns around for its size: a fall of "
                               f"{of_the_size}, which the article does not print; leave the figure out, or, if "
                               f"it is a level below zero (an interest rate, a balance), add signed = true to the "
                               f"claim")
    assert read_figure(text, signed=True).interval.hi < 0


def test_a_hedged_temperature_below_zero_is_still_read():
    """Only amounts lose their sign: "about -3°C" is a temperature on the number line."""
    figure = read_figure("about -3°C")
    assert (figure.bounds.lo, figure.bounds.hi) == pytest.approx((-3.8, -2.2))


@pytest.mark.parametrize("bare, with_zero", [
    (".5%", "0.5%"),
    ("$.5M", "$0.5M"),
    (".50%", "0.50%"),  # a trailing zero after the point still counts
    ("about .5%", "about 0.5%"),
    (".5-.7%", "0.5-0.7%"),
    ("+.5%", "+0.5%"),
])
def test_a_leading_decimal_point_reads_as_its_leading_zero(bare, with_zero):
    """".5%" is "0.5%", [0.45, 0.55] percent; it was refused as having no number."""
    read, expected = read_figure(bare), read_figure(with_zero)
    assert (read.interval, read.bounds, read.unit) == (expected.interval, expected.bounds, expected.unit)
    assert read.text == bare


def test_a_leading_decimal_point_reads_to_its_tenths():
    """".5%" is written to the tenth: 0.5 ± 0.05, not 5 nor 0.5 ± 0.5."""
    figure = read_figure(".5%")
    assert (figure.interval.lo, figure.interval.hi) == pytest.approx((0.45, 0.55))


@pytest.mark.parametrize("text, sense", [("-.5%", "negative"), ("up .5%", "a change")])
def test_a_leading_decimal_point_after_a_sign_or_a_change_word_is_still_a_number(text, sense):
    """"-.5%" is refused as negative, as "-0.5%" is, and not as having no number."""
    with pytest.raises(FigureError, match=f"^figure '{re.escape(text)}' is {sense}"):
        read_figure(text)


def test_the_point_of_an_abbreviation_is_no_decimal_point():
    """"Rs.2 lakh" is two lakh rupees: the point ends "Rs.", it does not make ".2"."""
    figure = read_figure("Rs.2 lakh")
    assert figure.value == 200_000 and figure.unit == "INR"


@given(leading_point_numbers(), st.sampled_from(FIGURE_AFFIXES))
def test_a_number_below_one_reads_the_same_with_or_without_its_leading_zero(number, affixes):
    """Any number below one, in any figure, reads alike printed "0.05" or ".05", and contains its value."""
    with_zero, bare = number
    before, after = affixes
    read, expected = read_figure(before + bare + after), read_figure(before + with_zero + after)
    assert (read.interval, read.bounds, read.unit, read.per) == (
        expected.interval, expected.bounds, expected.unit, expected.per)
    scale = {"M": 1e6, "bn": 1e9, " million": 1e6}.get(after, 1.0)
    assert read.interval.contains(float(with_zero) * scale)


@pytest.mark.parametrize("article, one", [
    ("a decade", "one decade"),
    ("a century", "one century"),
    ("a year", "one year"),
    ("an hour", "one hour"),
    ("a fortnight", "one fortnight"),
    ("about a decade", "about one decade"),
    ("nearly a year", "nearly one year"),
])
def test_an_article_before_a_unit_counts_one(article, one):
    """"a decade" is read as "one decade" is; it was refused as having no number."""
    read, expected = read_figure(article), read_figure(one)
    assert (read.interval, read.bounds, read.unit) == (expected.interval, expected.bounds, expected.unit)


def test_a_decade_is_ten_years_give_or_take_the_rounding_of_one():
    """"a decade" is 1 ± 0.5 decades, 5 to 15 years, as "one decade" and "1 decade" are."""
    figure = read_figure("a decade")
    years = figure.compiled_unit().nominal / read_figure("1 year").compiled_unit().nominal
    assert (figure.interval.lo * years, figure.value * years, figure.interval.hi * years) == pytest.approx((5, 10, 15))


@pytest.mark.parametrize("text", ["a few", "a lot", "a banana", "a", "for a decade"])
def test_an_article_before_no_unit_is_still_no_number(text):
    """Only a unit makes "a" a count: "a few" is no figure, and neither is "for a decade" (record "a decade")."""
    with pytest.raises(FigureError, match=f"^figure '{text}' has no number"):
        read_figure(text)


@pytest.mark.parametrize("text, unit, bounds", [
    ("half a dozen", None, (5.5, 6.5)),
    ("half a dozen", "ship", (5.5, 6.5)),  # was 0.5 ships: the dozen was dropped
    ("a half dozen", None, (5.5, 6.5)),  # was refused: unknown unit 'dozen'
    ("half-dozen", None, (5.5, 6.5)),  # was the range 0.5 to 12
    ("a half-dozen", None, (5.5, 6.5)),
    ("5 dozen", None, (55, 65)),  # as "60" and "five dozen" read; it was refused
    ("5 dozen", "count", (55, 65)),  # was 5: the dozen was dropped
    ("five dozen", None, (55, 65)),
    ("5-6 dozen", None, (60, 72)),
    ("a dozen", None, (11.5, 12.5)),
    ("two dozen", None, (23.5, 24.5)),
])
def test_dozens_are_counted_as_their_digits(text, unit, bounds):
    """A dozen multiplies the number, and the count reads as its digits would: "half a dozen" is "6"."""
    figure = read_figure(text, unit)
    assert (figure.interval.lo, figure.interval.hi) == pytest.approx(bounds)
    assert not figure.exact


@pytest.mark.parametrize("text, unit, per, value", [
    ("half an hour", "hour", "", 0.5),  # was half per hour, a rate
    ("half a day", "day", "", 0.5),
    ("a quarter of an hour", "hour", "", 0.25),
    ("a quarter of a mile", "mile", "", 0.25),  # was refused: unknown unit 'of a mile'
    ("half a percentage point", "percentage point", "", 0.5),
    ("half an hour a day", "hour", "day", 0.5),  # the second "a" is the rate's
    ("an hour and a half", "hour", "", 1.5),  # was "an hour", 0.5 to 1.5 hours: the half was dropped
    ("a year and a half", "year", "", 1.5),
    ("two miles and a quarter", "miles", "", 2.25),
    ("three days and three quarters", "days", "", 3.75),
])
def test_a_word_fraction_of_a_unit_is_that_much_of_one_unit(text, unit, per, value):
    """After a word fraction, "a" or "an" is one of the unit, not a rate: "half an hour" is half
    of one hour, as "half hour" is; a fraction after the unit is of the number before it."""
    figure = read_figure(text)
    assert (figure.unit, figure.per, figure.value, figure.exact) == (unit, per, value, True)


def test_a_number_before_a_unit_and_an_article_is_still_a_rate():
    """ "5 an hour" is five per hour: only a fraction takes the article for its own."""
    figure = read_figure("5 an hour")
    assert (figure.unit, figure.per) == ("", "hour")


def test_a_decade_and_ten_years_are_one_figure(tmp_path):
    """A same check of "a decade" and "ten years" holds; "a decade" was refused."""
    path = tmp_path / "d.toml"
    path.write_text('[article]\nid = "d"\n[claims.a]\nfigure = "a decade"\n[claims.b]\nfigure = "ten years"\n'
                    '[[checks]]\nkind = "same"\nclaims = ["a", "b"]\n', encoding="utf-8")
    assert [f.code for f in verify(load(path)).findings] == []


@pytest.mark.parametrize("text, unit, unit_text, value", [
    ("MXN 500", None, "MXN", 500),
    ("Mex$500", None, "MXN", 500),
    ("MX$2.5bn", None, "MXN", 2.5e9),
    ("$500", "MXN", "MXN", 500),  # a Mexican article prints its peso as "$"
    ("500 Mexican pesos", None, "Mexican pesos", 500),
    ("SEK 5bn", None, "SEK", 5e9),
    ("500 kronor", None, "kronor", 500),
    ("ZAR 500", None, "ZAR", 500),
    ("R500", None, "ZAR", 500),  # the South African rand
    ("R1.2bn", None, "ZAR", 1.2e9),
    ("R 5 million", None, "ZAR", 5e6),
    ("R500-R600", None, "ZAR", 550),
    ("500 rand", None, "rand", 500),
    ("R$500", None, "BRL", 500),  # still the Brazilian real
    ("Rs500", None, "INR", 500),  # still the Indian rupee
    ("₺500", None, "TRY", 500),
    ("TRY 500", None, "TRY", 500),
    ("₹500", None, "INR", 500),
    ("₩5,000", None, "KRW", 5000),
    ("CHF 500", None, "CHF", 500),
    # the money of one country, named so: each was an unknown unit
    ("500 reais", None, "reais", 500),
    ("500 Brazilian reais", None, "Brazilian reais", 500),
    ("5 billion Egyptian pounds", None, "Egyptian pounds", 5e9),
    ("2 billion UAE dirhams", None, "UAE dirhams", 2e9),
    ("500 Moroccan dirhams", None, "Moroccan dirhams", 500),
    ("30 billion Kenyan shillings", None, "Kenyan shillings", 30e9),
    ("UGX 5bn", None, "UGX", 5e9),  # had no number: a code the reader did not know
    ("TZS 5bn", None, "TZS", 5e9),
    ("XOF 5 billion", None, "XOF", 5e9),
    ("XAF 5 billion", None, "XAF", 5e9),
])
def test_currencies_a_news_desk_prints(text, unit, unit_text, value):
    """Pesos, kronor and rand are currencies of their own; "MXN 500", "R500" and "₺500" had no number."""
    figure = read_figure(text, unit)
    assert figure.unit == unit_text and figure.value == pytest.approx(value)
    assert figure.compiled_unit().dims == read_figure(f"1 {unit_text}").compiled_unit().dims


@pytest.mark.parametrize("text, unit, word, codes", [
    ("500 dirhams", None, "dirhams", ("AED", "MAD")),
    ("500 shillings", None, "shillings", ("KES", "UGX", "TZS")),
    ("500 francs", None, "francs", ("CHF", "XOF", "XAF")),
    ("500 francs", "EUR", "francs", ("CHF", "XOF", "XAF")),  # a unit that names none of them
    ("500 CFA francs", None, "CFA francs", ("XOF", "XAF")),
])
def test_money_of_several_countries_asks_the_ledgers_unit(text, unit, word, codes):
    """Dirhams, shillings and francs are the money of several countries: the ledger's unit says whose."""
    with pytest.raises(FigureError) as info:
        read_figure(text, unit)
    options = " or ".join(f'unit = "{code}"' for code in codes)
    assert str(info.value) == (f"figure {text!r}: {word!r} is the money of more than one country; say which "
                               f"with {options}")


def test_pesos_alone_say_no_country():
    """"pesos" are the money of Mexico, the Philippines, Argentina, Chile and Colombia: not guessed."""
    with pytest.raises(FigureError) as info:
        read_figure("500 pesos")
    assert str(info.value) == ("figure '500 pesos': 'pesos' is the money of more than one country; say which with "
                               'unit = "MXN" or unit = "PHP" or unit = "ARS" or unit = "CLP" or unit = "COP"')


@pytest.mark.parametrize("text, unit, code", [
    ("Rs 40 billion", "PKR", "PKR"),
    ("Rs. 2 lakh", "LKR", "LKR"),
    ("Rs 500 crore", "NPR", "NPR"),
    ("Rs 1,500 a month", "PKR/count", "PKR"),  # the rupee of a unit over counted things
    ("₨500", "PKR", "PKR"),
    ("Rs 40 billion", None, "INR"),  # the Indian rupee when the ledger names none
    ("Rs 40 billion", "INR", "INR"),
    ("₨500", None, "INR"),
    ("500 rupees", "LKR", "LKR"),
    ("500 pesos", "PHP", "PHP"),
    ("500 kroner", "NOK", "NOK"),
    ("500 kr", "DKK", "DKK"),
    ("500 dirhams", "AED", "AED"),  # "dirhams", "shillings" and "francs" were unknown units
    ("500 dirhams", "MAD/count", "MAD"),
    ("500 shillings", "UGX", "UGX"),
    ("500 francs", "CHF", "CHF"),
    ("500 francs", "XOF", "XOF"),
    ("500 CFA francs", "XAF", "XAF"),
])
def test_rupees_and_pesos_take_the_currency_the_ledger_names(text, unit, code):
    """"Rs" is printed in India, Pakistan, Sri Lanka and Nepal: the ledger's unit says whose, as for "$"."""
    figure = read_figure(text, unit)
    assert dict(figure.compiled_unit().dims).get(f"[currency_{code}]") == 1.0


def test_a_pakistani_rupee_is_never_an_indian_one(tmp_path):
    """Rs 40 billion (PKR) against Rs 40 billion (INR) cannot be checked without a rate; PKR against PKR can."""
    path = tmp_path / "p.toml"
    path.write_text('[article]\nid = "p"\n[claims.a]\nfigure = "Rs 40 billion"\nunit = "PKR"\n'
                    '[claims.b]\nfigure = "PKR 40bn"\n[claims.c]\nfigure = "Rs 40 billion"\n'
                    '[[checks]]\nkind = "same"\nclaims = ["a", "b"]\n'
                    '[[checks]]\nkind = "same"\nclaims = ["a", "c"]\n', encoding="utf-8")
    result = verify(load(path))
    assert result.findings == ()
    assert [c.verdict.value for c in result.checks] == ["consistent", "unverifiable"]


@pytest.mark.parametrize("text, code, value", [
    ("PKR 50 billion", "PKR", 50e9),
    ("50 billion PKR", "PKR", 50e9),
    ("BDT 5 billion", "BDT", 5e9),
    ("Tk 500 crore", "BDT", 5e9),
    ("৳500", "BDT", 500),
    ("EGP 10bn", "EGP", 10e9),
    ("E£10bn", "EGP", 10e9),
    ("NGN 5 trillion", "NGN", 5e12),
    ("₦5bn", "NGN", 5e9),
    ("KES 2bn", "KES", 2e9),
    ("KSh 2bn", "KES", 2e9),
    ("IDR 5 trillion", "IDR", 5e12),
    ("Rp 5 trillion", "IDR", 5e12),
    ("₱500", "PHP", 500),
    ("VND 5,000", "VND", 5000),
    ("50,000₫", "VND", 50000),
    ("฿500", "THB", 500),
    ("RM5 billion", "MYR", 5e9),
    ("₪500", "ILS", 500),
    ("AED 5bn", "AED", 5e9),
    ("QAR 5bn", "QAR", 5e9),
    ("KWD 5m", "KWD", 5e6),
    ("500 zł", "PLN", 500),
    ("PLN 5bn", "PLN", 5e9),
    ("CZK 5bn", "CZK", 5e9),
    ("HUF 5bn", "HUF", 5e9),
    ("NOK 5bn", "NOK", 5e9),
    ("DKK 5bn", "DKK", 5e9),
    ("ARS 5bn", "ARS", 5e9),
    ("CLP 5bn", "CLP", 5e9),
    ("COP 5bn", "COP", 5e9),
    ("PEN 5bn", "PEN", 5e9),
    ("LKR 5bn", "LKR", 5e9),
    ("NPR 5bn", "NPR", 5e9),
])
def test_currency_codes_and_signs_a_news_desk_prints(text, code, value):
    """Codes and signs pint lacks are currencies of their own; "PKR 50 billion" was refused as having no number."""
    figure = read_figure(text)
    assert figure.compiled_unit().dims == ((f"[currency_{code}]", 1.0),)
    assert figure.value == pytest.approx(value)


def _texts_matched(pattern: str) -> set[str]:
    """Every text ``pattern`` matches: literals, classes, alternatives and optional runs.

    A run that may repeat is walked zero times and once, a class of spaces as one space, a
    lookahead as no text. Anything else fails, so the walk cannot quietly miss a form.
    """
    from re import _parser

    return _walk(_parser.parse(pattern))


def _walk(items) -> set[str]:
    texts = {""}
    for op, arg in items:
        texts = {text + more for text in texts for more in _walk_item(str(op), arg)}
    return texts


def _walk_item(op: str, arg) -> set[str]:
    if op == "LITERAL":
        return {chr(arg)}
    if op == "IN":
        return {chr(a) if str(o) == "LITERAL" else _space_class(str(o), a) for o, a in arg}
    if op == "BRANCH":
        return set().union(*(_walk(branch) for branch in arg[1]))
    if op == "SUBPATTERN":
        return _walk(arg[-1])
    if op == "MAX_REPEAT":
        low, high, item = arg
        return set().union(*(_walk(list(item) * times) for times in range(low, min(high, max(low, 1)) + 1)))
    if op == "ASSERT":
        return {""}
    raise AssertionError(f"the currency pattern uses {op}, which the walk does not know")


def _space_class(op: str, arg) -> str:
    assert (op, str(arg)) == ("CATEGORY", "CATEGORY_SPACE"), (op, arg)
    return " "


def test_every_currency_the_reader_takes_before_an_amount_is_a_currency():
    """Each symbol or code the currency pattern takes before an amount reads as its currency, never as a
    unit pint happens to know: "Tk. 5 crore" read as pint's "Tk." (an energy over a temperature), and
    "Rp. 5" failed with a unit error."""
    from factledger.figures import CURRENCY_PREFIX, CURRENCY_SYMBOLS

    printed = _texts_matched(CURRENCY_PREFIX)
    symbols = {"".join(text.split()) for text in printed}
    assert {"Tk.", "Rp.", "Rs.", "US$", "R", "JPY", "৳"} <= symbols and len(symbols) > 90
    for text in sorted(printed):
        symbol = "".join(text.split())
        code = {"¥": "JPY"}.get(symbol) or CURRENCY_SYMBOLS.get(symbol, symbol)
        figure = read_figure(f"{text}5", "JPY" if symbol == "¥" else None)
        assert figure.compiled_unit().dims == ((f"[currency_{code}]", 1.0),), text


@pytest.mark.parametrize("text, code, value", [
    ("Tk. 5 crore", "BDT", 5e7), ("Tk.500", "BDT", 500), ("Rp. 5", "IDR", 5), ("Rp. 5 billion", "IDR", 5e9),
])
def test_taka_and_rupiah_with_a_point_are_currencies(text, code, value):
    """"Tk." and "Rp.", as South and Southeast Asian papers print them, are "Tk" and "Rp"."""
    figure = read_figure(text)
    assert figure.compiled_unit().dims == ((f"[currency_{code}]", 1.0),)
    assert figure.value == pytest.approx(value)


@pytest.mark.parametrize("text, message", [
    ("XYZ 50 billion", "figure 'XYZ 50 billion': unknown currency code 'XYZ'; the currency codes factledger "
                       "knows are AED, "),
    ("XYZ 5", "figure 'XYZ 5': unknown currency code 'XYZ'; "),
    ("50 billion XYZ", "figure '50 billion XYZ': unknown unit or currency code 'XYZ'; the currency codes "
                       "factledger knows are AED, "),
])
def test_an_unknown_currency_code_is_named(text, message):
    """A code the reader does not know is named as such; before the amount it said the figure had no number."""
    with pytest.raises(FigureError) as info:
        read_figure(text)
    assert str(info.value).startswith(message) and "PKR" in str(info.value)


@pytest.mark.parametrize("text, message", [
    ("280,000 families", "figure '280,000 families': unknown unit 'families'; to count families, add unit = "
                         "\"count\" (for an amount per family, a unit such as \"USD/count\")"),
    ("3 flood-hit bridges", "figure '3 flood-hit bridges': unknown unit 'flood-hit bridges'; to count bridges, "
                            "add unit = \"count\" (for an amount per bridge, a unit such as \"USD/count\")"),
    ("Rs 1,500 per family", "figure 'Rs 1,500 per family': unknown unit 'family'; for an amount per family, "
                            "add unit = \"INR/count\""),
    ("€5 per household", "figure '€5 per household': unknown unit 'household'; for an amount per household, "
                         "add unit = \"EUR/count\""),
    ("12,000 troopps", "figure '12,000 troopps': unknown unit 'troopps'; did you mean 'troops'?"),
    ("500 farms", "figure '500 farms': unknown unit 'farms'; to count farms, add unit = \"count\" (for an amount "
                  "per farm, a unit such as \"USD/count\")"),  # not taken for "grams"
])
def test_an_unknown_counted_noun_says_to_count_it(text, message):
    """Families, homes, cases and bridges are counted with unit = "count", as extract drafts them."""
    with pytest.raises(FigureError) as info:
        read_figure(text)
    assert str(info.value) == message


@pytest.mark.parametrize("text, unit, unit_text, value", [
    ("280,000 families", "count", "count", 280000),
    ("Rs 1,500 per family", "INR/count", "INR/count", 1500),
    ("Rs 1,500 per family", "PKR/count", "PKR/count", 1500),
])
def test_a_counted_noun_reads_with_the_advised_unit(text, unit, unit_text, value):
    """The unit the error advises reads the figure."""
    figure = read_figure(text, unit)
    assert figure.unit_text == unit_text and figure.value == value


@pytest.mark.parametrize("text", ["7.8pc", "7.8 pc", "about 7.8pc", "7.8 per cent"])
def test_pc_is_per_cent_not_a_parsec(text):
    """"7.8pc", as British papers print per cent, is 7.8 percent; pint reads "pc" as a parsec, a length."""
    figure = read_figure(text)
    assert figure.unit == "percent" and figure.value == pytest.approx(7.8)
    assert figure.compiled_unit().dims == () and figure.compiled_unit().nominal == pytest.approx(0.01)


def test_commodity_tonnages_agree_however_printed(tmp_path):
    """"25 MMT", "25 million metric tons" and "25 Mt" are one quantity; "MMT" was an unknown unit."""
    path = tmp_path / "w.toml"
    path.write_text('[article]\nid = "w"\n[claims.a]\nfigure = "25 MMT of wheat"\n'
                    '[claims.b]\nfigure = "25 million metric tons"\n[claims.c]\nfigure = "25 Mt"\n'
                    '[claims.d]\nfigure = "7.8pc"\n[claims.e]\nfigure = "7.8%"\n'
                    '[[checks]]\nkind = "same"\nclaims = ["a", "b", "c"]\n'
                    '[[checks]]\nkind = "same"\nclaims = ["d", "e"]\n', encoding="utf-8")
    result = verify(load(path))
    assert result.findings == ()
    assert [c.verdict.value for c in result.checks] == ["consistent"] * 3  # a-b, a-c, d-e



def test_a_calorie_is_the_food_calorie(tmp_path):
    """"2,000 calories a day" is 2,000 kcal, about 8,400 kJ, as nutrition news means it; pint's
    calorie is the small one, which made the two a wrong conversion (FL203) a thousandfold apart."""
    path = tmp_path / "c.toml"
    path.write_text('[article]\nid = "c"\n[claims.a]\nfigure = "2,000 calories"\n'
                    '[claims.b]\nfigure = "8,400 kJ"\n[claims.c]\nfigure = "2,000 Calories"\n'
                    '[claims.d]\nfigure = "2,000 kcal"\n'
                    '[[checks]]\nkind = "same"\nclaims = ["a", "b", "c", "d"]\n', encoding="utf-8")
    result = verify(load(path))
    assert result.findings == ()
    assert [c.verdict.value for c in result.checks] == ["consistent"] * 3
    assert read_figure("1 calorie").compiled_unit().factor.lo == pytest.approx(4184.0)


@pytest.mark.parametrize("hedge", HEDGES + TRAILING_HEDGES, ids=lambda hedge: hedge.word)
def test_every_hedge_before_a_negative_amount_gets_a_message(hedge):
    """Each hedge of the table, before or after "-3%", is refused with one of the two messages."""
    text = f"-3% {hedge.word}" if hedge in TRAILING_HEDGES else f"{hedge.word} -3%"
    with pytest.raises(FigureError, match=f"^figure {re.escape(repr(text))} is negative"):
        read_figure(text)


@pytest.mark.parametrize("text, message", [
    ("5 minus 3", "figure '5 minus 3' could not be read (expected e.g. \"4 ft 8 1/2 in\")"),
    ("minuscule 5", "figure 'minuscule 5' has no number; expected digits (12,000) or number words (twelve thousand)"),
])
def test_minus_is_a_sign_only_before_an_amount(text, message):
    """"minus" between two numbers is a sum, and inside a word no word at all: neither is read as a sign."""
    with pytest.raises(FigureError) as info:
        read_figure(text, signed=True)
    assert str(info.value) == message
