"""Ranges as articles print them: a unit or scale word on one end or on both."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factledger import FigureError, load, read_figure, verify
from factledger.figures import read_ends
from strategies import spell, spelled_numbers

# text, (lo, hi), unit
BOTH_ENDS = [
    ("5%-7%", (5, 7), "percent"),
    ("5% to 7%", (5, 7), "percent"),
    ("5%–7%", (5, 7), "percent"),
    ("between 5% and 7%", (5, 7), "percent"),
    ("5 per cent to 7 per cent", (5, 7), "percent"),
    ("50% to 60% of voters", (50, 60), "percent"),
    ("5 kg to 7 kg", (5, 7), "kg"),
    ("5 kg-7 kg", (5, 7), "kg"),
    ("5°C to 7°C", (5, 7), "°C"),
    ("$5-$7", (5, 7), "USD"),
    ("$5 a day to $7 a day", (5, 7), "USD"),
]


@pytest.mark.parametrize("text, bounds, unit", BOTH_ENDS)
def test_a_unit_printed_on_both_ends_reads_as_the_range(text, bounds, unit):
    """"5%-7%" is the range 5 to 7 percent, as "5-7%" is; it used to read as 5% alone."""
    figure = read_figure(text)
    assert figure.is_range
    assert (figure.interval.lo, figure.interval.hi) == bounds
    assert figure.unit == unit


@pytest.mark.parametrize("text, message", [
    ("5 kg to 7 lb", "figure '5 kg to 7 lb': the ends of the range are in different units ('kg' and 'lb'); "
     "record the range in one unit, as \"5-7 kg\""),
    ("5% to 7", "figure '5% to 7': the ends of the range are in different units ('%' and none); "
     "record the range in one unit, as \"5-7 kg\""),
])
def test_ends_in_different_units_are_refused(text, message):
    """A range whose ends name different units is not read as its first end."""
    with pytest.raises(FigureError) as info:
        read_figure(text)
    assert str(info.value) == message


def test_a_value_inside_a_percent_range_is_the_same_figure(tmp_path):
    """"5%-7%" and "6.5%" agree; the range read as 5% made them a false FL304."""
    path = tmp_path / "r.toml"
    path.write_text('[article]\nid = "r"\n[claims.a]\nfigure = "5%-7%"\n[claims.b]\nfigure = "6.5%"\n'
                    '[[checks]]\nkind = "same"\nclaims = ["a", "b"]\n', encoding="utf-8")
    assert [f.code for f in verify(load(path)).findings] == []


# text, (lo, hi)
SCALE_WORD_ON_THE_SECOND_END = [
    ("1-2 million", (1e6, 2e6)),
    ("$200-300 million", (200e6, 300e6)),
    ("1.5-2 billion", (1.5e9, 2e9)),
    ("500,000-1 million", (500e3, 1e6)),
    ("900,000-1.2 million", (900e3, 1.2e6)),
    ("500 million-1 billion", (500e6, 1e9)),
    # in words: the scale word ends the second end's words ("ten to twelve thousand" was [10, 12,000])
    ("ten to twelve thousand troops", (10e3, 12e3)),
    ("two to three million", (2e6, 3e6)),
    ("ninety to one hundred thousand", (90e3, 100e3)),
    ("10 to twelve thousand", (10e3, 12e3)),
    ("five hundred thousand to one million", (500e3, 1e6)),
    ("ten thousand to twelve thousand", (10e3, 12e3)),
    # "and" of a range, not of a number ("between two and three million" read "two and three")
    ("between two and three million", (2e6, 3e6)),
    ("between ten and twelve thousand troops", (10e3, 12e3)),
    # both ends scaled words: "between one hundred and two hundred" was refused as needing a range
    ("between one hundred and two hundred", (100, 200)),
    ("between one hundred and two hundred thousand", (100e3, 200e3)),
    ("between one thousand and two thousand troops", (1e3, 2e3)),
    ("between one hundred and fifty and two hundred", (150, 200)),
    ("between two hundred and fifty thousand and three hundred thousand", (250e3, 300e3)),
    ("between one hundred and twenty thousand and two hundred thousand", (120e3, 200e3)),
    # "five hundred and two thousand" is a number (502,000), but "between" needs two ends
    ("between five hundred and two thousand", (500, 2e3)),
    # and without "between": "one hundred and two hundred" read as 10,200
    ("one hundred and two hundred", (100, 200)),
]


@pytest.mark.parametrize("text, value", [
    ("one hundred and five troops", 105), ("two thousand and ten", 2010), ("one and a half million", 1.5e6),
    ("two and three quarters", 2.75),
    ("one hundred and twenty thousand", 120_000), ("five hundred and two thousand", 502_000),
    ("two million three hundred and twenty thousand", 2_320_000), ("one million and five", 1_000_005),
])
def test_and_inside_number_words_still_joins_them(text, value):
    assert read_figure(text).value == pytest.approx(value)


@pytest.mark.parametrize("text, bounds", SCALE_WORD_ON_THE_SECOND_END)
def test_the_second_ends_scale_word_reaches_back_only_to_bare_digits(text, bounds):
    """"1-2 million" is 1 to 2 million, but "500,000-1 million" is not 500,000 million to 1 million."""
    figure = read_figure(text)
    assert (figure.interval.lo, figure.interval.hi) == pytest.approx(bounds)


def test_a_first_end_too_small_to_be_written_in_full_still_runs_backwards():
    """"12-9 million" is no range from 12 to 9 million: the reader says it runs backwards."""
    with pytest.raises(FigureError, match="^figure '12-9 million': the range runs backwards$"):
        read_figure("12-9 million")


@given(spelled_numbers())
def test_a_number_in_words_reads_as_its_value(spelled):
    """Any whole number spelled out, "and" and all, reads as itself ("one hundred and twenty thousand")."""
    text, value = spelled
    figure = read_figure(text)
    assert figure.value == value and figure.interval.contains(value)


@given(spelled_numbers(100, 998), st.integers(1, 899))
def test_a_range_of_hundreds_in_words_reads_as_its_ends(first, gap):
    """"between one hundred and five and two hundred": each end is its own number, whatever "and" it holds."""
    (text, low), high = first, min(first[1] + gap, 999)
    figure = read_figure(f"between {text} and {spell(high)}")
    assert (figure.interval.lo, figure.interval.hi) == (low, high)


# each scale word, and the largest count of it that news spells out before it ("nine hundred")
_SCALES = [("hundred", 100, 9), ("thousand", 1000, 999), ("million", 10**6, 999)]


@given(st.sampled_from(_SCALES), st.data())
def test_a_range_of_scaled_words_reads_as_its_ends(scale, data):
    """"between two hundred and three hundred", "between five thousand and nine thousand": both ends scaled."""
    word, factor, most = scale
    low = data.draw(st.integers(1, most))
    high = data.draw(st.integers(low, most))
    figure = read_figure(f"between {spell(low)} {word} and {spell(high)} {word}")
    assert (figure.interval.lo, figure.interval.hi) == (low * factor, high * factor)


# -- number words joined by a dash --------------------------------------------------------------
# text, (lo, hi), unit
DASHED_WORD_RANGES = [
    ("five-ten percent", (5, 10), "percent"),
    ("ten-twenty", (10, 20), ""),
    ("three-four percent", (3, 4), "percent"),
    ("forty-fifty", (40, 50), ""),
    ("five–ten percent", (5, 10), "percent"),  # an en dash
    ("five - ten percent", (5, 10), "percent"),
    ("twenty-five-thirty percent", (25, 30), "percent"),  # the first end a compound
    ("ten-twenty thousand troops", (10e3, 20e3), "troops"),  # the scale word reaches back, as in "ten to twenty"
]


@pytest.mark.parametrize("text, bounds, unit", DASHED_WORD_RANGES)
def test_number_words_joined_by_a_dash_are_a_range(text, bounds, unit):
    """"five-ten percent" is 5 to 10 percent; the words were added up, and it read as 15%."""
    figure = read_figure(text)
    assert figure.is_range
    assert (figure.interval.lo, figure.interval.hi) == bounds
    assert figure.unit == unit


@pytest.mark.parametrize("text, value, exact", [
    ("twenty-five", 25, False), ("ninety-nine", 99, False), ("twenty-one", 21, False),
    ("twenty five", 25, False), ("five-hundred", 500, False), ("one hundred five", 105, False),
    ("two thousand twenty", 2020, False),
    ("one-third", 1 / 3, True), ("two-thirds", 2 / 3, True), ("two-and-a-half", 2.5, True),
])
def test_a_dash_or_space_inside_one_number_still_joins_it(text, value, exact):
    """A tens word and a unit word, a scale word, a word fraction: one number, dash or not."""
    figure = read_figure(text)
    assert not figure.is_range
    assert figure.value == pytest.approx(value) and figure.exact is exact


_WORD_ENDS = st.integers(1, 99)


@given(_WORD_ENDS, _WORD_ENDS)
def test_any_two_numbers_in_words_joined_by_a_dash_read_low_to_high(low, high):
    """"seven-twelve", "twenty-five-thirty-one": a range from the first to the second, never their sum."""
    if low > 19 and low % 10 == 0 and high < 10:
        return  # "twenty-five": one number, tested above
    text = f"{spell(low)}-{spell(high)} percent"
    if high < low:
        with pytest.raises(FigureError, match="is a range that runs backwards"):
            read_figure(text)
        return
    figure = read_figure(text)
    assert (figure.is_range, figure.interval.lo, figure.interval.hi) == (True, low, high)


@pytest.mark.parametrize("text, printed", [
    ("ten-five percent", "ten-five"), ("one hundred-five", "one hundred-five"), ("ten – five", "ten – five"),
])
def test_a_dashed_range_of_words_that_runs_backwards_says_how_it_was_read(text, printed):
    """A range of words that runs backwards may be one number misprinted: the message says why it is a range."""
    with pytest.raises(FigureError) as info:
        read_figure(text)
    assert str(info.value) == (
        f"figure '{text}': '{printed}' is a range that runs backwards (number words joined by a dash are one "
        f"number only as a tens word and a unit word, as 'twenty-five', and otherwise a range from low to high, "
        f"as 'five-ten'); check the figure against the article, and if the article means one number, leave the "
        f"figure out")


@pytest.mark.parametrize("text, low, high", [
    ("ten to five percent", "10", "5"), ("between ten and five percent", "10", "5"),
    ("from ten to five percent", "10", "5"), ("ten to 5%", "10", "5"), ("10 to five percent", "10", "5"),
    ("ten thousand to five thousand", "10,000", "5,000"), ("twelve to nine million", "12,000,000", "9,000,000"),
    ("ten percent to five percent", "10", "5"),
])
def test_a_range_of_words_joined_by_to_that_runs_backwards_says_what_it_read(text, low, high):
    """"ten to five percent" said only "the range runs backwards": the words leave the writer to guess how
    they were read, so the message gives the ends in digits and what the article may mean instead."""
    with pytest.raises(FigureError) as info:
        read_figure(text)
    assert str(info.value) == (
        f"figure '{text}' reads as a range from {low} down to {high}, which runs backwards; check the figure "
        f"against the article: a range goes from low to high, and a change from one figure to another is two "
        f"figures, each a claim of its own")


@pytest.mark.parametrize("text", ["10 to 5%", "between 10 and 5%", "12-9 million", "$10 to $5"])
def test_a_range_of_digits_that_runs_backwards_shows_it_as_printed(text):
    """Digits show what was read: the message stays short."""
    with pytest.raises(FigureError, match=f"^figure '{re.escape(text)}': the range runs backwards$"):
        read_figure(text)


@pytest.mark.parametrize("text, words", [
    ("five ten percent", "five ten"), ("five, ten", "five, ten"), ("a five", "a five"),
    ("nineteen eighty-four", "nineteen eighty"),
])
def test_number_words_that_make_no_number_are_refused(text, words):
    """"five ten" was read as fifteen, "a five" as six: number words are added only where they go together."""
    with pytest.raises(FigureError) as info:
        read_figure(text)
    assert str(info.value) == (
        f"figure '{text}': '{words}' is no number in words (they go together as in 'twenty-five', 'five hundred' "
        f"or 'one hundred and five'); a range has a dash or 'to' between its ends ('five to ten')")


def test_a_dashed_range_of_words_holds_the_figures_inside_it_only(tmp_path):
    """"five-ten percent" agrees with 7% and conflicts with 15%, which it read as."""
    path = tmp_path / "r.toml"
    path.write_text('[article]\nid = "r"\n[claims.a]\nfigure = "five-ten percent"\n[claims.b]\nfigure = "7%"\n'
                    '[claims.c]\nfigure = "15%"\n[[checks]]\nkind = "same"\nclaims = ["a", "b"]\n'
                    '[[checks]]\nkind = "same"\nclaims = ["a", "c"]\n', encoding="utf-8")
    assert [(f.code, f.claims) for f in verify(load(path)).findings] == [("FL304", ("r:a", "r:c"))]


# -- a first end that prints its own unit -----------------------------------------------------
# text, (lo, hi)
FIRST_END_CLOSED_BY_ITS_UNIT = [
    ("5 tonnes to 7 million tonnes", (5, 7e6)),
    ("5 tonnes-7 million tonnes", (5, 7e6)),
    ("between 5 tonnes and 7 million tonnes", (5, 7e6)),
    ("five tonnes to seven thousand tonnes", (5, 7e3)),
    ("5 euros to 7 million euros", (5, 7e6)),
    ("2 people to 3 million people", (2, 3e6)),
    ("12 tonnes to 9 million tonnes", (12, 9e6)),
]


@pytest.mark.parametrize("text, bounds", FIRST_END_CLOSED_BY_ITS_UNIT)
def test_a_first_end_that_prints_its_unit_keeps_its_own_scale(text, bounds):
    """"5 tonnes to 7 million tonnes" is 5 tonnes to 7 million, as printed: the unit closes the first
    end, as a scale word would stand before it. It read as 5 to 7 million tonnes."""
    figure = read_figure(text)
    assert figure.is_range and (figure.interval.lo, figure.interval.hi) == pytest.approx(bounds)


@pytest.mark.parametrize("text, bounds", [
    ("5 to 7 million tonnes", (5e6, 7e6)),
    ("$5-7bn", (5e9, 7e9)),
    ("$5 to $7bn", (5e9, 7e9)),  # a currency before the number does not close it
    ("£5 to £7 million", (5e6, 7e6)),
    ("five to seven thousand tonnes", (5e3, 7e3)),
    ("5 million tonnes to 7 million tonnes", (5e6, 7e6)),
])
def test_a_first_end_without_its_unit_takes_the_scale_of_the_second(text, bounds):
    figure = read_figure(text)
    assert (figure.interval.lo, figure.interval.hi) == pytest.approx(bounds)


def test_a_first_end_closed_by_its_unit_holds_figures_below_the_scale(tmp_path):
    """"5 tonnes to 7 million tonnes" agrees with "100 tonnes"; read as 5 to 7 million it was FL304."""
    path = tmp_path / "r.toml"
    path.write_text('[article]\nid = "r"\n[claims.a]\nfigure = "5 tonnes to 7 million tonnes"\n[claims.b]\n'
                    'figure = "100 tonnes"\n[[checks]]\nkind = "same"\nclaims = ["a", "b"]\n', encoding="utf-8")
    assert [f.code for f in verify(load(path)).findings] == []


_SCALE_WORDS = st.sampled_from([("thousand", 1e3), ("million", 1e6), ("billion", 1e9)])


@given(st.integers(1, 999), st.integers(1, 999), _SCALE_WORDS)
def test_the_second_ends_scale_is_lent_only_to_a_first_end_without_its_unit(low, high, scale):
    """"A to B million tonnes" is A to B million; "A tonnes to B million tonnes" is A tonnes to B million."""
    high = max(low, high)
    word, factor = scale
    lent = read_figure(f"{low} to {high} {word} tonnes")
    kept = read_figure(f"{low} tonnes to {high} {word} tonnes")
    assert (lent.interval.lo, lent.interval.hi) == pytest.approx((low * factor, high * factor))
    assert (kept.interval.lo, kept.interval.hi) == pytest.approx((low, high * factor))


def test_read_ends_reads_each_end_with_its_own_scale():
    """The range of two numbers, no unit compiled: what extraction drafts for "5 tonnes to 7 million tonnes"."""
    figure = read_ends("5", "7 million")
    assert (figure.is_range, figure.interval.lo, figure.interval.hi, figure.unit) == (True, 5, 7e6, "")
    hedged = read_ends("about 5", "7")
    assert (hedged.hedge.word, hedged.bounds) == ("about", read_figure("about 5 to 7").bounds)
    below = read_ends("-5", "-3", signed=True)
    assert (below.signed, below.interval.lo, below.interval.hi) == (True, -5, -3)
    with pytest.raises(FigureError, match="^figure '7 to 5': the range runs backwards$"):
        read_ends("7", "5")
    with pytest.raises(FigureError, match="^figure '5 to 7%': '7%' is no number to end a range$"):
        read_ends("5", "7%")


# -- one unit spelled two ways on the two ends ------------------------------------------------
# text, (lo, hi), unit
ONE_UNIT_TWO_SPELLINGS = [
    ("1 hour to 2 hours", (1, 2), "hours"),
    ("5 per cent to 7 percent", (5, 7), "percent"),
    ("5 percent to 7%", (5, 7), "percent"),
    ("5 metres to 7 meters", (5, 7), "meters"),
    ("5 kg to 7 kilograms", (5, 7), "kilograms"),
    ("5 t to 7 tonnes", (5, 7), "tonnes"),
    ("5 ℃ to 7°C", (5, 7), "°C"),
    ("5 km/h to 7 km/h", (5, 7), "km/hour"),
    ("5 kph to 7 km/h", (5, 7), "km/hour"),
    ("5 km/h to 7 kmh", (5, 7), "kmh"),
    ("5 tonne a day to 7 tonnes a day", (5, 7), "tonnes/day"),
    ("5 tonne to 7 tonnes a day", (5, 7), "tonnes/day"),  # the rate of both, as in "5 to 7 tonnes a day"
    ("5 tonne to 7 tonnes of diesel", (5, 7), "tonnes"),
    ("5 rupee to 7 rupees", (5, 7), "rupees"),
    ("5 ℃-7 ℃", (5, 7), "℃"),
    ("5 km² to 7 km²", (5, 7), "km²"),
]


@pytest.mark.parametrize("text, bounds, unit", ONE_UNIT_TWO_SPELLINGS)
def test_one_unit_spelled_two_ways_on_the_two_ends_is_one_range(text, bounds, unit):
    """"1 hour to 2 hours" was refused as "different units" ('hour' and 'hours'), and "5 km/h to 7
    km/h" as an unknown unit: both ends are in one unit, one factor of one kind of quantity."""
    figure = read_figure(text)
    assert figure.is_range and (figure.interval.lo, figure.interval.hi) == bounds
    assert figure.unit_text == unit


@pytest.mark.parametrize("text, first, second", [
    ("5 tons to 7 tonnes", "tons", "'tonnes'"),  # a prose ton may be short or long
    ("5 hours to 2 days", "hours", "'days'"),
    ("5 kg to 7 lb", "kg", "'lb'"),
    ("5 tonnes of wheat to 7 tonne of rice", "tonnes of wheat", "'tonne'"),
    ("5 tonnes a day to 7 tonnes a week", "tonnes a day", "'tonnes'"),
    ("5 kr to 7 kroner", "kr", "'kroner'"),  # Swedish, Norwegian or Danish, against Norwegian or Danish
])
def test_different_units_on_the_two_ends_are_still_refused(text, first, second):
    with pytest.raises(FigureError) as info:
        read_figure(text)
    assert str(info.value) == (f"figure '{text}': the ends of the range are in different units ('{first}' and "
                               f"{second}); record the range in one unit, as \"5-7 kg\"")


#: spellings of one unit, each group one factor of one kind of quantity
_SPELLINGS = [("hour", "hours", "h"), ("per cent", "percent", "%", "pct"), ("km/h", "kph", "kmh", "kmph"),
              ("°C", "℃", "degrees Celsius"), ("tonne", "tonnes", "t"), ("metre", "metres", "meter", "m")]


@given(st.sampled_from(_SPELLINGS), st.sampled_from(_SPELLINGS), st.data(), st.integers(0, 99), st.integers(0, 99))
def test_any_two_spellings_are_one_range_only_of_one_unit(group, other, data, low, gap):
    """Two spellings of one unit make a range; spellings of two units are refused, never read as one."""
    first = data.draw(st.sampled_from(group))
    second = data.draw(st.sampled_from(other))
    text = f"{low} {first} to {low + gap} {second}"
    if group is not other:
        with pytest.raises(FigureError, match="the ends of the range are in different units"):
            read_figure(text)
        return
    figure = read_figure(text)
    assert (figure.interval.lo, figure.interval.hi) == (low, low + gap)
    unit, first_unit = figure.compiled_unit(), read_figure(f"1 {first}").compiled_unit()
    assert (unit.dims, unit.factor) == (first_unit.dims, first_unit.factor)


# -- units in signs of their own ----------------------------------------------------------------
@pytest.mark.parametrize("text, unit", [("5 ℃", "degC"), ("5℃", "degC"), ("5 ℉", "degF"), ("5 kmh", "km/h"),
                                        ("5 kph", "km/h"), ("5 kmph", "km/h")])
def test_temperatures_and_speeds_in_their_own_signs_read_as_their_units(text, unit):
    """"5 kmh" was an unknown unit, and "5 kmph" read as 5,000 miles an hour (pint's kilo-mph)."""
    figure = read_figure(text)
    assert (figure.compiled_unit().dims, figure.compiled_unit().factor) == (
        read_figure(f"5 {unit}").compiled_unit().dims, read_figure(f"5 {unit}").compiled_unit().factor)
    assert (figure.interval.lo, figure.interval.hi) == pytest.approx((4.5, 5.5))
