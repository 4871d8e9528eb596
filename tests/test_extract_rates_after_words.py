"""A rate after the words that say what a unit measures is the figure's; energy units are whole."""

from __future__ import annotations

import pytest

from factledger import extract, read_figure

# sentence, the mention drafted, its unit
DRAFTED = [
    # the README's FL401 example: drafted as "30 tonnes", in tonnes, its rate lost
    ("Russia will ship 30 tonnes of oil to Cuba each month.", "30 tonnes of oil to Cuba each month", "tonne/month"),
    ("The plants burned about 18,000 barrels of fuel oil a day for five days.",
     "18,000 barrels of fuel oil a day", "barrel/day"),
    ("It produces 1.2 million barrels of oil per day.", "1.2 million barrels of oil per day", "barrel/day"),
    # a number word ends the words: six sailings a month, each with 1,000 tonnes
    ("The ferry will move 1,000 tonnes of cargo six times a month.", "1,000 tonnes", "tonne"),
    ("It holds 500 tonnes of grain, a day after the storm.", "500 tonnes", "tonne"),
    ("They shipped 9 tonnes of rice a year earlier.", "9 tonnes", "tonne"),
    # drafted as "298 gigawatt", a power, where the article prints an energy
    ("The system delivered 298 gigawatt-hours on Tuesday.", "298 gigawatt-hours", "GWh"),
    ("A home used 1.2 kilowatt-hours.", "1.2 kilowatt-hours", "kWh"),
    ("It stored 2 terawatt hours.", "2 terawatt hours", "TWh"),
]


@pytest.mark.parametrize("sentence, printed, unit", DRAFTED)
def test_the_draft_keeps_the_unit_and_rate_the_article_prints(sentence, printed, unit):
    [mention] = [m for m in extract(sentence) if m.printed[0].isdigit() and not m.printed.endswith("days")]
    assert (mention.printed, mention.unit) == (printed, unit)


@pytest.mark.parametrize("sentence, printed, unit", DRAFTED)
def test_the_figure_reader_reads_the_draft_in_its_unit(sentence, printed, unit):
    """A draft's figure reads to the kind of quantity its unit says, so the draft loads as drafted."""
    from factledger import compile_unit
    figure = read_figure(printed)
    assert figure.compiled_unit().dims == compile_unit(unit.replace("ton/", "tonne/")).dims
