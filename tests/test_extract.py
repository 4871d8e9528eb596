"""Extraction: every quantity mention of an article, with an exact span, and nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import factledger
from factledger import units
from factledger.extraction import extract
from factledger.extraction.score import factledger_found, pooled, score_corpus

CORPUS = Path(__file__).parent / "data" / "extraction"

# text, printed, unit, value
FOUND = [
    ("With 12,000 troops deployed", "12,000 troops", "troop", 12000),
    ("this amounts to $24M.", "$24M", "USD", 24e6),
    ("paid $2,000/month, of which", "$2,000/month", "USD/month", 2000),
    ("casualties average 1,500 daily, which", "1,500 daily", "/day", 1500),
    ("Twelve thousand North Korean troops added", "Twelve thousand North Korean troops", "troop", 12000),
    ("Three LNG tankers recently left", "Three LNG tankers", "tanker", 3),
    ("up to 500 million cubic meters (MCM) per month.", "500 million cubic meters (MCM) per month",
     "cubic_metre/month", 500e6),
    ("over N$1,3 billion in deals", "N$1,3 billion", "NAD", 1.3e9),
    ("a gauge of 4 ft.\u00a0 8 1/2 in wide", "4 ft.\u00a0 8 1/2 in", "inch", 56.5),
    # a unit of two words, a no-break space or two spaces between them (extraction stopped on it)
    ("the flat has 5,000 sq\u00a0ft of floor", "5,000 sq\u00a0ft", "sq_ft", 5000),
    ("the park covers 40 sq  km of hills", "40 sq  km", "km ** 2", 40),
    ("<p>the flat has 5,000 sq&nbsp;ft of floor</p>", "5,000 sq&nbsp;ft", "sq_ft", 5000),
    # feet in words (the extractor stopped with an internal error on them)
    ("a wall two ft 8 in high", "two ft 8 in", "inch", 32),
    ("a 1.3-mile-long tunnel", "1.3-mile", "mile", 1.3),
    ("the12,000 troops would stay", "12,000 troops", "troop", 12000),
    ("supply fell by ½ in the east", "½", "", 0.5),
    ("and a third of households", "a third", "", 1 / 3),
    ("Half of the budget went", "Half", "", 0.5),
    ("it ships 2.4 million tonnes annually", "2.4 million tonnes annually", "tonne/year", 2.4e6),
    ("rents climbed 7.2%.[ii] Then", "7.2%", "percent", 7.2),
    ("more than a decade of work", "a decade", "decade", 1),
    ("28,000 daily passengers", "28,000 daily passengers", "passenger/day", 28000),
    # a word fraction of a scale is one number (was "a million troops", twice the value)
    ("they sent half a million troops.", "half a million troops", "troop", 5e5),
    ("some one and a half million people fled", "one and a half million people", "person", 1.5e6),
    ("a quarter of a million barrels were lost", "a quarter of a million barrels", "barrel", 2.5e5),
    # a glued "m" before a unit word or counted noun is millions, not metres
    ("it pays 24m euros a year to", "24m euros a year", "EUR/year", 24e6),
    ("some 5m people were displaced", "5m people", "person", 5e6),
    ("exports reached 1.2 mb/d in March", "1.2 mb/d", "mb/d", 1.2),
    # lakhs and crores, and "Rs" for rupees
    ("the state spent Rs 5 crore on roads", "Rs 5 crore", "INR", 5e7),
    ("some 5 lakh people were moved", "5 lakh people", "person", 5e5),
    # "a year earlier" dates the figure; "a year on average" is a rate
    ("inflation was 2.9% a year earlier", "2.9%", "percent", 2.9),
    ("exports fell 5% a month ago", "5%", "percent", 5.0),
    ("prices rose 3% a year on average", "3% a year", "percent/year", 3.0),
    # "in" before a year or a span of time makes no ratio
    ("coal imports were 85% in 2015", "85%", "percent", 85.0),
    # temperatures, each on its own scale; "¥" is flagged (yen or yuan)
    ("it hit 45°C in Delhi", "45°C", "degree_Celsius", 45.0),
    ("it fell to -5°C overnight", "-5°C", "degree_Celsius", -5.0),
    ("Alaska saw −40 °F", "−40 °F", "degree_Fahrenheit", -40.0),
    ("Japan will spend ¥8.7 trillion", "¥8.7 trillion", "JPY", 8.7e12),
    ("China spent CN¥3bn", "CN¥3bn", "CNY", 3e9),
    # digit groups are one number: two dot groups, a dot group before a decimal comma, spaced groups
    ("it cost 1.234.567 euros", "1.234.567 euros", "EUR", 1234567),
    ("it cost €1.250,50 a", "€1.250,50", "EUR", 1250.5),
    ("the sample holds 12 000 galaxies", "12 000 galaxies", "galaxy", 12000),
    ("a total of 1 234 567 people voted", "1 234 567 people", "person", 1234567),
    # "pc" is the per cent of British news, glued or spaced
    ("Inflation rose to 7.8pc in March.", "7.8pc", "percent", 7.8),
    ("Unemployment was 7.8 pc last year.", "7.8 pc", "percent", 7.8),
    # a name with digits among the modifiers says what is counted, and is no number of its own
    ("The air force bought 12 F-16 jets last year.", "12 F-16 jets", "jet", 12),
    ("Airlines grounded 12 Boeing 737 jets.", "12 Boeing 737 jets", "jet", 12),
    ("It ordered 30 Airbus A320 jets.", "30 Airbus A320 jets", "jet", 30),
    ("Wards took 5 COVID-19 patients.", "5 COVID-19 patients", "patient", 5),
    ("Ukraine will get 12 F-16s soon.", "12 F-16s", "F-16", 12),
    # the plural of an abbreviation is a counted noun, kept as printed
    ("The House has 650 MPs.", "650 MPs", "MP", 650),
    ("Some 40 CEOs signed the letter.", "40 CEOs", "CEO", 40),
    ("Only 3 NGOs were allowed in.", "3 NGOs", "NGO", 3),
    ("The army lost 12 UAVs.", "12 UAVs", "UAV", 12),
    # a count after a capitalised word that is no product's name
    ("The deal gave Orascom 300,000 new customers.", "300,000 new customers", "customer", 300000),
    ("An official told Reuters 12 people died.", "12 people", "person", 12),
    ("On Tuesday 12 people died.", "12 people", "person", 12),
    ("The poll gave Labour 412 seats.", "412 seats", "seat", 412),
    ("In Gaza 40 people were killed.", "40 people", "person", 40),  # a preposition that opens the sentence
    ("Rebels gave Reuters 12 photos.", "12 photos", "photo", 12),  # after a verb, a noun no version names
    # at the start of a sentence, after a word that stands before an amount
    ("In 2023 12 people were hurt.", "12 people", "person", 12),
    ("Yesterday 12 people died.", "12 people", "person", 12),
    ("Overall 40 staff left.", "40 staff", "staff", 40),
    ("Reportedly 12 people died.", "12 people", "person", 12),
    ("Nearly 12 people died.", "12 people", "person", 12),
    ("Down 12 points on the day.", "12 points", "point", 12),
    # a leading decimal point is the number's (".5%" was drafted as "5%", ten times the value)
    ("growth slowed to .5% in May", ".5%", "percent", 0.5),
    ("it cost $.5M to build", "$.5M", "USD", 5e5),
    ("growth was (.25 percent) then", ".25 percent", "percent", 0.25),
    # units the figure reader takes: per cent as British papers print it, million metric tonnes
    ("inflation hit 7.8pc in May", "7.8pc", "percent", 7.8),
    ("a crop of 25 MMT of wheat", "25 MMT", "MMT", 25),
    # dozens ("half a dozen" was "a dozen", twice the value)
    ("half a dozen ships sailed", "half a dozen ships", "ship", 6),
    ("a half-dozen ships sailed", "a half-dozen ships", "ship", 6),
    ("they sold 5 dozen eggs", "5 dozen eggs", "egg", 60),
    # dollar signs that name their country (they were read from the "$" as US dollars)
    ("it raised NZ$5 million", "NZ$5 million", "NZD", 5e6),
    ("Petrobras spent R$5bn", "R$5bn", "BRL", 5e9),
    ("a fine of Mex$500 was paid", "Mex$500", "MXN", 500),
    ("it cost S$3 each", "S$3", "SGD", 3),
    ("it cost ₺500 a", "₺500", "TRY", 500),
]

# text -> every mention printed: spaced digits are one number only as groups of three
GROUPS = [
    ("In 2023 12 people died.", ["12 people"]),
    ("She won 2 100-metre titles.", ["2", "100-metre"]),
    ("It weighed 1.500 tonnes.", ["1.500 tonnes"]),
    ("Between 1 and 2 000 people came.", ["1 and 2 000 people"]),
    ("The city grew to 1.234.567.", ["1.234.567"]),  # the full stop ends the sentence, not the number
    ("It cost EUR 1.250,50.", ["EUR 1.250,50"]),
    ("Made of coal (3%).6 This trade", ["3%"]),  # a footnote marker, no leading decimal point ".6"
]

# text that holds digits or number words but no quantity
NOTHING = [
    "In 2022, exports fell.",  # a year
    "signed on 17 November 2024 in Moscow",  # a date
    "Vol 2, No 55 - BWR 17.11.2024",  # page furniture
    "Article 4 of the treaty",  # a reference
    "Executive Order 13810 allowed it",  # a name with digits
    "the Scud-B and 3G networks",  # names with digits
    "at the Six-Party Talks",  # a name with a number word
    "the 41st brigade",  # an ordinal
    "South Korea is China's third biggest partner",  # an ordinal word
    "call +1 202-555-0143 now",  # a phone number
    "For details call 020 7946 0958 before noon.",  # phone numbers: a trunk zero,
    "Readers can dial +1 (555) 123-4567 for help.",  # a country code,
    "The tip line is 555-0199 and is staffed daily.",  # a local number, whose line starts with 0
    "call 1-800-555-0199 or (020) 7946 0958",  # groups that are no thousands, an area code
    "call 555-1234 or dial 555.0199",  # after a word that asks for a phone number
    "we met at 10:30 and again at 6 p.m.",  # clock times
    "made of Russian-originated goods.6 This trade",  # a footnote marker
    "one should keep in mind",  # a pronoun
    "see https://example.org/page/2024/17 for more",  # a URL
    "about one in five children lives in poverty",  # a ratio, which the ledger does not take
    "9 out of 10 doctors agree",  # a ratio in digits
    "Apple sold the iPhone 15 for a song.",  # product and model names with numbers
    "Microsoft said Windows 11 runs on old machines.",
    "Windows 11 ships with Copilot. Windows 11 users complained.",  # a name opens the sentence
    "It was slow. Windows 11 adoption rose; Apollo 11 landed in 1969.",
    '"Android 14 phones ship," he said.',
    "A Boeing 737 carries passengers; airlines grounded all Boeing 737 jets.",
    "The Netherlands sent F-16 jets.",
    "COVID-19 spread; the G7 met; an Airbus A320 landed.",
    "In 2023 G7 leaders met; by 2030 F-35 jets will fly.",  # a year before a name with digits
    # a quantifier, an adjective or a preposition before the name, or a noun that a version names
    "Many Windows 11 devices failed to boot.",  # was a count of 11 devices
    "Microsoft said some Android 14 phones overheated.",
    "The patch fixes bugs on Windows 11 devices and older Windows 10 machines.",
    "Millions of Windows 10 PCs must upgrade.",
    "Microsoft patched Windows 11 laptops overnight.",
]


@pytest.mark.parametrize(("text", "printed", "unit", "value"), FOUND)
def test_a_quantity_is_found_with_its_span_unit_and_value(text, printed, unit, value):
    """Each form of quantity is found with its exact printed span, its unit and its value."""
    [claim] = extract(text)
    assert (claim.printed, claim.unit) == (printed, unit)
    assert text[claim.start:claim.end] == printed
    assert claim.figure.value == pytest.approx(value, rel=1e-12)


@pytest.mark.parametrize("text, printed", [("a gap of a half ft. 8 in", "a half ft. 8 in"),
                                            ("one and a half ft 8 in", "one and a half ft 8 in")])
def test_feet_and_inches_with_no_whole_feet_are_flagged_unreadable(text, printed):
    """A measure in feet and inches starts with whole feet: any other number before "ft" is flagged for the
    editor. It stopped the extractor (and ``verify --coverage``) with an internal error."""
    [claim] = extract(text)
    assert (claim.printed, claim.figure, claim.flags) == (printed, None, ("figure-unreadable",))


@pytest.mark.parametrize(("text", "printed"), GROUPS)
def test_digit_groups_are_one_number_only_when_nothing_else_reads_them(text, printed):
    """A year before a count, or a count before a hyphenated unit, stays two numbers."""
    assert [c.printed for c in extract(text)] == printed


@pytest.mark.parametrize("text", ["Deaths:\nUkraine 12\nRussia 40", "Ukraine 12, Russia 40.",
                                  "Ukraine 12 and Russia 40."])
def test_a_bare_number_after_a_name_that_opens_a_line_is_kept_at_its_end_or_before_a_stop_word(text):
    """"Ukraine 12" in a list is a quantity whose noun is elided, not a product's name: a bare
    number ends a name that opens a sentence only before a word ("Apollo 11 landed")."""
    assert "12" in [c.printed for c in extract(text)]


@pytest.mark.parametrize(("text", "printed"), [
    ("Between 300-1000 people came.", "300-1000 people"),
    ("It was (1500-2000 troops).", "1500-2000 troops"),
    ("A total of +1 234 567 people voted.", "1 234 567 people"),
    ("Prices were 555-1234 dollars.", "555-1234 dollars"),
])
def test_ranges_and_digit_groups_that_look_like_phone_numbers_are_quantities(text, printed):
    """A phone number needs a trunk zero, a country or area code, groups no number has, or a
    word that asks for one: a range in brackets or a number in groups of three is none."""
    assert [c.printed for c in extract(text)] == [printed]


@pytest.mark.parametrize("text", ["it cost 1.234.567 euros", "it cost €1.250,50 a"])
def test_dot_grouping_carries_the_ambiguous_separator_flag(text):
    """Dots grouping thousands are read as such and flagged, as "1.500" is."""
    [claim] = extract(text)
    assert "ambiguous-separator" in claim.flags


@pytest.mark.parametrize(("text", "printed", "hedge"), [
    ("The festival is spread over 3 days.", "3 days", ""),
    ("Prices rose over 12 months to March.", "12 months", ""),
    ("Payments are staggered over five years.", "five years", ""),
    ("Prices rose 5% over 12 months.", "12 months", ""),
    ("It will spend $3bn over five years.", "five years", ""),
    ("The strike lasted over 200 hours.", "200 hours", "over"),
    ("It took over 3 years.", "3 years", "over"),
    ("Over 500 people died.", "500 people", "Over"),
    ("Prices rose over 12%.", "12%", "over"),
])
def test_over_a_span_of_time_after_a_change_says_when_not_more_than(text, printed, hedge):
    """ "spread over 3 days" is no hedge; "lasted over 200 hours" and "over 500 people" are."""
    [claim] = [c for c in extract(text) if c.printed == printed]
    assert claim.hedge == hedge
    assert claim.figure.bounds == claim.figure.interval if not hedge else claim.figure.bounds.hi == float("inf")


@pytest.mark.parametrize(("text", "printed", "quote"), [
    ("Mr. Smith said 500 people died in the Jan. 12 attack. Next.", "500 people",
     "Mr. Smith said 500 people died in the Jan. 12 attack."),
    ("The vote was approx. 52% in favour, according to Gov. Hochul. Next.", "52%",
     "The vote was approx. 52% in favour, according to Gov. Hochul."),
    ("Dr. Jones lives at No. 10 with 2 cats vs. 3 dogs. Next.", "2 cats",
     "Dr. Jones lives at No. 10 with 2 cats vs. 3 dogs."),
    ("The fort held ca. 300 troops and c. 12 guns. Next.", "12 guns",
     "The fort held ca. 300 troops and c. 12 guns."),
    ("It was built by Smith & Co. The fort held 300 troops.", "300 troops", "The fort held 300 troops."),
    ("He said no. Then 5 people left.", "5 people", "Then 5 people left."),
    ('He said "it cost $5bn." Then he left.', "$5bn", 'He said "it cost $5bn."'),
    ('Before. "It cost $5bn." Then he left.', "$5bn", '"It cost $5bn."'),
    ("Growth was 3%\r\n\r\nand 1,500 people came.", "1,500 people", "and 1,500 people came."),
    ("\ufeffThe army has 1.2 million troops.\nIt spent $3.5bn.", "1.2 million troops",
     "The army has 1.2 million troops."),
])
def test_the_quote_is_the_whole_sentence_and_nothing_more(text, printed, quote):
    """Abbreviations end no sentence, a closing quotation mark belongs to the sentence it
    closes, CRLF blank lines end a paragraph, and a byte-order mark is no part of a quote."""
    [claim] = [c for c in extract(text) if c.printed == printed]
    assert claim.quote == quote


@pytest.mark.parametrize("text", NOTHING)
def test_non_quantities_are_left_out(text):
    """Dates, years, references, names, ordinals, phones, clock times and footnotes are not quantities."""
    assert [c.printed for c in extract(text)] == []


@pytest.mark.parametrize(("text", "flag"), [
    ("1.500 tonnes", "ambiguous-separator"),
    ("2000 troops arrived", "year-like"),
    ("the12,000 troops", "glued-word"),
    ("a wall 19 m high", "unit-guessed"),
    ("sold 30 tons of grain", "unit-ambiguous"),
    ("around 200,000.", "no-unit"),
    ("earned N$1,3 billion", "decimal-comma"),
    ("Japan will spend ¥8.7 trillion", "unit-ambiguous"),
])
def test_uncertain_readings_carry_a_flag_that_names_the_doubt(text, flag):
    """An uncertain reading is never silent: the flag says what is uncertain."""
    [claim] = extract(text)
    assert flag in claim.flags


@pytest.mark.parametrize(("text", "printed"), [
    ("The economy shrank by -0.3% in the quarter.", "0.3%"),
    ("GDP growth was \u22120.5% last year.", "0.5%"),
    ("GDP growth was \u2212 0.5% last year.", "0.5%"),
    ("Rates were cut to \u20131.5%.", "1.5%"),
    ("The index fell to minus 2.5 per cent.", "2.5 per cent"),
    ("Outflows were -$2bn.", "$2bn"),
])
def test_a_negative_amount_is_its_size_flagged_and_named_a_fall(text, printed):
    """The ledger takes no negative amount but a temperature: the draft is the size, never
    a positive figure that reads as a rise; its flag, measure and note say it was negative."""
    from factledger.extraction import drafts

    [claim] = extract(text)
    assert (claim.printed, claim.flags[-1]) == (printed, "printed-negative")
    assert claim.measure.endswith(" (printed negative: a fall or a loss)")
    assert ("printed negative: the ledger takes the size, so record the change as a fall or a loss, or a level "
            "below zero (a rate of -0.5%) with its sign and signed = true") in drafts.ledger_fields(claim)["note"]


@pytest.mark.parametrize("text", ["In 2023-24 it rose 3%.", "- 5 people came", "Prices rose 10-20%.",
                                  "the 3 - 4% band", "pages 30--40 of it", "a mid-2020s 5% rise",
                                  "the Covid-19 rate of 5%", "It rose 3%-4% last year.", "a range of 5°C-7°C"])
def test_a_hyphen_between_words_or_numbers_is_no_minus_sign(text):
    """A range, a list bullet, a dash or a name with digits makes nothing negative."""
    assert all("printed-negative" not in c.flags for c in extract(text))


def test_the_hedge_is_read_into_the_figure_but_kept_out_of_the_span():
    """ "about 80,000 tonnes": the span is the figure, the figure's bounds carry the hedge."""
    [claim] = extract("shipped about 80,000 tonnes of diesel")
    assert (claim.printed, claim.hedge, claim.figure.text) == ("80,000 tonnes", "about", "about 80,000 tonnes")
    assert claim.figure.bounds.lo < claim.figure.interval.lo


@pytest.mark.parametrize(("text", "printed", "figure", "size"), [
    ("Growth was about -3% in 2020.", "3%", "about -3%", 3),
    ("Growth was about \u22123% in 2020.", "3%", "about \u22123%", 3),
    ("Output fell about minus 3 per cent.", "3 per cent", "about minus 3 per cent", 3),
    ("It fell to about -5°C overnight.", "-5°C", "about -5°C", -5),
    ("Alaska saw nearly -40°C.", "-40°C", "nearly -40°C", -40),
])
def test_a_hedge_before_a_minus_sign_is_the_figures_hedge(text, printed, figure, size):
    """ "about -3%": the hedge stands before the sign, and the figure is printed from the hedge
    on, sign and all, so that a quote holds it; the reading keeps the hedge's bounds."""
    [claim] = extract(text)
    assert (claim.printed, claim.hedge, claim.figure.text) == (printed, figure.split()[0], figure)
    assert claim.figure.value == size
    assert claim.figure.bounds.lo < claim.figure.interval.lo or claim.figure.bounds.hi > claim.figure.interval.hi


@pytest.mark.parametrize(("text", "hedge", "size_hedge", "bounds"), [
    ("Margins were more than -3% in June.", "more than", "less than", (0, 3.5)),
    ("Costs were at least -2% below plan.", "at least", "at most", (0, 2.5)),
    ("Sales were nearly -3% lower.", "nearly", "nearly", (2.2, 3.5)),
])
def test_a_negative_amounts_figure_bounds_its_size_as_the_hedge_says(text, hedge, size_hedge, bounds):
    """The figure of "-3%" is its size, 3%: "more than -3%" is a fall of less than 3%, so its
    bounds are below 3.5% (not above 3%), and "nearly -3%" a fall of nearly 3%."""
    [claim] = extract(text)
    assert (claim.hedge, claim.figure.hedge.word) == (hedge, size_hedge)
    assert (claim.figure.bounds.lo, claim.figure.bounds.hi) == pytest.approx(bounds)


@pytest.mark.parametrize(("text", "unit", "measure"), [
    ("aid went to 12 countries", "country", "number of countries"),
    ("12 people died", "person", "number of people"),
    ("30 ferries and", "ferry", "number of ferries"),
    ("4 buses ran", "bus", "number of buses"),
    ("The House has 650 MPs.", "MP", "number of MPs"),
    ("A 4-car train ran.", "car", "number of cars"),
    ("a 12-storey block", "storey", "number of storeys"),
    ("aid went to 12 countrys", "country", "number of countrys"),  # as the article spells it
])
def test_a_counts_measure_names_the_noun_as_printed(text, unit, measure):
    """The unit is the noun in the singular; the measure names it as the article prints it,
    not as the singular with an "s" ("number of countrys" for "countries", "persons")."""
    [claim] = extract(text)
    assert (claim.unit, claim.measure) == (unit, "DRAFT: " + measure)


def test_a_range_reads_as_one_interval():
    """ "$200-300 million" is one mention, the interval [200M, 300M]."""
    [claim] = extract("roughly $200-300 million a year")
    assert claim.figure.is_range and (claim.figure.interval.lo, claim.figure.interval.hi) == (200e6, 300e6)


@pytest.mark.parametrize(("text", "printed", "bounds"), [
    ("prices rose five-ten percent last year", "five-ten percent", (5, 10)),
    ("some ten-twenty thousand troops came", "ten-twenty thousand troops", (10e3, 20e3)),
])
def test_number_words_joined_by_a_dash_are_drafted_as_a_range(text, printed, bounds):
    """"five-ten percent" is drafted as 5 to 10 percent, as the figure reader reads it; it was drafted as 15%."""
    [claim] = extract(text)
    assert text[claim.start:claim.end] == printed
    assert claim.figure.is_range and (claim.figure.interval.lo, claim.figure.interval.hi) == bounds


def test_html_spans_point_into_the_html_source():
    """Tags are dropped and entities decoded, but spans are offsets into the HTML as given."""
    html = "<p>Exports reached <b>$4.2&nbsp;billion</b>, up 3&#37;.</p>"
    claims = extract(html)
    assert [c.printed for c in claims] == ["$4.2&nbsp;billion", "3&#37;"]
    assert [c.figure.value for c in claims] == [pytest.approx(4.2e9), 3.0]


def test_the_quote_is_the_sentence_around_the_figure():
    """The quote is the sentence the mention stands in, and the line is counted from 1."""
    [claim] = extract("First line.\nIt cost $5M. Then it stopped.")
    assert (claim.quote, claim.line) == ("It cost $5M.", 2)
    assert claim.subject.startswith("DRAFT: ") and claim.measure.startswith("DRAFT: ")


def test_extraction_never_builds_the_unit_registry():
    """Extracting only matches words: pint is not loaded for it (checked in a fresh process)."""
    import subprocess
    import sys

    script = ("import sys; from factledger.extraction import extract; from factledger import units; "
              f"extract(open({str(CORPUS / 'texts' / 'ocnus-2019-04-25.txt')!r}, encoding='utf-8').read()); "
              "print(units.registry_built(), 'pint' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "False"]


def test_the_api_function_is_reachable_from_the_package():
    """`factledger.extract(text)` returns the draft claims, even after the extraction package is imported."""
    import factledger.extraction  # noqa: F401

    assert [c.printed for c in factledger.extract("12 ships")] == ["12 ships"]


def test_the_labelled_corpus_meets_the_targets():
    """On the labelled corpus, pooled recall, precision and value accuracy are at least 95%."""
    total = pooled(score_corpus(CORPUS, factledger_found))
    assert (total.recall >= 0.95, total.precision >= 0.95, total.value_exact >= 0.95) == (True, True, True), total


_PIECES = st.sampled_from(["0", "12", "1,500", "2.5", ",", ".", "%", "$", "€", "-", "–", "/", " ", "½",
                           " million", " tonnes", " per day", "about ", "&nbsp;", "&#37;", "<p>", "</b>",
                           " troops", "a third", "twelve", "\n", "2024", ":30", "[ii]"])
_MESSY_TEXT = st.lists(st.text(max_size=4) | _PIECES, max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(_MESSY_TEXT)
def test_every_span_is_the_printed_figure_and_nothing_raises(text):
    """For any text, extraction does not raise and every span slices out its printed figure."""
    for claim in extract(text):
        assert text[claim.start:claim.end] == claim.printed
        assert 0 <= claim.start < claim.end <= len(text)


def test_every_unit_the_extractor_names_is_a_unit_the_ledger_reads():
    """Each canonical unit in the extractor's lexicon compiles (checked here, with pint)."""
    from factledger.extraction.lexicon import SYMBOL_UNITS, WORD_UNITS

    unreadable = []
    for name in sorted(set(WORD_UNITS.values()) | set(SYMBOL_UNITS.values())):
        try:
            units.compile_unit(name)
        except factledger.UnitError:
            unreadable.append(name)
    assert unreadable == []


def test_decimal_before_a_slash_is_not_a_fraction():
    """"0.0/0" once crashed the extractor (found by hypothesis): a decimal is never a numerator."""
    assert [c.printed for c in extract("0.0/0")] == ["0.0", "0"]
