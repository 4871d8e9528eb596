"""Bars of pressure: "a pressure of 12 bars", "tyres inflated to 2.5 bar", "a 15-bar pump".

News counts bars ("The city has 12 bars", "12 chocolate bars"), so "bars" after a number
is a count by rule (``COUNTED_NOT_MEASURED``). Where the sentence speaks of pressure
("pressure", "psi", "tyres", "boiler", "pump", ...), "12 bars", "12 bar" and "15-bar" are
the unit of pressure. "bar" in the singular after an amount other than one, with no noun
after it ("2.5 bar.", "12 bar of pressure"), is the unit too: a count would be plural, and
"12 bar blues" has its noun.
"""

from __future__ import annotations

import re

from factledger.extraction.grammar import Parse
from factledger.records import evolve

BAR = "bar"

_PRESSURE_WORDS = re.compile(
    r"\b(?:pressur(?:e|es|ed|ised|ized|isation|ization)|depressuri[sz]ed|psi|kPa|MPa|hPa|atmospheres?|"
    r"inflat(?:e|ed|es|ing|ion)|tyres?|tires?|boilers?|pumps?|compressors?|compressed|valves?|pipelines?|"
    r"hydraulic|pneumatic|cylinders?|espresso|steam|scuba|reactor)\b", re.IGNORECASE)
#: the unit after the number: "12 bars", "12 bar", "15-bar"
_BAR_AFTER = re.compile(r"(?:[ \u00a0]+|-)(?P<unit>bars?)(?![A-Za-z])")
#: a noun after the singular "bar", which it then names a kind of ("12 bar blues", "a 3 bar heater")
_NOUN_AFTER = re.compile(r"[ \u00a0]+(?!of\b|per\b|and\b|or\b|to\b|in\b|at\b|for\b|on\b)[a-z]{2,}")


def bars_after(text: str, parse: Parse) -> re.Match[str] | None:
    """The "bars" right after the number of a bare or counted ``parse`` ("12 bar", "12 bars",
    "15-bar"), or ``None``; "12 chocolate bars" counts bars."""
    if parse.currency or parse.per or not (parse.bare or parse.counted and parse.unit == BAR):
        return None
    bar = _BAR_AFTER.match(text, (parse.second or parse.first).end)
    return None if bar is None or parse.counted and bar.end() != parse.end else bar


def resolved(text: str, sentence: str, parse: Parse, bar: re.Match[str]) -> Parse:
    """``parse`` with bars of pressure for its unit where ``sentence`` speaks of pressure, or the
    singular names the unit; ``parse`` unchanged otherwise."""
    if _PRESSURE_WORDS.search(sentence) or _singular_unit(text, bar, parse):
        return evolve(parse, unit=BAR, counted=False, noun="", bare=False, end=bar.end())
    return parse


def _singular_unit(text: str, bar: re.Match[str], parse: Parse) -> bool:
    """ "2.5 bar.", "12 bar of pressure": the singular after an amount other than one, before no noun."""
    return (bar.group("unit") == BAR and bar.group(0)[0] != "-" and parse.first.reading not in ("1", "one")
            and not _NOUN_AFTER.match(text, bar.end()))
