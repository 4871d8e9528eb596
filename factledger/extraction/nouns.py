"""Counted noun phrases after a number: "Three LNG tankers", "650 MPs", "12 F-16 jets".

Up to four modifiers, then a plural head noun. The head is a plural word in lower
case ("tankers", "countries", "people"), or the plural of an abbreviation ("MPs",
"CEOs", "UAVs") or of a model ("F-16s"). Modifiers are words ("new North Korean"),
abbreviations ("LNG") and names with digits ("F-16", "A320", "COVID-19", the "737" of
"Boeing 737"): such a name says what is counted and is no number of its own, so "12
F-16 jets" counts 12 jets.
"""

from __future__ import annotations

import re

from factledger.extraction import lexicon as lex
from factledger.records import record
from factledger.units import singular

_MODIFIERS = 4
#: a word, or a name with digits ("F-16", "MiG-29", "A320", "COVID-19", "F-16s")
_TOKEN = re.compile(r"[ \u00a0]+(?:(?P<model>[A-Z][A-Za-z]*-?[0-9]+(?:-[0-9]+)?[A-Za-z]*)(?![A-Za-z0-9-])"
                    r"|(?P<word>[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*))")
#: the digits of a model after its maker's name: "Boeing 737", "Airbus 320-200"
_MODEL_DIGITS = re.compile(r"[ \u00a0]+[0-9]+(?:-[0-9]+)?(?![0-9A-Za-z.,/%-])")
#: the plural of an abbreviation ("MPs", "NGOs") or of a model ("F-16s")
_NAME_PLURAL = re.compile(r"(?P<name>[A-Z]{2,}|[A-Z][A-Za-z]*-?[0-9]+(?:-[0-9]+)?)s")


@record
class CountedNoun:
    """The head noun of a counted phrase: its unit name, the noun as printed, and where it ends."""

    unit: str  # in the singular: "country", "person"; an abbreviation or a model as printed: "MP", "F-16"
    printed: str  # as the article prints it, in the plural: "countries", "people", "MPs"
    end: int


def counted_noun(text: str, pos: int) -> CountedNoun | None:
    """The head noun of the counted phrase after a number that ends at ``pos``, or ``None``."""
    cursor, after_name = pos, False
    for _ in range(_MODIFIERS + 1):
        digits = _MODEL_DIGITS.match(text, cursor) if after_name else None
        if digits:
            cursor, after_name = digits.end(), False
            continue
        token = _TOKEN.match(text, cursor)
        if token is None:
            return None
        head = _head(token)
        if head is not None:
            return head
        word = token.group("model") or token.group("word")
        if word.lower() in lex.STOP_WORDS or word.lower() in lex.MONTHS:
            return None
        cursor, after_name = token.end(), word[0].isupper()
    return None


def _head(token: re.Match[str]) -> CountedNoun | None:
    name = _NAME_PLURAL.fullmatch(token.group("model") or token.group("word"))
    if name:
        return CountedNoun(name.group("name"), name.group(0), token.end())
    word = token.group("word")
    if word is None or not word[0].islower() or word.lower() in lex.STOP_WORDS:
        return None
    noun = word.split("-")[-1]
    return CountedNoun(singular(noun), noun, token.end()) if lex.looks_plural(noun) else None
