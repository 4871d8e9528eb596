"""News units on top of pint: each addition is tested here."""

from __future__ import annotations

import pytest

from factledger import UnitError, compile_unit, units
from factledger.engine import verify
from factledger.store import load


@pytest.mark.parametrize("text, factor, dims", [
    ("USD", 1.0, (("[currency_USD]", 1.0),)),
    ("N$", 1.0, (("[currency_NAD]", 1.0),)),
    ("EUR", 1.0, (("[currency_EUR]", 1.0),)),
    ("troops", 1.0, (("[person]", 1.0),)),
    ("casualties", 1.0, (("[person]", 1.0),)),
    ("passengers", 1.0, (("[person]", 1.0),)),
    ("MCM", 1e6, (("[length]", 3.0),)),
    ("mcm", 1e6, (("[length]", 3.0),)),
    ("BCM", 1e9, (("[length]", 3.0),)),
    ("tonne", 1000.0, (("[mass]", 1.0),)),
    ("metric ton", 1000.0, (("[mass]", 1.0),)),
    ("t", 1000.0, (("[mass]", 1.0),)),
    ("mt", 1000.0, (("[mass]", 1.0),)),  # metric tonnes in trade news; pint's millitonne is 1 kg
    ("MT", 1000.0, (("[mass]", 1.0),)),  # pint's megatesla
    ("Mt", 1e9, (("[mass]", 1.0),)),  # the megatonne of emissions news stays
    ("kt", 1e6, (("[mass]", 1.0),)),  # pint's knot
    ("MMT", 1e9, (("[mass]", 1.0),)),  # million metric tonnes in grain reports
    ("mmt", 1e9, (("[mass]", 1.0),)),
    ("bbl", 0.158987294928, (("[length]", 3.0),)),
    ("percent", 0.01, ()),
    ("pc", 0.01, ()),  # per cent in British papers; pint's parsec
    ("percentage point", 0.01, ()),
    ("basis point", 0.0001, ()),
    ("month", 365.25 * 86400 / 12, (("[time]", 1.0),)),
    ("quarter", 365.25 * 86400 / 4, (("[time]", 1.0),)),  # three months; pint's quarter is 28 lb
    ("quarters", 365.25 * 86400 / 4, (("[time]", 1.0),)),
    ("decade", 10 * 365.25 * 86400, (("[time]", 1.0),)),  # pint's decade is the pure number 10
    ("decades", 10 * 365.25 * 86400, (("[time]", 1.0),)),
    ("centuries", 100 * 365.25 * 86400, (("[time]", 1.0),)),
    ("millennium", 1000 * 365.25 * 86400, (("[time]", 1.0),)),
    ("fortnight", 14 * 86400, (("[time]", 1.0),)),
    ("kph", 1000 / 3600, (("[length]", 1.0), ("[time]", -1.0))),
    ("kmh", 1000 / 3600, (("[length]", 1.0), ("[time]", -1.0))),  # unknown to pint
    ("kmph", 1000 / 3600, (("[length]", 1.0), ("[time]", -1.0))),  # pint's kilo-mph, 447 m/s
    ("℃", 1.0, (("[temperature_C]", 1.0),)),
    ("℉", 1.0, (("[temperature_F]", 1.0),)),
])
def test_news_unit(text, factor, dims):
    unit = compile_unit(text)
    assert unit.nominal == pytest.approx(factor)
    assert unit.dims == dims


def test_currencies_never_convert():
    assert compile_unit("USD").dims != compile_unit("EUR").dims


def test_prose_ton_is_an_interval_from_short_to_long_ton():
    unit = compile_unit("tons")
    assert unit.factor.lo == pytest.approx(907.18474)
    assert unit.factor.hi == pytest.approx(1016.0469088)
    assert unit.nominal == pytest.approx(1000.0)


def test_rates_read_from_rate_words():
    assert compile_unit("casualty per day").dims == (("[person]", 1.0), ("[time]", -1.0))


def test_unknown_unit_names_the_unit():
    with pytest.raises(UnitError, match="unknown unit 'banana'"):
        compile_unit("banana")


def test_troops_over_casualties_per_day_is_days(write_ledger):
    """12,000 troops / (1,500 casualties per day) = 8 days: people are one dimension."""
    path = write_ledger("""
[article]
id = "a"
[claims.troops]
figure = "12,000 troops"
[claims.rate]
figure = "1,500 daily"
unit = "casualty"
[claims.days]
figure = "8 days"
derived = "troops / rate"
""")
    result = verify(load(path))
    assert result.findings == ()
    assert [c.verdict.value for c in result.checks] == ["consistent"]


@pytest.mark.parametrize("text, dims", [
    ("AUD", (("[currency_AUD]", 1.0),)),
    ("CAD", (("[currency_CAD]", 1.0),)),
    ("HKD", (("[currency_HKD]", 1.0),)),
    ("NZD", (("[currency_NZD]", 1.0),)),
    ("SGD", (("[currency_SGD]", 1.0),)),
    ("BRL", (("[currency_BRL]", 1.0),)),
    ("MXN", (("[currency_MXN]", 1.0),)),
    ("Mexican pesos", (("[currency_MXN]", 1.0),)),
    ("SEK", (("[currency_SEK]", 1.0),)),
    ("kronor", (("[currency_SEK]", 1.0),)),
    ("ZAR", (("[currency_ZAR]", 1.0),)),
    ("rand", (("[currency_ZAR]", 1.0),)),
    ("₺", (("[currency_TRY]", 1.0),)),
    ("PKR", (("[currency_PKR]", 1.0),)),
    ("BDT", (("[currency_BDT]", 1.0),)),
    ("৳", (("[currency_BDT]", 1.0),)),
    ("taka", (("[currency_BDT]", 1.0),)),
    ("₦", (("[currency_NGN]", 1.0),)),
    ("naira", (("[currency_NGN]", 1.0),)),
    ("₱", (("[currency_PHP]", 1.0),)),
    ("₫", (("[currency_VND]", 1.0),)),
    ("฿", (("[currency_THB]", 1.0),)),
    ("baht", (("[currency_THB]", 1.0),)),
    ("₪", (("[currency_ILS]", 1.0),)),
    ("shekels", (("[currency_ILS]", 1.0),)),
    ("zł", (("[currency_PLN]", 1.0),)),
    ("zloty", (("[currency_PLN]", 1.0),)),
    ("Kč", (("[currency_CZK]", 1.0),)),
    ("forints", (("[currency_HUF]", 1.0),)),
    ("ringgit", (("[currency_MYR]", 1.0),)),
    ("rupiah", (("[currency_IDR]", 1.0),)),
    ("PKR/month", (("[currency_PKR]", 1.0), ("[time]", -1.0))),
])
def test_currencies_the_figure_reader_knows_are_defined(text, dims):
    """A$, C$, HK$, NZ$, S$, R$, Mex$, R and ₺ read as AUD, CAD, HKD, NZD, SGD, BRL, MXN, ZAR and TRY,
    so those units must exist."""
    assert compile_unit(text).dims == dims


def test_b_per_d_is_barrels_a_day():
    assert compile_unit("b/d").nominal == pytest.approx(0.158987294928 / 86400)


def test_unit_pint_fails_on_without_a_message_is_still_one_line():
    """pint raises a bare AssertionError for "+"; the user sees an unknown-unit error."""
    with pytest.raises(UnitError, match=r"^unknown unit '\+' \(not a unit expression\)$"):
        compile_unit("+")


@pytest.mark.parametrize("left, right, says", [
    ("EUR", "USD", "EUR and USD are different currencies"),
    ("EUR/tonne", "USD/tonne", "EUR and USD are different currencies"),
    ("°C", "°F", "count from different zeros"),
    ("°C", "K", "count from different zeros"),
    ("USD", "tonne", ""),  # different kinds, not one quantity on two scales
    ("EUR/tonne", "USD", ""),
    ("USD", "USD", ""),
])
def test_conversion_unknown_names_one_quantity_on_two_scales(left, right, says):
    from factledger.units import conversion_unknown

    reason = conversion_unknown(compile_unit(left).dims, compile_unit(right).dims)
    assert (says in reason) if says else reason == ""


@pytest.mark.parametrize("value, unit, shown", [
    (12_000, "troop", "12,000 troops"),
    (1, "troop", "1 troop"),
    (3, "casualty", "3 casualties"),
    (2, "man", "2 men"),
    (40, "person", "40 people"),
    (2_000, "USD/soldier", "2,000 USD/soldier"),  # the soldier is the one each amount is per
    (12_000, "tonne", "12,000 tonne"),  # a unit symbol-like word stays as the table names it
])
def test_counted_units_are_plural_after_any_number_but_one(value, unit, shown):
    from factledger import display

    assert display.quantity(value * compile_unit(unit).nominal, unit) == shown


@pytest.mark.parametrize("unit, same_as", [
    ("tonnes a hectare", "tonne/hectare"),  # pint read "a" as its annum: tonne x year x hectare
    ("deaths a decade", "death/decade"),
    ("km an hour", "km/hour"),
    ("litres each person", "litre/person"),
    ("tonnes every month", "tonne/month"),
])
def test_a_between_units_means_per(unit, same_as):
    assert compile_unit(unit).dims == compile_unit(same_as).dims
    assert compile_unit(unit).nominal == pytest.approx(compile_unit(same_as).nominal)


@pytest.mark.parametrize("lo, hi, unit, shown", [
    (11_500, 12_500, "troop", "[11,500, 12,500] troops"),  # the errata's "Read as" column
    (1, 1, "troop", "[1, 1] troop"),
    (0.5, 1.5, "casualty/day", "[0.5, 1.5] casualties/day"),
    (25, 35, "tonne/month", "[25, 35] tonne/month"),
])
def test_a_reading_of_counted_units_is_plural_as_a_single_number_is(lo, hi, unit, shown):
    from factledger import display

    assert display.printed_interval(lo, hi, unit) == shown


def test_every_counting_plural_is_a_unit_the_reader_takes():
    from factledger.units import COUNTING_PLURALS

    for singular, plural in COUNTING_PLURALS.items():
        assert compile_unit(plural).dims == compile_unit(singular).dims, (singular, plural)


def test_metric_tonnes_printed_mt_are_tonnes(write_ledger):
    """"52,000 tonnes" and "52,000 mt" are one quantity; "mt" was read as pint's millitonne (FL203)."""
    assert verdicts_without_findings(write_ledger("""
[article]
id = "a"
[claims.a]
figure = "52,000 tonnes"
[claims.b]
figure = "52,000 mt"
[claims.c]
figure = "1.2 million MT"
[claims.d]
figure = "1.2 Mt"
[[checks]]
kind = "same"
claims = ["a", "b"]
[[checks]]
kind = "same"
claims = ["c", "d"]
""")) == ["consistent", "consistent"]


def test_a_quarter_is_a_quarter_of_a_year(write_ledger):
    """"$288M a year" and "$72M a quarter" are one quantity; "a quarter" was pint's 28 lb weight."""
    assert verdicts_without_findings(write_ledger("""
[article]
id = "a"
[claims.pay]
figure = "$2,000 a month"
unit = "USD/soldier"
[claims.troops]
figure = "12,000 troops"
[claims.annual]
figure = "$288M a year"
[claims.quarterly]
figure = "$72M a quarter"
derived = "troops * pay"
[[checks]]
kind = "same"
claims = ["annual", "quarterly"]
""")) == ["consistent", "consistent"]


def test_two_decades_are_twenty_years(write_ledger):
    """"two decades" is a time, 20 years; it was the pure number 20 and failed every check (FL202, FL204)."""
    assert verdicts_without_findings(write_ledger("""
[article]
id = "a"
[claims.total]
figure = "2,000 deaths"
[claims.rate]
figure = "100 deaths a year"
[claims.span]
figure = "two decades"
derived = "total / rate"
[claims.years]
figure = "20 years"
[[checks]]
kind = "same"
claims = ["span", "years"]
""")) == ["consistent", "consistent"]


def test_percent_and_percentage_points_are_one_kind_of_quantity(write_ledger):
    """As docs/figures.md says: the checks do not tell a change in points from one in percent."""
    assert verdicts_without_findings(write_ledger("""
[article]
id = "a"
[claims.a]
figure = "5.0%"
[claims.b]
figure = "7.0%"
[claims.rise]
figure = "2pp"
derived = "b - a"
[claims.also]
figure = "2%"
derived = "b - a"
""")) == ["consistent", "consistent"]


def verdicts_without_findings(path) -> list[str]:
    """The verdicts of a ledger's checks, which must make no finding."""
    result = verify(load(path))
    assert result.findings == ()
    return [c.verdict.value for c in result.checks]


@pytest.mark.parametrize("unit, ratio", [
    ("percent", True), ("%", True), ("pc", True), ("percentage points", True), ("pp", True), ("bp", True),
    ("basis points", True), ("ppm", True), ("times", True), ("x", True),
    ("", False), ("1", False), ("count", False), ("point", False), ("troops", False), ("USD", False),
    ("tonne/month", False), ("percent/year", False), ("no such unit", False),
])
def test_a_ratio_unit_is_a_pure_number_below_one_or_a_multiple(unit, ratio):
    """Shares, points of a percentage and multiples are ratios, which no bare count is compared with;
    no unit, `count` and the counted point of an index are not, nor is anything with a kind."""
    from factledger.units import is_ratio_unit

    assert is_ratio_unit(unit) is ratio


def test_each_news_desk_currency_is_a_kind_of_its_own():
    """PKR, BDT, EGP, ... are each a dimension of their own: no two currencies are ever one quantity."""
    codes = units.NEWS_DESK_CURRENCIES
    assert [compile_unit(code).dims for code in codes] == [((f"[currency_{code}]", 1.0),) for code in codes]
    assert compile_unit("PKR").dims != compile_unit("INR").dims


def test_a_unit_longer_than_any_unit_is_refused_before_it_is_parsed():
    """pint's parser takes time that grows with the square of the text: a 100,000-character unit took two
    minutes to be refused as unknown. Longer than 200 characters, it is refused by its length at once."""
    with pytest.raises(UnitError) as info:
        compile_unit("x" * 100_000)
    assert str(info.value) == f"unit {'x' * 40!r}... is 100000 characters long; a unit is at most 200"
    with pytest.raises(UnitError, match="^unknown unit 'x{200}'"):
        compile_unit("x" * 200)


def test_an_unknown_code_for_a_unit_lists_the_currency_codes():
    """unit = "XYZ" may be a currency code factledger does not know: the error lists those it knows."""
    with pytest.raises(UnitError) as info:
        compile_unit("XYZ")
    message = str(info.value)
    assert message.startswith("unknown unit or currency code 'XYZ'; the currency codes factledger knows are AED, ")
    assert all(code in message for code in ("INR", "PKR", "USD", "ZAR")) and "\n" not in message


@pytest.mark.parametrize("text, advice", [
    ("INR/family", '; for an amount per family, write "INR/count"'),
    ("PKR per household", '; for an amount per household, write "PKR per count"'),
    ("families", '; to count families, write "count"'),
    ("homes/day", '; to count homes, write "count/day"'),
    ("USD/soldr", "; did you mean 'soldier'?"),  # a slip, not a noun of its own
    ("trooperz", ""),  # neither counted nor close to a unit: no advice
    # a line break in the unit (an escape in the ledger) is shown as one, keeping the message one line
    ("tonne/mo\nth", '; for an amount per mo, write "tonne/count\\nth"'),
])
def test_an_unknown_counted_noun_in_a_unit_says_to_count_it(text, advice):
    """A noun that counts things ("INR/family", "families") is recorded as count, as extract drafts it."""
    with pytest.raises(UnitError) as info:
        compile_unit(text)
    assert str(info.value).endswith(" is not defined in the unit registry)" + advice)


def test_a_counted_noun_recorded_as_count_checks(tmp_path):
    """Following the advice, Rs 1,500 a month per family for 280,000 families is Rs 420 million a month."""
    path = tmp_path / "f.toml"
    path.write_text('[article]\nid = "f"\n[claims.families]\nfigure = "280,000 families"\nunit = "count"\n'
                    '[claims.grant]\nfigure = "Rs 1,500 a month"\nunit = "PKR/count"\n'
                    '[claims.total]\nfigure = "Rs 420 million a month"\nunit = "PKR"\nderived = "families * grant"\n',
                    encoding="utf-8")
    result = verify(load(path))
    assert result.findings == ()
    assert [c.verdict.value for c in result.checks] == ["consistent"]
