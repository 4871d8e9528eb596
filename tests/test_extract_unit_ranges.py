"""A range whose unit or currency is printed on both ends ("5% to 7%", "between $5bn and $7bn") is
one draft, as the figure reader reads it; two amounts that are no range stay two."""

from __future__ import annotations

import pytest

from factledger import load, verify
from factledger.extraction import drafts, extract, lexicon
from factledger.figures import read_figure

LEDGER_HEAD = '[article]\nid = "a"\n'

#: (sentence, the mention as printed, its unit, its ends, signed = true)
ONE_RANGE = [
    ("Growth was -5% to -3% last year.", "-5% to -3%", "percent", (-5, -3), True),
    ("Growth was between -5% and -3% last year.", "-5% and -3%", "percent", (-5, -3), True),
    ("Margins were minus 5 per cent to minus 3 per cent.", "minus 5 per cent to minus 3 per cent", "percent",
     (-5, -3), True),
    ("Margins were -5%–-3% in the quarter.", "-5%–-3%", "percent", (-5, -3), True),
    ("Revenue was between $5bn and $7bn.", "$5bn and $7bn", "USD", (5e9, 7e9), False),
    ("It will cost between €3 million and €4 million.", "€3 million and €4 million", "EUR", (3e6, 4e6), False),
    ("Inflation was 5% to 7% last year.", "5% to 7%", "percent", (5, 7), False),
    ("Inflation stayed between 5% and 7%.", "5% and 7%", "percent", (5, 7), False),
    ("Margins were 5%-7% in the quarter.", "5%-7%", "percent", (5, 7), False),
    ("The bank kept its 5% to 7% target range.", "5% to 7%", "percent", (5, 7), False),
    ("Estimates ranged from 5 per cent to 7 per cent.", "5 per cent to 7 per cent", "percent", (5, 7), False),
    ("The site is 5 km to 7 km from the border.", "5 km to 7 km", "km", (5, 7), False),
    ("Output was 5 million tonnes to 7 million tonnes.", "5 million tonnes to 7 million tonnes", "tonne",
     (5e6, 7e6), False),
    ("Prices range from 3,000 won to 80,000 won.", "3,000 won to 80,000 won", "KRW", (3000, 80000), False),
    ("Lows were -5°C to -3°C overnight.", "-5°C to -3°C", "degree_Celsius", (-5, -3), False),
    # one unit spelled two ways, or with a slash, which the figure reader refused and now reads
    ("It took 1 hour to 2 hours.", "1 hour to 2 hours", "hour", (1, 2), False),
    ("Estimates ranged from 5 per cent to 7 percent.", "5 per cent to 7 percent", "percent", (5, 7), False),
    ("Winds blew at 5 km/h to 7 km/h.", "5 km/h to 7 km/h", "km / hour", (5, 7), False),
    ("Winds blew at 5 kph to 7 km/h.", "5 kph to 7 km/h", "km / hour", (5, 7), False),
    ("Lows were 5 ℃ to 7 ℃ overnight.", "5 ℃ to 7 ℃", "degree_Celsius", (5, 7), False),
    ("Lows were -5 ℃ to -3 ℃ overnight.", "-5 ℃ to -3 ℃", "degree_Celsius", (-5, -3), False),
    # the first end closed by its unit keeps its own scale, as printed (and flagged: see below)
    ("It holds 5 tonnes to 7 million tonnes.", "5 tonnes to 7 million tonnes", "tonne", (5, 7e6), False),
]


@pytest.mark.parametrize(("sentence", "printed", "unit", "ends", "signed"), ONE_RANGE)
def test_a_range_with_its_unit_on_both_ends_is_one_figure(sentence, printed, unit, ends, signed):
    """It was two figures ("5%" and "7%"; "-5% to -3%" two falls, "5%" and "3%"; "between $5bn and
    $7bn" two amounts, as "between" was looked for before the number, not before the "$"). The
    figure reader reads the range as printed, and the draft is that range."""
    [claim] = extract(sentence)
    assert (claim.printed, claim.unit, claim.figure.signed) == (printed, unit, signed)
    assert (claim.figure.interval.lo, claim.figure.interval.hi) == pytest.approx(ends)
    assert claim.figure.is_range and "printed-negative" not in claim.flags
    assert ("negative-range" in claim.flags) is signed
    [(_, fields)], left_out = drafts.entries([claim])
    assert left_out == [] and fields["figure"] == printed
    read = read_figure(fields["figure"], fields.get("unit"), signed=fields.get("signed", False))
    assert (read.interval.lo, read.interval.hi) == pytest.approx(ends)


def test_the_drafts_of_ranges_load_and_verify_with_no_complaint_of_quote_or_figure(tmp_path):
    """Every draft's figure is in its quote as printed: the ledger of drafts loads, and its only
    findings are FL603, the drafts an editor has still to review (no FL601 quote-lacks-figure)."""
    article = "\n\n".join(sentence for sentence, *_ in ONE_RANGE)
    ledger = tmp_path / "ledger.toml"
    ledger.write_text(LEDGER_HEAD + "\n" + drafts.to_toml(extract(article)), encoding="utf-8")
    loaded = load(ledger)
    assert sorted(claim.figure.text for claim in loaded.claims.values()) == sorted(p for _, p, *_ in ONE_RANGE)
    assert {finding.code for finding in verify(loaded).findings} == {"FL603"}


@pytest.mark.parametrize(("sentence", "printed"), [
    # a list, not a range: only "between ... and", "to" or a dash join the ends of one
    ("Prices rose 5% and 7% in two years.", ["5%", "7%", "two years"]),
    # after a word of change: the level before and after, or the change and the level after
    ("Inflation rose from 11.5% to 13%.", ["11.5%", "13%"]),
    ("Consumer prices rose 0.3% to 3.2% in May.", ["0.3%", "3.2%"]),
    ("Unemployment was up 0.2% to 4.1%.", ["0.2%", "4.1%"]),
    ("Rates were cut by 0.5% to 4%.", ["0.5%", "4%"]),
    ("Shares rose 3,000 won to 80,000 won.", ["3,000 won", "80,000 won"]),
    ("The central bank lifted rates 0.25% to 5.5%.", ["0.25%", "5.5%"]),
    ("The lender trimmed its forecast 0.2% to 1.1%.", ["0.2%", "1.1%"]),
    ("Output dipped 0.4% to 2.1% last quarter.", ["0.4%", "2.1%"]),
    # the ends run backwards: a vote, no range
    ("The motion passed 52% to 48%.", ["52%", "48%"]),
    # different units, which the figure reader refuses as a range: "tons" may be short or long
    ("It weighed 5 tons to 7 tonnes.", ["5 tons", "7 tonnes"]),
    ("It took 5 hours to 2 days.", ["5 hours", "2 days"]),
    # the first end's scale word and its unit make it the larger: no range
    ("Output went 5 million tonnes to 7 tonnes.", ["5 million tonnes", "7 tonnes"]),
    # a second end below zero after a first above it is a second amount
    ("Forecasts went from 5% to -3%.", ["5%", "3%"]),
])
def test_amounts_with_their_units_that_are_no_range_stay_two_figures(sentence, printed):
    assert [claim.printed for claim in extract(sentence)] == printed


@pytest.mark.parametrize("separator", [" to ", "-"])
def test_every_unit_printed_on_both_ends_drafts_a_figure_the_ledger_reads(separator):
    """Extraction joins the ends only where the figure reader reads them as one: for every unit of
    the lexicon, a range drafted from "5 X to 7 X" is the whole of it, from 5 to 7, and no draft
    is left out as unreadable (but for units the ledger does not read even alone)."""
    for unit in sorted(set(lexicon.SYMBOL_UNITS) | set(lexicon.WORD_UNITS)):
        if drafts.entries(extract(f"It was 5 {unit} then."))[1]:
            continue
        printed = f"5 {unit}{separator}7 {unit}"
        claims = extract(f"It was {printed} then.")
        assert drafts.entries(claims)[1] == [], unit
        for claim in claims:
            if claim.figure is not None and claim.figure.is_range:
                assert (claim.printed, claim.figure.interval.lo, claim.figure.interval.hi) == (printed, 5, 7)


def _spellings_of_one_unit() -> list[tuple[str, str]]:
    """Every two spellings the lexicon gives one unit ("hour" and "hours", "kph" and "km/h")."""
    spellings: dict[str, list[str]] = {}
    for table in (lexicon.SYMBOL_UNITS, lexicon.WORD_UNITS):
        for printed, unit in table.items():
            spellings.setdefault(unit, []).append(printed)
    return [(a, b) for group in spellings.values() for a in group for b in group if a != b]


def test_two_spellings_of_one_unit_draft_a_range_the_ledger_reads_or_stay_two():
    """Extraction joins "5 X to 7 Y" where X and Y spell one unit only as the figure reader reads it:
    every draft reads (none is left out), and a joined one is the whole range, from 5 to 7."""
    joined = set()
    read_alone = {unit: not drafts.entries(extract(f"It was 5 {unit} then."))[1]
                  for pair in _spellings_of_one_unit() for unit in pair}
    for first, second in _spellings_of_one_unit():
        if not (read_alone[first] and read_alone[second]):
            continue  # a unit the ledger does not read even alone
        printed = f"5 {first} to 7 {second}"
        claims = extract(f"It was {printed} then.")
        assert drafts.entries(claims)[1] == [], printed
        ranges = [claim for claim in claims if claim.figure is not None and claim.figure.is_range]
        for claim in ranges:
            assert (claim.printed, claim.figure.interval.lo, claim.figure.interval.hi) == (printed, 5, 7)
            joined.add((first, second))
    # the spellings the reader refused as "different units" are among those joined now
    assert {("hour", "hours"), ("per cent", "percent"), ("kph", "km/h"), ("°C", "℃")} <= joined


def test_a_scale_word_on_one_end_only_is_drafted_as_printed_and_flagged():
    """ "5 tonnes to 7 million tonnes" is one draft, from 5 tonnes to 7 million, as the reader
    reads it (it was two); the flag and the note ask the editor to check that the article means
    it, and not 5 million. A scale word on both ends, or on the second end of a range whose first
    prints no unit ("5 to 7 million tonnes", 5 to 7 million), is no doubt: no flag."""
    [claim] = extract("It holds 5 tonnes to 7 million tonnes.")
    assert "scale-on-one-end" in claim.flags
    [(_, fields)], _ = drafts.entries([claim])
    assert "scale-on-one-end" in fields["note"]
    assert (read_figure(fields["figure"]).interval.lo, read_figure(fields["figure"]).interval.hi) == (5, 7e6)
    for sentence, ends in [("It holds 5 million tonnes to 7 million tonnes.", (5e6, 7e6)),
                           ("It holds 5 to 7 million tonnes.", (5e6, 7e6))]:
        [claim] = extract(sentence)
        assert "scale-on-one-end" not in claim.flags
        assert (claim.figure.interval.lo, claim.figure.interval.hi) == ends


def test_temperatures_and_speeds_in_their_own_signs_are_drafted():
    """ "5 ℃" (U+2103) and "5 ℉" were drafted as bare numbers, and "5 kmh" was left out: the
    figure reader did not know "kmh" (and read "kmph" as a thousand miles an hour)."""
    cases = [("It was 5 ℃ today.", "5 ℃", 5), ("It was 41 ℉ today.", "41 ℉", 41),
             ("It was -5 ℃ overnight.", "-5 ℃", -5),
             ("Winds of 5 kmh.", "5 kmh", 5), ("Winds of 5 kph.", "5 kph", 5),
             ("Trains ran at 80 kmph.", "80 kmph", 80)]
    for sentence, printed, value in cases:
        [claim] = extract(sentence)
        [(_, fields)], left_out = drafts.entries([claim])
        assert (claim.printed, fields["figure"], left_out) == (printed, printed, [])
        read = read_figure(fields["figure"], fields.get("unit"))
        assert read.value == value
        assert read.compiled_unit().dims == claim.figure.compiled_unit().dims
