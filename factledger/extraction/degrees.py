"""Degrees that name no scale: "Temperatures reached 40 degrees", "2 degrees warmer".

pint, and so a ledger claim with no ``unit``, reads "degrees" as an angle. In news,
"degrees" in a sentence that speaks of temperature ("temperatures", "warmer", "heat",
"Celsius", "°C") is a temperature, in the scale the sentence names, else the one the
article names, else Celsius. A difference ("2 degrees warmer", "warming of 1.5
degrees") takes the unit of its scale too, ``degC``, not pint's ``delta_degC``: the
ledger's temperatures are each a kind of quantity of their own, and a difference
recorded in ``degC`` computes from the levels it is the difference of ("now - then"),
where one in ``delta_degC`` cannot. Without a word of temperature, "degrees" stays the
angle pint reads. Either way the printed unit names no scale, so the mention is flagged
``unit-ambiguous`` and the draft's note says what the guess was and what to set.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factledger.extraction.grammar import Parse
from factledger.hedges import HEDGES
from factledger.records import evolve

if TYPE_CHECKING:
    from factledger.extraction.article import ArticleWords

#: the unit "degrees" is parsed as when it names no scale (pint's angle)
DEGREE = "degree"
#: the units of a temperature in degrees that name no scale, by the scale's name
SCALES = {"celsius": "degC", "fahrenheit": "degF"}

_TEMPERATURE_WORDS = re.compile(
    r"\b(?:temperatures?|thermometers?|mercury|weather|forecast(?:s|ers?)?|heat(?:waves?)?|hot(?:ter|test)?|"
    r"warm(?:s|ed|er|est|ing)?|cool(?:s|ed|er|est|ing)?|cold(?:er|est)?|freezing|frost|chill(?:y|ier)?|"
    r"Celsius|Fahrenheit|centigrade|below[ \u00a0]+zero|sub-?zero)\b|°[ \u00a0]?[CF]\b|[℃℉]", re.IGNORECASE)
_FAHRENHEIT = re.compile(r"Fahrenheit|°[ \u00a0]?F\b|℉|\bdegF\b", re.IGNORECASE)
_CELSIUS = re.compile(r"Celsius|centigrade|°[ \u00a0]?C\b|℃|\bdegC\b", re.IGNORECASE)
#: a difference: "2 degrees warmer", "3 degrees above normal"; "rose by 2 degrees", "warming of 1.5 degrees"
_BELOW_ZERO = re.compile(r"[ \u00a0]+below[ \u00a0]+zero\b", re.IGNORECASE)
_ENDS_BELOW_ZERO = re.compile(r"\bbelow[ \u00a0]+zero$", re.IGNORECASE)
_DIFFERENCE_AFTER = re.compile(r"[ \u00a0]+(?:warmer|cooler|colder|hotter|higher|lower|above|below)\b", re.IGNORECASE)
_HEDGE = "|".join(re.escape(hedge.word) for hedge in HEDGES)
_DIFFERENCE_BEFORE = re.compile(
    rf"\b(?:warming|cooling|warmed|cooled|rise|rises|rose|risen|increase|increased|drop|dropped|fall|fell|"
    rf"fallen|climbed|jumped|soared|plunged|up|down)(?:[ \u00a0]+(?:by|of))?[ \u00a0]+(?:(?:{_HEDGE})[ \u00a0]+)?$",
    re.IGNORECASE)


def named_scale(text: str) -> str:
    """ "fahrenheit" or "celsius" for a text that names that scale and not the other, else ""."""
    fahrenheit, celsius = bool(_FAHRENHEIT.search(text)), bool(_CELSIUS.search(text))
    return "fahrenheit" if fahrenheit and not celsius else "celsius" if celsius and not fahrenheit else ""


def resolved(sentence: str, parse: Parse, article: ArticleWords) -> Parse:
    """``parse`` of "12 degrees" as a temperature where ``sentence`` speaks of one, else as
    the angle it was parsed as (the lexicon flags it ``unit-ambiguous`` either way)."""
    if parse.unit != DEGREE or not _TEMPERATURE_WORDS.search(sentence):
        return parse
    scale = named_scale(sentence) or article.temperature_scale or "celsius"
    return evolve(parse, unit=SCALES[scale])


def is_difference(text: str, parse: Parse) -> bool:
    """Whether a temperature is a difference: "2 degrees warmer", "rose by 2 degrees", "3
    degrees below freezing" (a level below zero is none: "fell to 10 degrees below zero")."""
    if _ENDS_BELOW_ZERO.search(text, parse.start, parse.end) or below_zero_end(text, parse):
        return False
    return bool(_DIFFERENCE_AFTER.match(text, parse.end)
                or _DIFFERENCE_BEFORE.search(text, max(0, parse.start - 40), parse.start))


def below_zero_end(text: str, parse: Parse) -> int:
    """Where "below zero" after a temperature ends ("10 degrees below zero", "5°C below zero": a level
    below zero, which the figure reader reads with the words), or 0 where none follows."""
    words = _BELOW_ZERO.match(text, parse.end)
    return words.end() if words else 0
