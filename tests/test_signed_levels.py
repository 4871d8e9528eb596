"""Levels below zero (``signed = true``): read on the number line, and loaded from ledger files."""

from __future__ import annotations

import math
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factledger import FactledgerError, FigureError, load, read_figure
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
