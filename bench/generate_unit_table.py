"""Regenerate ``factledger/data/units.json``, the unit table shipped so pint is not built at start.

Every entry is what :func:`factledger.units.compile_with_pint` gives for the
unit text: the factor to base units (an interval, for prose "tons"), the
nominal factor and the dimension key. A test checks every entry against pint,
so a stale table fails the suite; run this after changing the news units::

    python bench/generate_unit_table.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from factledger import units

TABLE = Path(units.__file__).with_name("data") / "units.json"

TIMES = ("day", "week", "month", "year", "hour")
TIME_WORDS = TIMES + ("days", "weeks", "months", "years", "hours")
PEOPLE_PER = ("person", "soldier", "troop", "worker", "resident")
#: SI and imperial units that news prints, and the time words rates are per.
COMMON = (
    "m", "km", "cm", "mm", "mile", "miles", "kilometre", "kilometres", "kilometer", "kilometers",
    "metre", "metres", "meter", "meters", "foot", "inch", "yard", "yards", "inches",
    "kg", "g", "lb", "lbs", "pound", "kilogram", "kilograms", "gram", "grams", "ounce", "oz",
    "litre", "litres", "liter", "liters", "L", "l", "ml", "hectare", "acre", "acres",
    "m ** 2", "km ** 2", "km/h", "mph", "knot", "knots",
    "kWh", "MWh", "GWh", "TWh", "W", "kW", "MW", "GW", "J", "MJ", "GJ",
    "second", "seconds", "s", "minute", "minutes", "min", "hours", "h", "weeks", "decade",
    "decades", "century", "dimensionless", "", "1",
    "USD/soldier/month", "USD/soldier/year", "USD/person/month", "USD/person/year",
    "USD/person/day", "times/day", "times/week", "times/month", "times/year",
)


def rate_bases() -> list[str]:
    """Unit words whose rates news prints: money, people, tonnes, gas and oil volumes."""
    targets = {"person", "tonne", "m ** 3", "billion_cubic_metre", "million_cubic_metre",
               "oil_barrel", "kilotonne", "megatonne", "vessel"}
    money = [w for w, u in units.NEWS_UNITS.items() if u.isupper() and len(u) == 3 and w == u]
    return money + [w for w, u in units.NEWS_UNITS.items() if u in targets] + ["ton", "tons", "1"]


def candidates() -> list[str]:
    texts = list(units.NEWS_UNITS) + list(units.AMBIGUOUS_UNITS) + list(COMMON) + list(TIME_WORDS)
    money = [w for w, u in units.NEWS_UNITS.items() if u.isupper() and len(u) == 3]
    for base in rate_bases():
        texts += [f"{base}/{t}" for t in TIMES] + [f"{base} per {t}" for t in ("day", "month", "year")
                                                 if base[0].isalpha()]
    for currency in money:
        if not currency.isupper():
            continue  # codes only: "dollars/soldier" is not how ledgers write it
        texts += [f"{currency}/{who}" for who in PEOPLE_PER]
        texts += [f"{currency}/{who}/{t}" for who in PEOPLE_PER for t in ("day", "month", "year")]
        texts += [f"{currency}/{what}" for what in ("tonne", "t", "barrel", "bbl", "kg", "litre")]
    return texts


def entry(unit: units.Unit) -> dict:
    return {"lo": unit.factor.lo, "hi": unit.factor.hi, "nominal": unit.nominal,
            "dims": [[name, exp] for name, exp in unit.dims]}


def build() -> dict:
    import pint

    table: dict[str, dict] = {}
    for text in candidates():
        clean = units.normalise(text)
        if clean in table:
            continue
        try:
            table[clean] = entry(units.compile_with_pint(text))
        except units.UnitError as error:
            print(f"skipped {text!r}: {error.message}", file=sys.stderr)
    return {"generated_by": "bench/generate_unit_table.py", "pint": pint.__version__,
            "units": dict(sorted(table.items()))}


def main() -> int:
    data = build()
    TABLE.parent.mkdir(exist_ok=True)
    TABLE.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", "utf-8")
    print(f"wrote {len(data['units'])} units to {TABLE}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
