"""Printed figures, read as intervals with units.

``read_figure("$24M")`` gives a :class:`Figure` whose ``interval`` is
[23.5e6, 24.5e6] US dollars: every value that prints as "$24M". The reader
takes the figure as an article prints it -- hedge, currency, digits or words,
scale word, range, unit, rate -- and hands pint only clean unit names.

The grammar, in order::

    [hedge] [currency] number [scale] [- [currency] number [scale]] [unit] [rate] [trailing hedge]

or a compound measure such as ``4 ft 11 27⁄32 in``. Every rule is documented
with an example in ``docs/figures.md``.
"""

from __future__ import annotations

import functools
import itertools
import math
import re


from factledger.display import number
from factledger.errors import FactledgerError, FigureError, UnitError, quoted
from factledger.hedges import Hedge, of_the_size, split_leading, split_trailing
from factledger.intervals import Interval
from factledger.numbers import (
    NUMBER_WORDS,
    SCALES,
    PrintedNumber,
    follows_in_number,
    read_digits,
    read_fraction,
    read_words,
)
from factledger.patterns import OnFirstUse
from factledger.pickling import shared_when_rebuilt
from factledger.records import evolve, record
from factledger.units import (AMBIGUOUS_UNITS, MONEY_OR_WEIGHT, NEWS_DESK_CURRENCIES, NEWS_UNITS, OFFSET_SCALES,
                              POINTS, Unit, compile_unit, looks_plural, near_unit, shipped_unit, singular,
                              split_per_count, unknown_code)
from factledger.units import normalise as normalise_unit

MAX_FIGURE_LENGTH = 200


@shared_when_rebuilt(unpacked=("interval", "bounds"))
@record
class Figure:
    """A printed figure: what was written and every value it can stand for."""

    text: str
    value: float
    interval: Interval  # rounding (and range) alone, in ``unit``
    bounds: Interval  # what the sentence asserts: ``interval`` widened by the hedge
    unit: str = ""
    per: str = ""  # the rate's time unit: "$2,000/month" has per="month"
    hedge: Hedge | None = None
    is_range: bool = False
    exact: bool = False
    #: the ledger's ``signed = true``: a level that may lie below zero ("-0.5%", "-$5bn"), read
    #: on the number line as a temperature is
    signed: bool = False
    #: how many the figure is per, as printed: "42.1 visits per 100,000 residents" is 42.1 of
    #: ``unit`` (count/person) per "100,000", never 42.1 per resident
    per_count: str = ""

    @property
    def unit_text(self) -> str:
        return self.unit_text_per(self.per)

    def unit_text_per(self, per: str) -> str:
        """The figure's unit as a rate per ``per`` (a time unit, or ``""`` for none)."""
        unit = self.unit
        if self.per_count:
            unit = f"{unit} per {self.per_count}" if unit else f"per {self.per_count}"
        if not per:
            return unit
        return f"{unit or '1'}/{per}"

    def compiled_unit(self) -> Unit:
        return compile_unit(self.unit_text)

    def with_unit(self, unit: str) -> "Figure":
        """The same figure with ``unit`` filled in (``"12,000"`` + ``unit="troop"``)."""
        compile_unit(unit)  # fail early, with the unit's own message
        return evolve(self, unit=canonical_unit(unit))

    def with_per(self, per: str) -> "Figure":
        return evolve(self, per=per)

    def as_exact(self) -> "Figure":
        """The figure taken as exact: no rounding allowance (a count stated exactly)."""
        point = Interval.point(self.value)
        return evolve(self, interval=point, bounds=self.hedged(point), exact=True)

    @property
    def on_number_line(self) -> bool:
        """Whether the figure may lie below zero: the ledger says ``signed = true``, or its unit has
        values below zero (degrees Celsius or Fahrenheit)."""
        return self.signed or self.compiled_unit().dims in OFFSET_SCALES

    def hedged(self, interval: Interval) -> Interval:
        """What the sentence asserts, from ``interval``: the hedge bounds a figure on the number line there."""
        return self.hedge.apply(interval, self.value, self.on_number_line) if self.hedge else interval


# -- tables -------------------------------------------------------------------------------
#: Currency symbols the reader takes before an amount, and the unit each means.
CURRENCY_SYMBOLS = {"US$": "USD", "USD$": "USD", "$": "USD", "N$": "NAD", "€": "EUR", "£": "GBP",
                   "₽": "RUB", "₩": "KRW", "₹": "INR", "A$": "AUD", "C$": "CAD",
                   "HK$": "HKD", "NZ$": "NZD", "S$": "SGD", "R$": "BRL", "Rs": "INR", "Rs.": "INR", "JP¥": "JPY",
                   "CN¥": "CNY", "RMB¥": "CNY", "Mex$": "MXN", "MX$": "MXN", "R": "ZAR", "₺": "TRY",
                   "₨": "INR", "৳": "BDT", "Tk": "BDT", "₦": "NGN", "₱": "PHP", "₫": "VND", "฿": "THB",
                   "₪": "ILS", "RM": "MYR", "Rp": "IDR", "Rp.": "IDR", "Tk.": "BDT", "KSh": "KES", "E£": "EGP"}
#: Symbols of more than one currency: the ledger's ``unit`` says which (see :func:`_currency_unit`).
AMBIGUOUS_CURRENCY_SYMBOLS = {"¥": ("JPY", "CNY")}
#: The dollars a bare "$" may be: an Australian or Canadian article prints its own dollar so, and a
#: Mexican one its peso. The ledger's ``unit`` may name one; without it "$" is the US dollar, as in
#: most English-language news.
DOLLAR_CURRENCIES = ("USD", "AUD", "CAD", "NZD", "SGD", "HKD", "NAD", "MXN")
#: The rupees "Rs" may be: India's, Pakistan's, Sri Lanka's and Nepal's press all print it. The
#: ledger's ``unit`` may name one; without it "Rs" is the Indian rupee.
RUPEE_CURRENCIES = ("INR", "PKR", "LKR", "NPR")
#: Symbols whose currency the ledger's ``unit`` may choose, each with the currencies it may be;
#: the first is the one taken when the unit names none.
SYMBOLS_OF_MANY = {"$": DOLLAR_CURRENCIES, "Rs": RUPEE_CURRENCIES, "Rs.": RUPEE_CURRENCIES,
                   "₨": RUPEE_CURRENCIES}
#: Words after an amount that are the money of more than one country, and the codes the ledger's
#: ``unit`` may give; "rupees" alone stay Indian, as "Rs" does, the others need the unit to say.
CURRENCY_WORDS_OF_MANY = {
    "rupees": RUPEE_CURRENCIES, "rupee": RUPEE_CURRENCIES,
    "pesos": ("MXN", "PHP", "ARS", "CLP", "COP"), "peso": ("MXN", "PHP", "ARS", "CLP", "COP"),
    "kroner": ("NOK", "DKK"), "krone": ("NOK", "DKK"), "kr": ("SEK", "NOK", "DKK"),
    "dirhams": ("AED", "MAD"), "dirham": ("AED", "MAD"),
    "shillings": ("KES", "UGX", "TZS"), "shilling": ("KES", "UGX", "TZS"),
    "francs": ("CHF", "XOF", "XAF"), "franc": ("CHF", "XOF", "XAF"),
    # West Africa's franc and Central Africa's are both "CFA francs"
    "CFA francs": ("XOF", "XAF"), "CFA franc": ("XOF", "XAF"),
}
_GLUED_SCALES = {"k": 1e3, "K": 1e3, "M": 1e6, "mn": 1e6, "mln": 1e6, "B": 1e9, "bn": 1e9, "bln": 1e9,
                 "b": 1e9, "tn": 1e12, "T": 1e12, "m": 1e6}
_CURRENCY_ONLY_SCALES = {"m", "b", "T"}  # "30 m" is metres; "$30m" is millions
_SPACED_SCALES = {**{w: float(v) for w, v in SCALES.items() if v >= 1000},
                  **{w + "s": float(v) for w, v in SCALES.items() if v >= 1000},
                  "bn": 1e9, "bln": 1e9, "mn": 1e6, "mln": 1e6, "tn": 1e12,
                  "lakh crore": 1e12, "lakh crores": 1e12, "dozen": 12.0}
DOZEN = 12.0
_CANONICAL_UNITS = {"%": "percent", "per cent": "percent", "$": "USD", "€": "EUR", "£": "GBP",
                    "N$": "NAD", "₽": "RUB", "₩": "KRW", "₺": "TRY", "৳": "BDT", "₦": "NGN", "₱": "PHP",
                    "₫": "VND", "฿": "THB", "₪": "ILS", "zł": "PLN"}
_RATE_TIME = {"day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
              "months": "month", "year": "year", "years": "year", "annum": "year", "hour": "hour",
              "hours": "hour", "mo": "month", "yr": "year", "d": "day", "wk": "week", "h": "hour",
              "quarter": "quarter", "quarters": "quarter", "qtr": "quarter"}
_RATE_ADVERBS = {"daily": "day", "weekly": "week", "monthly": "month", "annually": "year",
                 "yearly": "year", "per annum": "year", "a year": "year", "hourly": "hour",
                 "quarterly": "quarter"}

#: Currency codes the reader takes before an amount ("JPY 3bn"); each is a unit of its own.
CURRENCY_CODES = ("USD", "EUR", "GBP", "RUB", "CNY", "KRW", "NAD", "JPY", "KPW", "UAH", "INR", "AUD", "CAD",
                  "HKD", "CHF", "TRY", "IRR", "SAR", "NZD", "SGD", "BRL", "MXN", "SEK", "ZAR", *NEWS_DESK_CURRENCIES)
#: the one-character currency signs the reader takes before an amount
_SIGNS = "$€£₽₩¥₹₺₨৳₦₱₫฿₪"

# "12 000": groups of three after a space (any space: ``clean_text`` made thin and no-break
# ones plain), as much of Europe prints thousands; then "1,5" or "1.5" may follow. Tried
# first; the lookahead leaves "2 1/2" and "11 27⁄32" to whole-and-fraction. Last, a leading
# decimal point (".5%", "$.5M"), but not one that ends an abbreviation ("Rs.2 lakh").
_NUMBER = r"(?:\d{1,3}(?: \d{3})+(?:[.,]\d+)?(?![\d/⁄])|\d[\d,]*(?:\.\d+)?|(?<![A-Za-z\d])\.\d+)"
#: the digits of a printed number, as the reader takes them (corrections find the number so)
NUMBER_PATTERN = _NUMBER
_FRACTION = r"\d+\s*[/⁄]\s*\d+|[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]"
#: a minus sign as print sets it: a hyphen, the minus sign, or an en dash
MINUS_SIGNS = "-\u2212\u2013"
#: the dashes of a range between number words ("five-ten", "five – ten"); a hyphen also joins
#: "twenty-five" and "one-third", which :func:`~factledger.numbers.follows_in_number` tells apart
_RANGE_DASHES = "-\u2013\u2014"
#: what may stand between the words of one number, besides spaces
_WORD_JOINERS = frozenset(_RANGE_DASHES + ",")
#: the number words of a ratio as news prints one ("one in five", "9 out of 10"), which the reader refuses
RATIO_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten"
#: a currency before an amount, as the reader takes it ("US$", "€", "Rs.", "R", "JPY "); "R500" is
#: South African rands, "R$500" Brazilian reais. Every symbol it takes must be a key of
#: CURRENCY_SYMBOLS or a code: any other would reach pint as a unit ("Tk." was a pint unit).
CURRENCY_PREFIX = (rf"US\s?\$|USD\s*\$|N\$|NZ\$|S\$|R\$|A\$|C\$|HK\$|Mex\$|MX\$|JP¥|CN¥|RMB¥|E£|"
                   rf"[{_SIGNS}]|(?:Rs\.?|Tk\.?|RM|Rp\.?|KSh|R)(?=\s?\d)|(?:{'|'.join(CURRENCY_CODES)})\s")
#: what a minus sign stands before: digits or number words, after a currency or not ("-$5bn", "-five")
_SIGNED_AMOUNT = (rf"(?:(?:{CURRENCY_PREFIX})\s*)?(?:\.?\d|"
                  rf"(?i:{'|'.join(sorted(NUMBER_WORDS, key=len, reverse=True))})(?![A-Za-z]))")
#: the word "minus" before an amount ("minus 0.5%", "minus five degrees"), which reads as the sign; not
#: between two numbers ("5 minus 3"), where it is a sum
MINUS_WORD = rf"(?<![A-Za-z])(?<!\d)(?<!\d\s)(?i:minus)\s+(?={_SIGNED_AMOUNT})"
#: one word of a unit as print sets it: letters, perhaps a power or a slash ("km²", "km/h", "m/s")
_UNIT_WORD = r"[A-Za-z][A-Za-z.]*[²³]?(?:/[A-Za-z]+[²³]?)*"
#: a unit printed after the first end of a range ("5%-7%", "5 km/h to 7 km/h", "5 ℃-7 ℃"), which
#: the second end prints again: a per cent sign, degrees of a scale, or unit words (not "to" or "and")
FIRST_END_UNIT = rf"%|°\s*[CF]|[℃℉]|{_UNIT_WORD}(?:\s+(?!(?:to|and)\b){_UNIT_WORD})*"
# A lone fraction ("3/4") is tried before whole digits, which would stop at the slash.


class _Grammar:
    """The figure reader's patterns, compiled when the first figure is read (see ``factledger.patterns``)."""

    currency_prefix = OnFirstUse(rf"^({CURRENCY_PREFIX})\s*")
    currency_anywhere = OnFirstUse(rf"[{_SIGNS}]|\b(?:Rs|Tk|RM|Rp|KSh)\b|\bR(?=\s?\d)|\b(?:{'|'.join(CURRENCY_CODES)})\b")
    # "PKR 50 billion" before the code was known, "XYZ 5bn": a code the reader does not know
    unknown_code = OnFirstUse(r"^([A-Z]{3})\s*(?=\d)")
    glued_scale = OnFirstUse(r"^(mln|mn|bln|bn|tn|[kKMBbmT])(?![A-Za-z])")
    # "half-dozen" is hyphenated as no other scale is
    spaced_scale = OnFirstUse(r"^(?:\s+|-(?=dozen))(thousands?|millions?|billions?|trillions?|lakh crores?|lakhs?|"
                              r"crores?|bln|bn|mln|mn|tn|dozen)(?![A-Za-z])", re.IGNORECASE)
    numeric = OnFirstUse(
        rf"^(?P<onlyfrac>\d+\s*[/⁄]\s*\d+(?![\d.,])|[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])"
        rf"|^(?P<whole>{_NUMBER})(?:(?:\s+|(?<=\d)(?=[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]))(?P<frac>{_FRACTION}))?"
    )
    range_separator = OnFirstUse(r"^\s*(?:-|–|—|to|and)\s*", re.IGNORECASE)
    # "5%-7%", "5 kg to 7 kg": a unit after the first end of a range, before the separator
    unit_before_range = OnFirstUse(rf"^\s*(?!(?:to|and)\b)(?P<unit>{FIRST_END_UNIT})"
                                   rf"(?=\s*(?:-|–|—|\bto\b|\band\b))", re.IGNORECASE)
    range_word = OnFirstUse(r"^(between|from)\s+(?=\S)", re.IGNORECASE)
    # "tens of thousands", "hundreds of", "dozens of", "a few thousand", "several hundred"
    vague = OnFirstUse(r"^(?:(?:tens|hundreds|thousands|millions|billions|dozens|scores)\s+of\b|"
                       r"(?:a\s+few|several|many)\s+(?:dozen|hundred|thousand|million|billion)s?\b)",
                       re.IGNORECASE)
    rate_suffix = OnFirstUse(
        r"(?:\s*/\s*|\s+per\s+|\s+an?\s+|\s+each\s+|\s+every\s+|\s+a\s+|^per\s+|^an?\s+|^each\s+|^every\s+|^/\s*)"
        r"(?P<time>days?|weeks?|months?|quarters?|years?|annum|hours?|mo|qtr|yr|wk|d|h)\.?$",
        re.IGNORECASE,
    )
    rate_adverb = OnFirstUse(r"(?:^|\s+)(?P<adv>daily|weekly|monthly|quarterly|annually|yearly|per annum|hourly)$",
                             re.IGNORECASE)
    article_before_scale = OnFirstUse(r"^\s+(?:of\s+)?an?(?=\s+(?:thousand|million|billion|trillion|dozen)\b)",
                                      re.IGNORECASE)  # "half a million", "a quarter of a million", "half a dozen"
    # "an hour and a half", "two miles and a quarter": a fraction after the unit, of the number before it
    fraction_after_unit = OnFirstUse(r"^(?P<whole>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
                                     r"\s+(?P<unit>[A-Za-z]+)\s+and\s+(?P<fraction>an?\s+half|an?\s+quarter|three\s+quarters)$",
                                     re.IGNORECASE)
    # "half an hour", "a quarter of a mile": after a word fraction the article is one of the unit, no rate
    article_after_fraction = OnFirstUse(r"^\s+(?:of\s+)?an?(?=\s+[A-Za-z])", re.IGNORECASE)
    per_unit = OnFirstUse(r"^(?:per\s+|an?\s+|/\s*)(?P<unit>\S.*)$", re.IGNORECASE)
    # "visits per 100,000 residents", "per 1,000 live births", "per million people": a rate per so many
    per_count = OnFirstUse(r"(?:^|\s+)per\s+(?:(?P<count>[1-9]\d{0,2}(?:[, ]\d{3})+|[1-9]\d*)(?:\s+(?P<scale>thousand|million)\b)?"
                           r"|(?P<word>thousand|million)\b)(?P<of>(?:\s+[^\d\s]\S*)*)\s*$", re.IGNORECASE)
    rate_unit = OnFirstUse(r"(?:^|\s)(?:k|m|mm)?b\s*/\s*d$", re.IGNORECASE)
    word = OnFirstUse(r"[A-Za-z]+")
    # number words and what stands between them: spaces, a dash, a comma ("one thousand, two hundred")
    word_tokens = OnFirstUse(r"[A-Za-z]+|\s+|[^A-Za-z\s]")
    e_notation = OnFirstUse(rf"^[{MINUS_SIGNS}]?\s*\d+(?:\.\d+)?[eE][+-]?\d+\b")
    # "-5%", "-$5bn", "−US$2bn", "-five": a minus sign before an amount, or before the currency of one
    negative = OnFirstUse(rf"^[{MINUS_SIGNS}]\s*{_SIGNED_AMOUNT}")
    # after a space, at the start, or right after the dash of a range ("-5–-3%": the second end's sign)
    minus_before_amount = OnFirstUse(rf"(?:(?:(?<=\s)|^|(?<=[^\s\u2212\u2013\u2014-][\u2212\u2013\u2014-]))"
                                     rf"[{MINUS_SIGNS}]\s*|{MINUS_WORD})(?={_SIGNED_AMOUNT})")
    minus_word = OnFirstUse(MINUS_WORD)
    # "+5%", "+$2bn": a sign of growth before the amount, which the amount reads without
    plus = OnFirstUse(rf"^\+\s*(?=[{_SIGNS}]?\.?\d)")
    # a temperature, which may be below zero: "-5°C", "-40 degrees Fahrenheit"
    temperature = OnFirstUse(r"(?:°\s*[CF]|[℃℉]|\bdeg[CF]|\b(?:Celsius|Fahrenheit|centigrade))\s*$",
                             re.IGNORECASE)
    # "10 degrees below zero", "about 5°C below zero": a level below zero in words
    below_zero = OnFirstUse(r"(?<=\S)\s+below\s+zero$", re.IGNORECASE)
    # "up 12%", "down 3%": a change, whose direction the ledger records in words
    change = OnFirstUse(r"^(?P<word>up|down)\s+(?P<amount>\S.*)$", re.IGNORECASE)
    # "2 points", "3 pts": the words that may be points of a rate or of an index
    points_at_end = OnFirstUse(rf"(?<![A-Za-z])(?<!percentage )(?<!basis )(?:{'|'.join(POINTS)})\.?$",
                               re.IGNORECASE)
    # "1 in 5", "one in five", "9 out of 10": a ratio, which has no reading of its own here
    ratio = OnFirstUse(rf"^(?:about\s+|nearly\s+|almost\s+|roughly\s+)?(?:\d+|{RATIO_WORDS})\s+(?:in|out\s+of)\s+"
                       rf"(?:(?!(?:19|20)\d\d\b)\d[\d,]*|{RATIO_WORDS}|twenty|a\s+hundred|a\s+thousand)\b",
                       re.IGNORECASE)


def canonical_unit(unit: str) -> str:
    clean = " ".join(unit.split())
    return _CANONICAL_UNITS.get(clean, clean)


def clean_text(text: str) -> str:
    """Fold the spaces and dashes scraped text is full of into plain ones."""
    for odd in ("\u00a0", "\u2009", "\u202f", "\u2007", "\t"):
        text = text.replace(odd, " ")
    return text.replace("\u2212", "-").replace("\u2010", "-").replace("\u2011", "-").strip()


def read_figure(text: str, unit: str | None = None, signed: bool = False) -> Figure:
    """Read a printed figure. ``unit`` fills in a unit the printed text lacks.

    ``signed`` is the ledger's ``signed = true``: the figure is a level that may lie
    below zero ("-0.5%", "-$5bn"), read on the number line; without it a negative
    amount is refused, with what to record instead.

    Raises :class:`~factledger.errors.FigureError` (or ``UnitError``) with a
    message naming the text and what was expected.
    """
    if not isinstance(text, str):
        raise FigureError(f"a figure must be text, not {type(text).__name__}")
    if len(text) > MAX_FIGURE_LENGTH:
        raise FigureError(f"figure {text[:40]!r}... is {len(text)} characters long; a printed "
                          f"figure is at most {MAX_FIGURE_LENGTH}")
    if unit is not None and not isinstance(unit, str):
        raise FigureError(f"a unit must be text, not {type(unit).__name__}")
    if not isinstance(signed, bool):
        raise FigureError(f"signed must be true or false, not {type(signed).__name__}")
    return _read_figure(text, unit, signed)


# A ledger repeats figures ("50%", "$2,000/month"), and a Figure is immutable: read each once.
# Errors are not cached; they are raised again, with the same message, for every claim.
@functools.lru_cache(maxsize=4096)
def _read_figure(text: str, unit: str | None, signed: bool = False) -> Figure:
    original = text
    text = clean_text(text)
    if not text:
        raise FigureError("figure is empty; expected a printed figure such as \"$24M\"")
    # "minus 0.5%" is "-0.5%": read where a sign is (signed = true, a temperature), refused where not
    text = _Grammar.minus_word.sub("-", text)
    # "10 degrees below zero" is "10 degrees" mirrored below zero, hedge and all, once the unit is known
    said_below_zero = _Grammar.below_zero.search(text)
    if said_below_zero:
        text = text[:said_below_zero.start()]
    temperature = _is_offset_scale(unit)
    below_zero = signed or _may_be_below_zero(text, temperature)
    if signed or not below_zero:
        _reject_unprinted(text, original, unit, negative_allowed=signed)
    text = _Grammar.plus.sub("", text)
    try:
        figure = _read(text, original, unit, below_zero)
    except UnitError as error:
        raise FigureError(f"figure {original!r}: {error.message}") from None
    if signed:
        figure = evolve(figure, signed=True)
    elif below_zero and figure.interval.lo < 0 and not (figure.on_number_line or temperature):  # nor kelvin
        raise _negative(original, without_minus_signs(text))
    if unit:
        _reject_repeated_rate(figure, unit, original)
        _reject_repeated_count(figure, unit, original)
        if figure.unit and canonical_unit(unit) != figure.unit:
            figure = _combine_counted(figure, unit, original)
        else:
            figure = figure.with_unit(unit)
    if figure.on_number_line and figure.hedge is not None:  # (compiling the unit checks it, for every figure)
        figure = evolve(figure, bounds=figure.hedged(figure.interval))
    return _said_below_zero(figure, original) if said_below_zero else figure


def _is_offset_scale(unit: str | None) -> bool:
    """Whether the ledger's ``unit`` is degrees Celsius or Fahrenheit, whose figures may lie below
    zero as a printed "°C" or "°F" makes them ("-5 degrees" with unit = "degC")."""
    if not unit:
        return False
    try:
        return compile_unit(unit).dims in OFFSET_SCALES
    except FactledgerError:
        return False  # read_figure says what is wrong with the unit, in its place


def _said_below_zero(figure: Figure, original: str) -> Figure:
    """"10 degrees below zero": ``figure`` ("10 degrees") mirrored below zero.

    The bounds are mirrored with the rounding: "more than 10 degrees below zero" is colder
    than -10, "nearly 10 degrees below zero" just warmer, as the words say of the distance.
    """
    if not figure.on_number_line:
        unit = f"in {figure.unit_text!r}" if figure.unit_text else "without a unit"
        raise FigureError(f"figure {quoted(original)} is below zero, which a figure {unit} is not; for a "
                          f"temperature give the claim unit = \"degC\" or unit = \"degF\", and for another "
                          f"level below zero (an interest rate, a balance) add signed = true")
    if figure.interval.lo < 0:
        raise FigureError(f"figure {quoted(original)} has a minus sign and 'below zero' both; record "
                          f"the figure as the article prints it, with one of them")
    return mirrored_below_zero(figure)


def mirrored_below_zero(figure: Figure) -> Figure:
    """``figure`` mirrored below zero, bounds and all, as the words "below zero" read it: "more than 10
    degrees below zero" is colder than -10, not warmer (unlike :func:`below_zero`, which reads the hedge
    of a figure printed with its minus sign again)."""
    return evolve(figure, value=0.0 - figure.value, interval=_mirrored(figure.interval),
                  bounds=_mirrored(figure.bounds))


def _mirrored(interval: Interval) -> Interval:
    return Interval(0.0 - interval.hi, 0.0 - interval.lo)  # 0.0 - x: no "-0" at zero


def _reject_repeated_rate(figure: Figure, unit: str, original: str) -> None:
    """"$2,000/month" with unit "USD/month" would be dollars per month per month."""
    if not figure.per:
        return
    given = dict(compile_unit(unit).dims).get("[time]", 0.0)
    printed = dict(compile_unit(figure.unit or "1").dims).get("[time]", 0.0)
    if given < printed:
        raise FigureError(f"figure {original!r} already says per {figure.per}; the ledger's unit "
                          f"{unit!r} says it again (give the unit without the rate)")


def _reject_repeated_count(figure: Figure, unit: str, original: str) -> None:
    """"42.1 per 100,000" with unit "count/person per 100,000" would be per 100,000 twice over."""
    per_one, count = split_per_count(unit)
    if figure.per_count and count != 1:
        per_one = per_one or "count"
        raise FigureError(f"figure {quoted(original)} already says per {figure.per_count}; the ledger's unit "
                          f"{unit!r} says it again (give the unit per one: unit = \"{per_one}\")")


def _may_be_below_zero(text: str, temperature: bool = False) -> bool:
    """ "-5°C", "below −40 °F", "-5 to 3°C", or "-5 degrees" when the ledger's unit is ``temperature``:
    a temperature with a minus sign, whose ends are read with their signs (a negative amount of
    anything else is refused)."""
    return any(sign in text for sign in MINUS_SIGNS) and (temperature or bool(_Grammar.temperature.search(text)))


def below_zero(figure: Figure) -> Figure:
    """``figure`` mirrored below zero: what "-5°C" reads as, from "5°C" (its hedge read again)."""
    interval = Interval(0.0 - figure.interval.hi, 0.0 - figure.interval.lo)  # 0.0 - x: no "-0" at zero
    mirrored = evolve(figure, value=0.0 - figure.value, interval=interval)
    return evolve(mirrored, bounds=mirrored.hedged(interval))


def read_ends(first: str, second: str, signed: bool = False) -> Figure:
    """The range from ``first`` to ``second``, two numbers each read with its own scale word and
    no unit: "5" and "7 million" are 5 to 7,000,000, as "5 tonnes to 7 million tonnes" reads.

    ``read_figure("5 to 7 million")`` lends the second end's scale word to the first; a first end
    closed by its own unit keeps its own scale. Extraction reads the ranges it drafts with their
    unit on both ends so, and attaches the unit after, compiling none. A hedge may stand before
    ``first`` ("about 5"); ``signed`` reads the ends with their signs, as ``read_figure`` does.
    """
    text = f"{first} to {second}"
    hedge, first = split_leading(clean_text(first))
    low, high = (_end_of_range(end, text, signed) for end in (first, second))
    figure = _assemble(text, low, high, "", "", hedge)
    if not signed:
        return figure
    figure = evolve(figure, signed=True)
    return evolve(figure, bounds=figure.hedged(figure.interval))  # hedged on the number line


def _end_of_range(end: str, text: str, signed: bool) -> PrintedNumber:
    number = read_figure(end, signed=signed)
    if number.is_range or number.unit_text or number.hedge is not None:
        raise FigureError(f"figure {quoted(text)}: {quoted(end)} is no number to end a range")
    return PrintedNumber(number.value, (number.interval.hi - number.interval.lo) / 2, number.exact)


def _reject_unprinted(text: str, original: str, unit: str | None, negative_allowed: bool = False) -> None:
    """Forms a program writes but an article does not print, each with what to write instead; and,
    unless the ledger says ``signed = true``, a negative amount."""
    if _Grammar.e_notation.match(text):
        raise FigureError(f"figure {quoted(original)} is in e-notation; write it as the article prints "
                          f"it (100,000 or 100 thousand)")
    change = _Grammar.change.match(text)
    if change and _starts_amount(change.group("amount")):
        _reject_change(change.group("word"), change.group("amount"), original, unit)
    if _Grammar.ratio.match(text):
        raise FigureError(f"figure {quoted(original)} is a ratio, which the reader does not take; record a "
                          f"share or count the article prints (\"20%\"), or leave the figure out")
    if not negative_allowed:
        _reject_negative(text, original, unit)


def _starts_amount(text: str) -> bool:
    """Whether ``text`` starts with an amount: "12%", "$5bn", "two points", "a third", "half a point"."""
    return _starts_number(text) or text.split(None, 1)[0].lower() in ("a", "an", "half")


def _reject_change(word: str, amount: str, original: str, unit: str | None) -> None:
    """"up 12%", "down 2 points": the printed amount is the figure, and its direction the measure's."""
    sense = "rise" if word.lower() == "up" else "fall"
    raise FigureError(f"figure {quoted(original)} is a change; record the figure as {quoted(amount)}"
                      f"{_which_points(amount, unit)} and say in 'measure' that it is a {sense}")


def _which_points(amount: str, unit: str | None) -> str:
    """The units to say with an amount in points, which the reader refuses alone ("2 points"); ``""``
    for any other amount, or when the ledger gives the unit."""
    if unit or not _Grammar.points_at_end.search(amount):
        return ""
    return ' with unit = "percentage_point" (of a rate) or unit = "point" (of an index or a score)'


def _reject_negative(text: str, original: str, unit: str | None = None) -> None:
    """"-5%", "about -3%": a negative amount, whose size the ledger records as a fall or a loss.

    A hedge of size or an approximate one says the same of the size ("about 3%"); a hedge
    of place turns around ("more than -3%" is a fall of less than 3%), which the article
    does not print, so no figure can record it. A level below zero (a rate of -0.5%, a
    balance of -$5bn) is no fall: each message says how the ledger takes it as printed.
    """
    leading, rest = split_leading(text)
    trailing, amount = split_trailing(rest)
    introduced = _Grammar.range_word.match(amount)  # "between -5 and 3%": the first end's sign
    if not _Grammar.negative.match(amount[introduced.end():] if introduced else amount):
        return
    signed_range = _as_signed_range(text, original)
    if signed_range is not None and signed_range.interval.hi > 0:
        raise FigureError(f"figure {quoted(original)} runs from below zero to above it, which no amount without "
                          f"a sign can say; {LEVEL_BELOW_ZERO}")
    if signed_range is not None:
        # Without its signs the range runs backwards ("5 to 3%"), and is in no quote: keep it as printed.
        raise FigureError(f"figure {quoted(original)} is a range below zero, which no amount without a sign can "
                          f"say ({quoted(without_minus_signs(text))} runs backwards); record it as printed and add "
                          f"signed = true to the claim")
    turned = next((h for h in (leading, trailing) if h is not None and of_the_size(h) != h.word), None)
    if turned is not None:
        size = " ".join(without_minus_signs(amount).split())  # one line, whatever the figure holds
        raise FigureError(f"figure {quoted(original)} is negative, and {turned.word!r} turns around for its "
                          f"size: a fall of {of_the_size(turned)} {size}, which the article "
                          f"does not print; leave the figure out, or, {LEVEL_BELOW_ZERO}")
    raise _negative(original, without_minus_signs(text), unit)


#: how the ledger records a negative figure that is a level, not a fall (the refusals end with it)
LEVEL_BELOW_ZERO = "if it is a level below zero (an interest rate, a balance), add signed = true to the claim"


def _as_signed_range(text: str, original: str) -> Figure | None:
    """``text`` read as ``signed = true`` reads it, when that is a range from below zero ("-0.5% to
    0.25%", "-5 to -3%"); ``None`` for anything else."""
    try:
        figure = _read(text, original, signed=True)
    except FactledgerError:
        return None
    return figure if figure.is_range and figure.interval.lo < 0 else None


def without_minus_signs(text: str) -> str:
    """``text`` with the minus signs before its amounts left out, and the word "minus" there:
    "about -3%" -> "about 3%", "about minus 3%" -> "about 3%".

    The dash of a range ("5-7%") stands between two numbers, and stays.
    """
    return _Grammar.minus_before_amount.sub("", text)


def _negative(original: str, unsigned: str, unit: str | None = None) -> FigureError:
    return FigureError(f"figure {quoted(original)} is negative; record the printed amount without the sign "
                       f"({quoted(unsigned)}){_which_points(unsigned, unit)} and say in 'measure' that it is a fall "
                       f"or a loss; {LEVEL_BELOW_ZERO}")


def _combine_counted(figure: Figure, unit: str, original: str) -> Figure:
    """Let the ledger's ``unit`` refine the printed one: "$2,000/month" + "USD/soldier".

    The ledger's unit must keep every dimension the printed unit has, so a
    unit override can add what the prose left implicit (per soldier) but
    never turn dollars into tonnes.
    """
    given, printed = compile_unit(unit), compile_unit(figure.unit)
    kept = dict(given.dims)
    # a rate per so many people keeps what it is per: "deaths per 100,000 people" with unit "death"
    # would be deaths per 100,000, of nothing, though the printed people cancel the deaths' kind
    if figure.per_count and given.dims != printed.dims:
        raise _per_one_wanted(figure, unit, original)
    if any(kept.get(name) != exp for name, exp in printed.dims):
        raise FigureError(f"figure {original!r} is in {figure.unit!r}, but the ledger gives unit {unit!r}")
    _reject_rescaled(figure, unit, printed, original)
    return evolve(figure, unit=canonical_unit(unit))


def _per_one_wanted(figure: Figure, unit: str, original: str) -> FigureError:
    """The error for a ledger unit that leaves out what a rate per so many is per:
    "42.1 visits per 100,000 residents" with unit "count" (it is "count/resident")."""
    head, _, per = figure.unit.partition("/")
    head = unit if head in ("", "1") else head
    instead = f"{head}/{singular(per)}" if per else unit
    return FigureError(f"figure {quoted(original)} is in {figure.unit!r} per {figure.per_count}, but the ledger "
                       f"gives unit {unit!r}; give the unit per one, without the {figure.per_count}: "
                       f"unit = \"{instead}\"")


_UNIT_HEAD = re.compile(r"\s*/\s*|\s+per\s+")


def _reject_rescaled(figure: Figure, unit: str, printed: Unit, original: str) -> None:
    """"5 kg" with unit "tonne" would be read as 5 tonnes: the ledger's unit may narrow the
    printed one ("tonne" for a prose "tons") but never change its size.

    The printed kind is the head of the ledger's unit, before any "/" or "per": what follows
    is what the prose left implicit (per soldier, per month).
    """
    match = _UNIT_HEAD.search(unit)
    head, rest = (unit[:match.start()], unit[match.start():]) if match else (unit, "")
    try:
        named = compile_unit(head)
    except UnitError:
        return  # "(USD/soldier)/month": no head to compare; the kinds were compared whole
    size, allowed = named.factor, printed.factor
    if named.dims != printed.dims or (allowed.lo * (1 - 1e-9) <= size.lo and size.hi <= allowed.hi * (1 + 1e-9)):
        return
    instead = f'give unit = "{figure.unit}{rest.strip()}"' if rest else "leave the unit out"
    raise FigureError(f"figure {quoted(original)} is in {figure.unit!r}, but the ledger gives unit {unit!r}, "
                      f"which would read it in {head.strip()!r} instead of the printed {figure.unit!r}; {instead}")


def _read(text: str, original: str, unit_override: str | None = None, signed: bool = False,
          and_ends_range: bool = False) -> Figure:
    hedge, rest = split_leading(text)
    rest = _fraction_before_unit(rest)
    # "between 200 and 300", "from 200 to 300": a range, as the article prints it (the quote holds it so)
    introduced = _Grammar.range_word.match(rest)
    if introduced:
        rest = rest[introduced.end():]
    without_rate, per = _split_rate(rest)
    trailing, without_hedge = split_trailing(without_rate)
    if trailing is not None:
        hedge, rest = hedge or trailing, without_hedge
    else:
        per = ""
    currency, rest = _split_signed_currency(rest, signed)
    unknown = None if currency else _Grammar.unknown_code.match(rest)
    if unknown:
        raise FigureError(f"figure {quoted(original)}: {unknown_code(unknown.group(1), 'currency code')}")
    amount = rest
    first, rest, first_scaled = _read_number(rest, original, currency, signed, and_ends_range)
    first_end = amount[:len(amount) - len(rest)]
    first_unit, rest = _split_first_end_unit(rest, signed)
    second = None
    range_match = _Grammar.range_separator.match(rest)
    if range_match and _starts_number(rest[range_match.end():], signed):
        after = rest[range_match.end():]
        second_currency, after = _split_signed_currency(after, signed)
        second, rest, second_scaled = _read_number(after, original, currency or second_currency, signed)
        if not first_unit:  # "5 tonnes to 7 million tonnes": a first end closed by its unit keeps its scale
            first = _with_scale_of_second(first, first_scaled, after, after[:len(after) - len(rest)],
                                          second, second_scaled, original)
        if second.value < first.value:
            _refuse_backwards_words(first, second, (first_end, range_match.group(0), after), first_unit,
                                    amount[:len(amount) - len(rest)], original)
    if introduced and second is None:
        word = introduced.group(1).lower()
        if word == "between" and not and_ends_range:
            # "between five hundred and two thousand" is no number 502,000 but a range
            return _read(text, original, unit_override, signed, and_ends_range=True)
        raise FigureError(f"figure {quoted(original)}: {word!r} needs a range, such as "
                          f"\"{word} 200 {'and' if word == 'between' else 'to'} 300\"")
    if first_unit:
        rest = _unit_of_both_ends(first_unit, rest if second else "", original)
    unit_words, rate = _split_rate(rest.strip())
    per = per or rate
    unit_words, per_count, counted_words = _split_per_count(unit_words)
    if second is None and _starts_number_after_unit(unit_words):
        return _read_compound(original, text, hedge)
    if per_count:
        unit = _per_one(currency, unit_words, counted_words, per_count, original, unit_override)
        return evolve(_assemble(original, first, second, unit, per, hedge), per_count=per_count)
    if currency:
        unit = _currency_unit(currency, unit_words, original, unit_override)
    else:
        unit = _unit_from_words(unit_words, original, unit_override)
    return _assemble(original, first, second, unit, per, hedge)


def _split_per_count(words: str) -> tuple[str, str, str]:
    """``"visits per 100,000 residents"`` -> ``("visits", "100,000", "residents")``: a rate per so many,
    as health and crime statistics print one; ``(words, "", "")`` for any other unit words."""
    match = _Grammar.per_count.search(words)
    if match is None:
        return words, "", ""
    return words[:match.start()].strip(), per_count_text(match), match.group("of").strip()


def per_count_text(match: re.Match[str]) -> str:
    """How many a rate is per, as the ledger writes it ("100,000"), from a match of "per 100,000", "per
    100 thousand" or "per million" with the groups ``count``, ``scale`` and ``word``."""
    digits = (match.group("count") or "1").replace(",", "").replace(" ", "")
    scale = (match.group("scale") or match.group("word") or "").lower()
    return f"{int(digits) * _PER_COUNT_SCALES[scale]:,}"


_PER_COUNT_SCALES = {"": 1, "thousand": 1000, "million": 1_000_000}


def _per_one(currency: str, unit_words: str, counted_words: str, per_count: str, original: str,
             unit_override: str | None) -> str:
    """The unit of one of a rate per so many: "deaths per 100,000 people" is in "deaths/people"
    (per 100,000), "42.1 per 100,000 residents" in "1/residents", "27.5 per 100,000" in no unit.

    Words the reader does not know ("visits", "live births") are left to the ledger's unit, which
    is the unit per one ("count/person"); without one, the error asks for it.
    """
    unit = counted = None
    try:
        if currency:
            unit = _currency_unit(currency, unit_words, original, unit_override)
        else:
            unit = _unit_from_words(unit_words, original, unit_override)
        counted = _unit_from_words(counted_words, original, unit_override)
    except FigureError:
        head = unit or ("count" if unit is None else "1")
        per = singular(counted_words.split()[-1]) if counted_words else ""
        per = compile_unit(per).text if per and shipped_unit(per) else "count" if per else ""
        instead = f"{head}/{per}" if per else head
        unknown = unit_words if unit is None else counted_words
        raise FigureError(f"figure {quoted(original)}: unknown unit {unknown!r} in a rate per {per_count}; "
                          f"give the claim the unit per one, such as unit = \"{instead}\"") from None
    if not counted:
        return unit
    return f"{unit or '1'}/{counted}"


def _with_scale_of_second(first: PrintedNumber, first_scaled: bool, after: str, second_end: str,
                          second: PrintedNumber, second_scaled: bool, original: str) -> PrintedNumber:
    """The first end of a range with the scale word of the second, where it shares it ("$5-7bn",
    "5 to 7 million tonnes", "ten to twelve thousand"); as printed where it does not.

    ``after`` is the text from the second end on, ``second_end`` the second end as printed.
    """
    unscaled = _unscaled_value(after) if second_scaled and not first_scaled else 0.0
    if unscaled and _shares_scale(first.value, unscaled, second.value / unscaled):
        return _scaled(first, second.value / unscaled)
    if not first_scaled and not second_scaled:
        # "ten to twelve thousand": the scale word ends the second end's number words
        in_words = _scale_of_words(second_end, original)
        if in_words and _shares_scale(first.value, *in_words):
            return _scaled(first, in_words[1])
    return first


def _dashed_words(first_end: str, separator: str, second_end: str) -> bool:
    """Whether a range's ends are number words joined by a dash: "ten-five", "ten – five"."""
    return first_end[-1:].isalpha() and separator.strip() in _RANGE_DASHES and second_end[:1].isalpha()


def _refuse_backwards_words(first: PrintedNumber, second: PrintedNumber, ends: tuple[str, str, str],
                            first_unit: str, printed: str, original: str) -> None:
    """A range of number words that runs backwards: "ten-five percent", "ten to five percent".

    Digits show what was read ("10 to 5"); words leave the writer to guess how they were
    read, so the message says it, with what the article may mean instead. ``ends`` is the
    first end as printed, the separator and the text from the second end on.
    """
    first_end, separator, second_end = ends
    if not first_unit and _dashed_words(first_end, separator, second_end):
        raise _backwards_words(printed, original)
    if any(end.lstrip(MINUS_SIGNS + " ")[:1].isalpha() for end in (first_end, second_end)):
        raise FigureError(f"figure {quoted(original)} reads as a range from {number(first.value)} down to "
                          f"{number(second.value)}, which runs backwards; check the figure against the article: a "
                          f"range goes from low to high, and a change from one figure to another is two figures, "
                          f"each a claim of its own")


def _backwards_words(printed: str, original: str) -> FigureError:
    """"ten-five percent": a range of words that runs backwards, which may be one number misprinted."""
    return FigureError(f"figure {quoted(original)}: {quoted(printed.strip())} is a range that runs backwards "
                       f"(number words joined by a dash are one number only as a tens word and a unit word, as "
                       f"'twenty-five', and otherwise a range from low to high, as 'five-ten'); check the figure "
                       f"against the article, and if the article means one number, leave the figure out")


def _fraction_before_unit(text: str) -> str:
    """ "an hour and a half" -> "one and a half hour": the fraction after the unit adds to the
    number before it, as in "one and a half hours" (it was read as "an hour", the half dropped)."""
    match = _Grammar.fraction_after_unit.match(text)
    if match is None:
        return text
    whole = "one" if match.group("whole").lower() in ("a", "an") else match.group("whole")
    return f"{whole} and {match.group('fraction')} {match.group('unit')}"


def _split_first_end_unit(rest: str, signed: bool = False) -> tuple[str, str]:
    """"5%-7%": the unit printed after a range's first end, and the text from its separator on.

    ``("", rest)`` when no range follows the unit.
    """
    match = _Grammar.unit_before_range.match(rest)
    if match is None:
        return "", rest
    after = rest[match.end():]
    separator = _Grammar.range_separator.match(after)
    if separator is None or not _starts_number(after[separator.end():], signed):
        return "", rest
    return match.group("unit"), after


def _unit_of_both_ends(first_unit: str, rest: str, original: str) -> str:
    """The unit words after a range whose first end printed its unit: the second end must repeat it,
    in the same words or in another spelling of the same unit ("1 hour to 2 hours")."""
    words = rest.strip()
    said = " ".join(first_unit.split())
    repeated = words[:len(said)] == said and (len(words) == len(said) or not words[len(said)].isalnum()
                                               or not said[-1].isalnum())
    if not repeated and not _spells_the_same_unit(said, words):
        second = f"{words.split()[0]!r}" if words else "none"
        raise FigureError(f"figure {quoted(original)}: the ends of the range are in different units "
                          f"({said!r} and {second}); record the range in one unit, as \"5-7 kg\"")
    return words


def _spells_the_same_unit(first_unit: str, second_words: str) -> bool:
    """Whether the unit printed after a range's first end and the unit words after its second end are
    one unit spelled two ways: "hour" and "hours", "per cent" and "percent", "kph" and "km/h".

    One unit is one factor and one kind of quantity, as the unit table compiles them; a rate
    after the second end alone is of both ends, as it is after "5 to 7 tonnes a day". "tons"
    and "tonnes" are not one unit (a prose ton may be short or long), nor "hours" and "days";
    and only the unit may differ: "tonnes of wheat" and "tonnes of rice" are no range.
    """
    first, first_per = _split_rate(first_unit)
    second, second_per = _split_rate(second_words)
    second = _unit_alone(second)
    if not first or not second or _unit_alone(first) != first:
        return False
    if first in CURRENCY_WORDS_OF_MANY or second in CURRENCY_WORDS_OF_MANY:  # "peso", "pesos"
        return first_per == second_per and CURRENCY_WORDS_OF_MANY.get(first) == CURRENCY_WORDS_OF_MANY.get(second)
    whole_units = _one_unit(_per(first, first_per), _per(second, second_per))  # "kph" and "km/h"
    return whole_units or (not first_per and bool(second_per) and _one_unit(first, second))


def _per(unit: str, per: str) -> str:
    return f"{unit}/{per}" if per else unit


def _one_unit(first: str, second: str) -> bool:
    """Whether two unit texts compile to one factor and one kind of quantity."""
    try:
        first_unit, second_unit = compile_unit(first), compile_unit(second)
    except UnitError:
        return False
    return (first_unit.dims, first_unit.factor) == (second_unit.dims, second_unit.factor)


def _unit_alone(words: str) -> str:
    """The unit of unit words: "tonnes" of "tonnes of diesel" and of "cubic meters (MCM)" (the gloss repeats it)."""
    words = re.sub(r"\s*\([^)]*\)", "", words).strip()
    return re.split(r"\s+of\s+", words, maxsplit=1)[0].strip()


def _currency_unit(currency: str, words: str, original: str, unit_override: str | None) -> str:
    """"$700 per tonne" is a price, USD/tonne; any other words after an amount are a mistake."""
    if currency in SYMBOLS_OF_MANY:
        currency = _named_by_ledger(SYMBOLS_OF_MANY[currency], unit_override) or SYMBOLS_OF_MANY[currency][0]
    elif currency in AMBIGUOUS_CURRENCY_SYMBOLS:
        currency = _ambiguous_currency(currency, original, unit_override)
    if not words:
        return currency
    per = _Grammar.per_unit.match(words)
    if per is None:
        raise FigureError(f"figure {original!r}: unexpected {words!r} after the amount")
    counted = _unit_from_words(per.group("unit"), original, unit_override, per_amount_of=currency)
    return f"{currency}/{counted}" if counted else currency


def _named_by_ledger(codes: tuple[str, ...], unit_override: str | None) -> str:
    """The one of ``codes`` the ledger's unit names ("AUD", "PKR/count"); ``""`` when it names none.

    "$5" with unit = "AUD" is Australian dollars, "Rs 40 billion" with unit = "PKR" Pakistani rupees.
    """
    for word in re.findall(r"[A-Za-z]+", unit_override or ""):
        if word in codes:
            return word
    return ""


def _ambiguous_currency(symbol: str, original: str, unit_override: str | None) -> str:
    """"¥300bn": the currency of the ledger's unit, which must name yen or yuan."""
    codes = AMBIGUOUS_CURRENCY_SYMBOLS[symbol]
    for word in re.findall(r"[A-Za-z]+", unit_override or ""):
        code = _SYMBOL_CURRENCY_WORDS.get(word, word)
        if code in codes:
            return code
    raise FigureError(f"figure {original!r}: {symbol!r} is the sign of both the Japanese yen and the "
                      f"Chinese yuan; say which with unit = \"{codes[0]}\" or unit = \"{codes[1]}\"")


_SYMBOL_CURRENCY_WORDS = {"yen": "JPY", "yuan": "CNY", "RMB": "CNY", "renminbi": "CNY"}


def _shares_scale(first: float, second_digits: float, factor: float) -> bool:
    """Whether the second end's scale word belongs to the first end too.

    "$200-300 million", "1-2 million": the first end's digits are no larger than the
    second's, so both ends are in millions. "500,000-1 million": the first end is written
    in full (larger digits, at least a thousandth of the scale) and stands as printed. A
    first end that is neither ("12-9 million") shares the scale, and the range runs backwards.
    The sizes are compared: "-500,000 to 1 million" stands as printed, "-2 to 3 million" shares.
    """
    first, second_digits = abs(first), abs(second_digits)
    return first <= second_digits or first < factor / 1000


def _scale_of_words(words: str, original: str) -> tuple[float, float] | None:
    """``"twelve thousand"`` -> ``(12, 1000)``: number words ending in a scale word, as their
    value without it and the scale; ``None`` for digits or words without a scale of their own."""
    head, _, last = words.strip().rpartition(" ")
    factor = SCALES.get(last.lower())
    if not head or factor is None or _Grammar.numeric.match(head):
        return None
    try:
        return _read_number_words(head, original)[0].value, float(factor)
    except FigureError:
        return None


def _unscaled_value(text: str) -> float:
    text = text.lstrip(MINUS_SIGNS + " ")
    match = _Grammar.numeric.match(text)
    if match is not None:
        return _numeric_value(match, text).value
    return _read_number_words(text, text)[0].value


def _assemble(original: str, first: PrintedNumber, second: PrintedNumber | None, unit: str,
              per: str, hedge: Hedge | None) -> Figure:
    if second is None:
        interval = Interval.around(first.value, first.half_width)
        value = first.value
    else:
        if second.value < first.value:
            raise FigureError(f"figure {original!r}: the range runs backwards")
        interval = Interval(first.value, second.value)
        value = (first.value + second.value) / 2
    for bound in (interval.lo, interval.hi, value):
        if not math.isfinite(bound):
            raise FigureError(f"figure {original!r} is too large to be a printed figure")
    bounds = hedge.apply(interval, value) if hedge else interval
    exact = first.exact and (second is None or second.exact)
    return Figure(original, value, interval, bounds, canonical_unit(unit), per, hedge,
                  second is not None, exact)


def _split_currency(text: str) -> tuple[str, str]:
    match = _Grammar.currency_prefix.match(text)
    if match is None:
        return "", text
    symbol = "".join(match.group(1).split())
    if symbol in SYMBOLS_OF_MANY:  # any dollar, any rupee: the ledger's unit may say which (_currency_unit)
        return symbol, text[match.end():]
    return CURRENCY_SYMBOLS.get(symbol, symbol), text[match.end():]


def _split_signed_currency(text: str, signed: bool) -> tuple[str, str]:
    """The currency before an amount, and the amount: ``"-$5bn"`` -> ``("$", "-5bn")``.

    A minus sign before the currency is the amount's (news prints "-$5bn" and "$-5bn" alike);
    it is kept only where figures may be below zero.
    """
    if signed and text[:1] in MINUS_SIGNS:
        currency, amount = _split_currency(text[1:].lstrip())
        if currency:
            return currency, text[0] + amount
    return _split_currency(text)


def _starts_number(text: str, signed: bool = False) -> bool:
    text = _split_signed_currency(text.lstrip(), signed)[1]
    if signed and text[:1] in MINUS_SIGNS:
        text = text[1:].lstrip()
    if _Grammar.numeric.match(text):
        return True
    word = _Grammar.word.match(text)
    return word is not None and word.group(0).lower() in NUMBER_WORDS


def _starts_number_after_unit(text: str) -> bool:
    parts = text.split(None, 1)
    return len(parts) == 2 and bool(_Grammar.numeric.match(parts[1]))


def _read_number(text: str, original: str, currency: str, signed: bool = False,
                 and_ends_range: bool = False) -> tuple[PrintedNumber, str, bool]:
    if signed and _Grammar.negative.match(text):
        number, rest, was_scaled = _read_number(text[1:].lstrip(), original, currency)
        return PrintedNumber(0.0 - number.value, number.half_width, number.exact), rest, was_scaled
    match = _Grammar.numeric.match(text)
    if match is not None:
        number = _numeric_value(match, original)
        rest = text[match.end():]
    else:
        number, rest = _read_number_words(text, original, and_ends_range)
        if _ends_in_fraction(text[:len(text) - len(rest)]):
            # "half an hour" is half of one hour ("half hour"), not half per hour, as "5 an hour" is
            rest = _Grammar.article_after_fraction.sub(" ", rest, count=1)
    rest = _Grammar.article_before_scale.sub(" ", rest, count=1) if number.exact else rest
    factor, end = _scale_at(rest, bool(currency))
    if not end:
        return number, rest, False
    scaled = _scaled(number, factor)
    if number.exact or factor == DOZEN:
        scaled = _as_magnitude(scaled)
    return scaled, rest[end:], True


def _as_magnitude(number: PrintedNumber) -> PrintedNumber:
    """"half a million", "one and a half billion", "5 dozen": a figure as precise as its digits.

    The fraction alone ("half", "a third") is exact; made a magnitude by a scale word it
    reads as its digits would ("500,000": half a unit of the last non-zero digit), so that
    "half a million troops" against 480,000 is no conflict. Dozens are counted: "5 dozen"
    reads as "60" and "half a dozen" as "6", as "five dozen" and "six" do.
    """
    value = number.value
    if value == int(value):
        return read_digits(str(int(value)))
    # "a third of a million", 333,333.3: as precise as its first two digits ("330,000")
    return PrintedNumber(value, read_digits(str(int(float(f"{value:.2g}")))).half_width)


def _numeric_value(match: re.Match[str], original: str) -> PrintedNumber:
    if match.group("onlyfrac"):
        return read_fraction(_squash(match.group("onlyfrac")))
    try:
        whole = read_digits(match.group("whole").rstrip(","))
    except FigureError as error:
        raise FigureError(f"figure {original!r}: {error.message}") from None
    if not match.group("frac"):
        return whole
    frac = read_fraction(_squash(match.group("frac")))
    return PrintedNumber(whole.value + frac.value, frac.half_width)


def _squash(text: str) -> str:
    return "".join(text.split())


def _read_number_words(text: str, original: str, and_ends_range: bool = False) -> tuple[PrintedNumber, str]:
    tokens = list(_Grammar.word_tokens.finditer(text))
    words = [token.group(0) for token in tokens]
    taken: list[str] = []
    joined_by = ""  # what stands between the last word taken and this one
    for at, token in enumerate(words):
        low = token.lower()
        if token.isspace() or token in _WORD_JOINERS:
            joined_by += token
            continue
        if not token.isalpha():
            break  # "five/ten": no number goes on past a slash
        if low == "and" and not _and_continues(taken, words[at + 1:], and_ends_range):
            break  # "between two and three million": the "and" of a range, not of a number
        hyphenated = any(dash in joined_by for dash in _RANGE_DASHES)
        if taken and not follows_in_number(taken[-1], low, hyphenated):
            if hyphenated:
                break  # "five-ten": the dash of a range, whose second end the range reader takes
            raise FigureError(f"figure {quoted(original)}: {quoted(text[:tokens[at].end()].strip())} is no number "
                              f"in words (they go together as in 'twenty-five', 'five hundred' or 'one hundred and "
                              f"five'); a range has a dash or 'to' between its ends ('five to ten')")
        joined_by = ""
        if low in NUMBER_WORDS or low in ("a", "an", "one", "and") or _is_fraction_word(low):
            taken.append(low)
            if _is_fraction_word(low):
                break
            continue
        break
    if taken in (["a"], ["an"]) and _unit_after_article(text):
        # "a decade", "an hour": the article counts one, as "one decade" and "one hour" do
        return read_words("one"), text[_offset_after_words(text, 1):]
    while taken and taken[-1] in ("a", "an", "and"):
        taken.pop()
    if not taken:
        if _Grammar.vague.match(text):
            raise FigureError(f"figure {original!r} is a vague quantity, which no arithmetic can check; "
                              f"record a figure the article or its source states, or leave it out")
        raise FigureError(f"figure {original!r} has no number; expected digits (12,000) or "
                          f"number words (twelve thousand)")
    phrase = " ".join(taken)
    end = _offset_after_words(text, len(taken))
    return read_words(phrase), text[end:]


def _and_continues(taken: list[str], after: list[str], and_ends_range: bool = False) -> bool:
    """Whether "and" is part of the number words, not the "and" of a range.

    It is before a fraction ("one and a half", "two and three quarters"), and after a scale
    word before words with no scale of their own ("one hundred and five", "two thousand and
    ten"). After "hundred" it also goes on to a larger scale that the words before it
    multiply ("one hundred and twenty thousand", "two million three hundred and twenty
    thousand"). Anything else starts the second end: "one hundred and two hundred" is a
    range, as "one hundred to two hundred" is. ``and_ends_range`` takes the larger scale
    for the second end too ("between five hundred and two thousand").
    """
    following = [w.lower() for w in after if not w.isspace() and w not in _WORD_JOINERS]
    if not taken:
        return False
    if following[:1] in (["a"], ["an"]) or any(map(_is_fraction_word, following[:2])):
        return True
    if taken[-1] not in SCALES:
        return False
    run = itertools.takewhile(lambda word: word in NUMBER_WORDS, following)
    scale_after = max((SCALES.get(word, 0) for word in run), default=0)
    if not scale_after:
        return True
    groups_before = [SCALES[w] for w in taken if SCALES.get(w, 0) > SCALES["hundred"]]
    return (taken[-1] == "hundred" and not and_ends_range and scale_after > SCALES["hundred"]
            and all(scale_after < group for group in groups_before))


def _unit_after_article(text: str) -> bool:
    """Whether the word after a leading "a" or "an" is a unit: "a decade", "a year", "an hour"."""
    after = text[_offset_after_words(text, 1):].split()
    return bool(after) and shipped_unit(after[0]) is not None


def _offset_after_words(text: str, count: int) -> int:
    matches = list(re.finditer(r"[A-Za-z]+", text))
    return matches[count - 1].end() if count <= len(matches) else len(text)


def _ends_in_fraction(words: str) -> bool:
    """Whether number words end in a fraction: "half", "a quarter", "one and a half"."""
    last = _Grammar.word.findall(words)[-1:]
    return bool(last) and _is_fraction_word(last[0].lower())


def _is_fraction_word(word: str) -> bool:
    return word in ("half", "halves", "third", "thirds", "quarter", "quarters", "fourth",
                    "fourths", "fifth", "fifths", "tenth", "tenths")


def _scale_at(rest: str, after_currency: bool) -> tuple[float, int]:
    """The factor of the scale word that starts ``rest`` (the text after a number), and its end.

    ``(1.0, 0)`` when there is none. "m", "b" and "T" glued to the digits are scale words
    only after a currency or before a unit word: "30m" alone is thirty metres.
    """
    glued = _Grammar.glued_scale.match(rest)
    if glued and (glued.group(1) not in _CURRENCY_ONLY_SCALES or after_currency
                  or _names_a_unit(rest[glued.end():])):
        return _GLUED_SCALES[glued.group(1)], glued.end()
    spaced = _Grammar.spaced_scale.match(rest)
    if spaced:
        return _SPACED_SCALES[spaced.group(1).lower()], spaced.end()
    return 1.0, 0


def scale_after(before: str, after: str) -> float:
    """The factor of the scale word the figure reader takes ``after`` a printed number.

    ``before`` is the text before the number: a currency there makes a glued "m" millions.
    Corrections use it to write a new number in the scale the figure was printed in.
    """
    return _scale_at(after, bool(_Grammar.currency_anywhere.search(before)))[0]


def _names_a_unit(words: str) -> bool:
    """Whether ``words`` after "24m" are a unit of their own, so the "m" is millions.

    "24m euros", "5m people", "30m tonnes of oil a year": news never prints metres
    times another unit so, while "30m" alone, "30m deep" or "5m/s" are metres.
    """
    words = words.strip()
    if not words or not words[0].isalpha():
        return False
    words = _split_rate(re.split(r"\s+of\s+", words, maxsplit=1)[0])[0]
    # The news words themselves, not whatever pint or the unit table would read: the same
    # answer with or without the table, and no registry built to find that "deep" is no unit.
    tokens = normalise_unit(words).split()
    return bool(tokens) and all(t in NEWS_UNITS or t in AMBIGUOUS_UNITS or t.lower() in MONEY_OR_WEIGHT
                                for t in tokens)


def _scaled(number: PrintedNumber, factor: float) -> PrintedNumber:
    return PrintedNumber(number.value * factor, number.half_width * factor, number.exact)


def _split_rate(words: str) -> tuple[str, str]:
    if _Grammar.rate_unit.search(words):
        return words, ""  # "b/d", "mb/d" are units (barrels a day), not "b" per day
    adverb = _Grammar.rate_adverb.search(words)
    if adverb:
        return words[: adverb.start()].strip(), _RATE_ADVERBS[adverb.group("adv").lower()]
    suffix = _Grammar.rate_suffix.search(words)
    if suffix:
        return words[: suffix.start()].strip(), _RATE_TIME[suffix.group("time").lower()]
    return words, ""


def _unit_from_words(words: str, original: str, unit_override: str | None = None,
                     per_amount_of: str = "") -> str:
    words = _unit_alone(words)
    if not words:
        return ""
    if words in CURRENCY_WORDS_OF_MANY:
        return _currency_word(words, original, unit_override)
    if words.startswith("%") or words.lower() in ("percent", "per cent") or words == "pc":
        return "percent"  # "pc" as British papers print per cent, never pint's parsec
    if words.lower() in MONEY_OR_WEIGHT:
        if unit_override:
            return ""  # the ledger's unit says which
        raise FigureError(f"figure {original!r}: {words!r} may be money or a weight; say which with "
                          f"unit = \"GBP\" (pounds sterling) or unit = \"lb\" (avoirdupois)")
    if words.lower() in POINTS:
        if unit_override:
            return ""  # the ledger's unit says which
        raise FigureError(f"figure {original!r}: {words!r} may be percentage points of a rate or points of "
                          f"an index or score; say which with unit = \"percentage_point\" or unit = \"point\"")
    if unit_override and shipped_unit(words) is None:
        # "three LNG tankers" with unit = "tanker": the words describe, the ledger decides
        # (and pint need not be started to find that "LNG tankers" is no unit).
        return ""
    try:
        compile_unit(words)
    except UnitError as error:
        said = error.message if error.unclear else _unknown_unit(words, per_amount_of)
        raise FigureError(f"figure {original!r}: {said}") from None
    return words


def _currency_word(word: str, original: str, unit_override: str | None) -> str:
    """"500 rupees", "500 pesos": the currency the ledger's unit names, which "pesos" and "kroner" need."""
    codes = CURRENCY_WORDS_OF_MANY[word]
    if _named_by_ledger(codes, unit_override):
        return ""  # the ledger's unit says which
    if codes is RUPEE_CURRENCIES:
        return word  # Indian, as "Rs" is
    options = " or ".join(f'unit = "{code}"' for code in codes)
    raise FigureError(f"figure {quoted(original)}: {word!r} is the money of more than one country; say "
                      f"which with {options}")


def _unknown_unit(words: str, per_amount_of: str) -> str:
    """The error for unit words the reader does not know, with the fix for a counted noun or a code.

    "280,000 families" and "Rs 1,500 per family" count things, which the ledger records as
    ``count`` (as ``factledger extract`` drafts them); "50 billion XYZ" may be a currency code.
    """
    said = f"unknown unit {words!r}"
    if re.fullmatch(r"[A-Z]{3}", words):
        return unknown_code(words)
    *described, noun = words.split() or [""]
    counted = singular(noun)
    if described and noun.isalpha() and _counts_one_by_one(noun) and _counts_one_by_one(counted):
        # "40 to 60 new officers", "31 heat-related deaths": words that describe the people counted
        return f'{said}; to count {noun}, add unit = "{counted}" (the words before it describe them)'
    near = near_unit(words)
    if near:  # a slip ("troopps") more likely than a noun of its own
        return f"{said}; did you mean {near!r}?"
    if per_amount_of and words.isalpha() and words.islower():
        return f'{said}; for an amount per {singular(words)}, add unit = "{per_amount_of}/count"'
    noun = words.split()[-1]
    if looks_plural(noun) and all(w.isalpha() or "-" in w for w in words.split()):
        return (f'{said}; to count {noun}, add unit = "count" (for an amount per {singular(noun)}, '
                f'a unit such as "USD/count")')
    return said


def _counts_one_by_one(word: str) -> bool:
    """Whether a unit word counts people or vessels ("officers", "tankers"), as the unit table has it."""
    unit = shipped_unit(word)
    return unit is not None and unit.dims in _COUNTED_KINDS


_COUNTED_KINDS = ((("[person]", 1.0),), (("[vessel]", 1.0),))


def _read_compound(original: str, text: str, hedge: Hedge | None) -> Figure:
    """``4 ft 11 27⁄32 in``: parts summed in the last part's unit."""
    hedge_free = split_trailing(split_leading(text)[1])[1]
    parts = re.findall(rf"({_NUMBER}(?:\s+(?:{_FRACTION}))?|{_FRACTION})\s*([A-Za-z]+\.?)", hedge_free)
    if len(parts) < 2 or "".join(p[0] + p[1] for p in parts).replace(" ", "") != hedge_free.replace(" ", ""):
        raise FigureError(f"figure {original!r} could not be read (expected e.g. \"4 ft 8 1/2 in\")")
    last_unit = compile_unit(parts[-1][1])
    total, half_width = 0.0, 0.0
    for number_text, unit_text in parts:
        match = _Grammar.numeric.match(number_text)
        assert match is not None  # each part the pattern above found starts with a number
        number = _numeric_value(match, original)
        unit = compile_unit(unit_text)
        if unit.dims != last_unit.dims or not unit.is_exact:
            raise FigureError(f"figure {original!r} mixes units of different kinds")
        ratio = unit.factor.lo / last_unit.factor.lo
        total += number.value * ratio
        half_width = number.half_width * ratio
    unit_name = parts[-1][1].rstrip(".")
    first = PrintedNumber(total, half_width)
    return _assemble(original, first, None, unit_name, "", hedge)
