"""Levels below zero (``signed = true``): read on the number line, loaded, and checked like any figure."""

from __future__ import annotations

import math
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factledger import FactledgerError, FigureError, errata, load, read_figure, verify
from factledger.hedges import HEDGES, TRAILING_HEDGES, HedgeKind
from strategies import printed_numbers

INF = math.inf


# -- reading ----------------------------------------------------------------------------------
# text, unit, (lo, hi) of the bounds, unit text
READINGS = [
    ("-0.5%", None, (-0.55, -0.45), "percent"),
    ("\u2013 0.5%", None, (-0.55, -0.45), "percent"),  # an en dash, spaced, as some desks set it
    ("-0.5 per cent", None, (-0.55, -0.45), "percent"),
    ("JPY -3bn", None, (-3.5e9, -2.5e9), "JPY"),
    ("-\u20b95 crore", None, (-5.5e7, -4.5e7), "INR"),
    ("-A$5bn", None, (-5.5e9, -4.5e9), "AUD"),
    ("-$5bn", "CAD", (-5.5e9, -4.5e9), "CAD"),  # the ledger's unit says which dollar, as without a sign
    ("-$5bn a year", None, (-5.5e9, -4.5e9), "USD/year"),
    ("-12,000", "person", (-12_500, -11_500), "person"),
    ("-0.5% to -0.25%", None, (-0.5, -0.25), "percent"),
    ("from -0.5% to 0.25%", None, (-0.5, 0.25), "percent"),
    ("between -$2bn and $3bn", None, (-2e9, 3e9), "USD"),
    # the sign in words: "minus" before the amount or its currency, in any case
    ("minus 0.5%", None, (-0.55, -0.45), "percent"),
    ("Minus 0.5 per cent", None, (-0.55, -0.45), "percent"),
    ("minus $5bn", None, (-5.5e9, -4.5e9), "USD"),
    ("minus 3 points", "percentage_point", (-3.5, -2.5), "percentage_point"),
    ("between minus 0.5% and 0.25%", None, (-0.5, 0.25), "percent"),
    ("minus 0.5% to minus 0.25%", None, (-0.5, -0.25), "percent"),
    ("about minus 0.5%", None, (-0.6, -0.4), "percent"),
    ("-three points", "percentage_point", (-3.5, -2.5), "percentage_point"),  # number words keep their sign
]


@pytest.mark.parametrize("text, unit, bounds, unit_text", READINGS)
def test_a_level_below_zero_reads_with_its_sign(text, unit, bounds, unit_text):
    """With signed = true, a minus sign before the digits or the currency is the figure's own."""
    figure = read_figure(text, unit, signed=True)
    assert (figure.bounds.lo, figure.bounds.hi) == pytest.approx(bounds)
    assert figure.unit_text == unit_text
    assert figure.signed and figure.on_number_line


@given(printed_numbers(max_value=10**5), st.sampled_from(["", "%", "$", "bn", " tonnes", "$M"]))
def test_a_level_below_zero_is_the_mirror_of_its_size(number, affix):
    """"-x" reads as "x" mirrored below zero: the same rounding, on the other side."""
    text, _ = number
    printed = f"${text}{affix[1:]}" if affix.startswith("$") else f"{text}{affix}"
    size, below = read_figure(printed), read_figure(f"-{printed}", signed=True)
    assert (below.interval.lo, below.interval.hi) == (-size.interval.hi, -size.interval.lo)
    assert below.value == -size.value and below.unit_text == size.unit_text


_PLACE = [h for h in HEDGES if not h.of_size and h.kind in (HedgeKind.UPPER_BOUND, HedgeKind.LOWER_BOUND)]


@given(printed_numbers(max_value=1000), st.sampled_from(_PLACE), st.booleans())
def test_a_hedge_of_place_is_open_on_the_side_it_names_whatever_the_sign(number, hedge, below_zero):
    """"below x%" reaches down without end and "above x%" up, for x on either side of zero."""
    text = f"{hedge.word} {'-' if below_zero else ''}{number[0]}%"
    figure = read_figure(text, signed=True)
    if hedge.kind is HedgeKind.UPPER_BOUND:
        assert (figure.bounds.lo, figure.bounds.hi) == (-INF, figure.interval.hi)
    else:
        assert (figure.bounds.lo, figure.bounds.hi) == (figure.interval.lo, INF)


@pytest.mark.parametrize("hedge", HEDGES + TRAILING_HEDGES, ids=lambda hedge: hedge.word)
def test_every_hedge_reads_a_level_below_zero_and_allows_its_printing(hedge):
    """Each hedge of the table, before or after "-0.5%", reads with signed = true, and what it asserts
    holds every value the printing allows (a hedge widens or bounds; it never moves the figure)."""
    text = f"-0.5% {hedge.word}" if hedge in TRAILING_HEDGES else f"{hedge.word} -0.5%"
    figure = read_figure(text, signed=True)
    assert figure.bounds.lo <= figure.interval.lo and figure.interval.hi <= figure.bounds.hi
    assert figure.bounds.lo < 0


@given(printed_numbers(max_value=10**5), st.sampled_from(["", "about ", "nearly ", "more than ", "at least ",
                                                          "between 1 and ", "~"]),
       st.sampled_from(["", "%", " tonnes", "bn"]))
def test_a_figure_above_zero_reads_as_it_does_without_signed(number, hedge, unit):
    """signed = true changes nothing for a figure above zero but an upper bound (below)."""
    text = f"{hedge}{number[0]}{unit}"
    plain, signed = read_figure(text), read_figure(text, signed=True)
    assert (signed.interval, signed.bounds, signed.unit_text, signed.value) == \
        (plain.interval, plain.bounds, plain.unit_text, plain.value)


@pytest.mark.parametrize("text", ["up to 0.25%", "below 0.25%", "at most 0.25%", "0.25% or less"])
def test_an_upper_bound_of_a_signed_level_does_not_stop_at_zero(text):
    """A rate "below 0.25%" may be -0.1%: the bound reaches down without end, where an amount's stops at 0."""
    assert read_figure(text).bounds.lo == 0.0
    figure = read_figure(text, signed=True)
    assert (figure.bounds.lo, figure.bounds.hi) == (-INF, pytest.approx(0.255))


@pytest.mark.parametrize("text, bounds", [
    ("about -0.5% to 0.25%", (-0.55, 0.3)),  # a tenth of 0.5, the farther end, on each side
    ("about -0.25% to 0.5%", (-0.3, 0.55)),
    ("roughly -$2bn to $3bn", (-2.3e9, 3.3e9)),
    ("about -5 to 3°C", (-5.5, 3.5)),  # a temperature across zero too (was -5.1 to 3.1: a tenth of -1)
])
def test_an_approximate_range_across_zero_widens_by_a_tenth_of_its_farther_end(text, bounds):
    """The midpoint of a range across zero says nothing of its size; its farther end does."""
    figure = read_figure(text, signed=True)
    assert (figure.bounds.lo, figure.bounds.hi) == pytest.approx(bounds)


@pytest.mark.parametrize("text, message", [
    ("up 0.5%", "figure 'up 0.5%' is a change; record the figure as '0.5%' and say in 'measure' that it is a rise"),
    ("-1e6", "figure '-1e6' is in e-notation; write it as the article prints it (100,000 or 100 thousand)"),
    ("one in five", "figure 'one in five' is a ratio, which the reader does not take; record a share or count "
                    "the article prints (\"20%\"), or leave the figure out"),
    ("-0.25% to -0.5%", "figure '-0.25% to -0.5%': the range runs backwards"),
])
def test_signed_lifts_only_the_refusal_of_a_negative_amount(text, message):
    """A change, e-notation, a ratio or a backwards range is refused with signed = true as without it."""
    with pytest.raises(FigureError) as info:
        read_figure(text, signed=True)
    assert str(info.value) == message


@pytest.mark.parametrize("text", ["-0.5% to 0.25%", "between -$2bn and $3bn", "-5 to 3 tonnes"])
def test_a_range_across_zero_without_signed_says_how_to_record_it(text):
    """No size without a sign says "-0.5% to 0.25%": the message does not offer "0.5% to 0.25%"."""
    with pytest.raises(FigureError) as info:
        read_figure(text)
    assert str(info.value) == (f"figure {text!r} runs from below zero to above it, which no amount without a sign "
                               f"can say; if it is a level below zero (an interest rate, a balance), add signed = "
                               f"true to the claim")


@pytest.mark.parametrize("text", ["-\u20b95", "-US$5bn", "-A$2bn", "-\u00a53bn"])
def test_a_minus_sign_before_any_currency_is_refused_as_negative(text):
    """"-US$5bn" was refused as having no number; it is a negative amount, as "-$5bn" is."""
    with pytest.raises(FigureError, match=f"^figure {re.escape(repr(text))} is negative; record the printed amount"):
        read_figure(text, "JPY" if "\u00a5" in text else None)


def test_signed_must_be_true_or_false():
    with pytest.raises(FigureError, match="^signed must be true or false, not str$"):
        read_figure("-0.5%", signed="yes")


# -- ledger files ----------------------------------------------------------------------------
def ledger(tmp_path: Path, text: str, name: str = "l.toml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load(path, cache=False)


@pytest.mark.parametrize("extra", ["", 'attributed_to = ["the central bank"]\n'])
def test_signed_true_loads_the_figure_with_its_sign(tmp_path, extra):
    """On the fast path (every field of its usual type) and field by field (a list) alike."""
    loaded = ledger(tmp_path, f'[article]\nid = "e"\n[claims.rate]\nfigure = "-0.5%"\nsigned = true\n{extra}')
    figure = loaded.claims["e:rate"].figure
    assert figure.signed and (figure.interval.lo, figure.interval.hi) == pytest.approx((-0.55, -0.45))


def test_signed_false_and_no_signed_read_alike(tmp_path):
    loaded = ledger(tmp_path, '[article]\nid = "e"\n[claims.a]\nfigure = "0.5%"\nsigned = false\n'
                              '[claims.b]\nfigure = "0.5%"\n')
    assert loaded.claims["e:a"].figure == loaded.claims["e:b"].figure


def test_signed_and_exact_together(tmp_path):
    """An exact net count below zero: a point, with its sign."""
    loaded = ledger(tmp_path, '[article]\nid = "e"\n[claims.net]\nfigure = "-12 ships"\nsigned = true\n'
                              'exact = true\n')
    figure = loaded.claims["e:net"].figure
    assert (figure.interval.lo, figure.interval.hi, figure.exact) == (-12, -12, True)


def test_a_unit_error_of_a_signed_figure_is_placed_at_the_unit(tmp_path):
    """The figure reads with its sign, so the unit that changes its size is the line at fault."""
    path = tmp_path / "l.toml"
    path.write_text('[article]\nid = "e"\n[claims.x]\nfigure = "-5 kg"\nsigned = true\nunit = "tonne"\n', "utf-8")
    with pytest.raises(FactledgerError) as info:
        load(path, cache=False)
    assert str(info.value).startswith(f"{path}:6: claim 'x': figure '-5 kg' is in 'kg', but the ledger gives unit")


def test_a_negative_figure_without_signed_is_placed_at_the_figure(tmp_path):
    path = tmp_path / "l.toml"
    path.write_text('[article]\nid = "e"\n[claims.x]\nunit = "percent"\nfigure = "-0.5%"\n', "utf-8")
    with pytest.raises(FactledgerError) as info:
        load(path, cache=False)
    assert str(info.value).startswith(f"{path}:5: claim 'x': figure '-0.5%' is negative;")
    assert str(info.value).endswith("add signed = true to the claim")


# -- checks ------------------------------------------------------------------------------------
TRADE = """
[article]
id = "t"
title = "Trade gap"
published = 2024-03-01
[claims.exports]
figure = "$21bn"
period = "2023"
quote = "Exports were $21bn and imports $26bn, a balance of {balance}."
[claims.imports]
figure = "$26bn"
period = "2023"
quote = "Exports were $21bn and imports $26bn, a balance of {balance}."
[claims.balance]
figure = "{balance}"
signed = true
derived = "exports - imports"
period = "2023"
quote = "Exports were $21bn and imports $26bn, a balance of {balance}."
"""


def test_a_balance_below_zero_follows_from_its_parts(tmp_path):
    """$21bn - $26bn is -6 to -4 billion, which meets the printed -$5bn: the check holds."""
    result = verify(ledger(tmp_path, TRADE.format(balance="-$5bn")))
    assert result.findings == ()
    [check] = result.checks
    assert check.verdict.value == "consistent"


def test_a_wrong_balance_below_zero_is_fl101_with_a_signed_correction(tmp_path):
    """-$3bn does not follow from $21bn - $26bn; the correction keeps the article's sign and currency."""
    [finding] = verify(ledger(tmp_path, TRADE.format(balance="-$3bn"))).findings
    assert finding.code == "FL101"
    assert finding.message == ("-$3bn does not follow from exports - imports: recomputed -5,000,000,000 USD, "
                               "a gap of 500,000,000 USD")
    assert finding.correction == "-$5bn"


def test_a_balance_printed_above_zero_from_a_deficit_is_fl101(tmp_path):
    """A sign slip ("$5bn" for a balance of -$5bn) is an error, with the signed figure to print."""
    [finding] = verify(ledger(tmp_path, TRADE.format(balance="$5bn"))).findings
    assert (finding.code, finding.correction) == ("FL101", "-$5bn")


def test_an_amount_without_signed_is_offered_no_correction_below_zero(tmp_path):
    """"$5bn" recorded as a size cannot take -5 billion: no such figure reads without signed = true."""
    text = TRADE.format(balance="$5bn").replace("signed = true\n", "")
    [finding] = verify(ledger(tmp_path, text)).findings
    assert (finding.code, finding.correction) == ("FL101", "")


def test_a_rate_below_zero_times_an_amount_is_a_cost(tmp_path):
    """-0.5% on €100bn of reserves is -€0.5bn a year; a printed -€0.4bn is off by more than rounding."""
    text = ('[article]\nid = "r"\n[claims.rate]\nfigure = "-0.50%"\nsigned = true\n'
            '[claims.reserves]\nfigure = "€100.0bn"\n'
            '[claims.yield_]\nfigure = "-€{x}bn"\nsigned = true\nderived = "rate * reserves"\n')
    assert verify(ledger(tmp_path, text.format(x="0.5"))).findings == ()
    [finding] = verify(ledger(tmp_path, text.format(x="0.40"), "m.toml")).findings
    assert (finding.code, finding.correction) == ("FL101", "-€0.5bn")


def _rates(tmp_path: Path, first: str, second: str, signed: tuple[bool, bool] = (True, True)):
    for name, figure, is_signed, year in (("a", first, signed[0], 2019), ("b", second, signed[1], 2020)):
        (tmp_path / f"{name}.toml").write_text(
            f'[article]\nid = "{name}"\npublisher = "{name.upper()}"\npublished = {year}-01-10\n'
            f'[claims.rate]\nfigure = "{figure}"\nsigned = {str(is_signed).lower()}\n'
            f'subject = "European Central Bank"\nmeasure = "deposit facility rate"\nperiod = "2019-12"\n',
            encoding="utf-8")
    return verify(load(tmp_path, cache=False))


def test_two_sources_giving_a_rate_below_zero_conflict_as_their_sizes_would(tmp_path):
    """"-0.5%" and "-0.4%" share only -0.45, as "0.5%" and "0.4%" share only 0.45, the end of both
    roundings: two figures, a conflict, on either side of zero."""
    below, above = tmp_path / "below", tmp_path / "above"
    below.mkdir(), above.mkdir()
    signed, unsigned = _rates(below, "-0.5%", "-0.4%"), _rates(above, "0.5%", "0.4%", (False, False))
    assert [f.code for f in signed.findings] == [f.code for f in unsigned.findings] == ["FL501"]
    assert "meet only at -0.45%" in signed.findings[0].evidence.steps[-1]
    assert [c.verdict.value for c in signed.checks] == [c.verdict.value for c in unsigned.checks] == ["inconsistent"]


@pytest.mark.parametrize("first, second, signed", [
    ("-0.50%", "-0.40%", (True, True)),  # written to the hundredth: they do not meet
    ("-0.5%", "-0.3%", (True, True)),
    ("-0.5%", "0.5%", (True, False)),  # a sign lost in one source
])
def test_two_sources_giving_different_rates_below_zero_conflict(tmp_path, first, second, signed):
    result = _rates(tmp_path, first, second, signed)
    assert [(f.code, f.claims) for f in result.findings] == [("FL501", ("b:rate", "a:rate"))]


def test_a_bound_on_a_signed_rate_meets_a_rate_below_zero(tmp_path):
    """"below 0.25%" of a rate that may be negative holds -0.5%, from another source."""
    assert _rates(tmp_path, "below 0.25%", "-0.5%").findings == ()


def test_a_total_of_signed_parts(tmp_path):
    """Net flows of +$3bn and -$5bn total -$2bn; a printed "$2bn" total is FL302."""
    text = ('[article]\nid = "f"\n[claims.inflow]\nfigure = "$3bn"\n[claims.outflow]\nfigure = "-$5bn"\n'
            'signed = true\n[claims.net]\nfigure = "{net}"\nsigned = true\n'
            '[[checks]]\nkind = "total"\nparts = ["inflow", "outflow"]\ntotal = "net"\n')
    assert verify(ledger(tmp_path, text.format(net="-$2bn"))).findings == ()
    assert [f.code for f in verify(ledger(tmp_path, text.format(net="$2bn"), "m.toml")).findings] == ["FL302"]


def test_a_comparison_of_levels_below_zero(tmp_path):
    """-0.50% is below -0.40%: "the rate was cut" holds as a comparison of the two levels."""
    text = ('[article]\nid = "c"\n[claims.new]\nfigure = "-0.50%"\nsigned = true\n[claims.old]\nfigure = "-0.40%"\n'
            'signed = true\n[[checks]]\nkind = "compare"\nholds = "{holds}"\n')
    assert verify(ledger(tmp_path, text.format(holds="new < old"))).findings == ()
    assert [f.code for f in verify(ledger(tmp_path, text.format(holds="new > old"), "m.toml")).findings] == ["FL303"]


# -- outliers and reference ranges ---------------------------------------------------------------
def _balances(tmp_path: Path, figures: list[tuple[str, bool]]):
    lines = ['[article]', 'id = "b"']
    for i, (figure, signed) in enumerate(figures):
        lines += [f"[claims.b{i}]", f'figure = "{figure}"', f"signed = {str(signed).lower()}",
                  f'subject = "country {i}"', 'measure = "trade balance"']
    return verify(ledger(tmp_path, "\n".join(lines) + "\n"))


def test_an_outlier_among_amounts_is_still_found(tmp_path):
    """Without a sign anywhere, $5M among balances of billions stands out (FL403), as before."""
    found = _balances(tmp_path, [("$5bn", False), ("$4bn", False), ("$6bn", False), ("$5M", False)])
    assert [f.code for f in found.findings] == ["FL403"]


@pytest.mark.parametrize("figures", [
    [("$5bn", False), ("$4bn", False), ("$6bn", False), ("$5M", False), ("-$2bn", True)],
    [("$5bn", True), ("$4bn", False), ("$6bn", False), ("$5M", False)],
])
def test_a_measure_that_may_lie_below_zero_has_no_outliers(tmp_path, figures):
    """A balance of $5M is as ordinary as one of $5bn when balances may be negative: no FL403, whether a
    figure of the measure is below zero or only marked signed."""
    assert _balances(tmp_path, figures).findings == ()


RANGE = """
[article]
id = "r"
[claims.rate]
figure = "{figure}"
signed = true
measure = "policy rate"
[ranges.policy]
measures = ["policy rate"]
unit = "{unit}"
low = {low}
high = {high}
source = "central bank rates since 1990"
reason = "no central bank has set its policy rate outside these bounds"
"""


def test_a_level_below_zero_within_its_range(tmp_path):
    result = verify(ledger(tmp_path, RANGE.format(figure="-0.5%", unit="percent", low=-1, high=20)))
    assert result.findings == ()
    assert [c.detail for c in result.checks] == ["-0.5% within -1 to 20 %"]


def test_a_range_across_zero_suggests_no_scale_slip(tmp_path):
    """40% against -1% to 20%: a thousandth of it is inside, as a thousandth of any figure would be.
    FL402, not a dropped "thousand"."""
    [finding] = verify(ledger(tmp_path, RANGE.format(figure="40%", unit="percent", low=-1, high=20))).findings
    assert finding.code == "FL402"


def test_a_scale_slip_below_zero_is_fl401_with_its_sign(tmp_path):
    """A balance of -$5,000bn against -$50bn to -$1bn: -$5bn was meant (FL401), printed with its sign."""
    [finding] = verify(ledger(tmp_path, RANGE.format(figure="-$5,000bn", unit="USD", low=-50e9,
                                                     high=-1e9))).findings
    assert (finding.code, finding.correction) == ("FL401", "-$5bn")


# -- quotes ------------------------------------------------------------------------------------
@pytest.mark.parametrize("figure, quote, lacks", [
    ("-0.5%", "The deposit rate is -0.5%.", False),
    ("-0.5%", "The deposit rate is \u22120.5%.", False),  # a typeset minus sign, as FL601 folds it
    ("0.5%", "The deposit rate is -0.5%.", True),  # the sign was lost: the figure is not in the quote
    ("0.5%", "It rose 1-0.5% in a year.", False),  # the dash of a range is no sign
    ("minus 0.5%", "The deposit rate is minus 0.5%.", False),
    ("Minus 0.5%", "Minus 0.5% is the deposit rate.", False),
    ("0.5%", "The deposit rate is minus 0.5%.", True),  # the word is the sign: "0.5%" lost it
    ("-0.5%", "The deposit rate is minus 0.5%.", True),  # the figure as printed is "minus 0.5%"
    ("0.5%", "The terminus 0.5% is a word, not a sign.", False),
    ("0.25%", "0.25% is the top of the corridor.", False),  # a figure that starts its quote (it crashed)
    ("-0.5%", "The deposit rate is 0.5%.", True),
])
def test_a_signed_figure_must_be_in_its_quote_with_its_sign(tmp_path, figure, quote, lacks):
    """FL601 lets a minus sign go for an amount recorded as its size, never for a signed figure."""
    text = f'[article]\nid = "q"\n[claims.x]\nfigure = "{figure}"\nsigned = true\nquote = "{quote}"\n'
    assert [f.code for f in verify(ledger(tmp_path, text)).findings] == (["FL601"] if lacks else [])


# -- the errata --------------------------------------------------------------------------------
def test_the_errata_shows_a_level_below_zero_and_its_correction(tmp_path):
    """The finding about -$3bn is told with the figure marked in its sentence, and the sentence corrected."""
    result = verify(ledger(tmp_path, TRADE.format(balance="-$3bn")))
    markdown = errata.render(result)
    assert "### 1. -\\$3bn: Needs correction" in markdown
    assert "> Exports were \\$21bn and imports \\$26bn, a balance of **-\\$3bn**." in markdown
    assert "**Suggested correction:** Exports were \\$21bn and imports \\$26bn, a balance of **-\\$5bn**." in markdown
    assert "| -\\$3bn   | -3,500,000,000 to -2,500,000,000 USD |" in markdown
    html = errata.render(result, "html")
    assert "a balance of <mark>-$3bn</mark>." in html
    assert '<p class="correction">Exports were $21bn and imports $26bn, a balance of <mark>-$5bn</mark>.</p>' in html


# -- following the refusal's advice --------------------------------------------------------------
def _options(message: str, printed: str) -> list[tuple[str, bool]]:
    """Each way a refusal of a negative figure offers to record it, as (figure, signed): the amount
    it names without the sign, and the figure as printed with signed = true."""
    options = []
    size = re.search(r"record the printed amount without the sign \('(.+?)'\)", message)
    if size:
        options.append((size.group(1), False))
    if message.endswith("add signed = true to the claim"):
        options.append((printed, True))
    return options


@pytest.mark.parametrize("printed, unit", [
    ("-5%", ""), ("about -3%", ""), ("-5 to -3%", ""), ("-5% to -3%", ""), ("between -5% and -3%", ""),
    ("about -5 to -3%", ""), ("-5 to 0%", ""), ("-$5bn to -$3bn", ""), ("-0.5% to 0.25%", ""),
    ("minus 0.5%", ""), ("about minus 3%", ""), ("minus 5 to minus 3%", ""), ("minus 3 points", "percentage_point"),
])
def test_the_advice_for_a_negative_figure_loads_and_verifies_clean(tmp_path, capsys, printed, unit):
    """Whatever the refusal says to record, recorded in a ledger whose quote prints the figure, loads and
    verifies with no finding: the quote check (FL601) finds it and the reader takes it."""
    from factledger import cli

    with pytest.raises(FigureError) as info:
        read_figure(printed, unit or None)
    options = _options(str(info.value), printed)
    assert options, str(info.value)
    sentence = f"Growth this year will be {printed}, the ministry said."
    unit_line = f'unit = "{unit}"\n' if unit else ""
    (tmp_path / "article.txt").write_text(f"Outlook\n\n{sentence}\n", "utf-8")
    for figure, signed in options:
        (tmp_path / "l.toml").write_text(
            f'[article]\nid = "g"\npublished = 2024-03-01\ntext = "article.txt"\n'
            f'[claims.growth]\nfigure = "{figure}"\nsigned = {str(signed).lower()}\n{unit_line}subject = "economy"\n'
            f'measure = "growth"\nperiod = "2024"\nquote = "{sentence}"\n', "utf-8")
        assert cli.main(["verify", "--no-cache", str(tmp_path / "l.toml")]) == 0, (figure, signed)
        assert capsys.readouterr().out.startswith("No findings"), (figure, signed)


@pytest.mark.parametrize("text, unsigned", [("-5 to -3%", "5 to 3%"), ("-5 to 0%", "5 to 0%"),
                                            ("between -$5bn and -$3bn", "between $5bn and $3bn"),
                                            ("about -5 to -3%", "about 5 to 3%"),
                                            # a dash between the ends: the second end's sign goes too (it stayed)
                                            ("-5–-3%", "5–3%"), ("-5--3%", "5-3%"),
                                            ("-$5bn–-$3bn", "$5bn–$3bn")])
def test_a_range_below_zero_without_signed_is_recorded_as_printed(text, unsigned):
    """"-5 to -3%" without its signs runs backwards and is in no quote: the message says to keep it as printed
    with signed = true, not to record "5 to 3%"."""
    with pytest.raises(FigureError) as info:
        read_figure(text)
    assert str(info.value) == (f"figure {text!r} is a range below zero, which no amount without a sign can say "
                               f"({unsigned!r} runs backwards); record it as printed and add signed = true to the "
                               f"claim")
    with pytest.raises(FigureError, match="the range runs backwards"):
        read_figure(unsigned)
    assert read_figure(text, signed=True).interval.lo < 0
