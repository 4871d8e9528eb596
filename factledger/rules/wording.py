"""Suggested corrections worded like the article: the printed figure with a new number."""

from __future__ import annotations

import re

from factledger import display

_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_SCALES = {"K": 1e3, "k": 1e3, "M": 1e6, "m": 1e6, "B": 1e9, "bn": 1e9, "million": 1e6,
           "billion": 1e9, "thousand": 1e3, "trillion": 1e12}


def replace_number(printed: str, value: float) -> str:
    """``replace_number("30 tonnes each month", 30000)`` -> ``"30,000 tonnes each month"``.

    A scale word after the number is kept, and the value is expressed in it
    (``"$24M"`` with 30e6 gives ``"$30M"``).
    """
    match = _NUMBER.search(printed)
    if match is None:
        return display.number(value)
    after = printed[match.end():]
    scale = re.match(r"\s?(million|billion|thousand|trillion|bn|[KkMmB])(?![A-Za-z])", after)
    shown = value / _SCALES[scale.group(1)] if scale else value
    return printed[: match.start()] + display.number(shown, 4) + after
