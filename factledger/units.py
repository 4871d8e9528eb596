"""The one place that knows about units.

pint is the authority for unit definitions, but pint's parser is not a prose
parser, and pint's defaults are wrong for news ("mcm" is a micrometre there,
"bbl" a 119 L barrel, "pp" a typographic point). This module adds the units
news needs, maps the words articles use onto them, and *compiles* every unit
text once into a :class:`Unit`: a factor to base units (an interval, because
a prose "ton" may be metric, short or long) and a hashable dimension key.
Everything downstream computes on those plain numbers; no hot path creates a
pint ``Quantity``.

The pint registry is built lazily, on the first unit that is not in the
shipped table (``factledger/data/units.tsv``, generated from pint by
``bench/generate_unit_table.py`` and checked against pint by the tests).

Calendar convention: a month is a twelfth of a Julian year (365.25 days), so
"a month" is 30.4375 days; this is pint's definition and the one we document.
"""

from __future__ import annotations

import functools
import math
import os
import re
import _thread
from typing import Any


from factledger.errors import UnitError
from factledger.intervals import Interval
from factledger.patterns import OnFirstUse
from factledger.records import record

Dims = tuple[tuple[str, float], ...]
DIMENSIONLESS: Dims = ()

#: Definitions added to pint's defaults. Currencies are separate dimensions:
#: they are never converted without a dated rate from reference data.
PINT_DEFINITIONS = (
    "US_dollar = [currency_USD] = USD",
    "euro = [currency_EUR] = EUR",
    "pound_sterling = [currency_GBP] = GBP",
    "renminbi = [currency_CNY] = CNY",
    "japanese_yen = [currency_JPY] = JPY",
    "russian_rouble = [currency_RUB] = RUB",
    "south_korean_won = [currency_KRW] = KRW",
    "north_korean_won = [currency_KPW] = KPW",
    "namibian_dollar = [currency_NAD] = NAD",
    "ukrainian_hryvnia = [currency_UAH] = UAH",
    "indian_rupee = [currency_INR] = INR",
    "australian_dollar = [currency_AUD] = AUD",
    "canadian_dollar = [currency_CAD] = CAD",
    "hong_kong_dollar = [currency_HKD] = HKD",
    "new_zealand_dollar = [currency_NZD] = NZD",
    "singapore_dollar = [currency_SGD] = SGD",
    "brazilian_real = [currency_BRL] = BRL",
    "swiss_franc = [currency_CHF] = CHF",
    "turkish_lira = [currency_TRY] = TRY",
    "iranian_rial = [currency_IRR] = IRR",
    "saudi_riyal = [currency_SAR] = SAR",
    "mexican_peso = [currency_MXN] = MXN",
    "swedish_krona = [currency_SEK] = SEK",
    "south_african_rand = [currency_ZAR] = ZAR",
    # Currencies a news desk prints by their codes ("PKR 50 billion", "BDT 5bn"), each its own.
    "pakistani_rupee = [currency_PKR] = PKR",
    "sri_lankan_rupee = [currency_LKR] = LKR",
    "nepalese_rupee = [currency_NPR] = NPR",
    "bangladeshi_taka = [currency_BDT] = BDT",
    "egyptian_pound = [currency_EGP] = EGP",
    "nigerian_naira = [currency_NGN] = NGN",
    "kenyan_shilling = [currency_KES] = KES",
    "ghanaian_cedi = [currency_GHS] = GHS",
    "indonesian_rupiah = [currency_IDR] = IDR",
    "philippine_peso = [currency_PHP] = PHP",
    "vietnamese_dong = [currency_VND] = VND",
    "thai_baht = [currency_THB] = THB",
    "malaysian_ringgit = [currency_MYR] = MYR",
    "new_taiwan_dollar = [currency_TWD] = TWD",
    "israeli_shekel = [currency_ILS] = ILS",
    "uae_dirham = [currency_AED] = AED",
    "qatari_riyal = [currency_QAR] = QAR",
    "kuwaiti_dinar = [currency_KWD] = KWD",
    "moroccan_dirham = [currency_MAD] = MAD",
    "polish_zloty = [currency_PLN] = PLN",
    "czech_koruna = [currency_CZK] = CZK",
    "hungarian_forint = [currency_HUF] = HUF",
    "romanian_leu = [currency_RON] = RON",
    "norwegian_krone = [currency_NOK] = NOK",
    "danish_krone = [currency_DKK] = DKK",
    "argentine_peso = [currency_ARS] = ARS",
    "chilean_peso = [currency_CLP] = CLP",
    "colombian_peso = [currency_COP] = COP",
    "peruvian_sol = [currency_PEN] = PEN",
    "ugandan_shilling = [currency_UGX] = UGX",
    "tanzanian_shilling = [currency_TZS] = TZS",
    "west_african_cfa_franc = [currency_XOF] = XOF",
    "central_african_cfa_franc = [currency_XAF] = XAF",
    # People are counted in one dimension, so troops / (casualties per day) is days.
    "person = [person]",
    # Ships are counted in their own dimension.
    "vessel = [vessel]",
    # A temperature in degrees Celsius or Fahrenheit counts from its own zero, so no factor
    # converts it (25 °C is 77 °F, not 45): each scale is a kind of quantity of its own.
    # Differences within one scale ("up 2 °C") still compute.
    "celsius_temperature = [temperature_C]",
    "fahrenheit_temperature = [temperature_F]",
    # In news a quarter is three months ("$72M a quarter"); pint's quarter is 28 lb.
    "quarter_year = year / 4",
    # pint's decade is the pure number 10 (a factor on a log scale); in news it is ten years.
    "decade_of_years = 10 * year",
    "billion_cubic_metre = 1e9 m ** 3",
    "thousand_oil_barrel = 1e3 oil_barrel",
    "million_oil_barrel = 1e6 oil_barrel",
    "million_cubic_metre = 1e6 m ** 3",
    "percentage_point = 0.01",
    "basis_point = 0.0001",
)

_PEOPLE = (
    "person persons people troop troops soldier soldiers man men woman women casualty "
    "casualties passenger passengers customer customers worker workers instructor "
    "instructors resident residents refugee refugees civilian civilians pilot pilots "
    "prisoner prisoners officer officers volunteer volunteers employee employees "
    "technician technicians scientist scientists member members sailor sailors fighter "
    "fighters militant militants hostage hostages detainee detainees migrant migrants child "
    "children student students patient patients victim victims death deaths fatality "
    "fatalities dead killed wounded injured voter voters citizen citizens tourist tourists "
    "visitor visitors doctor doctors nurse nurses"
)
_VESSELS = ("vessel vessels ship ships tanker tankers ferry ferries boat boats warship warships "
            "submarine submarines destroyer destroyers frigate frigates")


def _plurals(words: list[str]) -> dict[str, str]:
    """Each counting word's plural among ``words``: troop -> troops, casualty -> casualties, man -> men."""
    known, plurals = set(words), {}
    for word in words:
        for plural in (word + "s", word + "es", word[:-1] + "ies", word.replace("man", "men"), word + "ren"):
            if plural != word and plural in known:
                plurals[word] = plural
                break
    return plurals


#: the plural of each word that counts people or vessels ("12,000 troops", not "12,000 troop")
COUNTING_PLURALS = {**_plurals(_PEOPLE.split() + _VESSELS.split()), "person": "people"}

#: the kinds of quantity that count things one by one: people and vessels
COUNTING_DIMS: frozenset[Dims] = frozenset({(("[person]", 1.0),), (("[vessel]", 1.0),)})
#: the units of a pure number that may be a count: none ("15,000"), or "count". Percent,
#: points and multiples ("times", "x") are pure numbers too, but ratios, never counts.
COUNT_UNITS = frozenset({"", "1", "count"})
#: pure-number units that print a multiple ("3 times", "2.5x"): ratios, though their factor is one
MULTIPLES = frozenset({"times", "x"})

#: Currency codes beyond the dollars, euro, pound, yen and their like, as a news desk prints them.
NEWS_DESK_CURRENCIES = ("PKR", "LKR", "NPR", "BDT", "EGP", "NGN", "KES", "GHS", "IDR", "PHP", "VND", "THB",
                        "MYR", "TWD", "ILS", "AED", "QAR", "KWD", "MAD", "PLN", "CZK", "HUF", "RON", "NOK",
                        "DKK", "ARS", "CLP", "COP", "PEN", "UGX", "TZS", "XOF", "XAF")

#: Words and symbols printed in articles -> pint unit expressions.
NEWS_UNITS: dict[str, str] = {
    **{w: "person" for w in _PEOPLE.split()},
    **{w: "vessel" for w in _VESSELS.split()},
    "$": "USD", "US$": "USD", "USD": "USD", "dollar": "USD", "dollars": "USD",
    "€": "EUR", "EUR": "EUR", "euro": "EUR", "euros": "EUR",
    "£": "GBP", "GBP": "GBP", "pound_sterling": "GBP",
    "CNY": "CNY", "RMB": "CNY", "yuan": "CNY", "JPY": "JPY", "yen": "JPY",
    "₽": "RUB", "RUB": "RUB", "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB",
    "₩": "KRW", "KRW": "KRW", "KPW": "KPW", "won": "KRW",
    "N$": "NAD", "NAD": "NAD", "UAH": "UAH", "hryvnia": "UAH", "hryvnias": "UAH", "INR": "INR", "₹": "INR",
    "US_dollars": "USD", "US_dollar": "USD", "AUD": "AUD", "CAD": "CAD", "HKD": "HKD",
    "NZD": "NZD", "SGD": "SGD", "BRL": "BRL",
    "CHF": "CHF", "Swiss_francs": "CHF", "Swiss_franc": "CHF", "TRY": "TRY", "lira": "TRY", "₺": "TRY",
    "MXN": "MXN", "Mexican_pesos": "MXN", "Mexican_peso": "MXN",  # "pesos" alone: five countries' money
    "SEK": "SEK", "kronor": "SEK", "krona": "SEK",  # the Swedish plural; Norway and Denmark print "kroner"
    "ZAR": "ZAR", "rand": "ZAR",
    "IRR": "IRR", "rials": "IRR", "rial": "IRR", "SAR": "SAR", "riyals": "SAR", "riyal": "SAR",
    # "rupees" alone are Indian unless the ledger's unit names another rupee (figures.py)
    "rupees": "INR", "rupee": "INR", "pounds_sterling": "GBP",
    **{code: code for code in NEWS_DESK_CURRENCIES},
    "৳": "BDT", "taka": "BDT", "₦": "NGN", "naira": "NGN", "₱": "PHP", "₫": "VND", "dong": "VND",
    "฿": "THB", "baht": "THB", "ringgit": "MYR", "rupiah": "IDR", "₪": "ILS", "shekel": "ILS",
    "shekels": "ILS", "zł": "PLN", "zloty": "PLN", "zlotys": "PLN", "Kč": "CZK", "koruna": "CZK",
    "forint": "HUF", "forints": "HUF", "cedi": "GHS", "cedis": "GHS", "soles": "PEN",
    # The money of one country, named so; "dirhams", "shillings" and "francs" alone are several
    # countries' (figures.py asks the ledger's unit whose).
    "reais": "BRL", "Brazilian_reais": "BRL", "Brazilian_real": "BRL",
    "Egyptian_pounds": "EGP", "Egyptian_pound": "EGP",
    "UAE_dirhams": "AED", "UAE_dirham": "AED", "Emirati_dirhams": "AED", "Emirati_dirham": "AED",
    "Moroccan_dirhams": "MAD", "Moroccan_dirham": "MAD",
    "Kenyan_shillings": "KES", "Kenyan_shilling": "KES", "Ugandan_shillings": "UGX",
    "Ugandan_shilling": "UGX", "Tanzanian_shillings": "TZS", "Tanzanian_shilling": "TZS",
    "bcm": "billion_cubic_metre", "BCM": "billion_cubic_metre",
    "mcm": "million_cubic_metre", "MCM": "million_cubic_metre",
    "cubic_metre": "m ** 3", "cubic_metres": "m ** 3", "cubic_meter": "m ** 3",
    "cubic_meters": "m ** 3", "m3": "m ** 3", "m³": "m ** 3",
    "t": "tonne", "tonne": "tonne", "tonnes": "tonne", "metric_ton": "tonne",
    "metric_tons": "tonne", "metric_tonne": "tonne", "metric_tonnes": "tonne",
    # Commodity and trade news print metric tonnes as "mt" or "MT" (pint: a millitonne, a
    # megatesla); "Mt" is the megatonne of energy and emissions news ("1.2 Mt of CO2").
    "mt": "tonne", "MT": "tonne", "kt": "kilotonne", "Mt": "megatonne",
    # Grain and commodity reports print million metric tonnes as "MMT" ("25 MMT of wheat").
    "MMT": "megatonne", "mmt": "megatonne",
    # A calorie in news is the food calorie, a kilocalorie ("a 500-calorie meal", "Calories" on a
    # label); pint's calorie is the small one, a thousandth of it.
    **{w: "kilocalorie" for w in ("calorie", "calories", "Calorie", "Calories")},
    "bbl": "oil_barrel", "barrel": "oil_barrel", "barrels": "oil_barrel",
    "b/d": "oil_barrel / day", "bpd": "oil_barrel / day",
    # Oil rates as the IEA and most news print them: mb/d a million barrels a day, kb/d a thousand.
    "kbpd": "thousand_oil_barrel / day", "kbd": "thousand_oil_barrel / day",
    "mbpd": "million_oil_barrel / day", "mmbpd": "million_oil_barrel / day",
    "MMbpd": "million_oil_barrel / day", "mmbbl": "million_oil_barrel",
    "MMbbl": "million_oil_barrel",
    "%": "percent", "percent": "percent", "per_cent": "percent", "pct": "percent",
    "pc": "percent",  # British papers' "7.8pc"; pint's pc is a parsec
    "percentage_point": "percentage_point", "percentage_points": "percentage_point",
    "pp": "percentage_point", "p.p.": "percentage_point",
    "basis_point": "basis_point", "basis_points": "basis_point", "bp": "basis_point",
    "bps": "basis_point",
    "in": "inch", "in.": "inch", "ft": "foot", "ft.": "foot", "feet": "foot",
    # Speeds as news prints them: "kph" and "kmh" are kilometres an hour, and so is "kmph", as the
    # Indian press prints it ("80 kmph"), which pint reads as kilo-mph, a thousand miles an hour.
    "kph": "kilometer / hour", "kmh": "kilometer / hour", "kmph": "kilometer / hour",
    "mi": "mile", "sq_ft": "foot ** 2", "square_feet": "foot ** 2", "square_foot": "foot ** 2",
    "square_miles": "mile ** 2", "square_mile": "mile ** 2",
    "km2": "km ** 2", "km²": "km ** 2", "square_kilometres": "km ** 2",
    "square_kilometers": "km ** 2", "hectares": "hectare",
    **{w: "celsius_temperature" for w in ("°C", "℃", "degC", "degree_Celsius", "degrees_Celsius",
                                          "deg_C", "Celsius", "celsius", "centigrade")},
    **{w: "fahrenheit_temperature" for w in ("°F", "℉", "degF", "degree_Fahrenheit", "degrees_Fahrenheit",
                                             "deg_F", "Fahrenheit", "fahrenheit")},
    "quarter": "quarter_year", "quarters": "quarter_year", "qtr": "quarter_year",
    "decade": "decade_of_years", "decades": "decade_of_years",
    # A point of an index or a score is counted, as "count" is; percentage points are their own.
    "point": "dimensionless", "points": "dimensionless",
    "count": "dimensionless", "times": "dimensionless", "x": "dimensionless", "1": "dimensionless",
}

#: Prose units with more than one meaning: the factor is the hull of all readings.
AMBIGUOUS_UNITS: dict[str, tuple[str, ...]] = {
    # "ton" in prose may be metric (1000 kg), short (907 kg) or long (1016 kg).
    "ton": ("tonne", "short_ton", "long_ton"),
    "tons": ("tonne", "short_ton", "long_ton"),
    # A "billion" of cubic metres is never ambiguous, but a "gallon" is (US or imperial).
    "gallon": ("US_liquid_gallon", "imperial_gallon"),
    "gallons": ("US_liquid_gallon", "imperial_gallon"),
}


@record
class Unit:
    """A compiled unit: ``value_in_base = value * factor``, dimension ``dims``."""

    text: str
    factor: Interval
    dims: Dims
    #: the factor of the first (most common) reading, for point values: a prose "ton" is a tonne
    nominal: float = 0.0  # 0: the lower bound of the factor

    def __post_init__(self) -> None:
        if not self.nominal:
            object.__setattr__(self, "nominal", self.factor.lo)

    @property
    def is_exact(self) -> bool:
        return self.factor.lo == self.factor.hi

    @property
    def dimensionless(self) -> bool:
        return self.dims == DIMENSIONLESS


# -- the pint registry ---------------------------------------------------------------
_registry: Any = None
_registry_lock = _thread.allocate_lock()  # threading.Lock(), without importing threading


def registry() -> Any:
    """The process-wide pint registry, with news units; built on first use."""
    global _registry
    with _registry_lock:
        if _registry is None:
            import pint

            reg: Any = pint.UnitRegistry(cache_folder=":auto:")
            for definition in PINT_DEFINITIONS:
                reg.define(definition)
            _registry = reg
        return _registry


def registry_built() -> bool:
    return _registry is not None


# -- compiling unit text --------------------------------------------------------------
class _Grammar:
    """The unit reader's pattern, compiled when the first unit text is read (``factledger.patterns``)."""

    token = OnFirstUse(r"\s*(\*\*|[*/()^·]|per\b|[^\s*/()^·]+)\s*")


def _tokens(text: str) -> list[str]:
    pos, out = 0, []
    while pos < len(text):
        match = _Grammar.token.match(text, pos)
        if match is None or match.end() == pos:
            raise UnitError(f"unit {text!r} could not be read")
        out.append(match.group(1))
        pos = match.end()
    return out


def normalise(text: str) -> str:
    """Collapse spaces and spelling so equal units compare equal as text."""
    text = " ".join(text.replace("·", "*").split())
    # "gigawatt-hours", "person-days": a unit times a unit, as prose hyphenates it (pint reads "-" as minus)
    if "-" in text:
        text = _HYPHENATED.sub(" ", text)
    # "tonnes a hectare", "deaths a decade": "a" between units means per, as in prose; pint
    # would read it as its annum and multiply ("tonnes a hectare" a mass times an area and a year).
    if " a" in text or " e" in text:
        text = _A_PER.sub(" / ", text)
    # Barrels a day: the tokens "b", "d" would be pint's barn and day, and "mb" a millibarn.
    text = re.sub(r"\b(?:(k|K|m|mm|MM|M)b|[bB])\s*/\s*d(?:ay)?\b", _barrels_a_day, text)
    for long, short in (("cubic meters", "cubic_meters"), ("cubic metres", "cubic_metres"),
                        ("cubic meter", "cubic_meter"), ("cubic metre", "cubic_metre"),
                        ("metric tons", "metric_tons"), ("metric ton", "metric_ton"),
                        ("metric tonnes", "metric_tonnes"), ("percentage points", "percentage_points"),
                        ("percentage point", "percentage_point"), ("basis points", "basis_points"),
                        ("basis point", "basis_point"), ("square feet", "square_feet"),
                        ("square foot", "square_foot"), ("square miles", "square_miles"),
                        ("square mile", "square_mile"), ("sq ft", "sq_ft"), ("per cent", "per_cent"),
                        ("square kilometres", "square_kilometres"), ("U.S. dollars", "US_dollars"),
                        ("US dollars", "US_dollars"), ("U.S. dollar", "US_dollar"), ("US dollar", "US_dollar"),
                        ("Swiss francs", "Swiss_francs"), ("Swiss franc", "Swiss_franc"),
                        ("Mexican pesos", "Mexican_pesos"), ("Mexican peso", "Mexican_peso"),
                        ("Brazilian reais", "Brazilian_reais"), ("Brazilian real", "Brazilian_real"),
                        ("Egyptian pounds", "Egyptian_pounds"), ("Egyptian pound", "Egyptian_pound"),
                        ("UAE dirhams", "UAE_dirhams"), ("UAE dirham", "UAE_dirham"),
                        ("Emirati dirhams", "Emirati_dirhams"), ("Emirati dirham", "Emirati_dirham"),
                        ("Moroccan dirhams", "Moroccan_dirhams"), ("Moroccan dirham", "Moroccan_dirham"),
                        ("Kenyan shillings", "Kenyan_shillings"), ("Kenyan shilling", "Kenyan_shilling"),
                        ("Ugandan shillings", "Ugandan_shillings"), ("Ugandan shilling", "Ugandan_shilling"),
                        ("Tanzanian shillings", "Tanzanian_shillings"),
                        ("Tanzanian shilling", "Tanzanian_shilling"),
                        ("pounds sterling", "pounds_sterling"), ("pound sterling", "pound_sterling"),
                        ("degrees Celsius", "degrees_Celsius"), ("degree Celsius", "degree_Celsius"),
                        ("degrees celsius", "degrees_Celsius"), ("degree celsius", "degree_Celsius"),
                        ("degrees Fahrenheit", "degrees_Fahrenheit"), ("degree Fahrenheit", "degree_Fahrenheit"),
                        ("degrees fahrenheit", "degrees_Fahrenheit"), ("degree fahrenheit", "degree_Fahrenheit"),
                        ("° C", "°C"), ("° F", "°F")):
        text = text.replace(long, short)
    return text


_A_PER = re.compile(r"(?<=[^\W\d])\s+(?:a|an|each|every)\s+(?=[^\W\d])")
_HYPHENATED = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")


def _barrels_a_day(match: re.Match[str]) -> str:
    prefix = match.group(1) or ""
    return {"": "bpd", "k": "kbpd", "K": "kbpd", "M": "Mbpd"}.get(prefix, "mbpd")


#: Words that name money or a weight, as an article may mean either: the ledger's ``unit`` decides.
MONEY_OR_WEIGHT = ("pound", "pounds")
#: Points of a rate or of an index ("up 2 points"), never pint's typographic point or pint (``pts``):
#: the ledger's ``unit`` decides, "percentage_point" or a counted "point".
POINTS = ("point", "points", "pt", "pts")

#: Spellings with two common meanings that no hull of readings would make safe, and what to write.
UNCLEAR_UNITS = {
    "Mbpd": "'M' is a thousand in the oil industry's Mb/d (MMb/d a million) but a million in "
            "much of the news; write kb/d for thousands or mb/d for millions of barrels a day",
}


def _ambiguous_readings(tokens: list[str]) -> list[list[str]]:
    """Every reading of the token list, one per meaning of each ambiguous word."""
    readings: list[list[str]] = [[]]
    for token in tokens:
        options = AMBIGUOUS_UNITS.get(token, (NEWS_UNITS.get(token, token),))
        readings = [r + [opt] for r in readings for opt in options]
    return readings


def _pint_reading(tokens: list[str]) -> str:
    return " ".join("/" if t == "per" else ("**" if t == "^" else t) for t in tokens)


def _compile_with_pint(expression: str, original: str) -> tuple[float, Dims]:
    reg = registry()
    try:
        quantity = reg.Quantity(1.0, expression).to_base_units()
    except Exception as error:  # pint raises many kinds; all mean "not a unit we know"
        if _CODE.fullmatch(original.strip()):
            raise UnitError(unknown_code(original.strip())) from None
        raise UnitError(f"unknown unit {original!r} ({_short(error)}){_counted_hint(original, error)}") from None
    dims = tuple(sorted((str(k), float(v)) for k, v in quantity.dimensionality.items() if v))
    magnitude = float(quantity.magnitude)
    if magnitude == 0 or not math.isfinite(magnitude):
        raise UnitError(f"unit {original!r} is too large or too small to compute with")
    return magnitude, dims


def currency_codes() -> list[str]:
    """The currency codes factledger knows, in alphabetical order."""
    return sorted(d.rsplit("=", 1)[1].strip() for d in PINT_DEFINITIONS if "[currency_" in d)


_CODE = re.compile(r"[A-Z]{3}")


def unknown_code(code: str, what: str = "unit or currency code") -> str:
    """The error for a three-letter code factledger does not know ("XYZ 50 billion", unit = "XYZ")."""
    return (f"unknown {what} {code!r}; the currency codes factledger knows are "
            f"{', '.join(currency_codes())}")


#: plurals that drop no "s", and nouns that are their own plural
IRREGULAR_PLURALS = {"men": "man", "women": "woman", "people": "person", "children": "child",
                     "feet": "foot", "teeth": "tooth", "mice": "mouse", "geese": "goose",
                     "personnel": "personnel", "police": "police", "staff": "staff",
                     "crew": "crew", "cattle": "cattle", "livestock": "livestock",
                     "aircraft": "aircraft", "sheep": "sheep", "fish": "fish",
                     "buses": "bus", "businesses": "business", "species": "species",
                     "series": "series", "data": "data", "media": "media", "lives": "life",
                     "wives": "wife", "knives": "knife", "leaves": "leaf", "halves": "half"}


def singular(word: str) -> str:
    """The singular of a counted noun, for a unit name and for advice: "ferries" -> "ferry",
    "families" -> "family", "children" -> "child"."""
    low = word.lower()
    if low in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[low]
    if low.endswith("ies") and len(low) > 4:
        return low[:-3] + "y"
    if low.endswith(("sses", "shes", "ches", "xes", "zes")):
        return low[:-2]
    if low.endswith("s") and not low.endswith("ss"):
        return low[:-1]
    return low


def looks_plural(word: str) -> bool:
    """Whether ``word`` looks like a plural noun that counts things: "families", "homes", "bridges"."""
    return (len(word) > 3 and word.isalpha() and word.islower() and word.endswith("s")
            and not word.endswith(("ss", "us", "is")))


def near_unit(word: str) -> str:
    """The unit word ``word`` is most likely a slip for ("soldr" -> "soldier"); ``""`` if none is close.

    A slip is told apart from a noun that counts things, which needs ``count`` instead.
    """
    import difflib  # only when a unit is unknown

    words = [w for w in (*NEWS_UNITS, *_shipped_table()) if w.isalpha() and len(w) > 2]
    # a plural of a noun of its own is often near a unit's ("farms", "grams", "visits" and
    # "visitors"): ask more of it, so that a slip ("troopps") is told and a noun is counted
    close = difflib.get_close_matches(word, words, n=1, cutoff=0.9 if looks_plural(word) else 0.8)
    return close[0] if close else ""


def _counted_hint(original: str, error: Exception) -> str:
    """"; for an amount per family, write "INR/count"", when the unknown word names counted things.

    A noun after "/" ("INR/family") or a plural one ("families") counts things; factledger counts
    them as ``count``, a pure number, as ``factledger extract`` drafts them.
    """
    names = [n for n in getattr(error, "unit_names", ()) or () if isinstance(n, str)]
    for name in names:
        near = near_unit(name)
        if near:
            return f"; did you mean {near!r}?"
        after_slash = re.search(rf"(?:/|\bper)\s*{re.escape(name)}\b", original) is not None
        if name.isalpha() and name.islower() and (after_slash or looks_plural(name)):
            instead = re.sub(rf"\b{re.escape(name)}\b", "count", original)
            purpose = f"for an amount per {singular(name)}" if after_slash else f"to count {name}"
            return f"; {purpose}, write {_in_double_quotes(instead)}"
    return ""


def _in_double_quotes(text: str) -> str:
    """``text`` as a TOML or JSON string would write it: "INR/count", with a line break as \\n."""
    import json  # only for this advice: a run that reads every unit never needs it

    return json.dumps(text, ensure_ascii=False)


def _short(error: Exception) -> str:
    # pint's own messages name the unknown word; Python errors from its parser say nothing useful.
    if isinstance(error, OverflowError):
        return "too large to compute with"
    first = (str(error).splitlines() or [""])[0][:120]
    if not first or type(error) in (TypeError, AttributeError, IndexError, KeyError):
        return "not a unit expression"
    return first


@functools.lru_cache(maxsize=4096)
def compile_unit(text: str) -> Unit:
    """Compile unit text (``"USD/month"``, ``"casualty per day"``, ``"ton"``) once."""
    return shipped_unit(text) or _per_count_unit(text) or compile_with_pint(text)


class _PerCount:
    """" per 100,000" in a unit: a rate per so many, as health and crime statistics print one ("42.1
    visits per 100,000 residents" is in ``count/person per 100,000``); pint takes no number in a unit."""

    pattern = OnFirstUse(r"\s*\bper\s+(?P<count>[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*)(?=\s*(?:/|$))")


def split_per_count(text: str) -> tuple[str, int]:
    """``"count/person per 100,000"`` -> ``("count/person", 100000)``: the unit per one, and how many the
    unit counts per (``(text, 1)`` for a unit without a count)."""
    match = _PerCount.pattern.search(text)
    if match is None:
        return text, 1
    return (text[:match.start()] + text[match.end():]).strip(), int(match.group("count").replace(",", ""))


def _per_count_unit(text: str) -> Unit | None:
    """``count/person per 100,000``: the unit per one, divided by the count; ``None`` without one."""
    rest, count = split_per_count(text)
    if rest == text:  # no count: a match always takes its "per ..." out
        return None
    per_one = compile_unit(f"1{rest}" if rest.startswith("/") else rest or "1")  # "per 100,000/year"
    # a factor as pint's own are, correctly rounded: an exact unit stays exact
    factor = Interval(per_one.factor.lo / count, per_one.factor.hi / count)
    return Unit(normalise(text), factor, per_one.dims, per_one.nominal / count)


@functools.lru_cache(maxsize=256)
def is_ratio_unit(text: str) -> bool:
    """True for a unit of a pure number that is a ratio, never a count: percent, percentage and basis
    points, parts per million (a factor below one), and multiples ("times", "x").

    No unit, ``count`` and the counted ``point`` of an index or a score are no ratio.
    """
    try:
        unit = compile_unit(text)
    except UnitError:
        return False
    return unit.dims == DIMENSIONLESS and (unit.factor.hi < 1 or unit.text in MULTIPLES)


def shipped_unit(text: str) -> Unit | None:
    """The unit if the shipped table has it; ``None`` otherwise (never builds the registry)."""
    clean = normalise(text)
    entry = _shipped_table().get(clean)
    if entry is None:
        return None
    try:
        lo, hi, nominal, dims = read_table_entry(entry)
    except ValueError:  # a damaged line only means pint is asked
        return None
    return Unit(clean, Interval(lo, hi), dims, nominal)


#: the longest unit text read; pint's parser takes time that grows with the square of the length
MAX_UNIT_LENGTH = 200


def compile_with_pint(text: str) -> Unit:
    """Compile unit text through pint, whatever the shipped table says (builds the registry)."""
    if len(text) > MAX_UNIT_LENGTH:  # 100,000 characters took pint two minutes to refuse
        raise UnitError(f"unit {text[:40]!r}... is {len(text)} characters long; a unit is at most "
                        f"{MAX_UNIT_LENGTH}")
    clean = normalise(text)
    if clean in ("", "1"):
        return Unit(clean, Interval.point(1.0), DIMENSIONLESS, 1.0)
    tokens = _tokens(clean)
    unclear = next((UNCLEAR_UNITS[t] for t in tokens if t in UNCLEAR_UNITS), None)
    if unclear:
        error = UnitError(f"unit {text!r} is ambiguous: {unclear}")
        error.unclear = True
        raise error
    results = [_compile_with_pint(_pint_reading(r), text) for r in _ambiguous_readings(tokens)]
    dims = {d for _, d in results}
    if len(dims) != 1:
        raise UnitError(f"unit {text!r} has readings of different dimensions")
    factors = [f for f, _ in results]
    return Unit(clean, Interval(min(factors), max(factors)), results[0][1], factors[0])


#: where the unit table generated from pint is shipped; ``None`` turns it off (tests do)
UNIT_TABLE: str | os.PathLike[str] | None = os.path.join(os.path.dirname(__file__), "data", "units.tsv")


@functools.lru_cache(maxsize=1)
def _shipped_table() -> dict[str, str]:
    """Unit text -> the rest of its line in the table generated from pint by
    ``bench/generate_unit_table.py``, read by :func:`read_table_entry` when asked for.

    One line a unit: the text, the factor to base units as an interval, the
    nominal factor and the dimensions, separated by tabs. Reading its 2,000
    lines took 1.7 ms on a slow night, against 0.73 ms for the 1,300 it had
    before (docs/performance.md); the same table as JSON took 2.6 ms to parse
    at 1,200 entries,
    and the ``json`` import 1-2 ms more. Building the pint registry
    takes hundreds. A missing or unreadable table only means pint is asked.
    """
    if UNIT_TABLE is None:
        return {}
    try:
        with open(UNIT_TABLE, encoding="utf-8") as handle:
            lines = handle.read().splitlines()
    except (OSError, ValueError):
        return {}
    return dict(line.split("\t", 1) for line in lines if "\t" in line and not line.startswith("#"))


def read_table_entry(entry: str) -> tuple[float, float, float, Dims]:
    """``lo, hi, nominal, dims`` from a line of the unit table, after its unit text.

    Dimensions are written ``name^exponent``, separated by spaces: ``[currency_USD]^1.0 [time]^-1.0``.
    """
    lo, hi, nominal, dims = entry.split("\t")
    return float(lo), float(hi), float(nominal), tuple(
        (name, float(exponent)) for name, exponent in (d.rsplit("^", 1) for d in dims.split()))


def table_line(text: str, unit: Unit) -> str:
    """The unit table's line for ``unit``, read as ``text``: what :func:`read_table_entry` reads back."""
    dims = " ".join(f"{name}^{float(exponent)!r}" for name, exponent in unit.dims)
    return f"{text}\t{unit.factor.lo!r}\t{unit.factor.hi!r}\t{unit.nominal!r}\t{dims}"


def describe_dims(dims: Dims) -> str:
    """A kind of quantity in words: ``money in USD per time``, ``mass``, ``a pure number``.

    Findings and errors name kinds to the ledger's author and to editors alike, who know
    "mass per area", not pint's ``[mass] / [length]^2``.
    """
    if not dims:
        return "a pure number"
    up = [_kind_word(n, e) for n, e in dims if e > 0]
    down = [_kind_word(n, -e) for n, e in dims if e < 0]
    text = " × ".join(up) or "a pure number"
    return f"{text} per {' per '.join(down)}" if down else text


#: each dimension in words, for :func:`describe_dims`
_KIND_WORDS = {"[mass]": "mass", "[length]": "length", "[time]": "time", "[person]": "people",
               "[vessel]": "vessels", "[temperature]": "temperature", "[temperature_C]": "temperature in °C",
               "[temperature_F]": "temperature in °F", "[current]": "electric current",
               "[substance]": "amount of substance", "[luminosity]": "luminous intensity"}


def _kind_word(name: str, power: float) -> str:
    if name == "[length]" and power in (2, 3):
        return "area" if power == 2 else "volume"
    if name.startswith("[currency_"):
        word = f"money in {name[len('[currency_'):-1]}"
    else:
        word = _KIND_WORDS.get(name, name.strip("[]").replace("_", " "))
    if power == 1:
        return word
    named: dict[float, str] = {2: f"{word} squared", 3: f"{word} cubed"}  # a power of 2.0 finds 2
    return named.get(power, f"{word}^{power:g}")


@functools.lru_cache(maxsize=1024)  # a ledger multiplies few kinds of quantity, many times
def multiply_dims(a: Dims, b: Dims, sign: int = 1) -> Dims:
    """Dimension of a product (``sign=1``) or quotient (``sign=-1``)."""
    total: dict[str, float] = dict(a)
    for name, exp in b:
        total[name] = total.get(name, 0.0) + sign * exp
    return tuple(sorted((n, e) for n, e in total.items() if e))


#: Temperature scales as kinds of quantity, each with how it reads in kelvin: ``K = x * scale + zero``.
TEMPERATURE_SCALES: dict[Dims, tuple[float, float]] = {
    (("[temperature_C]", 1.0),): (1.0, 273.15),
    (("[temperature_F]", 1.0),): (5 / 9, 459.67 * 5 / 9),
    (("[temperature]", 1.0),): (1.0, 0.0),
}


#: the temperature scales whose zero is not nothing: ratios of their figures mean nothing
OFFSET_SCALES = frozenset(dims for dims, (_, zero) in TEMPERATURE_SCALES.items() if zero)


def in_kelvin(value: float, dims: Dims) -> float:
    """A temperature on the scale ``dims`` (a key of :data:`TEMPERATURE_SCALES`) in kelvin."""
    scale, zero = TEMPERATURE_SCALES[dims]
    return value * scale + zero


def from_kelvin(value: float, dims: Dims) -> float:
    scale, zero = TEMPERATURE_SCALES[dims]
    return (value - zero) / scale


def conversion_unknown(left: Dims, right: Dims) -> str:
    """Why two kinds of quantity cannot be checked against each other when they are one quantity
    on two scales no factor converts; ``""`` when they are simply different kinds.

    Euros and dollars differ by an exchange rate that changes every day; °C and °F by
    an offset. Neither makes a figure in one wrong in the other: the check cannot be
    made, which is not a finding against the article.
    """
    quotient = multiply_dims(left, right, -1)
    names = [name for name, _ in quotient]
    if not (any(exp > 0 for _, exp in quotient) and any(exp < 0 for _, exp in quotient)):
        return ""  # one scale against none (dollars against a pure number) is no conversion
    if all(name.startswith("[currency_") for name in names):
        codes = " and ".join(sorted(name[len("[currency_"):-1] for name in names))
        return (f"{codes} are different currencies; checking one against the other needs a dated "
                f"exchange rate, recorded in the ledger as a claim")
    if all(name.startswith("[temperature") for name in names):
        return "°C, °F and kelvin count from different zeros, and factledger does not convert between them"
    return ""


def power_dims(a: Dims, exponent: int) -> Dims:
    return tuple((n, e * exponent) for n, e in a if e * exponent)
