"""Suggested corrections worded like the article: the printed figure with a new number."""

from __future__ import annotations

import re

from factledger import display
from factledger.figures import _CURRENCY_ONLY_SCALES, _GLUED_SCALES, _NUMBER, _SPACED_SCALES

# The digits, scale words and currencies the figure reader takes, so that a correction
# replaces the number the reader read, in the scale it read it in.
_DIGITS = re.compile(_NUMBER)
_GLUED = re.compile(r"(mln|mn|bln|bn|tn|[kKMBbmT])(?![A-Za-z])")
_SPACED = re.compile(r"\s+(thousands?|millions?|billions?|trillions?|bln|bn|mln|mn|tn)(?![A-Za-z])",
                     re.IGNORECASE)
_DECIMAL_COMMA = re.compile(r",\d{1,2}$")
_CURRENCY = re.compile(r"[$€£₽₩¥₹]|\b(?:USD|EUR|GBP|RUB|CNY|KRW|NAD)\b")


def replace_number(printed: str, value: float) -> str:
    """``replace_number("30 tonnes each month", 30000)`` -> ``"30,000 tonnes each month"``.

    A scale word after the number is kept, and the value is expressed in it
    (``"$24M"`` with 30e6 gives ``"$30M"``, ``"5 mln barrels"`` with 6e6 ``"6 mln
    barrels"``). "m", "b" and "T" are scale words only after a currency, as the
    figure reader takes them: "30m" is thirty metres. A number printed with spaces
    between its thousands ("12 000") or with a decimal comma ("1,3") is written back so.
    """
    match = _DIGITS.search(printed)
    if match is None:
        return display.number(value)
    after = printed[match.end():]
    factor = 1.0
    glued = _GLUED.match(after)
    spaced = _SPACED.match(after)
    if glued and (glued.group(1) not in _CURRENCY_ONLY_SCALES or _CURRENCY.search(printed[:match.start()])):
        factor = _GLUED_SCALES[glued.group(1)]
    elif spaced:
        factor = _SPACED_SCALES[spaced.group(1).lower()]
    shown = display.number(value / factor, 4)
    if _DECIMAL_COMMA.search(match.group(0)):  # "N$1,3 billion": thousands spaced, as the reader reads them
        shown = shown.replace(",", " ").replace(".", ",")
    elif " " in match.group(0):
        shown = shown.replace(",", " ")
    return printed[: match.start()] + shown + after
