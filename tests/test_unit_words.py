"""Unit words as prose writes them: hyphenated products, and words that describe what is counted."""

from __future__ import annotations

import pytest

from factledger import FigureError, compile_unit, load, read_figure, verify


@pytest.mark.parametrize("hyphenated, spaced", [
    ("gigawatt-hours", "gigawatt hours"),
    ("kilowatt-hours", "kilowatt hours"),
    ("person-days", "person days"),
    ("tonne-kilometres", "tonne kilometres"),
])
def test_a_hyphen_between_unit_words_multiplies_them(hyphenated, spaced):
    """pint read "gigawatt-hours" as gigawatt minus hours, and the figure was refused."""
    assert compile_unit(hyphenated).factor == compile_unit(spaced).factor
    assert compile_unit(hyphenated).dims == compile_unit(spaced).dims


def test_energy_in_gigawatt_hours_over_a_day_is_an_average_load(tmp_path):
    """The figure is recorded as printed, so its quote holds it (it had to be "298 GWh": FL601)."""
    (tmp_path / "a.toml").write_text('''[article]
id = "a"

[claims.energy]
figure = "298 gigawatt-hours"
quote = "The system delivered 298 gigawatt-hours on Tuesday, an average load of about 12,400 MW."

[claims.load]
figure = "about 12,400 MW"
derived = "energy / 1 day"
quote = "The system delivered 298 gigawatt-hours on Tuesday, an average load of about 12,400 MW."
''', encoding="utf-8")
    result = verify(load(tmp_path))
    assert result.findings == ()
    assert [c.verdict.value for c in result.checks] == ["consistent"]


@pytest.mark.parametrize("printed, message", [
    ("40 to 60 new officers", "figure '40 to 60 new officers': unknown unit 'new officers'; to count officers, "
                              "add unit = \"officer\" (the words before it describe them)"),
    ("31 heat-related deaths", "figure '31 heat-related deaths': unknown unit 'heat-related deaths'; to count "
                               "deaths, add unit = \"death\" (the words before it describe them)"),
    # "visits" is a noun of its own, not a slip of "visitors", whom the suggestion would have counted
    ("1,146 visits", "figure '1,146 visits': unknown unit 'visits'; to count visits, add unit = \"count\" "
                     "(for an amount per visit, a unit such as \"USD/count\")"),
    ("12,000 troopps", "figure '12,000 troopps': unknown unit 'troopps'; did you mean 'troops'?"),
])
def test_an_unknown_unit_gets_the_unit_that_counts_it(printed, message):
    """The advice keeps the figure as printed: "did you mean 'officers'?" asked for a figure the quote lacks."""
    with pytest.raises(FigureError) as info:
        read_figure(printed)
    assert str(info.value) == message


def test_the_advised_unit_reads_the_figure():
    assert read_figure("40 to 60 new officers", "officer").bounds.hi == 60
    assert read_figure("31 heat-related deaths", "death").unit == "death"
