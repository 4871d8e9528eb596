"""Degrees that name no scale: a temperature where the sentence speaks of one, else an angle."""

from __future__ import annotations

import pytest

from factledger import load, verify
from factledger.extraction import drafts, extract
from factledger.figures import read_figure

LEDGER_HEAD = '[article]\nid = "a"\n'


def _fields(text: str) -> list[dict]:
    return [fields for _, fields in drafts.entries(extract(text))[0]]


@pytest.mark.parametrize(("sentence", "unit", "measure"), [
    ("Temperatures reached 12 degrees on Monday.", "degC", "temperature in °C"),
    ("The heat hit 40 degrees in Delhi.", "degC", "temperature in °C"),
    ("A 40-degree heatwave hit Delhi.", "degC", "temperature in °C"),
    ("The city was 2 degrees warmer than last year.", "degC", "change in temperature in °C"),
    ("Temperatures rose by about 2 degrees.", "degC", "change in temperature in °C"),
    ("It was 3 degrees above normal for the season, forecasters said.", "degC", "change in temperature in °C"),
    ("Lows were 70 degrees on the Fahrenheit scale.", "degF", "temperature in °F"),
])
def test_degrees_by_a_word_of_temperature_are_a_temperature(tmp_path, sentence, unit, measure):
    """Drafted as an angle, "40 degrees" of heat compared with nothing; it is a temperature in the
    scale's unit, a level or a difference (the measure says which), flagged as a guess."""
    [fields] = _fields(sentence)
    assert (fields["unit"], fields["measure"]) == (unit, "DRAFT: " + measure)
    assert "'degrees' names no scale: the unit is a guess" in fields["note"]
    assert "unit-ambiguous" in fields["note"]
    ledger = tmp_path / "ledger.toml"
    ledger.write_text(LEDGER_HEAD + "\n" + drafts.to_toml(extract(sentence)), encoding="utf-8")
    [claim] = load(ledger).claims.values()
    assert claim.figure.on_number_line  # a temperature scale, not pint's angle (a pure number)


def test_the_scale_is_the_one_the_article_names():
    """A US article that names Fahrenheit once has its bare degrees in Fahrenheit; one that
    names no scale, or both, is taken in Celsius, and the note says it is a guess."""
    text = "Highs reached 110°F on Sunday.\n\nTemperatures hit 95 degrees on Monday."
    assert [fields.get("unit") for fields in _fields(text)] == [None, "degF"]
    assert _fields("Temperatures hit 35 degrees.")[0]["unit"] == "degC"


@pytest.mark.parametrize("sentence", ["The ramp is set at 12 degrees.", "He holds 3 degrees from Oxford.",
                                      "The ship turned 90 degrees to port."])
def test_degrees_with_no_word_of_temperature_are_an_angle_the_note_asks_about(sentence):
    """Without a word of temperature, "degrees" stays the angle pint reads, now said in the
    draft's unit, and the note names what to set for a temperature or a count."""
    [fields] = _fields(sentence)
    assert (fields["unit"], fields["measure"]) == ("degree", "DRAFT: quantity in degrees")
    assert ("no word of temperature stands near: the unit is a guess, an angle; set unit = \"degC\" or "
            "\"degF\" for a temperature, or \"count\" for a count") in fields["note"]


def test_a_drafted_difference_computes_from_the_drafted_levels(tmp_path):
    """The difference takes the scale's unit, as the levels do, so an editor's derivation of it
    holds; in pint's delta_degC, a kind of its own, it could not be computed."""
    text = "Temperatures averaged 14.2 degrees in 2024 and 12.2 degrees in 2023, 2 degrees warmer."
    level_2024, level_2023, warming = _fields(text)
    assert [level_2024["unit"], level_2023["unit"], warming["unit"]] == ["degC"] * 3
    claims = [("now", level_2024, 'period = "2024"'), ("then", level_2023, 'period = "2023"'),
              ("warming", warming, 'derived = "now - then"')]
    ledger = tmp_path / "ledger.toml"
    ledger.write_text(LEDGER_HEAD + "".join(
        f'\n[claims.{key}]\nfigure = "{fields["figure"]}"\nunit = "{fields["unit"]}"\nsubject = "Delhi"\n'
        f'measure = "{key}"\n{extra}\n' for key, fields, extra in claims), encoding="utf-8")
    result = verify(load(ledger))
    assert [finding.code for finding in result.findings] == [] and len(result.checks) >= 1
    assert all(check.verdict.name.lower().startswith("consistent") for check in result.checks)


@pytest.mark.parametrize(("sentence", "figure", "unit", "value"), [
    ("Temperatures fell to -5 degrees overnight.", "-5 degrees", "degC", -5),
    ("Temperatures fell to about -5 degrees overnight.", "about -5 degrees", "degC", -5),
    ("It was 10 degrees below zero as temperatures fell.", "10 degrees below zero", "degC", -10),
    ("It was 10 degrees below zero in Oslo.", "10 degrees below zero", "degC", -10),  # the words speak of one
    ("Lows of 40 degrees below zero in Fahrenheit are forecast.", "40 degrees below zero", "degF", -40),
    ("Oslo saw 10°C below zero.", "10°C below zero", None, -10),
    ("Lows of more than 10°C below zero are forecast.", "more than 10°C below zero", None, -10),
    ("Temperatures dropped 10 degrees below zero.", "10 degrees below zero", "degC", -10),  # a level, not a fall
    ("Lows of 5 to 10 degrees below zero are forecast.", "5 to 10 degrees below zero", "degC", -7.5),
])
def test_a_temperature_below_zero_in_degrees_or_words_is_a_level_drafted_as_the_reader_reads_it(
        tmp_path, sentence, figure, unit, value):
    """ "-5 degrees" and "10°C below zero" were drafted as their size ("5 degrees", "10°C"), flagged
    printed-negative and named a fall or a loss, though the figure reader reads "-5 degrees" and
    "10 degrees below zero" with unit = "degC" below zero: the draft is that figure, a level, as
    "minus 5°C" is, and loads below zero."""
    [claim] = extract(sentence)
    assert (claim.figure.text, claim.figure.value, "printed-negative" in claim.flags) == (figure, value, False)
    assert "printed negative" not in claim.measure and "change in temperature" not in claim.measure
    [fields] = _fields(sentence)
    assert (fields["figure"], fields.get("unit"), "signed" in fields) == (figure, unit, False)
    expected = read_figure(figure, unit)
    assert (claim.figure.interval, claim.figure.bounds) == (expected.interval, expected.bounds)
    ledger = tmp_path / "ledger.toml"
    ledger.write_text(LEDGER_HEAD + "\n" + drafts.to_toml(extract(sentence)), encoding="utf-8")
    [loaded] = load(ledger).claims.values()
    assert loaded.figure.interval == expected.interval and loaded.figure.interval.hi < 0


def test_an_angle_printed_negative_is_still_its_size_flagged():
    """Without a word of temperature "-5 degrees" is an angle, which the ledger takes as no level
    below zero: the draft is the size, flagged printed-negative, as before."""
    [claim] = extract("The ramp is set at -5 degrees.")
    assert (claim.printed, claim.unit, "printed-negative" in claim.flags) == ("5 degrees", "degree", True)


@pytest.mark.parametrize(("sentence", "figure", "value"), [
    ("It was minus 5 degrees Celsius.", "minus 5 degrees Celsius", -5),
    ("Overnight the temperature fell to minus 5°C in Oslo.", "minus 5°C", -5),
    ("Kyiv recorded -5°C on Monday.", "-5°C", -5),
    ("Forecasters expect minus five degrees Celsius tonight.", "minus five degrees Celsius", -5),
    ("Lows of about minus 12°C are likely.", "about minus 12°C", -12),
    ("Nearly minus 40 degrees Fahrenheit was recorded.", "Nearly minus 40 degrees Fahrenheit", -40),
    ("Lows of minus 5 to minus 3°C are forecast.", "minus 5 to minus 3°C", -4),
])
def test_a_temperature_below_zero_is_a_level_drafted_as_printed(tmp_path, sentence, figure, value):
    """ "minus 5°C" was drafted as "5°C", flagged printed-negative and named a fall or a loss; a
    temperature below zero is a level, which the figure reader reads with its sign, as printed
    and without signed = true: the draft is that figure, with no flag, and loads below zero."""
    [claim] = extract(sentence)
    assert (claim.figure.text, claim.flags, claim.figure.signed) == (figure, (), False)
    assert "printed negative" not in claim.measure
    expected = read_figure(figure)
    assert (claim.figure.value, claim.figure.interval, claim.figure.bounds) == (
        value, expected.interval, expected.bounds)
    [fields] = _fields(sentence)
    assert (fields["figure"], "signed" in fields, "printed negative" in fields["note"]) == (figure, False, False)
    ledger = tmp_path / "ledger.toml"
    ledger.write_text(LEDGER_HEAD + "\n" + drafts.to_toml(extract(sentence)), encoding="utf-8")
    [loaded] = load(ledger).claims.values()
    assert loaded.figure.interval == expected.interval and loaded.figure.interval.hi < 0

