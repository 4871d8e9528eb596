"""A rate per so many ("42.1 visits per 100,000 residents") is read per 100,000, never per one."""

from __future__ import annotations

import pytest

from factledger import FigureError, load, read_figure, verify

# printed, ledger unit, the value in base units (per one: per person, or a pure number)
PER_ONE = [
    ("42.1 visits per 100,000 residents", "count/person", 42.1e-5),
    ("27.5 per 100,000", "count/person", 27.5e-5),
    ("27.5 per 100,000", None, 27.5e-5),
    ("12 deaths per 100,000 people", None, 12e-5),
    ("5.6 deaths per 1,000 live births", "person/count", 5.6e-3),
    ("3 cases per million people", "count/person", 3e-6),
    ("3 per thousand", None, 3e-3),
    ("between 30 and 40 per 100,000", None, 35e-5),
]


@pytest.mark.parametrize("printed, unit, per_one", PER_ONE)
def test_a_rate_per_so_many_is_that_many_times_smaller_per_one(printed, unit, per_one):
    """The count after "per" divides the figure: 42.1 per 100,000 is 0.000421 per resident.

    With a ledger unit, the printed "per 100,000 residents" was dropped for the unit's own
    "count/person": 42.1 visits per resident."""
    figure = read_figure(printed, unit)
    assert figure.value * figure.compiled_unit().nominal == pytest.approx(per_one, rel=1e-12)


def test_a_rate_a_year_keeps_its_count():
    figure = read_figure("about 40 per 100,000 a year")
    assert (figure.per, figure.per_count) == ("year", "100,000")
    assert figure.compiled_unit().nominal == pytest.approx(1e-5 / (365.25 * 86400))


def test_per_one_person_is_per_person():
    """"per 1 person" is per person, as "per person" is (it was read as "4 ft 8 1/2 in" is, and refused)."""
    figure = read_figure("$5 per 1 person")
    assert figure.compiled_unit().dims == read_figure("$5 per person").compiled_unit().dims
    assert figure.value * figure.compiled_unit().nominal == 5


# printed, ledger unit, message
REFUSED = [
    ("42.1 visits per 100,000 residents", None,
     "figure '42.1 visits per 100,000 residents': unknown unit 'visits' in a rate per 100,000; give the claim "
     "the unit per one, such as unit = \"count/resident\""),
    ("42.1 visits per 100,000 residents", "count",
     "figure '42.1 visits per 100,000 residents' is in '1/residents' per 100,000, but the ledger gives unit "
     "'count'; give the unit per one, without the 100,000: unit = \"count/resident\""),
    ("27.5 per 100,000", "count/person per 100,000",
     "figure '27.5 per 100,000' already says per 100,000; the ledger's unit 'count/person per 100,000' says it "
     "again (give the unit per one: unit = \"count/person\")"),
    # the people cancel the deaths' kind, so "death" kept every printed dimension and was taken
    ("12 deaths per 100,000 people", "death",
     "figure '12 deaths per 100,000 people' is in 'deaths/people' per 100,000, but the ledger gives unit "
     "'death'; give the unit per one, without the 100,000: unit = \"deaths/person\""),
    ("5.6 deaths per 1,000 live births", None,
     "figure '5.6 deaths per 1,000 live births': unknown unit 'live births' in a rate per 1,000; give the claim "
     "the unit per one, such as unit = \"deaths/count\""),
]


@pytest.mark.parametrize("printed, unit, message", REFUSED)
def test_a_rate_per_so_many_the_reader_cannot_place_says_what_unit_to_give(printed, unit, message):
    with pytest.raises(FigureError) as info:
        read_figure(printed, unit)
    assert str(info.value) == message


HEALTH = """[article]
id = "heat"

[claims.visits]
figure = "1,146 visits"
unit = "count"
exact = true

[claims.population]
figure = "2.72 million people"

[claims.rate]
figure = "{rate}"
unit = "count/person"
derived = "visits / population"

[claims.rate_before]
figure = "27.5 per 100,000"
unit = "count/person"
period = "2024"

[claims.rise]
figure = "53%"
derived = "rate / rate_before - 1"
"""


def _findings(tmp_path, rate):
    (tmp_path / "heat.toml").write_text(HEALTH.format(rate=rate), encoding="utf-8")
    result = verify(load(tmp_path))
    return [(f.code, f.location.claim_id) for f in result.findings]


def test_a_rate_per_100000_follows_from_the_count_and_the_population(tmp_path):
    """1,146 visits in a county of 2.72 million is 42.1 per 100,000: no finding (FL101 before)."""
    assert _findings(tmp_path, "42.1 visits per 100,000 residents") == []


def test_a_rate_per_100000_printed_ten_times_too_high_is_found(tmp_path):
    assert ("FL101", "rate") in _findings(tmp_path, "421 visits per 100,000 residents")


def test_a_rate_per_100000_that_lost_its_year_is_told_with_its_count(tmp_path):
    """FL201 speaks of the rate as printed, per 100,000, and suggests the lost "a year"."""
    (tmp_path / "a.toml").write_text('''[article]
id = "a"

[claims.cases]
figure = "1,088 cases a year"
unit = "count"

[claims.population]
figure = "2.72 million people"

[claims.rate]
figure = "40 cases per 100,000 people"
unit = "count/person"
derived = "cases / population"
''', encoding="utf-8")
    [finding] = verify(load(tmp_path)).findings
    assert finding.code == "FL201"
    assert finding.message == ("40 cases per 100,000 people is a total, but the computation gives a rate: "
                               "40 count/person per 100,000/year")
    assert finding.correction == "40 cases per 100,000 people a year"
