"""Drafts as ledger entries: every draft `factledger extract` writes loads in a ledger."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factledger import load
from factledger.cli import main
from factledger.engine import Settings
from factledger.extraction import drafts, extract, lexicon
from factledger.figures import read_figure
from factledger.hedges import HEDGES
from factledger.units import COUNT_UNITS

TEXTS = sorted((Path(__file__).parent / "data" / "extraction" / "texts").glob("*.txt"))
LEDGER_HEAD = '[article]\nid = "a"\n'


@pytest.mark.parametrize("article", TEXTS, ids=[path.stem for path in TEXTS])
def test_every_appended_draft_of_the_corpus_loads(tmp_path, capsys, article):
    """extract --append on each labelled text (the seed articles among them) leaves a ledger
    that loads; each mention is either drafted or named on stderr as left out."""
    ledger = tmp_path / "ledger.toml"
    ledger.write_text(LEDGER_HEAD, encoding="utf-8")
    assert main(["extract", str(article), "--append", str(ledger)]) == 0
    err = capsys.readouterr().err
    mentions = extract(article.read_text(encoding="utf-8"))
    loaded = load(ledger).claims
    left_out = err.count(" is left out: ")
    assert len(loaded) + left_out == len(mentions)
    assert left_out <= 3


@pytest.mark.parametrize("article", TEXTS, ids=[path.stem for path in TEXTS])
def test_every_printed_draft_of_the_corpus_loads(tmp_path, capsys, article):
    """The TOML extract prints, under an [article] table, is a ledger that loads."""
    assert main(["extract", str(article)]) == 0
    ledger = tmp_path / "ledger.toml"
    ledger.write_text(LEDGER_HEAD + "\n" + capsys.readouterr().out, encoding="utf-8")
    assert len(load(ledger).claims) == len(drafts.entries(extract(article.read_text(encoding="utf-8")))[0])


# printed in the sentence -> the unit its draft gives (None: no unit line)
UNITS = [
    ("The plant cut 1,500 jobs.", "1,500 jobs", "count"),
    ("The hall has 411 seats.", "411 seats", "count"),
    ("Some 73,000 fans came.", "73,000 fans", "count"),
    ("It has two BWR sections.", "two BWR sections", "count"),
    ("A 4-car train ran.", "4-car", "count"),
    ("A 12-storey block fell.", "12-storey", "count"),
    ("A 90-second interval.", "90-second", "second"),
    ("The 45-year-old man.", "45-year", "year"),
    ("A 1.3-mile tunnel.", "1.3-mile", "mile"),
    ("It serves 28,000 daily commuters.", "28,000 daily commuters", "count/day"),
    ("Fares are $6.50 per trip.", "$6.50 per trip", "USD/count"),
    ("It runs 40 trains per hour per direction.", "40 trains per hour per direction", "count/hour/count"),
    ("With 12,000 troops deployed.", "12,000 troops", "troop"),
    ("It shipped 80,000 tonnes.", "80,000 tonnes", None),
    ("It carries 12,000 per hour per direction.", "12,000 per hour per direction", "count/hour/count"),
    # nouns news counts that pint reads as units: an area, a pressure, parsecs, a volume, a weight
    ("The plant has 4 sections.", "4 sections", "count"),
    ("The city has 12 bars.", "12 bars", "count"),
    ("They sold 5 pcs at the fair.", "5 pcs", "count"),
    ("She drank 3 cups of tea.", "3 cups", "count"),
    ("Protesters threw 12 stones.", "12 stones", "count"),
    ("The key has 20 bits.", "20 bits", "count"),
    ("Police heard 12 shots.", "12 shots", "count"),
    ("It costs $5 per section.", "$5 per section", "USD/count"),
    ("A 4-section plan.", "4-section", "count"),
    # and nouns pint does not know: counts already
    ("The engine has 4 strokes.", "4 strokes", "count"),
    ("They cut 40 cords of wood.", "40 cords", "count"),
    # units stay units, those of the lexicon and those pint knows
    ("The boat makes 2 knots.", "2 knots", None),
    ("The wall is 6 feet high.", "6 feet", None),
    ("The route is 12 miles long.", "12 miles", None),
    ("The bag weighs 5 pounds.", "5 pounds", "lb"),
    ("The talk lasted 3 hours.", "3 hours", None),
    ("The battery gives 12 volts.", "12 volts", None),
    ("He drank 3 pints.", "3 pints", None),
    ("It is 24 carats.", "24 carats", None),
]


@pytest.mark.parametrize(("sentence", "printed", "unit"), UNITS)
def test_a_draft_gives_the_unit_the_ledger_needs_to_read_its_figure(sentence, printed, unit):
    """A counted noun the ledger has no name for is a count; a hyphenated unit is spelled out."""
    [claim] = [c for c in extract(sentence) if c.printed == printed]
    fields = drafts.ledger_fields(claim)
    assert fields.get("unit") == unit
    assert f"counts {claim.unit}" in fields["note"] if "counted-noun" in claim.flags else True


@pytest.mark.parametrize("noun", sorted(lexicon.COUNTED_NOT_MEASURED))
def test_a_noun_news_counts_is_drafted_as_a_count_though_pint_reads_it_as_a_unit(tmp_path, noun):
    """pint reads "12 sections" as an area and "12 stones" as a weight; the article counts them.
    The draft is a count (``unit = "count"``), its note and measure name the noun, and the
    ledger reads 12 counted things."""
    plural = lexicon.plural(noun)
    assert read_figure(f"12 {plural}").unit_text not in COUNT_UNITS  # pint reads a unit: the entry matters
    [claim] = extract(f"They found 12 {plural}.")
    fields = drafts.ledger_fields(claim)
    assert (fields["figure"], fields["unit"]) == (f"12 {plural}", "count")
    assert fields["measure"] == f"DRAFT: number of {plural}" and f"; counts {noun};" in fields["note"]
    ledger = tmp_path / "ledger.toml"
    ledger.write_text(LEDGER_HEAD + "\n" + drafts.to_toml([claim]), encoding="utf-8")
    [loaded] = load(ledger).claims.values()
    assert (loaded.figure.value, loaded.figure.unit_text, loaded.figure.compiled_unit().dims) == (12, "count", ())


@pytest.mark.parametrize(("sentence", "kind"), [
    ("The boat makes 2 knots.", "[length]"), ("The wall is 6 feet high.", "[length]"),
    ("The bag weighs 5 pounds.", "[mass]"), ("The talk lasted 3 hours.", "[time]"),
    ("The battery gives 12 volts.", "[current]"), ("He drank 3 pints.", "[length]"),
])
def test_a_unit_of_measure_stays_a_unit_in_its_draft(tmp_path, sentence, kind):
    """Only nouns news counts are drafted as counts: "6 feet" and "12 volts" stay measures."""
    ledger = tmp_path / "ledger.toml"
    ledger.write_text(LEDGER_HEAD + "\n" + drafts.to_toml(extract(sentence)), encoding="utf-8")
    [loaded] = load(ledger).claims.values()
    assert kind in dict(loaded.figure.compiled_unit().dims)


def test_a_mention_no_unit_makes_readable_is_left_out_and_named(tmp_path):
    """"a 2-0 win" cannot be a ledger figure: the TOML says so in a comment. "more than a year"
    can, now that the reader counts "a year" as one year, as extraction does."""
    text = drafts.to_toml(extract("It took more than a year.\nThe 2-0 win and 300 troops."))
    document = tomllib.loads(text)
    assert [c["figure"] for c in document["claims"].values()] == ["more than a year", "300 troops"]
    assert "# article line 2: '2-0' is left out: the ledger cannot read it as a figure; " \
           "record it by hand if it is a quantity" in text.splitlines()
    assert "more than a year' is left out" not in text


@settings(max_examples=60, deadline=None)
@given(st.from_regex(r"(?:[1-9][0-9]{0,2}(?:,[0-9]{3})?|two|forty)(?: |-)(?:[a-z]{3,9} ){0,2}[a-z]{3,9}s?"
                     r"(?: per [a-z]{3,8}| a day)?", fullmatch=True))
def test_any_counted_phrase_gives_drafts_that_load(tmp_path_factory, phrase):
    """Whatever noun follows a number, each draft is one a ledger loads, or it is left out."""
    ledger = tmp_path_factory.mktemp("drafts") / "ledger.toml"
    ledger.write_text(LEDGER_HEAD + "\n" + drafts.to_toml(extract(f"They said {phrase}.")), encoding="utf-8")
    load(ledger)


@pytest.mark.parametrize(("sentence", "printed"), [
    ("It cost 1.234.567 euros.", "1.234.567 euros"),  # the ledger reads 1.234 euros
])
def test_a_draft_the_ledger_would_read_otherwise_is_left_out(sentence, printed):
    """A draft is written only when the ledger reads the value extraction read."""
    [claim] = extract(sentence)
    assert claim.printed == printed and not drafts.recordable(claim)


def test_a_range_in_words_is_drafted_as_the_ledger_reads_it():
    """"between one and two years": the ledger read "one and two" as the number 3 and the draft
    was left out; the "and" of a range is no "and" of a number, and the draft is written."""
    [claim] = extract("inflation between one and two years ahead")
    assert claim.printed == "one and two years" and drafts.recordable(claim)
    assert (claim.figure.interval.lo, claim.figure.interval.hi) == (1, 2)


@pytest.mark.parametrize(("sentence", "figure"), [
    ("The air force bought about 12 F-16 jets.", "about 12"),
    ("Airlines grounded 12 Boeing 737 jets.", "12"),
    ("Ukraine got 12 F-16s.", "12"),
])
def test_a_count_whose_noun_phrase_the_ledger_cannot_read_is_drafted_as_its_number(tmp_path, sentence, figure):
    """The figure reader takes "F-16" for a range: a count of 12 jets is drafted as the "12" the
    article prints, with its hedge, counting, and its note names the whole phrase."""
    [claim] = extract(sentence)
    fields = drafts.ledger_fields(claim)
    assert (fields["figure"], fields["unit"]) == (figure, "count")
    assert f"; the figure is the number alone, as the ledger does not read {claim.figure.text!r}; " \
           f"counts {claim.unit};" in fields["note"]
    ledger = tmp_path / "ledger.toml"
    ledger.write_text(LEDGER_HEAD + "\n" + drafts.to_toml([claim]), encoding="utf-8")
    [loaded] = load(ledger).claims.values()
    assert (loaded.figure.value, loaded.figure.unit_text) == (12, "count")
    assert _findings(load(ledger)) == ()


@pytest.mark.parametrize(("sentence", "printed"), [("Inflation rose to 7.8pc in March.", "7.8pc"),
                                                ("Unemployment was 7.8 pc last year.", "7.8 pc")])
def test_a_draft_of_pc_is_read_as_per_cent_not_parsecs(tmp_path, sentence, printed):
    """The figure reader, asked for no unit, reads "pc" as parsecs: the draft says
    ``unit = "percent"``, and the ledger reads 7.8 per cent."""
    ledger = tmp_path / "ledger.toml"
    ledger.write_text(LEDGER_HEAD + "\n" + drafts.to_toml(extract(sentence)), encoding="utf-8")
    [loaded] = load(ledger).claims.values()
    assert (loaded.figure.text, loaded.figure.value, loaded.figure.unit) == (printed, 7.8, "percent")
    assert _findings(load(ledger)) == ()


def _findings(ledger):
    """The findings on a ledger of drafts but that they await review (FL603): what the checks
    make of the drafts' figures, quotes and units."""
    from factledger import verify

    return verify(ledger, Settings(ignore=("FL603",))).findings


def _drafted(tmp_path, sentence):
    """The TOML of ``sentence``'s drafts, and the claims of the ledger it makes."""
    text = drafts.to_toml(extract(sentence))
    ledger = tmp_path / "ledger.toml"
    ledger.write_text(LEDGER_HEAD + "\n" + text, encoding="utf-8")
    return text, load(ledger)


@pytest.mark.parametrize(("sentence", "figure"), [
    ("Growth was about -3% in 2020.", "about 3%"),
    ("Growth was about \u22123% in 2020.", "about 3%"),
    ("Sales were nearly -3% lower.", "nearly 3%"),
    ("Prices fell by up to -30%.", "up to 30%"),
    ("Outflows were roughly -$2bn.", "roughly $2bn"),
    ("Prices moved -3% in May.", "3%"),
    # the sign in words: left out as "-" is, where it was left out of the drafts as unreadable
    ("Output fell about minus 3 per cent.", "about 3 per cent"),
])
def test_a_hedged_negative_is_drafted_as_its_size_with_its_hedge(tmp_path, sentence, figure):
    """ "about -3%" is drafted as "about 3%", as the figure reader asks it recorded, like "-3%" as
    "3%": flagged, with a measure and note that say it is a fall, and the quote holds it."""
    text, ledger = _drafted(tmp_path, sentence)
    [claim] = ledger.claims.values()
    assert claim.figure.text == figure and claim.figure.value in (3, 30, 2e9)
    assert claim.measure.endswith(" (printed negative: a fall or a loss)")
    assert "; printed negative: the ledger takes the size, so record the change as a fall or a loss, or a " \
           "level below zero (a rate of -0.5%) with its sign and signed = true; flags: printed-negative" \
           in claim.note and "number alone" not in claim.note
    assert _findings(ledger) == ()


@pytest.mark.parametrize(("sentence", "line"), [
    ("Margins were more than -3% in June.", "'more than -3%' is left out: 'more than' before a negative "
                                            "amount turns around for its size (a fall of less than 3%), "
                                            "which the article does not print"),
    ("Costs were at least -2% below plan.", "'at least -2%' is left out: 'at least' before a negative "
                                            "amount turns around for its size (a fall of at most 2%), "
                                            "which the article does not print"),
])
def test_a_negative_no_draft_can_record_is_left_out_and_named(tmp_path, sentence, line):
    """A hedge of place turns around before a negative amount, to a figure the article does not
    print, so it is left out and the line says why."""
    text, ledger = _drafted(tmp_path, sentence)
    assert not ledger.claims and f"# article line 1: {line}" in text.splitlines()


@pytest.mark.parametrize("hedge", sorted({hedge.word for hedge in HEDGES}))
def test_every_hedge_before_a_negative_amount_gives_a_draft_that_verifies_or_is_named(tmp_path, hedge):
    """Whatever the hedge before "-3%", the draft keeps it and verifies with no finding, or the
    mention is named as left out; never a draft without its hedge."""
    text, ledger = _drafted(tmp_path, f"Output fell {hedge} -3% in March.")
    figures = [claim.figure.text for claim in ledger.claims.values()]
    assert figures == [f"{hedge} 3%"] and _findings(ledger) == () or \
        figures == [] and f"'{hedge} -3%' is left out: '{hedge}' before a negative amount turns around" in text


@pytest.mark.parametrize(("sentence", "printed"), [
    ("The tank holds gas at a pressure of 12 bars.", "12 bars"),  # was a count of 12 bars
    ("The pump delivers 12 bar of pressure.", "12 bar"),  # was a bare 12
    ("Tyres are inflated to 2.5 bar.", "2.5 bar"),
    ("The boiler runs at 3 bar.", "3 bar"),
    ("The line works at 200 bar.", "200 bar"),  # the singular after an amount, before no noun
    ("The espresso machine has a 15-bar pump.", "15-bar"),
])
def test_bars_of_pressure_are_a_pressure_by_their_sentence(tmp_path, sentence, printed):
    """Where the sentence speaks of pressure, or the singular "bar" names the unit, the draft is
    in bars of pressure, and the ledger reads a pressure."""
    [claim] = extract(sentence)
    assert (claim.printed, claim.unit, claim.measure) == (printed, "bar", "DRAFT: pressure in bar")
    ledger = tmp_path / "ledger.toml"
    ledger.write_text(LEDGER_HEAD + "\n" + drafts.to_toml([claim]), encoding="utf-8")
    [loaded] = load(ledger).claims.values()
    assert loaded.figure.compiled_unit().dims == (("[length]", -1.0), ("[mass]", 1.0), ("[time]", -2.0))


@pytest.mark.parametrize(("sentence", "printed", "unit"), [
    ("The city has 12 bars.", "12 bars", "count"),
    ("The chocolate maker sold 12 bars.", "12 bars", "count"),
    ("Under pressure, he sold 12 chocolate bars.", "12 chocolate bars", "count"),  # bars with a modifier
    ("He played a 12 bar blues.", "12 bar blues", "count"),  # the singular before a noun
    ("She ate 1 bar.", "1", None),
])
def test_bars_with_no_word_of_pressure_are_counted(sentence, printed, unit):
    """Without a word of pressure, "bars" is a count, as news counts bars; "12 bar blues" is
    no pressure, and one "bar" no unit."""
    [claim] = extract(sentence)
    assert (claim.printed, drafts.ledger_fields(claim).get("unit")) == (printed, unit)
