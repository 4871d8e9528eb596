"""A range from below zero ("-5 to -3%") is one draft, as printed, with signed = true."""

from __future__ import annotations

import json
import tomllib

import pytest

from factledger import load
from factledger.cli import main
from factledger.errors import FactledgerError
from factledger.extraction import drafts, extract
from factledger.figures import read_figure

LEDGER_HEAD = '[article]\nid = "a"\n'


def _ledger(tmp_path, text: str):
    ledger = tmp_path / "ledger.toml"
    ledger.write_text(LEDGER_HEAD + "\n" + drafts.to_toml(extract(text)), encoding="utf-8")
    return ledger


@pytest.mark.parametrize(("text", "figure", "unit", "interval"), [
    ("Output fell by between -5 and -3% last year.", "-5 and -3%", "percent", (-5, -3)),
    ("Margins were -5 to -3% in the quarter.", "-5 to -3%", "percent", (-5, -3)),
    ("Returns ranged from -5 to -3 per cent.", "-5 to -3 per cent", "percent", (-5, -3)),
    ("Rates were \u22120.5 to \u22120.25% in the euro area.", "\u22120.5 to \u22120.25%", "percent", (-0.5, -0.25)),
    ("It was minus 5 to minus 3 per cent.", "minus 5 to minus 3 per cent", "percent", (-5, -3)),
    ("The balance was -$5bn to -$3bn.", "-$5bn to -$3bn", "USD", (-5e9, -3e9)),
    ("The balance was between -$5bn and -$3bn.", "-$5bn and -$3bn", "USD", (-5e9, -3e9)),
    ("Margins were about -5 to -3% in the quarter.", "about -5 to -3%", "percent", (-5, -3)),
    ("The change was -5 to 3%, analysts said.", "-5 to 3%", "percent", (-5, 3)),  # across zero
    # the unit printed on both ends too (test_extract_unit_ranges.py)
    ("Growth was -5% to -3% last year.", "-5% to -3%", "percent", (-5, -3)),
    ("Growth was between -5% and -3%.", "-5% and -3%", "percent", (-5, -3)),
    ("The change was -5% to 3%, analysts said.", "-5% to 3%", "percent", (-5, 3)),
])
def test_a_range_from_below_zero_is_one_figure_as_printed_with_signed(tmp_path, text, figure, unit, interval):
    """It was two figures, "5" and "3%", each the size of a fall ("-5 to 3%" one unreadable "5 to
    3%"); it is the range as printed, read with its signs, which the ledger reads only with signed
    = true, as the figure reader's refusal advises, and flagged for the editor to review."""
    [claim] = extract(text)
    assert (claim.figure.text, claim.unit, claim.figure.signed) == (figure, unit, True)
    assert (claim.figure.interval.lo, claim.figure.interval.hi) == pytest.approx(interval)
    assert "negative-range" in claim.flags and "printed-negative" not in claim.flags
    assert claim.measure.endswith("(printed negative: a level or a change below zero)")
    with pytest.raises(FactledgerError, match="add signed = true to the claim"):
        read_figure(figure)
    [(_, fields)], _ = drafts.entries([claim])
    assert (fields["figure"], fields["signed"]) == (figure, True)
    assert ("a range from below zero, drafted as printed with signed = true, as the ledger reads it: check "
            "whether it is a level (a rate, a balance) or a change, and say which in the measure") in fields["note"]
    [loaded] = load(_ledger(tmp_path, text)).claims.values()
    assert loaded.figure.signed and loaded.figure.text == figure
    assert (loaded.figure.interval.lo, loaded.figure.interval.hi) == pytest.approx(interval)


def test_the_toml_and_json_say_signed(tmp_path, capsys):
    """The TOML draft carries `signed = true`; the JSON record says "signed" for every mention."""
    article = tmp_path / "a.txt"
    article.write_text("Margins were -5 to -3% and growth 3 to 5%.\n", encoding="utf-8")
    assert main(["extract", str(article)]) == 0
    claims = list(tomllib.loads(capsys.readouterr().out)["claims"].values())
    assert [(c["figure"], c.get("signed")) for c in claims] == [("-5 to -3%", True), ("3 to 5%", None)]
    assert main(["extract", str(article), "--format", "json"]) == 0
    mentions = json.loads(capsys.readouterr().out)["mentions"]
    assert [(m["printed"], m["signed"]) for m in mentions] == [("-5 to -3%", True), ("3 to 5%", False)]


def test_a_temperature_range_below_zero_is_read_as_printed_and_needs_no_signed():
    """The reader reads a temperature with its sign: "-5 to -3°C" was "5" and "-3°C"."""
    [claim] = extract("Lows were -5 to -3°C overnight.")
    assert (claim.printed, claim.figure.signed, claim.flags) == ("-5 to -3°C", False, ())
    assert (claim.figure.interval.lo, claim.figure.interval.hi) == (-5, -3)
    [(_, fields)], _ = drafts.entries([claim])
    assert "signed" not in fields and read_figure(fields["figure"]).interval == claim.figure.interval


@pytest.mark.parametrize(("text", "printed"), [
    ("Inflation rose from -5 to -3%.", ["5", "3%"]),  # after a word of change: the levels before and after
    ("Prices went from 5 to -3%.", ["5", "3%"]),  # a range starts below zero, or is none
    ("Growth shrank by -5% to -3%.", ["5%", "3%"]),  # the change and the level after it, each printed negative
])
def test_amounts_below_zero_that_are_no_range_stay_apart(text, printed):
    """Only a range whose first end is printed below zero is read so; the rest are as before."""
    assert [claim.printed for claim in extract(text)] == printed


def test_coverage_finds_a_reviewed_range_below_zero_recorded(tmp_path, monkeypatch, capsys):
    """The claim's figure is the mention as printed, so coverage finds it in the article."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("Margins were -5 to -3% in the quarter.\n", encoding="utf-8")
    (tmp_path / "a.toml").write_text(
        '[article]\nid = "a"\ntext = "a.txt"\n\n[claims.margin]\nfigure = "-5 to -3%"\nsigned = true\n'
        'subject = "firms"\nmeasure = "margin"\nquote = "Margins were -5 to -3% in the quarter."\n', encoding="utf-8")
    main(["verify", "--coverage", "a.txt", "a.toml"])
    assert capsys.readouterr().out.splitlines()[0].startswith(
        "a.txt: 1 quantity mentions; 1 recorded in the ledger (100%)")
