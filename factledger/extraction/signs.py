"""Minus signs before an amount: "-0.3%", "−5°C", "minus 2.5 per cent", and the ends of "-5 to -3%".

Where a sign stands decides whether it is one: a hyphen or an en dash is a minus sign only
where a word starts (after a space, a bracket or a quotation mark), as in "3%-4%" or
"5°C-7°C" it joins the ends of a range; the minus sign U+2212 and the word "minus" always
are. Before a temperature a spaced hyphen is one too ("- 5°C").
"""

from __future__ import annotations

import re

from factledger.figures import MINUS_SIGNS

#: a sign that makes an amount negative: glued to it ("-0.3%": "- 5" may be a dash or a list
#: bullet), a true minus sign, or the word ("minus 2.5 per cent")
NEGATIVE = re.compile(r"(?:(?<![^\s(\[\"\u201c'\u2018])[-\u2013]|\u2212[ \u00a0]?|(?<![\w-])minus[ \u00a0]+)$",
                      re.IGNORECASE)
#: the minus sign of a temperature below zero: any sign where a word starts, or the word ("-5°C",
#: "− 5 °C", "minus five degrees Celsius"), which the figure reader reads as printed
BELOW_ZERO = re.compile(rf"(?:(?<![\w.,])[{MINUS_SIGNS}][ \u00a0]?|(?<![\w-])minus[ \u00a0]+)$", re.IGNORECASE)
#: the minus sign of a range's second end, after its separator: "-5 to -3%", "between -5 and minus 3%"
SECOND_END = re.compile(rf"[{MINUS_SIGNS}]|minus[ \u00a0]+", re.IGNORECASE)
#: how far before an amount its sign may start ("minus" and a space)
_REACH = 8


def negative_before(text: str, pos: int) -> re.Match[str] | None:
    """The sign that makes the amount at ``pos`` negative, or ``None``."""
    return NEGATIVE.search(text, max(0, pos - _REACH), pos)


def below_zero_before(text: str, pos: int) -> re.Match[str] | None:
    """The sign of a temperature below zero at ``pos``, or ``None``."""
    return BELOW_ZERO.search(text, max(0, pos - _REACH), pos)
