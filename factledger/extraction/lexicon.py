"""The words the extractor knows: units, scale words, rate words, and words that are never counted.

Units come from :mod:`factledger.units` (``NEWS_UNITS`` and ``AMBIGUOUS_UNITS``)
plus the pint unit names below that news prints. Every canonical name here is
a unit text :func:`factledger.units.compile_unit` accepts (a test checks it),
but nothing here builds the pint registry: extraction only matches words.
"""

from __future__ import annotations

import re

from factledger.figures import AMBIGUOUS_CURRENCY_SYMBOLS, CURRENCY_CODES, CURRENCY_SYMBOLS, CURRENCY_WORDS_OF_MANY
from factledger.units import AMBIGUOUS_UNITS, IRREGULAR_PLURALS, NEWS_UNITS, PINT_DEFINITIONS

#: Printed unit words (matched case-insensitively) -> canonical unit text.
_WORD_UNITS = {
    "percent": "percent", "per cent": "percent", "pct": "percent",
    "percentage point": "percentage_point", "percentage points": "percentage_point",
    "basis point": "basis_point", "basis points": "basis_point",
    "millimetre": "mm", "millimetres": "mm", "millimeter": "mm", "millimeters": "mm",
    "centimetre": "cm", "centimetres": "cm", "centimeter": "cm", "centimeters": "cm",
    "metre": "m", "metres": "m", "meter": "m", "meters": "m",
    "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
    "mile": "mile", "miles": "mile", "nautical mile": "nautical_mile",
    "nautical miles": "nautical_mile", "inch": "inch", "inches": "inch",
    "foot": "foot", "feet": "foot", "yard": "yard", "yards": "yard",
    "square feet": "square_feet", "square foot": "square_foot", "square mile": "square_mile",
    "square miles": "square_miles", "square kilometres": "square_kilometres",
    "square kilometers": "square_kilometres", "square kilometre": "square_kilometres",
    "square kilometer": "square_kilometres", "hectare": "hectare", "hectares": "hectare",
    "acre": "acre", "acres": "acre",
    "cubic metre": "cubic_metre", "cubic metres": "cubic_metre", "cubic meter": "cubic_metre",
    "cubic meters": "cubic_metre", "cubic feet": "foot ** 3",
    "litre": "litre", "litres": "litre", "liter": "litre", "liters": "litre",
    "gallon": "gallon", "gallons": "gallon", "barrel": "barrel", "barrels": "barrel",
    "tonne": "tonne", "tonnes": "tonne", "metric ton": "metric_ton", "metric tons": "metric_ton",
    "metric tonnes": "metric_tonne", "ton": "ton", "tons": "ton",
    "kilogram": "kg", "kilograms": "kg", "kilo": "kg", "kilos": "kg", "gram": "gram",
    "grams": "gram", "pound": "pound", "pounds": "pound", "ounce": "ounce", "ounces": "ounce",
    "kilotonne": "kilotonne", "kilotonnes": "kilotonne", "kilotons": "kilotonne",
    "megatonnes": "megatonne", "megatons": "megatonne",
    "second": "second", "seconds": "second", "minute": "minute", "minutes": "minute",
    "hour": "hour", "hours": "hour", "day": "day", "days": "day", "week": "week",
    "weeks": "week", "fortnight": "fortnight", "fortnights": "fortnight",
    "month": "month", "months": "month", "year": "year", "years": "year",
    "decade": "decade", "decades": "decade", "century": "century", "centuries": "century",
    "knot": "knot", "knots": "knot", "miles per hour": "mile / hour",
    "kilometres per hour": "km / hour", "kilometers per hour": "km / hour",
    "watt": "watt", "watts": "watt", "kilowatt": "kW", "kilowatts": "kW", "megawatt": "MW",
    "megawatts": "MW", "gigawatt": "GW", "gigawatts": "GW",
    **{f"{prefix}watt{joint}hour{plural}": f"{symbol}Wh" for prefix, symbol in
       (("kilo", "k"), ("mega", "M"), ("giga", "G"), ("tera", "T")) for joint in (" ", "-") for plural in ("", "s")},
    "degrees celsius": "degree_Celsius", "degrees fahrenheit": "degree_Fahrenheit",
    "degree": "degree", "degrees": "degree",  # an angle to pint; a temperature by context (degrees.py)
    "times": "times",
}  # currencies in words are the figure reader's: CURRENCY_WORDS below

#: Printed unit symbols and abbreviations (matched case-sensitively).
_SYMBOL_UNITS = {
    "%": "percent", "pc": "percent", "pp": "percentage_point", "p.p.": "percentage_point", "bps": "basis_point",
    "bp": "basis_point", "mm": "mm", "cm": "cm", "m": "m", "km": "km", "mi": "mile",
    "ft.": "foot", "ft": "foot", "sq ft": "sq_ft", "sq km": "km ** 2",
    "km2": "km2", "km²": "km²", "m2": "m ** 2", "m²": "m ** 2", "m3": "m3", "m³": "m³",
    "kg": "kg", "t": "t", "kt": "kt", "Mt": "Mt", "MMT": "MMT", "mmt": "MMT", "lb": "lb", "lbs": "lb", "oz": "oz",
    "bcm": "bcm", "BCM": "BCM", "mcm": "mcm", "MCM": "MCM", "bbl": "bbl", "b/d": "b/d",
    "bpd": "bpd", "mb/d": "mb/d", "kb/d": "kb/d", "mmb/d": "mb/d", "MMb/d": "mb/d", "mbpd": "mbpd",
    "kbpd": "kbpd", "L": "litre", "ml": "ml", "mph": "mile / hour", "km/h": "km / hour",
    "kph": "km / hour", "kmh": "km / hour", "kmph": "km / hour", "kW": "kW", "MW": "MW", "GW": "GW", "kWh": "kWh",
    "MWh": "MWh", "GWh": "GWh", "TWh": "TWh", "°C": "degree_Celsius", "°F": "degree_Fahrenheit",
    "℃": "degree_Celsius", "℉": "degree_Fahrenheit",
    "sec": "second", "min": "minute", "hrs": "hour", "hr": "hour", "yrs": "year",
    "USD": "USD", "EUR": "EUR", "GBP": "GBP", "CNY": "CNY", "RMB": "CNY", "JPY": "JPY",
    "RUB": "RUB", "KRW": "KRW", "KPW": "KPW", "NAD": "NAD", "UAH": "UAH", "INR": "INR",
}

#: Units whose reading is a guess worth a flag: "pounds" may be money or weight, "degrees" a
#: temperature on either scale or an angle.
UNCERTAIN_UNITS = {"pound": "unit-ambiguous", "ton": "unit-ambiguous", "gallon": "unit-ambiguous",
                   "degree": "unit-ambiguous",
                   "t": "unit-guessed", "m": "unit-guessed", "L": "unit-guessed"}

#: Symbols the figure reader takes that extraction does not take for a currency: to the reader
#: "R500" is South African rand, but in running text a capital R before digits is too often a
#: name ("R2", "the R 5 road").
UNDRAFTED_SYMBOLS = frozenset({"R"})
#: The currency symbols extraction takes before an amount: the figure reader's table, so that a
#: currency the reader learns ("₦5 billion", "KSh 50") is drafted with it, but the symbols above.
#: A symbol of two currencies ("¥") is read as the first, and the draft flagged for an editor.
PREFIX_SYMBOLS = {symbol: code for symbol, code in
                  {**CURRENCY_SYMBOLS, **{s: codes[0] for s, codes in AMBIGUOUS_CURRENCY_SYMBOLS.items()}}.items()
                  if symbol not in UNDRAFTED_SYMBOLS}
#: The symbols and codes before an amount, each with its currency ("JPY " is a code before digits).
CURRENCY_PREFIX = {**PREFIX_SYMBOLS, **{f"{code} ": code for code in CURRENCY_CODES}}
#: Signs the figure reader reads after an amount too ("4 billion zł", "300 Kč", "5 ₦"): the unit
#: table's currency names that are no word of letters or code.
CURRENCY_SIGNS_AFTER = {sign: code for sign, code in NEWS_UNITS.items()
                        if code in CURRENCY_CODES and not sign.isascii()}



def _currency_words() -> dict[str, str]:
    """Every currency word the figure reader reads after an amount, in lower case, with its code:
    the unit table's ("naira", "won", "Swiss francs"), pint's currencies of one word ("renminbi"),
    and the money of several countries ("pesos", "kroner"; the first code, until the sentence
    says whose: see :mod:`factledger.extraction.money`). Taken from the reader's tables, so a
    currency it learns is drafted too."""
    named = {word: code for word, code in NEWS_UNITS.items()
             if code in CURRENCY_CODES and word.replace("_", "").isalpha() and word.isascii() and not word.isupper()}
    defined = (re.fullmatch(r"(\w+) = \[currency_\w+\] = (\w+)", line) for line in PINT_DEFINITIONS)
    named.update({match[1]: match[2] for match in defined if match and "_" not in match[1]})
    named.update({word: codes[0] for word, codes in CURRENCY_WORDS_OF_MANY.items()})
    return {word.replace("_", " ").lower(): code for word, code in named.items()}


CURRENCY_WORDS = _currency_words()
#: Currency words that are words of English too ("Labour won 5 seats", "Of 40 candidates, 12 won
#: seats"; the soles of shoes): after an amount they are money only where
#: :func:`factledger.extraction.money.reads_as_money` says so, and printed in lower case.
ENGLISH_CURRENCY_WORDS = frozenset({"won", "rand", "dong", "soles"})

GLUED_SCALES = {"k": "thousand", "K": "thousand", "M": "million", "mn": "million",
                "mln": "million", "B": "billion", "bn": "billion", "tn": "trillion",
                "m": "million", "b": "billion", "T": "trillion"}
#: "30 m" is metres, "$30m" is millions: these glued scales need a currency before them, or a
#: unit word or counted noun after them ("24m euros", "5m people").
CURRENCY_ONLY_SCALES = frozenset({"m", "b", "T"})
#: Words that count people or vessels, as the figure reader counts them.
COUNTED_UNIT_WORDS = tuple(w for w, u in NEWS_UNITS.items() if u in ("person", "vessel"))
SPACED_SCALES = {"thousand": "thousand", "million": "million", "billion": "billion",
                 "trillion": "trillion", "bn": "billion", "mn": "million", "tn": "trillion",
                 "mln": "million", "lakh crore": "lakh crore", "lakh": "lakh", "lakhs": "lakh",
                 "crore": "crore", "crores": "crore", "dozen": "dozen"}

RATE_TIMES = {"second": "second", "minute": "minute", "hour": "hour", "day": "day",
              "week": "week", "month": "month", "year": "year", "annum": "year", "h": "hour",
              "d": "day", "mo": "month", "yr": "year", "wk": "week", "weekday": "day"}
RATE_ADVERBS = {"daily": "day", "weekly": "week", "monthly": "month", "annually": "year",
                "yearly": "year", "hourly": "hour", "per annum": "year", "a year": "year",
                "a day": "day", "a month": "month", "a week": "week", "an hour": "hour",
                "each day": "day", "each month": "month", "each year": "year",
                "each week": "week", "every day": "day", "every month": "month",
                "every year": "year", "every week": "week", "per year": "year",
                "per day": "day", "per month": "month", "per week": "week", "per hour": "hour",
                "a minute": "minute", "per minute": "minute", "per second": "second"}
#: What a price is for, after "a" or "an": "Rs 272.15 a litre", "$80 a barrel", "$5 a share".
PRICED_BY = {"litre": "litre", "liter": "litre", "barrel": "barrel", "tonne": "tonne", "kilogram": "kg",
             "kilo": "kg", "kg": "kg", "share": "share", "ounce": "oz", "unit": "unit"}
#: Verbs and nouns of change: after them "from X to Y" and "by X to Y" are two figures.
CHANGE_WORDS = tuple(
    "rose rise rises risen rising fell fall falls fallen falling climbed climb climbs climbing grew grow "
    "grows grown growing raised raise raises raising cut cuts cutting increased increase increases "
    "increasing decreased decrease decreases decreasing declined decline declines declining dropped "
    "drop drops dropping jumped jump jumps jumping gained gain gains lost slid slide slides surged "
    "surge surges plunged plunge plunges soared soar soars tumbled tumble slumped slump widened "
    "narrowed lowered lower lowers reduced reduce reduces boosted boost hiked hike hikes slashed "
    "eased ease edged expanded expand shrank shrink shrunk contracted changed went lifted lift lifts "
    "trimmed trim trims upped tightened loosened dipped dip dips sank sink sinks advanced retreated "
    "rallied rebounded recovered spiked doubled tripled halved revised".split())
#: Adjectives inside a counted noun phrase that make it a rate: "28,000 daily passengers".
RATE_ADJECTIVES = {"daily": "day", "weekday": "day", "weekly": "week", "monthly": "month",
                   "annual": "year", "yearly": "year", "hourly": "hour"}

MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split())

#: Capitalised words after which a number is a name or a reference, not a quantity.
IDENTIFIER_WORDS = frozenset(
    "article articles section sections chapter chapters no no. nos nos. vol vol. volume issue "
    "page pages p. pp. order resolution resolutions route interstate highway initiative line "
    "flight room unit phase level table figure fig. annex paragraph clause rule item amendment "
    "act bill proposition prop. gate platform track building suite box exit block division "
    "brigade regiment battalion corps squadron fleet district ward precinct grade class "
    "model version series season episode part appendix schedule form case tier stage "
    "category channel terminal pier lot zone sector".split())

#: Words that end a counted noun phrase: after a number they mean "not a count".
STOP_WORDS = frozenset(
    "a an the of to in on at by for with from as into onto than then that which who whom "
    "whose this these those it its is are was were be been being has have had do does did "
    "will would should could can may might must shall and or but nor not no so if when "
    "while where after before since until during about over under above below between "
    "among per each every all both some any more most less least fewer other others another "
    "such same own only just also very too again there here his her their our your my its "
    "thus plus always perhaps towards afterwards besides whereas across versus via us".split())

#: Counted nouns (in the singular) that pint reads as units of measure, and that news counts
#: as things: "4 sections" (a square mile to pint), "12 bars" (a pressure, where the sentence
#: speaks of one: pressure.py), "5 pcs" (pieces;
#: parsecs), "3 cups" and "12 stones" (a volume, a weight), "20 bits", "12 shots". A draft
#: counts them: each is a unit news hardly prints in the plural, of a noun it often counts.
#: Drawn from every pint unit whose plural a counted noun can be; the others are the units
#: they are in news ("12 volts", "3 pints", "24 carats", "5 furlongs"), and stay units.
COUNTED_NOT_MEASURED = frozenset(
    "bag bar barn bit blob candle chain circle cup cycle den dot grade grain hand jig league "
    "link mole molecule particle pc pixel pole pond revolution rod section shake shot slug "
    "stone strain toe turn".split())

#: Verbs that look like plural nouns and are seldom counted: after a product's name and its
#: number they say what the product does ("Windows 11 runs", "a Boeing 737 carries").
VERBS_LIKE_PLURALS = frozenset(
    "runs carries costs sells uses includes features launches flies offers supports requires "
    "weighs comes goes gets makes takes remains needs starts arrives replaces boasts holds "
    "contains delivers powers lets allows adds brings".split())

#: Words before a capitalised name that make the number after it part of the name: determiners,
#: quantifiers and adjectives ("the iPhone 15", "Many Windows 11 devices", "older Windows 10
#: machines"). A count after a name is otherwise a count ("told Reuters 12 people").
WORDS_BEFORE_A_MODEL = frozenset(
    "the a an all its their his her our whose this these those every each many most some several few "
    "fewer other any no both such older newer new old existing affected compatible supported eligible "
    "current previous latest recent upcoming".split())
#: Prepositions that do the same inside a sentence ("bugs on Windows 11 devices"), not at its start,
#: where a place may stand before a count ("In Gaza 40 people were killed").
PREPOSITIONS_BEFORE_A_MODEL = frozenset("on for with of in to from into onto via under running using".split())

#: Nouns a product's name and version stand before, and that are seldom counted after a name that
#: is no product: "patched Windows 11 devices", "Android 14 phones", "iOS 17 users".
NOUNS_AFTER_A_MODEL = frozenset(
    "devices phones smartphones handsets machines computers pcs laptops notebooks tablets users owners "
    "apps applications builds updates drivers installs installations".split())

NUMBER_WORDS_SMALL = ("zero one two three four five six seven eight nine ten eleven twelve "
                      "thirteen fourteen fifteen sixteen seventeen eighteen nineteen").split()
NUMBER_WORDS_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
NUMBER_WORDS_SCALE = "hundred thousand million billion trillion lakh crore dozen".split()
FRACTION_WORDS = ("half halves third thirds quarter quarters fourth fourths fifth fifths "
                  "tenth tenths").split()


def _all_units() -> dict[str, str]:
    units = {**_WORD_UNITS, **CURRENCY_WORDS}
    for word in AMBIGUOUS_UNITS:
        units.setdefault(word.replace("_", " ").lower(), word)
    return units


WORD_UNITS = _all_units()
SYMBOL_UNITS = {**{k: k for k in NEWS_UNITS if k in ("bcm", "BCM", "mcm", "MCM")}, **CURRENCY_SIGNS_AFTER,
                **_SYMBOL_UNITS}


def alternation(words) -> str:
    """A regex alternation of ``words``, longest first, spaces matching any run of spaces."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"[ \u00a0]+") for w in ordered)


def plural(word: str) -> str:
    """A singular noun in the plural, for a measure's name: "car" -> "cars", "storey" -> "storeys"."""
    if not word:
        return ""
    if word.endswith("y") and word[-2:-1] not in tuple("aeiou"):
        return word[:-1] + "ies"
    if word.endswith(("s", "sh", "ch", "x", "z")):
        return word + "es"
    return word + "s"


def looks_plural(word: str) -> bool:
    low = word.lower()
    if low in IRREGULAR_PLURALS:
        return True
    return (len(low) >= 3 and low.endswith("s") and not low.endswith(("ss", "us", "is", "ous"))
            and low not in STOP_WORDS)
